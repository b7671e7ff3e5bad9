"""Removals of private names: kept in the stored diff (a repository that imports them breaks), but off by default in
`diff`'s output and in /status counts, and they reach a repository only through its own use, labelled private API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff, is_private_symbol
from bot.cli.main import app
from bot.config import Settings, get_settings
from bot.findings.outcome import evaluate
from bot.findings.render import issue
from bot.findings.scan import analyse_repository
from bot.web.stored import changes, kinds
from tests.pypi_replay import serve_http
from tests.test_apidiff_service import PinnedPyPI

PRIVATE = Change(symbol="werkzeug._internal._log", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
                 detail="function 'werkzeug._internal._log' no longer exists in 3.0.0 (private API, ...)")
PUBLIC = Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION)
ONLY_PRIVATE = ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[PRIVATE])
REQUIREMENTS = b"werkzeug>=2\n"


@pytest.mark.parametrize(("symbol", "private"), [
    ("werkzeug._internal._log", True), ("flask._app_ctx_stack", True), ("pkg.Cls._hook", True),
    ("werkzeug.__version__", False), ("werkzeug.urls.url_decode", False), ("env:FLASK_ENV", False),
    ("config:JSON_SORT_KEYS", False), ("pkg.Cls.__init__", False),
])
def test_private_symbols(symbol: str, private: bool) -> None:
    assert is_private_symbol(symbol) is private


def test_public_drops_only_private_changes() -> None:
    diff = ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[PRIVATE, PUBLIC], notes=["n"])
    assert diff.public() == ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[PUBLIC], notes=["n"])


def test_status_counts_leave_private_removals_out() -> None:
    stored = json.dumps([PRIVATE.model_dump(mode="json"), PUBLIC.model_dump(mode="json")])
    assert kinds(stored) == {"removed": 1}
    assert changes(stored) == [PUBLIC]
    assert changes(stored, private=True) == [PRIVATE, PUBLIC]


def test_a_private_removal_opens_no_issue_in_a_repository_that_does_not_use_it() -> None:
    files = {"requirements.txt": REQUIREMENTS, "app.py": b"from werkzeug.utils import secure_filename\n"}
    report = analyse_repository(files, [ONLY_PRIVATE]).report
    assert report is not None
    assert evaluate("o/r", "a" * 40, report, ONLY_PRIVATE).finding is None


def test_a_used_private_removal_opens_an_issue_labelled_private_api() -> None:
    files = {"requirements.txt": REQUIREMENTS, "app.py": b"from werkzeug._internal import _log\n\n_log('info', 'x')\n"}
    report = analyse_repository(files, [ONLY_PRIVATE]).report
    assert report is not None
    finding = evaluate("o/r", "a" * 40, report, ONLY_PRIVATE).finding
    assert finding is not None and [u.symbol for u in finding.uses] == ["werkzeug._internal._log"] * len(finding.uses)
    body = issue(finding).body
    assert "| `werkzeug._internal._log` (private API) |" in body
    assert "private API" in body.split("### What changed", 1)[1]


def _diff_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    pypi = PinnedPyPI({"itsdangerous": ["2.0.1", "2.1.0"]})
    with serve_http(pypi) as url:  # type: ignore[arg-type]
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("DATA_DIR", str(tmp_path))
        get_settings.cache_clear()
        try:
            result = CliRunner().invoke(app, ["diff", "itsdangerous", "2.0.1", "2.1.0", *args])
        finally:
            get_settings.cache_clear()
    return result.exit_code, result.stdout


def test_diff_command_lists_private_removals_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, text = _diff_cli(tmp_path, monkeypatch)
    assert code == 1
    assert text.splitlines()[0] == (
        "itsdangerous 2.0.1 -> 2.1.0: 4 change(s) (1 change(s) to private names not shown: --private lists them)")
    assert "DeprecatedJSON" not in text and "  itsdangerous.json [attribute]" in text
    code, shown = _diff_cli(tmp_path, monkeypatch, "--private", "--format", "json")  # the stored diff, second run
    assert code == 1
    assert "itsdangerous._json.DeprecatedJSON" in {c["symbol"] for c in json.loads(shown)["changes"]}
    code, hidden = _diff_cli(tmp_path, monkeypatch, "--format", "json")
    assert "itsdangerous._json.DeprecatedJSON" not in {c["symbol"] for c in json.loads(hidden)["changes"]}


def test_status_endpoints_count_and_list_private_removals_apart(settings: Settings, engine: Engine) -> None:
    from sqlmodel import Session

    from bot.releases import AnalysisState
    from bot.storage.models.pypi import Release, WatchedPackage
    from bot.storage.surfaces import save_diff
    from bot.web.app import create_app

    with Session(engine) as session:
        session.add(WatchedPackage(name="werkzeug", latest_version="3.0.0"))
        session.commit()
        session.add(Release(package="werkzeug", version="3.0.0", analysis_state=AnalysisState.ANALYSED))
        session.commit()
    save_diff(engine, ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[PRIVATE, PUBLIC]))
    with TestClient(create_app(settings, start_scheduler=False)) as client:
        status = client.get("/status").json()
        package = client.get("/status/packages/werkzeug").json()
        release = client.get("/status/releases/werkzeug/3.0.0").json()
    assert status["changes_by_kind"] == {"removed": 1}
    assert [r["breaking_changes"] for r in status["breaking_releases"]] == [1]
    assert (package["latest_changes_total"], package["releases"][0]["changes"]) == (1, 1)
    assert [c["symbol"] for c in package["releases"][0]["change_list"]] == ["werkzeug.urls.url_decode"]
    assert [c["symbol"] for c in release["changes"]] == ["werkzeug.urls.url_decode"]
    assert [c["symbol"] for c in release["private_changes"]] == ["werkzeug._internal._log"]
    assert release["changes_by_kind"] == {"removed": 1}
