"""Ecosystem compatibility jobs: verdicts of watched dependents against a breaking release, and per repository
the extension releases it installs that break with it (the chain for a transitive finding).

Released artifacts never change, so a verdict is stored, with the versions of the diff engine and usage finder that
made it: one made with others is recomputed when next needed. An `unknown` caused by PyPI being unreachable is not
stored (the next round tries again).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement as Pep508
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from bot.adapters.pypi import PyPIClient
from bot.adapters.pypi_metadata import MetadataIndex, stored_file
from bot.adapters.risk_sources import gather_signals
from bot.adapters.scanfs import scan_tree
from bot.changes import ChangeKind, ReleaseDiff
from bot.deps import Requirement
from bot.deps.core_metadata import CoreMetadata
from bot.deps.resolve import Release, Resolution, fresh_install
from bot.errors import AnalysisError, PyPIError, UnreadableArchiveError, UnsafeArchiveError
from bot.findings.compat import (
    CompatStatus,
    CompatVerdict,
    DependentUse,
    UseReach,
    compat_verdict,
    depends_on,
    excludes_release,
    fix_release,
    forced_floor,
)
from bot.findings.transitive import (
    Exposure,
    Via,
    excluded_fix,
    install_roots,
    make_via,
    protection_note,
    restored_note,
    still_missing,
    unloaded_note,
)
from bot.jobs.reach import artifact_reach, files_import
from bot.jobs.sandbox import TooCostly
from bot.releases import ProjectInfo, ReleaseFile
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
"""Older E releases checked for whether they break and the repository still admits them."""
RISK_TTL_SECONDS = 3600.0
FAILURES = (PyPIError, UnsafeArchiveError, TooCostly, OSError, ValueError)
"""What reading E can fail with: each costs E's own verdict ("unknown", the reason given), never its neighbours'
(an extension whose archive escapes its folder, or cannot be read at all, once failed the whole step)."""


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
            file, root = await _extracted(runtime.pypi, index, dependent, version)
            report = await runtime.sandbox.run(scan_tree, root, [diff])  # parsed in a worker, within a budget
        except FAILURES as e:
            return compat_verdict(metadata, diff, None, failure=str(e))
        verdict = compat_verdict(metadata, diff, report.usages, artifact=file.filename, artifact_url=file.url)
        if verdict.status is CompatStatus.BREAKS:
            verdict = verdict.model_copy(update={"reach": await _reach(runtime, root, verdict.uses)})
    await asyncio.to_thread(store.save_verdict, runtime.engine, verdict)
    log.info(
        "compatibility verdict",
        extra={"package": diff.package, "version": diff.new, "dependent": dependent, "status": verdict.status.value},
    )
    return verdict


async def _extracted(pypi: PyPIClient, index: MetadataIndex, dependent: str, version: str) -> tuple[ReleaseFile, Path]:
    """E's artifact (the one the poller stored, else the best) and its extraction; when that archive cannot be read
    the release's next readable artifact is, so the uses are found in (and attributed to) the file actually read."""
    file = await index.artifact(dependent, version)
    try:
        return file, await pypi.extract(file)
    except UnreadableArchiveError as e:
        log.warning("unreadable artifact, reading the next", extra={"file": file.filename, "error": str(e)})
        return await pypi.readable(dependent, version)


async def _reach(runtime: Runtime, root: Path, uses: Sequence[DependentUse]) -> UseReach | None:
    """Which of E's modules load those holding `uses` (E's import graph, parsed in a worker); None when it cannot be
    read within the budget: the breaking verdict then stands for every repository."""
    try:
        return await runtime.sandbox.run(artifact_reach, root, tuple(uses))
    except TooCostly as e:
        log.warning("import graph not read", extra={"path": str(root), "error": str(e)})
        return None


class RepoTree:
    """A repository's files (path -> text), to read what it imports of an extension: in the sandbox, only the Python
    files that spell the extension's names, once per set of names.

    `names`: the import names a file had to spell to be kept (a file importing another name may be missing);
    `complete`: no file that may matter was left out by a budget."""

    def __init__(self, files: Mapping[str, str], names: frozenset[str], *, complete: bool) -> None:
        self.files = files
        self.names = names
        self.complete = complete
        self._imports: dict[frozenset[str], set[str]] = {}

    async def imports(self, runtime: Runtime, roots: frozenset[str]) -> set[str]:
        """The dotted names under `roots` the files import; empty when that is unknown."""
        if not self.complete or not roots <= self.names:
            return set()
        if roots not in self._imports:
            spelling = {
                path: text.encode()
                for path, text in self.files.items()
                if path.endswith(".py") and any(root in text for root in roots)
            }
            try:
                self._imports[roots] = await runtime.sandbox.run(files_import, spelling, roots)
            except TooCostly as e:
                log.warning("repository imports not read", extra={"error": str(e)})
                self._imports[roots] = set()
        return self._imports[roots]


async def _unloaded(runtime: Runtime, via: Via, reach: UseReach | None, tree: RepoTree | None) -> str:
    """Why the repository never loads the modules of E holding its uses of what breaks, as `scan` says it (empty
    when it may, or when E's graph or the repository's imports are unknown: the finding stands)."""
    if tree is None or reach is None or len(via.chain) != 1:
        return ""
    roots = frozenset(module.split(".", 1)[0] for module in reach.holding.values())
    return unloaded_note(via, reach.holding, reach.graph(), await tree.imports(runtime, roots))


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
    """E's first release after `broken` that no longer breaks with X N, nor with a release X N's own requirements
    force: the `MAX_NEWER` releases after it, then the later series' newest releases, halved (a release that works
    is followed by ones that do), then the releases of the first series whose newest works. Sandman2 1.2.3 pins
    Flask-SQLAlchemy 2.4.0, six releases before 3.0.0, the first that works with Flask 3.0.0: "no release works
    yet" was said of a project whose fix had been out for a year."""
    releases = await index.releases(dependent)
    newer = sorted(
        r.version for r in releases if r.version > Version(broken) and not r.yanked and not r.version.is_prerelease
    )
    verdicts = [await dependent_verdict(runtime, index, diff, dependent, broken)]
    forced: list[ReleaseDiff] | None = None

    async def works(version: Version) -> bool:
        nonlocal forced
        verdict = await dependent_verdict(runtime, index, diff, dependent, str(version))
        if verdict.status is CompatStatus.COMPATIBLE:
            forced = await forced_diffs(runtime, index, diff) if forced is None else forced
            verdict = await _with_forced(runtime, index, forced, dependent, verdict)
        verdicts.append(verdict)
        return verdict.status is CompatStatus.COMPATIBLE

    for version in newer[:MAX_NEWER]:
        if await works(version):
            return fix_release(verdicts)
    heads = sorted(series_heads(newer[MAX_NEWER:]))
    low, high = 0, len(heads)
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if await works(heads[middle]) else (middle + 1, high)
    if low < len(heads):
        head = heads[low]
        series = [v for v in newer[MAX_NEWER:] if (v.major, v.minor) == (head.major, head.minor) and v < head]
        for version in series[:MAX_NEWER]:
            if await works(version):
                break
    return fix_release(verdicts)


async def forced_diffs(runtime: Runtime, index: MetadataIndex, diff: ReleaseDiff) -> list[ReleaseDiff]:
    """The breaking releases of other watched packages that X N's own requirements force (the lowest each admits):
    Flask-Login 0.6.2 no longer uses the `_request_ctx_stack` Flask 3.0.0 removed, yet is no fix for it, since Flask
    3.0.0 requires Werkzeug>=3.0.0 and Flask-Login 0.6.2 imports `werkzeug.urls.url_decode`, gone there (0.6.3 is).
    A release whose diff cannot be made is left out (the fix release is then chosen as before)."""
    metadata = await index.metadata(diff.package, diff.new)
    found = []
    for name in runtime.settings.watchlist:
        if canonicalize_name(name) == canonicalize_name(diff.package) or not depends_on(metadata, name):
            continue
        releases = [r.version for r in await index.releases(name) if not r.yanked and not r.version.is_prerelease]
        floor = forced_floor(metadata, name, releases)
        if floor is None:
            continue
        try:
            forced = await runtime.compare(name, str(floor))
        except (*FAILURES, AnalysisError) as e:
            log.warning("forced release not compared", extra={"package": name, "version": str(floor), "error": str(e)})
            continue
        if breaks_something(forced):
            found.append(forced)
    return found


async def _with_forced(
    runtime: Runtime, index: MetadataIndex, forced: Sequence[ReleaseDiff], dependent: str, verdict: CompatVerdict
) -> CompatVerdict:
    """`verdict` (E v compatible with X N), or E v's breaking verdict against a release X N forces."""
    for other in forced:
        against = await dependent_verdict(runtime, index, other, dependent, verdict.dependent_version)
        if against.status is CompatStatus.BREAKS:
            return against
    return verdict


@dataclass(frozen=True)
class _Install:
    """One repository's check against X N: what every extension it installs is checked with."""

    requirements: Sequence[Requirement]
    roots: list[Pep508]
    constraints: dict[str, SpecifierSet]
    diff: ReleaseDiff
    universe: tuple[str, ...]
    """What the resolver picks releases of: the watched packages and the repository's own listed requirements."""


@dataclass(frozen=True)
class _Through:
    """An extension E the fresh install picks: its name as its metadata spells it, the release, the chain to it."""

    dependent: str
    name: str
    version: str
    chain: tuple[str, ...]

    def via(self, verdict: CompatVerdict, requirements: Sequence[Requirement]) -> Via:
        """The evidence of `verdict` (a release of E) for the repository."""
        return make_via(verdict, self.name, self.version, self.chain, requirements, artifact_url=verdict.artifact_url)


async def repository_vias(
    runtime: Runtime,
    requirements: Sequence[Requirement],
    diff: ReleaseDiff,
    *,
    polled_only: bool = True,
    tree: RepoTree | None = None,
    own: Collection[str] = (),
) -> Exposure | None:
    """The breaking extension releases the repository admits together with X N or later (or why it is protected
    from those it installs); None when it could not be decided (PyPI unavailable): the caller then leaves the
    repository's stored state alone. With `polled_only` (the App), nothing is resolved before the poller has seen
    the watched packages. With `tree` (the App), a release whose uses of what breaks sit only in modules the
    repository never loads is no via: the note says why, as `scan` says "OK through". `own`: the distributions the
    repository builds itself, which its checkout provides (no release of theirs is a via)."""
    if not breaks_something(diff):
        return Exposure()
    if polled_only and not await _polled(runtime):
        return Exposure()
    roots, constraints = install_roots(requirements, own)
    if not roots:
        return Exposure()
    index = runtime.compat.index()
    blocking = index.blocking(asyncio.get_running_loop())
    package, new = canonicalize_name(diff.package), Version(diff.new)
    watchlist = tuple(runtime.settings.watchlist)
    try:
        universe = (*watchlist, *await _listed_roots(index, roots, watchlist))
        install = _Install(requirements, roots, constraints, diff, universe)
        fresh = await _resolve(roots, blocking, universe, constraints)
        if fresh.error and universe != watchlist:  # a requirement of its own no release satisfies: as before
            install = _Install(requirements, roots, constraints, diff, watchlist)
            fresh = await _resolve(roots, blocking, watchlist, constraints)
        if package not in fresh.picked:
            return Exposure()
        vias: list[Via] = []
        protected: list[str] = []
        unloaded: list[str] = []
        partner = await _partner(index, install, SpecifierSet(fresh.required.get(package, "")))
        for dependent, version in sorted(fresh.picked.items()):
            if dependent == package:
                continue
            metadata = await index.metadata(dependent, version)
            if not depends_on(metadata, package) and not fresh.pulls_in(dependent, package):
                if not _named_extension(dependent, package, fresh):
                    continue
            chain = fresh.chains.get(dependent, (dependent,))
            through = _Through(dependent, metadata.name or dependent, version, chain)
            paired = Version(fresh.picked[package]) >= new
            verdict, known = await _breaking(runtime, index, install, through, paired=paired)
            if verdict is None:
                protected += [f"{through.name} {v}" for v in known]
                continue
            if partner != diff.new:
                symbols = (await runtime.analyser.surface(package, partner)).symbols
                if not still_missing(verdict.uses, symbols):
                    unloaded.append(restored_note(through.name, verdict.dependent_version, package, diff.new, partner))
                    continue
                verdict = verdict.model_copy(update={"uses": still_missing(verdict.uses, symbols)})
            via = through.via(verdict, requirements)
            note = await _unloaded(runtime, via, verdict.reach, tree)
            if note:  # as `scan` says "OK through" (it checks the same via, the same way)
                unloaded.append(note)
                continue
            fix = await fix_of(runtime, index, diff, dependent, via.version)
            excluded = excluded_fix(requirements, chain, await index.metadata(dependent, fix), own) if fix else ""
            if fix is None:
                await _refresh_risk(runtime, dependent)
            vias.append(via.model_copy(update={"fix_release": fix, "fix_excluded": excluded}))
    except FAILURES as e:
        log.warning("transitive check failed", extra={"package": diff.package, "version": diff.new, "error": str(e)})
        return None
    if vias:
        return Exposure(vias=tuple(vias))
    protection = protection_note(requirements, package, diff.new, fresh.picked.get(package), protected)
    return Exposure(note="; ".join(note for note in (protection, *unloaded) if note))


def _named_extension(dependent: str, package: str, fresh: Resolution) -> bool:
    """An extension named by the convention of X or of a picked package that brings X in (`Flask-Foo`, `Foo-Flask`)
    that declares neither: its artifact is scanned, and only the imports found in its code make it a via (Flask-Markdown
    0.3 declares `markdown` alone, yet does `from flask import Markup`, gone in Flask 2.3.0). Any other undeclared
    requirement is not downloaded: scanning every direct requirement for every breaking release costs too much."""
    parts = canonicalize_name(dependent).split("-")
    frameworks = {package, *(name for name in fresh.picked if fresh.pulls_in(name, package))} - {dependent}
    return len(parts) > 1 and bool({parts[0], parts[-1]} & frameworks)


async def _listed_roots(index: MetadataIndex, roots: Sequence[Pep508], watchlist: Sequence[str]) -> list[str]:
    """The repository's own requirements outside the watchlist that PyPI lists a release of for their specifier.

    An extension the repository installs itself (flask-paginate 2022.1.8 importing `flask.Markup`, gone in Flask
    2.3.0) breaks it whether or not it is watched; one PyPI does not know (a private or URL requirement) is left out,
    so the resolution never fails on it."""
    watched = {canonicalize_name(name) for name in watchlist}
    wanted = {canonicalize_name(r.name): r.specifier for r in roots if r.url is None}
    outside = sorted(name for name in wanted if name not in watched)
    listings = await asyncio.gather(*(_releases(index, name) for name in outside))
    return [
        name
        for name, releases in zip(outside, listings, strict=True)
        if any(not r.yanked and wanted[name].contains(r.version) for r in releases)
    ]


async def _releases(index: MetadataIndex, name: str) -> list[Release]:
    """A requirement's listing; none when PyPI cannot give it (the requirement is then only left out)."""
    try:
        return await index.releases(name)
    except FAILURES:
        return []


async def _polled(runtime: Runtime) -> bool:
    """Whether the poller has seen the watched packages (asked of the database until it has)."""
    if not runtime.compat.polled:
        runtime.compat.polled = bool(await asyncio.to_thread(store.watched_latest, runtime.engine))
    return runtime.compat.polled


async def _breaking(
    runtime: Runtime, index: MetadataIndex, install: _Install, through: _Through, *, paired: bool
) -> tuple[CompatVerdict | None, list[str]]:
    """The verdict of E's release that breaks with X N in the repository's install: the fresh pick when the install
    pairs it with N or later (`paired`), else an older release the requirements still admit with N (an environment
    or lock holding it keeps the broken pair); and, when none, the breaking releases the requirements keep from N."""
    diff = install.diff
    if paired:
        current = await dependent_verdict(runtime, index, diff, through.dependent, through.version)
        if current.failed:  # undecided: an open issue must not close on a PyPI hiccup
            raise PyPIError(current.why)
        if current.status is CompatStatus.BREAKS:
            return current, []
    known = []
    for version in await _older_releases(index, install, through.dependent, through.version, inclusive=not paired):
        verdict = await dependent_verdict(runtime, index, diff, through.dependent, version)
        if verdict.failed:
            raise PyPIError(verdict.why)
        if verdict.status is not CompatStatus.BREAKS:
            continue
        if await _admits(runtime, install, through.dependent, version):
            return verdict, []
        known.append(version)
    return None, known


async def _admits(runtime: Runtime, install: _Install, dependent: str, version: str) -> bool:
    """Whether the repository's requirements admit E `version` together with X N or later."""
    package = canonicalize_name(install.diff.package)
    forced = dict(install.constraints)
    forced[dependent] = forced.get(dependent, SpecifierSet()) & SpecifierSet(f"=={version}")
    forced[package] = forced.get(package, SpecifierSet()) & SpecifierSet(f">={install.diff.new}")
    blocking = runtime.compat.index().blocking(asyncio.get_running_loop())
    result = await _resolve(install.roots, blocking, install.universe, forced)
    return result.picked.get(dependent) == version


async def _partner(index: MetadataIndex, install: _Install, required: SpecifierSet) -> str:
    """The X release the repository pairs an extension with first from N on: N itself, or the first later release
    its own requirements admit (`flask==2.3.2` scanned against 2.3.0), whose surface then decides what still breaks.
    What the fresh install's other releases `required` of X counts too: a requirement of the repository pinning
    `Flask==2.3.2` in its own metadata holds the install there as the repository's own pin does."""
    new = Version(install.diff.new)
    admitted = [
        version
        for version in await _admitted(index, install, install.diff.package)
        if version >= new and required.contains(version)
    ]
    return str(min(admitted)) if admitted and min(admitted) != new else install.diff.new


async def _older_releases(
    index: MetadataIndex, install: _Install, dependent: str, picked: str, *, inclusive: bool
) -> list[str]:
    """E's releases checked besides the fresh pick, from PyPI's listing (the same whatever the database has seen):
    below the pick (or up to it, when the install does not pair it with N), admitted by the repository's own
    requirements on E, the newest of each release series, newest first, at most `MAX_BROKEN`."""
    top = Version(picked)
    admitted = [
        version
        for version in await _admitted(index, install, dependent)
        if version < top or (inclusive and version == top)
    ]
    return [str(version) for version in series_heads(admitted)[:MAX_BROKEN]]


async def _admitted(index: MetadataIndex, install: _Install, name: str) -> list[Version]:
    """The final, unyanked releases of `name` on PyPI that the repository's own requirements on it (and its lock's
    constraint) admit."""
    package = canonicalize_name(name)
    specifiers = [root.specifier for root in install.roots if canonicalize_name(root.name) == package]
    specifiers += [install.constraints[package]] if package in install.constraints else []
    return [
        release.version
        for release in await index.releases(package)
        if not release.yanked
        and not release.version.is_prerelease
        and all(release.version in specifier for specifier in specifiers)
    ]


def series_heads(versions: Sequence[Version]) -> list[Version]:
    """The newest release of each series (major.minor), newest first: what an environment that stopped upgrading
    at a series most likely holds (Flask-Login 0.6.2 before 0.6.3, Flask-SQLAlchemy 2.5.1 before 3.0)."""
    heads: dict[tuple[int, int], Version] = {}
    for version in versions:
        series = (version.major, version.minor)
        if series not in heads or version > heads[series]:
            heads[series] = version
    return sorted(heads.values(), reverse=True)


async def _refresh_risk(runtime: Runtime, dependent: str) -> None:
    """E's maintenance signals, gathered fresh for the advice (at most once an hour per package)."""
    gathered = runtime.compat.risk_gathered
    if dependent in gathered and time.monotonic() - gathered[dependent] < RISK_TTL_SECONDS:
        return
    gathered[dependent] = time.monotonic()
    signals = await gather_signals(runtime.pypi, dependent, runtime.github)
    await asyncio.to_thread(save_assessment, runtime.engine, signals, assess(signals))
