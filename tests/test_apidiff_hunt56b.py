"""Helper hunt56b: false classes found sweeping reinforcement learning environments, robotics, simulation and spatial
math."""

from __future__ import annotations

from pathlib import Path

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
