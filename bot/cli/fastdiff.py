"""A second `release-watch diff` of the same releases, answered from the stored diff before typer, pydantic or
SQLAlchemy load: their imports were most of that run (~0.3 s of CPU for a lookup of a few milliseconds).

Taken only when nothing can make the usual path answer otherwise: plain arguments (`[-q] diff PACKAGE OLD NEW
[--format text|json] [--private]`), versions that are no local path, the default SQLite file at the scripts' head
revision, no `.env` file, and no setting in the environment whose value would need validating. Any doubt returns
None and the usual path runs (and reports whatever is wrong)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.apidiff.schema import SCHEMA_VERSION
from bot.cli.diff_text import is_breaking, render_text
from bot.migration_scripts import migration_heads
from bot.symbol_names import is_private_change

FREE_FORM_SETTINGS = frozenset(
    {
        "data_dir",
        "cache_dir",
        "log_level",
        "pypi_url",
        "github_api_url",
        "github_app_slug",
        "github_private_key",
        "github_private_key_path",
        "github_webhook_secret",
        "host",
        "watchlist",
    }
)
"""Settings whose every value the usual path accepts (or checks below, as it does): set in the environment, they
keep the fast path. Any other setting there (a number to validate, DATABASE_URL) sends the run the usual way."""
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
CHANGE_FIELDS = frozenset(
    {
        "symbol",
        "kind",
        "object",
        "detail",
        "deprecated_since",
        "deprecated_parameter",
        "old_location",
        "new_location",
        "hint",
        "signature",
        "aliases",
        "breakage",
        "breakages",
        "witness",
    }
)
"""`bot.changes.Change`'s fields: a stored change with other keys was written by another version (the usual path
then validates it)."""
_ALL_SETTINGS = FREE_FORM_SETTINGS | {
    "database_url",
    "github_app_id",
    "poll_interval_seconds",
    "pypi_concurrency",
    "http_timeout_seconds",
    "http_retries",
    "repo_max_files",
    "repo_max_bytes",
    "repo_parse_cpu_seconds",
    "repo_parse_memory_mb",
    "repo_parse_wall_seconds",
    "analysis_workers",
    "port",
    "queue_concurrency",
    "queue_heartbeat_seconds",
    "queue_grace_seconds",
}
"""Every field of `bot.config.Settings` (a test keeps them equal)."""


_VERSION = re.compile(r"^[0-9][0-9A-Za-z.!+_-]*$")
_NAME_SEPARATORS = re.compile(r"[-_.]+")


class _Value(str):
    """A stored enum value, read as the models' `.value`."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


class _Change:
    __slots__ = ("symbol", "kind", "object", "detail", "hint", "deprecated_since", "deprecated_parameter", "breakages")

    def __init__(self, data: dict[str, Any]) -> None:
        self.symbol: str = data["symbol"]
        self.kind = _Value(data["kind"])
        self.object = _Value(data["object"])
        self.detail: str = data["detail"]
        self.hint: str | None = data["hint"]
        self.deprecated_since: str | None = data["deprecated_since"]
        self.deprecated_parameter: str = data["deprecated_parameter"]
        self.breakages: Sequence[str] = data["breakages"]


class _Diff:
    __slots__ = ("package", "old", "new", "changes", "notes")

    def __init__(self, package: str, old: str, new: str, changes: Sequence[_Change], notes: Sequence[str]) -> None:
        self.package, self.old, self.new, self.changes, self.notes = package, old, new, changes, notes


def _arguments(argv: Sequence[str]) -> tuple[str, str, str, bool, bool] | None:
    """(package, old, new, as JSON, with private changes) for a plain `diff` command line, else None."""
    args = list(argv)
    while args and args[0] in ("-q", "--quiet"):
        args.pop(0)
    if not args or args.pop(0) != "diff":
        return None
    positional: list[str] = []
    output, private = "text", False
    while args:
        arg = args.pop(0)
        if arg == "--private":
            private = True
        elif arg == "--format" and args:
            output = args.pop(0)
        elif arg.startswith("--format="):
            output = arg.split("=", 1)[1]
        elif arg.startswith("-"):
            return None
        else:
            positional.append(arg)
    if len(positional) != 3 or output not in ("text", "json"):
        return None
    package, old, new = positional
    if not all(_VERSION.match(version) and not Path(version).exists() for version in (old, new)):
        return None  # perhaps a local tree, or not a version: the usual path decides
    return package, old, new, output == "json", private


def _usable_directory(path: Path) -> bool:
    """`checked_settings`' directory check passes: the first existing one of `path` and its parents is a writable
    directory."""
    for candidate in (path, *path.parents):
        if candidate.exists() or candidate.is_symlink():
            return candidate.is_dir() and os.access(candidate, os.W_OK | os.X_OK)
    return True


def _database(environ: Mapping[str, str], cwd: Path) -> Path | None:
    """The default SQLite file, when the settings are defaults or free-form values the usual path would accept."""
    if (cwd / ".env").exists():
        return None
    given = {name.lower(): value for name, value in environ.items()}  # pydantic-settings ignores the case
    if any(name in given for name in _ALL_SETTINGS - FREE_FORM_SETTINGS):
        return None
    if given.get("log_level", "INFO").upper() not in LOG_LEVELS:
        return None
    data_dir = Path(given.get("data_dir", "data"))
    if "cache_dir" in given and not _usable_directory(Path(given["cache_dir"])):
        return None
    if not (data_dir.is_dir() and _usable_directory(data_dir)):
        return None
    return data_dir / "release-watch.db"


def _stored(database: Path, package: str, old: str, new: str) -> tuple[list[dict[str, Any]], list[str]] | None:
    """The stored changes and notes (as `storage.diff_lookup` reads them, without validating into models)."""
    if not database.is_file():
        return None
    heads = migration_heads()
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")} != heads or not heads:
                return None
            row = connection.execute(
                "SELECT schema_version, changes_json, notes_json FROM release_diff "
                "WHERE package = ? AND old_version = ? AND new_version = ?",
                (package, old, new),
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if row is None or row[0] != SCHEMA_VERSION:
        return None
    try:
        changes, notes = json.loads(row[1]), json.loads(row[2] or "[]")
    except ValueError:
        return None
    if not all(isinstance(change, dict) and change.keys() == CHANGE_FIELDS for change in changes):
        return None
    return changes, notes


def stored_answer(argv: Sequence[str], environ: Mapping[str, str], cwd: Path) -> tuple[str, int] | None:
    """(output, exit code) of `release-watch ARGV` when the stored diff answers it under the conditions above."""
    arguments = _arguments(argv)
    database = _database(environ, cwd) if arguments is not None else None
    if arguments is None or database is None:
        return None
    package, old, new, as_json, private = arguments
    name = _NAME_SEPARATORS.sub("-", package).lower()  # PEP 503, as `canonicalize_name`
    stored = _stored(database, name, old, new)
    if stored is None:
        return None
    changes, notes = stored
    shown = [change for change in changes if private or not is_private_change(change["symbol"], change["detail"])]
    views = [_Change(change) for change in shown]
    breaking = any(is_breaking(view) for view in views)
    if as_json:
        text = json.dumps({"package": name, "old": old, "new": new, "changes": shown, "notes": notes}, indent=2)
    else:
        text = render_text(_Diff(name, old, new, views, notes), len(changes) - len(shown))
    return text, 1 if breaking else 0
