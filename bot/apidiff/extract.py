"""Read one module's source into a `RawModule`: definitions, imports, `__all__`, shims, warnings, env vars."""

from __future__ import annotations

import ast
import re
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path
from types import MappingProxyType

from bot.apidiff.allexporters import (
    all_creators,
    all_exporters,
    module_replacers,
    module_setters,
    replacer_calls,
    setter_calls,
    table_calls,
    table_replacers,
)
from bot.apidiff.allloops import loop_all_names
from bot.apidiff.attrdefaults import attribute_defaults
from bot.apidiff.blocks import (
    ModuleBindings,
    assigned_names,
    flatten,
    is_type_checking,
    one_arm_names,
    only_raises,
)
from bot.apidiff.builtprops import built_receivers
from bot.apidiff.cachedprops import SETTABLE_CACHES, imported_decorator
from bot.apidiff.calls import read_calls, self_calls
from bot.apidiff.cliopts import cli_defaults, cli_options, declares_options, spelled_options
from bot.apidiff.collectedfields import collected_as
from bot.apidiff.collector import collector_paused
from bot.apidiff.configkeys import key_spelled, read_config_keys
from bot.apidiff.deferred import DeferredBindings
from bot.apidiff.defmemo import DefMemo, memo_safe
from bot.apidiff.deprecation import (
    Warn,
    body_warns,
    decorator_deprecation,
    exact_class_warns,
    guarded_warns,
    helper_named,
    message_locals,
    omitted_params,
    own_deprecations,
    parameter_conditions,
    parameter_handoffs,
    parameter_warns,
    presence_warns,
    private_flag_warns,
    raised_when_given,
    statement_warn,
    unconfigured_warns,
    value_warns,
)
from bot.apidiff.deprecmarkers import sentinel_deprecated
from bot.apidiff.docdeprecated import (
    commented_deprecations,
    deprecated_param_entries,
    docstring_deprecation,
    module_docstring_deprecation,
)
from bot.apidiff.envgates import env_gates
from bot.apidiff.envvars import private_env_set, read_click_env, read_env_vars, text_constants
from bot.apidiff.examplecode import example_named, runs_as_script, runs_for_effect, test_script
from bot.apidiff.factories import init_warning, made_warning, makes_refusing, returned_method
from bot.apidiff.facts import CallableFacts, nodes_on_lines, read_facts
from bot.apidiff.handednones import sibling_refused
from bot.apidiff.handedself import (
    COMPUTED,
    ITEMS,
    class_parameter_uses,
    handed_at,
    instance_parameter,
    method_handed,
    module_functions,
    parameter_uses,
    set_name,
)
from bot.apidiff.helpercalls import call_literals
from bot.apidiff.imports import import_bindings, sibling_imports
from bot.apidiff.keptkwargs import kept_kwargs
from bot.apidiff.keyedkwargs import subclass_registry
from bot.apidiff.lazyimports import bound_on_import, lazily_imported
from bot.apidiff.listedkeys import names_literal, pairs_literal, renames_literal
from bot.apidiff.metaopts import read_options
from bot.apidiff.model import ModuleStatus, Param, ParamKind
from bot.apidiff.modelconfig import declared_extra, model_fields
from bot.apidiff.newbuilds import built_elsewhere
from bot.apidiff.nonepath import with_fallbacks
from bot.apidiff.nskeys import namespace_keys
from bot.apidiff.params import (
    args_fallbacks,
    none_defaults,
    read_params,
    rejected_defaults,
    with_type_comment,
    without_defaults,
)
from bot.apidiff.patterns import after_boundary
from bot.apidiff.python_versions import python_truth, reads_python_version
from bot.apidiff.raw import Binding, RawAttribute, RawCallable, RawClass, RawImport, RawModule, only_annotated
from bot.apidiff.records import (
    NEXT_GEN_ATTRS,
    frozen_record,
    functional_class,
    init_keeping_decorators,
    kept_off_class,
    own_fields,
    record_kind,
    record_params,
    summed_text,
)
from bot.apidiff.registered import registrations
from bot.apidiff.runtime_names import MARKERS as RUN_TIME_MARKERS
from bot.apidiff.runtime_names import enum_members, run_time_writes, sys_modules_keys
from bot.apidiff.selfnames import dict_update_on_self, loop_setattrs
from bot.apidiff.setattrnames import (
    class_decorators,
    handed_arguments,
    handed_strings,
    helper_calls,
    literal_strings,
    setattr_names,
    setter_helpers,
    unspelled_setattrs,
)
from bot.apidiff.settingstables import (
    APPCONF,
    SETTINGS_CALL,
    appconf_settings,
    refused_keys,
    spelled_only_tabled,
    table_keys,
)
from bot.apidiff.settingwarns import may_warn_settings, setting_warns
from bot.apidiff.shim import (
    catch_all_warnings,
    foreign_tables,
    lazy_import_shims,
    lazy_module_shims,
    literal_table,
    made_def,
    read_getattr_shim,
    self_replacement,
    serves_any_name,
    table_shims,
)
from bot.apidiff.source import (
    SourceText,
    defaults_of,
    dotted_name,
    literal_text,
    node_bytes,
    offset_lines,
    parse_module,
    walk,
    walked,
)
from bot.apidiff.spelled import stored_in
from bot.apidiff.spreadsettings import SPREAD, spread_settings
from bot.apidiff.unboundcalls import unbound_calls
from bot.apidiff.userattrs import plain_reads, user_attributes
from bot.apidiff.versionflags import MARKERS as VERSION_MARKERS
from bot.apidiff.versionflags import inline_version_flags
from bot.apidiff.zopenames import (
    ATTRIBUTE_HELPER,
    MAX_NAMES,
    TWISTED_DEPRECATE,
    ZOPE_MODULES,
    attribute_deprecation,
    deprecated_names,
    is_deprecated_call,
    module_helper_deprecation,
    wrapped_message,
)

MAX_MODULE_BYTES = 4 * 1024 * 1024
"""Bigger module files are generated data, not API; they are reported as too large and skipped."""


def read_tree(path: Path) -> tuple[ast.Module, bytes] | None:
    """A module file of the release read again by a pass that needs its tree (a stub's source, a hook module): None
    when it is missing, a link, too large or not parsable, as `read_module` would have said."""
    try:
        if path.is_symlink() or path.stat().st_size > MAX_MODULE_BYTES:
            return None
        data = path.read_bytes()
        return parse_module(data, str(path)), data
    except (OSError, SyntaxError, ValueError, RecursionError):
        return None


_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_Memo = tuple[DefMemo, bool] | None
"""The memo of defs and whether the module was parsed with type comments (None: read every def)."""


def _decorator_names(node: _FunctionDef | ast.ClassDef) -> list[str]:
    names = []
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        names.append(dotted_name(target) or "")
    return names


def _callable(node: _FunctionDef, source: SourceText, in_class: bool, memo: _Memo) -> RawCallable | None:
    """The def read, or taken from `memo` when the same text was read before (in this release or an earlier one)."""
    if memo is None:
        return _read_callable(node, source, in_class)
    table, type_comments = memo
    key = table.key(node, source, in_class, type_comments)
    found, member = table.get(key, node.lineno)
    if not found:
        member = _read_callable(node, source, in_class)
        table.put(key, member)
    return member


def _no_member(decorators: list[str]) -> bool:
    """A setter, deleter or `@overload` stub: not a member of its own (`_callable` gives None)."""
    return any(name.endswith((".setter", ".deleter")) or name.rsplit(".", 1)[-1] == "overload" for name in decorators)


def _module_function(
    node: _FunctionDef, source: SourceText, memo: _Memo, overloads: list[str | None] | None = None
) -> RawCallable:
    """A module-level def `_no_member` let through, read (when its name is first looked up); `overloads`: the
    return annotations of the `@overload` stubs before it, when there are some."""
    member = _callable(node, source, False, memo)
    assert member is not None  # `_no_member` decides when `_read_callable` gives None
    return _untyped(member, overloads) if overloads is not None else member


def _is_overload(node: _FunctionDef) -> bool:
    return any(name.rsplit(".", 1)[-1] == "overload" for name in _decorator_names(node))


def _untyped(member: RawCallable, overloads: list[str | None] | None = None) -> RawCallable:
    """The implementation of `@overload`ed stubs without its annotations: type checkers read the stubs, not its
    catch-all types (click 8.2's `edit(...) -> str | bytes | bytearray | None` after `-> str | None` for `str`
    text), so they make no type claim; its parameters are still what calls bind at run time. `overloads`: the
    stubs' return annotations, kept when each has one (see `Symbol.overload_returns`)."""
    params = tuple(replace(param, annotation=None) for param in member.params)
    known = tuple(text for text in overloads or () if text is not None)
    returned = known if overloads and len(known) == len(overloads) else ()
    return replace(member, params=params, returns=None, overload_returns=returned)


def _overloaded(member: RawCallable, overloads: list[str | None]) -> RawCallable:
    """The implementation after `@overload` stubs, `_untyped`; a property keeps the type of what reading it gives,
    which stubs shaped as calls never type (sentence-transformers 5.7's overloads spell `similarity(a, b)`, the
    property after them `-> Callable[[Tensor, Tensor], Tensor]`, the function its calls run)."""
    return member if member.kind == "property" else _untyped(member, overloads)


def _stub_return(node: _FunctionDef, source: SourceText) -> str | None:
    """An `@overload` stub's return annotation, as written."""
    return source.segment(node.returns) if node.returns is not None else None


def _overloads_only(node: _FunctionDef, source: SourceText, in_class: bool) -> RawCallable:
    """The first of `@overload` stubs no implementation follows (a `.pyi` stub's, numpy 1.22's `finfo.__new__` or
    `char.add`): the definition users reach, whose signature is what the overloads say together, so unknown here
    (its `overload` decorator leaves it unknown, see `members.decorator_replaces`)."""
    member = _read_callable(node, source, in_class, overloads_only=True)
    assert member is not None  # setters and deleters are never `@overload`ed
    return _untyped(member)


def _read_callable(
    node: _FunctionDef, source: SourceText, in_class: bool, overloads_only: bool = False
) -> RawCallable | None:
    decorators = _decorator_names(node)
    if _no_member(decorators) and not overloads_only:
        return None
    last_names = {name.rsplit(".", 1)[-1] for name in decorators}
    if not in_class:
        kind = "function"
    elif any(name.lower().endswith("property") for name in last_names) or any(
        n.endswith(".getter") for n in decorators
    ):
        # property, cached_property, locked_cached_property, Twisted's deprecatedProperty; a base's property given
        # another getter (napari 0.4's `@Layer.mode.getter def mode(self)` in `Shapes`: a property all the same)
        kind = "property"
    elif "classmethod" in last_names or "abstractclassmethod" in last_names:
        kind = "classmethod"
    elif "staticmethod" in last_names or "abstractstaticmethod" in last_names:
        kind = "staticmethod"
    else:
        kind = "method"
    text = node_bytes(source, node)
    params = with_fallbacks(node, read_params(node.args, source, drop_first=in_class and kind != "staticmethod"), text)
    returns = source.segment(node.returns) if node.returns is not None else None
    called_on_self = (
        self_calls(node, text, static=kind == "staticmethod")
        if in_class
        and (
            b"self." in text
            or b"super(" in text
            or b"cls." in text
            or text.count(b"(self") > 1
            or b"( self" in text
            or kind == "staticmethod"
        )
        else ()
    )
    self_sets = _self_sets(text) if in_class and b"self" in text else ()
    sets_on_any = _sets_on_any(text) if in_class else ()
    if node.type_comment:
        params, returns = with_type_comment(node.type_comment, params, returns, in_class and kind != "staticmethod")
    nones: frozenset[str] = frozenset()
    refused: frozenset[str] = frozenset()
    if b"None" in text or b"assert " in text:
        refused = rejected_defaults(node, text, source.compiled_patterns())
        params = without_defaults(params, refused)
        nones = none_defaults(node.args)
        refused |= args_fallbacks(node) if nones else frozenset()
    warns: tuple[Warn, ...] = ()
    param_warns: tuple[tuple[str, Warn], ...] = ()
    conditions: tuple[tuple[str, str], ...] = ()
    exact: tuple[tuple[str, Warn], ...] = ()
    values: tuple[tuple[str, str, Warn], ...] = ()
    presence: tuple[tuple[str, Warn], ...] = ()
    if _may_warn(text):
        names = frozenset(param.name for param in params)
        var_keyword = next((p.name for p in params if p.kind is ParamKind.VAR_KEYWORD), None)
        built = message_locals(node.body, names) if not in_class and helper_named(node.name) else frozenset()
        if in_class and kind != "staticmethod" and node.args.args and node.name not in _CONSTRUCTORS:
            warns = unconfigured_warns(node.body, names | built, node.args.args[0].arg, node.name)
        else:
            warns = body_warns(node.body, names | built)
        warns = own_deprecations(warns, node.name)
        if not warns and "deprecat" in node.name.lower() and b"if " in text:
            warns = guarded_warns(node.body, names)
        param_warns = parameter_warns(node.body, names, var_keyword, defaults_of(node.args))
        if param_warns and any(name.startswith("_") for name, _ in param_warns):
            flagged = private_flag_warns(node.body, defaults_of(node.args))
            warns += tuple(warn for _, warn in flagged)
            flags = {name for name, _ in flagged}  # their warnings are the object's: every public call gives them
            param_warns = tuple(pair for pair in param_warns if pair[0] not in flags)
        # `is not deprecated`: a module's sentinel named for a deprecation marks "not given" (see `_presence_warns`)
        presence = _presence_warns(node, params, param_warns, var_keyword) if _tests_presence(text) else ()
        if param_warns:
            conditions = parameter_conditions(node.body, names, var_keyword, defaults_of(node.args))
        if _takes_values(node.name) and (b"==" in text or b" in " in text):
            values = value_warns(node.body, names, defaults_of(node.args))
        if in_class and node.name in _CONSTRUCTORS and node.args.args and (b"type(" in text or b" is " in text):
            exact = exact_class_warns(node.body, node.args.args[0].arg, node.name == "__new__")
    made = made_warning(node) if not in_class and b"def " in text[3:] and _may_warn(text) else None
    inner = returned_method(node) if not in_class and b"def " in text[3:] else None
    return RawCallable(
        node.name,
        node.lineno,
        kind,
        params,
        warns,
        param_warns,
        decorator_deprecation(node.decorator_list),
        tuple(called for stmt in node.body if (called := _init_called(stmt))) if node.name == "__init__" else (),
        tuple(decorators),
        isinstance(node, ast.AsyncFunctionDef),
        returns,
        _raising_facts(read_facts(node, text, in_class and kind != "staticmethod", source.data), node, text),
        called_on_self,
        tuple(isinstance(decorator, ast.Call) for decorator in node.decorator_list),
        _decorator_arguments(node.decorator_list),
        read_calls(node, text),
        decorator_numbers=_decorator_numbers(node.decorator_list),
        handoffs=parameter_handoffs(node, text),
        self_sets=self_sets,
        sets_on_any=sets_on_any,
        made_warning=made,
        made_directly=made is not None and made_warning(node, 1) is not None,
        makes_refusing=not in_class and b"raise" in text and b"def " in text[3:] and makes_refusing(node),
        omitted=omitted_params(node.body, (name for name, _ in param_warns), node.args) if param_warns else frozenset(),
        exact_warns=exact,
        value_warns=values,
        param_conditions=conditions,
        presence_warns=presence,
        doc_deprecated=docstring_deprecation(node) if _may_announce(text) else None,
        doc_deprecated_params=deprecated_param_entries(node) if b"eprecat" in text else (),
        none_defaults=nones,
        none_refused=refused,
        sentinel_params=sentinel_deprecated(node.args) if _may_default_deprecated(node.args, text) else (),
        made_method=_read_callable(inner, source, True) if inner is not None else None,
        init_warning=init_warning(node) if not in_class and b"__ = " in text and _may_warn(text) else None,
    )


def _may_default_deprecated(arguments: ast.arguments, text: bytes) -> bool:
    """A def with defaults whose text spells "deprecated" (see `deprecmarkers.sentinel_deprecated`): most have none."""
    return bool(arguments.defaults or arguments.kw_defaults) and (b"eprecated" in text or b"EPRECATED" in text)


def _new_type_base(value: ast.expr | None, source: SourceText) -> str | None:
    """The base type `NewType("X", base)` is given, as written (see `RawAttribute.new_type`)."""
    if not (isinstance(value, ast.Call) and len(value.args) == 2 and not value.keywords):
        return None
    called = dotted_name(value.func)
    return source.segment(value.args[1]) if called is not None and called.rsplit(".", 1)[-1] == "NewType" else None


def _may_announce(text: bytes) -> bool:
    """Whether a def's text may hold a docstring deprecating it (see `docstring_deprecation`)."""
    return b"eprecat" in text or b"removed" in text or b"renamed" in text or b"going away" in text


_CONSTRUCTORS = frozenset({"__init__", "__new__"})
_CALLED_WITH_VALUES = _CONSTRUCTORS | {"__call__"}


def _takes_values(name: str) -> bool:
    """A callable whose callers choose its arguments' values: not a special method Python calls with a name or key
    (`__getattr__(self, name)` warning for one name deprecates an attribute, read as such elsewhere)."""
    return not (name.startswith("__") and name.endswith("__")) or name in _CALLED_WITH_VALUES


def _decorator_arguments(decorators: list[ast.expr]) -> tuple[tuple[tuple[int | str, str], ...], ...]:
    """See `RawCallable.decorator_arguments`."""
    if not any(isinstance(d, ast.Call) and (d.args or d.keywords) for d in decorators):
        return ()
    return tuple(_call_arguments(d) if isinstance(d, ast.Call) else () for d in decorators)


def _decorator_numbers(decorators: list[ast.expr]) -> tuple[tuple[tuple[int | str, int | None], ...], ...]:
    """See `RawCallable.decorator_numbers`."""
    if not any(isinstance(d, ast.Call) and (d.args or d.keywords) for d in decorators):
        return ()
    return tuple(_call_numbers(d) if isinstance(d, ast.Call) else () for d in decorators)


def _call_numbers(call: ast.Call) -> tuple[tuple[int | str, int | None], ...]:
    keywords = ((k.arg, k.value) for k in call.keywords if k.arg)
    passed: list[tuple[int | str, ast.expr]] = [*enumerate(call.args), *keywords]
    return tuple((key, _number(value)) for key, value in passed)


def _number(node: ast.expr) -> int | None:
    """An int or bool literal's value."""
    value = node.value if isinstance(node, ast.Constant) else None
    return int(value) if isinstance(value, int) else None  # a bool is an int


def _call_arguments(call: ast.Call) -> tuple[tuple[int | str, str], ...]:
    literals = call_literals(call)
    spelled = {key for key, _ in literals}
    lists = tuple((index, text) for index, arg in enumerate(call.args) if (text := _names_text(arg)) is not None)
    others = ((k.arg or "**", _names_text(k.value) or "") for k in call.keywords if k.arg not in spelled)
    return (*literals, *lists, *others)


def _names_text(node: ast.expr) -> str | None:
    """A list of names as "[a,b]", a dict of renames as "{a:b}" or a list of pairs as "<a:b>" (see
    `RawCallable.decorator_arguments`)."""
    return names_literal(node) or renames_literal(node) or pairs_literal(node)


def _self_sets(text: bytes) -> tuple[str, ...]:
    """See `RawCallable.self_sets`: read from the text (a name too many only spares a removal claim)."""
    found = set(_SELF_SET.findall(text)) | set(_SELF_UNPACKED.findall(text)) if b"self." in text else set()
    if b"setattr(" in text:
        found.update(_SETATTR_SELF.findall(text))
    if b"self[" in text and _SELF_ITEM.search(text):
        found.add(ITEMS.encode())
    return tuple(sorted(name.decode() for name in found)) if found else ()


def _sets_on_any(text: bytes) -> tuple[str, ...]:
    """See `RawCallable.sets_on_any`: read from the text, as `_self_sets` (a name too many only spares a claim)."""
    found = set(_ANY_SET.findall(text)) if b"=" in text else set()
    if b"setattr(" in text:
        found.update(_SETATTR_ANY.findall(text))
    return tuple(sorted(name.decode() for name in found)) if found else ()


def _presence_warns(
    node: _FunctionDef, params: tuple[Param, ...], param_warns: tuple[tuple[str, Warn], ...], var_keyword: str | None
) -> tuple[tuple[str, Warn], ...]:
    """The required parameters the body warns about when given something (see `RawCallable.presence_warns`)."""
    variadic = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    own = {name for name, _ in param_warns}
    required = frozenset(p.name for p in params if not p.has_default and p.kind not in variadic and p.name not in own)
    if not required:
        return ()
    return presence_warns(node.body, frozenset(p.name for p in params), required, var_keyword)


def _tests_presence(text: bytes) -> bool:
    """Whether a body may test a parameter's presence: `is not None`, or against a sentinel named for a deprecation
    (seaborn 0.13's `_violin_scale_backcompat(self, scale, ...)` warns `if scale is not deprecated`, 0.12's
    `_deprecate_ci(errorbar, ci)` `if ci != "deprecated"`)."""
    if b" is not None" in text:
        return True
    return (b"eprecat" in text or b"EPRECAT" in text) and _SENTINEL_TESTED.search(text) is not None


_SENTINEL_TESTED = re.compile(rb"""(?:\bis not|!=) (?:[\w.]*\.)?_*(?:deprecated|DEPRECATED)_*\b|!= ["']deprecated""")


def _may_warn(text: bytes) -> bool:
    """Whether a body could call `warn` or a `...deprecat...` or `depr...` helper (the names `_call_warn` accepts);
    identifiers outside ASCII may be spelled otherwise in the source, so such a body is read."""
    lowered = text.lower()
    return b"warn" in lowered or b"depr" in lowered or not text.isascii()


def _init_called(stmt: ast.stmt) -> str:
    """For `super().__init__(...)` as a statement "super", for `Base.__init__(self, ...)` "Base" (bleach 6's
    `html5lib_shim.Filter.__init__(self, source)` skips the deprecated sanitizer `Filter` it subclasses), "?" for a
    receiver that names no class; "" for any other statement."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return ""
    func = stmt.value.func
    if not (isinstance(func, ast.Attribute) and func.attr == "__init__"):
        return ""
    receiver = func.value
    if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name) and receiver.func.id == "super":
        return "super"
    return dotted_name(receiver) or "?"


_BLOCKS = (ast.If, ast.With, ast.AsyncWith, ast.Try, ast.For, ast.AsyncFor, ast.While)


def _note_handed_self(call: ast.Call, cls: RawClass) -> None:
    """Record a call handing `self` to a function its module does not define (see `RawClass.handed_self`)."""
    spelled = dotted_name(call.func)
    at = handed_at(call, "self") if spelled and not spelled.startswith("self.") else None
    if spelled and at is not None:
        cls.handed_self += ((spelled, *at),)


_HANDS_SELF = re.compile(rb"[(,=]\s*+self\s*+[,)]")
"""`self` handed as an argument (`f(self, x)`, `f(x, dataset=self)`)."""


def _handed_by_methods(methods: dict[str, _FunctionDef], source: SourceText) -> tuple[tuple[str, int, str], ...]:
    """(the callee as spelled, the position or -1, the keyword or "") of each call a method other than `__init__`
    makes handing `self` to a callable no method of its own: highdicom 0.28's `_Image._init_multiframe_image`, which
    the subclasses' constructors call, hands it to `_add_icc_profile_attributes(self, icc_profile)`, setting
    `dataset.ICCProfile`. What such a function sets, the instance may have, as `self.x = ...` in a method (see
    `Symbol.self_sets`)."""
    found: list[tuple[str, int, str]] = []
    starts = source.line_starts()
    for name, method in methods.items():
        if name == "__init__":
            continue
        text = node_bytes(source, method)  # searched from its body on: its own `def m(self, ...)` hands nothing
        first = method.lineno
        offset = starts[method.body[0].lineno - 1] - starts[first - 1]
        lines = sorted(set(offset_lines(text, (m.start() for m in _HANDS_SELF.finditer(text, offset)), first).values()))
        for node in nodes_on_lines(method.body, lines, ()) if lines else ():  # only the lines handing `self`
            spelled = dotted_name(node.func) if isinstance(node, ast.Call) else None
            if spelled and not spelled.startswith("self.") and spelled not in methods:
                at = handed_at(node, "self") if isinstance(node, ast.Call) else None
                found += [(spelled, *at)] if at is not None else []
    return tuple(found)


def _instance_attributes(
    init: _FunctionDef, cls: RawClass, methods: dict[str, _FunctionDef], functions: Mapping[str, list[_FunctionDef]]
) -> None:
    """Attributes `__init__` sets on `self`, in any block, in the class's own helpers it calls on `self`
    (`self._setup()`), and in the module's functions and the class's staticmethods it hands `self` to
    (`_populate(self, ...)` setting `route.x`, `Cls._setup(self)`, see `handedself`): a refactor moving `self.x = ...`
    into a helper removes nothing."""
    nothing: frozenset[str] = frozenset()
    own = init_own = _own_parameters(init)
    defaults = _string_defaults(init)
    pending: list[tuple[ast.stmt, frozenset[str], frozenset[str], str]] = [
        (stmt, nothing, own, "self") for stmt in init.body
    ]
    seen = {init.name}
    spelled: set[str] = set()  # variables of loops over names a reader knows, or over what the caller passed
    followed: set[tuple[str, int, str]] = set()
    parameters = {argument.arg for argument in (*init.args.posonlyargs, *init.args.args, *init.args.kwonlyargs)}
    while pending:
        stmt, guarded, own, receiver = pending.pop(0)
        targets: list[ast.expr] = []
        if isinstance(stmt, ast.Assign):
            targets = stmt.targets
        elif isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
        elif isinstance(stmt, _BLOCKS):
            present = guarded | _presence_tested(stmt.test) if isinstance(stmt, ast.If) else guarded
            looped = loop_setattrs(stmt, own) if isinstance(stmt, ast.For) and receiver == "self" else []
            for named in looped:
                cls.members.setdefault(named, RawAttribute(named, stmt.lineno, instance=True))
            if isinstance(stmt, ast.For) and (
                looped or literal_strings(stmt.iter) is not None or _reads(stmt.iter, own)
            ):
                spelled.update(_loop_variable(stmt))
            pending.extend((inner, present, own, receiver) for inner in stmt.body)
            pending.extend((inner, guarded, own, receiver) for inner in getattr(stmt, "orelse", []))
            pending.extend((inner, guarded, own, receiver) for inner in getattr(stmt, "finalbody", []))
            for handler in getattr(stmt, "handlers", []):
                pending.extend((inner, guarded, own, receiver) for inner in handler.body)
        # a helper's result assigned (`kind = self._configure(...)`) runs its body as a bare call does
        call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) and isinstance(stmt.value, ast.Call) else None
        if call is not None:
            helper = _self_method(call.func) if receiver == "self" else ""
            if helper in methods and helper not in seen:
                seen.add(helper)
                helper_own = _own_parameters(methods[helper])
                pending.extend((inner, guarded, helper_own, "self") for inner in methods[helper].body)
            method, handed = method_handed(call, receiver, cls.name, methods)
            if handed and (method, -1, handed) not in followed and len(followed) < _MAX_FOLLOWED:
                followed.add((method, -1, handed))
                pending.extend((inner, guarded, nothing, handed) for inner in methods[method].body)
            called = call.func.id if isinstance(call.func, ast.Name) else ""
            for index, function in enumerate(functions.get(called, ())):
                handed = instance_parameter(call, receiver, function)
                if handed and (called, index, handed) not in followed and len(followed) < _MAX_FOLLOWED:
                    followed.add((called, index, handed))
                    pending.extend((inner, guarded, nothing, handed) for inner in function.body)
            if receiver == "self" and called not in functions:
                _note_handed_self(call, cls)
            named_here = (
                (
                    _setattr_on_self(call, defaults if own is init_own else {}),
                    *dict_update_on_self(call, own),
                )
                if receiver == "self"
                else ()
            )
            for named in named_here:
                if named:
                    cls.members.setdefault(named, RawAttribute(named, stmt.lineno, instance=True))
            if not any(named_here) and _sets_computed(call, receiver, spelled | own):
                cls.sets_computed = True
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        bare = isinstance(stmt, ast.AnnAssign) and value is None
        for target in _unpacked(targets):
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == receiver:
                known = cls.members.get(target.attr)
                if (known is None or only_annotated(known) and not bare) and target.attr not in guarded:
                    cls.members[target.attr] = RawAttribute(
                        target.attr,
                        stmt.lineno,
                        instance=True,
                        data=holds_data(value) or _own_generator(value, receiver, methods),
                        declared=bare,
                        from_param=_parameter_value(value, parameters) if receiver == "self" else "",
                        built=_constructed(value) if receiver == "self" else "",
                        called=_called(value) if receiver == "self" else "",
                    )
                elif isinstance(known, RawAttribute) and _declared_on_class(known) and receiver == "self":
                    # `add: "WidgetManager"` in the class body, `self.add = WidgetManager(self)` in `__init__`
                    known.built = known.built or _constructed(value)


_BINDING_DECORATORS = frozenset({"staticmethod", "classmethod"})
"""Decorators whose method's first parameter is no instance."""


def _assigned_on_self(cls: RawClass, methods: dict[str, _FunctionDef], source: SourceText) -> set[str]:
    """Class attributes assigned a call's result that the class's own methods assign on their instance (ipykernel
    6's `ZMQShellDisplayHook.parent_header = Dict({})`, a traitlets trait `set_parent` sets with `self.parent_header
    = ...`): whatever descriptor the call made takes assignments, as the class's own code relies on. Only the methods
    spelling one of those names are walked."""
    made = {
        name
        for name, member in cls.members.items()
        if isinstance(member, RawAttribute)
        and member.from_call
        and not member.instance
        and name.encode() in source.dotted_assigned()
    }
    found: set[str] = set()
    spelled = [name.encode() for name in made]
    for method in methods.values() if made else ():
        positional = [*method.args.posonlyargs, *method.args.args]
        if not positional or _BINDING_DECORATORS.intersection(_decorator_names(method)):
            continue
        text = node_bytes(source, method)
        if not any(name in text for name in spelled):
            continue
        receiver = positional[0].arg
        for sub in walked(method):
            if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                for target in sub.targets if isinstance(sub, ast.Assign) else [sub.target]:
                    if (
                        isinstance(target, ast.Attribute)
                        and target.attr in made
                        and isinstance(target.value, ast.Name)
                        and target.value.id == receiver
                    ):
                        found.add(target.attr)
    return found


def _declared_on_class(member: RawAttribute) -> bool:
    """A class body's bare annotation (`add: "WidgetManager"`): no value on the class, what instances get is set by
    the methods."""
    return member.declared and not member.instance


def _constructed(value: ast.expr | None) -> str:
    """The name called, when a class's (`routing.APIRouter(...)`, `Lock()`): a new object of that class; else ""."""
    called = dotted_name(value.func) if isinstance(value, ast.Call) else None
    return called if called is not None and called.rsplit(".", 1)[-1][:1].isupper() else ""


def _called(value: ast.expr | None) -> str:
    """The dotted name called, when the value is a call's result (`flatatt(kwargs)`); else ""."""
    return (dotted_name(value.func) or "") if isinstance(value, ast.Call) else ""


def _built_once(cls: RawClass, node: ast.ClassDef, source: SourceText) -> None:
    """Keep `built` and `called` only for attributes the class's text assigns once (`self.router = ...` in
    `__init__` and nowhere else): one another method reassigns may hold anything, a user's object too."""
    built = [m for m in cls.members.values() if isinstance(m, RawAttribute) and (m.built or m.called)]
    if not built:
        return
    counts = Counter(_SELF_SET.findall(node_bytes(source, node)))
    for attribute in built:
        if counts[attribute.name.encode()] != 1:
            attribute.built = attribute.called = ""


_MAX_FOLLOWED = 16
"""Module functions followed per constructor: a hostile module chaining thousands of them, each handing the instance
on, would otherwise be walked once per class."""


def _unpacked(targets: list[ast.expr]) -> list[ast.expr]:
    """Assignment targets with tuples and lists unpacked (`self.path_regex, self.path_format = compile_path(path)`
    sets both)."""
    found: list[ast.expr] = []
    pending = list(targets)
    while pending:
        target = pending.pop()
        if isinstance(target, (ast.Tuple, ast.List)):
            pending.extend(target.elts)
        else:
            found.append(target.value if isinstance(target, ast.Starred) else target)
    return found


def _own_parameters(method: _FunctionDef) -> frozenset[str]:
    """A method's parameters but its first (the instance): what `locals()` holds at the top of its body."""
    arguments = method.args
    named = [*arguments.posonlyargs, *arguments.args][1:] + arguments.kwonlyargs
    variadic = [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return frozenset(argument.arg for argument in (*named, *variadic))


def _stored_parameter_warns(cls: RawClass, methods: dict[str, _FunctionDef]) -> None:
    """Warnings another method raises when an attribute the constructor stores an optional parameter in is set
    (flask-security 5.0's `self.login_manager = login_manager`, then `init_app`'s `if self.login_manager: warn(...)`):
    passing that parameter is what is deprecated, as if the constructor tested it."""
    init = cls.members.get("__init__")
    if not isinstance(init, RawCallable):
        return
    optional = {param.name for param in init.params if param.has_default}
    stored = {
        name: member.from_param
        for name, member in cls.members.items()
        if isinstance(member, RawAttribute) and member.instance and member.from_param in optional
    }
    if not stored:
        return
    found: list[tuple[str, Warn]] = []
    for name, method in methods.items():
        if name in _CONSTRUCTORS:
            continue
        pending = [stmt for stmt in method.body if isinstance(stmt, ast.If)]
        while pending:
            branch = pending.pop()
            attribute = _self_presence(branch.test)
            if attribute in stored:
                found.extend((stored[attribute], warn) for warn in body_warns(branch.body, frozenset()))
            pending.extend(stmt for stmt in branch.orelse if isinstance(stmt, ast.If))
    if found:
        direct = {name for name, _ in init.param_warns}
        init.param_warns = (*init.param_warns, *found)
        init.warned_later = frozenset(name for name, _ in found if name not in direct)
        later = {name for name, _ in found}  # warned under conditions the constructor's own do not tell
        init.param_conditions = tuple(pair for pair in init.param_conditions if pair[0] not in later)


def _self_presence(test: ast.expr) -> str:
    """`x` for a test that `self.x` is set: `self.x` or `self.x is not None`; "" for any other test."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.IsNot):
        right = test.comparators[0]
        test = test.left if isinstance(right, ast.Constant) and right.value is None else test
    if isinstance(test, ast.Attribute) and isinstance(test.value, ast.Name) and test.value.id == "self":
        return test.attr
    return ""


def _presence_tested(test: ast.expr) -> frozenset[str]:
    """Attributes a test finds already on `self` (`"headers" in self.__dict__`, `hasattr(self, "headers")`): set
    under it, one is only rewritten where something else put it (h11 0.12's `_EventBundle` normalises the fields
    its `**kwargs` brought; its `ConnectionClosed` never had `headers`)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return frozenset().union(*(_presence_tested(value) for value in test.values))
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.In):
        left, right = test.left, test.comparators[0]
        on_self = dotted_name(right) == "self.__dict__" or (
            isinstance(right, ast.Call) and dotted_name(right.func) == "vars" and _names_self(right.args)
        )
        if on_self and isinstance(left, ast.Constant) and isinstance(left.value, str):
            return frozenset({left.value})
    if isinstance(test, ast.Call) and dotted_name(test.func) == "hasattr" and len(test.args) == 2:
        key = test.args[1]
        if _names_self(test.args[:1]) and isinstance(key, ast.Constant) and isinstance(key.value, str):
            return frozenset({key.value})
    return frozenset()


def _names_self(args: list[ast.expr]) -> bool:
    return len(args) == 1 and isinstance(args[0], ast.Name) and args[0].id == "self"


_DATA = (ast.List, ast.Dict, ast.Set, ast.Tuple, ast.JoinedStr, ast.ListComp, ast.DictComp, ast.SetComp)


_DISPLAYS: tuple[tuple[type[ast.expr], str], ...] = (
    (ast.List, "list"),
    (ast.ListComp, "list"),
    (ast.Tuple, "tuple"),
    (ast.Set, "set"),
    (ast.SetComp, "set"),
    (ast.Dict, "dict"),
    (ast.DictComp, "dict"),
    (ast.JoinedStr, "str"),
)
_BUILT = frozenset({"list", "tuple", "set", "frozenset", "dict", "str", "bytes", "property"})


def held_type(value: ast.expr | None) -> str | None:
    """See `RawAttribute.held`: a display, a `str`/`bytes` literal, or a call of the builtin type's name."""
    if isinstance(value, ast.Constant):
        return type(value.value).__name__ if isinstance(value.value, (str, bytes)) else None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in _BUILT:
        return value.func.id
    if isinstance(value, ast.Call) and dotted_name(value.func) in _READ_ONLY_MAPPINGS:
        return "mappingproxy"  # mashumaro 3.23's `serialization_strategy = MappingProxyType({...})`, was a dict
    return next((name for display, name in _DISPLAYS if isinstance(value, display)), None)


_READ_ONLY_MAPPINGS = frozenset({"MappingProxyType", "types.MappingProxyType"})
"""A read-only view of a dict, held as `type(view).__name__` says, "mappingproxy": `d[k] = v`, `.update`, `.pop` and
`.setdefault` on it raise."""

_HELD_TYPES: dict[str, type] = {
    "list": list,
    "tuple": tuple,
    "set": set,
    "frozenset": frozenset,
    "dict": dict,
    "str": str,
    "bytes": bytes,
    "mappingproxy": MappingProxyType,
}


def _held_contradicted(cls: RawClass, methods: Mapping[str, _FunctionDef], source: SourceText) -> None:
    """Forget the held type of a class attribute the class's own methods call a method of that the type lacks
    (marshmallow-oneofschema 2.1's `type_schemas = []`, read as `self.type_schemas.get(name)`): a placeholder every
    subclass replaces with the type the methods use, so no user ever held it as written. Only the methods spelling
    `.name` of such an attribute are walked."""
    held = {
        name: member.held
        for name, member in cls.members.items()
        if isinstance(member, RawAttribute) and member.held in _HELD_TYPES
    }
    spelled = [f".{name}".encode() for name in held]
    for method in methods.values() if held else ():
        text = node_bytes(source, method)
        if not any(name in text for name in spelled):
            continue
        for node in walked(method):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if not (isinstance(owner, ast.Attribute) and dotted_name(owner.value) in ("self", "cls")):
                continue
            kind = held.get(owner.attr)
            if kind is not None and not hasattr(_HELD_TYPES[kind], node.func.attr):
                member = cls.members[owner.attr]
                assert isinstance(member, RawAttribute)
                member.held = None


def _parser_options(methods: Mapping[str, _FunctionDef], source: SourceText) -> tuple[str, ...]:
    """The destinations of the options `methods` declare with `<parser>.add_argument(...)`, as argparse names them:
    `dest=`, else the first long option (`--max-jobs` -> `max_jobs`), else the first short one or the positional's
    name. Only the methods spelling `add_argument(` are walked."""
    found: dict[str, None] = {}
    for method in methods.values():
        if b"add_argument(" not in node_bytes(source, method):
            continue
        for node in walked(method):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "add_argument":
                continue
            dest = next((k.value for k in node.keywords if k.arg == "dest"), None)
            spelled = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if isinstance(dest, ast.Constant) and isinstance(dest.value, str):
                found[dest.value] = None
            elif dest is None and spelled:
                long = next((name for name in spelled if name.startswith("--")), spelled[0])
                found[long.lstrip("-").replace("-", "_")] = None
    return tuple(found)


def unpacked_value(stmt: ast.Assign | ast.AnnAssign, name: str) -> ast.expr | None:
    """The value `name` is bound to: its own item when a display is unpacked (nltk 3.9's `BLOCK_COMPARISON,
    VOCABULARY_INTRODUCTION = 0, 1` binds two ints, not a tuple each), none known for another unpacking."""
    if isinstance(stmt, ast.AnnAssign) or not any(isinstance(t, (ast.Tuple, ast.List)) for t in stmt.targets):
        return stmt.value
    value = stmt.value
    for target in stmt.targets:
        if not isinstance(target, (ast.Tuple, ast.List)):
            continue
        if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts):
            for item, element in zip(target.elts, value.elts, strict=True):
                if isinstance(item, ast.Name) and item.id == name:
                    return element
        if any(isinstance(node, ast.Name) and node.id == name for node in walk(target)):
            return None
    return value


def holds_data(value: ast.expr | None) -> bool:
    """A literal (not `None`) or a display: a value nobody calls (see `RawAttribute.data`)."""
    if isinstance(value, ast.Constant):
        return value.value is not None
    return isinstance(value, _DATA)


def _parameter_value(value: ast.expr | None, parameters: set[str]) -> str:
    """The parameter the value is, alone or with a fallback (`process_request or _identity`); "" for another."""
    if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or):
        value = value.values[0]
    return value.id if isinstance(value, ast.Name) and value.id in parameters else ""


def _sets_computed(call: ast.Call, receiver: str, spelled: set[str]) -> bool:
    """`setattr(receiver, name, ...)` (or `object.__setattr__`) under a name no reader knows: not a literal, nor a
    parameter or the variable of a loop over known names or over what a parameter holds (`for key, value in
    options.items()`: the caller chooses the names, and one not passing it lacks the attribute), see
    `RawClass.sets_computed`."""
    if dotted_name(call.func) not in ("setattr", "object.__setattr__") or len(call.args) < 2:
        return False
    subject, name = call.args[0], call.args[1]
    if not (isinstance(subject, ast.Name) and subject.id == receiver) or set_name(name) != COMPUTED:
        return False
    return not (isinstance(name, ast.Name) and name.id in spelled)


def _reads(node: ast.expr, names: frozenset[str]) -> bool:
    """The expression reads one of `names`."""
    return any(isinstance(sub, ast.Name) and sub.id in names for sub in walk(node))


def _loop_variable(loop: ast.For) -> list[str]:
    """The name a loop binds first (`name` of `for name, value in ...`)."""
    target = loop.target.elts[0] if isinstance(loop.target, ast.Tuple) and loop.target.elts else loop.target
    return [target.id] if isinstance(target, ast.Name) else []


def _setattr_on_self(call: ast.Call, defaults: Mapping[str, str]) -> str:
    """`x` for `setattr(self, "x", ...)` or `object.__setattr__(self, "x", ...)` (how frozen classes set fields), and
    for `setattr(self, accessor, ...)` where `accessor` is a parameter defaulting to `"x"` (`defaults`, see
    `_string_defaults`): toga 0.4's `ValueSource(value=None, accessor="value")` still gives its instances `.value`."""
    if dotted_name(call.func) not in ("setattr", "object.__setattr__") or len(call.args) < 2:
        return ""
    subject, name = call.args[0], call.args[1]
    if not isinstance(subject, ast.Name) or subject.id != "self":
        return ""
    if isinstance(name, ast.Constant):
        return name.value if isinstance(name.value, str) else ""
    return defaults.get(name.id, "") if isinstance(name, ast.Name) else ""


def _string_defaults(function: _FunctionDef) -> dict[str, str]:
    """The parameters of `function` defaulting to a string that its body never binds again: name -> that string."""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    pairs = [
        *zip(positional[len(positional) - len(arguments.defaults) :], arguments.defaults, strict=True),
        *((a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d is not None),
    ]
    found = {
        argument.arg: default.value
        for argument, default in pairs
        if isinstance(default, ast.Constant) and isinstance(default.value, str) and default.value.isidentifier()
    }
    if found:
        bound = stored_in(function.body)
        found = {name: value for name, value in found.items() if name not in bound}
    return found


def _slot_names(value: ast.expr | None) -> list[str]:
    """The names a literal `__slots__` declares (`"x"`, `("x", "y")`, `["x"]`): descriptors on the class."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return [value.value]
    return literal_names(value) or [] if isinstance(value, (ast.List, ast.Tuple, ast.Set)) else []


def _own_generator(value: ast.expr | None, receiver: str, methods: Mapping[str, _FunctionDef]) -> bool:
    """The value is a generator object one of the class's own undecorated generator methods makes (aiomqtt 2.0's
    `self.messages = self._messages()`, an async generator, where 1.2 had a `messages()` method): nobody calls it."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)):
        return False
    func = value.func
    if not (isinstance(func.value, ast.Name) and func.value.id == receiver):
        return False
    method = methods.get(func.attr)
    return method is not None and not method.decorator_list and _yields(method)


def _yields(node: _FunctionDef) -> bool:
    """The def's own body (not a nested def's, lambda's or class's) yields: calling it makes a generator."""
    pending: list[ast.AST] = list(node.body)
    while pending:
        item = pending.pop()
        if isinstance(item, (ast.Yield, ast.YieldFrom)):
            return True
        if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            pending.extend(ast.iter_child_nodes(item))
    return False


def _self_method(func: ast.expr) -> str:
    """`name` for a call written `self.name(...)`, else ""."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
        return func.attr
    return ""


def _unsubscripted(base: ast.expr) -> ast.expr:
    """`Serializer` for a generic base written `Serializer[str]` (typing parameters don't change inheritance)."""
    return base.value if isinstance(base, ast.Subscript) else base


def _metaclass(node: ast.ClassDef) -> str | None:
    """See `RawClass.metaclass`."""
    written = [k.value for k in node.keywords if k.arg == "metaclass"]
    for call in (*node.bases, *node.decorator_list):
        if isinstance(call, ast.Call) and _named_metaclass_helper(call):
            written.append(call.args[0])
    return (dotted_name(written[0]) or "?") if written else None


def _named_metaclass_helper(call: ast.Call) -> bool:
    """`with_metaclass(M, B, ...)` as a base or `@add_metaclass(M)` as a decorator: six's, python-future's
    (`future.utils.with_metaclass`), or a package's own copy of the idiom (jinja2's `_compat.with_metaclass`), all
    spelled so; no `*` or keyword in the call, whose arguments are then read as written."""
    name = dotted_name(call.func)
    plain = bool(call.args) and not call.keywords and not any(isinstance(a, ast.Starred) for a in call.args)
    return plain and name is not None and name.rsplit(".", 1)[-1] in ("with_metaclass", "add_metaclass")


def _base_names(node: ast.ClassDef) -> tuple[str, ...]:
    """The dotted names of the class's bases, "?" for one that is no name (`namedtuple(...)`): an unknown ancestor,
    which never resolves. A `with_metaclass(M, B, ...)` base stands for `B, ...`: the class it makes derives from them
    under `M` (azure-mgmt-kusto 1.0's enums `X(with_metaclass(_CaseInsensitiveEnumMeta, str, Enum))` hid every
    member removal, read as of an unknown ancestor)."""
    found: list[str] = []
    for base in node.bases:
        helper = isinstance(base, ast.Call) and _named_metaclass_helper(base)
        within = base.args[1:] if isinstance(base, ast.Call) and helper else [base]
        found.extend(dotted_name(_unsubscripted(b)) or "?" for b in within)
    return tuple(found)


def _tuple_base(node: ast.ClassDef, sequences: Mapping[str, ast.expr]) -> RawClass | None:
    """The named tuple the class's only base makes, when its fields are literal (or a module-level literal) and the
    body writes no constructor (uritools 0.12's `class SplitResult(collections.namedtuple("SplitResult",
    _URI_COMPONENTS))`): then the ancestor is known, `tuple` with those fields, not one of unknown members, which hid
    every method 1.0 dropped (`getaddrinfo`, `getauthority`, `gethostip`). A written `__new__` may hand on to the
    generated one (see `members.Hierarchy`): left unknown."""
    base = node.bases[0]
    if len(node.bases) != 1 or not isinstance(base, ast.Call) or node.keywords:
        return None
    if any(isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name in _CONSTRUCTORS for s in node.body):
        return None
    made = functional_class(node.name, base, node.lineno, sequences)
    return made if made is not None and made.record == "namedtuple" else None


def _attrs_imported(node: ast.ClassDef, raw: RawModule) -> frozenset[str]:
    """The class's bare decorator names the module binds by importing attrs' `define`, `frozen` or `mutable`
    (`from attrs import define`): cyclopts 4.0's `@define class App` had an unknown constructor, read as attrs
    generates it only when spelled `@attrs.define`."""
    found = set()
    for decorator in node.decorator_list:
        named = decorator.func if isinstance(decorator, ast.Call) else decorator
        if not isinstance(named, ast.Name):
            continue
        bindings = raw.bindings.get(named.id, ())
        last = bindings[-1] if bindings else None
        if isinstance(last, RawImport) and last.module in ("attr", "attrs") and last.attr in NEXT_GEN_ATTRS:
            found.add(named.id)
    return frozenset(found)


def _imported_members(stmt: ast.Import | ast.ImportFrom, raw: RawModule) -> dict[str, RawAttribute]:
    """The members an import in a class body binds, each a reference to what it imports: opensearch-py 2.4's
    `class OpenSearch: from ._patch import list_all_point_in_time` keeps the method, now a module function of
    `_patch` the class holds (a function a class holds is a method of its instances)."""
    found = {}
    for binding in import_bindings(stmt, raw.module, raw.is_package):
        if binding.attr != "*":
            target = binding.module if binding.attr is None else f"{binding.module}.{binding.attr}"
            found[binding.name] = RawAttribute(binding.name, stmt.lineno, target, imported=binding)
    return found


def _note_cache(stmt: _FunctionDef, raw: RawModule, cls: RawClass) -> None:
    """A def decorated with a settable cache imported as such is settable (`cls.settable`); one decorated with an
    imported `...property` name of another module, or one the module itself binds, is noted in `cls.cache_imports`,
    as that module may hand on or make one (what it binds is looked at once the module is read)."""
    for name in _decorator_names(stmt):
        target = imported_decorator(name, raw)
        if target in SETTABLE_CACHES:
            cls.settable.add(stmt.name)
            return
        if target is None and name in raw.bindings and name.lower().endswith("property"):
            target = (raw.module, name)  # bound above: a decorator runs as the class body does
        if target is not None and target[1].lower().endswith("property"):
            cls.cache_imports += ((stmt.name, *target),)


def _class(
    node: ast.ClassDef,
    source: SourceText,
    raw: RawModule,
    memo: _Memo,
    functions: Mapping[str, list[_FunctionDef]],
    elsewhere: bool = False,
    sequences: Mapping[str, ast.expr] | None = None,
) -> RawClass:
    made = _tuple_base(node, sequences) if sequences is not None and node.bases else None
    bases = ("tuple",) if made is not None else _base_names(node)
    raw.warning_classes[node.name] = tuple(base.rsplit(".", 1)[-1] for base in bases)
    cls = RawClass(node.name, node.lineno, bases, decorator_message=decorator_deprecation(node.decorator_list))
    attrs_names = _attrs_imported(node, raw) if node.decorator_list else frozenset()
    cls.record = record_kind(node, attrs_names)
    cls.record_params = record_params(node, cls.record, attrs_names, source.data) if cls.record else None
    if made is not None:  # the body's own members, read below, win over the fields
        cls.record, cls.record_params = made.record, made.record_params
        cls.members.update(made.members)
    if cls.record == "dataclass" and node.bases:
        cls.own_fields = own_fields(node, cls.record, attrs_names, source.data)
    cls.frozen = cls.record == "dataclass" and frozen_record(node, attrs_names, source.data)
    cls.decorators = tuple(_decorator_names(node))
    cls.decorators_called = tuple(isinstance(decorator, ast.Call) for decorator in node.decorator_list)
    if any(isinstance(decorator, ast.Call) and decorator.args for decorator in node.decorator_list):
        cls.handed_names = tuple(handed_strings(decorator) for decorator in node.decorator_list)
        cls.handed_arguments = tuple(handed_arguments(decorator) for decorator in node.decorator_list)
    cls.model_extra = declared_extra(node) if node.bases else ""
    cls.model_fields = model_fields(node) if node.bases else None
    cls.final = any(name.rsplit(".", 1)[-1] == "final" for name in cls.decorators)
    cls.metaclass = _metaclass(node)
    cls.built_elsewhere = elsewhere
    cls.init_keeping_decorators = init_keeping_decorators(node) if node.decorator_list else ()
    cls.doc_deprecated = docstring_deprecation(node)
    cls.doc_deprecated_params = deprecated_param_entries(node)
    if b"eprecat" in source.data:
        cls.comment_deprecated = commented_deprecations(node.body, source)
    init: _FunctionDef | None = None
    methods: dict[str, _FunctionDef] = {}
    alternatives: set[str] = set()
    slots: list[str] = []
    slots_line = 0
    overloaded: dict[str, list[str | None]] = {}  # name -> its stubs' return annotations
    first_overloads: dict[str, _FunctionDef] = {}
    for stmt in _declared_for_checkers(node.body) + flatten(node.body, alternatives=alternatives):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            methods[stmt.name] = stmt
            member = _callable(stmt, source, True, memo)
            if member is not None:
                stubs = overloaded.get(stmt.name)
                cls.members[stmt.name] = _overloaded(member, stubs) if stubs is not None else member
            elif stmt.decorator_list and _is_overload(stmt):
                overloaded.setdefault(stmt.name, []).append(_stub_return(stmt, source))
                first_overloads.setdefault(stmt.name, stmt)
            elif any(name.endswith(".setter") for name in _decorator_names(stmt)):
                cls.settable.add(stmt.name)
            if any(name.endswith(".getter") for name in _decorator_names(stmt)):
                cls.settable.add(stmt.name)  # `@Layer.mode.getter` keeps the setter `Layer.mode` has, if any: unknown
            if stmt.decorator_list:
                _note_cache(stmt, raw, cls)
            if stmt.name == "__init__":
                init = stmt
            elif stmt.name == "__init_subclass__":
                cls.sealed = any(stmt is own for own in node.body) and only_raises(stmt.body)  # not conditional
                if any(stmt is own for own in node.body):
                    cls.registry_views, cls.registry_key = subclass_registry(node, stmt)
            elif stmt.name == "__getattr__":
                cls.shims = read_getattr_shim(stmt, raw.module, raw.is_package, in_class=True)
        elif isinstance(stmt, ast.ClassDef):
            cls.members[stmt.name] = _class(stmt, source, raw, memo, functions)
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            cls.members.update(_imported_members(stmt, raw))
        elif isinstance(stmt, ast.Delete):  # `del method, make_wrapper` at the end of markupsafe 1.1's `Markup`
            for name in deleted_names(stmt):
                cls.members.pop(name, None)
                methods.pop(name, None)
        elif isinstance(stmt, ast.AnnAssign) and cls.record == "typeddict":
            continue  # a key of the dicts it makes (see `records.TYPEDDICT_PARAMS`)
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            annotation = source.segment(stmt.annotation) if isinstance(stmt, ast.AnnAssign) else None
            if "__slots__" in assigned_names(stmt):
                slots, slots_line = _slot_names(stmt.value), stmt.lineno
            call = stmt.value if isinstance(stmt.value, ast.Call) else None
            applied = _applied_factory(stmt.value)  # `x = deprecator(...)(f)`: see `RawAttribute.made_applied`
            for name in assigned_names(stmt):
                if name in cls.members and _rebinds_itself(name, stmt.value):
                    continue
                cls.members[name] = RawAttribute(
                    name,
                    stmt.lineno,
                    dotted_name(stmt.value) if stmt.value else None,
                    annotation,
                    held=held_type(unpacked_value(stmt, name)),
                    from_call=call is not None,
                    data=holds_data(stmt.value),
                    text=key_spelled(stmt.value),
                    scalar=_scalar(stmt.value),
                    keys=_literal_keys(stmt.value),
                    made_by=(dotted_name(call.func) if call is not None else None) or applied,
                    made_with=_made_with(stmt.value) if applied else call_literals(call) if call is not None else (),
                    made_applied=applied is not None,
                    decorated_message=_decorated_by_call(stmt.value) or _zope_wrapped(raw, name, stmt.value),
                    declared=(isinstance(stmt, ast.AnnAssign) and stmt.value is None)
                    or (cls.record == "dataclass" and kept_off_class(stmt)),
                )
    for name, stub in first_overloads.items():
        if name not in cls.members:
            cls.members[name] = _overloads_only(stub, source, True)
    if "__new__" in methods:
        cls.collects = collected_as(methods["__new__"], methods, functions)
    if any(stmt.decorator_list for stmt in methods.values()):  # only a `@property` def is looked at
        cls.built_receivers = built_receivers(node, methods, cls.record)
    cls.settable.update(_assigned_on_self(cls, methods, source))
    _sibling_refusals(cls, methods, source)
    _held_contradicted(cls, methods, source)
    if b"add_argument(" in source.data:
        cls.parsed_options = _parser_options(methods, source)
    cls.handed_by_methods = _handed_by_methods(methods, source)
    kept_kwargs(cls, methods, source, node)
    if init is not None:
        _instance_attributes(init, cls, methods, functions)
        if init.args.kwarg is not None and any(init is own for own in node.body):
            cls.option_defaults = attribute_defaults(node, init)
        _built_once(cls, node, source)
        _stored_parameter_warns(cls, methods)
    for name in alternatives & cls.members.keys():  # which branch's member users get is unknown: claim nothing
        cls.members[name] = RawAttribute(name, cls.members[name].line, from_call=True)
    for name in slots:
        slotted = cls.members.setdefault(name, RawAttribute(name, slots_line, instance=True))
        if isinstance(slotted, RawAttribute):
            slotted.slot = True
    return cls


def _raising_facts(facts: CallableFacts, node: _FunctionDef, text: bytes) -> CallableFacts:
    """`facts` with the optional parameters the body raises for when given (see `raised_when_given`)."""
    raising = raised_when_given(node) if b"if " in text else ()
    return replace(facts, params_raising=raising) if raising else facts


def _sibling_refusals(cls: RawClass, methods: Mapping[str, _FunctionDef], source: SourceText) -> None:
    """The class's methods with the None defaults they hand to a sibling refusing them required (see
    `handednones`)."""
    for name, stmt in methods.items():
        member = cls.members.get(name)
        if isinstance(member, RawCallable) and member.none_defaults - member.none_refused:
            patterns = source.compiled_patterns()
            cls.members[name] = sibling_refused(member, stmt, node_bytes(source, stmt), methods, patterns)


def _said(value: ast.expr | None) -> str | None:
    """See `RawAttribute.said`: a `%` or `.format` template is left out (what fills it is not read here)."""
    if isinstance(value, ast.Constant) or (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add)):
        return literal_text(value)
    return literal_text(value) if isinstance(value, ast.JoinedStr) else None


def _scalar(value: ast.expr | None) -> str | None:
    """See `RawAttribute.scalar`: a str, int or float constant's text (a bool or None fills no message so), also
    when a builtin conversion of one is written (bitmath's `NIST = int(2)`), or a negative number (niquests 3.4.3's
    `ITER_CHUNK_SIZE = -1`)."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and len(value.args) == 1 and not value.keywords:
        return _converted(value.func.id, value.args[0])
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub) and isinstance(value.operand, ast.Constant):
        number = value.operand.value
        return str(-number) if isinstance(number, (int, float)) and not isinstance(number, bool) else None
    held = value.value if isinstance(value, ast.Constant) else None
    return str(held) if isinstance(held, (str, int, float)) and not isinstance(held, bool) else None


_CONVERSIONS: dict[str, type] = {"int": int, "float": float, "str": str}


def _converted(name: str, argument: ast.expr) -> str | None:
    """The text of `int(2)`, `float("1.5")`, `str(10)`'s value; None for another call or a value it refuses."""
    convert = _CONVERSIONS.get(name)
    held = argument.value if isinstance(argument, ast.Constant) else None
    if convert is None or not isinstance(held, (str, int, float)) or isinstance(held, bool):
        return None
    try:
        return str(convert(held))
    except (ValueError, OverflowError):  # `int("x")`, `int(1e400)`
        return None


def _literal_keys(value: ast.expr | None) -> tuple[str, ...] | None:
    table = literal_table(value)
    return tuple(table) if table is not None else None


def deleted_names(stmt: ast.Delete) -> list[str]:
    """The plain names a `del` statement unbinds (`del x[k]` and `del a.b` unbind none)."""
    return [target.id for target in stmt.targets if isinstance(target, ast.Name)] + [
        element.id
        for target in stmt.targets
        if isinstance(target, (ast.Tuple, ast.List))
        for element in target.elts
        if isinstance(element, ast.Name)
    ]


def literal_names(node: ast.expr | None) -> list[str] | None:
    """The strings of a literal list/tuple/set (or a sum of them); None when any part is not a literal string."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        names = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return names if len(names) == len(node.elts) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal_names(node.left), literal_names(node.right)
        return left + right if left is not None and right is not None else None
    return None


UNKNOWN_ALL = ("*",)
"""`__all__` built from something other than literals (`[...] + _b.__all__`): which names it holds is unknown."""
_UNKNOWN = list(UNKNOWN_ALL)
_ALL_CHANGERS = (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Expr)
"""The statements that may set or extend `__all__` (every top-level statement is asked)."""


def _all_update(stmt: ast.stmt, current: list[str] | None) -> list[str] | None:
    """`__all__` after `stmt`; [`UNKNOWN_ALL`] once a statement adds names that are not literals."""
    if not isinstance(stmt, _ALL_CHANGERS) or current == _UNKNOWN:
        return current
    value: ast.expr | None = None
    extend = False
    if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and "__all__" in assigned_names(stmt):
        value = stmt.value
    elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == "__all__":
        value, extend = stmt.value, True
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        if isinstance(func, ast.Attribute) and dotted_name(func.value) == "__all__" and stmt.value.args:
            arg = stmt.value.args[0]
            if func.attr == "append":
                value = ast.List(elts=[arg], ctx=ast.Load())
            elif func.attr == "extend":
                value = arg
            extend = True
    if value is None:
        return current
    names = literal_names(value)
    if names is None:
        return list(UNKNOWN_ALL)
    return (current or []) + names if extend else names


PUBLISHERS = frozenset({("public", "public"), ("atpublic", "public")})
"""atpublic's `public` (`from public import public`): `public(Name=value)` binds each keyword and appends its name
to the module's `__all__`, as `@public` does the name of what it decorates (flufl.lock 3.2's `_public(Lock=Lock,
...)` exports the class its `__init__` imports from the private `_lockfile`)."""


def _published(stmt: ast.stmt, raw: RawModule, current: list[str] | None) -> list[str] | None:
    """`__all__` after `stmt`, for the names it hands to atpublic's `public` (see `PUBLISHERS`); a value handed by
    position names itself at run time (`__name__`): [`UNKNOWN_ALL`]."""
    if current == _UNKNOWN:
        return current
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        if any(isinstance(d, ast.Name) and _publisher(raw, d.id) for d in stmt.decorator_list):
            return (current or []) + [stmt.name]
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        call = stmt.value
        if isinstance(call.func, ast.Name) and _publisher(raw, call.func.id):
            names = [k.arg for k in call.keywords if k.arg is not None]
            if call.args or len(names) < len(call.keywords):
                return list(UNKNOWN_ALL)
            return (current or []) + names
    return current


def _publisher(raw: RawModule, name: str) -> bool:
    """The module's `name` is atpublic's `public`, imported (see `PUBLISHERS`)."""
    found = raw.bindings.get(name, [None])[-1]
    return isinstance(found, RawImport) and (found.module, found.attr) in PUBLISHERS


def _nested_all_update(
    stmt: ast.stmt, current: list[str] | None, defs: dict[str, _FunctionDef], classes: dict[str, tuple[str, ...]]
) -> list[str] | None:
    """`__all__` after a top-level loop, or a call of a module function, that changes it (traitlets 5's `_add_all()`
    appends every public `TraitType` subclass of `globals()`): what a loop over literal names or over `globals()`
    adds is read (see `loop_all_names`); any other name added that is no literal makes `__all__` unknown, as at the
    top level."""
    changers: tuple[type[ast.stmt], ...] = _ALL_CHANGERS
    if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
        body: list[ast.stmt] = [stmt]
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name):
        called = defs.get(stmt.value.func.id)
        body = called.body if called is not None else []
        changers = (ast.AugAssign, ast.Expr)  # a function's `__all__ = ...` binds a local
    else:
        return current
    for node in body:
        names = loop_all_names(node, classes)
        if names is not None:
            current = (current or []) + names
        else:
            for sub in walk(node):
                current = _all_update(sub, current) if isinstance(sub, changers) else current
        if current == _UNKNOWN:
            break
    return current


def _class_aliases(stmt: ast.Assign | ast.AnnAssign, classes: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Names an assignment binds to one of the module's `classes` (traitlets 5's `Long, CLong = Int, CInt`), each
    with that class as its one base."""
    pairs: list[tuple[ast.expr, ast.expr | None]] = []
    for target in stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]:
        if isinstance(target, ast.Tuple) and isinstance(stmt.value, ast.Tuple):
            pairs.extend(zip(target.elts, stmt.value.elts, strict=False))
        else:
            pairs.append((target, stmt.value))
    return {
        target.id: (value.id,)
        for target, value in pairs
        if isinstance(target, ast.Name) and isinstance(value, ast.Name) and value.id in classes
    }


def _partial_of(value: ast.expr | None) -> str | None:
    """See `RawAttribute.partial_of`."""
    if not isinstance(value, ast.Call) or not value.args or not isinstance(value.func, (ast.Name, ast.Attribute)):
        return None
    return dotted_name(value.args[0]) if (dotted_name(value.func) or "").rsplit(".", 1)[-1] == "partial" else None


def _value_ref(value: ast.expr) -> str | None:
    """The dotted name a value is; for a Python 2/3 conditional, that of the arm Python 3 takes (confuse 1.7's
    `STRING = str if PY3 else unicode` is `str`, as incidental as `text_type = str`)."""
    if isinstance(value, ast.IfExp) and (truth := python_truth(value.test)) is not None:
        return _value_ref(value.body if truth else value.orelse)
    return dotted_name(value)


def _rebinds_itself(name: str, value: ast.expr | None) -> bool:
    """`close = close` after `def close`: the name keeps the object it had (pymongo 4.9's generated
    `MongoClient`, whose `if not _IS_SYNC: close = close` is no attribute replacing the method)."""
    return isinstance(value, ast.Name) and value.id == name


def _rewraps(name: str, value: ast.expr | None) -> bool:
    """`name = wrap(name, ...)`: the call receives the name's current value."""
    return isinstance(value, ast.Call) and any(
        isinstance(node, ast.Name) and node.id == name
        for argument in (*value.args, *(k.value for k in value.keywords))
        for node in walk(argument)
    )


def _promised_to_checkers(tree: ast.Module, raw: RawModule) -> tuple[str, ...]:
    """Names `__all__` lists that the module imports only for type checkers (celery 5.7: `if TYPE_CHECKING: from
    celery.app.base import Celery`), or assigns only for them (setuptools 70's `pkg_resources`: `if TYPE_CHECKING:
    require = working_set.require`, which `_initialize_master_working_set()` binds with `globals().update(locals())`):
    something the reader does not follow binds them at run time (celery's `local.recreate_module(by_module=...)`, a
    lazy loader), or `from module import *` would fail."""
    listed = set(raw.all_names or ())
    return tuple(
        name
        for stmt in tree.body
        if isinstance(stmt, ast.If) and is_type_checking(stmt.test)
        for sub in stmt.body
        for name in _checker_names(sub)
        if name in listed and name not in raw.bindings
    )


def _checker_names(stmt: ast.stmt) -> list[str]:
    """The names an import or a plain assignment binds (`a = b = ...`, `a: T = ...`)."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return [alias.asname or alias.name.split(".")[0] for alias in stmt.names]
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
    return [target.id for target in targets if isinstance(target, ast.Name)]


def _checker_imports(tree: ast.Module, raw: RawModule) -> dict[str, RawImport | tuple[str, ...]]:
    """The imports of `_promised_to_checkers`'s names, by name, and the modules star-imported for type checkers
    under "*" (see `RawModule.checker_imports`)."""
    listed = set(raw.all_names or ())
    found: dict[str, RawImport | tuple[str, ...]] = {}
    stars: list[str] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.If) and is_type_checking(stmt.test):
            for sub in stmt.body:
                if isinstance(sub, (ast.Import, ast.ImportFrom)):
                    for binding in import_bindings(sub, raw.module, raw.is_package):
                        if binding.attr == "*":
                            stars.append(binding.module)
                        elif binding.name in listed and binding.name not in raw.bindings:
                            found[binding.name] = binding
    if stars:
        found["*"] = tuple(stars)
    return found


_NOQA_UNUSED = re.compile(rb"#\s*noqa\s*:[^#\n]*\bF401\b", re.I)
"""A `# noqa: F401` comment (with other codes or none beside): "imported but unused" silenced on purpose."""


def _unused_kept(text: bytes) -> bool:
    """The import statement's lines silence "imported but unused" (see `RawImport.kept`)."""
    return _NOQA_UNUSED.search(text) is not None


def _declared_for_checkers(body: list[ast.stmt]) -> list[ast.stmt]:
    """A class body's annotations without a value under `if TYPE_CHECKING:` (SQLAlchemy 2.1's `_DeclarativeTyping`:
    `registry: ClassVar[_RegistryType]`, declared at the class's top level in 2.0): they bind nothing at run time
    either way, so they declare the same members as outside the block; read before the body, its bindings win."""
    return [
        sub
        for stmt in body
        if isinstance(stmt, ast.If) and is_type_checking(stmt.test)
        for sub in stmt.body
        if isinstance(sub, ast.AnnAssign) and sub.value is None and isinstance(sub.target, ast.Name)
    ]


def _environment_arms(tree: ast.Module, data: bytes) -> set[int]:
    """The ids of the nodes under an `if` testing the running Python's version or whether an optional dependency
    imported, which run in some environments only: a warning there is about the interpreter or the dependency, not
    the module (frictionless 5.19's `if sys.version_info < (3, 10): warnings.warn("Python 3.9 has reached
    end-of-life", DeprecationWarning)`; structlog 26.1's `elif better_exceptions is not None: warnings.warn(
    "better-exceptions support is deprecated ...")`) deprecate no module. So does one under a test of whether a
    global a call bound is None (weasyprint 70's `harfbuzz_subset = _dlopen(..., allow_fail=True)`, then `if
    harfbuzz_subset is None: warnings.warn("HarfBuzz-Subset will be required ...", DeprecationWarning)`): the call
    probed what is installed."""
    versioned = b"version_info" in data or b"hexversion" in data
    optional = _optional_imports(tree) if b"ImportError" in data or b"ModuleNotFoundError" in data else set()
    probed = _called_globals(tree) if b"None" in data else set()
    if not versioned and not optional and not probed:
        return set()  # the module tests none: most do not, and are not walked
    gates = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and (
            (versioned and reads_python_version(node.test))
            or any(isinstance(name, ast.Name) and name.id in optional for name in ast.walk(node.test))
            or any(_none_test(compare, probed) for compare in ast.walk(node.test))
        )
    ]
    return {id(node) for gate in gates for node in ast.walk(gate) if node is not gate}


def _called_globals(tree: ast.Module) -> set[str]:
    """The globals a module-level statement (in a top-level `try` or `if` too) binds to what a call returns."""
    names: set[str] = set()
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        stmt = pending.pop()
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            names.update(target.id for target in stmt.targets if isinstance(target, ast.Name))
        elif isinstance(stmt, (ast.Try, ast.If)):
            pending.extend([*stmt.body, *stmt.orelse])
    return names


def _none_test(node: ast.AST, names: set[str]) -> bool:
    """`name is None` or `name is not None`, `name` one of `names`."""
    return (
        isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Name)
        and node.left.id in names
        and len(node.ops) == 1
        and isinstance(node.ops[0], (ast.Is, ast.IsNot))
        and isinstance(node.comparators[0], ast.Constant)
        and node.comparators[0].value is None
    )


_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})


def _optional_imports(tree: ast.Module) -> set[str]:
    """The names a module-level `try` catching an import's failure binds, in its body or its handlers (`try: import
    better_exceptions` / `except ImportError: better_exceptions = None`): what they hold depends on what is
    installed."""
    names: set[str] = set()
    for stmt in tree.body:
        if not isinstance(stmt, ast.Try) or not any(_catches_import_error(handler.type) for handler in stmt.handlers):
            continue
        for sub in [*stmt.body, *(sub for handler in stmt.handlers for sub in handler.body)]:
            if isinstance(sub, (ast.Import, ast.ImportFrom)):
                names.update((alias.asname or alias.name).split(".")[0] for alias in sub.names)
            elif isinstance(sub, ast.Assign):
                names.update(target.id for target in sub.targets if isinstance(target, ast.Name))
    return names


def _catches_import_error(caught: ast.expr | None) -> bool:
    """The handler catches an import's failure (`except ImportError`, `except (ImportError, AttributeError)`)."""
    elements = caught.elts if isinstance(caught, ast.Tuple) else [caught] if caught is not None else []
    return any(isinstance(element, ast.Name) and element.id in _IMPORT_ERRORS for element in elements)


def _read_body(tree: ast.Module, source: SourceText, raw: RawModule, memo: _Memo, lazy: bool = False) -> None:
    """With `lazy`, classes and functions are bound as `Deferred` (read when looked up, see `DeferredBindings`)."""
    all_names: list[str] | None = None
    module_warns = []
    collections: dict[str, dict[str, str | None]] = {}
    constants: dict[str, str] = {}  # `__deprecated__ = "ExceptionMiddleware"`, which `name == __deprecated__` tests
    built_outside = built_elsewhere(tree)
    sequences: dict[str, ast.expr] = {}  # `_key_fields = (...)`: the fields a later `namedtuple(...)` may name
    alternatives: set[str] = set()
    overloaded: dict[str, list[str | None]] = {}  # name -> its stubs' return annotations
    first_overloads: dict[str, _FunctionDef] = {}
    defs: dict[str, _FunctionDef] = {}
    getattr_classes: set[str] = set()  # classes of the module answering attributes by name
    listed: list[tuple[ast.Dict, int]] = []  # tables listing names by module: `{"werkzeug.debug": [...]}`
    tables: dict[str, ast.Dict] = {}  # those of `listed` bound to one name: `_import_structure = {...}`
    made_calls: dict[str, ast.Call] = {}  # `_module = LazyImporter(...)` (see `lazy_module_shims`, `self_replacement`)
    replacing = b"sys.modules" in source.data  # the module may put another object in its own place
    publishes = b"import public" in source.data  # atpublic's `public` (see `PUBLISHERS`)
    classes: dict[str, tuple[str, ...]] = {}  # the module's classes and aliases of them: name -> base names
    replaced_by: str | None = None
    replacement_name = ""  # `_config_module` of `sys.modules[__name__] = _config_module`
    shims: set[str] = set()
    functions = module_functions(tree.body)
    raw.param_sets, raw.param_handoffs = parameter_uses(functions)
    if b"setattr(" in source.data:
        raw.param_sets += class_parameter_uses(tree.body, source)
    noqa = _NOQA_UNUSED.search(source.data) is not None  # one scan of the module's bytes, most have none
    zope_calls: list[ast.stmt] = []  # `deprecated("name", "message")` (see `zopenames`)
    attribute_deprecations: list[tuple[str, str]] = []  # Twisted's `deprecatedModuleAttribute(...)`
    helper_deprecations: list[tuple[str, str]] = []  # cryptography's `utils.deprecated(value, __name__, ...)`
    bound = ModuleBindings(tree) if b"except" in source.data else None  # a `try` to cut short: see `flatten`
    environment_gated: set[int] | None = None  # read at the first module-level warning: most modules have none
    for stmt in flatten(tree.body, raw.module.split(".")[0], alternatives, shims, bound):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defs[stmt.name] = stmt
            if stmt.name == "__getattr__":
                enums = enum_members(tree) if any(isinstance(s, ast.For) for s in stmt.body) else None
                raising = frozenset(
                    s.name
                    for s in tree.body
                    if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and only_raises(s.body)
                )
                raw.shims.update(
                    read_getattr_shim(
                        stmt, raw.module, raw.is_package, collections, enums=enums, constants=constants, raising=raising
                    )
                )
                raw.shim_tables = foreign_tables(stmt)
                raw.dynamic = serves_any_name(stmt, collections, enums, constants)
                if raw.dynamic:
                    raw.getattr_warns, raw.getattr_helpers = catch_all_warnings(stmt)
            if stmt.decorator_list and _is_overload(stmt):
                overloaded.setdefault(stmt.name, []).append(_stub_return(stmt, source))
                first_overloads.setdefault(stmt.name, stmt)
            elif lazy and not _no_member(_decorator_names(stmt)):
                raw.bind_later(stmt.name, partial(_module_function, stmt, source, memo, overloaded.get(stmt.name)))
            elif not lazy and (member := _callable(stmt, source, False, memo)) is not None:
                stubs = overloaded.get(stmt.name)
                raw.bind(_untyped(member, stubs) if stubs is not None else member)
        elif isinstance(stmt, ast.ClassDef):
            classes[stmt.name] = tuple(dotted_name(base) or "" for base in stmt.bases)
            if any(isinstance(sub, ast.FunctionDef) and sub.name == "__getattr__" for sub in stmt.body):
                getattr_classes.add(stmt.name)
            elsewhere = stmt.name in built_outside
            if lazy:
                raw.bind_later(stmt.name, partial(_class, stmt, source, raw, memo, functions, elsewhere, sequences))
            else:
                raw.bind(_class(stmt, source, raw, memo, functions, elsewhere, sequences))
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            kept = isinstance(stmt, ast.ImportFrom) and noqa and _unused_kept(node_bytes(source, stmt))
            for binding in import_bindings(stmt, raw.module, raw.is_package):
                binding.kept = kept
                raw.bind(binding)
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            _grow_table(stmt, collections)
            _note_constant(stmt, constants)
            ref = _value_ref(stmt.value) if stmt.value is not None else None
            literal = literal_table(stmt.value)
            names = assigned_names(stmt)
            if isinstance(stmt.value, ast.Dict) and literal == dict.fromkeys(literal or (), None):
                listed.append((stmt.value, stmt.lineno))
                if len(names) == 1:
                    tables[names[0]] = stmt.value
            if isinstance(stmt, ast.Assign):
                if (replacement := self_replacement(stmt, raw.module, made_calls)) is not None:
                    replaced_by = replacement
                    replacement_name = stmt.value.id if isinstance(stmt.value, ast.Name) else ""
                if isinstance(stmt.value, ast.Call) and (helped := module_helper_deprecation(stmt)) is not None:
                    helper_deprecations.append(helped)
                if replacing and isinstance(stmt.targets[0], ast.Subscript):
                    raw.shims.update(lazy_module_shims(stmt, tables, made_calls, raw.module, raw.is_package))
                elif replacing and len(names) == 1 and isinstance(stmt.value, ast.Call):
                    made_calls[names[0]] = stmt.value
            made_getattr = made_def(stmt.value, defs) if names == ["__getattr__"] else None
            if made_getattr is not None:  # attrs 23's `__getattr__ = _make_getattr(__name__)`
                raw.shims.update(
                    read_getattr_shim(made_getattr, raw.module, raw.is_package, collections, constants=constants)
                )
                raw.dynamic = serves_any_name(made_getattr, collections, constants=constants)
                if raw.dynamic:
                    raw.getattr_warns, raw.getattr_helpers = catch_all_warnings(made_getattr)
            elif "__getattr__" in names:
                raw.dynamic = True  # `__getattr__, __dir__, __all__ = lazy_loader.attach(...)`
            if len(names) == 1 and (
                isinstance(stmt.value, (ast.List, ast.Tuple))
                or stmt.value is not None
                and summed_text(stmt.value) is not None
            ):  # `_URI_COMPONENTS = "scheme authority path"` names fields as well as a list does
                sequences[names[0]] = stmt.value
            classes.update(_class_aliases(stmt, classes))
            made = (
                functional_class(names[0], stmt.value, stmt.lineno, sequences)
                if len(names) == 1 and stmt.value
                else None
            )
            if made is not None:
                raw.bind(made)
                continue
            annotation = source.segment(stmt.annotation) if isinstance(stmt, ast.AnnAssign) else None
            if annotation is not None and stmt.value is None and not raw.file.endswith(".pyi"):
                continue  # `x: int` binds nothing at run time (a stub's declares what the module has)
            for name in names:
                if literal is not None:
                    collections[name] = literal
                if name != "__all__" and not (name in raw.bindings and _rebinds_itself(name, stmt.value)):
                    raw.bind(
                        RawAttribute(
                            name,
                            stmt.lineno,
                            ref,
                            annotation,
                            held=held_type(unpacked_value(stmt, name)),
                            rewraps=_rewraps(name, stmt.value),
                            placeholder=isinstance(stmt.value, ast.Constant) and stmt.value.value is None,
                            from_call=isinstance(stmt.value, (ast.Call, ast.Subscript)),  # `X[...]` calls too
                            instance_of=dotted_name(stmt.value.func) if isinstance(stmt.value, ast.Call) else None,
                            partial_of=_partial_of(stmt.value),
                            text=key_spelled(stmt.value),
                            scalar=_scalar(stmt.value),
                            said=_said(stmt.value),
                            keys=tuple(literal) if literal is not None else None,
                            strings_only=_strings_only(stmt.value),
                            version_flag=_tests_python_version(stmt.value),
                            made_by=_wrapping(stmt.value) or _applied_factory(stmt.value),
                            made_with=_made_with(stmt.value),
                            made_applied=_applied_factory(stmt.value) is not None,
                            decorated_message=_decorated_by_call(stmt.value),
                            new_type=_new_type_base(stmt.value, source),
                        )
                    )
        elif isinstance(stmt, ast.Delete):
            raw.deleted.update(name for name in deleted_names(stmt) if name in raw.bindings)
        else:
            if (grown := _grown(stmt)) is not None:
                _not_strings_only(raw.bindings.get(grown, ()))
            if is_deprecated_call(stmt):
                zope_calls.append(stmt)
            elif (attribute := attribute_deprecation(stmt, raw.module)) is not None:
                attribute_deprecations.append(attribute)
            elif (helped := module_helper_deprecation(stmt)) is not None:
                helper_deprecations.append(helped)
            warn = statement_warn(stmt)
            if warn is not None:
                if environment_gated is None:
                    environment_gated = _environment_arms(tree, source.data)
                if id(stmt) not in environment_gated:
                    module_warns.append(warn)
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                raw.shims.update(lazy_import_shims(stmt.value, raw.module, raw.is_package))
                _grow_table(stmt, collections)
        all_names = _all_update(stmt, all_names)
        if all_names != _UNKNOWN:
            all_names = _nested_all_update(stmt, all_names, defs, classes)
        if publishes:
            all_names = _published(stmt, raw, all_names)
    for name, stub in first_overloads.items():
        if name not in raw.bindings:
            raw.bind(_overloads_only(stub, source, False))
    if replaced_by is not None and not _serves_own_class(raw, replaced_by, replacement_name, getattr_classes, tree):
        _replaced(raw, replaced_by in getattr_classes, listed)
    raw.alternatives = frozenset(alternatives)
    raw.py2_shims = frozenset(shims)
    if b"eprecat" in source.data:
        raw.comment_deprecated = commented_deprecations(tree.body, source)
    raw.all_written = all_names is not None
    raw.all_names = tuple(all_names) if all_names is not None and all_names != list(UNKNOWN_ALL) else None
    if raw.all_names is not None:
        raw.one_arm = frozenset(one_arm_names(tree.body))
    raw.warns = tuple(module_warns)
    raw.doc_deprecated = module_docstring_deprecation(tree, raw.module.rsplit(".", 1)[-1])
    helper = raw.bindings.get("deprecated", [None])[-1] if zope_calls else None
    if isinstance(helper, RawImport) and helper.module in ZOPE_MODULES:
        raw.name_deprecations = deprecated_names(zope_calls)
    if attribute_deprecations and _imported_from(raw, ATTRIBUTE_HELPER, TWISTED_DEPRECATE):
        for name, message in attribute_deprecations[:MAX_NAMES]:
            raw.name_deprecations.setdefault(name, message)
    for name, message in helper_deprecations[:MAX_NAMES]:
        raw.name_deprecations.setdefault(name, message)
    if noqa and not raw.is_package:  # a kept import the module uses itself is no re-export (a package's: see below)
        raw.used_imports = _used_imports(raw, source.data)
    if not lazy and b"global " in source.data:  # one scan of the module's bytes: most fill no global from a def
        raw.lazy_imports = lazily_imported(defs.values(), partial(_placeholder, raw), source)
        raw.bound_on_import = bound_on_import(tree.body, defs, source)


def _placeholder(raw: RawModule, name: str) -> bool:
    """A module global bound only to `None`."""
    bindings = raw.bindings.get(name) or ()
    return bool(bindings) and all(isinstance(b, RawAttribute) and b.placeholder for b in bindings)


def _note_constant(stmt: ast.Assign | ast.AnnAssign, constants: dict[str, str]) -> None:
    """Record `NAME = "text"` (a module-level string a later `__getattr__` may compare the name with); any other
    assignment of NAME forgets it, so only the value it holds when `__getattr__` is defined is used."""
    names, value = assigned_names(stmt), stmt.value
    for name in names:
        constants.pop(name, None)
    if len(names) == 1 and isinstance(value, ast.Constant) and isinstance(value.value, str):
        constants[names[0]] = value.value


def _grow_table(stmt: ast.stmt, collections: dict[str, dict[str, str | None]]) -> None:
    """Keys a module-level table gets after its literal (numpy's `__deprecated_attrs__["typeDict"] = (...)` and
    `__deprecated_attrs__.update({...})`, which its `__getattr__` serves), their values unknown."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Subscript):
        target = stmt.targets[0]
        key = target.slice
        if isinstance(target.value, ast.Name) and target.value.id in collections:
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                collections[target.value.id][key.value] = None
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        call, func = stmt.value, stmt.value.func
        if isinstance(func, ast.Attribute) and func.attr == "update" and isinstance(func.value, ast.Name) and call.args:
            if func.value.id in collections:
                collections[func.value.id].update(dict.fromkeys(literal_table(call.args[0]) or {}))


def _not_strings_only(bindings: Iterable[Binding]) -> None:
    for binding in bindings:
        if isinstance(binding, RawAttribute):
            binding.strings_only = False


def _strings_only(value: ast.expr | None) -> bool:
    """See `RawAttribute.strings_only`: a tuple, list or set display of string literals."""
    return isinstance(value, (ast.Tuple, ast.List, ast.Set)) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts
    )


_GROWERS = frozenset({"append", "extend", "add", "update", "insert"})


def _grown(stmt: ast.stmt) -> str | None:
    """The module global a top-level statement grows in place (`X += [...]`, `X.append(...)`), if any."""
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
        return stmt.target.id
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Attribute):
        func = stmt.value.func
        if func.attr in _GROWERS and isinstance(func.value, ast.Name):
            return func.value.id
    return None


def _tests_python_version(value: ast.expr | None) -> bool:
    """A comparison (or a chain of them) reading `sys.version_info`: alembic 1.12's `py38 = sys.version_info >=
    (3, 8)`, however the flag is named."""
    if not isinstance(value, (ast.Compare, ast.BoolOp, ast.UnaryOp)):
        return False
    return any(
        isinstance(node, ast.Attribute)
        and node.attr == "version_info"
        or isinstance(node, ast.Name)
        and node.id == "version_info"
        for node in walk(value)
    )


def _replaced(raw: RawModule, answers_by_name: bool, listed: list[tuple[ast.Dict, int]]) -> None:
    """A module that put another object in its own place (werkzeug 0.15's lazy `module("werkzeug")`) serves what
    that object serves: unknown beyond what we read, so no name it lost is claimed removed. An object of one of its
    own classes answering attributes by name serves the names the module's tables list by module; the module's
    own globals it serves only if it forwards to them, which is unknown: neither API nor claimed removed."""
    raw.dynamic = raw.replaced = True
    if answers_by_name:
        for table, line in listed:
            raw.shims.update(table_shims(table, line, raw.module, raw.is_package, deprecated=False))


def _serves_own_class(raw: RawModule, replaced_by: str, name: str, getattr_classes: set[str], tree: ast.Module) -> bool:
    """A module putting in its own place an instance of one of its classes that answers no name it does not define
    and onto which a top-level loop copies the module's globals (neomodel 6.0: `sys.modules[__name__] =
    _config_module`, then `for attr_name in dir(_current_module): ... setattr(_config_module, attr_name, ...)`)
    serves exactly its globals and the class's members: those become the module's attributes, and a name neither
    holds (the renamed `SOFT_INVERSE_CARDINALITY_CHECK`) is gone."""
    cls = next((b for b in raw.bindings.get(replaced_by, ()) if isinstance(b, RawClass)), None)
    if cls is None or replaced_by in getattr_classes or "__getattribute__" in cls.members or not name:
        return False
    if not any(isinstance(stmt, ast.For) and _copies_onto(stmt, name) for stmt in tree.body):
        return False
    for member, binding in cls.members.items():
        if not member.startswith("_") and member not in raw.bindings:
            raw.bind(RawAttribute(member, binding.line))
    return True


def _copies_onto(loop: ast.For, name: str) -> bool:
    """`for n in dir(module): ... setattr(name, n, ...)`: the loop sets each name it walks on the object `name`."""
    if not (isinstance(loop.iter, ast.Call) and dotted_name(loop.iter.func) in ("dir", "globals", "vars")):
        return False
    if not isinstance(loop.target, ast.Name):
        return False
    walked = loop.target.id
    return any(
        isinstance(node, ast.Call)
        and dotted_name(node.func) == "setattr"
        and len(node.args) == 3
        and [dotted_name(arg) for arg in node.args[:2]] == [name, walked]
        for node in walk(loop)
    )


_WORD = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
_ANY_CALL = re.compile(rb"\.([A-Za-z_][A-Za-z0-9_]*+)\s*+\(")
"""Possessive runs: no byte a run takes can start what follows it, and each `.name` no call follows was otherwise
given back byte by byte (twice slower over a module)."""
_PRIVATE_CALL = re.compile(rb"\.(_[A-Za-z0-9_]*)\s*\(")


def _called_first(raw: RawModule) -> set[str]:
    """The bare names the module's functions and methods call first (`CallableFacts.first_calls`)."""
    found: set[str] = set()
    for bound in raw.bindings.values():
        for binding in bound:
            defs = binding.members.values() if isinstance(binding, RawClass) else (binding,)
            for member in defs:
                if isinstance(member, RawCallable):
                    found.update(callee for callee in member.facts.first_calls if "." not in callee)
    return found


def _called_through(data: bytes) -> frozenset[str]:
    """The private names called on a named object other than `self` or `cls`: markdown2 2.5's extras call their
    `Markdown` as `self.md._uniform_indent(...)`, so an override of that hook on a `Markdown` subclass still runs. The
    receiver is the word before the dot, read back from each (rare) `._name(`; a capitalised one names a class, whose
    own method the call asks for, past any override (pydantic 2.10's `FieldInfo._from_dataclass_field(default)`,
    sqlalchemy 2.0's `Load._chop_path(...)`), or is prose (django 4.0's warning "BaseForm._html_output() is
    deprecated")."""
    found = set()
    for match in _PRIVATE_CALL.finditer(data):
        start = end = match.start()
        while start and data[start - 1] in _WORD_BYTES:
            start -= 1
        if start < end and data[start:end] not in (b"self", b"cls") and not data[start : start + 1].isupper():
            found.add(match.group(1).decode())
    return frozenset(found)


_BUILT_NAMES = tuple(
    re.compile(quote + rb"""([A-Za-z][A-Za-z0-9_]*_)(?:['"]\s*\+|\{|%s['"]\s*%)""") for quote in (b'"', b"'")
)
"""A literal word ending in `_` that a name is built from: `'visit_' + name`, `f"visit_{name}"`, `"visit_%s" % name`;
one pattern per quote, each led by its literal byte, which `re` skips to (a pattern led by the class of both quotes
tested it at every byte: three times slower). No match of one can start inside another's: what follows a quote
closing one is never a letter."""


def dispatch_prefixes(data: bytes) -> frozenset[str]:
    """Prefixes of the names a module that calls `getattr` may build to look methods up (docutils' visitors call
    `getattr(self, 'visit_' + node_name)`: a `visit_system_message` nothing spells a call of is still called)."""
    return frozenset(match.decode() for pattern in _BUILT_NAMES for match in pattern.findall(data))


def alias_called(data: bytes) -> frozenset[str]:
    """Method names a module calls through a local alias of the bound method: graphql-core 3.2's `execute` takes
    `build_response = exe_context.build_response` and calls `build_response(result, errors)`, so an override of
    `ExecutionContext.build_response` is still called (no hook dropped; its new arguments are what breaks it)."""
    aliases = _bound_aliases(data)
    if len({alias for alias, _ in aliases}) > _MAX_ALIASES:  # each is searched for: a hostile module of thousands
        return frozenset(method.decode() for _, method in aliases)  # counts them all as called (no hook claimed)
    found = set()
    for alias, method in aliases:
        if method.decode() not in found and _alias_is_called(data, alias):
            found.add(method.decode())
    return frozenset(found)


_MAX_ALIASES = 200
"""Aliases a module's text is searched for, each in one pass; real modules bind a handful."""


def _bound_aliases(data: bytes) -> set[tuple[bytes, bytes]]:
    """(alias, method) of the lines `alias = some.object.method`. Found by a pattern led by the `=` and the line's
    start then checked behind it: a pattern led by `^` under `re.M` is tried at every byte of the module."""
    found = set()
    for match in _BOUND_VALUE.finditer(data):
        line_start = data.rfind(b"\n", 0, match.start()) + 1
        target = _ALIAS_TARGET.fullmatch(data, line_start, match.start())
        if target is not None:
            found.add((target.group(1), match.group(1)))
    return found


def _alias_is_called(data: bytes, alias: bytes) -> bool:
    """Some occurrence of `alias` is called as a whole name, not defined (`def name(`) nor an attribute (`x.name(`):
    the occurrences opening a call found by one search led by the name (a short alias, `s = self.send`, occurs at
    every other word: each occurrence checked in turn cost more than the rest of the module's reading), then checked
    behind."""
    for match in _called_alias(alias).finditer(data):
        at = match.start()
        if (at == 0 or data[at - 1] not in _NAME_BYTES) and data[max(0, at - 4) : at] != b"def ":
            return True
    return False


@lru_cache(maxsize=1024)
def _called_alias(alias: bytes) -> re.Pattern[bytes]:
    """`alias` opening a call (`alias (`), compiled once per name."""
    return re.compile(re.escape(alias) + rb"\s*\(")


_BOUND_VALUE = re.compile(rb"=[ \t]*[A-Za-z_][A-Za-z0-9_.]*\.([A-Za-z_][A-Za-z0-9_]*)[ \t]*$", re.M)
_ALIAS_TARGET = re.compile(rb"[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*")


def spelled_keys(data: bytes) -> frozenset[str]:
    """The string literals of a module spelled like an environment variable or a config key: upper case, at least
    three characters (`"DEBUG"`, `'EXT_TIMEOUT'`), used in code (a call's argument, a mapping's key, a subscript).
    A constant's definition (`STORAGE_URL = "RATELIMIT_STORAGE_URL"`, the whole value of an assignment) is left out:
    the readers follow reads through constants, and a constant kept while nothing reads it any more reads nothing
    (flask-limiter's `ConfigVars`). One search per quote, each pattern led by its literal quote; what stands before a
    literal is read within a bounded window, so a hostile line of many literals costs no more than its length."""
    found: set[bytes] = set()
    for pattern in _KEY_LITERALS:
        for match in pattern.finditer(data):
            if not _defines_constant(data, match.start(), match.end()):
                found.add(match.group(1))
    return frozenset(map(bytes.decode, found))


def _defines_constant(data: bytes, start: int, end: int) -> bool:
    """The literal from `start` to `end` is the whole value of an assignment to a name (`NAME = "KEY"`, `NAME: str =
    "KEY"`) on a line whose head fits the window (a constant's definition is short). A keyword argument on a line of
    its own looks the same but for the comma or parenthesis after it, on its line or the next (nox 2026.8's
    `opt(..., env_var="NOXSESSION", ...)`, which its option set reads from the environment)."""
    window = data[max(0, start - _HEAD_WINDOW) : start]
    if not window.rstrip(b" \t").endswith(b"=") or data[end : end + 64].lstrip()[:1] in (b",", b")"):
        return False
    line_start = window.rfind(b"\n") + 1
    if line_start == 0 and start > _HEAD_WINDOW:
        return False
    return _CONSTANT_DEFINED.fullmatch(window, line_start) is not None


_HEAD_WINDOW = 256
_KEY_LITERALS = tuple(
    re.compile(quote + rb"([A-Z][A-Z0-9_]{2,})" + quote + rb"(?![ \t]*[^\s#,)\]}:])") for quote in (b'"', b"'")
)
"""A key-like literal ending its expression (not the head of `"EXT_" + name` nor of a longer expression)."""
_CONSTANT_DEFINED = re.compile(rb"[ \t]*[A-Za-z_][A-Za-z0-9_.]*[ \t]*(?::[^=\n]*)?=[ \t]*")


def looked_up(data: bytes) -> frozenset[str]:
    """Method names a module calling `getattr` may look up by a string: a literal one (`getattr(self, "before")`),
    and, when some lookup takes its name from a variable (`for name in ("before", "after"): getattr(self, name)()`),
    every identifier the module lists as a string in a display (which of them it takes is not read: a hook is only
    spared a claim). A name quoted in a message (flask-sqlalchemy 3.0's "'get_engine' is deprecated") is none."""
    found = set(_LOOKED_UP.findall(data))
    if _LOOKED_UP_BY_NAME.search(data) is not None:
        found.update(_LISTED_NAME.findall(data))
    return frozenset(name.decode() for name in found)


def registered_by_name(data: bytes) -> frozenset[str]:
    """Methods a decorator call naming a string registers (hyperspy 2.5's `@t.observe("size") def
    update_index_bounds(self, event)`, where 2.4 called `self.on_trait_change(self.update_index_bounds, "size")`):
    the framework calls them when that event fires, looked up on the instance, so an override is still called."""
    return frozenset(name.decode() for name in _REGISTERED.findall(data))


_REGISTERED = re.compile(
    rb"^[ \t]*+@[\w.]++\(\s*+[rbuf]?['\"][^\n]*+\n(?:[ \t]*+@[^\n]*+\n)*+[ \t]*+(?:async[ \t]++)?def[ \t]++(\w++)",
    re.MULTILINE,
)
_LOOKED_UP = re.compile(rb"getattr\(\s*[^,()]+,\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]")
_LOOKED_UP_BY_NAME = re.compile(rb"getattr\(\s*[^,()]+,\s*[A-Za-z_][A-Za-z0-9_]*\s*[,)]")
_LISTED_NAME = re.compile(rb"[\[(,{]\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]\s*(?=[,)\]}])")


_SELF_SET = re.compile(after_boundary(b"self") + rb"\.([A-Za-z_][A-Za-z0-9_]*+)\s*+(?::[^=\n]{0,200}+)?=(?!=)")
_ANY_SET = re.compile(rb"\.([A-Za-z_][A-Za-z0-9_]*+)\s*+(?::[^=\n]{0,200}+)?=(?!=)")
"""`x.name =` on any receiver (`self`, `other`, `self.child`), an assignment, not a comparison."""
_SETATTR_ANY = re.compile(rb"setattr\(\s*+[^,()]++,\s*+['\"]([A-Za-z_][A-Za-z0-9_]*+)['\"]")
_SELF_ITEM = re.compile(after_boundary(b"self") + rb"\[[ \t]*+[A-Za-z_][^\]\n]{0,200}+\][ \t]*+=(?!=)")
"""An item set on `self` under a key no literal spells (`self[tag] = element`, see `handedself.ITEMS`)."""
_SELF_UNPACKED = re.compile(
    after_boundary(b"self") + rb"\.([A-Za-z_][A-Za-z0-9_]*+)(?=\s*+,[\s\w.,*]{0,400}?[)\]]?[ \t]++=(?!=))"
)
"""An attribute set on `self` as one of several unpacked targets, over lines too (highdicom 0.28's `(self.PixelData,
self.ExtendedOffsetTable, self.ExtendedOffsetTableLengths) = encapsulate_extended(frames)`); the last one,
followed by `=` or `) =`, is `_SELF_SET`'s. A spaced `=`: a keyword argument (`f(self.x, key=v)`) is none."""
"""`self.name =` or `self.name: T =`, an assignment, not a comparison; an annotation is read up to 200 bytes (a line of
thousands of `self.x:` spelled in a string was searched to its end from each: 20,000 of them took 20 s). Possessive
runs: no byte a run takes can start what follows it, so a read `self.name` is not given back byte by byte."""
_SETATTR_SELF = re.compile(rb"setattr\(\s*self\s*,\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]")
"""`setattr(self, "x", ...)` and `object.__setattr__(self, "x", ...)` (frozen classes set their fields so)."""


def _implementation_source(module: str, package: str) -> bool:
    """Another distribution, or a private module of this package (`._compat`): names from there that the package
    uses itself are implementation details, not re-exports."""
    if module != package and not module.startswith(package + "."):
        return True
    return any(part.startswith("_") for part in module[len(package) :].split(".") if part)


_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_NAME_BYTES = _WORD_BYTES | {ord(".")}
_DIGITS = frozenset(b"0123456789")
_LETTERS = _WORD_BYTES - _DIGITS


def word_count(data: bytes, word: bytes) -> int:
    """How many of the words `_WORD` finds in `data` are `word`, searching for `word` alone (not listing every word
    of the module): an occurrence counts when no word byte follows it and only digits, if anything, lead its run of
    word bytes (`_WORD` skips leading digits: `9name` holds `name`, `x9name` does not). Found by `bytes.find`; one
    after a letter or `_` is refused at once, so only those after a digit are looked at further."""
    if _WORD.fullmatch(word) is None:
        return 0  # a non-ASCII identifier: `_WORD` never finds it
    count = 0
    at = data.find(word)
    while at >= 0:  # `bytes.find`, no pattern compiled per word (thousands per release, each a search's cost)
        end = at + len(word)
        if (at == 0 or data[at - 1] not in _LETTERS) and (end == len(data) or data[end] not in _WORD_BYTES):
            start = at
            while start > 0 and data[start - 1] in _DIGITS:
                start -= 1
            if start == 0 or data[start - 1] not in _WORD_BYTES:
                count += 1
        at = data.find(word, at + 1)
    return count


def _used_imports(raw: RawModule, data: bytes) -> frozenset[str]:
    """From-imports (see `_implementation_source`) whose name appears again in the module beyond its import. A name
    also imported from a public module of the package is re-exported, used or not: msgpack 1.0 binds `Packer` from
    the compiled `._cmsgpack`, else from `.fallback`, and calls it in its own `packb`."""
    imported = {
        name
        for name, bindings in raw.bindings.items()
        if any(
            isinstance(b, RawImport) and b.attr is not None and _implementation_source(b.module, raw.module)
            for b in bindings
        )
        and not any(
            isinstance(b, RawImport) and b.attr is not None and not _implementation_source(b.module, raw.module)
            for b in bindings
        )
    }
    if not imported:
        return frozenset()
    counts = {name: word_count(data, name.encode()) for name in imported}
    mentions_in_imports = {
        name: sum(2 if b.explicit else 1 for b in raw.bindings[name] if isinstance(b, RawImport)) for name in imported
    }
    return frozenset(name for name in imported if counts[name] > mentions_in_imports[name])


def _imported_from(raw: RawModule, name: str, module: str) -> bool:
    """Whether the module's `name` (or the `deprecate` module it is spelled through) is imported from `module`."""
    found = raw.bindings.get(name, [None])[-1]
    if isinstance(found, RawImport):
        return found.module == module
    holder = raw.bindings.get(module.rsplit(".", 1)[-1], [None])[-1]
    return isinstance(holder, RawImport) and f"{holder.module}.{holder.attr}".removesuffix(".None") == module


def _zope_wrapped(raw: RawModule, name: str, value: ast.expr | None) -> str | None:
    """See `zopenames.wrapped_message`, when the module's `deprecated` is zope's."""
    message = wrapped_message(name, value)
    helper = raw.bindings.get("deprecated", [None])[-1] if message is not None else None
    return message if isinstance(helper, RawImport) and helper.module in ZOPE_MODULES else None


_WRAPPED_KEYWORDS = frozenset({"func", "function", "fn", "wrapped", "target", "obj", "method", "callable"})
"""Keywords a deprecation helper takes the callable it wraps by (deprecation-alias's `deprecated(..., func=f)`)."""


def _decorated_by_call(value: ast.expr | None) -> str | None:
    """The deprecation message of `deprecated("use new")(new)`: a deprecation decorator applied to one callable by
    a call, as `@deprecated("use new")` would be; or of `deprecated(..., func=new)`, the helper handed the callable
    by keyword, which it wraps at once (sphinx-toolbox 2.4's `visit_issue_node = deprecated(deprecated_in="2.4.0",
    ..., func=sphinx_toolbox.github.issues.visit_issue_node)`)."""
    if not isinstance(value, ast.Call):
        return None
    if not isinstance(value.func, ast.Call):
        handed = any(k.arg in _WRAPPED_KEYWORDS and dotted_name(k.value) is not None for k in value.keywords)
        return decorator_deprecation([value]) if handed and not value.args else None
    if len(value.args) != 1:
        return None
    return decorator_deprecation([value.func]) if dotted_name(value.args[0]) is not None else None


def _applied_factory(value: ast.expr | None) -> str | None:
    """The dotted name of the factory whose call made the decorator applied to one callable by a call, not by `@`
    (`tempo = moved(moved_from="librosa.beat.tempo", ...)(_tempo)`): see `RawAttribute.made_applied`."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Call) and len(value.args) == 1):
        return None
    return dotted_name(value.func.func) if dotted_name(value.args[0]) is not None else None


def _made_with(value: ast.expr | None) -> tuple[tuple[int | str, str], ...]:
    """The string literals of the call making a module global: the factory's own call for a decorator it made,
    applied by a call (see `_applied_factory`)."""
    if not isinstance(value, ast.Call):
        return ()
    return call_literals(value.func if isinstance(value.func, ast.Call) else value)


def _wrapping(value: ast.expr | None) -> str | None:
    """The dotted name called, for a call whose first argument is a dotted name (`deprecated(cli.cmd_bump, ...)`):
    it may wrap that callable; a call of literals only (`deprecated(version="3")`) may make a decorator instead."""
    if not (isinstance(value, ast.Call) and value.args and dotted_name(value.args[0]) is not None):
        return None
    return dotted_name(value.func)


_LITERAL_SETATTR = re.compile(rb"setattr(?<!\wsetattr)\(\s*([A-Za-z_][\w.]*)\s*,\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]")
"""`setattr(Cls, "name", ...)`, `mp.setattr(Cls, "name", ...)`: an attribute given to an object by name. Led by the
word, its boundary checked behind it (led by a look-behind and an optional dotted receiver, `re` tried every byte of
the module, reading each name it starts as a receiver: 27 times slower; any receiver ends in a dot, which is a
boundary, so the same calls are found)."""


def _literal_setattrs(data: bytes) -> tuple[tuple[str, str], ...]:
    """See `RawModule.class_setattrs`: read from the text (one too many, in a comment, only spares a removal claim)."""
    found = {(subject.decode(), name.decode()) for subject, name in _LITERAL_SETATTR.findall(data)}
    return tuple(sorted(pair for pair in found if pair[0] not in ("self", "cls")))


_SET_IN_A_BODY = re.compile(rb"\n[ \t]++([A-Za-z_]\w*+)\.([A-Za-z_]\w*+)[ \t]*+=(?!=)")
"""`Cls.name = ...` on an indented line: a function giving a class an attribute when called (bitstring 3.1's
`_switch_lsb0_methods`, called on import, sets `ConstByteStore.getbit`). Led by the line end, not `^` under
`re.MULTILINE`: a third cheaper (no indented line opens a module). Possessive runs (`++`, `*+`): what follows each
can never be a byte it took, so giving bytes back never matches, and every indented line that is no such
assignment was undone byte by byte (2.5 times slower over a module)."""


def _set_in_bodies(tree: ast.Module, data: bytes) -> set[tuple[str, str]]:
    """See `RawModule.class_setattrs`: `Cls.name = ...` in a function, read from the text as `setattr`s are, and
    `cls.name = ...` in a classmethod of a top-level class."""
    found = {(subject.decode(), name.decode()) for subject, name in _SET_IN_A_BODY.findall(data)}
    found = {pair for pair in found if pair[0] not in ("self", "cls")}
    if b"classmethod" in data:
        found.update(_classmethod_sets(tree))
    return found


def _classmethod_sets(tree: ast.Module) -> Iterable[tuple[str, str]]:
    """(class, name) for each `cls.name = ...` in a classmethod of a top-level class: calling it gives the class the
    attribute (bitstring 4.0's `ByteStore._setlsb0methods`, called on import, sets `cls.__iter__`)."""
    for node in flatten(tree.body):
        if not isinstance(node, ast.ClassDef):
            continue
        for method in node.body:
            if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) or not method.args.args:
                continue
            if not any(dotted_name(d) == "classmethod" for d in method.decorator_list):
                continue
            first = method.args.args[0].arg
            for sub in walked(method):
                if isinstance(sub, ast.Assign):
                    for target in sub.targets:
                        if (
                            isinstance(target, ast.Attribute)
                            and isinstance(target.value, ast.Name)
                            and target.value.id == first
                        ):
                            yield node.name, target.attr


def _mark_patched(tree: ast.Module, raw: RawModule) -> tuple[tuple[str, str], ...]:
    """Classes of the module a top-level statement gives attributes with `setattr(Cls, ...)` by names it does not
    spell; (class, name) for those it spells (see `setattrnames.py`), which `RawModule.class_setattrs` gets."""
    spelled: list[tuple[str, str]] = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for node in walk(stmt):
            if isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and node.args:
                subject = node.args[0].id if isinstance(node.args[0], ast.Name) else ""
                bound = raw.bindings.get(subject, []) if subject else []
                if bound and isinstance(bound[-1], RawClass):
                    names = setattr_names(stmt, node)
                    if names is None:
                        bound[-1].patched = True
                    else:
                        spelled.extend((subject, name) for name in names)
    return tuple(spelled)


def _add_class_attributes_set_outside(tree: ast.Module, raw: RawModule) -> None:
    """Attributes a top-level statement sets on a class of the module after its body (jinja2 2.11's
    `NativeEnvironment.template_class = NativeTemplate`, decorator 4.4's `ContextManager.__init__ = __init__` under
    an `if`): class attributes all the same, so members of the class."""
    for stmt in flatten(tree.body):
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            continue
        for target in stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]:
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
                continue
            bound = raw.bindings.get(target.value.id, [])
            if bound and isinstance(bound[-1], RawClass) and target.attr not in bound[-1].members:
                ref = dotted_name(stmt.value) if stmt.value is not None else None
                bound[-1].members[target.attr] = RawAttribute(
                    target.attr, stmt.lineno, ref, data=holds_data(stmt.value)
                )


def _unreadable(raw: RawModule, error: BaseException) -> None:
    raw.status, raw.reason = ModuleStatus.UNPARSABLE, f"{type(error).__name__}: nesting too deep to analyse"
    raw.shims.clear()


def lf_line_ends(data: bytes) -> bytes:
    """The source with `\\r\\n` and lone `\\r` line ends made `\\n`, as Python's tokenizer reads it: the byte scans
    (`import os` anchored on line ends, a def's lines) then see a CRLF file (msal 1.38's `managed_identity.py`) as
    they see the same text with LF ends, and claim nothing because the line ends changed."""
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


@collector_paused
def read_module(
    module: str, file: str, data: bytes, is_package: bool, memo: DefMemo | None = None, lazy: bool = False
) -> RawModule:
    """Parse and read one module; a module that cannot be parsed comes back with a status and a reason. With a
    `memo`, defs read before from the same text are not read again. `lazy` reads what resolving names needs (a
    dependency's module): classes and functions when looked up, and none of what only a release's own surface
    records (environment variables, config keys, calls, used imports)."""
    raw = RawModule(module, file, is_package)
    if lazy:
        raw.bindings = DeferredBindings(partial(_unreadable, raw))
    if b"\r" in data:
        data = lf_line_ends(data)
    if len(data) > MAX_MODULE_BYTES:
        raw.status, raw.reason = ModuleStatus.TOO_LARGE, f"{len(data)} bytes (limit {MAX_MODULE_BYTES})"
        return raw
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences in old code are not our concern
            type_comments = b"# type:" in data
            try:
                tree = parse_module(data, file, type_comments)
            except SyntaxError:
                if not type_comments:
                    raise
                # a `# type:` comment where none may stand (onnxruntime 1.21's `else:` then `# type: ModelProto`)
                # is a plain comment to Python, which imports the module
                type_comments = False
                tree = parse_module(data, file)
        if any(marker in data for marker in VERSION_MARKERS):
            inline_version_flags(tree)
        source = SourceText(data)
        _read_body(tree, source, raw, (memo, type_comments) if memo is not None and memo_safe(data) else None, lazy)
        raw.import_raises = b"raise" in data and any(isinstance(stmt, ast.Raise) for stmt in tree.body)
        raw.sibling_imports = sibling_imports(tree, module, raw.is_package) if b"from ." in data else ()
        raw.sets_own_names = any(spelling in data for spelling in (b"setattr(", b"sys.modules", b"globals()"))
        raw.example_script = (
            runs_as_script(tree) if example_named(module) else test_script(module, tree, raw.is_package)
        ) or (not raw.is_package and b"sys." in data and runs_for_effect(tree))
        if any(marker in data for marker in RUN_TIME_MARKERS) and (written := run_time_writes(tree)) != {}:
            if written is None or lazy:
                raw.dynamic = True  # names bound at run time: what it lost is not claimed
            else:
                for name, line in written.items():
                    if "*" in name:  # a key of that shape (see `runtime_names._key_pattern`)
                        raw.run_time_patterns += (name,)
                    else:
                        raw.bindings.setdefault(name, [RawAttribute(name, line, from_call=True)])
        if raw.all_names and b"TYPE_CHECKING" in data:
            raw.run_time_patterns += _promised_to_checkers(tree, raw)
            if "__getattr__" in raw.bindings:
                raw.checker_imports = _checker_imports(tree, raw)
        if b"sys.modules" in data:
            raw.module_aliases = sys_modules_keys(tree, data, source.line_starts(), module)
        set_in_bodies = _set_in_bodies(tree, data)
        if b"setattr(" in data:
            spelled = _mark_patched(tree, raw)
            set_in_bodies.update(_literal_setattrs(data), spelled)
            starts = source.line_starts()
            spelled_at = sorted({bisect_right(starts, match.start()) for match in re.finditer(rb"setattr\(", data)})
            raw.setter_helpers = setter_helpers(tree, spelled_at)
            raw.unspelled_setattrs = unspelled_setattrs(tree, module, is_package, spelled_at)
        raw.class_setattrs = tuple(sorted(set_in_bodies))
        _add_class_attributes_set_outside(tree, raw)  # a walk of the top-level statements: cheaper than any search
        if b"return " in data:
            raw.class_decorators = class_decorators(tree.body)
        if b".register" in data:
            raw.registrations = registrations(tree)
        if b"__all__.append" in data:
            raw.all_exporters = all_exporters(tree)
            raw.all_creators = all_creators(tree, raw.all_exporters)
        if b"sys.modules" in data and b"setattr(" in data:
            raw.module_setters = module_setters(tree)
        if b"(__name__," in data:
            raw.setter_calls = setter_calls(tree)
        if b"sys.modules[" in data and b"**" in data:
            raw.module_replacers = module_replacers(tree)
        if b"=__name__" in data or b"(__name__" in data:
            raw.replacer_calls = replacer_calls(tree)
        if b"sys.modules[" in data:
            starts = source.line_starts()
            keyed = sorted({bisect_right(starts, found.start()) for found in re.finditer(rb"sys\.modules\[", data)})
            raw.table_replacers = table_replacers(tree, keyed)
        if b"= {" in data:
            raw.table_calls = table_calls(tree)
        if lazy:
            return raw
        if is_package:
            raw.used_imports = _used_imports(raw, data)
        raw.called = frozenset(map(bytes.decode, set(_ANY_CALL.findall(data))))  # each name decoded once
        if b"._" in data:
            raw.called_through = _called_through(data)
        if called_first := _called_first(raw):
            raw.unbound_calls = unbound_calls(data, raw.bindings, called_first)
        classes = {name for name, bound in raw.bindings.items() if bound and isinstance(bound[-1], RawClass)}
        if classes:
            raw.helper_calls = helper_calls(tree.body, classes)
        raw.spelled_keys = spelled_keys(data)
        raw.cli_spelled = spelled_options(data)
        if may_warn_settings(data):
            raw.setting_warns = setting_warns(tree, data, source.line_starts())
        if declares_options(data):
            raw.cli_options = cli_options(tree, data, source.line_starts())
            raw.cli_defaults = cli_defaults(tree, data, source.line_starts())
        if b" = " in data:
            raw.called |= alias_called(data)
        if b"getattr(" in data:
            raw.dispatched = dispatch_prefixes(data)
            raw.called |= looked_up(data)
        if b"@" in data:
            raw.called |= registered_by_name(data)
        if b"environ" in data or b"getenv" in data:
            raw.env_vars, raw.env_shapes, raw.env_handoffs, raw.env_through = read_env_vars(
                tree, data, source.line_starts()
            )
        raw.text_constants = text_constants(tree)
        if b"environ" in data:  # a mapping given to a child process starts from a copy of `os.environ`
            raw.env_set = private_env_set(data)
        if b"envvar" in data or b"click" in data:  # click's options and settings
            named, raw.env_prefixes, raw.click_params = read_click_env(tree, data, source.line_starts())
            raw.env_vars = {**named, **raw.env_vars}
        if raw.env_vars:
            raw.env_gates = env_gates(tree)
        raw.plain_reads = plain_reads(data)
        if b"metaclass=" in data and b"__new__" in data:
            raw.namespace_keys = namespace_keys(tree)
        if b"getattr(" in data or b"hasattr(" in data:
            raw.options = read_options(tree, data, source.line_starts()) or None
            raw.user_reads, raw.user_vetoed = user_attributes(tree, data, source.line_starts())
        if b"config" in data or b"settings" in data or b"has_option" in data:
            access = read_config_keys(tree, data, source.line_starts(), module.split(".", 1)[0])
            raw.config_keys, raw.config_reads, raw.config_refs, raw.config_shapes = access[:4]
            raw.config_warned, raw.config_unwarned, raw.config_refused = access.warned, access.unwarned, access.refused
            raw.settings_required, raw.settings_defaulted = access.required, access.defaulted
            raw.settings_unknown = access.unknown
            if SETTINGS_CALL.search(data):
                tabled = table_keys(tree)
                raw.config_keys.update((key, line) for key, line in tabled if key not in raw.config_keys)
                raw.settings_unknown |= {key for key, _ in tabled}
                raw.spelled_keys -= spelled_only_tabled(data, [key for key, _ in tabled])
            if b"for " in data and (b"raise" in data or b"warn" in data):
                raw.config_refused |= refused_keys(tree, data)
        if b".update(" in data and SPREAD.search(data):
            spread, read = spread_settings(tree, data, source.line_starts())
            raw.config_keys.update((key, line) for key, line in spread.items() if key not in raw.config_keys)
            raw.config_reads |= read
            raw.settings_unknown |= frozenset(spread)  # a frozenset | dict keys is a set
        if (b"AppConf" in data or b"Meta" in data) and APPCONF.search(data):  # the pattern has no literal prefix
            declared, shapes = appconf_settings(tree, module)
            raw.config_keys.update((key, line) for key, line in declared if key not in raw.config_keys)
            raw.config_shapes |= shapes
            raw.settings_unknown |= {key for key, _ in declared}
    except SyntaxError as e:
        raw.status, raw.reason = ModuleStatus.UNPARSABLE, f"SyntaxError: {e.msg} (line {e.lineno})"
    except (RecursionError, MemoryError) as e:
        _unreadable(raw, e)
    except ValueError as e:  # null bytes in the source
        raw.status, raw.reason = ModuleStatus.UNPARSABLE, f"ValueError: {e}"
    if raw.status is not ModuleStatus.OK:
        raw.bindings.clear()
        raw.shims.clear()
    return raw
