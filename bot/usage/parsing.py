"""Reading another file of the tree for what it tells about the one being scanned."""

from __future__ import annotations

import ast
import warnings

from bot.apidiff.source import parse_module


def parsed_or_none(data: bytes) -> ast.Module | None:
    """The module's syntax tree, warnings silenced (invalid escape sequences in old code are not the tree's problem
    here); None for code that cannot be read (a syntax error, a null byte, nesting past what the parser takes): such a
    file tells nothing about the others."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parse_module(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
