"""Documented breaking changes the diff missed, found by reading releases' changelogs against its claims (recall26):
a class whose `__getattr__` hands every other name to the instance of a class one of its methods is annotated to
return (tinydb 4's `TinyDB`: `return getattr(self.table(self.default_table_name), name)`, `table() -> Table`) was
read as answering any name, so the members it lost were never claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a `__getattr__` forwarding to what an annotated method returns answers only that class's members --


def test_tinydb_4_members_the_default_table_lacks_are_removed() -> None:
    found = changes("tinydb", "3.15.2", "4.1.1")
    for name in ("DEFAULT_TABLE", "DEFAULT_TABLE_KWARGS", "DEFAULT_STORAGE", "purge_table", "purge_tables"):
        assert "answers only what tinydb.table.Table has" in found["removed", f"tinydb.TinyDB.{name}"].detail


_TABLE = "class Table:\n    def insert(self, row):\n        return 1\n\n"
_FORWARD = "    def __getattr__(self, name):\n        return getattr(self.table('_default'), name)\n"


def test_member_the_forwarded_class_lacks_is_removed(tmp_path: Path) -> None:
    old = _TABLE + "class DB:\n    def purge(self):\n        pass\n\n    def table(self, name) -> Table:\n" \
        "        return Table()\n\n" + _FORWARD
    new = _TABLE + "class DB:\n    def table(self, name) -> Table:\n        return Table()\n\n" + _FORWARD
    found = synthetic(tmp_path, old, new)
    assert "answers only what demo.Table has" in found["demo.DB.purge"].detail


def test_member_the_forwarded_class_has_or_may_have_stays_unclaimed(tmp_path: Path) -> None:
    """The forwarded class still has it (an `insert` moved to the table), the method is not annotated, or the class
    it returns answers any name itself: the instance may still answer it."""
    old = _TABLE + "class DB:\n    def insert(self, row):\n        pass\n\n    def purge(self):\n        pass\n\n" \
        "    def table(self, name):\n        return Table()\n\n" + _FORWARD
    new = _TABLE + "class DB:\n    def table(self, name):\n        return Table()\n\n" + _FORWARD
    assert "demo.DB.purge" not in synthetic(tmp_path, old, new)
    annotated = new.replace("def table(self, name):", "def table(self, name) -> Table:")
    assert "demo.DB.insert" not in synthetic(tmp_path, old, annotated)
    dynamic = annotated.replace("        return 1\n", "        return 1\n\n    def __getattr__(self, name):\n        return 0\n", 1)
    assert "demo.DB.purge" not in synthetic(tmp_path, old, dynamic)

