"""False removals found by the lead's sweep of 2025-2026 releases (fastapi 0.137): each class on its pinned real
example and on a synthetic case, with siblings that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a constructor handing `self` to a module function that sets its attributes --


def test_fastapi_0_137_route_attributes_set_by_a_module_function_are_not_removed() -> None:
    found = changes("fastapi", "0.136.3", "0.137.0", ("starlette", "1.10.0"))  # `APIRoute(starlette.routing.Route)`
    # 0.137.0: `APIRoute.__init__` calls `_populate_api_route_state(cast(_APIRouteLike, self), path, ...)`, which sets
    # `route.summary`, `route.response_model`, `route._flat_dependant` and thirty more
    route = {s for (k, s) in found if k == "removed" and s.startswith("fastapi.routing.APIRoute.")}
    assert route == set()
    assert ("removed", "fastapi.routing.APIRoute.summary") not in found


_OLD = "class Route:\n    def __init__(self, path, summary=None):\n        self.path = path\n        self.summary = summary\n"


@pytest.mark.parametrize(
    "call",
    [
        "_populate(self, path, summary)",
        "_populate(cast('Route', self), path, summary)",
        "_populate(path=path, summary=summary, route=self)",
        "_populate(typing.cast(Route, self), path, summary)",
    ],
)
def test_attributes_a_module_function_sets_on_the_instance_it_is_handed_stay(tmp_path: Path, call: str) -> None:
    new = (
        "import typing\nfrom typing import cast\n"
        "def _populate(route, path, summary):\n    route.path = path\n    if summary:\n        route.summary = summary\n"
        f"class Route:\n    def __init__(self, path, summary=None):\n        {call}\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found


def test_a_function_defined_after_the_class_is_followed_too_and_through_a_second_helper(tmp_path: Path) -> None:
    new = (
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self, path)\n"
        "def _populate(route, path):\n    route.path = path\n    _more(route)\n"
        "def _more(target):\n    target.summary, target.extra = None, 1\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found


def test_an_attribute_the_function_no_longer_sets_is_still_removed(tmp_path: Path) -> None:
    new = (
        "def _populate(route, path, summary):\n    route.path = path\n    other = summary\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self, path, summary)\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") in found


@pytest.mark.parametrize(
    "new",
    [
        # the instance goes to the other parameter: what `_populate` sets is on `options`
        "def _populate(options, route):\n    options.path = 1\n    options.summary = 2\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate({}, self)\n",
        # a function of another module (not visible here): nothing is known of what it sets
        "from elsewhere import _populate\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self, path, summary)\n",
        # the instance is not handed over: `route` is a fresh object
        "def _populate(route, path, summary):\n    route.path = path\n    route.summary = summary\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(object(), path, summary)\n",
    ],
)
def test_attributes_set_on_something_else_are_still_removed(tmp_path: Path, new: str) -> None:
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") in found
    assert ("removed", "demo.Route.summary") in found


def test_attributes_set_by_unpacking_a_tuple_are_instance_attributes(tmp_path: Path) -> None:
    new = "class Route:\n    def __init__(self, path, summary=None):\n        (self.path, self.summary), *self.rest = f()\n"
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found
    dropped = "class Route:\n    def __init__(self, path, summary=None):\n        self.path, other = f()\n"
    assert ("removed", "demo.Route.summary") in diffed(tmp_path, _OLD, dropped)


def test_asgiref_sync_to_async_keeps_the_marker_its_module_function_sets() -> None:
    # 3.6.0 moved `self._is_coroutine = ...` into `markcoroutinefunction(self)`; 3.8 defines that function only in
    # the `else:` of `if hasattr(inspect, "markcoroutinefunction"):`
    for old, new in (("3.5.2", "3.6.0"), ("3.6.0", "3.8.1")):
        found = changes("asgiref", old, new)
        assert ("removed", "asgiref.sync.SyncToAsync._is_coroutine") not in found


def test_a_function_defined_in_a_branch_of_the_module_is_followed(tmp_path: Path) -> None:
    new = (
        "import sys\nif sys.version_info >= (3, 12):\n    def _populate(route):\n        pass\n"
        "else:\n    def _populate(route):\n        route.path = route.summary = None\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self)\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found
