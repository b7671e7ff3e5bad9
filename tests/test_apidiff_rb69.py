"""Recall and precision on developer tooling never measured: packaging, docs tooling, testing and CLI libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.annotations import MAY_BE_NONE
from tests.test_apidiff_catalogue import run
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class NamedTuple made a dataclass or a plain class: at run time its base was `tuple` (as a `namedtuple(...)`
# class's is), so unpacking, indexing, `_asdict()` and `_replace()` fail; `typing.NamedTuple` itself is no base --

_RECORD = "import collections\nimport dataclasses\nfrom typing import NamedTuple\n\n\n"
_NAMED = _RECORD + "class License(NamedTuple):\n    text: str\n    file: str | None\n"


def test_a_named_tuple_made_a_dataclass_is_no_longer_a_tuple(tmp_path: Path) -> None:
    new = _RECORD + "@dataclasses.dataclass(frozen=True)\nclass License:\n    text: str\n    file: str | None\n"
    found = diffed(tmp_path, {"demo/__init__.py": _NAMED}, {"demo/__init__.py": new})
    lost = found[("signature_changed", "demo.License")]
    assert lost.breakage == "base_removed"
    assert lost.detail.startswith("no longer a subclass of tuple (a named tuple no more: unpacking, indexing")
    # the witness names `tuple`, which `issubclass` takes (`typing.NamedTuple` it refuses)
    assert "from builtins import tuple as _base" in lost.witness
    assert run(lost.witness, tmp_path / "1.0").returncode == 0
    assert run(lost.witness, tmp_path / "2.0").returncode != 0


@pytest.mark.parametrize(
    "new",
    [
        pytest.param("License = collections.namedtuple('License', 'text file')\n", id="functional namedtuple"),
        pytest.param(
            "class Base(NamedTuple):\n    text: str\n    file: str | None\n\n\nclass License(Base):\n    pass\n",
            id="subclass of another NamedTuple",
        ),
        pytest.param(
            "import typing_extensions\n\n\nclass License(typing_extensions.NamedTuple):\n    text: str\n"
            "    file: str | None\n",
            id="typing_extensions NamedTuple",
        ),
        pytest.param("from other import Base\n\n\nclass License(Base):\n    text: str\n", id="unknown base"),
    ],
)
def test_a_named_tuple_still_a_tuple_or_of_unknown_bases_loses_no_base(tmp_path: Path, new: str) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _NAMED}, {"demo/__init__.py": _RECORD + new})
    assert ("signature_changed", "demo.License") not in found


def test_a_functional_namedtuple_made_a_class_named_tuple_loses_no_base(tmp_path: Path) -> None:
    old = _RECORD + "License = collections.namedtuple('License', 'text file')\n"
    assert ("signature_changed", "demo.License") not in diffed(
        tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": _NAMED}
    )


# -- a property become an annotated class attribute (a dataclass field): what a read gives is compared as a
# property's type is, the old return against the new declared type --

_META = "import dataclasses\nfrom typing import ClassVar, Optional\n\n\n@dataclasses.dataclass\nclass Meta:\n    name: str\n"
_PROPERTY = (
    _META + "    _version: Optional[str] = None\n\n    @property\n    def version(self) -> str:\n"
    "        return self._version or '2.1'\n"
)


def test_a_property_made_a_wider_field_changes_its_type(tmp_path: Path) -> None:
    found = diffed(
        tmp_path, {"demo/__init__.py": _PROPERTY}, {"demo/__init__.py": _META + "    version: str | None = None\n"}
    )
    changed = found[("signature_changed", "demo.Meta.version")]
    assert changed.breakage == "return_type_changed"
    assert changed.detail == "type changed from str to str | None (now an attribute)" + MAY_BE_NONE  # noise70: said so
    assert run(changed.witness, tmp_path / "1.0").returncode == 0
    assert run(changed.witness, tmp_path / "2.0").returncode != 0


_OPTIONAL = _META + "    @property\n    def version(self) -> Optional[str]:\n        return None\n"


@pytest.mark.parametrize(
    ("old", "field"),
    [
        pytest.param(_PROPERTY, "    version: str = '2.1'\n", id="same type"),
        pytest.param(_OPTIONAL, "    version: Optional[str] = None\n", id="old return was optional too"),
        pytest.param(_PROPERTY, "    version: ClassVar[str] = '2.1'\n", id="class variable of the same type"),
        pytest.param(_PROPERTY, "    def __init__(self):\n        self.version: str | None = None\n", id="instance"),
    ],
)
def test_a_property_made_a_field_of_a_type_its_readers_meet_changes_nothing(
    tmp_path: Path, old: str, field: str
) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": _META + field})
    assert ("signature_changed", "demo.Meta.version") not in found


def test_pyproject_metadata_0_9_license_readme_and_metadata_version() -> None:
    found = changes("pyproject-metadata", "0.8.1", "0.9.0")
    # "Use dataclass instead of named tuple": `License` and `Readme` are frozen dataclasses, no longer tuples
    for record in ("License", "Readme"):
        lost = found[("signature_changed", f"pyproject_metadata.{record}")]
        assert lost.breakage == "base_removed"
        assert lost.detail.startswith("no longer a subclass of tuple (a named tuple no more")
    # "Remove indirection accessing `metadata_version`, add `auto_metadata_version`": the field may be None now
    changed = found[("signature_changed", "pyproject_metadata.StandardMetadata.metadata_version")]
    assert changed.detail == "type changed from str to str | None (now an attribute)" + MAY_BE_NONE  # noise70: said so
    # the other documented breaks are still found
    assert ("removed", "pyproject_metadata.DataFetcher") in found
    assert (
        "positional parameter 'readme' moved"
        in found[("signature_changed", "pyproject_metadata.StandardMetadata")].detail
    )


def test_cloup_3_help_theme_is_no_longer_a_tuple() -> None:
    found = changes("cloup", "2.1.2", "3.0.0")
    # 2.1's `class HelpTheme(NamedTuple)` is 3.0's `@dataclass(frozen=True) class HelpTheme`, served at both paths
    for path in ("cloup.HelpTheme", "cloup.styling.HelpTheme"):
        assert found[("signature_changed", path)].breakage == "base_removed"
    # `Style`, a frozen dataclass in both, and the private `_ArgInfo` NamedTuple change nothing
    assert ("signature_changed", "cloup.Style") not in found
    assert len(found) == 2


# -- a hook called only in an `if` arm no Python 3 runs (a `six.PY2 and ...` test, or an arm an earlier `six.PY3 and
# <same test>` always takes first, or one after an arm true on every Python 3): it was never called, so a release
# dropping that call leaves no override ignored --

_DESCRIBE = (
    "import six\n\n\nclass Base:\n    def append(self, s):\n        pass\n\n"
    "    def describe(self, value):\n        if hasattr(value, 'describe_to'):\n            value.describe_to(self)\n"
    "        elif six.PY3 and isinstance(value, six.text_type):\n            self.append(repr(value))\n"
    "{arms}"
    "        else:\n            self.append(str(value))\n\n"
    "    def quoted(self, string):\n        self.append(repr(string))\n"
)
_NO_CALL = _DESCRIBE.format(arms="").replace("six.PY3 and isinstance(value, six.text_type)", "isinstance(value, str)")
_PY2_ONLY = "        elif six.PY2 and isinstance(value, six.binary_type):\n            self.quoted(value)\n"
_TAKEN_FIRST = "        elif isinstance(value, six.text_type):\n            self.quoted(value)\n"
_LIVE = "        elif isinstance(value, bytes):\n            self.quoted(value)\n"


@pytest.mark.parametrize(
    "arms",
    [
        pytest.param(_PY2_ONLY, id="six.PY2 and ..."),
        pytest.param(_TAKEN_FIRST, id="taken first by six.PY3 and the same test"),
        pytest.param(_PY2_ONLY + _TAKEN_FIRST, id="both"),
        pytest.param(
            "        elif sys.version_info >= (3,):\n            self.append(value)\n"
            "        elif value:\n            self.quoted(value)\n",
            id="after an arm true on every Python 3",
        ),
    ],
)
def test_a_hook_called_only_where_no_python_3_runs_was_never_called(tmp_path: Path, arms: str) -> None:
    old = "import sys\n" + _DESCRIBE.format(arms=arms)
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": _NO_CALL})
    assert ("signature_changed", "demo.Base.quoted") not in found


@pytest.mark.parametrize(
    "arms",
    [
        pytest.param(_LIVE, id="a test of its own"),
        pytest.param(_PY2_ONLY + _LIVE, id="a live arm beside a dead one"),
        pytest.param(
            "        elif value:\n            self.append(value)\n        elif value:\n            self.quoted(value)\n",
            id="the same test twice, no version in it",
        ),
    ],
)
def test_a_hook_called_where_python_3_runs_is_still_claimed(tmp_path: Path, arms: str) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _DESCRIBE.format(arms=arms)}, {"demo/__init__.py": _NO_CALL})
    dropped = found[("signature_changed", "demo.Base.quoted")]
    assert dropped.detail == "'describe' no longer calls it: overrides in subclasses are silently ignored"


def test_pyhamcrest_2_leaves_no_python_3_hook_uncalled() -> None:
    found = changes("pyhamcrest", "1.10.1", "2.0.0")
    # 1.10's `append_description_of` called it under `elif six.PY2 and ...` and an `elif isinstance(value,
    # six.text_type)` its `elif six.PY3 and isinstance(value, six.text_type)` took first
    assert (
        "signature_changed",
        "hamcrest.core.base_description.BaseDescription.append_string_in_python_syntax",
    ) not in (found)
    # what 2.0 did change is still found
    assert ("removed", "hamcrest.core.base_description.BaseDescription.append_value") in found
    assert (
        "parameter 'object' renamed to 'obj'" in found[("signature_changed", "hamcrest.core.core.issame.IsSame")].detail
    )
