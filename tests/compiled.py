"""Whether the engine under test is compiled (`.ci/native-suite` lays the wheel's mypyc modules over the tree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff import extract

ENGINE_COMPILED = Path(extract.__file__ or "").suffix != ".py"

patches_engine_functions = pytest.mark.skipif(
    ENGINE_COMPILED,
    reason="patches a function of bot/apidiff, which its compiled modules call directly (runs against the source)",
)
