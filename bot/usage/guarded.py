"""Whether a use is guarded: the conditions around it (collected by `guards.py`) judged against one module's
imports and flags.

A use is guarded by an enclosing try/except, a version check on the package, a related `hasattr`, a flag that
records whether an import worked (`if not HAS_JSON_PROVIDER:`, `if request_ctx is None:`), a module-level
`pytestmark = pytest.mark.skipif(...)`, or a block that never runs (`if TYPE_CHECKING:`, a Python 2 branch).
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from packaging.version import Version

from bot.usage.flag_index import FlagIndex
from bot.usage.flags import import_flags, imports_recorded
from bot.usage.guards import (
    Caught,
    Guards,
    feature_checks,
    mentions_version,
    module_skip_conditions,
    name_of,
    never_runs,
)
from bot.usage.model import Targets
from bot.usage.release_tests import release_truth
from bot.usage.scopes import Scope

Resolver = Callable[[ast.AST, Scope], "tuple[str, bool] | None"]
ProjectImport = tuple[str | None, int, str]
"""(module, level, imported name) of a `from <level dots><module> import <name>`."""


class GuardJudge:
    """Decides for one module whether the conditions around a use guard it; `resolve` (the module's imports as
    seen from a scope) is passed per call, so the judge holds no reference back to the module scan."""

    def __init__(self, path: str, tree: ast.Module, targets: Targets, flag_index: FlagIndex | None) -> None:
        self.path = path
        self.targets = targets
        self.flag_index = flag_index
        self.flags = import_flags(tree, targets.import_names)
        self.recorded = imports_recorded(tree)
        self.project_imports = project_imports(tree, targets.import_names)
        self.module_guards = tuple(module_skip_conditions(tree))

    def guarded(
        self,
        guards: Guards,
        node: ast.AST,
        scope: Scope,
        resolve: Resolver,
        raises: str | None = None,
        deprecated: frozenset[str] = frozenset(),
    ) -> bool:
        """Whether any of `guards` (or the module's own skip conditions) guards the use at `node`; an enclosing
        try guards it only when it catches what the use `raises` (an import: guards.MISSING_MODULE or
        MISSING_NAME). A use of a `deprecated` name (its dotted paths) fails nothing: no try guards it, nor a flag
        recording that its own import worked (Flask-DebugToolbar 0.13.1's `try: from flask_sqlalchemy import
        get_debug_queries`, and `if get_debug_queries:` before the call, warn with flask-sqlalchemy 3.0)."""
        for test in (*self.module_guards, *guards):
            if isinstance(test, Caught):
                if not deprecated and test.catches(raises):
                    return True
                continue
            if never_runs(test):  # `if TYPE_CHECKING:`, a Python 2 branch: the release cannot break it at run time
                return True
            if mentions_version(test) and self._mentions_package(test, scope, resolve):
                return True
            if any(self._check_covers(check, node, scope, resolve) for check in feature_checks(test)):
                return True
            if any(isinstance(sub, ast.Name) and self._is_flag(sub.id, deprecated) for sub in ast.walk(test)):
                return True
        return False

    def never_runs_at(self, guards: Guards, scope: Scope, resolve: Resolver, package: str, release: str) -> bool:
        """Whether a condition the use runs under is false at `release` of the package imported as `package`
        (opentelemetry-instrumentation-flask 0.40b0's `else:` of `parse(flask.__version__) >= parse("2.2.0")`), or
        false everywhere (`if TYPE_CHECKING:`, a Python 2 branch): a deprecated name there never warns."""
        version = Version(release)

        def names_version(expr: ast.expr) -> bool:
            return mentions_version(expr) and _names_package(expr, package, scope, resolve)

        return any(
            not isinstance(test, Caught) and (never_runs(test) or release_truth(test, version, names_version) is False)
            for test in (*self.module_guards, *guards)
        )

    def _is_flag(self, name: str, deprecated: frozenset[str] = frozenset()) -> bool:
        """A flag of this module, or one imported from another module of the tree (`from ._compat import HAS_X`),
        that records a watched package (`HAVE_PYGMENTS` guards no use of flask), and not the import of a
        `deprecated` name."""
        if deprecated & self.recorded.get(name, frozenset()):
            return False
        watched = self.targets.import_names | self.targets.carriers
        if self.flags.get(name, frozenset()) & watched:
            return True
        imported = self.project_imports.get(name)
        if imported is None or self.flag_index is None:
            return False
        module, level, original = imported
        return bool(self.flag_index.flags(self.path, module, level).get(original, frozenset()) & watched)

    def _mentions_package(self, test: ast.expr, scope: Scope, resolve: Resolver) -> bool:
        for sub in ast.walk(test):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                text = sub.value.lower().replace("-", "_")
                if any(name in text for name in self.targets.import_names):
                    return True
            elif isinstance(sub, (ast.Name, ast.Attribute)):
                resolved = resolve(sub, scope)
                spelled = (resolved[0] if resolved else name_of(sub) or "").lower()
                if any(name in spelled for name in self.targets.import_names):
                    return True
        return False

    def _check_covers(self, check: ast.Call, node: ast.AST, scope: Scope, resolve: Resolver) -> bool:
        """`hasattr(obj, "x")` guards uses on the same object, of the package, or of the member `x` itself."""
        subject, attribute = check.args[0], check.args[1]
        if isinstance(attribute, ast.Constant) and attribute.value == name_of(node):
            return True
        resolved = resolve(subject, scope)
        if resolved is not None and resolved[0].split(".", 1)[0] in self.targets.import_names:
            return True
        base = node.value if isinstance(node, ast.Attribute) else None
        return base is not None and ast.dump(base) == ast.dump(subject)


def _names_package(expr: ast.expr, package: str, scope: Scope, resolve: Resolver) -> bool:
    """Whether `expr` reads the package itself (`flask.__version__`, `version("flask")`), not one named alike
    (`flask_sqlalchemy.__version__` is no test of Flask's version)."""
    for sub in ast.walk(expr):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            if sub.value.lower().replace("-", "_") == package:
                return True
        elif isinstance(sub, (ast.Name, ast.Attribute)):
            resolved = resolve(sub, scope)
            if resolved is not None and resolved[0].split(".", 1)[0] == package:
                return True
    return False


def project_imports(tree: ast.Module, packages: frozenset[str]) -> dict[str, ProjectImport]:
    """Names the module imports at its top level (in try/if blocks too) from modules other than the watched
    packages: local name -> (module, level, imported name)."""
    found: dict[str, ProjectImport] = {}
    pending = list(tree.body)
    while pending:
        stmt = pending.pop()
        if isinstance(stmt, ast.ImportFrom) and (stmt.level or (stmt.module or "").split(".", 1)[0] not in packages):
            found.update((a.asname or a.name, (stmt.module, stmt.level, a.name)) for a in stmt.names)
        elif isinstance(stmt, (ast.Try, ast.TryStar, ast.If)):
            pending.extend([*stmt.body, *stmt.orelse, *getattr(stmt, "finalbody", [])])
            pending.extend(s for handler in getattr(stmt, "handlers", []) for s in handler.body)
    return found
