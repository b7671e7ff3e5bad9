"""False reports found on quantum computing SDKs (cirq, 2022-2025): each class on its pinned real example and on a
synthetic case, with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a test file pytest collects (`x_test.py`) beside the module `x` it tests, importing no test framework --


def test_cirq_1_0_test_files_beside_their_modules_are_test_code() -> None:
    found = changes("cirq-core", "0.15.0", "1.0.0")
    # `cirq/devices/noise_properties_test.py` imports cirq only: pytest collects it by name and runs plain `assert`s
    for symbol in (
        "cirq.devices.noise_properties_test.test_deprecated_virtual_predicate",
        "cirq.transformers.merge_single_qubit_gates_test.test_merge_single_qubit_gates_into_phxz",
        "cirq.experiments.grid_parallel_two_qubit_xeb_test.ALIGNED_HORIZONTAL",
    ):
        change = found[("removed", symbol)]
        assert change.private and "test code the release shipped" in change.detail
    # the sibling: the code those tests exercised really lost its method
    kept = found[("removed", "cirq.NoiseModelFromNoiseProperties.virtual_predicate")]
    assert not kept.private


def test_cirq_1_4_test_file_of_many_helper_classes_is_test_code() -> None:
    # `has_stabilizer_effect_protocol_test.py` defines 12 small classes for its 5 tests: a quarter, as for any file
    # pytest collects by name
    change = changes("cirq-core", "1.3.0", "1.4.0")[("removed", "cirq.protocols.has_stabilizer_effect_protocol_test.q")]
    assert change.private and "test code the release shipped" in change.detail


_PLAIN_TESTS = "from demo.scan import run\n\ndef helper():\n    return 1\n\ndef test_scan():\n    assert run()\n\n"
_GONE = "def test_port():\n    assert helper()\n"


@pytest.mark.parametrize("name", ["scan_test", "test_scan"])
def test_a_plain_test_file_beside_its_module_is_test_code(tmp_path: Path, name: str) -> None:
    scan = "def run():\n    return 1\n"
    old = {"demo/__init__.py": "", "demo/scan.py": scan, f"demo/{name}.py": _PLAIN_TESTS + _GONE}
    new = {**old, f"demo/{name}.py": _PLAIN_TESTS}
    change = diffed(tmp_path, old, new)[("removed", f"demo.{name}.test_port")]
    assert change.private and "test code the release shipped" in change.detail


@pytest.mark.parametrize(
    ("subject", "helpers"),
    [
        ("demo/probe.py", ""),  # no module `scan` beside it: nothing says pytest runs it
        ("demo/scan.py", "".join(f"def make{i}():\n    return {i}\n\n" for i in range(7))),  # mostly helpers
    ],
)
def test_a_plain_test_named_file_without_that_evidence_stays_public(tmp_path: Path, subject: str, helpers: str) -> None:
    tests = _PLAIN_TESTS + helpers
    old = {"demo/__init__.py": "", subject: "def run():\n    return 1\n", "demo/scan_test.py": tests + _GONE}
    new = {**old, "demo/scan_test.py": tests}
    change = diffed(tmp_path, old, new)[("removed", "demo.scan_test.test_port")]
    assert not change.private and "test code" not in change.detail


# -- keys a `**kwargs` helper reads only to refuse them, or only when another of its parameters has one value --


def test_qutip_5_3_mesolve_lost_only_the_keywords_its_helper_took() -> None:
    change = changes("qutip", "5.2.3", "5.3.0")[("signature_changed", "qutip.mesolve")]
    assert change.signature is not None
    removed = set(change.signature.removed)
    assert "progress_bar" in removed  # taken (with a FutureWarning) from every solver's `**kwargs`: really gone
    # `"verbose" in kwargs and solver == "br"` is brmesolve's; `"m_ops" in kwargs ...: raise TypeError` refused it
    assert not removed & {"verbose", "tol", "map_func", "nsubsteps", "m_ops", "dW_factors"}  # were 9 more


_HELPER = """import warnings

def _take(kwargs, options, mode="plain"):
    if "old" in kwargs:
        warnings.warn("old is deprecated", DeprecationWarning)
        options["old"] = kwargs.pop("old")
    if "gone" in kwargs:
        raise TypeError("gone was removed")
    if "fast" in kwargs and mode == "quick":
        options["fast"] = kwargs.pop("fast")
    if kwargs:
        raise TypeError(f"unexpected keyword argument {kwargs}")
    return options

def run(x, **kwargs):
    return _take(kwargs, {})
"""


def test_keys_a_kwargs_helper_refuses_or_takes_for_another_mode_are_no_lost_parameter(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _HELPER}
    new = {"demo/__init__.py": "def run(x):\n    return {}\n"}
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.run")]
    assert change.signature is not None
    assert "old" in change.signature.removed  # the sibling: a key taken from every call stays claimed
    assert not {"gone", "fast"} & set(change.signature.removed)


@pytest.mark.parametrize(
    ("spelled", "spelled_now"),
    [
        # the key's own value tested, not another parameter's
        ('"fast" in kwargs and mode == "quick"', '"fast" in kwargs and kwargs["fast"] != 0'),
        # a key the raising `if` requires is taken
        ('if "gone" in kwargs:\n        raise', 'if "fast" not in kwargs:\n        raise'),
        ('if "gone" in kwargs:\n        raise', 'if kwargs.get("fast") is None:\n        raise'),
    ],
)
def test_a_key_taken_beside_a_test_or_required_stays_an_option(tmp_path: Path, spelled: str, spelled_now: str) -> None:
    helper = _HELPER.replace(spelled, spelled_now)
    new = {"demo/__init__.py": "def run(x):\n    return {}\n"}
    change = diffed(tmp_path, {"demo/__init__.py": helper}, new)[("signature_changed", "demo.run")]
    assert change.signature is not None and "fast" in change.signature.removed


def test_a_key_taken_in_the_else_of_a_pinned_test_stays_an_option(tmp_path: Path) -> None:
    pinned = '    if "fast" in kwargs and mode == "quick":\n        options["fast"] = kwargs.pop("fast")\n'
    helper = _HELPER.replace(pinned, pinned + '    else:\n        options["fast"] = kwargs.pop("fast", None)\n')
    new = {"demo/__init__.py": "def run(x):\n    return {}\n"}
    change = diffed(tmp_path, {"demo/__init__.py": helper}, new)[("signature_changed", "demo.run")]
    assert change.signature is not None and "fast" in change.signature.removed
