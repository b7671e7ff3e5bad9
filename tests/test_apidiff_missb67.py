"""Recall misses the 66 recall samples left: instance attributes set by methods outside construction, hashing and
ordering lost."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a public attribute a method (not the constructor) sets on `self`: users read it once the method ran (tweepy 3's
# `Stream.url`, set by `filter`/`sample`); a release where no method of the class's order sets it any more, on any
# receiver, removed it --

_OLD = {
    "demo/__init__.py": "from .stream import Stream\n",
    "demo/stream.py": (
        "class Stream:\n"
        "    def __init__(self, auth):\n        self.auth = auth\n\n"
        "    def filter(self, track=None):\n        self.url = '/filter.json'\n        self._state = 1\n"
        "        self.body = {'track': track}\n"
    ),
}


def _new(body: str, before: str = "") -> dict[str, str]:
    return {"demo/__init__.py": "from .stream import Stream\n", "demo/stream.py": before + body}


def test_an_attribute_no_method_sets_any_more_is_removed(tmp_path: Path) -> None:
    new = _new(
        "class Stream:\n    def __init__(self, auth):\n        self.auth = auth\n\n"
        "    def filter(self, track=None):\n        self.body = {'track': track}\n"
    )
    found = diffed(tmp_path, _OLD, new)
    assert found[("removed", "demo.Stream.url")].detail == "attribute 'demo.Stream.url' no longer exists in 2.0"
    assert ("removed", "demo.Stream.body") not in found  # still set by `filter`
    assert ("removed", "demo.Stream._state") not in found  # private state a method keeps: no member
    assert ("removed", "demo.Stream.auth") not in found


def test_an_attribute_a_method_sets_on_another_receiver_or_a_base_sets_is_not_removed(tmp_path: Path) -> None:
    other = _new(
        "class Stream:\n    def __init__(self, auth):\n        self.auth = auth\n\n"
        "    def filter(self, track=None):\n        self.body = {'track': track}\n\n"
        "    def copy(self):\n        new = Stream(self.auth)\n        new.url = '/filter.json'\n        return new\n"
    )
    assert ("removed", "demo.Stream.url") not in diffed(tmp_path / "other", _OLD, other)
    named = _new(
        "class Stream:\n    def __init__(self, auth):\n        self.auth = auth\n\n"
        "    def filter(self, track=None):\n        setattr(self._target, 'url', '/x')\n"
        "        self.body = {'track': track}\n"
    )
    assert ("removed", "demo.Stream.url") not in diffed(tmp_path / "named", _OLD, named)
    base = _new(
        "class Stream(_Base):\n    def __init__(self, auth):\n        self.auth = auth\n\n"
        "    def filter(self, track=None):\n        self._start('/filter.json')\n        self.body = {'track': track}\n",
        before="class _Base:\n    def _start(self, url):\n        self.url = url\n\n\n",
    )
    assert ("removed", "demo.Stream.url") not in diffed(tmp_path / "base", _OLD, base)


def test_a_class_keeping_its_attributes_through_its_own_setattr_makes_no_member_of_them(tmp_path: Path) -> None:
    setter = "    def __setattr__(self, name, value):\n        self.__dict__.setdefault('_d', {})[name] = value\n\n"
    old = _new(_OLD["demo/stream.py"].replace("class Stream:\n", "class Stream:\n" + setter))
    new = _new("class Stream:\n" + setter + "    def __init__(self, auth):\n        self.auth = auth\n")
    assert ("removed", "demo.Stream.url") not in diffed(tmp_path, old, new)


def test_tweepy_4_no_longer_sets_stream_url() -> None:
    found = changes("tweepy", "3.10.0", "4.0.0")
    assert found[("removed", "tweepy.Stream.url")].detail == "attribute 'tweepy.Stream.url' no longer exists in 4.0.0"
    # 3.10 set `session` in `new_session`, 4.0 in `__init__`: still there
    assert ("removed", "tweepy.Stream.session") not in found
    assert ("removed", "tweepy.Stream.running") not in found


# -- hashing and ordering: a class newly defining `__eq__` without `__hash__` gets `__hash__ = None` (its instances no
# longer go in sets or dict keys); a class losing `__lt__`/`__gt__` (or `__le__`/`__ge__`, or `total_ordering` over
# another comparison) no longer answers `<` (`<=`) between instances --

_EQ = "    def __eq__(self, other):\n        return self is other\n"


def _pkg(body: str) -> dict[str, str]:
    return {"demo/__init__.py": body}


def test_a_class_newly_defining_eq_without_hash_makes_its_instances_unhashable(tmp_path: Path) -> None:
    old = _pkg("class Key:\n    pass\n\n\nclass Kept:\n    pass\n\n\nclass Record:\n    pass\n")
    new = _pkg(
        "import dataclasses\n\n\nclass Key:\n" + _EQ + "\n\nclass Kept:\n" + _EQ
        + "\n    def __hash__(self):\n        return 1\n\n\n@dataclasses.dataclass\nclass Record:\n    pass\n"
    )
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.Key")].breakage == "class_made_unhashable"
    assert ("signature_changed", "demo.Kept") not in found  # it defines `__hash__` too
    assert ("signature_changed", "demo.Record") not in found  # what the decorator makes of it is not read


def test_a_class_whose_base_outside_the_distribution_may_define_eq_makes_no_hashing_claim(tmp_path: Path) -> None:
    old = _pkg("from collections import UserDict\n\n\nclass Key(UserDict):\n    pass\n")
    new = _pkg("from collections import UserDict\n\n\nclass Key(UserDict):\n" + _EQ)
    assert ("signature_changed", "demo.Key") not in diffed(tmp_path, old, new)


def test_a_class_losing_its_comparison_methods_is_no_longer_ordered(tmp_path: Path) -> None:
    lt = "    def __lt__(self, other):\n        return False\n"
    gt = "    def __gt__(self, other):\n        return False\n"
    le = "    def __le__(self, other):\n        return True\n"
    old = _pkg(
        "import functools\n\n\nclass Version:\n" + lt + "\n\nclass Reflected:\n" + lt + gt
        + "\n\n@functools.total_ordering\nclass Total:\n" + le + "\n\nclass _Base:\n" + lt
        + "\n\nclass Derived(_Base):\n" + lt
    )
    new = _pkg(
        "class Version:\n    pass\n\n\nclass Reflected:\n" + gt + "\n\nclass Total:\n" + le
        + "\n\nclass _Base:\n" + lt + "\n\nclass Derived(_Base):\n    pass\n"
    )
    found = diffed(tmp_path, old, new)
    version = found[("signature_changed", "demo.Version")]
    assert version.breakage == "class_lost_ordering"
    assert "no longer support `<` among themselves" in version.detail
    assert "`<=`" not in version.detail  # it never answered `<=`
    assert ("signature_changed", "demo.Reflected") not in found  # `a < b` tries `b.__gt__(a)`
    assert "no longer support `<` among themselves" in found[("signature_changed", "demo.Total")].detail  # `<=` kept
    assert ("signature_changed", "demo.Derived") not in found  # its base still defines `__lt__`
