"""Helper recall60a: classes of documented breaks the engine missed, found checking changelogs (geopy, logbook)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a sentinel default the body replaces with a literal before any use works as that literal: a new literal default
# of another value changes what calls leaving it out get (geopy 2.0's `reverse(exactly_one=True)`, where 1.23's
# `exactly_one=DEFAULT_SENTINEL` warned and became False) --

_SENTINEL_OLD = '''import warnings

DEFAULT_SENTINEL = object()


def reverse(query, exactly_one=DEFAULT_SENTINEL, timeout=DEFAULT_SENTINEL):
    """Reverse geocode."""
    if exactly_one is DEFAULT_SENTINEL:
        warnings.warn("exactly_one will default to True", DeprecationWarning, stacklevel=2)
        exactly_one = False
    if timeout is DEFAULT_SENTINEL:
        timeout = query.timeout
    return query, exactly_one, timeout


def search(query, limit=None):
    if limit is None:
        warnings.warn("limit will default to 5", DeprecationWarning, stacklevel=2)
        limit = 10
    return query, limit
'''
_SENTINEL_NEW = '''DEFAULT_SENTINEL = object()


def reverse(query, exactly_one=True, timeout=30):
    """Reverse geocode."""
    return query, exactly_one, timeout


def search(query, limit=5):
    return query, limit
'''


def test_a_sentinel_default_the_body_replaces_with_a_literal_is_that_literal(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SENTINEL_OLD}, {"demo/__init__.py": _SENTINEL_NEW})
    change = found[("signature_changed", "demo.reverse")]
    assert change.breakages == ("param_default_changed",)
    assert (
        "'exactly_one' defaults to True where it defaulted to DEFAULT_SENTINEL (which the body replaces with False)"
        in (change.detail)
    )
    # the sibling: a None replaced after a warning that the default changes
    searched = found[("signature_changed", "demo.search")].detail
    assert "'limit' defaults to 5 where it defaulted to None (which the body replaces with 10)" in searched
    assert "'timeout'" not in change.detail  # replaced with what an attribute holds: unknown here
    assert change.witness is not None
    assert ".default == vars(inspect.getmodule(reverse))['DEFAULT_SENTINEL']" in change.witness  # what it holds


def test_a_sentinel_replaced_after_anything_but_a_warning_is_no_claim(tmp_path: Path) -> None:
    old = _SENTINEL_OLD.replace("        exactly_one = False", "        query.reset()\n        exactly_one = False")
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": _SENTINEL_NEW})
    assert ("signature_changed", "demo.reverse") not in found


def test_geopy_2_0_reverse_defaults_to_exactly_one() -> None:
    found = changes("geopy", "1.23.0", "2.0.0")
    for geocoder in ("GeoNames", "GoogleV3", "IGNFrance", "OpenCage", "Yandex"):
        detail = found[("signature_changed", f"geopy.{geocoder}.reverse")].detail
        assert "'exactly_one' defaults to True where it defaulted to DEFAULT_SENTINEL" in detail


# -- `filterwarnings(..., category=DeprecationWarning, action="ignore")`, imported bare, was read as a warning helper
# handed a deprecation: the class silencing a dependency's warning counted as deprecated already, so its real
# deprecation went unclaimed (logbook 1.9's `GrowlHandler`); a def newly silencing one was claimed deprecated --

_FILTER_OLD = '''class GrowlHandler:
    def __init__(self, app=None):
        from warnings import filterwarnings

        filterwarnings(module="Growl", category=DeprecationWarning, action="ignore")
        self.app = app


def quiet():
    return 1
'''
_FILTER_NEW = '''from warnings import filterwarnings

from typing_extensions import deprecated


@deprecated("GrowlHandler is deprecated")
class GrowlHandler:
    def __init__(self, app=None):
        filterwarnings(module="Growl", category=DeprecationWarning, action="ignore")
        self.app = app


def quiet():
    filterwarnings("ignore", category=DeprecationWarning)
    return 1
'''


def test_silencing_a_deprecation_warning_is_no_deprecation(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FILTER_OLD}, {"demo/__init__.py": _FILTER_NEW})
    assert found[("deprecated", "demo.GrowlHandler")].detail == "GrowlHandler is deprecated"
    assert ("deprecated", "demo.quiet") not in found


# -- a module `__getattr__` refusing every name but one (`if name != "__version__": raise AttributeError`) serves
# that name: the deprecation it warns is the name's (logbook 1.9's `__version__`) --

_GUARD_OLD = 'VERSION = "1.0"\n\n\ndef run():\n    return 1\n'
_GUARD_NEW = '''def run():
    return 1


def __getattr__(name):
    if name != "VERSION":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import warnings

    warnings.warn("demo.VERSION is deprecated. Use importlib.metadata instead.", DeprecationWarning, stacklevel=2)
    return "1.0"
'''


def test_a_getattr_refusing_all_but_one_name_serves_it(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _GUARD_OLD}, {"demo/__init__.py": _GUARD_NEW})
    assert found[("deprecated", "demo.VERSION")].detail.startswith("demo.VERSION is deprecated")
    other = _GUARD_NEW.replace('!= "VERSION"', '!= "OTHER"')  # it serves another name only: this one is gone
    assert ("removed", "demo.VERSION") in diffed(
        tmp_path / "b", {"demo/__init__.py": _GUARD_OLD}, {"demo/__init__.py": other}
    )


def test_logbook_1_9_deprecations() -> None:
    found = changes("logbook", "1.8.2", "1.9.0")
    assert found[("deprecated", "logbook.notifiers.GrowlHandler")].detail == "GrowlHandler is deprecated"
    assert found[("deprecated", "logbook.__version__")].detail.startswith("logbook.__version__ is deprecated")


# -- a class that became a frozen record refuses assignments on its instances: each attribute its instances took
# is now read-only (django-simple-history 3.6's `ModelChange`, `ModelDelta`) --

_FROZEN_OLD = '''class Change:
    def __init__(self, field_name, old_value):
        self.field = field_name
        self.old = old_value


class Record:
    def __init__(self, name):
        self.name = name


class Plain:
    def __init__(self, a):
        self.a = a


class Locked:
    def __init__(self, a):
        object.__setattr__(self, "a", a)

    def __setattr__(self, name, value):
        raise AttributeError(name)
'''
_FROZEN_NEW = '''from dataclasses import dataclass

import attr


@dataclass(frozen=True)
class Change:
    field: str
    old: object


@attr.frozen
class Record:
    name: str


@dataclass
class Plain:
    a: int


@dataclass(frozen=True)
class Locked:
    a: int
'''


def test_attributes_of_a_class_made_a_frozen_record_are_read_only(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FROZEN_OLD}, {"demo/__init__.py": _FROZEN_NEW})
    for path in ("demo.Change.field", "demo.Change.old", "demo.Record.name"):
        assert found[("signature_changed", path)].breakages == ("attribute_made_read_only",)
    assert ("signature_changed", "demo.Plain.a") not in found  # a plain dataclass takes assignments
    assert ("signature_changed", "demo.Locked.a") not in found  # its `__setattr__` may have refused them already
    again = diffed(tmp_path / "again", {"demo/__init__.py": _FROZEN_NEW}, {"demo/__init__.py": _FROZEN_NEW + "\n"})
    assert not [key for key in again if key[1].startswith("demo.")]  # frozen on both sides: nothing changed


def test_django_simple_history_3_6_froze_model_change_and_model_delta() -> None:
    found = changes("django-simple-history", "3.5.0", "3.6.0")
    for path in ("ModelChange.field", "ModelChange.old", "ModelDelta.changes", "ModelDelta.changed_fields"):
        change = found[("signature_changed", f"simple_history.models.{path}")]
        assert change.breakages == ("attribute_made_read_only",)
        assert "now frozen" in change.detail
