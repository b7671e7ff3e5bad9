"""Type evidence for member uses: which package class an expression's value is, and why we believe it.

Evidence comes only from what the code states: a constructor call (`app = Flask(__name__)`), an annotation
(`app: Flask`, `-> Flask`), a well-known proxy (`flask.current_app`), `self`/`cls` in a subclass of the package's
class, or an attribute assigned from one of those (`self.app = app`). Anything else is unknown, and a member
matched on an unknown receiver is only "possible". A receiver known to be something else (a literal, a class of
this module with no package base, a stdlib object) matches nothing.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.usage.callbacks import APP, Registrations, extension_app
from bot.usage.known_types import (
    ATTRIBUTE_TYPES,
    DECORATOR_FACTORIES,
    FACTORIES,
    HOOK_PARAMETERS,
    KNOWN_BASES,
    METHOD_DECORATOR_FACTORIES,
    METHOD_FACTORIES,
    PROXIES,
    ClassKey,
)
from bot.usage.model import Confidence
from bot.usage.scopes import FunctionNode, Scope, Value

_BUILTIN_TYPES = frozenset(
    {
        "object",
        "dict",
        "list",
        "set",
        "frozenset",
        "tuple",
        "str",
        "bytes",
        "int",
        "float",
        "bool",
        "Exception",
        "BaseException",
        "ValueError",
        "TypeError",
        "KeyError",
        "RuntimeError",
        "type",
        "bytearray",
        "complex",
    }
)
_LITERALS = (
    ast.Constant,
    ast.Dict,
    ast.List,
    ast.Set,
    ast.Tuple,
    ast.JoinedStr,
    ast.ListComp,
    ast.DictComp,
    ast.SetComp,
    ast.GeneratorExp,
    ast.Compare,
    ast.BinOp,
    ast.UnaryOp,
    ast.Lambda,
)
_MAX_DEPTH = 8
_FACTORY_METHODS = frozenset(name for _, name in METHOD_FACTORIES)
_PROPERTIES = frozenset({"property", "cached_property", "locked_cached_property"})
Resolver = Callable[[ast.expr, Scope], "tuple[str, bool] | None"]


@dataclass(frozen=True)
class TypeInfo:
    """What an expression's value is: package classes (bases included), whether that is all, and the evidence."""

    keys: frozenset[ClassKey]
    closed: bool
    """True when nothing else can be behind the value (a literal, a local class with only known bases)."""
    evidence: str
    local_class: ast.ClassDef | None = None
    made: bool = False
    """Built by calling the package's class itself (`Flask(__name__)`): that class exactly, no subclass of the tree's
    behind it (unlike a proxy, a parameter or a factory's result: see tree_classes.py)."""


_NONE = TypeInfo(frozenset(), True, "None")


@dataclass
class ClassInfo:
    """A class defined in the module: its scope and the `self.x = ...` assignments of its methods."""

    node: ast.ClassDef
    scope: Scope
    attributes: dict[str, list[Value]] = field(default_factory=dict)


def class_key(dotted: str) -> ClassKey | None:
    """The key of a dotted path that names a class by convention (capitalised last component)."""
    root, _, rest = dotted.partition(".")
    last = dotted.rsplit(".", 1)[-1]
    if not rest or not last[:1].isupper():
        return None
    return root, last


def _with_bases(key: ClassKey) -> frozenset[ClassKey]:
    return frozenset({key, *KNOWN_BASES.get(key, ())})


def _is_stdlib(dotted: str) -> bool:
    return dotted.split(".", 1)[0] in sys.stdlib_module_names


class Inference:
    """Answers `type_of(expr, scope)` for one module; `resolve` maps an expression to its imported dotted path."""

    def __init__(
        self,
        path: str,
        resolve: Resolver,
        classes: dict[ast.ClassDef, ClassInfo],
        scopes: dict[ast.AST, Scope],
        roots: frozenset[str],
    ) -> None:
        self.path = path
        self.resolve = resolve
        self.classes = classes
        self.imports_flask = "flask" in roots
        self.registrations = Registrations(path, scopes, resolve, self._keys)

    def release(self) -> None:
        """Drop the registrations, which call back into this inference (see `ModuleScan.release`)."""
        del self.registrations

    def _keys(self, expr: ast.expr, scope: Scope) -> frozenset[ClassKey] | None:
        found = self.type_of(expr, scope)
        return found.keys if found is not None else None

    def type_of(self, expr: ast.expr, scope: Scope, depth: int = 0) -> TypeInfo | None:
        """The value's type with evidence, or None when the code gives no evidence."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, ast.Constant) and expr.value is None:
            return _NONE
        if isinstance(expr, _LITERALS):
            return TypeInfo(frozenset(), True, "a literal")
        if isinstance(expr, (ast.Name, ast.Attribute)):
            resolved = self.resolve(expr, scope)
            if resolved is not None:
                return self._proxy(resolved[0])
            if isinstance(expr, ast.Name):
                return self._name(expr.id, scope, depth)
            return self._attribute(expr, scope, depth)
        if isinstance(expr, ast.Call):
            return self._call(expr, scope, depth)
        if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
            return self._union([self.type_of(value, scope, depth + 1) for value in expr.values])
        if isinstance(expr, ast.IfExp):
            return self._union([self.type_of(expr.body, scope, depth + 1), self.type_of(expr.orelse, scope, depth + 1)])
        return None

    def _proxy(self, dotted: str) -> TypeInfo | None:
        short = dotted.replace("flask.globals.", "flask.")
        if short in PROXIES:
            return TypeInfo(_with_bases(PROXIES[short]), False, f"`{dotted}` is the {PROXIES[short][1]} proxy")
        return None

    def _name(self, name: str, scope: Scope, depth: int) -> TypeInfo | None:
        owner = scope.lookup(name)
        if owner is not None and isinstance(
            definition := owner.definitions.get(name), (ast.FunctionDef, ast.AsyncFunctionDef)
        ):
            return self._decorated(definition, owner, depth) if definition.decorator_list else None
        if owner is None or name in owner.definitions:
            return None
        values = owner.values.get(name, [])
        return self._union([self._value(name, value, depth) for value in values]) if values else None

    def _value(self, name: str, value: Value, depth: int) -> TypeInfo | None:
        """The type one assignment (or parameter) gives `name`, with that assignment as the evidence."""
        if value.annotation is not None:
            found = self.annotation(value.annotation, value.scope.parent or value.scope)
            evidence = f"`{name}: {_short(value.annotation)}` at {self.path}:{value.line}"
        elif value.expr is not None:
            found = self.type_of(value.expr, value.scope, depth + 1)
            evidence = f"`{name} = {_short(value.expr)}` at {self.path}:{value.line}"
            if found is not None and found.evidence.startswith("`"):
                evidence += f", {found.evidence}"
        else:
            return self._self_type(name, value.scope) or self._parameter_type(name, value.scope)
        if found is None or found is _NONE:
            return found
        return TypeInfo(found.keys, found.closed, evidence, found.local_class, found.made)

    def _decorated(self, function: FunctionNode, scope: Scope, depth: int) -> TypeInfo | None:
        """What the outermost decorator makes of a def: an instance of the class a known decorator factory's decorator
        returns (`@click.group()`, `@cli.command()` on a Group) or of the class it is handed (`cls=MyGroup`), or of a
        local decorator's return annotation (`-> click.Group`, or `-> Callable[[F], click.Group]` for a factory
        called in the decorator)."""
        made = self._decorator_result(function, scope, depth)
        decorator = function.decorator_list[0]
        chosen = (
            next((k.value for k in decorator.keywords if k.arg == "cls"), None)
            if isinstance(decorator, ast.Call)
            else None
        )
        if made is None or chosen is None:
            return made
        if isinstance(chosen, ast.Constant) and chosen.value is None:
            return made  # `cls=None`: the default class
        local = self._local_class(chosen, scope)
        resolved = self.resolve(chosen, scope) if isinstance(chosen, (ast.Name, ast.Attribute)) else None
        key = class_key(resolved[0]) if resolved is not None else None
        found = self.class_type(local) if local is not None else TypeInfo(_with_bases(key), False, "") if key else None
        return found and TypeInfo(
            found.keys, found.closed, f"{made.evidence}, `cls={_short(chosen)}`", found.local_class
        )

    def _decorator_result(self, function: FunctionNode, scope: Scope, depth: int) -> TypeInfo | None:
        """See `_decorated`, before a `cls=` argument."""
        decorator = function.decorator_list[0]
        factory = decorator.func if isinstance(decorator, ast.Call) else decorator
        evidence = f"`@{_short(decorator)}` on `def {function.name}` at {self.path}:{function.lineno}"
        resolved = self.resolve(factory, scope) if isinstance(factory, (ast.Name, ast.Attribute)) else None
        if resolved is not None:
            made = DECORATOR_FACTORIES.get((resolved[0].split(".", 1)[0], resolved[0].rsplit(".", 1)[-1]))
            return TypeInfo(_with_bases(made), False, f"{evidence} makes it a {made[0]} {made[1]}") if made else None
        if isinstance(factory, ast.Attribute):
            receiver = self.type_of(factory.value, scope, depth + 1)
            for key in sorted(receiver.keys) if receiver is not None else ():
                made = METHOD_DECORATOR_FACTORIES.get((key, factory.attr))
                if made is not None and receiver is not None:
                    return TypeInfo(
                        _with_bases(made), False, f"{evidence} makes it a {made[0]} {made[1]}; {receiver.evidence}"
                    )
            return None
        local = scope.lookup(factory.id) if isinstance(factory, ast.Name) else None
        definition = local.definitions.get(factory.id) if local is not None and isinstance(factory, ast.Name) else None
        if not isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)) or definition.returns is None:
            return None
        returns = _callable_result(definition.returns) if isinstance(decorator, ast.Call) else definition.returns
        found = self.annotation(returns, local or scope) if returns is not None else None
        return found and TypeInfo(found.keys, found.closed, f"{evidence}, `-> {_short(definition.returns)}`")

    def _self_type(self, name: str, scope: Scope) -> TypeInfo | None:
        """`self`/`cls`: the first parameter of a method, typed by the class it is defined in; another parameter of
        an override of a documented hook, typed by how the package calls the hook."""
        function = scope.function()
        if function is None or scope.parent is None or not isinstance(scope.parent.owner, ast.ClassDef):
            return None
        arguments = [*function.args.posonlyargs, *function.args.args]
        if any(getattr(d, "id", None) == "staticmethod" for d in function.decorator_list) or not arguments:
            return None
        owner = self.class_type(scope.parent.owner)
        if arguments[0].arg == name or owner is None:
            return owner
        for base in sorted(owner.keys):
            key = HOOK_PARAMETERS.get(base, {}).get(function.name, {}).get(name)
            if key is not None:
                evidence = (
                    f"`{name}` of `{function.name}` overriding {base[0]} {base[1]}.{function.name} "
                    f"at {self.path}:{function.lineno}"
                )
                return TypeInfo(_with_bases(key), False, evidence)
        return None

    def _parameter_type(self, name: str, scope: Scope) -> TypeInfo | None:
        """A parameter typed by how Flask calls the function: an extension's `init_app(self, app)`, or a callback
        the module registers with the app (see `callbacks.py`)."""
        function = scope.function()
        if function is None:
            return None
        evidence = extension_app(function, name, scope, self.imports_flask, self.path)
        if evidence is not None:
            return TypeInfo(_with_bases(APP), False, evidence)
        typed = self.registrations.parameter(function, name) if self.imports_flask else None
        return TypeInfo(_with_bases(typed[0]), False, typed[1]) if typed is not None else None

    def class_type(self, node: ast.ClassDef, depth: int = 0) -> TypeInfo | None:
        """An instance of a class of this module: its package bases, and whether every base is known."""
        info = self.classes.get(node)
        if info is None or depth > _MAX_DEPTH:
            return None
        keys: set[ClassKey] = set()
        closed = True
        parent = info.scope.parent or info.scope
        for base in node.bases:
            found = self._base(base, parent, depth)
            if found is None:
                closed = False
                continue
            keys |= found.keys
            closed = closed and found.closed
        bases = ", ".join(_short(base) for base in node.bases)
        evidence = f"`self` in `class {node.name}({bases})` at {self.path}:{node.lineno}"
        return TypeInfo(frozenset(keys), closed, evidence, node)

    def _base(self, base: ast.expr, scope: Scope, depth: int) -> TypeInfo | None:
        if isinstance(base, ast.Name) and base.id in _BUILTIN_TYPES and scope.lookup(base.id) is None:
            return TypeInfo(frozenset(), True, base.id)
        resolved = self.resolve(base, scope) if isinstance(base, (ast.Name, ast.Attribute)) else None
        if resolved is not None:
            if _is_stdlib(resolved[0]):
                return TypeInfo(frozenset(), True, resolved[0])
            key = class_key(resolved[0])
            return TypeInfo(_with_bases(key), False, resolved[0]) if key else None
        if isinstance(base, ast.Attribute):  # `class User(db.Model)`: an attribute documented to hold a class
            owner = self.type_of(base.value, scope, depth + 1)
            return self._known_attribute(owner, base.attr) if owner is not None else None
        local = self._local_class(base, scope)
        return self.class_type(local, depth + 1) if local is not None else None

    def class_object_type(self, expr: ast.expr, scope: Scope) -> TypeInfo | None:
        """A class of this module named as a value: its class attributes are its instances' (privacyIDEA 3.9's
        `Config.query` of `class Config(TimestampMethodsMixin, db.Model)` is the model's query, no Pagination's)."""
        local = self._local_class(expr, scope)
        return self.class_type(local) if local is not None else None

    def _local_class(self, expr: ast.expr, scope: Scope) -> ast.ClassDef | None:
        if not isinstance(expr, ast.Name):
            return None
        owner = scope.lookup(expr.id)
        node = owner.definitions.get(expr.id) if owner is not None else None
        return node if isinstance(node, ast.ClassDef) else None

    def _attribute(self, expr: ast.Attribute, scope: Scope, depth: int) -> TypeInfo | None:
        """`self.app`: typed by what the class assigns or annotates (`self.app = app`, `app: Flask` in the body),
        or by a property's return annotation."""
        base = self.type_of(expr.value, scope, depth + 1) or self.class_object_type(expr.value, scope)
        if base is None or base.local_class is None:
            return self._known_attribute(base, expr.attr) if base is not None else None
        prop = self._property(base.local_class, expr.attr)
        if prop is not None and prop.returns is not None:
            found = self.annotation(prop.returns, self.classes[base.local_class].scope)
            evidence = f"`{expr.attr}(self) -> {_short(prop.returns)}` at {self.path}:{prop.lineno}"
            return found and TypeInfo(found.keys, found.closed, evidence, found.local_class)
        values = self._class_attribute(base.local_class, expr.attr)
        if values:
            return self._union([self._value(f"self.{expr.attr}", value, depth + 1) for value in values])
        if expr.attr in self.classes[base.local_class].scope.definitions:
            return None  # the class defines it itself
        return self._known_attribute(base, expr.attr)  # inherited from the package's class

    @staticmethod
    def _known_attribute(base: TypeInfo, attribute: str) -> TypeInfo | None:
        """An attribute of a package class whose documented type is a package class (`db.Model`, `Model.query`)."""
        for key in sorted(base.keys):
            made = ATTRIBUTE_TYPES.get((key, attribute))
            if made is not None:
                return TypeInfo(_with_bases(made), False, f"`.{attribute}` of a {key[0]} {key[1]}; {base.evidence}")
        return None

    def _property(self, node: ast.ClassDef, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        info = self.classes.get(node)
        definition = info.scope.definitions.get(name) if info is not None else None
        if isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
            getattr(d, "id", getattr(d, "attr", None)) in _PROPERTIES for d in definition.decorator_list
        ):
            return definition
        return None

    def _class_attribute(self, node: ast.ClassDef, attribute: str, depth: int = 0) -> list[Value]:
        info = self.classes.get(node)
        if info is None or depth > _MAX_DEPTH:
            return []
        values = [*info.scope.values.get(attribute, []), *info.attributes.get(attribute, [])]
        for base in node.bases:
            local = self._local_class(base, info.scope.parent or info.scope)
            if local is not None:
                values.extend(self._class_attribute(local, attribute, depth + 1))
        return values

    def _call(self, call: ast.Call, scope: Scope, depth: int) -> TypeInfo | None:
        func = call.func
        if isinstance(func, ast.Name) and func.id in _BUILTIN_TYPES and scope.lookup(func.id) is None:
            return TypeInfo(frozenset(), True, f"{func.id}(...)")
        resolved = self.resolve(func, scope) if isinstance(func, (ast.Name, ast.Attribute)) else None
        if resolved is not None:
            if resolved[0] == "typing.cast" and call.args:
                return self.annotation(call.args[0], scope)
            key = class_key(resolved[0])
            if key is not None:
                return TypeInfo(_with_bases(key), False, f"{_short(func)}(...)", made=True)
            made = FACTORIES.get((resolved[0].split(".", 1)[0], resolved[0].rsplit(".", 1)[-1]))
            if made is not None:
                return TypeInfo(_with_bases(made), False, f"`{_short(func)}(...)` returns a {made[0]} {made[1]}")
            if _is_stdlib(resolved[0]):
                return TypeInfo(frozenset(), True, f"{resolved[0]}(...)")
            return self._method_factory(func, scope, depth)  # a proxy's method: `current_app.test_client()`
        local = self._local_class(func, scope)
        if local is not None:
            found = self.class_type(local)
            return found and TypeInfo(found.keys, found.closed, f"{local.name}(...)", local)
        if isinstance(func, ast.Name):
            owner = scope.lookup(func.id)
            definition = owner.definitions.get(func.id) if owner is not None else None
            if isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)) and definition.returns is not None:
                found = self.annotation(definition.returns, owner or scope)
                evidence = f"`{func.id}() -> {_short(definition.returns)}` at {self.path}:{definition.lineno}"
                return found and TypeInfo(found.keys, found.closed, evidence, found.local_class)
        return self._method_factory(func, scope, depth)

    def _method_factory(self, func: ast.expr, scope: Scope, depth: int) -> TypeInfo | None:
        """`app.test_client()`: a method of a typed value whose documented return type is a package class."""
        if not isinstance(func, ast.Attribute) or func.attr not in _FACTORY_METHODS:
            return None
        receiver = self.type_of(func.value, scope, depth + 1)
        for key in sorted(receiver.keys) if receiver is not None else ():
            made = METHOD_FACTORIES.get((key, func.attr))
            if made is not None and receiver is not None:
                evidence = f"`{_short(func)}()` returns a {made[0]} {made[1]}; {receiver.evidence}"
                return TypeInfo(_with_bases(made), False, evidence)
        return None

    def annotation(self, node: ast.expr, scope: Scope) -> TypeInfo | None:
        """The type an annotation names (`Flask`, `"Flask"`, `Optional[Flask]`, `Flask | None`)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(node, ast.Constant) and node.value is None:
            return _NONE
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self._union([self.annotation(node.left, scope), self.annotation(node.right, scope)])
        if isinstance(node, ast.Subscript):
            wrapper = self.resolve(node.value, scope) if isinstance(node.value, (ast.Name, ast.Attribute)) else None
            if wrapper is not None and wrapper[0].rsplit(".", 1)[-1] in ("Optional", "Union"):
                inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
                return self._union([self.annotation(item, scope) for item in inner])
            return None
        if isinstance(node, (ast.Name, ast.Attribute)):
            resolved = self.resolve(node, scope)
            if resolved is not None:
                key = class_key(resolved[0])
                return TypeInfo(_with_bases(key), False, _short(node)) if key else None
            local = self._local_class(node, scope)
            return self.class_type(local) if local is not None else None
        return None

    @staticmethod
    def _union(types: list[TypeInfo | None]) -> TypeInfo | None:
        """All alternatives must be known (None values aside); the result matches any of them."""
        known = [found for found in types if found is not _NONE]
        if not known:
            return _NONE if types else None
        if any(found is None for found in known):
            return None
        present = [found for found in known if found is not None]
        keys = frozenset().union(*(found.keys for found in present))
        locals_ = {found.local_class for found in present}
        local = locals_.pop() if len(locals_) == 1 else None
        made = all(found.made for found in present)
        return TypeInfo(keys, all(found.closed for found in present), present[0].evidence, local, made)


def _callable_result(annotation: ast.expr) -> ast.expr | None:
    """`X` of `Callable[[F], X]` (what a decorator a factory returns makes of the function), however spelled."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    if not isinstance(annotation, ast.Subscript) or not isinstance(annotation.slice, ast.Tuple):
        return None
    name = annotation.value.attr if isinstance(annotation.value, ast.Attribute) else getattr(annotation.value, "id", "")
    return annotation.slice.elts[-1] if name == "Callable" and len(annotation.slice.elts) == 2 else None


def _short(node: ast.expr) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


def member_evidence(receiver: TypeInfo | None, owner: str, *aliases: str) -> tuple[Confidence | None, str]:
    """Typed member (high), unknown receiver (possible), or a receiver known to be something else (no use). `aliases`:
    other classes the change names the member on (`click.Group.resultcallback`, inherited from MultiCommand)."""
    keys = {key for path in (owner, *aliases) if (key := class_key(path)) is not None}
    if receiver is not None and keys & receiver.keys:
        return Confidence.HIGH, f"typed member: {receiver.evidence}"
    if receiver is not None and (receiver.closed or {key[0] for key in keys} & {k[0] for k in receiver.keys}):
        return None, ""  # known to be something else, or another class of the same package
    return Confidence.POSSIBLE, "member name only: the receiver's type is unknown"
