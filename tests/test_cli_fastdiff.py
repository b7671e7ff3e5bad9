"""The second `diff` answered from the stored diff before typer or pydantic load (bot/cli/fastdiff.py): the same
output and exit code as the usual path, and the usual path whenever anything could make it answer otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.changes import Change, ChangeKind, Location, ObjectKind, ReleaseDiff, SignatureDelta
from bot.cli import errors, fastdiff
from bot.cli.fastdiff import stored_answer
from bot.cli.main import app
from bot.config import Settings, get_settings
from bot.storage.surfaces import save_diff

pytestmark = pytest.mark.backend("sqlite")  # the fast path reads the default SQLite file

CHANGES = [
    Change(symbol="demo.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION, detail="gone",
           deprecated_since="1.5", hint="Use 'urllib.parse.parse_qs' instead", old_location=Location(path="demo/urls.py", line=3)),
    Change(symbol="demo.Client.open", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.METHOD,
           detail="parameter 'as_tuple' removed", signature=SignatureDelta(removed=("as_tuple",)), aliases=("demo.test.Client.open",)),
    Change(symbol="demo._internal._log", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION, detail="gone"),
    Change(symbol="demo.escape", kind=ChangeKind.DEPRECATED, object=ObjectKind.FUNCTION, detail="use markupsafe"),
]


@pytest.fixture
def data_dir(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """DATA_DIR holding the default SQLite file with a stored diff of demo 1.0 -> 2.0; the environment holds no
    other setting, and the working directory no `.env`."""
    save_diff(engine, ReleaseDiff(package="demo", old="1.0", new="2.0", changes=CHANGES, notes=["demo.Base: a note"]))
    engine.dispose()
    assert engine.url.database is not None
    data = tmp_path / "data"
    data.mkdir()
    Path(engine.url.database).replace(data / "release-watch.db")
    for name in os.environ:
        if name.lower() in Settings.model_fields:
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATA_DIR", str(data))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield data
    get_settings.cache_clear()


@pytest.mark.parametrize("options", [[], ["--format", "json"], ["--private"], ["--format=json", "--private"]])
def test_the_fast_answer_is_the_usual_one(data_dir: Path, options: list[str]) -> None:
    answer = stored_answer(["diff", "demo", "1.0", "2.0", *options], os.environ, Path.cwd())
    usual = CliRunner().invoke(app, ["--debug", "diff", "demo", "1.0", "2.0", *options])
    assert answer is not None and (answer[0] + "\n", answer[1]) == (usual.output, usual.exit_code)
    assert answer[1] == 1 and ("_log" in answer[0]) == ("--private" in " ".join(options))


def test_anything_in_doubt_takes_the_usual_path(data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def answered(*args: str) -> bool:
        return stored_answer(list(args), os.environ, Path.cwd()) is not None

    assert answered("-q", "diff", "demo", "1.0", "2.0") and answered("diff", "Demo", "1.0", "2.0", "--format", "text")
    assert not answered("diff", "demo", "1.0", "3.0")  # nothing stored
    assert not answered("--debug", "diff", "demo", "1.0", "2.0") and not answered("diff", "demo", "1.0", "2.0", "--help")
    assert not answered("diff", "demo", "1.0", "2.0", "--format", "xml") and not answered("diff", "demo", "1.0")
    (tmp_path / "2.0").mkdir()
    assert not answered("diff", "demo", "1.0", "2.0")  # a local directory named like the version
    (tmp_path / "2.0").rmdir()
    for name, value in [("POLL_INTERVAL_SECONDS", "5"), ("DATABASE_URL", "sqlite:///x.db"), ("port", "0"),
                        ("LOG_LEVEL", "loud"), ("CACHE_DIR", str(data_dir / "release-watch.db"))]:
        with monkeypatch.context() as patch:
            patch.setenv(name, value)
            assert not answered("diff", "demo", "1.0", "2.0"), name
    with monkeypatch.context() as patch:
        patch.setenv("PYPI_URL", "http://127.0.0.1:9/")  # any value is valid: still answered
        assert answered("diff", "demo", "1.0", "2.0")
    (tmp_path / ".env").write_text("POLL_INTERVAL_SECONDS=5\n")
    assert not answered("diff", "demo", "1.0", "2.0")


def test_its_lists_follow_the_models() -> None:
    assert fastdiff._ALL_SETTINGS == set(Settings.model_fields)
    assert fastdiff.CHANGE_FIELDS == set(Change.model_fields)
    assert fastdiff.LOG_LEVELS == errors.LOG_LEVELS


def test_a_second_run_loads_neither_typer_nor_pydantic(data_dir: Path) -> None:
    probe = ("import sys\nfrom bot.cli.main import main\nsys.argv = ['release-watch', 'diff', 'demo', '1.0', '2.0']\n"
             "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
             "print(code, sorted(m for m in ('typer', 'click', 'pydantic', 'sqlalchemy', 'packaging') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=os.environ)
    assert result.stdout.splitlines()[0] == "demo 1.0 -> 2.0: 3 change(s) (1 change(s) to private names not shown: --private lists them)"
    assert result.stdout.splitlines()[-1] == "1 []", result.stderr


def test_a_wheel_install_answers_from_the_scripts_in_the_working_directory(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Docker image installs the wheel and copies alembic.ini and alembic/ to its working directory."""
    project = Path(__file__).resolve().parents[1]
    monkeypatch.setattr("bot.migration_scripts.PROJECT_ROOT", tmp_path / "site-packages")
    assert stored_answer(["diff", "demo", "1.0", "2.0"], os.environ, Path.cwd()) is None  # no scripts: no heads
    shutil.copy(project / "alembic.ini", tmp_path / "alembic.ini")
    shutil.copytree(project / "alembic", tmp_path / "alembic")
    answer = stored_answer(["diff", "demo", "1.0", "2.0"], os.environ, Path.cwd())
    assert answer is not None and answer[1] == 1 and "url_decode" in answer[0]
