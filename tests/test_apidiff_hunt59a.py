"""hunt59a: testing, mocking and QA tools (pytest plugins, fakes of services, fixtures and factories, snapshot and
mutation testing): each false class on a synthetic case, with a sibling that must stay claimed, and on its pinned
real release."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a namedtuple's field read on the class gives a descriptor (as a property gives itself), no value: the field now
# set on each instance is no class attribute lost --

_TUPLE_OLD = """from collections import namedtuple
from typing import NamedTuple

Spec = namedtuple("Spec", "host, port")


class Point(NamedTuple):
    x: int = 0
    LIMIT = 5


class Client:
    timeout = 5
"""
_TUPLE_NEW = """class Spec:
    def __init__(self, host, port):
        self.host = host
        self.port = port


class Point:
    def __init__(self, x=0):
        self.x = x
        self.LIMIT = 5


class Client:
    def __init__(self):
        self.timeout = 5
"""


def test_a_namedtuple_field_now_set_on_instances_is_no_class_attribute_lost(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _TUPLE_OLD}, {"demo/__init__.py": _TUPLE_NEW})
    assert ("signature_changed", "demo.Spec.host") not in found
    assert ("signature_changed", "demo.Spec.port") not in found
    assert ("signature_changed", "demo.Point.x") not in found


def test_a_plain_class_attribute_now_set_on_instances_stays_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _TUPLE_OLD}, {"demo/__init__.py": _TUPLE_NEW})
    assert "class_attribute_now_instance_only" in found[("signature_changed", "demo.Client.timeout")].breakages
    # a namedtuple class body's un-annotated assignment is no field: a class attribute with a value
    assert "class_attribute_now_instance_only" in found[("signature_changed", "demo.Point.LIMIT")].breakages


def test_pytest_redis_3_noop_redis_fields_are_no_class_attributes_lost() -> None:
    found = changes("pytest-redis", "2.4.0", "3.0.0")
    for field in ("host", "port", "unixsocket"):
        assert ("signature_changed", f"pytest_redis.executor.NoopRedis.{field}") not in found
    assert ("signature_changed", "pytest_redis.executor.NoopRedis") in found  # 'unixsocket' moved: still said


# -- a `**kwargs` the body rebinds before reading it is never read: a removed parameter's keyword now falling into it
# is silently ignored, not handed on to a call that may reject it --

_REBOUND_OLD = '''def driver_kwargs(capabilities, profile, host, **kwargs):
    kwargs = {"capabilities": capabilities, "profile": profile, "host": host}
    return kwargs


def prepare(capabilities, profile, **kwargs):
    kwargs.setdefault("capabilities", capabilities)
    kwargs = dict(kwargs, profile=profile)
    return kwargs
'''
_REBOUND_NEW = _REBOUND_OLD.replace("capabilities, profile, host, **kwargs", "capabilities, host, **kwargs").replace(
    '"profile": profile, ', ""
).replace("capabilities, profile, **kwargs", "capabilities, **kwargs").replace("dict(kwargs, profile=profile)", "dict(kwargs)")


def test_a_removed_parameter_falling_into_kwargs_rebound_unread_is_silently_ignored(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _REBOUND_OLD}, {"demo/__init__.py": _REBOUND_NEW})
    assert found[("signature_changed", "demo.driver_kwargs")].breakages == ("param_absorbed_ignored",)


def test_a_kwargs_read_before_it_is_rebound_still_carries_the_keyword_on(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _REBOUND_OLD}, {"demo/__init__.py": _REBOUND_NEW})
    # `kwargs.setdefault(...)` reads the caller's dict, which the returned one copies: where it goes is unknown, no
    # verdict of rejection (left66)
    assert found[("signature_changed", "demo.prepare")].breakages == ("param_absorbed_unverified",)


def test_pytest_selenium_4_remote_driver_kwargs_ignores_the_firefox_profile_keyword() -> None:
    found = changes("pytest-selenium", "3.0.0", "4.0.0")
    change = found[("signature_changed", "pytest_selenium.drivers.remote.driver_kwargs")]
    assert change.breakages == ("param_absorbed_ignored",)
    assert "could not be followed" not in change.detail
