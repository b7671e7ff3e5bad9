"""Recall on Django apps, GraphQL and search clients, SaaS SDKs never measured: the classes their documented
breaks showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a setting the new release looks up only to refuse it (a system check "The X setting has been removed"): no read --

_READ = '''from django.conf import settings


def referer():
    return getattr(settings, "DEMO_REPLACE_REFERER", False)


def origins():
    return getattr(settings, "DEMO_ORIGINS", ())
'''
_REFUSED = '''from django.conf import settings
from django.core.checks import Error
from django.core.exceptions import ImproperlyConfigured


def origins():
    return getattr(settings, "DEMO_ORIGINS", ())


def check_settings(**kwargs):
    errors = []
    if hasattr(settings, "DEMO_REPLACE_REFERER"):
        errors.append(Error("The DEMO_REPLACE_REFERER setting has been removed - see the changelog."))
    if getattr(settings, "DEMO_ORIGINS", None) is not None and not isinstance(settings.DEMO_ORIGINS, tuple):
        errors.append(Error("DEMO_ORIGINS should be a tuple; DEMO_WHITELIST was removed."))
    return errors


def reject():
    if settings.DEMO_OLD_MODE:
        raise ImproperlyConfigured(f"DEMO_OLD_MODE is no longer supported")
'''


def test_a_setting_looked_up_only_to_say_it_is_removed_is_no_longer_read(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _READ + "\n\ndef mode():\n    return settings.DEMO_OLD_MODE\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _REFUSED})
    assert ("removed", "config:DEMO_REPLACE_REFERER") in found
    assert ("removed", "config:DEMO_OLD_MODE") in found
    assert ("removed", "config:DEMO_ORIGINS") not in found  # still read; its check's message names another key


def test_django_cors_headers_4_checks_the_removed_replace_https_referer_setting() -> None:
    found = changes("django-cors-headers", "3.14.0", "4.0.0")
    assert ("removed", "config:CORS_REPLACE_HTTPS_REFERER") in found
    assert ("removed", "config:CORS_URLS_REGEX") not in found
