"""`release-watch diff PACKAGE OLD NEW`: what NEW breaks or deprecates. Exit 0 nothing breaking, 1 breaking, 2 error.

Surfaces and diffs are kept in the configured database (the tables `serve` uses), so a second run is a lookup.
"""

from __future__ import annotations

import asyncio
import json
from enum import StrEnum
from typing import TYPE_CHECKING

import typer

from bot.cli.diff_text import BREAKING_KINDS as BREAKING_KINDS
from bot.cli.diff_text import is_breaking, render_text
from bot.cli.errors import checked_settings, fail
from bot.cli.progress import progress

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.changes import ReleaseDiff
    from bot.config import Settings


class DiffFormat(StrEnum):
    """How the diff is printed."""

    TEXT = "text"
    JSON = "json"


def diff_json(diff: ReleaseDiff) -> dict[str, object]:
    """The ARCHITECTURE.md contract: package, old, new and the changes with their documented fields (the new
    release's requirements, kept for the judge, are no change; the fast path's stored answer shows none either)."""
    return diff.model_dump(mode="json", exclude={"requires"})


def check_versions(old: str, new: str) -> None:
    """Both are PEP 440 versions and OLD is older than NEW; otherwise a user error saying which."""
    from packaging.version import InvalidVersion, Version

    parsed = []
    for name, text in (("OLD", old), ("NEW", new)):
        try:
            parsed.append(Version(text))
        except InvalidVersion:
            fail(f"{name} {text!r} is not a version; give released versions, e.g. `diff werkzeug 2.3.8 3.0.0`")
    if parsed[0] >= parsed[1]:
        fail(
            f"OLD ({old}) must be older than NEW ({new}); swap them: `diff PACKAGE {new} {old}`"
            if parsed[0] > parsed[1]
            else f"OLD and NEW are the same release ({old}); nothing to compare"
        )


async def _diff(settings: Settings, engine: Engine, package: str, old: str, new: str) -> ReleaseDiff:
    """The stored diff (no PyPI request, no engine import), else computed and stored for the next run; local
    code on either side is parsed each time."""
    from bot.cli.local import compare_any, is_local
    from bot.storage.diff_lookup import stored_release_diff

    if is_local(old) or is_local(new):
        from bot.adapters.pypi import PyPIClient
        from bot.jobs.analysis import Analyser

        async with PyPIClient(settings) as client:
            return await compare_any(Analyser(client, engine, storing_optional=True), package, old, new)

    stored = stored_release_diff(engine, package, old, new)
    if stored is not None:
        return stored
    from bot.adapters.pypi import PyPIClient
    from bot.jobs.analysis import Analyser

    async with PyPIClient(settings) as client:
        return await Analyser(client, engine, storing_optional=True).compare(package, new, old)


def _stored_without_sqlalchemy(settings: Settings, package: str, old: str, new: str) -> ReleaseDiff | None:
    """The diff an earlier run stored in the default SQLite file, read with sqlite3 alone (importing SQLAlchemy
    and migrating would cost more than the lookup)."""
    database = settings.default_database
    if database is None:
        return None
    from bot.cli.db import migration_heads
    from bot.storage.diff_lookup import stored_release_diff_sqlite

    return stored_release_diff_sqlite(database, migration_heads(), package, old, new)


def diff_command(
    ctx: typer.Context,
    package: str = typer.Argument(..., metavar="PACKAGE", help="PyPI project name."),
    old: str = typer.Argument(..., metavar="OLD", help="The release you are on (or a directory, wheel or sdist)."),
    new: str = typer.Argument(
        ...,
        metavar="NEW",
        help="The release to compare with, newer than OLD (or a directory, "
        "wheel or sdist: e.g. `.` for the code about to be released).",
    ),
    output: DiffFormat = typer.Option(DiffFormat.TEXT, "--format", metavar="text|json", help="Output format."),
    private: bool = typer.Option(
        False,
        "--private",
        help="Also list removals of private (underscored) names: no public API, but code that imports them breaks.",
    ),
) -> None:
    """Statically diff two releases' public APIs (nothing is imported or executed)."""
    from bot.cli.local import is_local

    local = is_local(old) or is_local(new)
    if not local:
        check_versions(old, new)
    settings = checked_settings()
    diff = None if local else _stored_without_sqlalchemy(settings, package, old, new)
    if diff is None:
        from bot.cli.db import migrated_engine

        engine = migrated_engine(settings)
        try:
            with progress(ctx, f"diffing {package} {old} -> {new}"):
                diff = asyncio.run(_diff(settings, engine, package, old, new))
        finally:
            engine.dispose()
    shown = diff if private else diff.public()
    if output is DiffFormat.JSON:
        typer.echo(json.dumps(diff_json(shown), indent=2))
    else:
        typer.echo(render_text(shown, len(diff.changes) - len(shown.changes)))
    raise typer.Exit(1 if any(is_breaking(change) for change in shown.changes) else 0)
