"""Core metadata from PyPI: one `.metadata` request per release, a warm cache costs none, the artifact otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.pypi import PyPIClient
from bot.adapters.pypi_metadata import MetadataIndex, _sdist_metadata, stored_file
from bot.config import Settings
from bot.deps.core_metadata import parse_core_metadata
from tests.artifacts import unpacked_release
from tests.fake_pypi import TimelinePyPI, pinned_release


def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path, cache_dir=tmp_path / "cache",  # type: ignore[call-arg]
                    pypi_url="https://pypi.example", http_retries=0)


async def test_one_metadata_request_per_release_then_none(tmp_path: Path) -> None:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("flask-login", "0.6.2"))
    async with PyPIClient(settings(tmp_path), transport=pypi.transport) as client:
        metadata = await MetadataIndex(client).metadata("Flask_Login", "0.6.2")
        assert (metadata.name, metadata.version, metadata.requires_dist) == (
            "Flask-Login", "0.6.2", ("Flask (>=1.0.4)", "Werkzeug (>=1.0.1)"))
        assert dict(pypi.requests) == {"json": 1, "metadata": 1}
        again = MetadataIndex(client)  # a new round: the listing again, the metadata from the disk cache
        assert await again.metadata("flask-login", "0.6.2") == metadata
        assert dict(pypi.requests) == {"json": 2, "metadata": 1}


async def test_a_stored_artifact_needs_no_listing_and_without_pep_658_the_wheel_is_read(tmp_path: Path) -> None:
    pypi = TimelinePyPI()
    release = pinned_release("flask-login", "0.6.2")
    release.pep658 = False
    pypi.publish(release)
    async with PyPIClient(settings(tmp_path), transport=pypi.transport) as client:
        index = MetadataIndex(client)
        url = f"{pypi.files}/{release.sha256[:2]}/{release.sha256}/{release.filename}"
        file = stored_file(release.filename, url, release.sha256, release.data.stat().st_size)  # type: ignore[union-attr]
        index.remember("flask-login", "0.6.2", file)  # what the poller stored: no listing needed
        assert await index.artifact("flask-login", "0.6.2") == file
        metadata = await index.metadata("flask-login", "0.6.2")
        assert metadata.requires_dist == ("Flask (>=1.0.4)", "Werkzeug (>=1.0.1)")
        assert dict(pypi.requests) == {"metadata": 1, "file": 1}  # the .metadata 404, then the wheel's METADATA


def test_an_sdist_without_requires_dist_reads_requires_txt() -> None:
    root = unpacked_release("flask-admin", "1.6.0", "sdist")
    metadata = parse_core_metadata(_sdist_metadata(root))
    assert metadata.name == "Flask-Admin" and metadata.version == "1.6.0"
    assert [line.split(";")[0].replace(" ", "") for line in metadata.requires_dist][:2] == ["Flask>=0.7", "wtforms"]


@pytest.mark.parametrize("package", ["flask-login"])
def test_an_sdist_with_requires_dist_is_read_as_is(package: str) -> None:
    metadata = parse_core_metadata(_sdist_metadata(unpacked_release(package, "0.6.2", "sdist")))
    assert metadata.requires_dist == ("Flask>=1.0.4", "Werkzeug>=1.0.1")
