"""False reports found on Flask-extension major releases nobody had examined (flask-dance 6.0): each class on its
pinned real example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- what an import's fallback binds only to build the stand-in is no module attribute where the import works --


def test_flask_dance_6_0_never_had_utils_utc_to_drop() -> None:
    found = changes("flask-dance", "5.1.0", "6.0.0")
    # 5.1.0: `try: from datetime import timezone; utc = timezone.utc / except ImportError: class UTC(tzinfo): ...;
    # utc = UTC()`: UTC only exists where datetime has no timezone, a Python 2 the release does not run on
    assert ("removed", "flask_dance.utils.UTC") not in found
    # the true report of the pair is kept: the module's own helper went
    assert ("removed", "flask_dance.utils.timestamp_from_datetime") in found


_FALLBACK = (
    "try:\n    from datetime import timezone\n    utc = timezone.utc\n"
    "except ImportError:\n    from datetime import timedelta, tzinfo\n\n"
    "    class UTC(tzinfo):\n        def utcoffset(self, dt):\n            return timedelta(0)\n\n"
    "    def make_utc():\n        return UTC()\n\n    utc = make_utc()\n\n"
    "    def naive(dt):\n        return dt.replace(tzinfo=None)\n"
)


def test_a_fallback_helper_building_a_stand_in_is_no_removal(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _FALLBACK, "")
    # `utc` is built by `make_utc`, which builds a `UTC`: neither exists once the import succeeds
    assert not {"demo.UTC", "demo.make_utc"} & set(found)


def test_what_a_fallback_binds_for_itself_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _FALLBACK, "")
    # `naive` builds no stand-in: the handler defines it for its own sake, and `from demo import naive` worked
    assert "demo.naive" in found
