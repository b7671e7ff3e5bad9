"""False reports and crashes found on chat and trading bots, messaging clients and small NLP libraries (disnake,
hikari, 2023-2026): each class on its pinned real example and on a synthetic case, with a sibling that must stay claimed."""

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
