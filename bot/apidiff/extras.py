"""What a surface records beyond public names: private definitions (for removal claims; a private method's
parameters for signature claims too), hooks a class calls on itself, the names a plain module imports from its own
distribution, and namespace packages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bot.apidiff.calls import SUPER_CALL
from bot.apidiff.model import ModuleStatus, Symbol
from bot.apidiff.raw import RawAttribute, RawCallable, RawClass, RawImport, RawModule

PRIVATE_API = "private API: recorded for removal claims (and a method's parameters for signature claims) only"


def _is_private(name: str) -> bool:
    return name.startswith("_")


def _module_is_public(module: str) -> bool:
    return not any(_is_private(part) for part in module.split("."))


def _enum_bases(cls: RawClass, raw: RawModule) -> tuple[str, ...]:
    """The bases of a private class when each is a name the module imports from `enum` (flake8 5's sentinel `_ARG =
    enum.Enum("_ARG", "NO")`): its ancestry, which says which builtins its values are not (`shapes.class_checker`);
    else none, its ancestry left unread."""
    found = []
    for base in cls.bases:
        head, _, rest = base.partition(".")
        bound = raw.bindings.get(head, [None])[-1]
        if not isinstance(bound, RawImport) or "." in rest:
            return ()
        name = bound.attr if bound.attr is not None and not rest else rest if bound.attr is None else ""
        if bound.module != "enum" or not name:
            return ()
        found.append(f"enum.{name}")
    return tuple(found)


def private_symbols(raw: RawModule) -> list[Symbol]:
    """Private modules and underscored definitions: not public API, but dependents import them
    (`from werkzeug._internal import _log`) and break when they go. Only their removal is claimed; a deprecation
    their docstring announces is kept to tell whether a public path later re-exporting them warned before."""
    public_module = _module_is_public(raw.module)
    found = []
    if not public_module:
        found.append(Symbol(raw.module, "module", raw.file, 1, raw.module, signature_unknown=PRIVATE_API))
    for name, bindings in raw.bindings.items():
        if name in raw.deleted:
            continue
        last = bindings[-1]
        dunder = name.startswith("__") and name.endswith("__")
        if isinstance(last, (RawCallable, RawClass)) and not dunder and (_is_private(name) or not public_module):
            kind = "class" if isinstance(last, RawClass) else "function"
            path = f"{raw.module}.{name}"
            bases = _enum_bases(last, raw) if isinstance(last, RawClass) else ()
            symbol = Symbol(path, kind, raw.file, last.line, path, external_bases=bases, signature_unknown=PRIVATE_API)
            # its docstring's deprecation, which a public path re-exporting it later says too (see
            # `diff._deprecated_before`)
            symbol.deprecated = last.doc_deprecated
            symbol.deprecated_doc = last.doc_deprecated is not None
            found.append(symbol)
            if isinstance(last, RawClass):
                found += _awaited_protocol(path, last, raw.file)
    return found


def _awaited_protocol(path: str, cls: RawClass, file: str) -> list[Symbol]:
    """A private class's own `__await__`: a public function returning one still gives what `await` takes (a Stainless
    SDK's `AsyncPaginator`, of `_base_client`, which together 3.0's `list()` returns where 2.42 was `async def`)."""
    member = cls.members.get("__await__")
    if not isinstance(member, RawCallable):
        return []
    await_path = f"{path}.__await__"
    return [Symbol(await_path, "method", file, member.line, await_path, signature_unknown=PRIVATE_API)]


def is_private_member(name: str) -> bool:
    """An underscored member reachable as spelled: `_x`, not a dunder (`__repr__` falls back to `object`'s, and the
    protocol ones are public API) nor a name-mangled `__x` (its attribute is `_Cls__x`, which no one spells)."""
    return name.startswith("_") and not name.startswith("__")


def private_member(path: str, target: str, member: RawCallable | RawAttribute | RawClass, file: str) -> Symbol:
    """A private member of a public class other than a method, recorded for removal claims only (no signature, no
    shape): dependents reach into it (`axis._gridOnMajor`) and break when it goes."""
    if isinstance(member, RawCallable):
        kind = "property"  # a method is a `private_method`
    else:
        kind = "class" if isinstance(member, RawClass) else "attribute"
    instance = isinstance(member, RawAttribute) and member.instance
    return Symbol(path, kind, file, member.line, target, instance=instance, signature_unknown=PRIVATE_API)


def is_private_method(member: RawCallable | RawAttribute | RawClass) -> bool:
    """A private member whose parameters are compared: a plain method (a property takes none)."""
    return isinstance(member, RawCallable) and member.kind != "property"


def private_method(built: Symbol) -> Symbol:
    """A private method of a public class with its parameters, marked private: dependents call it (Django backends
    call `schema_editor._create_unique_sql(model, columns)`) and override it, so a change of its parameters breaks
    them as a public one's would; claimed under its own kind, with the shape and deprecation claims of a public
    one's."""
    marked = built.at(built.path)
    marked.signature_unknown = PRIVATE_API
    return marked


def add_namespace_packages(modules: dict[str, RawModule], entry_points: Iterable[str] = ()) -> set[str]:
    """Add parent packages without an `__init__.py` (namespace folders such as flask 3.0's `sansio/`); returns the
    folders inside a regular package that no module outside them imports: package data, not API (flask-migrate's
    Alembic templates `templates/flask/env.py`, copied into projects, never imported). A module the release's entry
    points name is imported by whatever loads them: hydra 1.1's `pytest11` plugin `hydra.extra.pytest_plugin`,
    which no module of 1.1 imports any more, is no data. Nor is a folder holding a regular package: its
    `__init__.py` says it is imported (nextcord 3.0's `ext/` holds `commands/` and `tasks/`, which its own modules
    no longer import since 3.0 dropped the `discord` shim that did)."""
    regular = {name for name, raw in modules.items() if raw.is_package}
    for name in list(modules):
        parts = name.split(".")
        for end in range(1, len(parts)):
            parent = ".".join(parts[:end])
            if parent not in modules:
                folder = "/".join(modules[name].file.split("/")[: -(len(parts) - end)])
                modules[parent] = RawModule(parent, folder, True)
    nested = {
        name
        for name in modules.keys() - regular
        if modules[name].is_package and any(name.startswith(outer + ".") for outer in regular)
    }
    tops = {name for name in nested if name.rsplit(".", 1)[0] not in nested}
    if not tops:
        return set()
    imports = [
        (raw.module, target)
        for raw in modules.values()
        for bindings in raw.bindings.values()
        for binding in bindings
        if isinstance(binding, RawImport)
        for target in (binding.module, f"{binding.module}.{binding.attr}")
    ]
    imports.extend(("", module) for module in entry_points)
    return {
        top
        for top in tops
        if not any(_within(name, top) for name in regular)
        and not any(_within(target, top) and not _within(importer, top) for importer, target in imports)
    }


def _within(module: str, folder: str) -> bool:
    return module == folder or module.startswith(folder + ".")


NextMember = Callable[[str, str], "tuple[Any, str, RawModule] | None"]
"""(name, class path) -> the definition of that name `super()` in that class's methods reaches, or None."""
_MAX_EXPANSIONS = 4096
"""Methods whose calls on `self` are read per class, over all its callers: each is read once, so the hooks found do
not depend on which caller reached a helper first (a cap per caller cut sqlglot 30's `Parser` walks short at places
that moved with every release, and hooks it still called read as no longer called)."""


def hooks(
    members: dict[str, Any], next_member: NextMember, through: frozenset[str] = frozenset()
) -> tuple[tuple[str, str], ...]:
    """(method, caller) pairs, with a public caller where there is one, else a special method: methods the class's
    own code calls on `self` or `cls`, directly, through its private helpers (flask-mail 0.9.1's `as_string` ->
    `self._message()` -> `self._mimetext()`) or in the base's method an override hands on to through `super()`
    (alembic 1.18.5's `MySQLImpl.compare_type` ends in `super().compare_type(...)`, which still calls
    `self._tokenize_column_type`). A helper an earlier caller read is not read again: what it reaches is already
    credited to that caller, which comes first. Private methods the release calls on another object (`through`:
    xlsxwriter 3.2's `Workbook` calls `sheet._prepare_image(...)`, which reaches `Worksheet._size_col`) are callers
    too, last: what only they reach is still called, though its loss is never claimed (see `shapes.hook_drops`)."""
    found: dict[str, str] = {}
    walk = _HelperWalk(members, next_member)
    entries = []
    for caller, entry in members.items():
        if not caller.startswith("_"):
            entries.append((0, caller, entry))
        elif caller.startswith("__") and caller.endswith("__"):
            entries.append((1, caller, entry))
        elif caller in through:
            entries.append((2, caller, entry))
    entries.sort(key=_rank)
    for _, caller, (member, owner, _module) in entries:
        if isinstance(member, RawCallable) and member.kind in _DISPATCHED:
            for callee in sorted(walk.reached(member, owner)):
                found.setdefault(callee, caller)  # a public caller first: only its loss is claimed
    return tuple(sorted(found.items()))


def _rank(entry: tuple[int, str, Any]) -> tuple[int, str]:
    """Public callers first, then special methods, then private ones called from outside; by name within each."""
    return entry[0], entry[1]


def _is_dunder(name: str) -> bool:
    """A special method (`__init__`, `__new__`, `__call__`): Python calls it, so what it calls on `self` or `cls` is
    still called (tornado 4.0's `AsyncHTTPClient.__new__` still calls `cls._async_clients()`)."""
    return name.startswith("__") and name.endswith("__")


_DISPATCHED = frozenset({"method", "classmethod", "staticmethod"})
"""Kinds of method a call on `self` reaches through the instance's class: an override of any of them is what runs
(python-binance 1.0's `_order_params`, now a staticmethod, is still called as `self._order_params(data)`)."""


class _HelperWalk:
    """The methods calls of a class's methods reach on `self`, following private helpers and `super()`; each helper
    read once for the whole class, at most `_MAX_EXPANSIONS` of them."""

    def __init__(self, members: dict[str, Any], next_member: NextMember) -> None:
        self.members = members
        self.next_member = next_member
        self.read: set[tuple[str, str]] = set()  # (method name, class path) of the helpers read already

    def reached(self, member: RawCallable, owner: str) -> set[str]:
        """What a call of `member` reaches that no helper read for an earlier caller did."""
        reached: set[str] = set()
        pending = [(member, owner)]
        while pending and len(self.read) < _MAX_EXPANSIONS:
            method, at = pending.pop()
            for callee in method.self_calls:
                if callee.startswith(SUPER_CALL):
                    base = self.next_member(callee.removeprefix(SUPER_CALL), at)
                    if base is not None and isinstance(base[0], RawCallable) and self._first(base[0].name, base[1]):
                        pending.append((base[0], base[1]))
                    continue
                target = self.members.get(callee)
                if callee in reached or target is None or not isinstance(target[0], RawCallable):
                    continue
                if target[0].kind in _DISPATCHED:
                    reached.add(callee)
                    if _is_private(callee) and self._first(callee, target[1]):
                        pending.append((target[0], target[1]))
        return reached

    def _first(self, name: str, owner: str) -> bool:
        """Whether the helper is read now for the first time (then it is marked read)."""
        key = (name, owner)
        if key in self.read:
            return False
        self.read.add(key)
        return True


def own_imports(raw: RawModule, modules: dict[str, RawModule]) -> dict[str, str]:
    """Public names (not modules) a plain (non-package) public module imports from its own distribution -> the dotted
    path each is imported from (`from .protocol import Protocol as Connection`: `websockets.protocol.Protocol`)."""
    if raw.is_package or raw.status is not ModuleStatus.OK or not _module_is_public(raw.module):
        return {}
    top = raw.module.split(".", 1)[0]
    found = {}
    for name, bindings in raw.bindings.items():
        last = bindings[-1]
        if _is_private(name) or not isinstance(last, RawImport) or last.attr is None:
            continue
        if (
            last.module.split(".", 1)[0] == top
            and _module_is_public(last.module)
            and f"{last.module}.{last.attr}" not in modules
        ):
            found[name] = f"{last.module}.{last.attr}"
    return dict(sorted(found.items()))
