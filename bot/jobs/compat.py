"""Ecosystem compatibility jobs: verdicts of watched dependents against a breaking release, and per repository
the extension releases it installs that break with it (the chain for a transitive finding).

Released artifacts never change, so a verdict is computed once and stored; an `unknown` caused by PyPI being
unreachable is not stored (the next round tries again).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from packaging.requirements import Requirement as Pep508
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from bot.adapters.pypi import PyPIClient
from bot.adapters.pypi_metadata import MetadataIndex, stored_file
from bot.adapters.risk_sources import gather_signals
from bot.adapters.scanfs import scan_tree
from bot.changes import ChangeKind, ReleaseDiff
from bot.deps import Requirement
from bot.deps.core_metadata import CoreMetadata
from bot.deps.resolve import Resolution, fresh_install
from bot.errors import PyPIError
from bot.findings.compat import (
    CompatStatus,
    CompatVerdict,
    compat_verdict,
    depends_on,
    excludes_release,
    fix_release,
)
from bot.findings.transitive import Exposure, install_roots, make_via, protection_note
from bot.jobs.sandbox import TooCostly
from bot.releases import ProjectInfo
from bot.risk import assess
from bot.runtime import Runtime
from bot.storage import compat as store
from bot.storage.risks import save_assessment
from bot.storage.surfaces import stored_diff

log = logging.getLogger(__name__)

RESOLVERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="resolver")
"""A resolution blocks its thread while the event loop fetches PyPI metadata for it, and that fetching needs the
loop's default executor (DNS lookups, file reads): on threads of their own, concurrent resolutions (one per job the
queue runs at once) can never take every default thread and deadlock the process."""


async def _resolve(*args: Any) -> Resolution:
    """`fresh_install(*args)` on a resolver thread."""
    return await asyncio.get_running_loop().run_in_executor(RESOLVERS, fresh_install, *args)


BREAKING = frozenset({ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED, ChangeKind.ENV_VAR_REMOVED})
INDEX_TTL_SECONDS = 60.0
"""Listings are shared by the repositories evaluated together; the pipeline starts a fresh index for each release
it applies and each rescan, so a new release on PyPI is never hidden by an older listing."""
MAX_NEWER = 5
"""E releases after a breaking one evaluated when looking for its fix release."""
MAX_BROKEN = 3
"""Older breaking E releases checked for whether the repository still admits them."""
RISK_TTL_SECONDS = 3600.0
FAILURES = (PyPIError, TooCostly, OSError, ValueError)


def breaks_something(diff: ReleaseDiff) -> bool:
    """Whether the release removes or changes anything (a deprecation breaks no dependent)."""
    return any(change.kind in BREAKING for change in diff.changes)


class CompatMemory:
    """What one process remembers between compatibility evaluations (owned by the Runtime): the current round's
    PyPI listings, and when each dependent's maintenance signals were last gathered."""

    def __init__(self, pypi: PyPIClient) -> None:
        self.pypi = pypi
        self._index: tuple[float, MetadataIndex] | None = None
        self.risk_gathered: dict[str, float] = {}
        self.polled = False
        """The poller has seen the watched packages (once true, it stays true: no query per repository)."""

    def index(self, *, fresh: bool = False) -> MetadataIndex:
        """The listing cache of the current round (a new one after `INDEX_TTL_SECONDS`, or when `fresh`)."""
        if self._index is None or fresh or time.monotonic() - self._index[0] > INDEX_TTL_SECONDS:
            self._index = (time.monotonic(), MetadataIndex(self.pypi))
        return self._index[1]

    def start_round(self, projects: dict[str, ProjectInfo]) -> None:
        """Start a round with listings fetched moments ago (a one-shot command's own), so none is fetched twice."""
        self._index = (time.monotonic(), MetadataIndex(self.pypi, projects))


async def dependent_verdict(
    runtime: Runtime, index: MetadataIndex, diff: ReleaseDiff, dependent: str, version: str
) -> CompatVerdict:
    """E v against X N: stored, or computed from E's metadata and (when it admits N) its scanned artifact."""
    stored = await asyncio.to_thread(store.stored_verdict, runtime.engine, diff.package, diff.new, dependent, version)
    if stored is not None:
        return stored
    try:
        metadata = await index.metadata(dependent, version)
    except FAILURES as e:
        unknown = CoreMetadata(name=dependent, version=version, requires_dist=(f"{diff.package}",))
        return compat_verdict(unknown, diff, None, failure=f"metadata unavailable: {e}")
    if excludes_release(metadata, diff.package, diff.new):
        verdict = compat_verdict(metadata, diff, None)
    else:
        try:
            file = await index.artifact(dependent, version)
            root = await runtime.pypi.extract(file)
            report = await runtime.sandbox.run(scan_tree, root, [diff])  # parsed in a worker, within a budget
        except FAILURES as e:
            return compat_verdict(metadata, diff, None, failure=str(e))
        verdict = compat_verdict(metadata, diff, report.usages, artifact=file.filename, artifact_url=file.url)
    await asyncio.to_thread(store.save_verdict, runtime.engine, verdict)
    log.info(
        "compatibility verdict",
        extra={"package": diff.package, "version": diff.new, "dependent": dependent, "status": verdict.status.value},
    )
    return verdict


async def evaluate_dependents(runtime: Runtime, diff: ReleaseDiff) -> list[CompatVerdict]:
    """Every watched package's newest release against a breaking X N (those that depend on X)."""
    if not breaks_something(diff):
        return []
    latest = await asyncio.to_thread(store.watched_latest, runtime.engine)
    package = canonicalize_name(diff.package)
    index = runtime.compat.index()
    for name, (filename, url, sha256, size) in (
        await asyncio.to_thread(store.latest_artifacts, runtime.engine)
    ).items():
        index.remember(name, latest[name], stored_file(filename, url, sha256, size))  # no listing needed
    candidates = [
        (name, version)
        for name, version in latest.items()
        if name != package and await _pulls_in(index, name, version, package, latest)
    ]
    return list(await asyncio.gather(*(dependent_verdict(runtime, index, diff, n, v) for n, v in candidates)))


async def evaluate_new_release(runtime: Runtime, dependent: str, version: str) -> list[CompatVerdict]:
    """E published `version`: its verdict against every X N that broke an earlier E release (is it the fix?)."""
    pairs = {
        (v.package, v.version)
        for v in await asyncio.to_thread(store.dependent_verdicts, runtime.engine, dependent)
        if v.status is CompatStatus.BREAKS
    }
    verdicts = []
    index = runtime.compat.index(fresh=True)
    for package, broken in sorted(pairs):
        diff = await asyncio.to_thread(stored_diff, runtime.engine, package, broken)
        if diff is not None:
            verdicts.append(await dependent_verdict(runtime, index, diff, dependent, version))
    return verdicts


async def _pulls_in(index: MetadataIndex, name: str, version: str, package: str, latest: dict[str, str]) -> bool:
    """Whether E's release declares X, or a watched package whose newest release declares X (one level): only
    then can its code meet X without declaring it."""
    try:
        metadata = await index.metadata(name, version)
        if depends_on(metadata, package):
            return True
        for other in latest.keys() - {name, package}:
            if depends_on(metadata, other) and depends_on(await index.metadata(other, latest[other]), package):
                return True
    except FAILURES as e:
        log.warning("dependent skipped", extra={"dependent": name, "version": version, "error": str(e)})
    return False


async def fix_of(runtime: Runtime, index: MetadataIndex, diff: ReleaseDiff, dependent: str, broken: str) -> str | None:
    """E's first release after `broken` that no longer breaks with X N (up to `MAX_NEWER` evaluated)."""
    releases = await index.releases(dependent)
    newer = [
        r.version for r in releases if r.version > Version(broken) and not r.yanked and not r.version.is_prerelease
    ]
    verdicts = [await dependent_verdict(runtime, index, diff, dependent, broken)]
    for version in sorted(newer)[:MAX_NEWER]:
        verdicts.append(await dependent_verdict(runtime, index, diff, dependent, str(version)))
        if verdicts[-1].status is CompatStatus.COMPATIBLE:
            break
    return fix_release(verdicts)


async def repository_vias(
    runtime: Runtime, requirements: Sequence[Requirement], diff: ReleaseDiff, *, polled_only: bool = True
) -> Exposure | None:
    """The breaking extension releases the repository admits together with X N or later (or why it is protected
    from those it installs); None when it could not be decided (PyPI unavailable): the caller then leaves the
    repository's stored state alone. With `polled_only` (the App), nothing is resolved before the poller has seen
    the watched packages."""
    if not breaks_something(diff):
        return Exposure()
    if polled_only and not await _polled(runtime):
        return Exposure()
    roots, constraints = install_roots(requirements)
    if not roots:
        return Exposure()
    index = runtime.compat.index()
    blocking = index.blocking(asyncio.get_running_loop())
    universe = runtime.settings.watchlist
    package, new = canonicalize_name(diff.package), Version(diff.new)
    try:
        fresh = await _resolve(roots, blocking, universe, constraints)
        if package not in fresh.picked:
            return Exposure()
        vias = []
        protected = []
        for dependent, version in sorted(fresh.picked.items()):
            if dependent == package:
                continue
            metadata = await index.metadata(dependent, version)
            if not depends_on(metadata, package) and not fresh.pulls_in(dependent, package):
                continue
            verdict = None
            if Version(fresh.picked[package]) >= new:
                current = await dependent_verdict(runtime, index, diff, dependent, version)
                if current.failed:  # undecided: an open issue must not close on a PyPI hiccup
                    raise PyPIError(current.why)
                verdict = current if current.status is CompatStatus.BREAKS else None
            if verdict is None:
                verdict, known = await _admitted_breaking(runtime, roots, constraints, diff, dependent)
                protected += [f"{metadata.name or dependent} {v}" for v in known] if verdict is None else []
            if verdict is None:
                continue
            fix = await fix_of(runtime, index, diff, dependent, verdict.dependent_version)
            if fix is None:
                await _refresh_risk(runtime, dependent)
            chain = fresh.chains.get(dependent, (dependent,))
            vias.append(
                make_via(
                    verdict,
                    metadata.name or dependent,
                    version,
                    chain,
                    requirements,
                    artifact_url=verdict.artifact_url,
                    fix_release=fix,
                )
            )
    except FAILURES as e:
        log.warning("transitive check failed", extra={"package": diff.package, "version": diff.new, "error": str(e)})
        return None
    note = "" if vias else protection_note(requirements, package, diff.new, fresh.picked.get(package), protected)
    return Exposure(vias=tuple(vias), note=note)


async def _polled(runtime: Runtime) -> bool:
    """Whether the poller has seen the watched packages (asked of the database until it has)."""
    if not runtime.compat.polled:
        runtime.compat.polled = bool(await asyncio.to_thread(store.watched_latest, runtime.engine))
    return runtime.compat.polled


async def _admitted_breaking(
    runtime: Runtime, roots: list[Pep508], constraints: dict[str, SpecifierSet], diff: ReleaseDiff, dependent: str
) -> tuple[CompatVerdict | None, list[str]]:
    """A stored breaking E release the requirements still admit together with X N (a fresh install no longer
    picks it, but an environment or lock that holds it keeps the broken pair), and the breaking E versions known."""
    stored = await asyncio.to_thread(store.release_verdicts, runtime.engine, diff.package, diff.new)
    broken = [v for v in stored if v.dependent == dependent and v.status is CompatStatus.BREAKS]
    broken.sort(key=lambda v: _version(v.dependent_version), reverse=True)
    package = canonicalize_name(diff.package)
    blocking = runtime.compat.index().blocking(asyncio.get_running_loop())
    for verdict in broken[:MAX_BROKEN]:
        forced = dict(constraints)
        forced[dependent] = forced.get(dependent, SpecifierSet()) & SpecifierSet(f"=={verdict.dependent_version}")
        forced[package] = forced.get(package, SpecifierSet()) & SpecifierSet(f">={diff.new}")
        result = await _resolve(roots, blocking, runtime.settings.watchlist, forced)
        if result.picked.get(dependent) == verdict.dependent_version:
            return verdict, []
    return None, [v.dependent_version for v in broken[:MAX_BROKEN]]


def _version(text: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        return Version("0")


async def _refresh_risk(runtime: Runtime, dependent: str) -> None:
    """E's maintenance signals, gathered fresh for the advice (at most once an hour per package)."""
    gathered = runtime.compat.risk_gathered
    if dependent in gathered and time.monotonic() - gathered[dependent] < RISK_TTL_SECONDS:
        return
    gathered[dependent] = time.monotonic()
    signals = await gather_signals(runtime.pypi, dependent, runtime.github)
    await asyncio.to_thread(save_assessment, runtime.engine, signals, assess(signals))
