"""Decorators that export what they decorate: timm's `register_model` runs `mod = sys.modules[fn.__module__]` and
`mod.__all__.append(fn.__name__)`, so every model function it decorates is in its module's `__all__` at run time,
and `from .beit import *` in `timm/models/__init__.py` re-exports it, whatever the written `__all__` lists."""

from __future__ import annotations

import ast

from bot.apidiff.source import walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def all_exporters(tree: ast.Module) -> tuple[str, ...]:
    """The module's top-level functions that append the `__name__` of their first argument to an `__all__`."""
    return tuple(
        stmt.name
        for stmt in tree.body
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.args.args and _appends_its_name(stmt)
    )


def _appends_its_name(function: _FunctionDef) -> bool:
    """`<anything>.__all__.append(fn.__name__)`, directly or through a local assigned `fn.__name__`."""
    handed = function.args.args[0].arg
    names = {
        node.targets[0].id
        for node in walk(function)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and _name_of(node.value, handed)
    }
    for node in walk(function):
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and isinstance(node.func, ast.Attribute)):
            continue
        grown = node.func.value
        if node.func.attr != "append" or not (isinstance(grown, ast.Attribute) and grown.attr == "__all__"):
            continue
        argument = node.args[0]
        if _name_of(argument, handed) or (isinstance(argument, ast.Name) and argument.id in names):
            return True
    return False


def _name_of(node: ast.expr, handed: str) -> bool:
    """`fn.__name__` for the parameter `fn`."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "__name__"
        and isinstance(node.value, ast.Name)
        and node.value.id == handed
    )
