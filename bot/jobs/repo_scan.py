"""Repository scans through the GitHub API: the files that matter at the default branch's head, stored per commit."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
from collections.abc import Callable, Collection, Iterable
from typing import Any, Literal

from packaging.utils import canonicalize_name
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from bot.deps import is_dependency_file
from bot.errors import GitHubError
from bot.findings.repo_config import CONFIG_PATH
from bot.storage.db import Bind, reading, session_scope
from bot.storage.models.actions import RepoScan
from bot.storage.models.types import utcnow
from bot.usage import is_python_file, is_usage_file, may_use_packages

log = logging.getLogger(__name__)

MAX_BLOB_BYTES = 1024 * 1024
SYMLINK_MODE = "120000"
FETCH_CONCURRENCY = 8
Record = Callable[[Session], None]
"""Writes a caller keeps about a scan, made in the transaction that stores it."""
Write = Callable[[Bind], None]
"""A scan's storing, handed to a caller that runs it in its own transaction (`scan_repository(deferred=...)`)."""
SKIPPED_DIRS = frozenset({".git", ".venv", "venv", "node_modules", "site-packages", ".tox", ".nox", "__pycache__"})
IMPORT_NAME_OVERRIDES = {"flask-security-too": "flask_security", "pyyaml": "yaml", "python-dateutil": "dateutil"}


class Snapshot(BaseModel):
    """The files that matter of one repository at one commit: path → text."""

    model_config = ConfigDict(frozen=True)

    repo: str
    sha: str
    files: dict[str, str]
    blobs: dict[str, str] = {}
    """path → blob sha of every candidate file looked at, kept or not (so the next scan skips unchanged blobs)."""
    tree_truncated: bool = False
    cut: bool = False
    """A Python file was left out by a budget (files, bytes, blob size): what the tree imports is not all known."""
    names: tuple[str, ...] | None = None
    """The import names a Python file had to spell to be kept (None: a scan stored before they were kept)."""

    def file_bytes(self) -> dict[str, bytes]:
        """The files as bytes, for the scan core."""
        return {path: text.encode("utf-8") for path, text in self.files.items()}


def import_names(packages: Iterable[str]) -> frozenset[str]:
    """The top-level import names of distribution names (`flask-login` → `flask_login`)."""
    names = set()
    for package in packages:
        name = canonicalize_name(package)
        names.add(IMPORT_NAME_OVERRIDES.get(name, name.replace("-", "_")))
    return frozenset(names)


def is_safe_path(path: str) -> bool:
    """A plain relative path: no empty, `.` or `..` segment, no NUL, no backslash, no leading slash."""
    parts = path.split("/")
    return bool(path) and "\0" not in path and "\\" not in path and all(p not in ("", ".", "..") for p in parts)


def is_candidate(path: str) -> bool:
    """A file a scan may need: dependency declarations, the bot's config, Python and env-bearing files."""
    if not is_safe_path(path) or any(part in SKIPPED_DIRS for part in path.split("/")[:-1]):
        return False
    return path == CONFIG_PATH or is_dependency_file(path) or is_usage_file(path)


def _priority(entry: dict[str, Any]) -> tuple[int, str]:
    """Dependency files and the config before code, so limits never cut what decides whether a repo is affected."""
    path = entry["path"]
    return (0 if path == CONFIG_PATH or is_dependency_file(path) else 1, path)


def _keep(path: str, data: bytes, names: Collection[str]) -> bool:
    """Dependency files and the config are always kept; Python files only if they may import a watched package."""
    if path == CONFIG_PATH or is_dependency_file(path):
        return True
    if is_python_file(path):
        return may_use_packages(path, data, names)
    return True  # env-bearing files are small and their variables come from future diffs


def load_snapshot(engine: Bind, repo: str, sha: str | None = None) -> Snapshot | None:
    """The stored scan of `repo` at `sha` (default: the latest one)."""
    with reading(engine) as session:
        query = select(RepoScan).where(RepoScan.repo == repo.lower())
        query = query.where(RepoScan.sha == sha) if sha else query.order_by(col(RepoScan.scanned_at).desc())
        row = session.exec(query.limit(1)).first()
    if row is None:
        return None
    data = json.loads(row.files_json)
    return Snapshot(
        repo=repo,
        sha=row.sha,
        files=data["files"],
        blobs=data["blobs"],
        tree_truncated=row.tree_truncated,
        cut=data.get("cut", False),
        names=tuple(data["names"]) if "names" in data else None,
    )


def store_snapshot(engine: Bind, snapshot: Snapshot | None, record: Record | None = None) -> None:
    """Store a scan once per (repository, commit) (a concurrent identical store is harmless), and in the same
    transaction what `record` writes about it (with `snapshot` None: only that). Given a session, in its
    transaction."""
    with session_scope(engine) as session:
        if snapshot is not None:
            values = {
                "repo": snapshot.repo.lower(),
                "sha": snapshot.sha,
                "file_count": len(snapshot.files),
                "tree_truncated": snapshot.tree_truncated,
                "files_json": json.dumps(
                    {"files": snapshot.files, "blobs": snapshot.blobs, "cut": snapshot.cut, "names": snapshot.names}
                ),
                "scanned_at": utcnow(),
            }
            insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
            stored = session.execute(insert(RepoScan).values(**values).on_conflict_do_nothing())
            if not getattr(stored, "rowcount", 1):
                log.info("scan already stored", extra={"repo": snapshot.repo, "sha": snapshot.sha})
        if record is not None:
            record(session)


async def _store(
    engine: Engine, snapshot: Snapshot | None, record: Record | None, deferred: list[Write] | None
) -> None:
    if deferred is None:
        await asyncio.to_thread(store_snapshot, engine, snapshot, record)
    else:
        deferred.append(lambda bind: store_snapshot(bind, snapshot, record))


async def head_of_default_branch(gh: Any, full_name: str) -> tuple[dict[str, Any], str]:
    """The repository and its default branch's head commit SHA (two conditional GETs: 304 when nothing moved)."""
    repo = await gh.getitem(f"/repos/{full_name}")
    ref = await gh.getitem(f"/repos/{full_name}/git/ref/heads/{repo['default_branch']}")
    return dict(repo), str(ref["object"]["sha"])


async def _blob(gh: Any, full_name: str, sha: str, semaphore: asyncio.Semaphore) -> bytes:
    async with semaphore:
        blob = await gh.getitem(f"/repos/{full_name}/git/blobs/{sha}")
    try:
        return base64.b64decode(blob.get("content", ""))
    except binascii.Error as e:
        raise GitHubError(f"{full_name}: blob {sha} is not valid base64") from e


def _wanted(entry: dict[str, Any]) -> bool:
    """A regular file (not a symlink or submodule) that a scan may need and that is small enough to read."""
    return _candidate(entry) and (entry.get("size") or 0) <= MAX_BLOB_BYTES


def _candidate(entry: dict[str, Any]) -> bool:
    """A regular file (not a symlink or submodule) that a scan may need."""
    path = entry.get("path")
    return (
        entry.get("type") == "blob"
        and entry.get("mode") != SYMLINK_MODE
        and isinstance(path, str)
        and is_candidate(path)
    )


def _python(entries: Iterable[dict[str, Any]]) -> bool:
    return any(is_python_file(entry["path"]) for entry in entries)


async def scan_repository(
    gh: Any,
    engine: Engine,
    full_name: str,
    names: Collection[str],
    *,
    max_files: int = 3000,
    max_bytes: int = 32 * 1024 * 1024,
    record: Callable[[Session, dict[str, Any], str], None] | None = None,
    previous: Snapshot | None | Literal["stored"] = "stored",
    deferred: list[Write] | None = None,
) -> tuple[dict[str, Any], Snapshot]:
    """The repository and the files that matter at its default branch's head (fetched only for a new commit).

    `max_files` and `max_bytes` are the per-repository budget: what lies beyond is skipped with a log line.
    `record(session, info, sha)` writes what the caller keeps about the scan, in the transaction storing a new
    snapshot (one transaction, not two). `previous` is the latest stored scan when the caller read it already.
    With `deferred`, the storing is appended there instead of done: the caller runs it in the transaction it
    stores its results in (one thread hop and one transaction fewer per repository evaluated).
    """
    info, sha = await head_of_default_branch(gh, full_name)
    recorded: Record | None = None if record is None else lambda session: record(session, info, sha)
    last = await asyncio.to_thread(load_snapshot, engine, full_name) if isinstance(previous, str) else previous
    known = last if last is not None and last.sha == sha else None
    if last is not None and known is None:  # an older scan may hold this commit (the branch moved back)
        known = await asyncio.to_thread(load_snapshot, engine, full_name, sha)
    if known is not None:
        if recorded is not None:
            await _store(engine, None, recorded, deferred)
        return info, known
    tree = await gh.getitem(f"/repos/{full_name}/git/trees/{sha}?recursive=1")
    listed = [e for e in tree.get("tree", []) if _candidate(e)]
    candidates = sorted((e for e in listed if _wanted(e)), key=_priority)
    cut = _python(e for e in listed if not _wanted(e)) or _python(candidates[max_files:])
    if len(candidates) > max_files:
        log.warning(
            "scan file budget reached; the rest skipped",
            extra={"repo": full_name, "candidates": len(candidates), "budget": max_files},
        )
    entries = candidates[:max_files]
    if tree.get("truncated"):
        log.warning("tree truncated by GitHub; scanning what it listed", extra={"repo": full_name, "sha": sha})
    files: dict[str, str] = {}
    blobs: dict[str, str] = {}
    to_fetch = []
    for entry in entries:
        path, blob_sha = entry["path"], entry["sha"]
        blobs[path] = blob_sha
        if last is not None and last.blobs.get(path) == blob_sha:
            if path in last.files:
                files[path] = last.files[path]
            continue
        to_fetch.append(entry)
    semaphore = asyncio.Semaphore(FETCH_CONCURRENCY)
    contents = await asyncio.gather(*(_blob(gh, full_name, e["sha"], semaphore) for e in to_fetch))
    total = sum(len(text) for text in files.values())
    for entry, data in zip(to_fetch, contents, strict=True):
        if total + len(data) > max_bytes:
            log.warning("scan size limit reached; file skipped", extra={"repo": full_name, "path": entry["path"]})
            blobs.pop(entry["path"])  # not looked at: the next scan must not take it for irrelevant
            cut = cut or is_python_file(entry["path"])
            continue
        if _keep(entry["path"], data, names):
            files[entry["path"]] = data.decode("utf-8", errors="replace")
            total += len(data)
    snapshot = Snapshot(
        repo=full_name,
        sha=sha,
        files=dict(sorted(files.items())),
        blobs=blobs,
        tree_truncated=bool(tree.get("truncated")),
        cut=cut,
        names=tuple(sorted(names)),
    )
    await _store(engine, snapshot, recorded, deferred)
    log.info("repository scanned", extra={"repo": full_name, "sha": sha, "fetched": len(to_fetch), "kept": len(files)})
    return info, snapshot
