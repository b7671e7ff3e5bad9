"""Documented breaking changes the diff missed, found by reading releases' changelogs against its claims (recall26):
a class whose `__getattr__` hands every other name to the instance of a class one of its methods is annotated to
return (tinydb 4's `TinyDB`: `return getattr(self.table(self.default_table_name), name)`, `table() -> Table`) was
read as answering any name, so the members it lost were never claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
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
    derived = annotated.replace("class DB:", "class PurgingTable(Table):\n    def purge(self):\n        pass\n\nclass DB:")
    assert "demo.DB.purge" not in synthetic(tmp_path, old, derived)  # `table()` may return the subclass


# -- a decorator the `decorator` package makes keep the signature --


def test_validators_0_21_signatures_are_compared_through_the_decorator_package() -> None:
    found = changes("validators", "0.20.0", "0.21.0")
    assert "'whitelist' removed" in found["signature_changed", "validators.email"].detail
    assert "'min' renamed to 'min_val'" in found["signature_changed", "validators.between"].detail
    assert "'public' removed" in found["signature_changed", "validators.url"].detail


_OLD_EMAIL = "def email(value, whitelist=None):\n    return True\n"
_NEW_EMAIL = "def email(value):\n    return True\n"


def test_decorator_returning_decorator_package_wrapper_keeps_the_signature(tmp_path: Path) -> None:
    made = "from decorator import decorator\n\ndef check(func):\n    def wrapper(func, *args, **kwargs):\n" \
        "        return func(*args, **kwargs)\n    return decorator(wrapper, func)\n\n@check\n"
    caller = "import decorator\n\n@decorator.decorator\ndef check(func, *args, **kwargs):\n" \
        "    return func(*args, **kwargs)\n\n@check\n"
    for header in (made, caller):
        found = synthetic(tmp_path, header + _OLD_EMAIL, header + _NEW_EMAIL)
        assert "'whitelist' removed" in found["demo.email"].detail


def test_decorator_returning_another_helpers_call_stays_unknown(tmp_path: Path) -> None:
    """A helper of the release named `decorator`, or the function passed elsewhere than the package's slot: the
    result's signature is not known, nothing is compared."""
    own = "def decorator(wrapper, func):\n    return wrapper\n\ndef check(func):\n    def wrapper(*args):\n" \
        "        return func(*args)\n    return decorator(wrapper, func)\n\n@check\n"
    slot = "from decorator import decorator\n\ndef check(func):\n    def wrapper(func, *args, **kwargs):\n" \
        "        return func(*args, **kwargs)\n    return decorator(func, wrapper)\n\n@check\n"
    for header in (own, slot):
        assert "demo.email" not in synthetic(tmp_path, header + _OLD_EMAIL, header + _NEW_EMAIL)


# -- a metaclass whose constructor warns deprecates the classes it makes --


def test_marshmallow_sqlalchemy_0_22_model_schema_deprecated_by_its_metaclass() -> None:
    found = changes("marshmallow-sqlalchemy", "0.21.0", "0.22.0")
    for name in ("ModelSchema", "TableSchema"):
        change = found["deprecated", f"marshmallow_sqlalchemy.{name}"]
        assert f"marshmallow_sqlalchemy.{name} is deprecated" in change.detail
    assert ("deprecated", "marshmallow_sqlalchemy.SQLAlchemyAutoSchema") not in found


_META = "import warnings\n\nclass Meta(type):\n    def __init__(cls, *args, **kwargs):\n{body}" \
    "        super().__init__(*args, **kwargs)\n\nclass Schema(metaclass=Meta):\n    pass\n\nclass Child(Schema):\n    pass\n"


def test_class_whose_metaclass_warns_when_making_it_is_deprecated(tmp_path: Path) -> None:
    old = _META.format(body="")
    new = _META.format(body="        warnings.warn('Schema is deprecated', DeprecationWarning)\n")
    found = deprecations(tmp_path, old, new)
    assert found["demo.Schema"] == found["demo.Child"] == "Schema is deprecated"


def test_class_whose_metaclass_warns_only_for_some_classes_stays(tmp_path: Path) -> None:
    """A metaclass warning only for a class that spells something (`if 'strict' in ...`): not every class it makes."""
    old = _META.format(body="")
    new = _META.format(body="        if 'strict' in args[2]:\n            warnings.warn('strict is deprecated', DeprecationWarning)\n")
    found = deprecations(tmp_path, old, new)
    assert "demo.Schema" not in found and "demo.Child" not in found


def deprecations(tmp_path: Path, old: str, new: str) -> dict[str, str]:
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    return {c.symbol: c.detail for c in found if c.kind.value == "deprecated"}
