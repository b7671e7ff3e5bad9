"""False reports (plumbum 1.8, fsspec 2024.2, flask-babel 2.0, hydra 1.1) and a failed diff (pylint 3.0) found on
releases of libraries nobody had read: each class on its pinned real example and on a synthetic case, with a sibling
that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- `@abstractmethod` on a subclass of a builtin type: only `object.__new__` refuses an abstract class --


def _made_abstract(found: dict[tuple[str, str], object], symbol: str) -> bool:
    change = found.get(("signature_changed", symbol))
    return change is not None and "now abstract" in getattr(change, "detail", "")


def test_plumbum_1_8_path_is_a_str_its_abstract_methods_bind_nobody() -> None:
    found = changes("plumbum", "1.7.2", "1.8.0")
    # 1.8.0: `class Path(str, ABC)` with `@abstractmethod def exists(self)`: `str.__new__` builds a subclass that
    # overrides none of them (checked: `class P(str, ABC)` with an abstract method instantiates on CPython 3.11)
    assert not _made_abstract(found, "plumbum.Path.exists")
    assert not _made_abstract(found, "plumbum.Path.join")
    # the true reports of the pair are kept: `ProgressBase(ABC)` is a plain object, its subclasses must override now
    assert _made_abstract(found, "plumbum.cli.progress.ProgressBase.display")
    assert _made_abstract(found, "plumbum.cli.config.ConfigBase.read")


_ABSTRACT_OLD = (
    "from abc import ABC, abstractmethod\n\n\n"
    "class Text(str, ABC):\n    def render(self):\n        raise NotImplementedError\n\n\n"
    "class Pairs(dict, ABC):\n    def render(self):\n        raise NotImplementedError\n\n\n"
    "class Plain(ABC):\n    def render(self):\n        raise NotImplementedError\n"
)
_ABSTRACT_NEW = _ABSTRACT_OLD.replace("    def render", "    @abstractmethod\n    def render")


def test_abstract_methods_of_a_builtin_subclass_are_no_claim(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _ABSTRACT_OLD, _ABSTRACT_NEW)
    assert "demo.Text.render" not in found
    assert "demo.Pairs.render" not in found


def test_abstract_methods_of_a_plain_abc_are_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _ABSTRACT_OLD, _ABSTRACT_NEW)
    assert "now abstract" in found["demo.Plain.render"].detail


# -- a wrapper handing `*args, **kwargs` whole to the same-named method of the object it wraps --


def test_fsspec_2024_2_dir_filesystem_still_takes_what_the_wrapped_filesystem_takes() -> None:
    found = changes("fsspec", "2023.12.2", "2024.2.0")
    # 2024.2.0: `def pipe_file(self, path, *args, **kwargs): return self.fs.pipe_file(self._join(path), *args,
    # **kwargs)`: `value`, by position or keyword, reaches the wrapped filesystem's `pipe_file(path, value, ...)`
    assert ("signature_changed", "fsspec.implementations.dirfs.DirFileSystem.pipe_file") not in found
    assert ("signature_changed", "fsspec.implementations.dirfs.DirFileSystem._pipe_file") not in found
    # the true report of the pair is kept: `replication` now takes the positional slot `extra_conf` had
    moved = found["signature_changed", "fsspec.implementations.arrow.HadoopFileSystem"]
    assert "'extra_conf' moved from slot 4 to 5" in moved.detail


_BASE = "class Base:\n    def put(self, path, value, **kwargs):\n        return value\n\n\n"
_WRAPPER = "class Wrapper(Base):\n    def __init__(self, inner):\n        self.inner = inner\n"
_DELEGATES = "\n    def put(self, path, *args, **kwargs):\n        return self.inner.{callee}(path, *args, **kwargs)\n"


def test_a_delegating_wrapper_keeps_the_parameters_of_what_it_wraps(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _BASE + _WRAPPER, _BASE + _WRAPPER + _DELEGATES.format(callee="put"))
    assert "demo.Wrapper.put" not in found


def test_a_wrapper_handing_them_to_another_method_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _BASE + _WRAPPER, _BASE + _WRAPPER + _DELEGATES.format(callee="store"))
    assert "parameter 'value' removed" in found["demo.Wrapper.put"].detail


def test_flask_babel_2_0_gettext_still_takes_string_through_the_domain() -> None:
    found = changes("flask-babel", "1.0.0", "2.0.0")
    # 2.0.0: `def gettext(*args, **kwargs): return get_domain().gettext(*args, **kwargs)`, and the domain's
    # `gettext(self, string, **variables)` still takes `string=`; 1.0.0 was `gettext(string, **variables)`
    for name in ("gettext", "ngettext", "pgettext", "npgettext"):
        assert ("signature_changed", f"flask_babel.{name}") not in found
    assert ("removed", "flask_babel._compat") in found  # the true report of the pair


_DOMAIN = "class Domain:\n    def put(self, path, value):\n        return value\n\n\ndef domain():\n    return Domain()\n\n\n"
_CHAINED = "def put(*args, **kwargs):\n    return domain().{callee}(*args, **kwargs)\n"


def test_a_function_handing_all_to_the_namesake_method_of_what_a_call_returns_is_kept(tmp_path: Path) -> None:
    old = _DOMAIN + "def put(path, value):\n    return domain().put(path, value)\n"
    found = synthetic(tmp_path, old, _DOMAIN + _CHAINED.format(callee="put"))
    assert "demo.put" not in found


def test_a_function_handing_all_to_another_method_of_what_a_call_returns_is_still_claimed(tmp_path: Path) -> None:
    old = _DOMAIN + "def put(path, value):\n    return domain().put(path, value)\n"
    found = synthetic(tmp_path, old, _DOMAIN + _CHAINED.format(callee="store"))
    assert "parameter 'value' removed" in found["demo.put"].detail


# -- a folder without `__init__.py` holding a module the release's entry points name is code, not package data --


def test_hydra_1_1_pytest_plugin_folder_is_still_a_module() -> None:
    found = changes("hydra-core", "1.0.7", "1.1.0")
    # 1.0.7's `test_utils` imported `hydra.extra.pytest_plugin`, 1.1.0's does not; both wheels declare it in
    # `entry_points.txt` (`[pytest11] hydra_pytest = hydra.extra.pytest_plugin`): pytest imports it, it is no data
    assert ("removed", "hydra.extra") not in found
    # the true report of the pair is kept: `ObjectConf` went (deprecated in 1.0, removed in 1.1)
    assert ("removed", "hydra.types.ObjectConf") in found


_PLUGIN = {
    "demo/__init__.py": "",
    "demo/extra/plugin.py": "def fixture():\n    return 1\n",
}
_ENTRY_POINTS = "[pytest11]\ndemo_plugin = demo.extra.plugin [testing]\n"


def _removed_modules(tmp_path: Path, entry_points: str) -> set[str]:
    old = {**_PLUGIN, "demo/testing.py": "from demo.extra.plugin import fixture\n"}
    new = {**_PLUGIN, "demo-1.0.dist-info/entry_points.txt": entry_points}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol for c in found if c.kind.value == "removed"}


def test_a_module_an_entry_point_names_is_no_package_data(tmp_path: Path) -> None:
    assert "demo.extra" not in _removed_modules(tmp_path, _ENTRY_POINTS)


def test_a_folder_no_module_imports_nor_entry_point_names_still_ships_its_modules(tmp_path: Path) -> None:
    # read as package data now, but the same file ships: `import demo.extra.plugin` works as before (hunt61b)
    assert not {s for s in _removed_modules(tmp_path, "[console_scripts]\ndemo = demo.cli:main\n") if "extra" in s}


# -- a module global made from its own earlier value names itself: the resolver must not follow it round --


def test_pylint_2_8_surface_is_read_despite_builtins_rebinding_itself() -> None:
    # 2.8.2's checkers/utils.py: `import builtins`, `BUILTINS_NAME = builtins.__name__`, then
    # `builtins = builtins.__dict__.copy()`: resolving `builtins.__name__` recursed until RecursionError, which
    # failed every diff whose deprecation history walk reached 2.8.2 (pylint 2.17.7 -> 3.0.0)
    found = pinned_surface("pylint", "2.8.2")
    assert "pylint.checkers.utils.is_builtin_object" in found.symbols


_CODEC = "class Codec:\n    def encode(self, text):\n        return text\n\n\n_codec = Codec()\nencode = _codec.encode\n"
_REBOUND = "import builtins\n\nNAME = builtins.__name__\nbuiltins = builtins.__dict__.copy()\n\n\n"


def test_a_global_rebound_from_itself_is_read(tmp_path: Path) -> None:
    built = surface(tmp_path, {"demo/__init__.py": _REBOUND + _CODEC})
    assert "demo.NAME" in built.symbols
    assert built.symbols["demo.encode"].target == "demo.Codec.encode"


def test_a_method_of_a_module_level_instance_still_resolves(tmp_path: Path) -> None:
    built = surface(tmp_path, {"demo/__init__.py": _CODEC})
    assert built.symbols["demo.encode"].target == "demo.Codec.encode"
