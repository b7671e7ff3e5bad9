"""Recall and precision on HTTP clients and servers, mocking, task queues and mail libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an attribute probed on a parameter annotated with a standard-library class that has it (`hasattr(transport,
# "set_protocol")` on an `asyncio.Transport`) is that class's API, no setting of a user's class --

_PROBE_OLD = (
    "import asyncio\nfrom asyncio import AbstractEventLoop\nfrom typing import Optional\n\n\n"
    "def start_tls(loop: 'Optional[AbstractEventLoop]', transport: asyncio.Transport, protocol, view):\n"
    "    if hasattr(transport, 'set_protocol'):\n        transport.set_protocol(protocol)\n"
    "    if hasattr(loop, 'call_soon_threadsafe'):\n        loop.call_soon_threadsafe(print)\n"
    "    return getattr(view, 'filter_fields', None)\n"
)
_PROBE_NEW = "def start_tls(loop, transport, protocol, view):\n    return (loop, transport, protocol, view)\n"


def test_a_standard_library_objects_own_attribute_probed_is_no_user_attribute(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/compat.py": _PROBE_OLD},
                   {"demo/__init__.py": "", "demo/compat.py": _PROBE_NEW})
    assert ("removed", "attr:set_protocol") not in found
    assert ("removed", "attr:call_soon_threadsafe") not in found  # a string annotation, `Optional[...]`, a from-import
    assert ("removed", "attr:filter_fields") in found  # an object of no declared type: a user's setting still


def test_aiosmtplib_2_does_not_claim_the_transport_probe_as_a_user_attribute() -> None:
    found = changes("aiosmtplib", "1.1.7", "2.0.0")
    assert ("removed", "attr:set_protocol") not in found
    assert ("removed", "aiosmtplib.esmtp.ESMTP") in found
    assert "parameter 'loop' removed" in found["signature_changed", "aiosmtplib.send"].detail
