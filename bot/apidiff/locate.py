"""Find the importable modules of an unpacked wheel or sdist, without importing anything."""

from __future__ import annotations

import ast
import configparser
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.apidiff.setattrnames import literal_strings
from bot.apidiff.source import dotted_name, parse_module, walk

EXCLUDED_DIRS = frozenset(
    {
        "tests",
        "test",
        "testing",
        "docs",
        "doc",
        "examples",
        "example",
        "benchmarks",
        "bench",
        "scripts",
        "tools",
        "build_tools",
        "build",
        "dist",
        "ci",
        "requirements",
        "artwork",
        "__pycache__",
        "venv",
        ".venv",
    }
)
"""Folders that hold no importable API at the top of a distribution (sktime 1.1's wheel installed its release
scripts' `build_tools/`, scikit-learn's name for them)."""
BENCHMARK_SUFFIXES = ("_benchmarks", "_bench")
"""A top-level folder so named is the project's benchmark suite under its own name (kedro 0.19's wheel installs the
asv suite `kedro_benchmarks/`, `TimeDataCatalog.time_add_all` and the like): no API, as `benchmarks/` is none."""
TEST_FOLDERS = frozenset({"tests", "test"})
"""The folders of a package skipped as its own tests; `import` still finds one holding an `__init__.py`."""
EXCLUDED_SUBDIRS = frozenset({*TEST_FOLDERS, "__pycache__"})
"""Folders skipped inside a package."""
EXCLUDED_TOP_FILES = frozenset(
    {
        "setup.py",
        "conftest.py",
        "noxfile.py",
        "tasks.py",
        "fabfile.py",
        "conf.py",
        "runtests.py",
        "__init__.py",
        "__main__.py",
        "ez_setup.py",
        "distribute_setup.py",
    }
)
MAX_MODULES = 5000
"""A distribution with more module files than this is cut off (reported by the caller)."""


@dataclass(frozen=True, slots=True)
class ModuleFile:
    """One module source file: its dotted name, its path relative to the distribution, and where it is."""

    module: str
    relpath: str
    path: Path
    is_package: bool


def distribution_root(unpacked: Path) -> Path:
    """The folder holding the distribution's files: a wheel's root, or an sdist's single `name-version/` folder
    (never a lone package folder: that is a flat checkout holding just the package)."""
    if any(child.name.endswith(".dist-info") for child in unpacked.iterdir()):
        return unpacked
    folders = [child for child in unpacked.iterdir() if child.is_dir() and not child.is_symlink()]
    files = [child for child in unpacked.iterdir() if child.is_file()]
    if len(folders) == 1 and not files and not (folders[0] / "__init__.py").is_file():  # a flat package is no sdist
        return folders[0]
    return unpacked


def is_wheel(root: Path) -> bool:
    """The distribution is a wheel: what it ships is what installs, no build step makes more modules."""
    return any(child.name.endswith(".dist-info") for child in root.iterdir())


def _declared_package_dirs(root: Path) -> list[str]:
    """The root package folders an sdist declares, preferred first: `package_dir = =lib` in setup.cfg, maturin's
    `python-source`, setuptools' in pyproject.toml, `package_dir={"": "lib"}` in setup.py (read with `ast`, never
    run) — or, when setup.py picks the folder by Python version (`{2: "lib", 3: "lib3"}[sys.version_info[0]]`,
    `"lib3" if PY3 else "lib"`), every folder it may pick, the Python 3 one first when the choice says which."""
    for key, folder in _cfg_package_dir(root):
        if not key and folder:
            return [folder]
    if source := _maturin_source(root) or _setuptools_source(root):
        return source
    tree = _setup_py_tree(root)
    for node in walk(tree) if tree is not None else ():
        if isinstance(node, ast.keyword) and node.arg == "package_dir" and isinstance(node.value, ast.Dict):
            for key_node, value_node in zip(node.value.keys, node.value.values, strict=True):
                if isinstance(key_node, ast.Constant) and key_node.value == "":
                    return _folder_choices(value_node)
    return []


def _cfg_package_dir(root: Path) -> list[tuple[str, str]]:
    """The (package, folder) lines of setup.cfg's `[options] package_dir`, stripped (`= lib` gives `("", "lib")`)."""
    cfg = root / "setup.cfg"
    if not cfg.is_file() or cfg.is_symlink():
        return []
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(cfg.read_text("utf-8", errors="replace"))
        value = parser.get("options", "package_dir", fallback="")
    except configparser.Error:
        return []
    return [(key.strip(), folder.strip()) for key, _, folder in (line.partition("=") for line in value.splitlines())]


def _setup_py_tree(root: Path) -> ast.Module | None:
    """setup.py's syntax tree (read, never run); None when there is none or it does not parse."""
    setup = root / "setup.py"
    if not setup.is_file() or setup.is_symlink():
        return None
    try:
        return parse_module(setup.read_bytes())
    except (SyntaxError, ValueError, RecursionError):
        return None


def _mapped_packages(root: Path, base: Path) -> dict[str, Path]:
    """Packages an sdist's setup.py or setup.cfg maps to a folder of another place or name (thrift's
    `package_dir={'thrift': 'src'}`: `src/Thrift.py` installs as `thrift.Thrift`, not as a module `Thrift`), by
    dotted name. A folder the tree already names so is left to it."""
    found: dict[str, Path] = {}
    for name, folder in _package_dir_entries(root):
        path = root / folder
        if (
            all(part.isidentifier() for part in name.split("."))
            and ".." not in folder
            and path.is_dir()
            and not path.is_symlink()
            and (path / "__init__.py").is_file()
            and not (path.is_relative_to(base) and ".".join(path.relative_to(base).parts) == name)
        ):
            found[name] = path
    return found


def _package_dir_entries(root: Path) -> list[tuple[str, str]]:
    """(package, folder) pairs of a named `package_dir` entry: `thrift = src` in setup.cfg's `[options]`,
    `package_dir={'thrift': 'src'}` in setup.py (read with `ast`, never run). The root entry (`""`) is
    `_declared_package_dirs`'."""
    if named := [(key, folder) for key, folder in _cfg_package_dir(root) if key and folder]:
        return named
    tree = _setup_py_tree(root)
    if tree is None:
        return []
    return [
        (key.value, value.value)
        for node in walk(tree)
        if isinstance(node, ast.keyword) and node.arg == "package_dir" and isinstance(node.value, ast.Dict)
        for key, value in zip(node.value.keys, node.value.values, strict=True)
        if isinstance(key, ast.Constant)
        and isinstance(key.value, str)
        and key.value
        and isinstance(value, ast.Constant)
        and isinstance(value.value, str)
    ]


def _folder_choices(node: ast.expr) -> list[str]:
    """The folder names an expression may evaluate to: a string, a version-keyed dict's values (Python 3's first)
    or both branches of a conditional."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Dict):
        pairs = zip(node.value.keys, node.value.values, strict=True)
        ranked = sorted(pairs, key=lambda pair: not (isinstance(pair[0], ast.Constant) and pair[0].value in (3, "3")))
        return [name for _key, value in ranked for name in _folder_choices(value)]
    if isinstance(node, ast.IfExp):
        return [*_folder_choices(node.body), *_folder_choices(node.orelse)]
    return []


def _source_base(root: Path) -> Path:
    """Where an sdist's top-level packages are: the declared `package_dir`, else `src/`, else `lib/`, else the root.
    Of several folders that could be meant (PyYAML 5's `lib/` for Python 2 beside `lib3/`), the first whose code
    Python 3 parses wins: reading the Python 2 copy would report its Python-2-only methods as removed. A `src/` of C
    sources only (shapely 2.0's, beside its root `shapely/` package) holds no package."""
    if is_wheel(root):
        return root
    declared = [root / folder for folder in _declared_package_dirs(root) if ".." not in folder]
    candidates = [*declared, root / "src", root / "lib"]
    if any((child / "__init__.py").is_file() for child in root.iterdir() if child.name not in EXCLUDED_DIRS):
        candidates.append(root)  # a flat layout beside a `lib/` that may be the Python 2 copy
    viable = [
        folder
        for folder in dict.fromkeys(candidates)
        if folder.is_dir()
        and not folder.is_symlink()
        and (
            folder == root
            or folder.name == "src"
            and _has_python(folder)
            or _has_package(folder)
            or folder in declared
            and _has_module(folder)
        )
    ]
    if len(viable) > 1:
        return next((folder for folder in viable if _parses_as_python3(folder)), viable[0])
    return viable[0] if viable else root


def _parses_as_python3(folder: Path) -> bool:
    """Whether the packages directly below the folder parse as Python 3 (only asked when two folders compete)."""
    packages = [
        child
        for child in sorted(folder.iterdir())
        if child.name not in EXCLUDED_DIRS and not child.is_symlink() and (child / "__init__.py").is_file()
    ]
    for path in [path for package in packages for path in sorted(package.rglob("*.py"))][:MAX_MODULES]:
        if path.is_symlink() or not path.is_file():
            continue
        try:
            parse_module(path.read_bytes())
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
    return True


def _has_package(folder: Path) -> bool:
    return any((child / "__init__.py").is_file() for child in folder.iterdir() if child.is_dir())


def _has_module(folder: Path) -> bool:
    """A top-level module right in the folder: a declared `package_dir` may hold only `py_modules` (feedparser 5's
    `package_dir={'': 'feedparser'}, py_modules=['feedparser']`)."""
    return any(child.suffix == ".py" and child.is_file() for child in folder.iterdir())


def _declared_top_level(root: Path, base: Path) -> frozenset[str] | None:
    """The names an sdist's `*.egg-info/top_level.txt` says it installs (pymongo 3.13's lists `bson`, `gridfs`,
    `pymongo`, not the `ez_setup` beside them), else those its `pyproject.toml` declares; None when neither says."""
    for folder in dict.fromkeys((root, base)):
        for info in sorted(folder.glob("*.egg-info")):
            listing = info / "top_level.txt"
            if listing.is_file() and not listing.is_symlink() and not info.is_symlink():
                with listing.open("rb") as handle:  # an archive's file: read no more than a listing needs
                    names = handle.read(MAX_LISTING_BYTES).decode("utf-8", errors="replace").split()
                return frozenset(name.split("/")[0] for name in names) or None
    return _pyproject_top_level(root) or _setup_py_top_level(root)


def _setup_py_top_level(root: Path) -> frozenset[str] | None:
    """The top-level names setup.py's `setup(packages=[...], py_modules=[...])` installs, when every call spells
    them as literal lists: a distutils sdist has no `top_level.txt`, and xlwt 0.7.5's `licences.py` beside its
    `packages=['xlwt']` is no module a user imports. None when a call lists them otherwise (`find_packages()`)."""
    tree = _setup_py_tree(root)
    names: list[str] = []
    for node in walk(tree) if tree is not None else ():
        if not (isinstance(node, ast.Call) and (dotted_name(node.func) or "").rpartition(".")[2] == "setup"):
            continue
        for keyword in node.keywords:
            if keyword.arg is None:
                return None  # `setup(**options)`: what it installs is not spelled here
            if keyword.arg in ("packages", "py_modules"):
                listed = literal_strings(keyword.value)
                if listed is None:
                    return None
                names += [name.split(".")[0] for name in listed]
    return frozenset(names) or None


def _pyproject(root: Path) -> dict[str, Any] | None:
    """`pyproject.toml` read (never a symlink's target), None when there is none or it does not parse."""
    project = root / "pyproject.toml"
    if not project.is_file() or project.is_symlink():
        return None
    try:
        with project.open("rb") as handle:  # an archive's file: a real one is a few kilobytes
            return tomllib.loads(handle.read(MAX_PYPROJECT_BYTES).decode("utf-8", errors="replace"))
    except (tomllib.TOMLDecodeError, UnicodeError):
        return None


def pyproject_dependencies(root: Path) -> list[str]:
    """The `[project] dependencies` a checkout's `pyproject.toml` declares: a checkout has no METADATA to read its
    requirements from, and without them no class it inherits from a dependency is resolved."""
    project = (_pyproject(root) or {}).get("project")
    declared = project.get("dependencies") if isinstance(project, dict) else None
    return [value for value in declared if isinstance(value, str)] if isinstance(declared, list) else []


def _maturin_source(root: Path) -> list[str]:
    """maturin's `python-source` folder (jellyfish 0.11's sdist keeps `jellyfish/` under `python/`, beside the Rust
    `src/`): where the build takes the Python packages from."""
    tool = (_pyproject(root) or {}).get("tool")
    maturin = tool.get("maturin") if isinstance(tool, dict) else None
    folder = maturin.get("python-source") if isinstance(maturin, dict) else None
    return [folder.strip("/")] if isinstance(folder, str) and folder.strip("/") else []


def _setuptools_source(root: Path) -> list[str]:
    """The folders pyproject.toml's `[tool.setuptools]` takes the packages from: `package-dir = {"" = "lib"}`, else
    `packages.find`'s `where` (cbor2 6.0's sdist keeps `cbor2/` under `python/`, beside the Rust `rust/`)."""
    tool = (_pyproject(root) or {}).get("tool")
    setuptools = tool.get("setuptools") if isinstance(tool, dict) else None
    if not isinstance(setuptools, dict):
        return []
    package_dir = setuptools.get("package-dir")
    folder = package_dir.get("") if isinstance(package_dir, dict) else None
    if isinstance(folder, str) and folder.strip("/"):
        return [folder.strip("/")]
    packages = setuptools.get("packages")
    find = packages.get("find") if isinstance(packages, dict) else None
    where = _listed(find, "where")
    return [name.strip("/") for name in where if isinstance(name, str) and name.strip("/") not in ("", ".")]


def _pyproject_top_level(root: Path) -> frozenset[str] | None:
    """The top-level names `pyproject.toml` says the build installs: poetry's `packages = [{include = "pendulum"}]`,
    setuptools' `packages` and `py-modules` lists. Build scripts beside them (poetry's `build.py`, which pendulum 2.1's
    sdist ships at its root) are no module a user imports. None when the file does not list them plainly."""
    table = _pyproject(root)
    if table is None:
        return None
    tool = table.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, dict) else None
    setuptools = tool.get("setuptools") if isinstance(tool, dict) else None
    names = [
        entry["include"].strip("/").split("/")[0].removesuffix(".py")
        for entry in _listed(poetry, "packages")
        if isinstance(entry, dict)
        and isinstance(entry.get("include"), str)
        and entry.get("format", "wheel") not in ("sdist", ["sdist"])  # `{include = "tests", format = "sdist"}`
    ]
    names += [name.split(".")[0] for key in ("packages", "py-modules") for name in _listed(setuptools, key)]
    names += _maturin_top_level(table, tool.get("maturin") if isinstance(tool, dict) else None)
    if not all(isinstance(name, str) and name.isidentifier() for name in names):
        return None  # a glob (`include = "plugin_*"`) or a path this reading does not follow: the tree decides
    return frozenset(names) or None


def _maturin_top_level(table: dict[str, Any], maturin: object) -> list[Any]:
    """The top-level names a maturin build installs: its `python-packages` and the package of its `module-name`
    (the project's name by default). slixmpp 1.12's sdist builds `slixmpp` alone from `python-source = "."`, beside
    `run_tests.py` and `itests/`, which no wheel installs."""
    if not isinstance(maturin, dict):
        return []
    project = table.get("project")
    module = maturin.get("module-name", project.get("name") if isinstance(project, dict) else None)
    own = [module.split(".")[0].replace("-", "_")] if isinstance(module, str) else []
    return [
        *own,
        *(name.split(".")[0] if isinstance(name, str) else name for name in _listed(maturin, "python-packages")),
    ]


def _build_tools(root: Path) -> frozenset[str]:
    """Top-level names an sdist's pyproject.toml only runs to build it, never installed: the in-tree backend its
    `[build-system] backend-path` makes importable (xgboost 3.3's `build-backend = "packager.pep517"` with
    `backend-path = ["."]`: 3.4's sdist, built by scikit-build-core, was claimed to remove `packager`) and hatch's
    custom build hook (its `path`, by default `hatch_build.py`, was claimed too)."""
    table = _pyproject(root) or {}
    names: set[str] = set()
    system = table.get("build-system")
    if isinstance(system, dict) and system.get("backend-path"):
        backend = system.get("build-backend")
        if isinstance(backend, str):
            names.add(backend.partition(":")[0].partition(".")[0])
    tool = table.get("tool")
    hatch = tool.get("hatch") if isinstance(tool, dict) else None
    build = hatch.get("build") if isinstance(hatch, dict) else None
    if isinstance(build, dict):
        targets = build.get("targets")
        owners = [build, *(targets.values() if isinstance(targets, dict) else ())]
        for owner in owners:
            if not isinstance(owner, dict):
                continue
            hooks = owner.get("hooks")
            custom = hooks.get("custom") if isinstance(hooks, dict) else None
            if isinstance(custom, dict):
                path = custom.get("path", "hatch_build.py")
                names.add(path.removesuffix(".py") if isinstance(path, str) else "hatch_build")
    return frozenset(names)


def _own_names(root: Path) -> frozenset[str]:
    """The import names the distribution's own name spells (`build-1.0.0.dist-info`, an sdist's `build-1.0.0/`): a
    folder so named is the package itself, whatever EXCLUDED_DIRS says (pypa's `build` ships `build/__init__.py`;
    skipping it left no module to diff at all)."""
    labels = [child.name for child in root.iterdir() if child.name.endswith(".dist-info")] or [root.name]
    return frozenset(label.split("-")[0].lower().replace(".", "_") for label in labels)


def _top_level(
    base: Path, wheel: bool, declared: frozenset[str] | None = None, own: frozenset[str] = frozenset()
) -> tuple[list[Path], list[Path]]:
    packages: list[Path] = []
    modules: list[Path] = []
    for child in sorted(base.iterdir()):
        name = child.name
        if child.is_symlink() or name.startswith("."):
            continue
        if declared is not None and name.split(".")[0] not in declared:
            continue
        if child.is_dir():
            excluded = name in EXCLUDED_DIRS or name.endswith(BENCHMARK_SUFFIXES)
            if excluded and name.lower() not in own or not name.isidentifier():
                continue
            # An sdist's folders are packages only with an __init__.py, or when its listing names them (a namespace
            # package: zope.interface 8.0's `src/zope/` has no `__init__.py`, its `top_level.txt` says `zope`); a
            # wheel installs every folder it has.
            importable = (child / "__init__.py").is_file() or ((wheel or declared is not None) and _has_python(child))
            if importable and not _tests_only(child):
                packages.append(child)
        elif name.endswith((".py", ".pyi")) and name not in EXCLUDED_TOP_FILES and name.split(".")[0].isidentifier():
            modules.append(child)
    return packages, modules


def _has_python(folder: Path) -> bool:
    """The folder holds a module other than a test file: a wheel's folder of `test_*.py` files only (punq 0.8's
    `typesafety/test_container.py`, mypy test cases shipped by mistake) is no package anyone imports."""
    for _dirpath, _dirnames, filenames in os.walk(folder):
        if any(name.endswith((".py", ".pyi")) and not _test_file(name) for name in filenames):
            return True
    return False


def _tests_only(folder: Path) -> bool:
    """A folder named for tests (`test*`) holding test files and empty `__init__.py`s only: webdriver-manager 3.8's
    wheel shipped `tests_xdist/` (an empty `__init__.py`, `conftest.py`, `test_*.py`), a package no one imports for
    its API. Not a package of another name whose test files sit beside an empty `__init__.py`: its test code is
    reported as such (see `testcode`)."""
    if not folder.name.lower().startswith("test"):
        return False
    tests = False
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            if name.endswith((".so", ".pyd")):
                return False  # a compiled module
            if not name.endswith((".py", ".pyi")):
                continue
            if _test_file(name):
                tests = True
            elif not (name == "__init__.py" and _no_code(os.path.join(dirpath, name))):
                return False
    return tests


MAX_TEST_PROBE = 1 << 20
"""Bytes of a file in a tests folder searched for a test it defines (see `_holds_tests`)."""
MAX_CODELESS_SIZE = 16_384
"""An `__init__.py` this large is not read for whether it holds code: it is taken to."""


def _no_code(path: str) -> bool:
    """The file binds nothing: empty, or comments and a docstring only (botorch 0.11's `test_community/__init__.py`,
    a license header and "Unit tests for BoTorch community contributions.")."""
    try:
        if os.path.getsize(path) > MAX_CODELESS_SIZE:
            return False
        with open(path, "rb") as file:
            tree = parse_module(file.read(), path)
    except (OSError, SyntaxError, ValueError):
        return False
    return not tree.body or len(tree.body) == 1 and ast.get_docstring(tree, clean=False) is not None


def _nested_project(folder: Path) -> bool:
    """A folder inside an sdist's package that is a project of its own, not a subpackage: a `pyproject.toml` and no
    `__init__.py` (scipy 1.17's sdist carries pyprima whole as `scipy/_lib/pyprima/pyprima/`, with its `src/` and
    tests). Its build installs the modules under names this walk cannot give (meson's `install_sources` put them in
    `scipy/_lib/pyprima/`), and 1.18 moved the copy out to `subprojects/`: what it holds is no module by that path,
    and the environment variables it reads (`PRIMA_DEBUGGING`) are that project's."""
    return (folder / "pyproject.toml").is_file() and not (folder / "__init__.py").exists()


def _holds_tests(folder: Path) -> bool:
    """A package's tests folder (see `TEST_FOLDERS`) holding a test: a module a test runner collects by its name
    (`test*.py` as unittest discovers them, `*_test.py`, `*_tests.py`, `conftest.py`), or one defining a `test...`
    function or method (aiomultiprocess 0.9's `tests/core.py`, a unittest suite run as `python -m`): the package's own
    tests, skipped. One holding none is a package of helpers it ships for its users' tests, read as any other
    (libtmux 0.45's `libtmux/test/`: `constants.py`, `random.py`, `temporary.py`, whose names its `__init__` bound
    until 0.46)."""
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            if name.endswith(".py") and (_collected(name) or _defines_a_test(os.path.join(dirpath, name))):
                return True
    return False


def _collected(name: str) -> bool:
    """A Python file a test runner collects by its name (see `_holds_tests`)."""
    stem = name.removesuffix(".py")
    return stem.startswith("test") or stem.endswith(("_test", "_tests")) or stem == "conftest"


def _defines_a_test(path: str) -> bool:
    """The file spells `def test`: a test function or method (see `_holds_tests`); one it cannot read is taken to."""
    try:
        with open(path, "rb") as file:
            return b"def test" in file.read(MAX_TEST_PROBE)
    except OSError:
        return True


def _test_file(name: str) -> bool:
    """A test runner's file: `test_*.py`, `*_test.py`, `conftest.py`."""
    stem = name.split(".")[0]
    return stem.startswith("test_") or stem.endswith("_test") or stem == "conftest"


_BUILD_CONFIGURATION = re.compile(rb"^(?:from|import)[ \t]+numpy\.distutils\b|^def configuration\(", re.MULTILINE)
MAX_SETUP_PROBE = 20_000
"""Bytes of a package's `setup.py` read to tell a build script (the import and `def configuration(` open it)."""


def _build_script(path: Path) -> bool:
    """A `setup.py` inside a package that numpy.distutils builds the package with (pmdarima 2.0's `arima/setup.py`
    and the like, up to scikit-learn 1.2: `def configuration(parent_package="", top_path=None)`): the build runs it,
    no one imports it, and a release built otherwise (meson) drops them all at once without breaking anybody."""
    if path.name != "setup.py":
        return False
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_SETUP_PROBE)
    except OSError:
        return False
    return _BUILD_CONFIGURATION.search(text) is not None


_PYTEST_CONFTEST = re.compile(rb"^[ \t]*@(?:pytest\.)?fixture\b|^def pytest_\w+\(", re.MULTILINE)
"""A fixture (`@pytest.fixture(scope="session")`, `@fixture`) or a hook (`def pytest_configure(config):`)."""
MAX_CONFTEST_PROBE = 262_144
"""Bytes of a `conftest.py` read for a fixture or a hook."""


def pytest_folders(files: list[ModuleFile]) -> frozenset[str]:
    """The packages whose folder holds a `conftest.py` giving pytest fixtures or hooks: pytest runs the tests below
    (jenkinsapi 0.3.7's `jenkinsapi_tests/systests/conftest.py` hands `jenkins` to `test_queue.py`'s tests), and only
    that file, which `find_modules` skips, says so."""
    found: set[str] = set()
    for file in files:
        if not file.is_package:
            continue
        try:
            with (file.path.parent / "conftest.py").open("rb") as handle:
                text = handle.read(MAX_CONFTEST_PROBE)
        except OSError:
            continue
        if _PYTEST_CONFTEST.search(text) is not None:
            found.add(file.module)
    return frozenset(found)


def _with_stubs_only_where_no_source(paths: list[Path]) -> list[Path]:
    """The `.py` files, and `.pyi` stubs where there is no source, or where the source fills its names at run time
    (alembic's `op.py` hands `globals()` to `Operations.create_module_class_proxy`; `op.pyi` declares them)."""
    if not any(path.name.endswith(".pyi") for path in paths):
        return paths  # no stub: every source stays (most folders; the path arithmetic below is not free)
    stubs = {path.with_suffix("") for path in paths if path.suffix == ".pyi"}
    filled = {path.with_suffix("") for path in paths if path.suffix == ".py" and path.with_suffix("") in stubs}
    filled = {stem for stem in filled if _fills_globals(stem.with_suffix(".py")) or _computes_declared(stem)}
    sources = {path.with_suffix("") for path in paths if path.suffix == ".py"} - filled
    return [path for path in paths if path.with_suffix("") not in (filled if path.suffix == ".py" else sources)]


def _fills_globals(source: Path) -> bool:
    """The source passes `globals()` on (or writes it): its names are made when it runs. Reading a key is no filling:
    responses 0.20's `__getattr__` returns `globals()[f"_deprecated_{name}"]` for the names it warns about, and its
    stub, read instead, declared them plain (and left out `OriginalResponseShim.close`, which the source defines)."""
    try:
        with source.open("rb") as handle:
            text = handle.read(MAX_STUB_PROBE)
    except OSError:
        return False
    if b"globals()" not in text:
        return False
    return any(not _reads_globals(text, match.start(), match.end()) for match in _GLOBALS.finditer(text))


def _computes_declared(stem: Path) -> bool:
    """The source binds each public name its stub declares by a def or class only by a call it makes when it runs,
    and no public name the stub does not bind (rapidfuzz 3.0's `process.py`: `extract = _fallback_import(_mod,
    "extract")`, choosing the compiled or the pure-Python module's function; `process.pyi` declares `def
    extract(...)`): the stub is the only declaration of what the module's names are, and reading it instead takes
    none of them away. A public name both files define at the start of a line (`class Headers:` in werkzeug's
    `datastructures.py` and `.pyi`) is bound by a def in the source: no parse is needed to say no."""
    try:
        if _defined_at_line_start(stem.with_suffix(".py")) & _defined_at_line_start(stem.with_suffix(".pyi")):
            return False
        source, stub = (_bound_at_top(stem.with_suffix(suffix)) for suffix in (".py", ".pyi"))
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    declared = {name for name, how in stub.items() if "def" in how}
    computed = {name for name, how in source.items() if how == {"call"}}
    return bool(declared) and declared <= computed and source.keys() <= stub.keys()


_TOP_DEFINITION = re.compile(rb"\n(?:async[ \t]+def|def|class)[ \t]+([A-Za-z][A-Za-z0-9_]*)")
"""A public def or class at the start of a line, one of the module's top level (led by the newline, which `re`
skips to: a pattern led by `^` under `re.M` is tried at every byte)."""


def _defined_at_line_start(path: Path) -> set[bytes]:
    """The public names `_TOP_DEFINITION` finds in the file's first `MAX_STUB_PROBE` bytes."""
    with path.open("rb") as handle:
        return set(_TOP_DEFINITION.findall(b"\n" + handle.read(MAX_STUB_PROBE)))


def _bound_at_top(path: Path) -> dict[str, set[str]]:
    """The public names a module binds at its top level (in branches and `try` blocks too), each with how: "def"
    (a def or class), "call" (assigned a call's result) or "other"."""
    with path.open("rb") as handle:
        pending = list(parse_module(handle.read(MAX_STUB_PROBE), str(path)).body)
    found: dict[str, set[str]] = {}
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If):
            pending.extend([*node.body, *node.orelse])
            continue
        if isinstance(node, ast.Try):
            pending.extend([*node.body, *node.orelse, *node.finalbody])
            pending.extend(stmt for handler in node.handlers for stmt in handler.body)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [(node.name, "def")]
        elif isinstance(node, ast.Assign):
            how = "call" if isinstance(node.value, ast.Call) else "other"
            names = [(n.id, how) for n in walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
        elif isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [((alias.asname or alias.name).split(".")[0], "other") for alias in node.names]
        else:
            names = [(n.id, "other") for n in walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
        for name, how in names:
            if not name.startswith("_"):
                found.setdefault(name, set()).add(how)
    return found


_GLOBALS = re.compile(rb"\bglobals\(\)")
_READ_AFTER = re.compile(rb"\[[^\]\n]*\](?!\s*=[^=])")
"""After `globals()`: a key read, not assigned to. Whole-namespace reads (`.keys()`, `.items()`) still count as
filling: numpy 1.22's `__dir__` lists `globals().keys()`, and its stub stays the one read, as for 1.21's
`globals().update(...)` (reading one release's source against the other's stub claims stub-only differences)."""
_READ_BEFORE = re.compile(rb"^(?!.*\bfor\b).*\bin\s*$")
"""Before `globals()` on its line: a key test (`if name in globals():`), not a loop over it (a listing)."""
_IMPORT_CONTEXT_BEFORE = re.compile(rb"\b__import__\((?:[^()\n]|\([^()\n]*\))*,\s*(?:globals\s*=\s*)?$")
"""Before `globals()` on its line: the namespace handed to `__import__` (its second argument, or `globals=`), which
reads only `__package__` and `__name__` from it to resolve a relative import and binds nothing there (cheroot 10's
`server.py` loads its SSL adapter by `__import__(mod_path, globals(), locals(), [''])`)."""


def _reads_globals(text: bytes, start: int, end: int) -> bool:
    """This `globals()` only has a key read or tested, or is handed to `__import__`; anything else (passed on,
    assigned, updated, listed, indexed and assigned to) may fill the module's names."""
    line_start = text.rfind(b"\n", 0, start) + 1
    before = text[line_start:start]
    return (
        _READ_AFTER.match(text, end) is not None
        or _READ_BEFORE.search(before) is not None
        or _IMPORT_CONTEXT_BEFORE.search(before) is not None
    )


MAX_LISTING_BYTES = 10_000
"""Bytes of an egg-info `top_level.txt` read (a real one lists a few names)."""


def _listed(table: object, key: str) -> list[Any]:
    """`table[key]` when the TOML table holds a list there, else nothing (`packages = {find = {}}` lists none)."""
    value = table.get(key) if isinstance(table, dict) else None
    return value if isinstance(value, list) else []


MAX_PYPROJECT_BYTES = 1 << 20
"""Bytes of an sdist's `pyproject.toml` read for the packages it declares."""
MAX_STUB_PROBE = 1 << 20
"""Bytes of a source read to tell whether its stub describes it better."""


def _installed_data_libs(root: Path) -> list[Path]:
    """A wheel's `NAME.data/purelib` and `NAME.data/platlib` folders: installers move what they hold into
    site-packages beside the wheel's root (tritonclient 2.72.0 ships all its packages in `.data/purelib`)."""
    return [
        folder / scheme
        for folder in sorted(root.glob("*.data"))
        for scheme in ("purelib", "platlib")
        if (folder / scheme).is_dir() and not folder.is_symlink() and not (folder / scheme).is_symlink()
    ]


def find_modules(unpacked: Path) -> list[ModuleFile]:
    """Every module of the distribution's top-level packages (tests, docs and build scripts excluded)."""
    root = distribution_root(unpacked)
    base = _source_base(root)
    wheel = is_wheel(root)
    declared = None if wheel else _declared_top_level(root, base)
    own = _own_names(root)
    packages, top_modules = _top_level(base, wheel, declared, own)
    if declared is not None and not (packages or top_modules):  # a stale listing: trust the tree
        packages, top_modules = _top_level(base, wheel, own=own)
    if not wheel and (tools := _build_tools(root) - own):
        packages = [path for path in packages if path.name not in tools]
        top_modules = [path for path in top_modules if path.name.split(".")[0] not in tools]
    anchors = dict.fromkeys(packages, base)
    for lib in _installed_data_libs(root) if wheel else []:
        lib_packages, lib_modules = _top_level(lib, wheel, own=own)
        anchors.update(dict.fromkeys(lib_packages, lib))
        packages += lib_packages
        top_modules += lib_modules
    mapped = {} if wheel else _mapped_packages(root, base)
    if mapped:  # what a mapped folder holds is that package's, not top-level modules of their own
        folders = list(mapped.values())
        packages = [path for path in packages if not any(path.is_relative_to(folder) for folder in folders)]
        top_modules = [path for path in top_modules if not any(path.is_relative_to(folder) for folder in folders)]
    found: list[ModuleFile] = []
    for path in _with_stubs_only_where_no_source(top_modules):
        found.append(ModuleFile(path.name.split(".")[0], path.relative_to(root).as_posix(), path, False))
    roots: list[tuple[Path, Path, tuple[str, ...]]] = [(package, anchors[package], ()) for package in packages]
    roots += [(folder, folder, tuple(name.split("."))) for name, folder in sorted(mapped.items())]
    for package, anchor, prefix in roots:
        for dirpath, dirnames, filenames in os.walk(package):
            folder = Path(dirpath)
            dirnames[:] = sorted(
                name
                for name in dirnames
                if (name not in EXCLUDED_SUBDIRS or name in TEST_FOLDERS and not _holds_tests(folder / name))
                and name.isidentifier()
                and not (folder / name).is_symlink()
                and (wheel or not _nested_project(folder / name))
            )
            dotted = ".".join((*prefix, *folder.relative_to(anchor).parts))
            candidates = [
                folder / name
                for name in sorted(filenames)
                if name.endswith((".py", ".pyi")) and name != "conftest.py" and not _build_script(folder / name)
            ]  # pytest's configuration inside a package (networkx's `conftest.py`) is no module anyone imports
            for path in _with_stubs_only_where_no_source(candidates):
                stem = path.name.split(".")[0]
                if path.is_symlink() or not stem.isidentifier():
                    continue
                is_package = stem == "__init__"
                module = dotted if is_package else f"{dotted}.{stem}"
                found.append(ModuleFile(module, path.relative_to(root).as_posix(), path, is_package))
                if len(found) >= MAX_MODULES:
                    return found
    return found


def skipped_test_packages(files: list[ModuleFile]) -> list[ModuleFile]:
    """The tests folders (see `TEST_FOLDERS`) of the found packages that hold an `__init__.py`, as the package each
    makes, where no module of that name was found: skipped unread, yet importable."""
    known = {file.module for file in files}
    found: list[ModuleFile] = []
    for file in files:
        if not file.is_package:
            continue
        for name in sorted(TEST_FOLDERS):
            init = file.path.parent / name / "__init__.py"
            module = f"{file.module}.{name}"
            if module in known or init.is_symlink() or not init.is_file():
                continue
            known.add(module)
            relpath = (Path(file.relpath).parent / name / "__init__.py").as_posix()
            found.append(ModuleFile(module, relpath, init, True))
    return found
