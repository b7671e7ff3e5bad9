"""The usage finder on small real-shaped modules: every use form, guards, call checks, env files."""

from __future__ import annotations

import textwrap

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff, SignatureDelta
from bot.usage import Targets, find_usages, may_use_packages
from bot.usage.imports import imported_packages, imported_roots

WERKZEUG = ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[
    Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION),
    Change(symbol="werkzeug.urls.url_quote", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION),
    Change(symbol="werkzeug.test.Client.cookie_jar", kind=ChangeKind.REMOVED, object=ObjectKind.ATTRIBUTE),
    Change(symbol="werkzeug.contrib", kind=ChangeKind.REMOVED, object=ObjectKind.MODULE),
])
FLASK = ReleaseDiff(package="flask", old="2.3.3", new="3.0.0", changes=[
    Change(symbol="flask.Flask.before_first_request", kind=ChangeKind.REMOVED, object=ObjectKind.METHOD),
    Change(symbol="flask._request_ctx_stack", kind=ChangeKind.REMOVED, object=ObjectKind.ATTRIBUTE),
    Change(symbol="env:FLASK_ENV", kind=ChangeKind.ENV_VAR_REMOVED, object=ObjectKind.ENV_VAR),
    Change(symbol="flask.json.dumps", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.FUNCTION,
           signature=SignatureDelta(removed=("app",), absorbed_by_kwargs=("app",), new_max_positional=1)),
    Change(symbol="flask.Flask.json_encoder", kind=ChangeKind.DEPRECATED, object=ObjectKind.PROPERTY),
])
SQLA = ReleaseDiff(package="flask-sqlalchemy", old="2.5.1", new="3.0.0", changes=[
    Change(symbol="flask_sqlalchemy.SQLAlchemy.get_engine", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.METHOD,
           signature=SignatureDelta(removed=("app",), renamed=(("bind", "bind_key"),), new_max_positional=1)),
])
TARGETS = Targets.from_diffs([WERKZEUG, FLASK, SQLA])


def uses(source: str, path: str = "app.py") -> list[tuple[int, str, str, bool, str, str]]:
    found, warnings = find_usages(path, textwrap.dedent(source).encode(), TARGETS)
    assert warnings == []
    return [(u.line, u.symbol, u.form.value, u.guarded, u.confidence.value, u.detail) for u in found]


@pytest.mark.parametrize(("source", "expected"), [
    ("from werkzeug.urls import url_decode\nurl_decode('a=b')\n", [
        (1, "werkzeug.urls.url_decode", "import", False, "high", ""),
        (2, "werkzeug.urls.url_decode", "call", False, "high", ""),
    ]),
    ("import werkzeug.urls\nwerkzeug.urls.url_quote(x)\n", [(2, "werkzeug.urls.url_quote", "call", False, "high", "")]),
    ("import werkzeug.urls as u\nf = u.url_quote\nf('x')\n", [
        (2, "werkzeug.urls.url_quote", "reference", False, "high", ""),
        (3, "werkzeug.urls.url_quote", "call", False, "high", ""),
    ]),
    ("from werkzeug import urls\nprint(urls.url_decode.__name__)\n", [
        (2, "werkzeug.urls.url_decode", "reference", False, "high", ""),
    ]),
    ("from werkzeug.urls import (\n    iri_to_uri,\n    url_quote as q,\n)\n", [
        (3, "werkzeug.urls.url_quote", "import", False, "high", ""),
    ]),
    ("import werkzeug.contrib.cache\n", [(1, "werkzeug.contrib", "import", False, "high", "")]),
    ("from werkzeug.urls import *\nurl_decode(q)\n", [(2, "werkzeug.urls.url_decode", "star-import", False, "medium", "")]),
    ("from flask import _request_ctx_stack\n", [(1, "flask._request_ctx_stack", "import", False, "high", "")]),
    ("import flask\napp = flask.Flask(__name__)\n@app.before_first_request\ndef f(): pass\n", [
        (3, "flask.Flask.before_first_request", "member", False, "high", ""),
    ]),
    ("from flask import Flask\nFlask.before_first_request(app, f)\n", [
        (2, "flask.Flask.before_first_request", "call", False, "high", ""),
    ]),
    ("import os\nimport flask\nos.environ['FLASK_ENV'] = 'development'\n", [(3, "env:FLASK_ENV", "env", False, "high", "")]),
    ("from flask import json\njson.dumps(obj, app=app)\njson.dumps(obj)\njson.dumps(a, b)\n", [
        (2, "flask.json.dumps", "call-keyword", False, "high", "keyword 'app' was removed (now swallowed by **kwargs)"),
        (4, "flask.json.dumps", "call-positional", False, "high", "2 positional arguments; the new signature accepts 1"),
    ]),
    ("from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\ndb.get_engine(app=app, bind='x')\n"
     "current_app.extensions['migrate'].db.get_engine(current_app, bind)\ndb.get_engine(*args)\n", [
        (3, "flask_sqlalchemy.SQLAlchemy.get_engine", "call-keyword", False, "high", "keyword 'app' was removed"),
        (3, "flask_sqlalchemy.SQLAlchemy.get_engine", "call-keyword", False, "high", "keyword 'bind' was renamed to 'bind_key'"),
        (4, "flask_sqlalchemy.SQLAlchemy.get_engine", "call-positional", False, "possible",
         "2 positional arguments; the new signature accepts 1"),
    ]),
    ("import flask\nclass A(flask.Flask):\n    pass\nA().json_encoder\n", [
        (4, "flask.Flask.json_encoder", "member", False, "high", ""),
    ]),
])
def test_use_forms(source: str, expected: list[tuple[int, str, str, bool, str, str]]) -> None:
    assert uses(source) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("try:\n    from werkzeug.urls import url_quote\nexcept ImportError:\n    from urllib.parse import quote as url_quote\n"
     "url_quote('x')\n", [(2, "werkzeug.urls.url_quote", "import", True), (5, "werkzeug.urls.url_quote", "call", True)]),
    ("import werkzeug.test\nclass C(werkzeug.test.Client):\n    def f(self):\n"
     "        jar = self._cookies if hasattr(self, '_cookies') else self.cookie_jar\n"
     "        if hasattr(self, 'x'):\n            pass\n        else:\n            self.cookie_jar.inject_wsgi(e)\n"
     "        self.cookie_jar.clear()\n", [
         (4, "werkzeug.test.Client.cookie_jar", "member", True),
         (8, "werkzeug.test.Client.cookie_jar", "member", True),
         (9, "werkzeug.test.Client.cookie_jar", "member", False),
     ]),
    ("import werkzeug\nfrom werkzeug import urls\nif werkzeug.__version__ < '3':\n    urls.url_decode(q)\n",
     [(4, "werkzeug.urls.url_decode", "call", True)]),
    ("from werkzeug import urls\nhasattr(urls, 'url_decode') and urls.url_decode(q)\n",
     [(2, "werkzeug.urls.url_decode", "call", True)]),
    ("import contextlib\nwith contextlib.suppress(AttributeError):\n    import werkzeug.urls\n    werkzeug.urls.url_decode(q)\n",
     [(4, "werkzeug.urls.url_decode", "call", True)]),
    ("from werkzeug import urls\ntry:\n    urls.url_decode(q)\nexcept ValueError:\n    pass\n",
     [(3, "werkzeug.urls.url_decode", "call", False)]),
    # jinja2 2.11.3 filters.py: a hasattr on unrelated objects guards nothing of markupsafe's
    ("from werkzeug.urls import url_decode\nif hasattr(old, '__html__'):\n    s = escape(s)\nelse:\n    s = url_decode(s)\n",
     [(1, "werkzeug.urls.url_decode", "import", False), (5, "werkzeug.urls.url_decode", "call", False)]),
    ("import sys\nfrom werkzeug import urls\nif sys.version_info >= (3, 8):\n    urls.url_decode(q)\n",
     [(4, "werkzeug.urls.url_decode", "call", False)]),
    ("from importlib.metadata import version\nfrom werkzeug import urls\nif version('Werkzeug') < '3':\n    urls.url_decode(q)\n",
     [(4, "werkzeug.urls.url_decode", "call", True)]),
    ("import werkzeug\nif hasattr(werkzeug.urls, 'url_decode'):\n    werkzeug.urls.url_decode(q)\n",
     [(3, "werkzeug.urls.url_decode", "call", True)]),
])
def test_guards(source: str, expected: list[tuple[int, str, str, bool]]) -> None:
    assert [use[:4] for use in uses(source)] == expected


@pytest.mark.parametrize("source", [
    "import os\nos.path.join('url_decode')\n",  # no werkzeug anywhere: never parsed
    "from mylib.urls import url_decode\nurl_decode(x)  # werkzeug\n",  # a different package's url_decode
    "from . import urls\nurls.url_decode(x)  # werkzeug\n",  # a relative import is the project's own code
    "import werkzeug\nx.cookie_jar_other\n",
    "from flask import json\njson.dumps(obj, indent=2)\n",  # a call the new signature accepts
])
def test_no_false_uses(source: str) -> None:
    assert uses(source) == []


def test_nested_and_multiline_statements_with_crlf_line_endings() -> None:
    source = (
        "import werkzeug.urls\r\n\r\nclass A:\r\n    x = 1\r\n\r\n    def f(self):\r\n        for i in range(3):\r\n"
        "            y = str(\r\n                werkzeug.urls.url_decode(i))\r\n        return y\r\n"
    )
    found, _ = find_usages("crlf.py", source.encode(), TARGETS)
    assert [(u.line, u.symbol, u.form.value) for u in found] == [(9, "werkzeug.urls.url_decode", "call")]


def test_files_that_spell_no_changed_name_are_not_parsed() -> None:
    found, warnings = find_usages("py2.py", b"import werkzeug\nprint 'never parsed'\n", TARGETS)
    assert (found, warnings) == ([], [])


def test_member_names_need_an_import_of_the_package() -> None:
    assert uses("client.cookie_jar  # mentions werkzeug in a comment only\n") == []
    # flask/json/provider.py imports werkzeug, not flask_sqlalchemy: its get_engine is not SQLAlchemy's
    assert uses("from werkzeug.http import http_date\ndb.get_engine(app=app)\n") == []


@pytest.mark.parametrize(("path", "source", "lines"), [
    (".env", "FLASK_APP=app\nFLASK_ENV=development\n# FLASK_ENV=production\n", [2]),
    (".flaskenv", "export FLASK_ENV=development\n", [1]),
    ("Dockerfile", "FROM python:3.12\nENV FLASK_ENV production\nENV FLASK_ENVIRONMENT x\n", [2]),
    ("docker-compose.yml", "services:\n  web:\n    environment:\n      - FLASK_ENV=development\n", [4]),
    (".github/workflows/ci.yml", "env:\n  FLASK_ENV: testing\n", [2]),
    ("scripts/run.sh", "#!/bin/sh\nFLASK_ENV=development flask run\necho $FLASK_ENV\n", [2, 3]),
    ("README.md", "FLASK_ENV=development\n", []),
])
def test_env_vars_in_non_python_files(path: str, source: str, lines: list[int]) -> None:
    found, _ = find_usages(path, source.encode(), TARGETS)
    assert [(u.line, u.symbol, u.form.value) for u in found] == [(line, "env:FLASK_ENV", "env") for line in lines]


def test_python2_file_is_a_warning_with_caret() -> None:
    found, warnings = find_usages("legacy.py", b"from werkzeug.urls import url_decode\nprint 'hi'\n", TARGETS)
    assert found == []
    assert [str(w) for w in warnings] == [
        "legacy.py:2: syntax error (Python 2 code?): Missing parentheses in call to 'print'. Did you mean print(...)?"
        "\n    print 'hi'\n    ^",
    ]


def test_null_bytes_and_deep_nesting_are_warnings() -> None:
    _, nul = find_usages("bad.py", b"import werkzeug.urls.url_decode\x00\n", TARGETS)
    assert [w.message.split(":")[0] for w in nul] == ["syntax error (Python 2 code?)"]
    deep = b"import werkzeug\nx = url_decode" + b"(" * 300 + b"1" + b")" * 300 + b"\n"
    _, nested = find_usages("deep.py", deep, TARGETS)
    assert len(nested) == 1 and nested[0].file == "deep.py"


def test_oversized_python_file_is_skipped_with_a_warning() -> None:
    big = b"from werkzeug.urls import url_decode\n" + b"x = 1\n" * 800_000
    found, warnings = find_usages("gen.py", big, TARGETS)
    assert found == []
    assert [str(w) for w in warnings] == [
        f"gen.py: {len(big)} bytes, larger than the 4194304-byte limit for Python sources; not analysed",
    ]


@pytest.mark.parametrize(("path", "data", "expected"), [
    ("app.py", b"import flask_login\n", True),
    ("app.py", b"import os\n", False),
    ("Dockerfile", b"ENV FLASK_ENV=x\n", True),
    ("Dockerfile", b"ENV X=1\n", False),
    ("README.md", b"flask_login", False),
])
def test_may_use_packages(path: str, data: bytes, expected: bool) -> None:
    assert may_use_packages(path, data, ["flask_login"], ["FLASK_ENV"]) is expected


def test_imported_packages_of_the_package_code() -> None:
    files = {"pkg/a.py": b"import os\nfrom werkzeug.security import safe_str_cmp\n", "pkg/b.py": b"  import flask_login\n",
             "tests/test_x.py": b"import markupsafe\n", "pkg/c.txt": b"import jinja2\n"}
    roots = imported_roots(list(files), files.get)
    assert roots == {"os", "werkzeug", "flask_login"}
    assert imported_packages(["Werkzeug", "Flask-Login", "MarkupSafe", "flask"], roots) == ["flask-login", "werkzeug"]


def test_aliases_and_moved_positionals_are_matched() -> None:
    change = Change(symbol="werkzeug.Client.cookie_jar", kind=ChangeKind.REMOVED, object=ObjectKind.ATTRIBUTE,
                    aliases=("werkzeug.test.Client.cookie_jar",))
    path = Change(symbol="click.Path", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.CLASS,
                  signature=SignatureDelta(moved=(("readable", 4, 3), ("writable", 3, 4))))
    targets = Targets.from_diffs([ReleaseDiff(package="werkzeug", old="2", new="3", changes=[change]),
                                  ReleaseDiff(package="click", old="8.0", new="8.1", changes=[path])])
    source = (b"import werkzeug.test\nimport click\nwerkzeug.test.Client.cookie_jar\n"
              b"click.Path(True, True, True, False)\nclick.Path(True, True, True)\nclick.Path(exists=True)\n")
    found, _ = find_usages("app.py", source, targets)
    assert [(u.line, u.symbol, u.confidence.value) for u in found] == [
        (3, "werkzeug.Client.cookie_jar", "high"), (4, "click.Path", "high"),
    ]


def test_config_keys_no_longer_read_are_matched_in_config_access_and_settings() -> None:
    change = Change(symbol="config:JSON_SORT_KEYS", kind=ChangeKind.REMOVED, object=ObjectKind.CONFIG_KEY)
    targets = Targets.from_diffs([ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[change])])
    app = b"from flask import Flask\napp = Flask(__name__)\napp.config['JSON_SORT_KEYS'] = False\n" \
          b"app.config.update(JSON_SORT_KEYS=True)\nsort = app.config.get('JSON_SORT_KEYS')\n"
    found, _ = find_usages("app.py", app, targets)
    assert [(u.line, u.form.value, u.confidence.value) for u in found] == [
        (3, "config", "high"), (4, "config", "medium"), (5, "config", "high"),
    ]
    settings, _ = find_usages("settings.py", b"DEBUG = False\nJSON_SORT_KEYS = False\n", targets)
    assert [(u.line, u.symbol, u.form.value, u.confidence.value) for u in settings] == [
        (2, "config:JSON_SORT_KEYS", "config", "medium"),
    ]
    assert find_usages("other.py", b"SORT = 'JSON_SORT_KEYS_X'\n", targets) == ([], [])


def test_a_keyword_whose_fate_is_unknown_is_only_possible() -> None:
    """`**kwargs` took the lost keyword on to a callee the diff could not read: a call passing it is listed as
    possible (no evidence the new release rejects it), never counted."""
    diff = ReleaseDiff(package="authlib", old="0.15.6", new="1.0.0", changes=[
        Change(symbol="authlib.jose.sign", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.FUNCTION,
               signature=SignatureDelta(removed=("header", "alg"), absorbed_by_kwargs=("header", "alg"),
                                        kwargs_unverified=("header",))),
    ])
    found, _ = find_usages("app.py", b"from authlib.jose import sign\nsign(key, header={}, alg='HS256')\n",
                           Targets.from_diffs([diff]))
    by_detail = {u.detail: u for u in found if u.form.value == "call-keyword"}
    header = next(u for d, u in by_detail.items() if "'header'" in d)
    alg = next(u for d, u in by_detail.items() if "'alg'" in d)
    assert header.confidence.value == "possible" and not header.counts
    assert alg.confidence.value == "high" and alg.counts  # known to be rejected: evidence


def test_a_deprecated_parameter_is_used_only_by_calls_passing_it() -> None:
    """Only a parameter is deprecated, not the callable: importing or calling it without that keyword is no use
    (every call of `Jinja2Templates` was reported before); a keyword that falls into a deprecated `**env_options`
    is one."""
    diff = ReleaseDiff(package="starlette", old="0.27.0", new="0.28.0", changes=[
        Change(symbol="starlette.templating.Jinja2Templates", kind=ChangeKind.DEPRECATED, object=ObjectKind.CLASS,
               signature=SignatureDelta(deprecated_parameters=("**env_options",),
                                        keywords_named=("directory", "context_processors", "loader", "env"))),
        Change(symbol="starlette.responses.Response.set_cookie", kind=ChangeKind.DEPRECATED,
               object=ObjectKind.METHOD, signature=SignatureDelta(deprecated_parameters=("expires",))),
    ])
    source = (b"from starlette.templating import Jinja2Templates\nfrom starlette.responses import Response\n"
              b"t = Jinja2Templates(directory='t')\nu = Jinja2Templates('t', autoescape=False)\n"
              b"r = Response()\nr.set_cookie('k', 'v')\nr.set_cookie('k', 'v', expires=3)\n")
    found, _ = find_usages("app.py", source, Targets.from_diffs([diff]))
    assert [(u.line, u.form.value, u.detail) for u in found] == [
        (4, "call-keyword", "keyword 'autoescape' is taken by **env_options, which is deprecated"),
        (7, "call-keyword", "keyword 'expires' is deprecated"),
    ]


def test_a_parameter_made_keyword_only_is_used_by_calls_reaching_its_old_slot() -> None:
    # flask-limiter 3: `Limiter(app=None, key_func=None, ...)` became `Limiter(key_func, *, app=None, ...)`
    delta = SignatureDelta(made_keyword_only=("app", "default_limits"), keyword_only_slots=(("app", 0), ("default_limits", 2)),
                           moved=(("key_func", 1, 0),), new_max_positional=1)
    limiter = Change(symbol="flask_limiter.Limiter", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.CLASS,
                     signature=delta)
    targets = Targets.from_diffs([ReleaseDiff(package="flask-limiter", old="2.9", new="3.0", changes=[limiter])])
    source = (b"from flask_limiter import Limiter\nLimiter(app, key_func=get_remote_address)\n"
              b"Limiter(get_remote_address, app=app)\nLimiter(key_func=f, app=app)\nLimiter(*args)\n")
    found, _ = find_usages("app.py", source, targets)
    assert [(u.line, u.detail) for u in found if u.counts] == [(2, "passes 'app' by position; now keyword-only")]


def test_flask_limiter_3_records_where_app_was_passed_by_position() -> None:
    from tests.test_apidiff_trust import changes

    delta = changes("flask-limiter", "2.9.2", "3.0.0")["signature_changed", "flask_limiter.Limiter"].signature
    assert delta is not None and ("app", 0) in delta.keyword_only_slots


def test_a_string_spelling_a_removed_dotted_path_is_a_use() -> None:
    # jinja2 3.1 removed the extensions 3.0 deprecated; `Environment` imports them by the names it is given
    removed = Change(symbol="jinja2.ext.autoescape", kind=ChangeKind.REMOVED, object=ObjectKind.ATTRIBUTE)
    module = Change(symbol="jinja2.debug", kind=ChangeKind.REMOVED, object=ObjectKind.MODULE)
    changed = Change(symbol="jinja2.Environment", kind=ChangeKind.SIGNATURE_CHANGED, object=ObjectKind.CLASS,
                     signature=SignatureDelta(removed=("optimized",)))
    targets = Targets.from_diffs([ReleaseDiff(package="jinja2", old="3.0", new="3.1", changes=[removed, changed, module])])
    source = (b"from jinja2 import Environment\nenv = Environment(extensions=['jinja2.ext.autoescape'])\n"
              b"other = Environment(extensions=['jinja2.ext:autoescape', 'jinja2.ext.do'])\n"
              b"log('see jinja2.ext.autoescape in the docs')\nname = 'jinja2.Environment'\n"
              b"logger = logging.getLogger('jinja2.debug')\n")
    found, _ = find_usages("app.py", source, targets)
    assert [(u.line, u.symbol, u.form.value) for u in found if u.counts] == [
        (2, "jinja2.ext.autoescape", "reference"), (3, "jinja2.ext.autoescape", "reference"),
    ]  # a sentence mentioning it is no import; naming a callable whose parameters changed calls nothing; a module's
    # dotted name is a logger's too
