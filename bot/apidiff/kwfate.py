"""Whether a keyword that lost its named parameter is still accepted: read from `**kwargs`, or forwarded to a callable
that takes it. A removal is breaking only when the keyword is rejected; unknown forwarding lowers confidence."""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from dataclasses import replace
from enum import StrEnum

from bot.apidiff.model import KEYWORD_KINDS, POSITIONAL_KINDS, Param, ParamKind, Surface, Symbol
from bot.apidiff.modelconfig import ACCEPTING
from bot.apidiff.stdlib import is_stdlib, stdlib_accepts

MAX_HOPS = 4
STDLIB_FORWARDS = {
    "json.dumps": "json.JSONEncoder",
    "json.dump": "json.JSONEncoder",
    "json.loads": "json.JSONDecoder",
    "json.load": "json.JSONDecoder",
}
"""Standard-library functions whose `**kw` goes on to a class that takes no `**kw` (read from their source)."""


VIA = "@"
"""Joins a callee's definition path and the class whose instance runs it (`helpers` key, see `via_key`)."""


def via_key(target: str, via: str) -> str:
    """The key of the callee at `target` as an instance of the class `via` runs it: a mixin's method whose
    `super().__init__(*args, **kwargs)` reaches the next class of that class's order (jsonargparse 4.48's
    `ArgumentParser` -> `ParserDeprecations.__init__` -> `ActionsContainer.__init__` -> ... -> argparse's)."""
    return f"{target}{VIA}{via}"


class Fate(StrEnum):
    """What happens to a keyword passed to the new callable."""

    ACCEPTED = "accepted"
    IGNORED = "ignored"
    """Bound by a `**kwargs` that reads only other keys (`Symbol.kwargs_keys_only`): no TypeError, no effect."""
    REJECTED = "rejected"
    UNKNOWN = "unknown"


def with_options(params: tuple[Param, ...], symbol: Symbol) -> tuple[Param, ...]:
    """The parameters plus the options the body reads out of `**kwargs` (keyword-only, optional unless the body
    cannot run without them); a `*args` the body caps at N arguments as the N optional positional-only parameters it
    really is; one whose first N the body requires as N required positional-only parameters before it; a
    positional-only parameter whose name the body
    also reads out of `**kwargs` as a keyword callers may still pass (pydantic 2.11's `with_config(config=None, /,
    **kwargs)` takes `kwargs.get('config')`, deprecated)."""
    if symbol.kwargs_options and any(p.kind is ParamKind.POSITIONAL_ONLY for p in params):
        params = tuple(
            replace(p, kind=ParamKind.POSITIONAL_OR_KEYWORD)
            if p.kind is ParamKind.POSITIONAL_ONLY and p.name in symbol.kwargs_options
            else p
            for p in params
        )
    if symbol.min_varargs and symbol.max_varargs is None:
        params = tuple(
            spread
            for p in params
            for spread in (
                [*(Param(f"{p.name}[{i}]", ParamKind.POSITIONAL_ONLY) for i in range(symbol.min_varargs)), p]
                if p.kind is ParamKind.VAR_POSITIONAL
                else [p]
            )
        )
    if symbol.max_varargs is not None:
        params = capped_varargs(params, symbol.max_varargs, symbol.min_varargs)
    named = {p.name for p in params}
    extra = [
        Param(name, ParamKind.KEYWORD_ONLY, name not in symbol.kwargs_required)
        for name in symbol.kwargs_options
        if name not in named
    ]
    if not extra:
        return params
    # a `**kwargs` the body closes (`assert not kwargs`) is only the options it reads
    tail = [p for p in params if p.kind is ParamKind.VAR_KEYWORD and not symbol.kwargs_closed]
    return (*(p for p in params if p.kind is not ParamKind.VAR_KEYWORD), *extra, *tail)


def capped_varargs(params: tuple[Param, ...], cap: int, least: int = 0) -> tuple[Param, ...]:
    """The parameters, a `*args` the body caps at `cap` arguments spelled as that many positional-only ones, the
    first `least` of them required (the body refuses fewer, see `CallableFacts.min_varargs`), the rest optional."""
    return tuple(
        spread
        for p in params
        for spread in (
            [Param(f"{p.name}[{i}]", ParamKind.POSITIONAL_ONLY, i >= least) for i in range(cap)]
            if p.kind is ParamKind.VAR_POSITIONAL
            else [p]
        )
    )


def callables_by_target(surfaces: Sequence[Surface]) -> dict[str, Symbol]:
    """The callables of `surfaces` (with known parameters) by definition path, and by public path where no definition
    has it; a later surface's definition wins."""
    found: dict[str, Symbol] = {}
    for source in surfaces:
        helpers = []
        for key, helper in source.helpers.items():
            if VIA in key:  # a mixin's method as an instance of a given class runs it (see `via_key`)
                found[key] = helper
            else:
                helpers.append(helper)
        for symbol in (*helpers, *source.symbols.values()):
            if symbol.params is not None:
                found[symbol.target] = symbol
                found.setdefault(symbol.path, symbol)
    return found


class KeywordFates:
    """Follows `**kwargs` through the new release's callables (by definition path) and the standard library."""

    def __init__(self, surface: Surface, dependencies: Sequence[Surface] = ()) -> None:
        self._surfaces = (*dependencies, surface)  # the release's own definitions win
        self._gathered: dict[str, Symbol] | None = None
        self._models: dict[str, str] | None = None

    @property
    def _by_target(self) -> dict[str, Symbol]:
        """Gathered on the first keyword followed: most diffs follow none."""
        if self._gathered is None:
            self._gathered = callables_by_target(self._surfaces)
        return self._gathered

    def _model_extra(self, target: str) -> str:
        """`Symbol.model_extra` of the class at `target` (by definition or public path), "" for none."""
        if self._models is None:
            self._models = {}
            for source in self._surfaces:
                for symbol in source.symbols.values():
                    if symbol.model_extra:
                        self._models[symbol.target] = symbol.model_extra
                        self._models.setdefault(symbol.path, symbol.model_extra)
        return self._models.get(target.removesuffix(".__init__"), "")

    def fate(self, symbol: Symbol, keyword: str, hops: int = 0) -> Fate:
        """Whether calling `symbol` with `keyword=...` still binds and reaches something that takes it. A keyword the
        call handing `**kwargs` on also passes by name never does (aiormq 6's `channel(frame_buffer_size=10,
        **kwargs)` builds `Channel(..., frame_buffer=frame_buffer_size, **kwargs)`: the old `frame_buffer=` is
        passed twice): its rename is one, not a parameter made keyword-only."""
        params = symbol.params or ()
        if keyword in symbol.kwargs_options or any(
            p.name == keyword and p.kind is not ParamKind.POSITIONAL_ONLY
            for p in params
            if p.kind is not ParamKind.VAR_KEYWORD
        ):
            return Fate.ACCEPTED
        if symbol.kwargs_keyed:  # each key checked against a collection read whole (see `keyedkwargs`)
            head = keyword.partition(symbol.kwargs_keyed_by)[0] if symbol.kwargs_keyed_by else keyword
            return Fate.ACCEPTED if head in symbol.kwargs_keyed or keyword in symbol.kwargs_keyed else Fate.REJECTED
        if symbol.kwargs_closed or not any(p.kind is ParamKind.VAR_KEYWORD for p in params):
            return Fate.REJECTED
        if keyword in symbol.kwargs_filled:  # `Channel(frame_buffer=size, **kwargs)`: passed twice, TypeError
            return Fate.REJECTED
        if symbol.kwargs_keys_only:
            return Fate.IGNORED
        if not symbol.kwargs_forwards:  # collected and kept: the call still binds, unless the dict goes on
            return Fate.UNKNOWN if symbol.kwargs_returned else Fate.ACCEPTED
        answers = [self._target_fate(target, keyword, hops, symbol.kwargs_via) for target in symbol.kwargs_forwards]
        for fate in (Fate.REJECTED, Fate.UNKNOWN, Fate.ACCEPTED):
            if fate in answers:
                return fate
        return Fate.IGNORED

    def carried(self, symbol: Symbol) -> dict[str, str]:
        """Keyword -> definition path of the callable of the release that takes it by name, for the keywords
        `symbol`'s `**kwargs` hands on to (hop by hop, at most `MAX_HOPS`, each callee resolved as `fate` resolves
        it): its optional named parameters and the options it reads. A required parameter is left out: the call
        handing `**kwargs` on most likely fills it itself, and a keyword so filled twice never bound; so is one a
        call on the way passes by name beside `**kwargs` (`g(timeout=5, **kwargs)`: a caller's `timeout` was
        TypeError), or one it fills by position (gspread 5's `self.get("A1:B1", **kwargs)` fills `range_name`). Nothing
        is handed on past a body checking each key against a collection (`Symbol.kwargs_checked`): ipyparallel 6's
        `DirectView.map` refused every key but `block` and `track` before building `ParallelFunction(**kwargs)`."""
        found: dict[str, str] = {}
        for callee, target, via, filled, slots in self._hops(symbol):
            named = [p.name for p in callee.params or () if p.has_default and p.kind in KEYWORD_KINDS]
            # a constructor is named by its class, as its own symbol is, when built for the instance too
            instanced = bool(via) and callee is self._by_target.get(via_key(target, via))
            where = callee.target.removesuffix(".__init__") if instanced else callee.target
            for name in (*named, *callee.kwargs_options, *callee.kwargs_keyed):
                if name not in filled and name not in slots:
                    found.setdefault(name, where)
        return found

    def _hops(self, symbol: Symbol) -> Iterator[tuple[Symbol, str, str, frozenset[str], list[str]]]:
        """Each callable of the release `symbol`'s `**kwargs` reaches, hop by hop (at most `MAX_HOPS`, each callee
        resolved as `fate` resolves it, nothing past a body checking each key), with the target and `via` it was
        reached by, the keywords a call on the way already filled by name and the positional slots the hop fills."""
        pending = [
            (target, frozenset(symbol.kwargs_filled), symbol.kwargs_positional, symbol.kwargs_via)
            for target in symbol.kwargs_forwards
            if not symbol.kwargs_checked
        ]
        for _ in range(MAX_HOPS):
            reached: list[tuple[str, frozenset[str], int, str]] = []
            for target, filled, positional, via in pending:
                callee = self._callee(target, via)
                if callee is None:
                    continue
                slots = [p.name for p in callee.params or () if p.kind in POSITIONAL_KINDS][:positional]
                yield callee, target, via, filled, slots
                onward = filled | frozenset(callee.kwargs_filled) | frozenset(slots)
                reached.extend(
                    (after, onward, callee.kwargs_positional, callee.kwargs_via)
                    for after in callee.kwargs_forwards
                    if not callee.kwargs_checked
                )
            pending = reached

    def required_onward(self, symbol: Symbol) -> frozenset[str]:
        """Keywords a callable of the release that `symbol`'s `**kwargs` is handed on to (hop by hop, as `carried`
        follows them) cannot run without: a required keyword-only parameter, or an option its body requires (see
        `Symbol.kwargs_required`), that no call on the way fills itself. A call of `symbol` leaving one out already
        failed (pyqtgraph 0.13.3's `BoolOrRadioParameter(**kargs)` reached `Parameter.__init__(**opts)`, which
        raises without `name`)."""
        found: set[str] = set()
        for callee, _target, _via, filled, slots in self._hops(symbol):
            keyword_only = [p for p in callee.params or () if p.kind is ParamKind.KEYWORD_ONLY]
            required = (*(p.name for p in keyword_only if not p.has_default), *callee.kwargs_required)
            found.update(n for n in required if n not in filled and n not in slots)
        return frozenset(found)

    def closed_keywords(self, symbol: Symbol) -> frozenset[str] | None:
        """Every keyword a call may pass through `symbol`'s `**kwargs` without TypeError, when each path of it ends in
        a callable of the release that names what it takes (treq 25.5's `get(url, headers=None, **kwargs)` hands them
        through `HTTPClient.get` to `request`'s keyword-only parameters): None when some callee takes keywords it does
        not name (an open `**kwargs` kept, returned, checked or handed where no reader follows) or is not read. A
        callee's required parameters count too: a caller may well have passed them through."""
        if symbol.kwargs_closed:
            return frozenset(symbol.kwargs_options)
        found = set(symbol.kwargs_options)
        pending: list[tuple[Symbol, frozenset[str], int]] = [(symbol, frozenset(), 0)]
        for _ in range(MAX_HOPS + 1):
            reached: list[tuple[Symbol, frozenset[str], int]] = []
            for caller, filled, positional in pending:
                params = caller.params or ()
                if caller is not symbol:
                    slots = [p.name for p in params if p.kind in POSITIONAL_KINDS][:positional]
                    named = (p.name for p in params if p.kind in KEYWORD_KINDS)
                    found.update(n for n in (*named, *caller.kwargs_options) if n not in filled and n not in slots)
                    if caller.kwargs_closed or not any(p.kind is ParamKind.VAR_KEYWORD for p in params):
                        continue
                if caller.kwargs_checked or caller.kwargs_returned or caller.kwargs_keys_only:
                    return None
                if not caller.kwargs_forwards:
                    return None  # collected and kept: any keyword binds
                onward = filled | set(caller.kwargs_filled)
                for target in caller.kwargs_forwards:
                    if target.endswith(".__init__") and target.removesuffix(".__init__") in _BUILTIN_EXCEPTIONS:
                        continue  # takes no keyword
                    callee = self._callee(target, caller.kwargs_via)
                    if callee is None or callee.params is None:
                        return None
                    reached.append((callee, onward, caller.kwargs_positional))
            pending = reached
            if not pending:
                return frozenset(found)
        return None

    def _callee(self, target: str, via: str) -> Symbol | None:
        """The callable a forward reaches, as an instance of `via` runs it when it was built so (`via_key`): a public
        class stands for its constructor; a private one is read only as its `__init__` helper (peft 0.14's
        `Conv2d(*args, **kwargs)` hands them all to `_ConvNd.__init__(self, base_layer, adapter_name, ...)`)."""
        found = self._by_target.get(via_key(target, via)) if via else None
        return found or self._by_target.get(target.removesuffix(".__init__")) or self._by_target.get(target)

    def _target_fate(self, target: str, keyword: str, hops: int, via: str = "") -> Fate:
        found = self._callee(target, via)
        if found is not None and hops < MAX_HOPS:
            return self.fate(found, keyword, hops + 1)
        if found is None and self._model_extra(target) in ACCEPTING:  # no `__init__` of its own: pydantic's
            return Fate.ACCEPTED
        if is_stdlib(target):
            accepted = stdlib_accepts(target, keyword)
            if accepted is None and target in STDLIB_FORWARDS:
                accepted = stdlib_accepts(STDLIB_FORWARDS[target], keyword)
            return Fate.UNKNOWN if accepted is None else Fate.ACCEPTED if accepted else Fate.REJECTED
        return Fate.UNKNOWN


_BUILTIN_EXCEPTIONS = frozenset(
    name for name, value in vars(builtins).items() if isinstance(value, type) and issubclass(value, BaseException)
)


def taken_by_name(symbol: Symbol, fates: KeywordFates) -> frozenset[str]:
    """Keywords the callable's `**kwargs` provably takes by name: options its body reads, and those it hands on to a
    callable of the release that names them (`KeywordFates.carried`). A `**kwargs` bound whole (iterated, stored, or
    handed to a callable not read) takes any keyword, but as no parameter of that name."""
    return frozenset((*symbol.kwargs_options, *fates.carried(symbol)))


def keywords_refused(symbol: Symbol) -> bool:
    """The callable's `**kwargs` reads no option and goes only to a builtin exception's constructor, which takes no
    keyword (`super().__init__(*args, **kwargs)` in huey 3.4's `CancelExecution(Exception)`): every call passing one
    raised TypeError, so losing `**kwargs` refuses no call that worked."""
    forwards = symbol.kwargs_forwards
    return (
        bool(forwards)
        and not (symbol.kwargs_options or symbol.kwargs_returned or symbol.kwargs_checked)
        and all(target.removesuffix(".__init__") in _BUILTIN_EXCEPTIONS for target in forwards)
        and all(target.endswith(".__init__") for target in forwards)
    )


def kwargs_now_named(before: Symbol, after: Symbol, old: KeywordFates) -> bool:
    """The old `**kwargs` took only keywords the new callable names (`KeywordFates.closed_keywords`, read in the old
    release): losing it refuses no call that worked."""
    taken = old.closed_keywords(before) if before.kwargs_forwards or before.kwargs_closed else None
    if taken is None or after.params is None:
        return False
    return taken <= {p.name for p in after.params if p.kind in KEYWORD_KINDS} | set(after.kwargs_options)


def _wrapped_without(before: Symbol, name: str) -> bool:
    """The old callable handed its `*args`/`**kwargs` to a same-named method too, but not its parameter `name`."""
    callee = before.passes_to[0] if before.passes_to is not None else ""
    same_named = before.delegates or callee.rsplit(".", 1)[-1] == before.path.rsplit(".", 1)[-1]
    return same_named and name not in before.handed_on


def _overridden_takes(before: Symbol, after: Symbol, name: str) -> bool:
    """The old method handed `name` to the method it overrides and the new one hands that method its `*args` and
    `**kwargs` whole (django-parler 2.4's `delete(self, *args, **kwargs)` returns `super().delete(*args,
    **kwargs)` where 2.3's `delete(self, using=None)` returned `super().delete(using)`): the same method takes it."""
    handed = after.super_handed
    return (
        name in before.super_handed
        and any(n.startswith("**") for n in handed)
        and any(n.startswith("*") and not n.startswith("**") for n in handed)
    )


def drop_accepted(
    removed: tuple[str, ...], before: Symbol, after: Symbol, fates: KeywordFates
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(removed names still breaking, those among them whose fate is unknown, those the new `**kwargs` takes and
    ignores: `Fate.IGNORED`, a keyword call no longer fails but no longer does anything either). An option the old
    body only read out of `**kwargs` is reported only when the new release surely rejects it; so is a parameter a
    delegating wrapper hands on to the same-named method it wraps (`Symbol.delegates`), unless the old one wrapped it
    too and kept that parameter from it (marshmallow 2's `dumps` kept `update_fields` and handed json's `dumps` the
    rest: json's `dumps` is no taker of it)."""
    named = {p.name for p in before.params or ()}
    keep: list[str] = []
    unknown: list[str] = []
    ignored: list[str] = []
    for name in removed:
        if name.startswith("*"):
            keep.append(name)
            continue
        fate = fates.fate(after, name)
        if fate is Fate.UNKNOWN and (name not in named or (after.delegates and not _wrapped_without(before, name))):
            continue
        if fate is Fate.UNKNOWN and _overridden_takes(before, after, name):
            continue
        if fate is Fate.IGNORED and name not in named:  # an old option read out of `**kwargs`: what for is not read
            continue
        if fate is not Fate.ACCEPTED:
            keep.append(name)
        if fate is Fate.UNKNOWN:
            unknown.append(name)
        if fate is Fate.IGNORED:
            ignored.append(name)
    return tuple(keep), tuple(unknown), tuple(ignored)


def rejected_downstream(before: Symbol, after: Symbol, old: KeywordFates, new: KeywordFates) -> dict[str, str]:
    """Keyword -> the old callee that took it, for keywords `before` accepted only by handing them on through
    `**kwargs` (to a callable of the old release taking them by name, every hop followed) that `after` surely rejects
    (every hop of the new release followed too): `semilogx(**kwargs)` -> ... -> `LogScale(axis, basex=10)`. A keyword
    named by either side itself is the signature comparison's."""
    own = {p.name for p in (*(before.params or ()), *(after.params or ()))} | {*before.kwargs_options}
    return {
        keyword: callee
        for keyword, callee in sorted(old.carried(before).items())
        if keyword not in own
        and not keyword.startswith("_")
        and new.fate(after, keyword) is Fate.REJECTED  # rare: asked first
        and old.fate(before, keyword) is Fate.ACCEPTED
    }
