"""Documented breaking changes read against the diff's claims (recall31), and the false claims met on the way: a
plain subclass of a record class takes the constructor its base's decorator generates (watchdog 4.0's event
classes), also when a `__new__` hands its arguments to a named tuple's (werkzeug 2.3's `BaseURL`); deprecations a
docstring announces in a later sentence (pyee 12), of "this property" (sentry-sdk 2.0's `Hub.client`) or pointing to
what it is "merged into" (sentry-sdk 2.0's `Hub`); an import kept unused on purpose (`# noqa: F401`) re-exported
from a plain module, and a module `__getattr__` guarded by an emptied table serving nothing (sphinx 8.0)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a plain subclass of a dataclass (or named tuple) takes the generated constructor it inherits --


def test_watchdog_4_event_classes_keep_their_path_parameters() -> None:
    found = changes("watchdog", "3.0.0", "4.0.0")
    # 4.0's `FileSystemEvent` is a dataclass `(src_path, dest_path="", is_synthetic=False)`; its subclasses are plain
    # classes inheriting that `__init__`: "parameter 'src_path' removed" was claimed of all 11 of them
    for name in ("DirCreatedEvent", "FileMovedEvent", "FileSystemMovedEvent", "FileOpenedEvent"):
        assert ("signature_changed", f"watchdog.events.{name}") not in found, name
    assert ("removed", "watchdog.events.FileSystemEvent.key") in found  # a property it dropped: kept


def test_werkzeug_2_3_url_classes_hand_their_fields_to_the_named_tuple() -> None:
    found = changes("werkzeug", "2.2.3", "2.3.0")
    # 2.3's `BaseURL.__new__(cls, *args, **kwargs)` warns, then calls `super().__new__(cls, *args, **kwargs)` of the
    # private `_URLTuple(NamedTuple)`: its fields still bind
    for name in ("BaseURL", "URL", "BytesURL"):
        assert ("signature_changed", f"werkzeug.urls.{name}") not in found, name
        assert ("deprecated", f"werkzeug.urls.{name}") in found, name


_RECORD = (
    "from dataclasses import dataclass\n\n\n@dataclass\nclass Event:\n    src_path: str\n    dest_path: str = ''\n\n\n"
    "class Created(Event):\n    kind = 'created'\n"
)
_PLAIN = (
    "class Event:\n    def __init__(self, src_path):\n        self.src_path = src_path\n\n\n"
    "class Created(Event):\n    kind = 'created'\n"
)


def test_a_plain_subclass_of_a_dataclass_takes_its_fields(tmp_path: Path) -> None:
    assert ("signature_changed", "demo.Created") not in diffed(tmp_path, _PLAIN, _RECORD)
    named = _RECORD.replace("from dataclasses import dataclass", "from typing import NamedTuple").replace(
        "@dataclass\nclass Event:", "class Event(NamedTuple):"
    )
    assert ("signature_changed", "demo.Created") not in diffed(tmp_path, _PLAIN, named)


def test_a_subclass_of_a_record_losing_a_field_stays_claimed(tmp_path: Path) -> None:
    fewer = _RECORD.replace("    dest_path: str = ''\n", "")
    assert diffed(tmp_path, _RECORD, fewer)["signature_changed", "demo.Created"].detail == (
        "parameter 'dest_path' removed"
    )
    # a class between them writing `__init__` wins over the generated one
    own = _RECORD.replace(
        "class Created(Event):", "class Middle(Event):\n    def __init__(self):\n        pass\n\n\nclass Created(Middle):"
    )
    assert diffed(tmp_path, _PLAIN, own)["signature_changed", "demo.Created"].detail == (
        "parameter 'src_path' removed"
    )


_TUPLE = (
    "from typing import NamedTuple\n\n\nclass _Parts(NamedTuple):\n    scheme: str\n    path: str\n\n\n"
    "class URL(_Parts):\n    pass\n"
)
_WARNING = _TUPLE.replace(
    "    pass\n",
    "    def __new__(cls, *args, **kwargs):\n        import warnings\n"
    "        warnings.warn('URL is deprecated', DeprecationWarning)\n"
    "        return super().__new__(cls, *args, **kwargs)\n",
)


def test_a_new_handing_its_arguments_to_a_named_tuple_keeps_its_fields(tmp_path: Path) -> None:
    found = diffed(tmp_path, _TUPLE, _WARNING)
    assert ("signature_changed", "demo.URL") not in found
    assert found["deprecated", "demo.URL"].detail == "URL is deprecated"
    fewer = _WARNING.replace("    path: str\n", "")  # a field gone from the tuple is gone from the call
    assert "parameter 'path' removed" in (diffed(tmp_path, _TUPLE, fewer)["signature_changed", "demo.URL"].detail or "")


# -- deprecations a docstring announces of the object itself, said in other words --


def test_pyee_12_deprecates_its_exception_base() -> None:
    found = changes("pyee", "11.1.1", "12.0.0")
    # "An exception internal to pyee. Deprecated in favor of PyeeError."
    assert found["deprecated", "pyee.PyeeException"].detail == "Deprecated in favor of PyeeError."
    assert ("deprecated", "pyee.PyeeError") not in found  # its subclass, the replacement
    assert ("removed", "pyee.BaseEventEmitter") in found  # the documented removals: kept


def test_sentry_sdk_2_deprecates_the_hub_and_its_client_property() -> None:
    found = changes("sentry-sdk", "1.45.0", "2.0.0")
    assert found["deprecated", "sentry_sdk.Hub"].detail == (
        "Deprecated since 2.0.0. The Hub is deprecated. Its functionality will be merged into "
        ":py:class:`sentry_sdk.scope.Scope`."
    )
    assert (found["deprecated", "sentry_sdk.Hub.client"].detail or "").startswith(
        "Deprecated since 2.0.0. This property is deprecated"
    )
    assert ("deprecated", "sentry_sdk.Hub.capture_event") in found  # "This function is deprecated": kept
    assert ("removed", "sentry_sdk.last_event_id") in found


_DOC = (
    "class Client:\n    def __init__(self, scope=None):\n        self.x = scope\n\n"
    "    @property\n    def client(self):\n        CLIENT\n        return 1\n\n\n"
    "class Hub:\n    HUB\n\n    def __init__(self, scope=None):\n        self.scope = scope\n"
)


def _doc(client: str = '"""The client."""', hub: str = '"""The hub."""') -> str:
    return _DOC.replace("CLIENT", client).replace("HUB", hub)


def test_a_docstring_deprecating_the_object_in_other_words_deprecates_it(tmp_path: Path) -> None:
    new = _doc(
        '"""\n        .. deprecated:: 2.0\n            This property is deprecated. Use ``get_client`` instead.\n'
        '        """',
        '"""The hub. Deprecated: its functionality is merged into :class:`demo.scope.Scope`."""',
    )
    found = diffed(tmp_path, _doc(), new)
    assert found["deprecated", "demo.Client.client"].detail == (
        "Deprecated since 2.0. This property is deprecated. Use ``get_client`` instead."
    )
    assert found["deprecated", "demo.Hub"].detail == (
        "Deprecated: its functionality is merged into :class:`demo.scope.Scope`."
    )


def test_a_docstring_deprecating_a_part_in_other_words_deprecates_nothing_whole(tmp_path: Path) -> None:
    for client, hub in (
        # a property of a class's docstring is a part of it; "the" property is no self-reference
        ('"""The client."""', '"""The hub. Deprecated: this property is read-only."""'),
        ('"""The client. Deprecated: the property ``raw`` is gone."""', '"""The hub."""'),
        # a later sentence naming a parameter (the constructor's `scope`), or opening no deprecation
        ('"""The client."""', '"""The hub. Deprecated: scope is ignored."""'),
        ('"""The client."""', '"""The hub. Non-deprecated hubs only."""'),
        # merged into a module path with the parameter's name as a word outside it
        ('"""The client."""', '"""The hub. Deprecated: scope is merged into ``demo.scope``."""'),
    ):
        found = diffed(tmp_path, _doc(), _doc(client, hub))
        assert ("deprecated", "demo.Hub") not in found, hub
        assert ("deprecated", "demo.Client.client") not in found, client


# -- an import whose "imported but unused" warning is silenced is there to be imported from the module --


def test_sphinx_8_removes_the_version_change_alias_and_stringify() -> None:
    found = changes("sphinx", "7.4.7", "8.0.0")
    # "Remove the long-deprecated (since Sphinx 2) alias to VersionChange in sphinx.directives.other": 7.4's
    # `from sphinx.domains.changeset import VersionChange  # NoQA: F401  # for compatibility`
    assert ("removed", "sphinx.directives.other.VersionChange") in found
    # "Removed sphinx.util.typing.stringify": 8.0's `__getattr__` refuses every name not in its emptied table
    assert ("removed", "sphinx.util.typing.stringify") in found
    assert ("removed", "sphinx.util.status_iterator") in found  # the documented removals found before: kept


_REEXPORT = "from demo.core import Thing  # noqa: F401\n"
_CORE = "class Thing:\n    pass\n"


def _modules(tmp_path: Path, compat: str, new_compat: str) -> set[tuple[str, str]]:
    old = {"demo/__init__.py": "", "demo/core.py": _CORE, "demo/compat.py": compat}
    new = {**old, "demo/compat.py": new_compat}
    changed = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol) for c in changed}


def test_an_import_kept_unused_on_purpose_is_re_exported(tmp_path: Path) -> None:
    assert ("removed", "demo.compat.Thing") in _modules(tmp_path, _REEXPORT, "")
    listed = "from demo.core import (  # NoQA: E501, F401\n    Thing,\n)\n"
    assert ("removed", "demo.compat.Thing") in _modules(tmp_path, listed, "")


def test_an_import_used_or_not_silenced_or_under_all_stays_private(tmp_path: Path) -> None:
    for compat in (
        "from demo.core import Thing\n",  # an implementation detail of a plain module
        "from demo.core import Thing  # noqa: E402\n",  # another warning silenced
        "from demo.core import Thing  # noqa: F401\n\n\ndef make():\n    return Thing()\n",  # used: (see make)
        "from demo.core import Thing  # noqa: F401\n\n__all__ = ['make']\n\n\ndef make():\n    return 1\n",
    ):
        new = compat.replace("from demo.core import Thing", "")
        assert ("removed", "demo.compat.Thing") not in _modules(tmp_path, compat, new), compat


_GUARDED = (
    "_DEPRECATED = {TABLE}\n\n\ndef __getattr__(name):\n    if name not in _DEPRECATED:\n"
    "        raise AttributeError(name)\n    import warnings\n    warnings.warn(name, DeprecationWarning)\n"
    "    return _DEPRECATED[name]\n"
)


def test_a_getattr_guarded_by_an_emptied_table_serves_nothing(tmp_path: Path) -> None:
    old = _GUARDED.replace("{TABLE}", "{'stringify': len}")
    found = diffed(tmp_path, old, _GUARDED.replace("{TABLE}", "{}"))
    assert ("removed", "demo.stringify") in found
    kept = diffed(tmp_path, old, _GUARDED.replace("{TABLE}", "{'stringify': len}").replace("len}", "str}"))
    assert ("removed", "demo.stringify") not in kept  # still served
    opened = "import os\n\n\ndef __getattr__(name):\n    return getattr(os, name)\n"  # may serve any name
    assert ("removed", "demo.stringify") not in diffed(tmp_path, old, opened)


# -- names a module deprecates with `zope.deprecation.deprecated("name", "message")` --


def test_pyramid_2_deprecates_the_acl_names_of_its_security_module() -> None:
    found = changes("pyramid", "1.10.8", "2.0")
    # "Deprecated several ACL-related aspects of pyramid.security ... Everyone, Authenticated, ALL_PERMISSIONS,
    # DENY_ALL, ACLAllowed, ACLDenied": `for attr in (...): deprecated(attr, '"pyramid.security.{attr}" is ...')`
    for name in ("Everyone", "Authenticated", "ALL_PERMISSIONS", "DENY_ALL", "ACLAllowed", "ACLDenied"):
        assert found["deprecated", f"pyramid.security.{name}"].detail == (
            f'"pyramid.security.{name}" is deprecated in Pyramid 2.0. Adjust your import to '
            f'"pyramid.authorization.{name}"'
        )
    assert ("deprecated", "pyramid.authorization.Everyone") not in found  # its new home warns for nothing
    assert ("removed", "pyramid.security.has_permission") in found  # the documented removals: kept


_ZOPE = "from zope.deprecation import deprecated\n\nEveryone = 'system.Everyone'\nAllow = 'Allow'\n\n\ndef f():\n    pass\n"


def test_names_a_module_deprecates_through_zope_deprecation(tmp_path: Path) -> None:
    single = _ZOPE + "\n\ndeprecated('f', 'f is deprecated')\n"
    assert diffed(tmp_path, _ZOPE, single)["deprecated", "demo.f"].detail == "f is deprecated"
    several = _ZOPE + "\n\ndeprecated(('Everyone', 'Allow'), 'Import them from demo.acl')\n"
    found = diffed(tmp_path, _ZOPE, several)
    assert found["deprecated", "demo.Allow"].detail == found["deprecated", "demo.Everyone"].detail
    looped = _ZOPE + "\n\nfor name in ('Everyone',):\n    deprecated(name, 'demo.{name} moved'.format(name=name))\n"
    assert diffed(tmp_path, _ZOPE, looped)["deprecated", "demo.Everyone"].detail == "demo.Everyone moved"


def test_a_deprecated_call_not_zope_s_deprecates_no_name(tmp_path: Path) -> None:
    other = _ZOPE.replace("from zope.deprecation import deprecated", "from demo_helpers import deprecated")
    found = diffed(tmp_path, other, other + "\n\ndeprecated('f', 'f is deprecated')\n")
    assert ("deprecated", "demo.f") not in found
    # zope's, wrapping an object (a class body's `x = deprecated(x, "...")`), names no module global
    wrapped = _ZOPE + "\n\ng = deprecated(f, 'g is deprecated')\n"
    assert ("deprecated", "demo.f") not in diffed(tmp_path, _ZOPE, wrapped)


def test_a_nested_loop_of_zope_calls_is_left_unread(tmp_path: Path) -> None:
    nested = _ZOPE + "\n\nfor a in ('x',):\n    for name in ('Everyone',):\n        deprecated(name, 'moved')\n"
    assert ("deprecated", "demo.Everyone") not in diffed(tmp_path, _ZOPE, nested)


def test_pyramid_2_deprecates_the_request_principal_properties() -> None:
    found = changes("pyramid", "1.10.8", "2.0")
    # `effective_principals = deprecated(effective_principals, "The new security policy has deprecated ...")`
    for name in ("effective_principals", "unauthenticated_userid"):
        detail = found["deprecated", f"pyramid.security.AuthenticationAPIMixin.{name}"].detail or ""
        assert detail.startswith(f"The new security policy has deprecated {name}."), name


_MEMBER = (
    "from zope.deprecation import deprecated\n\n\nclass Request:\n    @property\n    def principals(self):\n"
    "        return []\n"
)


def test_a_member_wrapping_itself_in_zope_s_deprecated_is_deprecated(tmp_path: Path) -> None:
    wrapped = _MEMBER + "\n    principals = deprecated(principals, 'principals is deprecated')\n"
    assert diffed(tmp_path, _MEMBER, wrapped)["deprecated", "demo.Request.principals"].detail == (
        "principals is deprecated"
    )
    for other in (
        _MEMBER + "\n    others = deprecated(principals, 'principals is deprecated')\n",  # another name wraps it
        _MEMBER.replace("zope.deprecation", "demo_helpers") + "\n    principals = deprecated(principals, 'x')\n",
    ):
        assert ("deprecated", "demo.Request.principals") not in diffed(tmp_path, _MEMBER, other), other
