"""Uses of changed symbols in one Python module, by AST only: imports, attribute chains, re-bindings, calls."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left
from dataclasses import dataclass

from bot.changes import ChangeKind, ObjectKind
from bot.usage.calls import call_problems
from bot.usage.guards import (
    CAUGHT, Guards, feature_checks, mentions_version, name_of, selected_nodes, walk_statements,
)
from bot.usage.model import Confidence, Target, Targets, Usage, UseForm


@dataclass(frozen=True)
class _Binding:
    target: str
    guarded: bool


class ModuleScan:
    """The uses in one parsed module; build with the tree, read `.usages`."""

    def __init__(self, path: str, tree: ast.Module, targets: Targets, source: bytes) -> None:
        self.path = path
        self.targets = targets
        self.bindings: dict[str, list[_Binding]] = {}
        self.star_modules: list[tuple[str, bool]] = []
        self.usages: list[Usage] = []
        self._guards: Guards = ()
        self._bind(tree)
        bound_roots = {b.target.split(".", 1)[0] for bindings in self.bindings.values() for b in bindings}
        bound_roots |= {module.split(".", 1)[0] for module, _ in self.star_modules}
        self.imported = frozenset(bound_roots & targets.import_names)
        """Target packages this module imports: member-name matches are only looked for in those."""
        self._lines = _lines_naming(source, self._interesting_names())
        self.nodes = selected_nodes(tree, self._wanted)
        self._find()

    def _interesting_names(self) -> set[str]:
        """Identifiers a statement must spell to possibly use a target (bound names, members, env vars)."""
        names = set(self.targets.env) | set(self.targets.config)
        names.update(name for name, bindings in self.bindings.items()
                     if any(self._relevant(binding.target) for binding in bindings))
        for module, _ in self.star_modules:
            names.update(symbol.rsplit(".", 1)[1] for symbol in self.targets.symbols if symbol.rsplit(".", 1)[0] == module)
        names.update(member for member, targets in self.targets.members.items()
                     if any(t.change.symbol.split(".", 1)[0] in self.imported for t in targets))
        names.update(owner.rsplit(".", 1)[-1] for owner in self.targets.parameters
                     if owner.split(".", 1)[0] in self.imported)
        return names

    def _relevant(self, target: str) -> bool:
        return target in self.targets.prefixes or self._match(target) is not None

    def _wanted(self, stmt: ast.stmt) -> bool:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            return True
        decorators = getattr(stmt, "decorator_list", ())
        first = min([stmt.lineno, *(d.lineno for d in decorators)])
        index = bisect_left(self._lines, first)
        return index < len(self._lines) and self._lines[index] <= (stmt.end_lineno or stmt.lineno)

    def _bind(self, tree: ast.Module) -> None:
        for node, guards in walk_statements(tree):
            guarded = bool(guards)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    local = alias.asname or alias.name.split(".", 1)[0]
                    self._add(local, alias.name if alias.asname else local, guarded)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    if alias.name == "*":
                        self.star_modules.append((node.module, guarded))
                    else:
                        self._add(alias.asname or alias.name, f"{node.module}.{alias.name}", guarded)
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                resolved = self.resolve(node.value)
                if resolved is not None:
                    self._add(node.targets[0].id, resolved[0], guarded or resolved[1])

    def _add(self, name: str, target: str, guarded: bool) -> None:
        self.bindings.setdefault(name, []).append(_Binding(target, guarded))

    def resolve(self, node: ast.AST) -> tuple[str, bool] | None:
        """The dotted path an expression names through this module's imports, and whether that import is guarded."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name) or node.id not in self.bindings:
            return None
        bindings = self.bindings[node.id]
        chosen = next((b for b in bindings if b.target.split(".", 1)[0] in self.targets.import_names), bindings[0])
        # A name bound twice (an import with a fallback) is guarded by the alternative.
        guarded = chosen.guarded or len({b.target for b in bindings}) > 1
        return ".".join([chosen.target, *reversed(parts)]), guarded

    def _match(self, dotted: str) -> tuple[str, list[Target]] | None:
        parts = dotted.split(".")
        for end in range(len(parts), 1, -1):
            candidate = ".".join(parts[:end])
            if candidate in self.targets.symbols:
                return candidate, self.targets.symbols[candidate]
        return None

    def _find(self) -> None:
        consumed: set[int] = set()
        call_of: dict[int, ast.Call] = {}
        for node, guards in self.nodes:
            if isinstance(node, ast.Call):
                call_of[id(node.func)] = node
            if id(node) in consumed:
                continue
            self._guards = guards  # evaluated only when a use is found (see _use)
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self._imports(node)
            elif isinstance(node, (ast.Attribute, ast.Name)) and isinstance(node.ctx, ast.Load):
                self._reference(node, call_of.get(id(node)), consumed)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in self.targets.env:
                for target in self.targets.env[node.value]:
                    self._use(target, node, UseForm.ENV, False, Confidence.HIGH)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in self.targets.config:
                for target in self.targets.config[node.value]:  # app.config["KEY"], config.get("KEY"), update(...)
                    self._use(target, node, UseForm.CONFIG, False, Confidence.HIGH)
            elif isinstance(node, (ast.Name, ast.keyword)) and self._config_name(node) in self.targets.config:
                # a settings module for `app.config.from_object` (KEY = ...) or `config.update(KEY=...)`
                for target in self.targets.config[self._config_name(node) or ""]:
                    self._use(target, node, UseForm.CONFIG, False, Confidence.MEDIUM)

    @staticmethod
    def _config_name(node: ast.Name | ast.keyword) -> str | None:
        if isinstance(node, ast.keyword):
            return node.arg
        return node.id if isinstance(node.ctx, ast.Store) else None

    def _guarded(self, guards: Guards, node: ast.AST) -> bool:
        """A use is guarded by an enclosing try/except, a version check on the package, or a related hasattr."""
        for test in guards:
            if test is CAUGHT:
                return True
            if mentions_version(test) and self._mentions_package(test):
                return True
            if any(self._check_covers(check, node) for check in feature_checks(test)):
                return True
        return False

    def _mentions_package(self, test: ast.expr) -> bool:
        for sub in ast.walk(test):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                text = sub.value.lower().replace("-", "_")
                if any(name in text for name in self.targets.import_names):
                    return True
            elif isinstance(sub, (ast.Name, ast.Attribute)):
                resolved = self.resolve(sub)
                spelled = (resolved[0] if resolved else name_of(sub) or "").lower()
                if any(name in spelled for name in self.targets.import_names):
                    return True
        return False

    def _check_covers(self, check: ast.Call, node: ast.AST) -> bool:
        """`hasattr(obj, "x")` guards uses on the same object, of the package, or of the member `x` itself."""
        subject, attribute = check.args[0], check.args[1]
        if isinstance(attribute, ast.Constant) and attribute.value == name_of(node):
            return True
        resolved = self.resolve(subject)
        if resolved is not None and resolved[0].split(".", 1)[0] in self.targets.import_names:
            return True
        base = node.value if isinstance(node, ast.Attribute) else None
        return base is not None and ast.dump(base) == ast.dump(subject)

    def _imports(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.ImportFrom) and (node.level or not node.module):
            return
        for alias in node.names:
            dotted = alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
            if alias.name == "*":
                dotted = node.module or ""
            found = self._match(dotted)
            if found is not None:
                for target in found[1]:
                    # Importing a callable whose signature changed still works; only its calls can break.
                    if target.change.kind is not ChangeKind.SIGNATURE_CHANGED:
                        self._use(target, alias, UseForm.IMPORT, False, Confidence.HIGH)

    def _reference(self, node: ast.Attribute | ast.Name, call: ast.Call | None, consumed: set[int]) -> None:
        resolved = self.resolve(node)
        if resolved is not None:
            found = self._match(resolved[0])
            if found is not None:
                _consume(node, consumed)
                exact = found[0] == resolved[0]
                for target in found[1]:
                    self._resolved_use(target, node, call if exact else None, resolved[1], exact)
                return
            if resolved[0] in self.targets.parameters and call is not None:
                self._parameter_uses(resolved[0], node, call, resolved[1], Confidence.HIGH)
            if resolved[0].split(".", 1)[0] not in self.targets.import_names:
                return
        if isinstance(node, ast.Name):
            self._star_use(node)
        elif self.imported:
            # Unresolved (an instance) or another public path of the package (a class re-exported elsewhere).
            self._member_use(node, call)

    def _resolved_use(self, target: Target, node: ast.AST, call: ast.Call | None, guarded: bool, exact: bool) -> None:
        change = target.change
        if change.kind is ChangeKind.SIGNATURE_CHANGED:
            if call is not None and exact:
                offset = 1 if change.object is ObjectKind.METHOD and change.symbol.split(".")[-2][:1].isupper() else 0
                self._call_uses(target, node, call, guarded, Confidence.HIGH, offset)
            return
        form = UseForm.CALL if call is not None else UseForm.REFERENCE
        self._use(target, node, form, guarded, Confidence.HIGH)

    def _member_use(self, node: ast.Attribute, call: ast.Call | None) -> None:
        for target in self.targets.members.get(node.attr, ()):
            if target.change.symbol.split(".", 1)[0] not in self.imported:
                continue
            if target.change.kind is ChangeKind.SIGNATURE_CHANGED:
                if call is not None:
                    self._call_uses(target, node, call, False, Confidence.MEDIUM, 0)
            else:
                self._use(target, node, UseForm.MEMBER, False, Confidence.MEDIUM)
        owners = [
            owner for owner in self.targets.parameters
            if owner.rsplit(".", 1)[-1] == node.attr and owner.split(".", 1)[0] in self.imported
        ]
        if call is not None:
            for owner in owners:
                self._parameter_uses(owner, node, call, False, Confidence.MEDIUM)

    def _star_use(self, node: ast.Name) -> None:
        if node.id in self.bindings:
            return
        for module, star_guarded in self.star_modules:
            for target in self.targets.symbols.get(f"{module}.{node.id}", ()):
                self._use(target, node, UseForm.STAR_IMPORT, star_guarded, Confidence.MEDIUM)

    def _call_uses(self, target: Target, node: ast.AST, call: ast.Call, guarded: bool, confidence: Confidence, offset: int) -> None:
        delta = target.change.signature
        if delta is None:
            return
        for form, detail in call_problems(call, delta, offset):
            self._use(target, node, form, guarded, confidence, detail)

    def _parameter_uses(self, owner: str, node: ast.AST, call: ast.Call, guarded: bool, confidence: Confidence) -> None:
        passed = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
        for parameter, target in self.targets.parameters[owner]:
            if parameter in passed:
                detail = f"passes keyword {parameter!r}"
                self._use(target, node, UseForm.CALL_KEYWORD, guarded, confidence, detail)

    def _use(self, target: Target, node: ast.AST, form: UseForm, guarded: bool, confidence: Confidence, detail: str = "") -> None:
        """Record a use; `guarded` says the import it goes through is guarded, enclosing guards are added here."""
        guarded = guarded or self._guarded(self._guards, node)
        self.usages.append(Usage(
            symbol=target.change.symbol, file=self.path, line=getattr(node, "lineno", 0),
            column=getattr(node, "col_offset", 0), form=form, guarded=guarded, confidence=confidence,
            change=target.change.kind, package=target.package, release=target.release, detail=detail,
        ))


def _lines_naming(source: bytes, names: set[str]) -> list[int]:
    """Sorted numbers of the lines that spell any of `names` as a whole identifier."""
    if not names:
        return []
    alternatives = b"|".join(re.escape(name.encode()) for name in sorted(names))
    pattern = re.compile(rb"\b(?:" + alternatives + rb")\b")  # identifiers are ASCII word characters
    text = source.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    lines: list[int] = []
    line, position = 1, 0
    for match in pattern.finditer(text):
        line += text.count(b"\n", position, match.start())
        position = match.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def _consume(node: ast.AST, consumed: set[int]) -> None:
    while isinstance(node, ast.Attribute):
        node = node.value
        consumed.add(id(node))
