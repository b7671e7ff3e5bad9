"""Test code a distribution ships among its modules (responses 0.19's `responses.test_matchers`, jsonargparse's
`jsonargparse_tests` package): what it defines is run by pytest, never imported by dependents, so its removal or
change is reported as private API with a note of its own, never as a public break. Decided from evidence, never
from the name alone: the name says test, the module imports a test framework (see `_FRAMEWORKS`), and most of what
it defines is tests (`test_*` functions, `Test*` classes with test methods; a quarter in a file pytest collects by
default, `test_*.py`, which often defines the classes its tests use); a `conftest` importing pytest is pytest's plugin
file. A file pytest collects by default that lies beside the module it is named after (cirq's `cirq/sim/
simulator_test.py` next to `simulator.py`, run by pytest's plain `assert`s with no import of it) needs no framework
import.
Helpers shipped for dependents' tests (hydra's `hydra.test_utils.launcher_common_tests.LauncherTestSuite`,
faststream's `broker.test.TestBroker`, werkzeug's `test.py`) stay public."""

from __future__ import annotations

from collections.abc import Container, Iterable

from bot.apidiff.raw import Binding, RawAttribute, RawCallable, RawClass, RawImport, RawModule

_FRAMEWORKS = frozenset(("pytest", "unittest", "unittest2", "nose", "nose2", "twisted.trial"))
"""Test frameworks, by module or package: python-nmap's `nmap/test_nmap.py` runs under nose (`from nose.tools import
assert_equals`), a Twisted project's tests under trial (`from twisted.trial import unittest`), jenkinsapi 0.3.6's
under unittest's backport (`try: import unittest2 as unittest`)."""
_SPEC_METHODS = ("it_", "they_")
"""The test methods of a spec-style suite, a `DescribeX` class whose methods say what X does (`it_splits_...`):
pytest collects them when configured so (`python_classes = Describe`, `python_functions = it_ they_`), as
unstructured's shipped `test_unstructured` package and python-docx's tests are written."""
MAX_PARTS = 32
"""Dotted parts of a module path looked at (a hostile path of thousands of parts is cut)."""


def test_named(part: str) -> bool:
    """A module or package name that says test: `tests`, `test_x`, `x_test`, `x_tests`, `conftest`, or in CamelCase
    `XTest`, `XTests` (pycryptodome's `Crypto/SelfTest/`)."""
    return (
        part in ("test", "tests", "conftest")
        or part.startswith("test_")
        or part.endswith(("_test", "_tests", "Test", "Tests"))
    )


def is_test_module(raw: RawModule, modules: Container[str]) -> bool:
    """See the module's docstring; `modules` are the release's module paths."""
    parts = raw.module.split(".")[:MAX_PARTS]
    bindings = [binding for found in raw.bindings.values() for binding in found]
    if _test_settings(parts, bindings):
        return True
    if not any(test_named(part) for part in parts):
        return False
    defined = [b for b in bindings if isinstance(b, (RawCallable, RawClass)) and not b.name.startswith("_")]
    framework = any(isinstance(b, RawImport) and _framework(b.module) for b in bindings) or any(
        isinstance(b, RawClass) and _is_test(b) and _on_a_test_case(b) for b in defined
    )
    if not framework and not _beside_its_subject(parts, modules):
        return False
    if parts[-1] == "conftest":
        return True
    tests = sum(_test_count(b) for b in _tests_among(defined))
    # a file pytest collects by default (`test_*.py`, `*_test.py`) may define many helpers beside its tests
    share = 4 if _collected_name(parts[-1]) else 2
    return tests > 0 and share * tests >= len(defined)


def _test_settings(parts: list[str], bindings: list[Binding]) -> bool:
    """The settings module of the release's own test run (django-guardian 2.4's `guardian/testapp/testsettings.py`,
    the `DJANGO_SETTINGS_MODULE` its tests run under): named `*settings` below the root, under a name that starts
    with `test` (`testapp`, `testsettings`, `test_settings`), and spelling settings (no public def or class; most
    names upper-case, beside helpers such as its `env = environ.Env()`). Its values configure the project's tests;
    no dependent imports them."""
    if not parts[-1].endswith("settings") or not any(part.startswith("test") for part in parts[1:]):
        return False
    names = [b for b in bindings if not isinstance(b, RawImport) and not b.name.startswith("_")]
    if any(not isinstance(b, RawAttribute) for b in names):
        return False
    return 2 * sum(b.name.isupper() for b in names) > len(names)


def run_by_pytest(raw: RawModule, folders: frozenset[str]) -> bool:
    """A file pytest collects by its name (`test_x`, `x_test`) defining tests, in or below one of `folders`, whose
    `conftest.py` gives fixtures or hooks (see `locate.pytest_folders`): its tests take the fixtures as parameters and
    assert plainly, importing no framework (jenkinsapi 0.3.7's `systests/test_queue.py`)."""
    parts = raw.module.split(".")[:MAX_PARTS]
    under = any(".".join(parts[:end]) in folders for end in range(1, len(parts)))
    return under and _collected_name(parts[-1]) and defines_tests(raw)


def _beside_its_subject(parts: list[str], modules: Container[str]) -> bool:
    """A file pytest collects by default, `x_test.py` or `test_x.py`, in the package of a module `x`."""
    name = parts[-1]
    if name.startswith("test_"):
        return ".".join([*parts[:-1], name[len("test_") :]]) in modules
    return name.endswith("_test") and ".".join([*parts[:-1], name[: -len("_test")]]) in modules


def _framework(module: str) -> bool:
    """The module is a test framework or lies in one (`nose.tools`, `twisted.trial.unittest`)."""
    parts = module.split(".", 2)
    return any(".".join(parts[:end]) in _FRAMEWORKS for end in (1, 2))


def defines_tests(raw: RawModule) -> bool:
    """Some public top-level def of the module is a test (`test_*`, or a `Test*` class with test methods)."""
    return any(isinstance(b, (RawCallable, RawClass)) and _is_test(b) for found in raw.bindings.values() for b in found)


def _is_test(binding: RawCallable | RawClass) -> bool:
    """A `test_*` function, a spec-style `Describe*` suite with `it_*` methods (see `_SPEC_METHODS`), or a class
    named as tests (see `_test_named_class`) or written on a `TestCase` base, with `test*` methods of its own or
    unittest's default `runTest` (faststream's `TestBroker`, a helper dependents use in their tests, has none; ecdsa
    0.14's `test_pyecdsa.ECDSA(unittest.TestCase)` is named for what it tests, pycryptodome 3's `SelfTest` cases run
    `runTest`)."""
    if isinstance(binding, RawCallable):
        return binding.name.startswith("test_")
    if binding.name.startswith("Describe"):
        return any(name.startswith(_SPEC_METHODS) for name in binding.members)
    named = _test_named_class(binding.name) or _on_a_test_case(binding)
    return named and any(name.startswith("test") or name == "runTest" for name in binding.members)


def is_test_case(cls: RawClass) -> bool:
    """A unittest case with tests of its own written inside a library module (aptos-sdk 0.8's `transactions.Test(
    unittest.TestCase)` below `SignedTransaction`): unittest's runner runs it, no dependent imports it, so its members
    are test code though the module is not."""
    return _on_a_test_case(cls) and _is_test(cls)


def _on_a_test_case(cls: RawClass) -> bool:
    """Written on a `TestCase` base, whichever library gives it (coloredlogs 14's `tests.py`: `ColoredLogsTestCase(
    humanfriendly.testing.TestCase)`): unittest's case, its test methods run by unittest's runner."""
    return any(base.rsplit(".", 1)[-1].endswith("TestCase") for base in cls.bases)


def _test_count(binding: RawCallable | RawClass) -> int:
    """How many tests a test definition holds: a test class, its test methods (coloredlogs 14's one case of 32 tests
    beside four helpers is mostly tests); a test function, one."""
    if isinstance(binding, RawCallable):
        return 1
    return max(1, sum(1 for name in binding.members if name.startswith(("test", *_SPEC_METHODS)) or name == "runTest"))


def _test_named_class(name: str) -> bool:
    """`TestX`, or unittest's `XTest`, `XTests`, `XTestCase`, `XTestsBase` (ZEO 5.4's `asyncio/tests.py` holds
    `ClientTests`, `FutureTestsBase`)."""
    return name.startswith("Test") or name.endswith(("Test", "Tests", "TestCase", "TestBase", "TestsBase"))


def _tests_among(defined: list[RawCallable | RawClass]) -> list[RawCallable | RawClass]:
    """The tests among a module's definitions: those `_is_test` accepts, and classes named as tests that derive from
    one of them, running its tests again in another setting (ZEO 5.4's `MsgpackClientTests(ClientTests)`); a class
    deriving only from a framework's base (`unittest.TestCase`) is not one by that alone, a helper may (django's
    `SimpleTestCase`)."""
    tests = [b for b in defined if _is_test(b)]
    names = {b.name for b in tests}
    for binding in defined:  # in order of definition: a base comes before the classes deriving from it
        if isinstance(binding, RawClass) and binding.name not in names and _test_named_class(binding.name):
            if any(base.rsplit(".", 1)[-1] in names for base in binding.bases):
                tests.append(binding)
                names.add(binding.name)
    return tests


def test_code_modules(tests: Iterable[str], modules: Iterable[str] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """(the test modules, the packages named as tests that hold one: `jsonargparse_tests`), from the test modules'
    paths and the release's `modules`. Such a package is test code itself only: its other modules may be helpers
    dependents import, but one pytest collects by its name (`test_x`, `x_test`) is a test too, whatever it imports
    (pycryptodome 3's `SelfTest/Hash/test_MD2.py` only builds its suite from a sibling's factories), and so is a
    subpackage of it holding only tests (see `_with_test_subpackages`)."""
    found = set(tests)
    packages: set[str] = set()
    for path in found:
        parts = path.split(".")[:MAX_PARTS]
        packages.update(".".join(parts[:end]) for end in range(1, len(parts)) if test_named(parts[end - 1]))
    modules = list(modules)
    for path in modules:
        parts = path.split(".")[:MAX_PARTS]
        if _collected_name(parts[-1]) and any(".".join(parts[:end]) in packages for end in range(1, len(parts))):
            found.add(path)
    return frozenset(_with_test_subpackages(modules, found, packages)), frozenset(packages)


def _with_test_subpackages(modules: list[str], tests: set[str], packages: set[str]) -> set[str]:
    """The `tests` and the subpackages of a test package whose every module is a test, deepest first so that a
    package of such packages is one too: their `__init__` can only gather those tests (pycryptodome 3's `Crypto/
    SelfTest/Hash/__init__.py` defines only `get_tests()`, importing each `test_*` module). The test package itself is
    not one: its `__init__` may hold what dependents call (`Crypto.SelfTest.run`)."""
    children: dict[str, list[str]] = {}
    for path in modules:
        children.setdefault(path.rpartition(".")[0], []).append(path)
    found = set(tests)
    for path in sorted(children.keys() & set(modules), key=lambda path: -path.count(".")):
        parts = path.split(".")[:MAX_PARTS]
        inside = any(".".join(parts[:end]) in packages for end in range(1, len(parts)))
        if inside and all(child in found for child in children[path]):
            found.add(path)
    return found


def _collected_name(name: str) -> bool:
    """A file name pytest collects by default: `test_*.py` or `*_test.py`."""
    return name.startswith("test_") or name.endswith("_test")


def in_test_code(path: str, modules: frozenset[str], packages: frozenset[str]) -> str | None:
    """The test module (or test package) `path` is or lies in, else None."""
    if path in packages:
        return path
    parts = path.split(".")[:MAX_PARTS]
    return next((".".join(parts[:end]) for end in range(1, len(parts) + 1) if ".".join(parts[:end]) in modules), None)
