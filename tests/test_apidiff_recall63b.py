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
    assert "'t1' renamed to 'start_time'" in found[("signature_changed", "moviepy.video.io.ffmpeg_tools.ffmpeg_extract_subclip")].detail


# -- a body whose every path, past assignments of local names, ends in `raise` (geopandas 1.0's
# `datasets.get_path(dataset)`: a message built, then raised in both branches of an `if`): every call raises --


def test_a_function_raising_on_every_branch_after_building_its_message_now_raises(tmp_path: Path) -> None:
    new = (
        "def get_path(dataset):\n    msg = f'{dataset} was removed'\n    if dataset in ('a', 'b'):\n"
        "        raise AttributeError(msg)\n    else:\n        msg = 'removed'\n        raise AttributeError(msg)\n"
    )
    found = diffed(
        tmp_path, {"demo/__init__.py": "def get_path(dataset):\n    return dataset\n"}, {"demo/__init__.py": new}
    )
    assert found[("signature_changed", "demo.get_path")].breakage == "callable_now_raises"


def test_an_if_without_else_that_raises_then_a_raise_is_every_path_too(tmp_path: Path) -> None:
    new = "def get_path(dataset):\n    if dataset:\n        raise KeyError('gone')\n    raise ValueError('removed')\n"
    found = diffed(
        tmp_path, {"demo/__init__.py": "def get_path(dataset):\n    return dataset\n"}, {"demo/__init__.py": new}
    )
    assert found[("signature_changed", "demo.get_path")].breakage == "callable_now_raises"


def test_a_branch_that_returns_is_no_refusal(tmp_path: Path) -> None:
    new = (
        "def get_path(dataset):\n    msg = 'x'\n    if dataset:\n        raise KeyError(msg)\n"
        "    else:\n        return dataset\n"
    )
    found = diffed(
        tmp_path, {"demo/__init__.py": "def get_path(dataset):\n    return dataset\n"}, {"demo/__init__.py": new}
    )
    assert ("signature_changed", "demo.get_path") not in found


def test_a_statement_other_than_an_assignment_before_the_raise_is_no_refusal(tmp_path: Path) -> None:
    """A loop or `try` may return or catch: only plain assignments and raising ifs are passed."""
    new = "def get_path(dataset):\n    for x in dataset:\n        return x\n    raise ValueError('empty')\n"
    found = diffed(
        tmp_path, {"demo/__init__.py": "def get_path(dataset):\n    return dataset\n"}, {"demo/__init__.py": new}
    )
    assert ("signature_changed", "demo.get_path") not in found


def test_geopandas_1_0_datasets_get_path_now_raises() -> None:
    found = changes("geopandas", "0.14.4", "1.0.0")
    assert "every call now raises" in found[("signature_changed", "geopandas.datasets.get_path")].detail
