"""Helper hunt56b: false classes found sweeping reinforcement learning environments, robotics, simulation and spatial
math."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an attribute the constructor set, now set by another method (`reset`) over an inherited method of the same
# name: instances that ran it hold the value; it was claimed "now a method" --

_BASE = "class Base:\n    def state(self):\n        raise NotImplementedError\n\n"
_SET_OLD = (
    _BASE
    + "\nclass Env(Base):\n    def __init__(self):\n        self.reinit()\n\n    def reinit(self):\n        self.state = {}\n"
)
_SET_NEW = (
    _BASE
    + "\nclass Env(Base):\n    def __init__(self):\n        self.n = 1\n\n    def reset(self):\n        self.state = {}\n"
)


def test_a_method_name_another_method_assigns_on_self_is_not_claimed_a_method(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SET_OLD}, {"demo/__init__.py": _SET_NEW})
    assert ("signature_changed", "demo.Env.state") not in found
    # the sibling: nothing sets it on the instance any more, reading it gives the inherited method
    unset = _SET_NEW.replace("self.state = {}", "self.other = {}")
    found = diffed(tmp_path / "unset", {"demo/__init__.py": _SET_OLD}, {"demo/__init__.py": unset})
    assert found[("signature_changed", "demo.Env.state")].breakage == "attribute_to_method"


def test_pettingzoo_1_24_rps_still_holds_its_state_after_reset() -> None:
    found = changes("pettingzoo", "1.23.1", "1.24.0", ("gymnasium", "0.29.1"))  # `raw_env(AECEnv, EzPickle)`
    assert ("signature_changed", "pettingzoo.classic.rps_v2.raw_env.state") not in found
    assert ("removed", "pettingzoo.classic.rps_v2.raw_env.reinit") in found  # really gone


# -- an example program that does its work when loaded (prints, loops over a trajectory, drives a plotter it built)
# with no `__main__` guard or `main()` call: its names were claimed as public API --

_PRINTS = "import demo\n\nT = demo.run()\nprint(T)\n"
_LOOPS = "import demo\n\nsteps = []\nfor k in range(3):\n    steps.append(demo.run())\n"
_DRIVES = "import demo\n\nplt = demo.Plotter()\nplt.at(0).show()\n"
_CHAINED = "from demo import show\n\nshow(1).close()\n"
_DEFINES = "import demo\n\nT = demo.run()\ndemo.configure()\n"


def test_an_example_doing_work_when_loaded_is_a_script(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "def run():\n    pass\n",
        "demo/examples/__init__.py": "",
        "demo/examples/prints.py": _PRINTS,
        "demo/examples/loops.py": _LOOPS,
        "demo/examples/defines.py": _DEFINES,
        "demo/examples/drives.py": _DRIVES,
        "demo/examples/chained.py": _CHAINED,
        "demo/printing.py": _PRINTS,
    }
    new = {"demo/__init__.py": "def run():\n    pass\n", "demo/examples/__init__.py": ""}
    found = diffed(tmp_path, old, new)
    assert found[("removed", "demo.examples.prints")].private
    assert found[("removed", "demo.examples.loops")].private
    assert found[("removed", "demo.examples.drives")].private
    assert found[("removed", "demo.examples.chained")].private
    assert not found[("removed", "demo.examples.defines")].private  # calls only a module when loaded: a helper
    assert not found[("removed", "demo.printing")].private  # outside an examples package: still said


def test_roboticstoolbox_example_scripts_are_private() -> None:
    found = changes("roboticstoolbox-python", "1.0.3", "1.1.0")
    assert found[("signature_changed", "roboticstoolbox.examples.icra2021.DiffSteer")].private
    assert found[("removed", "roboticstoolbox.examples.test.a")].private
    assert not found[("signature_changed", "roboticstoolbox.DiffSteer")].private  # the API itself: still said
    found = changes("roboticstoolbox-python", "0.11.0", "1.0.0")
    assert found[("removed", "roboticstoolbox.examples.branched_robot.l_path")].private


# -- a method redeclared abstract that the old class already had abstract from a base of another distribution: the
# subclasses users wrote define it; it was claimed a "new abstract method" --

_BASE_DEP = "import abc\n\n\nclass Distribution(abc.ABC):\n    @abc.abstractmethod\n    def net(self):\n        pass\n"
_CONCRETE_DEP = "class Distribution:\n    def net(self):\n        return 1\n"
_MASK_OLD = "import abc\nfrom base import Distribution\n\n\nclass Masked(Distribution, abc.ABC):\n    pass\n"
_MASK_NEW = _MASK_OLD.replace("    pass\n", "    @abc.abstractmethod\n    def net(self):\n        pass\n")


def _abstract_added(tmp_path: Path, dependency: str) -> set[tuple[str, str]]:
    dep = surface(tmp_path / "dep", {"base/__init__.py": dependency}, "1.0")
    old = surface(tmp_path, {"demo/__init__.py": _MASK_OLD}, "1.0")
    new = surface(tmp_path, {"demo/__init__.py": _MASK_NEW}, "2.0")
    return {(c.breakage, c.symbol) for c in diff_surfaces(old, new, [dep])}


def test_a_method_abstract_on_a_base_outside_is_no_new_abstract_method(tmp_path: Path) -> None:
    assert ("abstract_method_added", "demo.Masked") not in _abstract_added(tmp_path / "abstract", _BASE_DEP)
    # the sibling: the base outside defined it, subclasses relying on that must now define it
    assert ("abstract_method_added", "demo.Masked") in _abstract_added(tmp_path / "concrete", _CONCRETE_DEP)


def test_sb3_contrib_2_3_redeclaring_an_abstract_method_is_no_new_one() -> None:
    found = changes("sb3-contrib", "2.2.1", "2.3.0", ("stable-baselines3", "2.3.0"))
    assert ("signature_changed", "sb3_contrib.common.maskable.distributions.MaskableDistribution") not in found
    assert ("signature_changed", "sb3_contrib.QRDQN") in found  # `learning_starts` defaults to 100: still said


# -- a module `__getattr__` answering `__path__` (so that the module is not taken for a package): no API --

_PROBE_OLD = """import warnings


class DataCollector:
    pass


def __getattr__(name):
    if name == "DataCollectorV0":
        warnings.warn("DataCollectorV0 is deprecated", DeprecationWarning)
        return DataCollector
    elif name == "__path__":
        return False
    raise ImportError(name)
"""
_PROBE_NEW = "class DataCollector:\n    pass\n"


def test_a_module_getattr_answering_path_serves_no_api(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/collector.py": _PROBE_OLD}
    found = diffed(tmp_path, old, {"demo/__init__.py": "", "demo/collector.py": _PROBE_NEW})
    assert ("removed", "demo.collector.__path__") not in found
    assert ("removed", "demo.collector.DataCollectorV0") in found  # the shim's real name: still said


def test_minari_0_5_lost_no_path_of_a_module() -> None:
    found = changes("minari", "0.4.3", "0.5.0")
    assert ("removed", "minari.data_collector.data_collector.__path__") not in found
    assert ("removed", "minari.data_collector.data_collector.DataCollectorV0") in found  # its deprecated shim: gone


def test_vedo_example_scripts_driving_a_plotter_are_private() -> None:
    found = changes("vedo", "2023.4.6", "2023.5.0")
    assert found[("removed", "vedo.examples.advanced.cut_with_mesh1.cut_embryo")].private
    assert not found[("removed", "vedo.Base3DProp")].private  # the API itself: still said


# -- a keyword the release passes to an override only when the calling method was given its own new parameter of
# that name (`elif probability is not None: space.sample(probability=...)`): code written against the old release
# never passes it; it was claimed "the release now calls it with keyword 'probability'" --

_HOOK_OLD = """class Space:
    def sample(self, mask=None):
        return mask


class Dict(Space):
    def __init__(self, spaces):
        self.spaces = spaces

    def sample(self, mask=None):
        return {k: space.sample(mask=mask) for k, space in self.spaces.items()}
"""
_HOOK_GUARDED = """class Space:
    def sample(self, mask=None, probability=None):
        return mask


class Dict(Space):
    def __init__(self, spaces):
        self.spaces = spaces

    def sample(self, mask=None, probability=None):
        if mask is not None:
            return {k: space.sample(mask=mask[k]) for k, space in self.spaces.items()}
        elif probability is not None:
            return {k: space.sample(probability=probability[k]) for k, space in self.spaces.items()}
        return {k: space.sample() for k, space in self.spaces.items()}
"""
_HOOK_ALWAYS = _HOOK_GUARDED.replace(
    "        return {k: space.sample() for k, space in self.spaces.items()}",
    "        return {k: space.sample(probability=probability) for k, space in self.spaces.items()}",
)


def test_a_keyword_passed_only_when_the_caller_is_given_its_new_parameter_reaches_no_old_override(
    tmp_path: Path,
) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HOOK_OLD}, {"demo/__init__.py": _HOOK_GUARDED})
    assert ("signature_changed", "demo.Space.sample") not in found
    # the sibling: passed whatever the caller was given, old overrides get it
    found = diffed(tmp_path / "always", {"demo/__init__.py": _HOOK_OLD}, {"demo/__init__.py": _HOOK_ALWAYS})
    assert found[("signature_changed", "demo.Space.sample")].breakage == "hook_called_with_new_arguments"


def test_gymnasium_1_1_dict_sample_hands_probability_on_only_when_given() -> None:
    found = changes("gymnasium", "1.0.0", "1.1.0")
    assert ("signature_changed", "gymnasium.Space.sample") not in found
    assert found[("signature_changed", "gymnasium.Env.set_wrapper_attr")].breakage == "hook_called_with_new_arguments"
