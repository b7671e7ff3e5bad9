"""False reports and misses found on popular PyPI release pairs outside the Flask ecosystem the engine was never tuned
on (falcon 3.1→4.0, bleach 5.0→6.0, trio 0.21→0.22, kombu 4.6→5.0, …): each class on its pinned real example and on
a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.claims import CannotCompare, unclaimed_classes
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes, removed
from tests.test_apidiff_unseen3 import diffed

# -- a wrapper handing `*args`/`**kwargs` on beside keywords it names itself takes what the callee takes --


def test_falcon_4_spells_out_the_parameters_asgi_app_handed_on() -> None:
    found = changes("falcon", "3.1.3", "4.0.0")
    # 3.1's `App(*args, request_type=Request, response_type=Response, **kwargs)` called
    # `super().__init__(*args, request_type=request_type, response_type=response_type, **kwargs)`
    for app in ("falcon.asgi.App", "falcon.asgi.app.App"):
        assert ("signature_changed", app) not in found
    # the documented breaks of the same release are kept
    assert "parameter 'title' is now keyword-only" in (found["signature_changed", "falcon.HTTPError"].detail or "")
    assert {"falcon.get_http_status", "falcon.api_helpers", "falcon.HTTPStatus.body"} <= removed(found)


_BASE = "class Base:\n    def __init__(self, mode='r', kind=None, size=0, strict=False):\n        pass\n\n"


def test_variadics_handed_on_beside_named_keywords(tmp_path: Path) -> None:
    old = _BASE + ("class App(Base):\n    def __init__(self, *args, kind=None, **kwargs):\n"
                   "        super().__init__(*args, kind=kind, **kwargs)\n")
    spelled = _BASE + ("class App(Base):\n    def __init__(self, mode='r', kind=None, size=0, strict=False):\n"
                       "        super().__init__(mode, kind, size, strict)\n")
    assert ("signature_changed", "demo.App") not in diffed(tmp_path, old, spelled)
    # a second positional argument met `kind` twice: `size` was reached by keyword only, so no slot moved for anyone
    lost = spelled.replace(", strict=False):\n        super().__init__(mode, kind, size, strict)",
                           "):\n        super().__init__(mode, kind, size)")
    assert "parameter 'strict' removed" in (diffed(tmp_path, old, lost)["signature_changed", "demo.App"].detail or "")
    constant = old.replace("kind=kind, **kwargs)", "kind='x', **kwargs)").replace(", kind=None, **kwargs):",
                                                                                   ", **kwargs):")
    keyword_only = _BASE + ("class App(Base):\n    def __init__(self, mode='r', *, size=0, strict=False):\n"
                            "        super().__init__(mode, 'x', size, strict)\n")
    assert ("signature_changed", "demo.App") not in diffed(tmp_path, constant, keyword_only)  # `kind` was no caller's


# -- an explicit `Base.__init__(self, ...)` runs that base's constructor only, not the warning of another it skips --


def test_bleach_6_sanitizer_filter_skips_the_deprecated_html5lib_constructor() -> None:
    found = changes("bleach", "5.0.1", "6.0.0")
    # 6.0 calls `html5lib_shim.Filter.__init__(self, source)`: the base filter, not the sanitizer `Filter` that warns
    assert ("deprecated", "bleach.sanitizer.BleachSanitizerFilter") not in found
    detail = found["signature_changed", "bleach.sanitizer.BleachSanitizerFilter"].detail or ""
    assert "parameter 'strip_disallowed_elements' renamed to 'strip_disallowed_tags'" in detail  # documented
    # 5.0's `**kwargs` went on to html5lib's sanitizer, which took `allowed_attributes`: 6.0 takes it no more
    assert "parameter 'allowed_attributes' removed" in detail and "'**kwargs'" not in detail


_WARNS = ("import warnings\n\nclass Plain:\n    def __init__(self, source):\n        self.source = source\n\n"
          "class Sanitizer(Plain):\n    def __init__(self, source):\n"
          "        warnings.warn('Sanitizer is deprecated', DeprecationWarning)\n        Plain.__init__(self, source)\n\n")


def test_a_named_base_constructor_call_is_the_one_that_runs(tmp_path: Path) -> None:
    old = _WARNS + "class Filter(Sanitizer):\n    def __init__(self, source):\n        self.quiet = True\n"

    def calling(call: str) -> str:
        return _WARNS + f"class Filter(Sanitizer):\n    def __init__(self, source):\n        {call}\n"

    assert ("deprecated", "demo.Filter") not in diffed(tmp_path, old, calling("Plain.__init__(self, source)"))
    for runs in ("Sanitizer.__init__(self, source)", "super().__init__(source)"):
        assert diffed(tmp_path, old, calling(runs))["deprecated", "demo.Filter"].detail == "Sanitizer is deprecated"


# -- a class whose metaclass's `__call__` only raises was never built by a call: its constructor is nobody's API --


def test_trio_0_22_nursery_has_no_public_constructor() -> None:
    found = changes("trio", "0.21.0", "0.22.0")
    # `class Nursery(metaclass=NoPublicConstructor)`: `Nursery(...)` raises TypeError; trio builds it with `_create`
    assert ("signature_changed", "trio.Nursery") not in found
    assert not removed(found)


def test_pytest_8_nodes_are_built_through_from_parent() -> None:
    found = changes("pytest", "7.4.4", "8.0.0")
    # `NodeMeta.__call__` ends in `fail(...)`: `DoctestItem(...)` never built one, `DoctestItem.from_parent` does
    assert ("signature_changed", "pytest.DoctestItem") not in found
    # documented: Package is no Module now; the lost base is named by the path users spell (`pytest.Module`)
    assert "no longer a subclass of pytest.Module" in (found["signature_changed", "pytest.Package"].detail or "")


_META = ("class NoPublicConstructor(type):\n    def __call__(cls, *args, **kwargs):\n"
         "        raise TypeError('no public constructor')\n\n    def _create(cls, *args, **kwargs):\n"
         "        return super().__call__(*args, **kwargs)\n\n")


def test_a_metaclass_refusing_calls_hides_the_constructor(tmp_path: Path) -> None:
    def nursery(meta: str, params: str) -> str:
        return meta + f"class Base(metaclass=NoPublicConstructor):\n    pass\n\nclass Nursery(Base):\n" \
                      f"    def __init__(self, {params}):\n        pass\n"

    assert ("signature_changed", "demo.Nursery") not in diffed(tmp_path, nursery(_META, "a"), nursery(_META, "a, b"))
    # pytest's `NodeMeta.__call__` builds a message, then ends in `fail(msg)`, a helper that always raises
    failing = _META.replace("raise TypeError('no public constructor')", "msg = 'use from_parent'\n        fail(msg)")
    helper = "def fail(msg):\n    __tracebackhide__ = True\n    raise RuntimeError(msg)\n\n"
    assert ("signature_changed", "demo.Nursery") not in diffed(tmp_path, nursery(helper + failing, "a"),
                                                                nursery(helper + failing, "a, b"))
    building = _META.replace("raise TypeError('no public constructor')", "return super().__call__(*args, **kwargs)")
    found = diffed(tmp_path, nursery(building, "a"), nursery(building, "a, b"))  # a metaclass that builds: a claim
    assert "new required parameter 'b'" in (found["signature_changed", "demo.Nursery"].detail or "")


# -- a package's `__getattr__` never serves `import package.module`: a submodule gone is removed all the same --


def test_kombu_5_removed_the_five_module_under_its_lazy_package() -> None:
    found = changes("kombu", "4.6.11", "5.0.0")
    # kombu's package answers names through a `__getattr__`; `import kombu.five` looks for the file 5.0 dropped
    assert found["removed", "kombu.five"].witness == "import kombu.five"


def test_a_submodule_is_no_name_a_package_getattr_serves(tmp_path: Path) -> None:
    lazy = "def __getattr__(name):\n    import importlib\n    return importlib.import_module('other.' + name)\n"
    files = {"demo/__init__.py": lazy, "demo/five.py": "def text():\n    pass\n", "demo/core.py": "X = 1\n"}
    old = surface(tmp_path, {**files, "demo/__init__.py": lazy + "\ndef gone():\n    pass\n"}, "1.0")
    new = surface(tmp_path, {k: v for k, v in files.items() if k != "demo/five.py"}, "2.0")
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(old, new)}
    assert ("removed", "demo.five") in found
    assert ("removed", "demo.gone") not in found  # a plain name: the `__getattr__` may serve it
    notes = unclaimed_classes(old, new)
    assert notes == ["demo: its __getattr__ may serve names it does not spell; the names it no longer defines "
                     "are not reported as removed"]


# -- a callable still there whose body now only raises, or ends in a helper that never comes back: every call fails --


def test_sortedcontainers_2_list_methods_now_raise() -> None:
    found = changes("sortedcontainers", "1.5.10", "2.0.0")
    for method in ("append", "extend", "insert"):  # documented: "now raises NotImplementedError. Use add/update"
        change = found["signature_changed", f"sortedcontainers.SortedList.{method}"]
        assert "every call now raises NotImplementedError" in (change.detail or "")
        assert "callable_now_raises" in change.breakages
    assert "callable_now_raises" not in found["signature_changed", "sortedcontainers.SortedList.add"].breakages


def test_ruamel_yaml_0_18_functions_now_end_the_program() -> None:
    found = changes("ruamel-yaml", "0.17.40", "0.18.0")
    # `def load(...): error_deprecation('load', 'load', ...)`, and `error_deprecation` warns, then `sys.exit(1)`;
    # `round_trip_dump` sets a local first, then calls it
    for name in ("load", "safe_load", "dump", "round_trip_dump", "load_all", "scan"):
        change = found["signature_changed", f"ruamel.yaml.{name}"]
        assert change.detail == "every call now raises (or ends the program)", name
    assert ("signature_changed", "ruamel.yaml.add_implicit_resolver") not in found  # still works


def test_a_body_that_only_raises_or_exits_now(tmp_path: Path) -> None:
    old = "def rows(a):\n    return [a]\n"
    helper = "import sys\n\ndef gone(name):\n    print(name, 'was removed')\n    sys.exit(1)\n\n"
    for new, detail in (
        ("def rows(a):\n    raise NotImplementedError\n", "raises NotImplementedError"),
        ("def rows(a):\n    raise RuntimeError('removed')\n", "raises (or ends the program)"),
        (helper + "def rows(a):\n    b = a\n    gone('rows')\n", "raises (or ends the program)"),
    ):
        assert detail in (diffed(tmp_path, old, new)["signature_changed", "demo.rows"].detail or "")
    for still in (helper + "def rows(a):\n    if a:\n        return [a]\n    gone('rows')\n",  # returns when it can
                  "def gone(name):\n    print(name)\n\ndef rows(a):\n    gone('rows')\n",  # the helper comes back
                  ):
        assert not any(c.breakage == "callable_now_raises" for c in diffed(tmp_path, old, still).values())
    base = "import abc\n\nclass Rows(abc.ABC):\n    def rows(self):\n        return [1]\n"
    abstract = base.replace("    def rows(self):\n        return [1]", "    @abc.abstractmethod\n    def rows(self):\n"
                            "        raise NotImplementedError")
    assert diffed(tmp_path, base, abstract)["signature_changed", "demo.Rows.rows"].breakages == ("method_made_abstract",)
    raising = "def rows(a):\n    raise TypeError('removed')\n"  # no call of the old one ever worked: no claim
    assert not diffed(tmp_path, raising, "def rows(a):\n    raise NotImplementedError\n")


# -- a constant assigned another builtin container or text type: code using the old value's operations fails --


def test_bleach_6_made_its_tag_lists_frozensets() -> None:
    found = changes("bleach", "5.0.1", "6.0.0")
    # documented: "the tags and protocols arguments were changed from lists to sets" (`ALLOWED_TAGS + [...]` fails)
    for constant in ("bleach.sanitizer.ALLOWED_TAGS", "bleach.sanitizer.ALLOWED_PROTOCOLS",
                     "bleach.html5lib_shim.HTML_TAGS"):
        change = found["signature_changed", constant]
        assert change.breakage == "attribute_type_changed"
        assert change.detail == "now a frozenset, was a list: code using it as a list fails"
    assert ("signature_changed", "bleach.sanitizer.ALLOWED_ATTRIBUTES") not in found  # a dict, still a dict


def test_an_attribute_held_type_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, "TAGS = ['a']\nclass Cleaner:\n    PROTOCOLS = ('http',)\n    NAME = 'x'\n",
                   "TAGS = frozenset(('a',))\nclass Cleaner:\n    PROTOCOLS = {'http'}\n    NAME = b'x'\n")
    assert found["signature_changed", "demo.TAGS"].witness == "from demo import TAGS\nassert isinstance(TAGS, list)"
    assert found["signature_changed", "demo.Cleaner.PROTOCOLS"].detail == (
        "now a set, was a tuple: code using it as a tuple fails")
    assert "now a bytes, was a str" in (found["signature_changed", "demo.Cleaner.NAME"].detail or "")
    for old, new in (("TAGS = frozenset(['a'])\n", "TAGS = {'a'}\n"),  # a set does what a frozenset did
                     ("TAGS = ['a']\n", "TAGS = make_tags()\n"),  # the new value's type is unknown
                     ("TAGS = ['a']\n", "TAGS = [t for t in 'ab']\n"),  # still a list
                     ("TAGS = 1\n", "TAGS = 1.5\n")):  # numbers: not compared
        assert ("signature_changed", "demo.TAGS") not in diffed(tmp_path, old, new)


# -- `self.FACTORY(**kwargs)`, a class attribute naming a class: the keywords go to that class's constructor --


def test_pyasn1_0_5_hands_decoder_options_to_the_class_its_attribute_names() -> None:
    found = changes("pyasn1", "0.4.8", "0.5.0")
    # native `Decoder(**options)` calls `self.SINGLE_ITEM_DECODER(**options)`, `SingleItemDecoder(tagMap=..., ...)`
    for cls in ("pyasn1.codec.native.decoder.Decoder", "pyasn1.codec.native.encoder.Encoder"):
        assert found["signature_changed", cls].detail == (
            "parameter 'tagMap' is now keyword-only; parameter 'typeMap' is now keyword-only")
    # BER's `Decoder(tagMap, typeMap={})` became a class of no constructor: still removed
    assert found["signature_changed", "pyasn1.codec.ber.decoder.Decoder"].detail == (
        "parameter 'tagMap' removed; parameter 'typeMap' removed")


_FACTORY = ("class Single:\n    def __init__(self, tag_map=None, type_map=None):\n        pass\n\n"
            "class Decoder:\n    SINGLE = Single\n\n")


def test_keywords_handed_to_a_class_a_class_attribute_names(tmp_path: Path) -> None:
    old = _FACTORY + "    def __init__(self, tag_map=None, type_map=None):\n        self.single = Single(tag_map, type_map)\n"
    new = _FACTORY + "    def __init__(self, **options):\n        self.single = self.SINGLE(**options)\n"
    found = diffed(tmp_path, old, new)["signature_changed", "demo.Decoder"]
    assert found.detail == "parameter 'tag_map' is now keyword-only; parameter 'type_map' is now keyword-only"
    narrower = new.replace("def __init__(self, tag_map=None, type_map=None):\n        pass",
                           "def __init__(self, tag_map=None):\n        pass")
    assert "parameter 'type_map' removed" in (diffed(tmp_path, old, narrower)["signature_changed", "demo.Decoder"]
                                              .detail or "")


# -- a class whose only outside ancestors define no constructor (`abc.ABC`, `typing.Generic`) takes `object()`'s --


def test_tomlkit_0_8_key_lost_its_constructor_to_an_abstract_base() -> None:
    found = changes("tomlkit", "0.7.2", "0.8.0")
    # 0.7's `Key(k, t=None, sep=None, dotted=False, original=None)`; 0.8's `Key(abc.ABC)` has no `__init__`
    assert "parameter 'k' removed" in (found["signature_changed", "tomlkit.items.Key"].detail or "")
    assert ("signature_changed", "tomlkit.items.SingleKey") not in found  # new in 0.8


def test_a_constructor_lost_to_a_stdlib_base_without_one(tmp_path: Path) -> None:
    old = "import abc\nclass Key(abc.ABC):\n    def __init__(self, k):\n        self.k = k\n"
    for base in ("abc.ABC", "typing.Generic[T]", "collections.abc.Sized"):
        new = f"import abc, typing, collections.abc\nT = typing.TypeVar('T')\nclass Key({base}):\n    pass\n"
        assert "parameter 'k' removed" in (diffed(tmp_path, old, new)["signature_changed", "demo.Key"].detail or "")
    for unknown in ("class Key(Exception):\n    pass\n",  # a base with its own constructor
                    "from other import Meta\nclass Key(metaclass=Meta):\n    pass\n"):  # a metaclass call unread
        change = diffed(tmp_path, old, unknown).get(("signature_changed", "demo.Key"))
        assert change is None or "parameter 'k'" not in (change.detail or "")


# -- anyio 2's abstract classes became 3.0's classes whose `__new__` builds the backend's: what broke, what did not --


def test_anyio_3_abstract_classes_became_factories() -> None:
    found = changes("anyio", "2.2.0", "3.0.0")
    # 2.2's `abc.CapacityLimiter` had abstract methods: no call of it built one, so its new constructor breaks nobody
    assert ("signature_changed", "anyio.abc.CapacityLimiter") not in found
    assert ("signature_changed", "anyio.abc.Semaphore") not in found
    # its abstract `is_set` is now a `raise NotImplementedError` stub: instances come from the backend, which has it
    assert ("signature_changed", "anyio.abc.Event.is_set") not in found
    # `def set(self) -> DeprecatedAwaitable`, no longer `async`: `await event.set()` still works
    assert ("signature_changed", "anyio.abc.Event.set") not in found
    # `current_time() -> DeprecatedAwaitableFloat`, a float subclass of a private module: no other type
    assert ("signature_changed", "anyio.current_time") not in found
    # documented: these are synchronous now and return None
    for method in ("anyio.abc.Condition.notify", "anyio.streams.memory.MemoryObjectReceiveStream.receive_nowait"):
        assert found["signature_changed", method].breakage == "async_to_sync"


def test_abstract_before_is_no_call_anyone_made(tmp_path: Path) -> None:
    old = ("import abc\nclass Limiter(abc.ABC):\n    @abc.abstractmethod\n    def acquire(self):\n        pass\n\n"
           "    @abc.abstractmethod\n    async def release(self):\n        pass\n")
    new = ("import abc\nclass Awaitable:\n    def __await__(self):\n        yield\n\nclass Limiter(abc.ABC):\n"
           "    def __new__(cls, tokens):\n        return object.__new__(cls)\n\n"
           "    def acquire(self):\n        raise NotImplementedError\n\n"
           "    def release(self) -> Awaitable:\n        return Awaitable()\n")
    assert not diffed(tmp_path, old, new)
    plain = old.replace("    @abc.abstractmethod\n", "")
    found = diffed(tmp_path, plain, new.replace("-> Awaitable", "-> None"))
    assert "new required parameter 'tokens'" in (found["signature_changed", "demo.Limiter"].detail or "")
    assert found["signature_changed", "demo.Limiter.acquire"].breakage == "callable_now_raises"
    assert found["signature_changed", "demo.Limiter.release"].breakage == "async_to_sync"


def test_a_private_class_of_unread_ancestry_may_be_the_builtin(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def now() -> float:\n    return 1.0\n"}
    new = {"demo/__init__.py": "from demo._compat import Stamp\n\ndef now() -> Stamp:\n    return Stamp(1.0)\n",
           "demo/_compat.py": "class Stamp(float):\n    pass\n"}
    found = {(c.kind.value, c.symbol) for c in diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))}
    assert ("signature_changed", "demo.now") not in found  # `Stamp`, recorded as private API, may be a float
    known = "class Stamp:\n    pass\n\ndef now() -> Stamp:\n    return Stamp()\n"
    assert "return annotation changed from float to Stamp" in (
        diffed(tmp_path / "known", old["demo/__init__.py"], known)["signature_changed", "demo.now"].detail or "")


# -- a class become a def a replacing decorator makes into something else is said to be that, not a function --


def test_celery_5_commands_are_click_groups_not_functions() -> None:
    found = changes("celery", "4.4.7", "5.0.0")
    assert found["signature_changed", "celery.bin.amqp.amqp"].detail == (
        "now what @click.group makes of a def, no class: subclassing it or isinstance checks fail")
    assert found["signature_changed", "celery.bin.amqp.amqp"].breakage == "class_to_function"


def test_a_class_replaced_by_a_decorated_def(tmp_path: Path) -> None:
    old = "class amqp:\n    pass\n"
    made = "import click\n\n@click.group()\ndef amqp():\n    pass\n"
    assert diffed(tmp_path, old, made)["signature_changed", "demo.amqp"].detail == (
        "now what @click.group makes of a def, no class: subclassing it or isinstance checks fail")
    assert diffed(tmp_path, old, "def amqp():\n    pass\n")["signature_changed", "demo.amqp"].detail == (
        "now a function: subclassing it or isinstance checks fail")


# -- the keywords a signature-keeping decorator's wrapper reads out of the call are taken by the decorated function --


def test_elasticsearch_8_still_takes_body_and_params_through_its_decorator() -> None:
    found = changes("elasticsearch", "7.17.9", "8.0.0")
    signature = found["signature_changed", "elasticsearch.Elasticsearch.search"].signature
    assert signature is not None
    # `@_rewrite_parameters(...)` pops the deprecated `body` and `params` before calling `search(*, index=None, ...)`
    assert {"body", "params"} <= set(signature.made_keyword_only) and not {"body", "params"} & set(signature.removed)
    assert "doc_type" in signature.removed  # documented: gone in 8.0
    # the wrapper also takes `_TRANSPORT_OPTIONS.intersection(kwargs)`, a set it does not spell: `headers` is unsure
    assert "headers" in signature.kwargs_unverified


_WRAPPING = ("import functools\n\ndef rewrite(extra=None):\n    def wrapper(api):\n        @functools.wraps(api)\n"
             "        def wrapped(*args, **kwargs):\n            body = kwargs.pop('body', None)\n{more}"
             "            return api(*args, **kwargs)\n        return wrapped\n    return wrapper\n\n")


def test_a_keeping_decorator_takes_what_its_wrapper_reads(tmp_path: Path) -> None:
    old = "def search(index=None, body=None, headers=None):\n    pass\n"
    new = "@rewrite()\ndef search(*, index=None):\n    pass\n"
    plain = _WRAPPING.format(more="")
    detail = diffed(tmp_path, old, plain + new)["signature_changed", "demo.search"].detail or ""
    assert "'body' is now keyword-only" in detail and "parameter 'headers' removed" in detail
    assert "lower confidence" not in detail
    unspelled = _WRAPPING.format(more="            options = {'headers'}.intersection(kwargs)\n")
    detail = diffed(tmp_path, old, unspelled + new)["signature_changed", "demo.search"].detail or ""
    assert "where **kwargs forwards 'headers' could not be followed: lower confidence" in detail
    # a keyword only the old wrapper read makes no claim: what else the new one reads is not known
    assert ("signature_changed", "demo.search") not in diffed(tmp_path, plain + new.replace("*, index", "index"),
                                                               "def search(index=None):\n    pass\n")


# -- a declared `package_dir` holding only top-level modules (`py_modules`) is where the sdist's code is --


def test_feedparser_5_modules_sit_in_a_declared_package_dir() -> None:
    # `package_dir={'': 'feedparser'}, py_modules=['feedparser']`: the module is found, and it is Python 2 code
    old = pinned_surface("feedparser", "5.2.1")
    with pytest.raises(CannotCompare, match=r"feedparser/feedparser\.py: SyntaxError"):
        diff_surfaces(old, old)


def test_py_modules_in_a_declared_package_dir(tmp_path: Path) -> None:
    files = {"code/demo.py": "def f(): ...\n", "code/helper_test.py": "x = 1\n",
             "setup.py": "from setuptools import setup\nsetup(package_dir={'': 'code'}, py_modules=['demo'])\n",
             "demo.egg-info/top_level.txt": "demo\n"}
    for name, text in files.items():
        (tmp_path / "demo-1.0" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "demo-1.0" / name).write_text(text)
    found = surface_of(tmp_path, "demo", "1.0")
    assert found.symbols["demo.f"].file == "code/demo.py"
    assert not any(path.startswith("helper_test") for path in found.symbols)  # not a module it installs
