"""False claims and misses found on Flask-ecosystem release pairs never examined before (connexion 2.14→3.0,
python-socketio 4.6→5.0, flask-admin 1.6→2.0, wtforms 3.2→3.3, …): each class on its pinned real example and on a
synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a parameter "renamed" to a new one only because the new name is the last word of the old --


def test_connexion_3_add_api_name_is_no_renamed_pass_context_arg_name() -> None:
    found = changes("connexion", "2.14.2", "3.0.0")
    detail = found["signature_changed", "connexion.AbstractApp.add_api"].detail or ""
    # `name=` names the API; `pass_context_arg_name=` was the handler's context argument, gone in 3.0
    assert "renamed to 'name'" not in detail and "'pass_context_arg_name' removed" in detail
    assert "'base_path' is now keyword-only" in detail  # the true parts of the claim kept


def test_a_name_sharing_only_its_last_word_is_no_rename(tmp_path: Path) -> None:
    found = diffed(tmp_path, "def add(spec, context_arg_name=None):\n    pass\n",
                   "def add(spec, name=None):\n    pass\n")
    assert found["signature_changed", "demo.add"].detail == "parameter 'context_arg_name' removed"
    qualified = diffed(tmp_path, "def add(spec, bind=None):\n    pass\n", "def add(spec, bind_key=None):\n    pass\n")
    assert "'bind' renamed to 'bind_key'" in (qualified["signature_changed", "demo.add"].detail or "")
    prefixed = diffed(tmp_path, "def add(spec, handler=None):\n    pass\n", "def add(spec, wsHandler=None):\n    pass\n")
    assert "'handler' renamed to 'wsHandler'" in (prefixed["signature_changed", "demo.add"].detail or "")
