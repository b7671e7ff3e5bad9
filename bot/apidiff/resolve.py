"""Resolve names across a distribution's modules: imports, re-exports, `from x import *`, and value aliases."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.apidiff.blocks import star_key
from bot.apidiff.raw import Binding, RawAttribute, RawCallable, RawClass, RawImport, RawModule
from bot.apidiff.sixmoves import six_moved
from bot.apidiff.stdlib import is_stdlib

MAX_DEPTH = 24
"""Import chains longer than this are treated as unresolvable (they are cycles in practice)."""
MAX_STARS = 64
"""Star imports of one module looked through for an earlier binding of a name a later one rebinds."""


@dataclass(init=False, slots=True, unsafe_hash=True)  # constructor written out: see model.py, above `Param`
class Resolved:
    """Where a name leads: a definition in the distribution, one of its modules, or something outside it."""

    target: str
    """Dotted path of the definition (`werkzeug.urls.url_decode`) or of the external object."""
    definition: RawCallable | RawClass | RawAttribute | None
    module: RawModule | None
    """The module that defines it (None for modules and external objects)."""
    line: int
    is_module: bool = False

    def __init__(
        self,
        target: str,
        definition: RawCallable | RawClass | RawAttribute | None,
        module: RawModule | None,
        line: int,
        is_module: bool = False,
    ) -> None:
        self.target = target
        self.definition = definition
        self.module = module
        self.line = line
        self.is_module = is_module

    @property
    def external(self) -> bool:
        """True when the name leads outside the distribution."""
        return self.definition is None and not self.is_module


def _undecided(raw: RawModule, name: str, line: int, ways: list[Resolved | None]) -> Resolved:
    """A name bound one way or another depending on where the code runs: an object whose kind, members and
    ancestors are unknown; the classes it may be when every way is a class of the distribution, defined elsewhere: a
    class defined right here in each arm (filelock 4.3's `class UnixFileLock` under `if sys.platform == "win32":` and
    its `else:`) has the name's own path, which leads back to this object, no class (a lookup following it went on
    for ever: datasets 2.16's RecursionError)."""
    path = f"{raw.module}.{name}"
    classes = tuple(w.target for w in ways if w is not None and isinstance(w.definition, RawClass) and w.target != path)
    undecided = RawAttribute(name, line, from_call=True)
    undecided.alternatives = classes if len(classes) == len(ways) else ()
    return Resolved(path, undecided, raw, undecided.line)


def _stand_in(binding: Binding) -> bool:
    """A binding that is not what users get while another exists: `X = wrap(X)` (the wrapped one is), `X = None`,
    and a definition that only raises — gunicorn 20's `else: class InotifyReloader: def __init__(...): raise
    ImportError(...)` beside the real class of the `if has_inotify:` branch."""
    if isinstance(binding, RawAttribute):
        return binding.rewraps or binding.placeholder
    if isinstance(binding, RawCallable):
        return binding.facts.refuses_calls
    if isinstance(binding, RawClass):
        init = binding.members.get("__init__")
        return isinstance(init, RawCallable) and init.facts.refuses_calls
    return False


def _cycled_back(found: Resolved, raw: RawModule, name: str) -> bool:
    """What a star-imported module binds as `name` is this module's own `name`, left unresolved as the lookup of it
    was under way: holoviews 1.22's `core/__init__.py` does `from .data import *` then `from .operation import *`,
    whose `from . import Dataset` takes back the class `data` gave the package, not another object."""
    return found.external and found.target == f"{raw.module}.{name}"


class Resolver:
    """Memoised name lookups over one distribution's modules."""

    def __init__(self, modules: Mapping[str, RawModule]) -> None:
        self.modules = modules
        self._cache: dict[tuple[str, str], Resolved | None] = {}
        self._active: set[tuple[str, str]] = set()
        self._bound_active: set[tuple[str, str]] = set()

    def lookup(self, module: str, name: str, depth: int = 0) -> Resolved | None:
        """What `module.name` is, following imports; None when the module does not bind it."""
        key = (module, name)
        if key in self._cache:
            return self._cache[key]
        if key in self._active or depth > MAX_DEPTH:
            return None
        self._active.add(key)
        try:
            result = self._lookup(module, name, depth)
        finally:
            self._active.discard(key)
        self._cache[key] = result
        return result

    def base_target(self, module: str, base: str, of: RawClass | None = None) -> Resolved | None:
        """Where a base of the class `of` leads; a module global that only names a builtin (docutils 0.18's
        `unicode = str`) leads to the builtin, as at run time."""
        resolved = self.resolve_dotted(module, base)
        if of is not None and resolved is not None and resolved.definition is of:
            resolved = self._shadowed(module, base, of)
        definition = resolved.definition if resolved is not None else None
        if (
            resolved is not None
            and resolved.module is not None
            and isinstance(definition, RawAttribute)
            and definition.value_ref
            and "." not in definition.value_ref
            and self.resolve_dotted(resolved.module.module, definition.value_ref) is None
        ):
            return Resolved(definition.value_ref, None, None, resolved.line)
        return resolved

    def _shadowed(self, module: str, name: str, cls: RawClass) -> Resolved | None:
        """What a class's base spelled as its own name is: the name's binding before the class statement, as the
        bases are read before the statement rebinds it (python-twitter 3.5's `from twitter import Api` then
        `class Api(Api)` in `twitter.debug`: every member read as the class's own, none inherited)."""
        raw = self.modules[module]
        earlier = [binding for binding in raw.bindings.get(name, ()) if binding.line < cls.line]
        return self._binding(raw, earlier[-1], 0) if earlier else None

    def _lookup(self, module: str, name: str, depth: int) -> Resolved | None:
        raw = self.modules.get(module)
        if raw is None:
            return None
        bindings = raw.bindings.get(name, ())
        if not bindings and raw.checker_imports and f"{module}.{name}" not in self.modules:
            served = self._served_lazily(raw, name, depth)
            if served is not None:
                return served
        kept = [b for b in bindings if not _stand_in(b)] or list(bindings)
        starred = self._star_lookup(raw, name, depth) if name in raw.alternatives and len(kept) == 1 else None
        if name in raw.alternatives and (len(kept) > 1 or starred is not None):
            # bound one way or another depending on where the code runs (redis 4's `DefaultParser`; scapy 2.6's
            # `read_routes`, star-imported on Linux, a stand-in def elsewhere): an object whose kind, members and
            # ancestors are unknown, never the last branch's guess
            ways = [self._binding(raw, binding, depth) for binding in kept]
            ways += [starred] if starred is not None else []
            if all(way is not None and way.external for way in ways):
                # another distribution's object either way (inflect 7.5's `Annotated`, from `typing` on 3.9+,
                # from `typing_extensions` before): a re-export, the standard library's when one way is
                return next((way for way in ways if way and is_stdlib(way.target)), ways[-1])
            twin = self._readable_twin(raw, kept, ways) if starred is None else None
            if twin is not None:
                return twin
            return _undecided(raw, name, kept[0].line, ways)
        candidates = [self._binding(raw, binding, depth) for binding in kept]
        found = [c for c in candidates if c is not None]
        internal = [c for c in found if not c.external]
        if internal:
            return internal[-1]  # the binding made last, as at run time
        if found:
            return found[-1]
        starred = self._star_lookup(raw, name, depth)
        submodule = f"{module}.{name}"
        if submodule in self.modules and (starred is None or starred.external):
            return Resolved(submodule, None, None, 1, is_module=True)
        return starred

    def _readable_twin(self, raw: RawModule, kept: list[Binding], ways: list[Resolved | None]) -> Resolved | None:
        """The one definition of the distribution the alternatives lead to when every other one imports the name
        from a module of the distribution with no source (msgpack 1.0's `from ._cmsgpack import Packer`, else `from
        .fallback import Packer`): compiled, it is the readable one's twin, and absent, the readable one runs."""
        readable = [way for way in ways if way is not None and not way.external]
        if (
            not readable
            or len(readable) == len(ways)
            or any(way.definition is not readable[0].definition for way in readable)
        ):
            return None  # no compiled branch, or two readable ones (redis 4's `DefaultParser`): which runs is unknown
        package = raw.module.split(".")[0]
        for binding, way in zip(kept, ways, strict=True):
            if way is not None and not way.external:
                continue
            if not isinstance(binding, RawImport) or binding.attr is None or binding.module in self.modules:
                return None
            if binding.module.split(".")[0] != package:
                return None  # another distribution's: its own API
        return readable[-1]

    def _served_lazily(self, raw: RawModule, name: str, depth: int) -> Resolved | None:
        """What the module's `__getattr__` serves as `name`, told by the import of it only type checkers see (see
        `RawModule.checker_imports`); None when no such import names it. A submodule so named is not looked for here:
        once imported, it is the package's attribute (langchain 0.3's `agents.load_tools`)."""
        binding = raw.checker_imports.get(name)
        if isinstance(binding, RawImport):
            return self.import_target(binding, depth + 1)
        stars = raw.checker_imports.get("*", ())
        if name.startswith("_") or name not in (raw.all_names or ()) or not isinstance(stars, tuple):
            return None
        for module in stars:
            found = self.lookup(module, name, depth + 1) if module in self.modules else None
            if found is not None:
                return found
        return None

    def _star_lookup(self, raw: RawModule, name: str, depth: int) -> Resolved | None:
        """What the last star import that brings the name binds, as at run time (pyparsing 3 star-imports
        `exceptions`, which imports typing's `Optional`, then `core`, whose `Optional` is the parser class). An
        object of the distribution so bound shadows a submodule of the same name: the star import rebinds the
        package attribute its own import of the submodule set (dash 2's `from ._imports_ import *`, whose
        `from .Dropdown import Dropdown` makes `dash.dcc.Dropdown` the class, not the module). A module that imports
        the name back from this one (`_cycled_back`) rebinds what an earlier star import bound."""
        for star in reversed(raw.bindings.get("*", ())):
            if isinstance(star, RawImport) and star.module in self.modules and not name.startswith("_"):
                exported = self.modules[star.module].all_names
                if exported is None or name in exported:
                    result = self.lookup(star.module, name, depth + 1)
                    if result is not None and _cycled_back(result, raw, name):
                        continue
                    if result is not None and star_key(star.line) in raw.alternatives:
                        return self._one_arm_star(raw, star, name, result, depth)
                    if result is not None:
                        return result
        return None

    def _one_arm_star(self, raw: RawModule, star: RawImport, name: str, found: Resolved, depth: int) -> Resolved:
        """A name a star import of one arm of an undecided `if` brings (see `blocks.star_key`), when an earlier star
        import may bind it too: numba 0.61's `from .scalars import *` (a module that puts a redirect to `old_scalars`
        in its own place, serving names unknown here) then `else: from .new_scalars import *`. Which one users get
        depends on where the code runs (the default install takes the other arm): undecided, never one arm's guess."""
        ways: list[Resolved | None] = [found]
        for earlier in raw.bindings.get("*", ())[:MAX_STARS]:
            if not isinstance(earlier, RawImport) or earlier.line >= star.line or earlier.module not in self.modules:
                continue
            other = self.modules[earlier.module]
            if other.dynamic:
                ways.append(None)
            elif other.all_names is None or name in other.all_names:
                previous = self.lookup(earlier.module, name, depth + 1)
                if previous is not None and previous.target != found.target:
                    ways.append(previous)
        return found if len(ways) == 1 else _undecided(raw, name, star.line, ways)

    def _binding(self, raw: RawModule, binding: Binding, depth: int) -> Resolved | None:
        if isinstance(binding, (RawCallable, RawClass)):
            return Resolved(f"{raw.module}.{binding.name}", binding, raw, binding.line)
        if isinstance(binding, RawAttribute):
            if binding.value_ref and binding.value_ref != binding.name:
                aliased = self.resolve_dotted(raw.module, binding.value_ref, depth + 1)
                if aliased is not None and not aliased.external:
                    return aliased
            return Resolved(f"{raw.module}.{binding.name}", binding, raw, binding.line)
        if binding.attr == "*":
            return None
        if self._own_submodule(raw, binding):
            return Resolved(f"{raw.module}.{binding.attr}", None, None, 1, is_module=True)
        return self.import_target(binding, depth)

    def _own_submodule(self, raw: RawModule, binding: RawImport) -> bool:
        """`from . import croniter as cron_m` in the package's own `__init__`, before anything there binds the name:
        the import system binds the submodule, whatever the package binds the name to later (croniter 6's
        `from .croniter import croniter`, the class, comes after)."""
        name = binding.attr or ""
        if binding.module != raw.module or not raw.is_package or f"{raw.module}.{name}" not in self.modules:
            return False
        return not any(other.line < binding.line for other in raw.bindings.get(name, ()) if other is not binding)

    def import_target(self, binding: RawImport, depth: int = 0) -> Resolved:
        """Where an import leads (outside the distribution when its module is not one of ours)."""
        if binding.attr is None:
            is_ours = binding.module in self.modules
            return Resolved(binding.module, None, None, binding.line if not is_ours else 1, is_module=is_ours)
        if binding.module in self.modules:
            result = self.lookup(binding.module, binding.attr, depth + 1)
            if result is not None:
                return result
            submodule = f"{binding.module}.{binding.attr}"
            if submodule in self.modules:
                return Resolved(submodule, None, None, 1, is_module=True)
        return Resolved(six_moved(f"{binding.module}.{binding.attr}"), None, None, binding.line)

    def resolve_dotted(self, module: str, dotted: str, depth: int = 0) -> Resolved | None:
        """What a dotted expression written in `module` refers to (`t.Any`, `_native.escape`, `Base`)."""
        head, *rest = dotted.split(".")
        current = self.lookup(module, head, depth)
        for part in rest:
            if current is None:
                return None
            if current.is_module:
                current = self.lookup(current.target, part, depth + 1)
            elif isinstance(current.definition, RawClass) and part in current.definition.members:
                member = current.definition.members[part]
                current = Resolved(f"{current.target}.{part}", member, current.module, member.line)
            elif current.external:
                current = Resolved(six_moved(f"{current.target}.{part}"), None, None, current.line)
            elif isinstance(current.definition, RawAttribute) and current.definition.instance_of and current.module:
                current = self._bound_method(current.module.module, current.definition.instance_of, part)
            else:
                return None
        return current

    def _bound_method(self, module: str, cls: str, name: str) -> Resolved | None:
        """A method of a module-level instance (`_jwt_global_obj.encode`, `_jwt_global_obj = PyJWT()`), found on
        the class or its bases in the distribution, depth first; None when the call made no class of ours, or the
        name is no plain method there (it may be an instance attribute or served by `__getattr__`). A global made
        from its own earlier value (pylint 2.8's `builtins = builtins.__dict__.copy()`, after `import builtins`)
        names itself: unknown, not an endless walk."""
        key = (module, cls)
        if key in self._bound_active:
            return None
        self._bound_active.add(key)
        try:
            return self._method_on(module, cls, name)
        finally:
            self._bound_active.discard(key)

    def _method_on(self, module: str, cls: str, name: str) -> Resolved | None:
        pending = [self.base_target(module, cls)]
        seen: set[str] = set()
        while pending and len(seen) < MAX_DEPTH:
            current = pending.pop(0)
            if current is None or not isinstance(current.definition, RawClass) or current.module is None:
                return None
            if current.target in seen:
                continue
            seen.add(current.target)
            member = current.definition.members.get(name)
            if member is not None:
                if isinstance(member, RawCallable) and member.kind == "method":
                    return Resolved(f"{current.target}.{name}", member, current.module, member.line)
                return None
            if "__getattr__" in current.definition.members:
                return None
            owner = current.module.module
            bases = [base for base in current.definition.bases if base != "object"]
            pending[:0] = [self.base_target(owner, base, current.definition) for base in bases]
        return None
