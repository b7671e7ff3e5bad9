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


PLOTLY = """
    0.2 0.3 0.4 0.5 0.5.1 0.5.2 0.5.3 0.5.4 0.5.5 0.5.6 0.5.7 0.5.8 0.5.9 0.5.10 0.5.11 0.5.12 0.5.13 1.0.0
    1.0.1 1.0.2 1.0.3 1.0.4 1.0.5 1.0.6 1.0.7 1.0.8 1.0.9 1.0.10 1.0.11 1.0.12 1.0.13 1.0.14 1.0.15 1.0.16
    1.0.17 1.0.18 1.0.19 1.0.20 1.0.21 1.0.22 1.0.23 1.0.24 1.0.25 1.0.26 1.0.27 1.0.28 1.0.29 1.0.30 1.0.31
    1.0.32 1.0.33 1.0.34 1.1.0 1.1.1 1.1.2 1.1.3 1.1.4 1.2.0 1.2.1 1.2.2 1.2.3 1.2.4 1.2.6 1.2.7 1.2.8 1.2.9
    1.3.0 1.3.1 1.3.2 1.4.0 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 1.4.7 1.4.9 1.4.10 1.4.11 1.4.12 1.4.13 1.4.14 1.5.0
    1.6.4 1.6.6 1.6.7 1.6.8 1.6.9 1.6.10 1.6.11 1.6.12 1.6.13 1.6.14 1.6.15 1.6.16 1.6.17 1.6.19 1.7.0 1.7.1
    1.7.2 1.7.3 1.7.4 1.7.5 1.7.6 1.7.7 1.7.9 1.8.0 1.8.1 1.8.2 1.8.3 1.8.4 1.8.5 1.8.6 1.8.8 1.8.11 1.8.12
    1.9.0 1.9.1 1.9.2 1.9.3 1.9.4 1.9.5 1.9.6 1.9.7 1.9.8 1.9.9 1.9.10 1.9.11 1.9.12 1.9.13 1.10.0 1.11.0 1.12.0
    1.12.1 1.12.2 1.12.3 1.12.4 1.12.5 1.12.6 1.12.7 1.12.8 1.12.9 1.12.10 1.12.11 1.12.12 1.13.0 2.0.0 2.0.1
    2.0.2 2.0.5 2.0.6 2.0.7 2.0.8 2.0.9 2.0.10 2.0.11 2.0.12 2.0.13 2.0.14 2.0.15 2.0.16 2.1.0 2.2.0 2.2.1 2.2.2
    2.2.3 2.3.0 2.4.0 2.4.1 2.5.0 2.5.1 2.6.0 2.7.0 3.0.0 3.0.2 3.1.0 3.1.1 3.2.0 3.2.1 3.3.0 3.4.0 3.4.1 3.4.2
    3.5.0 3.6.0 3.6.1 3.7.0 3.7.1 3.8.0 3.8.1 3.9.0 3.10.0 4.0.0 4.1.0 4.1.1 4.2.0 4.2.1 4.3.0 4.4.0 4.4.1 4.5.0
    4.5.1 4.5.2 4.5.3 4.5.4 4.6.0 4.7.0 4.7.1 4.8.0 4.8.1 4.8.2 4.9.0 4.10.0 4.11.0 4.12.0 4.13.0 4.14.0 4.14.1
    4.14.2 4.14.3 5.0.0 5.1.0 5.2.1 5.2.2 5.3.0 5.3.1 5.4.0 5.5.0 5.6.0 5.7.0 5.8.0 5.8.1 5.8.2 5.9.0 5.10.0
    5.11.0 5.12.0 5.13.0 5.13.1 5.14.0 5.14.1 5.15.0 5.16.0 5.16.1 5.17.0 5.18.0 5.19.0 5.20.0 5.21.0 5.22.0
    5.23.0 5.24.0 5.24.1 6.0.0 6.0.1 6.1.0 6.1.1 6.1.2 6.2.0 6.3.0 6.3.1 6.4.0 6.5.0 6.5.1 6.5.2 6.6.0 6.7.0
    6.8.0 6.9.0
""".split()
"""plotly's final releases up to 6.9.0 (PyPI, yanked ones left out): the history `deprecated_since` searches."""
PLOTLY_FIRST_WARNINGS = {
    **dict.fromkeys(["choropleth_mapbox", "density_mapbox", "line_mapbox", "scatter_mapbox"], "6.0.0"),
    **dict.fromkeys(["create_annotated_heatmap", "create_choropleth", "create_gantt"], "5.5.0"),
    **dict.fromkeys(
        ["create_2d_density", "create_bullet", "create_candlestick", "create_ohlc", "create_violin"], "4.4.0"
    ),
    "create_hexbin_mapbox": "6.4.0",
}
"""What the unbounded search answered for plotly 7.0.0's removals (figure_factory's and express's names)."""


async def test_plotly_7_history_search_is_bounded_and_keeps_its_recent_answers() -> None:
    first = PLOTLY_FIRST_WARNINGS
    loaded: list[str] = []

    async def load(version: str) -> Surface | None:
        loaded.append(version)
        index = PLOTLY.index(version)
        symbols = {
            name: Symbol(name, "function", target=name, deprecated="old" if index >= PLOTLY.index(since) else None)
            for name, since in first.items()
        }
        return Surface("plotly", version, symbols)

    found = await deprecated_since(sorted(first), PLOTLY, load, at_hand={"6.9.0"})
    # 23 releases back to 1.12.8 (and 144 loads) before; now 16, each loaded once
    assert len(set(loaded) - {"6.9.0"}) == MAX_HISTORY_EXTRACTIONS and len(loaded) == len(set(loaded))
    assert found == {name: since for name, since in first.items() if since != "4.4.0"}
    assert min(loaded, key=PLOTLY.index) == "4.5.4"  # plotly 1.x-4.4 (the costliest, least shared) not read
    unbounded = await deprecated_since(sorted(first), PLOTLY, load, at_hand={"6.9.0"}, budget=len(PLOTLY))
    assert unbounded == first
