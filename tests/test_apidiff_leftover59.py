"""leftover59: false claims earlier stops left alone (pycryptodome 4.0, jenkinsapi 0.3, accelerate 0.27, gitpython
3.1.20, highdicom 0.28)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a subpackage of a test package holding only tests is test code, its `__init__`'s suite builder too --

_SUITES = {
    "demo/__init__.py": "",
    "demo/SelfTest/__init__.py": "def get_tests():\n    return []\n",
    "demo/SelfTest/Hash/__init__.py": "def get_tests(config={}):\n    from demo.SelfTest.Hash import test_md2\n"
    "    return test_md2.get_tests(config)\n",
    "demo/SelfTest/Hash/common.py": "import unittest\n\nclass HashSelfTest(unittest.TestCase):\n"
    "    def runTest(self):\n        pass\n\ndef make_tests(name):\n    return [HashSelfTest()]\n",
    "demo/SelfTest/Hash/test_md2.py": "from demo.SelfTest.Hash.common import make_tests\n\n"
    "def get_tests(config={}):\n    return make_tests('md2')\n",
    "demo/SelfTest/Util/__init__.py": "def get_tests(config={}):\n    return []\n",
    "demo/SelfTest/Util/test_util.py": "import unittest\n\nclass TestUtil(unittest.TestCase):\n"
    "    def test_it(self):\n        pass\n",
    "demo/SelfTest/Util/vectors.py": "def load_vectors(name):\n    return []\n",
}


def test_a_subpackage_of_a_test_package_holding_only_tests_is_test_code(tmp_path: Path) -> None:
    new = {path: "" for path in _SUITES if path.endswith("__init__.py")}  # the suite builders are gone
    found = diffed(tmp_path, _SUITES, new)
    assert found[("removed", "demo.SelfTest.Hash.get_tests")].private
    assert "test code the release shipped" in found[("removed", "demo.SelfTest.Hash.get_tests")].detail
    # a subpackage holding a helper module beside its tests, and the test package's own `__init__`, stay public
    assert not found[("removed", "demo.SelfTest.Util.get_tests")].private
    assert not found[("removed", "demo.SelfTest.Util.vectors")].private
    assert not found[("removed", "demo.SelfTest.get_tests")].private


def test_pycryptodome_4_0_selftest_subpackage_suite_builders_are_test_code() -> None:
    found = changes("pycryptodome", "3.24.1", "4.0.0")
    for package in ("Cipher", "Hash", "IO", "Math", "Protocol", "PublicKey", "Random", "Signature", "Util"):
        change = found[("removed", f"Crypto.SelfTest.{package}.get_tests")]
        assert change.private and "test code the release shipped" in change.detail
    assert not found[("signature_changed", "Crypto.SelfTest.run")].private  # the documented self-test entry point


# -- a `test_*` file under a folder whose `conftest.py` gives pytest fixtures is a test, with no framework import --

_FIXTURES = "import pytest\n\n\n@pytest.fixture(scope='session')\ndef jenkins():\n    return object()\n"
_QUEUE_OLD = "def test_invoke_many_jobs(jenkins):\n    assert jenkins\n"
_QUEUE_NEW = "def test_invoke_many_jobs(jenkins, no_executors):\n    assert jenkins\n"


def _systests(queue: str, conftest: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/systests/__init__.py": "",
        "demo/systests/conftest.py": conftest,
        "demo/systests/test_queue.py": queue,
        "demo/systests/job_configs.py": "def long_job(name):\n    return name\n",
    }


def test_a_test_file_under_a_pytest_conftest_folder_is_test_code(tmp_path: Path) -> None:
    old, new = _systests(_QUEUE_OLD, _FIXTURES), _systests(_QUEUE_NEW, _FIXTURES)
    new["demo/systests/job_configs.py"] = "def long_job():\n    return 1\n"
    found = diffed(tmp_path, old, new)
    change = found[("signature_changed", "demo.systests.test_queue.test_invoke_many_jobs")]
    assert change.private and "test code the release shipped" in change.detail
    assert not found[("signature_changed", "demo.systests.job_configs.long_job")].private  # a helper beside the tests
    # a conftest.py giving no fixture or hook says nothing of the files beside it
    plain = "collect_ignore = ['setup.py']\n"
    found = diffed(tmp_path / "plain", _systests(_QUEUE_OLD, plain), _systests(_QUEUE_NEW, plain))
    assert not found[("signature_changed", "demo.systests.test_queue.test_invoke_many_jobs")].private


def test_jenkinsapi_0_3_7_systests_run_by_their_conftest_are_test_code() -> None:
    old = pinned_surface("jenkinsapi", "0.3.6")
    assert old.symbols["jenkinsapi_tests.systests.test_queue"].test_code  # fixtures from systests/conftest.py only
    assert not old.symbols["jenkinsapi_tests.systests.job_configs"].test_code
    found = changes("jenkinsapi", "0.3.6", "0.3.7")
    assert found[("signature_changed", "jenkinsapi_tests.systests.test_queue.test_invoke_many_jobs")].private


# -- a dataclass field its `__post_init__` sets: the changed default of its constructor parameter says nothing --

_RECIPE = (
    "from dataclasses import dataclass\n\n\n@dataclass\nclass Recipe:\n    backend: str = {backend!r}\n"
    "    margin: int = {margin}\n\n    def __post_init__(self):\n        self.backend = self.backend.upper()\n\n\n"
    "@dataclass\nclass Derived(Recipe):\n    level: str = 'O2'\n"
)


def test_a_default_a_post_init_rewrites_is_no_claim(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _RECIPE.format(backend="msamp", margin=0)}
    new = {"demo/__init__.py": _RECIPE.format(backend="MSAMP", margin=1)}
    found = diffed(tmp_path, old, new)
    for name in ("demo.Recipe", "demo.Derived"):  # the hook inherited too
        detail = found[("signature_changed", name)].detail
        assert "'backend'" not in detail
        assert "parameter 'margin' defaults to 1 where it defaulted to 0" in detail  # a field the hook leaves alone


def test_accelerate_0_27_fp8_backend_default_is_upper_cased_by_post_init() -> None:
    found = changes("accelerate", "0.26.1", "0.27.0")
    assert ("signature_changed", "accelerate.utils.dataclasses.FP8RecipeKwargs") not in found
    assert pinned_surface("accelerate", "0.26.1").symbols["accelerate.utils.FP8RecipeKwargs"].params is not None


# -- a parameter renamed in its slot whose old keyword the body gives to the same place is no "now keyword-only" --

_TAG_OLD = (
    "def create(repo, path, ref='HEAD', message=None, force=False, **kwargs):\n"
    "    if message:\n        kwargs['m'] = message\n    return repo.tag(path, ref, **kwargs)\n"
)
_TAG_NEW = (
    "def create(repo, path, reference='HEAD', logmsg=None, force=False, **kwargs):\n"
    "    if logmsg:\n        kwargs['m'] = logmsg\n    elif 'message' in kwargs and kwargs['message']:\n"
    "        kwargs['{place}'] = kwargs['message']\n    return repo.tag(path, reference, **kwargs)\n"
)


def test_an_old_keyword_given_where_the_parameter_in_its_slot_goes_is_a_rename_in_place(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _TAG_OLD}, {"demo/__init__.py": _TAG_NEW.format(place="m")})
    detail = found[("signature_changed", "demo.create")].detail
    assert "'message'" not in detail  # `create(r, p, "HEAD", "msg")` fills `logmsg`, `message=` still tags with it
    assert "parameter 'ref' renamed to 'reference'" in detail
    # given somewhere else, the old keyword means something else than the new parameter in its slot
    elsewhere = diffed(tmp_path / "else", {"demo/__init__.py": _TAG_OLD}, {"demo/__init__.py": _TAG_NEW.format(place="n")})
    assert "parameter 'message' is now keyword-only" in elsewhere[("signature_changed", "demo.create")].detail


def test_gitpython_3_1_20_tag_message_keeps_its_slot_as_logmsg() -> None:
    detail = changes("gitpython", "3.1.18", "3.1.20")[("signature_changed", "git.TagReference.create")].detail
    assert "'message'" not in detail
    assert "parameter 'ref' renamed to 'reference'" in detail


# -- items set on an instance under computed keys, which the class's `__getattr__` serves as attributes --

_DATASET = '''class Dataset:
    def __init__(self):
        self._items = {}

    def __setitem__(self, key, value):
        self._items[key] = value

    def __getattr__(self, name):
        return self._items[name]


class Plain:
    def __init__(self):
        self._items = {}

    def __setitem__(self, key, value):
        self._items[key] = value
'''
_MAP_OLD = '''from dicomlike import Dataset, Plain


class Map(Dataset):
    def __init__(self, palette):
        super().__init__()
        self.PaletteUID = palette
        self._sources = []


class Table(Plain):
    def __init__(self, palette):
        super().__init__()
        self.PaletteUID = palette
'''
_MAP_NEW = '''from dicomlike import Dataset, Plain
from demo.content import add_palette


class Map(Dataset):
    def __init__(self, palette):
        super().__init__()
        self._init(palette)

    def _init(self, palette):
        add_palette(self, palette)


class Table(Plain):
    def __init__(self, palette):
        super().__init__()
        for element in palette:
            self[element.keyword] = element
'''
_CONTENT = "def add_palette(dataset, palette):\n    for element in palette:\n        dataset[element.keyword] = element\n"


def test_items_a_getattr_serves_leave_the_public_instance_attributes_unknown(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/maps.py": _MAP_OLD}
    new = {**old, "demo/maps.py": _MAP_NEW, "demo/content.py": _CONTENT}
    base = surface_of(wheel(tmp_path / "base", {"dicomlike/__init__.py": _DATASET}), "dicomlike", "1.0")
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"), [base])}
    assert ("removed", "demo.maps.Map.PaletteUID") not in found  # `map.PaletteUID` may be an item it set
    assert ("removed", "demo.maps.Map._sources") in found  # the object's own state, no item `__getattr__` serves
    assert ("removed", "demo.maps.Table.PaletteUID") in found  # no `__getattr__`: an item is no attribute


def test_highdicom_0_28_palette_lut_uid_set_as_a_pydicom_element_is_not_removed() -> None:
    found = changes("highdicom", "0.27.0", "0.28.0", ("pydicom", "3.0.1"))
    assert ("removed", "highdicom.pm.ParametricMap.PaletteColorLookupTableUID") not in found
    assert ("removed", "highdicom.pm.ParametricMap._source_images") in found  # no longer set anywhere


# -- a None default measured (`len(wires)`) on every path, past checks that only raise, was never usable --

_ROT = '''class Rot:
    def __init__(self, theta, word, wires=None):
        self.theta = theta
        if not set(word) <= set("XYZ"):
            raise ValueError(word)
        num_wires = 1 if isinstance(wires, int) else len(wires)
        self.num_wires = num_wires


class Guarded:
    def __init__(self, theta, word, wires=None):
        self.theta = theta
        if not set(word) <= set("XYZ"):
            raise ValueError(word)
        num_wires = 1 if isinstance(wires, (int, type(None))) else len(wires)
        self.num_wires = num_wires
'''


def test_a_none_default_measured_past_raising_checks_was_never_usable(tmp_path: Path) -> None:
    new = _ROT.replace("wires=None):", "wires):")
    found = diffed(tmp_path, {"demo/__init__.py": _ROT}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.Rot") not in found  # `Rot(0.1, "X")` always raised TypeError on `len(None)`
    assert "parameter 'wires' lost its default" in found[("signature_changed", "demo.Guarded")].detail  # 1 at None


def test_pennylane_0_38_pauli_rot_wires_default_was_never_usable() -> None:
    found = changes("pennylane", "0.37.0", "0.38.0")
    for name in ("PauliRot", "ops.qubit.special_unitary.TmpPauliRot"):
        assert ("signature_changed", f"pennylane.{name}") not in found, name
    assert "'wires' lost its default" in found[("signature_changed", "pennylane.MultiRZ")].detail  # true, kept
