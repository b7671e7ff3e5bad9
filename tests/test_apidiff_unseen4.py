"""False reports and misses found on a fourth set of Flask-ecosystem release pairs the engine was never tuned on
(flask 2.1.3→2.2.0, quart 0.17→0.18, jinja2 2.10.3→2.11.0, …): each class on its pinned real example and on a
synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes, removed


def diffed(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], Change]:
    """Every change of a package `demo`, by kind and symbol."""
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- an environment variable click reads for an option, through `auto_envvar_prefix` or `envvar=` --


def test_flask_2_2_still_reads_flask_app_through_its_app_option() -> None:
    found = changes("flask", "2.1.3", "2.2.0")
    # 2.2 reads it as `--app` under `auto_envvar_prefix="FLASK"`, no longer with `os.environ.get("FLASK_APP")`
    assert ("env_var_removed", "env:FLASK_APP") not in found
    assert ("env_var_removed", "env:WERKZEUG_RUN_MAIN") not in found  # werkzeug reads its own variable (see test_dependents_scan)
    assert ("removed", "config:PRESERVE_CONTEXT_ON_EXCEPTION") in found
    assert ("env_var_removed", "env:QUART_APP") not in changes("quart", "0.17.0", "0.18.0")  # the same move
    assert ("env_var_removed", "env:FLASK_ENV") in changes("flask", "2.2.5", "2.3.0")  # no option derives it


CLICK_OLD = {"demo/__init__.py": "import os\nAPP = os.environ.get('DEMO_APP')\nMODE = os.environ.get('DEMO_MODE')\n"
             "TOKEN = os.environ.get('DEMO_TOKEN')\n"}
CLICK_NEW = {"demo/__init__.py": (
    "import click\n\n\n@click.group(context_settings={'auto_envvar_prefix': 'DEMO'})\n"
    "@click.option('-A', '--app', default='none')\ndef cli(app):\n    click.echo(f'app={app}')\n\n\n"
    "@cli.command()\n@click.option('--token', envvar='SECRET_TOKEN', default='none')\ndef run(token):\n"
    "    click.echo(f'token={token}')\n")}


def test_a_variable_click_derives_for_an_option_is_still_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, CLICK_OLD, CLICK_NEW)
    # DEMO_APP: the group's `--app` under the prefix. DEMO_TOKEN: a `--token` exists, and which command declares it
    # (the subcommand's would be DEMO_RUN_TOKEN) is not followed: no claim either way. DEMO_MODE: no such option
    assert {key for key in found if key[0] == "env_var_removed"} == {("env_var_removed", "env:DEMO_MODE")}
    named = diffed(tmp_path, CLICK_NEW, {"demo/__init__.py": "def cli():\n    pass\n"})
    assert ("env_var_removed", "env:SECRET_TOKEN") in named  # `envvar=` names a variable the release reads
    assert ("env_var_removed", "env:DEMO_APP") not in named  # derived names are no literal read: nothing claimed


def test_click_reads_the_derived_variable(tmp_path: Path) -> None:
    """The rule's premise, on the synthetic package run against the installed click."""
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "__init__.py").write_text(CLICK_NEW["demo/__init__.py"])
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "DEMO_APP": "from-env", "SECRET_TOKEN": "t"}
    run = [sys.executable, "-c", "import demo; demo.cli(standalone_mode=True)", "run"]
    out = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["app=from-env", "token=t"]


# -- a class attribute set by a top-level statement after the class body --


def test_jinja2_2_11_native_environment_keeps_its_template_class() -> None:
    found = changes("jinja2", "2.10.3", "2.11.0")
    # `NativeEnvironment.template_class = NativeTemplate` after the class, where 2.10 set it in the body
    assert "jinja2.nativetypes.NativeEnvironment.template_class" not in removed(found)
    assert {"jinja2.debug.make_traceback", "jinja2.runtime.LoopContextBase"} <= removed(found)  # true ones kept


def test_an_attribute_set_on_a_class_after_its_body_is_a_member(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class Env:\n    template_class = str\n    kind = 'a'\n"}
    moved = {"demo/__init__.py": "class Env:\n    pass\n\nEnv.template_class = str\nEnv.kind: str = 'a'\n"}
    assert not diffed(tmp_path, old, moved)
    gone = diffed(tmp_path, moved, {"demo/__init__.py": "class Env:\n    pass\n\nother = Env\nother.x = 1\n"})
    assert set(gone) == {("removed", "demo.Env.template_class"), ("removed", "demo.Env.kind")}


# -- a `**kwargs` option taken out into a local, and a warning under a test of that local --


def test_flask_2_0_deprecates_the_encoding_option_of_the_json_functions() -> None:
    found = changes("flask", "1.1.4", "2.0.0")
    # `encoding = kwargs.pop("encoding", None)` ... `if encoding is not None: warnings.warn(...)`
    for name in ("dumps", "loads", "load"):
        assert found["deprecated", f"flask.json.{name}"].signature.deprecated_parameters == ("encoding",), name
    assert ("deprecated", "flask.helpers.safe_join") in found  # the documented deprecations, kept


def test_a_kwargs_option_tested_before_a_warning_is_a_deprecated_parameter(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def dumps(obj, **kwargs):\n    encoding = kwargs.pop('encoding', None)\n    return obj\n"}
    new = {"demo/__init__.py": (
        "import warnings\n\ndef dumps(obj, **kwargs):\n    encoding = kwargs.pop('encoding', None)\n"
        "    mode = kwargs.get('mode')\n    if encoding is not None:\n"
        "        warnings.warn('encoding is deprecated', DeprecationWarning)\n"
        "    if mode is None:\n        warnings.warn('pass mode', DeprecationWarning)\n    return obj\n")}
    found = diffed(tmp_path, old, new)
    # `mode is None` warns callers who leave the option out: passing it is not what is deprecated
    assert found["deprecated", "demo.dumps"].signature.deprecated_parameters == ("encoding",)


# -- a warning under a test of a parameter's absence (`if not args`, `args is None`) deprecates leaving it out --


def test_flask_2_0_call_factory_args_are_not_deprecated() -> None:
    found = changes("flask", "1.1.4", "2.0.0")
    # `if not args and len(sig.parameters) == 1 ...: warnings.warn("Script info is deprecated ...")`
    assert ("deprecated", "flask.cli.call_factory") not in found


def test_a_warning_when_a_parameter_is_left_out_deprecates_leaving_it_out(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def make(app, args=None, kind=None, size=None):\n    return app\n"}
    new = {"demo/__init__.py": (
        "import warnings\n\ndef make(app, args=None, kind=None, size=None):\n"
        "    if not args:\n        warnings.warn('pass args', DeprecationWarning)\n"
        "    if kind is None:\n        warnings.warn('pass kind', DeprecationWarning)\n"
        "    if size is not None:\n        warnings.warn('size is deprecated', DeprecationWarning)\n    return app\n")}
    found = diffed(tmp_path, old, new)
    signature = found["deprecated", "demo.make"].signature
    assert signature is not None and signature.deprecated_parameters == ("args", "kind", "size")
    assert signature.deprecated_omitted == ("args", "kind")  # calls leaving them out are the uses, not passing them


# -- a private global the old release bound, now served with a warning by the module's `__getattr__` --


def test_flask_2_2_deprecates_the_context_stacks() -> None:
    found = changes("flask", "2.1.3", "2.2.0")
    # 2.1 imported them from `.globals` (bound, no symbol of their own); 2.2 serves them from `__getattr__`, warning
    for symbol in ("flask._app_ctx_stack", "flask._request_ctx_stack", "flask.globals._app_ctx_stack"):
        change = found["deprecated", symbol]
        assert change.private and "deprecated and will be" in change.detail, symbol  # globals.py spells "remoevd"


def test_a_private_global_served_with_a_warning_is_newly_deprecated(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from demo.impl import _stack\n", "demo/impl.py": "_stack = []\n"}
    new = {"demo/__init__.py": (
        "import warnings\n\ndef __getattr__(name):\n    if name == '_stack':\n"
        "        warnings.warn('_stack is deprecated', DeprecationWarning)\n        return []\n"
        "    if name == '_fresh':\n        warnings.warn('_fresh is deprecated', DeprecationWarning)\n        return []\n"
        "    raise AttributeError(name)\n"), "demo/impl.py": "_stack = []\n"}
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo._stack"].private
    assert ("deprecated", "demo._fresh") not in found  # never bound before: added already deprecated, no one uses it


# -- a warning under a test of how many keywords `**kwargs` took (`if len(kwargs) > 0:`) --


def test_flask_security_reads_its_constructors_extra_keywords_as_deprecated() -> None:
    # `if len(kwargs) > 0: warnings.warn("kwargs passed to the constructor are now ignored", DeprecationWarning)`,
    # in 4.1.5 and 5.0.0 alike (so no new deprecation of it between them; one from a release without it would be
    # claimed); 5.0.0's `login_manager`, warned about in `init_app`, is new (see test_apidiff_hunt16watch)
    assert pinned_surface("flask-security-too", "5.0.0").symbols["flask_security.Security"].deprecated_params == (
        "**kwargs", "login_manager")
    found = changes("flask-security-too", "4.1.5", "5.0.0")
    assert found["deprecated", "flask_security.Security"].signature.deprecated_parameters == ("login_manager",)
    assert {"flask_security.RoleMixin.add_permissions", "flask_security.utils.encrypt_password"} <= removed(found)
    assert ("deprecated", "flask_security.get_token_status") in found  # the documented ones, kept


def test_a_warning_when_kwargs_took_any_keyword_deprecates_them(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def make(app, **options):\n    return app, options\n"}
    tests = ("len(options) > 0", "len(options) != 0", "len(options) >= 1", "0 < len(options)")
    for test in tests:
        new = {"demo/__init__.py": (
            f"import warnings\n\ndef make(app, **options):\n    if {test}:\n"
            "        warnings.warn('options are ignored', DeprecationWarning)\n    return app, options\n")}
        found = diffed(tmp_path / test.replace(" ", ""), old, new)
        assert found["deprecated", "demo.make"].signature.deprecated_parameters == ("**options",), test
    counted = {"demo/__init__.py": (
        "import warnings\n\ndef make(app, **options):\n    if len(options) > 2:\n"
        "        warnings.warn('too many', DeprecationWarning)\n    return app, options\n")}
    assert ("deprecated", "demo.make") not in diffed(tmp_path / "counted", old, counted)  # not "any keyword"


def test_a_warning_for_passing_none_where_the_default_is_a_sentinel_deprecates_the_parameter(tmp_path: Path) -> None:
    """pandas 1.4's `rank(numeric_only=lib.no_default)`: `if numeric_only is None: warn(...)` warns callers passing
    None, so passing it (so) is what is deprecated; `if not flag: warn` with `flag=True` warns those passing False."""
    old = {"demo/__init__.py": "_UNSET = object()\n\ndef rank(numeric_only=_UNSET, flag=True):\n    return 1\n"}
    new = {"demo/__init__.py": (
        "import warnings\n_UNSET = object()\n\ndef rank(numeric_only=_UNSET, flag=True):\n"
        "    if numeric_only is None:\n        warnings.warn('numeric_only=None is deprecated', FutureWarning)\n"
        "    if not flag:\n        warnings.warn('flag=False is deprecated', FutureWarning)\n    return 1\n")}
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.rank"].signature.deprecated_parameters == ("flag", "numeric_only")


# -- a parameter handed under its own name to a private helper that warns when it is passed --


def test_flask_2_0_deprecates_send_files_old_parameter_names() -> None:
    found = changes("flask", "1.1.4", "2.0.0")
    # `_prepare_send_file_kwargs(attachment_filename=attachment_filename, ...)` warns when they are not None
    for symbol in ("flask.send_file", "flask.helpers.send_file"):
        assert found["deprecated", symbol].signature.deprecated_parameters == (
            "add_etags", "attachment_filename", "cache_timeout"), symbol


def test_a_parameter_a_private_helper_deprecates_is_deprecated(tmp_path: Path) -> None:
    helper = ("import warnings\n\ndef _prepare(name=None, old=None, other=None):\n    if old is not None:\n"
              "        warnings.warn('old is deprecated', DeprecationWarning)\n"
              "    if other is not None:\n        warnings.warn('other is deprecated', DeprecationWarning)\n"
              "    return name\n\n")
    old = {"demo/__init__.py": "def send(name, old=None, other=None):\n    return name\n"}
    new = {"demo/__init__.py": helper + "def send(name, old=None, other=None):\n"
           "    return _prepare(name=name, old=old, other=name)\n"}
    found = diffed(tmp_path, old, new)
    # `other` is handed `name`, not itself: its warning says nothing about the caller's `other`
    assert found["deprecated", "demo.send"].signature.deprecated_parameters == ("old",)
