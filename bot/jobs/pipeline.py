"""The pipeline: a release's changes → affected installed repositories → one stored action each, then sent.

Async orchestration only: every database unit of work is a synchronous function (storage.repos,
storage.actions, `apply_diffs`) run via `asyncio.to_thread`, so nothing here blocks the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from packaging.utils import canonicalize_name

from bot.changes import ReleaseDiff
from bot.errors import GitHubError, GitHubGone, GitHubNotFound
from bot.findings.actions import ActionKind, ActionView
from bot.findings.lift import find_lifts
from bot.findings.lift_reconcile import reconcile_lifts
from bot.findings.outcome import Finding, Flavour, action_key, evaluate
from bot.findings.reconcile import Scope, reconcile_config
from bot.findings.scan import RepositoryAnalysis, analyse_repository
from bot.findings.transitive import Via
from bot.jobs.compat import RepoTree, evaluate_dependents, evaluate_new_release, repository_vias
from bot.jobs.repo_scan import Snapshot, Write, import_names, load_snapshot, scan_repository
from bot.jobs.sandbox import TooCostly
from bot.jobs.sender import send_pending_actions
from bot.storage import repos
from bot.storage.actions import (
    by_key,
    reconcile_finding,
    release_diff,
    repo_actions,
    store_changes,
)
from bot.storage.compat import live_through, save_note, stored_via
from bot.storage.db import Bind, unit_of_work
from bot.storage.models.actions import InstalledRepo

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.adapters.github import GitHubAPI
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

COSTLY_ATTEMPTS = 2  # a commit over its budget is tried again once, then skipped until the next push
RESCAN_RELEASES = 5  # per package: a newly installed repository hears about the last few breaking releases

__all__ = [
    "forget_repository",
    "ignore_package",
    "pin_from_issue",
    "process_new_releases",
    "process_release",
    "record_dismissal",
    "rescan_repository",
    "send_pending_actions",
]


async def analyse_snapshot(
    runtime: Runtime, repo: InstalledRepo, snapshot: Snapshot, diffs: Sequence[ReleaseDiff]
) -> RepositoryAnalysis | None:
    """Parse the snapshot in the sandbox; None when it is (still) too costly to analyse at this commit."""
    if repo.costly_sha == snapshot.sha and repo.costly_attempts >= COSTLY_ATTEMPTS:
        log.info(
            "repository skipped: too costly to analyse at this commit",
            extra={"repo": repo.full_name, "sha": snapshot.sha, "reason": repo.costly_reason},
        )
        return None
    try:
        analysis = await runtime.sandbox.run(analyse_repository, snapshot.file_bytes(), list(diffs))
    except TooCostly as e:
        await asyncio.to_thread(repos.record_costly, runtime.engine, repo, snapshot.sha, str(e))
        return None
    if repo.costly_sha is not None:
        await asyncio.to_thread(repos.record_costly, runtime.engine, repo, None, None)
    return analysis


def apply_diffs(
    runtime: Runtime,
    repo: InstalledRepo,
    analysis: RepositoryAnalysis,
    sha: str,
    diffs: Sequence[ReleaseDiff],
    vias: Mapping[tuple[str, str], tuple[Via, ...] | None] | None = None,
    notes: Mapping[tuple[str, str], str] | None = None,
    before: Sequence[Write] = (),
) -> int:
    """Store (or update) one repository's actions from its analysed snapshot; returns rows changed. `vias` holds,
    per (package, release), the extension releases it installs that break with it (None: undecided, left alone);
    `notes`, why it is protected from those it installs; `before`, the scan's own storing, done first.

    One synchronous unit of work, one transaction on PostgreSQL: load, ask the reconciler, store (run it off the
    event loop).
    """
    with unit_of_work(runtime.engine) as db:
        for write in before:
            write(db)
        for (package, version), note in (notes or {}).items():
            save_note(db, repo.full_name, package, version, note)
        return _apply_diffs(db, repo, analysis, sha, diffs, vias)


def _apply_diffs(
    engine: Bind,
    repo: InstalledRepo,
    analysis: RepositoryAnalysis,
    sha: str,
    diffs: Sequence[ReleaseDiff],
    vias: Mapping[tuple[str, str], tuple[Via, ...] | None] | None,
) -> int:
    config = analysis.config
    scope = Scope(repo=repo.full_name, installation_id=repo.installation_id, sha=sha)
    # every action of the repository in one read, used while nothing is written (most evaluations write nothing)
    everything = repo_actions(engine, repo.full_name)
    changes = reconcile_config([a for a in everything if a.kind == ActionKind.CONFIG_ERROR], config.error, scope)
    preloaded = None if changes else everything
    changed = store_changes(engine, changes)
    if analysis.report is None:
        return changed
    watched_diffs = []
    for diff in diffs:
        via = (vias or {}).get((canonicalize_name(diff.package), diff.new), ())
        if via is None:  # undecided this time (PyPI): keep what was known, still act on the repository's own uses
            via = stored_via(engine, action_key(repo.full_name, diff.package, diff.new))
        ignored = repos.is_ignored(engine, repo.name, diff.package, diff.new)
        watched = config.config.watches(diff.package) and not ignored
        watched_diffs += [diff] if watched else []
        outcome = evaluate(
            repo.full_name,
            sha,
            analysis.report,
            diff,
            warn_on_deprecations=config.config.warn_on_deprecations,
            watched=watched,
            via=via,
        )
        changes = reconcile_finding(engine, repo, config.config, diff, outcome, sha, preloaded)
        preloaded = None if changes else preloaded  # a write (or an insert another process won): read again
        changed += store_changes(engine, changes)
    kinds = (ActionKind.FINDING, ActionKind.LIFT)
    if preloaded is None:
        stored = repo_actions(engine, repo.full_name, *kinds)  # one read for both
    else:
        stored = [a for a in preloaded if a.kind in kinds]
    findings = [a for a in stored if a.kind == ActionKind.FINDING]
    # a cap is proposed for lifting only where the break was the repository's own code: one an installed extension
    # needed (a transitive finding) stays until that extension's fix release is required instead
    reported = {
        (a.package, a.version) for a in findings if a.flavour == Flavour.REMOVAL.value and not _through_extension(a)
    }
    lifts = find_lifts(repo.full_name, sha, analysis.report, watched_diffs, reported)
    existing = [a for a in stored if a.kind == ActionKind.LIFT]
    return changed + store_changes(
        engine, reconcile_lifts(existing, lifts, analysis.report, watched_diffs, config.config, scope)
    )


def _through_extension(action: ActionView) -> bool:
    """The stored finding names extension releases that break (it was, at least partly, transitive)."""
    return bool(action.finding_json) and bool(Finding.model_validate_json(action.finding_json or "{}").via)


async def evaluate_repository(
    runtime: Runtime,
    repo: InstalledRepo,
    snapshot: Snapshot,
    diffs: Sequence[ReleaseDiff],
    deferred: Sequence[Write] = (),
) -> int:
    """Analyse the snapshot in the sandbox and store the resulting actions; returns rows changed. `deferred`: the
    scan's storing, done in the transaction that stores the actions (or alone, when nothing is analysed)."""
    analysis = await analyse_snapshot(runtime, repo, snapshot, diffs)
    if analysis is None:
        if deferred:
            await asyncio.to_thread(_run, runtime.engine, deferred)
        return 0
    vias: dict[tuple[str, str], tuple[Via, ...] | None] = {}
    notes: dict[tuple[str, str], str] = {}
    if analysis.report is not None:
        tree = repository_tree(runtime, snapshot)
        for diff in diffs:
            report = analysis.report
            found = await repository_vias(runtime, report.requirements, diff, tree=tree, own=report.own_names)
            vias[(canonicalize_name(diff.package), diff.new)] = found.vias if found is not None else None
            if found is not None:
                notes[(diff.package, diff.new)] = found.note
    return await asyncio.to_thread(apply_diffs, runtime, repo, analysis, snapshot.sha, diffs, vias, notes, deferred)


def repository_tree(runtime: Runtime, snapshot: Snapshot) -> RepoTree:
    """The snapshot's files, for what the repository imports of an extension: kept when they spell one of the import
    names of the scan (the watchlist's, for a scan stored before they were kept), and complete unless GitHub
    truncated the tree or a budget left a Python file out."""
    names = frozenset(snapshot.names) if snapshot.names is not None else import_names(runtime.settings.watchlist)
    return RepoTree(snapshot.files, names, complete=not snapshot.tree_truncated and not snapshot.cut)


def _run(engine: Engine, writes: Sequence[Write]) -> None:
    with unit_of_work(engine) as db:
        for write in writes:
            write(db)


async def _snapshot(
    runtime: Runtime,
    repo: InstalledRepo,
    gh: GitHubAPI | None = None,
    previous: Snapshot | None | Literal["stored"] = "stored",
    deferred: list[Write] | None = None,
) -> Snapshot | None:
    """A fresh scan when GitHub is reachable (≤3 conditional calls when nothing moved), else the stored one.

    `gh` is the installation client a webhook handler already holds; the polling round opens its own. `previous`:
    the stored scan, when the caller read it already. `deferred`: see `scan_repository`."""
    if runtime.github is None:
        if not isinstance(previous, str):
            return previous
        return await asyncio.to_thread(load_snapshot, runtime.engine, repo.full_name)
    if gh is None or gh.installation_id != repo.installation_id:
        async with runtime.github.installation(repo.installation_id) as own:
            return await _scan(runtime, repo, own, previous, deferred)
    return await _scan(runtime, repo, gh, previous, deferred)


async def _scan(
    runtime: Runtime,
    repo: InstalledRepo,
    gh: GitHubAPI,
    previous: Snapshot | None | Literal["stored"],
    deferred: list[Write] | None,
) -> Snapshot:
    settings = runtime.settings
    _, snapshot = await scan_repository(
        gh,
        runtime.engine,
        repo.full_name,
        import_names(settings.watchlist),
        max_files=settings.repo_max_files,
        max_bytes=settings.repo_max_bytes,
        record=lambda session, info, sha: repos.record_scan(session, repo, sha, info),
        previous=previous,
        deferred=deferred,
    )
    return snapshot


async def apply_release(runtime: Runtime, diff: ReleaseDiff) -> int:
    """Apply one release's changes to every installed repository, then send; returns actions stored or changed."""
    changed = 0
    if diff.changes:
        runtime.compat.index(fresh=True)  # this round's listings, shared by every repository below
        await evaluate_dependents(runtime, diff)  # watched extensions' newest releases against this one
        for repo in await asyncio.to_thread(repos.installed_repositories, runtime.engine):
            try:
                snapshot = await _snapshot(runtime, repo)
            except GitHubError as e:  # one unreachable repository must not stop the others
                log.warning("repository scan failed", extra={"repo": repo.full_name, "error": str(e)})
                continue
            if snapshot is not None:
                changed += await evaluate_repository(runtime, repo, snapshot, [diff])
    await evaluate_new_release(runtime, diff.package, diff.new)  # a dependent's release may be its fix release
    changed += await reevaluate_through(runtime, diff.package)
    await asyncio.to_thread(repos.mark_processed, runtime.engine, diff, changed)
    await send_pending_actions(runtime)
    return changed


async def reevaluate_through(runtime: Runtime, dependent: str) -> int:
    """E published a release: re-evaluate the repositories warned through E (its fix release may have shipped)."""
    changed = 0
    for action in await asyncio.to_thread(live_through, runtime.engine, dependent):
        diff = await asyncio.to_thread(release_diff, runtime.engine, action.package or "", action.version or "")
        repo = next(
            (
                r
                for r in await asyncio.to_thread(repos.installed_repositories, runtime.engine)
                if r.full_name == action.repo
            ),
            None,
        )
        if diff is None or repo is None:
            continue
        try:
            snapshot = await _snapshot(runtime, repo)
        except GitHubError as e:
            log.warning("repository scan failed", extra={"repo": repo.full_name, "error": str(e)})
            continue
        if snapshot is not None:
            runtime.compat.index(fresh=True)  # E's listing just changed
            changed += await evaluate_repository(runtime, repo, snapshot, [diff])
    return changed


async def process_release(runtime: Runtime, package: str, version: str) -> int:
    """A new release: its changes (stored, or computed once) applied to every installed repository."""
    diff = await asyncio.to_thread(release_diff, runtime.engine, package, version)
    if diff is None:
        diff = await runtime.compare(package, version)
    log.info("processing release", extra={"package": package, "version": version, "changes": len(diff.changes)})
    return await apply_release(runtime, diff)


async def process_new_releases(runtime: Runtime) -> int:
    """Post-poll step: apply every stored release diff not processed yet."""
    count = 0
    for diff in await asyncio.to_thread(repos.unprocessed_diffs, runtime.engine):
        count += await apply_release(runtime, diff)
    return count


async def rescan_repository(runtime: Runtime, installation_id: int, full_name: str, gh: GitHubAPI | None = None) -> int:
    """Scan a repository (installed or pushed to) and bring its actions in step; returns rows changed.

    A webhook handler passes the installation client it holds as `gh`."""
    repo = await asyncio.to_thread(repos.register, runtime.engine, installation_id, full_name)
    try:
        snapshot = await _snapshot(runtime, repo, gh)
    except (GitHubNotFound, GitHubGone) as e:
        await asyncio.to_thread(repos.record_unreachable, runtime.engine, repo, str(e))
        log.warning("repository not reachable; not scanned", extra={"repo": full_name, "error": str(e)})
        return 0
    if snapshot is None:
        log.info("dry run: no stored scan to re-evaluate", extra={"repo": full_name})
        return 0
    ordered = await asyncio.to_thread(repos.rescan_diffs, runtime.engine, repo, RESCAN_RELEASES)
    runtime.compat.index(fresh=True)
    changed = await evaluate_repository(runtime, repo, snapshot, ordered)
    await send_pending_actions(runtime, repo=repo.full_name, gh=gh)
    return changed


async def forget_repository(runtime: Runtime, full_name: str) -> None:
    """The App left a repository: forget its scans; its unsent actions are dropped (nothing can be sent)."""
    await asyncio.to_thread(repos.forget, runtime.engine, full_name)
    log.info("repository forgotten", extra={"repo": full_name})


async def record_dismissal(runtime: Runtime, full_name: str, issue_number: int) -> bool:
    """A person closed one of our issues or PRs: never reopen it for this release. False when it is not ours."""
    action = await asyncio.to_thread(repos.dismiss, runtime.engine, full_name, issue_number)
    if action is None:
        return False
    log.info("finding dismissed by a person", extra={"repo": full_name, "key": action.key, "number": issue_number})
    return True


async def ignore_package(
    runtime: Runtime, gh: GitHubAPI | None, full_name: str, package: str, version: str | None
) -> int:
    """`@release-watch ignore PACKAGE [VERSION]`: remember it and close the matching open issues; returns how many."""
    actions = await asyncio.to_thread(repos.ignore, runtime.engine, full_name, package, version)
    await send_pending_actions(runtime, repo=actions[0].repo if actions else None, gh=gh)
    return len(actions)


async def pin_from_issue(runtime: Runtime, gh: GitHubAPI | None, full_name: str, issue_number: int) -> int | None:
    """`@release-watch pin`: turn the issue's finding into a PR adding the bound; returns the PR number."""
    action = await asyncio.to_thread(repos.want_pull, runtime.engine, full_name, issue_number)
    if action is None:
        return None
    await send_pending_actions(runtime, repo=action.repo, gh=gh)
    refreshed = await asyncio.to_thread(by_key, runtime.engine, action.key)
    return refreshed.pr_number if refreshed else None
