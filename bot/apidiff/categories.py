"""The warning categories and helpers that announce a deprecation in one distribution."""

from __future__ import annotations

from collections.abc import Mapping

from bot.apidiff.deprecation import DEPRECATION_CATEGORIES
from bot.apidiff.raw import RawAttribute, RawCallable, RawClass, RawModule


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


def held_warnings(modules: Mapping[str, RawModule]) -> dict[str, str]:
    """Module global -> the class of the warning it holds (`INSTANCE_COLLECTOR = PytestRemovedIn8Warning("...")` in
    pytest 7's `_pytest.deprecated`), for `warnings.warn(INSTANCE_COLLECTOR)` anywhere in the distribution; a name
    bound to different classes in different modules is left out (which one a warning names is unknown)."""
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for raw in modules.values():
        for name, bindings in raw.bindings.items():
            for binding in bindings:
                made = binding.instance_of if isinstance(binding, RawAttribute) else None
                if made is None or not made.endswith("Warning"):
                    continue
                category = made.rsplit(".", 1)[-1]
                if found.setdefault(name, category) != category:
                    ambiguous.add(name)
    return {name: category for name, category in found.items() if name not in ambiguous}
