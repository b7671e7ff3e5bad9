"""The calls a def makes on attributes (`self.m(...)`, `rule.process_request(...)`): what a release's own code passes
to methods subclasses override and to callables users supply, so that a release passing more than it did is seen."""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.apidiff.facts import nodes_on_lines
from bot.apidiff.patterns import after_boundary
from bot.apidiff.python_versions import python_truth
from bot.apidiff.source import dotted_name, walk, walked

UNKNOWN = -1
"""A positional count that cannot be told (a `*args` whose length is unknown)."""
ANY_KEYWORD = "**"
"""Among a call's keywords: it also passes `**mapping`, whose keys are unknown."""


@dataclass(init=False, slots=True, unsafe_hash=True)  # constructor written out: see model.py, above `Param`
class RawCall:
    """One call of an attribute in a def's body."""

    name: str
    """The attribute called: `m` in `obj.m(...)`."""
    receiver: str
    """What it is called on, as written (`self`, `rule`, `connection.ops`)."""
    positional: int
    """How many positional arguments it passes (`UNKNOWN` for a `*args` of unknown length)."""
    keywords: tuple[str, ...]
    """The keywords it passes (`ANY_KEYWORD` for a `**mapping`)."""
    offset: int
    """Lines after the def's own: a def read once serves every place its text appears (see `DefMemo`)."""
    fresh: bool = False
    """Made on a local the def binds to a class it names, called (`server = HTTPServer(...)`): an object of that very
    class, never one of a user's subclasses."""
    factory: str = ""
    """Made on a local the def binds only to what one plainly named function returns, called as the whole value (`api
    = get_hf_api(token=token)`): the function's name; fresh too when that function builds an instance of a class it
    names (see `callsites._factories`)."""
    nested: bool = False
    """Made in a def nested in this one (flask-wtf 1.3's `csrf_protect`, which `CSRFProtect.init_app` registers as a
    `before_request` handler): calling this def does not make it."""
    given_only: tuple[str, ...] = ()
    """Of `keywords`, those passed only in the body of an `if k is not None:` testing the def's own parameter of that
    name (gymnasium 1.1's `Dict.sample`: `elif probability is not None:` then `space.sample(probability=...)`): made
    only for callers that pass it."""

    def __init__(
        self,
        name: str,
        receiver: str,
        positional: int,
        keywords: tuple[str, ...],
        offset: int,
        fresh: bool = False,
        factory: str = "",
        nested: bool = False,
        given_only: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.receiver = receiver
        self.positional = positional
        self.keywords = keywords
        self.offset = offset
        self.fresh = fresh
        self.factory = factory
        self.nested = nested
        self.given_only = given_only


_CALL = re.compile(rb"\.([A-Za-z][A-Za-z0-9_]*+)\s*+\(")
"""Led by the dot, so that `re` skips to the dots (a pattern led by a look-behind or an alternation is tried at
every byte: four times slower over a def); whether `self`/`cls` stands before the dot is checked after. A name led
by an underscore is never read: no public method or supplied callable is so named (see `_wanted`). Possessive runs
(no byte a run takes can start what follows it): an attribute no call follows is not given back byte by byte."""
_NAME_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")
_BUILTIN_METHODS = frozenset(
    name.encode()
    for kind in (dict, list, str, bytes, bytearray, set, frozenset, tuple, int, float, object)
    for name in dir(kind)
)
"""`.get`, `.update`, `.append`, `.join`...: called on dicts, lists and strings everywhere. Such a call is no evidence
of whose method it reaches unless made on `self` or `cls`, so it is not read."""
_SKIPPED = (ast.ClassDef, ast.Lambda, ast.Name, ast.Constant, ast.expr_context, ast.operator, ast.cmpop, ast.arguments)
"""Nodes never holding a call worth reading: a nested class's methods are read as its own, the rest are leaves."""


def read_calls(node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes) -> tuple[RawCall, ...]:
    """Calls of a named receiver's public attribute in the def (`text` is its source), on `self`/`cls` or of a name
    no builtin type's method has; nested defs included (they run on its values). Only the statements on those calls'
    lines are visited."""
    lines = _call_lines(text, node.lineno)
    if not lines:
        return ()
    found: list[tuple[ast.Call, str, str]] = []
    branches: list[ast.If] = []  # those spanning a call's line: a guard may test what the method takes
    nested: list[ast.FunctionDef | ast.AsyncFunctionDef] = []  # those spanning a call's line
    for sub in nodes_on_lines(node.body, lines, _SKIPPED):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute):
            receiver, name = dotted_name(sub.func.value), sub.func.attr
            if receiver is not None and _wanted(receiver, name):
                found.append((sub, receiver, name))
        elif isinstance(sub, ast.If):
            branches.append(sub)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)):
            nested.append(sub)
    parameters = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    parameters.update(a.arg for a in (node.args.vararg, node.args.kwarg) if a is not None)
    starred = any(
        isinstance(argument, ast.Starred) and _unbound_name(argument.value, parameters)
        for call, _, _ in found
        for argument in call.args
    )  # `self.m(*args)` passing on its own parameter: unknown without walking the body for displays
    displays = _display_lengths(node) if starred else {}
    receivers = {receiver for _, receiver, _ in found} - parameters  # each tested once, however often it is called
    # a hostile body calling methods of thousands of names (`a1.go()`, `a10.go()`...) would search the text once per
    # name, each search meeting every longer name it prefixes: past the cap none counts as made here (no evidence)
    assigned = (
        {receiver: _assignments(receiver, text) for receiver in receivers} if len(receivers) <= _MAX_RECEIVERS else {}
    )
    # an attribute may be set by other defs too: only its assignment just before the call tells what it holds
    made_here = {receiver: _all_built(values) for receiver, values in assigned.items() if receiver.isidentifier()}
    return tuple(
        RawCall(
            name,
            receiver,
            _positional(call.args, displays),
            _unguarded(call, name, branches, found, text),
            call.lineno - node.lineno,
            made_here.get(receiver, False) or _built_before(assigned.get(receiver), text, call.lineno - node.lineno),
            _factory(assigned.get(receiver)) if receiver.isidentifier() else "",
            any(d.lineno < call.lineno <= (d.end_lineno or d.lineno) for d in nested),
            _given_only(call, branches, parameters),
        )
        for call, receiver, name in found
    )


def _given_only(call: ast.Call, branches: list[ast.If], parameters: set[str]) -> tuple[str, ...]:
    """The keywords the call passes in the body of an `if` testing that the def's own parameter of that name is not
    None (see `RawCall.given_only`)."""
    passed = {keyword.arg for keyword in call.keywords if keyword.arg in parameters}
    found = {
        name
        for branch in branches
        if branch.body[0].lineno <= call.lineno <= (branch.body[-1].end_lineno or branch.body[-1].lineno)
        and (name := _given_tested(branch.test)) in passed
    }
    return tuple(sorted(found))


def _given_tested(test: ast.expr) -> str:
    """The name `test` checks is not None (`k is not None`, or one operand of an `and`), else ""."""
    for part in test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]:
        if (
            isinstance(part, ast.Compare)
            and isinstance(part.left, ast.Name)
            and len(part.ops) == 1
            and isinstance(part.ops[0], ast.IsNot)
            and isinstance(part.comparators[0], ast.Constant)
            and part.comparators[0].value is None
        ):
            return part.left.id
    return ""


def _unguarded(
    call: ast.Call, name: str, branches: list[ast.If], found: list[tuple[ast.Call, str, str]], text: bytes
) -> tuple[str, ...]:
    """The keywords the call passes, less those passed only when the method is known to take them, under an `if`
    that tests the keyword's name: as a string when the def looks at the method itself (`.name` not called): mlflow
    2.5's `arg_names = _get_arg_names(self.store.create_model_version)` then `if "local_model_path" in arg_names:`
    the call passes it, else the old call; or in a flag's name, the other branch making the old call without it:
    keras 3.4's `if self._compute_loss_has_training_arg: return self.compute_loss(..., training=training)` else
    `return self.compute_loss(x, y, y_pred, sample_weight)`. An override without the parameter is never passed it."""
    keywords = tuple(keyword.arg if keyword.arg is not None else ANY_KEYWORD for keyword in call.keywords)
    if not branches or not keywords:
        return keywords
    around = [b for b in branches if b.lineno < call.lineno <= (b.end_lineno or b.lineno)][-MAX_GUARDS:]
    guarded: set[str] = set()
    for branch in around:
        tested = [sub for sub in walk(branch.test) if isinstance(sub, (ast.Constant, ast.Name, ast.Attribute))]
        for k in keywords:
            if k in guarded:
                continue
            if any(isinstance(sub, ast.Constant) and sub.value == k for sub in tested) and _looked_at(text, name):
                guarded.add(k)
            elif any(_flag_about(_identifier(sub), k) for sub in tested) and _old_call_beside(
                branch, call, name, k, found
            ):
                guarded.add(k)
    return tuple(k for k in keywords if k not in guarded) if guarded else keywords


def _flag_about(identifier: str, keyword: str) -> bool:
    """A name spelling the keyword among other words (`_compute_loss_has_training_arg` for `training`): a flag about
    it. The keyword's own name (`if training:`) is a value the call passes on, no flag."""
    return identifier != keyword and f"_{keyword}_" in f"_{identifier}_"


def _identifier(node: ast.AST) -> str:
    """The name a `Name` or `Attribute` node spells last, else ""."""
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _old_call_beside(
    branch: ast.If, call: ast.Call, name: str, keyword: str, found: list[tuple[ast.Call, str, str]]
) -> bool:
    """The other arm of `branch` calls the method so named without `keyword`: the fallback for what does not take it."""
    arms = [(branch.body[0].lineno, branch.body[-1].end_lineno or 0)]
    if branch.orelse:
        arms.append((branch.orelse[0].lineno, branch.orelse[-1].end_lineno or 0))
    elif isinstance(branch.body[-1], (ast.Return, ast.Raise)):  # what follows the `if` is its other arm
        arms.append(((branch.end_lineno or 0) + 1, call.lineno + _FOLLOWING_LINES))
    if len(found) > MAX_GUARDED_CALLS:
        return False
    mine = [arm for arm in arms if arm[0] <= call.lineno <= arm[1]]
    others = [arm for arm in arms if arm not in mine]
    return bool(mine) and any(
        other is not call
        and other_name == name
        and all(k.arg != keyword for k in other.keywords)
        and any(start <= other.lineno <= end for start, end in others)
        for other, _, other_name in found
    )


MAX_GUARDS = 8
"""The `if`s around a call whose tests are read for the keywords it passes: a hostile def may nest thousands."""
_FOLLOWING_LINES = 1_000_000
"""After a guard whose arm returns, the rest of the def is the other arm (the def ends it)."""
MAX_GUARDED_CALLS = 200
"""Calls of a def looked through for the fallback arm of a guard: a hostile def may make thousands."""


def _looked_at(text: bytes, name: str) -> bool:
    """The def names the attribute `name` without calling it (`signature(self.m)`, `_get_arg_names(obj.m)`)."""
    return re.search(rb"\." + re.escape(name.encode()) + rb"\b(?!\s*\()", text) is not None


_SUPER = after_boundary(b"super") + rb"\(\s*(?:[A-Za-z_][\w.]*\s*,\s*self\s*)?\)"
_CALLED_NAME = rb"\.([A-Za-z_][A-Za-z0-9_]*)(?=\s*\(|[ \t]*[,)\]}\r\n#;]|[ \t]+(?:if|else|or|and)\b)"
SUPER_CALL = "super()."
"""Leads a name of `self_calls` the def calls through `super()` (`super().compare_type(a, b)`): the base's method."""
_SELF_CALLS = (
    (b"self.", "", re.compile(after_boundary(b"self") + _CALLED_NAME)),
    (b"cls.", "", re.compile(after_boundary(b"cls") + _CALLED_NAME)),
    (b"super(", SUPER_CALL, re.compile(_SUPER + _CALLED_NAME)),
)
"""`self.m(`, `cls.m(` or `super().m(`, or the bound method handed on whole (`Request(url,
callback=self._print_response)`, `signal.connect(self.on_change)`, `return self.m`), also as an operand of `if`/`else`
or `or`/`and` (dlt 1.5's `map_f = self.map_parallel if workers > 1 else self.map_single`): whoever calls it then
calls an override too. One pattern per receiver, each led by its word, which `re` skips to (one alternation of the
three was tried at every `s` and `c`: four times slower over werkzeug's sources)."""
_SELF_ARGUMENT = re.compile(rb"\(\s*self\b")
"""Leads `Base.m(self, ...)`, read back from the `(` (led by its byte, which `re` skips to: a pattern led by the class
name's capital was tried at every byte, a third of `self_calls`)."""


def self_calls(node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes, static: bool = False) -> tuple[str, ...]:
    """Methods the def calls on `self` or hands on as bound methods (`text` is its source), and through `super()` or
    a base class called with `self` (as `SUPER_CALL + name`); in a `static` method, on a parameter it binds a base
    class's method to as `self` too (see `bound_parameters`):
    `self.m(` spelled in its docstring, after a `#` or inside quotes opened on its line calls nothing (docutils
    0.20's `# Leave the end tag to self.visit_definition()` was read as a call, and its loss as a hook no longer
    called). Read from the text, not the syntax tree (five times cheaper); a line that opens inside a multi-line
    string is read as code (only ever a hook more), unless it holds the triple quote closing it (see `_CodeAt`)."""
    code_from = _after_docstring(node, text)
    in_code = _live_code(node, text, _CodeAt(text, code_from))
    found = set()
    for spelled, prefix, pattern in _SELF_CALLS:
        if spelled not in text:
            continue
        for match in pattern.finditer(text, code_from):
            if in_code(match.start()):
                found.add(prefix + match.group(1).decode())
    for match in _SELF_ARGUMENT.finditer(text, code_from):
        method = _base_method(text, match.start())
        if method is not None and in_code(match.start()):
            found.add(SUPER_CALL + method)
        elif (special := _protocol_method(text, match.start(), match.end())) and in_code(match.start()):
            found.add(special)
    for receiver in bound_parameters(node, text, code_from) if static else ():
        for match in re.compile(after_boundary(receiver) + _CALLED_NAME).finditer(text, code_from):
            if in_code(match.start()):
                found.add(match.group(1).decode())
        for match in re.compile(rb"\(\s*" + re.escape(receiver) + rb"\b").finditer(text, code_from):
            method = _base_method(text, match.start())
            if method is not None and in_code(match.start()):
                found.add(SUPER_CALL + method)
    return tuple(sorted(found))


_VERSION_TESTS = re.compile(rb"PY|py[23]k|version_info|hexversion")


def _live_code(
    node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes, in_code: Callable[[int], bool]
) -> Callable[[int], bool]:
    """`in_code`, and false on a line of an `if` arm no Python 3 runs (see `dead_on_python3`): pyhamcrest 1.10's
    `BaseDescription.append_description_of` called `self.append_string_in_python_syntax(value)` only under
    `elif six.PY2 and ...` and under an `elif isinstance(value, six.text_type)` the earlier `elif six.PY3 and
    isinstance(value, six.text_type)` always took first; 2.0 dropped both calls, and the hook was claimed no
    longer called."""
    dead = dead_on_python3(node) if _VERSION_TESTS.search(text) else frozenset()
    if not dead:
        return in_code
    first = node.lineno

    def live(at: int) -> bool:
        return in_code(at) and first + text.count(b"\n", 0, at) not in dead

    return live


def dead_on_python3(node: ast.AST) -> frozenset[int]:
    """The lines of `if`/`elif`/`else` arms under `node` that no Python 3 runs: an arm whose test is false on every
    one (`six.PY2 and ...`), one an earlier arm always takes first (its test what is left of that arm's once the
    parts true on every Python 3 are dropped: `six.PY3 and isinstance(v, str)`, then `isinstance(v, str)`; two arms
    testing the same, no version among it, are left alone: a test may have side effects), and every arm after one
    whose test is true on every one."""
    dead: set[int] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.If):
            dead.update(_dead_arms(sub))
    return frozenset(dead)


def _dead_arms(chain: ast.If) -> Iterator[int]:
    seen: set[tuple[str, ...]] = set()
    taken = False  # an earlier arm's test is true on every Python 3: no later arm runs
    arm: ast.If | None = chain
    rest: list[ast.stmt] = []
    while arm is not None:
        truth = python_truth(arm.test)
        spelled, key = _dump_parts(arm.test), _py3_residual(arm.test)
        if taken or truth is False or spelled in seen:
            yield from _lines(arm.body)
        taken = taken or truth is True
        if key != spelled:  # a version test dropped: what is left is what the arm takes
            seen.add(key)
        rest = arm.orelse
        arm = rest[0] if len(rest) == 1 and isinstance(rest[0], ast.If) else None
    if taken:
        yield from _lines(rest)


def _py3_residual(test: ast.expr) -> tuple[str, ...]:
    """The parts of a test an arm decides on under Python 3: those of an `and` not true on every Python 3."""
    return tuple(ast.dump(part) for part in _and_parts(test) if python_truth(part) is not True)


def _dump_parts(test: ast.expr) -> tuple[str, ...]:
    return tuple(ast.dump(part) for part in _and_parts(test))


def _and_parts(test: ast.expr) -> list[ast.expr]:
    return test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]


def _lines(body: list[ast.stmt]) -> range:
    return range(body[0].lineno, (body[-1].end_lineno or body[-1].lineno) + 1) if body else range(0)


MAX_BOUND = 4
MAX_BOUND = 4
"""Leading positional parameters of a staticmethod looked at as the instance: a hostile def may take thousands."""


def bound_parameters(node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes, code_from: int) -> tuple[bytes, ...]:
    """Parameters a staticmethod hands a base class's method as its instance (`Lock.acquire(lock, timeout)`):
    evidence that it runs on the instance, as portalocker 3's `TemporaryFileLock.acquire` does through
    `self._acquire_verified(self, ...)`, whose `lock._timeout_generator(...)` and `Lock.acquire(lock, ...)` still
    call the overrides of `_timeout_generator`, `_get_fh`... What it calls on such a parameter is called on `self`."""
    names = [a.arg.encode() for a in (*node.args.posonlyargs, *node.args.args)][:MAX_BOUND]
    in_code = _CodeAt(text, code_from)
    found: list[bytes] = []
    for name in names:
        if name not in text:
            continue
        for match in re.compile(rb"\(\s*" + re.escape(name) + rb"\s*[,)]").finditer(text, code_from):
            if _base_method(text, match.start()) is not None and in_code(match.start()):
                found.append(name)
                break
    return tuple(found)


_PROTOCOL_BUILTINS = {
    name.encode(): f"__{name}__"
    for name in ("next", "iter", "len", "str", "repr", "hash", "bool", "reversed", "format", "abs", "int", "float")
    + ("bytes", "complex", "round", "dir", "aiter", "anext")
}
"""Builtins that call the special method of their argument's class: `next(self)` calls an override of `__next__`
(nox 2025.2's `Manifest.next` became `return next(self)`, where 2024.10 wrote `return self.__next__()`)."""


def _protocol_method(text: bytes, call: int, end: int) -> str | None:
    """`__next__` when `next` (not an attribute `x.next`) ends at `call` and its first argument is `self` alone."""
    if text[end : end + 8].lstrip()[:1] not in (b")", b","):
        return None
    start = _word_start(text, call)
    if start == call or (start and text[start - 1] == _DOT):
        return None
    return _PROTOCOL_BUILTINS.get(text[start:call])


class _CodeAt:
    """Whether an offset of a def's text is in code on its line (see `_in_code`); a line holding a triple quote is
    lexed from inside the string the def's code left open before it, if any (luigi 3.8's S3CopyToTable.copy closes a
    multi-line SQL string, then calls `.format(..., creds=self._credentials())` on that line: read as inside a string,
    the hook was claimed no longer called). The triple quotes before a line are counted on from the last line asked
    about, and a line is lexed for its first `MAX_PER_LINE` calls only, the rest read as code (only ever a hook more):
    a hostile line of 20,000 `super().__init__(` was lexed from its start, and the def counted from its start, for
    each (11 minutes)."""

    def __init__(self, text: bytes, code_from: int) -> None:
        self.text = text
        self.code_from = code_from
        self.counted_to = code_from  # the triple quotes before it are in `counts`
        self.counts = dict.fromkeys(_TRIPLES, 0)
        self.line = (-1, -1)  # (start, end) of the line asked about last
        self.asked = 0  # how many times on that line

    def __call__(self, at: int) -> bool:
        text = self.text
        if not self.line[0] <= at < self.line[1]:
            start = text.rfind(b"\n", 0, at) + 1
            end = text.find(b"\n", at)
            self.line, self.asked = (start, len(text) if end == -1 else end), 0
        start = self.line[0]
        self.asked += 1
        if self.asked > MAX_PER_LINE:
            return True
        before = text[start:at]
        if not any(triple in before for triple in _TRIPLES):
            return _in_code(before)
        return _in_code(before, self._opened(start))

    def _opened(self, start: int) -> bytes:
        """The triple quote of a string the def's code left open before `start`, b"" for none."""
        if start < self.counted_to:  # asked out of order (a later pattern): count again from the code's start
            self.counted_to, self.counts = self.code_from, dict.fromkeys(_TRIPLES, 0)
        for triple in _TRIPLES:
            self.counts[triple] += self.text.count(triple, self.counted_to, start)
        self.counted_to = start
        return next((triple for triple in _TRIPLES if self.counts[triple] % 2), b"")


MAX_PER_LINE = 64
"""Calls on one line checked for being in code: past them a hostile line is read as code."""


def _base_method(text: bytes, call: int) -> str | None:
    """`m` when `Base.m` ends at `call` (a capitalised name not itself after a dot: a base class's method called with
    the instance, as `super().m(...)` calls it; aio-pika 9's `RobustConnection` connects through
    `Connection.connect(self, timeout)`, which hands on `self._on_connection_close`)."""
    start = _word_start(text, call)
    if start == call or text[start] in _DIGITS or not start or text[start - 1] != _DOT:
        return None
    owner = _word_start(text, start - 1)
    if owner == start - 1 or not 65 <= text[owner] <= 90 or (owner and text[owner - 1] in _NAME_BYTES):
        return None
    return text[start:call].decode()


def _word_start(text: bytes, end: int) -> int:
    """Where the run of word bytes ending at `end` starts (`end` when there is none)."""
    start = end
    while start and text[start - 1] in _WORD_BYTES:
        start -= 1
    return start


_TRIPLES = (b"'''", b'"""')


def _in_code(before: bytes, opened: bytes = b"") -> bool:
    """The end of `before` (a line up to a `self.m(`) is code: no comment opened, no string left open, or inside an
    f-string's braces (`f'<b class="k">{self.m()}'` calls `m`); `opened`: the triple quote of a string the line
    starts inside. Lexed only when the line holds a quote or a `#`."""
    if b"#" not in before and b"'" not in before and b'"' not in before:
        return True
    quote, braces, at, fstring = opened, 0, 0, False
    while at < len(before):
        byte = before[at : at + 1]
        if quote:
            if byte == b"\\":  # escapes what follows
                at += 1
            elif fstring and byte in (b"{", b"}"):
                braces += 1 if byte == b"{" else -1
            elif braces <= 0 and before.startswith(quote, at):
                at, quote = at + len(quote), b""
                continue
        elif byte == b"#":
            return False
        elif byte in (b"'", b'"'):
            quote = before[at : at + 3] if before[at : at + 3] in _TRIPLES else byte
            fstring, braces = before[at - 1 : at] in (b"f", b"F"), 0
            at += len(quote)
            continue
        at += 1
    return not quote or braces > 0


def _after_docstring(node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes) -> int:
    """Where the def's code starts in `text`, past its docstring (0 without one)."""
    first = node.body[0]
    value = first.value if isinstance(first, ast.Expr) else None
    if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
        return 0
    at = 0
    for _ in range((first.end_lineno or first.lineno) - node.lineno + 1):
        at = text.find(b"\n", at) + 1
        if at == 0:
            return len(text)
    return at


_MAX_RECEIVERS = 200


def _assignments(receiver: str, text: bytes) -> list[tuple[int, bytes]] | None:
    """Where the def binds the plain name, or the attribute (`RotationGizmo.model`, `self.server`), `receiver` (the
    name's offset in `text`) and the rest of each assignment's line; None when it binds it otherwise too (`name +=
    ...`, `for name in`, `as name`) or never. Each spelling of the name is looked at where `find` puts it (a pattern
    led by a look-behind is tried at every byte)."""
    if not all(part.isidentifier() for part in receiver.split(".")) or receiver in ("self", "cls"):
        return None
    name = receiver.encode()
    assigned: list[tuple[int, bytes]] = []
    consumed = 0  # an assignment's value runs to the end of its line: a spelling inside it is no assignment of its own
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        prior = text[at - 1] if at else None
        if prior not in _WORD_BYTES:  # the name starts here (`x.name` too)
            if _REBOUND.match(text, end):
                return None  # `name += ...`, `name, other = ...`, `name := ...`
            whole = end == len(text) or text[end] not in _WORD_BYTES
            if whole and _BINDER.search(text, max(0, at - 32), at):
                return None  # `for name in`, `as name`
            if at >= consumed and prior not in _NAME_BYTES and (tail := _ASSIGNED_TAIL.match(text, end)):
                assigned.append((at, tail.group(1)))
                consumed = tail.end()
        at = text.find(name, end)
    return assigned or None


def _all_built(assigned: list[tuple[int, bytes]] | None) -> bool:
    """Every assignment is of a call of a capitalised name (`server = HTTPServer(self)`, `s =
    httpserver.HTTPServer(...)`): the object is of that class, made here."""
    return assigned is not None and all(_CONSTRUCTOR.match(value) for _, value in assigned)


def _factory(assigned: list[tuple[int, bytes]] | None) -> str:
    """The one plain lower-case function (or `Class.method`) every assignment calls as its whole value (`api =
    get_hf_api(token)`, a call running on to later lines too), never a call whose result it goes on to use
    (`get_api(token).client`); "" for any other."""
    if not assigned:
        return ""
    called = {_function_called(value) for _, value in assigned}
    found = called.pop() if len(called) == 1 else None
    return found or ""


def _function_called(value: bytes) -> str | None:
    match = _FUNCTION_CALL.match(value)
    if match is None:
        return None
    depth = 0
    for at in range(match.end() - 1, len(value)):
        depth += _DEPTH.get(value[at], 0)
        if depth == 0:
            rest = value[at + 1 :].strip()
            return match.group(1).decode() if not rest or rest.startswith(b"#") else None
    return match.group(1).decode()


_FUNCTION_CALL = re.compile(rb"((?:[A-Z]\w*\.)?[a-z_][a-z0-9_]*)\s*\(")
"""A call of a plain lower-case name (a function the module defines or imports), or of one on a capitalised name (an
alternate constructor, `FunctionBuilder.from_func(func)`)."""
_DEPTH = {ord("("): 1, ord(")"): -1}


def _built_before(assigned: list[tuple[int, bytes]] | None, text: bytes, line: int) -> bool:
    """The call on `line` (of `text`) is made on what the last assignment of the name builds (`canv =
    CompositeCanvas(canv)` then `canv.set_pop_up(..., on_unhandled_key=...)` in urwid 5.0's `PopUpLauncher.render`,
    though `canv = super().render(...)` came first): a statement of its own at the call's indentation, no line between
    them less indented (so it runs before the call on every path: no branch or loop holds it alone) and no assignment
    after it (no loop brings back another value)."""
    if not assigned or not _CONSTRUCTOR.match(assigned[-1][1]):
        return False
    start = 0
    for _ in range(line):
        start = text.find(b"\n", start) + 1
        if start == 0:
            return False
    last = assigned[-1][0]
    if last >= start:
        return False  # assigned on or after the call's line: a loop may bring it back (or it is not yet bound)
    indent = _indentation(text, start)
    statement = text.rfind(b"\n", 0, last) + 1
    if last - statement != indent or text[statement:last].strip():
        return False  # not a statement of its own at the call's indentation
    between = text[text.find(b"\n", last) + 1 : start].split(b"\n")
    return all(not row.strip() or row.lstrip().startswith(b"#") or _indentation(row, 0) >= indent for row in between)


def _indentation(text: bytes, start: int) -> int:
    """How many spaces or tabs lead the line starting at `start`."""
    at = start
    while at < len(text) and text[at] in b" \t":
        at += 1
    return at - start


_WORD_BYTES = _NAME_BYTES - {ord(".")}
_DIGITS = frozenset(b"0123456789")
_DOT = ord(".")
_ASSIGNED_TAIL = re.compile(rb"\s*(?::[^=\n]*)?=(?!=)\s*([^\n]*)")
_REBOUND = re.compile(rb"\s*(?:[-+*/|&]=|,|:=)")
_BINDER = re.compile(rb"\b(?:as|for)\s+\Z")


_CONSTRUCTOR = re.compile(rb"(?:[A-Za-z_]\w*\.)*[A-Z]\w*\s*\(")
"""A call of a capitalised (class) name, perhaps reached through modules."""


def _unbound_name(value: ast.expr, parameters: set[str]) -> bool:
    """A name the def may bind to a display itself (a parameter is bound by the caller: its length is unknown)."""
    return isinstance(value, ast.Name) and value.id not in parameters


def _wanted(receiver: str, name: str) -> bool:
    """Not led by an underscore (the calls read serve claims about public methods and supplied callables, which a
    public member of a class is: a dunder is the language's, a `_name` private), and on `self`/`cls` or of a name no
    builtin type's method has (see `_BUILTIN_METHODS`)."""
    return not name.startswith("_") and (receiver in ("self", "cls") or name.encode() not in _BUILTIN_METHODS)


def _call_lines(text: bytes, first: int) -> list[int]:
    """The lines (absolute, sorted) holding a call of `self.x`/`cls.x`, or of an attribute no builtin type has."""
    found = set()
    line, counted = first, 0
    for match in _CALL.finditer(text):
        dot = match.start()
        if match.group(1) in _BUILTIN_METHODS and not _on_bound(text, dot):
            continue
        line += text.count(b"\n", counted, dot)
        counted = dot
        found.add(line)
    return sorted(found)


def _on_bound(text: bytes, dot: int) -> bool:
    """`self` or `cls` stands right before the dot at `dot`, as a whole name (not `myself.`, not `x.cls.`)."""
    for word in (b"self", b"cls"):
        start = dot - len(word)
        if start >= 0 and text.startswith(word, start) and (start == 0 or text[start - 1] not in _NAME_BYTES):
            return True
    return False


def _display_lengths(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, int]:
    """Local names bound only by plain assignments of a list or tuple display (or a choice of them) -> the fewest
    items they hold: scrapy 2.3's `args = [request] if argcount == 1 else [request, response]`, passed as `*args`,
    is at least one argument. A name bound any other way too (a loop, `+=`, a parameter) is unknown."""
    stored: list[str] = []
    lengths: dict[str, list[int | None]] = {}
    for sub in walked(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            stored.append(sub.id)
        elif isinstance(sub, ast.arg):  # a parameter: bound by the caller
            stored.append(sub.arg)
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            lengths.setdefault(sub.targets[0].id, []).append(_fewest(sub.value))
    bindings = Counter(stored)
    return {
        name: min(value for value in values if value is not None)
        for name, values in lengths.items()
        if bindings[name] == len(values) and all(value is not None for value in values)
    }


def _positional(arguments: list[ast.expr], displays: dict[str, int]) -> int:
    """How many positional arguments a call passes, a `*name` counting what the display bound to it holds."""
    count = 0
    for argument in arguments:
        if not isinstance(argument, ast.Starred):
            count += 1
            continue
        length = displays.get(argument.value.id) if isinstance(argument.value, ast.Name) else None
        if length is None:
            return UNKNOWN
        count += length
    return count


def _fewest(value: ast.expr) -> int | None:
    if isinstance(value, (ast.List, ast.Tuple)) and not any(isinstance(e, ast.Starred) for e in value.elts):
        return len(value.elts)
    if isinstance(value, ast.IfExp):
        body, orelse = _fewest(value.body), _fewest(value.orelse)
        return None if body is None or orelse is None else min(body, orelse)
    return None
