"""`release-watch diff PACKAGE OLD NEW`: what NEW breaks or deprecates. Exit 0 nothing breaking, 1 breaking, 2 error."""

from __future__ import annotations

import asyncio
import json
import logging
from enum import StrEnum

import typer

from bot.apidiff.service import compare_releases
from bot.apidiff.worker import shutdown_pool
from bot.changes import ChangeKind, ReleaseDiff
from bot.config import Settings, get_settings
from bot.errors import ReleaseWatchError
from bot.pypi import PyPIClient

log = logging.getLogger(__name__)

BREAKING = frozenset({ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED, ChangeKind.ENV_VAR_REMOVED})
_HEADINGS = {
    ChangeKind.REMOVED: "Removed",
    ChangeKind.SIGNATURE_CHANGED: "Signature changed",
    ChangeKind.ENV_VAR_REMOVED: "Environment variables no longer read",
    ChangeKind.DEPRECATED: "Newly deprecated",
}


class DiffFormat(StrEnum):
    """How the diff is printed."""

    TEXT = "text"
    JSON = "json"


def diff_json(diff: ReleaseDiff) -> dict[str, object]:
    """The ARCHITECTURE.md contract: package, old, new and the changes with their documented fields."""
    return diff.model_dump(mode="json")


def render_text(diff: ReleaseDiff) -> str:
    """Changes grouped by kind, each symbol with its detail, and the hint under it."""
    lines = [f"{diff.package} {diff.old} -> {diff.new}: {len(diff.changes)} change(s)"]
    for kind, heading in _HEADINGS.items():
        changes = [change for change in diff.changes if change.kind is kind]
        if not changes:
            continue
        lines += ["", f"{heading} ({len(changes)}):"]
        for change in changes:
            since = f" (deprecated since {change.deprecated_since})" if change.deprecated_since else ""
            lines.append(f"  {change.symbol} [{change.object.value}]{since}")
            if change.detail and kind is not ChangeKind.REMOVED:
                lines.append(f"      {change.detail}")
            if change.hint:
                lines.append(f"      hint: {change.hint}")
    if diff.notes:
        lines += ["", f"Not claimed ({len(diff.notes)}):", *(f"  {note}" for note in diff.notes)]
    return "\n".join(lines)


async def _diff(settings: Settings, package: str, old: str, new: str) -> ReleaseDiff:
    try:
        async with PyPIClient(settings) as client:
            return await compare_releases(client, package, new, old)
    finally:
        await asyncio.to_thread(shutdown_pool)


def diff_command(
    package: str = typer.Argument(..., help="PyPI project name."),
    old: str = typer.Argument(..., help="The release you are on."),
    new: str = typer.Argument(..., help="The release to compare with."),
    output: DiffFormat = typer.Option(DiffFormat.TEXT, "--format", help="text or json."),
) -> None:
    """Statically diff two releases' public APIs (nothing is imported or executed)."""
    try:
        diff = asyncio.run(_diff(get_settings(), package, old, new))
    except ReleaseWatchError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    if output is DiffFormat.JSON:
        typer.echo(json.dumps(diff_json(diff), indent=2))
    else:
        typer.echo(render_text(diff))
    raise typer.Exit(1 if any(change.kind in BREAKING for change in diff.changes) else 0)
