"""`**kwargs` handed to a copy of a record, `config._replace(**kwargs)`: the keywords it takes are the fields of the
record's class (ftfy 6's `fix_text(text, config=None, **kwargs)`), which the variable's class says."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, walk

REPLACE = "._replace"
MAX_NODES = 5000
"""Nodes of a body read for what a variable is bound to (hostile bodies are long)."""


def record_copies(node: ast.FunctionDef | ast.AsyncFunctionDef, forwards: tuple[str, ...]) -> tuple[str, ...]:
    """The forwards, each `name._replace` whose variable is known to hold instances of one class `Cls` spelled
    `Cls._replace` (see `Hierarchy.forward_target`); the others unchanged."""
    return tuple(_copied_class(node, call) or call for call in forwards)


def _copied_class(node: ast.FunctionDef | ast.AsyncFunctionDef, call: str) -> str | None:
    """`Cls._replace` when the variable `call` copies is a parameter annotated with one class (`Cls`,
    `Optional[Cls]`, `Cls | None`) and bound in the body only to `Cls(...)` or its own copies, or unannotated and so
    bound at least once (ftfy 6's `fix_file(input_file, encoding=None, config=None, **kwargs)`, `if config is None:
    config = TextFixerConfig()`); None when anything else may be bound to it."""
    name = call.removesuffix(REPLACE)
    if not call.endswith(REPLACE) or not name.isidentifier():
        return None
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    given = next((a for a in every if a.arg == name), None)
    classes = set()
    if given is not None and given.annotation is not None:
        annotated = _annotated_class(given.annotation)
        if annotated is None:
            return None
        classes.add(annotated)
    for count, sub in enumerate(walk(node)):
        if count >= MAX_NODES:
            return None
        bound = _bound_value(sub, name)
        if bound is False:
            return None  # bound otherwise (a loop, `with`, an unpacking, `global`)
        if bound is None:
            continue
        built = dotted_name(bound.func) if isinstance(bound, ast.Call) else None
        if built is None:
            return None
        if built != name + REPLACE:
            classes.add(built)
    return f"{classes.pop()}{REPLACE}" if len(classes) == 1 else None


_OPTIONAL = ("Optional", "typing.Optional", "t.Optional")


def _annotated_class(annotation: ast.expr) -> str | None:
    """The class an annotation names, `None` aside: `Cls`, `Optional[Cls]`, `Cls | None`."""
    if isinstance(annotation, ast.Subscript) and dotted_name(annotation.value) in _OPTIONAL:
        annotation = annotation.slice
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        sides = [annotation.left, annotation.right]
        others = [s for s in sides if not (isinstance(s, ast.Constant) and s.value is None)]
        if len(others) != 1:
            return None
        annotation = others[0]
    return dotted_name(annotation)


def _bound_value(sub: ast.AST, name: str) -> ast.expr | bool | None:
    """What `sub` binds to the variable `name`: the value assigned, False when it binds it some other way, None
    when it does not bind it."""
    if isinstance(sub, ast.Assign):
        if any(isinstance(t, ast.Name) and t.id == name for t in sub.targets):
            return sub.value if len(sub.targets) == 1 else False
        if any(_binds_within(t, name) for t in sub.targets):
            return False
        return None
    if isinstance(sub, (ast.AnnAssign, ast.NamedExpr)) and isinstance(sub.target, ast.Name) and sub.target.id == name:
        return sub.value if sub.value is not None else None
    if isinstance(sub, (ast.AugAssign, ast.For, ast.AsyncFor, ast.withitem, ast.comprehension)):
        target = sub.optional_vars if isinstance(sub, ast.withitem) else sub.target
        return False if target is not None and _binds_within(target, name) else None
    if isinstance(sub, (ast.Global, ast.Nonlocal)) and name in sub.names:
        return False
    return None


def _binds_within(target: ast.expr, name: str) -> bool:
    """The assignment target binds `name`, alone or unpacked."""
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in walk(target))
