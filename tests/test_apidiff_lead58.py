"""The lead's fixes of the twenty-eighth session (see each section)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.claims import CannotCompare, unclaimed_classes
from bot.apidiff.diff import diff_surfaces, needs_history, with_deprecated_since
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
from bot.apidiff.model import Surface, Symbol
from bot.apidiff.movedout import moved_seeds, stands_in
from bot.apidiff.release import read_file, surface_of
from bot.apidiff.requires import needed_dependencies, ships_no_code
from bot.changes import Change, ReleaseDiff
from bot.cli.diff_text import render_text
from bot.findings.render import _change_line
from bot.jobs.analysis import Analyser
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_lead57 import OneReleaseClient, recorded_dependencies
from tests.test_apidiff_trust import changes

# -- a function or class the release defined, now a name re-exporting another distribution's --

_OLD = {
    "demo/__init__.py": "def fetch(url, timeout=3):\n    return url\n\n"
    "class Box:\n    def __init__(self, a, b=1):\n        self.a = a\n"
}
_NEW = {
    "demo/__init__.py": "from other import fetch, Box\nfrom json import loads\n",
    "demo-2.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: demo\nVersion: 2.0\nRequires-Dist: other>=1\n",
}


def _repointed(tmp_path: Path, other: str | None) -> dict[str, Change]:
    """The signature changes of `demo` 1.0 -> 2.0, whose `fetch` and `Box` now come from `other` (shipping `other`
    as its `__init__.py`; None: no dependency read)."""
    old = surface(tmp_path, {**_OLD, "demo/extra.py": ""}, "1.0")
    new = surface(tmp_path, _NEW, "2.0")
    trees = [] if other is None else [DependencyTree("other", "1.0", wheel(tmp_path / "dep", {"other/__init__.py": other}))]
    dependencies = partial_surfaces(seeds(new, old), trees, lambda f: read_file(f, lazy=True))
    return {c.symbol: c for c in diff_surfaces(old, new, dependencies) if c.kind.value == "signature_changed"}


def test_a_name_now_re_exporting_another_distributions_callable_is_compared_with_it(tmp_path: Path) -> None:
    other = "def fetch(url):\n    return url\n\nclass Box:\n    def __init__(self, a):\n        self.a = a\n"
    changed = _repointed(tmp_path, other)
    assert changed["demo.fetch"].detail.startswith("parameter 'timeout' removed")
    assert "the name now re-exports other.fetch of other 1.0" in changed["demo.fetch"].detail
    assert changed["demo.Box"].detail.startswith("parameter 'b' removed")


def test_a_re_exported_callable_taking_the_same_calls_claims_nothing(tmp_path: Path) -> None:
    other = "def fetch(url, timeout=3):\n    return url\n\nclass Box:\n    def __init__(self, a, b=1, c=3):\n        self.a = a\n"
    assert _repointed(tmp_path, other) == {}


def test_an_unread_re_exported_callable_claims_nothing(tmp_path: Path) -> None:
    assert _repointed(tmp_path, None) == {}


def test_the_dependency_a_name_now_re_exports_is_asked_for_and_needed(tmp_path: Path) -> None:
    old = surface(tmp_path, {**_OLD, "demo/other.py": "def loads(s, strict=True):\n    return s\n"}, "1.0")
    new = surface(tmp_path, _NEW, "2.0")
    assert {"other.fetch", "other.Box"} <= set(seeds(new, old))
    assert not any(path.startswith("json") for path in seeds(new, old))  # the standard library's is not read
    assert [r.name for r in needed_dependencies(new, old, seeds(new, old))] == ["other"]


def test_quart_0_19_config_attribute_is_flasks_now() -> None:
    # quart 0.19 replaced its own `ConfigAttribute(key, converter=None)` by flask 3.0's `(name, get_converter=None)`
    found = changes("quart", "0.18.4", "0.19.0", ("flask", "3.0.0"), ("werkzeug", "3.0.0"))
    detail = found[("signature_changed", "quart.config.ConfigAttribute")].detail
    assert "'converter' renamed to 'get_converter'" in detail
    assert "re-exports flask.config.ConfigAttribute of flask 3.0.0" in detail


# -- "deprecated since" dates a parameter's deprecation, not the callable's --

_RUN_OLD = (
    "import warnings\n\n"
    "class Engine:\n"
    "    def run(self, data, seed=None):\n"
    "        if seed is not None:\n"
    "            warnings.warn('seed is deprecated', DeprecationWarning)\n"
    "        return data\n\n"
    "    def stop(self):\n"
    "        warnings.warn('stop is deprecated', DeprecationWarning)\n\n"
    "    def halt(self, now=True):\n"
    "        return now\n"
)
_RUN_NEW = "class Engine:\n    def run(self, data):\n        return data\n"


def test_a_dropped_deprecated_parameter_is_dated_as_the_parameters(tmp_path: Path) -> None:
    old, new = surface(tmp_path, {"demo/__init__.py": _RUN_OLD}, "1.0"), surface(tmp_path, {"demo/__init__.py": _RUN_NEW}, "2.0")
    asked = needs_history(diff_surfaces(old, new), old)
    assert asked == ["demo.Engine.run(seed)", "demo.Engine.stop"]
    dated = with_deprecated_since(diff_surfaces(old, new), old, {key: "0.4" for key in asked}.get)
    by_symbol = {c.symbol: c for c in dated}
    run, stop = by_symbol["demo.Engine.run"], by_symbol["demo.Engine.stop"]
    assert (run.deprecated_since, run.deprecated_parameter) == ("0.4", "seed")
    assert (stop.deprecated_since, stop.deprecated_parameter) == ("0.4", "")
    assert by_symbol["demo.Engine.halt"].deprecated_parameter == ""  # not deprecated: nothing dated
    text = render_text(ReleaseDiff(package="demo", old="1.0", new="2.0", changes=dated))
    assert "demo.Engine.run [method] (parameter 'seed' deprecated since 0.4)" in text
    assert "demo.Engine.stop [method] (deprecated since 0.4)" in text
    assert ". Parameter 'seed' deprecated since 0.4." in _change_line(run)
    assert ". Deprecated since 0.4." in _change_line(stop)


# -- a release that ships no code is what the distributions it requires install --

_CODE_OLD = {
    "demo/__init__.py": "from .core import Engine\n\ndef helper(x):\n    return x\n",
    "demo/core.py": "class Engine:\n    def run(self, data):\n        return data\n",
    "demo/legacy.py": "def old_api():\n    pass\n",
    "demo_tools/__init__.py": "def lint():\n    pass\n",
}
_META = (
    "Metadata-Version: 2.1\nName: demo\nVersion: 2.0\nRequires-Dist: demo-core>=1\n"
    "Requires-Dist: demo-extras; extra == \"all\"\n"
)
_CORE = {
    "demo/__init__.py": "from .core import Engine\n",
    "demo/core.py": "class Engine:\n    def run(self, data, strict=False):\n        return data\n",
}


def _code_less(tmp_path: Path, read: bool) -> tuple[Surface, Surface, list[Surface]]:
    old = surface(tmp_path, _CODE_OLD, "1.0")
    new = surface(tmp_path, {"demo-2.0.dist-info/METADATA": _META}, "2.0")
    tree = DependencyTree("demo-core", "1.3", wheel(tmp_path / "dep", _CORE))
    wanted = seeds(new, old) + moved_seeds(new, old)
    return old, new, partial_surfaces(wanted, [tree], lambda f: read_file(f, lazy=True)) if read else []


def test_a_release_shipping_no_code_is_compared_with_what_its_requirements_install(tmp_path: Path) -> None:
    old, new, dependencies = _code_less(tmp_path, read=True)
    assert ships_no_code(new) and stands_in(new, dependencies)
    removed = {c.symbol: c for c in diff_surfaces(old, new, dependencies) if c.kind.value == "removed"}
    # demo-core installs `demo` and `demo.core` with `Engine`: a fresh install of demo 2.0 still has them
    assert set(removed) == {"demo.helper", "demo.legacy", "demo_tools"}
    assert "(demo is now installed by demo-core 1.3, which lacks it)" in removed["demo.legacy"].detail
    assert "demo 2.0 ships no code of its own, and no distribution it requires installs it" in removed["demo_tools"].detail
    assert unclaimed_classes(old, new, dependencies) == []  # no "nothing could be read" note: its requirements were


def test_a_release_shipping_no_code_whose_requirements_were_not_read_cannot_be_compared(tmp_path: Path) -> None:
    old, new, dependencies = _code_less(tmp_path, read=False)
    with pytest.raises(CannotCompare, match="demo 2.0 has no module that could be analysed"):
        diff_surfaces(old, new, dependencies)


async def test_a_release_shipping_no_code_asks_every_requirement(monkeypatch: pytest.MonkeyPatch) -> None:
    symbols = {"demo.sub": Symbol("demo.sub", "module"), "demo.sub.find": Symbol("demo.sub.find", "function")}
    old = Surface("demo", "1.0", symbols, requires=("demo-core>=1",))
    new = Surface("demo", "2.0", requires=("demo-core>=1", "legacy; python_version < '3.9'"))
    asked = recorded_dependencies(monkeypatch)
    await Analyser(OneReleaseClient()).dependency_surfaces(old, new)  # type: ignore[arg-type]
    assert [read for _, read in asked] == [["demo-core"]]  # required before too, but demo 2.0 is now only what it installs


def test_sagemaker_3_0_is_compared_with_sagemaker_core() -> None:
    old, new = (surface_of(unpacked_release("sagemaker", v), "sagemaker", v) for v in ("2.257.7", "3.0"))
    tree = DependencyTree("sagemaker-core", "2.27.0", unpacked_release("sagemaker-core", "2.27.0"))
    dependencies = partial_surfaces(seeds(new, old) + moved_seeds(new, old), [tree], lambda f: read_file(f, lazy=True))
    removed = {c.symbol: c for c in diff_surfaces(old, new, dependencies) if c.kind.value == "removed"}
    # sagemaker-core installs `sagemaker/lineage/` without `query.py`, and a `sagemaker/__init__.py` binding none of
    # 2.x's names
    assert "installed by sagemaker-core 2.27.0, which lacks it" in removed["sagemaker.lineage.query"].detail
    assert {"sagemaker.AutoML", "sagemaker.KMeans"} <= set(removed)
    assert "sagemaker.lineage.action" in old.symbols
    assert not {"sagemaker", "sagemaker.lineage", "sagemaker.lineage.action"} & set(removed)


# -- a module pytest collects by its name, in a test package holding tests, is a test whatever it imports --

_SELFTEST = {
    "demo/__init__.py": "",
    "demo/SelfTest/__init__.py": "def get_tests():\n    return []\n",
    "demo/SelfTest/common.py": "import unittest\n\nclass HashSelfTest(unittest.TestCase):\n"
    "    def runTest(self):\n        pass\n\ndef make_tests(name):\n    return [HashSelfTest()]\n",
    "demo/SelfTest/test_md2.py": "from demo.SelfTest.common import make_tests\n\n"
    "def get_tests(config={}):\n    return make_tests('md2')\n",
    "demo/SelfTest/vectors.py": "def load_vectors(name):\n    return []\n",
    "demo/test_tools.py": "def compare(a, b):\n    return a == b\n",
}


def test_a_named_test_module_in_a_test_package_is_test_code(tmp_path: Path) -> None:
    old = surface(tmp_path, _SELFTEST, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": "", "demo/SelfTest/__init__.py": "def get_tests():\n    return []\n"}, "2.0")
    removed = {c.symbol: c for c in diff_surfaces(old, new) if c.kind.value == "removed"}
    assert removed["demo.SelfTest.test_md2"].private  # no unittest import of its own: built from a sibling's factory
    assert "test code the release shipped" in removed["demo.SelfTest.test_md2"].detail
    # a helper module of the test package, and a `test_*` module outside one, stay public
    assert not removed["demo.SelfTest.vectors"].private
    assert not removed["demo.test_tools"].private


def test_pycryptodome_4_0_selftest_suite_builders_are_test_code() -> None:
    found = changes("pycryptodome", "3.24.1", "4.0.0")
    for symbol in ("Crypto.SelfTest.Hash.test_MD2.get_tests", "Crypto.SelfTest.Math.test_modexp"):
        assert found[("removed", symbol)].private and "test code the release shipped" in found[("removed", symbol)].detail
    assert not found[("signature_changed", "Crypto.SelfTest.run")].private  # the documented self-test entry point


# -- the "Not claimed" note words an ancestor that is no one class, never "?" --


def test_the_note_words_a_base_defined_two_ways(tmp_path: Path) -> None:
    shim = "import sys\n\nif sys.version_info >= (3, 12):\n    class Shim:\n        pass\nelse:\n    class Shim:\n        def old(self):\n            pass\n"
    old = surface(tmp_path, {"demo/__init__.py": "class Path:\n    def gone(self):\n        pass\n"}, "1.0")
    new = surface(tmp_path, {"demo/_compat.py": shim, "demo/__init__.py": "from ._compat import Shim\n\nclass Path(Shim):\n    pass\n"}, "2.0")
    (note,) = unclaimed_classes(old, new)
    assert note == (
        "demo.Path: members it may inherit from a base that is no one class (made by a call, or defined one way or "
        "another where it runs) (not resolved) are not reported as removed"
    )


# -- a subclass of a class registered with an ABC still passes `isinstance` against it --

_ABC_OLD = (
    "import abc\n\nclass Base(abc.ABC):\n    pass\n\nclass Local(Base):\n    pass\n\n"
    "class Posix(Local):\n    pass\n\nclass Other(Base):\n    pass\n"
)
_ABC_NEW = (
    "import abc\n\nclass Base(abc.ABC):\n    pass\n\nclass Local:\n    pass\n\nBase.register(Local)\n\n"
    "class Posix(Local):\n    pass\n\nclass Other:\n    pass\n"
)


def test_a_subclass_of_a_registered_class_keeps_its_abc(tmp_path: Path) -> None:
    old, new = surface(tmp_path, {"demo/__init__.py": _ABC_OLD}, "1.0"), surface(tmp_path, {"demo/__init__.py": _ABC_NEW}, "2.0")
    lost = {c.symbol for c in diff_surfaces(old, new) if "no longer a subclass" in c.detail}
    assert lost == {"demo.Other"}  # `issubclass(Posix, Base)` holds through `Local`'s registration; `Other`'s fails


def test_universal_pathlib_0_3_posix_upath_is_still_a_upath() -> None:
    found = changes("universal-pathlib", "0.2.6", "0.3.0")
    assert not [symbol for (_, symbol), c in found.items() if "no longer a subclass of upath.core.UPath" in c.detail]
    assert ("removed", "upath.errors") in found  # the sibling: a module it dropped stays claimed
