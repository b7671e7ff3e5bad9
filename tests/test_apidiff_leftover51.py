"""False claims and misses the last stop left alone, taken up by leftover51: each class on its pinned real example,
on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, env_seeds, partial_surfaces
from bot.apidiff.model import Surface
from bot.apidiff.release import read_file
from tests.artifacts import unpacked_release
from tests.test_apidiff_core import surface
from tests.test_apidiff_lead28 import _tree
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a variable a required distribution reads by joining the prefix the release hands it to a literal rest --


def _env_claims(old: Surface, new: Surface, dependency: DependencyTree) -> set[str]:
    """The variables claimed no longer read, the dependency read as the analysis reads it (`partial_surfaces` for
    the names `env_seeds` asks about)."""
    read = partial_surfaces([], [dependency], lambda file: read_file(file, lazy=True), env_seeds(new, old), read_file)
    return {c.symbol for c in diff_surfaces(old, new, read) if c.kind.value == "env_var_removed"}


def test_setuptools_scm_10_reads_its_variables_through_vcs_versioning() -> None:
    # 10.x hands "SETUPTOOLS_SCM" to vcs-versioning, whose `EnvReader.read("HG_COMMAND")` looks up f"{tool}_{name}"
    old, new = pinned_surface("setuptools-scm", "9.2.2"), pinned_surface("setuptools-scm", "10.0.5")
    dependency = DependencyTree("vcs-versioning", "2.6.0", unpacked_release("vcs-versioning", "2.6.0"))
    assert _env_claims(old, new, dependency) == set()
    # without vcs-versioning read, where they went is unknown: still said
    alone = {c.symbol for c in diff_surfaces(old, new) if c.kind.value == "env_var_removed"}
    assert {"env:SETUPTOOLS_SCM_HG_COMMAND", "env:SETUPTOOLS_SCM_IGNORE_VCS_ROOTS"} <= alone


_READER = """import os

class Reader:
    def __init__(self, tool, env=os.environ):
        self.tool, self.env = tool, env

    def read(self, name):
        return self.env.get(f"{self.tool}_{name}")
"""


def test_a_rest_joined_to_the_prefix_the_release_hands_on_is_still_read(tmp_path: Path) -> None:
    old = surface(tmp_path, {"demo/__init__.py": (
        "import os\nCMD = os.environ.get('DEMO_TOOL_COMMAND')\nGONE = os.environ.get('DEMO_TOOL_FLAVOUR')\n"
        "ELSE = os.environ.get('OTHER_COMMAND')\n"
    )}, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": "from dep import Reader\nREADER = Reader('DEMO_TOOL')\n"}, "2.0")
    dep = _tree(tmp_path / "dep", {
        "dep/__init__.py": "from .reader import Reader\n",
        "dep/reader.py": _READER,
        "dep/settings.py": "def command(reader):\n    return reader.read('COMMAND')\n",
    })
    claimed = _env_claims(old, new, DependencyTree("dep", "1.0", dep))
    # DEMO_TOOL_FLAVOUR: a rest nobody spells; OTHER_COMMAND: a prefix the release no longer hands on
    assert claimed == {"env:DEMO_TOOL_FLAVOUR", "env:OTHER_COMMAND"}


def test_a_rest_spelled_by_a_dependency_that_joins_no_key_stays_claimed(tmp_path: Path) -> None:
    old = surface(tmp_path, {"demo/__init__.py": "import os\nCMD = os.environ.get('DEMO_TOOL_COMMAND')\n"}, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": "from dep import run\nrun('DEMO_TOOL')\n"}, "2.0")
    dep = _tree(tmp_path / "dep", {"dep/__init__.py": "def run(name):\n    return {'COMMAND': name}\n"})
    assert _env_claims(old, new, DependencyTree("dep", "1.0", dep)) == {"env:DEMO_TOOL_COMMAND"}


# -- an `*args` spread after leading arguments beside `**kwargs`: the callee's room less those arguments --

_LEADING_BASE = """class Base:
    def dump(self, fmt, *, include=None):
        return {}


class Model(Base):
"""
_LEADING_OLD = """    def dump(self, *args, shallow=False, **kwargs):
        return super().dump("json", *args, **kwargs)
"""
_LEADING_NEW = """    def dump(self, *, shallow=False, **kwargs):
        return super().dump("json", **kwargs)
"""


def test_varargs_after_a_leading_argument_filling_the_callees_only_slot_are_no_loss(tmp_path: Path) -> None:
    # `super().dump("json", *args, **kwargs)`: "json" fills `fmt`, so any argument in `*args` met `include`: TypeError
    old, new = _LEADING_BASE + _LEADING_OLD, _LEADING_BASE + _LEADING_NEW
    assert ("signature_changed", "demo.Model.dump") not in diffed(tmp_path, {"demo/__init__.py": old},
                                                                  {"demo/__init__.py": new})


def test_varargs_after_a_leading_argument_with_room_left_stay_claimed(tmp_path: Path) -> None:
    base = _LEADING_BASE.replace("def dump(self, fmt, *,", "def dump(self, fmt, indent=None, *,")
    found = diffed(tmp_path, {"demo/__init__.py": base + _LEADING_OLD}, {"demo/__init__.py": base + _LEADING_NEW})
    assert ("signature_changed", "demo.Model.dump") in found  # `Model().dump(4)` reached `indent`


def test_varargs_after_fewer_leading_arguments_than_another_call_passes_stay_claimed(tmp_path: Path) -> None:
    # one call passes `*args` first, another two arguments before `**kwargs`: the fewest leading is not counted
    old = _LEADING_OLD.replace('return super().dump("json", *args, **kwargs)',
                               'if shallow:\n            return self.text("a", "b", **kwargs)\n'
                               '        return super().dump(*args, **kwargs)')
    base = _LEADING_BASE + "    def text(self, a, b, **kwargs):\n        return ''\n\n"
    found = diffed(tmp_path, {"demo/__init__.py": base + old}, {"demo/__init__.py": base + _LEADING_NEW})
    assert ("signature_changed", "demo.Model.dump") in found  # `Model().dump("xml")` reached `fmt`


# -- a class attribute only annotated that no code of the release binds: reading it always raised --


def test_omegaconf_node_parent_was_only_annotated() -> None:
    # 2.0.6's `Node` annotated `parent: Optional["Container"]` and kept `self.__dict__["_parent"]`: `node.parent`
    # raised AttributeError on 2.0.6 already; 2.1 dropping the annotation removes nothing (was 18 paths)
    found = changes("omegaconf", "2.0.6", "2.1.0")
    assert not {symbol for kind, symbol in found if kind == "removed" and symbol.endswith(".parent")}
    assert pinned_surface("omegaconf", "2.0.6").unbound_declared == ("omegaconf.base.Node.parent",)


_NODE = """from typing import Optional


class Node:
    parent: Optional["Node"]
    name: str

    def __init__(self, parent, name):
        self.__dict__["_parent"] = parent
        self.name = name


class Leaf(Node):
    pass
"""
_NODE_NEW = _NODE.replace('    parent: Optional["Node"]\n', "")


def _lost_parent(tmp_path: Path, old: str, new: str) -> set[str]:
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    return {symbol for kind, symbol in found if kind == "removed" and symbol.endswith(".parent")}


def test_an_annotation_nothing_binds_is_no_member(tmp_path: Path) -> None:
    assert _lost_parent(tmp_path, _NODE, _NODE_NEW) == set()


def test_an_annotation_bound_somewhere_stays_claimed(tmp_path: Path) -> None:
    for binding in ("\n\ndef adopt(node, parent):\n    node.parent = parent\n",
                    "\n\ndef adopt(node, parent):\n    setattr(node, 'parent', parent)\n",
                    "\n\ndef adopt(node, key, parent):\n    setattr(node, key, parent)\n",
                    "\n\nclass Tree(Node):\n    __slots__ = ('parent',)\n"):
        assert _lost_parent(tmp_path / str(len(binding)), _NODE + binding, _NODE_NEW + binding) == {"demo.Node.parent"}


def test_an_annotation_a_generated_constructor_or_a_reader_of_annotations_serves_stays_claimed(tmp_path: Path) -> None:
    fields = "from dataclasses import dataclass\n\n\n@dataclass\nclass Node:\n    parent: int\n"
    assert _lost_parent(tmp_path / "a", fields, fields.replace("    parent: int\n", "    other: int\n"))
    # a decorator of the release turning annotations into members: it binds names it does not spell
    made = "\n\ndef members(cls):\n    for key in cls.__annotations__:\n        setattr(cls, key, None)\n    return cls\n"
    assert _lost_parent(tmp_path / "b", _NODE + made, _NODE_NEW + made) == {"demo.Node.parent"}


# -- a subpackage whose name now gives another module of the package: `import pkg.stats` raises --

_SUBPACKAGE = {"demo/__init__.py": "", "demo/stats/__init__.py": "def hdi():\n    return 1\n"}


def test_a_subpackage_replaced_by_a_sibling_module_bound_as_its_name_is_lost_to_imports_by_path(tmp_path: Path) -> None:
    for index, (init, files) in enumerate([
        ("from . import _impl as stats\n", {"demo/_impl.py": "def hdi():\n    return 1\n"}),
        ("from ._impl import stats\n", {"demo/_impl/__init__.py": "", "demo/_impl/stats.py": "def hdi():\n    return 1\n"}),
    ]):
        found = diffed(tmp_path / str(index), _SUBPACKAGE, {"demo/__init__.py": init, **files})
        assert ("removed", "demo.stats") in found, init
        detail = found[("removed", "demo.stats")].detail
        assert "`from demo import stats` still works" in detail
        assert "`import demo.stats` and `from demo.stats import ...` raise ModuleNotFoundError" in detail
        assert ("removed", "demo.stats.hdi") not in found  # `from demo import stats; stats.hdi()` still works


def test_a_subpackage_kept_in_sys_modules_or_as_a_file_stays_unclaimed(tmp_path: Path) -> None:
    registered = ("import sys\n\nfrom . import _impl as stats\n\nsys.modules['demo.stats'] = stats\n")
    new = {"demo/__init__.py": registered, "demo/_impl.py": "def hdi():\n    return 1\n"}
    assert ("removed", "demo.stats") not in diffed(tmp_path / "a", _SUBPACKAGE, new)
    moved = {"demo/__init__.py": "", "demo/stats.py": "def hdi():\n    return 1\n"}  # a package made a module
    assert ("removed", "demo.stats") not in diffed(tmp_path / "b", _SUBPACKAGE, moved)


# -- an `__call__(*args, **kwargs)` dispatching to the one method its class overrides takes what that method takes --


def test_keras_3_4_normalization_call_took_one_input_before_too() -> None:
    # 3.3.3's `Layer.__call__(*args, **kwargs)` hands them down `super().__call__` to `Operation.__call__`, which calls
    # `self.call(*args, **kwargs)`: `Normalization.call(self, inputs)` took one, so `layer(x, y)` raised TypeError
    found = changes("keras", "3.3.3", "3.4.0")
    assert ("signature_changed", "keras.api.layers.Normalization.__call__") not in found


_DISPATCH = """class Operation:
    def __call__(self, *args, **kwargs):
        return self.call(*args, **kwargs)

    def call(self, *args, **kwargs):
        raise NotImplementedError


class Layer(Operation):
    def __call__(self, *args, **kwargs):
        if len(args) == 1 and args[0] is None:
            raise ValueError("no input")
        return super().__call__(*args, **kwargs)
"""
_NORM = """

class Norm({base}):
    def call(self, inputs{more}):
        return inputs
"""
_DATA = """

class DataLayer(Layer):
    def __call__(self, inputs, **kwargs):
        return super().__call__(inputs, **kwargs)
"""


def _call_claimed(tmp_path: Path, more: str = "", extra: str = "") -> bool:
    old = _DISPATCH + extra + _NORM.format(base="Layer", more=more)
    new = _DISPATCH + extra + _DATA + _NORM.format(base="DataLayer", more=more)
    return ("signature_changed", "demo.Norm.__call__") in diffed(tmp_path, {"demo/__init__.py": old},
                                                                 {"demo/__init__.py": new})


def test_a_dispatching_call_takes_the_overridden_methods_positional_parameters(tmp_path: Path) -> None:
    assert not _call_claimed(tmp_path)


def test_a_dispatching_call_whose_method_took_more_stays_claimed(tmp_path: Path) -> None:
    assert _call_claimed(tmp_path / "a", more=", mask=None")  # `norm(x, m)` reached `mask`
    # a dispatcher also handing them to another method the class overrides: what that one took is not read
    both = _DISPATCH.replace("return self.call(*args, **kwargs)",
                             "if kwargs.get('fast'):\n            return self.fast(*args, **kwargs)\n"
                             "        return self.call(*args, **kwargs)\n\n"
                             "    def fast(self, *args, **kwargs):\n        raise NotImplementedError")
    twice = both + _NORM.format(base="Layer", more="") + "\n    def fast(self, *args, **kwargs):\n        return args\n"
    after = both + _DATA + _NORM.format(base="DataLayer", more="") + "\n    def fast(self, *args, **kwargs):\n        return args\n"
    found = diffed(tmp_path / "b", {"demo/__init__.py": twice}, {"demo/__init__.py": after})
    assert ("signature_changed", "demo.Norm.__call__") in found
