"""False claims found by hunt54d on documentation tooling, messaging internals and GUI toolkits nobody tuned on:
each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a name read on a class whose metaclass's `__getattr__` may answer it --


def test_flet_0_80_colors_aliases_still_served_by_the_enum_metaclass() -> None:
    # 0.80 renamed `Colors.BLACK12` to `BLACK_12` and lists the old names in `_deprecated_members_`, which
    # `DeprecatedEnumMeta.__getattr__` (the metaclass of `Colors`) answers with a DeprecationWarning
    found = changes("flet", "0.28.3", "0.80.0")
    assert ("removed", "flet.Colors.BLACK12") not in found
    assert ("removed", "flet.Colors.WHITE70") not in found
    # the siblings: enums whose metaclass is `EnumMeta` lost their members for good
    assert ("removed", "flet.NotchShape.AUTO") in found
    assert ("removed", "flet.WebRenderer.HTML") in found


META = (
    "from enum import Enum, EnumMeta\n\n\n"
    "class AliasMeta(EnumMeta):\n"
    "    def __getattr__(cls, name):\n"
    "        target = getattr(cls, '_aliases_', {}).get(name)\n"
    "        if target is not None:\n"
    "            return getattr(cls, target)\n"
    "        return super().__getattr__(name)\n\n\n"
    "class StrictMeta(type):\n"
    "    def __getattr__(cls, name):\n"
    "        if name == 'LEGACY':\n"
    "            return 1\n"
    "        raise AttributeError(name)\n\n\n"
)
OLD = (
    "from enum import Enum\n\n\n"
    "class Colors(str, Enum):\n    BLACK12 = 'black12'\n    RED = 'red'\n\n\n"
    "class Plain(str, Enum):\n    AUTO = 'auto'\n    RED = 'red'\n\n\n"
    "class Settings:\n    TIMEOUT = 3\n\n    def __init__(self):\n        self.level = 1\n\n"
    "    @classmethod\n    def load(cls):\n        return cls()\n\n    def save(self):\n        pass\n\n\n"
    "class Strict:\n    TIMEOUT = 3\n"
)
NEW = (
    META + "class Colors(str, Enum, metaclass=AliasMeta):\n    BLACK_12 = 'black12'\n    RED = 'red'\n\n\n"
    "Colors._aliases_ = {'BLACK12': 'BLACK_12'}\n\n\n"
    "class Plain(str, Enum):\n    RED = 'red'\n\n\n"
    "class Base(metaclass=AliasMeta):\n    pass\n\n\n"
    "class Settings(Base):\n    pass\n\n\n"
    "class Strict(metaclass=StrictMeta):\n    pass\n"
)


def test_metaclass_getattr_may_serve_names_read_on_the_class(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": OLD}, {"demo/__init__.py": NEW})
    assert ("removed", "demo.Colors.BLACK12") not in found
    # a class attribute and a classmethod, read on the class, which asks the metaclass (written on a base)
    assert ("removed", "demo.Settings.TIMEOUT") not in found
    assert ("removed", "demo.Settings.load") not in found
    # the siblings: an enum with no such metaclass, members read on instances (which never ask the metaclass),
    # and a metaclass whose `__getattr__` answers only the name it tests for, then raises
    assert ("removed", "demo.Plain.AUTO") in found
    assert ("removed", "demo.Settings.save") in found
    assert ("removed", "demo.Settings.level") in found
    assert ("removed", "demo.Strict.TIMEOUT") in found


# -- an enum member re-spelled in upper case under a case-insensitive metaclass --


def test_azure_servicebus_7_9_lowercase_enum_members_still_answer() -> None:
    # 7.8's `AccessRights.listen = "Listen"`; 7.9's `class AccessRights(str, Enum, metaclass=CaseInsensitiveEnumMeta)`
    # with `LISTEN = "Listen"`: azure-core's metaclass answers `AccessRights.listen` with `AccessRights.LISTEN`
    found = changes("azure-servicebus", "7.8.3", "7.9.0")
    assert ("removed", "azure.servicebus.management.AccessRights.listen") not in found
    assert ("removed", "azure.servicebus.management.EntityStatus.receive_disabled") not in found
    enums = ("AccessRights", "EntityAvailabilityStatus", "EntityStatus", "MessagingSku", "NamespaceType")
    assert not [path for kind, path in found if kind == "removed" and path.split(".")[-2] in enums]


CASE_OLD = (
    "from enum import Enum\n\n\n"
    "class Sku(str, Enum):\n    basic = 'Basic'\n    premium = 'Premium'\n    legacy = 'Legacy'\n\n\n"
    "class Plain(str, Enum):\n    basic = 'Basic'\n"
)
CASE_NEW = (
    "from enum import Enum\n\nfrom azure.core import CaseInsensitiveEnumMeta\n\n\n"
    "class Sku(str, Enum, metaclass=CaseInsensitiveEnumMeta):\n    BASIC = 'Basic'\n    PREMIUM = 'Premium'\n\n\n"
    "class Plain(str, Enum):\n    BASIC = 'Basic'\n"
)


def test_case_insensitive_enum_metaclass_serves_the_old_spelling(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": CASE_OLD}, {"demo/__init__.py": CASE_NEW})
    assert ("removed", "demo.Sku.basic") not in found
    assert ("removed", "demo.Sku.premium") not in found
    # the siblings: a member whose upper case is no member either, and a plain enum's re-spelled member
    assert ("removed", "demo.Sku.legacy") in found
    assert ("removed", "demo.Plain.basic") in found
