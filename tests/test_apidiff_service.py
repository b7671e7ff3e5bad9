"""The Analyser (compare, deprecations) and the post-poll step through the real PyPIClient, process pool and
database, on a PyPI double that serves the pinned real artifacts (so nothing but tests/artifacts.py downloads)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

from bot.adapters.pypi import PyPIClient
from bot.cli.main import app
from bot.config import get_settings
from bot.jobs.analysis import Analyser
from bot.jobs.analysis_queue import analyse_pending_releases
from bot.jobs.analysis_worker import Extractor
from bot.jobs.sandbox import Sandbox
from bot.releases import AnalysisState
from bot.runtime import Runtime
from bot.storage.models.analysis import ApiSurface, ReleaseDiffRow
from bot.storage.models.pypi import Release, WatchedPackage
from bot.storage.surfaces import load_surface, stored_diff
from tests.artifacts import CACHE_DIR, PINS, unpacked_release
from tests.conftest import make_settings
from tests.pypi_replay import serve_http


def _artifact(package: str, version: str) -> Path:
    """The pinned artifact file itself (downloaded by tests/artifacts.py on first use)."""
    sha256 = PINS[(package, version, "auto")]
    unpacked_release(package, version)
    [path] = (CACHE_DIR / "artifacts" / sha256[:2] / sha256).iterdir()
    return path


class PinnedPyPI:
    """`/pypi/NAME/json` listing only pinned releases, and their files, like PyPI serves them."""

    def __init__(self, releases: dict[str, list[str]], missing_files: set[str] = frozenset()) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self.requests: Counter[str] = Counter()
        for package, versions in releases.items():
            entries: dict[str, list[dict[str, Any]]] = {}
            for version in versions:
                path = _artifact(package, version)
                data = path.read_bytes()
                digest = hashlib.sha256(data).hexdigest()
                if version not in missing_files:
                    self.files[f"/files/{digest}/{path.name}"] = data
                entries[version] = [{
                    "filename": path.name, "url": f"/files/{digest}/{path.name}", "digests": {"sha256": digest},
                    "size": len(data), "packagetype": "bdist_wheel" if path.name.endswith(".whl") else "sdist",
                    "upload_time_iso_8601": "2023-01-01T00:00:00Z", "yanked": False, "requires_python": None,
                }]
            self.docs[package] = {"info": {"name": package, "version": versions[-1]}, "last_serial": 1, "releases": entries}

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests[request.url.path] += 1
        if request.url.path.startswith("/files/"):
            data = self.files.get(request.url.path)
            return httpx.Response(200, content=data) if data is not None else httpx.Response(404)
        parts = request.url.path.strip("/").split("/")
        doc = self.docs.get(parts[1]) if len(parts) == 3 and parts[0] == "pypi" else None
        return httpx.Response(200, json=doc) if doc is not None else httpx.Response(404, json={"message": "Not Found"})

    @property
    def downloads(self) -> int:
        return sum(count for path, count in self.requests.items() if not path.startswith("/pypi/"))


@pytest.fixture
def analyser_for(shared_sandbox: Sandbox) -> Any:
    """A fresh analyser (empty memory) over a PyPI double, parsing in worker processes as the service does."""

    def make(client: PyPIClient, engine: Engine | None = None) -> Analyser:
        return Analyser(client, engine, Extractor(shared_sandbox))

    return make


@pytest.fixture
async def client_for(tmp_path: Path) -> AsyncIterator[Any]:
    clients: list[PyPIClient] = []

    def make(pypi: PinnedPyPI) -> PyPIClient:
        client = PyPIClient(make_settings(tmp_path), transport=httpx.MockTransport(pypi.handler), retry_base_delay=0.0)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


WERKZEUG = ["2.2.3", "2.3.0", "2.3.1", "2.3.4", "2.3.7", "2.3.8", "3.0.0"]


async def test_compare_releases_defaults_to_the_previous_release_and_stores_everything(
        engine: Engine, client_for: Any, analyser_for: Any) -> None:
    pypi = PinnedPyPI({"werkzeug": WERKZEUG})
    diff = await analyser_for(client_for(pypi), engine).compare("werkzeug", "3.0.0")
    assert (diff.package, diff.old, diff.new) == ("werkzeug", "2.3.8", "3.0.0")
    decode = next(c for c in diff.changes if c.symbol == "werkzeug.urls.url_decode")
    assert (decode.kind.value, decode.deprecated_since, decode.hint) == ("removed", "2.3.0", "Use 'urllib.parse.parse_qs' instead")
    assert stored_diff(engine, "Werkzeug", "3.0.0") == diff
    with Session(engine) as session:
        stored_versions = set(session.exec(select(ApiSurface.version)).all())
    assert {"2.3.8", "3.0.0", "2.3.0", "2.2.3"} <= stored_versions < set(WERKZEUG)  # binary search, not every release

    downloads = pypi.downloads
    again = await analyser_for(client_for(pypi), engine).compare("werkzeug", "3.0.0")
    assert again == diff and pypi.downloads == downloads


async def test_current_deprecations_and_surface_storage(engine: Engine, client_for: Any, analyser_for: Any) -> None:
    pypi = PinnedPyPI({"markupsafe": ["2.0.1", "2.1.0"]})
    deprecations = await analyser_for(client_for(pypi), engine).deprecations("MarkupSafe", "2.0.1")
    soft = next(c for c in deprecations if c.symbol == "markupsafe.soft_unicode")
    assert (soft.kind.value, soft.object.value, soft.hint) == ("deprecated", "function", "'soft_unicode' has been renamed to 'soft_str'")
    surface = load_surface(engine, "markupsafe", "2.0.1")
    assert surface is not None and surface.symbols["markupsafe.soft_unicode"].file == "src/markupsafe/_native.py"


async def test_first_release_has_nothing_to_compare(client_for: Any, analyser_for: Any) -> None:
    pypi = PinnedPyPI({"itsdangerous": ["2.0.1"]})
    diff = await analyser_for(client_for(pypi)).compare("itsdangerous", "2.0.1")
    assert (diff.old, diff.changes) == ("", [])


def _queue(engine: Engine, package: str, latest: str, rows: list[tuple[str, bool, AnalysisState]]) -> None:
    with Session(engine) as session:
        session.add(WatchedPackage(name=package, latest_version=latest))
        session.commit()
        session.add_all(Release(package=package, version=v, is_prerelease=pre, analysis_state=state) for v, pre, state in rows)
        session.commit()


def _states(engine: Engine) -> dict[str, tuple[str, str | None]]:
    with Session(engine) as session:
        return {r.version: (r.analysis_state.value, r.analysis_error) for r in session.exec(select(Release))}


async def test_analyse_pending_releases_records_failures_and_retries_them(engine: Engine, tmp_path: Path, client_for: Any) -> None:
    _queue(engine, "itsdangerous", "2.1.0", [
        ("2.0.1", False, AnalysisState.BASELINE),
        ("2.1.0", False, AnalysisState.PENDING),
        ("2.1.0rc1", True, AnalysisState.PENDING),
    ])
    broken = PinnedPyPI({"itsdangerous": ["2.0.1", "2.1.0"]}, missing_files={"2.1.0"})
    runtime = Runtime(settings=make_settings(tmp_path), engine=engine, pypi=client_for(broken))
    assert await analyse_pending_releases(runtime) == 0
    states = _states(engine)
    assert states["2.1.0"][0] == "failed" and states["2.1.0"][1].startswith("PyPIError: GET https://pypi.org/files/")
    assert states["2.1.0rc1"] == ("analysed", None)  # a pre-release while the latest is final: skipped, not lost
    assert states["2.0.1"] == ("baseline", None)

    fixed = PinnedPyPI({"itsdangerous": ["2.0.1", "2.1.0"]})
    runtime = Runtime(settings=make_settings(tmp_path), engine=engine, pypi=client_for(fixed))
    assert await analyse_pending_releases(runtime) == 1
    assert _states(engine)["2.1.0"] == ("analysed", None)
    diff = stored_diff(engine, "itsdangerous", "2.1.0")
    assert diff is not None and diff.old == "2.0.1"
    assert {c.symbol for c in diff.changes if c.kind.value == "removed"} == {
        "itsdangerous.JSONWebSignatureSerializer", "itsdangerous.TimedJSONWebSignatureSerializer",
        "itsdangerous.json", "itsdangerous.jws", "itsdangerous._json.DeprecatedJSON",
    }
    with Session(engine) as session:
        assert len(session.exec(select(ReleaseDiffRow)).all()) == 1
    assert await analyse_pending_releases(runtime) == 0  # nothing queued any more


MARKUPSAFE_JSON = {
    "package": "markupsafe", "old": "2.0.1", "new": "2.1.0",
    "changes": [{
        "symbol": "markupsafe.soft_unicode", "kind": "removed", "object": "function",
        "detail": "function 'markupsafe.soft_unicode' no longer exists in 2.1.0", "deprecated_since": "2.0.1", "deprecated_parameter": "",
        "old_location": {"path": "src/markupsafe/_native.py", "line": 66}, "new_location": None,
        "hint": "'soft_unicode' has been renamed to 'soft_str'", "signature": None, "aliases": [],
        "breakage": "deprecated_name_removed", "breakages": ["deprecated_name_removed"],
        "witness": "from markupsafe import soft_unicode",
    }],
    "notes": [],
}
MARKUPSAFE_TEXT = """markupsafe 2.0.1 -> 2.1.0: 1 change(s)

Removed (1):
  markupsafe.soft_unicode [function] (deprecated since 2.0.1)
      hint: 'soft_unicode' has been renamed to 'soft_str'

What to do: bound the requirement (`markupsafe<2.1.0`) until code using these symbols is migrated (the hints above \
say how); `release-watch scan PATH --against markupsafe==2.1.0` finds the uses.
"""


@pytest.mark.parametrize(("args", "exit_code", "expected"), [
    (["diff", "markupsafe", "2.0.1", "2.1.0", "--format", "json"], 1, MARKUPSAFE_JSON),
    (["diff", "markupsafe", "2.0.1", "2.1.0"], 1, MARKUPSAFE_TEXT),
    (["diff", "markupsafe", "2.1.0", "2.1.0"], 2,
     "error: OLD and NEW are the same release (2.1.0); nothing to compare\n"),
    (["diff", "markupsafe", "2.0.1", "9.9"], 2, "error: markupsafe has no release 9.9\n"),
])
def test_diff_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], exit_code: int, expected: Any) -> None:
    pypi = PinnedPyPI({"markupsafe": ["2.0.1", "2.1.0"]})
    with serve_http(pypi) as url:  # type: ignore[arg-type]  (duck-typed: only .handler is used)
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("DATA_DIR", str(tmp_path))
        get_settings.cache_clear()
        try:
            result = CliRunner().invoke(app, args)
        finally:
            get_settings.cache_clear()
    assert result.exit_code == exit_code, result.output
    if isinstance(expected, dict):
        assert json.loads(result.stdout) == expected
    else:
        assert result.output == expected


def test_core_lookup_reads_what_load_diff_reads(engine: Engine) -> None:
    from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
    from bot.storage.diff_lookup import stored_release_diff
    from bot.storage.surfaces import load_diff, save_diff

    change = Change(symbol="markupsafe.soft_unicode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
                    detail="gone", hint="use soft_str", deprecated_since="2.0.1")
    save_diff(engine, ReleaseDiff(package="MarkupSafe", old="2.0.1", new="2.1.0", changes=[change]))
    stored = stored_release_diff(engine, "markupsafe", "2.0.1", "2.1.0")
    assert stored is not None and stored == load_diff(engine, "MarkupSafe", "2.0.1", "2.1.0")
    assert stored.changes == [change]
    assert stored_release_diff(engine, "markupsafe", "2.0.0", "2.1.0") is None


def test_diff_command_exits_2_when_a_side_cannot_be_compared(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bot.apidiff.diff import CannotCompare

    monkeypatch.setenv("DATA_DIR", str(tmp_path))  # never the checkout's own data/

    async def fail(*args: Any, **kwargs: Any) -> Any:
        raise CannotCompare("cannot compare: demo 2.0 has no module that could be analysed (demo/a.py: SyntaxError)")

    monkeypatch.setattr(Analyser, "compare", fail)
    result = CliRunner().invoke(app, ["diff", "demo", "1.0", "2.0"])
    assert (result.exit_code, result.output) == (
        2, "error: cannot compare: demo 2.0 has no module that could be analysed (demo/a.py: SyntaxError)\n")


async def test_dependency_surfaces_resolve_the_newest_admitted_version(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.apidiff.lazydeps import DependencyTree
    from bot.apidiff.model import Surface, Symbol
    from bot.errors import AnalysisError

    quart = Symbol("quart.Quart", "class", external_bases=("flask.sansio.app.App",))
    new = Surface("quart", "0.19.0", {"quart.Quart": quart}, requires=("flask>=3.0.0", "aiofiles"))
    old = Surface("quart", "0.18.4", {"quart.Quart": quart, "quart.Quart.route": Symbol("quart.Quart.route", "function")})
    fetched: list[tuple[str, str]] = []
    resolved: list[tuple[list[str], list[DependencyTree]]] = []

    class Client:
        async def project(self, name: str) -> Any:
            versions = ["2.3.3", "3.0.0", "3.0.1", "3.1.0rc1"]
            return type("P", (), {"releases": [type("R", (), {"version": v, "yanked": v == "3.0.1"}) for v in versions]})

        async def unpacked(self, name: str, version: str) -> Path:
            fetched.append((name, version))
            return Path("/unpacked") / name

    async def dependencies(
        self: Extractor, asked: list[str], trees: list[DependencyTree], env_names: list[str] | None = None
    ) -> list[Surface]:
        resolved.append((asked, trees))
        return [Surface(tree.package, tree.version) for tree in trees]

    monkeypatch.setattr(Extractor, "dependencies", dependencies)
    found = await Analyser(Client()).dependency_surfaces(old, new)  # type: ignore[arg-type]
    assert fetched == [("flask", "3.0.0")] and [s.version for s in found] == ["3.0.0"]
    assert resolved == [(["flask.sansio.app.App"], [DependencyTree("flask", "3.0.0", Path("/unpacked/flask"))])]
    # no member went missing and no call changed: the diff asks the dependencies nothing, nothing is fetched
    assert await Analyser(Client()).dependency_surfaces(new, new) == [] and len(fetched) == 1  # type: ignore[arg-type]

    async def too_costly(
        self: Extractor, asked: list[str], trees: list[DependencyTree], env_names: list[str] | None = None
    ) -> list[Surface]:
        raise AnalysisError("dependencies flask: not analysed: took longer than 600 s")

    monkeypatch.setattr(Extractor, "dependencies", too_costly)  # left out: no claim about what they provide
    assert await Analyser(Client()).dependency_surfaces(old, new) == []  # type: ignore[arg-type]


async def test_the_comparisons_heavy_steps_run_off_the_event_loop(
        engine: Engine, client_for: Any, analyser_for: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14, defect 10: a large release's project JSON, surfaces and diff were decoded and computed on the
    loop (seconds for sqlalchemy), so webhook acks waited behind them."""
    import threading
    import types

    import bot.adapters.pypi
    import bot.jobs.analysis
    import bot.jobs.analysis_worker

    on_loop: list[str] = []
    called: set[str] = set()

    def watched(name: str, function: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            called.add(name)
            if threading.current_thread() is threading.main_thread():
                on_loop.append(name)
            return function(*args, **kwargs)
        return run

    for module, name in [(bot.jobs.analysis, "diff_surfaces"), (bot.jobs.analysis, "unclaimed_classes"),
                         (bot.jobs.analysis_worker, "surface_from_json"), (bot.adapters.pypi, "parse_project")]:
        monkeypatch.setattr(module, name, watched(name, getattr(module, name)))
    monkeypatch.setattr(bot.adapters.pypi, "json", types.SimpleNamespace(loads=watched("json.loads", json.loads)))
    diff = await analyser_for(client_for(PinnedPyPI({"werkzeug": WERKZEUG})), engine).compare("werkzeug", "3.0.0")
    assert any(c.symbol == "werkzeug.urls.url_decode" for c in diff.changes)
    assert called == {"diff_surfaces", "unclaimed_classes", "surface_from_json", "parse_project", "json.loads"}
    assert on_loop == []


async def test_a_service_compares_in_a_worker_and_never_holds_the_surfaces(
        tmp_path: Path, migrated_url: str, engine: Engine) -> None:
    """Issue 14, defect 10: under `serve`, a release's surfaces (tens of MB for large ones) are built, diffed and
    stored in a worker process; the serving process only receives the diff."""
    pypi = PinnedPyPI({"markupsafe": ["2.0.1", "2.1.0"]})
    with serve_http(pypi) as url:  # type: ignore[arg-type]  (duck-typed: only .handler is used)
        settings = make_settings(tmp_path, migrated_url, pypi_url=url)
        async with PyPIClient(settings) as client:
            runtime = Runtime(settings=settings, engine=engine, pypi=client, isolate_analysis=True)
            diff = await runtime.compare("MarkupSafe", "2.1.0")
    assert (diff.old, diff.new) == ("2.0.1", "2.1.0")
    assert [c.symbol for c in diff.changes if c.kind.value == "removed"] == ["markupsafe.soft_unicode"]
    assert stored_diff(engine, "markupsafe", "2.1.0") == diff
    assert load_surface(engine, "markupsafe", "2.0.1") is not None
    assert "analyser" not in runtime.__dict__ and client.requests_sent == 0  # nothing parsed or fetched here


async def test_a_database_refusing_the_results_costs_a_command_only_the_next_runs_head_start(
        tmp_path: Path, request: pytest.FixtureRequest, client_for: Any, shared_sandbox: Sandbox,
        caplog: pytest.LogCaptureFixture) -> None:
    """A read-only database (as a full disk): the CLI still gets its diff; the service's job fails and runs again."""
    import shutil

    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    copy = tmp_path / "read-only.db"
    shutil.copyfile(request.getfixturevalue("sqlite_template"), copy)
    read_only = create_engine(f"sqlite:///file:{copy}?mode=ro&uri=true")
    pypi = PinnedPyPI({"markupsafe": ["2.0.1", "2.1.0"]})
    try:
        command = Analyser(client_for(pypi), read_only, Extractor(shared_sandbox), storing_optional=True)
        diff = await command.compare("markupsafe", "2.1.0")
        assert any(c.symbol == "markupsafe.soft_unicode" for c in diff.changes)
        assert "not stored for the next run: attempt to write a readonly database" in caplog.text
        with pytest.raises(OperationalError, match="readonly database"):
            await Analyser(client_for(pypi), read_only, Extractor(shared_sandbox)).compare("markupsafe", "2.1.0")
    finally:
        read_only.dispose()


@pytest.mark.parametrize(("error", "said"), [
    ("database", "error: the database failed: database or disk is full (check DATABASE_URL, the disk it is on, and "
                 "that the server is reachable)\n"),
    ("disk", "error: No space left on device (free some space, or set DATA_DIR and CACHE_DIR on a larger disk)\n"),
])
def test_diff_command_words_a_full_disk_in_one_line(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, error: str, said: str) -> None:
    import errno
    import sqlite3

    from sqlalchemy.exc import OperationalError

    monkeypatch.setenv("DATA_DIR", str(tmp_path))

    async def fail(*args: Any, **kwargs: Any) -> Any:
        if error == "database":
            raise OperationalError("INSERT INTO api_surface ...", {}, sqlite3.OperationalError("database or disk is full"))
        raise OSError(errno.ENOSPC, "No space left on device")  # a download's write: no file name to give

    monkeypatch.setattr(Analyser, "compare", fail)
    result = CliRunner().invoke(app, ["diff", "demo", "1.0", "2.0"])
    assert (result.exit_code, result.output) == (2, said)
