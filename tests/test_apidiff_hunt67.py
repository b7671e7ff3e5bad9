"""False claims found on releases never measured (hunt67): each class with a synthetic pair and its real release."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a `**kwargs` whose every key the body checks against a collection, in a loop over its items: apscheduler 2's
# `CronTrigger(**values)` raised TypeError for any key outside `FIELD_NAMES` (`for key, value in
# list(iteritems(values)): if key not in self.FIELD_NAMES: raise ...`); 3.x names those fields. Which keywords the
# old `**kwargs` took is unknown to a static reader, so its loss is no claim, as for `for key in kwargs` --


def _checked(loop: str) -> dict[str, str]:
    return {"demo/__init__.py": (
        "class Trigger:\n    FIELDS = ('year', 'month')\n\n    def __init__(self, **values):\n"
        f"        {loop}\n            if key not in self.FIELDS:\n                raise TypeError(key)\n"
        "        self.values = values\n"
    )}


_NAMED = {"demo/__init__.py": (
    "class Trigger:\n    def __init__(self, year=None, month=None):\n        self.values = (year, month)\n"
)}


@pytest.mark.parametrize("loop", [
    "for key, value in list(values.items()):",
    "for key, value in values.items():",
    "for key in list(values.keys()):",
    "for key, value in values.iteritems():",
    "for key, value in six.iteritems(values):",
])
def test_a_kwargs_whose_keys_a_loop_over_its_items_checks_is_no_claim_when_lost(tmp_path: Path, loop: str) -> None:
    found = diffed(tmp_path, _checked(loop), _NAMED)
    change = found.get(("signature_changed", "demo.Trigger"))
    assert change is None or "var_keyword_removed" not in change.breakages


def test_a_kwargs_looped_over_without_a_check_is_still_claimed_when_lost(tmp_path: Path) -> None:
    old = {"demo/__init__.py": (
        "class Trigger:\n    def __init__(self, **values):\n        for key, value in values.items():\n"
        "            setattr(self, key, value)\n"
    )}
    found = diffed(tmp_path, old, _NAMED)
    assert "var_keyword_removed" in found[("signature_changed", "demo.Trigger")].breakages


def test_apscheduler_3_cron_trigger_lost_no_kwargs_its_fields_took() -> None:
    found = changes("apscheduler", "2.1.2", "3.11.3")
    cron = found.get(("signature_changed", "apscheduler.triggers.cron.CronTrigger"))
    assert cron is None or "var_keyword_removed" not in cron.breakages
    # the true breaks of the same release stay
    assert "param_removed" in found[("signature_changed", "apscheduler.triggers.interval.IntervalTrigger")].breakages
    assert ("removed", "apscheduler.scheduler") in found
