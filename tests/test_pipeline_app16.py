"""The App reads extensions as `scan` does: an installed extension that breaks only in modules the repository never
loads opens no issue (its import graph read in the sandbox), stored compatibility verdicts carry the versions they
were judged with (a stale one is recomputed when next needed), and the older extension releases checked come from
PyPI's listing, not from what the database happens to have seen.

Real pinned artifacts: Flask-WTF 0.14.3, whose only use of what wtforms 3.0.0 removed is `flask_wtf/html5.py` (the
OpenCVE 1.4.1 case), and the 2023 Werkzeug 3.0.0 / Flask-Login 0.6.2 incident.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from packaging.version import Version
from sqlalchemy import Engine, text
from typer.testing import CliRunner

import bot.jobs.compat
import bot.jobs.pipeline
import bot.storage.compat
from alembic import command
from bot.adapters.github import GitHubApp
from bot.adapters.pypi import PyPIClient
from bot.apidiff.schema import SCHEMA_VERSION
from bot.changes import ReleaseDiff
from bot.cli.main import app as cli
from bot.config import Settings, get_settings
from bot.deps.core_metadata import CoreMetadata
from bot.findings.compat import CompatStatus, DependentUse, _loaders, compat_verdict, use_reach
from bot.findings.scan import scan_paths
from bot.findings.transitive import make_via, unloaded_note
from bot.jobs.compat import RepoTree, series_heads
from bot.jobs.pipeline import rescan_repository
from bot.jobs.scheduler import run_cycle
from bot.runtime import Runtime
from bot.storage.compat import save_verdict, stored_verdict
from bot.storage.db import alembic_config, make_engine, upgrade
from bot.usage.module_graph import import_graph, loaded, module_names, tree_imports
from bot.usage.version import USAGE_VERSION
from bot.web.status_read import read_repo
from tests.artifacts import unpacked_release
from tests.fake_github import FakeGitHub
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release
from tests.migrations import stored_before
from tests.pypi_replay import serve_http
from tests.test_apidiff_trust import changes
from tests.test_transitive_timeline import APP_PY, ROUND_STEPS, support_releases

OWNER = "cve-watchers"
WATCHLIST = ("flask", "werkzeug", "flask-wtf", "wtforms", "itsdangerous", "markupsafe")
FORMS = "from flask_wtf import FlaskForm\nfrom flask_wtf.csrf import CSRFProtect\n"
HTML5 = "from flask_wtf.html5 import URLField\n"
APPS = {
    "opencve": {"requirements.txt": "Flask-WTF==0.14.3\n", "forms.py": FORMS},
    "html5-app": {"requirements.txt": "Flask-WTF==0.14.3\n", "forms.py": FORMS, "fields.py": HTML5},
}
NOTE = (
    "not affected: Flask-WTF 0.14.3 uses what breaks only in flask_wtf/html5.py, which no module the tree imports of"
    " it loads (flask_wtf, flask_wtf.csrf)"
)
TITLE = "WTForms 3.0.0 breaks Flask-WTF 0.14.3, which this repository installs"


def _support() -> list:  # type: ignore[type-arg]
    return [
        metadata_only("flask", "2.3.3", ("Werkzeug>=2.3.7", "itsdangerous>=2.1.2")),
        metadata_only("werkzeug", "2.3.8", ("MarkupSafe>=2.1.1",)),
        metadata_only("markupsafe", "2.1.3"),
        metadata_only("itsdangerous", "2.1.2"),
    ]


@pytest.fixture
def pypi() -> Iterator[tuple[TimelinePyPI, str]]:
    """wtforms 2.3.3 and Flask-WTF 0.14.3 on a fake PyPI served over HTTP too (for the CLI): (fake, base URL)."""
    fake = TimelinePyPI()
    fake.publish(pinned_release("wtforms", "2.3.3"), pinned_release("flask-wtf", "0.14.3"), *_support())
    with serve_http(fake) as base:  # type: ignore[arg-type]
        fake.files = f"{base}/packages"
        yield fake, base


@pytest.fixture
async def world(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings, tmp_path: Path,
    pypi: tuple[TimelinePyPI, str],
) -> AsyncIterator[tuple[Runtime, TimelinePyPI, int]]:
    fake, _ = pypi
    inst = fake_github.add_installation(account=OWNER, account_type="Organization")
    settings = github_settings.model_copy(update={
        "pypi_url": "https://pypi.example", "watchlist": WATCHLIST, "cache_dir": tmp_path / "cache", "http_retries": 0})
    async with PyPIClient(settings, transport=fake.transport) as client:
        yield Runtime(settings=settings, engine=engine, pypi=client, github=github_app), fake, inst.id


async def _installed(runtime: Runtime, fake_github: FakeGitHub, installation: int, apps: dict[str, dict[str, str]]) -> None:
    for name, files in apps.items():
        fake_github.add_repo(OWNER, name, files, installation=installation)  # type: ignore[arg-type]
        await rescan_repository(runtime, installation, f"{OWNER}/{name}")


def _writes(fake: FakeGitHub) -> list[str]:
    return [f"{c.method} {c.path}" for c in fake.calls() if c.method != "GET" and "access_tokens" not in c.path]


def _notes(runtime: Runtime, name: str) -> list[str]:
    detail = read_repo(runtime.engine, f"{OWNER}/{name}", page=1, per_page=10)
    assert detail is not None
    return [n.note for n in detail.transitive_notes]


async def _scan(base: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> str:
    """`release-watch scan TREE --against wtforms==3.0.0` on the same files, against the same fake PyPI."""
    root = tmp_path / "checkout"
    root.mkdir(exist_ok=True)
    for path in root.iterdir():
        path.unlink()
    for path, content in files.items():
        (root / path).write_text(content)
    env = {"PYPI_URL": base, "DATA_DIR": str(tmp_path / "cli"), "HTTP_RETRIES": "0", "WATCHLIST": ",".join(WATCHLIST)}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        # on a thread of its own: the command runs its own event loop
        result = await asyncio.to_thread(CliRunner().invoke, cli, ["scan", str(root), "--against", "wtforms==3.0.0"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        return result.stdout
    finally:
        get_settings.cache_clear()


async def test_an_extension_breaking_only_in_a_module_the_repository_never_loads_opens_no_issue(
    world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub, pypi: tuple[TimelinePyPI, str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    runtime, fake, installation = world
    assert await run_cycle(runtime, ROUND_STEPS)
    await _installed(runtime, fake_github, installation, APPS)
    fake.publish(pinned_release("wtforms", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)

    # OpenCVE imports flask_wtf and flask_wtf.csrf, neither of which loads flask_wtf/html5.py: no issue, and /status
    # says why; the app importing flask_wtf.html5 is told
    assert fake_github.issues(OWNER, "opencve") == []
    assert _notes(runtime, "opencve") == [NOTE]
    [issue] = fake_github.issues(OWNER, "html5-app")
    assert (issue.title, issue.state) == (TITLE, "open")
    assert "| `wtforms.fields.html5` | removed | [flask_wtf/html5.py:" in (issue.body or "")
    assert _notes(runtime, "html5-app") == []

    # the CLI's verdict on the same trees is the same
    base = pypi[1]
    opencve = await _scan(base, tmp_path, monkeypatch, APPS["opencve"])
    assert "wtforms 3.0.0: OK through flask-wtf 0.14.3 (brought in by requirements.txt:1)" in opencve
    assert "AT RISK" not in opencve
    html5 = await _scan(base, tmp_path, monkeypatch, APPS["html5-app"])
    assert "wtforms 3.0.0: AT RISK through flask-wtf 0.14.3" in html5

    # more rounds and rescans (a restarted process: a new Runtime) write nothing
    fake_github.reset_calls()
    again = Runtime(settings=runtime.settings, engine=runtime.engine, pypi=runtime.pypi, github=runtime.github)
    for _ in range(2):
        assert await run_cycle(again, ROUND_STEPS)
        for name in APPS:
            await rescan_repository(again, installation, f"{OWNER}/{name}")
    assert _writes(fake_github) == []
    assert [len(fake_github.issues(OWNER, name)) for name in APPS] == [0, 1]

    # a push that imports the breaking module opens the issue; one that stops closes it
    fake_github.push(OWNER, "opencve", {"fields.py": HTML5})
    await rescan_repository(runtime, installation, f"{OWNER}/opencve")
    [issue] = fake_github.issues(OWNER, "opencve")
    assert (issue.title, issue.state) == (TITLE, "open")
    assert _notes(runtime, "opencve") == []
    fake_github.push(OWNER, "opencve", {"fields.py": "from flask_wtf import Form\n"})
    await rescan_repository(runtime, installation, f"{OWNER}/opencve")
    [issue] = fake_github.issues(OWNER, "opencve")
    assert issue.state == "closed"
    assert _notes(runtime, "opencve") == [NOTE]


async def test_a_repository_whose_python_files_were_not_all_read_keeps_the_finding(
    world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub,
) -> None:
    # the file budget left a Python file out: it may import flask_wtf.html5, so no "OK through" on a guess
    runtime, fake, installation = world
    runtime = Runtime(settings=runtime.settings.model_copy(update={"repo_max_files": 2}), engine=runtime.engine,
                      pypi=runtime.pypi, github=runtime.github)
    assert await run_cycle(runtime, ROUND_STEPS)
    files = {**APPS["opencve"], "zz_more.py": "import flask_wtf\n"}
    await _installed(runtime, fake_github, installation, {"opencve": files})
    fake.publish(pinned_release("wtforms", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "opencve")
    assert issue.title == TITLE


def graph_worker_dies(root: Path, uses: object) -> None:
    """Stands for an extension whose import graph kills the worker reading it (run in the sandbox)."""
    os.kill(os.getpid(), signal.SIGKILL)


async def test_an_extension_whose_import_graph_cannot_be_read_keeps_the_finding(
    world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub, monkeypatch: pytest.MonkeyPatch,
) -> None:
    runtime, fake, installation = world
    monkeypatch.setattr(bot.jobs.compat, "artifact_reach", graph_worker_dies)
    assert await run_cycle(runtime, ROUND_STEPS)
    await _installed(runtime, fake_github, installation, {"opencve": APPS["opencve"]})
    fake.publish(pinned_release("wtforms", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    [issue] = fake_github.issues(OWNER, "opencve")
    assert issue.title == TITLE
    verdict = stored_verdict(runtime.engine, "wtforms", "3.0.0", "flask-wtf", "0.14.3")
    assert verdict is not None and verdict.status is CompatStatus.BREAKS and verdict.reach is None


class Killed(BaseException):
    """Stands for the process dying (kill -9): nothing after it runs."""


async def test_a_crash_between_the_verdicts_and_the_actions_leaves_one_issue_once_run_again(
    world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the evaluation stores the verdicts (and their reach) first, then the actions in one transaction: dying in
    # between stores no action; the job run again (a stalled job is queued again) decides the same, once
    runtime, fake, installation = world
    fake.publish(pinned_release("wtforms", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)

    def die(*args: object, **kwargs: object) -> int:
        raise Killed

    monkeypatch.setattr(bot.jobs.pipeline, "apply_diffs", die)
    for name, files in APPS.items():
        fake_github.add_repo(OWNER, name, files, installation=installation)  # type: ignore[arg-type]
        with pytest.raises(Killed):
            await rescan_repository(runtime, installation, f"{OWNER}/{name}")
    assert stored_verdict(runtime.engine, "wtforms", "3.0.0", "flask-wtf", "0.14.3") is not None
    assert fake_github.issues(OWNER, "html5-app") == []
    monkeypatch.undo()
    again = Runtime(settings=runtime.settings, engine=runtime.engine, pypi=runtime.pypi, github=runtime.github)
    for _ in range(2):
        for name in APPS:
            await rescan_repository(again, installation, f"{OWNER}/{name}")
    [issue] = fake_github.issues(OWNER, "html5-app")
    assert issue.title == TITLE
    assert fake_github.issues(OWNER, "opencve") == []
    assert _notes(again, "opencve") == [NOTE]


def _forge(engine: Engine) -> None:
    """Overwrite the stored Flask-WTF 0.14.3 verdict as an older finder made it: no reach read, and a false use in a
    module every import of flask_wtf loads."""
    verdict = stored_verdict(engine, "wtforms", "3.0.0", "flask-wtf", "0.14.3")
    assert verdict is not None and verdict.reach is not None
    false = DependentUse(symbol="wtforms.compat.text_type", kind=verdict.uses[0].kind, path="flask_wtf/form.py", line=3)
    save_verdict(engine, verdict.model_copy(update={"reach": None, "uses": (*verdict.uses, false)}))


def _mark(engine: Engine, schema_version: int, usage_version: int) -> None:
    """Say the stored Flask-WTF verdict was made with these versions."""
    with engine.begin() as connection:
        connection.execute(text("UPDATE compat_verdict SET schema_version = :s, usage_version = :u"
                                " WHERE dependent = 'flask-wtf'"),
                           {"s": schema_version, "u": usage_version})


@pytest.mark.parametrize("bump", ["usage finder", "diff engine", "stored before versions"])
async def test_a_stale_stored_verdict_is_recomputed_when_next_needed(
    world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub, monkeypatch: pytest.MonkeyPatch, bump: str,
) -> None:
    runtime, fake, installation = world
    assert await run_cycle(runtime, ROUND_STEPS)
    await _installed(runtime, fake_github, installation, {"opencve": APPS["opencve"]})
    fake.publish(pinned_release("wtforms", "3.0.0"))
    assert await run_cycle(runtime, ROUND_STEPS)
    assert fake_github.issues(OWNER, "opencve") == []

    # a verdict stored with the current versions is trusted as it is: an older finder's false use opens an issue
    _forge(runtime.engine)
    await rescan_repository(runtime, installation, f"{OWNER}/opencve")
    [issue] = fake_github.issues(OWNER, "opencve")
    assert issue.state == "open"

    # the finder is fixed and its version bumped (or the row predates versions): the verdict is read again, and
    # the issue closes
    if bump == "usage finder":
        monkeypatch.setattr(bot.storage.compat, "USAGE_VERSION", USAGE_VERSION + 1)
    elif bump == "diff engine":
        monkeypatch.setattr(bot.storage.compat, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    else:
        _mark(runtime.engine, 0, 0)
    await rescan_repository(runtime, installation, f"{OWNER}/opencve")
    [issue] = fake_github.issues(OWNER, "opencve")
    assert issue.state == "closed"
    assert _notes(runtime, "opencve") == [NOTE]
    verdict = stored_verdict(runtime.engine, "wtforms", "3.0.0", "flask-wtf", "0.14.3")
    assert verdict is not None and verdict.reach is not None
    assert {use.path for use in verdict.uses} == {"flask_wtf/html5.py"}
    with runtime.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT schema_version, usage_version FROM compat_verdict WHERE dependent = 'flask-wtf'")).all() == [
            (bot.storage.compat.SCHEMA_VERSION, bot.storage.compat.USAGE_VERSION)]

    # and read once: the next rescan finds it current
    fake_github.reset_calls()
    await rescan_repository(runtime, installation, f"{OWNER}/opencve")
    assert _writes(fake_github) == []


LOGIN = {"requirements.txt": "flask\nflask-login\n", "app.py": APP_PY}
LOGIN_WATCHLIST = ("flask", "werkzeug", "flask-login", "jinja2", "itsdangerous", "click", "blinker", "markupsafe")


@pytest.fixture
async def login_world(
    engine: Engine, fake_github: FakeGitHub, github_app: GitHubApp, github_settings: Settings, tmp_path: Path,
) -> AsyncIterator[tuple[Runtime, TimelinePyPI, int]]:
    fake = TimelinePyPI()
    inst = fake_github.add_installation(account=OWNER, account_type="Organization")
    settings = github_settings.model_copy(update={
        "pypi_url": "https://pypi.example", "watchlist": LOGIN_WATCHLIST, "cache_dir": tmp_path / "cache",
        "http_retries": 0})
    async with PyPIClient(settings, transport=fake.transport) as client:
        yield Runtime(settings=settings, engine=engine, pypi=client, github=github_app), fake, inst.id


@pytest.mark.parametrize("history", ["watched since 0.6.2", "installed after 0.6.3"])
async def test_the_older_extension_releases_checked_do_not_depend_on_the_databases_history(
    login_world: tuple[Runtime, TimelinePyPI, int], fake_github: FakeGitHub, history: str,
) -> None:
    # Flask-Login 0.6.2 breaks with Werkzeug 3.0.0, 0.6.3 fixes it, and `flask-login` still admits 0.6.2. A database
    # that watched since 0.6.2 stored its verdict when Werkzeug 3.0.0 shipped; one that started after 0.6.3 never
    # did, and warned nobody. Both now check the same releases, from PyPI's listing.
    runtime, fake, installation = login_world
    fake.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("flask", "2.3.3"),
                 pinned_release("flask-login", "0.6.2"), *support_releases())
    if history == "watched since 0.6.2":
        assert await run_cycle(runtime, ROUND_STEPS)
        await _installed(runtime, fake_github, installation, {"app": LOGIN})
        fake.publish(pinned_release("werkzeug", "3.0.0"), pinned_release("flask", "3.0.0"))
        assert await run_cycle(runtime, ROUND_STEPS)
        fake.publish(pinned_release("flask-login", "0.6.3", "2023-10-30T14:53:19Z"))
        assert await run_cycle(runtime, ROUND_STEPS)
    else:
        fake.publish(pinned_release("werkzeug", "3.0.0"), pinned_release("flask", "3.0.0"),
                     pinned_release("flask-login", "0.6.3", "2023-10-30T14:53:19Z"))
        assert await run_cycle(runtime, ROUND_STEPS)
        await _installed(runtime, fake_github, installation, {"app": LOGIN})
    [issue] = fake_github.issues(OWNER, "app")
    body = issue.body or ""
    assert issue.title == "Werkzeug 3.0.0 breaks Flask-Login 0.6.2, which this repository installs"
    assert "```\nflask-login>=0.6.3\n```" in body
    assert "now picks Flask-Login 0.6.3, but the requirement still admits **Flask-Login 0.6.2**" in body


# The pure parts, against the full reading `scan` makes.

WTFORMS_3_0 = ReleaseDiff(package="wtforms", old="2.3.3", new="3.0.0",
                          changes=list(changes("wtforms", "2.3.3", "3.0.0").values()))


def _random_graph(rng: random.Random) -> dict[str, frozenset[str]]:
    modules = ["p", "p.a", "p.b", "p.a.x", "p.a.y", "p.c", "q", "q.z"]
    names = [*modules, "p.a.x.thing", "p.nope", "q.z.f", "other", "p.c.k"]
    kept = [m for m in modules if rng.random() < 0.9]
    return {m: frozenset(rng.sample(names, rng.randint(0, 3))) for m in kept}


def test_the_loaders_of_a_module_are_those_whose_import_loads_it() -> None:
    rng = random.Random(16)
    for _ in range(500):
        graph = _random_graph(rng)
        held = set(rng.sample(["p.a.x", "p.b", "q.z", "p.gone"], rng.randint(1, 2)))
        assert _loaders(graph, held) == {m for m in graph if held & loaded(graph, {m})}


def test_the_reach_kept_with_a_verdict_says_what_the_full_graph_says() -> None:
    # the App keeps only the reach of the uses; `scan` reads the whole graph: the same note for every import set
    root = unpacked_release("flask-wtf", "0.14.3")
    paths = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    report = scan_paths(paths, lambda path: (root / path).read_bytes(), [WTFORMS_3_0], [])
    verdict = compat_verdict(CoreMetadata(name="Flask-WTF", version="0.14.3", requires_dist=("WTForms",)),
                             WTFORMS_3_0, report.usages)
    assert verdict.status is CompatStatus.BREAKS
    via = make_via(verdict, "Flask-WTF", "0.14.3", ("flask-wtf",), [])
    modules = module_names(paths)
    graph = import_graph(modules, lambda path: (root / path).read_bytes())
    reach = use_reach(verdict.uses, modules, graph)
    assert reach is not None and "flask_wtf.html5" in reach.loaders and "flask_wtf" not in reach.loaders
    sources = ["from flask_wtf import FlaskForm\n", "from flask_wtf.csrf import CSRFProtect\n", "import flask_wtf\n",
               HTML5, "from flask_wtf import html5\n", "from flask_wtf.recaptcha import RecaptchaField\n",
               "import flask_wtf.file\n", "from flask_wtf.form import _Auto\n"]
    rng = random.Random(3)
    for _ in range(40):
        tree = {f"app/m{n}.py": s.encode() for n, s in enumerate(rng.sample(sources, rng.randint(1, 3)))}
        imported = tree_imports(sorted(tree), tree.get, {"flask_wtf"})
        assert unloaded_note(via, reach.holding, reach.graph(), imported) == unloaded_note(via, modules, graph, imported)
    # a use outside any module (a script): what loads it is unknown, no reach
    script = DependentUse(symbol="wtforms.compat", kind=verdict.uses[0].kind, path="scripts/run.py", line=1)
    assert use_reach((*verdict.uses, script), modules, graph) is None


def test_the_older_releases_checked_are_the_newest_of_each_series() -> None:
    versions = [Version(v) for v in ["0.4.1", "0.5.0", "0.6.0", "0.6.1", "0.6.2", "2.5.1", "2.4.4", "3.0.0"]]
    assert [str(v) for v in series_heads(versions)] == ["3.0.0", "2.5.1", "2.4.4", "0.6.2", "0.5.0", "0.4.1"]


async def test_what_a_tree_imports_is_unknown_when_a_file_may_be_missing(
    world: tuple[Runtime, TimelinePyPI, int],
) -> None:
    runtime, _, _ = world
    files = {"forms.py": FORMS, "README.md": "import flask_wtf.html5", "other.py": "import flask\n"}
    roots = frozenset({"flask_wtf"})
    assert await RepoTree(files, frozenset({"flask_wtf"}), complete=True).imports(runtime, roots) == {
        "flask_wtf", "flask_wtf.FlaskForm", "flask_wtf.csrf", "flask_wtf.csrf.CSRFProtect"}
    assert await RepoTree(files, frozenset({"flask_wtf"}), complete=False).imports(runtime, roots) == set()
    assert await RepoTree(files, frozenset({"flask"}), complete=True).imports(runtime, roots) == set()


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_verdicts_stored_before_the_migration_are_stale(database_url: str, tmp_path: Path) -> None:
    stored_before(
        database_url, "0018_fleet_cpu",
        "INSERT INTO compat_verdict (package, version, dependent, dependent_version, status, verdict_json,"
        " evaluated_at) VALUES ('wtforms', '3.0.0', 'flask-wtf', '0.14.3', 'breaks', :json, CURRENT_TIMESTAMP)",
        {"json": compat_verdict(CoreMetadata(name="Flask-WTF", version="0.14.3", requires_dist=("WTForms",)),
                                WTFORMS_3_0, []).model_dump_json()})
    engine = make_engine(database_url)
    try:
        assert stored_verdict(engine, "wtforms", "3.0.0", "flask-wtf", "0.14.3") is None
        fresh = compat_verdict(CoreMetadata(name="Flask-WTF", version="0.15.0", requires_dist=("WTForms",)),
                               WTFORMS_3_0, [])
        save_verdict(engine, fresh)
        save_verdict(engine, fresh)  # twice (a retried job): one row, current
        assert stored_verdict(engine, "wtforms", "3.0.0", "flask-wtf", "0.15.0") == fresh
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM compat_verdict")).scalar() == 2
        # down and up again: the table keeps the triggers that tell /status its answers are stale (0015)
        command.downgrade(alembic_config(database_url), "0018_fleet_cpu")
        upgrade(database_url)
        before = _generation(engine)
        save_verdict(engine, fresh)
        assert _generation(engine) == before + 1
    finally:
        engine.dispose()


def _generation(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT compat_verdict FROM answer_generation")).scalar_one())
