"""Documented breaking changes read against the diff's claims (recall27), and the false claims met on the way: a
class whose metaclass's `__call__` never runs the class's constructor (factory_boy 3.0's `FactoryMetaClass.__call__`
returns `cls.build(**kwargs)`) was claimed to raise on creation because the `BaseFactory.__new__` it never reaches
only raises."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a metaclass `__call__` that skips the constructor: the constructor's refusal refuses no call --


def test_factory_boy_3_factories_are_still_created_through_the_metaclass() -> None:
    found = changes("factory-boy", "2.12.0", "3.1.0")
    raising = [symbol for kind, symbol in found if found[kind, symbol].breakage == "callable_now_raises"]
    assert raising == []
    assert ("removed", "factory.DjangoModelFactory") in found  # the documented alias removal stays claimed


_META = "class Meta(type):\n    def __call__(cls, **kwargs):\n        return cls.build(**kwargs)\n\n"
_BASE = "class Base:\n    def __new__(cls, *args, **kwargs):\n        raise TypeError('use the factory')\n\n" \
    "    @classmethod\n    def build(cls, **kwargs):\n        return dict(kwargs)\n\n"


def test_constructor_refusal_behind_a_metaclass_call_is_not_claimed(tmp_path: Path) -> None:
    old = _META + _BASE + "Factory = Meta('Factory', (Base,), {})\n\nclass DictFactory(Factory):\n    pass\n"
    new = _META + _BASE + "class Factory(Base, metaclass=Meta):\n    pass\n\nclass DictFactory(Factory):\n    pass\n"
    assert "demo.DictFactory" not in synthetic(tmp_path, old, new)


def test_constructor_refusal_reached_by_the_metaclass_call_stays_claimed(tmp_path: Path) -> None:
    """A metaclass `__call__` that runs the constructor (`super().__call__(...)`) does reach the refusal."""
    meta = _META.replace("return cls.build(**kwargs)", "return super().__call__(**kwargs)")
    old = meta + "class Thing(metaclass=Meta):\n    def __init__(self, **kwargs):\n        self.kwargs = kwargs\n"
    new = meta + "class Thing(metaclass=Meta):\n    def __init__(self, **kwargs):\n        raise TypeError('gone')\n"
    assert synthetic(tmp_path, old, new)["demo.Thing"].breakage == "callable_now_raises"
