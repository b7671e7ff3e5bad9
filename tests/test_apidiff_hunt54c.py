"""False reports found on home automation and IoT client libraries (pyatv, 2025-2026): each class on its pinned real
example and on a synthetic case, with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- the `global___X = X` aliases mypy-protobuf writes in a `_pb2.pyi` stub, which the generated `_pb2.py` never binds --

_PB2_SOURCE = """from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf.internal import builder as _builder
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'...')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'demo.msg_pb2', _globals)
"""
_PB2_STUB = """import builtins
import google.protobuf.descriptor
import google.protobuf.message
DESCRIPTOR: google.protobuf.descriptor.FileDescriptor
class Ping(google.protobuf.message.Message):
    DESCRIPTOR: google.protobuf.descriptor.Descriptor
    seq: builtins.int
    def __init__(self, *, seq: builtins.int | None = ...) -> None: ...
"""
_OLD_ALIASES = "global___Ping = Ping\n"
_NEW_ALIASES = "from typing import TypeAlias as _TypeAlias\nGlobal___Ping: _TypeAlias = Ping  # noqa: Y015\n"


def test_pyatv_0_18_regenerated_protobuf_stubs_lose_no_class() -> None:
    found = changes("pyatv", "0.17.0", "0.18.0")
    # 0.18's mypy-protobuf 4 spells each `global___AudioFadeMessage = AudioFadeMessage` as `Global___...`: a name
    # for type checkers only, which `AudioFadeMessage_pb2.py` (filled by protobuf's builder) never bound
    assert not [symbol for (_, symbol) in found if "global___" in symbol]  # was 120 claims
    assert ("removed", "pyatv.protocols.mrp.protobuf.AudioFadeMessage_pb2.AudioFadeMessage") not in found


def test_a_protobuf_stubs_type_alias_is_no_name_to_lose(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/msg_pb2.py": _PB2_SOURCE, "demo/msg_pb2.pyi": _PB2_STUB + _OLD_ALIASES}
    new = {"demo/__init__.py": "", "demo/msg_pb2.py": _PB2_SOURCE, "demo/msg_pb2.pyi": _PB2_STUB + _NEW_ALIASES}
    assert ("removed", "demo.msg_pb2.global___Ping") not in diffed(tmp_path, old, new)


def test_a_message_class_a_protobuf_stub_drops_is_still_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/msg_pb2.py": _PB2_SOURCE, "demo/msg_pb2.pyi": _PB2_STUB + _OLD_ALIASES}
    renamed = _PB2_STUB.replace("class Ping", "class Pong") + _NEW_ALIASES.replace("= Ping", "= Pong")
    new = {"demo/__init__.py": "", "demo/msg_pb2.py": _PB2_SOURCE, "demo/msg_pb2.pyi": renamed}
    assert ("removed", "demo.msg_pb2.Ping") in diffed(tmp_path, old, new)


def test_an_alias_a_hand_written_stub_drops_is_still_removed(tmp_path: Path) -> None:
    # no `DESCRIPTOR: FileDescriptor`: a stub of a module filling its names by hand, whose aliases it binds too
    source = "import sys\nglobals().update(vars(sys.modules['demo._impl']))\n"
    stub = "class Ping: ...\n"
    impl = "class Ping: ...\nglobal___Ping = Ping\n"
    old = {"demo/__init__.py": "", "demo/_impl.py": impl, "demo/msg.py": source, "demo/msg.pyi": stub + _OLD_ALIASES}
    new = {"demo/__init__.py": "", "demo/_impl.py": impl, "demo/msg.py": source, "demo/msg.pyi": stub}
    assert ("removed", "demo.msg.global___Ping") in diffed(tmp_path, old, new)


# -- a module-level binding of a name every module object has through `types.ModuleType` --


def test_python_roborock_7_1_fixed_its_module_level_init_typo_without_removing_a_name() -> None:
    found = changes("python-roborock", "6.2.1", "7.1.1")
    # 6.2's `roborock/devices/traits/a01/__init__.py` bound `__init__ = ["DyadApi", "ZeoApi"]` (meant `__all__`);
    # 7.1 spells `__all__`: `from roborock.devices.traits.a01 import __init__` still gives `ModuleType.__init__`
    assert ("removed", "roborock.devices.traits.a01.__init__") not in found
    # its real change stays: `MapContentTrait(...)` takes two new required parameters
    assert ("signature_changed", "roborock.devices.traits.b01.q10.map.MapContentTrait") in found


def test_a_module_level_name_every_module_has_is_no_removal(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "__init__ = ['run']\n__doc__ = 'Demo.'\n\ndef run(): pass\n"}
    new = {"demo/__init__.py": "__all__ = ['run']\n\ndef run(): pass\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.__init__") not in found
    assert ("removed", "demo.__doc__") not in found


def test_a_module_level_dunder_no_module_has_by_itself_is_still_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "__init__ = ['run']\n__run_modes__ = ['fast']\n\ndef run(): pass\n"}
    new = {"demo/__init__.py": "def run(): pass\n"}
    assert ("removed", "demo.__run_modes__") in diffed(tmp_path, old, new)
