"""`scan --format markdown`: the issues (and PRs) the App would open for a local checkout, before installing it.

The same judge (`findings.outcome.evaluate`) and renderer (`storage.actions.render_finding`) as the pipeline, with
the repository's `.github/release-watch.yml`. Links point at GitHub when the checkout's `origin` is a GitHub
repository (at its HEAD commit); otherwise they become paths relative to the checkout.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.changes import ReleaseDiff
    from bot.findings.render import Rendered
    from bot.findings.scan import ScanReport
    from bot.findings.transitive import Via

LOCAL_REPO = "local/checkout"
WORKING_TREE = "working tree"  # what the issue shows where a commit sha would be
_GITHUB_REMOTE = re.compile(r"github\.com[:/]+([\w.-]+/[\w.-]+?)(?:\.git)?/?$")
_SHA = re.compile(r"[0-9a-f]{40}")
SEPARATOR = "\n---\n\n"


def _git_dir(root: Path) -> Path | None:
    """The checkout's git directory, following a worktree's `gitdir:` file; files are only read."""
    dot_git = root / ".git"
    if dot_git.is_file():
        text = dot_git.read_text(encoding="utf-8", errors="replace").strip()
        if text.startswith("gitdir:"):
            target = Path(text.removeprefix("gitdir:").strip())
            dot_git = target if target.is_absolute() else root / target
    return dot_git if dot_git.is_dir() else None


def _origin(git_dir: Path) -> str | None:
    config = git_dir / "config"
    if not config.is_file() and (git_dir / "commondir").is_file():
        config = git_dir / (git_dir / "commondir").read_text().strip() / "config"
    section = None
    for line in config.read_text(encoding="utf-8", errors="replace").splitlines() if config.is_file() else []:
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        elif section == '[remote "origin"]' and stripped.startswith("url"):
            match = _GITHUB_REMOTE.search(stripped.partition("=")[2].strip())
            return match.group(1) if match else None
    return None


def _head(git_dir: Path) -> str | None:
    head = (
        (git_dir / "HEAD").read_text(encoding="utf-8", errors="replace").strip() if (git_dir / "HEAD").is_file() else ""
    )
    if _SHA.fullmatch(head):
        return head
    ref = head.removeprefix("ref:").strip()
    common = git_dir / (git_dir / "commondir").read_text().strip() if (git_dir / "commondir").is_file() else git_dir
    for base in (git_dir, common):
        loose = base / ref
        if ref and loose.is_file() and _SHA.fullmatch(sha := loose.read_text().strip()):
            return sha
        packed = base / "packed-refs"
        for line in packed.read_text().splitlines() if packed.is_file() else []:
            if line.endswith(f" {ref}") and _SHA.fullmatch(line.split(" ", 1)[0]):
                return line.split(" ", 1)[0]
    return None


def github_identity(root: Path) -> tuple[str, str] | None:
    """(owner/name, HEAD sha) when the checkout's `origin` is on GitHub and HEAD resolves; else None."""
    git_dir = _git_dir(root)
    if git_dir is None:
        return None
    repo, sha = _origin(git_dir), _head(git_dir)
    return (repo, sha) if repo and sha else None


def preview(
    root: Path,
    report: ScanReport,
    diffs: Sequence[ReleaseDiff],
    engine: Engine,
    vias: Mapping[tuple[str, str], Sequence[Via]] | None = None,
) -> list[Rendered]:
    """What the App would open for `root`: one issue per affected release (and its PR when the config asks);
    `vias` are the extension releases it installs that break with each release (scan's transitive part)."""
    from packaging.utils import canonicalize_name

    from bot.findings.advice import issue_wanted, pr_allowed
    from bot.findings.outcome import evaluate
    from bot.findings.render import GITHUB_WEB, Rendered, pull_request
    from bot.findings.repo_config import CONFIG_PATH, parse_repo_config
    from bot.storage.actions import render_finding

    config_file = root / CONFIG_PATH
    config = parse_repo_config(config_file.read_bytes() if config_file.is_file() else None).config
    repo, sha = github_identity(root) or (LOCAL_REPO, WORKING_TREE)
    local_prefix = f"{GITHUB_WEB}/{repo}/blob/{sha}/"

    def relative(text: str) -> str:
        return text.replace(local_prefix, "") if repo == LOCAL_REPO else text

    opened: list[Rendered] = []
    for diff in diffs:
        outcome = evaluate(
            repo,
            sha,
            report,
            diff,
            warn_on_deprecations=config.warn_on_deprecations,
            watched=config.watches(diff.package),
            via=(vias or {}).get((canonicalize_name(diff.package), diff.new), ()),
        )
        if outcome.finding is None:
            continue
        rendered = render_finding(engine, outcome.finding)
        if issue_wanted(outcome.finding, config):
            opened.append(Rendered(title=rendered.title, body=relative(rendered.body)))
        if config.opens_prs and pr_allowed(outcome.finding):
            pr = pull_request(outcome.finding, rendered.body)
            opened.append(Rendered(title=pr.title, body=relative(pr.body)))
    return opened


def render_markdown(opened: Sequence[Rendered]) -> str:
    """Each issue as `# title` and its body, separated by rules; a plain sentence when nothing would be opened."""
    if not opened:
        return "release-watch would open no issue for this checkout.\n"
    return SEPARATOR.join(f"# {item.title}\n\n{item.body}" for item in opened)
