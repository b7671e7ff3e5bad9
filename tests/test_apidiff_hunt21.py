"""False reports and misses found on refactor-heavy release pairs nobody had examined (webob 1.8, falcon 3.0,
peewee 3.0): each class on its pinned real example and on a synthetic sibling, with the true reports of the same
pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

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
