"""The pipeline: a release's changes → affected installed repositories → one stored action each, then sent."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from packaging.utils import canonicalize_name
from sqlalchemy import delete, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select

from bot.changes import ReleaseDiff
from bot.storage.db import session_scope
from bot.errors import GitHubError, GitHubGone, GitHubNotFound
from bot.findings.outcome import Outcome, evaluate
from bot.storage.models.actions import (
    Action, ActionKind, ActionState, IgnoredPackage, InstalledRepo, ProcessedRelease, RepoScan,
)
from bot.storage.models.github import AppInstallation
from bot.storage.models.types import utcnow
from bot.jobs.repo_scan import Snapshot, import_names, load_snapshot, scan_repository
from bot.jobs.sandbox import TooCostly
from bot.findings.scan import RepositoryAnalysis, analyse_repository
from bot.jobs.sender import save, send_pending_actions
from bot.findings.reconcile import Scope, reconcile_config
from bot.storage.actions import (
    by_key, config_error_actions, finding_action, recent_diffs, reconcile_finding, release_diff, store_changes,
)
from bot.versions import version_key

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

COSTLY_ATTEMPTS = 2  # a commit over its budget is tried again once, then skipped until the next push
RESCAN_RELEASES = 5  # per package: a newly installed repository hears about the last few breaking releases

__all__ = [
    "forget_repository", "ignore_package", "pin_from_issue", "process_new_releases", "process_release",
    "record_dismissal", "rescan_repository", "send_pending_actions",
]


def _repo_row(runtime: Runtime, full_name: str) -> InstalledRepo | None:
    with session_scope(runtime.engine) as session:
        return session.get(InstalledRepo, full_name.lower())


def _ignored(runtime: Runtime, repo: str, package: str, version: str) -> bool:
    with session_scope(runtime.engine) as session:
        query = select(IgnoredPackage).where(
            IgnoredPackage.repo == repo.lower(), IgnoredPackage.package == canonicalize_name(package),
            or_(col(IgnoredPackage.version) == "", col(IgnoredPackage.version) == version),
        )
        return session.exec(query).first() is not None


async def analyse_snapshot(
    runtime: Runtime, repo: InstalledRepo, snapshot: Snapshot, diffs: Sequence[ReleaseDiff]
) -> RepositoryAnalysis | None:
    """Parse the snapshot in the sandbox; None when it is (still) too costly to analyse at this commit."""
    if repo.costly_sha == snapshot.sha and repo.costly_attempts >= COSTLY_ATTEMPTS:
        log.info("repository skipped: too costly to analyse at this commit",
                 extra={"repo": repo.full_name, "sha": snapshot.sha, "reason": repo.costly_reason})
        return None
    try:
        analysis = await runtime.sandbox.run(analyse_repository, snapshot.file_bytes(), list(diffs))
    except TooCostly as e:
        await asyncio.to_thread(_record_costly, runtime, repo, snapshot.sha, str(e))
        return None
    if repo.costly_sha is not None:
        await asyncio.to_thread(_record_costly, runtime, repo, None, None)
    return analysis


def _record_costly(runtime: Runtime, repo: InstalledRepo, sha: str | None, reason: str | None) -> None:
    """Remember (or forget, with `sha` None) that this commit exceeded its budget, so it is retried at most once."""
    attempts = repo.costly_attempts + 1 if sha is not None and repo.costly_sha == sha else int(sha is not None)
    with session_scope(runtime.engine) as session:
        row = session.get(InstalledRepo, repo.name)
        if row is not None:
            row.costly_sha, row.costly_attempts, row.costly_reason = sha, attempts, reason
    repo.costly_sha, repo.costly_attempts, repo.costly_reason = sha, attempts, reason
    if reason is not None:
        log.warning("repository too costly to analyse",
                    extra={"repo": repo.full_name, "sha": sha, "reason": reason, "attempt": attempts})


def apply_diffs(runtime: Runtime, repo: InstalledRepo, analysis: RepositoryAnalysis, sha: str,
                diffs: Sequence[ReleaseDiff]) -> int:
    """Store (or update) one repository's actions from its analysed snapshot; returns rows changed.

    One synchronous unit of work: load, ask the reconciler, store (run it off the event loop).
    """
    config = analysis.config
    scope = Scope(repo=repo.full_name, installation_id=repo.installation_id, sha=sha)
    changes = reconcile_config(config_error_actions(runtime.engine, repo.full_name), config.error, scope)
    changed = store_changes(runtime.engine, changes)
    if analysis.report is None:
        return changed
    for diff in diffs:
        watched = config.config.watches(diff.package) and not _ignored(runtime, repo.name, diff.package, diff.new)
        outcome: Outcome = evaluate(
            repo.full_name, sha, analysis.report, diff,
            warn_on_deprecations=config.config.warn_on_deprecations, watched=watched,
        )
        changed += store_changes(runtime.engine, reconcile_finding(runtime.engine, repo, config.config, diff, outcome, sha))
    return changed


async def evaluate_repository(runtime: Runtime, repo: InstalledRepo, snapshot: Snapshot,
                              diffs: Sequence[ReleaseDiff]) -> int:
    """Analyse the snapshot in the sandbox and store the resulting actions; returns rows changed."""
    analysis = await analyse_snapshot(runtime, repo, snapshot, diffs)
    if analysis is None:
        return 0
    return await asyncio.to_thread(apply_diffs, runtime, repo, analysis, snapshot.sha, diffs)


async def _snapshot(runtime: Runtime, repo: InstalledRepo) -> Snapshot | None:
    """A fresh scan when GitHub is reachable (≤3 conditional calls when nothing moved), else the stored one."""
    if runtime.github is None:
        return await asyncio.to_thread(load_snapshot, runtime.engine, repo.full_name)
    names = import_names(runtime.settings.watchlist)
    async with runtime.github.installation(repo.installation_id) as gh:
        info, snapshot = await scan_repository(gh, runtime.engine, repo.full_name, names,
                                               max_files=runtime.settings.repo_max_files,
                                               max_bytes=runtime.settings.repo_max_bytes)
    await asyncio.to_thread(_record_scan, runtime, repo, snapshot.sha, info)
    return snapshot


def _record_scan(runtime: Runtime, repo: InstalledRepo, sha: str, info: dict[str, Any]) -> None:
    with session_scope(runtime.engine) as session:
        row = session.get(InstalledRepo, repo.name)
        if row is not None:
            row.head_sha, row.default_branch, row.private = sha, info["default_branch"], bool(info["private"])
            row.last_scanned_at, row.last_error = utcnow(), None


def installed_repositories(runtime: Runtime) -> list[InstalledRepo]:
    """Every repository the App is installed on, except those of suspended installations."""
    with session_scope(runtime.engine) as session:
        suspended = select(AppInstallation.id).where(col(AppInstallation.suspended).is_(True))
        query = select(InstalledRepo).where(col(InstalledRepo.installation_id).not_in(suspended))
        return list(session.exec(query.order_by(col(InstalledRepo.name))).all())


async def apply_release(runtime: Runtime, diff: ReleaseDiff) -> int:
    """Apply one release's changes to every installed repository, then send; returns actions stored or changed."""
    changed = 0
    if diff.changes:
        for repo in await asyncio.to_thread(installed_repositories, runtime):
            try:
                snapshot = await _snapshot(runtime, repo)
            except GitHubError as e:  # one unreachable repository must not stop the others
                log.warning("repository scan failed", extra={"repo": repo.full_name, "error": str(e)})
                continue
            if snapshot is not None:
                changed += await evaluate_repository(runtime, repo, snapshot, [diff])
    await asyncio.to_thread(_mark_processed, runtime, diff, changed)
    await send_pending_actions(runtime)
    return changed


def _mark_processed(runtime: Runtime, diff: ReleaseDiff, changed: int) -> None:
    try:
        with session_scope(runtime.engine) as session:
            done = ProcessedRelease(package=canonicalize_name(diff.package), version=diff.new, actions=changed)
            exists = session.exec(select(ProcessedRelease).where(
                ProcessedRelease.package == done.package, ProcessedRelease.version == done.version)).first()
            if exists is None:
                session.add(done)
    except IntegrityError:
        log.info("release already recorded as processed", extra={"package": diff.package, "version": diff.new})


async def process_release(runtime: Runtime, package: str, version: str) -> int:
    """A new release: its changes (stored, or computed once) applied to every installed repository."""
    diff = await asyncio.to_thread(release_diff, runtime.engine, package, version)
    if diff is None:
        from bot.jobs.analysis import compare_releases

        diff = await compare_releases(runtime.pypi, package, version, engine=runtime.engine)
    log.info("processing release", extra={"package": package, "version": version, "changes": len(diff.changes)})
    return await apply_release(runtime, diff)


async def process_new_releases(runtime: Runtime) -> int:
    """Post-poll step: apply every stored release diff not processed yet."""
    count = 0
    for diff in await asyncio.to_thread(_unprocessed_diffs, runtime):
        count += await apply_release(runtime, diff)
    return count


def _unprocessed_diffs(runtime: Runtime) -> list[ReleaseDiff]:
    with session_scope(runtime.engine) as session:
        done = {(p.package, p.version) for p in session.exec(select(ProcessedRelease)).all()}
    return [diff for diff in recent_diffs(runtime.engine, per_package=3)
            if (canonicalize_name(diff.package), diff.new) not in done]


async def rescan_repository(runtime: Runtime, installation_id: int, full_name: str) -> int:
    """Scan a repository (installed or pushed to) and bring its actions in step; returns rows changed."""
    repo = await asyncio.to_thread(_register, runtime, installation_id, full_name)
    try:
        snapshot = await _snapshot(runtime, repo)
    except (GitHubNotFound, GitHubGone) as e:
        await asyncio.to_thread(_record_unreachable, runtime, repo, str(e))
        log.warning("repository not reachable; not scanned", extra={"repo": full_name, "error": str(e)})
        return 0
    if snapshot is None:
        log.info("dry run: no stored scan to re-evaluate", extra={"repo": full_name})
        return 0
    ordered = await asyncio.to_thread(_rescan_diffs, runtime, repo)
    changed = await evaluate_repository(runtime, repo, snapshot, ordered)
    await send_pending_actions(runtime, repo=repo.full_name)
    return changed


def _register(runtime: Runtime, installation_id: int, full_name: str) -> InstalledRepo:
    """The repository's row, created or brought up to date with what GitHub calls it."""
    with session_scope(runtime.engine) as session:
        row = session.get(InstalledRepo, full_name.lower())
        if row is None:
            row = InstalledRepo(name=full_name.lower(), full_name=full_name, installation_id=installation_id)
        row.full_name, row.installation_id = full_name, installation_id
        session.add(row)
    repo = _repo_row(runtime, full_name)
    assert repo is not None
    return repo


def _record_unreachable(runtime: Runtime, repo: InstalledRepo, error: str) -> None:
    with session_scope(runtime.engine) as session:
        row = session.get(InstalledRepo, repo.name)
        if row is not None:
            row.last_error = error


def _rescan_diffs(runtime: Runtime, repo: InstalledRepo) -> list[ReleaseDiff]:
    """The last few releases of each package plus those behind the repository's open issues, parents first."""
    diffs = {(d.package, d.new): d for d in recent_diffs(runtime.engine, per_package=RESCAN_RELEASES)}
    with session_scope(runtime.engine) as session:
        open_keys = session.exec(select(Action.package, Action.version).where(
            Action.repo == repo.full_name, Action.kind == ActionKind.FINDING, col(Action.want_open).is_(True),
            Action.state != ActionState.DISMISSED)).all()
    for package, version in open_keys:
        if (diff := release_diff(runtime.engine, package, version)) is not None:
            diffs[(diff.package, diff.new)] = diff
    return sorted(diffs.values(), key=lambda d: (d.package, version_key(d.new)))  # parents before comments


async def forget_repository(runtime: Runtime, full_name: str) -> None:
    """The App left a repository: forget its scans; its unsent actions are dropped (nothing can be sent)."""
    await asyncio.to_thread(_forget, runtime, full_name)
    log.info("repository forgotten", extra={"repo": full_name})


def _forget(runtime: Runtime, full_name: str) -> None:
    with session_scope(runtime.engine) as session:
        session.execute(delete(RepoScan).where(col(RepoScan.repo) == full_name.lower()))
        session.execute(delete(InstalledRepo).where(col(InstalledRepo.name) == full_name.lower()))
        for action in session.exec(select(Action).where(
                func.lower(Action.repo) == full_name.lower(),
                col(Action.state).in_([ActionState.PENDING, ActionState.FAILED]))).all():
            action.state, action.last_error = ActionState.DISMISSED, "the App was removed from this repository"
            session.add(action)


async def record_dismissal(runtime: Runtime, full_name: str, issue_number: int) -> bool:
    """A person closed one of our issues or PRs: never reopen it for this release. False when it is not ours."""
    action = await asyncio.to_thread(_dismiss, runtime, full_name, issue_number)
    if action is None:
        return False
    log.info("finding dismissed by a person", extra={"repo": full_name, "key": action.key, "number": issue_number})
    return True


def _dismiss(runtime: Runtime, full_name: str, issue_number: int) -> Action | None:
    action = finding_action(runtime.engine, full_name, issue_number)
    if action is None or not action.want_open:
        return None
    action.state = ActionState.DISMISSED
    save(runtime.engine, action)
    return action


async def ignore_package(runtime: Runtime, full_name: str, package: str, version: str | None) -> int:
    """`@release-watch ignore PACKAGE [VERSION]`: remember it and close the matching open issues; returns how many."""
    actions = await asyncio.to_thread(_ignore, runtime, full_name, package, version)
    await send_pending_actions(runtime, repo=actions[0].repo if actions else None)
    return len(actions)


def _ignore(runtime: Runtime, full_name: str, package: str, version: str | None) -> list[Action]:
    name = canonicalize_name(package)
    try:
        with session_scope(runtime.engine) as session:
            session.add(IgnoredPackage(repo=full_name.lower(), package=name, version=version or ""))
    except IntegrityError:
        pass  # already ignored
    with session_scope(runtime.engine) as session:
        query = select(Action).where(
            func.lower(Action.repo) == full_name.lower(), Action.package == name, Action.kind == ActionKind.FINDING,
            col(Action.want_open).is_(True), Action.state != ActionState.DISMISSED,
        )
        if version:
            query = query.where(Action.version == version)
        actions = list(session.exec(query).all())
        for action in actions:
            action.want_open, action.closed_reason, action.state = False, "ignored", ActionState.PENDING
            session.add(action)
    return actions


async def pin_from_issue(runtime: Runtime, full_name: str, issue_number: int) -> int | None:
    """`@release-watch pin`: turn the issue's finding into a PR adding the bound; returns the PR number."""
    action = await asyncio.to_thread(_want_pull, runtime, full_name, issue_number)
    if action is None:
        return None
    await send_pending_actions(runtime, repo=action.repo)
    refreshed = await asyncio.to_thread(by_key, runtime.engine, action.key)
    return refreshed.pr_number if refreshed else None


def _want_pull(runtime: Runtime, full_name: str, issue_number: int) -> Action | None:
    action = finding_action(runtime.engine, full_name, issue_number)
    if action is None or not action.want_open or action.state == ActionState.DISMISSED:
        return None
    action.want_pr, action.state = True, ActionState.PENDING
    save(runtime.engine, action)
    return action
