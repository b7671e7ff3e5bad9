"""Recall on ORMs, web-framework extensions and testing plugins never measured: a parameter renamed with its old
keyword kept behind a warning, and results users get through `await` or a return annotation now None."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter renamed in place, the old keyword taken out of `**kwargs` inside the test itself (`(pk :=
# kwargs.pop("pk", None)) is not None`) and warned about one `if` deeper, unless the new name is given too
# (tortoise-orm 0.21's `Field(pk=...)`, now `primary_key`) --

_OLD_FIELD = "class Field:\n    def __init__(self, source=None, pk=False, null=False, **kwargs):\n        self.pk = pk\n"
_NEW_FIELD = '''import warnings


class Field:
    def __init__(self, source=None, primary_key=None, null=False, **kwargs):
        if (pk := kwargs.pop("pk", None)) is not None:
            if primary_key is None:
                warnings.warn("`pk` is deprecated, please use `primary_key` instead", DeprecationWarning)
                primary_key = pk
            elif primary_key != pk:
                raise ValueError("both primary_key and pk")
        self.pk = bool(primary_key)
'''


def test_an_old_keyword_popped_in_a_walrus_test_and_warned_about_one_if_deeper_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_FIELD}, {"demo/__init__.py": _NEW_FIELD})
    assert found[("deprecated", "demo.Field")].detail == "deprecated parameter 'pk'"
    # a positional caller fills `primary_key` where it filled `pk`, and the keyword still works: no signature change
    assert ("signature_changed", "demo.Field") not in found


def test_a_popped_option_is_present_only_when_the_pop_defaults_to_none(tmp_path: Path) -> None:
    # `kwargs.pop("pk", False) is not None` always holds: no test of the caller passing it, the warning is for all
    new = _NEW_FIELD.replace('kwargs.pop("pk", None)', 'kwargs.pop("pk", False)')
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_FIELD}, {"demo/__init__.py": new})
    assert ("deprecated", "demo.Field") not in found


def test_an_inner_warning_about_the_value_passed_or_naming_another_thing_deprecates_nothing(tmp_path: Path) -> None:
    # the inner test reads the value passed: a way of passing it is deprecated, not the parameter
    by_value = _NEW_FIELD.replace("if primary_key is None:", "if isinstance(pk, str):")
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_FIELD}, {"demo/__init__.py": by_value})
    assert ("deprecated", "demo.Field") not in found
    # the message names no parameter the outer test looks at
    other = _NEW_FIELD.replace("`pk` is deprecated, please use `primary_key` instead", "null columns are deprecated")
    found = diffed(tmp_path / "other", {"demo/__init__.py": _OLD_FIELD}, {"demo/__init__.py": other})
    assert ("deprecated", "demo.Field") not in found


# -- the same keyword reaching that constructor through a subclass's `**kwargs` (`IntField(self, primary_key=None,
# **kwargs)` calling `super().__init__(primary_key=primary_key, **kwargs)`): deprecated there too, and no more
# keyword-only than in the base: `IntField(pk=True)` and `IntField(True)` fill `primary_key` as they did --

_OLD_INT = _OLD_FIELD + '''

class IntField(Field):
    def __init__(self, pk=False, **kwargs):
        super().__init__(pk=pk, **kwargs)
'''
_NEW_INT = _NEW_FIELD + '''

class IntField(Field):
    def __init__(self, primary_key=None, **kwargs):
        super().__init__(primary_key=primary_key, **kwargs)
'''


def test_a_keyword_deprecated_by_the_callee_the_kwargs_reach_is_deprecated_and_kept(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_INT}, {"demo/__init__.py": _NEW_INT})
    assert found[("deprecated", "demo.IntField")].detail == "deprecated parameter 'pk'"
    assert ("signature_changed", "demo.IntField") not in found


def test_a_keyword_the_subclass_takes_out_of_its_kwargs_is_not_the_callees_to_deprecate(tmp_path: Path) -> None:
    popped = _NEW_INT.replace("super().__init__(primary_key=primary_key, **kwargs)",
                              'kwargs.pop("pk", None)\n        super().__init__(primary_key=primary_key, **kwargs)')
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_INT}, {"demo/__init__.py": popped})
    assert ("deprecated", "demo.IntField") not in found
    assert found[("signature_changed", "demo.IntField")].detail == "parameter 'pk' is now keyword-only"


# -- what a call or `await` gives, as annotated: a return now `None` whatever the old type was (a TypeVar's value
# too), and a generator's or awaitable's result type (`__await__() -> Generator[Any, None, List[MODEL]]` became
# `Generator[Any, None, None]` in tortoise-orm 0.21: `await Model.bulk_create(...)` gives None) --

_TYPING = "from typing import Any, Generator, Generic, List, TypeVar\n\nMODEL = TypeVar('MODEL')\n\n\n"
_OLD_QUERY = _TYPING + '''class BulkCreateQuery(Generic[MODEL]):
    async def _execute(self) -> List[MODEL]:
        return []

    def __await__(self) -> Generator[Any, None, List[MODEL]]:
        return self._execute().__await__()

    def rows(self) -> List[MODEL]:
        return []
'''
_NEW_QUERY = _TYPING + '''class BulkCreateQuery(Generic[MODEL]):
    async def _execute(self) -> None:
        pass

    def __await__(self) -> Generator[Any, None, None]:
        return self._execute().__await__()

    def rows(self) -> None:
        print(self)
'''


def test_a_return_annotated_none_where_it_gave_a_typevar_list_is_a_type_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_QUERY}, {"demo/__init__.py": _NEW_QUERY})
    said = found[("signature_changed", "demo.BulkCreateQuery.rows")].detail
    assert said == "return annotation changed from List[MODEL] to None"


def test_what_await_gives_through_the_generator_of_await_is_compared(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_QUERY}, {"demo/__init__.py": _NEW_QUERY})
    said = found[("signature_changed", "demo.BulkCreateQuery.__await__")].detail
    assert said == (
        "return annotation changed from Generator[Any, None, List[MODEL]] to Generator[Any, None, None]"
    )


def test_a_generator_sent_other_values_or_yielding_narrower_ones_is_no_type_change(tmp_path: Path) -> None:
    old = _TYPING + "def rows() -> Generator[int, None, List[MODEL]]:\n    yield 1\n    return []\n"
    for new_return in ("Generator[int, str, List[MODEL]]", "Generator[bool, None, List[MODEL]]"):
        new = old.replace("Generator[int, None, List[MODEL]]", new_return)
        found = diffed(tmp_path / new_return[10:14], {"demo/__init__.py": old}, {"demo/__init__.py": new})
        assert ("signature_changed", "demo.rows") not in found, new_return
    optional = _TYPING + "def first() -> MODEL | None:\n    return None\n"
    found = diffed(tmp_path / "optional", {"demo/__init__.py": optional},
                   {"demo/__init__.py": optional.replace("MODEL | None", "None")})
    assert ("signature_changed", "demo.first") not in found  # narrowed to what it could already give


def test_tortoise_orm_0_21_pk_and_index_deprecated_and_bulk_create_awaits_to_none() -> None:
    found = changes("tortoise-orm", "0.20.1", "0.21.0")
    for field in ("tortoise.fields.Field", "tortoise.fields.BooleanField", "tortoise.fields.base.Field",
                  "tortoise.fields.IntField", "tortoise.fields.CharField", "tortoise.fields.ForeignKeyField"):
        assert found[("deprecated", field)].detail == "deprecated parameters 'index', 'pk'"
        assert ("signature_changed", field) not in found
    said = found[("signature_changed", "tortoise.queryset.BulkCreateQuery.__await__")].detail
    assert said == "return annotation changed from Generator[Any, None, List[MODEL]] to Generator[Any, None, None]"


# -- a module whose top level raises whatever runs before it: no import of it ever worked, so its loss breaks nobody
# (whitenoise 5.3's `whitenoise/django.py`, only `raise ImportError("... incompatible with WhiteNoise v4.0 ...")`);
# one becoming such a tombstone is lost to every import --

_TOMBSTONE = 'raise ImportError(\n    "Your configuration is incompatible with demo 4.0: see the changelog"\n)\n'


def test_a_module_whose_top_level_raises_was_never_importable(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "X = 1\n", "demo/django.py": "import os\n\n" + _TOMBSTONE + "\n\ndef helper():\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": "X = 1\n"})
    assert not found  # neither the module nor its `helper` was ever reached


def test_a_module_turned_into_a_tombstone_is_lost_and_one_raising_under_a_test_is_kept(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "X = 1\n", "demo/django.py": "def helper():\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": "X = 1\n", "demo/django.py": _TOMBSTONE})
    said = found[("removed", "demo.django")].detail
    # said as failing on import, one change for the module (test_apidiff_left67)
    assert said.startswith("module 'demo.django' now fails on import in 2.0: the top level of its file")
    guarded = "import sys\n\nif sys.version_info < (3,):\n    raise ImportError('python 3 only')\n\n\ndef helper():\n    pass\n"
    found = diffed(tmp_path / "guarded", {**old, "demo/django.py": guarded}, {"demo/__init__.py": "X = 1\n"})
    assert ("removed", "demo.django") in found  # a test may be false: the module was importable


def test_whitenoise_6_django_module_was_a_tombstone_in_5_3() -> None:
    found = changes("whitenoise", "5.3.0", "6.0.0")
    assert ("removed", "whitenoise.django") not in found
    assert ("removed", "whitenoise.__version__") in found


# -- a call made only when a parameter is passed (`x if files else y`, `if files:`) to a function of the
# distribution deprecated whole, reached through its module (`_internals.multipart_stream(...)`): passing the
# parameter warns (pytest-httpx 0.17's `add_response(files=...)`) --

_HELPER = "def multipart_stream(data, files, boundary):\n    return (data, files, boundary)\n"
_DEPRECATED_HELPER = (
    "import warnings\n\n\ndef multipart_stream(data, files, boundary):\n"
    "    warnings.warn('data, files and boundary will be removed', DeprecationWarning)\n"
    "    return (data, files, boundary)\n"
)
_MOCK = '''from demo import _internals


class Mock:
    def add_response(self, status=200, stream=None, data=None, files=None, boundary=None):
        return (status, _internals.multipart_stream(data=data, files=files, boundary=boundary) if files else stream)
'''


def _mocked(tmp_path: Path, mock: str) -> dict[tuple[str, str], object]:
    old = {"demo/__init__.py": "", "demo/_internals.py": _HELPER, "demo/mock.py": mock}
    return dict(diffed(tmp_path, old, {**old, "demo/_internals.py": _DEPRECATED_HELPER}))


def test_a_parameter_whose_passing_calls_a_function_deprecated_whole_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/_internals.py": _HELPER, "demo/mock.py": _MOCK},
                   {"demo/__init__.py": "", "demo/_internals.py": _DEPRECATED_HELPER, "demo/mock.py": _MOCK})
    # only `files` warns: `data` or `boundary` passed alone never reach the helper
    assert found[("deprecated", "demo.mock.Mock.add_response")].detail == "deprecated parameter 'files'"
    statement = _MOCK.replace(
        "        return (status, _internals.multipart_stream(data=data, files=files, boundary=boundary) if files else stream)",
        "        if files is not None:\n"
        "            stream = _internals.multipart_stream(data=data, files=files, boundary=boundary)\n"
        "        return (status, stream)",
    )
    assert ("deprecated", "demo.mock.Mock.add_response") in _mocked(tmp_path / "statement", statement)


def test_a_call_made_on_every_run_or_under_a_test_of_the_value_deprecates_no_parameter(tmp_path: Path) -> None:
    always = _MOCK.replace(" if files else stream", "")
    assert ("deprecated", "demo.mock.Mock.add_response") not in _mocked(tmp_path / "always", always)
    by_value = _MOCK.replace("if files else", "if isinstance(files, dict) else")
    assert ("deprecated", "demo.mock.Mock.add_response") not in _mocked(tmp_path / "value", by_value)


def test_pytest_httpx_0_17_deprecates_add_response_files() -> None:
    found = changes("pytest-httpx", "0.16.0", "0.17.0")
    assert found[("deprecated", "pytest_httpx.HTTPXMock.add_response")].detail == "deprecated parameter 'files'"
    assert ("removed", "pytest_httpx.to_response") in found


# -- a warning `%`-formatted with the class's own name (`'%s.unicode is deprecated, use %s.str' %
# (self.__class__.__name__, self.__class__.__name__)`): said with the class users spell, as an f-string's is
# (django-environ 0.9's `Env.unicode`), and its advice kept as the hint --

_ENV_OLD = "class Env:\n    def unicode(self, var):\n        return str(var)\n\n\nclass Base(Env):\n    pass\n"
_ENV_NEW = _ENV_OLD.replace(
    "        return str(var)",
    "        warnings.warn('`%s.unicode` is deprecated, use `%s.str` instead' % (self.__class__.__name__,\n"
    "                      type(self).__name__), DeprecationWarning)\n        return str(var)",
)


def test_a_percent_warning_naming_its_own_class_is_said_with_the_class(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ENV_OLD}, {"demo/__init__.py": "import warnings\n\n\n" + _ENV_NEW})
    change = found[("deprecated", "demo.Env.unicode")]
    assert change.detail == "`Env.unicode` is deprecated, use `Env.str` instead"
    assert change.hint == "`Env.unicode` is deprecated, use `Env.str` instead"


def test_a_percent_warning_whose_fields_are_other_values_stays_as_written(tmp_path: Path) -> None:
    other = _ENV_NEW.replace("(self.__class__.__name__,\n                      type(self).__name__)", "(NAME, NAME)")
    new = "import warnings\n\nNAME = 'Environment'\n\n\n" + other
    found = diffed(tmp_path, {"demo/__init__.py": _ENV_OLD}, {"demo/__init__.py": new})
    assert found[("deprecated", "demo.Env.unicode")].detail == "`%s.unicode` is deprecated, use `%s.str` instead"


def test_django_environ_0_9_env_unicode_deprecation_names_env() -> None:
    found = changes("django-environ", "0.8.1", "0.9.0")
    change = found[("deprecated", "environ.Env.unicode")]
    assert change.detail == change.hint == "`Env.unicode` is deprecated, use `Env.str` instead"
