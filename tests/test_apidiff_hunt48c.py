"""False claims found by hunt48c on packaging, release and developer tooling nobody tuned on: each class on its pinned
real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a namedtuple's field become a read-only property: instances of a namedtuple never took assignments --


def test_pre_commit_3_language_environment_dir_was_never_assignable() -> None:
    # 2.21's `class Language(NamedTuple)` field `ENVIRONMENT_DIR: str | None`; 3.0's `class Language(Protocol)`
    # declares it `@property def ENVIRONMENT_DIR(self) -> str | None: ...`
    found = changes("pre-commit", "2.21.0", "3.0.4")
    assert ("signature_changed", "pre_commit.languages.all.Language.ENVIRONMENT_DIR") not in found
    # the siblings: the field that went, and the class no longer callable with its fields, stay claimed
    assert ("removed", "pre_commit.languages.all.Language.name") in found
    assert ("signature_changed", "pre_commit.languages.all.Language") in found


def _holder(base: str) -> dict[str, str]:
    return {"demo/__init__.py": f"from typing import NamedTuple\n\n\nclass Holder({base}):\n    size: int\n    label: str\n"}


def _read_only(base: str) -> dict[str, str]:
    return {
        "demo/__init__.py": (
            "from typing import NamedTuple, Protocol\n\n\n"
            f"class Holder({base}):\n"
            "    @property\n    def size(self) -> int: ...\n\n"
            "    @property\n    def label(self) -> str: ...\n"
        )
    }


def test_namedtuple_field_made_a_property_is_no_new_read_only(tmp_path: Path) -> None:
    found = diffed(tmp_path, _holder("NamedTuple"), _read_only("Protocol"))
    assert ("signature_changed", "demo.Holder.size") not in found
    assert ("signature_changed", "demo.Holder.label") not in found


def test_plain_class_attribute_made_a_property_stays_read_only(tmp_path: Path) -> None:
    # the sibling: a plain class's annotated attribute was assignable on its instances
    old = {"demo/__init__.py": "class Holder:\n    size: int = 0\n    label: str = ''\n"}
    found = diffed(tmp_path, old, _read_only("object"))
    assert ("signature_changed", "demo.Holder.size") in found
    assert found[("signature_changed", "demo.Holder.size")].breakage == "attribute_made_read_only"


# -- a name a standard-library base serves instances through a descriptor refusing class access (`enum.Enum.value`) --


def test_cibuildwheel_3_architecture_members_keep_their_value() -> None:
    # 2.23.4: `class Architecture(Enum):\n    value: str`; 3.0.1: `@typing.final class Architecture(StrEnum)`
    found = changes("cibuildwheel", "2.23.4", "3.0.1")
    assert ("removed", "cibuildwheel.architecture.Architecture.value") not in found
    # the siblings: the modules and helpers 3.0 really dropped stay claimed
    assert ("removed", "cibuildwheel.linux") in found
    assert ("removed", "cibuildwheel.options.CommandLineArguments.prerelease_pythons") in found


def test_enum_value_annotation_dropped_for_a_str_enum(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from enum import Enum\n\n\nclass Arch(Enum):\n    value: str\n    X86 = 'x86'\n    ARM = 'arm'\n"}
    new = {"demo/__init__.py": "from enum import StrEnum, auto\n\n\nclass Arch(StrEnum):\n    X86 = auto()\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Arch.value") not in found
    assert ("removed", "demo.Arch.ARM") in found  # the sibling: a member really gone


# -- a one-element list display as an annotation (`[str]`): an informal `list[str]` --


def test_pyinstaller_6_collect_dynamic_libs_takes_the_same_lists() -> None:
    # 5.13.2: `search_patterns: [str] = PY_DYLIB_PATTERNS`; 6.0.0: `search_patterns: list = PY_DYLIB_PATTERNS`
    found = changes("pyinstaller", "5.13.2", "6.0.0")
    assert ("signature_changed", "PyInstaller.utils.hooks.collect_dynamic_libs") not in found
    # the sibling: 6.0's `is_module_satisfies(requirements: str, version: None = None, ...)` took lists before
    assert ("signature_changed", "PyInstaller.utils.hooks.is_module_satisfies") in found


def test_list_display_annotation_widened_to_list(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def collect(patterns: [str] = None, names: [str] = None):\n    pass\n"}
    new = {"demo/__init__.py": "def collect(patterns: list = None, names: str = None):\n    pass\n"}
    found = diffed(tmp_path, old, new)
    change = found[("signature_changed", "demo.collect")]  # the sibling: `names` took lists, now a str
    assert [where for where, _, _ in change.signature.annotations_changed] == ["names"]


# -- a cache decorator of the release's own: a subclass of a settable cache adding no `__set__`, or a function
# annotated to return one --


def test_poetry_2_1_password_manager_keyring_stays_assignable() -> None:
    # 2.1.4's `poetry.utils.threading`: `class AtomicCachedProperty(functools.cached_property[T])` overrides only
    # `__init__` and `__get__`; `def atomic_cached_property(func) -> AtomicCachedProperty[T]` decorates both
    found = changes("poetry", "2.0.1", "2.1.4")
    assert ("signature_changed", "poetry.utils.password_manager.PasswordManager.keyring") not in found
    assert ("signature_changed", "poetry.utils.password_manager.PasswordManager.use_keyring") not in found
    # the siblings: the exceptions 2.1 really dropped stay claimed
    assert ("removed", "poetry.utils.env.PythonVersionNotFoundError") in found


CACHES = (
    "import functools\nfrom typing import Generic, TypeVar\n\nT = TypeVar('T')\n\n\n"
    "class LockedProperty(functools.cached_property[T]):\n    def __get__(self, instance, owner=None):\n"
    "        return super().__get__(instance, owner)\n\n\n"
    "class GuardedProperty(functools.cached_property[T]):\n    def __set__(self, instance, value):\n"
    "        raise AttributeError('read-only')\n\n\n"
    "def locked_property(func) -> LockedProperty[T]:\n    return LockedProperty(func)\n\n\n"
    "def guarded_property(func) -> 'GuardedProperty[T]':\n    return GuardedProperty(func)\n"
)


def test_release_cache_decorator_built_on_cached_property_stays_assignable(tmp_path: Path) -> None:
    old = {
        "demo/caches.py": CACHES,
        "demo/__init__.py": (
            "import functools\n\n\nclass Manager:\n    @functools.cached_property\n    def keyring(self):\n"
            "        return 1\n\n    @functools.cached_property\n    def backend(self):\n        return 2\n\n"
            "    @functools.cached_property\n    def store(self):\n        return 3\n"
        ),
    }
    new = {
        "demo/caches.py": CACHES,
        "demo/__init__.py": (
            "from demo.caches import LockedProperty, guarded_property, locked_property\n\n\nclass Manager:\n"
            "    @locked_property\n    def keyring(self):\n        return 1\n\n"
            "    @LockedProperty\n    def backend(self):\n        return 2\n\n"
            "    @guarded_property\n    def store(self):\n        return 3\n"
        ),
    }
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Manager.keyring") not in found
    assert ("signature_changed", "demo.Manager.backend") not in found
    # the sibling: a subclass whose `__set__` refuses makes the property read-only
    assert found[("signature_changed", "demo.Manager.store")].breakage == "attribute_made_read_only"


# -- an environment variable a function reads back after setting it itself --


def test_pbr_7_testr_coverage_python_was_the_release_s_own() -> None:
    found = changes("pbr", "6.1.1", "7.0.3")
    assert ("env_var_removed", "env:PYTHON") not in found
    assert ("removed", "pbr.testr_command") in found  # the sibling: the module itself is gone


def test_variable_read_back_after_its_own_assignment(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": (
            "import os\n\n\ndef cover(options):\n    os.environ['DEMO_RUNNER'] = 'coverage run ' + options\n"
            "    print(os.environ['DEMO_RUNNER'])\n\n\n"
            "def maybe(flag):\n    if flag:\n        os.environ['DEMO_COVER'] = '1'\n    return os.environ['DEMO_COVER']\n\n\n"
            "def late():\n    value = os.environ['DEMO_LATE']\n    os.environ['DEMO_LATE'] = 'x'\n    return value\n"
        )
    }
    new = {"demo/__init__.py": "def cover(options):\n    pass\n\n\ndef maybe(flag):\n    pass\n\n\ndef late():\n    pass\n"}
    found = diffed(tmp_path, old, new)
    assert ("env_var_removed", "env:DEMO_RUNNER") not in found
    # the siblings: a value set on one path only, or read before it is set, may be the user's
    assert ("env_var_removed", "env:DEMO_COVER") in found
    assert ("env_var_removed", "env:DEMO_LATE") in found


# -- a loop over a literal collection of variable names built at run time (`for k in (f"TOX_{key}", ...)`) --


def test_tox_4_still_reads_toxenv_through_its_option_variables() -> None:
    found = changes("tox", "3.28.0", "4.0.19")
    assert ("env_var_removed", "env:TOXENV") not in found
    assert ("env_var_removed", "env:TOX_SKIP_ENV") not in found
    # the siblings: variables outside those shapes that 4.0 no longer reads stay claimed
    assert ("env_var_removed", "env:JENKINS_URL") in found
    assert ("env_var_removed", "env:LC_ALL") in found


def test_variable_read_through_a_loop_over_built_names(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": (
            "import os\n\n\ndef option(key):\n    return os.environ.get('DEMO_' + key.upper())\n\n\n"
            "def env():\n    return os.environ.get('DEMOENV'), os.environ.get('OTHER_FLAG')\n"
        )
    }
    new = {
        "demo/__init__.py": (
            "import os\n\n\ndef option(key):\n    upper = key.upper()\n"
            "    for name in (f'DEMO_{upper}', f'DEMO{upper}'):\n        if name in os.environ:\n"
            "            return os.environ[name]\n    return None\n"
        )
    }
    found = diffed(tmp_path, old, new)
    assert ("env_var_removed", "env:DEMOENV") not in found
    assert ("env_var_removed", "env:OTHER_FLAG") in found  # the sibling: no shape of the loop builds it
