"""A repository's actions are stored in one transaction on PostgreSQL (`unit_of_work`): an insert another process won
(the same key stored first) is rolled back alone, and the rest of the unit is kept; on SQLite each step commits."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.storage.actions import _insert
from bot.storage.db import session_scope, unit_of_work
from bot.storage.models.actions import Action, ActionKind


def _action(key: str) -> Action:
    return Action(key=key, kind=ActionKind.FINDING, repo="octo-org/app", installation_id=1, package="werkzeug")


def _keys(engine: Engine) -> list[str]:
    with session_scope(engine) as session:
        return list(session.exec(select(Action.key).order_by(col(Action.key))))


def test_an_insert_another_process_won_is_rolled_back_alone(engine: Engine) -> None:
    assert _insert(engine, _action("octo-org/app:werkzeug==3.0.0"), None) == 1  # another replica, first
    with unit_of_work(engine) as db:
        assert _insert(db, _action("octo-org/app:werkzeug==3.0.0"), None) == 0
        assert _insert(db, _action("octo-org/app:werkzeug==3.0.1"), None) == 1
    assert _keys(engine) == ["octo-org/app:werkzeug==3.0.0", "octo-org/app:werkzeug==3.0.1"]


def test_a_unit_that_fails_stores_nothing_on_postgresql(engine: Engine) -> None:
    with pytest.raises(RuntimeError), unit_of_work(engine) as db:
        _insert(db, _action("octo-org/app:werkzeug==3.0.0"), None)
        raise RuntimeError("the evaluation failed half-way")
    # PostgreSQL: one transaction, rolled back (the job is retried whole); SQLite: the step before had committed
    assert _keys(engine) == ([] if engine.dialect.name == "postgresql" else ["octo-org/app:werkzeug==3.0.0"])
