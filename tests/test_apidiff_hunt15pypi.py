"""False reports and misses found on popular PyPI release pairs the engine was never tuned on (pymysql 0.10→1.0,
pillow 9.5→10.0, …): each class on its pinned real example and on a synthetic sibling, with the true reports of the
same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed

# -- a pass-through whose callee the body imports itself hands on to that import, not to the module's name --


def test_pymysql_1_connect_takes_what_connection_took_less_the_positional_slots() -> None:
    found = changes("pymysql", "0.10.1", "1.0.0")
    # 0.10's `Connect(*args, **kwargs)` imported `Connection` in its body (the module rebinds the name to `Connect`)
    for alias in ("pymysql.connect", "pymysql.Connect", "pymysql.Connection"):
        detail = found["signature_changed", alias].detail or ""
        assert "'**kwargs' removed" not in detail and "'*args' removed" not in detail, alias
        assert "parameter 'port' is now keyword-only" in detail  # the documented break: keyword arguments only
        assert "positional parameter 'host' moved from slot 0 to 2" in detail
    assert {"pymysql.escape_string", "pymysql.escape_dict", "pymysql.escape_sequence"} <= removed(found)


def test_pass_through_to_a_class_the_body_imports(tmp_path: Path) -> None:
    impl = "class Connection:\n    def __init__(self, host=None, port=0, timeout=10):\n        pass\n"
    old = ("def connect(*args, **kwargs):\n    from .impl import Connection\n    return Connection(*args, **kwargs)\n\n"
           "Connection = connect\n")
    kept = "from .impl import Connection as connect\n"
    new_impl = "class Connection:\n    def __init__(self, host=None, *, port=0, timeout=10):\n        pass\n"
    found = _package_diff(tmp_path, {"demo/impl.py": impl, "demo/__init__.py": old},
                          {"demo/impl.py": new_impl, "demo/__init__.py": kept})
    detail = found["signature_changed", "demo.connect"].detail
    assert detail == "parameter 'port' is now keyword-only; parameter 'timeout' is now keyword-only"
    same = _package_diff(tmp_path / "same", {"demo/impl.py": impl, "demo/__init__.py": old},
                         {"demo/impl.py": impl, "demo/__init__.py": kept})
    assert ("signature_changed", "demo.connect") not in same  # every keyword and slot still taken


def _package_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], object]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}
