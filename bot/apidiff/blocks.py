"""Module and class bodies as flat statement lists: `if`/`try`/`with` opened, `if TYPE_CHECKING`, Python 2 and
documentation-build branches skipped, and the stand-ins a failed import from another distribution would define left
out."""

from __future__ import annotations

import ast
import builtins

from bot.apidiff.python_versions import python_truth
from bot.apidiff.source import dotted_name, walk


def is_type_checking(test: ast.expr) -> bool:
    name = dotted_name(test)
    return name is not None and name.rsplit(".", 1)[-1] == "TYPE_CHECKING"


def is_not_type_checking(test: ast.expr) -> bool:
    """`not TYPE_CHECKING`, however spelled (`not _t.TYPE_CHECKING` after `import typing as _t`): true at run time,
    so its `else` binds only for type checkers."""
    return isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and is_type_checking(test.operand)


_DOCS_BUILDS = frozenset({"sphinx", "readthedocs"})
"""Words of a flag or environment variable set only while the documentation is built."""
_ENV_READERS = frozenset({"getenv", "get"})


def building_docs(test: ast.expr) -> bool:
    """A test true only while the documentation is built: a flag (polars 0.20's `elif BUILDING_SPHINX_DOCS:`
    `property = sphinx_accessor`) or the environment variable it is read from (`os.getenv("BUILDING_SPHINX_DOCS")`,
    `os.environ.get("READTHEDOCS")`). What it binds is no API at run time, so neither its loss nor its coming is."""
    text = dotted_name(test)
    if isinstance(test, ast.Call) and test.args and isinstance(test.args[0], ast.Constant):
        reader = dotted_name(test.func)
        if reader is not None and reader.rsplit(".", 1)[-1] in _ENV_READERS and isinstance(test.args[0].value, str):
            text = test.args[0].value
    text = text.rsplit(".", 1)[-1] if text is not None else ""
    if not text.isupper():
        return False  # a constant or an environment variable, not a module (`if sphinx:` after an optional import)
    words = set(text.lower().split("_"))
    return bool(words & _DOCS_BUILDS) or bool(words & {"doc", "docs"} and words & {"build", "building"})


def assigned_names(stmt: ast.Assign | ast.AnnAssign) -> list[str]:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    names: list[str] = []
    for target in targets:
        elements = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
        names.extend(element.id for element in elements if isinstance(element, ast.Name))
    return names


def _import_fallback(stmt: ast.Try, top: str) -> list[ast.stmt]:
    """The handlers' statements, minus the stand-ins they define for names the `try` imports from another
    distribution (`try: from contextvars import ContextVar / except ImportError: class ContextVar: ...`) and all
    a handler binds before raising again (the module's import fails there)."""
    external = {
        alias.asname or alias.name.split(".")[0]
        for sub in stmt.body
        if isinstance(sub, (ast.Import, ast.ImportFrom))
        and not (isinstance(sub, ast.ImportFrom) and (sub.level or (sub.module or "").split(".")[0] == top))
        and not (isinstance(sub, ast.Import) and sub.names[0].name.split(".")[0] == top)
        for alias in sub.names
    }
    # what the `try` defines once its imports succeed is what users with the dependency get: a handler's own version
    # (flask-security-too 5.4's `class FsDomain:` beside `class FsDomain(Domain)`) is a stand-in too
    stand_ins = external | {name for sub in stmt.body for name in _bound_names(sub)} if external else set()
    kept: list[ast.stmt] = []
    for handler in stmt.handlers:
        if only_raises(handler.body):
            continue  # fabric 2.7's `except ImportError: warning = "..."; raise`: the import fails, nothing is bound
        statements = flatten(handler.body, top)
        building = _builders(statements, stand_ins) if stand_ins else set()
        kept.extend(sub for sub in statements if not _bound_names(sub) & building)
    return kept


def _catches_syntax_error(caught: ast.expr | None) -> bool:
    """An `except` clause naming SyntaxError (alone or in a tuple)."""
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught] if caught is not None else []
    return any(isinstance(name, ast.Name) and name.id == "SyntaxError" for name in names)


def _builders(statements: list[ast.stmt], stand_ins: set[str]) -> set[str]:
    """The stand-ins and what the handler binds only to build them: flask-dance 5.1's `class UTC(tzinfo)` for
    `utc = UTC()` beside `from datetime import timezone; utc = timezone.utc` is no module attribute where the `try`
    succeeds, as the stand-in is not (read last to first: a helper is bound before what it builds)."""
    building = set(stand_ins)
    for sub in reversed(statements):
        if _bound_names(sub) & building:
            building.update(node.id for node in ast.walk(sub) if isinstance(node, ast.Name))
    return building


def _python_2_or_3(test: ast.expr) -> bool:
    """A test telling Python 2 from 3 (`PY2`, `sys.version_info[0] == 2`, `< (3,)`), not one of Python 3 releases
    (`>= (3, 8)`), whose arms may bind a constant each release of Python 3 needs."""
    if isinstance(test, ast.UnaryOp):
        return _python_2_or_3(test.operand)
    if not isinstance(test, ast.Compare):
        return True  # a flag `python_truth` knows by name
    right = test.comparators[0]
    if isinstance(right, ast.Constant) and type(right.value) is int and right.value > 0xFF:
        return right.value < 0x03010000  # `sys.hexversion < 0x03000000`, not `>= 0x030A0000`
    minor = right.elts[1] if isinstance(right, ast.Tuple) and len(right.elts) > 1 else None
    return minor is None or isinstance(minor, ast.Constant) and minor.value == 0


def _values_bound(body: list[ast.stmt]) -> set[str]:
    """The names a block assigns a value: not `None` (engineio 3's `else: AsyncServer = None` beside the Python 3
    arm's import says the name is missing there), not what it imports, defines or declares."""
    return {
        name
        for stmt in body
        if isinstance(stmt, (ast.Assign, ast.AnnAssign))
        and not (isinstance(stmt.value, ast.Constant) and stmt.value.value is None)
        for name in assigned_names(stmt)
    }


def _bound_names(stmt: ast.stmt) -> set[str]:
    """The names a statement binds at its own level (a def, a class, an assignment, an import)."""
    names = {getattr(stmt, "name", None)} - {None}
    if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        names |= set(assigned_names(stmt))
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):  # `import SocketServer as socketserver`
        names |= {alias.asname or alias.name.split(".")[0] for alias in stmt.names}
    return {name for name in names if isinstance(name, str)}


def _cannot_raise(body: list[ast.stmt]) -> bool:
    """A `try` body that only names builtins of Python 3 (`try: callable / except NameError: def callable(...)`, a
    Python 2 shim): it never raises here, so its handlers never run and what they define is no module attribute."""
    return all(
        isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Name) and hasattr(builtins, stmt.value.id)
        for stmt in body
    )


PYTHON_2_BUILTINS = frozenset(
    {"unicode", "basestring", "long", "unichr", "xrange", "raw_input", "file", "buffer", "cmp", "execfile"}
    | {"intern", "apply", "coerce", "StandardError"}
)
"""Builtins of Python 2 that Python 3 dropped: reading one raises NameError."""
_SIMPLE = (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Expr)


def _runs_on_python_3(stmt: ast.Try, bound: ModuleBindings | None) -> list[ast.stmt]:
    """The part of a `try` body that runs on Python 3 when a handler catches NameError: the statements before the
    first that reads a Python 2 builtin (chameleon 4.4's `try: str = unicode / except NameError: pass` leaves the
    builtin `str`, so `class Token(str)` lost no base `unicode` in 4.5, nor `str.lstrip(self, *args)` its callee), or
    a name the module binds nowhere (`bound`, see `module_bindings`: caldav 3.0's `try: TimeStamp = Optional[date |
    datetime] / except: pass`, no `date` imported, never bound `TimeStamp`)."""
    if not any(_catches_name_error(handler.type) for handler in stmt.handlers):
        return stmt.body
    for index, sub in enumerate(stmt.body):
        if isinstance(sub, _SIMPLE) and _reads_unbound(sub, bound):
            return stmt.body[:index]
    return stmt.body


def _catches_name_error(caught: ast.expr | None) -> bool:
    """An `except` clause catching NameError by name (alone or in a tuple), or everything."""
    if caught is None:
        return True
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
    return any(isinstance(name, ast.Name) and name.id in _NAME_ERROR_CATCHERS for name in names)


_NAME_ERROR_CATCHERS = frozenset({"NameError", "Exception", "BaseException"})


def _reads_unbound(stmt: ast.stmt, bound: ModuleBindings | None) -> bool:
    """A simple statement that reads, as it runs, a Python 2 builtin or a name neither `bound` (when known) nor a
    builtin (not inside a lambda, which reads it when called; nor an annotation, which may never be evaluated)."""
    todo: list[ast.AST] = [stmt.value] if isinstance(stmt, ast.AnnAssign) and stmt.value is not None else [stmt]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id in PYTHON_2_BUILTINS:
                return True
            if bound is not None and not hasattr(builtins, node.id):
                names = bound.names()
                if names is not None and node.id not in names:
                    return True
        if not isinstance(node, (ast.Lambda, ast.AnnAssign)):
            todo.extend(ast.iter_child_nodes(node))
    return False


_MODULE_DUNDERS = frozenset(
    {"__name__", "__file__", "__doc__", "__spec__", "__loader__", "__package__", "__path__", "__builtins__"}
    | {"__annotations__", "__cached__", "__dict__"}
)


def module_bindings(tree: ast.Module) -> frozenset[str] | None:
    """Every name the module may bind, anywhere in it (in a function too: more names only make `_runs_on_python_3`
    cut less); None when it may bind names no statement spells (`from x import *`, `globals()`, `vars()`)."""
    found = set(_MODULE_DUNDERS)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            found.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.alias):
            if node.name == "*":
                return None
            found.add(node.asname or node.name.split(".")[0])
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            found.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            found.add(node.rest)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            found.update(node.names)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _NAMESPACES:
            return None
    return frozenset(found)


_NAMESPACES = frozenset({"globals", "vars", "locals", "exec"})
"""Calls that may bind module names no statement spells."""


class ModuleBindings:
    """A module's `module_bindings`, walked for only when a `try` catching NameError reads a name that is no builtin:
    walking every module with an `except` cost a sixth of the extraction."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.walked = False
        self.found: frozenset[str] | None = None

    def names(self) -> frozenset[str] | None:
        if not self.walked:
            self.found = module_bindings(self.tree)
            self.walked = True
        return self.found


def _runs_as_script(test: ast.expr) -> bool:
    """`__name__ == "__main__"` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = {test.left.__class__, test.comparators[0].__class__}
    names = [side for side in (test.left, test.comparators[0]) if isinstance(side, ast.Name)]
    texts = [side for side in (test.left, test.comparators[0]) if isinstance(side, ast.Constant)]
    return sides == {ast.Name, ast.Constant} and names[0].id == "__name__" and texts[0].value == "__main__"


def _bindings(stmts: list[ast.stmt]) -> dict[str, list[str]]:
    """name -> the text of every statement of a flat body that binds it (def, class, assignment, import)."""
    found: dict[str, list[str]] = {}
    for stmt in stmts:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [stmt.name]
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            names = assigned_names(stmt)
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names = [alias.asname or alias.name.split(".")[0] for alias in stmt.names]
        else:
            continue
        for name in names:
            found.setdefault(name, []).append(ast.dump(stmt))
    return found


def star_key(line: int) -> str:
    """The key `flatten` files a star import made in one arm of an undecided `if` under in `alternatives` (never an
    identifier, so never a name's)."""
    return f"*{line}"


def _one_arm_stars(then: list[ast.stmt], otherwise: list[ast.stmt]) -> list[str]:
    """`star_key`s of the star imports one arm of an undecided `if` makes and the other does not (numba 0.61's
    `if config.USE_LEGACY_TYPE_SYSTEM: ... else: from .new_scalars import *`): the names they bring are rebound on
    some installs only, over whatever the module bound them to before."""
    first = [stmt for stmt in then if isinstance(stmt, ast.ImportFrom) and stmt.names[0].name == "*"]
    second = [stmt for stmt in otherwise if isinstance(stmt, ast.ImportFrom) and stmt.names[0].name == "*"]
    if not first and not second:
        return []
    shared = {(s.module, s.level) for s in first} & {(s.module, s.level) for s in second}
    return [star_key(s.lineno) for s in first + second if (s.module, s.level) not in shared]


def _without_deletes(stmts: list[ast.stmt]) -> list[ast.stmt]:
    """An arm of an undecided `if` without its `del` statements: whether they run depends on where the code runs, so
    the names they unbind may still be there (`if sys.platform != "win32": del WindowsHelper`)."""
    return [stmt for stmt in stmts if not isinstance(stmt, ast.Delete)]


def _imports_all(stmts: list[ast.stmt]) -> bool:
    """Some statement of a flat body is a star import."""
    return any(isinstance(stmt, ast.ImportFrom) and stmt.names[0].name == "*" for stmt in stmts)


def flatten(
    body: list[ast.stmt],
    top: str = "",
    alternatives: set[str] | None = None,
    shims: set[str] | None = None,
    bound: ModuleBindings | None = None,
) -> list[ast.stmt]:
    """Statements of a body with `if` (not `if TYPE_CHECKING`, not Python 2 branches, not the `if __name__ ==
    "__main__":` script part, which never runs on import), `try` and `with` blocks opened, in order; stand-ins defined
    when an import from another distribution fails are left out. Names the two branches of an `if` whose test is
    not decided here bind differently (`if py37: OrderedDict = dict` / `else: class OrderedDict(dict)`) are added to
    `alternatives`: which binding users get depends on where the code runs; so are the `star_key`s of star imports
    one arm makes only; the `del`s of such an arm are left out. Names both arms of a Python 2/3 test
    assign a value (`if PY2: iteritems = ... else: iteritems = ...`) are added to `shims`: compatibility plumbing.
    `bound`: the names a module body binds (see `ModuleBindings`), None when not a module's body."""
    flat: list[ast.stmt] = []
    for stmt in body:
        if isinstance(stmt, ast.If):
            # `python_truth` is None for a test true on some supported Python 3 only (`sys.version_info < (3, 10)`):
            # both arms bind names some users get
            python = python_truth(stmt.test)
            if python is not None and shims is not None and _python_2_or_3(stmt.test):
                shims.update(_values_bound(stmt.body) & _values_bound(stmt.orelse))
            taken = (
                not is_type_checking(stmt.test)
                and python is not False
                and not _runs_as_script(stmt.test)
                and not building_docs(stmt.test)
            )
            then = flatten(stmt.body, top, alternatives, shims, bound) if taken else []
            checked = python is True or is_not_type_checking(stmt.test)
            otherwise = flatten(stmt.orelse, top, alternatives, shims, bound) if not checked else []
            if alternatives is not None and then and otherwise:
                first, second = _bindings(then), _bindings(otherwise)
                alternatives.update(name for name in first.keys() & second.keys() if first[name] != second[name])
                # an arm's `from x import *` may bind what the other arm binds (scapy 2.6's `if LINUX: from
                # .linux import *` ... `else: def read_routes()`, a stand-in for unsupported platforms)
                alternatives.update(second.keys() if _imports_all(then) else ())
                alternatives.update(first.keys() if _imports_all(otherwise) else ())
            if alternatives is not None and taken and python is None:
                alternatives.update(_one_arm_stars(then, otherwise))
            if python is None:
                then, otherwise = _without_deletes(then), _without_deletes(otherwise)
            flat.extend(then)
            flat.extend(otherwise)
        elif isinstance(stmt, ast.Try):
            tried = flatten(_runs_on_python_3(stmt, bound), top, alternatives, shims, bound)
            fallback = [] if _cannot_raise(stmt.body) else _import_fallback(stmt, top)
            # a handler of SyntaxError serves Pythons that cannot parse what the `try` imports: on Python 3 the
            # `try`'s bindings are the ones users get, so they come last (AutoRest's `try: from ._models_py3 import
            # X` / `except (SyntaxError, ImportError): from ._models import X`, Python 2's `X(**kwargs)`)
            syntax = any(_catches_syntax_error(handler.type) for handler in stmt.handlers)
            flat.extend(fallback + tried if syntax else tried + fallback)
            flat.extend(flatten(stmt.orelse, top, alternatives, shims, bound))
            flat.extend(flatten(stmt.finalbody, top, alternatives, shims, bound))
        elif isinstance(stmt, ast.With):
            flat.extend(flatten(stmt.body, top, alternatives, shims, bound))
        else:
            flat.append(stmt)
    return flat


def one_arm_names(body: list[ast.stmt]) -> set[str]:
    """Names only one arm of a module-level `if` binds whose test asks whether an imported module has an attribute:
    whether the module has them depends on the version installed (GAPIC's `if hasattr(api_core,
    "check_python_version"): ...` / `else: def parse_version_to_tuple(...)`, a helper for an older google-api-core).
    `hasattr(__builtins__, "cmp")` is decided by Python 3, where semver 2's `cmp` shim is always bound."""
    modules = _imported_modules(body)
    found: set[str] = set()
    for stmt in body:
        if isinstance(stmt, ast.If) and modules and _asks_attribute_of(stmt.test, modules):
            found.update(_bindings(flatten(stmt.body)).keys() ^ _bindings(flatten(stmt.orelse)).keys())
    return found


def _imported_modules(body: list[ast.stmt]) -> set[str]:
    """Names a module body binds with `import x` / `import x.y as z`."""
    return {
        alias.asname or alias.name.split(".")[0]
        for stmt in body
        if isinstance(stmt, ast.Import)
        for alias in stmt.names
    }


def _asks_attribute_of(test: ast.expr, modules: set[str]) -> bool:
    """The test calls `hasattr(m, ...)` on one of `modules`."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "hasattr"
        and bool(node.args)
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id in modules
        for node in ast.walk(test)
    )


def only_raises(body: list[ast.stmt]) -> bool:
    """A block that ends in `raise` and returns nothing on the way: no call that takes it comes back with a value."""
    return (
        bool(body)
        and isinstance(body[-1], ast.Raise)
        and not any(isinstance(node, ast.Return) for stmt in body for node in walk(stmt))
    )
