"""misses59: classes of documented breaks the recall measurement of stop 58 missed (rapidfuzz 3.0, coverage 6.1/7.0)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a default that became None: the body, finding None, only skips what it did with the value (rapidfuzz 3.0's
# `processor=default_process` → `None`, `if processor is not None: s1 = processor(s1)`) --

_NONE_OLD = '''def default_process(s):
    return s.lower()


def ratio(s1, s2, *, processor=default_process):
    s1 = processor(s1)
    return s1 == s2


def score(query, choice, processor=default_process):
    return query == processor(choice)


def connect(host, timeout=30):
    return host, timeout


def same(host, timeout=30):
    return host, timeout


def replaced(host, timeout=30):
    return host, timeout


def handed(host, timeout=30):
    return host, timeout


def inlined(s, processor=default_process):
    return processor(s)
'''
_NONE_NEW = '''def default_process(s):
    return s.lower()


def ratio(s1, s2, *, processor=None):
    if processor is not None:
        s1 = processor(s1)
    return s1 == s2


def score(query, choice, processor=None):
    if processor is None:
        result = query == choice
    else:
        result = query == processor(choice)
    return result


def connect(host, timeout=None):
    if timeout is not None:
        host.settimeout(timeout)
    return host


def same(host, timeout=None):
    if timeout is None:
        timeout = 30
    return host, timeout


def replaced(host, timeout=None):
    timeout = 40 if timeout is None else timeout
    return host, timeout


def handed(host, timeout=None):
    return connect(host, timeout=timeout)


def inlined(s, processor=None):
    if processor is None:
        return default_process(s)
    return processor(s)
'''


def test_a_default_made_none_whose_uses_the_body_skips_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _NONE_OLD}, {"demo/__init__.py": _NONE_NEW})
    ratio = found[("signature_changed", "demo.ratio")]
    assert ratio.breakages == ("param_default_changed",)
    assert "defaults to None (at None the body skips what it does with 'processor') where it defaulted to " in (
        ratio.detail
    )
    assert "default_process" in ratio.detail
    assert ("signature_changed", "demo.score") in found  # the None branch does the same less `processor(...)`
    assert "where it defaulted to 30" in found[("signature_changed", "demo.connect")].detail
    # a None the body replaces with another literal is that literal
    assert "defaults to 40 where it defaulted to 30" in found[("signature_changed", "demo.replaced")].detail
    # the same value put back, None handed on, the old value's work done inline at None: no claim
    for unchanged in ("same", "handed", "inlined"):
        assert ("signature_changed", f"demo.{unchanged}") not in found, unchanged


def test_a_value_default_the_old_body_tests_by_identity_is_a_sentinel(tmp_path: Path) -> None:
    old = "_MISSING = object()\n\n\ndef run(x, key=_MISSING):\n    if key is _MISSING:\n        return x\n    return key(x)\n"
    new = "def run(x, key=None):\n    if key is not None:\n        x = key(x)\n    return x\n"
    assert ("signature_changed", "demo.run") not in diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})


_SKIPPED = "defaults to None (at None the body skips what it does with 'processor') where it defaulted to default_process"


def test_rapidfuzz_3_0_processor_default_became_none() -> None:
    found = changes("rapidfuzz", "2.15.1", "3.0.0")
    claimed = {symbol for (kind, symbol), c in found.items() if _SKIPPED in c.detail}
    fuzz = ("QRatio", "WRatio", "partial_token_ratio", "partial_token_set_ratio", "partial_token_sort_ratio")
    fuzz += ("token_ratio", "token_set_ratio", "token_sort_ratio")
    assert {f"rapidfuzz.fuzz_py.{name}" for name in fuzz} <= claimed
    assert {"rapidfuzz.process_py.extractOne", "rapidfuzz.process_py.extract_iter"} <= claimed
    assert "rapidfuzz.fuzz_py.ratio" not in claimed  # None on both sides
