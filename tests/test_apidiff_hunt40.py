"""False claims found by hunt40 on API clients and SDKs nobody tuned on: each class on its pinned real example, on a
synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a settable cache (`functools.cached_property`) handed on by a module of the release --


def test_anthropic_text_stream_became_a_cached_property_still_assignable() -> None:
    # 2.16.0 assigns `self.text_stream = self.__stream_text__()` in `__init__`; 2.17.0 decorates `text_stream` with
    # `cached_property` from `anthropic._compat`, which is `from functools import cached_property as cached_property`
    # (beside `cached_property = property` under `if TYPE_CHECKING:`): no `__set__`, so assigning it still works
    found = changes("anthropic", "2.16.0", "2.17.0")
    for owner in ("MessageStream", "AsyncMessageStream", "BetaMessageStream", "BetaAsyncMessageStream"):
        assert ("signature_changed", f"anthropic.lib.streaming.{owner}.text_stream") not in found


_COMPAT = {
    "functools": "from functools import cached_property as cached_property\n",
    "typing": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    cached_property = property\nelse:\n"
    "    from functools import cached_property as cached_property\n",
    "two hops": "from demo._cache import cached_property\n",
}
_USE = {
    "from": "from demo._compat import cached_property\n\nclass Stream:\n    @cached_property\n",
    "relative": "from ._compat import cached_property\n\nclass Stream:\n    @cached_property\n",
    "module": "from demo import _compat\n\nclass Stream:\n    @_compat.cached_property\n",
}
_OLD_STREAM = "class Stream:\n    def __init__(self):\n        self.text = iter(())\n"


def _stream(compat: str, use: str) -> dict[str, dict[str, str]]:
    new = {
        "demo/__init__.py": "",
        "demo/_compat.py": compat,
        "demo/_cache.py": "from functools import cached_property\n",
        "demo/stream.py": use + "    def text(self):\n        return iter(())\n",
    }
    return {"old": {"demo/__init__.py": "", "demo/stream.py": _OLD_STREAM}, "new": new}


@pytest.mark.parametrize("compat", sorted(_COMPAT))
@pytest.mark.parametrize("use", sorted(_USE))
def test_a_cached_property_handed_on_by_the_release_stays_assignable(tmp_path: Path, compat: str, use: str) -> None:
    pair = _stream(_COMPAT[compat], _USE[use])
    assert ("signature_changed", "demo.stream.Stream.text") not in diffed(tmp_path, pair["old"], pair["new"])


_NOT_SETTABLE = {
    "own class": "class cached_property:\n    def __init__(self, f):\n        self.f = f\n"
    "    def __get__(self, obj, cls=None):\n        return self.f(obj)\n"
    "    def __set__(self, obj, value):\n        raise AttributeError('read-only')\n",
    "property": "cached_property = property\n",
    "another library's": "from somewhere_else import cached_property\n",
}


@pytest.mark.parametrize("compat", sorted(_NOT_SETTABLE))
def test_a_property_handed_on_by_the_release_is_still_claimed_read_only(tmp_path: Path, compat: str) -> None:
    pair = _stream(_NOT_SETTABLE[compat], _USE["from"])
    found = diffed(tmp_path, pair["old"], pair["new"])
    assert found[("signature_changed", "demo.stream.Stream.text")].breakage == "attribute_made_read_only"
