"""The long-lived objects one process shares: built once by the app factory or the CLI, passed to jobs and handlers."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.jobs.sandbox import Budget, Sandbox

if TYPE_CHECKING:
    from bot.adapters.github import GitHubApp
    from bot.changes import ReleaseDiff
    from bot.handlers.coalesce import Coalescer
    from bot.jobs.analysis import Analyser
    from bot.jobs.compat import CompatMemory
    from bot.jobs.runner import Runner


RESCAN_INTERVAL = 5.0
"""Seconds between rescans of one repository while pushes keep coming."""


@dataclass
class Runtime:
    """Settings, database engine, PyPI client and (unless dry-run) the GitHub App client."""

    settings: Settings
    engine: Engine
    pypi: PyPIClient
    github: GitHubApp | None = None
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    """One sender at a time in this process."""
    isolate_analysis: bool = False
    """Compare releases in a worker process (`serve`: the event loop must never hold a release's surfaces)."""
    use_queue: bool = False
    """Run jobs on PostgreSQL's task queue when the database is PostgreSQL (`serve`); otherwise in this process."""

    @cached_property
    def runner(self) -> Runner:
        """Where units of work run: the fleet's queue (`bot.jobs.queue_pg`), or inline in this process."""
        if self.use_queue and self.engine.dialect.name == "postgresql":
            from bot.jobs.queue_pg import QueueRunner

            return QueueRunner(self)
        from bot.jobs.runner import InProcessRunner

        return InProcessRunner(self, self.settings.queue_grace_seconds)

    @cached_property
    def sandbox(self) -> Sandbox:
        """The worker pool that parses repository content under the configured per-repository budget."""
        settings = self.settings
        budget = Budget(
            cpu_seconds=settings.repo_parse_cpu_seconds,
            memory_bytes=settings.repo_parse_memory_mb * 1024 * 1024,
            wall_seconds=settings.repo_parse_wall_seconds,
        )
        return Sandbox(budget, workers=settings.analysis_workers, registry=self.worker_registry)

    @property
    def worker_registry(self) -> Path:
        """Where this host's sandbox workers register, so a start reaps those a killed process left behind."""
        return self.settings.data_dir / "run" / "workers"

    @cached_property
    def rescans(self) -> Coalescer:
        """A burst of pushes to one repository: one rescan now, one shared follow-up."""
        from bot.handlers.coalesce import Coalescer

        return Coalescer(RESCAN_INTERVAL)

    @cached_property
    def compat(self) -> CompatMemory:
        """The current round's PyPI listings and when dependents' signals were last gathered."""
        from bot.jobs.compat import CompatMemory

        return CompatMemory(self.pypi)

    @cached_property
    def extraction(self) -> Sandbox:
        """The worker pool that parses downloaded releases (a budget of its own: releases are larger)."""
        from bot.jobs.analysis_worker import extraction_sandbox

        return extraction_sandbox(registry=self.worker_registry)

    @cached_property
    def analyser(self) -> Analyser:
        """Release surfaces and diffs, remembered for the life of this process."""
        from bot.jobs.analysis import Analyser
        from bot.jobs.analysis_worker import Extractor

        return Analyser(self.pypi, self.engine, Extractor(self.extraction))

    async def compare(self, package: str, version: str) -> ReleaseDiff:
        """What `version` changes from the release before it: in an extraction worker when `isolate_analysis`."""
        if not self.isolate_analysis:
            return await self.analyser.compare(package, version)
        from bot.jobs.compare_worker import compare_in_worker

        return await compare_in_worker(self.extraction, self.settings, package, version)

    def close_sandbox(self) -> None:
        """Stop the workers of both pools if any were started."""
        for name in ("sandbox", "extraction"):
            if name in self.__dict__:
                self.__dict__[name].close()

    @property
    def dry_run(self) -> bool:
        """True when actions are stored instead of sent to GitHub."""
        return self.github is None
