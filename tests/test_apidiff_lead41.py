"""The lead's fixes of session 41 (issue 11): a deprecation message's `{__name__}` is filled with the module's name; a
module named as tests but defining none keeps its environment variables."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module's `__name__` in a deprecation message (wheel 0.46's `f"The {__name__!r} package has been made
# private ..."`) is shown as the module's dotted name, for the module and for a def re-exported from it --


def test_a_module_name_in_a_deprecation_message_is_filled(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from demo.util import run\n", "demo/legacy.py": "X = 1\n", "demo/util.py": "def run(): ...\n"}
    new = {
        "demo/__init__.py": "from demo.util import run\n",
        "demo/legacy.py": "import warnings\n\nwarnings.warn(f'The {__name__!r} module is private', DeprecationWarning)\n"
        "X = 1\n",
        "demo/util.py": "import warnings\n\nLEVEL = 2\n\ndef run():\n"
        "    warnings.warn(f'{__name__}.run is deprecated ({LEVEL})', DeprecationWarning)\n",
    }
    found = diffed(tmp_path, old, new)
    assert found[("deprecated", "demo.legacy")].detail == "The demo.legacy module is private"
    run = found[("deprecated", "demo.run")].detail
    assert run == "demo.util.run is deprecated ({LEVEL})"  # the defining module; another placeholder as written


# -- a module named as tests that defines no test is a helper for dependents' tests: the variables it reads are
# settings its users make (elasticsearch 7's `helpers/test.py` reads ELASTICSEARCH_URL for `get_test_client()`) --


def test_elasticsearch_8_no_longer_reads_its_test_helpers_url() -> None:
    found = changes("elasticsearch", "7.17.9", "8.0.0")
    assert ("env_var_removed", "env:ELASTICSEARCH_URL") in found


def test_a_test_named_helper_module_keeps_its_settings(tmp_path: Path) -> None:
    helper = "import os\nfrom unittest import TestCase\n\nURL = os.environ.get('DEMO_URL')\n\n\nclass DemoTestCase(TestCase):\n    pass\n"
    suite = "import os\n\nON_CI = 'TRAVIS' in os.environ\n\n\ndef test_ci():\n    assert ON_CI in (True, False)\n"
    old = {"demo/__init__.py": "", "demo/helpers/__init__.py": "", "demo/helpers/test.py": helper, "demo/test_suite.py": suite}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert ("env_var_removed", "env:DEMO_URL") in found
    assert ("env_var_removed", "env:TRAVIS") not in found  # sibling: a file of tests reads its runner's variables
