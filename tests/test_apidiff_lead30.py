"""Environment variables a runner sets for the process it starts (werkzeug's reloader, pytest) are no configuration:
a release no longer reading one is not claimed, while its other variables stay claimed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.apidiff import envvars, handedkwargs, keyreaders
from bot.apidiff.located import candidate_lines
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed


def test_flask_apscheduler_1_12_1_no_longer_testing_the_reloader_variable_is_no_claim() -> None:
    found = changes("flask-apscheduler", "1.12.0", "1.12.1")
    # 1.12.0's `is_werkzeug_reloader_process()` read `os.environ.get("WERKZEUG_RUN_MAIN")`, which werkzeug's reloader
    # sets for its child; no user sets it, and an app reading it itself does not depend on the extension's read
    assert ("env_var_removed", "env:WERKZEUG_RUN_MAIN") not in found
    assert ("removed", "flask_apscheduler.utils.is_werkzeug_reloader_process") in found  # the function is gone


@pytest.mark.parametrize("variable", ["WERKZEUG_RUN_MAIN", "WERKZEUG_SERVER_FD", "PYTEST_CURRENT_TEST"])
def test_a_variable_a_runner_sets_is_no_configuration(tmp_path: Path, variable: str) -> None:
    old = f"import os\n\ndef reloading():\n    return os.environ.get('{variable}')\n\nTIMEOUT = os.environ.get('DEMO_TIMEOUT')\n"
    new = "def reloading():\n    return None\n"
    found = diffed(tmp_path, old, new)
    assert ("env_var_removed", f"env:{variable}") not in found
    assert ("env_var_removed", "env:DEMO_TIMEOUT") in found  # the library's own configuration stays claimed


# -- a module reading the environment through thousands of names is read once for them, not once per name --


def _many_reads(count: int) -> bytes:
    attributes = "".join(f"    a{i} = 'VIA_ATTRIBUTE_{i}'\n" for i in range(count))
    reads = "".join(f"        os.environ.get(self.a{i})\n" for i in range(count))
    handed = "".join(f"n{i} = 'VIA_NAME_{i}'\nread(n{i})\n" for i in range(count))
    return (
        f"import os\n\nclass C:\n{attributes}    def f(self):\n{reads}\n"
        f"def read(name):\n    return os.environ.get(name)\n\n{handed}"
    ).encode()


def test_reads_through_many_names_search_the_text_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[set[str]] = []

    def counted(data: bytes, names: set[str], starts: list[int] | None = None) -> list[int]:
        searched.append(names)
        return candidate_lines(data, names, starts)

    monkeypatch.setattr(envvars, "candidate_lines", counted)
    monkeypatch.setattr(keyreaders, "candidate_lines", counted)
    data = _many_reads(300)
    found = envvars.read_env_vars(ast.parse(data), data)
    # every variable is still read, through the class attribute and through the name handed to the helper
    assert {f"VIA_ATTRIBUTE_{i}" for i in range(300)} | {f"VIA_NAME_{i}" for i in range(300)} <= found.names.keys()
    # a few names are searched for one by one, then one walk serves the rest: not a search of the module per name
    assert len(searched) < 20


# -- the one-pass gate of `param_options` says what the per-name pattern it replaced said --

_PIECES = ["kw", "kwargs", "opts", " ", "\n", "\t", ".", "pop", "(", "in", " in ", "x", "_", "'k'", "[", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["kwargs", "kw", "opts", "x_", "é"]))
def test_the_one_pass_gate_matches_the_per_name_pattern(pieces: list[str], name: str) -> None:
    text = "".join(pieces).encode()
    spelled = re.escape(name.encode())
    expected = re.search(spelled + rb"\s*\.\s*pop\s*\(|\sin\s+" + spelled + rb"\b", text) is not None
    assert handedkwargs._TakenFrom(text).spells(name) is expected
