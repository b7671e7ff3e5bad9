"""What a callable whose `*args`/`**kwargs` only hand a call on whole really accepts: its own named parameters, then
the callee's after the arguments the call passes itself. urllib3 1.26's `putrequest(self, method, url, *args,
**kwargs)` took what `http.client`'s takes; 2.0 spelling those out (`skip_host=False, ...`) removes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.apidiff.kwfate import callables_by_target, capped_varargs
from bot.apidiff.model import POSITIONAL_KINDS, Param, ParamKind, Surface, Symbol
from bot.apidiff.stdlib import is_stdlib, stdlib_params

_RANK = {
    ParamKind.POSITIONAL_ONLY: 0,
    ParamKind.POSITIONAL_OR_KEYWORD: 0,
    ParamKind.VAR_POSITIONAL: 1,
    ParamKind.KEYWORD_ONLY: 2,
    ParamKind.VAR_KEYWORD: 3,
}
_VARIADIC = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)


_FORWARD_DEPTH = 4
"""How many forwarding callables `Callees.forwarded_cap` follows down a chain."""


class Callees:
    """Parameters of the callables a release's pass-through wrappers call: its own (by definition path, read
    lazily: few wrappers pass through) and the standard library's."""

    def __init__(self, surface: Surface, dependencies: Sequence[Surface] = ()) -> None:
        self._surface = surface
        self._dependencies = dependencies
        self._by_target: dict[str, Symbol] | None = None
        self._outside: dict[str, Symbol] | None = None

    def _own(self, target: str, outside: bool) -> Symbol | None:
        if self._by_target is None:
            self._by_target = callables_by_target((self._surface,))
        found = self._by_target.get(target) or self._by_target.get(target.removesuffix(".__init__"))
        if found is None and outside:
            if self._outside is None:
                self._outside = callables_by_target(self._dependencies)
            found = self._outside.get(target) or self._outside.get(target.removesuffix(".__init__"))
        return found

    def requires(self, target: str, name: str) -> bool | None:
        """Whether the callable at `target` (the release's or a required distribution's) requires a parameter
        `name`; None when it cannot be read."""
        found = self._own(target, True)
        if found is None or found.params is None:
            return None
        return any(p.name == name and not p.has_default and p.kind not in _VARIADIC for p in found.params)

    def _consumed(self, symbol: Symbol, outside: bool, depth: int) -> tuple[tuple[Param, ...], int] | None:
        """The callee's parameters (as the model keeps them) and how many of its positional ones the call fills
        before the variadic arguments: its explicit arguments, less an explicit `self` the model leaves out, plus
        the implicit `self` of a bound call that `inspect` spells."""
        assert symbol.passes_to is not None
        target, explicit, bound, _ = symbol.passes_to
        own = self._own(target, outside)
        if own is not None and own.params is not None:
            # `Base.__init__(self, *args)` spells the `self` the model leaves out; `Connection(*args)` does not
            constructor = own.kind == "class" and target.endswith(".__init__")
            self_dropped = constructor or own.method_kind in ("method", "classmethod", "property")
            # its `*args` as the positional parameters its body caps it to (bidict 0.22's `get_arg(*args)` takes one)
            params = own.params if own.max_varargs is None else capped_varargs(own.params, own.max_varargs)
            params = _closed_kwargs(params, own)
            # a callee handing its own on whole takes what its callee does (chameleon 4.4's `Token.strip(*args)`
            # calls `self.lstrip(*args)`, which calls `str.lstrip(self, *args)`: one argument at most)
            chained = self.accepted(own, outside, depth - 1) if own.max_varargs is None and depth > 0 else None
            params = chained if chained is not None else params
            # a module function a class attribute holds (`_h = _helper`, called as `self._h(*args)`) binds to the
            # instance like any function in a class: the instance fills its first parameter
            held = bound and own.method_kind == "function" and not constructor
            return params, explicit - (1 if self_dropped and not bound else 0) + (1 if held else 0)
        if is_stdlib(target):
            found = stdlib_params(target)
            return None if found is None else (found, explicit + (1 if bound else 0))
        return None

    def taker(self, symbol: Symbol, depth: int = _FORWARD_DEPTH) -> str:
        """The path of the callable whose own `*args`/`**kwargs` end up taking what `symbol` hands on (see `accepted`:
        the last callee of a chain it follows, the release's or a required distribution's); "" when none is found,
        or when that one hands them on again where no reader follows (a trampoline `_call(func, *a, **kw)`
        calling `func(*a, **kw)`): no callable is then known to take them."""
        callee = self._own(symbol.passes_to[0], True) if symbol.passes_to is not None else None
        if callee is None or callee.params is None:
            return ""
        if depth > 0 and callee.max_varargs is None and self.accepted(callee, True, depth - 1) is not None:
            return self.taker(callee, depth - 1)
        handing_on = callee.passes_to is not None or bool(callee.kwargs_forwards) or callee.delegates
        return "" if handing_on or callee.variadics_sliced else callee.path

    def unsure_defaults(self, symbol: Symbol, depth: int = _FORWARD_DEPTH) -> frozenset[str]:
        """`Symbol.defaults_unsure` of `symbol` and of the callees it hands its variadic arguments on to (see
        `accepted`): pycryptodome 3's `KMAC_Hash.new(**kwargs)` hands them to the module's `new`, whose `key` it
        refuses through a test no reader decides."""
        found = frozenset(symbol.defaults_unsure)
        callee = self._own(symbol.passes_to[0], True) if symbol.passes_to is not None and depth > 0 else None
        return found | self.unsure_defaults(callee, depth - 1) if callee is not None else found

    def forwarded_cap(self, symbol: Symbol, depth: int = _FORWARD_DEPTH) -> int | None:
        """How many arguments the `*args` of `symbol` takes at most when they only go on beside `**kwargs` (see
        `Symbol.varargs_forwarded`): the most any callee of those calls takes by position, less the arguments the
        calls pass before them (`kwargs_positional`: `f(x, *args, **kwargs)` leaves a callee taking two room for
        one); a callee itself forwarding so is followed, its own positional parameters counted with its `*args`.
        None when one cannot be read (a `*args` of no known bound, an unresolved call)."""
        if not symbol.varargs_forwarded or symbol.params is None or depth == 0:
            return None
        most = 0
        for target in symbol.kwargs_forwards:
            callee = self._own(target, True) if target != "?" else None
            if callee is None or callee.params is None:
                return None
            taken = _positional_taken(callee)
            if taken is None and (onward := self.forwarded_cap(callee, depth - 1)) is not None:
                taken = sum(p.kind in POSITIONAL_KINDS for p in callee.params) + onward
            if taken is None:
                return None
            most = max(most, taken - symbol.kwargs_positional)
        return most

    def dispatched(self, symbol: Symbol) -> tuple[Param, ...] | None:
        """The positional parameters an `__call__(self, *args, **kwargs)` takes, as positional-only ones, when it
        dispatches to one method its class overrides: keras 3.3's `Layer.__call__` hands its arguments down
        `super().__call__` to `Operation.__call__`, which calls `self.call(*args, **kwargs)`; `Normalization.call(self,
        inputs)` took one, so no call of `Normalization()(x, y)` worked. Only along a chain of `__call__`s handing
        `**kwargs` to nothing but the next `__call__`, to a dispatcher whose methods the class overrides but one
        (its own that only raise aside); None otherwise."""
        params = symbol.params or ()
        if not symbol.path.endswith(".__call__") or [p.kind for p in params] != list(_VARIADIC):
            return None
        holder_path = symbol.path.rpartition(".")[0]
        holder = self._surface.symbols.get(holder_path)
        if holder is None or holder.kind != "class":
            return None
        for owner in (holder.target, *holder.mro):
            dispatcher = self._surface.symbols.get(f"{owner}.__call__")
            if dispatcher is None or dispatcher.target != f"{owner}.__call__":
                continue  # not defined there
            if all(target.endswith(".__call__") for target in dispatcher.kwargs_forwards):
                continue  # hands them down the chain (`super().__call__(*args, **kwargs)`)
            overridden = [
                own
                for target in dispatcher.kwargs_forwards
                if target.rpartition(".")[0] == owner
                and (own := self._surface.symbols.get(f"{holder_path}.{target.rpartition('.')[2]}")) is not None
                and own.target.rpartition(".")[0] != owner
                and not (own.stub or own.refuses_calls)
            ]
            if len(overridden) != 1 or overridden[0].params is None:
                return None
            if any(p.kind is ParamKind.VAR_POSITIONAL for p in overridden[0].params):
                return None
            return tuple(
                Param(p.name, ParamKind.POSITIONAL_ONLY, p.has_default, p.annotation, p.default, p.fallback)
                for p in overridden[0].params
                if p.kind in POSITIONAL_KINDS
            )
        return None

    def accepted(self, symbol: Symbol, outside: bool = False, depth: int = _FORWARD_DEPTH) -> tuple[Param, ...] | None:
        """The parameters `symbol` really accepts when it passes its variadic arguments through, else None; with
        `outside`, a callee of the required distributions is read too; a chain of such callees is followed `depth`
        deep."""
        if symbol.passes_to is None or symbol.params is None:
            return None
        found = self._consumed(symbol, outside, depth)
        if found is None:
            return None
        callee, consumed = found
        positional = [p for p in callee if p.kind in POSITIONAL_KINDS]
        if consumed < 0 or consumed > len(positional):
            return None
        filled = {p.name for p in positional[:consumed]}
        own = [p for p in symbol.params if p.kind not in _VARIADIC]
        named = {p.name for p in own}
        kinds = {p.kind for p in symbol.params}
        ways = (ParamKind.VAR_POSITIONAL in kinds, ParamKind.VAR_KEYWORD in kinds)
        rest = _reached(callee, filled, set(symbol.passes_to[3]), named, *ways)
        # nor a keyword the call fills by name or the body refuses outright: a caller's so named always raised
        rest = [p for p in rest if p.name not in symbol.kwargs_filled]
        return tuple(sorted((*own, *rest), key=lambda p: _RANK[p.kind]))


def _closed_kwargs(params: tuple[Param, ...], callee: Symbol) -> tuple[Param, ...]:
    """The callee's parameters, a `**kwargs` its body closes (`if kwargs: raise`) spelled as the keyword-only options
    it reads: oslo.concurrency 7.2's `trycmd(*args, **kwargs)` hands them to `execute(*cmd, **kwargs)`, which pops
    its options and refuses the rest, so what `trycmd` took is known."""
    if not callee.kwargs_closed:
        return params
    named = {p.name for p in params}
    options = (Param(n, ParamKind.KEYWORD_ONLY, n not in callee.kwargs_required) for n in callee.kwargs_options)
    return (*(p for p in params if p.kind is not ParamKind.VAR_KEYWORD), *(p for p in options if p.name not in named))


def _positional_taken(callee: Symbol) -> int | None:
    """How many positional arguments a call of `callee` (bound, as the model spells a method: `self` left out) takes:
    its positional parameters, plus the most its body lets into its `*args`; None for an unbounded `*args`."""
    assert callee.params is not None
    positional = sum(p.kind in POSITIONAL_KINDS for p in callee.params)
    if all(p.kind is not ParamKind.VAR_POSITIONAL for p in callee.params):
        return positional
    return None if callee.max_varargs is None else positional + callee.max_varargs


def _reached(
    callee: tuple[Param, ...], filled: set[str], keywords: set[str], own: set[str], by_position: bool, by_keyword: bool
) -> list[Param]:
    """The callee's parameters callers reach through the variadic arguments: not those the call fills, by position
    or by keyword, nor those the wrapper takes itself; keyword-only past the first positional one the call names
    (falcon 3's asgi `App(*args, request_type=Request, **kwargs)` passed `request_type=request_type` on: a second
    positional argument met `request_type` twice, so `middleware` was reached by keyword only). Only the ways the
    wrapper has reach them: through a `**kwargs` alone (`def f(a, **options): return _impl(a, **options)`) a
    positional parameter of the callee is keyword-only, so a release spelling it `*, verbose=False` changes nothing;
    through an `*args` alone it is positional-only, and a keyword-only one is no caller's."""
    reached: list[Param] = []
    past_named = False
    for param in callee:
        past_named = past_named or (param.kind in POSITIONAL_KINDS and param.name in keywords)
        if param.name in filled or param.name in keywords or param.name in own:
            continue
        if param.kind in POSITIONAL_KINDS and (past_named or not by_position):
            if param.kind is ParamKind.POSITIONAL_ONLY:
                continue  # passed by position only, and no position reaches it
            param = replace(param, kind=ParamKind.KEYWORD_ONLY)
        elif param.kind is ParamKind.POSITIONAL_OR_KEYWORD and not by_keyword:
            param = replace(param, kind=ParamKind.POSITIONAL_ONLY)
        reachable = by_keyword or param.kind in POSITIONAL_KINDS
        if not (by_position if param.kind is ParamKind.VAR_POSITIONAL else reachable):
            continue  # a keyword-only parameter, `*args` or `**kwargs` no argument of the wrapper's reaches
        reached.append(param)
    return reached
