"""Hunt 58b: classes found sweeping natural-language and text-processing libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a removed module's classes that now live nested in a class were hinted as `from pkg.mod.Outer import Inner`, an
# import that raises ModuleNotFoundError (a class is no package): the hint imports the outer class instead --

_NESTED_OLD = {
    "demo/__init__.py": "",
    "demo/numbers.py": "class AmPmRules:\n    A = 1\n    B = 2\n\n\nclass Numbers:\n    C = 3\n",
}
_NESTED_NEW = {
    "demo/__init__.py": "",
    "demo/common.py": (
        "class Common:\n    class AmPmRules:\n        A = 1\n        B = 2\n\n    class Numbers:\n        C = 3\n"
    ),
}


def test_a_home_nested_in_a_class_is_imported_through_that_class(tmp_path: Path) -> None:
    hint = diffed(tmp_path, _NESTED_OLD, _NESTED_NEW)[("removed", "demo.numbers")].hint
    assert hint is not None
    assert "`from demo.common import Common` (then `Common.AmPmRules`)" in hint
    assert "from demo.common.Common import" not in hint
    # the sibling: a home at module level is still imported by its own name
    flat = {"demo/__init__.py": "", "demo/rules.py": _NESTED_OLD["demo/numbers.py"]}
    assert "`from demo.rules import AmPmRules`" in (diffed(tmp_path / "flat", _NESTED_OLD, flat)[
        ("removed", "demo.numbers")].hint or "")


def test_a_home_in_a_submodule_its_package_shadows_is_imported_from_that_submodule(tmp_path: Path) -> None:
    """torchtext 0.9's `legacy.data` binds the function `batch` over its submodule `batch`, home of `Batch`: the
    path's parent names a function, yet `from torchtext.legacy.data.batch import Batch` works."""
    new = {
        "demo/__init__.py": "",
        "demo/data/__init__.py": "from .iterator import batch\nfrom .batch import AmPmRules\n",
        "demo/data/iterator.py": "def batch(data, size):\n    return data\n",
        "demo/data/batch.py": _NESTED_OLD["demo/numbers.py"],
    }
    hint = diffed(tmp_path, _NESTED_OLD, new)[("removed", "demo.numbers")].hint or ""
    assert "`from demo.data.batch import AmPmRules`" in hint


def test_pysbd_0_3_hints_its_nested_rule_classes_through_their_class() -> None:
    hint = changes("pysbd", "0.2.3", "0.3.0")[("removed", "pysbd.lang.common.numbers")].hint or ""
    assert "`from pysbd.lang.common.common import Common` (then `Common.AmPmRules`)" in hint
    assert ".Common import" not in hint


# -- a shipped test file written as spec-style suites (`DescribeX` classes of `it_*` methods, collected by a pytest
# configured `python_classes = Describe`) was taken for public code: a test method it dropped was claimed removed --

_SPEC_SUITE = (
    "import pytest\n\nfrom demo.core import split\n\n\nclass DescribeSplit:\n"
    "    def it_splits_on_commas(self):\n        assert split('a,b') == ['a', 'b']\n\n"
    "    def but_it_keeps_a_lone_word(self):\n        assert split('a') == ['a']\n\n\n"
    "class DescribeJoin:\n    def it_joins(self):\n        assert ','.join(['a']) == 'a'\n"
)
_SPEC_OLD = {
    "demo/__init__.py": "",
    "demo/core.py": "def split(text):\n    return text.split(',')\n",
    "demo/test_core.py": _SPEC_SUITE,
}


@pytest.mark.parametrize(("prefix", "private"), [("Describe", True), ("", False)])
def test_a_shipped_spec_style_test_file_is_test_code(tmp_path: Path, prefix: str, private: bool) -> None:
    # the sibling: the same classes not named as suites (`Split`, `Join`) are helpers a dependent may import
    old = {**_SPEC_OLD, "demo/test_core.py": _SPEC_SUITE.replace("class Describe", f"class {prefix}")}
    new = {**old, "demo/test_core.py": old["demo/test_core.py"].replace("    def but_it_keeps", "    def _keeps")}
    change = diffed(tmp_path, old, new)[("removed", f"demo.test_core.{prefix}Split.but_it_keeps_a_lone_word")]
    assert change.private is private


def test_unstructured_0_13_shipped_spec_tests_are_test_code() -> None:
    found = changes("unstructured", "0.12.6", "0.13.0")
    suite = "test_unstructured.chunking.test_base.DescribeTablePreChunk"
    method = "but_it_splits_its_table_into_TableChunks_when_the_table_text_exceeds_the_window"
    assert found[("removed", f"{suite}.{method}")].private
    assert not found[("removed", "unstructured.ingest.connector.mongodb.redact")].private


# -- (miss) an attribute made a property whose getter only raises: gensim 4.0's `KeyedVectors.vocab`, set in
# `__init__` in 3.8, raises `AttributeError("The vocab attribute was removed ...")`; nothing was claimed --

_VOCAB_OLD = (
    "class KeyedVectors:\n    def __init__(self):\n        self.vocab = {}\n        self.size = 0\n\n"
    "    @property\n    def total(self):\n        return 1\n"
)
_VOCAB_NEW = (
    "class KeyedVectors:\n    def __init__(self):\n        self.key_to_index = {}\n        self.size = 0\n\n"
    "    @property\n    def vocab(self):\n        raise AttributeError('The vocab attribute was removed')\n\n"
    "    @vocab.setter\n    def vocab(self, value):\n        self.vocab()\n\n"
    "    @property\n    def total(self):\n        raise NotImplementedError\n"
)


def test_an_attribute_made_a_property_that_only_raises_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _VOCAB_OLD}, {"demo/__init__.py": _VOCAB_NEW})
    assert found[("signature_changed", "demo.KeyedVectors.vocab")].breakage == "read_now_raises"
    # the sibling: a getter raising NotImplementedError is the placeholder a subclass overrides
    assert ("signature_changed", "demo.KeyedVectors.total") not in found


def test_gensim_4_0_keyed_vectors_vocab_now_raises_on_every_read() -> None:
    found = changes("gensim", "3.8.3", "4.0.0")
    for member in ("vocab", "index2word", "index2entity", "vectors_norm"):
        assert found[("signature_changed", f"gensim.models.KeyedVectors.{member}")].breakage == "read_now_raises"
    assert ("signature_changed", "gensim.models.KeyedVectors.vectors") not in found  # still a plain attribute
