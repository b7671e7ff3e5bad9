"""Recall and precision on web framework, HTTP and API client, auth and serialization libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a false literal default used only where the value is true (`proxy=""` under `if proxy:`), become a None used
# only where it is not None: a call leaving it out skips the uses on both sides, no default changed --

_FALSE_GUARDED = (
    "class API:\n    def __init__(self, auth=None, proxy=''):\n        self.proxy = {}\n"
    "        if proxy:\n            self.proxy['https'] = proxy\n"
)
_NONE_GUARDED = (
    "class API:\n    def __init__(self, auth=None, proxy=None):\n        self.proxy = {}\n"
    "        if proxy is not None:\n            self.proxy['https'] = proxy\n"
)


def test_a_false_default_used_only_where_true_become_a_skipped_none_is_no_default_change(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.API") not in diffed(
        tmp_path, {"demo/__init__.py": _FALSE_GUARDED}, {"demo/__init__.py": _NONE_GUARDED}
    )
    # the reverse too
    assert ("signature_changed", "demo.API") not in diffed(
        tmp_path / "back", {"demo/__init__.py": _NONE_GUARDED}, {"demo/__init__.py": _FALSE_GUARDED}
    )


def test_a_false_default_used_unguarded_become_a_skipped_none_is_still_a_default_change(tmp_path: Path) -> None:
    # `{"https": ""}` was sent where now no proxy is: what the call does changed
    old = {"demo/__init__.py": "class API:\n    def __init__(self, auth=None, proxy=''):\n        self.proxy = {'https': proxy}\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _NONE_GUARDED})
    assert "parameter 'proxy' defaults to None" in found[("signature_changed", "demo.API")].detail


def test_a_false_default_guarded_by_truth_that_becomes_true_is_still_a_default_change(tmp_path: Path) -> None:
    body = "def f(flag=False):\n    if flag:\n        return 1\n    return 0\n"
    found = diffed(tmp_path, {"demo/__init__.py": body}, {"demo/__init__.py": body.replace("False", "True")})
    assert "defaults to True where it defaulted to False" in found[("signature_changed", "demo.f")].detail


def test_tweepy_4_proxy_none_is_no_default_change_of_3_10_s_empty_proxy() -> None:
    found = changes("tweepy", "3.10.0", "4.0.0")
    detail = found[("signature_changed", "tweepy.API")].detail
    assert "parameter 'auth_handler' renamed to 'auth'" in detail  # the documented breaks stay
    assert "'proxy' defaults to" not in detail
