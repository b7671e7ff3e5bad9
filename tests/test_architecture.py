"""The tree shows core and shell: import-linter's contracts hold, and would fail on a violating import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(project: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter with `project`'s pyproject.toml on `project`'s `bot` package (a fresh process)."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=project, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(project), "PATH": str(LINT_IMPORTS.parent)},
    )


def test_the_pure_core_imports_no_shell_code() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 1 kept, 0 broken." in result.stdout


def test_a_core_module_importing_the_database_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "bot" / "findings" / "shortcut.py").write_text(
        '"""A core module that reaches for the database."""\n\nfrom bot.storage.db import session_scope\n'
    )
    result = _lint(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Contracts: 0 kept, 1 broken." in result.stdout
    assert "bot.findings.shortcut -> bot.storage.db" in result.stdout


def test_a_core_module_importing_an_http_client_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "bot" / "usage" / "fetching.py").write_text('"""A core module doing I/O."""\n\nimport httpx\n')
    result = _lint(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bot.usage.fetching -> httpx" in result.stdout
