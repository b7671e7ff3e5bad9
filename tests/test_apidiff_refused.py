"""A class `__getattr__` that raises for the names it lists serves none of them: a member lost under such a
`__getattr__` is removed (dash 3's `Dash.run_server`, refused by `ObsoleteChecker`), where any other name it may
answer stays unclaimed. The same holds for a module `__getattr__`."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

OLD = "class Base:\n    pass\n\nclass App(Base):\n    def run(self):\n        pass\n\n    def run_server(self):\n        pass\n\n    def serve(self):\n        pass\n"


def removed(tmp_path: Path, new: str) -> set[str]:
    return {symbol for (kind, symbol) in diffed(tmp_path, OLD, new) if kind == "removed"}


def test_dash_3_run_server_is_removed_behind_a_refusing_getattr() -> None:
    found = changes("dash", "2.18.2", "3.0.0")
    run_server = found["removed", "dash.Dash.run_server"]
    assert "dash.Dash's __getattr__ raises for the name" in run_server.detail
    assert ("removed", "dash.Dash.long_callback") in found  # listed beside it in `_obsolete_attributes`
    assert ("removed", "dash.Dash.run") not in found  # still defined


def test_names_a_class_getattr_raises_for_are_removed(tmp_path: Path) -> None:
    listed_on_base = (
        "class Base:\n    _gone = {'run_server': 'use run', 'other': 'x'}\n\n"
        "    def __getattr__(self, name):\n        if name in self._gone:\n"
        "            message = self._gone[name]\n            raise AttributeError(message)\n"
        "        return getattr(self.__dict__, name)\n\n"
        "class App(Base):\n    def run(self):\n        pass\n"
    )
    # `serve` is gone too, but the `__getattr__` may answer it: only the refused name is claimed
    assert removed(tmp_path, listed_on_base) == {"demo.App.run_server"}
    literal = ("class Base:\n    pass\n\nclass App(Base):\n    def __getattr__(this, name):\n"
               "        if name == 'serve':\n            raise RuntimeError('gone')\n"
               "        if name in ('run_server',):\n            raise AttributeError(name)\n"
               "        return this.__dict__[name]\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, literal) == {"demo.App.run_server", "demo.App.serve"}
    module_table = ("_GONE = frozenset()\nREMOVED = ['run_server']\n\nclass Base:\n    pass\n\nclass App(Base):\n"
                    "    def __getattr__(self, name):\n        if name in REMOVED:\n            raise AttributeError(name)\n"
                    "        return 1\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, module_table) == {"demo.App.run_server"}


def test_a_getattr_that_may_answer_before_refusing_refuses_nothing(tmp_path: Path) -> None:
    answers_first = ("class Base:\n    pass\n\nclass App(Base):\n    def __getattr__(self, name):\n"
                     "        if name.startswith('run'):\n            return lambda: None\n"
                     "        if name in ('run_server', 'serve'):\n            raise AttributeError(name)\n"
                     "        return 1\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, answers_first) == set()
    may_return = ("class Base:\n    pass\n\nclass App(Base):\n    def __getattr__(self, name):\n"
                  "        if name in ('run_server', 'serve'):\n            if self.legacy:\n                return 1\n"
                  "            raise AttributeError(name)\n        return 1\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, may_return) == set()
    renamed = ("class Base:\n    pass\n\nclass App(Base):\n    def __getattr__(self, name):\n"
               "        name = name.upper()\n        if name in ('run_server', 'serve'):\n"
               "            raise AttributeError(name)\n        return 1\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, renamed) == set()  # the test reads another string than the name looked up


def test_a_refused_table_an_instance_may_replace_refuses_nothing(tmp_path: Path) -> None:
    per_instance = ("class Base:\n    pass\n\nclass App(Base):\n    _gone = ('run_server', 'serve')\n\n"
                    "    def __init__(self, gone=()):\n        self._gone = gone\n\n"
                    "    def __getattr__(self, name):\n        if name in self._gone:\n            raise AttributeError(name)\n"
                    "        return 1\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, per_instance) == set()
    computed = ("class Base:\n    pass\n\nclass App(Base):\n    _gone = tuple(['run_server'])\n\n"
                "    def __getattr__(self, name):\n        if name in self._gone:\n            raise AttributeError(name)\n"
                "        return 1\n\n    def run(self):\n        pass\n")
    assert removed(tmp_path, computed) == set()  # not a literal: what it holds is unknown


def test_names_a_module_getattr_raises_for_are_removed(tmp_path: Path) -> None:
    old = "def float_(x):\n    return x\n\ndef int_(x):\n    return x\n\ndef keep():\n    pass\n"
    lazy = ("import importlib\n\n_expired = {'float_': 'use float'}\n\ndef __getattr__(attr):\n"
            "    if attr in _expired:\n        raise AttributeError(_expired[attr])\n"
            "    return importlib.import_module('demo.' + attr)\n\ndef keep():\n    pass\n")
    found = diffed(tmp_path, old, lazy)
    # `int_` may be served by the lazy import: only the refused name is claimed
    assert {symbol for (kind, symbol) in found if kind == "removed"} == {"demo.float_"}
    assert "demo's __getattr__ raises for the name" in found["removed", "demo.float_"].detail
    answers_first = lazy.replace("    if attr in _expired:", "    if attr.endswith('_'):\n        return 1\n"
                                 "    if attr in _expired:")
    assert not {symbol for (kind, symbol) in diffed(tmp_path, old, answers_first) if kind == "removed"}
