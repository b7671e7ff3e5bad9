"""recall60b: classes found checking the changelogs of libraries nobody measured against the engine's claims."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed
from tests.test_apidiff_unseen4 import diffed as diffed_files

# -- a deprecation a later docstring paragraph marks ("**Deprecated**: use the method :meth:`App.x` instead.", a
# Google-style "Deprecated:" section): only a first paragraph or a `.. deprecated::` directive was read --

_FETCH = "def fetch(url, timeout=None):\n    DOC\n    return url\n"


def _fetch(doc: str) -> str:
    return _FETCH.replace("DOC", doc)


def test_a_later_paragraph_marked_deprecated_deprecates_the_object(tmp_path: Path) -> None:
    for doc in (
        '"""Fetch a page.\n\n    **Deprecated**: use the method\n    :meth:`demo.Client.fetch` instead.\n    """',
        '"""Fetch a page.\n\n    Args:\n        url: where.\n\n    Deprecated:\n        Use ``get`` instead.\n    """',
        '"""Fetch a page.\n\n    Deprecated since 2.0: use the property :attr:`demo.Client.settings` instead.\n    """',
    ):
        found = diffed(tmp_path, _fetch('"""Fetch a page."""'), _fetch(doc))
        assert found["deprecated", "demo.fetch"].breakage == "deprecated_documented", doc


def test_a_later_paragraph_about_a_part_or_only_mentioning_the_word_deprecates_nothing(tmp_path: Path) -> None:
    for doc in (
        '"""Fetch a page.\n\n    Deprecated: the *timeout* parameter, pass a deadline.\n    """',
        '"""Fetch a page.\n\n    Deprecated aliases of the helpers are listed below.\n    """',
        '"""Fetch a page.\n\n    Example:\n        **Deprecated**: use ``get`` instead.\n    """',  # nested: not its own
    ):
        assert ("deprecated", "demo.fetch") not in diffed(tmp_path, _fetch('"""Fetch a page."""'), _fetch(doc)), doc


def test_morepath_0_15_deprecates_its_identity_and_settings_functions_in_a_later_paragraph() -> None:
    found = changes("morepath", "0.14", "0.15")
    for name in ("remember_identity", "forget_identity", "settings"):
        change = found["deprecated", f"morepath.{name}"]
        assert (change.detail or "").startswith("**Deprecated**: use the "), name
    assert ("deprecated", "morepath.App") not in found


# -- a warning under `if _warn:`, a private flag whose default turns it on: every public call warns, so the object
# is deprecated, not the flag (it was claimed "deprecated parameter '_warn'") --

_ITEM = (
    "import warnings\n\n\nclass Item:\n    def __init__(self, text, FLAG):\n        BODY\n        self.text = text\n"
)


def _item(flag: str, body: str) -> str:
    return _ITEM.replace("FLAG", flag).replace("BODY", body)


def test_a_warning_a_private_flag_turns_on_by_default_deprecates_the_object(tmp_path: Path) -> None:
    old = _item("_warn=True", "pass")
    for flag, test in (("_warn=True", "if _warn:"), ("_internal=False", "if not _internal:")):
        new = _item(flag, f"{test}\n            warnings.warn('Item is going away', DeprecationWarning)")
        found = diffed(tmp_path, old, new)
        assert found["deprecated", "demo.Item"].detail == "Item is going away", flag
        assert "parameter" not in (found["deprecated", "demo.Item"].detail or ""), flag


def test_a_warning_a_public_flag_or_a_non_default_value_turns_on_deprecates_no_object(tmp_path: Path) -> None:
    old = _item("_warn=True", "pass")
    for flag, test in (("warn=True", "if warn:"), ("_warn=False", "if _warn:"), ("_quiet=True", "if not _quiet:")):
        new = _item(flag, f"{test}\n            warnings.warn('Item is going away', DeprecationWarning)")
        change = diffed(tmp_path, old, new).get(("deprecated", "demo.Item"))
        assert change is None or "deprecated parameter" in (change.detail or ""), flag


def test_semantic_version_2_7_deprecates_the_spec_item_class() -> None:
    found = changes("semantic-version", "2.6.0", "2.7.0")
    for path in ("semantic_version.SpecItem", "semantic_version.base.SpecItem"):
        change = found["deprecated", path]
        assert change.detail == "The `SpecItem` class will be removed in 3.0.", path
        assert "parameter" not in (change.detail or ""), path


# -- a module deprecated by its docstring: a `.. deprecated::` directive, a marked paragraph, "This module is
# deprecated" (only functions' and classes' docstrings were read) --

_HELPERS = "def quote(s):\n    return s\n"


def _module(doc: str) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/old.py": f"{doc}\n\n{_HELPERS}"}


def test_a_module_docstring_deprecating_the_module_deprecates_it(tmp_path: Path) -> None:
    for doc in (
        '"""\n.. deprecated:: 2.0\n    Use :mod:`demo.new` instead.\n"""',
        '"""\n.. version-deprecated: 2.0\n\tThis module is superseded by :module:`demo.new`.\n"""',
        '"""Quoting helpers.\n\n**Deprecated**: use :mod:`demo.new` instead.\n"""',
        '"""This module is deprecated; use demo.new."""',
    ):
        found = diffed_files(tmp_path, _module('"""Quoting helpers."""'), _module(doc))
        change = found["deprecated", "demo.old"]
        assert change.breakage == "deprecated_documented", doc
        assert "from demo import old\n" in (change.witness or ""), doc
        assert ("deprecated", "demo.old.quote") not in found, doc


def test_a_module_docstring_speaking_of_what_it_holds_deprecates_no_module(tmp_path: Path) -> None:
    for doc in (
        '"""Deprecated helpers kept for old callers."""',
        '"""Quoting helpers.\n\nSome of them are deprecated.\n"""',
        '"""Quoting helpers.\n\n.. deprecated:: 2.0\n    The ``strict`` option.\n"""',
    ):
        assert ("deprecated", "demo.old") not in diffed_files(tmp_path, _module('"""Quoting."""'), _module(doc)), doc
    named = {"demo/__init__.py": "", "demo/deprecated.py": f'"""Deprecated: the old helpers."""\n\n{_HELPERS}'}
    plain = {**named, "demo/deprecated.py": _HELPERS}
    assert ("deprecated", "demo.deprecated") not in diffed_files(tmp_path / "named", plain, named)


def test_pathspec_1_0_deprecates_its_gitwildmatch_module_in_the_docstring() -> None:
    change = changes("pathspec", "0.12.1", "1.0.0")["deprecated", "pathspec.patterns.gitwildmatch"]
    assert change.detail == (
        "Deprecated since 1.0.0. This module is superseded by :module:`pathspec.patterns.gitignore`."
    )
    assert change.breakage == "deprecated_documented"
