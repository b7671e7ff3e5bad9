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
    # nor `index`: `if db_index or kwargs.get("index")` reads it as the slot's alternative (test_apidiff_left67)
    assert ("signature_changed", "tortoise.fields.data.TextField") not in found


# -- a deprecation's message resolved where the source spells it: a decorator's keywords (langchain-core's
# `@deprecated(since=..., alternative=..., removal=..., addendum=...)`), a module global handed to `warnings.warn`
# (html5lib 1.1's `warnings.warn(_deprecation_msg, DeprecationWarning)`), an f-string of the module's constants --

_DEPRECATED = "def deprecated(since, *, alternative='', removal='', addendum=''):\n    return lambda f: f\n\n\n"


def test_a_deprecation_decorators_keywords_word_the_claim(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _DEPRECATED + "def fetch():\n    return 1\n"}
    marked = '@deprecated(since="0.1.46", alternative="invoke", removal="0.3.0", addendum="See the guide.")\n'
    found = diffed(tmp_path, old, {"demo/__init__.py": _DEPRECATED + marked + "def fetch():\n    return 1\n"})
    detail = found["deprecated", "demo.fetch"].detail
    assert detail == "deprecated in 0.1.46; use invoke instead; to be removed in 0.3.0. See the guide."


_SANITIZER = (
    "import warnings\n\nPKG = 'demo'\n_msg = (\n    f\"{{PKG}}'s sanitizer is deprecated; \" +\n    \"use bleach\"\n)\n"
    "{warn}\n\nclass Filter:\n    def __init__(self):\n        {warn}\n"
)


def test_a_warning_handed_a_module_global_says_its_text(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/sanitizer.py": _SANITIZER.format(warn="pass")}
    new = {
        "demo/__init__.py": "",
        "demo/sanitizer.py": _SANITIZER.format(warn="warnings.warn(_msg, DeprecationWarning)"),
    }
    found = diffed(tmp_path, old, new)
    said = "demo's sanitizer is deprecated; use bleach"
    assert found["deprecated", "demo.sanitizer"].detail == said
    assert found["deprecated", "demo.sanitizer.Filter"].detail == said


def test_a_warning_handed_a_local_of_the_globals_name_is_not_the_globals_text(tmp_path: Path) -> None:
    body = "import warnings\n\n_msg = 'the module is deprecated'\n\n\ndef f(x):\n    {body}\n"
    old = {"demo/__init__.py": body.format(body="return x")}
    local = "_msg = 'f ' + x\n    warnings.warn(_msg, DeprecationWarning)"
    found = diffed(tmp_path, old, {"demo/__init__.py": body.format(body=local)})
    assert "the module is deprecated" not in found["deprecated", "demo.f"].detail


def test_html5lib_1_1_sanitizer_deprecation_says_why() -> None:
    found = changes("html5lib", "1.0.1", "1.1")
    said = found["deprecated", "html5lib.filters.sanitizer.Filter"].detail
    assert said.startswith("html5lib's sanitizer is deprecated; see https://github.com/html5lib/html5lib-python/")


def test_langchain_core_0_1_46_deprecation_says_since_and_removal() -> None:
    found = changes("langchain-core", "0.1.45", "0.1.46")
    said = found["deprecated", "langchain_core.retrievers.BaseRetriever.get_relevant_documents"].detail
    assert said == "deprecated in 0.1.46; use invoke instead; to be removed in 0.3.0"


# -- a lost base named by the public path users spell, not the private module defining it (beartype 0.20's
# `BeartypeCallHintViolation`, no longer a `beartype.roar.BeartypeCallHintException`, defined in `roar._roarexc`) --

_ERRORS = "class CallError(Exception):\n    pass\n\n\nclass Violation({base}):\n    pass\n"


def test_a_lost_base_is_named_by_its_public_path(tmp_path: Path) -> None:
    init = "from demo._errors import CallError, Violation\n\n__all__ = ['CallError', 'Violation']\n"
    old = {"demo/__init__.py": init, "demo/_errors.py": _ERRORS.format(base="CallError")}
    new = {"demo/__init__.py": init, "demo/_errors.py": _ERRORS.format(base="Exception")}
    detail = diffed(tmp_path, old, new)[("signature_changed", "demo.Violation")].detail
    assert detail == "no longer a subclass of demo.CallError: `except` clauses naming it miss it"


def test_beartype_0_20_lost_base_names_beartype_roar() -> None:
    found = changes("beartype", "0.19.0", "0.20.0")
    detail = found["signature_changed", "beartype.roar.BeartypeCallHintViolation"].detail
    assert detail.startswith("no longer a subclass of beartype.roar.BeartypeCallHintException:")
