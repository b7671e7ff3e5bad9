"""Installed repositories' units of work: each a short synchronous transaction the pipeline runs in a thread."""

from __future__ import annotations

import logging
from typing import Any

from packaging.utils import canonicalize_name
from sqlalchemy import Engine, delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select

from bot.changes import ReleaseDiff
from bot.findings.advice import advise
from bot.findings.outcome import Finding
from bot.storage.actions import finding_action, recent_diffs, release_diff
from bot.storage.db import Bind, session_scope
from bot.storage.models.actions import (
    Action,
    ActionKind,
    ActionState,
    IgnoredPackage,
    InstalledRepo,
    ProcessedRelease,
    RepoScan,
)
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.github import AppInstallation
from bot.storage.models.types import utcnow
from bot.versions import version_key

log = logging.getLogger(__name__)


def save(engine: Engine, action: Action) -> None:
    """Write an action row back after changing what it asks for (the sender notices and sends it again)."""
    action.updated_at = utcnow()
    with session_scope(engine) as session:
        session.merge(action)


def register(engine: Engine, installation_id: int, full_name: str) -> InstalledRepo:
    """The repository's row, created or brought up to date with what GitHub calls it."""
    with session_scope(engine) as session:
        row = session.get(InstalledRepo, full_name.lower())
        if row is None:
            row = InstalledRepo(name=full_name.lower(), full_name=full_name, installation_id=installation_id)
        row.full_name, row.installation_id = full_name, installation_id
        session.add(row)
    with session_scope(engine) as session:
        repo = session.get(InstalledRepo, full_name.lower())
    assert repo is not None
    return repo


def installed_repositories(engine: Engine) -> list[InstalledRepo]:
    """Every repository the App is installed on, except those of suspended installations."""
    with session_scope(engine) as session:
        suspended = select(AppInstallation.id).where(col(AppInstallation.suspended).is_(True))
        query = select(InstalledRepo).where(col(InstalledRepo.installation_id).not_in(suspended))
        return list(session.exec(query.order_by(col(InstalledRepo.name))).all())


def is_ignored(engine: Bind, repo: str, package: str, version: str) -> bool:
    """`@release-watch ignore` covers this package (every release, or this one) in `repo`."""
    with session_scope(engine) as session:
        query = select(IgnoredPackage).where(
            IgnoredPackage.repo == repo.lower(),
            IgnoredPackage.package == canonicalize_name(package),
            or_(col(IgnoredPackage.version) == "", col(IgnoredPackage.version) == version),
        )
        return session.exec(query).first() is not None


def record_scan(engine: Bind, repo: InstalledRepo, sha: str, info: dict[str, Any]) -> None:
    """A fresh scan of the default branch: its head, and what GitHub says about the repository (one UPDATE)."""
    with session_scope(engine) as session:
        session.execute(
            update(InstalledRepo)
            .where(col(InstalledRepo.name) == repo.name)
            .values(
                head_sha=sha,
                default_branch=info["default_branch"],
                private=bool(info["private"]),
                last_scanned_at=utcnow(),
                last_error=None,
            )
        )


def record_unreachable(engine: Engine, repo: InstalledRepo, error: str) -> None:
    """GitHub no longer shows the repository (gone, or access lost)."""
    with session_scope(engine) as session:
        row = session.get(InstalledRepo, repo.name)
        if row is not None:
            row.last_error = error


def record_costly(engine: Engine, repo: InstalledRepo, sha: str | None, reason: str | None) -> None:
    """Remember (or forget, with `sha` None) that this commit exceeded its budget, so it is retried at most once."""
    attempts = repo.costly_attempts + 1 if sha is not None and repo.costly_sha == sha else int(sha is not None)
    with session_scope(engine) as session:
        row = session.get(InstalledRepo, repo.name)
        if row is not None:
            row.costly_sha, row.costly_attempts, row.costly_reason = sha, attempts, reason
    repo.costly_sha, repo.costly_attempts, repo.costly_reason = sha, attempts, reason
    if reason is not None:
        log.warning(
            "repository too costly to analyse",
            extra={"repo": repo.full_name, "sha": sha, "reason": reason, "attempt": attempts},
        )


def mark_processed(engine: Engine, diff: ReleaseDiff, changed: int) -> None:
    """The release has been applied to every installed repository (first writer wins)."""
    try:
        with session_scope(engine) as session:
            done = ProcessedRelease(package=canonicalize_name(diff.package), version=diff.new, actions=changed)
            exists = session.exec(
                select(ProcessedRelease).where(
                    ProcessedRelease.package == done.package, ProcessedRelease.version == done.version
                )
            ).first()
            if exists is None:
                session.add(done)
    except IntegrityError:
        log.info("release already recorded as processed", extra={"package": diff.package, "version": diff.new})


def unprocessed_diffs(engine: Engine) -> list[ReleaseDiff]:
    """Every stored release diff with no processed record yet, oldest release first per package.

    No window: a burst of releases (or an outage spanning several) is applied in full, each release once."""
    with session_scope(engine) as session:
        processed = select(ProcessedRelease.id).where(
            ProcessedRelease.package == ReleaseDiffRow.package, ProcessedRelease.version == ReleaseDiffRow.new_version
        )
        pending = session.exec(
            select(ReleaseDiffRow.package, ReleaseDiffRow.new_version).where(~processed.exists()).distinct()
        ).all()
    diffs = [release_diff(engine, package, version) for package, version in pending]
    return sorted((d for d in diffs if d is not None), key=lambda d: (d.package, version_key(d.new)))


def rescan_diffs(engine: Engine, repo: InstalledRepo, per_package: int) -> list[ReleaseDiff]:
    """The last few releases of each package plus those behind the repository's open issues, parents first."""
    diffs = {(d.package, d.new): d for d in recent_diffs(engine, per_package=per_package)}
    with session_scope(engine) as session:
        open_keys = session.exec(
            select(Action.package, Action.version).where(
                Action.repo == repo.full_name,
                Action.kind == ActionKind.FINDING,
                col(Action.want_open).is_(True),
                Action.state != ActionState.DISMISSED,
            )
        ).all()
    for package, version in open_keys:
        if (diff := release_diff(engine, package, version)) is not None:
            diffs[(diff.package, diff.new)] = diff
    return sorted(diffs.values(), key=lambda d: (d.package, version_key(d.new)))  # parents before comments


def forget(engine: Engine, full_name: str) -> None:
    """The App left a repository: its scans go; its unsent actions are dropped (nothing can be sent)."""
    with session_scope(engine) as session:
        session.execute(delete(RepoScan).where(col(RepoScan.repo) == full_name.lower()))
        session.execute(delete(InstalledRepo).where(col(InstalledRepo.name) == full_name.lower()))
        for action in session.exec(
            select(Action).where(
                func.lower(Action.repo) == full_name.lower(),
                col(Action.state).in_([ActionState.PENDING, ActionState.FAILED]),
            )
        ).all():
            action.state, action.last_error = ActionState.DISMISSED, "the App was removed from this repository"
            session.add(action)


def dismiss(engine: Engine, full_name: str, number: int) -> Action | None:
    """A person closed our issue or PR `number`: the finding is dismissed; None when it is not an open one of ours."""
    action = finding_action(engine, full_name, number)
    if action is None or not action.want_open:
        return None
    action.state = ActionState.DISMISSED
    save(engine, action)
    return action


def ignore(engine: Engine, full_name: str, package: str, version: str | None) -> list[Action]:
    """Remember `@release-watch ignore` and close the matching open findings; returns them."""
    name = canonicalize_name(package)
    try:
        with session_scope(engine) as session:
            session.add(IgnoredPackage(repo=full_name.lower(), package=name, version=version or ""))
    except IntegrityError:
        pass  # already ignored
    with session_scope(engine) as session:
        query = select(Action).where(
            func.lower(Action.repo) == full_name.lower(),
            Action.package == name,
            Action.kind == ActionKind.FINDING,
            col(Action.want_open).is_(True),
            Action.state != ActionState.DISMISSED,
        )
        if version:
            query = query.where(Action.version == version)
        actions = list(session.exec(query).all())
        for action in actions:
            action.want_open, action.closed_reason, action.state = False, "ignored", ActionState.PENDING
            session.add(action)
    return actions


def want_pull(engine: Engine, full_name: str, number: int) -> Action | None:
    """`@release-watch pin` on issue `number`: its finding now wants a PR; None when it is not an open one of ours."""
    action = finding_action(engine, full_name, number)
    if action is None or not action.want_open or action.state == ActionState.DISMISSED:
        return None
    if action.finding_json and not advise(Finding.model_validate_json(action.finding_json)).opens_pr:
        return None  # a deprecation (or an undeclared import) has no cap a PR could carry
    action.want_pr, action.state = True, ActionState.PENDING
    save(engine, action)
    return action
