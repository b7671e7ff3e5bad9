"""What a symbol's dotted name says about it, with no model import (the CLI's stored-diff fast path uses it)."""


def is_private_symbol(symbol: str) -> bool:
    """Whether a dotted symbol goes through an underscored name (`werkzeug._internal._log`, `pkg.__main__.run`; a
    dunder is public only as the name itself: `werkzeug.__version__`). Such removals are real for whoever imports
    them, but they are no public API: they are reported only on request, and reach a repository only through one of
    its own uses."""
    *holders, name = symbol.removeprefix("env:").removeprefix("config:").split(".")
    return (
        any(part.startswith("_") for part in holders)
        or name == "__main__"  # `python -m pkg`'s script, imported by no one
        or (name.startswith("_") and not (name.startswith("__") and name.endswith("__")))
    )
