"""Keep one stored bus-factor assessment per watched package, so `/status` reads it instead of asking PyPI."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.adapters.risk_sources import gather_signals
from bot.releases import normalize_name
from bot.risk import RiskAssessment, RiskSignals, assess
from bot.runtime import Runtime
from bot.storage.models.pypi import WatchedPackage
from bot.storage.models.risk import PackageRisk

logger = logging.getLogger(__name__)

MAX_AGE = timedelta(hours=24)
"""Maintenance signals move slowly: each package is re-assessed at most once a day."""


def save_assessment(
    engine: Engine, signals: RiskSignals, assessment: RiskAssessment, now: datetime | None = None
) -> None:
    """Insert or replace the package's stored assessment."""
    name = normalize_name(signals.package)
    with Session(engine) as session:
        row = session.get(PackageRisk, name) or PackageRisk(
            package=name, level="", reasons_json="[]", confidence=0.0, signals_json="{}"
        )
        row.level = assessment.level.value
        row.reasons_json = json.dumps(assessment.reasons)
        row.confidence = assessment.confidence
        row.signals_json = signals.model_dump_json()
        row.assessed_at = now or datetime.now(UTC)
        session.add(row)
        session.commit()


def _stale_packages(engine: Engine, cutoff: datetime) -> list[str]:
    """Watched packages without an assessment newer than `cutoff`."""
    with Session(engine) as session:
        fresh = set(session.exec(select(PackageRisk.package).where(col(PackageRisk.assessed_at) > cutoff)).all())
        return [
            n
            for n in session.exec(select(WatchedPackage.name).where(col(WatchedPackage.watched))).all()
            if n not in fresh
        ]


async def refresh_risks(runtime: Runtime, *, max_age: timedelta = MAX_AGE) -> int:
    """Re-assess watched packages whose stored assessment is older than `max_age`; returns how many were stored."""
    names = await asyncio.to_thread(_stale_packages, runtime.engine, datetime.now(UTC) - max_age)
    for name in names:
        signals = await gather_signals(runtime.pypi, name, runtime.github)
        assessment = assess(signals)
        await asyncio.to_thread(save_assessment, runtime.engine, signals, assessment)
        logger.info(
            "risk assessed",
            extra={"package": name, "level": assessment.level.value, "confidence": assessment.confidence},
        )
    return len(names)
