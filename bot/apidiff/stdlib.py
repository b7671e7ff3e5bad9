"""Members that classes inherit from the standard library (trusted code: the only code ever imported here)."""

from __future__ import annotations

import builtins
import importlib
import sys
from functools import lru_cache


@lru_cache(maxsize=512)
def _stdlib_object(dotted: str) -> object | None:
    """The builtin or standard-library object at `dotted` (`dict`, `io.RawIOBase`), None for anything else."""
    if "." not in dotted:
        return getattr(builtins, dotted, None)
    parts = dotted.split(".")
    if parts[0] not in sys.stdlib_module_names:
        return None
    for end in range(len(parts) - 1, 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:end]))
        except ImportError:
            continue
        for attribute in parts[end:]:
            found = getattr(found, attribute, None)
            if found is None:
                return None
        return found
    return None


def stdlib_provides(base: str, member: str) -> bool:
    """True when the standard-library class `base` has an attribute `member`."""
    found = _stdlib_object(base)
    return isinstance(found, type) and hasattr(found, member)
