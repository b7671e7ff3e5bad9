"""Names a module calls as statements that nothing binds: cheetah3 3.0.1's `MondoReport.Summary.variance` was
`raiseNotImplementedError()` (a typo for `raise NotImplementedError()`), so every call raised NameError already and
3.1 spelling the `raise` made no call fail that worked. Read on the text, conservatively: a name counts only when
every mention of it is a call (no `def`, `class`, assignment, import, `global`, parameter, keyword or string), the
module binds it nowhere at its top level, it is no builtin (of Python 2 either), and nothing there can bind names
it does not spell (a star import, `globals()`, `exec`, builtins patched)."""

from __future__ import annotations

import builtins
import re
from collections.abc import Container, Iterable
from keyword import iskeyword

from bot.apidiff.blocks import PYTHON_2_BUILTINS

_UNSPELLED_BINDING = re.compile(
    rb"\bglobals\s*\(|\bvars\s*\(|\bexec\s*\(|__builtins?__|\bbuiltins\s*[.,]|\bimport\s+\*"
)
"""Code that may bind names it does not spell: the module's dict written, builtins patched, a star import."""
_BUILTIN_SOMEWHERE = PYTHON_2_BUILTINS | {"reduce", "reload", "_"}
"""Python 2's builtins (a release supporting it ran there too), and gettext's `_`, which `install()` makes one."""


def unbound_calls(data: bytes, bound: Container[str], called: Iterable[str]) -> frozenset[str]:
    """Those of the bare names the module's defs `called` first (`CallableFacts.first_calls`) that no code of it
    binds (`bound`: its top-level bindings)."""
    candidates = {
        name
        for name in called
        if name not in bound and not iskeyword(name) and not hasattr(builtins, name) and name not in _BUILTIN_SOMEWHERE
    }
    found = frozenset(name for name in candidates if _only_called(name.encode(), data))
    return found if found and not _may_bind_unspelled(data) else frozenset()


def _may_bind_unspelled(data: bytes) -> bool:
    """See `_UNSPELLED_BINDING`; the words looked for first, as most modules spell none."""
    words = (b"globals", b"vars", b"exec", b"__builtin", b"builtins", b"import *")
    return any(word in data for word in words) and _UNSPELLED_BINDING.search(data) is not None


def _only_called(name: bytes, data: bytes) -> bool:
    """Every mention of the name in the text, inside longer words too, is a call `name(` and none defines it: no
    assignment, import, `global`, parameter or string binds it (a longer word only makes it look bound)."""
    return data.count(name) == data.count(name + b"(") and b"def " + name not in data and b"class " + name not in data
