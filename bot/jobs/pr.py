"""The pull request adding an upper bound: one branch, one commit by us, one PR, updated and never duplicated."""

from __future__ import annotations

import base64
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from bot.deps.bounds import bound_edit
from bot.deps.lift_edit import lift_edit
from bot.errors import GitHubError, GitHubNotFound
from bot.findings.advice import advise
from bot.findings.lift import CapLift
from bot.findings.outcome import Finding
from bot.findings.render import Rendered
from bot.jobs.sandbox import Sandbox

log = logging.getLogger(__name__)

LIFT_MESSAGE = "Lift the upper bound on {name}: {text} -> {lifted}\n\nThe code no longer uses what the cap excluded."
COMMIT_MESSAGE = (
    "Add an upper bound on {name}: {suggested}\n\n{name} {version} removes or changes APIs this repository uses."
)


class BranchTaken(GitHubError):
    """Someone else pushed to the bot's branch; the bot never pushes over their commits."""


def branch_name(finding: Finding) -> str:
    """`release-watch/PACKAGE-VERSION`."""
    return f"release-watch/{finding.package}-{finding.version}"


def _is_ours(commit: dict[str, Any], login: str) -> bool:
    """True when both the author and the committer of a commit are the App."""
    people = [commit.get("author") or {}, commit.get("committer") or {}]
    return all(person.get("login") == login for person in people)


async def _prepare_branch(gh: Any, repo: str, base: str, branch: str, login: str) -> None:
    """Create the branch at the default branch's head, or check that every commit on it is ours."""
    try:
        await gh.getitem(f"/repos/{repo}/git/ref/heads/{branch}")
    except GitHubNotFound:
        head = await gh.getitem(f"/repos/{repo}/git/ref/heads/{base}")
        await gh.post(f"/repos/{repo}/git/refs", data={"ref": f"refs/heads/{branch}", "sha": head["object"]["sha"]})
        return
    compare = await gh.getitem(f"/repos/{repo}/compare/{quote(base, safe='')}...{quote(branch, safe='')}")
    foreign = [c["sha"] for c in compare.get("commits", []) if not _is_ours(c, login)]
    if foreign:
        raise BranchTaken(f"{repo}: branch {branch} has commits not made by {login} ({', '.join(foreign[:3])})")


async def _commit_bound(gh: Any, repo: str, branch: str, finding: Finding, sandbox: Sandbox) -> bool:
    """Commit the bound to the branch through the contents API; False when the branch already has it."""
    advice = advise(finding)
    assert advice.target is not None and advice.cap is not None, "sync_pull_request opens no PR without a cap"
    path = advice.target.path
    current = await gh.getitem(f"/repos/{repo}/contents/{quote(path)}?ref={quote(branch, safe='')}")
    text = base64.b64decode(current["content"]).decode("utf-8", errors="replace")
    edit = await sandbox.run(bound_edit, path, text, finding.package, finding.version, advice.target.line)
    if edit is None:
        return False  # the branch (or the base it was cut from) already excludes the release
    message = COMMIT_MESSAGE.format(name=finding.display_name, suggested=advice.cap, version=finding.version)
    await _put(gh, repo, path, branch, edit.content, current["sha"], message)
    return True


async def sync_pull_request(gh: Any, finding: Finding, text: Rendered, login: str, sandbox: Sandbox) -> int | None:
    """Bring the bound's PR in step with `text`; returns its number, or None when a person's commits block it.

    The requirement file is edited in `sandbox`: its content comes from the repository, so it is hostile.
    """
    if finding.requirement is None or not advise(finding).opens_pr:
        return None  # no line to bound (an undeclared import), or nothing a cap should carry (a deprecation)

    async def commit(branch: str) -> bool:
        return await _commit_bound(gh, finding.repo, branch, finding, sandbox)

    return await _sync_branch_pull(gh, finding.repo, branch_name(finding), text, login, commit)


async def sync_lift_pull_request(gh: Any, lift: CapLift, text: Rendered, login: str, sandbox: Sandbox) -> int | None:
    """Bring the PR lifting a cap in step with `text` (one line removed from the requirement); as above."""
    path, line = lift.requirement.path, lift.requirement.line

    async def commit(branch: str) -> bool:
        current = await gh.getitem(f"/repos/{lift.repo}/contents/{quote(path)}?ref={quote(branch, safe='')}")
        content = base64.b64decode(current["content"]).decode("utf-8", errors="replace")
        edit = await sandbox.run(lift_edit, path, content, lift.package, line, lift.cap)
        if edit is None:
            return False  # already lifted on the branch, or the line moved: nothing to commit
        message = LIFT_MESSAGE.format(name=lift.display_name, text=lift.requirement.text, lifted=lift.lifted)
        await _put(gh, lift.repo, path, branch, edit.content, current["sha"], message)
        return True

    branch = f"release-watch/lift-{lift.package}"
    return await _sync_branch_pull(gh, lift.repo, branch, text, login, commit)


async def _put(gh: Any, repo: str, path: str, branch: str, content: str, sha: str, message: str) -> None:
    await gh.put(
        f"/repos/{repo}/contents/{quote(path)}",
        data={
            "message": message,
            "content": base64.b64encode(content.encode("utf-8")).decode("ascii"),
            "sha": sha,
            "branch": branch,
        },
    )


async def _sync_branch_pull(
    gh: Any, repo: str, branch: str, text: Rendered, login: str, commit: Callable[[str], Awaitable[bool]]
) -> int | None:
    """Open or update the PR of `branch` after `commit` put the change on it; a person's close is respected."""
    owner = repo.split("/", 1)[0]
    info = await gh.getitem(f"/repos/{repo}")
    base = info["default_branch"]
    pulls = await gh.getitem(f"/repos/{repo}/pulls?state=all&head={quote(owner + ':' + branch, safe='')}")
    existing = pulls[0] if pulls else None
    if existing is not None and existing["state"] != "open":
        return int(existing["number"])  # closed or merged by a person: respected, never reopened
    try:
        await _prepare_branch(gh, repo, base, branch, login)
    except BranchTaken as e:
        log.warning("not pushing over a person's commits", extra={"repo": repo, "branch": branch, "error": str(e)})
        return int(existing["number"]) if existing else None
    committed = await commit(branch)
    if existing is None:
        created = await gh.post(
            f"/repos/{repo}/pulls",
            data={
                "title": text.title,
                "head": branch,
                "base": base,
                "body": text.body,
                "maintainer_can_modify": True,
            },
        )
        log.info("pull request opened", extra={"repo": repo, "number": created["number"], "committed": committed})
        return int(created["number"])
    if existing.get("title") != text.title or existing.get("body") != text.body:
        await gh.patch(f"/repos/{repo}/pulls/{existing['number']}", data={"title": text.title, "body": text.body})
    return int(existing["number"])
