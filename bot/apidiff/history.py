"""When did a symbol start warning? A search back through earlier releases' surfaces, the recent ones first."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from bot.apidiff.diff import was_deprecated
from bot.apidiff.model import Surface

SurfaceLoader = Callable[[str], Awaitable[Surface | None]]
"""version -> that release's surface (None when it cannot be analysed)."""


async def deprecated_since(symbols: Sequence[str], versions: Sequence[str], load: SurfaceLoader) -> dict[str, str]:
    """symbol -> the first of `versions` (ascending, the last one deprecating them all) from which it kept warning.

    Deprecations are assumed to stay until removal, so each symbol costs O(log d) surfaces, d being how far back
    its deprecation goes: the search gallops back from the last release (2, 4, 8... releases) before it bisects,
    because deprecations are mostly recent and recent releases share most files with the one already read (see
    `ModuleCache`), which makes them the cheap ones. Surfaces are shared between symbols through `load` (which
    should cache).
    """
    found: dict[str, str] = {}
    if not versions:
        return found
    last = len(versions) - 1
    for symbol in symbols:
        if not was_deprecated(await load(versions[last]), symbol):
            continue
        low, high, step = 0, last, 2
        while step <= last:  # versions[high] warns; versions[low - 1] does not (or low is 0)
            probe = last - step
            if not was_deprecated(await load(versions[probe]), symbol):
                low = probe + 1
                break
            high, step = probe, step * 2
        while low < high:
            middle = (low + high) // 2
            if was_deprecated(await load(versions[middle]), symbol):
                high = middle
            else:
                low = middle + 1
        found[symbol] = versions[low]
    return found
