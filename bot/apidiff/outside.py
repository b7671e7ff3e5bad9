"""Members a class gets from ancestors outside its distribution: the standard library, or the surfaces of the
dependencies the release requires (extracted the same way). Unknown stays unknown: no removal is claimed then."""

from __future__ import annotations

from collections.abc import Sequence

from bot.apidiff.model import Surface, Symbol
from bot.apidiff.stdlib import is_stdlib, is_stdlib_module, stdlib_module_has, stdlib_provides

MAX_OUTSIDE_DEPTH = 64
"""Classes and names followed up one ancestry outside the distribution: a hostile dependency may chain thousands."""


class Outside:
    """Looks members up on classes of other distributions."""

    def __init__(self, dependencies: Sequence[Surface] = ()) -> None:
        self.dependencies = dependencies
        self._by_target: dict[str, Symbol] | None = None

    def _class(self, dotted: str) -> tuple[Surface, Symbol] | None:
        for surface in self.dependencies:
            found = surface.symbols.get(dotted)
            if found is not None and found.kind == "class":
                return surface, found
        for surface in self.dependencies:
            for symbol in surface.symbols.values():  # a private module's class, reached by its definition path
                if symbol.kind == "class" and symbol.target == dotted:
                    return surface, symbol
        return None

    def provides(self, base: str, member: str, seen: frozenset[str] = frozenset()) -> bool | None:
        """True when the outside class `base` has `member`, False when it surely has not, None when unknown. `seen`:
        the classes and names asked about on the way here: a dependency's names may lead back to one (datasets 2.16's
        dependencies bind a name among its own alternatives), which is unknown, not an endless recursion."""
        if base == "object" or is_stdlib(base):
            return stdlib_provides(base, member)
        if base in seen or len(seen) > MAX_OUTSIDE_DEPTH:
            return None
        found = self._class(base)
        if found is None:
            return self._either_provides(base, member, seen | {base})
        surface, cls = found
        if f"{cls.path}.{member}" in surface.symbols:
            return True
        seen = seen | {base}
        answers = [self.provides(ancestor, member, seen) for ancestor in cls.external_bases]
        if any(answers):
            return True
        return False if all(answer is False for answer in answers) else None

    def serves_unspelled(self, base: str, seen: frozenset[str] = frozenset()) -> bool:
        """The outside class `base`, or an ancestor of it outside, has a `__getattr__` that may serve names it does not
        spell (pydicom's `Dataset` answers its elements' keywords): read, and so known."""
        found = self._class(base) if base not in seen and len(seen) <= MAX_OUTSIDE_DEPTH else None
        if found is None:
            return False
        seen = seen | {base}
        return found[1].dynamic or any(self.serves_unspelled(ancestor, seen) for ancestor in found[1].external_bases)

    def unresolved(self, base: str, seen: frozenset[str] = frozenset()) -> list[str]:
        """The classes on `base`'s ancestry outside that no dependency read (`base` itself when unread): where an
        unknown member lookup stopped (sb3-contrib's policies derive from stable-baselines3's `BasePolicy`, read, whose
        `torch.nn.Module` is not)."""
        if base == "object" or is_stdlib(base) or base in seen or len(seen) > MAX_OUTSIDE_DEPTH:
            return []
        found = self._class(base)
        if found is None:
            return [base]
        return [name for ancestor in found[1].external_bases for name in self.unresolved(ancestor, seen | {base})]

    def _either_provides(self, dotted: str, member: str, seen: frozenset[str]) -> bool | None:
        """For a name a dependency binds to one class or another depending on where it runs (see
        `Symbol.alternatives`): False when none of them has `member`. beanie 2.0's `Document` derives from
        lazy-model's `LazyModel`, its pydantic-1 or its pydantic-2 class: `Document.get_motor_collection`, which
        neither has, was never said removed."""
        found = next((s.symbols[dotted] for s in self.dependencies if dotted in s.symbols), None)
        if found is None or not found.alternatives:
            return None
        answers = [self.provides(way, member, seen) for way in found.alternatives]
        if any(answers):
            return True
        return False if all(answer is False for answer in answers) else None

    def module_binds(self, module: str, name: str) -> bool | None:
        """Whether the outside module `module` has the attribute `name`; None when no dependency read it."""
        if is_stdlib_module(module):
            return stdlib_module_has(module, name)
        for surface in self.dependencies:
            if module in surface.bound:
                return name in surface.bound[module]
        return None

    def abstract_member(self, cls: Symbol, member: str) -> bool | None:
        """Whether the `member` the class gets from its ancestors outside is abstract there: False when none has it or
        the first that has it defines it, True when it is abstract there, None when unknown."""
        for base in cls.external_bases:
            answer = self._abstract_on(base, member, frozenset())
            if answer is not False:
                return answer
        return False

    def _abstract_on(self, base: str, member: str, seen: frozenset[str]) -> bool | None:
        if base == "object" or is_stdlib(base):
            return None if stdlib_provides(base, member) else False  # the standard library's: abstract or not
        found = self._class(base) if base not in seen and len(seen) <= MAX_OUTSIDE_DEPTH else None
        if found is None:
            return None
        surface, cls = found
        symbol = surface.symbols.get(f"{cls.path}.{member}")
        if symbol is not None:
            return symbol.abstract
        for ancestor in cls.external_bases:
            answer = self._abstract_on(ancestor, member, seen | {base})
            if answer is not False:
                return answer
        return False

    def member_source(self, cls: Symbol, member: str) -> bool | None:
        """Whether `cls` (a class of the new release, or a name now pointing outside) still gets `member` from outside:
        True, False or None (unknown)."""
        if cls.kind == "alias":
            return self.provides(cls.target, member)
        answers = [self.provides(base, member) for base in cls.external_bases]
        if any(answers):
            return True
        return False if all(answer is False for answer in answers) else None
