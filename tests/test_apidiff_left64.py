"""Leftover false claims, sixty-fourth stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.cli import fastdiff
from bot.cli.db import migration_heads
from bot.storage.diff_lookup import stored_release_diff_sqlite
from bot.storage.surfaces import save_diff
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a None default a method hands, every run, to a sibling method that uses it as None cannot be used (dateparser
# 1.4's `get_date_data(date_string, settings=None)` opened with `self.parse(date_string, settings)`, whose
# `settings.TIMEZONE` raised at None): leaving it out never worked, so 1.5's required `settings` took nothing away --

_HANDED_OLD = '''class Parser:
    def _parse_time(self, text, settings):
        return text.strip()

    def parse(self, text, settings):
        text = text.strip()
        found = self._parse_time(text, settings)
        zone = settings.TIMEZONE.lower()
        return found, zone

    def lenient(self, text, settings):
        if settings is None:
            return text
        return settings.TIMEZONE

    def _decorated(self, text, settings):
        return settings.TIMEZONE

    def get_date_data(self, text, settings=None):
        return self.parse(text, settings)

    def by_keyword(self, text, settings=None):
        import re

        return self.parse(text=re.escape(text), settings=settings)

    def tolerant(self, text, settings=None):
        return self.lenient(text, settings)

    def tested_first(self, text, settings=None):
        if settings is None:
            settings = object()
        return self.parse(text, settings)

    def handed_to_time(self, text, settings=None):
        return self._parse_time(text, settings)
'''
_HANDED_NEW = _HANDED_OLD
for _name in ("get_date_data", "by_keyword", "tolerant", "tested_first", "handed_to_time"):
    _HANDED_NEW = _HANDED_NEW.replace(f"def {_name}(self, text, settings=None)", f"def {_name}(self, text, settings)")


def test_a_none_default_handed_to_a_sibling_method_using_it_was_never_a_working_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED_OLD}, {"demo/__init__.py": _HANDED_NEW})
    assert ("signature_changed", "demo.Parser.get_date_data") not in found
    assert ("signature_changed", "demo.Parser.by_keyword") not in found
    # true: the callee tests None, the caller replaces it first, or the callee never uses it
    for name in ("tolerant", "tested_first", "handed_to_time"):
        assert "'settings' lost its default" in found[("signature_changed", f"demo.Parser.{name}")].detail


def test_a_none_default_handed_to_a_decorated_sibling_may_be_filled_in(tmp_path: Path) -> None:
    decorated = "def apply(f):\n    return f\n\n\n" + _HANDED_OLD.replace(
        "    def parse(self, text, settings):", "    @apply\n    def parse(self, text, settings):"
    )
    new = "def apply(f):\n    return f\n\n\n" + _HANDED_NEW.replace(
        "    def parse(self, text, settings):", "    @apply\n    def parse(self, text, settings):"
    )
    found = diffed(tmp_path, {"demo/__init__.py": decorated}, {"demo/__init__.py": new})
    assert "'settings' lost its default" in found[("signature_changed", "demo.Parser.get_date_data")].detail


def test_dateparser_1_5_get_date_data_settings_had_no_working_default() -> None:
    found = changes("dateparser", "1.4.3", "1.5.0")
    assert ("signature_changed", "dateparser.freshness_date_parser.FreshnessDateDataParser.get_date_data") not in found


# -- the stored-diff fast path reads a diff its write-ahead log still holds: closing SQLAlchemy's connections
# checkpoints the log only once no statement of theirs is alive (a cursor not yet collected keeps it), and the
# bare file then lacks the row; the reader must not depend on that checkpoint --


_CHANGE = Change(symbol="markupsafe.soft_unicode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION, detail="gone")


@pytest.mark.backend("sqlite")
def test_the_sqlite_lookups_read_a_diff_still_in_the_write_ahead_log(engine: Engine) -> None:
    save_diff(engine, ReleaseDiff(package="markupsafe", old="2.0.1", new="2.1.0", changes=[_CHANGE]))
    database = Path(str(engine.url.database))
    with engine.connect() as held:  # an open connection: nothing checkpoints the log
        held.execute(text("SELECT 1")).all()
        assert database.with_name(database.name + "-wal").stat().st_size > 0
        found = stored_release_diff_sqlite(database, migration_heads(), "markupsafe", "2.0.1", "2.1.0")
        assert found is not None and found.changes == [_CHANGE]
        stored = fastdiff.stored_answer(
            ["diff", "markupsafe", "2.0.1", "2.1.0"], {"DATA_DIR": str(database.parent)}, database.parent
        )
        assert stored is not None and "markupsafe.soft_unicode" in stored[0]


# -- a hook the new release registers with a decorator call naming its event (hyperspy 2.5's `@t.observe("size")
# def update_index_bounds(self, event)`, where 2.4's `__init__` called `self.on_trait_change(
# self.update_index_bounds, "size")`): the framework still calls it, looked up on the instance, overrides too --

_REGISTERED_OLD = '''class Axis:
    def __init__(self):
        self.on_trait_change(self.update_index_bounds, "size")
        self.refresh()

    def convert(self):
        self.__init__()

    def update_index_bounds(self):
        pass

    def refresh(self):
        pass
'''
_REGISTERED_NEW = """def observe(name):
    return lambda f: f


class Axis:
    def __init__(self):
        pass

    def convert(self):
        self.__init__()

    @observe("size")
    def update_index_bounds(self, event):
        pass

    def refresh(self):
        pass
"""


def test_a_hook_registered_by_a_decorator_call_naming_its_event_is_still_called(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _REGISTERED_OLD}, {"demo/__init__.py": _REGISTERED_NEW})
    assert not any(
        symbol == "demo.Axis.update_index_bounds" and "no longer calls it" in change.detail
        for (_, symbol), change in found.items()
    )
    # true: nothing calls `refresh` any more
    assert "'convert' no longer calls it" in found[("signature_changed", "demo.Axis.refresh")].detail


def test_hyperspy_2_5_update_index_bounds_is_still_called_by_traits() -> None:
    found = changes("hyperspy", "2.4.0", "2.5.0")
    for cls in ("UniformDataAxis", "FunctionalDataAxis", "BaseDataAxis"):
        assert ("signature_changed", f"hyperspy.axes.{cls}.update_index_bounds") not in found
    # true: the deprecated plot method now plots the scree data without it
    assert ("signature_changed", "hyperspy.signal.BaseSignal.get_explained_variance_ratio") in found
