"""What a finding advises a maintainer to do: one policy for issues, PRs, comments and the CLI preview.

A cap is offered only on evidence, as the packaging community asks (PyPA's guide, "Should You Use Upper Bound
Version Constraints?"): a deprecation is not a break, so it gets migration advice and never a bound below a
release that works; a removal gets the bound that excludes exactly the first breaking release, with the existing
lower bound untouched. A library's cap reaches every user, so its advice leads with the migration.
"""

from __future__ import annotations

import re

from packaging.version import InvalidVersion, Version
from pydantic import BaseModel, ConfigDict

from bot.deps import suggest_upper_bound
from bot.findings.outcome import Finding, Flavour, RequirementRef
from bot.findings.repo_config import RepoConfig

_ANNOUNCED = re.compile(
    r"\b(?:will|to|shall)\s+be\s+removed\s+in\s+(?:(?P<name>[A-Za-z][\w.-]*)\s+)?v?(?P<version>\d+(?:\.\d+)*)\b",
    re.IGNORECASE,
)


class Advice(BaseModel):
    """What the text recommends and whether a PR may carry it."""

    model_config = ConfigDict(frozen=True)

    cap: str | None = None
    """The requirement with the bound excluding the first breaking release (`Werkzeug>=1.0.1,<3`); None for a
    deprecation, and when no bound can help (every admitted release breaks)."""
    announced_removal: str | None = None
    """For a deprecation: the release its warnings say will remove what is used (`2.4`), when they say."""
    safety_net: str | None = None
    """For an application's deprecation: the requirement capped at the announced removal, labelled as such."""
    library: bool = False
    """The requirement is in a published distribution's metadata: a cap there constrains every user."""
    target: RequirementRef | None = None
    """Where the cap goes: the admitting requirement, or an application's constraints entry when it has one."""

    @property
    def opens_pr(self) -> bool:
        """Only a cap that excludes a known break goes into a PR; a deprecation never gets one."""
        return self.cap is not None


def announced_removal(message: str, package: str, names: tuple[str, ...] = ()) -> str | None:
    """The version a warning says will remove the API ("will be removed in Werkzeug 2.4" -> `2.4`), else None.

    The word before the version must be the package's name (any spelling in `names`) or "version".
    """
    accepted = {package.lower(), "version", *(n.lower() for n in names)}
    for match in _ANNOUNCED.finditer(message):
        name = match.group("name")
        if name is None or name.lower() in accepted:
            return match.group("version")
    return None


def _announced(finding: Finding) -> str | None:
    """The earliest removal the finding's deprecation warnings announce, if later than the release that warns."""
    names = (finding.display_name, finding.package)
    found: list[Version] = []
    for change in finding.changes:
        text = announced_removal(change.detail, finding.package, names)
        try:
            if text is not None and Version(text) > Version(finding.version):
                found.append(Version(text))
        except InvalidVersion:
            continue
    return str(min(found)) if found else None


def _target(finding: Finding) -> RequirementRef | None:
    """The line a cap edits: an application's constraints entry when it has one, else the admitting requirement."""
    return finding.constraint if finding.constraint is not None and not finding.library else finding.requirement


def _bounded(finding: Finding, version: str) -> str | None:
    """The target requirement with an upper bound excluding `version`, its other specifiers kept."""
    target = _target(finding)
    if target is None:
        bound = suggest_upper_bound("", version)
        return None if bound is None else f"{finding.display_name}{bound}"
    bound = suggest_upper_bound(target.specifier, version)
    return None if bound is None else target.name_part + bound


def advise(finding: Finding) -> Advice:
    """The policy: migrate a deprecation (no cap), cap a removal at exactly its release."""
    if finding.flavour is Flavour.DEPRECATION:
        removal = _announced(finding)
        net = _bounded(finding, removal) if removal is not None and not finding.library else None
        return Advice(announced_removal=removal, safety_net=net, library=finding.library, target=_target(finding))
    cap = _bounded(finding, finding.version)
    return Advice(cap=cap, library=finding.library, target=_target(finding))


def pr_allowed(finding: Finding) -> bool:
    """A PR edits a requirement line with a cap the policy backs: never for a deprecation or an undeclared import,
    nor for a transitive finding whose advice is an extension's fix release (a cap would contradict it)."""
    fixed = bool(finding.via) and not finding.uses and all(v.fix_installable for v in finding.via)
    return finding.requirement is not None and advise(finding).opens_pr and not fixed


def issue_wanted(finding: Finding, config: RepoConfig) -> bool:
    """An issue when the config asks, or when PR mode cannot carry the advice (a deprecation's warning)."""
    return config.opens_issues or (config.opens_prs and not pr_allowed(finding))
