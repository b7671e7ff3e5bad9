"""The text of a transitive finding: the chain in one read, E's uses with links to the released file, the advice."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.deps.core_metadata import ENVIRONMENT_LABEL
from bot.findings.compat import DependentUse
from bot.findings.outcome import Finding
from bot.findings.transitive import TransitiveAdvice, Via, transitive_advice

INSPECTOR = "https://inspector.pypi.io/project/{name}/{version}/packages/{artifact}/{path}#line.{line}"
MAX_ROWS = 20

TITLE_TRANSITIVE = "{name} {version} breaks {dependent} {dependent_version}, which this repository installs"
INTRO_TRANSITIVE = (
    "**{name} {version}** was released, and it removes or changes APIs that **{dependent} {dependent_version}** "
    "uses. This repository's requirements admit the two together, so {dependent}'s code below fails in such an "
    "install, although this repository's own code does not use what changed."
)
BRINGS = "Requirement: `{text}` in [{path}:{line}]({link}) brings in {dependent}{through}."
PICKS = "A fresh install ({environment}) picks **{dependent} {version}**, which {requires}."
STILL_ADMITS = (
    "A fresh install ({environment}) now picks {dependent} {fresh}, but the requirement still admits "
    "**{dependent} {version}**, which {requires}: an environment or lock file that already holds "
    "{dependent} {version} keeps the broken pair."
)
REQUIRES = "requires `{requirement}` and so admits {name} {name_version}"
UNDECLARED = "imports {name} without declaring it, so it takes whatever {name} its other requirements bring"
FIXED = "{dependent} {fix} no longer uses what {name} {name_version} broke: it is the fix release."
NOT_FIXED = "No {dependent} release works with {name} {name_version} yet."
FIX_EXCLUDED = "This repository's pins keep it out: {why}."
RAISE_ADVICE = (
    "Require the fix release where {where}:\n\n```\n{lines}\n```\n\nNo bound on {name} is needed once {dependent} "
    "{fix} or later is installed."
)
PINNED_ADVICE = (
    "This repository's pins exclude the fix release; until they admit it, bound {name} where {where}:\n\n```\n"
    "{lines}\n```\n\nLift the bound once the pins admit {dependent} {fix} and it is installed."
)
BOUND_ADVICE = (
    "Until {dependent} publishes a fix release, bound {name} where {where}:\n\n```\n{lines}\n```\n\n"
    "Lift the bound once {dependent} releases a version that no longer uses what {name} {name_version} broke; "
    "release-watch updates this issue when it does."
)
RISK_HEADING = "### {dependent} upstream: {level}"
RISK_LEAD = "Whether to wait for a fix release or to move away from {dependent}:"

Link = Callable[[str, int], str]


def inspector_link(via: Via, use: DependentUse) -> str | None:
    """A link to the line in the released artifact (PyPI's inspector), when the artifact's URL is PyPI's."""
    match = re.search(r"/packages/(.+)$", via.artifact_url)
    if match is None:
        return None
    return INSPECTOR.format(
        name=via.dependent, version=via.version, artifact=match.group(1), path=use.path, line=use.line
    )


def transitive_title(finding: Finding) -> str:
    """The title when the repository's own code uses nothing that changed."""
    first = finding.via[0]
    more = f" (and {len(finding.via) - 1} more)" if len(finding.via) > 1 else ""
    return (
        TITLE_TRANSITIVE.format(
            name=finding.display_name,
            version=finding.version,
            dependent=first.display_name,
            dependent_version=first.version,
        )
        + more
    )


def transitive_intro(finding: Finding) -> str:
    """The opening paragraph of a transitive-only issue."""
    first = finding.via[0]
    return INTRO_TRANSITIVE.format(
        name=finding.display_name,
        version=finding.version,
        dependent=first.display_name,
        dependent_version=first.version,
    )


def _uses_table(via: Via, words: dict[str, str]) -> str:
    rows = [f"| Symbol | Change | Where in {via.display_name} {via.version} |", "| --- | --- | --- |"]
    for use in via.uses[:MAX_ROWS]:
        link = inspector_link(via, use)
        place = f"{use.path}:{use.line}"
        where = f"[{place}]({link})" if link else f"`{place}`"
        rows.append(f"| `{use.symbol}` | {words.get(use.kind.value, use.kind.value)} | {where} |")
    if len(via.uses) > MAX_ROWS:
        rows.append(f"\n…and {len(via.uses) - MAX_ROWS} more uses in {via.display_name}.")
    return "\n".join(rows)


def via_section(finding: Finding, via: Via, link: Link, words: dict[str, str]) -> str:
    """One extension's chain: the requirement that brings it in, what is installed, where its code breaks."""
    values = {
        "dependent": via.display_name,
        "version": via.version,
        "fresh": via.fresh_version,
        "requirement": via.requirement,
        "name": finding.display_name,
        "name_version": finding.version,
        "environment": ENVIRONMENT_LABEL,
        "fix": via.fix_release or "",
    }
    values["requires"] = (REQUIRES if via.requirement else UNDECLARED).format(**values)
    lines = [f"### Through {via.display_name} {via.version}", ""]
    if via.text:
        through = f" (through {' → '.join(via.chain)})" if len(via.chain) > 1 else ""
        lines += [
            BRINGS.format(
                text=via.text,
                path=via.path,
                line=via.line,
                link=link(via.path, via.line),
                dependent=via.display_name,
                through=through,
            ),
            "",
        ]
    lines += [(PICKS if via.fresh_version == via.version else STILL_ADMITS).format(**values), ""]
    lines += [_uses_table(via, words), ""]
    lines.append((FIXED if via.fix_release else NOT_FIXED).format(**values))
    if via.fix_excluded:
        lines[-1] += " " + FIX_EXCLUDED.format(why=via.fix_excluded)
    return "\n".join(lines)


def advised_lines(finding: Finding) -> tuple[tuple[str, ...], TransitiveAdvice]:
    """The requirement lines a transitive finding advises: `E>=fix`, else the bound on X (on the repository's own
    requirement of X when it declares one, its lower bound kept)."""
    advice = transitive_advice(finding.via, finding.display_name, finding.version, None)
    if finding.requirement is not None and not advice.raises_dependents:
        return (finding.suggested_requirement,), advice
    return advice.lines, advice


def transitive_advice_section(finding: Finding) -> tuple[str, TransitiveAdvice]:
    """What to do, in the order of preference (raise E to its fix release, else bound X), and the advice."""
    own = finding.requirement
    lines, advice = advised_lines(finding)
    if own is not None and not advice.raises_dependents:
        where = f"`{own.text}` is declared ({own.path}:{own.line})"
    else:
        first = finding.via[0]
        where = f"{first.display_name} comes in ({first.path})" if first.path else "the repository installs from"
    pinned = all(v.fix_release for v in finding.via) and any(v.fix_excluded for v in finding.via)
    template = RAISE_ADVICE if advice.raises_dependents else PINNED_ADVICE if pinned else BOUND_ADVICE
    first = finding.via[0]
    text = template.format(
        where=where,
        lines="\n".join(lines),
        name=finding.display_name,
        name_version=finding.version,
        dependent=", ".join(dict.fromkeys(v.display_name for v in finding.via)),
        fix=first.fix_release or "",
    )
    return "### What to do\n\n" + text, advice


def upstream_section(dependent: str, level: str, reasons: Sequence[str]) -> str:
    """E's maintenance signals: whether waiting for its fix release is reasonable."""
    lines = [RISK_HEADING.format(dependent=dependent, level=level), "", RISK_LEAD.format(dependent=dependent), ""]
    return "\n".join(lines + [f"- {reason}" for reason in reasons])
