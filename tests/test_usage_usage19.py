"""Precision of what reaches a repository (usage19): matches the release never makes fail or warn are no uses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.apidiff.python_versions import python_truth
from bot.usage.guards import never_runs
from tests.artifacts import unpacked_release
from tests.test_apidiff_runtime14 import removed
from tests.test_usage_dependents17 import FLASK_2_2, _uses

FLASK_SQLALCHEMY_3_0 = ("flask-sqlalchemy", "2.5.1", "3.0.0")


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
