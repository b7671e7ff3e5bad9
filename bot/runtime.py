"""The long-lived objects one process shares: built once by the app factory or the CLI, passed to jobs and handlers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.pypi import PyPIClient

if TYPE_CHECKING:
    from bot.github import GitHubApp


@dataclass
class Runtime:
    """Settings, database engine, PyPI client and (unless dry-run) the GitHub App client."""

    settings: Settings
    engine: Engine
    pypi: PyPIClient
    github: GitHubApp | None = None

    @property
    def dry_run(self) -> bool:
        """True when actions are stored instead of sent to GitHub."""
        return self.github is None
