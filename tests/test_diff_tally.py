"""DiffTally: the status counters over every stored diff, re-read when diffs change, one tally per database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.storage.db import make_engine
from bot.storage.surfaces import save_diff
from bot.web.diff_tally import DiffTally


def _diff(package: str, new: str, *kinds: ChangeKind) -> ReleaseDiff:
    changes = [Change(symbol=f"{package}.f{i}", kind=kind, object=ObjectKind.FUNCTION) for i, kind in enumerate(kinds)]
    return ReleaseDiff(package=package, old="1.0", new=new, changes=changes)


def test_recounts_when_a_diff_is_added(engine: Engine) -> None:
    tally = DiffTally()
    save_diff(engine, _diff("werkzeug", "3.0", ChangeKind.REMOVED, ChangeKind.DEPRECATED))
    with engine.connect() as connection:
        first = tally.read(connection)
    assert first.by_kind == {"deprecated": 1, "removed": 1}
    assert first.breaking == [("werkzeug", "1.0", "3.0", 1)]
    save_diff(engine, _diff("flask", "3.0", ChangeKind.DEPRECATED))
    with engine.connect() as connection:
        second = tally.read(connection)
        assert tally.read(connection) is second  # nothing changed: no second pass
    assert second.by_kind == {"deprecated": 2, "removed": 1}
    assert second.breaking == first.breaking


def test_a_release_removing_only_private_names_is_not_breaking(engine: Engine) -> None:
    private = Change(symbol="werkzeug._internal._log", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION)
    save_diff(engine, ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[private]))
    with engine.connect() as connection:
        tallied = DiffTally().read(connection)
    assert (tallied.by_kind, tallied.breaking) == ({}, [])


def test_two_databases_never_share_a_tally(engine: Engine, sqlite_template: Path, tmp_path: Path) -> None:
    shutil.copyfile(sqlite_template, tmp_path / "other.db")
    other = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        save_diff(engine, _diff("werkzeug", "3.0", ChangeKind.REMOVED))
        save_diff(other, _diff("werkzeug", "3.0", ChangeKind.DEPRECATED))  # same count and id in both databases
        mine, theirs = DiffTally(), DiffTally()
        with engine.connect() as a, other.connect() as b:
            assert mine.read(a).by_kind == {"removed": 1}
            assert theirs.read(b).by_kind == {"deprecated": 1}
    finally:
        other.dispose()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'db' / 'release-watch.db'}"
