"""Metaclasses that collect declared fields: their `__new__` pops entries from the class body's namespace and keeps
them in a dict on the class (Django's `DeclarativeFieldsMetaclass`: `attrs.pop(key)` for every form field, then
`attrs["declared_fields"] = ...`). A field declared that way is no attribute of the class at run time (`Form.name`
raises AttributeError, on the old release too); what users lose when it goes is an entry of that dict."""

from __future__ import annotations

import ast
from collections.abc import Mapping

from bot.apidiff.source import dotted_name

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_Defs = Mapping[str, _FunctionDef]


def _namespace(node: _FunctionDef) -> str:
    """The parameter `__new__(mcs, name, bases, namespace)` receives the class body in; "" when it has none."""
    positional = [*node.args.posonlyargs, *node.args.args]
    return positional[3].arg if len(positional) >= 4 else ""


def _pops(sub: ast.AST, name: str) -> bool:
    """`name.pop(key)` or `del name[key]` with a key computed at run time: one entry of many, not one literal key
    (`attrs.pop("Meta", None)` only consumes the options class)."""
    if isinstance(sub, ast.Call):
        func = sub.func
        return (
            isinstance(func, ast.Attribute)
            and func.attr == "pop"
            and dotted_name(func.value) == name
            and bool(sub.args)
            and not isinstance(sub.args[0], ast.Constant)
        )
    return isinstance(sub, ast.Delete) and any(
        isinstance(t, ast.Subscript) and dotted_name(t.value) == name and not isinstance(t.slice, ast.Constant)
        for t in sub.targets
    )


def _pops_from(node: ast.AST, name: str) -> bool:
    return any(_pops(sub, name) for sub in ast.walk(node))


def _popping_names(node: _FunctionDef, name: str) -> set[str]:
    """The names the loops removing entries from `name` spell (`for key, value in list(attrs.items()): ...
    current_fields.append((key, value)); attrs.pop(key)`, `for field_name, _ in cls_fields: del attrs[field_name]`),
    the namespace itself left out: a value spelling one of them is built from what was popped."""
    found: set[str] = set()
    for loop in ast.walk(node):
        if isinstance(loop, (ast.For, ast.AsyncFor, ast.comprehension)) and _pops_from(loop, name):
            found |= {n.id for n in ast.walk(loop) if isinstance(n, ast.Name)}
    return found - {name}


def _passes(call: ast.Call, name: str) -> int:
    """The positional slot `name` is handed to in `call` (-1: not handed)."""
    for index, argument in enumerate(call.args):
        if isinstance(argument, ast.Name) and argument.id == name:
            return index
    return -1


def _helper(
    call: ast.Call, methods: _Defs, functions: Mapping[str, list[_FunctionDef]]
) -> tuple[_FunctionDef, int] | None:
    """The def a call runs, a method of the same class (`cls._get_declared_fields(...)`) or a module function
    (`get_declared_fields(bases, attrs)`), and how many leading parameters it binds itself."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.attr in methods:
        helper = methods[func.attr]
        return helper, 0 if any(dotted_name(d) == "staticmethod" for d in helper.decorator_list) else 1
    if isinstance(func, ast.Name) and functions.get(func.id):
        return functions[func.id][-1], 0
    return None


def _helper_pops(call: ast.Call, name: str, methods: _Defs, functions: Mapping[str, list[_FunctionDef]]) -> bool:
    """A helper handed the namespace that pops from the parameter receiving it (Django REST framework's
    `SerializerMetaclass`, old Django's module function `get_declared_fields`)."""
    slot = _passes(call, name)
    found = _helper(call, methods, functions) if slot >= 0 else None
    if found is None:
        return False
    helper, bound = found
    positional = [*helper.args.posonlyargs, *helper.args.args][bound:]
    return slot < len(positional) and _pops_from(helper, positional[slot].arg)


def _builds_class(value: ast.expr) -> bool:
    """`super().__new__(mcs, ...)`, `type.__new__(mcs, ...)`: the class being made."""
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "__new__"


def _stored_as(node: _FunctionDef, name: str, methods: _Defs, functions: Mapping[str, list[_FunctionDef]]) -> str:
    """The class attribute the popped entries are kept under: `namespace["x"] = ...` or `klass.x = ...` (with
    `klass` the class `__new__` built), assigned a value that pops them itself, spells a name of the popping loop,
    or is a helper's result that pops them; "" when none is."""
    assigns = [s for s in ast.walk(node) if isinstance(s, ast.Assign) and len(s.targets) == 1]
    built = {s.targets[0].id for s in assigns if isinstance(s.targets[0], ast.Name) and _builds_class(s.value)}
    popping = _popping_names(node, name)
    for stmt in assigns:
        target, value = stmt.targets[0], stmt.value
        if not (
            _pops_from(value, name)
            or any(isinstance(n, ast.Name) and n.id in popping for n in ast.walk(value))
            or (isinstance(value, ast.Call) and _helper_pops(value, name, methods, functions))
        ):
            continue
        if isinstance(target, ast.Subscript) and dotted_name(target.value) == name:
            key = target.slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                return key.value
        elif isinstance(target, ast.Attribute) and dotted_name(target.value) in built:
            return target.attr
    return ""


def collected_as(node: _FunctionDef, methods: _Defs, functions: Mapping[str, list[_FunctionDef]]) -> str:
    """For a metaclass's `__new__`: the class attribute its class body's popped entries are kept under, "" when it
    pops none (or keeps them nowhere it names)."""
    name = _namespace(node)
    if not name:
        return ""
    return _stored_as(node, name, methods, functions)
