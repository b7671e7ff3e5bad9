"""Bounded work: the `deprecated_since` search of a diff whose removals were deprecated at many points of a long
history (plotly 6.9.0 -> 7.0.0: thirteen symbols, four boundaries from 4.4.0 to 6.4.0 among 270 releases) loaded
23 earlier releases, each a whole extraction, and every symbol loaded its probes again: minutes per diff."""

from __future__ import annotations

from bot.apidiff.history import MAX_HISTORY_EXTRACTIONS, SurfaceLoader, deprecated_since
from bot.apidiff.model import Surface, Symbol

VERSIONS = [f"{major}.{minor}.{patch}" for major in range(1, 7) for minor in range(12) for patch in range(4)]
"""288 releases, four per feature release, like a long-lived library's history."""


def _boundaries() -> dict[str, str]:
    """plotly 7.0.0's pattern: one recent deprecation, more from further back, five from long ago (each with a
    feature release, as most are)."""
    firsts = ["6.10.0"] + ["6.4.0"] * 4 + ["5.6.0"] * 3 + ["3.0.0"] * 5
    return {f"pkg.f{number}": since for number, since in enumerate(firsts)}


def _loader(first: dict[str, str], loaded: list[str]) -> SurfaceLoader:
    async def load(version: str) -> Surface | None:
        loaded.append(version)
        index = VERSIONS.index(version)
        symbols = {
            name: Symbol(name, "function", target=name, deprecated="old" if _warns(index, since) else None)
            for name, since in first.items()
        }
        return Surface("pkg", version, symbols)

    return load


def _warns(index: int, since: str) -> bool:
    return since in VERSIONS and index >= VERSIONS.index(since)


async def test_many_deep_deprecations_extract_a_bounded_number_of_releases() -> None:
    first, loaded = _boundaries(), []
    found = await deprecated_since(sorted(first), VERSIONS, _loader(first, loaded), at_hand={VERSIONS[-1]})
    assert len(set(loaded) - {VERSIONS[-1]}) <= MAX_HISTORY_EXTRACTIONS
    assert all(first[symbol] == since for symbol, since in found.items())  # what is answered is right
    # the recent deprecations (cheap: recent releases share files) are still dated; the oldest are left unknown
    assert {symbol for symbol in first if first[symbol].startswith("6.")} <= set(found)


async def test_each_release_is_loaded_once_for_all_symbols() -> None:
    first = {f"pkg.f{number}": VERSIONS[200 + number % 3] for number in range(40)}
    loaded: list[str] = []
    found = await deprecated_since(sorted(first), VERSIONS, _loader(first, loaded), at_hand=set(VERSIONS[::7]))
    assert found == first
    assert len(loaded) == len(set(loaded))  # a stored surface is megabytes of JSON to read again


async def test_releases_at_hand_are_not_counted_against_the_budget() -> None:
    first, loaded = _boundaries(), []
    found = await deprecated_since(sorted(first), VERSIONS, _loader(first, loaded), at_hand=set(VERSIONS))
    assert found == first


async def test_the_joint_search_dates_each_symbol_as_its_own_search_would() -> None:
    first = _boundaries() | {"pkg.never": "9.0.0", "pkg.oldest": VERSIONS[0]}  # 9.0.0: never warns
    for hand in (set(), set(VERSIONS[::5])):
        found = await deprecated_since(sorted(first), VERSIONS, _loader(first, []), hand, budget=len(VERSIONS))
        for symbol in first:
            alone = await deprecated_since([symbol], VERSIONS, _loader(first, []), hand, budget=len(VERSIONS))
            expected = first[symbol] if first[symbol] in VERSIONS else None
            assert found.get(symbol) == alone.get(symbol) == expected, symbol
        assert "pkg.never" not in found
