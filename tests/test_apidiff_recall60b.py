"""recall60b: classes found checking the changelogs of libraries nobody measured against the engine's claims."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

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
