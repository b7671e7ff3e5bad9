"""Shape changes (sync -> async, property -> method, ...): a use only where the new shape rejects how the code
touches the symbol."""

from __future__ import annotations

import textwrap

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_scan_releases import release_diff


def _shape(symbol: str, kind: ObjectKind, breakage: str) -> Change:
    return Change(symbol=symbol, kind=ChangeKind.SIGNATURE_CHANGED, object=kind, breakage=breakage)


PKG = ReleaseDiff(package="pkg", old="1.0", new="2.0", changes=[
    _shape("pkg.fetch", ObjectKind.FUNCTION, "sync_to_async"),
    _shape("pkg.drain", ObjectKind.FUNCTION, "async_to_sync"),
    _shape("pkg.rows", ObjectKind.FUNCTION, "function_to_generator"),
    _shape("pkg.Client.close", ObjectKind.METHOD, "sync_to_async"),
    _shape("pkg.Client.size", ObjectKind.PROPERTY, "property_to_method"),
    _shape("pkg.Client.label", ObjectKind.METHOD, "method_to_property"),
    _shape("pkg.Client.mode", ObjectKind.ATTRIBUTE, "attribute_made_read_only"),
    _shape("pkg.Client.build", ObjectKind.METHOD, "classmethod_to_instance_method"),
    _shape("pkg.Client.on_event", ObjectKind.METHOD, "hook_no_longer_called"),
    _shape("pkg.Client.bounds", ObjectKind.METHOD, "hook_called_with_new_arguments"),
    _shape("pkg.Widget", ObjectKind.CLASS, "class_to_function"),
    _shape("pkg.Client.kind", ObjectKind.PROPERTY, "return_type_changed"),
    _shape("pkg.login_required", ObjectKind.FUNCTION, "decorator_to_factory"),
])
TARGETS = Targets.from_diffs([PKG])


def found(source: str, targets: Targets = TARGETS) -> list[tuple[int, str, str, str]]:
    usages, warnings = find_usages("pkg_user/core.py", textwrap.dedent(source).encode(), targets)
    assert warnings == []
    return [(u.line, u.symbol, u.form.value, u.confidence.value) for u in usages if u.counts]


@pytest.mark.parametrize(("source", "expected"), [
    # a now-async function: calls without await break; awaited calls, imports and references do not
    ("from pkg import fetch\nfetch(1)\nasync def f():\n    await fetch(2)\ng = fetch\n",
     [(2, "pkg.fetch", "call", "high")]),
    # handed to something that runs coroutines: already treated as one
    ("import asyncio\nfrom pkg import fetch\nasyncio.run(fetch(1))\nasyncio.gather(fetch(2), fetch(3))\n", []),
    ("import pkg\nasync def f():\n    await pkg.drain()\n    pkg.drain()\n", [(3, "pkg.drain", "call", "high")]),
    ("from pkg import rows\nx = rows()\n", [(2, "pkg.rows", "call", "high")]),
    # members of a typed value
    ("from pkg import Client\nc = Client()\nc.close()\nasync def f():\n    await c.close()\n",
     [(3, "pkg.Client.close", "call", "high")]),
    ("from pkg import Client\nc = Client()\nn = c.size\nm = c.size()\n", [(3, "pkg.Client.size", "member", "high")]),
    ("from pkg import Client\nc = Client()\nc.label()\nprint(c.label)\n", [(3, "pkg.Client.label", "call", "high")]),
    ("from pkg import Client\nc = Client()\nc.mode = 'w'\nprint(c.mode)\n", [(3, "pkg.Client.mode", "write", "high")]),
    # a classmethod turned instance method breaks only through the class
    ("from pkg import Client\nClient.build()\nClient().build()\n", [(2, "pkg.Client.build", "call", "high")]),
    # a class turned function: subclassing and isinstance break, calling does not
    ("from pkg import Widget\nclass W(Widget):\n    pass\nisinstance(x, (int, Widget))\nWidget()\n",
     [(2, "pkg.Widget", "reference", "high"), (4, "pkg.Widget", "reference", "high")]),
    # a hook the release no longer calls: overriding it in a subclass is the use
    ("from pkg import Client\nclass Mine(Client):\n    def on_event(self, e):\n        pass\n",
     [(3, "pkg.Client.on_event", "override", "high")]),
    # a hook the release now calls with more: an override is the use, unless it takes any extra argument; calls
    # of it are fine
    ("from pkg import Client\nclass Mine(Client):\n    def bounds(self, value):\n        pass\nClient().bounds(1)\n",
     [(3, "pkg.Client.bounds", "override", "high")]),
    ("from pkg import Client\nclass Mine(Client):\n    def bounds(self, *args, **kwargs):\n        pass\n", []),
    # type-level changes are not matched
    ("from pkg import Client\nprint(Client().kind)\n", []),
    # a decorator turned factory: applied bare, or called with the function alone, breaks; `@name(...)` does not
    ("from pkg import login_required\n@login_required\ndef a():\n    pass\n@login_required()\ndef b():\n    pass\n"
     "c = login_required(b)\nd = login_required(optional=True)\nclass V:\n    @login_required\n    def get(self):\n"
     "        pass\n",
     [(2, "pkg.login_required", "reference", "high"), (8, "pkg.login_required", "call", "high"),
      (11, "pkg.login_required", "reference", "high")]),
])
def test_a_shape_change_is_a_use_only_where_the_new_shape_rejects_it(
    source: str, expected: list[tuple[int, str, str, str]]
) -> None:
    assert found(source) == expected


def test_an_untyped_receiver_is_only_possible() -> None:
    usages, _ = find_usages("pkg_user/core.py", b"import pkg\ndef f(c):\n    return c.size\n", TARGETS)
    assert [(u.symbol, u.confidence.value, u.counts) for u in usages] == [("pkg.Client.size", "possible", False)]


def test_a_method_turned_property_is_a_use_only_when_called() -> None:
    """Reading `app.logger` stays fine when it becomes a property; calling it breaks. (flask 2.3.0's real diff no
    longer claims this for Flask.logger/jinja_env/name: they were `locked_cached_property`, property-like already.)"""
    flask = ReleaseDiff(package="flask", old="1.0", new="2.0", changes=[
        _shape("flask.Flask.logger", ObjectKind.METHOD, "method_to_property")])
    targets = Targets.from_diffs([flask])
    source = "import flask\napp = flask.Flask(__name__)\napp.logger.info('x')\n"
    assert found(source, targets) == []
    assert found(source + "app.logger()\n", targets) == [(4, "flask.Flask.logger", "call", "high")]
    real = Targets.from_diffs([release_diff("flask", "2.2.5", "2.3.0")])
    assert found(source + "app.jinja_env.globals['a'] = 1\napp.logger()\n", real) == []
