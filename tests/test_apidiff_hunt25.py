"""False reports found on refactor-heavy releases of libraries nobody had read (blessed 1.21, langchain-core 1.0,
pymongo 4.9, aio-pika 9.0): each class on its pinned real example (pymongo's sdists are too large to pin: on a
synthetic case only) and on a synthetic case, with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import changes as core_changes
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- six's type shims as bases: `six.text_type` is `str` on Python 3 --


def test_blessed_1_21_strings_are_still_str_subclasses() -> None:
    found = changes("blessed", "1.20.0", "1.21.0")
    # 1.20: `class FormattingString(six.text_type)`; 1.21: `class FormattingString(TextType)`, `TextType = str`
    for name in ("formatters.FormattingString", "formatters.ParameterizingString", "sequences.Sequence"):
        assert ("signature_changed", f"blessed.{name}") not in found


_SIX_OLD = (
    "import six\n\n\n"
    "class Text(six.text_type):\n    pass\n\n\n"
    "class Blob(six.binary_type):\n    pass\n\n\n"
    "class Swapped(six.text_type):\n    pass\n"
)
_SIX_NEW = "class Text(str):\n    pass\n\n\nclass Blob(bytes):\n    pass\n\n\nclass Swapped(bytes):\n    pass\n"


def test_a_six_type_base_replaced_by_the_builtin_is_no_claim(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _SIX_OLD, _SIX_NEW)
    assert "demo.Text" not in found
    assert "demo.Blob" not in found


def test_a_six_text_type_base_replaced_by_another_builtin_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _SIX_OLD, _SIX_NEW)
    assert found["demo.Swapped"].detail == "no longer a subclass of str"


# -- a method become a property whose value is callable: `obj.name()` still works --


def test_langchain_core_1_0_message_text_is_still_callable() -> None:
    found = changes("langchain-core", "0.3.79", "1.0.0")
    # 1.0: `@property def text(self) -> TextAccessor`, a `str` subclass whose `__call__` returns the text
    assert ("signature_changed", "langchain_core.messages.base.BaseMessage.text") not in found
    assert ("removed", "langchain_core.pydantic_v1") in found  # the release's true reports are kept


_PROPERTY_OLD = "class Message:\n    def text(self):\n        return ''\n\n    def name(self):\n        return ''\n"
_PROPERTY_NEW = (
    "class Accessor(str):\n    def __call__(self) -> str:\n        return str(self)\n\n\n"
    "class Message:\n    @property\n    def text(self) -> Accessor:\n        return Accessor('')\n\n"
    "    @property\n    def name(self) -> str:\n        return ''\n"
)


def test_a_property_returning_a_callable_class_is_no_claim(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _PROPERTY_OLD, _PROPERTY_NEW)
    assert "demo.Message.text" not in found


def test_a_property_returning_a_plain_value_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _PROPERTY_OLD, _PROPERTY_NEW)
    assert found["demo.Message.name"].detail == "now a property: calling it fails"


# -- `**kwargs` handed by `super()` to a standard-library method the base inherits --


def test_langchain_core_1_0_executor_map_still_takes_timeout() -> None:
    found = changes("langchain-core", "0.3.79", "1.0.0")
    # `super().map(_wrapped_fn, *iterables, **kwargs)` reaches `Executor.map(fn, *iterables, timeout, chunksize)`
    assert ("signature_changed", "langchain_core.runnables.config.ContextThreadPoolExecutor.map") not in found
    moved = found["signature_changed", "langchain_core.prompts.PromptTemplate.from_file"]
    assert "'input_variables' removed" in moved.detail  # kept: `from_template` makes it a second keyword


_POOL = "from concurrent.futures import ThreadPoolExecutor\n\n\nclass Pool(ThreadPoolExecutor):\n"
_MAP_OLD = _POOL + (
    "    def map(self, fn, *iterables, timeout=None, chunksize=1, ordered=True):\n"
    "        return super().map(fn, *iterables, timeout=timeout, chunksize=chunksize)\n"
)
_MAP_NEW = (
    _POOL + "    def map(self, fn, *iterables, **kwargs):\n        return super().map(fn, *iterables, **kwargs)\n"
)


def test_keywords_an_inherited_standard_library_method_takes_are_no_claim(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _MAP_OLD, _MAP_NEW)
    assert "'timeout'" not in found["demo.Pool.map"].detail
    assert "'chunksize'" not in found["demo.Pool.map"].detail


def test_a_keyword_the_standard_library_method_refuses_is_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _MAP_OLD, _MAP_NEW)
    assert "parameter 'ordered' removed" in found["demo.Pool.map"].detail


# -- `close = close` in a class body: the method stays the method --

_CLIENT = (
    "_IS_SYNC = True\n\n\nclass Client:\n"
    "    def close(self):\n        self._end_sessions()\n\n"
    "    def _end_sessions(self):\n        pass\n\n"
)


def test_a_name_rebound_to_itself_keeps_its_method(tmp_path: Path) -> None:
    # pymongo 4.9's generated `MongoClient`: `if not _IS_SYNC: close = close` after `def close`
    found = synthetic(tmp_path, _CLIENT, _CLIENT + "    if not _IS_SYNC:\n        close = close\n")
    assert "demo.Client._end_sessions" not in found


def test_a_name_rebound_to_another_method_is_still_claimed(tmp_path: Path) -> None:
    rebound = _CLIENT + "    def aclose(self):\n        pass\n\n    close = aclose\n"
    found = synthetic(tmp_path, _CLIENT, rebound)
    assert found["demo.Client._end_sessions"].detail.startswith("'close' no longer calls it")


# -- `Base.method(self, ...)` calls the base's method as `super().method(...)` does --


def test_aio_pika_9_robust_connection_still_calls_its_close_hook() -> None:
    found = changes("aio-pika", "8.3.0", "9.0.0")
    # 9.0: `connect` starts `self.__connection_factory()`, which runs `Connection.connect(self, timeout)`: that hands
    # on `self._on_connection_close`
    assert ("signature_changed", "aio_pika.RobustConnection._on_connection_close") not in found
    # kept: `_on_connection_close` now sets an event instead of calling `self.reconnect()`
    assert "'connect' no longer calls it" in found["signature_changed", "aio_pika.RobustConnection.reconnect"].detail


_CONNECTION = (
    "class Connection:\n    def connect(self):\n        self._on_close()\n\n    def _on_close(self):\n        pass\n\n\n"
    "class Robust(Connection):\n"
)
_ROBUST_OLD = _CONNECTION + "    def connect(self):\n        super().connect()\n"


def test_a_base_method_called_with_self_still_calls_its_hooks(tmp_path: Path) -> None:
    new = _CONNECTION + "    def connect(self):\n        self.__factory()\n\n    def __factory(self):\n"
    found = synthetic(tmp_path, _ROBUST_OLD, new + "        Connection.connect(self)\n")
    assert "demo.Robust._on_close" not in found


def test_a_base_method_no_longer_called_is_still_claimed(tmp_path: Path) -> None:
    new = _CONNECTION + "    def connect(self):\n        self.__factory()\n\n    def __factory(self):\n"
    found = synthetic(tmp_path, _ROBUST_OLD, new + "        connect_elsewhere(self)\n")
    assert found["demo.Robust._on_close"].detail.startswith("'connect' no longer calls it")


# -- a package serving its names from a lazy `__getattr__` table, imported for type checkers: the import says where --


def test_langchain_core_1_0_removed_the_deprecated_model_methods() -> None:
    # `from langchain_core.runnables import RunnableSerializable`: the package binds it only `if TYPE_CHECKING:` and
    # serves it from `_dynamic_imports` at run time; pydantic 2 serves `BaseModel` the same way. Read as outside
    # classes, they hid every member the release removed from the models deriving from them
    found = changes("langchain-core", "0.3.79", "1.0.0", ("pydantic", "2.11.0"))
    for method in ("predict", "predict_messages", "apredict", "apredict_messages"):
        assert ("removed", f"langchain_core.language_models.BaseLanguageModel.{method}") in found
    assert ("removed", "langchain_core.retrievers.BaseRetriever.get_relevant_documents") in found
    assert ("removed", "langchain_core.messages.HumanMessage.example") in found
    assert ("removed", "langchain_core.language_models.BaseLanguageModel.invoke") not in found


_LAZY_INIT = (
    "import importlib\n\n__all__ = ('Runnable',)\n_dynamic_imports = {'Runnable': 'base'}\n\n\n"
    "def __getattr__(name):\n"
    "    return getattr(importlib.import_module(f'.{_dynamic_imports[name]}', __spec__.parent), name)\n"
)
_TYPED_INIT = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from demo.runnables.base import Runnable\n"
_MODEL = "from demo.runnables import Runnable\n\n\nclass Model(Runnable):\n    def run(self):\n        pass\n"


def _lazy_package(init: str, model: str) -> dict[str, str]:
    return {
        "demo/__init__.py": "",
        "demo/runnables/__init__.py": init,
        "demo/runnables/base.py": "class Runnable:\n    def invoke(self):\n        pass\n",
        "demo/models.py": model,
    }


def test_a_member_removed_below_a_lazily_served_base_is_claimed(tmp_path: Path) -> None:
    old = _lazy_package(_TYPED_INIT + _LAZY_INIT, _MODEL + "\n    def predict(self):\n        pass\n")
    found = core_changes(tmp_path, old, _lazy_package(_TYPED_INIT + _LAZY_INIT, _MODEL))
    assert ("removed", "method", "demo.models.Model.predict") in found


def test_a_lazily_served_base_no_import_names_stays_unknown(tmp_path: Path) -> None:
    old = _lazy_package(_LAZY_INIT, _MODEL + "\n    def predict(self):\n        pass\n")
    found = core_changes(tmp_path, old, _lazy_package(_LAZY_INIT, _MODEL))
    assert ("removed", "method", "demo.models.Model.predict") not in found


def test_a_submodule_named_like_a_lazily_served_name_stays_the_module(tmp_path: Path) -> None:
    # langchain 0.3's `agents` package promises `load_tools` (imported for type checkers from langchain-community)
    # and ships `agents/load_tools.py`: once imported, the submodule is the package's attribute
    init = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from demo.impl import load_tools\n"
    files = {
        "demo/__init__.py": "",
        "demo/impl.py": "def load_tools():\n    pass\n",
        "demo/agents/__init__.py": init + _LAZY_INIT.replace("Runnable", "load_tools"),
        "demo/agents/load_tools.py": "def run():\n    pass\n",
    }
    new = {"demo/__init__.py": "", "demo/agents/__init__.py": "__all__ = ()\n"}
    assert ("removed", "module", "demo.agents.load_tools") in core_changes(tmp_path, files, new)


# -- a decorator made by a `@contextmanager` generator keeps the signature (`ContextDecorator` wraps) --


def test_google_cloud_storage_3_0_upload_methods_lost_num_retries() -> None:
    found = changes("google-cloud-storage", "2.19.0", "3.0.0")
    # 3.0: `@create_trace_span(name="Storage.Blob.uploadFromFile")`, `create_trace_span` a `@contextmanager` generator
    for method in ("upload_from_file", "upload_from_filename", "upload_from_string"):
        assert "'num_retries' removed" in found["signature_changed", f"google.cloud.storage.Blob.{method}"].detail


_SPAN = "from contextlib import contextmanager\n\n\n@contextmanager\ndef span(name):\n    yield\n\n\n"
_UNREAD = "def span(name):\n    return lambda function: print\n\n\n"
_UPLOAD_OLD = "def upload(path, num_retries=None):\n    pass\n"
_UPLOAD_NEW = "@span(name='upload')\ndef upload(path):\n    pass\n"


def test_a_context_manager_decorator_keeps_the_signature(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _SPAN + _UPLOAD_OLD, _SPAN + _UPLOAD_NEW)
    assert "'num_retries' removed" in found["demo.upload"].detail


def test_a_decorator_factory_of_unknown_make_still_hides_the_signature(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _UNREAD + _UPLOAD_OLD, _UNREAD + _UPLOAD_NEW)
    assert "'num_retries' removed" not in getattr(found.get("demo.upload"), "detail", "")


# -- an attribute a new base sets on instances only, while a class further down the order still sets it on the class --


def test_textual_1_0_command_input_can_focus_is_still_read_on_the_class() -> None:
    found = changes("textual", "0.89.1", "1.0.0")
    # 1.0: `CommandInput(Input)`, `Input(ScrollView)`; `ScrollableContainer.__init__` sets `self.can_focus`, and
    # `Widget`, further down, still has `can_focus: bool = False`
    assert ("signature_changed", "textual.command.CommandInput.can_focus") not in found
    assert ("signature_changed", "textual.command.CommandInput.can_focus_children") not in found
    assert ("removed", "textual.widgets.Input.view_position") in found  # kept: the reactive is gone


_WIDGET = "class Widget:\n    can_focus = False\n    width = 1\n\n\n"
_INSTANCE_OLD = _WIDGET + "class Input(Widget):\n    pass\n"
_INSTANCE_NEW = _WIDGET + (
    "class Container(Widget):\n    def __init__(self, can_focus=None):\n        self.can_focus = can_focus\n\n\n"
    "class Input(Container):\n    limit = 5\n\n    def __init__(self):\n        super().__init__()\n"
    "        self.width = 2\n"
)


def test_an_attribute_an_ancestor_still_sets_on_the_class_is_no_claim(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _INSTANCE_OLD.replace("    pass\n", "    limit = 5\n"), _INSTANCE_NEW)
    assert "demo.Input.can_focus" not in found


def test_an_attribute_now_set_on_instances_only_is_still_claimed(tmp_path: Path) -> None:
    old = _INSTANCE_OLD.replace("    pass\n", "    limit = 5\n    height = 3\n")
    found = synthetic(tmp_path, old, _INSTANCE_NEW.replace("self.width = 2", "self.height = 2"))
    assert found["demo.Input.height"].detail.startswith("now set on each instance only")


# -- a private hook the release calls on the instance another object holds --


def test_markdown2_2_5_extras_still_call_the_markdown_hooks() -> None:
    found = changes("markdown2", "2.4.13", "2.5.0")
    # 2.5: `FencedCodeBlocks(Extra)` runs `self.md._color_with_pygments(...)` and `self.md._uniform_indent(...)`
    for hook in ("_color_with_pygments", "_get_pygments_lexer", "_uniform_indent", "_match_overlaps_substr"):
        assert ("signature_changed", f"markdown2.Markdown.{hook}") not in found
    assert ("removed", "markdown2.Markdown._do_fenced_code_blocks") in found  # kept: moved into the extra


_HOOKS_OLD = (
    "class Markdown:\n    def convert(self, text):\n        return self._indent(text)\n\n"
    "    def _indent(self, text):\n        return text\n"
)
_HOOKS_NEW = (
    "class Extra:\n    def __init__(self, md):\n        self.md = md\n\n"
    "    def run(self, text):\n        return self.md._indent(text)\n\n\n"
    "class Markdown:\n    def convert(self, text):\n        return Extra(self).run(text)\n\n"
    "    def _indent(self, text):\n        return text\n"
)


def test_a_private_hook_called_through_another_object_is_no_claim(tmp_path: Path) -> None:
    assert "demo.Markdown._indent" not in synthetic(tmp_path, _HOOKS_OLD, _HOOKS_NEW)


def test_a_private_hook_another_class_also_defines_is_still_claimed(tmp_path: Path) -> None:
    other = "\n\nclass Apps:\n    def _indent(self, text):\n        return text\n"
    found = synthetic(tmp_path, _HOOKS_OLD, _HOOKS_NEW + other)
    assert found["demo.Markdown._indent"].detail.startswith("'convert' no longer calls it")


# -- found at the merge: the two rules above must not swallow true claims --


def test_sqlalchemy_2_0_dialect_type_compiler_is_no_longer_read_on_the_class() -> None:
    found = changes("sqlalchemy", "1.4.52", "2.0.0")
    # 2.0: `self.type_compiler = self.type_compiler_cls(self)`; the `Dialect` interface only annotates it
    detail = found["signature_changed", "sqlalchemy.engine.default.DefaultDialect.type_compiler"].detail
    assert detail.startswith("now set on each instance only")


def test_an_attribute_an_ancestor_only_annotates_is_still_claimed(tmp_path: Path) -> None:
    new = _INSTANCE_NEW.replace("    can_focus = False\n", "    can_focus: bool\n")
    found = synthetic(tmp_path, _INSTANCE_OLD.replace("    pass\n", "    can_focus = True\n"), new)
    assert found["demo.Input.can_focus"].detail.startswith("now set on each instance only")


def test_django_4_0_forms_no_longer_render_through_html_output() -> None:
    found = changes("django", "3.2.13", "4.0")
    # 4.0: `as_p` renders a template; `_html_output` is named only in its own deprecation message
    assert found["signature_changed", "django.forms.BaseForm._html_output"].detail.startswith("'as_p' no longer")


def test_pydantic_2_10_calls_its_dataclass_field_hook_on_the_class() -> None:
    found = changes("pydantic", "2.0", "2.10.6")
    # 2.10: `FieldInfo._from_dataclass_field(default)`: a subclass's override is passed over
    detail = found["signature_changed", "pydantic.fields.FieldInfo._from_dataclass_field"].detail
    assert detail.startswith("'from_annotated_attribute' no longer calls it")


def test_a_private_hook_called_on_its_class_by_name_is_still_claimed(tmp_path: Path) -> None:
    new = _HOOKS_NEW.replace("self.md._indent(text)", "Markdown._indent(self.md, text)")
    found = synthetic(tmp_path, _HOOKS_OLD, new)
    assert found["demo.Markdown._indent"].detail.startswith("'convert' no longer calls it")


def test_a_private_hook_named_in_a_message_is_still_claimed(tmp_path: Path) -> None:
    new = _HOOKS_NEW.replace("return self.md._indent(text)", "raise TypeError('Markdown._indent() is gone')")
    found = synthetic(tmp_path, _HOOKS_OLD, new)
    assert found["demo.Markdown._indent"].detail.startswith("'convert' no longer calls it")
