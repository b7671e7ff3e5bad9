"""False reports and misses found on a third set of release pairs the engine was never tuned on (marshmallow
3.20→3.21, flask-mail 0.9→0.10, …): each class on its pinned real example and on a synthetic sibling, with the true
reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def diffed(tmp_path: Path, old: str, new: str) -> dict[tuple[str, str], Change]:
    """Every change of a one-module package `demo`, deprecations included, by kind and symbol."""
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a module's metadata dunders beyond `__version__` (`__parsed_version__`, `__title__`) are read by users too --


def test_marshmallow_3_21_deprecates_every_version_attribute() -> None:
    found = changes("marshmallow", "3.20.0", "3.21.0")
    # all three moved behind a module `__getattr__` that warns; `__parsed_version__` was missed
    assert {"marshmallow.__version__", "marshmallow.__version_info__", "marshmallow.__parsed_version__"} <= {
        s for (k, s) in found if k == "deprecated"}
    assert not {s for (k, s) in found if k == "removed"}  # all still served


def test_a_module_dunder_of_the_author_is_api_and_the_import_machinery_is_not(tmp_path: Path) -> None:
    old = ("import warnings\n__parsed_version__ = (1, 0)\n__title__ = 'demo'\n__docformat__ = 'restructuredtext'\n"
           "__all__ = ['run']\n__path__ = []\n\ndef __getattr__(name):\n    raise AttributeError(name)\n\n"
           "def run():\n    pass\n")
    new = ("import warnings\n\ndef __getattr__(name):\n    if name == '__parsed_version__':\n"
           "        warnings.warn('use importlib.metadata', DeprecationWarning)\n        return (1, 0)\n"
           "    raise AttributeError(name)\n\ndef run():\n    pass\n")
    found = diffed(tmp_path, old, new)
    assert ("deprecated", "demo.__parsed_version__") in found  # served, with a warning
    assert found["removed", "demo.__title__"].private is False  # `from demo import __title__` fails
    # the import system's attributes and a documentation tool's directive are no name a user imports
    assert set(found) == {("deprecated", "demo.__parsed_version__"), ("removed", "demo.__title__")}
    mangled = diffed(tmp_path, "__secret = 1\n", "x = 1\n")
    assert all(c.private for (_, symbol), c in mangled.items() if symbol == "demo.__secret")  # no dunder: private
