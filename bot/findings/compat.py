"""Ecosystem compatibility: does release E v of a dependent break with release N of X (pure).

The verdict comes from the one judge (`judge`), fed with E's own default-environment `Requires-Dist` on X and the
uses the scan core found in E's released artifact: *breaks* when E's requirement admits N and E's code makes an
unguarded, import-resolved use of something N removes or changes; *compatible* when E's requirement excludes N
or nothing N breaks is used; *unknown* (with why) when the artifact could not be read or only possible uses exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version
from pydantic import BaseModel, ConfigDict

from bot.changes import ChangeKind, ReleaseDiff
from bot.deps.core_metadata import CoreMetadata, requirements_on, runtime_requires
from bot.deps.pins import excluding_pin
from bot.findings.judge import judge
from bot.usage import Usage


class CompatStatus(StrEnum):
    """The verdict on one (E release, X release) pair."""

    BREAKS = "breaks"
    COMPATIBLE = "compatible"
    UNKNOWN = "unknown"


class DependentUse(BaseModel):
    """A place in E's released artifact that uses what X N broke."""

    model_config = ConfigDict(frozen=True)

    symbol: str
    kind: ChangeKind
    path: str
    """Relative to the artifact's root (`flask_login/utils.py` in a wheel)."""
    line: int
    evidence: str = ""


class UseReach(BaseModel):
    """Which modules of E's artifact load the modules holding its uses, read from the artifact's import graph and
    kept with the verdict: a repository's imports of E are then checked without reading E's code again."""

    model_config = ConfigDict(frozen=True)

    holding: dict[str, str]
    """Path of each use in a module -> that module (a use outside any module leaves the reach unread)."""
    modules: tuple[str, ...]
    """Every module of the artifact the graph holds."""
    loaders: tuple[str, ...]
    """The modules whose import loads one holding a use (those holding them included)."""

    def graph(self) -> dict[str, frozenset[str]]:
        """An import graph that answers "does importing these names load a use?" as the artifact's own does: each
        loader imports the modules holding the uses, every other module nothing."""
        held = frozenset(self.holding.values()) & frozenset(self.modules)
        loaders = frozenset(self.loaders)
        return {module: held if module in loaders else frozenset() for module in self.modules}


def use_reach(
    uses: Sequence[DependentUse], modules: dict[str, str], graph: dict[str, frozenset[str]]
) -> UseReach | None:
    """The reach of `uses` in an artifact (`modules`: path -> module, `graph`: module -> the names it imports); None
    when a use sits outside any module (a script, a test file: what loads it is unknown)."""
    holding = {use.path: modules.get(use.path) for use in uses}
    if not holding or None in holding.values():
        return None
    held = {module for module in holding.values() if module is not None}
    return UseReach(
        holding={path: module for path, module in holding.items() if module is not None},
        modules=tuple(sorted(graph)),
        loaders=tuple(sorted(_loaders(graph, held))),
    )


def _loaders(graph: dict[str, frozenset[str]], held: set[str]) -> set[str]:
    """The modules `m` of `graph` with `held & loaded(graph, {m})`, in one pass over the reversed edges: loading a
    module loads each module a name it imports starts with, and its own parent packages."""
    importers: dict[str, set[str]] = {}
    for module, names in graph.items():
        for name in (module, *names):
            parts = name.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                if prefix in graph:
                    importers.setdefault(prefix, set()).add(module)
    found = held & graph.keys()
    pending = list(found)
    while pending:
        for module in importers.get(pending.pop(), ()):
            if module not in found:
                found.add(module)
                pending.append(module)
    return found


class CompatVerdict(BaseModel):
    """E v against X N: the status, why in words, E's requirement on X, and the uses that decide it."""

    model_config = ConfigDict(frozen=True)

    package: str
    """X, PEP 503 normalised."""
    version: str
    """N."""
    dependent: str
    """E, PEP 503 normalised."""
    dependent_version: str
    status: CompatStatus
    why: str
    requirement: str = ""
    """E's requirement on X as its metadata spells it (`Werkzeug>=1.0.1`); empty when E does not depend on X."""
    uses: tuple[DependentUse, ...] = ()
    artifact: str = ""
    """The file the uses were found in (`Flask_Login-0.6.2-py3-none-any.whl`)."""
    artifact_url: str = ""
    admits: bool = True
    """False when E's requirement excludes N: compatible by a cap, which is no fix of E's code."""
    failed: bool = False
    """True when E's metadata or artifact could not be read (transient: never stored, never decides anything)."""
    reach: UseReach | None = None
    """For a breaking verdict, which of E's modules load those holding the uses; None when not read."""


def depends_on(metadata: CoreMetadata, package: str) -> bool:
    """Whether a default-environment install of the release pulls `package` in."""
    return bool(requirements_on(metadata, package))


def excludes_release(metadata: CoreMetadata, package: str, version: str) -> bool:
    """Whether the release declares `package` with a requirement that excludes `version` (no scan needed)."""
    return any(not r.admits(version) for r in requirements_on(metadata, package))


def forced_floor(metadata: CoreMetadata, package: str, versions: Iterable[Version]) -> Version | None:
    """The lowest of `versions` (releases of `package`) this release's requirements on it admit, when they exclude
    an earlier one: no install of the release holds `package` below it. Flask 3.0.0 requires `Werkzeug>=3.0.0`, so
    Werkzeug 3.0.0's removals hold wherever Flask 3.0.0 is installed."""
    requirements = requirements_on(metadata, package)
    ordered = sorted(versions)
    admitted = [v for v in ordered if requirements and all(r.admits(str(v)) for r in requirements)]
    if not admitted or admitted[0] == ordered[0]:
        return None
    return admitted[0]


def forces(requires: Iterable[str], package: str, version: str, previous: str) -> bool:
    """Whether a release whose own requirements are `requires` forces `package` `version`, the release after
    `previous`: they admit it and exclude `previous` (what `forced_floor` finds, told from a stored diff of `package`
    from `previous` to `version`)."""
    declared = requirements_on(CoreMetadata(name="", version="", requires_dist=tuple(requires)), package)
    return (
        bool(previous)
        and bool(declared)
        and all(r.admits(version) for r in declared)
        and not all(r.admits(previous) for r in declared)
    )


def compat_verdict(
    metadata: CoreMetadata,
    diff: ReleaseDiff,
    usages: Sequence[Usage] | None,
    *,
    artifact: str = "",
    artifact_url: str = "",
    failure: str | None = None,
) -> CompatVerdict:
    """The verdict for E (described by `metadata`) against `diff`'s new release, from the uses found in E's artifact.

    `usages` is None when the artifact was not scanned: `failure` says why (unknown), or E's requirement already
    excludes the release (no scan needed).
    """
    declared = requirements_on(metadata, diff.package)
    spelled = ", ".join(r.as_written() for r in declared)
    base = {
        "package": canonicalize_name(diff.package),
        "version": diff.new,
        "dependent": canonicalize_name(metadata.name),
        "dependent_version": metadata.version,
        "requirement": spelled,
        "artifact": artifact,
        "artifact_url": artifact_url,
    }
    who = f"{metadata.name} {metadata.version}"
    if not declared:
        return _undeclared(base, who, diff, usages)
    if not all(r.admits(diff.new) for r in declared):
        why = f"{who} requires {spelled}, which excludes {diff.new}: an install never pairs them"
        return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=why, admits=False)
    pinned = _pinned_out(metadata, diff)
    if pinned:
        return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=f"{who} {pinned}", admits=False)
    if usages is None:
        why = f"{who}'s released code could not be read: {failure or 'not scanned'}"
        return CompatVerdict(**base, status=CompatStatus.UNKNOWN, why=why, failed=True)
    verdict = judge(diff, declared, usages)
    if verdict.at_risk:
        uses = _uses(verdict.breaking_uses)
        symbols = ", ".join(dict.fromkeys(u.symbol for u in uses))
        why = f"{who} requires {spelled}, which admits {diff.new}, and its code uses {symbols}, which {diff.new} breaks"
        return CompatVerdict(**base, status=CompatStatus.BREAKS, why=why, uses=uses)
    if verdict.possible_uses:
        why = f"{who} has only possible uses of what {diff.new} breaks (member names on values of unknown type)"
        return CompatVerdict(**base, status=CompatStatus.UNKNOWN, why=why)
    why = f"{who} requires {spelled}, which admits {diff.new}, but uses nothing it breaks unguarded"
    return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=why)


def _pinned_out(metadata: CoreMetadata, diff: ReleaseDiff) -> str:
    """Why E's own exact pins keep X N out of any install with E (empty when they do not): E pinning `Jinja2==3.0.3`
    is never installed with Flask 2.3.0, which requires `Jinja2>=3.1.2`."""
    names = {canonicalize_name(requirement.name) for requirement in runtime_requires(metadata)}
    declared = [r for name in sorted(names) for r in requirements_on(metadata, name)]
    conflict = excluding_pin(declared, diff.requires, diff.package)
    if conflict is None:
        return ""
    return (
        f"pins {conflict.pin.as_written()}, which excludes {diff.package} {diff.new} (it requires"
        f" {conflict.requirement}): an install never pairs them"
    )


def _undeclared(base: dict[str, str], who: str, diff: ReleaseDiff, usages: Sequence[Usage] | None) -> CompatVerdict:
    """E does not declare X: it breaks only when its code imports X unguarded (X then arrives through E's other
    requirements, with no bound of E's on it: Flask-Login 0.5.0 and `werkzeug.security.safe_str_cmp`)."""
    verdict = judge(diff, [], usages or [])
    if not verdict.at_risk:
        return CompatVerdict(**base, status=CompatStatus.COMPATIBLE, why=f"{who} does not depend on {diff.package}")
    uses = _uses(verdict.breaking_uses)
    symbols = ", ".join(dict.fromkeys(u.symbol for u in uses))
    why = (
        f"{who} imports {diff.package} without declaring it (it arrives through its other requirements, unbounded),"
        f" and its code uses {symbols}, which {diff.new} breaks"
    )
    return CompatVerdict(**base, status=CompatStatus.BREAKS, why=why, uses=uses)


def _uses(breaking: Sequence[Usage]) -> tuple[DependentUse, ...]:
    return tuple(
        dict.fromkeys(
            DependentUse(symbol=u.symbol, kind=u.change, path=u.file, line=u.line, evidence=u.evidence)
            for u in sorted(breaking, key=lambda u: (u.file, u.line, u.symbol))
        )
    )


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def fix_release(verdicts: Iterable[CompatVerdict], forced: Iterable[CompatVerdict] = ()) -> str | None:
    """E's fix release for X N: the first evaluated E release after the newest breaking one that works with N (a
    release that only caps X below N is no fix: requiring it would hold X back). `forced`: E's verdicts against the
    releases X N's own requirements force; a release breaking with one of them breaks with X N too (Flask-Login 0.6.2
    with Werkzeug 3.0.0, which Flask 3.0.0 requires)."""
    broken = {verdict.dependent_version for verdict in forced if verdict.status is CompatStatus.BREAKS}
    ordered = sorted(
        ((v, verdict) for verdict in verdicts if (v := _version(verdict.dependent_version)) is not None),
        key=lambda pair: pair[0],
    )
    breaking = [
        v for v, verdict in ordered if verdict.status is CompatStatus.BREAKS or verdict.dependent_version in broken
    ]
    if not breaking:
        return None
    for v, verdict in ordered:
        if v > breaking[-1] and verdict.status is CompatStatus.COMPATIBLE and verdict.admits and not v.is_prerelease:
            return verdict.dependent_version
    return None
