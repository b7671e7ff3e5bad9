"""`release-watch poll`: run polling rounds from the command line and show what they found."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import typer

from bot.cli.db import upgrade_or_exit
from bot.cli.errors import checked_settings

if TYPE_CHECKING:
    from rich.table import Table

    from bot.config import Settings
    from bot.jobs.poll_plan import PackageResult, PollReport

log = logging.getLogger(__name__)
MAX_LISTED = 3


def _versions(versions: tuple[str, ...]) -> str:
    if len(versions) > MAX_LISTED:
        return f"{len(versions)} (highest {versions[-1]})"
    return ", ".join(versions)


def _new_cell(result: PackageResult) -> str:
    if result.baseline:
        return f"{len(result.new_versions)} recorded"
    return _versions(result.new_versions)


def _status(result: PackageResult) -> str:
    if result.error:
        return f"[red]error: {result.error}[/red]"
    if result.unchanged:
        return "unchanged"
    return "baseline" if result.baseline else "updated"


def report_table(report: PollReport) -> Table:
    """The rich table `poll --once` prints: one row per watched package; names and versions are never split."""
    from rich.table import Table

    table = Table(
        title=f"Poll round {report.run_id}: {report.outcome.value}, {report.requests} requests, "
        f"{(report.finished_at - report.started_at).total_seconds():.1f}s"
    )
    table.add_column("Package", no_wrap=True)
    table.add_column("Latest", no_wrap=True)
    for column in ("New releases", "Pre-releases", "Yanked", "Queued", "Status"):
        table.add_column(column, overflow="fold")
    for r in report.results:
        yanked = _versions(r.yanked) + (f" (un-yanked: {', '.join(r.unyanked)})" if r.unyanked else "")
        table.add_row(
            r.name,
            r.latest_version or "-",
            _new_cell(r),
            _versions(r.prereleases),
            yanked,
            _versions(r.queued),
            _status(r),
        )
    return table


async def _poll_once(settings: Settings) -> PollReport:
    from bot.bootstrap import open_runtime
    from bot.jobs.poller import poll_round

    async with open_runtime(settings) as runtime:
        return await poll_round(runtime)


async def _poll_forever(settings: Settings) -> None:
    from bot.bootstrap import open_runtime
    from bot.jobs.scheduler import run_cycle

    async with open_runtime(settings) as runtime:
        while True:
            await run_cycle(runtime)
            await asyncio.sleep(settings.poll_interval_seconds)


def poll_command(
    once: bool = typer.Option(False, "--once", help="Run one round, print what it found and exit."),
) -> None:
    """Poll PyPI for new releases of the watchlist (every poll interval, or once; `analyse` diffs what it queued)."""
    from rich.console import Console

    from bot.logsetup import configure_logging
    from bot.releases import PollOutcome

    settings = checked_settings()
    configure_logging(settings.log_level)
    upgrade_or_exit(settings.resolved_database_url)
    if not once:
        asyncio.run(_poll_forever(settings))
        return
    report = asyncio.run(_poll_once(settings))
    Console().print(report_table(report))
    if report.outcome is not PollOutcome.OK:
        raise typer.Exit(2)
