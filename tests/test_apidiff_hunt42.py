"""False claims found by hunt42 on the DevOps / networking / scientific stack nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an `if` arm's star import may bind what another arm defines: which one users get depends on the platform --


def test_scapy_read_routes_is_the_platform_s_own() -> None:
    # 2.5.0: `if LINUX: from scapy.arch.linux import *` / `elif BSD: from scapy.arch.unix import read_routes`;
    # 2.6.0: the same star import, and `else: def read_routes() -> List[str]: return []` for unsupported platforms
    found = changes("scapy", "2.5.0", "2.6.0")
    for name in ("read_routes", "read_routes6"):
        assert ("signature_changed", f"scapy.arch.{name}") not in found
    # sibling: a class of the same release losing a base is still claimed
    assert ("signature_changed", "scapy.volatile.RandBin") in found


_LINUX = "def routes(table, family) -> list[tuple[int, str]]:\n    return []\n\ndef only_linux(a, b):\n    pass\n"
_HEAD = "import sys\n\nif sys.platform == 'linux':\n    from demo._linux import *\n"


def _platforms(stand_in: str, ours: str) -> dict[str, str]:
    return {
        "demo/__init__.py": _HEAD + "else:\n" + stand_in + "\n" + ours,
        "demo/_linux.py": _LINUX,
    }


def test_a_stand_in_beside_a_star_imported_arm_is_undecided(tmp_path: Path) -> None:
    old = _platforms("    def routes(table, family): ...\n", "def ours(a, b):\n    pass\n")
    new = _platforms("    def routes() -> list[str]:\n        return []\n", "def ours(a):\n    pass\n")
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.routes") not in found
    # sibling: the module's own function, bound once, is still claimed
    assert ("signature_changed", "demo.ours") in found


def test_a_name_the_star_imported_module_lacks_is_still_read(tmp_path: Path) -> None:
    # the stand-in arm binds a name `demo._linux` does not define: one binding, so its changes still count
    old = _platforms("    def elsewhere(a, b): ...\n", "")
    new = _platforms("    def elsewhere(a): ...\n", "")
    assert ("signature_changed", "demo.elsewhere") in diffed(tmp_path, old, new)


# -- a `wraps` decorator handing back `property(wrapper)` makes no method of the signature it wraps --


def test_trimesh_capsule_volume_is_still_read_as_a_value() -> None:
    # 4.9.0: `Capsule` inherits `Trimesh.volume`, a `@property`; 4.10.0: its own `@cache_decorator def volume`, where
    # `cache_decorator` wraps the method with `functools.wraps` and returns `property(get_cached)`
    found = changes("trimesh", "4.9.0", "4.10.0")
    assert ("signature_changed", "trimesh.primitives.Capsule.volume") not in found
    # sibling: a method of the same release gaining a parameter before the others is still claimed
    assert ("signature_changed", "trimesh.collision.CollisionManager.min_distance_internal") in found


_CACHING = (
    "import functools\n\n"
    "def cached(function):\n"
    "    @functools.wraps(function)\n"
    "    def get(*args, **kwargs):\n"
    "        return function(*args, **kwargs)\n"
    "    return property(get)\n\n"
    "class Base:\n"
    "    @property\n"
    "    def volume(self):\n"
    "        return 1.0\n\n"
    "    @property\n"
    "    def area(self):\n"
    "        return 2.0\n\n"
)


def test_a_decorator_returning_a_property_keeps_no_method_signature(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _CACHING + "class Sub(Base):\n    pass\n"}
    new = {
        "demo/__init__.py": _CACHING
        + "class Sub(Base):\n    @cached\n    def volume(self):\n        return 3.0\n\n"
        + "    def area(self):\n        return 4.0\n"
    }
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Sub.volume") not in found
    # sibling: a plain method overriding the inherited property is still claimed
    assert found[("signature_changed", "demo.Sub.area")].detail.startswith("now a method")


# -- a `wraps` wrapper handing back a lambda that calls the function later does not take its signature --


def test_param_depends_func_was_never_passed_by_callers() -> None:
    # `@accept_arguments def depends(func, *dependencies, ...)`; 2.2.0 spells `func, /`: `depends("a", watch=True)`
    # returns `lambda actual_f: depends(actual_f, "a", watch=True)`
    found = changes("param", "2.1.1", "2.2.0")
    assert ("signature_changed", "param.depends") not in found
    # sibling: the same release's property without a setter, an instance attribute before, is still claimed
    assert ("signature_changed", "param.rx.rx") in found


_FACTORY = (
    "import functools\n\n"
    "def accept_arguments(f):\n"
    "    @functools.wraps(f)\n"
    "    def _f(*args, **kwargs):\n"
    "        return lambda actual_f: f(actual_f, *args, **kwargs)\n"
    "    return _f\n\n"
    "def plain(f):\n"
    "    @functools.wraps(f)\n"
    "    def inner(*args, **kwargs):\n"
    "        return f(*args, **kwargs)\n"
    "    return inner\n\n"
)


def test_a_lambda_calling_the_function_later_keeps_no_signature(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _FACTORY + _DEFS.format(slash="", extra=", b")}
    new = {"demo/__init__.py": _FACTORY + _DEFS.format(slash=", /", extra="")}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.depends") not in found
    # sibling: a plain `wraps` decorator keeps the signature: a parameter removed is claimed
    assert ("signature_changed", "demo.wrapped") in found


_DEFS = (
    "@accept_arguments\n"
    "def depends(func{slash}, *names, watch=False):\n"
    "    return func\n\n"
    "@plain\n"
    "def wrapped(a{extra}):\n"
    "    return a\n"
)


# -- a module that writes its globals through an alias of `globals()` binds names nobody can list; a module that was
# -- only ever stubs under it is whatever it binds under that name --


def test_pyvmomi_vmodl_is_bound_by_the_package_in_both_releases() -> None:
    # 8.0.3.0.1 (sdist): stub-only `pyVmomi/vmodl/*.pyi`; 9.0.0.0 (wheel): no such stubs. Both `pyVmomi/__init__.py`
    # run `_globals = globals()` / `for name in VmomiSupport._topLevelNames: _globals[name] = LazyModule(name)`
    found = changes("pyvmomi", "8.0.3.0.1", "9.0.0.0")
    assert ("removed", "pyVmomi.vmodl") not in found
    # sibling: a module with a source file that is gone is still claimed
    assert ("removed", "pyVmomi.pyVmomiSettings") in found


_LAZY = (
    "class LazyModule:\n    def __init__(self, name):\n        self.name = name\n\n"
    "_globals = globals()\n"
    "for name in ('vmodl', 'vim'):\n"
    "    _globals[name] = LazyModule(name)\n"
    "del _globals\n"
)


def test_a_stub_only_module_of_a_package_binding_names_at_run_time_is_not_lost(tmp_path: Path) -> None:
    stubs = {"demo/vmodl/__init__.pyi": "class DynamicData: ...\n", "demo/settings.py": "DEBUG = False\n"}
    old = {"demo/__init__.py": _LAZY, **stubs}
    new = {"demo/__init__.py": _LAZY}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.vmodl") not in found
    # sibling: a real submodule whose file is gone is still claimed
    assert ("removed", "demo.settings") in found
