"""False reports and crashes found on chat and trading bots, messaging clients and small NLP libraries (disnake,
hikari, nextcord, 2023-2026): each class on its pinned real example and on a synthetic case, with a sibling that must
stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class body binding another class's property (`url: str = Full.url`) before that class was ever added --

_FULL = "class Full:\n    @property\n    def url(self) -> str:\n        return 'u'\n"
_PARTIAL = "from .a import Full\n\n\nclass Partial:\n    url: str = Full.url\n"
_PARTIAL_FIRST = "from .b import Partial\nfrom .a import Full\n"


def test_disnake_2_9_partial_message_borrowing_message_properties_is_read() -> None:
    # 2.9's `PartialMessage.jump_url: str = Message.jump_url` was built before `Message` itself: KeyError, no diff
    found = changes("disnake", "2.8.2", "2.9.0")
    assert ("removed", "disnake.utils.parse_token") in found  # the diff runs, and its true claims stay


def test_a_property_borrowed_from_a_class_not_yet_added_is_built(tmp_path: Path) -> None:
    files = {"demo/__init__.py": _PARTIAL_FIRST, "demo/a.py": _FULL, "demo/b.py": _PARTIAL}
    assert not diffed(tmp_path, files, files)  # raised KeyError('demo.a.Full')


def test_a_borrowed_property_dropped_is_still_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _PARTIAL_FIRST, "demo/a.py": _FULL, "demo/b.py": _PARTIAL}
    new = {**old, "demo/b.py": "from .a import Full\n\n\nclass Partial:\n    pass\n"}
    assert ("removed", "demo.Partial.url") in diffed(tmp_path, old, new)


# -- a class decorator copying another class's namespace onto the class it decorates --

_USER = (
    "class User:\n    __slots__ = ('name', 'tag')\n\n    def __init__(self):\n        self.name = ''\n"
    "        self.tag = ''\n\n    @property\n    def mention(self):\n        return '@' + self.name\n"
)
_OLD_MEMBER = (
    "from .user import User\n\n\nclass Member:\n    def __init__(self, user):\n        self._user = user\n\n"
    "    @property\n    def tag(self):\n        return self._user.tag\n\n    @property\n    def nick(self):\n"
    "        return ''\n"
)
_NEW_MEMBER = (
    "import itertools\nfrom operator import attrgetter\n\nfrom .user import User\n\n\ndef flatten_user(cls):\n"
    "    for attr, value in itertools.chain(User.__dict__.items()):\n"
    "        if attr.startswith('_') or attr in cls.__dict__:\n            continue\n"
    "        setattr(cls, attr, property(attrgetter(f'_user.{attr}')))\n    return cls\n\n\n"
    "@flatten_user\nclass Member:\n    def __init__(self, user):\n        self._user = user\n"
)
_MEMBERS_INIT = "from .user import User\nfrom .member import Member\n"


def test_disnake_2_9_member_still_answers_the_users_discriminator() -> None:
    # 2.9 dropped `Member.discriminator`'s own property: `@flatten_user` makes one of each name in `BaseUser.__dict__`
    # and `User.__dict__` (the slot `discriminator` among them), so `member.discriminator` still works
    assert ("removed", "disnake.Member.discriminator") not in changes("disnake", "2.8.2", "2.9.0")


def test_a_name_a_class_decorator_copies_from_another_class_is_no_removal(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _MEMBERS_INIT, "demo/user.py": _USER, "demo/member.py": _OLD_MEMBER}
    found = diffed(tmp_path, old, {**old, "demo/member.py": _NEW_MEMBER})
    assert ("removed", "demo.Member.tag") not in found


def test_a_name_the_copied_class_lacks_is_still_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _MEMBERS_INIT, "demo/user.py": _USER, "demo/member.py": _OLD_MEMBER}
    found = diffed(tmp_path, old, {**old, "demo/member.py": _NEW_MEMBER})
    assert ("removed", "demo.Member.nick") in found  # `User` has no `nick`: the decorator never sets it


# -- a coroutine function made a plain def returning an instance of a generic class that defines `__await__` --

_LAZY = (
    "from typing import Generic, TypeVar\n\nT = TypeVar('T')\n\n\nclass Lazy(Generic[T]):\n"
    "    def __await__(self):\n        return iter(())\n\n\nclass Plain(Generic[T]):\n    pass\n"
)
_OLD_CLIENT = "class Client:\n    async def fetch(self) -> list[int]:\n        return []\n"


def _new_client(returned: str) -> str:
    return f"from .lazy import {returned}\n\n\nclass Client:\n    def fetch(self) -> {returned}[int]:\n        return {returned}()\n"


def test_hikari_2_4_fetch_pins_is_still_awaited() -> None:
    found = changes("hikari", "2.3.5", "2.4.0")
    # 2.4's `def fetch_pins(self) -> iterators.LazyIterator[messages_.PinnedMessage]`: `LazyIterator.__await__`
    # gathers it, so `await channel.fetch_pins()` works as the 2.3 `async def` did (4 false "no longer a coroutine")
    assert ("signature_changed", "hikari.TextableChannel.fetch_pins") not in found
    assert ("signature_changed", "hikari.api.RESTClient.fetch_pins") not in found
    # its true claims stay: `InteractionServer.start`'s parameters are keyword-only now
    assert ("signature_changed", "hikari.impl.InteractionServer.start") in found


def test_a_generic_awaitable_returned_keeps_await_working(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .client import Client\n", "demo/lazy.py": _LAZY, "demo/client.py": _OLD_CLIENT}
    found = diffed(tmp_path, old, {**old, "demo/client.py": _new_client("Lazy")})
    assert ("signature_changed", "demo.Client.fetch") not in found


def test_a_generic_class_without_await_returned_is_still_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from .client import Client\n", "demo/lazy.py": _LAZY, "demo/client.py": _OLD_CLIENT}
    found = diffed(tmp_path, old, {**old, "demo/client.py": _new_client("Plain")})
    assert ("signature_changed", "demo.Client.fetch") in found


# -- a folder without `__init__.py` inside the package, holding regular packages, that no module outside imports --

_EXT_OLD = {
    "demo/__init__.py": "",
    "demo/ext/cmds/__init__.py": "def run():\n    return 1\n",
    "demo/shim.py": "from demo.ext.cmds import run\n",
}


def test_nextcord_3_0_ext_packages_are_still_api() -> None:
    found = changes("nextcord", "2.6.0", "3.0.0")
    # `nextcord/ext/` has no `__init__.py`; 3.0's last importer of it outside (the `discord` shim) is gone
    assert ("removed", "nextcord.ext") not in found
    # what changed in it is read now: `when_mentioned(bot, msg)` became `when_mentioned(bot, _msg)`
    assert ("signature_changed", "nextcord.ext.commands.when_mentioned") in found
    assert ("removed", "discord") in found  # the shim itself is gone


def test_a_folder_holding_a_regular_package_is_no_package_data(tmp_path: Path) -> None:
    new = {k: v for k, v in _EXT_OLD.items() if k != "demo/shim.py"}
    found = diffed(tmp_path, _EXT_OLD, new)
    assert ("removed", "demo.ext") not in found
    assert ("removed", "demo.ext.cmds") not in found


def test_a_folder_of_plain_modules_nobody_imports_still_ships_them(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/ext/cmds.py": "def run():\n    return 1\n", "demo/shim.py": _EXT_OLD["demo/shim.py"]}
    new = {k: v for k, v in old.items() if k != "demo/shim.py"}
    found = diffed(tmp_path, old, new)  # read as package data now, but `import demo.ext.cmds` works as before
    assert ("removed", "demo.shim") in found and not {s for (_, s) in found if s.startswith("demo.ext")}
    gone = {k: v for k, v in new.items() if k != "demo/ext/cmds.py"}
    assert ("removed", "demo.ext") in diffed(tmp_path / "gone", old, gone)  # its file is gone too
