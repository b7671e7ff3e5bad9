"""The CLI's `scan` verdict and the App's decision to open an issue come from one judge: they always agree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.deps import DeclarationKind, Requirement
from bot.findings.judge import judge
from bot.findings.outcome import Flavour, evaluate
from bot.findings.scan import ScanReport, analyse_repository, scan_files
from bot.usage import Confidence, Usage, UseForm

DIFF = ReleaseDiff(package="Werkzeug", old="2.3.8", new="3.0.0", changes=[
    Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION),
    Change(symbol="werkzeug.test.Client.cookie_jar", kind=ChangeKind.REMOVED, object=ObjectKind.PROPERTY),
    Change(symbol="werkzeug.urls.url_quote", kind=ChangeKind.DEPRECATED, object=ObjectKind.FUNCTION),
])
SNIPPETS = [
    "from werkzeug.urls import url_decode\n\nurl_decode('a=1')\n",  # a resolved breaking use
    "try:\n    from werkzeug.urls import url_decode\nexcept ImportError:\n    url_decode = None\n",  # guarded
    "import werkzeug\n\n\ndef jar(client):\n    return client.cookie_jar\n",  # a name-only (medium) match
    "from werkzeug.urls import url_quote\n\nurl_quote('a')\n",  # a deprecated use
    "import flask\n",
]
REQUIREMENT_FILES = st.sampled_from([
    {}, {"requirements.txt": "flask\n"}, {"requirements.txt": "Werkzeug\n"}, {"requirements.txt": "werkzeug>=2\n"},
    {"requirements.txt": "werkzeug<3\n"}, {"requirements.txt": "werkzeug==2.3.8\n"},
    {"constraints.txt": "werkzeug>=2\n"},
    {"pyproject.toml": '[project]\nname = "x"\ndependencies = ["Werkzeug>=1.0.1"]\n'},
])


def _app_opens(report: ScanReport, diff: ReleaseDiff) -> Flavour | None:
    finding = evaluate("o/r", "a" * 40, report, diff).finding
    return finding.flavour if finding else None


@settings(max_examples=150, deadline=None)
@given(requirements=REQUIREMENT_FILES, snippets=st.lists(st.sampled_from(SNIPPETS), max_size=4))
def test_cli_and_app_agree_on_scanned_trees(requirements: dict[str, str], snippets: list[str]) -> None:
    files = {path: text.encode() for path, text in requirements.items()}
    files.update({f"pkg/m{i}.py": text.encode() for i, text in enumerate(snippets)})
    cli = scan_files(files, [DIFF])  # what `release-watch scan` prints and exits with
    app = analyse_repository(files, [DIFF]).report  # what the App evaluates
    assert app is not None
    assert cli.any_at_risk == (_app_opens(app, DIFF) is Flavour.REMOVAL)


USAGES = st.builds(
    Usage, symbol=st.sampled_from([c.symbol for c in DIFF.changes] + ["werkzeug.other"]),
    file=st.sampled_from(["a.py", "b.py"]), line=st.integers(1, 3), form=st.sampled_from(list(UseForm)),
    guarded=st.booleans(), confidence=st.sampled_from(list(Confidence)), change=st.sampled_from(list(ChangeKind)),
    package=st.sampled_from(["werkzeug", "Werkzeug", "flask"]), release=st.sampled_from(["3.0.0", "2.3.8"]),
)
REQUIREMENTS = st.builds(
    Requirement, package=st.sampled_from(["werkzeug", "flask"]), name=st.just("Werkzeug"),
    spec=st.just(""), specifier=st.sampled_from(["", ">=2", "<3", "==2.3.8", ">=1,<4"]),
    file=st.sampled_from(["requirements.txt", "setup.py"]), line=st.integers(1, 3),
    kind=st.sampled_from(list(DeclarationKind)),
)


@settings(max_examples=300, deadline=None)
@given(requirements=st.lists(REQUIREMENTS, max_size=3), usages=st.lists(USAGES, max_size=6))
def test_cli_and_app_agree_on_any_report(requirements: list[Requirement], usages: list[Usage]) -> None:
    verdict = judge(DIFF, requirements, usages)
    report = ScanReport(requirements=[], usages=usages, packages=[verdict], warnings=[], files_seen=0,
                        files_parsed=0).model_copy(update={"requirements": requirements})
    opens = _app_opens(report, DIFF)
    assert verdict.at_risk == (opens is Flavour.REMOVAL)
    if opens is Flavour.DEPRECATION:
        assert verdict.admitting and verdict.deprecated_uses and not verdict.at_risk
    if verdict.at_risk:  # evidence: an unguarded use, backed by evidence, of something the release breaks
        assert any(u.counts and not u.guarded for u in verdict.breaking_uses)


@settings(max_examples=200, deadline=None)
@given(requirements=st.lists(REQUIREMENTS, min_size=1, max_size=3), usages=st.lists(USAGES, min_size=1, max_size=6))
def test_name_only_matches_never_make_a_repository_at_risk(
    requirements: list[Requirement], usages: list[Usage]
) -> None:
    medium = [u.model_copy(update={"confidence": Confidence.POSSIBLE}) for u in usages]
    verdict = judge(DIFF, requirements, medium)
    report = ScanReport(requirements=[], usages=medium, packages=[verdict], warnings=[], files_seen=0,
                        files_parsed=0).model_copy(update={"requirements": requirements})
    assert not verdict.at_risk and _app_opens(report, DIFF) is None
    assert len(verdict.possible_uses) == sum(
        1 for u in medium if u.symbol in {c.symbol for c in DIFF.changes} and u.package.lower() == "werkzeug"
        and u.release == "3.0.0")  # listed for a reader, guarded or not
