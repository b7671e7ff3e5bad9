"""Fake GitHub routes for issues, comments, labels, pull requests and issue search."""

from __future__ import annotations

import shlex
from typing import Any

from tests.fake_github import objects
from tests.fake_github.context import TOKEN_AUTH, Ctx, HTTPFail
from tests.fake_github.state import Issue, PullInfo, Repo, iso


def _bot(ctx: Ctx) -> str:
    return f"{ctx.fake.app_slug}[bot]"


def _item(ctx: Ctx, repo: Repo, pulls: bool | None = None) -> Issue:
    number = int(ctx.params.get("issue_number") or ctx.params["pull_number"])
    item = repo.items.get(number)
    if item is None or (pulls is not None and item.is_pull != pulls):
        raise HTTPFail(404, "Not Found")
    return item


def _labels_from(body: Any) -> list[str]:
    raw = body.get("labels", []) if isinstance(body, dict) else body
    return [x["name"] if isinstance(x, dict) else str(x) for x in raw or []]


def _ensure_labels(ctx: Ctx, repo: Repo, names: list[str]) -> None:
    for name in names:
        if name not in repo.labels:
            ctx.fake.add_label(repo.owner, repo.name, name)


def _touch(ctx: Ctx, item: Issue) -> None:
    item.updated_at = iso(ctx.fake.now())


async def list_issues(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    state = ctx.query.get("state", "open")
    wanted = [x for x in ctx.query.get("labels", "").split(",") if x]
    creator = ctx.query.get("creator")
    items = [
        i for i in repo.items.values()
        if (state == "all" or i.state == state) and all(w in i.labels for w in wanted)
        and (creator is None or i.author == creator)
    ]
    items.sort(key=lambda i: i.number, reverse=ctx.query.get("direction", "desc") == "desc")
    return 200, ctx.page([objects.issue(repo, i) for i in items])


async def create_issue(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    body = ctx.body or {}
    if not body.get("title"):
        raise HTTPFail(422, "Validation Failed", [{"resource": "Issue", "code": "missing_field", "field": "title"}])
    item = ctx.fake.new_item(repo, str(body["title"]), body.get("body"), _bot(ctx), "Bot")
    item.labels = _labels_from(body)
    _ensure_labels(ctx, repo, item.labels)
    item.assignees = list(body.get("assignees") or [])
    return 201, objects.issue(repo, item)


async def get_issue(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    return 200, objects.issue(repo, _item(ctx, repo))


async def update_issue(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    item = _item(ctx, repo)
    body = ctx.body or {}
    if "title" in body:
        item.title = str(body["title"])
    if "body" in body:
        item.body = body["body"]
    if "labels" in body:
        item.labels = _labels_from(body)
        _ensure_labels(ctx, repo, item.labels)
    if "assignees" in body:
        item.assignees = list(body["assignees"])
    if body.get("state") in ("open", "closed") and body["state"] != item.state:
        item.state = body["state"]
        closed = item.state == "closed"
        item.state_reason = body.get("state_reason") or ("completed" if closed else "reopened")
        item.closed_at = iso(ctx.fake.now()) if closed else None
        item.closed_by = _bot(ctx) if closed else None
    _touch(ctx, item)
    return 200, objects.issue(repo, item)


async def list_comments(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    item = _item(ctx, repo)
    return 200, ctx.page([objects.comment(repo, item, c) for c in item.comments])


async def create_comment(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    item = _item(ctx, repo)
    text = (ctx.body or {}).get("body")
    if not text:
        raise HTTPFail(422, "Validation Failed",
                       [{"resource": "IssueComment", "code": "missing_field", "field": "body"}])
    com = ctx.fake.add_comment(repo.owner, repo.name, item.number, text, _bot(ctx), "Bot")
    _touch(ctx, item)
    return 201, objects.comment(repo, item, com)


async def update_comment(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    wanted = int(ctx.params["comment_id"])
    for item in repo.items.values():
        for com in item.comments:
            if com.id == wanted:
                com.body = (ctx.body or {}).get("body", com.body)
                com.updated_at = iso(ctx.fake.now())
                return 200, objects.comment(repo, item, com)
    raise HTTPFail(404, "Not Found")


async def list_issue_labels(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    return 200, ctx.page([objects.label(repo, repo.labels[n]) for n in _item(ctx, repo).labels])


async def add_issue_labels(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    item = _item(ctx, repo)
    names = _labels_from(ctx.body)
    _ensure_labels(ctx, repo, names)
    item.labels += [n for n in names if n not in item.labels]
    _touch(ctx, item)
    return 200, [objects.label(repo, repo.labels[n]) for n in item.labels]


async def list_repo_labels(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    return 200, ctx.page([objects.label(repo, lab) for lab in repo.labels.values()])


async def create_label(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    body = ctx.body or {}
    name = body.get("name", "")
    if not name or name in repo.labels:
        code = "already_exists" if name else "missing_field"
        raise HTTPFail(422, "Validation Failed", [{"resource": "Label", "code": code, "field": "name"}])
    lab = ctx.fake.add_label(repo.owner, repo.name, name, body.get("color", "ededed"))
    lab.description = body.get("description")
    return 201, objects.label(repo, lab)


async def list_pulls(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    state = ctx.query.get("state", "open")
    head = ctx.query.get("head")
    items = [
        i for i in repo.items.values()
        if i.pull is not None and (state == "all" or i.state == state)
        and (head is None or head in (i.pull.head, f"{repo.owner}:{i.pull.head}"))
        and (ctx.query.get("base") is None or i.pull.base == ctx.query["base"])
    ]
    items.sort(key=lambda i: i.number, reverse=True)
    return 200, ctx.page([objects.pull(repo, i, simple=True) for i in items])


async def create_pull(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    body = ctx.body or {}
    head = str(body.get("head", "")).split(":")[-1]
    base = str(body.get("base", ""))
    if f"heads/{head}" not in repo.refs or f"heads/{base}" not in repo.refs:
        raise HTTPFail(422, "Validation Failed", [{"resource": "PullRequest", "code": "invalid", "field": "head"}])
    if any(i.pull and i.state == "open" and i.pull.head == head for i in repo.items.values()):
        message = f"A pull request already exists for {repo.owner}:{head}."
        raise HTTPFail(422, "Validation Failed", [{"resource": "PullRequest", "code": "custom", "message": message}])
    head_commit, base_commit = repo.head(head), repo.head(base)
    changed = [p for p in set(head_commit.files) | set(base_commit.files)
               if head_commit.files.get(p) != base_commit.files.get(p)]
    if not changed:
        raise HTTPFail(422, "Validation Failed", [{"resource": "PullRequest", "code": "custom",
                                                  "message": f"No commits between {base} and {head}"}])
    item = ctx.fake.new_item(repo, str(body.get("title", "")), body.get("body"), _bot(ctx), "Bot")
    item.pull = PullInfo(head, base, head_commit.sha, base_commit.sha, changed_files=len(changed))
    return 201, objects.pull(repo, item)


async def update_pull(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    item = _item(ctx, repo, pulls=True)
    body = ctx.body or {}
    for key in ("title", "body"):
        if key in body:
            setattr(item, key, body[key])
    if body.get("state") in ("open", "closed"):
        item.state = body["state"]
        item.closed_at = iso(ctx.fake.now()) if item.state == "closed" else None
    assert item.pull is not None
    item.pull.head_sha = repo.head(item.pull.head).sha
    _touch(ctx, item)
    return 200, objects.pull(repo, item)


def _matches(repo: Repo, item: Issue, terms: list[str]) -> bool:
    for term in terms:
        key, sep, value = term.partition(":")
        if sep and key == "repo":
            ok = repo.full_name.lower() == value.lower()
        elif sep and key == "is":
            ok = {"issue": not item.is_pull, "pr": item.is_pull, "open": item.state == "open",
                  "closed": item.state == "closed"}.get(value, True)
        elif sep and key == "state":
            ok = item.state == value
        elif sep and key == "label":
            ok = value in item.labels
        elif sep and key == "author":
            ok = item.author == value or item.author == value.removeprefix("app/") + "[bot]"
        elif sep and key == "in":
            ok = True
        else:
            ok = term.lower() in f"{item.title}\n{item.body or ''}".lower()
        if not ok:
            return False
    return True


async def search_issues(ctx: Ctx) -> tuple[int, Any]:
    query = ctx.query.get("q", "")
    try:
        terms = shlex.split(query)
    except ValueError as e:
        raise HTTPFail(422, "Validation Failed", [{"resource": "Search", "code": "invalid", "field": "q"}]) from e
    if not terms:
        raise HTTPFail(422, "Validation Failed", [{"resource": "Search", "code": "missing", "field": "q"}])
    inst = ctx.fake.installations.get(ctx.installation_id or -1)
    found = [
        (repo, item) for name, repo in sorted(ctx.fake.repos.items()) if inst is not None and name in inst.repos
        for item in repo.items.values() if _matches(repo, item, terms)
    ]
    items = ctx.page([objects.search_item(repo, item) for repo, item in found])
    return 200, {"total_count": len(found), "incomplete_results": False, "items": items, "search_type": "lexical"}


R = "/repos/{owner}/{repo}"
ROUTES = [
    ("GET", R + "/issues", TOKEN_AUTH, list_issues),
    ("POST", R + "/issues", TOKEN_AUTH, create_issue),
    ("PATCH", R + "/issues/comments/{comment_id}", TOKEN_AUTH, update_comment),
    ("GET", R + "/issues/{issue_number}", TOKEN_AUTH, get_issue),
    ("PATCH", R + "/issues/{issue_number}", TOKEN_AUTH, update_issue),
    ("GET", R + "/issues/{issue_number}/comments", TOKEN_AUTH, list_comments),
    ("POST", R + "/issues/{issue_number}/comments", TOKEN_AUTH, create_comment),
    ("GET", R + "/issues/{issue_number}/labels", TOKEN_AUTH, list_issue_labels),
    ("POST", R + "/issues/{issue_number}/labels", TOKEN_AUTH, add_issue_labels),
    ("GET", R + "/labels", TOKEN_AUTH, list_repo_labels),
    ("POST", R + "/labels", TOKEN_AUTH, create_label),
    ("GET", R + "/pulls", TOKEN_AUTH, list_pulls),
    ("POST", R + "/pulls", TOKEN_AUTH, create_pull),
    ("PATCH", R + "/pulls/{pull_number}", TOKEN_AUTH, update_pull),
    ("GET", "/search/issues", TOKEN_AUTH, search_issues),
]
