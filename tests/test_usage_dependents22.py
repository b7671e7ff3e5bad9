"""dependents22: apps that break through an extension they install, and the fix release the issue names.

pyspider 0.3.10 requires `Flask-Login>=0.2.11` and never names Flask's removed stacks itself. Flask 3.0.0 removed
`flask._request_ctx_stack`, which Flask-Login 0.5.0 (a release the requirement still admits) imports. Flask-Login
0.6.2 no longer imports it, but it is no fix: Flask 3.0.0 requires `Werkzeug>=3.0.0`, and Flask-Login 0.6.2 imports
`werkzeug.urls.url_decode`, gone in Werkzeug 3.0.0; only Flask-Login 0.6.3 works with Flask 3.0.0.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.version import Version
from typer.testing import CliRunner

from bot.cli.main import app
from bot.deps.core_metadata import CoreMetadata
from bot.findings.compat import forced_floor
from tests.artifacts import unpacked_release
from tests.fake_pypi import TimelinePyPI, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import support_releases

runner = CliRunner()
RELEASES = [Version(v) for v in ("2.2.3", "2.3.8", "3.0.0", "3.0.1")]


@pytest.mark.parametrize(("requires", "floor"), [
    (("Werkzeug>=3.0.0",), "3.0.0"),  # Flask 3.0.0
    (("Werkzeug>=2.3.7", "Werkzeug<4"), "2.3.8"),  # every requirement on it holds
    (("Werkzeug>=3.0.1 ; python_version < '3'",), None),  # a marker false in the default environment
    (("Werkzeug",), None),  # no bound: the oldest release is admitted, nothing is forced
    (("Werkzeug>=2.0",), None),  # admits the oldest release listed
    (("Jinja2>=3.1.2",), None),  # a requirement on another package
    (("Werkzeug>=4",), None),  # admits none of the releases
])
def test_the_lowest_release_a_requirement_forces(requires: tuple[str, ...], floor: str | None) -> None:
    metadata = CoreMetadata(name="Flask", version="3.0.0", requires_dist=requires)
    assert forced_floor(metadata, "werkzeug", RELEASES) == (Version(floor) if floor else None)


@pytest.fixture
def flask_3_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("werkzeug", "3.0.0"),
                 pinned_release("flask", "2.3.3"), pinned_release("flask", "3.0.0"),
                 *(pinned_release("flask-login", v) for v in ("0.5.0", "0.6.2", "0.6.3")), *support_releases())
    watchlist = "flask,werkzeug,flask-login,jinja2,itsdangerous,click,blinker,markupsafe"
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, watchlist):
        yield pypi


def test_no_fix_release_breaks_with_what_the_release_itself_requires(flask_3_pypi: TimelinePyPI) -> None:
    [root] = unpacked_release("pyspider", "0.3.10", "sdist").iterdir()
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==3.0.0", "--format", "json"])
    assert result.exit_code == 1, result.stdout
    [via] = [r["via"] for r in json.loads(result.stdout)["risks"] if "via" in r]
    assert (via["package"], via["version"], via["brought_by"], via["fix_release"]) == (
        "flask-login", "0.5.0", "setup.py:28", "0.6.3")
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==3.0.0", "--format", "markdown"])
    assert "Flask-Login 0.6.3 no longer uses what Flask 3.0.0 broke: it is the fix release." in result.stdout
    assert "```\nFlask-Login>=0.6.3\n```" in result.stdout
