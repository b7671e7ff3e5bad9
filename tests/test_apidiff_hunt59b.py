"""Hunt 59b: SaaS, payment and social-media API clients, calendars and dates, and command-line helpers."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class spelling its own name as its base (`from demo import Api` then `class Api(Api)`) derives from the name's
# earlier binding: it was read as its own base, so every inherited member was claimed removed --

_SHADOW_OLD = {
    "demo/__init__.py": "class Api:\n    def get(self, key):\n        return key\n",
    "demo/debug.py": "import demo\n\n\nclass Api(demo.Api):\n    def dump(self):\n        return 1\n",
}
_SHADOW_NEW = {**_SHADOW_OLD, "demo/debug.py": "from demo import Api\n\n\nclass Api(Api):\n    def dump(self):\n        return 1\n"}


def test_a_class_named_as_its_imported_base_inherits_from_the_import(tmp_path: Path) -> None:
    new = surface(tmp_path / "new", _SHADOW_NEW, "2.0")
    assert new.symbols["demo.debug.Api"].bases == ("demo.Api",)
    assert "demo.debug.Api.get" in new.symbols
    assert ("removed", "demo.debug.Api.get") not in diffed(tmp_path, _SHADOW_OLD, _SHADOW_NEW)
    # the sibling: a base really gone from the class is still claimed
    dropped = {**_SHADOW_OLD, "demo/debug.py": "class Api:\n    def dump(self):\n        return 1\n"}
    assert ("removed", "demo.debug.Api.get") in diffed(tmp_path / "dropped", _SHADOW_OLD, dropped)


def test_python_twitter_3_5_debug_api_still_inherits_the_api() -> None:
    found = changes("python-twitter", "3.4.2", "3.5")
    assert ("removed", "twitter.debug.Api.GetUser") not in found
    assert ("signature_changed", "twitter.debug.Api") not in found
