"""The long-lived objects one process shares: built once by the app factory or the CLI, passed to jobs and handlers."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.jobs.sandbox import Budget, Sandbox

if TYPE_CHECKING:
    from bot.adapters.github import GitHubApp


@dataclass
class Runtime:
    """Settings, database engine, PyPI client and (unless dry-run) the GitHub App client."""

    settings: Settings
    engine: Engine
    pypi: PyPIClient
    github: GitHubApp | None = None
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    """One sender at a time in this process."""

    @cached_property
    def sandbox(self) -> Sandbox:
        """The worker pool that parses repository content under the configured per-repository budget."""
        settings = self.settings
        budget = Budget(
            cpu_seconds=settings.repo_parse_cpu_seconds,
            memory_bytes=settings.repo_parse_memory_mb * 1024 * 1024,
            wall_seconds=settings.repo_parse_wall_seconds,
        )
        return Sandbox(budget, workers=settings.analysis_workers)

    def close_sandbox(self) -> None:
        """Stop the sandbox's workers if any were started."""
        if "sandbox" in self.__dict__:
            self.sandbox.close()

    @property
    def dry_run(self) -> bool:
        """True when actions are stored instead of sent to GitHub."""
        return self.github is None
