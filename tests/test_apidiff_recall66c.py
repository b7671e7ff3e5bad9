"""Recall on science, media, geo and protocol libraries never measured: deprecations a decorator factory makes."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a decorator factory whose decorator is made with `decorator(caller)` (the `decorator` package), the caller
# warning on every call: what it decorates, by `@` or by a call, is deprecated (librosa 0.10's `tempo =
# moved(moved_from="librosa.beat.tempo", ...)(_tempo)`) --

_FACTORY = '''import warnings
from decorator import decorator


def moved(*, moved_from, version):
    def __wrapper(func, *args, **kwargs):
        warnings.warn("{:s} moved to {:s}.{:s}".format(moved_from, func.__module__, func.__name__), FutureWarning)
        return func(*args, **kwargs)

    return decorator(__wrapper)


def logged(*, name):
    def __wrapper(func, *args, **kwargs):
        print(name)
        return func(*args, **kwargs)

    return decorator(__wrapper)
'''
_OLD = {
    "demo/__init__.py": "",
    "demo/deco.py": _FACTORY,
    "demo/feature.py": "def tempo(y=None):\n    return 1\n",
    "demo/beat.py": "def tempo(y=None):\n    return 1\n\n\ndef beats(y=None):\n    return 1\n",
}


def test_a_callable_wrapped_by_a_call_of_a_warning_decorator_factory_is_deprecated(tmp_path: Path) -> None:
    beat = (
        "from .deco import logged, moved\nfrom .feature import tempo as _tempo\n\n"
        "tempo = moved(moved_from='demo.beat.tempo', version='2.0')(_tempo)\n\n\n"
        "def _beats(y=None):\n    return 1\n\n\nbeats = logged(name='beats')(_beats)\n"
    )
    found = diffed(tmp_path, _OLD, {**_OLD, "demo/beat.py": beat})
    assert found[("deprecated", "demo.beat.tempo")].detail == "deprecated"  # its message is all computed fields
    assert ("deprecated", "demo.beat.beats") not in found  # its caller does not warn


def test_a_def_decorated_by_a_warning_decorator_factory_is_deprecated(tmp_path: Path) -> None:
    beat = (
        "from .deco import logged, moved\n\n\n@moved(moved_from='demo.beat.tempo', version='2.0')\n"
        "def tempo(y=None):\n    return 1\n\n\n@logged(name='beats')\ndef beats(y=None):\n    return 1\n"
    )
    found = diffed(tmp_path, _OLD, {**_OLD, "demo/beat.py": beat})
    assert ("deprecated", "demo.beat.tempo") in found
    assert ("deprecated", "demo.beat.beats") not in found


def test_librosa_0_10_deprecates_beat_tempo_moved_to_feature() -> None:
    found = changes("librosa", "0.9.2", "0.10.0")
    assert ("deprecated", "librosa.beat.tempo") in found
    assert ("deprecated", "librosa.feature.tempo") not in found  # where it moved to: the undecorated function


_NESTED = '''import functools
import warnings


def moved(new):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn("moved to " + new, FutureWarning)
            return func(*args, **kwargs)

        return wrapper

    return deco
'''


def test_a_nested_def_decorator_factory_whose_wrapper_warns_deprecates_what_it_decorates(tmp_path: Path) -> None:
    # the sibling spelled without the `decorator` package: factory -> decorator -> wrapper warning on every call
    old = {"demo/__init__.py": "", "demo/deco.py": _NESTED, "demo/beat.py": "def tempo(y=None):\n    return 1\n"}
    by_at = "from .deco import moved\n\n\n@moved('demo.feature.tempo')\ndef tempo(y=None):\n    return 1\n"
    by_call = "from .deco import moved\n\n\ndef _tempo(y=None):\n    return 1\n\n\ntempo = moved('x')(_tempo)\n"
    assert ("deprecated", "demo.beat.tempo") in diffed(tmp_path / "at", old, {**old, "demo/beat.py": by_at})
    assert ("deprecated", "demo.beat.tempo") in diffed(tmp_path / "call", old, {**old, "demo/beat.py": by_call})


# -- a None default the new body skips storing (`if bits is not None: self.bits = bits`) after presetting the
# attribute, or the `_bits` its property keeps, to the default: the None still means that default (wsproto 1.0's
# `PerMessageDeflate(client_max_window_bits=None)`, 0.15 replacing the None with the same default) --

_REPLACING = '''class Deflate:
    DEFAULT_BITS = 15

    def __init__(self, bits=None):
        if bits is None:
            bits = 15
        self.bits = bits
'''


def _presetting(preset: str) -> str:
    return f'''class Deflate:
    DEFAULT_BITS = 15

    def __init__(self, bits=None):
        {preset}
        if bits is not None:
            self.bits = bits

    @property
    def bits(self):
        return self._bits

    @bits.setter
    def bits(self, value):
        self._bits = value
'''


def test_a_none_skipped_after_presetting_the_attribute_it_is_stored_in_keeps_its_meaning(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _REPLACING}
    same = diffed(tmp_path / "same", old, {"demo/__init__.py": _presetting("self._bits = 15")})
    assert not [key for key in same if key[1] == "demo.Deflate"]
    other = diffed(tmp_path / "other", old, {"demo/__init__.py": _presetting("self._bits = 9")})
    assert "defaults to None (which the body replaces with 9) where it defaulted to None (which the body replaces with 15)" in other[("signature_changed", "demo.Deflate")].detail


def test_wsproto_1_0_keeps_the_window_bits_defaults() -> None:
    found = changes("wsproto", "0.15.0", "1.0.0")
    assert ("signature_changed", "wsproto.extensions.PerMessageDeflate") not in found
    assert ("signature_changed", "wsproto.extensions.PerMessageDeflate.accept") in found  # its return may be None now
