"""Fake GitHub routes for repository data: refs, commits, trees, blobs, contents, tags, releases, people."""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from typing import Any

from tests.fake_github import objects
from tests.fake_github.context import TOKEN_AUTH, Ctx, HTTPFail
from tests.fake_github.state import Commit, Repo, git_sha


def _resolve(repo: Repo, ref: str | None) -> Commit:
    """A branch name, tag or commit sha (default: the default branch) to its commit."""
    name = ref or repo.default_branch
    for key in (f"heads/{name}", f"tags/{name}"):
        if key in repo.refs:
            return repo.commits[repo.refs[key]]
    if name in repo.commits:
        return repo.commits[name]
    raise HTTPFail(404, f"No commit found for the ref {name}")


async def get_repo(ctx: Ctx) -> tuple[int, Any]:
    return 200, objects.repository(ctx.repo(), full=True)


async def list_commits(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    commit: Commit | None = _resolve(repo, ctx.query.get("sha"))
    out = []
    while commit is not None:
        if ctx.query.get("path") is None or ctx.query["path"] in commit.files:
            out.append(objects.commit(repo, commit))
        commit = repo.commits[commit.parents[0]] if commit.parents else None
    return 200, ctx.page(out)


def _ancestors(repo: Repo, sha: str) -> list[str]:
    chain = [sha]
    while repo.commits[chain[-1]].parents:
        chain.append(repo.commits[chain[-1]].parents[0])
    return chain


async def compare(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    base_name, sep, head_name = ctx.params["basehead"].partition("...")
    if not sep:
        raise HTTPFail(404, "Not Found")
    base, head = _resolve(repo, base_name), _resolve(repo, head_name)
    head_chain, base_chain = _ancestors(repo, head.sha), _ancestors(repo, base.sha)
    if base.sha == head.sha:
        status, ahead, behind = "identical", 0, 0
    elif base.sha in head_chain:
        status, ahead, behind = "ahead", head_chain.index(base.sha), 0
    elif head.sha in base_chain:
        status, ahead, behind = "behind", 0, base_chain.index(head.sha)
    else:
        status, ahead, behind = "diverged", len(head_chain), len(base_chain)
    commits = [objects.commit(repo, repo.commits[s]) for s in reversed(head_chain[:ahead])]
    files = []
    for path in sorted(set(base.files) | set(head.files)):
        old, new = base.files.get(path), head.files.get(path)
        if old == new:
            continue
        kind = "added" if old is None else "removed" if new is None else "modified"
        blob = git_sha("blob", new) if new is not None else None
        files.append({
            "sha": blob, "filename": path, "status": kind, "additions": 0, "deletions": 0, "changes": 0,
            "blob_url": f"{objects.WEB}/{repo.full_name}/blob/{head.sha}/{path}",
            "raw_url": f"{objects.WEB}/{repo.full_name}/raw/{head.sha}/{path}",
            "contents_url": f"{objects.API}/repos/{repo.full_name}/contents/{path}?ref={head.sha}",
        })
    html = f"{objects.WEB}/{repo.full_name}/compare/{ctx.params['basehead']}"
    merge_base = base if status != "behind" else head
    return 200, {
        "url": f"{objects.API}/repos/{repo.full_name}/compare/{ctx.params['basehead']}", "html_url": html,
        "permalink_url": html, "diff_url": html + ".diff", "patch_url": html + ".patch",
        "base_commit": objects.commit(repo, base), "merge_base_commit": objects.commit(repo, merge_base),
        "status": status, "ahead_by": ahead, "behind_by": behind, "total_commits": ahead, "commits": commits,
        "files": files,
    }


async def get_contents(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    ref = ctx.query.get("ref") or repo.default_branch
    commit = _resolve(repo, ref)
    path = ctx.params["path"].strip("/")
    data = commit.files.get(path)
    if data is not None:
        encoded = base64.encodebytes(data).decode("ascii")
        return 200, objects.content_file(repo, path, git_sha("blob", data), data, ref, encoded)
    prefix = path + "/" if path else ""
    children: dict[str, tuple[str, int]] = {}
    for name, blob in commit.files.items():
        if name.startswith(prefix):
            head, _, rest = name[len(prefix):].partition("/")
            children[head] = ("dir", 0) if rest else ("file", len(blob))
    if not children:
        raise HTTPFail(404, "Not Found")
    # The contract's oneOf cannot accept any directory listing (GitHub's own example fails it too).
    ctx.unchecked_because = "content-directory is unsatisfiable in openapi-subset.json"
    listing = []
    for name, (kind, size) in sorted(children.items()):
        full = prefix + name
        sha = git_sha("blob", commit.files[full]) if kind == "file" else git_sha("tree", full.encode())
        listing.append(objects.content_entry(repo, full, kind, sha, size, ref))
    return 200, listing


async def put_contents(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    body = ctx.body or {}
    path = ctx.params["path"].strip("/")
    branch = body.get("branch") or repo.default_branch
    if f"heads/{branch}" not in repo.refs:
        raise HTTPFail(404, f"Branch {branch} not found")
    if not isinstance(body.get("message"), str) or not isinstance(body.get("content"), str):
        raise HTTPFail(422, "Invalid request.\n\n\"message\" and \"content\" are required.")
    current = repo.head(branch).files.get(path)
    if current is not None and "sha" not in body:
        raise HTTPFail(422, "Invalid request.\n\n\"sha\" wasn't supplied.")
    if current is not None and body["sha"] != git_sha("blob", current):
        raise HTTPFail(409, f"{path} does not match {body['sha']}")
    try:
        data = base64.b64decode(body["content"], validate=True)
    except binascii.Error as e:
        raise HTTPFail(422, "content is not valid Base64") from e
    author = f"{ctx.fake.app_slug}[bot]"
    sha = ctx.fake.push(repo.owner, repo.name, {path: data}, message=body["message"], branch=branch, author=author)
    commit = repo.commits[sha]
    return (201 if current is None else 200), objects.file_commit(repo, path, git_sha("blob", data), len(data),
                                                                   commit, branch)


async def list_contributors(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    counts = Counter(repo.commits[s].author for s in _ancestors(repo, repo.head().sha))
    out = [objects.user(login, ctx.fake.user_id(login)) | {"contributions": n} for login, n in counts.most_common()]
    return 200, ctx.page(out)


async def contributor_stats(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    if repo.stats_pending > 0:
        repo.stats_pending -= 1
        return 202, {}
    counts = Counter(repo.commits[s].author for s in _ancestors(repo, repo.head().sha))
    week = int(ctx.fake.now()) // 604800 * 604800
    return 200, [
        {"author": objects.user(login, ctx.fake.user_id(login)), "total": n,
         "weeks": [{"w": week, "a": 0, "d": 0, "c": n}]}
        for login, n in sorted(counts.items())
    ]


async def get_ref(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    name = ctx.params["ref"]
    if name not in repo.refs:
        raise HTTPFail(404, "Not Found")
    return 200, objects.ref(repo, name, repo.refs[name])


async def create_ref(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    ref, sha = (ctx.body or {}).get("ref", ""), (ctx.body or {}).get("sha", "")
    if not ref.startswith("refs/") or ref.count("/") < 2:
        raise HTTPFail(422, f"{ref} is not a valid ref name.")
    if ref[5:] in repo.refs:
        raise HTTPFail(422, "Reference already exists")
    if sha not in repo.commits:
        raise HTTPFail(422, "Object does not exist")
    repo.refs[ref[5:]] = sha
    return 201, objects.ref(repo, ref[5:], sha)


async def get_tree(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    sha = ctx.params["tree_sha"]
    if sha not in ctx.fake.trees:
        try:
            sha = _resolve(repo, sha).tree
        except HTTPFail as e:
            raise HTTPFail(404, "Not Found") from e
    if "recursive" in ctx.query:
        entries = ctx.fake.walk_tree(sha)
    else:
        entries = [(name, mode, kind, child, len(ctx.fake.blobs[child]) if kind == "blob" else None)
                   for name, mode, kind, child in ctx.fake.trees[sha]]
    tree = []
    for path, mode, kind, child, size in entries:
        item = {"path": path, "mode": mode, "type": kind, "sha": child,
                "url": f"{objects.API}/repos/{repo.full_name}/git/{kind}s/{child}"}
        if size is not None:
            item["size"] = size
        tree.append(item)
    return 200, {"sha": sha, "url": f"{objects.API}/repos/{repo.full_name}/git/trees/{sha}", "tree": tree,
                 "truncated": False}


async def get_blob(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    sha = ctx.params["file_sha"]
    data = ctx.fake.blobs.get(sha)
    if data is None:
        raise HTTPFail(404, "Not Found")
    return 200, {"sha": sha, "node_id": f"B_{sha[:12]}", "size": len(data), "encoding": "base64",
                 "url": f"{objects.API}/repos/{repo.full_name}/git/blobs/{sha}",
                 "content": base64.encodebytes(data).decode("ascii")}


async def list_tags(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    tags = [(name[5:], sha) for name, sha in repo.refs.items() if name.startswith("tags/")]
    base = f"{objects.API}/repos/{repo.full_name}"
    return 200, ctx.page([
        {"name": tag, "node_id": f"T_{sha[:12]}", "commit": {"sha": sha, "url": f"{base}/commits/{sha}"},
         "zipball_url": f"{base}/zipball/{tag}", "tarball_url": f"{base}/tarball/{tag}"}
        for tag, sha in reversed(tags)
    ])


async def latest_release(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    releases = [r for r in repo.releases if not r.prerelease]
    if not releases:
        raise HTTPFail(404, "Not Found")
    rel = releases[-1]
    base = f"{objects.API}/repos/{repo.full_name}"
    return 200, {
        "id": rel.id, "node_id": f"RE_{rel.id}", "url": f"{base}/releases/{rel.id}",
        "html_url": f"{objects.WEB}/{repo.full_name}/releases/tag/{rel.tag}",
        "assets_url": f"{base}/releases/{rel.id}/assets",
        "upload_url": f"https://uploads.github.com/repos/{repo.full_name}/releases/{rel.id}/assets{{?name,label}}",
        "tarball_url": f"{base}/tarball/{rel.tag}", "zipball_url": f"{base}/zipball/{rel.tag}",
        "tag_name": rel.tag, "target_commitish": repo.default_branch, "name": rel.name, "body": None,
        "draft": False, "prerelease": rel.prerelease, "created_at": rel.created_at, "published_at": rel.created_at,
        "author": objects.user(repo.owner, repo.owner_id, repo.owner_type), "assets": [],
    }


_LEGACY = {"admin": "admin", "maintain": "write", "write": "write", "triage": "read", "read": "read", "none": "none"}


async def collaborator_permission(ctx: Ctx) -> tuple[int, Any]:
    repo = ctx.repo()
    login = ctx.params["username"]
    role = repo.permissions.get(login, "none" if repo.private else "read")
    collaborator = objects.user(login, ctx.fake.user_id(login)) | {
        "role_name": role,
        "permissions": {"admin": role == "admin", "maintain": role in ("admin", "maintain"),
                        "push": role in ("admin", "maintain", "write"),
                        "triage": role in ("admin", "maintain", "write", "triage"), "pull": role != "none"},
    }
    return 200, {"permission": _LEGACY[role], "role_name": role, "user": collaborator}


R = "/repos/{owner}/{repo}"
ROUTES = [
    ("GET", R, TOKEN_AUTH, get_repo),
    ("GET", R + "/commits", TOKEN_AUTH, list_commits),
    ("GET", R + "/compare/{basehead}", TOKEN_AUTH, compare),
    ("GET", R + "/contents/{path}", TOKEN_AUTH, get_contents),
    ("PUT", R + "/contents/{path}", TOKEN_AUTH, put_contents),
    ("GET", R + "/contributors", TOKEN_AUTH, list_contributors),
    ("GET", R + "/stats/contributors", TOKEN_AUTH, contributor_stats),
    ("GET", R + "/git/ref/{ref}", TOKEN_AUTH, get_ref),
    ("POST", R + "/git/refs", TOKEN_AUTH, create_ref),
    ("GET", R + "/git/trees/{tree_sha}", TOKEN_AUTH, get_tree),
    ("GET", R + "/git/blobs/{file_sha}", TOKEN_AUTH, get_blob),
    ("GET", R + "/tags", TOKEN_AUTH, list_tags),
    ("GET", R + "/releases/latest", TOKEN_AUTH, latest_release),
    ("GET", R + "/collaborators/{username}/permission", TOKEN_AUTH, collaborator_permission),
]
