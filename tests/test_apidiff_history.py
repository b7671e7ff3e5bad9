"""`deprecated_since` tries the feature release first: most deprecations arrive with one."""

from __future__ import annotations

from bot.apidiff.history import deprecated_since
from bot.apidiff.model import Surface, Symbol

VERSIONS = [*(f"2.2.{patch}" for patch in range(4)), *(f"2.3.{patch}" for patch in range(9))]


async def _search(first_warning: str) -> tuple[dict[str, str], list[str]]:
    loaded: list[str] = []

    async def load(version: str) -> Surface | None:
        loaded.append(version)
        warns = VERSIONS.index(version) >= VERSIONS.index(first_warning)
        return Surface("pkg", version, {"pkg.f": Symbol("pkg.f", "function", target="pkg.f",
                                                        deprecated="old" if warns else None)})

    return await deprecated_since(["pkg.f"], VERSIONS, load), loaded


async def test_a_deprecation_from_the_feature_release_costs_two_extractions() -> None:
    found, loaded = await _search("2.3.0")
    assert found == {"pkg.f": "2.3.0"} and sorted(set(loaded)) == ["2.2.3", "2.3.0", "2.3.8"]


async def test_a_deprecation_from_an_earlier_feature_release_costs_two_more() -> None:
    found, loaded = await _search("2.2.0")
    assert found == {"pkg.f": "2.2.0"} and sorted(set(loaded)) == ["2.2.0", "2.2.3", "2.3.0", "2.3.8"]


async def test_deprecations_from_a_patch_or_an_older_series_are_still_found() -> None:
    for first in VERSIONS:
        found, _ = await _search(first)
        assert found == {"pkg.f": first}, first
