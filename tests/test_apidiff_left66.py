"""Siblings of the classes the last round fixed in part, and claims it left doubtful (left66)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import seeds
from bot.apidiff.release import surface_of
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

CHANGED = "signature_changed"

# -- a standard-library class defining a method before the release's class defining it in the order (`class
# Store(OrderedDict, Mixin)`): `OrderedDict.get` is what `Store().get` runs, not `Mixin.get`, whatever the mixin's
# signature became (the sibling of hunt65's constructor rule) --

_MIXED_OLD = '''import collections


class _Mixin:
    def get(self, key, default=None):
        return default

    def update(self, other, strict=False):
        return other

    def own(self, a):
        return a


class Store(collections.OrderedDict, _Mixin):
    pass


class _Tail(_Mixin):
    pass


class Tail(collections.OrderedDict, _Tail):
    pass
'''
_MIXED_NEW = (
    _MIXED_OLD.replace("def get(self, key, default=None)", "def get(self, key, *, fallback=None)")
    .replace("def update(self, other, strict=False)", "def update(self, other)")
    .replace("def own(self, a)", "def own(self, b)")
)


def test_a_stdlib_base_before_the_release_class_owns_every_method_it_defines(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _MIXED_OLD}, {"demo/__init__.py": _MIXED_NEW})
    assert (CHANGED, "demo.Store.get") not in found  # `OrderedDict.get(key, default=None)` in both
    assert (CHANGED, "demo.Store.update") not in found  # `MutableMapping.update`, through `OrderedDict`'s order
    assert (CHANGED, "demo.Tail.get") not in found  # inherited in turn by the release's class behind it
    assert "'a' renamed to 'b'" in found[(CHANGED, "demo.Store.own")].detail  # no stdlib class defines `own`


# -- the same with a class of another distribution before the release's class in the order (`class View(Base,
# Mixin)`, `basepkg.Base.render` defined): read of the dependency the diff has, `View().render` runs `Base.render` --

_OUTSIDE_BASE = {
    "basepkg/__init__.py": "class Base:\n    def render(self, template, context=None):\n        return template\n"
}
_VIEW_OLD = """from basepkg import Base


class _Mixin:
    def render(self, template, strict=False):
        return template

    def own(self, a):
        return a


class View(Base, _Mixin):
    pass
"""
_VIEW_NEW = _VIEW_OLD.replace("(self, template, strict=False)", "(self, template)").replace(
    "own(self, a)", "own(self, b)"
)


def test_an_outside_base_before_the_release_class_owns_the_methods_it_defines(tmp_path: Path) -> None:
    dependency = surface_of(wheel(tmp_path / "dep", _OUTSIDE_BASE), "basepkg", "1.0")
    old, new = (
        surface(tmp_path, {"demo/__init__.py": _VIEW_OLD}, "1.0"),
        surface(tmp_path, {"demo/__init__.py": _VIEW_NEW}, "2.0"),
    )
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(old, new, [dependency])}
    assert (CHANGED, "demo.View.render") not in found
    assert "'a' renamed to 'b'" in found[(CHANGED, "demo.View.own")].detail  # `Base` has no `own`
    unread = {(c.kind.value, c.symbol) for c in diff_surfaces(old, new)}  # the dependency unread: no say
    assert (CHANGED, "demo.View.render") in unread
    assert "basepkg.Base" in seeds(new, old)  # so the service reads it: the class ahead of the changed method's owner


def test_the_release_class_before_the_stdlib_base_still_serves(tmp_path: Path) -> None:
    later = "\n\nclass Later(_Mixin, dict):\n    pass\n"
    found = diffed(tmp_path, {"demo/__init__.py": _MIXED_OLD + later}, {"demo/__init__.py": _MIXED_NEW + later})
    assert "'default' removed" in found[(CHANGED, "demo.Later.get")].detail
    assert "'strict' removed" in found[(CHANGED, "demo.Later.update")].detail


# -- a def decorated by `.command()`/`.group()` of a module global made by calling a click class, or a class of the
# release deriving from one (`grp = click.Group()`), is a command object as left65's `@click.command` ones are;
# typer's `app.command()` hands the def back: still a function --

_GROUPS = """import click
import typer
from click import Group

grp = click.Group("grp")
other = Group()
app = typer.Typer()


class Cli(click.Group):
    pass


mine = Cli()
"""
_COMMANDS = {
    "run": "@grp.command()",
    "sub": "@other.group()",
    "named": '@mine.command("x")',
    "tool": "@app.command()",
}


def test_defs_a_click_group_instance_decorates_are_commands(tmp_path: Path) -> None:
    defs = "".join(f"\n\n{decorator}\ndef {name}(path):\n    pass\n" for name, decorator in _COMMANDS.items())
    found = diffed(tmp_path, {"demo/__init__.py": _GROUPS + defs}, {"demo/__init__.py": _GROUPS})
    for name in ("run", "sub", "named"):
        assert found[("removed", f"demo.{name}")].detail.startswith(f"command 'demo.{name}'")
    assert found[("removed", "demo.tool")].detail.startswith("function 'demo.tool'")


# -- a parameter's annotation changed over the same lines using it, the body changed elsewhere (hypercorn 0.18's
# `H2Protocol.initiate(settings: bytes | None)`, once `Optional[str]`, handed to h2's `initiate_upgrade_connection`
# alike): what a value passed meets is unchanged, so the claim says it may be only a correction --

_USES_KEPT = " (the lines using it are unchanged: perhaps only the annotation was corrected, which type checkers see)"
_INITIATE_OLD = """import h2


class Protocol:
    async def initiate(self, headers: list | None = None, settings: str | None = None) -> None:
        if settings is not None:
            self.connection.initiate_upgrade_connection(settings)
        else:
            self.connection.initiate_connection()
        if headers is not None:
            event = h2.events.RequestReceived()
            event.headers = headers
"""
_INITIATE_NEW = _INITIATE_OLD.replace("settings: str | None", "settings: bytes | None").replace(
    "event = h2.events.RequestReceived()\n            event.headers = headers",
    "event = h2.events.RequestReceived(headers=headers)",
)


def test_an_annotation_changed_over_the_same_lines_using_it_may_be_a_correction(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _INITIATE_OLD}, {"demo/__init__.py": _INITIATE_NEW})
    change = found[(CHANGED, "demo.Protocol.initiate")]
    assert change.detail == "settings annotation changed from str | None to bytes | None" + _USES_KEPT
    assert change.signature is not None and change.signature.annotation_uses_kept == ("settings",)


def test_an_annotation_changed_with_the_lines_using_it_is_claimed_plainly(tmp_path: Path) -> None:
    decoded = _INITIATE_NEW.replace(
        "initiate_upgrade_connection(settings)", "initiate_upgrade_connection(settings.decode())"
    )

    def bound(code: str) -> str:  # the value goes on under another name, in lines that do not name it
        return code.replace("if settings is not None:", "value = settings\n        if value is not None:")

    for old, new in ((_INITIATE_OLD, decoded), (bound(_INITIATE_OLD), bound(_INITIATE_NEW))):
        found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
        assert found[(CHANGED, "demo.Protocol.initiate")].detail == (
            "settings annotation changed from str | None to bytes | None"
        )


def test_hypercorn_0_18_initiate_settings_annotation_may_be_a_correction() -> None:
    found = changes("hypercorn", "0.17.3", "0.18.0")
    assert found[(CHANGED, "hypercorn.protocol.H2Protocol.initiate")].detail == (
        "settings annotation changed from Optional[str] to bytes | None" + _USES_KEPT
    )


# -- a removed parameter whose keyword now falls into a `**kwargs` handed on to a callable the diff cannot read
# (llama-index-core 0.14's `AgentWorkflow.run(**kwargs)` builds `AgentWorkflowStartEvent(**kwargs)`, an event of
# llama-index-workflows whose constructor keeps any field): no verdict of rejection, the kind says it is unread --

_RUN_OLD = """from workflows.events import StartEvent


class AgentStartEvent(StartEvent):
    def __init__(self, **data):
        super().__init__(**data)


class Agent:
    def run(self, user_msg=None, checkpoint_callback=None, **kwargs):
        self.callback = checkpoint_callback
        return AgentStartEvent(user_msg=user_msg, **kwargs)
"""
_RUN_NEW = _RUN_OLD.replace(", checkpoint_callback=None", "").replace(
    "        self.callback = checkpoint_callback\n", ""
)


def test_a_keyword_handed_on_where_the_diff_cannot_follow_is_no_rejection(tmp_path: Path) -> None:
    change = diffed(tmp_path, {"demo/__init__.py": _RUN_OLD}, {"demo/__init__.py": _RUN_NEW})[
        (CHANGED, "demo.Agent.run")
    ]
    assert change.breakages == ("param_absorbed_unverified",)
    assert "'checkpoint_callback' could not be followed: lower confidence" in change.detail
    assert change.witness.endswith("assert 'checkpoint_callback' in inspect.signature(Agent.run).parameters")


def test_llama_index_core_0_14_agent_workflow_run_checkpoint_callback_is_not_said_rejected() -> None:
    found = changes("llama-index-core", "0.13.6", "0.14.0")
    for symbol in ("llama_index.core.agent.AgentWorkflow.run", "llama_index.core.agent.BaseWorkflowAgent.run"):
        assert found[(CHANGED, symbol)].breakages == ("param_absorbed_unverified",)
