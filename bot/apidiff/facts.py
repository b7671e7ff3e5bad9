"""Facts about a `def` beyond its parameters: generator-ness, options read from `**kwargs`, where `**kwargs` goes,
and whether the function looks like a decorator that keeps the wrapped function's signature."""

from __future__ import annotations

import ast
import itertools
import re
import zlib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.apidiff.blocks import only_raises
from bot.apidiff.callbackcalls import callback_calls
from bot.apidiff.closedparams import closed_params, handed_only, may_close
from bot.apidiff.deprecmarkers import made_marker
from bot.apidiff.envhanded import keyed_reads
from bot.apidiff.expiry import expiry_params, version_test
from bot.apidiff.handedkwargs import (
    HANDED,
    SLICED,
    handed_kwargs,
    handed_with_keys,
    param_options,
    param_refused,
    renamed_through,
)
from bot.apidiff.handsback import hands_back
from bot.apidiff.helpercalls import private_calls
from bot.apidiff.keyedkwargs import keyed_kwargs
from bot.apidiff.keyloops import looped_key
from bot.apidiff.kwrequired import required_options
from bot.apidiff.listedkeys import listed_keys, warns
from bot.apidiff.loopkeys import looped_options
from bot.apidiff.model import Param
from bot.apidiff.paramroles import called_params
from bot.apidiff.params import always_evaluated, read_params, unsure_defaults
from bot.apidiff.paramuses import param_uses_crc, respelled_crcs
from bot.apidiff.patterns import after_boundary
from bot.apidiff.poscap import PositionalCap, positional_cap, positional_names, refused_cap
from bot.apidiff.recordcopy import REPLACE, record_copies
from bot.apidiff.returned import NOTHING, constructed, gives_nothing, returned_type
from bot.apidiff.servedfrom import module_getattr_via, refuses_unlisted, serves_from
from bot.apidiff.signaturebind import signature_binds
from bot.apidiff.source import (
    KEY_READS,
    SourceText,
    contains,
    dotted_name,
    is_len_of,
    key_take,
    plainly_called,
    walk,
    walked,
)
from bot.apidiff.unreadparams import unread_params
from bot.apidiff.wrapperfills import filled_keys
from bot.apidiff.wrapperrenames import literal_renames

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


@dataclass(init=False, slots=True, unsafe_hash=True)  # constructor written out: see model.py, above `Param`
class CallableFacts:
    """What a function body says about how it is called."""

    is_generator: bool = False
    kwargs_options: tuple[str, ...] = ()
    """Literal keys the body reads from its `**kwargs` (`kwargs.pop("encoding", None)`): options it accepts."""
    kwargs_forwards: tuple[str, ...] = ()
    """Dotted names of the calls that receive `**kwargs` (`_json.dumps`, `super().__init__` as `super.__init__`)."""
    keeps_signature: bool = False
    """Used as a decorator, the result has the decorated function's signature (`functools.wraps`, or returned as is)."""
    kwargs_required: tuple[str, ...] = ()
    """Options of `kwargs_options` the body cannot run without (`self._enum = kwargs.pop("enum")` opening it, see
    `kwrequired`)."""
    defaults_unsure: tuple[str, ...] = ()
    """Parameters defaulting to None and options of `kwargs_options` the body refuses through a test no reader
    decides on None (see `params.unsure_defaults`, `kwrequired.required_options`): whether a call leaving them out
    worked is unknown."""
    kwargs_handed: tuple[tuple[str, int], ...] = ()
    """(callee, positional slot) of the calls handed the `**kwargs` dict itself (`_take_options(kwargs)`, see
    `handedkwargs`), a callee the body imports itself as `module:name` (see `_locally_imported`)."""
    keyed_reads: tuple[tuple[str, str, str, str], ...] = ()
    """(mapping parameter, key shape, key parameter, case) of the body's look-ups of a parameter with a key built at
    run time (`env.get(f"VIRTUALENV_{key.upper()}")`): a helper a caller may hand the environment (`envhanded`)."""
    param_options: tuple[tuple[int, tuple[str, ...]], ...] = ()
    """(positional slot, keys) the body takes out of the dict passed there: options of a caller handing it its
    `**kwargs` (see `handedkwargs.param_options`)."""
    param_closed: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = ()
    """(positional slot, keys, collections) for a dict parameter the body refuses to leave keys in (docker 7.0's
    `_create_container_args(kwargs)` ends `if kwargs: raise`), every use of it read: the keys its loops take, and
    the names of the module collections its guarded loops take keys in (see `closedparams`)."""
    callback_calls: tuple[tuple[str, int, str, int], ...] = ()
    """For a decorator factory: (parameter, fixed positional arguments, the rest as written, the calling def's
    required positional parameters) of each parameter its wrapper calls in one shape (cachetools 5.0's
    `cachedmethod(cache, key=...)` calls `key(self, *args, **kwargs)`, see `callbackcalls`)."""
    kwargs_handed_only: bool = False
    """The body's `**kwargs` dict is used only in read forms and handed to a call of a top-level statement (see
    `closedparams.handed_only`): a helper closing it closes the body's `**kwargs`."""
    kwargs_filled: tuple[str, ...] = ()
    """Keywords a call receiving `**kwargs` also passes by name (`g(timeout=5, **kwargs)`): a caller's own keyword
    so named would be passed twice, TypeError, so it never reaches the callee through `**kwargs`; so is one the body
    refuses outright (`if "start_pos" in kwargs: raise TypeError`, see `_kwargs_banned`)."""
    kwargs_positional: int = 0
    """The most positional arguments such a call passes before `**kwargs` (`self.get("A1:B1", **kwargs)`): the
    callee's parameters in those slots are filled, a caller's keyword of that name is passed twice, TypeError."""
    kwargs_beside: tuple[str, ...] = ()
    """The body's own parameters such a call is handed as they are, by position or by name (django-extensions 4.0's
    `super().formfield_for_dbfield(db_field, request, **kwargs)`): what an older `**kwargs` carried there."""
    made_by: tuple[str, int] | None = None
    """(callee, slot): every `return` of the body hands back a call of that dotted name passing the function's first
    parameter at that positional slot — validators 0.20's `validator(func, ...)` returns `decorator(wrapper, func)`,
    the `decorator` package's signature-keeping wrapper (see `members._made_keeping`)."""
    factory_call: tuple[str, int] | None = None
    """(callee, positional arguments): every `return` of the body hands back a call of that one dotted name, read when
    the body is that `return` alone or its text names a decorat(or|e) — moviepy 2.0's `convert_path_to_string(names)`
    returns `preprocess_args(os.fspath, names)`, which returns `decorator.decorator(wrapper)`: called, each gives a
    decorator keeping the signature (see `members._factory_keeps`)."""
    decorates_keeping: bool = False
    """Called, it returns a decorator that keeps the signature: numpy's `@set_module("numpy")` returns a def that sets
    `func.__module__` and hands `func` back."""
    hands_back_first: bool = False
    """Every path of the body hands back its first parameter itself, and the body defines no def and touches no
    `__init__`, `__new__`, `__call__` or `__signature__`: a class decorated with it keeps its constructor
    (ipywidgets 8's `@register`, which files the widget class in a registry and returns it, left 180 classes'
    signatures unknown; see `handsback`)."""
    wrapper_hands_back: tuple[str, ...] | None = None
    """It returns a def that hands back the function it is given, on every path an argument that is an instance of
    none of these types (dotted names its `isinstance` tests spell) takes: a def it decorates bare becomes a decorator
    keeping the signature (natsort 5.5's `u_format`, made by `_modify_str_or_docstring`, see `handsback`)."""
    returns_call: bool = False
    """Some `return` hands back a call's result (`return super().iter_unsigners(salt)`) or a generator expression
    (arrow 0.17's `return (r.span(frame) for r in _range)`): it may be a generator. Not when every call returned gives
    a finished value (`return cursor.fetchall()`, see `_returns_only_values`)."""
    returns_self: str = ""
    """For a method: the name every `return` of the body hands back a call of on the instance (django-ninja 1.6's
    `NinjaClientBase.get` returns `self.request("GET", path, ...)`): what a call gives is what that method gives
    (see `shapes._returns_own_coroutine`)."""
    returns_of: str = ""
    """For a method: the dotted name, as written, every `return` of the body hands back a call of when that is no
    method of the instance (django-crispy-forms 1.14's `FormActions.flat_attrs` returns `flatatt(self.attrs)`): what
    calling the method gives is what calling that gives (see `shapes._member_shapes`)."""
    stub: bool = False
    """The body only raises `NotImplementedError`: calling it never returned anything."""
    max_varargs: int | None = None
    """The body refuses more than this many extra positional arguments in its `*args`."""
    min_varargs: int = 0
    """The body refuses fewer than this many arguments in its `*args` (`if not fields: raise`)."""
    varargs_helper: str = ""
    """The call the body hands its `*args` tuple to as first argument (which may refuse more than some number); led
    by `*` when it spreads them as its first arguments instead (bidict 0.22's `get_arg(*args)`)."""
    varargs_forwarded: bool = False
    """Every use of its `*args` is a call `f(*args, **kwargs)`, or `f(x, *args, **kwargs)` after as many plain
    arguments as `kwargs_positional` counts (a truth test aside): those calls are among `kwargs_forwards`, so it takes
    no more positional arguments than the most any of them does, less those leading ones (prefect 2.16's
    `dict(self, *args, ...)` hands them only to pydantic's keyword-only `dict` and `json`)."""
    first_arg_cap: int | None = None
    """The body refuses a first argument (after `self`) longer than this: as a `varargs_helper`, it caps `*args`."""
    kwargs_closed: bool = False
    """The body refuses any keyword it did not take out of `**kwargs` (`assert not kwargs`, `if kwargs: raise`)."""
    kwargs_checked: bool = False
    """The body refuses each keyword of `**kwargs` missing from some collection (`for k in kwargs: if k not in
    allowed: raise`): which keywords it took cannot be read."""
    kwargs_keyed: tuple[str, str, tuple[str, ...]] | None = None
    """Where the collection that check reads is a dotted name: which, and how the key is tested (see
    `keyedkwargs.Keyed`); the surface reads its keys when it can."""
    kwargs_renamed: tuple[tuple[str, str], ...] = ()
    """(keyword, parameter): the body takes the keyword out of `**kwargs` into the parameter (Pillow 9.1's
    `show_file(self, path=None, **options)` sets `path = options.pop("file")`), or out of an optional parameter of
    that name (nbformat 5's `nbdict = nbjson`): a parameter renamed in place that still takes its old name."""
    kwargs_peeked: tuple[str, ...] = ()
    """Options of `kwargs_options` the body only reads (`kwargs.get("pk")`), never pops nor deletes, from a
    `**kwargs` it hands on: the keyword travels on in the dict, and what the callee makes of it is its fate too
    (see `peeked_options`)."""
    kwargs_returned: bool = False
    """The body returns its `**kwargs` dict (flask 2.2's `_prepare_send_file_kwargs`, building another call's
    keywords), or keeps it on the instance (see `keptkwargs`): a keyword travels on to a call nobody can see from
    here."""
    kwargs_keys_only: bool = False
    """Every use of `**kwargs` in the body (none at all, too) reads or tests a key it spells as a literal, and no
    decorator, `locals()` or frame may read the call (pdf2docx 0.5.7's `make_docx(self, filename_or_stream=None,
    **kwargs)` only reads `kwargs['debug']`): any other keyword binds and is silently ignored."""
    refuses_calls: bool = False
    """The body only raises something else (`raise TypeError("immutable")`): no call of it ever worked."""
    sets_init: bool = False
    """The body assigns an `__init__` onto some class (graphene 3's `ObjectTypeMeta.__new__` sets
    `InterObjectType.__init__ = dataclass.__init__`, built from the fields of the class being made): as a metaclass's,
    the constructor of the classes it makes is not the one their bodies spell."""
    skips_constructor: bool = False
    """For a `__call__`: the body never names `__call__` again, `__new__` or `__init__` (factory_boy 3.0's
    `FactoryMetaClass.__call__` returns `cls.build(**kwargs)`): as a metaclass's, calling a class it makes does not
    run that class's own constructor, so a `BaseFactory.__new__` that only raises refuses no call."""
    returns_built: tuple[str, ...] = ()
    """For a `__call__`: the capitalised names its `return`s call, through any method called on the result (formulaic
    1.1's `_FormulaMeta.__call__` returns `SimpleFormula([])` or `StructuredFormula(...)._simplify()`): as a
    metaclass's, calling a class it makes may give instances of those classes instead."""
    first_calls: tuple[str, ...] = ()
    """The named calls the body makes as statements before it could return, when it never yields (werkzeug's
    `is_immutable(self)`, ruamel.yaml 0.18's `round_trip_dump` ending in `error_deprecation(...)`, PyPDF2 3.0's
    `getPage` calling `deprecation_with_replacement(...)` before its `return`): it refuses calls too when one of
    them does."""
    wrapper_options: tuple[str, ...] = ()
    """For a signature-keeping decorator (bare, or a factory): the keywords the def it hands back reads out of its
    own `**kwargs` before calling the decorated function (elasticsearch 8's `_rewrite_parameters` pops the deprecated
    `body` and `params`): a decorated function takes them too; "**" last when it also reads keywords it does not
    spell (see `_UNSPELLED_KEYS`); a factory's "=p" and "=**" are named by the arguments of the decorator call (see
    `_named_keys`); "+k" for a key it stores there itself (see `wrapperfills`)."""
    wrapper_renames: tuple[tuple[str, str], ...] = ()
    """(keyword, keyword): the wrapper moves the first into the second by literal names (see `wrapperrenames.py`)."""
    wrapper_defaults: tuple[tuple[int, str], ...] = ()
    """For a signature-keeping decorator: (slot, default) for each positional parameter of its wrapper that has a
    default and is handed on in the same slot (peewee 3's `database_required` wraps with `inner(self, database=None,
    *args, **kwargs)` and calls `method(self, database, *args, **kwargs)`): the decorated function's parameter in that
    slot is optional to callers (the wrapper fills it)."""
    wrapper_positional: tuple[str, ...] = ()
    """For a signature-keeping decorator: the names of the leading positional parameters, required, its wrapper takes
    and hands on by position in the same slots ahead of its `*args` (ibis 11's `lazy_singledispatch` wraps with
    `call(arg, *args, **kwargs)` calling `impl(arg, *args, **kwargs)`): a decorated function's parameter named
    otherwise in one of those slots is positional-only in effect, a keyword for it leaving the wrapper's own
    parameter unfilled (TypeError)."""
    wrapper_params: tuple[Param, ...] | None = None
    """For a bare decorator whose every `return` hands back a def of its body made `@wraps(<the decorated>)` that
    spells its own parameters, none variadic (importlib_resources 6.5's `package_to_anchor` returns `wrapper(anchor=
    undefined, package=undefined)`): what the decorated function is called with, whatever its own def says. Names
    and kinds only: the wrapper's defaults stand for "not given" and its annotations are seldom written."""
    wrapper_warns: bool = False
    """For a decorator with "=p", "=**" or "=self.x" `wrapper_options`, or `wrapper_renames`: it spells a deprecation
    (matplotlib's `rename_parameter` calls `warn_deprecated`, pandas' `deprecate_kwarg` warns a `FutureWarning`): the
    keywords the decorator call names, or the wrapper renames, are deprecated parameters of what it decorates."""
    positional_cap: PositionalCap | None = None
    """A decorator (bare, or a factory) whose `wraps` wrapper of `(*args, **kwargs)` warns, refusing nothing, when
    `len(args)` exceeds a count (falcon 3.0's `deprecated_args(*, allowed_positional, is_method=True)`): (that count,
    an int literal or the name of a parameter of this factory; that parameter's int default, else None; what the
    factory adds to it first, `if is_method: allowed_positional += 1`, as (the parameter tested or "", the truth of
    its default, the amount)). See `poscap.py`."""
    positional_refused: PositionalCap | None = None
    """A decorator (bare, or a factory) whose `wraps` wrapper of `(*args, **kwargs)` raises `TypeError` when
    `len(args)` exceeds a count (twine 2's `no_positional(allow_self=False)`: `allowed = 0`, `if allow_self: allowed
    = 1`, `if len(args) > allowed: raise TypeError`): the parameters past that count are keyword-only whatever the
    def says. The count as in `positional_cap`. See `poscap.refused_cap`."""
    positional_names: tuple[str, ...] = ()
    """A decorator whose `wraps` wrapper of `(*args, **kwargs)` turns positional arguments into keywords by a literal
    list of names, warning for some (scikit-image 0.24's `_rename_image_params`, see `poscap.positional_names`): over
    a function whose parameters are those names in that order, like `positional_warned`."""
    positional_warned: bool = False
    """A decorator (bare, or a factory) whose `wraps` wrapper lets positional arguments fill the decorated function's
    keyword-only parameters, with a warning (scikit-learn 0.23's `_deprecate_positional_args`, scipy's): they are
    still positional, until a release drops the decorator."""
    ends_raising: bool = False
    """The body ends in `raise` or `sys.exit(...)` and never returns nor yields (ruamel.yaml 0.18's
    `error_deprecation`: `warnings.warn(...)`, then `sys.exit(1)`): a call of it never comes back."""
    returned: str | None = None
    """The builtin type every `return` certainly gives, or `returned.SUPER` (see `returned.py`); None: unknown."""
    makes_deprecation: str | None = None
    """Every `return` builds a deprecation marker (`return deprecate(message, category=...)`, see
    `deprecmarkers.made_marker`): its message; a def this factory's call decorates is deprecated."""
    constructs: str = ""
    """The dotted name every `return` calls (`return _Session(url)`): for a function, what it builds instances of."""
    getattr_served: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    """For a `__getattr__` that ends in `raise`: (the names it answers by spelling them, the modules it hands the rest
    to with `getattr(module, name)`) — flask-sqlalchemy 3's `SQLAlchemy.__getattr__` answers `relation`, `event`
    and what `sqlalchemy` and `sqlalchemy.orm` have; None when it may answer anything else."""
    getattr_via: tuple[str, tuple[tuple[str, str], ...]] | None = None
    """For a `__getattr__` that only returns a call: (callee, (parameter slot or keyword, argument dotted) pairs, the
    name asked for spelled `*name`, a call of one of the instance's methods `self.method()`) — hvac 1.0's
    `Client.__getattr__` returns `utils.getattr_with_deprecated_properties(obj=self, item=name,
    deprecated_properties=DEPRECATED_PROPERTIES)`: what it serves is what the callee serves; tinydb 4's `TinyDB` returns
    `getattr(self.table(self.default_table_name), name)`: what the class `table()` returns has. For a module's
    `__getattr__`, see `servedfrom.module_getattr_via` (string literals quoted)."""
    serves_keys: tuple[str, str] | None = None
    """(name parameter, table parameter): every `return` sits under `if name in table:` and the body ends in `raise`
    (hvac's `getattr_with_deprecated_properties(obj, item, deprecated_properties)`): as a `__getattr__`'s helper, it
    answers the keys of the table it is handed and nothing else."""
    refuses_unlisted: tuple[str, str] | None = None
    """(name parameter, table as written): the body raises for a name outside the table before it can return (see
    `servedfrom.refuses_unlisted`)."""
    serves_from: tuple[str, str] | None = None
    """(name parameter, module template): the body reads `getattr(importlib.import_module(T), name)` before it can
    return, T built of literals and parameters (see `servedfrom.serves_from`)."""
    getattr_refused: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    """For a `__getattr__` (a class's or a module's): (the names it raises for before it could return anything, the
    dotted collections it tests the name against to raise: `if name in self._obsolete_attributes: raise ...`, dash
    3's `ObsoleteChecker`). A name it refuses is surely not served, whatever the rest of it answers."""
    getattr_helper: tuple[str, str, str] | None = None
    """For a module's `__getattr__(name)` whose body only returns a call handing it the name and `globals()`: (callee,
    the name's slot or keyword, `globals()`'s) — prettytable 3.12's `return _warn_deprecation(name,
    module_globals=globals())`: the names it serves are those the callee serves from the module's globals."""
    serves_prefixed: tuple[str, str, str] | None = None
    """(prefix, name parameter, table parameter or "globals()"): the body looks the name up under a prefix,
    `table.get(f"_DEPRECATED_{name}")` or `table[f"_deprecated_{name}"]`: it answers the prefixed keys of the table
    under their bare names (prettytable 3.12's `_warn_deprecation(name, module_globals)`)."""
    getattr_items: bool = False
    """For a `__getattr__`: every value it returns is an item of the instance (`return self[name]`, pymongo's
    `return self.__getitem__(name)`) or of a mapping it holds (python-gitlab's `self.__dict__["_attrs"][name]`): it
    answers names with data, never with a method the class lost."""
    passes_to: tuple[str, int, tuple[str, ...]] | None = None
    """(callee, N, keywords): the body hands its `*args` and `**kwargs` whole to this one call, after its own first N
    positional parameters and beside the keywords it names itself (markupsafe 1.1's `split(self, *args, **kwargs)`
    calls `str.split(self, *args, **kwargs)`; falcon 3's asgi `App(*args, request_type=Request, ..., **kwargs)`
    calls `super().__init__(*args, request_type=request_type, ..., **kwargs)`): it takes what the callee takes."""
    handed_on: tuple[str, ...] = ()
    """With `passes_to`: the body's own named parameters that call is passed by name (marshmallow 2's `dumps(self,
    obj, many=None, update_fields=True, *args, **kwargs)` hands json's `dumps` none of them)."""
    super_handed: tuple[str, ...] = ()
    """For a method: its parameters the body hands as they are, by position or by name, to the method it overrides,
    `super().<its own name>(...)` (`*args` spread as `*args`, `**kwargs` as `**kwargs`): django-parler 2.3's
    `delete(self, using=None)` returns `super().delete(using)`."""
    kwargs_handed_keys: tuple[tuple[str, int, int, str], ...] = ()
    """(callee, slot of `**kwargs`, slot of a key, key) of the top-level calls handing the `**kwargs` dict and a
    literal key to a helper (see `handedkwargs.handed_with_keys`)."""
    param_refused: tuple[tuple[int, int], ...] = ()
    """(slot of a dict, slot of a key) the body raises for when the dict holds the key (see
    `handedkwargs.param_refused`)."""
    params_unread: tuple[tuple[str, str], ...] = ()
    """(parameter, how) for the named parameters the body never loads (see `unreadparams.unread_params`)."""
    body_crc: int = 0
    """For an annotated def: the CRC-32 of its code after the docstring (see `Symbol.body_crc`)."""
    uses_crc: tuple[tuple[str, int], ...] = ()
    """(parameter, CRC-32 of the code using it) for its annotated parameters (see `param_uses_crc`)."""
    respelled_crc: tuple[tuple[str, int], ...] = ()
    """(parameter, CRC-32 of the code with its name blanked) for its optional positional ones (see
    `paramuses.respelled_crcs`)."""
    params_called: tuple[str, ...] = ()
    """The named parameters the body calls (see `paramroles.called_params`)."""
    private_calls: tuple[tuple[str, tuple[tuple[int | str, str], ...]], ...] = ()
    """The private helpers the body calls on every call, with the literals it hands them (see
    `helpercalls.private_calls`): one warning of a deprecation deprecates the def."""
    expiry_params: tuple[tuple[str, int, str], ...] = ()
    """For a deprecator: its until-like parameters its code tests to raise, with their positions and the boundary
    tested (see `expiry.expiry_params`): a def it decorates handed a version the release is past raises when called."""
    version_test: str = ""
    """For a def returning a comparison of the version it is handed: how it compares (see `expiry.version_test`)."""
    params_raising: tuple[str, ...] = ()
    """Optional parameters a top-level `if` of the body raises for when given, `?name` where it calls something (see
    `deprecation.raised_when_given`)."""

    def __init__(
        self,
        is_generator: bool = False,
        kwargs_options: tuple[str, ...] = (),
        kwargs_forwards: tuple[str, ...] = (),
        keeps_signature: bool = False,
        kwargs_required: tuple[str, ...] = (),
        defaults_unsure: tuple[str, ...] = (),
        kwargs_handed: tuple[tuple[str, int], ...] = (),
        keyed_reads: tuple[tuple[str, str, str, str], ...] = (),
        param_options: tuple[tuple[int, tuple[str, ...]], ...] = (),
        param_closed: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...] = (),
        callback_calls: tuple[tuple[str, int, str, int], ...] = (),
        kwargs_handed_only: bool = False,
        kwargs_filled: tuple[str, ...] = (),
        kwargs_positional: int = 0,
        kwargs_beside: tuple[str, ...] = (),
        made_by: tuple[str, int] | None = None,
        factory_call: tuple[str, int] | None = None,
        decorates_keeping: bool = False,
        hands_back_first: bool = False,
        wrapper_hands_back: tuple[str, ...] | None = None,
        returns_call: bool = False,
        returns_self: str = "",
        returns_of: str = "",
        stub: bool = False,
        max_varargs: int | None = None,
        min_varargs: int = 0,
        varargs_helper: str = "",
        varargs_forwarded: bool = False,
        first_arg_cap: int | None = None,
        kwargs_closed: bool = False,
        kwargs_checked: bool = False,
        kwargs_keyed: tuple[str, str, tuple[str, ...]] | None = None,
        kwargs_renamed: tuple[tuple[str, str], ...] = (),
        kwargs_peeked: tuple[str, ...] = (),
        kwargs_returned: bool = False,
        kwargs_keys_only: bool = False,
        refuses_calls: bool = False,
        sets_init: bool = False,
        skips_constructor: bool = False,
        returns_built: tuple[str, ...] = (),
        first_calls: tuple[str, ...] = (),
        wrapper_options: tuple[str, ...] = (),
        wrapper_renames: tuple[tuple[str, str], ...] = (),
        wrapper_defaults: tuple[tuple[int, str], ...] = (),
        wrapper_positional: tuple[str, ...] = (),
        wrapper_params: tuple[Param, ...] | None = None,
        wrapper_warns: bool = False,
        positional_cap: PositionalCap | None = None,
        positional_refused: PositionalCap | None = None,
        positional_names: tuple[str, ...] = (),
        positional_warned: bool = False,
        ends_raising: bool = False,
        returned: str | None = None,
        makes_deprecation: str | None = None,
        constructs: str = "",
        getattr_served: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
        getattr_via: tuple[str, tuple[tuple[str, str], ...]] | None = None,
        serves_keys: tuple[str, str] | None = None,
        refuses_unlisted: tuple[str, str] | None = None,
        serves_from: tuple[str, str] | None = None,
        getattr_refused: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
        getattr_helper: tuple[str, str, str] | None = None,
        serves_prefixed: tuple[str, str, str] | None = None,
        getattr_items: bool = False,
        passes_to: tuple[str, int, tuple[str, ...]] | None = None,
        handed_on: tuple[str, ...] = (),
        super_handed: tuple[str, ...] = (),
        kwargs_handed_keys: tuple[tuple[str, int, int, str], ...] = (),
        param_refused: tuple[tuple[int, int], ...] = (),
        params_unread: tuple[tuple[str, str], ...] = (),
        body_crc: int = 0,
        uses_crc: tuple[tuple[str, int], ...] = (),
        respelled_crc: tuple[tuple[str, int], ...] = (),
        params_called: tuple[str, ...] = (),
        private_calls: tuple[tuple[str, tuple[tuple[int | str, str], ...]], ...] = (),
        expiry_params: tuple[tuple[str, int, str], ...] = (),
        version_test: str = "",
        params_raising: tuple[str, ...] = (),
    ) -> None:
        self.is_generator = is_generator
        self.kwargs_options = kwargs_options
        self.kwargs_forwards = kwargs_forwards
        self.keeps_signature = keeps_signature
        self.kwargs_required = kwargs_required
        self.defaults_unsure = defaults_unsure
        self.kwargs_handed = kwargs_handed
        self.keyed_reads = keyed_reads
        self.param_options = param_options
        self.param_closed = param_closed
        self.callback_calls = callback_calls
        self.kwargs_handed_only = kwargs_handed_only
        self.kwargs_filled = kwargs_filled
        self.kwargs_positional = kwargs_positional
        self.kwargs_beside = kwargs_beside
        self.made_by = made_by
        self.factory_call = factory_call
        self.decorates_keeping = decorates_keeping
        self.hands_back_first = hands_back_first
        self.wrapper_hands_back = wrapper_hands_back
        self.returns_call = returns_call
        self.returns_self = returns_self
        self.returns_of = returns_of
        self.stub = stub
        self.max_varargs = max_varargs
        self.min_varargs = min_varargs
        self.varargs_helper = varargs_helper
        self.varargs_forwarded = varargs_forwarded
        self.first_arg_cap = first_arg_cap
        self.kwargs_closed = kwargs_closed
        self.kwargs_checked = kwargs_checked
        self.kwargs_keyed = kwargs_keyed
        self.kwargs_renamed = kwargs_renamed
        self.kwargs_peeked = kwargs_peeked
        self.kwargs_returned = kwargs_returned
        self.kwargs_keys_only = kwargs_keys_only
        self.refuses_calls = refuses_calls
        self.sets_init = sets_init
        self.skips_constructor = skips_constructor
        self.returns_built = returns_built
        self.first_calls = first_calls
        self.wrapper_options = wrapper_options
        self.wrapper_renames = wrapper_renames
        self.wrapper_defaults = wrapper_defaults
        self.wrapper_positional = wrapper_positional
        self.wrapper_params = wrapper_params
        self.wrapper_warns = wrapper_warns
        self.positional_cap = positional_cap
        self.positional_refused = positional_refused
        self.positional_names = positional_names
        self.positional_warned = positional_warned
        self.ends_raising = ends_raising
        self.returned = returned
        self.makes_deprecation = makes_deprecation
        self.constructs = constructs
        self.getattr_served = getattr_served
        self.getattr_via = getattr_via
        self.serves_keys = serves_keys
        self.refuses_unlisted = refuses_unlisted
        self.serves_from = serves_from
        self.getattr_refused = getattr_refused
        self.getattr_helper = getattr_helper
        self.serves_prefixed = serves_prefixed
        self.getattr_items = getattr_items
        self.passes_to = passes_to
        self.handed_on = handed_on
        self.super_handed = super_handed
        self.kwargs_handed_keys = kwargs_handed_keys
        self.param_refused = param_refused
        self.params_unread = params_unread
        self.body_crc = body_crc
        self.uses_crc = uses_crc
        self.respelled_crc = respelled_crc
        self.params_called = params_called
        self.private_calls = private_calls
        self.expiry_params = expiry_params
        self.version_test = version_test
        self.params_raising = params_raising


def _own_nodes(body: list[ast.stmt], lines: list[int]) -> Iterator[ast.AST]:
    """Nodes of a function body spanning one of `lines` (sorted), nested functions and classes excluded (their
    yields are theirs)."""
    return nodes_on_lines(body, lines, _SCOPES)


def nodes_on_lines(body: list[ast.stmt], lines: list[int], skipped: tuple[type[ast.AST], ...]) -> Iterator[ast.AST]:
    """Nodes of a body spanning one of `lines` (sorted), those of a `skipped` type and their subtrees excluded;
    subtrees on other lines are never visited, operators and load/store contexts never handed out."""
    stack: list[ast.AST] = [stmt for stmt in body if not isinstance(stmt, skipped)]
    while stack:
        node = stack.pop()
        start = getattr(node, "lineno", None)
        if start is not None:
            index = bisect_left(lines, start)
            if index == len(lines) or lines[index] > (node.end_lineno or start):  # type: ignore[attr-defined]
                continue
        yield node
        fields = _CHILD_FIELDS.get(type(node))  # the call only for a type not met before
        for field in fields if fields is not None else child_fields(type(node)):  # `ast.iter_child_nodes` inlined
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend([item for item in value if isinstance(item, ast.AST) and not isinstance(item, skipped)])
            elif isinstance(value, ast.AST) and not isinstance(value, skipped):
                stack.append(value)


_LEAF_FIELDS = frozenset(
    {"id", "attr", "arg", "name", "asname", "kind", "level", "module", "conversion", "type_comment", "is_async"}
    | {"ctx", "op", "ops"}
)
"""Fields holding an identifier, a flag or an operator singleton in every node type that has them: never a subtree
worth walking (a `Constant`'s `value` is one too, see `child_fields`)."""


_CHILD_FIELDS: dict[type[ast.AST], tuple[str, ...]] = {}


def child_fields(kind: type[ast.AST]) -> tuple[str, ...]:
    """The fields of a node type that may hold child nodes (half of them do not: `ctx`, `attr`, `id`...)."""
    found = _CHILD_FIELDS.get(kind)
    if found is None:
        leaves = _LEAF_FIELDS | ({"value"} if kind is ast.Constant else set())
        found = _CHILD_FIELDS[kind] = tuple(field for field in kind._fields if field not in leaves)
    return found


def _lines_with(node: _FunctionDef, text: bytes, words: list[bytes]) -> list[int]:
    """Absolute line numbers of the function's lines that contain one of `words` (found by searching the text,
    not by testing each of its lines)."""
    found = set()
    for word in words:
        line, counted = node.lineno, 0
        at = text.find(word)
        while at != -1:
            line += text.count(b"\n", counted, at)
            counted = at
            found.add(line)
            at = text.find(word, at + 1)
    return sorted(found)


def _call_name(func: ast.expr) -> str | None:
    """`a.b` for `a.b(...)`; `super.__init__` for `super().__init__(...)`; `_super.__init__` for the two-argument
    form under another name (`_super(Machine, self).__init__(...)`: whether `_super` is `super` is the module's)."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
        called = dotted_name(func.value.func)
        if called == "super":
            return f"super.{func.attr}"
        if isinstance(func.value.func, ast.Name) and len(func.value.args) == 2 and not func.value.keywords:
            return f"{called}.{func.attr}"
    return dotted_name(func)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _kwargs_key(node: ast.AST, kwargs: str) -> str | None:
    key = _kwargs_key_node(node, kwargs)
    return _literal(key) if key is not None else None


def _kwargs_key_node(node: ast.AST, kwargs: str) -> ast.expr | None:
    """The key of a read or test of `kwargs` (`kwargs.pop(key)`, `kwargs[key]`, `key in kwargs`), as written."""
    taken = key_take(node, KEY_READS)
    if taken is not None and dotted_name(taken[0]) == kwargs:
        return taken[2][0]
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and dotted_name(node.value) == kwargs:
        return node.slice
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
        if dotted_name(node.comparators[0]) == kwargs:
            return node.left
    return None


_PASS_THROUGH = re.compile(
    rb"\(\s*(?:[\w.]+\s*,\s*)*\*\w+(?:\[\d+:\])?\s*(?:,\s*\w+\s*=\s*[\w.]+\s*)*(?:,\s*\*\*\w+\s*)?,?\s*\)"
)
"""A call handing on its caller's arguments whole: `f(*args, **kwargs)`, `func(self, *a)`, `f(*a, key=key, **kw)`, or
all but the first few (`args[0].__format__(*args[1:], **kwargs)`)."""


def _wrapped_name(call: ast.expr) -> tuple[str, int] | None:
    """(name, argument index) of the function a `wraps(f)` / `update_wrapper(w, f)` call copies."""
    if not isinstance(call, ast.Call):
        return None
    last = (dotted_name(call.func) or "").rsplit(".", 1)[-1]
    index = {"wraps": 0, "update_wrapper": 1}.get(last)
    argument = call.args[index] if index is not None and len(call.args) > index else None
    return (argument.id, index) if isinstance(argument, ast.Name) and index is not None else None


_WRAPPING = [b"wraps", b"update_wrapper"]
_DEF_LINE = re.compile(rb"\n[ \t\r\x0b\x0c]*(?:async )?def [^\n]*")
"""A `def` line with the newline before it (the text searched has one prepended): dropped, the calls remain."""


def _wraps_another(node: _FunctionDef, text: bytes) -> bool:
    """Some `wraps(x)` copies the signature of `x` where `x` is not the function being decorated (the first
    parameter of the def building the wrapper): jinja2 3's `async_variant(normal)` returns a wrapper with
    `normal`'s signature in place of the decorated coroutine function. Each def is searched once, for the calls
    and nested defs of its own body (a nested def's decorators run in the def around it); in ASCII source, only
    the subtrees spanning a line that spells `wraps` or `update_wrapper` (defs are always looked at: their
    decorators are above their first line)."""
    lines = _lines_with(node, text, _WRAPPING) if text.isascii() else None
    scopes: list[_FunctionDef] = [node]
    while scopes:
        outer = scopes.pop()
        params = [p.arg for p in (*outer.args.posonlyargs, *outer.args.args)]
        params = params[1:] if params[:1] in (["self"], ["cls"]) else params
        decorated = params[0] if params else None
        stack: list[ast.AST] = list(outer.body)
        while stack:
            current = stack.pop()
            if isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef)):
                scopes.append(current)
                stack.extend(current.decorator_list)
                wrapped = [_wrapped_name(d) for d in current.decorator_list]
            else:
                start = getattr(current, "lineno", None)
                if lines is not None and start is not None:
                    index = bisect_left(lines, start)
                    if index == len(lines) or lines[index] > (getattr(current, "end_lineno", None) or start):
                        continue
                stack.extend(ast.iter_child_nodes(current))
                if not (isinstance(current, ast.Call) and isinstance(current.func, (ast.Name, ast.Attribute))):
                    continue
                wrapped = [_wrapped_name(current)]
            if any(w is not None and w[0] != decorated for w in wrapped):
                return True
    return False


_RETURN = after_boundary(b"return") + rb"\s+"
_WRAPPER_MADE = re.compile(rb"@[\w.]+\(\s*(\w+)\s*\)\s*(?:async\s+)?def \w+\(\s*\*\w+\s*,\s*\*\*\w+\s*\)")


def _helper_made(node: _FunctionDef, text: bytes, decorated: int = 0) -> bool:
    """A `(*args, **kwargs)` wrapper of the body is decorated by a helper handed the decorated function (its
    argument number `decorated`), as `wraps(func)` would be: hypothesis 5's `@proxies(fn)`, its own copy of the
    signature, in `cacheable` and `deprecated_posargs`. The helper is not followed: what callers may pass is decided
    by the pass-through call `_keeps_signature` then asks for, not by the metadata it copies."""
    params = [*node.args.posonlyargs, *node.args.args]
    if len(params) <= decorated or b"@" not in text:
        return False
    name = params[decorated].arg.encode()
    return any(match.group(1) == name for match in _WRAPPER_MADE.finditer(text))


_RETURNS_PROPERTY = re.compile(after_boundary(b"return") + rb"[ \t]+(?:[\w.]+\.)?\w*property[ \t]*\(")
"""`return property(wrapper)`: trimesh's `cache_decorator` wraps the method, then makes it a property."""


_LAMBDA = re.compile(after_boundary(b"lambda") + rb"[^:\n]*:")


def _in_lambda(calls: bytes, at: int) -> bool:
    """The call at offset `at` is the body of a lambda opened on its line: the wrapper hands back a function making
    it later (param's `accept_arguments` returns `lambda actual_f: f(actual_f, *args, **kwargs)`), so what callers
    pass the wrapper is the decorated function's signature less what the lambda fills in."""
    start = calls.rfind(b"\n", 0, at) + 1
    return _LAMBDA.search(calls, start, at) is not None


def _keeps_signature(node: _FunctionDef, text: bytes, decorated: int = 0) -> bool:
    """Calls `functools.wraps`/`update_wrapper` and hands the wrapper's arguments on whole, or hands its argument
    number `decorated` (1 for a method: the one after `self`) back unchanged. A `wraps` wrapper that reshapes them
    (werkzeug's `Request.application` calls `f(*args[:-2] + (request,))`) changes the signature, and one handed back
    inside a property (trimesh's `return property(get_cached)`) leaves no signature to call: what it makes is read.
    The docstring is no code: click's `make_pass_decorator` shows `ctx.invoke(f, obj, *args, **kwargs)` and
    `update_wrapper(new_func, f)` in its own, which made the factory (dynaconf 3.1's vendored copy) look bare."""
    code = _after_docstring(node, text)
    if b"wraps" in code or b"update_wrapper" in code or _helper_made(node, text, decorated):
        if b"property" in code and _RETURNS_PROPERTY.search(code) is not None:
            return False
        calls = _DEF_LINE.sub(b"", b"\n" + code)
        passed = _PASS_THROUGH.search(calls)
        if passed is None or b"lambda" in calls and _in_lambda(calls, passed.start()):
            return False
        return not _wraps_another(node, text) and not _injects(node, passed, calls)
    params = [*node.args.posonlyargs, *node.args.args]
    first = params[decorated].arg.encode() if len(params) > decorated else b""
    if not first or b"return " + first not in code:
        return False
    return _returns_name(first).search(code) is not None


def _injects(node: _FunctionDef, passed: re.Match[bytes], body: bytes) -> bool:
    """The pass-through call (`passed`, in `body`) hands the wrapped function a keyword the wrapper always makes
    itself and takes from no caller: `f(*args, db=db, **kwargs)` where `db` is no parameter of a def in the
    decorator, or a key written into the `**` dict it passes in the same block as the call (`kwargs["db"] =
    connect()`, `kwargs.setdefault("db", ...)`, any by `kwargs.update(...)`), unless the wrapper reads that key out of
    it (elasticsearch 7's `query_params` pops `params=` and `headers=` and hands them on, and renames `doc_type=` to
    `type=` only when given: callers still pass them all). Callers never pass an injected parameter: the wrapped
    signature is not theirs."""
    own = {arg.arg for sub in walked(node) if isinstance(sub, ast.arguments) for arg in _all_args(sub)}
    made = {name.decode() for name, value in _KEYWORD_PASSED.findall(passed.group(0)) if value.decode() not in own}
    spread = _SPREAD.search(passed.group(0))
    if spread is not None:
        kwargs = after_boundary(spread.group(1))
        level = _indent(body, passed.start())
        if any(_indent(body, m.start()) == level for m in re.finditer(kwargs + rb"\s*\.\s*update\s*\(", body)):
            return True  # keys unknown here
        for match in re.finditer(kwargs + _OPTION + rb"(\s*\]\s*=(?!=))?", body):
            writes = match.group(3) is not None or b"setdefault" in match.group(0)
            if writes and _indent(body, match.start()) == level:
                made.add(match.group(2).decode())
        made -= {match.group(2).decode() for match in re.finditer(kwargs + _OPTION, body) if _reads(body, match)}
    return bool(made)


def _indent(text: bytes, at: int) -> int:
    """The indentation of the line holding offset `at`."""
    start = text.rfind(b"\n", 0, at) + 1
    return len(text[start:at]) - len(text[start:at].lstrip())


def _reads(body: bytes, match: re.Match[bytes]) -> bool:
    """An `_OPTION` match reading the key (`kwargs.pop("k")`, `kwargs["k"]` not assigned to)."""
    return b"setdefault" not in match.group(0) and _ASSIGNED.match(body, match.end()) is None


def _all_args(arguments: ast.arguments) -> list[ast.arg]:
    variadic = [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, *variadic]


_KEYWORD_PASSED = re.compile(rb"(\w+)\s*=\s*([\w.]+)")
_SPREAD = re.compile(rb"\*\*(\w+)")


@lru_cache(maxsize=256)
def _returns_name(name: bytes) -> re.Pattern[bytes]:
    """`return name` ending its line (compiled once per name: `self`, `cls`, `f` for most defs)."""
    return re.compile(_RETURN + re.escape(name) + rb"\s*$", re.M)


NO_FACTS = CallableFacts()
"""What most functions' bodies say: nothing (one shared instance; a def read without its body has it too)."""

_Core = tuple[bool, tuple[str, ...], tuple[str, ...], bool]
"""(is_generator, kwargs_options, kwargs_forwards, keeps_signature): the first fields of `CallableFacts`."""
_PLAIN: _Core = (False, (), (), False)
_NESTED = re.compile(rb"(?:" + rb"|".join(after_boundary(word) for word in (b"def", b"lambda", b"class")) + rb")\b")
_OPTION = rb"""(?:\s*\.\s*(?:pop|get|setdefault)\s*\(\s*|\s*\[\s*)(['"])([A-Za-z_][A-Za-z0-9_]*)\1"""
_ASSIGNED = re.compile(rb"\s*\]\s*=(?!=)")
_CALLEE = re.compile(
    rb"((?:super\([^()]*\)\.|[A-Za-z_]\w*\([^(),]*,\s*(?:self|cls)\s*\)\.)?[A-Za-z_][A-Za-z0-9_.]*)\s*$"
)
"""The callee ending a text: a dotted name, after `super().`, `super(Cls, self).` or a two-argument call of another
name on the instance (`_super(Machine, self).`, see `_call_name`)."""


def _after_docstring(node: _FunctionDef, text: bytes) -> bytes:
    """The def's text after its docstring's last line; the whole text when it has none (comments stay)."""
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return b"\n".join(text.split(b"\n")[(first.end_lineno or first.lineno) - node.lineno + 1 :])
    return text


def _code_after_docstring(node: _FunctionDef, text: bytes) -> bytes:
    """The body's source after its docstring, comment lines dropped (they may spell `**kwargs` too)."""
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        code = _after_line(text, (first.end_lineno or first.lineno) - node.lineno + 1)
    else:
        start = _after_line(text, first.lineno - node.lineno)
        code = start[first.col_offset :] if start or first.lineno == node.lineno else b""
    if b"#" not in code:
        return code  # no comment to drop: no line split (one reading per callable of every release)
    return b"\n".join(line for line in code.split(b"\n") if not line.lstrip().startswith(b"#"))


def _after_line(text: bytes, count: int) -> bytes:
    """`text` from its line `count` (0-based) on; empty when it has no such line."""
    start = 0
    for _ in range(count):
        start = text.find(b"\n", start) + 1
        if start == 0:
            return b""
    return text[start:]


def _callee_before(body: bytes, at: int) -> str:
    """The dotted name of the call whose parentheses enclose offset `at` ("?" when it is not a plain name, "?.name"
    for a method of a value no name spells)."""
    depth = 0
    for index in range(at - 1, -1, -1):
        char = body[index]
        if char in b")]}":
            depth += 1
        elif char in b"([{":
            if depth == 0:
                if char != ord("("):
                    return "?"
                text = body[max(0, index - 200) : index]
                match = _CALLEE.search(text)
                if match is None:
                    return "?"
                if text[: match.start()].rstrip().endswith(b"."):
                    # an attribute of a value no name spells: `Session().prompt(` is no call of `prompt` (it resolves
                    # to nothing), `inspect.signature(f).bind(` still a `bind` (see `signature_binds`); the value a
                    # named call made is said so (`Session().prompt`, see `MADE`), for its class to be found
                    made = _made_before(text[: match.start()].rstrip()[:-1].rstrip())
                    return f"{made}{MADE}{match.group(1).decode()}" if made else f"?.{match.group(1).decode()}"
                return _super_call_name(match.group(1).decode())
            depth -= 1
    return "?"


def peeked_options(kwargs: str, options: tuple[str, ...], text: bytes) -> tuple[str, ...]:
    """The options the body reads out of the dict `kwargs` names without taking them out: no `kwargs.pop("x"`, no
    `del kwargs["x"]` (tortoise-orm 0.21's `TextField.__init__` tests `kwargs.get("pk")`, then hands `**kwargs` to
    `Field.__init__`, which pops `pk` into `primary_key`). `in` tests on the text only: `text` is the def's."""
    spelled = kwargs.encode()
    return tuple(
        option
        for option in options
        if not any(
            spelled + head + quote + option.encode() + quote in text
            for head in (b".pop(", b"[")
            for quote in (b'"', b"'")
        )
    )


MADE = "()."
"""Joins the dotted name of a call and the method called on what it made, in a call receiving `**kwargs`
(`_client(kwargs).get(url, **kwargs)` as `_client().get`: see `members.Hierarchy.forward_target`)."""
_NAME_ENDING = re.compile(rb"(?<![\w.)\]])([A-Za-z_][A-Za-z0-9_.]*)\s*$")


def _made_before(text: bytes) -> str:
    """The dotted name of the call `text` ends with (`_client(kwargs)` gives `_client`), its arguments holding no
    bracket; "" for any other ending."""
    if not text.endswith(b")"):
        return ""
    opened = text.rfind(b"(")
    if opened < 0 or any(bracket in text[opened + 1 : -1] for bracket in b"()[]{}"):
        return ""
    match = _NAME_ENDING.search(text, 0, opened)
    return match.group(1).decode() if match is not None and not match.group(1).endswith(b".") else ""


def _made_call_name(func: ast.expr) -> str | None:
    """`a.b().m` for `a.b(...).m(...)` (see `MADE`), None for any other callee."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
        called = dotted_name(func.value.func)
        return f"{called}{MADE}{func.attr}" if called else None
    return None


def _super_call_name(name: str) -> str:
    """The name `_call_name` gives a callee matched by `_CALLEE`: `super.__init__` for `super().__init__` and for
    peewee 3.0's `super(SqliteDatabase, self).__init__` (read as `__init__`, a module global, its `**kwargs` led
    nowhere), `_super.__init__` for `_super(Machine, self).__init__`."""
    if "(" not in name:
        return name
    head, _, rest = name.partition("(")
    return f"{head}.{rest.split(').', 1)[1]}"


def _textual_kwargs(kwargs: str, body: bytes, keeps: bool, module: bytes) -> _Core:
    """Options and forwards of `**kwargs` read from the text of a body without nested functions (the common case,
    much cheaper than walking its tree): `kwargs.pop("x")`, `kwargs["x"]`, `"x" in kwargs`, `call(**kwargs)`;
    `module`, the text of the module defining it, holds the constants of keys its loops may read."""
    forwarded = _kwargs_patterns(kwargs)[3]
    options = option_reads(kwargs, body, module)
    forwards: list[str] = []
    for match in forwarded.finditer(body):
        if len(forwards) == MAX_FORWARDS:  # each is found by walking back to its call's parenthesis
            forwards.append("?")  # where the rest go is not read: unknown, as a call of no plain name is
            break
        if _in_string(body, match.start()):
            continue
        forwards.append(_locally_imported(body, _callee_before(body, match.start())))
    return False, tuple(dict.fromkeys(options)), tuple(forwards), keeps


def option_reads(spelled: str, body: bytes, module: bytes = b"") -> list[str]:
    """The literal keys `body` reads or tests out of the dict `spelled` names (`kwargs.pop("x")`, `kwargs["x"]`,
    `"x" in kwargs`, a loop over literal keys, or over a constant of them `module` binds, reading it;
    `self.options.get("x")` too), one it sets left out."""
    _used, read, tested, _forwarded = _kwargs_patterns(spelled)
    options: list[str] = []
    for match in read.finditer(body):
        if b"[" in match.group(0) and _ASSIGNED.match(body, match.end()):
            continue  # `kwargs["request_method"] = method`: the function sets the key, no caller's option
        options.append(match.group(2).decode())
    for match in tested.finditer(body):
        options.append(match.group(2).decode())
    options.extend(looped_options(spelled, body, module))
    return options


def _in_string(body: bytes, at: int) -> bool:
    """Whether offset `at` lies inside a string literal opened on its line: a message spelling `**kwargs` (dask
    2025.12's `warnings.warn("Passing storage-related arguments via **kwargs is deprecated. ")`) hands nothing on."""
    quote = 0
    escaped = False
    for char in body[body.rfind(b"\n", 0, at) + 1 : at]:
        if escaped:
            escaped = False
        elif char == 92:  # a backslash escapes the next character
            escaped = quote != 0
        elif char in (34, 39) and quote in (0, char):  # `"` or `'` opens, or closes the string it opened
            quote = char if quote == 0 else 0
    return quote != 0


MAX_RETURN_WALK = 4096
"""Nodes of a `__call__` walked for the classes its returns build (see `_returned_classes`)."""
MAX_FORWARDS = 64
"""`**kwargs` hand-offs read per def: a hostile body spelling `**kwargs` 20,000 times was walked back from each to
its call (86 s); past the cap, where they go is unknown."""


_LOCAL_FROM = re.compile(rb"from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+\(?([\w, \t]+)")


def _locally_imported(body: bytes, callee: str) -> str:
    """`module:name` for a callee the body itself imports (`from .deliverability import caching_resolver` shadows
    email_validator 2.0's module-level `caching_resolver(*args, **kwargs)`, which hands its keywords on to it), the
    module as written (relative dots kept, see `Hierarchy.forward_target`); else the callee as it was."""
    if "." in callee or b"import" not in body:
        return callee
    for match in _LOCAL_FROM.finditer(body):
        if callee in (name.strip() for name in match.group(2).decode().split(",")):
            return f"{match.group(1).decode()}:{callee}"
    return callee


@lru_cache(maxsize=256)
def _kwargs_patterns(kwargs: str) -> tuple[re.Pattern[bytes], ...]:
    """For a `**kwargs` named `kwargs` (compiled once per name): any option read or test of it, an option read
    (`kwargs.pop("x")`, `kwargs["x"]`), an option tested (`"x" in kwargs`), and where it is passed on whole."""
    raw = kwargs.encode()
    escaped = re.escape(raw)
    return (
        re.compile(
            after_boundary(raw)
            + rb"\s*(?:\.\s*(?:pop|get|setdefault)\s*\(|\[)|"
            + after_boundary(b"in")
            + rb"\s+"
            + escaped
            + rb"\b"
        ),
        re.compile(after_boundary(raw) + _OPTION),
        re.compile(rb"""(['"])([A-Za-z_][A-Za-z0-9_]*)\1\s+(?:not\s+)?in\s+""" + escaped + rb"\b"),
        re.compile(rb"\*\*" + escaped + rb"\b"),
    )


_RETURNS_CLASS = re.compile(after_boundary(b"return") + rb"\s+(?:[\w.]*\.)?_?[A-Z]\w*\s*\(")
"""`return _Session(...)`, `return models.Session(...)`: a call of a name spelled as a class is (CapWords)."""
_RETURNS_CALL = re.compile(after_boundary(b"return") + rb"\s+(?:super\(\)\.)?[\w.]+\s*\(")
_RETURNS_PAREN = re.compile(after_boundary(b"return") + rb"\s*\(")


def read_facts(node: _FunctionDef, text: bytes, method: bool = False, module: bytes = b"") -> CallableFacts:
    """The facts of one function definition; `text` is its source, to skip walking bodies that cannot matter;
    `method`: its first parameter is the instance (a decorator method hands back its second); `module`: the text of
    the module defining it (its constants)."""
    core = _read_facts(node, text, 1 if method else 0, module)
    if any(call.endswith(REPLACE) for call in core[2]):
        core = (core[0], core[1], record_copies(node, core[2]), core[3])
    refuses = b"raise" in text or b"assert" in text
    banned = _kwargs_banned(node, node.args.kwarg.arg) if node.args.kwarg is not None and refuses else set()
    if banned:  # a key the body tests only to refuse it is no option it takes
        core = (core[0], tuple(o for o in core[1] if o not in banned), core[2], core[3])
    more: dict[str, Any] = {}
    binds = [f for f in core[2] if f.rsplit(".", 1)[-1] in ("bind", "bind_partial")] if b".bind" in text else []
    if binds and node.args.kwarg is not None:
        bound = signature_binds(node, node.args.kwarg.arg)
        if bound is not None and bound[0] == len(binds):  # each such hand-off binds a signature the body builds
            _, options, targets = bound
            body = _code_after_docstring(node, text)
            forwards = (*(f for f in core[2] if f not in binds), *(_locally_imported(body, t) for t in targets))
            core = (core[0], tuple(dict.fromkeys((*core[1], *options))), forwards, core[3])
            if not forwards:  # only literal signatures: a keyword none of them spells raises TypeError
                more["kwargs_closed"] = True
    nested = _has_nested_def(text)
    if nested and node.args.kwarg is not None and (popped := _popped_through_helpers(node, node.args.kwarg.arg)):
        core = (core[0], tuple(dict.fromkeys((*core[1], *popped))), core[2], core[3])
    if nested and _returns_keeping_def(node, text):
        more["decorates_keeping"] = True
        more["wrapper_options"] = _wrapper_options(node, text, factory=True)
        if shapes := callback_calls(node, text):
            more["callback_calls"] = shapes
    elif core[3] and nested:
        instance = node.args.args[0].arg if method and node.args.args else None
        more["wrapper_options"] = _wrapper_options(node, text, factory=False, instance=instance)
    elif b"wraps" in text and nested and (spelled := _wrapper_params(node, text)) is not None:
        more["wrapper_params"] = spelled
    if nested and b"return" in text and (types := _wrapper_hands_back(node, text)) is not None:
        more["wrapper_hands_back"] = types
    elif core[3] and not (nested or method or _edits_constructor(text)) and hands_back(node) == ():
        more["hands_back_first"] = True
    if b"decorat" in text and not core[3] and (made := _made_by(node, text)) is not None:
        more["made_by"] = made
    if b"return" in text and (factory := _factory_call(node, text)) is not None:
        more["factory_call"] = factory
    if "wrapper_options" in more and (defaults := _wrapper_defaults(node, factory="decorates_keeping" in more)):
        more["wrapper_defaults"] = defaults
    if "wrapper_options" in more and (
        positional_by_wrapper := _wrapper_positional(node, factory="decorates_keeping" in more)
    ):
        more["wrapper_positional"] = positional_by_wrapper
    options = more.get("wrapper_options", ())
    if options and (renamed := _wrapper_renames(node, factory="decorates_keeping" in more)):
        more["wrapper_renames"] = renamed
    if "wrapper_renames" in more or any(option.startswith("=") for option in options):
        lowered = text.lower()
        more["wrapper_warns"] = b"deprecat" in lowered or b"futurewarning" in lowered
    if b"KEYWORD_ONLY" in text and _warns_positional_use(node, text):
        more["positional_warned"] = True
    elif (counted := positional_cap(node, text)) is not None:
        more["positional_cap"] = counted
    elif (refused := refused_cap(node, text)) is not None:
        more["positional_refused"] = refused
    elif names := positional_names(node, text):
        more["positional_names"] = names
    if b"return" in text and (
        (_RETURNS_CALL.search(text) is not None and not _returns_only_values(node, text))
        or _returns_generator_expression(node, text)
    ):
        more["returns_call"] = True
        if method and b"return self." in text and (called := _returned_self_call(node, text)):
            more["returns_self"] = called
        elif method and (called := _returned_call(node, text)):
            more["returns_of"] = called
    if b"__init__" in text and _sets_init(text):
        more["sets_init"] = True
    if node.name == "__call__" and _skips_constructor(text):
        more["skips_constructor"] = True
    if node.name == "__call__" and _RETURNS_CLASS.search(text) and (classes := _returned_classes(node)):
        more["returns_built"] = classes
    if _ending(node, text):
        more["ends_raising"] = True
    elif first_calls := _first_calls(node, text):
        more["first_calls"] = first_calls
    if b"raise" in text:
        raised = sole_raise(node)
        if raised is not None:
            more["stub"], more["refuses_calls"] = raised == "NotImplementedError", raised != "NotImplementedError"
    if method and "refuses_calls" not in more and b"self" in text and _reads_missing_self(node, text):
        more["refuses_calls"] = True
    unsure = unsure_defaults(node) if b"raise" in text and b"None" in text else []
    if core[1] and node.args.kwarg is not None:
        required, unsure_options = required_options(node, node.args.kwarg.arg)
        more["kwargs_required"], unsure = required, [*unsure, *unsure_options]
    if unsure:
        more["defaults_unsure"] = tuple(unsure)
    if node.args.kwarg is not None and (handed := handed_kwargs(node, node.args.kwarg.arg, text)):
        body = _code_after_docstring(node, text)
        more["kwargs_handed"] = tuple((_locally_imported(body, callee), slot) for callee, slot in handed)
        if keyed := handed_with_keys(node, node.args.kwarg.arg):
            more["kwargs_handed_keys"] = tuple((_locally_imported(body, c), at, slot, k) for c, at, slot, k in keyed)
        if (
            len(handed) == 1
            and "." not in handed[0][0]  # a module function (a method is never read as a closing helper)
            and b"**" + node.args.kwarg.arg.encode() not in body
            and handed_only(node, node.args.kwarg.arg)
        ):
            more["kwargs_handed_only"] = True
    if (b".pop(" in text or b" in " in text) and (taken := param_options(node, text, method)):
        more["param_options"] = taken
    if b"raise" in text and (refusing := param_refused(node, method)):
        more["param_refused"] = refusing
    if may_close(text) and (closed := closed_params(node, method)):
        more["param_closed"] = closed
    if node.args.kwarg is not None and _returns_name(node.args.kwarg.arg.encode()).search(text):
        more["kwargs_returned"] = True
    if node.args.kwarg is not None and _kwargs_keys_only(node, node.args.kwarg.arg, text):
        more["kwargs_keys_only"] = True
    if node.args.kwarg is not None and (b"assert" in text or b"raise" in text):
        if _kwargs_refused(node, node.args.kwarg.arg):
            # keys popped by a loop over a collection the body does not spell are options not read here
            more["kwargs_checked" if _keys_looped_unread(node, node.args.kwarg.arg) else "kwargs_closed"] = True
        elif b"for " in text and _kwargs_checked(node, node.args.kwarg.arg):
            more["kwargs_checked"] = True
        if b"for " in text and "kwargs_closed" not in more and (checked := keyed_kwargs(node, node.args.kwarg.arg)):
            more["kwargs_checked"], more["kwargs_keyed"] = True, checked
    renamed = _params_copied(node, text)
    if node.args.kwarg is not None and any(
        node.args.kwarg.arg.encode() + end in text for end in (b".pop(", b".get(", b"[")
    ):
        renamed += _kwargs_renamed(node, node.args.kwarg.arg)
    if "kwargs_handed" in more and node.args.kwarg is not None:
        body = _code_after_docstring(node, text)
        renamed += tuple(
            (f"{HANDED}{_locally_imported(body, callee)}@{slot}", param)
            for callee, slot, param in renamed_through(node, node.args.kwarg.arg)
        )
    if renamed:
        more["kwargs_renamed"] = renamed
    if b"deprecat" in text and (marker := made_marker(node)) is not None:
        more["makes_deprecation"] = marker
    returned = returned_type(node, b"lambda" in text)
    if returned is None and gives_nothing(node, text):
        returned = NOTHING
    if returned is not None:
        more["returned"] = returned
    elif not method and _RETURNS_CLASS.search(text) and (built := constructed(node)) is not None:
        more["constructs"] = built
    elif not method and b"return property(" in text and constructed(node) == "property":
        more["constructs"] = "property"  # a property factory (oslo.context 5's `_moved_property(...)`)
    elif method and b"return cls(" in text and constructed(node) == "cls":
        more["constructs"] = "cls"  # an alternate constructor (boltons' `FunctionBuilder.from_func`)
    if core[2] and node.args.kwarg is not None:
        filled, before_kwargs, beside = _kwargs_filled(node, text, node.args.kwarg.arg)
        if beside:
            more["kwargs_beside"] = beside
        if filled:
            more["kwargs_filled"] = filled
        if before_kwargs:
            more["kwargs_positional"] = before_kwargs
        if core[1] and (peeked := peeked_options(node.args.kwarg.arg, core[1], text)):
            more["kwargs_peeked"] = peeked
    if banned:
        more["kwargs_filled"] = tuple(sorted({*more.get("kwargs_filled", ()), *banned}))
    if (b'f"' in text or b"f'" in text) and (reads := keyed_reads(node, text)):
        more["keyed_reads"] = reads
    if (
        (b"get(f" in text or b"[f" in text)
        and _may_serve_prefixed(node, text)
        and (prefixed := _serves_prefixed(node)) is not None
    ):
        more["serves_prefixed"] = prefixed
    if node.name == "__getattr__" and not method and b"globals()" in text:
        more["getattr_helper"] = _getattr_helper(node)
    if node.name == "__getattr__":
        more["getattr_items"], more["getattr_served"] = _returns_own_items(node), _getattr_served(node)
        more["getattr_refused"] = _getattr_refused(node, method)
        if more["getattr_served"] is None:
            more["getattr_via"] = _member_map_lookup(node) or (
                _getattr_via(node) if method else module_getattr_via(node)
            )
    elif isinstance(node.body[-1], ast.Raise) and b" in " in text:
        more["serves_keys"] = _serves_keys(node)
    if b" not in " in text and b"raise" in text and (unlisted := refuses_unlisted(node)) is not None:
        more["refuses_unlisted"] = unlisted
    if b"import_module(" in text and b"getattr(" in text and (source := serves_from(node)) is not None:
        more["serves_from"] = source
    if method and b"super()." + node.name.encode() + b"(" in text and (overridden := _super_handed(node, text)):
        more["super_handed"] = overridden
    if _may_pass_through(node, text):
        passed = _passes_through(node, text, method)
        if passed is not None:
            more["passes_to"], more["handed_on"] = passed
    if node.args.vararg is not None and b"len(" in text:
        cap = _varargs_cap(node, node.args.vararg.arg)
        if cap is not None:
            more["max_varargs"] = cap
    if node.args.vararg is not None and b"raise" in text:
        least = _varargs_floor(node, node.args.vararg.arg)
        if least:
            more["min_varargs"] = least
    if node.args.vararg is not None and "max_varargs" not in more and _hands_varargs(node.args.vararg.arg).search(text):
        more["varargs_helper"] = _varargs_helper(node, node.args.vararg.arg)
    if node.args.vararg is not None and node.args.kwarg is not None and core[2] and "max_varargs" not in more:
        leading = more.get("kwargs_positional", 0)
        assert isinstance(leading, int)
        if _varargs_only_forwarded(node, node.args.vararg.arg, node.args.kwarg.arg, leading):
            more["varargs_forwarded"] = True
    positional = [*node.args.posonlyargs, *node.args.args][1 if method else 0 :]
    if positional and b"len(" in text and b"raise" in text:
        cap = _varargs_cap(node, positional[0].arg)
        if cap is not None:
            more["first_arg_cap"] = cap
    code = _code_after_docstring(node, text)
    if unread := unread_params(node, code, method):
        more["params_unread"] = unread
    if node.returns is not None or any(a.annotation is not None for a in (*node.args.posonlyargs, *node.args.args)):
        more["body_crc"] = zlib.crc32(code)
    if uses := param_uses_crc(node, code):
        more["uses_crc"] = uses
    if node.args.defaults and (respelled := respelled_crcs(node, code)):
        more["respelled_crc"] = respelled
    if own_called := called_params(node, code):
        more["params_called"] = own_called
    if b"_" in code and (helpers := private_calls(node)):
        more["private_calls"] = helpers
    if b"raise" in code and (expiring := expiry_params(node, method)):
        more["expiry_params"] = expiring
    # a version test names what it compares (`is_bad_version`, `version_str`): other defs are not walked for it
    if b"return" in code and b"version" in code and (compared := version_test(node, method)):
        more["version_test"] = compared
    if not more and core == _PLAIN:
        return NO_FACTS
    return CallableFacts(*core, **more)


_DEF_WORD = re.compile(rb"def[ \t]")
_DEF_INDENT = re.compile(rb"[ \t]+(?:async[ \t]+)?\Z")


def _popped_through_helpers(node: _FunctionDef, kwargs: str) -> tuple[str, ...]:
    """Options the body reads out of `**kwargs` through a def of its own taking the key (proplot 0.7's `Colormap`:
    `def _pop_modification(key): value = kwargs.pop(key, None)`, then `_pop_modification('cut')` and 8 more): each
    literal key a call of it hands in that parameter's slot."""
    slots: dict[str, int] = {}
    for inner in node.body:
        if not isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = [arg.arg for arg in (*inner.args.posonlyargs, *inner.args.args)]
        for sub in walk(inner):
            taken = key_take(sub)
            if taken is not None and dotted_name(taken[0]) == kwargs:
                held = taken[2][0]
                if isinstance(held, ast.Name) and held.id in params:
                    slots[inner.name] = params.index(held.id)
    found: list[str] = []
    for sub in walked(node) if slots else ():
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in slots:
            slot = slots[sub.func.id]
            key = sub.args[slot] if slot < len(sub.args) else None
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isidentifier():
                found.append(key.value)
    return tuple(dict.fromkeys(found))


def _has_nested_def(text: bytes) -> bool:
    """Some line after the first is an indented `def` (or `async def`). Led by the literal word (a pattern led by the
    newline tries every line of the body); each `def` found is then checked to start its line after indentation."""
    for match in _DEF_WORD.finditer(text, 1):
        line = text.rfind(b"\n", 0, match.start()) + 1
        if line > 1 and _DEF_INDENT.match(text, line, match.start()):
            return True
    return False


_VALUE_MAKERS = frozenset({"list", "tuple", "dict", "set", "frozenset", "sorted"})
"""Builtins whose call gives a finished container, never an iterator."""
_VALUE_METHODS = frozenset({"fetchall", "fetchmany", "readlines", "splitlines"})
"""Methods the standard library's DB-API cursors, files and strings define to return a list."""
_VALUE_CALL = re.compile(b"(?:" + b"|".join(sorted(n.encode() for n in _VALUE_MAKERS | _VALUE_METHODS)) + rb")\(")


def _returns_only_values(node: _FunctionDef, text: bytes) -> bool:
    """Every call the body's own `return`s hand back gives a finished value (`return cursor.fetchall()`, `return
    sorted(rows)`): the function never gave an iterator, so its becoming a generator is seen (sqlite-utils 3.0's
    `Table.search()`, which returned `self.db.execute(sql, (q,)).fetchall()` in 2.23, now yields dicts)."""
    if _VALUE_CALL.search(text, text.find(b"return")) is None:  # a returned call lies past the first `return`
        return False
    own = _own_nodes(node.body, _lines_with(node, text, [b"return"]))
    calls = [sub.value for sub in own if isinstance(sub, ast.Return) and isinstance(sub.value, ast.Call)]
    return bool(calls) and all(_makes_value(call, node) for call in calls)


def _makes_value(call: ast.Call, node: _FunctionDef) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr in _VALUE_METHODS
    shadowed = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    return isinstance(func, ast.Name) and func.id in _VALUE_MAKERS and func.id not in shadowed


def _returned_self_call(node: _FunctionDef, text: bytes) -> str:
    """The method every `return` of the text calls on `self` and hands back, "" when any returns another thing (a
    nested def's too: then none is claimed) or there are more than `_MAX_RETURNS`. Read from the code after the
    docstring, whose `:return:` fields (zendriver 0.13's `Tab.__call__`, which returns `self.wait_for(...)`) are
    no statement; a word `return` in a comment after code is no such call, so it gives ""."""
    positional = [*node.args.posonlyargs, *node.args.args]
    if not positional or positional[0].arg != "self":
        return ""
    code = _code_after_docstring(node, text)
    names = set()
    for count, match in enumerate(_RETURN_WORD.finditer(code)):
        called = _RETURNED_SELF_CALL.match(code, match.end())
        if count >= _MAX_RETURNS or called is None:
            return ""
        names.add(called.group(1))
    return names.pop().decode() if len(names) == 1 else ""


def _returned_call(node: _FunctionDef, text: bytes) -> str:
    """The dotted name every own `return` of the body calls and hands back whole (`return flatatt(self.attrs)`),
    when it is a plain name or a module's attribute, no method of the instance nor `super()`'s; "" when any returns
    another thing or there are more than `_MAX_RETURNS`. The text after each `return` is read first: the syntax only
    when each spells a call of one same name."""
    code = _code_after_docstring(node, text)
    spelled = set()
    for count, match in enumerate(_RETURN_WORD.finditer(code)):
        called = _RETURNED_CALL.match(code, match.end())
        if count >= _MAX_RETURNS or called is None:
            return ""
        spelled.add(called.group(1))
    name = spelled.pop().decode() if len(spelled) == 1 else ""
    if not name or name.partition(".")[0] in ("self", "super", "cls"):
        return ""
    own = _own_nodes(node.body, _lines_with(node, text, [b"return"]))
    returns = [sub.value for sub in own if isinstance(sub, ast.Return)]
    whole = all(isinstance(value, ast.Call) and dotted_name(value.func) == name for value in returns)
    return name if returns and whole else ""


_RETURN_WORD = re.compile(rb"(?<![\w.])return(?!\w)")
_RETURNED_SELF_CALL = re.compile(rb"[ \t]+self\.(\w+)[ \t]*\(")
_RETURNED_CALL = re.compile(rb"[ \t]+([A-Za-z_][\w.]*)[ \t]*\(")
_MAX_RETURNS = 8
"""`return` statements read per body for `_returned_self_call`."""


def _returns_generator_expression(node: _FunctionDef, text: bytes) -> bool:
    """Some `return` of the body (its own) hands back a generator expression: callers already got an iterator."""
    if _RETURNS_PAREN.search(text) is None:
        return False
    own = _own_nodes(node.body, _lines_with(node, text, [b"return"]))
    return any(isinstance(sub, ast.Return) and isinstance(sub.value, ast.GeneratorExp) for sub in own)


_POSITIONAL_WRAPPER = re.compile(rb"def \w+\(\s*\*\w+\s*,\s*\*\*\w+\s*\)")
_POSITIONAL_MESSAGE = re.compile(rb"""(?:warn|deprecation)\w*\(\s*[rbfuRBFU]*["'][^"'\n]*positional""")


def _warns_positional_use(node: _FunctionDef, text: bytes) -> bool:
    """See `CallableFacts.positional_warned`: the decorator reads which parameters are keyword-only, and builds a
    wrapper of `(*args, **kwargs)` — `wraps`, or made by a helper handed the function (hypothesis 5's
    `@proxies(func)`) — that warns and refuses nothing; or that refuses something, but whose warning says it is about
    positional use (hypothesis 5's `deprecated_posargs` raises only for a value passed both ways, and warns "was
    passed x as a positional argument"), so the keyword-only parameters of its 46 functions still bound by position."""
    wrapper = _POSITIONAL_WRAPPER.search(text)
    if wrapper is None:
        return False
    if not (b"wraps" in text or b"update_wrapper" in text or _helper_made(node, text)):
        return False
    if b"raise" not in text:
        return text.find(b"warn", wrapper.end()) != -1
    return _POSITIONAL_MESSAGE.search(text, wrapper.end()) is not None


def _made_by(node: _FunctionDef, text: bytes) -> tuple[str, int] | None:
    """See `CallableFacts.made_by`: read on the body's own `return` lines, only when the text names a decorat(or|e)."""
    params = [*node.args.posonlyargs, *node.args.args]
    if not params:
        return None
    own = _own_nodes(node.body, _lines_with(node, text, [b"return"]))
    found = set()
    for sub in own:
        if not isinstance(sub, ast.Return):
            continue
        call = sub.value
        if not isinstance(call, ast.Call) or not (callee := dotted_name(call.func)):
            return None
        slots = [i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id == params[0].arg]
        if len(slots) != 1 or any(isinstance(a, ast.Starred) for a in call.args):
            return None
        found.add((callee, slots[0]))
    return found.pop() if len(found) == 1 else None


def _factory_call(node: _FunctionDef, text: bytes) -> tuple[str, int] | None:
    """See `CallableFacts.factory_call`: the body a lone `return` (a docstring aside), or its every own `return`
    when the text names a decorat(or|e); none when some `return` hands back anything else."""
    body = node.body[1:] if _docstring_first(node) else node.body
    if len(body) == 1 and isinstance(body[0], ast.Return):
        returns: list[ast.Return] = [body[0]]
    elif b"decorat" in text:
        own = _own_nodes(node.body, _lines_with(node, text, [b"return"]))
        returns = [sub for sub in own if isinstance(sub, ast.Return)]
    else:
        return None
    found = set()
    for sub in returns:
        call = sub.value
        if not isinstance(call, ast.Call) or not (callee := dotted_name(call.func)):
            return None
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            return None
        found.add((callee, len(call.args)))
    return found.pop() if len(found) == 1 else None


def _docstring_first(node: _FunctionDef) -> bool:
    first = node.body[0]
    return isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)


def _returned_defs(node: _FunctionDef, text: bytes) -> list[_FunctionDef]:
    """The defs of the body its every `return` (its own, not a nested def's) hands back by name; none when some
    `return` hands back anything else."""
    nested = {stmt.name: stmt for stmt in node.body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))}
    if not nested:
        return []
    own = _own_nodes(node.body, _lines_with(node, text, [b"return"]))
    returned = [
        nested.get(sub.value.id) if isinstance(sub.value, ast.Name) else None
        for sub in own
        if isinstance(sub, ast.Return)
    ]
    return [inner for inner in returned if inner is not None] if all(returned) else []


def _returns_keeping_def(node: _FunctionDef, text: bytes) -> bool:
    """Every `return` of the body (its own, not a nested def's) hands back a def of the body that keeps the
    signature of what it decorates: the function is a decorator factory (see `CallableFacts.decorates_keeping`)."""
    returned = _returned_defs(node, text)
    lines = text.split(b"\n")
    for inner in returned:
        segment = b"\n".join(lines[inner.lineno - node.lineno : (inner.end_lineno or inner.lineno) - node.lineno + 1])
        if not _keeps_signature(inner, segment):
            return False
    return bool(returned)


def _wrapper_hands_back(node: _FunctionDef, text: bytes) -> tuple[str, ...] | None:
    """See `CallableFacts.wrapper_hands_back`: the one def every `return` of the body hands back, decorated by
    nothing but `wraps`, hands back the function it is given (`handsback.hands_back`)."""
    returned = {id(inner): inner for inner in _returned_defs(node, text)}
    if len(returned) != 1:
        return None
    inner = next(iter(returned.values()))
    decorators = [d.func if isinstance(d, ast.Call) else d for d in inner.decorator_list]
    if any((dotted_name(d) or "").rsplit(".", 1)[-1] != "wraps" for d in decorators):
        return None
    return hands_back(inner)


def _wrapper_params(node: _FunctionDef, text: bytes) -> tuple[Param, ...] | None:
    """See `CallableFacts.wrapper_params`: read off the one def every `return` of the body hands back by name, made
    `@wraps(f)` or `@functools.wraps(f)` for the body's only parameter `f`, and decorated by nothing else."""
    params = [*node.args.posonlyargs, *node.args.args]
    if len(params) != 1 or node.args.vararg or node.args.kwonlyargs or node.args.kwarg:
        return None
    returned = [
        sub.value for sub in _own_nodes(node.body, _lines_with(node, text, [b"return"])) if isinstance(sub, ast.Return)
    ]
    names = {value.id for value in returned if isinstance(value, ast.Name)}
    if not returned or len(names) != 1 or len(returned) != sum(isinstance(v, ast.Name) for v in returned):
        return None
    name = names.pop()
    inner = next(
        (s for s in node.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == name), None
    )
    if inner is None or inner.args.vararg is not None or inner.args.kwarg is not None or len(inner.decorator_list) != 1:
        return None
    made = inner.decorator_list[0]
    if not (
        isinstance(made, ast.Call)
        and dotted_name(made.func) in _WRAPS
        and len(made.args) == 1
        and not made.keywords
        and isinstance(made.args[0], ast.Name)
        and made.args[0].id == params[0].arg
    ):
        return None
    return tuple(Param(p.name, p.kind, p.has_default) for p in read_params(inner.args, _NO_SOURCE, drop_first=False))


_NO_SOURCE = SourceText(b"")
"""Source for `read_params` where annotations are dropped (see `CallableFacts.wrapper_params`)."""


def _returned_def(node: _FunctionDef) -> _FunctionDef | None:
    """The def of the body its last statement returns by name (`return wrapper`), if any; also through a call handing
    it back: typed, `return cast(F, wrapper)` (pandas 1.4's `names_compat`, whose wrapper's `kwargs["names"] =
    kwargs.pop("name")` went unseen), or `return update_wrapper(wrapper, f)`, `return wraps(f)(wrapper)`."""
    params = [*node.args.posonlyargs, *node.args.args]
    names = _ending_names(node.body, params[0].arg if params else "")
    if names is None or len(names) != 1:
        return None
    name = names.pop()
    defs = [stmt for stmt in node.body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return next((stmt for stmt in defs if stmt.name == name), None)


def _ending_names(body: list[ast.stmt], decorated: str) -> set[str] | None:
    """The names a block's last statement hands back (see `_handed_back`), through each way of an `if/else`
    (apischema 0.15's `deprecate_kwargs` returns `cast(Func, wraps(func)(wrapper))` for a function, but the class
    itself for a class, after `func.__init__ = wraps(func.__init__)(wrapper)`): a way returning the `decorated`
    argument counts as the def it sets as one of its attributes, else as itself; None when a way ends otherwise."""
    last = body[-1] if body else None
    if isinstance(last, ast.If):
        taken, other = _ending_names(last.body, decorated), _ending_names(last.orelse, decorated)
        return taken | other if taken is not None and other is not None else None
    value = _handed_back(last.value) if isinstance(last, ast.Return) else None
    if not isinstance(value, ast.Name):
        return None
    if value.id == decorated and (set_as := _set_on(body, decorated)) is not None:
        return {set_as}
    return {value.id}


def _set_on(body: list[ast.stmt], decorated: str) -> str | None:
    """The name a block assigns, through `_handed_back`, to an attribute of `decorated` (`f.__init__ = wraps(g)(w)`)."""
    for stmt in body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
            continue
        target, value = stmt.targets[0], _handed_back(stmt.value)
        on = isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == decorated
        if on and isinstance(value, ast.Name):
            return value.id
    return None


_CASTS = frozenset({"cast", "typing.cast", "t.cast"})
"""`typing.cast` as decorators spell it: it returns its second argument unchanged."""
_UPDATE_WRAPPER = frozenset({"update_wrapper", "functools.update_wrapper"})
_WRAPS = frozenset({"wraps", "functools.wraps"})


def _handed_back(value: ast.expr | None) -> ast.expr | None:
    """The argument a call returns unchanged (`cast(F, w)`, `update_wrapper(w, f)`, `wraps(f)(w)`), else `value`;
    nested too (apischema 0.15's `cast(Func, wraps(func)(wrapper))`)."""
    if not isinstance(value, ast.Call):
        return value
    name = dotted_name(value.func)
    if name in _CASTS and len(value.args) == 2:
        return _handed_back(value.args[1])
    if name in _UPDATE_WRAPPER and value.args:
        return _handed_back(value.args[0])
    if isinstance(value.func, ast.Call) and dotted_name(value.func.func) in _WRAPS and len(value.args) == 1:
        return _handed_back(value.args[0])
    return value


def _wrapper_def(node: _FunctionDef, factory: bool) -> _FunctionDef | None:
    """The wrapping def a bare decorator returns, or the one the decorator a factory returns returns."""
    inner = _returned_def(node)
    return _returned_def(inner) if inner is not None and factory else inner


def _wrapper_renames(node: _FunctionDef, factory: bool) -> tuple[tuple[str, str], ...]:
    """See `CallableFacts.wrapper_renames`."""
    inner = _wrapper_def(node, factory)
    return literal_renames(inner) if inner is not None else ()


def _wrapper_defaults(node: _FunctionDef, factory: bool) -> tuple[tuple[int, str], ...]:
    """See `CallableFacts.wrapper_defaults`: read from the call of the wrapper handing on its `*args`."""
    inner = _wrapper_def(node, factory)
    if inner is None or inner.args.vararg is None or not inner.args.defaults:
        return ()
    positional = [*inner.args.posonlyargs, *inner.args.args]
    first_default = len(positional) - len(inner.args.defaults)
    varargs = inner.args.vararg.arg
    for sub in walk(inner):
        if not isinstance(sub, ast.Call) or not any(
            isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) and a.value.id == varargs for a in sub.args
        ):
            continue
        handed = list(itertools.takewhile(lambda a: not isinstance(a, ast.Starred), sub.args[: len(positional)]))
        return tuple(
            (slot, ast.unparse(inner.args.defaults[slot - first_default]))
            for slot, argument in enumerate(handed)
            if slot >= first_default and isinstance(argument, ast.Name) and argument.id == positional[slot].arg
        )
    return ()


def _wrapper_positional(node: _FunctionDef, factory: bool) -> tuple[str, ...]:
    """See `CallableFacts.wrapper_positional`: the wrapper's required positional parameters, from the first, that the
    call handing on its `*args` passes in their own slots."""
    inner = _wrapper_def(node, factory)
    if inner is None or inner.args.vararg is None:
        return ()
    positional = [*inner.args.posonlyargs, *inner.args.args]
    required = positional[: len(positional) - len(inner.args.defaults)]
    varargs = inner.args.vararg.arg
    for sub in walk(inner):
        if not isinstance(sub, ast.Call) or not any(
            isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) and a.value.id == varargs for a in sub.args
        ):
            continue
        handed = itertools.takewhile(lambda a: not isinstance(a, ast.Starred), sub.args)
        return tuple(
            param.arg
            for _, param in itertools.takewhile(
                lambda pair: isinstance(pair[0], ast.Name) and pair[0].id == pair[1].arg,
                zip(handed, required, strict=False),
            )
        )
    return ()


def _wrapper_options(node: _FunctionDef, text: bytes, factory: bool, instance: str | None = None) -> tuple[str, ...]:
    """See `CallableFacts.wrapper_options`: the wrapping def a bare decorator returns, or the one the decorator a
    factory returns returns; `instance` names the first parameter of a decorator method (a class's `__call__`)."""
    inner = _wrapper_def(node, factory)
    if inner is None or inner.args.kwarg is None:
        return ()
    lines = text.split(b"\n")
    segment = b"\n".join(lines[inner.lineno - node.lineno : (inner.end_lineno or inner.lineno) - node.lineno + 1])
    spelled = _read_facts(inner, segment, 0)[1]
    named = _named_keys(node if factory else None, inner, inner.args.kwarg.arg, instance)
    unspelled = _UNSPELLED_KEYS.search(segment.replace(inner.args.kwarg.arg.encode(), b"kwargs")) is not None
    filled = _filled_options(filled_keys(inner), node if factory else None)
    return spelled + tuple(k for k in named if k != "**") + filled + (("**",) if unspelled or "**" in named else ())


def _filled_options(keys: tuple[str, ...], factory: _FunctionDef | None) -> tuple[str, ...]:
    """The "+k" options of the keys a wrapper fills (see `filled_keys`); "+=p" for one stored under the name of the
    factory's parameter `p`, and for each parameter whose value the factory's body gives `p` instead (scrapyd 1.5's
    `param(decoded, *, dest=None, ...)`: `if dest is None: dest = decoded`, its wrapper storing `kwargs[dest]`): the
    decorator call's argument for one of them names the keyword filled. A name no parameter binds is left out."""
    params = (
        {a.arg for a in (*factory.args.posonlyargs, *factory.args.args, *factory.args.kwonlyargs)} if factory else set()
    )
    found: list[str] = []
    for key in keys:
        if not key.startswith("="):
            found.append(f"+{key}")
        elif factory is not None and key[1:] in params:
            found.extend(f"+={name}" for name in (key[1:], *_given_instead(factory, key[1:], params)))
    return tuple(dict.fromkeys(found))


def _given_instead(factory: _FunctionDef, name: str, params: set[str]) -> list[str]:
    """The factory's parameters its body assigns to the parameter `name` (`dest = decoded`), at its top or under
    an `if`."""
    found: list[str] = []
    stack: list[ast.stmt] = list(factory.body)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, ast.If):
            stack.extend((*stmt.body, *stmt.orelse))
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name) and stmt.value.id in params:
            if any(isinstance(target, ast.Name) and target.id == name for target in stmt.targets):
                found.append(stmt.value.id)
    return found


def _named_keys(
    factory: _FunctionDef | None, wrapper: _FunctionDef, kwargs: str, instance: str | None = None
) -> tuple[str, ...]:
    """The keywords a wrapper reads out of its `**kwargs` by a name, not a literal: "=p" for the factory's own
    parameter `p` (pandas' `deprecate_kwarg(old_arg_name, new_arg_name)` wrapper pops `kwargs.pop(old_arg_name)`,
    matplotlib's `rename_parameter(since, old, new)` tests `old in kwargs`: the decorator call's argument names it),
    "=**" for a loop variable over the keywords of the factory's `**` parameter (`deprecated_alias(**aliases)`:
    `for alias, new in aliases.items(): if alias in kwargs`, or a helper handed the `kwargs` dict with them),
    "=p" too for a loop variable over the keys of the factory's parameter `p` in a loop that warns (jsonargparse
    4.50's `renamed_parameter_warning(renames)`: `for old_name, new_name in renames.items(): if old_name in kwargs:
    deprecation_warning(...)`, its call passing a dict literal), "=self.x" for an attribute of the `instance` (a
    decorator class's `__call__` reading `self.old`, set from its constructor's arguments), "=[p]" for a loop variable
    over the factory's parameter `p` tested against them (see `listedkeys`), "=p" too for a name a loop over pairs
    in `p` unpacks, in a loop moving one name's keyword into the other's (scikit-bio 0.7's `params_aliased(params)`:
    `for param, alias, ver, warn in params: if alias in kwargs: kwargs[param] = kwargs.pop(alias)`, its call passing
    a list of tuples), "**" for any other name, a loop over the keywords themselves, or a helper handed the dict
    alone (which keyword is unknown)."""
    arguments = factory.args if factory is not None else None
    params = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)} if arguments else set()
    spread = arguments.kwarg.arg if arguments is not None and arguments.kwarg is not None else ""
    aliases = _bound_by_default(factory, wrapper, params) if factory is not None else {}
    loops = [sub for sub in walked(wrapper) if isinstance(sub, (ast.For, ast.comprehension))]
    over_spread = {name for loop in loops for name in _keys_of(loop, spread)} if spread else set()
    # only a loop warning for the keywords it renames: elasticsearch 8's `parameter_aliases` (`{"from": "from_"}`) are
    # aliases its wrapper renames silently, no deprecation
    over_dict = {
        name: p
        for loop in loops
        if isinstance(loop, ast.For) and warns(loop.body)
        for p in params
        for name in _keys_of(loop, p, methods=("items", "keys"))
    }
    over_dict.update(
        (name, p) for loop in loops if isinstance(loop, ast.For) for name, p in _paired(loop, params, kwargs)
    )
    found = ["**"] if any(dotted_name(loop.iter) == kwargs or _keys_of(loop, kwargs) for loop in loops) else []
    for sub in walked(wrapper):
        if isinstance(sub, ast.Call) and _hands_dict(sub, kwargs):
            # `rename_kwargs(f.__name__, kwargs, aliases)`: the helper reads the keys the factory's arguments name
            handed = (*sub.args, *(k.value for k in sub.keywords))
            given = [aliases.get(a.id, a.id) for a in handed if isinstance(a, ast.Name)]
            reads = [f"={n}" for n in given if n in params] + ["=**" for n in given if n == spread]
            found.extend(read for read in dict.fromkeys(reads or ["**"]) if read not in found)
        key = _kwargs_key_node(sub, kwargs)
        if key is None or _literal(key) is not None:
            continue
        name = aliases.get(key.id, key.id) if isinstance(key, ast.Name) else None
        read = f"={name}" if name in params else "=**" if name in over_spread else "**"
        if name in over_dict:  # jsonargparse's `for old_name, new_name in renames.items(): if old_name in kwargs`
            read = f"={over_dict[name]}"
        if instance and isinstance(key, ast.Attribute) and dotted_name(key.value) == instance:
            read = f"=self.{key.attr}"
        if read not in found:
            found.append(read)
    if factory is not None and params:
        found.extend(option for option in listed_keys(factory, wrapper, kwargs) if option not in found)
    return tuple(found)


def _paired(loop: ast.For, params: set[str], kwargs: str) -> list[tuple[str, str]]:
    """(name, p) for the first two names the loop unpacks from each item of the factory's parameter `p` (`for param,
    alias, *_ in p`), when its body moves the keyword of one into the other (`kwargs[param] = kwargs.pop(alias)`,
    `= kwargs[alias]`): the decorator call's "<a:b>" pairs say which keywords those are (see `listedkeys`)."""
    target = loop.target
    if not (isinstance(loop.iter, ast.Name) and loop.iter.id in params and isinstance(target, ast.Tuple)):
        return []
    names = [e.id for e in target.elts[:2] if isinstance(e, ast.Name)]
    if len(names) != 2:
        return []
    for stmt in loop.body:
        for node in walk(stmt):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                into, read = node.targets[0], _kwargs_key_node(node.value, kwargs)
                key = into.slice if isinstance(into, ast.Subscript) and dotted_name(into.value) == kwargs else None
                moved = {_name_id(key), _name_id(read)}
                if moved == set(names):
                    return [(name, loop.iter.id) for name in names]
    return []


def _name_id(node: ast.expr | None) -> str:
    return node.id if isinstance(node, ast.Name) else ""


def _bound_by_default(factory: _FunctionDef, wrapper: _FunctionDef, params: set[str]) -> dict[str, str]:
    """Parameter -> the factory's parameter its default binds it to, for the decorator the factory returns and its
    wrapper: the closure idiom (pvlib 0.13's `renamed_kwarg_warning(since, old_param_name, new_param_name)` returns
    `deprecate(func, old=old_param_name, new=new_param_name)`, whose wrapper tests `old in kwargs`): the same key."""
    found: dict[str, str] = {}
    for node in (_returned_def(factory), wrapper):
        if node is None:
            continue
        positional = [*node.args.posonlyargs, *node.args.args]
        defaulted = [
            *zip(positional[len(positional) - len(node.args.defaults) :], node.args.defaults, strict=True),
            *zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True),
        ]
        for arg, default in defaulted:
            if isinstance(default, ast.Name) and default.id in params and arg.arg not in params:
                found[arg.arg] = default.id
    return found


def _hands_dict(call: ast.Call, kwargs: str) -> bool:
    """The call is handed the `**kwargs` dict itself (not spread): it may take keywords out of it."""
    values = (*call.args, *(k.value for k in call.keywords if k.arg is not None))
    return any(isinstance(value, ast.Name) and value.id == kwargs for value in values)


def _keys_of(
    loop: ast.For | ast.comprehension, spread: str, methods: tuple[str, ...] = ("", "items", "keys")
) -> tuple[str, ...]:
    """The loop variable taking the keys of `spread` (`for k in spread`, `for k in spread.keys()`, `for k, v in
    spread.items()`; `methods` those taken, "" for the plain loop)."""
    over = loop.iter
    method = over.func.attr if isinstance(over, ast.Call) and isinstance(over.func, ast.Attribute) else ""
    source = over.func.value if isinstance(over, ast.Call) and isinstance(over.func, ast.Attribute) else over
    if method not in methods or dotted_name(source) != spread:
        return ()
    target = loop.target
    if method == "items":
        if not (isinstance(target, ast.Tuple) and target.elts):
            return ()
        target = target.elts[0]
    return (target.id,) if isinstance(target, ast.Name) else ()


_UNSPELLED_KEYS = re.compile(
    rb"\.intersection\(\s*kwargs\s*\)|&\s*kwargs\.keys\(\)|kwargs\.items\(\)"
    rb"|\bin\s+(?:list|tuple|set)\(\s*kwargs\s*\)"
)
"""A wrapper reading the keywords of its `**kwargs` through a collection it does not spell (elasticsearch 8's
`_TRANSPORT_OPTIONS.intersection(kwargs)`, a loop over them; a loop over `kwargs` itself is read on the tree, see
`_named_keys`): `CallableFacts.wrapper_options` ends in "**"."""


def _getattr_served(node: _FunctionDef) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """See `CallableFacts.getattr_served`: every `return` sits under a test of the name against literals, or returns
    `getattr(M, name)` for a module name M (or a loop variable over a literal tuple of them)."""
    params = [*node.args.posonlyargs, *node.args.args]
    if len(params) < 2 or not node.body or not isinstance(node.body[-1], ast.Raise):
        return None
    name = params[1].arg
    names: list[str] = []
    sources: list[str] = []

    def served(body: list[ast.stmt], literals: list[str] | None, loops: dict[str, list[str]]) -> bool:
        for stmt in body:
            if isinstance(stmt, ast.Return):
                if literals is not None:
                    names.extend(literals)
                    continue
                source = _getattr_of(stmt.value, name, loops)
                if source is None:
                    return False
                sources.extend(source)
            elif isinstance(stmt, ast.If):
                tested = _name_literals(stmt.test, name)
                if not served(stmt.body, tested if tested is not None else literals, loops):
                    return False
                if not served(stmt.orelse, literals, loops):
                    return False
            elif isinstance(stmt, ast.For):
                over = [dotted_name(e) for e in stmt.iter.elts] if isinstance(stmt.iter, (ast.Tuple, ast.List)) else []
                if isinstance(stmt.target, ast.Name) and over and all(over):
                    if not served(stmt.body, literals, {**loops, stmt.target.id: [o for o in over if o]}):
                        return False
                elif contains(stmt, (ast.Return,)):
                    return False
            elif contains(stmt, (ast.Return,)):
                return False  # a `return` inside a `try`, `with` or `while`: not read
        return True

    if not served(node.body, None, {}):
        return None
    return tuple(dict.fromkeys(names)), tuple(dict.fromkeys(sources))


MEMBER_MAP = "_member_map_"
"""`CallableFacts.getattr_via` callee of a `__getattr__` returning only an enum member looked up by the name (see
`_member_map_lookup`)."""


def _member_map_lookup(node: _FunctionDef) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """`(MEMBER_MAP, (("0", "*name.upper()"),))` for a `__getattr__` whose every `return` gives `cls._member_map_[
    name.upper()]` (`*name` for the name as asked, `.lower()` likewise): the metaclass of Azure's older generated
    enums (`_CaseInsensitiveEnumMeta`), which answers only names that are members in some case, raising for the
    rest (an AttributeError, or the lookup's KeyError); None for any other body."""
    params = [*node.args.posonlyargs, *node.args.args]
    if len(params) < 2:
        return None
    owner, name = params[0].arg, params[1].arg
    returns = [sub for sub in walked(node) if isinstance(sub, ast.Return)]
    keys: set[str] = set()
    for returned in returns:
        value = returned.value
        if not (
            isinstance(value, ast.Subscript)
            and isinstance(value.value, ast.Attribute)
            and value.value.attr == MEMBER_MAP
            and isinstance(value.value.value, ast.Name)
            and value.value.value.id == owner
        ):
            return None
        key = value.slice
        if isinstance(key, ast.Name) and key.id == name:
            keys.add("*name")
        elif (
            isinstance(key, ast.Call)
            and isinstance(key.func, ast.Attribute)
            and key.func.attr in ("upper", "lower")
            and isinstance(key.func.value, ast.Name)
            and key.func.value.id == name
            and not key.args
        ):
            keys.add(f"*name.{key.func.attr}()")
        else:
            return None
    return (MEMBER_MAP, (("0", keys.pop()),)) if len(keys) == 1 else None


_CONVERSIONS = {"str": "__str__", "repr": "__repr__"}
"""Builtins converting their one argument through a method of its class: `str(x)` returns `x.__str__()`."""


def _getattr_via(node: _FunctionDef) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """See `CallableFacts.getattr_via`."""
    params = [*node.args.posonlyargs, *node.args.args]
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(params) < 2 or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    callee = plainly_called(call)
    if callee is None or not isinstance(call, ast.Call):
        return None

    def spelled(argument: ast.expr) -> str:
        if isinstance(argument, ast.Call):
            called = dotted_name(argument.func) or ""
            if called in _CONVERSIONS and [dotted_name(a) for a in argument.args] == [params[0].arg]:
                return f"{params[0].arg}.{_CONVERSIONS[called]}()"  # `str(self)` is what the instance's `__str__` gives
            return f"{called}()" if called.count(".") == 1 and called.startswith(f"{params[0].arg}.") else ""
        dotted = dotted_name(argument) or ""
        return "*name" if dotted == params[1].arg else dotted

    passed = [(str(slot), spelled(a)) for slot, a in enumerate(call.args)]
    return callee, (*passed, *((k.arg, spelled(k.value)) for k in call.keywords if k.arg is not None))


def _getattr_helper(node: _FunctionDef) -> tuple[str, str, str] | None:
    """See `CallableFacts.getattr_helper`."""
    params = [*node.args.posonlyargs, *node.args.args]
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(params) != 1 or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not isinstance(call, ast.Call) or not (callee := dotted_name(call.func)):
        return None
    passed = [*((str(slot), a) for slot, a in enumerate(call.args)), *((k.arg, k.value) for k in call.keywords)]
    name = [key for key, a in passed if isinstance(a, ast.Name) and a.id == params[0].arg]
    table = [key for key, a in passed if _is_globals_call(a)]
    if len(name) != 1 or len(table) != 1 or name[0] is None or table[0] is None:
        return None
    return callee, name[0], table[0]


def _is_globals_call(node: ast.expr) -> bool:
    """The expression is a call of the builtin `globals()`: the module's own names."""
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "globals" and not node.args
    )


_FSTRING = re.compile(rb"[fF][rR]?['\"]|[rR][fF]['\"]")
"""Every prefix of a literal that is an f-string (`f`, `F`, `rf`, `fR`... then a quote)."""


def _may_serve_prefixed(node: _FunctionDef, text: bytes) -> bool:
    """The key `_serves_prefixed` reads is an f-string: without one in the text no walk of the def (its decorators are
    above the text and walked too)."""
    return bool(node.decorator_list) or _FSTRING.search(text) is not None


def _serves_prefixed(node: _FunctionDef) -> tuple[str, str, str] | None:
    """See `CallableFacts.serves_prefixed`: the first such look-up of the body, its prefix a literal."""
    params = {arg.arg for arg in _all_args(node.args)}
    for sub in walk(node):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "get" and sub.args:
            table, key = sub.func.value, sub.args[0]
        elif isinstance(sub, ast.Subscript) and isinstance(sub.ctx, ast.Load):
            table, key = sub.value, sub.slice
        else:
            continue
        held = "globals()" if _is_globals_call(table) else table.id if isinstance(table, ast.Name) else ""
        if held not in params and held != "globals()" or not isinstance(key, ast.JoinedStr) or len(key.values) != 2:
            continue
        prefix, name = key.values
        if (
            isinstance(prefix, ast.Constant)
            and isinstance(prefix.value, str)
            and prefix.value
            and isinstance(name, ast.FormattedValue)
            and isinstance(name.value, ast.Name)
            and name.value.id in params
            and name.conversion == -1
            and name.format_spec is None
        ):
            return prefix.value, name.value.id, held
    return None


def _serves_keys(node: _FunctionDef) -> tuple[str, str] | None:
    """See `CallableFacts.serves_keys`."""
    params = {arg.arg for arg in _all_args(node.args)}
    tests: set[tuple[str, str]] = set()
    for stmt in node.body[:-1]:
        pair = _param_in_param(stmt.test, params) if isinstance(stmt, ast.If) and not stmt.orelse else None
        if pair is not None:
            tests.add(pair)
        elif any(isinstance(sub, (ast.Return, ast.Yield, ast.YieldFrom)) for sub in walk(stmt)):
            return None
    return tests.pop() if len(tests) == 1 else None


def _param_in_param(test: ast.expr, params: set[str]) -> tuple[str, str] | None:
    """(a, b) for a test `a in b` of two parameters."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.In)):
        return None
    left, right = test.left, test.comparators[0]
    if isinstance(left, ast.Name) and isinstance(right, ast.Name) and {left.id, right.id} <= params:
        return left.id, right.id
    return None


def _getattr_refused(node: _FunctionDef, method: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """See `CallableFacts.getattr_refused` (of a class's `__getattr__`, or a module's when not `method`): the
    leading `if`s of the body that test the name and only raise; any statement before them that may return ends the
    search (the names it answers are not refused)."""
    params = [*node.args.posonlyargs, *node.args.args]
    if len(params) < (2 if method else 1):
        return (), ()
    owner, name = (params[0].arg, params[1].arg) if method else ("", params[0].arg)
    names: list[str] = []
    collections: list[str] = []
    for stmt in node.body:
        if isinstance(stmt, ast.If) and only_raises(stmt.body):
            literals = _name_literals(stmt.test, name)
            held = _name_tested_in(stmt.test, name)
            names.extend(literals or ())
            if held is not None and literals is None:  # the instance spelled "self" whatever its name
                instance = owner and held.startswith(f"{owner}.")
                collections.append(f"self.{held[len(owner) + 1 :]}" if instance else held)
        if any(_may_answer_or_rename(sub, name) for sub in walk(stmt)):
            break
    return tuple(dict.fromkeys(names)), tuple(dict.fromkeys(collections))


def _may_answer_or_rename(node: ast.AST, name: str) -> bool:
    """A `return` (or `yield`), or a new value bound to the name the later tests read."""
    if isinstance(node, (ast.Return, ast.Yield, ast.YieldFrom)):
        return True
    return isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load)


def _name_tested_in(test: ast.expr, name: str) -> str | None:
    """The dotted collection in `name in <collection>` (`self._obsolete_attributes`, `_REMOVED`)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.In)):
        return None
    return dotted_name(test.comparators[0]) if dotted_name(test.left) == name else None


def _name_literals(test: ast.expr, name: str) -> list[str] | None:
    """The literals `test` compares the name with: `name == "event"`, `name in ("a", "b")`."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and dotted_name(test.left) == name):
        return None
    right = test.comparators[0]
    if isinstance(test.ops[0], ast.Eq) and isinstance(right, ast.Constant) and isinstance(right.value, str):
        return [right.value]
    if isinstance(test.ops[0], ast.In) and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
        found = [e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return found if len(found) == len(right.elts) else None
    return None


def _getattr_of(value: ast.expr | None, name: str, loops: dict[str, list[str]]) -> list[str] | None:
    """The module names `value` reads the attribute `name` of: `getattr(sa, name)`, or over a loop variable."""
    if not (
        isinstance(value, ast.Call)
        and dotted_name(value.func) == "getattr"
        and len(value.args) == 2
        and dotted_name(value.args[1]) == name
    ):
        return None
    held = dotted_name(value.args[0])
    if held is None or held in ("self", "cls") or held.startswith(("self.", "cls.")):
        return None
    return loops.get(held, [held])


def _returns_own_items(node: _FunctionDef) -> bool:
    """Some `return` and each returns an item of the instance: `self[...]`, `self.__getitem__(...)`, or an item of a
    mapping the instance holds (`self._data[name]`, python-gitlab's `self.__dict__["_attrs"][name]`, also through a
    local name only ever bound to one: `value = self.__dict__["_attrs"][name]; return value`), `self` being the first
    parameter. Such a `__getattr__` answers names with data the instance was given, never with a method."""
    params = [*node.args.posonlyargs, *node.args.args]
    owner = params[0].arg if params else ""
    returned = [sub.value for sub in walked(node) if isinstance(sub, ast.Return)]
    if not (owner and returned):
        return False
    assigned: dict[str, list[ast.expr]] = {}  # local name -> the values plain `name = ...` statements bind to it
    targets: set[ast.AST] = set()
    stored: set[str] = set()  # names bound otherwise too (a loop, `with ... as`, `+=`, a walrus)
    for sub in walked(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            assigned.setdefault(sub.targets[0].id, []).append(sub.value)
            targets.add(sub.targets[0])
    for sub in walked(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store) and sub not in targets:
            stored.add(sub.id)
    own = {arg.arg for arg in (*params, *node.args.kwonlyargs)}
    return all(
        _own_item(value, owner)
        or isinstance(value, ast.Name)
        and value.id not in own | stored
        and value.id in assigned
        and all(_own_item(bound, owner) for bound in assigned[value.id])
        for value in returned
    )


def _own_item(value: ast.expr | None, owner: str) -> bool:
    """`owner[...]`, `owner.__getitem__(...)`, or a subscript of something reached from `owner` by attributes and
    subscripts (`owner._data[key]`, `owner.__dict__["_attrs"][key]`)."""
    if isinstance(value, ast.Call):
        return dotted_name(value.func) == f"{owner}.__getitem__"
    if not isinstance(value, ast.Subscript):
        return False
    base: ast.expr = value.value
    while isinstance(base, (ast.Subscript, ast.Attribute)):
        base = base.value
    return isinstance(base, ast.Name) and base.id == owner


def _may_pass_through(node: _FunctionDef, text: bytes) -> bool:
    """A cheap test of the text before `_passes_through` walks the body."""
    if node.args.vararg is not None:
        return _PASS_THROUGH.search(text) is not None
    return node.args.kwarg is not None and text.count(b"**" + node.args.kwarg.arg.encode()) > 1


def _passes_through(
    node: _FunctionDef, text: bytes, method: bool = False
) -> tuple[tuple[str, int, tuple[str, ...]], tuple[str, ...]] | None:
    """The one call receiving every variadic parameter whole (`*args` last of its positional arguments, `**kwargs`
    its only unnamed keyword) after N plain positional arguments (`self.loads_unsafe(f.read(), *args, **kwargs)`: the
    callee's first N positional parameters are filled, the rest is what callers reach), and the keywords it names
    beside them (those parameters of the callee are no caller's); never rebound before. A callee the body imports
    itself is that import (pymysql 0.10's `Connect` imports the `Connection` its module rebinds to `Connect`); a
    method of what a call returns is "?.<method>", where no named callee receives them; a call handed only a slice
    of `*args` is `SLICED` + its name (see `_sliced_off`). A call of the callable itself is none: recursing, it hands
    them on to where they go anyway (jsonref 0.3's `JsonRef.replace_refs(cls, obj, **kwargs)` recurses on each item
    through `cls.replace_refs(v, _path=..., **kwargs)` and builds `cls(obj, **kwargs)`).
    Options popped out of `**kwargs` on the way are read as such (`kwfate.with_options`). Only the subtrees spanning a
    line that spells one of the two names are walked (the call, and any rebinding, spell them). With it, the own
    parameters the call passes by name (`CallableFacts.handed_on`)."""
    vararg = node.args.vararg.arg if node.args.vararg is not None else None
    kwarg = node.args.kwarg.arg if node.args.kwarg is not None else None
    found: dict[tuple[str, int, tuple[str, ...]], tuple[str, ...]] = {}
    chained: dict[tuple[str, int, tuple[str, ...]], tuple[str, ...]] = {}
    own = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    lines = _lines_with(node, text, [name.encode() for name in (vararg, kwarg) if name is not None])
    for sub in _own_nodes(node.body, lines):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store) and sub.id in (vararg, kwarg):
            return None  # `args = args[1:]`: what reaches the call is not what the caller passed
        if not isinstance(sub, ast.Call):
            continue
        explicit = sub.args
        sliced = False
        if vararg is not None:
            last = explicit[-1] if explicit else None
            sliced = isinstance(last, ast.Starred) and _sliced_off(last.value, vararg)
            if not (isinstance(last, ast.Starred) and (sliced or dotted_name(last.value) == vararg)):
                continue
            explicit = explicit[:-1]
        unnamed = [dotted_name(k.value) for k in sub.keywords if k.arg is None]
        if unnamed != ([kwarg] if kwarg is not None else []):
            continue
        name = _call_name(sub.func)
        if any(isinstance(a, ast.Starred) for a in explicit):
            continue
        keywords = tuple(k.arg for k in sub.keywords if k.arg is not None)
        values = (*explicit, *(k.value for k in sub.keywords if k.arg is not None))
        handed = tuple(v.id for v in values if isinstance(v, ast.Name) and v.id in own)
        if sliced:  # uncertainties 3.2.2's `format(*args, **kwargs)`: `args[0].__format__(*args[1:], **kwargs)`
            called = sub.func.attr if isinstance(sub.func, ast.Attribute) else (name or "?")
            chained[(f"{SLICED}{called}", len(explicit), keywords)] = handed
        elif name is None and isinstance(sub.func, ast.Attribute):  # a method of what a call returns: unresolved
            chained[(f"?.{sub.func.attr}", len(explicit), keywords)] = handed
        elif name is not None:
            found[(_locally_imported(text, name), len(explicit), keywords)] = handed
    found = {key: handed for key, handed in found.items() if key[0] != _own_call(node, method)}
    if not found:  # flask-babel 2.0's `gettext(*args, **kwargs)` returns `get_domain().gettext(*args, **kwargs)`
        found = chained
    return next(iter(found.items())) if len(found) == 1 else None


def _own_call(node: _FunctionDef, method: bool) -> str:
    """How the body calls the callable itself: `self.name` or `cls.name` (its first parameter) for a method, its bare
    name for a function (in a method, a bare name is a global)."""
    if not method:
        return node.name
    first = (*node.args.posonlyargs, *node.args.args)[:1]
    return f"{first[0].arg}.{node.name}" if first else ""


def _sliced_off(value: ast.expr, vararg: str) -> bool:
    """`args[1:]`: the caller's positional arguments but the first few, handed on to a callee no `passes_to` maps
    (the ones cut off went elsewhere, `args[0]` the receiver): an unresolved callee, so a lost `*args` is said with
    lower confidence."""
    return (
        isinstance(value, ast.Subscript)
        and isinstance(value.value, ast.Name)
        and value.value.id == vararg
        and isinstance(value.slice, ast.Slice)
        and isinstance(value.slice.lower, ast.Constant)
        and value.slice.upper is None
        and value.slice.step is None
    )


_PLAIN_DECORATORS = frozenset({"staticmethod", "classmethod", "abstractmethod", "override"})
"""Decorators that hand a call to the def unchanged: any other may read keywords out of it first."""
_READS_FRAME = re.compile(rb"\b(?:locals|vars|eval|exec|_getframe|currentframe)\s*\(")


def _kwargs_keys_only(node: _FunctionDef, kwargs: str, text: bytes) -> bool:
    """See `CallableFacts.kwargs_keys_only`: each `kwargs` name of the tree is the dict of a literal-key read or test
    (`kwargs["x"]`, `kwargs.get("x")`, `"x" in kwargs`); a nested def's own `kwargs` counts too (no claim)."""
    if _READS_FRAME.search(text) or any(
        (dotted_name(d) or "").rsplit(".", 1)[-1] not in _PLAIN_DECORATORS for d in node.decorator_list
    ):
        return False
    body = _code_after_docstring(node, text)
    if re.search(after_boundary(kwargs.encode()) + rb"\b", body) is None:
        return True
    if b"**" + kwargs.encode() in body:  # handed on: the common case, no walk
        return False
    if _rebound_unread(node, kwargs):
        return True
    nodes = walked(node)
    read = {id(_read_dict(child)) for child in nodes if _kwargs_key(child, kwargs) is not None}
    return all(id(child) in read for child in nodes if isinstance(child, ast.Name) and child.id == kwargs)


def _rebound_unread(node: _FunctionDef, kwargs: str) -> bool:
    """The first top-level statement naming `kwargs` rebinds it to a value built without it (pytest-selenium 4.0's
    remote `driver_kwargs(capabilities, host, port, **kwargs)` opens `kwargs = {"command_executor": ...}`, then
    returns it): the caller's dict is never read, whatever the body does with the name afterwards."""
    for stmt in node.body:
        named = sum(1 for sub in walk(stmt) if isinstance(sub, ast.Name) and sub.id == kwargs)
        if named:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None
            return named == 1 and isinstance(target, ast.Name) and target.id == kwargs
    return False


def _read_dict(read: ast.AST) -> ast.AST:
    """The dict a read or test `_kwargs_key_node` knows spells: `d` of `d.pop(k)`, `d[k]`, `k in d`."""
    if isinstance(read, ast.Compare):
        return read.comparators[0]
    if isinstance(read, ast.Call) and isinstance(read.func, ast.Attribute):
        return read.func.value
    return read.value if isinstance(read, ast.Subscript) else read


def _kwargs_refused(node: _FunctionDef, kwargs: str) -> bool:
    """The body ends the call when keywords are left in `**kwargs` (prompt_toolkit 2's `KeyBindings.add` pops its
    options, then `assert not kwargs`): its `**kwargs` takes only the options it reads."""
    for stmt in node.body:
        if isinstance(stmt, ast.Assert) and _tests_nonempty(stmt.test, kwargs, negated=True):
            return True
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Raise):
            if _tests_nonempty(stmt.test, kwargs, negated=False):
                return True
    return False


def _keys_looped_unread(node: _FunctionDef, kwargs: str) -> bool:
    """The body takes keys out of `**kwargs` by the variable of a loop over something other than a literal display
    (oslo.concurrency 7.2's `ProcessLimits(**kw)`: `for limit in self._LIMITS: kw.pop(limit, None)`, then `if kw:
    raise`): those keys are options the body takes, unread here, so a closing test does not say which it refuses."""
    variables = {
        target.id
        for loop in walked(node)
        if isinstance(loop, (ast.For, ast.comprehension))
        and isinstance(target := loop.target, ast.Name)
        and not isinstance(loop.iter, (ast.Tuple, ast.List, ast.Set))
    }
    if not variables:
        return False
    for sub in walked(node):
        key: ast.expr | None = None
        taken = key_take(sub, KEY_READS)
        if taken is not None:
            key = taken[2][0] if dotted_name(taken[0]) == kwargs else None
        elif isinstance(sub, ast.Subscript) and dotted_name(sub.value) == kwargs:
            key = sub.slice
        if isinstance(key, ast.Name) and key.id in variables:
            return True
    return False


def _kwargs_checked(node: _FunctionDef, kwargs: str) -> bool:
    """A top-level loop over the keys of `**kwargs` raising for one not in a collection (h11 0.12's `_EventBundle`:
    `for kwarg in kwargs: if kwarg not in allowed: raise TypeError(...)`, `allowed` being the class's `_fields`; the
    loop may take the keys out of its items, see `keyloops.looped_key`)."""
    for stmt in node.body:
        if not isinstance(stmt, ast.For):
            continue
        key = looped_key(stmt, kwargs)
        if key is not None and any(_refuses_outside(inner, key) for inner in stmt.body):
            return True
    return False


def _refuses_outside(stmt: ast.stmt, key: str) -> bool:
    """`if key not in collection: ... raise`."""
    if not (isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Raise)):
        return False
    test = stmt.test
    return (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.NotIn)
        and dotted_name(test.left) == key
    )


def _tests_nonempty(test: ast.expr, kwargs: str, negated: bool) -> bool:
    """`kwargs` (or `not kwargs` when `negated`; `len(kwargs) == 0` alike) as the whole test."""
    if negated:
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return dotted_name(test.operand) == kwargs
        return (
            isinstance(test, ast.Compare)
            and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq)
            and is_len_of(test.left, kwargs)
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == 0
        )
    return dotted_name(test) == kwargs


def _varargs_cap(node: _FunctionDef, varargs: str) -> int | None:
    """N when the body refuses more than N extra positional arguments (`if len(args) > 1: raise TypeError(...)`,
    werkzeug's `Headers.update`; also in an `elif` or a nested test, blinker 1.7's `_extract_sender`): its `*args`
    is N optional positional parameters; an `assert len(args) == 1` alike (funcy 1.18's `memoize(*args, **kwargs)`,
    whose 2.0 is `memoize(_func=None, *, key_func=None)`), when every call meets it (see `_tests_given`). The smallest
    N of such tests (fewer claims when paths differ)."""
    caps: list[int] = []
    pending: list[tuple[ast.stmt, bool]] = [(stmt, True) for stmt in node.body]
    while pending:
        stmt, every_call = pending.pop()
        if isinstance(stmt, ast.Assert):
            if every_call:  # click 8.1's `if args and callable(args[0]): assert len(args) == 1` caps one path only
                caps.extend(_at_most(stmt.test, varargs))
            continue
        if not isinstance(stmt, ast.If):
            continue
        pending.extend((inner, every_call and _tests_given(stmt.test, varargs)) for inner in stmt.body)
        pending.extend((inner, False) for inner in stmt.orelse)
        chained = _chain_cap(stmt, varargs)
        if chained is not None:
            caps.append(chained)
        if not stmt.body or not isinstance(stmt.body[-1], ast.Raise):
            continue
        tests = (
            stmt.test.values if isinstance(stmt.test, ast.BoolOp) and isinstance(stmt.test.op, ast.And) else [stmt.test]
        )
        for test in tests:
            compared = _len_compared(test, varargs) or _summed_len_compared(test, varargs)
            if compared is not None and isinstance(compared[0], (ast.Gt, ast.GtE)):
                op, bound = compared
                caps.append(bound if isinstance(op, ast.Gt) else bound - 1)
    return min(caps) if caps else None


def _tests_given(test: ast.expr, varargs: str) -> bool:
    """The test is only whether any extra positional was given (`if args:`, `if len(args):`, `if len(args) > 0:`):
    an assert under it holds for every call (funcy 1.18's `if args: assert len(args) == 1`)."""
    if dotted_name(test) == varargs:
        return True
    if isinstance(test, ast.Call) and dotted_name(test.func) == "len":
        return [dotted_name(argument) for argument in test.args] == [varargs]
    compared = _len_compared(test, varargs)
    return compared is not None and (type(compared[0]), compared[1]) in ((ast.Gt, 0), (ast.GtE, 1))


def _chain_cap(stmt: ast.If, varargs: str) -> int | None:
    """The largest N an `if`/`elif` chain accepts when each branch tests `len(args) == N` (or `<`, `<=`; alone or
    in an `and`) and its final `else` only raises (apispec 5's `map_to_openapi_type(*args)`: one field class, or a
    `(type, format)` pair, `else: raise TypeError(...)`): calls passing more never worked."""
    bounds: list[int] = []
    branch = stmt
    while True:
        below = _at_most(branch.test, varargs)
        if not below:
            return None
        bounds.append(min(below))
        if len(branch.orelse) == 1 and isinstance(branch.orelse[0], ast.If):
            branch = branch.orelse[0]
            continue
        final = branch.orelse
        return max(bounds) if len(final) == 1 and isinstance(final[0], ast.Raise) else None


_AT_MOST = (ast.Eq, ast.Lt, ast.LtE)


def _at_most(test: ast.expr, varargs: str) -> list[int]:
    """Each N a test `len(args) == N` (or `<`, `<=`; alone or in an `and`) holds `args` to: no passing call has more."""
    tests = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    compared = [found for each in tests if (found := _len_compared(each, varargs)) is not None]
    return [n if isinstance(op, (ast.Eq, ast.LtE)) else n - 1 for op, n in compared if isinstance(op, _AT_MOST)]


def _len_compared(test: ast.expr, name: str) -> tuple[ast.cmpop, int] | None:
    """(operator, N) for a test `len(name) <op> N` with a literal int N."""
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and is_len_of(test.left, name)
        and isinstance(test.comparators[0], ast.Constant)
        and type(test.comparators[0].value) is int
    ):
        return test.ops[0], test.comparators[0].value
    return None


def _summed_len_compared(test: ast.expr, name: str) -> tuple[ast.cmpop, int] | None:
    """(operator, N - the sum's constants) for `len(name) + rest > N` (or `>=`) where every other term of the sum is
    never negative (`len(...)`, `bool(...)`, `int(bool(...))`, a literal int >= 0): python-box 7.4's `Box.update`
    refuses `if (len(args) + int(bool(kwargs))) > 1:`, so no call passing more than N in `name` ever worked."""
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], (ast.Gt, ast.GtE))
        and isinstance(test.left, ast.BinOp)
        and isinstance(test.comparators[0], ast.Constant)
        and type(test.comparators[0].value) is int
    ):
        return None
    terms: list[ast.expr] = []
    pending: list[ast.expr] = [test.left]
    while pending and len(terms) < _MAX_SUMMED:
        term = pending.pop()
        if isinstance(term, ast.BinOp) and isinstance(term.op, ast.Add):
            pending.extend((term.left, term.right))
        else:
            terms.append(term)
    if pending or sum(is_len_of(term, name) for term in terms) != 1:
        return None
    offset = 0
    for term in terms:
        if isinstance(term, ast.Constant) and type(term.value) is int and term.value >= 0:
            offset += term.value
        elif not is_len_of(term, name) and not _never_negative(term):
            return None
    return test.ops[0], test.comparators[0].value - offset


_MAX_SUMMED = 8
"""Terms of a summed length test read at most."""


def _never_negative(node: ast.expr) -> bool:
    """`len(x)`, `bool(x)` or `int(bool(x))`: a count or a truth, never below zero."""
    if not (isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords):
        return False
    func = dotted_name(node.func)
    if func in ("len", "bool"):
        return True
    return func == "int" and isinstance(node.args[0], ast.Call) and dotted_name(node.args[0].func) == "bool"


_FLOOR_REACH = 12
"""How many of the body's top-level statements are looked at for a guard refusing too few `*args`."""


def _varargs_floor(node: _FunctionDef, varargs: str) -> int:
    """N when a top-level statement of the body refuses fewer than N arguments in `*args` (pydantic 1's
    `validator(*fields)` opens with `if not fields: raise ConfigError(...)`; also `if len(args) < N` or `== 0`), and
    every call reaches it: none before returns, yields or binds `*args` again (robot 7.2's `should_contain_any(
    container, *items, **configuration)` pops its options first). No working call passed fewer, so a required
    parameter taking the first of them breaks none."""
    for stmt in node.body[:_FLOOR_REACH]:
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Raise):
            floor = _refused_below(stmt.test, varargs)
            if floor:
                return floor
        if isinstance(stmt, ast.If) and (floor := _chain_floor(stmt, varargs)):
            return floor
        if _leaves_or_rebinds(stmt, varargs):
            return 0
    return 0


def _chain_floor(stmt: ast.If, varargs: str) -> int:
    """The fewest arguments an `if`/`elif` chain accepts when each branch tests `len(args) == N` and its final
    `else` only raises (sympy 1.13's `Basic.subs(*args, **kwargs)`: one mapping or an (old, new) pair, `else: raise
    ValueError(...)`): no call passing fewer ever worked, so 1.14's `subs(arg1, arg2=None, **kwargs)` requiring the
    first refuses none. 0 when any branch accepts other counts."""
    counts: list[int] = []
    branch = stmt
    while True:
        compared = _len_compared(branch.test, varargs)
        if compared is None or not isinstance(compared[0], ast.Eq):
            return 0
        counts.append(compared[1])
        if len(branch.orelse) == 1 and isinstance(branch.orelse[0], ast.If):
            branch = branch.orelse[0]
            continue
        final = branch.orelse
        return max(min(counts), 0) if len(final) == 1 and isinstance(final[0], ast.Raise) else 0


def _refused_below(test: ast.expr, varargs: str) -> int:
    """N when the test of a raising `if` holds for fewer than N arguments in `*args`, else 0."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and dotted_name(test.operand) == varargs:
        return 1
    compared = _len_compared(test, varargs)
    if compared is not None:
        op, bound = compared
        if isinstance(op, ast.Lt):
            return max(bound, 0)
        if isinstance(op, ast.LtE):
            return max(bound + 1, 0)
        if isinstance(op, ast.Eq) and bound == 0:
            return 1
    return 0


def _leaves_or_rebinds(stmt: ast.stmt, name: str) -> bool:
    """The statement may end the call (`return`, `yield`) or bind `name` again: a guard after it may not be reached,
    or may test another value."""
    for sub in walk(stmt):
        if isinstance(sub, (ast.Return, ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Store):
            return True
    return False


def _hands_varargs(varargs: str) -> re.Pattern[bytes]:
    """`(args` or `(*args` in the text: a call may be handed the tuple, or spread it."""
    return re.compile(rb"\(\s*\*?\s*" + re.escape(varargs.encode()) + rb"\b")


_HELPER_DEPTH = 3
"""How deep in `if` tests that hold whenever `*args` is given a helper handed it is looked for."""


def _varargs_helper(node: _FunctionDef, varargs: str) -> str:
    """The callee a statement of the body hands its `*args` tuple to as the first argument (blinker 1.7's
    `sender = self._extract_sender(sender)`), or spreads it into as its first arguments, `*` leading its name
    (bidict 0.22's `self._update(get_arg(*args), kw)`, which refuses more than one), `**kwargs` not beside (a
    pass-through, see `passes_to`); "" when none: that callee may cap how many there can be. The call is a
    statement's, or a positional argument of it, in the body or under `if` tests that hold whenever `*args` is given
    (`if args or kw:`): every call passing any runs it."""
    pending = [(stmt, 0) for stmt in node.body]
    while pending:
        stmt, depth = pending.pop(0)
        if isinstance(stmt, ast.If) and depth < _HELPER_DEPTH and _holds_when_given(stmt.test, varargs):
            pending.extend((inner, depth + 1) for inner in stmt.body)
            continue
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.Expr, ast.Return)) else None
        if not isinstance(value, ast.Call):
            continue
        for call in (value, *(a for a in value.args if isinstance(a, ast.Call))):
            first = call.args[0] if call.args else None
            spread = isinstance(first, ast.Starred)
            if isinstance(first, ast.Starred):
                first = first.value
            if isinstance(first, ast.Name) and first.id == varargs:
                name = _call_name(call.func) or ""
                if spread and any(k.arg is None for k in call.keywords):
                    return ""  # `*args, **kwargs` handed on together: a pass-through (see `passes_to`)
                return f"*{name}" if spread and name else name
    return ""


def _varargs_only_forwarded(node: _FunctionDef, varargs: str, kwargs: str, leading: int) -> bool:
    """See `CallableFacts.varargs_forwarded`: each load of `varargs` is spread as the last positional argument of a
    call beside `**kwargs` (of a plain name, or a method through `self`, `cls` or `super()`), after `leading` plain
    ones (`f(x, *args, **kwargs)`: the most any call handed `**kwargs` passes before them, `kwargs_positional`), or
    tested for truth (`if not args`); never bound again, indexed, measured nor handed on as a tuple (a nested def or
    lambda naming a parameter so: then no)."""
    allowed: set[int] = set()
    uses = 0
    for sub in walked(node):
        if sub is not node and isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inner = sub.args
            if varargs in (a.arg for a in (*inner.posonlyargs, *inner.args, *inner.kwonlyargs, inner.vararg) if a):
                return False  # its own `args`: which tuple a call spreads is not read
        if isinstance(sub, ast.Call) and sub.args and isinstance(sub.args[-1], ast.Starred):
            spread = sub.args[-1].value
            unnamed = [dotted_name(k.value) for k in sub.keywords if k.arg is None]
            name = _call_name(sub.func) or ""
            bound = "." not in name or name.partition(".")[0] in ("self", "cls", "super")
            if isinstance(spread, ast.Name) and spread.id == varargs and unnamed == [kwargs] and bound:
                if len(sub.args) - 1 != leading or any(isinstance(arg, ast.Starred) for arg in sub.args[:-1]):
                    return False  # its leading arguments not those `kwargs_positional` counts: the cap is not read
                allowed.add(id(spread))  # not `Base.method(*args)`: its `self` would be among them
        elif isinstance(sub, ast.UnaryOp) and isinstance(sub.op, ast.Not):
            allowed.add(id(sub.operand))
        elif isinstance(sub, ast.BoolOp) and id(sub) in allowed:  # `args or ()` outside a test is the tuple
            allowed.update(id(value) for value in sub.values)
        elif isinstance(sub, (ast.If, ast.While, ast.IfExp)):
            allowed.add(id(sub.test))
        elif isinstance(sub, ast.Name) and sub.id == varargs:
            uses += 1
            if not isinstance(sub.ctx, ast.Load) or id(sub) not in allowed:
                return False
    return uses > 0


def _holds_when_given(test: ast.expr, varargs: str) -> bool:
    """The test is true whenever any extra positional argument is given (`if args:`, `if args or kw:`)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return any(_holds_when_given(value, varargs) for value in test.values)
    return _tests_given(test, varargs)


def sole_raise(node: _FunctionDef) -> str | None:
    """What the body raises when its every path (docstring aside) is local assignments and ifs ending in `raise`:
    one `raise`, or geopandas 1.0's `datasets.get_path(dataset)`, which builds a message, then raises it in both
    branches of an `if`; else None. Of several errors, the first other than NotImplementedError (a stub raises only
    that). An error built from what the caller hands it (`raise error`, `raise HTTPError(400, exception=error)`) is
    no refusal but a handler's answer, which subclasses override (webargs 5's
    `BottleParser.handle_invalid_json_error(self, error, req)`): None too."""
    body = node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    raised = _raising_path(body, node, 0)
    if not raised:
        return None
    return next((name for name in raised if name != "NotImplementedError"), raised[0])


_MAX_RAISING_DEPTH = 4


def _raising_path(body: list[ast.stmt], node: _FunctionDef, depth: int) -> list[str]:
    """The errors a block raises when its every path ends in `raise`, passing only assignments of names and ifs
    whose every path raises (see `sole_raise`); empty when some path may end otherwise."""
    if not body or depth > _MAX_RAISING_DEPTH:
        return []
    found: list[str] = []
    *before, last = body
    for stmt in before:
        if isinstance(stmt, ast.If) and not stmt.orelse and (inner := _raising_path(stmt.body, node, depth + 1)):
            found.extend(inner)
        elif not _assigns_names(stmt):
            return []
    if isinstance(last, ast.If):
        taken = _raising_path(last.body, node, depth + 1)
        other = _raising_path(last.orelse, node, depth + 1) if taken else []
        return [*found, *taken, *other] if other else []
    if not isinstance(last, ast.Raise) or last.exc is None:
        return []
    raised = last.exc.func if isinstance(last.exc, ast.Call) else last.exc
    name = dotted_name(raised) or "?"
    return [] if name != "NotImplementedError" and _handed_in(last.exc, node) else [*found, name]


def _assigns_names(stmt: ast.stmt) -> bool:
    """A plain assignment of local names (`error_msg = f"..."`)."""
    if isinstance(stmt, ast.Assign):
        return all(isinstance(target, ast.Name) for target in stmt.targets)
    return isinstance(stmt, (ast.AnnAssign, ast.AugAssign)) and isinstance(stmt.target, ast.Name)


def _handed_in(raised: ast.expr, node: _FunctionDef) -> bool:
    """The raised expression uses one of the def's parameters other than the instance or class."""
    names = {arg.arg for arg in _all_args(node.args)} - {"self", "cls"}
    return any(isinstance(sub, ast.Name) and sub.id in names for sub in walk(raised))


_EXITS = frozenset({"sys.exit", "exit", "quit", "os._exit"})


def _skips_constructor(text: bytes) -> bool:
    """See `CallableFacts.skips_constructor`: `__call__` spelled once (its own `def`), no `__new__` or `__init__`
    (`super().__call__(...)`, `type.__call__(cls, ...)`, `cls.__new__(cls)` all run the constructor). A helper that
    runs it out of sight (`cls._create(...)`) is missed: the refusal is then withheld, never a false claim."""
    return text.count(b"__call__") == 1 and b"__new__" not in text and b"__init__" not in text


def _returned_classes(node: _FunctionDef) -> tuple[str, ...]:
    """See `CallableFacts.returns_built` (a `__call__` only: one walk of its body, capped)."""
    found: list[str] = []
    for count, sub in enumerate(walked(node)):
        if count > MAX_RETURN_WALK:
            break
        value = sub.value if isinstance(sub, ast.Return) else None
        while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
            value = value.func.value  # `StructuredFormula(...)._simplify()`: built, then simplified
        name = value.func.id if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) else ""
        if name.lstrip("_")[:1].isupper() and name not in found:
            found.append(name)
    return tuple(found)


def _edits_constructor(text: bytes) -> bool:
    """The body may give a class another constructor or call signature: sets its `__init__` (ipywidgets 8's
    `_int_doc(cls)` sets `cls.__init__ = __init__` and returns `cls`), `__new__`, `__call__` or `__signature__`."""
    if b"__init__" in text and _sets_init(text):
        return True
    return any(name in text for name in (b"__new__", b"__call__", b"__signature__"))


_NAMESPACE_INIT = re.compile(rb"""\[(['"])__init__\1\]\s*=(?!=)""")
"""`namespace["__init__"] = ...`, not a comparison (see `_sets_init`)."""


def _sets_init(text: bytes) -> bool:
    """See `CallableFacts.sets_init`: `X.__init__ = ...`, `setattr(X, "__init__", ...)`, or an entry of the namespace
    a metaclass's `__new__` builds the class from (albumentations 2's `ValidatedTransformMeta.__new__` sets
    `dct["__init__"] = custom_init`, taking `*args, **kwargs` and only warning about keywords the class's own
    `__init__` no longer has)."""
    if b".__init__ =" in text and b".__init__ ==" not in text:
        return True
    if (b"__init__'] =" in text or b'__init__"] =' in text) and _NAMESPACE_INIT.search(text) is not None:
        return True
    return b"setattr(" in text and (b"'__init__'" in text or b'"__init__"' in text)


def _ending(node: _FunctionDef, text: bytes) -> bool:
    """The body ends in `raise` or `sys.exit(...)` and never returns nor yields (see `CallableFacts.ends_raising`)."""
    last = node.body[-1]
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        if dotted_name(last.value.func) not in _EXITS:
            return False
    elif not (isinstance(last, ast.Raise) and last.exc is not None):
        return False
    lines = _lines_with(node, text, [b"return", b"yield"])
    return not any(isinstance(sub, (ast.Return, ast.Yield, ast.YieldFrom)) for sub in _own_nodes(node.body, lines))


_MAX_FIRST_CALL_ROOTS = 64


def _first_calls(node: _FunctionDef, text: bytes) -> tuple[str, ...]:
    """See `CallableFacts.first_calls`: the call statements of the body's top level before the first statement that
    holds a `return`; not a call of `self`, `cls`, a parameter or a name the body may bind itself. The top level's
    call statements come first: most bodies have none worth following, and then the body is not walked."""
    params = {arg.arg for arg in _all_args(node.args)} | {"self", "cls"}
    bound: dict[str, bool] = {}  # each root searched once in the text
    found: list[tuple[ast.stmt, str]] = []
    for stmt in node.body:
        if len(bound) >= _MAX_FIRST_CALL_ROOTS:
            break  # a hostile body of thousands of calls: each search reads the whole text (real ones name a few)
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            callee = dotted_name(stmt.value.func) or ""
            root = callee.split(".", 1)[0]
            if callee and root not in params and root not in bound:
                bound[root] = _maybe_bound(root.encode(), text)
            if callee and root not in params and not bound[root]:
                found.append((stmt, callee))
    if not found:
        return ()
    lines = _lines_with(node, text, [b"return", b"yield"])
    stop: int | None = None
    for sub in _own_nodes(node.body, lines):
        if isinstance(sub, (ast.Yield, ast.YieldFrom)):
            return ()  # a generator: a call runs nothing
        if isinstance(sub, ast.Return):
            stop = sub.lineno if stop is None else min(stop, sub.lineno)
    return tuple(callee for stmt, callee in found if stop is None or (stmt.end_lineno or stmt.lineno) < stop)


def _reads_missing_self(node: _FunctionDef, text: bytes) -> bool:
    """A method without a `self` parameter whose first statement reads `self` all the same (dendropy 4.5's
    `TreeArray.append(tree, is_bipartitions_updated=False)` opening with `return self.add_tree(...)`): the name is
    bound nowhere, so every call, on an instance or on the class, raised NameError (NEW adding `self` broke none)."""
    if any(arg.arg == "self" for arg in _all_args(node.args)) or b"yield" in text or _maybe_bound(b"self", text):
        return False
    body = node.body[1:] if ast.get_docstring(node, clean=False) is not None else node.body
    if not body or b"global" in text or b"nonlocal" in text:
        return False
    first = body[0]
    if not isinstance(first, (ast.Return, ast.Expr, ast.Assign)) or first.value is None:
        return False
    return any(isinstance(sub, ast.Name) and sub.id == "self" for sub in always_evaluated(first.value))


def _maybe_bound(name: bytes, text: bytes) -> bool:
    """The body may bind the name (`name = ...`, `as name`, `for name`, `import name`): its calls are not the
    module's."""
    return any(word in text for word in (name + b" =", b"as " + name, b"for " + name, b"import " + name))


def _kwargs_renamed(node: _FunctionDef, kwargs: str) -> tuple[tuple[str, str], ...]:
    """See `CallableFacts.kwargs_renamed`: `param = kwargs.pop("old")` (with or without a default) in the body, or
    through a local (traitlets 5's `Dict`: `trait = kwargs.pop('trait', None)`, later `value_trait = trait`); or the
    parameter and the old keyword's value given to one place (gitpython 3.1.20's `TagReference.create(..., logmsg=None,
    **kwargs)` sets `kwargs['m'] = logmsg`, else `kwargs['m'] = kwargs['message']`). The local may be bound inside a
    test (tortoise-orm 0.21's `if (pk := kwargs.pop("pk", None)) is not None:` ... `primary_key = pk`), or the two
    alternatives of one `or` (see `_or_alternatives`)."""
    params = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    found: list[tuple[str, str]] = []
    popped: dict[str, str] = {}
    copied: list[tuple[str, str]] = []  # (local, parameter) for `parameter = local`
    given: dict[str, tuple[set[str], set[str]]] = {}  # a place not a name -> (parameters, keywords) assigned there
    bound: ast.expr
    nodes = walked(node)
    found.extend(_only_alternatives(nodes, params, kwargs))
    for sub in nodes:
        if isinstance(sub, ast.NamedExpr):
            bound, call = sub.target, sub.value
        elif isinstance(sub, ast.Assign) and len(sub.targets) == 1:
            bound, call = sub.targets[0], sub.value
        else:
            continue
        if not isinstance(bound, ast.Name):
            if isinstance(bound, (ast.Subscript, ast.Attribute)):
                _given_to(given, bound, call, params, kwargs)
            continue
        target = bound.id
        if isinstance(call, ast.Name) and target in params:
            copied.append((call.id, target))  # read once the walk saw every pop: a test's binding comes after its body
        elif (
            isinstance(call, ast.Call)
            and dotted_name(call.func) == f"{kwargs}.pop"
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            if target in params:
                found.append((call.args[0].value, target))
            else:
                popped[target] = call.args[0].value
    found.extend((popped[local], param) for local, param in copied if local in popped)
    found.extend((key, param) for names, keys in given.values() if len(names) == 1 for param in names for key in keys)
    return tuple(dict.fromkeys(found))


def _or_alternatives(node: ast.BoolOp, params: set[str], kwargs: str) -> list[tuple[str, str]]:
    """(keyword, parameter) for an `or` of one parameter and the values of keywords read from `**kwargs`, nothing
    else (tortoise-orm 0.21's `TextField(..., db_index=False, **kwargs)` testing `if db_index or kwargs.get("index"):`
    where 0.20 tested `index`): either spelling does what the other does."""
    if not isinstance(node.op, ast.Or):
        return []
    names = {value.id for value in node.values if isinstance(value, ast.Name) and value.id in params}
    keys = [
        key
        for value in node.values
        if not isinstance(value, ast.Compare) and (key := _kwargs_key(value, kwargs)) is not None
    ]
    if len(names) != 1 or len(names) + len(keys) != len(node.values):
        return []
    return [(key, param) for param in names for key in keys]


def _only_alternatives(nodes: tuple[ast.AST, ...], params: set[str], kwargs: str) -> list[tuple[str, str]]:
    """The pairs of `_or_alternatives` whose parameter the body reads nowhere but in such an `or`: one used elsewhere
    too (handed on, stored) does more than the keyword now does, which only the test sees."""
    ors = [
        (sub, pairs)
        for sub in nodes
        if isinstance(sub, ast.BoolOp) and (pairs := _or_alternatives(sub, params, kwargs))
    ]
    if not ors:
        return []
    in_or = {id(value) for sub, _ in ors for value in sub.values}
    found = [pair for _, pairs in ors for pair in pairs]
    names = {param for _, param in found}
    elsewhere = {
        sub.id
        for sub in nodes
        if isinstance(sub, ast.Name) and sub.id in names and not isinstance(sub.ctx, ast.Store) and id(sub) not in in_or
    }
    return [(key, param) for key, param in found if param not in elsewhere]


def _given_to(
    given: dict[str, tuple[set[str], set[str]]], target: ast.expr, value: ast.expr, params: set[str], kwargs: str
) -> None:
    """Record in `given` a parameter, or a literal keyword read from `**kwargs` (see `_kwargs_key`), assigned to
    `target` (see `_kwargs_renamed`)."""
    if isinstance(value, ast.Name) and value.id in params:
        given.setdefault(ast.dump(target), (set(), set()))[0].add(value.id)
    elif not isinstance(value, ast.Compare) and (key := _kwargs_key(value, kwargs)) is not None:
        given.setdefault(ast.dump(target), (set(), set()))[1].add(key)


def _params_copied(node: _FunctionDef, text: bytes) -> tuple[tuple[str, str], ...]:
    """(old, new) for a body setting parameter `new = old` from an optional parameter `old` (nbformat 5's
    `validate(nbdict=None, ref=None, ..., nbjson=None)` sets `nbdict = nbjson`), or `new = helper(..., new, ...,
    old, ...)` handing both to a call whose result it takes back (scikit-bio 0.6's `faith_pd(counts, taxa=None, ...,
    otu_ids=None)` sets `taxa = _check_taxa_alias(taxa, tree, otu_ids)`), or unpacked from such a call (see
    `_aliases_unpacked`): a parameter renamed in place whose old name stays beside it, see
    `CallableFacts.kwargs_renamed`."""
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    optional = [a.arg for a in positional[len(positional) - len(args.defaults) :]]
    optional += [a.arg for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True) if default is not None]
    if not optional:
        return ()
    params = {a.arg for a in (*positional, *args.kwonlyargs)}
    words = [b"= " + name.encode() for name in optional] + [name.encode() + b" = " for name in params]
    lines = _lines_with(node, text, [*words, b") = "])
    found: list[tuple[str, str]] = []
    for sub in _own_nodes(node.body, lines):
        if not (isinstance(sub, ast.Assign) and len(sub.targets) == 1):
            continue
        target, value = sub.targets[0], sub.value
        if isinstance(target, ast.Name) and target.id in params:
            if isinstance(value, ast.Name) and value.id in optional and target.id != value.id:
                found.append((value.id, target.id))
            elif isinstance(value, ast.Call):
                found.extend((old, target.id) for old in _aliases_resolved(value, target.id, optional))
        elif isinstance(target, ast.Tuple) and isinstance(value, ast.Call):
            found.extend(_aliases_unpacked(value, target, params, optional))
    return tuple(dict.fromkeys(found))


def _aliases_unpacked(
    call: ast.Call, target: ast.Tuple, params: set[str], optional: list[str]
) -> list[tuple[str, str]]:
    """(old, new) for `new, other = helper(new, other, old)`: a helper resolving several parameters at once from the
    old names beside them, its results unpacked back into them (jiwer 3.0's `reference, hypothesis, ... =
    _deprecate_truth(reference, hypothesis, truth, ...)`). An old name is one handed in and not assigned back."""
    names = [e.id for e in target.elts if isinstance(e, ast.Name)]
    olds = [old for old in optional if old not in names]
    return [(old, name) for name in names if name in params for old in _aliases_resolved(call, name, olds)]


def _aliases_resolved(call: ast.Call, target: str, optional: list[str]) -> list[str]:
    """The optional parameters a call assigned back to parameter `target` is handed as they are beside `target`
    itself: the helper resolves one from the other (`taxa = _check_taxa_alias(taxa, tree, otu_ids)`)."""
    given = [arg.id for arg in (*call.args, *(k.value for k in call.keywords)) if isinstance(arg, ast.Name)]
    if target not in given:
        return []
    return [name for name in given if name in optional and name != target]


def _kwargs_banned(node: _FunctionDef, kwargs: str) -> set[str]:
    """Keys the body refuses outright, a top-level `if "key" in kwargs: ... raise` (parso 0.7's `Grammar.parse(code,
    **kwargs)` raises TypeError for `start_pos`, then calls `self._parse(code=code, **kwargs)`): a caller's keyword so
    named always raised, so it never reached the callee through `**kwargs`, as one the call fills by name. So does a
    top-level `assert "key" not in kwargs` (vidgear 0.3's `WriteGear(output="", ..., **output_params)` refusing the
    `output_filename` it renamed). So does `if kwargs.get("key") is not None: ... raise` (IPython 7's
    `InteractiveShellEmbed(**kw)` refusing `user_global_ns`): only a None, which does nothing, got through."""
    banned: set[str] = set()
    for stmt in node.body:
        if isinstance(stmt, ast.If) and stmt.body and isinstance(stmt.body[-1], ast.Raise):
            banned.update(_keys_tested(stmt.test, kwargs) or _key_given_tested(stmt.test, kwargs))
        elif isinstance(stmt, ast.Assert):
            banned.update(_keys_asserted_absent(stmt.test, kwargs))
        elif isinstance(stmt, ast.For):
            banned.update(_keys_banned_in_loop(stmt, kwargs))
    return banned


def _key_given_tested(test: ast.expr, kwargs: str) -> list[str]:
    """The literal key of a test that is only `kwargs.get("key") is not None` (`.get("key", None)`, `.pop` alike)."""
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return []
    taken = key_take(test.left)
    if taken is None or dotted_name(taken[0]) != kwargs:
        return []
    args = taken[2]
    key = _literal(args[0])
    if (
        key is None
        or len(args) > 2
        or (len(args) == 2 and not (isinstance(args[1], ast.Constant) and args[1].value is None))
    ):
        return []
    return [key]


def _keys_banned_in_loop(loop: ast.For, kwargs: str) -> list[str]:
    """The keys of a loop over a literal collection whose whole body is `if key in kwargs: ... raise` (pinecone 6's
    `for deprecated_kwarg in {"config", "openapi_config", "index_api"}: if deprecated_kwarg in kwargs: raise
    NotImplementedError(...)`), each refused as `if "config" in kwargs: raise` refuses it."""
    if not isinstance(loop.target, ast.Name) or loop.orelse or len(loop.body) != 1:
        return []
    check = loop.body[0]
    if not (isinstance(check, ast.If) and check.body and isinstance(check.body[-1], ast.Raise)):
        return []
    test = check.test
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.In)
        and dotted_name(test.left) == loop.target.id
        and dotted_name(test.comparators[0]) == kwargs
    ):
        return []
    keys = [_literal(e) for e in loop.iter.elts] if isinstance(loop.iter, (ast.List, ast.Tuple, ast.Set)) else [None]
    return [] if None in keys else [key for key in keys if key is not None]


def _keys_asserted_absent(test: ast.expr, kwargs: str) -> list[str]:
    """The literal keys of an `assert` test that is only `"key" not in kwargs` or `not ("key" in kwargs)`, alone or
    joined by `and`."""
    tests = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    keys: list[str] = []
    for one in tests:
        if isinstance(one, ast.UnaryOp) and isinstance(one.op, ast.Not):
            found = _keys_tested(one.operand, kwargs)
        else:
            found = _keys_tested(one, kwargs, ast.NotIn) if isinstance(one, ast.Compare) else []
        if not found:
            return []
        keys.extend(found)
    return keys


def _keys_tested(test: ast.expr, kwargs: str, operator: type[ast.cmpop] = ast.In) -> list[str]:
    """The literal keys of a test that is only `"key" in kwargs` (or another `operator`), alone or joined by `or`."""
    tests = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    keys: list[str] = []
    for one in tests:
        if not (
            isinstance(one, ast.Compare)
            and len(one.ops) == 1
            and isinstance(one.ops[0], operator)
            and dotted_name(one.comparators[0]) == kwargs
            and isinstance(one.left, ast.Constant)
            and isinstance(one.left.value, str)
        ):
            return []
        keys.append(one.left.value)
    return keys


def _kwargs_filled(node: _FunctionDef, text: bytes, kwargs: str) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """See `CallableFacts.kwargs_filled`, `kwargs_positional` and `kwargs_beside`: the named keywords of the body's
    own calls that pass `**kwargs` on, the most positional arguments one of them passes before any `*` (gspread 5's
    `row_values(row, **kwargs)` calls `self.get("A1:B1", **kwargs)`: `range_name=` never reached `get`), and the
    parameters they are handed as they are."""
    lines = _lines_with(node, text, [b"**" + kwargs.encode()])
    params = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    found: set[str] = set()
    beside: set[str] = set()
    positional = 0
    for sub in _own_nodes(node.body, lines):
        if isinstance(sub, ast.Call) and any(k.arg is None and dotted_name(k.value) == kwargs for k in sub.keywords):
            found.update(k.arg for k in sub.keywords if k.arg is not None)
            plain = next((i for i, arg in enumerate(sub.args) if isinstance(arg, ast.Starred)), len(sub.args))
            positional = max(positional, plain)
            given = [*sub.args, *(k.value for k in sub.keywords if k.arg is not None)]
            beside.update(v.id for v in given if isinstance(v, ast.Name) and v.id in params)
    return tuple(sorted(found)), positional, tuple(sorted(beside))


def _super_handed(node: _FunctionDef, text: bytes) -> tuple[str, ...]:
    """See `CallableFacts.super_handed`: the calls read are those on the lines spelling `super().<name>(`."""
    lines = _lines_with(node, text, [b"super()." + node.name.encode() + b"("])
    args = node.args
    own = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    own |= {"*" + args.vararg.arg} if args.vararg is not None else set()
    own |= {"**" + args.kwarg.arg} if args.kwarg is not None else set()
    found: set[str] = set()
    for sub in _own_nodes(node.body, lines):
        if not (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == node.name):
            continue
        over = sub.func.value
        if not (isinstance(over, ast.Call) and dotted_name(over.func) == "super" and not over.args):
            continue
        given = [
            *(
                f"*{a.value.id}" if isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) else dotted_name(a)
                for a in sub.args
            ),
            *(("**" if k.arg is None else "") + (dotted_name(k.value) or "") for k in sub.keywords),
        ]
        found.update(name for name in given if name is not None and name in own)
    return tuple(sorted(found))


@lru_cache(maxsize=256)
def _alias_pattern(kwargs: str) -> re.Pattern[bytes]:
    """A statement binding the `**kwargs` dict, or a copy of it, to another name (`engineio_options = kwargs`,
    `opts = dict(kwargs)`, `opts = kwargs.copy()`), or copying it into another dict (`opts.update(kwargs)`):
    compiled once per name."""
    raw = re.escape(kwargs.encode())
    copies = rb"%s|dict\([ \t]*%s[ \t]*\)|%s\.copy\(\)" % (raw, raw, raw)
    bound = rb"([A-Za-z_]\w*)[ \t]*=[ \t]*(?:" + copies + rb")"
    updated = rb"([A-Za-z_]\w*)\.update\([ \t]*" + raw + rb"[ \t]*\)"
    return re.compile(rb"^[ \t]*(?:" + bound + rb"|" + updated + rb")[ \t]*(?:#[^\n]*)?$", re.M)


def _kwargs_aliases(kwargs: str, text: bytes) -> tuple[str, ...]:
    """The other names the body gives its `**kwargs` dict: what it reads from or hands on under them is the
    `**kwargs`' own (python-socketio 5's `Client` hands `engineio_options = kwargs` to the engine.io client)."""
    if text.count(kwargs.encode()) < 2:
        return ()
    found = (match.group(1) or match.group(2) for match in _alias_pattern(kwargs).finditer(text))
    return tuple(dict.fromkeys(name.decode() for name in found))


def _merged(cores: list[_Core]) -> _Core:
    """The facts of `**kwargs` and of its aliases together (generator-ness and signature keeping are the first's)."""
    first = cores[0]
    options = tuple(dict.fromkeys(name for core in cores for name in core[1]))
    return first[0], options, tuple(target for core in cores for target in core[2]), first[3]


def _read_facts(node: _FunctionDef, text: bytes, decorated: int, module: bytes = b"") -> _Core:
    kwargs = node.args.kwarg.arg if node.args.kwarg is not None else None
    keeps = _keeps_signature(node, text, decorated)
    aliases: tuple[str, ...] = ()
    if kwargs is not None:
        raw = kwargs.encode()
        aliases = _kwargs_aliases(kwargs, text)
        used = text.count(raw) > 1 and (
            text.count(b"**" + raw) > 1 or _kwargs_patterns(kwargs)[0].search(text) is not None or bool(aliases)
        )
        kwargs = kwargs if used else None
    if kwargs is None and b"yield" not in text:
        return (False, (), (), True) if keeps else _PLAIN
    body = _code_after_docstring(node, text)
    if kwargs is not None and b"yield" not in text and not _NESTED.search(body):
        return _merged([_textual_kwargs(name, body, keeps, module) for name in (kwargs, *aliases)])
    words = [b"yield"] + ([name.encode() for name in (kwargs, *aliases)] if kwargs is not None else [])
    nodes = list(_own_nodes(node.body, _lines_with(node, text, words)))
    generator = b"yield" in text and any(isinstance(sub, (ast.Yield, ast.YieldFrom)) for sub in nodes)
    options: list[str] = []
    forwards: list[str] = []
    if kwargs is not None:
        spellings = (kwargs, *aliases)
        for sub in nodes:
            for spelled in spellings:
                key = _kwargs_key(sub, spelled)
                if key is not None and key not in options:
                    options.append(key)
            if isinstance(sub, ast.Call) and any(
                k.arg is None and dotted_name(k.value) in spellings for k in sub.keywords
            ):
                name = _call_name(sub.func) or _made_call_name(sub.func)
                forwards.append(_locally_imported(body, name) if name else "?")
        options.extend(key for spelled in (kwargs, *aliases) for key in looped_options(spelled, body))
    return generator, tuple(dict.fromkeys(options)), tuple(forwards), keeps
