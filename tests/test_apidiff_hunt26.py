"""False reports found on refactor-heavy releases (2024-2026) of libraries nobody had read (daphne 4.2,
starlette-context 0.4): each class on its pinned real example and on a synthetic case, with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes

# -- a folder without `__init__.py` named for a required distribution is that distribution's package --


def test_daphne_4_2_dropping_its_twisted_plugin_removes_no_twisted() -> None:
    found = changes("daphne", "4.1.2", "4.2.0")
    # 4.1.2's wheel shipped `twisted/plugins/fd_endpoint.py` beside `daphne/`; 4.2.0 only `daphne/twisted/...`
    assert ("removed", "twisted") not in found
    assert ("removed", "twisted.plugins") not in found
    assert ("removed", "twisted.plugins.fd_endpoint") in found  # the module it shipped is gone all the same


def _namespaces(tmp_path: Path, requires: str) -> dict[str, Change]:
    metadata = f"Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n{requires}\n"
    old = {
        "demo/__init__.py": "",
        "demo-1.0.dist-info/METADATA": metadata,
        "hostlib/plugins/demo_plugin.py": "PLUGIN = 1\n",
        "demo_ext/tools.py": "def run(): ...\n",
    }
    new = {"demo/__init__.py": "", "demo-2.0.dist-info/METADATA": metadata.replace("1.0", "2.0")}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol: c for c in found}


def test_a_namespace_folder_of_a_required_distribution_is_no_removal(tmp_path: Path) -> None:
    found = _namespaces(tmp_path, "Requires-Dist: HostLib[extra]>=1")
    assert "hostlib" not in found and "hostlib.plugins" not in found
    assert "hostlib.plugins.demo_plugin" in found


def test_a_namespace_folder_of_the_release_itself_is_still_claimed(tmp_path: Path) -> None:
    found = _namespaces(tmp_path, "Requires-Dist: hostlib>=1")
    assert found["demo_ext"].detail == "module 'demo_ext' no longer exists in 2.0"  # nobody else's name
    assert "hostlib" in _namespaces(tmp_path / "none", "Requires-Dist: otherlib")
