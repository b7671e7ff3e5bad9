"""Whether two parameter annotations that share no name still name related classes: click 8.2's
`CommandCollection.add_source(group: Group)` took `multi_cmd: MultiCommand` in 8.1, where `Group` derives from
`MultiCommand` (8.2 keeps `MultiCommand` as a deprecated alias of a `Group` subclass). A value a caller passed to the
old slot is still one of the new type: the slot is that parameter renamed, not another one in its place."""

from __future__ import annotations

from bot.apidiff.annotations import members
from bot.apidiff.model import Param, Surface, Symbol


def related_params(
    old: tuple[Param, ...], new: tuple[Param, ...], before: Symbol, after: Symbol, was: Surface, now: Surface
) -> frozenset[tuple[str, str]]:
    """(old, new) names of annotated parameters, each in neither list under the other's name, whose annotations name
    classes of the release that one of the two surfaces relates (the same class, or one deriving from the other)."""
    gone = [p for p in old if p.annotation and all(q.name != p.name for q in new)]
    fresh = [p for p in new if p.annotation and all(q.name != p.name for q in old)]
    if not gone or not fresh:
        return frozenset()
    return frozenset(
        (o.name, n.name)
        for o in gone
        for n in fresh
        if any(
            _related(o.annotation or "", n.annotation or "", scope, surface)
            for scope, surface in ((before.target, was), (after.target, now))
        )
    )


def _related(first: str, second: str, scope: str, surface: Surface) -> bool:
    """Some class `first` names and some class `second` names, both resolved from the def's module outwards in
    `surface`, are one class or one derives from the other."""
    left, right = _classes(first, scope, surface), _classes(second, scope, surface)
    return any(a.target == b.target or a.target in b.mro or b.target in a.mro for a in left for b in right)


def _classes(annotation: str, scope: str, surface: Surface) -> list[Symbol]:
    """The classes of `surface` the annotation's union members name, each looked up in the modules enclosing
    `scope` (the def's dotted target), innermost first."""
    names = members(annotation.strip("'\""))
    if not names:
        return []
    found: list[Symbol] = []
    prefixes = [scope.rsplit(".", depth)[0] for depth in range(1, scope.count(".") + 1)]
    for name in names:
        for prefix in prefixes:
            symbol = surface.symbols.get(f"{prefix}.{name}")
            if symbol is not None:
                target = surface.symbols.get(symbol.target, symbol)
                if target.kind == "class":
                    found.append(target)
                break
    return found
