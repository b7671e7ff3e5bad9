"""pins23: no "AT RISK" on a release the tree's own exact pins make uninstallable.

pygeoapi 0.14.0's requirements.txt declares `Flask` (no bound) and pins `jinja2==3.0.3`; Flask 2.3.0 requires
`Jinja2>=3.1.2`, so no fresh install of pygeoapi picks Flask 2.3.0 (pip takes Flask 2.2.5), yet the judge read only
the Flask line and said AT RISK for `JSONIFY_PRETTYPRINT_REGULAR`, which 2.3.0 no longer reads. pyload-ng pins
`Jinja2==3.0.3` only in its `all` and `build` extras: a plain install still gets Flask 2.3.x, and it stays at risk.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.cli.main import app
from bot.deps import read_dependencies
from bot.deps.core_metadata import CoreMetadata
from bot.deps.pins import excluding_pin
from bot.findings.compat import CompatStatus, CompatVerdict, compat_verdict
from bot.findings.outcome import evaluate
from bot.findings.render import closing_comment
from bot.findings.scan import scan_files
from bot.storage.compat import save_verdict
from bot.storage.surfaces import save_diff
from bot.usage import Confidence, Usage
from bot.usage.model import UseForm
from bot.web.compat_read import read_package_compat, read_release_compat
from tests.artifacts import unpacked_release
from tests.fake_pypi import FakeRelease, TimelinePyPI, metadata_only, pinned_release, served_for_the_cli
from tests.test_transitive_timeline import support_releases
from tests.test_usage_dependents22 import scanned_via

runner = CliRunner()
FLASK_2_3_REQUIRES = [  # Flask 2.3.0's Requires-Dist without its extras, as its surface keeps them
    "Werkzeug>=2.3.0", "Jinja2>=3.1.2", "itsdangerous>=2.1.2", "click>=8.1.3", "blinker>=1.6.2",
    'importlib-metadata>=3.6.0; python_version < "3.10"']
JSON_ENCODER = Change(symbol="flask.json.JSONEncoder", kind=ChangeKind.REMOVED, object=ObjectKind.CLASS,
                      detail="class 'flask.json.JSONEncoder' no longer exists in 2.3.0")
FLASK_2_3 = ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[JSON_ENCODER], requires=FLASK_2_3_REQUIRES)
APP = "from flask.json import JSONEncoder\n\nclass Encoder(JSONEncoder):\n    pass\n"
LIBRARY = "[metadata]\nname = lib\n[options]\ninstall_requires =\n    Flask\n"
EXCLUDED = ("jinja2==3.0.3 (requirements.txt:2) excludes Flask 2.3.0, which requires Jinja2>=3.1.2: a fresh install"
            " cannot pick it")


def _requirements(files: dict[str, str]):  # type: ignore[no-untyped-def]
    return read_dependencies(files, lambda path: files[path].encode()).requirements


@pytest.mark.parametrize(("files", "requires", "pin"), [
    ({"requirements.txt": "Flask\njinja2==3.0.3\n"}, FLASK_2_3_REQUIRES, "requirements.txt:2 Jinja2>=3.1.2"),
    ({"constraints.txt": "jinja2===3.0.3\n"}, FLASK_2_3_REQUIRES, "constraints.txt:1 Jinja2>=3.1.2"),
    ({"requirements/base.txt": "jinja2==3.0.3\n", "requirements/prod.txt": "-r base.txt\nJinja2==3.1.1\n"},
     FLASK_2_3_REQUIRES, "requirements/base.txt:1 Jinja2>=3.1.2"),  # every pin of it excluded
    ({"requirements.txt": "jinja2==3.1.2\n"}, FLASK_2_3_REQUIRES, None),  # a pin the release admits
    ({"requirements.txt": "jinja2>=3.0,<3.1.3\n"}, FLASK_2_3_REQUIRES, None),  # a range is no pin
    ({"requirements.txt": "jinja2<3.1\n"}, FLASK_2_3_REQUIRES, None),
    ({"requirements.txt": "jinja2==3.0.*\n"}, FLASK_2_3_REQUIRES, None),
    ({"requirements.txt": "jinja2==3.0.3\n", "requirements-2.txt": "jinja2==3.1.2\n"}, FLASK_2_3_REQUIRES, None),
    ({"requirements.txt": "asgiref==3.0.0\n"}, ["asgiref>=3.2 ; extra == 'async'"], None),  # an extra's
    ({"requirements.txt": "importlib-metadata==1.0\n"}, FLASK_2_3_REQUIRES, None),  # Python 3.11 needs none
    ({"requirements.txt": "jinja2==3.0.3 ; python_version < '3.8'\n"}, FLASK_2_3_REQUIRES, None),
    ({"requirements-dev.txt": "jinja2==3.0.3\n"}, FLASK_2_3_REQUIRES, None),  # development only
    ({"setup.cfg": "[options.extras_require]\nall =\n    Jinja2==3.0.3\n"}, FLASK_2_3_REQUIRES, None),  # pyload-ng
    ({"setup.cfg": "[options]\ninstall_requires =\n    Jinja2>=2.10\n", "requirements.txt": "jinja2==3.0.3\n"},
     FLASK_2_3_REQUIRES, None),  # a library's users get its install_requires
    ({"poetry.lock": '[[package]]\nname = "jinja2"\nversion = "3.0.3"\n'}, FLASK_2_3_REQUIRES, None),  # relocked
    ({"requirements.txt": "flask==2.2.5\n"}, ["Flask>=2.3"], None),  # the package itself: the judge's own line
])
def test_the_pin_that_excludes_a_release(files: dict[str, str], requires: list[str], pin: str | None) -> None:
    conflict = excluding_pin(_requirements(files), requires, "flask")
    found = f"{conflict.pin.file}:{conflict.pin.line} {conflict.requirement}" if conflict else None
    assert found == pin


def _scan(files: dict[str, str], diff: ReleaseDiff = FLASK_2_3):  # type: ignore[no-untyped-def]
    report = scan_files({path: text.encode() for path, text in files.items()}, [diff])
    [verdict] = report.packages
    return report, verdict


def test_a_release_the_pins_exclude_is_not_at_risk() -> None:
    report, verdict = _scan({"requirements.txt": "Flask\njinja2==3.0.3\n", "app.py": APP})
    assert (verdict.at_risk, verdict.suggested_requirement, verdict.reasons[0]) == (False, None, EXCLUDED)
    assert {u.symbol for u in verdict.breaking_uses} == {"flask.json.JSONEncoder"}  # listed, not counted
    outcome = evaluate("o/r", "a" * 40, report, FLASK_2_3)
    assert (outcome.reason, outcome.finding) == ("pinned", None)


def test_an_undeclared_import_the_pins_exclude_is_not_at_risk() -> None:
    _, verdict = _scan({"requirements.txt": "flask-login\njinja2==3.0.3\n", "app.py": APP})
    assert (verdict.at_risk, verdict.suggested_requirement) == (False, None)
    assert verdict.reasons[:2] == [
        EXCLUDED.replace("Flask 2.3.0", "flask 2.3.0"), "flask is not declared as a dependency"]


def test_a_library_pinning_in_its_own_metadata_is_not_at_risk() -> None:
    _, verdict = _scan({"setup.cfg": LIBRARY + "    Jinja2==3.0.3\n", "requirements.txt": "jinja2>=3\n", "app.py": APP})
    assert (verdict.at_risk, verdict.excluded_by) == (
        False, "Jinja2==3.0.3 (setup.cfg:6) excludes Flask 2.3.0, which requires Jinja2>=3.1.2")


@pytest.mark.parametrize(("files", "diff"), [
    ({"requirements.txt": "Flask\njinja2==3.1.2\n"}, FLASK_2_3),  # a pin the release admits
    ({"requirements.txt": "Flask\njinja2>=3.0,<3.2\n"}, FLASK_2_3),  # a range is no pin
    ({"requirements.txt": "Flask\nasgiref==3.0.0\n"},  # a requirement of an extra binds nothing
     FLASK_2_3.model_copy(update={"requires": ["asgiref>=3.2 ; extra == 'async'"]})),
    ({"requirements.txt": "Flask\njinja2==3.0.3\n"}, FLASK_2_3.model_copy(update={"requires": []})),  # unknown
    ({"setup.cfg": LIBRARY, "requirements.txt": "jinja2==3.0.3\n"}, FLASK_2_3),  # its CI's pin: users get 2.3.0
])
def test_the_tree_stays_at_risk_without_a_pin_that_excludes_the_release(
    files: dict[str, str], diff: ReleaseDiff
) -> None:
    report, verdict = _scan({**files, "app.py": APP}, diff)
    assert (verdict.at_risk, verdict.excluded_by, verdict.suggested_requirement) == (True, None, "Flask<2.3")
    assert evaluate("o/r", "a" * 40, report, diff).finding is not None


def test_an_extension_pinning_what_the_release_excludes_never_pairs_with_it() -> None:
    """Flask-Thing 1.0 pins `Jinja2==3.0.3` and subclasses `JSONEncoder`: no install holds it with Flask 2.3.0."""
    use = Usage(package="flask", release="2.3.0", symbol="flask.json.JSONEncoder", file="flask_thing/__init__.py",
                line=1, column=0, form=UseForm.IMPORT, change=ChangeKind.REMOVED, confidence=Confidence.HIGH)
    pinned = CoreMetadata(name="Flask-Thing", version="1.0", requires_dist=("Flask>=2", "Jinja2==3.0.3"))
    verdict = compat_verdict(pinned, FLASK_2_3, [use])
    assert (verdict.status, verdict.admits, verdict.why) == (
        CompatStatus.COMPATIBLE, False, "Flask-Thing 1.0 pins Jinja2==3.0.3, which excludes flask 2.3.0 (it requires"
        " Jinja2>=3.1.2): an install never pairs them")
    ranged = CoreMetadata(name="Flask-Thing", version="1.0", requires_dist=("Flask>=2", "Jinja2>=3.0"))
    assert compat_verdict(ranged, FLASK_2_3, [use]).status is CompatStatus.BREAKS


@pytest.fixture
def flask_2_3_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("flask", "2.2.5"), pinned_release("flask", "2.3.0"),
                 metadata_only("werkzeug", "2.3.0", ("MarkupSafe>=2.1.1",)), metadata_only("jinja2", "3.0.3"),
                 *support_releases())
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, "flask,werkzeug,jinja2"):
        yield pypi


def test_pygeoapi_pinning_jinja2_is_not_at_risk_from_flask_2_3(flask_2_3_pypi: TimelinePyPI) -> None:
    [root] = unpacked_release("pygeoapi", "0.14.0", "sdist").iterdir()
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==2.3.0", "--format", "json"])
    assert result.exit_code == 0, result.stdout
    [verdict] = json.loads(result.stdout)["packages"]
    assert (verdict["at_risk"], verdict["excluded_by"]) == (
        False, "jinja2==3.0.3 (requirements.txt:5) excludes Flask 2.3.0, which requires Jinja2>=3.1.2")
    assert [u["symbol"] for u in verdict["breaking_uses"]] == ["config:JSONIFY_PRETTYPRINT_REGULAR"]


def test_an_issue_closed_because_a_pin_excludes_the_release_says_so() -> None:
    comment = closing_comment("Flask", "2.3.0", "o/r", "a" * 40, "pinned")
    assert comment.endswith("(a requirement it pins excludes what that release requires, so no fresh install picks it).")


def thing_wheel(folder: Path, version: str, source: str, requires: tuple[str, ...]) -> FakeRelease:
    """Flask-Thing `version`: a wheel whose one module is `source`, with `requires` as its Requires-Dist."""
    lines = "".join(f"Requires-Dist: {line}\n" for line in requires)
    metadata = f"Metadata-Version: 2.1\nName: Flask-Thing\nVersion: {version}\n{lines}".encode()
    path = folder / f"Flask_Thing-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("flask_thing/__init__.py", source)
        wheel.writestr(f"Flask_Thing-{version}.dist-info/METADATA", metadata)
    return FakeRelease("flask-thing", version, path.name, hashlib.sha256(path.read_bytes()).hexdigest(), metadata, path)


@pytest.fixture
def flask_3_pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimelinePyPI]:
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("werkzeug", "2.3.8"), pinned_release("werkzeug", "3.0.0"),
                 pinned_release("flask", "2.3.3"), pinned_release("flask", "3.0.0"), *support_releases(),
                 metadata_only("sqlalchemy", "1.3.3"), metadata_only("sqlalchemy", "1.4.18"),
                 thing_wheel(tmp_path, "1.0.0", "from flask import _app_ctx_stack\n", ("Flask",)),
                 thing_wheel(tmp_path, "2.0.0", "from flask import current_app\n", ("Flask", "SQLAlchemy>=1.4.18")))
    watchlist = "flask,werkzeug,jinja2,itsdangerous,click,blinker,markupsafe"
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, watchlist):
        yield pypi


def test_no_fix_release_is_advised_that_the_trees_pins_exclude(flask_3_pypi: TimelinePyPI, tmp_path: Path) -> None:
    """sandman2 1.2.3's shape: it pins Flask-SQLAlchemy 2.4.0 (`flask._app_ctx_stack`, gone in Flask 3.0.0) and
    `SQLAlchemy==1.3.3`; Flask-SQLAlchemy 3.0.0, the fix release, requires `SQLAlchemy>=1.4.18`: requiring it
    cannot be installed there, so the advice is the bound on Flask, with why."""
    via = scanned_via(tmp_path, "flask\nflask-thing==1.0.0\nsqlalchemy==1.3.3\n")
    root = tmp_path / "app"
    why = "sqlalchemy==1.3.3 (requirements.txt:3) excludes Flask-Thing 2.0.0, which requires SQLAlchemy>=1.4.18"
    assert (via["version"], via["fix_release"], via["fix_excluded"]) == ("1.0.0", "2.0.0", why)
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==3.0.0", "--format", "markdown"])
    assert f"it is the fix release. This repository's pins keep it out: {why}." in result.stdout
    assert "This repository's pins exclude the fix release; until they admit it, bound" in result.stdout
    assert "```\nflask<3\n```" in result.stdout and "Flask-Thing>=2.0.0" not in result.stdout
    result = runner.invoke(app, ["scan", str(root), "--against", "flask==3.0.0"])
    assert f"  suggested bound: flask<3 (the fix release is out: {why})" in result.stdout


def _stored(package: str, version: str, dependent_version: str, status: CompatStatus) -> CompatVerdict:
    return CompatVerdict(package=package, version=version, dependent="flask-login",
                         dependent_version=dependent_version, status=status, why="-", requirement="Flask>=1.0.4")


def test_status_names_no_fix_release_that_breaks_with_what_the_release_forces(engine: Engine) -> None:
    """Flask-Login 0.6.2 no longer uses Flask 3.0.0's removed stacks, but imports `werkzeug.urls.url_decode`, gone
    in Werkzeug 3.0.0, which Flask 3.0.0 requires: the jobs name 0.6.3 (dependents22); /status named 0.6.2."""
    save_diff(engine, ReleaseDiff(package="flask", old="2.3.3", new="3.0.0", changes=[],
                                  requires=["Werkzeug>=3.0.0", "Jinja2>=3.1.2"]))
    save_diff(engine, ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[]))
    save_diff(engine, ReleaseDiff(package="werkzeug", old="3.0.0", new="3.0.1", changes=[]))  # not forced
    for verdict in (_stored("flask", "3.0.0", "0.5.0", CompatStatus.BREAKS),
                    _stored("flask", "3.0.0", "0.6.2", CompatStatus.COMPATIBLE),
                    _stored("flask", "3.0.0", "0.6.3", CompatStatus.COMPATIBLE),
                    _stored("werkzeug", "3.0.0", "0.6.2", CompatStatus.BREAKS),
                    _stored("werkzeug", "3.0.0", "0.6.3", CompatStatus.COMPATIBLE),
                    _stored("werkzeug", "3.0.1", "0.6.3", CompatStatus.BREAKS)):  # a later release: no forced one
        save_verdict(engine, verdict)
    assert [d.fix_release for d in read_release_compat(engine, "flask", "3.0.0").dependents] == ["0.6.3"]
    with Session(engine) as session:
        flask = read_package_compat(session, "flask")
        login = read_package_compat(session, "flask-login")
    assert [(link.version, link.fix_release) for link in flask.breaks_with] == [("0.5.0", "0.6.3")]
    assert [(c.version, c.fix_release) for c in flask.extensions.rows[0].cells if c] == [("0.6.3", "0.6.3")]
    assert {(link.package, link.version, link.release, link.fix_release) for link in login.broken_by} == {
        ("flask", "3.0.0", "0.5.0", "0.6.3"), ("werkzeug", "3.0.0", "0.6.2", "0.6.3"),
        ("werkzeug", "3.0.1", "0.6.3", None)}


def test_a_bound_that_already_excludes_the_release_is_said_as_before() -> None:
    report, verdict = _scan({"requirements.txt": "Flask<2.3\njinja2==3.0.3\n", "app.py": APP})
    assert (verdict.excluded_by, evaluate("o/r", "a" * 40, report, FLASK_2_3).reason) == (None, "bounded")
