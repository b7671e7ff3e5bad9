"""When did a symbol start warning? A binary search back through earlier releases' surfaces."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from bot.apidiff.diff import was_deprecated
from bot.apidiff.model import Surface

SurfaceLoader = Callable[[str], Awaitable[Surface | None]]
"""version -> that release's surface (None when it cannot be analysed)."""


async def deprecated_since(symbols: Sequence[str], versions: Sequence[str], load: SurfaceLoader) -> dict[str, str]:
    """symbol -> the first of `versions` (ascending, the last one deprecating them all) from which it kept warning.

    Deprecations are assumed to stay until removal, so each symbol costs O(log n) surfaces, shared between symbols
    through `load` (which should cache).
    """
    found: dict[str, str] = {}
    if not versions:
        return found
    for symbol in symbols:
        low, high = 0, len(versions) - 1
        last = await load(versions[high])
        if not was_deprecated(last, symbol):
            continue
        while low < high:
            middle = (low + high) // 2
            if was_deprecated(await load(versions[middle]), symbol):
                high = middle
            else:
                low = middle + 1
        found[symbol] = versions[low]
    return found
