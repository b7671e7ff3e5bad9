"""Acceptance: real dependents (pinned sdists) scanned against the real diff engine's output for real releases."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from bot.adapters.scanfs import scan_tree
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.changes import ReleaseDiff
from bot.findings.scan import ScanReport
from tests.artifacts import unpacked_release


@lru_cache(maxsize=16)  # a file's few pairs: a process running every test file keeps only the latest
def release_diff(package: str, old: str, new: str) -> ReleaseDiff:
    """The diff engine's changes between two pinned releases (static analysis of the real artifacts)."""
    before = surface_of(unpacked_release(package, old), package, old)
    after = surface_of(unpacked_release(package, new), package, new)
    return ReleaseDiff(package=package, old=old, new=new, changes=diff_surfaces(before, after))


def sdist_tree(package: str, version: str) -> Path:
    """The single top folder of a pinned sdist (`Flask-Login-0.6.2/`)."""
    [top] = list(unpacked_release(package, version, "sdist").iterdir())
    return top


@lru_cache(maxsize=16)
def scanned(package: str, version: str, against: tuple[tuple[str, str, str], ...]) -> ScanReport:
    return scan_tree(sdist_tree(package, version), [release_diff(*pin) for pin in against])


WERKZEUG_3 = (("werkzeug", "2.3.8", "3.0.0"),)
MARKUPSAFE_21 = (("markupsafe", "2.0.1", "2.1.0"),)


def requirement(report: ScanReport, package: str) -> list[tuple[str, str, int, bool, dict[str, bool] | None]]:
    return [(r.spec, r.file, r.line, r.has_upper_bound, r.admitted) for r in report.requirements
            if r.package == package and r.kind.value == "runtime"]


def uses(report: ScanReport, *symbols: str) -> list[tuple[str, str, int, str, bool]]:
    return [(u.symbol, u.file, u.line, u.form.value, u.guarded) for u in report.usages if u.symbol in symbols]


def test_flask_login_0_6_2_against_werkzeug_3() -> None:
    report = scanned("flask-login", "0.6.2", WERKZEUG_3)
    assert requirement(report, "werkzeug") == [(">=1.0.1", "setup.py", 8, False, {"3.0.0": True})]
    assert uses(report, "werkzeug.urls.url_decode", "werkzeug.urls.url_encode") == [
        ("werkzeug.urls.url_decode", "src/flask_login/utils.py", 14, "import", False),
        ("werkzeug.urls.url_encode", "src/flask_login/utils.py", 15, "import", False),
        ("werkzeug.urls.url_decode", "src/flask_login/utils.py", 126, "call", False),
        ("werkzeug.urls.url_encode", "src/flask_login/utils.py", 130, "call", False),
    ]
    [verdict] = report.packages
    assert (verdict.at_risk, verdict.suggested_requirement) == (True, "Werkzeug>=1.0.1,<3")
    assert verdict.reasons[:2] == [
        "Werkzeug>=1.0.1 (setup.py:8) admits 3.0.0, which removes werkzeug.urls.url_decode, "
        "used at src/flask_login/utils.py:14, src/flask_login/utils.py:126",
        "Werkzeug>=1.0.1 (setup.py:8) admits 3.0.0, which removes werkzeug.urls.url_encode, "
        "used at src/flask_login/utils.py:15, src/flask_login/utils.py:130",
    ]


def test_flask_2_2_2_against_werkzeug_3() -> None:
    report = scanned("flask", "2.2.2", WERKZEUG_3)
    assert requirement(report, "werkzeug") == [(">= 2.2.2", "setup.py", 7, False, {"3.0.0": True})]
    assert uses(report, "werkzeug.urls.url_quote", "werkzeug.urls.url_parse") == [
        ("werkzeug.urls.url_quote", "src/flask/app.py", 30, "import", False),
        ("werkzeug.urls.url_quote", "src/flask/app.py", 2034, "call", False),
        ("werkzeug.urls.url_parse", "src/flask/testing.py", 10, "import", False),
        ("werkzeug.urls.url_parse", "src/flask/testing.py", 71, "call", False),
    ]
    assert report.at_risk == {"werkzeug": True}
    assert report.packages[0].suggested_requirement == "Werkzeug>=2.2.2,<3"


def test_flask_2_2_5_guards_its_cookie_jar_uses_and_is_not_at_risk() -> None:
    report = scanned("flask", "2.2.5", WERKZEUG_3)
    assert requirement(report, "werkzeug") == [(">= 2.2.2", "setup.py", 7, False, {"3.0.0": True})]
    self_is_client = "typed member: `self` in `class FlaskClient(Client)` at src/flask/testing.py:93"
    version = "`werkzeug.__version__` is werkzeug.__version__ through the imports"
    assert [(u.symbol, u.file, u.line, u.form.value, u.guarded, u.confidence.value, u.evidence)
            for u in report.usages if u.file.startswith("src/")] == [
        # werkzeug 3.0 serves __version__ through a warning module __getattr__ (a deprecation, not a break)
        ("werkzeug.__version__", "src/flask/cli.py", 250, "reference", False, "high", version),
        ("werkzeug.__version__", "src/flask/testing.py", 116, "reference", False, "high", version),
        ("werkzeug.Client.cookie_jar", "src/flask/testing.py", 140, "member", True, "high", self_is_client),
        ("werkzeug.Client.cookie_jar", "src/flask/testing.py", 153, "member", True, "high", self_is_client),
        ("werkzeug.Client.cookie_jar", "src/flask/testing.py", 186, "member", True, "high", self_is_client),
    ]
    assert report.at_risk == {"werkzeug": False}
    assert report.packages[0].reasons[:2] == [
        "Werkzeug>=2.2.2 (setup.py:7) admits 3.0.0, but nothing it breaks is used unguarded",
        "guarded (not counted): werkzeug.Client.cookie_jar at src/flask/testing.py:140, src/flask/testing.py:153, "
        "src/flask/testing.py:186",
    ]
    assert report.packages[0].reasons[2].startswith("werkzeug 3.0.0 deprecates werkzeug.__version__, used at src/")


def test_jinja2_2_11_3_against_markupsafe_2_1() -> None:
    report = scanned("jinja2", "2.11.3", MARKUPSAFE_21)
    assert requirement(report, "markupsafe") == [(">=0.23", "setup.py", 53, False, {"2.1.0": True})]
    imports = [use for use in uses(report, "markupsafe.soft_unicode") if use[3] == "import"]
    assert imports == [
        ("markupsafe.soft_unicode", "src/jinja2/filters.py", 13, "import", False),
        ("markupsafe.soft_unicode", "src/jinja2/runtime.py", 9, "import", False),
        ("markupsafe.soft_unicode", "src/jinja2/utils.py", 729, "import", False),
    ]
    assert report.at_risk == {"markupsafe": True}
    assert report.packages[0].suggested_requirement == "MarkupSafe>=0.23,<2.1"


@pytest.mark.parametrize("against", [WERKZEUG_3, (("itsdangerous", "2.0.1", "2.1.0"),)])
def test_flask_1_1_4_bounded_requirements_admit_no_breaking_release(against: tuple[tuple[str, str, str], ...]) -> None:
    report = scanned("flask", "1.1.4", against)
    bounded = {(r.package, r.spec, r.has_upper_bound) for r in report.requirements
               if r.file == "setup.py" and r.kind.value == "runtime"}
    assert bounded == {
        ("werkzeug", ">= 0.15, < 2.0", True), ("jinja2", ">= 2.10.1, < 3.0", True),
        ("itsdangerous", ">= 0.24, < 2.0", True), ("click", ">= 5.1, < 8.0", True),
    }
    [verdict] = report.packages
    assert (verdict.at_risk, verdict.admitting, verdict.suggested_requirement) == (False, [], None)
    assert verdict.reasons[0].startswith(f"no requirement admits {against[0][2]}: ")
