"""dependents18: verdicts on real applications that install Flask extensions (see README, "Usage")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.changes import ChangeKind
from bot.cli.main import app
from bot.cli.transitive import risk_entries
from bot.findings.compat import DependentUse
from bot.findings.transitive import Via, still_missing
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import support_releases
from tests.test_usage_dependents17 import UNWATCHED_LOGIN

runner = CliRunner()


@pytest.fixture
def restored_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    """Flask 2.3.0 lost `flask.Markup`, 2.3.1 restored it (deprecated); Flask-WTF 1.1.1 imports it."""
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("flask", "2.2.5"), pinned_release("flask", "2.3.0"), pinned_release("flask", "2.3.2"),
                 pinned_release("werkzeug", "2.3.8"), pinned_release("flask-wtf", "1.1.1"),
                 metadata_only("wtforms", "3.0.1", ("MarkupSafe",)), *support_releases())
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, UNWATCHED_LOGIN):
        yield pypi


def _vias(tmp_path: Path, requirements: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text(requirements)
    (root / "app.py").write_text("from flask_wtf import FlaskForm, RecaptchaField\n")
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==2.3.0", "--format", "json"])
    return result.exit_code, [risk["via"] for risk in json.loads(result.stdout)["risks"] if "via" in risk]


def test_archivy_pinning_the_flask_that_restored_markup_is_not_broken_through_flask_wtf(
    restored_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    # archivy 1.7.7's requirements.txt: Flask == 2.3.2, Flask_WTF == 1.1.1 (was AT RISK through Flask-WTF 1.1.1)
    assert _vias(tmp_path, "Flask == 2.3.2\nFlask_WTF == 1.1.1\n") == (0, [])


def test_an_app_admitting_the_release_that_removed_it_still_breaks(restored_pypi: TimelinePyPI, tmp_path: Path) -> None:
    code, vias = _vias(tmp_path, "flask>=2.3,<2.4\nflask-wtf==1.1.1\n")
    assert code == 1
    [via] = vias
    assert (via["package"], via["version"]) == ("flask-wtf", "1.1.1")
    assert {"symbol": "flask.Markup", "file": "flask_wtf/recaptcha/widgets.py", "line": 2} in via["uses"]


def _use(symbol: str, kind: ChangeKind) -> DependentUse:
    return DependentUse(symbol=symbol, kind=kind, path="ext/mod.py", line=1)


def test_only_removals_the_partner_release_has_again_are_dropped() -> None:
    uses = (_use("flask.Markup", ChangeKind.REMOVED), _use("flask.json.JSONEncoder", ChangeKind.REMOVED),
            _use("flask.send_file", ChangeKind.SIGNATURE_CHANGED))
    kept = still_missing(uses, {"flask.Markup", "flask.send_file"})
    assert [use.symbol for use in kept] == ["flask.json.JSONEncoder", "flask.send_file"]


def test_an_extension_taking_the_package_through_another_requirement_shows_no_empty_requirement() -> None:
    # ihatemoney 5.2.0 @ werkzeug 3.0.0: Flask-WTF 1.0.1 imports werkzeug.urls.url_encode; only Flask requires Werkzeug
    via = Via(dependent="flask-wtf", display_name="Flask-WTF", version="1.0.1", fresh_version="1.3.0",
              requirement="", chain=("flask-wtf",))
    flask = via.model_copy(update={"dependent": "flask", "display_name": "Flask", "version": "2.1.3",
                                   "requirement": "Werkzeug>=2.0"})
    reasons = [entry["reasons"] for entry in risk_entries({("werkzeug", "3.0.0"): (via, flask)})]
    assert reasons == [["Flask-WTF 1.0.1 uses what werkzeug 3.0.0 breaks"],
                       ["Flask 2.1.3 (Werkzeug>=2.0) uses what werkzeug 3.0.0 breaks"]]
