"""Source text of AST nodes, sliced from the file's bytes (faster than `ast.unparse` and faithful to the author)."""

from __future__ import annotations

import ast
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from bot.apidiff.newsyntax import lowered

_SPACE = re.compile(r"\s+")
_DOTTED_ASSIGNED = re.compile(rb"\.([\w\x80-\xff]+) =")
"""`.name =`, a name of any identifier characters (UTF-8 ones too)."""
_COMPILED_AT_TOP = re.compile(rb"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*re\.compile\(", re.M)
"""A module-level `NAME = re.compile(` at the start of a line."""


_OLD_GRAMMAR = (3, 6)
"""The last grammar where `async` and `await` were plain names (rpyc 3.4's `from rpyc.core.async import
AsyncResult`, `def f(x, async=False)`): code written for it is valid Python 3 that 3.7+ no longer parses."""


def parse_module(data: bytes, filename: str = "<unknown>", type_comments: bool = False) -> ast.Module:
    """The module's tree; source written for a newer Python (`type X = ...`, nested f-strings) is read through
    `newsyntax.lowered`, source that only the Python 3.6 grammar accepts (`async` as a name) with that grammar, each
    tried only after the current grammar refused the text as it is (the first error stands when neither reads it)."""
    try:
        return ast.parse(data, filename=filename, type_comments=type_comments)
    except SyntaxError as error:
        refused = error
    rewritten = lowered(data)
    if rewritten is not None:
        try:
            return ast.parse(rewritten, filename=filename, type_comments=type_comments)
        except SyntaxError:
            pass
    if b"async" not in data and b"await" not in data:
        raise refused
    try:
        return ast.parse(data, filename=filename, type_comments=type_comments, feature_version=_OLD_GRAMMAR)
    except SyntaxError:
        raise refused from None


def line_offsets(data: bytes) -> list[int]:
    """Offsets where each line begins (after each `\\n`), summed from the line lengths in one loop (cheaper than a
    regex match per line, and, compiled, than a list of lengths accumulated)."""
    starts = [0]
    total = 0
    for line in data.split(b"\n"):
        total += len(line) + 1
        starts.append(total)
    starts.pop()
    return starts


def offset_lines(text: bytes, offsets: Iterable[int], first: int) -> dict[int, int]:
    """Offset in `text` -> the line it is on (`first` being the text's first line): the newlines counted once, from
    one offset to the next in order (counting from the start for each offset was quadratic; splitting the whole text
    into lines cost more than the few offsets asked about)."""
    lines: dict[int, int] = {}
    line, counted = first, 0
    for at in sorted(set(offsets)):
        line += text.count(b"\n", counted, at)
        counted = at
        lines[at] = line
    return lines


@dataclass(slots=True)
class SourceText:
    """A module's source bytes with lazily computed line offsets."""

    data: bytes
    _starts: list[int] | None = field(default=None, repr=False)
    _dotted_assigned: frozenset[bytes] | None = field(default=None, repr=False)
    _patterns: frozenset[str] | None = field(default=None, repr=False)

    def line_starts(self) -> list[int]:
        """Offsets where each line begins (computed once)."""
        return self._line_starts()

    def dotted_assigned(self) -> frozenset[bytes]:
        """Every `name` the text spells as `.name =` (an attribute assigned, or compared with `==`), found in one
        search, once: asking `b".name =" in data` for each of a module's many attributes searched it again each
        time."""
        if self._dotted_assigned is None:
            self._dotted_assigned = frozenset(_DOTTED_ASSIGNED.findall(self.data))
        return self._dotted_assigned

    def compiled_patterns(self) -> frozenset[str]:
        """The module-level names bound to `re.compile(...)` (jsonpath-ng 1.16's `_STR = re.compile(...)`),
        found once: their `match`/`search` refuse None."""
        if self._patterns is None:
            found = _COMPILED_AT_TOP.findall(self.data) if b"re.compile(" in self.data else []
            self._patterns = frozenset(name.decode() for name in found)
        return self._patterns

    def _line_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = line_offsets(self.data)
        return self._starts

    def segment(self, node: ast.AST) -> str:
        """The node's source, whitespace collapsed; ast.unparse as a fallback when positions are missing."""
        lineno = getattr(node, "lineno", None)
        end_lineno = getattr(node, "end_lineno", None)
        col = getattr(node, "col_offset", None)
        end_col = getattr(node, "end_col_offset", None)
        if lineno is None or end_lineno is None or col is None or end_col is None:
            return ast.unparse(node)
        starts = self._line_starts()
        if end_lineno > len(starts):
            return ast.unparse(node)
        start = starts[lineno - 1] + col
        end = starts[end_lineno - 1] + end_col
        text = self.data[start:end].decode("utf-8", errors="replace")
        return _SPACE.sub(" ", text) if "\n" in text else text


def node_bytes(source: SourceText, node: ast.AST) -> bytes:
    """The raw source lines a node spans."""
    starts = source._line_starts()
    first, last = getattr(node, "lineno", 1), getattr(node, "end_lineno", None) or len(starts)
    end = starts[last] if last < len(starts) else len(source.data)
    return source.data[starts[first - 1] : end]


_IDENTIFIER_FIELDS = frozenset(
    {"id", "attr", "arg", "name", "asname", "kind", "level", "module", "conversion", "type_comment", "is_async"}
)
"""Fields holding a name, a number or a flag in every node type that has them: never a node to walk."""
_WALKED_FIELDS: dict[type, tuple[str, ...]] = {}


def _walked_fields(kind: type) -> tuple[str, ...]:
    """The fields of a node type that may hold nodes, contexts and operators included (computed once per type)."""
    found = _WALKED_FIELDS.get(kind)
    if found is None:
        leaves = _IDENTIFIER_FIELDS | ({"value"} if kind is ast.Constant else set())
        fields: tuple[str, ...] = getattr(kind, "_fields", ())
        found = _WALKED_FIELDS[kind] = tuple(name for name in fields if name not in leaves)
    return found


def walk(node: ast.AST) -> Iterator[ast.AST]:
    """`ast.walk`: the same nodes in the same (breadth-first) order, contexts and operators included, 30% cheaper:
    each node's fields read in one loop, not through the generators of `iter_fields` and `iter_child_nodes` (a
    whole-module `ast.walk` costs a third of the module's parse); and only the fields that may hold a node (an
    identifier never does: a sixth less again)."""
    todo = deque([node])
    while todo:
        node = todo.popleft()
        fields = _WALKED_FIELDS.get(type(node))  # the call only for a type not met before
        for name in fields if fields is not None else _walked_fields(type(node)):
            value = getattr(node, name, None)
            if isinstance(value, list):
                todo.extend([item for item in value if isinstance(item, ast.AST)])
            elif isinstance(value, ast.AST):
                todo.append(value)
        yield node


_BELOW: WeakKeyDictionary[ast.AST, tuple[ast.AST, ...]] = WeakKeyDictionary()
"""The nodes under a node, in `walk`'s order: the node itself is not kept, which would keep it (and its whole tree)
alive through its own entry."""


def walked(node: ast.AST) -> tuple[ast.AST, ...]:
    """The nodes `walk(node)` gives, in its order, listed at the first call and kept with the node (a weak mapping:
    they go with the tree). For a def: a dozen of its readers (the `**kwargs` ones, the None-default ones, its class's
    attribute readers) each walked it whole; a kept tuple is walked once and read again at a tenth of the cost."""
    below = _BELOW.get(node)
    if below is None:
        nodes = walk(node)
        next(nodes)  # the node itself
        below = _BELOW[node] = tuple(nodes)
    return (node, *below)


def contains(node: ast.AST, kinds: tuple[type[ast.AST], ...]) -> bool:
    """Whether `node` or a node under it is one of `kinds`: `any(isinstance(n, kinds) for n in walk(node))`, depth
    first and stopping at the first found, without a generator resumed per node (`params.way_out` asks it of most
    opening statements of every def with a None default)."""
    todo = [node]
    while todo:
        node = todo.pop()
        if isinstance(node, kinds):
            return True
        fields = _WALKED_FIELDS.get(type(node))
        for name in fields if fields is not None else _walked_fields(type(node)):
            value = getattr(node, name, None)
            if isinstance(value, list):
                todo.extend([item for item in value if isinstance(item, ast.AST)])
            elif isinstance(value, ast.AST):
                todo.append(value)
    return False


def defaults_of(arguments: ast.arguments) -> dict[str, ast.expr]:
    """Parameter name -> its default's expression."""
    positional = [*arguments.posonlyargs, *arguments.args]
    defaulted = positional[len(positional) - len(arguments.defaults) :]
    found = {a.arg: d for a, d in zip(defaulted, arguments.defaults, strict=True)}
    found.update({a.arg: d for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d is not None})
    return found


def dotted_name(node: ast.expr) -> str | None:
    """`a.b.c` for a Name/Attribute chain, None for anything else."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def plainly_called(node: ast.expr | None) -> str | None:
    """The dotted callee of a call that hands no `*args` or `**kwargs` (every argument it passes is spelled out, so a
    reader can map each to a parameter), else None."""
    if not isinstance(node, ast.Call) or any(isinstance(arg, ast.Starred) for arg in node.args):
        return None
    if any(keyword.arg is None for keyword in node.keywords):
        return None
    return dotted_name(node.func) or None


KEY_TAKES = frozenset({"pop", "get"})
"""The mapping methods a body takes one key out with (`kwargs.pop("encoding", None)`, `options.get("timeout")`)."""
KEY_READS = KEY_TAKES | {"setdefault"}
"""The same and `setdefault`, which reads the key as well (a caller's option is still honoured)."""


def key_take(node: ast.AST, methods: frozenset[str] = KEY_TAKES) -> tuple[ast.expr, str, list[ast.expr]] | None:
    """(the mapping, the method, its arguments) of `mapping.pop(key, ...)` or `mapping.get(key)`: how a dozen rules
    see an option taken out of `**kwargs` or a settings dict. Never with keywords or without a key, which dict's own
    methods refuse, so such a call is some other object's."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in methods
        and node.args
        and not node.keywords
    ):
        return node.func.value, node.func.attr, node.args
    return None


def is_len_of(node: ast.expr, name: str) -> bool:
    """`len(name)`, the name plain or dotted."""
    return (
        isinstance(node, ast.Call)
        and dotted_name(node.func) == "len"
        and len(node.args) == 1
        and dotted_name(node.args[0]) == name
    )


def type_name(node: ast.expr) -> str | None:
    """`type(self).__name__` as written (a constructor's warning naming the class being built), else None."""
    if not (isinstance(node, ast.Attribute) and node.attr in ("__name__", "__qualname__")):
        return None
    called = node.value
    if not (isinstance(called, ast.Call) and dotted_name(called.func) == "type" and len(called.args) == 1):
        return None
    argument = dotted_name(called.args[0])
    return f"type({argument}).{node.attr}" if argument is not None else None


def literal_text(node: ast.expr | None) -> str | None:
    """The text of a string literal, an f-string (placeholders kept as `{...}`), or a concatenation of them."""
    if node is None:
        return None
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        parts: list[str] = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(value.value)
            elif isinstance(value, ast.FormattedValue):
                inner = dotted_name(value.value) or type_name(value.value)
                parts.append("{" + (inner or "...") + "}")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left = literal_text(node.left)
        if isinstance(node.op, ast.Mod):
            return left
        right = literal_text(node.right)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return literal_text(node.func.value)
    return None
