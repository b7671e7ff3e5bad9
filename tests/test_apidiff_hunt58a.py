"""hunt58a: classes found sweeping cloud infrastructure-as-code, serverless, containers and DevOps/CI clients."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a keyword a top-level helper call refuses (`raise_for_deprecated_parameter(kwargs, "user", "username")`, whose
# body is `if kwargs.pop(name, None): raise ValueError`) was followed on through `**kwargs` to a constructor keeping
# them all: the renamed `user=` was claimed "now keyword-only", though `user=` raises and position 2 still works --

# every keyword taken (a dict kept whole, `self._kwargs = kwargs`, goes nobody knows where: see keptkwargs)
_CONTAINER = "class Container:\n    def __init__(self, image, **kwargs):\n        self.__dict__.update(kwargs)\n"
_REFUSING = {
    "pop": "    if kwargs.pop(name, None):\n        raise ValueError(f'Use `{replacement}` instead of `{name}`')\n",
    "in": "    if name in kwargs:\n        raise TypeError(name)\n",
}
_OLD_PG = '''from demo.core import Container


class Postgres(Container):
    def __init__(self, image="pg", port=5432, user=None, password=None, **kwargs):
        super().__init__(image=image, **kwargs)
        self.user = user
'''
_NEW_PG = '''from demo.core import Container
from demo.utils import refuse


class Postgres(Container):
    def __init__(self, image="pg", port=5432, username=None, password=None, **kwargs):
        refuse(kwargs, "user", "username")
        super().__init__(image=image, **kwargs)
        self.user = username
'''


def _pair(helper_body: str, new_pg: str = _NEW_PG) -> tuple[dict[str, str], dict[str, str]]:
    old = {"demo/__init__.py": "", "demo/core.py": _CONTAINER, "demo/pg.py": _OLD_PG}
    helper = f"def refuse(kwargs, name, replacement):\n{helper_body}    return kwargs\n"
    return old, {**old, "demo/utils.py": helper, "demo/pg.py": new_pg}


def test_a_keyword_a_helper_refuses_is_no_parameter_made_keyword_only(tmp_path: Path) -> None:
    for form, body in _REFUSING.items():
        found = diffed(tmp_path / form, *_pair(body))
        change = found[("signature_changed", "demo.pg.Postgres")]
        assert change.breakages == ("param_renamed",), form
        assert "renamed to 'username'" in change.detail


def test_a_helper_that_only_warns_or_is_called_in_a_branch_refuses_nothing(tmp_path: Path) -> None:
    warning = "    if kwargs.pop(name, None):\n        print(name)\n"
    found = diffed(tmp_path / "warns", *_pair(warning))
    assert found[("signature_changed", "demo.pg.Postgres")].breakages == ("param_made_keyword_only",)
    branch = _NEW_PG.replace('        refuse(kwargs, "user"', '        if port:\n            refuse(kwargs, "user"')
    found = diffed(tmp_path / "branch", *_pair(_REFUSING["pop"], branch))
    assert found[("signature_changed", "demo.pg.Postgres")].breakages == ("param_made_keyword_only",)


def test_testcontainers_4_0_refuses_the_keywords_it_renamed() -> None:
    found = changes("testcontainers", "3.7.1", "4.0.0")
    postgres = found[("signature_changed", "testcontainers.postgres.PostgresContainer")]
    assert postgres.breakages == ("param_renamed",)  # `user=` raises ValueError; `username` took its slot
    kafka = found[("signature_changed", "testcontainers.kafka.KafkaContainer")]
    assert kafka.breakages == ("param_absorbed_rejected",)  # `port_to_expose=` raises ValueError
    mysql = found[("signature_changed", "testcontainers.mysql.MySqlContainer")]
    assert set(mysql.breakages) == {"param_absorbed_rejected"}


# -- a shipped test file running under unittest's backport (`try: import unittest2 as unittest`, `except
# ImportError: import unittest`) was read as public API: its `TestCase` members' removal was claimed --

_UNITTEST2 = '''try:
    import unittest2 as unittest
except ImportError:
    import unittest


class TestView(unittest.TestCase):
    def test_name(self):
        assert make_view()["name"] == "x"


def make_view():
    return {"name": "x"}
'''


def test_a_test_file_under_unittest2_is_test_code(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo_tests/__init__.py": "", "demo_tests/test_view.py": _UNITTEST2}
    new = {**old, "demo_tests/test_view.py": _UNITTEST2.replace("make_view", "_make_view")}
    change = diffed(tmp_path, old, new)[("removed", "demo_tests.test_view.make_view")]
    assert change.private and "test code the release shipped" in change.detail


def test_jenkinsapi_0_3_7_unittest2_test_case_is_test_code() -> None:
    change = changes("jenkinsapi", "0.3.6", "0.3.7")[("removed", "jenkinsapi_tests.unittests.test_view.TestView.DATA")]
    assert change.private and "test code the release shipped" in change.detail


# -- a class decorator of the release setting again the names it takes from the class (`for name in dir(cls):
# setattr(cls, name, run_sync(getattr(cls, name)))`, kr8s 0.19's `@sync`) makes its coroutine methods plain ones:
# 0.20 writing those plain methods out was claimed "no longer a coroutine function" 18 times --

_SYNC = '''import inspect


def run_sync(coro):
    def inner(*args, **kwargs):
        return coro(*args, **kwargs)
    return inner


def sync(source):
    for name in dir(source):
        method = getattr(source, name)
        if not name.startswith("_") and inspect.iscoroutinefunction(method):
            setattr(source, name, run_sync(method))
    return source
'''
_BASE = "class _Base:\n    async def get(self, name, **kwargs):\n        return name\n"


def test_methods_a_class_decorator_sets_again_are_no_longer_known_coroutines(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "",
        "demo/_utils.py": _SYNC,
        "demo/objects.py": (f"from demo._utils import sync\n\n\n{_BASE}\n\n@sync\nclass Thing(_Base):\n    pass\n"),
    }
    plain = "class Thing(_Base):\n    def get(self, name):\n        return name\n"
    new = {**old, "demo/objects.py": f"{_BASE}\n\n{plain}"}
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.objects.Thing.get")]
    assert "async_to_sync" not in change.breakages  # `@sync` had made it a plain method already
    assert "no longer a coroutine" not in change.detail
    assert "'**kwargs' removed" in change.detail  # what it takes is still compared
    # the sibling: a decorator setting names it computes, not the class's own, leaves the coroutine as defined
    computed = _SYNC.replace("setattr(source, name, run_sync(method))", 'setattr(source, name + "_sync", method)')
    found = diffed(tmp_path / "computed", {**old, "demo/_utils.py": computed}, {**new, "demo/_utils.py": computed})
    assert "async_to_sync" in found[("signature_changed", "demo.objects.Thing.get")].breakages


def test_kr8s_0_20_sync_objects_were_sync_already() -> None:
    found = changes("kr8s", "0.19.1", "0.20.0")
    assert ("signature_changed", "kr8s.Api.version") not in found
    assert ("signature_changed", "kr8s.objects.Binding.get") not in found
    assert "'**kwargs' removed" in found[("signature_changed", "kr8s.objects.Binding.list")].detail


# -- positional parameters kept as keyword-only names whose slots new positional-only parameters take (kopf 1.29's
# `on.create(__group_or_groupversion_or_name=None, __version_or_name=None, __name=None, *, group=None, ...)` for
# `create(group, version, plural, *, ...)`): a positional call still binds, so "now keyword-only" was false --

_OLD_ON = "def create(group, version, plural, *, id=None, cooldown=None):\n    return group, version, plural\n"
_NEW_ON = (
    "def create(__group_or_name=None, __version_or_name=None, __name=None, *, group=None, version=None,\n"
    "           plural=None, id=None):\n"
    "    return __group_or_name or group, __version_or_name or version, __name or plural\n"
)


def test_a_slot_a_new_positional_only_parameter_takes_is_not_made_keyword_only(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_ON}, {"demo/__init__.py": _NEW_ON})
    change = found[("signature_changed", "demo.create")]
    assert change.breakages == ("param_removed",)  # `cooldown=` is gone
    assert "keyword-only" not in change.detail
    # the sibling: no positional slot left for the old parameter, a positional call fails
    fewer = _NEW_ON.replace(", __name=None", "").replace("__name or plural", "plural")
    change = diffed(tmp_path / "fewer", {"demo/__init__.py": _OLD_ON}, {"demo/__init__.py": fewer})[
        ("signature_changed", "demo.create")
    ]
    assert "parameter 'plural' is now keyword-only" in change.detail


def test_kopf_1_29_handler_decorators_still_take_resources_by_position() -> None:
    change = changes("kopf", "0.28.3", "1.29.0")[("signature_changed", "kopf.on.create")]
    assert "keyword-only" not in change.detail
    assert "parameter 'cooldown' removed" in change.detail


# -- a callback protocol's `__call__` (`class ActivityFn(Protocol): def __call__(self, *args, logger, memo,
# **kwargs)`) spells what the framework passes the handlers it calls; no call reaches it: kopf 1.30's new `memo` was
# claimed "new required parameter" on 8 of them --

_CALLBACKS = '''from typing import Any, Protocol


class ActivityFn(Protocol):
    def __call__(self, *args: Any, logger: Any, **kwargs: Any) -> Any: ...


class Runner:
    def __call__(self, *args: Any, logger: Any, **kwargs: Any) -> Any:
        return logger
'''


def test_a_callback_protocols_call_is_no_callable_anyone_calls(tmp_path: Path) -> None:
    new = _CALLBACKS.replace("logger: Any, **kwargs", "logger: Any, memo: Any, **kwargs")
    found = diffed(tmp_path, {"demo/__init__.py": _CALLBACKS}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.ActivityFn.__call__") not in found
    # the sibling: a class whose instances are called really requires the new keyword
    assert "param_new_required" in found[("signature_changed", "demo.Runner.__call__")].breakages


def test_kopf_1_30_callback_protocols_gained_memo_for_handlers() -> None:
    found = changes("kopf", "1.29.2", "1.30.0")
    assert ("signature_changed", "kopf.structs.callbacks.ActivityFn.__call__") not in found
    assert (
        "new required parameter 'indices'"
        in found[("signature_changed", "kopf.reactor.activities.authenticate")].detail
    )
