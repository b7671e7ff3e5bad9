"""Hunt 63: false claims on the newest releases of libraries nobody tuned on."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a decorator's wrapper filling a keyword (`kwargs["settings"] = ...`): the positional parameters after the filled
# one never went by position either (a call reaching their slot filled it first), so none of them moved --

_FILLING = '''from functools import wraps


def apply(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        kwargs["settings"] = kwargs.get("settings") or 1
        return f(*args, **kwargs)

    return wrapper


class P:
    @apply
    def parse(self, text, method, settings=None, order=None):
        return order
'''

_PLAIN = '''class P:
    def parse(self, text, method, settings=None, order=None):
        return order
'''


def test_a_parameter_after_one_a_wrapper_fills_did_not_move_when_the_decorator_goes(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FILLING}, {"demo/__init__.py": _PLAIN})
    assert ("signature_changed", "demo.P.parse") not in found


def test_a_parameter_after_one_a_new_wrapper_fills_is_keyword_only_in_effect(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PLAIN}, {"demo/__init__.py": _FILLING})
    delta = found[("signature_changed", "demo.P.parse")].signature
    assert delta is not None
    assert set(delta.made_keyword_only) == {"settings", "order"}
    assert not delta.moved


def test_dateparser_1_5_parse_without_apply_settings_moved_no_slot() -> None:
    assert ("signature_changed", "dateparser.date_parser.DateParser.parse") not in changes(
        "dateparser", "1.4.3", "1.5.0"
    )


# -- a None default the old body already dereferenced after an opening `if` that cannot leave the function: leaving
# it out always failed, so a new type-narrowing `assert x is not None` takes no default away --

_OLD_BODY = '''def check(text, strip=False, settings=None):
    if strip:
        text = text.strip()
    if settings.NORMALIZE:
        text = text.lower()
    return text
'''

_NEW_BODY = '''def check(text, strip=False, settings=None):
    if strip:
        text = text.strip()
    assert settings is not None
    if settings.NORMALIZE:
        text = text.lower()
    return text
'''


def test_an_assert_narrowing_a_default_the_old_body_dereferenced_past_an_if_takes_no_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_BODY}, {"demo/__init__.py": _NEW_BODY})
    assert ("signature_changed", "demo.check") not in found


def test_an_opening_if_that_can_return_leaves_the_default_working(tmp_path: Path) -> None:
    old = _OLD_BODY.replace("text = text.strip()", "return text")
    new = _NEW_BODY.replace("    if strip:\n        text = text.strip()\n", "").replace(
        "    assert settings is not None\n", "    assert settings is not None\n    if strip:\n        return text\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert found[("signature_changed", "demo.check")].signature.defaults_removed == ("settings",)  # type: ignore[union-attr]


def test_dateparser_1_5_is_applicable_settings_kept_its_default() -> None:
    found = changes("dateparser", "1.4.3", "1.5.0")
    assert ("signature_changed", "dateparser.languages.Locale.is_applicable") not in found
    assert ("signature_changed", "dateparser.languages.locale.Locale.is_applicable") not in found


# -- a None default first handed to a module-level compiled pattern as the string it reads (`_STR.match(method)`):
# None is no string (TypeError), so leaving it out never worked and a release dropping the default takes nothing --

_MATCHED = '''import re

_STR = re.compile(r"str\\(\\)")


class Str:
    def __init__(self, method=None):
        m = _STR.match(method)
        if m is None:
            raise ValueError(method)
        self.method = method
'''


def test_a_default_a_compiled_pattern_reads_first_was_never_usable(tmp_path: Path) -> None:
    new = _MATCHED.replace("method=None", "method")
    assert ("signature_changed", "demo.Str") not in diffed(
        tmp_path, {"demo/__init__.py": _MATCHED}, {"demo/__init__.py": new}
    )


def test_a_default_a_pattern_reads_only_after_an_exit_was_usable(tmp_path: Path) -> None:
    old = _MATCHED.replace("        m = _STR", "        if method is None:\n            return\n        m = _STR")
    new = old.replace("method=None", "method")
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.Str") in found


def test_jsonpath_ng_1_17_string_extensions_lost_no_usable_default() -> None:
    found = changes("jsonpath-ng", "1.16.0", "1.17.0")
    for name in ("Split", "Str", "Sub"):
        assert ("signature_changed", f"jsonpath_ng.ext.string.{name}") not in found
