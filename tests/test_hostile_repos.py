"""Hostile repositories: whatever a stranger commits costs at most its own analysis, never the service."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session

from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.changes import ReleaseDiff
from bot.config import Settings
from bot.findings.repo_config import CONFIG_PATH, parse_repo_config
from bot.findings.scan import analyse_repository
from bot.jobs.pipeline import process_release, rescan_repository
from bot.jobs.repo_scan import _wanted as wanted_in_tree
from bot.jobs.repo_scan import is_candidate
from bot.jobs.sandbox import Budget, Sandbox
from bot.runtime import Runtime
from bot.storage.models.actions import InstalledRepo
from bot.web.status_read import read_repo
from tests.fake_github import FakeGitHub
from tests.test_pipeline import engine_diff

OWNER = "mallory"
USES_URL_DECODE = b"from werkzeug.urls import url_decode\n\nprint(url_decode('a=1'))\n"
ORDINARY_FILES = {"requirements.txt": "Werkzeug>=2.0\n", "app.py": USES_URL_DECODE}


def alias_bomb() -> str:
    """The "billion laughs": nine anchors, each a list of nine aliases of the previous one (about 600 bytes)."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    return "\n".join(lines) + "\n"


# --- the settings file -------------------------------------------------------------------------------------------

def test_the_alias_bomb_is_refused_before_anything_is_built() -> None:
    result = parse_repo_config(alias_bomb())
    assert result.error == f"{CONFIG_PATH}:1:4: refused: YAML anchors (`&name`) are not allowed in this file"
    assert result.config == parse_repo_config(None).config


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("mode: " + "[" * 30 + "]" * 30, "refused: nested deeper than 20 levels"),
        ("".join("  " * i + f"k{i}:\n" for i in range(40)), "refused: nested deeper than 20 levels"),
        ("- x\n" * 6000, "refused: more than 5000 values"),
        ("labels: " + "x" * 70_000, "file is larger than 65536 bytes"),
    ],
)
def test_nesting_and_node_floods_are_refused_with_the_reason(text: str, error: str) -> None:
    result = parse_repo_config(text)
    assert result.error is not None and error in result.error


yaml_scalars = st.one_of(st.booleans(), st.integers(), st.text(max_size=20), st.none())
yaml_values = st.recursive(yaml_scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
    st.text(max_size=10), inner, max_size=5), max_leaves=40)


@settings(deadline=2000, max_examples=150)
@given(st.text(max_size=2000))
def test_any_text_yields_a_config_within_the_time_bound(text: str) -> None:
    result = parse_repo_config(text)
    assert result.config is not None


@settings(deadline=2000, max_examples=100)
@given(yaml_values, st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=12))
def test_anchored_documents_are_always_refused(value: object, fan_out: int, depth: int) -> None:
    import yaml

    text = yaml.safe_dump({"mode": "issue", "x": value}) + "a0: &a0 [1]\n"
    for level in range(1, depth):
        text += f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * fan_out)}]\n"
    result = parse_repo_config(text)
    assert result.error is not None and "refused: YAML anchors" in result.error


# --- everything else a repository can hold ----------------------------------------------------------------------

HOSTILE_FILES: dict[str, dict[str, bytes]] = {
    "deeply nested TOML array": {"pyproject.toml": b"[project]\nname='x'\ndependencies = " + b"[" * 50_000 + b"]" * 50_000},
    "deeply nested TOML table": {"pyproject.toml": b"[project]\nname='x'\nx = " + b"{a=" * 20_000 + b"1" + b"}" * 20_000},
    "parentheses nested past the parser": {"app.py": USES_URL_DECODE + b"x = " + b"(" * 100_000 + b")" * 100_000},
    "unary minus chain": {"app.py": USES_URL_DECODE + b"x = " + b"-" * 200_000 + b"1"},
    "attribute chain recursing the visitor": {"app.py": b"import werkzeug\nx = werkzeug" + b".urls" * 200_000 + b".url_decode"},
    "binary operator chain": {"app.py": b"import werkzeug\nx = werkzeug.urls.url_decode" + b"+1" * 300_000},
    "setup.py nested lists": {"setup.py": b"from setuptools import setup\nsetup(install_requires=" + b"[" * 100_000 + b"]" * 100_000 + b")"},
    "one-megabyte requirement line": {"requirements.txt": b"werkzeug" + b" " * 1_000_000 + b"--hash"},
    "one-megabyte comment run": {"requirements.txt": b"werkzeug" + b" " * 1_000_000 + b"#x\n"},
    "odd encodings": {"requirements.txt": "werkzeug>=1 # caf\xe9\n".encode("latin-1"),
                      "app.py": "from werkzeug.urls import url_decode\n".encode("utf-16"),
                      "setup.cfg": b"\xff\xfe[options]\ninstall_requires = werkzeug\n"},
    "include of itself": {"requirements.txt": b"-r requirements.txt\nwerkzeug\n"},
    "includes leaving the tree": {"requirements.txt": b"-r ../../../../etc/passwd\n-c /etc/shadow\nwerkzeug\n"},
    "20,000 tiny files": {f"pkg/m{i}.py": b"import werkzeug\n" for i in range(20_000)},
}


@pytest.fixture(scope="module")
def werkzeug_diff() -> ReleaseDiff:
    """werkzeug 2.3.8 → 3.0.0, by the real engine."""
    return engine_diff("werkzeug", "2.3.8", "3.0.0")


@pytest.mark.parametrize("files", HOSTILE_FILES.values(), ids=HOSTILE_FILES.keys())
async def test_hostile_files_become_warnings_inside_the_sandbox(
    files: dict[str, bytes], werkzeug_diff: ReleaseDiff, shared_sandbox: Sandbox
) -> None:
    started = time.monotonic()
    analysis = await shared_sandbox.run(analyse_repository, files, [werkzeug_diff])
    assert analysis.report is not None
    assert time.monotonic() - started < shared_sandbox.budget.wall_seconds
    assert not any(u.file.startswith("..") or u.file.startswith("/") for u in analysis.report.usages)
    assert all(r.file in files for r in analysis.report.requirements)


@pytest.mark.parametrize(
    ("entry", "kept"),
    [
        ({"path": "requirements.txt", "type": "blob", "mode": "100644", "size": 10}, True),
        ({"path": "requirements.txt", "type": "blob", "mode": "120000", "size": 10}, False),  # a symlink
        ({"path": "vendor/lib", "type": "commit", "mode": "160000"}, False),  # a submodule
        ({"path": "../requirements.txt", "type": "blob", "mode": "100644", "size": 10}, False),
        ({"path": "a/./setup.py", "type": "blob", "mode": "100644", "size": 10}, False),
        ({"path": "/etc/requirements.txt", "type": "blob", "mode": "100644", "size": 10}, False),
        ({"path": "app\0.py", "type": "blob", "mode": "100644", "size": 10}, False),
        ({"path": "a\\..\\setup.py", "type": "blob", "mode": "100644", "size": 10}, False),
        ({"path": "app.py", "type": "blob", "mode": "100644", "size": 2 * 1024 * 1024}, False),  # over the blob cap
        ({"path": 7, "type": "blob", "mode": "100644", "size": 10}, False),
        ({"path": "pkg/ünïcode.py", "type": "blob", "mode": "100644", "size": 10}, True),
    ],
)
def test_tree_entries_a_scan_fetches(entry: dict[str, object], kept: bool) -> None:
    assert wanted_in_tree(entry) is kept


def test_venv_and_vcs_folders_are_never_candidates() -> None:
    assert not is_candidate(".venv/lib/site-packages/flask/app.py")
    assert is_candidate("src/app.py")


# --- end to end: a hostile and an ordinary repository in one installation ---------------------------------------

@pytest.fixture
async def two_repos(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings,
    werkzeug_diff: ReleaseDiff,
) -> AsyncIterator[tuple[Runtime, int]]:
    """The werkzeug 3.0.0 diff stored; `mallory/hostile` (alias bomb) and `mallory/ordinary` installed together."""
    from bot.storage.surfaces import save_diff

    save_diff(engine, werkzeug_diff)
    inst = fake_github.add_installation(account=OWNER, account_type="User")
    fake_github.add_repo(OWNER, "hostile", {CONFIG_PATH: alias_bomb(), **ORDINARY_FILES}, installation=inst.id)
    fake_github.add_repo(OWNER, "ordinary", ORDINARY_FILES, installation=inst.id)
    async with PyPIClient(github_settings) as pypi:
        yield Runtime(settings=github_settings, engine=engine, pypi=pypi, github=github_app), inst.id


async def test_alias_bomb_gets_a_config_issue_and_the_neighbour_its_finding(
    two_repos: tuple[Runtime, int], fake_github: FakeGitHub
) -> None:
    import tracemalloc

    runtime, installation = two_repos
    tracemalloc.start()  # this test's own allocations: the process's high-water mark also holds earlier tests'
    for name in ("hostile", "ordinary"):
        await rescan_repository(runtime, installation, f"{OWNER}/{name}")
    await process_release(runtime, "werkzeug", "3.0.0")
    hostile = {i.title: i.body or "" for i in fake_github.issues(OWNER, "hostile")}
    config_issue = next(body for title, body in hostile.items() if "configuration" in title.lower())
    assert "refused: YAML anchors (`&name`) are not allowed in this file" in config_issue
    assert "Werkzeug 3.0.0 removes APIs this repository uses" in hostile  # defaults apply: still warned
    [ordinary] = fake_github.issues(OWNER, "ordinary")
    assert ordinary.title == "Werkzeug 3.0.0 removes APIs this repository uses"
    assert "app.py:1" in (ordinary.body or "")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak / 2**20 < 64, f"the test allocated up to {peak / 2**20:.0f} MiB"  # ~2 MiB: the anchors never expand


def _costly_row(engine: Engine, name: str) -> InstalledRepo:
    with Session(engine) as session:
        row = session.get(InstalledRepo, name)
        assert row is not None
        return row


async def test_a_repository_over_budget_is_recorded_retried_once_and_never_delays_the_neighbour(
    two_repos: tuple[Runtime, int], fake_github: FakeGitHub, engine: Engine
) -> None:
    runtime, installation = two_repos
    runtime.sandbox = Sandbox(Budget(cpu_seconds=1, wall_seconds=30), workers=1)
    try:
        # About 3.5 s of CPU to parse: two files of two hundred thousand statements on one line (each under the 1 MiB
        # a file may have), well over the 1 s budget, which the sandbox rounds up to the next whole second the worker
        # has used (RLIMIT_CPU counts whole seconds): one such file (~1.75 s here) fits in that slack on a fast machine.
        slow = USES_URL_DECODE + b"x=1;" * 200_000
        fake_github.push(OWNER, "hostile", {CONFIG_PATH: None, "slow.py": slow, "slow2.py": slow})
        hostile = f"{OWNER}/hostile"
        await rescan_repository(runtime, installation, hostile)
        row = _costly_row(engine, hostile)
        sha = fake_github.branch_sha(OWNER, "hostile")
        assert (row.costly_sha, row.costly_attempts) == (sha, 1)
        # the CPU limit trips first on a machine to itself; on a loaded one (a CI runner beside other jobs) the
        # worker may get so little of a core that the wall-clock limit trips first: either is the budget spent
        assert row.costly_reason in (
            "its worker died (CPU time limit); a new one took its place",
            "took longer than 30 s; the worker was stopped",
        )
        shown = read_repo(engine, hostile, page=1, per_page=10)
        assert shown is not None and (shown.too_costly, shown.too_costly_sha) == (row.costly_reason, sha)

        await rescan_repository(runtime, installation, f"{OWNER}/ordinary")  # the next repository: analysed normally
        assert [i.title for i in fake_github.issues(OWNER, "ordinary")] == [
            "Werkzeug 3.0.0 removes APIs this repository uses"]

        await rescan_repository(runtime, installation, hostile)  # retried once
        assert _costly_row(engine, hostile).costly_attempts == 2
        await rescan_repository(runtime, installation, hostile)  # then skipped until the next push
        assert _costly_row(engine, hostile).costly_attempts == 2
        assert fake_github.issues(OWNER, "hostile") == []

        fake_github.push(OWNER, "hostile", {"slow.py": None, "slow2.py": None})
        await rescan_repository(runtime, installation, hostile)
        row = _costly_row(engine, hostile)
        assert (row.costly_sha, row.costly_attempts, row.costly_reason) == (None, 0, None)
        assert [i.title for i in fake_github.issues(OWNER, "hostile")] == [
            "Werkzeug 3.0.0 removes APIs this repository uses"]
    finally:
        runtime.close_sandbox()
