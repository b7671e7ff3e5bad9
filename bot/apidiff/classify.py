"""Which catalogue kinds a `Change` is, decided from the change and the two surfaces."""

from __future__ import annotations

from bot.apidiff.annotations import INFERRED_RETURN, NOW_NONE
from bot.apidiff.extras import PRIVATE_API, is_private_member
from bot.apidiff.model import ModuleStatus, Surface, Symbol
from bot.apidiff.protocols import operation
from bot.apidiff.shapes import ENUM_BASES
from bot.changes import Change, ChangeKind, ObjectKind
from bot.symbol_names import is_private_symbol


def _parent(path: str) -> str:
    return path.rsplit(".", 1)[0]


def _deprecated_module(module: str, old: Surface) -> bool:
    """A module that warned as deprecated, or a package of nothing but such modules: every subpackage of wtforms
    2.3's `wtforms.ext` warned on import (`wtforms.ext.i18n`, `.csrf`, ...), and its `__init__` binds nothing."""
    symbol = old.symbols.get(module)
    if symbol is not None and symbol.deprecated is not None:
        return True
    prefix = f"{module}."
    children = [s for path, s in old.symbols.items() if path.startswith(prefix) and "." not in path[len(prefix) :]]
    return bool(children) and all(s.kind == "module" and s.deprecated is not None for s in children)


def _became_package(module: str, old: Surface, new: Surface) -> bool:
    before, after = old.symbols.get(module), new.symbols.get(module)
    return (
        before is not None
        and after is not None
        and not before.file.endswith("__init__.py")
        and after.file.endswith("__init__.py")
    )


_MODEL_ROOTS = frozenset(("pydantic", "pydantic_settings"))


def _own_unread(symbol: Symbol, old: Surface) -> bool:
    """An alias of a name in a module of the distribution no reader sees (a compiled `h5py.h5t`), no third party's."""
    unread = (r.module for r in old.modules if r.status is not ModuleStatus.OK)
    return any(symbol.target == module or symbol.target.startswith(f"{module}.") for module in unread)


def _held_by_instances(symbol: Symbol, parent: Symbol) -> bool:
    """An attribute instances hold and the class does not: set on `self`, only annotated in the body (`x: int`, a
    dataclass field without default), or an annotated field of a pydantic model, whose metaclass keeps even a
    field's default off the class (`Model.field` is an AttributeError, on the old release too); a `ClassVar` is the
    class's."""
    if symbol.instance:
        return True
    if symbol.kind != "attribute" or symbol.annotation is None or "ClassVar" in symbol.annotation:
        return False  # a declared `ClassVar` is one users' subclasses set (marshmallow's `Schema.Meta.ordered`)
    return symbol.declared or (
        any(
            base.split(".", 1)[0] in _MODEL_ROOTS and base.endswith(("BaseModel", "BaseSettings"))
            for base in parent.external_bases
        )
    )


def _removed_kind(change: Change, old: Surface, new: Surface) -> str:
    symbol = old.symbols.get(change.symbol)
    if symbol is None:
        return (
            "module_to_package_reexport_lost"
            if _became_package(_parent(change.symbol), old, new)
            else "attribute_removed"
        )
    name = change.symbol.rsplit(".", 1)[-1]
    parent = old.holder_class(change.symbol)
    if symbol.kind == "module":
        if change.symbol in new.symbols:  # the package answers the name, the file is gone (see `diff`)
            return MODULE_NOW_ATTRIBUTE
        return "deprecated_name_removed" if _deprecated_module(change.symbol, old) else "module_removed"
    if parent is not None and parent.kind == "class" and symbol.collected_as:
        return "declared_field_removed"
    if parent is not None and parent.kind == "class" and is_private_member(name):
        return "private_instance_attribute_removed" if _held_by_instances(symbol, parent) else "private_member_removed"
    if symbol.deprecated is not None:  # announced, private or not (flask 2.3's `_request_ctx_stack` warned)
        return "deprecated_name_removed"
    if is_private_symbol(change.symbol):
        return "private_removed"
    if parent is not None and parent.kind == "class":
        if symbol.kind == "method":
            return "protocol_method_removed" if operation(name) else "method_removed"
        if symbol.kind == "property":
            return "property_removed"
        if symbol.kind == "class":
            return "nested_class_removed"
        if ENUM_BASES & set(parent.external_bases):
            return "enum_member_removed"
        return "instance_attribute_removed" if _held_by_instances(symbol, parent) else "class_attribute_removed"
    if _became_package(_parent(change.symbol), old, new):
        return "module_to_package_reexport_lost"
    if symbol.kind == "alias" and not _own_unread(symbol, old):
        return "third_party_reexport_removed"
    if (
        symbol.target != change.symbol
        and _parent(symbol.target) != _parent(change.symbol)
        and any(s.target == symbol.target for s in new.symbols.values())
    ):
        return "reexport_removed"
    return (
        {"class": "class_removed", "function": "function_removed"}.get(symbol.kind, "attribute_removed")
        if name
        else "attribute_removed"
    )


def _signature_kinds(change: Change, before: Symbol | None) -> list[str]:
    delta = change.signature
    if delta is None:
        return []
    kinds: list[str] = []
    named = {p.name for p in (before.params or ())} if before is not None else set()
    options = set(before.kwargs_options) if before is not None else set()
    record = before is not None and before.kind == "class" and bool(before.record)
    for name in delta.removed:
        if name.startswith("**"):
            kinds.append("var_keyword_removed")
        elif name.startswith("*"):
            kinds.append("var_positional_removed")
        elif name in delta.kwargs_ignored:  # a pydantic model's too, whose `extra` ignores other keywords
            kinds.append("param_absorbed_ignored")
        elif record:
            kinds.append("record_field_removed")
        elif name in options and name not in named:
            kinds.append("kwargs_option_removed")
        elif name in delta.absorbed_by_kwargs and name in delta.kwargs_unverified:  # not followed: no verdict
            kinds.append("param_absorbed_unverified")
        elif name in delta.absorbed_by_kwargs:
            kinds.append("param_absorbed_rejected")
        else:
            kinds.append("param_removed")
    if delta.renamed:
        kinds.append("param_renamed")
    if delta.made_positional_only:
        kinds.append("param_made_positional_only")
    if delta.made_keyword_only:
        kinds.append("param_made_keyword_only")
    if delta.new_required or delta.defaults_removed:
        kinds.append(
            "record_field_made_required"
            if record
            else "param_new_required"
            if delta.new_required
            else "param_default_removed"
        )
    if delta.moved:
        kinds.append("param_moved")
    for where, _, _ in delta.annotations_changed:
        kinds.append(_ANNOTATION_KINDS.get(where, "param_type_changed"))
    if delta.now_raising:
        kinds.append("param_now_raises")
    if delta.no_longer_read:
        kinds.append("param_no_longer_read")
    carried = _attribute_options(before)
    if any(n not in carried for n, _, _, _ in delta.defaults_changed):  # last: no call fails, any other tells more
        kinds.append(DEFAULT_CHANGED)
    if any(n in carried for n, _, _, _ in delta.defaults_changed):
        kinds.append(OPTION_DEFAULT_CHANGED)
    return list(dict.fromkeys(kinds))


def _attribute_options(before: Symbol | None) -> frozenset[str]:
    """The keywords whose default a class attribute carries (see `attrdefaults`), none a parameter."""
    if before is None or not before.option_defaults:
        return frozenset()
    named = {p.name for p in before.params or ()}
    return frozenset(n for n, _ in before.option_defaults if n not in named)


DEFAULT_CHANGED = "param_default_changed"
OPTION_DEFAULT_CHANGED = "option_default_changed"
"""A keyword's default carried by the class attribute of its name (`attrdefaults`)."""
MODULE_NOW_ATTRIBUTE = "module_now_attribute_only"
"""A submodule only its package's `__getattr__` still answers: imported by its path, it is gone."""
_ANNOTATION_KINDS = {
    "return": "return_type_changed",
    INFERRED_RETURN: "returned_type_changed",
    NOW_NONE: "returns_none_now",
}


def breakage_kinds(change: Change, old: Surface, new: Surface) -> list[str]:
    """The catalogue kinds of a change, most telling first (shape changes arrive already classified)."""
    if change.breakage:
        return [change.breakage]
    if change.kind is ChangeKind.ENV_VAR_REMOVED:
        return ["env_var_removed"]
    if change.object is ObjectKind.CONFIG_KEY:
        return ["config_key_deprecated" if change.kind is ChangeKind.DEPRECATED else "config_key_removed"]
    if change.object is ObjectKind.CLASS_OPTION:
        return ["class_option_no_longer_read"]
    if change.object is ObjectKind.CLI_OPTION:
        return ["cli_option_removed"]
    if change.kind is ChangeKind.REMOVED:
        return [_removed_kind(change, old, new)]
    if change.kind is ChangeKind.DEPRECATED:
        if change.signature is not None and change.signature.positional_deprecated:
            return ["positional_use_deprecated"]
        if change.signature is not None and change.signature.deprecated_values:
            return ["param_value_deprecated"]
        partial = change.signature is not None and change.signature.deprecated_parameters
        return ["deprecated_param_added" if partial else "deprecated_added"]
    before = old.symbols.get(change.symbol)
    kinds = _signature_kinds(change, before)
    if kinds and before is not None and before.signature_unknown == PRIVATE_API:
        return [PRIVATE_SIGNATURE, *kinds]
    return kinds


PRIVATE_SIGNATURE = "private_signature_changed"


def witness_kind(kinds: list[str]) -> str:
    """The kind whose witness shows the change: a private method's signature change is shown by what changed (the
    parameter kind beside it), as a public method's would be."""
    return kinds[1] if kinds[0] == PRIVATE_SIGNATURE and len(kinds) > 1 else kinds[0]
