"""`diff` on local code: a checkout (`src/` layout), a flat package and an sdist file give the changes the released
artifacts of the same code give (markupsafe 2.0.1 -> 2.1.0, pinned sdists); a folder without the package is an error."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from bot.config import get_settings
from tests.artifacts import unpacked_release
from tests.pypi_replay import serve_http
from tests.test_apidiff_service import PinnedPyPI, _artifact


@pytest.fixture
def pypi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with serve_http(PinnedPyPI({"markupsafe": ["2.0.1", "2.1.0"]})) as url:  # type: ignore[arg-type]
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
        get_settings.cache_clear()
        yield
    get_settings.cache_clear()


def _diff(old: str, new: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["diff", "markupsafe", old, new, "--format", "json"])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def _changes(data: dict[str, Any], *, since: bool = True) -> list[tuple[Any, ...]]:
    """The changes, with OLD and NEW (a version or a path) named alike in the details."""
    def detail(text: str | None) -> str | None:
        return text and text.replace(data["new"], "NEW").replace(data["old"], "OLD")

    return sorted((c["symbol"], c["kind"], c["object"], detail(c["detail"]), c["hint"],
                   c["deprecated_since"] if since else None) for c in data["changes"])


def _checkout(version: str) -> Path:
    [top] = list(unpacked_release("markupsafe", version, "sdist").iterdir())
    assert (top / "src" / "markupsafe" / "__init__.py").is_file()
    return top


def test_local_trees_give_the_released_changes(pypi: None, tmp_path: Path) -> None:
    released = _diff("2.0.1", "2.1.0")
    flat = tmp_path / "flat"
    shutil.copytree(_checkout("2.1.0") / "src" / "markupsafe", flat / "markupsafe")
    both_local = _diff(str(_checkout("2.0.1")), str(flat))
    assert released["changes"] and _changes(both_local, since=False) == _changes(released, since=False)
    assert (both_local["old"], both_local["new"]) == (str(_checkout("2.0.1")), str(flat))
    assert _changes(_diff("2.0.1", str(flat))) == _changes(released)  # OLD released: deprecated_since found too
    assert _changes(_diff("2.0.1", str(_artifact("markupsafe", "2.1.0")))) == _changes(released)


def test_a_folder_without_the_package_is_an_error(pypi: None, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "tool.py").write_text("def main():\n    pass\n")
    result = CliRunner().invoke(app, ["diff", "markupsafe", "2.0.1", str(tmp_path / "other")])
    assert result.exit_code == 2 and result.stderr.startswith(f"error: {tmp_path / 'other'} has none of markupsafe")
    empty = CliRunner().invoke(app, ["diff", "markupsafe", "2.0.1", str(tmp_path / "missing")])
    assert (empty.exit_code, empty.stderr.splitlines()[0]) == (
        2, f"error: {tmp_path / 'missing'} does not exist; give a released version, a directory or a wheel/sdist file")


def test_a_checkout_resolves_the_classes_it_inherits_from_its_declared_dependencies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """quart 0.19's classes inherit from `flask.sansio`: a checkout declaring `flask>=3.0.0` in `pyproject.toml` is
    compared with flask's surface as the released wheel is, with the same notes (a checkout has no METADATA)."""
    checkout = tmp_path / "quart"
    shutil.copytree(unpacked_release("quart", "0.19.0") / "quart", checkout / "src" / "quart")
    (checkout / "pyproject.toml").write_text(
        '[project]\nname = "quart"\nversion = "0.19.0"\ndependencies = ["flask>=3.0.0", "werkzeug>=3.0.0"]\n')
    with serve_http(PinnedPyPI({"quart": ["0.18.4", "0.19.0"], "flask": ["3.0.0"], "werkzeug": ["3.0.0"]})) as url:  # type: ignore[arg-type]
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
        get_settings.cache_clear()
        try:
            runs = [CliRunner().invoke(app, ["diff", "quart", "0.18.4", new, "--format", "json"])
                    for new in ("0.19.0", str(checkout))]
        finally:
            get_settings.cache_clear()
    released, local = (json.loads(run.stdout) for run in runs)
    assert _changes(local) == _changes(released) and local["notes"] == released["notes"]
    assert "quart.Blueprint.route" not in {c["symbol"] for c in local["changes"]}  # inherited from flask.sansio
