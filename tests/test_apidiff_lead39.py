"""A base whose `isinstance` and `issubclass` run code of the release (its metaclass's `__instancecheck__` /
`__subclasscheck__`, or its own `__subclasshook__`) may still answer for a class that no longer derives from it: no
"no longer a subclass" claim then (click 8.2's deprecated `BaseCommand` and `MultiCommand`), while a plain base lost
stays claimed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from bot.apidiff import calls, deprecation, extract, facts, metaopts, registered
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed


def test_click_8_2_commands_still_pass_checks_against_the_deprecated_base_command() -> None:
    found = changes("click", "8.1.8", "8.2.0")
    # 8.2 serves `BaseCommand` and `MultiCommand` as `_BaseCommand(Command, metaclass=_FakeSubclassCheck)` and
    # `_MultiCommand(Group, ...)`, whose `__subclasscheck__` answers for `Command` and `Group` themselves:
    # `issubclass(click.Group, click.MultiCommand)` still holds
    for path in ("click.Command", "click.core.Command", "click.Group", "click.core.Group", "click.CommandCollection"):
        change = found.get(("signature_changed", path))
        assert change is None or change.breakage != "base_removed", change
    assert ("deprecated", "click.MultiCommand") in found  # the alias itself is still announced deprecated
    assert "'mix_stderr' removed" in found["signature_changed", "click.testing.CliRunner"].detail  # a true break stays


def test_werkzeug_2_0_request_still_passes_checks_against_the_deprecated_base_request() -> None:
    found = changes("werkzeug", "1.0.1", "2.0.0")
    # 2.0's deprecated `BaseRequest(Request, metaclass=_FakeSubclassCheck)` answers `isinstance` for every `Request`
    for path, base in (("werkzeug.Request", "BaseRequest"), ("werkzeug.wrappers.Response", "BaseResponse")):
        assert base not in found["signature_changed", path].detail
    # the mixins 2.0 no longer mixes in are plain classes: a check against one fails now
    assert "no longer a subclass of werkzeug.wrappers.accept.AcceptMixin" in found[
        "signature_changed", "werkzeug.Request"].detail


_OLD = """
class Command:
    pass

class BaseCommand(Command):
    pass

class Group(BaseCommand):
    pass
"""

_DECIDED_BY_METACLASS = """
class _FakeSubclassCheck(type):
    def __subclasscheck__(cls, subclass):
        return issubclass(subclass, cls.__bases__[0])

    def __instancecheck__(cls, instance):
        return isinstance(instance, cls.__bases__[0])

class Command:
    pass

class Group(Command):
    pass

class BaseCommand(Command, metaclass=_FakeSubclassCheck):
    pass
"""

_DECIDED_BY_HOOK = """
import abc

class Command:
    pass

class Group(Command):
    pass

class BaseCommand(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return issubclass(other, Command) or NotImplemented
"""

_PLAIN = """
class _Meta(type):
    def describe(cls):
        return cls.__name__

class Command:
    pass

class Group(Command):
    pass

class BaseCommand(Command, metaclass=_Meta):
    pass
"""


def _still_a_subclass(tmp_path: Path, source: str) -> bool:
    """Run the synthetic new release (code written here, never a download): does `Group` still pass?"""
    (tmp_path / "run").mkdir(exist_ok=True)
    (tmp_path / "run" / "demo.py").write_text(source)
    check = "import demo; print(issubclass(demo.Group, demo.BaseCommand) and isinstance(demo.Group(), demo.BaseCommand))"
    result = subprocess.run([sys.executable, "-c", check], cwd=tmp_path / "run", capture_output=True, text=True,
                            check=True, timeout=60)
    return result.stdout.strip() == "True"


@pytest.mark.parametrize("new", [_DECIDED_BY_METACLASS, _DECIDED_BY_HOOK], ids=["metaclass", "subclasshook"])
def test_a_base_answering_isinstance_by_code_is_not_claimed_lost(tmp_path: Path, new: str) -> None:
    assert _still_a_subclass(tmp_path, new)  # what the claim would deny
    found = diffed(tmp_path, _OLD, new)
    assert ("signature_changed", "demo.Group") not in found


def test_a_metaclass_without_checks_of_its_own_keeps_the_claim(tmp_path: Path) -> None:
    assert not _still_a_subclass(tmp_path, _PLAIN)
    found = diffed(tmp_path, _OLD, _PLAIN)
    assert found["signature_changed", "demo.Group"].breakage == "base_removed"
    assert "no longer a subclass of demo.BaseCommand" in found["signature_changed", "demo.Group"].detail


# -- a class the new release registers with its old base (`Base.register(Cls)`) still passes checks against it --

_OLD_MAPPING = """
from collections.abc import MutableMapping

class Headers(MutableMapping):
    def __getitem__(self, key): return 1
    def __setitem__(self, key, value): pass
    def __delitem__(self, key): pass
    def __iter__(self): return iter(())
    def __len__(self): return 0

class Other(MutableMapping):
    def __getitem__(self, key): return 1
    def __setitem__(self, key, value): pass
    def __delitem__(self, key): pass
    def __iter__(self): return iter(())
    def __len__(self): return 0
"""

_REGISTERED = """
import abc
from collections.abc import MutableMapping

class Headers:
    def __getitem__(self, key): return 1
    def __setitem__(self, key, value): pass
    def __delitem__(self, key): pass
    def __iter__(self): return iter(())
    def __len__(self): return 0

class Other:
    def __getitem__(self, key): return 1
    def __setitem__(self, key, value): pass
    def __delitem__(self, key): pass
    def __iter__(self): return iter(())
    def __len__(self): return 0

if True:
    MutableMapping.register(Headers)

class Base(abc.ABC):
    pass

@Base.register
class Plugin:
    pass
"""

_OLD_PLUGIN = """
import abc

class Base(abc.ABC):
    pass

class Plugin(Base):
    pass
"""


def _checks(tmp_path: Path, source: str, check: str) -> str:
    (tmp_path / "run").mkdir(exist_ok=True)
    (tmp_path / "run" / "demo.py").write_text(source)
    result = subprocess.run([sys.executable, "-c", f"import demo; print({check})"], cwd=tmp_path / "run",
                            capture_output=True, text=True, check=True, timeout=60)
    return result.stdout.strip()


def test_a_class_registered_with_its_old_base_is_not_claimed_to_have_lost_it(tmp_path: Path) -> None:
    check = "isinstance(demo.Headers(), demo.MutableMapping), isinstance(demo.Other(), demo.MutableMapping)"
    assert _checks(tmp_path, _REGISTERED, check) == "True False"  # what a claim would deny, and its sibling
    found = diffed(tmp_path, _OLD_MAPPING, _REGISTERED)
    assert ("signature_changed", "demo.Headers") not in found
    assert "no longer a subclass of collections.abc.MutableMapping" in found["signature_changed", "demo.Other"].detail


def test_a_class_decorated_as_registered_with_its_old_base_is_not_claimed(tmp_path: Path) -> None:
    assert _checks(tmp_path, _REGISTERED, "issubclass(demo.Plugin, demo.Base)") == "True"
    found = diffed(tmp_path, _OLD_PLUGIN, _REGISTERED)
    assert ("signature_changed", "demo.Plugin") not in found


def test_registrations_read_are_capped() -> None:
    source = "".join(f"Base.register(C{i})\n" for i in range(5000))
    found = registered.registrations(ast.parse(source))
    assert len(found) == registered.MAX_REGISTRATIONS
    assert found[0] == ("Base", "C0")


# -- a call on an attribute the constructor alone sets to a new object of the release reaches no user override --


def test_fastapi_0_164_calls_on_its_own_router_are_no_hook_evidence() -> None:
    found = changes("fastapi", "0.163.2", "0.164.0")
    # `FastAPI.__init__` sets `self.router = routing.APIRouter(...)` and nothing else assigns it: `self.router.delete(
    # ..., max_body_size=...)` reaches fastapi's own router, never a user's `APIRouter` subclass
    for name in ("delete", "head", "include_router", "options", "patch", "post", "put", "trace"):
        assert ("signature_changed", f"fastapi.APIRouter.{name}") not in found, name
    # `APIRouter.api_route` calls `self.add_api_route(..., max_body_size=...)`: a subclass's override is reached, though
    # `FastAPI.add_api_route` takes the new keyword too
    for name in ("add_api_route", "api_route"):
        change = found["signature_changed", f"fastapi.APIRouter.{name}"]
        assert change.breakage == "hook_called_with_new_arguments" and "fastapi/routing.py" in change.detail


_OLD_APP = """
class Router:
    def mount(self, path):
        pass

class App:
    def __init__(self):
        self.router = Router()
        self.other = Router()

    def register(self, path):
        self.router.mount(path)
        self.other.mount(path)

    def use(self, router):
        self.other = router
"""

_NEW_APP = """
class Router:
    def mount(self, path, limit=None):
        pass

class App:
    def __init__(self):
        self.router = Router()
        self.other = Router()

    def register(self, path, limit=None):
        self.router.mount(path, limit=limit)
        self.other.mount(path, limit=limit)

    def use(self, router):
        self.other = router
"""


def test_an_attribute_reassigned_elsewhere_may_hold_a_users_object(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD_APP, _NEW_APP)
    # `self.router` is only ever the constructor's `Router()`, but `use()` may put a user's router in `self.other`:
    # its call stays evidence, now the only one
    change = found["signature_changed", "demo.Router.mount"]
    assert change.breakage == "hook_called_with_new_arguments"
    assert ":13)" in change.detail  # the `self.other.mount(...)` line, not `self.router.mount(...)` on line 12


def test_a_self_assignment_is_read_with_a_bounded_annotation() -> None:
    # a string spelling `self.a: ` twenty thousand times on one line was searched to its end from each (20 s)
    assert extract._SELF_SET.findall(b"self.x: int = 1\nself.y = 2\nself.z == 3") == [b"x", b"y"]
    assert extract._SELF_SET.search(b"self.x: " + b"T" * 300 + b" = 1") is None
    found = extract.read_module("demo", "demo.py", b"class C:\n    def f(self):\n        x = '" + b"self.a: " * 20_000
                                + b"'\n        self.b: int = 1\n", False)
    method = found.bindings["C"][-1].members["f"]
    assert method.self_sets == ("b",)


def test_getattr_of_a_nested_class_is_read_with_a_bounded_first_argument() -> None:
    # `getattr(` spelled 200,000 times with no comma after was searched to the end of the module from each: minutes
    pattern = metaopts._TAKEN_BY_KEY[2]
    assert pattern.search(b'getattr(cls, "Meta")') and pattern.search(b'getattr(\n    klass,\n    "Meta",\n)')
    assert pattern.search(b"getattr(" + b"x" * 300 + b', "Meta")') is None


def test_kwargs_hand_offs_read_per_def_are_capped() -> None:
    # a body spelling `**kwargs` 20,000 times was walked back from each to its call's parenthesis (86 s)
    body = "".join(f"    g{i}(**kwargs)\n" for i in range(100))
    node = ast.parse(f"def f(**kwargs):\n{body}").body[0]
    assert isinstance(node, ast.FunctionDef)
    text = (ast.get_source_segment(f"def f(**kwargs):\n{body}", node) or "").encode()
    forwards = facts.read_facts(node, text).kwargs_forwards
    assert forwards[: facts.MAX_FORWARDS] == tuple(f"g{i}" for i in range(facts.MAX_FORWARDS))
    assert forwards[facts.MAX_FORWARDS:] == ("?",)  # the rest go somewhere unknown: no claim rests on them


def test_hand_offs_are_placed_on_their_lines_among_many_super_calls() -> None:
    # thousands of `super(` spelled in a string: each one's line was found by counting the newlines before it
    source = ("class A(B):\n    def __init__(self, app=None):\n        x = '" + "super(" * 5000 + "'\n"
              "        super().__init__(app=app)\n")
    cls = ast.parse(source).body[0]
    assert isinstance(cls, ast.ClassDef) and isinstance(node := cls.body[0], ast.FunctionDef)
    text = (ast.get_source_segment(source, node) or "").encode()
    handoffs = deprecation.parameter_handoffs(node, text)
    assert [(h.callee, h.keywords) for h in handoffs] == [("super.__init__", ("app",))]


def _self_calls(source: str) -> tuple[str, ...]:
    tree = ast.parse(source)
    cls = tree.body[0]
    assert isinstance(cls, ast.ClassDef) and isinstance(node := cls.body[0], ast.FunctionDef)
    return calls.self_calls(node, (ast.get_source_segment(source, node) or "").encode())


def test_calls_spelled_in_a_string_are_lexed_up_to_a_bound_per_line() -> None:
    # a line of 20,000 `super().__init__(` in a string was lexed from its start for each (11 minutes)
    few = "class A:\n    def f(self):\n        x = '" + "self.hook(" * calls.MAX_PER_LINE + "'\n"
    many = "class A:\n    def f(self):\n        x = '" + "self.hook(" * (calls.MAX_PER_LINE + 1) + "'\n"
    assert _self_calls(few) == ()  # inside the string: no call
    assert _self_calls(many) == ("hook",)  # past the bound the line is read as code: a hook more, never one less


def test_a_string_left_open_by_earlier_lines_is_followed_line_by_line() -> None:
    source = ("class A:\n    def f(self):\n        sql = '''\n        self.not_called()\n        '''.format(self.a())\n"
              "        x = '''b''' + self.b()\n        y = '''\n        self.also_not()\n''' + self.c()\n")
    # the lines closing a string are lexed from inside it (`a`, `c` are calls); lines wholly inside one are read as
    # code (`not_called`, `also_not`: only ever a hook more), as before the triple quotes were counted line by line
    assert _self_calls(source) == ("a", "also_not", "b", "c", "not_called")
