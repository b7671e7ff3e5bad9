"""Recall sample 63b (data, science, media, geo, parsing libraries): breaking changes their changelogs document."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a decorator factory whose every `return` hands back a call of another factory making a signature-keeping
# decorator (moviepy's `convert_path_to_string(names)` returns `preprocess_args(os.fspath, names)`, which returns
# the `decorator` package's `decorator(wrapper)`): the functions it decorates keep their signatures --

_FACTORIES = '''import decorator


def preprocess_args(fun, names):
    def wrapper(func, *args, **kwargs):
        return func(*args, **kwargs)

    return decorator.decorator(wrapper)


def convert_path_to_string(names):
    """Converts the named arguments to path strings."""
    return preprocess_args(str, names)


def opaque(names):
    return decorator.decorator(names, names)
'''


def _decorated(by: str, param: str) -> str:
    return (
        f"from demo.decorators import {by.partition('(')[0]}\n\n\n@{by}\ndef load(filename, {param}=None):\n    pass\n"
    )


def test_a_function_decorated_by_a_factory_of_a_signature_keeping_factory_keeps_its_signature(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": _decorated("convert_path_to_string('filename')", "txt"),
        "demo/decorators.py": _FACTORIES,
    }
    new = {
        "demo/__init__.py": _decorated("convert_path_to_string('filename')", "text"),
        "demo/decorators.py": _FACTORIES,
    }
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.load")].breakage == "param_renamed"


def test_the_one_level_factory_keeps_it_too(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _decorated("preprocess_args(str, 'filename')", "txt"), "demo/decorators.py": _FACTORIES}
    new = {"demo/__init__.py": _decorated("preprocess_args(str, 'filename')", "text"), "demo/decorators.py": _FACTORIES}
    assert ("signature_changed", "demo.load") in diffed(tmp_path, old, new)


def test_a_factory_returning_decorator_with_two_arguments_is_not_read_as_keeping(tmp_path: Path) -> None:
    """`decorator(caller, func)` decorates at once: what the factory's call returns is no decorator known to keep."""
    old = {"demo/__init__.py": _decorated("opaque('filename')", "txt"), "demo/decorators.py": _FACTORIES}
    new = {"demo/__init__.py": _decorated("opaque('filename')", "text"), "demo/decorators.py": _FACTORIES}
    assert ("signature_changed", "demo.load") not in diffed(tmp_path, old, new)


def test_moviepy_2_0_signatures_under_its_converting_decorators_are_compared() -> None:
    found = changes("moviepy", "1.0.3", "2.0.0")
    assert "'txt' renamed to 'text'" in found[("signature_changed", "moviepy.video.VideoClip.TextClip")].detail
    assert (
        "'verbose' removed" in found[("signature_changed", "moviepy.video.VideoClip.VideoClip.write_videofile")].detail
    )
    assert "'t1' removed" in found[("signature_changed", "moviepy.video.io.ffmpeg_tools.ffmpeg_extract_subclip")].detail
