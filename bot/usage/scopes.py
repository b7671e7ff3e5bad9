"""Per-scope name tables of one module: what each name is bound to, looked up with Python's scoping rules.

A name bound in one function never leaks into another (`ctx = _request_ctx_stack.top` in one method says nothing
about a `ctx` parameter elsewhere); class bodies are skipped when a method looks a name up, as Python does.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import NamedTuple

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class Binding:
    """A name bound to a dotted path through an import or an alias (`u = werkzeug.urls`)."""

    target: str
    guarded: bool
    by_try: bool = False
    """Every guard around the binding is an enclosing try catching a failed import: it guards against the binding
    failing (a removal), not against a deprecation, whose import works and warns."""
    module: bool = False
    """Bound by `import x`: a module, whose attributes are its globals, never members of an instance."""


class Value(NamedTuple):
    """One assignment to a name: the expression (None for a parameter), its annotation, and where it happened."""

    expr: ast.expr | None
    annotation: ast.expr | None
    line: int
    scope: Scope


@dataclass(eq=False, slots=True)
class Scope:
    """A module, function or class body: its local names, their import bindings and assigned values."""

    owner: ast.AST
    parent: Scope | None = None
    locals: set[str] = field(default_factory=set)
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    values: dict[str, list[Value]] = field(default_factory=dict)
    declared_global: set[str] = field(default_factory=set)
    definitions: dict[str, ast.AST] = field(default_factory=dict)
    """Functions and classes defined in this scope, by name."""

    @property
    def module(self) -> Scope:
        """The module scope at the root."""
        scope = self
        while scope.parent is not None:
            scope = scope.parent
        return scope

    def lookup(self, name: str) -> Scope | None:
        """The scope that binds `name` as seen from here (None: a builtin or undefined)."""
        scope: Scope | None = self
        innermost = True
        while scope is not None:
            if name in scope.declared_global:
                return self.module if name in self.module.locals else None
            if name in scope.locals and (innermost or not isinstance(scope.owner, ast.ClassDef)):
                return scope
            innermost = False
            scope = scope.parent
        return None

    def bind(self, name: str, binding: Binding) -> None:
        """Record an import or alias binding of a local name."""
        self.locals.add(name)
        self.bindings.setdefault(name, []).append(binding)

    def assign(self, name: str, expr: ast.expr | None, annotation: ast.expr | None, line: int) -> None:
        """Record an assignment (or a parameter) of a local name."""
        self.locals.add(name)
        self.values.setdefault(name, []).append(Value(expr, annotation, line, self))

    def function(self) -> FunctionNode | None:
        """The function this scope is the body of, if it is one."""
        return self.owner if isinstance(self.owner, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def enter(definition: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, parent: Scope) -> Scope:
    """The scope of a def or class body; a function's parameters are its first locals."""
    scope = Scope(owner=definition, parent=parent)
    if isinstance(definition, ast.ClassDef):
        return scope
    arguments = definition.args
    for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
        scope.assign(argument.arg, None, argument.annotation, argument.lineno)
    # *args is a tuple and **kwargs a dict: never a package object
    if arguments.vararg is not None:
        scope.assign(arguments.vararg.arg, ast.Tuple(elts=[], ctx=ast.Load()), None, arguments.vararg.lineno)
    if arguments.kwarg is not None:
        scope.assign(arguments.kwarg.arg, ast.Dict(keys=[], values=[]), None, arguments.kwarg.lineno)
    return scope


def stored_names(target: ast.expr) -> list[str]:
    """The plain names an assignment target binds (`a, (b, *c) = ...` -> a, b, c)."""
    if isinstance(target, ast.Name):
        return [target.id]
    return [node.id for node in ast.walk(target) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]
