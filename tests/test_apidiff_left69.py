"""Misses left by the last stop, each a class seen on a real release."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a class decorator factory copying the methods of the class its call hands (`for name in dir(source_class):
# setattr(cls, name, wrap(...))`): a method the handed class loses is gone from the decorated class too --

_COPIER = (
    "import functools\n\n\ndef add_methods(source_class, blacklist=()):\n"
    "    def actual_decorator(cls):\n        for name in dir(source_class):\n"
    "            if name.startswith('_') or name in blacklist:\n                continue\n"
    "            attr = getattr(source_class, name)\n            if not callable(attr):\n                continue\n"
    "            fx = functools.wraps(attr)(lambda self, *a, **kw: attr(self.api, *a, **kw))\n"
    "            setattr(cls, name, fx)\n        return cls\n\n    return actual_decorator\n"
)


def _gapic(*methods: str) -> str:
    return "class Gapic:\n    api_version = 'v1'\n" + "".join(f"\n    def {m}(self, x):\n        return x\n" for m in methods)


def _client(arguments: str) -> str:
    return (
        "from demo._copy import add_methods\nfrom demo.gapic import Gapic\n\n_SKIPPED = ('publish', 'close')\n\n\n"
        f"@add_methods({arguments})\nclass Client:\n    api = None\n\n    def publish(self, x):\n        return x\n\n\n"
        "class PublisherClient(Client):\n    pass\n"
    )


def _pair(old_methods: tuple[str, ...], new_methods: tuple[str, ...], arguments: str) -> tuple[dict[str, str], ...]:
    common = {"demo/__init__.py": "", "demo/_copy.py": _COPIER, "demo/client.py": _client(arguments)}
    return {**common, "demo/gapic.py": _gapic(*old_methods)}, {**common, "demo/gapic.py": _gapic(*new_methods)}


def test_a_method_the_copied_class_loses_is_removed_from_the_decorated_class_and_its_subclass(tmp_path: Path) -> None:
    old, new = _pair(("topic_path", "project_path", "close"), ("topic_path", "close"), "Gapic, blacklist=_SKIPPED")
    found = diffed(tmp_path, old, new)
    for cls in ("demo.client.Client", "demo.client.PublisherClient"):
        assert found[("removed", f"{cls}.project_path")].detail.startswith("method"), cls
        assert ("removed", f"{cls}.topic_path") not in found, cls  # still copied
        assert ("signature_changed", f"{cls}.topic_path") not in found, cls  # the wrapper's signature is unknown
    assert ("removed", "demo.client.Client.api_version") not in found  # no method: not claimed either way


def test_a_name_the_decoration_leaves_out_is_no_member_to_remove(tmp_path: Path) -> None:
    # `close` was never copied (`_SKIPPED` names it), so the handed class dropping it changes nothing
    old, new = _pair(("topic_path", "close"), ("topic_path",), "Gapic, blacklist=_SKIPPED")
    assert ("removed", "demo.client.Client.close") not in diffed(tmp_path, old, new)
    old, new = _pair(("topic_path", "close"), ("topic_path",), "Gapic, blacklist=['close']")
    assert ("removed", "demo.client.Client.close") not in diffed(tmp_path, old, new)


def test_a_decoration_leaving_out_names_no_reader_knows_makes_no_claim(tmp_path: Path) -> None:
    old, new = _pair(("topic_path", "close"), ("topic_path",), "Gapic, blacklist=tuple(_SKIPPED)")
    assert ("removed", "demo.client.Client.close") not in diffed(tmp_path, old, new)


def test_a_copied_class_no_longer_readable_makes_no_removal_claim(tmp_path: Path) -> None:
    old, new = _pair(("topic_path", "project_path"), ("topic_path", "project_path"), "Gapic")
    new["demo/client.py"] = new["demo/client.py"].replace("from demo.gapic import Gapic", "from gapic_ext import Gapic")
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.client.Client.project_path") not in found
    assert ("removed", "demo.client.PublisherClient.topic_path") not in found


def test_google_cloud_pubsub_2_0_clients_lost_the_path_helpers_their_gapic_clients_lost() -> None:
    found = changes("google-cloud-pubsub", "1.7.2", "2.0.0")
    # `@_gapic.add_methods(publisher_client.PublisherClient, blacklist=_BLACKLISTED_METHODS)` copies the GAPIC
    # client's public callables; 2.0's generated clients dropped these classmethods
    lost = {"PublisherClient": ("project_path", "subscription_path"), "SubscriberClient": ("project_path", "topic_path")}
    for cls, names in lost.items():
        for name in names:
            assert found[("removed", f"google.cloud.pubsub.{cls}.{name}")].detail.startswith("method"), name
            assert f"google.cloud.pubsub_v1.{cls}.{name}" in found[("removed", f"google.cloud.pubsub.{cls}.{name}")].aliases
    assert ("removed", "google.cloud.pubsub_v1.publisher.Client.project_path") in found
    # still copied in 2.0
    for name in ("topic_path", "create_topic", "get_topic", "list_topics", "delete_topic"):
        assert ("removed", f"google.cloud.pubsub.PublisherClient.{name}") not in found, name
    assert ("removed", "google.cloud.pubsub.SubscriberClient.subscription_path") not in found


# -- a def calling, on every call, a private helper of its class or module that warns of a deprecation, whatever the
# helper's name: every call of the def warns so --

_HELPED = (
    "import warnings\n\n\ndef _old_call(name):\n"
    "    warnings.warn('{} is deprecated, use fetch'.format(name), DeprecationWarning)\n    return name\n\n\n"
    "class Error(Exception):\n    def __init__(self, items):\n        self.items = items\n\n"
    "    @property\n    def message(self):\n        return self._get_old_attr('message')\n\n"
    "    def _get_old_attr(self, attrname):\n"
    "        warnings.warn('Accessing ``{}`` is deprecated'.format(attrname), category=DeprecationWarning)\n"
    "        return getattr(self.items[0], attrname)\n\n\n"
    "def load(name):\n    value = _old_call(name)\n    return value\n"
)
_PLAIN = (
    "class Error(Exception):\n    def __init__(self, items):\n        self.items = items\n\n"
    "    @property\n    def message(self):\n        return self.items[0].message\n\n\n"
    "def load(name):\n    return name\n"
)


def test_a_def_calling_a_private_helper_that_warns_of_a_deprecation_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PLAIN}, {"demo/__init__.py": _HELPED})
    assert found[("deprecated", "demo.Error.message")].detail.startswith("Accessing ``message`` is deprecated")
    assert ("deprecated", "demo.load") in found


def test_a_helper_called_under_a_condition_or_another_class_s_namesake_deprecates_nothing(tmp_path: Path) -> None:
    new = _HELPED.replace("    value = _old_call(name)\n", "    if not name:\n        return None\n"
                          "    value = _old_call(name)\n")
    new += (
        "\n\nclass Other:\n    @property\n    def message(self):\n        return self._get_old_attr('message')\n\n"
        "    def _get_old_attr(self, attrname):\n        return attrname\n"
    )
    old = _PLAIN + "\n\nclass Other:\n    @property\n    def message(self):\n        return 'message'\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("deprecated", "demo.load") not in found  # the helper runs only past an early return
    assert ("deprecated", "demo.Other.message") not in found  # its own `_get_old_attr` warns of nothing
    assert ("deprecated", "demo.Error.message") in found


def test_praw_7_0_deprecates_the_api_exception_attributes_its_helper_warns_of() -> None:
    found = changes("praw", "6.5.1", "7.0.0")
    # `return self._get_old_attr("message")`, that method warning "Accessing attribute ``message`` through
    # APIException is deprecated"
    for name in ("error_type", "message", "field"):
        detail = found[("deprecated", f"praw.exceptions.APIException.{name}")].detail
        assert detail.startswith(f"Accessing attribute ``{name}`` through APIException is deprecated"), name


# -- a special method that warns of a deprecation on every call (`print(plot)` through `__str__`): the operation is
# deprecated; losing such a method later falls back to `object`'s, no removal --

_SHOWN = "class Plot:\n    def show(self):\n        return None\n\n    def __str__(self):\n        self.show()\n        return ''\n"
_WARNED_STR = (
    "import warnings\n\n\nclass Plot:\n    def show(self):\n        return None\n\n    def __str__(self):\n"
    "        msg = 'Using print(plot) is deprecated. Use plot.show().'\n"
    "        warnings.warn(msg, category=FutureWarning, stacklevel=2)\n        self.show()\n        return ''\n\n"
    "    def __init__(self):\n        warnings.warn('Plot() is deprecated', DeprecationWarning)\n"
)


def test_a_special_method_warning_a_deprecation_deprecates_the_operation(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _SHOWN}, {"demo/__init__.py": _WARNED_STR})
    assert ("deprecated", "demo.Plot.__str__") in found
    assert ("deprecated", "demo.Plot") in found  # its constructor warns: the class's own claim, not `__init__`'s
    assert ("deprecated", "demo.Plot.__init__") not in found
    # a class that never defined `__str__` had `object`'s: the new warning is a deprecation all the same
    plain = "class Plot:\n    def show(self):\n        return None\n"
    assert ("deprecated", "demo.Plot.__str__") in diffed(tmp_path / "b", {"demo/__init__.py": plain},
                                                         {"demo/__init__.py": _WARNED_STR})


def test_a_warning_special_method_dropped_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _WARNED_STR}, {"demo/__init__.py": _SHOWN})
    assert ("removed", "demo.Plot.__str__") not in found  # `str(plot)` falls back to `object.__str__`


# -- a class decorator of the release that sets the class's `__init__` to a def of its own warning of a deprecation:
# building the class warns --

_RENAMER = (
    "import functools\nimport warnings\n\n\ndef deprecated_name(cls):\n    old_init = cls.__init__\n\n"
    "    @functools.wraps(cls.__init__)\n    def new_init(self, *args, **kwargs):\n"
    "        msg = f'{cls.__name__} is deprecated'\n        warnings.warn(msg, category=FutureWarning, stacklevel=4)\n"
    "        old_init(self, *args, **kwargs)\n\n    cls.__init__ = new_init\n    return cls\n\n\n"
    "def registered(cls):\n    def new_init(self, *args, **kwargs):\n        return None\n\n"
    "    cls.__init__ = new_init\n    return cls\n\n\n"
    "class spacing:\n    def __init__(self, value=1):\n        self.value = value\n\n\n"
)


def test_a_class_decorator_wrapping_init_to_warn_deprecates_the_class(tmp_path: Path) -> None:
    old = _RENAMER + "class entry_spacing(spacing):\n    pass\n\n\n@registered\nclass key_spacing(spacing):\n    pass\n"
    new = _RENAMER + (
        "@deprecated_name\nclass entry_spacing(spacing):\n    pass\n\n\n@registered\nclass key_spacing(spacing):\n"
        "    pass\n\n\nclass entry_spacing_x(entry_spacing):\n    pass\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("deprecated", "demo.entry_spacing") in found
    assert ("deprecated", "demo.key_spacing") not in found  # its `__init__` warns of nothing


def test_plotnine_0_13_deprecates_printing_a_plot_and_the_renamed_themeables() -> None:
    found = changes("plotnine", "0.12.4", "0.13.0")
    # `ggplot.__str__` / `__repr__` warn "Using print(plot) ... is deprecated" (FutureWarning)
    assert ("deprecated", "plotnine.ggplot.__str__") in found
    assert ("deprecated", "plotnine.ggplot.__repr__") in found
    # `@deprecated_themeable_name` sets `cls.__init__ = new_init`, which warns
    for name in ("legend_entry_spacing", "legend_entry_spacing_x", "legend_entry_spacing_y"):
        assert ("deprecated", f"plotnine.themes.themeable.{name}") in found, name
    assert ("deprecated", "plotnine.themes.themeable.legend_key_spacing") not in found


# -- a class whose order no longer defines `__eq__`: `==` falls back to identity, equal values compare unequal --

_EQ = "    def __eq__(self, other):\n        return isinstance(other, Point) and other.x == self.x\n\n    __hash__ = None\n"


def test_a_class_losing_eq_is_claimed_unless_its_order_still_compares_values(tmp_path: Path) -> None:
    base = "class Base:\n    pass\n\n\n"
    old = base + "class Point(Base):\n    def __init__(self, x):\n        self.x = x\n\n" + _EQ
    new = base + "class Point(Base):\n    def __init__(self, x):\n        self.x = x\n"
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert found[("signature_changed", "demo.Point")].breakage == "class_lost_equality"
    # the `__eq__` moved to a base of the distribution: instances still compare values
    moved = "class Base:\n" + _EQ + "\n\nclass Point(Base):\n    def __init__(self, x):\n        self.x = x\n"
    assert ("signature_changed", "demo.Point") not in diffed(tmp_path / "b", {"demo/__init__.py": old},
                                                            {"demo/__init__.py": moved})
    # a base outside the distribution may define it: unknown, no claim
    outside = "from other import Base\n\n\nclass Point(Base):\n    def __init__(self, x):\n        self.x = x\n"
    found = diffed(tmp_path / "c", {"demo/__init__.py": old}, {"demo/__init__.py": outside})
    assert all(c.breakage != "class_lost_equality" for c in found.values())
