"""Found at the merge of hunt54a-d: `*args` handed to a module function a class attribute holds (`_h = _helper`,
called as `self._h(*args)`) fill its parameters after the instance, which binds to the first (hunt54b taught the
engine to follow standard-library methods so held; release functions were followed already, the instance not
counted). Through `cls` nothing binds."""

from __future__ import annotations

from pathlib import Path

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
