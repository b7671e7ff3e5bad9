"""What a fresh install of a repository would pick for each watched package: resolvelib over PyPI metadata only.

The universe is the watched packages (and the repository's own requirements its caller adds): the repository's
requirements on them (bounded or not, lock pins as constraints) intersected with what those releases require of
each other. Nothing is built or
run; releases are read through an `Index` (the shell's PyPI metadata), markers for the default environment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from packaging.requirements import Requirement as Pep508
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version
from resolvelib import AbstractProvider, BaseReporter, ResolutionError, Resolver

from bot.deps.core_metadata import CoreMetadata, python_supported, runtime_requires

MAX_ROUNDS = 2000


@dataclass(frozen=True)
class Release:
    """One installable release as the index lists it."""

    version: Version
    yanked: bool = False
    requires_python: str | None = None


class Index(Protocol):
    """The releases and core metadata the resolver reads (the shell fetches them from PyPI)."""

    def releases(self, name: str) -> Sequence[Release]: ...

    def metadata(self, name: str, version: Version) -> CoreMetadata: ...


@dataclass(frozen=True)
class Wanted:
    """A requirement in the resolution: who asked (`None` for the repository itself) and for what."""

    name: str
    specifier: SpecifierSet
    parent: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A release the resolver may pick."""

    name: str
    version: Version


@dataclass(frozen=True)
class Resolution:
    """Per watched package, the version picked and the chain of packages that brought it in (root first)."""

    picked: dict[str, str] = field(default_factory=dict)
    chains: dict[str, tuple[str, ...]] = field(default_factory=dict)
    error: str | None = None
    """Why no fresh install is possible (then nothing is picked)."""
    requires: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per picked package, the watched packages its picked release requires."""
    required: dict[str, str] = field(default_factory=dict)
    """Per picked package, the specifier every requirement on it makes together: the repository's own and those of
    the releases picked (a requirement pinning `Flask==2.3.2` holds a fresh install there)."""

    def pulls_in(self, package: str, dependency: str) -> bool:
        """Whether installing `package` brings `dependency` in (through any chain of picked releases)."""
        seen: set[str] = set()
        stack = [package]
        while stack:
            for child in self.requires.get(stack.pop(), ()):
                if child == dependency:
                    return True
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return False


class _Provider(AbstractProvider):  # type: ignore[type-arg]
    def __init__(self, index: Index, universe: frozenset[str], constraints: Mapping[str, SpecifierSet]) -> None:
        self.index, self.universe, self.constraints = index, universe, constraints
        self._dependencies: dict[Candidate, list[Wanted]] = {}

    def identify(self, requirement_or_candidate: Wanted | Candidate) -> str:
        return requirement_or_candidate.name

    def get_preference(
        self, identifier: str, resolutions: Any, candidates: Any, information: Any, backtrack_causes: Any
    ) -> Any:
        return (identifier not in self.constraints, identifier)

    def find_matches(
        self, identifier: str, requirements: Mapping[str, Iterator[Wanted]], incompatibilities: Any
    ) -> list[Candidate]:
        specifier = SpecifierSet()
        for wanted in requirements[identifier]:
            specifier &= wanted.specifier
        specifier &= self.constraints.get(identifier, SpecifierSet())
        bad = {c.version for c in incompatibilities[identifier]}
        found = [
            Candidate(identifier, r.version)
            for r in self.index.releases(identifier)
            if not r.yanked
            and not r.version.is_prerelease
            and r.version not in bad
            and specifier.contains(r.version)
            and python_supported(r.requires_python)
        ]
        return sorted(found, key=lambda c: c.version, reverse=True)

    def is_satisfied_by(self, requirement: Wanted, candidate: Candidate) -> bool:
        return requirement.specifier.contains(candidate.version, prereleases=True)

    def get_dependencies(self, candidate: Candidate) -> list[Wanted]:
        if candidate not in self._dependencies:  # backtracking asks again: one metadata read per release
            metadata = self.index.metadata(candidate.name, candidate.version)
            self._dependencies[candidate] = list(_watched(runtime_requires(metadata), self.universe, candidate.name))
        return self._dependencies[candidate]


def _watched(requirements: Iterable[Pep508], universe: frozenset[str], parent: str | None) -> Iterator[Wanted]:
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        if name in universe and requirement.url is None:
            yield Wanted(name, requirement.specifier, parent)


def fresh_install(
    roots: Iterable[Pep508], index: Index, universe: Iterable[str], constraints: Mapping[str, SpecifierSet] = {}
) -> Resolution:
    """Resolve the repository's requirements (`roots`, markers already applied) within the watched `universe`."""
    watched = frozenset(canonicalize_name(n) for n in universe)
    limits: dict[str, SpecifierSet] = {
        canonicalize_name(k): v for k, v in constraints.items() if canonicalize_name(k) in watched
    }
    wanted = list(_watched(roots, watched, parent=None))
    if not wanted:
        return Resolution()
    resolver: Resolver[Wanted, Candidate, str] = Resolver(_Provider(index, watched, limits), BaseReporter())
    try:
        result = resolver.resolve(wanted, max_rounds=MAX_ROUNDS)
    except ResolutionError as e:
        return Resolution(error=f"no fresh install satisfies the requirements: {type(e).__name__}")
    picked = {name: str(candidate.version) for name, candidate in result.mapping.items()}
    requires = {name: tuple(sorted(c for c in result.graph.iter_children(name) if c is not None)) for name in picked}
    required = {name: str(_together(result.criteria[name].information)) for name in picked}
    return Resolution(picked=picked, chains=_chains(result.graph, picked), requires=requires, required=required)


def _together(information: Iterable[Any]) -> SpecifierSet:
    """The intersection of the specifiers of a criterion's requirements (resolvelib's `RequirementInformation`)."""
    together = SpecifierSet()
    for item in information:
        together &= item.requirement.specifier
    return together


def _chains(graph: Any, picked: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The shortest path from the repository (the graph's `None` root) to each picked package."""
    chains: dict[str, tuple[str, ...]] = {}
    frontier: list[tuple[str, ...]] = [(child,) for child in sorted(graph.iter_children(None))]
    while frontier:
        path = frontier.pop(0)
        if path[-1] in chains:
            continue
        chains[path[-1]] = path
        frontier += [(*path, child) for child in sorted(graph.iter_children(path[-1])) if child not in chains]
    return {name: chain for name, chain in chains.items() if name in picked}
