"""hunt57b: classes found sweeping LLM application frameworks, agents, embeddings and vector-database clients."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a variable named through a local the module binds only to literals, one per branch (`if provider == "a": name
# = "A_KEY"` / `else: name = "B_KEY"`, then `os.getenv(name)`) was no read: both were claimed no longer read --

_LOCAL_OLD = '''import os


class Search:
    def __init__(self):
        self.key = os.getenv("DEMO_SERP_KEY")
        self.other = os.getenv("DEMO_OLD_KEY")
'''
_LOCAL_NEW = '''import os


class Search:
    def __init__(self, provider="serp"):
        if provider == "serp":
            key_name = "DEMO_SERP_KEY"
        else:
            key_name = "DEMO_SERPER_KEY"
        self.key = os.getenv(key_name)
        held = compute()
        self.other = os.getenv(held)


def compute():
    return "DEMO_" + "X"
'''


def test_a_variable_named_through_a_local_bound_to_literals_is_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _LOCAL_OLD}, {"demo/__init__.py": _LOCAL_NEW})
    assert ("env_var_removed", "env:DEMO_SERP_KEY") not in found
    # a local bound to a computed value names no variable the text tells: the old one's removal is still claimed
    assert ("env_var_removed", "env:DEMO_OLD_KEY") in found


def test_smolagents_1_10_still_reads_serpapi_api_key() -> None:
    found = changes("smolagents", "1.9.2", "1.10.0")
    assert ("env_var_removed", "env:SERPAPI_API_KEY") not in found
    assert ("removed", "smolagents.e2b_executor") in found  # the module really went
