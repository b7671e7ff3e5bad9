"""Keywords a decorator's wrapper takes by the names its call gives (stop 16, the lead's probes): a parameter renamed
under a renaming decorator (pandas' `deprecate_kwarg("cols", "columns")`, matplotlib's `rename_parameter`,
`deprecated_alias(colour="color")`, a wrapper handing its `kwargs` to a renaming helper) still takes its old keyword
— no removal, a deprecation —, and a release dropping the decorator loses it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.usage.calls import call_problems
from bot.usage.model import UseForm
from tests.test_apidiff_hunt15known import _auto_surface
from tests.test_apidiff_trust import changes as changes_of
from tests.test_apidiff_unseen3 import diffed

_RENAME_BY_TEST = """import functools, warnings
def rename_parameter(old, new):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if old in kwargs:
                warnings.warn(f"{old} is deprecated, use {new}", DeprecationWarning)
                kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)
        return wrapper
    return decorator
"""
_RENAME_BY_POP = """import functools, warnings
def deprecate_kwarg(old_arg_name, new_arg_name):
    def _deprecate_kwarg(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            old_arg_value = kwargs.pop(old_arg_name, None)
            if old_arg_value is not None:
                warnings.warn("use " + new_arg_name, FutureWarning)
                kwargs[new_arg_name] = old_arg_value
            return func(*args, **kwargs)
        return wrapper
    return _deprecate_kwarg
"""
_ALIASES = """import functools, warnings
def deprecated_alias(**aliases):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            for alias, new in aliases.items():
                if alias in kwargs:
                    warnings.warn("deprecated", DeprecationWarning)
                    kwargs[new] = kwargs.pop(alias)
            return f(*args, **kwargs)
        return wrapper
    return deco
"""
_ALIASES_BY_HELPER = """import functools, warnings
def deprecated_alias(**aliases):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            rename_kwargs(f.__name__, kwargs, aliases)
            return f(*args, **kwargs)
        return wrapper
    return deco
def rename_kwargs(func_name, kwargs, aliases):
    for alias, new in aliases.items():
        if alias in kwargs:
            warnings.warn("deprecated", DeprecationWarning)
            kwargs[new] = kwargs.pop(alias)
"""
_RENAMED = [
    ("s", _RENAME_BY_TEST + "@rename_parameter('s', 'text')\ndef f(a, text=None): pass\n"),
    ("s", _RENAME_BY_TEST + "@rename_parameter(new='text', old='s')\ndef f(a, text=None): pass\n"),
    ("cols", _RENAME_BY_POP + "@deprecate_kwarg(old_arg_name='cols', new_arg_name='columns')\ndef f(a, columns=None): pass\n"),
    ("colour", _ALIASES + "@deprecated_alias(colour='color')\ndef f(a, color=None): pass\n"),
    ("colour", _ALIASES_BY_HELPER + "@deprecated_alias(colour='color')\ndef f(a, color=None): pass\n"),
]


@pytest.mark.parametrize(("old_name", "new"), _RENAMED)
def test_a_parameter_renamed_under_a_renaming_decorator_is_deprecated_not_removed(
    tmp_path: Path, old_name: str, new: str
) -> None:
    found = diffed(tmp_path, f"def f(a, {old_name}=None): pass\n", new)
    # `f(a, x)` fills the renamed parameter's slot, `f(a, old=x)` the wrapper renames: no call breaks
    assert ("signature_changed", "demo.f") not in found
    assert found[("deprecated", "demo.f")].detail == f"deprecated parameter '{old_name}'"


@pytest.mark.parametrize(("old_name", "decorated"), _RENAMED)
def test_a_release_dropping_the_renaming_decorator_loses_the_old_keyword(
    tmp_path: Path, old_name: str, decorated: str
) -> None:
    new_name = decorated.rsplit("def f(a, ", 1)[1].split("=", 1)[0]
    prelude = decorated.rsplit("@", 1)[0]
    found = diffed(tmp_path, decorated, f"{prelude}def f(a, {new_name}=None): pass\n")
    assert f"parameter '{old_name}' removed" in found[("signature_changed", "demo.f")].detail


def test_a_method_renamed_under_a_renaming_decorator_keeps_its_callers(tmp_path: Path) -> None:
    old = "class A:\n    def f(self, a, s=None): pass\n"
    new = _RENAME_BY_TEST + "class A:\n    @rename_parameter('s', 'text')\n    def f(self, a, text=None): pass\n"
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.A.f") not in found
    assert ("deprecated", "demo.A.f") in found


def test_a_keyword_the_decorator_call_does_not_spell_is_unverified_not_claimed(tmp_path: Path) -> None:
    new = _RENAME_BY_TEST + "OLD = 's'\n@rename_parameter(OLD, 'text')\ndef f(a, text=None): pass\n"
    change = diffed(tmp_path, "def f(a, s=None): pass\n", new)[("signature_changed", "demo.f")]
    assert change.signature is not None and change.signature.kwargs_unverified == ("s",)


def test_a_wrapper_handing_its_keywords_to_a_helper_alone_leaves_them_unverified(tmp_path: Path) -> None:
    new = (
        "import functools\ndef checked(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n"
        "        _check(kwargs)\n        return func(*args, **kwargs)\n    return wrapper\n"
        "def _check(d): pass\n@checked\ndef f(a): pass\n"
    )
    change = diffed(tmp_path, "def f(a, b=None): pass\n", new)[("signature_changed", "demo.f")]
    assert change.signature is not None and change.signature.kwargs_unverified == ("b",)


def test_a_decorator_renaming_to_a_name_the_function_lacks_still_moves_the_slot(tmp_path: Path) -> None:
    # the call names `zzz`, the function's slot holds `text`: a positional caller's value lands elsewhere
    new = _RENAME_BY_TEST + "@rename_parameter('s', 'zzz')\ndef f(a, text=None): pass\n"
    change = diffed(tmp_path, "def f(a, s=None): pass\n", new)[("signature_changed", "demo.f")]
    assert change.signature is not None and change.signature.made_keyword_only == ("s",)


def test_a_loop_over_the_keywords_themselves_is_unverified(tmp_path: Path) -> None:
    new = (
        "import functools\ndef lower(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n"
        "        kwargs = {k.lower(): v for k, v in kwargs.items()}\n        for key in kwargs:\n"
        "            pass\n        return func(*args, **kwargs)\n    return wrapper\n@lower\ndef f(a): pass\n"
    )
    change = diffed(tmp_path, "def f(a, b=None): pass\n", new)[("signature_changed", "demo.f")]
    assert change.signature is not None and change.signature.kwargs_unverified == ("b",)


def test_pyjanitor_0_21_deprecates_the_keyword_its_alias_decorator_renames() -> None:
    # `@deprecated_alias(columns="column_names", new_column_name="target_column_name")` over `coalesce(df,
    # column_names, target_column_name=None, ...)`: the wrapper hands `kwargs` and the aliases to `rename_kwargs`,
    # which warns and renames; `new_column_name=` still works, with a DeprecationWarning
    found = changes_of("pyjanitor", "0.20.14", "0.21.0")
    assert found[("deprecated", "janitor.coalesce")].detail == "deprecated parameter 'new_column_name'"
    assert ("signature_changed", "janitor.coalesce") not in found


# -- a generator function under `@contextmanager` returns a context manager, not an iterator --

_CM = "import contextlib\n@contextlib.contextmanager\ndef f(a):\n    yield 1\n"


def test_a_context_manager_class_become_a_contextmanager_function_keeps_with(tmp_path: Path) -> None:
    old = (
        "class f:\n    def __init__(self, a): pass\n    def __enter__(self): return self\n"
        "    def __exit__(self, *exc): pass\n"
    )
    found = diffed(tmp_path, old, _CM)
    # `with f(1):` still works; `class X(f)` and `isinstance(x, f)` do not
    assert ("removed", "demo.f.__enter__") not in found and ("removed", "demo.f.__exit__") not in found
    assert "now a function" in found[("signature_changed", "demo.f")].detail


def test_a_contextmanager_function_is_no_generator_to_its_callers(tmp_path: Path) -> None:
    assert diffed(tmp_path, _CM, _CM.replace("(a)", "(a, b=None)")) == {}
    # iterating the generator itself: `for x in f(1)` worked before and fails now, and the reverse
    assert "no longer a generator" in diffed(tmp_path, "def f(a):\n    yield 1\n", _CM)[
        ("signature_changed", "demo.f")].detail
    assert "now a generator" in diffed(tmp_path, _CM, "def f(a):\n    yield 1\n")[("signature_changed", "demo.f")].detail


def test_a_context_manager_class_losing_enter_still_loses_it(tmp_path: Path) -> None:
    old = (
        "class f:\n    def __init__(self, a): pass\n    def __enter__(self): return self\n"
        "    def __exit__(self, *exc): pass\n    def close(self): pass\n"
    )
    found = diffed(tmp_path, old, _CM)
    assert ("removed", "demo.f.close") in found  # the context manager contextlib makes has no `close`


def test_a_renaming_decorator_class_reads_the_keywords_its_constructor_was_given(tmp_path: Path) -> None:
    decorator = (
        "import functools, warnings\nclass deprecate_kwarg:\n    def __init__(self, old, new):\n"
        "        self.old = old\n        self.new = new\n    def __call__(self, func):\n"
        "        @functools.wraps(func)\n        def wrapper(*args, **kwargs):\n            if self.old in kwargs:\n"
        "                warnings.warn('deprecated', FutureWarning)\n                kwargs[self.new] = kwargs.pop(self.old)\n"
        "            return func(*args, **kwargs)\n        return wrapper\n"
    )
    found = diffed(tmp_path, "def f(a, s=None): pass\n", decorator + "@deprecate_kwarg('s', 'text')\ndef f(a, text=None): pass\n")
    assert ("signature_changed", "demo.f") not in found
    assert found[("deprecated", "demo.f")].detail == "deprecated parameter 's'"


def test_a_version_handed_to_a_renaming_helper_names_no_keyword(tmp_path: Path) -> None:
    decorator = (
        "import functools, warnings\ndef rename(since, old, new):\n    def deco(func):\n        @functools.wraps(func)\n"
        "        def wrapper(*args, **kwargs):\n            _rename(kwargs, since, old, new)\n"
        "            return func(*args, **kwargs)\n        return wrapper\n    return deco\n"
        "def _rename(kwargs, since, old, new):\n    if old in kwargs:\n"
        "        warnings.warn('deprecated since ' + since, DeprecationWarning)\n        kwargs[new] = kwargs.pop(old)\n"
    )
    found = diffed(tmp_path, "def f(a, s=None): pass\n", decorator + "@rename('3.1', 's', 'text')\ndef f(a, text=None): pass\n")
    assert ("signature_changed", "demo.f") not in found  # `s` is taken; "3.1" names no keyword, nor unknown one
    # (the warning sits in the helper, which the factory's text does not spell: no deprecation is read from it)


# -- environment variables and config keys read through a helper, a loop, a prefix: still read --

_OLD_ENV = "import os\nTIMEOUT = os.environ.get('EXT_TIMEOUT', '10')\n"
_OLD_CONFIG = (
    "class Ext:\n    def init_app(self, app):\n        app.config.setdefault('EXT_TIMEOUT', 10)\n"
    "        self.timeout = app.config['EXT_TIMEOUT']\n"
)


@pytest.mark.parametrize(
    "new",
    [
        "import os\ndef _env(name, default=None):\n    return os.environ.get(name, default)\nTIMEOUT = _env('EXT_TIMEOUT', '10')\n",
        "import os\nclass S:\n    def _env(self, name):\n        return os.getenv(name)\n    def t(self):\n        return self._env('EXT_TIMEOUT')\n",
        "import os\nPREFIX = 'EXT_'\nTIMEOUT = os.environ.get(PREFIX + 'TIMEOUT', '10')\n",
        "import os\nTIMEOUT = os.environ.get(f'{__name__.upper()}_TIMEOUT', '10')\n",
        "import os\nOPTIONS = {k[4:].lower(): v for k, v in os.environ.items() if k.startswith('EXT_')}\n",
        "import os\nfor _name in ('EXT_TIMEOUT', 'EXT_RETRIES'):\n    if _name in os.environ:\n        print(_name)\n",
        "import os\ndef _read(name):\n    return os.environ.get(name)\n",  # a private helper handed names from elsewhere
    ],
)
def test_a_variable_read_through_a_helper_a_loop_or_a_prefix_is_still_read(tmp_path: Path, new: str) -> None:
    found = diffed(tmp_path, _OLD_ENV, new)
    assert ("env_var_removed", "env:EXT_TIMEOUT") not in found


def test_a_helper_handed_computed_names_reads_those_the_module_spells(tmp_path: Path) -> None:
    # numpy 1.21's `_parse_env_order(self.lapack_order, self.order_env_var_name)`, `order_env_var_name =
    # "NPY_LAPACK_ORDER"`: the names the module spells may be read, no other
    old = "import os\nA = os.environ.get('NPY_LAPACK_ORDER')\nB = os.environ.get('NPY_USE_NEW_CASTINGIMPL')\n"
    new = (
        "import os\ndef _parse_env_order(env):\n    return os.environ.get(env)\n"
        "class Info:\n    order_env_var_name = 'NPY_LAPACK_ORDER'\n"
        "    def order(self):\n        return _parse_env_order(self.order_env_var_name)\n"
    )
    found = diffed(tmp_path, old, new)
    assert ("env_var_removed", "env:NPY_LAPACK_ORDER") not in found
    assert ("env_var_removed", "env:NPY_USE_NEW_CASTINGIMPL") in found


def test_a_variable_no_helper_call_names_is_no_longer_read(tmp_path: Path) -> None:
    new = "import os\ndef _env(name):\n    return os.environ.get(name)\nRETRIES = _env('EXT_RETRIES')\n"
    assert ("env_var_removed", "env:EXT_TIMEOUT") in diffed(tmp_path, _OLD_ENV + "RETRIES = 1\n", new)
    # a scan for another prefix, or a plain copy of the environment, reads no EXT_ variable
    scan = "import os\nOPTIONS = {k: v for k, v in os.environ.items() if k.startswith('OTHER_')}\nENV = dict(os.environ)\n"
    assert ("env_var_removed", "env:EXT_TIMEOUT") in diffed(tmp_path, _OLD_ENV, scan)


@pytest.mark.parametrize(
    "new",
    [
        "def _get(app, key, default=None):\n    return app.config.get(key, default)\n"
        "class Ext:\n    def init_app(self, app):\n        self.timeout = _get(app, 'EXT_TIMEOUT', 10)\n",
        "DEFAULTS = {'EXT_TIMEOUT': 10}\nclass Ext:\n    def init_app(self, app):\n"
        "        for key, value in DEFAULTS.items():\n            app.config.setdefault(key, value)\n",
        "class Ext:\n    def init_app(self, app):\n        for key in ('EXT_TIMEOUT',):\n"
        "            app.config.setdefault(key, None)\n",
    ],
)
def test_a_config_key_read_through_a_helper_or_a_loop_is_still_read(tmp_path: Path, new: str) -> None:
    assert ("removed", "config:EXT_TIMEOUT") not in diffed(tmp_path, _OLD_CONFIG, new)


def test_a_config_key_the_loop_does_not_name_is_no_longer_read(tmp_path: Path) -> None:
    new = (
        "DEFAULTS = {'EXT_RETRIES': 3}\nclass Ext:\n    def init_app(self, app):\n"
        "        for key, value in DEFAULTS.items():\n            app.config.setdefault(key, value)\n"
    )
    assert ("removed", "config:EXT_TIMEOUT") in diffed(tmp_path, _OLD_CONFIG, new)


# -- a decorator letting calls pass keyword-only parameters by position, warning: positional use is deprecated --

_POSITIONAL_SHIM = (
    "import functools, warnings\nfrom inspect import Parameter, signature\n"
    "def _deprecate_positional_args(f):\n    sig = signature(f)\n"
    "    kwonly = [n for n, p in sig.parameters.items() if p.kind == Parameter.KEYWORD_ONLY]\n"
    "    @functools.wraps(f)\n    def inner_f(*args, **kwargs):\n"
    "        if len(args) > len(sig.parameters) - len(kwonly):\n"
    "            warnings.warn('pass them as keyword args', FutureWarning)\n"
    "        kwargs.update(zip(sig.parameters, args))\n        return f(**kwargs)\n    return inner_f\n"
)


def test_positional_use_of_what_became_keyword_only_is_deprecated(tmp_path: Path) -> None:
    old = _POSITIONAL_SHIM + "def fit(X, y=None, copy=True): ...\n"
    new = _POSITIONAL_SHIM + "@_deprecate_positional_args\ndef fit(X, *, y=None, copy=True): ...\n"
    change = diffed(tmp_path, old, new)[("deprecated", "demo.fit")]
    assert change.detail == "passing 'y', 'copy' by position is deprecated: they are keyword-only in the signature"
    assert change.signature is not None and change.signature.deprecated_slots == (("y", 1), ("copy", 2))
    # a call passing `y` by position is the use; by keyword it is fine
    call = ast.parse("fit(X, y)").body[0].value  # type: ignore[attr-defined]
    assert call_problems(call, change.signature) == [
        (UseForm.CALL_POSITIONAL, "argument 2 passes 'y' by position, which is deprecated")
    ]
    assert call_problems(ast.parse("fit(X, y=y)").body[0].value, change.signature) == []  # type: ignore[attr-defined]
    # already warned in the old release, or keyword-only there: nothing new
    assert ("deprecated", "demo.fit") not in diffed(tmp_path, new, new.replace("copy=True", "copy=False"))
    keyword_only = _POSITIONAL_SHIM + "def fit(X, *, y=None, copy=True): ...\n"
    assert ("deprecated", "demo.fit") not in diffed(tmp_path, keyword_only, new)


def test_scikit_learn_0_23_deprecates_positional_use_of_its_estimators_parameters() -> None:
    modules = {"sklearn", "sklearn.utils", "sklearn.utils.validation", "sklearn.linear_model",
               "sklearn.linear_model._logistic"}
    old, new = (_auto_surface("scikit-learn", v, modules) for v in ("0.22.2.post1", "0.23.0"))
    found = {c.symbol: c for c in diff_surfaces(old, new) if c.kind.value == "deprecated"}
    change = found["sklearn.linear_model.LogisticRegression"]  # `__init__(self, penalty="l2", *, dual=False, ...)`
    assert change.signature is not None and change.signature.positional_deprecated[:2] == ("dual", "tol")
    assert change.breakage == "positional_use_deprecated"
