"""Property tests: `has_upper_bound` and `admits` agree with packaging's own semantics on generated specifiers."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from packaging.specifiers import Specifier, SpecifierSet
from packaging.version import Version

from bot.deps import admits, has_upper_bound

_releases = st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=3).map(
    lambda parts: ".".join(map(str, parts)))
_pre = st.sampled_from(["", "", "", "a1", "b2", "rc1", ".post1", ".dev0"])
versions = st.builds(lambda release, pre: release + pre, _releases, _pre)


@st.composite
def specifiers(draw: st.DrawFn) -> str:
    operator = draw(st.sampled_from(["<", "<=", ">", ">=", "==", "!=", "~=", "==="]))
    version = draw(versions)
    if operator in ("==", "!=") and draw(st.booleans()):
        return f"{operator}{draw(_releases)}.*"
    if operator == "~=":
        return f"~={draw(st.lists(st.integers(0, 12), min_size=2, max_size=3).map(lambda p: '.'.join(map(str, p))))}"
    return f"{operator}{version}"


specifier_sets = st.lists(specifiers(), min_size=0, max_size=4).map(lambda specs: SpecifierSet(",".join(specs)))


def _largest_major(specs: SpecifierSet) -> int:
    majors = [int(re.match(r"\d+", spec.version).group()) for spec in specs]  # type: ignore[union-attr]
    return max(majors, default=0)


@given(specifier_sets)
def test_has_upper_bound_iff_a_far_larger_final_version_is_excluded(specs: SpecifierSet) -> None:
    far = Version(f"{_largest_major(specs) + 100}.0")
    assert has_upper_bound(specs) is (not specs.contains(far, prereleases=True))


@given(specifier_sets, versions)
def test_admits_matches_each_specifier_and_the_prerelease_rule(specs: SpecifierSet, version: str) -> None:
    parsed = Version(version)
    names_prerelease = any(Specifier(str(spec)).prereleases for spec in specs)
    every = all(spec.contains(parsed, prereleases=True) for spec in specs)
    expected = every and (not parsed.is_prerelease or names_prerelease)
    assert admits(specs, version) is expected


@given(specifier_sets, versions)
def test_admits_equals_packaging_default_for_final_versions(specs: SpecifierSet, version: str) -> None:
    if not Version(version).is_prerelease:
        assert admits(specs, version) is (version in specs)
