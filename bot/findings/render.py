"""Issue, pull-request and comment text: pure functions of a finding, with the hidden marker the bot finds again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.changes import Change, ChangeKind, is_private_symbol
from bot.findings.advice import advise
from bot.findings.advice_text import advice_section
from bot.findings.outcome import Finding, Flavour, Use
from bot.findings.transitive_render import (
    transitive_advice_section,
    transitive_intro,
    transitive_title,
    upstream_section,
    via_section,
)
from bot.risk import abandoned

GITHUB_WEB = "https://github.com"
MARKER = "<!-- release-watch:key={key} -->"
MARKER_PATTERN = re.compile(r"<!-- release-watch:key=(\S+) -->")
DEPRECATION_LABEL = "deprecation"
MAX_TABLE_ROWS = 50  # GitHub caps a body at 65,536 characters

TITLE_REMOVAL = "{name} {version} removes APIs this repository uses"
TITLE_CHANGE = "{name} {version} changes APIs this repository uses"
TITLE_DEPRECATION = "{name} {version} deprecates APIs this repository uses"
TITLE_PR = "Add an upper bound on {name} (<{bound_version})"
TITLE_CONFIG_ERROR = "release-watch: invalid configuration file"

INTRO_REMOVAL = (
    "**{name} {version}** was released, and it removes or changes public APIs that this repository uses. "
    "Your requirement admits it, so a fresh install will pick it up and the code below will fail."
)
INTRO_DEPRECATION = (
    "**{name} {version}** deprecates public APIs that this repository uses. Nothing breaks yet; a future "
    "release is expected to remove them. This is an early warning so the migration can happen on your schedule."
)
MIGRATE_ADVICE = (
    "pip-audit knows vulnerabilities in the newest release this bound allows: prefer migrating the uses above to "
    "{name} {version} over pinning, and keep any bound short-lived."
)
PR_INTRO = (
    "This pull request adds one upper bound, `{suggested}`, so installs keep a release of {name} that this "
    "repository works with. It changes nothing else."
)
PR_ISSUE_LINK = "It is the fix proposed in #{issue}, which explains what {name} {version} changed."
COMMENT_NEW_RELEASE = (
    "**{name} {version}** adds findings to this issue: it also changes APIs this repository uses.\n\n{table}"
)
COMMENT_CLOSING = "Closing: this repository is no longer affected by {name} {version} at {commit_link} ({reason})."
CLOSING_REASONS = {
    "ignored": "Closing: findings about {name} are ignored in this repository, as asked (`@release-watch ignore`).",
    "not-watched": "Closing: `.github/release-watch.yml` no longer asks for findings about {name} {version}.",
    "superseded": "Closing: a newer {name} release now removes these APIs; release-watch follows that release "
    "instead, which supersedes this warning.",
    "config-fixed": "Closing: the configuration file is valid again.",
}
UNDECLARED = (
    "Requirement: none. The code imports `{name}` without declaring it, so it arrives through another requirement"
    " without a bound and a fresh install picks {version}. Declare it with the bound below (or migrate)."
)
REASON_BOUNDED = "the requirement no longer admits it"
REASON_NOT_ADMITTED = "its requirements no longer admit an extension release that breaks with it"
REASON_UNUSED = "the code no longer uses what changed"
REASON_PINNED = "a requirement it pins excludes what that release requires, so no fresh install picks it"
COMMENT_FOOTER = (
    "<sub>Opened by release-watch. Commands: `@release-watch recheck`, `@release-watch ignore {package}`,"
    " `@release-watch pin`.</sub>"
)
CONFIG_ERROR_BODY = (
    "The repository's release-watch configuration could not be used, so the defaults apply "
    "(issues only, labels `dependencies` and `release-watch`, deprecation warnings on).\n\n```\n{error}\n```\n\n"
    "Fix the file and this issue will be closed.\n\n{marker}"
)

CHANGE_WORDS = {
    ChangeKind.REMOVED: "removed",
    ChangeKind.SIGNATURE_CHANGED: "signature changed",
    ChangeKind.DEPRECATED: "deprecated",
    ChangeKind.ENV_VAR_REMOVED: "environment variable no longer read",
}


class RiskLike(Protocol):
    """H-status's RiskAssessment, as far as the text needs it."""

    @property
    def level(self) -> str: ...

    @property
    def reasons(self) -> Sequence[str]: ...


class AdvisoryNote(BaseModel):
    """A known vulnerability of the release a bound would keep (from pip-audit)."""

    model_config = ConfigDict(frozen=True)

    id: str
    summary: str = ""
    fix_versions: tuple[str, ...] = ()


class Rendered(BaseModel):
    """A title and a Markdown body."""

    model_config = ConfigDict(frozen=True)

    title: str
    body: str


def marker(key: str) -> str:
    """The hidden marker that identifies the bot's issue or PR for `key`."""
    return MARKER.format(key=key)


def find_marker(body: str | None) -> str | None:
    """The key in a body's hidden marker, if any."""
    match = MARKER_PATTERN.search(body or "")
    return match.group(1) if match else None


def permalink(repo: str, sha: str, path: str, line: int) -> str:
    """A link to one line of a file at a fixed commit."""
    return f"{GITHUB_WEB}/{repo}/blob/{sha}/{path}#L{line}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _bound_version(cap: str) -> str:
    return cap.rsplit("<", 1)[-1]


def title(finding: Finding) -> str:
    """The issue title for a finding."""
    if finding.via and not finding.uses:
        return transitive_title(finding)
    if finding.flavour is Flavour.DEPRECATION:
        template = TITLE_DEPRECATION
    elif any(u.kind in (ChangeKind.REMOVED, ChangeKind.ENV_VAR_REMOVED) for u in finding.uses):
        template = TITLE_REMOVAL
    else:
        template = TITLE_CHANGE
    return template.format(name=finding.display_name, version=finding.version)


def uses_table(finding: Finding, uses: Sequence[Use] | None = None) -> str:
    """A Markdown table of uses: symbol, change, permalinked file:line, guarded, why it matched (what the use does
    that changed, then the evidence that it is the package's symbol)."""
    rows = ["| Symbol | Change | Where | Guarded | Why |", "| --- | --- | --- | --- | --- |"]
    listed = tuple(uses if uses is not None else finding.uses)
    for use in listed[:MAX_TABLE_ROWS]:
        where = f"[{_cell(use.path)}:{use.line}]({permalink(finding.repo, finding.sha, use.path, use.line)})"
        guarded = "yes (`try`/`except ImportError`)" if use.guarded else "no"
        why = _cell("; ".join(part for part in (use.detail, use.evidence) if part)).replace("`", "") or "-"
        private = " (private API)" if is_private_symbol(use.symbol) else ""
        rows.append(f"| `{_cell(use.symbol)}`{private} | {CHANGE_WORDS[use.kind]} | {where} | {guarded} | {why} |")
    if len(listed) > MAX_TABLE_ROWS:
        rows.append(f"\n…and {len(listed) - MAX_TABLE_ROWS} more uses of the same changes.")
    return "\n".join(rows)


def _change_line(change: Change) -> str:
    parts = [f"- `{change.symbol}` ({change.object.value}): {CHANGE_WORDS[change.kind]}"]
    if change.detail:
        parts.append(f" — {change.detail.rstrip('. ')}")  # the warning's own sentence, quoted once
    if change.deprecated_since:
        what = f"Parameter '{change.deprecated_parameter}' deprecated" if change.deprecated_parameter else "Deprecated"
        parts.append(f". {what} since {change.deprecated_since}")
    line = "".join(parts) + "."
    if change.hint and change.hint.rstrip(". ") not in change.detail:
        line += f"\n  Migration hint: {change.hint}"
    if change.breakage:
        line += f"\n  Kind: `{change.breakage}` (see release-watch's docs/breaking-changes.md)"
    if change.witness:
        snippet = "\n".join(f"  {row}" for row in change.witness.splitlines())
        line += f"\n  Works on the old release, fails on the new:\n\n  ```python\n{snippet}\n  ```"
    return line


def _requirement_line(finding: Finding) -> str:
    req = finding.requirement
    if req is None:
        return UNDECLARED.format(name=finding.display_name, version=finding.version)
    link = permalink(finding.repo, finding.sha, req.path, req.line)
    return f"Requirement: `{req.text}` in [{req.path}:{req.line}]({link}) at `{finding.sha[:12]}`."


def _risk_section(risk: RiskLike | None) -> list[str]:
    """Only an abandoned package changes the advice (no fix release will come); the rest is noise in an issue."""
    if risk is None or not abandoned(risk.reasons):
        return []
    level = getattr(risk.level, "value", risk.level)
    lines = [f"### Maintenance risk of this package: {level}", ""]
    lines += [f"- {reason}" for reason in risk.reasons]
    return ["\n".join(lines)]


def _advisories_section(finding: Finding, advisories: Sequence[AdvisoryNote]) -> list[str]:
    if not advisories:
        return []
    lines = ["### Known vulnerabilities in the releases a bound keeps", ""]
    for adv in advisories:
        fixed = f" (fixed in {', '.join(adv.fix_versions)})" if adv.fix_versions else ""
        lines.append(f"- {adv.id}{fixed}: {adv.summary}".rstrip(": "))
    lines += ["", MIGRATE_ADVICE.format(name=finding.display_name, version=finding.version)]
    return ["\n".join(lines)]


def issue(finding: Finding, risk: RiskLike | None = None, advisories: Sequence[AdvisoryNote] = ()) -> Rendered:
    """The issue for a finding: requirement, uses, what changed, suggested bound, risk, advisories, marker."""
    if finding.via and not finding.uses:
        return _transitive_issue(finding, risk)
    intro = INTRO_DEPRECATION if finding.flavour is Flavour.DEPRECATION else INTRO_REMOVAL
    sections = [
        intro.format(name=finding.display_name, version=finding.version),
        _requirement_line(finding),
        "### Uses\n\n" + uses_table(finding),
        "### What changed\n\n" + "\n".join(_change_line(c) for c in finding.changes),
        *_via_sections(finding),
        advice_section(finding),
        *_risk_section(risk),
        *_advisories_section(finding, advisories),
        COMMENT_FOOTER.format(package=finding.package),
        marker(finding.key),
    ]
    return Rendered(title=title(finding), body="\n\n".join(sections) + "\n")


def _via_sections(finding: Finding) -> list[str]:
    words = {kind.value: word for kind, word in CHANGE_WORDS.items()}
    return [
        via_section(finding, via, lambda path, line: permalink(finding.repo, finding.sha, path, line), words)
        for via in finding.via
    ]


def _transitive_issue(finding: Finding, risk: RiskLike | None) -> Rendered:
    """A repository that breaks only through an extension: the chain, what changed, the advice, E's upstream."""
    advice, _ = transitive_advice_section(finding)
    upstream = []
    if risk is not None and not all(v.fix_release for v in finding.via):  # whether to wait for E's fix
        level = str(getattr(risk.level, "value", risk.level))
        upstream = [upstream_section(finding.via[0].display_name, level, risk.reasons)]
    sections = [
        transitive_intro(finding),
        *_via_sections(finding),
        "### What changed\n\n" + "\n".join(_change_line(c) for c in finding.changes),
        advice,
        *upstream,
        COMMENT_FOOTER.format(package=finding.package),
        marker(finding.key),
    ]
    return Rendered(title=title(finding), body="\n\n".join(sections) + "\n")


def pull_request(finding: Finding, issue_body: str, issue_number: int | None = None) -> Rendered:
    """The PR adding the bound: led by what the diff does, then the issue's explanation."""
    cap = advise(finding).cap or finding.suggested_requirement
    lead = PR_INTRO.format(suggested=cap, name=finding.display_name)
    if issue_number is not None:
        lead += " " + PR_ISSUE_LINK.format(issue=issue_number, name=finding.display_name, version=finding.version)
    title = TITLE_PR.format(name=finding.display_name, bound_version=_bound_version(cap))
    return Rendered(title=title, body=f"{lead}\n\n{issue_body}")


def new_release_comment(finding: Finding, uses: Sequence[Use]) -> str:
    """The one comment a later release adding findings gets on the open issue."""
    table = uses_table(finding, uses)
    return COMMENT_NEW_RELEASE.format(name=finding.display_name, version=finding.version, table=table)


def closing_comment(display_name: str, version: str, repo: str, sha: str, reason: str) -> str:
    """The comment posted when the bot closes its issue, saying why."""
    if reason in CLOSING_REASONS:
        return CLOSING_REASONS[reason].format(name=display_name, version=version)
    link = f"[`{sha[:12]}`]({GITHUB_WEB}/{repo}/commit/{sha})"
    because = {"bounded": REASON_BOUNDED, "not-admitted": REASON_NOT_ADMITTED, "pinned": REASON_PINNED}.get(
        reason, REASON_UNUSED
    )
    return COMMENT_CLOSING.format(name=display_name, version=version, commit_link=link, reason=because)


def config_error_issue(error: str, key: str) -> Rendered:
    """The one issue explaining an invalid `.github/release-watch.yml`."""
    return Rendered(title=TITLE_CONFIG_ERROR, body=CONFIG_ERROR_BODY.format(error=error, marker=marker(key)))
