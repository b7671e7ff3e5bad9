"""Recall on networking, cloud SDK, CLI and developer-tool libraries never measured."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class whose `__getattr__` answers names with items of mappings the instance holds (python-gitlab's
# `RESTObject.__getattr__` returns `self.__dict__["_attrs"][name]`, the server's data): a method the class lost is
# not served by it, calls of it fail --

_SERVED = (
    "class Resource:\n"
    "    def __init__(self, attrs):\n"
    "        self.__dict__['_attrs'] = attrs\n\n"
    "    def __getattr__(self, name):\n"
    "        if name in self.__dict__['_attrs']:\n"
    "            value = self.__dict__['_attrs'][name]\n"
    "            if isinstance(value, list):\n"
    "                return self.__dict__['_attrs'][name][:]\n"
    "            return value\n"
    "        raise AttributeError(name)\n\n"
    "    def transfer(self, to):\n"
    "        return to\n"
)


def test_a_method_lost_by_a_class_whose_getattr_serves_its_own_data_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _SERVED + "\n    def transfer_project(self, to):\n        return self.transfer(to)\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _SERVED})
    assert "calls of it fail" in found[("removed", "demo.Resource.transfer_project")].detail


def test_a_getattr_returning_a_delegate_s_attribute_still_makes_no_claim(tmp_path: Path) -> None:
    # `getattr(self._wrapped, name)` may hand back a method: the lost one may still be served
    body = (
        "class Proxy:\n    def __init__(self, wrapped):\n        self._wrapped = wrapped\n\n"
        "    def __getattr__(self, name):\n        value = getattr(self._wrapped, name)\n        return value\n"
    )
    old = {"demo/__init__.py": body + "\n    def close(self):\n        pass\n"}
    assert ("removed", "demo.Proxy.close") not in diffed(tmp_path, old, {"demo/__init__.py": body})


def test_a_getattr_returning_a_name_bound_otherwise_too_makes_no_claim(tmp_path: Path) -> None:
    # the name is also a loop variable: what it holds when returned is not only an item
    body = (
        "class Finder:\n    def __getattr__(self, name):\n        found = self._data[name]\n"
        "        for found in self._helpers:\n            pass\n        return found\n"
    )
    old = {"demo/__init__.py": body + "\n    def close(self):\n        pass\n"}
    assert ("removed", "demo.Finder.close") not in diffed(tmp_path, old, {"demo/__init__.py": body})


def test_python_gitlab_4_removed_deprecated_methods_of_rest_objects() -> None:
    found = changes("python-gitlab", "3.15.0", "4.0.0")
    for method in ("Group.add_ldap_group_link", "Group.delete_ldap_group_link", "Project.transfer_project",
                   "Project.artifact"):
        assert ("removed", f"gitlab.v4.objects.{method}") in found, method
    assert ("removed", "gitlab.v4.objects.Group.transfer_project") not in found  # kept in 4.0
