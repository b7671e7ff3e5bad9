"""False claims found by hunt56d on office document, spreadsheet and PDF libraries nobody tuned on: each class on a
synthetic case, with a sibling that must stay claimed, and on its pinned real example."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.locate import find_modules
from tests.artifacts import unpacked_release
from tests.test_apidiff_trust import changes

# -- a distutils sdist (no egg-info) installs what setup.py's literal `packages=`/`py_modules=` list: a stray
# top-level file beside them is no module (xlwt 0.7.5's `licences.py`, claimed removed in 1.0.0) --


def _distutils_sdist(tmp_path: Path, setup_args: str) -> Path:
    root = tmp_path / "demo-1.0"
    (root / "demo").mkdir(parents=True)
    (root / "demo" / "__init__.py").write_text("X = 1\n")
    (root / "licences.py").write_text('"""The licence text."""\n')
    (root / "setup.py").write_text(f"from distutils.core import setup\n\nsetup(name='demo', {setup_args})\n")
    return tmp_path


def test_a_file_setup_py_does_not_list_is_no_module(tmp_path: Path) -> None:
    assert [m.module for m in find_modules(_distutils_sdist(tmp_path / "a", "packages=['demo']"))] == ["demo"]
    # the siblings: listed as a module, or packages not spelled as a literal list: the tree decides
    listed = find_modules(_distutils_sdist(tmp_path / "b", "packages=['demo'], py_modules=['licences']"))
    assert sorted(m.module for m in listed) == ["demo", "licences"]
    found = find_modules(_distutils_sdist(tmp_path / "c", "packages=find_packages()"))
    assert sorted(m.module for m in found) == ["demo", "licences"]
    options = find_modules(_distutils_sdist(tmp_path / "d", "**options"))
    assert sorted(m.module for m in options) == ["demo", "licences"]


def test_xlwt_1_0_did_not_remove_the_licences_file_of_its_sdist() -> None:
    found = changes("xlwt", "0.7.5", "1.0.0")
    assert ("removed", "licences") not in found
    top = {m.module.split(".")[0] for m in find_modules(unpacked_release("xlwt", "0.7.5"))}
    assert top == {"xlwt"}
