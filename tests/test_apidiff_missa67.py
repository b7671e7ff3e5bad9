"""Recall on constructs last stop's samples left missed: members hidden by dynamic lookups, keys of options, methods
made by factories, private classes reached through public names."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class attribute a call in the class body made (motor 2's `fsync = AsyncCommand(doc=...)`, a factory the class
# builder turns into a method), lost by a class whose `__getattr__` answers names with items (`return self[name]`):
# the item is data, never the object the class bound; read on the class it raises AttributeError --

_CLIENT = (
    "class Command:\n    def __init__(self, doc=None):\n        self.doc = doc\n\n\n"
    "class Client:\n"
    "    def __getattr__(self, name):\n"
    "        if name.startswith('_'):\n            raise AttributeError(name)\n"
    "        return self[name]\n\n"
    "    def __getitem__(self, name):\n        return name\n"
)


def test_a_call_made_class_attribute_lost_by_a_class_serving_items_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _CLIENT + "\n    fsync = Command(doc='flush')\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _CLIENT})
    assert "reading it on the class raises AttributeError" in found[("removed", "demo.Client.fsync")].detail


def test_a_literal_class_attribute_lost_by_a_class_serving_items_makes_no_claim(tmp_path: Path) -> None:
    # a default the class held may now be one of the items its `__getattr__` answers with
    old = {"demo/__init__.py": _CLIENT + "\n    timeout = 30\n"}
    assert ("removed", "demo.Client.timeout") not in diffed(tmp_path, old, {"demo/__init__.py": _CLIENT})


def test_a_call_made_attribute_lost_by_a_class_serving_anything_makes_no_claim(tmp_path: Path) -> None:
    # `getattr(self._inner, name)` may hand back what the class no longer binds
    proxy = (
        "class Command:\n    pass\n\n\nclass Client:\n"
        "    def __getattr__(self, name):\n        return getattr(self._inner, name)\n"
    )
    old = {"demo/__init__.py": proxy + "\n    fsync = Command()\n"}
    assert ("removed", "demo.Client.fsync") not in diffed(tmp_path, old, {"demo/__init__.py": proxy})


def test_motor_3_removed_client_database_and_collection_members() -> None:
    found = changes("motor", "2.5.1", "3.0.0")
    for member in ("AgnosticClient.fsync", "AgnosticClient.unlock", "AgnosticClient.max_pool_size",
                   "AgnosticDatabase.current_op", "AgnosticDatabase.profiling_level",
                   "AgnosticCollection.reindex", "AgnosticCollection.map_reduce"):
        assert ("removed", f"motor.core.{member}") in found, member
    kept = ("AgnosticClient.list_database_names", "AgnosticDatabase.command", "AgnosticCollection.find_one")
    assert not [m for m in kept if ("removed", f"motor.core.{m}") in found]


# -- an attribute a framework read from users' objects beside another it still reads there (django-filter 21.1's
# backend read a view's `filter_class` as a fallback for `filterset_class`; 22.1 reads only the latter): a callable
# elsewhere taking a parameter so named is handed it by its caller, never from the user's object --

_BACKEND = (
    "class Backend:\n    def get_class(self, view):\n        found = getattr(view, 'filterset_class', None)\n"
    "{fallback}        return found\n"
)
_FALLBACK = "        if found is None:\n            found = getattr(view, 'filter_class', None)\n"
_VIEW = "\n\ndef object_filter(request, filter_class=None):\n    return filter_class\n"


def test_an_attribute_no_longer_read_beside_one_still_read_is_unread_whatever_takes_its_name(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _BACKEND.format(fallback=_FALLBACK) + _VIEW}
    found = diffed(tmp_path, old, {"demo/__init__.py": _BACKEND.format(fallback="") + _VIEW})
    assert found[("removed", "attr:filter_class")].breakage == "user_attribute_unread"


def test_an_attribute_read_alone_and_now_a_parameter_stays_unclaimed(tmp_path: Path) -> None:
    # nothing else is read from those objects any more: where the name went is not known
    alone = "class Backend:\n    def get_class(self, view):\n        return getattr(view, 'filter_class', None)\n"
    found = diffed(tmp_path, {"demo/__init__.py": alone}, {"demo/__init__.py": "class Backend:\n    pass\n" + _VIEW})
    assert ("removed", "attr:filter_class") not in found


def test_django_filter_22_1_no_longer_reads_filter_class_from_views() -> None:
    found = changes("django-filter", "21.1", "22.1")
    assert found[("removed", "attr:filter_class")].breakage == "user_attribute_unread"
    assert ("removed", "attr:filterset_class") not in found


# -- a parameter whose union lost a builtin the rest never accept: a `Callable` takes no string, an Enum of the
# release (a private sentinel one too, its ancestry read from `enum`) is no `str` (flake8 6's `Option(type:
# Callable[..., Any] | _ARG)`, in 5.0 also `str`, which it mapped from optparse names: `type="string"` now fails) --

_OPTION = (
    "import enum\nfrom typing import Any, Callable, Union\n\n_ARG = enum.Enum('_ARG', 'NO')\n\n\n"
    "def option(type: {annotation} = _ARG.NO):\n    return type\n"
)


def _typed(tmp_path: Path, old: str, new: str) -> str:
    found = diffed(tmp_path, {"demo/__init__.py": _OPTION.format(annotation=old)},
                   {"demo/__init__.py": _OPTION.format(annotation=new)})
    change = found.get(("signature_changed", "demo.option"))
    return change.detail if change is not None else ""


def test_a_string_no_callable_nor_enum_of_the_release_accepts_is_claimed(tmp_path: Path) -> None:
    detail = _typed(tmp_path, "Union[str, Callable[..., Any], _ARG]", "Union[Callable[..., Any], _ARG]")
    assert "type annotation changed from Union[str, Callable[..., Any], _ARG]" in detail


def test_types_a_callable_may_accept_or_an_unread_class_make_no_claim(tmp_path: Path) -> None:
    # a class is callable; None lost may only tidy an optional callback; a private class of unread ancestry may be a str
    assert not _typed(tmp_path / "a", "Union[type, Callable[..., Any]]", "Callable[..., Any]")
    assert not _typed(tmp_path / "b", "Union[None, Callable[..., Any]]", "Callable[..., Any]")
    unread = _OPTION.replace("_ARG = enum.Enum('_ARG', 'NO')", "class _ARG(str):\n    NO = 'no'")
    found = diffed(tmp_path / "c", {"demo/__init__.py": unread.format(annotation="Union[str, Callable[..., Any], _ARG]")},
                   {"demo/__init__.py": unread.format(annotation="Union[Callable[..., Any], _ARG]")})
    assert ("signature_changed", "demo.option") not in found


def test_flake8_6_option_types_no_longer_take_optparse_strings() -> None:
    detail = changes("flake8", "5.0.4", "6.0.0")[("signature_changed", "flake8.options.manager.Option")].detail
    assert "type annotation changed from Union[str, Callable[..., Any], _ARG] to Callable[..., Any] | _ARG" in detail
    assert "action annotation" not in detail  # `action` still takes the names argparse knows
