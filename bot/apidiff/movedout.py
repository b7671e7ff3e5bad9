"""Modules a release stopped shipping that a distribution it requires now installs at the same path: dbt-core 1.8
dropped its `dbt/adapters/` package and requires dbt-adapters, whose wheel ships `dbt/adapters/`, so
`from dbt.adapters.factory import get_adapter` still works on a fresh install. What such a module holds is compared
with what the distribution's holds, not claimed gone wholesale; whether a distribution ships a path is read from its
files, never guessed from its name (arviz-stats installs `arviz_stats`, not `arviz.stats`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from bot.apidiff.model import Surface, Symbol
from bot.apidiff.requires import ships_no_code


def moved_seeds(new: Surface, old: Surface) -> list[str]:
    """The paths to ask the required distributions about: every module the old release had and the new one lacks,
    and every name such a module bound at its top level (classes and functions, not their members). A top-level
    package counts too: neptune-client 1.0 stopped shipping `neptune/` and requires the `neptune` distribution."""
    gone_modules = {path for path, symbol in old.symbols.items() if symbol.kind == "module" and path not in new.symbols}
    return sorted(
        path
        for path in old.symbols.keys() - new.symbols.keys()
        if path in gone_modules or path.rpartition(".")[0] in gone_modules
    )


class MovedOut:
    """What the dependencies' surfaces say of old paths a distribution the new release requires on every install
    now ships (their `bound` answers for the `moved_seeds` asked, their symbols for the classes found there); one
    required on some Pythons or platforms only leaves the path gone on the others."""

    def __init__(self, dependencies: Sequence[Surface], requires: Iterable[str]) -> None:
        self._names: dict[str, set[str]] = {}  # a module of a dependency -> the asked names it binds
        self._owner: dict[str, Surface] = {}
        self._symbols: dict[str, Symbol] = {}
        everywhere = _required_everywhere(requires)
        for dependency in dependencies:
            if canonicalize_name(dependency.package) not in everywhere:
                continue
            for module, names in dependency.bound.items():
                self._names.setdefault(module, set()).update(names)
                self._owner.setdefault(module, dependency)
            for path, symbol in dependency.symbols.items():
                self._symbols.setdefault(path, symbol)

    def verdict(self, path: str) -> bool | None:
        """True when the path, or the class or function holding it, is what a required distribution installs there:
        the dependency's, not gone (a member of such a class is the dependency's to keep or drop: no claim); False
        when its module is the dependency's, was asked for the name, and does not bind it; None when no dependency
        read answers for the path."""
        if path in self._names:
            return True  # a module of the distribution, asked about
        parts = path.split(".")
        for end in range(len(parts), 1, -1):
            prefix, parent, name = ".".join(parts[:end]), ".".join(parts[: end - 1]), parts[end - 1]
            if name in self._names.get(parent, ()) or prefix in self._symbols:
                return True
            if end == len(parts) and parent in self._names:
                return False
        return None

    def symbol(self, path: str) -> Symbol | None:
        """What the distribution installing the path defines there (its callables' parameters are then compared
        with the old release's: dbt-adapters' `dbt.adapters.factory.get_adapter`)."""
        return self._symbols.get(path)

    def lacking(self, path: str) -> Surface | None:
        """The dependency whose module, installed at the path's module, was asked for the name and lacks it."""
        parent = path.rpartition(".")[0]
        return self._owner.get(parent) if self.verdict(path) is False else None


def stands_in(new: Surface, dependencies: Sequence[Surface]) -> bool:
    """The new release ships no code of its own and every distribution it requires on every install was read: a fresh
    install of it is theirs (sagemaker 3.0 became a metapackage of sagemaker-core, -train, -serve and -mlops), so the
    old release's modules are compared with what they install at the same paths. One of them unread, nothing can be
    said of what it might install: the release stays one that cannot be compared."""
    required = _required_everywhere(new.requires)
    read = {canonicalize_name(dependency.package) for dependency in dependencies}
    return ships_no_code(new) and bool(required) and required <= read


def _required_everywhere(requires: Iterable[str]) -> set[str]:
    """The distributions of `requires` installed with the release whatever the interpreter or platform."""
    found: set[str] = set()
    for text in requires:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        if requirement.marker is None:
            found.add(canonicalize_name(requirement.name))
    return found
