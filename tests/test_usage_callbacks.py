"""Values typed by what Flask documents: parameters of registered callbacks, signal receivers and
`init_app(self, app)`; results of the package's factories (`jsonify(...)`, `app.test_client()`)."""

from __future__ import annotations

import textwrap

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_scan_dependents import ALL, WERKZEUG_30
from tests.test_scan_releases import scanned


def _removed(symbol: str, kind: ObjectKind) -> Change:
    return Change(symbol=symbol, kind=ChangeKind.REMOVED, object=kind)


TARGETS = Targets.from_diffs([
    ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[
        _removed("werkzeug.wrappers.Response.charset", ObjectKind.ATTRIBUTE),
        _removed("werkzeug.exceptions.HTTPException.wrap", ObjectKind.METHOD),
        _removed("werkzeug.test.Client.cookie_jar", ObjectKind.ATTRIBUTE),
    ]),
    ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[
        _removed("flask.Flask.json_encoder", ObjectKind.ATTRIBUTE),
    ]),
])


def found(source: str) -> list[tuple[int, str, str]]:
    usages, warnings = find_usages("ext/core.py", textwrap.dedent(source).encode(), TARGETS)
    assert warnings == []
    return [(u.line, u.symbol, u.confidence.value) for u in usages]


EXTENSION = """
import flask

class Ext:
    def __init__(self, app=None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        app.after_request(self.after)
        app.json_encoder = None

    def after(self, response):
        return response.charset
"""


@pytest.mark.parametrize(("source", "expected"), [
    # the extension pattern: `app` of init_app is the app, the method it registers gets the response
    (EXTENSION, [(11, "flask.Flask.json_encoder", "high"), (14, "werkzeug.wrappers.Response.charset", "high")]),
    # decorators on a typed app or blueprint
    ("import flask\napp = flask.Flask(__name__)\n@app.after_request\ndef f(resp):\n    return resp.charset\n",
     [(5, "werkzeug.wrappers.Response.charset", "high")]),
    ("import flask\nbp = flask.Blueprint('b', __name__)\n@bp.after_app_request\ndef f(r):\n    r.charset\n",
     [(5, "werkzeug.wrappers.Response.charset", "high")]),
    # an error handler gets the exception it was registered for
    ("import flask\napp = flask.Flask(__name__)\n@app.errorhandler(404)\ndef nf(e):\n    e.wrap\n",
     [(5, "werkzeug.exceptions.HTTPException.wrap", "high")]),
    ("import flask\ndef h(e):\n    e.wrap\ndef setup(app: flask.Flask):\n    app.register_error_handler(500, h)\n",
     [(3, "werkzeug.exceptions.HTTPException.wrap", "high")]),
    # a receiver of Flask's request_finished gets the app as sender and the response by keyword
    ("from flask import request_finished\ndef done(sender, response, **extra):\n"
     "    sender.json_encoder\n    response.charset\nrequest_finished.connect(done)\n",
     [(3, "flask.Flask.json_encoder", "high"), (4, "werkzeug.wrappers.Response.charset", "high")]),
])
def test_callbacks_registered_where_flask_calls_them_are_typed(source: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(source) == expected


@pytest.mark.parametrize("source", [
    # no evidence the receiver is a Flask app: a registration on an unknown object
    "import flask\ndef setup(thing):\n    thing.after_request(f)\ndef f(response):\n    response.charset\n",
    # init_app outside the extension pattern (no `self.init_app` in __init__, no app.extensions)
    "import flask\nclass Plugin:\n    def init_app(self, app):\n        app.json_encoder = 1\n",
    # the pattern, but the module never imports flask (another framework's extension)
    "import werkzeug\nclass Ext:\n    def __init__(self, app):\n        self.init_app(app)\n"
    "    def init_app(self, app):\n        app.after_request(self.a)\n    def a(self, response):\n"
    "        response.charset\n",
])
def test_without_evidence_the_match_is_only_possible(source: str) -> None:
    assert {confidence for _, _, confidence in found(source)} <= {"possible"}  # listed at most, never counted


def test_flask_debugtoolbar_0_13_1_response_of_an_after_request_callback() -> None:
    """`app.after_request(self.process_response)` in an untyped `init_app`: `response.charset` breaks on werkzeug
    3.0 (it was "possible" before)."""
    report = scanned("flask-debugtoolbar", "0.13.1", (*ALL, WERKZEUG_30))
    charset = [u for u in report.usages if u.symbol.endswith("Response.charset")]
    assert [(u.line, u.counts) for u in charset] == [(219, True), (221, True), (245, True)]
    assert charset[0].evidence == (
        "typed member: `response` of `process_response`, registered with `app.after_request(self.process_response)` "
        "at src/flask_debugtoolbar/__init__.py:91")


@pytest.mark.parametrize(("source", "expected"), [
    ("from flask import jsonify\nr = jsonify(a=1)\nr.charset\n", [(3, "werkzeug.wrappers.Response.charset", "high")]),
    ("import flask\napp = flask.Flask(__name__)\nc = app.test_client()\nc.cookie_jar\n",
     [(4, "werkzeug.test.Client.cookie_jar", "high")]),
    ("from flask import current_app\ndef f():\n    c = current_app.test_client()\n    return c.cookie_jar\n",
     [(4, "werkzeug.test.Client.cookie_jar", "high")]),
    # a method of an unknown value named like a factory is no evidence
    ("import flask, werkzeug\ndef f(thing):\n    c = thing.test_client()\n    return c.cookie_jar\n",
     [(4, "werkzeug.test.Client.cookie_jar", "possible")]),
])
def test_results_of_documented_factories_are_typed(source: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(source) == expected


def test_the_factory_table_agrees_with_the_released_return_annotations() -> None:
    """The table stands in for the surfaces' return annotations, which the usage finder does not receive; checked
    against flask 3.0.0's and werkzeug 3.0.0's real surfaces so it cannot drift unnoticed."""
    from bot.apidiff.release import surface_of
    from bot.usage.known_types import FACTORIES, METHOD_FACTORIES
    from tests.artifacts import unpacked_release

    surfaces = {name: surface_of(unpacked_release(name, "3.0.0"), name, "3.0.0") for name in ("flask", "werkzeug")}
    paths = {f"{root}.{name}": made for (root, name), made in FACTORIES.items()}
    paths |= {f"{owner[0]}.{owner[1]}.{name}": made for (owner, name), made in METHOD_FACTORIES.items()}
    checked = 0
    for path, (_, made) in paths.items():
        symbol = surfaces[path.split(".", 1)[0]].symbols.get(path)
        if symbol is None:  # werkzeug.redirect is werkzeug.utils.redirect
            symbol = surfaces["werkzeug"].symbols[path.replace("werkzeug.", "werkzeug.utils.")]
        if symbol.kind == "attribute":  # response_class, request_class: the class itself, called
            continue
        assert (symbol.returns or "").removeprefix("Base") == made, path
        checked += 1
    assert checked == 11
