"""misses59: classes of documented breaks the recall measurement of stop 58 missed (rapidfuzz 3.0, coverage 6.1/7.0)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_catalogue import run
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a default that became None: the body, finding None, only skips what it did with the value (rapidfuzz 3.0's
# `processor=default_process` → `None`, `if processor is not None: s1 = processor(s1)`) --

_NONE_OLD = '''def default_process(s):
    return s.lower()


def ratio(s1, s2, *, processor=default_process):
    s1 = processor(s1)
    return s1 == s2


def score(query, choice, processor=default_process):
    return query == processor(choice)


def connect(host, timeout=30):
    return host, timeout


def same(host, timeout=30):
    return host, timeout


def replaced(host, timeout=30):
    return host, timeout


def handed(host, timeout=30):
    return host, timeout


def inlined(s, processor=default_process):
    return processor(s)
'''
_NONE_NEW = '''def default_process(s):
    return s.lower()


def ratio(s1, s2, *, processor=None):
    if processor is not None:
        s1 = processor(s1)
    return s1 == s2


def score(query, choice, processor=None):
    if processor is None:
        result = query == choice
    else:
        result = query == processor(choice)
    return result


def connect(host, timeout=None):
    if timeout is not None:
        host.settimeout(timeout)
    return host


def same(host, timeout=None):
    if timeout is None:
        timeout = 30
    return host, timeout


def replaced(host, timeout=None):
    timeout = 40 if timeout is None else timeout
    return host, timeout


def handed(host, timeout=None):
    return connect(host, timeout=timeout)


def inlined(s, processor=None):
    if processor is None:
        return default_process(s)
    return processor(s)
'''


def test_a_default_made_none_whose_uses_the_body_skips_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _NONE_OLD}, {"demo/__init__.py": _NONE_NEW})
    ratio = found[("signature_changed", "demo.ratio")]
    assert ratio.breakages == ("param_default_changed",)
    assert "defaults to None (at None the body skips what it does with 'processor') where it defaulted to " in (
        ratio.detail
    )
    assert "default_process" in ratio.detail
    assert ("signature_changed", "demo.score") in found  # the None branch does the same less `processor(...)`
    assert "where it defaulted to 30" in found[("signature_changed", "demo.connect")].detail
    # a None the body replaces with another literal is that literal
    detail = found[("signature_changed", "demo.replaced")].detail
    assert "defaults to None (which the body replaces with 40) where it defaulted to 30" in detail
    # the same value put back, the old value's work done inline at None: no claim
    for unchanged in ("same", "inlined"):
        assert ("signature_changed", f"demo.{unchanged}") not in found, unchanged
    # None handed on to `connect(host, timeout=timeout)`, which skips it at None (misses60): 30 is no longer set
    assert "where it defaulted to 30" in found[("signature_changed", "demo.handed")].detail


def test_the_witness_of_a_default_made_none_holds_on_the_old_release_only(tmp_path: Path) -> None:
    """The old default spelled by name is looked up where the callable's module binds it; a None the body replaced
    is None."""
    found = synthetic(tmp_path, _NONE_OLD, _NONE_NEW)
    for symbol in ("demo.ratio", "demo.replaced"):
        for version, holds in (("1.0", True), ("2.0", False)):
            assert (run(found[symbol].witness, tmp_path / version).returncode == 0) is holds, found[symbol].witness
    reverse = synthetic(tmp_path / "reverse", _NONE_NEW, _NONE_OLD)  # the None a body replaced is the old default
    assert "where it defaulted to None (which the body replaces with 40)" in reverse["demo.replaced"].detail
    for version, holds in (("1.0", True), ("2.0", False)):
        root = tmp_path / "reverse" / version
        assert (run(reverse["demo.replaced"].witness, root).returncode == 0) is holds, reverse["demo.replaced"].witness


def test_a_value_default_the_old_body_tests_by_identity_is_a_sentinel(tmp_path: Path) -> None:
    old = "_MISSING = object()\n\n\ndef run(x, key=_MISSING):\n    if key is _MISSING:\n        return x\n    return key(x)\n"
    new = "def run(x, key=None):\n    if key is not None:\n        x = key(x)\n    return x\n"
    assert ("signature_changed", "demo.run") not in diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    # a sentinel only a helper tests, and an identity default, are known by their names
    for default in ("_MISSING", "NOTSET", "_identity"):
        handed = f"{default} = object()\n\n\ndef _impl(x, key):\n    return x\n\n\ndef run(x, key={default}):\n"
        handed += "    return _impl(x, key)\n"
        found = diffed(tmp_path / default, {"demo/__init__.py": handed}, {"demo/__init__.py": new})
        assert ("signature_changed", "demo.run") not in found, default
    kept = "def process(x):\n    return x\n\n\ndef run(x, key=process):\n    return key(x)\n"
    assert ("signature_changed", "demo.run") in diffed(tmp_path / "kept", {"demo/__init__.py": kept}, {"demo/__init__.py": new})


_SKIPPED = "defaults to None (at None the body skips what it does with 'processor') where it defaulted to default_process"


def test_rapidfuzz_3_0_processor_default_became_none() -> None:
    found = changes("rapidfuzz", "2.15.1", "3.0.0")
    claimed = {symbol for (kind, symbol), c in found.items() if _SKIPPED in c.detail}
    fuzz = ("QRatio", "WRatio", "partial_token_ratio", "partial_token_set_ratio", "partial_token_sort_ratio")
    fuzz += ("token_ratio", "token_set_ratio", "token_sort_ratio")
    assert {f"rapidfuzz.fuzz_py.{name}" for name in fuzz} <= claimed
    assert {"rapidfuzz.process_py.extractOne", "rapidfuzz.process_py.extract_iter"} <= claimed
    assert "rapidfuzz.fuzz_py.ratio" not in claimed  # None on both sides


# -- a removal announced without the word "deprecated": a docstring (coverage 6.1's `Coverage.annotate`: "This method
# has been obsoleted ... It will be removed in a future version.") or a plain warning naming what is called --

_GOES_OLD = '''class Coverage:
    def annotate(self):
        """Annotate modules."""

    def report(self):
        """Report."""

    def html(self, directory=None):
        """Write HTML."""


def load(path):
    return path


def save(path):
    return path


class Legacy:
    def __init__(self):
        pass
'''
_GOES_NEW = '''import warnings


class Coverage:
    def annotate(self):
        """Annotate modules.

        .. note::
           This method has been obsoleted by more modern tools, including the :meth:`html` method.  It will be
           removed in a future version.
        """

    def report(self):
        """Report. The ``html`` method will be removed in a future version."""

    def html(self, directory=None):
        """Write HTML. The directory argument will be removed in 3.0."""


def load(path):
    warnings.warn("load() will be removed in 3.0, use read()")
    return path


def save(path):
    warnings.warn("Support for Python 3.7 will be removed in 3.0")
    return path


class Legacy:
    def __init__(self):
        warnings.warn("This class is going away in 3.0", UserWarning)
'''


def test_a_removal_announced_for_the_object_itself_is_a_deprecation(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _GOES_OLD}, {"demo/__init__.py": _GOES_NEW})
    assert "It will be removed in a future version." in found[("deprecated", "demo.Coverage.annotate")].detail
    assert ("deprecated", "demo.load") in found
    assert ("deprecated", "demo.Legacy") in found
    # another method's removal, a parameter's, a Python version's: none of the object's own
    for other in ("demo.Coverage.report", "demo.Coverage.html", "demo.save"):
        assert ("deprecated", other) not in found, other


def test_coverage_6_1_annotate_announced_removed() -> None:
    found = changes("coverage", "6.0.2", "6.1")
    assert "It will be removed in a future version." in found[("deprecated", "coverage.Coverage.annotate")].detail
    assert [symbol for kind, symbol in found if kind == "deprecated"] == ["coverage.Coverage.annotate"]


# -- a module whose public names are bound only by calls it makes when it runs (rapidfuzz 3.0's `process.py`:
# `extract = _fallback_import(_mod, "extract")`): its stub `.pyi` declares them, and is read in its place --

_PICK = "import importlib\n\n\ndef pick(module, name):\n    return getattr(importlib.import_module(module + '_py'), name)\n"
_COMPUTED = "from demo._utils import pick as _pick\n\nrun = _pick('demo.process', 'run')\n"


def _computed(stub: str, source: str = _COMPUTED) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/_utils.py": _PICK,
        "demo/process.py": source,
        "demo/process.pyi": stub,
        "demo/process_py.py": "def run(x, **kwargs):\n    return x\n",
    }


def test_a_stub_declares_the_names_its_module_binds_by_calls(tmp_path: Path) -> None:
    old = _computed("def run(x: str, **kwargs: object) -> int: ...\n")
    new = _computed("def run(x: str) -> int: ...\n")
    found = diffed(tmp_path, old, new)
    assert "parameter '**kwargs' removed" in found[("signature_changed", "demo.process.run")].detail
    # a module defining a public name of its own is its names' declaration: its stub is not read in its place
    own = _COMPUTED + "\n\ndef helper():\n    return 1\n"
    kept = diffed(tmp_path / "own", _computed(old["demo/process.pyi"], own), _computed(new["demo/process.pyi"], own))
    assert ("signature_changed", "demo.process.run") not in kept
    assert ("removed", "demo.process.helper") not in kept


# -- a config file's options read through a table of `section:option` names (coverage 6's `CONFIG_FILE_OPTIONS`,
# `section, option = where.split(":")`, `cp.has_option(section, option)`): an option gone from it is no longer read --

_TABLE = '''class Config:
    OPTIONS = [
        ("branch", "run:branch", "boolean"),
        ("note", "run:note"),
        ("precision", "report:precision", "int"),
    ]

    def read(self, cp):
        for attr, where, *type_ in self.OPTIONS:
            section, option = where.split(":")
            if cp.has_option(section, option):
                setattr(self, attr, cp.get(section, option))
'''


def test_an_option_gone_from_a_config_file_table_is_no_longer_read(tmp_path: Path) -> None:
    new = _TABLE.replace('        ("note", "run:note"),\n', "")
    found = diffed(tmp_path, {"demo/__init__.py": _TABLE}, {"demo/__init__.py": new})
    assert "no longer reads or defaults the config key run:note" in found[("removed", "config:run:note")].detail
    assert [symbol for _, symbol in found if symbol.startswith("config:")] == ["config:run:note"]
    # a table no ConfigParser reads (no `has_option`) names no config file's options
    unread = {"demo/__init__.py": _TABLE.replace("cp.has_option(section, option)", "True")}
    gone = {"demo/__init__.py": new.replace("cp.has_option(section, option)", "True")}
    assert ("removed", "config:run:note") not in diffed(tmp_path / "unread", unread, gone)


def test_coverage_7_0_no_longer_reads_run_note() -> None:
    found = changes("coverage", "6.5.0", "7.0.0")
    assert ("removed", "config:run:note") in found
    assert [symbol for _, symbol in found if symbol.startswith("config:")] == ["config:run:note"]


def test_rapidfuzz_3_0_process_names_are_their_stubs_declarations() -> None:
    found = changes("rapidfuzz", "2.15.1", "3.0.0")
    assert "parameter '**kwargs' removed" in found[("signature_changed", "rapidfuzz.process.cdist")].detail
    assert ("removed", "rapidfuzz.process.extract") not in found


# -- a return annotation naming a NewType (pipx 1.9's `-> ExitCode`, `ExitCode = NewType("ExitCode", int)`) is its
# base to a caller: now a dataclass (pipx 1.16's `-> OperationResult[...]`), a caller using the int breaks --

_NEW_TYPE = 'from typing import NewType\n\nExitCode = NewType("ExitCode", int)\n\n\n'


def test_a_return_type_naming_a_new_type_is_compared_as_its_base(tmp_path: Path) -> None:
    old = _NEW_TYPE + "def run() -> ExitCode:\n    return ExitCode(0)\n\n\ndef same() -> ExitCode:\n    return ExitCode(0)\n"
    new = _NEW_TYPE + "class Result:\n    pass\n\n\ndef run() -> Result:\n    return Result()\n\n\n"
    new += "def same() -> int:\n    return 0\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    detail = found[("signature_changed", "demo.run")].detail
    assert "return annotation changed from ExitCode (a NewType of int) to Result" in detail
    assert ("signature_changed", "demo.same") not in found  # the base itself


def test_pipx_1_16_commands_no_longer_return_an_exit_code() -> None:
    found = changes("pipx", "1.9.0", "1.16.3")
    detail = found[("signature_changed", "pipx.commands.uninstall.uninstall")].detail
    assert "return annotation changed from ExitCode (a NewType of int) to OperationResult[UninstallData]" in detail
