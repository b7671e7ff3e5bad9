"""The post-poll step: diff every queued release against the release before it and record the outcome."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.releases import AnalysisState
from bot.storage.db import session_scope
from bot.storage.models.pypi import Release, WatchedPackage

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

QUEUED_STATES = (AnalysisState.PENDING, AnalysisState.FAILED)
"""Failed releases stay queued: each round retries them until they are analysed."""


def _is_prerelease(version: str | None) -> bool:
    try:
        return version is not None and Version(version).is_prerelease
    except InvalidVersion:
        return False


def queued_releases(engine: Engine) -> list[tuple[int, str, str, bool]]:
    """(release id, package, version, skip) for each queued release; pre-releases are skipped unless the
    package's latest version is itself a pre-release."""
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
    ]


def _mark(engine: Engine, release_id: int, state: AnalysisState, error: str | None) -> None:
    with session_scope(engine) as session:
        release = session.get(Release, release_id)
        if release is not None:
            release.analysis_state, release.analysis_error = state, error
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
        except Exception as e:  # recorded on the row and retried next round; one bad release must not stop the rest
            log.exception("release analysis failed", extra=context)
            await asyncio.to_thread(_mark, runtime.engine, release_id, AnalysisState.FAILED, f"{type(e).__name__}: {e}")
            continue
        await asyncio.to_thread(_mark, runtime.engine, release_id, AnalysisState.ANALYSED, None)
        analysed += 1
        log.info("release analysed", extra={**context, "old": diff.old, "changes": len(diff.changes)})
    return analysed
