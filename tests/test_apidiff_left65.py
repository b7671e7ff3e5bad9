"""Left65: leftover false and alarmist claims (click commands, logged-only parameters, annotation spellings)."""

from __future__ import annotations

from pathlib import Path

from bot.changes import ObjectKind
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a def a click decorator turns into a command object is claimed as a command, not a function (python-dotenv
# 1.2 renamed `cli.list`/`cli.set`, `@cli.command()`s under `@click.group() def cli`) --


def test_python_dotenv_1_2_cli_list_is_a_command() -> None:
    found = changes("python-dotenv", "1.1.1", "1.2.0")
    removed = found["removed", "dotenv.cli.list"]
    assert removed.object is ObjectKind.COMMAND
    assert removed.detail == "command 'dotenv.cli.list' no longer exists in 1.2.0"


_GROUP = '''import click


@click.group()
def cli():
    pass


@cli.command()
@click.pass_context
def show(ctx):
    pass


@click.command("run")
def run():
    pass
'''

_TYPER = '''import typer

app = typer.Typer()


@app.command()
def show():
    pass
'''


def test_click_commands_and_groups_are_commands(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _GROUP}, {"demo/__init__.py": ""})
    assert {found["removed", f"demo.{name}"].object for name in ("cli", "show", "run")} == {ObjectKind.COMMAND}


def test_from_click_import_command_is_a_command(tmp_path: Path) -> None:
    old = "from click import command\n\n\n@command()\ndef run():\n    pass\n"
    assert diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": ""})["removed", "demo.run"].object is (
        ObjectKind.COMMAND
    )


def test_a_typer_command_stays_a_function(tmp_path: Path) -> None:
    # typer's `app.command()` registers the def and hands it back: users import a function
    found = diffed(tmp_path, {"demo/__init__.py": _TYPER}, {"demo/__init__.py": "import typer\n\napp = typer.Typer()\n"})
    assert found["removed", "demo.show"].object is ObjectKind.FUNCTION


# -- a parameter the body loads only as an argument of a logging call (`logger.debug("closefd=%r", closefd)`, the
# sibling of smart_open 9.0.2's `logger.debug("%r", locals())`) was never read: its value reached a log record only --

_NAMED_IN_LOG = '''import logging

logger = logging.getLogger(__name__)


def open(uri, mode="r", closefd=True, opener=None):
    logger.debug("closefd=%r opener=%r", closefd, opener)
    return (uri, mode)
'''

_READ = '''def open(uri, mode="r", closefd=True, opener=None):
    return (uri, mode, closefd, opener)
'''

_UNREAD = '''def open(uri, mode="r", closefd=True, opener=None):
    return (uri, mode)
'''

_CALLED_IN_LOG = '''import logging

log = logging.getLogger(__name__)


def open(uri, mode="r", closefd=True, opener=None):
    log.log(closefd, "opened %s", opener())
    return (uri, mode)
'''


def test_parameters_only_logged_by_name_were_never_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _NAMED_IN_LOG}, {"demo/__init__.py": _UNREAD})
    assert not [key for key in found if key[1] == "demo.open"]


def test_parameters_read_then_only_logged_are_no_longer_read(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _READ}, {"demo/__init__.py": _NAMED_IN_LOG})
    detail = found["signature_changed", "demo.open"].detail
    assert "parameter 'closefd' is still accepted but no longer read" in detail
    assert "parameter 'opener' is still accepted but no longer read" in detail


def test_a_logging_calls_level_or_a_call_made_in_it_reads_the_parameter(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _CALLED_IN_LOG}, {"demo/__init__.py": _UNREAD})
    detail = found["signature_changed", "demo.open"].detail
    assert "'closefd' is still accepted" in detail and "'opener' is still accepted" in detail


_EMPTY_LOG_CALL = '''import logging

log = logging.getLogger(__name__)


def open(uri, mode="r", closefd=True):
    log.log()
    log.debug("%s", closefd)
    return (uri, mode)
'''


def test_a_log_call_without_arguments_is_read_not_a_crash(tmp_path: Path) -> None:
    # atlassian-python-api 5.0 calls a `.log()` with no argument: no level to set aside, and the diff goes on
    found = diffed(tmp_path, {"demo/__init__.py": _EMPTY_LOG_CALL}, {"demo/__init__.py": _UNREAD})
    assert not [key for key in found if key[1] == "demo.open"]


_DIALOG = '''def show(message, dialog=None, title="Error"):
    dialog.error(title)
    logger.info("%s", title)
    return message
'''

_SHOWN_NOTHING = '''def show(message, dialog=None, title="Error"):
    return message
'''


def test_a_dialogs_error_method_is_no_logging_call(tmp_path: Path) -> None:
    # `dialog.error(title)` shows the title: it reads `title` as much as any call (the name only ends in "log")
    found = diffed(tmp_path, {"demo/__init__.py": _DIALOG}, {"demo/__init__.py": _SHOWN_NOTHING})
    assert "'title' is still accepted but no longer read" in found["signature_changed", "demo.show"].detail


# -- an annotation changed over the same body changed nothing calls do: the claim says it may be only a correction
# (mashumaro 3.23's toml `encode() -> str`, once `-> bytes`, returned the `str` of `tomli_w.dumps` in both) --

_SAME_BODY = " (over the same body: perhaps only the annotation was corrected, which type checkers see)"


def test_mashumaro_3_23_toml_encode_return_annotation_over_the_same_body() -> None:
    found = changes("mashumaro", "3.22", "3.23")
    assert found["signature_changed", "mashumaro.codecs.toml.encode"].detail == (
        "return annotation changed from bytes to str" + _SAME_BODY
    )


def test_an_annotation_changed_over_the_same_body_may_be_a_correction(tmp_path: Path) -> None:
    old = "import tomli_w\n\n\ndef encode(obj) -> bytes:\n    return tomli_w.dumps(obj)\n"
    new = "import tomli_w\n\n\ndef encode(obj) -> str:\n    return tomli_w.dumps(obj)\n"
    change = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})["signature_changed", "demo.encode"]
    assert change.detail == "return annotation changed from bytes to str" + _SAME_BODY
    assert change.signature is not None and change.signature.annotated_only


def test_an_annotation_changed_with_its_body_is_a_type_change(tmp_path: Path) -> None:
    old = "def encode(obj) -> bytes:\n    return str(obj).encode()\n"
    new = "def encode(obj) -> str:\n    return str(obj)\n"
    change = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})["signature_changed", "demo.encode"]
    assert change.detail == "return annotation changed from bytes to str"
