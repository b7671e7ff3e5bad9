"""Classes whose own `__new__` never builds an instance of the class: calling one hands back what another builds
(anyio 4.5's `Lock.__new__` returns `get_async_backend().create_lock(...)` or a `LockAdapter`), so a method of theirs
that now only raises `NotImplementedError` is an interface those objects fill, not a call that fails."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bot.apidiff.blocks import only_raises


def _own_returns(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.Return]:
    """The `return` statements of `func` itself (not of the defs, lambdas or classes it nests)."""
    pending: list[ast.AST] = list(func.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Return):
            yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            pending.extend(ast.iter_child_nodes(node))


def _stubs(cls: ast.ClassDef) -> set[str]:
    """Methods of the class whose body only raises `NotImplementedError`."""
    return {
        stmt.name
        for stmt in cls.body
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and _raises_not_implemented(stmt.body)
    }


def _raises_not_implemented(body: list[ast.stmt]) -> bool:
    if not only_raises(body):
        return False
    raised = body[-1].exc if isinstance(body[-1], ast.Raise) else None
    called = raised.func if isinstance(raised, ast.Call) else raised
    return isinstance(called, ast.Name) and called.id == "NotImplementedError"


def _defined(cls: ast.ClassDef) -> set[str]:
    return {stmt.name for stmt in cls.body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _builds_elsewhere(
    cls: ast.ClassDef, new: ast.FunctionDef | ast.AsyncFunctionDef, classes: dict[str, ast.ClassDef]
) -> bool:
    """Every `return` of `__new__` hands back a call that is no `__new__` of any class and no call of `cls` or of the
    class itself; a class of the module it calls defines each method the class only stubs (else its instances
    reach the stub)."""
    params = [*new.args.posonlyargs, *new.args.args]
    own = {cls.name, *(param.arg for param in params[:1])}
    returns = list(_own_returns(new))
    if not returns:
        return False
    stubs = _stubs(cls)
    for ret in returns:
        if not isinstance(ret.value, ast.Call):
            return False
        func = ret.value.func
        if isinstance(func, ast.Attribute) and func.attr == "__new__":
            return False
        if isinstance(func, ast.Name):
            if func.id in own:
                return False
            built = classes.get(func.id)
            if built is not None and not stubs <= _defined(built):
                return False
    return True


def built_elsewhere(tree: ast.Module) -> frozenset[str]:
    """Names of the module's top-level classes whose own `__new__` never builds an instance of the class."""
    classes = {stmt.name: stmt for stmt in tree.body if isinstance(stmt, ast.ClassDef)}
    found = set()
    for cls in classes.values():
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == "__new__":
                if _builds_elsewhere(cls, stmt, classes):
                    found.add(cls.name)
    return frozenset(found)
