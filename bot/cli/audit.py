"""`release-watch audit PATH`: pip-audit's vulnerability lookup over a checkout's requirements, never resolving it.

Pinned requirements (`==1.2.3`, lock files) are looked up as they are; a range is looked up at the newest release
PyPI lists inside it. Nothing in the checkout is installed, built or executed: its files are only parsed.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

import httpx
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from pip_audit._service.interface import VulnerabilityService
from pydantic import BaseModel, ConfigDict

from bot.adapters.audit import Advisory, PinAudit, audit_bound, audit_version
from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.deps import Requirement, read_dependencies
from bot.errors import PyPIError

SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox"}
MAX_FILES = 50_000


class RequirementAudit(BaseModel):
    """One requirement of the checkout and its audit."""

    model_config = ConfigDict(frozen=True)

    package: str
    specifier: str
    file: str
    line: int
    version: str | None
    advisories: tuple[Advisory, ...]
    note: str


def checkout_files(root: Path) -> list[str]:
    """Relative POSIX paths of the regular files under `root` (symlinks and VCS/virtualenv folders skipped)."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not Path(folder, d).is_symlink())
        for name in sorted(files):
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                found.append(path.relative_to(root).as_posix())
                if len(found) >= MAX_FILES:
                    return found
    return found


def _reader(root: Path) -> Callable[[str], bytes | None]:
    """Reads a file of the checkout by relative path; None for anything resolving outside it."""
    resolved_root = root.resolve()

    def read(relative: str) -> bytes | None:
        target = (resolved_root / relative).resolve()
        if not target.is_relative_to(resolved_root) or not target.is_file():
            return None
        return target.read_bytes()

    return read


def pinned_version(specifier: str) -> str | None:
    """The version an exact pin names (`==1.2.3`, `===1.2.3`), else None."""
    try:
        specs = list(SpecifierSet(specifier))
    except InvalidSpecifier:
        return None
    if len(specs) == 1 and specs[0].operator in {"==", "==="} and "*" not in specs[0].version:
        return specs[0].version
    return None


async def audit_checkout(
    root: Path,
    settings: Settings,
    service: VulnerabilityService,
    *,
    pypi_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[list[RequirementAudit], list[str]]:
    """Audit every pinnable requirement found under `root`; returns the audits and the reader's warnings."""
    parsed = read_dependencies(checkout_files(root), _reader(root))
    audits: list[RequirementAudit] = []
    cache: dict[tuple[str, str], PinAudit] = {}
    async with PyPIClient(settings, transport=pypi_transport) as client:
        for requirement in parsed.requirements:
            if not requirement.pinnable:
                continue
            audits.append(await _audit_one(requirement, client, service, cache))
    return audits, [str(w) for w in parsed.warnings]


async def _audit_one(
    requirement: Requirement, client: PyPIClient, service: VulnerabilityService, cache: dict[tuple[str, str], PinAudit]
) -> RequirementAudit:
    key = (requirement.package, requirement.specifier)
    if key not in cache:
        cache[key] = await _audit_specifier(requirement.package, requirement.specifier, client, service)
    result = cache[key]
    return RequirementAudit(
        package=requirement.package,
        specifier=requirement.specifier,
        file=requirement.file,
        line=requirement.line,
        version=result.version,
        advisories=result.advisories,
        note=result.note(),
    )


async def _audit_specifier(package: str, specifier: str, client: PyPIClient, service: VulnerabilityService) -> PinAudit:
    pinned = pinned_version(specifier)
    if pinned is not None:
        return await asyncio.to_thread(audit_version, package, specifier, pinned, service=service)
    try:
        releases = (await client.project(package)).releases
    except PyPIError as e:
        return PinAudit(
            package=package, specifier=specifier, version=None, unavailable=f"PyPI release list unavailable: {e}"
        )
    return await asyncio.to_thread(audit_bound, package, specifier, releases, service=service)
