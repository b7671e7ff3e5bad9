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
