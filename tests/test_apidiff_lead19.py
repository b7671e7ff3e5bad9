"""What a pass-through wrapper accepted (stop 17, the lead): `def f(a, **options): return _impl(a, **options)` took
`_impl`'s parameters by keyword only, so a release spelling them out `*, verbose=False` made nothing keyword-only;
`def f(*args): return _impl(*args)` took them by position only, so its `*args` giving way to `f(a, b=1)` removed
nothing, and `_impl`'s keyword-only parameters were no caller's. Each way in reaches only what it can pass.
A functional enum made through its module (`enum.Enum("Color", [...])`) hid the members it lost."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage import Targets, find_usages
from bot.usage.calls import UNFOLLOWED, call_problems
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes


def _claims(tmp_path: Path, old: str, new: str) -> dict[str, str]:
    return {symbol: change.detail for symbol, change in synthetic(tmp_path, old, new).items() if not change.private}


def test_keywords_reached_through_kwargs_were_keyword_only_already(tmp_path: Path) -> None:
    old = "def f(a, **options):\n    return _impl(a, **options)\n\ndef _impl(a, verbose=False, color=None): ...\n"
    new = "def f(a, *, verbose=False, color=None): ...\n"
    assert _claims(tmp_path, old, new) == {}


def test_constructor_handing_kwargs_to_its_base_took_keywords_only(tmp_path: Path) -> None:
    base = "class Base:\n    def __init__(self, name, debug=False): ...\n\n"
    old = base + "class Child(Base):\n    def __init__(self, **kwargs):\n        super().__init__(**kwargs)\n"
    new = (
        base
        + "class Child(Base):\n    def __init__(self, *, name, debug=False):\n        super().__init__(name, debug)\n"
    )
    assert _claims(tmp_path, old, new) == {}


def test_arguments_reached_through_args_were_positional_only(tmp_path: Path) -> None:
    old = "def f(*args):\n    return _impl(*args)\n\ndef _impl(a, b=1, *, c=2): ...\n"
    new = "def f(a, b=1): ...\n"
    assert _claims(tmp_path, old, new) == {}  # `f(1, 2)` binds; `c` was never reachable, `*args` took no third


def test_a_keyword_the_kwargs_reached_and_the_new_release_dropped_is_still_removed(tmp_path: Path) -> None:
    old = "def f(a, **options):\n    return _impl(a, **options)\n\ndef _impl(a, verbose=False, color=None): ...\n"
    new = "def f(a, *, verbose=False): ...\n"
    assert "'color' removed" in _claims(tmp_path, old, new)["demo.f"]


def test_a_positional_parameter_now_reached_through_kwargs_only_is_keyword_only(tmp_path: Path) -> None:
    old = "def f(a, verbose=False): ...\n"
    new = "def f(a, **kw):\n    return _impl(a, **kw)\n\ndef _impl(a, verbose=False): ...\n"
    assert "'verbose' is now keyword-only" in _claims(tmp_path, old, new)["demo.f"]


def test_an_argument_reached_through_args_only_and_now_keyword_only_is_claimed(tmp_path: Path) -> None:
    old = "def f(*args):\n    return _impl(*args)\n\ndef _impl(a, b=1): ...\n"
    new = "def f(a, *, b=1): ...\n"
    assert "'b' is now keyword-only" in _claims(tmp_path, old, new)["demo.f"]  # `f(1, 2)` fails now


def test_sqlalchemy_2_association_proxy_options_were_keyword_only_through_kw() -> None:
    """SQLAlchemy 1.4's `association_proxy(target_collection, attr, **kw)` handed `creator=` and the rest on to
    `AssociationProxy`: 2.0 spelling them after `*` made none keyword-only. `MySQLDialect_mysqlconnector(*arg, **kw)`
    passed both ways to `MySQLDialect.__init__(isolation_level=None, ...)`, whose 2.0 form starts with
    `json_serializer`: a positional isolation level now lands there (its base constructor was unknown before)."""
    found = changes("sqlalchemy", "1.4.52", "2.0.0")
    assert ("signature_changed", "sqlalchemy.ext.associationproxy.association_proxy") not in found
    dialect = found["signature_changed", "sqlalchemy.dialects.mysql.mysqlconnector.dialect"]
    assert dialect.detail == "parameter 'isolation_level' is now keyword-only"


@pytest.mark.parametrize(
    ("header", "factory"),
    [("import enum", "enum.Enum"), ("import enum as e", "e.IntEnum"), ("from enum import Enum", "Enum")],
)
@pytest.mark.parametrize("members", ['["RED", "GREEN"{more}]', '"RED GREEN{more}"', '{{"RED": 1, "GREEN": 2{more}}}'])
def test_a_functional_enum_losing_a_member_through_its_module_is_claimed(
    tmp_path: Path, header: str, factory: str, members: str
) -> None:
    """`enum.Enum("Color", [...])` after `import enum`: its base was kept as the bare `Enum`, bound nowhere in the
    module, and a class of unknown base makes no removal claim; the factory as spelled resolves."""
    more = {'["RED", "GREEN"{more}]': ', "BLUE"', '"RED GREEN{more}"': " BLUE"}.get(members, ', "BLUE": 3')
    old = f'{header}\nColor = {factory}("Color", {members.format(more=more)})\n'
    new = f'{header}\nColor = {factory}("Color", {members.format(more="")})\n'
    found = synthetic(tmp_path, old, new)
    assert found["demo.Color.BLUE"].breakage == "enum_member_removed"
    assert set(found) == {"demo.Color.BLUE"}


# -- an attribute's annotation changed incompatibly (the "attribute type annotation narrowed") --


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("class A:\n    status: int = 0\n", "class A:\n    status: str = '0'\n"),
        ("TIMEOUT: float = 5.0\n", "TIMEOUT: 'Timeout' = None\n\nclass Timeout: ...\n"),
        (
            "from typing import Optional\nclass A:\n    name: str = ''\n",
            "from typing import Optional\nclass A:\n    name: Optional[str] = None\n",
        ),
    ],
)
def test_a_module_or_class_attribute_annotated_with_another_type_is_claimed(tmp_path: Path, old: str, new: str) -> None:
    (change,) = synthetic(tmp_path, old, new).values()
    assert change.breakage == "attribute_annotation_changed"
    assert change.detail.startswith("annotation changed from ")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "from typing import Optional\nclass A:\n    x: Optional[int] = None\n",
            "class A:\n    x: int | None = None\n",
        ),
        ("from typing import ClassVar\nclass A:\n    x: ClassVar[int] = 0\n", "class A:\n    x: int = 0\n"),
        ("class A:\n    x: int = 0\n", "from typing import Final\nclass A:\n    x: Final[int] = 0\n"),
        ("from typing import List\nX: List[str] = []\n", "X: list[str] = []\n"),
        (
            "class A:\n    def __init__(self):\n        self.x: int = 0\n",
            "class A:\n    def __init__(self):\n        self.x: str = ''\n",
        ),
        ("class A:\n    x: int | None = None\n", "class A:\n    x: int = 0\n"),
    ],
)
def test_no_claim_for_the_same_type_respelled_qualified_narrowed_or_set_on_self(
    tmp_path: Path, old: str, new: str
) -> None:
    assert synthetic(tmp_path, old, new) == {}


def test_a_value_of_another_builtin_type_is_claimed_once_as_such(tmp_path: Path) -> None:
    found = synthetic(tmp_path, "TAGS: list = ['a']\n", "TAGS: frozenset = frozenset(['a'])\n")
    assert [change.breakage for change in found.values()] == ["attribute_type_changed"]


def test_websockets_14_frame_data_annotation_widened() -> None:
    """websockets 14.0's `Frame.data: Union[bytes, bytearray, memoryview]` was `bytes`: `frame.data.decode()`
    no longer type-checks (a memoryview has no `decode`)."""
    change = changes("websockets", "13.1", "14.0")["signature_changed", "websockets.frames.Frame.data"]
    assert change.breakage == "attribute_annotation_changed"
    assert change.detail == "annotation changed from bytes to Union[bytes, bytearray, memoryview]"


# -- instance attributes a constructor sets by names it pins down without spelling `self.x = ...` --

_OPTS = "class Opts:\n    def __init__(self, a=1, b=2):\n"


@pytest.mark.parametrize(
    "body",
    [
        "        for k, v in {'a': a, 'b': b}.items():\n            setattr(self, k, v)\n",
        "        for k in dict(a=a, b=b):\n            setattr(self, k, None)\n",
        "        for name, value in locals().items():\n            if name != 'self':\n                setattr(self, name, value)\n",
        "        self.__dict__.update(dict(a=a, b=b))\n",
        "        vars(self).update(**{'a': a, 'b': b})\n",
        "        self.__dict__.update(locals())\n",
        "        self._fill(a, b)\n\n    def _fill(self, a, b):\n        for key, value in locals().items():\n            setattr(self, key, value)\n",
    ],
)
def test_no_removal_of_instance_attributes_set_by_names_the_constructor_pins_down(tmp_path: Path, body: str) -> None:
    old = _OPTS + "        self.a = a\n        self.b = b\n"
    found = synthetic(tmp_path, old, _OPTS + body)
    assert found == {}


def test_names_a_filter_leaves_out_or_the_code_does_not_pin_down_are_still_claimed(tmp_path: Path) -> None:
    old = _OPTS + "        self.a = a\n        self.b = b\n"
    new = _OPTS + "        for name, value in locals().items():\n            if name not in ('self', 'b'):\n"
    new += "                setattr(self, name, value)\n        self.__dict__.update(c=b)\n"
    assert set(synthetic(tmp_path, old, new)) == {"demo.Opts.b"}


# -- a signature-keeping decorator that fills a parameter itself; a classmethod handing its arguments to `cls` --

_INJECTING = """import functools

def with_db(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
{body}
    return inner

"""


@pytest.mark.parametrize(
    "body",
    [
        "        kwargs['db'] = object()\n        return f(*args, **kwargs)",
        "        kwargs.setdefault('db', object())\n        return f(*args, **kwargs)",
        "        db = object()\n        return f(*args, db=db, **kwargs)",
    ],
)
def test_a_parameter_the_wrapper_fills_is_no_new_required_one(tmp_path: Path, body: str) -> None:
    old = "def query(sql, limit=10): ...\n"
    new = _INJECTING.format(body=body) + "@with_db\ndef query(sql, limit=10, *, db): ...\n"
    assert _claims(tmp_path, old, new) == {}


def test_a_wrapper_forwarding_its_own_keyword_still_shows_the_signature(tmp_path: Path) -> None:
    wrapper = "import functools\n\ndef logged(f):\n    @functools.wraps(f)\n    def inner(*a, level=0, **k):\n"
    wrapper += "        return f(*a, level=level, **k)\n    return inner\n\n"
    old = wrapper + "@logged\ndef fetch(url, timeout=10, level=0): ...\n"
    new = wrapper + "@logged\ndef fetch(url, level=0): ...\n"
    assert "'timeout' removed" in _claims(tmp_path, old, new)["demo.fetch"]


_CONN = "class Conn:\n    def __init__(self, host, port=80): ...\n\n    @classmethod\n"


def test_a_classmethod_handing_its_arguments_to_cls_took_the_constructors(tmp_path: Path) -> None:
    old = _CONN + "    def create(cls, *args, **kwargs):\n        return cls(*args, **kwargs)\n"
    new = _CONN + "    def create(cls, host, port=80):\n        return cls(host, port)\n"
    assert _claims(tmp_path, old, new) == {}
    dropped = _CONN + "    def create(cls, host):\n        return cls(host)\n"
    assert "'port' removed" in _claims(tmp_path, old, dropped)["demo.Conn.create"]


def test_werkzeug_3_from_environ_hands_its_keywords_to_the_class_it_is_called_on() -> None:
    """werkzeug 2.3's `EnvironBuilder.from_environ(cls, environ, **kwargs)` ends `return cls(**out)` with the
    keywords merged in: `charset=`, which 2.3's constructor took and 3.0's does not, fails there now."""
    change = changes("werkzeug", "2.3.8", "3.0.0")["signature_changed", "werkzeug.test.EnvironBuilder.from_environ"]
    assert "keyword 'charset', which **kwargs handed on to werkzeug.test.EnvironBuilder" in change.detail


# -- `*args`/`**kwargs` handed on to a callable the diff cannot read: their loss is claimed with lower confidence --


@pytest.mark.parametrize(
    "old",
    [
        "import otherlib\n\ndef f(*args, **kwargs):\n    return otherlib.g(*args, **kwargs)\n",
        "def _call(func, *a, **kw):\n    return func(*a, **kw)\n\ndef _f(a, b=1): ...\n\n"
        "def f(*args, **kwargs):\n    return _call(_f, *args, **kwargs)\n",
    ],
)
def test_variadics_handed_on_to_what_cannot_be_read_are_lost_with_lower_confidence(tmp_path: Path, old: str) -> None:
    """eventlet 0.34's `GreenSSLSocket.read(self, len=1024, buffer=None)` was `read(self, *args, **kwargs)` handing
    them through a trampoline to the standard library's `SSLSocket.read`: which calls broke is unknown."""
    change = synthetic(tmp_path, old, "def f(a, b=1): ...\n")["demo.f"]
    assert change.detail.endswith("were handed on to could not be followed: lower confidence")
    assert change.signature is not None
    (problem,) = call_problems(ast.parse("f(1, 2, 3)").body[0].value, change.signature)  # type: ignore[attr-defined]
    assert problem[1].endswith(UNFOLLOWED)  # a possible use, never a counted one


def test_variadics_handed_on_to_a_function_read_are_lost_for_sure(tmp_path: Path) -> None:
    old = "def _g(a, b=1, c=2): ...\n\ndef f(*args, **kwargs):\n    return _g(*args, **kwargs)\n"
    change = synthetic(tmp_path, old, "def f(a, b=1): ...\n")["demo.f"]
    assert change.detail == "parameter 'c' removed"


def test_urllib3_2_request_module_become_a_function_loses_its_members() -> None:
    """urllib3 2.0 deleted `request.py` and binds `urllib3.request` to a function: `RequestMethods` is gone from
    every spelling (`urllib3.request.RequestMethods` too), each claimed as before; the module is no "attribute the
    package still answers" (`from urllib3 import request` gives the function, not the module)."""
    found = changes("urllib3", "1.26.18", "2.0.0")
    assert ("removed", "urllib3.request.RequestMethods") in found
    assert ("removed", "urllib3.request") not in found


_HANDLER = "class Handler:\n    def handle(self, req):\n{call}        return self.process(req)\n\n"
_HANDLER += "    def before(self, req): ...\n\n    def process(self, req): ...\n"


@pytest.mark.parametrize(
    "call",
    [
        "        getattr(self, 'before')(req)\n",
        "        for name in ('before',):\n            getattr(self, name)(req)\n",
    ],
)
def test_a_hook_looked_up_by_its_name_is_still_called(tmp_path: Path, call: str) -> None:
    old = _HANDLER.format(call="        self.before(req)\n")
    assert synthetic(tmp_path, old, _HANDLER.format(call=call)) == {}


def test_a_hook_nothing_calls_nor_looks_up_is_no_longer_called(tmp_path: Path) -> None:
    old = _HANDLER.format(call="        self.before(req)\n")
    new = _HANDLER.format(call="        getattr(self, 'after', print)(req)\n")
    assert synthetic(tmp_path, old, new)["demo.Handler.before"].breakage == "hook_no_longer_called"


# -- a class attribute now set on each instance only --


def test_a_class_attribute_now_set_in_the_constructor_is_claimed(tmp_path: Path) -> None:
    old = "class Client:\n    timeout = 5\n"
    new = "class Client:\n    def __init__(self):\n        self.timeout = 5\n"
    change = synthetic(tmp_path, old, new)["demo.Client.timeout"]
    assert change.breakage == "class_attribute_now_instance_only"


@pytest.mark.parametrize(
    "old",
    [
        "class Client:\n    timeout: int\n\n    def __init__(self):\n        self.timeout = 5\n",
        "from dataclasses import dataclass\n\n@dataclass\nclass Client:\n    timeout: int\n",
        "class Client:\n    __slots__ = ('timeout',)\n\n    def __init__(self):\n        self.timeout = 5\n",
    ],
)
def test_no_claim_where_reading_it_on_the_class_already_failed_or_still_works(tmp_path: Path, old: str) -> None:
    """Only annotated (`timeout: int`, a dataclass field without default): never bound on the class; a slot is a
    descriptor the class still has."""
    new = "class Client:\n    def __init__(self, timeout=5):\n        self.timeout = timeout\n"
    assert "demo.Client.timeout" not in synthetic(tmp_path, old, new)


def test_only_a_read_through_the_class_uses_it() -> None:
    change = Change(
        symbol="pkg.Client.timeout",
        kind=ChangeKind.SIGNATURE_CHANGED,
        object=ObjectKind.ATTRIBUTE,
        breakage="class_attribute_now_instance_only",
    )
    targets = Targets.from_diffs([ReleaseDiff(package="pkg", old="1.0", new="2.0", changes=[change])])
    source = b"from pkg import Client\nprint(Client.timeout)\nprint(Client().timeout)\nClient.timeout = 3\n"
    usages, _ = find_usages("app.py", source, targets)
    assert [(u.line, u.form.value) for u in usages if u.counts] == [(2, "reference")]


def test_wtforms_3_field_flags_now_set_on_each_validator() -> None:
    """wtforms 3.0's `DataRequired.__init__` sets `self.field_flags = {"required": True}`; 2.3's class body said
    `field_flags = ("required",)`: `DataRequired.field_flags` fails, and a subclass's own class-level value is
    overwritten by the constructor."""
    change = changes("wtforms", "2.3.3", "3.0.0")["signature_changed", "wtforms.validators.DataRequired.field_flags"]
    assert change.breakage == "class_attribute_now_instance_only"


def test_an_attribute_now_in_slots_still_has_its_descriptor_on_the_class(tmp_path: Path) -> None:
    new = "class Client:\n    __slots__ = ('timeout',)\n\n    def __init__(self):\n        self.timeout = 5\n"
    assert "demo.Client.timeout" not in synthetic(tmp_path, "class Client:\n    timeout = 5\n", new)


# -- an assert capping `*args` on one path only (a hunt20 rule, caught at merge) --


def test_click_8_1_8_group_command_asserts_one_argument_only_when_it_is_the_function() -> None:
    """click 8.1.8's `Group.command(self, *args, **kwargs)` asserts `len(args) == 1` only under `if args and
    callable(args[0]):` (`@group.command` applied bare); `group.command("name", cls)` still passes two. Its
    `*args` is no one optional positional, so nothing of it was removed."""
    found = changes("click", "8.1.0", "8.1.8")
    assert ("signature_changed", "click.Group.command") not in found
    assert ("signature_changed", "click.Group.group") not in found


@pytest.mark.parametrize(
    ("guard", "claimed"),
    [("if args:\n        ", False), ("if args and callable(args[0]):\n        ", True)],
)
def test_an_assert_caps_args_only_when_every_call_meets_it(tmp_path: Path, guard: str, claimed: bool) -> None:
    old = f"def memoize(*args, **kwargs):\n    {guard}assert len(args) == 1\n"
    new = "def memoize(_func=None, *, key_func=None): ...\n"
    detail = synthetic(tmp_path, old, new)["demo.memoize"].detail  # `**kwargs` removed either way
    assert ("'*args' removed" in detail) is claimed  # `memoize(a, b)` worked where the assert did not run
