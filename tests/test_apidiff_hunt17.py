"""False reports and misses found on release pairs nobody had examined (starlette 0.44→0.45, …): each class on its
pinned real example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed


def _package_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], object]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a module `__getattr__` comparing the name with a module-level string constant (`name == __deprecated__`) --


def test_starlette_0_45_drops_the_exception_middleware_its_getattr_served() -> None:
    found = changes("starlette", "0.44.0", "0.45.0")
    # 0.44's `__deprecated__ = "ExceptionMiddleware"` and `if name == __deprecated__: warn(...); return ...`
    assert "starlette.exceptions.ExceptionMiddleware" in removed(found)
    assert {"starlette.status.WS_1004_NO_STATUS_RCVD", "starlette.status.WS_1005_ABNORMAL_CLOSURE"} <= removed(found)


_SHIM = '''import warnings

OLD = "{name}"


def __getattr__(name):
    if name == OLD:
        warnings.warn("use demo.new.Thing", DeprecationWarning, stacklevel=2)
        from demo.new import Thing

        return Thing
    raise AttributeError(name)
'''


def test_getattr_compares_the_name_with_a_module_string_constant(tmp_path: Path) -> None:
    new_module = {"demo/new.py": "class Thing:\n    pass\n"}
    old = {"demo/__init__.py": "", "demo/shim.py": _SHIM.format(name="Thing"), **new_module}
    gone = _package_diff(tmp_path, old, {"demo/__init__.py": "", "demo/shim.py": "X = 1\n", **new_module})
    assert ("removed", "demo.shim.Thing") in gone
    kept = _package_diff(tmp_path / "kept", old, old)
    assert ("removed", "demo.shim.Thing") not in kept
    # the constant rebound to something else before `__getattr__` is not the name it tests
    rebound = _SHIM.format(name="Thing").replace('OLD = "Thing"\n', 'OLD = "Thing"\nOLD = compute()\n')
    unknown = _package_diff(tmp_path / "unknown", {**old, "demo/shim.py": rebound},
                            {"demo/__init__.py": "", "demo/shim.py": "X = 1\n", **new_module})
    assert ("removed", "demo.shim.Thing") not in unknown
