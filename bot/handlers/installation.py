"""`installation` and `installation_repositories` events: remember installations, scan or forget repositories."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

from gidgethub.routing import Router
from gidgethub.sansio import Event
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.adapters.github import GitHubAPI
from bot.errors import ReleaseWatchError
from bot.jobs import pipeline
from bot.runtime import Runtime
from bot.storage.db import session_scope
from bot.storage.models.actions import InstalledRepo
from bot.storage.models.github import AppInstallation
from bot.storage.models.types import utcnow

log = logging.getLogger(__name__)
router = Router()


def store_installation(engine: Engine, data: dict[str, Any], suspended: bool) -> None:
    """Insert or update an installation row."""
    account = data.get("account") or {}
    with session_scope(engine) as session:
        row = session.get(AppInstallation, int(data["id"])) or AppInstallation(id=int(data["id"]), account="")
        row.account = str(account.get("login", ""))
        row.account_type = str(account.get("type", "User"))
        row.suspended = suspended
        row.updated_at = utcnow()
        session.add(row)


def forget_installation(engine: Engine, installation_id: int) -> list[str]:
    """Delete an installation row; returns the repositories stored for it."""
    with session_scope(engine) as session:
        row = session.get(AppInstallation, installation_id)
        if row is not None:
            session.delete(row)
        repos = session.exec(select(InstalledRepo).where(col(InstalledRepo.installation_id) == installation_id)).all()
        return [r.full_name for r in repos]


async def rescan_all(runtime: Runtime, gh: GitHubAPI | None, installation_id: int, names: Iterable[str]) -> None:
    """Rescan each repository: queued jobs on PostgreSQL (any replica runs them, the queue retries them), else
    in-process, where one failure does not stop the others but fails the delivery at the end."""
    from bot.jobs.units import submit_rescan  # the units import the redelivery job, which imports the handlers

    failed: list[str] = []
    for name in names:
        try:
            await submit_rescan(runtime, installation_id, name, gh)
        except ReleaseWatchError as e:
            log.warning("rescan failed", extra={"repo": name, "installation_id": installation_id, "error": str(e)})
            failed.append(f"{name}: {e}")
    if failed:
        raise ReleaseWatchError("rescan failed for " + "; ".join(failed))


def installation_repositories(engine: Engine, installation_id: int) -> list[str]:
    """The stored repositories of one installation."""
    with session_scope(engine) as session:
        return [
            r.full_name
            for r in session.exec(
                select(InstalledRepo).where(col(InstalledRepo.installation_id) == installation_id)
            ).all()
        ]


async def forget_all(runtime: Runtime, names: Iterable[str]) -> None:
    """Forget each repository (findings, scans, pending actions)."""
    for name in sorted(set(names)):
        await pipeline.forget_repository(runtime, name)


@router.register("installation", action="created")
async def installation_created(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """A new installation: remember it and scan every repository it grants."""
    data = event.data["installation"]
    await asyncio.to_thread(store_installation, runtime.engine, data, False)
    log.info("installed", extra={"installation_id": data["id"], "account": (data.get("account") or {}).get("login")})
    await rescan_all(runtime, gh, int(data["id"]), [r["full_name"] for r in event.data.get("repositories") or []])


@router.register("installation", action="deleted")
async def installation_deleted(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Uninstalled: forget the installation and everything about its repositories."""
    inst = int(event.data["installation"]["id"])
    stored = await asyncio.to_thread(forget_installation, runtime.engine, inst)
    log.info("uninstalled", extra={"installation_id": inst, "repos": len(stored)})
    await forget_all(runtime, stored + [r["full_name"] for r in event.data.get("repositories") or []])


@router.register("installation", action="suspend")
async def installation_suspended(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Suspended: keep everything, act on nothing until unsuspended."""
    await asyncio.to_thread(store_installation, runtime.engine, event.data["installation"], True)


@router.register("installation", action="unsuspend")
async def installation_unsuspended(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Unsuspended: catch up by rescanning its repositories."""
    data = event.data["installation"]
    await asyncio.to_thread(store_installation, runtime.engine, data, False)
    names = await asyncio.to_thread(installation_repositories, runtime.engine, int(data["id"]))
    await rescan_all(runtime, gh, int(data["id"]), names)


@router.register("installation_repositories", action="added")
async def repositories_added(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Repositories granted to an existing installation: scan them."""
    data = event.data["installation"]
    await asyncio.to_thread(store_installation, runtime.engine, data, False)
    await rescan_all(runtime, gh, int(data["id"]), [r["full_name"] for r in event.data.get("repositories_added") or []])


@router.register("installation_repositories", action="removed")
async def repositories_removed(event: Event, gh: GitHubAPI | None, runtime: Runtime) -> None:
    """Repositories taken away from the installation: forget them."""
    await forget_all(runtime, [r["full_name"] for r in event.data.get("repositories_removed") or []])
