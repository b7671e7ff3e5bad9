"""Claims worded wrong: a claim that misleads a reader about what breaks is a false claim."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an optional parameter renamed in its slot over the same code (pyserial 3.5's `read_until(expected=LF)`, 3.4's
# `read_until(terminator=LF)`): a rename that keyword callers lose and positional ones do not, never "removed" --

_READ = (
    "class Port:\n    def read_until(self, {name}=LF, size=None):\n        n = len({name})\n        return n, size\n"
)


def test_an_optional_parameter_renamed_over_the_same_code_is_a_rename_positional_calls_keep(tmp_path: Path) -> None:
    head = "LF = b'\\n'\n\n\n"
    old = {"demo/__init__.py": head + _READ.format(name="terminator")}
    new = {"demo/__init__.py": head + _READ.format(name="expected")}
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.Port.read_until")]
    assert change.signature is not None
    assert change.signature.renamed == (("terminator", "expected"),) and change.signature.removed == ()
    assert change.detail == (
        "parameter 'terminator' renamed to 'expected' in the same position (a positional call works as before)"
    )


def test_another_option_in_the_slot_or_another_default_stays_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def run(cmd, mix_stderr=True):\n    return cmd, mix_stderr\n"}
    other = {"demo/__init__.py": "def run(cmd, catch=True):\n    if catch:\n        return cmd\n    return None\n"}
    assert diffed(tmp_path, old, other)[("signature_changed", "demo.run")].signature.removed == ("mix_stderr",)
    moved = {"demo/__init__.py": "def run(cmd, catch=False):\n    return cmd, catch\n"}
    assert diffed(tmp_path / "b", old, moved)[("signature_changed", "demo.run")].signature.removed == ("mix_stderr",)


def test_pyserial_3_5_read_until_renamed_terminator_in_place() -> None:
    found = changes("pyserial", "3.4", "3.5")
    change = found["signature_changed", "serial.SerialBase.read_until"]
    assert change.signature is not None and change.signature.renamed == (("terminator", "expected"),)
    assert "in the same position (a positional call works as before)" in change.detail


# -- an option the body only reads out of `**kwargs` (`kwargs.get("pk")`) stays in the dict it hands on: the parent
# taking the old keyword into the new parameter makes it a rename in place (tortoise-orm 0.21's `TextField`) --

_FIELD = (
    "class Field:\n"
    "    def __init__(self, primary_key=None, **kwargs):\n"
    "        if (pk := kwargs.pop('pk', None)) is not None:\n"
    "            primary_key = pk\n"
    "        self.pk = primary_key\n\n\n"
)
_OLD_FIELD = "class Field:\n    def __init__(self, pk=False, **kwargs):\n        self.pk = pk\n\n\n"
_OLD_TEXT = (
    "class Text(Field):\n    def __init__(self, pk=False, **kwargs):\n        super().__init__(pk=pk, **kwargs)\n"
)
_NEW_TEXT = (
    "class Text(Field):\n"
    "    def __init__(self, primary_key=None, **kwargs):\n"
    "        if primary_key or kwargs.{read}('pk'):\n"
    "            self.warned = True\n"
    "        super().__init__(primary_key=primary_key, **kwargs)\n"
)


def test_an_option_read_and_handed_on_takes_the_parents_rename(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _OLD_FIELD + _OLD_TEXT}
    found = diffed(tmp_path, old, {"demo/__init__.py": _FIELD + _NEW_TEXT.format(read="get")})
    change = found.get(("signature_changed", "demo.Text"))
    assert change is None or "pk" not in change.detail


def test_an_option_popped_is_the_bodys_own_not_the_parents(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _OLD_FIELD + _OLD_TEXT}
    found = diffed(tmp_path, old, {"demo/__init__.py": _FIELD + _NEW_TEXT.format(read="pop")})
    assert "parameter 'pk' is now keyword-only" in found["signature_changed", "demo.Text"].detail


def test_tortoise_0_21_text_field_pk_is_no_keyword_only_claim() -> None:
    found = changes("tortoise-orm", "0.20.1", "0.21.0")
    detail = found["signature_changed", "tortoise.fields.data.TextField"].detail
    assert "'pk'" not in detail and detail == "parameter 'index' is now keyword-only"
