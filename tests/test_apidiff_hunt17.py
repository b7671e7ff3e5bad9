"""False reports and misses found on release pairs nobody had examined (starlette 0.44→0.45, …): each class on its
pinned real example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes, removed


def _package_diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], object]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol): c for c in found}


# -- a module `__getattr__` comparing the name with a module-level string constant (`name == __deprecated__`) --


def test_starlette_0_45_drops_the_exception_middleware_its_getattr_served() -> None:
    found = changes("starlette", "0.44.0", "0.45.0")
    # 0.44's `__deprecated__ = "ExceptionMiddleware"` and `if name == __deprecated__: warn(...); return ...`
    assert "starlette.exceptions.ExceptionMiddleware" in removed(found)
    assert {"starlette.status.WS_1004_NO_STATUS_RCVD", "starlette.status.WS_1005_ABNORMAL_CLOSURE"} <= removed(found)


_SHIM = '''import warnings

OLD = "{name}"


def __getattr__(name):
    if name == OLD:
        warnings.warn("use demo.new.Thing", DeprecationWarning, stacklevel=2)
        from demo.new import Thing

        return Thing
    raise AttributeError(name)
'''


def test_getattr_compares_the_name_with_a_module_string_constant(tmp_path: Path) -> None:
    new_module = {"demo/new.py": "class Thing:\n    pass\n"}
    old = {"demo/__init__.py": "", "demo/shim.py": _SHIM.format(name="Thing"), **new_module}
    gone = _package_diff(tmp_path, old, {"demo/__init__.py": "", "demo/shim.py": "X = 1\n", **new_module})
    assert ("removed", "demo.shim.Thing") in gone
    kept = _package_diff(tmp_path / "kept", old, old)
    assert ("removed", "demo.shim.Thing") not in kept
    # the constant rebound to something else before `__getattr__` is not the name it tests
    rebound = _SHIM.format(name="Thing").replace('OLD = "Thing"\n', 'OLD = "Thing"\nOLD = compute()\n')
    unknown = _package_diff(tmp_path / "unknown", {**old, "demo/shim.py": rebound},
                            {"demo/__init__.py": "", "demo/shim.py": "X = 1\n", **new_module})
    assert ("removed", "demo.shim.Thing") not in unknown


# -- a class whose own `__new__` hands back what another builds: its stubs are an interface, not failing calls --


def test_anyio_4_5_lock_methods_are_filled_by_the_backend_lock_its_new_returns() -> None:
    found = changes("anyio", "4.4.0", "4.5.0")
    # `Lock.__new__` returns `get_async_backend().create_lock(...)` or a `LockAdapter` overriding every stub
    raising = {symbol for (kind, symbol), c in found.items() if c.breakage == "callable_now_raises"}
    assert not {"anyio.Lock.acquire", "anyio.Lock.release", "anyio.Semaphore.acquire"} & raising
    assert ("removed", "anyio.Lock._waiters") not in found  # an instance attribute: the backend's lock sets it
    assert ("removed", "anyio.Lock._owner_task") in found  # a class attribute read on the class: gone, kept
    assert ("signature_changed", "anyio.abc.AsyncBackend") in found  # new abstract create_lock: kept


_BUILT = '''class Lock:
    def __new__(cls, *, fast=False):
        {returned}

    def __init__(self):
        self.waiters = []

    def acquire(self):
        {body}
'''
_ADAPTER = "\n\nclass _Adapter(Lock):\n    def __new__(cls, *, fast=False):\n        return object.__new__(cls)\n\n" \
    "    def acquire(self):\n        return True\n"


def _lock(returned: str, body: str) -> dict[str, str]:
    return {"demo/__init__.py": "from .sync import Lock\n",
            "demo/sync.py": _BUILT.format(returned=returned, body=body)}


def test_stub_of_a_class_whose_new_returns_another_object(tmp_path: Path) -> None:
    old = _lock("return object.__new__(cls)", "return True")
    for index, returned in enumerate(("return backend().create_lock(fast=fast)", "return _Adapter(fast=fast)")):
        new = _lock(returned, "raise NotImplementedError")
        new["demo/sync.py"] += _ADAPTER if "Adapter" in returned else ""
        found = _package_diff(tmp_path / str(index), old, new)
        assert not {s for (k, s), c in found.items() if c.breakage == "callable_now_raises"}, returned
        assert ("removed", "demo.Lock.waiters") not in found
    # the class still builds itself, or hands back a class of the module that keeps the stub: calls now raise
    for index, returned in enumerate(("return super().__new__(cls)", "return Bare()")):
        new = _lock(returned, "raise NotImplementedError")
        new["demo/sync.py"] += "\n\nclass Bare(Lock):\n    def __new__(cls):\n        return object.__new__(cls)\n"
        found = _package_diff(tmp_path / f"self{index}", old, new)
        assert "demo.Lock.acquire" in {s for (k, s), c in found.items() if c.breakage == "callable_now_raises"}


# -- a parameter made positional-only whose name the body still reads out of `**kwargs`: keyword callers reach it --


def test_pydantic_2_11_with_config_still_takes_config_by_keyword() -> None:
    found = changes("pydantic", "2.10.6", "2.11.0")
    # `def with_config(config=None, /, **kwargs)` takes `kwargs.get('config')` (with a deprecation warning)
    assert ("signature_changed", "pydantic.config.with_config") not in found
    assert ("signature_changed", "pydantic.mypy.ModelConfigData") in found  # slots moved by two new ones: kept
    assert "pydantic.fields.FieldInfo.evaluated" in removed(found)


def test_positional_only_parameter_also_read_from_kwargs(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def with_config(config):\n    return config\n"}
    taken = ("def with_config(config=None, /, **kwargs):\n"
             "    if len(kwargs) == 1 and (conf := kwargs.get('config')) is not None:\n        return conf\n"
             "    return config\n")
    assert ("signature_changed", "demo.with_config") not in _package_diff(tmp_path, old, {"demo/__init__.py": taken})
    other = taken.replace("kwargs.get('config')", "kwargs.get('settings')")
    found = _package_diff(tmp_path / "other", old, {"demo/__init__.py": other})
    assert "is now positional-only" in found[("signature_changed", "demo.with_config")].detail  # type: ignore[attr-defined]


# -- the signature of a method that only raises NotImplementedError in both releases, which subclasses define --


def test_flask_appbuilder_4_6_base_security_manager_stub_is_no_call_anyone_made() -> None:
    found = changes("flask-appbuilder", "4.5.0", "4.6.0")
    # `BaseSecurityManager.add_user(..., role, **kwargs): raise NotImplementedError`; the sqla and mongoengine
    # managers define it again, `password=""` still their sixth parameter
    assert ("signature_changed", "flask_appbuilder.security.manager.BaseSecurityManager.add_user") not in found
    assert ("signature_changed", "flask_appbuilder.validators.Unique.field_flags") in found  # tuple to dict: kept


_BASE = '''class Base:
    def add_user(self, name, role, password=""):
        {body}
'''
_SUB = '''from .base import Base


class Manager(Base):
    def add_user(self, name, role, password=""):
        return name
'''


def test_stub_signature_changed_under_subclasses_defining_it(tmp_path: Path) -> None:
    stub, real = "raise NotImplementedError", "return name"
    init = {"demo/__init__.py": "from .base import Base\n"}

    def release(body: str, signature: str, sub: bool) -> dict[str, str]:
        base = _BASE.format(body=body).replace('password=""', signature)
        return {**init, "demo/base.py": base, **({"demo/sql.py": _SUB} if sub else {})}

    quiet = _package_diff(tmp_path, release(stub, 'password=""', True), release(stub, "**kwargs", True))
    assert ("signature_changed", "demo.Base.add_user") not in quiet
    alone = _package_diff(tmp_path / "alone", release(stub, 'password=""', False), release(stub, "**kwargs", False))
    assert ("signature_changed", "demo.Base.add_user") in alone  # no subclass answers: the interface changed
    called = _package_diff(tmp_path / "real", release(real, 'password=""', True), release(real, "**kwargs", True))
    assert ("signature_changed", "demo.Base.add_user") in called  # its calls worked: they break


def test_abstract_stub_signature_still_claimed_under_subclasses(tmp_path: Path) -> None:
    base = ("import abc\n\n\nclass Base(abc.ABC):\n    @abc.abstractmethod\n    def get_expiry(self, key) -> {ret}:\n"
            "        raise NotImplementedError\n")
    sub = "from .base import Base\n\n\nclass Memory(Base):\n    def get_expiry(self, key) -> int:\n        return 1\n"
    init = {"demo/__init__.py": "from .base import Base\n", "demo/memory.py": sub}
    found = _package_diff(tmp_path, {**init, "demo/base.py": base.format(ret="int")},
                          {**init, "demo/base.py": base.format(ret="float")})
    assert ("signature_changed", "demo.Base.get_expiry") in found  # the contract typed callers follow changed


# -- an attribute now a caching property: assigning it still works (no `__set__`, or one that stores the value) --


def test_mkdocs_1_6_file_paths_became_cached_properties_still_assigned() -> None:
    found = changes("mkdocs", "1.5.3", "1.6.0")
    # `@functools.cached_property def abs_src_path(self)`: mkdocs's own `File.generated` does `f.abs_src_path = ...`
    read_only = {s for (k, s), c in found.items() if c.breakage == "attribute_made_read_only"}
    assert not {"mkdocs.structure.files.File.abs_src_path", "mkdocs.structure.files.File.abs_dest_path"} & read_only
    assert "mkdocs.utils.get_html_path" in removed(found)  # deprecated since 1.4, gone: kept


def test_attribute_made_a_cached_property(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class File:\n    def __init__(self, src):\n        self.path = src\n"}
    made = ("import functools\n\n\nclass File:\n    def __init__(self, src):\n        self.src = src\n\n"
            "    @functools.{decorator}\n    def path(self):\n        return self.src\n")
    cached = _package_diff(tmp_path, old, {"demo/__init__.py": made.format(decorator="cached_property")})
    assert ("signature_changed", "demo.File.path") not in cached
    bare = made.replace("import functools", "from functools import cached_property").replace("@functools.", "@")
    named = _package_diff(tmp_path / "bare", old, {"demo/__init__.py": bare.format(decorator="cached_property")})
    assert ("signature_changed", "demo.File.path") not in named
    plain = _package_diff(tmp_path / "plain", old, {"demo/__init__.py": made.format(decorator="property")})
    assert "assigning it raises" in plain[("signature_changed", "demo.File.path")].detail  # type: ignore[attr-defined]
