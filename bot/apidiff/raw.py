"""What one module's source says, before names are resolved across the distribution."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.apidiff.calls import RawCall
from bot.apidiff.deferred import DeferredBindings
from bot.apidiff.deprecation import Handoff, Warn
from bot.apidiff.envgates import Gate
from bot.apidiff.envhanded import EnvHandoff
from bot.apidiff.facts import NO_FACTS, CallableFacts
from bot.apidiff.metaopts import OptionReads
from bot.apidiff.model import ModuleStatus, Param


class ConfigRef(NamedTuple):
    """A config key spelled through a constant (`config.get(ConfigVars.STORAGE_URL)`): which key it is is known
    once every module of the package is read (see `configkeys.resolve_config_refs`)."""

    ref: str
    line: int
    defaults: bool
    """Defaulted there (`setdefault`, a `default_config` key), not only read."""


@dataclass(init=False, slots=True)  # constructor written out: see model.py, above `Param`
class RawCallable:
    """A `def` in a module or class body."""

    name: str
    line: int
    kind: str
    """function, method, property, classmethod or staticmethod."""
    params: tuple[Param, ...]
    warns: tuple[Warn, ...] = ()
    param_warns: tuple[tuple[str, Warn], ...] = ()
    decorator_message: str | None = None
    init_calls: tuple[str, ...] = ()
    """For `__init__`: the constructors of bases it calls, "super" for `super().__init__(...)`, else the class an
    explicit `Base.__init__(self, ...)` names (so a deprecated base's warning still fires, and only that base's)."""
    decorators: tuple[str, ...] = ()
    """Dotted names of the decorators, outermost first (`click.command`, `abc.abstractmethod`)."""
    is_async: bool = False
    returns: str | None = None
    """The return annotation's source text."""
    facts: CallableFacts = NO_FACTS
    self_calls: tuple[str, ...] = ()
    """Methods the body calls on `self` (`self.on_request(...)`): hooks subclasses may override; `calls.SUPER_CALL`
    leads those it calls through `super()`."""
    decorators_called: tuple[bool, ...] = ()
    """For each of `decorators`: written as a call (`@set_module("numpy")`), the decorator being what it returns."""
    decorator_arguments: tuple[tuple[tuple[int | str, str], ...], ...] = ()
    """For each of `decorators` written as a call: the string literals it passes, (position or keyword, text), its
    literal lists of strings as "[a,b]", dicts of strings as "{a:b}" and lists of pairs as "<a:b>" (see
    `listedkeys`), and its other keywords with the text "" ("**" for a `**mapping`; see `facts._named_keys`); empty
    when no decorator is called with arguments."""
    calls: tuple[RawCall, ...] = ()
    """Calls of attributes the body makes (see `calls.read_calls`)."""
    decorator_numbers: tuple[tuple[tuple[int | str, int | None], ...], ...] = ()
    """For each of `decorators` written as a call: every argument it passes, (position or keyword, value), the value
    of an int or bool literal, else None (falcon 3.0's `@deprecated_args(allowed_positional=0)`: see `poscap`);
    empty when no decorator is called with arguments."""
    handoffs: tuple[Handoff, ...] = ()
    """Calls the body hands some of its parameters to under their own names (see `deprecation.parameter_handoffs`)."""
    self_sets: tuple[str, ...] = ()
    """Attributes the body assigns on `self` (`self._cache = ...`, `setattr(self, "_cache", ...)`): a method that is
    not part of construction may still give instances an attribute the constructor no longer sets."""
    sets_on_any: tuple[str, ...] = ()
    """Attributes the body assigns on any receiver (`other.url = ...`, `setattr(obj, "url", ...)`), `self` included:
    another instance of the class may be what it sets, so a name here spares the claim that instances lost it."""
    made_warning: Warn | None = None
    """For a module-level function: what it returns warns when used, a deprecation factory (see `factories`)."""
    made_directly: bool = False
    """With `made_warning`: the def it returns warns itself (a wrapper of what it is given), no decorator that makes
    one: a module global it makes is deprecated (semver 3's `cmd_bump = deprecated(cli.cmd_bump, ...)`)."""
    makes_refusing: bool = False
    """For a module-level function: the def it returns only raises, so every name it makes refuses all calls (cohere
    5.0's `check_api_key: Never = deprecated_function("check_api_key")` in `Client`'s body; see
    `factories.makes_refusing`)."""
    omitted: frozenset[str] = frozenset()
    """Parameters of `param_warns` whose warning is for calls leaving them out (see `deprecation.omitted_params`)."""
    exact_warns: tuple[tuple[str, Warn], ...] = ()
    """(class name, warning) of an `__init__` or `__new__` warning only for instances of that very class (see
    `deprecation.exact_class_warns`): that class is deprecated, not its subclasses."""
    value_warns: tuple[tuple[str, str, Warn], ...] = ()
    """(parameter, value's repr, warning) for the literal values whose passing warns (see `deprecation.value_warns`)."""
    warned_later: frozenset[str] = frozenset()
    """Of `param_warns`, the parameters another method warns about once the constructor stored them (flask-security
    5.0's `init_app` warning for `self.login_manager`): constructing warns nothing, running that method does."""
    param_conditions: tuple[tuple[str, str], ...] = ()
    """(parameter, condition) for each `if` of `param_warns` (see `deprecation.parameter_conditions`)."""
    doc_deprecated: str | None = None
    """The deprecation its docstring announces, no warning beside (see `docdeprecated`)."""
    doc_deprecated_params: tuple[str, ...] = ()
    """The parameters its docstring's own `:param p:` entries say deprecated, no warning beside (see
    `docdeprecated.deprecated_param_entries`)."""
    presence_warns: tuple[tuple[str, Warn], ...] = ()
    """(required parameter, warning) where the body warns when it is given something (`if obj is not None:`): no
    deprecation of its own (every call passes it), but of the optional parameter a caller hands it (django-import-
    export 4's `Widget.render(value, obj=None)` calls `self._obj_deprecation_warning(obj)`; see
    `parameter_handoffs`)."""
    none_defaults: frozenset[str] = frozenset()
    """Parameters whose default is written None."""
    none_refused: frozenset[str] = frozenset()
    """Of `none_defaults`, those the body refuses to leave at None when its `*args` is empty: outright (see
    `params.rejected_defaults`) or by taking them from `*args` (see `params.args_fallbacks`)."""
    overload_returns: tuple[str, ...] = ()
    """See `Symbol.overload_returns`."""
    sentinel_params: tuple[str, ...] = ()
    """The parameters defaulting to a value named "deprecated" (see `deprecmarkers.sentinel_deprecated`)."""
    made_method: RawCallable | None = None
    """For a module-level function: the def it returns, read as a method, when that def is one (see
    `factories.returned_method`): a class attribute it makes is that method (environs' `str =
    _field2method(ma.fields.Str, "str")` in `Env`'s body)."""
    init_warning: Warn | None = None
    """For a module-level function: the warning of the classes it decorates, when it sets their `__init__` to a def
    that warns (see `factories.init_warning`)."""

    def __init__(
        self,
        name: str,
        line: int,
        kind: str,
        params: tuple[Param, ...],
        warns: tuple[Warn, ...] = (),
        param_warns: tuple[tuple[str, Warn], ...] = (),
        decorator_message: str | None = None,
        init_calls: tuple[str, ...] = (),
        decorators: tuple[str, ...] = (),
        is_async: bool = False,
        returns: str | None = None,
        facts: CallableFacts = NO_FACTS,
        self_calls: tuple[str, ...] = (),
        decorators_called: tuple[bool, ...] = (),
        decorator_arguments: tuple[tuple[tuple[int | str, str], ...], ...] = (),
        calls: tuple[RawCall, ...] = (),
        decorator_numbers: tuple[tuple[tuple[int | str, int | None], ...], ...] = (),
        handoffs: tuple[Handoff, ...] = (),
        self_sets: tuple[str, ...] = (),
        sets_on_any: tuple[str, ...] = (),
        made_warning: Warn | None = None,
        made_directly: bool = False,
        makes_refusing: bool = False,
        omitted: frozenset[str] = frozenset(),
        exact_warns: tuple[tuple[str, Warn], ...] = (),
        value_warns: tuple[tuple[str, str, Warn], ...] = (),
        warned_later: frozenset[str] = frozenset(),
        param_conditions: tuple[tuple[str, str], ...] = (),
        doc_deprecated: str | None = None,
        doc_deprecated_params: tuple[str, ...] = (),
        presence_warns: tuple[tuple[str, Warn], ...] = (),
        none_defaults: frozenset[str] = frozenset(),
        none_refused: frozenset[str] = frozenset(),
        overload_returns: tuple[str, ...] = (),
        sentinel_params: tuple[str, ...] = (),
        made_method: RawCallable | None = None,
        init_warning: Warn | None = None,
    ) -> None:
        self.name = name
        self.line = line
        self.kind = kind
        self.params = params
        self.warns = warns
        self.param_warns = param_warns
        self.decorator_message = decorator_message
        self.init_calls = init_calls
        self.decorators = decorators
        self.is_async = is_async
        self.returns = returns
        self.facts = facts
        self.self_calls = self_calls
        self.decorators_called = decorators_called
        self.decorator_arguments = decorator_arguments
        self.calls = calls
        self.decorator_numbers = decorator_numbers
        self.handoffs = handoffs
        self.self_sets = self_sets
        self.sets_on_any = sets_on_any
        self.made_warning = made_warning
        self.made_directly = made_directly
        self.makes_refusing = makes_refusing
        self.omitted = omitted
        self.exact_warns = exact_warns
        self.value_warns = value_warns
        self.warned_later = warned_later
        self.param_conditions = param_conditions
        self.doc_deprecated = doc_deprecated
        self.doc_deprecated_params = doc_deprecated_params
        self.presence_warns = presence_warns
        self.none_defaults = none_defaults
        self.none_refused = none_refused
        self.overload_returns = overload_returns
        self.sentinel_params = sentinel_params
        self.made_method = made_method
        self.init_warning = init_warning

    def at_line(self, line: int) -> RawCallable:
        """The same def read at another line (`DefMemo`: the same text elsewhere): every field passed on by position,
        one native call when compiled."""
        return RawCallable(
            self.name,
            line,
            self.kind,
            self.params,
            self.warns,
            self.param_warns,
            self.decorator_message,
            self.init_calls,
            self.decorators,
            self.is_async,
            self.returns,
            self.facts,
            self.self_calls,
            self.decorators_called,
            self.decorator_arguments,
            self.calls,
            self.decorator_numbers,
            self.handoffs,
            self.self_sets,
            self.sets_on_any,
            self.made_warning,
            self.made_directly,
            self.makes_refusing,
            self.omitted,
            self.exact_warns,
            self.value_warns,
            self.warned_later,
            self.param_conditions,
            self.doc_deprecated,
            self.doc_deprecated_params,
            self.presence_warns,
            self.none_defaults,
            self.none_refused,
            self.overload_returns,
            self.sentinel_params,
            self.made_method,
            self.init_warning,
        )


@dataclass(init=False, slots=True)  # constructor written out: see model.py, above `Param`
class RawAttribute:
    """A name assigned in a module or class body (or on `self` in `__init__`)."""

    name: str
    line: int
    value_ref: str | None = None
    """The dotted name the value is, when it is a plain reference (`url_quote = _quote`)."""
    annotation: str | None = None
    held: str | None = None
    """The builtin container or text type of the value assigned, when its spelling says (`[...]` list,
    `frozenset((...))` frozenset, `"x"` str): bleach 6's `ALLOWED_TAGS` became a frozenset, `ALLOWED_TAGS + [...]`
    fails; "property" for `property(get)`."""
    instance: bool = False
    """Assigned on `self` (exists on instances only)."""
    from_call: bool = False
    """Assigned a call's result (`qop = _set_property("qop")` in a class body: it may be a descriptor; at module
    level, also a subscription such as `Annotated[Url, ...]`: an object whose attributes are unknown)."""
    rewraps: bool = False
    """A module global passed through a call and bound again (`Attribute = _add_hash(Attribute, ...)`): still the
    object it was, as far as anyone can tell statically."""
    data: bool = False
    """Assigned a literal or a display (`"utf-8"`, `0`, `[]`, `{}`, an f-string; never `None`): it holds a value, not
    something callable."""
    placeholder: bool = False
    """A module global set to `None` (`except ImportError: X = None`): beside another binding, that one counts."""
    declared: bool = False
    """In a class body, annotated without a value (`x: int`): declared, bound on no class (a dataclass field without
    default, an attribute the constructor sets), or a record field its decorator deletes from the class
    (`records.kept_off_class`); on an instance attribute, only annotated on `self` (see `only_annotated`)."""
    slot: bool = False
    """Named in the class's `__slots__`: the class holds a descriptor under the name, whoever sets the value."""
    from_param: str = ""
    """The constructor parameter it is set on `self` from (`self.process_request = process_request or _identity`):
    a callable the user supplies, which the release calls."""
    built: str = ""
    """Set on `self` once in the whole class, by its constructor, to a new object of a class it names (`self.router =
    routing.APIRouter(...)`): that name, as written. Calls on it reach that class's methods, never a user's override
    (see `callsites`), and so do arguments handed through it (pygame-menu 4.0's `add_button(*args, **kwargs)` returns
    `self.add.button(*args, **kwargs)`, `self.add = WidgetManager(self)`, see `Hierarchy.forward_target`)."""
    instance_of: str | None = None
    """A module global assigned a call of a dotted name (`_jwt_global_obj = PyJWT()`): what it may be an instance
    of, so that `encode = _jwt_global_obj.encode` is read as PyJWT's bound method."""
    partial_of: str | None = None
    """A module global assigned `functools.partial(f, ...)`: the dotted name of `f` (numpy's `array_function_dispatch =
    functools.partial(overrides.array_function_dispatch, module="numpy")`, used as that decorator)."""
    text: str | None = None
    """The string literal it is assigned, when spelled like a config key (`STORAGE_URL = "RATELIMIT_STORAGE_URL"`):
    a constant the package may read its config through."""
    scalar: str | None = None
    """For a module global: the string or number literal it is assigned, as a message it fills would show it
    (goose3 3.1.13's `CAMEL_CASE_DEPRICATION = "3.1.15"`, see `SurfaceBuilder._rendered`)."""
    said: str | None = None
    """For a module global: the text of the string it is assigned when that is built of literals (a literal, a `+`
    of them, an f-string, its fields kept as `{NAME}`): what a warning handed the name says (html5lib 1.1's
    `warnings.warn(_deprecation_msg, DeprecationWarning)`, see `SurfaceBuilder._named_message`)."""
    keys: tuple[str, ...] | None = None
    """For a literal dict, tuple, list or set: its string keys or items (what `name in X` finds in it)."""
    strings_only: bool = False
    """A module global assigned a tuple, list or set literal of strings only and never grown at the module's top
    level (`+=`, `.append(...)`): `keys` is all it holds (docker's `RUN_CREATE_KWARGS`, see `closedparams`)."""
    made_by: str | None = None
    """In a class body, the dotted name of the call it is assigned (`findAll = _deprecated_function_alias(...)`):
    a deprecation factory of the package makes a deprecated member (see `factories`); in a module, that of a call
    wrapping a callable it is handed first (`cmd_bump = deprecated(cli.cmd_bump, ...)`)."""
    made_with: tuple[tuple[int | str, str], ...] = ()
    made_applied: bool = False
    """In a module, `made_by` made a decorator that was applied to a callable (`tempo = moved(...)(_tempo)`)."""
    decorated_message: str | None = None
    """The message of a deprecation decorator applied by a call, not by `@` (`old = deprecated("use new")(new)`)."""
    """The string literals that call passes, by position or keyword (to fill the factory's warning message in)."""
    version_flag: bool = False
    """Assigned a test of the running Python's version (`py38 = sys.version_info >= (3, 8)`): plumbing, not API."""
    alternatives: tuple[str, ...] = ()
    """For a module global bound one way or another depending on where the code runs: the classes of the
    distribution each way binds, when every way binds one (see `resolve.Resolver._lookup`)."""
    new_type: str | None = None
    """For a module global assigned `NewType("ExitCode", int)`: the base type as written (`int`), what a type checker
    takes the name for where a value is expected, and what calling it returns."""
    called: str = ""
    """For an instance attribute the class's text assigns once: the dotted name of the call it is assigned, as
    written (`self.flat_attrs = flatatt(kwargs)`), see `Symbol.returned_from`."""
    imported: RawImport | None = None
    """For a member an import in a class body binds (opensearch-py 2.4's `class OpenSearch: from ._patch import
    create_point_in_time`): that import, whose target `value_ref` spells absolutely, not as a name of the module."""

    def __init__(
        self,
        name: str,
        line: int,
        value_ref: str | None = None,
        annotation: str | None = None,
        held: str | None = None,
        instance: bool = False,
        from_call: bool = False,
        rewraps: bool = False,
        data: bool = False,
        placeholder: bool = False,
        declared: bool = False,
        slot: bool = False,
        from_param: str = "",
        built: str = "",
        instance_of: str | None = None,
        partial_of: str | None = None,
        text: str | None = None,
        scalar: str | None = None,
        said: str | None = None,
        keys: tuple[str, ...] | None = None,
        strings_only: bool = False,
        made_by: str | None = None,
        made_with: tuple[tuple[int | str, str], ...] = (),
        made_applied: bool = False,
        decorated_message: str | None = None,
        version_flag: bool = False,
        alternatives: tuple[str, ...] = (),
        new_type: str | None = None,
        called: str = "",
        imported: RawImport | None = None,
    ) -> None:
        self.name = name
        self.line = line
        self.value_ref = value_ref
        self.annotation = annotation
        self.held = held
        self.instance = instance
        self.from_call = from_call
        self.rewraps = rewraps
        self.data = data
        self.placeholder = placeholder
        self.declared = declared
        self.slot = slot
        self.from_param = from_param
        self.built = built
        self.instance_of = instance_of
        self.partial_of = partial_of
        self.text = text
        self.scalar = scalar
        self.said = said
        self.keys = keys
        self.strings_only = strings_only
        self.made_by = made_by
        self.made_with = made_with
        self.made_applied = made_applied
        self.decorated_message = decorated_message
        self.version_flag = version_flag
        self.alternatives = alternatives
        self.new_type = new_type
        self.called = called
        self.imported = imported


def only_annotated(member: object) -> bool:
    """An attribute a method only annotates on its instance (`self.instrument: Instrument`): the statement binds
    nothing, so whatever an ancestor defines under the name (qcodes 0.54's read-only `ParameterBase.instrument`) is
    what instances have."""
    return isinstance(member, RawAttribute) and member.instance and member.declared


@dataclass(slots=True)
class RawClass:
    """A `class` statement with its members."""

    name: str
    line: int
    bases: tuple[str, ...]
    members: dict[str, RawCallable | RawAttribute | RawClass] = field(default_factory=dict)
    decorator_message: str | None = None
    record: str | None = None
    """dataclass, namedtuple or typeddict: the constructor is generated from the fields."""
    record_params: tuple[Param, ...] | None = None
    own_fields: tuple[Param, ...] | None = None
    """For a dataclass with bases, the parameters its own fields make (see `Hierarchy.dataclass_fields`)."""
    frozen: bool = False
    """A frozen record: its instances refuse every assignment (see `records.frozen_record`)."""
    model_extra: str = ""
    """What the class statement sets pydantic's `extra` to (see `modelconfig.declared_extra`)."""
    model_fields: tuple[tuple[Param, ...], tuple[str, ...]] | None = None
    """As a pydantic model, the parameters its annotated fields make (see `modelconfig.model_fields`)."""
    final: bool = False
    decorators: tuple[str, ...] = ()
    decorators_called: tuple[bool, ...] = ()
    """For each of `decorators`: whether it is written as a call (`@Substitution(...)`)."""
    handed_names: tuple[tuple[str, ...] | None, ...] = ()
    """For each of `decorators`: the strings its call hands by position (see `setattrnames.handed_strings`); empty
    when no decorator is called with positional arguments."""
    handed_arguments: tuple[tuple[str | tuple[str, ...], ...], ...] = ()
    """For each of `decorators`: what its call hands (see `setattrnames.handed_arguments`); empty when no decorator
    is called with positional arguments."""
    settable: set[str] = field(default_factory=set)
    """Properties that have a setter, and class attributes assigned a call's result that its methods assign on their
    instance (see `extract._assigned_on_self`)."""
    cache_imports: tuple[tuple[str, str, str], ...] = ()
    """(property, module, name) for a property decorated with a name imported from elsewhere and not known to be a
    settable cache: the release's own module may hand one on (see `cachedprops.reexported_cache`)."""
    shims: dict[str, RawShim] = field(default_factory=dict)
    """Names its `__getattr__` answers by spelling them (Pillow 9.5's deprecated `Image.category`)."""
    patched: bool = False
    """The module sets attributes on it at run time (`setattr(Cls, name, ...)`): members may exist unseen."""
    init_keeping_decorators: tuple[str, ...] = ()
    """Its record decorators that keep an `__init__` written in the body (see `records.init_keeping_decorators`)."""
    built_elsewhere: bool = False
    """Its own `__new__` never builds an instance of the class (see `newbuilds`)."""
    sealed: bool = False
    """Its own `__init_subclass__` always raises (yarl's `URL`): no class can inherit from it."""
    registry_views: tuple[str, ...] = ()
    """Its class attributes holding or viewing the registry its `__init_subclass__` fills, keyed by each subclass's
    `registry_key` attribute (see `keyedkwargs.subclass_registry`)."""
    registry_key: str = ""
    option_defaults: tuple[tuple[str, str], ...] = ()
    """(keyword, default's repr) its `__init__` takes from `**kw` into class attributes (see `attrdefaults`)."""
    metaclass: str | None = None
    """The dotted name of its metaclass when written (`metaclass=abc.ABCMeta`, six's `with_metaclass(M, ...)` base
    or `@add_metaclass(M)`); "?" when not a name."""
    doc_deprecated: str | None = None
    """The deprecation its docstring announces (see `docdeprecated`): the class's own, no subclass's, as no warning
    fires."""
    doc_deprecated_params: tuple[str, ...] = ()
    """Its constructor's parameters its docstring's own `:param p:` entries say deprecated (see
    `docdeprecated.deprecated_param_entries`)."""
    comment_deprecated: dict[str, str] = field(default_factory=dict)
    """Members the comment right above their assignment in the body says deprecated -> what it says (see
    `docdeprecated.commented_deprecations`)."""
    collects: str = ""
    """For a metaclass: the class attribute its `__new__` keeps the entries it pops from a class body under (see
    `collectedfields`), "" for none."""
    built_receivers: tuple[str, ...] = ()
    """Properties (and the private attributes they return) that only ever hold an object the release builds itself
    (see `builtprops`): calls on them reach no user subclass's override."""
    handed_self: tuple[tuple[str, int, str], ...] = ()
    """(the callee as spelled, the position or -1, the keyword or "") of each call its `__init__` makes handing
    `self` to a function that is none of its module's: a function of another module may set its attributes (see
    `RawModule.param_sets`)."""
    handed_by_methods: tuple[tuple[str, int, str], ...] = ()
    """The same for the calls its other methods make: what those functions set the instance may have (see
    `extract._handed_by_methods`)."""
    parsed_options: tuple[str, ...] = ()
    """The destinations of the options its methods declare on an argument parser (`parser.add_argument("--timeout",
    ...)`): every run the parser fills them all, so its methods' `**options` always hold them."""
    sets_computed: bool = False
    """Its `__init__`, a helper of its own `__init__` calls or a module function `__init__` hands `self` to sets an
    attribute on the instance under a name it computes (`setattr(self, keyword, value)` over a table): which
    attributes its instances have is unknown."""


@dataclass(slots=True)
class RawImport:
    """A name bound by an import: `module` is absolute; `attr` is None when the name is the module itself."""

    name: str
    line: int
    module: str
    attr: str | None
    explicit: bool = False
    """Written `import a as a` / `from m import a as a`: an explicit re-export (PEP 484)."""
    kept: bool = False
    """`from m import a  # noqa: F401`: imported to be imported from here, unused (sphinx 7's `from
    sphinx.domains.changeset import VersionChange  # NoQA: F401  # for compatibility` in `sphinx.directives.other`)."""


@dataclass(slots=True)
class RawShim:
    """A name served by the module's `__getattr__`."""

    name: str
    line: int
    warn: Warn | None = None
    target: RawImport | None = None


@dataclass(slots=True)
class RawShimTable:
    """A module `__getattr__` branch answering the names a collection of another module lists, which the module's
    own read cannot spell out (python-gitlab 3's `if name in gitlab.const._DEPRECATED:` warns and returns
    `getattr(gitlab.const, name)`): the surface expands it once every module is read."""

    table: str
    """The collection as written (`gitlab.const._DEPRECATED`)."""
    line: int
    param: str
    """The `__getattr__` parameter holding the name asked for."""
    warns: tuple[Warn, ...] = ()
    """What the branch warns with (see `shim.named_warning`)."""
    source: str | None = None
    """The module expression the branch returns the name from (`getattr(gitlab.const, name)`), as written."""


Binding = RawCallable | RawAttribute | RawClass | RawImport


@dataclass(slots=True)
class RawModule:
    """One module file, read but not resolved."""

    module: str
    file: str
    is_package: bool
    status: ModuleStatus = ModuleStatus.OK
    reason: str = ""
    bindings: MutableMapping[str, list[Binding]] = field(default_factory=dict)
    """A mapping, not declared a dict: a lazy read's is a `DeferredBindings`, whose `get` compiled code would skip on a
    declared dict (mypyc calls the dict's own)."""
    all_names: tuple[str, ...] | None = None
    all_written: bool = False
    """It binds `__all__` itself (`all_names` None then means unknown, not absent)."""
    all_exporters: tuple[str, ...] = ()
    """Its functions that put the name of what they decorate in its module's `__all__` (see `allexporters`)."""
    all_creators: tuple[str, ...] = ()
    """Those of `all_exporters` that give that module an `__all__` when it has none (see `allexporters`)."""
    module_setters: tuple[tuple[str, int, int, bool], ...] = ()
    """Its functions binding each key of a mapping in the module a name hands (see `allexporters.ModuleSetter`)."""
    module_replacers: tuple[tuple[str, int, str], ...] = ()
    """Its functions putting an object serving their keywords in the place of the module a name hands (see
    `allexporters.ModuleReplacer`)."""
    replacer_calls: tuple[tuple[str, int, str, tuple[str, ...], int], ...] = ()
    """Its top-level calls handing its own `__name__` and keywords (see `allexporters.ReplacerCall`)."""
    setter_calls: tuple[tuple[str, int, int, tuple[str, ...], int], ...] = ()
    """Its top-level calls handing its own `__name__` and a dict literal (see `allexporters.SetterCall`)."""
    table_replacers: tuple[tuple[str, int, str, int], ...] = ()
    """Its functions putting an object made with a table they are handed in the place of a module (see
    `allexporters.TableReplacer`)."""
    table_calls: tuple[tuple[str, int, tuple[tuple[str, str, str], ...], int, int], ...] = ()
    """Its top-level calls handing a table of names (see `allexporters.TableCall`)."""
    shims: dict[str, RawShim] = field(default_factory=dict)
    shim_tables: tuple[RawShimTable, ...] = ()
    dynamic: bool = False
    """Its `__getattr__` may serve names it does not spell (`return getattr(_impl, name)`)."""
    getattr_warns: tuple[Warn, ...] = ()
    """What its `__getattr__` warns on every path answering a name (see `shim.catch_all_warnings`)."""
    getattr_helpers: tuple[str, ...] = ()
    """The calls whose result such a path hands back unwarned, as written: each must always warn (the surface
    resolves them)."""
    run_time_patterns: tuple[str, ...] = ()
    """`fnmatch` patterns of the names it binds at run time under keys built from text and values
    (`globals()[f"_{scope}_event_loop"] = ...`: `_*_event_loop`)."""
    checker_imports: dict[str, RawImport | tuple[str, ...]] = field(default_factory=dict)
    """The imports of names `__all__` promises that only type checkers see (`if TYPE_CHECKING:`), in a module whose
    `__getattr__` serves them at run time: where each name lives (langchain-core 1.0's `runnables` package serves
    `RunnableSerializable` from its `_dynamic_imports` table, and imports it from `.base` for type checkers); a star
    import's module under `"*"` (pydantic 2's `if TYPE_CHECKING: from .main import *` names `BaseModel`'s home)."""
    module_aliases: tuple[str, ...] = ()
    """Other module names it puts in `sys.modules` (see `runtime_names.sys_modules_keys`); `pkg.*` when it puts
    another package's modules there under `pkg` and its submodules (`runtime_names._renamed_prefix`)."""
    replaced: bool = False
    """It put another object in its own place in `sys.modules`: its own globals are not what users get."""
    class_setattrs: tuple[tuple[str, str], ...] = ()
    """(the dotted name of the object, the attribute) for each `setattr(obj, "name", ...)` or `mp.setattr(obj,
    "name", ...)` anywhere in the module, a function body too: pytest 7 adds `Cache.makedir` and
    `Session.startdir` to classes of other modules from a hook (`_pytest.legacypath`); and for each `obj.name = ...`
    in a function, `cls.name = ...` in a classmethod (bitstring 4.0 sets `ByteStore.__iter__` so on import)."""
    unspelled_setattrs: tuple[tuple[str, str], ...] = ()
    """(module, name) of each global or function-imported object a function gives attributes by names it does not
    spell (see `setattrnames.unspelled_setattrs`): a class of the release so patched has members no reader knows."""
    setter_helpers: tuple[tuple[str, int, int], ...] = ()
    """Its functions and static methods that `setattr` a parameter named by another (see `setattrnames.py`)."""
    helper_calls: tuple[tuple[str, int, str, int, str, int], ...] = ()
    """Its top-level calls handing a class of its own and an identifier string to some callee (see the same)."""
    param_sets: tuple[tuple[str, int, str, str], ...] = ()
    """The attributes its functions set on their parameters (see `handedself.parameter_uses`)."""
    param_handoffs: tuple[tuple[str, int, str, str, int, str], ...] = ()
    """The calls its functions hand their parameters on to (see the same)."""
    class_decorators: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Its functions setting attributes on the class they decorate, and those attributes (see the same)."""
    py2_shims: frozenset[str] = frozenset()
    lazy_imports: frozenset[str] = frozenset()
    """Globals bound to `None` that a function of the module fills by an import (see `lazyimports`)."""
    bound_on_import: frozenset[str] = frozenset()
    """Globals a function of the module binds under `global` when the module's top level calls it (see
    `lazyimports.bound_on_import`): bound once the module is imported."""
    """Names both arms of a Python 2/3 test bind to values (webargs 5's `compat.iteritems`): plumbing, not API."""
    warns: tuple[Warn, ...] = ()
    doc_deprecated: str | None = None
    """What its docstring says deprecating the module itself (see `docdeprecated.module_docstring_deprecation`)."""
    env_vars: dict[str, int] = field(default_factory=dict)
    env_prefixes: dict[str, int] = field(default_factory=dict)
    env_shapes: frozenset[str] = frozenset()
    env_gates: dict[str, Gate] = field(default_factory=dict)
    """For a module reading the environment, the globals it binds only under a guard read from it (see `envgates`)."""
    env_set: frozenset[str] = frozenset()
    """Underscored variables it puts into an environment itself (see `envvars.private_env_set`)."""
    registrations: tuple[tuple[str, str], ...] = ()
    """(base, class) as written for each virtual subclass it registers (`Base.register(Cls)`, see `registered`)."""
    env_handoffs: tuple[EnvHandoff, ...] = ()
    """Calls handing the environment itself to a helper, whose reads are known once it is resolved (`envhanded`)."""
    env_through: tuple[tuple[str, int], ...] = ()
    """Reads keyed by a constant bound elsewhere, (dotted name, line): see `envvars.EnvReads.through`."""
    text_constants: dict[str, str] = field(default_factory=dict)
    """Its upper-case constants holding a string (`envvars.text_constants`): what a read through one of them reads."""
    """Prefixes click derives environment variables from (`auto_envvar_prefix="FLASK"`): `envvars.read_click_env`."""
    click_params: frozenset[str] = frozenset()
    """The names of the click parameters the module declares, upper-cased (`--app` -> APP)."""
    config_keys: dict[str, int] = field(default_factory=dict)
    config_reads: frozenset[str] = frozenset()
    config_refs: tuple[ConfigRef, ...] = ()
    config_shapes: frozenset[str] = frozenset()
    """Keys it reads under a name built at run time, `*` for each computed part (see `configkeys`)."""
    config_warned: dict[str, tuple[Warn, int]] = field(default_factory=dict)
    """Keys every read of which warns -> (the warning, a line reading it): see `configwarn`."""
    config_unwarned: frozenset[str] = frozenset()
    """Keys some read of which does not warn."""
    config_refused: frozenset[str] = frozenset()
    """Keys a table the module loops over to raise or warn lists (see `settingstables.refused_keys`), or looked up only
    to say they are removed (see `configwarn.refusals`): spelled, never read."""
    settings_required: frozenset[str] = frozenset()
    """Django settings some read of which fails unless the project sets them (see `configkeys.settings_need`)."""
    settings_defaulted: frozenset[str] = frozenset()
    """Django settings some read of which gives a default (`getattr(settings, "KEY", default)`)."""
    settings_unknown: frozenset[str] = frozenset()
    """Settings the module uses otherwise (`hasattr`, sets, reads from a `settings` object not Django's) or declares
    a default for (django-appconf, a spread or table of defaults): whether a project must set them is not known."""
    namespace_keys: dict[str, tuple[tuple[str, str, int], ...]] = field(default_factory=dict)
    """Metaclass name -> the class-body keys its `__new__` reads and stores, and the classes made with it (see
    `nskeys`)."""
    user_reads: dict[str, int] = field(default_factory=dict)
    """Compound names it reads by literal only from a parameter, never from `self` (`getattr(view, "filter_fields",
    None)`) -> first line: a setting on an object a user defines (see `userattrs`)."""
    user_vetoed: frozenset[str] = frozenset()
    """Names it also reads from something else, or spells on `self`/`cls`: the release's own attributes."""
    plain_reads: frozenset[str] = frozenset()
    """Compound names it reads as plain attributes of a name other than `self`/`cls` (see `userattrs.plain_reads`)."""
    options: OptionReads | None = None
    """What it does with nested options classes (`class Meta:`), when it reads by name (see `metaopts`)."""
    name_deprecations: dict[str, str] = field(default_factory=dict)
    """Names `zope.deprecation.deprecated("name", "message")` makes the module warn for (see `zopenames`)."""
    comment_deprecated: dict[str, str] = field(default_factory=dict)
    """Names the comment right above their assignment says deprecated -> what it says (see
    `docdeprecated.commented_deprecations`): documented, no warning fires."""
    used_imports: frozenset[str] = frozenset()
    """Names a package `__init__` imports from another distribution and also uses itself (so not a re-export)."""
    called: frozenset[str] = frozenset()
    """Every attribute name the module calls (`.name(`), to tell a hook still called from one that is not."""
    example_script: bool = False
    """An example or test program shipped in the package, no API (see `examplecode`)."""
    import_raises: bool = False
    """A `raise` statement stands at its top level, outside any `if`, `try` or def: running it always ends in the
    exception, so no import of it ever worked (optuna 4.9's `multi_objective`, kept only to raise
    ModuleNotFoundError with a migration note; whitenoise 5.3's `django.py`, only `raise ImportError(...)`)."""
    sibling_imports: tuple[tuple[str, str, int], ...] = ()
    """(module, name, line) of its unguarded top-level relative imports (see `imports.sibling_imports`)."""
    sets_own_names: bool = False
    """Its text spells `setattr(`, `sys.modules` or `globals()`: it may bind names no statement of it spells (bs4
    4.12's `builder` copies its tree builders in by `setattr(sys.modules[__name__], name, obj)`)."""
    called_through: frozenset[str] = frozenset()
    """The private names it calls on an object other than `self` or `cls` (`self.md._uniform_indent(`)."""
    unbound_calls: frozenset[str] = frozenset()
    """Bare names its statements call that nothing in it binds: such a call raises NameError (see `unboundcalls`)."""
    setting_warns: tuple[tuple[str, str, int, str], ...] = ()
    """(class, attribute, line, message) of each class setting a method warns is deprecated (see `settingwarns`)."""
    cli_options: dict[str, int] = field(default_factory=dict)
    """Command-line option -> line of the call declaring it (`add_argument("--flag")`, see `cliopts`)."""
    cli_spelled: frozenset[str] = frozenset()
    """Every string literal wholly an option spelling (`"--flag"`, see `cliopts.spelled_options`)."""
    cli_defaults: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Command-line option -> (line, `repr` of its literal default) where its declaring calls agree on one (see
    `cliopts.cli_defaults`)."""
    spelled_keys: frozenset[str] = frozenset()
    """Every upper-case string literal spelled like an environment variable or config key (`"EXT_TIMEOUT"`, see
    `extract.spelled_keys`): a read may reach it through a name or a helper the readers do not follow."""
    dispatched: frozenset[str] = frozenset()
    """Prefixes of names the module looks up by building them (`getattr(self, "visit_" + name)`): a method so named
    may still be called (see `extract.dispatch_prefixes`)."""
    warning_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Classes (at any depth of the module body) -> the last names of their bases; to find Warning subclasses."""
    alternatives: frozenset[str] = frozenset()
    """Names the two branches of an undecided `if` bind differently (see `blocks.flatten`): which one users get is
    unknown, so the name is an object nothing is claimed about."""
    one_arm: frozenset[str] = frozenset()
    """Names only one arm of an undecided module-level `if` binds (see `blocks.one_arm_names`), read only for a module
    with a literal `__all__`."""
    deleted: set[str] = field(default_factory=set)
    """Names the module body `del`s after binding them (markupsafe 1.1's helper factories): gone by the time
    anyone imports the module, though the module's own code used them while it ran (so their bindings stay, for
    resolving what they decorated)."""

    def bind(self, binding: Binding) -> None:
        """Record a binding of `binding.name` (later bindings come later in the list)."""
        self.bindings.setdefault(binding.name, []).append(binding)
        self.deleted.discard(binding.name)

    def bind_later(self, name: str, read: Callable[[], RawCallable | RawClass]) -> None:
        """Record a def read when `name` is first looked up (a lazy read's bindings are `DeferredBindings`)."""
        assert isinstance(self.bindings, DeferredBindings)
        self.bindings.defer(name, read)
        self.deleted.discard(name)
