"""Type evidence, scopes, import flags, writes, overrides and sections of the usage finder, on small modules."""

from __future__ import annotations

import textwrap

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage import Targets, find_usages
from bot.usage.model import Section, section_of


def _removed(symbol: str, kind: ObjectKind) -> Change:
    return Change(symbol=symbol, kind=ChangeKind.REMOVED, object=kind)


WERKZEUG = ReleaseDiff(package="werkzeug", old="2.1.2", new="2.2.0", changes=[
    _removed("werkzeug.routing.Rule.match", ObjectKind.METHOD),
    _removed("werkzeug.formparser.FormDataParser.errors", ObjectKind.ATTRIBUTE),
    _removed("werkzeug.datastructures.Authorization.pop", ObjectKind.METHOD),
    _removed("werkzeug.Request.charset", ObjectKind.PROPERTY),
])
FLASK = ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[
    _removed("flask.Flask.env", ObjectKind.PROPERTY),
    _removed("flask.Flask.json_encoder", ObjectKind.ATTRIBUTE),
    _removed("flask.Flask.propagate_exceptions", ObjectKind.PROPERTY),
    _removed("flask._request_ctx_stack", ObjectKind.ATTRIBUTE),
])
TARGETS = Targets.from_diffs([WERKZEUG, FLASK])


def found(source: str, path: str = "pkg/ext.py") -> list[tuple[int, str, str, str, bool, str]]:
    usages, warnings = find_usages(path, textwrap.dedent(source).encode(), TARGETS)
    assert warnings == []
    return [(u.line, u.symbol, u.form.value, u.confidence.value, u.guarded, u.evidence) for u in usages]


@pytest.mark.parametrize(("source", "expected"), [
    # constructor, in the same scope
    ("import flask\napp = flask.Flask(__name__)\nprint(app.env)\n",
     [(3, "flask.Flask.env", "member", "high", False, "typed member: `app = flask.Flask(__name__)` at pkg/ext.py:2")]),
    # annotated parameter, Optional and string annotations
    ("from typing import Optional\nfrom flask import Flask\ndef f(app: Optional['Flask']):\n    app.env\n",
     [(4, "flask.Flask.env", "member", "high", False, "typed member: `app: Optional['Flask']` at pkg/ext.py:3")]),
    # the well-known proxy, through flask.globals too
    ("from flask.globals import current_app\nif current_app.propagate_exceptions:\n    pass\n",
     [(2, "flask.Flask.propagate_exceptions", "member", "high", False,
       "typed member: `flask.globals.current_app` is the Flask proxy")]),
    # flask.request is a werkzeug Request (a base in another distribution)
    ("import werkzeug\nfrom flask import request\nrequest.charset\n",
     [(3, "werkzeug.Request.charset", "member", "high", False, "typed member: `flask.request` is the Request proxy")]),
    # an attribute assigned from a typed parameter, read in another method
    ("from flask import Flask\nclass Ext:\n    def init_app(self, app: Flask):\n        self.app = app\n"
     "    def f(self):\n        return self.app.env\n",
     [(6, "flask.Flask.env", "member", "high", False,
       "typed member: `self.app = app` at pkg/ext.py:4, `app: Flask` at pkg/ext.py:3")]),
    # a class-level annotation, and a property's return annotation
    ("import flask\nclass Ext:\n    app: flask.Flask\n    def f(self):\n        return self.app.env\n",
     [(5, "flask.Flask.env", "member", "high", False, "typed member: `self.app: flask.Flask` at pkg/ext.py:3")]),
    ("import flask\nclass Ext:\n    @property\n    def app(self) -> 'flask.Flask':\n        return make()\n"
     "    def f(self):\n        return self.app.env\n",
     [(7, "flask.Flask.env", "member", "high", False, "typed member: `app(self) -> 'flask.Flask'` at pkg/ext.py:4")]),
    # a factory of this module whose return annotation names the class
    ("from flask import Flask\ndef create() -> Flask:\n    return Flask(__name__)\ncreate().env\n",
     [(4, "flask.Flask.env", "member", "high", False, "typed member: `create() -> Flask` at pkg/ext.py:2")]),
    # typing.cast states the type
    ("import typing\nimport flask\napp = typing.cast('flask.Flask', make())\napp.env\n",
     [(4, "flask.Flask.env", "member", "high", False, "typed member: `app = typing.cast('flask.Flask', make())` at pkg/ext.py:3")]),
    # writes count as uses (connexion 2.14.2's `app.json_encoder = FlaskJSONEncoder`)
    ("import flask\ndef make():\n    app = flask.Flask('x')\n    app.json_encoder = E\n",
     [(4, "flask.Flask.json_encoder", "write", "high", False, "typed member: `app = flask.Flask('x')` at pkg/ext.py:3")]),
])
def test_typed_members_are_uses_with_evidence(source: str, expected: list[tuple[object, ...]]) -> None:
    assert found(source) == expected


@pytest.mark.parametrize("source", [
    # Flask-RESTful's own Api: `self` is a class of this module with no package base
    "import werkzeug\nclass Api(object):\n    def f(self):\n        return self.errors\n",
    # dict methods: app.config is not known, but a literal and **kwargs are never the package's objects
    "import werkzeug\nd = {}\nd.pop('x')\ndef f(**kwargs):\n    kwargs.pop('y')\n",
    # a compiled regex (Flask-RESTful's RE_REQUIRED.match)
    "import re\nimport werkzeug\nRE_REQUIRED = re.compile('x')\nRE_REQUIRED.match(s)\n",
])
def test_receivers_known_to_be_something_else_match_nothing(source: str) -> None:
    assert found(source) == []


def test_unknown_receivers_are_only_possible() -> None:
    source = "import werkzeug\ndef f(adapter):\n    return adapter.match(path)\n"
    assert found(source) == [
        (3, "werkzeug.routing.Rule.match", "member", "possible", False, "member name only: the receiver's type is unknown"),
    ]


def test_bindings_do_not_leak_across_scopes() -> None:
    # Flask-Assets 2.0: `ctx = _request_ctx_stack.top` in one method, a `ctx` parameter in another
    source = """\
    from flask import _request_ctx_stack
    class Resolver:
        def a(self):
            ctx = _request_ctx_stack.top
            return ctx.app
        def b(self, ctx):
            return ctx.app
    """
    assert [(line, form) for line, _, form, *_ in found(source)] == [(1, "import"), (4, "reference")]


@pytest.mark.parametrize("source", [
    # Flask-JWT-Extended 4.4.4: a flag set by try/except ImportError
    "try:\n    from flask.json.provider import DefaultJSONProvider\n    HAS_JSON_PROVIDER = True\n"
    "except ModuleNotFoundError:\n    HAS_JSON_PROVIDER = False\nfrom flask import Flask\n"
    "def get(app: Flask):\n    if not HAS_JSON_PROVIDER:\n        return app.json_encoder\n",
    # Flask-Limiter 2.9.2: the import itself is the flag
    "import flask\ntry:\n    from flask.globals import request_ctx\nexcept ImportError:\n    request_ctx = None\n"
    "def get():\n    if request_ctx is None:\n        return flask._request_ctx_stack.top\n",
    # a test skipped on new releases
    "import pytest\nimport flask\n@pytest.mark.skipif(flask.__version__ >= '2.3', reason='gone')\n"
    "def test_env():\n    assert flask.Flask('x').env\n",
    # ... or the whole test module
    "import pytest\nimport flask\npytestmark = [pytest.mark.skipif(flask.__version__ >= '2.3', reason='gone')]\n"
    "def test_env():\n    assert flask.Flask('x').env\n",
])
def test_guards_by_import_flags_and_skipif(source: str) -> None:
    uses = found(source, "pkg/ext.py")
    assert uses and all(guarded for *_, guarded, _ in uses)


def test_an_alternative_import_is_no_flag() -> None:
    source = ("try:\n    import simplejson as json\nexcept ImportError:\n    import json\nfrom flask import Flask\n"
              "def f(app: Flask):\n    if json:\n        app.env\n")
    assert [guarded for *_, guarded, _ in found(source)] == [False]


def test_overriding_a_removed_member_in_a_subclass_is_a_use() -> None:
    source = "import flask\nclass App(flask.Flask):\n    json_encoder = MyEncoder\n    def env(self):\n        pass\n"
    assert found(source) == [
        (3, "flask.Flask.json_encoder", "override", "high", False,
         "`class App(flask.Flask)` at pkg/ext.py:2 subclasses flask Flask"),
        (4, "flask.Flask.env", "override", "high", False, "`class App(flask.Flask)` at pkg/ext.py:2 subclasses flask Flask"),
    ]


def test_private_api_is_marked() -> None:
    usages, _ = find_usages("a.py", b"from flask import _request_ctx_stack\n", TARGETS)
    assert [(u.symbol, u.private) for u in usages] == [("flask._request_ctx_stack", True)]


@pytest.mark.parametrize(("path", "section"), [
    ("src/pkg/app.py", Section.CODE), ("tests/test_app.py", Section.TESTS), ("test_app.py", Section.TESTS),
    ("pkg/conftest.py", Section.TESTS), ("docs/conf.py", Section.DOCS), ("examples/tests/x.py", Section.DOCS),
    ("pkg/testing_utils.py", Section.CODE),
])
def test_sections_by_path(path: str, section: Section) -> None:
    assert section_of(path) is section


@pytest.mark.parametrize(("path", "source", "section"), [
    # named like a test, but package code: Flask-SocketIO's test client
    ("src/flask_socketio/test_client.py", b"from werkzeug.test import EnvironBuilder\nclass SocketIOTestClient:\n",
     Section.CODE),
    ("pkg/tests.py", b"import unittest\nclass TestCase(unittest.TestCase):\n    pass\n", Section.CODE),
    ("test_app.py", b"def test_index(client):\n    assert client.get('/')\n", Section.TESTS),
    ("pkg/test_views.py", b"import pytest\n", Section.TESTS),
    ("pkg/app_test.py", b"class TestViews:\n    async def test_x(self): ...\n", Section.TESTS),
    ("tests/helpers.py", b"x = 1\n", Section.TESTS),  # location decides
])
def test_a_test_name_is_not_enough_inside_the_package(path: str, source: bytes, section: Section) -> None:
    assert section_of(path, source) is section


def test_parameters_of_a_documented_hook_override_are_typed() -> None:
    source = ("from flask.sessions import SessionInterface\nclass S(SessionInterface):\n"
              "    def save_session(self, app, session, response):\n        return app.env\n"
              "    def other(self, app):\n        return app.env\n")
    assert [(line, confidence) for line, _, _, confidence, *_ in found(source)] == [(4, "high"), (6, "possible")]


def test_env_files_in_examples_are_listed_not_counted() -> None:
    usages, _ = find_usages("examples/app/.flaskenv", b"FLASK_ENV=development\n", Targets.from_diffs([ReleaseDiff(
        package="flask", old="2.2.5", new="2.3.0",
        changes=[Change(symbol="env:FLASK_ENV", kind=ChangeKind.ENV_VAR_REMOVED, object=ObjectKind.ENV_VAR)])]))
    assert [(u.section, u.counts, u.evidence) for u in usages] == [(Section.DOCS, False, "sets or reads FLASK_ENV")]


def test_flask_socketio_5_3_2_test_client_is_package_code() -> None:
    """`src/flask_socketio/test_client.py` was misfiled as a test by its name; its uses are package code (the
    untyped `flask_test_client` parameter keeps `cookie_jar` possible: no evidence of its type)."""
    from tests.test_scan_releases import scanned

    report = scanned("flask-socketio", "5.3.2", (("werkzeug", "2.3.8", "3.0.0"),))
    [use] = [u for u in report.usages if u.file == "src/flask_socketio/test_client.py"]
    assert (use.symbol, use.line, use.section, use.confidence.value) == (
        "werkzeug.Client.cookie_jar", 117, Section.CODE, "possible")
