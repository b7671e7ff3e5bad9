"""A release comparison run whole in a worker process, so the serving process never holds a release's surfaces.

A large release's surface is tens of megabytes of JSON, and turning it into objects holds the GIL for seconds
(sqlalchemy 2.0.0: 54 MB, 2.6 s); no thread hides that from the event loop, so webhook acks waited behind every
analysis. Under `serve`, the comparison (download, parse, diff, store) runs in an extraction worker with its own
PyPI client, database engine and Analyser; the loop receives only the diff. One-shot commands compare in-process.
"""

from __future__ import annotations

import asyncio

from bot.adapters.pypi import PyPIClient
from bot.changes import ReleaseDiff
from bot.config import Settings
from bot.errors import AnalysisError
from bot.jobs.analysis import Analyser
from bot.jobs.sandbox import Sandbox, TooCostly
from bot.storage.db import engine_from_settings

WORKER_MEMORY = 4
"""Surfaces the worker's Analyser keeps at once: its address space is capped, and each comparison starts afresh."""

SECRETS = {"github_private_key", "github_private_key_path", "github_webhook_secret"}
"""Settings a comparison never needs: they stay in the serving process."""


def compare_release(settings_json: str, package: str, version: str) -> str:
    """In a worker: compare `version` with the release before it, store the surfaces and diff, return the diff."""
    settings = Settings.model_validate_json(settings_json)
    return asyncio.run(_compare(settings, package, version)).model_dump_json()


async def _compare(settings: Settings, package: str, version: str) -> ReleaseDiff:
    engine = engine_from_settings(settings)
    try:
        async with PyPIClient(settings) as pypi:
            return await Analyser(pypi, engine, memory=WORKER_MEMORY).compare(package, version)
    finally:
        engine.dispose()


async def compare_in_worker(sandbox: Sandbox, settings: Settings, package: str, version: str) -> ReleaseDiff:
    """`Analyser.compare(package, version)` run in one of `sandbox`'s workers, under its budget."""
    try:
        data = await sandbox.run(compare_release, settings.model_dump_json(exclude=SECRETS), package, version)
    except TooCostly as e:
        raise AnalysisError(f"{package} {version}: not analysed: {e}") from e
    return ReleaseDiff.model_validate_json(data)
