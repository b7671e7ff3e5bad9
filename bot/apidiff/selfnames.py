"""Instance attributes a constructor sets by names it does not spell as `self.x = ...`: `setattr(self, name, value)`
in a loop, `self.__dict__.update(...)`. Only names the code pins down are read (a literal collection, a dict display
or `dict(...)` call, the constructor's own parameters through `locals()`); a name computed otherwise is unknown here.
"""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name

_SETTERS = ("setattr", "object.__setattr__")


def loop_setattrs(loop: ast.For, parameters: frozenset[str]) -> list[str]:
    """The names a loop gives `self` by `setattr(self, name, ...)` at its body's top level, or under a test only
    leaving literal names out (`if name != "self":`): every name it iterates is set whenever the loop runs. It
    iterates `("a", "b")`, `(("a", a), ("b", b))` (the first element names it), the keys of `{"a": a, "b": b}` or
    `dict(a=a, b=b)` (`.items()`, `.keys()` or the mapping itself), or `locals()` at the top of a def whose
    `parameters` (less its instance) are what it holds then."""
    target = loop.target
    first = target.elts[0] if isinstance(target, ast.Tuple) and target.elts else target
    if not isinstance(first, ast.Name):
        return []
    names = _iterated_names(loop.iter, tuple_items=first is not target, parameters=parameters)
    if names is None:
        return []
    for stmt in loop.body:
        left_out = _filter(stmt, first.id)
        body = stmt.body if isinstance(stmt, ast.If) and left_out is not None else [stmt]
        if any(_sets_by(inner, first.id) for inner in body):
            return [name for name in names if name not in (left_out or ())]
    return []


def dict_update_on_self(call: ast.Call, parameters: frozenset[str]) -> list[str]:
    """The names `self.__dict__.update(...)` or `vars(self).update(...)` sets on the instance: its keywords, the
    literal keys of a dict display or `dict(...)` call it is given (`**` of one too), the constructor's `parameters`
    for `locals()`; a mapping named otherwise sets names unknown here."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "update" and _instance_dict(func.value)):
        return []
    names = [keyword.arg for keyword in call.keywords if keyword.arg is not None]
    mappings = [*call.args, *(keyword.value for keyword in call.keywords if keyword.arg is None)]
    for mapping in mappings:
        names += _mapping_keys(mapping, parameters) or []
    return names


def _instance_dict(holder: ast.expr) -> bool:
    """`self.__dict__` or `vars(self)`."""
    if isinstance(holder, ast.Attribute):
        return holder.attr == "__dict__" and dotted_name(holder.value) == "self"
    return (
        isinstance(holder, ast.Call)
        and dotted_name(holder.func) == "vars"
        and len(holder.args) == 1
        and dotted_name(holder.args[0]) == "self"
    )


def _iterated_names(node: ast.expr, tuple_items: bool, parameters: frozenset[str]) -> list[str] | None:
    """The names a loop's first target takes over `node`, None when they cannot be told."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items = [item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item for item in node.elts]
        if not tuple_items and any(isinstance(item, ast.Tuple) for item in node.elts):
            return None
        names = [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]
        return names if len(names) == len(items) else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
        if (node.func.attr == "items" and tuple_items) or (node.func.attr == "keys" and not tuple_items):
            return _mapping_keys(node.func.value, parameters)
        return None
    return None if tuple_items else _mapping_keys(node, parameters)


def _mapping_keys(node: ast.expr, parameters: frozenset[str]) -> list[str] | None:
    """The keys of a dict display with literal keys, of `dict(a=..., b=...)`, or the `parameters` `locals()` holds
    at the top of a constructor; None for any other mapping."""
    if isinstance(node, ast.Dict):
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        return keys if len(keys) == len(node.keys) else None
    if isinstance(node, ast.Call) and not node.args and dotted_name(node.func) in ("dict", "locals"):
        if dotted_name(node.func) == "locals":
            return sorted(parameters)
        if all(keyword.arg is not None for keyword in node.keywords):
            return [keyword.arg for keyword in node.keywords if keyword.arg is not None]
    return None


def _filter(stmt: ast.stmt, variable: str) -> frozenset[str] | None:
    """The literal names an `if` without `else` leaves out of its body (`if name != "self":`, `if name not in
    ("self", "cls"):`), None for any other statement or test."""
    if not (isinstance(stmt, ast.If) and not stmt.orelse and isinstance(stmt.test, ast.Compare)):
        return None
    test = stmt.test
    if not (isinstance(test.left, ast.Name) and test.left.id == variable and len(test.ops) == 1):
        return None
    op, right = test.ops[0], test.comparators[0]
    if isinstance(op, ast.NotEq) and isinstance(right, ast.Constant) and isinstance(right.value, str):
        return frozenset({right.value})
    if isinstance(op, ast.NotIn) and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
        left_out = {e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
        return frozenset(left_out) if len(left_out) == len(right.elts) else None
    return None


def _sets_by(stmt: ast.stmt, variable: str) -> bool:
    """`setattr(self, variable, ...)` as a statement."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    call = stmt.value
    return (
        dotted_name(call.func) in _SETTERS
        and len(call.args) >= 2
        and dotted_name(call.args[0]) == "self"
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == variable
    )
