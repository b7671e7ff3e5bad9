"""Lead, thirty-first stop: options a command's argument parser fills, declared by its bases."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a command's `handle(**options)` reading by subscript an option a base declares was claimed "new required
# parameter" or "lost its default": the parser fills what every class of the command declares, and a base outside
# the distribution may declare more (django-reversion 2.0's `Command(BaseRevisionCommand)` reads
# `options["using"]`, declared by `BaseRevisionCommand.add_arguments`, and `options["verbosity"]`, by Django's
# `BaseCommand`) --

_BASE = """class BaseQueueCommand{outer}:
    def add_arguments(self, parser):
        parser.add_argument("--queue", "-q", dest="queue", default="default")
"""
_OLD = """from demo.base import BaseQueueCommand


class Command(BaseQueueCommand):
    def handle(self, *args, **options):
        timeout = options.get("timeout")
        queue = get_queue(options.get("queue"))
        return queue.enqueue_call(args[0], timeout=timeout)
"""
_NEW = """from demo.base import BaseQueueCommand


class Command(BaseQueueCommand):
    def handle(self, *args, **options):
        queue = get_queue(options["queue"])
        job = queue.enqueue_call(args[0], timeout=options["timeout"])
        return job
"""


def _files(handle: str, outer: str) -> dict[str, str]:
    prefix = "from framework import BaseCommand\n\n\n" if outer else ""
    return {"demo/__init__.py": "", "demo/base.py": prefix + _BASE.format(outer=outer), "demo/cmd.py": handle}


def test_an_option_a_base_of_the_distribution_declares_is_filled(tmp_path: Path) -> None:
    change = diffed(tmp_path, _files(_OLD, ""), _files(_NEW, ""))[("signature_changed", "demo.cmd.Command.handle")]
    assert "'queue'" not in change.detail  # the base's parser declares it
    # the sibling: none of the command's classes declares it, and no class outside builds its parser
    assert "'timeout' lost its default" in change.detail


def test_a_parser_a_base_outside_the_distribution_builds_may_fill_any_option(tmp_path: Path) -> None:
    found = diffed(tmp_path, _files(_OLD, "(BaseCommand)"), _files(_NEW, "(BaseCommand)"))
    assert ("signature_changed", "demo.cmd.Command.handle") not in found


def test_django_reversion_2_0_commands_read_options_their_parsers_fill() -> None:
    found = changes("django-reversion", "1.10.2", "2.0.0")
    for command in ("createinitialrevisions", "deleterevisions"):
        assert ("signature_changed", f"reversion.management.commands.{command}.Command.handle") not in found
    # the sibling: a real change of the same release stays claimed
    assert ("signature_changed", "reversion.revisions.register") in found
