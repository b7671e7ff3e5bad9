"""False claims the last hunts left alone, taken up by leftover46: each class on its pinned real example, on a
synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a package stub read in place of a source filling its names: the runtime twins in its submodules decide --


def test_pyzmq_backend_stub_rewrite_claims_nothing_the_runtime_classes_kept() -> None:
    # 27.2's `zmq/backend/__init__.pyi` renames `url` to `addr`, drops `Frame.copy_fast` (the runtime spells it
    # `fast_copy` in both), makes `Frame.buffer` a property (it always was one in `zmq/backend/cython/_zmq.py`)
    found = changes("pyzmq", "27.1.0", "27.2.0")
    for kind, path in (
        ("removed", "zmq.backend.Frame.copy_fast"),
        ("removed", "zmq.backend.Context.socket"),
        ("signature_changed", "zmq.backend.Socket.bind"),
        ("signature_changed", "zmq.backend.Socket"),
        ("signature_changed", "zmq.backend.Frame.buffer"),
        ("signature_changed", "zmq.Socket.set"),
        ("signature_changed", "zmq.Context.set"),
        ("signature_changed", "zmq.strerror"),
    ):
        assert (kind, path) not in found
    assert not [c for c in found.values() if c.symbol.startswith("zmq.backend.Frame.")]


_FILL = "from .select import names\nglobals().update(names())\n"
_SELECT = "def names():\n    from . import impl\n    return {'Frame': impl.Frame, 'version': impl.version}\n"
_IMPL = """class Frame:
    def fast_copy(self):
        return self

    def close(self):
        pass

    def send(self, data, flags=0):
        pass


def version(full=False):
    return ""
"""
_STUB_OLD = """class Frame:
    def copy_fast(self) -> Frame: ...
    def close(self) -> None: ...
    def send(self, data: bytes, flags: int = ...) -> None: ...

def version(full: bool = ...) -> str: ...
def helper() -> None: ...
"""
_STUB_NEW = """class Frame:
    def fast_copy(self) -> Frame: ...
    def send(self, data: bytes) -> None: ...

def version() -> str: ...
"""


def _backend(stub: str, impl: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/backend/__init__.py": _FILL,
        "demo/backend/__init__.pyi": stub,
        "demo/backend/select.py": _SELECT,
        "demo/backend/impl.py": impl,
    }


def test_a_package_stub_change_its_runtime_twin_does_not_show_is_no_claim(tmp_path: Path) -> None:
    found = diffed(tmp_path, _backend(_STUB_OLD, _IMPL), _backend(_STUB_NEW, _IMPL))
    assert ("removed", "demo.backend.Frame.copy_fast") not in found  # never a runtime member
    assert ("removed", "demo.backend.Frame.close") not in found  # still one
    assert ("signature_changed", "demo.backend.Frame.send") not in found
    assert ("signature_changed", "demo.backend.version") not in found
    assert ("removed", "demo.backend.helper") in found  # no runtime twin: the stub is all there is


def test_a_package_stub_change_its_runtime_twin_shows_stays_claimed(tmp_path: Path) -> None:
    impl = _IMPL.replace("    def close(self):\n        pass\n\n", "").replace(", flags=0", "")
    impl = impl.replace("def version(full=False)", "def version()")
    found = diffed(tmp_path, _backend(_STUB_OLD, _IMPL), _backend(_STUB_NEW, impl))
    assert ("removed", "demo.backend.Frame.close") in found
    assert ("signature_changed", "demo.backend.Frame.send") in found
    assert ("signature_changed", "demo.backend.version") in found
    assert ("removed", "demo.backend.Frame.copy_fast") not in found


# -- a pluggy hook implementation is called with the arguments it names: its parameters are no contract --


def test_pytest_xdist_hook_implementation_dropping_session_breaks_no_call() -> None:
    found = changes("pytest-xdist", "3.5.0", "3.6.0")
    assert ("signature_changed", "xdist.remote.WorkerInteractor.pytest_collection_modifyitems") not in found
    assert ("signature_changed", "xdist.looponfail.RemoteControl.setup") in found  # a plain method: still said


_HOOKS_OLD = """import pytest
import pluggy

hookimpl = pluggy.HookimplMarker("demo")


def pytest_demo_configure(config, options):
    '''Called once the configuration is read (a spec `add_hookspecs` registers, or a conftest's hook).'''


@hookimpl
def demo_setup(config, options):
    return config


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config, early):
    config.demo = early


class Plugin:
    def pytest_collection_modifyitems(self, session, config, items):
        items.sort()

    def report(self, session, items):
        return items
"""
_HOOKS_NEW = (
    _HOOKS_OLD.replace("pytest_demo_configure(config, options)", "pytest_demo_configure(config)")
    .replace("demo_setup(config, options)", "demo_setup(config)")
    .replace("pytest_configure(config, early)", "pytest_configure(config)")
    .replace("config.demo = early", "config.demo = True")
    .replace("(self, session, config, items)", "(self, config, items)")
    .replace("report(self, session, items)", "report(self, items)")
)


def test_a_hook_implementation_losing_a_parameter_is_no_signature_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HOOKS_OLD}, {"demo/__init__.py": _HOOKS_NEW})
    assert ("signature_changed", "demo.demo_setup") not in found
    assert ("signature_changed", "demo.pytest_configure") not in found
    assert ("signature_changed", "demo.Plugin.pytest_collection_modifyitems") not in found


def test_a_hook_specification_or_plain_method_losing_a_parameter_stays_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HOOKS_OLD}, {"demo/__init__.py": _HOOKS_NEW})
    assert ("signature_changed", "demo.pytest_demo_configure") in found  # unmarked module function: maybe a spec
    assert ("signature_changed", "demo.Plugin.report") in found


# -- a module writing no `__all__` gets one from its first `@register_model`: a star import never brought the rest --


def test_timm_helpers_of_modules_without_written_all_were_never_star_imported() -> None:
    # 0.6.13's `volo.py` and `nfnet.py` write no `__all__`; `register_model` sets `mod.__all__ = [fn.__name__]` at
    # the first model, so `from .volo import *` in `timm/models/__init__.py` brought models only, never helpers
    found = changes("timm", "0.6.13", "0.9.16")
    assert ("removed", "timm.models.OutlookAttention") not in found
    assert ("removed", "timm.models.create_stem") not in found
    assert ("removed", "timm.models.SelecSLS") in found  # listed by `selecsls.py`'s written `__all__`, then renamed
    for model in ("vit_base_r50_s16_224_in21k", "vit_base_resnet50_384"):  # made by `register_model_deprecations`
        assert ("removed", f"timm.models.{model}") not in found


_REGISTRY = """import sys


def register_model(fn):
    mod = sys.modules[fn.__module__]
    if hasattr(mod, '__all__'):
        mod.__all__.append(fn.__name__)
    else:
        mod.__all__ = [fn.__name__]
    return fn


def export(fn):
    sys.modules['demo'].__all__.append(fn.__name__)
    return fn
"""
_PLAIN = "def helper():\n    pass\n\n\ndef model_a():\n    return helper()\n"
_REGISTERED = "from ._registry import register_model\n\n\ndef helper():\n    pass\n\n\n@register_model\ndef model_a():\n    return helper()\n"


def _models(x: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "__all__ = []\n",
        "demo/models/__init__.py": "from .x import *\n",
        "demo/models/_registry.py": _REGISTRY,
        "demo/models/x.py": x,
    }


def test_a_registering_decorator_makes_the_all_a_module_did_not_write(tmp_path: Path) -> None:
    # gaining its first `@register_model`, `x` stops star-exporting `helper`: a user of `demo.models.helper` breaks
    assert ("removed", "demo.models.helper") in diffed(tmp_path, _models(_PLAIN), _models(_REGISTERED))
    # and once registered, `helper` was never `demo.models.helper`: dropping it drops only `demo.models.x.helper`
    alone = "from ._registry import register_model\n\n\n@register_model\ndef model_a():\n    return 1\n"
    found = diffed(tmp_path, _models(_REGISTERED), _models(alone))
    assert ("removed", "demo.models.helper") not in found
    assert ("removed", "demo.models.x.helper") in found


def test_an_exporter_growing_another_module_leaves_a_module_without_all_exporting_all(tmp_path: Path) -> None:
    exported = _REGISTERED.replace("register_model", "export")
    found = diffed(tmp_path, _models(_PLAIN), _models(exported))
    assert ("removed", "demo.models.helper") not in found  # `x` writes no `__all__` and gets none: `*` brings all
