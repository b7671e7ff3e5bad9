"""The lead's fixes of the twenty-seventh session (see each section)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.apidiff.claims import unclaimed_classes
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
from bot.apidiff.model import Surface, Symbol
from bot.apidiff.movedout import moved_seeds
from bot.apidiff.release import read_file, surface_of
from bot.changes import Change
from bot.jobs.analysis import Analyser
from bot.jobs.analysis_worker import Extractor
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes

# -- a package dropped from the release that a distribution it now requires installs at the same path --

_OLD = {
    "demo/__init__.py": "",
    "demo/sub/__init__.py": "from .mod import find\n",
    "demo/sub/mod.py": "def find(x):\n    return x\n\ndef lost(x):\n    return x\n\n"
    "class Finder:\n    def run(self):\n        return 1\n",
}
_DEP = {
    "demo/sub/__init__.py": "from .mod import find\n",
    "demo/sub/mod.py": "def find(x, y=None):\n    return x\n\nclass Finder:\n    pass\n",
}


def _split(tmp_path: Path, requires: str, dep_files: dict[str, str], dep: str = "demo-sub") -> dict[str, Change]:
    """The removals of `demo` 1.0 -> 2.0, which dropped `demo/sub/` and requires `requires`, `dep` (shipping
    `dep_files`) read as the analysis reads a dependency: on demand, for what the diff asks."""
    old = surface(tmp_path, _OLD, "1.0")
    metadata = f"Metadata-Version: 2.1\nName: demo\nVersion: 2.0\nRequires-Dist: {requires}\n"
    new = surface(tmp_path, {"demo/__init__.py": "", "demo-1.0.dist-info/METADATA": metadata}, "2.0")
    tree = DependencyTree(dep, "1.0", wheel(tmp_path / "dep", dep_files))
    dependencies = partial_surfaces(seeds(new, old) + moved_seeds(new, old), [tree], lambda f: read_file(f, lazy=True))
    return {c.symbol: c for c in diff_surfaces(old, new, dependencies) if c.kind.value == "removed"}


def test_a_package_a_required_distribution_installs_is_compared_there(tmp_path: Path) -> None:
    removed = _split(tmp_path, "demo-sub>=1.0", _DEP)
    # `from demo.sub.mod import find` and `import demo.sub` still work on a fresh install of 2.0
    assert not {"demo.sub", "demo.sub.mod", "demo.sub.find", "demo.sub.mod.find", "demo.sub.mod.Finder"} & set(removed)
    assert "demo.sub.mod.Finder.run" not in removed  # a member of the distribution's class is its own: unknown
    # what the distribution's module lacks is gone, and the claim says where the module comes from now
    assert "is now installed by demo-sub 1.0, which lacks it" in removed["demo.sub.mod.lost"].detail


def test_a_function_a_required_distribution_installs_is_compared_with_its_parameters(tmp_path: Path) -> None:
    dep = {**_DEP, "demo/sub/mod.py": "def find(x, y):\n    return x\n\nclass Finder:\n    pass\n"}
    old = surface(tmp_path, _OLD, "1.0")
    metadata = "Metadata-Version: 2.1\nName: demo\nVersion: 2.0\nRequires-Dist: demo-sub\n"
    new = surface(tmp_path, {"demo/__init__.py": "", "demo-1.0.dist-info/METADATA": metadata}, "2.0")
    tree = DependencyTree("demo-sub", "1.0", wheel(tmp_path / "dep", dep))
    dependencies = partial_surfaces(seeds(new, old) + moved_seeds(new, old), [tree], lambda f: read_file(f, lazy=True))
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(old, new, dependencies)}
    assert "new required parameter 'y'" in found["signature_changed", "demo.sub.mod.find"].detail
    assert ("removed", "demo.sub.mod.find") not in found
    # the compatible `find(x, y=None)` of the other distribution: no claim
    assert not [key for key in _split(tmp_path / "compatible", "demo-sub", _DEP) if key.endswith(".find")]


@pytest.mark.parametrize(
    ("requires", "dep_files", "dep"),
    [
        # the distribution's name spells the path, its files do not (arviz-stats installs `arviz_stats`)
        ("demo-sub>=1.0", {"demo_sub/__init__.py": "", "demo_sub/mod.py": "def find(x):\n    return x\n"}, "demo-sub"),
        # required on some Pythons only: `import demo.sub` fails on the others
        ("demo-sub>=1.0; python_version < '3.9'", _DEP, "demo-sub"),
    ],
)
def test_a_package_no_requirement_installs_everywhere_stays_removed(
    tmp_path: Path, requires: str, dep_files: dict[str, str], dep: str
) -> None:
    assert "demo.sub" in _split(tmp_path, requires, dep_files, dep)


def _read_with(package: str, old_version: str, new_version: str, dependency: tuple[str, str]) -> list[Change]:
    """The changes, the dependency read on demand as the analysis reads it."""
    old, new = (surface_of(unpacked_release(package, v), package, v) for v in (old_version, new_version))
    tree = DependencyTree(dependency[0], dependency[1], unpacked_release(*dependency))
    dependencies = partial_surfaces(seeds(new, old) + moved_seeds(new, old), [tree], lambda f: read_file(f, lazy=True))
    return diff_surfaces(old, new, dependencies)


def _removed(changes: list[Change]) -> set[str]:
    return {c.symbol for c in changes if c.kind.value == "removed"}


def test_dbt_core_1_8_adapters_moved_into_dbt_adapters() -> None:
    # 1.8.0 dropped `dbt/adapters/` and requires dbt-adapters (<2.0), whose wheel ships `dbt/adapters/`
    removed = _removed(_read_with("dbt-core", "1.7.19", "1.8.0", ("dbt-adapters", "1.24.5")))
    assert not {"dbt.adapters", "dbt.adapters.factory", "dbt.adapters.sql", "dbt.adapters.base.impl"} & removed
    assert not {path for path in removed if path.startswith("dbt.adapters.factory.")}
    # the names dbt-adapters no longer has are claimed (`Credentials` now lives in `dbt.adapters.contracts`)
    assert {"dbt.adapters.base.Credentials", "dbt.adapters.protocol.CompilerProtocol"} <= removed
    assert "dbt.clients.agate_helper" in removed  # moved to dbt-common's `dbt_common`: another path


def test_dbt_core_1_8_adapter_functions_are_compared_with_dbt_adapters() -> None:
    found = _read_with("dbt-core", "1.7.19", "1.8.0", ("dbt-adapters", "1.24.5"))
    changed = {c.symbol: c.detail for c in found if c.kind.value == "signature_changed"}
    # dbt-adapters' `register_adapter(config, mp_context)`, `get_catalog(self, relation_configs, used_schemas)`
    assert "new required parameter 'mp_context'" in changed["dbt.adapters.factory.register_adapter"]
    assert "parameter 'manifest' removed" in changed["dbt.adapters.base.BaseAdapter.get_catalog"]


def test_langgraph_0_2_checkpoint_is_compared_with_langgraph_checkpoint() -> None:
    found = _read_with("langgraph", "0.1.19", "0.2.0", ("langgraph-checkpoint", "1.0.12"))
    removed = _removed(found)
    assert "langgraph.checkpoint" not in removed  # a namespace folder of langgraph-checkpoint now: importable
    # its `__init__` is gone there (`from langgraph.checkpoint import MemorySaver` fails), as are the sqlite savers
    assert {"langgraph.checkpoint.MemorySaver", "langgraph.checkpoint.sqlite"} <= removed
    changed = {c.symbol: c.detail for c in found if c.kind.value == "signature_changed"}
    assert "new required parameter 'new_versions'" in changed["langgraph.checkpoint.base.BaseCheckpointSaver.put"]


def test_neptune_client_1_0_is_compared_with_the_neptune_distribution() -> None:
    # 1.0.0 ships only `neptune_compatibility_package` and requires `neptune`, which installs `neptune/`; before, the
    # package named like the requirement was taken as moved whole and nothing was claimed
    removed = _removed(_read_with("neptune-client", "0.16.18", "1.0.0", ("neptune", "1.14.0.post2")))
    assert {"neptune.init", "neptune.create_experiment", "neptune.sessions"} <= removed  # the legacy API, gone there
    # still there: the package, its `new` compatibility package, and what `neptune.new.handler` re-exports
    assert not {"neptune", "neptune.new", "neptune.new.handler", "neptune.new.handler.Handler"} & removed
    # `neptune.new.attributes` is served by a `sys.meta_path` finder the engine does not follow: unknown, no claim
    assert not {path for path in removed if path.startswith("neptune.new.attributes")}


def test_a_top_level_package_a_new_requirement_installs_is_compared_there(tmp_path: Path) -> None:
    old = surface(tmp_path, {"demo/__init__.py": "", "extra/__init__.py": "def kept():\n    pass\n\ndef lost():\n    pass\n"})
    metadata = "Metadata-Version: 2.1\nName: demo\nVersion: 2.0\nRequires-Dist: extra\n"
    new = surface(tmp_path, {"demo/__init__.py": "", "demo-1.0.dist-info/METADATA": metadata}, "2.0")
    tree = DependencyTree("extra", "1.0", wheel(tmp_path / "dep", {"extra/__init__.py": "def kept():\n    pass\n"}))
    dependencies = partial_surfaces(seeds(new, old) + moved_seeds(new, old), [tree], lambda f: read_file(f, lazy=True))
    removed = {c.symbol for c in diff_surfaces(old, new, dependencies) if c.kind.value == "removed"}
    assert removed == {"extra.lost"}
    # unread (the distribution could not be had), the package named like the new requirement is taken as moved
    assert not {c.symbol for c in diff_surfaces(old, new) if c.kind.value == "removed"}


class OneReleaseClient:
    """PyPI as `Analyser.dependency_surfaces` asks it: every distribution has one release, 1.2."""

    async def project(self, name: str) -> Any:
        return type("P", (), {"releases": [type("R", (), {"version": "1.2", "yanked": False})]})

    async def unpacked(self, name: str, version: str) -> Path:
        return Path("/unpacked") / name


def recorded_dependencies(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], list[str]]]:
    """(paths asked, distributions read) of each dependency read the analysis makes; each read gives empty surfaces."""
    asked: list[tuple[list[str], list[str]]] = []

    async def dependencies(
        self: Extractor, wanted: list[str], trees: list[DependencyTree], env_names: list[str] | None = None
    ) -> list[Surface]:
        asked.append((wanted, [tree.package for tree in trees]))
        return [Surface(tree.package, tree.version) for tree in trees]

    monkeypatch.setattr(Extractor, "dependencies", dependencies)
    return asked


async def test_a_release_that_dropped_a_module_asks_its_new_requirements(monkeypatch: pytest.MonkeyPatch) -> None:
    symbols = {"demo.sub": Symbol("demo.sub", "module"), "demo.sub.find": Symbol("demo.sub.find", "function")}
    old = Surface("demo", "1.0", symbols, requires=("click>=8",))
    new = Surface("demo", "2.0", requires=("click>=8", "demo-sub>=1", "legacy-sub; python_version < '3.9'"))
    asked = recorded_dependencies(monkeypatch)
    await Analyser(OneReleaseClient()).dependency_surfaces(old, new)  # type: ignore[arg-type]
    # the new requirement installed everywhere only: not click (required before), not one for old Pythons
    assert asked == [(["demo.sub", "demo.sub.find"], ["demo-sub"])]
    kept = Surface("demo", "2.0", dict(old.symbols), requires=new.requires)
    assert await Analyser(OneReleaseClient()).dependency_surfaces(old, kept) == [] and len(asked) == 1  # type: ignore[arg-type]



# -- the "Not claimed" note names the ancestor that could not be read, not an empty list --


def test_the_note_names_the_unread_ancestor_behind_a_read_base() -> None:
    def policy(version: str, members: tuple[str, ...]) -> Surface:
        cls = Symbol("demo.Policy", "class", target="demo.Policy", external_bases=("dep.BasePolicy",))
        symbols = {cls.path: cls, **{f"demo.Policy.{m}": Symbol(f"demo.Policy.{m}", "method") for m in members}}
        return Surface("demo", version, symbols)

    base = Symbol("dep.BasePolicy", "class", target="dep.BasePolicy", external_bases=("torch.nn.Module",))
    read_base = Surface("dep", "1.0", {base.path: base})
    notes = unclaimed_classes(policy("1.0", ("forward",)), policy("2.0", ()), [read_base])
    # sb3-contrib's policies: stable-baselines3's `BasePolicy` is read, its `torch.nn.Module` is not
    assert notes == ["demo.Policy: members it may inherit from torch.nn.Module (not resolved) are not reported as removed"]
    assert unclaimed_classes(policy("1.0", ("forward",)), policy("2.0", ()))[0].startswith(
        "demo.Policy: members it may inherit from dep.BasePolicy (not resolved)")  # the base itself unread


def test_sb3_contrib_2_0_notes_name_torch_module() -> None:
    old, new = pinned_surface("sb3-contrib", "1.8.0"), pinned_surface("sb3-contrib", "2.0.0")
    notes = unclaimed_classes(old, new, [pinned_surface("stable-baselines3", "2.0.0")])
    assert notes and all("inherit from torch.nn.Module (not resolved)" in note for note in notes if "inherit" in note)
    assert not [note for note in notes if "from  (" in note]


# -- a public helper renamed to an underscored one in the same module: the removal says so --


@pytest.mark.parametrize(
    ("new", "hinted"),
    [
        ("def _helper(a):\n    return a\n", True),
        ("from os.path import join as _helper\n", False),  # an import, not the module's own definition
        ("class _helper:\n    pass\n", False),  # another kind
    ],
)
def test_a_function_renamed_private_in_its_module_is_hinted(tmp_path: Path, new: str, hinted: bool) -> None:
    old = surface(tmp_path, {"demo/__init__.py": "", "demo/util.py": "def helper(a):\n    return a\n"}, "1.0")
    after = surface(tmp_path, {"demo/__init__.py": "", "demo/util.py": new}, "2.0")
    found = {c.symbol: c for c in diff_surfaces(old, after) if c.kind.value == "removed"}
    hint = found["demo.util.helper"].hint or ""
    assert ("now defines a private function `_helper` in its place" in hint) is hinted


def test_flask_security_too_5_9_helpers_made_private_are_hinted() -> None:
    found = {c.symbol: c for c in changes("flask-security-too", "5.8.3", "5.9.2").values()}
    assert "private function `_config_value`" in (found["flask_security.utils.config_value"].hint or "")
    assert found["flask_security.PonyUserDatastore"].hint is None  # Pony support dropped: no twin


# -- a class handed a parameter is known to the class hierarchy at once: its `super()` is followed whatever the order --

_HANDED_ON = {
    "demo/__init__.py": "from .outer import Outer\n",
    "demo/outer.py": "from .inner import Inner\n\nclass Outer:\n    def __init__(self, flag='deprecated'):\n"
    "        self.inner = Inner(flag=flag)\n",
    "demo/inner.py": "from .base import Base\n\nclass Inner(Base):\n    def __init__(self, flag='deprecated'):\n"
    "        super().__init__(flag=flag)\n",
    "demo/base.py": "import warnings\n\nclass Base:\n    def __init__(self, flag='deprecated'):\n"
    "        if flag != 'deprecated':\n            warnings.warn('flag is deprecated', DeprecationWarning)\n",
}


def test_a_parameter_handed_to_a_class_whose_base_warns_is_deprecated(tmp_path: Path) -> None:
    # `Outer` is read first (the package binds it), before `Inner`'s own symbol put it in the class hierarchy
    found = surface(tmp_path, _HANDED_ON, "2.0").symbols
    assert found["demo.Outer"].deprecated_params == ("flag",)
    assert found["demo.inner.Inner"].deprecated_params == ("flag",)


def test_imgaug_0_4_diff_is_the_same_whatever_the_hash_seed() -> None:
    # 0.4.0's `Clouds` and `Snowflakes` hand `deterministic` to `CloudLayer`/`SnowflakesLayer`, whose base warns;
    # whether that was followed depended on which class the set order built first (404 to 408 changes)
    script = (
        "import json, sys\nfrom tests.test_apidiff_releases import pinned_surface\n"
        "from bot.apidiff.diff import diff_surfaces\n"
        "found = diff_surfaces(pinned_surface('imgaug', '0.3.0'), pinned_surface('imgaug', '0.4.0'))\n"
        "print(json.dumps(sorted([c.kind.value, c.symbol, c.detail] for c in found)))\n"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).parent.parent,
        ).stdout
        for seed in ("1", "4")
    ]
    assert outputs[0] == outputs[1]
    assert ["deprecated", "imgaug.augmenters.weather.Clouds"] in [row[:2] for row in json.loads(outputs[0])]
