"""`release-watch analyse`: diff the releases `poll --once` queued, as `serve` does after each polling round."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import typer

from bot.cli.db import upgrade_or_exit
from bot.cli.errors import checked_settings
from bot.cli.progress import progress

if TYPE_CHECKING:
    from bot.config import Settings


async def _analyse(settings: Settings) -> list[tuple[str, str, str, str | None]]:
    """Run the queue; (package, version, state, error) of each release that was queued."""
    from sqlmodel import Session

    from bot.bootstrap import open_runtime
    from bot.jobs.analysis_queue import analyse_pending_releases, queued_releases
    from bot.storage.models.pypi import Release

    async with open_runtime(settings) as runtime:
        ids = [release_id for release_id, *_ in await asyncio.to_thread(queued_releases, runtime.engine)]
        await analyse_pending_releases(runtime)
        with Session(runtime.engine) as session:
            rows = [session.get(Release, release_id) for release_id in ids]
    return [(r.package, r.version, r.analysis_state.value, r.analysis_error) for r in rows if r is not None]


def analyse_command(ctx: typer.Context) -> None:
    """Diff every release the last polls queued and store the diffs (`serve` then opens the issues)."""
    from bot.logsetup import configure_logging

    settings = checked_settings()
    configure_logging(settings.log_level)  # each step is logged on stderr, as under `serve`
    upgrade_or_exit(settings.resolved_database_url)
    with progress(ctx, "analysing queued releases"):
        results = asyncio.run(_analyse(settings))
    if not results:
        typer.echo("nothing queued: run `release-watch poll --once` first")
    for package, version, state, error in results:
        typer.echo(f"{package} {version}: {state}" + (f" ({error})" if error else ""))
    raise typer.Exit(2 if any(state == "failed" for _, _, state, _ in results) else 0)
