"""Environment variables a runner sets for the process it starts (werkzeug's reloader, pytest) are no configuration:
a release no longer reading one is not claimed, while its other variables stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

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
