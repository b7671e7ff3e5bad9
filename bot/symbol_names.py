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


TEST_CODE_NOTE = " (test code the release shipped: "
"""How a change to test code a distribution ships says so (see `bot.apidiff.testcode`): such a change is private."""


EXAMPLE_CODE_NOTE = " (example code the release shipped: "
"""How a change to an example script a distribution ships says so (see `bot.apidiff.examplecode`): private too."""


SCRIPT_NOTE = " (a script the release shipped: "
"""How a change to a module run for its effect says so (see `bot.apidiff.examplecode.runs_for_effect`): private."""


def is_private_change(symbol: str, detail: str) -> bool:
    """A change is to private API: its symbol is private, or its detail notes test or example code, or a script,
    the release shipped."""
    return is_private_symbol(symbol) or any(note in detail for note in (TEST_CODE_NOTE, EXAMPLE_CODE_NOTE, SCRIPT_NOTE))
