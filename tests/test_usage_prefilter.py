"""The cheap parts of the usage finder: which files are parsed, which statements are walked, and the collector.

Django 4.2.7 scanned against its own diff spelled `django` and some changed name in nearly every file; parsing
and walking all of that cost 1.8x reading and parsing every file (benchmarks/scan.py). These tests pin what the
cheap filters may skip: only what cannot be a use.
"""

from __future__ import annotations

import gc
import textwrap

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage import Targets, find_usages, needs_analysis
from bot.usage.lines import lines_naming

DIFF = ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[
    Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION),
    Change(symbol="werkzeug.datastructures.File", kind=ChangeKind.REMOVED, object=ObjectKind.CLASS),
])
FLASK = ReleaseDiff(package="flask", old="2.3.3", new="3.0.0", changes=[
    Change(symbol="config:JSON_SORT_KEYS", kind=ChangeKind.REMOVED, object=ObjectKind.CONFIG_KEY),
])
TARGETS = Targets.from_diffs([DIFF, FLASK])


def test_a_changed_name_inside_a_longer_identifier_needs_no_parse() -> None:
    inside = b"from werkzeug.datastructures import FileStorage\nurl_decoder = FileStorage\n"
    assert not needs_analysis("app.py", inside, TARGETS)
    assert find_usages("app.py", inside, TARGETS) == ([], [])
    assert needs_analysis("app.py", b"import werkzeug\nx = werkzeug.datastructures.File\n", TARGETS)
    # a non-ASCII neighbour is not an ASCII word character: the file is parsed (Python decides what it spells)
    assert needs_analysis("app.py", "import werkzeug\nx = éFile\n".encode(), TARGETS)


def test_config_keys_and_env_vars_count_inside_strings() -> None:
    source = b"import flask\napp.config.from_prefixed_env()\nos.environ['FLASK_JSON_SORT_KEYS'] = '0'\n"
    assert needs_analysis("app.py", source, TARGETS)
    found, _ = find_usages("app.py", source, TARGETS)
    assert [(u.line, u.symbol) for u in found] == [(3, "config:JSON_SORT_KEYS")]


def test_uses_through_a_name_bound_to_a_mere_prefix_are_found() -> None:
    # `urls` and `werkzeug` are prefixes of the changed symbols: the statements are selected by the symbols' own
    # last names, wherever in a multi-line statement they stand
    source = textwrap.dedent("""\
        import werkzeug
        from werkzeug import urls
        other = urls.url_encode(q)
        value = (urls
                 .url_decode(q))
        kind = werkzeug.datastructures.File
        def f(file=werkzeug.datastructures.File):
            return file
        """).encode()
    found, _ = find_usages("app.py", source, TARGETS)
    assert [(u.line, u.symbol, u.form.value) for u in found] == [
        (4, "werkzeug.urls.url_decode", "call"),
        (6, "werkzeug.datastructures.File", "reference"),
        (7, "werkzeug.datastructures.File", "reference"),
    ]


def test_lines_naming_counts_whole_identifiers_only() -> None:
    source = b"File = 1\r\nFileStorage\r\nmy_File\r\nx.File(y)\n\n  File\nFile"
    assert lines_naming(source, {"File", "absent", ""}) == [1, 4, 6, 7]
    assert lines_naming(source, set()) == []


def test_the_collector_is_back_on_and_the_module_left_no_cycles() -> None:
    source = b"import werkzeug.urls\nclass A:\n    def f(self, q):\n        self.q = q\n        return werkzeug.urls.url_decode(q)\n"
    gc.collect()
    found, _ = find_usages("app.py", source, TARGETS)
    assert gc.isenabled()
    assert gc.collect() == 0  # the tree, its scopes and the inference were freed by reference counting
    assert [u.line for u in found] == [5]
    gc.disable()
    try:
        find_usages("app.py", source, TARGETS)
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()
