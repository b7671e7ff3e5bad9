"""Example scripts a distribution ships inside its package (arcade 2.6's `arcade.examples.performance_statistics`):
programs run with `python -m`, never imported by dependents, so what they define changing is no API change. Decided
from evidence, never from the name alone: the module lies in a package named `examples`, `example`, `demos` or
`demo` below the top level, and it runs as a script (a `__main__` guard, a top-level `run()` / `main()` call, or work
done when loaded: a top-level `print(...)`, loop, or call driving a value rather than a module, as roboticstoolbox's
`examples/icra2021.py` and vedo's `examples/advanced/cut_with_mesh1.py`, `plt = Plotter(...)` then
`plt.interactive().close()`).
A helper module there that only defines things stays public, and so does a module merely named like one
(`pkg.exampleutils`). A module named as tests that runs itself under a `__main__` guard is such a program too (see
`test_script`)."""

from __future__ import annotations

import ast

from bot.apidiff.testcode import MAX_PARTS, test_named

EXAMPLE_FOLDERS = frozenset(("examples", "example", "demos", "demo"))
_ENTRY_CALLS = frozenset(("run", "main"))
_OUTPUT_CALLS = frozenset(("print",))
"""Calls a module makes at its top level only to show what it ran: no module that only defines things prints."""
_LOOPS = (ast.For, ast.AsyncFor, ast.While)


def example_named(module: str) -> bool:
    """The module lies in a package named as examples, below the top-level package."""
    return any(part in EXAMPLE_FOLDERS for part in module.split(".")[1:MAX_PARTS][:-1])


def _main_guard(stmt: ast.stmt) -> bool:
    """`if __name__ == "__main__":` (either way round)."""
    test = stmt.test if isinstance(stmt, ast.If) else None
    if not isinstance(test, ast.Compare) or len(test.comparators) != 1 or not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, test.comparators[0]]
    named = any(isinstance(side, ast.Name) and side.id == "__name__" for side in sides)
    return named and any(isinstance(side, ast.Constant) and side.value == "__main__" for side in sides)


def _entry_call(stmt: ast.stmt) -> bool:
    """A top-level `run()` / `main()` call statement (`arcade.run()`, `pyglet.app.run()`), or a bare `print(...)`:
    it runs when loaded."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not isinstance(call, ast.Call):
        return False
    func = call.func
    if isinstance(func, ast.Name) and func.id in _OUTPUT_CALLS:
        return True
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name in _ENTRY_CALLS


def _drives_a_value(stmt: ast.stmt, assigned: set[str]) -> bool:
    """A top-level call statement of a method of a value: one a call returned (`show(...).close()`) or one the module
    assigned (`plt.show()` after `plt = Plotter()`), not of a module it imported (`matplotlib.use("Agg")`)."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
        return False
    node = call.func.value
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        if isinstance(node, ast.Call):
            return True
        node = node.value
    return isinstance(node, ast.Name) and node.id in assigned


def test_script(module: str, tree: ast.Module, is_package: bool) -> bool:
    """A module named as tests that runs itself under a `__main__` guard: a test program on a harness of its own,
    with no test framework to tell it by (see `testcode`): pyfiglet 1.0's `pyfiglet/test.py`, whose `Test.check_font`
    only its `main()` calls. Never a package's `__init__`, which importing any of its modules runs: pycryptodome's
    `Crypto/SelfTest/__init__.py` guards a `__main__` run too, and its `run()` is the documented self-test. A module
    whose name ends in "test" that prints (or calls `main()`) when loaded is a scratch test script too, whatever it
    star-imports (spatialmath 1.1's `pluckertest.py` prints a robot's twists and shows a plot)."""
    name = module.rsplit(".", 1)[-1]
    if is_package:
        return False
    if test_named(name) and any(_main_guard(stmt) for stmt in tree.body):
        return True
    return (test_named(name) or name.endswith("test")) and any(_entry_call(stmt) for stmt in tree.body)


def runs_as_script(tree: ast.Module) -> bool:
    """The module's top level runs a program: a `__main__` guard, an entry call, a print, a loop (stepping a
    simulation, a trajectory when loaded) or a call driving a value."""
    assigned = {
        target.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        for target in stmt.targets
        if isinstance(target, ast.Name)
    }
    return any(
        _main_guard(stmt) or _entry_call(stmt) or isinstance(stmt, _LOOPS) or _drives_a_value(stmt, assigned)
        for stmt in tree.body
    )


def runs_for_effect(tree: ast.Module) -> bool:
    """A module that defines nothing public and whose top level sets the running interpreter's state (`sys.prefix =
    base`, `sys.path[:] = ...`, `os.environ["PATH"] = ...`): a script run for that effect (virtualenv's
    `activation/python/activate_this.py`, run with `exec(open(path).read(), ...)` or `runpy.run_path` to activate an
    environment; 21.x's even names an undefined `__BIN_NAME__`, filled in when written out), whose globals are its
    working variables, never imported. Only the top-level statements are looked at: cheap."""
    sets_state = False
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not stmt.name.startswith("_"):
            return False
        sets_state = sets_state or isinstance(stmt, ast.Assign) and any(_interpreter_state(t) for t in stmt.targets)
    return sets_state


def _interpreter_state(target: ast.expr) -> bool:
    """`sys.<name>`, `sys.<name>[...]` or `os.environ[...]`; not `sys.modules[...]`, which replaces a module by an
    object that is the API (a lazy loader's)."""
    node = target.value if isinstance(target, ast.Subscript) else target
    if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name) or node.attr == "modules":
        return False
    return node.value.id == "sys" or (node.value.id == "os" and node.attr == "environ" and node is not target)
