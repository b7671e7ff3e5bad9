"""Classes of false verdicts found by scanning real Flask extensions (PyPI sdists of flask-wtf, dash, flasgger, …)
against the famous breaking releases of their dependencies, as a maintainer runs `release-watch scan`: each on its
real example and on a synthetic sibling."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff, SignatureDelta
from bot.usage import Targets, find_usages
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes

# -- an environment variable named for a distribution the release requires is that distribution's --


def test_flask_2_2_leaves_werkzeug_run_main_to_werkzeug() -> None:
    found = changes("flask", "2.1.3", "2.2.0")
    # 2.1 read `os.environ.get("WERKZEUG_RUN_MAIN")`; 2.2 calls werkzeug's `is_running_from_reloader()`, which reads it
    assert ("env_var_removed", "env:WERKZEUG_RUN_MAIN") not in found
    assert ("env_var_removed", "env:FLASK_ENV") in changes("flask", "2.2.5", "2.3.0")  # flask's own: kept


def _env_changes(tmp_path: Path, new_reads: str, requires: str) -> set[str]:
    metadata = f"Metadata-Version: 2.1\nName: demo\nVersion: 2.0\n{requires}"
    old = {"demo/__init__.py": "import os\nA = os.environ.get('LIB_RELOADED')\nB = os.environ.get('DEMO_LIB_X')\n"
           "C = os.getenv('LIBRARY_MODE')\n"}
    new = {"demo/__init__.py": new_reads, "demo-1.0.dist-info/METADATA": metadata}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol for c in found if c.kind is ChangeKind.ENV_VAR_REMOVED}


def test_a_variable_named_for_a_required_distribution_is_not_the_releases_to_drop(tmp_path: Path) -> None:
    assert _env_changes(tmp_path, "from lib import reloaded\n", "Requires-Dist: lib>=1\n") == {
        "env:DEMO_LIB_X",  # named for the release itself (`DEMO_`), though it spells `LIB` too: its own
        "env:LIBRARY_MODE",  # `LIBRARY_` is no `LIB_`: a whole name, not a prefix of letters
    }
    # without the requirement nothing else reads LIB_RELOADED: the release really stopped honouring it
    assert "env:LIB_RELOADED" in _env_changes(tmp_path, "x = 1\n", "")
    assert "env:LIB_RELOADED" in _env_changes(tmp_path, "x = 1\n", "Requires-Dist: lib-extra\n")


# -- code that only reads an environment variable is not hit when a release stops reading it --

FLASK = ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[
    Change(symbol="env:FLASK_ENV", kind=ChangeKind.ENV_VAR_REMOVED, object=ObjectKind.ENV_VAR),
])


@pytest.mark.parametrize(("source", "confidence"), [
    ("import os\nif os.getenv('FLASK_ENV') != 'x':\n    pass\n", "possible"),  # dash 2.11's WERKZEUG_RUN_MAIN test
    ("import os\nmode = os.environ.get('FLASK_ENV', 'production')\n", "possible"),
    ("from os import environ\nmode = environ['FLASK_ENV']\n", "possible"),
    ("import os\ndebug = 'FLASK_ENV' in os.environ\n", "possible"),
    ("def test(monkeypatch):\n    monkeypatch.delenv('FLASK_ENV', raising=False)\n", "possible"),
    ("import os\nos.environ['FLASK_ENV'] = 'development'\n", "high"),  # set: flask 2.2 read it, 2.3 ignores it
    ("import os\nos.environ.setdefault('FLASK_ENV', 'development')\n", "high"),
    ("def test(monkeypatch):\n    monkeypatch.setenv('FLASK_ENV', 'development')\n", "high"),
    ("import subprocess\nsubprocess.run(['flask', 'run'], env={'FLASK_ENV': 'development'})\n", "high"),
])
def test_only_a_variable_set_relies_on_the_release_reading_it(source: str, confidence: str) -> None:
    found, _ = find_usages("app.py", textwrap.dedent(source).encode(), Targets.from_diffs([FLASK]))
    assert [(u.symbol, u.confidence.value) for u in found] == [("env:FLASK_ENV", confidence)]
    if confidence == "possible":
        assert "only read here" in found[0].evidence


# -- an override already written for the new release takes the call the release now makes --


def test_flask_admin_inline_field_list_already_takes_wtforms_3s_extra_filters() -> None:
    from tests.test_scan_releases import scanned

    report = scanned("flask-admin", "1.6.0", (("wtforms", "2.3.3", "3.0.0"),))
    hooks = [u for u in report.usages if u.symbol == "wtforms.FieldList.process"]
    # wtforms 3.0's form.py:127 calls `field.process(formdata, extra_filters=...)`; flask-admin's override is
    # `process(self, formdata, data=unset_value, extra_filters=None)`
    assert hooks == []


HOOKED = ReleaseDiff(package="pkg", old="1.0", new="2.0", changes=[
    Change(symbol="pkg.Field.process", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.METHOD,
           breakage="hook_called_with_new_arguments",
           signature=SignatureDelta(hook_positional=1, hook_keywords=("extra_filters",))),
])


@pytest.mark.parametrize(("override", "hit"), [
    ("def process(self, formdata, data=None):", True),  # written against the old signature
    ("def process(self, formdata, data=None, extra_filters=None):", False),
    ("def process(self, formdata, data=None, *, extra_filters=None):", False),
    ("def process(self, formdata, **kwargs):", False),
    ("def process(self, formdata, *args, **kwargs):", False),
    ("def process(self, *args, **kwargs):", False),
    ("def process(self):", True),  # no room for the positional argument
    ("def process(self, extra_filters, data=None):", True),  # the positional argument fills extra_filters: twice
    ("def process(self, formdata, /, data=None, extra_filters=None):", False),
    ("def process(self, formdata, data=None, extra_filters=None, /):", True),  # positional-only: no keyword
])
def test_an_override_is_hit_only_when_its_signature_refuses_the_new_call(override: str, hit: bool) -> None:
    source = f"from pkg import Field\n\n\nclass Mine(Field):\n    {override}\n        return None\n"
    found, _ = find_usages("app.py", source.encode(), Targets.from_diffs([HOOKED]))
    assert [(u.symbol, u.form.value) for u in found] == ([("pkg.Field.process", "override")] if hit else [])
    unknown = HOOKED.model_copy(update={"changes": [HOOKED.changes[0].model_copy(
        update={"signature": SignatureDelta(hook_positional=-1)})]})  # a call whose arguments are unknown
    found, _ = find_usages("app.py", source.encode(), Targets.from_diffs([unknown]))
    assert bool(found) is ("*args, **kwargs" not in override)


# -- a handler's fallback to a name removed after its deprecation, behind the replacement the try imports first --


def test_flask_admin_falls_back_to_jinja2_contextfunction_only_where_pass_context_is_missing() -> None:
    from tests.test_scan_releases import scanned

    report = scanned("flask-admin", "1.6.0", (("jinja2", "3.0.3", "3.1.0"),))
    # `try: from jinja2 import pass_context` / `except ImportError: from jinja2 import contextfunction as pass_context`
    assert [(u.symbol, u.line, u.guarded) for u in report.usages if u.symbol == "jinja2.contextfunction"] == [
        ("jinja2.contextfunction", 97, True)]
    assert not any(v.at_risk for v in report.packages if v.package == "jinja2")


JINJA = ReleaseDiff(package="jinja2", old="3.0.3", new="3.1.0", changes=[
    Change(symbol="jinja2.contextfunction", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
           breakage="deprecated_name_removed"),
    Change(symbol="jinja2.scaffold", kind=ChangeKind.REMOVED, object=ObjectKind.MODULE, breakage="module_removed"),
    Change(symbol="jinja2.old_name", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION,
           breakage="deprecated_name_removed"),
    Change(symbol="jinja2.Markup", kind=ChangeKind.REMOVED, object=ObjectKind.CLASS,
           breakage="deprecated_name_removed", hint="Import 'markupsafe.Markup' instead."),
])


@pytest.mark.parametrize(("body", "handler", "guarded"), [
    ("from jinja2 import pass_context", "from jinja2 import contextfunction as pass_context", True),
    ("import jinja2.pass_context as pass_context", "from jinja2 import contextfunction as pass_context", True),
    # the body's name is private (flask-restx 0.5.1's `flask.helpers._endpoint_from_view_func`): it may be long gone
    ("from jinja2 import _pass_context as pass_context", "from jinja2 import contextfunction as pass_context", False),
    # the name went without a deprecation: nothing says the body's name replaced it
    ("from jinja2.sansio import scaffold", "from jinja2 import scaffold", False),
    # the body's name is removed by this very scan: both imports fail
    ("from jinja2 import old_name as pass_context", "from jinja2 import contextfunction as pass_context", False),
    # another package's name: the body's import says nothing of jinja2's, unless the deprecation named it (flasgger)
    ("from markupsafe import pass_context", "from jinja2 import contextfunction as pass_context", False),
    ("from markupsafe import Markup", "from jinja2 import Markup", True),
    ("from markupsafe import Markup as pass_context", "from jinja2 import contextfunction as pass_context", False),
    # another name bound: no alternative of the body's
    ("from jinja2 import pass_context", "from jinja2 import contextfunction", False),
])
def test_a_fallback_for_the_announced_replacement_is_guarded(body: str, handler: str, guarded: bool) -> None:
    source = f"try:\n    {body}\nexcept ImportError:\n    {handler}\n"
    found, _ = find_usages("app.py", source.encode(), Targets.from_diffs([JINJA]))
    assert [(u.line, u.guarded) for u in found if u.line == 4] == [(4, guarded)]


# -- a package of nothing but deprecated modules was deprecated as a whole: its removal follows a deprecation --


def test_flask_admin_falls_back_to_wtforms_ext_only_where_wtforms_i18n_is_missing() -> None:
    from tests.test_scan_releases import scanned

    report = scanned("flask-admin", "1.6.0", (("wtforms", "2.3.3", "3.0.0"),))
    # `try: from wtforms.i18n import messages_path` / `except ImportError: from wtforms.ext.i18n.utils import ...`;
    # every subpackage of wtforms 2.3's `wtforms.ext` warned on import
    assert [(u.line, u.guarded) for u in report.usages if u.symbol == "wtforms.ext"] == [(48, True)]


def test_a_package_of_deprecated_modules_is_removed_after_its_deprecation(tmp_path: Path) -> None:
    from tests.test_apidiff_unseen4 import diffed

    warns = "import warnings\nwarnings.warn('going away', DeprecationWarning)\n"
    old = {"demo/__init__.py": "", "demo/ext/__init__.py": "", "demo/ext/a/__init__.py": warns,
           "demo/ext/b.py": warns + "def f():\n    pass\n", "demo/kept.py": "def g():\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": "", "demo/kept.py": "def g():\n    pass\n"})
    assert found["removed", "demo.ext"].breakage == "deprecated_name_removed"
    old["demo/ext/c.py"] = "def h():\n    pass\n"  # one module that never warned: the package was still in use
    found = diffed(tmp_path / "again", old, {"demo/__init__.py": "", "demo/kept.py": "def g():\n    pass\n"})
    assert found["removed", "demo.ext"].breakage == "module_removed"
