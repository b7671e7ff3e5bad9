"""Gather bus-factor signals: pure extraction from PyPI's project JSON and GitHub's documented responses, plus
the thin async fetchers that feed them (`package_risk`)."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from gidgethub import GitHubException
from gidgethub.abc import GitHubAPI
from packaging.version import InvalidVersion, Version

from bot.adapters.pypi import PyPIClient
from bot.errors import GitHubError, PyPIError
from bot.releases import ProjectInfo
from bot.risk import RiskAssessment, RiskSignals, assess

if TYPE_CHECKING:
    from bot.adapters.github import GitHubApp

logger = logging.getLogger(__name__)

YEAR = timedelta(days=365)
MAX_COMMIT_PAGES = 3
"""When contributor statistics are still being computed (202), list at most this many pages of commits."""
GITHUB_REPO_RE = re.compile(
    r"^https?://(?:www\.)?github\.com/([A-Za-z0-9-]{1,39})/([A-Za-z0-9._-]{1,100}?)(?:\.git)?/?(?:[/#?].*)?$"
)
SOURCE_URL_KEYS = ("source", "source code", "repository", "code", "github", "homepage", "home")


def repository_from_urls(info: dict[str, Any]) -> tuple[str, str] | None:
    """The (owner, repo) of the GitHub repository named in PyPI's `project_urls` or `home_page`, if any."""
    urls = info.get("project_urls") or {}
    candidates = [url for key in SOURCE_URL_KEYS for label, url in urls.items() if label.strip().lower() == key]
    candidates += [url for url in urls.values() if url not in candidates]
    candidates.append(info.get("home_page") or "")
    for url in candidates:
        match = GITHUB_REPO_RE.match(str(url).strip()) if isinstance(url, str) else None
        if match and match.group(2) not in {".", ".."}:
            return match.group(1), match.group(2)
    return None


def signals_from_pypi(project: ProjectInfo, now: datetime) -> RiskSignals:
    """PyPI's part of the signals, as of `now` (releases uploaded after `now` are ignored)."""
    info, ownership = project.info, project.ownership
    roles = ownership.get("roles")
    accounts = None
    if isinstance(roles, list):
        accounts = tuple(sorted({str(r["user"]) for r in roles if isinstance(r, dict) and r.get("user")}))
    released = [r for r in project.releases if r.upload_time is not None and r.upload_time <= now]
    stable = [r for r in released if not r.is_prerelease and not r.yanked] or [r for r in released if not r.yanked]
    latest = max(stable, key=lambda r: r.upload_time or now, default=None)
    last_year = [r for r in released if r.upload_time is not None and now - r.upload_time <= YEAR]
    repo = repository_from_urls(info)
    classifiers = info.get("classifiers")
    return RiskSignals(
        package=project.name,
        as_of=now,
        pypi_accounts=accounts,
        organization=ownership.get("organization") or None,
        author=info.get("author") or info.get("author_email") or None,
        maintainer=info.get("maintainer") or info.get("maintainer_email") or None,
        latest_version=latest.version if latest else None,
        days_since_release=(now - latest.upload_time).days if latest and latest.upload_time else None,
        releases_last_year=len(last_year) if released else None,
        yanked_versions=tuple(r.version for r in released if r.yanked),
        latest_yanked=bool(released) and released[-1].yanked,
        classifiers=tuple(classifiers) if isinstance(classifiers, list) else None,
        repository_url=f"https://github.com/{repo[0]}/{repo[1]}" if repo else None,
    )


def committers_from_stats(stats: Sequence[dict[str, Any]], now: datetime) -> tuple[int, float | None]:
    """People with commits in the 12 months before `now` and the top one's share, from `stats/contributors`."""
    cutoff = (now - YEAR).timestamp()
    counts = Counter[str]()
    for entry in stats:
        login = (entry.get("author") or {}).get("login") or f"#{len(counts)}"
        commits = sum(int(week.get("c") or 0) for week in entry.get("weeks") or () if int(week.get("w") or 0) >= cutoff)
        if commits:
            counts[login] += commits
    return _share(counts)


def committers_from_commits(commits: Sequence[dict[str, Any]]) -> tuple[int, float | None]:
    """People and the top one's share from a `list-commits` page set (login, else the git author email)."""
    counts = Counter[str]()
    for item in commits:
        login = (item.get("author") or {}).get("login")
        email = ((item.get("commit") or {}).get("author") or {}).get("email")
        counts[login or email or "unknown"] += 1
    return _share(counts)


def _share(counts: Counter[str]) -> tuple[int, float | None]:
    total = sum(counts.values())
    return len(counts), (max(counts.values()) / total if total else None)


def release_tag(tags: Sequence[dict[str, Any]], version: str) -> str | None:
    """The tag naming `version` (`0.6.2`, `v0.6.2`, `flask-login-0.6.2`, `release-0.6.2` ...), if listed."""
    wanted = Version(version)
    for tag in tags:
        name = str(tag.get("name") or "")
        match = re.search(r"(\d[0-9A-Za-z.+!-]*)$", name)
        try:
            if match and Version(match.group(1)) == wanted:
                return name
        except InvalidVersion:
            continue
    return None


def _commit_time(commit: dict[str, Any]) -> datetime | None:
    inner = commit.get("commit") or {}
    when = (inner.get("committer") or {}).get("date") or (inner.get("author") or {}).get("date")
    try:
        return datetime.fromisoformat(str(when).replace("Z", "+00:00")) if when else None
    except ValueError:
        return None


async def github_signals(gh: GitHubAPI, owner: str, repo: str, version: str | None, now: datetime) -> dict[str, Any]:
    """GitHub's part of the signals for a public repository, as RiskSignals field values; missing parts left out."""
    found: dict[str, Any] = {}
    base = f"/repos/{owner}/{repo}"
    try:
        meta = await gh.getitem(base)
    except (GitHubException, GitHubError) as e:
        logger.info("repository not readable", extra={"repository": f"{owner}/{repo}", "error": str(e)})
        return found
    if meta.get("private"):
        return found
    found["archived"] = bool(meta.get("archived"))
    branch = str(meta.get("default_branch") or "main")
    try:
        stats = await gh.getitem(f"{base}/stats/contributors")
        if isinstance(stats, list):
            found["committers_last_year"], found["top_committer_share"] = committers_from_stats(stats, now)
        else:  # 202: GitHub is computing the statistics; count a bounded list of commits instead of polling
            since = (now - YEAR).strftime("%Y-%m-%dT%H:%M:%SZ")
            commits = []
            async for item in gh.getiter(
                f"{base}/commits{{?sha,since,per_page}}", {"sha": branch, "since": since, "per_page": 100}
            ):
                commits.append(item)
                if len(commits) >= 100 * MAX_COMMIT_PAGES:
                    break
            found["committers_last_year"], found["top_committer_share"] = committers_from_commits(commits)
    except (GitHubException, GitHubError) as e:
        logger.info("contributor statistics unavailable", extra={"repository": f"{owner}/{repo}", "error": str(e)})
    if version is None:
        return found
    try:
        tags = await gh.getitem(f"{base}/tags{{?per_page}}", {"per_page": 100})
        tag = release_tag(tags if isinstance(tags, list) else [], version)
        if tag is not None:
            # per_page=1: page 1 holds the oldest commit; total_commits counts them all.
            compare = await gh.getitem(
                f"{base}/compare/{{basehead}}{{?per_page}}", {"basehead": f"{tag}...{branch}", "per_page": 1}
            )
            found["release_tag"] = tag
            found["commits_since_release"] = int(compare.get("ahead_by") or 0)
            oldest = _commit_time((compare.get("commits") or [{}])[0])
            if found["commits_since_release"] and oldest is not None:
                found["oldest_unreleased_days"] = max(0, (now - oldest).days)
    except (GitHubException, GitHubError) as e:
        logger.info("release comparison unavailable", extra={"repository": f"{owner}/{repo}", "error": str(e)})
    return found


async def gather_signals(
    client: PyPIClient, name: str, github: GitHubApp | None = None, *, now: datetime | None = None
) -> RiskSignals:
    """A package's signals from PyPI, plus GitHub's (through any installation) when its repository is public."""
    now = now or datetime.now(UTC)
    try:
        signals = signals_from_pypi(await client.project(name), now)
    except PyPIError as e:
        logger.warning("risk: PyPI unavailable", extra={"package": name, "error": str(e)})
        return RiskSignals(package=name, as_of=now)
    repo = repository_from_urls({"home_page": signals.repository_url})
    if github is None or repo is None:
        return signals
    try:
        installations = await github.list_installations()
        if not installations:
            return signals
        async with github.installation(int(installations[0]["id"])) as gh:
            extra = await github_signals(gh, repo[0], repo[1], signals.latest_version, now)
    except GitHubError as e:
        logger.warning("risk: GitHub unavailable", extra={"package": name, "error": str(e)})
        return signals
    return signals.model_copy(update=extra)


async def package_risk(
    client: PyPIClient, name: str, github: GitHubApp | None = None, *, now: datetime | None = None
) -> RiskAssessment:
    """Fetch a package's signals (PyPI, and GitHub when given) and assess them."""
    return assess(await gather_signals(client, name, github, now=now))
