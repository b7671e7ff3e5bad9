"""`release-watch poll --once` and `release-watch db upgrade`, end to end through the CLI."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from bot.adapters.pypi import PyPIClient
from bot.cli.main import app
from bot.config import DEFAULT_WATCHLIST, Settings, get_settings
from bot.storage.db import make_engine
from tests.pypi_replay import RecordedPyPI, recorded, serve_http


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A clean environment for a CLI run: data in tmp_path, settings re-read."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("GITHUB_", "DATABASE_URL", "PYPI_URL", "WATCHLIST")):
            monkeypatch.delenv(name)
    values = {"DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200", "HTTP_RETRIES": "1"}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield values
    get_settings.cache_clear()


def test_db_upgrade_creates_the_schema(env: dict[str, str], tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "database at revision head" in result.output
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'release-watch.db'}")
    assert {"watched_package", "release", "poll_run"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_poll_once_prints_a_row_per_package(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    pypi = RecordedPyPI({"flask-login": recorded("flask-login"), "flask-restx": recorded("flask-restx")})
    with serve_http(pypi) as url:
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("WATCHLIST", "flask-login,flask-restx")
        first = CliRunner().invoke(app, ["poll", "--once"])
        second = CliRunner().invoke(app, ["poll", "--once"])

    assert first.exit_code == 0, first.output
    assert re.search(r"Poll round 1: ok, 2 requests", first.output)
    assert re.search(r"flask-login\s+│ 0\.6\.3\s+│ 25 recorded\s+│\s+│\s+│ 0\.6\.3\s+│ baseline", first.output)
    assert re.search(r"flask-restx\s+│ 1\.3\.2\s+│ 17 recorded\s+│ 0\.0\.1\.dev0\s+│ 1\.0\.0\s+│ 1\.3\.2\s+│ baseline", first.output)
    assert second.exit_code == 0, second.output
    assert re.search(r"flask-login\s+│ 0\.6\.3\s+│\s+│\s+│\s+│\s+│ unchanged", second.output)


def test_poll_once_exits_2_when_a_package_fails(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    with serve_http(RecordedPyPI({"flask-login": recorded("flask-login")})) as url:
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("WATCHLIST", "flask-login,no-such-project-here")
        result = CliRunner().invoke(app, ["poll", "--once"])
    assert result.exit_code == 2
    assert "Poll round 1: partial" in result.output
    assert "error: NotFoundOnPyPI" in result.output


@pytest.mark.live
def test_poll_once_against_real_pypi_prints_each_latest_version(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "DATABASE_URL", "PYPI_URL", "WATCHLIST"))}
    env.update({"DATA_DIR": str(tmp_path / "data"), "COLUMNS": "200"})
    result = subprocess.run(
        [str(Path(sys.executable).parent / "release-watch"), "poll", "--once"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    async def latest() -> dict[str, str]:
        async with PyPIClient(Settings(_env_file=None, data_dir=tmp_path / "d2")) as client:  # type: ignore[call-arg]
            return {name: (await client.project(name)).latest_version for name in DEFAULT_WATCHLIST}

    for name, version in asyncio.run(latest()).items():
        assert re.search(rf"{re.escape(name)}\s+│ {re.escape(version)}\s+│", result.stdout), (name, version)


def test_db_upgrade_without_migration_scripts_is_a_clear_error(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.migration_scripts.PROJECT_ROOT", tmp_path / "site-packages")
    result = CliRunner().invoke(app, ["db", "upgrade"])
    assert result.exit_code == 2
    assert f"error: alembic.ini and alembic/ not found in {tmp_path / 'site-packages'} or {tmp_path}" in result.output


def test_db_upgrade_on_an_unreachable_database_is_a_clear_error(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://rw:secret@127.0.0.1:1/nowhere?connect_timeout=2")
    result = CliRunner().invoke(app, ["db", "upgrade"])
    assert result.exit_code == 2
    assert "error: cannot migrate the database: connection failed: connection to server at" in result.output
    assert "secret" not in result.output


def test_analyse_runs_the_queue_poll_once_filled(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert CliRunner().invoke(app, ["analyse"]).stdout == "nothing queued: run `release-watch poll --once` first\n"
    with serve_http(RecordedPyPI({"flask-login": recorded("flask-login")})) as url:
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("WATCHLIST", "flask-login")
        monkeypatch.setenv("HTTP_RETRIES", "0")
        get_settings.cache_clear()
        assert CliRunner().invoke(app, ["poll", "--once"]).exit_code == 0
    result = CliRunner().invoke(app, ["analyse"])  # PyPI is gone now: the queued release fails, and says why
    assert result.exit_code == 2, result.output
    assert re.fullmatch(r"flask-login 0\.6\.3: failed \(PyPIError: .+\)\n", result.stdout)
