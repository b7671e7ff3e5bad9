"""Work reused instead of redone: files unchanged between releases are parsed once, the deprecation history is
searched from the recent releases, and a stored diff is read without SQLAlchemy, migrations or PyPI."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.apidiff import modcache
from bot.apidiff.defmemo import DefMemo
from bot.apidiff.history import deprecated_since
from bot.apidiff.modcache import ModuleCache
from bot.apidiff.model import Surface, Symbol
from bot.apidiff.release import surface_of
from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.cli.db import migration_heads
from bot.storage.diff_lookup import stored_release_diff, stored_release_diff_sqlite
from bot.storage.surfaces import save_diff
from tests import test_apidiff_service as service
from tests.test_apidiff_core import wheel
from tests.test_apidiff_service import PinnedPyPI

analyser_for, client_for = service.analyser_for, service.client_for  # the fixtures, shared

SHARED = {
    "pkg/__init__.py": "from .core import f\n",
    "pkg/core.py": "def f(a, b=1): ...\nclass C:\n    def m(self): ...\n",
}


def test_unchanged_files_are_parsed_once_and_the_surface_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    read = modcache.read_module

    def counting(module: str, file: str, data: bytes, is_package: bool, memo: DefMemo | None = None) -> object:
        parsed.append(file)
        return read(module, file, data, is_package, memo)

    monkeypatch.setattr(modcache, "read_module", counting)
    old = wheel(tmp_path / "1.0", SHARED)
    new = wheel(tmp_path / "2.0", {**SHARED, "pkg/core.py": "def f(a): ...\nclass C:\n    def m(self): ...\n"})
    cache = ModuleCache()
    cached = [surface_of(old, "demo", "1.0", cache), surface_of(new, "demo", "2.0", cache)]
    assert sorted(parsed) == ["pkg/__init__.py", "pkg/core.py", "pkg/core.py"]  # __init__ read once for both
    assert cached == [surface_of(old, "demo", "1.0"), surface_of(new, "demo", "2.0")]


def test_module_cache_forgets_the_least_recently_used(tmp_path: Path) -> None:
    cache = ModuleCache(size=1)
    first = cache.read("pkg", "pkg/__init__.py", b"A = 1\n", True)
    assert cache.read("pkg", "pkg/__init__.py", b"A = 1\n", True) is first
    cache.read("pkg", "pkg/__init__.py", b"A = 2\n", True)
    assert cache.read("pkg", "pkg/__init__.py", b"A = 1\n", True) is not first


async def test_a_recent_deprecation_is_found_from_recent_releases_only() -> None:
    versions = [f"1.{minor}" for minor in range(64)]
    loaded: list[int] = []

    async def load(version: str) -> Surface | None:
        index = versions.index(version)
        loaded.append(index)
        symbol = Symbol("pkg.f", "function", target="pkg.f", deprecated="old" if index >= 60 else None)
        return Surface("pkg", version, {"pkg.f": symbol})

    assert await deprecated_since(["pkg.f"], versions, load) == {"pkg.f": "1.60"}
    assert min(loaded) >= 55 and len(set(loaded)) <= 5  # a bisection from the first release would read 1.31 first


async def test_an_old_deprecation_is_still_found() -> None:
    versions = [f"1.{minor}" for minor in range(10)]

    async def load(version: str) -> Surface | None:
        symbol = Symbol("pkg.f", "function", target="pkg.f", deprecated="old")
        return Surface("pkg", version, {"pkg.f": symbol})

    assert await deprecated_since(["pkg.f"], versions, load) == {"pkg.f": "1.0"}


CHANGE = Change(symbol="markupsafe.soft_unicode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION, detail="gone")


def _sqlite_file(engine: Engine) -> Path:
    assert engine.url.database is not None and engine.url.get_backend_name() == "sqlite"
    return Path(engine.url.database)


@pytest.mark.backend("sqlite")  # the sqlite3 lookup is for the default SQLite file
def test_sqlite_lookup_reads_what_the_sqlalchemy_lookup_reads(engine: Engine) -> None:
    save_diff(engine, ReleaseDiff(package="MarkupSafe", old="2.0.1", new="2.1.0", changes=[CHANGE]))
    database, heads = _sqlite_file(engine), migration_heads()
    found = stored_release_diff_sqlite(database, heads, "MarkupSafe", "2.0.1", "2.1.0")
    assert found is not None and found == stored_release_diff(engine, "markupsafe", "2.0.1", "2.1.0")
    assert found.changes == [CHANGE]
    assert stored_release_diff_sqlite(database, heads, "markupsafe", "2.0.0", "2.1.0") is None
    assert stored_release_diff_sqlite(database, {"0000_other"}, "markupsafe", "2.0.1", "2.1.0") is None  # not migrated
    assert stored_release_diff_sqlite(database.with_name("missing.db"), heads, "markupsafe", "2.0.1", "2.1.0") is None


def _copy_database(source: Path, target: Path) -> None:
    """A copy of the SQLite file with what its write-ahead log still holds: closing the last connection checkpoints
    the log only once no statement of it is alive, and a cursor the garbage collector has not reached yet keeps one
    (the copy of the bare file once lacked the diff under load, and the run went to PyPI)."""
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()


SECOND_RUN = """
import sys
from bot.cli.main import main
sys.argv = ["release-watch", "diff", "markupsafe", "2.0.1", "2.1.0", "--format", "json"]
try:
    main()
except SystemExit as e:
    code = e.code
print({"exit": code, "sqlalchemy": "sqlalchemy" in sys.modules, "engine": "bot.apidiff.surface" in sys.modules})
"""


@pytest.mark.backend("sqlite")  # the sqlite3 lookup is for the default SQLite file
def test_a_stored_diff_needs_no_sqlalchemy_engine_or_pypi(engine: Engine, tmp_path: Path) -> None:
    save_diff(engine, ReleaseDiff(package="markupsafe", old="2.0.1", new="2.1.0", changes=[CHANGE]))
    data = tmp_path / "data"
    data.mkdir()
    _copy_database(_sqlite_file(engine), data / "release-watch.db")
    env = {**os.environ, "DATA_DIR": str(data), "PYPI_URL": "http://127.0.0.1:9/", "LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", SECOND_RUN], env=env, capture_output=True, text=True, timeout=60)
    output, last = result.stdout.rsplit("\n", 2)[0], result.stdout.strip().splitlines()[-1]
    assert last == "{'exit': 1, 'sqlalchemy': False, 'engine': False}", result.stderr
    assert json.loads(output[: output.rindex("}") + 1])["changes"][0]["symbol"] == "markupsafe.soft_unicode"


def test_a_surface_is_reused_only_for_the_artifact_it_was_extracted_from(engine: Engine) -> None:
    from bot.storage.surfaces import load_surface, save_surface

    surface = Surface("demo", "1.0", {"demo.f": Symbol("demo.f", "function", target="demo.f")})
    save_surface(engine, surface, "a" * 64)
    assert load_surface(engine, "demo", "1.0", "a" * 64) == surface
    assert load_surface(engine, "demo", "1.0") == surface  # who does not know the file takes the release's
    assert load_surface(engine, "demo", "1.0", "b" * 64) is None  # a wheel uploaded after the sdist, say
    save_surface(engine, surface, "b" * 64)
    assert (
        load_surface(engine, "demo", "1.0", "b" * 64) == surface
        and load_surface(engine, "demo", "1.0", "a" * 64) is None
    )


async def test_the_analyser_keys_stored_surfaces_by_artifact_sha256(
    engine: Engine, client_for: Any, analyser_for: Any
) -> None:
    from sqlmodel import Session, select

    from bot.storage.models.analysis import ApiSurface

    pypi = PinnedPyPI({"markupsafe": ["2.0.1", "2.1.0"]})
    client = client_for(pypi)
    await analyser_for(client, engine).surface("markupsafe", "2.0.1")
    sha256 = (await client.artifact("markupsafe", "2.0.1")).sha256
    with Session(engine) as session:
        row = session.exec(select(ApiSurface).where(ApiSurface.version == "2.0.1")).one()
        assert row.artifact_sha256 == sha256
        row.artifact_sha256, row.surface_json = "0" * 64, row.surface_json.replace("soft_unicode", "gone_name")
        session.add(row)
        session.commit()
    again = await analyser_for(client, engine).surface("markupsafe", "2.0.1")  # the stored row is another file's
    assert "markupsafe.soft_unicode" in again.symbols
    with Session(engine) as session:
        assert session.exec(select(ApiSurface.artifact_sha256).where(ApiSurface.version == "2.0.1")).one() == sha256


async def test_releases_at_hand_bracket_the_search_before_any_extraction() -> None:
    versions = [f"1.{minor}" for minor in range(64)]
    loaded: list[int] = []

    async def load(version: str) -> Surface | None:
        index = versions.index(version)
        loaded.append(index)
        symbol = Symbol("pkg.f", "function", target="pkg.f", deprecated="old" if index >= 40 else None)
        return Surface("pkg", version, {"pkg.f": symbol})

    assert await deprecated_since(["pkg.f"], versions, load, at_hand={"1.10", "1.38", "1.42"}) == {"pkg.f": "1.40"}
    assert set(loaded) - {10, 38, 42, 63} <= {39, 40, 41}


async def test_the_analyser_searches_from_the_stored_surfaces(
    engine: Engine, client_for: Any, analyser_for: Any
) -> None:
    from bot.storage.surfaces import stored_versions

    pypi = PinnedPyPI({"werkzeug": service.WERKZEUG})
    await analyser_for(client_for(pypi), engine).surface("werkzeug", "2.3.1")  # stored by an earlier analysis
    diff = await analyser_for(client_for(pypi), engine).compare("werkzeug", "3.0.0")
    decode = next(c for c in diff.changes if c.symbol == "werkzeug.urls.url_decode")
    assert decode.deprecated_since == "2.3.0"
    assert stored_versions(engine, "werkzeug") == {"2.2.3", "2.3.0", "2.3.1", "2.3.8", "3.0.0"}  # not 2.3.4
