"""Classes found scanning real applications and extensions never scanned before (flask-paginate, Flask-Dropzone,
Flask-Markdown, Flask-AppBuilder, FlaskBB, Airflow, ...): each on real pinned releases or synthetic siblings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from bot.config import get_settings
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release
from tests.pypi_replay import serve_http
from tests.test_transitive_timeline import APP_PY, support_releases

runner = CliRunner()

# Flask-Login is left out of the watchlist: the repository installs it itself, so it is still an extension whose
# release breaks the repository (flask-login 0.6.2 imports werkzeug.urls.url_decode, gone in Werkzeug 3.0.0).
UNWATCHED_LOGIN = "flask,werkzeug,jinja2,itsdangerous,click,blinker,markupsafe"


@pytest.fixture
def unwatched_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("werkzeug", "3.0.0"),
                 pinned_release("flask", "2.3.3"), pinned_release("flask", "3.0.0"), pinned_release("flask-login", "0.6.2"),
                 metadata_only("requests", "2.31.0"), *support_releases())
    with serve_http(pypi) as base:  # type: ignore[arg-type]
        pypi.files = f"{base}/packages"
        for name, value in {"PYPI_URL": base, "DATA_DIR": str(tmp_path / "data"), "HTTP_RETRIES": "0",
                            "WATCHLIST": UNWATCHED_LOGIN}.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        yield pypi
    get_settings.cache_clear()


def _scan(tmp_path: Path, requirements: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text(requirements)
    (root / "app.py").write_text(APP_PY)
    result = runner.invoke(app, ["scan", str(root), "--against", "werkzeug==3.0.0", "--format", "json"])
    return result.exit_code, [risk for risk in json.loads(result.stdout)["risks"] if "via" in risk]


def test_an_unwatched_extension_the_repository_requires_itself_is_checked(
    unwatched_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    code, risks = _scan(tmp_path, "flask\nflask-login\n")
    assert code == 1
    [risk] = risks
    via = risk["via"]
    assert (risk["package"], risk["release"]) == ("werkzeug", "3.0.0")
    assert (via["package"], via["version"], via["requirement"], via["brought_by"]) == (
        "flask-login", "0.6.2", "Werkzeug>=1.0.1", "requirements.txt:2")
    assert {"symbol": "werkzeug.urls.url_decode", "file": "flask_login/utils.py", "line": 14} in via["uses"]


def test_unknown_and_unrelated_requirements_of_its_own_change_nothing(
    unwatched_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    # a private package PyPI does not know, and one that does not depend on Werkzeug, beside the extension
    code, risks = _scan(tmp_path, "flask\nflask-login\nour-private-lib==1.0\nrequests\n")
    assert code == 1
    assert [risk["via"]["package"] for risk in risks] == ["flask-login"]


def test_a_bound_still_protects_from_an_unwatched_extension(unwatched_pypi: TimelinePyPI, tmp_path: Path) -> None:
    code, risks = _scan(tmp_path, "flask\nflask-login\nwerkzeug<3\n")
    assert (code, risks) == (0, [])
