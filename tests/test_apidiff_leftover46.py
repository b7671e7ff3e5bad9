"""False claims the last hunts left alone, taken up by leftover46: each class on its pinned real example, on a
synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a package stub read in place of a source filling its names: the runtime twins in its submodules decide --


def test_pyzmq_backend_stub_rewrite_claims_nothing_the_runtime_classes_kept() -> None:
    # 27.2's `zmq/backend/__init__.pyi` renames `url` to `addr`, drops `Frame.copy_fast` (the runtime spells it
    # `fast_copy` in both), makes `Frame.buffer` a property (it always was one in `zmq/backend/cython/_zmq.py`)
    found = changes("pyzmq", "27.1.0", "27.2.0")
    for kind, path in (
        ("removed", "zmq.backend.Frame.copy_fast"),
        ("removed", "zmq.backend.Context.socket"),
        ("signature_changed", "zmq.backend.Socket.bind"),
        ("signature_changed", "zmq.backend.Socket"),
        ("signature_changed", "zmq.backend.Frame.buffer"),
        ("signature_changed", "zmq.Socket.set"),
        ("signature_changed", "zmq.Context.set"),
        ("signature_changed", "zmq.strerror"),
    ):
        assert (kind, path) not in found
    assert not [c for c in found.values() if c.symbol.startswith("zmq.backend.Frame.")]


_FILL = "from .select import names\nglobals().update(names())\n"
_SELECT = "def names():\n    from . import impl\n    return {'Frame': impl.Frame, 'version': impl.version}\n"
_IMPL = """class Frame:
    def fast_copy(self):
        return self

    def close(self):
        pass

    def send(self, data, flags=0):
        pass


def version(full=False):
    return ""
"""
_STUB_OLD = """class Frame:
    def copy_fast(self) -> Frame: ...
    def close(self) -> None: ...
    def send(self, data: bytes, flags: int = ...) -> None: ...

def version(full: bool = ...) -> str: ...
def helper() -> None: ...
"""
_STUB_NEW = """class Frame:
    def fast_copy(self) -> Frame: ...
    def send(self, data: bytes) -> None: ...

def version() -> str: ...
"""


def _backend(stub: str, impl: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/backend/__init__.py": _FILL,
        "demo/backend/__init__.pyi": stub,
        "demo/backend/select.py": _SELECT,
        "demo/backend/impl.py": impl,
    }


def test_a_package_stub_change_its_runtime_twin_does_not_show_is_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, _backend(_STUB_OLD, _IMPL), _backend(_STUB_NEW, _IMPL))
    assert ("removed", "demo.backend.Frame.copy_fast") not in found  # never a runtime member
    assert ("removed", "demo.backend.Frame.close") not in found  # still one
    assert ("signature_changed", "demo.backend.Frame.send") not in found
    assert ("signature_changed", "demo.backend.version") not in found
    assert ("removed", "demo.backend.helper") in found  # no runtime twin: the stub is all there is


def test_a_package_stub_change_its_runtime_twin_shows_stays_claimed(tmp_path: Path) -> None:
    impl = _IMPL.replace("    def close(self):\n        pass\n\n", "").replace(", flags=0", "")
    impl = impl.replace("def version(full=False)", "def version()")
    found = diffed(tmp_path, _backend(_STUB_OLD, _IMPL), _backend(_STUB_NEW, impl))
    assert ("removed", "demo.backend.Frame.close") in found
    assert ("signature_changed", "demo.backend.Frame.send") in found
    assert ("signature_changed", "demo.backend.version") in found
    assert ("removed", "demo.backend.Frame.copy_fast") not in found
