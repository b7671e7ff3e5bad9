"""False claims found by hunt50c on testing tools, serialization, validation and configuration libraries nobody
tuned on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a record field its decorator deletes from the class (`field(default_factory=...)`, `attr.ib(...)`) made an
# instance attribute: reading it on the class already failed --


def test_apischema_0_17_validation_error_fields_were_never_on_the_class() -> None:
    # 0.16.6: `@dataclass class ValidationError(Exception)` with `messages: ... = field(default_factory=list)`;
    # 0.17.5: a plain class whose `__init__` sets `self.messages` and `self.children`
    found = changes("apischema", "0.16.6", "0.17.5")
    assert ("signature_changed", "apischema.ValidationError.messages") not in found
    assert ("signature_changed", "apischema.ValidationError.children") not in found
    # the siblings: a dataclass field and a helper 0.17 really dropped stay claimed
    assert ("removed", "apischema.schemas.constraints.ConstraintMetadata.check") in found
    assert ("removed", "apischema.utils.to_hashable") in found


_PLAIN = (
    "class Error(Exception):\n    def __init__(self, messages=None, children=None, code=0):\n"
    "        self.messages = messages or []\n        self.children = children or {}\n        self.code = code\n"
)


def test_record_fields_kept_off_the_class_made_instance_attributes(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": (
            "import attr\nfrom dataclasses import dataclass, field\n\n\n"
            "@dataclass\nclass Error(Exception):\n"
            "    messages: list = field(default_factory=list)\n    children: dict = field(repr=False)\n"
            "    code: int = 0\n\n\n"
            "@attr.s\nclass Other:\n    size = attr.ib(default=0)\n"
        )
    }
    new = {"demo/__init__.py": _PLAIN + "\n\nclass Other:\n    def __init__(self, size=0):\n        self.size = size\n"}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Error.messages") not in found
    assert ("signature_changed", "demo.Error.children") not in found
    assert ("signature_changed", "demo.Other.size") not in found
    # the sibling: a plain default stays on a dataclass's class, and reading it there now fails
    assert found[("signature_changed", "demo.Error.code")].breakage == "class_attribute_now_instance_only"


def test_dataclass_field_given_a_default_stays_on_the_class(tmp_path: Path) -> None:
    # the sibling: dataclasses set `field(default=...)`'s default on the class
    old = {
        "demo/__init__.py": (
            "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Error(Exception):\n"
            "    messages: list = field(default=None)\n    children: dict = field(default=None)\n"
            "    code: int = field(default=0, repr=False)\n"
        )
    }
    found = diffed(tmp_path, old, {"demo/__init__.py": _PLAIN})
    assert found[("signature_changed", "demo.Error.messages")].breakage == "class_attribute_now_instance_only"
    assert found[("signature_changed", "demo.Error.code")].breakage == "class_attribute_now_instance_only"


# -- a member a function gives the class when called (`cls.name = ...` in a classmethod, `Cls.name = ...` in a
# function): it may be there, as with `setattr(Cls, "name", ...)` --


def test_bitstring_4_byte_store_still_iterates() -> None:
    # 3.1.9: `ConstByteStore.__iter__`, inherited by `ByteStore`; 4.0.2: `ByteStore._setlsb0methods` sets
    # `cls.__iter__ = cls._iter_msb0`, run on import by `_switch_lsb0_methods(False)`
    found = changes("bitstring", "3.1.9", "4.0.2")
    assert ("removed", "bitstring.ByteStore.__iter__") not in found
    # the siblings: the aliases and functions 4.0 really dropped stay claimed
    assert ("removed", "bitstring.BitString") in found
    assert ("removed", "bitstring.set_lsb0") in found


def _store(setter: str) -> dict[str, str]:
    return {
        "demo/__init__.py": (
            "class Store:\n"
            "    @classmethod\n    def _switch(cls, lsb0):\n        cls.__iter__ = cls._iter\n        helper = cls\n"
            "        helper.peek = cls._get\n\n"
            "    def _iter(self):\n        return iter(())\n\n    def _get(self, p):\n        return 0\n\n\n"
            f"def switch(lsb0):\n    {setter} = Store._get\n    Store._switch(lsb0)\n\n\nswitch(False)\n"
        )
    }


def test_members_set_on_the_class_by_a_classmethod_or_a_function(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": (
            "class Store:\n    def __iter__(self):\n        return iter(())\n\n    def getbit(self, p):\n        return 0\n\n"
            "    def peek(self, p):\n        return 0\n\n    def setbit(self, p):\n        pass\n"
        )
    }
    found = diffed(tmp_path, old, _store("Store.getbit"))
    assert ("removed", "demo.Store.__iter__") not in found
    assert ("removed", "demo.Store.getbit") not in found
    # the siblings: a member set on a local name and one set by nothing stay claimed
    assert ("removed", "demo.Store.peek") in found
    assert ("removed", "demo.Store.setbit") in found


def test_member_set_on_an_instance_in_a_function_stays_removed(tmp_path: Path) -> None:
    # the sibling: `store.getbit = ...` on a local instance gives the class nothing
    old = {"demo/__init__.py": "class Store:\n    def getbit(self, p):\n        return 0\n"}
    found = diffed(tmp_path, old, _store("store = Store()\n    store.getbit"))
    assert ("removed", "demo.Store.getbit") in found


# -- a method recursing on itself: the recursive call is neither where `**kwargs` goes nor a hook subclasses override --


def test_jsonref_1_replace_refs_takes_what_its_kwargs_took() -> None:
    # 0.3.0: `replace_refs(cls, obj, _recursive=False, **kwargs)` recursed through `cls.replace_refs(v, _path=...,
    # **kwargs)` and returned `cls(obj, **kwargs)`; 1.0.1 spells out `base_uri`, `loader`, `jsonschema`, `load_on_repr`
    found = changes("jsonref", "0.3.0", "1.0.1")
    assert ("signature_changed", "jsonref.JsonRef.replace_refs") not in found
    # the siblings: the loader class 1.0 really dropped stays claimed, the deprecation stays told
    assert ("removed", "jsonref.JsonLoader") in found
    assert ("deprecated", "jsonref.JsonRef.replace_refs") in found


_REF = "class Ref:\n    def __init__(self, obj, base_uri='', loader=None, _path=()):\n        self.obj = obj\n\n"
_RECURSING = _REF + (
    "    @classmethod\n    def replace(cls, obj, **kwargs):\n        if isinstance(obj, list):\n"
    "            return [cls.replace(v, _path=[1], **kwargs) for v in obj]\n        return cls(obj, **kwargs)\n\n"
    "    def run(self):\n        self.step()\n        return self.run()\n\n    def step(self):\n        pass\n"
)


def test_recursing_kwargs_and_self_call_dropped(tmp_path: Path) -> None:
    new = _REF + (
        "    @classmethod\n    def replace(cls, obj, base_uri='', loader=None):\n"
        "        return cls(obj, base_uri=base_uri, loader=loader)\n\n"
        "    def run(self):\n        self.step()\n\n    def step(self):\n        pass\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _RECURSING}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.Ref.replace") not in found
    assert ("signature_changed", "demo.Ref.run") not in found


def test_recursing_kwargs_keyword_and_hook_really_lost(tmp_path: Path) -> None:
    # the siblings: a keyword the constructor took that the new signature lacks, and a hook `run` stopped calling
    new = _REF + (
        "    @classmethod\n    def replace(cls, obj, base_uri=''):\n        return cls(obj, base_uri=base_uri)\n\n"
        "    def run(self):\n        return None\n\n    def step(self):\n        pass\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _RECURSING}, {"demo/__init__.py": new})
    assert found[("signature_changed", "demo.Ref.replace")].signature.removed == ("loader",)
    assert found[("signature_changed", "demo.Ref.step")].breakage == "hook_no_longer_called"
