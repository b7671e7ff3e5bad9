"""False removals found by the lead's sweep of 2025-2026 releases (fastapi 0.137, virtualenv 21.0): each class on its pinned real
example and on a synthetic case, with siblings that must stay claimed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces
from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import Surface
from bot.apidiff.raw import RawModule
from bot.apidiff.release import read_file
from bot.jobs.analysis import Analyser
from bot.jobs.analysis_worker import Extractor
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a constructor handing `self` to a module function that sets its attributes --


def test_fastapi_0_137_route_attributes_set_by_a_module_function_are_not_removed() -> None:
    found = changes("fastapi", "0.136.3", "0.137.0", ("starlette", "1.10.0"))  # `APIRoute(starlette.routing.Route)`
    # 0.137.0: `APIRoute.__init__` calls `_populate_api_route_state(cast(_APIRouteLike, self), path, ...)`, which sets
    # `route.summary`, `route.response_model`, `route._flat_dependant` and thirty more
    route = {s for (k, s) in found if k == "removed" and s.startswith("fastapi.routing.APIRoute.")}
    assert route == set()
    assert ("removed", "fastapi.routing.APIRoute.summary") not in found


_OLD = "class Route:\n    def __init__(self, path, summary=None):\n        self.path = path\n        self.summary = summary\n"


@pytest.mark.parametrize(
    "call",
    [
        "_populate(self, path, summary)",
        "_populate(cast('Route', self), path, summary)",
        "_populate(path=path, summary=summary, route=self)",
        "_populate(typing.cast(Route, self), path, summary)",
    ],
)
def test_attributes_a_module_function_sets_on_the_instance_it_is_handed_stay(tmp_path: Path, call: str) -> None:
    new = (
        "import typing\nfrom typing import cast\n"
        "def _populate(route, path, summary):\n    route.path = path\n    if summary:\n        route.summary = summary\n"
        f"class Route:\n    def __init__(self, path, summary=None):\n        {call}\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found


def test_a_function_defined_after_the_class_is_followed_too_and_through_a_second_helper(tmp_path: Path) -> None:
    new = (
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self, path)\n"
        "def _populate(route, path):\n    route.path = path\n    _more(route)\n"
        "def _more(target):\n    target.summary, target.extra = None, 1\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found


def test_an_attribute_the_function_no_longer_sets_is_still_removed(tmp_path: Path) -> None:
    new = (
        "def _populate(route, path, summary):\n    route.path = path\n    other = summary\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self, path, summary)\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") in found


@pytest.mark.parametrize(
    "new",
    [
        # the instance goes to the other parameter: what `_populate` sets is on `options`
        "def _populate(options, route):\n    options.path = 1\n    options.summary = 2\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate({}, self)\n",
        # a function of another module (not visible here): nothing is known of what it sets
        "from elsewhere import _populate\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self, path, summary)\n",
        # the instance is not handed over: `route` is a fresh object
        "def _populate(route, path, summary):\n    route.path = path\n    route.summary = summary\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(object(), path, summary)\n",
    ],
)
def test_attributes_set_on_something_else_are_still_removed(tmp_path: Path, new: str) -> None:
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") in found
    assert ("removed", "demo.Route.summary") in found


def test_attributes_set_by_unpacking_a_tuple_are_instance_attributes(tmp_path: Path) -> None:
    new = "class Route:\n    def __init__(self, path, summary=None):\n        (self.path, self.summary), *self.rest = f()\n"
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found
    dropped = "class Route:\n    def __init__(self, path, summary=None):\n        self.path, other = f()\n"
    assert ("removed", "demo.Route.summary") in diffed(tmp_path, _OLD, dropped)


def test_asgiref_sync_to_async_keeps_the_marker_its_module_function_sets() -> None:
    # 3.6.0 moved `self._is_coroutine = ...` into `markcoroutinefunction(self)`; 3.8 defines that function only in
    # the `else:` of `if hasattr(inspect, "markcoroutinefunction"):`
    for old, new in (("3.5.2", "3.6.0"), ("3.6.0", "3.8.1")):
        found = changes("asgiref", old, new)
        assert ("removed", "asgiref.sync.SyncToAsync._is_coroutine") not in found


def test_a_function_defined_in_a_branch_of_the_module_is_followed(tmp_path: Path) -> None:
    new = (
        "import sys\nif sys.version_info >= (3, 12):\n    def _populate(route):\n        pass\n"
        "else:\n    def _populate(route):\n        route.path = route.summary = None\n"
        "class Route:\n    def __init__(self, path, summary=None):\n        _populate(self)\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert ("removed", "demo.Route.path") not in found
    assert ("removed", "demo.Route.summary") not in found


# -- an environment variable whose reading moved into a distribution the release now requires --


def test_virtualenv_21_variables_read_by_python_discovery_are_not_removed() -> None:
    # 21.0.0 moved interpreter discovery into python-discovery (now required), which reads the same variables
    found = changes("virtualenv", "20.39.1", "21.0.0", ("python-discovery", "1.0.0"))
    for name in ("PATHEXT", "TCL_LIBRARY", "UV_PYTHON_INSTALL_DIR", "XDG_DATA_HOME"):
        assert ("env_var_removed", f"env:{name}") not in found
    alone = changes("virtualenv", "20.39.1", "21.0.0")  # without the dependency, each is a removal as far as we know
    assert ("env_var_removed", "env:XDG_DATA_HOME") in alone
    assert ("removed", "virtualenv.discovery.builtin.propose_interpreters") in found  # its import paths did go


def _tree(root: Path, files: dict[str, str]) -> Path:
    (root / "dep-1.0.dist-info").mkdir(parents=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_a_dependency_is_read_for_the_variables_the_release_no_longer_reads(tmp_path: Path) -> None:
    dep = _tree(tmp_path / "dep", {
        "dep/__init__.py": "from .find import where\n",
        "dep/find.py": "import os\ndef where():\n    return os.environ.get('APP_HOME')\n",
        "dep/docs.py": "NOTE = 'set APP_CACHE to move the cache'\n",  # spelled, never read
        "dep/other.py": "import os\nTOKEN = os.environ['UNRELATED']\n",
        "dep/mapped.py": "def cache(env):\n    return env.get('APP_DATA')\n",  # the mapping callers pass
    })
    tree = DependencyTree("dep", "1.0", dep)
    read: list[str] = []

    def whole(file: ModuleFile) -> RawModule:
        read.append(file.module)
        return read_file(file)

    names = ["APP_HOME", "APP_CACHE", "APP_DATA"]
    [partial] = partial_surfaces([], [tree], lambda file: read_file(file, lazy=True), names, whole)
    assert partial.env_vars == {"APP_HOME": ("dep/find.py", 3), "APP_DATA": ("dep/mapped.py", 2)}
    assert sorted(read) == ["dep.docs", "dep.find", "dep.mapped"]  # only the modules spelling a name asked about
    [unasked] = partial_surfaces([], [tree], lambda file: read_file(file, lazy=True))
    assert unasked.env_vars == {}


def test_a_variable_a_required_distribution_reads_is_not_removed(tmp_path: Path) -> None:
    old = surface(tmp_path, {"demo/__init__.py": "import os\nHOME = os.environ.get('APP_HOME')\n"}, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": "from dep import where\nHOME = where()\n"}, "2.0")
    reading = Surface("dep", "1.0", env_vars={"APP_HOME": ("dep/find.py", 3)})
    elsewhere = Surface("dep", "1.0", env_vars={"OTHER": ("dep/find.py", 3)})
    assert [c.symbol for c in diff_surfaces(old, new, [reading])] == []
    assert [c.symbol for c in diff_surfaces(old, new, [elsewhere])] == ["env:APP_HOME"]


async def test_only_a_release_that_stopped_reading_variables_fetches_its_new_requirements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = Surface("demo", "1.0", env_vars={"APP_HOME": ("demo/__init__.py", 2)}, requires=("click>=8",))
    new = Surface("demo", "2.0", requires=("click>=8", "dep>=1"))
    fetched: list[str] = []
    asked: list[tuple[list[str], list[str], list[str] | None]] = []

    class Client:
        async def project(self, name: str) -> Any:
            return type("P", (), {"releases": [type("R", (), {"version": "1.2", "yanked": False})]})

        async def unpacked(self, name: str, version: str) -> Path:
            fetched.append(name)
            return Path("/unpacked") / name

    async def dependencies(
        self: Extractor, wanted: list[str], trees: list[DependencyTree], env_names: list[str] | None = None
    ) -> list[Surface]:
        asked.append((wanted, [tree.package for tree in trees], env_names))
        return [Surface(tree.package, tree.version) for tree in trees]

    monkeypatch.setattr(Extractor, "dependencies", dependencies)
    found = await Analyser(Client()).dependency_surfaces(old, new)  # type: ignore[arg-type]
    assert fetched == ["dep"] and asked == [([], ["dep"], ["APP_HOME"])] and [s.package for s in found] == ["dep"]
    still = Surface("demo", "2.0", env_vars=old.env_vars, requires=new.requires)
    assert await Analyser(Client()).dependency_surfaces(old, still) == [] and fetched == ["dep"]  # type: ignore[arg-type]


# -- a variable named in a keyword argument on a line of its own --


def test_nox_2026_8_variables_named_in_option_keywords_are_still_read() -> None:
    found = changes("nox", "2026.7.11", "2026.8.10")
    # `default_venv_backend: str = attrs.field(..., metadata=opt("-db", ..., env_var="NOX_DEFAULT_VENV_BACKEND",
    # ...))`, read by `os.environ.get(option.env_var)` in `_option_set`
    for name in ("NOXSESSION", "NOXPYTHON", "NOX_DEFAULT_VENV_BACKEND", "NOXFORCEPYTHON", "NOXEXTRAPYTHON"):
        assert ("env_var_removed", f"env:{name}") not in found


_READS_MODE = "import os\nMODE = os.environ.get('APP_MODE')\n"


@pytest.mark.parametrize("spelled", ["Option(\n    env_var='APP_MODE',\n)\n", "Option(\n    env_var = 'APP_MODE'\n)\n"])
def test_a_variable_named_in_a_keyword_argument_is_still_spelled(tmp_path: Path, spelled: str) -> None:
    new = (
        "import os\nclass Option:\n    def __init__(self, env_var=None):\n        self.env_var = env_var\n"
        f"def value(option):\n    return os.environ.get(option.env_var)\nMODE = {spelled}"
    )
    assert ("env_var_removed", "env:APP_MODE") not in diffed(tmp_path, _READS_MODE, new)


def test_a_constant_naming_the_variable_that_nothing_reads_is_no_read(tmp_path: Path) -> None:
    new = "VARIABLE = 'APP_MODE'\nTYPED: str = 'APP_MODE'\n"
    assert ("env_var_removed", "env:APP_MODE") in diffed(tmp_path, _READS_MODE, new)


# -- a builtin called with `self` calls the class's special method --


def test_nox_2025_2_manifest_next_still_calls_its_next() -> None:
    found = changes("nox", "2024.10.9", "2025.2.9")
    # 2024.10.9: `def next(self): return self.__next__()`; 2025.2.9: `def next(self): return next(self)`
    assert ("signature_changed", "nox.manifest.Manifest.__next__") not in found


_QUEUE = "class Queue:\n    def __next__(self):\n        return 1\n    def __len__(self):\n        return 0\n"


@pytest.mark.parametrize("body", ["return next(self)", "return next( self )", "return len(self), next(self, None)"])
def test_a_builtin_given_self_calls_the_special_method(tmp_path: Path, body: str) -> None:
    old = f"{_QUEUE}    def take(self):\n        return self.__next__(), self.__len__()\n"
    new = f"{_QUEUE}    def take(self):\n        {body}\n"
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Queue.__next__") not in found


@pytest.mark.parametrize("body", ["return self.items.next(self)", "return 1  # next(self)", "return next(self.items)"])
def test_a_special_method_no_builtin_reaches_is_no_longer_called(tmp_path: Path, body: str) -> None:
    old = f"{_QUEUE}    def take(self):\n        return self.__next__()\n"
    new = f"{_QUEUE}    def take(self):\n        {body}\n"
    assert ("signature_changed", "demo.Queue.__next__") in diffed(tmp_path, old, new)


def test_functions_handing_the_instance_on_are_followed_a_bounded_number_of_times(tmp_path: Path) -> None:
    # a hostile chain of 3,000 functions each handing the instance to the next, under 3,000 classes, walked 3,000 x
    # 3,000 statements (2 minutes): past 16 functions a constructor's attributes are no longer looked for
    chain = "".join(f"def f{i}(r):\n    r.a{i} = 1\n    f{i + 1}(r)\n" for i in range(40)) + "def f40(r):\n    pass\n"
    found = surface(tmp_path, {"demo/__init__.py": f"{chain}class C:\n    def __init__(self):\n        f0(self)\n"})
    attributes = {path for path in found.symbols if path.startswith("demo.C.a")}
    assert attributes == {f"demo.C.a{i}" for i in range(16)}
