"""A PyPI double whose releases appear over time: project JSON, PEP 658 `.metadata` files and artifact downloads.

Real releases are served from the sha256-pinned artifacts (tests/artifacts.py); packages a test needs only for
resolution are metadata-only (their `Requires-Dist` given), with no artifact to download.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import get_settings
from tests.artifacts import CACHE_DIR, PINS, unpacked_release
from tests.pypi_replay import serve_http

FILES = "https://files.example/packages"


@dataclass
class FakeRelease:
    name: str
    version: str
    filename: str
    sha256: str
    metadata: bytes
    data: Path | None
    """The artifact on disk (None: metadata only)."""
    upload_time: str = "2023-09-30T12:00:00Z"
    pep658: bool = True
    """Whether the index serves the `.metadata` file (older mirrors do not)."""
    also: FakeRelease | None = None
    """A second file of the same release (an sdist beside the wheel), listed after it."""

    def files(self) -> list[FakeRelease]:
        return [self] if self.also is None else [self, self.also]


def pinned_release(package: str, version: str, upload_time: str = "2023-09-30T12:00:00Z") -> FakeRelease:
    """A pinned real wheel, with the METADATA it carries served as its `.metadata` file (as PyPI does)."""
    sha256 = PINS[(package, version, "auto")]
    unpacked_release(package, version)
    [artifact] = (CACHE_DIR / "artifacts" / sha256[:2] / sha256).iterdir()
    with zipfile.ZipFile(artifact) as wheel:
        [name] = [n for n in wheel.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")]
        metadata = wheel.read(name)
    return FakeRelease(package, version, artifact.name, sha256, metadata, artifact, upload_time)


def pinned_sdist(package: str, version: str) -> FakeRelease:
    """A pinned real sdist, served without a `.metadata` file (as PyPI serves sdists): its PKG-INFO is read."""
    sha256 = PINS[(package, version, "sdist")]
    unpacked_release(package, version, "sdist")
    [artifact] = (CACHE_DIR / "artifacts" / sha256[:2] / sha256).iterdir()
    return FakeRelease(package, version, artifact.name, sha256, b"", artifact, pep658=False)


def metadata_only(package: str, version: str, requires: tuple[str, ...] = ()) -> FakeRelease:
    """A release known by its metadata only (enough for the resolver)."""
    text = f"Metadata-Version: 2.1\nName: {package}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {line}\n" for line in requires
    )
    filename = f"{package.replace('-', '_')}-{version}-py3-none-any.whl"
    return FakeRelease(package, version, filename, hashlib.sha256(filename.encode()).hexdigest(), text.encode(), None)


class TimelinePyPI:
    """Serves the releases `publish`ed so far; every request is counted by kind (`json`, `metadata`, `file`)."""

    def __init__(self, project_urls: dict[str, dict[str, str]] | None = None) -> None:
        self.releases: dict[str, dict[str, FakeRelease]] = {}
        self.serial = 1
        self.project_urls = project_urls or {}
        self.requests: Counter[str] = Counter()
        self.files = FILES
        self.down = False
        """When set, every request answers 503 (PyPI unavailable)."""
        """Where artifact URLs point (the server's own `/packages` when served over HTTP)."""

    def publish(self, *releases: FakeRelease) -> None:
        for release in releases:
            self.releases.setdefault(release.name, {})[release.version] = release
            self.serial += 1

    def _file(self, release: FakeRelease) -> dict[str, Any]:
        digest = hashlib.sha256(release.metadata).hexdigest()
        size = release.data.stat().st_size if release.data else 1
        return {
            "filename": release.filename, "url": f"{self.files}/{release.sha256[:2]}/{release.sha256}/{release.filename}",
            "digests": {"sha256": release.sha256}, "size": size,
            "packagetype": "sdist" if release.filename.endswith(".tar.gz") else "bdist_wheel",
            "upload_time_iso_8601": release.upload_time, "yanked": False, "requires_python": ">=3.8",
            "core-metadata": {"sha256": digest} if release.pep658 else False,
        }

    def document(self, name: str) -> dict[str, Any]:
        versions = self.releases[name]
        latest = list(versions)[-1]
        info = {"name": name, "version": latest, "project_urls": self.project_urls.get(name, {}), "home_page": ""}
        return {"info": info, "last_serial": self.serial,
                "releases": {v: [self._file(f) for f in r.files()] for v, r in versions.items()}}

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        json_api = path.startswith("/pypi/") and path.endswith("/json")
        self.requests["json" if json_api else "metadata" if path.endswith(".metadata") else "file"] += 1
        if self.down:
            return httpx.Response(503, text="Service Unavailable")
        if json_api:
            name = path.split("/")[2]
            if name not in self.releases:
                return httpx.Response(404, json={"message": "Not Found"})
            return httpx.Response(200, json=self.document(name))
        for versions in self.releases.values():
            for release in (file for listed in versions.values() for file in listed.files()):
                base = f"/packages/{release.sha256[:2]}/{release.sha256}/{release.filename}"
                if path == base + ".metadata" and release.pep658:
                    return httpx.Response(200, content=release.metadata)
                if path == base and release.data is not None:
                    return httpx.Response(200, content=release.data.read_bytes())
        return httpx.Response(404, text="Not Found")

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


@contextmanager
def served_for_the_cli(
    pypi: TimelinePyPI, data: Path, monkeypatch: pytest.MonkeyPatch, watchlist: str
) -> Iterator[TimelinePyPI]:
    """`pypi` served over loopback HTTP as the PyPI of a CLI run in this process (its artifacts there too), with a
    fresh `data` directory, no retries and `watchlist`; the settings are read anew on entry and on exit."""
    with serve_http(pypi) as base:  # type: ignore[arg-type]
        pypi.files = f"{base}/packages"
        settings = {"PYPI_URL": base, "DATA_DIR": str(data), "HTTP_RETRIES": "0", "WATCHLIST": watchlist}
        for name, value in settings.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        try:
            yield pypi
        finally:
            get_settings.cache_clear()
