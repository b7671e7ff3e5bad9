"""pip-audit on the bounds our issues suggest: audited after each poll, stored, and shown in the issue bodies.

When the newest release a suggested bound keeps has known vulnerabilities, the issue says so (ids, fixed-in
versions) and recommends migrating instead of pinning; `bot.findings.render` writes that section from the stored rows.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime, timedelta

from packaging.utils import canonicalize_name
from pip_audit._service.interface import VulnerabilityService
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.adapters.audit import PinAudit, audit_bound, make_service
from bot.errors import PyPIError
from bot.findings.outcome import Finding
from bot.runtime import Runtime
from bot.storage.actions import rerender, suggested_specifier
from bot.storage.db import session_scope
from bot.storage.models.actions import Action, ActionKind, ActionState
from bot.storage.models.audit import PinAuditRow
from bot.storage.models.types import utcnow

log = logging.getLogger(__name__)

AUDIT_MAX_AGE = timedelta(days=1)


def open_findings(engine: Engine) -> list[Action]:
    """Finding actions whose issue is wanted open and not dismissed by a person."""
    with session_scope(engine) as session:
        return list(
            session.exec(
                select(Action).where(
                    Action.kind == ActionKind.FINDING,
                    col(Action.want_open).is_(True),
                    Action.state != ActionState.DISMISSED,
                    col(Action.finding_json).is_not(None),
                )
            ).all()
        )


def bounds_to_audit(engine: Engine, actions: list[Action], now: datetime) -> set[tuple[str, str]]:
    """(package, suggested specifier) pairs of open findings not audited within AUDIT_MAX_AGE (or unavailable then)."""
    wanted: set[tuple[str, str]] = set()
    for action in actions:
        finding = Finding.model_validate_json(action.finding_json or "")
        specifier = suggested_specifier(finding)
        if specifier is not None:
            wanted.add((canonicalize_name(finding.package), specifier))
    with session_scope(engine) as session:
        fresh = {
            (row.package, row.specifier)
            for row in session.exec(select(PinAuditRow)).all()
            if row.unavailable is None and now - row.checked_at < AUDIT_MAX_AGE
        }
    return wanted - fresh


def store_audit(engine: Engine, result: PinAudit, now: datetime) -> bool:
    """Save one audit; True when its advisories differ from what was stored before."""
    advisories = json.dumps([a.model_dump(mode="json") for a in result.advisories])
    with session_scope(engine) as session:
        row = session.get(PinAuditRow, (canonicalize_name(result.package), result.specifier))
        changed = row is None or row.advisories_json != advisories
        row = row or PinAuditRow(package=canonicalize_name(result.package), specifier=result.specifier)
        row.version, row.advisories_json, row.unavailable, row.checked_at = (
            result.version,
            advisories,
            result.unavailable,
            now,
        )
        session.add(row)
    return changed


async def refresh_pin_audits(runtime: Runtime, *, service: VulnerabilityService | None = None) -> int:
    """Audit the suggested bounds of open findings (at most daily each); re-render issues whose advisories moved."""
    now = utcnow()
    actions = await asyncio.to_thread(open_findings, runtime.engine)
    pending = await asyncio.to_thread(bounds_to_audit, runtime.engine, actions, now)
    if not pending:
        return 0
    service = service or make_service(runtime.settings)
    moved: set[str] = set()
    for package, specifier in sorted(pending):
        try:
            project = await runtime.pypi.project(package)
        except PyPIError as e:  # retried next round; the issue simply has no audit section yet
            log.warning("pin audit skipped", extra={"package": package, "error": str(e)})
            continue
        result = await asyncio.to_thread(audit_bound, package, specifier, project.releases, service=service)
        if result.unavailable is not None:
            log.warning("pin audit unavailable", extra={"package": package, "reason": result.unavailable})
        if await asyncio.to_thread(store_audit, runtime.engine, result, now):
            moved.add(package)
    rerendered = await asyncio.to_thread(
        lambda: sum(
            rerender(runtime.engine, action) for action in actions if canonicalize_name(action.package) in moved
        )
    )
    log.info("pin audits refreshed", extra={"audited": len(pending), "rerendered": rerendered})
    return len(pending)
