"""Blocks that never run at run time (the lead's probes, stop 16): an import under `if TYPE_CHECKING:` or in a Python 2
branch was a use at risk of werkzeug 3.0's removal of `werkzeug.urls.url_decode`, and its repository AT RISK, though
no interpreter ever executes it. Such uses are guarded (listed, never at risk); a test that depends on the Python 3
version in use (`sys.version_info < (3, 10)`) says nothing and the use counts as before."""

from __future__ import annotations

import ast

import pytest

from bot.usage import Targets, find_usages
from bot.usage.guards import never_runs
from tests.test_usage_dependents16 import WERKZEUG_3_0, _diff

_TARGETS = Targets.from_diffs([_diff(*WERKZEUG_3_0)])


def _uses(source: str) -> list[tuple[int, bool]]:
    usages, _ = find_usages("app.py", source.encode(), _TARGETS)
    return [(u.line, u.guarded) for u in usages if u.symbol == "werkzeug.urls.url_decode"]


@pytest.mark.parametrize(
    "test",
    [
        "TYPE_CHECKING",
        "typing.TYPE_CHECKING",
        "sys.version_info < (3,)",
        "sys.version_info < (3, 0)",
        "sys.version_info[0] == 2",
        "sys.version_info.major < 3",
        "sys.version_info[1] < 8",  # every supported Python is a 3.8 or later
        "sys.version_info.major == 3 and sys.version_info.minor == 7",
        "PY2",
        "six.PY2",
        "not PY3",
        "PY2 and HAS_X",
        "not (sys.version_info >= (3, 0))",
        "False",
        "0",
    ],
)
def test_a_use_in_a_block_that_never_runs_is_guarded(test: str) -> None:
    source = f"import sys, six, typing\nif {test}:\n    from werkzeug.urls import url_decode\n"
    assert _uses(source) == [(3, True)]
    assert never_runs(ast.parse(test, mode="eval").body)


@pytest.mark.parametrize(
    "test",
    [
        "sys.version_info >= (3,)",
        "sys.version_info < (3, 10)",
        "sys.version_info >= (3, 12)",
        "PY3",
        "DEBUG",
        "not TYPE_CHECKING",
        "PY2 or DEBUG",
        "sys.version_info[1] < 10",
        "sys.version_info.minor >= 12",
    ],
)
def test_a_block_that_may_run_is_not_guarded_by_its_test(test: str) -> None:
    source = f"import sys\nif {test}:\n    from werkzeug.urls import url_decode\n"
    assert _uses(source) == [(3, False)]


def test_the_else_of_a_python_3_test_never_runs_and_the_else_of_a_python_2_test_does() -> None:
    py3_else = "import sys\nif sys.version_info >= (3,):\n    pass\nelse:\n    from werkzeug.urls import url_decode\n"
    assert _uses(py3_else) == [(5, True)]
    py2_else = "import sys\nif sys.version_info < (3,):\n    pass\nelse:\n    from werkzeug.urls import url_decode\n"
    assert _uses(py2_else) == [(5, False)]
    checking_else = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\nelse:\n    from werkzeug.urls import url_decode\n"
    assert _uses(checking_else) == [(5, False)]


def test_a_dotted_path_in_a_string_annotation_is_read_by_type_checkers_only() -> None:
    source = (
        "import werkzeug\n"
        'def f(q: "werkzeug.urls.url_decode") -> "werkzeug.urls.url_decode": ...\n'
        'x: "werkzeug.urls.url_decode"\n'
        'PLUGINS = ["werkzeug.urls.url_decode"]\n'  # a dotted path imported at run time: a use
    )
    usages, _ = find_usages("app.py", source.encode(), _TARGETS)
    found = sorted((u.line, u.guarded) for u in usages if u.symbol == "werkzeug.urls.url_decode")
    assert found == [(2, True), (2, True), (3, True), (4, False)]
    # annotations something may evaluate at run time: a decorated function's (FastAPI, Typer), a class body's
    # (pydantic, SQLAlchemy): the use counts
    evaluated = (
        "import werkzeug\n"
        "@app.get('/')\n"
        'def f(q: "werkzeug.urls.url_decode"): ...\n'
        "class Model(BaseModel):\n"
        '    q: "werkzeug.urls.url_decode"\n'
    )
    usages, _ = find_usages("app.py", evaluated.encode(), _TARGETS)
    assert sorted((u.line, u.guarded) for u in usages if u.symbol == "werkzeug.urls.url_decode") == [
        (3, False),
        (5, False),
    ]
