"""Changes of shape for symbols present in both releases: sync <-> async, generator <-> function, property <->
method, classmethod/staticmethod -> instance method, read-only attributes, lost ancestors, `@final`, abstract methods,
property types, a class turned into a function, and names dropped from `__all__`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, partial

from bot.apidiff.annotations import MAY_BE_NONE, given_return, members, none_added, return_incompatible
from bot.apidiff.claims import still_importable
from bot.apidiff.expiry import expired
from bot.apidiff.extras import PRIVATE_API
from bot.apidiff.generated import protobuf_message
from bot.apidiff.model import CLICK_COMMAND, Surface, Symbol
from bot.apidiff.operators import operator_shapes
from bot.apidiff.outside import Outside
from bot.apidiff.records import runtime_mro
from bot.apidiff.returned import CALLABLE
from bot.apidiff.stdlib import is_stdlib, stdlib_subclass
from bot.apidiff.stubforms import stub_declared

ENUM_BASES = frozenset(
    {
        "enum.Enum",
        "enum.IntEnum",
        "enum.StrEnum",
        "enum.Flag",
        "enum.IntFlag",
        "Enum",
        "IntEnum",
        "StrEnum",
        "Flag",
        "IntFlag",
    }
)
EXCEPTION_ROOTS = frozenset({"Exception", "BaseException"})
Shape = tuple[Symbol, Symbol, str, str]
"""(old symbol, new symbol, breakage kind id, detail)."""


def class_checker(surface: Surface) -> Callable[[str, str], bool]:
    """(type name, builtin) -> True when every class of `surface` so named is known to be no subclass of the
    builtin: an Enum that does not derive from it (`str` -> `Color`), or a class whose ancestors outside the
    distribution are only `object`, `typing.Generic` or `abc.ABC` (evidently 0.1.33's `dict` -> `ColumnMapping`).
    A Protocol, a TypedDict, a class of another distribution's ancestry, or a name no class of the release has may
    be satisfied by the builtin: no claim; so may a class recorded only as private API, whose ancestry was not read
    (an Enum's is, see `extras._enum_bases`; anyio 3's `_core._compat.DeprecatedAwaitableFloat(float)`, which
    `current_time()` now returns)."""

    return _ClassChecker(surface)


class _ClassChecker:
    """`class_checker`'s answer: the release's classes by name are read on the first question (most diffs ask none)."""

    def __init__(self, surface: Surface) -> None:
        self._surface = surface
        self._classes: dict[str, list[tuple[str, ...] | None]] | None = None

    def __call__(self, name: str, builtin: str) -> bool:
        if self._classes is None:
            self._classes = {}
            for symbol in self._surface.symbols.values():
                if symbol.kind == "class":
                    unread = symbol.signature_unknown == PRIVATE_API and not symbol.external_bases
                    found = None if unread else symbol.external_bases
                    self._classes.setdefault(symbol.path.rsplit(".", 1)[-1], []).append(found)
        classes = self._classes.get(name)
        return classes is not None and all(bases is not None and _unrelated(bases, builtin) for bases in classes)


_DOTTED = re.compile(r"[A-Za-z_][\w.]*")


def new_type_bases(surface: Surface) -> Callable[[str], str | None]:
    """annotation -> the base of the release's `NewType` it names (pipx 1.9's `ExitCode = NewType("ExitCode", int)`:
    `int`), by its last name as `class_checker` reads classes; None for any other annotation, or a name several
    NewTypes of different bases, or a class of the release, bear."""
    return _NewTypes(surface)


class _NewTypes:
    """`new_type_bases`'s answer: the release's NewTypes by name are read on the first question."""

    def __init__(self, surface: Surface) -> None:
        self._surface = surface
        self._bases: dict[str, str] | None = None

    def __call__(self, annotation: str) -> str | None:
        if self._bases is None:
            bases: dict[str, set[str]] = {}
            classes: set[str] = set()
            for symbol in self._surface.symbols.values():
                name = symbol.path.rsplit(".", 1)[-1]
                if symbol.kind == "attribute" and symbol.dynamic and symbol.returns:
                    bases.setdefault(name, set()).add(symbol.returns)
                elif symbol.kind == "class":
                    classes.add(name)
            self._bases = {n: next(iter(b)) for n, b in bases.items() if len(b) == 1 and n not in classes}
        if not _DOTTED.fullmatch(annotation):
            return None
        return self._bases.get(annotation.rsplit(".", 1)[-1])


def dropped_classes(old: Surface, new: Surface) -> frozenset[str]:
    """Names of the old release's classes no class of the new one bears (`SelectableGroups`, gone in
    importlib-metadata 5.0): a return type that no longer names one no longer returns it."""
    kept = {path.rsplit(".", 1)[-1] for path, symbol in new.symbols.items() if symbol.kind == "class"}
    return frozenset(
        name
        for path, symbol in old.symbols.items()
        if symbol.kind == "class" and (name := path.rsplit(".", 1)[-1]) not in kept
    )


_PLAIN_BASES = frozenset({"object", "typing.Generic", "abc.ABC"})
_MIXED_ENUMS = {"enum.IntEnum": "int", "enum.IntFlag": "int", "enum.StrEnum": "str"}
"""Enum bases that derive from a builtin themselves: an `IntEnum` member is an `int` as much as a `(int, Enum)` one."""


def _unrelated(external_bases: tuple[str, ...], builtin: str) -> bool:
    """An Enum is related to the builtin it mixes in (paho-mqtt 2.1's `protocol: MQTTProtocolVersion`, an `IntEnum`,
    was `protocol: int`: the ints the code compares it with still work); any other class only to a builtin base."""
    if ENUM_BASES & set(external_bases):
        return builtin not in {*external_bases, *(_MIXED_ENUMS.get(base, "") for base in external_bases)}
    return set(external_bases) <= _PLAIN_BASES


def _stand_in(before: Symbol, after: Symbol) -> bool:
    """A working callable now a class attribute a factory makes to refuse every call (see `RawCallable.makes_refusing`:
    cohere 5.0's `Client.check_api_key = deprecated_function("check_api_key")`)."""
    return after.kind == "attribute" and after.refuses_calls and not (before.stub or before.refuses_calls)


def _callable(symbol: Symbol) -> bool:
    """A callable whose facts were read: a public one no decorator replaced, or a private method with its
    parameters (see `extras.private_method`: read like a public one, dependents call and override it)."""
    if symbol.kind not in ("function", "method"):
        return False
    return not symbol.signature_unknown or (symbol.signature_unknown == PRIVATE_API and symbol.params is not None)


_ITERATOR_TYPES = re.compile(r"\b(?:Async)?(?:Iterator|Generator|Iterable)\b")


_ITERATOR_PROTOCOL = frozenset({"__iter__", "__aiter__", "__reversed__"})
"""Special methods whose result Python itself requires to be an iterator (`iter()` refuses anything else): a
generator or a `return self` beside `__next__` (psycopg 3.3's `Cursor.__iter__`), the same to every `for`."""


def _may_iterate(before: Symbol, after: Symbol) -> bool:
    """The side that is no generator may still return one: it says it returns an iterator, or it returns another
    call's result (`return super().iter_unsigners(salt)`), or it implements the iterator protocol."""
    if before.path.rsplit(".", 1)[-1] in _ITERATOR_PROTOCOL:
        return True
    plain = after if before.is_generator else before
    return plain.returns_call or bool(plain.returns and _ITERATOR_TYPES.search(plain.returns))


_PLAIN_PROTOCOL = frozenset(("__await__", "__aiter__"))
"""Methods the interpreter calls for their iterator, never awaiting them: `async def __await__` made `await obj`
fail (`__await__() returned a coroutine`), so a plain one breaks no one (multicall 0.8's `Call.__await__`)."""


def _protocol_made_plain(before: Symbol) -> bool:
    """`before` is an `async def` of a protocol method Python never awaits (see `_PLAIN_PROTOCOL`)."""
    return before.path.rsplit(".", 1)[-1] in _PLAIN_PROTOCOL


def _awaitable(symbol: Symbol) -> bool:
    """A coroutine function; not an async generator, whose calls give an async iterator (jinja2 3.1.5's `auto_aiter`
    now returns one without being one: `async for` works on both)."""
    return symbol.is_async and not symbol.is_generator


_AWAITABLE_NAMES = re.compile(r"Awaitable|Coroutine|\bFuture\b|\bTask\b")
"""Return annotations of awaitable objects: `Awaitable[int]`, anyio 3's `DeprecatedAwaitableFloat`."""


def awaitable_classes(surface: Surface) -> frozenset[str]:
    """Names of the release's classes defining `__await__`: what a function returning one gives is still awaited."""
    return frozenset(path.rsplit(".", 2)[-2] for path in surface.symbols if path.endswith(".__await__"))


def _returns_awaitable(after: Symbol, awaitables: frozenset[str]) -> bool:
    """The function says it returns something `await` takes (anyio 3's `Event.set() -> DeprecatedAwaitable`, no
    longer a coroutine function: `await event.set()` still works), or may: unannotated, it returns another call's
    result (`def get(self, url): return self.request("GET", url)`, a coroutine function's)."""
    return (after.returns is None and after.returns_call) or _declares_awaitable(after, awaitables)


def _declares_awaitable(function: Symbol, awaitables: frozenset[str]) -> bool:
    """The return annotation names something `await` takes: bokeh 3.9's `DirectoryHandler.on_session_created(...) ->
    Coroutine[Any, Any, None]` returned its handler's coroutine, so callers awaited it; 3.10 making it `async def`
    changes nothing for them (it was claimed "now a coroutine function"). A generic class counts by its own name:
    `-> AsyncPaginator[Endpoint, AsyncCursorPagination[Endpoint]]` is what `await` takes."""
    returns = function.returns or ""
    names = {name.partition("[")[0].rsplit(".", 1)[-1] for name in members(returns) or ()} if returns else set()
    return _AWAITABLE_NAMES.search(returns) is not None or bool(names & awaitables)


def _coroutine_names(surface: Surface) -> frozenset[str]:
    """Names of the release's callables each definition of which is a coroutine function or a wrapper handing its
    `*args`/`**kwargs` whole to one so named (`Symbol.delegates`)."""
    coroutines: set[str] = set()
    others: set[str] = set()
    for path, symbol in surface.symbols.items():
        if symbol.kind in ("method", "function"):
            name = path.rsplit(".", 1)[-1]
            if _awaitable(symbol):
                coroutines.add(name)
            elif not symbol.delegates:
                others.add(name)
    return frozenset(coroutines - others)


def _awaited_already(
    before: Symbol, awaitables: frozenset[str], coroutines: Callable[[], frozenset[str]], old: Surface
) -> bool:
    """Calls of the plain def gave an awaitable: its return annotation says so, or it hands its arguments whole to a
    same-named coroutine function of the release (python-statemachine 2.6's `CallbacksRegistry.async_call(self, key,
    *args, **kwargs)` returned `self._registry[key].async_call(*args, **kwargs)`, `CallbacksExecutor`'s `async def`;
    3.0 made it `async def` itself and was claimed "now a coroutine function")."""
    if _declares_awaitable(before, awaitables):
        return True
    if before.returns_self and _returns_own_coroutine(before, old):
        return True
    return before.delegates and before.path.rsplit(".", 1)[-1] in coroutines()


_MAX_SELF_HOPS = 4
"""`return self.x(...)` steps followed from a method to the coroutine function it hands back a call of."""


def _returns_own_coroutine(before: Symbol, old: Surface) -> bool:
    """The method hands back a call of another method of its class that is, on that class, a coroutine function, or
    that does the same (bounded): django-ninja 1.6's `TestAsyncClient.get` is `NinjaClientBase.get`, which returns
    `self.request(...)`, which returns `self._call(...)`, `TestAsyncClient`'s `async def`: `await client.get(...)`
    worked already, and 1.7 making `get` an `async def` itself was claimed "now a coroutine function"."""
    owner = before.path.rpartition(".")[0]
    symbol: Symbol | None = before
    for _ in range(_MAX_SELF_HOPS):
        if symbol is None or not symbol.returns_self:
            return False
        symbol = old.symbols.get(f"{owner}.{symbol.returns_self}")
        if symbol is not None and symbol.kind == "method" and _awaitable(symbol):
            return True
    return False


def _callable_shapes(
    before: Symbol,
    after: Symbol,
    awaitables: frozenset[str],
    coroutines: Callable[[], frozenset[str]],
    old: Surface,
) -> Iterator[tuple[str, str]]:
    # a stub's calls only ever raised (jinja2 2.11's `render_async` placeholder): what they return breaks no one
    if before.stub or before.refuses_calls:
        return
    # abstract before: every instance came from a subclass overriding it (anyio 3's `Event.is_set`, abstract in 2.2,
    # now a stub on a class whose `__new__` builds the backend's); abstract now: `method_made_abstract` says it
    if (after.stub or after.refuses_calls) and not (before.abstract or after.abstract):
        yield (
            "callable_now_raises",
            "every call now raises NotImplementedError: only a subclass overriding it still works"
            if after.stub
            else "every call now raises (or ends the program)",
        )
        return
    if _awaitable(before) != _awaitable(after) and not (
        _returns_awaitable(after, awaitables) or _protocol_made_plain(before)
        if _awaitable(before)
        else _awaited_already(before, awaitables, coroutines, old)
    ):
        yield (
            ("sync_to_async", "now a coroutine function: calls return an awaitable")
            if _awaitable(after)
            else ("async_to_sync", "no longer a coroutine function: `await` on its result fails")
        )
    elif before.is_async != after.is_async and before.is_generator and after.is_generator:
        yield (
            ("sync_to_async", "now an async generator: iterate it with `async for`")
            if after.is_async
            else ("async_to_sync", "no longer an async generator: `async for` over it fails")
        )
    elif before.is_generator != after.is_generator and not after.is_async and not _may_iterate(before, after):
        yield (
            ("function_to_generator", "now a generator: calls return an iterator, not the value")
            if after.is_generator
            else ("generator_to_function", "no longer a generator")
        )
    if before.kind == "function" and before.decorator == "bare" and after.decorator == "factory":
        yield (
            "decorator_to_factory",
            "now a decorator factory: `@name` must become `@name()`; applied bare, it takes the function as its first "
            "option and the decorated name no longer runs it",
        )
    if before.method_kind in ("classmethod", "staticmethod") and after.method_kind == "method":
        yield f"{before.method_kind}_to_instance_method", f"no longer a {before.method_kind}: calls on the class fail"


_TOLERATED = frozenset({("frozenset", "set"), ("mappingproxy", "dict")})
"""Changes of the held type no common use of the old value notices (a set does what a frozenset did, bar hashing; a
dict what a read-only mapping did)."""


def _held_change(before: Symbol, after: Symbol) -> Iterator[tuple[str, str]]:
    """An attribute assigned another builtin container or text type (bleach 6's `ALLOWED_TAGS`, a list, now a
    frozenset: `ALLOWED_TAGS + ["p"]` raises TypeError)."""
    if "property" in (before.held, after.held) or before.held == "mappingproxy":
        return  # reading a property on an instance gives what its getter does; no builtin name for a witness
    if before.held and after.held and before.held != after.held and (before.held, after.held) not in _TOLERATED:
        held = before.held
        yield "attribute_type_changed", f"now a {after.held}, was a {held}: code using it as a {held} fails"


def _enum_member(path: str, surface: Surface) -> bool:
    """`path` is a member of an Enum class: the member is no value its body assigns, so another value's type changes
    only its `.value` (pathvalidate 3.0's `ErrorReason.NULL_NAME = (code, "NULL_NAME", text)`, `"NULL_NAME"` before:
    an `ErrorReason` both times, no `str` ever)."""
    holder = surface.symbols.get(path.rpartition(".")[0])
    return holder is not None and holder.kind == "class" and bool(ENUM_BASES & set(holder.external_bases))


def _read_now_raises(before: Symbol, after: Symbol) -> bool:
    """A value read fine before (an attribute, or a property whose getter did not only raise) is now a property whose
    getter only raises an error other than NotImplementedError, the placeholder a subclass overrides: gensim 4.0's
    `KeyedVectors.vocab`, set in `__init__` before, is a property raising `AttributeError("The vocab attribute was
    removed ...")`, and `model.wv.vocab` fails on every install."""
    return (
        after.kind == "property"
        and after.refuses_calls
        and before.kind in ("attribute", "property")
        and not (before.refuses_calls or before.stub)
    )


def _set_over(after: Symbol, owner: Symbol | None) -> bool:
    """A method of the class assigns the name on `self` over the def (see `surface._REBINDS_CLASS`): instances that
    ran it (an environment after `reset()`) hold the value it keeps, so the value still reads as before."""
    return owner is not None and after.path.rsplit(".", 1)[-1] in owner.self_sets


def _member_shapes(
    before: Symbol,
    after: Symbol,
    class_check: Callable[[str, str], bool],
    owner: Symbol | None,
    callable_type: Callable[[str], bool],
    was_callable: Callable[[str], bool],
    dropped: frozenset[str] = frozenset(),
) -> Iterator[tuple[str, str]]:
    """`owner` is the new class holding `after` (None for a module-level name); `callable_type`, `was_callable`:
    whether values of an annotation of the new, the old release can be called; `dropped`: see `dropped_classes`."""
    known = not (before.signature_unknown or after.signature_unknown)  # an unknown decorator: shape unknown too
    if known and before.kind == "property" and after.kind == "method":
        # a property handing back a function was read only to call it (sentence-transformers 5.7's
        # `similarity -> Callable[[Tensor, Tensor], Tensor]`): `model.similarity(a, b)` calls the method alike
        # so was one handing back a lambda it built (reportlab 4.1's `Canvas.drawBoundary`)
        if not (before.returns and was_callable(before.returns)) and before.returns_inferred != CALLABLE:
            yield "property_to_method", "now a method: reading it gives a bound method, not the value"
    elif known and before.kind == "method" and after.kind == "property":
        # a stub alone making it a property may say what the compiled class always had (see `stubforms`); a call of
        # an old placeholder only raising NotImplementedError never worked (lark 1.0's `Pattern.min_width`, whose
        # 0.12 subclasses already made it a property)
        placeholder = before.stub or stub_declared(before, after)
        if not (after.returns and callable_type(after.returns)) and not placeholder:
            yield "method_to_property", "now a property: calling it fails"
    elif before.kind == "attribute" and before.data and after.kind == "method" and not _set_over(after, owner):
        yield "attribute_to_method", "now a method: reading it gives a bound method, not the value it held"
    elif known and before.kind == "method" and after.kind == "attribute" and after.data and owner is not None:
        # aiomqtt 2.0's `Client.messages`, a method in 1.2, is the async generator `__init__` makes
        yield "method_to_attribute", "now a value, not a method: calling it fails"
    elif known and before.kind == "method" and after.kind == "attribute" and owner is not None and after.instance:
        if before.returned_from and after.returned_from == before.returned_from:
            # django-crispy-forms 2.0's `FormActions.flat_attrs` is `flatatt(kwargs)`, set by `__init__`; the method
            # returned `flatatt(self.attrs)`: calling the attribute calls the value the method gave
            called = before.returned_from.rsplit(".", 1)[-1]
            said = f"now the value of a call of {called}() the constructor sets, which the method returned"
            yield "method_to_attribute", f"{said}: calling it calls that value"
    if (
        after.kind == "property"
        and not after.settable
        and before.kind in ("attribute", "property")
        and before.settable
        and not (owner is not None and owner.custom_setattr)
        and not protobuf_message(owner)  # its `__setattr__` decides, as before
    ):
        yield "attribute_made_read_only", "now a property without a setter: assigning it raises AttributeError"
    if before.kind == after.kind == "property" and before.returns and after.returns:
        if return_incompatible(given_return(before) or "", after.returns, class_check, dropped):
            widened = MAY_BE_NONE if none_added(before.returns, after.returns) else ""
            yield "return_type_changed", f"type changed from {before.returns} to {after.returns}{widened}"
    elif before.kind == "property" and after.kind == "attribute" and before.returns and after.annotation:
        # pyproject-metadata 0.9's `StandardMetadata.metadata_version`, a `-> str` property in 0.8 that filled in a
        # default, is the dataclass field `str | None`: a read gives what the reader of the old type cannot rely on
        declared = _declared(after.annotation)
        if not after.instance and return_incompatible(given_return(before) or "", declared, class_check, dropped):
            widened = MAY_BE_NONE if none_added(before.returns, declared) else ""
            yield "return_type_changed", f"type changed from {before.returns} to {declared} (now an attribute){widened}"
    # `object.__new__` is what refuses an abstract class: a `__new__` handing back another class's object never
    # calls it (pyvisa-py 0.6's `TCPIPInstrSession`, whose `close` became abstract, builds a `TCPIPInstrVxi11`)
    if after.abstract and not before.abstract and not (owner is not None and owner.built_elsewhere):
        yield "method_made_abstract", "now abstract: subclasses that do not override it cannot be instantiated"


def _callable_types(surface: Surface) -> Callable[[str], bool]:
    """annotation -> True when what it names can be called: `Callable[...]`, or a class of `surface` so named, each
    of them with a `__call__` (langchain-core 1.0's `BaseMessage.text` became a property returning a `TextAccessor`,
    a `str` whose `__call__` keeps `message.text()` working). The surface's classes are listed on the first ask."""
    calls: dict[str, bool] = {}

    def answers(annotation: str) -> bool:
        name = annotation.strip("'\"").split("[", 1)[0].rsplit(".", 1)[-1]
        if name == "Callable":
            return True
        if not calls:
            for path, symbol in surface.symbols.items():
                if symbol.kind == "class":
                    last = path.rsplit(".", 1)[-1]
                    calls[last] = calls.get(last, True) and f"{path}.__call__" in surface.symbols
        return calls.get(name, False)

    return answers


def _set_on_an_ancestor(path: str, surface: Surface, class_level: Callable[[], frozenset[str]]) -> bool:
    """A class further down the order of the member's class still sets it on the class: reading it there finds that
    (textual 1.0's `CommandInput` now derives from `ScrollableContainer`, whose `__init__` sets `self.can_focus`, and
    from `Widget`, whose `can_focus = False` `CommandInput.can_focus` still reads). An ancestor that only annotates it
    sets nothing: sqlalchemy 2.0's `Dialect.type_compiler: Any` leaves `PGDialect.type_compiler` unreadable on the
    class. A slot an ancestor declares is a descriptor on that class: aiohttp 3.11's `EmptyStreamReader.__init__`
    sets `self.total_bytes`, a slot of `StreamReader`, which the class still reads. An ancestor defined in a private
    module has no members recorded under its own path, only under the public paths that re-export it: `class_level`
    (see `_class_level_targets`) finds them by definition."""
    owner, _, name = path.rpartition(".")
    holder = surface.symbols.get(owner)
    if holder is None:
        return False
    found = (surface.symbols.get(f"{ancestor}.{name}") for ancestor in holder.mro)
    if any(member is not None and _bound_on_class(member) for member in found):
        return True
    return any(f"{ancestor}.{name}" in class_level() for ancestor in holder.mro)


def _bound_on_class(member: Symbol) -> bool:
    """Reading the member on its class finds something: a class-level binding, or a slot's descriptor."""
    return member.slot or not (member.instance or member.declared)


def _class_level_targets(surface: Surface) -> frozenset[str]:
    """The definition of every member bound on its class, whichever public path records it (joserfc 1.6's
    `JWSAlgModel.recommended = False`, defined in `joserfc._rfc7515.model`, is recorded as
    `joserfc.jwa.JWSAlgModel.recommended` only)."""
    return frozenset(s.target for s in surface.symbols.values() if s.target and _bound_on_class(s))


def _tuple_field(path: str, surface: Surface) -> bool:
    """`path` names a field of a namedtuple of `surface`: read on the class it gives a descriptor, as a property gives
    itself, no value anyone relied on (pytest-redis 2.4's `NoopRedis = namedtuple(...)`, a class setting `self.host`
    in its `__init__` in 3.0). An assignment in a `NamedTuple` body that is no field is a class attribute."""
    owner, _, name = path.rpartition(".")
    holder = surface.symbols.get(owner)
    return holder is not None and holder.record == "namedtuple" and any(p.name == name for p in holder.params or ())


TRAITS_BASES = frozenset(
    f"{module}.{name}"
    for module in ("traits.api", "traits.has_traits", "enthought.traits.api", "enthought.traits.has_traits")
    for name in ("HasTraits", "HasStrictTraits", "HasPrivateTraits", "HasRequiredTraits", "ABCHasTraits")
)
"""Enthought Traits' bases, whose metaclass deletes each trait a class body defines (`threshold = t.Float(400)`)
from the class's namespace into `__class_traits__`: instances have it, the class never did."""


def _trait_of(path: str, surface: Surface) -> bool:
    """`path` names a class attribute of a class deriving from a Traits base (see `TRAITS_BASES`): a trait, reading
    it on the class raised AttributeError already (hyperspy 1.7's `SpikesRemoval.threshold`, a `t.Float(400)` in
    1.6); a plain value there, which stays on the class, is not told apart: no claim either way."""
    holder = surface.symbols.get(path.rpartition(".")[0])
    return holder is not None and not TRAITS_BASES.isdisjoint(holder.mro)


def _class_member(path: str, surface: Surface) -> bool:
    """`path` names a member of a class of `surface` (a module attribute is never set on instances)."""
    holder = surface.symbols.get(path.rpartition(".")[0])
    return holder is not None and holder.kind == "class"


def _annotation_changed(
    before: Symbol, after: Symbol, class_check: Callable[[str, str], bool], dropped: frozenset[str] = frozenset()
) -> bool:
    """A module or class attribute annotated on both sides with types a reader of the old one cannot rely on (read
    as a return is: the new type must be the old or narrower). An attribute annotated on `self` in `__init__` is left
    out: no `__annotations__` holds it, so no witness can show the change."""
    if not (before.kind == after.kind == "attribute" and before.annotation and after.annotation):
        return False
    if before.instance or after.instance or before.annotation == after.annotation:
        return False
    return return_incompatible(_declared(before.annotation), _declared(after.annotation), class_check, dropped)


_QUALIFIERS = ("ClassVar", "typing.ClassVar", "Final", "typing.Final", "typing_extensions.Final")


def _declared(annotation: str) -> str:
    """The type an annotation declares, without the qualifier saying how it is bound (`ClassVar[int]` is an int;
    a bare `Final` or `ClassVar` declares none, read as the unknown `Any`)."""
    if annotation in _QUALIFIERS:
        return "Any"
    for qualifier in _QUALIFIERS:
        if annotation.startswith(qualifier + "[") and annotation.endswith("]"):
            return annotation[len(qualifier) + 1 : -1]
    return annotation


def hook_drops(old: Surface, new: Surface) -> list[Shape]:
    """Methods the old class called on `self` (hooks subclasses override) that nothing in the new release calls."""
    found: list[Shape] = []
    still_called = set(new.called)
    for path, before in old.symbols.items():
        after = new.symbols.get(path)
        if after is None or before.kind != "class" or after.kind != "class" or not before.hooks:
            continue
        kept = {hook for hook, _ in after.hooks}
        for hook, caller in before.hooks:
            if caller.startswith("_"):
                continue  # a private caller may itself be dead code: only a public one's call is claimed lost
            if hook == caller:
                continue  # it recursed (jsonref 0.3's `JsonRef.replace_refs`): users call an override themselves
            member, calling = new.symbols.get(f"{path}.{hook}"), new.symbols.get(f"{path}.{caller}")
            if member is None or calling is None or hook in kept or hook in still_called:
                continue
            if member.kind != "method":
                continue  # now bound from a call (jsonargparse 4.50's `instantiate = renamed_parameter_warning(...)(
                # InstantiateMethod.instantiate)`): calls of it are not told apart, so none is known lost
            old_member = old.symbols.get(f"{path}.{hook}")
            if old_member is not None:
                found.append(
                    (
                        old_member,
                        member,
                        "hook_no_longer_called",
                        f"'{caller}' no longer calls it: overrides in subclasses are silently ignored",
                    )
                )
    return found


_STRUCTURAL = frozenset(
    {"Hashable", "Awaitable", "AsyncIterable", "AsyncIterator", "Iterable", "Iterator", "Reversible"}
    | {"Sized", "Container", "Collection", "Callable", "Buffer"}
)
_UNNAMED_BASES = frozenset(
    {"object", "builtins.object", "typing.Generic", "abc.ABC", "?"}
    | {f"{module}.{name}" for module in ("typing", "collections.abc", "typing_extensions") for name in _STRUCTURAL}
    | {f"{module}.{name}" for module in ("typing", "typing_extensions") for name in ("NamedTuple", "TypedDict")}
    | {"typing.Protocol", "typing_extensions.Protocol"}
)
"""Bases no `isinstance` or `except` of a user names: `abc.ABC` holds nothing but the `ABCMeta` metaclass (written
`metaclass=ABCMeta` instead, or dropped, abstract methods are only enforced less); the one-method ABCs of
`collections.abc` (`Iterable`, `Sized`, ...) answer `isinstance` by the methods a class has, base or not (numpy 1.21's
stub dropping `Iterable` from `ndarray`'s bases); `typing.NamedTuple` and `TypedDict` are no bases at run time (the
class's bases are `tuple`, `dict`: a `namedtuple(...)` or `dict` subclass replacing one loses nothing, and
`isinstance(x, NamedTuple)` is an error); `typing.Protocol`, whose `isinstance` is an error too, is what an
explicit subclass of a protocol class derives from, as of `Generic` (pypdf 6.20's `PdfObject` no longer derives from
the private `PdfObjectProtocol(Protocol)`: 36 classes were claimed "no longer a subclass of typing.Protocol"); "?" is
a base never named (`with_metaclass(...)`); every class derives from `object`, however spelled (asciimatics 1.14's
`from builtins import object`, python-future's idiom, then `class Particle(object)`: 1.15's `class Particle()` was
claimed "no longer a subclass of builtins.object")."""


_OPERATOR_METHODS = frozenset({"__hash__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__"})
"""Given to a class from outside its body (`setattr(Cls, "__lt__", ...)`, see `Symbol.set_by_name`): what its
instances then do is not read from the bodies (see `operators`)."""


def _class_shapes(
    before: Symbol,
    after: Symbol,
    now: Callable[[str], str],
    hidden: _HiddenTargets,
    answers: Callable[[str, str], bool],
    gone: Callable[[str], bool],
    renamed: Callable[[str, Symbol], bool],
) -> Iterator[tuple[str, str]]:
    """`now`: where an old class path leads in the new release (werkzeug 3.1's `OrderedMultiDict` is served by a
    deprecation shim as `_OrderedMultiDict`: a subclass of that still is one); "" when the path still imports but
    leads to what the new surface does not record (websockets 11's `connection.Connection`, privately re-imported
    from `protocol.Protocol`): whether a subclass still is one is unknown, so no claim. `hidden`: a base of the
    release's own that no public path named, which no user's `isinstance` or `except` names either. `answers`:
    `isinstance` still holds for the class without the base (see `_still_answers`). `gone`: a base the release
    removed outright (see `_removed_outright`), whose own removal is the claim. `renamed`: a base the release renamed,
    an old path to it now leading to a class still among the ancestors (see `_renamed_base`)."""
    if after.sealed and not (before.sealed or before.final):
        yield "final_added", "now refuses subclasses: defining one raises TypeError (its `__init_subclass__` raises)"
    elif after.final and not (before.final or before.sealed):
        yield "final_added", "now @final: subclassing it is an error for type checkers"
    # a shim subclass's base: itself now
    kept = {target.rsplit(".", 1)[-1] for target in (after.target, *runtime_mro(after.mro))}
    unknown = [base for base in after.external_bases if not is_stdlib(base)]
    if "__class__" in after.self_sets:
        return  # its methods give instances another class (accelerate 0.34's `DataLoaderShard`): bases unknown
    lost = [
        t
        for t in runtime_mro(before.mro)
        if t.rsplit(".", 1)[-1] not in kept
        and now(t)
        and now(t).rsplit(".", 1)[-1] not in kept
        and t not in _UNNAMED_BASES
        and not t.rsplit(".", 1)[-1].startswith("_")  # a private base nobody names (aiohttp 3.9's `_HTTPMove`)
        and not hidden(t)  # nor one a private module alone holds (anyio 3.7's `DeprecatedAsyncContextManager`)
        and not unknown
        and not any(stdlib_subclass(base, t) for base in after.external_bases)
        and not answers(now(t), after.path)
        and not gone(t)
        and not renamed(t, after)
    ]
    if lost:
        exception = any(
            t.rsplit(".", 1)[-1] in EXCEPTION_ROOTS or stdlib_subclass(t, "BaseException") for t in before.mro
        )
        kind = "exception_base_removed" if exception else "base_removed"
        lost_base = hidden.spelled(lost[0])
        record = before.record == "namedtuple" and lost[0] == "tuple"
        yield (
            kind,
            f"no longer a subclass of {lost_base}"
            + (": `except` clauses naming it miss it" if exception else "")
            + (" (a named tuple no more: unpacking, indexing, `_asdict()` and `_replace()` fail)" if record else "")
            + (f" (a model no more: {MODEL_KEYWORDS_LOST})" if model_no_more(before, after) else ""),
        )


MODEL_KEYWORDS_LOST = "keywords naming no field, which it ignored, now raise TypeError"
"""What a model's generated `**data` (extra keywords ignored) becomes when the class is a model no more."""


def model_no_more(before: Symbol, after: Symbol) -> bool:
    """A pydantic model ignoring keywords that name no field (its generated constructor's `**data`) is a class of
    another kind now (webauthn 2.0's structs, dataclasses): the constructor's lost `**data` is one consequence of the
    base lost, said with it once, not a parameter of its own removed."""
    return before.kind == after.kind == "class" and before.model_extra == "ignore" and not after.model_extra


def _made_frozen(path: str, old: Surface, new: Surface) -> bool:
    """The class holding the attribute became a frozen record (django-simple-history 3.6's `ModelChange`, now
    `@dataclass(frozen=True)`, whose `field` 3.5 set in `__init__`): assignments on its instances now raise. Not
    when the old class defined `__setattr__` (it may have refused them already) or held no `__dict__`."""
    owner = path.rsplit(".", 1)[0]
    before, after = old.symbols.get(owner), new.symbols.get(owner)
    if before is None or after is None or before.kind != "class" or after.kind != "class":
        return False
    return after.frozen and not before.frozen and not before.custom_setattr and before.record != "namedtuple"


def shape_changes(old: Surface, new: Surface, outside: Outside) -> list[Shape]:
    """Every shape change of a symbol present in both releases, plus abstract methods added to existing classes
    (`outside`: the dependencies' classes, which may have had them abstract already)."""
    class_check = class_checker(new)
    callable_type = _callable_types(new)
    was_callable = _callable_types(old)
    dropped = dropped_classes(old, new)
    found: list[Shape] = []

    def now(path: str) -> str:
        symbol = new.symbols.get(path)
        if symbol is None and "." in path and still_importable(path, new):
            return ""
        return symbol.target if symbol is not None and symbol.target else path

    hidden = _hidden_targets(old)
    children: dict[str, set[str]] = {}
    deciders = cache(partial(_instance_deciders, new))  # read when a class lost a base: rare
    overridden = cache(partial(overridden_below, new))  # read when a callable now raises: rare
    awaitables = awaitable_classes(new)
    coroutines = cache(partial(_coroutine_names, old))  # read when a plain def became `async def`: rare
    class_paths = cache(partial(_class_paths, old))  # read when a class lost a base: rare
    class_level = cache(partial(_class_level_targets, new))  # read when an attribute moved to instances: rare
    for path, before in old.symbols.items():
        after = new.symbols.get(path)
        if after is not None and before.kind == after.kind == "attribute":
            held = [] if _enum_member(path, old) else [(before, after, k, d) for k, d in _held_change(before, after)]
            # the value's own change says more
            if not held and _annotation_changed(before, after, class_check, dropped):
                detail = f"annotation changed from {before.annotation} to {after.annotation}"
                detail += (
                    MAY_BE_NONE
                    if none_added(_declared(before.annotation or ""), _declared(after.annotation or ""))
                    else ""
                )
                held.append((before, after, "attribute_annotation_changed", detail))
            if (
                not (before.instance or before.declared or after.slot)
                and before.held != "property"  # read on the class, a property gave itself: no value relied on
                and not _tuple_field(path, old)  # so did a namedtuple's field
                and after.instance
                and _class_member(path, new)
                and not _set_on_an_ancestor(path, new, class_level)
                and not _trait_of(path, old)
            ):
                detail = "now set on each instance only: reading it on the class raises AttributeError"
                held.append((before, after, "class_attribute_now_instance_only", detail))
            if before.settable and _made_frozen(path, old, new):
                detail = "its class is now frozen: assigning it on an instance raises FrozenInstanceError"
                held.append((before, after, "attribute_made_read_only", detail))
            found.extend(held)
        if after is not None and before.kind == after.kind == "attribute":
            # a callable bound by applying an expiring deprecator (nibabel 5.0's `setattr_on_read =
            # deprecate_with_version(..., until='5.0')(auto_attr)`): every call now raises
            if lapsed := expired(before.expires_in, after.expires_in, old.version, new.version):
                found.append((before, after, "callable_now_raises", lapsed.replace("`@", "`", 1)))
            continue
        if after is None or before.kind == after.kind and before.kind in ("module", "alias"):
            continue  # nothing with a shape to change
        shapes: list[tuple[str, str]] = []
        if before.kind == "class" and after.kind == "function":
            shapes.append(("class_to_function", f"{_no_class(after)}: subclassing it or isinstance checks fail"))
        if before.kind == after.kind == "class" and _construction_now_raises(before, after):
            # PyPDF2 3.0's `PdfFileReader.__init__` opens with `deprecation_with_replacement(...)`, which raises
            shapes.append(("callable_now_raises", "creating an instance now raises (or ends the program)"))
        if _callable(before) and _stand_in(before, after) and not _built_elsewhere(new, path):
            shapes.append(("callable_now_raises", "now a stand-in made by a factory: every call raises"))
        if _read_now_raises(before, after) and after.target not in overridden():
            shapes.append(("read_now_raises", "every read now raises: its getter only raises"))
        if (
            before.kind in ("function", "method")  # whatever the deprecator makes of its signature
            and not (after.stub or after.refuses_calls)
            and (lapsed := expired(before.expires_in, after.expires_in, old.version, new.version))
            and not (after.target in overridden() or _built_elsewhere(new, path))
        ):
            shapes.append(("callable_now_raises", lapsed))
        if (
            before.kind == after.kind == "property"  # the getter the deprecator wraps raises on every read
            and not (after.stub or after.refuses_calls)
            and (lapsed := expired(before.expires_in, after.expires_in, old.version, new.version))
            and after.target not in overridden()
        ):
            shapes.append(("read_now_raises", lapsed.replace("every call now raises", "every read now raises")))
        if _callable(before) and _callable(after):
            shapes.extend(
                (kind, detail)
                for kind, detail in _callable_shapes(before, after, awaitables, coroutines, old)
                if kind != "callable_now_raises" or not (after.target in overridden() or _built_elsewhere(new, path))
            )
        if before.kind != "class" or after.kind != "class":
            owner = new.symbols.get(path.rsplit(".", 1)[0])
            shapes.extend(_member_shapes(before, after, class_check, owner, callable_type, was_callable, dropped))
        else:
            answers = partial(_still_answers, old, new, children, deciders)
            gone = partial(_removed_outright, old, dropped, now)
            renamed = partial(_renamed_base, class_paths, new)
            shapes.extend(_class_shapes(before, after, now, hidden, answers, gone, renamed))
            if not (before.built_elsewhere or after.built_elsewhere or _OPERATOR_METHODS & set(after.set_by_name)):
                shapes.extend(operator_shapes(before.hashable, after.hashable, before.orders, after.orders))
        found.extend((before, after, kind, detail) for kind, detail in shapes)
    for path, after in new.symbols.items():
        parent = old.symbols.get(path.rsplit(".", 1)[0])
        if after.abstract and path not in old.symbols and parent is not None and parent.kind == "class":
            if outside.abstract_member(parent, path.rsplit(".", 1)[-1]) is not False:
                # sb3-contrib 2.3's `MaskableDistribution.proba_distribution_net`, abstract on stable-baselines3's
                # `Distribution` already: the subclasses users wrote define it (or whether they must is unknown)
                continue
            found.append(
                (
                    parent,
                    after,
                    "abstract_method_added",
                    f"new abstract method '{path.rsplit('.', 1)[-1]}': existing subclasses cannot be instantiated",
                )
            )
    return found + hook_drops(old, new)


def _class_paths(surface: Surface) -> dict[str, list[str]]:
    """Class target -> the paths the surface names it by."""
    found: dict[str, list[str]] = {}
    for path, symbol in surface.symbols.items():
        if symbol.kind == "class" and symbol.target:
            found.setdefault(symbol.target, []).append(path)
    return found


MAX_BASE_PATHS = 64
"""Old paths of a lost base looked up in the new release: a hostile package may re-export a class thousands of times."""


def _renamed_base(paths: Callable[[], dict[str, list[str]]], new: Surface, base: str, after: Symbol) -> bool:
    """The release renamed the base, and a path the old one named it by now leads to a class still among the
    class's ancestors: keras 3.7 renamed `backend.common.variables.KerasVariable` to `Variable`, which
    `backend.common` still imports `as KerasVariable`, and each backend's `Variable` still derives from it (they were
    claimed "no longer a subclass of ...variables.KerasVariable"). `isinstance` against any old path still holds; the
    old definition path no longer importing is its own removal claim."""
    if base in new.symbols:
        return False  # not renamed: still defined where it was, a class apart from the one now derived from
    kept = {after.target, *after.mro}
    for path in paths().get(base, [])[:MAX_BASE_PATHS]:
        symbol = new.symbols.get(path)
        if symbol is not None and symbol.kind == "class" and symbol.target in kept:
            return True
    return False


def _removed_outright(old: Surface, dropped: frozenset[str], now: Callable[[str], str], path: str) -> bool:
    """A class of the old release that the new one removed outright: its path no longer imports and no class of the
    new release bears its name (flask-appbuilder 5.0 removed `views.RestCRUDView` and `api.BaseModelApi`, and 34 of
    their subclasses were each claimed "no longer a subclass"). Whoever names it breaks on its import, which its
    removal claims; a subclass's lost base adds nothing. A base moved elsewhere, or still importable, is not gone:
    `isinstance(x, Base)` from its new home fails on the subclass, and that stays claimed."""
    symbol = old.symbols.get(path)
    return symbol is not None and symbol.kind == "class" and now(path) == path and path.rsplit(".", 1)[-1] in dropped


def _still_answers(
    old: Surface,
    new: Surface,
    children: dict[str, set[str]],
    deciders: Callable[[], frozenset[str]],
    base: str,
    path: str,
) -> bool:
    """`isinstance(obj, base)` may hold for the class at `path` without the base. The new release's `base` runs code
    to answer it (see `Symbol.decides_instances`: click 8.2's deprecated `BaseCommand` passes every `Command`, which
    no longer derives from it), or the release registers the class, or one of its ancestors, with it
    (`Base.register(Cls)`, see `registered`).
    Or the new release's `base` is a runtime-checkable Protocol and the class at `path` has every member it declares:
    `isinstance(obj, base)` holds without the base (discord.py 2.0 turned `discord.abc.User`, an ABC its `Member`
    derived from, into such a Protocol `Member` no longer names). Or the old release's `base` was a Protocol not
    runtime-checkable: `isinstance` and `issubclass` against it raised TypeError, so none worked that fails now
    (dulwich 1.2's `LineEndingFilter` no longer derives from `FilterDriver(Protocol)`). `children`: class path ->
    member names, filled on the first call (a lost base is rare; the surface is scanned once), and `deciders` the
    classes answering by code (see `_instance_deciders`), listed on the first call too."""
    if base in deciders():
        return True
    cls = new.symbols.get(path)
    # an ABC answers for a registered class's subclasses too (universal-pathlib 0.3 registers `LocalPath` with `UPath`,
    # which its `PosixUPath` no longer derives from)
    ancestors = (cls.target, *cls.mro) if cls is not None else (path,)
    if any((ancestor, base) in new.registered for ancestor in ancestors):
        return True
    was = old.symbols.get(base)
    if was is not None and was.kind == "class" and _declares_protocol(was) and not was.runtime_protocol:
        return True
    protocol = new.symbols.get(base)
    if protocol is None or not protocol.runtime_protocol:
        return False
    if not children:
        for member in new.symbols:
            owner, _, name = member.rpartition(".")
            children.setdefault(owner, set()).add(name)
    declared = {name for name in children.get(base, set()) if not (name.startswith("__") and name.endswith("__"))}
    return declared <= children.get(path, set())


def _instance_deciders(new: Surface) -> frozenset[str]:
    """The classes of `new` that answer `isinstance` by code, by target: a private one (click 8.2's `_BaseCommand`)
    has a symbol of its own that does not say, the public path serving it does."""
    return frozenset(symbol.target for symbol in new.symbols.values() if symbol.decides_instances)


def _declares_protocol(symbol: Symbol) -> bool:
    """A protocol class: `typing.Protocol` is among its own bases, not only further up its order."""
    return any(base.rsplit(".", 1)[-1] == "Protocol" for base in symbol.bases) and any(
        ancestor in ("typing.Protocol", "typing_extensions.Protocol") for ancestor in symbol.mro
    )


def _construction_now_raises(before: Symbol, after: Symbol) -> bool:
    """Every creation of the class now raises: its constructor refuses every call, or only raises
    `NotImplementedError` (snakemake 8's `remote.S3.RemoteProvider` inherits `RemoteProviderBase.__init__(self, *args,
    **kwargs)`, which raises it: providers were replaced by storage plugins). Not when the old one did, nor for an
    abstract class, which no call built."""
    if before.refuses_calls or before.stub or before.abstract or after.abstract:
        return False
    return after.refuses_calls or after.stub


def _built_elsewhere(new: Surface, path: str) -> bool:
    """The member's class never builds its own instances (see `newbuilds`): calls reach what its `__new__` returns."""
    owner = new.symbols.get(path.rsplit(".", 1)[0])
    return owner is not None and owner.kind == "class" and owner.built_elsewhere


def overridden_below(new: Surface) -> set[str]:
    """Definitions of methods a subclass in the release defines again: a base's method that now only raises
    `NotImplementedError` there is a hook the subclasses fill (tornado 6's `IOLoop.make_current`, which every loop
    `IOLoop()` builds overrides), not a call that fails."""
    found: set[str] = set()
    for path, symbol in new.symbols.items():
        owner, _, name = path.rpartition(".")
        holder = new.symbols.get(owner)
        if holder is None or holder.kind != "class" or symbol.target != f"{holder.target}.{name}":
            continue
        found.update(f"{ancestor}.{name}" for ancestor in holder.mro)
    return found


def _no_class(after: Symbol) -> str:
    """What a class became: a function, or what the decorator replacing a def makes (celery 5's `bin.amqp.amqp`, a
    `@click.group` command, not a function)."""
    for prefix in ("replaced by the decorator ", CLICK_COMMAND):
        if after.signature_unknown.startswith(prefix):
            return f"now what {after.signature_unknown.removeprefix(prefix)} makes of a def, no class"
    return "now a function"


def _private_path(path: str) -> bool:
    return any(part.startswith("_") and not part.endswith("__") for part in path.split("."))


def _hidden_targets(old: Surface) -> _HiddenTargets:
    """Whether a class target is the release's own, spelled through a private module or name, and no public path of
    the release leads to it (the release read on the first question: only a lost base asks)."""

    return _HiddenTargets(old)


class _HiddenTargets:
    """`_hidden_targets`'s answer: the release is read on the first question (only a lost base asks)."""

    def __init__(self, old: Surface) -> None:
        self._old = old
        self._known: tuple[set[str], dict[str, str]] | None = None

    def _read(self) -> tuple[set[str], dict[str, str]]:
        if self._known is None:
            symbols = self._old.symbols
            tops = {path.split(".", 1)[0] for path in symbols}
            public: dict[str, str] = {}
            for path in sorted((p for p in symbols if not _private_path(p)), key=lambda p: (p.count("."), p)):
                public.setdefault(symbols[path].target or path, path)
            self._known = tops, public
        return self._known

    def __call__(self, target: str) -> bool:
        tops, public = self._read()
        return target.split(".", 1)[0] in tops and _private_path(target) and target not in public

    def spelled(self, target: str) -> str:
        """The public path users spell for a class target of the release defined under a private one, the shortest
        when several lead to it (beartype 0.19's lost base `beartype.roar._roarexc.BeartypeCallHintException`, which
        users import as `beartype.roar.BeartypeCallHintException`); the target itself otherwise."""
        return self._read()[1].get(target, target) if _private_path(target) else target


def export_drops(old: Surface, new: Surface) -> list[tuple[str, str]]:
    """(module, name) for names dropped from `__all__` that the module still binds (`import *` no longer
    brings them); a name the old `__all__` listed twice is dropped once (mercantile 0.11 listed `xy` twice)."""
    dropped = []
    for module, names in old.exports.items():
        if module not in new.bound:
            continue
        exported = new.exports.get(module)
        for name in dict.fromkeys(names):
            still_star = name in exported if exported is not None else not name.startswith("_")
            if not still_star and name in new.bound[module]:
                dropped.append((module, name))
    return dropped
