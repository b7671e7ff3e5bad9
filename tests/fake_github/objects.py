"""JSON builders for the fake GitHub: each returns a dict shaped like GitHub's schema of the same name."""

from __future__ import annotations

from typing import Any

API = "https://api.github.com"
WEB = "https://github.com"

_USER_URLS = (
    "followers", "following{/other_user}", "gists{/gist_id}", "starred{/owner}{/repo}", "subscriptions",
    "organizations", "repos", "events{/privacy}", "received_events",
)
_REPO_URLS = (
    "archive_url:{archive_format}{/ref}", "assignees_url:assignees{/user}", "blobs_url:git/blobs{/sha}",
    "branches_url:branches{/branch}", "collaborators_url:collaborators{/collaborator}",
    "comments_url:comments{/number}", "commits_url:commits{/sha}", "compare_url:compare/{base}...{head}",
    "contents_url:contents/{+path}", "contributors_url:contributors", "deployments_url:deployments",
    "downloads_url:downloads", "events_url:events", "forks_url:forks", "git_commits_url:git/commits{/sha}",
    "git_refs_url:git/refs{/sha}", "git_tags_url:git/tags{/sha}", "hooks_url:hooks",
    "issue_comment_url:issues/comments{/number}", "issue_events_url:issues/events{/number}",
    "issues_url:issues{/number}", "keys_url:keys{/key_id}", "labels_url:labels{/name}",
    "languages_url:languages", "merges_url:merges", "milestones_url:milestones{/number}",
    "notifications_url:notifications{?since,all,participating}", "pulls_url:pulls{/number}",
    "releases_url:releases{/id}", "stargazers_url:stargazers", "statuses_url:statuses/{sha}",
    "subscribers_url:subscribers", "subscription_url:subscription", "tags_url:tags", "teams_url:teams",
    "trees_url:git/trees{/sha}",
)
TIME = "2026-01-01T00:00:00Z"


def user(login: str, user_id: int, kind: str = "User") -> dict[str, Any]:
    """A simple-user."""
    base = f"{API}/users/{login}"
    out: dict[str, Any] = {
        "login": login, "id": user_id, "node_id": f"U_{user_id}", "avatar_url": f"https://avatars.example/{user_id}",
        "gravatar_id": "", "url": base, "html_url": f"{WEB}/{login}", "type": kind, "site_admin": False,
    }
    for tail in _USER_URLS:
        out[tail.split("{")[0] + "_url"] = f"{base}/{tail}"
    return out


def repository(repo: Any, full: bool = False) -> dict[str, Any]:
    """A repository (or full-repository when `full`) from the fake's Repo state."""
    base = f"{API}/repos/{repo.full_name}"
    out: dict[str, Any] = {
        "id": repo.id, "node_id": f"R_{repo.id}", "name": repo.name, "full_name": repo.full_name,
        "owner": user(repo.owner, repo.owner_id, repo.owner_type), "private": repo.private,
        "html_url": f"{WEB}/{repo.full_name}", "description": None, "fork": False, "url": base,
        "clone_url": f"{WEB}/{repo.full_name}.git", "git_url": f"git://github.com/{repo.full_name}.git",
        "ssh_url": f"git@github.com:{repo.full_name}.git", "svn_url": f"{WEB}/{repo.full_name}",
        "mirror_url": None, "homepage": None, "language": "Python", "forks": 0, "forks_count": 0,
        "stargazers_count": 0, "watchers": 0, "watchers_count": 0, "size": 1, "default_branch": repo.default_branch,
        "open_issues": repo.open_issues_count(), "open_issues_count": repo.open_issues_count(),
        "has_issues": True, "has_projects": False, "has_wiki": False, "has_pages": False, "has_downloads": True,
        "archived": repo.archived, "disabled": False, "license": None,
        "pushed_at": repo.pushed_at, "created_at": TIME, "updated_at": repo.pushed_at,
    }
    for spec in _REPO_URLS:
        key, tail = spec.split(":", 1)
        out[key] = f"{base}/{tail}"
    if full:
        out.update(has_discussions=False, network_count=0, subscribers_count=0)
    return out


def label(repo: Any, lab: Any) -> dict[str, Any]:
    """A label."""
    return {
        "id": lab.id, "node_id": f"LA_{lab.id}", "url": f"{API}/repos/{repo.full_name}/labels/{lab.name}",
        "name": lab.name, "description": lab.description, "color": lab.color, "default": False,
    }


def _issue_common(repo: Any, issue: Any) -> dict[str, Any]:
    base = f"{API}/repos/{repo.full_name}/issues/{issue.number}"
    return {
        "id": issue.id, "node_id": f"I_{issue.id}", "number": issue.number, "url": base,
        "repository_url": f"{API}/repos/{repo.full_name}", "labels_url": f"{base}/labels{{/name}}",
        "comments_url": f"{base}/comments", "events_url": f"{base}/events",
        "html_url": f"{WEB}/{repo.full_name}/{'pull' if issue.is_pull else 'issues'}/{issue.number}",
        "title": issue.title, "body": issue.body, "state": issue.state,
        "locked": False, "user": user(issue.author, issue.author_id, issue.author_type),
        "labels": [label(repo, repo.labels[name]) for name in issue.labels],
        "assignee": user(issue.assignees[0], 900 + len(issue.assignees[0])) if issue.assignees else None,
        "assignees": [user(a, 900 + len(a)) for a in issue.assignees],
        "milestone": None, "comments": len(issue.comments), "created_at": issue.created_at,
        "updated_at": issue.updated_at, "closed_at": issue.closed_at, "author_association": issue.association,
    } | ({"state_reason": issue.state_reason} if issue.state_reason else {})


def issue(repo: Any, item: Any) -> dict[str, Any]:
    """An issue (pull requests appear with a `pull_request` key, as on GitHub)."""
    out = _issue_common(repo, item)
    if item.is_pull:
        out["pull_request"] = {
            "url": f"{API}/repos/{repo.full_name}/pulls/{item.number}", "html_url": out["html_url"],
            "diff_url": out["html_url"] + ".diff", "patch_url": out["html_url"] + ".patch", "merged_at": None,
        }
    return out


def search_item(repo: Any, item: Any) -> dict[str, Any]:
    """An issue-search-result-item."""
    return issue(repo, item) | {"score": 1.0}


def comment(repo: Any, item: Any, com: Any) -> dict[str, Any]:
    """An issue-comment."""
    return {
        "id": com.id, "node_id": f"IC_{com.id}", "url": f"{API}/repos/{repo.full_name}/issues/comments/{com.id}",
        "html_url": f"{WEB}/{repo.full_name}/issues/{item.number}#issuecomment-{com.id}",
        "issue_url": f"{API}/repos/{repo.full_name}/issues/{item.number}", "body": com.body,
        "user": user(com.author, com.author_id, com.author_type), "created_at": com.created_at,
        "updated_at": com.updated_at, "author_association": "NONE",
    }


def _login_id(login: str) -> int:
    return 7000 + sum(login.encode()) % 1000


def _link(href: str) -> dict[str, str]:
    return {"href": href}


def pull(repo: Any, item: Any, simple: bool = False) -> dict[str, Any]:
    """A pull-request (or pull-request-simple)."""
    pr = item.pull
    base = f"{API}/repos/{repo.full_name}/pulls/{item.number}"
    html = f"{WEB}/{repo.full_name}/pull/{item.number}"
    repo_json = repository(repo)
    owner = user(repo.owner, repo.owner_id, repo.owner_type)
    out: dict[str, Any] = {
        "id": item.id, "node_id": f"PR_{item.id}", "number": item.number, "url": base, "html_url": html,
        "diff_url": html + ".diff", "patch_url": html + ".patch",
        "issue_url": f"{API}/repos/{repo.full_name}/issues/{item.number}",
        "commits_url": f"{base}/commits", "review_comments_url": f"{base}/comments",
        "review_comment_url": f"{API}/repos/{repo.full_name}/pulls/comments{{/number}}",
        "comments_url": f"{API}/repos/{repo.full_name}/issues/{item.number}/comments",
        "statuses_url": f"{API}/repos/{repo.full_name}/statuses/{pr.head_sha}",
        "state": item.state, "locked": False, "title": item.title, "body": item.body,
        "user": user(item.author, item.author_id, item.author_type),
        "labels": [label(repo, repo.labels[name]) for name in item.labels],
        "assignee": None, "milestone": None, "created_at": item.created_at, "updated_at": item.updated_at,
        "closed_at": item.closed_at, "merged_at": None, "merge_commit_sha": None, "draft": False,
        "head": {"label": f"{repo.owner}:{pr.head}", "ref": pr.head, "sha": pr.head_sha, "repo": repo_json,
                 "user": owner},
        "base": {"label": f"{repo.owner}:{pr.base}", "ref": pr.base, "sha": pr.base_sha, "repo": repo_json,
                 "user": owner},
        "_links": {
            "self": _link(base), "html": _link(html),
            "issue": _link(f"{API}/repos/{repo.full_name}/issues/{item.number}"),
            "comments": _link(f"{API}/repos/{repo.full_name}/issues/{item.number}/comments"),
            "review_comments": _link(f"{base}/comments"),
            "review_comment": _link(f"{API}/repos/{repo.full_name}/pulls/comments{{/number}}"),
            "commits": _link(f"{base}/commits"),
            "statuses": _link(f"{API}/repos/{repo.full_name}/statuses/{pr.head_sha}"),
        },
        "author_association": item.association, "auto_merge": None,
    }
    if not simple:
        out.update(
            merged=False, mergeable=True, mergeable_state="clean", merged_by=None, comments=len(item.comments),
            review_comments=0, maintainer_can_modify=False, commits=1, additions=pr.additions,
            deletions=pr.deletions, changed_files=pr.changed_files,
        )
    return out


def ref(repo: Any, name: str, sha: str) -> dict[str, Any]:
    """A git-ref (`name` like `heads/main`)."""
    return {
        "ref": f"refs/{name}", "node_id": f"REF_{sha[:12]}", "url": f"{API}/repos/{repo.full_name}/git/refs/{name}",
        "object": {"type": "commit", "sha": sha, "url": f"{API}/repos/{repo.full_name}/git/commits/{sha}"},
    }


def commit(repo: Any, com: Any) -> dict[str, Any]:
    """A commit (list-commits / compare item)."""
    base = f"{API}/repos/{repo.full_name}"
    person = {"name": com.author, "email": f"{com.author}@example.com", "date": com.date}
    return {
        "url": f"{base}/commits/{com.sha}", "sha": com.sha, "node_id": f"C_{com.sha[:12]}",
        "html_url": f"{WEB}/{repo.full_name}/commit/{com.sha}", "comments_url": f"{base}/commits/{com.sha}/comments",
        "commit": {
            "url": f"{base}/git/commits/{com.sha}", "author": person, "committer": person, "message": com.message,
            "comment_count": 0, "tree": {"sha": com.tree, "url": f"{base}/git/trees/{com.tree}"},
        },
        "author": user(com.author, _login_id(com.author)), "committer": user(com.author, _login_id(com.author)),
        "parents": [{"sha": p, "url": f"{base}/commits/{p}", "html_url": f"{WEB}/{repo.full_name}/commit/{p}"}
                    for p in com.parents],
    }


def content_file(repo: Any, path: str, blob_sha: str, data: bytes, ref_name: str, encoded: str) -> dict[str, Any]:
    """A content-file (base64 content)."""
    out = content_entry(repo, path, "file", blob_sha, len(data), ref_name)
    out.update(content=encoded, encoding="base64")
    return out


def content_entry(repo: Any, path: str, kind: str, sha: str, size: int, ref_name: str) -> dict[str, Any]:
    """One entry of a content-directory listing."""
    url = f"{API}/repos/{repo.full_name}/contents/{path}?ref={ref_name}"
    git = f"{API}/repos/{repo.full_name}/git/{'blobs' if kind == 'file' else 'trees'}/{sha}"
    html = f"{WEB}/{repo.full_name}/{'blob' if kind == 'file' else 'tree'}/{ref_name}/{path}"
    raw = f"https://raw.githubusercontent.com/{repo.full_name}/{ref_name}/{path}" if kind == "file" else None
    return {
        "type": kind, "size": size, "name": path.rsplit("/", 1)[-1], "path": path, "sha": sha, "url": url,
        "git_url": git, "html_url": html, "download_url": raw, "_links": {"self": url, "git": git, "html": html},
    }


def file_commit(repo: Any, path: str, blob_sha: str, size: int, com: Any, ref_name: str) -> dict[str, Any]:
    """A file-commit (answer to a contents PUT)."""
    entry = content_entry(repo, path, "file", blob_sha, size, ref_name)
    full = commit(repo, com)
    return {
        "content": entry,
        "commit": {
            "sha": com.sha, "node_id": full["node_id"], "url": full["commit"]["url"], "html_url": full["html_url"],
            "author": full["commit"]["author"], "committer": full["commit"]["committer"], "message": com.message,
            "tree": full["commit"]["tree"], "parents": full["parents"],
            "verification": {"verified": False, "reason": "unsigned", "signature": None, "payload": None,
                             "verified_at": None},
        },
    }


def installation(inst: Any, app_id: int, app_slug: str) -> dict[str, Any]:
    """An installation (list-installations item)."""
    return {
        "id": inst.id, "app_id": app_id, "app_slug": app_slug, "target_id": inst.account_id,
        "target_type": inst.account_type, "single_file_name": None,
        "repository_selection": inst.repository_selection,
        "access_tokens_url": f"{API}/app/installations/{inst.id}/access_tokens",
        "html_url": f"{WEB}/settings/installations/{inst.id}", "repositories_url": f"{API}/installation/repositories",
        "events": list(inst.events),
        # The contract's account is allOf(simple-user, enterprise), so it carries both sets of fields.
        "account": user(inst.account, inst.account_id, inst.account_type)
        | {"name": inst.account, "slug": inst.account, "created_at": TIME, "updated_at": TIME},
        "permissions": dict(inst.permissions), "created_at": TIME, "updated_at": TIME,
        "suspended_by": None, "suspended_at": inst.suspended_at,
    }


def integration(app_id: int, slug: str) -> dict[str, Any]:
    """The App itself (GET /app)."""
    return {
        "id": app_id, "slug": slug, "node_id": f"A_{app_id}", "owner": user("release-watch-org", 1, "Organization"),
        "name": slug, "description": "Warns repositories before a dependency release breaks them.",
        "external_url": "https://release-watch.example", "html_url": f"{WEB}/apps/{slug}",
        "created_at": TIME, "updated_at": TIME,
        "permissions": {"issues": "write", "contents": "write", "pull_requests": "write", "metadata": "read"},
        "events": ["push", "issues", "issue_comment", "installation", "installation_repositories"],
    }


def delivery(item: Any) -> dict[str, Any]:
    """A hook-delivery-item."""
    return {
        "id": item.id, "guid": item.guid, "delivered_at": item.delivered_at, "redelivery": item.redelivery,
        "duration": 0.1, "status": "OK" if 200 <= item.status_code < 300 else "failed",
        "status_code": item.status_code, "event": item.event, "action": item.action,
        "installation_id": item.installation_id, "repository_id": item.repository_id,
    }


def rate(limit: int, remaining: int, reset: int) -> dict[str, int]:
    """A rate-limit block."""
    return {"limit": limit, "remaining": remaining, "reset": reset, "used": limit - remaining}


def error(message: str, status: int) -> dict[str, Any]:
    """A basic-error body."""
    return {"message": message, "documentation_url": "https://docs.github.com/rest", "status": str(status)}
