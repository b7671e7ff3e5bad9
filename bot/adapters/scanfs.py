"""The file-system shell of `scan`: walk a checkout safely and read files with a size cap."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.changes import ReleaseDiff
from bot.deps import FileWarning, is_dependency_file
from bot.findings.scan import ScanReport, is_skipped_dir, scan_paths
from bot.usage import is_usage_file


@dataclass(frozen=True)
class ScanLimits:
    """How much of a tree `scan` is willing to look at."""

    max_files: int = 25_000
    max_file_bytes: int = 8 * 1024 * 1024
    max_depth: int = 40


@dataclass
class WalkedTree:
    """The relevant files of a tree (relative POSIX paths) and a reader confined to the tree."""

    root: Path
    limits: ScanLimits
    paths: list[str] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    plain: set[str] = field(default_factory=set)
    """Paths the walk saw as regular files (not symlinks): read without resolving."""

    def __post_init__(self) -> None:
        self._real_root = self.root.resolve()

    def read(self, relative: str) -> bytes | None:
        """The file's bytes; None (with a warning) when missing, outside the tree, a symlink loop or too large."""
        path = self.root / relative
        try:
            if relative in self.plain:
                return self._read_plain(relative, path)
            real = path.resolve(strict=True)
            if not real.is_relative_to(self._real_root):
                self.warnings.append(FileWarning(file=relative, message="symlink points outside the tree; not read"))
                return None
            if not real.is_file():
                return None
            return self._read_plain(relative, real)
        except FileNotFoundError:
            return None
        except RuntimeError:
            self.warnings.append(FileWarning(file=relative, message="symlink loop; not read"))
            return None
        except OSError as error:
            message = "symlink loop; not read" if error.errno == errno.ELOOP else f"cannot read: {error.strerror}"
            self.warnings.append(FileWarning(file=relative, message=message))
            return None

    def _read_plain(self, relative: str, path: Path) -> bytes | None:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > self.limits.max_file_bytes:
                message = f"{size} bytes, larger than the {self.limits.max_file_bytes}-byte limit; not read"
                self.warnings.append(FileWarning(file=relative, message=message))
                return None
            return handle.read()


def walk_tree(root: Path, limits: ScanLimits, skip_dir: Callable[[str], bool]) -> WalkedTree:
    """Dependency and usage files under `root`, never following directory symlinks; stops at `max_files`.

    Folders for which `skip_dir` is true, and virtualenvs (folders holding `pyvenv.cfg`), are not entered.
    """
    walked = WalkedTree(root=root, limits=limits)
    stack: list[tuple[str, int]] = [("", 0)]
    seen = 0
    while stack:
        relative, depth = stack.pop()
        try:
            with os.scandir(root / relative if relative else root) as entries:
                listing = sorted(entries, key=lambda entry: entry.name)
        except OSError as error:
            walked.warnings.append(
                FileWarning(file=relative or ".", message=f"cannot list directory: {error.strerror}")
            )
            continue
        if relative and any(entry.name == "pyvenv.cfg" for entry in listing):
            continue
        subdirs: list[str] = []
        for entry in listing:
            path = f"{relative}/{entry.name}" if relative else entry.name
            if entry.is_dir(follow_symlinks=False):
                if skip_dir(path):
                    continue
                if depth + 1 > limits.max_depth:
                    walked.warnings.append(
                        FileWarning(
                            file=path, message=f"nested deeper than {limits.max_depth} directories; not scanned"
                        )
                    )
                else:
                    subdirs.append(path)
                continue
            seen += 1
            if seen > limits.max_files:
                walked.warnings.append(
                    FileWarning(
                        file=".", message=f"more than {limits.max_files} files: the rest of the tree was not scanned"
                    )
                )
                return walked
            symlink = entry.is_symlink()
            if symlink and _symlink_problem(entry, path, walked):
                continue
            if not symlink and not entry.is_file(follow_symlinks=False):
                continue  # a FIFO, socket or device: opening it could block forever
            if is_usage_file(path) or is_dependency_file(path):
                walked.paths.append(path)
                if not symlink:
                    walked.plain.add(path)
        stack.extend((path, depth + 1) for path in reversed(subdirs))
    return walked


def _symlink_problem(entry: os.DirEntry[str], path: str, walked: WalkedTree) -> bool:
    try:
        target = os.stat(entry.path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            walked.warnings.append(FileWarning(file=path, message="symlink loop; not followed"))
        return True
    if stat.S_ISDIR(target.st_mode):
        walked.warnings.append(FileWarning(file=path, message="symlink to a directory; not followed"))
        return True
    return False


def scan_tree(root: Path, diffs: Sequence[ReleaseDiff], limits: ScanLimits | None = None) -> ScanReport:
    """Scan a checkout on disk; symlinks are not followed out of `root`, huge trees are cut with a warning.

    The walker's warnings list keeps growing while files are read, so it is merged into the report last.
    """
    walked = walk_tree(root, limits or ScanLimits(), is_skipped_dir)
    return scan_paths(walked.paths, walked.read, diffs, walked.warnings)
