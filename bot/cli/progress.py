"""Progress on stderr while the CLI works: only when stderr is a terminal and `--quiet` is off.

The analysis code already logs each step (download, extraction, scan); a logging handler turns those records
into the text of one rich status line, so the core needs no progress callbacks.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer
    from rich.status import Status

STEP_FIELDS = ("package", "version", "file", "size", "files", "parsed")


def _value(name: str, value: object) -> str:
    if name == "size" and isinstance(value, int):
        return f"{value / 1_000_000:.1f} MB" if value >= 100_000 else f"{value / 1000:.0f} kB"
    return str(value)


def describe(record: logging.LogRecord) -> str:
    """`surface extracted werkzeug 3.0.0`, `downloading Werkzeug-3.0.0-py3-none-any.whl 0.2 MB` from a log record."""
    fields = [_value(name, getattr(record, name)) for name in STEP_FIELDS if hasattr(record, name)]
    return " ".join([record.getMessage(), *fields])


class _StatusHandler(logging.Handler):
    def __init__(self, status: Status, title: str) -> None:
        super().__init__(logging.INFO)
        self.status, self.title = status, title

    def emit(self, record: logging.LogRecord) -> None:
        self.status.update(f"{self.title}: {describe(record)}")


def enabled(ctx: typer.Context) -> bool:
    """Progress is shown on an interactive stderr unless `--quiet` was given."""
    root = ctx.find_root()
    return sys.stderr.isatty() and not (root.obj or {}).get("quiet")


@contextmanager
def progress(ctx: typer.Context, title: str) -> Iterator[None]:
    """Show `title` and the latest analysis step on stderr while the block runs (nothing when piped)."""
    if not enabled(ctx):
        yield
        return
    from rich.console import Console

    logger = logging.getLogger("bot")
    with Console(stderr=True).status(title) as status:
        handler = _StatusHandler(status, title)
        previous = logger.level
        logger.addHandler(handler)
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(previous)
