"""Claims last stop left wrong or weak: each class reproduced on a synthetic pair and on the real release."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter renamed in its slot whose old keyword the body still reads out of `**kwargs` as the other side of
# the new one's `or` (tortoise-orm 0.21's `TextField(..., db_index=False, **kwargs)` testing `if db_index or
# kwargs.get("index"):`): positional and keyword callers get what they got, no keyword-only claim --

_OLD_TEXT = "class Text:\n    def __init__(self, pk=False, index=False, **kwargs):\n        if index:\n            raise ValueError\n"
_NEW_TEXT = (
    "class Text:\n"
    "    def __init__(self, pk=False, db_index=False, **kwargs):\n"
    "        if db_index or kwargs.get('index'):\n"
    "            raise ValueError\n"
    "{more}"
)


def test_an_old_keyword_read_as_the_new_parameters_alternative_is_no_keyword_only_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_TEXT}, {"demo/__init__.py": _NEW_TEXT.format(more="")})
    change = found.get(("signature_changed", "demo.Text"))
    assert change is None or "'index'" not in change.detail


def test_a_new_parameter_used_beyond_the_or_keeps_the_keyword_only_claim(tmp_path: Path) -> None:
    more = "        self.index = db_index\n"
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_TEXT}, {"demo/__init__.py": _NEW_TEXT.format(more=more)})
    assert "parameter 'index' is now keyword-only" in found["signature_changed", "demo.Text"].detail


def test_tortoise_0_21_text_field_index_is_no_keyword_only_claim() -> None:
    found = changes("tortoise-orm", "0.20.1", "0.21.0")
    for symbol in ("tortoise.fields.data.TextField", "tortoise.fields.TextField"):
        change = found.get(("signature_changed", symbol))
        assert change is None or "'index'" not in change.detail
