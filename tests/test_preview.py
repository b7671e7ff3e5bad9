"""`scan --format markdown` prints exactly the issue the App opens: flask-login 0.6.2 against werkzeug 3.0.0, the
App side on the fake GitHub (real pipeline), the CLI side on the same files as a local checkout."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.changes import ReleaseDiff
from bot.cli.main import app
from bot.cli.preview import github_identity
from bot.config import Settings, get_settings
from bot.jobs.pipeline import rescan_repository
from bot.runtime import Runtime
from bot.storage.db import make_engine, upgrade
from bot.storage.surfaces import save_diff
from tests.fake_github import FakeGitHub
from tests.pypi_replay import serve_http
from tests.test_pipeline import LOGIN, OWNER, _flask_login_files, engine_diff
from tests.test_scan_cli import PinnedProject


@pytest.fixture(scope="module")
def werkzeug_3() -> ReleaseDiff:
    return engine_diff("werkzeug", "2.3.8", "3.0.0")


def _checkout(root: Path, files: dict[str, bytes], remote: str | None, sha: str | None) -> Path:
    for path, data in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    if remote is not None and sha is not None:
        (root / ".git" / "refs" / "heads").mkdir(parents=True)
        (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
        (root / ".git" / "refs" / "heads" / "main").write_text(f"{sha}\n")
        (root / ".git" / "config").write_text(f'[core]\n\tbare = false\n[remote "origin"]\n\turl = {remote}\n')
    return root


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, werkzeug_3: ReleaseDiff) -> Iterator[None]:
    """The CLI's own database already holds the werkzeug 3.0.0 diff (as after an earlier run); PyPI is a double."""
    data = tmp_path / "cli-data"
    url = f"sqlite:///{data / 'release-watch.db'}"
    upgrade(url)
    engine = make_engine(url)
    save_diff(engine, werkzeug_3)
    engine.dispose()
    with serve_http(PinnedProject("werkzeug", ["2.3.8", "3.0.0"])) as base:  # type: ignore[arg-type]
        for name, value in {"PYPI_URL": base, "DATA_DIR": str(data), "HTTP_RETRIES": "0"}.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        yield
    get_settings.cache_clear()


def _preview(root: Path) -> str:
    result = CliRunner().invoke(app, ["scan", str(root), "--against", "werkzeug==3.0.0", "--format", "markdown"])
    assert (result.exit_code, type(result.exception)) == (1, SystemExit), result.output
    return result.stdout


async def test_preview_is_the_issue_the_app_opens(
    cli_env: None, tmp_path: Path, engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp,
    github_settings: Settings, werkzeug_3: ReleaseDiff,
) -> None:
    save_diff(engine, werkzeug_3)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "flask-login", _flask_login_files(), installation=inst.id)
    async with PyPIClient(github_settings) as pypi:
        await rescan_repository(Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app),
                                inst.id, LOGIN)
    [issue] = fake_github.issues(OWNER, "flask-login")
    sha = fake_github.branch_sha(OWNER, "flask-login")
    root = _checkout(tmp_path / "flask-login", _flask_login_files(), f"git@github.com:{LOGIN}.git", sha)
    assert github_identity(root) == (LOGIN, sha)
    assert await asyncio.to_thread(_preview, root) == f"# {issue.title}\n\n{issue.body}"  # the CLI runs its own loop


def test_preview_without_a_github_remote_links_relative_paths(cli_env: None, tmp_path: Path) -> None:
    text = _preview(_checkout(tmp_path / "checkout", _flask_login_files(), None, None))
    assert text.startswith("# Werkzeug 3.0.0 removes APIs this repository uses\n\n")
    assert "| `werkzeug.urls.url_decode` | removed | [src/flask_login/utils.py:14](src/flask_login/utils.py#L14) |" in text
    assert "Requirement: `Werkzeug>=1.0.1` in [setup.py:8](setup.py#L8) at `working tree`." in text
    assert "```\nWerkzeug>=1.0.1,<3\n```" in text
    assert "https://github.com" not in text
