"""False reports and misses found on release pairs nobody had examined (Django 4.0, redis 6.0, …): each class on its
pinned real example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- an attribute become a caching property that leaves it assignable (Django's, werkzeug's, functools') --


def test_django_4_0_attributes_become_djangos_cached_property_stay_assignable() -> None:
    found = changes("django", "3.2.13", "4.0")
    read_only = {symbol for (kind, symbol), c in found.items() if c.breakage == "attribute_made_read_only"}
    # `@cached_property` from `django.utils.functional`: no `__set__`, an assignment lands in the instance's dict
    assert not {
        "django.contrib.auth.password_validation.CommonPasswordValidator.DEFAULT_PASSWORD_LIST_PATH",
        "django.db.backends.mysql.features.DatabaseFeatures.test_collations",
        "django.db.backends.sqlite3.features.DatabaseFeatures.can_return_columns_from_insert",
    } & read_only
    assert "django.utils.encoding.force_text" in removed(found)  # deprecated in 3.0, gone in 4.0: kept


_MADE = "{imports}\n\n\nclass File:\n    def __init__(self, src):\n        self.src = src\n\n    @{decorator}\n    def path(self):\n        return self.src\n"
_OLD = "class File:\n    def __init__(self, src):\n        self.path = src\n"


@pytest.mark.parametrize(
    ("imports", "decorator"),
    [
        ("from django.utils.functional import cached_property", "cached_property"),
        ("from django.utils import functional", "functional.cached_property"),
        ("from werkzeug.utils import cached_property", "cached_property"),
        ("import werkzeug", "werkzeug.cached_property"),
        ("from flask.helpers import locked_cached_property", "locked_cached_property"),
        ("import functools", "functools.cached_property"),
    ],
)
def test_an_attribute_made_an_assignable_caching_property_is_not_read_only(
    tmp_path: Path, imports: str, decorator: str
) -> None:
    found = diffed(tmp_path, _OLD, _MADE.format(imports=imports, decorator=decorator))
    assert ("signature_changed", "demo.File.path") not in found


@pytest.mark.parametrize(
    ("imports", "decorator"),
    [
        ("from ._impl import cached_property", "cached_property"),  # the package's own: its `__set__` may refuse
        ("from django.utils.functional import classproperty", "classproperty"),
        ("import functools", "property"),
    ],
)
def test_an_attribute_made_another_property_is_still_read_only(tmp_path: Path, imports: str, decorator: str) -> None:
    found = diffed(tmp_path, _OLD, _MADE.format(imports=imports, decorator=decorator))
    assert found[("signature_changed", "demo.File.path")].breakage == "attribute_made_read_only"
