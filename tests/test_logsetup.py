"""Log lines: the message, then structured `extra` fields as sorted key=value pairs."""

from __future__ import annotations

import logging

import pytest

from bot.logsetup import KeyValueFormatter, configure_logging


@pytest.mark.parametrize(
    ("extra", "line"),
    [
        ({}, "INFO bot.jobs.poller: poll round finished"),
        ({"package": "werkzeug", "run_id": 3}, "INFO bot.jobs.poller: poll round finished package='werkzeug' run_id=3"),
        ({"color_message": "\x1b[1m"}, "INFO bot.jobs.poller: poll round finished"),
    ],
)
def test_extra_fields_follow_the_message(extra: dict[str, object], line: str) -> None:
    record = logging.makeLogRecord(
        {"name": "bot.jobs.poller", "levelname": "INFO", "levelno": logging.INFO, "msg": "poll round finished", **extra}
    )
    assert KeyValueFormatter("%(levelname)s %(name)s: %(message)s").format(record) == line


def test_configure_logging_sets_the_level_and_quiets_httpx() -> None:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure_logging("debug")
        assert root.level == logging.DEBUG
        assert len(root.handlers) == 1 and isinstance(root.handlers[0].formatter, KeyValueFormatter)
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
