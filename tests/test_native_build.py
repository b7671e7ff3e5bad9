"""setup.py's compiled build of the engine: opt-in, never editable (a compiled module beside its source shadows every
later edit); the compiled modules themselves run the whole suite in `.ci/native-suite`."""

from __future__ import annotations

import ast
import importlib.util
import pickle
from pathlib import Path
from types import ModuleType

import pytest
from setuptools import Distribution

from bot.apidiff.keyreaders import TreeIndex
from bot.apidiff.kwfate import KeywordFates
from bot.apidiff.lazydeps import DependencyTree
from bot.apidiff.model import Surface, Symbol

ROOT = Path(__file__).resolve().parent.parent


def _setup_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_watch_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # setup() runs only as __main__, as setuptools runs the file
    return module


def test_a_plain_build_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RELEASE_WATCH_NATIVE", raising=False)
    assert _setup_module().native_extensions() == []
    monkeypatch.setenv("RELEASE_WATCH_NATIVE", "0")
    assert _setup_module().native_extensions() == []


def test_the_compiled_build_is_the_whole_engine_its_stored_model_included() -> None:
    sources = _setup_module().native_sources()
    assert "bot/apidiff/extract.py" in sources and "bot/apidiff/model.py" in sources  # see model._declared_types
    assert len(sources) == len(list((ROOT / "bot" / "apidiff").glob("*.py")))


@pytest.mark.parametrize("editable", [True, False])
def test_a_compiled_editable_install_is_refused(editable: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    command = _setup_module().NonEditableBuildExt(Distribution({"name": "release-watch", "ext_modules": []}))
    command.initialize_options()
    command.editable_mode = editable
    command.finalize_options()
    if editable:
        with pytest.raises(SystemExit, match="regular install only"):
            command.run()
    else:
        command.run()  # nothing to build: returns


def test_the_image_and_ci_build_the_compiled_engine() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "RELEASE_WATCH_NATIVE=1 /opt/venv/bin/pip install ." in dockerfile
    assert "COPY pyproject.toml setup.py" in dockerfile
    native_suite = (ROOT / ".ci" / "native-suite").read_text(encoding="utf-8")
    assert "RELEASE_WATCH_NATIVE=1 .venv/bin/pip wheel" in native_suite
    assert ".ci/native-suite" in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


SOURCE = 'A = ["X"]\nB = "APP_NAME"\n'


def test_lazily_gathered_tables_are_gathered_once() -> None:
    """Plain attributes, not `functools.cached_property`: a compiled class has no `__dict__` to cache in, and the
    compiled kwfate gathered every callable of the release again for each keyword it followed."""
    fates = KeywordFates(Surface("pkg", "1.0", {"pkg.f": Symbol("pkg.f", "function", target="pkg.f", params=())}))
    assert fates._by_target is fates._by_target
    index = TreeIndex(ast.parse(SOURCE), SOURCE.encode(), None, [])
    assert index.collections is index.collections and index.spelled_names is index.spelled_names
    assert index.spelled_names == [("APP_NAME", 2)]


def test_what_crosses_to_the_sandboxs_workers_pickles() -> None:
    """The dependency trees go to the worker processes pickled: a compiled frozen dataclass cannot be unpickled."""
    tree = DependencyTree("cachelib", "0.9.0", Path("/tmp/cachelib"))
    assert pickle.loads(pickle.dumps(tree)) == tree
