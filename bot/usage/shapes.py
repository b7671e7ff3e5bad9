"""Shape changes (a function became async, a property a method, ...): which uses of the symbol the new shape breaks.

The diff reports these as signature changes without a parameter delta. Whether a use breaks depends on how the
code touches the symbol, not only that it does: a now-async function breaks when called without `await`, a property
turned method breaks when read as a value, a now read-only attribute when assigned. What the new shape still
accepts (an import, an awaited call of a now-async function, reading a method that became a property) is no use.

Type-level kinds (`return_type_changed`, `param_type_changed`, `final_added`) fail only under a type checker and
lost bases need the exception flow; neither is matched here.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.usage.guards import name_of


@dataclass(frozen=True)
class Touch:
    """How the code touches the symbol at one place."""

    called: bool = False
    awaited: bool = False
    written: bool = False
    subclassed: bool = False
    type_checked: bool = False
    """Named in `isinstance`/`issubclass` or an `except` clause."""
    on_class: bool = False
    """Reached through the class itself (`Flask.method(...)`), not an instance."""
    applied: bool = False
    """Applied as a decorator as is (`@jwt_required`), or called with one positional argument and no keyword, as
    such a decorator is (`view = jwt_required(view)`)."""
    operand: bool = False
    """An operand of a binary operator or an augmented assignment (`ALLOWED_TAGS + ["p"]`)."""
    subscripted: bool = False
    method: str = ""
    """The method called on it (`ALLOWED_TAGS.append` in `ALLOWED_TAGS.append("p")`)."""


def _called(t: Touch) -> bool:
    return t.called


def _called_on_class(t: Touch) -> bool:
    return t.called and t.on_class


_RULES: dict[str, tuple[str, Callable[[Touch], bool]]] = {
    "sync_to_async": ("called without `await`: the call now returns a coroutine", lambda t: t.called and not t.awaited),
    "async_to_sync": ("its result is awaited, but it is no longer a coroutine function", lambda t: t.awaited),
    "function_to_generator": ("called for its value: the call now returns a generator", _called),
    "property_to_method": (
        "read as a value: it is now a method (a bound method, not the value)",
        lambda t: not t.called and not t.written,
    ),
    "method_to_property": ("called: it is now a property", _called),
    "method_to_attribute": ("called: it now holds a value, not a method", _called),
    "attribute_to_method": (
        "read or called: the attribute it was is now a method of the same name",
        lambda t: not t.written,
    ),
    "attribute_made_read_only": ("assigned: it is now a property without a setter", lambda t: t.written),
    "class_attribute_now_instance_only": (
        "read on the class: it is now set on each instance only",
        lambda t: t.on_class and not t.written,
    ),
    "classmethod_to_instance_method": ("called on the class: it is now an instance method", _called_on_class),
    "staticmethod_to_instance_method": ("called on the class: it is now an instance method", _called_on_class),
    "class_to_function": ("subclassed or type-checked: it is now a function", lambda t: t.subclassed or t.type_checked),
    "callable_now_raises": ("called: its body now only raises, so every call fails", _called),
    "read_now_raises": ("read: its getter now only raises, so every read fails", lambda t: not t.written),
    "decorator_to_factory": (
        "applied as a decorator without calling it: it now takes options and returns the decorator (write `@name()`)",
        lambda t: t.applied,
    ),
}
HELD_TYPE_CHANGED = "attribute_type_changed"
SHAPE_KINDS = frozenset({*_RULES, HELD_TYPE_CHANGED})
"""Breakage kinds whose uses depend on how the symbol is touched."""
_HELD = re.compile(r"now an? (\w+), was an? (\w+)")
"""How the diff words a held type change (`now a frozenset, was a list`)."""
_BUILTIN_TYPES: dict[str, type] = {t.__name__: t for t in (list, tuple, set, frozenset, dict, str, bytes)}


def _held_problem(detail: str, touch: Touch) -> str | None:
    """A value now of another builtin type (bleach 6's `ALLOWED_TAGS`, a list, now a frozenset) breaks code that
    combines it with an operator (`ALLOWED_TAGS + ["p"]`), calls a method the new type lacks (`.append`) or indexes it
    when the new type cannot be; iterating it, testing membership, or handing it on still works."""
    found = _HELD.search(detail)
    if found is None or found.group(1) not in _BUILTIN_TYPES or found.group(2) not in _BUILTIN_TYPES:
        return None
    new, old = _BUILTIN_TYPES[found.group(1)], _BUILTIN_TYPES[found.group(2)]
    if touch.operand:
        return f"combined with an operator: it is now a {new.__name__}, no longer a {old.__name__}"
    if touch.method and hasattr(old, touch.method) and not hasattr(new, touch.method):
        return f"`.{touch.method}()` called on it: a {new.__name__} has no such method"
    if touch.subscripted and not hasattr(new, "__getitem__"):
        return f"indexed: a {new.__name__} cannot be"
    return None


def shape_problem(breakage: str, touch: Touch, detail: str = "") -> str | None:
    """Why this touch breaks under the new shape, or None when the new shape still accepts it (`detail`: the
    change's, which names the types of a held type change)."""
    if breakage == HELD_TYPE_CHANGED:
        return _held_problem(detail, touch)
    rule = _RULES.get(breakage)
    if rule is None:
        return None
    detail, applies = rule
    return detail if applies(touch) else None


_RUNNERS = frozenset({"run", "gather", "ensure_future", "create_task", "run_until_complete", "wait_for", "shield"})
"""Calls that take a coroutine (`asyncio.run(f())`): a call passed to one is awaited."""
SEEN = frozenset(
    {ast.Await, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.Call, ast.Try, ast.TryStar}
    | {ast.BinOp, ast.AugAssign, ast.Subscript}
)
"""The node types `Contexts.see` learns from (the walk skips the rest without a call)."""


@dataclass
class Contexts:
    """Node ids by how their expression is used, collected while walking a module's nodes in pre-order (a parent
    is seen before its children)."""

    awaited: set[int] = field(default_factory=set)
    """Calls whose result is awaited."""
    bases: set[int] = field(default_factory=set)
    type_checked: set[int] = field(default_factory=set)
    decorators: set[int] = field(default_factory=set)
    """Decorators applied as they are written (`@name`, not `@name(...)`)."""
    operands: set[int] = field(default_factory=set)
    subscripted: set[int] = field(default_factory=set)
    methods: dict[int, str] = field(default_factory=dict)
    """Receiver node id -> the method called on it."""

    def see(self, node: ast.AST) -> None:
        """Record what `node` says about its children."""
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.decorators.update(id(d) for d in node.decorator_list if not isinstance(d, ast.Call))
        if isinstance(node, ast.BinOp):
            self.operands.update((id(node.left), id(node.right)))
        elif isinstance(node, ast.AugAssign):
            self.operands.update((id(node.target), id(node.value)))
        elif isinstance(node, ast.Subscript):
            self.subscripted.add(id(node.value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            self.methods[id(node.func.value)] = node.func.attr
        if isinstance(node, ast.Await):
            self.awaited.add(id(node.value))
        elif isinstance(node, ast.ClassDef):
            self.bases.update(id(base) for base in node.bases)
        elif isinstance(node, ast.Call) and name_of(node.func) in ("isinstance", "issubclass") and len(node.args) == 2:
            self._checked(node.args[1])
        elif isinstance(node, ast.Call) and name_of(node.func) in _RUNNERS:
            self.awaited.update(id(argument) for argument in node.args)
        elif isinstance(node, (ast.Try, ast.TryStar)):
            for handler in node.handlers:
                if handler.type is not None:
                    self._checked(handler.type)

    def _checked(self, node: ast.expr) -> None:
        for item in node.elts if isinstance(node, ast.Tuple) else [node]:
            self.type_checked.add(id(item))

    def touch(self, node: ast.AST, call: ast.Call | None, written: bool = False, on_class: bool = False) -> Touch:
        """How `node` (called through `call`, if any) is used."""
        return Touch(
            called=call is not None,
            awaited=call is not None and id(call) in self.awaited,
            written=written,
            subclassed=id(node) in self.bases,
            type_checked=id(node) in self.type_checked,
            on_class=on_class,
            operand=id(node) in self.operands,
            subscripted=id(node) in self.subscripted,
            method=self.methods.get(id(node), ""),
            applied=id(node) in self.decorators
            or call is not None
            and len(call.args) == 1
            and not call.keywords
            and not isinstance(call.args[0], ast.Starred),
        )
