"""Usage-finder classes found scanning real Flask applications never scanned before (black, OctoPrint, httpbin,
superset, ...): each on the real pinned release's changes and on synthetic siblings of the application side."""

from __future__ import annotations

import textwrap

from bot.changes import ReleaseDiff
from bot.findings.scan import scan_files
from bot.usage import FlagIndex, Targets, find_usages
from tests.test_apidiff_trust import changes


def _diff(package: str, old: str, new: str) -> ReleaseDiff:
    return ReleaseDiff(package=package, old=old, new=new, changes=list(changes(package, old, new).values()))


def uses(source: str, *diffs: tuple[str, str, str], path: str = "app/main.py") -> list[tuple[int, str, bool]]:
    """(line, symbol, guarded) of each import-resolved use."""
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    usages, warnings = find_usages(path, textwrap.dedent(source).encode(), targets)
    assert warnings == []
    return [(u.line, u.symbol, u.guarded) for u in usages if u.confidence.value == "high"]


CLICK_8_1 = ("click", "8.0.4", "8.1.0")


def test_except_module_not_found_does_not_guard_importing_a_removed_submodule_by_name() -> None:
    # black 22.1.0's patch_click: `from click import _unicodefun` under `except ModuleNotFoundError`; click 8.1.0
    # removed the module, and `from click import _unicodefun` raises ImportError ("cannot import name"), not
    # ModuleNotFoundError: the handler does not run, black crashed on import
    source = """\
        def patch():
            try:
                from click import core
                from click import _unicodefun
            except ModuleNotFoundError:
                return
        """
    assert uses(source, CLICK_8_1) == [(4, "click._unicodefun", False)]


def test_except_module_not_found_guards_importing_the_removed_module_itself() -> None:
    source = """\
        try:
            import click._unicodefun
        except ModuleNotFoundError:
            pass
        try:
            from click._unicodefun import _verify_python_env
        except ModuleNotFoundError:
            pass
        """
    found = uses(source, CLICK_8_1)
    assert (2, "click._unicodefun", True) in found
    assert {(line, guarded) for line, symbol, guarded in found if line == 6} == {(6, True)}


def test_import_error_and_broad_handlers_guard_every_import() -> None:
    source = """\
        try:
            from click import _unicodefun
        except ImportError:
            pass
        try:
            from click import _unicodefun
        except (KeyError, Exception):
            pass
        try:
            from click import _unicodefun
        except:
            pass
        from contextlib import suppress
        with suppress(ImportError):
            from click import _unicodefun
        with suppress(ModuleNotFoundError):
            from click import _unicodefun
        """
    assert uses(source, CLICK_8_1) == [
        (2, "click._unicodefun", True),
        (6, "click._unicodefun", True),
        (10, "click._unicodefun", True),
        (15, "click._unicodefun", True),
        (17, "click._unicodefun", False),
    ]


def test_except_attribute_error_does_not_guard_an_import_of_a_removed_name() -> None:
    # `from click.utils import get_os_args` fails with ImportError, which an AttributeError handler lets through;
    # an attribute read of the same name is what it catches
    source = """\
        import click.utils
        try:
            from click.utils import get_os_args
        except AttributeError:
            get_os_args = None
        try:
            args = click.utils.get_os_args()
        except AttributeError:
            args = None
        """
    assert uses(source, CLICK_8_1) == [(3, "click.utils.get_os_args", False), (7, "click.utils.get_os_args", True)]


FLASK_2_3 = ("flask", "2.2.5", "2.3.0")
WERKZEUG_1_0 = ("werkzeug", "0.16.1", "1.0.0")

_WRAPPERS = """\
from flask import Flask, Request


class PortalRequest(Request):
    @property
    def is_xhr(self):
        return self.headers.get("X-Requested-With", "").lower() == "xmlhttprequest"


class Portal(Flask):
    request_class = PortalRequest

    @property
    def session_cookie_name(self):
        return self.config["SESSION_COOKIE_NAME"] + "_http"
"""

_SESSIONS = """\
from flask import Flask, request
from flask.sessions import SessionInterface


class Sessions(SessionInterface):
    def open_session(self, app, request):
        return request.cookies.get(app.session_cookie_name)


def is_ajax():
    return request.is_xhr


plain = Flask(__name__)
name = plain.session_cookie_name
"""


def tree_uses(files: dict[str, str], path: str, *diffs: tuple[str, str, str]) -> list[tuple[int, str, str]]:
    """(line, symbol, confidence) of the uses in `path`, the other `files` of the tree readable through the index."""
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    encoded = {name: textwrap.dedent(text).encode() for name, text in files.items()}
    index = FlagIndex(list(encoded), encoded.get, targets.import_names)
    usages, _ = find_usages(path, encoded[path], targets, index)
    return [(u.line, u.symbol, u.confidence.value) for u in usages if u.form.value != "import"]


def test_a_member_the_trees_own_subclass_defines_is_only_possible_on_a_value_typed_as_the_package_class() -> None:
    # Indico 3.2.9: its SessionInterface reads `app.session_cookie_name`, a property of its own Flask subclass (Flask
    # 2.3 removed Flask's); `request.is_xhr` is its Request subclass's property (Werkzeug 1.0 removed werkzeug's)
    files = {"portal/wrappers.py": _WRAPPERS, "portal/sessions.py": _SESSIONS}
    found = tree_uses(files, "portal/sessions.py", FLASK_2_3, WERKZEUG_1_0)
    assert (7, "flask.Flask.session_cookie_name", "possible") in found
    assert (11, "werkzeug.Request.is_xhr", "possible") in found
    # a value built by calling flask.Flask itself is no subclass of the tree's
    assert (15, "flask.Flask.session_cookie_name", "high") in found


def test_without_such_a_subclass_the_typed_member_stays_a_use() -> None:
    # pgAdmin 6.8: its SessionInterface reads `app.session_cookie_name`, and its Flask subclass does not define it
    unrelated = _WRAPPERS.replace("def is_xhr", "def is_ajax").replace("def session_cookie_name", "def cookie")
    files = {"portal/wrappers.py": unrelated, "portal/sessions.py": _SESSIONS}
    found = tree_uses(files, "portal/sessions.py", FLASK_2_3, WERKZEUG_1_0)
    assert (7, "flask.Flask.session_cookie_name", "high") in found
    assert (11, "werkzeug.Request.is_xhr", "high") in found
    # a class defining the name without subclassing the package's class says nothing either
    detached = _WRAPPERS.replace("(Request)", "(object)").replace("(Flask)", "(object)")
    found = tree_uses(
        {"portal/wrappers.py": detached, "portal/sessions.py": _SESSIONS}, "portal/sessions.py", FLASK_2_3
    )
    assert (7, "flask.Flask.session_cookie_name", "high") in found


FSQLA_3_0 = ("flask-sqlalchemy", "2.5.1", "3.0.0")


def config_uses(source: str, *diffs: tuple[str, str, str]) -> list[tuple[int, str, str]]:
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    usages, _ = find_usages("app/settings.py", textwrap.dedent(source).encode(), targets)
    return [(u.line, u.symbol, u.confidence.value) for u in usages if u.form.value == "config"]


def test_a_config_key_the_release_stops_reading_set_to_none_is_only_possible() -> None:
    # Flask-Unchained 0.9.0's settings class lists flask-sqlalchemy's pool keys set to None (flask-sqlalchemy 3.0
    # reads none of them): None asks for the default, which a key nobody reads gives
    source = """\
        import flask_sqlalchemy

        class Config:
            SQLALCHEMY_POOL_SIZE = None
            SQLALCHEMY_POOL_TIMEOUT = 30

        def configure(app):
            app.config["SQLALCHEMY_POOL_RECYCLE"] = None
            app.config.update(SQLALCHEMY_MAX_OVERFLOW=None)
            app.config.update(SQLALCHEMY_NATIVE_UNICODE=False)
            app.config["SQLALCHEMY_POOL_RECYCLE"] = 3600
        """
    assert config_uses(source, FSQLA_3_0) == [
        (4, "config:SQLALCHEMY_POOL_SIZE", "possible"),
        (5, "config:SQLALCHEMY_POOL_TIMEOUT", "medium"),
        (8, "config:SQLALCHEMY_POOL_RECYCLE", "possible"),
        (9, "config:SQLALCHEMY_MAX_OVERFLOW", "possible"),
        (10, "config:SQLALCHEMY_NATIVE_UNICODE", "medium"),
        (11, "config:SQLALCHEMY_POOL_RECYCLE", "high"),
    ]


def test_a_config_key_in_a_dict_that_reaches_no_config_is_only_possible() -> None:
    # Indico 3.2.9's `DEFAULTS = {"SQLALCHEMY_POOL_SIZE": 5, ...}` are its own settings (it hands them to
    # SQLAlchemy as engine options itself); a dict handed to a call, or bound to a name given to update(), is config
    source = """\
        import flask_sqlalchemy

        DEFAULTS = {"SQLALCHEMY_POOL_SIZE": 5, "SMTP_SERVER": "localhost"}
        OVERRIDES = {"SQLALCHEMY_POOL_TIMEOUT": 10}
        LOADED = {"SQLALCHEMY_MAX_OVERFLOW": 3}

        def configure(app):
            app.config.update({"SQLALCHEMY_POOL_RECYCLE": 120})
            app.config.update(**LOADED)
            app.config.from_mapping(OVERRIDES)
            return app.config["SQLALCHEMY_POOL_SIZE"]
        """
    assert config_uses(source, FSQLA_3_0) == [
        (3, "config:SQLALCHEMY_POOL_SIZE", "possible"),
        (4, "config:SQLALCHEMY_POOL_TIMEOUT", "high"),
        (5, "config:SQLALCHEMY_MAX_OVERFLOW", "high"),
        (8, "config:SQLALCHEMY_POOL_RECYCLE", "high"),
        (11, "config:SQLALCHEMY_POOL_SIZE", "high"),
    ]


FLASK_3_0 = ("flask", "2.3.3", "3.0.0")
_APP = "from flask import _request_ctx_stack\n\ndef user():\n    return _request_ctx_stack.top.user\n"


def verdict(setup_py: str | None) -> tuple[bool, list[str]]:
    files = {"portal/app.py": _APP.encode()}
    if setup_py is not None:
        files["setup.py"] = textwrap.dedent(setup_py).encode()
    report = scan_files(files, [_diff(*FLASK_3_0)])
    (found,) = report.packages
    return found.at_risk, found.reasons


def test_a_setup_py_whose_requirements_are_computed_makes_no_undeclared_claim() -> None:
    # OctoPrint 1.7.3: `setuptools.setup(**params())`, params() returning locals() holding flask>=1.1.4,<2; the scan
    # read no requirement and said "flask is imported but not declared ... so 3.0.0 installs": AT RISK, falsely
    computed = """\
        import setuptools

        INSTALL_REQUIRES = ["flask>=1.1.4,<2"]

        def params():
            install_requires = INSTALL_REQUIRES
            return locals()

        setuptools.setup(**params())
        """
    at_risk, reasons = verdict(computed)
    assert not at_risk
    assert reasons[0].startswith("flask is in no requirement the scan could read")
    at_risk, _ = verdict("from setuptools import setup\nsetup(name='portal', install_requires=read_requirements())\n")
    assert not at_risk


def test_readable_setup_keywords_and_no_setup_py_still_judge() -> None:
    # a `**{...}` literal is read; a tree with no setup.py at all imports flask undeclared: at risk, as before
    at_risk, reasons = verdict(
        "from setuptools import setup\nsetup(**{'name': 'portal', 'install_requires': ['flask']})\n"
    )
    assert at_risk and reasons[0].startswith("flask (setup.py:2) admits 3.0.0")
    at_risk, reasons = verdict(None)
    assert at_risk and reasons[0].startswith("flask is imported but not declared")


def test_setup_keywords_from_a_module_level_dict_and_its_item_assignments_are_read() -> None:
    # nbconvert 6.4.4: `setup_args = dict(name=...)`, `setup_args['install_requires'] = ['jinja2>=2.4', ...]`,
    # `setup(**setup_args)`: the requirement is read (and admits the release), not left unread
    spelled = """\
        from setuptools import setup

        setup_args = dict(name="portal", version="1.0")
        setup_args["install_requires"] = [
            "flask>=2",
        ]
        setup(**setup_args)
        """
    at_risk, reasons = verdict(spelled)
    assert at_risk and reasons[0].startswith("flask>=2 (setup.py:5) admits 3.0.0")
    at_risk, reasons = verdict(spelled.replace('dict(name="portal", version="1.0")', "dict(base, name='portal')"))
    assert not at_risk and reasons[0].startswith("flask is in no requirement the scan could read")


def test_a_string_spelling_a_config_key_where_no_key_is_looked_up_is_only_possible() -> None:
    # moto 3.1.0's CloudFormation tests: `{"Ref": "ENV"}` and `{"ParameterKey": "ENV"}` are template parameters
    # that spell Flask's `ENV` (no longer read by Flask 2.3); a key is looked up, set, tested or handed to a call
    source = """\
        import flask

        template = {"Ref": "ENV", "Names": ["ENV"]}

        def env(app):
            if "ENV" in app.config:
                return app.config.get("ENV") or app.config["ENV"]
        """
    assert config_uses(source, FLASK_2_3) == [
        (3, "config:ENV", "possible"),
        (3, "config:ENV", "possible"),
        (6, "config:ENV", "high"),
        (7, "config:ENV", "high"),
        (7, "config:ENV", "high"),
    ]


def test_setup_helpers_calling_each_other_in_a_cycle_are_read_without_recursing_forever() -> None:
    # celery 5.2.3: install_requires=install_requires() -> reqs() -> _reqs() -> _pip_requirement() -> reqs() for
    # `-r` lines; the walk recursed until RecursionError and the whole setup.py was "nested too deeply"
    cyclic = """\
        import os
        from setuptools import setup

        def _pip_requirement(req):
            if req.startswith("-r "):
                return reqs(*req.split()[1].split("/"))
            return [req]

        def _reqs(*f):
            return [_pip_requirement(r) for r in open(os.path.join("requirements", *f)).readlines()]

        def reqs(*f):
            return [req for sub in _reqs(*f) for req in sub]

        setup(name="portal", install_requires=reqs("default.txt"))
        """
    at_risk, reasons = verdict(cyclic)
    assert not at_risk and reasons[0].startswith("flask is in no requirement the scan could read")


def test_a_requirements_file_below_a_docs_folder_is_development_at_any_depth() -> None:
    # ansible-core 2.12.3: `docs/docsite/requirements.txt` (jinja2, for Sphinx) was cited as the requirement admitting
    # jinja2 3.1.0, and the bound suggested there, over the top-level requirements.txt
    files = {
        "portal/app.py": b"from jinja2 import contextfunction\n",
        "docs/docsite/requirements.txt": b"jinja2\n",
        "requirements.txt": b"jinja2\n",
    }
    report = scan_files(files, [_diff("jinja2", "3.0.3", "3.1.0")])
    (found,) = report.packages
    assert found.at_risk and [(r.file, r.line) for r in found.admitting] == [("requirements.txt", 1)]
    only_docs = {name: data for name, data in files.items() if name != "requirements.txt"}
    (found,) = scan_files(only_docs, [_diff("jinja2", "3.0.3", "3.1.0")]).packages
    assert found.at_risk and [r.file for r in found.admitting] == ["docs/docsite/requirements.txt"]


def test_a_bare_word_key_bound_to_an_object_a_call_makes_is_only_possible() -> None:
    # ansible-core 2.12.3's test script: `ENV = Environment()` (a jinja2 Environment) spells Flask's `ENV`, which
    # Flask 2.3 no longer reads; a settings module sets it to a value
    source = """\
        import os
        from jinja2 import Environment

        ENV = Environment()
        ENV = "production"
        ENV = os.environ.get("APP_ENV", "production")
        SQLALCHEMY_POOL_SIZE = make_size()
        """
    assert config_uses(source, FLASK_2_3, FSQLA_3_0) == [
        (4, "config:ENV", "possible"),
        (5, "config:ENV", "medium"),
        (6, "config:ENV", "medium"),
        (7, "config:SQLALCHEMY_POOL_SIZE", "medium"),
    ]
