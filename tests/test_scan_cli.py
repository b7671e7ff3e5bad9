"""`release-watch scan` end to end: the real CLI, PyPIClient, diff engine and process pool, on a PyPI double
that lists the pinned werkzeug releases (their artifacts come from tests/artifacts.py's cache, sha256-checked)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from bot.cli.scan import parse_pin
from bot.config import get_settings
from tests.artifacts import CACHE_DIR, PINS, unpacked_release
from tests.pypi_replay import serve_http

runner = CliRunner()


class PinnedProject:
    """`/pypi/werkzeug/json` listing only some pinned wheels, as PyPI describes them."""

    def __init__(self, package: str, versions: list[str]) -> None:
        releases: dict[str, list[dict[str, Any]]] = {}
        for version in versions:
            sha256 = PINS[(package, version, "auto")]
            unpacked_release(package, version)
            [artifact] = (CACHE_DIR / "artifacts" / sha256[:2] / sha256).iterdir()
            releases[version] = [{
                "filename": artifact.name, "url": f"http://127.0.0.1/files/{artifact.name}",
                "digests": {"sha256": sha256}, "size": artifact.stat().st_size, "packagetype": "bdist_wheel",
                "upload_time_iso_8601": "2023-09-30T12:00:00Z", "yanked": False, "requires_python": ">=3.8",
            }]
        self.doc = {"info": {"name": package, "version": versions[-1]}, "last_serial": 1, "releases": releases}
        self.package = package

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/pypi/{self.package}/json":
            return httpx.Response(200, json=self.doc)
        return httpx.Response(404, json={"message": "Not Found"})


@pytest.fixture(scope="module")
def pypi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One server, environment and worker pool for the module (surfaces are extracted once, then remembered)."""
    data_dir = tmp_path_factory.mktemp("data")
    with serve_http(PinnedProject("werkzeug", ["2.0.3", "2.1.2", "2.3.8", "3.0.0"])) as base, pytest.MonkeyPatch.context() as patch:  # type: ignore[arg-type]
        for name, value in {"PYPI_URL": base, "CACHE_DIR": str(CACHE_DIR), "DATA_DIR": str(data_dir),
                            "WATCHLIST": "werkzeug", "HTTP_RETRIES": "0"}.items():
            patch.setenv(name, value)
        get_settings.cache_clear()
        yield base
    get_settings.cache_clear()


def sdist_tree(package: str, version: str) -> Path:
    [top] = list(unpacked_release(package, version, "sdist").iterdir())
    return top


def test_against_json_contract_and_exit_1(pypi: str) -> None:
    result = runner.invoke(app, ["scan", str(sdist_tree("flask-login", "0.6.2")), "--against", "Werkzeug==3.0.0",
                                 "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [(r["spec"], r["file"], r["line"], r["has_upper_bound"], r["admits"])
            for r in data["requirements"] if r["package"] == "werkzeug"] == [
        ("==1.0.1", "requirements/tests-min.txt", 26, True, {"3.0.0": False}),
        (">=1.0.1", "setup.py", 8, False, {"3.0.0": True}),
    ]
    assert [(u["file"], u["line"], u["form"], u["guarded"], u["confidence"], u["change"])
            for u in data["usages"] if u["symbol"] == "werkzeug.urls.url_decode"] == [
        ("src/flask_login/utils.py", 14, "import", False, "high", "removed"),
        ("src/flask_login/utils.py", 126, "call", False, "high", "removed"),
    ]
    assert [risk["package"] for risk in data["risks"]] == ["werkzeug"]
    assert {"level", "reasons", "confidence"} <= set(data["risks"][0])


def test_without_against_checks_the_latest_release_of_watched_dependencies(pypi: str) -> None:
    result = runner.invoke(app, ["scan", str(sdist_tree("flask", "2.2.5"))])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        "werkzeug 3.0.0 (after 2.3.8): OK",
        "  - Werkzeug>=2.2.2 (setup.py:7) admits 3.0.0, but nothing it breaks is used unguarded",
        "  - guarded (not counted): werkzeug.Client.cookie_jar at src/flask/testing.py:140, "
        "src/flask/testing.py:153, src/flask/testing.py:186",
    ]


def test_without_against_everything_removed_since_the_lowest_admitted_release_counts(pypi: str) -> None:
    # flask-restx 0.5.1 (werkzeug !=2.0.0, read from requirements/install.pip) uses parse_rule, gone since 2.2.0:
    # comparing only 2.3.8 with 3.0.0 said OK
    result = runner.invoke(app, ["scan", str(sdist_tree("flask-restx", "0.5.1"))])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "werkzeug 3.0.0 (after 2.0.3): AT RISK"
    assert ("  - werkzeug!=2.0.0 (requirements/install.pip:5) admits 3.0.0, which removes werkzeug.routing.parse_rule, "
            "used at flask_restx/swagger.py:18, flask_restx/swagger.py:82") in lines


def test_without_against_an_imported_but_undeclared_package_is_checked_too(pypi: str) -> None:
    # Flask-Bcrypt 0.7.1 declares only Flask and bcrypt, and imports werkzeug.security.safe_str_cmp
    result = runner.invoke(app, ["scan", str(sdist_tree("flask-bcrypt", "0.7.1"))])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "werkzeug 3.0.0 (after 2.0.3): AT RISK",
        "  - werkzeug is imported but not declared: it arrives through another requirement without a bound, so "
        "3.0.0 installs; declare it with a bound (or migrate)",
        "  - werkzeug 3.0.0 removes werkzeug.security.safe_str_cmp, used at flask_bcrypt.py:21, flask_bcrypt.py:193",
    ]


def test_text_report_says_at_risk_and_the_bound(pypi: str) -> None:
    result = runner.invoke(app, ["scan", str(sdist_tree("flask", "2.2.2")), "--against", "werkzeug==3.0.0"])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "werkzeug 3.0.0 (after 2.3.8): AT RISK"
    assert ("  - Werkzeug>=2.2.2 (setup.py:7) admits 3.0.0, which removes werkzeug.urls.url_quote, "
            "used at src/flask/app.py:30, src/flask/app.py:2034") in lines
    assert "  suggested bound: Werkzeug>=2.2.2,<3" in lines


@pytest.mark.parametrize(("args", "message"), [
    (["--against", "werkzeug>=3"], "error: expected PKG==VERSION, got 'werkzeug>=3'"),
    (["--against", "not a pin"], "error: expected PKG==VERSION, got 'not a pin'"),
    (["--against", "flask==3.0.0"], "error: "),
])
def test_errors_exit_2(pypi: str, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(message)


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path / "nope")])
    assert (result.exit_code, result.stderr) == (2, f"error: {tmp_path / 'nope'} is not a directory; give the path of a checkout\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Werkzeug==3.0.0", ("Werkzeug", "3.0.0")), ("flask-login == 0.6.3", ("flask-login", "0.6.3")),
])
def test_parse_pin(text: str, expected: tuple[str, str]) -> None:
    assert parse_pin(text) == expected
