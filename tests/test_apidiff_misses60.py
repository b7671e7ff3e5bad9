"""misses60: classes of documented breaks the recall sample of stop 59 missed (natsort 6.0, ...)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_catalogue import run
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a decorator made by a decorator of the package whose wrapper hands back what it is given, after editing its
# docstring (natsort 5.5's `@u_format`, `u_format = _modify_str_or_docstring(...)`): the signature is kept --

_DOC_OLD = '''import functools

basestring_ = str


def _modify_str_or_docstring(str_change_func):
    @functools.wraps(str_change_func)
    def wrapper(func_or_str):
        if isinstance(func_or_str, basestring_):
            func = None
            doc = func_or_str
        else:
            func = func_or_str
            doc = func.__doc__

        if doc is not None:
            doc = str_change_func(doc)

        if func:
            func.__doc__ = doc
            return func
        return doc

    return wrapper


@_modify_str_or_docstring
def u_format(s):
    return s.format(u="")


@u_format
def natsorted(seq, key=None, number_type=float):
    """Sorts {u}'a'."""
    return seq
'''
_DOC_NEW = _DOC_OLD.replace(", number_type=float", "")


def test_a_decorator_whose_made_wrapper_hands_back_the_function_keeps_its_signature(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _DOC_OLD}, "1.0")
    assert [p.name for p in old.symbols["demo.natsorted"].params] == ["seq", "key", "number_type"]
    found = diffed(tmp_path, {"demo/__init__.py": _DOC_OLD}, {"demo/__init__.py": _DOC_NEW})
    assert "'number_type' removed" in found[("signature_changed", "demo.natsorted")].detail


def test_a_made_wrapper_not_handing_back_the_function_on_every_path_leaves_the_signature_unknown(
    tmp_path: Path,
) -> None:
    # a function is an instance of `object`: the path returning the formatted docstring is the one it takes
    for old in (
        _DOC_OLD.replace("basestring_ = str", "basestring_ = object"),
        _DOC_OLD.replace("return func\n", "return doc\n"),
    ):
        assert (
            surface(tmp_path / str(len(old)), {"demo/__init__.py": old}, "1.0").symbols["demo.natsorted"].params is None
        )


# -- a None default the body only hands on, by its own name, to a function of the package whose body skips it at
# None (rapidfuzz 3.0's `process_py.extract(processor=None)` calls `extract_iter(..., processor=processor)`) --

_HANDED_OLD = '''def default_process(s):
    return s.lower()


def extract_iter(query, choices, processor=default_process):
    for choice in choices:
        yield processor(choice) == query


def strict_iter(query, choices, processor=default_process):
    for choice in choices:
        yield processor(choice) == query


def extract(query, choices, processor=default_process):
    return list(extract_iter(query, choices, processor=processor))


def strict(query, choices, processor=default_process):
    return list(strict_iter(query, choices, processor=processor))


def by_position(query, choices, processor=default_process):
    return list(extract_iter(query, choices, processor))


def twice(query, choices, processor=default_process):
    return list(extract(query, choices, processor=processor))


def through_a_parameter(query, choices, extract_iter=print, processor=default_process):
    return list(extract_iter(query, choices, processor=processor))
'''
_HANDED_NEW = (
    _HANDED_OLD.replace("processor=default_process", "processor=None")
    .replace(
        "def extract_iter(query, choices, processor=None):\n    for choice in choices:\n        yield",
        "def extract_iter(query, choices, processor=None):\n    for choice in choices:\n"
        "        if processor is not None:\n            choice = processor(choice)\n        yield",
    )
    .replace("yield processor(choice) == query\n\n\ndef strict_iter", "yield choice == query\n\n\ndef strict_iter")
)


def test_a_none_default_handed_to_a_callee_skipping_it_is_read_as_skipped(tmp_path: Path) -> None:
    assert "if processor is not None" in _HANDED_NEW and _HANDED_NEW.count("yield choice == query") == 1
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED_OLD}, {"demo/__init__.py": _HANDED_NEW})
    skipped = "defaults to None (at None the body skips what it does with 'processor') where it defaulted to"
    assert skipped in found[("signature_changed", "demo.extract_iter")].detail
    assert skipped in found[("signature_changed", "demo.extract")].detail
    # the callee uses None as it is (a TypeError), handed positionally, handed on again, or a parameter: not followed
    for name in ("strict", "by_position", "twice", "through_a_parameter"):
        assert ("signature_changed", f"demo.{name}") not in found


def test_the_witness_of_a_none_default_handed_on_holds_on_the_old_release_only(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _HANDED_OLD, _HANDED_NEW)
    for version, holds in (("1.0", True), ("2.0", False)):
        assert (run(found["demo.extract"].witness, tmp_path / version).returncode == 0) is holds, found["demo.extract"]


def test_rapidfuzz_3_0_extract_hands_its_none_processor_to_extract_iter() -> None:
    found = changes("rapidfuzz", "2.15.1", "3.0.0")
    detail = found[("signature_changed", "rapidfuzz.process_py.extract")].detail
    assert "'processor' defaults to None (at None the body skips what it does with 'processor')" in detail
    assert ("signature_changed", "rapidfuzz.process.extract") not in found  # its stub says None on both sides


# -- a deprecation said only in the comment right above an assignment: a Sphinx `#:` doc-comment (testfixtures 7.0's
# `#: .. deprecated:: 7` above `getpath = as_string`) or a plain comment opening so (12.3's `# Deprecated alias`) --

_COMMENTED_OLD = '''class TempDirectory:
    def as_string(self, path=None):
        """The path as a string."""
        return path

    def getpath(self, path=None):
        """The full path."""
        return path


class TextComparison:
    pass


StringComparison = TextComparison
OTHER = 1
SPACED = 2
KEYS = 3
LATER = 4
HAS_DISTUTILS = True
'''
_COMMENTED_NEW = '''class TempDirectory:
    def as_string(self, path=None):
        """The path as a string."""
        return path

    #: .. deprecated:: 7
    #:
    #:   Use :meth:`as_string` instead.
    getpath = as_string


class TextComparison:
    pass


# Deprecated alias
StringComparison = TextComparison
# Deprecated options that are still read
OTHER = 1
# Deprecated

SPACED = 2
# Deprecated keys
DEPRECATED_KEYS = KEYS = 3
# TODO: deprecate this in 2.0
LATER = 4
# Deprecated in Python 3.12
HAS_DISTUTILS = False
'''


def test_a_deprecation_said_in_the_comment_above_an_assignment_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _COMMENTED_OLD}, {"demo/__init__.py": _COMMENTED_NEW})
    getpath = found[("deprecated", "demo.TempDirectory.getpath")]
    assert getpath.detail == "Deprecated since 7. Use :meth:`as_string` instead." and getpath.breakage == (
        "deprecated_documented"
    )
    assert found[("deprecated", "demo.StringComparison")].detail == "Deprecated alias"
    # a part of it (options), a blank line between, several names assigned, a plan, Python's own: no claim
    for name in ("OTHER", "SPACED", "KEYS", "LATER", "HAS_DISTUTILS"):
        assert ("deprecated", f"demo.{name}") not in found, name
    assert ("deprecated", "demo.TempDirectory.as_string") not in found  # the method the alias names


def test_the_witness_of_a_commented_deprecation_holds_on_the_old_release_only(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _COMMENTED_OLD}, {"demo/__init__.py": _COMMENTED_NEW})
    for symbol in ("demo.TempDirectory.getpath", "demo.StringComparison"):
        witness = found[("deprecated", symbol)].witness
        for version, holds in (("1.0", True), ("2.0", False)):
            assert (run(witness, tmp_path / version).returncode == 0) is holds, witness


def test_testfixtures_comment_deprecations_are_claimed() -> None:
    getpath = changes("testfixtures", "6.18.5", "7.0.0")[("deprecated", "testfixtures.TempDirectory.getpath")]
    assert getpath.detail == "Deprecated since 7. Use :meth:`as_string` instead."
    found = changes("testfixtures", "12.2.0", "12.3.0")
    assert found[("deprecated", "testfixtures.comparison.StringComparison")].detail.startswith("Deprecated alias")


# -- a parameter deprecated only by its own `:param p:` entry of the docstring (testfixtures 6.16's `Comparison`,
# `:param strict:` then a nested `.. deprecated:: 6.16.0`) --

_PARAM_DOC_OLD = '''class Comparison:
    """Compare objects.

    :param partial: Check only the attributes given.

    :param strict: Check every attribute.
    """

    def __init__(self, obj, partial=False, **attributes):
        self.partial = partial or not attributes.pop("strict", True)


def compare(x, y, strict=False, other=None, mode=None, deprecated_ok=False):
    """Compare two things.

    :param strict: Check every attribute.
    :param other: Something else.
    :param mode: How.
    :param deprecated_ok: Accept old names.
    """
    return x == y
'''
_PARAM_DOC_NEW = (
    _PARAM_DOC_OLD.replace(
        "    :param strict: Check every attribute.\n    \"\"\"\n\n    def",
        "    :param strict: Check every attribute.\n\n      .. deprecated:: 6.16.0\n\n"
        "        Use ``partial`` instead.\n    \"\"\"\n\n    def",
    )
    .replace(
        ":param strict: Check every attribute.\n    :param other:", ":param strict: Deprecated.\n    :param other:"
    )
    .replace(
        "    :param other: Something else.\n", "    :param other: Something else.\n\n    .. note:: Not deprecated.\n"
    )
    .replace(":param mode: How.", ":param mode: How.\n\n      .. deprecated:: 2.0\n        Passing ``None`` is.\n")
    .replace(":param deprecated_ok: Accept old names.", ":param deprecated_ok: Deprecated names are accepted.")
)


def test_a_parameter_its_docstring_entry_says_deprecated_is_claimed(tmp_path: Path) -> None:
    assert _PARAM_DOC_NEW.count("deprecated:: 6.16.0") == 1 and ":param strict: Deprecated." in _PARAM_DOC_NEW
    found = diffed(tmp_path, {"demo/__init__.py": _PARAM_DOC_OLD}, {"demo/__init__.py": _PARAM_DOC_NEW})
    for symbol in ("demo.Comparison", "demo.compare"):
        change = found[("deprecated", symbol)]
        assert change.detail == "deprecated parameter 'strict'" and change.breakage == "deprecated_param_documented"
        for version, holds in (("1.0", True), ("2.0", False)):
            assert (run(change.witness, tmp_path / version).returncode == 0) is holds, change.witness
    # the directive after the entries (the docstring's own), a value's deprecation, a name saying it: no claim
    assert found[("deprecated", "demo.compare")].signature.deprecated_parameters == ("strict",)


def test_testfixtures_6_16_deprecates_comparison_strict_in_its_docstring() -> None:
    found = changes("testfixtures", "6.15.0", "6.16.0")
    change = found[("deprecated", "testfixtures.Comparison")]
    assert change.breakage == "deprecated_param_documented" and "'strict'" in change.detail


# -- a None the body only warns about when given (pydantic 2.0's `if type_name is not None: warnings.warn(...)`) is
# no value whose use it skips: set against a None another body replaces, it is no changed default --

_WARNED_OLD = '''import warnings


def _get(kind, type_name=None):
    if type_name is None:
        type_name = "Parsed"
    return kind, type_name


def parse(kind, type_name=None):
    return _get(kind, type_name=type_name)


def verbose(kind, flag=True):
    return kind, flag
'''
_WARNED_NEW = '''import warnings


def parse(kind, type_name=None):
    if type_name is not None:
        warnings.warn("type_name is deprecated", DeprecationWarning)
    return kind


def verbose(kind, flag=None):
    if flag is not None:
        print(kind)
    return kind
'''


def test_a_none_the_body_only_warns_about_is_not_skipped_use(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _WARNED_OLD}, {"demo/__init__.py": _WARNED_NEW})
    assert ("signature_changed", "demo.parse") not in found
    # a branch doing something at a value other than None is still a use it skips
    assert "at None the body skips what it does with 'flag'" in found[("signature_changed", "demo.verbose")].detail
