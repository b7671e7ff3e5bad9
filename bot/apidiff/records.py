"""Record-like classes whose constructor is generated: dataclasses, `NamedTuple`, `TypedDict`, and the functional
forms `NamedTuple("P", [...])`, `namedtuple("P", "x y")`, `TypedDict("T", {...})`, `Enum("Color", "RED GREEN")`."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping

from bot.apidiff.model import Param, ParamKind
from bot.apidiff.params import literal_default
from bot.apidiff.raw import RawAttribute, RawClass
from bot.apidiff.source import dotted_name

ATTRS_DECORATORS = frozenset({"define", "frozen", "mutable", "s", "attrs"})
NEXT_GEN_ATTRS = frozenset({"define", "frozen", "mutable"})
"""attrs' decorators that take annotated fields as fields: imported bare (`from attrs import define`), as their
documentation writes them."""
_RECORD_BASES = {"NamedTuple": "namedtuple", "TypedDict": "typeddict"}
_ENUM_FACTORIES = frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"})
_TUPLE_RECORDS = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})


def runtime_mro(mro: tuple[str, ...]) -> tuple[str, ...]:
    """`mro` as at run time: `class License(NamedTuple)` derives from `tuple`, as `namedtuple(...)`'s class does
    (pyproject-metadata 0.9's `License`, a NamedTuple in 0.8 made a frozen dataclass: `text, file = license` and
    `license[0]` fail), and `typing.NamedTuple` is no class `issubclass` takes."""
    return tuple("tuple" if base in _TUPLE_RECORDS else base for base in mro)


def _last(node: ast.expr) -> str:
    return (dotted_name(node.func if isinstance(node, ast.Call) else node) or "").rsplit(".", 1)[-1]


def _spelled(call: ast.Call) -> str:
    """The factory as the module names it (`enum.Enum` after `import enum`): the base resolves where it is bound, as
    a class statement's `class Color(enum.Enum)` does; its last name alone is bound nowhere after `import enum`, and
    an unknown base hid every member the enum lost."""
    return dotted_name(call.func) or _last(call)


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def record_kind(node: ast.ClassDef, attrs_names: frozenset[str] = frozenset()) -> str | None:
    """dataclass, namedtuple or typeddict when the class's `__init__` is generated from its annotated fields;
    `attrs_names` are the bare names the module imports attrs' decorators as."""
    for decorator in node.decorator_list:
        name = dotted_name(decorator.func if isinstance(decorator, ast.Call) else decorator) or ""
        head, _, last = name.rpartition(".")
        if last == "dataclass" or (head in ("attr", "attrs") and last in ATTRS_DECORATORS) or name in attrs_names:
            return "dataclass"
    for base in node.bases:
        kind = _RECORD_BASES.get(_last(base))
        if kind is not None:
            return kind
    return None


def frozen_record(node: ast.ClassDef, attrs_names: frozenset[str], module: bytes) -> bool:
    """The record decorator makes instances refuse every assignment: `@dataclass(frozen=True)`, attrs' `@frozen`
    (`attr.frozen`, or imported bare) or `frozen=True` given to another of its decorators; also through a mapping
    the module spreads (see `_spread_flag`). An unknown one is not frozen: nothing is claimed of it."""
    decorator, attrs = _record_decorator(node, attrs_names)
    if decorator is None:
        return False
    name = dotted_name(decorator.func if isinstance(decorator, ast.Call) else decorator) or ""
    if attrs and name.rpartition(".")[2] == "frozen":
        return True
    return _flag(decorator, "frozen") is True or _spread_flag(decorator, "frozen", module) is True


def init_keeping_decorators(node: ast.ClassDef) -> tuple[str, ...]:
    """The class's record decorators that leave an `__init__` written in its body in place: `dataclass` never
    overwrites one; attrs' decorators do, unless given `init=False` (pyoverkiz 1.4's `@define(init=False)`)."""
    found = []
    for decorator in node.decorator_list:
        name = dotted_name(decorator.func if isinstance(decorator, ast.Call) else decorator) or ""
        last = name.rpartition(".")[2]
        init = _keyword(decorator, "init") if isinstance(decorator, ast.Call) else None
        no_init = isinstance(init, ast.Constant) and init.value is False
        if last == "dataclass" or (last in ATTRS_DECORATORS and no_init):
            found.append(name)
    return tuple(found)


def kept_off_class(stmt: ast.Assign | ast.AnnAssign) -> bool:
    """A record field its decorator leaves off the class, so that reading it there already failed: dataclasses
    delete an annotated `field(...)` given no `default` (apischema 0.16's `ValidationError.children =
    field(default_factory=dict)`), attrs every `attr.ib(...)`."""
    value = stmt.value
    if not isinstance(value, ast.Call):
        return False
    last = _last(value)
    if last in ("ib", "attrib"):
        return True
    return last == "field" and isinstance(stmt, ast.AnnAssign) and _keyword(value, "default") is None


def _has_default(value: ast.expr | None) -> bool:
    if value is None:
        return False
    if isinstance(value, ast.Call) and _last(value) in ("field", "ib", "attrib"):
        return any(k.arg in ("default", "default_factory", "factory") for k in value.keywords)
    return True


TYPEDDICT_PARAMS = (Param("__map", ParamKind.POSITIONAL_ONLY, True), Param("kwargs", ParamKind.VAR_KEYWORD))
"""A TypedDict's constructor at run time: `dict`'s, which never checks the keys (asgiref 3.9's
`WebSocketDisconnectEvent(type=..., code=...)` still builds without its new `reason`); its fields are keys of the
dicts it makes, no attributes of anything. What the type checker says of them is no run-time break."""


def typeddict_params(node: ast.ClassDef) -> tuple[Param, ...]:
    """`TYPEDDICT_PARAMS` with the keys the class declares as the keywords `dict`'s `**kwargs` binds, none required
    (run time checks none): hishel 2.0's `CacheOptions(TypedDict)`, a dataclass in 1.4, still builds from
    `CacheOptions(shared=False)`; only a positional call fails, each field now keyword-only."""
    keys = [
        Param(stmt.target.id, ParamKind.KEYWORD_ONLY, True)
        for stmt in node.body
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
    ]
    return (TYPEDDICT_PARAMS[0], *keys, TYPEDDICT_PARAMS[1])


def _flag(call: ast.expr | None, name: str) -> bool | None:
    """The literal `True`/`False` a call passes as keyword `name` (None when not passed or not literal)."""
    value = _keyword(call, name) if isinstance(call, ast.Call) else None
    return value.value if isinstance(value, ast.Constant) and isinstance(value.value, bool) else None


def _spread_flag(call: ast.expr | None, name: str, module: bytes) -> bool | None:
    """The call passes no keyword `name` but spreads a module-level mapping the module sets it `True` in, whole
    (`opts = {"frozen": True, "kw_only": True}`, or `(dict(kw_only=True) if ... else {})`) or later
    (`opts["kw_only"] = True`, mkdocstrings-python 1.18's `_dataclass_options` under `if sys.version_info >= (3, 10):`,
    the versions that matter for a release dropping 3.9): 1.19's `@dataclass(frozen=True, kw_only=True)` was claimed
    to make every option keyword-only. None (unknown) when it spreads a mapping the module does not assign, one it
    imports: xrpl-py 4.5's `@dataclass(frozen=True, **KW_ONLY_DATACLASS)` spreads `xrpl.models.utils`'s."""
    if not isinstance(call, ast.Call) or not module or _keyword(call, name) is not None:
        return False
    spreads = [k.value for k in call.keywords if k.arg is None]
    if not all(isinstance(value, ast.Name) for value in spreads):
        return None  # `**options.DATACLASS`: another module's
    spread = [value.id for value in spreads if isinstance(value, ast.Name)][:_MAX_SPREAD]
    key = re.escape(name.encode())
    sets = (
        rb"""(?:\[\s*['"]%s['"]\s*\]\s*=|\s*=\s*\(?\s*\{[^}\n]*['"]%s['"]\s*:"""
        rb"""|\s*=\s*\(?\s*dict\([^)\n]*\b%s\s*=)\s*True\b"""
    )
    if any(
        re.search(rb"^[ \t]*" + re.escape(m.encode()) + sets % (key, key, key), module, re.MULTILINE) for m in spread
    ):
        return True
    assigned = rb"^[ \t]*%s\s*(?::[^=\n]*)?=(?!=)"
    return False if all(re.search(assigned % re.escape(m.encode()), module, re.MULTILINE) for m in spread) else None


_MAX_SPREAD = 4
"""Mappings a decorator spreads looked up (one each, in the module's text): a hostile one may spread thousands."""


def _record_decorator(node: ast.ClassDef, attrs_names: frozenset[str]) -> tuple[ast.expr | None, bool]:
    """(the dataclass or attrs decorator of the class, whether it is attrs')."""
    for decorator in node.decorator_list:
        name = dotted_name(decorator.func if isinstance(decorator, ast.Call) else decorator) or ""
        head, _, last = name.rpartition(".")
        if last == "dataclass":
            return decorator, False
        if (head in ("attr", "attrs") and last in ATTRS_DECORATORS) or name in attrs_names:
            return decorator, True
    return None, False


def _field_param(name: str, value: ast.expr | None, keyword_only: bool, attrs: bool) -> Param | None:
    """The parameter a field makes: none with `init=False`; keyword-only with `kw_only=True` (or after `KW_ONLY`, or
    on a `kw_only=True` class); an attrs field's parameter drops the name's leading underscores (`_x = attr.ib()`
    is `x=`), unless the field names its `alias`."""
    if _flag(value, "init") is False:
        return None
    if attrs:
        alias = _keyword(value, "alias") if isinstance(value, ast.Call) else None
        literal = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
        name = literal or name.lstrip("_") or name
    field_only = _flag(value, "kw_only")
    if field_only is not None:
        keyword_only = field_only
    kind = ParamKind.KEYWORD_ONLY if keyword_only else ParamKind.POSITIONAL_OR_KEYWORD
    return Param(name, kind, _has_default(value), None, _default(value))


def _default(value: ast.expr | None) -> str | None:
    """A field's literal default: its value, or the `default=` its `field(...)` / `attr.ib(...)` passes."""
    if isinstance(value, ast.Call):
        return literal_default(_keyword(value, "default")) if _last(value) in ("field", "ib", "attrib") else None
    return literal_default(value)


def record_params(
    node: ast.ClassDef, kind: str, attrs_names: frozenset[str] = frozenset(), module: bytes = b""
) -> tuple[Param, ...] | None:
    """The generated constructor's parameters (keyword-only ones last, as generated); None when inherited fields
    would make them unknown (a dataclass with bases: see `own_fields`). `module`: the module's source, where a
    mapping the decorator spreads is set."""
    if kind == "dataclass" and node.bases:
        return None
    return own_fields(node, kind, attrs_names, module)


def own_fields(
    node: ast.ClassDef, kind: str, attrs_names: frozenset[str] = frozenset(), module: bytes = b""
) -> tuple[Param, ...] | None:
    """The parameters the class's own fields make, whatever its bases give (see `record_params`)."""
    if kind == "typeddict":
        return typeddict_params(node)
    decorator, attrs = _record_decorator(node, attrs_names)
    if _flag(decorator, "init") is False:
        return None  # no constructor generated: the class's own or an inherited one
    spread = _spread_flag(decorator, "kw_only", module)
    if spread is None:
        return None  # whether its fields are keyword-only is set in another module
    keyword_only = _flag(decorator, "kw_only") is True or spread
    params: list[Param | None] = []
    for stmt in node.body:
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.Call)
            and _last(stmt.value) in ("ib", "attrib", "field")
        ):
            params.append(_field_param(stmt.targets[0].id, stmt.value, keyword_only, attrs))
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            annotation = ast.unparse(stmt.annotation)
            if "ClassVar" in annotation:
                continue
            if annotation.rsplit(".", 1)[-1] == "KW_ONLY":  # `_: KW_ONLY`: the fields after it are keyword-only
                keyword_only = True
                continue
            params.append(_field_param(stmt.target.id, stmt.value, keyword_only, attrs))
    found = [param for param in params if param is not None]
    return (
        *(p for p in found if p.kind is not ParamKind.KEYWORD_ONLY),
        *(p for p in found if p.kind is ParamKind.KEYWORD_ONLY),
    )


def summed_text(node: ast.expr) -> str | None:
    """The string a literal or a sum of literals spells (imapclient 2.3's `namedtuple("Envelope", "date subject ... to "
    + "cc bcc ...")`), None for anything else: unlike `source.literal_text`, no f-string, whose placeholders would
    stand for fields unknown."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = summed_text(node.left), summed_text(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _strings(node: ast.expr | None) -> list[str] | None:
    """The field names a literal spells (`"x y"`, `"x " + "y"`, `["x", ("y", int)]`, `{"x": int}`); None when any is
    not literal."""
    text = summed_text(node) if node is not None else None
    if text is not None:
        return text.replace(",", " ").split()
    if isinstance(node, (ast.List, ast.Tuple)):
        names = []
        for element in node.elts:
            if isinstance(element, (ast.Tuple, ast.List)) and element.elts:
                element = element.elts[0]
            if not (isinstance(element, ast.Constant) and isinstance(element.value, str)):
                return None
            names.append(element.value)
        return names
    if isinstance(node, ast.Dict):
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        return keys if len(keys) == len(node.keys) else None
    return None


def functional_class(
    name: str, value: ast.expr, line: int, sequences: Mapping[str, ast.expr] | None = None
) -> RawClass | None:
    """The class a functional `NamedTuple`/`namedtuple`/`TypedDict`/`Enum` call creates, else None. Fields named by
    a module-level literal (`namedtuple("PoolKey", _key_fields)`) are read from `sequences`; fields that are still
    not literal leave the constructor and the members unknown (an unknown base: no claim either way)."""
    if not isinstance(value, ast.Call) or len(value.args) < 2 and not value.keywords:
        return None
    factory = _last(value)
    if factory not in _ENUM_FACTORIES and factory not in ("NamedTuple", "namedtuple", "TypedDict"):
        return None
    node = value.args[1] if len(value.args) > 1 else _keyword(value, "field_names") or _keyword(value, "names")
    if isinstance(node, ast.Name) and sequences is not None and node.id in sequences:
        node = sequences[node.id]
    fields = _strings(node)
    if fields is None:
        base = {"NamedTuple": "tuple", "namedtuple": "tuple", "TypedDict": "dict"}.get(factory, _spelled(value))
        return RawClass(name, line, (base, "?"))
    if factory in _ENUM_FACTORIES:
        cls = RawClass(name, line, (_spelled(value),))
        cls.members.update({field: RawAttribute(field, line) for field in fields})
        return cls
    if factory in ("NamedTuple", "namedtuple"):
        defaults = _keyword(value, "defaults")
        values = defaults.elts if isinstance(defaults, (ast.List, ast.Tuple)) else []
        first = len(fields) - len(values)  # `defaults=` fills the last fields
        params = tuple(
            Param(
                field,
                ParamKind.POSITIONAL_OR_KEYWORD,
                index >= first,
                None,
                literal_default(values[index - first]) if index >= first else None,
            )
            for index, field in enumerate(fields)
        )
        cls = RawClass(name, line, ("tuple",), record="namedtuple", record_params=params)
    else:
        keys = tuple(Param(field, ParamKind.KEYWORD_ONLY, True) for field in fields)  # see `typeddict_params`
        return RawClass(
            name, line, ("dict",), record="typeddict", record_params=(TYPEDDICT_PARAMS[0], *keys, TYPEDDICT_PARAMS[1])
        )
    cls.members.update({field: RawAttribute(field, line) for field in fields})
    return cls
