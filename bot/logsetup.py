"""Logging configuration: one line per record, structured `extra` fields appended as key=value."""

from __future__ import annotations

import logging
import sys

_STANDARD_ATTRS = frozenset(vars(logging.makeLogRecord({})).keys()) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class KeyValueFormatter(logging.Formatter):
    """Formats `extra={...}` fields after the message so logs stay greppable."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = {k: v for k, v in vars(record).items() if k not in _STANDARD_ATTRS and not k.startswith("_")}
        if not extras:
            return line
        return line + " " + " ".join(f"{key}={value!r}" for key, value in sorted(extras.items()))


def configure_logging(level: str = "INFO") -> None:
    """Send the bot's logs to stderr at `level`; quiet chatty libraries."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore", "apscheduler.executors.default", "alembic.runtime.plugins"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
