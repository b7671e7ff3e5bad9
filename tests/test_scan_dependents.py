"""Regression: real Flask extensions (pinned sdists) against real breaking releases, one test per class of error."""

from __future__ import annotations

import pytest

from bot.findings.outcome import Flavour, evaluate
from bot.findings.render import issue
from bot.findings.scan import ScanReport
from tests.test_scan_releases import release_diff, scanned

WERKZEUG_21 = ("werkzeug", "2.0.3", "2.1.0")
WERKZEUG_22 = ("werkzeug", "2.1.2", "2.2.0")
FLASK_23 = ("flask", "2.2.5", "2.3.0")
FLASK_30 = ("flask", "2.3.3", "3.0.0")
WERKZEUG_30 = ("werkzeug", "2.3.8", "3.0.0")
ALL = (WERKZEUG_21, WERKZEUG_22, FLASK_23, FLASK_30)


def verdicts(report: ScanReport) -> dict[str, bool]:
    return {f"{v.package} {v.release}": v.at_risk for v in report.packages}


def counted(report: ScanReport, release: str) -> list[tuple[str, str, int, str]]:
    return [(u.symbol, u.file, u.line, u.form.value) for u in report.usages
            if u.release == release and u.counts and not u.guarded]


def test_flask_restful_0_3_9_member_names_of_its_own_objects_are_not_werkzeug_uses() -> None:
    report = scanned("flask-restful", "0.3.9", ALL)
    # self.errors of its own Api, RE_REQUIRED.match of a regex: not even possible
    assert not {u.symbol for u in report.usages} & {"werkzeug.formparser.FormDataParser.errors"}
    assert [u.line for u in report.usages if u.symbol == "werkzeug.routing.Rule.match"] == [229, 233]
    assert not [u for u in report.usages if u.symbol == "werkzeug.routing.Rule.match" and u.counts]
    assert counted(report, "2.3.0") == [
        ("flask.Flask.propagate_exceptions", "flask_restful/__init__.py", 283, "member"),
    ]
    [typed] = [u for u in report.usages if u.symbol == "flask.Flask.propagate_exceptions" and u.release == "2.3.0"]
    assert typed.evidence == "typed member: `flask.current_app` is the Flask proxy"
    # flask.signals.signals_available is used in tests only: CI breaks, the package is not at risk for it
    [flask_30] = [v for v in report.packages if v.release == "3.0.0"]
    assert (flask_30.at_risk, {u.file for u in flask_30.test_uses}) == (False, {"tests/test_api.py"})
    assert verdicts(report) == {"werkzeug 2.1.0": False, "werkzeug 2.2.0": False, "flask 2.3.0": True,
                                "flask 3.0.0": False}


def test_flask_assets_2_0_env_of_a_webassets_environment_is_not_flask_env() -> None:
    report = scanned("flask-assets", "2.0", ALL)
    assert not [u for u in report.usages if u.symbol == "flask.Flask.env" and u.counts]
    # where the removed name is spelled; `ctx = _request_ctx_stack.top` then `ctx.app` is one use, and other
    # methods' ctx parameters are none
    assert sorted({u.line for u in report.usages if u.symbol == "flask._request_ctx_stack"
                   and u.file == "src/flask_assets.py"}) == [8, 273, 317]
    assert verdicts(report)["flask 2.3.0"] is False
    assert verdicts(report)["flask 3.0.0"] is True  # `from flask import _request_ctx_stack` at module level


def test_flask_jwt_extended_4_4_4_flag_guard() -> None:
    report = scanned("flask-jwt-extended", "4.4.4", (FLASK_23,))
    [use] = [u for u in report.usages if u.symbol == "flask.Flask.json_encoder" and u.counts]
    assert (use.file, use.line, use.guarded, use.confidence.value) == (
        "flask_jwt_extended/internal_utils.py", 96, True, "high")
    assert verdicts(report) == {"flask 2.3.0": False}


def test_flask_limiter_2_9_2_none_check_guard_and_no_rule_match() -> None:
    report = scanned("flask-limiter", "2.9.2", (WERKZEUG_22, FLASK_30))
    [use] = [u for u in report.usages if u.symbol == "flask._request_ctx_stack"]
    assert (use.file, use.line, use.guarded) == ("flask_limiter/_compat.py", 15, True)
    assert not [u for u in report.usages if u.symbol == "werkzeug.routing.Rule.match" and u.counts]
    assert verdicts(report) == {"werkzeug 2.2.0": False, "flask 3.0.0": False}


def test_connexion_2_14_2_assignment_to_a_removed_attribute_is_a_use() -> None:
    report = scanned("connexion", "2.14.2", (FLASK_23,))
    [write] = [u for u in report.usages if u.symbol == "flask.Flask.json_encoder"]
    assert (write.file, write.line, write.form.value, write.confidence.value) == (
        "connexion/apps/flask_app.py", 36, "write", "high")
    assert write.evidence == ("typed member: `app = flask.Flask(self.import_name, **self.server_args)` "
                              "at connexion/apps/flask_app.py:35")
    assert verdicts(report) == {"flask 2.3.0": False}  # Flask>=1.0.4,<2.3 admits no 2.3.0


def test_flask_restx_0_5_1_requirements_read_by_a_setup_py_helper() -> None:
    report = scanned("flask-restx", "0.5.1", (WERKZEUG_22, FLASK_30))
    runtime = [(r.package, r.spec, r.file, r.line) for r in report.requirements
               if r.kind.value == "runtime" and r.package in ("flask", "werkzeug")]
    assert runtime == [("flask", ">=0.8, !=2.0.0", "requirements/install.pip", 4),
                       ("werkzeug", "!=2.0.0", "requirements/install.pip", 5)]
    assert verdicts(report) == {"werkzeug 2.2.0": True, "flask 3.0.0": True}
    assert counted(report, "2.2.0") == [
        ("werkzeug.routing.parse_rule", "flask_restx/swagger.py", 18, "import"),
        ("werkzeug.routing.parse_rule", "flask_restx/swagger.py", 82, "call"),
    ]
    assert counted(report, "3.0.0") == [("flask.scaffold", "flask_restx/api.py", 23, "import")]


def test_flask_bcrypt_0_7_1_imports_werkzeug_without_declaring_it() -> None:
    report = scanned("flask-bcrypt", "0.7.1", (WERKZEUG_21,))
    assert [r.package for r in report.requirements if r.kind.value == "runtime"] == ["flask", "bcrypt"]
    [verdict] = report.packages
    assert (verdict.at_risk, verdict.declared, verdict.suggested_requirement) == (True, False, "werkzeug<2.1")
    assert [(u.symbol, u.line) for u in verdict.breaking_uses] == [
        ("werkzeug.security.safe_str_cmp", 21), ("werkzeug.security.safe_str_cmp", 193)]


def test_flask_session_0_4_0_app_of_a_session_interface_hook_is_the_flask_app() -> None:
    report = scanned("flask-session", "0.4.0", (FLASK_23,))
    uses = [u for u in report.usages if u.symbol == "flask.Flask.session_cookie_name"]
    assert len(uses) == 15 and all(u.counts and not u.guarded for u in uses)  # every read of it in the file
    assert uses[0].evidence == ("typed member: `app` of `open_session` overriding flask SessionInterface.open_session "
                                "at flask_session/sessions.py:115")
    assert verdicts(report) == {"flask 2.3.0": True}


def test_extensions_held_out_while_building_keep_their_verdicts() -> None:
    """Scanned once by hand after the matching was written; every counted use here was checked in the source."""
    assert verdicts(scanned("flask-wtf", "1.0.1", (*ALL, WERKZEUG_30))) == {
        "werkzeug 2.1.0": False, "werkzeug 2.2.0": False, "werkzeug 3.0.0": True, "flask 2.3.0": True,
        "flask 3.0.0": True,
    }
    admin = scanned("flask-admin", "1.6.0", ALL)
    assert {key for key, at_risk in verdicts(admin).items() if at_risk} == {"flask 3.0.0"}
    assert not [u for u in admin.usages if u.counts and "errors" in u.symbol]  # WTForms' form.errors
    socketio = scanned("flask-socketio", "5.3.2", ALL)
    assert not any(verdicts(socketio).values())  # the flask._request_ctx_stack fallback is behind hasattr()
    assert not any(verdicts(scanned("flask-caching", "1.10.1", ALL)).values())


def test_the_app_warns_about_an_undeclared_import_with_the_line_to_add() -> None:
    report = scanned("flask-bcrypt", "0.7.1", (WERKZEUG_21,))
    outcome = evaluate("o/r", "a" * 40, report, release_diff(*WERKZEUG_21))
    finding = outcome.finding
    assert finding is not None and finding.flavour is Flavour.REMOVAL and finding.requirement is None
    assert finding.suggested_requirement == "werkzeug<2.1"
    body = issue(finding).body
    assert "The code imports `werkzeug` without declaring it" in body
    assert "werkzeug.security.safe_str_cmp" in body


@pytest.mark.parametrize(("package", "version"), [
    ("flask-restful", "0.3.9"), ("flask-restx", "0.5.1"), ("flask-assets", "2.0"), ("flask-jwt-extended", "4.4.4"),
    ("flask-limiter", "2.9.2"), ("connexion", "2.14.2"), ("flask-session", "0.4.0"), ("flask-bcrypt", "0.7.1"),
])
def test_the_app_and_the_cli_agree(package: str, version: str) -> None:
    report = scanned(package, version, ALL)
    compared = 0
    for diff, verdict in zip([release_diff(*pin) for pin in ALL], report.packages, strict=True):
        outcome = evaluate("o/r", "a" * 40, report, diff)
        opens = outcome.finding is not None and outcome.finding.flavour is Flavour.REMOVAL
        assert opens is verdict.at_risk, (diff.package, diff.new, outcome.reason)
        compared += 1
    assert compared >= 2


def test_flask_security_too_4_1_5_development_requirements_do_not_speak_for_the_package() -> None:
    report = scanned("flask-security-too", "4.1.5", (FLASK_23,))
    [verdict] = report.packages
    assert verdict.at_risk is False
    assert verdict.reasons[:2] == [
        "no requirement admits 2.3.0: Flask>=1.1.1,<2.3 (setup.py:13)",
        "development requirements admit it, which set up development only: flask (requirements/dev.txt:13)",
    ]
    # the uses are still found and typed: they break as soon as the bound is lifted
    [typed] = [u for u in report.usages if u.symbol == "flask.Flask.before_first_request" and u.line == 1221]
    assert typed.evidence == "typed member: `app: 'flask.Flask'` at flask_security/core.py:1109"
