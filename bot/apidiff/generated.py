"""Classes a code generator's runtime builds, whose stubs say more than the runtime does."""

from __future__ import annotations

from bot.apidiff.model import Symbol

MESSAGE_BASES = frozenset({"google.protobuf.message.Message"})
"""protobuf's message base: a generated `_pb2.py` builds its message classes from a descriptor at import, and only the
`_pb2.pyi` stub spells them."""


def protobuf_message(symbol: Symbol | None) -> bool:
    """A protobuf message class: its constructor takes keywords only and its `__setattr__` refuses composite fields,
    whatever its stub declares. mlflow 3.17's stubs, now written by mypy-protobuf, make every constructor parameter
    keyword-only (`*, run_id: str | None = ...`) and message fields properties without setters: 1,100 claims of
    "now keyword-only" and "now read-only", none a change at run time (a positional argument or a message field's
    assignment always raised)."""
    return symbol is not None and symbol.kind == "class" and not MESSAGE_BASES.isdisjoint(symbol.mro)
