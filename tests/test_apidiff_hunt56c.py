"""False claims found by hunt56c on web scraping, content extraction and browser automation libraries nobody tuned
on (courlan, ...): each class on its pinned real example, on a synthetic case, and with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter respelled in its slot, the old spelling kept later in the list as an alias the body folds in: a
# positional caller still reaches the same value (courlan 1.1's `get_download_urls(time_limit=10, max_urls=10000,
# timelimit=None)`, which was `get_download_urls(timelimit=10)`) --

_RESPELLED_OLD = '''class Store:
    def urls(self, timelimit=10):
        return timelimit

    def pick(self, limit=10, order=None):
        return limit, order
'''
_RESPELLED_NEW = '''class Store:
    def urls(self, time_limit=10, max_urls=100, timelimit=None):
        time_limit = timelimit if timelimit is not None else time_limit
        return time_limit, max_urls

    def pick(self, count=10, order=None, limit=None):
        return limit or count, order
'''


def test_a_respelled_parameter_whose_old_spelling_stays_later_is_not_moved(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _RESPELLED_OLD}, {"demo/__init__.py": _RESPELLED_NEW})
    assert ("signature_changed", "demo.Store.urls") not in found
    # the sibling: another name in the old slot is another parameter: `pick(5)` no longer sets `limit`
    assert found[("signature_changed", "demo.Store.pick")].signature.moved == (("limit", 0, 2),)


def test_courlan_1_1_get_download_urls_still_takes_the_time_limit_first() -> None:
    found = changes("courlan", "1.0.0", "1.1.0")
    assert ("signature_changed", "courlan.UrlStore.get_download_urls") not in found
    assert ("removed", "courlan.langinfo") in found  # a real removal in the same pair
