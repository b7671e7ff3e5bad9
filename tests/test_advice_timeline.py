"""The incident's timeline replayed end to end: werkzeug 2.2.3 → 2.3.0 → 3.0.0 against flask-login 0.6.2's real
source on the fake GitHub (and, in the last test, published one release at a time on a fake PyPI and found by the
poller). A deprecation warns without a bound; the removal caps exactly its release, once."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.changes import ReleaseDiff
from bot.config import Settings
from bot.jobs.analysis_queue import analyse_pending_releases
from bot.jobs.pipeline import pin_from_issue, process_new_releases, process_release, rescan_repository
from bot.jobs.scheduler import run_cycle
from bot.runtime import Runtime
from bot.storage.surfaces import save_diff
from tests.artifacts import CACHE_DIR
from tests.fake_github import FakeGitHub
from tests.pypi_replay import serve_http
from tests.test_pipeline import LOGIN, OWNER, _flask_login_files, werkzeug_23_diff, werkzeug_diff
from tests.test_scan_cli import PinnedProject

__all__ = ["werkzeug_23_diff", "werkzeug_diff"]  # module-scoped fixtures shared with test_pipeline

MIGRATION = (("from werkzeug.urls import url_decode\n", "from urllib.parse import parse_qs\n"),
             ("from werkzeug.urls import url_encode\n", "from urllib.parse import urlencode\n"))


def _changed_lines(fake: FakeGitHub, base_sha: str, branch: str) -> list[tuple[str, str, str]]:
    repo = fake.repo(OWNER, "flask-login")
    before, after = repo.commits[base_sha].files, repo.head(branch).files
    changed = []
    for path in sorted(set(before) | set(after)):
        old, new = before.get(path, b"").decode().splitlines(), after.get(path, b"").decode().splitlines()
        assert len(old) == len(new), path
        changed += [(path, a, b) for a, b in zip(old, new, strict=True) if a != b]
    return changed


async def _replay(engine: Engine, fake: FakeGitHub, settings: Settings, app: GitHubApp, config: bytes | None,
                  diff_23: ReleaseDiff, diff_30: ReleaseDiff) -> tuple[int, str, list[str], int]:
    """2.3.0, then 3.0.0 (each announced twice, as a redelivered poll would): the warning's number, the base
    commit, the issues 2.3.0 left behind and the installation."""
    inst = fake.add_installation(account=OWNER, account_type="User")
    files = _flask_login_files() | ({".github/release-watch.yml": config} if config else {})
    fake.add_repo(OWNER, "flask-login", files, installation=inst.id)
    base_sha = fake.branch_sha(OWNER, "flask-login")
    async with PyPIClient(settings) as pypi:
        rt = Runtime(settings=settings, engine=engine, pypi=pypi, github=app)
        await rescan_repository(rt, inst.id, LOGIN)
        save_diff(engine, diff_23)
        for _ in range(2):
            await process_release(rt, "werkzeug", "2.3.0")
        after_23 = [f"{i.state} {i.title}" for i in fake.issues(OWNER, "flask-login")]
        [warning] = fake.issues(OWNER, "flask-login")
        body = warning.body or ""
        assert fake.pulls(OWNER, "flask-login") == []  # a deprecation never gets a PR
        assert "<2.3" not in body and "```\nWerkzeug" not in body  # flask-login is a library: no cap at all
        assert "will be removed in Werkzeug 2.4. Use 'urllib.parse.parse_qs' instead. Deprecated since 2.3.0.\n" in body
        assert ".." not in body and "Maintenance risk" not in body
        assert ("Werkzeug 2.3.0 still works, so this needs no upper bound now. The warnings announce their removal in "
                "Werkzeug 2.4. This repository publishes a distribution, so a cap would constrain every project that "
                "installs it: migrate rather than cap.") in body
        save_diff(engine, diff_30)
        for _ in range(2):
            await process_release(rt, "werkzeug", "3.0.0")
    return warning.number, base_sha, after_23, inst.id


async def test_issue_mode_warns_at_2_3_and_opens_one_removal_issue_at_3_0(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_23_diff: ReleaseDiff, werkzeug_diff: ReleaseDiff,
) -> None:
    number, _, after_23, _ = await _replay(
        engine, fake_github, github_settings, github_app, None, werkzeug_23_diff, werkzeug_diff)
    assert after_23 == ["open Werkzeug 2.3.0 deprecates APIs this repository uses"]
    warning, removal = fake_github.issues(OWNER, "flask-login")
    assert (warning.number, warning.state) == (number, "closed")
    assert warning.comments[0].body.startswith("Closing: a newer Werkzeug release now removes these APIs")
    assert (removal.title, removal.state) == ("Werkzeug 3.0.0 removes APIs this repository uses", "open")
    body = removal.body or ""
    assert ("### What to do\n\nMigrate the uses above (see the hints under *What changed*). This repository "
            "publishes a distribution, so a cap constrains every project that installs it") in body
    assert "```\nWerkzeug>=1.0.1,<3\n```" in body
    assert fake_github.pulls(OWNER, "flask-login") == []


async def test_pr_mode_opens_exactly_one_pr_the_single_line_cap_and_closes_it_once_migrated(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_23_diff: ReleaseDiff, werkzeug_diff: ReleaseDiff,
) -> None:
    number, base_sha, after_23, installation = await _replay(
        engine, fake_github, github_settings, github_app, b"mode: pr\n", werkzeug_23_diff, werkzeug_diff)
    assert after_23 == ["open Werkzeug 2.3.0 deprecates APIs this repository uses"]  # no PR can carry a warning
    [warning] = fake_github.issues(OWNER, "flask-login")
    assert (warning.number, warning.state) == (number, "closed")
    [pr] = fake_github.pulls(OWNER, "flask-login")
    assert pr.title == "Add an upper bound on Werkzeug (<3)"
    assert pr.pull is not None
    assert _changed_lines(fake_github, base_sha, pr.pull.head) == [
        ("setup.py", '        "Werkzeug>=1.0.1",', '        "Werkzeug>=1.0.1,<3",')
    ]

    # The code migrates: the PR's reason is gone, so it is closed with a comment saying why.
    utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
    for old, new in MIGRATION:
        utils = utils.replace(old, new)
    fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": utils})
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        await rescan_repository(rt, installation, LOGIN)
    [closed] = fake_github.pulls(OWNER, "flask-login")
    assert closed.state == "closed"
    assert closed.comments[-1].body.startswith(
        "Closing: this repository is no longer affected by Werkzeug 3.0.0 at")
    assert "(the code no longer uses what changed).\n" in closed.comments[-1].body


class _Timeline(PinnedProject):
    """werkzeug on a fake PyPI whose releases appear one poll at a time (pinned wheels from the artifact cache)."""

    def __init__(self) -> None:
        super().__init__("werkzeug", ["2.2.3"])
        self.serial = 1

    def publish(self, version: str) -> None:
        versions = [*self.doc["releases"], version]
        self.doc = PinnedProject("werkzeug", versions).doc
        self.serial += 1
        self.doc["last_serial"] = self.serial


async def test_the_timeline_through_the_fake_pypi_and_github_in_pr_mode(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
) -> None:
    pypi_double = _Timeline()
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "flask-login", _flask_login_files() | {".github/release-watch.yml": b"mode: pr\n"},
                         installation=inst.id)
    base_sha = fake_github.branch_sha(OWNER, "flask-login")
    steps = [analyse_pending_releases, process_new_releases]
    with serve_http(pypi_double) as url:  # type: ignore[arg-type]
        settings = github_settings.model_copy(update={"pypi_url": url, "cache_dir": CACHE_DIR, "watchlist": ("werkzeug",)})
        async with PyPIClient(settings) as pypi:
            rt = Runtime(settings=settings, engine=engine, pypi=pypi, github=github_app)
            await rescan_repository(rt, inst.id, LOGIN)
            assert await run_cycle(rt, steps)  # the baseline: 2.2.3
            pypi_double.publish("2.3.0")
            assert await run_cycle(rt, steps)
            [warning] = fake_github.issues(OWNER, "flask-login")
            assert (warning.title, warning.state) == ("Werkzeug 2.3.0 deprecates APIs this repository uses", "open")
            assert "<2.3" not in (warning.body or "") and fake_github.pulls(OWNER, "flask-login") == []
            pypi_double.publish("3.0.0")
            assert await run_cycle(rt, steps)
            assert await run_cycle(rt, steps)  # nothing new: nothing changes
    [closed] = fake_github.issues(OWNER, "flask-login")
    assert (closed.number, closed.state) == (warning.number, "closed")
    [pr] = fake_github.pulls(OWNER, "flask-login")
    assert (pr.title, pr.state) == ("Add an upper bound on Werkzeug (<3)", "open")
    assert pr.pull is not None
    assert _changed_lines(fake_github, base_sha, pr.pull.head) == [
        ("setup.py", '        "Werkzeug>=1.0.1",', '        "Werkzeug>=1.0.1,<3",')
    ]


async def test_pin_on_a_deprecation_warning_opens_no_pr(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_23_diff: ReleaseDiff,
) -> None:
    save_diff(engine, werkzeug_23_diff)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "flask-login", _flask_login_files(), installation=inst.id)
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        await rescan_repository(rt, inst.id, LOGIN)
        [warning] = fake_github.issues(OWNER, "flask-login")
        assert await pin_from_issue(rt, None, LOGIN, warning.number) is None
    assert fake_github.pulls(OWNER, "flask-login") == []
