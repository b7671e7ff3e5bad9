"""One polling round: fetch every watched project once, plan what is new (bot.jobs.poll_plan), store it."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

import httpx
from sqlalchemy import Engine, func, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col, select

from bot.adapters.pypi import PyPIClient
from bot.errors import ReleaseWatchError
from bot.jobs.poll_plan import (
    NewRelease,
    PackageResult,
    PollReport,
    StoredPackage,
    outcome_of,
    plan_update,
    summarize,
    watchlist_names,
)
from bot.releases import PollOutcome, ProjectInfo
from bot.runtime import Runtime
from bot.storage.db import session_scope
from bot.storage.models.pypi import PollRun, Release, WatchedPackage
from bot.storage.models.types import utcnow

log = logging.getLogger(__name__)


def seconds_since_last_round(engine: Engine) -> float | None:
    """Seconds since the newest polling round started (by any replica); None before the first."""
    with session_scope(engine) as session:
        started = session.exec(select(func.max(PollRun.started_at))).one()
    return None if started is None else (utcnow() - started).total_seconds()


def _start_run(engine: Engine, names: tuple[str, ...]) -> tuple[int, dict[str, int | None]]:
    """Make sure every watched name has a row (others are marked unwatched), open a PollRun; returns stored serials."""
    with session_scope(engine) as session:
        existing = {p.name: p for p in session.exec(select(WatchedPackage))}
        for name, package in existing.items():
            package.watched = name in names
            session.add(package)
        session.add_all(WatchedPackage(name=n) for n in names if n not in existing)
        run = PollRun()
        session.add(run)
        session.flush()
        assert run.id is not None
        return run.id, {n: existing[n].last_serial if n in existing else None for n in names}


def _apply(engine: Engine, name: str, project: ProjectInfo) -> PackageResult:
    """Plan against the stored state and write the update in one transaction."""
    now = utcnow()
    with session_scope(engine) as session:
        package = session.get(WatchedPackage, name) or WatchedPackage(name=name)
        rows = session.exec(select(Release.version, Release.yanked).where(Release.package == name)).all()
        update = plan_update(project, StoredPackage(package.last_serial, {v: y for v, y in rows}))
        package.last_polled, package.last_error, package.last_error_at = now, None, None
        session.add(package)
        if update is None:
            return PackageResult(name=name, latest_version=package.latest_version, unchanged=True)
        package.last_serial, package.latest_version = update.last_serial, update.latest_version
        for version, yanked in update.yanked_changes:
            stored = session.exec(select(Release).where(Release.package == name, Release.version == version)).one()
            stored.yanked = yanked
            session.add(stored)
        session.flush()  # the package row exists before its releases reference it
        if update.new:  # one bulk INSERT: a first round records every release of the package
            session.execute(insert(Release), [_release_row(name, n, now) for n in update.new])
    return summarize(update)


def _release_row(package: str, new: NewRelease, now: datetime) -> dict[str, object]:
    release, artifact = new.release, new.artifact
    return {
        "package": package,
        "version": release.version,
        "upload_time": release.upload_time,
        "yanked": release.yanked,
        "is_prerelease": release.is_prerelease,
        "requires_python": release.requires_python,
        "artifact_filename": artifact.filename if artifact else None,
        "artifact_url": artifact.url if artifact else None,
        "artifact_sha256": artifact.sha256 if artifact else None,
        "artifact_size": artifact.size if artifact else None,
        "first_seen": now,
        "analysis_state": new.state,
        "analysis_error": new.analysis_error,
    }


def _mark_unchanged(engine: Engine, names: list[str]) -> dict[str, PackageResult]:
    """One transaction for every package whose serial did not move: only `last_polled` changes."""
    if not names:
        return {}
    now = utcnow()
    with session_scope(engine) as session:
        packages = session.exec(select(WatchedPackage).where(col(WatchedPackage.name).in_(names))).all()
        for package in packages:
            package.last_polled, package.last_error, package.last_error_at = now, None, None
            session.add(package)
        return {p.name: PackageResult(name=p.name, latest_version=p.latest_version, unchanged=True) for p in packages}


def _record_failure(engine: Engine, name: str, error: str) -> PackageResult:
    """Note the error on the package; its serial, versions and releases stay as they were."""
    with session_scope(engine) as session:
        package = session.get(WatchedPackage, name) or WatchedPackage(name=name)
        package.last_error, package.last_error_at = error, utcnow()
        session.add(package)
        return PackageResult(name=name, latest_version=package.latest_version, error=error)


def _store(engine: Engine, name: str, fetched: ProjectInfo | str) -> PackageResult:
    if isinstance(fetched, str):
        return _record_failure(engine, name, fetched)
    try:
        return _apply(engine, name, fetched)
    except SQLAlchemyError as e:
        log.exception("storing poll result failed", extra={"package": name})
        return _record_failure(engine, name, f"database: {type(e).__name__}: {e}".splitlines()[0])


def _store_all(
    engine: Engine, names: tuple[str, ...], fetched: list[ProjectInfo | str | None]
) -> tuple[PackageResult, ...]:
    """Write every package's outcome: unchanged ones together, the others each in its own transaction."""
    unchanged = _mark_unchanged(engine, [n for n, item in zip(names, fetched, strict=True) if item is None])
    return tuple(
        unchanged[name] if item is None else _store(engine, name, item)
        for name, item in zip(names, fetched, strict=True)
    )


def _finish_run(engine: Engine, run_id: int, results: tuple[PackageResult, ...]) -> tuple[PollOutcome, datetime]:
    outcome = outcome_of(results)
    errors = [f"{r.name}: {r.error}" for r in results if r.error]
    with session_scope(engine) as session:
        run = session.get(PollRun, run_id)
        assert run is not None
        run.finished_at = utcnow()
        run.outcome = outcome
        run.packages_checked = len(results)
        run.packages_changed = sum(1 for r in results if not r.unchanged and r.error is None)
        run.packages_failed = len(errors)
        run.releases_new = sum(len(r.new_versions) for r in results)
        run.error = "; ".join(errors)[:4000] or None
        session.add(run)
        return outcome, run.finished_at


async def _fetch(client: PyPIClient, name: str, known_serial: int | None) -> ProjectInfo | str | None:
    """The project; None when its serial did not move; the error message when it cannot be had (after retries)."""
    try:
        return await client.project_if_changed(name, known_serial)
    except (ReleaseWatchError, httpx.HTTPError) as e:
        log.warning("polling %s failed: %s", name, e, extra={"package": name})
        return f"{type(e).__name__}: {e}"


async def poll_round(runtime: Runtime) -> PollReport:
    """Fetch every watched project concurrently (one request each) and store what is new."""
    engine = runtime.engine
    names = watchlist_names(runtime.settings.watchlist)
    started = utcnow()
    run_id, serials = await asyncio.to_thread(_start_run, engine, names)
    requests_before = runtime.pypi.requests_sent
    fetched = await asyncio.gather(*(_fetch(runtime.pypi, name, serials[name]) for name in names))
    requests = runtime.pypi.requests_sent - requests_before

    def store_all() -> tuple[tuple[PackageResult, ...], PollOutcome, datetime]:
        results = _store_all(engine, names, list(fetched))
        return (results, *_finish_run(engine, run_id, results))

    results, outcome, finished = await asyncio.to_thread(store_all)
    log.info(
        "poll round finished",
        extra={
            "run_id": run_id,
            "outcome": outcome.value,
            "requests": requests,
            "new_releases": sum(len(r.new_versions) for r in results),
        },
    )
    return PollReport(run_id, started, finished, outcome, results, requests)
