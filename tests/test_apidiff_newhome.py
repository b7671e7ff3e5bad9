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


def test_flask_3_0_scaffold_module_lists_where_its_definitions_went() -> None:
    change = changes("flask", "2.3.3", "3.0.0")[("removed", "flask.scaffold")]
    assert change.hint is not None and change.hint.startswith("its names now live elsewhere: ")
    assert "`from flask.sansio.scaffold import Scaffold`" in change.hint


def test_a_removed_module_lists_its_own_definitions_moved_not_what_it_imported(tmp_path: Path) -> None:
    own = "".join(f"def f{index}(x): ...\n" for index in range(6))
    old = {
        "demo/__init__.py": "",
        "demo/core.py": "def g(y): ...\n",
        "demo/legacy.py": "from demo.core import g\n" + own,
    }
    new = {"demo/__init__.py": "", "demo/core.py": "def g(y): ...\n", "demo/modern.py": own}
    hint = _removed(tmp_path, old, new)["demo.legacy"]
    listed = "; ".join(f"`from demo.modern import f{index}`" for index in range(4))
    assert hint == f"its names now live elsewhere: {listed} (and 2 more)"  # not `g`, an import of demo.core's


def test_anyio_3_0_private_backend_classes_get_no_home_from_unlisted_members() -> None:
    found = changes("anyio", "2.2.0", "3.0.0")
    # the backends' classes list no members (private modules): `anyio.Lock` cannot be told to be theirs
    for path in ("anyio._backends._trio.Lock", "anyio._backends._asyncio.Semaphore"):
        change = found.get(("removed", path))
        assert change is None or change.hint is None or not change.hint.startswith("now at"), path
    assert found[("removed", "anyio.abc.synchronization")].hint is not None  # its public classes moved to `anyio`
