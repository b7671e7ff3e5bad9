"""Every catalogue kind: its synthetic old/new pair is diffed, the change carries the kind, and the witness instantiated
for it runs (in a subprocess, synthetic code only) without error against the old package and fails against the new."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.apidiff.catalogue import KINDS, Kind
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.docs import render_catalogue
from bot.apidiff.release import surface_of
from bot.changes import Change

DOCS = Path(__file__).resolve().parent.parent / "docs" / "breaking-changes.md"


def files(text: str) -> dict[str, str]:
    """`pkg/__init__.py` holds the text up to the first `# file: path` line; each such line starts another file."""
    found = {"pkg/__init__.py": ""}
    current = "pkg/__init__.py"
    for line in text.splitlines(keepends=True):
        if line.startswith("# file: "):
            current = line.removeprefix("# file: ").strip()
            found.setdefault(current, "")
        else:
            found[current] += line
    return found


def build(root: Path, text: str) -> Path:
    (root / "pkg-1.0.dist-info").mkdir(parents=True)
    for name, content in files(text).items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


def run(witness: str, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", witness], cwd=root, env={"PYTHONPATH": str(root)},
                          capture_output=True, text=True, timeout=30)


def test_the_catalogue_has_at_least_40_kinds_with_unique_ids() -> None:
    assert len(KINDS) >= 40
    assert len({kind.id for kind in KINDS}) == len(KINDS)


@pytest.mark.parametrize("kind", KINDS, ids=[kind.id for kind in KINDS])
def test_witness_passes_on_old_and_fails_on_new(tmp_path: Path, kind: Kind) -> None:
    old_root, new_root = build(tmp_path / "old", kind.old), build(tmp_path / "new", kind.new)
    changes = diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
    found: list[Change] = [change for change in changes if change.breakage == kind.id]
    assert found, [(c.symbol, c.breakage, c.detail) for c in changes]
    for change in found:
        before, after = run(change.witness, old_root), run(change.witness, new_root)
        assert before.returncode == 0, (change.witness, before.stderr)
        assert after.returncode != 0, (change.witness, after.stdout)


def test_docs_are_generated_from_the_registry() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_catalogue(), "run: python -m bot.apidiff.docs > docs/breaking-changes.md"
