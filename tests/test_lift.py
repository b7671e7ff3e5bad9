"""Lifting caps: a repository capping Werkzeug below 3 whose code no longer uses what 3.0.0 removed gets one
proposal (an issue, or a one-line PR); one that still uses it gets nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.changes import ReleaseDiff
from bot.config import Settings
from bot.deps.lift_edit import lift_edit
from bot.findings.lift import find_lifts, without_upper_bound
from bot.findings.scan import scan_files
from bot.jobs.pipeline import process_release, rescan_repository
from bot.runtime import Runtime
from bot.storage.surfaces import save_diff
from bot.usage import BREAKING_KINDS
from tests.fake_github import FakeGitHub
from tests.test_pipeline import BOUNDED_FILES, OWNER, werkzeug_diff

__all__ = ["werkzeug_diff"]  # the module-scoped werkzeug 2.3.8 -> 3.0.0 diff, by the real engine

MIGRATED = {
    "requirements.txt": b"Flask>=2.2,<3\nWerkzeug>=2.0,<3\n",
    "app.py": b"from urllib.parse import parse_qs\n\nprint(parse_qs('a=1'))\n",
}
GUARDED = MIGRATED | {"app.py": b"try:\n    from werkzeug.urls import url_decode\nexcept ImportError:\n"
                                b"    from urllib.parse import parse_qs as url_decode\n\nprint(url_decode('a=1'))\n"}


@pytest.mark.parametrize(
    ("specifier", "expected"),
    [
        (">=2.0,<3", (">=2.0", "<3")),
        ("<3", ("", "<3")),
        ("<=2.3.8,>=1.0.1,!=2.0.1", (">=1.0.1,!=2.0.1", "<=2.3.8")),
        ("~=2.0", None),  # a compatible-release cap: nothing to remove textually
        (">=2.0,<3.0.0,==2.*", None),  # still capped once `<3.0.0` goes
        (">=2.0", None),  # no cap
    ],
)
def test_without_upper_bound(specifier: str, expected: tuple[str, str] | None) -> None:
    assert without_upper_bound(specifier) == expected


@pytest.mark.parametrize(
    ("files", "lifted"),
    [
        (BOUNDED_FILES, None),  # still uses url_decode, which 3.0.0 removed
        ({k: v.encode() if isinstance(v, str) else v for k, v in MIGRATED.items()}, "Werkzeug>=2.0"),
        (GUARDED, "Werkzeug>=2.0"),  # guarded: works on both sides of the cap
    ],
)
def test_find_lifts_on_a_capped_application(files: dict[str, str | bytes], lifted: str | None,
                                            werkzeug_diff: ReleaseDiff) -> None:
    data = {path: text.encode() if isinstance(text, str) else text for path, text in files.items()}
    report = scan_files(data, [werkzeug_diff])
    assert find_lifts("o/app", "0" * 40, report, [werkzeug_diff], set()) == []  # a cap release-watch did not cause
    lifts = find_lifts("o/app", "0" * 40, report, [werkzeug_diff], {("werkzeug", "3.0.0")})
    assert [lift.lifted for lift in lifts] == ([lifted] if lifted else [])
    for lift in lifts:
        assert (lift.cap, lift.releases, lift.requirement.path, lift.requirement.line) == ("<3", ("3.0.0",),
                                                                                            "requirements.txt", 2)
        breaking = {c.symbol for c in werkzeug_diff.changes if c.kind in BREAKING_KINDS}
        assert (lift.changes_checked, lift.key) == (len(breaking), "o/app:werkzeug:lift<3")


def test_no_lift_without_a_diff_crossing_the_cap(werkzeug_diff: ReleaseDiff) -> None:
    later = werkzeug_diff.model_copy(update={"old": "3.0.0", "new": "3.0.1"})  # what 3.0.0 changed is unknown
    report = scan_files(MIGRATED, [later])
    assert find_lifts("o/app", "0" * 40, report, [later], {("werkzeug", "3.0.0"), ("werkzeug", "3.0.1")}) == []


@pytest.mark.parametrize(
    ("path", "content", "line", "cap", "new"),
    [
        ("requirements.txt", "flask\nWerkzeug >= 2.0, < 3  # see #12\n", 2, "<3", "Werkzeug >= 2.0  # see #12"),
        ("setup.py", 'setup(install_requires=[\n    "Werkzeug>=1.0.1,<3",\n])\n', 2, "<3", '    "Werkzeug>=1.0.1",'),
        ("pyproject.toml", '[project]\nname = "x"\ndependencies = [\n    "werkzeug<3,>=2",\n]\n', 4, "<3",
         '    "werkzeug>=2",'),
        ("setup.cfg", "[options]\ninstall_requires =\n    Werkzeug>=2,<=2.3.8\n", 3, "<=2.3.8", "    Werkzeug>=2"),
        ("Pipfile", '[packages]\nwerkzeug = "<3"\n', 2, "<3", 'werkzeug = "*"'),
        ("pyproject.toml", '[tool.poetry.dependencies]\nwerkzeug = ">=2.0,<3"\n', 2, "<3", 'werkzeug = ">=2.0"'),
    ],
)
def test_lift_edit_removes_only_the_cap(path: str, content: str, line: int, cap: str, new: str) -> None:
    edit = lift_edit(path, content, "werkzeug", line, cap)
    assert edit is not None and [(e.line, e.new) for e in edit.edits] == [(line, new)]
    assert edit.content.splitlines()[:line - 1] == content.splitlines()[:line - 1]


@pytest.mark.parametrize(
    ("content", "line"),
    [("Werkzeug>=2.0\n", 1), ("flask<3\nWerkzeug>=2.0,<3\n", 1), ("Werkzeug>=2.0,<3\n", 5), ("Werkzeug<30\n", 1)],
)
def test_lift_edit_refuses_what_is_not_there(content: str, line: int) -> None:
    assert lift_edit("requirements.txt", content, "werkzeug", line, "<3") is None


async def _world(engine: Engine, fake: FakeGitHub, settings: Settings, app: GitHubApp, diff: ReleaseDiff,
                 repos: dict[str, dict[str, bytes]]) -> tuple[Runtime, PyPIClient, int]:
    save_diff(engine, diff)
    inst = fake.add_installation(account=OWNER, account_type="User")
    for name, files in repos.items():
        fake.add_repo(OWNER, name, files, installation=inst.id)
    pypi = PyPIClient(settings)
    return Runtime(settings=settings, engine=engine, pypi=pypi, github=app), pypi, inst.id


UNCAPPED = {"requirements.txt": b"Flask>=2.2,<3\nWerkzeug>=2.0\n", "app.py": BOUNDED_FILES["app.py"].encode()}


async def _until_capped(fake: FakeGitHub, rt: Runtime, inst: int, name: str) -> None:
    """3.0.0 breaks the app, release-watch reports it, the maintainer caps Werkzeug below 3 (the report closes)."""
    await process_release(rt, "werkzeug", "3.0.0")
    fake.push(OWNER, name, {"requirements.txt": MIGRATED["requirements.txt"]})
    await rescan_repository(rt, inst, f"{OWNER}/{name}")


async def test_one_proposal_to_lift_the_cap_once_migrated_and_nothing_while_it_is_needed(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    repos = {"app": UNCAPPED, "bounded-app": {k: v.encode() for k, v in BOUNDED_FILES.items()}}
    rt, pypi, inst = await _world(engine, fake_github, github_settings, github_app, werkzeug_diff, repos)
    async with pypi:
        for name in repos:
            await rescan_repository(rt, inst, f"{OWNER}/{name}")
        await _until_capped(fake_github, rt, inst, "app")
        [report] = fake_github.issues(OWNER, "app")
        assert (report.title, report.state) == ("Werkzeug 3.0.0 removes APIs this repository uses", "closed")
        assert fake_github.issues(OWNER, "bounded-app") == []  # capped before 3.0.0 and still uses url_decode

        fake_github.push(OWNER, "app", {"app.py": MIGRATED["app.py"]})  # the migration lands
        for _ in range(2):
            await rescan_repository(rt, inst, f"{OWNER}/app")
            await process_release(rt, "werkzeug", "3.0.0")
        assert fake_github.issues(OWNER, "bounded-app") == []
        _, issue = fake_github.issues(OWNER, "app")
        assert (issue.title, issue.state) == ("The upper bound on Werkzeug (<3) is no longer needed", "open")
        body = issue.body or ""
        assert body.startswith("This repository caps Werkzeug at `<3`: `Werkzeug>=2.0,<3` in [requirements.txt:2](")
        assert ("release-watch reported this repository's uses of what Werkzeug 3.0.0 removed or changed, which the "
                "cap works around. It checked this commit's code against all ") in body
        assert "```\nWerkzeug>=2.0\n```" in body
        assert fake_github.pulls(OWNER, "app") == []

        # The code uses url_decode again: the proposal is closed, saying why.
        fake_github.push(OWNER, "app", {"app.py": BOUNDED_FILES["app.py"]})
        await rescan_repository(rt, inst, f"{OWNER}/app")
    assert [i.state for i in fake_github.issues(OWNER, "app")] == ["closed", "closed"]
    assert fake_github.issues(OWNER, "app")[1].comments[-1].body.startswith(
        "Closing: the code uses what Werkzeug 3.0.0 removed or changed again, so the cap is needed.")


async def test_pr_mode_lifts_the_cap_in_one_line(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> None:
    files = UNCAPPED | {".github/release-watch.yml": b"mode: pr\n"}
    rt, pypi, inst = await _world(engine, fake_github, github_settings, github_app, werkzeug_diff, {"app": files})
    async with pypi:
        await rescan_repository(rt, inst, f"{OWNER}/app")
        await _until_capped(fake_github, rt, inst, "app")
        [bound_pr] = fake_github.pulls(OWNER, "app")
        assert bound_pr.state == "closed"  # the maintainer capped it by hand
        fake_github.push(OWNER, "app", {"app.py": MIGRATED["app.py"]})
        base_sha = fake_github.branch_sha(OWNER, "app")
        for _ in range(2):
            await rescan_repository(rt, inst, f"{OWNER}/app")
    assert fake_github.issues(OWNER, "app") == []
    _, pr = fake_github.pulls(OWNER, "app")
    assert pr.title == "Lift the upper bound on Werkzeug (<3)"
    assert (pr.body or "").startswith(
        "This pull request lifts the upper bound on Werkzeug: `Werkzeug>=2.0,<3` becomes `Werkzeug>=2.0`.")
    assert pr.pull is not None
    repo = fake_github.repo(OWNER, "app")
    before, after = repo.commits[base_sha].files, repo.head(pr.pull.head).files
    assert {p for p in set(before) | set(after) if before.get(p) != after.get(p)} == {"requirements.txt"}
    assert after["requirements.txt"] == b"Flask>=2.2,<3\nWerkzeug>=2.0\n"
