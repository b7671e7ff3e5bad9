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


# -- a test file shipped in the package that runs under nose or trial rather than pytest or unittest --


def test_python_nmap_0_7_nose_test_function_renamed_is_test_code() -> None:
    change = changes("python-nmap", "0.6.4", "0.7.1")[("removed", "nmap.test_nmap.test_port")]
    assert change.private and "test code the release shipped" in change.detail


_NOSE_TESTS = "def helper():\n    return 1\n\ndef test_scan():\n    assert helper()\n\ndef test_port():\n    assert 1\n"


@pytest.mark.parametrize(
    "framework",
    ["from nose.tools import assert_equals", "import nose", "import nose2", "from twisted.trial import unittest"],
)
def test_a_shipped_nose_or_trial_test_file_is_test_code(tmp_path: Path, framework: str) -> None:
    old = {"demo/__init__.py": "", "demo/test_scan.py": f"{framework}\n\n{_NOSE_TESTS}"}
    new = {**old, "demo/test_scan.py": old["demo/test_scan.py"].replace("def test_port():\n    assert 1\n", "")}
    change = diffed(tmp_path, old, new)[("removed", "demo.test_scan.test_port")]
    assert change.private and "test code the release shipped" in change.detail


@pytest.mark.parametrize("framework", ["import twisted", "from twisted.internet import reactor", "import noserver"])
def test_a_test_named_module_importing_no_framework_stays_public(tmp_path: Path, framework: str) -> None:
    # the sibling: `twisted` itself, another part of it, or a module merely named alike, runs no tests
    old = {"demo/__init__.py": "", "demo/test_scan.py": f"{framework}\n\n{_NOSE_TESTS}"}
    new = {**old, "demo/test_scan.py": old["demo/test_scan.py"].replace("def test_port():\n    assert 1\n", "")}
    change = diffed(tmp_path, old, new)[("removed", "demo.test_scan.test_port")]
    assert not change.private and "test code" not in change.detail


# -- a PEP 484 type comment that no longer counts the function's parameters --


def test_scp_0_15_stale_type_comment_types_no_parameter() -> None:
    # `__init__(self, transport, buff_size=16384, socket_timeout=10.0, progress=None, progress4=None,
    # sanitize=_sh_quote, limit_bw=None)` under `# type: (Transport, int, float, Optional[...], Optional[...], Callable)`
    assert ("signature_changed", "scp.SCPClient") not in changes("scp", "0.14.5", "0.15.0")


def _typed(signature: str, comment: str) -> str:
    return f"class Client:\n    def __init__(self, {signature}):\n        # type: {comment} -> None\n        pass\n"


@pytest.mark.parametrize(
    ("new", "claimed"),
    [
        # a parameter added, the comment left as it was: stale, it types nothing
        (_typed("host, port=0, timeout=1.0, limit=None", "(str, int, float)"), False),
        # the siblings: a comment counting every parameter, `self` left out or written, still types them
        (_typed("host, port=0, timeout=1.0, limit=None", "(str, int, int, Optional[int])"), True),
        (_typed("host, port=0, timeout=1.0", "(Client, str, int, int)"), True),
    ],
)
def test_a_type_comment_that_miscounts_the_parameters_types_none(tmp_path: Path, new: str, claimed: bool) -> None:
    old = {"demo/__init__.py": _typed("host, port=0, timeout=1.0", "(str, int, float)")}
    change = diffed(tmp_path, old, {"demo/__init__.py": new}).get(("signature_changed", "demo.Client"))
    assert (change is not None and ("timeout", "float", "int") in change.signature.annotations_changed) is claimed
