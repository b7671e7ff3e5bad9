"""Which code is guarded: inside try/except ImportError/AttributeError, or behind a feature or version check.

The walk records the enclosing conditions; whether a condition guards a particular use is decided by the module
scan, which knows the imports (`hasattr(self, "_cookies")` guards `self.cookie_jar`, not `soft_unicode(s)`).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from bot.apidiff.python_versions import condition_truth

MISSING_MODULE = "ModuleNotFoundError"
"""What a use raises when a module it imports is gone (`import a.b`, `from a.b import c` without `a.b`)."""
MISSING_NAME = "ImportError"
"""What `from a import b` raises when `a` has no `b`, even a removed submodule: never ModuleNotFoundError."""
_ALL = frozenset({"ImportError", "ModuleNotFoundError", "AttributeError"})
_CATCHES = {
    "ImportError": frozenset({MISSING_MODULE, MISSING_NAME}),
    "ModuleNotFoundError": frozenset({MISSING_MODULE}),
    "AttributeError": frozenset({"AttributeError"}),
    "Exception": _ALL,
    "BaseException": _ALL,
}


class Caught(ast.expr):
    """Stands for an enclosing try/except (or contextlib.suppress) catching some of ImportError,
    ModuleNotFoundError and AttributeError: `failures` are the ones it catches."""

    _fields = ()

    def __init__(self, failures: frozenset[str]) -> None:
        super().__init__()
        self.failures = failures

    def catches(self, raised: str | None) -> bool:
        """Whether it catches what the use raises (`None`: a use other than an import, caught by any of them)."""
        return raised is None or raised in self.failures


Guards = tuple[ast.expr, ...]
_FEATURE_CALLS = frozenset({"hasattr", "getattr"})
_SKIP_DECORATORS = frozenset({"skipif", "skipIf", "skipUnless"})


_BLOCKS = ("body", "orelse", "finalbody", "handlers", "cases")
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
Scoped = tuple[ast.stmt, Guards, ast.AST]
"""A statement, its guards, and its scope owner: the innermost enclosing def or class (or the module)."""


def walk_with_guards(tree: ast.AST, guards: Guards = ()) -> Iterator[tuple[ast.AST, Guards]]:
    """Every node of a simple statement or expression in pre-order with its guards (iterative: no recursion limit)."""
    stack: list[tuple[ast.AST, Guards]] = [(tree, guards)]
    while stack:
        node, guards = stack.pop()
        yield node, guards
        if isinstance(node, (ast.IfExp, ast.BoolOp)):
            children = _guarding_children(node, guards)
        else:
            children = [(child, guards) for child in _child_nodes(node)]
        children.reverse()
        stack.extend(children)


def _child_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """`ast.iter_child_nodes` without its per-field generator overhead (this walk runs on every selected node)."""
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, ast.AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, ast.AST))


def _guarding_children(node: ast.IfExp | ast.BoolOp, guards: Guards) -> list[tuple[ast.AST, Guards]]:
    """Children of a conditional expression or `and`: later operands are guarded by the earlier tests."""
    if isinstance(node, ast.IfExp):
        return [(node.test, guards), (node.body, (*guards, node.test)), (node.orelse, (*guards, negated(node.test)))]
    if not isinstance(node.op, ast.And):
        return [(value, guards) for value in node.values]
    children: list[tuple[ast.AST, Guards]] = []
    for value in node.values:
        children.append((value, guards))
        guards = (*guards, value)
    return children


def _blocks(stmt: ast.stmt, guards: Guards) -> list[tuple[ast.stmt, Guards]]:
    """The statements nested in a compound statement, each with the guards its block adds."""
    return [(child, inner) for block, inner in block_lists(stmt, guards) for child in block]


def block_lists(stmt: ast.stmt, guards: Guards) -> list[tuple[list[ast.stmt], Guards]]:
    """The blocks nested in a compound statement (none for a simple one), each with the guards it adds."""
    if isinstance(stmt, _SCOPES):
        return [(stmt.body, (*guards, *skip_conditions(stmt)) if stmt.decorator_list else guards)]
    if isinstance(stmt, (ast.If, ast.While)):
        return [(stmt.body, (*guards, stmt.test)), (stmt.orelse, (*guards, negated(stmt.test)))]
    if isinstance(stmt, (ast.For, ast.AsyncFor)):
        return [(stmt.body, guards), (stmt.orelse, guards)]
    if isinstance(stmt, (ast.With, ast.AsyncWith)):
        caught = frozenset().union(*(_suppressed(item.context_expr) for item in stmt.items))
        return [(stmt.body, (*guards, Caught(caught)) if caught else guards)]
    if isinstance(stmt, (ast.Try, ast.TryStar)):
        caught = frozenset().union(*(_caught(handler.type) for handler in stmt.handlers))
        return [
            (stmt.body, (*guards, Caught(caught)) if caught else guards),
            *((handler.body, guards) for handler in stmt.handlers),
            (stmt.orelse, guards),
            (stmt.finalbody, guards),
        ]
    if isinstance(stmt, ast.Match):
        return [(case.body, guards) for case in stmt.cases]
    return []


def skip_conditions(definition: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> list[ast.expr]:
    """Conditions the body of a test under `@pytest.mark.skipif(cond)` / `@unittest.skipIf(cond)` runs under: not
    cond (a guard is a condition its code runs under, as an `if`'s test is)."""
    return [negated(condition) for decorator in definition.decorator_list if (condition := _skip_condition(decorator))]


def module_skip_conditions(module: ast.Module) -> list[ast.expr]:
    """Conditions every test runs under by a module-level `pytestmark = pytest.mark.skipif(cond)` (or a list of
    marks): not cond."""
    conditions: list[ast.expr] = []
    for stmt in module.body:
        if isinstance(stmt, ast.Assign) and any(name_of(target) == "pytestmark" for target in stmt.targets):
            marks = stmt.value.elts if isinstance(stmt.value, (ast.List, ast.Tuple)) else [stmt.value]
            conditions.extend(negated(condition) for mark in marks if (condition := _skip_condition(mark)))
    return conditions


def _skip_condition(mark: ast.expr) -> ast.expr | None:
    if isinstance(mark, ast.Call) and name_of(mark.func) in _SKIP_DECORATORS and mark.args:
        return mark.args[0]
    return None


def selected_nodes(module: ast.Module, wanted: Callable[[ast.stmt], bool]) -> list[tuple[ast.AST, Guards, ast.AST]]:
    """Every node of the statements `wanted` accepts, in pre-order with guards and scope owner; others skipped whole.

    A compound statement that is wanted contributes its header (test, decorators, handlers' types...) in the
    enclosing scope, and then only those nested statements that are wanted themselves.
    """
    found: list[tuple[ast.AST, Guards, ast.AST]] = []
    stack: list[Scoped] = [(stmt, (), module) for stmt in reversed(module.body)]
    while stack:
        stmt, guards, owner = stack.pop()
        if not wanted(stmt):
            continue
        nested = _blocks(stmt, guards)
        if not nested:
            found.extend((node, node_guards, owner) for node, node_guards in walk_with_guards(stmt, guards))
            continue
        found.append((stmt, guards, owner))
        headers: list[ast.AST] = []
        for field, value in ast.iter_fields(stmt):
            if field not in _BLOCKS:
                headers.extend(
                    child for child in (value if isinstance(value, list) else [value]) if isinstance(child, ast.AST)
                )
        for part in [*getattr(stmt, "handlers", ()), *getattr(stmt, "cases", ())]:
            headers.extend(
                h
                for h in (getattr(part, "type", None), getattr(part, "pattern", None), getattr(part, "guard", None))
                if h is not None
            )
        for header in headers:
            found.extend((node, node_guards, owner) for node, node_guards in walk_with_guards(header, guards))
        inner = stmt if isinstance(stmt, _SCOPES) else owner
        stack.extend(reversed([(child, child_guards, inner) for child, child_guards in nested]))
    return found


def name_of(node: ast.AST) -> str | None:
    """The identifier a Name or Attribute ends in."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _caught(handler_type: ast.expr | None) -> frozenset[str]:
    """The failures an `except` clause catches, of those a use of a changed name raises."""
    if handler_type is None:
        return _ALL
    types = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return frozenset().union(*(_CATCHES.get(name_of(item) or "", frozenset()) for item in types))


def _suppressed(expr: ast.expr) -> frozenset[str]:
    if not (isinstance(expr, ast.Call) and name_of(expr.func) == "suppress"):
        return frozenset()
    return frozenset().union(*(_caught(arg) for arg in expr.args))


def feature_checks(test: ast.expr) -> list[ast.Call]:
    """The `hasattr(obj, "name")`/`getattr(obj, "name", default)` calls in a condition."""
    return [
        node
        for node in ast.walk(test)
        if isinstance(node, ast.Call) and name_of(node.func) in _FEATURE_CALLS and len(node.args) >= 2
    ]


def mentions_version(test: ast.expr) -> bool:
    """Whether a condition compares something named like a version (`__version__`, `VERSION`, `version(...)`)."""
    return any("version" in (name_of(node) or "").lower() for node in ast.walk(test))


def negated(test: ast.expr) -> ast.expr:
    """The condition an `else` runs under (the judge reads the same names in it as in `test`)."""
    return ast.UnaryOp(op=ast.Not(), operand=test)


def never_runs(test: ast.expr) -> bool:
    """A block under `test` never runs: `if TYPE_CHECKING:` (only type checkers read it), `if False:`, or a test of
    the Python version false on every Python 3 a repository runs on today (`sys.version_info < (3,)`,
    `sys.version_info[0] == 2`, `PY2`, six's `PY2`, the `else` of a Python 3 test); the surface reads such tests
    the same way (`python_versions`)."""
    return condition_truth(test) is False
