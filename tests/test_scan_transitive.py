"""`release-watch scan PATH` tells the transitive story too: the chain in text, JSON (`via`) and the issue preview."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from tests.fake_pypi import TimelinePyPI, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import APP_PY, support_releases

runner = CliRunner()


@pytest.fixture
def timeline_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("werkzeug", "3.0.0"),
                 pinned_release("flask", "2.3.3"), pinned_release("flask", "3.0.0"), pinned_release("flask-login", "0.6.2"),
                 *support_releases())
    watchlist = "flask,werkzeug,flask-login,jinja2,itsdangerous,click,blinker,markupsafe"
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, watchlist):
        yield pypi


def checkout(root: Path, requirements: str) -> Path:
    root.mkdir()
    (root / "requirements.txt").write_text(requirements)
    (root / "app.py").write_text(APP_PY)
    return root


def scan(root: Path, output: str) -> tuple[int, str]:
    result = runner.invoke(app, ["scan", str(root), "--against", "werkzeug==3.0.0", "--format", output])
    return result.exit_code, result.stdout


def test_json_text_and_preview_carry_the_chain(timeline_pypi: TimelinePyPI, tmp_path: Path) -> None:
    root = checkout(tmp_path / "app", "flask\nflask-login\n")
    code, out = scan(root, "json")
    assert code == 1, out
    [risk] = [r for r in json.loads(out)["risks"] if "via" in r]
    via = risk["via"]
    assert (risk["package"], risk["release"], risk["kind"]) == ("werkzeug", "3.0.0", "transitive")
    assert (via["package"], via["version"], via["requirement"], via["brought_by"], via["fix_release"]) == (
        "flask-login", "0.6.2", "Werkzeug>=1.0.1", "requirements.txt:2", None)
    assert {"symbol": "werkzeug.urls.url_decode", "file": "flask_login/utils.py", "line": 14} in via["uses"]
    code, out = scan(root, "text")
    assert code == 1
    assert "werkzeug 3.0.0: AT RISK through flask-login 0.6.2 (brought in by requirements.txt:2)" in out
    assert "  - flask-login flask_login/utils.py:14 uses werkzeug.urls.url_decode" in out
    assert "  suggested bound: werkzeug<3 (no flask-login release fixes it yet)" in out
    code, out = scan(root, "markdown")
    assert code == 1
    assert out.startswith("# Werkzeug 3.0.0 breaks Flask-Login 0.6.2, which this repository installs\n")
    assert "Requirement: `flask-login` in [requirements.txt:2](requirements.txt#L2) brings in Flask-Login." in out


def test_a_bound_on_werkzeug_means_no_transitive_risk(timeline_pypi: TimelinePyPI, tmp_path: Path) -> None:
    code, out = scan(checkout(tmp_path / "bounded", "flask\nflask-login\nwerkzeug<3\n"), "json")
    assert code == 0, out
    assert [r for r in json.loads(out)["risks"] if "via" in r] == []
