"""recall62b: classes found measuring recall on testing tools and date/time, units and numeric libraries."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a default naming a module constant bound to a number or string: a default now naming another constant of another
# value changes what calls leaving the parameter out get (bitmath 2.0's `parse_string_unsafe(s, system=SI)`, now
# `system=NIST`, `SI = int(10)`, `NIST = int(2)`: no claim before, neither name being a literal) --

_CONSTANTS = "SI = int(10)\nNIST = 2\nLABEL = 'si'\nOTHER = 'nist'\nVERSION = '1.0'\n\n\n"
_NAMED_OLD = _CONSTANTS + (
    "def parse(s, system=SI, label=LABEL, agent=VERSION, step=2):\n    return s\n\n\n"
    "class Reader:\n    NIST = 10\n    FAST = 1\n    SLOW = 2\n\n"
    "    def read(self, system=NIST, mode=FAST):\n        return system\n"
)
_NAMED_NEW = _CONSTANTS.replace("'1.0'", "'2.0'") + (
    "def parse(s, system=NIST, label=OTHER, agent=VERSION, step=NIST):\n    return s\n\n\n"
    "class Reader:\n    NIST = 10\n    FAST = 1\n    SLOW = 2\n\n"
    "    def read(self, system=SI, mode=SLOW):\n        return system\n"
)
_IMPORTED = {"demo/units.py": "BINARY = 2\nDECIMAL = 10\n"}


def test_a_default_now_naming_another_constant_of_another_value_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _NAMED_OLD}, {"demo/__init__.py": _NAMED_NEW})
    changed = found[("signature_changed", "demo.parse")].signature
    assert changed is not None
    assert [(name, before, after) for name, before, after, _ in changed.defaults_changed] == [
        ("system", "SI (10)", "NIST (2)"),
        ("label", "LABEL ('si')", "OTHER ('nist')"),
    ]  # `step=2` becoming `NIST` (2) is one value; `VERSION` changing its own value is no default the def changed
    # a method's default names the class body's constant: `NIST` there is 10, as the module's `SI` is
    method = found[("signature_changed", "demo.Reader.read")].signature
    assert method is not None
    assert [d[:3] for d in method.defaults_changed] == [("mode", "FAST (1)", "SLOW (2)")]


def test_a_default_naming_an_imported_constant_is_read_through_the_import(tmp_path: Path) -> None:
    old = {**_IMPORTED, "demo/__init__.py": "from demo.units import DECIMAL\n\n\ndef size(n, base=DECIMAL):\n    return n\n"}
    new = {**old, "demo/__init__.py": old["demo/__init__.py"].replace("DECIMAL", "BINARY")}
    changed = diffed(tmp_path, old, new)[("signature_changed", "demo.size")].signature
    assert changed is not None
    assert [d[:3] for d in changed.defaults_changed] == [("base", "DECIMAL (10)", "BINARY (2)")]


def test_a_default_compared_to_its_own_name_stays_a_sentinel(tmp_path: Path) -> None:
    body = "MISSING = 0\nOTHER = 1\n\n\ndef get(key, default=MISSING):\n    if default is MISSING:\n        return key\n    return default\n"
    changed = diffed(tmp_path, {"demo/__init__.py": body}, {"demo/__init__.py": body.replace("=MISSING", "=OTHER")})
    assert ("signature_changed", "demo.get") not in changed  # what the body does with a sentinel is its own


def test_bitmath_2_parse_string_unsafe_defaults_to_nist() -> None:
    found = changes("bitmath", "1.3.3.1", "2.0.0")
    changed = found[("signature_changed", "bitmath.parse_string_unsafe")]
    assert changed.signature is not None
    assert [d[:3] for d in changed.signature.defaults_changed] == [("system", "SI (10)", "NIST (2)")]
