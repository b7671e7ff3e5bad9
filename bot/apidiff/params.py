"""Parameters of a `def`, read from its AST."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from bot.apidiff.blocks import only_raises
from bot.apidiff.model import Param, ParamKind
from bot.apidiff.patterns import WORD_BYTES, after_boundary, plain_word
from bot.apidiff.source import SourceText, contains, dotted_name, walk
from bot.apidiff.spelled import spelled


def _annotation(node: ast.expr | None, source: SourceText) -> str | None:
    return source.segment(node) if node is not None else None


_NO_LITERAL = object()
MAX_DEFAULT = 200
"""Longest default text kept: a longer display is shown by no detail and compared by nobody."""


def _literal(node: ast.expr) -> object:
    """The value of a literal (a constant other than None and `...`, a signed number, a tuple or list of them), else
    `_NO_LITERAL`: a name, call or attribute (`DEFAULT_TIMEOUT`, `_missing`) is computed, not read here."""
    if isinstance(node, ast.Constant):
        return _NO_LITERAL if node.value is None or node.value is Ellipsis else node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        number = node.operand.value if isinstance(node.operand, ast.Constant) else None
        if isinstance(number, (int, float, complex)) and not isinstance(number, bool):
            return -number if isinstance(node.op, ast.USub) else number
    if isinstance(node, (ast.Tuple, ast.List)):
        items = [_literal(item) for item in node.elts]
        if any(item is _NO_LITERAL for item in items):
            return _NO_LITERAL
        return tuple(items) if isinstance(node, ast.Tuple) else items
    return _NO_LITERAL


def literal_default(node: ast.expr | None) -> str | None:
    """The `repr` of a default that is a literal value (see `Param.default`), else None."""
    if node is None:
        return None
    value = _literal(node)
    text = repr(value) if value is not _NO_LITERAL else None
    return text if text is not None and len(text) <= MAX_DEFAULT else None


def read_params(args: ast.arguments, source: SourceText, *, drop_first: bool) -> tuple[Param, ...]:
    """The parameters in declaration order; `drop_first` removes a bound method's `self`/`cls`."""
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    only = len(args.posonlyargs)
    params: list[Param] = []
    for index, arg in enumerate(positional):
        kind = ParamKind.POSITIONAL_ONLY if index < only else ParamKind.POSITIONAL_OR_KEYWORD
        annotation = source.segment(arg.annotation) if arg.annotation is not None else None
        literal = literal_default(args.defaults[index - first_default]) if index >= first_default else None
        params.append(Param(arg.arg, kind, index >= first_default, annotation, literal))
    if args.vararg is not None:
        params.append(
            Param(args.vararg.arg, ParamKind.VAR_POSITIONAL, False, _annotation(args.vararg.annotation, source))
        )
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        annotation = _annotation(arg.annotation, source)
        params.append(Param(arg.arg, ParamKind.KEYWORD_ONLY, default is not None, annotation, literal_default(default)))
    if args.kwarg is not None:
        params.append(Param(args.kwarg.arg, ParamKind.VAR_KEYWORD, False, _annotation(args.kwarg.annotation, source)))
    if drop_first and params and params[0].kind in (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD):
        params.pop(0)
    return _dunder_positional(tuple(params))


def _dunder_positional(params: tuple[Param, ...]) -> tuple[Param, ...]:
    """PEP 484's positional-only spelling: leading parameters named `__x` (not `__x__`), as type checkers read them
    (tomli 2.0's `load(__fp, *, parse_float=float)`: a caller passing `fp=` breaks, one passing it by position not)."""
    leading = 0
    for param in params:
        dunder = param.name.startswith("__") and not param.name.endswith("__")
        if not (dunder and param.kind in (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)):
            break
        leading += 1
    if not leading:
        return params
    return tuple(replace(p, kind=ParamKind.POSITIONAL_ONLY) for p in params[:leading]) + params[leading:]


def with_type_comment(
    comment: str, params: tuple[Param, ...], returns: str | None, self_dropped: bool = False
) -> tuple[tuple[Param, ...], str | None]:
    """Annotations from a PEP 484 type comment (`# type: (int, str) -> bytes`) where the code has none. Its types
    stand for the parameters in order (a method's `self` or `cls` may be written or left out; `(...)` gives none).
    A comment counting other parameters is stale, and mypy rejects it: scp 0.15 added `limit_bw` to
    `SCPClient.__init__` but kept six types, which read from the right gave `socket_timeout` the `int` of
    `buff_size`. `self_dropped`: `params` lack the method's first parameter."""
    try:
        signature = ast.parse(comment, mode="func_type")
    except (SyntaxError, ValueError, RecursionError):
        return params, returns
    types = [ast.unparse(t) for t in signature.argtypes]
    if types == ["..."]:
        types = [""] * len(params)
    if self_dropped and len(types) == len(params) + 1:
        types = types[1:]
    if len(types) != len(params):
        return params, returns
    variadic = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    by_name = {p.name: t for p, t in zip(params, types, strict=True) if t and p.kind not in variadic}
    updated = tuple(replace(p, annotation=p.annotation or by_name.get(p.name)) for p in params)
    return updated, returns or ast.unparse(signature.returns)


def format_params(params: tuple[Param, ...]) -> str:
    """`(a, b=..., *, c)`-style text of a parameter list, annotations left out."""
    parts: list[str] = []
    slash_pending = False
    star_written = False
    for param in params:
        if param.kind is ParamKind.POSITIONAL_ONLY:
            slash_pending = True
        elif slash_pending:
            parts.append("/")
            slash_pending = False
        if param.kind is ParamKind.KEYWORD_ONLY and not star_written:
            parts.append("*")
            star_written = True
        if param.kind is ParamKind.VAR_POSITIONAL:
            parts.append(f"*{param.name}")
            star_written = True
        elif param.kind is ParamKind.VAR_KEYWORD:
            parts.append(f"**{param.name}")
        else:
            parts.append(f"{param.name}=..." if param.has_default else param.name)
    if slash_pending:
        parts.append("/")
    return "(" + ", ".join(parts) + ")"


def rejects_none(test: ast.expr) -> str | None:
    """The name an `if` test holds to None (`data is None`, `data == None`, `not data`, `not isinstance(data, T)`
    for a `T` None is no instance of, `not hasattr(data, "a")` for an attribute None lacks), else None; `self.attr`
    too for `isinstance`. An `or` holds what any of its operands holds: at None the test is true, or an operand
    before raised (pennylane 0.39's `GroverOperator(wires=None)` opened with `if not hasattr(wires, "__len__") or
    len(wires) < 2: raise ValueError(...)`)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return next((name for value in test.values if (name := rejects_none(value)) is not None), None)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Name):
        return test.operand.id
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and (name := _not_instance_of(test.operand)):
        return name
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and (name := _lacked_by_none(test.operand)):
        return name
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and len(test.ops) == 1
        and isinstance(test.ops[0], (ast.Is, ast.Eq))
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return test.left.id
    return None


_ADMITS_NONE = frozenset({"NoneType", "object", "Any", "Optional", "Hashable"})
"""Names in an `isinstance` class that None may be an instance of (`type(None)` is spelled with a None)."""


def decided_at_none(test: ast.expr, name: str) -> bool | None:
    """What an `if` test comes to when `name` is None: True where `rejects_none` reads it so, False for `name is not
    None`, `name != None` or `name` itself (and for an `and` holding one), else None: `not is_bytes(key)` asks a
    function no reader follows."""
    if rejects_none(test) == name:
        return True
    if isinstance(test, ast.Call) and dotted_name(test.func) == "isinstance" and len(test.args) == 2:
        # `_not_instance_of` names it when `T` spells no class None is an instance of
        return _not_instance_of(test) is None if dotted_name(test.args[0]) == name else None
    if isinstance(test, ast.Name):
        return False if test.id == name else None
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = decided_at_none(test.operand, name)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):
        values = [decided_at_none(value, name) for value in test.values]
        decisive = isinstance(test.op, ast.Or)  # the value any operand gives the whole
        if decisive in values:
            return decisive
        return not decisive if all(value is not None for value in values) else None
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == name
        and len(test.ops) == 1
        and isinstance(test.ops[0], (ast.IsNot, ast.NotEq))
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return False
    return None


def unsure_refusals(test: ast.expr, names: Iterable[str]) -> list[str]:
    """The `names` a raising `if` test spells whose refusal at None no reader can decide (see `decided_at_none`):
    whether a call leaving them at None ever got past it is unknown."""
    spelled = {node.id for node in walk(test) if isinstance(node, ast.Name)}
    return [name for name in names if name in spelled and decided_at_none(test, name) is None]


def unsure_defaults(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Parameters defaulting to None that an opening `if` only raising refuses through a test no reader can decide
    on None (pycryptodome 3's `if not is_bytes(key): raise TypeError(...)`): whether leaving them out ever worked
    is unknown, so their default's loss is no claim."""
    candidates = set(none_defaults(node.args))
    found: list[str] = []
    for stmt in node.body:
        if not candidates:
            break
        if isinstance(stmt, ast.If) and not stmt.orelse and only_raises(stmt.body):
            found += unsure_refusals(stmt.test, sorted(candidates))
        elif isinstance(stmt, (*SIMPLE_STATEMENTS, *_BINDS_ONLY)):
            candidates -= _rebound(stmt, candidates)
        else:
            break
    return found


def _not_instance_of(test: ast.expr) -> str | None:
    """The dotted name `isinstance(name, T)` tests, when nothing in `T` spells a class None is an instance of
    (jsonargparse 4.45's `ActionParser(parser=None)` refused `not isinstance(self._parser, import_object(...))`)."""
    if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"):
        return None
    if len(test.args) != 2 or test.keywords:
        return None
    for node in walk(test.args[1]):
        if isinstance(node, ast.Constant) and node.value is None:
            return None
        if (
            node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
        ) in _ADMITS_NONE:
            return None
    return dotted_name(test.args[0])


def _lacked_by_none(test: ast.expr) -> str | None:
    """The name `hasattr(name, "attr")` tests, for an attribute None lacks: false at None."""
    if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "hasattr"):
        return None
    if len(test.args) != 2 or test.keywords or not isinstance(test.args[0], ast.Name):
        return None
    attr = test.args[1]
    lacked = isinstance(attr, ast.Constant) and isinstance(attr.value, str) and not hasattr(None, attr.value)
    return test.args[0].id if lacked else None


def _alias(stmt: ast.stmt, candidates: set[str]) -> tuple[str, str] | None:
    """(alias, candidate) for `self._parser = parser` or `value = parser`: a test of the alias tests the candidate."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Name):
        target = dotted_name(stmt.targets[0])
        if target is not None and stmt.value.id in candidates:
            return target, stmt.value.id
    return None


_WAYS_OUT = (ast.Return, ast.Yield, ast.YieldFrom)


def way_out(stmt: ast.stmt) -> bool:
    """Whether a statement can leave the function (or pause it) without raising; a nested def's `return` or
    `yield` is its own."""
    if isinstance(stmt, _BINDS_ONLY):
        return False
    return contains(stmt, _WAYS_OUT)


def _rebound(stmt: ast.stmt, names: set[str]) -> set[str]:
    """The ones of `names` a statement may bind anew (`data = data or b''`, `global data`, `import data`, a nested
    `def data`), in a block it holds too (treq 24.9's `if reactor is None: from twisted.internet import reactor`,
    before `assert reactor is not None`)."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        bound = {alias.asname or alias.name.split(".")[0] for alias in stmt.names}
        return names & bound if "*" not in bound else set(names)
    found = spelled(stmt)  # walked once, whichever reader of the opening statements asks first
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return names & ({stmt.name} | found.nonlocals)
    return names & (found.stored | found.deleted | found.declared | found.imported | found.defined)


def none_defaults(args: ast.arguments) -> frozenset[str]:
    """The parameters whose default is None, written so."""
    positional = [*args.posonlyargs, *args.args]
    defaults = zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True)
    return frozenset(
        arg.arg
        for arg, default in [*defaults, *zip(args.kwonlyargs, args.kw_defaults, strict=True)]
        if isinstance(default, ast.Constant) and default.value is None
    )


def args_fallbacks(node: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """Parameters defaulting to None that the body, finding them None, takes from its `*args` before anything could
    leave, bind or test them otherwise, failing when none is left (pennylane's `Operator(*params, wires=None)`: `if
    wires is None: try: wires = params[-1] ... except IndexError: raise ValueError(...)`): a call with no extra
    positional argument cannot leave them out."""
    var = node.args.vararg
    candidates = set(none_defaults(node.args)) if var is not None else set()
    found: set[str] = set()
    for stmt in node.body:
        if not candidates or var is None:
            break
        name = rejects_none(stmt.test) if isinstance(stmt, ast.If) else None
        if isinstance(stmt, ast.If) and name in candidates and _takes_item(stmt.body[0], name, var.arg):
            found.add(name)
        if way_out(stmt) or var.arg in _rebound(stmt, {var.arg}):
            break
        candidates -= _rebound(stmt, candidates)
    return frozenset(found)


def _takes_item(stmt: ast.stmt, name: str, var: str) -> bool:
    """`name = var[i]` for an int `i`, alone or opening a `try` whose every handler raises: fails on an empty
    `var`."""
    if isinstance(stmt, ast.Try):
        raising = all(_raises_new(handler.body) for handler in stmt.handlers) and not stmt.finalbody
        return raising and _takes_item(stmt.body[0], name, var)
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Subscript)):
        return False
    target, item = stmt.targets[0], stmt.value
    index = item.slice.operand if isinstance(item.slice, ast.UnaryOp) else item.slice
    return (
        isinstance(target, ast.Name)
        and target.id == name
        and isinstance(item.value, ast.Name)
        and item.value.id == var
        and isinstance(index, ast.Constant)
        and type(index.value) is int
    )


def rejected_defaults(
    node: ast.FunctionDef | ast.AsyncFunctionDef, text: bytes, patterns: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Parameters defaulting to None that the body refuses to leave at None before anything else can happen
    (`if data is None: raise ValueError("The 'data' argument is required.")` in flask-mail 0.10's `Attachment`):
    required in all but spelling, so a call leaving them out fails as if the default were gone. Required parameters an
    opening `assert` refuses at None are named too: a caller handing its None default on to one never had a working
    default (folium 0.14's `GeoJsonPopup(fields=None)` hands it to `GeoJsonDetail`, whose `assert isinstance(fields,
    (list, tuple))` fails). `text` is the def's source: the opening statements are walked only when it spells some
    candidate dereferenced, or a module-level compiled pattern of `patterns` (see `_matched`) used."""
    nones = set(none_defaults(node.args))
    candidates = nones | (_required(node.args) if b"assert " in text else set())
    if not candidates:  # most bodies spelling None default nothing to it
        return frozenset()
    aliased = {a[0]: a[1] for stmt in node.body if (a := _alias(stmt, candidates)) is not None}
    last_guard = max(
        (index for index, stmt in enumerate(node.body) if _guard(stmt, candidates, aliased) is not None), default=-1
    )
    matched = any(f"{name}.".encode() in text for name in patterns)
    # only the ones spelled so are followed through the opening statements (past `if`s too: see `_goes_on`)
    spelled = nones if matched else {name for name in nones if _spelled_dereferenced(text, {name})}
    rejected = dereferenced_first(node.body, spelled, patterns) if spelled else set()
    candidates -= rejected
    aliases: dict[str, str] = {}
    for stmt in node.body[: last_guard + 1]:  # past the last guard nothing is rejected: no statement walked there
        if not candidates:
            break
        name = _guard(stmt, candidates, aliases)
        if name is not None:
            rejected.add(name)
            candidates.discard(name)
        elif way_out(stmt):
            break
        elif (alias := _alias(stmt, candidates)) is not None:
            aliases[alias[0]] = alias[1]
        else:
            candidates -= _rebound(stmt, candidates)
            aliases = {} if aliases and isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)) else aliases
    return frozenset(rejected)


_HEADER_FIELDS: dict[type[ast.stmt], tuple[str, ...]] = {
    ast.Expr: ("value",),
    ast.Assign: ("value", "targets"),
    ast.AnnAssign: ("value", "target"),
    ast.AugAssign: ("target", "value"),
    ast.If: ("test",),
    ast.While: ("test",),
    ast.For: ("iter",),
    ast.AsyncFor: ("iter",),
    ast.Return: ("value",),
}
"""What of a statement runs before anything in it can branch, leave or catch (a `with` may swallow, a `try` catch)."""

SIMPLE_STATEMENTS = (ast.Expr, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Pass)
"""Statements that run their expressions and go on: nothing in them branches, leaves or catches."""

_BINDS_ONLY = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
"""Statements that bind names without running anything of the body's parameters but their definitions' headers
(oauthlib 3.2's `raise_from_error(error, params=None)` opened with `import inspect` before `params.get(...)`)."""


def _definition_header(stmt: ast.stmt) -> list[ast.AST]:
    """What a nested def or class evaluates where it stands: decorators, defaults, bases and keywords; its body
    runs later, if ever."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        defaults = [*stmt.args.defaults, *(d for d in stmt.args.kw_defaults if d is not None)]
        return [*stmt.decorator_list, *defaults]
    if isinstance(stmt, ast.ClassDef):
        return [*stmt.decorator_list, *stmt.bases, *stmt.keywords]
    return []


def always_evaluated(node: ast.AST) -> list[ast.AST]:
    """`node` and the subexpressions evaluated whenever it is (in preorder): not the right of `and`/`or`, the
    branches of `x if c else y`, later links of a comparison chain, nor the bodies of lambdas and comprehensions.
    Gathered in one list (a list per level, copied into its parent's, was quadratic in a deep expression)."""
    found: list[ast.AST] = []
    pending = [node]
    while pending:
        current = pending.pop()
        found.append(current)
        if isinstance(current, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        if isinstance(current, ast.BoolOp):
            pending.append(current.values[0])
        elif isinstance(current, ast.IfExp):
            pending.append(current.test)
        elif isinstance(current, ast.Compare):
            pending += [current.comparators[0], current.left]
        else:
            pending += reversed(list(ast.iter_child_nodes(current)))
    return found


def _dereferences(node: ast.AST, names: set[str]) -> str | None:
    """The name `node` uses as None cannot be used: an attribute None lacks (`namespace.startswith(...)`), an item,
    a call, an iteration or a length of it (`len(wires)`)."""
    if isinstance(node, ast.Attribute) and not hasattr(None, node.attr):
        target = node.value
    elif isinstance(node, ast.Subscript):
        target = node.value
    elif isinstance(node, ast.Call) and dotted_name(node.func) == "len" and len(node.args) == 1:
        target = node.args[0]
    elif isinstance(node, ast.Call):
        target = node.func
    elif isinstance(node, (ast.For, ast.AsyncFor)):
        target = node.iter
    else:
        return None
    return target.id if isinstance(target, ast.Name) and target.id in names else None


def _spelled_dereferenced(text: bytes, names: set[str]) -> bool:
    """Whether `text` spells one of `names` as `_dereferences` reads it: followed by `.`, `[` or `(` (across closing
    parentheses, spaces and line continuations), iterated (`in name`) or measured (`len(name)`). Most defs with a
    None default spell none."""
    return any(_dereferenced_at(text, name) for name in names)


def _dereferenced_at(text: bytes, name: str) -> bool:
    """`_spelled_dereferenced` for one name: each occurrence found by `bytes.find` and its neighbours read, no
    pattern compiled per name (see `patterns.word_starts`) unless the name is not a plain ASCII word."""
    word = name.encode()
    if not plain_word(word):
        return any(pattern.search(text) is not None for pattern in _dereference_patterns(name))
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in WORD_BYTES) and _DEREFERENCED.match(text, end) is not None:
            return True
        gap = at
        while gap > 0 and text[gap - 1] in _ITERATED_GAP:
            gap -= 1
        if gap < at and _ends_word(text, gap, b"in") and (end == len(text) or text[end] not in WORD_BYTES):
            return True
        gap = at
        while gap > 0 and text[gap - 1] in _SPACES:
            gap -= 1
        if gap > 0 and text[gap - 1] == _OPEN and _ends_word(text, gap - 1, b"len") and _CLOSED.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _ends_word(text: bytes, end: int, word: bytes) -> bool:
    """Whether `text` spells `word` just before `end`, with a word boundary before it."""
    start = end - len(word)
    return start >= 0 and text.startswith(word, start) and (start == 0 or text[start - 1] not in WORD_BYTES)


_DEREFERENCED = re.compile(rb"[\s)\\]*[.\[(]")
_CLOSED = re.compile(rb"\s*\)")
_SPACES = frozenset(b" \t\n\r\f\v")
"""What `\\s` matches in a bytes pattern."""
_ITERATED_GAP = _SPACES | frozenset(b"(\\")
_OPEN = ord("(")


@lru_cache(maxsize=4096)
def _dereference_patterns(name: str) -> tuple[re.Pattern[bytes], ...]:
    """The spellings of `_spelled_dereferenced`, each led by a word (parameter names recur across defs)."""
    word = name.encode()
    return (
        re.compile(after_boundary(word) + rb"[\s)\\]*[.\[(]"),
        re.compile(after_boundary(b"in") + rb"[\s(\\]+" + re.escape(word) + rb"\b"),
        re.compile(after_boundary(b"len") + rb"\(\s*" + re.escape(word) + rb"\s*\)"),
    )


Handed = Callable[[ast.AST, set[str]], str | None]
"""Which of the names a node hands to a callee that uses it as None cannot be used (see `handednones`)."""


def dereferenced_first(
    body: list[ast.stmt], candidates: set[str], patterns: frozenset[str], handed: Handed | None = None
) -> set[str]:
    """Parameters defaulting to None that the opening statements use as None cannot be used, before anything could
    bind, test or catch them (dash 3.0.2's `ClientsideFunction(namespace=None, ...)` opened with
    `if namespace.startswith("_dashprivate_")`: leaving it out always raised AttributeError); or, with `handed`, hand
    to a callee that does (see `handednones`)."""
    names = set(candidates)
    found: set[str] = set()
    for stmt in body:
        if not names:
            break
        roots: list[ast.AST] = [stmt] if isinstance(stmt, (ast.For, ast.AsyncFor)) else []
        roots += _definition_header(stmt) if isinstance(stmt, _BINDS_ONLY) else []
        for field in _HEADER_FIELDS.get(type(stmt), ()):
            value = getattr(stmt, field)
            roots.extend(value if isinstance(value, list) else [value] if value is not None else [])
        evaluated = [n for root in roots for n in ([root] if isinstance(root, ast.stmt) else always_evaluated(root))]
        if any(isinstance(n, ast.NamedExpr) for n in evaluated):
            break  # `(x := ...)` may bind a candidate mid-expression
        hits = {name for n in evaluated if (name := _dereferences(n, names) or _matched(n, names, patterns))}
        hits |= {name for n in evaluated if (name := handed(n, names))} if handed is not None else set()
        hits |= _dereferenced_in_branch(evaluated, names)
        found |= hits
        names -= hits
        if not isinstance(stmt, (*SIMPLE_STATEMENTS, *_BINDS_ONLY)) and not _raising_check(stmt) and not _goes_on(stmt):
            break
        names -= _rebound(stmt, names)
    return found


def _goes_on(stmt: ast.stmt) -> bool:
    """An `if` whose blocks cannot leave the function but by raising: every call that gets past it goes on to the
    next statement, a candidate it does not rebind still at None (dateparser 1.4's `Locale.is_applicable(...,
    settings=None)` opened with `if strip_timezone: ...` before `settings.NORMALIZE`: leaving `settings` out always
    failed, so 1.5's `assert settings is not None` took no default away)."""
    return isinstance(stmt, ast.If) and not way_out(stmt)


_READS_FIRST = frozenset({"match", "fullmatch", "search", "findall", "finditer", "split"})
_READS_SECOND = frozenset({"sub", "subn"})


def _matched(node: ast.AST, names: set[str], patterns: frozenset[str]) -> str | None:
    """The name `node` hands a module-level compiled pattern as the string to read (jsonpath-ng 1.16's `Str(method=
    None)` opening with `m = _STR.match(method)`): None is no string, a TypeError, so leaving it out never worked."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in patterns
    ):
        return None
    slot = 0 if node.func.attr in _READS_FIRST else 1 if node.func.attr in _READS_SECOND else len(node.args)
    read = node.args[: slot + 1]
    if len(read) <= slot or any(isinstance(arg, ast.Starred) for arg in read):
        return None
    arg = read[slot]
    return arg.id if isinstance(arg, ast.Name) and arg.id in names else None


def _dereferenced_in_branch(evaluated: list[ast.AST], names: set[str]) -> set[str]:
    """The names a conditional expression's branch, the one its test takes at that name's None, uses as None cannot
    be used (pennylane 0.37's `PauliRot`: `num_wires = 1 if isinstance(wires, int) else len(wires)`)."""
    found: set[str] = set()
    for node in evaluated:
        if not isinstance(node, ast.IfExp):
            continue
        for name in names - found:
            taken = decided_at_none(node.test, name)
            branch = None if taken is None else node.body if taken else node.orelse
            if branch is not None and any(_dereferences(n, {name}) for n in always_evaluated(branch)):
                found.add(name)
    return found


def _raising_check(stmt: ast.stmt) -> bool:
    """An `if` with no `else` whose body always raises: a call it lets through goes on to the next statement, and one
    it stops fails there, so what follows still decides whether leaving a parameter out ever worked (pennylane 0.37's
    `PauliRot` checks its `pauli_word` before `len(wires)`)."""
    return isinstance(stmt, ast.If) and not stmt.orelse and _raises_new(stmt.body)


def _raises_new(body: list[ast.stmt]) -> bool:
    """A block that always ends in raising a new exception, with no way out before it."""
    last = body[-1]
    return isinstance(last, ast.Raise) and last.exc is not None and only_raises(body)


def _guard(stmt: ast.stmt, candidates: set[str], aliases: dict[str, str]) -> str | None:
    """The candidate an `if` without `else` refuses at None by always raising (`if data is None: raise ...`), or an
    `assert` fails at None (`assert isinstance(data, (list, tuple))`, `assert data`), tested itself or through an
    alias bound before (`aliases`)."""
    if isinstance(stmt, ast.Assert):
        tested = {alias: name for alias, name in aliases.items() if name in candidates}
        tested.update((name, name) for name in candidates)
        return next((tested[n] for n in sorted(tested) if decided_at_none(stmt.test, n) is False), None)
    if not isinstance(stmt, ast.If) or stmt.orelse:
        return None
    name = rejects_none(stmt.test)
    name = aliases.get(name, name) if name is not None else None
    return name if name in candidates and _raises_new(stmt.body) else None


def _required(args: ast.arguments) -> set[str]:
    """The parameters without a default, `self` and `cls` left out."""
    positional = [*args.posonlyargs, *args.args]
    named = [*positional[: len(positional) - len(args.defaults)]]
    named += [arg for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True) if default is None]
    return {arg.arg for arg in named} - {"self", "cls"}


def without_defaults(params: tuple[Param, ...], names: frozenset[str]) -> tuple[Param, ...]:
    """`params` with the named ones required (see `rejected_defaults`)."""
    return tuple(replace(p, has_default=False) if p.name in names else p for p in params)
