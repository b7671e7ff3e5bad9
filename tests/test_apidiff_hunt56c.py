"""False claims found by hunt56c on web scraping, content extraction and browser automation libraries nobody tuned
on (courlan, ...): each class on its pinned real example, on a synthetic case, and with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter respelled in its slot, the old spelling kept later in the list as an alias the body folds in: a
# positional caller still reaches the same value (courlan 1.1's `get_download_urls(time_limit=10, max_urls=10000,
# timelimit=None)`, which was `get_download_urls(timelimit=10)`) --

_RESPELLED_OLD = '''class Store:
    def urls(self, timelimit=10):
        return timelimit

    def pick(self, limit=10, order=None):
        return limit, order
'''
_RESPELLED_NEW = '''class Store:
    def urls(self, time_limit=10, max_urls=100, timelimit=None):
        time_limit = timelimit if timelimit is not None else time_limit
        return time_limit, max_urls

    def pick(self, count=10, order=None, limit=None):
        return limit or count, order
'''


def test_a_respelled_parameter_whose_old_spelling_stays_later_is_not_moved(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _RESPELLED_OLD}, {"demo/__init__.py": _RESPELLED_NEW})
    assert ("signature_changed", "demo.Store.urls") not in found
    # the sibling: another name in the old slot is another parameter: `pick(5)` no longer sets `limit`
    assert found[("signature_changed", "demo.Store.pick")].signature.moved == (("limit", 0, 2),)


def test_courlan_1_1_get_download_urls_still_takes_the_time_limit_first() -> None:
    found = changes("courlan", "1.0.0", "1.1.0")
    assert ("signature_changed", "courlan.UrlStore.get_download_urls") not in found
    assert ("removed", "courlan.langinfo") in found  # a real removal in the same pair


# -- a bare `x: T` in a plain class's body binds nothing: an ancestor's property under the name is what instances
# have (nodriver 0.48's `Tab` annotates `browser: Browser` over `Connection`'s read-only `browser` property) --

_HINT_BASE = (
    "class Connection:\n"
    "    def __init__(self, browser=None):\n        self._browser = browser\n\n"
    "    @property\n    def browser(self):\n        return self._browser\n\n"
    "    @property\n    def target(self):\n        return None\n\n\n"
)
_HINT_OLD = _HINT_BASE + (
    "class Tab(Connection):\n"
    "    browser: object\n"
    "    target: object = None\n"
)
_HINT_NEW = _HINT_BASE + (
    "class Tab(Connection):\n"
    "    @property\n    def browser(self):\n        return self._browser\n\n"
    "    @property\n    def target(self):\n        return None\n"
)


def test_a_bare_class_annotation_does_not_hide_an_inherited_property(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HINT_OLD}, {"demo/__init__.py": _HINT_NEW})
    assert ("signature_changed", "demo.Tab.browser") not in found
    # the sibling: an annotation with a value binds a class attribute that hid the property: assignable before
    assert found[("signature_changed", "demo.Tab.target")].breakage == "attribute_made_read_only"


def test_nodriver_0_50_tab_browser_was_a_read_only_property_already() -> None:
    found = changes("nodriver", "0.48.1", "0.50.1")
    assert ("signature_changed", "nodriver.Tab.browser") not in found
    assert ("signature_changed", "nodriver.Tab.attached") in found  # `attached: bool = None` was assignable


# -- a method returning `self.coro(...)`, a coroutine function of its class, gave an awaitable already, whatever its
# docstring's `:return:` field says (zendriver 0.13's `Tab.__call__` returned `self.wait_for(...)`) --

_AWAITED_OLD = '''class Tab:
    async def wait_for(self, text=None):
        return text

    def count(self, text=None):
        return 1

    def __call__(self, text=None):
        """Wait for the text.

        :return: the element
        """
        return self.wait_for(text)

    def total(self, text=None):
        """Count the text.

        :return: the count
        """
        return self.count(text)
'''
_AWAITED_NEW = '''class Tab:
    async def wait_for(self, text=None):
        return text

    def count(self, text=None):
        return 1

    async def __call__(self, text=None):
        """Wait for the text.

        :return: the element
        """
        return await self.wait_for(text)

    async def total(self, text=None):
        """Count the text.

        :return: the count
        """
        return self.count(text)
'''


def test_a_docstring_return_field_does_not_hide_a_returned_coroutine(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _AWAITED_OLD}, {"demo/__init__.py": _AWAITED_NEW})
    assert ("signature_changed", "demo.Tab.__call__") not in found
    # the sibling: what `total` handed back was a plain value: `await tab.total()` is new
    assert found[("signature_changed", "demo.Tab.total")].breakage == "sync_to_async"


def test_zendriver_0_14_tab_call_returned_an_awaitable_already() -> None:
    found = changes("zendriver", "0.13.1", "0.14.0")
    assert ("signature_changed", "zendriver.Tab.__call__") not in found
    assert ("signature_changed", "zendriver.Connection.aopen") in found  # its `**kw` really went


# -- a top-level folder named for tests holding only test files beside an empty `__init__.py` (webdriver-manager
# 3.8's wheel shipped `tests_xdist/` and `tests_negative/`) is no package anyone imports: its loss is no removal --


def test_a_folder_of_tests_under_an_empty_init_is_no_package(tmp_path: Path) -> None:
    tests = {"tests_xdist/__init__.py": "", "tests_xdist/conftest.py": "import pytest\n",
             "tests_xdist/test_one.py": "def test_one():\n    assert True\n"}
    kept = {"helpers/__init__.py": "", "helpers/test_data.py": "X = 1\n", "helpers/tools.py": "def tool():\n    return 1\n",
            "empty/__init__.py": "", "checks/__init__.py": "", "checks/test_a.py": "def test_a():\n    assert True\n"}
    found = diffed(tmp_path, {"demo/__init__.py": "X = 1\n", **tests, **kept}, {"demo/__init__.py": "X = 1\n"})
    assert ("removed", "tests_xdist") not in found
    # the siblings: a folder holding a module besides its tests, an empty package, and a package of another name
    # holding only tests were importable
    assert ("removed", "helpers") in found
    assert ("removed", "empty") in found
    assert ("removed", "checks") in found


def test_webdriver_manager_3_9_dropped_no_package_anyone_imports() -> None:
    found = changes("webdriver-manager", "3.8.6", "3.9.0")
    assert ("removed", "tests_xdist") not in found
    assert ("removed", "tests_negative") not in found
    assert ("signature_changed", "webdriver_manager.core.utils.File") in found  # a real change in the same pair


# -- a decorator factory whose wrapper fills the keyword its call names (scrapyd 1.5's `@param("project")` stores
# `kwargs[dest] = value` from the request, `dest` defaulting to the name passed): the decorated method's parameter
# of that name is never the caller's to pass --

_PARAM = '''import functools


def param(decoded, *, dest=None, required=True):
    if dest is None:
        dest = decoded

    def decorator(func):
        @functools.wraps(func)
        def wrapper(self, request, *args, **kwargs):
            if decoded not in request:
                if required:
                    raise KeyError(decoded)
                value = None
            else:
                value = request[decoded]
            kwargs[dest] = value
            return func(self, request, *args, **kwargs)

        return wrapper

    return decorator


'''
_FILLED_OLD = _PARAM + '''class Schedule:
    def render(self, request):
        return request

    def other(self, request):
        return request
'''
_FILLED_NEW = _PARAM + '''class Schedule:
    @param("project")
    @param("_version", dest="version", required=False)
    def render(self, request, project, version):
        return project, version

    @param("project")
    def other(self, request, project, spider):
        return project, spider
'''


def test_keywords_a_decorator_fills_are_no_new_required_parameters(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FILLED_OLD}, {"demo/__init__.py": _FILLED_NEW})
    assert ("signature_changed", "demo.Schedule.render") not in found
    # the sibling: `spider`, which no decorator fills, is new and required
    assert found[("signature_changed", "demo.Schedule.other")].signature.new_required == ("spider",)


def test_scrapyd_1_5_render_methods_still_take_the_request_alone() -> None:
    found = changes("scrapyd", "1.4.3", "1.5.0")
    for method in ("Schedule.render_POST", "Cancel.render_POST", "ListJobs.render_GET", "AddVersion.render_POST"):
        assert ("signature_changed", f"scrapyd.webservice.{method}") not in found
    assert ("removed", "scrapyd.utils.get_spider_list") in found  # a real removal in the same pair
