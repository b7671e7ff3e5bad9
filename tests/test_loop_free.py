"""The pipeline and the sender never run a database statement on the event loop: each unit of work is a thread."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlalchemy import Engine, event

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.changes import ReleaseDiff
from bot.config import Settings
from bot.jobs.pipeline import (
    forget_repository,
    ignore_package,
    pin_from_issue,
    process_new_releases,
    record_dismissal,
    rescan_repository,
)
from bot.runtime import Runtime
from bot.storage.surfaces import save_diff
from tests.fake_github import FakeGitHub
from tests.test_pipeline import BOUNDED_FILES, OWNER, werkzeug_diff  # noqa: F401  (module fixture)

WATCHED = {str(Path("bot/jobs/pipeline.py")), str(Path("bot/jobs/sender.py"))}
REPO = f"{OWNER}/app"


def _owner(frame: FrameType | None) -> str | None:
    """The innermost bot module outside storage that led to this statement."""
    while frame is not None:
        path = frame.f_code.co_filename
        if "/bot/" in path and "/bot/storage/" not in path:
            return "bot/" + path.split("/bot/", 1)[1]
        frame = frame.f_back
    return None


@pytest.fixture
def on_loop(engine: Engine) -> Iterator[list[str]]:
    """Every statement executed on a thread that runs an event loop, by the module that issued it."""
    seen: list[str] = []

    def check(*_: Any) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # a worker thread: fine
        seen.append(_owner(sys._getframe(1)) or "?")

    event.listen(engine, "before_cursor_execute", check)
    yield seen
    event.remove(engine, "before_cursor_execute", check)


async def test_pipeline_and_sender_keep_the_loop_free(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff, on_loop: list[str],  # noqa: F811
) -> None:
    breaking = "from werkzeug.urls import url_decode\n\nprint(url_decode('a=1'))\n"
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "app", {"requirements.txt": "Werkzeug>=2\n", "app.py": breaking,
                                        ".github/release-watch.yml": "mode: [oops\n"}, installation=inst.id)
    save_diff(engine, werkzeug_diff)
    on_loop.clear()
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        assert await rescan_repository(rt, inst.id, REPO) >= 2  # the finding and the config-error issue
        await process_new_releases(rt)
        [issue] = [i for i in fake_github.issues(OWNER, "app") if "Werkzeug" in i.title]
        assert await pin_from_issue(rt, None, REPO, issue.number) is not None
        assert await ignore_package(rt, None, REPO, "werkzeug", None) == 1
        assert await record_dismissal(rt, REPO, issue.number) is False  # closed by us already: not a dismissal
        await forget_repository(rt, REPO)
    assert [owner for owner in on_loop if owner in WATCHED] == []


async def test_dry_run_keeps_the_loop_free(
    engine: Engine, github_settings: Settings, werkzeug_diff: ReleaseDiff, on_loop: list[str],  # noqa: F811
) -> None:
    save_diff(engine, werkzeug_diff)
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=None)
        await rescan_repository(rt, 1, REPO)  # nothing stored to scan: dry run
        await process_new_releases(rt)
    assert [owner for owner in on_loop if owner in WATCHED] == []
