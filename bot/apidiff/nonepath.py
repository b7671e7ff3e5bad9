"""What a call leaving a parameter out works with, where its default is no literal: a dotted name
(`processor=default_process`), or None read together with what the body then does (`Param.fallback`)."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeGuard

from bot.apidiff.deprecation import statement_warn
from bot.apidiff.located import candidate_lines
from bot.apidiff.model import Param
from bot.apidiff.params import literal_default
from bot.apidiff.source import defaults_of, dotted_name, walk, walked
from bot.apidiff.spelled import spelled

SKIPPED = "None"
"""`Param.fallback` of a None default whose every use the body skips at None (see `_skips_at_none`)."""

REPLACED = "None:"
"""Leads `Param.fallback` of a None default the body replaces at once: `None:30`, `None:default_process`. A sentinel
default the body so replaces with a literal leads with the sentinel's name instead: `DEFAULT_SENTINEL:False`."""


def replacement(fallback: str) -> tuple[str, str] | None:
    """(the default as spelled, the value the body puts in its place) of a fallback read so (`None:30`,
    `DEFAULT_SENTINEL:False`); None for another (`SKIPPED`, a dotted name)."""
    default, sep, value = fallback.partition(":")
    return (default, value) if sep else None


BOUND = "="
"""Joins, in `Param.fallback`, a default naming a string or number global of the distribution and the literal that
global is bound to: `NIST=2` (see `members._constant_defaults`)."""


def bound_constant(fallback: str) -> tuple[str, str] | None:
    """(the global's name, its literal) of a fallback joined so (`NIST=2`); None for another."""
    name, sep, value = fallback.partition(BOUND)
    return (name, value) if sep and name and ":" not in name else None


HANDED_ON = "None>"
"""Leads `Param.fallback` of a None default the body only hands on under its own name to one callee, as read from
the def alone: `None>extract_iter`. The surface puts the callee's own fate at None in its place, or none (see
`members._handed_fates`): no such fallback is left in a `Symbol`."""

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef

_NO_VALUE = re.compile(
    r"sentinel|missing|not_?set|unset|nothing|undefined|unspecified|no_?default|not_?given|omitted|marker|"
    r"identity|no_?op|pass_?through|^_*(?:default|empty|void|null|none|ident|keep|same|unchanged)_*$",
    re.IGNORECASE,
)
"""Names of defaults that stand for "not given" (`_MISSING`, `NOTSET`, tested by a helper the def hands it to) or
that leave the value as it is (`_identity`, `noop`): a body skipping the parameter at None does the same."""


def with_fallbacks(node: _FunctionDef, params: tuple[Param, ...], text: bytes) -> tuple[Param, ...]:
    """`params` with `Param.fallback` read from the def (`text`, its source: a None default is read only where the
    text spells it tested, `p is`, replaced, `p or`, or handed on, `p=p`); the others are left as they are."""
    found: dict[str, str] = {}
    tested: dict[str, set[str]] | None = None
    defaults = defaults_of(node.args)
    for name, default in defaults.items():
        if isinstance(default, ast.Constant) and default.value is None:
            spelled = any(f"{name}{spelling}".encode() in text for spelling in (" is ", " or ", f"={name}"))
            fate = _none_fate(node.body, name, _lines_naming(node, text, name)) if spelled else None
            if fate is not None and fate.startswith(HANDED_ON) and _bound_in(node, fate[len(HANDED_ON) :]):
                fate = None  # `callback(p=p)`, `callback` a parameter: no function of the module
            if fate == SKIPPED and (kept := _handed_to_parameter(node.body, name, defaults)) is not None:
                fate = REPLACED + kept if kept else None  # "": the other parameter's value is no literal known
        elif _falsy_literal(default) and any(f"if {test}{name}".encode() in text for test in ("", "not ")):
            # `proxy=""` used only under `if proxy:`: a call leaving it out skips its uses, as a None skipped would
            lines = _lines_naming(node, text, name)
            fate = SKIPPED if _skips_at_none(node.body, name, lines, truthy=True) else None
        elif isinstance(default, (ast.Name, ast.Attribute)) and (fate := dotted_name(default)) is not None:
            tested = _identity_tested(node) if tested is None else tested
            # `x=_MISSING` tested `x is _MISSING` is a sentinel, read as a None is; so may one be that a helper
            # tests, by its name
            if _tested_against(tested.get(name, set()), fate):
                fate = _sentinel_fate(node, name, fate, text)
            elif _NO_VALUE.search(fate.rsplit(".", 1)[-1]):
                fate = None
        else:
            continue
        if fate is not None:
            found[name] = fate
    return tuple(replace(p, fallback=found[p.name]) if p.name in found else p for p in params) if found else params


def _bound_in(node: _FunctionDef, callee: str) -> bool:
    """The head of the dotted name is bound in the def (a parameter, an assignment, an import, a nested def): it
    names no module-level function."""
    head = callee.partition(".")[0]
    args = node.args
    if any(a.arg == head for a in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg) if a):
        return True
    for part in (*node.body, *node.decorator_list, args, node.returns):  # the def's parts: its own name is no binding
        found = spelled(part) if part is not None else None
        if found is not None and (
            head in found.stored or head in found.deleted or head in found.defined or head in found.imported
        ):
            return True
    return False


def _identity_tested(node: _FunctionDef) -> dict[str, set[str]]:
    """Names the body compares by identity or equality with something not constant (`x is _MISSING`, `x ==
    NOT_SET`), each with what it is compared to (a dotted name, "" for another expression): such a default is a
    sentinel; a test against a constant (`processor is True`) makes none."""
    found: dict[str, set[str]] = {}
    for item in walk(node):
        if not isinstance(item, ast.Compare):
            continue
        sides = [item.left, *item.comparators]
        if any(isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) for op in item.ops) and not all(
            isinstance(side, ast.Constant) for side in sides[1:]
        ):
            for side in sides:
                if isinstance(side, ast.Name):
                    others = (dotted_name(other) or "" for other in sides if other is not side)
                    found.setdefault(side.id, set()).update(others)
    return found


def _tested_against(others: set[str], default: str) -> bool:
    """The parameter is compared to its default (`x is _MISSING`, also spelled through its module), or to something
    not named (`x is self._marker`): a sentinel. Compared only to other globals (bitmath's `system=SI` tested `if
    system == NIST:`) the default is a value like theirs."""
    last = default.rsplit(".", 1)[-1]
    return any(not other or other.rsplit(".", 1)[-1] == last for other in others)


def _lines_naming(node: _FunctionDef, text: bytes, name: str) -> list[int]:
    """The lines (absolute, sorted) of the def (`text`, from its `def` line on) spelling `name` as a word: no node
    elsewhere can use it, so the readers below enter only what spans one of them."""
    return [node.lineno - 1 + line for line in candidate_lines(text, {name})]


def _spans(node: ast.AST, lines: list[int]) -> bool:
    """Whether the node may hold one of `lines` (sorted): a node without a position may; a nested def's or class's
    decorators lead its span."""
    start = getattr(node, "lineno", None)
    if start is None:
        return True
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.decorator_list:
        start = min(start, *(decorator.lineno for decorator in node.decorator_list))
    index = bisect_left(lines, start)
    return index < len(lines) and lines[index] <= (getattr(node, "end_lineno", None) or start)


def _none_fate(body: list[ast.stmt], name: str, lines: list[int]) -> str | None:
    """What the body does with `name` at None: the value it puts in its place first (`if p is None: p = 30`, `p = p
    or 30`, `p = 30 if p is None else p`), as a literal's repr or a dotted name after `REPLACED`; `SKIPPED` when it
    only skips its uses; None when unknown. `lines`: those spelling the name (see `_lines_naming`)."""
    put = _first_substitute(body, name, lines, None)
    if put is not None:
        value = literal_default(put) or dotted_name(put)
        return REPLACED + value if value is not None else None
    if _skips_at_none(body, name, lines):
        preset = _preset_store(body, name)
        value = (literal_default(preset) or dotted_name(preset)) if preset is not None else None
        return REPLACED + value if value is not None else SKIPPED
    callee = _handed_to(body, name, lines)
    return HANDED_ON + callee if callee else None


def _preset_store(body: list[ast.stmt], name: str) -> ast.expr | None:
    """The value the attribute `name` is stored in holds at None, when the body's one use of `name` is `if name is
    not None: self.attr = name` and a statement before it sets `self.attr`, or the `self._attr` a property of that
    name keeps, to that value: the None stands for it, as `if name is None: name = value` would say (wsproto 1.0's
    `self._client_max_window_bits = self.DEFAULT_CLIENT_MAX_WINDOW_BITS`, then `if client_max_window_bits is not
    None: self.client_max_window_bits = client_max_window_bits`, where 0.15 replaced the None with that default)."""
    for index, stmt in enumerate(body):
        if not (isinstance(stmt, ast.If) and _tests(stmt.test, name) is True and not stmt.orelse):
            continue
        store = stmt.body[0] if len(stmt.body) == 1 else None
        if not (isinstance(store, ast.Assign) and isinstance(store.value, ast.Name) and store.value.id == name):
            return None
        attr = _self_attribute(store.targets[0]) if len(store.targets) == 1 else None
        uses = sum(isinstance(n, ast.Name) and n.id == name for stmt in body for n in walk(stmt))
        if attr is None or uses != 2:  # the test and the store: any other use is read at None too
            return None
        for earlier in reversed(body[:index]):
            if isinstance(earlier, ast.Assign) and len(earlier.targets) == 1:
                if _self_attribute(earlier.targets[0]) in (attr, "_" + attr):
                    return earlier.value
        return None
    return None


def _self_attribute(target: ast.expr) -> str | None:
    """`attr` for a `self.attr` target; None for another."""
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
        return target.attr
    return None


def _handed_to(body: list[ast.stmt], name: str, lines: list[int]) -> str:
    """The one callee (a dotted name) the body hands `name` to, only ever as `callee(..., name=name)`, never binding
    it: rapidfuzz 3.0's `extract(processor=None)` calls `extract_iter(query, choices, processor=processor, ...)`,
    whose own body skips it at None. "" for any other use."""
    handed: set[str] = set()
    keyword_values: set[int] = set()
    for stmt in body:
        if not _spans(stmt, lines):
            continue
        for node in walked(stmt):  # asked again for each parameter defaulting to None
            if isinstance(node, ast.Call) and (callee := dotted_name(node.func)) is not None:
                for keyword in node.keywords:
                    if keyword.arg == name and isinstance(keyword.value, ast.Name) and keyword.value.id == name:
                        handed.add(callee)
                        keyword_values.add(id(keyword.value))
            elif isinstance(node, ast.Name) and node.id == name and id(node) not in keyword_values:
                return ""  # read otherwise, or bound
    return handed.pop() if len(handed) == 1 else ""


def _sentinel_fate(node: _FunctionDef, name: str, sentinel: str, text: bytes) -> str | None:
    """The literal the body puts in place of a sentinel default before any other use (geopy 1.23's `if exactly_one
    is DEFAULT_SENTINEL: warnings.warn(...); exactly_one = False`), after the sentinel's name and ":"; None when it
    puts none (`timeout = self.timeout`: what that holds is unknown here)."""
    put = _first_substitute(node.body, name, _lines_naming(node, text, name), sentinel)
    value = literal_default(put)
    return f"{sentinel}:{value}" if value is not None else None


def _first_substitute(body: list[ast.stmt], name: str, lines: list[int], marker: str | None) -> ast.expr | None:
    """The value the first statement of the body using `name` puts in its place at `marker` (None, or a
    sentinel's dotted name); None when that statement does anything else."""
    opening = True
    for index, stmt in enumerate(body):
        if not (_spans(stmt, lines) and name in spelled(stmt).named):
            # a docstring, a binding of something else, a branch never naming it (geopandas 0.14's `explode`: `if
            # column is None: ...`); past another block (dramatiq 2.0's `try: queues = [...]`) only a local choosing
            # for `p` below is read
            opening = opening and (isinstance(stmt, _PLAIN) or (isinstance(stmt, ast.If) and not _spans(stmt, lines)))
            continue
        if marker is None and _into_local(stmt, name) and not any(_spans(later, lines) for later in body[index + 1 :]):
            return _chosen(stmt.value, name)  # `local = p if p is not None else ...`, and `p` never read again
        return _substituted(stmt, name, marker) if opening else None
    return None


_PLAIN = (ast.Expr, ast.Assign, ast.AnnAssign, ast.Pass, ast.Import, ast.ImportFrom)


def _into_local(stmt: ast.stmt, name: str) -> TypeGuard[ast.Assign]:
    """The statement binds another local name alone (dramatiq 2.0's `should_fail_fast = fail_fast if fail_fast is
    not None else self.fail_fast_default`): what it holds is what the body then works with in place of `name`."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
        return False
    return stmt.targets[0].id != name


def _handed_to_parameter(body: list[ast.stmt], name: str, defaults: dict[str, ast.expr]) -> str | None:
    """The literal default of the parameter that the body's one use of `name`, under `if name is not None:`, fills
    (openapi-spec-validator 0.6's `if spec_url is not None: warn(...); base_uri = spec_url`): at None that parameter
    keeps its default, which the body then works with; "" when that default is None or no literal (flask 2.0's
    `_prepare_send_file_kwargs(etag=None, add_etags=None)`, `etag = add_etags`: at None, `etag` is whatever the
    caller hands, unknown)."""
    for stmt in body:
        if not (isinstance(stmt, ast.If) and not stmt.orelse and _tests(stmt.test, name) is True):
            continue
        reads = [n for part in stmt.body for n in walk(part) if isinstance(n, ast.Name) and n.id == name]
        for inner in stmt.body:
            if not (isinstance(inner, ast.Assign) and len(inner.targets) == 1 and len(reads) == 1):
                continue
            target, value = inner.targets[0], inner.value
            if isinstance(target, ast.Name) and isinstance(value, ast.Name) and value.id == name:
                other = defaults.get(target.id)
                if other is None or target.id == name:
                    return None
                kept = literal_default(other)
                return kept if kept is not None and kept != "None" else ""
    return None


def _substituted(stmt: ast.stmt, name: str, marker: str | None) -> ast.expr | None:
    """The value a statement puts in place of `name` at `marker`, keeping any other value. An `if` replacing it may
    first warn (that the default changes): a warning binds nothing."""
    if isinstance(stmt, ast.If) and not stmt.orelse and _tests(stmt.test, name, marker) is False:
        *warned, inner = stmt.body
        if not all(_warns(other) for other in warned):
            return None
        return inner.value if isinstance(inner, ast.Assign) and _assigns(inner, name) else None
    if marker is not None or not (isinstance(stmt, ast.Assign) and _assigns(stmt, name)):
        return None
    return _chosen(stmt.value, name)


def _chosen(value: ast.expr, name: str) -> ast.expr | None:
    """What `p or X`, `p if p is not None else X` or `X if p is None else p` gives at None: `X`."""
    if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) and len(value.values) == 2:
        first, other = value.values
        return other if isinstance(first, ast.Name) and first.id == name else None
    if isinstance(value, ast.IfExp):
        held = _tests(value.test, name)
        kept, put = (value.body, value.orelse) if held else (value.orelse, value.body)
        return put if held is not None and isinstance(kept, ast.Name) and kept.id == name else None
    return None


def _warns(stmt: ast.stmt) -> bool:
    """A statement that warns, or an `if` that only warns (geopandas 0.14's `explode`: `if index_parts is None: if not
    ignore_index: warnings.warn(...)` then `index_parts = True`): neither binds anything."""
    if isinstance(stmt, ast.If) and not stmt.orelse:
        return all(statement_warn(inner) is not None for inner in stmt.body)
    return statement_warn(stmt) is not None


def _assigns(stmt: ast.Assign, name: str) -> bool:
    return len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id == name


def _falsy_literal(default: ast.expr) -> bool:
    """A false literal of a scalar type (`""`, `b""`, `0`, `False`), the idiom for "not given" before None was."""
    if not isinstance(default, ast.Constant):
        return False
    return type(default.value) in (str, bytes, int, float, bool) and not default.value


def _truth(test: ast.expr, name: str) -> bool | None:
    """True for `if p`, False for `if not p`, None for anything else: at a false default, whether `p` is true."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        held = _truth(test.operand, name)
        return None if held is None else not held
    return True if isinstance(test, ast.Name) and test.id == name else None


def _tests(test: ast.expr, name: str, marker: str | None = None) -> bool | None:
    """True when `test` holds exactly when `name` is not `marker` (None, or a sentinel's dotted name: `p is not
    None`), False for the reverse (`p is None`), None for anything else. Truth (`if p`) is no test of None: `0` and
    `""` are false too."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)):
        return None
    right = test.comparators[0]
    if marker is None:
        held = isinstance(right, ast.Constant) and right.value is None
    else:
        held = dotted_name(right) == marker
    if test.left.id != name or not held:
        return None
    return True if isinstance(test.ops[0], ast.IsNot) else False if isinstance(test.ops[0], ast.Is) else None


def _skips_at_none(body: list[ast.stmt], name: str, lines: list[int], truthy: bool = False) -> bool:
    """Whether the body uses `name` only where it is not None, never binding it: under `if p is not None:` (at None
    the block is skipped), or in a branch whose other, run at None, does the same with each `p(x)` read as `x`
    (rapidfuzz 3.0's `if processor is None: score = scorer(query, choice) else: score = scorer(query,
    processor(choice))`). Used at least once: a guarded branch that only warns is no use (see `_only_warns`: oic
    1.0's `if refresh_token_expires_in is not None: warnings.warn(...)`). With `truthy`, of a false default: uses
    only where it is true (`if p:`), which the default skips as a None is skipped (tweepy 3.10's `proxy=""`)."""
    guarded: list[ast.AST] = []
    if not _guarded_only(body, name, guarded, lines, truthy) or not guarded:
        return False
    return not any(spelled(stmt).binds(name) for stmt in body if _spans(stmt, lines))


def _guarded_only(
    nodes: Sequence[ast.AST], name: str, guarded: list[ast.AST], lines: list[int], truthy: bool = False
) -> bool:
    """Every use of `name` among `nodes` sits in a branch run only when it is not None (with `truthy`: only when it
    is true), collected in `guarded`; a node spanning none of `lines` uses nothing of it."""
    for node in nodes:
        if not _spans(node, lines):
            continue
        held: bool | None = None
        if isinstance(node, (ast.If, ast.IfExp)):
            held = _truth(node.test, name) if truthy else _tests(node.test, name)
        if isinstance(node, (ast.If, ast.IfExp)) and held is not None:
            used, other = (node.body, node.orelse) if held else (node.orelse, node.body)
            if not _same_without(used, other, name):
                return False
            if not _only_warns(used):
                guarded.append(node)
        elif (isinstance(node, ast.Name) and node.id == name) or not _guarded_only(
            list(ast.iter_child_nodes(node)), name, guarded, lines, truthy
        ):
            return False
    return True


def _only_warns(used: list[ast.stmt] | ast.expr) -> bool:
    """A branch that only warns or raises (pydantic 2.0's `if type_name is not None: warnings.warn(...)`): it tells
    the caller the parameter is deprecated, and does nothing with its value that a None would skip."""
    if not isinstance(used, list) or not used:
        return False
    for stmt in used:
        call = stmt.value if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) else None
        name = dotted_name(call.func) if call is not None else None
        if not (isinstance(stmt, ast.Raise) or (name is not None and "warn" in name.rsplit(".", 1)[-1].lower())):
            return False
    return True


def _same_without(used: list[ast.stmt] | ast.expr, other: list[ast.stmt] | ast.expr, name: str) -> bool:
    """Whether the branch run at None (`other`) does what `used` does with each `name(x)` read as `x`; an `if`
    without `else` (`other` empty) skips `used` whole."""
    if isinstance(other, list) and not other:
        return True
    others = other if isinstance(other, list) else [other]
    if any(isinstance(n, ast.Name) and n.id == name for node in others for n in walk(node)):
        return False  # None itself handed on at None
    return _unwrapped_equal(used, other, name)


def _unwrapped_equal(used: object, other: object, name: str) -> bool:
    """`used` and `other` are one tree once each `name(x)` of `used` is read as `x`."""
    if isinstance(used, ast.Call) and isinstance(used.func, ast.Name) and used.func.id == name:
        return len(used.args) == 1 and not used.keywords and _unwrapped_equal(used.args[0], other, name)
    if isinstance(used, list) and isinstance(other, list):
        return len(used) == len(other) and all(_unwrapped_equal(a, b, name) for a, b in zip(used, other, strict=True))
    if isinstance(used, ast.AST) and isinstance(other, ast.AST):
        return type(used) is type(other) and all(
            _unwrapped_equal(getattr(used, field), getattr(other, field), name) for field in used._fields
        )
    return type(used) is type(other) and used == other
