"""Every user mistake in arguments, settings or environment: at most four lines, exit 2, no traceback."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.errors import UserError
from bot.cli.main import app
from bot.config import get_settings


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PYPI_URL", "http://127.0.0.1:9")  # nothing here may reach PyPI
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def _mistake(args: list[str], expected: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output  # handled, not raised
    assert 1 <= len(result.output.strip().splitlines()) <= 4, result.output
    assert expected in result.stderr, result.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (["diff", "werkzeug", "not-a-version", "3.0.0"], "error: OLD 'not-a-version' is not a version"),
    (["diff", "werkzeug", "3.0.0", "2.3.8"], "error: OLD (3.0.0) must be older than NEW (2.3.8); swap them"),
    (["diff", "werkzeug", "3.0.0", "3.0.0"], "error: OLD and NEW are the same release (3.0.0)"),
    (["diff", "werkzeug", "2.3.8"], "Missing argument 'NEW'"),
    (["scan", ".", "--against", "werkzeug"], "error: expected PKG==VERSION, got 'werkzeug'"),
    (["diff", "werkzeug", "2.3.8", "3.0.0", "--format", "yaml"], "Invalid value for '--format'"),
])
def test_argument_mistakes(args: list[str], expected: str) -> None:
    _mistake(args, expected)


@pytest.mark.parametrize(("variable", "value", "expected"), [
    ("POLL_INTERVAL_SECONDS", "abc", "error: POLL_INTERVAL_SECONDS='abc': Input should be a valid integer"),
    ("POLL_INTERVAL_SECONDS", "5", "error: POLL_INTERVAL_SECONDS='5': Input should be greater than or equal to 30"),
    ("DATABASE_URL", "garbage", "error: DATABASE_URL does not parse as a database URL"),
    ("GITHUB_APP_ID", "s3cret", "error: GITHUB_APP_ID: Input should be a valid integer"),
    ("DATABASE_URL", "mysql://u:p@127.0.0.1/db", "error: DATABASE_URL uses 'mysql'"),
    ("PORT", "70000", "error: PORT=70000 is not a TCP port"),
    ("LOG_LEVEL", "loud", "error: LOG_LEVEL='loud' is not a logging level"),
])
@pytest.mark.parametrize("command", [["db", "upgrade"], ["poll", "--once"], ["analyse"], ["serve"],
                                     ["diff", "werkzeug", "2.3.8", "3.0.0"], ["scan", "."], ["audit", "."]])
def test_settings_are_checked_before_every_command(monkeypatch: pytest.MonkeyPatch, command: list[str],
                                                   variable: str, value: str, expected: str) -> None:
    monkeypatch.setenv(variable, value)
    _mistake(command, expected)


def test_data_dir_on_a_file_or_below_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "afile").write_text("x")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "afile"))
    _mistake(["db", "upgrade"], f"error: DATA_DIR={tmp_path / 'afile'} is a file; point DATA_DIR at a directory")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "afile" / "sub"))
    get_settings.cache_clear()
    _mistake(["diff", "werkzeug", "2.3.8", "3.0.0"], f"lies below the file {tmp_path / 'afile'}")


def test_unreachable_database_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://user:pw@127.0.0.1:9/db")
    _mistake(["db", "upgrade"], "error: cannot migrate the database: connection failed")


def test_serve_on_a_busy_port_starts_nothing(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        _mistake(["serve", "--port", str(port)], f"error: cannot listen on 127.0.0.1:{port}: Address already in use")
    assert not (tmp_path / "data").exists()  # no migration, no scheduler, no poll round ran


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "garbage")
    result = CliRunner().invoke(app, ["--debug", "db", "upgrade"])
    assert isinstance(result.exception, UserError) and result.exit_code == 1


def test_help_works_with_broken_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLL_INTERVAL_SECONDS", "abc")
    result = CliRunner().invoke(app, ["diff", "--help"])
    assert result.exit_code == 0 and "text|json" in result.output


def test_version_loads_no_web_database_or_audit_stack() -> None:
    probe = ("import sys; from bot.cli.main import main; sys.argv = ['release-watch', '--version']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('fastapi', 'sqlalchemy', 'sqlmodel', 'pip_audit', 'uvicorn', 'httpx', "
             "'pydantic', 'alembic', 'rich') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["release-watch 0.1.0", "[]"]


def test_progress_names_each_step() -> None:
    from bot.cli.progress import describe

    record = logging.LogRecord("bot.adapters.pypi", logging.INFO, __file__, 1, "downloading", None, None)
    record.file, record.size = "Werkzeug-3.0.0-py3-none-any.whl", 226_700
    assert describe(record) == "downloading Werkzeug-3.0.0-py3-none-any.whl 0.2 MB"


@pytest.mark.parametrize(("tty", "quiet", "shown"), [(True, False, True), (False, False, False), (True, True, False)])
def test_progress_only_on_a_terminal_without_quiet(monkeypatch: pytest.MonkeyPatch, tty: bool, quiet: bool,
                                                    shown: bool) -> None:
    import click

    from bot.cli.progress import enabled

    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    ctx = click.Context(click.Command("release-watch"), obj={"quiet": quiet})
    assert enabled(ctx) is shown


def test_diff_breaking_kinds_are_the_judges() -> None:
    from bot.cli.diff import BREAKING_KINDS
    from bot.usage import BREAKING_KINDS as JUDGED

    assert BREAKING_KINDS == {kind.value for kind in JUDGED}


def test_audit_help_names_the_services_pip_audit_offers() -> None:
    from bot.adapters.audit import SERVICES
    from bot.cli.audit_command import SERVICE_NAMES

    assert set(SERVICE_NAMES) == set(SERVICES)
