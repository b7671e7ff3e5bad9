"""A decorator that became a decorator factory: `@jwt_required` must become `@jwt_required()` (flask-jwt-extended
4.0). Applied bare, the new one takes the function as its first option and hands back the inner decorator; nothing
fails until the view runs."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

BARE = ("import functools\n\ndef login_required(fn):\n    @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n"
        "        return fn(*args, **kwargs)\n    return wrapper\n")
FACTORY = ("import functools\n\ndef login_required(optional=False):\n    def decorator(fn):\n"
           "        @functools.wraps(fn)\n        def wrapper(*args, **kwargs):\n            return fn(*args, **kwargs)\n"
           "        return wrapper\n    return decorator\n")


def test_flask_jwt_extended_4_jwt_required_needs_calling() -> None:
    found = changes("flask-jwt-extended", "3.25.1", "4.0.0")
    change = found["signature_changed", "flask_jwt_extended.jwt_required"]
    assert change.breakages[0] == "decorator_to_factory"  # what the usage finder matches: `@jwt_required` bare
    assert "param_removed" in change.breakages  # `fn` itself: `jwt_required(fn=view)` fails too
    assert found["signature_changed", "flask_jwt_extended.view_decorators.jwt_required"].breakage == change.breakage
    assert ("removed", "flask_jwt_extended.jwt_optional") in found  # became `jwt_required(optional=True)`


def test_a_bare_decorator_turned_factory_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, BARE, FACTORY)
    assert found["signature_changed", "demo.login_required"].breakage == "decorator_to_factory"


def test_a_decorator_taking_both_forms_is_no_factory(tmp_path: Path) -> None:
    # `@login_required` and `@login_required(optional=True)` both work: bare use still decorates
    both = ("import functools\n\ndef login_required(fn=None, *, optional=False):\n    if fn is None:\n"
            "        return functools.partial(login_required, optional=optional)\n    @functools.wraps(fn)\n"
            "    def wrapper(*args, **kwargs):\n        return fn(*args, **kwargs)\n    return wrapper\n")
    assert all(c.breakage != "decorator_to_factory" for c in diffed(tmp_path, BARE, both).values())
    # a factory that stays one, and a plain function that becomes one, were never applied bare
    assert not diffed(tmp_path, FACTORY, FACTORY.replace("optional=False", "optional=False, fresh=False"))
    plain = "def login_required(fn):\n    return fn.__name__\n"
    assert all(c.breakage != "decorator_to_factory" for c in diffed(tmp_path, plain, FACTORY).values())
