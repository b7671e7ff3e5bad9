"""The post-poll step: diff every queued release against the release before it and record the outcome."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.apidiff.claims import CannotCompare
from bot.apidiff.model import SCHEMA_VERSION
from bot.jobs.retry_plan import is_due, next_attempt
from bot.releases import AnalysisState
from bot.storage.db import session_scope
from bot.storage.models.pypi import Release, WatchedPackage
from bot.storage.models.types import utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

QUEUED_STATES = (AnalysisState.PENDING, AnalysisState.FAILED, AnalysisState.CANNOT_COMPARE)
"""Failed releases stay queued: each round retries them until they are analysed; those that cannot be compared wait
(`retry_plan`)."""


def _is_prerelease(version: str | None) -> bool:
    try:
        return version is not None and Version(version).is_prerelease
    except InvalidVersion:
        return False


def queued_releases(engine: Engine, now: datetime | None = None) -> list[tuple[int, str, str, bool]]:
    """(release id, package, version, skip) for each queued release due this round; pre-releases are skipped unless
    the package's latest version is itself a pre-release."""
    now = now or utcnow()
    with Session(engine) as session:
        rows = session.exec(
            select(Release, WatchedPackage.latest_version)
            .join(WatchedPackage, col(WatchedPackage.name) == col(Release.package))
            .where(col(Release.analysis_state).in_(QUEUED_STATES))
            .order_by(col(Release.package), col(Release.id))
        ).all()
    return [
        (release.id, release.package, release.version, release.is_prerelease and not _is_prerelease(latest))
        for release, latest in rows
        if release.id is not None
        and is_due(release.analysis_state, release.analysis_retry_at, release.analysed_with, SCHEMA_VERSION, now)
    ]


def _mark(engine: Engine, release_id: int, state: AnalysisState, error: str | None) -> None:
    with session_scope(engine) as session:
        release = session.get(Release, release_id)
        if release is not None:
            release.analysis_state, release.analysis_error = state, error
            release.analysed_with = SCHEMA_VERSION
            release.analysis_attempts = 0 if state is AnalysisState.ANALYSED else release.analysis_attempts + 1
            retry = state is AnalysisState.CANNOT_COMPARE
            release.analysis_retry_at = next_attempt(release.analysis_attempts, utcnow()) if retry else None
            session.add(release)


async def analyse_pending_releases(runtime: Runtime) -> int:
    """Diff and store every pending (or previously failed) release; returns how many were analysed."""
    analysed = 0
    for release_id, package, version, skip in await asyncio.to_thread(queued_releases, runtime.engine):
        context = {"package": package, "version": version}
        if skip:
            log.info("pre-release not analysed: the package's latest release is final", extra=context)
            await asyncio.to_thread(_mark, runtime.engine, release_id, AnalysisState.ANALYSED, None)
            continue
        try:
            diff = await runtime.compare(package, version)
        except CannotCompare as e:  # the same next round: wait, or until the analyser changes
            log.warning("release cannot be compared", extra={**context, "error": str(e)})
            await asyncio.to_thread(_mark, runtime.engine, release_id, AnalysisState.CANNOT_COMPARE, str(e))
            continue
        except Exception as e:  # recorded on the row and retried next round; one bad release must not stop the rest
            log.exception("release analysis failed", extra=context)
            await asyncio.to_thread(_mark, runtime.engine, release_id, AnalysisState.FAILED, f"{type(e).__name__}: {e}")
            continue
        await asyncio.to_thread(_mark, runtime.engine, release_id, AnalysisState.ANALYSED, None)
        analysed += 1
        log.info("release analysed", extra={**context, "old": diff.old, "changes": len(diff.changes)})
    return analysed
