"""Documented breaking changes read against the diff's claims (recall31), and the false claims met on the way: a
plain subclass of a record class takes the constructor its base's decorator generates (watchdog 4.0's event
classes), also when a `__new__` hands its arguments to a named tuple's (werkzeug 2.3's `BaseURL`); deprecations a
docstring announces in a later sentence (pyee 12), of "this property" (sentry-sdk 2.0's `Hub.client`) or pointing to
what it is "merged into" (sentry-sdk 2.0's `Hub`)."""

from __future__ import annotations

from pathlib import Path

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
