"""Transitive findings (pure): the resolver's inputs, one finding per repository × release, the advice, the text."""

from __future__ import annotations

import pytest
from packaging.specifiers import SpecifierSet

from bot.changes import ChangeKind, ReleaseDiff
from bot.deps import DeclarationKind, Requirement
from bot.findings.compat import DependentUse
from bot.findings.outcome import evaluate
from bot.findings.render import closing_comment, issue
from bot.findings.scan import scan_files
from bot.findings.transitive import Via, install_roots, protection_note, transitive_advice
from tests.test_compat import werkzeug_3  # noqa: F401  (module fixture)


def req(package: str, spec: str, kind: DeclarationKind, file: str = "requirements.txt", line: int = 1,
        marker: str | None = None) -> Requirement:
    return Requirement(package=package, name=package, spec=spec, specifier=spec, file=file, line=line, kind=kind,
                       marker=marker)


def test_install_roots_keep_what_an_install_gets_and_turn_locks_into_constraints() -> None:
    roots, constraints = install_roots([
        req("flask", "", DeclarationKind.REQUIREMENTS),
        req("flask-login", ">=0.6", DeclarationKind.RUNTIME, "pyproject.toml"),
        req("pytest", "", DeclarationKind.REQUIREMENTS, "requirements/dev.txt"),
        req("sphinx", "", DeclarationKind.OPTIONAL, "pyproject.toml"),
        req("pywin32", "", DeclarationKind.REQUIREMENTS, marker='sys_platform == "win32"'),
        req("werkzeug", "==2.3.8", DeclarationKind.LOCK, "uv.lock"),
        req("werkzeug", "<3", DeclarationKind.CONSTRAINT, "constraints.txt"),
    ])
    assert [str(r) for r in roots] == ["flask", "flask-login>=0.6"]
    assert constraints == {"werkzeug": SpecifierSet("==2.3.8,<3")}


def via(fix: str | None = None, chain: tuple[str, ...] = ("flask-login",)) -> Via:
    return Via(dependent="flask-login", display_name="Flask-Login", version="0.6.2", fresh_version="0.6.2",
               requirement="Werkzeug>=1.0.1", chain=chain, path="requirements.txt", line=2, text="Flask-Login",
               uses=(DependentUse(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED,
                                  path="flask_login/utils.py", line=14),),
               artifact="Flask_Login-0.6.2-py3-none-any.whl", fix_release=fix)


@pytest.mark.parametrize(("vias", "own", "lines", "raises"), [
    ([via("0.6.3")], None, ("Flask-Login>=0.6.3",), True),
    ([via()], None, ("Werkzeug<3",), False),
    ([via()], req("werkzeug", ">=2.0", DeclarationKind.REQUIREMENTS), ("werkzeug>=2.0,<3",), False),
    ([via("0.6.3"), via(None).model_copy(update={"dependent": "flask-x", "display_name": "Flask-X"})], None,
     ("Werkzeug<3",), False),
    ([via("0.6.3", chain=("flask-security", "flask-login"))], None, ("Flask-Login>=0.6.3",), True),
])
def test_advice_prefers_the_fix_release_then_bounds_the_broken_package(
        vias: list[Via], own: Requirement | None, lines: tuple[str, ...], raises: bool) -> None:
    advice = transitive_advice(vias, "Werkzeug", "3.0.0", own)
    assert (advice.lines, advice.raises_dependents) == (lines, raises)


DIRECT = {"requirements.txt": b"flask\nflask-login\nWerkzeug>=2\n",
          "app.py": b"from werkzeug.urls import url_quote\n\nprint(url_quote('a b'))\n"}
TRANSITIVE = {"requirements.txt": b"flask\nflask-login\n", "app.py": b"import flask_login\n"}


def test_direct_and_transitive_are_one_finding_with_two_sections(werkzeug_3: ReleaseDiff) -> None:  # noqa: F811
    report = scan_files(DIRECT, [werkzeug_3])
    outcome = evaluate("o/app", "a" * 40, report, werkzeug_3, via=[via()])
    finding = outcome.finding
    assert finding is not None and finding.key == "o/app:werkzeug==3.0.0"
    assert [u.symbol for u in finding.uses] == ["werkzeug.urls.url_quote", "werkzeug.urls.url_quote"]
    assert finding.via == (via(),)
    text = issue(finding)
    assert text.title == "Werkzeug 3.0.0 removes APIs this repository uses"
    assert text.body.count("### Uses") == 1 and text.body.count("### Through Flask-Login 0.6.2") == 1
    assert "```\nWerkzeug>=2,<3\n```" in text.body
    alone = evaluate("o/app", "a" * 40, scan_files(DIRECT, [werkzeug_3]), werkzeug_3)
    assert alone.finding is not None and alone.finding.key == finding.key and alone.finding.via == ()


def test_transitive_only_finding_and_its_closing_words(werkzeug_3: ReleaseDiff) -> None:  # noqa: F811
    report = scan_files(TRANSITIVE, [werkzeug_3])
    assert evaluate("o/app", "b" * 40, report, werkzeug_3).reason == "bounded"  # no werkzeug requirement, no use
    finding = evaluate("o/app", "b" * 40, report, werkzeug_3, via=[via("0.6.3")]).finding
    assert finding is not None and finding.requirement is None and finding.uses == ()
    assert [c.symbol for c in finding.changes] == ["werkzeug.urls.url_decode"]
    text = issue(finding)
    assert text.title == "Werkzeug 3.0.0 breaks Flask-Login 0.6.2, which this repository installs"
    assert "```\nFlask-Login>=0.6.3\n```" in text.body and "Werkzeug<3" not in text.body
    assert "| `werkzeug.urls.url_decode` | removed | `flask_login/utils.py:14` |" in text.body  # no PyPI URL, no link
    assert closing_comment("Werkzeug", "3.0.0", "o/app", "c" * 40, "not-admitted").endswith(
        "(its requirements no longer admit an extension release that breaks with it).")


def test_ignored_or_unwatched_packages_stay_quiet_through_extensions(werkzeug_3: ReleaseDiff) -> None:  # noqa: F811
    report = scan_files(TRANSITIVE, [werkzeug_3])
    assert evaluate("o/app", "b" * 40, report, werkzeug_3, via=[via()], watched=False).reason == "not-watched"


def test_protection_notes_name_the_lock_or_the_bound() -> None:
    lock = req("werkzeug", "==2.3.8", DeclarationKind.LOCK, "uv.lock", 12)
    bound = req("werkzeug", "<3", DeclarationKind.REQUIREMENTS, "requirements.txt", 3)
    assert protection_note([lock], "werkzeug", "3.0.0", "2.3.8", ["Flask-Login 0.6.2"]) == (
        "not affected now: Flask-Login 0.6.2 breaks with werkzeug 3.0.0, but uv.lock:12 pins werkzeug 2.3.8")
    assert protection_note([bound], "werkzeug", "3.0.0", "2.3.8", ["Flask-Login 0.6.2", "Flask-X 1.0"]) == (
        "not affected now: Flask-Login 0.6.2, Flask-X 1.0 break with werkzeug 3.0.0, but `werkzeug<3`"
        " (requirements.txt:3) excludes werkzeug 3.0.0")
    assert protection_note([], "werkzeug", "3.0.0", "3.0.0", ["Flask-Login 0.6.2"]).endswith(
        "but its requirements admit none of Flask-Login 0.6.2 together with werkzeug 3.0.0")
    assert protection_note([lock], "werkzeug", "3.0.0", "2.3.8", []) == ""


def test_pr_mode_bounds_a_declared_package_but_never_contradicts_a_fix_release(werkzeug_3: ReleaseDiff) -> None:  # noqa: F811
    from bot.findings.advice import pr_allowed

    declared = scan_files({"requirements.txt": b"flask\nflask-login\nwerkzeug>=2\n", "app.py": b"import flask_login\n"},
                          [werkzeug_3])
    unfixed = evaluate("o/app", "b" * 40, declared, werkzeug_3, via=[via()]).finding
    fixed = evaluate("o/app", "b" * 40, declared, werkzeug_3, via=[via("0.6.3")]).finding
    assert unfixed is not None and fixed is not None
    assert unfixed.suggested_requirement == "werkzeug>=2,<3"
    assert (pr_allowed(unfixed), pr_allowed(fixed)) == (True, False)
    undeclared = evaluate("o/app", "b" * 40, scan_files(TRANSITIVE, [werkzeug_3]), werkzeug_3, via=[via()]).finding
    assert undeclared is not None and not pr_allowed(undeclared)
