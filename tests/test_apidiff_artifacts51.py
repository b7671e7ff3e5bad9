"""Releases the engine could not read: only CPython platform wheels (blacksheep 1.2.20, faust-streaming 0.12.0) and
a wheel with a corrupt member nothing reads (blacksheep 2.4.6's `baseapp.c`). Each on its pinned real example, on
a crafted one, and with what must stay refused or claimed."""

from __future__ import annotations

import hashlib
import io
import random
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from bot.adapters.archive import ExtractionLimits, safe_extract
from bot.adapters.pypi import PyPIClient
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.errors import NotFoundOnPyPI, UnreadableArchiveError, UnsafeArchiveError
from bot.jobs.analysis import Analyser
from bot.releases import choose_artifact, parse_project
from bot.storage.surfaces import load_surface
from tests.artifacts import PINS, unpacked_release
from tests.conftest import make_settings
from tests.test_apidiff_core import surface as core_surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed


def release_of(*filenames: str) -> Any:
    """A release `1.0` of `demo` holding these files (a `.tar.gz`/`.zip` is the sdist, anything else a wheel)."""
    raw = {"url": "https://files.example/x", "digests": {"sha256": "ab" * 32}, "size": 1, "yanked": False}
    files = [
        dict(raw, filename=name, packagetype="sdist" if name.endswith((".tar.gz", ".zip")) else "bdist_wheel")
        for name in filenames
    ]
    data = {"info": {"name": "demo", "version": "1.0"}, "last_serial": 1, "releases": {"1.0": files}}
    return parse_project(data, "https://pypi.org/pypi/demo/json").release("1.0")


# -- a release that ships only platform wheels: one of them, chosen the same way every time --


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # manylinux x86_64 first, and among those the newest CPython
        (["demo-1.0-cp310-cp310-win_amd64.whl", "demo-1.0-cp312-cp312-macosx_11_0_arm64.whl",
          "demo-1.0-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          "demo-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
          "demo-1.0-cp312-cp312-manylinux_2_17_aarch64.whl"],
         "demo-1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"),
        # no manylinux x86_64: any Linux before macOS before Windows
        (["demo-1.0-cp313-cp313-win_amd64.whl", "demo-1.0-cp313-cp313-macosx_11_0_arm64.whl",
          "demo-1.0-cp310-cp310-musllinux_1_2_aarch64.whl"], "demo-1.0-cp310-cp310-musllinux_1_2_aarch64.whl"),
        (["demo-1.0-cp313-cp313-win_amd64.whl", "demo-1.0-cp39-cp39-macosx_10_9_x86_64.whl"],
         "demo-1.0-cp39-cp39-macosx_10_9_x86_64.whl"),
        (["demo-1.0-cp38-abi3-win_amd64.whl"], "demo-1.0-cp38-abi3-win_amd64.whl"),
        # 64-bit Windows before 32-bit (whose name sorts first) and Arm
        (["demo-1.0-cp312-cp312-win32.whl", "demo-1.0-cp312-cp312-win_arm64.whl", "demo-1.0-cp312-cp312-win_amd64.whl"],
         "demo-1.0-cp312-cp312-win_amd64.whl"),
        # a release built for PyPy alone is read from a PyPy wheel; beside a CPython build, never
        (["demo-1.0-pp39-pypy39_pp73-win_amd64.whl", "demo-1.0-pp310-pypy310_pp73-manylinux_2_17_x86_64.whl"],
         "demo-1.0-pp310-pypy310_pp73-manylinux_2_17_x86_64.whl"),
        (["demo-1.0-pp310-pypy310_pp73-manylinux_2_17_x86_64.whl", "demo-1.0-cp38-cp38-win32.whl"],
         "demo-1.0-cp38-cp38-win32.whl"),
        (["demo-1.0-py3-none-manylinux1_x86_64.whl", "demo-1.0-cp27-cp27mu-manylinux1_x86_64.whl"],
         "demo-1.0-py3-none-manylinux1_x86_64.whl"),  # a CPython 2 build is never taken
        # every other artifact still comes first: a platform wheel is the last fallback
        (["demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "demo-1.0.tar.gz"], "demo-1.0.tar.gz"),
        (["demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "demo-1.0-py2-none-any.whl"], "demo-1.0-py2-none-any.whl"),
        (["demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "demo-1.0-py3-none-any.whl"], "demo-1.0-py3-none-any.whl"),
    ],
)
def test_a_platform_wheel_is_the_last_fallback_in_a_fixed_order(files: list[str], expected: str) -> None:
    for seed in range(3):  # PyPI lists a release's files in no promised order: the choice must not follow it
        shuffled = list(files)
        random.Random(seed).shuffle(shuffled)
        assert choose_artifact(release_of(*shuffled)).filename == expected
    assert choose_artifact(release_of(*files), "sdist" if expected.endswith(".tar.gz") else "wheel").filename == expected


@pytest.mark.parametrize(
    "files",
    [
        ["demo-1.0-pp27-pypy_73-manylinux2010_x86_64.whl"],  # PyPy 2 only
        ["demo-1.0-cp27-cp27mu-manylinux1_x86_64.whl"],  # CPython 2 only
        ["demo-1.0-cp311-cp311-manylinux_2_17_x86_64-bad.whl"],  # no parsable tags
    ],
)
def test_no_python3_platform_wheel_is_still_no_usable_artifact(files: list[str]) -> None:
    with pytest.raises(NotFoundOnPyPI, match="release 1.0 has no usable artifact"):
        choose_artifact(release_of(*files))


def test_blacksheep_1_2_20_ships_only_platform_wheels_and_is_read_from_one() -> None:
    assert PINS[("blacksheep", "1.2.20", "auto")].startswith("17bcf4fd")  # the cp311 manylinux x86_64 wheel
    root = unpacked_release("blacksheep", "1.2.20")
    compiled = root / "blacksheep" / "url.cpython-311-x86_64-linux-gnu.so"
    assert compiled.is_file() and compiled.stat().st_size == 0  # kept by name, never decompressed
    found = changes("blacksheep", "1.2.19", "1.2.20")
    assert found == {}  # a patch release: its `.py`/`.pyi` sources change no public API
    new = surface_of(root, "blacksheep", "1.2.20")
    # the compiled modules are read from their stubs, the plain ones from their sources
    assert {"blacksheep.url.URL", "blacksheep.server.application.Application"} <= new.symbols.keys()


def test_a_platform_wheel_still_claims_what_its_sources_removed(tmp_path: Path) -> None:
    """The sibling: beside a compiled module, a function the `.py` no longer defines is claimed, and the compiled
    module, present in both builds as a `.so` only, is no removal."""

    def wheel(name: str, source: str) -> Path:
        archive = tmp_path / name
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("demo/__init__.py", source)
            zf.writestr("demo/_speedups.cpython-312-x86_64-linux-gnu.so", b"\x7fELF" + b"\0" * 4096)
        return safe_extract(archive, tmp_path / (name + ".d"))

    old = surface_of(wheel("demo-1.0-cp312-cp312-manylinux_2_17_x86_64.whl", "def keep(): ...\ndef gone(): ...\n"),
                     "demo", "1.0")
    new = surface_of(wheel("demo-2.0-cp312-cp312-manylinux_2_17_x86_64.whl", "def keep(): ...\n"), "demo", "2.0")
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(old, new)}
    assert found == {("removed", "demo.gone")}


# -- a corrupt member the analysis never reads --


def corrupt_zip(path: Path, members: dict[str, bytes], corrupt: str) -> Path:
    """A zip of stored (uncompressed) members whose `corrupt` member's bytes no longer match its CRC-32."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    raw = path.read_bytes()
    original = members[corrupt]
    assert raw.count(original) == 1
    path.write_bytes(raw.replace(original, bytes([original[0] ^ 1]) + original[1:]))
    with zipfile.ZipFile(path) as zf, pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
        zf.read(corrupt)
    return path


def test_a_corrupt_member_nothing_reads_spoils_nothing(tmp_path: Path) -> None:
    members = {"pkg/__init__.py": b"VALUE = 1\n", "pkg/_fast.c": b"/* generated */ int fast(void) { return 1; }\n"}
    archive = corrupt_zip(tmp_path / "pkg-1.0-py3-none-any.whl", members, "pkg/_fast.c")
    dest = safe_extract(archive, tmp_path / "out")
    assert (dest / "pkg" / "__init__.py").read_bytes() == b"VALUE = 1\n"
    assert (dest / "pkg" / "_fast.c").is_file()


def test_a_corrupt_source_member_is_still_an_unreadable_archive(tmp_path: Path) -> None:
    """The sibling: a `.py` the analysis reads is never taken half-checked (a changed byte could hide a removal)."""
    members = {"pkg/__init__.py": b"VALUE = 1\n", "pkg/_fast.c": b"int fast(void) { return 1; }\n"}
    archive = corrupt_zip(tmp_path / "pkg-1.0-py3-none-any.whl", members, "pkg/__init__.py")
    with pytest.raises(UnsafeArchiveError, match="unreadable archive: Bad CRC-32 for file 'pkg/__init__.py'"):
        safe_extract(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_compiled_member_is_never_decompressed(tmp_path: Path) -> None:
    """A 5 MB `.so` of zeros passes a 1 MB budget (nothing of it is written), the same `.py` does not; path
    traversal is refused whatever the suffix."""
    so_archive = tmp_path / "so.whl"
    with zipfile.ZipFile(so_archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pkg/__init__.py", b"")
        zf.writestr("pkg/_big.cpython-312-x86_64-linux-gnu.so", b"\0" * 5_000_000)
    dest = safe_extract(so_archive, tmp_path / "so", ExtractionLimits(max_total_bytes=1_000_000))
    assert (dest / "pkg" / "_big.cpython-312-x86_64-linux-gnu.so").stat().st_size == 0
    py_archive = tmp_path / "py.whl"
    with zipfile.ZipFile(py_archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pkg/_big.py", b"\0" * 5_000_000)
    with pytest.raises(UnsafeArchiveError, match="extracted size exceeds 1000000 bytes"):
        safe_extract(py_archive, tmp_path / "py", ExtractionLimits(max_total_bytes=1_000_000))
    escaping = tmp_path / "escape.whl"
    with zipfile.ZipFile(escaping, "w") as zf:
        zf.writestr("../evil.so", b"x")
    with pytest.raises(UnsafeArchiveError, match="path traversal"):
        safe_extract(escaping, tmp_path / "escape")


def test_blacksheep_2_4_6s_corrupt_c_file_no_longer_stops_the_diff() -> None:
    root = unpacked_release("blacksheep", "2.4.6")
    assert (root / "blacksheep" / "baseapp.c").stat().st_size == 0
    assert (root / "blacksheep" / "baseapp.py").stat().st_size > 0
    found = changes("blacksheep", "2.4.6", "2.5.1")
    # 2.5 rewrote the HTTP client: scribe's request writers and the client's `parser` module went, for real
    assert {("removed", "blacksheep.scribe.write_request"), ("removed", "blacksheep.client.parser")} <= found.keys()
    assert ("removed", "blacksheep.scribe.write_sse") not in found  # still in 2.5.1's scribe.py and .pyi
    assert not any(kind == "removed" and symbol.startswith("blacksheep.baseapp") for kind, symbol in found)


# -- an archive that cannot be read through: the release's next artifact, keyed by its own sha256 --


def demo_pypi(tmp_path: Path, wheel: bytes, sdist: bytes | None) -> tuple[PyPIClient, dict[str, str]]:
    """A PyPI double listing `demo 1.0` as a pure wheel (and an sdist); the sha256 of each file by kind."""
    files = {"demo-1.0-py3-none-any.whl": wheel} | ({"demo-1.0.tar.gz": sdist} if sdist is not None else {})
    entries = [
        {"filename": name, "url": f"/files/{name}", "digests": {"sha256": hashlib.sha256(data).hexdigest()},
         "size": len(data), "packagetype": "sdist" if name.endswith(".tar.gz") else "bdist_wheel",
         "upload_time_iso_8601": "2023-01-01T00:00:00Z", "yanked": False, "requires_python": None}
        for name, data in files.items()
    ]
    doc = {"info": {"name": "demo", "version": "1.0"}, "last_serial": 1, "releases": {"1.0": entries}}

    def handler(request: httpx.Request) -> httpx.Response:
        name = request.url.path.removeprefix("/files/")
        return httpx.Response(200, content=files[name]) if name in files else httpx.Response(200, json=doc)

    client = PyPIClient(make_settings(tmp_path), transport=httpx.MockTransport(handler), retry_base_delay=0.0)
    return client, {"wheel": entries[0]["digests"]["sha256"], "sdist": entries[-1]["digests"]["sha256"]}


def corrupt_wheel(tmp_path: Path) -> bytes:
    members = {"demo/__init__.py": b"def kept(): ...\ndef gone(): ...\n"}
    return corrupt_zip(tmp_path / "corrupt.whl", members, "demo/__init__.py").read_bytes()


def sdist_bytes() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tf:
        data = b"def kept(): ...\n"
        info = tarfile.TarInfo("demo-1.0/demo/__init__.py")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


async def test_an_unreadable_wheel_gives_way_to_the_sdist_stored_under_its_own_sha256(
    tmp_path: Path, engine: Engine
) -> None:
    client, sha256 = demo_pypi(tmp_path, corrupt_wheel(tmp_path), sdist_bytes())
    async with client:
        surface = await Analyser(client, engine).surface("demo", "1.0")
        assert "demo.kept" in surface.symbols and "demo.gone" not in surface.symbols  # the sdist's code
        assert (await client.artifact("demo", "1.0")).sha256 == sha256["sdist"]  # found unreadable: passed over
    assert load_surface(engine, "demo", "1.0", sha256["sdist"]) is not None
    assert load_surface(engine, "demo", "1.0", sha256["wheel"]) is None  # never claimed as the wheel's surface


async def test_an_unreadable_last_artifact_or_a_hostile_one_is_still_an_error(tmp_path: Path) -> None:
    """The siblings: with nothing else to read, the corrupt wheel's own error; a wheel that tries to escape its
    folder is refused, not swapped for another file."""
    client, _ = demo_pypi(tmp_path / "alone", corrupt_wheel(tmp_path), None)
    async with client:
        with pytest.raises(UnreadableArchiveError, match="Bad CRC-32 for file 'demo/__init__.py'"):
            await client.readable("demo", "1.0")
    escaping = io.BytesIO()
    with zipfile.ZipFile(escaping, "w") as zf:
        zf.writestr("../evil.py", b"")
    client, _ = demo_pypi(tmp_path / "hostile", escaping.getvalue(), sdist_bytes())
    async with client:
        with pytest.raises(UnsafeArchiveError, match="path traversal"):
            await client.readable("demo", "1.0")


# -- a wheel whose packages sit in `NAME.data/purelib` or `platlib`: installed into site-packages all the same --


def test_tritonclient_2_72s_packages_in_data_purelib_are_read() -> None:
    old = pinned_surface("tritonclient", "2.72.0")
    assert old.symbols["tritonclient.http.InferenceServerClient"].file.startswith("tritonclient-2.72.0.data/purelib/")
    assert len(old.symbols) > 600
    assert changes("tritonclient", "2.72.0", "2.73.0") == {}  # 2.73.0 moved the same packages to the wheel's root


def test_a_data_purelib_module_still_claims_its_removals(tmp_path: Path) -> None:
    """A package moved from the root to `.data/platlib` is no removal; a function its module dropped is; what
    `.data/scripts` and `.data/data` hold installs elsewhere and is no module."""
    old = {"demo/__init__.py": "def keep(): ...\ndef gone(): ...\n", "extra.py": "def tool(): ...\n"}
    new = {
        "demo-2.0.data/platlib/demo/__init__.py": "def keep(): ...\n",
        "demo-2.0.data/purelib/extra.py": "def tool(): ...\n",
        "demo-2.0.data/scripts/run.py": "def main(): ...\n",
        "demo-2.0.data/data/share/demo/hook.py": "def hook(): ...\n",
    }
    found = diffed(tmp_path, old, new)
    assert set(found) == {("removed", "demo.gone")}
    assert not any(symbol.startswith(("run", "share", "hook")) for symbol in core_surface(tmp_path / "again", new).symbols)


# -- a `# type:` comment where the grammar allows none: a plain comment to Python, so the module is read --

STRAY = "def pick(flag):\n    if flag:\n        return 1\n    else:\n        # type: int\n        return 2\n"


def test_onnxruntime_backend_with_a_stray_type_comment_is_read() -> None:
    new = pinned_surface("onnxruntime", "1.21.0")
    assert "onnxruntime.backend.backend.OnnxRuntimeBackend.run_model" in new.symbols
    assert not [m for m in new.modules if m.module == "onnxruntime.backend.backend" and m.status.value != "ok"]
    found = changes("onnxruntime", "1.20.1", "1.21.0")
    assert ("removed", "onnxruntime.transformers.profiler.load_profile_json") in found  # moved to a new module
    assert not any(symbol.startswith("onnxruntime.backend") for _, symbol in found)


def test_a_module_with_a_stray_type_comment_claims_what_it_lost(tmp_path: Path) -> None:
    """The sibling: read at all, the module's removals are claimed; its well-placed type comments still read the
    same on both sides (dropping them claims nothing), and a real syntax error still leaves the module unread."""
    typed = "def f(x):\n    # type: (int) -> str\n    return ''\n\n"
    found = diffed(tmp_path, {"demo/__init__.py": typed + "def gone(): ...\n"}, {"demo/__init__.py": typed + STRAY})
    assert set(found) == {("removed", "demo.gone")}
    broken = core_surface(tmp_path / "broken", {"demo/__init__.py": STRAY + "def oops(:\n"})
    assert [m.status.value for m in broken.modules if m.module == "demo"] == ["unparsable"]
