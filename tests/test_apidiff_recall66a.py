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


# -- a module `__getattr__` answering the names a collection of another module lists (python-gitlab 3's
# `if name in gitlab.const._DEPRECATED: ... return getattr(gitlab.const, name)`): those names are the module's, and
# gone when the `__getattr__` goes --

_CONSTANTS = "_MOVED = [\"ADMIN\", \"GUEST\"]\nADMIN = 50\nGUEST = 10\n"
_SERVING = (
    "import warnings\n\nimport demo.const\n\n\n"
    "def __getattr__(name):\n"
    "    if name in demo.const._MOVED:\n"
    "        warnings.warn(f'demo.{name} is deprecated, use demo.const.{name}', DeprecationWarning)\n"
    "        return getattr(demo.const, name)\n"
    "    raise AttributeError(name)\n"
)


def _package(init: str, constants: str = _CONSTANTS) -> dict[str, str]:
    return {"demo/__init__.py": init, "demo/const.py": constants}


def test_names_a_getattr_served_from_another_module_s_list_are_removed_with_it(tmp_path: Path) -> None:
    found = diffed(tmp_path, _package(_SERVING), _package("import demo.const\n"))
    assert {("removed", "demo.ADMIN"), ("removed", "demo.GUEST")} <= found.keys()
    assert ("removed", "demo.const.ADMIN") not in found


def test_names_still_served_from_another_module_s_list_are_no_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, _package(_SERVING), _package(_SERVING))
    assert not [key for key in found if key[1].startswith(("demo.ADMIN", "demo.GUEST"))]


def test_a_list_grown_elsewhere_names_nothing_for_sure(tmp_path: Path) -> None:
    # `_MOVED += [...]`: what the list holds is more than its literal; no name is taken from it
    grown = _CONSTANTS + "_MOVED += ['OWNER']\nOWNER = 60\n"
    found = diffed(tmp_path, _package(_SERVING, grown), _package("import demo.const\n", grown))
    assert ("removed", "demo.ADMIN") not in found


def test_python_gitlab_4_no_longer_serves_the_constants_at_the_top_level() -> None:
    found = changes("python-gitlab", "3.15.0", "4.0.0")
    for name in ("DEVELOPER_ACCESS", "MAINTAINER_ACCESS", "VISIBILITY_PRIVATE", "DEFAULT_URL"):
        assert ("removed", f"gitlab.{name}") in found, name
        assert ("removed", f"gitlab.const.{name}") not in found, name


# -- a class attribute bound to the call of a module function of the release that returns a def taking the instance
# first (environs' `str = _field2method(ma.fields.Str, "str")` in `Env`'s body): that def is the method users call,
# its parameters compared like a written method's --

_FACTORY = (
    "def _parser(kind):\n"
    "    def method(self, name, default=None, *, {extra}validate=None):\n"
    "        return name\n"
    "    method.__name__ = kind\n"
    "    return method\n\n\n"
    "class Env:\n"
    "    str = _parser('str')\n"
)


def test_a_parameter_the_def_a_factory_makes_a_method_of_lost_is_reported(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FACTORY.format(extra="missing=None, ")},
                   {"demo/__init__.py": _FACTORY.format(extra="")})
    assert "parameter 'missing' removed" in found[("signature_changed", "demo.Env.str")].detail


def test_a_factory_returning_a_wrapper_of_what_it_is_handed_makes_no_signature(tmp_path: Path) -> None:
    # `def alias(self, *args, **kwargs)` hands its calls on to `find_all`: its own parameters are not what callers
    # were held to, so a written `findAll` taking `find_all`'s parameters takes nothing away
    finder = "class Soup:\n    def find_all(self, tag, limit=None):\n        return []\n\n"
    old = (
        "def _alias(name):\n    def alias(self, *args, **kwargs):\n        return getattr(self, name)(*args, **kwargs)\n"
        "    return alias\n\n\n" + finder + "    findAll = _alias('find_all')\n"
    )
    new = finder + "    def findAll(self, tag, limit=None):\n        return self.find_all(tag, limit)\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.Soup.findAll") not in found


def test_environs_11_dropped_missing_and_subcast_from_the_parser_methods() -> None:
    found = changes("environs", "10.3.0", "11.0.0")
    for method in ("str", "int", "dict", "list", "url"):
        assert "parameter 'missing' removed" in found[("signature_changed", f"environs.Env.{method}")].detail, method
    assert "parameter 'subcast' removed" in found[("signature_changed", "environs.Env.enum")].detail
    assert ("removed", "environs.__version__") in found


def test_a_def_a_factory_returns_taking_a_value_first_is_no_method(tmp_path: Path) -> None:
    # `AT_COLOUR = span("at")` returns `def f(value)`, called on the class (`type(self).AT_COLOUR("^")`): no method
    # whose first parameter is the instance, so no signature of one to compare
    span = "def span(css):\n    def f(value{extra}):\n        return css + value\n    return f\n\n\n"
    body = "class Parser:\n    AT_COLOUR = span('at')\n"
    found = diffed(tmp_path, {"demo/__init__.py": span.format(extra="") + body},
                   {"demo/__init__.py": span.format(extra=", *, wrap") + body})
    assert ("signature_changed", "demo.Parser.AT_COLOUR") not in found


# -- a nested class lost by a class whose `__getattr__` answers names with items of the instance (stripe 8's
# `StripeObject.ReprJSONEncoder`; `StripeObject.__getattr__` returns `self[k]`): an item is data, never the class,
# and reading it on the class never asks that `__getattr__` --

_ITEMS = "class Record(dict):\n    def __getattr__(self, key):\n        try:\n            return self[key]\n" \
         "        except KeyError as err:\n            raise AttributeError(key) from err\n"


def test_a_nested_class_lost_by_a_class_serving_items_is_removed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _ITEMS + "\n    class Encoder:\n        pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": _ITEMS})
    assert "raises AttributeError" in found[("removed", "demo.Record.Encoder")].detail


def test_a_class_attribute_lost_by_a_class_serving_items_is_still_no_claim(tmp_path: Path) -> None:
    # a constant may have become one of the items the instance holds
    old = {"demo/__init__.py": _ITEMS + "\n    LIMIT = 10\n"}
    assert ("removed", "demo.Record.LIMIT") not in diffed(tmp_path, old, {"demo/__init__.py": _ITEMS})


def test_stripe_8_removed_stripe_object_repr_json_encoder() -> None:
    found = changes("stripe", "7.14.0", "8.0.0")
    assert ("removed", "stripe.StripeObject.ReprJSONEncoder") in found
    assert ("removed", "stripe.StripeObject.api_base") in found


def test_a_method_a_deprecation_factory_makes_stays_deprecated(tmp_path: Path) -> None:
    factory = (
        "import warnings\n\n\ndef _renamed(old, new):\n    def method(self, value):\n"
        "        warnings.warn(f'{old} is deprecated, use {new}', DeprecationWarning)\n"
        "        return getattr(self, new)(value)\n    return method\n\n\n"
    )
    body = "class Finder:\n    def find(self, value):\n        return value\n\n"
    old = {"demo/__init__.py": factory + body + "    def look(self, value):\n        return value\n"}
    new = {"demo/__init__.py": factory + body + "    look = _renamed('look', 'find')\n"}
    assert diffed(tmp_path, old, new)[("deprecated", "demo.Finder.look")].detail == "look is deprecated, use find"
