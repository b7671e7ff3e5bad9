"""Found at the merge of hunt54a-d. `*args` handed to a module function a class attribute holds (`_h = _helper`,
called as `self._h(*args)`) fill its parameters after the instance, which binds to the first (hunt54b taught the
engine to follow standard-library methods so held; release functions were followed already, the instance not
counted). Through `cls` nothing binds. And zigpy 2.0's deprecation messages showed `{attr}` fields the engine
cannot fill (hunt54c)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.deprecation import filled_message
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

HELD = """\
def _helper(obj, key, default=None):
    return obj


class Mapping:
    _h = _helper
    _get = dict.get

    def get(self, *args, **kwargs):
        return self._h(*args, **kwargs)

    @classmethod
    def make(cls, *args):
        return cls._h(*args)

    @classmethod
    def fetch(cls, *args):
        return cls._get(*args)
"""


def _new(get: str, make: str, fetch: str) -> dict[str, str]:
    return {
        "demo/__init__.py": f"class Mapping:\n    def get(self, {get}):\n        return 1\n\n"
        f"    @classmethod\n    def make(cls, {make}):\n        return 1\n\n"
        f"    @classmethod\n    def fetch(cls, {fetch}):\n        return 1\n"
    }


def _signatures(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if kind == "signature_changed"}


def test_a_held_function_called_on_the_instance_takes_it_first(tmp_path: Path) -> None:
    # `self._h(key, default)` runs `_helper(self, key, default)`; `cls._h(obj, key, default)` and
    # `cls._get(d, key, default)` are plain calls: every signature below takes what the old one did
    found = diffed(tmp_path, {"demo/__init__.py": HELD}, _new("key, default=None", "obj, key, default=None", "d, key, default=None"))
    assert _signatures(found) == set()


def test_a_parameter_really_lost_stays_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": HELD}, _new("key", "key, default=None", "key, default=None"))
    # `get(key, default)` worked; `make(obj, key, default)` and `fetch(d, key, default)` took three by position
    assert _signatures(found) == {"demo.Mapping.get", "demo.Mapping.make", "demo.Mapping.fetch"}


# -- a deprecation message whose advice is computed from a table: the clause announcing it is kept --


def test_zigpy_2_0_deprecations_read_without_unfilled_fields() -> None:
    found = changes("zigpy", "1.6.0", "2.0.0")
    deprecated = {symbol: c.detail for (kind, symbol), c in found.items() if kind == "deprecated"}
    assert deprecated["zigpy.quirks.CustomDevice"] == "`zigpy.quirks.CustomDevice` is deprecated"
    assert not [detail for detail in deprecated.values() if "{" in detail]


def test_a_message_keeps_its_unknown_advice_when_the_rest_would_not_name_the_deprecated_name() -> None:
    assert filled_message("`{name}` is deprecated, use `{new}` instead", "name", "Old") == "`Old` is deprecated"
    assert filled_message("{name} moved to {new}; it is deprecated.", "name", "Old") == (
        "Old moved to {new}; it is deprecated."
    )
    assert filled_message("{name} is gone, see {url}", "name", "Old") == "Old is gone, see {url}"
