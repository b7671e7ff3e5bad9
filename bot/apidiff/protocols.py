"""The operation a special method serves, spelled as users write it: a class that no longer has the method (nor an
ancestor of the release, nor `object`) makes that operation raise TypeError, so a removal claim's witness shows the
operation (`len(obj)`), not the attribute nobody spells (`Box.__len__`)."""

from __future__ import annotations

OPERATIONS: dict[str, str] = {
    "__len__": "len(obj)",
    "__iter__": "iter(obj)",
    "__next__": "next(obj)",
    "__getitem__": "obj[0]",
    "__setitem__": "obj[0] = None",
    "__delitem__": "del obj[0]",
    "__contains__": "None in obj",
    "__enter__": "with obj:\n    pass",
    "__exit__": "with obj:\n    pass",
    "__bytes__": "bytes(obj)",
    "__fspath__": "import os\nos.fspath(obj)",
    "__index__": "import operator\noperator.index(obj)",
    "__abs__": "abs(obj)",
    "__neg__": "-obj",
    "__pos__": "+obj",
    "__invert__": "~obj",
    "__round__": "round(obj)",
    "__int__": "int(obj)",
    "__float__": "float(obj)",
    "__complex__": "complex(obj)",
    "__aiter__": "aiter(obj)",
    "__anext__": "anext(obj)",
}
"""Special methods Python calls for an operation, and the operation. `__call__` is not here: a call passes the
arguments its signature takes, a removed method's own claim (`method_removed`) shows it; `__await__` and
`__aenter__`/`__aexit__` need a running loop, no snippet alone shows them."""


def operation(name: str) -> str:
    """The statement that uses special method `name` on `obj`, or "" for a name no operation calls."""
    return OPERATIONS.get(name, "")


def operation_line(name: str) -> str:
    """The operation of special method `name` in one line, for a claim's wording (`with obj:`, `os.fspath(obj)`)."""
    return next((line for line in operation(name).splitlines() if not line.startswith("import ")), "")
