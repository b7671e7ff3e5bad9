"""hunt57c: classes found sweeping image processing, computer vision and medical imaging libraries."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a wrapper handing `*args, **kwargs` on whole to a callable taking nothing took nothing itself: kornia 0.9's
# `get_mps_device_if_available()` spelling that out removed no parameter (the empty tuple read as "unknown") --

_EMPTY_CALLEE_OLD = {
    "demo/__init__.py": """from demo.core import device as _device


def device(*args, **kwargs):
    return _device(*args, **kwargs)


def sized(*args, **kwargs):
    return _device(*args, **kwargs)
""",
    "demo/core.py": "def device():\n    return 1\n",
}
_EMPTY_CALLEE_NEW = {
    "demo/__init__.py": """from demo.core import device as _device


def device():
    return _device()


def sized(size=0):
    return _device()
""",
    "demo/core.py": "def device():\n    return 1\n",
}


def test_a_pass_through_to_a_callable_taking_nothing_took_nothing(tmp_path: Path) -> None:
    found = diffed(tmp_path, _EMPTY_CALLEE_OLD, _EMPTY_CALLEE_NEW)
    assert ("signature_changed", "demo.device") not in found
    assert ("signature_changed", "demo.sized") not in found  # a new optional parameter takes nothing away
    taking = {**_EMPTY_CALLEE_OLD, "demo/core.py": "def device(index=0):\n    return index\n"}
    lost = diffed(tmp_path / "taking", taking, _EMPTY_CALLEE_NEW)
    assert "'index' removed" in lost[("signature_changed", "demo.device")].detail  # what the callee took is lost
    assert "'index' removed" in lost[("signature_changed", "demo.sized")].detail


def test_kornia_0_9_deprecated_device_helpers_lose_no_parameter() -> None:
    found = changes("kornia", "0.8.3", "0.9.0")
    for name in ("get_cuda_or_mps_device_if_available", "get_mps_device_if_available", "xla_is_available"):
        assert ("signature_changed", f"kornia.{name}") not in found, name
    assert "'x' removed" in found[("signature_changed", "kornia.enhance.normalize_min_max")].detail  # renamed
