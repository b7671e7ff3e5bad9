"""Precision of what reaches a repository (usage19): matches the release never makes fail or warn are no uses."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.python_versions import python_truth
from bot.changes import ReleaseDiff
from bot.cli.main import app
from bot.usage import FlagIndex, Targets, find_usages
from bot.usage.guards import never_runs
from tests.artifacts import unpacked_release
from tests.fake_pypi import TimelinePyPI, metadata_only, pinned_release, pinned_sdist, served_for_the_cli
from tests.test_apidiff_core import surface
from tests.test_apidiff_runtime14 import removed
from tests.test_transitive_timeline import support_releases
from tests.test_usage_dependents16 import _diff
from tests.test_usage_dependents17 import FLASK_2_2, UNWATCHED_LOGIN, _uses
from tests.test_usage_dependents18 import _vias, restored_pypi  # noqa: F401 (a fixture)

FLASK_SQLALCHEMY_3_0 = ("flask-sqlalchemy", "2.5.1", "3.0.0")
runner = CliRunner()


def test_debugtoolbar_importing_get_debug_queries_under_try_still_warns() -> None:
    # Flask-DebugToolbar 0.13.1's panels/sqlalchemy.py: `try: from flask_sqlalchemy import get_debug_queries,
    # SQLAlchemy / except ImportError: ... = None`, then `if get_debug_queries: return get_debug_queries()`; the
    # import works with flask-sqlalchemy 3.0 and the call warns: neither the try nor the flag guards it
    root = unpacked_release("flask-debugtoolbar", "0.13.1", "sdist")
    source = next(root.rglob("panels/sqlalchemy.py")).read_text()
    found = [use for use in _uses(source, FLASK_SQLALCHEMY_3_0) if use[1] == "flask_sqlalchemy.get_debug_queries"]
    assert found == [
        (2, "flask_sqlalchemy.get_debug_queries", "deprecated", False),
        (66, "flask_sqlalchemy.get_debug_queries", "deprecated", False),
        (67, "flask_sqlalchemy.get_debug_queries", "deprecated", False),
    ]


@pytest.mark.parametrize(
    ("source", "line"),
    [
        # a flag the try sets beside the deprecated import: true wherever the import works
        ("try:\n    from flask import _app_ctx_stack\n    HAS = True\nexcept ImportError:\n    HAS = False\n"
         "if HAS:\n    _app_ctx_stack.top\n", 7),
        # a try catching AttributeError around a deprecated attribute: nothing fails
        ("import flask\ntry:\n    flask._app_ctx_stack.top\nexcept AttributeError:\n    pass\n", 3),
        # the name bound twice, the try body's import first: that import works
        ("try:\n    from flask import _app_ctx_stack as stack\nexcept ImportError:\n    from compat import stack\n"
         "stack.top\n", 5),
    ],
)
def test_no_guard_against_a_failure_protects_from_a_deprecation(source: str, line: int) -> None:
    assert (line, "flask._app_ctx_stack", "deprecated", False) in _uses(source, FLASK_2_2)


def test_a_flag_recording_another_import_still_guards_the_old_spelling() -> None:
    # the block runs only where the new name is missing, which it is not in the release that deprecated the old one
    source = (
        "import flask\ntry:\n    from flask.globals import app_ctx\n    HAS_CTX = True\nexcept ImportError:\n"
        "    HAS_CTX = False\nif not HAS_CTX:\n    flask._app_ctx_stack.top\n"
    )
    assert _uses(source, FLASK_2_2) == [(8, "flask._app_ctx_stack", "deprecated", True)]


def test_a_removal_is_still_guarded_by_the_try() -> None:
    source = "try:\n    from flask import _app_ctx_stack\nexcept ImportError:\n    _app_ctx_stack = None\n"
    assert _uses(source, ("flask", "2.3.3", "3.0.0")) == [(2, "flask._app_ctx_stack", "removed", True)]


# ---- one reading of the Python version for the surface and the usage finder --------------------------------------

OLD_G = "def f(a):\n    pass\n\n\ndef g(a):\n    pass\n"


@pytest.mark.parametrize(
    "new",
    [
        # a backport bound only where the standard library lacks it: bound on 3.8 and 3.9, so never removed
        "import sys\n\ndef f(a):\n    pass\n\nif sys.version_info < (3, 10):\n    def g(a):\n        pass\n",
        "import sys\n\ndef f(a):\n    pass\n\nif sys.version_info[:2] <= (3, 9):\n    def g(a):\n        pass\n",
        "import sys\n\ndef f(a):\n    pass\n\nif sys.version_info >= (3, 11):\n    pass\nelse:\n    def g(a):\n        pass\n",
    ],
)
def test_a_name_bound_on_some_supported_python_3_is_not_removed(tmp_path: Path, new: str) -> None:
    assert removed(tmp_path, {"demo/__init__.py": OLD_G}, {"demo/__init__.py": new}) == set()


def test_anyio_4_5_path_match_changed_only_on_python_3_13() -> None:
    # anyio 4.5.0 defines `match(self, path_pattern, *, case_sensitive=None)` under `if sys.version_info >= (3, 13):`
    # and keeps 4.4.0's `match(self, path_pattern)` in the else; the else was dropped as a Python 2 branch, and
    # "the release now calls it with keyword 'case_sensitive'" was claimed (anyio never calls it so)
    diff = _diff("anyio", "4.4.0", "4.5.0")
    assert [c.kind.value for c in diff.changes if c.symbol == "anyio.Path.match"] == []
    assert "anyio.abc.AsyncBackend" in {c.symbol for c in diff.changes}  # the true claim of the pair stays


@pytest.mark.parametrize(
    "new",
    [
        "import sys\n\ndef f(a):\n    pass\n\nif sys.version_info < (3,):\n    def g(a):\n        pass\n",
        "import sys\n\ndef f(a):\n    pass\n\nif sys.version_info < (3, 7):\n    def g(a):\n        pass\n",
        "import six\n\ndef f(a):\n    pass\n\nif six.PY2:\n    def g(a):\n        pass\n",
        "import sys\n\ndef f(a):\n    pass\n\nif sys.version_info >= (3, 8):\n    pass\nelse:\n    def g(a):\n        pass\n",
    ],
)
def test_a_name_bound_on_no_supported_python_is_still_removed(tmp_path: Path, new: str) -> None:
    assert removed(tmp_path, {"demo/__init__.py": OLD_G}, {"demo/__init__.py": new}) == {"demo.g"}


@pytest.mark.parametrize(
    ("test", "value"),
    [
        ("sys.version_info < (3, 10)", None),
        ("sys.version_info[:2] == (3, 9)", None),
        ("sys.version_info >= (3, 8)", True),
        ("sys.version_info[0] == 2", False),
        ("not PY2", True),
        ("flask.__version_info__ < (3,)", None),  # a package's version, not Python's
        ("TYPE_CHECKING", None),  # a condition of type checkers, not of the Python version
    ],
)
def test_the_surface_and_the_usage_finder_read_python_tests_alike(test: str, value: bool | None) -> None:
    expr = ast.parse(test, mode="eval").body
    assert python_truth(expr) is value
    assert never_runs(expr) is (value is False or test == "TYPE_CHECKING")


# ---- a parameter deprecation warned only for some values ----------------------------------------------------------


def test_flask_2_0_send_file_passing_none_never_warns() -> None:
    # Flask 2.0.3's send_file hands attachment_filename, cache_timeout and add_etags to _prepare_send_file_kwargs,
    # which warns `if attachment_filename is not None:` (and the same for the others): None passed never warns
    source = (
        "from flask import send_file\n"
        "send_file(f, attachment_filename=None)\n"
        "send_file(f, attachment_filename='a.txt')\n"
        "send_file(f, cache_timeout=None, add_etags=False)\n"
        "send_file(f, cache_timeout=timeout)\n"
    )
    found = _uses(source, ("flask", "1.1.4", "2.0.3"))
    assert [use for use in found if use[2] == "deprecated"] == [
        (3, "flask.send_file", "deprecated", False),
        (4, "flask.send_file", "deprecated", False),  # add_etags=False is not None: it warns
        (5, "flask.send_file", "deprecated", False),  # a value computed at run time may warn
    ]
    # each call also leaves out `conditional`, whose default became True: a possible use (default26)
    assert [use[0] for use in found if use[2] == "signature_changed"] == [2, 3, 4, 5]


_OLD_RUN = "def run(app, verbose=False, encoding=None, **options):\n    pass\n"
_NEW_RUN = """\
import warnings


def run(app, verbose=False, encoding=None, **options):
    if verbose:
        warnings.warn("verbose is deprecated", DeprecationWarning)
    if encoding is not None:
        warnings.warn("encoding is deprecated", DeprecationWarning)
    level = options.pop("level", None)
    if level is not None and level > 0:
        warnings.warn("level is deprecated", DeprecationWarning)
"""


def _run_uses(tmp_path: Path, new: str, calls: str) -> list[tuple[int, str]]:
    diff = diff_surfaces(surface(tmp_path, {"demo/__init__.py": _OLD_RUN}, "1.0"),
                         surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    targets = Targets.from_diffs([ReleaseDiff(package="demo", old="1.0", new="2.0", changes=diff)])
    data = ("from demo import run\n" + calls).encode()
    usages, _ = find_usages("app.py", data, targets, FlagIndex(["app.py"], {"app.py": data}.get, targets.import_names))
    return [(u.line, u.detail) for u in usages if u.form.value != "import"]


def test_a_literal_the_warning_condition_is_false_for_is_no_use(tmp_path: Path) -> None:
    calls = (
        "run(app, verbose=False)\n"  # 2: `if verbose:` is false
        "run(app, verbose=0, encoding=None)\n"  # 3
        "run(app, False, None)\n"  # 4: by position
        "run(app, level=0)\n"  # 5: `level is not None and level > 0` is false
        "run(app, verbose=True)\n"  # 6
        "run(app, encoding='utf-8')\n"  # 7
        "run(app, level=2)\n"  # 8
        "run(app, verbose=flag)\n"  # 9: computed at run time
        "run(app, False, 'latin-1')\n"  # 10
    )
    assert _run_uses(tmp_path, _NEW_RUN, calls) == [
        (6, "keyword 'verbose' is deprecated"),
        (7, "keyword 'encoding' is deprecated"),
        (8, "keyword 'level' is deprecated"),
        (9, "keyword 'verbose' is deprecated"),
        (10, "argument 3 passes 'encoding', which is deprecated"),
    ]


def test_a_parameter_the_body_assigns_before_its_test_keeps_every_use(tmp_path: Path) -> None:
    # the test reads what the body made of the parameter: `verbose=False` may still warn
    new = _NEW_RUN.replace("    if verbose:\n", "    verbose = verbose or DEBUG\n    if verbose:\n")
    assert _run_uses(tmp_path, new, "run(app, verbose=False)\n") == [(2, "keyword 'verbose' is deprecated")]


def test_a_literal_meeting_the_condition_of_another_branch_still_warns(tmp_path: Path) -> None:
    new = _NEW_RUN.replace(
        "    level = options", "    if 'verbose' in options or verbose is not None:\n        warnings.warn('x', DeprecationWarning)\n    level = options"
    )
    assert _run_uses(tmp_path, new, "run(app, verbose=False)\n") == [(2, "keyword 'verbose' is deprecated")]


# ---- a pin arriving through another requirement -------------------------------------------------------------------


def test_a_pin_in_another_requirements_metadata_holds_the_fresh_install_too(
    restored_pypi: TimelinePyPI,  # noqa: F811
    tmp_path: Path,
) -> None:
    # archivy 1.7.7's pins, but Flask==2.3.2 required by another package the repository installs (dependents18's
    # "noticed" case): Flask 2.3.0, which lost flask.Markup, is never installed with it; 2.3.2 restored it
    restored_pypi.publish(metadata_only("archivy-theme", "1.0", ("Flask==2.3.2",)))
    assert _vias(tmp_path, "flask>=2.3,<2.4\nflask-wtf==1.1.1\narchivy-theme==1.0\n") == (0, [])


# ---- an extension that imports the package without declaring it --------------------------------------------------


def test_flask_markdown_importing_flask_undeclared_breaks_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Flask-Markdown 0.3 declares no requirement on Flask, yet its code does `from flask import Markup`; named by
    # Flask's extension convention, its artifact is scanned, and the import found there makes it a via
    pypi = TimelinePyPI()
    pypi.publish(pinned_release("flask", "2.2.5"), pinned_release("flask", "2.3.0"), pinned_release("werkzeug", "2.3.8"),
                 pinned_sdist("flask-markdown", "0.3"), metadata_only("requests", "2.31.0"), *support_releases())
    with served_for_the_cli(pypi, tmp_path / "data", monkeypatch, UNWATCHED_LOGIN):
        root = tmp_path / "app"
        root.mkdir()
        (root / "requirements.txt").write_text("flask>=2.2,<2.4\nFlask-Markdown==0.3\nrequests\n")
        (root / "app.py").write_text("from flaskext.markdown import Markdown\n")
        result = runner.invoke(app, ["scan", str(root), "--against", "flask==2.3.0", "--format", "json"])
    assert result.exit_code == 1, result.stdout
    [via] = [risk["via"] for risk in json.loads(result.stdout)["risks"] if "via" in risk]
    assert (via["package"], via["version"], via["requirement"]) == ("flask-markdown", "0.3", "")
    assert {use["symbol"] for use in via["uses"]} == {"flask.Markup"}
    assert {"symbol": "flask.Markup", "file": "Flask-Markdown-0.3/flaskext/markdown.py", "line": 32} in via["uses"]


def test_a_deprecated_keyword_of_a_name_imported_under_try_still_warns() -> None:
    # flask 2.0.3's send_file: passing attachment_filename warns; the try guards only the import failing
    source = "try:\n    from flask import send_file\nexcept ImportError:\n    send_file = None\nsend_file(f, attachment_filename='a')\n"
    assert _uses(source, ("flask", "1.1.4", "2.0.3")) == [
        (5, "flask.send_file", "signature_changed", True),  # leaves out `conditional` (possible; default26)
        (5, "flask.send_file", "deprecated", False),
    ]


def test_a_star_parameter_holds_every_extra_argument_so_no_literal_is_quiet(tmp_path: Path) -> None:
    # werkzeug 2.3's Client.delete_cookie warns `if args:`: `(None,)` is true, whatever the literal passed
    old = "def send(app, *args):\n    pass\n"
    new = "import warnings\n\ndef send(app, *args):\n    if args:\n        warnings.warn('args are deprecated', DeprecationWarning)\n"
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"), surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    [change] = [c for c in found if c.symbol == "demo.send"]
    assert change.signature is not None and change.signature.deprecated_when == ()
