"""Lead, thirty-fourth stop: a rename advised only when one new parameter is likest to the old one."""

from __future__ import annotations

from pathlib import Path

from bot.changes import SignatureDelta
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an old keyword split into two new ones equally alike (aiomqtt 2.0's `max_queued_messages` became
# `max_queued_incoming_messages` and `max_queued_outgoing_messages`): removed, with no new name advised --

_OLD = "def connect(host, *, max_queued_messages=0, keepalive=60):\n    pass\n"


def _connect_delta(tmp_path: Path, new: str) -> SignatureDelta:
    signature = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": new})[
        ("signature_changed", "demo.connect")
    ].signature
    assert signature is not None
    return signature


def test_an_old_keyword_split_into_two_equally_alike_names_is_removed_not_renamed(tmp_path: Path) -> None:
    new = "def connect(host, *, max_queued_incoming_messages=0, max_queued_outgoing_messages=0, keepalive=60):\n    pass\n"
    signature = _connect_delta(tmp_path, new)
    assert signature.removed == ("max_queued_messages",)
    assert signature.renamed == ()


def test_the_likest_of_several_alike_new_names_is_the_rename(tmp_path: Path) -> None:
    new = "def connect(host, *, max_queued_incoming_messages=0, max_queued_message=0, keepalive=60):\n    pass\n"
    assert _connect_delta(tmp_path, new).renamed == (("max_queued_messages", "max_queued_message"),)


def test_aiomqtt_2_0_advises_no_queue_for_max_queued_messages() -> None:
    found = changes("aiomqtt", "1.2.1", "2.0.0")
    signature = found[("signature_changed", "aiomqtt.Client")].signature
    assert signature is not None
    assert "max_queued_messages" in signature.removed
    assert all(old != "max_queued_messages" for old, _ in signature.renamed)
