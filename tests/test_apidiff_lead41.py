"""The lead's fixes of session 41 (issue 11): a deprecation message's `{__name__}` is filled with the module's name; a
module named as tests but defining none keeps its environment variables; the new walks stop at their caps."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.apidiff.builtprops import MAX_WALKED, built_receivers
from bot.apidiff.lazyimports import MAX_FILLERS, bound_on_import
from bot.apidiff.source import SourceText
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


# -- hostile modules: the new walks stop at their caps --


def test_globals_bound_on_import_read_at_most_max_fillers_functions() -> None:
    count = MAX_FILLERS + 40
    defs_text = "".join(f"def fill{i}():\n    global g{i}\n    g{i} = {i}\n\n" for i in range(count))
    calls = "".join(f"fill{i}()\n" for i in range(count))
    data = (defs_text + calls).encode()
    tree = ast.parse(data)
    defs = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    found = bound_on_import(tree.body, defs, SourceText(data))
    assert found == {f"g{i}" for i in range(MAX_FILLERS)}  # the first functions called, no more


def test_a_property_field_filled_past_the_walk_cap_is_not_taken_as_built() -> None:
    def klass(fills: int) -> ast.ClassDef:
        body = "".join("        self._session = None\n" for _ in range(fills))
        text = (
            "class Client:\n    @property\n    def session(self):\n        return self._session\n\n"
            f"    def connect(self):\n{body}        self._session = Session()\n"
        )
        node = ast.parse(text).body[0]
        assert isinstance(node, ast.ClassDef)
        return node

    def receivers(node: ast.ClassDef) -> tuple[str, ...]:
        methods = {d.name: d for d in node.body if isinstance(d, ast.FunctionDef)}
        return built_receivers(node, methods, None)

    assert receivers(klass(3)) == ("session", "_session")
    assert receivers(klass(MAX_WALKED // 4)) == ()  # a hostile class body: past the cap nothing counts as built
