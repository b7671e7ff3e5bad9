"""Build a release's public `Surface` from its read modules: public names, members with inheritance, deprecations."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import partial
from typing import Any

from bot.apidiff.cachedprops import reexported_cache
from bot.apidiff.callsites import call_sites
from bot.apidiff.categories import callables, deprecation_categories, held_warnings
from bot.apidiff.collector import collector_paused
from bot.apidiff.configkeys import resolve_config_refs
from bot.apidiff.deprecation import DEPRECATION_CATEGORIES, HELD, LOGGED, Warn, known_sentences, says_deprecated
from bot.apidiff.deprecation import filled_message as filled_name_message
from bot.apidiff.deprecmarkers import is_deprecated_marker
from bot.apidiff.docdeprecated import removal_of
from bot.apidiff.envhanded import handed_names
from bot.apidiff.envvars import IMPORTED, STDLIB_ENV_READERS
from bot.apidiff.extras import (
    PRIVATE_API,
    add_namespace_packages,
    hooks,
    is_private_member,
    is_private_method,
    own_imports,
    private_member,
    private_method,
    private_symbols,
)
from bot.apidiff.factories import filled_message
from bot.apidiff.facts import MEMBER_MAP
from bot.apidiff.fitted import fitted_names, setter_line
from bot.apidiff.forwards import forward_helpers
from bot.apidiff.generated import CASE_INSENSITIVE_ENUM_METAS, protobuf_enum
from bot.apidiff.handedself import COMPUTED, ITEMS
from bot.apidiff.members import (
    ABSTRACT_DECORATORS,
    EXTERNAL,
    SHADOWED,
    Hierarchy,
    Member,
    applied_expiry,
    callable_symbol,
    called_target,
    class_decorator_keeps,
    decorator_replaces,
    deprecated_by_decorator,
    unshadowed,
)
from bot.apidiff.metaopts import class_options
from bot.apidiff.model import (
    META_ANY,
    META_UPPER,
    POSITIONAL_KINDS,
    TEXT_TYPE,
    ModuleReport,
    ModuleStatus,
    Param,
    ParamKind,
    Surface,
    Symbol,
)
from bot.apidiff.modelconfig import ACCEPTING, PYDANTIC_MODELS, effective_extra
from bot.apidiff.modelconfig import UNKNOWN as UNKNOWN_EXTRA
from bot.apidiff.operators import hashable, orders
from bot.apidiff.params import without_defaults
from bot.apidiff.raw import Binding, RawAttribute, RawCallable, RawClass, RawImport, RawModule, RawShim
from bot.apidiff.resolve import Resolved, Resolver
from bot.apidiff.runtime_bound import run_time_names
from bot.apidiff.servedfrom import evaluated, literal_argument
from bot.apidiff.setattrnames import COPIED, HANDED, REWRITTEN, UNSPELLED
from bot.apidiff.shim import named_warning
from bot.apidiff.stdlib import is_stdlib, is_stdlib_module, stdlib_defines
from bot.apidiff.testcode import MAX_PARTS, defines_tests, is_test_case, is_test_module, test_named
from bot.apidiff.unreadparams import all_unsure

MAX_CLASS_DEPTH = 16
MAX_HANDOFF_HOPS = 4
"""How many callables a parameter is followed through, handed on under its own name, to a warning about it."""
MAX_SYMBOLS = 250_000
"""A hostile distribution (thousands of classes each inheriting thousands of members) is cut off here."""


KEEPING_CLASS_DECORATORS = frozenset(
    {
        "final",
        "total_ordering",
        "runtime_checkable",
        "unique",
        "deprecated",
        "dataclass_transform",
        "type_check_only",
        "add_metaclass",  # six: the same class body under the metaclass, as `class C(metaclass=M)` would give
        "python_2_unicode_compatible",
        "implementer",  # zope.interface: declares, returns the class
        "deconstructible",  # Django: adds `deconstruct`, keeps `__init__`'s signature
    }
)
"""Class decorators known to leave the constructor alone."""
PROTOCOL_METHODS = frozenset(
    {
        "__call__",
        "__iter__",
        "__next__",
        "__aiter__",
        "__anext__",
        "__await__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__len__",
        "__contains__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__bytes__",
        "__fspath__",
        "__index__",
        "__abs__",
        "__neg__",
        "__pos__",
        "__invert__",
        "__round__",
        "__int__",
        "__float__",
        "__complex__",
    }
)
"""Special methods whose loss ends what instances could do (be called, iterated, indexed, used in `with`, turned into
bytes, a number, a path, an index, negated or rounded: `object` has none of them, so the operation raises
TypeError): members of the API like any method, though underscored. Others (`__repr__`, `__eq__`, `__hash__`) fall
back to `object`'s, operators (`__add__`, `__lt__`) to the other operand's reflection or a class decorator's
(`total_ordering`, `dataclass(order=True)`), and Python 2's (`__cmp__`, `__unicode__`, `__nonzero__`) Python 3 never
calls: no operation fails."""
_MODULE_MACHINERY = frozenset(
    {"__all__", "__getattr__", "__dir__", "__path__", "__doc__", "__file__", "__name__", "__qualname__", "__spec__"}
    | {"__loader__", "__package__", "__builtins__", "__annotations__", "__cached__", "__docformat__", "__test__"}
    | {"__tracebackhide__", "__metaclass__", "__doctest_skip__", "__doctest_requires__", "__doctests__"}
    | {"__lazy_modules__"}
)
"""Module dunders the import system sets or reads (`__path__`, `__getattr__`, PEP 810's `__lazy_modules__` naming
the imports Python 3.15 defers: scikit-build-core 1.1 dropped one), Python 2's module-wide
`__metaclass__ = type`, or a tool's directive (`__docformat__`, pytest's `__tracebackhide__`, astropy's
`__doctest_skip__`): plumbing, never a value users import."""


_CREDITS = frozenset({"__author__", "__authors__", "__credits__", "__maintainer__", "__email__", "__status__"})
"""Dunders crediting who wrote a file: a distribution's top-level package may publish them with its version (users
read `attr.__email__`); a submodule's (sktime 0.40 turned 35 modules with `__author__` into packages without) is a
comment in a value, which nobody imports."""


def is_module_metadata(name: str) -> bool:
    """A dunder a module's author binds to a value for users to read: `__version__`, but as much `__parsed_version__`,
    `__version_info__`, `__title__` or `__url__` (marshmallow 3.21 deprecating `__parsed_version__`, flask-marshmallow
    1.0 dropping `__version_info__`); other underscored names are private."""
    return len(name) > 4 and name.startswith("__") and name.endswith("__") and name not in _MODULE_MACHINERY


_FIELD = re.compile(r"\{([A-Za-z_][\w.]*)\}")
"""A message's field naming a global (`{CAMEL_CASE_DEPRICATION}`, `{constants.VERSION}`; see `source.literal_text`)."""


def _is_private(name: str) -> bool:
    return name.startswith("_")


def _copied_positions(names: tuple[str, ...]) -> list[int]:
    """The positions of the classes a class decorator's factory copies the namespaces of (see `setattrnames.COPIED`)."""
    return [int(name.removeprefix(COPIED)) for name in names if name.startswith(COPIED) and name[1:].isdigit()]


_VERSION_FLAG = re.compile(r"^(?:IS_)?PY(?:THON)?_?[23][0-9_]*$")


_PY2_SHIMS = frozenset(
    {"text_type", "binary_type", "string_types", "integer_types", "class_types", "unicode", "basestring", "unichr"}
)
"""six's Python 2 type shims, however a module spells them (`text_type = lambda x: six.text_type(x)` in flask-restx
0.5's `reqparse`): compatibility plumbing, never API."""


def _type_of_text(attribute: RawAttribute) -> bool:
    """`str = type('')`, Python 2 code's spelling of its text type (gpiozero 1.6 bound one in every module): on
    Python 3 the builtin `str` itself, as incidental as `text_type = str`. A class `type()` makes has a name."""
    return attribute.instance_of == "type" and attribute.made_with == ((0, ""),)


def _imported_by_call(attribute: RawAttribute) -> str | None:
    """The dotted path a module global is imported from by a helper whose name says so (sktime 1.1's `torch =
    _safe_import("torch")`, `NNModule = _safe_import("torch.nn.Module")`; `importlib.import_module("yaml")`): an
    import written as a call, as incidental as the `import` statement it stands for. None for any other value."""
    if attribute.instance_of is None or "import" not in attribute.instance_of.rsplit(".", 1)[-1].lower():
        return None
    path = next((text for key, text in attribute.made_with if key == 0), None)
    if path is None or not all(part.isidentifier() for part in path.split(".")):
        return None
    return path


_TEST_CLASS = re.compile(r"^Test|Tests?$|TestCase$")


def _is_test(owner: str, name: str, member: object) -> bool:
    """A test method of a test case class (webargs 5's `testing.CommonTestCase.test_parse_json_blank`): a test runner
    collects it from the subclasses users write, no one calls it; dropping one runs one test fewer, breaks nothing."""
    return (
        name.startswith("test")
        and isinstance(member, RawCallable)
        and bool(_TEST_CLASS.search(owner.rsplit(".", 1)[-1]))
    )


_TYPE_VARIABLES = frozenset({"TypeVar", "ParamSpec", "TypeVarTuple"})
_REBINDS_CLASS = frozenset({"__class__"})
REWRITTEN_MEMBERS = "a decorator of its class sets the class's members again: it may have replaced the method"
BEHIND_UNKNOWN = "an ancestor of unknown members comes first in the class's order: it may define the method"
"""Kept among `Symbol.self_sets` though a member: a method assigning `self.__class__` gives instances another class
than the one defined (accelerate 0.34's `DataLoaderAdapter.__init__` mixes the wrapped loader's class in). So is a
method's name a method assigns on `self` (pettingzoo 1.24's `rps.raw_env.reset` setting `self.state = {...}` over
the inherited `AECEnv.state()`): instances that ran it hold the value, not the bound method."""
CLASS_NAME = re.compile(r"\{(?:cls|type\(self\)|self\.__class__)\.__(?:qual)?name__\}")
"""The class's name in a constructor's warning (werkzeug 2.3's `f"'werkzeug.urls.{cls.__name__}' is deprecated"` in
`BaseURL.__new__`, which `URL` and `BytesURL` inherit): filled with the name of the class being built."""


def _calls_on_instance(member: RawCallable | RawAttribute | RawClass) -> bool:
    """A method handing its `**kwargs` on through `self`, `cls` or `super()`: where that goes, the class of the
    instance decides."""
    forwards = member.facts.kwargs_forwards if isinstance(member, RawCallable) else ()
    return any(call.split(".", 1)[0] in ("self", "cls", "super") for call in forwards)


def _is_test_module(module: str) -> bool:
    """A module of the release's own tests (`pkg.tests.test_config`, `pkg.testing`): what it spells sets up a test."""
    return any(part in ("test", "tests", "testing") or part.startswith("test_") for part in module.split(".")[1:])


_TYPE_BASES = frozenset({"type", "builtins.type", "abc.ABCMeta"})
"""Metaclasses whose `__new__` and `__init__` refuse a class's name, bases and namespace by keyword."""
_TYPE_CALL = 3
_HANDED_DEPTH = 3
"""How many functions handing an instance on `SurfaceBuilder._sets_through` follows."""
"""The parameters a metaclass is called with: the name, bases and namespace of the class it makes."""


def _type_call(params: tuple[Param, ...]) -> tuple[Param, ...]:
    """A metaclass's constructor parameters, the first three positional-only: only one of `__new__` and `__init__` is
    its own, the other `type`'s, which refuses them by keyword (`M("X", (), dct={})` raises TypeError); what they are
    named is nobody's API (metaflow 2.13's `FlowSpecMeta.__init__(cls, name, bases, attrs)` replaced `__new__(cls,
    name, bases, dct)`)."""
    head = params[:_TYPE_CALL]
    if len(head) < _TYPE_CALL or any(p.kind not in POSITIONAL_KINDS for p in head):
        return params
    made = (Param(p.name, ParamKind.POSITIONAL_ONLY, p.has_default, p.annotation, p.default, p.fallback) for p in head)
    return (*made, *params[_TYPE_CALL:])


_POST_INIT = ("__post_init__", "__attrs_post_init__")
"""The hooks a generated constructor calls once the fields are set (dataclasses', attrs')."""


def _runs_when_called(helper: RawCallable, caller: RawCallable) -> bool:
    """A helper's body runs when it is called: not a generator's (it runs when iterated), nor a coroutine's unless an
    async caller can await it (a private generator that warns deprecates no def that merely calls it)."""
    return not helper.facts.is_generator and (not helper.is_async or caller.is_async)


def _documented_params(symbol: Symbol, documented: tuple[str, ...]) -> None:
    """Add to the symbol's deprecated parameters those only its docstring says deprecated (no warning fires for
    them: `Symbol.deprecated_params_doc`)."""
    own = tuple(dict.fromkeys(name for name in documented if name not in symbol.deprecated_params))
    if own:
        symbol.deprecated_params = (*symbol.deprecated_params, *own)
        symbol.deprecated_params_doc = own


def _sentinel_params(symbol: Symbol, function: RawCallable) -> tuple[str, ...]:
    """Add to the symbol's deprecated parameters those defaulting to a "deprecated" sentinel (see
    `deprecmarkers.sentinel_deprecated`) and no warning of the def names; return them. A constructor's are warned
    about by a method run later, if at all (scikit-learn's estimators warn in `fit`): no snippet alone shows it."""
    own = tuple(name for name in function.sentinel_params if name not in symbol.deprecated_params)
    symbol.deprecated_params = (*symbol.deprecated_params, *own)
    return own


def _set_after_init(params: tuple[Param, ...], members: dict[str, Any]) -> tuple[Param, ...]:
    """A generated constructor's parameters, with no literal default for a field its post-init hook (own or
    inherited, see `_POST_INIT`) sets on `self`: the instance holds what the hook made of it, which no reader knows,
    so a changed default says nothing of it (accelerate 0.27's `FP8RecipeKwargs(backend="MSAMP")` was `"msamp"`,
    which `__post_init__` upper-cased). Its default is still there: leaving it out still binds."""
    hooks = (members.get(name, (None,))[0] for name in _POST_INIT)
    sets = {name for hook in hooks if isinstance(hook, RawCallable) for name in hook.self_sets}
    if not sets:
        return params
    return tuple(
        Param(p.name, p.kind, p.has_default, p.annotation) if p.name in sets and p.default is not None else p
        for p in params
    )


def _both_constructors(members: dict[str, Any]) -> bool:
    """The distribution writes both `__new__` and `__init__` of the class (inherited or its own)."""
    return all(isinstance(members.get(name, (None,))[0], RawCallable) for name in ("__new__", "__init__"))


def _unread_by_constructors(call: Symbol, members: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The constructor's parameters its `__init__` never loads, each unsure when the distribution writes a
    `__new__` too, which may read them (see `unreadparams`)."""
    return all_unsure(call.params) if _both_constructors(members) else call.params_unread


def _is_test_file(raw: RawModule) -> bool:
    """A test file shipped in the package (`uncertainties/lib1to2/test_1to2.py`, `pkg/tests/...`), which only the
    release's own test runner imports: named as tests (see `testcode.test_named`) and defining tests, whatever runs
    them (that nose-era file imports neither pytest nor unittest). The variables it reads are the runner's, never
    claimed; a module of helpers for dependents' tests defines none (elasticsearch 7's `helpers.test` reads
    `ELASTICSEARCH_URL`, which its users set)."""
    return any(test_named(part) for part in raw.module.split(".")[1:MAX_PARTS]) and defines_tests(raw)


def _worded(category: str, message: str) -> str:
    """A catch-all warning as a note says it: its message only when literal (one with fields, `mne.io.{mod}.{name}
    {_dep_msg}`, is filled at run time for each name)."""
    return f"{category}: {message}" if message and "{" not in message else category


def _module_is_public(module: str) -> bool:
    return not any(_is_private(part) for part in module.split("."))


MAX_HELPER_DEPTH = 3
"""Deprecation helpers calling helpers are followed this many levels deep."""


def _deprecation_helpers(functions: list[RawCallable], categories: frozenset[str]) -> frozenset[str]:
    """See `SurfaceBuilder.helpers`: a function calling a helper with what it is handed (or, private, with a message
    of its own) is a helper too, up to `MAX_HELPER_DEPTH` levels (`_deprecated(name)` calling `_warn(f"{name} is
    deprecated")`, which warns)."""

    def announces(function: RawCallable, warn: Warn, helpers: frozenset[str]) -> bool:
        known = warn.category in helpers if warn.via_helper else warn.category in categories or says_deprecated(warn)
        return known and (warn.parametric or function.name.startswith("_"))

    helpers: frozenset[str] = frozenset()
    for _ in range(MAX_HELPER_DEPTH):
        found = frozenset(f.name for f in functions if any(announces(f, w, helpers) for w in f.warns))
        if found == helpers:
            break
        helpers = found
    return helpers


def _helper_messages(functions: list[RawCallable], helpers: frozenset[str]) -> dict[str, tuple[str, RawCallable]]:
    """Helper name -> (the message its body warns, built from its parameters, the helper) where that message has
    fields (`"Menu method {method} is deprecated"`) a caller's literals fill; a name two such helpers share is left
    out (which one a call reaches is unknown)."""
    found: dict[str, tuple[str, RawCallable]] = {}
    shared: set[str] = set()
    for function in functions:
        if function.name not in helpers:
            continue
        message = next((w.message for w in function.warns if w.parametric and not w.via_helper), "")
        if "{" in message and found.setdefault(function.name, (message, function))[1] is not function:
            shared.add(function.name)
    return {name: found[name] for name in found.keys() - shared}


_PLAIN_WARNINGS = frozenset({"UserWarning", "Warning"})
"""Categories that say nothing of what a warning is about: its message then tells."""
_CALLED_AS: dict[str, frozenset[str]] = {
    "function": frozenset({"function"}),
    "method": frozenset({"method", "function", "property"}),
    "class": frozenset({"class"}),
}
"""The words a callable of each kind may name itself by in a message ("This method will be removed")."""


_CONSTRUCTION = frozenset({"__init__", "__new__", "__init_subclass__", "__post_init__", "__del__"})
"""Special methods that building or dropping an instance runs: their warning deprecates the class (see
`_class_deprecation`), no operation of its own."""
_SELF_CALLED = frozenset({"method", "classmethod", "staticmethod"})
_CLS_CALLED = frozenset({"classmethod", "staticmethod"})
_FUNCTION_CALLED = frozenset({"function"})
"""The kinds of def a private call reaches on the instance (`self._name()`), on the class, or by a bare name."""


_PARAMETER_WORDS = frozenset({"parameter", "argument", "keyword", "option"})
"""The words a parameter's own warning may name it by ("This argument will be removed")."""


_TEXT_METHODS = frozenset({"__str__", "__repr__", "__unicode__"})
"""Methods of the text protocols, which give a str (Python 2's `__unicode__`, its unicode)."""


class SurfaceBuilder:
    """Turns resolved modules into the public symbols of the release."""

    def __init__(
        self, modules: Mapping[str, RawModule], deprecations: bool = True, through: frozenset[str] = frozenset()
    ) -> None:
        """Without `deprecations` only the standard warning categories count and no module is read up front (a
        dependency's surface read on demand: its deprecations are not asked about)."""
        self.modules = modules
        self.through = through
        """Private names the release's modules call on another object than `self` (`RawModule.called_through`)."""
        self.resolver = Resolver(modules)
        self.categories = deprecation_categories(modules) if deprecations else DEPRECATION_CATEGORIES
        self.deprecations = deprecations
        functions = list(callables(modules)) if deprecations else []
        self.helpers = _deprecation_helpers(functions, self.categories)
        """Functions whose calls announce a deprecation: they warn with what they are handed (Pillow's
        `deprecate(name, 10)`), or, private, with a message of their own (structlog 22.1's `_deprecated()`), directly
        or through another such helper."""
        self.helper_messages = _helper_messages(functions, self.helpers)
        self.held_warnings = held_warnings(modules) if deprecations else {}
        self.symbols: dict[str, Symbol] = {}
        self.truncated = False
        self._aliased: set[str] = set()
        self._expanding = False
        self.hidden_aliases: dict[str, str] = {}
        self.star_imported: dict[str, list[str]] = {}
        self.star_guessed: dict[str, list[str]] = {}
        self.hierarchy = Hierarchy(self.resolver)
        self._members: dict[str, Symbol] = {}
        self._set_by_methods: dict[str, frozenset[str]] = {}
        """By class key (as `_members`): the names its methods and its ancestors' set on `self` (`_set_on_self`)."""
        self._set_by_name: dict[str, set[str]] | None = None
        self._patched_by_functions: frozenset[str] | None = None
        self._setter_helpers: set[tuple[str, int, int]] | None = None
        self._helper_given: dict[str, dict[str, tuple[str, int]]] = {}
        self._decorator_sets: dict[str, tuple[str, ...]] | None = None
        self._rewrites: dict[str, bool] = {}

    def is_deprecation(self, warn: Warn) -> bool:
        """True when the warning announces a deprecation (directly or through the package's helper): a deprecation
        category (the package's own, or another's so named: `SADeprecationWarning` imported from SQLAlchemy), or a
        message that says so under another (markupsafe 3.0's `__version__` warns with the default `UserWarning`:
        "The '__version__' attribute is deprecated and will be removed")."""
        if warn.via_helper:
            return warn.category in self.helpers
        held = warn.category.startswith(HELD)
        name = self.held_warnings.get(warn.category.removeprefix(HELD), "") if held else warn.category
        category = name in self.categories or name.endswith("DeprecationWarning")
        logged = warn.category == LOGGED  # only a logged text `_logged_deprecation` read as one is kept
        return not warn.parametric and (category or logged or "deprecated" in warn.message.lower())

    def _deprecation(
        self,
        warns: tuple[Warn, ...],
        decorator_message: str | None,
        owner: tuple[str, frozenset[str]] | None = None,
        module: RawModule | None = None,
    ) -> str | None:
        """The first warning announcing a deprecation, else the decorator's; given the `owner` called (its name and
        the kinds it may call itself by), a warning of no deprecation category counts when its message announces
        that very owner goes ("foo() will be removed in 3.0", "This class is going away"). `module`: where the
        warnings are given, whose globals a message handed by name is read from (see `Warn.named`)."""
        for warn in warns:
            if self.is_deprecation(warn) or (owner is not None and self._announces_removal(warn, *owner)):
                named = self._named_message(warn, module) if module is not None and warn.named else None
                return self._helper_message(warn) or warn.message or named or "deprecated"
        return decorator_message

    def _named_message(self, warn: Warn, module: RawModule) -> str | None:
        """The text of the module global a warning is handed as its message (`warnings.warn(_deprecation_msg,
        DeprecationWarning)`), its `{NAME}` fields filled from the globals as an f-string evaluated there is; None
        when it is no text built of literals (see `RawAttribute.said`) or a field stays unknown."""
        resolved = self.resolver.resolve_dotted(module.module, warn.named)
        found = resolved.definition if resolved is not None else None
        said = found.said if isinstance(found, RawAttribute) else None
        if said is None or resolved is None or resolved.module is None:
            return None
        text = " ".join((self._rendered(said, resolved.module) or "").split())
        return text if text and not _FIELD.search(text) and "{...}" not in text else None

    def _helper_message(self, warn: Warn) -> str | None:
        """A helper call's message: the helper's own, its fields filled from the call's literals (`self.
        _warn_widgetmanager("add_button", "button")` -> "Menu method add_button is deprecated. Use menu.add.button
        instead"); None when the helper builds none or the call fills no field of it."""
        known = self.helper_messages.get(warn.category) if warn.via_helper and warn.given else None
        if known is None:
            return None
        message, helper = known
        filled = filled_message(message, helper.params or (), warn.given)
        return (known_sentences(filled) or None) if filled != message else None

    def _factory_deprecation(self, function: RawCallable, module: RawModule) -> str | None:
        """The message of a decorator factory of the package that builds a deprecation marker (tcod 19's
        `@pending_deprecate()`, whose body returns `deprecate(message, category=PendingDeprecationWarning)`)."""
        if not self.deprecations:
            return None  # a dependency read on demand: following the factory would read modules for nothing
        for name, called in zip(function.decorators, function.decorators_called, strict=False):
            if not called or is_deprecated_marker(name):
                continue  # a marker itself is read where the def stands (`decorator_deprecation`)
            found = self.resolver.resolve_dotted(module.module, name)
            definition = found.definition if found is not None else None
            if isinstance(definition, RawCallable) and definition.facts.makes_deprecation is not None:
                return definition.facts.makes_deprecation
            if isinstance(definition, RawCallable) and (made := self._decorating_warning(definition, ())) is not None:
                return made
        return None

    def _decorating_warning(self, factory: RawCallable, literals: tuple[tuple[int | str, str], ...]) -> str | None:
        """The deprecation a decorator factory's products give: what it returns is a decorator, and what that
        returns warns on every call (librosa 0.10's `@moved(moved_from=..., version=...)`, made with
        `decorator(__wrapper)`), so the def it decorates, or the callable a call of it wraps (`tempo =
        moved(...)(_tempo)`), is deprecated. Not a factory whose product warns itself: that is no decorator. The
        message's fields named for the factory's parameters are filled in from the `literals` its call passes."""
        warn = factory.made_warning
        # a message naming what the wrapper is handed (`func.__name__`) names the function decorated: no helper
        if warn is None or factory.made_directly or not self.is_deprecation(replace(warn, parametric=False)):
            return None
        return known_sentences(filled_message(warn.message, factory.params, literals)) or "deprecated"

    def _announces_removal(self, warn: Warn, name: str, kinds: frozenset[str]) -> bool:
        """A plain warning (`warnings.warn("...")`, `UserWarning`) saying its owner goes (see `removal_of`)."""
        plain = warn.category in _PLAIN_WARNINGS and not warn.via_helper and not warn.parametric
        return plain and removal_of(warn.message, name, kinds) is not None

    def _set_deprecation(
        self, symbol: Symbol, function: RawCallable, module: RawModule, owner: str, shim_message: str | None = None
    ) -> None:
        """Give a callable's fresh symbol (see `members.callable_symbol`) what deprecates it or its parameters: a
        `shim_message` wins over its own warnings (a module `__getattr__` warning for the name)."""
        written = self._rendered(function.decorator_message, module)  # evaluated where the def stands: globals
        kinds = _CALLED_AS["function" if function.kind == "function" else "method"]
        deprecated = shim_message or self._deprecation(function.warns, written, (function.name, kinds), module)
        if deprecated is None and any(function.decorators_called):
            deprecated = self._factory_deprecation(function, module)
        if deprecated is None and function.facts.private_calls:
            deprecated = self._helper_deprecation(function, module, owner)
        symbol.deprecated = deprecated or function.doc_deprecated
        symbol.deprecated_doc = deprecated is None and function.doc_deprecated is not None
        symbol.deprecated_logged = (
            deprecated is not None and not shim_message and self._logged(function.warns, function.decorator_message)
        )
        symbol.deprecated_params = self._deprecated_params(function, module, owner)
        symbol.deprecated_params_logged = self._logged_params(symbol.deprecated_params, function, module, owner)
        _documented_params(symbol, function.doc_deprecated_params)
        _sentinel_params(symbol, function)
        symbol.deprecated_omitted = self._deprecated_omitted(function, module, owner)
        symbol.deprecated_when = self._deprecated_when(function, module, owner)
        symbol.deprecated_values = self._deprecated_values(function, module, owner)

    def _helper_deprecation(self, function: RawCallable, module: RawModule, owner: str) -> str | None:
        """The deprecation a private helper warns of that the def calls on every call (see
        `helpercalls.private_calls`): a method of its class's order (`self._name(...)`) or a function its module
        binds (`_name(...)`) whose own body warns it, whatever the helper's name (praw 7.0's `APIException.message`
        returns `self._get_old_attr("message")`). The message's fields named for the helper's parameters are filled
        in from the literals the call passes."""
        for called, literals in function.facts.private_calls:
            helper = self._private_helper(called, module, owner)
            if helper is None or not _runs_when_called(helper, function):
                continue
            for warn in helper.warns:
                if not warn.via_helper and self.is_deprecation(replace(warn, parametric=False)):
                    return known_sentences(filled_message(warn.message, helper.params, literals)) or "deprecated"
        return None

    def _private_helper(self, called: str, module: RawModule, owner: str) -> RawCallable | None:
        """The def a private call of a body reaches: a method of the class `owner`'s order for `self._name` or
        `cls._name`, else a function the module binds."""
        head, _, name = called.rpartition(".")
        if head:
            if owner not in self.hierarchy.classes:
                return None
            found = self.hierarchy.members(owner, *self.hierarchy.classes[owner]).get(name)
            member = found[0] if found is not None else None
            kinds = _SELF_CALLED if head == "self" else _CLS_CALLED
        else:
            resolved = self.resolver.resolve_dotted(module.module, name)
            member = resolved.definition if resolved is not None else None
            kinds = _FUNCTION_CALLED
        return member if isinstance(member, RawCallable) and member.kind in kinds else None

    def _rendered(self, message: str | None, module: RawModule) -> str | None:
        """A decorator's message with each `{NAME}` field that a string or number global of the release fills spelled
        out (goose3 3.1.13's `@deprecated(f"... removed in v{CAMEL_CASE_DEPRICATION}; ...")`, the constant imported
        from `goose3.utils.constants`); a field no reader knows the value of stays as written, a field. Only where
        the message is evaluated among the module's globals: a warning's, in a body, may name a local."""
        if not message or "{" not in message:
            return message
        return _FIELD.sub(lambda field: self._constant(module, field.group(1)) or field.group(0), message)

    def _constant(self, module: RawModule, name: str) -> str | None:
        resolved = self.resolver.resolve_dotted(module.module, name)
        found = resolved.definition if resolved is not None else None
        return found.scalar if isinstance(found, RawAttribute) else None

    def _logged(self, warns: tuple[Warn, ...], decorator_message: str | None = None) -> bool:
        """The deprecation `_deprecation` finds is announced only through a logger's warning (see `Symbol.
        deprecated_logged`): no decorator warns, and no deprecation of `warns` goes through `warnings`."""
        found = [warn for warn in warns if self.is_deprecation(warn)]
        return decorator_message is None and bool(found) and all(warn.category == LOGGED for warn in found)

    def add(self, symbol: Symbol) -> None:
        """Record a symbol (the first one recorded for a path wins)."""
        self._add(symbol)

    def _add(self, symbol: Symbol) -> None:
        if len(self.symbols) >= MAX_SYMBOLS:
            self.truncated = True
            return
        self.symbols.setdefault(symbol.path, symbol)

    def _constructor(
        self, symbol: Symbol, cls: RawClass, target: str, module: RawModule, members: dict[str, Any]
    ) -> None:
        """Give the class's fresh `symbol` its call signature (`_signature`), marked as refusing calls when its
        metaclass refuses them, and never when its metaclass's `__call__` skips the constructor (factory_boy 3.0's
        `DictFactory()` builds a dict through `FactoryMetaClass.__call__`; the `BaseFactory.__new__` that raises is
        never reached). Set field by field: a `Symbol(**fields)` went through the compiled constructor's keyword
        parsing."""
        meta = self.hierarchy.metaclass_call(target, cls, module)
        self._signature(symbol, cls, target, module, members, meta == "")
        if meta in ("refuses", "skips"):
            symbol.refuses_calls = meta == "refuses"
        if meta == "custom" and (built := self.hierarchy.metaclass_builds(target, cls, module)):
            symbol.built_as = built
        replaced = symbol.params is not None and "**" not in symbol.wrapper_options
        if replaced and (maker := self._init_replaced(target, cls, module)):
            symbol.wrapper_options = (*symbol.wrapper_options, "**")
            symbol.init_made_by = maker

    def _init_replaced(self, target: str, cls: RawClass, module: RawModule) -> str:
        """The metaclass ("" for none) that gives the class another `__init__` than the one its body spells (see
        `CallableFacts.sets_init`): calls reach that one's parameters only through it, and what else it takes is not
        read (albumentations 2's `custom_init(self, *args, **kwargs)` warns about a keyword `__init__` lost and goes
        on), like a decorator's wrapper reading keywords it does not spell: a lost keyword is said with lower
        confidence, naming the metaclass."""
        return self.hierarchy.metaclass_init_maker(target, cls, module)

    def _signature(
        self, symbol: Symbol, cls: RawClass, target: str, module: RawModule, members: dict[str, Any], plain_call: bool
    ) -> None:
        """The class's call signature: its `__init__` (own or inherited), else its `__new__` (pymongo 3's
        `DriverInfo(namedtuple(...))` gives its fields defaults in `__new__`), generated fields, or `object()`'s
        when calling the class runs nothing else (`plain_call`: no metaclass `__call__` of its own)."""
        init = self._call_target(target, cls, module, members)
        written = any(isinstance(cls.members.get(name), RawCallable) for name in ("__init__", "__new__"))
        if cls.record_params is not None and not written:  # a constructor written in the body wins over generated
            symbol.params = _set_after_init(cls.record_params, members)
            return
        fields = self.hierarchy.dataclass_fields(target, cls, module) if cls.own_fields is not None else None
        if fields is not None and not written:
            symbol.params = _set_after_init(fields, members)
            return
        own_init = isinstance(cls.members.get("__init__"), RawCallable)
        keeping = cls.init_keeping_decorators if own_init else ()  # `@dataclass` over an `__init__` of its own
        replaced = next(
            (
                d
                for index, d in enumerate(cls.decorators)
                if d.rsplit(".", 1)[-1] not in KEEPING_CLASS_DECORATORS
                and d not in keeping
                and not class_decorator_keeps(cls, index, module, self.resolver)
            ),
            None,
        )
        if replaced is not None:
            symbol.signature_unknown = f"the class decorator @{replaced} may change its constructor"
            return
        if any(isinstance(cls.members.get(name), RawAttribute) for name in ("__init__", "__new__")):
            symbol.signature_unknown = "its constructor is assigned, not defined: its parameters are unknown"
            return
        if init is None and symbol.model_extra not in ("", UNKNOWN_EXTRA):
            fields = self._model_params(target, cls, module, symbol.model_extra)
            if fields is not None:
                symbol.params, symbol.record = fields, "pydantic"
                symbol.kwargs_keys_only = symbol.model_extra == "ignore"  # any other keyword is dropped
                return
        record = None if written or cls.record else self.hierarchy.inherited_record(target, cls, module)
        if record is not None:  # a generated constructor, inherited: its fields, else unknown (inherited fields)
            if record.record_params is not None:
                symbol.params = record.record_params
            return
        first = self.hierarchy.stdlib_before(target, cls, module, init[1], "__init__") if init is not None else ""
        if init is not None and first:
            symbol.signature_unknown = f"{first}.__init__ comes before the constructor of {init[1]} in its order"
            return
        if init is not None and isinstance(init[0], RawCallable):
            call = callable_symbol(
                target,
                "method",
                init[2].file,
                init[0].line,
                target,
                init[0],
                init[2],
                self.resolver,
                self.hierarchy,
                init[1],
                via=target,
            )
            params = self._usable_defaults(call.params, init[0], init[2], init[1], target)
            if params is not None and self._is_metaclass(target, cls, module) and not _both_constructors(members):
                params = _type_call(params)
            symbol.params = params
            symbol.max_varargs = call.max_varargs
            symbol.min_varargs = call.min_varargs
            symbol.kwargs_options = call.kwargs_options
            symbol.kwargs_required = call.kwargs_required
            symbol.defaults_unsure = call.defaults_unsure
            symbol.wrapper_options = call.wrapper_options
            symbol.kwargs_closed = call.kwargs_closed
            symbol.kwargs_checked = call.kwargs_checked
            symbol.kwargs_returned = call.kwargs_returned  # kept on the instance (see `keptkwargs`)
            symbol.kwargs_keys_only = call.kwargs_keys_only and not _both_constructors(members)
            symbol.kwargs_forwards = call.kwargs_forwards
            symbol.kwargs_via = call.kwargs_via
            symbol.kwargs_filled = call.kwargs_filled
            symbol.kwargs_positional = call.kwargs_positional
            symbol.kwargs_beside = call.kwargs_beside
            symbol.kwargs_renamed = (*call.kwargs_renamed, *self._forwarded_renames(init[0], init[2], init[1]))
            symbol.positional_deprecated = call.positional_deprecated
            symbol.positional_cap = call.positional_cap
            symbol.passes_to = call.passes_to
            symbol.varargs_forwarded = call.varargs_forwarded
            symbol.refuses_calls = call.refuses_calls
            symbol.stub = call.stub  # a constructor that only raises NotImplementedError: no call built an instance
            symbol.params_unread = _unread_by_constructors(call, members)
            symbol.params_called = call.params_called
            symbol.signature_unknown = call.signature_unknown
            symbol.deprecated_params = self._deprecated_params(init[0], init[2], init[1])
            symbol.deprecated_params_logged = self._logged_params(symbol.deprecated_params, init[0], init[2], init[1])
            _documented_params(symbol, (*cls.doc_deprecated_params, *init[0].doc_deprecated_params))
            symbol.deprecated_omitted = self._deprecated_omitted(init[0], init[2], init[1])
            symbol.deprecated_later = tuple(sorted(init[0].warned_later))
            symbol.deprecated_later += _sentinel_params(symbol, init[0])
            symbol.deprecated_when = self._deprecated_when(init[0], init[2], init[1])
            symbol.deprecated_values = self._deprecated_values(init[0], init[2], init[1])
            symbol.init_signed = self._new_first(target, cls, module, members.get("__new__"), init)
            handed = self._fields_handed_to_model(target, cls, module, symbol.model_extra, symbol)
            symbol.kwargs_options = (*symbol.kwargs_options, *handed)
            return
        outside = self.hierarchy.external(target, cls, module)
        if plain_call and "__new__" not in members and all(map(_takes_nothing, outside)) and not cls.record:
            symbol.params = ()  # no __init__ anywhere: `object()` takes no arguments

    def _is_metaclass(self, target: str, cls: RawClass, module: RawModule) -> bool:
        """The class derives from `type` (or `abc.ABCMeta`): `type.__call__` hands the name, bases and namespace of a
        class it makes to both `__new__` and `type.__init__`, which take them by position only."""
        return any(key.removeprefix(EXTERNAL) in _TYPE_BASES for key in self.hierarchy.mro(target, cls, module)[1:])

    def _new_first(self, target: str, cls: RawClass, module: RawModule, new: Member | None, init: Member) -> bool:
        """A `__new__` of the distribution defined on the class of the `__init__` read, or closer: what
        `inspect.signature(cls)` reports instead (WTForms' `Field.__new__(cls, *args, **kwargs)`)."""
        if new is None or not isinstance(new[0], RawCallable):
            return False
        order = self.hierarchy.mro(target, cls, module)
        return new[1] in order and init[1] in order and order.index(new[1]) <= order.index(init[1])

    def _call_target(self, target: str, cls: RawClass, module: RawModule, members: dict[str, Any]) -> Member | None:
        """The member whose parameters calls of the class must fit: its `__init__`, else its `__new__`
        (`object.__init__` takes whatever `__new__` took); a `__new__` naming parameters of its own wins over an
        `__init__` written further up the order, as for `inspect.signature` (torchmetrics 1.0's `F1Score.__new__(cls,
        task, ...)`, which returns a task metric, under `Metric.__init__(self, **kwargs)`: that `__init__` never
        runs)."""
        init: Member | None = members.get("__init__")
        new: Member | None = members.get("__new__")
        if init is None or not isinstance(init[0], RawCallable):
            return new
        if new is None or not isinstance(new[0], RawCallable) or not _names_params(new[0].params):
            return init
        order = self.hierarchy.mro(target, cls, module)
        closer = new[1] in order and init[1] in order and order.index(new[1]) < order.index(init[1])
        return new if closer else init

    def _add_class(self, path: str, resolved: Resolved, cls: RawClass, module: RawModule, shim: bool) -> None:
        members = self.hierarchy.members(resolved.target, cls, module)
        key = f"{resolved.target}:{shim}"
        built = self._members.get(key)
        if built is None:  # a class reached through several public paths is described once
            order = self.hierarchy.mro(resolved.target, cls, module)[1:]
            mro = [key for key in order if SHADOWED not in key]  # the earlier class of the path is no other base
            metaclass_order = self.hierarchy.metaclass_order(resolved.target, cls, module)
            enum = protobuf_enum(metaclass_order)  # no class: no bases
            set_on_self = self._set_on_self(resolved.target, cls, module)
            self._set_by_methods[key] = frozenset(set_on_self)
            set_on_any = self._set_on_any(resolved.target, cls, module)
            patched = self._patched(cls, [resolved.target, *order])
            defs = {name for name, (member, _, _) in members.items() if isinstance(member, RawCallable)}
            unbuilt = self._never_built(resolved.target, cls, module, members)
            found = self._class_deprecation(cls, module, unbuilt) or self._metaclass_deprecation(
                resolved.target, cls, module
            )
            warned, logged = found or (None, False)
            built = Symbol(
                path,
                "class",
                module.file,
                cls.line,
                resolved.target,
                bases=self._base_targets(cls, module),
                deprecated=warned or cls.doc_deprecated,
                deprecated_doc=warned is None and cls.doc_deprecated is not None,
                deprecated_logged=logged,
                via_getattr_shim=shim,
                final=cls.final,
                sealed=cls.sealed,
                runtime_protocol=_runtime_protocol(cls),
                decides_instances=self.hierarchy.decides_instances(resolved.target, cls, module),
                record=cls.record or "",
                model_extra=self._model_extra(cls, mro),
                external_bases=() if enum else self.hierarchy.external(resolved.target, cls, module),
                mro=() if enum else tuple(k.removeprefix("ext:") for k in mro),
                built_elsewhere=cls.built_elsewhere,
                option_defaults=cls.option_defaults,
                hooks=hooks(
                    self._bound_defs(members),
                    partial(self.hierarchy.next_member, resolved.target, cls, module),
                    self.through,
                ),
                dynamic="__getattr__" in members or patched,
                getattr_items=_getattr_items(members) and not patched,
                getattr_served=None if patched else self._getattr_served(members),
                getattr_refused=self._getattr_refused(members, set_on_self),
                custom_setattr="__setattr__" in members,
                frozen=cls.frozen,
                meta_getattr=self._meta_getattr(resolved.target, cls, module, metaclass_order),
                self_sets=tuple(
                    sorted((set_on_self | set_on_any) - members.keys() | set_on_self & (_REBINDS_CLASS | defs))
                ),
                set_by_name=self._given_by_name(resolved.target, mro, members),
                test_code=is_test_case(cls),
                hashable=hashable(self._bodies(resolved.target, cls, module)),
                orders=orders(self._bodies(resolved.target, cls, module)),
            )
            self._constructor(built, cls, resolved.target, module, members)
            self._members[key] = built
        self._add(built if built.path == path else built.at(path))
        keyed = self._typeddict(resolved.target, cls, module)
        shadowed = self.modules.get(path)  # a submodule at the class's path (see `_module_binds`)
        for name, (member, owner, owner_module) in members.items():
            if keyed and isinstance(member, RawAttribute) and member.annotation is not None and not member.instance:
                continue  # a key of the dicts it makes (see `records.TYPEDDICT_PARAMS`)
            if self.hierarchy.stdlib_before(resolved.target, cls, module, owner, name):
                continue  # instances get the standard library's member: it is the outside ancestor's, not described
            if shadowed is not None and name in shadowed.bindings:
                continue  # `from pkg.sub import name` finds the submodule's global: that symbol is the path's
            if is_private_member(name):
                self._add_private_member(f"{path}.{name}", f"{unshadowed(owner)}.{name}", member, owner_module)
            elif _is_test(owner, name, member):
                continue
            elif not _is_private(name) or name in PROTOCOL_METHODS or self._warned_special(name, member):
                self._add_member(f"{path}.{name}", owner, name, member, owner_module, resolved.target)
        from_metaclass = self.hierarchy.metaclass_members(resolved.target, cls, module)
        for name, (member, owner, owner_module) in from_metaclass.items():
            if name not in members:
                self._add_metaclass_member(f"{path}.{name}", owner, name, member, owner_module)
        self._add_served_members(path, members.get("__getattr__"), members)
        # `Cls.name` the metaclass's `__getattr__` answers (a deprecation shim for a class attribute)
        self._add_served_members(path, self.hierarchy.metaclass_getattr(resolved.target, cls, module), members)
        self._add_helper_given(path, resolved.target, members)
        self._add_handed_given(path, resolved.target, cls, module, members)
        self._add_set_by_methods(path, resolved.target, built, members, self._set_by_methods[key])
        self._add_decoration_handed(path, resolved.target, cls, module, members)
        self._add_decoration_copied(path, resolved.target, cls, module, members)

    def _meta_getattr(self, target: str, cls: RawClass, module: RawModule, metaclass_order: tuple[str, ...]) -> str:
        """`Symbol.meta_getattr`: a case-insensitive enum's known metaclass, or a `__getattr__` of the distribution's
        metaclass that may answer names it does not spell (not one answering only the names it tests for, or what
        given modules have, then raising)."""
        if not CASE_INSENSITIVE_ENUM_METAS.isdisjoint(metaclass_order):
            return META_UPPER
        found = self.hierarchy.metaclass_getattr(target, cls, module)
        if found is None or not isinstance(found[0], RawCallable):
            return ""
        via = found[0].facts.getattr_via
        if via is not None and via[0] == MEMBER_MAP:  # members only: by their upper case, or as spelled (none new)
            return {"*name.upper()": META_UPPER, "*name": ""}.get(via[1][0][1], META_ANY)
        return META_ANY if self._getattr_served({"__getattr__": found}) is None else ""

    def _warned_special(self, name: str, member: object) -> bool:
        """A special method warning a deprecation on every call: a class's `__getattr__` whatever name it is asked for
        (bottle 0.12's `ConfigDict`: "Attribute access is deprecated."): attribute access as a whole is deprecated,
        and its loss (0.13) ends every `config.key` lookup, a member like `__call__` then; or another (plotnine
        0.13's `ggplot.__str__`: "Using print(plot) to draw and show the plot figure is deprecated"), whose loss falls
        back to `object`'s (see `diff.falls_back`). A `__getattr__` warning for some names only is a shim serving them
        (see `_add_served_members`), and one warning for none stays plumbing."""
        return (
            name.startswith("__")
            and name.endswith("__")
            and name not in _CONSTRUCTION
            and isinstance(member, RawCallable)
            and self._deprecation(member.warns, member.decorator_message) is not None
        )

    def _add_helper_given(self, path: str, target: str, members: dict[str, Any]) -> None:
        """Attributes a setter helper gives the class by name (see `_helper_setattrs`): members too, so that a release
        no longer giving them removes them (pyfakefs 5.0 dropped the old-style API `Deprecator.add` made: `FakeFile.
        SetContents`, `FakeFilesystem.CreateFile`, ...). Only the class's own: `set_by_name` already answers for an
        ancestor's."""
        for name, (file, line) in sorted(self._helper_given.get(target, {}).items()):
            if name not in members and not _is_private(name):
                self._add(Symbol(f"{path}.{name}", "attribute", file, line, f"{target}.{name}"))

    def _add_decoration_handed(
        self, path: str, target: str, cls: RawClass, module: RawModule, members: dict[str, Any]
    ) -> None:
        """Attributes a class decorator of the release sets under each name the class's decoration hands it (see
        `setattrnames.HANDED`): members too, so that a release no longer handing one removes it (aiofiles 23.1 took
        `"softspace"` out of `AsyncSpooledTemporaryFile`'s `@proxy_property_directly(...)`). Only the class's own
        decorations: `set_by_name` already answers for an ancestor's."""
        if not cls.handed_names:
            return
        handed = {
            name
            for _, names, _, strings in self._decorations((target,))
            if HANDED in names and strings is not None
            for name in strings
        }
        for name in sorted(handed):
            if name.isidentifier() and name not in members and not _is_private(name):
                self._add(Symbol(f"{path}.{name}", "attribute", module.file, cls.line, f"{target}.{name}"))

    def _add_decoration_copied(
        self, path: str, target: str, cls: RawClass, module: RawModule, members: dict[str, Any]
    ) -> None:
        """Methods a class decorator of the release copies onto the class from a class its call hands (see
        `setattrnames.COPIED`): members too, their signatures unknown (the decorator wraps them), so that a release
        whose handed class lost one removes it (google-cloud-pubsub 2.0's GAPIC `PublisherClient` lost `project_path`,
        and so did `pubsub_v1.PublisherClient`). Only the public methods of the handed class the decoration's other
        arguments do not name (see `_copied_methods`), for decorations of the class or of an ancestor of the
        distribution (`pubsub_v1.PublisherClient` subclasses the decorated `publisher.Client`)."""
        copied: set[str] = set()
        for key in self.hierarchy.mro(target, cls, module):
            if key in self.hierarchy.classes:
                owner, owner_module = self.hierarchy.classes[key]
                for index, arguments in enumerate(owner.handed_arguments):
                    copied |= self._copied_methods(owner.decorators[index], arguments, owner_module)
        for name in sorted(copied - members.keys()):
            self._add(Symbol(f"{path}.{name}", "method", module.file, cls.line, f"{target}.{name}"))

    def _copied_methods(
        self, decorator: str, arguments: tuple[str | tuple[str, ...], ...], module: RawModule
    ) -> set[str]:
        """The public methods (no property: `dir` finds what `getattr` answers,
        a property object on a class) that a decoration of `module` copies from the class it hands (see
        `setattrnames.COPIED`), less those its other arguments name (a `blacklist=` of strings): empty when the
        decorator copies nothing by position, or an argument or the handed class cannot be read (`_copies_unread`
        then says so)."""
        found: set[str] = set()
        called = self.resolver.resolve_dotted(module.module, decorator) if decorator and arguments else None
        if called is None or called.module is None:
            return found
        for position in _copied_positions(self._decorator_sets_of(called.target)):
            source = self._copied_class(arguments[position] if position < len(arguments) else "", module)
            left_out = self._strings_handed(arguments[:position] + arguments[position + 1 :], module)
            if source is None or left_out is None:
                continue
            for name, (member, _, _) in self.hierarchy.members(*source).items():
                if isinstance(member, RawCallable) and member.kind != "property" and not _is_private(name):
                    if name not in left_out:
                        found.add(name)
        return found

    def _copied_class(
        self, argument: str | tuple[str, ...], module: RawModule
    ) -> tuple[str, RawClass, RawModule] | None:
        """(path, definition, module) of the class of the release a decoration hands where its decorator copies a
        class's namespace, when its order holds nothing from outside but `object` (`dir` would find the outside
        ancestors' names too)."""
        if not isinstance(argument, str) or not argument:
            return None
        resolved = self.resolver.resolve_dotted(module.module, argument)
        if resolved is None or resolved.module is None or not isinstance(resolved.definition, RawClass):
            return None
        found = (resolved.target, resolved.definition, resolved.module)
        return found if set(self.hierarchy.external(*found)) <= {"object", "builtins.object"} else None

    def _strings_handed(self, arguments: tuple[str | tuple[str, ...], ...], module: RawModule) -> set[str] | None:
        """The strings a decoration's arguments hold, literal collections or module globals assigned one and never
        grown; None when one is anything else (what it leaves out is unknown)."""
        found: set[str] = set()
        for argument in arguments:
            if isinstance(argument, tuple):
                found.update(argument)
                continue
            resolved = self.resolver.resolve_dotted(module.module, argument) if argument else None
            held = resolved.definition if resolved is not None else None
            if not isinstance(held, RawAttribute) or not held.strings_only or held.keys is None:
                return None
            found.update(held.keys)
        return found

    def _copies_unread(self, cls: RawClass, module: RawModule) -> bool:
        """A class decorator of the release copies onto the class a class its call hands whose methods cannot be read
        (see `_copied_methods`): the class has members no reader knows."""
        for index, arguments in enumerate(cls.handed_arguments):
            decorator = cls.decorators[index]
            called = self.resolver.resolve_dotted(module.module, decorator) if decorator else None
            if called is None or called.module is None:
                continue
            for position in _copied_positions(self._decorator_sets_of(called.target)):
                argument = arguments[position] if position < len(arguments) else ""
                others = arguments[:position] + arguments[position + 1 :]
                if self._copied_class(argument, module) is None or self._strings_handed(others, module) is None:
                    return True
        return False

    def _decorator_sets_of(self, decorator: str) -> tuple[str, ...]:
        """What the class decorator of the release at `decorator` sets (see `setattrnames.class_decorators`)."""
        if self._decorator_sets is None:
            self._decorator_sets = {
                f"{raw.module}.{name}": names for raw in self.modules.values() for name, names in raw.class_decorators
            }
        return self._decorator_sets.get(decorator, ())

    def _add_handed_given(
        self, path: str, target: str, cls: RawClass, module: RawModule, members: dict[str, Any]
    ) -> None:
        """Attributes a function of another module of the release sets on the instance an `__init__` of the class's
        order hands it (highdicom 0.28's `_add_content_information(dataset=self, ...)` setting `dataset.ContentLabel`):
        members, as `self.ContentLabel = ...` made one in 0.27 (see `RawClass.handed_self`)."""
        for key in self.hierarchy.mro(target, cls, module):
            if key not in self.hierarchy.classes:
                continue
            owner, owner_module = self.hierarchy.classes[key]
            for name, (file, line) in sorted(self._handed_sets(owner_module, owner.handed_self).items()):
                if name not in members and name.isidentifier() and not _is_private(name):
                    self._add(Symbol(f"{path}.{name}", "attribute", file, line, f"{target}.{name}", instance=True))

    def _add_set_by_methods(
        self, path: str, target: str, built: Symbol, members: dict[str, Any], set_on_self: frozenset[str]
    ) -> None:
        """Public attributes the methods of the class's order set on `self` outside construction (tweepy 3's
        `Stream.url`, set by `filter` and `sample`): instance members users read once the method ran, so that a release
        where no method sets one any more removes it (see `claims`: not while any method sets the name on any
        receiver). An estimator's fitted attributes (see `fitted`) are read only by contract: what `fit` writes is no
        value users assign (imbalanced-learn 0.11 wraps `self.base_estimator_ = ...` in `try/except AttributeError`,
        a read-only property of scikit-learn 1.2's base class). Not for a class with its own `__setattr__`, which
        may keep them elsewhere, nor for the names the constructor sets (its own reading decides those)."""
        fitted = set(fitted_names(members, set_on_self))
        constructor = members.get("__init__", (None,))[0]
        constructed = set(constructor.self_sets) if isinstance(constructor, RawCallable) else set()
        kept_elsewhere = "__setattr__" in members
        for name in sorted(set_on_self.difference(members)):
            if name not in fitted and (kept_elsewhere or name in constructed or _is_private(name)):
                continue
            if not name.isidentifier():
                continue
            file, line = setter_line(members, name) or (built.file, built.line)
            symbol = Symbol(
                f"{path}.{name}",
                "attribute",
                file,
                line,
                f"{target}.{name}",
                settable=name not in fitted,
                instance=True,
            )
            self._add(symbol)

    def _handed_sets(self, module: RawModule, calls: tuple[tuple[str, int, str], ...]) -> dict[str, tuple[str, int]]:
        """What the functions and classes of the release that `calls` (`RawClass.handed_self`, `handed_by_methods`)
        hand the instance set on it (see `_sets_through`)."""
        if not self.deprecations:
            return {}  # a dependency read on demand: following the calls would read modules for nothing
        found: dict[str, tuple[str, int]] = {}
        for spelled, position, keyword in calls:
            found.update(self._sets_through(module, spelled, position, keyword))
        return found

    def _sets_through(
        self, module: RawModule, spelled: str, position: int, keyword: str, depth: int = _HANDED_DEPTH
    ) -> dict[str, tuple[str, int]]:
        """Attribute -> (file, line) of what the module function `spelled` (as `module` names it) sets on the argument
        handed it at `position` (or by `keyword`), and what the functions it hands that parameter on to set, `depth`
        calls deep (see `handedself.parameter_uses`)."""
        called = self.resolver.resolve_dotted(module.module, spelled)
        home = called.module if called is not None and isinstance(called.definition, (RawCallable, RawClass)) else None
        if called is None or home is None or called.target.rpartition(".")[0] != home.module:
            return {}
        name = called.target.rpartition(".")[2]
        found = {
            attribute: (home.file, called.line)
            for function, slot, parameter, attribute in home.param_sets
            if function == name and (parameter == keyword if keyword else slot == position)
        }
        for function, slot, parameter, callee, at, by in home.param_handoffs if depth > 1 else ():
            if function == name and (parameter == keyword if keyword else slot == position):
                found = {**self._sets_through(home, callee, at, by, depth - 1), **found}
        return found

    def _typeddict(self, target: str, cls: RawClass, module: RawModule) -> bool:
        """The class is a TypedDict or derives from one of the distribution's (`class Scope(BaseScope, total=False)`):
        its annotated names are keys."""
        return any(
            self.hierarchy.classes[key][0].record == "typeddict"
            for key in self.hierarchy.mro(target, cls, module)
            if key in self.hierarchy.classes
        )

    def _model_params(self, target: str, cls: RawClass, module: RawModule, extra: str) -> tuple[Param, ...] | None:
        """A pydantic model's generated constructor (see `modelconfig.model_fields`): keyword-only fields, the
        ancestors' first, then `**data` when `extra` takes other keywords; None when a class of its order in the
        distribution is not read, or a field is optional under pydantic 1 only and which pydantic it is is not known
        (only `pydantic.v1.BaseModel` says it)."""
        order = self.hierarchy.mro(target, cls, module)
        fields: dict[str, Param] = {}
        implicit: set[str] = set()
        for key in reversed(order):
            if key.startswith(EXTERNAL):
                continue
            found = self.hierarchy.classes.get(key)
            read = found[0].model_fields if found is not None else None
            if read is None:
                return None
            fields.update((param.name, param) for param in read[0])
            implicit = (implicit - {param.name for param in read[0]}) | set(read[1])
        if implicit and not any(key.startswith(f"{EXTERNAL}pydantic.v1.") for key in order):
            return None
        params = [replace(p, has_default=True, default="None") if p.name in implicit else p for p in fields.values()]
        data = "data" if "data" not in fields else "__data"  # pydantic's `**data`, whatever a field is named
        return (*params, *((Param(data, ParamKind.VAR_KEYWORD),) if extra in ACCEPTING else ()))

    def _fields_handed_to_model(
        self, target: str, cls: RawClass, module: RawModule, extra: str, symbol: Symbol
    ) -> list[str]:
        """The fields of a pydantic model whose own `__init__` hands its `**data` to pydantic's (`super().__init__(
        **data)` or `BaseModel.__init__(self, **data)`): pydantic validates them against the instance's class, so
        each field is a keyword the constructor takes, though its body never spells it; those it passes by name beside
        `**data` are not (a caller's would be passed twice). `symbol` is the `__init__` read for the model at `target`
        (its own, or a base's as its instance runs it), `extra` the model's setting. Empty when the fields are not
        known (see `_model_params`)."""
        if extra in ("", UNKNOWN_EXTRA) or symbol.kwargs_via not in ("", target):
            return []
        if not any(f.removesuffix(".__init__") in PYDANTIC_MODELS for f in symbol.kwargs_forwards):
            return []
        fields = self._model_params(target, cls, module, extra)
        taken = {p.name for p in symbol.params or ()} | set(symbol.kwargs_options) | set(symbol.kwargs_filled)
        return [p.name for p in fields or () if p.kind is not ParamKind.VAR_KEYWORD and p.name not in taken]

    def _model_extra(self, cls: RawClass, mro: list[str]) -> str:
        """See `Symbol.model_extra`; `mro` is the class's order after itself."""
        classes = self.hierarchy.classes
        declared = [cls.model_extra, *(classes[key][0].model_extra for key in mro if key in classes)]
        return effective_extra(declared, [key.removeprefix(EXTERNAL) for key in mro if key.startswith(EXTERNAL)])

    def _set_on_self(self, target: str, cls: RawClass, module: RawModule) -> set[str]:
        """The names every method of the class and its ancestors in the distribution sets on `self`, overridden
        ones too (`super().setup()` still runs them); those that are no member are `Symbol.self_sets`."""
        found: set[str] = set()
        for key in self.hierarchy.mro(target, cls, module):
            if key in self.hierarchy.classes:
                owner, owner_module = self.hierarchy.classes[key]
                for member in owner.members.values():
                    if isinstance(member, RawCallable):
                        found.update(member.self_sets)
                handed = self._handed_sets(owner_module, owner.handed_self).keys()
                if owner.sets_computed or COMPUTED in handed:
                    found.add(COMPUTED)  # names no reader knows: see `handedself.COMPUTED`
                found.update(handed & {ITEMS})
                found.update(self._handed_sets(owner_module, owner.handed_by_methods).keys() - {COMPUTED})
        return found

    def _bodies(self, target: str, cls: RawClass, module: RawModule) -> list[tuple[str, RawClass | None]]:
        """The class's method resolution order, itself first: (key, its class in the distribution, else None, the key
        then without the outside prefix) (see `operators`)."""
        classes = self.hierarchy.classes
        return [
            (key, classes[key][0]) if key in classes else (key.removeprefix(EXTERNAL), None)
            for key in self.hierarchy.mro(target, cls, module)
        ]

    def _set_on_any(self, target: str, cls: RawClass, module: RawModule) -> set[str]:
        """The names the methods of the class's order in the distribution set on any receiver (see
        `RawCallable.sets_on_any`): another instance of the class may be what one sets. Not the special names
        (`response.__class__ = cls` in werkzeug 2.0's `force_type` makes no instance of this class another's)."""
        found: set[str] = set()
        for key in self.hierarchy.mro(target, cls, module):
            if key in self.hierarchy.classes:
                for member in self.hierarchy.classes[key][0].members.values():
                    if isinstance(member, RawCallable):
                        found.update(name for name in member.sets_on_any if not name.startswith("__"))
        return found

    def _add_served_members(self, path: str, found: Member | None, members: dict[str, Any]) -> None:
        """Attributes a `__getattr__` answers by name, the class's own (a deprecation shim on a class) or its
        metaclass's (the same on the class itself): members too, so that dropping the shim removes them."""
        if found is None or not isinstance(found[0], RawCallable) or found[1] not in self.hierarchy.classes:
            return
        owner, module = self.hierarchy.classes[found[1]]
        for name, shim in owner.shims.items():
            if name in members or _is_private(name):
                continue
            message = shim.warn.message or "deprecated" if shim.warn and self.is_deprecation(shim.warn) else None
            self._add(
                Symbol(
                    f"{path}.{name}",
                    "attribute",
                    module.file,
                    shim.line,
                    f"{found[1]}.{name}",
                    deprecated=message,
                    via_getattr_shim=True,
                )
            )

    def _getattr_served(self, members: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """`Symbol.getattr_served`: the modules the class's `__getattr__` hands names to, resolved (None when one is
        not a module)."""
        found = members.get("__getattr__")
        if found is not None and isinstance(found[0], RawCallable) and found[0].facts.getattr_via is not None:
            via = found[0].facts.getattr_via
            if via[0] == MEMBER_MAP:
                return None  # an enum's own members, read on a metaclass (see `_meta_getattr`)
            return self._served_by_member(via, members) if via[0] == "getattr" else self._served_via(via, found[2])
        if found is None or not isinstance(found[0], RawCallable) or found[0].facts.getattr_served is None:
            return None
        names, sources = found[0].facts.getattr_served
        modules = []
        for source in sources:
            resolved = self.resolver.resolve_dotted(found[2].module, source)
            if resolved is None or not (resolved.is_module or resolved.external) or resolved.definition is not None:
                return None
            modules.append(resolved.target)
        return names, tuple(modules)

    def _served_by_member(
        self, via: tuple[str, tuple[tuple[str, str], ...]], members: dict[str, Any]
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """`Symbol.getattr_served` of a `__getattr__` returning `getattr(self.method(...), name)` for a method of the
        class annotated to return a class of the distribution: what that class has (tinydb 4's `TinyDB` hands every
        other name to the `Table` its `table()` returns, so its dropped `purge_tables`, `DEFAULT_TABLE`... are gone).
        None when the method, its annotation or the class is not known."""
        called = dict(via[1])
        method = called.get("0", "").partition(".")[2].removesuffix("()")
        if len(called) != 2 or called.get("1") != "*name" or not called["0"].endswith("()"):
            return None
        if method in _TEXT_METHODS:  # the instance's text (mwparserfromhell's `StringMixIn` hands every other name to
            return (), (TEXT_TYPE,)  # `self.__unicode__()`): what a str has, whatever the class
        if method not in members:
            return None
        member, _, module = members[method]
        if not isinstance(member, RawCallable) or member.kind != "method":
            return None
        returns = (member.returns or "").strip("'\"")
        if not returns.replace(".", "").replace("_", "").isalnum():
            return None
        resolved = self.resolver.resolve_dotted(module.module, returns)
        if resolved is None or not isinstance(resolved.definition, RawClass):
            return None
        return (), (resolved.target,)

    def _served_via(
        self, via: tuple[str, tuple[tuple[str, str], ...]], module: RawModule
    ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """`Symbol.getattr_served` of a `__getattr__` handing the name to a helper of the distribution that answers
        the keys of a table (see `CallableFacts.getattr_via`, `serves_keys`): the keys of the literal dict it is
        handed (hvac 1.0's `DEPRECATED_PROPERTIES`: `github`, `ldap`, `mfa`, `kv`); None when any step is unknown."""
        callee, passed = via
        helper = self.resolver.resolve_dotted(module.module, callee)
        if helper is None or not isinstance(helper.definition, RawCallable):
            return None
        keys = helper.definition.facts.serves_keys
        slots = [p.name for p in helper.definition.params]
        given = {slots[int(k)] if k.isdigit() and int(k) < len(slots) else k: value for k, value in passed}
        if keys is None or given.get(keys[0]) != "*name" or not given.get(keys[1]):
            return None
        table = self.resolver.resolve_dotted(module.module, given[keys[1]])
        if table is None or not isinstance(table.definition, RawAttribute) or table.definition.keys is None:
            return None
        return table.definition.keys, ()

    def _catch_all_deprecation(self, raw: RawModule) -> str:
        """`Symbol.getattr_deprecated`: what the module's `__getattr__` warns on every path answering a name (see
        `shim.catch_all_warnings`), each of its own warnings a deprecation and each helper it hands back the result
        of a function of the release whose body always warns one (mne 1.6's `_io_dep_getattr`, imported from
        `mne._fiff`); "" when one is not, or cannot be resolved."""
        said: list[str] = []
        for warn in raw.getattr_warns:
            if not self.is_deprecation(replace(warn, parametric=False)):
                return ""
            said.append(_worded(warn.category, warn.message) if not warn.via_helper else warn.category)
        for helper in raw.getattr_helpers:
            resolved = self.resolver.resolve_dotted(raw.module, helper)
            if resolved is None or not isinstance(resolved.definition, RawCallable):
                return ""
            warns = [w for w in resolved.definition.warns if self.is_deprecation(replace(w, parametric=False))]
            if not warns:
                return ""
            said.append(_worded(f"{warns[0].category} through {resolved.target}", warns[0].message))
        return "; ".join(dict.fromkeys(said))

    def _module_getattr_served(self, raw: RawModule) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """`Symbol.getattr_served` of a module: the names of the table its `__getattr__`, or the helper every name
        is handed to, refuses names outside of (its `__all__`: scipy's `_sub_module_deprecation` shims), or the
        module of the release the helper reads the name from (mne 1.6's `mne.io.pick` hands names to
        `_io_dep_getattr(name, "pick")`, which reads them from `mne._fiff.pick`), one whose names are all read (not a
        package, no `__getattr__`, nothing bound at run time or star-imported unread); None when neither is known."""
        found = [b for b in raw.bindings.get("__getattr__", ()) if isinstance(b, RawCallable)]
        if not found:
            return None
        facts = found[-1].facts
        if facts.refuses_unlisted is not None:
            return self._table_names(raw, facts.refuses_unlisted[1])
        if facts.getattr_via is None:
            return None
        callee, passed = facts.getattr_via
        helper = self.resolver.resolve_dotted(raw.module, callee)
        if helper is None or not isinstance(helper.definition, RawCallable):
            return None
        slots = [p.name for p in helper.definition.params]
        given = {slots[int(k)] if k.isdigit() and int(k) < len(slots) else k: value for k, value in passed}
        unlisted = helper.definition.facts.refuses_unlisted
        if unlisted is not None and given.get(unlisted[0]) == "*name" and unlisted[1] in given:
            return self._table_names(raw, given[unlisted[1]])
        source = helper.definition.facts.serves_from
        if source is None or given.get(source[0]) != "*name":
            return None
        literals = {key: text for key, value in given.items() if (text := literal_argument(value)) is not None}
        module = evaluated(source[1], literals)
        read = self.modules.get(module) if module is not None else None
        if read is None or read.status is not ModuleStatus.OK or read.is_package or read.dynamic:
            return None  # a package's unread submodules, or what a `__getattr__` answers, may be among its attributes
        if read.run_time_patterns or self._star_unread(read):
            return None
        return (), (read.module,)

    def _table_names(self, raw: RawModule, table: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """(the names of the module's literal `__all__`, or of another literal table it resolves, ()); None when
        not literal."""
        if table == "__all__":
            return (raw.all_names, ()) if raw.all_names is not None and raw.all_written else None
        resolved = self.resolver.resolve_dotted(raw.module, table)
        if resolved is None or not isinstance(resolved.definition, RawAttribute) or resolved.definition.keys is None:
            return None
        return resolved.definition.keys, ()

    def _module_getattr_refused(self, raw: RawModule) -> tuple[str, ...]:
        """`Symbol.getattr_refused` of a module: what its own `__getattr__` def raises for, its tested collections
        read from the module's literal globals."""
        found = [b for b in raw.bindings.get("__getattr__", ()) if isinstance(b, RawCallable)]
        if not found:
            return ()
        names, collections = found[-1].facts.getattr_refused
        return self._refused(names, collections, raw, {}, set())

    def _refused(
        self,
        names: tuple[str, ...],
        collections: tuple[str, ...],
        module: RawModule,
        members: dict[str, Any],
        set_on_self: set[str],
    ) -> tuple[str, ...]:
        """The refused `names` and the string items of the literal `collections` tested (`self.X` found among the
        class's `members` unless an instance sets it; another name resolved in `module`)."""
        refused = list(names)
        for dotted in collections:
            owner, _, attr = dotted.rpartition(".")
            if owner == "self":
                held = members.get(attr) if attr not in set_on_self else None
                value = held[0] if held is not None else None
            else:
                resolved = self.resolver.resolve_dotted(module.module, dotted)
                value = resolved.definition if resolved is not None else None
            if isinstance(value, RawAttribute) and value.keys is not None and not value.instance:
                refused.extend(value.keys)
        return tuple(dict.fromkeys(refused))

    def _getattr_refused(self, members: dict[str, Any], set_on_self: set[str]) -> tuple[str, ...]:
        """`Symbol.getattr_refused`: the names the class's `__getattr__` raises for, its tested collections read
        from the class's literal attributes (as found on the class, not one an instance sets) or the module's."""
        found = members.get("__getattr__")
        if found is None or not isinstance(found[0], RawCallable):
            return ()
        names, collections = found[0].facts.getattr_refused
        return self._refused(names, collections, found[2], members, set_on_self)

    def _given_by_name(self, target: str, mro: list[str], members: Mapping[str, Any]) -> tuple[str, ...]:
        """`Symbol.set_by_name`: what `setattr(Cls, "name", ...)` anywhere in the release gives the class or an
        ancestor of the distribution, less its members."""
        if not self.deprecations:
            return ()  # a dependency read on demand: its modules are read lazily, without what `setattr` gives
        if self._set_by_name is None:
            self._set_by_name = {}
            for raw in self.modules.values():
                for subject, name in raw.class_setattrs:
                    resolved = self.resolver.resolve_dotted(raw.module, subject)
                    if resolved is not None and isinstance(resolved.definition, RawClass):
                        self._set_by_name.setdefault(resolved.target, set()).add(name)
                for subject, name, line in self._helper_setattrs(raw):
                    resolved = self.resolver.resolve_dotted(raw.module, subject)
                    if resolved is not None and isinstance(resolved.definition, RawClass):
                        self._set_by_name.setdefault(resolved.target, set()).add(name)
                        self._helper_given.setdefault(resolved.target, {})[name] = (raw.file, line)
        given = set().union(*(self._set_by_name.get(key, ()) for key in (target, *mro)))
        given |= self._decorator_given((target, *mro))
        return tuple(sorted(given - members.keys()))

    def _decorator_given(self, keys: tuple[str, ...]) -> set[str]:
        """What the release's class decorators set on the class or an ancestor of the distribution they decorate (see
        `setattrnames.class_decorators`): robot 7.5's `@library(scope="GLOBAL") class BuiltIn` keeps
        `BuiltIn.ROBOT_LIBRARY_SCOPE`."""
        found: set[str] = set()
        for cls, names, home, handed in self._decorations(keys):
            found.update(names)
            if HANDED in names and handed is not None:
                found.update(handed)
            if UNSPELLED in names or (HANDED in names and handed is None):
                found.update(_derived_names(cls))
            if home is not None:
                found.update(self._copied_names(names, home))
        return {name for name in found if name and name not in (REWRITTEN, HANDED) and not name.startswith(COPIED)}

    def _decorations(
        self, keys: Iterable[str]
    ) -> Iterator[tuple[RawClass, tuple[str, ...], RawModule | None, tuple[str, ...] | None]]:
        """(class, names its decorator sets, the decorator's module, the strings the decoration hands it by
        position) for each class decorator of the release on the classes `keys` (see
        `setattrnames.class_decorators`)."""
        classes = [self.hierarchy.classes[key] for key in keys if key in self.hierarchy.classes]
        found = [
            (cls, resolved, cls.handed_names[index] if index < len(cls.handed_names) else None)
            for cls, module in classes
            for index, name in enumerate(cls.decorators)
            if name and (resolved := self.resolver.resolve_dotted(module.module, name)) is not None
        ]
        if not any(resolved.module is not None for _, resolved, _ in found):
            return  # none of the release's own (most classes): its modules are not all read for their decorators
        for cls, resolved, handed in found:
            yield cls, self._decorator_sets_of(resolved.target), resolved.module, handed

    def _rewritten(self, via: str) -> bool:
        """The class `via`, or an ancestor of the distribution, is decorated by a decorator of the release setting
        again names it takes from the class (see `setattrnames.REWRITTEN`): what its methods are once decorated,
        coroutine functions or plain ones, and what they take, is the decorator's doing, not their definitions'."""
        found = self._rewrites.get(via)
        if found is None and via in self.hierarchy.classes:
            cls, module = self.hierarchy.classes[via]
            keys = (via, *self.hierarchy.mro(via, cls, module)[1:])
            found = self._rewrites[via] = any(REWRITTEN in names for _, names, _, _ in self._decorations(keys))
        return bool(found)

    def _copied_names(self, names: tuple[str, ...], module: RawModule) -> set[str]:
        """The names of the classes a class decorator of `module` copies the namespaces of (see `setattrnames.COPIED`);
        a class it cannot read makes no name."""
        found: set[str] = set()
        for name in names:
            if name.startswith(COPIED):
                source = self.resolver.resolve_dotted(module.module, name.removeprefix(COPIED))
                if source is not None and isinstance(source.definition, RawClass):
                    found.update(source.definition.members)
        return found

    def _helper_setattrs(self, raw: RawModule) -> list[tuple[str, str, int]]:
        """(class, name, line) for each top-level call of the module handing both to a setter helper of the release in
        the positions it `setattr`s them (pyfakefs 4's `Deprecator.add(FakeFile, FakeFile.set_contents,
        'SetContents')`)."""
        if not raw.helper_calls:
            return []
        if self._setter_helpers is None:
            self._setter_helpers = {
                (f"{other.module}.{name}", obj, attr)
                for other in self.modules.values()
                for name, obj, attr in other.setter_helpers
            }
        found = []
        for func, obj, subject, attr, name, line in raw.helper_calls:
            called = self.resolver.resolve_dotted(raw.module, func) if self._setter_helpers else None
            if called is not None and (called.target, obj, attr) in self._setter_helpers:
                found.append((subject, name, line))
        return found

    def _patched(self, cls: RawClass, keys: list[str]) -> bool:
        """The class or an ancestor in the distribution (`keys`: the class's own, then its order's) gets attributes
        through `setattr` by names nobody spells, at import time or from a function of the release."""
        return cls.patched or any(
            self.hierarchy.classes[key][0].patched
            or key in self._patched_elsewhere()
            or self._copies_unread(*self.hierarchy.classes[key])
            for key in keys
            if key in self.hierarchy.classes
        )

    def _patched_elsewhere(self) -> frozenset[str]:
        """The classes of the release a function gives attributes by names it does not spell (see
        `RawModule.unspelled_setattrs`); none for a dependency read on demand, whose modules are read lazily (as
        `_given_by_name`)."""
        if not self.deprecations:
            return frozenset()
        if self._patched_by_functions is None:
            found = (
                self.resolver.resolve_dotted(module, name)
                for raw in self.modules.values()
                for module, name in raw.unspelled_setattrs
            )
            self._patched_by_functions = frozenset(
                r.target for r in found if r is not None and isinstance(r.definition, RawClass)
            )
        return self._patched_by_functions

    def _base_targets(self, cls: RawClass, module: RawModule) -> tuple[str, ...]:
        """The bases as dotted paths of their definitions (`io.RawIOBase`, `werkzeug.sansio.response.Response`)."""
        targets = []
        for base in cls.bases:
            resolved = self.resolver.base_target(module.module, base, cls)
            targets.append(resolved.target if resolved is not None else base)
        return tuple(targets)

    def _never_built(self, target: str, cls: RawClass, module: RawModule, members: dict[str, Any]) -> bool:
        """Nobody builds the class itself: a `typing.Protocol`, or a class `abc` enforces with an abstract method
        left (see `Hierarchy.enforces_abstract`)."""
        order = self.hierarchy.mro(target, cls, module)
        if order[1:2] in ([f"{EXTERNAL}typing.Protocol"], [f"{EXTERNAL}typing_extensions.Protocol"]):
            return True
        abstract = any(
            isinstance(member, RawCallable)
            and any(d.rsplit(".", 1)[-1] in ABSTRACT_DECORATORS for d in member.decorators)
            for member, _, _ in members.values()
        )
        return abstract and self.hierarchy.enforces_abstract(target, cls, module)

    def _class_deprecation(self, cls: RawClass, module: RawModule, unbuilt: bool = False) -> tuple[str, bool] | None:
        """A decorator's message, or the warning creating an instance raises (own or a base's, through super); and
        whether it is only logged (`_logged`). With `unbuilt` (see `_never_built`), not the class's own constructor's
        warning naming the class being built (chromadb 1.0's `EmbeddingFunction.__init__`: f"The class
        {self.__class__.__name__} does not implement __init__"): only subclasses defining no `__init__` reach it, and
        it speaks of them."""
        seen: set[int] = set()
        pending = [(cls, module)]
        while pending:
            current, current_module = pending.pop(0)
            if id(current) in seen or len(seen) > MAX_CLASS_DEPTH:
                continue
            seen.add(id(current))
            if current.decorator_message is not None:
                return self._rendered(current.decorator_message, current_module) or "", False
            wrapped = self._init_wrapping(current, current_module)
            if wrapped is not None:
                return wrapped, False
            own = [
                m
                for m in (current.members.get("__init__"), current.members.get("__new__"))
                if isinstance(m, RawCallable)
            ]
            for method in own:
                message = self._deprecation(
                    method.warns, method.decorator_message, (cls.name, _CALLED_AS["class"]), current_module
                )
                exact = tuple(warn for name, warn in method.exact_warns if current is cls and name == cls.name)
                message = message or self._deprecation(exact, None)
                if message is not None and unbuilt and current is cls and CLASS_NAME.search(message):
                    continue  # about the subclasses that inherit the constructor: see `_never_built`
                if message is not None:
                    return CLASS_NAME.sub(cls.name, message), self._logged(
                        (*method.warns, *exact), method.decorator_message
                    )
            init = next((m for m in own if m.name == "__init__"), None)
            if init is not None and not init.init_calls:
                continue
            bases = current.bases if init is None or "super" in init.init_calls else init.init_calls
            for base in bases:
                resolved = self.resolver.resolve_dotted(current_module.module, base)
                if resolved is not None and isinstance(resolved.definition, RawClass) and resolved.module is not None:
                    pending.append((resolved.definition, resolved.module))
        return None

    def _init_wrapping(self, cls: RawClass, module: RawModule) -> str | None:
        """The deprecation a class decorator of the release gives by setting the class's `__init__` to a def that warns
        (see `factories.init_warning`): `@deprecated_themeable_name class legend_entry_spacing(...)`."""
        for name, called in zip(cls.decorators, cls.decorators_called, strict=False):
            found = self.resolver.resolve_dotted(module.module, name) if name and not called else None
            definition = found.definition if found is not None else None
            warn = definition.init_warning if isinstance(definition, RawCallable) else None
            if warn is not None and self.is_deprecation(replace(warn, parametric=False)):
                return known_sentences(warn.message) or "deprecated"
        return None

    def _metaclass_deprecation(self, target: str, cls: RawClass, module: RawModule) -> tuple[str, bool] | None:
        """The warning the class's metaclass gives whenever it makes a class: deriving from the class warns, so it is
        deprecated (marshmallow-sqlalchemy 0.22 deprecated `ModelSchema` and `TableSchema` in `ModelSchemaMeta.__init__`
        and `TableSchemaMeta.__init__`; the claims went to the metaclasses, which nobody names)."""
        for method in self.hierarchy.metaclass_constructors(target, cls, module):
            message = self._deprecation(method.warns, method.decorator_message)
            if message is not None:
                return CLASS_NAME.sub(cls.name, message), self._logged(method.warns, method.decorator_message)
        return None

    def _deprecated_params(
        self, function: RawCallable, module: RawModule, owner: str = "", hops: int = 0, raised: bool = False
    ) -> tuple[str, ...]:
        """Parameters whose passing warns, in the body or in a callable of the distribution it hands them to under
        their own names, hop by hop (`MAX_HANDOFF_HOPS`): httpx 0.28's `Client(cert=...)` hands `cert` to
        `self._init_transport`, that to `HTTPTransport`, that to `create_ssl_context`, which warns. `owner`: the
        class whose method `function` is, for calls on `self`. `raised`: only warnings raised through `warnings`, not
        logged ones (see `_logged_params`). A plain warning saying the parameter itself goes counts (pyflakes 3.0's
        `Checker(file_tokens=...)`: "`file_tokens` will be removed in a future version", a `UserWarning`)."""
        names = {
            name
            for name, warn in function.param_warns
            if (self.is_deprecation(warn) or self._announces_removal(warn, name, _PARAMETER_WORDS))
            and not (raised and warn.category == LOGGED)
        }
        names.update(deprecated_by_decorator(function, module, self.resolver))
        if hops >= MAX_HANDOFF_HOPS:
            return tuple(sorted(names))
        optional = {p.name for p in function.params or () if p.has_default}
        for handoff in function.handoffs:
            target = self._handoff_target(handoff.callee, module, owner)
            if target is None:
                continue
            # a warning for leaving the parameter out never fires: it is handed on
            warned = set(self._deprecated_params(*target, hops + 1, raised)) - target[0].omitted
            # a required parameter the callee warns about when given something: our optional one is deprecated
            given = [
                (name, warn) for name, warn in target[0].presence_warns if not (raised and warn.category == LOGGED)
            ]
            warned |= {name for name, warn in given if name in optional and self.is_deprecation(warn)}
            names.update(set(handoff.keywords) & warned)
            # a callee deprecated whole, called only when the parameter is passed: passing it warns
            if handoff.guarded and self._deprecation(target[0].warns, target[0].decorator_message) is not None:
                if not (raised and self._logged(target[0].warns, target[0].decorator_message)):
                    names.update(handoff.guarded)
            slots = [p.name for p in target[0].params or () if p.kind in POSITIONAL_KINDS]
            names.update(n for n, slot in handoff.positions if n in warned and slot < len(slots) and slots[slot] == n)
        names.update(self._forwarded_deprecations(function, module, owner, hops, raised))
        return tuple(sorted(names))

    def _forwarded_deprecations(
        self, function: RawCallable, module: RawModule, owner: str, hops: int, raised: bool
    ) -> set[str]:
        """Keywords a callable of the distribution deprecates that reach it through the `**kwargs` the body hands on
        whole (`super().__init__(primary_key=primary_key, **kwargs)`): a caller passing one to this callable is warned
        alike (tortoise-orm 0.21's `IntField(pk=True)`, where `Field.__init__` pops `pk` with a DeprecationWarning).
        Not a name the callable takes itself, nor an option its body takes out of `**kwargs` before handing it on."""
        found: set[str] = set()
        own = {param.name for param in function.params or ()} | set(function.facts.kwargs_options)
        for callee in function.facts.kwargs_forwards:
            target = self._handoff_target(callee, module, owner)
            if target is not None:
                warned = set(self._deprecated_params(*target, hops + 1, raised)) - target[0].omitted
                found |= {name for name in warned if name not in own and not name.startswith("*")}
        return found

    def _forwarded_renames(self, function: RawCallable, module: RawModule, owner: str) -> tuple[tuple[str, str], ...]:
        """(keyword, parameter) renames (see `CallableFacts.kwargs_renamed`) of a callable of the distribution the
        body hands its `**kwargs` on to, whose new name the body hands it under that name: the old keyword reaches the
        callee, which takes it into the parameter the caller fills by position (tortoise-orm 0.21's `IntField(self,
        primary_key=None, **kwargs)` calls `super().__init__(primary_key=primary_key, **kwargs)`, and `Field.__init__`
        takes `pk` into `primary_key`): `IntField(pk=True)` and `IntField(True)` work as they did. An option the body
        only reads and leaves in the dict travels on too (`TextField`'s `kwargs.get("pk")`, see
        `CallableFacts.kwargs_peeked`); one it pops is its own."""
        peeked = set(function.facts.kwargs_peeked)
        own = {param.name for param in function.params or ()} | {
            option for option in function.facts.kwargs_options if option not in peeked
        }
        found: list[tuple[str, str]] = []
        for callee in function.facts.kwargs_forwards:
            handed = {name for handoff in function.handoffs if handoff.callee == callee for name in handoff.keywords}
            target = self._handoff_target(callee, module, owner) if handed else None
            if target is not None:
                renamed = target[0].facts.kwargs_renamed
                found.extend((old, new) for old, new in renamed if old not in own and new in handed)
        return tuple(found)

    def _logged_params(
        self, names: tuple[str, ...], function: RawCallable, module: RawModule, owner: str = ""
    ) -> tuple[str, ...]:
        """Of the deprecated parameters `names`, those announced only through a logger's warning (pdfplumber 0.11's
        `WordExtractor(vertical_ttb=...)`): none the body, a decorator or a callable handed them warns through
        `warnings` (see `Symbol.deprecated_params_logged`). Read again only for a callable with deprecated ones."""
        if not names:
            return ()
        raised = self._deprecated_params(function, module, owner, raised=True)
        return tuple(name for name in names if name not in raised)

    def _handoff_target(
        self, callee: str, module: RawModule, owner: str, instance: str = ""
    ) -> tuple[RawCallable, RawModule, str] | None:
        """The callable of the distribution a hand-off calls: `self.method` (along the owner's MRO), `super().method`
        (along `instance`'s, else the owner's), a function, or a class's own `__init__`."""
        if callee.startswith("self."):
            known = self.hierarchy.classes.get(owner)
            found = self.hierarchy.members(owner, *known).get(callee.removeprefix("self.")) if known else None
            if found is None or not isinstance(found[0], RawCallable):
                return None
            return found[0], found[2], found[1]
        if callee.startswith("super."):
            return self._next_in_mro(owner, callee.removeprefix("super."), instance)
        if "()." in callee:
            constructor, _, name = callee.partition("().")
            return self._instance_method(constructor, name, module)
        # `module.function`, a guarded call's (see `Handoff.guarded`), through the module the name gives
        dotted = self.resolver.resolve_dotted(module.module, callee) if "." in callee else None
        resolved = dotted or self.resolver.lookup(module.module, callee)
        if resolved is None or resolved.module is None:
            return None
        if isinstance(resolved.definition, RawCallable):
            return resolved.definition, resolved.module, ""
        init = resolved.definition.members.get("__init__") if isinstance(resolved.definition, RawClass) else None
        if not isinstance(init, RawCallable) or not isinstance(resolved.definition, RawClass):
            return None
        # known to the hierarchy now, not only once its own symbol is built: its `super().__init__` is followed
        # whichever class is read first (imgaug 0.4's `Clouds` hands `deterministic` to `CloudLayer`, whose base warns)
        self.hierarchy.classes.setdefault(resolved.target, (resolved.definition, resolved.module))
        return init, resolved.module, resolved.target

    def _instance_method(
        self, constructor: str, name: str, module: RawModule
    ) -> tuple[RawCallable, RawModule, str] | None:
        """The method `name` of the class of the distribution `constructor` names, along its MRO: what a body's
        `p.name(...)` calls after `p = constructor(...)` (seaborn 0.13's `violinplot` builds a
        `_CategoricalPlotter` and hands `scale` to its `_violin_scale_backcompat`)."""
        resolved = self.resolver.lookup(module.module, constructor)
        if resolved is None or resolved.module is None or not isinstance(resolved.definition, RawClass):
            return None
        self.hierarchy.classes.setdefault(resolved.target, (resolved.definition, resolved.module))
        found = self.hierarchy.members(resolved.target, resolved.definition, resolved.module).get(name)
        if found is None or not isinstance(found[0], RawCallable):
            return None
        return found[0], found[2], found[1]

    def _usable_defaults(
        self,
        params: tuple[Param, ...] | None,
        function: RawCallable,
        module: RawModule,
        owner: str = "",
        instance: str = "",
    ) -> tuple[Param, ...] | None:
        """`params` with those of `_required_nones` required."""
        if params is None or not function.none_defaults:
            return params
        return without_defaults(params, self._required_nones(function, module, owner, instance))

    def _required_nones(
        self, function: RawCallable, module: RawModule, owner: str = "", instance: str = "", hops: int = 0
    ) -> frozenset[str]:
        """Parameters whose None default no call can use on its own: the body refuses it when its `*args` is empty
        (`RawCallable.none_refused`), or hands it, every run, to a function or a `super()` method of the
        distribution that does, given nothing by position but that `*args` (pennylane 0.37's `PauliY(wires=None)`
        hands `wires=wires` alone to `Operation.__init__(*params, wires=None)`, which hands it and `*params` to
        `Operator.__init__`, which takes `params[-1]` for a None and raises when there is none): required in all
        but spelling. `instance`: the class whose instance `super()` is read for (its MRO decides), else `owner`."""
        found = set(function.none_refused)
        for handoff in function.handoffs if hops < MAX_HANDOFF_HOPS else ():
            handed = function.none_defaults.intersection(handoff.reached).difference(handoff.rebound, found)
            if not handed or handoff.positional == "?" or handoff.callee.startswith("self."):
                continue  # a method on `self` may be a subclass's
            target = self._handoff_target(handoff.callee, module, owner, instance)
            if target is not None:
                found |= handed & self._required_nones(*target, instance or owner, hops + 1)
        return frozenset(found)

    def _next_in_mro(self, owner: str, name: str, instance: str = "") -> tuple[RawCallable, RawModule, str] | None:
        """The method `super().name` reaches from a method of `owner`: the next class defining it after `owner` in
        the MRO of `instance` (the class of `self`), else of `owner`."""
        known = self.hierarchy.classes.get(instance or owner)
        order = self.hierarchy.mro(instance or owner, *known) if known else []
        for key in order[order.index(owner) + 1 if owner in order else len(order) :]:
            if key not in self.hierarchy.classes:
                return None  # a class outside the distribution may define it: unknown
            cls, cls_module = self.hierarchy.classes[key]
            if name in cls.members:
                member = cls.members[name]
                return (member, cls_module, key) if isinstance(member, RawCallable) else None
        return None

    def _deprecated_values(
        self, function: RawCallable, module: RawModule, owner: str = "", hops: int = 0
    ) -> tuple[tuple[str, str], ...]:
        """(parameter, value's repr) whose passing warns a deprecation (`RawCallable.value_warns`), in the body or in
        a callable of the distribution it hands the parameter to under its own name, hop by hop (marshmallow 3.3's
        `Pluck(nested, ...)` hands `nested` to `Nested.__init__`, which warns for "self"), unless passing the
        parameter at all does."""
        if not function.value_warns and not function.handoffs:
            return ()
        found = {(name, value) for name, value, warn in function.value_warns if self.is_deprecation(warn)}
        for handoff in function.handoffs if hops < MAX_HANDOFF_HOPS else ():
            target = self._handoff_target(handoff.callee, module, owner)
            values = self._deprecated_values(*target, hops + 1) if target is not None else ()
            if target is None or not values:
                continue
            slots = [p.name for p in target[0].params or () if p.kind in POSITIONAL_KINDS]
            by_position = {n for n, slot in handoff.positions if slot < len(slots) and slots[slot] == n}
            handed = {*handoff.keywords, *by_position}
            found.update(pair for pair in values if pair[0] in handed)
        if not found:
            return ()
        whole = set(self._deprecated_params(function, module, owner))
        return tuple(sorted(pair for pair in found if pair[0] not in whole))

    def _deprecated_when(
        self, function: RawCallable, module: RawModule, owner: str = "", hops: int = 0
    ) -> tuple[tuple[str, str], ...]:
        """The conditions of the deprecated parameters whose every warning fires in an `if` (`param_conditions`), in
        the body or in a callable it hands the parameter on to unchanged, hop by hop as `_deprecated_params` (flask
        2.0's `send_file(attachment_filename=...)`, warned by `_prepare_send_file_kwargs` only `if
        attachment_filename is not None`). Not a parameter warned by a decorator, by a method run later, or in a
        branch whose condition was not told (the body assigns it)."""
        if not function.param_conditions and not function.handoffs:
            return ()
        found = set(function.param_conditions)
        told = {name for name, _ in found}
        unconditional = {name for name, _ in function.param_warns if name not in told}
        # `*args` holds every extra positional together (`if args:` is true for `(None,)`), `**kwargs` every keyword
        gathering = {
            p.name for p in function.params or () if p.kind in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
        }
        unconditional |= gathering | {name for name in told if name.startswith("*")}
        unconditional |= {*deprecated_by_decorator(function, module, self.resolver), *function.warned_later}
        for handoff in function.handoffs if hops < MAX_HANDOFF_HOPS else ():
            target = self._handoff_target(handoff.callee, module, owner)
            if target is None:
                continue
            warned = set(self._deprecated_params(*target, hops + 1)) - target[0].omitted
            handed = warned & {*handoff.keywords, *(name for name, _ in handoff.positions)}
            callee = self._deprecated_when(*target, hops + 1)
            for name in handed:
                conditions = {pair for pair in callee if pair[0] == name}
                if name in handoff.rebound or not conditions:
                    unconditional.add(name)
                found |= conditions
        return tuple(sorted(pair for pair in found if pair[0] not in unconditional))

    def _deprecated_omitted(self, function: RawCallable, module: RawModule, owner: str = "") -> tuple[str, ...]:
        """Of the deprecated parameters, those whose warning is for calls leaving them out (`RawCallable.omitted`)."""
        if not function.omitted:
            return ()
        return tuple(name for name in self._deprecated_params(function, module, owner) if name in function.omitted)

    def _parser_filled(self, owner: str) -> frozenset[str] | None:
        """The options the class's argument parser fills, declared by it or a base of the distribution (see
        `RawClass.parsed_options`: every run fills them all, so its methods' `**options` always hold them); None (any
        key) when it declares some and a base outside the distribution may declare more (django-reversion 2.0's
        `Command(BaseRevisionCommand)` reads `options["verbosity"]`, which Django's `BaseCommand` declares)."""
        cls, module = self.hierarchy.classes[owner]
        filled: set[str] = set()
        outside = False
        for key in self.hierarchy.mro(owner, cls, module):
            if key in self.hierarchy.classes:
                filled.update(self.hierarchy.classes[key][0].parsed_options)
            else:
                outside = outside or key.removeprefix(EXTERNAL) not in ("object", "builtins.object")
        return None if filled and outside else frozenset(filled)

    def _settable(self, cls: RawClass, name: str) -> bool:
        """The class's property `name` has a setter or is a settable cache, perhaps one a module of the release
        hands on (`cachedprops.reexported_cache`)."""
        if name in cls.settable:
            return True
        return any(
            prop == name and reexported_cache((module, attr), self.modules) for prop, module, attr in cls.cache_imports
        )

    def _assigned_on_self(self, owner: str, name: str) -> bool:
        """`owner`'s own methods assign its call-made class attribute `name` on their instance (see
        `extract._assigned_on_self`): it takes assignments."""
        found = self.hierarchy.classes.get(owner)
        return found is not None and name in found[0].settable

    def _tuple_held(self, owner: str) -> bool:
        """`owner` is a namedtuple: its instances have no `__dict__` and its fields no setter, so assigning any of
        its attributes on an instance already raised AttributeError (pre-commit 2.21's `Language(NamedTuple)` field
        `ENVIRONMENT_DIR`, a read-only property of 3.0's `Language(Protocol)`, was never assignable); or a frozen
        record, whose `__setattr__` refuses them all."""
        found = self.hierarchy.classes.get(owner)
        return found is not None and (found[0].record == "namedtuple" or found[0].frozen)

    def _add_member(
        self,
        path: str,
        owner: str,
        name: str,
        member: RawCallable | RawAttribute | RawClass,
        module: RawModule,
        via: str = "",
    ) -> None:
        """A member symbol (see `_add_built_member`), deprecated as the comment above its assignment in the class
        body says (`RawClass.comment_deprecated`: testfixtures 7.0's `getpath = as_string` is as_string's symbol)."""
        self._add_built_member(path, owner, name, member, module, via)
        found = self.hierarchy.classes.get(owner)
        if found is not None and name in found[0].comment_deprecated:
            self._commented(path, found[0].comment_deprecated[name])

    def _commented(self, path: str, said: str) -> None:
        """The symbol at `path`, when nothing deprecates it yet, deprecated as a comment says: documented, no
        warning fires (`Symbol.deprecated_doc`)."""
        symbol = self.symbols.get(path)
        if symbol is not None and symbol.deprecated is None:
            self.symbols[path] = replace(symbol, deprecated=said, deprecated_doc=True)

    def _add_built_member(
        self,
        path: str,
        owner: str,
        name: str,
        member: RawCallable | RawAttribute | RawClass,
        module: RawModule,
        via: str = "",
    ) -> None:
        """A member symbol; one inherited by many classes is built once and re-pathed. A nested class is described as
        a class: its constructor and members are compared too (marshmallow's `Schema.Meta` options). A mixin's
        method handing `**kwargs` to `self.x(...)` or `super().x(...)` that the mixin alone cannot follow is built
        again for the class `via` that inherits it, whose order says where the call goes (jsonargparse 4.49's
        `ParserDeprecations.instantiate_classes` calls `self.instantiate(cfg, **kwargs)`, an `ArgumentParser`'s)."""
        target = f"{unshadowed(owner)}.{name}"
        if isinstance(member, RawClass):
            self._add_class(path, Resolved(target, member, module, member.line), member, module, False)
            return
        key = f"{owner}.{name}"
        if isinstance(member, RawAttribute) and (bound := self._bound_def(owner, member)) is not None:
            def_owner, def_name, definition, def_module = bound
            if def_owner:  # the same method object under a second name: its symbol, re-pathed
                self._add_member(path, def_owner, def_name, definition, def_module)
                return
            key, member, module = f"{target}:bound", definition, def_module
        built = self._members.get(key)
        if built is None:
            built = self._members[key] = self._member_symbol(path, target, owner, name, member, module)
        if via and via != owner and _calls_on_instance(member) and self._elsewhere(built, member, owner, module, via):
            key = f"{target}@{via}"
            built = self._members.get(key) or self._member_symbol(path, target, owner, name, member, module, via)
            self._members[key] = built
        if built.params is not None and via and via != owner and self._behind_unknown(via, owner):
            key = f"{key}?{via}"
            built = self._members.get(key) or replace(built, params=None, signature_unknown=BEHIND_UNKNOWN)
            self._members[key] = built
        if built.params is not None and via and self._rewritten(via):
            key = f"{key}~{via}"
            built = self._members.get(key) or replace(built, signature_unknown=REWRITTEN_MEMBERS)
            self._members[key] = built
        self._add(built if built.path == path else built.at(path))

    def _behind_unknown(self, via: str, owner: str) -> bool:
        """See `Hierarchy.behind_unknown`: the class `via` inherits `owner`'s member past an ancestor that may define
        it, so its parameters are unknown there."""
        found = self.hierarchy.classes.get(via)
        return found is not None and self.hierarchy.behind_unknown(via, found[0], found[1], owner)

    def _elsewhere(
        self, built: Symbol, member: RawCallable | RawAttribute | RawClass, owner: str, module: RawModule, via: str
    ) -> bool:
        """Whether a method's `**kwargs` go elsewhere when an instance of `via` runs it: the defining class could not
        follow them, or `via` resolves them otherwise (zarr 3.1's `Store.open` returns `cls(*args, **kwargs)`, which
        on `LocalStore` is `LocalStore.__init__(root, ...)`, not the base's `__init__(*, read_only=False)`)."""
        if "?" in built.kwargs_forwards or not isinstance(member, RawCallable):
            return "?" in built.kwargs_forwards
        forwards = member.facts.kwargs_forwards
        return any(
            call != "?" and self.hierarchy.forward_target(call, owner, module, via) != known
            for call, known in zip(forwards, built.kwargs_forwards, strict=False)
        )

    def _add_metaclass_member(
        self, path: str, owner: str, name: str, member: RawCallable | RawAttribute | RawClass, module: RawModule
    ) -> None:
        """A method of the class's metaclass, reached on the class as a classmethod is (`Model.create(...)`)."""
        key = f"{owner}.{name}:meta"
        built = self._members.get(key)
        if built is None:
            symbol = self._member_symbol(path, f"{owner}.{name}", owner, name, member, module)
            built = replace(symbol, method_kind="classmethod") if symbol.kind == "method" else symbol
            self._members[key] = built
        self._add(built if built.path == path else built.at(path))

    def _bound_defs(self, members: dict[str, Any]) -> dict[str, Any]:
        """`members` with each class attribute naming a def (`_bound_def`) replaced by that def: jsonargparse 4.49's
        `ArgumentParser` binds `add_class_arguments = SignatureArguments.add_class_arguments`, which still calls
        `self._add_signature_arguments(...)`, a hook subclasses override."""
        found = dict(members)
        for name, (member, owner, _module) in members.items():
            if isinstance(member, RawAttribute) and member.value_ref and not member.instance:
                bound = self._bound_def(owner, member)
                if bound is not None:
                    found[name] = (bound[2], bound[0] or owner, bound[3])
        return found

    def _bound_def(self, owner: str, member: RawAttribute) -> tuple[str, str, RawCallable, RawModule] | None:
        """For a class attribute naming a def, what users call through it: (owner, name, the def, its module) for a
        public method of the class body above it (`shutdown = close`) or of a class of the distribution (`alias =
        Base.close`), the same object under a second name; ("", name, the def seen as a method, its module) for a
        plain module function (`close = _close`), which the class binds like a method of its own. None for anything
        else: a private method (its symbol is a private one's; sqlalchemy 1.4's `execute = _not_implemented`), a
        function with `*args` or `**kwargs` (what its facts say of them was read for a function, not a method), a
        one decorated by a decorator that may replace it (it may make no descriptor; one every decorator of which
        keeps the function binds as the def would), a call's result, an outside name. A function an import in the
        class body binds is held as a def written there would be (opensearch-py 2.4's `class OpenSearch: from
        ._patch import list_all_point_in_time`, a `@query_params()` function that warns it is deprecated)."""
        ref = member.value_ref
        if ref is None or member.instance or member.from_call or owner not in self.hierarchy.classes:
            return None
        cls, module = self.hierarchy.classes[owner]
        if member.imported is not None:
            return self._method_of(member, self.resolver.import_target(member.imported))
        head, dot, attribute = ref.partition(".")
        here = cls.members.get(head)
        if not dot and here is not None:
            if isinstance(here, RawCallable) and here.line < member.line and not is_private_member(head):
                return owner, head, here, module
            return None
        found = self.resolver.resolve_dotted(module.module, ref)
        if found is None or found.module is None or not isinstance(found.definition, RawCallable):
            return None
        definition = found.definition
        if dot:  # `Base.close` is the method itself; `_impl.close` a module's function
            holder = self.resolver.resolve_dotted(module.module, head)
            if holder is not None and isinstance(holder.definition, RawClass):
                if definition.kind in _REBOUND and not is_private_member(attribute):
                    if holder.module is not None:  # may be met here first: its member is built from its entry
                        self.hierarchy.classes.setdefault(holder.target, (holder.definition, holder.module))
                    return holder.target, attribute, definition, found.module
                return None
            if holder is None or not holder.is_module:
                return None
        return self._method_of(member, found)

    def _method_of(self, member: RawAttribute, found: Resolved) -> tuple[str, str, RawCallable, RawModule] | None:
        """("", name, the def seen as a method, its module) for a module function of the distribution a class
        attribute names, when the class binds it as a method (see `_bound_def`); None otherwise."""
        definition = found.definition
        if found.module is None or not isinstance(definition, RawCallable) or definition.kind != "function":
            return None
        if not _binds_as_method(definition.params) or decorator_replaces(definition, found.module, self.resolver):
            return None
        return "", member.name, replace(definition, kind="method", params=definition.params[1:]), found.module

    def _members_through(self, owner: str, member: RawAttribute) -> tuple[str, ...]:
        """`Symbol.class_members`: the members of the distribution's class a class attribute names, resolved in the
        owner's module; none for a name the class body binds itself before (`Inner = Inner` reads the global), an
        instance attribute, or a class outside the distribution."""
        if member.value_ref is None or member.instance or owner not in self.hierarchy.classes:
            return ()
        cls, module = self.hierarchy.classes[owner]
        bound_here = cls.members.get(member.value_ref.split(".", 1)[0])
        if bound_here is not None and bound_here is not member:
            return ()
        return self.hierarchy.member_names(module, member.value_ref)

    def _add_private_member(
        self, path: str, target: str, member: RawCallable | RawAttribute | RawClass, module: RawModule
    ) -> None:
        """See `private_member` and `private_method`; one inherited by many classes is built once and re-pathed."""
        built = self._members.get(target)
        if built is None:
            owner, _, name = target.rpartition(".")
            built = self._members[target] = (
                private_method(self._member_symbol(path, target, owner, name, member, module))
                if is_private_method(member)
                else private_member(path, target, member, module.file)
            )
        self._add(built if built.path == path else built.at(path))

    def _method_owner(self, target: str, definition: RawCallable, module: RawModule) -> str:
        """For a module global bound to a method (`decode = _jwt_global_obj.decode`), the class defining it, so
        that `self.x(...)` and `super()` calls in its body lead where they do on the instance; "" otherwise."""
        if definition.kind == "function":
            return ""
        owner = target.rpartition(".")[0]
        found = self.resolver.lookup(module.module, owner.rpartition(".")[2])
        if found is None or found.target != owner or not isinstance(found.definition, RawClass):
            return ""
        self.hierarchy.mro(owner, found.definition, module)
        return owner

    def callable_at(self, target: str, via: str = "") -> Symbol | None:
        """A symbol for the method or function defined at `target` (a private one too), None when there is none; a
        method run by an instance of the class `via` resolves its calls on `self` and `super()` along that class's
        order."""
        owner, _, name = target.rpartition(".")
        if owner in self.hierarchy.classes:
            cls, module = self.hierarchy.classes[owner]
            member = cls.members.get(name)
            if isinstance(member, RawCallable) and member.kind != "property":
                symbol = self._member_symbol(target, target, owner, name, member, module, via)
                if name == "__init__" and via in self.hierarchy.classes:  # a base's, as a model's instance runs it
                    model, home = self.hierarchy.classes[via]
                    order = [key for key in self.hierarchy.mro(via, model, home)[1:] if SHADOWED not in key]
                    extra = self._model_extra(model, order)
                    handed = self._fields_handed_to_model(via, model, home, extra, symbol)
                    symbol.kwargs_options = (*symbol.kwargs_options, *handed)
                return symbol
            if name == "__init__" and member is None and cls.record_params is not None:
                if not {"__init__", "__new__"} & cls.members.keys():  # werkzeug 2.3's private `_URLTuple(NamedTuple)`
                    return Symbol(owner, "class", module.file, cls.line, owner, cls.record_params)
            return None
        raw = self.modules.get(owner)
        definition = raw.bindings.get(name, [None])[-1] if raw is not None else None
        if raw is None or not isinstance(definition, RawCallable):
            return None
        return callable_symbol(
            target, "function", raw.file, definition.line, target, definition, raw, self.resolver, self.hierarchy
        )

    def _member_symbol(
        self,
        path: str,
        target: str,
        owner: str,
        name: str,
        member: RawCallable | RawAttribute | RawClass,
        module: RawModule,
        via: str = "",
    ) -> Symbol:
        # a method a factory of the release made: the def it returns, where the class binds it
        if isinstance(member, RawAttribute) and (made := self._made_method(module, member)) is not None:
            method, home = made
            symbol = callable_symbol(
                path, "method", module.file, member.line, target, method, home, self.resolver, self.hierarchy, owner
            )
            symbol.deprecated = self._made_deprecation(module, member) or member.decorated_message
            return symbol
        if isinstance(member, RawCallable):
            kind = "property" if member.kind == "property" else "method"
            symbol = callable_symbol(
                path, kind, module.file, member.line, target, member, module, self.resolver, self.hierarchy, owner, via
            )
            if symbol.kwargs_required and owner in self.hierarchy.classes:
                filled = self._parser_filled(owner)
                symbol.kwargs_required = tuple(
                    key for key in symbol.kwargs_required if filled is not None and key not in filled
                )
            if kind == "property":
                symbol.params = None
                symbol.settable = self._settable(self.hierarchy.classes[owner][0], name)
            symbol.params = self._usable_defaults(symbol.params, member, module, owner)
            self._set_deprecation(symbol, member, module, owner)
            symbol.deprecated_later = tuple(sorted(member.warned_later))
            return symbol
        if isinstance(member, RawClass):
            return Symbol(
                path,
                "class",
                module.file,
                member.line,
                target,
                None,
                member.bases,
                member.decorator_message or member.doc_deprecated,
                deprecated_doc=member.decorator_message is None and member.doc_deprecated is not None,
            )
        return Symbol(
            path,
            "attribute",
            module.file,
            member.line,
            target,
            deprecated=self._made_deprecation(module, member) or member.decorated_message,
            annotation=member.annotation,
            held=member.held or self._made_property(module, member),
            instance=member.instance,
            data=member.data,
            settable=(not member.from_call or self._assigned_on_self(owner, name)) and not self._tuple_held(owner),
            callback=member.from_param,
            class_members=self._members_through(owner, member),
            declared=member.declared,
            slot=member.slot,
            collected_as=self._collected_as(owner, member),
            refuses_calls=self._names_refusing_callable(owner, member, module),
            abstract=self._abstract_by_call(owner, member),
            returned_from=called_target(member.called, module, self.resolver),
            expires_in=applied_expiry(member, module, self.resolver, self.hierarchy) if member.made_applied else None,
        )

    def _collected_as(self, owner: str, member: RawAttribute) -> str:
        """Where the metaclass of the class defining it keeps a call-made class attribute it pops (a form field), ""
        for an attribute that stays on the class (a literal option, a name, one set on `self`)."""
        if not member.from_call or member.instance or member.declared or owner not in self.hierarchy.classes:
            return ""
        return self.hierarchy.collected_as(owner, *self.hierarchy.classes[owner])

    def _abstract_by_call(self, owner: str, member: RawAttribute) -> bool:
        """A class attribute made by calling an `abc` decorator (`value = abstractproperty(_get, _set)`, asciimatics
        1.14's `Widget.value`) is abstract as a decorated def is: 1.15's `@abstractmethod def value` made nothing
        newly abstract."""
        return (
            member.made_by is not None
            and member.made_by.rsplit(".", 1)[-1] in ABSTRACT_DECORATORS
            and owner in self.hierarchy.classes
            and self.hierarchy.enforces_abstract(owner, *self.hierarchy.classes[owner])
        )

    def _names_refusing_callable(self, owner: str, member: RawAttribute, module: RawModule) -> bool:
        """A class attribute naming a function of the distribution every call of which raises (webob 1.7's
        `IfRange.match = match_response = _warn_if_range_match_deprecated`, which raises DeprecationWarning): calling
        it never worked. Not a `NotImplementedError` placeholder (a hook subclasses fill). So does one a factory of
        the distribution makes that only raises (see `RawCallable.makes_refusing`)."""
        if member.from_call:
            return self._made_refusing(module, member)
        if member.value_ref is None or member.instance:
            return False
        cls = self.hierarchy.classes.get(owner)
        local = cls[0].members.get(member.value_ref) if cls is not None else None
        if local is not None and local is not member:
            definition: object = local
        else:
            resolved = self.resolver.resolve_dotted(module.module, member.value_ref)
            definition = resolved.definition if resolved is not None else None
        if not isinstance(definition, RawCallable) or definition.facts.stub:
            return False
        return definition.facts.refuses_calls or definition.facts.ends_raising

    def _made_refusing(self, module: RawModule, member: RawAttribute) -> bool:
        """The attribute is what a factory of the distribution, named plainly, makes to refuse every call (see
        `RawCallable.makes_refusing`)."""
        if member.made_by is None or "." in member.made_by or not member.from_call or member.instance:
            return False
        if not self.deprecations:
            return False  # a dependency read on demand: following the factory would read modules for nothing
        factory = self.resolver.lookup(module.module, member.made_by)
        return factory is not None and isinstance(factory.definition, RawCallable) and factory.definition.makes_refusing

    def _made_method(self, module: RawModule, member: RawAttribute) -> tuple[RawCallable, RawModule] | None:
        """The method a module function of the release, named plainly, makes for a class attribute assigned its call
        (environs' `str = _field2method(ma.fields.Str, "str")`, see `RawCallable.made_method`), with the module
        defining it: the attribute is that method, its parameters those of the returned def."""
        if member.made_by is None or "." in member.made_by or not member.from_call or member.instance:
            return None
        if not self.deprecations:
            return None  # a dependency read on demand: following the factory would read modules for nothing
        factory = self.resolver.lookup(module.module, member.made_by)
        definition = factory.definition if factory is not None else None
        if not isinstance(definition, RawCallable) or definition.made_method is None or factory is None:
            return None
        return (definition.made_method, factory.module) if factory.module is not None else None

    def _made_property(self, module: RawModule, member: RawAttribute) -> str | None:
        """ "property" for a class attribute a module function of the release makes, every `return` of which is a
        `property(...)` (oslo.context 5's `user_id = _moved_property('_user_id')`): a property, whatever its name."""
        if member.made_by is None or "." in member.made_by:
            return None
        if not self.deprecations:
            return None  # a dependency read on demand: following the factory would read modules for nothing
        factory = self.resolver.lookup(module.module, member.made_by)
        definition = factory.definition if factory is not None else None
        if isinstance(definition, RawCallable) and definition.facts.constructs == "property":
            return "property"
        return None

    def _made_deprecation(
        self, module: RawModule, member: RawCallable | RawAttribute | RawClass, directly: bool = False
    ) -> str | None:
        """The warning of a member a deprecation factory of the package makes (`findAll =
        _deprecated_function_alias("findAll", "find_all", "4.0.0")`), its message filled in from the call;
        `directly`: only a factory whose returned def warns itself (a module global wrapping a callable)."""
        if not isinstance(member, RawAttribute) or member.made_by is None or "." in member.made_by:
            return None
        if not self.deprecations:
            return None  # a dependency read on demand: following the factory would read modules for nothing
        factory = self.resolver.lookup(module.module, member.made_by)
        definition = factory.definition if factory is not None else None
        if not isinstance(definition, RawCallable) or definition.made_warning is None:
            return None
        if member.made_applied:
            return self._decorating_warning(definition, member.made_with)
        if directly and not definition.made_directly:
            return None
        if not self.is_deprecation(definition.made_warning):
            return None
        filled = filled_message(definition.made_warning.message, definition.params, member.made_with)
        return known_sentences(filled) or "deprecated"  # flax 0.12.7's `{new_fn.__qualname__}`: no raw field shown

    def add_name(
        self, path: str, resolved: Resolved, importer: RawModule, shim_message: str | None = None, shim: bool = False
    ) -> None:
        """Record the public name `path` and, for a class, its members."""
        definition = resolved.definition
        outside = self._outside(definition, resolved.module) if definition is not None and resolved.module else None
        if resolved.is_module:
            if resolved.target != path:
                self._add(
                    Symbol(
                        path,
                        "module",
                        importer.file,
                        resolved.line,
                        resolved.target,
                        deprecated=shim_message,
                        via_getattr_shim=shim,
                    )
                )
                self._add_private_module_alias(path, resolved.target)
        elif definition is None or resolved.module is None or outside is not None:
            aliased = outside or resolved
            self._add(
                Symbol(
                    path,
                    "alias",
                    importer.file,
                    aliased.line,
                    aliased.target,
                    deprecated=shim_message,
                    via_getattr_shim=shim,
                )
            )
        elif isinstance(definition, RawClass):
            self._add_class(path, resolved, definition, resolved.module, shim)
            if shim_message and (self.symbols[path].deprecated is None or self.symbols[path].deprecated_doc):
                self.symbols[path] = replace(
                    self.symbols[path], deprecated=shim_message, deprecated_doc=False, deprecated_logged=False
                )
        elif isinstance(definition, RawCallable):
            owner = self._method_owner(resolved.target, definition, resolved.module)
            symbol = callable_symbol(
                path,
                "function",
                resolved.module.file,
                definition.line,
                resolved.target,
                definition,
                resolved.module,
                self.resolver,
                self.hierarchy,
                owner,
            )
            self._set_deprecation(symbol, definition, resolved.module, "", shim_message)
            symbol.params = self._usable_defaults(symbol.params, definition, resolved.module)
            symbol.via_getattr_shim = shim
            self._add(symbol)
        else:
            self._add(
                Symbol(
                    path,
                    "attribute",
                    resolved.module.file,
                    definition.line,
                    resolved.target,
                    deprecated=shim_message
                    or self._made_deprecation(resolved.module, definition, directly=True)
                    or (definition.decorated_message if isinstance(definition, RawAttribute) else None),
                    via_getattr_shim=shim,
                    annotation=definition.annotation,
                    held=definition.held if isinstance(definition, RawAttribute) else None,
                    returns=definition.new_type if isinstance(definition, RawAttribute) else None,
                    dynamic=isinstance(definition, RawAttribute)
                    and (definition.from_call or self._unfollowed_reference(definition, resolved.module)),
                    alternatives=definition.alternatives if isinstance(definition, RawAttribute) else (),
                    expires_in=applied_expiry(definition, resolved.module, self.resolver, self.hierarchy)
                    if isinstance(definition, RawAttribute) and definition.made_applied
                    else None,
                    # a module global a factory makes to refuse calls (kornia 0.9's `to_jax =
                    # _removed_entry_point(__name__, "to_jax")`) is a stand-in as a class attribute so made is
                    refuses_calls=isinstance(definition, RawAttribute)
                    and self._made_refusing(resolved.module, definition),
                )
            )

    def _unfollowed_reference(self, attribute: RawAttribute, module: RawModule) -> bool:
        """A module global naming an attribute of something the reader cannot find (pint 0.20's `Quantity =
        UnitRegistry.Quantity`, a class `__init_subclass__` builds and sets on each registry class): an object whose
        attributes are unknown, as after a call, so what it lacks of the class the name gave before is no claim."""
        ref = attribute.value_ref
        return ref is not None and "." in ref and self.resolver.resolve_dotted(module.module, ref) is None

    def _outside(self, definition: RawCallable | RawClass | RawAttribute, module: RawModule) -> Resolved | None:
        """What a module global that only names something of another distribution is (pydantic 2's `AnyUrl = Url`,
        from pydantic_core): an alias of that object, whose members are resolved (or left unknown) there."""
        if not isinstance(definition, RawAttribute) or not definition.value_ref:
            return None
        target = self.resolver.resolve_dotted(module.module, definition.value_ref)
        return target if target is not None and target.external else None

    def _add_names(self, raw: RawModule, prefix: str) -> None:
        """Every public name the module binds or exports, under `prefix` (its own path, or the public name a
        package gives a private module)."""
        exported = set(raw.all_names or ())
        for name, bindings in raw.bindings.items():
            if name == "*":
                continue
            if not self._is_public_binding(raw, name, bindings, exported):
                self._note_hidden_alias(raw, prefix, name, bindings[-1])
                continue
            resolved = self.resolver.lookup(raw.module, name)
            if resolved is not None:
                self.add_name(f"{prefix}.{name}", resolved, raw, raw.name_deprecations.get(name))
                if name in raw.comment_deprecated:
                    self._commented(f"{prefix}.{name}", raw.comment_deprecated[name])
        starred, guessed = self._star_names(raw)
        for name in (exported | starred) - raw.bindings.keys() - raw.shims.keys():
            if raw.all_names is not None and name not in exported:
                continue
            resolved = self.resolver.lookup(raw.module, name)
            if resolved is not None:
                self.add_name(f"{prefix}.{name}", resolved, raw)
                self.star_imported.setdefault(prefix, []).append(name)
                if name in guessed and name not in exported:
                    self.star_guessed.setdefault(prefix, []).append(name)

    def _note_hidden_alias(self, raw: RawModule, prefix: str, name: str, last: Binding) -> None:
        """See `Surface.hidden_aliases`: a package's `from .x import name` that its `__all__` leaves out."""
        if not (raw.is_package and raw.all_names is not None and isinstance(last, RawImport) and last.attr):
            return
        if _is_private(name) or name in raw.deleted:
            return
        resolved = self.resolver.lookup(raw.module, name)
        if resolved is not None and not resolved.external and not resolved.is_module:
            self.hidden_aliases[f"{prefix}.{name}"] = resolved.target

    def _add_private_module_alias(self, path: str, module: str) -> None:
        """A private module a package names publicly (captum 0.5's `from captum.attr._utils import visualization`,
        listed in `__all__`): users reach its names through that name (`visualization.VisualizationDataRecord`)."""
        raw = self.modules.get(module)
        if raw is None or raw.status is not ModuleStatus.OK or _module_is_public(module) or path in self._aliased:
            return
        if self._expanding:  # one level: a private module naming others (or itself) must not expand without end
            return
        self._aliased.add(path)
        self._expanding = True
        try:
            self._add_names(raw, path)
        finally:
            self._expanding = False

    def add_module(self, raw: RawModule) -> None:
        """Record a public module and every public name it binds, serves or exports."""
        warned = self._deprecation(raw.warns, None, None, raw)
        deprecated = warned or raw.doc_deprecated
        refused = self._module_getattr_refused(raw) if raw.dynamic else ()
        self._add(
            Symbol(
                raw.module,
                "module",
                raw.file,
                1,
                raw.module,
                deprecated=deprecated,
                deprecated_doc=warned is None and raw.doc_deprecated is not None,
                deprecated_logged=warned is not None and self._logged(raw.warns),
                dynamic=raw.dynamic,
                bound_patterns=raw.run_time_patterns,
                star_unread=self._star_unread(raw),
                getattr_refused=refused,
                getattr_deprecated=self._catch_all_deprecation(raw) if raw.dynamic else "",
                getattr_served=self._module_getattr_served(raw) if raw.dynamic else None,
                test_code=is_test_module(raw, self.modules) or raw.example_script,
            )
        )
        self._add_names(raw, raw.module)
        for name, shim in [*raw.shims.items(), *self._table_shims(raw)]:
            if name in raw.bindings:
                continue
            if shim.target is None and shim.warn is None and f"{raw.module}.{name}" in self.modules:
                continue  # its own submodule, imported on demand (panel 1.x's `chat.langchain`): the module's symbol
            message = self._shim_deprecation(shim)
            target = self.resolver.import_target(shim.target) if shim.target is not None else None
            if target is not None and shim.target is not None and shim.target.module == raw.module:
                target = target if target.definition is not None else None  # a global of its own, if it is one
            resolved = target or Resolved(f"{raw.module}.{name}", RawAttribute(name, shim.line), raw, shim.line)
            path = f"{raw.module}.{name}"
            self.add_name(path, resolved, raw, message, shim=True)
            if path in self.symbols:  # located at the `__getattr__` branch that keeps the name alive
                self.symbols[path] = replace(self.symbols[path], file=raw.file, line=shim.line)
        self._add_prefixed_shims(raw)

    def _table_shims(self, raw: RawModule) -> list[tuple[str, RawShim]]:
        """The names the module's `__getattr__` serves from a collection of another module of the release (see
        `shim.foreign_tables`): a tuple, list or set literal of strings only, never grown, whose every item is
        answered; served from the module the branch hands them back from, when it is one of the release's."""
        found: list[tuple[str, RawShim]] = []
        for table in raw.shim_tables:
            listed = self.resolver.resolve_dotted(raw.module, table.table)
            held = listed.definition if listed is not None else None
            if not (isinstance(held, RawAttribute) and held.strings_only and held.keys):
                continue
            source = self.resolver.resolve_dotted(raw.module, table.source) if table.source else None
            home = source.target if source is not None and source.is_module else None
            for name in held.keys:
                if name.isidentifier() and name not in raw.shims:
                    warn = named_warning(table.warns, table.param, name, raw.module)
                    target = RawImport(name, table.line, home, name) if home is not None else None
                    found.append((name, RawShim(name, table.line, warn, target)))
        return found

    def _add_prefixed_shims(self, raw: RawModule) -> None:
        """The bare names of the module's prefixed globals, which its `__getattr__` serves with a deprecation
        (prettytable 3.12 moved `ALL`, `FRAME`, `MARKDOWN`... to `_DEPRECATED_ALL`..., answered by
        `_warn_deprecation(name, module_globals=globals())`, which warns): deprecated names, no longer plain ones."""
        found = self._prefixed_server(raw)
        if found is None:
            return
        (prefix, param, _), server = found
        # a message built from the name asked for is the served name's, not the helper's own deprecation
        warns = [warn for warn in server.warns if self.is_deprecation(replace(warn, parametric=False))]
        if not warns:
            return
        for held in [name for name in raw.bindings if name.startswith(prefix) and len(name) > len(prefix)]:
            name = held[len(prefix) :]
            if name in raw.bindings or name in raw.shims or _is_private(name):
                continue
            line = getattr(raw.bindings[held][-1], "line", 1)
            resolved = Resolved(f"{raw.module}.{name}", RawAttribute(name, line), raw, line)
            message = filled_name_message(warns[0].message, param, name) or "deprecated"
            self.add_name(f"{raw.module}.{name}", resolved, raw, message, shim=True)

    def _prefixed_server(self, raw: RawModule) -> tuple[tuple[str, str, str], RawCallable] | None:
        """((prefix, name parameter, table), the def looking names up) for a module whose `__getattr__` looks the
        name up under a prefix in `globals()`, itself or through the helper it hands both to (see
        `CallableFacts.serves_prefixed`, `getattr_helper`); None otherwise."""
        getattr_ = next((b for b in reversed(raw.bindings.get("__getattr__", ())) if isinstance(b, RawCallable)), None)
        if getattr_ is None:
            return None
        own = getattr_.facts.serves_prefixed
        if own is not None:
            return (own, getattr_) if own[2] == "globals()" and own[1] == getattr_.params[0].name else None
        via = getattr_.facts.getattr_helper
        helper = self.resolver.resolve_dotted(raw.module, via[0]) if via is not None else None
        if via is None or helper is None or not isinstance(helper.definition, RawCallable):
            return None
        served = helper.definition.facts.serves_prefixed
        slots = [p.name for p in helper.definition.params]
        named = {
            slots[int(k)] if k.isdigit() and int(k) < len(slots) else k: role
            for k, role in ((via[1], "name"), (via[2], "table"))
        }
        if served is None or named.get(served[1]) != "name" or named.get(served[2]) != "table":
            return None
        return served, helper.definition

    def _shim_deprecation(self, shim: RawShim, depth: int = 3) -> str | None:
        """The deprecation a module `__getattr__` announces for a name: its own warning, or that of the `__getattr__`
        its import leads to (pytest 7's `pytest.Instance` imports `_pytest.python.Instance`, which warns)."""
        if shim.warn is not None and self.is_deprecation(shim.warn):
            return shim.warn.message or "deprecated"
        target = shim.target
        if target is None or target.attr is None or depth <= 1:
            return None
        source = self.modules.get(target.module)
        if source is None or target.attr in source.bindings or target.attr not in source.shims:
            return None  # a name the module binds is no shim's: it warns only if its own definition does
        return self._shim_deprecation(source.shims[target.attr], depth - 1)

    def _star_names(self, raw: RawModule) -> tuple[set[str], set[str]]:
        """Public names `from .x import *` brings into the module: x's `__all__` (a deliberate export list); without
        one, what x itself exposes publicly, and only into a package — into a plain module a star import is an
        implementation detail, as its named imports are (flask-cors 3's `decorator.py` star-importing `core`).
        A module star-imported into a package passes on its own star imports (`chained`); each module is read once.
        Second, those of them only a module writing an `__all__` no reader computes passed on (schematics 2.0's
        `__all__ = module_exports(__name__)`): the star import may not bring them (see `Surface.star_guessed`)."""
        names: set[str] = set()
        guessed: set[str] = set()
        seen = {raw.module}
        pending = [(raw, False, False)]
        while pending:
            current, chained, guessing = pending.pop()
            for star in current.bindings.get("*", ()):
                source = self.modules.get(star.module) if isinstance(star, RawImport) else None
                if source is None or source.module in seen:
                    continue
                seen.add(source.module)
                if source.all_names is not None:
                    (guessed if guessing else names).update(source.all_names)
                elif current.is_package or chained:
                    unread = guessing or source.all_written
                    (guessed if unread else names).update(
                        name
                        for name, bindings in source.bindings.items()
                        if name != "*" and self._is_public_binding(source, name, bindings, set(), starred=True)
                    )
                    pending.append((source, True, unread))
        return names | guessed, guessed - names

    def _star_unread(self, raw: RawModule) -> tuple[str, ...]:
        """See `Symbol.star_unread`."""
        found: set[str] = set()
        seen = {raw.module}
        pending = [raw]
        while pending:
            current = pending.pop()
            for star in current.bindings.get("*", ()):
                if not isinstance(star, RawImport) or star.module in seen:
                    continue
                seen.add(star.module)
                source = self.modules.get(star.module)
                if source is None:
                    found.add(star.module)  # compiled, or another distribution's: no reader sees what it brings
                elif source.dynamic or source.run_time_patterns or source.status is not ModuleStatus.OK:
                    found.add(star.module)  # it may bring names bound at run time
                else:
                    pending.append(source)
        return tuple(sorted(found))

    def _incidental_attribute(self, raw: RawModule, attribute: RawAttribute) -> bool:
        """A Python-version flag (`PY2 = sys.version_info[0] == 2`) or only another name for a standard-library
        object (`text_type = str`, blinker 1.7's `cast = t.cast`), or in a plain module for another distribution's
        (flask-wtf 1.0's `recaptcha/widgets.py` `JSONEncoder = json.JSONEncoder`, or one an import helper's call
        returns: `_imported_by_call`): as incidental as importing it. So is a type variable (click 8.1's
        `F = t.TypeVar("F", ...)`): it spells annotations, nobody imports it. So is a module's logger (pymilvus 2.6's
        `logger = logging.getLogger(__name__)`): `logging.getLogger` hands the same object to anyone asking its name."""
        if attribute.version_flag or _VERSION_FLAG.match(attribute.name) or attribute.name in _PY2_SHIMS:
            return True
        if attribute.instance_of is not None and attribute.instance_of.rsplit(".", 1)[-1] in _TYPE_VARIABLES:
            return True
        if attribute.instance_of is not None and self._logger_call(raw, attribute.instance_of):
            return True
        if _type_of_text(attribute):
            return True
        imported = _imported_by_call(attribute)
        if imported is not None and imported.split(".")[0] not in self.resolver.modules:
            return is_stdlib_module(imported) or not raw.is_package
        if not attribute.value_ref:
            return False
        resolved = self.resolver.resolve_dotted(raw.module, attribute.value_ref)
        if resolved is None:  # a bare name the module never binds: a builtin, of Python 3 (`str`) or 2 (`unicode`)
            return "." not in attribute.value_ref
        if isinstance(resolved.definition, RawAttribute) and _type_of_text(resolved.definition):
            return True  # gpiozero 1.6's `nstr = str` beside the module's `str = type('')`
        return resolved.external and (is_stdlib(resolved.target) or not raw.is_package)

    def _logger_call(self, raw: RawModule, called: str) -> bool:
        """The call is the standard library's `logging.getLogger`, however imported."""
        resolved = self.resolver.resolve_dotted(raw.module, called)
        return resolved is not None and resolved.external and resolved.target == "logging.getLogger"

    def _stands_in(self, raw: RawModule, bindings: list[Binding]) -> bool:
        """One arm of an undecided `if` takes the name from another distribution, the other binds an empty class in
        its place (sktime 1.1's `if _check_soft_dependencies("torch"): from torch.utils.data import Dataset` / `else:
        class Dataset: "Dummy class"`, or `NNModule = nn.Module` so): the dependency's object, imported as
        incidentally as without the stand-in that keeps the module importable when the dependency is missing."""
        elsewhere = False
        for binding in bindings:
            if isinstance(binding, RawClass) and not binding.bases and not binding.members:
                continue
            if isinstance(binding, RawAttribute) and binding.placeholder:
                continue
            if not self._from_elsewhere(raw, binding):
                return False
            elsewhere = True
        return elsewhere

    def _from_elsewhere(self, raw: RawModule, binding: Binding) -> bool:
        """The binding imports another distribution's object, by statement, call or plain reference."""
        if isinstance(binding, RawImport):
            return not binding.explicit and binding.module.split(".")[0] not in self.resolver.modules
        if not isinstance(binding, RawAttribute):
            return False
        imported = _imported_by_call(binding)
        if imported is not None:
            return imported.split(".")[0] not in self.resolver.modules
        if not binding.value_ref:
            return False
        resolved = self.resolver.resolve_dotted(raw.module, binding.value_ref)
        return resolved is not None and resolved.external

    def _imports_a_flag(self, binding: RawImport) -> bool:
        """An import of a Python-version flag of the distribution's own (SQLAlchemy 2.0's `util/__init__.py`: `from
        .compat import py38 as py38`): plumbing where it is defined (see `_incidental_attribute`), so wherever it is
        imported, even re-exported explicitly, as IPython's `utils.py3compat` flags are: one policy for every flag."""
        if binding.attr is None or binding.module not in self.resolver.modules:
            return False
        definition = self.resolver.import_target(binding).definition
        return isinstance(definition, RawAttribute) and (
            definition.version_flag or _VERSION_FLAG.match(definition.name) is not None
        )

    def _stdlib_object(self, binding: RawImport) -> bool:
        """An import of the distribution's own module that leads to a standard-library object."""
        if binding.attr is None or binding.module not in self.resolver.modules:
            return False
        resolved = self.resolver.import_target(binding)
        return resolved.external and is_stdlib(resolved.target)

    def _is_public_binding(
        self, raw: RawModule, name: str, bindings: list[Binding], exported: set[str], *, starred: bool = False
    ) -> bool:
        """Whether the name is part of the module's public surface; `starred`: the module is star-imported into a
        package, which so re-exports what it imports by name from its own distribution (osmnx 1.9's `_api.py`, a
        list of `from .utils_graph import get_digraph` that `osmnx/__init__.py` star-imports)."""
        if name in raw.deleted or name in raw.py2_shims or raw.replaced and not is_module_metadata(name):
            return False
        if name in exported:
            return True
        if name in _CREDITS and "." in raw.module:
            return False  # sktime's `__author__ = ["benHeid"]` atop each of its modules: a file's credits, not API
        # a value, not a def: pydantic 1.9's `def __dataclass_transform__` is a type checkers' hook, no metadata
        if is_module_metadata(name) and not isinstance(bindings[-1], (RawCallable, RawClass)):
            # a plain module importing its package's `__version__` only uses it
            return raw.is_package or not isinstance(bindings[-1], RawImport)
        if _is_private(name):
            return False
        one_arm = name in raw.one_arm and len(bindings) == 1 and not isinstance(bindings[0], RawImport)
        if one_arm and raw.all_names is not None:
            return False  # left out of `__all__`, defined only where an undecided test holds: a helper of that arm
        if name in raw.alternatives and not raw.is_package and self._stands_in(raw, bindings):
            return False
        # `except ImportError: CERT_REQUIRED = None` beside `from ssl import CERT_REQUIRED`: the import is what binds
        last = next(
            (b for b in reversed(bindings) if not (isinstance(b, RawAttribute) and b.placeholder)), bindings[-1]
        )
        if name in raw.lazy_imports:  # `tomli = None` filled by `global tomli; import tomli`: an import, incidental
            return False
        if not isinstance(last, RawImport):
            return not (isinstance(last, RawAttribute) and self._incidental_attribute(raw, last))
        if name[:2].lower() == "py" and self._imports_a_flag(last):
            return False
        if any(isinstance(b, RawImport) and b.explicit for b in bindings):
            return True
        if last.module == "__future__" or name in raw.used_imports or is_stdlib_module(last.module):
            return False  # used by the module itself, or a standard-library name imported incidentally
        if self._stdlib_object(last):
            return False  # the same, through a module of the distribution (inflect 7.5's `from .compat.py38 import
            # Annotated`, `typing`'s or `typing_extensions`' depending on the Python)
        # A package's __init__ re-exports what it imports by name (`from .x import y`, `from markupsafe import escape`)
        # unless an __all__ says otherwise or it uses the name itself; so does any module an import its unused-import
        # warning is silenced for (see `RawImport.kept`); plain `import x` and the other imports of other modules are
        # implementation details.
        own = starred and last.module.partition(".")[0] == raw.module.partition(".")[0] and self._kept_where_made(last)
        return (raw.is_package or last.kept or own) and raw.all_names is None and last.attr is not None

    def _kept_where_made(self, binding: RawImport) -> bool:
        """Whether what an import of the distribution binds is no incidental attribute where it is defined
        (confuse 1.7's `from .util import BASESTRING`, `str` on Python 3, star-imported: plumbing there, here too)."""
        target = self.resolver.import_target(binding)
        definition = target.definition
        return not (
            isinstance(definition, RawAttribute)
            and target.module is not None
            and self._incidental_attribute(target.module, definition)
        )


_REBOUND = frozenset({"method", "property"})
"""What a class's member read on the class (`Base.close`) is to another class body: the same function or property
(a classmethod read so is bound to the class it was read on, a staticmethod becomes a plain function)."""


def _binds_as_method(params: tuple[Param, ...]) -> bool:
    """A function's parameters take the instance first when a class binds it, and hold no `*args`/`**kwargs`."""
    return (
        bool(params)
        and params[0].kind in POSITIONAL_KINDS
        and all(param.kind not in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD) for param in params)
    )


def _names_params(params: tuple[Param, ...]) -> bool:
    """A constructor taking parameters by name, not only handing `*args, **kwargs` on."""
    return any(param.kind not in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD) for param in params)


def _takes_nothing(base: str) -> bool:
    """`object`, or a standard-library class that defines neither `__init__` nor `__new__` (`abc.ABC`,
    `typing.Generic`): a class whose only outside ancestors are such takes `object()`'s arguments, none (tomlkit
    0.8's `Key(abc.ABC)` lost 0.7's `Key(k, t=None, ...)` constructor)."""
    return base == "object" or (stdlib_defines(base, "__init__") is False and stdlib_defines(base, "__new__") is False)


def _runtime_protocol(cls: RawClass) -> bool:
    """`@runtime_checkable class P(Protocol)` (discord.py 2.0's `discord.abc.User`)."""
    return any(name.rsplit(".", 1)[-1] == "runtime_checkable" for name in cls.decorators) and any(
        base.rsplit(".", 1)[-1] == "Protocol" for base in cls.bases
    )


def _getattr_items(members: dict[str, Any]) -> bool:
    """The class's `__getattr__` (own or inherited) only returns items of the instance (see `Symbol.getattr_items`)."""
    found = members.get("__getattr__")
    return found is not None and isinstance(found[0], RawCallable) and found[0].facts.getattr_items


def _private_hooks_called_through(symbols: Iterable[Symbol], modules: Iterable[RawModule]) -> set[str]:
    """Private methods some module calls on another object than `self` (`RawModule.called_through`): still called,
    when one class alone defines the name (markdown2 2.5's extras call `self.md._uniform_indent(...)`, `Markdown`'s;
    tortoise 1.0's `cls.apps._init_relations()` is `Apps`' own, not `Tortoise._init_relations`)."""
    owners: dict[str, set[str]] = {}
    for symbol in symbols:
        if symbol.kind == "method" and symbol.signature_unknown == PRIVATE_API:
            owner, _, name = symbol.target.rpartition(".")
            owners.setdefault(name, set()).add(owner)
    through = set().union(*(raw.called_through for raw in modules))
    return {name for name, defined in owners.items() if len(defined) == 1 and name in through}


def _settings_needs(raws: list[RawModule]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`settings_required` and `settings_defaulted` of a release's code (tests left out: a test's read or
    assignment sets up no project). A setting some use reads from a `settings` object not Django's is neither, nor is
    one a module defaults any way (`RawModule.settings_defaulted`)."""
    own = [raw for raw in raws if not _is_test_module(raw.module)]
    required: set[str] = set().union(*(raw.settings_required for raw in own))
    defaulted: set[str] = set().union(*(raw.settings_defaulted for raw in own))
    unknown: set[str] = set().union(*(raw.settings_unknown for raw in own))
    return tuple(sorted(required - defaulted - unknown)), tuple(sorted(defaulted - required - unknown))


def _user_attributes(raws: list[RawModule]) -> dict[str, tuple[str, int]]:
    """`Surface.user_attributes`: names the release's code (tests left out) reads only from parameters, none of its
    modules (tests included: they read the release's objects) reading them otherwise."""
    vetoed: set[str] = set().union(*(raw.user_vetoed for raw in raws))
    found: dict[str, tuple[str, int]] = {}
    for raw in sorted(raws, key=lambda raw: raw.module):
        if not _is_test_module(raw.module):
            for name, line in raw.user_reads.items():
                if name not in vetoed:
                    found.setdefault(name, (raw.file, line))
    return dict(sorted(found.items()))


def _is_data(module: str, data_folders: Iterable[str]) -> bool:
    """The module lies in a folder of package data (see `add_namespace_packages`)."""
    return any(module == folder or module.startswith(folder + ".") for folder in data_folders)


@collector_paused
def _deprecated_keys(
    raws: list[RawModule], builder: SurfaceBuilder, read_through: set[str]
) -> dict[str, tuple[str, int, str]]:
    """Config keys some module reads only under a deprecation warning and none reads without one (through a
    constant included)."""
    unwarned = set(read_through).union(*(raw.config_unwarned for raw in raws))
    found: dict[str, tuple[str, int, str]] = {}
    for raw in sorted(raws, key=lambda r: r.module):
        for key, (warn, line) in raw.config_warned.items():
            if key in unwarned or not builder.is_deprecation(warn):
                unwarned.add(key)  # a warning of another kind: read all the same
                found.pop(key, None)
            elif key not in unwarned:
                found.setdefault(key, (raw.file, line, warn.message or "deprecated"))
    return dict(sorted(found.items()))


def _env_through_helpers(raw: RawModule, resolver: Resolver) -> Iterator[tuple[str, int]]:
    """(variable or shape, line) the module reads by handing the environment to a function of the distribution
    that looks keys up in it (see `envhanded`)."""
    for handoff in raw.env_handoffs:
        found = resolver.resolve_dotted(raw.module, handoff.callee)
        helper = found.definition if found is not None else None
        if isinstance(helper, RawCallable) and helper.kind == "function" and helper.facts.keyed_reads:
            positional = [p.name for p in helper.params if p.kind in POSITIONAL_KINDS]
            for name in handed_names(handoff, positional, helper.facts.keyed_reads):
                yield name, handoff.line


def _env_through_constants(raw: RawModule, resolver: Resolver) -> Iterator[tuple[str, int]]:
    """(variable, line) the module reads keyed by a constant another module binds once to a string (fonttools 4.32's
    `otlLib.builder` reads `os.environ.get(GPOS_COMPACT_MODE_ENV_KEY, ...)`, imported from `otlLib.optimize.gpos`,
    which binds it to "FONTTOOLS_GPOS_COMPACT_MODE"); `*` (any variable) when the name leads to no such constant of
    the distribution."""
    for dotted, line in raw.env_through:
        yield _constant_text(resolver.resolve_dotted(raw.module, dotted)) or "*", line


def _constant_text(found: Resolved | None) -> str | None:
    """The string a name leads to when it is a constant its module binds once to one (`envvars.text_constants`)."""
    if found is None or found.module is None or not isinstance(found.definition, RawAttribute):
        return None
    owner, _, name = found.target.rpartition(".")
    return found.module.text_constants.get(name) if owner == found.module.module else None


def _with_decorated_exports(modules: dict[str, RawModule]) -> dict[str, RawModule]:
    """Each module given names at run time by a helper of the distribution (see `allexporters`): the keys a setter
    binds there, as globals made by a call; and in its `__all__`, those the setter lists and the functions a
    decorator growing it decorates bare (timm 0.9's `beit.py` lists `__all__ = ['Beit']` and each `@register_model`
    def joins it, so `timm.models` still star-imports `beitv2_large_patch16_224`); a module writing no `__all__`
    gets one from the first such def, and a star import then no longer brings its helpers (timm's
    `register_model` sets `mod.__all__ = [name]` when there is none). Copies: the modules read are shared (see
    `ModuleCache`)."""
    exporters = {f"{raw.module}.{name}" for raw in modules.values() for name in raw.all_exporters}
    creators = {f"{raw.module}.{name}" for raw in modules.values() for name in raw.all_creators}
    setters = {f"{raw.module}.{name}": rest for raw in modules.values() for name, *rest in raw.module_setters}
    replacers = {
        f"{raw.module}.{name}": (at, param) for raw in modules.values() for name, at, param in raw.module_replacers
    }
    tabled = {f"{raw.module}.{name}": rest for raw in modules.values() for name, *rest in raw.table_replacers}
    if not exporters and not setters and not replacers and not tabled:
        return modules
    resolver = Resolver(modules)
    grown = dict(modules)
    for raw in modules.values():
        bound = _bound_by_setters(raw, setters, resolver) | _served_by_replacers(raw, replacers, resolver)
        served = _served_by_tables(raw, tabled, resolver)
        listed: list[str] = []
        if bound or served:
            bindings = dict(raw.bindings)
            for name, (line, _) in bound.items():
                bindings.setdefault(name, [RawAttribute(name, line, from_call=True)])
            for name, binding in served.items():
                bindings.setdefault(name, [binding])
            listed = [name for name, (_, listed) in bound.items() if listed]
            all_names = (*raw.all_names, *listed) if raw.all_names is not None else None
            raw = grown[raw.module] = replace(raw, bindings=bindings, all_names=all_names)
        if raw.all_names is None and raw.all_written:
            continue
        written = raw.all_names or ()
        added = [
            name
            for name, bindings in raw.bindings.items()
            if name not in written
            and _exported_by(bindings[-1], raw, exporters if raw.all_names is not None else creators, resolver)
        ]
        if added and raw.all_names is None:
            added.extend(name for name in listed if name not in added)  # a setter grows the `__all__` made first
        if added:
            grown[raw.module] = replace(raw, all_names=(*written, *added))
    return grown


def _own_imports(raw: RawModule, modules: dict[str, RawModule], builder: SurfaceBuilder) -> dict[str, str]:
    """`extras.own_imports` but for what is plumbing where it is defined (mne 1.5's `source_space.py` imported
    `logger`, `logging.getLogger("mne")` in `mne.utils`): what a module so imports is no name it offers."""
    found = own_imports(raw, modules)
    return {
        name: path
        for name, path in found.items()
        if not isinstance(last := raw.bindings[name][-1], RawImport) or builder._kept_where_made(last)
    }


def _bound_by_setters(raw: RawModule, setters: dict[str, list[Any]], resolver: Resolver) -> dict[str, tuple[int, bool]]:
    """name -> (line, added to `__all__` too) for each key of a dict literal the module hands, with its own
    `__name__`, to a helper binding the keys there (timm 0.9's `register_model_deprecations(__name__, {...})` binds
    each deprecated model name to a shim that warns)."""
    bound: dict[str, tuple[int, bool]] = {}
    for func, named, mapping, keys, line in raw.setter_calls:
        called = resolver.resolve_dotted(raw.module, func)
        setter = setters.get(called.target) if called is not None else None
        if setter is not None and setter[0] == named and setter[1] == mapping:
            bound.update((key, (line, setter[2])) for key in keys if key.isidentifier())
    return bound


def _served_by_replacers(
    raw: RawModule, replacers: dict[str, tuple[int, str]], resolver: Resolver
) -> dict[str, tuple[int, bool]]:
    """name -> (line, False) for each keyword the module hands, with its own `__name__`, to a helper putting in its
    place an object serving each keyword's name (humanfriendly 8's `define_aliases(module_name=__name__,
    compact="humanfriendly.text.compact")`: `humanfriendly.compact` is still there)."""
    served: dict[str, tuple[int, bool]] = {}
    for func, position, keyword, names, line in raw.replacer_calls:
        called = resolver.resolve_dotted(raw.module, func)
        replacer = replacers.get(called.target) if called is not None else None
        if replacer is not None and (position == replacer[0] or keyword == replacer[1]):
            served.update((name, (line, False)) for name in names if name.isidentifier())
    return served


def _served_by_tables(raw: RawModule, tabled: dict[str, list[Any]], resolver: Resolver) -> dict[str, Binding]:
    """name -> binding for each key of a table the module hands a helper putting in the module's place an object
    made with it (pinecone 7's `_setup_lazy_imports(_LAZY_IMPORTS)`, whose `sys.modules["pinecone"] = proxy` serves
    `pinecone.Config` from `("pinecone.config", "Config")`): an import of what the entry names, else a value a call
    made. The helper must replace this very module: by spelling its name, or by the parameter handed `__name__`."""
    served: dict[str, Binding] = {}
    for func, position, entries, named, line in raw.table_calls:
        called = resolver.resolve_dotted(raw.module, func)
        replacer = tabled.get(called.target) if called is not None else None
        if replacer is None or replacer[0] != position:
            continue
        if replacer[1] != raw.module and (replacer[2] < 0 or replacer[2] != named):
            continue
        for name, module, attr in entries:
            if name.isidentifier():
                served[name] = (
                    RawImport(name, line, module, attr) if module else RawAttribute(name, line, from_call=True)
                )
    return served


def _exported_by(binding: Binding, raw: RawModule, exporters: set[str], resolver: Resolver) -> bool:
    """A function one of whose bare decorators (not a call's result) is one of the `exporters`."""
    if not isinstance(binding, RawCallable):
        return False
    for decorator, called in zip(binding.decorators, binding.decorators_called, strict=False):
        found = None if called else resolver.resolve_dotted(raw.module, decorator)
        if found is not None and found.target in exporters:
            return True
    return False


def _settings_deprecated(symbols: dict[str, Symbol], raws: Iterable[RawModule]) -> dict[str, tuple[str, int, str]]:
    """`Class.attribute` -> (file, line, message) for each class setting a public class warns is deprecated: a class
    attribute (dataclass-wizard's `BaseJSONWizardMeta.debug_enabled`, read by its `bind_to`) of the reading class or
    the first of its MRO holding it. An attribute set on `self` only is the constructor's business, no setting."""
    found: dict[str, tuple[str, int, str]] = {}
    for raw in raws:
        for name, attribute, line, message in raw.setting_warns:
            reader = symbols.get(f"{raw.module}.{name}")
            if reader is None or reader.kind != "class":
                continue
            held = (symbols.get(f"{owner}.{attribute}") for owner in [reader.path, *reader.mro])
            setting = next((symbol for symbol in held if symbol is not None), None)
            if setting is not None and setting.kind == "attribute" and not setting.instance:
                found.setdefault(setting.path, (raw.file, line, message))
    return dict(sorted(found.items()))


def _imports_lacking(raw: RawModule, modules: Mapping[str, RawModule]) -> bool:
    """A relative import at its top level (see `RawModule.sibling_imports`) names what the release's module it reads
    from does not bind, nor has as a submodule, where nothing can bind it at run time (no star import, no
    `__getattr__`, no name written through `globals()`, `setattr` or `sys.modules`): ImportError ends every import of
    it (requests-toolbelt 1.0's wheel still ships 0.10's `adapters/appengine.py`, whose `from .._compat import
    gaecontrib` 1.0's `_compat` no longer binds). Only a file nothing of the release imports, no package holding
    other modules: a release whose own imports of a module failed would fail itself, so there the name is bound in a
    way no reader sees (bs4 4.12's `builder` copies `HTMLParserTreeBuilder` in by `setattr(sys.modules[__name__],
    name, obj)` from a loop over another module's `__all__`)."""
    for target, name, _ in raw.sibling_imports:
        held = modules.get(target)
        if held is None or held.status is not ModuleStatus.OK or held.is_package or f"{target}.{name}" in modules:
            continue  # a package may hold submodules no reader sees (pillow 9's compiled `PIL._imagingmath`)
        if not (name in held.bindings or _binds_unseen(held) or _set_from_outside(name, modules)):
            return not _imported_in_release(raw.module, modules)
    return False


def _imported_in_release(module: str, modules: Mapping[str, RawModule]) -> bool:
    """Another module of the release imports `module`, or `module` is a package holding other modules (importing
    any of them imports it)."""
    prefix = f"{module}."
    for other in modules.values():
        if other.module.startswith(prefix):
            return True
        if other.module == module:
            continue
        if any(f"{target}.{name}" == module or target == module for target, name, _ in other.sibling_imports):
            return True
        for bound in other.bindings.values():
            if any(
                isinstance(b, RawImport) and (b.module == module or f"{b.module}.{b.attr}" == module) for b in bound
            ):
                return True
    return False


def _binds_unseen(raw: RawModule) -> bool:
    """The module may hold names no statement of it binds where a reader sees them."""
    return bool(
        raw.dynamic
        or raw.sets_own_names
        or raw.replaced
        or raw.run_time_patterns
        or raw.module_aliases
        or raw.lazy_imports
        or raw.bound_on_import
        or "*" in raw.bindings
        or "__getattr__" in raw.bindings
    )


def _set_from_outside(name: str, modules: Mapping[str, RawModule]) -> bool:
    """Some module of the release sets an attribute so named on an object (`mod.name = ...`, `setattr(mod, "name",
    ...)`) or sets names it does not spell: it may be the module read from."""
    return any(
        raw.unspelled_setattrs or any(attr == name for _, attr in raw.class_setattrs) for raw in modules.values()
    )


def build_surface(package: str, version: str, raws: list[RawModule], entry_points: Iterable[str] = ()) -> Surface:
    """The public surface of a release from its read modules (and the modules its entry points name)."""
    modules = _with_decorated_exports({raw.module: raw for raw in raws})
    data_folders = add_namespace_packages(modules, entry_points)
    builder = SurfaceBuilder(modules, through=frozenset().union(*(raw.called_through for raw in raws)))
    env_vars: dict[str, tuple[str, int]] = {}
    env_prefixes: dict[str, tuple[str, int]] = {}
    env_shapes: set[str] = set()
    env_set: set[str] = set()
    spelled: set[str] = set()
    config_keys: dict[str, tuple[str, int]] = {}
    cli_options: dict[str, tuple[str, int]] = {}
    cli_defaults: dict[str, tuple[str, int, str]] = {}
    cli_undecided: set[str] = set()
    cli_spelled: set[str] = set()
    for raw in sorted(modules.values(), key=lambda r: (r.module.count("."), r.module)):
        if _is_data(raw.module, data_folders):
            continue  # package data: never imported, read by no one at run time
        cli_spelled.update(raw.cli_spelled)
        if raw.cli_options and not raw.example_script and not _is_test_file(raw):
            for option, line in raw.cli_options.items():
                cli_options.setdefault(option, (raw.file, line))
            _add_cli_defaults(raw, cli_defaults, cli_undecided)
        if not _is_test_file(raw):  # a test file's `CI`, `TRAVIS` are the test runner's, no setting
            for name, line in raw.env_vars.items():
                env_vars.setdefault(name, (raw.file, line))
            for prefix, line in raw.env_prefixes.items():
                env_prefixes.setdefault(prefix, (raw.file, line))
            env_shapes.update(raw.env_shapes)
            for name, line in _env_through_constants(raw, builder.resolver):
                if name == "*":
                    env_shapes.add(name)
                else:
                    env_vars.setdefault(name, (raw.file, line))
        if not _is_test_module(raw.module):  # a test setting it up for the reader is no setter of the release
            env_set.update(raw.env_set)
        for name, line in _env_through_helpers(raw, builder.resolver) if not _is_test_file(raw) else ():
            if "*" in name:
                env_shapes.add(name)
            else:
                env_vars.setdefault(name, (raw.file, line))
        if not _is_test_module(raw.module):
            spelled.update(raw.spelled_keys - raw.config_refused)  # a key listed to be refused is read no more
        for name, line in raw.config_keys.items():
            config_keys.setdefault(name, (raw.file, line))
        if raw.import_raises or _imports_lacking(raw, modules):  # importing it always raises: nothing is reached
            if _module_is_public(raw.module):
                symbol = Symbol(raw.module, "module", raw.file, 1, raw.module, refuses_calls=True)
                builder.symbols.setdefault(raw.module, symbol)
            continue
        if raw.status is ModuleStatus.OK:
            for symbol in private_symbols(raw):
                builder.add(symbol)
        if not _module_is_public(raw.module):
            continue
        if raw.status is ModuleStatus.OK:
            builder.add_module(raw)
        else:  # the module exists even though its contents are unknown
            builder.symbols.setdefault(raw.module, Symbol(raw.module, "module", raw.file, 1, raw.module))
    through, read_through = resolve_config_refs(
        (raw for raw in modules.values() if raw.config_refs and not _is_data(raw.module, data_folders)),
        builder.resolver,
    )
    for name, where in through.items():
        config_keys.setdefault(name, where)
    read = read_through.union(*(raw.config_reads for raw in modules.values()))
    config_deprecated = _deprecated_keys(
        [raw for raw in modules.values() if not _is_data(raw.module, data_folders)], builder, read_through
    )
    required_settings, defaulted_settings = _settings_needs(
        [raw for raw in modules.values() if not _is_data(raw.module, data_folders)]
    )
    options = class_options(
        (raw.file, raw.options)
        for raw in modules.values()
        if raw.options is not None and not _is_data(raw.module, data_folders)
    )
    reports = tuple(
        ModuleReport(raw.module, raw.file, raw.status, raw.reason) for raw in sorted(raws, key=lambda r: r.module)
    )
    if builder.truncated:  # module "" covers every path: the diff claims no removal from a partial surface
        reports += (ModuleReport("", ".", ModuleStatus.TOO_LARGE, f"surface cut off at {MAX_SYMBOLS} symbols"),)
    bound = {  # a shim module's `from ._impl import *` binds what `_impl` exports: `from shim import name` works
        raw.module: tuple(sorted(run_time_names(raw, modules)))
        for raw in modules.values()
        if raw.status is ModuleStatus.OK
    }
    exports = {raw.module: raw.all_names for raw in modules.values() if raw.all_names is not None}
    imported = {raw.module: names for raw in modules.values() if (names := _own_imports(raw, modules, builder))}
    reexports = {module: tuple(names) for module, names in imported.items()}
    reexport_targets = {f"{module}.{name}": path for module, names in imported.items() for name, path in names.items()}
    methods = {
        symbol.path.rsplit(".", 1)[-1]
        for symbol in builder.symbols.values()
        if symbol.kind == "method" and symbol.signature_unknown != PRIVATE_API
    }
    public_methods = frozenset(
        s.target for s in builder.symbols.values() if s.kind == "method" and s.signature_unknown != PRIVATE_API
    )
    # the release's own hooks, names its classes' `__getattr__` refuses (montydb 2.0's `NotImplementeds`, once
    # placeholder methods: its `profile.with_options(...)` still calls one), and the standard library's env readers
    refused = {name for s in builder.symbols.values() if s.kind == "class" for name in s.getattr_refused}
    wanted = methods | refused | STDLIB_ENV_READERS
    imports = _top_imports(modules)
    prefixes = tuple(set().union(*(r.dispatched for r in modules.values())))
    dispatched = {name for name in methods if name.startswith(prefixes)} if prefixes else set()
    called = tuple(
        sorted(
            wanted & set().union(dispatched, _imported(imports), *(r.called for r in modules.values()))
            | _private_hooks_called_through(builder.symbols.values(), modules.values())
        )
    )
    helpers = forward_helpers(builder.symbols.values(), builder.callable_at)
    callbacks = {s.path.rsplit(".", 1)[-1] for s in builder.symbols.values() if s.callback}
    return Surface(
        package,
        version,
        dict(sorted(builder.symbols.items())),
        dict(sorted(env_vars.items())),
        dict(sorted(env_prefixes.items())),
        tuple(
            sorted(
                frozenset().union(
                    *(raw.click_params for raw in modules.values() if not _is_data(raw.module, data_folders))
                )
            )
        ),
        reports,
        called=called,
        imported_heads=tuple(sorted({binding.module.partition(".")[0] for binding in imports})),
        bound=bound,
        hidden_aliases=dict(sorted(builder.hidden_aliases.items())),
        star_imported={module: tuple(sorted(names)) for module, names in sorted(builder.star_imported.items())},
        star_guessed={module: tuple(sorted(names)) for module, names in sorted(builder.star_guessed.items())},
        exports=exports,
        reexports=reexports,
        reexport_targets=reexport_targets,
        config_keys=dict(sorted(config_keys.items())),
        config_reads=tuple(sorted(read)),
        config_deprecated=config_deprecated,
        config_shapes=tuple(sorted(set().union(*(raw.config_shapes for raw in modules.values())))),
        settings_required=required_settings,
        settings_defaulted=defaulted_settings,
        env_shapes=tuple(sorted(env_shapes)),
        env_set=tuple(sorted(env_set)),
        registered=_registered(modules.values(), builder.resolver),
        spelled_keys=tuple(sorted(spelled)),
        cli_options=dict(sorted(cli_options.items())),
        settings_deprecated=_settings_deprecated(builder.symbols, (r for r in modules.values() if r.setting_warns)),
        cli_spelled=tuple(sorted(cli_spelled)),
        cli_defaults={option: found for option, found in sorted(cli_defaults.items()) if option not in cli_undecided},
        class_options={name: dict(sorted(read.items())) for name, read in sorted(options.options.items())},
        class_options_open=tuple(sorted(options.open)),
        option_literals=tuple(sorted(options.literals)),
        user_attributes=_user_attributes([raw for raw in modules.values() if not _is_data(raw.module, data_folders)]),
        plain_reads=tuple(sorted(set().union(*(raw.plain_reads for raw in modules.values())))),
        namespace_keys={
            f"{raw.module}.{name}": keys
            for raw in modules.values()
            for name, keys in sorted(raw.namespace_keys.items())
        },
        helpers=dict(sorted(helpers.items())),
        # a shipped test file runs under the release's own test runner, on the release's objects: no user's
        # override or callable meets its calls (tiled 0.1.0's `_tests/test_subscription.py`, `sub.start(start=0)`)
        calls=call_sites(
            (raw for raw in modules.values() if not _is_test_file(raw)), methods, callbacks, public_methods
        ),
    )


def _registered(modules: Iterable[RawModule], resolver: Resolver) -> tuple[tuple[str, str], ...]:
    """(class, base) by target for each registration a module makes (see `RawModule.registrations`)."""
    found = {
        (_target(resolver, raw.module, registered), _target(resolver, raw.module, base))
        for raw in modules
        for base, registered in raw.registrations
    }
    return tuple(sorted(found))


def _target(resolver: Resolver, module: str, name: str) -> str:
    """The dotted path of what `name`, as written in `module`, names (itself when it cannot be resolved)."""
    resolved = resolver.base_target(module, name)
    return resolved.target if resolved is not None else name


def _top_imports(modules: Mapping[str, RawModule]) -> list[RawImport]:
    """The imports the release's modules make at their top level."""
    return [
        binding
        for raw in modules.values()
        for bindings in raw.bindings.values()
        for binding in bindings
        if isinstance(binding, RawImport)
    ]


def _imported(imports: list[RawImport]) -> set[str]:
    """`IMPORTED` + each module the release's modules import at their top level (`imports`): a standard-library
    module reading an environment variable on import (`zoneinfo`, `PYTHONTZPATH`) still honours it for the release.
    And each name imported from the standard library: a reader called by its bare name (`from shutil import which`,
    jedi 0.18) is no `.which(` call the call scan sees."""
    readers = {b.attr for b in imports if b.attr in STDLIB_ENV_READERS and b.module.partition(".")[0] in _STDLIB}
    return {IMPORTED + binding.module for binding in imports} | readers


_STDLIB = sys.stdlib_module_names


def _derived_names(cls: RawClass) -> set[str]:
    """The names a class decorator computing what it sets may give the class: each public member's name less its
    first or last word (ursina 8's `@generate_properties_for_class()` makes `width` of `width_getter`), and the names
    its members' decorators spell (scikit-bio 0.7's `@register_aliases` sets the `@aliased("lca")` of a method). A
    name no member leads to stays claimed when gone (scikit-bio 0.7's `TreeNode.subtree`)."""
    found: set[str] = set()
    for name, member in cls.members.items():
        if not name.startswith("_") and "_" in name:
            found.update(part for part in (name.rpartition("_")[0], name.partition("_")[2]) if part.isidentifier())
        if isinstance(member, RawCallable):
            found.update(text for passed in member.decorator_arguments for _, text in passed if text.isidentifier())
    return found


def _add_cli_defaults(raw: RawModule, found: dict[str, tuple[str, int, str]], undecided: set[str]) -> None:
    """Add the module's option defaults to `found`; an option another module gives another default, or declares
    with none (a long spelling its calls leave without one), is `undecided`: which a command line reaches is not
    known."""
    for option, (line, value) in raw.cli_defaults.items():
        if option in found and found[option][2] != value:
            undecided.add(option)
        found.setdefault(option, (raw.file, line, value))
    for option in raw.cli_options:
        if option.startswith("--") and option not in raw.cli_defaults:
            undecided.add(option)
