"""A release that ships no code of its own is compared through the one release it pins that has code (typer 0.12.0,
whose `typer` package moved into typer-slim), and stays "cannot compare" when there is no such single release."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.apidiff.model import ModuleReport, ModuleStatus, Surface
from bot.apidiff.requires import code_from_notes, exact_pins, ships_no_code, with_code_of
from bot.cli.main import app
from bot.config import get_settings
from tests.pypi_replay import serve_http
from tests.test_apidiff_service import PinnedPyPI

_NO_MODULES = (ModuleReport("", ".", ModuleStatus.EMPTY, "no Python modules found in the distribution"),)
_READ = (ModuleReport("demo", "demo/__init__.py", ModuleStatus.OK),)


def _meta(*requires: str) -> Surface:
    return Surface("demo", "2.0", modules=_NO_MODULES, requires=requires)


def test_only_unconditional_single_release_pins_name_a_code_holder() -> None:
    meta = _meta(
        "demo-slim[standard]==2.0",
        "demo-cli===2.0",
        "click>=8",
        "demo-win==2.0; sys_platform == 'win32'",  # another platform's build
        "demo-any==2.*",
        "demo-range>=2.0,==2.0",
        "not a requirement",
    )
    assert exact_pins(meta) == [("demo-slim", "2.0"), ("demo-cli", "2.0")]


def test_the_one_pinned_release_with_code_stands_in_under_the_metapackages_name() -> None:
    meta = _meta("demo-slim[standard]==2.0", "demo-cli==2.0", "rich>=10")
    slim = Surface("demo-slim", "2.0", modules=_READ, requires=("click>=8",))
    cli = Surface("demo-cli", "2.0", modules=_NO_MODULES, requires=("demo-slim==2.0",))
    found = with_code_of(meta, [slim, cli])
    assert found is not None
    assert (found.package, found.version, found.code_from, found.modules) == ("demo", "2.0", "demo-slim 2.0", _READ)
    assert found.requires == ("click>=8", "demo-cli==2.0", "rich>=10")  # the holder's pin itself is dropped
    assert not ships_no_code(found) and ships_no_code(meta)
    assert code_from_notes(Surface("demo", "1.0", modules=_READ), found) == [
        "demo 2.0 ships no code of its own: what was read is demo-slim 2.0, the one release it pins that has code"
    ]


def test_no_single_holder_with_code_leaves_the_release_without_code() -> None:
    meta = _meta("demo-slim==2.0", "demo-core==2.0")
    slim = Surface("demo-slim", "2.0", modules=_READ)
    core = Surface("demo-core", "2.0", modules=(ModuleReport("core", "core.py", ModuleStatus.OK),))
    assert with_code_of(meta, [slim, core]) is None  # which one users import cannot be told
    assert with_code_of(meta, [Surface("demo-core", "2.0", modules=_NO_MODULES)]) is None
    # a release whose modules failed to be read is no metapackage: it is not read through what it pins
    broken = Surface("demo", "2.0", modules=(ModuleReport("demo", "demo.py", ModuleStatus.UNPARSABLE, "py2"),))
    assert not ships_no_code(broken)


_TYPER = {"typer": ["0.11.1", "0.12.0", "0.12.1"], "typer-slim": ["0.12.0"], "typer-cli": ["0.12.0"]}
_NOTE = "typer 0.12.0 ships no code of its own: what was read is typer-slim 0.12.0, the one release it pins that has code"


def _diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pypi: PinnedPyPI, *args: str) -> tuple[int, Any]:
    """`release-watch diff typer ARGS --format json` against the PyPI double, as a user runs it."""
    with serve_http(pypi) as url:  # type: ignore[arg-type]
        monkeypatch.setenv("PYPI_URL", url)
        monkeypatch.setenv("DATA_DIR", str(tmp_path))
        get_settings.cache_clear()
        try:
            result = CliRunner().invoke(app, ["diff", "typer", *args, "--format", "json"])
        finally:
            get_settings.cache_clear()
    return result.exit_code, json.loads(result.stdout) if result.exit_code != 2 else result.output


def test_typer_0_12_0_is_compared_through_typer_slim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pypi = PinnedPyPI(_TYPER)
    code, moved = _diff(tmp_path, monkeypatch, pypi, "0.11.1", "0.12.0")
    assert code == 0 and moved["notes"][0] == _NOTE
    assert moved["changes"] == []  # the package moved whole: nothing typer 0.11.1 had is lost
    code, after = _diff(tmp_path, monkeypatch, pypi, "0.12.0", "0.12.1")
    assert (code, after["changes"], after["notes"][0]) == (0, [], _NOTE)


def test_without_its_holder_the_metapackage_cannot_be_compared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pypi = PinnedPyPI({"typer": ["0.11.1", "0.12.0"], "typer-cli": ["0.12.0"]})  # typer-slim: not on this index
    code, output = _diff(tmp_path, monkeypatch, pypi, "0.11.1", "0.12.0")
    assert code == 2 and "cannot compare: typer 0.12.0 has no module that could be analysed" in output
