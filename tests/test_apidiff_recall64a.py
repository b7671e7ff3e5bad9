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
