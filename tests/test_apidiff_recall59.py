"""recall59: documented breaks the engine missed, measured on libraries nobody had measured (jsonpickle 4.1,
cbor2 6.0, deepdiff 6.7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.locate import find_modules
from bot.changes import Change, SignatureDelta
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter's deprecation warned in an `if` nested in one that holds on another parameter's default path
# (jsonpickle 4.1.2's `if context is None:` around `if numeric_keys: warnings.warn(...)`) was not read --

_NESTED = '''import warnings


def encode(value, keys=False, numeric_keys=False, safe=True, context=None):
    if context is None:
        if not keys:
            warnings.warn("keys will default to True in 5.0", DeprecationWarning)
        if numeric_keys:
            warnings.warn("numeric_keys is deprecated", DeprecationWarning)
        if not safe:
            warnings.warn("safe=False is deprecated", DeprecationWarning)
    return value


def decode(value, strict=False, context=None):
    if context is not None:
        if strict:
            warnings.warn("strict is deprecated", DeprecationWarning)
    return value
'''


def test_a_warning_nested_under_another_parameters_default_deprecates_the_inner_parameter(tmp_path: Path) -> None:
    found = surface(tmp_path, {"demo/__init__.py": _NESTED}).symbols
    assert found["demo.encode"].deprecated_params == ("keys", "numeric_keys", "safe")
    assert found["demo.encode"].deprecated_omitted == ("keys",)  # leaving it out warns: passing it is the way out
    assert ("safe", "not safe") in found["demo.encode"].deprecated_when
    # the sibling: an outer test that holds only when the caller passes the other parameter is no default's path
    assert found["demo.decode"].deprecated_params == ()


def test_jsonpickle_4_1_2_deprecates_the_parameters_it_warns_about_under_its_default_context() -> None:
    found = changes("jsonpickle", "4.1.1", "4.1.2")
    for name in ("jsonpickle.encode", "jsonpickle.dumps"):
        assert _signature(found[("deprecated", name)]).deprecated_parameters == ("keys", "numeric_keys", "use_decimal")
    assert _signature(found[("deprecated", "jsonpickle.decode")]).deprecated_parameters == ("keys", "safe")


# -- an sdist whose pyproject.toml has setuptools take the packages from a folder (`[tool.setuptools.packages.find]
# where = ["python"]`, cbor2 6.0, beside its Rust `rust/`) had "no module": nothing was compared --


def _setuptools_sdist(tmp_path: Path, setuptools: str) -> Path:
    root = tmp_path / "demo-1.0"
    (root / "python" / "demo").mkdir(parents=True)
    (root / "python" / "demo" / "__init__.py").write_text("X = 1\n")
    (root / "rust").mkdir()
    (root / "rust" / "lib.rs").write_text("// the extension\n")
    (root / "pyproject.toml").write_text(f'[project]\nname = "demo"\n\n{setuptools}\n')
    return tmp_path


@pytest.mark.parametrize(
    "setuptools",
    [
        '[tool.setuptools.packages.find]\nwhere = ["python"]',
        '[tool.setuptools.packages.find]\nwhere = ["python/"]',
        '[tool.setuptools]\npackage-dir = {"" = "python"}',
    ],
)
def test_a_setuptools_package_folder_in_pyproject_holds_the_packages(tmp_path: Path, setuptools: str) -> None:
    assert [m.module for m in find_modules(_setuptools_sdist(tmp_path, setuptools))] == ["demo"]


@pytest.mark.parametrize(
    "setuptools", ['[tool.setuptools.packages.find]\nwhere = ["."]', '[tool.setuptools]\npackage-dir = {demo = "x"}']
)
def test_a_folder_setuptools_does_not_name_is_not_read(tmp_path: Path, setuptools: str) -> None:
    # the sibling: `where` left at the root, or a named package's folder, takes no package from `python/`
    assert [m.module for m in find_modules(_setuptools_sdist(tmp_path, setuptools))] == []


def test_cbor2_6_0_sdist_is_read_from_its_python_folder() -> None:
    modules = sorted(m.module for m in find_modules(unpacked_release("cbor2", "6.0.0")))
    assert modules == ["cbor2", "cbor2.tool"]
    found = changes("cbor2", "5.9.0", "6.0.0")
    for name in ("cbor2.CBORDecodeValueError", "cbor2.FrozenDict", "cbor2.decoder", "cbor2.encoder", "cbor2.types"):
        assert ("removed", name) in found


# -- a deprecation logged under a "Deprecation:" label, not saying "deprecated" (deepdiff 6.7's `logger.warning(
# "DeepDiff Deprecation: use bidirectional instead of verify_symmetry parameter.")`), was not read --

_LOGGED = '''import logging

logger = logging.getLogger(__name__)


class Delta:
    def __init__(self, diff=None, verify_symmetry=None, bidirectional=False, cache=None):
        if verify_symmetry is not None:
            logger.warning("Demo Deprecation: use bidirectional instead of verify_symmetry parameter.")
            bidirectional = verify_symmetry
        if cache is not None:
            logger.warning("cache given: deprecation warnings of the backend are not silenced")
        self.bidirectional = bidirectional
'''


def test_a_logged_text_labelled_deprecation_deprecates_the_parameter(tmp_path: Path) -> None:
    # the sibling: a logged text speaking of deprecations under no label (`cache`) announces none
    assert surface(tmp_path, {"demo/__init__.py": _LOGGED}).symbols["demo.Delta"].deprecated_params == (
        "verify_symmetry",
    )


def test_deepdiff_6_7_deprecates_verify_symmetry() -> None:
    found = changes("deepdiff", "6.6.1", "6.7.0")
    assert _signature(found[("deprecated", "deepdiff.Delta")]).deprecated_parameters == ("verify_symmetry",)


# -- a class decorator factory setting each name its call hands (`@proxy_property_directly("closed", "softspace")`,
# whose builder runs `for attr_name in attrs: setattr(cls, attr_name, ...)` over the factory's `*attrs`): the names
# were unknown, so one a release stopped handing (aiofiles 23.1's `AsyncSpooledTemporaryFile.softspace`) was silent --

_UTILS = '''def proxy_property_directly(*attrs):
    def cls_builder(cls):
        for attr_name in attrs:
            setattr(cls, attr_name, property(lambda self, name=attr_name: getattr(self._file, name)))
        return cls

    return cls_builder
'''
_DECORATED = '''from demo.utils import proxy_property_directly

NAMES = ("mode", "name")


@proxy_property_directly("closed", "mode", "softspace")
class SpooledFile:
    def read(self):
        return self._file.read()


@proxy_property_directly(*NAMES)
class Unknown:
    def read(self):
        return self._file.read()
'''


def test_a_name_a_class_decoration_no_longer_hands_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/utils.py": _UTILS, "demo/files.py": _DECORATED}
    new = {**old, "demo/files.py": _DECORATED.replace(', "softspace")', ")").replace("(*NAMES)", '("mode")')}
    assert surface(tmp_path / "old", old).symbols["demo.files.SpooledFile.closed"].kind == "attribute"
    found = diffed(tmp_path, old, new)
    assert set(found) == {("removed", "demo.files.SpooledFile.softspace")}
    # the sibling: names a decoration hands through `*NAMES` are unknown, so `Unknown.name` is claimed nowhere


def test_aiofiles_23_1_removed_the_softspace_its_decoration_handed() -> None:
    assert set(changes("aiofiles", "22.1.0", "23.1.0")) == {
        ("removed", "aiofiles.tempfile.temptypes.AsyncSpooledTemporaryFile.softspace")
    }


# -- false: a module handing its `__name__` and keywords to a helper that puts a proxy serving them in its place
# (humanfriendly 8's `define_aliases(module_name=__name__, compact="humanfriendly.text.compact", ...)`, whose
# `sys.modules[module_name] = DeprecationProxy(module, aliases)` answers each keyword): its names were "removed" --

_PROXY = '''import sys
import types


class DeprecationProxy(types.ModuleType):
    def __init__(self, module, aliases):
        super().__init__(module.__name__)
        self.module = module
        self.aliases = aliases

    def __getattr__(self, name):
        if name in self.aliases:
            return resolve(self.aliases[name])
        return getattr(self.module, name)


def resolve(target):
    return target


def define_aliases(module_name, **aliases):
    module = sys.modules[module_name]
    sys.modules[module_name] = DeprecationProxy(module, aliases)
'''
_TEXT = "def compact(text):\n    return text\n\n\ndef dedent(text):\n    return text\n"


@pytest.mark.parametrize("handed", ["module_name=__name__", "__name__"])
def test_names_a_module_replacing_proxy_serves_are_not_removed(tmp_path: Path, handed: str) -> None:
    old = {"demo/__init__.py": "from demo.text import compact, dedent\n", "demo/text.py": _TEXT}
    new = {
        "demo/__init__.py": f'from demo.deprecation import define_aliases\n\ndefine_aliases({handed}, compact="demo.text.compact")\n',
        "demo/deprecation.py": _PROXY,
        "demo/text.py": _TEXT,
    }
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.compact") not in found
    assert ("removed", "demo.dedent") in found  # the sibling: a name no keyword hands is gone


def test_humanfriendly_8_0_still_serves_its_aliases() -> None:
    found = changes("humanfriendly", "7.3", "8.0")
    for name in ("humanfriendly.compact", "humanfriendly.Spinner", "humanfriendly.terminal.html_to_ansi"):
        assert ("removed", name) not in found
    assert ("removed", "humanfriendly.testing.TestCase.shouldSkipTest") in found  # 8.0 removed the test wrapping


def _signature(change: Change) -> SignatureDelta:
    assert change.signature is not None
    return change.signature
