"""False claims found by hunt48b on async, messaging and networking libraries nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.locate import find_modules
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter renamed in place whose old keyword the call handing `**kwargs` on also passes by name --


def test_aiormq_6_channel_frame_buffer_renamed_not_keyword_only() -> None:
    # 6.0's `channel(channel_number=None, publisher_confirms=True, frame_buffer_size=..., timeout=None, **kwargs)`
    # builds `Channel(self, channel_number, frame_buffer=frame_buffer_size, ..., **kwargs)`: `channel(None, True, 5)`
    # still works, `channel(frame_buffer=5)` passes `frame_buffer` twice, TypeError
    found = changes("aiormq", "5.2.2", "6.0.0")
    delta = found[("signature_changed", "aiormq.Connection.channel")].signature
    assert delta is not None
    assert delta.renamed == (("frame_buffer", "frame_buffer_size"),)
    assert "frame_buffer" not in delta.made_keyword_only
    # the sibling: a plain rename stays one
    other = found[("signature_changed", "aiormq.connection.parse_connection_name")].signature
    assert other is not None and other.renamed == (("conn_name", "connection_name"),)


CHANNEL = "class Channel:\n    def __init__(self, number, frame_buffer=None, timeout=None):\n        pass\n\n\n"


def test_rename_whose_old_keyword_is_passed_twice_stays_a_rename(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": CHANNEL + "class Conn:\n"
        "    def channel(self, number=None, frame_buffer=10, **kwargs):\n"
        "        return Channel(number, frame_buffer=frame_buffer, **kwargs)\n\n"
        "    def reader(self, number=None, timeout=None, **kwargs):\n"
        "        return Channel(number, timeout=timeout, **kwargs)\n"
    }
    new = {
        "demo/__init__.py": CHANNEL + "class Conn:\n"
        "    def channel(self, number=None, frame_buffer_size=10, **kwargs):\n"
        "        return Channel(number, frame_buffer=frame_buffer_size, **kwargs)\n\n"
        "    def reader(self, number=None, timeout_s=None, **kwargs):\n"
        "        return Channel(number, **kwargs)\n"
    }
    found = diffed(tmp_path, old, new)
    renamed = found[("signature_changed", "demo.Conn.channel")].signature
    assert renamed is not None
    assert renamed.renamed == (("frame_buffer", "frame_buffer_size"),) and not renamed.made_keyword_only
    # the sibling: `**kwargs` still carries `timeout=` to a callee that takes it, unfilled: keyword callers are fine,
    # a positional one now fills `timeout_s`
    kept = found[("signature_changed", "demo.Conn.reader")].signature
    assert kept is not None and kept.made_keyword_only == ("timeout",) and not kept.renamed


def test_parameter_removed_whose_keyword_the_forwarding_call_fills_is_removed(tmp_path: Path) -> None:
    # the same collision for a parameter dropped into `**kwargs`: `frame_buffer=` now reaches a call passing it too
    old = {
        "demo/__init__.py": CHANNEL + "def channel(number, frame_buffer=10, timeout=None, **kwargs):\n"
        "    return Channel(number, frame_buffer=frame_buffer, timeout=timeout, **kwargs)\n"
    }
    new = {
        "demo/__init__.py": CHANNEL + "def channel(number, **kwargs):\n"
        "    return Channel(number, frame_buffer=10, **kwargs)\n"
    }
    found = diffed(tmp_path, old, new)
    delta = found[("signature_changed", "demo.channel")].signature
    assert delta is not None
    assert "frame_buffer" in delta.removed
    assert "timeout" not in delta.removed  # the sibling: `**kwargs` still hands `timeout=` to `Channel`, unfilled


# -- an sdist whose setup.py maps a named package to a folder of another name (`package_dir={'thrift': 'src'}`) --


def test_thrift_0_23_claims_are_under_the_thrift_package() -> None:
    found = changes("thrift", "0.22.0", "0.23.0")
    assert ("removed", "thrift.Thrift.TType.UTF8") in found
    assert ("removed", "thrift.transport.THttpClient.THttpClient.certfile") in found
    assert not [symbol for _, symbol in found if not symbol.startswith("thrift.")]


@pytest.mark.parametrize("mapped", [True, False])
def test_a_folder_package_dir_maps_to_a_name_is_that_package(tmp_path: Path, mapped: bool) -> None:
    root = tmp_path / "demo-1.0"
    (root / "src" / "proto").mkdir(parents=True)
    (root / "src" / "__init__.py").write_text("")
    (root / "src" / "Core.py").write_text("X = 1\n")
    (root / "src" / "proto" / "__init__.py").write_text("")
    where = "package_dir={'demo': 'src'}, " if mapped else "package_dir={'': 'src'}, "
    (root / "setup.py").write_text(f"from setuptools import setup\nsetup(name='demo', {where}packages=['demo'])\n")
    modules = sorted(m.module for m in find_modules(tmp_path))
    # the sibling: a root `package_dir` keeps `src/` the folder of top-level packages and modules
    assert modules == (["demo", "demo.Core", "demo.proto"] if mapped else ["Core", "proto"])


@pytest.mark.parametrize(
    "setup_files",
    [
        {"setup.py": "from setuptools import setup\nsetup(package_dir={'demo': '../outside'})\n"},
        {"setup.cfg": "[options]\npackage_dir =\n    demo = ../outside\n"},
        {"setup.cfg": "[options\npackage_dir = demo=src\n"},  # malformed: no section closes
        {"setup.py": "setup(package_dir={'demo': 'src'}\n"},  # does not parse
        {"setup.py": "from setuptools import setup\nsetup(package_dir={'de mo': 'src'})\n"},
    ],
)
def test_a_hostile_or_broken_package_dir_maps_nothing(tmp_path: Path, setup_files: dict[str, str]) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "__init__.py").write_text("SECRET = 1\n")
    root = tmp_path / "demo-1.0"
    (root / "src").mkdir(parents=True)
    (root / "src" / "__init__.py").write_text("")
    (root / "src" / "core.py").write_text("X = 1\n")
    for name, text in setup_files.items():
        (root / name).write_text(text)
    modules = sorted(m.module for m in find_modules(root))
    # no folder outside the sdist is read, and a setup file that cannot be read leaves the tree's own layout
    assert modules == ["core"]
    assert not any("outside" in str(m.path) for m in find_modules(root))


# -- a maturin sdist installs its `python-packages` and its `module-name`'s package, not the scripts beside them --


def test_slixmpp_1_13_lost_no_module_the_maturin_build_never_installed() -> None:
    found = changes("slixmpp", "1.12.0", "1.13.0")
    for script in ("run_tests", "run_integration_tests", "itests"):
        assert ("removed", script) not in found
    # the siblings: the package's own removals stay claimed
    assert ("removed", "slixmpp.xmlstream.resolver.QueryAnswerProtocol") in found
    assert ("removed", "slixmpp.stanza.message.ORIGIN_NAME") in found


@pytest.mark.parametrize("maturin", ['python-packages = ["demo"]', 'module-name = "demo._native"', ""])
def test_a_maturin_sdist_installs_only_its_declared_packages(tmp_path: Path, maturin: str) -> None:
    root = tmp_path / "demo-1.0"
    for folder in ("demo", "itests"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("X = 1\n")
    (root / "run_tests.py").write_text("Y = 1\n")
    (root / "pyproject.toml").write_text(f'[project]\nname = "demo"\n\n[tool.maturin]\n{maturin}\n')
    assert [m.module for m in find_modules(tmp_path)] == ["demo"]


def test_a_pyproject_without_a_build_listing_leaves_the_tree_to_decide(tmp_path: Path) -> None:
    # the sibling: no maturin table, no setuptools listing: every top-level package and module is read
    root = tmp_path / "demo-1.0"
    (root / "demo").mkdir(parents=True)
    (root / "demo" / "__init__.py").write_text("X = 1\n")
    (root / "helper.py").write_text("Y = 1\n")
    (root / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    assert sorted(m.module for m in find_modules(tmp_path)) == ["demo", "helper"]


# -- a member a standard-library base defines as a descriptor that raises when read on the class (`Enum.name`) --


def test_aiocoap_0_4_8_codes_keep_their_name_from_enum() -> None:
    found = changes("aiocoap", "0.4.7", "0.4.8")
    assert ("removed", "aiocoap.Code.name") not in found
    # the siblings: names no base provides stay claimed
    # 0.4.7's `from .numbers import *` never brought `media_types`: `numbers.__all__` (the sum of its submodules' lists)
    # leaves it out, so only `aiocoap.numbers.media_types` existed, and 0.4.8 still has it
    assert ("removed", "aiocoap.media_types") not in found
    assert ("removed", "aiocoap.util.asyncio.py38args") in found


OLD_CODE = (
    "class Code(int):\n"
    "    name = property(lambda self: 'x')\n"
    "    label = property(lambda self: 'x')\n"
)


@pytest.mark.parametrize("base", ["enum.IntEnum", "int"])
def test_a_member_an_enum_base_defines_is_still_there(tmp_path: Path, base: str) -> None:
    new = {"demo/__init__.py": f"import enum\n\n\nclass Code({base}):\n    GET = 1\n"}
    found = diffed(tmp_path, {"demo/__init__.py": OLD_CODE}, new)
    assert (("removed", "demo.Code.name") in found) is (base == "int")  # the sibling: `int` has no `name`
    assert ("removed", "demo.Code.label") in found  # nor has `enum.IntEnum` a `label`


# -- a class now a function annotated to return a class its module imports from another module of the release --


def test_python_can_4_3_bus_instances_keep_their_methods() -> None:
    found = changes("python-can", "4.2.2", "4.3.0")
    for member in ("recv", "send", "shutdown", "__enter__", "state", "RECV_LOGGING_LEVEL"):
        assert ("removed", f"can.Bus.{member}") not in found
    # the siblings: the class itself is no longer one, and a constant of another module is gone
    assert ("signature_changed", "can.Bus") in found
    assert ("removed", "can.broadcastmanager.NANOSECONDS_IN_MILLISECOND") in found


BASE = "class BusABC:\n    def recv(self):\n        pass\n"


@pytest.mark.parametrize("imported", [True, False])
def test_members_the_imported_returned_class_keeps_are_not_removed(tmp_path: Path, imported: bool) -> None:
    # a plain module's imported name is no symbol of its own: the class is found where it is imported from
    old = {
        "demo/__init__.py": "",
        "demo/bus.py": BASE,
        "demo/interface.py": "from demo.bus import BusABC\n\n\nclass Bus(BusABC):\n    def extra(self):\n        pass\n",
    }
    returned = "BusABC" if imported else "Unknown"
    new = {
        "demo/__init__.py": "",
        "demo/bus.py": BASE,
        "demo/interface.py": f"from demo.bus import BusABC\n\n\ndef Bus(channel=None) -> {returned}:\n"
        "    return BusABC()\n",
    }
    found = diffed(tmp_path, old, new)
    assert (("removed", "demo.interface.Bus.recv") in found) is not imported  # an unknown annotation keeps nothing
    assert ("removed", "demo.interface.Bus.extra") in found  # the sibling: the returned class has no `extra`
