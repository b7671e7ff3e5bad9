"""The usage finder on the catalogue's kinds of this stop. A module or class attribute now holding another builtin
type (bleach 6's `ALLOWED_TAGS`, a list, now a frozenset): a use only where the code touches it in a way the new type
rejects, never for reading it. A callable whose body now only raises (sortedcontainers 2's `SortedList.append`):
every call is a use, naming it is not."""

from __future__ import annotations

import textwrap

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.findings.scan import scan_files
from bot.usage import Targets, find_usages


def _held(symbol: str, new: str, old: str) -> Change:
    return Change(
        symbol=symbol,
        kind=ChangeKind.SIGNATURE_CHANGED,
        object=ObjectKind.ATTRIBUTE,
        breakage="attribute_type_changed",
        detail=f"now a {new}, was a {old}: code using it as a {old} fails",
    )


def _raising(symbol: str) -> Change:
    return Change(
        symbol=symbol,
        kind=ChangeKind.SIGNATURE_CHANGED,
        object=ObjectKind.METHOD,
        breakage="callable_now_raises",
        detail="every call now raises NotImplementedError",
    )


TARGETS = Targets.from_diffs(
    [
        ReleaseDiff(
            package="bleach",
            old="5.0.1",
            new="6.0.0",
            changes=[
                _held("bleach.ALLOWED_TAGS", "frozenset", "list"),
                _held("bleach.sanitizer.ALLOWED_PROTOCOLS", "frozenset", "list"),
                _held("bleach.sanitizer.Cleaner.names", "tuple", "list"),
            ],
        )
    ]
)


def found(source: str) -> list[tuple[int, str, str]]:
    usages, warnings = find_usages("app/views.py", textwrap.dedent(source).encode(), TARGETS)
    assert warnings == []
    return [(u.line, u.symbol, u.confidence.value) for u in usages if u.counts]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the famous break: concatenating a list to what is now a frozenset
        ("import bleach\ntags = bleach.ALLOWED_TAGS + ['p']\n", [(2, "bleach.ALLOWED_TAGS", "high")]),
        (
            "from bleach import ALLOWED_TAGS\nTAGS = ALLOWED_TAGS\nTAGS2 = ALLOWED_TAGS + ['p']\n",
            [(3, "bleach.ALLOWED_TAGS", "high")],
        ),
        (
            "from bleach.sanitizer import ALLOWED_PROTOCOLS\nALLOWED_PROTOCOLS.append('x')\n",
            [(2, "bleach.sanitizer.ALLOWED_PROTOCOLS", "high")],
        ),
        ("import bleach\nfirst = bleach.ALLOWED_TAGS[0]\n", [(2, "bleach.ALLOWED_TAGS", "high")]),
        ("import bleach\nx = []\nx += bleach.ALLOWED_TAGS\n", [(3, "bleach.ALLOWED_TAGS", "high")]),
        # reading it, iterating it, testing membership, handing it on: a frozenset does all of that
        ("import bleach\nfor tag in bleach.ALLOWED_TAGS:\n    print(tag)\n", []),
        ("import bleach\nok = 'a' in bleach.ALLOWED_TAGS\nn = len(bleach.ALLOWED_TAGS)\n", []),
        ("import bleach\nbleach.clean(text, tags=bleach.ALLOWED_TAGS)\ntags = list(bleach.ALLOWED_TAGS)\n", []),
        ("import bleach\ncopy = bleach.ALLOWED_TAGS.copy()\n", []),  # both types have `.copy()`
        # a tuple still indexes
        ("from bleach.sanitizer import Cleaner\nfirst = Cleaner.names[0]\n", []),
    ],
)
def test_held_type_changes_are_used_only_where_the_new_type_rejects_the_touch(
    source: str, expected: list[tuple[int, str, str]]
) -> None:
    assert found(source) == expected


def test_every_call_of_a_callable_that_now_raises_is_a_use() -> None:
    change = _raising("sortedcontainers.SortedList.append")
    targets = Targets.from_diffs([ReleaseDiff(package="sortedcontainers", old="1.5.10", new="2.0.0", changes=[change])])
    source = (
        "from sortedcontainers import SortedList\n"
        "items = SortedList()\nitems.append(1)\nadd = items.append\nSortedList.append(items, 2)\nitems.add(3)\n"
    )
    usages, warnings = find_usages("app/rank.py", source.encode(), targets)
    assert warnings == []
    assert [(u.line, u.form.value) for u in usages if u.counts] == [(3, "call"), (5, "call")]


def test_a_held_type_change_is_found_through_the_package_path_its_all_hides() -> None:
    # bleach's `__all__` leaves `ALLOWED_TAGS` out, yet `bleach.ALLOWED_TAGS + [...]` is the famous bleach 6 break
    change = _held("bleach.sanitizer.ALLOWED_TAGS", "frozenset", "list").model_copy(
        update={"aliases": ("bleach.ALLOWED_TAGS",)}
    )
    targets = Targets.from_diffs([ReleaseDiff(package="bleach", old="5.0.1", new="6.0.0", changes=[change])])
    source = "import bleach\n\ntags = bleach.ALLOWED_TAGS + ['p']\nfor tag in bleach.ALLOWED_TAGS:\n    pass\n"
    usages, warnings = find_usages("app/views.py", source.encode(), targets)
    assert warnings == []
    assert [(u.line, u.symbol) for u in usages if u.counts] == [(3, "bleach.sanitizer.ALLOWED_TAGS")]


def test_the_verdict_says_what_a_held_type_change_and_a_now_raising_callable_are() -> None:
    raising = _raising("bleach.sanitizer.Cleaner.clean_all")
    held = _held("bleach.sanitizer.ALLOWED_TAGS", "frozenset", "list")
    diff = ReleaseDiff(package="bleach", old="5.0.1", new="6.0.0", changes=[held, raising])
    source = (
        "from bleach.sanitizer import ALLOWED_TAGS, Cleaner\n\nTAGS = ALLOWED_TAGS + ['p']\nCleaner.clean_all(None)\n"
    )
    report = scan_files({"requirements.txt": b"bleach>=5\n", "app/views.py": source.encode()}, [diff])
    reasons = report.packages[0].reasons
    assert any("admits 6.0.0, which changes the type held by bleach.sanitizer.ALLOWED_TAGS" in r for r in reasons)
    assert any("now raises on every call of bleach.sanitizer.Cleaner.clean_all" in reason for reason in reasons)
