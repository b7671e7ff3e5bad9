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


WERKZEUG_21 = ReleaseDiff(package="werkzeug", old="2.0.3", new="2.1.0", changes=[
    Change(symbol="werkzeug.security.safe_str_cmp", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION),
])


@pytest.mark.parametrize(("source", "expected"), [
    # the fallback of an import that works: reached only when the body's import fails
    ("try:\n    from hmac import compare_digest as safe_str_cmp\nexcept ImportError:\n"
     "    from werkzeug.security import safe_str_cmp\n", [(4, True)]),
    # a version shim within the package: the body's import may be the one that fails
    ("try:\n    from werkzeug.urls import safe_str_cmp\nexcept ImportError:\n"
     "    from werkzeug.security import safe_str_cmp\n", [(4, False)]),
    # a handler import binding another name is no alternative of the body's
    ("try:\n    import simplejson\nexcept ImportError:\n    from werkzeug.security import safe_str_cmp\n",
     [(4, False)]),
])
def test_an_import_falling_back_for_the_try_body_is_guarded(source: str, expected: list[tuple[int, bool]]) -> None:
    report = scan_files({"pkg/mod.py": source.encode()}, [WERKZEUG_21])
    assert [(u.line, u.guarded) for u in report.usages] == expected


def test_flask_seasurf_1_1_1_werkzeug_fallback_is_no_risk() -> None:
    """Held-out batch 4 found it: a false AT RISK on werkzeug 2.1 from the never-run fallback import."""
    from tests.test_scan_dependents import ALL, verdicts
    from tests.test_scan_releases import scanned

    report = scanned("flask-seasurf", "1.1.1", ALL)
    assert [(u.line, u.guarded) for u in report.usages if u.symbol == "werkzeug.security.safe_str_cmp"] == [
        (35, True), (341, True)]
    assert verdicts(report) == {"werkzeug 2.1.0": False, "werkzeug 2.2.0": False, "flask 2.3.0": False,
                                "flask 3.0.0": True}  # `from flask import _app_ctx_stack`


@pytest.mark.parametrize("flag_module", [
    "try:\n    import pygments\n    HAVE_PYGMENTS = True\nexcept ImportError:\n    HAVE_PYGMENTS = False\n",
    "import sys\nHAVE_PYGMENTS = sys.version_info >= (3, 8)\n",
])
def test_a_flag_about_another_package_guards_no_use(flag_module: str) -> None:
    """Flask-DebugToolbar 0.13.1's tests: `@pytest.mark.skipif(not HAVE_PYGMENTS)` says nothing about flask."""
    use = "import flask\nfrom .utils import HAVE_PYGMENTS\napp = flask.Flask(__name__)\nif HAVE_PYGMENTS:\n" \
          "    app.json_encoder = None\n"
    local = flag_module + use.replace("from .utils import HAVE_PYGMENTS\n", "")
    for files in ({"pkg/utils.py": flag_module.encode(), "pkg/ext.py": use.encode()}, {"pkg/ext.py": local.encode()}):
        report = scan_files(files, [FLASK])
        assert [u.guarded for u in report.usages if u.file == "pkg/ext.py"] == [False]
