"""`scan`: a tree's requirements, its uses of what releases changed, and per package whether it is at risk."""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.changes import ReleaseDiff
from bot.deps import DeclarationKind, FileWarning, ParseResult, read_dependencies
from bot.deps.metadata import read_metadata
from bot.deps.publishing import own_names, publishing_files
from bot.findings.judge import PackageVerdict, RequirementEntry, judge
from bot.findings.repo_config import CONFIG_PATH, ConfigResult, parse_repo_config
from bot.usage import FlagIndex, Targets, Usage, analyse_file, is_usage_file, needs_analysis

log = logging.getLogger(__name__)

SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".tox",
        ".nox",
        "__pycache__",
        "site-packages",
        "dist-packages",
        ".venv",
        "venv",
        ".eggs",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".direnv",
    }
)
TOP_LEVEL_BUILD_DIRS = frozenset({"build", "dist"})


class ScanReport(BaseModel):
    """Everything `scan` found; `model_dump(mode="json", by_alias=True)` is the JSON contract of ARCHITECTURE.md."""

    model_config = ConfigDict(frozen=True)

    requirements: list[RequirementEntry]
    usages: list[Usage]
    risks: list[dict[str, Any]] = []
    packages: list[PackageVerdict]
    warnings: list[FileWarning]
    files_seen: int
    files_parsed: int
    """Files that spell an affected package (or env var) and a changed name, hence were analysed; the rest
    needed no parse."""
    distributions: list[str] = []
    """Dependency files that are a published distribution's metadata (a library's requirements reach its users)."""
    own_names: list[str] = []
    """The distributions the tree builds itself: a requirement on one is the checkout, never an extension."""

    @property
    def unread(self) -> bool:
        """Some runtime requirements of the tree could not be read (computed at build time)."""
        return any(warning.unread_runtime for warning in self.warnings)

    @property
    def at_risk(self) -> dict[str, bool]:
        """Package -> whether any scanned release of it puts the tree at risk."""
        result: dict[str, bool] = {}
        for verdict in self.packages:
            result[verdict.package] = result.get(verdict.package, False) or verdict.at_risk
        return result

    @property
    def any_at_risk(self) -> bool:
        """True when at least one package is at risk (the CLI exits 1)."""
        return any(verdict.at_risk for verdict in self.packages)


def usage_order(usage: Usage) -> tuple[str | int | bool, ...]:
    """A total order on uses: the same tree gives the same report, byte for byte (two releases' uses of one line
    tie on place and symbol alone)."""
    return (
        usage.file,
        usage.line,
        usage.column,
        usage.symbol,
        usage.form,
        usage.package,
        usage.release,
        usage.change,
        usage.guarded,
        usage.confidence,
        usage.section,
        usage.private,
        usage.detail,
        usage.evidence,
    )


def is_skipped_dir(path: str) -> bool:
    """Whether a folder is site-packages, VCS metadata, a cache, a virtualenv by name or a top-level build output."""
    parts = path.split("/")
    return parts[0] in TOP_LEVEL_BUILD_DIRS or any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in parts)


def is_skipped(path: str, venv_roots: Iterable[str] = ()) -> bool:
    """Whether the file at `path` lies in a skipped folder or in a virtualenv (a folder holding `pyvenv.cfg`)."""
    folder = posixpath.dirname(path)
    if folder and is_skipped_dir(folder):
        return True
    return any(path.startswith(f"{root}/") for root in venv_roots)


def _venv_roots(paths: Iterable[str]) -> list[str]:
    return [posixpath.dirname(path) for path in paths if posixpath.basename(path) == "pyvenv.cfg"]


def scan_files(files: Mapping[str, bytes], diffs: Sequence[ReleaseDiff]) -> ScanReport:
    """Scan in-memory files (relative POSIX path -> content), as the GitHub side fetches them."""
    paths = list(files)
    return scan_paths(paths, files.get, diffs, [])


def scan_paths(
    paths: list[str], read: Callable[[str], bytes | None], diffs: Sequence[ReleaseDiff], warnings: list[FileWarning]
) -> ScanReport:
    """Scan the files at `paths` (relative POSIX), each read through `read`; `warnings` are the reader's own."""
    venvs = _venv_roots(paths)
    kept = [path for path in paths if not is_skipped(path, venvs)]
    dependencies = read_dependencies(kept, read)
    if not any(r.kind is DeclarationKind.RUNTIME for r in dependencies.requirements):
        built = read_metadata(paths, read)  # an sdist whose setup.py computes its requirements
        dependencies = ParseResult(
            requirements=(*dependencies.requirements, *built.requirements),
            warnings=(*dependencies.warnings, *built.warnings),
        )
    targets = Targets.from_diffs(diffs)
    usages: list[Usage] = []
    found_warnings = list(dependencies.warnings)
    parsed = 0
    if targets.symbols or targets.env or targets.parameters or targets.config or targets.cli:
        flag_index = FlagIndex(kept, read, targets.import_names)
        for path in kept:
            if not is_usage_file(path):
                continue
            data = read(path)
            if data is None or not needs_analysis(path, data, targets):
                continue
            parsed += 1
            file_usages, file_warnings = analyse_file(path, data, targets, flag_index)
            usages.extend(file_usages)
            found_warnings.extend(file_warnings)
    usages = sorted(set(usages), key=usage_order)
    requirements = [RequirementEntry.of(requirement, diffs) for requirement in dependencies.requirements]
    unread = any(warning.unread_runtime for warning in dependencies.warnings)  # judged as ScanReport.unread
    verdicts = [judge(diff, dependencies.requirements, usages, unread=unread) for diff in diffs]
    log.info("scan done", extra={"files": len(kept), "parsed": parsed, "usages": len(usages)})
    return ScanReport(
        requirements=requirements,
        usages=usages,
        packages=verdicts,
        warnings=list(dict.fromkeys([*warnings, *found_warnings])),
        files_seen=len(kept),
        files_parsed=parsed,
        distributions=publishing_files(kept, read),
        own_names=own_names(kept, read),
    )


class RepositoryAnalysis(BaseModel):
    """A repository snapshot's configuration and scan: all of its parsing, done in one sandboxed unit of work."""

    model_config = ConfigDict(frozen=True)

    config: ConfigResult
    report: ScanReport | None
    """None when there were no release diffs to scan against."""


def analyse_repository(files: Mapping[str, bytes], diffs: Sequence[ReleaseDiff]) -> RepositoryAnalysis:
    """Parse the repository's settings file and scan its files against `diffs` (runs in a sandbox worker)."""
    config = parse_repo_config(files.get(CONFIG_PATH))
    report = scan_files(files, diffs) if diffs else None
    return RepositoryAnalysis(config=config, report=report)
