"""Tests for deciding whether a release affects a repository, on in-memory trees through the real scan core."""

from __future__ import annotations

import pytest

from bot.changes import Change, ChangeKind, Location, ObjectKind, ReleaseDiff
from bot.findings.outcome import Flavour, Use, action_key, evaluate, new_uses
from bot.findings.scan import scan_files

URL_DECODE = Change(
    symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
    detail="function 'werkzeug.urls.url_decode' no longer exists in 3.0.0", deprecated_since="2.3.0",
    old_location=Location(path="werkzeug/urls.py", line=1077), hint="Use 'urllib.parse.parse_qs' instead",
)
REMOVAL = ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[URL_DECODE])
DEPRECATION = ReleaseDiff(package="Werkzeug", old="2.2.3", new="2.3.0", changes=[URL_DECODE.model_copy(
    update={"kind": ChangeKind.DEPRECATED, "detail": "", "old_location": None})])

USES = "from werkzeug.urls import url_decode\n\nurl_decode('a=1')\n"
GUARDED = "try:\n    from werkzeug.urls import url_decode\nexcept ImportError:\n    url_decode = None\n"


def _evaluate(files: dict[str, str], diff: ReleaseDiff = REMOVAL, **kw: bool) -> tuple[str | None, object]:
    report = scan_files({k: v.encode() for k, v in files.items()}, [diff])
    outcome = evaluate("o/r", "a" * 40, report, diff, **kw)
    return outcome.reason, outcome.finding


@pytest.mark.parametrize(
    ("files", "kw", "reason"),
    [
        ({"requirements.txt": "Werkzeug>=1,<3\n", "app.py": USES}, {}, "bounded"),
        ({"requirements.txt": "flask\nwerkzeug==2.3.8\n", "app.py": USES}, {}, "bounded"),
        ({"requirements.txt": "werkzeug==2.3.8\n", "app.py": USES}, {}, "bounded"),
        ({"requirements.txt": "Werkzeug>=1\n", "app.py": "import flask\n"}, {}, "unused"),
        ({"requirements.txt": "Werkzeug>=1\n", "app.py": GUARDED}, {}, "unused"),
        ({"requirements.txt": "Werkzeug>=1\n", "app.py": USES}, {"watched": False}, "not-watched"),
    ],
)
def test_no_finding(files: dict[str, str], kw: dict[str, bool], reason: str) -> None:
    assert _evaluate(files, **kw) == (reason, None)


def test_an_undeclared_import_is_a_finding_without_a_requirement_line() -> None:
    reason, finding = _evaluate({"requirements.txt": "flask\n", "app.py": USES})
    assert reason is None and finding is not None
    assert (finding.requirement, finding.flavour, finding.suggested_requirement) == (None, Flavour.REMOVAL, "werkzeug<3")


def test_removal_finding_prefers_the_runtime_requirement() -> None:
    files = {
        "pyproject.toml": '[project]\nname = "x"\ndependencies = ["Werkzeug>=1.0.1"]\n'
                          '[project.optional-dependencies]\ndev = ["werkzeug"]\n',
        "app/views.py": USES,
        "app/compat.py": GUARDED,
    }
    reason, finding = _evaluate(files)
    assert reason is None and finding is not None
    assert (finding.flavour, finding.display_name, finding.version) == (Flavour.REMOVAL, "Werkzeug", "3.0.0")
    assert (finding.requirement.path, finding.requirement.line, finding.requirement.text) == (
        "pyproject.toml", 3, "Werkzeug>=1.0.1")
    assert finding.suggested_requirement == "Werkzeug>=1.0.1,<3"
    imported = "import werkzeug.urls.url_decode"
    assert finding.uses == (
        Use(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, path="app/compat.py", line=2, guarded=True,
            evidence=imported),
        Use(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, path="app/views.py", line=1, evidence=imported),
        Use(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, path="app/views.py", line=3,
            evidence="`url_decode` is werkzeug.urls.url_decode through the imports"),
    )
    assert finding.changes == (URL_DECODE,)
    assert finding.key == "o/r:werkzeug==3.0.0"


def test_deprecation_finding_and_its_opt_out() -> None:
    files = {"requirements.txt": "werkzeug>=2\n", "app.py": USES}
    _, finding = _evaluate(files, DEPRECATION)
    assert finding is not None and finding.flavour is Flavour.DEPRECATION
    assert finding.suggested_requirement == "werkzeug>=2,<2.3"
    assert _evaluate(files, DEPRECATION, warn_on_deprecations=False) == ("not-watched", None)


def test_keys_and_new_uses() -> None:
    assert action_key("Owner/Repo", "Flask_Login", "0.7.0") == "owner/repo:flask-login==0.7.0"
    a = Use(symbol="x.a", kind=ChangeKind.REMOVED, path="p.py", line=1)
    b = Use(symbol="x.b", kind=ChangeKind.REMOVED, path="p.py", line=2)
    moved = Use(symbol="x.a", kind=ChangeKind.REMOVED, path="p.py", line=9)
    assert new_uses([a], [moved, b]) == (b,)
