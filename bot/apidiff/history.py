"""When did a symbol start warning? A search back through earlier releases' surfaces, the recent ones first."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence

from packaging.version import InvalidVersion, Version

from bot.apidiff.diff import was_deprecated
from bot.apidiff.model import Surface

MAX_SERIES_PROBES = 3
"""Feature releases tried, newest first, before the search gallops."""
SurfaceLoader = Callable[[str], Awaitable[Surface | None]]
"""version -> that release's surface (None when it cannot be analysed)."""


async def deprecated_since(
    symbols: Sequence[str], versions: Sequence[str], load: SurfaceLoader, at_hand: Collection[str] = ()
) -> dict[str, str]:
    """symbol -> the first of `versions` (ascending, the last one deprecating them all) from which it kept warning.

    Deprecations are assumed to stay until removal, so the answer is a boundary to search for. The releases
    `at_hand` (surfaces stored or in memory: no extraction) are bisected first to bracket it. Most deprecations
    arrive with a feature release, so the first release of the bracket top's series (2.3.0 for 2.3.8) and the one
    before it are tried next: two extractions when that is the boundary, two more per series further back (up to
    `MAX_SERIES_PROBES` series). Otherwise the search gallops back from the top (2, 4, 8... releases) before it
    bisects, so a symbol costs O(log d) extractions, d being how far back its deprecation goes. Deprecations are
    mostly recent, and recent releases share most files with the one already read (see `ModuleCache`), which makes
    them the cheap ones. Surfaces are shared between symbols through `load` (which should cache).
    """
    found: dict[str, str] = {}
    if not versions:
        return found
    last = len(versions) - 1
    for symbol in symbols:
        if not was_deprecated(await load(versions[last]), symbol):
            continue
        low, high = 0, last  # versions[high] warns; versions[low - 1] does not (or low is 0)
        hand = [index for index, version in enumerate(versions[:last]) if version in at_hand]
        while hand:
            middle = hand[len(hand) // 2]
            if was_deprecated(await load(versions[middle]), symbol):
                high, hand = middle, [index for index in hand if index < middle]
            else:
                low, hand = middle + 1, [index for index in hand if index > middle]
        for _ in range(MAX_SERIES_PROBES):
            start = _series_start(versions, low, high)
            if start is None:
                break
            if not was_deprecated(await load(versions[start]), symbol):
                low = start + 1
                break
            if start == low or not was_deprecated(await load(versions[start - 1]), symbol):
                low = high = start
                break
            high = start - 1
        top, step = high, 2
        while top - step >= low:
            probe = top - step
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


def _series(version: str) -> tuple[int, ...] | None:
    try:
        return Version(version).release[:2]
    except InvalidVersion:
        return None


def _series_start(versions: Sequence[str], low: int, high: int) -> int | None:
    """Index of the first release in `versions[low:high]` of `versions[high]`'s (major, minor) series; None when
    `versions[high]` starts it (or its version cannot be read)."""
    series = _series(versions[high])
    start = high
    while series is not None and start > low and _series(versions[start - 1]) == series:
        start -= 1
    return start if start < high and series is not None else None
