"""Environment variables a module reads with a literal name: `os.environ[...]`, `os.environ.get`, `os.getenv`, `in`."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from bot.apidiff.envhanded import MAX_KEYED, EnvHandoff
from bot.apidiff.keyreaders import TreeIndex, keys_through_names, loop_shapes
from bot.apidiff.keyshapes import spelled_at_run_time
from bot.apidiff.located import candidate_lines, nodes_on
from bot.apidiff.source import dotted_name, walk

_READ_METHODS = frozenset({"get", "setdefault"})
"""`os.environ.setdefault(...)` as a statement reads nothing: it gives the process a default, a user's own value
winning as before (nilearn 0.10.0's `setdefault("KMP_INIT_AT_FORK", "FALSE")` for Intel's OpenMP runtime)."""
IMPORTED = "import "
_STDLIB_READERS = {
    "COLUMNS": frozenset({"get_terminal_size", "ArgumentParser", "OptionParser"}),  # their help formatters
    "LINES": frozenset({"get_terminal_size"}),
    "TMPDIR": frozenset(
        {
            "gettempdir",
            "mkstemp",
            "mkdtemp",
            "TemporaryFile",
            "NamedTemporaryFile",
            "TemporaryDirectory",
            "SpooledTemporaryFile",
        }
    ),
    "HOME": frozenset({"expanduser", "home"}),
    "LOGNAME": frozenset({"getuser"}),
    "USER": frozenset({"getuser"}),
    "USERNAME": frozenset({"getuser"}),
    "BROWSER": frozenset({"open", "open_new", "open_new_tab", "get"}),
    "SSLKEYLOGFILE": frozenset({"create_default_context"}),
    "SSL_CERT_FILE": frozenset({"load_default_certs", "set_default_verify_paths"}),
    "SSL_CERT_DIR": frozenset({"load_default_certs", "set_default_verify_paths"}),
    "PYTHONTZPATH": frozenset({"import zoneinfo"}),
    "PATH": frozenset(
        {
            "which",
            "get_exec_path",
            "Popen",
            "check_call",
            "check_output",
            "execvp",
            "execvpe",
            "execlp",
            "execlpe",
            "spawnvp",
            "spawnvpe",
            "spawnlp",
            "spawnlpe",
            "import subprocess",  # its `call(`, `run(`, `getoutput(` are no names to match: `app.run(` is none
        }
    ),  # the program lookup
    "PATHEXT": frozenset({"which"}),
    **dict.fromkeys(
        (name for scheme in ("http", "https", "all", "no") for name in (f"{scheme}_proxy", f"{scheme.upper()}_PROXY")),
        frozenset({"getproxies", "getproxies_environment", IMPORTED + "requests", IMPORTED + "httpx"}),
    ),  # `urllib.request`'s scan of `*_proxy`, which requests and httpx make for every request they send
}
"""Environment variables standard-library calls read themselves (`shutil.get_terminal_size` reads `COLUMNS`, and
so do the help formatters of `argparse` and `optparse` parsers, whose vendored copy gunicorn 20 dropped;
`ssl.create_default_context` logs TLS keys to `SSLKEYLOGFILE`; `shutil.which` searches `PATH` and `PATHEXT`, so jedi
0.18 dropping its Python 2 backport of `which` for the standard one reads both still), or a module on import
(`IMPORTED` + its name: `zoneinfo` reads `PYTHONTZPATH`). A release importing `subprocess` looks up on `PATH` the
programs it runs (scenedetect 0.6 dropped its own scan of `PATH` for a DLL; it still runs `subprocess.call(["ffmpeg",
...])`). A release importing requests or httpx sends its requests through a session that scans `*_proxy` itself
(`trust_env`): apache-libcloud 3.9 dropped its own `os.environ.get("https_proxy")` for requests' own scan."""
STDLIB_ENV_READERS = frozenset().union(*_STDLIB_READERS.values())
"""The names of those calls (what `Surface.called` keeps of the calls a release makes, beside its own methods)."""


_PRIVATE_SET = (
    *(re.compile(quote + rb"(_[A-Z][A-Z0-9_]{2,})" + quote + rb"\s*(?:\][ \t]*=(?!=)|:)") for quote in (b'"', b"'")),
    *(re.compile(setter + rb"""\(\s*["'](_[A-Z][A-Z0-9_]{2,})["']""") for setter in (b"putenv", b"setdefault")),
)
"""An underscored upper-case literal stored under (`env["_X"] = v`), given as a mapping's key (`{"_X": v}`) or set
(`os.putenv("_X", v)`, `os.environ.setdefault("_X", v)`); each pattern led by its literal (a quote and `_`, or
the setter's name)."""


def private_env_set(data: bytes) -> frozenset[str]:
    """The underscored variables the module puts into an environment itself: pyproject-hooks 1.2 hands
    `_PYPROJECT_HOOKS_BACKEND_PATH` to the hook subprocess it starts, whose script reads it. A private channel
    between the release's own processes is no user's configuration (see `diff`). Run only on a module spelling
    `environ` (`os.environ`, `extra_environ`)."""
    return frozenset(match.group(1).decode() for pattern in _PRIVATE_SET for match in pattern.finditer(data))


def stdlib_readers(name: str) -> frozenset[str]:
    """The standard-library calls that read the variable `name` themselves (see `_STDLIB_READERS`)."""
    return _STDLIB_READERS.get(name, frozenset())


def stdlib_still_reads(name: str, called: tuple[str, ...] | frozenset[str]) -> bool:
    """A variable the release stopped reading itself, still honoured by a standard-library call it makes (click 8.0
    asks `shutil.get_terminal_size()` instead of reading `COLUMNS`): no behaviour a user set up is lost."""
    readers = _STDLIB_READERS.get(name)
    return readers is not None and not readers.isdisjoint(called)


_IMPORT_OS = re.compile(rb"\n[ \t]*import[ \t]+os(?:[ \t]+as[ \t]+(\w+))?[ \t]*(?:#.*)?$", re.M)
_FROM_OS = re.compile(rb"\n[ \t]*from[ \t]+os[ \t]+import[ \t]+\(?([\w \t,]+)", re.M)
"""Both anchored on the newline before the line (searched in the source with one prepended), not on `^`: the scan
then jumps from newline to newline instead of trying the pattern at every byte."""


def _os_aliases(data: bytes) -> tuple[set[str], set[str], set[str]]:
    """Names bound to the `os` module, to `os.environ`, and to `os.getenv` by the module's imports."""
    lines = b"\n" + data
    os_names = {(m.group(1) or b"os").decode() for m in _IMPORT_OS.finditer(lines)}
    environ_names: set[str] = set()
    getenv_names: set[str] = set()
    for match in _FROM_OS.finditer(lines):
        for item in match.group(1).decode().split(","):
            name, _, alias = item.strip().partition(" as ")
            if name.strip() == "environ":
                environ_names.add(alias.strip() or "environ")
            elif name.strip() == "getenv":
                getenv_names.add(alias.strip() or "getenv")
    return os_names, environ_names, getenv_names


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
        return node.value
    return None


def _functions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Functions at module level and in classes (bodies are not walked)."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        stmt = pending.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield stmt
        elif isinstance(stmt, ast.ClassDef):
            pending.extend(stmt.body)
        elif isinstance(stmt, (ast.If, ast.Try)):
            pending.extend(stmt.body)
            pending.extend(stmt.orelse)


def _message_only_spans(tree: ast.Module, lines: set[int]) -> list[tuple[int, int]]:
    """Line spans of functions that end by raising, after their last `return`: a read there only words the error
    (click's `LANG`/`LC_ALL` in its locale error), it configures nothing. Only functions holding one of `lines` are
    walked (a span lies within its function)."""
    spans = []
    for node in _functions(tree):
        if node.body and isinstance(node.body[-1], ast.Raise) and _holds(node, lines):
            returns = [sub.lineno for sub in walk(node) if isinstance(sub, ast.Return)]
            spans.append((max(returns, default=node.body[0].lineno - 1) + 1, node.body[-1].lineno))
    return spans


def _holds(node: ast.FunctionDef | ast.AsyncFunctionDef, lines: set[int]) -> bool:
    end = node.end_lineno or node.lineno
    return any(node.lineno <= line <= end for line in lines)


def _read_back(tree: ast.Module, nodes: list[ast.AST], is_environ: Callable[[ast.expr], bool]) -> set[tuple[str, int]]:
    """(name, line) of the reads among `nodes` that follow, in the same function, a statement of its body setting that
    variable whatever the path (`os.environ["X"] = ...`): they read back the release's own value, never a user's (pbr
    6.1's `_coverage_before` sets `PYTHON` and logs `os.environ['PYTHON']`)."""
    reads: list[tuple[str, int]] = []
    for node in nodes:
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and is_environ(node.value):
            name = _literal(node.slice)
            if name is not None:
                reads.append((name, node.lineno))
    found: set[tuple[str, int]] = set()
    if not reads:
        return found
    for function in _functions(tree):
        end = function.end_lineno or function.lineno
        for stmt in function.body:
            if not isinstance(stmt, ast.Assign):
                continue
            for target in stmt.targets:
                if isinstance(target, ast.Subscript) and is_environ(target.value):
                    name = _literal(target.slice)
                    found.update(read for read in reads if read[0] == name and stmt.lineno < read[1] <= end)
    return found


def _asserted(nodes: list[ast.AST]) -> set[int]:
    """Ids of the nodes in the tests of `assert` statements among `nodes`: a read there only checks that the variable
    is set for whatever consumes it (speechrecognition 3.12's `assert os.environ.get('GOOGLE_APPLICATION_CREDENTIALS')
    is not None` before google-cloud-speech reads it), and `python -O` skips it: no setting the release reads."""
    return {id(sub) for node in nodes if isinstance(node, ast.Assert) for sub in walk(node.test)}


class EnvReads(NamedTuple):
    """What a module reads of the environment: variable name -> first line it reads it, and the shapes of names it
    may read without spelling them (see `keyshapes.spelled_by`: `EXT_*` of `os.environ.get(PREFIX + name)` or of a
    scan `k.startswith("EXT_")` over `os.environ`; `*` when a helper it hands names to is called with others)."""

    names: dict[str, int]
    shapes: frozenset[str] = frozenset()
    handoffs: tuple[EnvHandoff, ...] = ()
    """Calls handing the environment mapping itself to a helper (see `envhanded`)."""
    through: tuple[tuple[str, int], ...] = ()
    """(dotted name, line) of each read keyed by a constant the module does not bind itself (`os.environ.get(ENV_KEY)`
    after `from .gpos import ENV_KEY`): the variable is the string its module binds it to (`surface`)."""


def read_env_vars(tree: ast.Module, data: bytes, starts: list[int] | None = None) -> EnvReads:
    """What the module reads of the environment (reads that only word an error message left out)."""
    os_names, environ_names, getenv_names = _os_aliases(data)
    if not (os_names or environ_names or getenv_names):
        return EnvReads({})
    environ_paths = {f"{name}.environ" for name in os_names} | environ_names
    getenv_paths = {f"{name}.getenv" for name in os_names} | getenv_names

    def is_environ(node: ast.expr) -> bool:
        return dotted_name(node) in environ_paths

    found: dict[str, int] = {}
    shapes: set[str] = set()
    through: list[tuple[str, int]] = []
    by_name: list[tuple[ast.Name, int]] = []
    words = {"environ", "getenv"} | environ_names | getenv_names
    constants = _module_constants(tree)
    attributes = ClassConstants(tree, data, starts)  # looked up at a read through an attribute (rare)
    visited = list(nodes_on(tree, candidate_lines(data, words, starts)))  # read twice: the keys, the hand-offs
    written = _read_back(tree, visited, is_environ)
    discarded = {id(node.value) for node in visited if isinstance(node, ast.Expr)}
    asserted = _asserted(visited)
    for node in visited:
        if id(node) in asserted:
            continue
        key: ast.expr | None = None
        if isinstance(node, ast.Call):
            func = node.func
            first = node.args[0] if node.args else None
            if isinstance(func, ast.Attribute) and func.attr in _READ_METHODS and is_environ(func.value):
                key = None if func.attr == "setdefault" and id(node) in discarded else first
            elif dotted_name(func) in getenv_paths:
                key = first
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and is_environ(node.value):
            key = node.slice
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
            if is_environ(node.comparators[0]):
                key = node.left
        elif isinstance(node, (ast.For, *_COMPREHENSIONS)):
            shapes.update(_scanned_prefixes(node, is_environ, constants))
        name = _literal(key) or _named_constant(key, constants)
        if name is None and isinstance(key, ast.Attribute) and isinstance(key.value, ast.Name):
            name = attributes.get(key.attr)
        if name is not None and (name, getattr(node, "lineno", 0)) in written:
            continue
        if name is not None and (name not in found or found[name] > getattr(node, "lineno", 0)):
            found[name] = getattr(node, "lineno", 0)
        elif _named_by_constant(key) and (dotted := _imported_constant(key)) is not None:
            through.append((dotted, getattr(node, "lineno", 0)))  # looked up where it is bound (`surface`)
        elif _named_by_constant(key):
            shapes.add("*")  # bound more than once, or on `self`: which variable it names is not read here
        elif isinstance(key, ast.Name):
            by_name.append((key, getattr(node, "lineno", 0)))
        elif key is not None and (shape := spelled_at_run_time(key)) is not None:
            shapes.add(shape)
    if by_name:
        index = TreeIndex(tree, data, starts, (line for _, line in by_name))
        given, unknown = keys_through_names(index, by_name, bool)
        found.update((name, line) for name, line in given.items() if name not in found)
        shapes.update(["*"] if unknown else loop_shapes(index, by_name))
    found = {name: line for name, line in found.items() if name not in SET_BY_RUNNERS}
    if found:
        spans = _message_only_spans(tree, set(found.values()))
        found = {name: line for name, line in found.items() if not any(a <= line <= b for a, b in spans)}
    return EnvReads(found, frozenset(shapes), environ_handoffs(visited, is_environ), tuple(through))


def environ_handoffs(nodes: Iterable[ast.AST], is_environ: Callable[[ast.expr], bool]) -> tuple[EnvHandoff, ...]:
    """Of `nodes` (the module's subtrees on the lines spelling the environment), the calls passing the environment
    itself (`helper(key, os.environ)`, `helper(env=os.environ)`), at most `MAX_KEYED`: a call of `os.environ.get`,
    `dict(os.environ)` or `subprocess.run(env=os.environ)` hands it to nothing of the distribution, and finds no
    helper of its own when resolved."""
    found: list[EnvHandoff] = []
    for node in nodes:
        if not isinstance(node, ast.Call) or (callee := dotted_name(node.func)) is None:
            continue
        given: list[tuple[int | str, ast.expr]] = [
            *enumerate(node.args),
            *((k.arg, k.value) for k in node.keywords if k.arg),
        ]
        at = next((slot for slot, value in given if is_environ(value)), None)
        if at is None:
            continue
        literals = tuple(
            (slot, value.value)
            for slot, value in given
            if isinstance(value, ast.Constant) and isinstance(value.value, str)
        )
        found.append(EnvHandoff(callee, at, literals, node.lineno))
        if len(found) >= MAX_KEYED:
            break
    return tuple(found)


_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _scanned_prefixes(node: ast.AST, is_environ: Callable[[ast.expr], bool], constants: dict[str, str]) -> list[str]:
    """`P*` for a loop over the environment testing its names with `name.startswith("P")` (`{k: v for k, v in
    os.environ.items() if k.startswith("EXT_")}`), the prefix a literal or a module constant bound once to one
    (`PREFIX = "EXT_"`): it reads every variable so named."""
    generators = node.generators if isinstance(node, _COMPREHENSIONS) else [node]
    names: set[str] = set()
    for generator in generators:
        over = generator.iter  # type: ignore[attr-defined]
        if isinstance(over, ast.Call) and isinstance(over.func, ast.Attribute) and over.func.attr in ("items", "keys"):
            over = over.func.value
        target = generator.target  # type: ignore[attr-defined]
        target = target.elts[0] if isinstance(target, ast.Tuple) and target.elts else target
        if is_environ(over) and isinstance(target, ast.Name):
            names.add(target.id)
    if not names:
        return []
    return [
        f"{prefix}*"
        for sub in walk(node)
        if isinstance(sub, ast.Call)
        and isinstance(sub.func, ast.Attribute)
        and sub.func.attr == "startswith"
        and dotted_name(sub.func.value) in names
        and sub.args
        and (prefix := _literal(sub.args[0]) or _named_constant(sub.args[0], constants)) is not None
    ]


def _named_constant(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    """The string a plain name holds when the module binds it once, at its top level, to a literal."""
    return constants.get(node.id) if isinstance(node, ast.Name) else None


def _named_by_constant(key: ast.expr | None) -> bool:
    """The key is a constant's name (`TIMEOUT_VAR`, `constants.ENV_TIMEOUT`, `self.TIMEOUT_VAR`): upper case."""
    name = key.id if isinstance(key, ast.Name) else key.attr if isinstance(key, ast.Attribute) else ""
    return _CONSTANT_NAME.match(name) is not None


_CONSTANT_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\Z")


def _imported_constant(key: ast.expr | None) -> str | None:
    """The dotted name of a constant named where the module's own literals did not say (`ENV_KEY` imported,
    `consts.ENV_KEY`), looked up where it is bound; None for one on `self` or `cls` (see `ClassConstants`)."""
    dotted = dotted_name(key) if isinstance(key, (ast.Name, ast.Attribute)) else None
    return None if dotted is None or dotted.split(".")[0] in ("self", "cls") else dotted


def text_constants(tree: ast.Module) -> dict[str, str]:
    """The module's constants (upper-case names bound once at its top level) holding a string literal -> the string:
    what another module reading the environment through one of them (`os.environ.get(ENV_KEY)`) reads."""
    return {name: text for name, text in _module_constants(tree).items() if _CONSTANT_NAME.match(name)}


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Names the module binds once at its top level, to a string literal -> the string (gathered once per module: a
    module of many reads through names must not walk its top level once per read)."""
    return _bound_once_to_literals(tree.body)


class ClassConstants:
    """Attributes the module's class bodies bind once, to a string literal -> the string: the variable a read
    through `self.timeout_var` names when the class says `timeout_var = "DEMO_TIMEOUT"`. An attribute bound in two
    classes, or to anything else, names no one variable and is left out. The first attributes are each looked up in
    the classes spanning the lines that spell them (a walk of the whole module for every module reading through an
    attribute cost a sixth of reading werkzeug's `serving`); past them, one walk gathers every class's (a search per
    attribute of thousands would read the module thousands of times)."""

    def __init__(self, tree: ast.Module, data: bytes, starts: list[int] | None) -> None:
        self._tree, self._data, self._starts = tree, data, starts
        self._found: dict[str, str | None] = {}
        self._all: dict[str, str] | None = None

    def get(self, name: str) -> str | None:
        if self._all is None and (len(self._found) >= _SEARCHED_ATTRIBUTES or not name.isascii()):
            self._all = _bound_once_to_literals(_class_bodies(walk(self._tree)))  # ASCII word boundaries only
        if self._all is not None:
            return self._all.get(name)
        if name not in self._found:
            lines = candidate_lines(self._data, {name}, self._starts)
            found = _bound_once_to_literals(_class_bodies(nodes_on(self._tree, lines) if lines else ()), name)
            self._found[name] = found.get(name)
        return self._found[name]


_SEARCHED_ATTRIBUTES = 4
"""Attributes each looked up on the lines spelling them; past them, one walk serves every one."""


def _class_bodies(nodes: Iterable[ast.AST]) -> list[ast.stmt]:
    return [stmt for node in nodes if isinstance(node, ast.ClassDef) for stmt in node.body]


def _bound_once_to_literals(body: list[ast.stmt], only: str | None = None) -> dict[str, str]:
    """Names `body` binds once, to a string literal -> the string (`only` that name, when given)."""
    bound: dict[str, list[ast.expr | None]] = {}
    for stmt in body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            for target in stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]:
                if isinstance(target, ast.Name) and (only is None or target.id == only):
                    bound.setdefault(target.id, []).append(stmt.value)
    return {name: text for name, values in bound.items() if len(values) == 1 and (text := _literal(values[0]))}


GITHUB_ACTIONS_DEFAULTS = (
    "GITHUB_ACTION",
    "GITHUB_ACTIONS",
    "GITHUB_ACTOR",
    "GITHUB_BASE_REF",
    "GITHUB_EVENT_NAME",
    "GITHUB_EVENT_PATH",
    "GITHUB_HEAD_REF",
    "GITHUB_JOB",
    "GITHUB_REF",
    "GITHUB_REF_NAME",
    "GITHUB_REPOSITORY",
    "GITHUB_RUN_ATTEMPT",
    "GITHUB_RUN_ID",
    "GITHUB_RUN_NUMBER",
    "GITHUB_SHA",
    "GITHUB_WORKFLOW",
    "GITHUB_WORKSPACE",
)
"""Variables the GitHub Actions runner sets for every step it runs (its documented defaults; not `GITHUB_TOKEN`, which
a workflow hands on when it chooses to): twisted 24.11's release tooling stopped testing `GITHUB_HEAD_REF`."""

SET_BY_RUNNERS = frozenset(
    {
        "PYTEST_CURRENT_TEST",
        "PYTEST_VERSION",
        "PYTEST_XDIST_WORKER",
        "PYTEST_XDIST_WORKER_COUNT",
        "PYTEST_XDIST_TESTRUNUID",
        "WERKZEUG_RUN_MAIN",
        "WERKZEUG_SERVER_FD",
        *GITHUB_ACTIONS_DEFAULTS,
    }
)
"""Variables a runner sets for the process it starts, which code reads to learn where it runs: pytest (and xdist) for
the tests they run (alembic 1.4's `get_current_test_name`), werkzeug's reloader for the child it restarts, a CI runner
for its steps
(flask-apscheduler 1.12.0 and flask-socketio 4.2 test `WERKZEUG_RUN_MAIN` not to start twice). No user configures
them, and an app testing one itself is no user of the library's read: a release no longer reading one is no claim."""


INTERPRETER_VARIABLES = frozenset(
    {
        *(
            f"PYTHON{name}"
            for name in (
                "ASYNCIODEBUG", "BREAKPOINT", "CASEOK", "COERCECLOCALE", "DEBUG", "DEVMODE", "DONTWRITEBYTECODE",
                "EXECUTABLE", "FAULTHANDLER", "HASHSEED", "HOME", "INSPECT", "INTMAXSTRDIGITS", "IOENCODING",
                "LEGACYWINDOWSFSENCODING", "LEGACYWINDOWSSTDIO", "MALLOC", "MALLOCSTATS", "NODEBUGRANGES",
                "NOUSERSITE", "OPTIMIZE", "PATH", "PERFSUPPORT", "PLATLIBDIR", "PROFILEIMPORTTIME",
                "PYCACHEPREFIX", "SAFEPATH", "STARTUP", "TRACEMALLOC", "UNBUFFERED", "USERBASE", "UTF8",
                "VERBOSE", "WARNDEFAULTENCODING", "WARNINGS",
            )
        ),
        *(
            f"PYTHON_{name}"
            for name in ("BASIC_REPL", "COLORS", "CPU_COUNT", "FROZEN_MODULES", "GIL", "HISTORY", "PERF_JIT_SUPPORT")
        ),
    }
)  # fmt: skip
"""The variables CPython reads itself at start-up (its documented environment, `python --help-env`): whoever sets
`PYTHONOPTIMIZE` or `PYTHONUNBUFFERED` (most Dockerfiles do) sets up the interpreter, which still honours it whatever
a library does. faststream 0.5 stopped testing `PYTHONOPTIMIZE` itself; nothing a user configured is lost. A library's
own `PYTHON_CONNECTION_CLASS` (elasticsearch 7) is none of them, hence a list and not the prefix."""

WINDOWS_SESSION_VARIABLES = frozenset(
    {
        "ALLUSERSPROFILE", "APPDATA", "COMMONPROGRAMFILES", "COMMONPROGRAMFILES(X86)", "COMMONPROGRAMW6432",
        "COMPUTERNAME", "COMSPEC", "HOMEDRIVE", "HOMEPATH", "HOMESHARE", "LOCALAPPDATA", "LOGONSERVER",
        "NUMBER_OF_PROCESSORS", "OS", "PROCESSOR_ARCHITECTURE", "PROCESSOR_ARCHITEW6432", "PROCESSOR_IDENTIFIER",
        "PROCESSOR_LEVEL", "PROCESSOR_REVISION", "PROGRAMDATA", "PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432",
        "PUBLIC", "SESSIONNAME", "SYSTEMDRIVE", "SYSTEMROOT", "USERDOMAIN", "USERPROFILE", "WINDIR",
    }
)  # fmt: skip
"""The variables Windows itself gives every logon session (its documented system and user profile variables): they
say where the OS put things, no user sets them to configure a library. inquirer 3.3 dropped its path validator that
took the root from `HOMEDRIVE`. Not `PATH`, `PATHEXT`, `TEMP` or `TMP`, which users do change (see
`_STDLIB_READERS` for reads the standard library keeps making of them)."""


def ci_flag(name: str) -> bool:
    """A variable named for a CI run, `CI` or a name with a `CI` part (mne 1.5's `AZURE_CI_WINDOWS`, which mne's own
    pipeline sets to skip anti-aliasing there; `GITLAB_CI`): read to learn whether the code runs under CI, set by the
    runner or the project's pipeline, never by a user configuring the library: a release no longer reading one is no
    claim. A service's flag spelled otherwise stays claimed: tox 3 applied a user's `[tox:jenkins]` section when
    `JENKINS_URL` was set."""
    return "CI" in name.upper().split("_")


def owned_by_platform(name: str) -> bool:
    """A variable the interpreter or the operating system owns: a release no longer reading it drops no setting a
    user made (Windows spells names in any case)."""
    upper = name.upper()
    return upper in INTERPRETER_VARIABLES or upper in WINDOWS_SESSION_VARIABLES


_PREFIX_KEY = "auto_envvar_prefix"
_OPTION_DECLARED = re.compile(rb"""['"]--?([A-Za-z][A-Za-z0-9_-]*)(?:/[^'"\n]*)?['"]""")
"""A string spelling a dashed option (`"--app"`, `"-A"`, `"--debug/--no-debug"`): click derives the environment
variables of options only (an argument reads none unless given `envvar=`), and names each after one of its dashed
spellings; every such spelling is kept, a superset of the names click picks (no claim is the safe side)."""


def _literals(node: ast.expr | None) -> list[str]:
    """A string literal, or the string literals of a list or tuple display (`envvar=["A", "B"]`)."""
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for item in node.elts if (text := _literal(item)) is not None]
    text = _literal(node)
    return [] if text is None else [text]


def _prefix_set(node: ast.AST) -> str | None:
    """The prefix a node sets as click's `auto_envvar_prefix`: a keyword, `settings.setdefault(key, "P")`, a dict
    display's entry or a subscript assignment."""
    if isinstance(node, ast.keyword) and node.arg == _PREFIX_KEY:
        return _literal(node.value)
    if isinstance(node, ast.Call) and len(node.args) == 2 and _literal(node.args[0]) == _PREFIX_KEY:
        return _literal(node.args[1])
    if isinstance(node, ast.Dict):
        return next(
            (_literal(v) for k, v in zip(node.keys, node.values, strict=True) if _literal(k) == _PREFIX_KEY), None
        )
    if isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Subscript) and _literal(t.slice) == _PREFIX_KEY for t in node.targets
    ):
        return _literal(node.value)
    return None


_OPTION_SPELLINGS = tuple(
    re.compile(quote + rb"--?([A-Za-z][A-Za-z0-9_-]*)(?:/[^" + quote + rb"\n]*)?" + quote) for quote in (b'"', b"'")
)
"""`_OPTION_DECLARED` split by quote, each pattern led by its literal quote and dash (a leading character class is
tried at every byte)."""


def declared_options(data: bytes) -> frozenset[str]:
    """The upper-cased names a module's dashed option spellings give (`"--env-file"` -> ENV_FILE)."""
    return frozenset(
        m.decode().replace("-", "_").upper() for pattern in _OPTION_SPELLINGS for m in pattern.findall(data)
    )


def read_click_env(
    tree: ast.Module, data: bytes, starts: list[int] | None = None
) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """What click reads from the environment for a module's commands: variables named by `envvar=` (name -> line),
    the prefixes `auto_envvar_prefix` sets (prefix -> line), and the names of the options the module declares
    (click derives `PREFIX_NAME`, or `PREFIX_COMMAND_NAME` below a group, for each: flask 2.2 reads FLASK_APP
    through its `--app` option and `auto_envvar_prefix="FLASK"`, no longer with `os.environ`)."""
    named: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    if b"envvar" in data:
        for node in nodes_on(tree, candidate_lines(data, {"envvar", _PREFIX_KEY}, starts)):
            line = getattr(node, "lineno", 0)
            if isinstance(node, ast.keyword) and node.arg == "envvar":
                for name in _literals(node.value):
                    named.setdefault(name, line)
            if (prefix := _prefix_set(node)) is not None:
                prefixes.setdefault(prefix.upper(), line)
    return named, prefixes, declared_options(data)


def named_for_dependency(name: str, package: str, requires: Iterable[str]) -> bool:
    """A variable named for a distribution the release requires (flask 2.1 read werkzeug's `WERKZEUG_RUN_MAIN`
    itself, 2.2 asks werkzeug's `is_running_from_reloader()`): that distribution's setting, which it still reads
    whatever the release does. One named for the release itself stays its own (`FLASK_FOO_KEY` in flask-foo).
    Leading underscores are no part of the name's owner (joblib's `__JOBLIB_SPAWNED_PARALLEL__`)."""
    name = name.lstrip("_")
    if name.startswith(_env_prefix(package)):
        return False
    for value in requires:
        try:
            dependency = Requirement(value).name
        except InvalidRequirement:
            continue
        if name.startswith(_env_prefix(dependency)):
            return True
    return False


VENDOR_FOLDERS = frozenset(
    {"packages", "vendor", "_vendor", "vendored", "_vendored", "extern", "_extern", "externals", "_externals"}
    | {"third_party", "_third_party"}
)
"""Folders a release copies other distributions into (requests 2.15's `requests/packages/urllib3`, scikit-learn
0.20's `sklearn/externals/joblib`)."""


def read_by_vendored_dependency(file: str, requires: Iterable[str]) -> bool:
    """The read was in a copy of another distribution the release vendored (`requests/packages/urllib3/...`) that
    it now requires instead (requests 2.16.1 unvendored urllib3): that distribution still makes the read."""
    parts = file.replace("\\", "/").split("/")
    vendored = {
        canonicalize_name(parts[index + 1].removesuffix(".py"))
        for index, part in enumerate(parts[:-1])
        if part in VENDOR_FOLDERS and index > 0
    }
    if not vendored:
        return False
    for value in requires:
        try:
            if canonicalize_name(Requirement(value).name) in vendored:
                return True
        except InvalidRequirement:
            continue
    return False


def _env_prefix(distribution: str) -> str:
    """How a distribution's own environment variables begin: `flask-sqlalchemy` -> `FLASK_SQLALCHEMY_`."""
    return canonicalize_name(distribution).replace("-", "_").upper() + "_"


def read_under_prefix(name: str, shapes: Iterable[str], prefixes: Iterable[str]) -> bool:
    """A dependency reads `name` as a prefix the release spells, joined at run time to a rest the dependency spells
    (its `*_REST` shapes, see `lazydeps`): setuptools-scm 10 hands `"SETUPTOOLS_SCM"` to vcs-versioning, whose
    `reader.read("HG_COMMAND")` looks up `SETUPTOOLS_SCM_HG_COMMAND`. A rest nobody spells, or a prefix the
    release no longer spells, is no read."""
    given = set(prefixes)
    return any(
        shape.startswith("*_") and name.endswith(shape[1:]) and name[: -len(shape) + 1] in given for shape in shapes
    )


def derived_by_click(name: str, prefixes: Iterable[str], params: Iterable[str]) -> bool:
    """Click may read `name` for a declared parameter under one of `prefixes`: `PREFIX_PARAM` for a group's own
    parameter, `PREFIX_..._PARAM` for a subcommand's."""
    rests = [name[len(prefix) + 1 :] for prefix in prefixes if name.startswith(prefix + "_")]
    return any(rest == param or rest.endswith("_" + param) for rest in rests for param in params)
