"""Documented breaking changes the diff missed, found by reading releases' changelogs against its claims (recall23):
a distribution whose own package is named like a build-output folder (pypa's `build`) had no module read at all."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.locate import find_modules
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
