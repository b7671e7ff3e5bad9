"""Safe extraction: hostile archives are refused with a clear error and leave nothing behind."""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.archive import ExtractionLimits, link_stays_inside, safe_extract, safe_member_path
from bot.errors import UnsafeArchiveError


def make_zip(path: Path, members: dict[str, bytes], symlinks: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, target)
    return path


def make_tar(path: Path, members: dict[str, bytes], links: dict[str, tuple[bytes, str]] | None = None) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        for name, (kind, target) in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = target
            tf.addfile(info)
    return path


def test_wheel_like_zip_is_extracted(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "pkg-1.0-py3-none-any.whl", {"pkg/__init__.py": b"X = 1\n", "pkg/sub/m.py": b""})
    dest = safe_extract(archive, tmp_path / "out")
    assert (dest / "pkg" / "__init__.py").read_bytes() == b"X = 1\n"
    assert (dest / "pkg" / "sub" / "m.py").is_file()


def test_sdist_tarball_is_extracted_and_in_tree_links_skipped(tmp_path: Path) -> None:
    archive = make_tar(
        tmp_path / "pkg-1.0.tar.gz",
        {"pkg-1.0/setup.py": b"setup()\n"},
        links={"pkg-1.0/alias.py": (tarfile.SYMTYPE, "setup.py")},
    )
    dest = safe_extract(archive, tmp_path / "out")
    assert (dest / "pkg-1.0" / "setup.py").read_bytes() == b"setup()\n"
    assert not (dest / "pkg-1.0" / "alias.py").exists()


@pytest.mark.parametrize(
    ("members", "links", "message"),
    [
        ({"../evil.py": b"x"}, None, "path traversal in archive: '../evil.py'"),
        ({"pkg/../../evil.py": b"x"}, None, "path traversal in archive: 'pkg/../../evil.py'"),
        ({"/etc/passwd": b"x"}, None, "absolute path in archive: '/etc/passwd'"),
        ({}, {"pkg/link": (tarfile.SYMTYPE, "../../etc/passwd")}, "link escapes the archive: 'pkg/link' -> '../../etc/passwd'"),
        ({}, {"pkg/link": (tarfile.SYMTYPE, "/etc/passwd")}, "link escapes the archive: 'pkg/link' -> '/etc/passwd'"),
        ({}, {"pkg/hard": (tarfile.LNKTYPE, "../outside")}, "path traversal in archive: '../outside'"),
    ],
)
def test_hostile_tarballs_are_refused(tmp_path: Path, members: dict[str, bytes], links: dict | None, message: str) -> None:
    archive = make_tar(tmp_path / "evil.tar.gz", members, links)
    with pytest.raises(UnsafeArchiveError) as excinfo:
        safe_extract(archive, tmp_path / "out")
    assert str(excinfo.value) == f"evil.tar.gz: {message}"  # the file named: logs and verdicts say which it was
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "evil.py").exists()


def test_zip_symlink_escaping_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "evil.whl", {"pkg/a.py": b""}, symlinks={"pkg/link": "../../../root"})
    with pytest.raises(UnsafeArchiveError, match="link escapes the archive: 'pkg/link' -> '../../../root'"):
        safe_extract(archive, tmp_path / "out")
    assert list(tmp_path.iterdir()) == [archive]


def test_zip_path_traversal_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "evil.whl", {"ok.py": b"", "../../evil.py": b"x"})
    with pytest.raises(UnsafeArchiveError, match="path traversal"):
        safe_extract(archive, tmp_path / "sub" / "out")
    assert not (tmp_path / "evil.py").exists()
    assert not (tmp_path / "sub" / "out").exists()


def test_decompression_bomb_is_refused_by_bytes_written(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "bomb.zip", {"zeros.bin": b"\0" * 5_000_000})
    assert archive.stat().st_size < 20_000
    with pytest.raises(UnsafeArchiveError, match="bomb.zip: extracted size exceeds 1000000 bytes"):
        safe_extract(archive, tmp_path / "out", ExtractionLimits(max_total_bytes=1_000_000))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["pkg/big.py", "pkg/stub.pyi", "pkg-1.0.dist-info/METADATA", "requirements.txt"])
def test_single_member_cap_refuses_a_member_readers_parse(tmp_path: Path, name: str) -> None:
    archive = make_tar(tmp_path / "big.tar.gz", {name: b"\0" * 2048})
    with pytest.raises(UnsafeArchiveError, match=f"member '{name}' exceeds 1024 bytes"):
        safe_extract(archive, tmp_path / "out", ExtractionLimits(max_file_bytes=1024))


@pytest.mark.parametrize("make", [make_tar, make_zip])
def test_an_oversized_member_no_reader_parses_is_left_empty(tmp_path: Path, make: Callable[[Path, dict[str, bytes]], Path]) -> None:
    # playwright's wheel bundles a node binary over the cap: the release stays comparable
    members = {"playwright/driver/node": b"\1" * 4096, "playwright/__init__.py": b"VERSION = 1\n"}
    archive = make(tmp_path / "wheel", members)
    out = safe_extract(archive, tmp_path / "out", ExtractionLimits(max_file_bytes=1024))
    assert (out / "playwright" / "driver" / "node").read_bytes() == b""
    assert (out / "playwright" / "__init__.py").read_bytes() == b"VERSION = 1\n"


@pytest.mark.parametrize("make", [make_tar, make_zip])
def test_members_left_empty_still_count_toward_the_total(tmp_path: Path, make: Callable[[Path, dict[str, bytes]], Path]) -> None:
    # a tar member skipped is still decompressed to reach the next header: its size is charged
    members = {f"blob{i}": b"\0" * 4096 for i in range(3)}
    archive = make(tmp_path / "bombish", members)
    with pytest.raises(UnsafeArchiveError, match="extracted size exceeds 10000 bytes"):
        safe_extract(archive, tmp_path / "out", ExtractionLimits(max_file_bytes=1024, max_total_bytes=10_000))


def test_file_flood_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "flood.zip", {f"f{i}.py": b"" for i in range(11)})
    with pytest.raises(UnsafeArchiveError, match="flood.zip: more than 10 files"):
        safe_extract(archive, tmp_path / "out", ExtractionLimits(max_files=10))


def test_garbage_is_an_unreadable_archive(tmp_path: Path) -> None:
    archive = tmp_path / "junk.tar.gz"
    archive.write_bytes(b"this is not an archive at all")
    with pytest.raises(UnsafeArchiveError, match="junk.tar.gz: unreadable archive"):
        safe_extract(archive, tmp_path / "out")


@given(st.lists(st.sampled_from(["a", "..", ".", "b", "", "/", "\\", "C:"]), max_size=6))
def test_accepted_member_paths_never_leave_the_root(parts: list[str]) -> None:
    name = "/".join(parts)
    try:
        relative = safe_member_path(name)
    except UnsafeArchiveError:
        return
    assert ".." not in relative.parts
    assert not relative.is_absolute()


@pytest.mark.parametrize(
    ("member", "target", "inside"),
    [("a/b/link", "../c", True), ("a/link", "../../c", False), ("link", "sub/../x", True), ("a/l", "/abs", False)],
)
def test_link_targets(member: str, target: str, inside: bool) -> None:
    assert link_stays_inside(PurePosixPath(member), target) is inside


def test_a_disk_that_refuses_the_files_is_not_blamed_on_the_archive(tmp_path: Path) -> None:
    """Under a file-size limit (as under a full disk) extraction fails with the write's own error, which the service
    retries next round and the CLI words as such, not as an "unreadable archive" (a child process: the limit would
    stop this one's writes too)."""
    import subprocess
    import sys

    archive = make_zip(tmp_path / "demo-1.0-py3-none-any.whl", {"demo/__init__.py": b"x = 1\n" * 2000})
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "from bot.adapters.archive import safe_extract\n"
        "try:\n"
        "    safe_extract(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, getattr(e, 'errno', None))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(archive), str(tmp_path / "out")], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["OSError", "27"]  # EFBIG
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".extract-*"))  # nothing half-written is kept
