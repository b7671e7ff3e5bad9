"""Instantiate a catalogue kind's witness for a real change: a snippet that works on the old release, fails on the
new one. Arguments a call needs are placeholders (`None`, `...` for a parameter whose presence matters)."""

from __future__ import annotations

import ast
import keyword
import re
from collections.abc import Mapping
from typing import NamedTuple

from bot.apidiff.annotations import INFERRED_RETURN, NOW_NONE
from bot.apidiff.catalogue import BY_ID
from bot.apidiff.classify import DEFAULT_CHANGED, OPTION_DEFAULT_CHANGED
from bot.apidiff.model import KEYWORD_KINDS, POSITIONAL_KINDS, CallSite, Param, ParamKind, Surface, Symbol
from bot.apidiff.params import format_params
from bot.apidiff.protocols import operation
from bot.apidiff.records import runtime_mro
from bot.apidiff.settingstables import TABLE_KEY
from bot.changes import Change, ChangeKind, Location, ObjectKind, SignatureDelta


def _module_of(path: str, surface: Surface) -> str:
    """The longest dotted prefix of `path` that is a module of the release; never `path` itself when it names
    something else there (sqlalchemy 1.4's `postgresql.array` is the class `postgresql/__init__.py` imports from its
    submodule `array`: the witness imports it from `postgresql`)."""
    parts = path.split(".")
    named = surface.symbols.get(path)
    longest = len(parts) - 1 if named is not None and named.kind != "module" else len(parts)
    for end in range(longest, 0, -1):
        prefix = ".".join(parts[:end])
        found = surface.symbols.get(prefix)
        if (found is not None and found.kind == "module") or (
            prefix in surface.bound and not (end < len(parts) and surface.holder_class(".".join(parts[: end + 1])))
        ):
            return prefix  # not a submodule whose path the class the package binds over it holds the name at
    return parts[0]


def _file_module(file: str, modules: Mapping[str, str]) -> str:
    """The module defined by `file`: the old surface knows it (`modules`, see `Places`), whatever folder the source
    root was (`lib3/`)."""
    known = modules.get(file)
    if known is not None:
        return known
    parts = file.removesuffix(".py").split("/")
    if parts[0] in ("src", "lib"):
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


_ORDERING = re.compile(r"support `(<=?)`")
"""The operator a `class_lost_ordering` change says instances lost (see `operators.operator_shapes`)."""
_WORDED_NAME = re.compile(r"^([A-Za-z_][\w.]*) \(")
"""A name default worded with what the body does with it (see `signature._worded`); a literal's repr opens with no
name followed by a space."""


def _old_default(delta: SignatureDelta | None, param: str, signed: str) -> str:
    """The old default as the witness spells it: a literal as is, a None the body skipped or replaced as None, a
    dotted name (a sentinel the body replaced too: what the signature holds) looked up where the callable's module
    binds it (the witness imports none of it)."""
    before = next((d for n, d, _, _ in (delta.defaults_changed if delta else ()) if n == param), "None")
    if (worded := _WORDED_NAME.match(before)) is not None:
        before = worded[1]  # `DEFAULT_SENTINEL (which the body replaces with False)`
    if before.startswith("None"):
        return "None"
    head, dot, rest = before.partition(".")
    if not head.isidentifier() or keyword.iskeyword(head) or head in ("True", "False"):
        return before
    return f"vars(inspect.getmodule({signed}))[{head!r}]{dot}{rest}"


def _required(params: tuple[Param, ...], extra: str = "") -> list[str]:
    """Arguments for the old required parameters (positional-only by position, others by keyword), plus `extra`."""
    args = [p for p in params if not p.has_default and p.kind not in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)]
    found = ["None" for p in args if p.kind is ParamKind.POSITIONAL_ONLY]
    found += [f"{p.name}=None" for p in args if p.kind is not ParamKind.POSITIONAL_ONLY and p.name != extra]
    if extra:
        found.append(f"{extra}=None")
    return found


def _warned_value(param: str, when: tuple[tuple[str, str], ...]) -> str:
    """What the witness passes for a deprecated parameter: `...` (any value given), unless its warning fires under a
    test against one literal (pdfplumber 0.11's `if vertical_ttb is False:`, `if not legacy:`), which `...` meets
    not: that literal then (see `Symbol.deprecated_when`)."""
    for name, condition in when:
        try:
            test = ast.parse(condition, mode="eval").body if name == param else None
        except SyntaxError:
            continue
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Name):
            if test.operand.id == param:
                return "False"
        if (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.Is, ast.Eq))
            and isinstance(test.left, ast.Name)
            and test.left.id == param
            and isinstance(test.comparators[0], ast.Constant)
        ):
            return repr(test.comparators[0].value)
    return "..."


def _attribute_annotation(module: str, owner: str, member: str) -> str:
    """The expression reading an attribute's annotation at run time: from the class of the MRO that declares it (a
    class's `__annotations__` holds its own only), or from the module's."""
    if not owner:
        return f"__import__({module!r}, fromlist=['_']).__annotations__[{member!r}]"
    declared = "k.__dict__.get('__annotations__', {})"
    return f"next({declared}[{member!r}] for k in {owner}.__mro__ if {member!r} in {declared})"


def _fields(change: Change, breakage: str, old: Surface) -> dict[str, object]:
    path = change.symbol
    module = _module_of(path, old)
    rest = path[len(module) + 1 :] if path != module else ""
    symbol = old.symbols.get(path) or Symbol(path, "attribute")
    owner = rest.rsplit(".", 1)[0] if "." in rest else rest
    owner_symbol = old.symbols.get(f"{module}.{owner}")
    bound_self = ["None"] if symbol.method_kind == "method" and symbol.kind == "method" else []
    params = symbol.params or ()
    delta = change.signature
    param = ""
    if delta is not None:
        names = [
            *delta.removed,
            *(o for o, _ in delta.renamed),
            *delta.made_positional_only,
            *delta.made_keyword_only,
            *(n for n, _, _ in delta.moved),
            *delta.deprecated_parameters,
            *delta.positional_deprecated,
            *(w for w, _, _ in delta.annotations_changed if w not in ("return", INFERRED_RETURN, NOW_NONE)),
            *delta.no_longer_read,
            *delta.now_raising,
        ]
        param = next((n for n in names if not n.startswith("*")), "")
        if breakage in (DEFAULT_CHANGED, OPTION_DEFAULT_CHANGED):  # its witness alone names the default changed
            carried = {n for n, _ in symbol.option_defaults}
            wanted = breakage == OPTION_DEFAULT_CHANGED
            param = next(n for n, _, _, _ in delta.defaults_changed if (n in carried) == wanted)
        if not param and any(n.startswith("**") for n in delta.deprecated_parameters):
            param = "witness_extra_keyword"  # what a deprecated `**kwargs` takes: any keyword the rest does not
    positional = [p.name for p in params if p.kind in POSITIONAL_KINDS]
    # `*args` moved: one argument past the old slots, which the old `*args` took as its first
    spread = breakage == "param_moved" and not param and delta is not None and delta.moved[-1][0].startswith("*")
    if spread and delta is not None:
        param = delta.moved[-1][0].lstrip("*")
    init_signed = symbol.kind == "class" and symbol.init_signed  # `inspect.signature(cls)` shows its `__new__`
    by_position = ("param_made_keyword_only", "positional_use_deprecated")
    moved = breakage in by_position or breakage == "param_moved"
    bind = bound_self + _required(params, "" if moved else param)
    if breakage in ("param_new_required", "param_default_removed", "record_field_made_required"):
        bind = bound_self + _required(params)
    elif breakage in by_position and param in positional:
        bind = bound_self + ["None"] * (positional.index(param) + 1)
    elif breakage == "var_positional_removed":  # past every slot of either side: `*args` may have become slots
        slots = max(len(positional), delta.new_max_positional or 0) if delta is not None else len(positional)
        bind = bound_self + ["None"] * (slots + 1)
    elif breakage == "var_keyword_removed":
        bind = bound_self + _required(params, "witness_extra_keyword")
    base = next((t for t in runtime_mro(symbol.mro) if t.rsplit(".", 1)[-1] in change.detail), "")
    base_module = (_module_of(base, old) if base in old.symbols else base.rpartition(".")[0]) or "builtins"
    base_head, _, base_inner = (base if base_module == "builtins" else base[len(base_module) + 1 :]).partition(".")
    annotation_of = (
        f"inspect.signature({rest}).return_annotation"
        if breakage == "return_type_changed"
        else f"inspect.signature({rest}).parameters[{param!r}].annotation"
    )
    if symbol.kind == "property":
        annotation_of = f"inspect.signature({rest}.fget).return_annotation"
    if breakage == "attribute_annotation_changed":
        annotation_of = _attribute_annotation(module, owner if owner != rest else "", rest.rsplit(".", 1)[-1])
    declared = symbol.annotation if breakage == "attribute_annotation_changed" else None
    old_annotation = next(
        (o for w, o, _ in (delta.annotations_changed if delta else ())), symbol.returns or declared or symbol.held or ""
    )
    call = ", ".join(bound_self + _required(params))
    caller = next(
        (c for h, c in (owner_symbol.hooks if owner_symbol is not None else ()) if h == rest.rsplit(".", 1)[-1]), ""
    )
    caller_symbol = old.symbols.get(f"{module}.{owner}.{caller}")
    caller_call = ", ".join(_required(caller_symbol.params or ())) if caller_symbol is not None else ""
    ctor = ", ".join(["obj", *_required(owner_symbol.params or ())]) if owner_symbol is not None else "obj"
    on_instance = bool(bound_self) and owner_symbol is not None and owner_symbol.kind == "class"
    arguments = _required(params, param if change.kind is ChangeKind.SIGNATURE_CHANGED else "")
    setup = f"obj = {owner}.__new__({owner})\n{owner}.__init__({ctor})\n" if on_instance else ""

    def on_obj(passed: list[str]) -> str:
        """The method called on the instance `setup` builds (a plain method is never called with None as self)."""
        return f"obj.{rest.rsplit('.', 1)[-1]}({', '.join(passed)})"

    omitted = delta is not None and param in delta.deprecated_omitted  # leaving it out is what warns
    # a deprecated parameter the old release required is passed once (pydantic 2.10's `with_config(config)`)
    with_param = [a for a in _required(params) if a != f"{param}=None"] + (
        [f"{param}={_warned_value(param, delta.deprecated_when if delta is not None else ())}"]
        if param and not omitted
        else []
    )
    marked = [a for a in _required(params) if a != f"{param}=None"] + [f"{param}=marker"]
    valued = delta.deprecated_values[0] if delta is not None and delta.deprecated_values else None
    with_value = _required(params, valued[0]) if valued else []
    if valued:  # the deprecated value in place of the None `_required` gives the parameter
        with_value[-1] = f"{valued[0]}={valued[1]}"
    return {
        "path": path,
        "module": module,
        "name": rest.split(".")[0] if rest else path.rsplit(".", 1)[-1],
        "access": rest,
        "ordering": ordering[1] if (ordering := _ORDERING.search(change.detail)) is not None else "<",
        "owner": owner,
        "holder": owner.rsplit(".", 1)[0],
        "nested": owner.rsplit(".", 1)[-1],
        "member": rest.rsplit(".", 1)[-1],
        "collected": symbol.collected_as,
        "param": param,
        "bind": ", ".join(bind),
        "signed": f"{rest}.__init__" if init_signed else rest,
        "signed_bind": ", ".join(["None", *bind] if init_signed else bind),
        "signed_positions": ", ".join(
            ["None", *bound_self, *map(str, range(len(positional) + spread))]
            if init_signed
            else [*bound_self, *map(str, range(len(positional) + spread))]
        ),
        "call": ", ".join(bound_self + arguments),
        "setup": setup,
        "invoke": on_obj(arguments) if on_instance else f"{rest}({', '.join(bound_self + arguments)})",
        "index": f"({len(positional)},)" if spread else positional.index(param) if param in positional else 0,
        "static": symbol.method_kind if symbol.method_kind in ("classmethod", "staticmethod") else "property",
        "base_import": f"from {base_module} import {base_head} as _base",  # `from` finds a module an attribute shadows
        "base": "_base" + (f".{base_inner}" if base_inner else ""),
        "old_type": old_annotation,
        "old_default": _old_default(delta, param, f"{rest}.__init__" if init_signed else rest),
        "annotation_of": annotation_of,
        "old_annotation": old_annotation,
        "ctor": ctor,
        "operation": operation(rest.rsplit(".", 1)[-1]),
        "caller": caller,
        "caller_call": caller_call,
        "cls_access": rest if symbol.kind == "class" else owner,
        "use": setup + on_obj(_required(params))
        if on_instance
        else _property_use(owner, rest)
        if symbol.kind == "property" and owner_symbol is not None and owner_symbol.kind == "class"
        else f"{rest}({call})"
        if symbol.kind in ("function", "method", "class")
        else rest or "None",
        "use_with_param": setup + on_obj(with_param)
        if on_instance
        else f"{rest}({', '.join(bound_self + with_param)})",
        "use_with_marker": setup
        + "result = "
        + (on_obj(marked) if on_instance else f"{rest}({', '.join(bound_self + marked)})"),
        "use_with_value": setup + on_obj(with_value)
        if on_instance
        else f"{rest}({', '.join(bound_self + with_value)})",
    }


def _property_use(owner: str, access: str) -> str:
    """Reading a property on an instance (on the class, the getter never runs): one made without its constructor,
    whose arguments are unknown; a getter reading what the constructor would have set raises AttributeError, after
    any warning it gives first."""
    return (
        f"obj = {owner}.__new__({owner})\ntry:\n    obj.{access.rsplit('.', 1)[-1]}\n"
        "except AttributeError:\n    pass  # state the constructor sets: the getter ran\n"
    )


def _validated_fields(owner: Symbol | None, old: Surface) -> bool:
    """A pydantic model requiring a field (declared without a default) whose annotation None does not meet: the
    witness's constructor call, passing `None` or nothing for it, fails validation on the old release too, and a
    fitting value is unknown."""
    if owner is None or not any(
        base.split(".", 1)[0] in ("pydantic", "pydantic_settings") and base.endswith(("BaseModel", "BaseSettings"))
        for base in owner.external_bases
    ):
        return False
    prefix = owner.path + "."
    fields = (
        symbol for path, symbol in old.symbols.items() if path.startswith(prefix) and "." not in path[len(prefix) :]
    )
    return any(f.kind == "attribute" and f.declared and not _admits_none(f.annotation) for f in fields)


def _admits_none(annotation: str | None) -> bool:
    """An annotation None validates against (none, `Any`, `object`, `Optional[...]`, `... | None`)."""
    if annotation is None:
        return True
    text = annotation.replace(" ", "")
    return text in ("Any", "typing.Any", "object") or "Optional[" in text or "None" in text.split("|")


class Places(NamedTuple):
    """Where the old release's modules and config defaults are, gathered once for all of a diff's changes (searched
    for each, 10,000 environment variables made as many passes over the symbols)."""

    modules: dict[str, str]
    """File -> the module it defines (the first so named)."""
    default_configs: dict[str, str]
    """Module -> the first `Class.default_config` it defines (flask's `Flask.default_config`): where a witness reads
    a config key's default."""


def places(old: Surface) -> Places:
    modules: dict[str, str] = {}
    configs: dict[str, str] = {}
    for path, symbol in old.symbols.items():
        if symbol.kind == "module":
            modules.setdefault(symbol.file, path)
        elif path.endswith(".default_config"):
            configs.setdefault(path.rsplit(".", 2)[0], path)
    return Places(modules, configs)


_WRITTEN_BY_MAKER = frozenset(
    {"hook_called_with_new_arguments", "callback_called_with_more_arguments", "factory_callback_called_differently"}
)
"""Kinds whose witness only the code making the change can write (`call_witness`, `factory_callback_witness`): it
needs the call that is the evidence. When that code writes none, there is none."""


_SOURCE_READ = frozenset({ObjectKind.CONFIG_KEY, ObjectKind.CLI_OPTION})
"""Objects a witness finds in the source of the module reading or declaring them."""


def instantiate(change: Change, breakage: str, old: Surface, where: Places | None = None) -> str:
    """The kind's witness written for the changed symbol; `where`: `places(old)`, made once for many changes."""
    if breakage in _WRITTEN_BY_MAKER:
        return ""
    kind = BY_ID[breakage]
    if change.kind is ChangeKind.ENV_VAR_REMOVED or change.object in _SOURCE_READ:
        location = change.old_location or change.new_location
        where = places(old) if where is None else where
        module = _file_module(location.path, where.modules) if location else ""
        defaults = where.default_configs.get(module) if module else None
        if defaults is None and location is not None and TABLE_KEY.fullmatch(change.symbol.removeprefix("config:")):
            defaults = _table_holding(old, module, location.line)
        source = defaults or f"inspect.getsource({module})"
        keyed = change.object is ObjectKind.CONFIG_KEY and defaults is None and location is not None
        declared = _declared_at(old, location) if keyed and location is not None else None
        name = declared if declared is not None and change.member_name.endswith(declared) else change.member_name
        changed = change.signature.defaults_changed if change.signature is not None else ()
        old_default = changed[0][1] if changed else ""  # an option's default (see `diff.cli_default_changes`)
        return kind.witness.format(module=module, name=name, where=source, old_default=old_default)
    if breakage == "class_setting_deprecated" and change.new_location is not None:
        where = places(old) if where is None else where
        module = _file_module(change.new_location.path, where.modules)
        return kind.witness.format(module=module, name=change.member_name) if module else ""
    delta = change.signature
    if delta is not None and delta.deprecated_later and set(delta.deprecated_parameters) <= set(delta.deprecated_later):
        return ""  # the warning comes from a method run later (an extension's `init_app`): no snippet alone shows it
    if breakage == "instance_attribute_removed" and _validated_fields(old.holder_class(change.symbol), old):
        return ""  # no instance can be built from `None`s: no snippet alone shows it
    if breakage == "name_dropped_from_all":
        module, _, name = change.symbol.rpartition(".")
        return kind.witness.format(module=module, member=name)
    if breakage == "deprecated_documented" and change.object is ObjectKind.MODULE:
        package, _, name = change.symbol.rpartition(".")  # a submodule, imported from its package
        return kind.witness.format(module=package, name=name, access=name, member=name) if package else ""
    return kind.witness.format(**_fields(change, breakage, old))


def _declared_at(old: Surface, location: Location) -> str | None:
    """The class attribute the old release binds on the key's line: the name its source spells for a setting a
    class declares under a prefix (django-appconf's `JS_FILTERS` for `COMPRESS_JS_FILTERS`, see `settingstables`)."""
    return next(
        (
            path.rsplit(".", 1)[-1]
            for path, symbol in old.symbols.items()
            if symbol.kind == "attribute" and symbol.line == location.line and symbol.file == location.path
        ),
        None,
    )


def _table_holding(old: Surface, module: str, line: int) -> str | None:
    """The module global whose assignment opens last at or before `line`: the defaults table spelling a key there
    (djangorestframework-simplejwt's `DEFAULTS`, see `settingstables`), no other global opening inside a literal."""
    found = [
        (symbol.line, path)
        for path, symbol in old.symbols.items()
        if symbol.kind == "attribute" and symbol.line <= line and path.rpartition(".")[0] == module
    ]
    return max(found)[1] if found else None


def call_witness(change: Change, breakage: str, site: CallSite, most: int, old: Surface) -> str:
    """The witness of a hook or a supplied callable now called with more: an override (or a callable taking the
    `most` arguments the old release passed) written for the old release, reached through the release's own call
    (`site`), which a method of the class makes on `self` in its own body. None otherwise: a call made elsewhere
    (`connection.ops.m(...)`), or in a handler the method registers (flask-wtf 1.3's `CSRFProtect.init_app`), is
    reached by no snippet alone, and calling the override as the new release does fails on the old one too."""
    fields = _fields(change, breakage, old)
    owner_path = f"{fields['module']}.{fields['owner']}"
    member = old.symbols.get(change.symbol)
    caller = old.symbols.get(f"{owner_path}.{site.caller}")
    if site.receiver not in ("self", "cls") or site.nested or caller is None or caller.params is None:
        return ""
    trigger = f"obj.{site.caller}({', '.join(_required(caller.params))})"
    taken = format_params(member.params or () if member is not None else ())[1:-1]
    callback = member.callback if member is not None else ""
    constructor = old.symbols.get(owner_path)
    required = _required(constructor.params or () if constructor is not None else ())
    arguments = [argument for argument in required if not argument.startswith(f"{callback}=")]
    supplied = f"{callback}=lambda {', '.join(f'a{i}' for i in range(most))}: None"
    return BY_ID[breakage].witness.format(
        **fields,
        old_params=f", {taken}" if taken else "",
        trigger=trigger,
        ctor_callback=", ".join(["obj", *arguments, supplied]),
    )


def factory_callback_witness(change: Change, param: str, fixed: int, rest: str, required: int, old: Surface) -> str:
    """The witness of a callable a decorator factory's wrapper now calls otherwise: one taking the `fixed` positional
    arguments (and the keywords, `rest`) the old wrapper passed, handed to the factory (its other required
    parameters get a callable returning a dict, as a cache factory would), the wrapper called with its `required`
    positional arguments."""
    fields = _fields(change, change.breakage or "", old)
    symbol = old.symbols.get(change.symbol)
    taken = [f"a{i}" for i in range(fixed)] + [f"{k[:-1]}=None" for k in rest.split(",") if k.endswith("=")]
    arguments = [
        f"{p.name}=lambda *args, **kwargs: {{}}"
        for p in (symbol.params or () if symbol is not None else ())
        if not p.has_default and p.kind in KEYWORD_KINDS and p.name != param
    ]
    return BY_ID[change.breakage or ""].witness.format(
        **fields,
        supplied_params=", ".join(taken),
        factory_args=", ".join([*arguments, f"{param}=supplied"]),
        wrapper_args=", ".join(["None"] * required),
    )


def forwarded_witness(change: Change, keyword: str, callee: str, old: Surface) -> str:
    """The witness of a keyword rejected down a `**kwargs` chain: the old callee that took it binds it, the new one
    refuses it (the chain to it is the diff's reading; calling a method here would need an instance)."""
    found = old.symbols.get(callee) or old.helpers.get(callee)
    module = _module_of(callee, old)
    access = callee[len(module) + 1 :] or callee
    params = found.params or () if found is not None else ()
    bound_self = ["None"] if found is not None and found.kind == "method" and found.method_kind == "method" else []
    init_signed = found is not None and found.kind == "class" and found.init_signed
    return BY_ID[change.breakage].witness.format(
        module=module,
        name=access.split(".")[0],
        signed=f"{access}.__init__" if init_signed else access,
        signed_bind=", ".join((["None"] if init_signed else bound_self) + _required(params, keyword)),
    )
