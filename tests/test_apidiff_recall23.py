"""Documented breaking changes the diff missed, found by reading releases' changelogs against its claims (recall23):
a distribution whose own package is named like a build-output folder (pypa's `build`) had no module read at all;
and, read beside them, a false claim: a release calling `shutil.which` instead of its own backport still honours
`PATH` (jedi 0.18 was said to read it no more); names a helper gives a class with `setattr` on its parameters (pyfakefs
4's `Deprecator.add(FakeFile, FakeFile.set_contents, 'SetContents')`) were no members, so 5.0 removing them was
unseen."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from bot.apidiff.model import Surface
from bot.apidiff.release import read_file
from bot.apidiff.surface import build_surface
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


# -- a package named like an excluded folder is read when the distribution is named so --

def test_build_1_0_constructor_and_isolated_env_builder_are_claimed() -> None:
    found = changes("build", "0.10.0", "1.0.0")
    assert ("removed", "build.env.IsolatedEnvBuilder") in found  # "replacing env.IsolatedEnvBuilder"
    assert "'scripts_dir' removed" in found["signature_changed", "build.ProjectBuilder"].detail
    assert "'make_extra_environ'" in found["signature_changed", "build.env.IsolatedEnv"].detail


def test_wheel_of_a_distribution_named_like_an_excluded_folder_keeps_its_package(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"tools-2.0.dist-info/METADATA": "Name: tools\n", "tools/__init__.py": "def run(): ...\n",
                            "tools/cli.py": "def main(): ...\n"})
    assert [f.module for f in find_modules(root)] == ["tools", "tools.cli"]


def test_sdist_of_a_distribution_named_like_an_excluded_folder_keeps_its_package(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"build-1.0/setup.py": "", "build-1.0/build/__init__.py": "def run(): ...\n"})
    assert [f.module for f in find_modules(root)] == ["build"]


def test_build_output_folder_beside_another_distribution_stays_skipped(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"demo-1.0.dist-info/METADATA": "Name: demo\n", "demo/__init__.py": "def run(): ...\n",
                            "build/__init__.py": "", "build/lib/demo/__init__.py": "def run(): ...\n"})
    assert [f.module for f in find_modules(root)] == ["demo"]


# -- a variable the standard library's program lookup reads is still honoured --

def _wheel_modules(package: str, version: str, modules: set[str]) -> Surface:
    """The surface of the named modules of a pinned wheel only (jedi's whole surface, typeshed included, takes
    seconds)."""
    files = [f for f in find_modules(unpacked_release(package, version)) if f.module in modules]
    return build_surface(package, version, [read_file(f) for f in files])


def test_jedi_0_18_shutil_which_still_reads_path() -> None:
    modules = {"jedi._compatibility", "jedi.api.environment"}
    found = {c.symbol for c in diff_surfaces(_wheel_modules("jedi", "0.17.2", modules),
                                            _wheel_modules("jedi", "0.18.0", modules))}
    assert "env:PATH" not in found and "env:PATHEXT" not in found
    assert "jedi.api.environment.find_virtualenvs" in found  # its deprecated **kwargs: the diff ran


_OWN_WHICH = """import os

def which(cmd):
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        exts = os.environ.get("PATHEXT", "").split(os.pathsep)
        if os.path.exists(os.path.join(folder, cmd)):
            return os.path.join(folder, cmd)

def find_python():
    return which("python3")
"""


def test_own_path_lookup_replaced_by_shutil_which_is_no_lost_variable(tmp_path: Path) -> None:
    new = "from shutil import which\n\ndef find_python():\n    return which('python3')\n"
    found = synthetic(tmp_path, _OWN_WHICH, new)
    assert "env:PATH" not in found and "env:PATHEXT" not in found


def test_own_path_lookup_dropped_with_no_lookup_left_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _OWN_WHICH, "def find_python():\n    return 'python3'\n")
    assert found["env:PATH"].kind.value == "env_var_removed"
    assert found["env:PATHEXT"].kind.value == "env_var_removed"


def test_columns_read_by_a_bare_get_terminal_size_is_no_lost_variable(tmp_path: Path) -> None:
    old = "import os\n\ndef width():\n    return int(os.environ.get('COLUMNS', 80))\n"
    new = "from shutil import get_terminal_size\n\ndef width():\n    return get_terminal_size().columns\n"
    assert "env:COLUMNS" not in synthetic(tmp_path, old, new)


def test_a_same_named_reader_of_the_release_itself_is_no_standard_lookup(tmp_path: Path) -> None:
    new = "from demo.compat import which\n\ndef find_python():\n    return which('python3')\n"
    assert "env:PATH" in synthetic(tmp_path, _OWN_WHICH, new)



# -- names a setter helper gives a class are members, removed when no longer given --

def test_pyfakefs_5_old_style_api_given_by_deprecator_add_is_removed() -> None:
    modules = {"pyfakefs.deprecator", "pyfakefs.fake_filesystem", "pyfakefs.fake_file"}  # 5.0 moved FakeFile
    found = {c.symbol: c for c in diff_surfaces(_wheel_modules("pyfakefs", "4.7.0", modules),
                                                _wheel_modules("pyfakefs", "5.0.0", modules))}
    for name in ("CreateFile", "CreateDirectory", "GetObject"):  # (5.0's FakeFile has a `__getattr__`: unclaimed)
        change = found[f"pyfakefs.fake_filesystem.FakeFilesystem.{name}"]
        assert change.kind.value == "removed" and change.old_location is not None
    assert "pyfakefs.fake_filesystem.FakeFilesystem.create_file" not in found  # the new-style name stays


_HELPER = """class Deprecator:
    @staticmethod
    def add(clss, func, deprecated_name):
        def old(*args, **kwargs):
            return func(*args, **kwargs)
        setattr(clss, deprecated_name, old)

def register(clss, label):
    clss.label = label
"""
_GIVEN = """from demo.compat import Deprecator, register

class Thing:
    def do_it(self): ...

Deprecator.add(Thing, Thing.do_it, 'DoIt')
register(Thing, 'thing')
"""


def _helper_diff(tmp_path: Path, old: str, new: str) -> dict[str, str]:
    found = diff_surfaces(surface(tmp_path, {"demo/compat.py": _HELPER, "demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/compat.py": _HELPER, "demo/__init__.py": new}, "2.0"))
    return {c.symbol: c.kind.value for c in found}


def test_name_a_setter_helper_no_longer_gives_is_removed(tmp_path: Path) -> None:
    new = _GIVEN.replace("Deprecator.add(Thing, Thing.do_it, 'DoIt')\n", "")
    assert _helper_diff(tmp_path, _GIVEN, new) == {"demo.Thing.DoIt": "removed"}


def test_name_a_setter_helper_still_gives_stays(tmp_path: Path) -> None:
    new = _GIVEN.replace("def do_it(self): ...", "def do_it(self, fast=False): ...")
    assert "demo.Thing.DoIt" not in _helper_diff(tmp_path, _GIVEN, new)


def test_string_handed_to_a_helper_that_sets_no_such_name_is_no_member(tmp_path: Path) -> None:
    new = _GIVEN.replace("register(Thing, 'thing')\n", "")
    assert "demo.Thing.thing" not in _helper_diff(tmp_path, _GIVEN, new)
