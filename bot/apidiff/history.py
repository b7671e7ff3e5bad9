"""When did a symbol start warning? A search back through earlier releases' surfaces, the recent ones first."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence

from packaging.version import InvalidVersion, Version

from bot.apidiff.diff import was_deprecated
from bot.apidiff.model import Surface

MAX_SERIES_PROBES = 3
"""Feature releases tried, newest first, before the search gallops."""
MAX_HISTORY_EXTRACTIONS = 16
"""Releases not at hand one search may load in all, each a whole extraction (seconds for a large release): a
symbol's gallop and bisection through 250 releases. Symbols deprecated at many different points of a long history
(plotly 7.0.0's thirteen removals: 23 extractions of 1.x-6.x releases) would otherwise cost minutes per diff."""
SurfaceLoader = Callable[[str], Awaitable[Surface | None]]
"""version -> that release's surface (None when it cannot be analysed)."""
Warned = dict[int, set[str]]
"""index of a loaded release -> the symbols (still searched when it was loaded) that warn in it."""


async def deprecated_since(
    symbols: Sequence[str],
    versions: Sequence[str],
    load: SurfaceLoader,
    at_hand: Collection[str] = (),
    budget: int = MAX_HISTORY_EXTRACTIONS,
) -> dict[str, str]:
    """symbol -> the first of `versions` (ascending, the last one deprecating them all) from which it kept warning.

    Deprecations are assumed to stay until removal, so the answer is a boundary to search for. The releases
    `at_hand` (surfaces stored or in memory: no extraction) are bisected first to bracket it. Most deprecations
    arrive with a feature release, so the first release of the bracket top's series (2.3.0 for 2.3.8) and the one
    before it are tried next: two extractions when that is the boundary, two more per series further back (up to
    `MAX_SERIES_PROBES` series). Otherwise the search gallops back from the top (2, 4, 8... releases) before it
    bisects, so a symbol costs O(log d) extractions, d being how far back its deprecation goes. Deprecations are
    mostly recent, and recent releases share most files with the one already read (see `ModuleCache`), which makes
    them the cheap ones.

    The symbols are searched together: each release is loaded once and answers for all of them, releases at hand
    first, then the newest release any search asks for. At most `budget` releases not at hand are loaded: the
    symbols still searching then are left out (their `deprecated_since` unknown), the ones whose deprecation goes
    back furthest, so a diff's cost stays bounded however many symbols its history search has.
    """
    found: dict[str, str] = {}
    if not versions:
        return found
    hand = [index for index, version in enumerate(versions[:-1]) if version in at_hand]
    warning: Warned = {}
    searching = list(dict.fromkeys(symbols))
    extracted = 0
    while searching:
        asked: dict[int, bool] = {}  # index -> whether loading it needs no extraction
        still = []
        for symbol in searching:
            done, index = _search(symbol, versions, hand, warning)
            if not done:
                asked[index] = versions[index] in at_hand
                still.append(symbol)
            elif index >= 0:
                found[symbol] = versions[index]
        searching = still
        free = [index for index, ready in asked.items() if ready]
        if not free and extracted >= budget:
            break
        for index in free or [max(asked, default=-1)]:
            if index < 0:
                break
            extracted += 0 if asked[index] else 1
            surface = await load(versions[index])
            warning[index] = {symbol for symbol in searching if was_deprecated(surface, symbol)}
    return found


def _search(symbol: str, versions: Sequence[str], hand: list[int], warning: Warned) -> tuple[bool, int]:
    """Replay `symbol`'s search over the releases loaded so far: (True, the index of its first warning release, or
    -1 when the last one does not warn), else (False, the index of the release it needs next)."""
    last = len(versions) - 1
    if last not in warning:
        return False, last
    if symbol not in warning[last]:
        return True, -1
    low, high = 0, last  # versions[high] warns; versions[low - 1] does not (or low is 0)
    first, end = 0, len(hand)  # hand[first:end]: the releases at hand still inside the bracket (sorted)
    while first < end:
        cut = first + (end - first) // 2
        middle = hand[cut]
        if middle not in warning:
            return False, middle
        if symbol in warning[middle]:
            high, end = middle, cut
        else:
            low, first = middle + 1, cut + 1
    for _ in range(MAX_SERIES_PROBES):
        start = _series_start(versions, low, high)
        if start is None:
            break
        if start not in warning:
            return False, start
        if symbol not in warning[start]:
            low = start + 1
            break
        if start == low:
            low = high = start
            break
        if start - 1 not in warning:
            return False, start - 1
        if symbol not in warning[start - 1]:
            low = high = start
            break
        high = start - 1
    top, step = high, 2
    while top - step >= low:
        probe = top - step
        if probe not in warning:
            return False, probe
        if symbol not in warning[probe]:
            low = probe + 1
            break
        high, step = probe, step * 2
    while low < high:
        middle = (low + high) // 2
        if middle not in warning:
            return False, middle
        if symbol in warning[middle]:
            high = middle
        else:
            low = middle + 1
    return True, low


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
