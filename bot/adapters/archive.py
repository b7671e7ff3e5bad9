"""Safe extraction of downloaded wheels and sdists: every archive is treated as hostile."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import stat
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from bot.errors import UnreadableArchiveError, UnsafeArchiveError

logger = logging.getLogger(__name__)

_CHUNK = 1 << 16

NEVER_READ = frozenset(
    {".so", ".pyd", ".dll", ".dylib", ".a", ".lib", ".o", ".c", ".cc", ".cpp", ".cxx", ".h", ".hpp", ".pyx", ".pxd"}
)
"""Compiled and native-source members no reader opens (the analysis reads `.py`/`.pyi` and packaging metadata).
A zip's are written empty, never decompressed: a platform wheel's `.so` costs nothing, and one whose CRC is bad
(blacksheep 2.4.6's wheel ships a corrupt `baseapp.c`) spoils nothing. The name stays: a compiled extension is a
module all the same (`apidiff.unshipped`)."""


READ_AS_TEXT = frozenset({".py", ".pyi", ".pth", ".txt", ".cfg", ".toml", ".json", ".in"})
"""Suffixes of the members readers parse (sources, stubs, packaging metadata and requirement files); with
`METADATA` and `PKG-INFO`, the members whose oversize refuses the archive. Any other oversized member (playwright's
bundled `driver/node` binary) is left empty: no reader opens it, and the release stays comparable."""
_READ_BY_NAME = frozenset({"METADATA", "PKG-INFO"})


def read_as_text(name: str) -> bool:
    """Whether a reader parses the member `name`: its oversize is hostile, not an incidental bundled binary."""
    path = PurePosixPath(name)
    return path.suffix.lower() in READ_AS_TEXT or path.name in _READ_BY_NAME


@dataclass(frozen=True)
class ExtractionLimits:
    """Caps that stop decompression bombs and file floods."""

    max_files: int = 20_000
    max_total_bytes: int = 512 * 1024 * 1024
    max_file_bytes: int = 64 * 1024 * 1024


def safe_member_path(name: str) -> PurePosixPath:
    """The relative path an archive member may be written to, or UnsafeArchiveError."""
    normalised = name.replace("\\", "/")
    path = PurePosixPath(normalised)
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        raise UnsafeArchiveError(f"absolute path in archive: {name!r}")
    if ".." in path.parts:
        raise UnsafeArchiveError(f"path traversal in archive: {name!r}")
    if "\x00" in normalised:
        raise UnsafeArchiveError(f"NUL byte in archive member name: {name!r}")
    return PurePosixPath(*[part for part in path.parts if part not in ("", ".")])


def link_stays_inside(member: PurePosixPath, target: str) -> bool:
    """Whether a link at `member` pointing to `target` resolves inside the extraction root."""
    if target.startswith("/") or "\\" in target:
        return False
    depth = len(member.parts) - 1
    for part in PurePosixPath(target).parts:
        if part == "..":
            depth -= 1
            if depth < 0:
                return False
        elif part != ".":
            depth += 1
    return True


class _Budget:
    """Counts files and the bytes members decompress to (a member left unread, by its header's size)."""

    def __init__(self, archive: Path, limits: ExtractionLimits) -> None:
        self.archive = archive
        self.limits = limits
        self.files = 0
        self.total = 0

    def add_file(self) -> None:
        self.files += 1
        if self.files > self.limits.max_files:
            raise UnsafeArchiveError(f"{self.archive.name}: more than {self.limits.max_files} files")

    def left_empty(self, size: int, target: Path, name: str) -> bool:
        """Leave empty a member its header says is over the per-member cap and no reader parses (see
        `READ_AS_TEXT`), its size charged to the total: skipping a tar member still decompresses it."""
        if size <= self.limits.max_file_bytes or read_as_text(name):
            return False
        self.total += size
        if self.total > self.limits.max_total_bytes:
            raise UnsafeArchiveError(f"{self.archive.name}: extracted size exceeds {self.limits.max_total_bytes} bytes")
        target.touch()
        logger.info("%s: member %r exceeds %d bytes: left empty", self.archive.name, name, self.limits.max_file_bytes)
        return True

    def copy(self, source: IO[bytes], target: Path, name: str) -> None:
        written = 0
        with target.open("wb") as out:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                self.total += len(chunk)
                if written > self.limits.max_file_bytes:
                    raise UnsafeArchiveError(
                        f"{self.archive.name}: member {name!r} exceeds {self.limits.max_file_bytes} bytes"
                    )
                if self.total > self.limits.max_total_bytes:
                    raise UnsafeArchiveError(
                        f"{self.archive.name}: extracted size exceeds {self.limits.max_total_bytes} bytes"
                    )
                out.write(chunk)


def _member_path(archive: Path, name: str) -> PurePosixPath:
    """`safe_member_path`, its refusal naming the archive (the log line and the verdict say which file it was)."""
    try:
        return safe_member_path(name)
    except UnsafeArchiveError as e:
        raise UnsafeArchiveError(f"{archive.name}: {e}") from None


def _target(root: Path, relative: PurePosixPath) -> Path:
    target = root.joinpath(*relative.parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _extract_zip(archive: Path, root: Path, budget: _Budget) -> None:
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            relative = _member_path(archive, info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                target = zf.read(info)[:4096].decode("utf-8", "replace")
                if not link_stays_inside(relative, target):
                    raise UnsafeArchiveError(
                        f"{archive.name}: link escapes the archive: {info.filename!r} -> {target!r}"
                    )
                logger.debug("skipping in-tree link %s", info.filename)
                continue
            if info.is_dir() or not relative.parts:
                continue
            budget.add_file()
            written = _target(root, relative)
            if relative.suffix.lower() in NEVER_READ:
                written.touch()
                continue
            if budget.left_empty(info.file_size, written, info.filename):
                continue
            with zf.open(info) as source:
                budget.copy(source, written, info.filename)


def _extract_tar(archive: Path, root: Path, budget: _Budget) -> None:
    with tarfile.open(archive, mode="r:*") as tf:
        for member in tf:
            relative = _member_path(archive, member.name)
            if member.issym() or member.islnk():
                target = member.linkname
                inside = (
                    link_stays_inside(relative, target)
                    if member.issym()
                    else link_stays_inside(PurePosixPath("x"), str(_member_path(archive, target)))
                )
                if not inside:
                    raise UnsafeArchiveError(f"{archive.name}: link escapes the archive: {member.name!r} -> {target!r}")
                continue
            if not member.isfile() or not relative.parts:
                continue
            budget.add_file()
            if budget.left_empty(member.size, _target(root, relative), member.name):
                continue
            source = tf.extractfile(member)
            if source is not None:
                with source:
                    budget.copy(source, _target(root, relative), member.name)


_WRITING_FAILED = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES})
"""What writing the extracted files can fail with (a full disk, a quota, a file-size limit, a read-only or foreign
cache); a corrupt archive raises other `OSError`s (`BadGzipFile`)."""


@contextmanager
def _staging(dest: Path) -> Iterator[Path]:
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".extract-", dir=dest.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def safe_extract(archive: Path, dest: Path, limits: ExtractionLimits = ExtractionLimits()) -> Path:
    """Extract a wheel, zip or tarball into `dest` atomically, refusing anything that could escape or explode."""
    if dest.is_dir():
        return dest
    budget = _Budget(archive, limits)
    with _staging(dest) as staging:
        try:
            if zipfile.is_zipfile(archive):
                _extract_zip(archive, staging, budget)
            else:
                _extract_tar(archive, staging, budget)
        except OSError as e:
            if e.errno in _WRITING_FAILED:  # the disk's fault, not the archive's: say so (and retry next round)
                raise
            raise UnreadableArchiveError(f"{archive.name}: unreadable archive: {e}") from e
        except (zipfile.BadZipFile, tarfile.TarError, EOFError) as e:
            raise UnreadableArchiveError(f"{archive.name}: unreadable archive: {e}") from e
        try:
            os.replace(staging, dest)
        except OSError:
            if not dest.is_dir():
                raise
            shutil.rmtree(staging, ignore_errors=True)
    return dest
