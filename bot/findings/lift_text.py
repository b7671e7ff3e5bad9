"""The proposal to lift a cap that is no longer needed: issue, one-line PR and closing comments, with evidence."""

from __future__ import annotations

from bot.findings.lift import CapLift
from bot.findings.render import Rendered, marker, permalink

TITLE = "The upper bound on {name} ({cap}) is no longer needed"
TITLE_PR = "Lift the upper bound on {name} ({cap})"
INTRO = (
    "This repository caps {name} at `{cap}`: `{text}` in [{path}:{line}]({link}) at `{sha}`. The code no longer uses "
    "anything the releases this cap excludes removed or changed, so the cap now only keeps fixes and improvements "
    "away."
)
EVIDENCE = (
    "### Evidence\n\n"
    "release-watch reported this repository's uses of what {reported} removed or changed, which the cap works "
    "around. It checked this commit's code against all {count} breaking changes of {releases}{guarded}: no use "
    "remains. It checked this repository's code only: if another dependency needs the cap, keep it."
)
GUARDED = " ({guarded} use{s} behind `try`/`except ImportError`, which work on both sides of the cap)"
ADVICE = "### What to do\n\nLift the cap:\n\n```\n{lifted}\n```"
LIBRARY = (
    "This repository publishes a distribution, so the cap constrains every project that installs it: lifting it "
    "frees them too."
)
PR_INTRO = "This pull request lifts the upper bound on {name}: `{text}` becomes `{lifted}`. It changes nothing else."
FOOTER = "<sub>Opened by release-watch. Close this issue to keep the cap; it will not be proposed again.</sub>"
CLOSING = {
    "cap-gone": "Closing: the cap on {name} this proposed lifting is no longer in the requirement.",
    "cap-needed": "Closing: the code uses what {releases} removed or changed again, so the cap is needed.",
}


def _releases(lift: CapLift, versions: tuple[str, ...] | None = None) -> str:
    names = [f"{lift.display_name} {version}" for version in (versions or lift.releases)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


def lift_issue(lift: CapLift) -> Rendered:
    """The issue proposing to lift the cap, with the requirement, the evidence and the lifted line."""
    req = lift.requirement
    intro = INTRO.format(
        name=lift.display_name,
        cap=lift.cap,
        text=req.text,
        path=req.path,
        line=req.line,
        link=permalink(lift.repo, lift.sha, req.path, req.line),
        sha=lift.sha[:12],
    )
    plural = "" if lift.guarded == 1 else "s"
    guarded = GUARDED.format(guarded=lift.guarded, s=plural) if lift.guarded else ""
    evidence = EVIDENCE.format(
        reported=_releases(lift, lift.reported), count=lift.changes_checked, releases=_releases(lift), guarded=guarded
    )
    advice = ADVICE.format(lifted=lift.lifted) + (f"\n\n{LIBRARY}" if lift.library else "")
    sections = [intro, evidence, advice, FOOTER, marker(lift.key)]
    return Rendered(title=TITLE.format(name=lift.display_name, cap=lift.cap), body="\n\n".join(sections) + "\n")


def lift_pull_request(lift: CapLift, issue_body: str) -> Rendered:
    """The one-line PR removing the cap: led by what the diff does, then the issue's evidence."""
    lead = PR_INTRO.format(name=lift.display_name, text=lift.requirement.text, lifted=lift.lifted)
    return Rendered(title=TITLE_PR.format(name=lift.display_name, cap=lift.cap), body=f"{lead}\n\n{issue_body}")


def lift_closing(lift: CapLift, reason: str) -> str:
    """Why the proposal is closed: the cap went (lifted, or changed), or the code needs it again."""
    template = CLOSING.get(reason, CLOSING["cap-gone"])
    return template.format(name=lift.display_name, releases=_releases(lift))
