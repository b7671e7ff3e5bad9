"""Keys read through a plain name (`keyreaders`): the defs and loops around each read are the ones on its line, and a
helper's calls are found by its name in the text, or, past a few helpers, by one walk; both ways find the same."""

from __future__ import annotations

import ast

from bot.apidiff.envvars import read_env_vars
from bot.apidiff.keyreaders import _SEARCHED_HELPERS


def _names(source: str) -> dict[str, int]:
    data = source.encode()
    return read_env_vars(ast.parse(data), data).names


def test_every_helper_s_literal_is_read_past_the_helpers_searched_by_name() -> None:
    count = _SEARCHED_HELPERS + 3
    helpers = "".join(f"def _env{i}(name):\n    return os.environ.get(name)\n\n\n" for i in range(count))
    calls = "".join(f"_env{i}('DEMO_{i}')\n" for i in range(count))
    found = _names("import os\n\n\n" + helpers + calls)
    first_call = 1 + 3 + 4 * count
    assert found == {f"DEMO_{i}": first_call + i for i in range(count)}


def test_a_helper_called_over_several_lines_or_on_self_is_followed() -> None:
    source = (
        "import os\n\n\nclass Settings:\n"
        "    def _env(self, name, default=None):\n        return os.environ.get(name, default)\n\n"
        "    def load(self):\n        return self._env(\n            'DEMO_TIMEOUT', 5)\n"
    )
    assert _names(source) == {"DEMO_TIMEOUT": 9}


def test_the_loop_around_a_read_is_found_beside_another_on_its_line() -> None:
    source = (
        "import os\n\nKEYS = ('DEMO_A', 'DEMO_B')\n\n\n"
        "def load():\n"
        "    return [os.environ.get(key) for key in KEYS] + [key for key in sorted(os.environ)]\n"
    )
    assert _names(source) == {"DEMO_A": 7, "DEMO_B": 7}


def test_a_private_helper_the_module_never_calls_leaves_its_keys_unknown() -> None:
    data = b"import os\n\n\ndef _env(name):\n    return os.environ.get(name)\n"
    reads = read_env_vars(ast.parse(data), data)
    assert reads.names == {} and "*" in reads.shapes
