"""The head revision(s) of the migration scripts, read from their text: loading Alembic costs ~1 s, and the stored-
diff fast path (`fastdiff`) must not load even typer."""

from __future__ import annotations

import re
from pathlib import Path

_REVISION = re.compile(r"^(down_)?revision\b[^=\n]*=\s*['\"]?([\w.-]+)", re.MULTILINE)


def script_heads(versions: Path) -> set[str]:
    """The head revisions of the migration scripts in `versions`."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        for down, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    return revisions - parents


def migration_heads() -> set[str]:
    """The head revision(s) of the project's migration scripts (none when they are not beside the code)."""
    return script_heads(Path(__file__).resolve().parents[2] / "alembic" / "versions")
