"""What a symbol's dotted name says about it, with no model import (the CLI's stored-diff fast path uses it)."""


def is_private_symbol(symbol: str) -> bool:
    """Whether a dotted symbol goes through an underscored name (`werkzeug._internal._log`; dunders are public).
    Such removals are real for whoever imports them, but they are no public API: they are reported only on request,
    and reach a repository only through one of its own uses."""
    return any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__"))
        for part in symbol.removeprefix("env:").removeprefix("config:").split(".")
    )
