"""Attributes a framework reads from objects its users define: django-filter 21.1's DRF backend reads
`getattr(view, "filter_fields", None)` from the view handed to `get_filterset_class(self, view, queryset)`, a class
of the user's; 22.1 reads only `filterset_fields`, so a view still setting `filter_fields` is silently unfiltered.

A name counts only when every literal read of it (`getattr(obj, "name"[, default])`, `hasattr(obj, "name")`) is from
a parameter of the function reading it, never from `self`/`cls` or any other name, and the module never spells
`self.name`/`cls.name` nor stores the name on any object: what a framework reads from its own objects, or reads
back where it stored it, is its own, not a user's setting. Only compound names (`filter_fields`, not `fields`) are
kept: a common word is read from many objects. A parameter annotated with a standard-library class having the name
is probed for that class's own API (aiosmtplib 1.1's `hasattr(transport, "set_protocol")` on an `asyncio.Transport`),
no user's setting."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right

from bot.apidiff.stdlib import is_stdlib, stdlib_provides

_READ = re.compile(rb"""\b(?:get|has)attr\s*\(\s*([A-Za-z_]\w*)\s*,\s*["']([a-z][a-z0-9]*_\w*)["']""")
"""A literal read of a compound lower-case name from a plain name: `getattr(view, "filter_fields", None)`."""
_OWN = frozenset({"self", "cls"})
_ATTRIBUTE = re.compile(rb"\.([a-z][a-z0-9]*_\w*)")
"""A compound lower-case name read as an attribute (`.type_comment`), led by its dot: the search skips to the dots,
a fifth of the cost of a pattern led by the receiver, which was tried at every word of the module."""
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
"""The bytes a bytes pattern's word class matches (ASCII only)."""
_DIGITS = frozenset(b"0123456789")
_OWN_RECEIVERS = frozenset({b"self", b"cls"})


def plain_reads(data: bytes) -> frozenset[str]:
    """Compound names the module reads as plain attributes of a name other than `self`/`cls` (`node.type_comment`):
    a release that turned astroid 2.15's `getattr(node, "type_comment", None)` into 3.0's `node.type_comment` still
    reads the user's attribute. The receiver is the whole word before the dot, led by a letter or `_`; the matches
    never overlap, as a left-to-right search for `receiver.name` would have them: the name of one match is no
    receiver of the next (`a.b_c.d_e` reads `b_c` only)."""
    found: set[bytes] = set()
    taken = 0  # where the last match ended
    for match in _ATTRIBUTE.finditer(data):
        dot = match.start()
        start = dot
        while start and data[start - 1] in _WORD:
            start -= 1
        if start == dot or start < taken or data[start] in _DIGITS or data[start:dot] in _OWN_RECEIVERS:
            continue
        found.add(match[1])
        taken = match.end()
    return frozenset(name.decode() for name in found)


def _stored(data: bytes, name: str) -> bool:
    """The module stores the attribute on an object itself (`func.always_returns = ...`, `setattr(func,
    "always_returns", ...)`): what it reads back may be its own memo, no user's setting (keyring 24's `once`
    decorator caches a result on the function it wraps with `hasattr`/`func.always_returns`)."""
    spelled = re.escape(name.encode())
    store = rb"\.\s*" + spelled + rb"\s*=(?!=)|setattr\s*\(\s*[A-Za-z_]\w*\s*,\s*[\"']" + spelled + rb"[\"']"
    return re.search(store, data) is not None


def _functions(body: list[ast.stmt]) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Functions at module level, in classes, or under a top-level `if`/`try` (statements only, no bodies)."""
    found: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    pending = list(body)
    while pending:
        statement = pending.pop()
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.append(statement)
        elif isinstance(statement, ast.ClassDef):
            pending.extend(statement.body)
        elif isinstance(statement, (ast.If, ast.Try)):
            pending.extend([*statement.body, *statement.orelse])
    return found


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr | None]:
    """Parameter -> its annotation (None when it has none)."""
    arguments = function.args
    return {a.arg: a.annotation for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}


def _imported(tree: ast.Module) -> dict[str, str]:
    """Name -> the absolute dotted path a module-level import binds it to (`from asyncio import Transport`)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                head = alias.name.split(".")[0]
                found[alias.asname or head] = alias.name if alias.asname else head
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                found[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return found


def _annotated_types(annotation: ast.expr | None) -> list[str]:
    """The dotted names an annotation spells as the parameter's type: `asyncio.Transport`, each member of a union
    (`Optional[X]`, `X | None`), a string annotation parsed."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return []
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return [*_annotated_types(annotation.left), *_annotated_types(annotation.right)]
    if isinstance(annotation, ast.Subscript):
        head = _annotated_types(annotation.value)
        if head and head[0].rsplit(".", 1)[-1] in ("Optional", "Union"):
            members = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
            return [name for member in members for name in _annotated_types(member)]
        return head
    if isinstance(annotation, (ast.Name, ast.Attribute)):
        return [ast.unparse(annotation)]
    return []


def _stdlib_member(annotation: ast.expr | None, name: str, imported: dict[str, str]) -> bool:
    """The annotation names a standard-library class that has the attribute `name`: what is read is that class's."""
    for spelled in _annotated_types(annotation):
        head, dot, rest = spelled.partition(".")
        dotted = imported.get(head, head) + dot + rest
        if "." in dotted and is_stdlib(dotted) and stdlib_provides(dotted, name):
            return True
    return False


def user_attributes(tree: ast.Module, data: bytes, starts: list[int]) -> tuple[dict[str, int], frozenset[str]]:
    """(name -> first line the module reads it from a parameter, names it also reads from something else or spells
    on `self`/`cls`): see the module docstring. `starts` from `line_starts`."""
    matches = [(bisect_right(starts, m.start()), m[1].decode(), m[2].decode()) for m in _READ.finditer(data)]
    if not matches:
        return {}, frozenset()
    functions = sorted(
        ((f.lineno, f.end_lineno or f.lineno, _parameters(f)) for f in _functions(tree.body)), key=lambda f: f[0]
    )
    imported = _imported(tree)
    read: dict[str, int] = {}
    vetoed: set[str] = set()
    for line, receiver, name in matches:
        innermost = [params for start, end, params in functions if start <= line <= end]
        from_parameter = receiver not in _OWN and bool(innermost) and receiver in innermost[-1]
        own = b"self." + name.encode() in data or b"cls." + name.encode() in data or _stored(data, name)
        probed = from_parameter and _stdlib_member(innermost[-1][receiver], name, imported)
        if not from_parameter or own or probed:
            vetoed.add(name)
        elif name not in read:
            read[name] = line
    return {name: line for name, line in read.items() if name not in vetoed}, frozenset(vetoed)
