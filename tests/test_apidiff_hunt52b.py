"""False claims found by hunt52b on networking, infrastructure and service-client libraries nobody tuned on: each
class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a builtin annotation narrowed to an Enum that mixes that builtin in through its base (`IntEnum`, `StrEnum`) --


def test_paho_mqtt_2_1_protocol_annotated_as_an_int_enum_is_no_change() -> None:
    found = changes("paho-mqtt", "2.0.0", "2.1.0")
    # `protocol: int = MQTTv311` became `protocol: MQTTProtocolVersion = MQTTv311`, an `enum.IntEnum`
    for path in ("paho.mqtt.client.Client", "paho.mqtt.publish.single", "paho.mqtt.publish.multiple"):
        assert ("signature_changed", path) not in found


ENUMS = (
    "import enum\n\n\nclass Level(enum.IntEnum):\n    LOW = 1\n\n\nclass Mode(enum.StrEnum):\n    FAST = 'fast'\n\n\n"
    "class Color(enum.Enum):\n    RED = 1\n\n\n"
)


@pytest.mark.parametrize(
    ("old", "new", "claimed"),
    [
        ("level: int = 1", "level: Level = Level.LOW", False),
        ("mode: str = 'fast'", "mode: Mode = Mode.FAST", False),
        ("level: int | None = None", "level: Level | None = None", False),
        # the siblings: an Enum mixing in no builtin, or another builtin than the one taken, rejects the old values
        ("level: int = 1", "level: Color = Color.RED", True),
        ("mode: str = 'fast'", "mode: Level = Level.LOW", True),
    ],
)
def test_a_parameter_narrowed_to_an_enum_of_its_builtin_is_no_change(
    tmp_path: Path, old: str, new: str, claimed: bool
) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": ENUMS + f"def connect(host: str, {old}) -> None:\n    pass\n"},
        {"demo/__init__.py": ENUMS + f"def connect(host: str, {new}) -> None:\n    pass\n"},
    )
    assert (("signature_changed", "demo.connect") in found) is claimed


@pytest.mark.parametrize(
    ("old", "new", "claimed"), [("int", "Level", False), ("str", "Mode", False), ("str", "Level", True)]
)
def test_a_return_narrowed_to_an_enum_of_its_builtin_is_no_change(
    tmp_path: Path, old: str, new: str, claimed: bool
) -> None:
    found = diffed(
        tmp_path,
        {"demo/__init__.py": ENUMS + f"def level() -> {old}:\n    return 1\n"},
        {"demo/__init__.py": ENUMS + f"def level() -> {new}:\n    return Level.LOW\n"},
    )
    assert (("signature_changed", "demo.level") in found) is claimed
