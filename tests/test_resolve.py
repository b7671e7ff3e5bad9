"""The fresh-install resolver over watched packages: the 2023 timeline's metadata, as PyPI lists it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from bot.deps.core_metadata import CoreMetadata
from bot.deps.resolve import Release, Resolution, fresh_install

# (name, version) -> Requires-Dist, as the real releases declare them (abridged to watched packages).
TIMELINE: dict[tuple[str, str], tuple[str, ...]] = {
    ("flask", "2.3.3"): ("Werkzeug>=2.3.7", "Jinja2>=3.1.2", "itsdangerous>=2.1.2", "click>=8.1.3", "blinker>=1.6.2",
                         "importlib-metadata>=3.6.0; python_version < '3.10'", "asgiref>=3.2; extra == 'async'"),
    ("flask", "3.0.0"): ("Werkzeug>=3.0.0", "Jinja2>=3.1.2", "itsdangerous>=2.1.2", "click>=8.1.3", "blinker>=1.6.2"),
    ("werkzeug", "2.3.8"): ("MarkupSafe>=2.1.1",),
    ("werkzeug", "3.0.0"): ("MarkupSafe>=2.1.1",),
    ("flask-login", "0.6.2"): ("Flask>=1.0.4", "Werkzeug>=1.0.1"),
    ("flask-login", "0.6.3"): ("Flask>=1.0.4", "Werkzeug>=1.0.1"),
    ("jinja2", "3.1.2"): ("MarkupSafe>=2.0",),
    ("itsdangerous", "2.1.2"): (),
    ("click", "8.1.7"): (),
    ("blinker", "1.6.2"): (),
    ("markupsafe", "2.1.3"): (),
}
WATCHED = ("flask", "werkzeug", "flask-login", "jinja2", "itsdangerous", "click", "blinker", "markupsafe")


class FakeIndex:
    def __init__(self, hidden: set[tuple[str, str]] = frozenset(), yanked: set[tuple[str, str]] = frozenset()) -> None:
        self.hidden, self.yanked = hidden, yanked
        self.asked: list[tuple[str, str]] = []

    def releases(self, name: str) -> Sequence[Release]:
        return [Release(Version(v), yanked=(n, v) in self.yanked) for (n, v) in TIMELINE
                if n == name and (n, v) not in self.hidden]

    def metadata(self, name: str, version: Version) -> CoreMetadata:
        self.asked.append((name, str(version)))
        return CoreMetadata(name=name, version=str(version), requires_dist=TIMELINE[(name, str(version))])


BEFORE_FIX = {("flask-login", "0.6.3")}
BEFORE_3 = BEFORE_FIX | {("flask", "3.0.0"), ("werkzeug", "3.0.0")}


def resolve(lines: list[str], hidden: set[tuple[str, str]], constraints: dict[str, str] | None = None) -> Resolution:
    limits = {k: SpecifierSet(v) for k, v in (constraints or {}).items()}
    return fresh_install([Requirement(line) for line in lines], FakeIndex(hidden), WATCHED, limits)


def test_flask_and_flask_login_pick_werkzeug_3_once_it_is_out() -> None:
    before = resolve(["flask", "flask-login"], BEFORE_3)
    assert (before.picked["werkzeug"], before.picked["flask"], before.picked["flask-login"]) == ("2.3.8", "2.3.3", "0.6.2")
    after = resolve(["flask", "flask-login"], BEFORE_FIX)
    assert (after.picked["werkzeug"], after.picked["flask"], after.picked["flask-login"]) == ("3.0.0", "3.0.0", "0.6.2")
    assert after.chains["flask-login"] == ("flask-login",)
    assert after.chains["werkzeug"] in {("flask", "werkzeug"), ("flask-login", "werkzeug")}
    assert after.chains["markupsafe"][-1] == "markupsafe"
    assert after.pulls_in("flask-login", "markupsafe") and after.pulls_in("flask", "werkzeug")
    assert not after.pulls_in("jinja2", "werkzeug") and not after.pulls_in("markupsafe", "flask")


def test_a_werkzeug_bound_or_a_lock_keeps_2_3_8_and_flask_backtracks() -> None:
    bounded = resolve(["flask", "flask-login", "werkzeug<3"], BEFORE_FIX)
    assert (bounded.picked["werkzeug"], bounded.picked["flask"]) == ("2.3.8", "2.3.3")
    locked = resolve(["flask", "flask-login"], BEFORE_FIX, {"werkzeug": "==2.3.8"})
    assert (locked.picked["werkzeug"], locked.picked["flask"]) == ("2.3.8", "2.3.3")


def test_requiring_the_fix_release_picks_it() -> None:
    assert resolve(["flask", "flask-login>=0.6.3"], set()).picked["flask-login"] == "0.6.3"


def test_unwatched_requirements_are_left_out_and_impossible_requirements_say_so() -> None:
    assert resolve(["requests", "flask-login"], BEFORE_FIX).picked["flask-login"] == "0.6.2"
    assert "requests" not in resolve(["requests", "flask"], BEFORE_FIX).picked
    impossible = resolve(["flask>=3", "werkzeug<3"], BEFORE_FIX)
    assert impossible.picked == {} and (impossible.error or "").startswith("no fresh install satisfies")
    assert resolve(["requests"], set()) == Resolution()


def test_yanked_releases_are_not_picked_and_metadata_is_read_once_per_release() -> None:
    index = FakeIndex(BEFORE_FIX, yanked={("werkzeug", "3.0.0")})
    result = fresh_install([Requirement("flask-login")], index, WATCHED)
    assert result.picked["werkzeug"] == "2.3.8" and result.picked["flask"] == "2.3.3"
    assert len(index.asked) == len(set(index.asked))


@pytest.mark.parametrize("line", ["flask-login; python_version < '3.8'", "flask-login; sys_platform == 'win32'"])
def test_root_markers_the_caller_already_dropped_are_not_resolved(line: str) -> None:
    from bot.deps.core_metadata import marker_applies

    assert not marker_applies(Requirement(line))
