"""Diff two surfaces of one package into `Change`s: removed, signature changed, newly deprecated, env var removed."""

from __future__ import annotations

import posixpath
import re
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache, partial

from bot.apidiff.annotate import catalogued
from bot.apidiff.annotations import (
    annotation_changes,
    given_return,
    inferred_return_change,
    overload_return_change,
    return_incompatible,
    return_now_none,
)
from bot.apidiff.callsites import claims
from bot.apidiff.catalogue import BY_ID
from bot.apidiff.claims import (
    CannotCompare,
    brought_by_new_star,
    check_comparable,
    made_on_class,
    module_serves,
    outside_claim,
    served_to_the_class_only,
    still_importable,
    unanalysed_prefixes,
    unbound_from_compiled,
    unclaimed_classes,
    under,
)
from bot.apidiff.cliopts import another_default, still_accepted
from bot.apidiff.collector import collector_paused
from bot.apidiff.deprecation import extract_hint
from bot.apidiff.envvars import (
    ci_flag,
    derived_by_click,
    named_for_dependency,
    owned_by_platform,
    read_by_vendored_dependency,
    read_under_prefix,
    stdlib_still_reads,
)
from bot.apidiff.examplecode import example_named
from bot.apidiff.extras import PRIVATE_API
from bot.apidiff.generated import protobuf_message, protobuf_stub_alias
from bot.apidiff.hookspecs import without_spec_growth
from bot.apidiff.keyshapes import spelled_by
from bot.apidiff.kwfate import (
    Fate,
    KeywordFates,
    capped_varargs,
    drop_accepted,
    keywords_refused,
    kwargs_now_named,
    rejected_downstream,
    taken_by_name,
    with_options,
)
from bot.apidiff.model import (
    CLICK_COMMAND,
    KEYWORD_KINDS,
    POSITIONAL_KINDS,
    CallSite,
    ModuleStatus,
    Param,
    ParamKind,
    Surface,
    Symbol,
)
from bot.apidiff.movedout import MovedOut, stands_in
from bot.apidiff.newhome import home_hint, removed_hints
from bot.apidiff.nskeys import HOLDER, ITERATED, READ, STORED
from bot.apidiff.outside import Outside
from bot.apidiff.paramroles import recast
from bot.apidiff.params import format_params
from bot.apidiff.passthrough import Callees
from bot.apidiff.protocols import operation_line
from bot.apidiff.reexported import reexported, repointed
from bot.apidiff.relatedtypes import related_params
from bot.apidiff.requires import dependency_namespace, moved_to_requirements
from bot.apidiff.settingstables import TABLE_KEY
from bot.apidiff.shapes import (
    ENUM_BASES,
    class_checker,
    dropped_classes,
    export_drops,
    model_no_more,
    new_type_bases,
    overridden_below,
    shape_changes,
)
from bot.apidiff.signature import changed_defaults, changed_option_defaults, compare_params, describe
from bot.apidiff.stdlib import is_stdlib
from bot.apidiff.stubforms import stub_declared, without_stub_call_forms
from bot.apidiff.stubtwins import without_stub_only
from bot.apidiff.surface import CLASS_NAME, PROTOCOL_METHODS
from bot.apidiff.testcode import in_test_code, test_code_modules
from bot.apidiff.unbound import never_bound
from bot.apidiff.unreadparams import contract_method, no_longer_read
from bot.apidiff.witness import call_witness, factory_callback_witness, forwarded_witness
from bot.changes import Change, ChangeKind, Location, ObjectKind, SignatureDelta, is_private_symbol
from bot.symbol_names import EXAMPLE_CODE_NOTE, SCRIPT_NOTE, TEST_CODE_NOTE

__all__ = [
    "CannotCompare",
    "check_comparable",
    "deprecation_changes",
    "diff_surfaces",
    "needs_history",
    "removed_changes",
    "signature_changes",
    "unclaimed_classes",
    "was_deprecated",
    "with_deprecated_since",
    "dated_at_new",
    "redated",
]


def _location(symbol: Symbol | None) -> Location | None:
    if symbol is None or not symbol.file:
        return None
    return Location(path=symbol.file, line=symbol.line)


def _parent(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path else ""


def _uses_kept(before: Symbol, after: Symbol, types: tuple[tuple[str, str, str], ...]) -> tuple[str, ...]:
    """The parameters among `types` whose annotation changed over the same lines using them (`Symbol.uses_crc`),
    the body changed elsewhere: what calls do with the value is unchanged."""
    if not types or not before.uses_crc or before.body_crc != 0 and before.body_crc == after.body_crc:
        return ()
    old, new = dict(before.uses_crc), dict(after.uses_crc)
    return tuple(where for where, _, _ in types if where in old and old[where] == new.get(where))


def _object_kind(symbol: Symbol, surface: Surface) -> ObjectKind:
    if symbol.kind == "function" and surface.holder_class(symbol.path) is not None:
        return ObjectKind.METHOD
    if symbol.kind == "function" and symbol.signature_unknown.startswith(CLICK_COMMAND):
        return ObjectKind.COMMAND
    return ObjectKind(symbol.kind)


def _group_key(symbol: Symbol, surface: Surface) -> str:
    """Members reached through several aliases of one class are one change; module-level names stay separate."""
    return f"member:{symbol.target}" if surface.holder_class(symbol.path) is not None else f"path:{symbol.path}"


def _display_rank(symbol: Symbol) -> tuple[int, bool, bool, str]:
    """Which path of a group to show: the shortest; then one reached through the class that defines the member
    (`HTTPException.wrap`, not the inherited `BadGateway.wrap`; bs4 4.12's `PageElement.fetchPrevious`, an alias
    of `find_all_previous` in its body, not the inherited `CData.fetchPrevious`); then its own name, not an alias."""
    path, target = symbol.path.split("."), symbol.target.split(".")
    return len(path), path[-2:-1] != target[-2:-1], path[-1] != target[-1], symbol.path


def _groups(symbols: Iterable[Symbol], surface: Surface) -> list[tuple[Symbol, tuple[str, ...]]]:
    """(representative, every other public path of the same member, and the paths a package's `__all__` hides that
    lead to it) per group, by representative path."""
    members: dict[str, list[Symbol]] = {}
    for symbol in symbols:
        members.setdefault(_group_key(symbol, surface), []).append(symbol)
    hidden: dict[str, list[str]] = {}
    for path, target in surface.hidden_aliases.items():
        hidden.setdefault(target, []).append(path)
    groups = []
    for group in members.values():
        group.sort(key=_display_rank)
        paths = [s.path for s in group]
        paths += [path for s in group for path in hidden.get(s.target, ()) if path not in paths]
        groups.append((group[0], tuple(dict.fromkeys(paths[1:]))))
    return sorted(groups, key=lambda g: g[0].path)


def _moved_classes(old: Surface, new: Surface, gone: set[str]) -> dict[str, str]:
    """Old class path -> the class of the new release its module now imports under that name, when the old module
    defined the class (tinydb 4's `database.py` does `from .table import Table`): the old path still gives a class,
    so it is no removal, and what it lost is found by comparing the one imported. Not when the imported class's
    members were not read (a private module's class: urllib3 2.0's `_base_connection.ProxyConfig`)."""
    moved = {}
    for path in gone:
        symbol, imported = old.symbols[path], new.reexport_targets.get(path)
        if symbol.kind != "class" or symbol.target != path or imported is None:
            continue
        after = new.symbols.get(imported)
        if after is not None and after.kind == "class" and after.signature_unknown != PRIVATE_API:
            moved[path] = imported
    return moved


def _in_moved_class(path: str, moved: dict[str, str], new: Surface) -> Symbol | None:
    """What a moved class (`_moved_classes`), or a member of it, is in the new release: the class imported, or its
    member so named (tinydb 4's `Table.contains(cond=None, doc_id=None)`, was `doc_ids`)."""
    if path in moved:
        return new.symbols.get(moved[path])
    parent, _, name = path.rpartition(".")
    return new.symbols.get(f"{moved[parent]}.{name}") if parent in moved else None


def _lost_by_moved_class(
    old: Surface, new: Surface, gone: set[str], moved: dict[str, str], outside: Outside
) -> list[Symbol]:
    """Members of a moved class (`_moved_classes`) its new definition no longer has, nor may be given by an outside
    ancestor or a `__getattr__`: tinydb 4.0's `Table.purge` (now `truncate`), `Table.write_back`,
    `Table.process_elements`, reached as before through `from tinydb.database import Table`."""
    lost = []
    for path in gone:
        parent, _, name = path.rpartition(".")
        if parent not in moved or f"{moved[parent]}.{name}" in new.symbols:
            continue
        member = old.symbols[path]
        if outside_claim(f"{moved[parent]}.{name}", new, outside, member) is not False and not _never_worked_member(
            member, old, new
        ):
            lost.append(member)
    return lost


def _import_raises(symbol: Symbol | None) -> bool:
    """A module whose top level raises (whitenoise 5.3's `django.py`, only `raise ImportError(...)`): no import of it
    ever worked, so losing it breaks nobody, and a module becoming one is lost to every import."""
    return symbol is not None and symbol.kind == "module" and symbol.refuses_calls


def _import_now_raises(path: str, tombstone: Symbol, version: str) -> str:
    """The claim on a module whose file the new release still ships with a top level that raises: one change for
    the module, said as what users meet (its names are not each lost, every import of it fails), with the file a
    reader can open."""
    return (
        f"module '{path}' now fails on import in {version}: the top level of its file {tombstone.file} raises, so"
        f" `import {path}` and every `from {path} import ...` fail"
    )


def _module_alias_still_there(symbol: Symbol, new: Surface) -> bool:
    """A sibling module a package imported (docutils 0.18's `from docutils import io` in `writers/html4css1`), dropped
    while the module itself stays: nothing anyone imports by that path was lost."""
    return symbol.kind == "module" and symbol.target != symbol.path and symbol.target in new.symbols


def _still_shipped(symbol: Symbol, shipped: set[str]) -> bool:
    """A module whose file the new release still ships, read there as package data no module imports by name
    (adafruit-blinka 9.0 imports its board modules by names a JSON file holds, 8.70 spelled them): `import` finds it
    as before; its contents are unread, so nothing is claimed of it. A folder without `__init__.py` is shipped while
    a file under it is; a module with a file of its own (a package's `__init__.py`) only while that file is."""
    path = symbol.path
    if symbol.kind != "module":
        return False
    if symbol.file.endswith((".py", ".pyi")):
        return path in shipped
    return any(module.startswith(path + ".") for module in shipped)


def _through_module_alias(path: str, new: Surface) -> bool:
    """The path's module is now another name for a module of the release that binds the name: `pkg.alias.name` still
    reaches it (numpy 1.21 declared `numpy.char` in a stub of its own, `char.pyi`; 1.22 makes it
    `numpy.core.defchararray`, which defines `add` as before)."""
    parent, _, name = path.rpartition(".")
    holder = new.symbols.get(parent)
    if holder is None or holder.kind != "module" or holder.target in ("", parent):
        return False
    return f"{holder.target}.{name}" in new.symbols or name in new.bound.get(holder.target, ())


def _through_class_attribute(path: str, new: Surface) -> bool:
    """The path's holder is now a class attribute naming a class of the release that has the member: `Outer.Inner.go`
    still reaches `go` when the nested class `Outer.Inner` moved to the module and `class Outer: Inner = Inner`
    keeps the old path."""
    parent, _, name = path.rpartition(".")
    holder = new.symbols.get(parent)
    return holder is not None and holder.kind == "attribute" and name in holder.class_members


def _kept_by_returned_instance(path: str, old: Surface, new: Surface) -> Symbol | None:
    """A member of an instance of a class now a function annotated to return a class of the release that still has
    it (async-timeout 4's `def timeout(delay) -> "Timeout"`: `async with timeout(1)` still finds `__aenter__`, and
    `.expired` is still there): that class's member. Members reached through the class itself (class and static
    methods) are not."""
    member = old.symbols[path]
    holder, after = old.symbols.get(_parent(path)), new.symbols.get(_parent(path))
    if holder is None or after is None or holder.kind != "class" or after.kind != "function" or not after.returns:
        return None
    if member.kind not in ("method", "property", "attribute") or member.method_kind in ("classmethod", "staticmethod"):
        return None
    name = after.returns.strip("'\"")
    spelled = f"{_parent(after.target)}.{name}"
    # the class its module defines, or imports from another module of the release (python-can 4.3's `def Bus(...)
    # -> BusABC`, imported from `can.bus`)
    returned = (
        new.symbols.get(spelled) or new.symbols.get(new.reexport_targets.get(spelled, ""))
        if name.isidentifier()
        else None
    )
    if returned is None or returned.kind != "class":
        return None
    return new.symbols.get(f"{returned.path}.{path.rpartition('.')[2]}")


def _kept_by_built_instance(path: str, old: Surface, new: Surface) -> bool:
    """A member of an instance of a class now an unannotated function every return of which builds an instance of a
    class of the release that has it (`def Session(url): return _Session(url)`); members reached through the class
    itself (class and static methods, class attributes) are not."""
    member = old.symbols[path]
    holder, after = old.symbols.get(_parent(path)), new.symbols.get(_parent(path))
    if holder is None or after is None or holder.kind != "class" or after.kind != "function" or after.returns:
        return False  # annotated, it says what it returns (`_kept_by_returned_instance`)
    instance_level = member.kind in ("method", "property") and member.method_kind not in ("classmethod", "staticmethod")
    return (instance_level or member.instance) and path.rpartition(".")[2] in after.class_members


def _deprecated_through_returned_instance(old: Surface, new: Surface) -> list[Change]:
    """Members of a class now a function that the returned class keeps but deprecates (async-timeout 4's
    `Timeout.__enter__` warns: `with timeout(1):` is deprecated), under the path users spell."""
    changes = []
    for path in sorted(p for p in old.symbols if p not in new.symbols and old.symbols[p].deprecated is None):
        kept = _kept_by_returned_instance(path, old, new)
        if kept is not None and kept.deprecated is not None:
            detail = kept.deprecated
            changes.append(
                Change(
                    symbol=path,
                    kind=ChangeKind.DEPRECATED,
                    object=_object_kind(old.symbols[path], old),
                    detail=detail,
                    deprecated_since=new.version,
                    new_location=_location(kept),
                    hint=extract_hint(detail),
                )
            )
    return changes


def _now_its_submodule(path: str, old: Surface, new: Surface) -> bool:
    """A class, function or value a package offered under the name of one of its submodules, which the package no
    longer binds: the name now gives the submodule, and calls of it fail (dash 3.0 dropped `LogoutButton` from
    `dcc`'s star-imported `_imports_` while `dcc/LogoutButton.py` still ships)."""
    before, after = old.symbols[path], new.symbols.get(path)
    if after is None or after.kind != "module" or after.target != path or before.kind == "module":
        return False
    module, _, name = path.rpartition(".")
    return name not in new.bound.get(module, ())


def _now_only_an_attribute(path: str, old: Surface, new: Surface, files: set[str]) -> bool:
    """A submodule whose file is gone while its package still answers the name with something else (its
    `__getattr__`, python-json-logger 3.1's `jsonlogger` served as `pythonjsonlogger.json`): `from pkg import mod`
    works, `import pkg.mod` and `from pkg.mod import x` look for the file and raise ModuleNotFoundError. Not when the
    name now gives a function or a class of the package (urllib3 2.0's `request` function where `request.py` was):
    the module's members are lost in every spelling, and each is claimed. The name may also be bound to nothing the
    surface lists (arviz 1.0's `import arviz_stats as stats` where `arviz/stats/` was), or to another module of the
    package (`from . import _impl as stats`, `from ._impl import stats`): the import system looks for a file or a
    `sys.modules` entry under the path, never at the package's attributes."""
    before, after = old.symbols[path], new.symbols.get(path)
    module, _, name = path.rpartition(".")
    if after is None:
        answered = name in new.bound.get(module, ())
    elif after.kind == "module":
        answered = after.target != path
    else:
        answered = after.kind not in ("function", "class")
    return (
        answered
        and before.kind == "module"
        and before.target == path
        and before.file.endswith(".py")
        and path not in files
    )


def _never_imported(old: Surface) -> tuple[str, ...]:
    """The modules of `old` whose top level raises (see `RawModule.import_raises`): importing one, or anything under
    it, never worked, so what they held breaks nobody when it goes (optuna 5.0 dropped 4.9's `multi_objective`,
    whose whole body was `raise ModuleNotFoundError("... deleted at v4.0.0 ...")`)."""
    return tuple(path for path, symbol in old.symbols.items() if _import_raises(symbol))


def _never_worked_member(symbol: Symbol, old: Surface, new: Surface) -> bool:
    """A method, or a class attribute naming a function, every call of which raised in `old` (webob 1.7's
    `IfRange.match`, bound to a function raising DeprecationWarning; a `def weak(self): raise AttributeError(...)`),
    or a property every read of which raised (colour-science 0.3.16's `SpectralDistribution.data`, whose getter
    raises `AttributeError(str(ObjectRemoved(...)))`): no use of it worked, so its removal breaks nobody. So does a
    method that only raised NotImplementedError whose name the new class's `__getattr__` refuses (montydb 1.3's
    `MontyCollection.aggregate`, "Not implemented.", is in 2.0's `NotImplementeds`, for which `__getattr__` raises
    NotImplementedError); a placeholder gone for good stays claimed, a subclass may have filled it. A module's
    function is still claimed: `from m import f` worked; so is a hook the class's own code calls, which raises only
    until a subclass overrides it (werkzeug 1.0's `MultiPartParser.in_memory_threshold_reached` raises
    RequestEntityTooLarge), and one the release called on other objects and no longer calls (see
    `_dropped_outside_hook`)."""
    holder = old.symbols.get(_parent(symbol.path))
    return (
        (symbol.refuses_calls or _exit_never_reached(symbol, old) or symbol.stub and _still_refused(symbol, new))
        and symbol.kind in ("method", "attribute", "property")
        and holder is not None
        and holder.kind == "class"
        and symbol.path.rsplit(".", 1)[-1] not in {hook for hook, _ in holder.hooks}
        and not _dropped_outside_hook(symbol, old, new)
    )


_FALLBACKS = {
    "__bytes__": ("__buffer__", "__iter__", "__getitem__", "__index__"),
    "__contains__": ("__iter__", "__getitem__"),
    "__int__": ("__index__", "__trunc__"),
    "__float__": ("__index__",),
    "__complex__": ("__float__", "__index__"),
}
"""Special methods whose operation Python still performs another way: `bytes(obj)` takes a buffer, an iterable
(or indexable) of ints or an integer size; `x in obj` iterates the instance; `int(obj)` takes an `__index__` (or
`__trunc__`), `float(obj)` an `__index__`, `complex(obj)` a `__float__` or an `__index__`."""


def _served_another_way(path: str, new: Surface) -> bool:
    """A special method gone from a class whose instances the operation still takes another way (see `_FALLBACKS`):
    whether the outcome is the same, the diff cannot tell, so no claim."""
    fallbacks = _FALLBACKS.get(path.rsplit(".", 1)[-1], ())
    holder = new.symbols.get(_parent(path)) if fallbacks else None
    if holder is None or holder.kind != "class":
        return False
    owners = (holder.path, holder.target, *holder.mro)
    return any(f"{owner}.{name}" in new.symbols for owner in owners for name in fallbacks)


_INDEX_NAMES = frozenset({"index", "idx", "i", "n", "position"})
_INT = re.compile(r"\bint\b")


def _iterated_by_index(path: str, new: Surface) -> bool:
    """An `__iter__` gone from a class that still takes positions in `__getitem__`: `for x in obj` falls back to
    `obj[0]`, `obj[1]`, ... until IndexError (toga 0.4's `ListSource`, whose `__getitem__(self, index: int)` reads
    its list; `OptionList.__repr__` iterates itself so). A `__getitem__` taking keys (a mapping's) iterates nothing."""
    if not path.endswith(".__iter__"):
        return False
    holder = new.symbols.get(_parent(path))
    if holder is None or holder.kind != "class":
        return False
    for owner in (holder.path, holder.target, *holder.mro):
        getitem = new.symbols.get(f"{owner}.__getitem__")
        if getitem is not None and getitem.kind == "method":
            params = [p for p in getitem.params or () if p.kind in POSITIONAL_KINDS][:1]
            return any(p.name in _INDEX_NAMES or _INT.search(p.annotation or "") is not None for p in params)
    return False


_ENTERS = {"__exit__": "__enter__", "__aexit__": "__aenter__"}


def _exit_never_reached(symbol: Symbol, old: Surface) -> bool:
    """An `__exit__` (`__aexit__`) beside an `__enter__` every call of which raised: no `with` block ever got to it
    (toga 0.4's `canvas.Fill.__enter__` raised RuntimeError("Context.fill() has been renamed ..."), 0.5 dropped
    both)."""
    enter = _ENTERS.get(symbol.path.rsplit(".", 1)[-1])
    found = old.symbols.get(f"{_parent(symbol.path)}.{enter}") if enter else None
    return found is not None and found.refuses_calls


def _still_refused(symbol: Symbol, new: Surface) -> bool:
    """The new holder's `__getattr__` raises for the symbol's name."""
    holder = new.symbols.get(_parent(symbol.path))
    return holder is not None and holder.dynamic and symbol.path.rpartition(".")[2] in holder.getattr_refused


def _dropped_outside_hook(symbol: Symbol, old: Surface, new: Surface) -> bool:
    """A method that only raised, which the old release called by name on another object and the new one calls
    nowhere: a hook implementations provide, whose overrides the new release silently ignores (social-auth-core
    6.2's `BaseStrategy.restore_session` raised AuthConfigurationError until a framework's strategy overrode it, and
    its backends called `self.strategy.restore_session(...)`; 7.0 dropped both)."""
    name = symbol.path.rsplit(".", 1)[-1]
    refused = symbol.refuses_calls or symbol.stub
    if not (refused and symbol.kind == "method" and name in old.called and name not in new.called):
        return False
    return not any(  # a working method of that name may be what the calls reached (peewee 2.10's compiler's)
        other.kind == "method" and not (other.refuses_calls or other.stub) and other.path.rsplit(".", 1)[-1] == name
        for other in old.symbols.values()
    )


def _typing_flag(symbol: Symbol) -> bool:
    """A module's own `TYPE_CHECKING = False` (setuptools-scm's generated `version.py`, which vcs-versioning's
    replaced in platformdirs 4.9.6): the idiom `typing.TYPE_CHECKING` stands for, no API a user imports."""
    return symbol.kind in ("attribute", "alias") and symbol.path.rsplit(".", 1)[-1] == "TYPE_CHECKING"


_MODULE_OBJECT_ATTRIBUTES = frozenset(dir(types.ModuleType))
"""What every module object answers through its type (`__init__`, `__doc__`, `__dir__`...), whatever it binds."""


def _every_module_has(symbol: Symbol, old: Surface) -> bool:
    """A module-level name every module object has anyway: dropping the module's own binding leaves the name
    importable. python-roborock 7.1 fixed `__init__ = ["DyadApi", "ZeoApi"]` (for `__all__`) in
    `roborock.devices.traits.a01`: `from ... import __init__` still works, giving `ModuleType.__init__`."""
    parent, _, name = symbol.path.rpartition(".")
    holder = old.symbols.get(parent)
    return name in _MODULE_OBJECT_ATTRIBUTES and holder is not None and holder.kind == "module"


def _star_imported_over(file: str, new: Surface) -> list[str]:
    """The top-level modules the new release star-imports from another distribution in a package holding the old
    release's `file` (scikit-learn 0.21's `sklearn/externals/joblib/__init__.py`, `from joblib import *`, where 0.20
    shipped its copy of joblib): a requirement its metadata may not list (an sdist's `setup.py` computes it)."""
    parts = file.replace("\\", "/").split("/")
    found: list[str] = []
    for index in range(1, len(parts)):
        module = new.symbols.get(".".join(parts[:index]))
        if module is not None and module.kind == "module":
            found.extend(star.split(".", 1)[0] for star in module.star_unread)
    return found


def _star_import_dropped(path: str, old: Surface, new: Surface, offered: Callable[[], set[str]]) -> bool:
    """A name a submodule had only through `from x import *` of another public module of the distribution, which
    still has it, the submodule surviving (pyglet 2.1's `image` and `gl.wgl_info` traded `from pyglet.gl import *`
    for named imports: thousands of GL names they had passed on): the module used them, never offered them; their
    home is where code imports them. The definition still there is enough, or, for one the model keeps no symbol of
    (a ctypes type bound in a loop, `c_ptrdiff_t = t`, or named after one, `khronos_int32_t = c_int32`), a public
    path of the new release still leading to it (`offered`: pyglet 2.1's `gl.GLintptr`, `libs.egl.egl.EGLint`). A
    package's star import of its own submodules (`from .core import *`) is its API, and so is a top-level package's
    of another (`attrs` over `attr`): those stay claimed."""
    module, _, name = path.rpartition(".")
    target = old.symbols[path].target
    return (
        "." in module
        and name in old.star_imported.get(module, ())
        and not target.startswith(f"{module}.")
        and module in new.symbols
        and (target in new.symbols or target in offered())
    )


def _star_guessed_still_there(path: str, old: Surface, new: Surface, offered: Callable[[], set[str]]) -> bool:
    """A name the old module had only through a star import of a module whose `__all__` is computed when it runs
    (see `Surface.star_guessed`), its definition still there: whether the old star import brought it is unknown."""
    module, _, name = path.rpartition(".")
    target = old.symbols[path].target
    return name in old.star_guessed.get(module, ()) and (target in new.symbols or target in offered())


def _targets_of(surface: Surface) -> set[str]:
    """The targets the surface's symbols lead to."""
    return {symbol.target for symbol in surface.symbols.values()}


def _lookup_still_there(path: str, new: Surface) -> bool:
    """A deprecated `__getattr__` (a member: see `SurfaceBuilder._warned_special`) whose class still looks names up
    dynamically, its warning dropped or its `__getattr__` inherited: attribute access still works."""
    holder = new.symbols.get(_parent(path)) if path.endswith(".__getattr__") else None
    return holder is not None and holder.kind == "class" and holder.dynamic


def falls_back(symbol: Symbol, surface: Surface) -> bool:
    """A special method of a class of `surface` whose loss falls back to `object`'s (`__str__`, `__repr__`,
    `__eq__`): a symbol only while it warns a deprecation (see `SurfaceBuilder._warned_special`), and `str(obj)`
    still works without it."""
    name = symbol.path.rsplit(".", 1)[-1]
    holder = surface.symbols.get(_parent(symbol.path))
    return (
        symbol.kind == "method"
        and name.startswith("__")
        and name.endswith("__")
        and name not in PROTOCOL_METHODS
        and name != "__getattr__"
        and holder is not None
        and holder.kind == "class"
    )


def _inherited_special(old: Surface, new: Surface, path: str) -> bool:
    """A special method falling back to `object`'s (see `falls_back`) of a class the old release had too: `str(obj)`
    worked through `object.__str__` before the class's own began to warn."""
    holder = old.symbols.get(_parent(path))
    return falls_back(new.symbols[path], new) and holder is not None and holder.kind == "class"


def _gated_off(path: str, old: Surface, new: Surface) -> str:
    """Why a global `new` binds only under a guard from the environment is gone for a user who sets nothing: the
    guard's default took it in `old` and no longer does (see `envgates`); "" otherwise."""
    before, after = old.env_gated.get(path), new.env_gated.get(path)
    if before is None or after is None or before[0] != after[0] or not before[2] or after[2]:
        return ""
    if "__getattr__" in new.bound.get(_parent(path), ()):
        return ""  # the module's `__getattr__` may answer the name when the guard binds nothing
    variable = before[0]
    return (
        f"is no longer bound by default in {new.version}: the module binds it only when the environment variable "
        f"{variable} asks for it, and the default it reads {variable} with turned from {before[1]} ({old.version}) "
        f"to {after[1]}; users can restore it by setting {variable} as the old default did"
    )


def removed_changes(old: Surface, new: Surface, dependencies: Sequence[Surface] = ()) -> list[Change]:
    """Public symbols of `old` missing from `new` (their members are not repeated)."""
    code_less = stands_in(new, dependencies)
    if old.symbols and not any(r.status is ModuleStatus.OK for r in new.modules) and not code_less:
        return []  # nothing in the new release could be read: no claim either way
    blind = unanalysed_prefixes(new) if not code_less else ()  # its one report says "no code", not "unread"
    outside = Outside(dependencies)
    files = {report.module for report in new.modules}
    shipped = {report.module for report in new.modules if report.status is ModuleStatus.OK}
    shipped -= (tombstones := {path for path in shipped if _import_raises(new.symbols.get(path))})
    attribute_only = {path for path in old.symbols if _now_only_an_attribute(path, old, new, files)}
    class_only = {path for path in old.symbols if served_to_the_class_only(path, old, new)}
    gone = {path for path in old.symbols if path not in new.symbols or _now_its_submodule(path, old, new)}
    gone |= {path for path in tombstones if path in old.symbols and not _import_raises(old.symbols[path])}
    answered = attribute_only | class_only  # the name still gives something, but not what users read
    gone |= answered
    gated = {path: why for path in new.env_gated if path in old.symbols and (why := _gated_off(path, old, new))}
    gone |= gated.keys()
    gone -= {path for path in gone if dependency_namespace(old.symbols[path], old.requires)}
    installed = MovedOut(dependencies, new.requires)
    judged = {path: installed.verdict(path) for path in gone}
    moved_out = moved_to_requirements(old, new)  # where no dependency read answers: a package named like a new one
    gone -= {path for path in gone if judged[path] or (judged[path] is None and path.split(".", 1)[0] in moved_out)}
    offered = cache(partial(_targets_of, new))  # asked only of a name a dropped star import had
    unimportable = _never_imported(old) if gone else ()
    top = [
        old.symbols[path]
        for path in gone
        if _parent(path) not in gone
        and not under(path, blind)
        and (not under(old.symbols[path].target, blind) or unbound_from_compiled(path, old.symbols[path], new))
        and not under(old.symbols[path].target, unimportable)
        and (path in answered or path in gated or not still_importable(path, new, old.symbols[path]))
        and not brought_by_new_star(path, old, new)
        and outside_claim(path, new, outside, old.symbols[path]) is not False
        and not _module_alias_still_there(old.symbols[path], new)
        and not _still_shipped(old.symbols[path], shipped)
        and not _through_module_alias(path, new)
        and not _through_class_attribute(path, new)
        and _kept_by_returned_instance(path, old, new) is None
        and not _kept_by_built_instance(path, old, new)
        and not _never_worked_member(old.symbols[path], old, new)
        and not _import_raises(old.symbols[path])
        and not never_bound(path, old.symbols[path], old)
        and not _iterated_by_index(path, new)
        and not _served_another_way(path, new)
        and not _typing_flag(old.symbols[path])
        and not protobuf_stub_alias(old.symbols[path], old)
        and not _every_module_has(old.symbols[path], old)
        and not _lookup_still_there(path, new)
        and not falls_back(old.symbols[path], old)
        and not _star_import_dropped(path, old, new, offered)
        and not _star_guessed_still_there(path, old, new, offered)
    ]
    moved = _moved_classes(old, new, gone)
    top += _lost_by_moved_class(old, new, gone, moved, outside)
    public_targets = {s.target for s in top if s.signature_unknown != PRIVATE_API}
    top = [s for s in top if s.signature_unknown != PRIVATE_API or s.target not in public_targets or s.kind == "module"]
    homes = removed_hints(top, old, new)
    changes = []
    for symbol, group_aliases in _groups(top, old):
        # a path the old package's `__all__` hid still leads somewhere when the new one binds it too (pyproj 3.0's
        # `from pyproj.transformer import proj_version_str`, though `pyproj.proj` no longer imports it)
        aliases = tuple(alias for alias in group_aliases if not still_importable(alias, new))
        kind = _object_kind(symbol, old)
        detail = f"{kind.value} '{symbol.path}' " + (gated.get(symbol.path) or f"no longer exists in {new.version}")
        if (tombstone := new.symbols.get(symbol.path)) is not None and _import_raises(tombstone):
            detail = _import_now_raises(symbol.path, tombstone, new.version)
        holder = new.symbols.get(moved.get(_parent(symbol.path), _parent(symbol.path)))
        if _parent(symbol.path) in moved:
            detail += f" (its class moved to {moved[_parent(symbol.path)]}, which the old path still imports)"
        if symbol.kind == "method" and (used := operation_line(symbol.path.rsplit(".", 1)[-1])):
            detail += f": `{used}` now raises TypeError"
        if symbol.collected_as:
            owner, _, name = symbol.path.rpartition(".")
            detail = (
                f"field {name!r} is no longer declared on {owner} in {new.version}: its metaclass kept it in "
                f"`{owner.rsplit('.', 1)[-1]}.{symbol.collected_as}`, never as an attribute"
            )
        if (installer := installed.lacking(symbol.path)) is not None:
            detail += (
                f" ({_parent(symbol.path)} is now installed by {installer.package} {installer.version}, which lacks it)"
            )
        elif code_less:
            detail += (
                f" ({new.package} {new.version} ships no code of its own, and no distribution it requires installs it)"
            )
        if _now_its_submodule(symbol.path, old, new):
            detail += f"; the name now gives the submodule '{symbol.path}'"
        if symbol.path in class_only:
            parent, _, name = symbol.path.rpartition(".")
            detail += (
                f"; its metaclass's __getattr__ still answers `{parent}.{name}`, but instances never ask it: "
                f"`obj.{name}` raises AttributeError"
            )
        if symbol.path in attribute_only:
            parent, _, name = symbol.path.rpartition(".")
            detail += (
                f"; `from {parent} import {name}` still works ({parent} answers the name), `import {symbol.path}` "
                f"and `from {symbol.path} import ...` raise ModuleNotFoundError"
            )
        if _dropped_outside_hook(symbol, old, new):
            detail += (
                f"; it only raised until overridden, {old.version} called it and {new.version} calls it nowhere: "
                "overrides in subclasses are silently ignored"
            )
        if symbol.path.endswith(".__getattr__"):
            detail += "; its instances no longer answer other attribute names (`obj.key` raises AttributeError)"
        if symbol.signature_unknown == PRIVATE_API:
            use = "use" if holder is not None and holder.kind == "class" else "import"
            detail += f" (private API, but dependents that {use} it break all the same)"
        if holder is not None and holder.dynamic and holder.getattr_served is not None and not holder.getattr_items:
            spelled, modules = holder.getattr_served
            served = [*(repr(name) for name in spelled), *(f"what {module} has" for module in modules)]
            detail += f"; {holder.path}'s __getattr__ answers only {', '.join(served)}"
        if holder is not None and holder.dynamic and symbol.path.rpartition(".")[2] in holder.getattr_refused:
            detail += f"; {holder.path}'s __getattr__ raises for the name"
        if holder is not None and holder.dynamic and holder.getattr_items:
            lost = {
                "method": "calls of it fail",
                "class": "reading it on the class raises AttributeError",
            }.get(symbol.kind, "reading it gives that item, not the object the class held")
            if made_on_class(symbol):
                lost = "reading it on the class raises AttributeError, on an instance it gives an item, not the object"
            detail += f"; {holder.path}'s __getattr__ answers the name with an item of the instance: {lost}"
        changes.append(
            Change(
                symbol=symbol.path,
                kind=ChangeKind.REMOVED,
                object=kind,
                detail=detail,
                old_location=_location(symbol),
                hint=extract_hint(_class_named(symbol.deprecated or "", symbol, old)) or homes.get(symbol.path),
                aliases=aliases,
            )
        )
    reported = {change.symbol for change in changes}
    for module, names in old.reexports.items():
        before, after = old.symbols.get(module), new.symbols.get(module)
        if (
            before is None
            or after is None
            or before.file.endswith("__init__.py")
            or not after.file.endswith("__init__.py")
            or (after.kind, after.target) != ("module", module)  # now another's (alembic 1.5's testing.exclusions)
            or under(module, blind)  # a module the package puts in `sys.modules` (tatsu 5.18's `buffering`): unread
        ):
            continue
        for name in names:
            path = f"{module}.{name}"
            if path not in reported and path not in new.symbols and name not in new.bound.get(module, ()):
                source = old.reexport_targets.get(path, "")  # still where it was defined: that import is the fix
                changes.append(
                    Change(
                        symbol=path,
                        kind=ChangeKind.REMOVED,
                        object=ObjectKind.ALIAS,
                        old_location=_location(before),
                        detail=f"'{module}' became a package that no longer offers '{name}'"
                        " (the old module imported it)",
                        hint=home_hint(source, new) if source in new.symbols else None,
                    )
                )
    tables = {key.partition(".")[0] for key in new.config_keys if TABLE_KEY.fullmatch(key)}
    tabled = {
        key.partition(".")[2]: key.partition(".")[0] for key in sorted(new.config_keys) if TABLE_KEY.fullmatch(key)
    }
    for key, (file, line) in old.config_keys.items():
        if key in new.spelled_keys or key.rpartition(".")[2] in new.spelled_keys:
            continue  # still spelled (a table's key bare, see `settingstables`): maybe read through a constant, a
            # helper or a mapping (`Surface.spelled_keys`)
        if TABLE_KEY.fullmatch(key) and key.partition(".")[0] not in tables:
            continue  # no table of that setting any more: read some other way, which no reader follows
        if key not in new.config_keys and key not in new.config_reads and not spelled_by(new.config_shapes, key):
            warned = old.config_deprecated.get(key)
            table = tabled.get(key) if "." not in key else None
            changes.append(
                Change(
                    symbol=f"config:{key}",
                    kind=ChangeKind.REMOVED,
                    object=ObjectKind.CONFIG_KEY,
                    detail=f"{new.version} no longer reads or defaults the config key {key}"
                    + (f", which {old.version} read only to warn: {warned[2]}" if warned else "")
                    + (f"; it reads the key {key!r} of the {table} setting instead" if table else ""),
                    old_location=Location(path=file, line=line),
                    hint=extract_hint(warned[2]) if warned else None,
                )
            )
    for name, (file, line) in old.env_vars.items():
        still_read = name in new.env_vars or stdlib_still_reads(name, new.called) or spelled_by(new.env_shapes, name)
        if still_read or name in new.spelled_keys or owned_by_platform(name) or ci_flag(name):
            continue
        if name in old.env_set:  # underscored, and set by the release itself: a channel between its own processes
            continue
        if derived_by_click(name, new.env_prefixes, new.click_params):
            continue  # click reads it for a parameter of the new release (flask 2.2's FLASK_APP for `--app`)
        if named_for_dependency(name, new.package, new.requires):
            continue
        if read_by_vendored_dependency(file, (*new.requires, *_star_imported_over(file, new))):
            continue
        if any(name in d.env_vars or stdlib_still_reads(name, d.called) for d in dependencies):
            continue  # read where its code went: a distribution it requires (virtualenv 21's python-discovery)
        if any(read_under_prefix(name, d.env_shapes, new.spelled_keys) for d in dependencies):
            continue  # joined there from the prefix the release hands it (setuptools-scm 10's vcs-versioning)
        changes.append(
            Change(
                symbol=f"env:{name}",
                kind=ChangeKind.ENV_VAR_REMOVED,
                object=ObjectKind.ENV_VAR,
                detail=f"{new.version} no longer reads the environment variable {name}",
                old_location=Location(path=file, line=line),
            )
        )
    return changes


CALLED_BY_PROTOCOL = (PROTOCOL_METHODS - {"__call__"}) | {"__getattr__"}
"""Special methods only the language calls: their signatures are no caller's concern."""


_HANDED_BACK = frozenset(
    {"__enter__", "__aenter__", "__next__", "__anext__", "__getitem__", "__iter__", "__aiter__", "__await__"}
)
"""Special methods whose result the language hands to the user's code (`as`, the loop variable, `obj[key]`, what
`await obj` gives through the returned generator)."""


def _protocol_result_lost(path: str, before: Symbol, after: Symbol) -> SignatureDelta | None:
    """A special method whose result users get that now returns None (see `annotations.return_now_none`):
    mongoengine 0.28's `no_dereference.__enter__` no longer returns the class, `with no_dereference(User) as U:`
    binds None; or whose return annotation changed incompatibly (tortoise-orm 0.21's `BulkCreateQuery.__await__`,
    once `-> Generator[Any, None, List[MODEL]]`, now `-> Generator[Any, None, None]`: `await` gives None)."""
    if path.rsplit(".", 1)[-1] not in _HANDED_BACK:
        return None
    lost = return_now_none(before, after) or _handed_annotation_changed(before, after)
    if not lost:
        return None
    return SignatureDelta(
        annotations_changed=lost,
        old_signature=format_params(before.params or ()),
        new_signature=format_params(after.params or ()),
    )


def _handed_annotation_changed(before: Symbol, after: Symbol) -> tuple[tuple[str, str, str], ...]:
    """("return", old, new) when a special method's return annotation changed incompatibly (see
    `annotations.return_incompatible`), both sides alike sync or async."""
    old_return = given_return(before) if before.is_async == after.is_async else None
    if old_return and after.returns and return_incompatible(old_return, after.returns):
        return (("return", old_return, after.returns),)
    return ()


def _is_protocol(symbol: Symbol) -> bool:
    """A class written `class Validator(Protocol)`: it describes what implementations take, nobody instantiates it
    (jsonschema 4.18's `protocols.Validator(schema, registry, ...)` is no call anyone made)."""
    return symbol.kind == "class" and symbol.mro[:1] in (("typing.Protocol",), ("typing_extensions.Protocol",))


def _callback_protocol_call(path: str, surface: Surface) -> bool:
    """The `__call__` of a class written `class ActivityFn(Protocol)`: it spells what the callables standing for it
    must take, and every call reaches one of those, never the protocol's own (kopf 1.30's `callbacks.ActivityFn`,
    whose new `memo` is what kopf now passes the handlers it calls: 8 "new required parameter 'memo'")."""
    owner, _, name = path.rpartition(".")
    found = surface.symbols.get(owner) if name == "__call__" else None
    return found is not None and _is_protocol(found)


def _enum_with_members(path: str, symbol: Symbol, surface: Surface) -> bool:
    """An enum class that has members: calling it looks a member up by value (`CellType(5)`, `EnumType.__call__`),
    its own `__new__` only builds the members its body lists (pyvista 0.46's `CellType.__new__(cls, value,
    _cell_class=None, _short_doc='', ...)`), and nobody can subclass it to list more: what `__new__` takes is no
    caller's. An enum without members is a base whose subclasses' members its `__new__` still builds."""
    if not ENUM_BASES & {*symbol.external_bases, *symbol.mro}:
        return False
    prefix = f"{path}."
    return any(
        member.kind == "attribute" and not member.instance and "." not in name[len(prefix) :]
        for name, member in surface.symbols.items()
        if name.startswith(prefix)
    )


_MIN_PLACEHOLDERS = 3


def _ignores_arguments(symbol: Symbol) -> bool:
    """A callable taking only `*args`/`**kwargs` that hands none of them on and reads no option out of them."""
    variadic = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    params = symbol.params or ()
    return (
        bool(params)
        and all(p.kind in variadic for p in params)
        and symbol.passes_to is None
        and not (symbol.kwargs_forwards or symbol.kwargs_options or symbol.delegates)
    )


def _placeholder_files(surface: Surface) -> frozenset[str]:
    """Files whose every callable, `_MIN_PLACEHOLDERS` classes at least, takes anything and ignores it: stand-ins
    bound when an optional dependency is missing (diffusers 0.37's `utils/dummy_torch_and_transformers_objects.py`,
    each `__init__(self, *args, **kwargs)` and `from_config(cls, *args, **kwargs)` only calling
    `requires_backends(...)`, which raises ImportError). 0.38 serving the real pipelines at those paths was claimed
    "parameter '*args' removed" 66 times: no call of a stand-in ever built anything."""
    classes: dict[str, int] = {}
    mixed: set[str] = set()
    for symbol in surface.symbols.values():
        if symbol.kind not in ("class", "function", "method") or symbol.params is None:
            continue
        if not _ignores_arguments(symbol):
            mixed.add(symbol.file)
        elif symbol.kind == "class":
            classes[symbol.file] = classes.get(symbol.file, 0) + 1
    return frozenset(file for file, count in classes.items() if count >= _MIN_PLACEHOLDERS and file not in mixed)


def _stub_placeholder(symbol: Symbol) -> bool:
    """A stub file's `def f(*args, **kwargs): ...`: typing left open, not the calls it takes (numpy 1.21's
    `__init__.pyi` declares `product(*args, **kwargs)`, which hands them all to `prod(a, axis=None, ...)`)."""
    variadic = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    params = symbol.params or ()
    return symbol.file.endswith(".pyi") and bool(params) and all(p.kind in variadic for p in params)


def _lost_variadic(before: tuple[Param, ...], after: tuple[Param, ...]) -> bool:
    """`before` has a `*args` or `**kwargs` that `after` has not."""
    variadic = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    return bool({p.kind for p in before if p.kind in variadic} - {p.kind for p in after})


def _varargs_shifted(before: Symbol, after: Symbol) -> tuple[str, int, int] | None:
    """("*args", old slot, new slot) when parameters were inserted before a `*args` the old callable only handed on
    whole (ormar 0.11's `get_or_create(self, _defaults=None, *args, **kwargs)`, was `(self, *args, **kwargs)`, both
    calling `self.get(*args, **kwargs)`): a caller's first extra positional arguments now fill the inserted ones,
    silently, even a private one. Not when the new callable hands an inserted one on beside `*args` (`g(x, *args)`):
    the values still go where they went."""
    old_var = next((p for p in before.params or () if p.kind is ParamKind.VAR_POSITIONAL), None)
    new_var = next((p for p in after.params or () if p.kind is ParamKind.VAR_POSITIONAL), None)
    if old_var is None or new_var is None or not before.varargs_forwarded:
        return None
    old_slots = [p.name for p in before.params or () if p.kind in POSITIONAL_KINDS]
    new_slots = [p.name for p in after.params or () if p.kind in POSITIONAL_KINDS]
    inserted = [name for name in new_slots if name not in old_slots]
    if len(new_slots) <= len(old_slots) or not inserted or set(inserted) & set(after.kwargs_beside):
        return None
    return f"*{new_var.name}", len(old_slots), len(new_slots)


def _lost_varargs(before: tuple[Param, ...], after: tuple[Param, ...]) -> bool:
    """`before` has a `*args` that `after` has not."""
    return any(p.kind is ParamKind.VAR_POSITIONAL for p in before) and all(
        p.kind is not ParamKind.VAR_POSITIONAL for p in after
    )


def _forwarded_varargs(params: tuple[Param, ...], before: Symbol, callees: Callees) -> tuple[Param, ...]:
    """The old parameters, an `*args` that only went on beside `**kwargs` spelled as the positional parameters the
    calls it went to take (see `Callees.forwarded_cap`): prefect 2.16.9's `PrefectBaseModel.dict(self, *args,
    shallow=False, ...)` handed them only to pydantic's keyword-only `dict` and `json`, so 2.17's `dict(self,
    **kwargs)` refuses no call that worked."""
    cap = callees.forwarded_cap(before)
    return params if cap is None else capped_varargs(params, cap)


def _new_type_return(
    old: str | None, new: str | None, based: Callable[[str], str | None] | None, class_check: Callable[[str, str], bool]
) -> tuple[tuple[str, str, str], ...]:
    """A return annotation naming a NewType of the old release (pipx 1.9's `-> ExitCode`, `NewType("ExitCode",
    int)`) is its base to a caller: one now returning a class that is no such base breaks them (pipx 1.16's `->
    OperationResult[...]`, a dataclass)."""
    base = based(old) if based is not None and old and new and old != new else None
    if base is None or new is None or old is None:
        return ()
    head = new.partition("[")[0]  # an instance of `OperationResult[Data]` is one of `OperationResult`
    if not return_incompatible(base, head if head.isidentifier() else new, class_check):
        return ()
    return (("return", f"{old} (a NewType of {base})", new),)


_MODEL_DATA = frozenset({"data", "__data"})
"""The names `surface` gives a pydantic model's generated `**data`."""


def _signature_delta(
    before: Symbol,
    after: Symbol,
    fates: KeywordFates,
    class_check: Callable[[str, str], bool],
    callees: Callees,
    dropped: frozenset[str] = frozenset(),
    python2: bool = False,
    based: Callable[[str], str | None] | None = None,
    contract: bool = False,
    surfaces: tuple[Surface, Surface] | None = None,
    old_fates: KeywordFates | None = None,
) -> SignatureDelta | None:
    """What a call written against `before` can no longer do with `after`; keywords `**kwargs` still takes are fine.
    `python2`: the old one was written for Python 2 (see `_python2_folders`); `based`: the old release's NewTypes
    (see `shapes.new_type_bases`); `contract`: its parameters are shared by other definitions of the method (see
    `unreadparams.contract_method`), so one it ignores is no claim; `surfaces`: (old, new), whose classes may relate
    the annotations of a parameter renamed in its slot (see `relatedtypes`); `old_fates`: the old release's keyword
    fates, to read what its `**kwargs` took."""
    if before.params is None or after.params is None or before.refuses_calls or _is_protocol(before):
        return None  # unknown, or no call of the old one ever worked
    if _stub_placeholder(before) or _stub_placeholder(after):
        return None
    if after.kind == "class" and after.stub and not (before.stub or before.abstract or after.abstract):
        return None  # every creation now raises NotImplementedError (`shapes` claims it): no parameter matters
    if (
        before.params == after.params
        and before.returns == after.returns
        and before.returns_inferred == after.returns_inferred
        and before.kwargs_options == after.kwargs_options
        and before.wrapper_options == after.wrapper_options
        and before.option_defaults == after.option_defaults
        and not _raising(after.params_raising) - _raising(before.params_raising)
        and (contract or not no_longer_read(before, after)[0])
    ):
        return None  # the common case: nothing to compare
    old_params = before.params
    last = old_params[-1] if old_params else None
    if (
        last is not None
        and last.kind is ParamKind.VAR_KEYWORD
        and last.name in _MODEL_DATA
        and model_no_more(before, after)
    ):
        old_params = old_params[:-1]  # the base lost says it (see `shapes.model_no_more`)
    handed_on_blind = handed_on_variadic = False
    # a delegating wrapper took what the object it wraps takes (`Symbol.delegates`), which no reader follows
    unfollowed = (before.variadics_sliced or before.delegates) and _lost_variadic(before.params, after.params)
    dispatched = callees.dispatched(before) if _lost_varargs(before.params, after.params) else None
    if dispatched is not None:  # the one method an `__call__` dispatches to takes them (see `Callees.dispatched`)
        old_params = tuple(p for v in old_params for p in (dispatched if v.kind is ParamKind.VAR_POSITIONAL else (v,)))
    elif before.passes_to is not None and _lost_variadic(before.params, after.params):
        handed_on = callees.accepted(before, outside=True)  # what the old one handed on (outside too), it accepted
        old_params = handed_on if handed_on is not None else old_params  # () is a callee taking nothing
        handed_on_blind = handed_on is None and _now_the_callee(before, after)
        # unknown, or the callee's own `*args`/`**kwargs`, handed on again: what they took is not known here
        handed_on_variadic = any(p.kind in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD) for p in handed_on or ())
        unfollowed = (handed_on is None and not handed_on_blind) or handed_on_variadic
    if (
        dispatched is None
        and before.passes_to is None
        and before.max_varargs is None
        and _lost_varargs(before.params, after.params)
    ):
        old_params = _forwarded_varargs(old_params, before, callees)
    renamed_by_wrapper = tuple(k for k, _ in before.kwargs_renamed if k in before.wrapper_options)
    delta = compare_params(
        _filled_by_wrapper(_with_wrapper_options(with_options(old_params, before), renamed_by_wrapper), before),
        _filled_by_wrapper(_with_wrapper_options(with_options(after.params, after), after.wrapper_options), after),
        spilled_params(before, after),
        _respelled(before, after),
        recast(before, after),
        related_params(before.params, after.params, before, after, *surfaces) if surfaces else frozenset(),
    )
    if delta is not None and delta.defaults_removed and (undecided := callees.unsure_defaults(before)):
        # the old body refused them at None through a test no reader decides: leaving them out may never have worked
        kept = tuple(name for name in delta.defaults_removed if name not in undecided)
        delta = delta.model_copy(update={"defaults_removed": kept})
    if delta is not None and delta.new_required and before.passes_to is not None:
        delta = _required_before(delta, callees.accepted(before, outside=True))
    if delta is not None and delta.new_required and before.kwargs_forwards:
        delta = _handed_where_kwargs_went(delta, before, after, callees)
    if delta is not None and delta.new_required and before.kwargs_forwards and old_fates is not None:
        # where the old `**kwargs` went, it was required already: a call leaving it out failed then too
        already = old_fates.required_onward(before)
        delta = delta.model_copy(update={"new_required": tuple(n for n in delta.new_required if n not in already)})
    if delta is not None and handed_on_blind:
        delta = _variadics_kept(delta)
    if delta is not None and after.kwargs_renamed:
        delta = _renamed_in_place(delta, old_params, after)
    if (shifted := _varargs_shifted(before, after)) is not None:
        base = delta or SignatureDelta(
            old_signature=format_params(before.params), new_signature=format_params(after.params)
        )
        delta = base.model_copy(update={"moved": (*base.moved, shifted)})
    # an `async def`'s annotation is what awaiting gives, a def's what the call gives: only like with like compares
    # (hikari 2.4's `def fetch_pins() -> LazyIterator[...]`, awaitable, was `async def ... -> Sequence[...]`)
    comparable = before.is_async == after.is_async
    old_return = given_return(before) if comparable else None
    types = annotation_changes(before.params, after.params, old_return, after.returns, class_check, dropped)
    types += _new_type_return(old_return, after.returns, based, class_check) if not types else ()
    types += overload_return_change(before, after, class_check, dropped) if comparable else ()
    if not (before.returns and after.returns) and not after.overload_returns:
        types += inferred_return_change(before, after, python2) or return_now_none(before, after)
    # the callable's own parameters, not what an old `**kwargs` handed on: a default is what its signature says
    defaults = () if is_private_symbol(before.path) else changed_defaults(before.params, after.params)
    defaults += () if is_private_symbol(before.path) else changed_option_defaults(before, after)
    unread, warned = ((), ()) if contract else no_longer_read(before, after)
    raising = _now_raising(before, after)
    if delta is None:
        if not types and not defaults and not unread and not raising:
            return None
        delta = SignatureDelta(old_signature=format_params(before.params), new_signature=format_params(after.params))
    if delta.absorbed_by_kwargs:
        removed, unknown, ignored = drop_accepted(delta.removed, before, after, fates)
        held = _slot_required(delta.removed, old_params, after.params)
        removed = tuple(name for name in delta.removed if name in removed or name in held)
        accepted = [name for name in delta.removed if name not in removed]
        slot_taken = _slot_taken(accepted, old_params, after.params, after.kwargs_renamed)
        # a keyword-only parameter is one something still takes by that name; a slot taken from a keyword the new
        # `**kwargs` only binds whole is a parameter gone (sanic 23.3's `Unauthorized(message, scheme=None,
        # **challenges)`: `status_code=` is one more challenge, and a second positional argument is the scheme)
        by_name = taken_by_name(after, fates)
        whole = not after.kwargs_forwards  # handed to no call: what a callee takes by name is not this question
        unnamed = tuple(name for name in slot_taken if whole and name not in by_name)
        removed = tuple(name for name in delta.removed if name in removed or name in unnamed)
        delta = delta.model_copy(
            update={
                "removed": removed,
                "absorbed_by_kwargs": tuple(n for n in delta.absorbed_by_kwargs if n in removed),
                "kwargs_ignored": tuple(n for n in ignored if n in delta.absorbed_by_kwargs),
                "kwargs_unverified": (*unknown, *unnamed),
                "kwargs_bound_whole": unnamed,
                "made_keyword_only": (*delta.made_keyword_only, *(n for n in slot_taken if n not in unnamed)),
            }
        )
    if "**" in after.wrapper_options:  # its wrapper may take a keyword it does not spell: say so, not sure
        passable = {p.name for p in old_params if p.kind in KEYWORD_KINDS}
        unsure = tuple(n for n in delta.removed if n in passable and n not in delta.kwargs_unverified)
        # nor is a lost `**kwargs` a claim: matplotlib 3.5's `_check_savefig_extra_args` warns and drops any keyword
        kept = tuple(n for n in delta.removed if not n.startswith("**"))
        delta = delta.model_copy(
            update={
                "kwargs_unverified": (*delta.kwargs_unverified, *unsure),
                "removed": kept,
                "init_made_by": after.init_made_by,
            }
        )
    if delta.renamed and after.kwargs_forwards:
        delta = _renames_still_forwarded(delta, before, after, fates)
    if delta.renamed and before.kwargs_options:
        delta = _options_still_bound(delta, before, after, fates)
    if before.kwargs_checked:  # which keywords the old `**kwargs` took is unknown: its loss is no claim
        delta = delta.model_copy(update={"removed": tuple(n for n in delta.removed if not n.startswith("**"))})
    if keywords_refused(before):  # no keyword the old `**kwargs` caught ever bound: its loss refuses no call
        delta = delta.model_copy(update={"removed": tuple(n for n in delta.removed if not n.startswith("**"))})
    lost_kwargs = any(n.startswith("**") for n in delta.removed)
    if lost_kwargs and old_fates is not None and kwargs_now_named(before, after, old_fates):
        delta = delta.model_copy(update={"removed": tuple(n for n in delta.removed if not n.startswith("**"))})
    if unfollowed:  # what the lost `*args`/`**kwargs` were handed on to took is unknown: which calls broke too
        unsure = tuple(n for n in delta.removed if n.startswith("*") and n not in delta.kwargs_unverified)
        taker = callees.taker(before) if unsure and handed_on_variadic else ""
        delta = delta.model_copy(
            update={"kwargs_unverified": (*delta.kwargs_unverified, *unsure), "variadics_taken_by": taker}
        )
    delta = delta.model_copy(
        update={
            "annotations_changed": types,
            "annotated_only": bool(types) and before.body_crc != 0 and before.body_crc == after.body_crc,
            "annotation_uses_kept": _uses_kept(before, after, types),
            "defaults_changed": defaults,
            "no_longer_read": unread,
            "no_longer_read_warned": warned,
            "now_raising": raising,
        }
    )
    if protobuf_message(before) and protobuf_message(after):  # keywords only at run time, whatever the stubs say
        unchecked = tuple(n for n in delta.removed if not n.startswith("**"))  # an unknown field always raised
        update = {"made_keyword_only": (), "keyword_only_slots": (), "moved": (), "removed": unchecked}
        delta = delta.model_copy(update=update)
    if stub_declared(before, after):  # a compiled binding decides the call forms, which no stub change shows
        delta = without_stub_call_forms(delta, old_params, after.params)
    breaking = (
        delta.removed,
        delta.renamed,
        delta.made_positional_only,
        delta.made_keyword_only,
        delta.new_required,
        delta.defaults_removed,
        delta.moved,
        delta.annotations_changed,
        delta.defaults_changed,
        delta.no_longer_read,
        delta.now_raising,
    )
    return delta if any(breaking) else None


def _raising(names: tuple[str, ...]) -> set[str]:
    """The parameters of `Symbol.params_raising` surely raised for (no `?name`)."""
    return {name for name in names if not name.startswith("?")}


def _now_raising(before: Symbol, after: Symbol) -> tuple[str, ...]:
    """The optional parameters of both sides the new body raises for when given (see `Symbol.params_raising`) that
    the old body read and did not test to raise or call something (one it never loaded may have been refused
    further on, a helper it called may have raised: no claim)."""
    if not after.params_raising:
        return ()
    unread = {name for name, _ in before.params_unread}
    kept = {p.name for p in before.params or () if p.has_default} & {p.name for p in after.params or ()}
    tested = {name.lstrip("?") for name in before.params_raising}  # the old code may have raised for it too
    return tuple(n for n in after.params_raising if n in kept and n not in tested and n not in unread)


def spilled_params(before: Symbol, after: Symbol) -> frozenset[str]:
    """Old positional parameters now keyword-only behind a `*args` the new body only hands on whole to another call
    (django-model-utils 5's `SoftDeletableModel.delete(using=None, *args, soft=True, **kwargs)` was `delete(using=None,
    soft=True, *args, **kwargs)`: `delete(None, False)` now passes `False` on to django's `Model.delete` and still
    soft-deletes). Not one either body hands to that call itself: there the value may still mean the same."""
    if after.passes_to is None or after.params is None or before.params is None:
        return frozenset()
    handed = {*after.handed_on, *(before.handed_on if before.passes_to is not None else ())}
    now_keyword = {p.name for p in after.params if p.kind is ParamKind.KEYWORD_ONLY}
    return frozenset(
        p.name for p in before.params if p.kind in POSITIONAL_KINDS and p.name in now_keyword and p.name not in handed
    )


def _required_before(delta: SignatureDelta, accepted: tuple[Param, ...] | None) -> SignatureDelta:
    """A parameter the new callable spells as required is none new when the call the old one handed its `*args`/
    `**kwargs` on to required it already: starlette-context 0.3.6's `ContextMiddleware(plugins=None, ..., *args,
    **kwargs)` passed them to starlette's `BaseHTTPMiddleware.__init__(self, app, dispatch=None)`, so 0.4.0's
    `(app, plugins=None, ...)` asks no call for more than it passed (the old slots it moved stay claimed)."""
    if accepted is None:
        return delta
    variadic = (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    required = {p.name for p in accepted if not p.has_default and p.kind not in variadic}
    kept = tuple(name for name in delta.new_required if name not in required)
    return delta if kept == delta.new_required else delta.model_copy(update={"new_required": kept})


def _handed_where_kwargs_went(delta: SignatureDelta, before: Symbol, after: Symbol, callees: Callees) -> SignatureDelta:
    """A new required parameter the new body hands, as it is, to a call it passes `**kwargs` to, where each call the
    old body handed its `**kwargs` to either requires it or cannot be followed (a mixin's `super()`, another
    distribution's class not read): the old callers' keyword went there too (django-extensions 4.0's
    `formfield_for_dbfield(self, db_field, request, **kwargs)` hands `request` to `super()`, where 3.2's
    `**kwargs` carried it to django's `ModelAdmin`, which requires it): no claim. A callee read that takes it
    optional keeps the claim."""
    old = {p.name for p in before.params or ()}
    kept = tuple(
        n
        for n in delta.new_required
        if n in old
        or n not in after.kwargs_beside
        or not all(callees.requires(target, n) is not False for target in before.kwargs_forwards)
    )
    return delta if kept == delta.new_required else delta.model_copy(update={"new_required": kept})


def _with_wrapper_options(params: tuple[Param, ...], options: tuple[str, ...]) -> tuple[Param, ...]:
    """The parameters plus the keywords its decorator's wrapper takes (elasticsearch 8's `search(*, index=None,
    ...)` under `_rewrite_parameters`, which still takes the deprecated `body=` and `params=`), keyword-only. Of the
    old callable's, only those a renaming decorator takes into a parameter count (`@deprecate_kwarg("cols",
    "columns")`: a release dropping it loses `cols`); what else a wrapper reads it may refuse."""
    named = {p.name for p in params}
    extra = [Param(n, ParamKind.KEYWORD_ONLY, True) for n in options if n not in named and n.isidentifier()]
    if not extra:
        return params
    tail = [p for p in params if p.kind is ParamKind.VAR_KEYWORD]
    return (*(p for p in params if p.kind is not ParamKind.VAR_KEYWORD), *extra, *tail)


def _filled_by_wrapper(params: tuple[Param, ...], symbol: Symbol) -> tuple[Param, ...]:
    """The parameters with those its decorator's wrapper puts into the keywords itself ("+k" `wrapper_options`)
    keyword-only, after the positional ones, and never required: a positional argument for one collides with that
    keyword ("got multiple values"), so no call ever passed it by position (pyinfra 1.7's `@operation` fills `state`
    and `host`: 2.0's operations taking them only by keyword refuse no call that worked, nor did the parameters after
    them move), and the wrapper gives it whatever the call passed (scrapyd 1.5's `@param("project")` fills
    `render_POST(self, txrequest, project)` from the request: `render_POST(txrequest)` works). The positional ones
    after a filled one are keyword-only in effect too: a call reaching their slot fills the filled one by position
    first (dateparser 1.4's `@apply_settings parse(self, date_string, parse_method, settings=None, date_order=None)`:
    `date_order` never went by position, so 1.5 dropping the decorator moved no slot of it)."""
    filled = {option[1:] for option in symbol.wrapper_options if option.startswith("+")}
    if not any(p.name in filled for p in params):
        return params
    given = [replace(p, has_default=True) if p.name in filled else p for p in params]
    first = next((i for i, p in enumerate(given) if p.name in filled and p.kind in POSITIONAL_KINDS), len(given))
    unreached = [p for p in given[first:] if p.kind in POSITIONAL_KINDS]
    moved = [replace(p, kind=ParamKind.KEYWORD_ONLY) for p in unreached]
    kept = [*given[:first], *(p for p in given[first:] if p.kind not in POSITIONAL_KINDS)]
    split = next(
        (i for i, p in enumerate(kept) if p.kind in (ParamKind.KEYWORD_ONLY, ParamKind.VAR_KEYWORD)), len(kept)
    )
    return (*kept[:split], *moved, *kept[split:])


def _now_the_callee(before: Symbol, after: Symbol) -> bool:
    """The new callable is the one the old handed its variadic arguments on to (werkzeug 0.15's
    `http.CharsetAccept(*args, **kwargs)` deprecation subclass, now the `datastructures.CharsetAccept` it passed to)."""
    assert before.passes_to is not None
    callee = before.passes_to[0]
    classes = {after.target, *after.mro}
    return callee in classes or callee.removesuffix(".__init__") in classes


def _respelled(before: Symbol, after: Symbol) -> frozenset[tuple[str, str]]:
    """(old, new) parameter names whose code, the name blanked out, is the same on both sides
    (`Symbol.respelled_crc`): the parameter renamed over unchanged code."""
    if not before.respelled_crc or not after.respelled_crc:
        return frozenset()
    new = {crc: name for name, crc in after.respelled_crc}
    return frozenset((name, new[crc]) for name, crc in before.respelled_crc if crc in new and new[crc] != name)


def _renamed_in_place(delta: SignatureDelta, before: tuple[Param, ...], after: Symbol) -> SignatureDelta:
    """A positional parameter renamed in place whose old keyword the body still takes into the new one (Pillow 9.1's
    `show_file(self, path=None, **options)` setting `path = options.pop("file")`) did not become keyword-only, nor
    did it move when its old name stays as a later optional parameter (nbformat 5's `validate(nbdict=None, ...,
    nbjson=None)` setting `nbdict = nbjson`): a positional caller fills the same parameter as before, and the old
    keyword still works. A required one a decorator's wrapper renames so is no new required parameter either
    (jsonargparse 4.50's `@renamed_parameter_warning({"cfg": "namespace"}) strip_unknown(self, namespace)`): every
    working call filled it."""
    old_slots = [p for p in before if p.kind in POSITIONAL_KINDS]
    new_slots = [p.name for p in after.params or () if p.kind in POSITIONAL_KINDS]
    pairs = {
        (param.name, new_slots[slot], param.has_default)
        for slot, param in enumerate(old_slots)
        if slot < len(new_slots) and (param.name, new_slots[slot]) in after.kwargs_renamed
    }
    kept = {name for name, _, _ in pairs}
    # only a wrapper renames before the call binds: peewee 3's `ForeignKeyField(model, ..., rel_model=None)` setting
    # `model = rel_model` in its body still fails `ForeignKeyField(rel_model=X)` for the required `model`
    filled = {name for old, name, optional in pairs if not optional and old in after.wrapper_options}
    if not (kept & {*delta.made_keyword_only, *(name for name, _, _ in delta.moved)} or filled & {*delta.new_required}):
        return delta
    return delta.model_copy(
        update={
            "made_keyword_only": tuple(n for n in delta.made_keyword_only if n not in kept),
            "keyword_only_slots": tuple(s for s in delta.keyword_only_slots if s[0] not in kept),
            "moved": tuple(m for m in delta.moved if m[0] not in kept),
            "new_required": tuple(n for n in delta.new_required if n not in filled),
        }
    )


def _variadics_kept(delta: SignatureDelta) -> SignatureDelta:
    """A `*args`/`**kwargs` the old callable handed on whole to what the new one is took what that takes, even where
    its parameters are unknown (a class decorator hides werkzeug's `Accept` constructor): no removal to name."""
    return delta.model_copy(update={"removed": tuple(name for name in delta.removed if not name.startswith("*"))})


def _slot_taken(
    names: list[str], before: tuple[Param, ...], after: tuple[Param, ...], renamed: tuple[tuple[str, str], ...] = ()
) -> list[str]:
    """Positional parameters whose keyword `**kwargs` still takes, but whose slot a positional caller now fills with
    another parameter (flask-babel 3's `Babel(app=None, date_formats=None, ..., **kwargs)`: `Babel(app, "de")`
    passes "de" as `date_formats`) or no longer has: they became keyword-only. Not one whose keyword the new body
    (or a callee its `**kwargs` reaches) takes into the parameter now at its slot (`renamed`, see
    `Symbol.kwargs_renamed`): positional and keyword callers fill the same parameter as before."""
    positional = (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)
    old_slots = [p.name for p in before if p.kind in positional]
    new_slots = [p.name for p in after if p.kind in positional]
    takes_more = any(p.kind is ParamKind.VAR_POSITIONAL for p in after)
    return [
        name
        for name in names
        if name in old_slots
        and (new_slots[old_slots.index(name)] != name if old_slots.index(name) < len(new_slots) else not takes_more)
        and (old_slots.index(name) >= len(new_slots) or (name, new_slots[old_slots.index(name)]) not in renamed)
    ]


def _slot_required(names: tuple[str, ...], before: tuple[Param, ...], after: tuple[Param, ...]) -> set[str]:
    """Positional parameters whose slot a new required parameter now holds (marshmallow 4's `RenderModule.loads(s,
    *args, **kwargs)` was `loads(json_data, ...)`): a keyword caller passing the old name, even into `**kwargs`,
    leaves that one missing, so the call fails."""
    positional = (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)
    old_slots = [p.name for p in before if p.kind in positional]
    new_slots = [p for p in after if p.kind in positional]
    return {
        name
        for name in names
        if name in old_slots
        and old_slots.index(name) < len(new_slots)
        and not (taken := new_slots[old_slots.index(name)]).has_default
        and taken.name not in old_slots
    }


def _renames_still_forwarded(
    delta: SignatureDelta, before: Symbol, after: Symbol, fates: KeywordFates
) -> SignatureDelta:
    """A parameter paired with a new one at its slot is no rename when `**kwargs` still carries its name to a callee
    that takes it (marshmallow 3's `Date(format=None, **kwargs)` still passes `default=` on to `Field`): keyword
    callers are fine, positional ones now reach the new parameter — it became keyword-only. Unless the new one is
    required: a keyword caller passing the old name leaves it missing, so the rename stands (ocrmypdf 17's
    `ocr(input_file_or_options, output_file=None, ..., **kwargs)` refuses `ocr(input_file=..., output_file=...)`), as
    `_slot_required` says of a removed one."""
    positional = {
        p.name for p in before.params or () if p.kind in (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)
    }
    required = {p.name for p in after.params or () if p.kind in POSITIONAL_KINDS and not p.has_default}
    # the old keyword reaches a body that takes it into the new parameter (tortoise-orm 0.21's `IntField(pk=True)`,
    # whose `**kwargs` carries `pk` to `Field.__init__`, which takes it into `primary_key`): no caller sees a change
    taken = {old for old, new in delta.renamed if (old, new) in after.kwargs_renamed}
    forwarded = {old for old, new in delta.renamed if new not in required and fates.fate(after, old) is Fate.ACCEPTED}
    forwarded -= taken
    if not forwarded and not taken:
        return delta
    return delta.model_copy(
        update={
            "renamed": tuple((old, new) for old, new in delta.renamed if old not in forwarded | taken),
            "made_keyword_only": (*delta.made_keyword_only, *sorted(forwarded & positional)),
        }
    )


def _options_still_bound(delta: SignatureDelta, before: Symbol, after: Symbol, fates: KeywordFates) -> SignatureDelta:
    """A "rename" whose old name was only an option the old body read out of `**kwargs` is none when the new
    `**kwargs` still binds that keyword: an option is claimed gone only where the new release surely rejects it (see
    `kwfate.drop_accepted`). neo4j 6's `Driver.session(**config)` tests `"notifications_disabled_categories" in
    config` where 5.28's tested the `..._classifications` key, and both releases hand `config` on whole."""
    named = {p.name for p in before.params or ()}
    kept = tuple(
        (old, new)
        for old, new in delta.renamed
        if old in named or old not in before.kwargs_options or fates.fate(after, old) is Fate.REJECTED
    )
    return delta if kept == delta.renamed else delta.model_copy(update={"renamed": kept})


def _abstract_classes(surface: Surface) -> set[str]:
    """Classes with an abstract member `abc` enforces: calling one raised TypeError (anyio 2's `abc.CapacityLimiter`,
    whose 3.0 `CapacityLimiter(total_tokens)` builds the backend's limiter, took no call anyone made)."""
    return {path.rsplit(".", 1)[0] for path, symbol in surface.symbols.items() if symbol.abstract}


_PYTHON2_ONLY = (
    "Missing parentheses in call to",
    "multiple exception types must be parenthesized",
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "leading zeros in decimal integer literals",
)
"""What Python 3 says of Python 2's `print x`, `except E, e:`, `10L`/`0x00L` and `0777`."""


def _python2_folders(surface: Surface) -> frozenset[str]:
    """The folders holding a module of Python 2 syntax that Python 3 refuses (xlwt 0.7.5's `print` statements and
    `0x00L` literals): the modules beside it were Python 2 code too, whose `''` is bytes. Only beside it: tablib
    0.12 shipped a Python 2 `packages/dbfpy/` next to its Python 3 `dbfpy3/`, and its own modules are Python 3."""
    return frozenset(
        posixpath.dirname(report.file)
        for report in surface.modules
        if report.status is ModuleStatus.UNPARSABLE and any(sign in (report.reason or "") for sign in _PYTHON2_ONLY)
    )


class _OutsideShadowing:
    """Members a class inherits from a class of the release behind an outside class that defines the name too
    (`class View(basepkg.Base, Mixin)`: `View().render` runs `Base.render`, never `Mixin.render`): no claim about
    their parameters may rest on the release's method. Read of the dependencies the diff has; the standard library's
    classes are the extraction's (`Hierarchy.stdlib_before` leaves such members out of the surface)."""

    def __init__(self, old: Surface, new: Surface, outside: Outside) -> None:
        self._surfaces = (old, new)
        self._outside = outside
        self._inside: list[frozenset[str] | None] = [None, None]

    def shadowed(self, path: str, before: Symbol, after: Symbol) -> bool:
        """Whether on either side an outside class defining the member's name precedes its owner in the order of
        the class `path` is a member of."""
        if not self._outside.dependencies or before.kind not in ("method", "function"):
            return False
        return any(self._side(index, path, symbol) for index, symbol in enumerate((before, after)))

    def _side(self, index: int, path: str, symbol: Symbol) -> bool:
        surface = self._surfaces[index]
        holder = surface.holder_class(path)
        owner = symbol.target.rpartition(".")[0]
        if holder is None or owner == holder.target or owner not in holder.mro:
            return False
        inside = self._inside[index]
        if inside is None:
            inside = self._inside[index] = frozenset(s.target for s in surface.symbols.values() if s.kind == "class")
        name = path.rpartition(".")[2]
        return any(
            ancestor not in inside and not is_stdlib(ancestor) and self._outside.provides(ancestor, name) is True
            for ancestor in holder.mro[: holder.mro.index(owner)]
        )


def signature_changes(old: Surface, new: Surface, dependencies: Sequence[Surface] = ()) -> list[Change]:
    """Callables present in both releases (or, in the new one's place, in a distribution it requires that installs
    the path: see `movedout`) whose new parameters reject a call the old ones accepted."""
    deltas: dict[str, SignatureDelta] = {}
    changed: list[Symbol] = []
    fates, old_fates = KeywordFates(new, dependencies), KeywordFates(old, dependencies)
    callees = Callees(old, dependencies)
    class_check = class_checker(new)
    dropped = dropped_classes(old, new)
    based = new_type_bases(old)
    abstract = _abstract_classes(old)
    python2 = _python2_folders(old)
    overridden = cache(partial(overridden_below, new))  # asked only of a stub in both releases
    placeholder_files = cache(partial(_placeholder_files, old))  # asked only of a `(*args, **kwargs)` callable
    moved = _moved_classes(old, new, {p for p, s in old.symbols.items() if s.kind == "class" and p not in new.symbols})
    afters: dict[str, Symbol] = {}
    installed = MovedOut(dependencies, new.requires)
    shadowing = _OutsideShadowing(old, new, Outside(dependencies))
    repointed_to = repointed(new, old)
    reexports: dict[str, str] = {}
    for path, before in old.symbols.items():
        after = new.symbols.get(path) or _in_moved_class(path, moved, new) or installed.symbol(path)
        if path in repointed_to:  # now another distribution's definition: compared with it, unknown when unread
            found = reexported(dependencies, repointed_to[path])
            after = found[1] if found is not None else None
            if found is not None:
                owner = f"{found[0].package} {found[0].version}"
                reexports[path] = f" (the name now re-exports {repointed_to[path]} of {owner})"
        if after is None or shadowing.shadowed(path, before, after):
            continue
        if path.rsplit(".", 1)[-1] in CALLED_BY_PROTOCOL:
            # `with`, `for` and `[]` pass what they always pass, whatever the parameters are named; what some hand
            # back is the user's (`with ctx as value:`)
            if (handed := _protocol_result_lost(path, before, after)) is not None:
                deltas[path], afters[path] = handed, after
                changed.append(before)
            continue
        # its calls only ever raised; the release's subclasses defining it answer them, each compared on its own
        # (flask-appbuilder 4.6's `BaseSecurityManager.add_user(..., **kwargs)` stub); an abstract method stays the
        # contract implementations and typed callers follow (limits 4.0's `Storage.get_expiry -> float`)
        if before.stub and after.stub and after.target in overridden() and not (before.abstract or after.abstract):
            continue
        # a placeholder (not abstract) the new release implements: no call of the old one ever returned (gql 4.0's
        # `HTTPXTransport.execute_batch(reqs, extra_args=None)` for 3.5's inherited `Transport.execute_batch(reqs,
        # *args, **kwargs)`, which only raised NotImplementedError)
        if before.stub and not before.abstract and not (after.stub or after.refuses_calls):
            continue
        if before.kind == "class" and path in abstract:
            continue  # no call of the old class built an instance: its constructor was its subclasses' business
        if _callback_protocol_call(path, old):
            continue
        if _ignores_arguments(before) and before.file in placeholder_files():
            continue  # a stand-in taking anything, doing nothing with it: the real signature is news, no loss
        written_for_python2 = posixpath.dirname(before.file) in python2
        contract = bool(after.params_unread) and contract_method(after, new, overridden())
        delta = _signature_delta(
            before,
            after,
            fates,
            class_check,
            callees,
            dropped,
            written_for_python2,
            based,
            contract,
            (old, new),
            old_fates,
        )
        if delta is not None and before.kind == "class" and _enum_with_members(path, before, old):
            continue
        if delta is not None:
            gone = (*delta.removed, *(old_name for old_name, _ in delta.renamed))
            warned = tuple(name for name in gone if name in before.deprecated_params)
            if warned:
                delta = delta.model_copy(update={"deprecated_parameters": warned})
            deltas[path] = delta
            afters[path] = after
            changed.append(before)
    changes = []
    for symbol, aliases in _groups(changed, old):
        delta = deltas[symbol.path]
        private = " (private API, but dependents that call it break all the same)"
        changes.append(
            Change(
                symbol=symbol.path,
                kind=ChangeKind.SIGNATURE_CHANGED,
                object=_object_kind(symbol, old),
                detail=describe(delta)
                + reexports.get(symbol.path, "")
                + (private if symbol.signature_unknown == PRIVATE_API else ""),
                old_location=_location(symbol),
                new_location=_location(afters[symbol.path]),
                hint=extract_hint(symbol.deprecated),
                signature=delta,
                aliases=aliases,
            )
        )
    return changes


def _named_gone(changes: Iterable[Change]) -> dict[str, set[str]]:
    """Symbol -> the parameters its signature change already says are removed or renamed."""
    return {
        change.symbol: {*change.signature.removed, *(name for name, _ in change.signature.renamed)}
        for change in changes
        if change.signature is not None
    }


def forwarded_changes(
    old: Surface, new: Surface, dependencies: Sequence[Surface] = (), claimed: Mapping[str, set[str]] | None = None
) -> list[Change]:
    """Public callables whose `**kwargs` handed keywords on to a callable that took them, which the new release's
    chain rejects (see `kwfate.rejected_downstream`); one change per member, without the keywords its signature
    change (`claimed`) already names (a pass-through's callee parameters)."""
    old_fates, new_fates = KeywordFates(old), KeywordFates(new, dependencies)
    lost: dict[str, dict[str, str]] = {}
    for path, before in old.symbols.items():
        after = new.symbols.get(path)
        if (
            after is not None
            and before.kwargs_forwards
            and before.params is not None
            and after.params is not None
            and not before.refuses_calls
            and before.signature_unknown != PRIVATE_API
        ):
            found = rejected_downstream(before, after, old_fates, new_fates)
            if found:
                lost[path] = found
    changes = []
    for symbol, aliases in _groups([old.symbols[path] for path in lost], old):
        named = (claimed or {}).get(symbol.path, set())
        keywords = {name: callee for name, callee in lost[symbol.path].items() if name not in named}
        if not keywords:
            continue
        change = Change(
            symbol=symbol.path,
            kind=ChangeKind.SIGNATURE_CHANGED,
            object=_object_kind(symbol, old),
            detail="; ".join(
                f"keyword '{name}', which **kwargs handed on to {callee}, is no longer accepted"
                for name, callee in keywords.items()
            ),
            old_location=_location(symbol),
            new_location=_location(new.symbols[symbol.path]),
            signature=SignatureDelta(removed=tuple(keywords)),
            aliases=aliases,
            breakage="forwarded_keyword_rejected",
        )
        name, callee = next(iter(keywords.items()))
        changes.append(change.model_copy(update={"witness": forwarded_witness(change, name, callee, old)}))
    return changes


def _keywords_named(symbol: Symbol, deprecated: tuple[str, ...]) -> tuple[str, ...] | None:
    """See `SignatureDelta.keywords_named`: told only for a deprecated `**kwargs` of a callable whose parameters
    are known."""
    if symbol.params is None or not any(name.startswith("**") for name in deprecated):
        return None
    return tuple(p.name for p in symbol.params if p.kind in KEYWORD_KINDS)


def _bound_before(old: Surface, path: str) -> bool:
    """A module name the old release bound without making it a symbol (a private global such as flask 2.1's
    `_app_ctx_stack`, imported from `.globals`): users could import it, so its new deprecation is news."""
    module, _, name = path.rpartition(".")
    return name in old.bound.get(module, ())


def _newly_positional(before: Symbol | None, after: Symbol) -> bool:
    """Passing some parameter by position warns in `after` and did not in `before` (where it was positional)."""
    if before is None:
        return True
    slots = {p.name for p in before.params or () if p.kind in POSITIONAL_KINDS}
    return any(name in slots and name not in before.positional_deprecated for name in after.positional_deprecated)


def _positional_deprecations(symbols: list[Symbol], new: Surface) -> list[Change]:
    """Parameters becoming keyword-only that calls may still pass by position, with a warning (scikit-learn 0.23's
    `@_deprecate_positional_args` over `LogisticRegression(*, penalty="l2", ...)`), or positional past the count a
    decorator lets calls pass without a warning (falcon 3.0's `@deprecated_args(allowed_positional=0)`): the next
    release refuses such calls; one change per definition, its other public paths as aliases."""
    changes = []
    for symbol, aliases in _groups(symbols, new):
        names = symbol.positional_deprecated
        cap = symbol.positional_cap
        why = (
            f"a decorator warns for calls passing more than {cap} positional argument{'' if cap == 1 else 's'}"
            if cap is not None
            else ("it is" if len(names) == 1 else "they are") + " keyword-only in the signature"
        )
        changes.append(
            Change(
                symbol=symbol.path,
                kind=ChangeKind.DEPRECATED,
                object=_object_kind(symbol, new),
                detail="passing " + ", ".join(f"'{n}'" for n in names) + " by position is deprecated: " + why,
                new_location=_location(symbol),
                signature=SignatureDelta(
                    positional_deprecated=names, deprecated_slots=_deprecated_slots(symbol, names)
                ),
                aliases=aliases,
            )
        )
    return changes


def _value_deprecations(symbols: list[tuple[Symbol, tuple[tuple[str, str], ...]]], new: Surface) -> list[Change]:
    """Literal values of a parameter whose passing now warns (`if mode == "legacy": warn(...)`): only calls passing
    that value are warned; one change per definition, its other public paths as aliases."""
    fresh = {symbol.path: values for symbol, values in symbols}
    changes = []
    for symbol, aliases in _groups([symbol for symbol, _ in symbols], new):
        values = fresh[symbol.path]
        positional = [p.name for p in symbol.params or () if p.kind in POSITIONAL_KINDS]
        changes.append(
            Change(
                symbol=symbol.path,
                kind=ChangeKind.DEPRECATED,
                object=_object_kind(symbol, new),
                detail="passing " + ", ".join(f"{name}={value}" for name, value in values) + " is deprecated",
                new_location=_location(symbol),
                signature=SignatureDelta(
                    deprecated_values=tuple(
                        (name, value, positional.index(name) if name in positional else -1) for name, value in values
                    )
                ),
                aliases=aliases,
            )
        )
    return changes


def _deprecated_slots(symbol: Symbol, deprecated: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """See `SignatureDelta.deprecated_slots`. A positional-only parameter whose name the body also reads out of
    `**kwargs` is deprecated as that keyword (pydantic 2.11's `with_config(config=None, /, **kwargs)` warns for
    `config=` only): passing it by position is the way out."""
    positional = [
        p.name
        for p in symbol.params or ()
        if p.kind in POSITIONAL_KINDS and not (p.kind is ParamKind.POSITIONAL_ONLY and p.name in symbol.kwargs_options)
    ]
    return tuple((name, positional.index(name)) for name in deprecated if name in positional)


def _config_deprecations(old: Surface | None, new: Surface) -> list[Change]:
    """Config keys `new` reads only to warn that `old` read (or defaulted) without warning."""
    changes = []
    for key, (file, line, message) in new.config_deprecated.items():
        read_before = old is not None and (key in old.config_keys or key in old.config_reads)
        if old is not None and (key in old.config_deprecated or not read_before):
            continue
        changes.append(
            Change(
                symbol=f"config:{key}",
                kind=ChangeKind.DEPRECATED,
                object=ObjectKind.CONFIG_KEY,
                detail=message,
                deprecated_since=new.version if old is not None else None,
                new_location=Location(path=file, line=line),
                hint=extract_hint(message),
            )
        )
    return changes


_ANY = frozenset({"Any", "typing.Any", "t.Any"})


def _stub_unknown(symbol: Symbol) -> bool:
    """A stub's `name: Any`, declaring a name without saying what it is: numpy 1.20's `__init__.pyi` has 346 of them
    (`loads: Any`, `corrcoef: Any`) for functions its source defines, `loads` warning since 1.15, `corrcoef`'s
    `bias` since 1.10; 1.21's stub imports the functions, whose warnings then read as new deprecations."""
    return symbol.kind == "attribute" and symbol.annotation in _ANY and symbol.file.endswith(".pyi")


def _keywords_accepted(before: Symbol | None) -> set[str] | None:
    """The keywords the old callable took (its parameters and the options its body reads from `**kwargs`); None when
    it took any (an open `**kwargs`) or its parameters are unknown. A keyword alias the new release accepts with a
    warning that the old never took is no deprecation a caller meets (cryptojwt 1.0's `@deprecated_alias(issuer=...,
    owner=...)` on `KeyJar.__contains__(self, item)`)."""
    if before is None or before.params is None:
        return None
    if any(p.kind is ParamKind.VAR_KEYWORD for p in before.params) and not before.kwargs_closed:
        return None
    return {p.name for p in before.params} | set(before.kwargs_options)


def deprecation_changes(old: Surface | None, new: Surface) -> list[Change]:
    """Symbols (and parameters) that warn in `new` but did not in `old`; every deprecation when `old` is None."""
    newly: list[Symbol] = []
    params: dict[str, tuple[str, ...]] = {}
    positional: list[Symbol] = []
    values: list[tuple[Symbol, tuple[tuple[str, str], ...]]] = []
    deprecated_before = _deprecated_targets(old) if old is not None else frozenset()
    for path, symbol in new.symbols.items():
        if symbol.signature_unknown == PRIVATE_API and symbol.kind != "method":
            continue  # only their removal is claimed (see `extras.private_symbols`); a private method's shape too
        before = old.symbols.get(path) if old is not None else None
        if (
            old is not None
            and before is None
            and not _bound_before(old, path)
            and not _inherited_special(old, new, path)
        ):
            continue  # added already deprecated: nobody can be using it yet
        if before is None and symbol.deprecated is not None and symbol.target in deprecated_before:
            continue  # newly public, but the old release already said its definition deprecated under another path
        if before is not None and _stub_unknown(before):
            continue  # what it was, and whether it warned, the old release did not say
        if symbol.deprecated is not None and (
            before is None or before.deprecated is None or (before.deprecated_doc and not symbol.deprecated_doc)
        ):
            newly.append(symbol)
        accepted = _keywords_accepted(before)
        fresh = tuple(
            p
            for p in symbol.deprecated_params
            if before is None or (p not in before.deprecated_params and (accepted is None or p in accepted))
        )
        if fresh and symbol.deprecated is None:
            params[path] = fresh
            newly.append(symbol)
        if symbol.positional_deprecated and symbol.deprecated is None and _newly_positional(before, symbol):
            positional.append(symbol)
        if symbol.deprecated_values and symbol.deprecated is None:
            known = before.deprecated_values if before is not None else ()
            taken = {p.name for p in before.params or ()} if before is not None and before.params is not None else None
            news = tuple(
                (name, value)
                for name, value in symbol.deprecated_values
                if (name, value) not in known and (taken is None or name in taken)
            )
            if news:
                values.append((symbol, news))
    changes = _config_deprecations(old, new) + _positional_deprecations(positional, new)
    changes += _value_deprecations(values, new)
    if old is not None:
        changes += _deprecated_through_returned_instance(old, new)
        changes += _served_with_warning(old, new)
    for symbol, aliases in _groups(newly, new):
        kind = _object_kind(symbol, new)
        if symbol.path in params and symbol.deprecated is None:
            names, breakage = _raised_first(
                params[symbol.path], symbol.deprecated_params_logged, symbol.deprecated_params_doc
            )
            omitted = tuple(name for name in names if name in symbol.deprecated_omitted)
            changes.append(
                Change(
                    symbol=symbol.path,
                    kind=ChangeKind.DEPRECATED,
                    object=kind,
                    detail="deprecated parameter"
                    + ("s " if len(names) > 1 else " ")
                    + ", ".join(f"'{n}'" for n in names)
                    + (f" (calls leaving out {', '.join(repr(n) for n in omitted)} warn)" if omitted else ""),
                    new_location=_location(symbol),
                    signature=SignatureDelta(
                        deprecated_parameters=names,
                        deprecated_omitted=omitted,
                        deprecated_later=tuple(name for name in names if name in symbol.deprecated_later),
                        deprecated_when=tuple(pair for pair in symbol.deprecated_when if pair[0] in names),
                        deprecated_slots=_deprecated_slots(symbol, names),
                        keywords_named=_keywords_named(symbol, names),
                    ),
                    aliases=aliases,
                    breakage=breakage,
                )
            )
            continue
        changes.append(
            Change(
                symbol=symbol.path,
                kind=ChangeKind.DEPRECATED,
                object=kind,
                detail=_class_named(symbol.deprecated or "", symbol, new),
                deprecated_since=new.version if old is not None else None,
                new_location=_location(symbol),
                hint=extract_hint(_class_named(symbol.deprecated or "", symbol, new)),
                aliases=aliases,
                breakage="deprecated_documented"
                if symbol.deprecated_doc
                else "deprecated_logged"
                if symbol.deprecated_logged
                else "",
            )
        )
    return changes


def _served_with_warning(old: Surface, new: Surface) -> list[Change]:
    """Names a module no longer defines that its `__getattr__` may still answer, warning a deprecation for every name
    it answers (see `Symbol.getattr_deprecated`): deprecated when its literal `__all__` lists the name as served
    (scipy's `linalg/basic.py` shims); else, as mne 1.6's `mne.io.pick.pick_types`, which names it serves is not
    known, and each is said possibly deprecated: using one warns now, or fails when it is no longer served."""
    changes: list[Change] = []
    for path in sorted(p for p in old.symbols if p not in new.symbols):
        module, _, name = path.rpartition(".")
        holder = new.symbols.get(module)
        before = old.symbols[path]
        if holder is None or holder.kind != "module" or not holder.getattr_deprecated or before.deprecated is not None:
            continue
        if before.signature_unknown == PRIVATE_API:
            continue  # only private API's removal is claimed (see `deprecation_changes`)
        if name in holder.getattr_refused or not still_importable(path, new, before):
            continue  # refused, or a submodule: claimed removed elsewhere
        served = module_serves(holder, name, new)
        sources = holder.getattr_served[1] if holder.getattr_served is not None else ()
        changes.append(
            Change(
                symbol=path,
                kind=ChangeKind.DEPRECATED,
                object=_object_kind(before, old),
                detail=(
                    f"{module} serves {name} (listed in its __all__) through its __getattr__, which warns for "
                    f"every name it serves ({holder.getattr_deprecated})"
                    if name in new.exports.get(module, ())
                    else f"{module} serves {name} from {' or '.join(sources)} through its __getattr__, which warns "
                    f"for every name it serves ({holder.getattr_deprecated})"
                    if served and sources
                    else f"possibly deprecated: {module} no longer defines {name}; its __getattr__ warns for every "
                    f"name it serves ({holder.getattr_deprecated}), so using it warns, or fails if it is not served"
                ),
                deprecated_since=new.version,
                old_location=_location(before),
                new_location=_location(holder),
            )
        )
    return changes


def _deprecated_targets(old: Surface) -> frozenset[str]:
    """The definitions `old` says deprecated under some path, private ones too (mutagen 1.47's `id3._util.ID3TagError`,
    `\"\"\"Deprecated\"\"\"`, that 1.48 re-exports as `id3.ID3TagError`): a deprecation is new only where no path
    of the old release already said it."""
    return frozenset(symbol.target for symbol in old.symbols.values() if symbol.deprecated is not None)


def _class_named(message: str, symbol: Symbol, new: Surface) -> str:
    """A member's warning with the class's name its f-string takes at run time (aio-pika 8's
    `f"{self.__class__.__name__}.headers_raw deprecated"`) filled with the class of the headline path: the one users
    spell (anyio 2's `CancelScope.__aenter__` is defined by a mixin); and with the module's `__name__` filled with the
    dotted name of the module defining it (wheel 0.46's `f"The {__name__!r} package has been made private"`)."""
    if "name__}" not in message:
        return message
    holder = new.symbols.get(_parent(symbol.path))
    if holder and holder.kind == "class":
        message = CLASS_NAME.sub(_parent(symbol.path).rpartition(".")[2], message)
    module = _defining_module(symbol.target or symbol.path, new)
    if not module:
        return message
    return _DEFINITION_NAME.sub(lambda match: _definition_name(match, module, new), message).replace(
        "{__name__}", module
    )


_DEFINITION_NAME = re.compile(r"\{([A-Za-z_]\w*)\.__(qual)?name__\}")
"""A class or function of the module named in an f-string field (keystoneauth1 5.10's
`f"'{AuthConstructor.__qualname__}' is deprecated ... Subclass '{Auth.__qualname__}' instead"`)."""


def _definition_name(match: re.Match[str], module: str, new: Surface) -> str:
    """The field's value: the `__name__` (or `__qualname__`) of the class or function the module binds to that name,
    or the field as written when the name is anything else."""
    found = new.symbols.get(f"{module}.{match.group(1)}")
    if found is None or found.kind not in ("class", "function"):
        return match.group(0)
    target = found.target or found.path
    if not match.group(2):
        return target.rpartition(".")[2]
    defining = _defining_module(target, new)
    return target.removeprefix(defining + ".") if defining else match.group(0)


def _defining_module(target: str, new: Surface) -> str:
    """The longest dotted prefix of a definition path (itself included) that is a module of the release."""
    parts = target.split(".")
    for end in range(len(parts), 0, -1):
        found = new.symbols.get(".".join(parts[:end]))
        if found is not None and found.kind == "module":
            return found.path
    return ""


def _raised_first(
    names: tuple[str, ...], logged: tuple[str, ...], documented: tuple[str, ...]
) -> tuple[tuple[str, ...], str]:
    """The newly deprecated parameters, those warned through `warnings` first, then the logged ones, then those only
    documented (the witness names the first: a logged one would not fail under `-W error`, a documented one under
    neither), and the breakage the first says: "" when it is raised, `deprecated_param_logged`,
    `deprecated_param_documented`."""
    if not logged and not documented:
        return names, ""
    raised = tuple(name for name in names if name not in logged and name not in documented)
    said = tuple(name for name in names if name in logged and name not in documented)
    ordered = raised + said + tuple(name for name in names if name in documented)
    return ordered, "" if raised else "deprecated_param_logged" if said else "deprecated_param_documented"


def shape_and_export_changes(old: Surface, new: Surface, dependencies: Sequence[Surface] = ()) -> list[Change]:
    """Shape changes of symbols present in both releases and names dropped from `__all__` (see `shapes.py`)."""
    by_kind: dict[tuple[str, str], list[Symbol]] = {}
    for before, _after, kind, detail in shape_changes(old, new, Outside(dependencies)):
        by_kind.setdefault((kind, detail), []).append(before)
    changes = []
    for (kind, detail), symbols in sorted(by_kind.items()):
        use = "override" if kind == "hook_no_longer_called" else "call"  # a dropped hook breaks its overriders
        for symbol, aliases in _groups(symbols, old):
            private = f" (private API, but dependents that {use} it break all the same)"
            changes.append(
                Change(
                    symbol=symbol.path,
                    kind=ChangeKind.SIGNATURE_CHANGED,
                    object=_object_kind(symbol, old),
                    detail=detail + (private if symbol.signature_unknown == PRIVATE_API else ""),
                    old_location=_location(symbol),
                    new_location=_location(new.symbols.get(symbol.path)),
                    aliases=aliases,
                    breakage=kind,
                )
            )
    for module, name in export_drops(old, new):
        named = old.symbols.get(f"{module}.{name}")  # labelled by what the name is, not by the module it left
        changes.append(
            Change(
                symbol=f"{module}.{name}",
                kind=ChangeKind.SIGNATURE_CHANGED,
                object=_object_kind(named, old) if named is not None else ObjectKind.ATTRIBUTE,
                detail=f"'{name}' is no longer in {module}.__all__: `from {module} import *` no longer brings it",
                breakage="name_dropped_from_all",
            )
        )
    return changes


def call_changes(old: Surface, new: Surface) -> list[Change]:
    """Hooks and supplied callables the release now calls with more than their old form takes (see `callsites.py`),
    one change per member however many of its public paths the evidence covers."""
    found = {claim[0].path: claim for claim in claims(old, new)}
    changes = []
    for first, others in _groups([claim[0] for claim in found.values()], old):
        _, kind, detail, site, most = found[first.path]
        hook = kind == "hook_called_with_new_arguments"
        symbol, aliases = _headed_by_caller(first, others, site, old) if hook else (first, others)
        change = Change(
            symbol=symbol.path,
            kind=ChangeKind.SIGNATURE_CHANGED,
            object=_object_kind(symbol, old),
            detail=detail,
            old_location=_location(symbol),
            new_location=Location(path=site.file, line=site.line),
            signature=SignatureDelta(hook_positional=site.positional, hook_keywords=site.keywords) if hook else None,
            aliases=aliases,
            breakage=kind,
        )
        changes.append(change.model_copy(update={"witness": call_witness(change, kind, site, most, old)}))
    return changes


def _headed_by_caller(
    first: Symbol, aliases: tuple[str, ...], site: CallSite, old: Surface
) -> tuple[Symbol, tuple[str, ...]]:
    """A hook a shared base defines headed under the path of a class whose instances make the call (atlassian 5.0's
    `AtlassianRestAPI.request`, called with `allow_redirects=` by `Jira.reindex_status`: `atlassian.Jira.request`,
    not the first alias `atlassian.Assets.request`, whose subclasses' overrides it never reaches). The class defining
    it keeps heading it when it comes first."""
    defining = old.symbols.get(_parent(first.path))
    if defining is None or defining.target == _parent(first.target):
        return first, aliases  # the class defining the hook heads it (click's `Parameter.make_metavar`)
    for path in (first.path, *aliases):
        holder = old.symbols.get(_parent(path))
        member = old.symbols.get(path)
        if holder is not None and holder.kind == "class" and member is not None:
            if site.owner == holder.target or site.owner in holder.mro:
                return member, tuple(p for p in (first.path, *aliases) if p != path)
    return first, aliases


def callback_call_changes(old: Surface, new: Surface) -> list[Change]:
    """Callables users hand a decorator factory that the wrapper it builds now calls with another number of fixed
    positional arguments before the same rest (cachetools 5.0's `cachedmethod` calls `key(self, *args, **kwargs)`,
    4.2 `key(*args, **kwargs)`; see `callbackcalls`)."""
    found: dict[str, tuple[Symbol, str, int, str, int, int]] = {}
    for path, before in old.symbols.items():
        after = new.symbols.get(path)
        if not before.callback_calls or after is None or not after.callback_calls:
            continue
        now = {name: (fixed, rest) for name, fixed, rest, _ in after.callback_calls}
        names = {p.name for p in after.params or ()}
        for name, fixed, rest, required in before.callback_calls:
            if name in names and name in now and now[name][1] == rest and now[name][0] != fixed:
                found.setdefault(path, (before, name, fixed, rest, required, now[name][0]))
    changes = []
    for symbol, aliases in _groups([claim[0] for claim in found.values()], old):
        _, name, fixed, rest, required, passed = found[symbol.path]
        tail = f", then {rest.replace(',', ', ')}" if rest else ""
        change = Change(
            symbol=symbol.path,
            kind=ChangeKind.SIGNATURE_CHANGED,
            object=_object_kind(symbol, old),
            detail=f"the callable given as '{name}' is now called with {passed} positional argument"
            f"{'s' if passed != 1 else ''}{tail}, where the old release passed {fixed}: one written for the old "
            "release gets TypeError",
            old_location=_location(symbol),
            new_location=_location(new.symbols[symbol.path]),
            aliases=aliases,
            breakage="factory_callback_called_differently",
        )
        witness = factory_callback_witness(change, name, fixed, rest, required, old)
        changes.append(change.model_copy(update={"witness": witness}))
    return changes


@collector_paused
def option_changes(old: Surface, new: Surface) -> list[Change]:
    """Options of a user's nested options class (`class Meta:` in a `Schema` subclass) the new release no longer
    reads: claimed on the public classes defining that nested class, when the new release still reads options of
    that name, all of them known (`metaopts`), and no longer reads the option by name from any object."""
    changes = []
    for nested, options in old.class_options.items():
        if nested not in new.class_options or nested in new.class_options_open:
            continue  # the mechanism is gone or not wholly seen: any option may still be read
        lost = [o for o in options if o not in new.class_options[nested] and o not in new.option_literals]
        holders = [
            symbol
            for symbol in old.symbols.values()
            if symbol.kind == "class"
            and symbol.path.endswith(f".{nested}")
            and old.symbols.get(_parent(symbol.path), symbol).kind == "class"
            and _parent(symbol.path) in new.symbols
            and not is_private_symbol(symbol.path)
        ]
        groups = _groups(holders, old)
        if len(groups) != 1:
            continue  # no holder, or several unrelated ones: which one reads the option is not known
        holder, aliases = groups[0]
        for option in lost:
            file, line = options[option]
            changes.append(
                Change(
                    symbol=f"{holder.path}.{option}",
                    kind=ChangeKind.REMOVED,
                    object=ObjectKind.CLASS_OPTION,
                    detail=f"{new.version} no longer reads the option '{option}' of a subclass's `class {nested}:`",
                    old_location=Location(path=file, line=line),
                    aliases=tuple(f"{alias}.{option}" for alias in aliases),
                )
            )
    return changes


NAMESPACE_KEY_UNREAD = "class_body_setting_unread"


def unread_namespace_keys(old: Surface, new: Surface) -> list[Change]:
    """Class-body settings a metaclass's `__new__` read from the namespace of the classes made with it (odmantic
    0.9's `namespace["__collection__"]`) that the same metaclass of the new release reads nowhere, by literal, and
    stores its own value over before the namespace goes anywhere else (see `nskeys`): a subclass still setting it
    is silently ignored. A namespace the new code reads whole (`namespace.items()`) may take the key with the rest:
    claimed only when the old code read it whole too, and still read the key by name. Claimed on each public class
    of the metaclass's module made with it."""
    changes = []
    for metaclass, keys in old.namespace_keys.items():
        now = new.namespace_keys.get(metaclass)
        symbol = old.symbols.get(metaclass) or next(
            (s for s in old.symbols.values() if s.kind == "module" and metaclass.startswith(f"{s.path}.")), None
        )
        if now is None or symbol is None:
            continue
        if any(how == ITERATED for how, _, _ in now) and not any(how == ITERATED for how, _, _ in keys):
            continue  # read whole only now: the key may be taken with the rest
        read_now = {key for how, key, _ in now if how == READ}
        stored_now = {key for how, key, _ in now if how == STORED}
        module = _parent(metaclass)
        holders = [f"{module}.{key}" for how, key, _ in keys if how == HOLDER]
        holders = [h for h in holders if h in new.symbols and h in old.symbols and not is_private_symbol(h)]
        lost = dict.fromkeys(key for how, key, _ in keys if how == READ and key not in read_now and key in stored_now)
        for key in lost:
            line = next(line for how, name, line in keys if how == READ and name == key)
            for holder in holders:
                aliases = tuple(
                    f"{s.path}.{key}" for s in old.symbols.values() if s.target == holder and s.path != holder
                )
                changes.append(
                    Change(
                        symbol=f"{holder}.{key}",
                        kind=ChangeKind.REMOVED,
                        object=ObjectKind.CLASS_OPTION,
                        detail=f"{new.version} no longer reads '{key}' from the body of a class made with "
                        f"{metaclass.rsplit('.', 1)[-1]} (a subclass of {holder.rsplit('.', 1)[-1]}), which "
                        f"{old.version}'s `__new__` read, and stores its own value under it before the class is "
                        "made: a subclass setting it is silently ignored",
                        old_location=Location(path=symbol.file, line=line),
                        aliases=aliases,
                        breakage=NAMESPACE_KEY_UNREAD,
                    )
                )
    return changes


USER_ATTRIBUTE_UNREAD = "user_attribute_unread"


def unread_user_attributes(old: Surface, new: Surface) -> list[Change]:
    """Attributes the old release read only from objects handed to it (a user's view, `getattr(view,
    "filter_fields", None)`, see `userattrs`) that the new release reads nowhere: not by literal from any object, not
    as a plain attribute (`view.filter_fields`), not as a hook it calls, no class of either release defining it, no
    callable of the new one taking it as a parameter. A user's class still setting it is silently ignored
    (django-filter 22.1's `filter_fields`). A read in a copy of a distribution the new release requires instead is
    still made there (joblib 1.6 dropped `joblib/externals/cloudpickle` for the cloudpickle it now requires)."""
    changes = []
    for name, (file, line) in old.user_attributes.items():
        if name in new.user_attributes or name in new.option_literals or name in new.called or name in new.plain_reads:
            continue
        if read_by_vendored_dependency(file, (*new.requires, *_star_imported_over(file, new))):
            continue
        if _names_member(name, old) or _names_member(name, new):
            continue
        if _takes_parameter(name, new) and not _read_beside_kept(file, name, old, new):
            continue
        module = next((s.path for s in old.symbols.values() if s.kind == "module" and s.file == file), "")
        changes.append(
            Change(
                symbol=f"attr:{name}",
                kind=ChangeKind.REMOVED,
                object=ObjectKind.USER_ATTRIBUTE,
                detail=f"{new.version} no longer reads the attribute '{name}' of the objects it is handed, which "
                f"{old.version} read (in {module or file}): a class of yours setting it for {new.package} is "
                "silently ignored by it",
                old_location=Location(path=file, line=line),
                breakage=USER_ATTRIBUTE_UNREAD,
                witness=BY_ID[USER_ATTRIBUTE_UNREAD].witness.format(module=module, name=name) if module else "",
            )
        )
    return changes


def _names_member(name: str, surface: Surface) -> bool:
    """A class of the release defines a member so named: the release's own attribute, not only a user's."""
    suffix = f".{name}"
    return any(path.endswith(suffix) for path in surface.symbols)


def _takes_parameter(name: str, surface: Surface) -> bool:
    """A callable of the release takes a parameter so named: the setting may still reach it that way."""
    return any(p.name == name for symbol in surface.symbols.values() for p in symbol.params or ())


def _read_beside_kept(file: str, name: str, old: Surface, new: Surface) -> bool:
    """The old release read `name` from users' objects in a module where it read others the new release still reads
    so (django-filter 21.1 read a view's `filter_class` beside `filterset_class`, 22.1 only the latter): the objects
    are still read there and this name no longer is; a callable elsewhere taking a parameter so named
    (`object_filter(..., filter_class=None)`) is handed it by its caller, never from the object."""
    return any(
        other != name and where == file and other in new.user_attributes
        for other, (where, _) in old.user_attributes.items()
    )


MADE_REQUIRED = "config_key_made_required"


def required_setting_changes(old: Surface, new: Surface) -> list[Change]:
    """Django settings the old release read only with a default and the new one reads only without, declaring no
    default anywhere nor reading it under a name built at run time (django-crispy-forms 2.0's
    `getattr(settings, "CRISPY_TEMPLATE_PACK")`, 1.14 defaulting it to "bootstrap"): a project leaving it unset
    worked and now fails with AttributeError. The use is the setting's absence, so no tree's code is matched."""
    changes = []
    for key in sorted(set(old.settings_defaulted) & set(new.settings_required)):
        if spelled_by(new.config_shapes, key):
            continue  # read under a built name too, which may come with a default
        where = old.config_keys.get(key)
        changes.append(
            Change(
                symbol=f"config:{key}",
                kind=ChangeKind.SIGNATURE_CHANGED,
                object=ObjectKind.CONFIG_KEY,
                detail=f"{new.version} reads the setting {key} with no default, which {old.version} defaulted: "
                "a project that does not set it now gets AttributeError where it is read",
                old_location=Location(path=where[0], line=where[1]) if where is not None else None,
                breakage=MADE_REQUIRED,
            )
        )
    return changes


def cli_option_changes(old: Surface, new: Surface) -> list[Change]:
    """Command-line options the old release declares and the new one may no longer accept (see `cliopts`)."""
    changes = []
    for option, (file, line) in old.cli_options.items():
        if not still_accepted(option, new.cli_options, new.cli_spelled):
            changes.append(
                Change(
                    symbol=f"cli:{option}",
                    kind=ChangeKind.REMOVED,
                    object=ObjectKind.CLI_OPTION,
                    detail=f"{new.version} no longer declares the command-line option {option}",
                    old_location=Location(path=file, line=line),
                )
            )
    return changes + cli_default_changes(old, new)


CLI_DEFAULT_CHANGED = "cli_option_default_changed"


def cli_default_changes(old: Surface, new: Surface) -> list[Change]:
    """Command-line options both releases declare with one literal default each, of one type and another value
    (pip-tools 7.0's `--resolver`, `'legacy'` then `'backtracking'`): a command line leaving the option out now
    gets the new value. Nothing fails, so it is a behaviour note (see `cliopts.cli_defaults`)."""
    changes = []
    for option, (file, line, before) in old.cli_defaults.items():
        now = new.cli_defaults.get(option)
        if now is None or not another_default(before, now[2]):
            continue
        changes.append(
            Change(
                symbol=f"cli:{option}",
                kind=ChangeKind.SIGNATURE_CHANGED,
                object=ObjectKind.CLI_OPTION,
                detail=f"the command-line option {option} defaults to {now[2]} where it defaulted to {before}: a "
                "command line leaving it out now gets the new value",
                old_location=Location(path=file, line=line),
                new_location=Location(path=now[0], line=now[1]),
                signature=SignatureDelta(defaults_changed=((option, before, now[2], -1),)),
                breakage=CLI_DEFAULT_CHANGED,
            )
        )
    return changes


def setting_deprecations(old: Surface, new: Surface) -> list[Change]:
    """Class settings the new release warns are deprecated when a subclass sets them, which the old one did not warn
    about and already had (see `settingwarns`)."""
    changes = []
    for path, (file, line, message) in new.settings_deprecated.items():
        if path in old.settings_deprecated or (path not in old.symbols and _parent(path) not in old.symbols):
            continue
        changes.append(
            Change(
                symbol=path,
                kind=ChangeKind.DEPRECATED,
                object=ObjectKind.ATTRIBUTE,
                breakage="class_setting_deprecated",
                detail=f"setting it in a subclass now warns: {message}",
                new_location=Location(path=file, line=line),
            )
        )
    return changes


def diff_surfaces(old: Surface, new: Surface, dependencies: Sequence[Surface] = ()) -> list[Change]:
    """Every change from `old` to `new`, removed first, in a stable order; `dependencies` are the surfaces of the
    distributions `new` requires (classes inheriting from them are resolved there)."""
    check_comparable(old, new, dependencies)
    signatures = signature_changes(old, new, dependencies)
    changes = [
        *option_changes(old, new),  # first: an annotated option (`Meta.ordered: bool`) lost too joins this change
        *removed_changes(old, new, dependencies),
        *cli_option_changes(old, new),
        *required_setting_changes(old, new),
        *unread_user_attributes(old, new),
        *unread_namespace_keys(old, new),
        *signatures,
        *forwarded_changes(old, new, dependencies, _named_gone(signatures)),
        *shape_and_export_changes(old, new, dependencies),
        *call_changes(old, new),
        *callback_call_changes(old, new),
        *deprecation_changes(old, new),
        *setting_deprecations(old, new),
    ]
    changes = without_spec_growth(without_stub_only(changes, old, new), old, new)
    return _marked_test_code(catalogued(changes, old, new), old)


def _marked_test_code(changes: list[Change], old: Surface) -> list[Change]:
    """Changes to test code or example scripts the old release shipped (see `testcode`, `examplecode`) marked
    private, with a note saying why."""
    if not any(
        "test" in change.symbol.lower() or example_named(change.symbol) or _held_by_a_script(change.symbol, old)
        for change in changes
    ):
        return changes
    old_modules = [path for path, symbol in old.symbols.items() if symbol.kind == "module"]
    modules, packages = test_code_modules((p for p in old_modules if old.symbols[p].test_code), old_modules)
    modules |= {path for path, symbol in old.symbols.items() if symbol.kind == "class" and symbol.test_code}
    if not modules:
        return changes
    marked = []
    for change in changes:
        holder = in_test_code(change.symbol, modules, packages)
        marked.append(change if holder is None else change.model_copy(update={"detail": change.detail + _note(holder)}))
    return marked


def _held_by_a_script(symbol: str, old: Surface) -> bool:
    """The symbol is a global of a module the old release runs for its effect (see `examplecode.runs_for_effect`),
    whose name says neither test nor example: only its module's symbol is looked up."""
    module = old.symbols.get(symbol.rpartition(".")[0])
    return module is not None and module.kind == "module" and module.test_code


def _note(holder: str) -> str:
    """Why a change to the test or example code, or the script, at `holder` is private."""
    if example_named(holder):
        return f"{EXAMPLE_CODE_NOTE}{holder} is an example script, not an API dependents import)"
    if "test" in holder.lower():  # what `testcode` tells tests by spells "test" somewhere
        return f"{TEST_CODE_NOTE}{holder} holds tests, not an API dependents import)"
    return f"{SCRIPT_NOTE}{holder} is run for its effect, not an API dependents import)"


def was_deprecated(surface: Surface | None, key: str) -> bool:
    """True when `key` warns as deprecated in the surface: a symbol, or `symbol(parameter)` for a parameter."""
    if surface is None:
        return False
    if key.startswith("config:"):
        return key.removeprefix("config:") in surface.config_deprecated
    symbol, _, parameter = key.partition("(")
    found = surface.symbols.get(symbol)
    if found is None:
        return False
    if parameter:
        return parameter.rstrip(")") in found.deprecated_params
    return found.deprecated is not None


def history_key(change: Change, old: Surface) -> str | None:
    """What must be traced back for `change.deprecated_since`: the symbol, or its first deprecated parameter."""
    if change.kind not in (ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED):
        return None
    if was_deprecated(old, change.symbol):
        return change.symbol
    if change.signature is not None and change.signature.deprecated_parameters:
        return f"{change.symbol}({change.signature.deprecated_parameters[0]})"
    return None


def needs_history(changes: Iterable[Change], old: Surface) -> list[str]:
    """Keys of the removed or changed symbols that already warned in `old`; their `deprecated_since` must be found."""
    return sorted({key for change in changes if (key := history_key(change, old)) is not None})


def dated_at_new(changes: Iterable[Change], new_version: str) -> list[str]:
    """The symbols a deprecation change dates at the new release: right when the old release is the one before, a
    guess when releases lie between (a diff of 1.0 against 1.5 saw a warning 1.2 added), to be searched back."""
    return sorted({c.symbol for c in changes if c.kind is ChangeKind.DEPRECATED and c.deprecated_since == new_version})


def redated(changes: list[Change], new_version: str, since: Callable[[str], str | None]) -> list[Change]:
    """The deprecation changes `dated_at_new` dated with the first release `since` says warns, none when unknown."""
    return [
        change.model_copy(update={"deprecated_since": since(change.symbol)})
        if change.kind is ChangeKind.DEPRECATED and change.deprecated_since == new_version
        else change
        for change in changes
    ]


def with_deprecated_since(changes: list[Change], old: Surface, since: Callable[[str], str | None]) -> list[Change]:
    """The changes with `deprecated_since` filled in from `since(key)` where it knows."""
    filled = []
    for change in changes:
        key = history_key(change, old)
        version = since(key) if key is not None and change.deprecated_since is None else None
        parameter = key.partition("(")[2].rstrip(")") if version and key else ""
        update = {"deprecated_since": version, "deprecated_parameter": parameter}
        filled.append(change.model_copy(update=update) if version else change)
    return filled
