"""dependents22: apps that break through an extension they install, and the fix release the issue names.

pyspider 0.3.10 requires `Flask-Login>=0.2.11` and never names Flask's removed stacks itself. Flask 3.0.0 removed
`flask._request_ctx_stack`, which Flask-Login 0.5.0 (a release the requirement still admits) imports. Flask-Login
0.6.2 no longer imports it, but it is no fix: Flask 3.0.0 requires `Werkzeug>=3.0.0`, and Flask-Login 0.6.2 imports
`werkzeug.urls.url_decode`, gone in Werkzeug 3.0.0; only Flask-Login 0.6.3 works with Flask 3.0.0.

sandman2 1.2.3 pins `Flask-SQLAlchemy==2.4.0` (`flask._app_ctx_stack`): its fix, 3.0.0, is seven releases later, past
the five the search looked at, and the issue said "No Flask-SQLAlchemy release works with Flask 3.0.0 yet".
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.version import Version
from typer.testing import CliRunner

from bot.cli.main import app
from bot.deps.core_metadata import CoreMetadata
from bot.findings.compat import forced_floor
from tests.artifacts import unpacked_release
from tests.fake_pypi import FakeRelease, TimelinePyPI, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import support_releases

runner = CliRunner()


def scanned_via(tmp_path: Path, requirements: str) -> dict[str, object]:
    """The one via `scan --against flask==3.0.0` reports for an app importing `flask_thing` with `requirements`."""
    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text(requirements)
    (root / "app.py").write_text("import flask_thing\n")
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==3.0.0", "--format", "json"])
    [via] = [r["via"] for r in json.loads(result.stdout)["risks"] if "via" in r]
    return via  # type: ignore[no-any-return]
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


def synthetic_wheel(folder: Path, version: str, source: str) -> FakeRelease:
    """Flask-Thing `version`: a wheel whose one module is `source`, requiring only `Flask`."""
    metadata = f"Metadata-Version: 2.1\nName: Flask-Thing\nVersion: {version}\nRequires-Dist: Flask\n".encode()
    path = folder / f"Flask_Thing-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("flask_thing/__init__.py", source)
        wheel.writestr(f"Flask_Thing-{version}.dist-info/METADATA", metadata)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    return FakeRelease("flask-thing", version, path.name, sha256, metadata, path)


def test_a_fix_release_many_releases_after_the_broken_one_is_found(
    flask_3_pypi: TimelinePyPI, tmp_path: Path
) -> None:
    """Seven releases still import the stack Flask 3.0.0 removed; 2.0.0 is the first that works."""
    old, new = "from flask import _app_ctx_stack\n", "from flask import current_app\n"
    versions = {"1.0.0": old, "1.0.1": old, "1.0.2": old, "1.0.3": old, "1.0.4": old, "1.0.5": old, "1.1.0": old,
                "2.0.0": new, "2.0.1": new, "2.1.0": new}
    flask_3_pypi.publish(*(synthetic_wheel(tmp_path, v, source) for v, source in versions.items()))
    via = scanned_via(tmp_path, "flask\nflask-thing==1.0.0\n")
    assert (via["package"], via["version"], via["fix_release"]) == ("flask-thing", "1.0.0", "2.0.0")
