"""Documented breaking changes read against the diff's claims (recall27), and the false claims met on the way: a
class whose metaclass's `__call__` never runs the class's constructor (factory_boy 3.0's `FactoryMetaClass.__call__`
returns `cls.build(**kwargs)`) was claimed to raise on creation because the `BaseFactory.__new__` it never reaches
only raises."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.locate import find_modules
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


# -- a source that only reads `globals()` fills no names: its stub is not read in its place --


def test_responses_0_20_deprecations_are_read_from_the_source() -> None:
    found = changes("responses", "0.19.0", "0.20.0")
    for name in ("assert_all_requests_are_fired", "passthru_prefixes", "target"):
        assert f"{name} is deprecated" in (found["deprecated", f"responses.{name}"].detail or "")
    assert ("removed", "responses.OriginalResponseShim.close") not in found  # the stub left it out, the source not
    assert ("signature_changed", "responses.get_wrapped") not in found  # nor did `registry=None` lose its default


def test_responses_0_21_is_compared_with_0_20s_source() -> None:
    found = changes("responses", "0.20.0", "0.21.0")
    assert ("signature_changed", "responses.Response") not in found  # `match` went through `**kwargs` already
    assert "'registry' is now keyword-only" in (found["signature_changed", "responses.get_wrapped"].detail or "")


def _stubbed(tmp_path: Path, version: str, source: str) -> set[str]:
    root = tmp_path / version / "demo"
    root.mkdir(parents=True)
    (root / "__init__.py").write_text(source)
    (root / "__init__.pyi").write_text("def keep() -> None: ...\n")
    return {module.relpath for module in find_modules(tmp_path / version)}


def test_a_source_reading_globals_is_read_itself(tmp_path: Path) -> None:
    read = "def keep():\n    pass\n\ndef __getattr__(name):\n    return globals()[f'_old_{name}']\n"
    assert _stubbed(tmp_path, "1.0", read) == {"demo/__init__.py"}
    member = "def keep():\n    pass\n\nif 'keep' in globals():\n    pass\n"
    assert _stubbed(tmp_path, "1.1", member) == {"demo/__init__.py"}


def test_a_source_writing_or_passing_globals_on_keeps_its_stub(tmp_path: Path) -> None:
    """`globals()[name] = value`, `globals().update(...)` or `proxy(globals())` make names when the module runs; a
    listing (numpy 1.22's `__dir__` returns `globals().keys()`) keeps the stub too, as for the release before."""
    for version, line in (("1.0", "globals()['keep'] = 1\n"), ("2.0", "globals().update(keep=1)\n"),
                          ("3.0", "fill(globals())\n"), ("4.0", "def __dir__():\n    return list(globals().keys())\n")):
        assert _stubbed(tmp_path, version, line) == {"demo/__init__.pyi"}
