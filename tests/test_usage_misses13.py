"""Receivers typed by what the code states beyond constructors and annotations: a def turned into a package class's
instance by its decorator (`@click.group()`), and attributes documented to hold a package class (`db.Model`,
`Model.query`); each on the real pinned releases' changes and on synthetic siblings."""

from __future__ import annotations

import textwrap

from bot.changes import ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_apidiff_trust import changes


def _diff(package: str, old: str, new: str) -> ReleaseDiff:
    return ReleaseDiff(package=package, old=old, new=new, changes=list(changes(package, old, new).values()))


def found(source: str, *diffs: tuple[str, str, str]) -> list[tuple[int, str, str, str]]:
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    usages, warnings = find_usages("app/cli.py", textwrap.dedent(source).encode(), targets)
    assert warnings == []
    return [(u.line, u.symbol, u.form.value, u.confidence.value) for u in usages]


CLICK = ("click", "8.0.4", "8.1.0")
RESULT_CALLBACK = [("click", "7.1.2", "8.0.0"), CLICK]


def test_a_click_group_bound_by_its_decorator_is_typed() -> None:
    source = """\
        import click

        @click.group()
        def cli():
            pass

        @cli.resultcallback()
        def done(result):
            pass

        @cli.group()
        def sub():
            pass

        sub.resultcallback()(print)
        other.resultcallback()
        """
    # 8.1 removed `MultiCommand.resultcallback` (renamed in 8.0); a Group inherits it (the change's alias)
    assert found(source, CLICK) == [
        (7, "click.MultiCommand.resultcallback", "member", "high"),
        (15, "click.MultiCommand.resultcallback", "member", "high"),
        (16, "click.MultiCommand.resultcallback", "member", "possible"),  # `other`: no evidence
    ]
    deprecated = found(source, RESULT_CALLBACK[0])
    assert [(line, confidence) for line, _, _, confidence in deprecated] == [(7, "high"), (15, "high"), (16, "possible")]


def test_a_group_made_on_a_flask_apps_cli_is_typed() -> None:
    source = """\
        from flask import Flask

        app = Flask(__name__)

        @app.cli.group()
        def users():
            pass

        users.resultcallback()
        """
    # `app.cli` is flask's AppGroup, a click Group; the file reaches click through flask
    assert found(source, CLICK) == [(9, "click.MultiCommand.resultcallback", "member", "high")]


def test_a_group_of_the_class_handed_as_cls_is_of_that_class() -> None:
    source = """\
        import click

        class Tool(click.Group):
            pass

        def pick():
            return click.Group

        @click.group(cls=Tool)
        def tool():
            pass

        @click.group(cls=pick())
        def other():
            pass

        tool.resultcallback()
        other.resultcallback()
        """
    # a subclass of Group is still one; a class chosen at run time is unknown
    assert [(line, confidence) for line, _, _, confidence in found(source, CLICK)] == [(17, "high"), (18, "possible")]


def test_a_decorator_says_nothing_unless_known_or_annotated() -> None:
    source = """\
        import click
        from typing import Callable

        def my_group(**attrs) -> Callable[[Callable], click.Group]:
            return click.group(**attrs)

        def passthrough(f):
            return f

        @my_group(name="tool")
        def tool():
            pass

        @passthrough
        def plain():
            pass

        @passthrough
        @click.group()
        def wrapped():
            pass

        tool.resultcallback()
        plain.resultcallback()
        wrapped.resultcallback()
        """
    # a local factory's return annotation types `tool`; `passthrough` is unannotated, and outermost over `wrapped`
    assert [(line, confidence) for line, _, _, confidence in found(source, CLICK)] == [
        (23, "high"), (24, "possible"), (25, "possible")]


def test_flask_sqlalchemy_3_paginate_on_a_model_query_is_typed() -> None:
    source = """\
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()

        class User(db.Model):
            id = db.Column(db.Integer, primary_key=True)

        class Plain:
            query = None

        class Custom(db.Model):
            def query(self):
                return self

        page = User.query.paginate(1, 20)
        named = User.query.paginate(page=1, per_page=20)
        Plain.query.paginate(1, 20)
        Custom.query.paginate(1, 20)
        """
    # 3.0 made `paginate`'s parameters keyword-only: `User(db.Model).query` is a (Base)Query; `Plain.query` is None,
    # and `Custom` defines its own `query`: whatever that gives, no evidence
    uses = [use for use in found(source, ("flask-sqlalchemy", "2.5.1", "3.0.0")) if use[1].endswith("paginate")]
    assert uses == [(15, "flask_sqlalchemy.BaseQuery.paginate", "call-positional", "high"),
                    (18, "flask_sqlalchemy.BaseQuery.paginate", "call-positional", "possible")]


def test_the_decorator_and_attribute_tables_agree_with_the_released_annotations() -> None:
    """The tables stand in for return and attribute annotations the usage finder does not receive: checked against
    click 8.0.4's and flask-sqlalchemy 3.0.0's real surfaces."""
    import ast

    from bot.apidiff.release import surface_of
    from bot.usage.known_types import ATTRIBUTE_TYPES, DECORATOR_FACTORIES, METHOD_DECORATOR_FACTORIES
    from tests.artifacts import unpacked_release

    click = surface_of(unpacked_release("click", "8.0.4"), "click", "8.0.4")
    sqla = surface_of(unpacked_release("flask-sqlalchemy", "3.0.0"), "flask_sqlalchemy", "3.0.0")
    paths = {f"{root}.{name}": made for (root, name), made in DECORATOR_FACTORIES.items()}
    paths |= {f"{o[0]}.{o[1]}.{name}": made for (o, name), made in METHOD_DECORATOR_FACTORIES.items()}
    for path, (_, made) in paths.items():
        returns = ast.parse(click.symbols[path].returns or "", mode="eval").body
        assert isinstance(returns, ast.Subscript) and isinstance(returns.slice, ast.Tuple)
        last = returns.slice.elts[-1]  # `Callable[[F], Group]`, `Callable[..., "Group"]`
        assert (last.value if isinstance(last, ast.Constant) else ast.unparse(last)) == made, path
    assert sqla.symbols["flask_sqlalchemy.model.Model.query"].annotation == "t.ClassVar[Query]"
    assert sqla.symbols["flask_sqlalchemy.SQLAlchemy.Model"].kind == "attribute"
    flask = surface_of(unpacked_release("flask", "3.0.0"), "flask", "3.0.0")
    assert flask.symbols["flask.Flask.cli"].kind == flask.symbols["flask.Blueprint.cli"].kind == "attribute"
    assert flask.symbols["flask.cli.AppGroup"].bases == ("click.Group",)
    assert set(ATTRIBUTE_TYPES.values()) == {("flask_sqlalchemy", "Model"), ("flask_sqlalchemy", "Query"), ("flask", "AppGroup")}
