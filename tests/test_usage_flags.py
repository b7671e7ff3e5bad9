"""Guard flags kept in another module of the tree (`from ._compat import HAS_X`), and version/feature flags."""

from __future__ import annotations

import textwrap

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.findings.scan import scan_files

FLASK = ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[
    Change(symbol="flask.Flask.json_encoder", kind=ChangeKind.REMOVED, object=ObjectKind.ATTRIBUTE),
])
COMPAT = """
import flask
try:
    from flask.json.provider import DefaultJSONProvider
    HAS_JSON_PROVIDER = True
except ImportError:
    HAS_JSON_PROVIDER = False
FLASK_23 = flask.__version__ >= "2.3"
HAS_ENSURE_SYNC = hasattr(flask.Flask, "ensure_sync")
helper = len
"""
USE = """
import flask
{imports}
app = flask.Flask(__name__)
if {test}:
    app.json_encoder = None
"""


def guarded(imports: str, test: str, compat_path: str = "src/pkg/_compat.py") -> list[bool]:
    files = {
        compat_path: textwrap.dedent(COMPAT).encode(),
        "src/pkg/ext.py": USE.format(imports=imports, test=test).encode(),
    }
    report = scan_files(files, [FLASK])
    return [u.guarded for u in report.usages if u.file == "src/pkg/ext.py"]


@pytest.mark.parametrize(("imports", "test"), [
    ("from ._compat import HAS_JSON_PROVIDER", "not HAS_JSON_PROVIDER"),
    ("from ._compat import HAS_JSON_PROVIDER as has_provider", "has_provider is False"),
    ("from pkg._compat import FLASK_23", "not FLASK_23"),
    ("from ._compat import HAS_ENSURE_SYNC", "not HAS_ENSURE_SYNC"),
    ("try:\n    from ._compat import HAS_JSON_PROVIDER\nexcept ImportError:\n    HAS_JSON_PROVIDER = False",
     "not HAS_JSON_PROVIDER"),
])
def test_a_flag_imported_from_the_trees_compat_module_guards(imports: str, test: str) -> None:
    assert guarded(imports, test) == [True]


@pytest.mark.parametrize(("imports", "test", "compat_path"), [
    ("from ._compat import helper", "helper(x)", "src/pkg/_compat.py"),  # an imported name that is no flag
    ("from ._compat import HAS_JSON_PROVIDER", "not HAS_JSON_PROVIDER", "src/other/_compat.py"),  # another package
    ("from .missing import HAS_JSON_PROVIDER", "not HAS_JSON_PROVIDER", "src/pkg/_compat.py"),
])
def test_other_imported_names_do_not_guard(imports: str, test: str, compat_path: str) -> None:
    assert guarded(imports, test, compat_path) == [False]


def test_a_local_version_flag_guards() -> None:
    source = 'import flask\nIS_OLD = flask.__version__ < "2.3"\napp = flask.Flask(__name__)\nif IS_OLD:\n' \
             '    app.json_encoder = None\nSIZE = len("2.3")\nif SIZE:\n    app.json_encoder = None\n'
    report = scan_files({"pkg/app.py": source.encode()}, [FLASK])
    assert [(u.line, u.guarded) for u in report.usages] == [(5, True), (8, False)]
