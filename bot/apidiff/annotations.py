"""Compare type annotations as written. Spellings of one type are equal (`t.Optional[t.List[str]]`, `list[str] | None`);
a return type may narrow and a parameter type may widen. Only changes whose types we can relate statically are
reported: builtin types among themselves, and a builtin becoming a class of the release that is no subclass of it (an
Enum, `str` -> `Color`; a plain class, `dict` -> `ColumnMapping`)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from functools import lru_cache

from bot.apidiff.model import Param, Symbol
from bot.apidiff.returned import CALLABLE, HELD, NONE, NOTHING

_ALIASES = {
    "List": "list",
    "Dict": "dict",
    "Tuple": "tuple",
    "Type": "type",
    "Set": "set",
    "FrozenSet": "frozenset",
    "NoneType": "None",
    "Text": "str",
    "AnyStr": "str|bytes",
}
BUILTIN_TYPES = frozenset(
    {
        "str",
        "bytes",
        "int",
        "float",
        "bool",
        "complex",
        "None",
        "list",
        "dict",
        "tuple",
        "set",
        "frozenset",
        "bytearray",
        "type",
    }
)
ClassCheck = Callable[[str, str], bool]
"""(type name, builtin) -> True when the name is a class of the release known to be no subclass of the builtin."""


def _canon(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            try:
                return _canon(ast.parse(node.value, mode="eval").body)
            except SyntaxError:
                return node.value
        return "None" if node.value is None else repr(node.value)
    if isinstance(node, (ast.Name, ast.Attribute)):
        name = node.id if isinstance(node, ast.Name) else node.attr
        return _ALIASES.get(name, name)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return "|".join(sorted(_members(node)))
    if isinstance(node, ast.Subscript):
        head = _canon(node.value)
        if head in ("Optional", "Union"):
            return "|".join(sorted(_members(node)))
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return f"{head}[{','.join(_canon(e) for e in inner)}]"
    if isinstance(node, (ast.List, ast.Tuple)):
        return "[" + ",".join(_canon(e) for e in node.elts) + "]"
    return ast.dump(node)


def _members(node: ast.expr) -> set[str]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) | _members(node.right)
    if isinstance(node, ast.Subscript) and _canon(node.value) in ("Optional", "Union"):
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        found = {"None"} if _canon(node.value) == "Optional" else set()
        for element in inner:
            found |= _members(element)
        return found
    if isinstance(node, ast.List) and len(node.elts) == 1:  # `[str]`, an informal `list[str]`: pyinstaller 5.13's
        return {f"list[{_canon(node.elts[0])}]"}  # `search_patterns: [str]`, 6.0's `list`, took the same lists
    return set(_split(_canon(node), "|"))  # `|` inside brackets belongs to a type argument


@lru_cache(maxsize=4096)
def members(annotation: str) -> frozenset[str] | None:
    """The canonical union members of an annotation; None when it cannot be parsed, or is a tuple display: no type,
    a pair to some authors, `isinstance`'s union to others (nikola 8.3.3's `split_metadata() -> Tuple[str, str]`
    was `-> (str, str)`, the same pair); or when it gives a builtin generic a wrong number of type arguments (see
    `_misshapen`)."""
    try:
        body = ast.parse(annotation.strip(), mode="eval").body
        return None if isinstance(body, ast.Tuple) or _misshapen(body) else frozenset(_members(body))
    except (SyntaxError, RecursionError, ValueError):
        return None


_ARITY = {"list": 1, "set": 1, "frozenset": 1, "type": 1, "dict": 2}
"""How many type arguments each builtin generic takes."""


def _misshapen(body: ast.expr) -> bool:
    """A builtin generic given another number of type arguments than it takes: no type, what its author meant is
    unknown (clearml 1.18's `# type: () -> List[(str, str)]`, a list of pairs that 2.0 spells `List[Tuple[str, str]]`,
    read as `List[str, str]`)."""
    for node in ast.walk(body):
        if isinstance(node, ast.Subscript) and (arity := _ARITY.get(_canon(node.value))) is not None:
            given = len(node.slice.elts) if isinstance(node.slice, ast.Tuple) else 1
            if given != arity:
                return True
    return False


_NAME = re.compile(r"[A-Za-z_][\w.]*")


def _builtin(member: str) -> bool:
    """A builtin type whose type arguments are builtins too: `type[GenericException]` names a TypeVar (or a class)
    whose relation to `type[Exception]` cannot be told from the text."""
    return all(name in BUILTIN_TYPES for name in _NAME.findall(member))


def _split(text: str, separator: str) -> list[str]:
    """`text` split at `separator` outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += char == "["
        depth -= char == "]"
        if char == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return [*parts, text[start:]]


_PROMOTED = {
    "bool": frozenset({"int", "float", "complex"}),
    "int": frozenset({"float", "complex"}),
    "float": frozenset({"complex"}),
}
"""The numeric tower type checkers apply (PEP 484): an `int` is accepted where a `float` is expected (celery 5.3's
`pluralize(n: float)` still takes the `int` it took)."""


def _covers(wide: str, member: str) -> bool:
    """`wide` is the same generic as `member` with every type argument at least as wide (`dict[str,None|str]`
    covers `dict[str,str]`). A generic written bare takes any type arguments, and a bare one's `Any` arguments fit
    any: flask-security-too 5.9's `get_permissions() -> set[str]`, once `-> set`, changed nothing for callers."""
    if ("[" not in wide or "[" not in member) and wide.partition("[")[0] == member.partition("[")[0]:
        return True
    if "[" not in wide or "[" not in member or not wide.endswith("]") or not member.endswith("]"):
        return False
    (head, args), (other_head, other_args) = _subscript(wide), _subscript(member)
    wide_args, member_args = _split(args, ","), _split(other_args, ",")
    return (
        head == other_head
        and len(wide_args) == len(member_args)
        and all(_argument_within(m, w) for w, m in zip(wide_args, member_args, strict=True))
    )


def _argument_within(member: str, wide: str) -> bool:
    """Each union member of a type argument is one of the wider argument's, or promoted to one (the numeric tower
    holds inside brackets as well: narwhals 2.0's `Series.hist(bins: list[float])`, in 1.48 `list[float | int]`,
    takes the same lists), or a generic one of them covers (odfdo 3.18's `get_path_medias() ->
    list[tuple[str | None, str | None]]`, once `-> list[tuple]`: a bare `tuple` inside takes any arguments too)."""
    accepted = set(_split(wide, "|"))
    return all(
        m in accepted or _PROMOTED.get(m, frozenset()) & accepted or any(_covers(w, m) for w in accepted)
        for m in _split(member, "|")
    )


def _lost(
    wider: frozenset[str], narrower: frozenset[str], class_check: ClassCheck | None, returned: bool = False
) -> bool:
    """True when `narrower` has a member `wider` does not cover, and we can tell it is really another type;
    `returned`: of a return, where a container of the old type is another type too (a parameter's TypeVar would
    take the container)."""
    for member in narrower - wider:
        if any(_covers(w, member) for w in wider) or _PROMOTED.get(member, frozenset()) & wider:
            continue
        if _builtin(member) and all(_builtin(w) for w in wider):
            return True
        if class_check is not None and all(_builtin(w) and class_check(member, w) for w in wider):
            return True  # every old member is a builtin the new class is known not to be (an alias might be it)
        others = [w for w in wider if w != "None"]
        if others and all(_class_for_instance(member, w) or (returned and _wrapped_in(member, w)) for w in others):
            return True
    return False


def _wrapped_in(member: str, bare: str) -> bool:
    """A builtin container holding the old bare type among its type arguments: what was a value is now a container
    of it (ormar 0.11's `get_or_create() -> Tuple["T", bool]`, in 0.10 `-> "T"`). A value of a class or TypeVar is
    never such a container of itself."""
    if "[" in bare or not member.endswith("]"):
        return False
    head, args = _subscript(member)
    return head in _CONTAINERS and bare in _split(args, ",")


_SEQUENCES = frozenset({"list", "tuple", "Sequence", "MutableSequence", "Collection", "Iterable", "Iterator"})
"""Container heads among which only the element type is compared (`list[type[Tab]]` against `Sequence[Tab]`)."""


def _class_for_instance(member: str, other: str) -> bool:
    """One says a class where the other says an instance of it, alone or as the element type of a sequence:
    `type[Tab]` and `Tab`, `list[type[Tab]]` and `Sequence[Tab]` (evidently 0.1.33's `Dashboard(tabs=...)` took
    tab classes, then tab objects). Neither is accepted where the other is expected."""
    if _flipped(member, other):
        return True
    if not (member.endswith("]") and other.endswith("]")):
        return False
    (head, args), (other_head, other_args) = _subscript(member), _subscript(other)
    if head not in _SEQUENCES or other_head not in _SEQUENCES:
        return False
    return _flipped(args, other_args)


def _flipped(one: str, other: str) -> bool:
    return one == f"type[{other}]" or other == f"type[{one}]"


def return_incompatible(
    old: str, new: str, class_check: ClassCheck | None = None, gone: frozenset[str] = frozenset()
) -> bool:
    """A caller relying on the old return type may now get a value of another type. A function annotated to return
    nothing (`-> None`) had no value a caller relied on: its now returning one breaks no call (markdown 3.6's
    `assign_attrs(...) -> str`). A narrower return type breaks no caller, unless what it dropped is a class the
    release no longer has (`gone`): the calls that returned one now return another type (importlib-metadata 5.0's
    `entry_points() -> EntryPoints`, in 4.13 `-> Union[EntryPoints, SelectableGroups]`, the dict every call without
    arguments returned: `entry_points()["console_scripts"]` broke)."""
    before, after = members(old), members(new)
    if before is None or after is None or "Any" in before | after or before == {"None"}:
        return False
    if after == {"None"} and not before & {"None", "object"}:
        return True  # it now says it returns nothing, whatever it returned (a TypeVar's, a class's value) is gone
    if after < before and (before - after) & gone:
        return True
    if len(before) == len(after) == 1 and _result_incompatible(min(before), min(after), class_check, gone):
        return True
    return _lost(before, after, class_check, returned=True) or any(
        _container_swapped(w, m) or (class_check is not None and _container_replaced(w, m, class_check))
        for m in after - before
        for w in before
    )


def none_added(old: str, new: str) -> bool:
    """The new type is the old one or None (`str` becoming `Optional[str]`, slack-bolt 1.30's `thread_ts`): to a reader
    (a caller of the function, a reader of the attribute) a break only where None comes back, which a type checker
    flags at every use as the old type; to a writer (a parameter, an attribute set) no break at all."""
    before, after = members(old), members(new)
    if before is None or after is None or "None" in before:
        return False
    return before <= after and after - before == {"None"}  # `-> None` alone is no widening: the old type is gone


MAY_BE_NONE = ": it may now be None, which code using it as the old type must handle (a type checker flags each use)"
"""What a read type widened only by None (see `none_added`) means to its readers."""


_CONTAINERS = frozenset({"list", "tuple", "dict", "set", "frozenset"})
_RESULTS = {
    "Generator": (0, 2),
    "AsyncGenerator": (0,),
    "Coroutine": (2,),
    "Awaitable": (0,),
    "Iterator": (0,),
    "Iterable": (0,),
    "AsyncIterator": (0,),
    "AsyncIterable": (0,),
}
"""The type arguments of a returned generator, coroutine or iterator that say what the caller gets from it: what it
yields, and what `await` or `yield from` gives (a `Generator`'s third)."""


def _subscript(text: str) -> tuple[str, str]:
    """The generic and the text of its type arguments, of an annotation ending in `]`: `Iterator[list[_T]]` gives
    ("Iterator", "list[_T]")."""
    head, _, args = text[:-1].partition("[")
    return head, args


def _result_incompatible(old: str, new: str, class_check: ClassCheck | None, gone: frozenset[str]) -> bool:
    """The same generator, coroutine or iterator type whose yielded or awaited type changed incompatibly (see
    `return_incompatible`): tortoise-orm 0.21's `BulkCreateQuery.__await__() -> Generator[Any, None, None]`, in
    0.20 `-> Generator[Any, None, List[MODEL]]`, so `await Model.bulk_create(...)` gives None, no longer the list."""
    if not (old.endswith("]") and new.endswith("]")):
        return False
    (head, args), (new_head, new_args) = _subscript(old), _subscript(new)
    before, after = _split(args, ","), _split(new_args, ",")
    if head != new_head or len(before) != len(after):
        return False
    positions = _RESULTS.get(head, ())
    return any(i < len(before) and return_incompatible(before[i], after[i], class_check, gone) for i in positions)


def _container_replaced(old: str, new: str, class_check: ClassCheck) -> bool:
    """A builtin container became a class of the release known not to be one, holding the same types: PyGithub 2.4's
    `Commit.files -> PaginatedList[File]` was `-> list[File]` in 2.3 (`len(commit.files)` fails)."""
    if not (old.endswith("]") and new.endswith("]")):
        return False
    (head, args), (new_head, new_args) = _subscript(old), _subscript(new)
    name = new_head.rsplit(".", 1)[-1]
    return head in _CONTAINERS and args == new_args and not _builtin(name) and class_check(name, head)


def _container_swapped(old: str, new: str) -> bool:
    """The same generic whose type arguments differ only where one builtin container became another, holding the
    same types: more-itertools 10's `batched() -> Iterator[tuple[_T]]` was `-> Iterator[list[_T]]` in 9.1 (each
    batch a tuple now: `batch.append(x)` fails)."""
    if not (old.endswith("]") and new.endswith("]")):
        return False
    (head, args), (new_head, new_args) = _subscript(old), _subscript(new)
    old_args, now_args = _split(args, ","), _split(new_args, ",")
    if head != new_head or len(old_args) != len(now_args):
        return False
    differing = [(a, b) for a, b in zip(old_args, now_args, strict=True) if a != b]
    return bool(differing) and all(_swapped(a, b) for a, b in differing)


def _swapped(old: str, new: str) -> bool:
    """One builtin container became another, whatever they hold: a tuple is never a list (pydash 8's `zip_` groups
    `list[tuple[T, T2]]` where 7's gave `list[list[T]]`: `group.append(x)` fails)."""
    old_head = old.partition("[")[0]
    new_head = new.partition("[")[0]
    return old_head != new_head and {old_head, new_head} <= _CONTAINERS


def parameter_incompatible(old: str, new: str, class_check: ClassCheck | None = None) -> bool:
    """A value of the old parameter type may now be rejected (the new type is no wider): another builtin, or a class
    of the release that is no subclass of the builtin the parameter took (`dict` -> `ColumnMapping`)."""
    before, after = members(old), members(new)
    if before is None or after is None or {"Any", "object"} & (before | after):
        return False
    return _lost(after, before, None) or (class_check is not None and _replaced_by_class(before, after, class_check))


def _replaced_by_class(before: frozenset[str], after: frozenset[str], class_check: ClassCheck) -> bool:
    """A builtin the parameter took is accepted by no member of the new type: each is another builtin or a class of
    the release known not to derive from it, and one of them is such a class."""
    for member in before - after:
        if not _builtin(member) or any(_covers(w, member) for w in after) or _PROMOTED.get(member, frozenset()) & after:
            continue
        classes = [w for w in after if not _builtin(w)]
        if classes and all(class_check(w, member) or _uncallable_for(w, member) for w in classes):
            return True
    return False


_CALLABLE = frozenset({"Callable", "typing.Callable", "collections.abc.Callable", "t.Callable"})


def _uncallable_for(member: str, builtin: str) -> bool:
    """`member` is a `Callable` type and `builtin` one whose values are never callable (all but `type`; not `None`,
    whose loss may be a mere tidying of an optional callback): flake8 6's `Option(type: Callable[..., Any] | _ARG)`,
    in 5.0 also `str`, now rejects `type="string"`."""
    return member.partition("[")[0] in _CALLABLE and builtin not in ("type", "None") and "[" not in builtin


def annotation_changes(
    old: tuple[Param, ...],
    new: tuple[Param, ...],
    old_return: str | None,
    new_return: str | None,
    class_check: ClassCheck | None = None,
    gone: frozenset[str] = frozenset(),
) -> tuple[tuple[str, str, str], ...]:
    """(parameter or "return", old, new) for each annotation that changed incompatibly; `gone`: names of the old
    release's classes the new one no longer has."""
    found = []
    new_by_name = {p.name: p for p in new}
    for param in old:
        current = new_by_name.get(param.name)
        if current is not None and param.annotation and current.annotation:
            if parameter_incompatible(param.annotation, _as_declared(current), class_check):
                found.append((param.name, param.annotation, current.annotation))
    if old_return and new_return and return_incompatible(old_return, new_return, class_check, gone):
        found.append(("return", old_return, new_return))
    return tuple(found)


def _as_declared(param: Param) -> str:
    """The type a parameter takes: `model: Model = None` takes None too (PEP 484's implicit Optional, which pymc 6
    relies on in `to_inference_data(..., model: Model = None)`), so narrowing `Optional[Model]` to it breaks no call.
    A default that is no literal counts as None (`Param.default` does not tell them apart): no claim either way."""
    annotation = param.annotation or ""
    return f"Optional[{annotation}]" if param.has_default and param.default is None else annotation


INFERRED_RETURN = "return (inferred)"
"""The `where` of an annotation change one side of which is inferred from the body (see `returned.py`)."""


NOW_NONE = "return (now None)"
"""The `where` of a callable whose body now returns nothing where every `return` of the old one gave a value."""


def given_return(symbol: Symbol) -> str | None:
    """The return type calls of the callable got: its annotation, unless no `return` of its body gives anything but
    None (recurring-ical-events 3.3's `JournalAdapter.end_property -> str` returned None: 3.4's `-> None` changed
    nothing a caller saw)."""
    return NONE if symbol.returns_inferred == NONE else symbol.returns


def overload_return_change(
    before: Symbol, after: Symbol, class_check: ClassCheck | None = None, gone: frozenset[str] = frozenset()
) -> tuple[tuple[str, str, str], ...]:
    """The return type change of a callable that became the implementation of `@overload` stubs, read stub by stub
    (`Symbol.overload_returns`): claimed only when every stub's return is incompatible with the old annotation, so no
    call gets what it got before (pydash 8's `zip_` stubs `-> List[Tuple[T, T2]]` ... `-> List[Tuple[Any, ...]]`
    after 7's `-> List[List[T]]`). One stub the old type covers (a call shape that still gets it) and no claim; an
    old side of stubs is not compared (which stub an old call matched is not read)."""
    old = given_return(before)
    if before.overload_returns or not old or not after.overload_returns:
        return ()
    if all(return_incompatible(old, new, class_check, gone) for new in after.overload_returns):
        return (("return", old, "@overload " + " / ".join(after.overload_returns)),)
    return ()


def inferred_return_change(before: Symbol, after: Symbol, python2: bool = False) -> tuple[tuple[str, str, str], ...]:
    """The return type change of a callable when a side has no annotation but certainly returns one builtin type
    (PyJWT 1.7's unannotated `encode` returned bytes, 2.0's says `-> str`). Claimed only when both sides are plain
    builtins with nothing in common: what the old calls returned, the new never does (`-> Optional[str]` after
    returning str, `-> AnyStr` or a class of the release make no claim). When the old release was written for Python
    2 (`python2`), whose `''` is bytes, str and bytes swapped tell nothing (xlwt 0.7.5's `return ''.join(result)`,
    1.0's `return b''.join(result)`: a Python 2 caller got the same bytes)."""
    if not (before.returns_inferred or after.returns_inferred):
        return ()
    old, new = given_return(before) or before.returns_inferred, after.returns or after.returns_inferred
    if not old or not new:
        return ()
    old_types, new_types = members(old), members(new)
    if not old_types or not new_types or old_types & new_types or not old_types | new_types <= _PLAIN_BUILTINS:
        return ()
    if old_types == {"None"}:
        return ()  # it returned nothing a caller used (see `return_incompatible`)
    if python2 and old_types | new_types <= _TEXT:
        return ()
    return ((INFERRED_RETURN, old, new),)


def return_now_none(before: Symbol, after: Symbol) -> tuple[tuple[str, str, str], ...]:
    """A plain method or function every `return` of which gave a value (the instance, an attribute read on it, a
    literal other than None) whose new body returns nothing (see `returned.gives_nothing`): every caller using the value
    now gets None (mongoengine 0.28's `no_dereference.__enter__` no longer returns `self.cls`: `with
    no_dereference(User) as U: U.objects` raises AttributeError). Both sides unannotated (see `_inferred_return`)."""
    if after.returns_inferred != NOTHING or before.returns_inferred not in _VALUES or after.kind == "property":
        return ()
    return ((NOW_NONE, before.returns_inferred, NONE),)


_VALUES = frozenset({HELD, CALLABLE, "str", "bytes"})
_PLAIN_BUILTINS = frozenset({"str", "bytes", "int", "float", "bool", "None", "list", "dict", "tuple", "set"})
_TEXT = frozenset({"str", "bytes"})
