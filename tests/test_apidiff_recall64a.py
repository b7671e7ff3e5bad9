"""Recall sample, sixty-fourth stop (networking, messaging, caching and job libraries): breaks their changelogs
document that the engine missed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a method whose name now holds a value: a literal or a display on the class or the instance, or the generator
# object one of the class's own generator methods makes in `__init__` (aiomqtt 2.0's `self.messages =
# self._messages()`, where 1.2 had `async with client.messages() as messages:`) --

_METHODS = '''class Client:
    def __init__(self, host):
        self.host = host

    def messages(self):
        return iter(())

    def version(self):
        return "1"

    def options(self):
        return {}

    def handler(self):
        return None

    def stream(self):
        return iter(())
'''

_VALUES = '''class Client:
    version = "1"

    def __init__(self, host):
        self.host = host
        self.messages = self._messages()
        self.options = {}
        self.handler = self._handle
        self.stream = self._stream()

    async def _messages(self):
        while True:
            yield 1

    def _handle(self):
        return None

    def _stream(self):
        def inner():
            yield 1
        return inner
'''


def test_a_method_become_a_value_is_reported(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _METHODS}, {"demo/__init__.py": _VALUES})
    for member in ("messages", "version", "options"):
        assert found[("signature_changed", f"demo.Client.{member}")].breakage == "method_to_attribute"
    # a bound method, and what a def returning a nested generator function returns, are still called
    assert ("signature_changed", "demo.Client.handler") not in found
    assert ("signature_changed", "demo.Client.stream") not in found


def test_aiomqtt_2_0_messages_is_an_async_generator_no_longer_called() -> None:
    found = changes("aiomqtt", "1.2.1", "2.0.0")
    assert found[("signature_changed", "aiomqtt.Client.messages")].breakage == "method_to_attribute"


# -- a None default a local replaces (`local = p if p is not None else self.x`, `p` never read again) with an
# attribute `__init__` sets from its own parameter of a true literal default: that literal is what a call leaving
# it out works with (dramatiq 2.0's `StubBroker.join(fail_fast=None)` works with `self.fail_fast_default`, True by
# default, where 1.18 had `fail_fast=False`) --

_JOIN_OLD = '''class Broker:
    def __init__(self, middleware=None):
        self.middleware = middleware

    def join(self, queue, *, fail_fast=False, timeout=None):
        return fail_fast

    def drain(self, queue, *, strict=False):
        return strict

    def wait(self, queue, *, retries=3):
        return retries

    def poll(self, queue, *, eager=False):
        return eager
'''

_JOIN_NEW = '''class Broker:
    def __init__(self, middleware=None, *, fail_fast_default=True, strict=False, retries=0, eager=True):
        self.fail_fast_default = fail_fast_default
        self.strict = strict
        self.retries = retries or 5
        self.eager = eager

    def join(self, queue, *, timeout=None, fail_fast=None):
        try:
            queues = [queue]
        except KeyError:
            raise LookupError(queue) from None
        should_fail_fast = fail_fast if fail_fast is not None else self.fail_fast_default
        return should_fail_fast, queues

    def drain(self, queue, *, strict=None):
        chosen = strict if strict is not None else self.strict
        return chosen

    def wait(self, queue, *, retries=None):
        count = retries or self.retries
        return count

    def poll(self, queue, *, eager=None):
        chosen = eager if eager is not None else self.eager
        return chosen, eager
'''


def test_a_none_a_local_replaces_with_an_attribute_init_sets_is_its_init_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _JOIN_OLD}, {"demo/__init__.py": _JOIN_NEW})
    change = found[("signature_changed", "demo.Broker.join")]
    assert change.breakage == "param_default_changed"
    assert "replaces with True" in change.detail
    assert ("signature_changed", "demo.Broker.drain") not in found  # the same False as before
    assert ("signature_changed", "demo.Broker.wait") not in found  # `retries or 5` at `retries=0`: 5, not followed
    assert ("signature_changed", "demo.Broker.poll") not in found  # `eager` read again: at None it is None there


def test_dramatiq_2_0_stub_broker_join_fails_fast_by_default() -> None:
    found = changes("dramatiq", "1.18.0", "2.0.0")
    change = found[("signature_changed", "dramatiq.brokers.stub.StubBroker.join")]
    assert change.breakage == "param_default_changed"
    assert "replaces with True" in change.detail
