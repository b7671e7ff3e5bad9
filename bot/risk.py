"""Bus-factor risk: a documented rule that turns PyPI and GitHub signals into a level with reasons in words.

The rule (`assess`), applied to whatever signals are known:

* **concentrated maintenance**: on GitHub, at most one person committed in the last 12 months, or one person
  made at least 80% of those commits; without GitHub data, PyPI lists exactly one account role and no
  organisation.
* **unreleased fixes**: commits on the default branch since the latest release's tag, the oldest at least
  14 days old.
* **stale**: no release for more than 365 days.

Level:

* ``high`` when the repository is archived, the project is classified ``Development Status :: 7 - Inactive``,
  or maintenance is concentrated *and* (there are unreleased fixes *or* the project is stale);
* ``medium`` when maintenance is concentrated, or the project is stale, or its latest release is yanked;
* ``low`` otherwise (unreleased commits alone are ordinary development on a shared project).

Missing signals never raise: they are skipped and lower ``confidence``, the known share of the weighted
signal groups (PyPI ownership 0.2, release history 0.2, GitHub committers 0.3, unreleased commits 0.2,
archived flag 0.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

CONCENTRATION_SHARE = 0.8
UNRELEASED_MIN_DAYS = 14
STALE_DAYS = 365
INACTIVE_CLASSIFIER = "Development Status :: 7 - Inactive"
ARCHIVED = "repository is archived"
CONFIDENCE_WEIGHTS = {"ownership": 0.2, "releases": 0.2, "committers": 0.3, "unreleased": 0.2, "archived": 0.1}


class RiskLevel(StrEnum):
    """How likely a package is to leave a breakage unreleased."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskSignals(BaseModel):
    """What is known about a package's maintenance; every field may be missing (None)."""

    model_config = ConfigDict(frozen=True)

    package: str
    as_of: datetime | None = None
    # PyPI
    pypi_accounts: tuple[str, ...] | None = None
    """Users holding an Owner or Maintainer role on PyPI; None when PyPI did not say."""
    organization: str | None = None
    author: str | None = None
    maintainer: str | None = None
    latest_version: str | None = None
    days_since_release: int | None = None
    releases_last_year: int | None = None
    yanked_versions: tuple[str, ...] | None = None
    latest_yanked: bool | None = None
    classifiers: tuple[str, ...] | None = None
    repository_url: str | None = None
    # GitHub
    committers_last_year: int | None = None
    top_committer_share: float | None = None
    release_tag: str | None = None
    commits_since_release: int | None = None
    oldest_unreleased_days: int | None = None
    archived: bool | None = None


class RiskAssessment(BaseModel):
    """A risk level, the reasons for it in words, and how much of the evidence was available (0..1)."""

    model_config = ConfigDict(frozen=True)

    level: RiskLevel
    reasons: list[str]
    confidence: float


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {plural or word + 's'}"


def _concentration(s: RiskSignals) -> tuple[bool | None, str | None]:
    """Whether one person carries the project, and the sentence saying why (None when unknown)."""
    if s.committers_last_year is not None:
        share = s.top_committer_share
        if s.committers_last_year == 0:
            return True, "nobody committed in 12 months"
        text = f"{_plural(s.committers_last_year, 'person', 'people')} committed in 12 months"
        if share is not None:
            text = (
                f"1 person made {share:.0%} of commits in 12 months"
                if s.committers_last_year == 1 or share >= CONCENTRATION_SHARE
                else f"{text}, top contributor {share:.0%}"
            )
        concentrated = s.committers_last_year <= 1 or (share is not None and share >= CONCENTRATION_SHARE)
        return concentrated, text
    if s.pypi_accounts is not None:
        if s.organization:
            return False, f"published by the {s.organization} organisation on PyPI"
        if len(s.pypi_accounts) == 1:
            return True, f"PyPI lists one account ({s.pypi_accounts[0]}) and no organisation"
        if not s.pypi_accounts:
            return None, "PyPI lists no owner or maintainer accounts"
        return False, f"PyPI lists {len(s.pypi_accounts)} accounts and no organisation"
    return None, None


def _unreleased(s: RiskSignals) -> tuple[bool | None, str | None]:
    """Whether fixes wait on the default branch for a release, and the sentence saying so."""
    if s.commits_since_release is None:
        return None, None
    since = s.release_tag or s.latest_version or "the latest release"
    if s.commits_since_release == 0:
        return False, f"no commits since {since}"
    text = f"{_plural(s.commits_since_release, 'commit')} merged since {since}"
    if s.oldest_unreleased_days is None:
        return None, text
    text += f", oldest {_plural(s.oldest_unreleased_days, 'day')} old"
    waiting = s.oldest_unreleased_days >= UNRELEASED_MIN_DAYS
    return waiting, text + (", no release" if waiting else "")


def _stale(s: RiskSignals) -> tuple[bool | None, str | None]:
    """Whether the project has gone a year without a release, and the cadence in words."""
    if s.days_since_release is None:
        return None, None
    latest = f" ({s.latest_version})" if s.latest_version else ""
    text = f"latest release{latest} {_plural(s.days_since_release, 'day')} ago"
    if s.releases_last_year is not None:
        text += f", {_plural(s.releases_last_year, 'release')} in 12 months"
    return s.days_since_release > STALE_DAYS, text


def _confidence(s: RiskSignals) -> float:
    known = {
        "ownership": s.pypi_accounts is not None,
        "releases": s.days_since_release is not None,
        "committers": s.committers_last_year is not None,
        "unreleased": s.commits_since_release is not None
        and s.oldest_unreleased_days is not None
        or s.commits_since_release == 0,
        "archived": s.archived is not None,
    }
    return round(sum(weight for name, weight in CONFIDENCE_WEIGHTS.items() if known[name]), 2)


def assess(signals: RiskSignals) -> RiskAssessment:
    """Apply the module's rule to the signals: level, reasons in words, confidence."""
    reasons: list[str] = []
    if signals.archived:
        reasons.append(ARCHIVED)
    inactive = INACTIVE_CLASSIFIER in (signals.classifiers or ())
    if inactive:
        reasons.append(f"classified '{INACTIVE_CLASSIFIER}'")
    concentrated, unreleased, stale = _concentration(signals), _unreleased(signals), _stale(signals)
    if concentrated[0] and unreleased[1]:
        reasons.append(f"{concentrated[1]}; {unreleased[1]}")
    else:
        reasons.extend(text for text in (concentrated[1], unreleased[1]) if text)
    if stale[1]:
        reasons.append(stale[1])
    if signals.latest_yanked:
        reasons.append(
            f"latest release {signals.latest_version} is yanked"
            if signals.latest_version
            else "latest release is yanked"
        )
    if signals.yanked_versions:
        reasons.append(
            f"{_plural(len(signals.yanked_versions), 'yanked release')}: " + ", ".join(signals.yanked_versions[-5:])
        )
    if not reasons:
        reasons.append("no maintenance signals available")

    if signals.archived or inactive or (concentrated[0] and (unreleased[0] or stale[0])):
        level = RiskLevel.HIGH
    elif concentrated[0] or stale[0] or signals.latest_yanked:
        level = RiskLevel.MEDIUM
    else:
        level = RiskLevel.LOW
    return RiskAssessment(level=level, reasons=reasons, confidence=_confidence(signals))


def abandoned(reasons: Sequence[str]) -> bool:
    """Whether the reasons say no fix release will come (archived, or classified inactive)."""
    return any(reason == ARCHIVED or INACTIVE_CLASSIFIER in reason for reason in reasons)
