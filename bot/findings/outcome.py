"""What one release means for one repository: the requirement that admits it and the uses of what changed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import StrEnum

from packaging.utils import canonicalize_name
from pydantic import BaseModel, ConfigDict

from bot.changes import Change, ChangeKind, ReleaseDiff
from bot.deps import DeclarationKind, Requirement, suggest_upper_bound
from bot.findings.judge import judge
from bot.findings.scan import ScanReport
from bot.findings.transitive import Via

_PUBLISHED_KINDS = (DeclarationKind.RUNTIME, DeclarationKind.OPTIONAL)


class Flavour(StrEnum):
    """Whether a finding is a break (the release removes or changes what is used) or an early warning."""

    REMOVAL = "removal"
    DEPRECATION = "deprecation"


class RequirementRef(BaseModel):
    """A requirement as written in the repository at the scanned commit."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    text: str
    """The PEP 508 requirement (`Werkzeug>=1.0.1`), as close to the file's spelling as known."""
    specifier: str
    """Its PEP 440 specifier (Poetry constraints translated)."""

    @property
    def name_part(self) -> str:
        """The name and extras, without the specifier (`Werkzeug[watchdog]`)."""
        match = re.match(r"\s*[A-Za-z0-9][A-Za-z0-9._-]*(\s*\[[^\]]*\])?", self.text)
        return match.group(0).strip() if match else self.text


class Use(BaseModel):
    """One place in the repository that uses a changed symbol."""

    model_config = ConfigDict(frozen=True)

    symbol: str
    kind: ChangeKind
    path: str
    line: int
    guarded: bool = False
    detail: str = ""
    """What the use does that the release changed, when more than naming the symbol (`keyword 'x' was removed`,
    `passes nested='self', which is deprecated`)."""
    evidence: str = ""
    """Why it matched (the import, or `app = Flask(...)` at file:line), so a reader can check it in one look."""


class Finding(BaseModel):
    """One (repository, package, release) that needs an issue or a PR: everything the text is rendered from."""

    model_config = ConfigDict(frozen=True)

    repo: str
    sha: str
    package: str
    display_name: str
    version: str
    flavour: Flavour
    requirement: RequirementRef | None
    """The requirement admitting the release; None when the code imports the package without declaring it."""
    uses: tuple[Use, ...]
    changes: tuple[Change, ...]
    library: bool = False
    """The requirement is a published distribution's (a library's): a cap there constrains every user."""
    constraint: RequirementRef | None = None
    """An application's constraints entry admitting the release: where its deployment caps belong."""
    via: tuple[Via, ...] = ()
    """Extension releases the repository installs that break with this release (the transitive section)."""

    @property
    def key(self) -> str:
        """The idempotency key: one action per (repository, package, release)."""
        return action_key(self.repo, self.package, self.version)

    @property
    def suggested_requirement(self) -> str:
        """The requirement with the smallest upper bound that excludes this release (`Werkzeug>=1.0.1,<3`)."""
        if self.requirement is None:  # undeclared: the line to add, bounded
            return f"{self.display_name}{suggest_upper_bound('', self.version) or ''}"
        bounded = suggest_upper_bound(self.requirement.specifier, self.version)
        return self.requirement.name_part + bounded if bounded is not None else self.requirement.text


def action_key(repo: str, package: str, version: str) -> str:
    """`owner/repo:package==version`, with the repository lower-cased and the package PEP 503 normalised."""
    return f"{repo.lower()}:{canonicalize_name(package)}=={version}"


def new_uses(previous: Iterable[Use], current: Iterable[Use]) -> tuple[Use, ...]:
    """Uses in `current` whose (symbol, path) was not already reported."""
    seen = {(u.symbol, u.path) for u in previous}
    return tuple(u for u in current if (u.symbol, u.path) not in seen)


class Outcome(BaseModel):
    """What evaluating one release against one repository found: a finding, or why there is none."""

    model_config = ConfigDict(frozen=True)

    finding: Finding | None = None
    reason: str | None = None
    """`bounded` (no requirement admits the release), `pinned` (the tree's exact pins exclude one of the release's own
    requirements: no fresh install picks it), `unused` (nothing changed is used), `not-watched`."""


def evaluate(
    repo: str,
    sha: str,
    report: ScanReport,
    diff: ReleaseDiff,
    *,
    warn_on_deprecations: bool = True,
    watched: bool = True,
    via: Sequence[Via] = (),
) -> Outcome:
    """Decide whether `diff` affects the repository whose scan produced `report`, by the CLI's own judge; `via`
    holds the extension releases it installs that break with the release (one finding, two sections)."""
    if not watched:
        return Outcome(reason="not-watched")
    direct = _direct(repo, sha, report, diff, warn_on_deprecations)
    if not via:
        return direct
    if direct.finding is not None and direct.finding.flavour is Flavour.REMOVAL:
        return Outcome(finding=direct.finding.model_copy(update={"via": tuple(via)}))
    verdict = judge(diff, report.requirements, report.usages, unread=report.unread)
    own = verdict.admitting[0] if verdict.admitting else None
    used = {u.symbol for v in via for u in v.uses}
    finding = Finding(
        repo=repo,
        sha=sha,
        package=verdict.package,
        display_name=own.name if own else _spelled(via[0].requirement, diff.package),
        version=diff.new,
        flavour=Flavour.REMOVAL,
        requirement=None if own is None else requirement_ref(own),
        uses=(),
        changes=tuple(c for c in diff.changes if c.symbol in used),
        via=tuple(via),
    )
    return Outcome(finding=finding)


def _spelled(requirement: str, fallback: str) -> str:
    """The package name as a requirement spells it (`Werkzeug` in `Werkzeug>=1.0.1`)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else fallback


def _direct(repo: str, sha: str, report: ScanReport, diff: ReleaseDiff, warn_on_deprecations: bool) -> Outcome:
    """The repository's own uses of what `diff` changes."""
    verdict = judge(diff, report.requirements, report.usages, unread=report.unread)
    if verdict.excluded_by:
        return Outcome(reason="pinned")
    if not verdict.admitting and not verdict.at_risk:  # at risk without one: imported but not declared
        return Outcome(reason="bounded")
    if verdict.at_risk:
        flavour = Flavour.REMOVAL
    elif verdict.deprecated_uses:
        flavour = Flavour.DEPRECATION
    else:
        return Outcome(reason="unused")  # nothing, or only breaks the code already guards against
    if flavour is Flavour.DEPRECATION and not warn_on_deprecations:
        return Outcome(reason="not-watched")
    by_symbol = {c.symbol: c for c in diff.changes}
    counted = [*verdict.breaking_uses, *verdict.guarded_uses, *verdict.deprecated_uses]  # the judge's: evidence only
    uses = tuple(
        dict.fromkeys(
            Use(
                symbol=u.symbol,
                kind=u.change,
                path=u.file,
                line=u.line,
                guarded=u.guarded,
                detail=u.detail,
                evidence=u.evidence,
            )
            for u in sorted(counted, key=lambda u: (u.file, u.line, u.symbol))
        )
    )
    changes = tuple(dict.fromkeys(by_symbol[u.symbol] for u in uses))
    requirement = verdict.admitting[0] if verdict.admitting else None
    ref = None if requirement is None else requirement_ref(requirement)
    if requirement is None:  # undeclared: the fix is a declaration, in the distribution when there is one
        library = bool(report.distributions)
    else:
        library = requirement.file in report.distributions and requirement.kind in _PUBLISHED_KINDS
    constraint = next(
        (
            r
            for r in report.requirements
            if not library
            and r.package == verdict.package
            and r.kind is DeclarationKind.CONSTRAINT
            and r.admits(diff.new)
        ),
        None,
    )
    finding = Finding(
        repo=repo,
        sha=sha,
        package=verdict.package,
        display_name=requirement.name if requirement else diff.package,
        version=diff.new,
        flavour=flavour,
        requirement=ref,
        uses=uses,
        changes=changes,
        library=library,
        constraint=None if constraint is None else requirement_ref(constraint),
    )
    return Outcome(finding=finding)


def requirement_ref(requirement: Requirement) -> RequirementRef:
    """A declared requirement as findings and proposals cite it (file, line, spelling, PEP 440 specifier)."""
    return RequirementRef(
        path=requirement.file, line=requirement.line, text=requirement.as_written(), specifier=requirement.specifier
    )
