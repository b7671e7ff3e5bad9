"""False claims found on the newest releases of libraries nobody tuned on (hunt, sixty-fourth stop)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- `locals()` handed to a logging call (smart_open 9.0.2's `open` ran `logger.debug("%r", locals())`): the values
# end up in a log record only, so a parameter named nowhere else was ignored before the line went too --

_LOGGED = '''import logging

logger = logging.getLogger(__name__)


def open(uri, mode="r", closefd=True, opener=None):
    logger.debug("%r", locals())
    return (uri, mode)
'''

_UNLOGGED = '''def open(uri, mode="r", closefd=True, opener=None):
    return (uri, mode)
'''

_SPREAD = '''def open(uri, mode="r", closefd=True, opener=None):
    return _open(**locals())
'''


def test_parameters_only_logged_through_locals_were_never_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _LOGGED}, {"demo/__init__.py": _UNLOGGED})
    assert not [key for key in found if key[1] == "demo.open"]


def test_parameters_spread_out_of_locals_were_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SPREAD}, {"demo/__init__.py": _UNLOGGED})
    assert "closefd" in found[("signature_changed", "demo.open")].detail


def test_smart_open_9_0_4_closefd_was_only_logged_through_locals() -> None:
    found = changes("smart-open", "9.0.2", "9.0.4")
    assert ("signature_changed", "smart_open.open") not in found
    assert ("signature_changed", "smart_open.smart_open_lib.open") not in found
