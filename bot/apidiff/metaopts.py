"""Options a release reads from a user's nested options class: marshmallow's `class Meta: ordered = True` inside a
`Schema` subclass is read as `getattr(meta, "ordered", False)` by `SchemaOpts(klass.Meta)`; a release that stops
reading an option ignores the user's setting without a word.

Per module (`read_options`): what functions do with an object taken from a nested class attribute (`klass.Meta`,
`getattr(cls, "Meta", None)`, `attrs.get("Meta")`): the options they read from it by literal name, and the calls
they hand it to; classes whose `__init__` reads options from its first parameter (`SchemaOpts`); class attributes
naming a class (`OPTIONS_CLASS = SchemaOpts`). Per release (`class_options`): the options read from each nested class
name, the handoffs followed to the classes reading them. A name whose object goes anywhere else (stored, iterated,
read by a computed name, handed to an unknown callee) is open: any option may still be read, so none is claimed."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from bot.apidiff.located import nodes_on
from bot.apidiff.source import dotted_name, key_take

_NESTED = re.compile(r"^[A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]*$")
"""How a nested options class is named (`Meta`, `Options`, `Config`): not a constant (`DEBUG`)."""
_INSPECTING = frozenset({"isinstance", "issubclass", "type", "callable", "id", "bool", "repr", "str"})
"""Calls that look at the object without reading options from it."""


@dataclass(frozen=True, slots=True)
class Reader:
    """A class whose `__init__` reads options from its first parameter (`SchemaOpts.__init__(self, meta)`)."""

    options: dict[str, int]
    """Option -> first line it is read at."""
    bases: tuple[str, ...]
    """Last names of its bases, whose `__init__` it hands the object to through `super().__init__(meta)`."""
    open: bool
    """The parameter is used otherwise too: what it reads is not all known."""


@dataclass(slots=True)
class OptionReads:
    """What one module does with nested options classes (see the module docstring)."""

    reads: dict[tuple[str, str], int] = field(default_factory=dict)
    """(nested class name, option) -> first line it is read at, read where the object is taken."""
    handoffs: set[tuple[str, str]] = field(default_factory=set)
    """(nested class name, last name of the callee its object is handed to first)."""
    readers: dict[str, Reader] = field(default_factory=dict)
    aliases: set[tuple[str, str]] = field(default_factory=set)
    """(class attribute, last name of the class it names): `OPTIONS_CLASS = SchemaOpts`."""
    opened: set[str] = field(default_factory=set)
    literals: set[str] = field(default_factory=set)
    """Every literal name the module reads with `getattr`/`hasattr`, of any object."""

    def __bool__(self) -> bool:
        """Anything to keep (a module that reads no option by name keeps none)."""
        return bool(self.reads or self.handoffs or self.readers or self.opened or self.literals)


def _literal_read(node: ast.AST) -> tuple[ast.expr, str] | None:
    """(object, name) of `getattr(obj, "name", ...)` / `hasattr(obj, "name")`."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("getattr", "hasattr")
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    ):
        return node.args[0], node.args[1].value
    return None


def _taken_nested(node: ast.expr, local: set[str]) -> str | None:
    """The nested class name an expression takes from a class or a class namespace: `klass.Meta` (on a local name,
    not a module's class), `getattr(cls, "Meta", None)`, `attrs.get("Meta")`, `attrs["Meta"]`, `attrs.pop("Meta")`;
    `a or b` of one name."""
    if isinstance(node, ast.BoolOp):
        names = {_taken_nested(value, local) for value in node.values}
        return names.pop() if len(names) == 1 else None
    if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and _NESTED.match(node.attr):
        holder = node.value
        return node.attr if isinstance(holder, ast.Name) and holder.id in local else None
    read = _literal_read(node)
    if (
        read is not None
        and isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
    ):
        return read[1] if _NESTED.match(read[1]) else None
    key: ast.expr | None = None
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        key = node.slice
    elif (taken := key_take(node)) is not None:
        key = taken[2][0]
    if isinstance(key, ast.Constant) and isinstance(key.value, str) and _NESTED.match(key.value):
        return key.value
    return None


def _walk(root: ast.AST) -> tuple[list[ast.AST], dict[int, ast.AST]]:
    """Every node under `root` and each one's parent, in one pass."""
    nodes: list[ast.AST] = []
    parents: dict[int, ast.AST] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
            stack.append(child)
    return nodes, parents


def _use(node: ast.expr, parents: dict[int, ast.AST]) -> tuple[str, str]:
    """What the code does with an options object at `node`: ("read", option), ("handoff", callee), ("bind", ""),
    ("ok", "") for a look that reads no option (a test, `isinstance`, a base of `type(name, (meta,), ...)`, whose
    class the same reads meet), or ("open", "")."""
    parent = parents.get(id(node))
    if parent is None:
        return "open", ""
    if isinstance(parent, ast.Tuple) and _is_type_bases(parent, parents.get(id(parent))):
        return "ok", ""
    read = _literal_read(parent)
    if read is not None and read[0] is node:
        return "read", read[1]
    if isinstance(parent, ast.Attribute) and isinstance(parent.ctx, ast.Load):
        dunder = parent.attr.startswith("__") and parent.attr.endswith("__")
        return ("open", "") if dunder else ("read", parent.attr)
    if isinstance(parent, ast.Call) and parent.args and parent.args[0] is node:
        callee = dotted_name(parent.func)
        if isinstance(parent.func, ast.Attribute) and parent.func.attr == "__init__":
            return "ok", ""  # `super().__init__(meta)`: the base reads it (see `Reader.bases`)
        if callee is None:
            return "open", ""
        last = callee.rsplit(".", 1)[-1]
        return ("ok", "") if last in _INSPECTING else ("handoff", last)
    if isinstance(parent, ast.Assign) and parent.value is node:
        return ("bind", "") if all(isinstance(t, ast.Name) for t in parent.targets) else ("open", "")
    if isinstance(parent, (ast.If, ast.While, ast.IfExp)) and parent.test is node:
        return "ok", ""
    if isinstance(parent, (ast.BoolOp, ast.UnaryOp)):
        return "ok", ""
    if isinstance(parent, ast.Compare) and all(isinstance(op, (ast.Is, ast.IsNot)) for op in parent.ops):
        return "ok", ""
    return "open", ""


def _is_type_bases(bases: ast.Tuple, call: ast.AST | None) -> bool:
    """`bases` is the bases argument of a `type(name, bases, namespace)` call."""
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "type"
        and len(call.args) == 3
        and call.args[1] is bases
    )


def _read_function(func: ast.FunctionDef | ast.AsyncFunctionDef, found: OptionReads) -> None:
    """Options read from, and handoffs of, the nested-class objects the function takes."""
    nodes, parents = _walk(func)
    local = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    loads: dict[str, list[ast.Name]] = {}
    for node in nodes:
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Store):
                local.add(node.id)
            else:
                loads.setdefault(node.id, []).append(node)
    taken: dict[str, set[str]] = {}
    other: set[str] = set()
    objects: list[tuple[ast.expr, str]] = []
    for node in nodes:
        if isinstance(node, ast.Assign):
            nested = _taken_nested(node.value, local)
            for target in node.targets:
                if isinstance(target, ast.Name):
                    (other if nested is None else taken.setdefault(target.id, set())).add(nested or target.id)
        if isinstance(node, _TAKING) and not isinstance(parents.get(id(node)), ast.BoolOp):
            nested = _taken_nested(node, local)
            if nested is not None:
                objects.append((node, nested))
    for name, names in taken.items():
        if len(names) > 1 or name in other:  # bound to something else too: its reads are not all this one's
            found.opened |= names
        else:
            objects.extend((node, next(iter(names))) for node in loads.get(name, ()))
    for node, nested in objects:
        what, name = _use(node, parents)
        if what == "read":
            found.reads[nested, name] = min(node.lineno, found.reads.get((nested, name), node.lineno))
        elif what == "handoff":
            found.handoffs.add((nested, name))
        elif what == "open":
            found.opened.add(nested)


_TAKING = (ast.Attribute, ast.Call, ast.Subscript, ast.BoolOp)


def _reader(cls: ast.ClassDef, init: ast.FunctionDef) -> Reader | None:
    """The class as a reader of options from its `__init__`'s first parameter, when it reads any by name."""
    if len(init.args.args) < 2:
        return None
    param = init.args.args[1].arg
    nodes, parents = _walk(init)
    options: dict[str, int] = {}
    opened = by_name = False
    for node in nodes:
        if isinstance(node, ast.Name) and node.id == param and isinstance(node.ctx, ast.Load):
            what, name = _use(node, parents)
            if what == "read":
                options[name] = min(node.lineno, options.get(name, node.lineno))
                by_name = by_name or _literal_read(parents[id(node)]) is not None
            elif what != "ok":
                opened = True
    if not by_name:  # an options reader asks by name, for what may be missing (`getattr(meta, "x", default)`)
        return None
    bases = tuple(dotted.rsplit(".", 1)[-1] for base in cls.bases if (dotted := dotted_name(base)) is not None)
    return Reader(options, bases, opened)


def _class_aliases(cls: ast.ClassDef) -> set[tuple[str, str]]:
    """(attribute, last name of the class it names) of the class body's `OPTIONS_CLASS = SchemaOpts`."""
    found = set()
    for statement in cls.body:
        target, value = None, None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign):
            target, value = statement.target, statement.value
        if isinstance(target, ast.Name) and value is not None and (named := dotted_name(value)) is not None:
            found.add((target.id, named.rsplit(".", 1)[-1]))
    return found


def _may_take(node: ast.AST, imported: frozenset[bytes]) -> bool:
    """A cheap first look for `_taken_nested` (which needs the function's local names): on a name no import binds
    (`klass.Meta`, `attrs["Meta"]`, not `t.Optional["Context"]`), or `getattr(x, "Meta")`, `attrs.get("Meta")`."""
    if isinstance(node, ast.BoolOp):
        return any(_may_take(value, imported) for value in node.values)
    key: ast.AST | None = None
    if isinstance(node, (ast.Attribute, ast.Subscript)):
        holder = node.value
        if not isinstance(holder, ast.Name) or holder.id.encode() in imported:
            return False
        if isinstance(node, ast.Attribute):
            return _NESTED.match(node.attr) is not None
        key = node.slice
    elif isinstance(node, ast.Call) and _literal_read(node) is not None:
        key = node.args[1]
    elif (taken := key_take(node)) is not None:
        key = taken[2][0]
    return isinstance(key, ast.Constant) and isinstance(key.value, str) and _NESTED.match(key.value) is not None


_BY_NAME = re.compile(rb"attr\s*\(")
_NAMED = re.compile(rb"attr\s*\((?:[^,()]|\([^()]*\))*,\s*[\"']([A-Za-z_]\w*)[\"']")
"""`getattr(obj, "name"` (or `hasattr`, `setattr`): the names a module asks any object for by literal."""
_NESTED_BYTES = rb"[\"'][A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*[\"']"
_TAKEN_BY_KEY = (
    re.compile(rb"\.(?:get|pop)\s*\(\s*" + _NESTED_BYTES),
    re.compile(rb"\[\s*" + _NESTED_BYTES + rb"\s*\]"),
    re.compile(rb"getattr\s*\([^,]{0,200},\s*" + _NESTED_BYTES),
)
"""What may take a nested class by its name (`attrs.get("Meta")`, `attrs["Meta"]`, `getattr(cls, "Meta")`), each led
by a literal (see `patterns`); `getattr`'s first argument read up to 200 bytes (a module spelling `getattr(`
thousands of times and no comma after was searched to its end from each: 20,000 took a second, 200,000 minutes)."""
_NESTED_CLASS = re.compile(rb"class(?<=[ \t]class)[ \t]+([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\b")
"""An indented class statement (`    class Meta:`; led by its word, see `patterns`): the names `klass.Meta` may take
in this module."""


@lru_cache(maxsize=256)
def _taken_attribute(names: frozenset[bytes]) -> re.Pattern[bytes]:
    """`.Meta` for the nested class names of a module (a handful, shared across releases)."""
    return re.compile(rb"\.(?:" + b"|".join(sorted(names)) + rb")\b")


def _take_lines(data: bytes, starts: list[int]) -> list[int]:
    """The lines that may take a nested class: by name, or as an attribute named like a nested class the module
    defines (a holder's `class Meta:`, which its subclasses override; other capitalised attributes, `t.Any`, are
    classes of modules)."""
    patterns = list(_TAKEN_BY_KEY)
    if nested := frozenset(_NESTED_CLASS.findall(data)):
        patterns.append(_taken_attribute(nested))
    return sorted({bisect_right(starts, match.start()) for pattern in patterns for match in pattern.finditer(data)})


def _imported(body: list[ast.stmt]) -> frozenset[bytes]:
    """Names the module's imports bind at top level, also under a top-level `if`/`try` (`if TYPE_CHECKING:`)."""
    names: set[bytes] = set()
    pending = list(body)
    while pending:
        statement = pending.pop()
        if isinstance(statement, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".", 1)[0].encode() for alias in statement.names)
        elif isinstance(statement, (ast.If, ast.Try)):
            pending.extend([*statement.body, *statement.orelse, *getattr(statement, "handlers", ())])
    return frozenset(names)


def _definitions(body: list[ast.stmt]) -> Iterator[ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef]:
    """Classes and functions at module level, in classes, or under a top-level `if`/`try` (statements only)."""
    pending = list(body)
    while pending:
        statement = pending.pop()
        if isinstance(statement, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            yield statement
            if isinstance(statement, ast.ClassDef):
                pending.extend(statement.body)
        elif isinstance(statement, (ast.If, ast.Try)):
            pending.extend([*statement.body, *statement.orelse])


def read_options(tree: ast.Module, data: bytes, starts: list[int]) -> OptionReads:
    """What the module does with nested options classes (see the module docstring). Only what the text shows may
    matter is looked at: the `__init__`s on lines reading by name, the functions whose lines may take a nested
    class."""
    found = OptionReads(literals={name.decode() for name in _NAMED.findall(data)})
    imported = _imported(tree.body)
    by_name = sorted({bisect_right(starts, match.start()) for match in _BY_NAME.finditer(data)})
    takes = _take_lines(data, starts)
    for definition in _definitions(tree.body):
        if isinstance(definition, ast.ClassDef):
            found.aliases.update(_class_aliases(definition))
            init = next((s for s in definition.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
            if init is not None and _spans(by_name, init) and (reader := _reader(definition, init)) is not None:
                found.readers[definition.name] = reader
        elif _spans(takes, definition) and any(_may_take(node, imported) for node in nodes_on(definition, takes)):
            _read_function(definition, found)
    return found


def _spans(lines: list[int], node: ast.AST) -> bool:
    """One of the sorted `lines` lies within the node's lines."""
    start = getattr(node, "lineno", 0)
    at = bisect_left(lines, start)
    return at < len(lines) and lines[at] <= (getattr(node, "end_lineno", None) or start)


@dataclass(frozen=True, slots=True)
class ClassOptions:
    """A release's options per nested class name: option -> (module file, line) first read, and the names whose
    objects go where the engine cannot follow (any option may still be read)."""

    options: dict[str, dict[str, tuple[str, int]]]
    open: frozenset[str]
    literals: frozenset[str]


def class_options(modules: Iterable[tuple[str, OptionReads]]) -> ClassOptions:
    """Link the modules' reads of a release (file, reads): each handoff to the reader classes it names, directly or
    through a class attribute (`klass.OPTIONS_CLASS(meta)`, `OPTIONS_CLASS = SchemaOpts`), and their bases'."""
    modules = list(modules)
    readers: dict[str, list[tuple[str, Reader]]] = {}
    aliases: dict[str, set[str]] = {}
    for file, found in modules:
        for name, reader in found.readers.items():
            readers.setdefault(name, []).append((file, reader))
        for attribute, named in found.aliases:
            aliases.setdefault(attribute, set()).add(named)
    options: dict[str, dict[str, tuple[str, int]]] = {}
    opened: set[str] = set()

    def follow(nested: str, name: str, seen: set[str]) -> None:
        """Add what the reader classes `name` names read; open when it names none, or one not wholly known."""
        if name in seen:
            return
        seen.add(name)
        named = readers.get(name)
        if named is None:
            targets = aliases.get(name, set()) & readers.keys()
            if not targets:
                opened.add(nested)
            for target in sorted(targets):
                follow(nested, target, seen)
            return
        for file, reader in named:
            if reader.open:
                opened.add(nested)
            for option, line in reader.options.items():
                options.setdefault(nested, {}).setdefault(option, (file, line))
            for base in reader.bases:
                if base in readers:
                    follow(nested, base, seen)
                elif base != "object":
                    opened.add(nested)  # a base read elsewhere (another distribution) may read more

    for file, found in sorted(modules, key=lambda item: item[0]):
        for (nested, option), line in sorted(found.reads.items(), key=lambda item: item[1]):
            options.setdefault(nested, {}).setdefault(option, (file, line))
        opened |= found.opened
    for _, found in modules:
        for nested, callee in sorted(found.handoffs):
            follow(nested, callee, set())
    literals = frozenset().union(*(found.literals for _, found in modules))
    return ClassOptions(options, frozenset(opened), literals)
