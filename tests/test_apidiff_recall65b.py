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


# -- an import in a class body binds members: `class OpenSearch: from ._patch import list_all_point_in_time` --

_METHODS = '''class Client:
    def health(self, params=None):
        return 1

    def audit(self, params=None):
        return 2
'''
_IMPORTED = '''class Client:
    from demo._patch import health
    from ._patch import audit as audit
'''
_PATCH = '''def health(self, params=None, headers=None):
    return 1


def audit(self, params=None):
    return 2
'''


def test_methods_a_class_body_imports_are_still_members(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _METHODS}, {"demo/__init__.py": _IMPORTED, "demo/_patch.py": _PATCH})
    assert not {symbol for _, symbol in found} & {"demo.Client.health", "demo.Client.audit"}


def test_opensearch_py_2_4_imports_its_point_in_time_methods_into_the_client_classes() -> None:
    found = changes("opensearch-py", "2.3.2", "2.4.0")
    for symbol in ("OpenSearch.list_all_point_in_time", "AsyncOpenSearch.create_point_in_time",
                   "client.SecurityClient.health_check", "client.SecurityClient.update_audit_config"):
        assert ("removed", f"opensearchpy.{symbol}") not in found
    assert ("removed", "opensearchpy.OpenSearch.terms_enum") in found  # gone from the generated client


# -- a builtin container return become a class of the release holding the same types (`list[File]` -> --
# `PaginatedList[File]`): `len(...)`, indexing, `.append` fail on it

_LISTED = '''class File:
    pass


class Commit:
    @property
    def files(self) -> list[File]:
        return []

    @property
    def parents(self) -> list[File]:
        return []
'''
_PAGINATED = '''from typing import Generic, TypeVar

T = TypeVar("T")


class File:
    pass


class PaginatedList(Generic[T]):
    def __iter__(self):
        return iter(())


class Files(list):
    pass


class Commit:
    @property
    def files(self) -> PaginatedList[File]:
        return PaginatedList()

    @property
    def parents(self) -> Files[File]:
        return Files()
'''


def test_a_list_return_become_a_class_of_the_release_is_another_type(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _LISTED}, {"demo/__init__.py": _PAGINATED})
    assert "return_type_changed" in found[("signature_changed", "demo.Commit.files")].breakages
    assert ("signature_changed", "demo.Commit.parents") not in found  # a list subclass: still a list


def test_pygithub_2_4_commit_files_is_a_paginated_list() -> None:
    found = changes("PyGithub", "2.3.0", "2.4.0")
    assert "return_type_changed" in found[("signature_changed", "github.Commit.Commit.files")].breakages
