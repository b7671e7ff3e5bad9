"""The cheap pre-selection of a module's statements: only those spanning a line that spells a name through which a
target can be used are walked node by node (imports always are); the rest of the module is skipped whole."""

from __future__ import annotations

import ast
from bisect import bisect_left
from collections.abc import Callable, Iterable

from bot.usage.lines import WORD, lines_naming
from bot.usage.model import Targets
from bot.usage.scopes import Scope
from bot.usage.textfiles import PREFIX


def interesting_names(
    targets: Targets,
    scopes: Iterable[Scope],
    star_modules: Iterable[tuple[str, bool]],
    imported: frozenset[str],
    reachable: frozenset[str],
    is_changed: Callable[[str], bool],
) -> set[str]:
    """Identifiers a statement must spell to possibly use a target.

    A use through the imports names its changed symbol in full (`models.Field.get_meta`, `File`), so it spells the
    symbol's last name, unless a name is bound to the symbol (or something inside it, `is_changed`) itself: a name
    bound to a mere prefix (`models` for `django.db.models`) selects nothing on its own. Members (of `reachable`
    packages), parameter owners, star-imported names, env vars and config keys are spelled as they are.
    """
    names = set(targets.env) | set(targets.config) | {f"{PREFIX}{key}" for key in targets.config}
    for scope in scopes:
        names.update(name for name, bindings in scope.bindings.items() if any(is_changed(b.target) for b in bindings))
    for root in imported:
        names.update(targets.last_names.get(root, ()))
    for module, _ in star_modules:
        names.update(symbol.rsplit(".", 1)[1] for symbol in targets.symbols if symbol.rsplit(".", 1)[0] == module)
    names.update(
        member
        for member, found in targets.members.items()
        if any(t.change.symbol.split(".", 1)[0] in reachable for t in found)
    )
    names.update(owner.rsplit(".", 1)[-1] for owner in targets.parameters if owner.split(".", 1)[0] in imported)
    return names


class Selection:
    """The statements of one module worth walking: those whose lines (decorators included) spell a name."""

    def __init__(self, source: bytes, names: set[str]) -> None:
        words = set(WORD.findall(source))  # one pass; then only the names the module spells are looked for
        self.lines = lines_naming(source, {name for name in names if name.encode() in words})

    def wanted(self, stmt: ast.stmt) -> bool:
        """Whether `stmt` is an import or spans a line that spells one of the names."""
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            return True
        decorators = getattr(stmt, "decorator_list", ())
        first = min([stmt.lineno, *(d.lineno for d in decorators)])
        index = bisect_left(self.lines, first)
        return index < len(self.lines) and self.lines[index] <= (stmt.end_lineno or stmt.lineno)
