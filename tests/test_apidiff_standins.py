"""A method replaced by a class attribute a factory of the release makes, whose returned def only raises, is a
callable that now refuses every call (cohere 5.0's `check_api_key: Never = deprecated_function("check_api_key")`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

_OLD = '''class Client:
    def check(self):
        return True
'''
_NEW = '''def gone(name):
    def fn(*args, **kwargs):
        raise ValueError(f"{name}(...) was removed")

    return fn


def hook(name):
    def fn(*args, **kwargs):
        raise NotImplementedError(name)

    return fn


def kept(name):
    def fn(self, *args, **kwargs):
        return getattr(self, name)(*args, **kwargs)

    return fn


def handed(error):
    def fn(*args, **kwargs):
        raise error

    return fn


class Client:
    check = FACTORY
'''


def _found(tmp_path: Path, factory: str) -> set[str]:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD}, {"demo/__init__.py": _NEW.replace("FACTORY", factory)})
    return {kind for (_, symbol), change in found.items() if symbol == "demo.Client.check" for kind in change.breakages}


def test_a_method_made_a_raising_stand_in_is_claimed(tmp_path: Path) -> None:
    assert "callable_now_raises" in _found(tmp_path, 'gone("check")')


@pytest.mark.parametrize(
    "factory",
    [
        'hook("check")',  # a hook subclasses fill
        'kept("other")',  # a working wrapper
        'gone.__call__("check")',  # a factory not named plainly
    ],
)
def test_other_factories_make_no_stand_in(tmp_path: Path, factory: str) -> None:
    assert "callable_now_raises" not in _found(tmp_path, factory)


def test_cohere_5_0_client_methods_became_raising_stand_ins() -> None:
    found = changes("cohere", "4.57", "5.0.0")
    for owner in ("cohere.Client", "cohere.AsyncClient"):
        for name in ("check_api_key", "create_dataset", "list_connectors"):
            change = next(c for (_, symbol), c in found.items() if symbol == f"{owner}.{name}")
            assert "callable_now_raises" in change.breakages, (owner, name)
    raising = {symbol for (_, symbol), c in found.items() if "callable_now_raises" in c.breakages}
    assert len(raising) == 70 and not {s for s in raising if s.endswith((".chat", ".embed"))}  # still defined
