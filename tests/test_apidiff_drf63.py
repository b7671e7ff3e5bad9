"""drf63: a loop over a constant of literal keys (`for key in KEYS: kwargs.pop(key, None)`) reads each of them."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

_FIELD = '''class Field:
    def __init__(self, read_only=False, required=None):
        self.read_only, self.required = read_only, required
'''

_OLD = (
    _FIELD
    + '''

class Serializer(Field):
    @classmethod
    def many_init(cls, *args, allow_empty=None, max_length=None, **kwargs):
        return cls(*args, **kwargs), allow_empty, max_length
'''
)

_MODULE_CONSTANT = (
    _FIELD
    + '''

KEYS = (
    "allow_empty",  # the list's
    "max_length",
)


class Serializer(Field):
    @classmethod
    def many_init(cls, *args, **kwargs):
        taken = {}
        for key in KEYS:
            taken[key] = kwargs.pop(key, None)
        return cls(*args, **kwargs), taken
'''
)

_CLASS_CONSTANT = (
    _FIELD
    + '''

class Serializer(Field):
    PASSED_KEYS = ["allow_empty", "max_length"]

    @classmethod
    def many_init(cls, *args, **kwargs):
        taken = {}
        for key in cls.PASSED_KEYS:
            taken[key] = kwargs.pop(key, None)
        return cls(*args, **kwargs), taken
'''
)


def _claimed(found: dict[tuple[str, str], object]) -> set[tuple[str, str]]:
    return {key for key in found if key[1] == "demo.Serializer.many_init"}


def test_djangorestframework_many_init_still_reads_its_list_options() -> None:
    """3.15 pops `allow_empty`, `min_length`, `max_length` in `for key in LIST_SERIALIZER_KWARGS_REMOVE:`."""
    found = changes("djangorestframework", "3.14.0", "3.15.0")
    assert not [key for key in found if key[1] == "rest_framework.serializers.BaseSerializer.many_init"]


def test_a_loop_over_a_module_constant_of_keys_reads_them(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": _MODULE_CONSTANT})
    assert not _claimed(found)


def test_a_loop_over_a_class_constant_of_keys_reads_them(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": _CLASS_CONSTANT})
    assert not _claimed(found)


def test_a_constant_rebound_elsewhere_holds_no_known_keys(tmp_path: Path) -> None:
    rebound = _MODULE_CONSTANT + '\nKEYS += ("other",)\n'
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": rebound})
    assert _claimed(found) == _claimed(
        diffed(tmp_path / "base", {"demo/__init__.py": _OLD}, {"demo/__init__.py": _UNKNOWN})
    )


def test_a_constant_of_no_literal_keys_holds_no_known_keys(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": _UNKNOWN})
    assert _claimed(found)


def test_a_class_attribute_set_on_the_instance_holds_no_known_keys(tmp_path: Path) -> None:
    reset = _CLASS_CONSTANT.replace("        taken = {}\n", "        cls.PASSED_KEYS = []\n        taken = {}\n")
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": reset})
    assert _claimed(found)


_UNKNOWN = _MODULE_CONSTANT.replace('KEYS = (\n', 'KEYS = tuple(sorted([\n').replace('",\n)\n', '",\n]))\n')
