"""Class-body settings a metaclass reads: `__new__(mcs, name, bases, namespace)` is handed the body of each class
made with it, and a literal key it reads there (`namespace["__collection__"]`, `namespace.get("key")`, `"key" in
namespace`) is a setting users write in their subclasses (odmantic 0.9's `class Book(Model): __collection__ =
"books"`). A release whose metaclass no longer reads the key, and stores its own value under it before the class is
made, ignores the user's setting without a word (odmantic 1.0 names the collection from `model_config` or the class
name alone)."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, walk

READ = "read"
STORED = "stored"
ITERATED = "iterated"
"""Every key read alike (`namespace.items()`, `for key in namespace`): what becomes of one key is not seen."""
HOLDER = "holder"
"""A class of the module made with the metaclass (`class Model(Base, metaclass=ModelMetaclass)`): its key is the
class's name."""
NamespaceKey = tuple[str, str, int]
"""(READ, STORED, ITERATED or HOLDER, the key or holder's name ("" when iterated), line)."""

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _names(node: _FunctionDef) -> set[str]:
    arguments = node.args
    return {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}


def namespace_keys(tree: ast.Module) -> dict[str, tuple[NamespaceKey, ...]]:
    """Top-level class name -> what its `__new__(mcs, name, bases, namespace, ...)` reads from the namespace by
    literal key (there, or in any def of the module taking a parameter of that name: the helpers it hands the
    namespace to), the keys it stores there outside any test of that key, and the module's classes made with it."""
    found: dict[str, list[NamespaceKey]] = {}
    for stmt in tree.body:
        if not isinstance(stmt, ast.ClassDef):
            continue
        new = next((s for s in stmt.body if isinstance(s, _DEFS) and s.name == "__new__"), None)
        positional = [*new.args.posonlyargs, *new.args.args] if new is not None else []
        if new is None or len(positional) < 4:
            continue
        namespace = positional[3].arg
        defs = {n.name: n for n in walk(tree) if isinstance(n, _DEFS) and n is not new}
        helpers: list[tuple[_FunctionDef, str]] = [(new, namespace)]
        elsewhere: list[int] = []  # where it goes where no read is seen: a key stored after is no user's value lost
        for callee, slot, keyword, line in _handed(new, namespace):
            param = _taken_as(defs[callee], slot, keyword) if callee in defs else ""
            if param:
                helpers.append((defs[callee], param))
            else:
                elsewhere.append(line)
        reads = [r for helper, param in helpers for r in _reads(helper, param)]
        stores = [s for s in _stores(new, namespace) if all(s[2] < line for line in elsewhere)]
        found[stmt.name] = [*reads, *stores]
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            for given in stmt.keywords:
                maker = dotted_name(given.value) if given.arg == "metaclass" else None
                if maker in found:
                    found[maker].append((HOLDER, stmt.name, stmt.lineno))
    return {name: tuple(keys) for name, keys in found.items() if keys}


def _handed(new: _FunctionDef, namespace: str) -> list[tuple[str, int, str, int]]:
    """The calls of `new` handing `namespace` on: (callee's last name, slot or -1, keyword or "", line)."""
    found: list[tuple[str, int, str, int]] = []
    for node in walk(new):
        if not isinstance(node, ast.Call):
            continue
        callee = node.func.attr if isinstance(node.func, ast.Attribute) else dotted_name(node.func) or ""
        slot = next((i for i, a in enumerate(node.args) if _is(a, namespace)), -1)
        keyword = next((k.arg or "**" for k in node.keywords if _is(k.value, namespace)), "")
        if slot >= 0 or keyword:
            found.append((callee, slot, keyword, node.lineno))
    return found


def _taken_as(helper: _FunctionDef, slot: int, keyword: str) -> str:
    """The parameter of `helper` a call passing the namespace at `slot` or `keyword` binds it to, "" when unknown
    (a method's own first parameter skipped unless it is a staticmethod)."""
    names = _names(helper)
    if keyword:
        return keyword if keyword in names else ""
    positional = [a.arg for a in (*helper.args.posonlyargs, *helper.args.args)]
    static = any(dotted_name(d) == "staticmethod" for d in helper.decorator_list)
    first = positional[0] if positional else ""
    offset = 0 if static or first not in ("self", "cls", "mcs", "metacls") else 1
    return positional[slot + offset] if slot + offset < len(positional) else ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is(node: ast.expr, namespace: str) -> bool:
    return isinstance(node, ast.Name) and node.id == namespace


def _reads(new: _FunctionDef, namespace: str) -> list[NamespaceKey]:
    """The literal keys `new` reads from `namespace`: a subscript loaded, `.get`/`.pop`/`.setdefault`, `in`."""
    found: list[NamespaceKey] = []
    for node in walk(new):
        key: str | None = None
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is(node.value, namespace):
            key = _literal(node.slice)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop", "setdefault")
            and _is(node.func.value, namespace)
            and node.args
        ):
            key = _literal(node.args[0])
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], (ast.In, ast.NotIn))
            and _is(node.comparators[0], namespace)
        ):
            key = _literal(node.left)
        if key is not None:
            found.append((READ, key, getattr(node, "lineno", new.lineno)))
        elif _iterates(node, namespace):
            found.append((ITERATED, "", getattr(node, "lineno", new.lineno)))
    return found


def _iterates(node: ast.AST, namespace: str) -> bool:
    """`node` reads every key of `namespace` alike: a loop or comprehension over it, or its items, keys or values."""
    if isinstance(node, (ast.For, ast.comprehension)) and _is(node.iter, namespace):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("items", "keys", "values", "copy")
        and _is(node.func.value, namespace)
    )


def _stores(new: _FunctionDef, namespace: str) -> list[NamespaceKey]:
    """The literal keys `new` assigns in `namespace` (`namespace["key"] = value`) where no test above the
    assignment names the key: a value of the user's under that key is replaced, whatever it was."""
    found: list[NamespaceKey] = []
    pending: list[tuple[list[ast.stmt], frozenset[str]]] = [(new.body, frozenset())]
    while pending:
        body, tested = pending.pop()
        for stmt in body:
            if isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Subscript) and _is(target.value, namespace):
                        key = _literal(target.slice)
                        if key is not None and key not in tested:
                            found.append((STORED, key, stmt.lineno))
            elif isinstance(stmt, ast.If):
                named = tested | {
                    n.value for n in walk(stmt.test) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                }
                pending += [(stmt.body, named), (stmt.orelse, named)]
    return found
