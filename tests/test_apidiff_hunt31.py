"""False claims found by hunt31 on releases nobody tuned on: each class on its pinned real example, on a synthetic
case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a plain def declared to return a coroutine, made `async def`: callers awaited it already --


def test_bokeh_3_10_directory_handler_callbacks_already_returned_coroutines() -> None:
    found = changes("bokeh", "3.9.2", "3.10.0")
    # 3.9.2: `def on_session_created(self, session_context) -> Coroutine[Any, Any, None]: return
    # self._lifecycle_handler.on_session_created(session_context)`; 3.10.0: `async def ... -> None: await ...`
    for name in ("on_session_created", "on_session_destroyed"):
        change = found.get(("signature_changed", f"bokeh.application.handlers.DirectoryHandler.{name}"))
        assert change is None or "sync_to_async" not in change.breakages
    # the release's true changes stay claimed
    assert ("removed", "bokeh.server.connection.ServerConnection.send_patch_document") in found


@pytest.mark.parametrize(
    "returns", ["Coroutine[Any, Any, None]", "Awaitable[int]", "asyncio.Future", "'Awaitable[None]'"]
)
def test_a_def_declared_to_return_an_awaitable_made_async_is_no_break(tmp_path: Path, returns: str) -> None:
    old = f"import asyncio\nfrom typing import Any, Awaitable, Coroutine\ndef fetch(url) -> {returns}:\n    return _get(url)\n"
    new = "async def fetch(url):\n    return await _get(url)\n"
    assert ("signature_changed", "demo.fetch") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize("returns", ["", " -> None", " -> int", " -> 'Response'"])
def test_a_plain_def_made_async_is_still_claimed(tmp_path: Path, returns: str) -> None:
    old = f"def fetch(url){returns}:\n    return _get(url)\n"
    new = "async def fetch(url):\n    return await _get(url)\n"
    change = diffed(tmp_path, old, new)["signature_changed", "demo.fetch"]
    assert "sync_to_async" in change.breakages
