"""The fake GitHub's in-memory state and the seeding helpers tests use to arrange it."""

from __future__ import annotations

import hashlib
import itertools
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

PERMISSION_LEVELS = ("admin", "maintain", "write", "triage", "read", "none")


def iso(ts: float) -> str:
    """An ISO-8601 UTC timestamp as GitHub writes them."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def git_sha(kind: str, data: bytes) -> str:
    """The sha1 git gives an object of this kind and content."""
    return hashlib.sha1(f"{kind} {len(data)}\0".encode() + data).hexdigest()


@dataclass
class Label:
    id: int
    name: str
    color: str = "ededed"
    description: str | None = None


@dataclass
class Comment:
    id: int
    body: str
    author: str
    author_id: int
    author_type: str
    created_at: str
    updated_at: str


@dataclass
class PullInfo:
    head: str
    base: str
    head_sha: str
    base_sha: str
    additions: int = 0
    deletions: int = 0
    changed_files: int = 0


@dataclass
class Issue:
    """An issue or (with `pull`) a pull request; they share the number sequence as on GitHub."""

    id: int
    number: int
    title: str
    body: str | None
    author: str
    author_id: int
    author_type: str
    created_at: str
    updated_at: str
    state: str = "open"
    state_reason: str | None = None
    closed_at: str | None = None
    closed_by: str | None = None
    labels: list[str] = field(default_factory=list)
    assignees: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    association: str = "NONE"
    pull: PullInfo | None = None

    @property
    def is_pull(self) -> bool:
        """True for a pull request."""
        return self.pull is not None


@dataclass
class Commit:
    sha: str
    tree: str
    parents: list[str]
    message: str
    author: str
    date: str
    files: dict[str, bytes]


@dataclass
class Release:
    id: int
    tag: str
    name: str | None
    created_at: str
    prerelease: bool = False


@dataclass
class Repo:
    id: int
    owner: str
    name: str
    owner_id: int
    owner_type: str
    default_branch: str
    private: bool
    pushed_at: str
    archived: bool = False
    refs: dict[str, str] = field(default_factory=dict)
    commits: dict[str, Commit] = field(default_factory=dict)
    labels: dict[str, Label] = field(default_factory=dict)
    items: dict[int, Issue] = field(default_factory=dict)
    permissions: dict[str, str] = field(default_factory=dict)
    releases: list[Release] = field(default_factory=list)
    stats_pending: int = 0

    @property
    def full_name(self) -> str:
        """owner/name."""
        return f"{self.owner}/{self.name}"

    def open_issues_count(self) -> int:
        """Open issues and pull requests, as GitHub counts them."""
        return sum(1 for item in self.items.values() if item.state == "open")

    def head(self, branch: str | None = None) -> Commit:
        """The commit a branch (default: the default branch) points at."""
        return self.commits[self.refs[f"heads/{branch or self.default_branch}"]]


@dataclass
class Installation:
    id: int
    account: str
    account_id: int
    account_type: str
    repos: set[str] = field(default_factory=set)
    suspended_at: str | None = None
    repository_selection: str = "selected"
    permissions: dict[str, str] = field(
        default_factory=lambda: {"contents": "write", "issues": "write", "pull_requests": "write", "metadata": "read"}
    )
    events: tuple[str, ...] = ("push", "issues", "issue_comment")


@dataclass
class Token:
    token: str
    installation_id: int
    expires_at: float


@dataclass
class Delivery:
    id: int
    guid: str
    event: str
    action: str | None
    status_code: int
    delivered_at: str
    installation_id: int | None = None
    repository_id: int | None = None
    redelivery: bool = False


@dataclass
class Fault:
    """A scripted failure: the next `times` requests matching method + path regex get this answer."""

    method: str
    path: re.Pattern[str]
    status: int
    headers: dict[str, str]
    message: str
    times: int


@dataclass(frozen=True)
class CallRecord:
    method: str
    path: str
    operation: str
    status: int
    installation_id: int | None


class FakeState:
    """Everything the fake GitHub holds, plus the helpers tests use to seed and inspect it."""

    def __init__(self, app_id: int, public_key_pem: str, app_slug: str = "release-watch") -> None:
        self.app_id = app_id
        self.app_slug = app_slug
        self.public_key_pem = public_key_pem
        self.clock_offset = 0.0
        self.token_lifetime = 3600
        self.rate_limit = 5000
        self.installations: dict[int, Installation] = {}
        self.repos: dict[str, Repo] = {}
        self.tokens: dict[str, Token] = {}
        self.blobs: dict[str, bytes] = {}
        self.trees: dict[str, list[tuple[str, str, str, str]]] = {}
        self.deliveries: list[Delivery] = []
        self.redelivery_requests: list[int] = []
        self.faults: list[Fault] = []
        self.log: list[CallRecord] = []
        self.violations: list[str] = []
        self.remaining: dict[int | None, int] = {}
        self.logins: dict[str, int] = {}
        self._ids = itertools.count(1000)

    # ---- time, ids, users -------------------------------------------------
    def now(self) -> float:
        """The fake's clock (real time plus what tests advanced)."""
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the fake's clock forward (tokens expire, rate limits reset)."""
        self.clock_offset += seconds

    def next_id(self) -> int:
        """A fresh numeric id."""
        return next(self._ids)

    def user_id(self, login: str) -> int:
        """A stable id per login."""
        return self.logins.setdefault(login, 5000 + len(self.logins))

    # ---- seeding ----------------------------------------------------------
    def add_installation(
        self, installation_id: int | None = None, account: str = "octo-org", account_type: str = "Organization",
        repos: tuple[str, ...] = (),
    ) -> Installation:
        """Install the App on an account; `repos` are full names it can reach."""
        inst = Installation(installation_id or self.next_id(), account, self.user_id(account), account_type, set(repos))
        self.installations[inst.id] = inst
        return inst

    def add_repo(
        self, owner: str, name: str, files: dict[str, str | bytes] | None = None, default_branch: str = "main",
        installation: int | None = None, private: bool = False, author: str = "octocat", repo_id: int | None = None,
    ) -> Repo:
        """Create a repository with one commit holding `files`; the owner is its admin."""
        owner_type = "User"
        for inst in self.installations.values():
            if inst.account == owner:
                owner_type = inst.account_type
        repo = Repo(repo_id or self.next_id(), owner, name, self.user_id(owner), owner_type, default_branch, private,
                    iso(self.now()))
        repo.permissions[owner] = "admin"
        self.repos[repo.full_name] = repo
        self._commit(repo, default_branch, {k: _bytes(v) for k, v in (files or {}).items()}, "Initial commit", author,
                     parent=None)
        if installation is not None:
            self.installations[installation].repos.add(repo.full_name)
        return repo

    def push(
        self, owner: str, name: str, files: dict[str, str | bytes | None], message: str = "Update files",
        branch: str | None = None, author: str = "octocat",
    ) -> str:
        """Commit changes (path -> new text, None deletes) on a branch; returns the new commit sha."""
        repo = self.repo(owner, name)
        branch = branch or repo.default_branch
        parent = repo.refs.get(f"heads/{branch}")
        current = dict(repo.commits[parent].files) if parent else {}
        for path, text in files.items():
            if text is None:
                current.pop(path, None)
            else:
                current[path] = _bytes(text)
        return self._commit(repo, branch, current, message, author, parent)

    def set_permission(self, owner: str, name: str, login: str, permission: str) -> None:
        """Give a user a role on a repository (admin, maintain, write, triage, read, none)."""
        if permission not in PERMISSION_LEVELS:
            raise ValueError(f"unknown permission {permission!r}")
        self.repo(owner, name).permissions[login] = permission

    def add_label(self, owner: str, name: str, label: str, color: str = "ededed") -> Label:
        """Create a repository label."""
        repo = self.repo(owner, name)
        repo.labels[label] = Label(self.next_id(), label, color)
        return repo.labels[label]

    def add_issue(
        self, owner: str, name: str, title: str, body: str = "", author: str = "octocat", labels: tuple[str, ...] = (),
        author_type: str = "User",
    ) -> Issue:
        """Open an issue as someone."""
        repo = self.repo(owner, name)
        for lab in labels:
            if lab not in repo.labels:
                self.add_label(owner, name, lab)
        item = self.new_item(repo, title, body, author, author_type)
        item.labels = list(labels)
        return item

    def new_item(self, repo: Repo, title: str, body: str | None, author: str, author_type: str) -> Issue:
        """Allocate the next issue/PR number of a repository."""
        stamp = iso(self.now())
        number = max(repo.items, default=0) + 1
        item = Issue(self.next_id(), number, title, body, author, self.user_id(author), author_type, stamp, stamp)
        repo.items[number] = item
        return item

    def close_issue(self, owner: str, name: str, number: int, by: str = "octocat", reason: str = "completed") -> Issue:
        """Close an issue as a person would."""
        item = self.repo(owner, name).items[number]
        item.state, item.state_reason, item.closed_by = "closed", reason, by
        item.closed_at = item.updated_at = iso(self.now())
        return item

    def add_comment(self, owner: str, name: str, number: int, body: str, author: str = "octocat",
                    author_type: str = "User") -> Comment:
        """Comment on an issue or PR."""
        stamp = iso(self.now())
        com = Comment(self.next_id(), body, author, self.user_id(author), author_type, stamp, stamp)
        self.repo(owner, name).items[number].comments.append(com)
        return com

    def add_release(self, owner: str, name: str, tag: str, prerelease: bool = False) -> Release:
        """Publish a release (and its tag at the default branch head)."""
        repo = self.repo(owner, name)
        repo.refs[f"tags/{tag}"] = repo.refs[f"heads/{repo.default_branch}"]
        rel = Release(self.next_id(), tag, tag, iso(self.now()), prerelease)
        repo.releases.append(rel)
        return rel

    def set_stats_computing(self, owner: str, name: str, times: int = 1) -> None:
        """Make /stats/contributors answer 202 for the next `times` calls."""
        self.repo(owner, name).stats_pending = times

    def add_delivery(
        self, guid: str, event: str, action: str | None = None, status_code: int = 500,
        installation_id: int | None = None, repository_id: int | None = None, redelivery: bool = False,
    ) -> Delivery:
        """Record a webhook delivery the App made (status_code >= 400 or 0 means it failed)."""
        item = Delivery(self.next_id(), guid, event, action, status_code, iso(self.now()), installation_id,
                        repository_id, redelivery)
        self.deliveries.append(item)
        return item

    def delete_repo(self, owner: str, name: str) -> None:
        """Remove a repository (later calls answer 404)."""
        self.repos.pop(f"{owner}/{name}")

    # ---- scripted faults --------------------------------------------------
    def fail(self, method: str, path: str, status: int, *, times: int = 1, headers: dict[str, str] | None = None,
             message: str = "Scripted failure") -> None:
        """The next `times` requests with this method whose path matches the regex `path` fail with `status`."""
        self.faults.append(Fault(method.upper(), re.compile(path), status, dict(headers or {}), message, times))

    def fail_secondary_rate_limit(self, method: str, path: str, retry_after: int = 1, times: int = 1) -> None:
        """A 403 secondary rate limit with Retry-After, as GitHub sends it."""
        self.fail(method, path, 403, times=times, headers={"retry-after": str(retry_after)},
                  message="You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")

    def fail_primary_rate_limit(self, method: str, path: str, reset_in: int = 1, times: int = 1) -> None:
        """A 403 with x-ratelimit-remaining 0 (the primary limit)."""
        self.fail(method, path, 403, times=times, message="API rate limit exceeded for installation.",
                  headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(self.now()) + reset_in)})

    def expire_tokens(self) -> None:
        """Invalidate every installation token issued so far (the next use answers 401)."""
        self.tokens.clear()

    # ---- inspection -------------------------------------------------------
    def repo(self, owner: str, name: str) -> Repo:
        """A repository by owner and name."""
        return self.repos[f"{owner}/{name}"]

    def issues(self, owner: str, name: str) -> list[Issue]:
        """Issues (not PRs) of a repository, by number."""
        return [i for _, i in sorted(self.repo(owner, name).items.items()) if not i.is_pull]

    def pulls(self, owner: str, name: str) -> list[Issue]:
        """Pull requests of a repository, by number."""
        return [i for _, i in sorted(self.repo(owner, name).items.items()) if i.is_pull]

    def file(self, owner: str, name: str, path: str, branch: str | None = None) -> str | None:
        """A file's text at a branch head (default branch), or None."""
        data = self.repo(owner, name).head(branch).files.get(path)
        return None if data is None else data.decode("utf-8")

    def branch_sha(self, owner: str, name: str, branch: str | None = None) -> str:
        """The commit sha a branch points at."""
        return self.repo(owner, name).head(branch).sha

    def calls(self, operation: str | None = None, method: str | None = None,
              path: str | None = None) -> list[CallRecord]:
        """Requests the fake answered, filtered by operation (`GET /repos/{owner}/{repo}`), method or path regex."""
        return [
            c for c in self.log
            if (operation is None or c.operation == operation) and (method is None or c.method == method.upper())
            and (path is None or re.search(path, c.path))
        ]

    def reset_calls(self) -> None:
        """Forget the request log."""
        self.log.clear()

    # ---- git internals ----------------------------------------------------
    def _commit(self, repo: Repo, branch: str, files: dict[str, bytes], message: str, author: str,
                parent: str | None) -> str:
        tree = self._write_tree(files)
        stamp = iso(self.now())
        body = f"tree {tree}\nparent {parent}\nauthor {author} {stamp}\n\n{message}\n{secrets.token_hex(4)}"
        sha = git_sha("commit", body.encode())
        repo.commits[sha] = Commit(sha, tree, [parent] if parent else [], message, author, stamp, files)
        repo.refs[f"heads/{branch}"] = sha
        repo.pushed_at = stamp
        return sha

    def _write_tree(self, files: dict[str, bytes]) -> str:
        children: dict[str, dict[str, bytes]] = {}
        entries: list[tuple[str, str, str, str]] = []
        for path, data in files.items():
            head, _, rest = path.partition("/")
            if rest:
                children.setdefault(head, {})[rest] = data
            else:
                sha = git_sha("blob", data)
                self.blobs[sha] = data
                entries.append((head, "100644", "blob", sha))
        for name, sub in children.items():
            entries.append((name, "040000", "tree", self._write_tree(sub)))
        entries.sort()
        sha = git_sha("tree", "\n".join(" ".join(e) for e in entries).encode())
        self.trees[sha] = entries
        return sha

    def walk_tree(self, sha: str, prefix: str = "") -> list[tuple[str, str, str, str, int | None]]:
        """Every entry below a tree (path, mode, type, sha, size), depth first like GitHub's recursive listing."""
        out: list[tuple[str, str, str, str, int | None]] = []
        for name, mode, kind, child in self.trees[sha]:
            path = f"{prefix}{name}"
            out.append((path, mode, kind, child, len(self.blobs[child]) if kind == "blob" else None))
            if kind == "tree":
                out.extend(self.walk_tree(child, path + "/"))
        return out


def _bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value
