"""The private callables a release's public ones hand `**kwargs` (or their variadic arguments whole) to: their
parameters say which keywords still land (PyJWT 2.3's `decode` sends `audience`, `issuer` and `leeway` on to the
private `_validate_claims`) and what a pass-through wrapper took (`def f(*args): return _impl(*args)`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.apidiff.kwfate import MAX_HOPS, via_key
from bot.apidiff.model import Symbol


def _owner(target: str) -> str:
    return target.rpartition(".")[0]


def forward_helpers(symbols: Iterable[Symbol], callable_at: Callable[[str, str], Symbol | None]) -> dict[str, Symbol]:
    """Definition path -> symbol of each callable of the release that `**kwargs` (or a pass-through, see
    `Symbol.passes_to`) reaches from a public callable and that is no public symbol itself, followed through helpers
    handing them on again; `callable_at` builds one (None when the path is no callable of the release). A method of
    another class that an instance's `self`/`super()` call reaches, and that hands `**kwargs` on through `self` or
    `super()` itself, is built again for that instance's class, under `via_key` (its own class's order is not the
    one that runs)."""
    listed = list(symbols)
    known = {symbol.target for symbol in listed if symbol.params is not None}
    plain = {symbol.target: symbol for symbol in listed if symbol.kwargs_via}
    helpers: dict[str, Symbol] = {}
    pending = {target for symbol in listed for target in symbol.kwargs_forwards} - known
    pending.update(symbol.passes_to[0] for symbol in listed if symbol.passes_to is not None)
    pending -= known
    instanced = {
        (target, symbol.kwargs_via)
        for symbol in listed
        if symbol.kwargs_via
        for target in symbol.kwargs_forwards
        if _owner(target) != symbol.kwargs_via
    }
    for _ in range(MAX_HOPS):
        reached: set[str] = set()
        for target in sorted(pending - {"?"}):
            found = callable_at(target, "")
            if found is None or found.params is None:
                continue
            helpers[target] = found
            if found.kwargs_via:
                plain[target] = found
            reached.update(found.kwargs_forwards)
        pending = reached - known - helpers.keys()
        onward: set[tuple[str, str]] = set()
        for target, via in sorted(instanced):
            key = via_key(target, via)
            if key in helpers or not _instanced(target, plain, known, helpers, callable_at):
                continue  # it hands nothing on through the instance: its own symbol will do
            found = callable_at(target, via)
            if found is None or found.params is None or not found.kwargs_via:
                continue
            helpers[key] = found
            onward.update((after, via) for after in found.kwargs_forwards if _owner(after) != via)
        instanced = onward
        if not pending and not instanced:
            break
    return helpers


def _instanced(
    target: str,
    plain: dict[str, Symbol],
    known: set[str],
    helpers: dict[str, Symbol],
    callable_at: Callable[[str, str], Symbol | None],
) -> bool:
    """Whether the callable at `target` hands `**kwargs` on through `self`, `cls` or `super()`; built (as a helper)
    when no symbol has it yet, which `plain` then holds."""
    if target not in plain and target not in known and target not in helpers:
        found = callable_at(target, "")
        if found is not None and found.params is not None:
            helpers[target] = found
            if found.kwargs_via:
                plain[target] = found
    return target in plain
