"""Recall and precision on developer tooling never measured: packaging, docs tooling, testing and CLI libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert changed.detail == "type changed from str to str | None (now an attribute)"
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
    assert changed.detail == "type changed from str to str | None (now an attribute)"
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
