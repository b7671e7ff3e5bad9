"""Misses of the last samples: special methods whose loss makes an operation fail (`bytes(obj)`, `-obj`)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a special method Python calls for an operation, gone from the class, its ancestors and `object`: `bytes(obj)`,
# `os.fspath(obj)`, `-obj` raise TypeError (the operation is the witness, not `Key.__bytes__`) --

_KEY = (
    "class Key:\n    def __bytes__(self):\n        return b'k'\n\n    def __fspath__(self):\n        return 'k'\n\n"
    "    def __neg__(self):\n        return self\n\n    def __round__(self, ndigits=None):\n        return 1\n\n"
    "    def __str__(self):\n        return 'k'\n\n    def __cmp__(self, other):\n        return 0\n"
)


def test_a_special_method_an_operation_calls_lost_makes_the_operation_fail(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _KEY}, {"demo/__init__.py": "class Key:\n    pass\n"})
    lost = {symbol: c for (kind, symbol), c in found.items() if kind == "removed"}
    assert set(lost) == {"demo.Key.__bytes__", "demo.Key.__fspath__", "demo.Key.__neg__", "demo.Key.__round__"}
    bytes_lost = lost["demo.Key.__bytes__"]
    assert bytes_lost.breakage == "protocol_method_removed"
    assert bytes_lost.detail.endswith(": `bytes(obj)` now raises TypeError")
    assert bytes_lost.witness.endswith("\nbytes(obj)")
    assert lost["demo.Key.__fspath__"].witness.endswith("\nimport os\nos.fspath(obj)")
    # `__str__` falls back to `object`'s, Python 3 never calls `__cmp__`: no operation fails, no claim


def test_a_special_method_an_ancestor_or_another_protocol_still_serves_is_not_lost(tmp_path: Path) -> None:
    new = (
        "class Base:\n    def __fspath__(self):\n        return 'k'\n\n\n"
        "class Key(Base):\n    def __iter__(self):\n        return iter(b'k')\n\n    def __neg__(self):\n"
        "        return self\n\n    def __round__(self, ndigits=None):\n        return 1\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _KEY}, {"demo/__init__.py": new})
    # `bytes(obj)` takes an iterable of ints, `os.fspath` finds the base's
    assert not {symbol for kind, symbol in found if kind == "removed"}


def test_membership_through_iteration_is_not_lost_with_contains(tmp_path: Path) -> None:
    old = "class Bag:\n    def __contains__(self, item):\n        return True\n\n    def __iter__(self):\n" \
          "        return iter(())\n"
    found = diffed(tmp_path, {"demo/__init__.py": old},
                   {"demo/__init__.py": "class Bag:\n    def __iter__(self):\n        return iter(())\n"})
    assert ("removed", "demo.Bag.__contains__") not in found  # `x in bag` iterates it



def test_a_number_conversion_another_special_method_still_serves_is_not_lost(tmp_path: Path) -> None:
    old = "class Size:\n    def __int__(self):\n        return 1\n\n    def __float__(self):\n        return 1.0\n\n" \
          "    def __complex__(self):\n        return 1j\n"
    new = "class Size:\n    def __float__(self):\n        return 1.0\n\n    def __index__(self):\n        return 1\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    # `int(obj)` takes `__index__`, `complex(obj)` `__float__`
    assert not {symbol for kind, symbol in found if kind == "removed"}
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": "class Size:\n    pass\n"})
    assert found[("removed", "demo.Size.__float__")].detail.endswith(": `float(obj)` now raises TypeError")
    assert {"demo.Size.__int__", "demo.Size.__complex__"} <= {symbol for kind, symbol in found if kind == "removed"}

def test_asn1crypto_1_0_extended_dates_no_longer_turn_into_bytes() -> None:
    found = changes("asn1crypto", "0.24.0", "1.0.0")
    for cls in ("extended_date", "extended_datetime"):
        lost = found[("removed", f"asn1crypto.util.{cls}.__bytes__")]
        assert lost.breakage == "protocol_method_removed"
        assert "`bytes(obj)` now raises TypeError" in lost.detail
    assert not {symbol for kind, symbol in found if symbol.endswith(("__str__", "__unicode__"))}


def test_paramiko_3_0_drops_only_what_python_3_never_called() -> None:
    # `PKey.__cmp__` (Python 3 never calls it) and `__str__` (it returned bytes: `str(key)` raised TypeError on
    # Python 3 already; 3.0 falls back to `object`'s) break no operation
    found = changes("paramiko", "2.12.0", "3.0.0")
    assert not {symbol for kind, symbol in found if symbol.rsplit(".", 1)[-1].startswith("__")}


def test_peewee_3_nodes_no_longer_negate_or_order() -> None:
    # 2.10's `Node.__neg__`/`__pos__`/`__invert__` (`-node` for DESC) went to `ColumnBase`: a plain `Node` loses them
    found = changes("peewee", "2.10.2", "3.0.1")
    for name, used in (("__neg__", "-obj"), ("__pos__", "+obj"), ("__invert__", "~obj")):
        lost = found[("removed", f"peewee.Node.{name}")]
        assert lost.breakage == "protocol_method_removed" and lost.witness.endswith(f"\n{used}")
    assert ("removed", "peewee.Field.__neg__") not in found  # a column still negates
