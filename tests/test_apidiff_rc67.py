"""Recall on databases and ORMs, async and messaging, cloud SDKs, templating, date/time and text utilities never
measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class attribute a call made (a descriptor, a factory's product) lost from a class whose `__getattr__` answers
# other names with items of the instance (motor 3's `AgnosticClient.fsync = AsyncCommand()`: `client.fsync` is now
# the database `client["fsync"]`): the item is no stand-in for what the body made --

_ITEMS = (
    "class Op:\n"
    "    def __get__(self, obj, owner):\n"
    "        return len\n\n\n"
    "class Client:\n"
    "{members}"
    "    def __getattr__(self, name):\n"
    "        if name.startswith('_'):\n"
    "            raise AttributeError(name)\n"
    "        return self[name]\n\n"
    "    def __getitem__(self, name):\n"
    "        return {{'name': name}}\n"
)


def _client(members: str) -> dict[str, str]:
    return {"demo/__init__.py": _ITEMS.format(members=members)}


def test_a_call_made_class_attribute_lost_by_a_class_serving_items_is_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _client("    fsync = Op()\n    address = Op()\n\n"), _client("    address = Op()\n\n"))
    change = found[("removed", "demo.Client.fsync")]
    assert change.detail == (
        "attribute 'demo.Client.fsync' no longer exists in 2.0; demo.Client's __getattr__ answers the name with an "
        "item of the instance: reading it on the class raises AttributeError, on an instance it gives an item, not "
        "the object"
    )
    assert ("removed", "demo.Client.address") not in found


@pytest.mark.parametrize(
    "member",
    [
        pytest.param("    timeout = 5\n", id="a literal may have become an item"),
        pytest.param("    timeout = dict(seconds=5)\n", id="a builtin container may have become an item"),
    ],
)
def test_a_value_lost_by_a_class_serving_items_is_still_no_claim(tmp_path: Path, member: str) -> None:
    found = diffed(tmp_path, _client(member + "    address = Op()\n\n"), _client("    address = Op()\n\n"))
    assert ("removed", "demo.Client.timeout") not in found


def test_a_call_made_attribute_lost_by_a_class_setting_computed_items_is_still_no_claim(tmp_path: Path) -> None:
    # the class stores items under keys it computes: the attribute may have become one of them
    init = "    def __init__(self, data):\n        for key in data:\n            self[key] = data[key]\n\n"
    old = _client("    timeout = Op()\n" + init)
    found = diffed(tmp_path, old, _client(init))
    assert ("removed", "demo.Client.timeout") not in found


def test_motor_3_0_dropped_the_client_and_database_helpers() -> None:
    found = changes("motor", "2.5.1", "3.0.0")
    for symbol in (
        "motor.core.AgnosticClient.fsync",
        "motor.core.AgnosticClient.unlock",
        "motor.core.AgnosticClient.max_pool_size",
        "motor.core.AgnosticClient.retry_writes",
        "motor.core.AgnosticDatabase.profiling_level",
        "motor.core.AgnosticDatabase.incoming_manipulators",
        "motor.core.AgnosticCollection.map_reduce",
        "motor.core.AgnosticCollection.inline_map_reduce",
    ):
        assert "answers the name with an item of the instance" in found[("removed", symbol)].detail
    # kept in 3.0 (`address = ReadOnlyProperty()`, `drop_database = AsyncCommand().unwrap(...)`)
    assert ("removed", "motor.core.AgnosticClient.address") not in found
    assert ("removed", "motor.core.AgnosticClient.drop_database") not in found
