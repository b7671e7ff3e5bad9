"""False-claim hunt on the newest releases (hunt65): each false claim found names a class of error."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

HOOK = "hook_called_with_new_arguments"
CHANGED = "signature_changed"

# -- a keyword the release added to a method of two unrelated families of classes so named (lightning 2.6's
# `load_checkpoint(..., weights_only=...)` of `lightning.pytorch`'s and `lightning.fabric`'s `...Strategy`): a call on
# `self.trainer.strategy` in `lightning/pytorch/` is evidence for the family nearest it in the package tree only --

_STRATEGY_OLD = '''class Strategy:
    def load_checkpoint(self, path):
        return path


class FSDPStrategy(Strategy):
    def load_checkpoint(self, path):
        return path


class DeepSpeedStrategy(Strategy):
    def load_checkpoint(self, path):
        return path
'''
_STRATEGY_NEW = _STRATEGY_OLD.replace("(self, path)", "(self, path, weights_only=None)")
_RUNNER_OLD = '''class Connector:
    def restore(self, path):
        return self.trainer.strategy.load_checkpoint(path)
'''
_RUNNER_NEW = _RUNNER_OLD.replace("load_checkpoint(path)", "load_checkpoint(path, weights_only=True)")


def _families(runner: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/fabric/__init__.py": "",
        "demo/fabric/strategies.py": _STRATEGY_OLD,
        "demo/torch/__init__.py": "",
        "demo/torch/strategies.py": _STRATEGY_OLD,
        "demo/torch/trainer/__init__.py": "",
        "demo/torch/trainer/connector.py": runner,
    }


def test_a_keyword_added_in_two_families_is_evidence_for_the_family_nearest_the_call(tmp_path: Path) -> None:
    new = {
        **_families(_RUNNER_NEW),
        "demo/fabric/strategies.py": _STRATEGY_NEW,
        "demo/torch/strategies.py": _STRATEGY_NEW,
    }
    found = diffed(tmp_path, _families(_RUNNER_OLD), new)
    for name in ("Strategy", "FSDPStrategy", "DeepSpeedStrategy"):
        assert found[(CHANGED, f"demo.torch.strategies.{name}.load_checkpoint")].breakage == HOOK
        assert (CHANGED, f"demo.fabric.strategies.{name}.load_checkpoint") not in found


def test_a_keyword_added_in_one_family_still_names_every_member(tmp_path: Path) -> None:
    new = {**_families(_RUNNER_NEW), "demo/torch/strategies.py": _STRATEGY_NEW}
    found = diffed(tmp_path, _families(_RUNNER_OLD), new)
    assert found[(CHANGED, "demo.torch.strategies.FSDPStrategy.load_checkpoint")].breakage == HOOK
    assert not any(symbol.startswith("demo.fabric.") for _, symbol in found)


def test_lightning_2_6_weights_only_is_passed_to_the_pytorch_strategies_only() -> None:
    found = changes("lightning", "2.5.6", "2.6.0")
    for name in ("Strategy", "FSDPStrategy", "DeepSpeedStrategy", "ModelParallelStrategy"):
        assert found[(CHANGED, f"lightning.pytorch.strategies.{name}.load_checkpoint")].breakage == HOOK
    assert not any(symbol.startswith("lightning.fabric.strategies.") for _, symbol in found)


# -- a builtin exception (any standard-library class defining `__init__`) before a class of the release in the order
# (instructor 1.16's `AsyncValidationError(ValueError, InstructorError)`): `ValueError.__init__` is what a call runs,
# never `InstructorError.__init__(*args, failed_attempts=None, **kwargs)`; 1.17's own `__init__` lost nothing --

_ERRORS_OLD = '''class BaseError(Exception):
    def __init__(self, *args, attempts=None, **kwargs):
        self.attempts = attempts
        super().__init__(*args, **kwargs)


class CheckError(ValueError, BaseError):
    pass


class LastError(BaseError, ValueError):
    pass
'''
_ERRORS_NEW = _ERRORS_OLD.replace(
    "class CheckError(ValueError, BaseError):\n    pass",
    "class CheckError(ValueError, BaseError):\n    def __init__(self, message, *args, errors=None, **kwargs):\n"
    "        self.errors = errors\n        super().__init__(message, *args, **kwargs)",
).replace("def __init__(self, *args, attempts=None, **kwargs):", "def __init__(self, *args, tries=None, **kwargs):")


def test_a_builtin_base_first_in_the_order_owns_the_constructor(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ERRORS_OLD}, {"demo/__init__.py": _ERRORS_NEW})
    assert (CHANGED, "demo.CheckError") not in found  # `CheckError(attempts=...)` raised TypeError already
    assert "attempts" in found[(CHANGED, "demo.LastError")].detail  # `BaseError.__init__` comes first: it is lost
    assert "attempts" in found[(CHANGED, "demo.BaseError")].detail


def test_instructor_1_17_async_validation_error_took_no_failed_attempts() -> None:
    found = changes("instructor", "1.16.0", "1.17.0")
    assert not any(symbol.endswith("AsyncValidationError") for _, symbol in found)
