"""The warning categories and helpers that announce a deprecation in one distribution."""

from __future__ import annotations

from collections.abc import Mapping

from bot.apidiff.deprecation import DEPRECATION_CATEGORIES
from bot.apidiff.raw import RawCallable, RawClass, RawModule


def deprecation_categories(modules: Mapping[str, RawModule]) -> frozenset[str]:
    """The standard deprecation warnings plus every class of the distribution that subclasses one."""
    known = set(DEPRECATION_CATEGORIES)
    classes = [(name, bases) for raw in modules.values() for name, bases in raw.warning_classes.items()]
    grew = True
    while grew:
        grew = False
        for name, bases in classes:
            if name not in known and known.intersection(bases):
                known.add(name)
                grew = True
    return frozenset(known)


def callables(modules: Mapping[str, RawModule]) -> list[RawCallable]:
    """Every function and method of the distribution."""
    found: list[RawCallable] = []
    for raw in modules.values():
        for bindings in raw.bindings.values():
            for binding in bindings:
                if isinstance(binding, RawCallable):
                    found.append(binding)
                elif isinstance(binding, RawClass):
                    found.extend(m for m in binding.members.values() if isinstance(m, RawCallable))
    return found
