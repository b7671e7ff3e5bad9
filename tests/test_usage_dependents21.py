"""dependents21: uses on real applications and extensions nobody had scanned (shopyo, privacyIDEA, buku, ...): each
class on the real code (the pinned release, or its lines quoted) and on synthetic siblings."""

from __future__ import annotations

import textwrap

from bot.usage import FlagIndex, Targets, find_usages
from tests.artifacts import unpacked_release
from tests.test_usage_dependents16 import _diff

FLASK_2_2 = ("flask", "2.1.3", "2.2.0")
FLASK_2_3 = ("flask", "2.2.5", "2.3.0")
FLASK_3_0 = ("flask", "2.3.3", "3.0.0")
FLASK_SQLALCHEMY_3_0 = ("flask-sqlalchemy", "2.5.1", "3.0.0")
WERKZEUG_2_1 = ("werkzeug", "2.0.3", "2.1.0")


def _uses(source: str | bytes, *diffs: tuple[str, str, str]) -> list[tuple[int, str, str, bool]]:
    """(line, symbol, confidence, guarded) of the uses in one module."""
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    data = source if isinstance(source, bytes) else textwrap.dedent(source).encode()
    index = FlagIndex(["pkg/mod.py"], {"pkg/mod.py": data}.get, targets.import_names)
    usages, warnings = find_usages("pkg/mod.py", data, targets, index)
    assert warnings == []
    return [(u.line, u.symbol, u.confidence.value, u.guarded) for u in usages]


# A fallback chain nested in the handlers: each inner import runs only where every body above it failed.

SHOPYO_TEMPLATES = """\
    from flask import render_template, get_template_attribute

    try:
        from markupsafe import Markup
    except ImportError:
        try:
            from jinja2 import Markup
        except ImportError:
            from flask import Markup


    def yo_safe(html_string):
        return Markup(html_string)
"""


def test_shopyo_flask_markup_at_the_end_of_a_nested_fallback_chain_never_runs() -> None:
    # shopyo 4.19.0's shopyo/api/templates.py: markupsafe's Markup always imports, so Flask 3.0 removing
    # `flask.Markup` breaks nothing (was "AT RISK: removes flask.Markup, used at shopyo/api/templates.py:9")
    assert _uses(SHOPYO_TEMPLATES, FLASK_3_0) == [
        (9, "flask.Markup", "high", True),
        (13, "flask.Markup", "high", True),
    ]
    # without the markupsafe body the chain ends in flask's: jinja2 3.1 (which Flask 3.0 requires) has none either
    no_replacement = SHOPYO_TEMPLATES.replace("from markupsafe import Markup", "from jinja2.utils import Markup")
    assert (9, "flask.Markup", "high", False) in _uses(no_replacement, FLASK_3_0)


def test_a_standard_library_body_guards_the_imports_nested_in_its_handler() -> None:
    # Flask-SeaSurf's shape (`from hmac import compare_digest as safe_str_cmp`), one try deeper
    source = """\
        try:
            from hmac import compare_digest as safe_str_cmp
        except ImportError:
            try:
                from itsdangerous import constant_time_compare as safe_str_cmp
            except ImportError:
                from werkzeug.security import safe_str_cmp
    """
    assert _uses(source, WERKZEUG_2_1) == [(7, "werkzeug.security.safe_str_cmp", "high", True)]


# A string naming an environment variable is no config key: Flask reads keys from there only as FLASK_<KEY>.


def test_shopyo_setting_the_env_variable_named_env_uses_no_config_key() -> None:
    # shopyo 4.19.0's shopyo/api/cli.py:77-78 (was "removes config:ENV, used at shopyo/api/cli.py:78"); the
    # FLASK_ENV it sets is a variable Flask 2.3 stops reading, a use
    source = """\
        import os

        def cli(config_name):
            os.environ["FLASK_ENV"] = config_name
            os.environ["ENV"] = config_name
    """
    assert _uses(source, FLASK_2_3) == [(4, "env:FLASK_ENV", "high", False)]


def test_environment_reads_and_writes_name_no_config_key_but_the_config_does() -> None:
    source = """\
        import os
        from flask import Flask

        app = Flask(__name__)
        app.config["ENV"] = "production"
        os.environ.setdefault("ENV", "dev")
        mode = os.environ.get("ENV", "dev")
        os.putenv("JSON_SORT_KEYS", "1")
        del os.environ["JSON_AS_ASCII"]
        sort = app.config.get("JSON_SORT_KEYS")
        os.environ["FLASK_JSON_SORT_KEYS"] = "1"
    """
    assert [(line, symbol, confidence) for line, symbol, confidence, _ in _uses(source, FLASK_2_3)] == [
        (5, "config:ENV", "high"),
        (10, "config:JSON_SORT_KEYS", "high"),
        (11, "config:JSON_SORT_KEYS", "medium"),  # config.from_prefixed_env() reads it
    ]


# A class of the module named as a value: its attributes are its class's, typed by its bases.

PRIVACYIDEA_MODELS = """\
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()


    def save_config_timestamp(invalidate_config=True):
        c1 = Config.query.filter_by(Key="timestamp").first()
        return c1


    class TimestampMethodsMixin(object):
        def save(self):
            return self


    class Config(TimestampMethodsMixin, db.Model):
        __tablename__ = "config"
"""


def test_privacyidea_model_query_is_no_pagination_member() -> None:
    # privacyIDEA 3.9.3's privacyidea/models.py (99 "possible: flask_sqlalchemy.Pagination.query" before)
    assert _uses(PRIVACYIDEA_MODELS, FLASK_SQLALCHEMY_3_0) == []


def test_a_class_of_the_module_is_typed_by_its_bases() -> None:
    source = """\
        from flask import Flask

        class Plain:
            pass

        class App(Flask):
            pass

        Plain.json_encoder = None
        App.json_encoder = None
    """
    # Flask 2.3 removed Flask.json_encoder: only the subclass's class attribute is Flask's
    assert _uses(source, FLASK_2_3) == [(10, "flask.Flask.json_encoder", "high", False)]


# A module `import x` binds holds the module's globals, never members of some class's instances.


def test_buku_flask_g_through_the_flask_module_is_no_request_context_member() -> None:
    # buku 4.9's bukuserver/api.py: `import flask`, then `getattr(flask.g, 'bukudb', get_bukudb())` (16 "possible:
    # flask.ctx.RequestContext.g" before, Flask 2.2 removed that member)
    root = unpacked_release("buku", "4.9", "sdist") / "buku-4.9"
    source = (root / "bukuserver" / "api.py").read_bytes()
    assert b"getattr(flask.g, 'bukudb'" in source
    assert _uses(source, FLASK_2_2) == []


def test_a_module_receiver_matches_no_member_yet_its_globals_and_other_values_still_do() -> None:
    source = """\
        import flask

        def view():
            flask.g.user = 1
            return flask.send_file("x", attachment_filename="y")

        def other(ctx):
            return ctx.g
    """
    assert _uses(source, FLASK_2_2) == [
        (5, "flask.send_file", "high", False),
        (8, "flask.ctx.RequestContext.g", "possible", False),
    ]


# A deprecated name in code that never runs at the release (a version test of the package false there, a Python 2
# branch) never warns: no use.

WERKZEUG_2_3 = ("werkzeug", "2.2.3", "2.3.0")


def test_opentelemetry_request_ctx_stack_behind_a_version_test_false_at_flask_2_2_never_warns() -> None:
    # opentelemetry-instrumentation-flask 0.40b0: `_request_ctx_stack` only where flask < 2.2.0 (was "flask 2.2.0
    # deprecates flask._request_ctx_stack, used at .../flask/__init__.py:282")
    root = unpacked_release("opentelemetry-instrumentation-flask", "0.40b0")
    source = (root / "opentelemetry" / "instrumentation" / "flask" / "__init__.py").read_bytes()
    assert b'if package_version.parse(flask.__version__) >= package_version.parse("2.2.0"):' in source
    assert [use for use in _uses(source, FLASK_2_2) if use[1] == "flask._request_ctx_stack"] == []


def test_deprecated_names_warn_only_where_the_code_runs_at_the_release() -> None:
    source = """\
        import sys

        import flask
        import pytest

        if flask.__version__ < "2.2":
            stack = flask._request_ctx_stack
        if (2, 2) <= tuple(map(int, flask.__version__.split(".")[:2])):
            current = flask.globals.request_ctx
        else:
            stack = flask._request_ctx_stack
        if flask.__version__ < "3.0":
            stack = flask._request_ctx_stack
        if sys.version_info[0] == 2:
            stack = flask._request_ctx_stack


        @pytest.mark.skipif(flask.__version__ < "2.2", reason="request_ctx is new in 2.2")
        def test_stack():
            assert flask._request_ctx_stack.top is None
    """
    # below 3.0 still runs at 2.2, and so does a test skipped only below 2.2
    assert [(line, symbol) for line, symbol, _, _ in _uses(source, FLASK_2_2)] == [
        (13, "flask._request_ctx_stack"),
        (20, "flask._request_ctx_stack"),
    ]


def test_a_version_test_of_another_package_named_alike_says_nothing_of_the_release() -> None:
    source = """\
        import flask
        import flask_sqlalchemy

        if flask_sqlalchemy.__version__ >= "3.0":
            stack = flask._request_ctx_stack
    """
    assert [(line, symbol) for line, symbol, _, _ in _uses(source, FLASK_2_2)] == [(5, "flask._request_ctx_stack")]


def test_a_python_2_branch_deprecated_import_is_no_use() -> None:
    # Frozen-Flask 0.18's shape (dependents20): werkzeug 2.3 deprecates url_unquote, which only Python 2 imported
    source = """\
        import sys

        if sys.version_info[0] == 2:
            from werkzeug.urls import url_unquote
        else:
            from urllib.parse import unquote as url_unquote
    """
    assert _uses(source, WERKZEUG_2_3) == []


# A deprecated alias of another distribution's object warns where the module is asked for it, not where it is used.


def test_flask_blogging_escape_warns_at_its_import_only() -> None:
    # Flask-Blogging 1.2.2's flask_blogging/views.py: `from flask import escape` (line 6), `escape(...)` (line 46);
    # flask 2.3's `__getattr__` hands out markupsafe's escape, which never warns (was "used at views.py:6, views.py:46")
    root = unpacked_release("flask-blogging", "1.2.2", "sdist") / "Flask-Blogging-1.2.2"
    source = (root / "flask_blogging" / "views.py").read_bytes()
    assert [use for use in _uses(source, FLASK_2_3) if use[1] == "flask.escape"] == [(6, "flask.escape", "high", False)]


def test_a_deprecated_alias_warns_where_the_module_is_asked_for_it() -> None:
    source = """\
        import flask
        from flask import escape as esc

        alias = flask.escape


        def view(x):
            return esc(x) + alias(x) + flask.escape(x)
    """
    assert [line for line, _, _, _ in _uses(source, FLASK_2_3)] == [2, 4, 8]
