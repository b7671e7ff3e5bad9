"""Keys (environment variables, config keys) a module reads through a plain name rather than a literal: a helper
handed the key as an argument (`_env("EXT_TIMEOUT")` over `def _env(name): return os.environ.get(name)`), a loop over
a literal collection (`for key, value in DEFAULTS.items(): app.config.setdefault(key, value)`). A release that moved
its reads behind either still reads those keys; one whose helper is handed keys this module does not spell may read
any. Read only for the reads whose key is a name (rare), on the module's tree."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from bot.apidiff.keyshapes import spelled_at_run_time
from bot.apidiff.located import candidate_lines, line_starts, nodes_on
from bot.apidiff.source import dotted_name, walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def keys_through_names(
    index: TreeIndex, keyed: list[tuple[ast.Name, int]], valid: Callable[[str], bool]
) -> tuple[dict[str, int], bool]:
    """(key -> line where it is given, whether some key stays unknown) for reads keyed by a plain name at a line
    (`index` made for those lines):
    a loop variable over a literal collection (of the module), or a parameter of the def around the read, whose
    callers in the module give it literally, or, where a call computes it, any name the module spells, or a name the
    module only ever binds to literals (smolagents 1.10's `os.getenv(api_key_env_name)` after `if provider ==
    "serpapi": api_key_env_name = "SERPAPI_API_KEY"` / `else: ... "SERPER_API_KEY"` reads both). A private
    helper no call of the module fills leaves the keys unknown (the release's own code hands it names elsewhere). A
    public function's
    parameter is the caller's choice (flask's `Config.from_envvar(variable_name)` reads what its users name): no
    read of the release's own; nor is a loop over anything but a literal collection (flask's `for key in
    sorted(os.environ)`, a scan). Any other name is no key read here."""
    found: dict[str, int] = {}
    unknown = False
    for name, line in keyed:
        defs, loops = index.around(line)
        loop = next((loop for loop in loops if _binds(loop, name.id)), None)
        if loop is not None:  # over anything but a literal collection: not read here (a scan, see `envvars`)
            found.update(
                (key, line) for key in _iterated(loop[2], index.collections) or () if valid(key) and key not in found
            )
            continue
        around = [d for d in defs if name.id in _param_names(d)]
        if not around:  # a local the module binds only to literals, in branches (`key = "A"` / `else: key = "B"`)
            found.update((key, line) for key in index.bound_literals(name.id) or () if valid(key) and key not in found)
            continue
        helper = max(around, key=lambda d: d.lineno)  # the innermost
        given, computed, called = _given(index.calls_to(helper.name), helper, name.id, index)
        if computed:  # `_parse_env_order(self.lapack_order, self.order_env_var_name)`: a name the module spells
            given += index.spelled_names
        unknown = unknown or not called and helper.name.startswith("_")
        found.update((key, at) for key, at in given if valid(key) and key not in found)
    return found, unknown


def loop_shapes(index: TreeIndex, keyed: list[tuple[ast.Name, int]]) -> set[str]:
    """The shapes (`spelled_at_run_time`) of the keys built at run time in a literal collection a loop variable of
    `keyed` goes over: tox 4's `for environ_key in (f"TOX_{key_upper}", f"TOX{key_upper}")` reads
    `TOX_*` and `TOX*` (`TOXENV` for its `-e` option), which `keys_through_names` finds no literal of."""
    found: set[str] = set()
    for name, line in keyed:
        _, loops = index.around(line)
        loop = next((loop for loop in loops if _binds(loop, name.id)), None)
        over = loop[2] if loop is not None else None
        if isinstance(over, (ast.List, ast.Tuple, ast.Set)):
            found.update(built for element in over.elts if (built := spelled_at_run_time(element)) is not None)
    return found


class TreeIndex:
    """What the keyed reads at `lines` ask of a module (`data`, its `tree`), found where the text spells it: the defs
    and loops around each read (one visit of the subtrees on those lines), the calls of a helper (the nodes on the
    lines spelling it; past a few helpers, one walk gathering them all), the string constants (one walk, asked only of
    a key computed from the module's names). A whole-module walk for each module reading a key through a name cost 2%
    of reading the benchmark's releases; 10,000 such reads, each looking through every def, took a minute."""

    def __init__(self, tree: ast.Module, data: bytes, starts: list[int] | None, lines: Iterable[int]) -> None:
        self.tree, self.data = tree, data
        self.starts = line_starts(data) if starts is None else starts
        self._around: dict[int, list[ast.AST]] = {line: [] for line in lines}
        keyed = sorted(self._around)
        for node in nodes_on(tree, keyed):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.For, ast.AsyncFor, *_COMPREHENSIONS)):
                end = getattr(node, "end_lineno", None) or node.lineno
                for line in keyed[bisect_left(keyed, node.lineno) : bisect_right(keyed, end)]:
                    self._around[line].append(node)
        self._calls: dict[str, list[ast.Call]] = {}
        self._all_calls: dict[str, list[ast.Call]] | None = None
        self._bound: dict[str, list[str] | None] = {}
        self._all_bound: dict[str, list[str] | None] | None = None
        self._collections: dict[str, list[str]] | None = None
        self._spelled: list[tuple[str, int]] | None = None

    def around(self, line: int) -> tuple[list[_FunctionDef], list[tuple[ast.AST, ast.expr, ast.expr]]]:
        """The defs whose span holds `line` (one of the index's), and the loops (`for`, comprehensions) over it,
        outermost first."""
        defs: list[_FunctionDef] = []
        loops: list[tuple[ast.AST, ast.expr, ast.expr]] = []
        for node in sorted(self._around.get(line, ()), key=_outer_first):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                defs.append(node)
            elif isinstance(node, (ast.For, ast.AsyncFor)):
                loops.append((node, node.target, node.iter))
            elif isinstance(node, _COMPREHENSIONS):
                loops.extend((node, generator.target, generator.iter) for generator in node.generators)
        return defs, loops

    def calls_to(self, name: str) -> list[ast.Call]:
        """The module's calls of what is last named `name` (`_env(...)`, `self._env(...)`), in source order."""
        if name not in self._calls:
            if self._all_calls is None and len(self._calls) >= _SEARCHED_HELPERS:
                self._all_calls = _calls_by_name(self.tree)
            if self._all_calls is not None:
                self._calls[name] = self._all_calls.get(name, [])
            else:
                lines = candidate_lines(self.data, {name}, self.starts)
                self._calls[name] = sorted(
                    (node for node in nodes_on(self.tree, lines) if isinstance(node, ast.Call) and _last(node) == name),
                    key=lambda call: (call.lineno, call.col_offset),
                )
        return self._calls[name]

    @property
    def collections(self) -> dict[str, list[str]]:
        if self._collections is None:
            self._collections = _literal_collections(self.tree)
        return self._collections

    def bound_literals(self, name: str) -> list[str] | None:
        """The strings the module's bindings of `name` are, None when one is anything else (a parameter, an import,
        a loop target, any other value) or there is none; asked only of a name handed to a helper: `var_name =
        "EXT_FLAG"` then `_env(var_name)` hands it "EXT_FLAG". The first names are each found in the subtrees on the
        lines spelling them (a walk of the whole module per module cost a tenth of reading werkzeug's `serving`);
        past them, one walk finds every name's (a search per name of thousands would read the module thousands of
        times)."""
        if self._all_bound is None and (len(self._bound) >= _SEARCHED_HELPERS or not name.isascii()):
            self._all_bound = _literals_bound(walk(self.tree))  # the text's word boundaries are ASCII ones
        if self._all_bound is not None:
            return self._all_bound.get(name) or None
        if name not in self._bound:
            nodes = nodes_on(self.tree, candidate_lines(self.data, {name}, self.starts))
            self._bound[name] = _literals_bound(nodes).get(name) or None
        return self._bound[name]

    @property
    def spelled_names(self) -> list[tuple[str, int]]:
        """Every string constant of the module spelled like a variable or a key (`NPY_LAPACK_ORDER`): what a name
        computed from the module's attributes may be."""
        if self._spelled is None:
            self._spelled = [
                (node.value, node.lineno)
                for node in walk(self.tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and _UPPER_NAME.match(node.value)
            ]
        return self._spelled


_SEARCHED_HELPERS = 4
"""Helpers whose calls are each found by searching the text for their name; past them, one walk finds every call."""
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _last(call: ast.Call) -> str:
    return (dotted_name(call.func) or "").rsplit(".", 1)[-1]


def _calls_by_name(tree: ast.Module) -> dict[str, list[ast.Call]]:
    found: dict[str, list[ast.Call]] = {}
    for node in walk(tree):
        if isinstance(node, ast.Call):
            found.setdefault(_last(node), []).append(node)
    return {name: sorted(calls, key=lambda call: (call.lineno, call.col_offset)) for name, calls in found.items()}


def _literals_bound(nodes: Iterable[ast.AST]) -> dict[str, list[str] | None]:
    """Each name the `nodes` bind -> the strings its bindings are, None when one is anything else (see
    `TreeIndex.bound_literals`); each assignment comes before its targets."""
    found: dict[str, list[str] | None] = {}
    literal: dict[int, str] = {}  # id of a Name assigned a string literal -> the string (met before the Name)
    for node in nodes:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, str):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                literal.update((id(t), node.value.value) for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            text = literal.get(id(node))
            known = found.get(node.id, [])
            found[node.id] = None if known is None or text is None else [*known, text]
        elif isinstance(node, ast.arg):
            found[node.arg] = None
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update((alias.asname or alias.name.split(".")[0], None) for alias in node.names)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            found.update((name, None) for name in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            found[node.name] = None
    return found


def _outer_first(node: ast.AST) -> tuple[int, int, int]:
    """The nodes around a line ordered as a breadth-first walk meets nested ones: the enclosing first."""
    start: int = getattr(node, "lineno", 0)
    return (start, -(getattr(node, "end_lineno", None) or start), getattr(node, "col_offset", 0))


_UPPER_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\Z")


def _spans(node: ast.AST, line: int) -> bool:
    start = getattr(node, "lineno", 0)
    return bool(start) and start <= line <= (getattr(node, "end_lineno", None) or start)


def _param_names(node: _FunctionDef) -> list[str]:
    args = node.args
    return [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]


def _binds(loop: tuple[ast.AST, ast.expr, ast.expr], name: str) -> bool:
    """The loop's target is the name, or a tuple led by it over `.items()` (`for key, value in d.items()`)."""
    _, target, over = loop
    if isinstance(target, ast.Name):
        return target.id == name
    method = over.func.attr if isinstance(over, ast.Call) and isinstance(over.func, ast.Attribute) else ""
    first = target.elts[0] if isinstance(target, ast.Tuple) and target.elts else None
    return method == "items" and isinstance(first, ast.Name) and first.id == name


def _strings(node: ast.expr) -> list[str] | None:
    """The strings a literal dict's keys, or a list, tuple or set, hold; None when any is not a string literal."""
    items = (
        node.keys
        if isinstance(node, ast.Dict)
        else node.elts
        if isinstance(node, (ast.List, ast.Tuple, ast.Set))
        else None
    )
    if items is None:
        return None
    found = [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]
    return found if len(found) == len(items) else None


def _literal_collections(tree: ast.Module) -> dict[str, list[str]]:
    """Module globals bound once to a literal collection of strings (`DEFAULTS = {"EXT_TIMEOUT": 10}`)."""
    bound: dict[str, list[str] | None] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            bound[name] = _strings(stmt.value) if name not in bound else None
    return {name: keys for name, keys in bound.items() if keys is not None}


def _iterated(over: ast.expr, collections: dict[str, list[str]]) -> list[str] | None:
    """The strings a loop goes over: a literal, or a module global holding one, itself or its `.keys()`/`.items()`."""
    if isinstance(over, ast.Call) and isinstance(over.func, ast.Attribute) and over.func.attr in ("keys", "items"):
        over = over.func.value
    if isinstance(over, ast.Name):
        return collections.get(over.id)
    return _strings(over)


def _given(
    calls: list[ast.Call], helper: _FunctionDef, param: str, index: TreeIndex
) -> tuple[list[tuple[str, int]], bool, bool]:
    """(literal, line) of what the module's `calls` of `helper` (by its name) pass as `param` (a literal, or a name
    the module only ever binds to literals, `TreeIndex.bound_literals`), whether some call passes it otherwise, and
    whether the module calls it at all: `self._env("X")` calls a method without its first parameter."""
    positional = [a.arg for a in (*helper.args.posonlyargs, *helper.args.args)]
    found: list[tuple[str, int]] = []
    blind = False
    for node in calls:
        bound = isinstance(node.func, ast.Attribute) and positional[:1] in (["self"], ["cls"])
        slot = positional.index(param) - bound if param in positional else -1
        given = next((k.value for k in node.keywords if k.arg == param), None)
        if given is None and 0 <= slot < len(node.args):
            given = node.args[slot]
        if given is None:  # left to its default, or handed in by `*args` / `**kwargs`
            spread = any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
            blind = blind or spread
            continue
        if isinstance(given, ast.Constant) and isinstance(given.value, str):
            found.append((given.value, node.lineno))
        elif isinstance(given, ast.Name) and (texts := index.bound_literals(given.id)):
            found.extend((text, node.lineno) for text in texts)
        else:
            blind = True
    return found, blind, bool(calls)
