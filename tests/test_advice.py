"""The advice policy: announced removals read from warning text, and the same werkzeug 3.0.0 finding advised
differently to a library and to an application, each in the file that decides its installs."""

from __future__ import annotations

import pytest

from bot.changes import ReleaseDiff
from bot.deps.bounds import bound_edit
from bot.deps.publishing import publishing_files
from bot.findings.advice import advise, announced_removal, issue_wanted, pr_allowed
from bot.findings.advice_text import advice_section
from bot.findings.outcome import Finding, evaluate
from bot.findings.repo_config import parse_repo_config
from bot.findings.scan import scan_files
from tests.test_pipeline import _flask_login_files, werkzeug_diff

__all__ = ["werkzeug_diff"]  # the module-scoped werkzeug 2.3.8 -> 3.0.0 diff, by the real engine


@pytest.mark.parametrize(
    ("message", "package", "expected"),
    [
        ("'werkzeug.urls.url_decode' is deprecated and will be removed in Werkzeug 2.4. Use 'urllib.parse.parse_qs' "
         "instead.", "werkzeug", "2.4"),
        ("'JSONEncoder' is deprecated and will be removed in Flask 2.3.", "flask", "2.3"),
        ("The 'as_tuple' parameter is deprecated and will be removed in version 2.4.", "werkzeug", "2.4"),
        ("'safe_join' will be removed in 2.1. Use 'werkzeug.utils.safe_join' instead.", "flask", "2.1"),
        ("Passing 'x' is deprecated and is going to be removed in werkzeug 3.0.", "werkzeug", "3.0"),
        ("'url_quote' is deprecated and will be removed in a future version.", "werkzeug", None),
        ("'imp' will be removed in Python 3.12.", "werkzeug", None),  # another project's release
        ("Deprecated since 2.3.", "werkzeug", None),
    ],
)
def test_announced_removal(message: str, package: str, expected: str | None) -> None:
    assert announced_removal(message, package) == expected


PYPROJECT_LIBRARY = b"""[build-system]
requires = ["flit_core<4"]
build-backend = "flit_core.buildapi"

[project]
name = "Flask-Login"
version = "0.6.2"
requires-python = ">=3.7"
dependencies = [
    "Flask>=1.0.4",
    "Werkzeug>=1.0.1",
]
"""


def _sources() -> dict[str, bytes]:
    """flask-login 0.6.2's real package source, without its packaging files."""
    return {path: data for path, data in _flask_login_files().items() if path.startswith("src/")}


def _app(layout: dict[str, bytes]) -> dict[str, bytes]:
    """An application deploying flask-login 0.6.2's code (vendored as its own module) with `layout`."""
    utils = _flask_login_files()["src/flask_login/utils.py"]
    return {"app/login_utils.py": utils, "app/__init__.py": b"", **layout}


LAYOUTS = {
    # library: setup.py (flask-login 0.6.2 as released)
    "setup.py library": (lambda: _flask_login_files(), True, "setup.py", '"Werkzeug>=1.0.1,<3",'),
    # library: PEP 621 pyproject with a build backend
    "pyproject library": (lambda: _sources() | {"pyproject.toml": PYPROJECT_LIBRARY}, True, "pyproject.toml",
                          '"Werkzeug>=1.0.1,<3",'),
    # application: pip-tools, requirements.in compiled to a pinned requirements.txt lock
    "pip-tools application": (lambda: _app({
        "requirements.in": b"Flask>=2.2\nWerkzeug>=2.0\n",
        "requirements.txt": b"flask==2.3.3\n    # via -r requirements.in\nwerkzeug==2.3.7\n    # via -r requirements.in\n",
    }), False, "requirements.in", "Werkzeug>=2.0,<3"),
    # application: requirements.txt installed with a constraints file: the cap goes in the constraints entry
    "requirements + constraints application": (lambda: _app({
        "requirements.txt": b"-c constraints.txt\nFlask\nWerkzeug\n",
        "constraints.txt": b"flask>=2.2\nwerkzeug>=2.2\n",
    }), False, "constraints.txt", "werkzeug>=2.2,<3"),
    # application: `uv init --app` (a named project without a build backend) and its uv.lock
    "uv application": (lambda: _app({
        "pyproject.toml": b'[project]\nname = "shop"\nversion = "0.1.0"\ndependencies = [\n    "flask>=2.2",\n'
                          b'    "werkzeug>=2.2",\n]\n',
        "uv.lock": b'version = 1\n\n[[package]]\nname = "werkzeug"\nversion = "2.3.7"\n',
    }), False, "pyproject.toml", '"werkzeug>=2.2,<3",'),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_library_and_application_get_their_own_advice_in_the_right_file(
    layout: str, werkzeug_diff: ReleaseDiff
) -> None:
    build, library, path, new_line = LAYOUTS[layout]
    files = build()
    finding = _finding(files, werkzeug_diff)
    advice = advise(finding)
    assert (finding.library, advice.library) == (library, library)
    assert advice.target is not None and advice.target.path == path
    edit = bound_edit(path, files[path].decode(), finding.package, finding.version, advice.target.line)
    assert edit is not None and [e.new.strip() for e in edit.edits] == [new_line]
    assert advice.cap is not None and advice.cap in new_line
    section = advice_section(finding)
    if library:
        assert section.startswith("### What to do\n\nMigrate the uses above (see the hints under *What changed*). "
                                  "This repository publishes a distribution, so a cap constrains every project")
    else:
        assert section.startswith(f"### What to do\n\nUntil the code is migrated, an upper bound in `{path}` keeps "
                                  f"installs on a working release. It excludes {finding.display_name} 3.0.0")
    assert f"```\n{advice.cap}\n```" in section


def _finding(files: dict[str, bytes], diff: ReleaseDiff) -> Finding:
    outcome = evaluate("o/r", "0" * 40, scan_files(files, [diff]), diff)
    assert outcome.finding is not None, outcome.reason
    return outcome.finding


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"setup.cfg": b"[flake8]\nmax-line-length = 100\n"}, []),  # tool settings only
        ({"setup.cfg": b"[metadata]\nname = shop\n"}, ["setup.cfg"]),
        ({"pyproject.toml": b'[tool.ruff]\nline-length = 100\n'}, []),
        ({"pyproject.toml": b'[tool.poetry]\nname = "x"\n\n[build-system]\nrequires = ["poetry-core"]\n'},
         ["pyproject.toml"]),
        ({"pyproject.toml": b'[tool.poetry]\nname = "x"\npackage-mode = false\n\n[build-system]\nrequires = ["poetry-core"]\n'},
         []),
        ({"pyproject.toml": b'[project]\nname = "x"\n\n[tool.uv]\npackage = false\n\n[build-system]\nrequires = ["hatchling"]\n'},
         []),
        ({"pyproject.toml": b"[project\nname = 'broken'\n"}, []),
        ({"docs/conf.py": b"", "tools/setup.py": b"from setuptools import setup\nsetup(name='helper')\n"},
         ["tools/setup.py"]),
    ],
)
def test_publishing_files(files: dict[str, bytes], expected: list[str]) -> None:
    assert publishing_files(files, files.get) == expected


@pytest.mark.parametrize(
    ("mode", "flavour", "issue", "pr"),
    [
        ("issue", "removal", True, False),
        ("pr", "removal", False, True),
        ("both", "removal", True, True),
        ("issue", "deprecation", True, False),
        ("pr", "deprecation", True, False),  # no PR can carry a warning, so PR mode gets the issue
        ("both", "deprecation", True, False),
    ],
)
def test_which_of_issue_and_pr_a_finding_gets(mode: str, flavour: str, issue: bool, pr: bool) -> None:
    finding = Finding.model_validate({
        "repo": "o/r", "sha": "0" * 40, "package": "werkzeug", "display_name": "Werkzeug",
        "version": "3.0.0" if flavour == "removal" else "2.3.0", "flavour": flavour,
        "requirement": {"path": "setup.py", "line": 8, "text": "Werkzeug>=1.0.1", "specifier": ">=1.0.1"},
        "uses": [], "changes": [],
    })
    config = parse_repo_config(f"mode: {mode}\n".encode()).config
    assert (issue_wanted(finding, config), config.opens_prs and pr_allowed(finding)) == (issue, pr)
    assert advise(finding).cap == ("Werkzeug>=1.0.1,<3" if flavour == "removal" else None)
