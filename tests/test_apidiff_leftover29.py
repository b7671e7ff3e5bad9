"""False claims and misses left over from lost work (luigi, jsonargparse, django-extensions, virtualenv, rich-click,
werkzeug): each class on its pinned real example and on a synthetic case, with siblings that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- an option the body cannot run without, read out of `**kwargs`, was required already --


def test_luigi_3_7_options_required_out_of_kwargs_lost_no_default() -> None:
    found = changes("luigi", "3.6.0", "3.7.1")
    # 3.6.0: `if 'enum' not in kwargs: raise ParameterException(...)` then `self._enum = kwargs.pop('enum')`;
    # 3.7.1: `enum=None` then `if enum is None: raise ParameterException(...)`
    lost = {s for (k, s) in found if k == "signature_changed" and s.startswith("luigi.") and "Parameter" in s}
    assert lost == set()
    assert ("signature_changed", "luigi.mypy.TaskTransformer") in found  # a new required `task_plugin`: kept


_REQUIRED_BY_GUARD = (
    "class P:\n    def __init__(self, *args, **kwargs):\n"
    "        if 'choices' not in kwargs:\n            raise ValueError('choices')\n"
    "        self.choices = kwargs.pop('choices')\n"
)
_REQUIRED_BY_READ = "class P:\n    def __init__(self, **kwargs):\n        self.choices = set(kwargs['choices'])\n"
_NEW_REFUSING_NONE = (
    "class P:\n    def __init__(self, *args, choices=None, **kwargs):\n"
    "        if choices is None:\n            raise ValueError('choices')\n        self.choices = choices\n"
)


@pytest.mark.parametrize("old", [_REQUIRED_BY_GUARD, _REQUIRED_BY_READ])
def test_an_option_required_out_of_kwargs_made_a_refused_none_default_is_no_claim(tmp_path: Path, old: str) -> None:
    found = diffed(tmp_path, old, _NEW_REFUSING_NONE)
    assert ("signature_changed", "demo.P") not in found
    required = "class P:\n    def __init__(self, *args, choices, **kwargs):\n        self.choices = choices\n"
    assert ("signature_changed", "demo.P") not in diffed(tmp_path, old, required)


@pytest.mark.parametrize(
    "old",
    [
        "class P:\n    def __init__(self, **kwargs):\n        self.choices = kwargs.pop('choices', None)\n",
        "class P:\n    def __init__(self, **kwargs):\n        if kwargs:\n            self.choices = kwargs['choices']\n",
        "class P:\n    def __init__(self, **kwargs):\n        x = kwargs.get('a') or kwargs['choices']\n",
    ],
)
def test_an_optional_option_out_of_kwargs_made_required_is_still_claimed(tmp_path: Path, old: str) -> None:
    found = diffed(tmp_path, old, _NEW_REFUSING_NONE)
    assert ("signature_changed", "demo.P") in found
