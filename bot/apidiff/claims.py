"""Which removals the diff may claim: not under an unread module, not still importable, not possibly provided by
an ancestor outside the distribution; and whether two surfaces can be compared at all."""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase

from bot.apidiff.handedself import COMPUTED, ITEMS
from bot.apidiff.model import META_ANY, META_UPPER, TEXT_TYPE, ModuleStatus, Surface, Symbol
from bot.apidiff.movedout import stands_in
from bot.apidiff.outside import Outside
from bot.apidiff.stdlib import stdlib_provides
from bot.errors import AnalysisError


class CannotCompare(AnalysisError):
    """One side of the diff has no module that could be read: saying "no changes" would be a lie."""


def _parent(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path else ""


def unanalysed_prefixes(surface: Surface) -> tuple[str, ...]:
    """Modules whose contents are unknown; "" (a truncated surface) stands for everything."""
    return tuple(r.module for r in surface.modules if r.status is not ModuleStatus.OK)


def under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(not prefix or path == prefix or path.startswith(prefix + ".") for prefix in prefixes)


def _stub_only(lost: Symbol, holder: Symbol | None) -> bool:
    """The lost module was only ever stubs (`.pyi`, no source) under a module that binds names at run time: what
    users import is what the parent binds under that name (pyvmomi 9.0 dropped the `vmodl/*.pyi` stubs of the
    `vmodl` that `pyVmomi/__init__.py` binds in both releases through `_globals[name] = LazyModule(name)`)."""
    return lost.file.endswith(".pyi") and holder is not None and holder.kind == "module" and holder.dynamic


def still_importable(path: str, new: Surface, lost: Symbol | None = None) -> bool:
    """`from module import name` still works: the new module binds the name (an import from elsewhere included), or
    may serve it through a `__getattr__` that answers names it does not spell (and does not raise for this one).
    A `__getattr__` never serves a `lost` submodule of the package: `import package.module` looks for its file
    (kombu 5's lazy package lost `kombu.five`)."""
    module, _, name = path.rpartition(".")
    holder = new.symbols.get(module)
    if name in new.bound.get(module, ()):
        return True
    if lost is not None and lost.kind == "module" and lost.target == path and not _stub_only(lost, holder):
        return False
    if holder is not None and any(fnmatchcase(name, pattern) for pattern in holder.bound_patterns):
        return True  # bound at run time under a key of that shape (`globals()[f"_{scope}_event_loop"]`)
    if holder is None or holder.kind != "module" or not holder.dynamic or name in holder.getattr_refused:
        return False
    return module_serves(holder, name, new) is not False


def module_serves(holder: Symbol, name: str, new: Surface) -> bool | None:
    """Whether a dynamic module's `__getattr__` answers `name` (see `Symbol.getattr_served`): False only when it
    answers the names of a literal table that lacks it, or reads it from modules of the release that surely lack it
    (each read: not dynamic, no names bound at run time, no unread star import, no submodule of that name); None
    when what it answers is not known."""
    if holder.getattr_served is None:
        return None
    names, modules = holder.getattr_served
    if name in names:
        return True
    if not modules:
        return False
    answers: list[bool | None] = []
    for module in modules:
        source = new.symbols.get(module)
        if source is None or source.kind != "module" or source.dynamic or source.bound_patterns or source.star_unread:
            answers.append(None)
        elif name in new.bound.get(module, ()):
            answers.append(True)
        else:
            answers.append(None if f"{module}.{name}" in new.symbols else False)
    if any(answers):
        return True
    return False if all(answer is False for answer in answers) else None


def unbound_from_compiled(path: str, lost: Symbol, new: Surface) -> bool:
    """A name a module bound by importing it from a compiled module of the distribution (`lost.target` is unread),
    which the module, read in the new release and star-importing no unread module, no longer binds: h5py 3.0 dropped
    `from .h5t import py_new_vlen as new_vlen` from `h5py/__init__.py`, and `h5py.new_vlen` is gone whatever
    `h5t.pyx` holds. A target that failed to parse gives no such evidence: only compiled ones are passed."""
    module = _parent(path)
    holder = new.symbols.get(module)
    if lost.kind != "alias" or holder is None or holder.kind != "module" or holder.star_unread:
        return False
    status = {report.module: report.status for report in new.modules}
    unread = tuple(name for name, kind in status.items() if kind is not ModuleStatus.OK)
    covering = [prefix for prefix in unread if under(lost.target, (prefix,))]
    return status.get(module) is ModuleStatus.OK and all(status[p] is ModuleStatus.COMPILED for p in covering)


def brought_by_new_star(path: str, old: Surface, new: Surface) -> bool:
    """The module holding `path` now star-imports a module no reader sees that it did not before (a function moved
    into a compiled extension, `from ._speedups import *`): the name may be there. A star import of such a module
    both releases make is no evidence either way: names the old release defined in Python and the new one defines
    nowhere are claimed as before (numpy 1.22's `loads`, beside `from ._multiarray_umath import *`). A submodule
    whose file is gone is gone whatever a star import binds: `import pkg.sub` fails (scikit-learn 0.21's
    `sklearn.externals.joblib.memory`)."""
    gone = old.symbols.get(path)
    if gone is not None and gone.kind == "module":
        return False
    module = path.rpartition(".")[0]
    after, before = new.symbols.get(module), old.symbols.get(module)
    if after is None or after.kind != "module" or not after.star_unread:
        return False
    return not set(after.star_unread) <= set(before.star_unread if before is not None else ())


def outside_claim(path: str, new: Surface, outside: Outside, lost: Symbol | None = None) -> bool | None:
    """For a member `lost` of a class that still exists: False when an ancestor outside the distribution, or the
    class's `__getattr__`, may still provide it (known or unknown), True when the member is surely gone; None when
    `path` is no class member."""
    cls = new.symbols.get(_parent(path))
    if cls is not None and cls.kind == "attribute" and (cls.dynamic or cls.via_getattr_shim):
        # now an object a call made (pydantic 2's `Extra = _Extra()`), or one a module `__getattr__` serves without
        # saying which (aiohttp 3.9's lazily imported `GunicornWebWorker`): its attributes are unknown; not when a
        # module of the release has that path, which `from path import name` reads whatever its package binds under
        # the name (together 2.0 binds a proxy as `resources` over its `together/resources/` package)
        return False if _parent(path) not in new.bound else None
    if cls is None or cls.kind not in ("class", "alias"):
        return None
    name = path.rsplit(".", 1)[-1]
    if cls.meta_getattr and _read_on_class(lost) and _metaclass_serves(cls, path, new):
        return False  # the metaclass's `__getattr__` answers `Cls.name` (flet 0.80's deprecated `Colors.BLACK12`)
    if (name in cls.self_sets or COMPUTED in cls.self_sets) and (lost is None or lost.instance or lost.declared):
        # an instance attribute a method still sets (no longer the constructor), or one among the names a method sets
        # by `setattr` under names it computes: it may be there
        return False
    if _items_served(cls, name, lost, outside):
        return False  # set as an item under a computed key, read back as an attribute
    if cls.kind == "class" and cls.built_elsewhere and lost is not None and (lost.instance or lost.declared):
        # instances are what `__new__` returns (anyio 4.5's backend `Lock`, pyvisa-py 0.6's `TCPIPInstrSession`
        # handing back a `TCPIPInstrVxi11`): theirs are unknown, the ones the old body only declared too
        return False
    if name in cls.set_by_name:
        return False  # given to the class by `setattr(Cls, "name", ...)` elsewhere in the release
    if cls.kind == "class" and cls.built_as and _kept_by_built_classes(cls, name, lost, new, outside):
        return False  # `Formula(...)` gives instances of classes that still have it
    refused = _refused(cls, path)
    items_only = cls.getattr_items and never_an_item(lost, cls)
    if cls.dynamic and new.symbols.get(path) is None and not refused and not items_only:
        if _getattr_serves(cls, name, new, outside) is not False:
            return False  # `__getattr__` may serve the name on instances: no claim
    return outside.member_source(cls, name) is False


def _items_served(cls: Symbol, name: str, lost: Symbol | None, outside: Outside) -> bool:
    """A public instance attribute of a class that sets items on its instances under keys it computes (see
    `handedself.ITEMS`) and whose `__getattr__`, its own or an outside ancestor's, serves names it does not spell:
    the item may be what the attribute reads (highdicom 0.28 sets `dataset[element.tag] = element` where 0.27 set
    `self.PaletteColorLookupTableUID`; pydicom's `Dataset.__getattr__` answers it). The object's own `_` state is no
    item such a class serves (pydicom's `__setattr__` keeps lower-case names as plain attributes)."""
    if ITEMS not in cls.self_sets or lost is None or not lost.instance or name.startswith("_"):
        return False
    return cls.dynamic or any(outside.serves_unspelled(base) for base in cls.external_bases)


def _kept_by_built_classes(cls: Symbol, name: str, lost: Symbol | None, new: Surface, outside: Outside) -> bool:
    """An instance member every class the metaclass's `__call__` builds instead still has, in the distribution or
    (surely or maybe) from outside (formulaic 1.1's `Formula.__getitem__`: `Formula("y ~ x")` is a `SimpleFormula`, a
    `MutableSequence`): the objects users get keep it; only reading it on the class itself is lost. Members reached
    through the class (class and static methods, class attributes) are not kept so."""
    if lost is None or not (lost.kind in ("method", "property") or lost.instance):
        return False
    if lost.method_kind in ("classmethod", "staticmethod"):
        return False
    for path in cls.built_as:
        built = new.symbols.get(path)
        if built is None or built.kind != "class":
            return False
        if f"{path}.{name}" not in new.symbols and outside.member_source(built, name) is False:
            return False
    return True


def _getattr_serves(cls: Symbol, name: str, new: Surface, outside: Outside) -> bool | None:
    """Whether the class's `__getattr__` answers `name`: False only when it spells other names and hands the rest to
    modules that surely lack it (flask-sqlalchemy 3.1's `SQLAlchemy.get_binds`: in neither `sqlalchemy` nor
    `sqlalchemy.orm`)."""
    if cls.getattr_served is None:
        return None
    names, modules = cls.getattr_served
    if name in names:
        return True
    answers: list[bool | None] = []
    for module in modules:
        holder = new.symbols.get(module)
        if holder is not None and holder.kind == "class":  # what a method returns (tinydb 4's `TinyDB.table()`)
            answers.append(_class_answers(holder, name, new, outside))
        elif holder is not None and holder.kind == "module":  # one of the release's own modules
            answers.append(None if holder.dynamic else name in new.bound.get(module, ()))
        elif module == TEXT_TYPE:
            answers.append(stdlib_provides(module, name))
        else:
            answers.append(outside.module_binds(module, name))
    if any(answers):
        return True
    return False if all(answer is False for answer in answers) else None


def _class_answers(cls: Symbol, name: str, new: Surface, outside: Outside) -> bool | None:
    """Whether instances of `cls`, a class of the release a `__getattr__` hands names to, have `name`: None when its
    own `__getattr__` may answer anything (not followed: two classes may hand names to each other), or when a class
    of the release derives from it (the method annotated to return `cls` may return one of those, with more)."""
    if f"{cls.path}.{name}" in new.symbols:
        return True
    if cls.dynamic or any(cls.target in other.mro for other in new.symbols.values() if other.kind == "class"):
        return None
    return False if outside_claim(f"{cls.path}.{name}", new, outside) else None


def served_to_the_class_only(path: str, old: Surface, new: Surface) -> bool:
    """A member instances read (a method, a property, an instance attribute) that the new release has only as a
    name its class's metaclass `__getattr__` answers (a shim, see `surface._add_served_members`): `Cls.name` still
    works, but instances never ask the metaclass, so `obj.name` fails."""
    after, lost, cls = new.symbols.get(path), old.symbols.get(path), new.symbols.get(_parent(path))
    if after is None or lost is None or cls is None or cls.kind != "class" or not after.via_getattr_shim:
        return False
    owner = _parent(after.target)
    return owner != cls.target and owner not in cls.mro and not _read_on_class(lost)


def _read_on_class(lost: Symbol | None) -> bool:
    """A member users read on the class itself, where a metaclass's `__getattr__` is asked: a class attribute (an
    enum member), a nested class, a class or static method. Methods, properties and instance attributes are read on
    instances, which never ask the metaclass."""
    if lost is None:
        return False
    if lost.kind == "attribute":
        return not lost.instance
    return lost.kind == "class" or lost.method_kind in ("classmethod", "staticmethod")


def _metaclass_serves(cls: Symbol, path: str, new: Surface) -> bool:
    """Whether the `__getattr__` of the class's metaclass may answer the name `path` ends in (see
    `Symbol.meta_getattr`): a case-insensitive enum's only when the name's upper case is a member of the class."""
    if cls.meta_getattr == META_UPPER:
        parent, _, name = path.rpartition(".")
        return name != name.upper() and f"{parent}.{name.upper()}" in new.symbols
    return cls.meta_getattr == META_ANY


def _refused(holder: Symbol, path: str) -> bool:
    """The holder's `__getattr__` raises for the name `path` ends in."""
    return path.rpartition(".")[2] in holder.getattr_refused


def never_an_item(symbol: Symbol | None, cls: Symbol) -> bool:
    """What a `__getattr__` answering with items never stands in for: a method, property or nested class (a class
    defined in the body is no data an instance holds: stripe 8 dropped `StripeObject.ReprJSONEncoder`, and
    `StripeObject.__getattr__` returns `self[k]`), or a class attribute a call in the body made (see
    `made_on_class`) of a class that sets no items under computed keys. A plain attribute may have become one of
    its items."""
    if symbol is None:
        return False
    return symbol.kind in ("method", "property", "class") or (made_on_class(symbol) and ITEMS not in cls.self_sets)


def made_on_class(symbol: Symbol) -> bool:
    """A class attribute the class body binds to a call's result and never sets on `self` (motor 2's `fsync =
    AsyncCommand(doc=fsync_doc)`, `max_pool_size = ReadOnlyProperty()`; `client.fsync` is now the database
    `client["fsync"]`): the class's own object, read on the class as well; no literal or builtin container (a default
    an item may now hold), no field a metaclass collects off the class."""
    return symbol.kind == "attribute" and not (
        symbol.instance or symbol.declared or symbol.data or symbol.settable or symbol.held or symbol.collected_as
    )


def check_comparable(old: Surface, new: Surface, dependencies: Sequence[Surface] = ()) -> None:
    """Raise `CannotCompare` when a side has no module that could be read (no module, only Python 2, ...): a new
    release that ships no code stands in for the distributions it requires when they were all read (`stands_in`)."""
    for surface in (old, new) if not stands_in(new, dependencies) else (old,):
        only_modules = all(symbol.kind == "module" for symbol in surface.symbols.values())
        failed = [r for r in surface.problems if r.status is not ModuleStatus.COMPILED]  # compiled is no failure
        if not any(r.status is ModuleStatus.OK for r in surface.modules) or (failed and only_modules):
            reasons = "; ".join(f"{r.file}: {r.reason or r.status.value}" for r in failed[:3]) or "no modules"
            raise CannotCompare(
                f"cannot compare: {surface.package} {surface.version} has no module that could be analysed ({reasons})"
            )


def _unread_module_notes(old: Surface, new: Surface) -> list[str]:
    """The new release's modules that could not be read (an import hook's, one too large, a surface cut off at its
    symbol cap) under which the old release had names: `removed_changes` claims nothing there, and saying nothing
    would read as "nothing removed" (yt-dlp 2026.6.9, cut off at the cap, lost 82 extractor modules unclaimed)."""
    return [
        f"{report.module or f'{new.package} {new.version}'}: {report.reason or report.status.value}; the names "
        "under it are not reported as removed"
        for report in new.modules
        if report.status is not ModuleStatus.OK and (not report.module or report.module in old.symbols)
    ]


_UNNAMED_BASE = "a base that is no one class (made by a call, or defined one way or another where it runs)"
"""What the note says for an ancestor written as a call (`namedtuple(...)`) or bound differently on different Pythons
(universal-pathlib 0.2's `PathlibPathShim`), which the extraction records as "?"."""


def unclaimed_classes(old: Surface, new: Surface, dependencies: Sequence[Surface] = ()) -> list[str]:
    """Notes on classes whose vanished members may come from an ancestor that could not be resolved, on modules
    whose `__getattr__` may still serve the names they lost, and on modules of the new release that were not read."""
    outside = Outside(dependencies)
    notes = _unread_module_notes(old, new) if not stands_in(new, dependencies) else []
    for path in sorted(p for p in old.symbols if p not in new.symbols):
        holder = new.symbols.get(_parent(path))
        if holder is not None and holder.kind == "module" and holder.dynamic and not _refused(holder, path):
            if not still_importable(path, new, old.symbols[path]):
                continue  # a submodule: claimed
            notes.append(
                f"{holder.path}: its __getattr__ may serve names it does not spell; the names it no longer defines "
                "are not reported as removed"
            )
        cls = new.symbols.get(_parent(path))
        if cls is not None and cls.kind == "class" and COMPUTED in cls.self_sets and old.symbols[path].instance:
            notes.append(
                f"{cls.path}: sets attributes on its instances under names it computes (setattr); the instance "
                "attributes it no longer sets by name are not reported as removed"
            )
        name = path.rsplit(".", 1)[-1]
        if cls is not None and cls.kind == "class" and _items_served(cls, name, old.symbols[path], outside):
            notes.append(
                f"{cls.path}: sets items on its instances under keys it computes, which its __getattr__ may serve as "
                "attributes; the instance attributes it no longer sets by name are not reported as removed"
            )
        if cls is not None and (cls.kind == "class" and cls.external_bases or cls.kind == "alias"):
            if outside.member_source(cls, name) is None:
                bases = cls.external_bases if cls.kind == "class" else (cls.target,)
                unknown = list(dict.fromkeys(name for base in bases for name in outside.unresolved(base))) or bases
                named = ", ".join(_UNNAMED_BASE if name == "?" else name for name in unknown)
                notes.append(
                    f"{cls.path}: members it may inherit from {named} (not resolved) are not reported as removed"
                )
    return sorted(set(notes))
