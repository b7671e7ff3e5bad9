"""Where the Alembic scripts are, and their head revision(s) read from their text: loading Alembic costs ~1 s, and the
stored-diff fast path (`cli.fastdiff`) must not load even typer."""

from __future__ import annotations

import re
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
"""The checkout an editable install runs from; a wheel install (the Docker image) keeps the scripts in the working
directory instead, beside `alembic.ini`."""

_REVISION = re.compile(r"^(down_)?revision\b[^=\n]*=\s*['\"]?([\w.-]+)", re.MULTILINE)


def scripts_root() -> Path | None:
    """The directory holding `alembic.ini` and `alembic/`: beside the code, else the working directory."""
    candidates = (PROJECT_ROOT, Path.cwd())
    return next((c for c in candidates if (c / "alembic.ini").is_file() and (c / "alembic").is_dir()), None)


def script_heads(versions: Path) -> set[str]:
    """The head revisions of the migration scripts in `versions`."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        for down, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    return revisions - parents


def migration_heads() -> set[str]:
    """The head revision(s) of the scripts `scripts_root` finds (none when there are no scripts)."""
    root = scripts_root()
    return set() if root is None else script_heads(root / "alembic" / "versions")
