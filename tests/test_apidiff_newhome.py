"""A removed function or class that the release still defines elsewhere, or moved (same name and kind, same
parameters or most of its members, at a new path), carries the hint of its new import; a same-named definition that
looks different, or one of several, carries none."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.changes import ChangeKind
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def test_gql_4_0_extract_files_points_at_its_new_module() -> None:
    change = changes("gql", "3.5.3", "4.0.0")[("removed", "gql.utils.extract_files")]
    assert change.hint == (
        "now at gql.transport.file_upload.extract_files: `from gql.transport.file_upload import extract_files`"
    )


def test_openai_1_0_api_resources_get_no_home_from_same_named_response_models() -> None:
    found = changes("openai", "0.28.1", "1.0.0")
    # 0.28's `openai.Completion` is an API resource (`create`, `acreate`); 1.0's `openai.types.Completion` a response
    # model (`id`, `choices`...): the same name, another thing
    for name in ("Completion", "Model", "Edit"):
        hint = found[("removed", f"openai.{name}")].hint
        assert hint is None or not hint.startswith("now at"), name


def _removed(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, str | None]:
    diff = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol: c.hint for c in diff if c.kind is ChangeKind.REMOVED}


def test_a_dropped_reexport_points_at_the_definition_still_there(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from demo.core import load\n", "demo/core.py": "def load(path): ...\n"}
    new = {"demo/__init__.py": "", "demo/core.py": "def load(path): ...\n"}
    assert _removed(tmp_path, old, new)["demo.load"] == "now at demo.core.load: `from demo.core import load`"


_KEPT = "VERSION = 2\n"  # the module stays: its lost names are claimed one by one
_UTIL = "def load(path, *, strict=False): ...\nclass Reader:\n    def read(self): ...\n    def close(self): ...\n"


@pytest.mark.parametrize(
    ("moved", "expected"),
    [
        (_UTIL, {"demo.util.load": "demo.io.load", "demo.util.Reader": "demo.io.Reader"}),
        # another signature, another class: the same names are no evidence
        ("def load(source): ...\nclass Reader:\n    def fetch(self): ...\n", {}),
        # a class keeping half of its members moved; one keeping less did not
        ("def load(path, *, strict=False): ...\nclass Reader:\n    def read(self): ...\n", {
            "demo.util.load": "demo.io.load", "demo.util.Reader": "demo.io.Reader"}),
    ],
)
def test_a_moved_definition_points_at_its_new_path_only_when_alike(
    tmp_path: Path, moved: str, expected: dict[str, str]
) -> None:
    old = {"demo/__init__.py": "", "demo/util.py": _UTIL}
    new = {"demo/__init__.py": "", "demo/util.py": _KEPT, "demo/io.py": moved}
    hints = _removed(tmp_path, old, new)
    for path in ("demo.util.load", "demo.util.Reader"):
        home = expected.get(path)
        assert hints[path] == (f"now at {home}: `from demo.io import {path.rpartition('.')[2]}`" if home else None)


def test_two_new_definitions_of_the_name_leave_the_home_unknown(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/util.py": "def load(path): ...\n"}
    new = {"demo/__init__.py": "", "demo/util.py": _KEPT, "demo/a.py": "def load(path): ...\n", "demo/b.py": "def load(path): ...\n"}
    assert _removed(tmp_path, old, new)["demo.util.load"] is None


def test_a_path_the_old_release_had_is_no_new_home(tmp_path: Path) -> None:
    # `demo.other.load` was there before, another function: the removed one did not move there
    old = {"demo/__init__.py": "", "demo/util.py": "def load(path): ...\n", "demo/other.py": "def load(path): ...\n"}
    new = {"demo/__init__.py": "", "demo/util.py": _KEPT, "demo/other.py": "def load(path): ...\n"}
    assert _removed(tmp_path, old, new)["demo.util.load"] is None


def test_a_deprecation_message_hint_comes_first(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "from demo.core import load\n",
        "demo/core.py": "import warnings\n\ndef load(path):\n"
        "    warnings.warn('load is deprecated, use demo.core.read instead', DeprecationWarning)\n",
    }
    new = {"demo/__init__.py": "", "demo/core.py": "def load(path): ...\n"}
    assert "demo.core.read" in (_removed(tmp_path, old, new)["demo.load"] or "")
