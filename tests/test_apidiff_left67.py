"""Claims last stop left wrong or weak: each class reproduced on a synthetic pair and on the real release."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.model import Surface
from bot.apidiff.release import surface_of
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter renamed in its slot whose old keyword the body still reads out of `**kwargs` as the other side of
# the new one's `or` (tortoise-orm 0.21's `TextField(..., db_index=False, **kwargs)` testing `if db_index or
# kwargs.get("index"):`): positional and keyword callers get what they got, no keyword-only claim --

_OLD_TEXT = "class Text:\n    def __init__(self, pk=False, index=False, **kwargs):\n        if index:\n            raise ValueError\n"
_NEW_TEXT = (
    "class Text:\n"
    "    def __init__(self, pk=False, db_index=False, **kwargs):\n"
    "        if db_index or kwargs.get('index'):\n"
    "            raise ValueError\n"
    "{more}"
)


def test_an_old_keyword_read_as_the_new_parameters_alternative_is_no_keyword_only_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_TEXT}, {"demo/__init__.py": _NEW_TEXT.format(more="")})
    change = found.get(("signature_changed", "demo.Text"))
    assert change is None or "'index'" not in change.detail


def test_a_new_parameter_used_beyond_the_or_keeps_the_keyword_only_claim(tmp_path: Path) -> None:
    more = "        self.index = db_index\n"
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_TEXT}, {"demo/__init__.py": _NEW_TEXT.format(more=more)})
    assert "parameter 'index' is now keyword-only" in found["signature_changed", "demo.Text"].detail


def test_tortoise_0_21_text_field_index_is_no_keyword_only_claim() -> None:
    found = changes("tortoise-orm", "0.20.1", "0.21.0")
    for symbol in ("tortoise.fields.data.TextField", "tortoise.fields.TextField"):
        change = found.get(("signature_changed", symbol))
        assert change is None or "'index'" not in change.detail


# -- a project carried whole inside an sdist's package (its own `pyproject.toml`, no `__init__.py`: scipy 1.17's
# `scipy/_lib/pyprima/pyprima/`, moved to meson's `subprojects/` in 1.18) is no subpackage: its modules are not
# importable by that path, and the environment variables it reads are that project's --

_VENDORED = {
    "demo/_lib/proj/proj/pyproject.toml": "[project]\nname = 'proj'\n",
    "demo/_lib/proj/proj/src/proj/__init__.py": "",
    "demo/_lib/proj/proj/src/proj/consts.py": "import os\n\nDEBUGGING = bool(os.getenv('PROJ_DEBUGGING'))\n",
}


def _sdist(root: Path, files: dict[str, str], version: str) -> Surface:
    tree = root / version / f"demo-{version}"
    for name, text in {"PKG-INFO": f"Name: demo\nVersion: {version}\n", **files}.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text, encoding="utf-8")
    return surface_of(root / version, "demo", version)


def test_a_project_carried_inside_an_sdists_package_is_not_read(tmp_path: Path) -> None:
    base = {"demo/__init__.py": "import os\n\nLEVEL = os.getenv('DEMO_LEVEL')\n"}
    old = _sdist(tmp_path, {**base, **_VENDORED}, "1.0")
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(old, _sdist(tmp_path, base, "2.0"))}
    assert not any("proj" in symbol.lower() for _, symbol in found), found
    # a subpackage that has a pyproject.toml beside its `__init__.py` is read as any other
    package = {
        "demo/_lib/proj/pyproject.toml": _VENDORED["demo/_lib/proj/proj/pyproject.toml"],
        "demo/_lib/proj/__init__.py": "",
        "demo/_lib/proj/consts.py": _VENDORED["demo/_lib/proj/proj/src/proj/consts.py"],
    }
    old = _sdist(tmp_path / "b", {**base, **package}, "1.0")
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(old, _sdist(tmp_path / "b", base, "2.0"))}
    assert ("env_var_removed", "env:PROJ_DEBUGGING") in found


def test_scipy_1_18_prima_debugging_moved_to_a_subproject_is_not_claimed() -> None:
    found = changes("scipy", "1.17.1", "1.18.1")
    assert ("env_var_removed", "env:PRIMA_DEBUGGING") not in found
    assert not any(symbol.startswith("scipy._lib.pyprima") for _, symbol in found)


# -- a keyword lost by a class whose metaclass puts another `__init__` in place of the one written (albumentations
# 2's `ValidatedTransformMeta.__new__` setting `dct["__init__"] = custom_init`): said as that, naming the metaclass a
# reader can open, not as a `**kwargs` the class does not have --

_META = (
    "class Validated(type):\n"
    "    def __new__(mcs, name, bases, dct):\n"
    "        original = dct['__init__']\n\n"
    "        def checked(self, *args, **kwargs):\n"
    "            original(self, *args, **{k: v for k, v in kwargs.items() if k != 'strict'})\n\n"
    "        dct['__init__'] = checked\n"
    "        return super().__new__(mcs, name, bases, dct)\n\n\n"
    "class Blur(metaclass=Validated):\n"
)


def test_a_keyword_lost_behind_a_metaclass_made_init_names_the_metaclass(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _META + "    def __init__(self, limit=3, strict=None):\n        self.limit = limit\n"}
    new = {"demo/__init__.py": _META + "    def __init__(self, limit=3):\n        self.limit = limit\n"}
    detail = diffed(tmp_path, old, new)["signature_changed", "demo.Blur"].detail
    assert detail == (
        "parameter 'strict' removed; the metaclass demo.Validated puts its own __init__ in place of the one written,"
        " and what else that takes ('strict') is not read: lower confidence"
    )


def test_albumentations_2_lost_keywords_name_the_metaclass_not_a_kwargs() -> None:
    detail = changes("albumentations", "1.4.24", "2.0.8")["signature_changed", "albumentations.ColorJitter"].detail
    assert "**kwargs" not in detail
    assert "the metaclass albumentations.core.validation.ValidatedTransformMeta puts its own __init__" in detail


# -- a module whose file the new release still ships with a top level that raises (`raise ImportError(...)`, a
# tombstone pointing to the new home): one change for the module, said as failing on import, never "no longer
# exists" beside a file that does, nor each of its names removed --


def test_a_module_now_raising_on_import_is_one_change_worded_as_failing_on_import(tmp_path: Path) -> None:
    legacy = "def fetch():\n    return 1\n\n\nclass Client:\n    def get(self):\n        return 2\n"
    old = {"demo/__init__.py": "X = 1\n", "demo/legacy/__init__.py": "from .core import fetch, Client\n",
           "demo/legacy/core.py": legacy}
    new = {**old, "demo/legacy/__init__.py": "raise ImportError('demo.legacy is gone: use demo.modern')\n"}
    found = diffed(tmp_path, old, new)
    assert set(found) == {("removed", "demo.legacy")}
    assert found["removed", "demo.legacy"].detail == (
        "module 'demo.legacy' now fails on import in 2.0: the top level of its file demo/legacy/__init__.py raises,"
        " so `import demo.legacy` and every `from demo.legacy import ...` fail"
    )


# -- a name newly public (re-exported as `X as X`, added to a package's imports) whose definition the old release
# already said deprecated under another path, a private one too (mutagen 1.47's `id3._util.ID3TagError`, whose
# docstring is "Deprecated", re-exported by 1.48 as `mutagen.id3.ID3TagError`): no new deprecation --

_UTIL = 'class Fine(Exception):\n    """Raised."""\n\n\nclass Old(Exception):\n    """Deprecated"""\n'


def test_a_name_newly_re_exported_already_deprecated_under_another_path_is_not_newly_deprecated(
    tmp_path: Path,
) -> None:
    old = {"demo/__init__.py": "from ._util import Fine, Old\n\n__all__ = ['Fine']\n", "demo/_util.py": _UTIL}
    new = {**old, "demo/__init__.py": "from ._util import Fine, Old as Old\n\n__all__ = ['Fine']\n"}
    assert not any(kind == "deprecated" for kind, _ in diffed(tmp_path, old, new))
    # the same re-export of a definition whose docstring 2.0 made "Deprecated" is a new deprecation
    fresh = {**new, "demo/_util.py": _UTIL.replace('"""Deprecated"""', '"""Deprecated: use Fine."""')}
    before = {**old, "demo/_util.py": _UTIL.replace('"""Deprecated"""', '"""Raised too."""')}
    assert ("deprecated", "demo.Old") in diffed(tmp_path / "b", before, fresh)


def test_mutagen_1_48_re_exported_id3_errors_are_not_newly_deprecated() -> None:
    found = changes("mutagen", "1.47.0", "1.48.0")
    assert not any(kind == "deprecated" and "ID3" in symbol for kind, symbol in found), found.keys()
