"""Documented breaking changes the diff missed, found by reading releases' changelogs against its claims (recall25):
a function returning a finished list that became a generator (sqlite-utils 3.0's `Table.search()`, which returned
`cursor.fetchall()`) was taken for one that may have returned an iterator already; a return type narrowed by
dropping a class the release removed (importlib-metadata 5.0's `entry_points()`, no longer the dict
`SelectableGroups`) was taken for a harmless narrowing; a return type whose builtin container type argument changed
(more-itertools 10's `batched() -> Iterator[tuple[_T]]`, once `Iterator[list[_T]]`) was not compared; a class moved to
another module that the old one imports back (tinydb 4's `Table`, now in `tinydb/table.py`) was no removal, and what
it lost was compared nowhere."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a function that returned a finished value, now a generator --


def test_sqlite_utils_3_search_now_a_generator() -> None:
    found = changes("sqlite-utils", "2.23", "3.0")
    change = found["signature_changed", "sqlite_utils.db.Table.search"]
    assert change.breakage == "function_to_generator"


def test_function_returning_a_fetched_list_now_yielding_is_claimed(tmp_path: Path) -> None:
    old = "def rows(cursor):\n    return cursor.execute('select 1').fetchall()\n"
    new = "def rows(cursor):\n    for row in cursor.execute('select 1'):\n        yield dict(row)\n"
    assert synthetic(tmp_path, old, new)["demo.rows"].breakage == "function_to_generator"


def test_function_returning_sorted_now_yielding_is_claimed(tmp_path: Path) -> None:
    old = "def names(items):\n    return sorted(items)\n"
    new = "def names(items):\n    yield from sorted(items)\n"
    assert synthetic(tmp_path, old, new)["demo.names"].breakage == "function_to_generator"


def test_function_returning_another_call_now_yielding_stays_unclaimed(tmp_path: Path) -> None:
    """`iter(...)`, or a call of the release's own, may already have given an iterator: no claim."""
    old = "def rows(cursor):\n    return iter(cursor.fetchall())\n\ndef names(items, list):\n    return list(items)\n"
    new = "def rows(cursor):\n    yield from cursor.fetchall()\n\ndef names(items, list):\n    yield from list(items)\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.rows" not in found and "demo.names" not in found


# -- a return type narrowed by dropping a class the release removed --


def test_importlib_metadata_5_entry_points_no_longer_returns_selectable_groups() -> None:
    found = changes("importlib-metadata", "4.13.0", "5.0.0")
    change = found["signature_changed", "importlib_metadata.entry_points"]
    assert change.breakage == "return_type_changed"
    assert "SelectableGroups" in change.detail
    assert ("removed", "importlib_metadata.SelectableGroups") in found


_GROUPS = """class Groups(dict):
    pass

class Points(tuple):
    pass

def entry_points(**params) -> {returns}:
    return Points()
"""


def test_return_union_losing_a_removed_class_is_claimed(tmp_path: Path) -> None:
    old = _GROUPS.format(returns="Union[Points, Groups]")
    new = _GROUPS.replace("class Groups(dict):\n    pass\n\n", "").format(returns="Points")
    assert synthetic(tmp_path, old, new)["demo.entry_points"].breakage == "return_type_changed"


def test_return_union_losing_a_class_the_release_keeps_or_none_stays_unclaimed(tmp_path: Path) -> None:
    """A narrower type the release can still return (the class stays) or that drops None breaks no caller."""
    old = _GROUPS.format(returns="Union[Points, Groups, None]")
    found = synthetic(tmp_path, old, _GROUPS.format(returns="Points"))
    assert "demo.entry_points" not in found


# -- a builtin container type argument of the return type swapped for another --


def test_more_itertools_10_batched_yields_tuples() -> None:
    found = changes("more-itertools", "9.1.0", "10.0.0")
    for path in ("more_itertools.batched", "more_itertools.matmul"):
        change = found["signature_changed", path]
        assert change.breakage == "return_type_changed"
        assert "Iterator[tuple[_T]]" in change.detail


def test_return_element_list_becoming_tuple_is_claimed(tmp_path: Path) -> None:
    old = "from typing import Iterator, List, Tuple\n\ndef chunks(n: int) -> Iterator[List[int]]: ...\n"
    new = "from typing import Iterator, List, Tuple\n\ndef chunks(n: int) -> Iterator[Tuple[int, ...]]: ...\n"
    assert synthetic(tmp_path, old, new)["demo.chunks"].breakage == "return_type_changed"


def test_return_element_widened_or_of_another_generic_stays_unclaimed(tmp_path: Path) -> None:
    """`list[int]` -> `Sequence[int]`: not a builtin on both sides; `Iterator` -> `Iterable` around the same list:
    another generic, not compared here."""
    old = ("from typing import Iterable, Iterator, List, Sequence\n\ndef a() -> Iterator[List[int]]: ...\n"
           "def b() -> Iterator[List[int]]: ...\n")
    new = ("from typing import Iterable, Iterator, List, Sequence\n\ndef a() -> Iterator[Sequence[int]]: ...\n"
           "def b() -> Iterable[List[int]]: ...\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.a" not in found and "demo.b" not in found


def test_property_and_attribute_types_losing_a_removed_class_are_claimed(tmp_path: Path) -> None:
    """Siblings read as a return is: a property's return type, a class attribute's annotation."""
    old = ("from typing import Union\n\nclass Groups(dict):\n    pass\n\nclass Points(tuple):\n    pass\n\n"
           "class Dist:\n    found: Union[Points, Groups] = Points()\n\n"
           "    @property\n    def points(self) -> Union[Points, Groups]:\n        return Points()\n")
    new = old.replace("class Groups(dict):\n    pass\n\n", "").replace("Union[Points, Groups]", "Points")
    found = synthetic(tmp_path, old, new)
    assert found["demo.Dist.points"].breakage == "return_type_changed"
    assert found["demo.Dist.found"].breakage == "attribute_annotation_changed"


# -- a class moved to another module, still imported by the old one: what it lost --


def test_tinydb_4_table_members_lost_behind_the_moved_class_are_removed() -> None:
    found = changes("tinydb", "3.15.2", "4.1.1")
    for name in ("purge", "write_back", "process_elements"):  # "renamed to truncate()", "has been removed" ×2
        change = found["removed", f"tinydb.database.Table.{name}"]
        assert "moved to tinydb.table.Table" in change.detail
    assert ("removed", "tinydb.database.Table") not in found  # `from tinydb.database import Table` still works
    assert ("removed", "tinydb.database.Table.insert") not in found


def test_tinydb_4_table_contains_signature_is_compared_through_the_moved_class() -> None:
    """"`contains(...)`'s `doc_ids` parameter has been renamed to `doc_id`"; the Element ID API's `eids` went too."""
    found = changes("tinydb", "3.15.2", "4.1.1")
    detail = found["signature_changed", "tinydb.database.Table.contains"].detail
    assert "'doc_ids' renamed to 'doc_id'" in detail and "'eids' removed" in detail


def _moved(kept: str, extra: str = "") -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/database.py": f"from .table import Table\n{extra}",
        "demo/table.py": f"class Table:\n    def insert(self, doc): ...\n{kept}",
    }


def test_member_lost_by_a_class_the_old_module_imports_back_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/database.py": "class Table:\n    def insert(self, doc): ...\n"
           "    def purge(self): ...\n"}
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(surface(tmp_path, old, "1.0"),
                                                            surface(tmp_path, _moved(""), "2.0"))}
    assert ("removed", "demo.database.Table.purge") in found
    assert ("removed", "demo.database.Table") not in found and ("removed", "demo.database.Table.insert") not in found


def test_signature_changed_behind_a_class_the_old_module_imports_back_is_claimed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/database.py": "class Table:\n    def insert(self, doc, doc_ids=None): ...\n"}
    new = {"demo/__init__.py": "", "demo/database.py": "from .table import Table\n",
           "demo/table.py": "class Table:\n    def insert(self, doc, doc_id=None): ...\n"}
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert "'doc_ids' renamed to 'doc_id'" in found["demo.database.Table.insert"].detail


def test_moved_class_keeping_its_members_or_imported_from_a_private_module_claims_nothing(tmp_path: Path) -> None:
    """The member is still there; or the class now comes from a private module, whose classes' members are not
    read: no claim either way (as before)."""
    old = {"demo/__init__.py": "", "demo/database.py": "class Table:\n    def insert(self, doc): ...\n"
           "    def purge(self): ...\n"}
    kept = diff_surfaces(surface(tmp_path / "a", old, "1.0"),
                         surface(tmp_path / "a", _moved("    def purge(self): ...\n"), "2.0"))
    private = {"demo/__init__.py": "", "demo/database.py": "from ._table import Table\n",
               "demo/_table.py": "class Table:\n    def insert(self, doc): ...\n"}
    hidden = diff_surfaces(surface(tmp_path / "b", old, "1.0"), surface(tmp_path / "b", private, "2.0"))
    assert not [c for c in (*kept, *hidden) if c.symbol.startswith("demo.database.Table")]
