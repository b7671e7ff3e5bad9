"""User mistakes become one `error:` line and exit 2; tracebacks are for `--debug` (and for our own bugs).

A mistake is anything the user can fix: arguments, settings, the environment (an unwritable or misplaced data
directory, a database URL that does not parse, a port in use). Settings are checked before any command runs.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from typer.core import TyperGroup

from bot.errors import ConfigError, ReleaseWatchError, database_reason

if TYPE_CHECKING:
    from pydantic import ValidationError
    from typer._click import Context  # typer vendors click: its commands get this Context, not click's

    from bot.config import Settings

MAX_LISTED_ERRORS = 2
SECRET_PREFIXES = ("GITHUB_", "DATABASE_URL")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class UserError(ConfigError):
    """A mistake in arguments, settings or environment; the message says what is wrong and how to fix it."""


def fail(message: str) -> NoReturn:
    """Stop the command with a user error."""
    raise UserError(message)


def _describe(error: BaseException) -> str | None:
    """The one-line message of an error the user can fix, or None for anything else (a bug: keep the traceback)."""
    if isinstance(error, ReleaseWatchError):
        return str(error)
    if isinstance(error, PermissionError):
        return f"{error.strerror}: {error.filename} (make it writable by this user, or set DATA_DIR elsewhere)"
    if isinstance(error, OSError) and error.errno in {errno.ENOSPC, errno.EDQUOT}:
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror}{where} (free some space, or set DATA_DIR and CACHE_DIR on a larger disk)"
    if isinstance(error, OSError) and error.errno in {errno.ENOTDIR, errno.EEXIST, errno.EROFS}:
        return f"{error.strerror}: {error.filename} (set DATA_DIR to a writable directory)"
    return _database_failure(error)


def _database_failure(error: BaseException) -> str | None:
    """A database that cannot do its part (a full disk, a read-only file, a lost server): the environment's fault, not
    ours. SQLAlchemy is only looked for once a command loaded it."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is None or not isinstance(error, sqlalchemy_errors.OperationalError):
        return None
    reason = database_reason(error)
    return f"the database failed: {reason} (check DATABASE_URL, the disk it is on, and that the server is reachable)"


class CliGroup(TyperGroup):
    """The root command group: turns user errors raised anywhere below it into one line and exit 2."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        ctx.meta["asks_for_help"] = any(arg in {"--help", "-h"} for arg in args)  # skip the settings check
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as error:
            message = _describe(error)
            if message is None or (ctx.obj or {}).get("debug"):
                raise
            click.echo(f"error: {message}", err=True)
            ctx.exit(2)


def settings_message(error: ValidationError) -> str:
    """`POLL_INTERVAL_SECONDS='5': Input should be greater than or equal to 30` for each invalid setting (≤ 2)."""
    parts = []
    for item in error.errors()[:MAX_LISTED_ERRORS]:
        name = str(item["loc"][0]).upper() if item["loc"] else "settings"
        shown = "" if name.startswith(SECRET_PREFIXES) else f"={item.get('input')!r}"  # never echo a credential
        parts.append(f"{name}{shown}: {item['msg']}")
    more = len(error.errors()) - MAX_LISTED_ERRORS
    suffix = f" (and {more} more)" if more > 0 else ""
    return "; ".join(parts) + suffix + " — fix it in the environment or .env"


def _check_directory(variable: str, path: Path) -> None:
    """`path` is a directory or can become one: neither it nor a parent is a file."""
    for candidate in (path, *path.parents):
        if candidate.exists() or candidate.is_symlink():
            if not candidate.is_dir():
                where = "is a file" if candidate == path else f"lies below the file {candidate}"
                fail(f"{variable}={path} {where}; point {variable} at a directory")
            if not os.access(candidate, os.W_OK | os.X_OK):
                fail(
                    f"{variable}={path}: {candidate} is not writable by this user; fix its owner or mode, "
                    f"or point {variable} elsewhere"
                )
            return


def _check_database_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        fail(
            "DATABASE_URL does not parse as a database URL; use e.g. sqlite:///data/release-watch.db or "
            "postgresql://user:password@host/db"
        )
    if parsed.get_backend_name() not in {"sqlite", "postgresql", "postgres"}:
        fail(f"DATABASE_URL uses {parsed.get_backend_name()!r}; release-watch supports sqlite and postgresql")


def checked_settings() -> Settings:
    """The settings, validated with the environment they name; any mistake is a UserError."""
    from pydantic import ValidationError

    from bot.config import get_settings

    try:
        settings = get_settings()
    except ValidationError as error:
        fail(settings_message(error))
    _check_directory("DATA_DIR", settings.data_dir)
    if settings.cache_dir is not None:
        _check_directory("CACHE_DIR", settings.cache_dir)
    if settings.database_url is not None:
        _check_database_url(settings.database_url)
    if settings.log_level.upper() not in LOG_LEVELS:
        fail(f"LOG_LEVEL={settings.log_level!r} is not a logging level; use one of {', '.join(LOG_LEVELS)}")
    if not 0 < settings.port < 65536:
        fail(f"PORT={settings.port} is not a TCP port; use 1-65535")
    return settings
