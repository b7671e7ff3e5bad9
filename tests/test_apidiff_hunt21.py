"""False reports and misses found on refactor-heavy release pairs nobody had examined (webob 1.8, falcon 3.0,
peewee 3.0, openai 1.0): each class on its pinned real example and on a synthetic sibling, with the true reports of
the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a class member every call of which already raised (a method, or an attribute naming such a function) --


def test_webob_1_8_drops_if_range_match_which_already_only_raised() -> None:
    found = changes("webob", "1.7.4", "1.8.0")
    # 1.7.4: `match = match_response = _warn_if_range_match_deprecated`, whose body is `raise DeprecationWarning(...)`
    for cls in ("IfRange", "IfRangeDate"):
        for name in ("match", "match_response"):
            assert ("removed", f"webob.etag.{cls}.{name}") not in found
    # the true reports of the pair are kept: the nil accept classes went, a cookie profile's parameters moved
    assert ("removed", "webob.acceptparse.MIMENilAccept") in found
    assert "'path' moved" in found["signature_changed", "webob.cookies.CookieProfile"].detail


_OLD = (
    "def _gone(*args, **kw):\n    raise DeprecationWarning('match is deprecated')\n\n\n"
    "def _works(*args, **kw):\n    return True\n\n\n"
    "def old_api(x):\n    raise RuntimeError('old_api was removed: use new_api')\n\n\n"
    "class Range:\n    match = match_response = _gone\n    check = _works\n\n"
    "    def weak(self):\n        raise AttributeError('weak matching is gone')\n\n"
    "    def hook(self):\n        raise NotImplementedError\n\n"
    "    def kept(self):\n        return 1\n"
)
_NEW = "class Range:\n    def kept(self):\n        return 1\n"


def test_a_member_every_call_of_which_raised_is_no_removal(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _OLD, _NEW)
    assert not {"demo.Range.match", "demo.Range.match_response", "demo.Range.weak"} & set(found)


def test_members_that_worked_and_module_functions_that_raised_are_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _OLD, _NEW)
    # `check` named a working function; `hook` is a placeholder subclasses fill; `from demo import old_api` worked
    assert {"demo.Range.check", "demo.Range.hook", "demo.old_api"} <= set(found)


# -- a decorator warning when a call passes more positional arguments than a count its call gives --


def test_falcon_3_0_deprecates_positional_arguments_to_its_errors() -> None:
    found = changes("falcon", "2.0.0", "3.0.0")
    # 3.0: `@deprecated_args(allowed_positional=0)` over `HTTPNotFound.__init__(self, title=None, description=None,
    # headers=None, **kwargs)`; the factory adds one for `self` (`if is_method: allowed_positional += 1`)
    detail = found["deprecated", "falcon.HTTPNotFound"].detail
    assert detail.startswith("passing 'title', 'description', 'headers' by position is deprecated")
    assert "more than 0 positional arguments" in detail
    # `HTTPMissingHeader(header_name, headers=None, **kwargs)` under `allowed_positional=1`: the header name is not
    assert found["deprecated", "falcon.HTTPMissingHeader"].signature.positional_deprecated == ("headers",)
    # the true reports of the pair are kept: `headers` moved behind `title` and `description`, `protocol` removed
    assert "'headers' moved from slot 0 to 2" in found["signature_changed", "falcon.HTTPNotFound"].detail
    assert "'protocol' removed" in found["signature_changed", "falcon.testing.create_environ"].detail


_FACTORY = (
    "import functools\nimport warnings\n\n\n"
    "def positional(*, allowed, is_method=True):\n    if is_method:\n        allowed += 1\n\n"
    "    def decorator(fn):\n        @functools.wraps(fn)\n        def wrapper(*args, **kwargs):\n"
    "            if len(args) > {cap}:\n                {then}\n"
    "            return fn(*args, **kwargs)\n\n        return wrapper\n\n    return decorator\n\n\n"
)
_WARN = "warnings.warn('pass them by keyword', DeprecationWarning)"
_ERROR = "class Error(Exception):\n    def __init__(self, title=None, description=None):\n        self.title = title\n"
_DECORATED = "class Error(Exception):\n    @positional(allowed={allowed})\n" + _ERROR.split("\n", 1)[1]


def test_positional_arguments_past_a_decorator_count_are_deprecated(tmp_path: Path) -> None:
    new = _FACTORY.format(cap="allowed", then=_WARN) + _DECORATED.format(allowed=1)
    change = diffed(tmp_path, _FACTORY.format(cap="allowed", then=_WARN) + _ERROR, new)["deprecated", "demo.Error"]
    assert change.detail == (
        "passing 'description' by position is deprecated: a decorator warns for calls passing more than 1 "
        "positional argument"
    )


def test_a_literal_count_of_a_bare_decorator_deprecates_the_rest(tmp_path: Path) -> None:
    deco = (
        "import functools\nimport warnings\n\n\ndef one(fn):\n    @functools.wraps(fn)\n"
        "    def wrapper(*args, **kwargs):\n        if len(args) > 1:\n            warnings.warn('by keyword')\n"
        "        return fn(*args, **kwargs)\n\n    return wrapper\n\n\n"
    )
    found = diffed(tmp_path, deco + "def f(a, b=None):\n    return a\n", deco + "@one\ndef f(a, b=None):\n    return a\n")
    assert found["deprecated", "demo.f"].signature.positional_deprecated == ("b",)


def test_a_count_that_refuses_or_is_unknown_deprecates_nothing(tmp_path: Path) -> None:
    refusing = _FACTORY.format(cap="allowed", then="raise TypeError('by keyword')")
    unknown = _FACTORY.format(cap="len(kwargs)", then=_WARN)
    for factory in (refusing, unknown):
        found = diffed(tmp_path, factory + _ERROR, factory + _DECORATED.format(allowed=0))
        assert ("deprecated", "demo.Error") not in found


# -- `**kwargs` handed on through the two-argument `super(Cls, self).__init__(...)` --


def test_peewee_3_0_sqlite_database_still_takes_pragmas_through_super() -> None:
    found = changes("peewee", "2.10.2", "3.0.1")
    # 3.0.1: `SqliteDatabase.__init__(self, database, *args, **kwargs)` calls `super(SqliteDatabase, self).__init__(
    # database, *args, **kwargs)`, whose `self.init(database, **kwargs)` takes `pragmas`: no "could not be followed"
    assert ("signature_changed", "peewee.SqliteDatabase") not in found
    # the true reports the hand-on now finds: `schema` went from `Field`, a positional `timeout` is refused
    assert "keyword 'schema', which **kwargs handed on to peewee.Field, is no longer accepted" in found[
        "signature_changed", "peewee.TimeField"].detail
    assert found["signature_changed", "playhouse.apsw_ext.APSWDatabase"].detail == "parameter 'timeout' is now keyword-only"


_BASE = "class Base:\n    def __init__(self, name{extra}):\n        self.name = name\n\n\n"
_CHILD_OLD = "class Child(Base):\n    def __init__(self, name, pragmas=None):\n        Base.__init__(self, name)\n"
_CHILD_NEW = (
    "class Child(Base):\n    def __init__(self, name, **kwargs):\n"
    "        super(Child, self).__init__(name, **kwargs)\n"
)


def test_a_keyword_handed_on_through_two_argument_super_is_still_taken(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _BASE.format(extra="") + _CHILD_OLD, _BASE.format(extra=", pragmas=None") + _CHILD_NEW)
    # `Base` takes it: by keyword it still binds, only `Child("x", {})` no longer does
    assert found["demo.Child"].detail == "parameter 'pragmas' is now keyword-only"


def test_a_keyword_the_class_two_argument_super_reaches_refuses_is_surely_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _BASE.format(extra="") + _CHILD_OLD, _BASE.format(extra="") + _CHILD_NEW)
    detail = found["demo.Child"].detail
    assert "'pragmas' removed" in detail and "could not be followed" not in detail


# -- an object put in `sys.modules` under another module's key leaves the module what it is --


def test_openai_1_0_drops_the_v0_resources_its_init_exported() -> None:
    found = changes("openai", "0.28.1", "1.0.0")
    # 0.28.1's `__init__` sets `sys.modules["pkg_resources"] = object()` (a gunicorn workaround) before exporting
    # `ChatCompletion` & co.: it was read as putting `object()` in openai's own place, its globals no API
    assert {"openai.ChatCompletion", "openai.Completion", "openai.api_base", "openai.InvalidRequestError"} <= {
        s for (k, s) in found if k == "removed"}
    assert ("removed", "openai.api_key") not in found  # still a module global of 1.0.0
    assert "'http_body' renamed to 'body'" in found["signature_changed", "openai.APIError"].detail


_REPLACING = (
    "import sys\n\n\nclass _Module:\n    def __init__(self, name):\n        self.name = name\n\n\n"
    "def gone():\n    return 1\n\n\nsys.modules[{key}] = {value}\n"
)


def test_an_object_put_under_another_modules_key_leaves_the_globals_api(tmp_path: Path) -> None:
    old = _REPLACING.format(key="'pkg_resources'", value="object()")
    found = synthetic(tmp_path, old, old.replace("def gone():\n    return 1\n\n\n", ""))
    assert found["demo.gone"].kind.value == "removed"


def test_an_object_put_in_the_modules_own_place_still_hides_its_globals(tmp_path: Path) -> None:
    for key in ("__name__", "'demo'"):
        old = _REPLACING.format(key=key, value="_Module(__name__)")
        assert synthetic(tmp_path, old, old.replace("def gone():\n    return 1\n\n\n", "")) == {}
