"""False reports and misses found on release pairs nobody had examined (Django 4.0, redis 6.0, …): each class on its
pinned real example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- an attribute become a caching property that leaves it assignable (Django's, werkzeug's, functools') --


def test_django_4_0_attributes_become_djangos_cached_property_stay_assignable() -> None:
    found = changes("django", "3.2.13", "4.0")
    read_only = {symbol for (kind, symbol), c in found.items() if c.breakage == "attribute_made_read_only"}
    # `@cached_property` from `django.utils.functional`: no `__set__`, an assignment lands in the instance's dict
    assert not {
        "django.contrib.auth.password_validation.CommonPasswordValidator.DEFAULT_PASSWORD_LIST_PATH",
        "django.db.backends.mysql.features.DatabaseFeatures.test_collations",
        "django.db.backends.sqlite3.features.DatabaseFeatures.can_return_columns_from_insert",
    } & read_only
    assert "django.utils.encoding.force_text" in removed(found)  # deprecated in 3.0, gone in 4.0: kept


_MADE = "{imports}\n\n\nclass File:\n    def __init__(self, src):\n        self.src = src\n\n    @{decorator}\n    def path(self):\n        return self.src\n"
_OLD = "class File:\n    def __init__(self, src):\n        self.path = src\n"


@pytest.mark.parametrize(
    ("imports", "decorator"),
    [
        ("from django.utils.functional import cached_property", "cached_property"),
        ("from django.utils import functional", "functional.cached_property"),
        ("from werkzeug.utils import cached_property", "cached_property"),
        ("import werkzeug", "werkzeug.cached_property"),
        ("from flask.helpers import locked_cached_property", "locked_cached_property"),
        ("import functools", "functools.cached_property"),
    ],
)
def test_an_attribute_made_an_assignable_caching_property_is_not_read_only(
    tmp_path: Path, imports: str, decorator: str
) -> None:
    found = diffed(tmp_path, _OLD, _MADE.format(imports=imports, decorator=decorator))
    assert ("signature_changed", "demo.File.path") not in found


@pytest.mark.parametrize(
    ("imports", "decorator"),
    [
        ("from ._impl import cached_property", "cached_property"),  # the package's own: its `__set__` may refuse
        ("from django.utils.functional import classproperty", "classproperty"),
        ("import functools", "property"),
    ],
)
def test_an_attribute_made_another_property_is_still_read_only(tmp_path: Path, imports: str, decorator: str) -> None:
    found = diffed(tmp_path, _OLD, _MADE.format(imports=imports, decorator=decorator))
    assert found[("signature_changed", "demo.File.path")].breakage == "attribute_made_read_only"


# -- a decorator factory warning for each keyword a list its call passes names (redis 5.3's `deprecated_args`) --


def test_redis_6_0_deprecated_args_listed_by_the_decorator_call() -> None:
    found = changes("redis", "5.2.1", "6.0.0")
    # `@deprecated_args(args_to_warn=["retry_on_timeout"], ...)` over `Redis.__init__`: its wrapper loops over the
    # list and warns for each name in `provided_args` (the positional arguments by name, updated with `kwargs`)
    assert found[("deprecated", "redis.Redis")].detail == "deprecated parameter 'retry_on_timeout'"
    assert found[("deprecated", "redis.asyncio.Redis")].detail == "deprecated parameter 'retry_on_timeout'"
    cluster = "deprecated parameters 'cluster_error_retry_attempts', 'read_from_replicas'"
    assert found[("deprecated", "redis.cluster.RedisCluster")].detail == cluster
    assert found[("deprecated", "redis.asyncio.cluster.RedisCluster")].detail == cluster
    getter = found[("deprecated", "redis.cluster.NodesManager.get_node_from_slot")]
    assert getter.detail == "deprecated parameter 'server_type'"
    # `args_to_warn=["*"]` (every argument of `ConnectionPool.get_connection`) names no keyword: not claimed
    assert ("deprecated", "redis.ConnectionPool.get_connection") not in found
    assert "redis.commands.graph" in removed(found)  # the true removals of the pair are kept


_LISTED = '''import functools, warnings


def deprecated_args(args_to_warn=("*",), reason=""):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            {copy}
            for arg in args_to_warn:
                if arg in {holder}:
                    warnings.warn(f"{{arg}} is deprecated: {{reason}}", DeprecationWarning)
            return func(*args, **kwargs)

        return wrapper

    return decorator


class Client:
    @deprecated_args({call})
    def __init__(self, host="localhost", retry=None, timeout=None):
        pass
'''
_PLAIN = "class Client:\n    def __init__(self, host='localhost', retry=None, timeout=None):\n        pass\n"


@pytest.mark.parametrize(
    ("copy", "holder", "call"),
    [
        ("given = dict(zip(func.__code__.co_varnames, args))\n            given.update(kwargs)", "given",
         'args_to_warn=["retry"], reason="use timeout"'),
        ("pass", "kwargs", '["retry"]'),
        ("given = dict(kwargs)", "given", 'args_to_warn=("retry",)'),
        ("given = {**kwargs}", "given", 'reason="r", args_to_warn=["retry"]'),
    ],
)
def test_a_keyword_listed_to_a_warning_decorator_is_deprecated(
    tmp_path: Path, copy: str, holder: str, call: str
) -> None:
    found = diffed(tmp_path, _PLAIN, _LISTED.format(copy=copy, holder=holder, call=call))
    assert found[("deprecated", "demo.Client")].detail == "deprecated parameter 'retry'"
    assert ("signature_changed", "demo.Client") not in found


@pytest.mark.parametrize(
    ("copy", "holder", "call"),
    [
        ("pass", "kwargs", ""),  # the default `("*",)`: every argument, no name
        ("pass", "kwargs", 'args_to_warn=["*"]'),
        ("pass", "kwargs", "args_to_warn=NAMES"),  # not a literal: which keywords is unknown
        ("allowed = ['host']", "allowed", 'args_to_warn=["retry"]'),  # tested against something else
    ],
)
def test_no_keyword_named_no_deprecation(tmp_path: Path, copy: str, holder: str, call: str) -> None:
    found = diffed(tmp_path, _PLAIN, _LISTED.format(copy=copy, holder=holder, call=call))
    assert ("deprecated", "demo.Client") not in found


def test_a_listing_decorator_that_does_not_warn_deprecates_nothing(tmp_path: Path) -> None:
    # a wrapper warning nothing about deprecation, under a name that does not say so either
    quiet = _LISTED.format(copy="pass", holder="kwargs", call='["retry"]').replace(
        'warnings.warn(f"{arg} is deprecated: {reason}", DeprecationWarning)', "print(arg)"
    ).replace("deprecated_args", "checked_args")
    assert ("deprecated", "demo.Client") not in diffed(tmp_path, _PLAIN, quiet)


# -- a module binding globals under keys built from text and values: only names of that shape may be there --


def test_pytest_asyncio_1_0_event_loop_fixture_is_gone() -> None:
    found = changes("pytest-asyncio", "0.26.0", "1.0.0")
    # 1.0 binds `globals()[f"_{scope.value}_event_loop"] = ...`: names like `_session_event_loop`, not `event_loop`
    assert {"pytest_asyncio.plugin.event_loop", "pytest_asyncio.plugin.MultipleEventLoopsRequestedError"} <= removed(
        found
    )
    assert ("removed", "pytest_asyncio.plugin._session_event_loop") not in found


_BINDS = (
    "def _make(name):\n    return lambda: name\n\n\ndef _scopes():\n    return ['session', 'module']\n\n\n"
    "for scope in _scopes():\n    globals()[{key}] = _make(scope)\n"
)
_LOST = "def loop():\n    pass\n\n\ndef _session_loop():\n    pass\n\n\ndef get_x():\n    pass\n"


@pytest.mark.parametrize(
    ("key", "kept"),
    [
        ('f"_{scope}_loop"', {"demo._session_loop"}),
        ('"_" + scope + "_loop"', {"demo._session_loop"}),
        ('f"get_{scope}"', {"demo.get_x"}),
    ],
)
def test_names_a_built_key_cannot_spell_are_claimed_removed(tmp_path: Path, key: str, kept: set[str]) -> None:
    found = diffed(tmp_path, _LOST, _BINDS.format(key=key))
    lost = {symbol for (kind, symbol) in found if kind == "removed"}
    assert "demo.loop" in lost
    assert not kept & lost


@pytest.mark.parametrize("key", ["scope", "'%s_loop' % scope", 'f"{scope}"', "scope.upper() + f'{scope}'"])
def test_a_key_no_text_narrows_leaves_every_lost_name_unclaimed(tmp_path: Path, key: str) -> None:
    found = diffed(tmp_path, _LOST, _BINDS.format(key=key))
    assert not {symbol for (kind, symbol) in found if kind == "removed"}


# -- an option of `**kwargs` tested in place (`kwargs.get("k") is not None`, kept by `:=`) and warned about --


def test_pydantic_2_11_deprecates_passing_config_by_keyword() -> None:
    import ast

    from bot.usage.calls import call_problems

    found = changes("pydantic", "2.10.6", "2.11.0")
    # `def with_config(config=None, /, **kwargs)`: `if len(kwargs) == 1 and (kwargs_conf := kwargs.get('config'))
    # is not None: warnings.warn('Passing `config` as a keyword argument is deprecated. ...')`
    change = found[("deprecated", "pydantic.config.with_config")]
    assert change.detail == "deprecated parameter 'config'"
    assert change.witness is not None and "with_config(config=...)" in change.witness
    delta = change.signature
    assert delta is not None and delta.deprecated_slots == ()  # by position is the way out
    by_keyword = ast.parse("with_config(config=ConfigDict())").body[0].value  # type: ignore[attr-defined]
    by_position = ast.parse("with_config(ConfigDict())").body[0].value  # type: ignore[attr-defined]
    assert [detail for _, detail in call_problems(by_keyword, delta)] == ["keyword 'config' is deprecated"]
    assert call_problems(by_position, delta) == []


_OPTION = "import warnings\n\n\ndef f(a, **kwargs):\n    if {test}:\n        warnings.warn('old is deprecated', DeprecationWarning)\n"


@pytest.mark.parametrize(
    "test",
    [
        "kwargs.get('old') is not None",
        "(value := kwargs.get('old')) is not None",
        "len(kwargs) == 1 and (value := kwargs.get('old')) is not None",
    ],
)
def test_an_option_tested_in_place_and_warned_about_is_deprecated(tmp_path: Path, test: str) -> None:
    found = diffed(tmp_path, "def f(a, **kwargs):\n    pass\n", _OPTION.format(test=test))
    assert found[("deprecated", "demo.f")].detail == "deprecated parameter 'old'"


@pytest.mark.parametrize(
    "test",
    [
        "a and kwargs.get('old') is not None",  # the combination warns, neither alone
        "kwargs.get('old') is None",  # leaving it out warns
        "kwargs.get(name) is not None",
    ],
)
def test_an_option_tested_otherwise_is_not_deprecated(tmp_path: Path, test: str) -> None:
    found = diffed(tmp_path, "def f(a, **kwargs):\n    pass\n", _OPTION.format(test=test))
    assert ("deprecated", "demo.f") not in found


def test_a_positional_only_parameter_deprecated_as_a_keyword_has_no_slot(tmp_path: Path) -> None:
    positional_only = "def f(a=None, /, **kwargs)"
    new = _OPTION.format(test="kwargs.get('a') is not None").replace("def f(a, **kwargs)", positional_only)
    delta = diffed(tmp_path, "def f(a=None, /, **kwargs):\n    pass\n", new)[("deprecated", "demo.f")].signature
    assert delta is not None and delta.deprecated_parameters == ("a",) and delta.deprecated_slots == ()
    plain = _OPTION.format(test="a is not None").replace("def f(a, **kwargs)", "def f(a=None, **kwargs)")
    old = "def f(a=None, **kwargs):\n    pass\n"
    delta = diffed(tmp_path / "plain", old, plain)[("deprecated", "demo.f")].signature
    assert delta is not None and delta.deprecated_slots == (("a", 0),)  # a parameter passed at all warns


def test_a_listed_keyword_the_wrapper_only_checks_is_not_deprecated(tmp_path: Path) -> None:
    # the factory's text says "deprecated" (its name), but the branch testing each listed keyword warns nothing
    checked = _LISTED.format(copy="pass", holder="kwargs", call='["retry"]').replace(
        'warnings.warn(f"{arg} is deprecated: {reason}", DeprecationWarning)', "raise TypeError(arg)"
    )
    assert ("deprecated", "demo.Client") not in diffed(tmp_path, _PLAIN, checked)


# -- a submodule whose file is gone while its package's `__getattr__` still answers the name --


def _module_uses(source: str, found: dict[tuple[str, str], object]) -> list[tuple[int, str, str]]:
    from bot.changes import ReleaseDiff
    from bot.usage import Targets, find_usages

    diff = ReleaseDiff(package="demo", old="1.0", new="2.0", changes=list(found.values()))  # type: ignore[arg-type]
    uses, _ = find_usages("app.py", source.encode(), Targets.from_diffs([diff]))
    return sorted({(u.line, u.change.value, u.symbol) for u in uses})


def test_python_json_logger_3_1_jsonlogger_is_no_longer_importable_by_path() -> None:
    found = changes("python-json-logger", "3.0.1", "3.1.0")
    # `jsonlogger.py` deleted; `pythonjsonlogger/__init__.py`: `def __getattr__(name): if name == "jsonlogger":
    # warnings.warn(...); return pythonjsonlogger.json`
    change = found[("removed", "pythonjsonlogger.jsonlogger")]
    assert change.breakage == "module_now_attribute_only"
    assert "`from pythonjsonlogger import jsonlogger` still works" in change.detail
    assert ("deprecated", "pythonjsonlogger.jsonlogger") in found  # served with a warning: kept
    source = (
        "from pythonjsonlogger.jsonlogger import JsonFormatter\n"
        "import pythonjsonlogger.jsonlogger\n"
        "from pythonjsonlogger import jsonlogger\n"
        "import pythonjsonlogger\n"
        "pythonjsonlogger.jsonlogger.JsonFormatter\n"
    )
    uses = _module_uses(source, {("removed", "pythonjsonlogger.jsonlogger"): change})
    assert uses == [(1, "removed", "pythonjsonlogger.jsonlogger"), (2, "removed", "pythonjsonlogger.jsonlogger")]


_SERVED = (
    "def __getattr__(name):\n    if name == 'extra':\n        from demo import other\n        return other\n"
    "    raise AttributeError(name)\n"
)


def test_a_module_only_its_package_answers_is_gone_by_path(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/extra.py": "X = 1\n", "demo/other.py": "X = 1\n"}
    new = {"demo/__init__.py": _SERVED, "demo/other.py": "X = 1\n"}
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert found[("removed", "demo.extra")].breakage == "module_now_attribute_only"
    kept = {**new, "demo/extra.py": "X = 1\n"}  # the file still there: `import demo.extra` works
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path / "k", kept, "2.0"))}
    assert ("removed", "demo.extra") not in found
