"""The private callables a release's public ones hand `**kwargs` (or their variadic arguments whole) to: their
parameters say which keywords still land (PyJWT 2.3's `decode` sends `audience`, `issuer` and `leeway` on to the
private `_validate_claims`) and what a pass-through wrapper took (`def f(*args): return _impl(*args)`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.apidiff.kwfate import MAX_HOPS
from bot.apidiff.model import Symbol


def forward_helpers(symbols: Iterable[Symbol], callable_at: Callable[[str], Symbol | None]) -> dict[str, Symbol]:
    """Definition path -> symbol of each callable of the release that `**kwargs` (or a pass-through, see
    `Symbol.passes_to`) reaches from a public callable and that is no public symbol itself, followed through helpers
    handing them on again; `callable_at` builds one (None when the path is no callable of the release)."""
    listed = list(symbols)
    known = {symbol.target for symbol in listed if symbol.params is not None}
    helpers: dict[str, Symbol] = {}
    pending = {target for symbol in listed for target in symbol.kwargs_forwards} - known
    pending.update(symbol.passes_to[0] for symbol in listed if symbol.passes_to is not None)
    pending -= known
    for _ in range(MAX_HOPS):
        reached: set[str] = set()
        for target in sorted(pending - {"?"}):
            found = callable_at(target)
            if found is None or found.params is None:
                continue
            helpers[target] = found
            reached.update(found.kwargs_forwards)
        pending = reached - known - helpers.keys()
        if not pending:
            break
    return helpers
