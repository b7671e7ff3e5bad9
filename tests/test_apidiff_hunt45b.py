"""False claims found by hunt45b on developer-tooling, parsing and document libraries nobody tuned on: each class
on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a keyword the old `**kwargs` body refused outright (`if "k" in kwargs: raise`) was never accepted --


def test_parso_0_8_parse_never_took_start_pos() -> None:
    # 0.7.1's `Grammar.parse(self, code=None, **kwargs)`: `if 'start_pos' in kwargs: raise TypeError(...)`, then
    # `return self._parse(code=code, **kwargs)` whose `start_pos=(1, 0)` is internal; 0.8.0 spells the keywords
    found = changes("parso", "0.7.1", "0.8.0")
    assert ("signature_changed", "parso.Grammar.parse") not in found
    # the sibling: 0.8's `Grammar(text, *, tokenizer, parser, diff_parser)` stays claimed
    assert ("signature_changed", "parso.Grammar") in found


def _parse(guard: str) -> dict[str, str]:
    return {"demo/__init__.py": (
        "class Grammar:\n"
        "    def parse(self, code=None, **kwargs):\n"
        f"{guard}"
        "        return self._parse(code=code, **kwargs)\n\n"
        "    def _parse(self, code=None, error_recovery=True, path=None, start_pos=(1, 0), debug=False):\n"
        "        return code\n")}


NEW_PARSE = {"demo/__init__.py": (
    "class Grammar:\n"
    "    def parse(self, code=None, *, error_recovery=True, debug=False):\n"
    "        return code\n")}


def test_keyword_refused_by_the_old_body_is_no_removal(tmp_path: Path) -> None:
    refused = "        if 'start_pos' in kwargs or 'debug' in kwargs:\n            raise TypeError('unexpected keyword')\n"
    found = diffed(tmp_path, _parse(refused), NEW_PARSE)
    detail = found[("signature_changed", "demo.Grammar.parse")].detail
    assert "'start_pos'" not in detail
    assert "parameter 'path' removed" in detail  # the sibling: a keyword the old one handed on, now refused


def test_keyword_only_warned_of_is_still_a_removal(tmp_path: Path) -> None:
    # tested in `kwargs` but only warned of: the old call with `start_pos=` worked, the new one raises
    warned = "        if 'start_pos' in kwargs:\n            import warnings\n            warnings.warn('internal')\n"
    found = diffed(tmp_path, _parse(warned), NEW_PARSE)
    assert "'start_pos' removed" in found[("signature_changed", "demo.Grammar.parse")].detail
