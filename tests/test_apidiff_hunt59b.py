"""Hunt 59b: SaaS, payment and social-media API clients, calendars and dates, and command-line helpers."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class spelling its own name as its base (`from demo import Api` then `class Api(Api)`) derives from the name's
# earlier binding: it was read as its own base, so every inherited member was claimed removed --

_SHADOW_OLD = {
    "demo/__init__.py": "class Api:\n    def get(self, key):\n        return key\n",
    "demo/debug.py": "import demo\n\n\nclass Api(demo.Api):\n    def dump(self):\n        return 1\n",
}
_SHADOW_NEW = {**_SHADOW_OLD, "demo/debug.py": "from demo import Api\n\n\nclass Api(Api):\n    def dump(self):\n        return 1\n"}


def test_a_class_named_as_its_imported_base_inherits_from_the_import(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", _SHADOW_NEW, "2.0")
    assert new.symbols["demo.debug.Api"].bases == ("demo.Api",)
    assert "demo.debug.Api.get" in new.symbols
    assert ("removed", "demo.debug.Api.get") not in diffed(tmp_path, _SHADOW_OLD, _SHADOW_NEW)
    # the sibling: a base really gone from the class is still claimed
    dropped = {**_SHADOW_OLD, "demo/debug.py": "class Api:\n    def dump(self):\n        return 1\n"}
    assert ("removed", "demo.debug.Api.get") in diffed(tmp_path / "dropped", _SHADOW_OLD, dropped)


def test_python_twitter_3_5_debug_api_still_inherits_the_api() -> None:
    found = changes("python-twitter", "3.4.2", "3.5")
    assert ("removed", "twitter.debug.Api.GetUser") not in found
    assert ("signature_changed", "twitter.debug.Api") not in found


# -- a test program shipped in the package on a harness of its own (`pyfiglet/test.py`: `class Test` driven by
# `main()` under a `__main__` guard, no test framework imported) was read as API: its methods' changes were claimed --

_RUNNER = '''import sys


class Test:
    def check_font(self, text, font):
        return text, font


def main():
    Test().check_font("a", "b")


if __name__ == "__main__":
    sys.exit(main())
'''
_RUNNER_OLD = {"demo/__init__.py": "", "demo/test.py": _RUNNER}
_RUNNER_NEW = {"demo/__init__.py": "", "demo/test.py": _RUNNER.replace("(self, text, font)", "(self, text, font, tlf)")}


def test_a_test_program_run_under_a_main_guard_is_no_api(tmp_path: Path) -> None:
    found = diffed(tmp_path, _RUNNER_OLD, _RUNNER_NEW)
    assert found[("signature_changed", "demo.test.Test.check_font")].private
    # the sibling: the same module imported for its helpers, never run as a program, stays public
    guard = 'if __name__ == "__main__":\n    sys.exit(main())\n'
    old, new = ({**files, "demo/test.py": files["demo/test.py"].replace(guard, "")} for files in (_RUNNER_OLD, _RUNNER_NEW))
    assert not diffed(tmp_path / "helpers", old, new)[("signature_changed", "demo.test.Test.check_font")].private
    # nor is a package's `__init__` a program, whatever it runs under the guard (pycryptodome's `Crypto.SelfTest.run`)
    old, new = ({"demo/__init__.py": "", "demo/SelfTest/__init__.py": files["demo/test.py"]} for files in (_RUNNER_OLD, _RUNNER_NEW))
    assert not diffed(tmp_path / "package", old, new)[("signature_changed", "demo.SelfTest.Test.check_font")].private


def test_pyfiglet_1_0_test_runner_is_no_api() -> None:
    found = changes("pyfiglet", "0.8.post1", "1.0.0")
    check_font = found[("signature_changed", "pyfiglet.test.Test.check_font")]
    assert check_font.private and "pyfiglet.test holds tests" in check_font.detail
    assert found[("signature_changed", "pyfiglet.test.Test.check_text")].private


# -- a package's own decorator spelled as the verb (`@deprecate("4.0.3", "Renamed as `bound_min`.")`) deprecates
# what it decorates: exchange-calendars 4's deprecated methods were never said so, nor their removals "deprecated" --

_VERB_OLD = '''import functools
import warnings


class deprecate:
    def __init__(self, release="1.0", message=None):
        self.message = message

    def __call__(self, f):
        @functools.wraps(f)
        def wrapped(*args, **kwargs):
            warnings.warn(self.message, FutureWarning)
            return f(*args, **kwargs)

        return wrapped


def deprecate_kwarg(old, new):
    return lambda f: f


class Calendar:
    def bound_min(self):
        return 1

    def bound_start(self):
        return self.bound_min()

    def sessions(self, start):
        return start
'''
_VERB_NEW = _VERB_OLD.replace(
    "    def bound_start(self):", '    @deprecate("1.1", "Renamed as `bound_min`.")\n    def bound_start(self):'
).replace("    def sessions(self, start):", '    @deprecate_kwarg("begin", "start")\n    def sessions(self, start):')


def test_a_decorator_named_deprecate_deprecates_the_method(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _VERB_OLD}, {"demo/__init__.py": _VERB_NEW})
    assert "bound_min" in found[("deprecated", "demo.Calendar.bound_start")].detail
    assert ("deprecated", "demo.Calendar.sessions") not in found  # a parameter's deprecation, not the method's


def test_exchange_calendars_4_3_removed_methods_it_deprecated() -> None:
    found = changes("exchange-calendars", "4.2.8", "4.3")
    assert found[("removed", "exchange_calendars.ExchangeCalendar.bound_start")].breakage == "deprecated_name_removed"
    opens = found[("removed", "exchange_calendars.ExchangeCalendar.sessions_opens")]
    assert opens.breakage == "deprecated_name_removed" and opens.hint == "Use `.opens[start:end]` instead"


# -- `super().__init__(..., **kwargs)` into the constructor attrs generates for a record with record ancestors
# (ics 0.8's `Event(EventAttrs)`, `@attr.s class EventAttrs(CalendarEntryAttrs)`) went to the plain mixin below them,
# which takes no keyword: every field handed on was claimed "removed (now swallowed by **kwargs)" and rejected --

_ATTRS_OLD = '''class Event:
    def __init__(self, summary=None, begin=None, uid=None, location=None, name=None):
        self.summary = summary
'''
_ATTRS_NEW = '''import attr


class Validation:
    def __setattr__(self, key, value):
        super().__setattr__(key, value)


@attr.s
class EntryAttrs(Validation):
    timespan = attr.ib()
    summary = attr.ib(default=None)
    uid = attr.ib(default=None)


@attr.s
class EventAttrs(EntryAttrs):
    location = attr.ib(default=None)


class Event(EventAttrs):
    def __init__(self, summary=None, begin=None, *args, **kwargs):
        kwargs.setdefault("timespan", (begin,))
        super().__init__(kwargs.pop("timespan"), summary, *args, **kwargs)
'''


def test_keywords_handed_to_a_generated_constructor_through_record_ancestors_are_taken(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", {"demo/__init__.py": _ATTRS_NEW}, "2.0")
    assert new.symbols["demo.Event"].kwargs_forwards == ("demo.EventAttrs.__init__",)
    found = diffed(tmp_path, {"demo/__init__.py": _ATTRS_OLD}, {"demo/__init__.py": _ATTRS_NEW})
    detail = found[("signature_changed", "demo.Event")].detail
    assert "'uid'" not in detail and "'location'" not in detail
    assert "parameter 'name' removed" in detail  # no field takes it: still said


def test_a_key_the_body_sets_by_default_is_no_option_the_caller_must_pass(tmp_path: Path) -> None:
    filled = surface(tmp_path / "filled", {"demo/__init__.py": _ATTRS_NEW}, "2.0")
    assert filled.symbols["demo.Event"].kwargs_required == ()
    updated = _ATTRS_NEW.replace('kwargs.setdefault("timespan", (begin,))', "kwargs.update(timespan=(begin,))")
    assert surface(tmp_path / "updated", {"demo/__init__.py": updated}, "2.0").symbols["demo.Event"].kwargs_required == ()
    bare = _ATTRS_NEW.replace('        kwargs.setdefault("timespan", (begin,))\n', "")
    assert surface(tmp_path / "bare", {"demo/__init__.py": bare}, "2.0").symbols["demo.Event"].kwargs_required == (
        "timespan",
    )


def test_ics_0_8_event_still_takes_its_fields_as_keywords() -> None:
    found = changes("ics", "0.7.2", "0.8.0.dev0")
    detail = found[("signature_changed", "ics.Event")].detail
    assert "'uid'" not in detail and "'location'" not in detail and "'timespan'" not in detail
    assert "parameter 'name' removed" in detail  # renamed `summary`: still said
