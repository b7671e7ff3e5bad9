"""False claims found by hunt55d on generated SDK clients (Google Cloud GAPIC, Azure, Stainless/Speakeasy AI SDKs)
nobody tuned on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a coroutine function made a plain def returning a private class's instance that `await` takes --


def test_together_3_0_async_list_returns_an_awaitable_paginator() -> None:
    # 2.42's `async def list(...) -> EndpointListResponse`; 3.0's `def list(...) -> AsyncPaginator[Endpoint,
    # AsyncCursorPagination[Endpoint]]`, `together._base_client.AsyncPaginator` defining `__await__`
    found = changes("together", "2.42.0", "3.0.0")
    for path in (
        "together.resources.AsyncEndpointsResource.list",
        "together.resources.AsyncModelsResource.list",
        "together.resources.endpoints.AsyncAdaptersResource.list",
    ):
        assert NO_AWAIT not in (found["signature_changed", path].detail or "")
    # the siblings: the same methods' parameter changes
    assert "parameter 'mine' removed" in (found["signature_changed", ENDPOINTS].detail or "")
    assert "new required parameter 'deployment_id'" in (found["signature_changed", ADAPTERS].detail or "")


NO_AWAIT = "no longer a coroutine function"
ENDPOINTS = "together.resources.AsyncEndpointsResource.list"
ADAPTERS = "together.resources.endpoints.AsyncAdaptersResource.list"


PAGER = (
    "from typing import Any, Generator, Generic, TypeVar\n\nT = TypeVar('T')\n\n\n"
    "class AsyncPaginator(Generic[T]):\n"
    "    def __await__(self) -> Generator[Any, None, T]:\n        return self._get().__await__()\n\n"
    "    async def _get(self):\n        return 1\n\n\n"
    "class SyncPage(Generic[T]):\n    def __iter__(self):\n        return iter(())\n"
)
RES_OLD = (
    "class Res:\n    async def list(self) -> int:\n        return 1\n\n"
    "    async def pages(self) -> int:\n        return 1\n\n"
    "    async def get(self) -> int:\n        return 1\n"
)
RES_NEW = (
    "from ._base import AsyncPaginator, SyncPage\n\n\n"
    "class Res:\n    def list(self) -> AsyncPaginator[int]:\n        return AsyncPaginator()\n\n"
    "    def pages(self) -> SyncPage[int]:\n        return SyncPage()\n\n"
    "    def get(self) -> int:\n        return 1\n"
)


def test_private_generic_class_with_await_is_still_awaited(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from ._res import Res\n", "demo/_base.py": PAGER, "demo/_res.py": RES_OLD}
    new = {"demo/__init__.py": "from ._res import Res\n", "demo/_base.py": PAGER, "demo/_res.py": RES_NEW}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Res.list") not in found
    # the siblings: a private generic class without `__await__`, and a plain return value
    assert NO_AWAIT in (found["signature_changed", "demo.Res.pages"].detail or "")
    assert NO_AWAIT in (found["signature_changed", "demo.Res.get"].detail or "")
