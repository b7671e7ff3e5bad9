"""Reading TOML dependency files: decode errors become warnings with the line and column."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from bot.deps.model import FileWarning

_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_toml(text: str, file: str) -> dict[str, Any] | FileWarning:
    """The parsed document, or a warning with packaging-style caret under the offending column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _AT.search(message)
        if found is None:
            return FileWarning(file=file, line=None, message=f"malformed TOML: {message}")
        line, column = int(found.group(1)), int(found.group(2))
        lines = text.splitlines()
        source = lines[line - 1] if 0 < line <= len(lines) else ""
        caret = f"\n    {source}\n    {' ' * max(column - 1, 0)}^" if source else ""
        return FileWarning(file=file, line=line, message=f"malformed TOML: {message}{caret}")


def table(document: dict[str, Any], *keys: str) -> dict[str, Any]:
    """The nested table at `keys`, or {} when any level is missing or not a table."""
    current: Any = document
    for key in keys:
        if not isinstance(current, dict):
            return {}
        current = current.get(key, {})
    return current if isinstance(current, dict) else {}
