"""End to end on the fake GitHub: werkzeug 3.0.0 (real API diff) against a flask-login 0.6.2 checkout and a bounded app."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.apidiff.diff import diff_surfaces
from bot.changes import ObjectKind, ReleaseDiff
from bot.config import Settings
from bot.findings.render import find_marker
from bot.jobs.analysis_worker import Extractor
from bot.jobs.pipeline import (
    ignore_package,
    pin_from_issue,
    process_release,
    record_dismissal,
    rescan_repository,
    send_pending_actions,
)
from bot.runtime import Runtime
from bot.storage.models.actions import Action, ActionState, FindingRow, InstalledRepo
from bot.storage.surfaces import save_diff
from tests.artifacts import unpacked_release
from tests.fake_github import FakeGitHub

OWNER = "maxcountryman"
LOGIN = f"{OWNER}/flask-login"
BOUNDED = f"{OWNER}/bounded-app"
KEY = f"{LOGIN}:werkzeug==3.0.0"
SETUP_LINE = 8  # `"Werkzeug>=1.0.1",` in flask-login 0.6.2's setup.py


def _flask_login_files() -> dict[str, bytes]:
    """The real flask-login 0.6.2 sources (setup files, package, requirements) from its sdist."""
    root = unpacked_release("flask-login", "0.6.2", "sdist") / "Flask-Login-0.6.2"
    wanted = ["setup.py", "setup.cfg", *[f"src/flask_login/{p.name}" for p in (root / "src/flask_login").glob("*.py")],
              *[f"requirements/{p.name}" for p in (root / "requirements").glob("*.txt")]]
    return {path: (root / path).read_bytes() for path in sorted(wanted)}


BOUNDED_FILES = {
    "requirements.txt": "Flask>=2.2,<3\nWerkzeug>=2.0,<3\n",
    "app.py": "from werkzeug.urls import url_decode\n\nprint(url_decode('a=1'))\n",
}


def engine_diff(package: str, old: str, new: str) -> ReleaseDiff:
    """`old` → `new` computed by the real API diff engine from the real (pinned) wheels; once per session (four test
    modules store the same werkzeug diff), each caller getting its own copy."""
    return _engine_diff(package, old, new).model_copy(deep=True)


@lru_cache(maxsize=8)  # the few werkzeug pairs these modules ask for, however many other tests the process runs
def _engine_diff(package: str, old: str, new: str) -> ReleaseDiff:
    async def build() -> ReleaseDiff:
        extractor = Extractor()
        before, after = await asyncio.gather(
            extractor.surface(unpacked_release(package, old), package, old),
            extractor.surface(unpacked_release(package, new), package, new),
        )
        return ReleaseDiff(package=package, old=old, new=new, changes=diff_surfaces(before, after))

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, build()).result()


@pytest.fixture(scope="module")
def werkzeug_diff() -> ReleaseDiff:
    """werkzeug 2.3.8 → 3.0.0, by the real engine."""
    return engine_diff("werkzeug", "2.3.8", "3.0.0")


@pytest.fixture
async def runtime(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings, werkzeug_diff: ReleaseDiff
) -> AsyncIterator[Runtime]:
    """Two repositories in one installation, scanned; the werkzeug 3.0.0 diff stored as the poller would."""
    save_diff(engine, werkzeug_diff)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "flask-login", _flask_login_files(), installation=inst.id)
    fake_github.add_repo(OWNER, "bounded-app", BOUNDED_FILES, installation=inst.id)
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        rt.installation_id = inst.id  # type: ignore[attr-defined]
        for name in (LOGIN, BOUNDED):
            await rescan_repository(rt, inst.id, name)
        yield rt


def _actions(engine: Engine) -> list[Action]:
    with Session(engine) as session:
        return list(session.exec(select(Action).order_by(Action.id)).all())


def _writes(fake: FakeGitHub) -> list[str]:
    return [f"{c.method} {c.path}" for c in fake.calls() if c.method != "GET" and "access_tokens" not in c.path]


async def test_werkzeug_3_opens_exactly_one_issue_on_the_affected_repository(
    runtime: Runtime, fake_github: FakeGitHub, engine: Engine
) -> None:
    # The rescans at install time already evaluated the stored diff; processing the release adds nothing more.
    await process_release(runtime, "werkzeug", "3.0.0")
    issues = fake_github.issues(OWNER, "flask-login")
    assert [i.title for i in issues] == ["Werkzeug 3.0.0 removes APIs this repository uses"]
    assert fake_github.issues(OWNER, "bounded-app") == []
    body = issues[0].body or ""
    sha = fake_github.branch_sha(OWNER, "flask-login")
    assert find_marker(body) == KEY
    assert (f"Requirement: `Werkzeug>=1.0.1` in [setup.py:{SETUP_LINE}](https://github.com/{LOGIN}/blob/{sha}/setup.py#L{SETUP_LINE})"
            in body)
    assert (f"| `werkzeug.urls.url_decode` | removed | [src/flask_login/utils.py:14](https://github.com/{LOGIN}/blob/{sha}"
            "/src/flask_login/utils.py#L14) | no |") in body
    assert "| `werkzeug.urls.url_encode` | removed | [src/flask_login/utils.py:15]" in body
    assert "Migration hint: Use 'urllib.parse.parse_qs' instead" in body
    assert "```\nWerkzeug>=1.0.1,<3\n```" in body
    assert sorted(issues[0].labels) == ["dependencies", "release-watch"]
    [action] = _actions(engine)
    assert (action.key, action.state, action.issue_number) == (KEY, ActionState.SENT, issues[0].number)
    with Session(engine) as session:
        rows = session.exec(select(FindingRow).where(FindingRow.action_id == action.id)).all()
    assert {(r.symbol, r.path, r.line) for r in rows} >= {
        ("werkzeug.urls.url_decode", "src/flask_login/utils.py", 14),
        ("werkzeug.urls.url_encode", "src/flask_login/utils.py", 15),
    }

    fake_github.reset_calls()
    for _ in range(2):
        await process_release(runtime, "werkzeug", "3.0.0")
        await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    assert len(fake_github.issues(OWNER, "flask-login")) == 1
    assert _writes(fake_github) == []


async def test_unchanged_repository_costs_at_most_three_calls_all_304(runtime: Runtime, fake_github: FakeGitHub) -> None:
    # Opening the issue changed the repository (its open_issues_count, hence its ETag): one scan sees that.
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    fake_github.reset_calls()
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    calls = [c for c in fake_github.calls() if "access_tokens" not in c.path]
    assert len(calls) <= 3, calls
    assert {c.status for c in calls} == {304}, calls


async def test_a_push_adding_the_bound_closes_the_issue(runtime: Runtime, fake_github: FakeGitHub, engine: Engine) -> None:
    setup = fake_github.file(OWNER, "flask-login", "setup.py") or ""
    fake_github.push(OWNER, "flask-login", {"setup.py": setup.replace('"Werkzeug>=1.0.1"', '"Werkzeug>=1.0.1,<3"')})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    [issue] = fake_github.issues(OWNER, "flask-login")
    assert issue.state == "closed"
    sha = fake_github.branch_sha(OWNER, "flask-login")
    assert issue.comments[-1].body.startswith(
        f"Closing: this repository is no longer affected by Werkzeug 3.0.0 at [`{sha[:12]}`]"
        f"(https://github.com/{LOGIN}/commit/{sha}) (the requirement no longer admits it)."
    )
    [action] = _actions(engine)
    assert (action.want_open, action.closed_reason, action.state) == (False, "bounded", ActionState.SENT)
    await process_release(runtime, "werkzeug", "3.0.0")
    assert len(fake_github.issues(OWNER, "flask-login")) == 1
    assert len(issue.comments) == 1


async def test_a_persons_close_is_respected(runtime: Runtime, fake_github: FakeGitHub, engine: Engine) -> None:
    [issue] = fake_github.issues(OWNER, "flask-login")
    fake_github.close_issue(OWNER, "flask-login", issue.number, by="maxcountryman", reason="not_planned")
    assert await record_dismissal(runtime, LOGIN, issue.number) is True
    # The code moves (new line numbers, so the body would change) and the release is processed again.
    utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
    fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": "# moved\n" + utils})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    await process_release(runtime, "werkzeug", "3.0.0")
    [still] = fake_github.issues(OWNER, "flask-login")
    assert (still.state, still.state_reason, still.comments) == ("closed", "not_planned", [])
    assert [a.state for a in _actions(engine)] == [ActionState.DISMISSED]


async def test_a_close_missed_by_webhooks_is_noticed_when_the_issue_would_change(
    runtime: Runtime, fake_github: FakeGitHub, engine: Engine
) -> None:
    [issue] = fake_github.issues(OWNER, "flask-login")
    fake_github.close_issue(OWNER, "flask-login", issue.number, by="maxcountryman")
    utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
    fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": "\n" + utils})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    assert [i.state for i in fake_github.issues(OWNER, "flask-login")] == ["closed"]
    assert [a.state for a in _actions(engine)] == [ActionState.DISMISSED]


async def test_ignore_closes_the_issue_and_stops_findings(runtime: Runtime, fake_github: FakeGitHub, engine: Engine) -> None:
    assert await ignore_package(runtime, None, LOGIN, "Werkzeug", None) == 1
    [issue] = fake_github.issues(OWNER, "flask-login")
    assert issue.state == "closed"
    assert issue.comments[-1].body.startswith(
        "Closing: findings about Werkzeug are ignored in this repository, as asked (`@release-watch ignore`).")
    await process_release(runtime, "werkzeug", "3.0.0")
    assert len(fake_github.issues(OWNER, "flask-login")) == 1


async def test_mode_pr_opens_one_pr_whose_diff_is_the_single_added_bound(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    save_diff(engine, werkzeug_diff)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    files = _flask_login_files() | {".github/release-watch.yml": b"mode: pr\n"}
    fake_github.add_repo(OWNER, "flask-login", files, installation=inst.id)
    base_sha = fake_github.branch_sha(OWNER, "flask-login")
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        await rescan_repository(rt, inst.id, LOGIN)
        await process_release(rt, "werkzeug", "3.0.0")
        await rescan_repository(rt, inst.id, LOGIN)
    assert fake_github.issues(OWNER, "flask-login") == []
    [pr] = fake_github.pulls(OWNER, "flask-login")
    assert pr.title == "Add an upper bound on Werkzeug (<3)"
    assert pr.pull is not None and (pr.pull.head, pr.pull.base) == ("release-watch/werkzeug-3.0.0", "main")
    assert find_marker(pr.body) == KEY
    branch = "release-watch/werkzeug-3.0.0"
    head = fake_github.repo(OWNER, "flask-login").head(branch)
    assert head.parents == [base_sha] and head.author == "release-watch[bot]"
    before = fake_github.repo(OWNER, "flask-login").commits[base_sha].files
    changed = {p for p in set(before) | set(head.files) if before.get(p) != head.files.get(p)}
    assert changed == {"setup.py"}
    old_lines, new_lines = before["setup.py"].decode().splitlines(), head.files["setup.py"].decode().splitlines()
    assert [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b] == [
        ('        "Werkzeug>=1.0.1",', '        "Werkzeug>=1.0.1,<3",')
    ]
    assert len(old_lines) == len(new_lines)

    # A person bounds the requirement on the default branch themselves: the PR is closed, explaining why.
    setup = fake_github.file(OWNER, "flask-login", "setup.py") or ""
    fake_github.push(OWNER, "flask-login", {"setup.py": setup.replace('"Werkzeug>=1.0.1"', '"Werkzeug>=1.0.1,<2.4"')})
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        await rescan_repository(rt, inst.id, LOGIN)
    [closed] = fake_github.pulls(OWNER, "flask-login")
    assert closed.state == "closed"
    assert closed.comments[0].body.startswith("Closing: this repository is no longer affected by Werkzeug 3.0.0")


async def test_switching_to_mode_both_adds_a_pr_linked_to_the_issue(runtime: Runtime, fake_github: FakeGitHub) -> None:
    [issue] = fake_github.issues(OWNER, "flask-login")
    fake_github.push(OWNER, "flask-login", {".github/release-watch.yml": "mode: both\nassignees: [maxcountryman]\n"})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    [pr] = fake_github.pulls(OWNER, "flask-login")
    assert f"It is the fix proposed in #{issue.number}" in (pr.body or "")
    assert len(fake_github.issues(OWNER, "flask-login")) == 1


async def test_pin_turns_the_issue_into_a_pr_and_never_pushes_over_a_person(
    runtime: Runtime, fake_github: FakeGitHub
) -> None:
    [issue] = fake_github.issues(OWNER, "flask-login")
    number = await pin_from_issue(runtime, None, LOGIN, issue.number)
    [pr] = fake_github.pulls(OWNER, "flask-login")
    assert number == pr.number
    assert (pr.body or "").startswith(
        "This pull request adds one upper bound, `Werkzeug>=1.0.1,<3`, so installs keep a release of Werkzeug that "
        f"this repository works with. It changes nothing else. It is the fix proposed in #{issue.number}"
    )
    branch = "release-watch/werkzeug-3.0.0"
    fake_github.push(OWNER, "flask-login", {"CHANGES.md": "fixing by hand\n"}, branch=branch, author="maxcountryman")
    person_head = fake_github.branch_sha(OWNER, "flask-login", branch)
    utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
    fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": "\n" + utils})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    assert fake_github.branch_sha(OWNER, "flask-login", branch) == person_head
    assert len(fake_github.pulls(OWNER, "flask-login")) == 1


async def test_invalid_config_gets_one_issue_and_defaults_apply(runtime: Runtime, fake_github: FakeGitHub) -> None:
    fake_github.push(OWNER, "bounded-app", {".github/release-watch.yml": "mode: [issue\n"})
    for _ in range(2):
        await rescan_repository(runtime, runtime.installation_id, BOUNDED)  # type: ignore[attr-defined]
    [issue] = fake_github.issues(OWNER, "bounded-app")
    assert issue.title == "release-watch: invalid configuration file"
    assert ".github/release-watch.yml:2:1: invalid YAML:" in (issue.body or "")
    fake_github.push(OWNER, "bounded-app", {".github/release-watch.yml": "mode: issue\n"})
    await rescan_repository(runtime, runtime.installation_id, BOUNDED)  # type: ignore[attr-defined]
    assert [i.state for i in fake_github.issues(OWNER, "bounded-app")] == ["closed"]


# ---- faults: nothing lost, nothing duplicated ------------------------------------------------------------------

async def _fresh_world(engine: Engine, fake: FakeGitHub, settings: Settings, app: GitHubApp,
                       diff: ReleaseDiff) -> tuple[Runtime, int, PyPIClient]:
    save_diff(engine, diff)
    inst = fake.add_installation(account=OWNER, account_type="User")
    fake.add_repo(OWNER, "flask-login", _flask_login_files(), installation=inst.id)
    pypi = PyPIClient(settings)
    return Runtime(settings=settings, engine=engine, pypi=pypi, github=app), inst.id, pypi


def _make_due(engine: Engine) -> None:
    """Let the retry delay pass (the clock is the only thing a test cannot wait for)."""
    with Session(engine) as session:
        for action in session.exec(select(Action)).all():
            action.next_attempt_at = None
            session.add(action)
        session.commit()


@pytest.mark.parametrize(
    ("fault", "args"),
    [
        ("fail_secondary_rate_limit", {"retry_after": 3600}),
        ("fail", {"status": 422}),
        ("fail", {"status": 502}),
    ],
)
async def test_a_failed_create_is_retried_later_and_sent_once(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff, fault: str, args: dict[str, int],
) -> None:
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    async with pypi:
        getattr(fake_github, fault)("POST", rf"^/repos/{LOGIN}/issues$", **args)
        await rescan_repository(rt, inst, LOGIN)
        [action] = _actions(engine)
        assert action.state == ActionState.FAILED and action.attempts == 1 and action.issue_number is None
        assert fake_github.issues(OWNER, "flask-login") == []
        assert await send_pending_actions(rt) == 0  # not due yet
        _make_due(engine)
        assert await send_pending_actions(rt) == 1
        assert await send_pending_actions(rt) == 0
    assert len(fake_github.issues(OWNER, "flask-login")) == 1
    assert [a.state for a in _actions(engine)] == [ActionState.SENT]


async def test_short_retry_after_and_expired_token_are_absorbed(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    async with pypi:
        await rescan_repository(rt, inst, LOGIN)  # obtains a token
        with Session(engine) as session:
            action = session.exec(select(Action)).one()
            action.state, action.issue_number = ActionState.PENDING, None
            session.add(action)
            session.commit()
        fake_github.expire_tokens()
        fake_github.fail_secondary_rate_limit("GET", rf"^/repos/{LOGIN}/issues$", retry_after=0)
        assert await send_pending_actions(rt) == 1
    # The database lost the number; the marker found the issue again: still exactly one.
    assert len(fake_github.issues(OWNER, "flask-login")) == 1
    [action] = _actions(engine)
    assert (action.state, action.issue_number) == (ActionState.SENT, fake_github.issues(OWNER, "flask-login")[0].number)


async def test_a_removed_repository_loses_no_other_action(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    fake_github.add_repo(OWNER, "gone", BOUNDED_FILES, installation=inst)
    async with pypi:
        await rescan_repository(rt, inst, f"{OWNER}/gone")
        fake_github.delete_repo(OWNER, "gone")
        await rescan_repository(rt, inst, LOGIN)
        await process_release(rt, "werkzeug", "3.0.0")
    assert len(fake_github.issues(OWNER, "flask-login")) == 1


async def test_dry_run_stores_every_action_as_would_be_sent(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    async with pypi:
        rt.github = None
        await rescan_repository(rt, inst, LOGIN)
        assert _actions(engine) == []  # never scanned: nothing known to evaluate
        rt.github = github_app
        from bot.jobs.repo_scan import import_names, scan_repository

        async with github_app.installation(inst) as gh:
            await scan_repository(gh, engine, LOGIN, import_names(["werkzeug"]))
        rt.github = None
        await rescan_repository(rt, inst, LOGIN)
        await process_release(rt, "werkzeug", "3.0.0")
    [action] = _actions(engine)
    assert (action.state, action.title) == (ActionState.DRY_RUN, "Werkzeug 3.0.0 removes APIs this repository uses")
    assert fake_github.issues(OWNER, "flask-login") == []


# ---- deprecations and later releases -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def werkzeug_23_diff() -> ReleaseDiff:
    """werkzeug 2.2.3 → 2.3.0 (the release that deprecated `werkzeug.urls`), by the real engine."""
    return engine_diff("werkzeug", "2.2.3", "2.3.0")


async def test_deprecation_warns_first_then_the_removal_supersedes_it(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff, werkzeug_23_diff: ReleaseDiff,
) -> None:
    save_diff(engine, werkzeug_23_diff)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "flask-login", _flask_login_files(), installation=inst.id)
    async with PyPIClient(github_settings) as pypi:
        rt = Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app)
        await rescan_repository(rt, inst.id, LOGIN)
        [warning] = fake_github.issues(OWNER, "flask-login")
        assert warning.title == "Werkzeug 2.3.0 deprecates APIs this repository uses"
        assert sorted(warning.labels) == ["dependencies", "deprecation", "release-watch"]
        assert "| `werkzeug.urls.url_decode` | deprecated | [src/flask_login/utils.py:14]" in (warning.body or "")
        assert "<2.3" not in (warning.body or "")  # a deprecation is not a break: no cap below a working release
        save_diff(engine, werkzeug_diff)
        await process_release(rt, "werkzeug", "3.0.0")
        await process_release(rt, "werkzeug", "3.0.0")
    warning_now, removal = fake_github.issues(OWNER, "flask-login")
    assert (warning_now.number, warning_now.state) == (warning.number, "closed")
    assert warning_now.comments[0].body.startswith("Closing: a newer Werkzeug release now removes these APIs")
    assert (removal.title, removal.state) == ("Werkzeug 3.0.0 removes APIs this repository uses", "open")
    assert "deprecation" not in removal.labels


async def test_a_later_release_adding_findings_gets_one_comment(
    runtime: Runtime, fake_github: FakeGitHub, engine: Engine, werkzeug_diff: ReleaseDiff
) -> None:
    # A hypothetical 3.0.1 that also removes LocalProxy (the stored-changes path; the Change mirrors a real removal).
    local_proxy = next(c for c in werkzeug_diff.changes if c.symbol == "werkzeug.urls.url_decode").model_copy(
        update={"symbol": "werkzeug.local.LocalProxy", "object": ObjectKind.CLASS, "hint": None,
                "detail": "class 'werkzeug.local.LocalProxy' no longer exists in 3.0.1"})
    save_diff(engine, ReleaseDiff(package="werkzeug", old="3.0.0", new="3.0.1", changes=[local_proxy]))
    for _ in range(2):
        await process_release(runtime, "werkzeug", "3.0.1")
    [issue] = fake_github.issues(OWNER, "flask-login")
    [comment] = issue.comments
    assert comment.body.startswith(
        "**Werkzeug 3.0.1** adds findings to this issue: it also changes APIs this repository uses.\n\n"
        "| Symbol | Change | Where | Guarded | Why |\n| --- | --- | --- | --- | --- |\n"
        "| `werkzeug.local.LocalProxy` | removed | [src/flask_login/utils.py:13]"
    )
    assert find_marker(comment.body) == f"{LOGIN}:werkzeug==3.0.1"
    assert [a.state for a in _actions(engine)] == [ActionState.SENT, ActionState.SENT]


async def test_a_deleted_repository_is_reported_not_raised(runtime: Runtime, fake_github: FakeGitHub, engine: Engine) -> None:
    fake_github.delete_repo(OWNER, "bounded-app")
    assert await rescan_repository(runtime, runtime.installation_id, BOUNDED) == 0  # type: ignore[attr-defined]
    with Session(engine) as session:
        row = session.get(InstalledRepo, BOUNDED)
    assert row is not None and row.last_error is not None and ": 404 " in row.last_error


async def test_issues_disabled_is_a_final_answer_not_a_retry(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    async with pypi:
        fake_github.fail("POST", rf"^/repos/{LOGIN}/issues$", 410, message="Issues are disabled for this repo")
        await rescan_repository(rt, inst, LOGIN)
        _make_due(engine)
        assert await send_pending_actions(rt) == 0
    [action] = _actions(engine)
    assert (action.state, action.last_error) == (ActionState.DISMISSED, "issues are disabled in this repository")


async def test_a_deleted_issue_is_not_recreated(runtime: Runtime, fake_github: FakeGitHub, engine: Engine) -> None:
    [issue] = fake_github.issues(OWNER, "flask-login")
    fake_github.fail("GET", rf"^/repos/{LOGIN}/issues/{issue.number}$", 404)
    utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
    fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": "\n" + utils})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    assert [a.state for a in _actions(engine)] == [ActionState.DISMISSED]
    assert len(fake_github.issues(OWNER, "flask-login")) == 1


async def test_suspended_installations_are_left_alone(runtime: Runtime, fake_github: FakeGitHub, engine: Engine) -> None:
    from bot.storage.models.github import AppInstallation

    with Session(engine) as session:
        session.add(AppInstallation(id=runtime.installation_id, account=OWNER, suspended=True))  # type: ignore[attr-defined]
        session.commit()
    fake_github.reset_calls()
    await process_release(runtime, "werkzeug", "3.0.0")
    assert [c for c in fake_github.calls() if "access_tokens" not in c.path] == []


class _SlowTransport(httpx.AsyncBaseTransport):
    """The fake behind a few milliseconds of latency, as a real network has: concurrent tasks interleave."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.005)
        return await self.inner.handle_async_request(request)


async def test_concurrent_senders_in_one_process_send_once(
    engine: Engine, fake_github: FakeGitHub, github_settings: Settings, werkzeug_diff: ReleaseDiff,
) -> None:
    transport = _SlowTransport(httpx.ASGITransport(app=fake_github.app))
    async with httpx.AsyncClient(transport=transport, base_url=fake_github.base_url) as http, \
            GitHubApp(github_settings, http=http) as slow_app:
        rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, slow_app, werkzeug_diff)
        async with pypi:
            fake_github.fail("POST", rf"^/repos/{LOGIN}/issues$", 422)  # stored, not sent: due again below
            await rescan_repository(rt, inst, LOGIN)
            _make_due(engine)
            done = await asyncio.gather(*(send_pending_actions(rt) for _ in range(4)))
    assert sorted(done) == [0, 0, 0, 1]
    assert len(fake_github.issues(OWNER, "flask-login")) == 1


async def test_a_change_stored_while_sending_is_sent_too(
    engine: Engine, fake_github: FakeGitHub, github_settings: Settings, werkzeug_diff: ReleaseDiff,
) -> None:
    transport = _SlowTransport(httpx.ASGITransport(app=fake_github.app))
    async with httpx.AsyncClient(transport=transport, base_url=fake_github.base_url) as http, \
            GitHubApp(github_settings, http=http) as slow_app:
        rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, slow_app, werkzeug_diff)
        async with pypi:
            fake_github.fail("POST", rf"^/repos/{LOGIN}/issues$", 422)
            await rescan_repository(rt, inst, LOGIN)
            _make_due(engine)
            utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
            fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": "\n\n" + utils})
            await asyncio.gather(send_pending_actions(rt), rescan_repository(rt, inst, LOGIN))
            await send_pending_actions(rt)
    [issue] = fake_github.issues(OWNER, "flask-login")
    assert "[src/flask_login/utils.py:16]" in (issue.body or "")  # the text of the newer commit, not the older one
    assert [a.state for a in _actions(engine)] == [ActionState.SENT]


async def test_post_poll_step_applies_each_new_release_once(
    runtime: Runtime, fake_github: FakeGitHub, engine: Engine
) -> None:
    from bot.jobs.pipeline import process_new_releases
    from bot.storage.models.actions import ProcessedRelease

    fake_github.reset_calls()
    assert await process_new_releases(runtime) == 0  # the install-time scans already stored its one action
    assert await process_new_releases(runtime) == 0
    with Session(engine) as session:
        done = session.exec(select(ProcessedRelease)).all()
    assert [(d.package, d.version) for d in done] == [("werkzeug", "3.0.0")]
    scans = [c for c in fake_github.calls() if c.operation == "GET /repos/{owner}/{repo}"]
    assert len(scans) == 2  # one conditional look per repository, for the first round only
    assert len(fake_github.issues(OWNER, "flask-login")) == 1


async def test_the_stored_risk_assessment_is_in_the_issue(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    import json

    from bot.storage.models.risk import PackageRisk

    with Session(engine) as session:
        session.add(PackageRisk(package="werkzeug", level="high", confidence=0.8, signals_json="{}",
                                reasons_json=json.dumps(["repository is archived"])))
        session.commit()
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    async with pypi:
        await rescan_repository(rt, inst, LOGIN)
    [issue] = fake_github.issues(OWNER, "flask-login")
    assert "### Maintenance risk of this package: high\n\n- repository is archived\n" in (issue.body or "")


async def test_a_push_removing_the_uses_closes_the_issue(runtime: Runtime, fake_github: FakeGitHub) -> None:
    utils = fake_github.file(OWNER, "flask-login", "src/flask_login/utils.py") or ""
    migrated = utils.replace("from werkzeug.urls import url_decode\n", "from urllib.parse import parse_qs\n").replace(
        "from werkzeug.urls import url_encode\n", "from urllib.parse import urlencode\n")
    fake_github.push(OWNER, "flask-login", {"src/flask_login/utils.py": migrated})
    await rescan_repository(runtime, runtime.installation_id, LOGIN)  # type: ignore[attr-defined]
    [issue] = fake_github.issues(OWNER, "flask-login")
    assert issue.state == "closed"
    assert issue.comments[-1].body.split("\n")[0].endswith("(the code no longer uses what changed).")


async def test_a_newly_installed_repository_hears_about_earlier_breaking_releases(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    # 3.0.0 broke the code; a later (hypothetical) 3.0.10 removes LocalProxy too. Both are stored before install.
    local_proxy = next(c for c in werkzeug_diff.changes if c.symbol == "werkzeug.urls.url_decode").model_copy(
        update={"symbol": "werkzeug.local.LocalProxy", "object": ObjectKind.CLASS, "hint": None})
    save_diff(engine, ReleaseDiff(package="werkzeug", old="3.0.9", new="3.0.10", changes=[local_proxy]))
    save_diff(engine, ReleaseDiff(package="werkzeug", old="3.0.1", new="3.0.2", changes=[]))
    rt, inst, pypi = await _fresh_world(engine, fake_github, github_settings, github_app, werkzeug_diff)
    async with pypi:
        await rescan_repository(rt, inst, LOGIN)
        await rescan_repository(rt, inst, LOGIN)
    [issue] = fake_github.issues(OWNER, "flask-login")
    assert issue.title == "Werkzeug 3.0.0 removes APIs this repository uses"
    [comment] = issue.comments
    assert comment.body.startswith("**Werkzeug 3.0.10** adds findings to this issue")


async def test_a_burst_of_five_releases_is_applied_in_full_each_once(
    runtime: Runtime, fake_github: FakeGitHub, engine: Engine, werkzeug_diff: ReleaseDiff
) -> None:
    """Issue 14, defect 1: four or more releases in one round were cut to the newest three and the rest never
    applied. Every stored diff without a processed record is applied, once."""
    from bot.jobs.pipeline import process_new_releases
    from bot.storage.models.actions import ProcessedRelease
    from bot.storage.repos import unprocessed_diffs

    burst = [werkzeug_diff.model_copy(update={"old": f"3.0.{i - 1}", "new": f"3.0.{i}"}) for i in range(1, 6)]
    for diff in burst:
        save_diff(engine, diff)
    assert [d.new for d in unprocessed_diffs(engine)] == ["3.0.0", *(d.new for d in burst)]
    await process_new_releases(runtime)
    assert unprocessed_diffs(engine) == []
    assert await process_new_releases(runtime) == 0
    with Session(engine) as session:
        done = sorted(d.version for d in session.exec(select(ProcessedRelease)).all())
    assert done == ["3.0.0", "3.0.1", "3.0.2", "3.0.3", "3.0.4", "3.0.5"]
    assert len(fake_github.issues(OWNER, "flask-login")) == 1  # the same changes again: no second issue
