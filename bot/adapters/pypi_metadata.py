"""Releases and core metadata for the resolver and the compatibility verdicts, read from PyPI without building.

Per release one request at most: the PEP 658 `.metadata` file where PyPI offers it, else the wheel's `METADATA`
(or the sdist's `PKG-INFO` / `requires.txt`) from the artifact the analysis downloads anyway. Metadata is
cached on disk by the artifact's sha256 (a released file never changes), so a warm cache costs no request.
"""

from __future__ import annotations

import asyncio
import logging
import zipfile
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from bot.adapters.pypi import PyPIClient
from bot.deps.core_metadata import CoreMetadata, parse_core_metadata
from bot.deps.metadata import read_metadata
from bot.deps.model import DeclarationKind
from bot.deps.resolve import Release
from bot.errors import NotFoundOnPyPI, PyPIError
from bot.releases import ProjectInfo, ReleaseFile, ReleaseInfo, choose_artifact

log = logging.getLogger(__name__)

MAX_METADATA_BYTES = 1024 * 1024
T = TypeVar("T")


_INSTALLABLE = frozenset({"bdist_wheel", "sdist"})


class MetadataIndex:
    """One resolution round's view of PyPI: each project listed once, each release's metadata read once."""

    def __init__(self, pypi: PyPIClient, projects: dict[str, ProjectInfo] | None = None) -> None:
        self.pypi = pypi
        self._projects: dict[str, ProjectInfo] = dict(projects or {})
        self._metadata: dict[tuple[str, str], CoreMetadata] = {}
        self._known: dict[tuple[str, str], ReleaseFile] = {}

    def remember(self, name: str, version: str, file: ReleaseFile) -> None:
        """The artifact the poller stored for a release: its metadata and artifact need no project listing."""
        self._known[(canonicalize_name(name), str(Version(version)))] = file

    async def project(self, name: str) -> ProjectInfo:
        """The project's listing, fetched once per index."""
        key = canonicalize_name(name)
        if key not in self._projects:
            self._projects[key] = await self.pypi.project(key)
        return self._projects[key]

    async def releases(self, name: str) -> list[Release]:
        """Every release pip can install: one with a wheel or an sdist (a project PyPI does not know has none;
        Flask-Limiter 0.6.1 has only an egg, whose metadata nothing reads)."""
        try:
            project = await self.project(name)
        except NotFoundOnPyPI:
            return []
        found = []
        for release in project.releases:
            try:
                version = Version(release.version)
            except InvalidVersion:
                continue
            if any(file.packagetype in _INSTALLABLE for file in release.files):
                found.append(Release(version, release.yanked, release.requires_python))
        return found

    async def release(self, name: str, version: str) -> ReleaseInfo:
        """One release's files."""
        return (await self.project(name)).release(version)

    async def artifact(self, name: str, version: str) -> ReleaseFile:
        """The file to scan: the one the poller stored, else a pure wheel, else the sdist."""
        known = self._known.get((canonicalize_name(name), str(Version(version))))
        return known if known is not None else choose_artifact(await self.release(name, version))

    async def metadata(self, name: str, version: str) -> CoreMetadata:
        """The release's core metadata (memory, then disk, then one request or the artifact)."""
        key = (canonicalize_name(name), str(Version(version)))
        if key not in self._metadata:
            file = self._known.get(key) or _metadata_file(await self.release(name, version))
            self._metadata[key] = await self._read(file)
        return self._metadata[key]

    def _cached(self, file: ReleaseFile) -> Path:
        return self.pypi.cache_dir / "core-metadata" / file.sha256[:2] / f"{file.sha256}.METADATA"

    async def _read(self, file: ReleaseFile) -> CoreMetadata:
        cached = self._cached(file)
        if cached.is_file():
            return parse_core_metadata(cached.read_text(encoding="utf-8", errors="replace"))
        text: str | None = None
        if file.core_metadata_sha256 is not None:
            try:
                body = await self.pypi.small_file(f"{file.url}.metadata", file.core_metadata_sha256 or None)
            except PyPIError as e:  # the artifact carries the same metadata: a failed shortcut costs a download
                log.warning("core metadata file unavailable; reading the artifact", extra={"error": str(e)})
                body = None
            text = body.decode("utf-8", errors="replace") if body is not None else None
        if text is None and file.packagetype == "bdist_wheel":
            text = await asyncio.to_thread(_wheel_metadata, await self.pypi.download(file))
        if text is None:
            text = await asyncio.to_thread(_sdist_metadata, await self.pypi.extract(file))
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(text, encoding="utf-8")
        return parse_core_metadata(text)

    def blocking(self, loop: asyncio.AbstractEventLoop) -> BlockingIndex:
        """The resolver's synchronous view, for a worker thread while `loop` runs the requests."""
        return BlockingIndex(self, loop)


class BlockingIndex:
    """`bot.deps.resolve.Index` for a worker thread: each call waits for the event loop to fetch. PyPI errors
    propagate (out of the resolver too): a resolution on missing data would be a wrong answer, not a smaller one."""

    def __init__(self, index: MetadataIndex, loop: asyncio.AbstractEventLoop) -> None:
        self.index, self.loop = index, loop

    def _wait(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def releases(self, name: str) -> Sequence[Release]:
        """Releases of `name` (none when PyPI does not know it)."""
        return self._wait(self.index.releases(name))

    def metadata(self, name: str, version: Version) -> CoreMetadata:
        """Core metadata of one release."""
        return self._wait(self.index.metadata(name, str(version)))


def _metadata_file(release: ReleaseInfo) -> ReleaseFile:
    """The file whose metadata is cheapest to read: a wheel with a PEP 658 file, any wheel, else the artifact."""
    wheels = [f for f in release.files if f.packagetype == "bdist_wheel"]
    offered = [f for f in wheels if f.core_metadata_sha256 is not None]
    return (offered or wheels or [choose_artifact(release)])[0]


def stored_file(filename: str, url: str, sha256: str, size: int) -> ReleaseFile:
    """A release file as the poller stored it; a wheel's PEP 658 file is tried (PyPI serves one for most)."""
    wheel = filename.endswith(".whl")
    return ReleaseFile(
        filename=filename,
        url=url,
        sha256=sha256,
        size=size,
        packagetype="bdist_wheel" if wheel else "sdist",
        upload_time=None,
        yanked=False,
        requires_python=None,
        core_metadata_sha256="" if wheel else None,
    )


def _wheel_metadata(path: Path) -> str:
    """`*.dist-info/METADATA` read from the wheel (no extraction)."""
    with zipfile.ZipFile(path) as wheel:
        names = [n for n in wheel.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")]
        if not names:
            raise PyPIError(f"{path.name} has no .dist-info/METADATA")
        info = wheel.getinfo(names[0])
        if info.file_size > MAX_METADATA_BYTES:
            raise PyPIError(f"{path.name}: METADATA larger than {MAX_METADATA_BYTES} bytes")
        return wheel.read(info).decode("utf-8", errors="replace")


def _sdist_metadata(root: Path) -> str:
    """An sdist's PKG-INFO, its `Requires-Dist` completed from `requires.txt` when PKG-INFO lists none."""
    tops = [p for p in root.iterdir() if p.is_dir()]
    top = tops[0] if len(tops) == 1 else root
    pkg_info = top / "PKG-INFO"
    text = pkg_info.read_text(encoding="utf-8", errors="replace") if pkg_info.is_file() else ""
    headers = parse_core_metadata(text)
    if headers.requires_dist:
        return text
    paths = [p.relative_to(top).as_posix() for p in top.rglob("requires.txt") if p.is_file()]
    paths += ["PKG-INFO"] if pkg_info.is_file() else []
    found = read_metadata(paths, lambda p: (top / p).read_bytes() if (top / p).is_file() else None)
    lines = [
        f"{r.with_specifier(r.specifier)}{'; ' + r.marker if r.marker else ''}"
        for r in found.requirements
        if r.kind is DeclarationKind.RUNTIME
    ]
    head = text.split("\n\n", 1)[0].rstrip("\n")
    return "\n".join([head, *(f"Requires-Dist: {line}" for line in lines)]) + "\n\n"
