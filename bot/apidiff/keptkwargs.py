"""A `**kwargs` dict a method keeps on the instance (`self.kwargs = kwargs`, connexion 3.0's `API.__init__`): every
keyword binds, but what becomes of one is decided where the kept dict is read, not in the method itself."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from functools import lru_cache

from bot.apidiff.facts import option_reads
from bot.apidiff.raw import RawCallable, RawClass
from bot.apidiff.source import SourceText, node_bytes

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


@lru_cache(maxsize=256)
def _kept(kwargs: str) -> re.Pattern[bytes]:
    """A statement setting the dict named `kwargs`, or a copy of it, on the instance (`self.options = kwargs`,
    `= dict(kwargs)`, `= kwargs.copy()`, `= {**kwargs}`): compiled once per name."""
    raw = re.escape(kwargs.encode())
    copies = rb"%s|dict\([ \t]*%s[ \t]*\)|%s\.copy\(\)|\{[ \t]*\*\*%s[ \t]*\}" % (raw, raw, raw, raw)
    return re.compile(rb"^[ \t]*self\.([A-Za-z_]\w*)[ \t]*=[ \t]*(?:" + copies + rb")[ \t]*(?:#[^\n]*)?$", re.M)


def kept_kwargs(cls: RawClass, methods: dict[str, _FunctionDef], source: SourceText, node: ast.ClassDef) -> None:
    """A method keeping its `**kwargs` on the instance takes as options the keys the class reads out of the kept
    dict (`self.options.get("x")`); any other keyword's fate is unknown (`kwargs_returned`), the dict being handed
    on wholesale here or by whoever reads the attribute (connexion 3.0 spreads `**api.kwargs` elsewhere)."""
    text: bytes | None = None
    for name, method in methods.items():
        member = cls.members.get(name)
        if method.args.kwarg is None or not isinstance(member, RawCallable):
            continue
        kept = _kept(method.args.kwarg.arg).findall(node_bytes(source, method))
        if not kept:
            continue
        text = node_bytes(source, node) if text is None else text
        keys = [key for attribute in kept for key in option_reads(f"self.{attribute.decode()}", text)]
        options = tuple(dict.fromkeys((*member.facts.kwargs_options, *keys)))
        member.facts = replace(member.facts, kwargs_options=options, kwargs_returned=True)
