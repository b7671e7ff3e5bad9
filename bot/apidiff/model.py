"""The public surface of one release: serialisable frozen dataclasses, stored per (package, version)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum

from mypy_extensions import mypyc_attr
from pydantic import TypeAdapter

from bot.apidiff.fieldtypes import FIELD_TYPES
from bot.apidiff.schema import SCHEMA_VERSION as SCHEMA_VERSION


class ParamKind(StrEnum):
    """How a parameter can be passed (the names of `inspect.Parameter` kinds, lower case)."""

    POSITIONAL_ONLY = "positional_only"
    POSITIONAL_OR_KEYWORD = "positional_or_keyword"
    VAR_POSITIONAL = "var_positional"
    KEYWORD_ONLY = "keyword_only"
    VAR_KEYWORD = "var_keyword"


POSITIONAL_KINDS = (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)
"""The kinds a positional argument can fill."""
KEYWORD_KINDS = (ParamKind.POSITIONAL_OR_KEYWORD, ParamKind.KEYWORD_ONLY)
"""The kinds a keyword argument can fill by name."""
CLICK_COMMAND = "made a click command by the decorator "
"""`Symbol.signature_unknown` of a def a click decorator replaced with a command object (see
`members.click_command`): a claim names it a command, not a function."""


class ModuleStatus(StrEnum):
    """Whether a module's source could be analysed."""

    OK = "ok"
    UNPARSABLE = "unparsable"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    IMPORT_HOOK = "import_hook"
    """No file: an import hook the release installs at start-up serves the module (see `pthhooks`)."""
    COMPILED = "compiled"
    """A compiled extension module (a `.pyx` in an sdist, a `.so` or `.pyd` in a wheel): `import` finds it, no source
    of it is read (see `compiled`). No failure: a release of such modules beside plain Python is still compared."""
    ALIASED = "aliased"
    """No file: the release puts another object in `sys.modules` under this name (`sys.modules[__name__ + ".compat"]
    = compat`), so `import` finds it there; what it holds is not read."""
    TEST_FOLDER = "test_folder"
    """A package's `tests`/`test` folder with an `__init__.py`, skipped as the release's own tests (see
    `locate.EXCLUDED_SUBDIRS`): `import` finds it, what it holds is not read. No failure (zc.buildout 3.0 turned its
    `tests.py` into `tests/`: `import zc.buildout.tests` still works)."""


_READ_OR_SKIPPED = frozenset((ModuleStatus.OK, ModuleStatus.TEST_FOLDER))
"""Module reports that are no problem: read, or skipped as the release's own tests."""


# The engine's most built classes write their constructor out: `Param` and `Symbol` here, by the ten thousand per
# release (a member's symbol is copied for each class inheriting it, `Symbol.at`), and `RawCallable`, `RawAttribute`,
# `CallableFacts`, `RawCall` and `Resolved`. Compiled by mypyc, a dataclass keeps the interpreted `__init__` that
# `dataclasses` generates (mypyc/mypyc#817), many times slower than a compiled one. Not frozen, since a compiled
# constructor sets the fields directly: never change one once stored (in a surface or a memo), they are shared between
# paths and between releases; only a fresh copy from `Symbol.at` is set before it is stored. The constructors (and
# the copies, `Symbol.at` and `RawCallable.at_line`) list every field in its declared order:
# tests/test_apidiff_constructors.py checks that.
# The constructors of `Param` and `Symbol` give their required fields placeholders: reading a surface back, pydantic
# makes each instance bare (`tp_new` without arguments, which a compiled class answers by running its constructor)
# and then sets every field, the required ones too (they stay required fields of the dataclass).


@dataclass(init=False, slots=True, unsafe_hash=True)  # constructor written out, see above
class Param:
    """One parameter of a callable."""

    name: str
    kind: ParamKind
    has_default: bool = False
    annotation: str | None = None
    default: str | None = None
    """The default's value when it is a literal other than None (a number, text, bytes, a bool, or a tuple or list
    of them), as `repr` writes it (`1.` and `1.0` are one value); None otherwise: what `param_default_changed`
    compares."""
    fallback: str | None = None
    """For a default that is no literal, what a call leaving the parameter out works with, where the def says so:
    a dotted name (`processor=default_process`), or, for a None default, the value the body puts in its place (a
    literal's repr or a dotted name, after `nonepath.REPLACED`) or `"None"` when the body only skips the parameter's
    uses at None (see `nonepath`); None when unknown."""

    def __init__(
        self,
        name: str = "",  # placeholders: see above `Param`
        kind: ParamKind = ParamKind.POSITIONAL_OR_KEYWORD,
        has_default: bool = False,
        annotation: str | None = None,
        default: str | None = None,
        fallback: str | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.has_default = has_default
        self.annotation = annotation
        self.default = default
        self.fallback = fallback


META_ANY = "any"
"""`Symbol.meta_getattr` of a metaclass `__getattr__` that may answer any name."""
META_UPPER = "upper"
"""`Symbol.meta_getattr` of a case-insensitive enum's metaclass: it answers a name whose upper case is a member."""
TEXT_TYPE = "builtins.str"
"""Among the sources of `Symbol.getattr_served`: a `__getattr__` handing names to the instance's text (`getattr(
str(self), name)`) answers what a str has."""


@dataclass(init=False, slots=True, unsafe_hash=True)  # constructor written out: see above `Param`
class Symbol:
    """One public name of the release, at its dotted path (an alias gets its own entry)."""

    path: str
    kind: str
    """An `ObjectKind` value: module, class, function, method, property, attribute or alias."""
    file: str = ""
    line: int = 0
    target: str = ""
    """The dotted path of the definition this name resolves to (itself for a definition)."""
    params: tuple[Param, ...] | None = None
    """For callables (and classes, through `__init__`), `self`/`cls` excluded."""
    bases: tuple[str, ...] = ()
    deprecated: str | None = None
    """The deprecation message, when using the symbol warns."""
    deprecated_params: tuple[str, ...] = ()
    deprecated_omitted: tuple[str, ...] = ()
    """Of `deprecated_params`, those whose warning is for calls leaving them out (passing them is the way out)."""
    deprecated_later: tuple[str, ...] = ()
    """Of `deprecated_params`, those a method other than the constructor warns about once it stored them (see
    `RawCallable.warned_later`): no snippet constructing the class alone shows the warning."""
    deprecated_when: tuple[tuple[str, str], ...] = ()
    """(parameter, condition) of the `deprecated_params` whose warnings all fire in an `if` of the body (see
    `deprecation.parameter_conditions`): a call passing a literal every condition is false for never warns."""
    via_getattr_shim: bool = False
    method_kind: str = ""
    """For callables: function, method, classmethod, staticmethod or property."""
    is_async: bool = False
    is_generator: bool = False
    returns_call: bool = False
    """For a callable: it returns some call's result or a generator expression (either may be an iterator)."""
    returns_self: str = ""
    """For a method: the method of the instance every `return` hands back a call of (see `CallableFacts`)."""
    decorator: str = ""
    """For a callable used as a decorator: "bare" when applied as is (`@jwt_required`: it takes the function as its
    required first parameter and hands back one of the same signature), "factory" when called first
    (`@jwt_required()`: it returns such a decorator); "" otherwise."""
    stub: bool = False
    """For a callable: its body only raises `NotImplementedError` (what calls return cannot have been relied on)."""
    refuses_calls: bool = False
    """For a callable: it only raises (not `NotImplementedError`): no call ever worked, so no signature claim. For a
    module: its top level raises (see `RawModule.import_raises`): no import of it ever worked."""
    max_varargs: int | None = None
    """For a callable: its body refuses more than this many arguments in its `*args` (`if len(args) > 1: raise`)."""
    min_varargs: int = 0
    """For a callable: its body refuses fewer than this many arguments in its `*args` (`if not args: raise`)."""
    kwargs_closed: bool = False
    """For a callable: its `**kwargs` takes only `kwargs_options`; the body refuses any other keyword."""
    kwargs_checked: bool = False
    """For a callable: its body refuses each keyword of `**kwargs` missing from a collection it does not spell."""
    kwargs_returned: bool = False
    """For a callable: its body returns its `**kwargs` dict or keeps it on the instance, so where a keyword ends up
    is unknown."""
    kwargs_keys_only: bool = False
    """For a callable: its body reads nothing of `**kwargs` but `kwargs_options` (see `CallableFacts.kwargs_keys_only`):
    any other keyword is taken and ignored."""
    kwargs_keyed: tuple[str, ...] = ()
    """For a callable: the keys its body checks each keyword of `**kwargs` against, raising for any other, when the
    collection checked is statically readable (see `keyedkwargs`); () when not read."""
    kwargs_keyed_by: str = ""
    """The separator whose first part of a keyword is checked (`key.partition("__")`), "" for the whole keyword."""
    kwargs_renamed: tuple[tuple[str, str], ...] = ()
    """For a callable: (keyword, parameter) pairs its body takes out of `**kwargs`, or out of an optional parameter
    of that name, into a parameter (see `CallableFacts.kwargs_renamed`)."""
    returns: str | None = None
    """Return annotation (a property's is its type)."""
    returns_inferred: str | None = None
    """For a callable without a return annotation: the builtin type its returns certainly give (see `returned.py`);
    for an annotated one, "None" when no `return` of its body gives anything else, whatever the annotation says."""
    annotation: str | None = None
    """An attribute's declared type."""
    held: str | None = None
    """An attribute's builtin container or text type, read from the value assigned (see `RawAttribute.held`);
    "property" for a property a call made (`property(get)`, or a factory of the release returning one)."""
    kwargs_options: tuple[str, ...] = ()
    """Keywords the callable reads out of its `**kwargs` itself."""
    kwargs_required: tuple[str, ...] = ()
    """Those of them its body cannot run without (see `CallableFacts.kwargs_required`): required keyword-only."""
    defaults_unsure: tuple[str, ...] = ()
    """Parameters and options whose refusal at None its body leaves undecided (see `CallableFacts.defaults_unsure`):
    their default's loss is no claim."""
    wrapper_options: tuple[str, ...] = ()
    """Keywords a signature-keeping decorator of it reads out of the call before handing the rest on (see
    `CallableFacts.wrapper_options`): taken too, but what else such a wrapper takes is not read, so they only ever
    keep a keyword accepted, never make a claim."""
    kwargs_forwards: tuple[str, ...] = ()
    """Where `**kwargs` goes: dotted targets of the calls it is passed to ("?" when unresolvable)."""
    kwargs_via: str = ""
    """For a callable handing `**kwargs` on through `self`, `cls` or `super()`: the class whose instance runs it, along
    whose order those calls were resolved; the callee's own such calls resolve along it too (a mixin's `super()`
    reaches the next class of the subclass's order, not of the mixin's: see `forwards.forward_helpers`)."""
    callback_calls: tuple[tuple[str, int, str, int], ...] = ()
    """For a decorator factory: how the wrapper it builds calls the callables users hand it (see
    `CallableFacts.callback_calls`)."""
    kwargs_filled: tuple[str, ...] = ()
    """Keywords those calls pass by name beside `**kwargs`: never a caller's through it (see `CallableFacts`)."""
    kwargs_positional: int = 0
    """How many positional arguments those calls pass at most before `**kwargs` (see `CallableFacts`)."""
    kwargs_beside: tuple[str, ...] = ()
    """Its parameters those calls are handed as they are (see `CallableFacts.kwargs_beside`)."""
    passes_to: tuple[str, int, bool, tuple[str, ...]] | None = None
    """For a callable whose `*args`/`**kwargs` only pass a call on whole: (the callee's target, how many positional
    arguments the call passes before them, whether the call is bound — `super().x(...)`, `self.x(...)` —, the
    keywords the call names itself)."""
    handed_on: tuple[str, ...] = ()
    """With `passes_to`: its named parameters the call it hands `*args`/`**kwargs` to is passed by name (see
    `CallableFacts.handed_on`): what the callee took from it."""
    super_handed: tuple[str, ...] = ()
    """Its parameters handed as they are to the method it overrides (see `CallableFacts.super_handed`)."""
    variadics_sliced: bool = False
    """Its `*args` go on only in part, with its `**kwargs` (uncertainties 3.2.2's `format(*args, **kwargs)` returns
    `args[0].__format__(*args[1:], **kwargs)`): what calls it took is not read, so their loss is said with lower
    confidence."""
    varargs_forwarded: bool = False
    """Its `*args` only go on spread beside `**kwargs` to the calls of `kwargs_forwards` (see
    `CallableFacts.varargs_forwarded`): it takes no more positional arguments than the most of theirs."""
    delegates: bool = False
    """Its `*args` and `**kwargs` go whole to the same-named method of another object the release cannot follow
    (fsspec 2024.2's `DirFileSystem.pipe_file(self, path, *args, **kwargs)` returns `self.fs.pipe_file(...,
    *args, **kwargs)`): a wrapper of one protocol, taking what the object it wraps takes."""
    signature_unknown: str = ""
    """Why `params` is None for a callable (a decorator replaced it), or, with `params` kept, why what its calls
    return is unknown (`surface.REWRITTEN_MEMBERS`); for a private name, `extras.PRIVATE_API`: only its removal is
    claimed, and a private method's change of parameters (kept in `params`), under private kinds."""
    abstract: bool = False
    final: bool = False
    sealed: bool = False
    """For a class: defining a subclass raises (its `__init_subclass__` always does): nothing subclasses it."""
    alternatives: tuple[str, ...] = ()
    """For a module attribute bound one way or another depending on where the code runs: the classes each way binds,
    when every way binds one of the distribution (lazy-model 0.3's `LazyModel`, its pydantic-1 or pydantic-2 class)."""
    runtime_protocol: bool = False
    """For a class: a `@runtime_checkable` Protocol, which `isinstance` answers by the members an object has, whether
    its class names it as a base or not."""
    decides_instances: bool = False
    """For a class: `isinstance` and `issubclass` against it run the distribution's code (see
    `Hierarchy.decides_instances`): a class no longer deriving from it may pass them all the same."""
    settable: bool = True
    """False for a property without a setter, and for a class attribute assigned a call's result (it may be a
    descriptor: whether assigning it works is unknown)."""
    instance: bool = False
    """An attribute set on `self` only."""
    declared: bool = False
    """A class attribute only annotated in the body (`x: int`), or a record field its decorator deletes from the class
    (`x: list = field(default_factory=list)`): reading it on the class already failed."""
    slot: bool = False
    """An instance attribute named in `__slots__`: reading it on the class gives the slot's descriptor."""
    collected_as: str = ""
    """For an attribute a class body assigns a call's result, where the class's metaclass pops such entries into a
    dict on the class (a form's or a schema's fields, see `collectedfields`): that dict's name. The field is no
    attribute of the class; what users lose when it goes is the entry."""
    init_signed: bool = False
    """For a class whose parameters are its `__init__`'s while a `__new__` of its own or closer in its order comes
    first for `inspect.signature` (WTForms' `Field.__new__(cls, *args, **kwargs)`): a witness reads `__init__`."""
    data: bool = False
    """An attribute assigned a literal or a display: a value, not a callable (see `RawAttribute.data`)."""
    callback: str = ""
    """For an instance attribute set from a constructor parameter (a callable users supply, which the release
    calls): that parameter."""
    record: str = ""
    """dataclass, namedtuple or typeddict for a class with a generated constructor."""
    model_extra: str = ""
    """For a pydantic model: what its constructor does with a keyword naming no field ("allow", "ignore", "forbid",
    "?" when unknown; see `modelconfig`); "" for any other class."""
    external_bases: tuple[str, ...] = ()
    """For a class: ancestors outside the distribution, in method resolution order (stdlib or another one)."""
    dynamic: bool = False
    """For a class: it (or an ancestor in the distribution) defines `__getattr__`, so instances may serve any name;
    for a module: its `__getattr__` may serve names it does not spell; for a module attribute: it is what a call
    returned (pydantic 2's `Extra = _Extra()`), so which attributes it has is unknown."""
    getattr_served: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    """For a dynamic class whose `__getattr__` ends in `raise`: (the names it spells, the modules — resolved — whose
    attributes it answers with, or the class of the distribution whose instance it hands every name to: tinydb 4's
    `tinydb.table.Table`); None when it may answer anything (see `CallableFacts.getattr_served`, `getattr_via`). For
    a dynamic module: the names of the literal table its `__getattr__` (or the helper it hands every name to) refuses
    others than, or the module of the release that helper reads the name from (see `servedfrom`)."""
    bound_patterns: tuple[str, ...] = ()
    """For a module: `fnmatch` patterns of names it binds at run time (see `RawModule.run_time_patterns`)."""
    star_unread: tuple[str, ...] = ()
    """For a module: the modules no reader sees that it star-imports, directly or chained: compiled ones of the
    distribution (numpy's `from ._multiarray_umath import *`), those whose globals are bound at run time, and those
    of other distributions (scikit-learn 0.21's `sklearn/externals/joblib/__init__.py`, `from joblib import *`, in
    place of the copy 0.20 vendored): they may bring any name."""
    test_code: bool = False
    """For a module: test code the distribution ships (see `testcode`), never imported by dependents; for a class: a
    unittest case a library module holds (see `testcode.is_test_case`)."""
    getattr_deprecated: str = ""
    """For a dynamic module: the deprecation its `__getattr__` warns for every name it serves (mne 1.6's
    `mne.io.pick`), through a helper of the release or itself; empty when some path answers without one."""
    getattr_refused: tuple[str, ...] = ()
    """For a dynamic class: the names its `__getattr__` raises for before it could answer anything (dash 3's
    `Dash.run_server`, listed in `ObsoleteChecker._obsolete_attributes`): surely not served."""
    getattr_items: bool = False
    """For a dynamic class: its `__getattr__` answers names with items of the instance (pymongo 4's `Collection`
    returns a sub-collection): a method or property the class lost is not served as such — calls of it fail."""
    custom_setattr: bool = False
    """For a class: it (or an ancestor in the distribution) defines `__setattr__`: assignments may never reach a
    descriptor, so no member is claimed read-only."""
    frozen: bool = False
    """For a class: a frozen record (`@dataclass(frozen=True)`, attrs' `@frozen`), whose generated `__setattr__`
    refuses every assignment on an instance."""
    meta_getattr: str = ""
    """For a class: what its metaclass's `__getattr__` answers of the names looked up on the class itself (a class
    attribute, an enum member; instances never reach the metaclass): `META_ANY` for one of the distribution that may
    answer any name (flet 0.80's `DeprecatedEnumMeta` serves the dropped `Colors.BLACK12` as `Colors.BLACK_12`),
    `META_UPPER` for a case-insensitive enum's (azure-core's `CaseInsensitiveEnumMeta`: azure-servicebus 7.9's
    `AccessRights.listen` is `AccessRights.LISTEN`), "" for none."""
    hooks: tuple[tuple[str, str], ...] = ()
    """For a class: (method, caller) where the caller invokes `self.method(...)`: overriding the method
    customises it."""
    built_elsewhere: bool = False
    """For a class: its own `__new__` never builds an instance of it (anyio 4.5's `Lock.__new__` returns the
    backend's lock): a method now only raising `NotImplementedError` is filled by what calls get (see `newbuilds`)."""
    mro: tuple[str, ...] = ()
    """For a class: the targets of its ancestors within the distribution and outside it, in order (self excluded)."""
    self_sets: tuple[str, ...] = ()
    """For a class: attributes its methods (or its ancestors' in the distribution) assign on `self` that are no
    member recorded (set outside construction, `self._cache = ...` in a method): instances may still have them, so
    the removal of an instance attribute so named is not claimed (a class attribute's is: reading it on the class
    fails). Also a method's name so assigned over the def (see `surface._REBINDS_CLASS`)."""
    set_by_name: tuple[str, ...] = ()
    """For a class: attributes the release gives it (or an ancestor in the distribution) by name from outside its
    body, `setattr(Cls, "name", ...)` or a monkeypatch's `mp.setattr(Cls, "name", ...)` in any module (pytest 7's
    `Cache.makedir`, moved to `_pytest.legacypath` and set from a hook): they are there when that code has run, so
    their removal is not claimed."""
    built_as: tuple[str, ...] = ()
    """For a class: the classes of the distribution its metaclass's `__call__` returns instances of (formulaic 1.1's
    `Formula(...)` gives a `SimpleFormula` or a `StructuredFormula`): the objects users get from calling it."""
    init_made_by: str = ""
    """For a class: the metaclass (its path) that gives it another `__init__` than the one its body spells
    (albumentations 2's `ValidatedTransformMeta.__new__` setting `dct["__init__"] = custom_init`): what a call takes
    beyond the spelled parameters is that one's doing (see `SurfaceBuilder._init_replaced`)."""
    class_members: tuple[str, ...] = ()
    """For a class attribute naming a class of the distribution (`class Outer: Inner = Inner`, a nested class moved
    to the module and kept under its old path): that class's members, which users reach through it; for a function
    every return of which builds an instance of such a class (`return _Session(url)`): the members its results have."""
    positional_deprecated: tuple[str, ...] = ()
    """For a callable: parameters declared keyword-only that a decorator still lets calls pass by position, with a
    warning (scikit-learn 0.23's `_deprecate_positional_args`), or positional ones past the count of positional
    arguments a decorator lets calls pass without a warning (`positional_cap`): passing them by position is
    deprecated."""
    positional_cap: int | None = None
    """For a callable under a decorator warning for calls passing more positional arguments than this (falcon 3.0's
    `@deprecated_args(allowed_positional=0)`; the instance not counted): see `poscap.py`."""
    deprecated_values: tuple[tuple[str, str], ...] = ()
    """For a callable: (parameter, value's repr) for the literal values whose passing warns (`if mode == "legacy":
    warn(...)`): calls passing that value are warned, other calls are not."""
    deprecated_doc: bool = False
    """`deprecated` is what its docstring announces, no warning fires (see `docdeprecated`): a release adding the
    warning deprecates it anew, for code silencing no warning."""
    deprecated_logged: bool = False
    """`deprecated` is announced only through a logger's warning (`logger.warning("... is deprecated")`, see
    `deprecation._logged_deprecation`), never raised through `warnings`: `-W error` does not fail on it."""
    deprecated_params_logged: tuple[str, ...] = ()
    """Of `deprecated_params`, those announced only through a logger's warning, never through `warnings`."""
    deprecated_params_doc: tuple[str, ...] = ()
    """Of `deprecated_params`, those only the docstring's `:param p:` entry says deprecated, no warning fires (see
    `docdeprecated.deprecated_param_entries`)."""
    overload_returns: tuple[str, ...] = ()
    """For the implementation of `@overload` stubs: each stub's return annotation when every stub has one, else
    empty: what calls get, shape by shape (`returns` is None: the implementation's own is a catch-all)."""
    params_unread: tuple[tuple[str, str], ...] = ()
    """For a callable: (parameter, how) for its named parameters the body never loads (see `unreadparams`)."""
    body_crc: int = 0
    """For an annotated callable: the CRC-32 of its code after the docstring (0 when unread). An annotation changed
    over the same body changed nothing the calls do: perhaps only a correction (mashumaro 3.23's toml `encode() ->
    str`, once `-> bytes`, returned the `str` of `tomli_w.dumps` in both)."""
    returned_from: str = ""
    """For a method: the dotted path of the callable every `return` of its body hands back a call of (see
    `CallableFacts.returns_of`); for an instance attribute: that of the callable whose call the constructor assigns
    it (`self.flat_attrs = flatatt(kwargs)`). A method become such an attribute holds what calling it gave."""
    uses_crc: tuple[tuple[str, int], ...] = ()
    """For a callable: (parameter, CRC-32 of the code using it) for its annotated parameters whose uses are read
    whole (see `facts.param_uses_crc`). A parameter's annotation changed over the same uses changed nothing a value
    passed meets: perhaps only a correction (hypercorn 0.18's `H2Protocol.initiate(settings: bytes | None)`, once
    `Optional[str]`, handed it to h2's `initiate_upgrade_connection` alike, the rest of the body changed)."""
    respelled_crc: tuple[tuple[str, int], ...] = ()
    """For a callable: (parameter, CRC-32 of its code with the name blanked) for its optional positional parameters
    the code names (see `paramuses.respelled_crcs`): a slot renamed over the same code is a rename, not a removal."""
    params_called: tuple[str, ...] = ()
    """For a callable: the named parameters its body calls (`service(conn)`, see `paramroles`): a slot whose value
    the old code called and the new one does not (or the other way) took another thing, not the same one renamed."""
    hashable: bool | None = None
    """For a class: whether `hash(obj)` works on its instances (False: a class of its order defines `__eq__` without
    `__hash__`, which sets `__hash__ = None`); None when unknown (see `operators`)."""
    orders: tuple[str, ...] | None = None
    """For a class: the ordering operators (`<`, `<=`) its instances answer among themselves (see `operators`); None
    when unknown."""
    expires_in: tuple[str, str] | None = None
    """For a callable: (decorator, "VERSION BOUNDARY") when a deprecator of the distribution decorates it with the
    version it lasts until, and raises instead of warning once the package's version is past it, above it or
    reaching it as BOUNDARY says ("" when its code does not say: see `expiry.expired`)."""
    option_defaults: tuple[tuple[str, str], ...] = ()
    """For a class: (keyword, default's repr) its constructor takes from `**kw` into the class attributes of those
    names, their values the defaults (see `attrdefaults`)."""
    params_raising: tuple[str, ...] = ()
    """For a callable: optional parameters its body raises for when given, `?name` for those it calls something for
    when given (see `deprecation.raised_when_given`)."""

    def __init__(
        self,
        path: str = "",  # placeholders: see above `Param`
        kind: str = "",
        file: str = "",
        line: int = 0,
        target: str = "",
        params: tuple[Param, ...] | None = None,
        bases: tuple[str, ...] = (),
        deprecated: str | None = None,
        deprecated_params: tuple[str, ...] = (),
        deprecated_omitted: tuple[str, ...] = (),
        deprecated_later: tuple[str, ...] = (),
        deprecated_when: tuple[tuple[str, str], ...] = (),
        via_getattr_shim: bool = False,
        method_kind: str = "",
        is_async: bool = False,
        is_generator: bool = False,
        returns_call: bool = False,
        returns_self: str = "",
        decorator: str = "",
        stub: bool = False,
        refuses_calls: bool = False,
        max_varargs: int | None = None,
        min_varargs: int = 0,
        kwargs_closed: bool = False,
        kwargs_checked: bool = False,
        kwargs_returned: bool = False,
        kwargs_keys_only: bool = False,
        kwargs_keyed: tuple[str, ...] = (),
        kwargs_keyed_by: str = "",
        kwargs_renamed: tuple[tuple[str, str], ...] = (),
        returns: str | None = None,
        returns_inferred: str | None = None,
        annotation: str | None = None,
        held: str | None = None,
        kwargs_options: tuple[str, ...] = (),
        kwargs_required: tuple[str, ...] = (),
        defaults_unsure: tuple[str, ...] = (),
        wrapper_options: tuple[str, ...] = (),
        kwargs_forwards: tuple[str, ...] = (),
        kwargs_via: str = "",
        callback_calls: tuple[tuple[str, int, str, int], ...] = (),
        kwargs_filled: tuple[str, ...] = (),
        kwargs_positional: int = 0,
        kwargs_beside: tuple[str, ...] = (),
        passes_to: tuple[str, int, bool, tuple[str, ...]] | None = None,
        handed_on: tuple[str, ...] = (),
        super_handed: tuple[str, ...] = (),
        variadics_sliced: bool = False,
        varargs_forwarded: bool = False,
        delegates: bool = False,
        signature_unknown: str = "",
        abstract: bool = False,
        final: bool = False,
        sealed: bool = False,
        alternatives: tuple[str, ...] = (),
        runtime_protocol: bool = False,
        decides_instances: bool = False,
        settable: bool = True,
        instance: bool = False,
        declared: bool = False,
        slot: bool = False,
        collected_as: str = "",
        init_signed: bool = False,
        data: bool = False,
        callback: str = "",
        record: str = "",
        model_extra: str = "",
        external_bases: tuple[str, ...] = (),
        dynamic: bool = False,
        getattr_served: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
        bound_patterns: tuple[str, ...] = (),
        star_unread: tuple[str, ...] = (),
        test_code: bool = False,
        getattr_deprecated: str = "",
        getattr_refused: tuple[str, ...] = (),
        getattr_items: bool = False,
        custom_setattr: bool = False,
        frozen: bool = False,
        meta_getattr: str = "",
        hooks: tuple[tuple[str, str], ...] = (),
        built_elsewhere: bool = False,
        mro: tuple[str, ...] = (),
        self_sets: tuple[str, ...] = (),
        set_by_name: tuple[str, ...] = (),
        built_as: tuple[str, ...] = (),
        init_made_by: str = "",
        class_members: tuple[str, ...] = (),
        positional_deprecated: tuple[str, ...] = (),
        positional_cap: int | None = None,
        deprecated_values: tuple[tuple[str, str], ...] = (),
        deprecated_doc: bool = False,
        deprecated_logged: bool = False,
        deprecated_params_logged: tuple[str, ...] = (),
        deprecated_params_doc: tuple[str, ...] = (),
        overload_returns: tuple[str, ...] = (),
        params_unread: tuple[tuple[str, str], ...] = (),
        body_crc: int = 0,
        returned_from: str = "",
        uses_crc: tuple[tuple[str, int], ...] = (),
        respelled_crc: tuple[tuple[str, int], ...] = (),
        params_called: tuple[str, ...] = (),
        hashable: bool | None = None,
        orders: tuple[str, ...] | None = None,
        expires_in: tuple[str, str] | None = None,
        option_defaults: tuple[tuple[str, str], ...] = (),
        params_raising: tuple[str, ...] = (),
    ) -> None:
        self.path = path
        self.kind = kind
        self.file = file
        self.line = line
        self.target = target
        self.params = params
        self.bases = bases
        self.deprecated = deprecated
        self.deprecated_params = deprecated_params
        self.deprecated_omitted = deprecated_omitted
        self.deprecated_later = deprecated_later
        self.deprecated_when = deprecated_when
        self.via_getattr_shim = via_getattr_shim
        self.method_kind = method_kind
        self.is_async = is_async
        self.is_generator = is_generator
        self.returns_call = returns_call
        self.returns_self = returns_self
        self.decorator = decorator
        self.stub = stub
        self.refuses_calls = refuses_calls
        self.max_varargs = max_varargs
        self.min_varargs = min_varargs
        self.kwargs_closed = kwargs_closed
        self.kwargs_checked = kwargs_checked
        self.kwargs_returned = kwargs_returned
        self.kwargs_keys_only = kwargs_keys_only
        self.kwargs_keyed = kwargs_keyed
        self.kwargs_keyed_by = kwargs_keyed_by
        self.kwargs_renamed = kwargs_renamed
        self.returns = returns
        self.returns_inferred = returns_inferred
        self.annotation = annotation
        self.held = held
        self.kwargs_options = kwargs_options
        self.kwargs_required = kwargs_required
        self.defaults_unsure = defaults_unsure
        self.wrapper_options = wrapper_options
        self.kwargs_forwards = kwargs_forwards
        self.kwargs_via = kwargs_via
        self.callback_calls = callback_calls
        self.kwargs_filled = kwargs_filled
        self.kwargs_positional = kwargs_positional
        self.kwargs_beside = kwargs_beside
        self.passes_to = passes_to
        self.handed_on = handed_on
        self.super_handed = super_handed
        self.variadics_sliced = variadics_sliced
        self.varargs_forwarded = varargs_forwarded
        self.delegates = delegates
        self.signature_unknown = signature_unknown
        self.abstract = abstract
        self.final = final
        self.sealed = sealed
        self.alternatives = alternatives
        self.runtime_protocol = runtime_protocol
        self.decides_instances = decides_instances
        self.settable = settable
        self.instance = instance
        self.declared = declared
        self.slot = slot
        self.collected_as = collected_as
        self.init_signed = init_signed
        self.data = data
        self.callback = callback
        self.record = record
        self.model_extra = model_extra
        self.external_bases = external_bases
        self.dynamic = dynamic
        self.getattr_served = getattr_served
        self.bound_patterns = bound_patterns
        self.star_unread = star_unread
        self.test_code = test_code
        self.getattr_deprecated = getattr_deprecated
        self.getattr_refused = getattr_refused
        self.getattr_items = getattr_items
        self.custom_setattr = custom_setattr
        self.frozen = frozen
        self.meta_getattr = meta_getattr
        self.hooks = hooks
        self.built_elsewhere = built_elsewhere
        self.mro = mro
        self.self_sets = self_sets
        self.set_by_name = set_by_name
        self.built_as = built_as
        self.init_made_by = init_made_by
        self.class_members = class_members
        self.positional_deprecated = positional_deprecated
        self.positional_cap = positional_cap
        self.deprecated_values = deprecated_values
        self.deprecated_doc = deprecated_doc
        self.deprecated_logged = deprecated_logged
        self.deprecated_params_logged = deprecated_params_logged
        self.deprecated_params_doc = deprecated_params_doc
        self.overload_returns = overload_returns
        self.params_unread = params_unread
        self.body_crc = body_crc
        self.returned_from = returned_from
        self.uses_crc = uses_crc
        self.respelled_crc = respelled_crc
        self.params_called = params_called
        self.hashable = hashable
        self.orders = orders
        self.expires_in = expires_in
        self.option_defaults = option_defaults
        self.params_raising = params_raising

    def at(self, path: str) -> Symbol:
        """The same symbol under another public path (an inherited member): every field passed on by position, one
        native call when compiled (`dataclasses.replace` is interpreted and reads the fields by name)."""
        return Symbol(
            path,
            self.kind,
            self.file,
            self.line,
            self.target,
            self.params,
            self.bases,
            self.deprecated,
            self.deprecated_params,
            self.deprecated_omitted,
            self.deprecated_later,
            self.deprecated_when,
            self.via_getattr_shim,
            self.method_kind,
            self.is_async,
            self.is_generator,
            self.returns_call,
            self.returns_self,
            self.decorator,
            self.stub,
            self.refuses_calls,
            self.max_varargs,
            self.min_varargs,
            self.kwargs_closed,
            self.kwargs_checked,
            self.kwargs_returned,
            self.kwargs_keys_only,
            self.kwargs_keyed,
            self.kwargs_keyed_by,
            self.kwargs_renamed,
            self.returns,
            self.returns_inferred,
            self.annotation,
            self.held,
            self.kwargs_options,
            self.kwargs_required,
            self.defaults_unsure,
            self.wrapper_options,
            self.kwargs_forwards,
            self.kwargs_via,
            self.callback_calls,
            self.kwargs_filled,
            self.kwargs_positional,
            self.kwargs_beside,
            self.passes_to,
            self.handed_on,
            self.super_handed,
            self.variadics_sliced,
            self.varargs_forwarded,
            self.delegates,
            self.signature_unknown,
            self.abstract,
            self.final,
            self.sealed,
            self.alternatives,
            self.runtime_protocol,
            self.decides_instances,
            self.settable,
            self.instance,
            self.declared,
            self.slot,
            self.collected_as,
            self.init_signed,
            self.data,
            self.callback,
            self.record,
            self.model_extra,
            self.external_bases,
            self.dynamic,
            self.getattr_served,
            self.bound_patterns,
            self.star_unread,
            self.test_code,
            self.getattr_deprecated,
            self.getattr_refused,
            self.getattr_items,
            self.custom_setattr,
            self.frozen,
            self.meta_getattr,
            self.hooks,
            self.built_elsewhere,
            self.mro,
            self.self_sets,
            self.set_by_name,
            self.built_as,
            self.init_made_by,
            self.class_members,
            self.positional_deprecated,
            self.positional_cap,
            self.deprecated_values,
            self.deprecated_doc,
            self.deprecated_logged,
            self.deprecated_params_logged,
            self.deprecated_params_doc,
            self.overload_returns,
            self.params_unread,
            self.body_crc,
            self.returned_from,
            self.uses_crc,
            self.respelled_crc,
            self.params_called,
            self.hashable,
            self.orders,
            self.expires_in,
            self.option_defaults,
            self.params_raising,
        )


@mypyc_attr(native_class=False)  # pydantic serialises it through its slots
@dataclass(frozen=True, slots=True)
class CallSite:
    """A call the release's own code makes of a public method or a supplied callable (`self.m(...)`,
    `connection.ops.m(value, iso_year=...)`): what overrides and callbacks must accept."""

    name: str
    receiver: str
    """What it is called on, as written (`self`, `rule`, `connection.ops`)."""
    owner: str
    """The class whose method makes the call (its definition path; "" in a module-level function)."""
    caller: str
    """The def making the call."""
    positional: int
    """Positional arguments passed (-1: unknown, a `*args`)."""
    keywords: tuple[str, ...]
    """Keywords passed ("**" for a `**mapping`)."""
    file: str
    line: int
    fresh: bool = False
    """Made on an object the calling def constructs of a class it names (see `RawCall.fresh`)."""
    others: tuple[str, ...] = ()
    """Definition paths of the release's other defs so named (none a public class's method) that take every keyword
    the call passes: it may call one of them (see `callsites.call_sites`)."""
    nested: bool = False
    """Made in a def nested in the caller (a handler it registers): calling the caller does not make it."""
    given_only: tuple[str, ...] = ()
    """Keywords passed only when the caller was given its own parameter of that name (see `RawCall.given_only`)."""


@mypyc_attr(native_class=False)  # pydantic serialises it through its slots
@dataclass(frozen=True, slots=True)
class ModuleReport:
    """What happened when one module file was read."""

    module: str
    file: str
    status: ModuleStatus
    reason: str = ""


@mypyc_attr(native_class=False)  # pydantic serialises it through its slots
@dataclass(frozen=True, slots=True)
class Surface:
    """Every public symbol and environment variable of one release."""

    package: str
    version: str
    symbols: dict[str, Symbol] = field(default_factory=dict)
    env_vars: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Environment variable name -> (file, line) of the first literal read."""
    env_prefixes: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Click's `auto_envvar_prefix` values -> where set: click reads `PREFIX_PARAM` for the `click_params`."""
    click_params: tuple[str, ...] = ()
    """The upper-cased names of every click parameter the release declares."""
    modules: tuple[ModuleReport, ...] = ()
    schema_version: int = SCHEMA_VERSION
    bound: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Module -> every name it binds at top level, public or not: what `from module import name` still finds."""
    hidden_aliases: dict[str, str] = field(default_factory=dict)
    """Package path -> the definition it imports, for names the package's `__all__` leaves out (bleach's
    `ALLOWED_TAGS`, from `bleach.sanitizer`): no API of their own, but code reaches the definition through them."""
    star_imported: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Module -> the public names it has only through `from x import *` (or an `__all__` naming what it does not
    bind): no name it chose, so a removed module's hint does not list where they went (see `newhome`)."""
    star_guessed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Module -> those of `star_imported` only a star import of a module writing an `__all__` no reader computes
    brought (schematics 2.0's `__all__ = module_exports(__name__)`): read as all its public names, which it may not
    hold, so their absence from the new release is no claim while their definition is still there."""
    reexports: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Plain module -> public names it imports from its own distribution (`from .exceptions import NotFound`): not
    public API, but importable; compared when the module becomes a package."""
    reexport_targets: dict[str, str] = field(default_factory=dict)
    """`module.name` of each of `reexports` -> the dotted path it is imported from: a class the old release defined
    there and the new one imports is compared with what it imports (see `diff._moved_classes`)."""
    exports: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Module -> its literal `__all__`."""
    called: tuple[str, ...] = ()
    """Hook names some module of the release still calls as `.name(` (anywhere, not only on `self`)."""
    requires: tuple[str, ...] = ()
    """The release's unconditional requirements (`Requires-Dist`), to resolve classes inherited from them."""
    imported_heads: tuple[str, ...] = ()
    """The top-level names of the modules the release's modules import at their top level (`sklearn`, `numpy`): a
    requirement spelling none of them may install a module under another name (scikit-learn's `sklearn`, see
    `requires.needed_dependencies`)."""
    config_keys: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Flask config key -> (file, line) where the release defines its default (`default_config`, `setdefault`), or
    reads a key of its own namespace (`configkeys.own_read`)."""
    config_reads: tuple[str, ...] = ()
    """Every config key the release reads, its own or not."""
    config_deprecated: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    """Config key -> (file, line, message) where the release reads it only under a deprecation warning."""
    config_shapes: tuple[str, ...] = ()
    """Keys the release reads under names built at run time (`SECURITY_*`): any key they may build is still read."""
    settings_required: tuple[str, ...] = ()
    """Django settings the release's code reads only without a default, where a project not setting them fails
    (`settings.KEY`, `getattr(settings, "KEY")`; see `configkeys.settings_need`), and declares no default for."""
    settings_defaulted: tuple[str, ...] = ()
    """Django settings the release's code reads only with a default (`getattr(settings, "KEY", default)`): a project
    may leave them unset."""
    env_shapes: tuple[str, ...] = ()
    """Variables the release reads under names built or handed on at run time (`EXT_*`, `*` for any; see
    `envvars.EnvReads`): any variable they may name is still read."""
    env_set: tuple[str, ...] = ()
    """Underscored variables the release puts into an environment itself, for its own processes to read (see
    `envvars.private_env_set`): no user's configuration."""
    registered: tuple[tuple[str, str], ...] = ()
    """(class, base) by target for each virtual subclass the release registers (`Base.register(Cls)`, see
    `registered`): `isinstance` against the base holds for the class, whatever its bases."""
    spelled_keys: tuple[str, ...] = ()
    """Upper-case string literals the release's code spells (its tests and package data left out): a variable or
    config key it still spells may be read through a constant, a helper of another module or a mapping it hands on
    (`os.environ.get(TIMEOUT_VAR)`, `read("EXT_TIMEOUT")`, `DEFAULTS = {"EXT_TIMEOUT": 5}` set by a loop elsewhere),
    so its removal is not claimed."""
    settings_deprecated: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    """`Class.attribute` (the class declaring it, else the one reading it) -> (file, line, message) of a class
    setting its class warns is deprecated when set (see `settingwarns`)."""
    cli_options: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Command-line option (`--flag`) -> (file, line) of the call declaring it, test and example code left out (see
    `cliopts`)."""
    cli_spelled: tuple[str, ...] = ()
    """Every string literal of the release wholly an option spelling: an option may be declared through it."""
    cli_defaults: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    """Command-line option -> (file, line, `repr` of its literal default) where every declaration of it in the
    release's code agrees on one (see `cliopts.cli_defaults`)."""
    class_options: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    """Nested options class name (`Meta`) -> option the release reads from a user's one -> (file, line) of the read."""
    class_options_open: tuple[str, ...] = ()
    """Nested class names whose object the release hands where any option may be read (see `metaopts`)."""
    option_literals: tuple[str, ...] = ()
    """Every name the release reads with `getattr`/`hasattr` by literal, of any object."""
    user_attributes: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Compound names the release's code reads by literal only from a parameter, never from `self` (django-filter
    21.1's `getattr(view, "filter_fields", None)`) -> (file, line) of a read: settings of objects users define (see
    `userattrs`)."""
    namespace_keys: dict[str, tuple[tuple[str, str, int], ...]] = field(default_factory=dict)
    """Metaclass path -> (how, key, line): the class-body keys its `__new__` reads ("read") or stores over
    ("stored"), and the classes its module makes with it ("holder", their names): see `nskeys`."""
    plain_reads: tuple[str, ...] = ()
    """Compound names some module reads as a plain attribute of a name other than `self`/`cls` (`node.type_comment`):
    a user attribute the release reads that way is still read (see `userattrs.plain_reads`)."""
    calls: tuple[CallSite, ...] = ()
    """Calls the release makes of its public methods' and supplied callables' names, where they carry evidence of
    whose they are (on `self`, passing keywords, or of a supplied callable); see `callsites.py`."""
    helpers: dict[str, Symbol] = field(default_factory=dict)
    """Private callables public ones hand `**kwargs` to, by definition path (see `forwards.forward_helpers`)."""
    hook_specs: tuple[str, ...] = ()
    """Functions that are pluggy hook specifications, by definition path (see `hookspecs`)."""
    unbound_declared: tuple[str, ...] = ()
    """Class attributes only annotated that no code of the release binds, by definition path (see `unbound`)."""
    env_gated: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    """`module.name` -> (variable, default, taken when unset) for each global bound only under a guard read from the
    environment (see `envgates`)."""
    code_from: str = ""
    """"name version" of the pinned release whose code this one ships in its place, for a release that has none of
    its own (typer 0.12.0 is typer-slim 0.12.0's code; see `requires.with_code_of`)."""

    def holder_class(self, path: str) -> Symbol | None:
        """The class symbol `path` is a member of: its parent path's, unless that path is a submodule too and `path`
        one of its globals (croniter's package binds its class `croniter` over its submodule `croniter.croniter`:
        `from croniter.croniter import TIMESTAMP_TO_DT_CACHE` reads the module's global, no class attribute)."""
        parent, _, name = path.rpartition(".")
        holder = self.symbols.get(parent)
        if holder is None or holder.kind != "class":
            return None
        globals_ = self.bound.get(parent)
        return None if globals_ is not None and name in globals_ else holder

    @property
    def problems(self) -> tuple[ModuleReport, ...]:
        """The modules that could not be analysed (a skipped tests folder is no failure)."""
        return tuple(report for report in self.modules if report.status not in _READ_OR_SKIPPED)


def _declared_types(*classes: type) -> None:
    """Give pydantic the fields' declared types (see `fieldtypes`), and a compiled class its fields as `__slots__`:
    seeing slots, pydantic sets a field at a time where it would otherwise replace `__dict__`, which a compiled class
    has none of. Without the compiler both are as the class declares them already."""
    for cls in classes:
        declared = FIELD_TYPES[cls.__name__]
        for field_ in fields(cls):
            field_.type = declared[field_.name]
        if not hasattr(cls, "__slots__"):
            setattr(cls, "__slots__", tuple(declared))  # noqa: B010 - a class attribute mypy knows no type of


_declared_types(Param, Symbol, CallSite, ModuleReport, Surface)
_SURFACE_ADAPTER: TypeAdapter[Surface] = TypeAdapter(Surface)


def surface_to_json(surface: Surface) -> str:
    """The surface as a JSON document, without the fields left at their defaults (reading it back fills them): a
    symbol sets a few of its sixty fields, and SQLAlchemy 2.0's 180,000 symbols took 270 MB with them all."""
    return _SURFACE_ADAPTER.dump_json(surface, exclude_defaults=True).decode()


def surface_from_json(data: str | bytes) -> Surface:
    """A surface read back from `surface_to_json`'s output."""
    return _SURFACE_ADAPTER.validate_json(data)
