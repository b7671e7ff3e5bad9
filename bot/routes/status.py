"""`GET /status`: what the bot watches, the latest versions it saw, and how the last polling round went."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlmodel import Session, col, func, select
from starlette.concurrency import run_in_threadpool
from sqlalchemy import Engine

from bot.models.pypi import AnalysisState, PollOutcome, PollRun, Release, WatchedPackage

router = APIRouter(tags=["status"])


class PackageStatus(BaseModel):
    """One watched package."""

    name: str
    latest_version: str | None
    last_serial: int | None
    last_polled: datetime | None
    last_error: str | None
    releases: int
    pending_analysis: int


class PollStatus(BaseModel):
    """The most recent polling round."""

    started_at: datetime
    finished_at: datetime | None
    outcome: PollOutcome
    packages_checked: int
    packages_failed: int
    releases_new: int
    error: str | None


class Status(BaseModel):
    """The bot's state at a glance."""

    dry_run: bool
    last_poll: PollStatus | None
    packages: list[PackageStatus]


def read_status(engine: Engine, dry_run: bool) -> Status:
    """Build the status document from the database."""
    with Session(engine) as session:
        counts = dict(session.exec(select(Release.package, func.count()).group_by(Release.package)).all())
        pending = dict(
            session.exec(
                select(Release.package, func.count())
                .where(Release.analysis_state == AnalysisState.PENDING)
                .group_by(Release.package)
            ).all()
        )
        packages = session.exec(
            select(WatchedPackage).where(col(WatchedPackage.watched)).order_by(col(WatchedPackage.name))
        ).all()
        last_run = session.exec(select(PollRun).order_by(col(PollRun.id).desc()).limit(1)).first()
        return Status(
            dry_run=dry_run,
            last_poll=PollStatus.model_validate(last_run, from_attributes=True) if last_run else None,
            packages=[
                PackageStatus(
                    name=p.name,
                    latest_version=p.latest_version,
                    last_serial=p.last_serial,
                    last_polled=p.last_polled,
                    last_error=p.last_error,
                    releases=counts.get(p.name, 0),
                    pending_analysis=pending.get(p.name, 0),
                )
                for p in packages
            ],
        )


@router.get("/status", response_model=Status)
async def status(request: Request) -> Status:
    """Watched packages with their latest versions, and the last polling round."""
    runtime = request.app.state.runtime
    return await run_in_threadpool(read_status, runtime.engine, runtime.dry_run)
