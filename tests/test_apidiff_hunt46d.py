"""False claims found by hunt46d on testing tools and database drivers nobody tuned on: each class on its pinned real
example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class attribute the release's own class decorator now sets on the class it decorates --


def test_robot_7_5_library_decorator_keeps_the_library_scope() -> None:
    # 7.5's `@library(scope="GLOBAL", version=get_version(), ...) class BuiltIn`: `library`'s inner
    # `decorator(cls)` runs `cls.ROBOT_LIBRARY_SCOPE = scope`, replacing the class-body assignments of 7.4.2
    found = changes("robotframework", "7.4.2", "7.5")
    for library in ("BuiltIn.BuiltIn", "String.String", "Process.Process", "XML.XML"):
        assert ("removed", f"robot.libraries.{library}.ROBOT_LIBRARY_SCOPE") not in found
        assert ("removed", f"robot.libraries.{library}.ROBOT_LIBRARY_VERSION") not in found
    # the siblings: attributes no decorator sets stay claimed
    assert ("removed", "robot.output.console.highlighting.NoHighlighting.GREEN") in found
    assert ("removed", "robot.output.console.DottedOutput") in found


DECORATOR = (
    "def library(scope=None, version=None):\n"
    "    def decorator(cls):\n"
    "        if scope is not None:\n"
    "            cls.LIB_SCOPE = scope\n"
    "        if version is not None:\n"
    "            setattr(cls, 'LIB_VERSION', version)\n"
    "        return cls\n"
    "    return decorator\n\n\n"
    "def mark(cls):\n"
    "    cls.MARKED = True\n"
    "    return cls\n"
)
OLD_LIB = {
    "demo/deco.py": DECORATOR,
    "demo/__init__.py": (
        "class Lib:\n    LIB_SCOPE = 'GLOBAL'\n    LIB_VERSION = '1'\n    LIB_DOC = 'x'\n\n\n"
        "class Marked:\n    MARKED = True\n"
    ),
}


def test_attribute_set_by_a_decorator_of_the_release_is_kept(tmp_path: Path) -> None:
    new = {
        "demo/deco.py": DECORATOR,
        "demo/__init__.py": (
            "from demo.deco import library, mark\n\n\n@library(scope='GLOBAL', version='2')\nclass Lib:\n    pass\n\n\n"
            "@mark\nclass Marked:\n    pass\n"
        ),
    }
    found = diffed(tmp_path, OLD_LIB, new)
    assert ("removed", "demo.Lib.LIB_SCOPE") not in found
    assert ("removed", "demo.Lib.LIB_VERSION") not in found
    assert ("removed", "demo.Marked.MARKED") not in found
    assert ("removed", "demo.Lib.LIB_DOC") in found  # the sibling: a name the decorator never sets


def test_attribute_a_decorator_sets_on_something_else_is_still_removed(tmp_path: Path) -> None:
    # a decorator that sets the name on a registry, not on the class it returns, gives the class nothing
    deco = "REGISTRY = type('Registry', (), {})\n\n\ndef library(cls):\n    REGISTRY.LIB_SCOPE = cls\n    return cls\n"
    new = {
        "demo/deco.py": deco,
        "demo/__init__.py": "from demo.deco import library\n\n\n@library\nclass Lib:\n    pass\n\n\nclass Marked:\n    pass\n",
    }
    found = diffed(tmp_path, {**OLD_LIB, "demo/deco.py": deco}, new)
    assert ("removed", "demo.Lib.LIB_SCOPE") in found
    assert ("removed", "demo.Marked.MARKED") in found  # no decorator at all


# -- a guard refusing an empty `*args` after other statements every call runs: the first of them was always required --


def test_robot_7_3_should_contain_any_always_needed_an_item() -> None:
    # 7.2.2 pops `msg`, `values`, ... from `**configuration`, refuses leftovers, then `if not items: raise`; 7.3's
    # keyword-only options leave that guard first: `items[0]` was required in both
    found = changes("robotframework", "7.2.2", "7.3")
    assert ("signature_changed", "robot.libraries.BuiltIn.BuiltIn.should_contain_any") not in found
    assert ("signature_changed", "robot.libraries.BuiltIn.BuiltIn.should_not_contain_any") not in found
    # the sibling: `Variables.copy(exclude=...)` lost its parameter
    assert "'exclude' removed" in found[("signature_changed", "robot.variables.Variables.copy")].detail


def _contains(before: str) -> dict[str, str]:
    return {"demo/__init__.py": (
        "def contains_any(container, *items, **configuration):\n"
        "    '''Whether any item is in the container.'''\n"
        f"{before}"
        "    if not items:\n"
        "        raise RuntimeError('One or more items required.')\n"
        "    return any(item in container for item in items)\n")}


NEW_CONTAINS = {"demo/__init__.py": (
    "def contains_any(container, *items, msg=None, values=True, ignore_case=False):\n"
    "    if not items:\n"
    "        raise RuntimeError('One or more items required.')\n"
    "    return any(item in container for item in items)\n")}


def test_empty_varargs_refused_after_plain_statements_is_no_new_requirement(tmp_path: Path) -> None:
    before = (
        "    msg = configuration.pop('msg', None)\n"
        "    values = configuration.pop('values', True)\n"
        "    ignore = configuration.pop('ignore_case', False)\n"
        "    if configuration:\n"
        "        raise RuntimeError('Unsupported configuration')\n"
    )
    found = diffed(tmp_path, _contains(before), NEW_CONTAINS)
    assert ("signature_changed", "demo.contains_any") not in found


def test_empty_varargs_refused_after_an_early_return_is_a_new_requirement(tmp_path: Path) -> None:
    # the old body returned before its guard when no container was given: `contains_any(None)` worked
    before = "    if container is None:\n        return False\n"
    found = diffed(tmp_path, _contains(before), NEW_CONTAINS)
    assert "items[0]" in found[("signature_changed", "demo.contains_any")].detail
