"""Members that classes inherit from the standard library (trusted code: the only code ever imported here)."""

from __future__ import annotations

import builtins
import importlib
import inspect
import re
import sys
from functools import lru_cache

from bot.apidiff.model import Param, ParamKind

_SIDE_EFFECTS = frozenset({"antigravity", "this", "__hello__", "__phello__", "turtle", "turtledemo", "idlelib"})
"""Standard-library modules that act when imported (open a browser, print, start a GUI): never imported here, though
analysed code names them."""


def _import(module: str) -> object | None:
    """The standard-library module `module`, or None (not one, one that acts on import, or not importable here)."""
    if module.split(".", 1)[0] in _SIDE_EFFECTS or module.split(".", 1)[0] not in sys.stdlib_module_names:
        return None
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


@lru_cache(maxsize=512)
def _stdlib_object(dotted: str) -> object | None:
    """The builtin or standard-library object at `dotted` (`dict`, `io.RawIOBase`), None for anything else."""
    if "." not in dotted:
        return getattr(builtins, dotted, None)
    parts = dotted.split(".")
    if parts[0] not in sys.stdlib_module_names:
        member: object = getattr(builtins, parts[0], None)  # `str.split`
        for attribute in parts[1:]:
            member = getattr(member, attribute, None)
        return member
    for end in range(len(parts) - 1, 0, -1):
        found: object = _import(".".join(parts[:end]))
        if found is None:
            continue
        for attribute in parts[end:]:
            found = getattr(found, attribute, None)
            if found is None:
                return None
        return found
    return None


def _stdlib_class(dotted: str) -> type | None:
    """The standard-library class at `dotted`; a typing alias stands for its class (`typing.Mapping[str, str]` as a
    base is `collections.abc.Mapping`, whose `get` the subclass inherits)."""
    found = _stdlib_object(dotted)
    if not isinstance(found, type):
        found = getattr(found, "__origin__", None)
    return found if isinstance(found, type) else None


def stdlib_provides(base: str, member: str) -> bool:
    """True when the standard-library class `base` has an attribute `member`, or its Python code sets one so named on
    instances (`threading.Thread.__init__` sets `self._target`: a subclass that stopped setting it still has it). A
    name in an ancestor's namespace counts though `hasattr` on the class says no: a descriptor refusing class access
    still serves instances (`enum.Enum`'s `name` and `value`, `enum.property`s: cibuildwheel 3.0's
    `Architecture(StrEnum)` members have the `value` 2.23's `Architecture(Enum)` only annotated; aiocoap 0.4.8's
    `Code`, an `IntEnum` now, still has `Code.GET.name`)."""
    found = _stdlib_class(base)
    if found is None:
        return False
    if _is_special(member):  # looked up on the instance's class, never its metaclass: `type.__call__` makes no
        return any(member in vars(k) for k in found.__mro__)  # instance of `dict` (or `object`) callable
    return (
        hasattr(found, member)
        or any(member in vars(k) for k in found.__mro__)
        or any(member in _set_on_self(k) for k in found.__mro__)
    )


def _is_special(name: str) -> bool:
    """A special method name (`__call__`): Python looks it up on the instance's type, which `hasattr` on the class
    does not do (it also finds the metaclass's)."""
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


@lru_cache(maxsize=256)
def _set_on_self(cls: type) -> frozenset[str]:
    """Names the class's own Python source assigns on `self` (none for a class written in C)."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return frozenset()
    return frozenset(_SELF_SET.findall(source))


_SELF_SET = re.compile(r"\bself\.([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=\n]*)?=(?!=)")


def stdlib_defines(base: str, member: str) -> bool | None:
    """Whether the standard-library class `base` defines `member`, itself or through an ancestor other than `object`
    (`socketserver.ThreadingMixIn` has no `__init__` but `object`'s; `concurrent.futures.ThreadPoolExecutor.map` is
    its base `Executor`'s, which langchain-core 1.0's `ContextThreadPoolExecutor.map` reaches through
    `super().map(fn, *iterables, **kwargs)`); None when `base` is no standard-library class, or is `object`."""
    found = _stdlib_class(base)
    if found is None or found is object:
        return None
    return any(member in vars(ancestor) for ancestor in found.__mro__ if ancestor is not object)


def is_builtin(name: str) -> bool:
    """A name the `builtins` module defines (`dict`, `len`), not an attribute its module object merely has: a
    local `def __init__(**kwargs)` nested in a method (matplotlib 3.4's `LogScale.__init__`) is no builtin."""
    return name in vars(builtins)


def is_stdlib(dotted: str) -> bool:
    """True for a builtin name or a path into a standard-library module."""
    head = dotted.split(".", 1)[0]
    if "." not in dotted:
        return is_builtin(dotted)
    return head in sys.stdlib_module_names or is_builtin(head)  # `str.split` too


def stdlib_module_has(module: str, name: str) -> bool | None:
    """Whether the standard-library module `module` has the attribute `name` (None when it is not one)."""
    if not is_stdlib_module(module):
        return None
    found = _import(module)
    return None if found is None else hasattr(found, name)


def is_stdlib_module(module: str) -> bool:
    """True for a standard-library module (`json`, `contextlib`, `os.path`)."""
    return module.split(".", 1)[0] in sys.stdlib_module_names


def stdlib_accepts(dotted: str, keyword: str) -> bool | None:
    """Whether the standard-library callable at `dotted` accepts `keyword`; None when that cannot be told."""
    params = stdlib_params(dotted)
    if params is None:
        return None
    if any(p.name == keyword and p.kind in (ParamKind.POSITIONAL_OR_KEYWORD, ParamKind.KEYWORD_ONLY) for p in params):
        return True  # a named parameter takes it before any `**kw` (`json.dumps(cls=...)`)
    if any(p.kind is ParamKind.VAR_KEYWORD for p in params):
        return None  # forwarded further: unknown
    return False


def stdlib_params(dotted: str) -> tuple[Param, ...] | None:
    """The parameters of the standard-library callable at `dotted` as `inspect` spells them (an unbound method's
    `self` included); None when they cannot be told."""
    found = _stdlib_object(dotted)
    if found is None or not callable(found):
        return None
    try:
        parameters = inspect.signature(found).parameters.values()
    except (TypeError, ValueError):
        return None
    params = tuple(
        Param(p.name, ParamKind(p.kind.name.lower()), p.default is not inspect.Parameter.empty) for p in parameters
    )
    return _builtin_init(dotted, params) or params


def stdlib_binds(dotted: str) -> bool:
    """The standard-library object at `dotted` is a method a class attribute holding it binds to the instance (a
    Python function such as `collections.UserDict.setdefault`, or a method descriptor such as `dict.get`), so a call
    through the attribute passes the instance as its first argument; a class or a builtin function (`len`) binds
    nothing."""
    found = _stdlib_object(dotted)
    return inspect.isfunction(found) or inspect.ismethoddescriptor(found) and callable(found)


def _builtin_init(dotted: str, params: tuple[Param, ...]) -> tuple[Param, ...] | None:
    """A builtin class's own `__init__` spelled by the class's signature, `inspect` telling only the slot wrapper's
    `(self, /, *args, **kwargs)`: `list.__init__` takes `(self, iterable=(), /)`, so urwid 4.2's
    `MonitoredFocusList(*args, focus=0, **kwargs)` handing both to it took one positional argument and no other
    keyword, and 5.0's `(iterable=(), /, *, focus=0, follow_end=False)` refuses no call that worked."""
    owner, _, name = dotted.rpartition(".")
    # `object.__init__` stays unknown: a `super().__init__(**kwargs)` reaching it may reach a user's mixin instead
    cls = getattr(builtins, owner, None) if name == "__init__" and "." not in owner and owner != "object" else None
    if not isinstance(cls, type) or "__init__" not in vars(cls) or [p.kind for p in params] != _SLOT_WRAPPER:
        return None
    try:
        parameters = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):
        return None
    return (
        Param("self", ParamKind.POSITIONAL_ONLY),
        *(Param(p.name, ParamKind(p.kind.name.lower()), p.default is not inspect.Parameter.empty) for p in parameters),
    )


_SLOT_WRAPPER = [ParamKind.POSITIONAL_ONLY, ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD]


# typing's class-building forms are functions, not classes: what a class written with them really derives from
_FORM_BASES = {"NamedTuple": "tuple", "TypedDict": "dict"}


def stdlib_subclass(base: str, ancestor: str) -> bool:
    """True when the standard-library class `base` subclasses the standard-library class `ancestor`
    (`class Token(typing.NamedTuple)` is still a `tuple`)."""
    module, _, name = base.rpartition(".")
    if module in ("typing", "typing_extensions") and name in _FORM_BASES:
        base = _FORM_BASES[name]
    found, parent = _stdlib_class(base), _stdlib_class(ancestor)
    return found is not None and parent is not None and issubclass(found, parent)
