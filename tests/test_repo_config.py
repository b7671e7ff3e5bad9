"""Tests for `.github/release-watch.yml` parsing: valid files, defaults, and precise errors for broken ones."""

from __future__ import annotations

import pytest

from bot.findings.repo_config import DEFAULT_LABELS, MAX_CONFIG_BYTES, Mode, RepoConfig, parse_repo_config

F = ".github/release-watch.yml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, RepoConfig()),
        ("", RepoConfig()),
        ("# only a comment\n", RepoConfig()),
        ("mode: pr\n", RepoConfig(mode=Mode.PR)),
        ("mode: both\nwarn_on_deprecations: no\n", RepoConfig(mode=Mode.BOTH, warn_on_deprecations=False)),
        ("labels: [deps]\nassignees: octocat\n", RepoConfig(labels=("deps",), assignees=("octocat",))),
        (
            "packages:\n  watch: [Werkzeug, Flask_Login]\n  ignore: jinja2\n",
            RepoConfig.model_validate({"packages": {"watch": ["werkzeug", "flask-login"], "ignore": ["jinja2"]}}),
        ),
    ],
)
def test_valid_files(text: str | None, expected: RepoConfig) -> None:
    result = parse_repo_config(text)
    assert result.error is None
    assert result.config == expected


def test_defaults() -> None:
    config = parse_repo_config(None).config
    assert (config.mode, config.labels, config.warn_on_deprecations, config.assignees) == (
        Mode.ISSUE, DEFAULT_LABELS, True, ()
    )
    assert config.opens_issues and not config.opens_prs


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("mode: [\n", f"{F}:2:1: invalid YAML: while parsing a flow node expected the node content, but found '<stream end>'"),
        ("mode: pr\n  labels: x\n", f"{F}:2:9: invalid YAML: mapping values are not allowed here"),
        ("- mode\n", f"{F}:1: expected a mapping of settings, found list"),
        ("just text\n", f"{F}:1: expected a mapping of settings, found str"),
        ("labels: [a]\nmode: issues\n", f"{F}:2: `mode`: Input should be 'issue', 'pr' or 'both'"),
        ("packages:\n  watch: [a]\n  skip: [b]\n", f"{F}:3: `packages.skip`: Extra inputs are not permitted"),
        ("labels:\n  - ok\n  - {a: 1}\n", f"{F}:3: `labels.1`: Input should be a valid string"),
        ("modes: pr\nwarn_on_deprecations: maybe\n",
         f"{F}:2: `warn_on_deprecations`: Input should be a valid boolean, unable to interpret input\n"
         f"{F}:1: `modes`: Extra inputs are not permitted"),
        (b"mode: \xff\n", f"{F}: not valid UTF-8 (byte 6)"),
        ("a: &x [1]\nb: *y\n", f"{F}:1:4: refused: YAML anchors (`&name`) are not allowed in this file"),
        ("b: *y\n", f"{F}:1:4: refused: YAML aliases (`*name`) are not allowed in this file"),
    ],
)
def test_invalid_files_fall_back_to_defaults_with_a_precise_error(text: str | bytes, error: str) -> None:
    result = parse_repo_config(text)
    assert result.config == RepoConfig()
    assert result.error == error


def test_oversized_file_is_refused_before_parsing() -> None:
    result = parse_repo_config("#" * (MAX_CONFIG_BYTES + 1))
    assert result.error == f"{F}: file is larger than {MAX_CONFIG_BYTES} bytes"


def test_python_tags_are_not_constructed() -> None:
    result = parse_repo_config("mode: !!python/object/apply:os.system ['true']\n")
    assert result.config == RepoConfig()
    assert result.error is not None and result.error.startswith(f"{F}:1:7: invalid YAML: could not determine a constructor")


@pytest.mark.parametrize(
    ("config", "package", "watched"),
    [
        ({}, "werkzeug", True),
        ({"packages": {"ignore": ["werkzeug"]}}, "Werkzeug", False),
        ({"packages": {"watch": ["flask"]}}, "werkzeug", False),
        ({"packages": {"watch": ["flask-login"]}}, "Flask_Login", True),
        ({"packages": {"watch": ["werkzeug"], "ignore": ["werkzeug"]}}, "werkzeug", False),
    ],
)
def test_watches(config: dict[str, object], package: str, watched: bool) -> None:
    assert RepoConfig.model_validate(config).watches(package) is watched
