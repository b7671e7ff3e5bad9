"""Uses of changed symbols in one Python module, by AST only: imports, attribute chains, re-bindings, calls."""

from __future__ import annotations

import ast
import re

from bot.changes import Change, ChangeKind, ObjectKind
from bot.usage.callbacks import flask_extension_module
from bot.usage.calls import DOUBTS, call_problems
from bot.usage.config_slots import ConfigSlots
from bot.usage.envreads import environment_read, environment_write
from bot.usage.flag_index import FlagIndex
from bot.usage.flags import fallback_imports, replacement_imports, replacing_handlers
from bot.usage.guarded import GuardJudge
from bot.usage.guards import MISSING_MODULE, MISSING_NAME, Guards, selected_nodes
from bot.usage.known_types import CARRIERS, KNOWN_BASES, ClassKey
from bot.usage.model import Confidence, Target, Targets, Usage, UseForm, is_private, section_of
from bot.usage.narrowing import Narrowing, isinstance_blocks
from bot.usage.scopes import Binding, Scope
from bot.usage.scopes_build import build_scopes
from bot.usage.selection import Selection, interesting_names
from bot.usage.shapes import HELD_TYPE_CHANGED, SEEN, SHAPE_KINDS, Contexts, Touch, shape_problem
from bot.usage.textfiles import PREFIX
from bot.usage.types import Inference, TypeInfo, class_key, member_evidence


def _assigned_name(statement: ast.stmt) -> str | None:
    """The one plain name a class-body statement assigns (`filter_fields = ...`, `filter_fields: list = ...`)."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign) and statement.value is not None and isinstance(statement.target, ast.Name):
        return statement.target.id
    return None


def _class_settings(body: ast.ClassDef) -> dict[str, ast.stmt]:
    """Names a class body sets (`ordered = True`, `ordered: bool = True`) -> the first statement setting each."""
    found: dict[str, ast.stmt] = {}
    for statement in body.body:
        names: list[ast.expr] = []
        if isinstance(statement, ast.Assign):
            names = statement.targets
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            names = [statement.target]
        for name in names:
            if isinstance(name, ast.Name):
                found.setdefault(name.id, statement)
    return found


_CONFIG_SLOTS = (ast.Assign, ast.AnnAssign, ast.Dict, ast.Call, ast.Subscript, ast.Compare)
_ONLY_READ = "only read here: the variable is set elsewhere, and this read keeps working"


class ModuleScan:
    """The uses in one parsed module; build with the tree, read `.usages`."""

    def __init__(
        self, path: str, tree: ast.Module, targets: Targets, source: bytes, flag_index: FlagIndex | None = None
    ) -> None:
        self.path = path
        self.section = section_of(path, source)
        self.targets = targets
        self.usages: list[Usage] = []
        self._guards: Guards = ()
        self.contexts = Contexts()
        self._fallbacks: set[int] = set()
        self._replacements: dict[int, dict[str, list[str]]] = {}
        self._replaced_names: set[tuple[str, str]] = set()
        self._handler_nodes: dict[int, str] = {}
        """Nodes of ImportError handlers that replace a public name the try body imports: node -> its path."""
        """(local name, changed symbol) of handler imports `_replaced` judged never run: reads of the name too."""
        self.config_slots = ConfigSlots(tree)
        self._narrowing_tree: ast.Module | None = tree if b"isinstance(" in source else None
        self._narrowing_source = source
        self._narrowings: dict[int, list[Narrowing]] = {}
        built = build_scopes(tree, self._alias)
        self.module, self.scopes, self.star_modules = built.module, built.scopes, built.star_modules
        self.guard_judge = GuardJudge(path, tree, targets, flag_index)
        self.tree_classes = flag_index.classes if flag_index is not None else None
        self.tree_config = flag_index.config if flag_index is not None else None
        self.tree_patches = flag_index.patches if flag_index is not None else None
        bound_roots = {b.target.split(".", 1)[0] for b in self._all_bindings()}
        # a module of Flask extensions importing no flask: its `init_app`'s app is a Flask app all the same
        extension = "flask" in targets.import_names and flask_extension_module(tree, source, frozenset(bound_roots))
        app_roots = frozenset(bound_roots | {"flask"}) if extension else frozenset(bound_roots)
        self.inference = Inference(path, self.resolve, built.classes, built.scopes, app_roots)
        bound_roots |= {module.split(".", 1)[0] for module, _ in self.star_modules}
        self.imported = frozenset(bound_roots & targets.import_names)
        """Target packages this module imports: member-name matches are only looked for in those."""
        reached = {"flask"} if extension else set()  # through the extension's app, not imported
        self.reachable = (
            self.imported
            | {root for root in targets.import_names if CARRIERS.get(root, frozenset()) & (bound_roots | reached)}
            | reached
        )
        """Those and the packages whose objects they hand out (werkzeug through flask): typed members only."""
        names = interesting_names(
            targets,
            self.scopes.values(),
            self.star_modules,
            self.imported,
            self.reachable,
            lambda dotted: self._match(dotted) is not None,
        )
        self.nodes = selected_nodes(tree, Selection(source, names).wanted)
        self._find()
        self._overrides(built.class_members)
        self._class_options(list(built.classes))
        if self.targets.user_attributes:
            self._user_attributes(list(built.classes))

    def release(self) -> None:
        """Break the module's reference cycles (each scope's values point back at their scope; the scan, its
        inference and the inference's registrations call each other), so that once the uses are taken the whole
        tree is freed by reference counting instead of being traced by the cyclic collector."""
        for scope in self.scopes.values():
            scope.values.clear()
        self._narrowing_tree = None
        self._narrowings = {}
        self._narrowing_source = b""
        self.inference.release()
        del self.inference

    def _all_bindings(self) -> list[Binding]:
        return [b for scope in self.scopes.values() for bindings in scope.bindings.values() for b in bindings]

    def resolve(self, node: ast.AST, scope: Scope, deprecation: bool = False) -> tuple[str, bool] | None:
        """The dotted path an expression names through the imports visible in `scope`, and whether that is guarded
        (for a `deprecation`: whether it is guarded against code that works and warns)."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        owner = scope.lookup(node.id)
        bindings = owner.bindings.get(node.id) if owner is not None else None
        if not bindings:
            return None
        chosen = next((b for b in bindings if b.target.split(".", 1)[0] in self.targets.import_names), bindings[0])
        # A name bound twice (an import with a fallback) is guarded by the alternative.
        twice = len({b.target for b in bindings}) > 1
        if deprecation:  # the try's own import works and warns (Flask-DebugToolbar 0.13.1's get_debug_queries)
            guarded = chosen.guarded and not chosen.by_try or twice and chosen is not bindings[0]
        else:
            guarded = chosen.guarded or twice
        return ".".join([chosen.target, *reversed(parts)]), guarded

    def _alias(self, node: ast.AST, scope: Scope) -> tuple[str, bool] | None:
        """What `name = <node>` binds the name to: a path, unless it is a value read through a changed symbol
        (`ctx = _request_ctx_stack.top` spells the removed name once; later uses of `ctx` are not uses of it)."""
        resolved = self.resolve(node, scope)
        if resolved is None:
            return None
        found = self._match(resolved[0])
        return None if found is not None and found[0] != resolved[0] else resolved

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
        env_reads: set[int] = set()  # names of environment variables the code only reads
        env_writes: set[int] = set()  # names of environment variables the code sets
        annotation_strings: set[int] = set()  # `-> "werkzeug.urls.Href"`: read by type checkers, never run
        for node, guards, owner in self.nodes:
            if type(node) in SEEN:
                self.contexts.see(node)
                if isinstance(node, (ast.Try, ast.TryStar)):
                    self._fallbacks |= fallback_imports(node)
                    for stmt_id, paths in replacement_imports(node).items():  # a nested try's import: every body
                        merged = self._replacements.setdefault(stmt_id, {})
                        for name, path in paths.items():
                            merged.setdefault(name, []).append(path)
                    self._handler_nodes.update(replacing_handlers(node))
            if isinstance(node, ast.Call):
                call_of[id(node.func)] = node
            if isinstance(node, _ANNOTATED) and _annotations_unread(node, owner):
                annotation_strings.update(_strings_in(_annotations(node)))
            if isinstance(node, _CONFIG_SLOTS):
                self.config_slots.see(node)
            if (
                isinstance(node, (ast.Call, ast.Subscript, ast.Compare))
                and (read := environment_read(node)) is not None
            ):
                env_reads.add(id(read))
            if isinstance(node, (ast.Call, ast.Subscript)) and (written := environment_write(node)) is not None:
                env_writes.add(id(written))
            if id(node) in consumed:
                continue
            self._guards = guards  # evaluated only when a use is found (see _use)
            self._scope = self.scopes.get(owner, self.module)
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self._imports(node)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                self._reference(node, None, consumed, write=True)
            elif isinstance(node, (ast.Attribute, ast.Name)) and isinstance(node.ctx, ast.Load):
                self._reference(node, call_of.get(id(node)), consumed)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in self.targets.env:
                only_read = id(node) in env_reads  # this read keeps working: only who sets it relied on the release
                confidence, why = (
                    (Confidence.POSSIBLE, _ONLY_READ) if only_read else (Confidence.HIGH, "the variable's name")
                )
                for target in self.targets.env[node.value]:
                    self._use(target, node, UseForm.ENV, False, confidence, evidence=why)
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in self.targets.config
                and id(node) not in env_reads | env_writes  # a variable: Flask reads keys there only as FLASK_<KEY>
            ):
                confidence, why = self._config_evidence(node, node.value, Confidence.HIGH, "the config key's name")
                for target in self.targets.config[node.value]:  # app.config["KEY"], config.get("KEY"), update(...)
                    self._use(target, node, UseForm.CONFIG, False, confidence, evidence=why)
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and (named := self._named_by_string(node.value))
            ):  # `Environment(extensions=["jinja2.ext.autoescape"])`: imported by its dotted name at run time
                typing_only = id(node) in annotation_strings
                for target in named:
                    why = f"the string {node.value!r} spells its dotted path " + (
                        "(an annotation: only type checkers read it)"
                        if typing_only
                        else "(a name imported at run time)"
                    )
                    self._use(target, node, UseForm.REFERENCE, typing_only, Confidence.HIGH, evidence=why)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and self._prefixed(node.value):
                why = f"`{node.value}`, which Flask's config.from_prefixed_env() reads as a config key"
                for target in self.targets.config[node.value.removeprefix(PREFIX)]:
                    self._use(target, node, UseForm.CONFIG, False, Confidence.MEDIUM, evidence=why)
            elif isinstance(node, (ast.Name, ast.keyword)) and self._config_name(node) in self.targets.config:
                # a settings module for `app.config.from_object` (KEY = ...) or `config.update(KEY=...)`
                key = self._config_name(node) or ""
                confidence, why = self._config_evidence(
                    node, key, Confidence.MEDIUM, "a setting named like the config key"
                )
                for target in self.targets.config[key]:
                    self._use(target, node, UseForm.CONFIG, False, confidence, evidence=why)

    def _config_evidence(self, node: ast.AST, key: str, confidence: Confidence, why: str) -> tuple[Confidence, str]:
        """How much the key named at `node` says: only possible where its placement is no evidence (config_slots.py)
        or where the tree's code reads the key it sets itself (tree_config.py)."""
        weak = self.config_slots.weak(node)
        if weak:
            return Confidence.POSSIBLE, weak
        own = self.tree_config.own(key) if self.tree_config is not None else None
        if own is not None:
            return Confidence.POSSIBLE, (
                f"the tree's code reads {key} itself ({own[0]}:{own[1]}): its own setting too, which the release"
                " no longer reading leaves working"
            )
        return confidence, why

    def _named_by_string(self, value: str) -> list[Target]:
        """The removed or deprecated symbols a string spells whole as a dotted path (`"pkg.mod.name"`, or
        `"pkg.mod:name"` as entry points and `import_string` take it): what imports it by name loses it. Not a module:
        its dotted name is also a logger's (`logging.getLogger("werkzeug.serving")`)."""
        if "." not in value or len(value) > 200:
            return []
        return [
            target
            for target in self.targets.symbols.get(value.replace(":", ".", 1), ())
            if target.change.kind in (ChangeKind.REMOVED, ChangeKind.DEPRECATED)
            and not target.change.calls_only
            and target.change.object is not ObjectKind.MODULE
        ]

    def _prefixed(self, value: str) -> bool:
        """`FLASK_<KEY>` of a changed config key (unless it is a changed environment variable of its own)."""
        return (
            value.startswith(PREFIX) and value[len(PREFIX) :] in self.targets.config and value not in self.targets.env
        )

    @staticmethod
    def _config_name(node: ast.Name | ast.keyword) -> str | None:
        if isinstance(node, ast.keyword):
            return node.arg
        return node.id if isinstance(node.ctx, ast.Store) else None

    def _imports(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.ImportFrom) and (node.level or not node.module):
            return
        fallback = id(node) in self._fallbacks  # the alternative of an import in the try body: guarded by it
        replaced = self._replacements.get(id(node), {})
        for alias in node.names:
            dotted = alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
            if alias.name == "*" and isinstance(node, ast.ImportFrom):
                dotted = node.module or ""
            found = self._match(dotted)
            if found is not None:
                firsts = replaced.get((alias.asname or alias.name).split(".", 1)[0], [])
                for target in found[1]:
                    by_name = _import_raises(node, found[0]) == MISSING_NAME
                    if target.change.breakage == MODULE_NOW_ATTRIBUTE and by_name:
                        continue  # `from pkg import mod`: the package still answers the name
                    # Importing a callable whose signature changed (or a parameter deprecated) still works; only its
                    # calls can be hit.
                    if not target.change.calls_only:
                        replaced_by = any(self._replaced(target, first) for first in firsts)
                        if replaced_by:
                            self._replaced_names.add((alias.asname or alias.name, target.change.symbol))
                            if target.change.kind is ChangeKind.DEPRECATED:
                                continue  # never run, so never warns (a guard would not stop a warning)
                        guarded = fallback or replaced_by
                        raises = _import_raises(node, found[0])
                        evidence = f"import {dotted}"
                        self._use(
                            target, alias, UseForm.IMPORT, guarded, Confidence.HIGH, evidence=evidence, raises=raises
                        )

    def _replaced(self, target: Target, first: str) -> bool:
        """The handler's name went after a deprecation, and the name the try body imports first is its replacement:
        one of the same package that no change of this scan removes, or the one the deprecation named (flasgger's
        `from markupsafe import Markup` before flask's `Markup`: "Import 'markupsafe.Markup' instead"). The body's
        import works; the handler never runs. A removed re-export of another distribution's name is replaced by the
        name from there (flasgger 0.9.7.1's `from markupsafe import Markup` before `from flask import Markup`, which
        Flask 2.3.0 lost without a deprecation). A removed submodule's name is replaced by the same name imported
        from a package above it (Flask-Security-Too 4.1.6's `from wtforms.fields import EmailField` before
        `wtforms.fields.html5`'s, which wtforms 3.0.0 folded into `wtforms.fields`). A name the release deprecates,
        or a private one, is the old spelling of the public one the body imports (Flask-Assets 2.1.0's `from
        flask import _request_ctx_stack` behind `from flask.globals import request_ctx`, Flask 2.2 and 3.0)."""
        change = target.change
        breakages = (change.breakage, *change.breakages)
        if THIRD_PARTY_REEXPORT_REMOVED in breakages:
            return _other_home(first, change.symbol)
        folded = MODULE_REMOVED in breakages and change.symbol.startswith(f"{first.rpartition('.')[0]}.")
        # a name the release deprecates, or a private one, is the old spelling of a public name beside it
        old_spelling = change.kind is ChangeKind.DEPRECATED or is_private(change.symbol)
        if DEPRECATED_REMOVED not in breakages and not folded and not old_spelling:
            return False
        if first.split(".", 1)[0] != change.symbol.split(".", 1)[0]:
            return first in re.findall(r"[\w.]+", change.hint or "")
        found = self._match(first)
        return found is None or all(t.change.kind is not ChangeKind.REMOVED for t in found[1])

    def _reference(
        self, node: ast.Attribute | ast.Name, call: ast.Call | None, consumed: set[int], write: bool = False
    ) -> None:
        resolved = self.resolve(node, self._scope)
        if resolved is not None:
            found = self._match(resolved[0])
            if found is not None:
                _consume(node, consumed)
                exact = found[0] == resolved[0]
                evidence = f"`{ast.unparse(node)}` is {resolved[0]} through the imports"
                root = _root_name(node)
                handler_of = self._handler_nodes.get(id(node))
                for target in found[1]:
                    replaced = (root, target.change.symbol) in self._replaced_names or (
                        handler_of is not None and self._replaced(target, handler_of)
                    )
                    if replaced and target.change.kind is ChangeKind.DEPRECATED:
                        continue
                    if exact and isinstance(node, ast.Name) and _looked_up_once(target.change):
                        continue  # the import (or assignment) binding the name looked it up, and warned, there
                    if target.change.breakage == MODULE_NOW_ATTRIBUTE:
                        continue  # reached as its package's attribute, which still answers it
                    guarded = self._binding_guarded(node, target, resolved[1]) or replaced
                    self._resolved_use(target, node, call if exact else None, guarded, exact, write, evidence)
                return
            if resolved[0] in self.targets.parameters and call is not None:
                self._parameter_uses(resolved[0], node, call, resolved[1], Confidence.HIGH, f"calls {resolved[0]}")
            if resolved[0].split(".", 1)[0] not in self.targets.import_names | self.targets.carriers:
                return
        if isinstance(node, ast.Name):
            self._star_use(node)
        elif self.reachable:
            # An instance, or another public path of the package (a class re-exported elsewhere).
            self._member_use(node, call, write)

    def _resolved_use(
        self,
        target: Target,
        node: ast.AST,
        call: ast.Call | None,
        guarded: bool,
        exact: bool,
        write: bool,
        evidence: str,
    ) -> None:
        change = target.change
        if change.breakage in SHAPE_KINDS:
            if exact:  # through the class itself when the symbol's owner is one (`Flask.method(app)`)
                on_class = change.symbol.split(".")[-2][:1].isupper()
                touch = self.contexts.touch(node, call, write, on_class)
                self._shape_use(target, node, touch, guarded, Confidence.HIGH, evidence)
            elif change.breakage == HELD_TYPE_CHANGED and isinstance(node, ast.Attribute):
                # a method of the value it holds (`ALLOWED_PROTOCOLS.append`): the chain resolves past the symbol
                self._shape_use(target, node, Touch(method=node.attr), guarded, Confidence.HIGH, evidence)
            return
        if change.calls_only:
            if call is not None and exact:
                offset = 1 if change.object is ObjectKind.METHOD and change.symbol.split(".")[-2][:1].isupper() else 0
                self._call_uses(target, node, call, guarded, Confidence.HIGH, offset, evidence)
            return
        form = UseForm.WRITE if write else UseForm.CALL if call is not None else UseForm.REFERENCE
        self._use(target, node, form, guarded, Confidence.HIGH, evidence=evidence)

    def _receiver(self, node: ast.Attribute) -> TypeInfo | None:
        value = node.value
        found = self.inference.type_of(value, self._scope) or self.inference.class_object_type(value, self._scope)
        if found is None and isinstance(value, ast.Name):
            if self._module(value.id):
                return TypeInfo(frozenset(), True, f"`{value.id}` is a module")
            return self._narrowed(node, value.id)
        return found

    def _module(self, name: str) -> bool:
        """Whether `name` is only ever a module `import x` binds (buku 4.9's `import flask`, then `flask.g`): what it
        holds are the module's globals, matched by their paths, never members of some class's instances."""
        owner = self._scope.lookup(name)
        if owner is None or owner.values.get(name):
            return False
        bindings = owner.bindings.get(name, [])
        return bool(bindings) and all(binding.module for binding in bindings)

    def _narrowed(self, node: ast.AST, name: str) -> TypeInfo | None:
        """The package class an enclosing `if isinstance(name, Class):` gives the name (narrowing.py)."""
        if f"isinstance({name},".encode() not in self._narrowing_source:
            return None  # the cheap test: the module never spells such a test for this name
        if self._narrowing_tree is not None:
            self._narrowings = isinstance_blocks(self._narrowing_tree)
            self._narrowing_tree = None
        if self._scope.lookup("isinstance") is not None:
            return None  # not the builtin
        for narrowed, expr, line in reversed(self._narrowings.get(id(node), [])):
            if narrowed != name:
                continue
            resolved = self.resolve(expr, self._scope)
            key = class_key(resolved[0]) if resolved is not None else None
            if key is None:
                return None
            evidence = f"`{name}` inside `if isinstance({name}, {ast.unparse(expr)})` at {self.path}:{line}"
            return TypeInfo(frozenset({key, *KNOWN_BASES.get(key, ())}), False, evidence)
        return None

    def _member_use(self, node: ast.Attribute, call: ast.Call | None, write: bool = False) -> None:
        """A member of a value: a use when the value's type is known to be the owner's, else only possible."""
        targets = [
            t for t in self.targets.members.get(node.attr, ()) if t.change.symbol.split(".", 1)[0] in self.reachable
        ]
        owners = (
            [
                owner
                for owner in self.targets.parameters
                if owner.rsplit(".", 1)[-1] == node.attr and owner.split(".", 1)[0] in self.imported
            ]
            if call is not None
            else []
        )
        if not targets and not owners:
            return
        receiver = self._receiver(node)
        judged = [(target, *member_evidence(receiver, *_owners(target.change))) for target in targets]
        typed = any(confidence is Confidence.HIGH for _, confidence, _ in judged)
        own = self._tree_defines(receiver, node.attr) if typed else None
        for target, confidence, evidence in judged:
            unimported = target.change.symbol.split(".", 1)[0] not in self.imported
            if confidence is None or (confidence is Confidence.POSSIBLE and (typed or unimported)):
                continue  # the typed match is the use; the same name on other classes is not
            if own is not None:
                confidence, evidence = Confidence.POSSIBLE, own
            if target.change.breakage in SHAPE_KINDS:
                touch = self.contexts.touch(node, call, write)
                self._shape_use(target, node, touch, False, confidence, evidence, member=True)
            elif target.change.calls_only:
                if call is not None:
                    self._call_uses(target, node, call, False, confidence, 0, evidence)
            else:
                form = UseForm.WRITE if write else UseForm.MEMBER
                self._use(target, node, form, False, confidence, evidence=evidence)
        for owner in owners:
            confidence, evidence = member_evidence(receiver, owner.rsplit(".", 1)[0])
            if confidence is not None and call is not None:
                self._parameter_uses(owner, node, call, False, confidence, evidence)

    def _tree_defines(self, receiver: TypeInfo | None, member: str) -> str | None:
        """Why a member of a value typed only as the package's class may be the tree's own: a subclass of that class
        in the tree defines it, and nothing shows the value is not one (it was not built by calling the class)."""
        if receiver is None or receiver.local_class is not None or receiver.made or self.tree_classes is None:
            return None
        found = self.tree_classes.defining(member, frozenset(name for _, name in receiver.keys))
        if found is None:
            return None
        path, line, name = found
        return (
            f"`{member}` may be the tree's own: class {name} at {path}:{line} subclasses the package's and defines it"
        )

    def _shape_use(
        self,
        target: Target,
        node: ast.AST,
        touch: Touch,
        guarded: bool,
        confidence: Confidence,
        evidence: str,
        member: bool = False,
    ) -> None:
        """A use only when the new shape rejects how the code touches the symbol (see `shapes.py`)."""
        problem = shape_problem(target.change.breakage, touch, target.change.detail)
        if problem is None:
            return
        form = UseForm.WRITE if touch.written else UseForm.CALL if touch.called else UseForm.REFERENCE
        form = UseForm.MEMBER if member and form is UseForm.REFERENCE else form
        self._use(target, node, form, guarded, confidence, problem, evidence)

    def _overrides(self, members: list[tuple[ast.ClassDef, str, ast.AST, Guards]]) -> None:
        """A subclass of the package's class defining a member the release removed (the override goes dead), or one
        the release now calls with arguments its old signature did not take (an override without `*args`/`**kwargs`
        gets TypeError)."""
        for node, name, definition, guards in members:
            candidates = [
                t
                for t in self.targets.members.get(name, ())
                if (
                    t.change.kind is ChangeKind.REMOVED
                    or t.change.breakage == "hook_no_longer_called"
                    or (t.change.breakage == HOOK_CALLED_WITH_MORE and not _takes_the_call(definition, t.change))
                )
                and t.change.symbol.split(".", 1)[0] in self.imported
            ]
            if not candidates:
                continue
            found = self.inference.class_type(node)
            for target in candidates:
                key = _overridden(target, found.keys) if found is not None else None
                if found is not None and key is not None:
                    self._guards, self._scope = guards, self.scopes.get(node, self.module)
                    detail = (
                        f"overrides {target.change.symbol}, which the release now calls with more arguments"
                        if target.change.breakage == HOOK_CALLED_WITH_MORE
                        else f"overrides {target.change.symbol}, which the release no longer has or calls"
                    )
                    evidence = f"{found.evidence.removeprefix('`self` in ')} subclasses {key[0]} {key[1]}"
                    self._use(target, definition, UseForm.OVERRIDE, False, Confidence.HIGH, detail, evidence)

    def _class_options(self, classes: list[ast.ClassDef]) -> None:
        """A subclass of the package's class whose nested options class (`class Meta:`) sets an option the release
        no longer reads: the setting is silently ignored."""
        for node in classes:
            for definition in node.body:
                if not isinstance(definition, ast.ClassDef) or definition.name not in self.targets.options:
                    continue
                wanted = [
                    (holder, option, target)
                    for holder, option, target in self.targets.options[definition.name]
                    if target.change.symbol.split(".", 1)[0] in self.imported
                ]
                settings = _class_settings(definition)
                if settings.keys() & {option for _, option, _ in wanted}:
                    self._options_set(node, definition, settings, wanted)

    def _user_attributes(self, classes: list[ast.ClassDef]) -> None:
        """A class body setting an attribute the release no longer reads from users' objects (`filter_fields = [...]`
        on a DRF view, which django-filter 22.1 ignores), in a module importing the package: a use when the class
        derives from a class of the package, else possible (the object handed to the release may be another's)."""
        for node in classes:
            for statement in node.body:
                named = _assigned_name(statement)
                for target in self.targets.user_attributes.get(named or "", ()):
                    location = target.change.old_location
                    root = location.path.split("/", 1)[0] if location is not None else ""
                    if root not in self.imported:
                        continue
                    found = self.inference.class_type(node)
                    derives = found is not None and any(key[0] == root for key in found.keys)
                    self._guards, self._scope = (), self.scopes.get(node, self.module)
                    detail = f"sets '{named}', which {target.release} no longer reads"
                    evidence = (
                        f"class {node.name} derives from a class of {root}"
                        if derives
                        else f"the module imports {root}; whether it reads this class is not known"
                    )
                    confidence = Confidence.HIGH if derives else Confidence.POSSIBLE
                    self._use(target, statement, UseForm.OPTION, False, confidence, detail, evidence)

    def _options_set(
        self,
        node: ast.ClassDef,
        nested: ast.ClassDef,
        settings: dict[str, ast.stmt],
        wanted: list[tuple[str, str, Target]],
    ) -> None:
        """The settings of `nested` (in `node`'s body) that are options no longer read, when `node` subclasses the
        class holding that nested class."""
        found = self.inference.class_type(node)
        done: set[int] = set()
        for holder, option, target in wanted:
            key = class_key(holder)
            if found is None or key not in found.keys or option not in settings or id(target) in done:
                continue
            done.add(id(target))
            self._guards, self._scope = (), self.scopes.get(nested, self.module)
            detail = f"sets the option '{option}' of `class {nested.name}:`, which {target.release} no longer reads"
            evidence = f"{found.evidence.removeprefix('`self` in ')} subclasses {key[0]} {key[1]}"
            self._use(target, settings[option], UseForm.OPTION, False, Confidence.HIGH, detail, evidence)

    def _star_use(self, node: ast.Name) -> None:
        if self._scope.lookup(node.id) is not None:
            return
        for module, star_guarded in self.star_modules:
            for target in self.targets.symbols.get(f"{module}.{node.id}", ()):
                self._use(
                    target,
                    node,
                    UseForm.STAR_IMPORT,
                    star_guarded,
                    Confidence.MEDIUM,
                    evidence=f"from {module} import *",
                )

    def _call_uses(
        self,
        target: Target,
        node: ast.AST,
        call: ast.Call,
        guarded: bool,
        confidence: Confidence,
        offset: int,
        evidence: str,
    ) -> None:
        delta = target.change.signature
        if delta is None:
            return
        for form, detail in call_problems(call, delta, offset):
            certain = confidence if not detail.endswith(DOUBTS) else Confidence.POSSIBLE
            self._use(target, node, form, guarded, certain, detail, evidence)

    def _parameter_uses(
        self, owner: str, node: ast.AST, call: ast.Call, guarded: bool, confidence: Confidence, evidence: str
    ) -> None:
        passed = {keyword.arg for keyword in call.keywords if keyword.arg is not None}
        for parameter, target in self.targets.parameters[owner]:
            if parameter in passed:
                detail = f"passes keyword {parameter!r}"
                kept = self._binding_guarded(node, target, guarded)
                self._use(target, node, UseForm.CALL_KEYWORD, kept, confidence, detail, evidence)

    def _binding_guarded(self, node: ast.AST, target: Target, guarded: bool) -> bool:
        """Whether the binding a use goes through (`guarded`, as `resolve` said) guards it against `target`'s change:
        for a deprecation, not a try around the import, which works and warns (see `resolve`)."""
        if target.change.kind is not ChangeKind.DEPRECATED or not guarded:
            return guarded
        again = self.resolve(node, self._scope, deprecation=True)
        return again is not None and again[1]

    def _use(
        self,
        target: Target,
        node: ast.AST,
        form: UseForm,
        guarded: bool,
        confidence: Confidence,
        detail: str = "",
        evidence: str = "",
        raises: str | None = None,
    ) -> None:
        """Record a use; `guarded` says the import it goes through is guarded, enclosing guards (those catching what
        it `raises`, for an import) are added here."""
        change = target.change
        deprecation = change.kind is ChangeKind.DEPRECATED
        judge, root = self.guard_judge, change.symbol.split(".", 1)[0]
        if deprecation and judge.never_runs_at(self._guards, self._scope, self.resolve, root, target.release):
            return  # never runs at that release, so never warns
        deprecated = frozenset((change.symbol, *change.aliases)) if deprecation else frozenset()
        guarded = guarded or self.guard_judge.guarded(self._guards, node, self._scope, self.resolve, raises, deprecated)
        symbol = target.change.symbol
        module_level = "." in symbol and not symbol.split(".")[-2][:1].isupper()  # a class's member is no shim's
        shim = self.tree_patches.setter(symbol) if self.tree_patches is not None and module_level else None
        if shim is not None and confidence is not Confidence.POSSIBLE:
            confidence = Confidence.POSSIBLE
            evidence = (
                f"the tree sets {symbol} on the module itself at {shim[0]}:{shim[1]}: setting it never fails, and"
                " its reads may find what the tree put back"
            )
        self.usages.append(
            Usage(
                symbol=symbol,
                file=self.path,
                line=getattr(node, "lineno", 0),
                column=getattr(node, "col_offset", 0),
                form=form,
                guarded=guarded,
                confidence=confidence,
                change=target.change.kind,
                package=target.package,
                release=target.release,
                detail=detail,
                evidence=evidence,
                section=self.section,
                private=is_private(symbol),
            )
        )


def _import_raises(node: ast.Import | ast.ImportFrom, symbol: str) -> str:
    """What an import of the changed `symbol` raises once it is gone: ModuleNotFoundError when it is the module
    imported or one of its parents, else ImportError, which `except ModuleNotFoundError` lets through (black 22.1.0:
    `from click import _unicodefun` under that handler failed on click 8.1.0, which removed the module)."""
    if isinstance(node, ast.Import) or f"{node.module}.".startswith(f"{symbol}."):
        return MISSING_MODULE
    return MISSING_NAME


def _consume(node: ast.AST, consumed: set[int]) -> None:
    while isinstance(node, ast.Attribute):
        node = node.value
        consumed.add(id(node))


HOOK_CALLED_WITH_MORE = "hook_called_with_new_arguments"
DEPRECATED_REMOVED = "deprecated_name_removed"
THIRD_PARTY_REEXPORT_REMOVED = "third_party_reexport_removed"
MODULE_REMOVED = "module_removed"
MODULE_NOW_ATTRIBUTE = "module_now_attribute_only"
"""A submodule its package still answers as an attribute: only imports by its path break."""


def _other_home(first: str, symbol: str) -> bool:
    """The try body imports the same name from another distribution's top-level module (`markupsafe.Markup` for
    `flask.Markup`): where the re-export took it from."""
    module, _, name = first.rpartition(".")
    return name == symbol.rpartition(".")[2] and "." not in module and module not in ("", symbol.split(".", 1)[0])


def _overridden(target: Target, keys: frozenset[ClassKey]) -> ClassKey | None:
    """The class among `keys` owning the changed member under one of its public paths: an override in a subclass of
    wtforms' `StringField` overrides `Field.process`, which `StringField.process` aliases."""
    owners = (class_key(path.rsplit(".", 1)[0]) for path in (target.change.symbol, *target.change.aliases))
    return next((key for key in owners if key is not None and key in keys), None)


def _takes_the_call(definition: ast.AST, change: Change) -> bool:
    """An override whose signature takes the call the release now makes of the hook (`self` aside): one with
    `*args` and `**kwargs`, or one already written for the new release (flask-admin 1.6's
    `InlineFieldList.process(self, formdata, data=unset_value, extra_filters=None)` for wtforms 3's
    `process(formdata, data, extra_filters=...)`). An unknown call is taken only by `*args` and `**kwargs`."""
    if not isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    args = definition.args
    if args.vararg is not None and args.kwarg is not None:
        return True
    delta = change.signature
    if delta is None or delta.hook_positional is None or delta.hook_positional < 0:
        return False
    positional = [*args.posonlyargs, *args.args]
    slots = positional[1:]  # after `self`
    if args.vararg is None and delta.hook_positional > len(slots):
        return False
    filled = {a.arg for a in slots[: delta.hook_positional]}
    first = positional[0] if positional else None
    by_keyword = {a.arg for a in [*args.args, *args.kwonlyargs] if a is not first} - filled
    return args.kwarg is not None or all(k in by_keyword for k in delta.hook_keywords)


def _owners(change: Change) -> list[str]:
    """The classes a member change names the member on: its symbol's and its aliases'."""
    return [path.rsplit(".", 1)[0] for path in (change.symbol, *change.aliases)]


_ANNOTATED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.AnnAssign)


def _annotations_unread(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.AnnAssign, owner: ast.AST) -> bool:
    """Annotations nothing evaluates at run time: those of an undecorated function (FastAPI, Typer or Click read
    their endpoints' and commands' annotations), or of a variable outside a class body (pydantic, SQLAlchemy and
    dataclasses read a class's)."""
    if isinstance(node, ast.AnnAssign):
        return not isinstance(owner, ast.ClassDef)
    return not node.decorator_list


def _annotations(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.AnnAssign) -> list[ast.expr]:
    """The annotations a definition or an annotated assignment writes."""
    if isinstance(node, ast.AnnAssign):
        return [node.annotation]
    arguments = node.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
    found = [argument.annotation for argument in every if argument is not None and argument.annotation is not None]
    return [*found, node.returns] if node.returns is not None else found


def _strings_in(annotations: list[ast.expr]) -> set[int]:
    """Ids of the string constants in annotations (`"Href"`, `Optional["Href"]`)."""
    return {
        id(sub)
        for annotation in annotations
        for sub in ast.walk(annotation)
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
    }


def _looked_up_once(change: Change) -> bool:
    """A deprecated alias of another's object (flask 2.3's `escape`, markupsafe's) warns where the module is asked
    for it (its `__getattr__`), never where the object it hands out is used: Flask-Blogging 1.2.2's `escape(...)`
    after `from flask import escape` does not warn."""
    return change.kind is ChangeKind.DEPRECATED and change.object is ObjectKind.ALIAS


def _root_name(node: ast.Attribute | ast.Name) -> str:
    """The name an attribute chain starts from (`_request_ctx_stack` of `_request_ctx_stack.top`)."""
    while isinstance(node, ast.Attribute):
        if not isinstance(node.value, (ast.Attribute, ast.Name)):
            return ""
        node = node.value
    return node.id
