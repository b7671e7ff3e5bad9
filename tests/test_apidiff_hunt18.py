"""False reports and misses found sweeping every release since 2024 of the 25 watched packages (the pairs the App
itself diffs): each class on a synthetic copy of its real example (or the pinned real pair), with the true reports
kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface


def diffed(tmp_path: Path, old: str, new: str) -> dict[tuple[str, str], Change]:
    """Every change of a one-module package `demo`, by kind and symbol."""
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a parameter defaulting to None that the body's opening statements use as None cannot be used --

# dash 3.0.2 → 3.0.3 `dash.dependencies.ClientsideFunction` (8 MB wheels: copied, not pinned)
_CLIENTSIDE_OLD = '''class ClientsideFunction:
    def __init__(self, namespace=None, function_name=None):

        if namespace.startswith("_dashprivate_"):
            raise ValueError("Namespaces cannot start with '_dashprivate_'.")

        if namespace in ["PreventUpdate", "no_update"]:
            raise ValueError(f'"{namespace}" is a forbidden namespace in dash_clientside.')

        self.namespace = namespace
        self.function_name = function_name
'''
_CLIENTSIDE_NEW = _CLIENTSIDE_OLD.replace("namespace=None, function_name=None", "namespace: str, function_name: str")


def test_dash_3_0_3_clientside_function_namespace_never_worked_left_out(tmp_path: Path) -> None:
    found = diffed(tmp_path, _CLIENTSIDE_OLD, _CLIENTSIDE_NEW)
    delta = found["signature_changed", "demo.ClientsideFunction"].signature
    # `ClientsideFunction(function_name="f")` raised AttributeError on `None.startswith` in 3.0.2 already;
    # `ClientsideFunction("ns")` worked and now lacks `function_name`: that half is true
    assert delta is not None and delta.defaults_removed == ("function_name",)


_OPENERS = {
    "attribute": "    name = key.lower()\n    return name\n",
    "item": "    first = key[0]\n    return first\n",
    "call": "    return key()\n",
    "iteration": "    for part in key:\n        print(part)\n",
    "in an if test": "    if not key.strip():\n        raise ValueError(key)\n    return key\n",
    "after a docstring and a plain statement": '    """Doc."""\n    size = 3\n    return key.ljust(size)\n',
}
_SURVIVES = {
    "a guard before": "    if key is None:\n        key = 'x'\n    return key.lower()\n",
    "rebound before": "    key = key or 'x'\n    return key.lower()\n",
    "right of and": "    return key and key.lower()\n",
    "a branch of if-else": "    return key.lower() if key else None\n",
    "inside try": "    try:\n        return key.lower()\n    except AttributeError:\n        return None\n",
    "an attribute None has": "    return key.__class__\n",
    "inside a lambda": "    return lambda: key.lower()\n",
    "inside with": "    with suppress(AttributeError):\n        return key.lower()\n",
}


def test_a_default_the_opening_statement_cannot_use_is_no_default(tmp_path: Path) -> None:
    new = "def lookup(key):\n    return key\n"
    for what, body in _OPENERS.items():
        found = diffed(tmp_path / what, f"def lookup(key=None):\n{body}", new)
        assert ("signature_changed", "demo.lookup") not in found, what


def test_a_default_the_body_can_survive_stays_a_default(tmp_path: Path) -> None:
    new = "def lookup(key):\n    return key\n"
    for what, body in _SURVIVES.items():
        found = diffed(tmp_path / what, f"from contextlib import suppress\n\ndef lookup(key=None):\n{body}", new)
        delta = found["signature_changed", "demo.lookup"].signature
        assert delta is not None and delta.defaults_removed == ("key",), what


def test_flask_admin_2_0_menu_view_cannot_go_without_its_view() -> None:
    from tests.test_apidiff_releases import pinned_surface

    # `def __init__(self, name, view: T_VIEW = None, cache=True)` opens with `super().__init__(name,
    # class_name=view.menu_class_name, ...)`: `MenuView("x")` always raised AttributeError
    menu_view = pinned_surface("flask-admin", "2.0.0").symbols["flask_admin.menu.MenuView"]
    assert menu_view.params is not None
    assert [(p.name, p.has_default) for p in menu_view.params] == [("name", False), ("view", False), ("cache", True)]
