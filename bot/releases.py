"""PyPI's view of a project (releases, files) and the release states the planners reason about: pure data."""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urljoin

from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from bot.errors import NotFoundOnPyPI, PyPIError

logger = logging.getLogger(__name__)


def normalize_name(name: str) -> str:
    """The PEP 503 normalised form of a project name (`Flask_Login` -> `flask-login`)."""
    return re.sub(r"[-_.]+", "-", name).lower()


class AnalysisState(enum.StrEnum):
    """Where a release stands in the analysis queue."""

    BASELINE = "baseline"  # recorded on the first round, never analysed
    PENDING = "pending"  # queued for API diffing
    ANALYSED = "analysed"
    FAILED = "failed"
    CANNOT_COMPARE = "cannot_compare"  # a side has no analysable module: retried with backoff or a new analyser


class PollOutcome(enum.StrEnum):
    """How a polling round ended."""

    RUNNING = "running"
    OK = "ok"
    PARTIAL = "partial"  # some packages failed; their stored state is untouched
    FAILED = "failed"


ArtifactKind = Literal["auto", "wheel", "sdist"]


@dataclass(frozen=True)
class ReleaseFile:
    """One file of a release, as PyPI lists it."""

    filename: str
    url: str
    sha256: str
    size: int
    packagetype: str
    upload_time: datetime | None
    yanked: bool
    requires_python: str | None
    core_metadata_sha256: str | None = None
    """The sha256 of the PEP 658 `.metadata` file PyPI serves beside the file, when it does."""

    @property
    def is_pure_wheel(self) -> bool:
        """A wheel that runs on any platform (`*-none-any.whl`)."""
        return self.packagetype == "bdist_wheel" and self.filename.endswith("-none-any.whl")


@dataclass(frozen=True)
class ReleaseInfo:
    """One version of a project with its files."""

    version: str
    files: tuple[ReleaseFile, ...]
    upload_time: datetime | None
    yanked: bool
    is_prerelease: bool
    requires_python: str | None


@dataclass(frozen=True)
class ProjectInfo:
    """A project as PyPI's JSON API describes it; releases sorted by version."""

    name: str
    last_serial: int
    latest_version: str
    releases: tuple[ReleaseInfo, ...]
    info: dict[str, Any]
    ownership: dict[str, Any]

    def release(self, version: str) -> ReleaseInfo:
        """The release with this version (compared as PEP 440 versions)."""
        wanted = Version(version)
        for release in self.releases:
            if Version(release.version) == wanted:
                return release
        raise NotFoundOnPyPI(f"{self.name} has no release {version}")


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _absolute_url(base_url: str, url: str) -> str:
    """Resolve a possibly relative file URL against the response URL (PEP 691); absolute ones skip urljoin's cost."""
    return url if url.startswith(("https://", "http://")) else urljoin(base_url, url)


def _release_file(raw: dict[str, Any], base_url: str) -> ReleaseFile | None:
    sha256 = (raw.get("digests") or {}).get("sha256")
    if not isinstance(sha256, str) or not raw.get("url"):
        return None
    return ReleaseFile(
        filename=str(raw.get("filename", "")),
        url=_absolute_url(base_url, str(raw["url"])),
        sha256=sha256.lower(),
        size=int(raw.get("size") or 0),
        packagetype=str(raw.get("packagetype", "")),
        upload_time=_parse_time(raw.get("upload_time_iso_8601") or raw.get("upload_time")),
        yanked=bool(raw.get("yanked", False)),
        requires_python=raw.get("requires_python") or None,
        core_metadata_sha256=_core_metadata_sha256(raw.get("core-metadata") or raw.get("data-dist-info-metadata")),
    )


def _core_metadata_sha256(value: object) -> str | None:
    """PEP 658/714: a dict of hashes when the `.metadata` file exists (`True` when no hash is given)."""
    if isinstance(value, dict) and isinstance(value.get("sha256"), str):
        return str(value["sha256"]).lower()
    return "" if value is True else None


def parse_project(data: dict[str, Any], base_url: str) -> ProjectInfo:
    """Build a ProjectInfo from PyPI's `/pypi/NAME/json` document; unparsable versions are skipped."""
    try:
        return _parse_project(data, base_url)
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        raise PyPIError(f"unexpected project JSON from {base_url}: {type(e).__name__}: {e}") from e


def _parse_project(data: dict[str, Any], base_url: str) -> ProjectInfo:
    try:
        info = data["info"]
        name = canonicalize_name(info["name"])
        serial = int(data["last_serial"])
    except (KeyError, TypeError, ValueError) as e:
        raise PyPIError(f"unexpected project JSON from {base_url}: missing {e}") from e
    releases: list[tuple[Version, ReleaseInfo]] = []
    for version, raw_files in (data.get("releases") or {}).items():
        try:
            parsed = Version(version)
        except InvalidVersion:
            logger.debug("skipping unparsable version", extra={"package": name, "version": version})
            continue
        files = tuple(f for f in (_release_file(raw, base_url) for raw in raw_files or []) if f is not None)
        times = [f.upload_time for f in files if f.upload_time is not None]
        releases.append(
            (
                parsed,
                ReleaseInfo(
                    version=version,
                    files=files,
                    upload_time=min(times) if times else None,
                    yanked=bool(files) and all(f.yanked for f in files),
                    is_prerelease=parsed.is_prerelease,
                    requires_python=next((f.requires_python for f in files if f.requires_python), None),
                ),
            )
        )
    releases.sort(key=lambda pair: pair[0])
    return ProjectInfo(
        name=name,
        last_serial=serial,
        latest_version=str(info.get("version") or (releases[-1][1].version if releases else "")),
        releases=tuple(release for _, release in releases),
        info=info,
        ownership=data.get("ownership") or {},
    )


def _runs_on_python3(wheel: ReleaseFile) -> bool:
    """A wheel tagged for Python 3 (`py3`, `py2.py3`, `py36`); prompt_toolkit 2.0.10 also ships a `py2` one."""
    try:
        tags = parse_wheel_filename(wheel.filename)[3]
    except InvalidWheelFilename:
        return True  # unknown tags: keep it (the analysis reads Python 3 syntax and says when it cannot)
    return any(tag.interpreter.startswith(("py3", "cp3")) for tag in tags)


def _platform_rank(platform: str) -> int:
    """Where a platform tag comes in the order a platform wheel is taken: manylinux x86_64 (what CI and most users
    install), then any Linux, then macOS, then 64-bit Windows before the rest of Windows; a fixed order keeps the
    same file chosen each time."""
    if "linux" in platform:
        return 0 if platform.startswith("manylinux") and platform.endswith("_x86_64") else 1
    if platform.startswith("macosx"):
        return 2
    if platform == "win_amd64":
        return 3
    return 4 if platform.startswith("win") else 5


def _python3_minor(interpreter: str) -> int:
    """The minor version a `cp311`/`pp310`/`py3` interpreter tag names (-1 for a bare `py3`/`cp3`)."""
    digits = interpreter[3:]
    return int(digits) if digits.isdigit() else -1


def _platform_order(wheel: ReleaseFile) -> tuple[int, int, int, str] | None:
    """Sort key of a Python 3 platform wheel, None for any other file: CPython's builds before PyPy's (a release
    built for PyPy alone ships the same `.py` sources), then its best platform, then the newest Python 3 it is built
    for (the build most installs of the release get), then the file name, so one file is always the first. Wheels
    for a new Python added to a release later change the choice; the surface is keyed by the file's sha256, so
    that costs one extraction, never a wrong answer."""
    if wheel.packagetype != "bdist_wheel" or wheel.is_pure_wheel:
        return None
    try:
        tags = parse_wheel_filename(wheel.filename)[3]
    except InvalidWheelFilename:
        return None  # no platform to rank it by
    cpython = [tag for tag in tags if tag.interpreter.startswith(("py3", "cp3"))]
    python3 = cpython or [tag for tag in tags if tag.interpreter.startswith("pp3")]
    if not python3:
        return None
    return (
        0 if cpython else 1,
        min(_platform_rank(tag.platform) for tag in python3),
        -max(_python3_minor(tag.interpreter) for tag in python3),
        wheel.filename,
    )


def _platform_wheels(release: ReleaseInfo) -> list[ReleaseFile]:
    """The release's CPython 3 (or `py3`, else PyPy 3) wheels built for a platform, best first: blacksheep 1.2.20
    ships nothing else. They hold the same `.py`/`.pyi` sources the analysis reads, beside compiled `.so`/`.pyd` it
    never opens."""
    keyed = [(key, file) for file in release.files if (key := _platform_order(file)) is not None]
    return [file for _, file in sorted(keyed, key=lambda pair: pair[0])]


def artifact_candidates(release: ReleaseInfo, kind: ArtifactKind = "auto") -> list[ReleaseFile]:
    """The files that may be analysed, best first: a pure-Python wheel for Python 3, the sdist, a Python 2 wheel,
    a Python 3 platform wheel (or those of the kind asked for)."""
    pure = [f for f in release.files if f.is_pure_wheel]
    python3 = [f for f in pure if _runs_on_python3(f)]
    python2 = [f for f in pure if f not in python3]
    sdists = [f for f in release.files if f.packagetype == "sdist"]
    platform = _platform_wheels(release)
    return {
        "auto": python3 + sdists + python2 + platform,
        "wheel": python3 + python2 + platform,
        "sdist": sdists,
    }[kind]


def choose_artifact(
    release: ReleaseInfo, kind: ArtifactKind = "auto", skip: frozenset[str] = frozenset()
) -> ReleaseFile:
    """The file to analyse: the best of `artifact_candidates` whose sha256 is not in `skip` (archives found
    unreadable)."""
    for candidate in artifact_candidates(release, kind):
        if candidate.sha256 not in skip:
            return candidate
    raise NotFoundOnPyPI(f"release {release.version} has no {'usable' if kind == 'auto' else kind} artifact")
