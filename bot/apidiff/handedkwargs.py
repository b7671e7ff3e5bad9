"""`**kwargs` handed whole, as a plain argument, to a helper that takes options out of it: jsonargparse 4.49's
`ActionJsonSchema.__init__(..., **kwargs)` calls `action_json_schema_enable_path_deprecation(kwargs)`, which warns
and pops `enable_path`. The keyword is still taken; only the helper's body says so."""

from __future__ import annotations

import ast
import re
from functools import lru_cache

from bot.apidiff.blocks import only_raises
from bot.apidiff.source import dotted_name, key_take, walk, walked

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
MAX_HANDED = 4
"""Helpers followed per function, and parameters read per helper: a body handing its `**kwargs` to more is rare."""


def handed_kwargs(node: _FunctionDef, kwargs: str, text: bytes) -> tuple[tuple[str, int], ...]:
    """(callee's dotted name, positional slot) of the calls passing the dict `kwargs` itself as an argument
    (`_take_options(kwargs)`), at most `MAX_HANDED`; the text is searched first (most bodies hand it to none)."""
    if re.search(rb"[(,]\s*" + re.escape(kwargs.encode()) + rb"\s*[,)]", text) is None:
        return ()
    found: dict[tuple[str, int], None] = {}
    for sub in walked(node):
        if not isinstance(sub, ast.Call) or (callee := dotted_name(sub.func)) is None:
            continue
        for slot, argument in enumerate(sub.args):
            if isinstance(argument, ast.Name) and argument.id == kwargs:
                found[(callee, slot)] = None
        if len(found) >= MAX_HANDED:
            break
    return tuple(found)


def param_options(node: _FunctionDef, text: bytes, method: bool) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(positional slot, keys) for the first `MAX_HANDED` positional parameters (after the instance of a method)
    the body pops keys from or tests keys in (`kwargs.pop("enable_path")`, `"x" in options`): what a caller's
    `**kwargs` handed to that slot has taken out of it. The dict may come at any slot (clickhouse-connect 1.0's
    `_parse_connection_params(host, username, ..., dsn, kwargs)` pops `user` from its ninth)."""
    positional = [a.arg for a in (*node.args.posonlyargs, *node.args.args)][1 if method else 0 :]
    if not positional:
        return ()
    taken = _TakenFrom(text)
    taking = [name for name in positional if taken.spells(name) and _literal_key(name).search(text)][:MAX_HANDED]
    if not taking:
        return ()
    keys = _keys_taken(node, taking)
    return tuple((slot, keys[name]) for slot, name in enumerate(positional) if keys.get(name))


@lru_cache(maxsize=4096)
def _literal_key(name: str) -> re.Pattern[bytes]:
    """A literal key taken from `name` (`name.pop("k"`, `name.get('k'`, `name["k"`, `"k" in name`), all that
    `_keys_taken` reads: without one, no walk."""
    spelled = re.escape(name.encode())
    return re.compile(
        rb"\b" + spelled + rb"\s*(?:\.\s*(?:pop|get)\s*\(\s*|\[\s*)[rRbBuU]?['\"]"
        rb"|['\"]\s+(?:not\s+)?in\s+" + spelled + rb"\b"
    )


_POP = re.compile(rb"\.\s*pop\s*\(")
_IN = re.compile(rb"in[ \t\n\r\f\v]")
"""Led by their literal bytes, which `re` skips to (a pattern per parameter led by its name or an alternation was
tried at every byte of the body: most of `param_options`)."""
_SPACE = b" \t\n\r\f\v"
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


class _TakenFrom:
    """Where a body pops from a name (`name.pop(`) or tests a key in one (`... in name`), found in one pass over its
    text for all its parameters: `spells(name)` is true where `name` is followed by `.pop(` (spaces allowed around the
    dot) or follows a spaced ` in ` as a whole word at its end."""

    def __init__(self, text: bytes) -> None:
        self._text = text
        self._popped = [_spaced_back(text, m.start()) for m in _POP.finditer(text)] if b"pop" in text else []
        self._tested: list[int] = []  # where the name after each ` in ` starts
        for match in _IN.finditer(text):
            start = match.start()
            if start and text[start - 1] in _SPACE:
                end = match.end()
                while end < len(text) and text[end] in _SPACE:
                    end += 1
                self._tested.append(end)

    def spells(self, name: str) -> bool:
        spelled, text = name.encode(), self._text
        if any(text.endswith(spelled, 0, end) for end in self._popped):
            return True
        word_end = spelled[-1] in _WORD
        for start in self._tested:
            end = start + len(spelled)
            if text.startswith(spelled, start) and word_end != (end < len(text) and text[end] in _WORD):
                return True
        return False


def _spaced_back(text: bytes, end: int) -> int:
    """Where the spaces ending at `end` start (no copy of the text before: a body of thousands of pops is read
    once)."""
    while end and text[end - 1] in _SPACE:
        end -= 1
    return end


def _keys_taken(node: _FunctionDef, names: list[str]) -> dict[str, tuple[str, ...]]:
    """For each of `names`, the literal keys of `name.pop("x", ...)`, `name.get("x")`, `name["x"]` and `"x" in name`
    in the body (one walk for all of them), but for those read only where `_not_taken` says no key is taken."""
    keys: dict[str, dict[str, None]] = {name: {} for name in names}
    params = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)} - set(names)
    skipped = {id(sub) for branch in walked(node) for sub in _not_taken(branch, params)}
    for sub in walked(node):
        if id(sub) in skipped:
            continue
        key: ast.expr | None = None
        holder: ast.expr | None = None
        taken = key_take(sub)
        if taken is not None:
            holder, key = taken[0], taken[2][0]
        elif isinstance(sub, ast.Subscript) and isinstance(sub.ctx, ast.Load):
            holder, key = sub.value, sub.slice
        elif isinstance(sub, ast.Compare) and len(sub.ops) == 1 and isinstance(sub.ops[0], (ast.In, ast.NotIn)):
            holder, key = sub.comparators[0], sub.left
        if isinstance(holder, ast.Name) and holder.id in keys and isinstance(key, ast.Constant):
            if isinstance(key.value, str):
                keys[holder.id][key.value] = None
    return {name: tuple(found) for name, found in keys.items()}


def _not_taken(branch: ast.AST, params: set[str]) -> list[ast.AST]:
    """The nodes of an `if` whose reads of keys take no option from every caller: the `"k" in d` tests of its test
    when its body only raises (`if "m_ops" in kwargs: raise TypeError(...)` refuses the key; `"k" not in d` or
    `d.get("k") is None` there says the key is required, and stays), its test and body when its test also holds one
    of `params`, the helper's other parameters, to a value (qutip 5.2's `_solver_deprecation(kwargs, options,
    solver="me")` takes `"verbose" in kwargs and solver == "br"` only for `brmesolve`, which passes "br"; `mesolve`'s
    `verbose=` always raised TypeError)."""
    if not isinstance(branch, ast.If):
        return []
    test = branch.test
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) and any(_pins(v, params) for v in test.values):
        return [node for part in (test, *branch.body) for node in walk(part)]
    if branch.orelse or not only_raises(branch.body):
        return []
    return [node for node in walk(test) if isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In)]


def _pins(test: ast.expr, params: set[str]) -> bool:
    """`param == "x"` or `param in ("x", "y")`: the test holds a parameter to literal values."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)):
        return False
    right = test.comparators[0]
    if isinstance(test.ops[0], ast.Eq):
        return test.left.id in params and isinstance(right, ast.Constant)
    listed = isinstance(right, (ast.Tuple, ast.List, ast.Set)) and all(isinstance(e, ast.Constant) for e in right.elts)
    return isinstance(test.ops[0], ast.In) and test.left.id in params and listed


def handed_with_keys(node: _FunctionDef, kwargs: str) -> tuple[tuple[str, int, int, str], ...]:
    """(callee, slot of `kwargs`, slot of the key, key) of the calls standing as statements of the body's top level
    (so every call runs them) that hand the dict `kwargs` itself and a literal string: testcontainers 4.0's
    `PostgresContainer.__init__` opens with `raise_for_deprecated_parameter(kwargs, "user", "username")`. A helper
    refusing the key it is handed at that slot (`param_refused`) refuses that keyword to every caller."""
    found: list[tuple[str, int, int, str]] = []
    for stmt in node.body:
        call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
        if not isinstance(call, ast.Call) or (callee := dotted_name(call.func)) is None:
            continue
        slots = [i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id == kwargs]
        keys = [(i, a.value) for i, a in enumerate(call.args) if isinstance(a, ast.Constant) and type(a.value) is str]
        found.extend((callee, slot, at, key) for slot in slots[:1] for at, key in keys)
    return tuple(found)


def param_refused(node: _FunctionDef, method: bool) -> tuple[tuple[int, int], ...]:
    """(slot of a dict, slot of a key) for a top-level `if` of the body, with no `else`, that only raises when the
    dict parameter holds the key parameter (`if kwargs.pop(name, None): raise ValueError(...)`, `if name in kwargs`,
    either `is not None`): a caller handing its `**kwargs` and a literal key there refuses that keyword (see
    `handed_with_keys`)."""
    positional = [a.arg for a in (*node.args.posonlyargs, *node.args.args)][1 if method else 0 :][:MAX_HANDED]
    found: dict[tuple[int, int], None] = {}
    for stmt in node.body:
        if not isinstance(stmt, ast.If) or stmt.orelse or not only_raises(stmt.body):
            continue
        read = _held(stmt.test)
        if read is not None and read[0] in positional and read[1] in positional:
            found[(positional.index(read[0]), positional.index(read[1]))] = None
    return tuple(found)


def _held(test: ast.expr) -> tuple[str, str] | None:
    """(dict, key) of a test that is only `d.pop(k, ...)`, `d.get(k)` or `k in d` (or either read `is not None`),
    both plain names."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        right = test.comparators[0]
        if isinstance(test.ops[0], ast.IsNot) and isinstance(right, ast.Constant) and right.value is None:
            return _held(test.left)
        if isinstance(test.ops[0], ast.In) and isinstance(test.left, ast.Name) and isinstance(right, ast.Name):
            return right.id, test.left.id
        return None
    taken = key_take(test)
    if taken is None:
        return None
    holder, key = taken[0], taken[2][0]
    return (holder.id, key.id) if isinstance(holder, ast.Name) and isinstance(key, ast.Name) else None


SLICED = "?[:]."
"""How `CallableFacts.passes_to` names the callee of a call handed only a slice of `*args` (see
`facts._sliced_off`): no callee followed."""
HANDED = "*"
"""Leads the old name a `kwargs_renamed` pair gives as `*callee@slot` (see `renamed_through`): which key that is, the
helper's body says once the callee is resolved (see `members`)."""


def renamed_through(node: _FunctionDef, kwargs: str) -> tuple[tuple[str, int, str], ...]:
    """(callee, slot, parameter) for a body setting a parameter from what a helper handed `kwargs` at that slot
    returns (`value = take_old_name(kwargs)`, then `if value is not None: parameter = value`, or at once,
    jsonargparse 4.44's `with_comments = deprecated_yaml_comments(kwargs, with_comments)`): a parameter renamed in
    place whose old name the helper takes out of `**kwargs` (see `CallableFacts.kwargs_renamed`)."""
    params = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    results: dict[str, tuple[str, int]] = {}
    found: dict[tuple[str, int, str], None] = {}
    for sub in walked(node):
        if not (isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name)):
            continue
        value, target = sub.value, sub.targets[0].id
        if isinstance(value, ast.Name) and value.id in results and target in params:
            found[(*results[value.id], target)] = None
        elif isinstance(value, ast.Call) and (callee := dotted_name(value.func)) is not None:
            slot = next((i for i, a in enumerate(value.args) if isinstance(a, ast.Name) and a.id == kwargs), None)
            if slot is not None and target in params:  # `with_comments = take_old_name(kwargs, with_comments)`
                found[(callee, slot, target)] = None
            elif slot is not None:
                results[target] = (callee, slot)
    return tuple(found)
