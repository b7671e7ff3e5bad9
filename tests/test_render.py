"""Tests for issue, pull-request and comment text: exact titles, permalinks, tables, markers."""

from __future__ import annotations

import pytest

from bot.changes import Change, ChangeKind, Location, ObjectKind
from bot.findings.outcome import Finding, Flavour, RequirementRef, Use
from bot.findings.render import (
    AdvisoryNote,
    closing_comment,
    config_error_issue,
    find_marker,
    issue,
    marker,
    new_release_comment,
    pull_request,
    title,
)
from bot.risk import RiskAssessment, RiskLevel

SHA = "0123456789abcdef0123456789abcdef01234567"
URL_DECODE = Change(
    symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
    detail="removed from werkzeug.urls", deprecated_since="2.3",
    old_location=Location(path="werkzeug/urls.py", line=802),
    hint="Use urllib.parse.parse_qs instead.",
)
URL_ENCODE_DEPRECATED = Change(
    symbol="werkzeug.urls.url_encode", kind=ChangeKind.DEPRECATED, object=ObjectKind.FUNCTION,
    deprecated_since="2.3", hint="Use urllib.parse.urlencode instead.",
)


def _finding(flavour: Flavour = Flavour.REMOVAL, version: str = "3.0.0", **kw: object) -> Finding:
    change = URL_DECODE if flavour is Flavour.REMOVAL else URL_ENCODE_DEPRECATED
    uses = (Use(symbol=change.symbol, kind=change.kind, path="flask_login/utils.py", line=13,
                evidence="import werkzeug.urls.url_decode"),)
    data: dict[str, object] = dict(
        repo="maxcountryman/flask-login", sha=SHA, package="werkzeug", display_name="Werkzeug", version=version,
        flavour=flavour, requirement=RequirementRef(path="requirements/install.in", line=2, text="Werkzeug>=1.0.1",
                                                    specifier=">=1.0.1"),
        uses=uses, changes=(change,),
    )
    data.update(kw)
    return Finding.model_validate(data)


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        (_finding(), "Werkzeug 3.0.0 removes APIs this repository uses"),
        (_finding(Flavour.DEPRECATION, "2.3.0"), "Werkzeug 2.3.0 deprecates APIs this repository uses"),
        (_finding(uses=(Use(symbol="werkzeug.test.Client.open", kind=ChangeKind.SIGNATURE_CHANGED, path="t.py", line=4),)),
         "Werkzeug 3.0.0 changes APIs this repository uses"),
    ],
)
def test_titles(finding: Finding, expected: str) -> None:
    assert title(finding) == expected


def test_issue_body_has_every_part() -> None:
    body = issue(_finding()).body
    assert body.splitlines() == [
        "**Werkzeug 3.0.0** was released, and it removes or changes public APIs that this repository uses. "
        "Your requirement admits it, so a fresh install will pick it up and the code below will fail.",
        "",
        "Requirement: `Werkzeug>=1.0.1` in [requirements/install.in:2]"
        f"(https://github.com/maxcountryman/flask-login/blob/{SHA}/requirements/install.in#L2) at `0123456789ab`.",
        "",
        "### Uses",
        "",
        "| Symbol | Change | Where | Guarded | Why |",
        "| --- | --- | --- | --- | --- |",
        "| `werkzeug.urls.url_decode` | removed | [flask_login/utils.py:13]"
        f"(https://github.com/maxcountryman/flask-login/blob/{SHA}/flask_login/utils.py#L13) | no | import werkzeug.urls.url_decode |",
        "",
        "### What changed",
        "",
        "- `werkzeug.urls.url_decode` (function): removed — removed from werkzeug.urls. Deprecated since 2.3.",
        "  Migration hint: Use urllib.parse.parse_qs instead.",
        "",
        "### What to do",
        "",
        "Until the code is migrated, an upper bound in `requirements/install.in` keeps installs on a working release. "
        "It excludes Werkzeug 3.0.0, the first release that breaks this code, and keeps the lower bound as it is:",
        "",
        "```",
        "Werkzeug>=1.0.1,<3",
        "```",
        "",
        "Lift the cap once the uses above are migrated: release-watch proposes lifting it when the code no longer "
        "uses what Werkzeug 3.0.0 changed.",
        "",
        "<sub>Opened by release-watch. Commands: `@release-watch recheck`, `@release-watch ignore werkzeug`, "
        "`@release-watch pin`.</sub>",
        "",
        "<!-- release-watch:key=maxcountryman/flask-login:werkzeug==3.0.0 -->",
    ]
    assert find_marker(body) == "maxcountryman/flask-login:werkzeug==3.0.0"


def test_deprecation_issue_is_a_warning_without_a_bound() -> None:
    rendered = issue(_finding(Flavour.DEPRECATION, "2.3.0"))
    assert rendered.body.startswith("**Werkzeug 2.3.0** deprecates public APIs that this repository uses. Nothing breaks yet")
    assert "| `werkzeug.urls.url_encode` | deprecated |" in rendered.body
    assert "<2.3" not in rendered.body and "```\nWerkzeug" not in rendered.body
    assert "  Migration hint: Use urllib.parse.urlencode instead." in rendered.body
    assert ("### What to do\n\nMigrate the uses above (see the hints under *What changed*). Werkzeug 2.3.0 still "
            "works, so this needs no upper bound now.\n") in rendered.body


ANNOUNCING = URL_ENCODE_DEPRECATED.model_copy(update={
    "detail": "'werkzeug.urls.url_encode' is deprecated and will be removed in Werkzeug 2.4. Use "
              "'urllib.parse.urlencode' instead.", "deprecated_since": "2.3.0", "hint": "Use 'urllib.parse.urlencode' instead"})


def test_a_deprecation_message_is_quoted_once_and_its_announced_removal_is_the_only_bound() -> None:
    body = issue(_finding(Flavour.DEPRECATION, "2.3.0", changes=(ANNOUNCING,))).body
    assert ("- `werkzeug.urls.url_encode` (function): deprecated — 'werkzeug.urls.url_encode' is deprecated and will be "
            "removed in Werkzeug 2.4. Use 'urllib.parse.urlencode' instead. Deprecated since 2.3.0.\n") in body
    assert ".." not in body and "Migration hint" not in body
    assert "The warnings announce their removal in Werkzeug 2.4." in body
    assert "(announced, not yet released; drop it once migrated):\n\n```\nWerkzeug>=1.0.1,<2.4\n```" in body
    library = issue(_finding(Flavour.DEPRECATION, "2.3.0", changes=(ANNOUNCING,), library=True)).body
    assert "```\nWerkzeug" not in library and "so a cap would constrain every project that installs it" in library


def test_risk_and_advisories_sections() -> None:
    risk = RiskAssessment(level=RiskLevel.HIGH, reasons=["one person made 95% of last year's commits"], confidence=1.0)
    advisory = AdvisoryNote(id="GHSA-2g68-c3qc-8985", summary="Debugger PIN bypass", fix_versions=("3.0.3",))
    body = issue(_finding(), risk=risk, advisories=[advisory]).body
    assert "Maintenance risk" not in body  # it would not change the advice
    archived = RiskAssessment(level=RiskLevel.HIGH, reasons=["repository is archived"], confidence=1.0)
    assert "### Maintenance risk of this package: high\n\n- repository is archived\n" in issue(_finding(), risk=archived).body
    assert ("### Known vulnerabilities in the releases a bound keeps\n\n- GHSA-2g68-c3qc-8985 (fixed in 3.0.3): Debugger PIN bypass\n\n"
            "pip-audit knows vulnerabilities in the newest release this bound allows: prefer migrating the uses above "
            "to Werkzeug 3.0.0 over pinning, and keep any bound short-lived.\n") in body
    assert "Known vulnerabilities" not in issue(_finding(), risk=risk).body


def test_table_cells_cannot_break_the_table() -> None:
    hostile = Use(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, path="a|b\nc.py", line=1, guarded=True)
    body = issue(_finding(uses=(hostile,))).body
    assert "| `werkzeug.urls.url_decode` | removed | [a\\|b c.py:1](" in body
    assert "| yes (`try`/`except ImportError`) | - |" in body


def test_pull_request_leads_with_the_bound_and_links_the_issue() -> None:
    rendered = pull_request(_finding(), issue(_finding()).body, issue_number=7)
    assert rendered.title == "Add an upper bound on Werkzeug (<3)"
    assert rendered.body.startswith(
        "This pull request adds one upper bound, `Werkzeug>=1.0.1,<3`, so installs keep a release of Werkzeug that "
        "this repository works with. It changes nothing else. It is the fix proposed in #7, which explains what "
        "Werkzeug 3.0.0 changed.\n\n**Werkzeug 3.0.0** was released"
    )
    assert rendered.body.endswith(marker("maxcountryman/flask-login:werkzeug==3.0.0") + "\n")


def test_comments() -> None:
    later = _finding(version="3.1.0")
    new = (Use(symbol="werkzeug.urls.url_quote", kind=ChangeKind.REMOVED, path="app.py", line=3),)
    assert new_release_comment(later, new) == (
        "**Werkzeug 3.1.0** adds findings to this issue: it also changes APIs this repository uses.\n\n"
        "| Symbol | Change | Where | Guarded | Why |\n| --- | --- | --- | --- | --- |\n"
        f"| `werkzeug.urls.url_quote` | removed | [app.py:3](https://github.com/maxcountryman/flask-login/blob/{SHA}/app.py#L3) | no | - |"
    )
    assert closing_comment("Werkzeug", "3.0.0", "o/r", SHA, "bounded") == (
        f"Closing: this repository is no longer affected by Werkzeug 3.0.0 at [`0123456789ab`](https://github.com/o/r/commit/{SHA}) "
        "(the requirement no longer admits it)."
    )
    assert closing_comment("Werkzeug", "3.0.0", "o/r", SHA, "unused").endswith("(the code no longer uses what changed).")
    assert closing_comment("Werkzeug", "2.3.0", "o/r", SHA, "superseded") == (
        "Closing: a newer Werkzeug release now removes these APIs; release-watch follows that release instead, "
        "which supersedes this warning."
    )


def test_config_error_issue() -> None:
    rendered = config_error_issue(".github/release-watch.yml:1: `mode`: Input should be 'issue', 'pr' or 'both'", "o/r:config:abc")
    assert rendered.title == "release-watch: invalid configuration file"
    assert "```\n.github/release-watch.yml:1: `mode`: Input should be 'issue', 'pr' or 'both'\n```" in rendered.body
    assert find_marker(rendered.body) == "o/r:config:abc"


@pytest.mark.parametrize("body", [None, "", "no marker", "<!-- release-watch:key= -->"])
def test_find_marker_absent(body: str | None) -> None:
    assert find_marker(body) is None


def test_long_tables_are_cut_to_stay_under_githubs_body_limit() -> None:
    uses = tuple(Use(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, path=f"m{i}.py", line=i)
                 for i in range(1, 501))
    body = issue(_finding(uses=uses)).body
    assert body.count("| `werkzeug.urls.url_decode` |") == 50
    assert "\n…and 450 more uses of the same changes." in body
    assert len(body) < 65536


def test_what_changed_shows_the_kind_and_the_witness() -> None:
    from bot.findings.render import _change_line

    change = Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
                    breakage="function_removed", witness="from werkzeug.urls import url_decode")
    assert _change_line(change) == (
        "- `werkzeug.urls.url_decode` (function): removed.\n  Kind: `function_removed` (see release-watch's "
        "docs/breaking-changes.md)\n  Works on the old release, fails on the new:\n\n  ```python\n"
        "  from werkzeug.urls import url_decode\n  ```"
    )


def test_a_use_says_what_it_does_that_changed_before_its_evidence() -> None:
    # a call's own problem (a keyword removed, a deprecated value passed) is the first half of why it matched
    use = Use(symbol="werkzeug.urls.url_encode", kind=ChangeKind.DEPRECATED, path="app.py", line=4,
              detail="passes charset='latin-1', which is deprecated", evidence="import werkzeug.urls.url_encode")
    body = issue(_finding(Flavour.DEPRECATION, "2.3.0", uses=(use,))).body
    assert "| no | passes charset='latin-1', which is deprecated; import werkzeug.urls.url_encode |" in body
