"""Recall on networking and services (HTTP and async frameworks, cloud SDKs, database drivers and ORMs, messaging,
auth) never measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a Django setting moved into a table of defaults the release reads through one namespaced setting (dj-rest-auth
# 3.0's `REST_AUTH = {"JWT_AUTH_COOKIE": ...}`, where 2.2 read `getattr(settings, "JWT_AUTH_COOKIE", None)`): the
# table spells the key, yet the top-level setting users set is no longer read --

_READ_OLD = {
    "demo/__init__.py": "",
    "demo/jwt.py": (
        "from django.conf import settings\n\n\n"
        "def cookie():\n"
        "    return getattr(settings, 'DEMO_JWT_COOKIE', None), getattr(settings, 'DEMO_SECURE', False)\n"
    ),
}
_TABLE = (
    "from django.conf import settings\n"
    "from rest_framework.settings import APISettings\n\n"
    "USER_SETTINGS = getattr(settings, 'DEMO_AUTH', None)\n"
    "DEFAULTS = {{'DEMO_JWT_COOKIE': None, 'DEMO_SECURE': False}}\n"
    "{extra}"
    "api_settings = APISettings(USER_SETTINGS, DEFAULTS)\n"
)


def _tabled(extra: str = "", jwt: str = "from demo.app_settings import api_settings\n") -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/app_settings.py": _TABLE.format(extra=extra), "demo/jwt.py": jwt}


def test_a_setting_moved_into_a_settings_table_is_no_longer_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, _READ_OLD, _tabled())
    change = found[("removed", "config:DEMO_JWT_COOKIE")]
    assert change.detail == (
        "2.0 no longer reads or defaults the config key DEMO_JWT_COOKIE; it reads the key 'DEMO_JWT_COOKIE' of the "
        "DEMO_AUTH setting instead"
    )
    assert ("removed", "config:DEMO_SECURE") in found
    assert ("removed", "config:DEMO_AUTH.DEMO_JWT_COOKIE") not in found


@pytest.mark.parametrize(
    ("extra", "jwt"),
    [
        pytest.param(
            "",
            "from django.conf import settings\n\n\n"
            "def cookie():\n    return getattr(settings, 'DEMO_JWT_COOKIE', None)\n",
            id="still read at the top level as well",
        ),
        pytest.param(
            "LEGACY = {'DEMO_JWT_COOKIE': 'renamed'}\n",
            "",
            id="spelled again beside the table: a helper may read it",
        ),
        pytest.param(
            "",
            "from django.conf import settings\n\nNAMES = ['DEMO_JWT_COOKIE']\n\n\n"
            "def cookies():\n    return [getattr(settings, name, None) for name in NAMES]\n",
            id="spelled in another module",
        ),
    ],
)
def test_a_tabled_setting_spelled_elsewhere_is_still_no_claim(tmp_path: Path, extra: str, jwt: str) -> None:
    found = diffed(tmp_path, _READ_OLD, _tabled(extra, jwt))
    assert ("removed", "config:DEMO_JWT_COOKIE") not in found
    assert ("removed", "config:DEMO_SECURE") in found


def test_dj_rest_auth_3_no_longer_reads_the_settings_it_moved_into_rest_auth() -> None:
    found = changes("dj-rest-auth", "2.2.8", "3.0.0")
    assert found[("removed", "config:JWT_AUTH_COOKIE")].detail == (
        "3.0.0 no longer reads or defaults the config key JWT_AUTH_COOKIE; it reads the key 'JWT_AUTH_COOKIE' of the "
        "REST_AUTH setting instead"
    )
    moved = {"JWT_AUTH_SECURE", "JWT_AUTH_HTTPONLY", "JWT_AUTH_SAMESITE", "JWT_AUTH_REFRESH_COOKIE"}
    moved |= {"JWT_AUTH_REFRESH_COOKIE_PATH", "JWT_AUTH_RETURN_EXPIRATION", "JWT_AUTH_COOKIE_USE_CSRF"}
    moved |= {"JWT_AUTH_COOKIE_ENFORCE_CSRF_ON_UNAUTHENTICATED", "OLD_PASSWORD_FIELD_ENABLED"}
    moved |= {"LOGOUT_ON_PASSWORD_CHANGE", "REST_USE_JWT", "REST_SESSION_LOGIN", "REST_AUTH_SERIALIZERS"}
    assert {key for key in moved if ("removed", f"config:{key}") not in found} == set()
    assert ("removed", "config:ACCOUNT_LOGOUT_ON_GET") not in found  # allauth's, still read at the top level
    assert not [symbol for kind, symbol in found if symbol.startswith("config:REST_AUTH.")]


def test_a_table_beside_a_read_of_settings_by_computed_names_is_no_claim(tmp_path: Path) -> None:
    """The module reading the table may fall back to the old top-level settings (`getattr(settings, name)`)."""
    fallback = "\n\nclass Fallback:\n    def __getattr__(self, name):\n        return getattr(settings, name)\n\n\n"
    found = diffed(tmp_path, _READ_OLD, _tabled(fallback))
    assert not [symbol for kind, symbol in found if symbol.startswith("config:")]
