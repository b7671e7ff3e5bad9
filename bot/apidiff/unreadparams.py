"""Named parameters a def's body never reads: one the old release read and the new one keeps in its signature but
never names is silently ignored (fonttools 4.27's `TTFont(allowVID=...)`). Only a body that surely cannot reach the
value otherwise counts: no frame or namespace access, no decorator that may read the call, no stub body."""

from __future__ import annotations

import ast
import re

from bot.apidiff.model import Param, ParamKind, Surface, Symbol
from bot.apidiff.source import dotted_name, walk

UNUSED = "unused"
"""The body names the parameter nowhere (comments and the docstring aside)."""
WARNED = "warned"
"""The body names it only in the message of a warning or deprecation call (`warn("allowVID is ignored")`)."""
LOGGED = "logged"
"""The body loads it only as an argument of logging calls (`logger.debug("closefd=%r", closefd)`): the value ends up
in a log record, never in what the call does."""
UNSURE = "unsure"
"""The body never loads it, but rebinds it, shadows it, or is a stub, or a decorator may read the call: neither
read nor surely ignored."""

_FRAME_ACCESS = re.compile(rb"\b(?:vars|eval|exec)\s*\(|_getframe|currentframe|f_locals|\binspect\b")
"""Ways a body reaches its parameters without naming them (`locals()` aside: see `_locals_keys`)."""
_FRAME_WORDS = (b"vars", b"eval", b"exec", b"frame", b"f_locals", b"inspect")
"""What `_FRAME_ACCESS` needs to match, tested first: a pattern without a literal prefix scans slowly."""
_LOCALS = re.compile(rb"\blocals\s*\(")
_KEEPING = frozenset({"staticmethod", "classmethod", "override", "typing.override", "typing_extensions.override"})
"""Decorators that hand the call to the body as it is."""
_WARNING_WORDS = ("warn", "deprecat")
_WARNING_BYTES = tuple(word.encode() for word in _WARNING_WORDS)
_NAMED = (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD, ParamKind.KEYWORD_ONLY)


def _stub_body(body: list[ast.stmt]) -> bool:
    """Only a docstring, `...`, `pass` or `raise NotImplementedError`: a placeholder whose parameters say what
    implementations take."""
    for stmt in body:
        if isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)):
            continue
        if isinstance(stmt, ast.Raise) and stmt.exc is not None:
            raised = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
            if dotted_name(raised) == "NotImplementedError":
                continue
        return False
    return True


def _warning_call(node: ast.Call) -> bool:
    name = dotted_name(node.func) or ""
    last = name.rsplit(".", 1)[-1].lower()
    return any(word in last for word in _WARNING_WORDS)


def _mentions(node: ast.FunctionDef | ast.AsyncFunctionDef, names: set[str]) -> dict[str, str]:
    """How the body names each of `names` it does not load: UNSURE once stored, deleted, shadowed or spelled in a
    string other than a warning's message, WARNED when only such messages spell it; loaded ones are left out."""
    found: dict[str, str] = {}
    loaded: set[str] = set()
    warned: set[int] = set()
    statements = node.body[1:] if ast.get_docstring(node, clean=False) is not None else node.body
    for stmt in statements:
        for child in walk(stmt):
            if isinstance(child, ast.Name) and child.id in names:
                if isinstance(child.ctx, ast.Load):
                    loaded.add(child.id)
                else:
                    found[child.id] = UNSURE
            elif isinstance(child, (ast.arg, ast.keyword)) and child.arg in names:
                found[child.arg] = UNSURE  # a nested def's own parameter, or a keyword argument's name: unsure
            elif isinstance(child, ast.Call) and _warning_call(child):
                warned.update(id(sub) for arg in child.args for sub in walk(arg) if isinstance(sub, ast.Constant))
            elif isinstance(child, ast.Constant) and isinstance(child.value, str):
                for name in names:
                    if name in child.value and re.search(rf"\b{re.escape(name)}\b", child.value) is not None:
                        how = WARNED if id(child) in warned else UNSURE
                        found[name] = UNSURE if found.get(name, how) == UNSURE else how
    return {name: how for name, how in found.items() if name not in loaded}


def _looped_strings(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, set[str]]:
    """Loop variable -> the strings of the literal tuple or list each `for` binding it walks (`for name in
    ("verbose", "quiet"):`); a variable also bound otherwise maps to nothing certain and is left out."""
    found: dict[str, set[str]] = {}
    other: set[str] = set()
    targets: set[int] = set()
    for child in walk(node):
        if isinstance(child, (ast.For, ast.AsyncFor)) and isinstance(child.target, ast.Name):
            items = child.iter.elts if isinstance(child.iter, (ast.Tuple, ast.List)) else None
            if items is not None and all(isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items):
                targets.add(id(child.target))
                found.setdefault(child.target.id, set()).update(
                    str(i.value) for i in items if isinstance(i, ast.Constant)
                )
                continue
            other.add(child.target.id)
        elif isinstance(child, ast.Name) and not isinstance(child.ctx, ast.Load) and id(child) not in targets:
            other.add(child.id)
    return {name: keys for name, keys in found.items() if name not in other}


def _locals_keys(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str] | None:
    """The names the body looks up in `locals()` when every use is `locals().get(key)` or `locals()[key]` with a
    literal key or one a loop takes from a literal tuple (fonttools 4.27's `TTFont.__init__` reads `verbose` and
    `quiet` so), or an argument of a logging call, which looks up none (see `_logging_call`); None when some use may
    read any name."""
    looped = _looped_strings(node)
    keys: set[str] = set()
    taken: set[int] = set()
    calls = 0
    for child in walk(node):
        looked: ast.expr | None = None
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id == "locals":
            calls += 1
        elif isinstance(child, ast.Call) and _logging_call(child):
            taken.update(id(arg) for arg in child.args if _is_locals(arg))
            continue
        elif (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Attribute)
            and child.func.attr == "get"
            and child.args
            and _is_locals(child.func.value)
        ):
            looked, holder = child.args[0], child.func.value
        elif isinstance(child, ast.Subscript) and _is_locals(child.value):
            looked, holder = child.slice, child.value
        if looked is None:
            continue
        if isinstance(looked, ast.Constant) and isinstance(looked.value, str):
            keys.add(looked.value)
        elif isinstance(looked, ast.Name) and looked.id in looped:
            keys |= looped[looked.id]
        else:
            return None
        taken.add(id(holder))
    return keys if len(taken) == calls else None


_LOG_LEVELS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"})


def _logging_call(node: ast.Call) -> bool:
    """`logger.debug(...)`, `logging.info(...)`, `self.log.warning(...)`: a level method called on a name that says
    log. The values it is handed end up in a log record only (smart_open 9.0.2's `open` ran
    `logger.debug("%r", locals())`, and 9.0.4 dropped the line: its `closefd` and `opener` were ignored in both). A
    `dialog.error(...)` or `catalog.info(...)` is no such call."""
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in _LOG_LEVELS:
        return False
    holder = (dotted_name(func.value) or "").rsplit(".", 1)[-1].lower().lstrip("_")
    return holder.startswith("log") or holder.endswith("logger")


_LOG_CALL = re.compile(rb"log\w*\.(?:debug|info|warning|warn|error|exception|critical|fatal|log)\s*\(", re.IGNORECASE)
"""A level method called on a name ending in one that says log: the gate of `_only_logged`'s walk."""


def _log_spelled(body: bytes, names: set[str]) -> set[str]:
    """The `names` spelled in `body` only inside logging calls, by the text (a call spans to the parenthesis closing
    it, strings not told apart: a cheap sieve before `_only_logged`'s walk, which decides)."""
    outside, start = [], 0
    for match in _LOG_CALL.finditer(body):
        if match.start() < start:
            continue
        outside.append(body[start : match.start()])
        start = _closing(body, match.end())
    if not outside:
        return set()
    rest = b" ".join([*outside, body[start:]])
    return {name for name in names if not _spelled(name.encode(), rest)}


def _closing(text: bytes, start: int) -> int:
    """The index past the parenthesis closing the one just before `start` (the text's end when none does)."""
    depth = 1
    for index in range(start, len(text)):
        depth += (text[index] == 40) - (text[index] == 41)  # `(` and `)`
        if depth == 0:
            return index + 1
    return len(text)


def _only_logged(node: ast.FunctionDef | ast.AsyncFunctionDef, names: set[str]) -> set[str]:
    """The `names` the body loads, and only as arguments of logging calls (see `_logging_call`; `.log`'s level
    aside, which decides whether anything is logged): a value that reaches a log record only, never what the call
    does, like the one `locals()` hands to it (a def that only ran `logger.debug("closefd=%r", closefd)` ignored
    `closefd` already). Any other load or binding of the name, a nested def's parameter of it, or an argument making a
    call with it (`logger.debug("%s", conn.close())`) reads it."""
    if not names:
        return names
    in_log: set[int] = set()
    loads: set[str] = set()
    other: set[str] = set()
    for child in (c for stmt in node.body for c in walk(stmt)):
        if isinstance(child, ast.Call) and _logging_call(child):
            level = (
                child.args[0]
                if child.args and isinstance(child.func, ast.Attribute) and child.func.attr == "log"
                else None
            )
            values = [arg for arg in child.args if arg is not level] + [k.value for k in child.keywords]
            for value in values:
                inner = list(walk(value))
                if not any(isinstance(sub, ast.Call) for sub in inner):  # `param.close()` in the call does something
                    in_log.update(id(sub) for sub in inner if isinstance(sub, ast.Name))
        elif isinstance(child, ast.Name) and child.id in names:
            if isinstance(child.ctx, ast.Load) and id(child) in in_log:
                loads.add(child.id)
            else:
                other.add(child.id)
        elif isinstance(child, (ast.arg, ast.keyword)) and child.arg in names:
            other.add(child.arg)
    return loads - other


def _is_locals(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "locals" and not node.args


def unread_params(
    node: ast.FunctionDef | ast.AsyncFunctionDef, body: bytes, method: bool
) -> tuple[tuple[str, str], ...]:
    """(parameter, UNUSED/WARNED/UNSURE) for each named parameter (the instance aside) the body does not load;
    `body`: its source after the docstring, comment lines dropped. Empty when the body may reach them unnamed."""
    args = node.args
    named = [a.arg for a in (*args.posonlyargs, *args.args)][1 if method else 0 :] + [a.arg for a in args.kwonlyargs]
    if not named:
        return ()
    stub = _stub_body(node.body)
    spelling = {name: _spelled(name.encode(), body) for name in named}
    absent = {name for name, how in spelling.items() if how is None}
    logged = _only_logged(node, _log_spelled(body, set(named) - absent)) if b"log" in body or b"LOG" in body else set()
    if not stub and not logged and all(spelling.values()) and not any(word in body for word in _WARNING_BYTES):
        return ()  # the common case: each is spelled as a name in the code, taken as read (no walk, no pattern)
    if any(word in body for word in _FRAME_WORDS) and _FRAME_ACCESS.search(body) is not None:
        return ()
    looked_up: set[str] = set()
    if b"locals" in body and _LOCALS.search(body) is not None:
        keys = _locals_keys(node)
        if keys is None:
            return ()
        looked_up = keys
    if stub:
        return tuple((name, UNSURE) for name in named)
    found = dict.fromkeys(absent, UNUSED) | dict.fromkeys(logged, LOGGED)
    if spelled := set(named) - absent - logged:
        found.update(_mentions(node, spelled))
    decorated = any(dotted_name(d) not in _KEEPING for d in node.decorator_list)
    return tuple(
        (name, UNSURE if decorated else found[name]) for name in named if name in found and name not in looked_up
    )


def _spelled(word: bytes, text: bytes) -> bool | None:
    """None when `word` occurs nowhere in `text` as a whole identifier; False when each occurrence may be a keyword
    argument's name (`word=`) or a string's text (a quote beside it), which read nothing (the old side of a "no
    longer read" claim needs a real read: matplotlib 3.4's `LogScale(axis)` ran `getattr(axis, ...)`, where
    `f(axis=1)` or `"axis"` alone would not have been one); True once one looks like a name (`bytes.find` and a look at
    each side: a pattern compiled for each parameter name cost more than the rest of this reading)."""
    found: bool | None = None
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if (start == 0 or not _identifier_byte(text[start - 1])) and (
            end == len(text) or not _identifier_byte(text[end])
        ):
            if not _keyword_or_text(text, start, end):
                return True
            found = False
        start = text.find(word, start + 1)
    return found


def _keyword_or_text(text: bytes, start: int, end: int) -> bool:
    """The identifier at `start:end` is followed by a lone `=` (a keyword argument's name) or has a quote beside it."""
    before = text[start - 1] if start else 32
    after = text[end] if end < len(text) else 32
    lone = after == 61 and (end + 1 == len(text) or text[end + 1] != 61)  # `=`, not `==`
    return before in _QUOTES or after in _QUOTES or lone


_QUOTES = frozenset(b"'\"")


def _identifier_byte(byte: int) -> bool:
    return byte == 95 or 48 <= byte <= 57 or 65 <= byte <= 90 or 97 <= byte <= 122 or byte >= 128


def all_unsure(params: tuple[Param, ...] | None) -> tuple[tuple[str, str], ...]:
    """Every named parameter neither read nor surely ignored: a body that may not be the one running (a stub file's,
    beside a compiled module: blacksheep 1.2.20's `messages.pyi`), or one another constructor shares calls with."""
    return tuple((p.name, UNSURE) for p in params or () if p.kind in _NAMED)


def no_longer_read(before: Symbol, after: Symbol) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The public named parameters both signatures take that the old body loaded and the new one never names (a
    call passing them is silently ignored), and of those, the ones a warning of the new body names. None for a
    property, an abstract method or a stub on either side, nor a callable the new release only refuses."""
    if not after.params_unread or before.params is None or after.params is None:
        return (), ()
    if after.method_kind == "property" or before.abstract or after.abstract or before.stub or after.stub:
        return (), ()
    if after.refuses_calls or before.refuses_calls:
        return (), ()
    old = {p.name: p.kind for p in before.params}
    loaded_before = {name for name, _ in before.params_unread}
    how = dict(after.params_unread)
    ignored = tuple(
        p.name
        for p in after.params
        if how.get(p.name) in (UNUSED, WARNED, LOGGED)
        and not p.name.startswith("_")
        and old.get(p.name) in _NAMED
        and p.name not in loaded_before
    )
    return ignored, tuple(name for name in ignored if how[name] == WARNED)


_BARE_BASES = frozenset({"object", "abc.ABC", "typing.Generic", "typing_extensions.Generic"})
"""Bases outside the distribution that define no method a class's own could implement."""


def contract_method(after: Symbol, new: Surface, overridden: set[str]) -> bool:
    """A method another definition of the same name shares its parameters with: one an ancestor defines (in the
    distribution, or possibly outside it), or one a subclass defines again (see `shapes.overridden_below`); or a
    special method. Those parameters are the contract callers meet; an implementation may ignore any of them
    (django 4.0's `TextNode.render_annotated(context)` returns its text; pennylane's `MeasurementProcess.shape`)."""
    holder = new.holder_class(after.path)
    if holder is None:
        return False
    name = after.path.rsplit(".", 1)[-1]
    if after.target in overridden or (name.startswith("__") and name.endswith("__")):
        return True  # a special method takes what its protocol passes (wtforms 3.3's `URL.__call__(form, field)`)
    return any(
        f"{ancestor}.{name}" in new.symbols if ancestor in new.symbols else ancestor not in _BARE_BASES
        for ancestor in holder.mro
    )
