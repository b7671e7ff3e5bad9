"""False reports found on refactor-heavy releases (2024-2026) of libraries nobody had read (daphne 4.2,
starlette-context 0.4): each class on its pinned real example and on a synthetic case, with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
from bot.apidiff.release import read_file, surface_of
from bot.changes import Change
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a folder without `__init__.py` named for a required distribution is that distribution's package --


def test_daphne_4_2_dropping_its_twisted_plugin_removes_no_twisted() -> None:
    found = changes("daphne", "4.1.2", "4.2.0")
    # 4.1.2's wheel shipped `twisted/plugins/fd_endpoint.py` beside `daphne/`; 4.2.0 only `daphne/twisted/...`
    assert ("removed", "twisted") not in found
    assert ("removed", "twisted.plugins") not in found
    assert ("removed", "twisted.plugins.fd_endpoint") in found  # the module it shipped is gone all the same


def _namespaces(tmp_path: Path, requires: str) -> dict[str, Change]:
    metadata = f"Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n{requires}\n"
    old = {
        "demo/__init__.py": "",
        "demo-1.0.dist-info/METADATA": metadata,
        "hostlib/plugins/demo_plugin.py": "PLUGIN = 1\n",
        "demo_ext/tools.py": "def run(): ...\n",
    }
    new = {"demo/__init__.py": "", "demo-2.0.dist-info/METADATA": metadata.replace("1.0", "2.0")}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol: c for c in found}


def test_a_namespace_folder_of_a_required_distribution_is_no_removal(tmp_path: Path) -> None:
    found = _namespaces(tmp_path, "Requires-Dist: HostLib[extra]>=1")
    assert "hostlib" not in found and "hostlib.plugins" not in found
    assert "hostlib.plugins.demo_plugin" in found


def test_a_namespace_folder_of_the_release_itself_is_still_claimed(tmp_path: Path) -> None:
    found = _namespaces(tmp_path, "Requires-Dist: hostlib>=1")
    assert found["demo_ext"].detail == "module 'demo_ext' no longer exists in 2.0"  # nobody else's name
    assert "hostlib" in _namespaces(tmp_path / "none", "Requires-Dist: otherlib")


# -- a parameter spelled out that the old `*args`/`**kwargs` handed on to a callee requiring it --


def test_starlette_context_0_4_app_was_required_before() -> None:
    found = changes("starlette-context", "0.3.6", "0.4.0", ("starlette", "0.45.0"))
    # 0.3.6: `__init__(self, plugins=None, default_error_response=..., *args, **kwargs)` -> `super().__init__(*args,
    # **kwargs)`, starlette's `BaseHTTPMiddleware.__init__(self, app, dispatch=None)`; 0.4.0: `(self, app, plugins=...)`
    change = found["signature_changed", "starlette_context.middleware.ContextMiddleware"]
    assert change.signature is not None and change.signature.new_required == ()
    assert change.breakage == "param_moved"  # `plugins` left slot 0: kept


_HANDED_OLD = (
    "class Base:\n    def __init__(self, app, dispatch=None):\n        self.app = app\n\n\n"
    "class Middleware(Base):\n    def __init__(self, plugins=None, **kwargs):\n        super().__init__(**kwargs)\n\n\n"
    "class Optional(Base):\n    def __init__(self, plugins=None, **kwargs):\n        super().__init__(**kwargs)\n"
)
_HANDED_NEW = (
    "class Base:\n    def __init__(self, app, dispatch=None):\n        self.app = app\n\n\n"
    "class Middleware(Base):\n    def __init__(self, plugins=None, *, app, **kwargs):\n"
    "        super().__init__(app, **kwargs)\n\n\n"
    "class Optional(Base):\n    def __init__(self, plugins=None, *, dispatch, **kwargs):\n"
    "        super().__init__(dispatch=dispatch, **kwargs)\n"
)


def test_a_parameter_the_old_kwargs_callee_required_is_no_new_requirement(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _HANDED_OLD, _HANDED_NEW)
    assert "demo.Middleware" not in found


def test_a_parameter_the_old_kwargs_callee_took_as_optional_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _HANDED_OLD, _HANDED_NEW)
    assert found["demo.Optional"].detail == "new required parameter 'dispatch'"


# -- attrs' decorators imported bare (`from attrs import define`) generate the constructor from the fields --


def test_cyclopts_3_0_group_constructor_is_compared() -> None:
    found = changes("cyclopts", "2.9.9", "3.0.0")
    # 2.9.9: `@define class Group: name = ""; help = ""; _sort_key = field(default=None, alias="sort_key");
    # converter = field(default=None, kw_only=True)`; 3.0.0: `@frozen`, no `converter`, `sort_key` keyword-only
    detail = found["signature_changed", "cyclopts.Group"].detail
    assert detail == "parameter 'converter' removed; parameter 'sort_key' is now keyword-only"
    assert found["signature_changed", "cyclopts.App"].detail == "parameter 'converter' removed"


_ATTRS_OLD = (
    "from attrs import define, field\n"
    "from attrs import frozen as record\n\n\n"
    "def frozen(cls):\n    return cls\n\n\n"
    "@define\nclass Plain:\n    name: str\n    _limit: int = 0\n\n\n"
    "@record(kw_only=True)\nclass Renamed:\n    name: str = ''\n\n\n"
    "@frozen\nclass Local:\n    name: str = ''\n"
)
_ATTRS_NEW = (
    "from attrs import define, field\n"
    "from attrs import frozen as record\n\n\n"
    "def frozen(cls):\n    return cls\n\n\n"
    "@define\nclass Plain:\n    name: str\n    _limit: int = field(default=0, kw_only=True)\n\n\n"
    "@record(kw_only=True)\nclass Renamed:\n    title: str = ''\n\n\n"
    "@frozen\nclass Local:\n    title: str = ''\n"
)


def test_attrs_decorators_imported_bare_make_the_constructor(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _ATTRS_OLD, _ATTRS_NEW)
    assert found["demo.Plain"].detail == "parameter 'limit' is now keyword-only"
    assert found["demo.Renamed"].detail == "parameter 'name' removed"


def test_a_bare_decorator_that_is_not_attrs_keeps_the_constructor_unknown(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _ATTRS_OLD, _ATTRS_NEW)
    assert "demo.Local" not in found  # the module's own `frozen`: what it does to the class is not read


# -- `cls(*args, **kwargs)` in a classmethod of a record class reaches the constructor its decorator generates --


def test_cyclopts_3_0_create_ordered_lost_only_converter() -> None:
    found = changes("cyclopts", "2.9.9", "3.0.0")
    # 2.9.9: `create_ordered(cls, *args, sort_key=None, **kwargs)` -> `cls(*args, sort_key=sort_key, **kwargs)`, the
    # attrs `Group(name="", help="", sort_key=None, *, show, converter, validator, default_parameter)`; 3.0.0 spells
    # `(cls, name="", help="", *, show=None, sort_key=None, validator=None, default_parameter=None)`
    assert found["signature_changed", "cyclopts.Group.create_ordered"].detail == "parameter 'converter' removed"


_FACTORY_OLD = (
    "from dataclasses import dataclass\n\n\n"
    "@dataclass\nclass Point:\n    x: int = 0\n    y: int = 0\n    label: str = ''\n\n"
    "    @classmethod\n    def make(cls, *args, **kwargs):\n        return cls(*args, **kwargs)\n"
)
_FACTORY_NEW = (
    "from dataclasses import dataclass\n\n\n"
    "@dataclass\nclass Point:\n    x: int = 0\n    y: int = 0\n\n"
    "    @classmethod\n    def make(cls, x=0, y=0):\n        return cls(x, y)\n"
)


def test_a_classmethod_handing_its_variadics_to_a_generated_constructor_lost_only_what_it_lost(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _FACTORY_OLD, _FACTORY_NEW)
    assert found["demo.Point.make"].detail == "parameter 'label' removed"  # `make(1, 2)`, `make(x=1)` still work


# -- a dependency's base bound to one class or another where it runs: a member none of them has is gone --


def test_beanie_2_0_document_lost_get_motor_collection() -> None:
    found = changes("beanie", "1.30.0", "2.0.0", ("lazy-model", "0.3.0"), ("pydantic", "2.11.0"))
    # lazy_model/main.py: `if major_version == 1: from lazy_model.parser.old import LazyModel` / `elif ... new`
    assert ("removed", "beanie.Document.get_motor_collection") in found  # 2.0: `get_pymongo_collection`


_EITHER_DEP = {
    "dep/__init__.py": "from dep.main import Base\n",
    "dep/main.py": (
        "import other\n\nMAJOR = int(other.VERSION[0])\n\nif MAJOR == 1:\n    from dep.parser.old import Base\n"
        "elif MAJOR == 2:\n    from dep.parser.new import Base\nelse:\n    raise NotImplementedError(MAJOR)\n"
    ),
    "dep/parser/__init__.py": "",
    "dep/parser/new.py": "class Base:\n    def shared(self): ...\n",
    "dep/parser/old.py": "class Base:\n    def shared(self): ...\n\n    def legacy(self): ...\n",
}
_EITHER_OLD = "import dep\n\n\nclass Model(dep.Base):\n    def gone(self): ...\n\n    def legacy(self): ...\n"
_EITHER_NEW = "import dep\n\n\nclass Model(dep.Base):\n    pass\n"


def _either(tmp_path: Path) -> dict[str, Change]:
    dependency = surface_of(wheel(tmp_path / "dep", _EITHER_DEP), "dep", "1.0")
    old, new = (
        surface(tmp_path, {"demo/__init__.py": _EITHER_OLD}),
        surface(tmp_path, {"demo/__init__.py": _EITHER_NEW}, "2.0"),
    )
    return {c.symbol: c for c in diff_surfaces(old, new, [dependency])}


def test_a_member_no_alternative_base_has_is_removed(tmp_path: Path) -> None:
    assert "demo.Model.gone" in _either(tmp_path)


def test_a_member_one_alternative_base_has_is_not_claimed(tmp_path: Path) -> None:
    assert "demo.Model.legacy" not in _either(tmp_path)  # still there where `dep._old.Base` is the base


def test_beanie_2_0_on_demand_dependencies_read_the_alternative_classes() -> None:
    # the service reads a dependency on demand: the classes `LazyModel` may be are read too, and pydantic under them
    before, after = pinned_surface("beanie", "1.30.0"), pinned_surface("beanie", "2.0.0")
    pins = [("lazy-model", "0.3.0"), ("pydantic", "2.11.0")]
    trees = [DependencyTree(name, version, unpacked_release(name, version)) for name, version in pins]
    partial = partial_surfaces(seeds(after, before), trees, lambda file: read_file(file, lazy=True))
    removed = {c.symbol for c in diff_surfaces(before, after, partial) if c.kind.value == "removed"}
    assert "beanie.Document.get_motor_collection" in removed
