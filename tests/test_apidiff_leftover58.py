"""Leftover58: the last stop's left-alone items (instance attributes set under computed names, ...)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import unclaimed_classes
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a constructor that sets attributes on the instance under names it computes (`setattr(self, name, value)` over a
# table), itself, through a function it hands `self` to, or through a class it hands `self` to that keeps it
# (highdicom 0.28's `_LegacyConversionRunner(datasets, destination=self)` then `setattr(self._destination, keyword,
# value)`): which attributes instances have is unknown, and no attribute the old constructor set is claimed removed --

_COMPUTED_OLD = {
    "demo/__init__.py": "from demo.image import CT, Plain\n",
    "demo/image.py": '''class Base:
    def __init__(self):
        self.Modality = "CT"


class CT(Base):
    def __init__(self):
        super().__init__()
        self.Volumetric = "VOLUME"
        self.Pixel = 1


class Plain:
    def __init__(self):
        self.Volumetric = "VOLUME"
        self.Pixel = 1
''',
}
_TABLE = 'TABLE = {"Volumetric": "VOLUME", "Pixel": 1}\n\n\n'
_RUNNER = '''class _Runner:
    def __init__(self, datasets, destination, strict=False):
        self._destination = destination
        self._strict = strict
        self._run()

    def _run(self):
        for keyword, value in TABLE.items():
            setattr(self._destination, keyword, value)


'''
_HELPER = '''def _copy(dataset, table):
    for keyword, value in table.items():
        setattr(dataset, keyword, value)
'''


def _new(base_init: str) -> dict[str, str]:
    image = f'''from demo.convert import _Runner, _copy, TABLE


class Base:
    def __init__(self):
        self.Modality = "CT"
{base_init}

class CT(Base):
    def __init__(self):
        super().__init__()


class Plain:
    def __init__(self):
        self.Other = 1
'''
    return {
        "demo/__init__.py": "from demo.image import CT, Plain\n",
        "demo/image.py": image,
        "demo/convert.py": _TABLE + _RUNNER + _HELPER,
    }


def _lost(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if kind == "removed"}


def test_attributes_a_constructor_sets_under_computed_names_are_unknown(tmp_path: Path) -> None:
    kept = {"demo.Plain.Volumetric", "demo.Plain.Pixel"}  # the sibling: a class setting only spelled names
    ways = {
        "runner": "        _Runner([], destination=self)\n",
        "helper": "        _copy(self, TABLE)\n",
        "own": "        for keyword, value in TABLE.items():\n            setattr(self, keyword, value)\n",
    }
    for way, base_init in ways.items():
        found = diffed(tmp_path / way, _COMPUTED_OLD, _new(base_init))
        assert _lost(found) == kept, way
    spelled = "        for keyword in ('Volumetric', 'Pixel'):\n            setattr(self, keyword, 1)\n"
    assert _lost(diffed(tmp_path / "spelled", _COMPUTED_OLD, _new(spelled))) == kept  # a loop over literal names
    literal = "        setattr(self, 'Volumetric', 1)\n"
    assert _lost(diffed(tmp_path / "literal", _COMPUTED_OLD, _new(literal))) == kept | {"demo.CT.Pixel"}
    unhanded = "        _Runner([], destination=None)\n"
    lost = _lost(diffed(tmp_path / "unhanded", _COMPUTED_OLD, _new(unhanded)))
    assert lost == kept | {"demo.CT.Volumetric", "demo.CT.Pixel"}


def test_a_class_setting_computed_names_is_noted(tmp_path: Path) -> None:
    old = surface(tmp_path / "o", _COMPUTED_OLD, "1.0")
    new = surface(tmp_path / "n", _new("        _copy(self, TABLE)\n"), "2.0")
    notes = unclaimed_classes(old, new)
    assert any(note.startswith("demo.CT: ") and "computes" in note for note in notes), notes
    assert not any(note.startswith("demo.Plain: ") for note in notes), notes


def test_highdicom_0_28_attributes_a_converter_copies_by_name_are_not_removed() -> None:
    found = changes("highdicom", "0.27.0", "0.28.0", ("pydicom", "3.0.1"))
    for kind in ("CT", "MR", "PET"):
        for name in ("AcquisitionContextSequence", "PixelPresentation", "VolumetricProperties"):
            assert ("removed", f"highdicom.legacy.LegacyConvertedEnhanced{kind}Image.{name}") not in found, name


# -- a method of an ancestor in another module (not `__init__`) that hands `self` to a function of a third module
# setting an attribute on it (highdicom 0.28's `_Image._init_multiframe_image` calls `_add_icc_profile_attributes(self,
# icc_profile)`, setting `dataset.ICCProfile`): the instance may have that attribute, as one a method sets itself --

_INHERITED_OLD = {"demo/__init__.py": "class Seg:\n    def __init__(self, icc=None):\n        self.ICCProfile = icc\n"}
_INHERITED_NEW = {
    "demo/__init__.py": '''from demo.image import Image


class Seg(Image):
    def __init__(self, icc=None):
        self._init_frames(icc)
''',
    "demo/image.py": '''from demo.content import _add_icc


class Image:
    def _init_frames(self, icc):
        if icc is not None:
            _add_icc(self, icc)
''',
    "demo/content.py": "def _add_icc(dataset, icc):\n    dataset.ICCProfile = icc\n",
}


def test_attributes_a_function_sets_on_the_instance_an_inherited_method_hands_it_are_still_set(tmp_path: Path) -> None:
    assert ("removed", "demo.Seg.ICCProfile") not in diffed(tmp_path, _INHERITED_OLD, _INHERITED_NEW)
    unhanded = {**_INHERITED_NEW, "demo/image.py": _INHERITED_NEW["demo/image.py"].replace("_add_icc(self", "_add_icc(None")}
    assert ("removed", "demo.Seg.ICCProfile") in diffed(tmp_path / "unhanded", _INHERITED_OLD, unhanded)


def test_highdicom_0_28_icc_profile_set_by_an_inherited_helper_is_not_removed() -> None:
    found = changes("highdicom", "0.27.0", "0.28.0", ("pydicom", "3.0.1"))
    assert ("removed", "highdicom.seg.Segmentation.ICCProfile") not in found
    assert ("removed", "highdicom.pm.ParametricMap._source_images") in found  # no longer set anywhere


# -- an option the old body refused at None through a test no reader decides (pycryptodome 3's `key =
# kwargs.pop("key", None)` then `if not is_bytes(key): raise TypeError("You must pass a key")`): whether leaving it
# out ever worked is unknown, so 4.0 requiring `key` is no "lost its default"; a test refusing None for sure
# (`not hasattr(cipher, "attr")`) makes it required, and one letting None pass keeps the claim --

_UNSURE_OLD = '''from demo.util import is_bytes


def kmac(**kwargs):
    key = kwargs.pop("key", None)
    if not is_bytes(key):
        raise TypeError("You must pass a key")
    return key


def named(key=None, data=None):
    if not is_bytes(key):
        raise TypeError("You must pass a key")
    return key


def poly(**kwargs):
    cipher = kwargs.pop("cipher", None)
    if not hasattr(cipher, "_derive_pair"):
        raise ValueError("Parameter 'cipher' must be AES or ChaCha20")
    return cipher


def checked(**kwargs):
    key = kwargs.pop("key", None)
    if key is not None and not is_bytes(key):
        raise TypeError("bad key")
    return key


class Hash:
    def new(self, **kwargs):
        return kmac(**kwargs)
'''
_UNSURE_NEW = '''def kmac(*, key):
    return key


def named(key, data=None):
    return key


def poly(*, cipher):
    return cipher


def checked(*, key):
    return key


class Hash:
    def new(self, key):
        return kmac(key=key)
'''
_UTIL = {"demo/util.py": "def is_bytes(x):\n    return isinstance(x, (bytes, bytearray))\n"}


def test_a_default_refused_through_an_undecided_test_is_no_lost_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _UNSURE_OLD, **_UTIL}, {"demo/__init__.py": _UNSURE_NEW, **_UTIL})
    for name in ("kmac", "named", "poly", "Hash.new"):
        change = found.get(("signature_changed", f"demo.{name}"))
        assert change is None or "param_default_removed" not in change.breakages, name
    assert "param_default_removed" in found[("signature_changed", "demo.checked")].breakages  # None got past


def test_pycryptodome_4_0_kmac_and_poly1305_keys_were_never_optional() -> None:
    found = changes("pycryptodome", "3.24.1", "4.0.0")
    for path in ("KMAC128.new", "KMAC256.new", "KMAC128.KMAC_Hash.new", "Poly1305.new"):
        assert ("signature_changed", f"Crypto.Hash.{path}") not in found, path
    assert ("signature_changed", "Crypto.Hash.TupleHash128.new") in found  # its `**kwargs` is gone: still claimed


# -- a deprecation decorator's f-string naming a constant of the release, imported from another module (goose3
# 3.1.13's `@deprecated(f"Deprecated and to be removed in v{CAMEL_CASE_DEPRICATION}; use append_child instead")`):
# the message shows its value; a field no reader knows (a call's result) stays a field --

_RENDERED_NEW = {
    "demo/__init__.py": '''from demo.constants import REMOVAL
from demo.util import deprecated, version


class Parser:
    @deprecated(f"Deprecated and to be removed in v{REMOVAL}; use append_child instead")
    def appendChild(self):
        pass

    @deprecated(f"Deprecated since {version()}; use child_nodes instead")
    def childNodes(self):
        pass
''',
    "demo/constants.py": 'REMOVAL = "3.1.14"\n',
    "demo/util.py": "def deprecated(message):\n    return lambda f: f\n\n\ndef version():\n    return '1'\n",
}
_RENDERED_OLD = {
    **_RENDERED_NEW,
    "demo/__init__.py": "class Parser:\n    def appendChild(self):\n        pass\n\n    def childNodes(self):\n        pass\n",
}


def test_a_deprecation_message_field_a_constant_fills_is_rendered(tmp_path: Path) -> None:
    found = diffed(tmp_path, _RENDERED_OLD, _RENDERED_NEW)
    assert "removed in v3.1.14; use append_child" in found[("deprecated", "demo.Parser.appendChild")].detail
    assert "since {...}; use child_nodes" in found[("deprecated", "demo.Parser.childNodes")].detail


def test_goose3_3_1_13_camel_case_deprecations_name_their_removal_version() -> None:
    found = changes("goose3", "3.1.12", "3.1.13")
    detail = found[("deprecated", "goose3.parsers.Parser.appendChild")].detail
    assert detail.startswith("Deprecated and to be removed in v3.1.14; use append_child instead"), detail


# -- a class nobody can build itself (a `Protocol`, or an `abc` class with an abstract method left) whose own
# `__init__` warns naming the class being built (chromadb 1.0's `EmbeddingFunction.__init__`: f"The class
# {self.__class__.__name__} does not implement __init__"): only subclasses without an `__init__` of their own reach it,
# so the class itself is no deprecation; its subclass defining none is, and a base warning in its own name still is --

_SUBCLASS_WARN = '''import warnings
from abc import ABC, abstractmethod
from typing import Protocol


class EmbeddingFunction(Protocol):
    def __call__(self, text):
        ...

    def __init__(self, *args, **kwargs):
        warnings.warn(
            f"The class {self.__class__.__name__} does not implement __init__. This will be required.",
            DeprecationWarning,
        )


class Abstract(ABC):
    @abstractmethod
    def run(self):
        ...

    def __init__(self):
        warnings.warn(f"The class {type(self).__name__} does not implement __init__.", DeprecationWarning)


class Lazy(Abstract):
    def run(self):
        return 1


class OldBase(ABC):
    @abstractmethod
    def run(self):
        ...

    def __init__(self):
        warnings.warn("OldBase is deprecated; derive from NewBase", DeprecationWarning)
'''
_SUBCLASS_PLAIN = '''from abc import ABC, abstractmethod
from typing import Protocol


class EmbeddingFunction(Protocol):
    def __call__(self, text):
        ...


class Abstract(ABC):
    @abstractmethod
    def run(self):
        ...


class Lazy(Abstract):
    def run(self):
        return 1


class OldBase(ABC):
    @abstractmethod
    def run(self):
        ...
'''


def test_a_constructor_warning_about_subclasses_is_no_deprecation_of_an_unbuildable_class(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SUBCLASS_PLAIN}, {"demo/__init__.py": _SUBCLASS_WARN})
    deprecated = {symbol for kind, symbol in found if kind == "deprecated"}
    assert deprecated == {"demo.Lazy", "demo.OldBase"}, deprecated
    assert found[("deprecated", "demo.Lazy")].detail.startswith("The class Lazy does not implement __init__")


def test_chromadb_1_0_embedding_function_is_not_deprecated() -> None:
    found = changes("chromadb", "0.6.3", "1.0.0")
    for path in ("chromadb.EmbeddingFunction", "chromadb.api.types.EmbeddingFunction"):
        assert ("deprecated", path) not in found, path
    assert ("removed", "chromadb.api.types.IncludeEnum") in found  # the sibling claims stay


def test_attributes_set_under_names_the_caller_passes_stay_known(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class P:\n    def __init__(self):\n        self.a = 1\n"}
    chosen = "class P:\n    def __init__(self, **options):\n        for key, value in options.items():\n            setattr(self, key, value)\n"
    assert ("removed", "demo.P.a") in diffed(tmp_path, old, {"demo/__init__.py": chosen})  # lost unless passed
    table = chosen.replace("options.items()", "TABLE.items()")
    assert ("removed", "demo.P.a") not in diffed(tmp_path / "t", old, {"demo/__init__.py": "TABLE = {}\n" + table})
