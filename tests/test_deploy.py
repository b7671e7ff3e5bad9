"""The first-hour files agree with the code: the GitHub App manifest (GitHub's documented manifest parameters,
the events the handlers register, the permissions the API calls need) and fly.toml with the Dockerfile."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = json.loads((ROOT / "deploy" / "github-app-manifest.json").read_text())

# docs.github.com "Registering a GitHub App from a manifest": the parameters a manifest may carry.
MANIFEST_PARAMETERS = {"name", "url", "hook_attributes", "redirect_url", "callback_urls", "setup_url", "description",
                       "public", "default_events", "default_permissions", "request_oauth_on_install", "setup_on_update"}
HOOK_ATTRIBUTES = {"url", "active"}
ALWAYS_DELIVERED = {"installation", "installation_repositories", "ping"}  # sent to every App, not subscribable
EVENT_PERMISSION = {"issue_comment": "issues", "issues": "issues", "push": "contents"}
# (HTTP verb, path fragment) of our REST calls -> the repository permission and access it needs.
CALL_PERMISSION = [
    (r"post|patch", r"/issues", ("issues", "write")),
    (r"post", r"/labels", ("issues", "write")),
    (r"post|patch", r"/pulls", ("pull_requests", "write")),
    (r"post", r"/git/refs", ("contents", "write")),
    (r"put", r"/contents/", ("contents", "write")),
    (r"getitem|getiter", r"/git/(trees|blobs|ref)/", ("contents", "read")),
]
ACCESS = {"read": 1, "write": 2}


def _source() -> str:
    return "\n".join(p.read_text() for p in (ROOT / "bot").rglob("*.py"))


def test_manifest_uses_only_documented_parameters() -> None:
    assert set(MANIFEST) <= MANIFEST_PARAMETERS
    assert set(MANIFEST["hook_attributes"]) <= HOOK_ATTRIBUTES
    assert MANIFEST["url"].startswith("https://") and MANIFEST["hook_attributes"]["url"].startswith("https://")
    assert MANIFEST["hook_attributes"]["url"].endswith("/webhook")
    assert '@router.post("/webhook"' in (ROOT / "bot" / "web" / "webhook.py").read_text()
    assert all(value in ACCESS for value in MANIFEST["default_permissions"].values())
    assert MANIFEST["default_permissions"]["metadata"] == "read"


def test_manifest_events_are_exactly_what_the_handlers_register() -> None:
    registered = set(re.findall(r'@router\.register\("(\w+)"', _source()))
    assert set(MANIFEST["default_events"]) == registered - ALWAYS_DELIVERED
    for event in MANIFEST["default_events"]:  # GitHub refuses an event without the permission that carries it
        assert EVENT_PERMISSION[event] in MANIFEST["default_permissions"]


def test_manifest_permissions_cover_every_api_call_and_no_more() -> None:
    calls = re.findall(r'gh\.(post|patch|put|getitem|getiter|delete)\(\s*f?"([^"]+)"', _source())
    assert calls, "no GitHub calls found: the pattern is stale"
    needed: dict[str, str] = {"metadata": "read"}
    for verb, path in calls:
        for verbs, fragment, (permission, access) in CALL_PERMISSION:
            if re.fullmatch(verbs, verb) and re.search(fragment, path):
                if ACCESS[access] > ACCESS.get(needed.get(permission, ""), 0):
                    needed[permission] = access
    assert MANIFEST["default_permissions"] == needed


def test_fly_toml_matches_the_dockerfile() -> None:
    fly = tomllib.loads((ROOT / "fly.toml").read_text())
    docker = (ROOT / "Dockerfile").read_text()
    env = dict(re.findall(r"(\w+)=(\S+)", docker.split("FROM python:3.11-slim\n", 2)[-1].split("RUN", 1)[0]))
    assert fly["http_service"]["internal_port"] == int(fly["env"]["PORT"]) == int(env["PORT"])
    assert fly["mounts"]["destination"] == fly["env"]["DATA_DIR"] == env["DATA_DIR"]
    assert fly["env"]["HOST"] == env["HOST"] == "0.0.0.0"
    assert f"chown release-watch:release-watch {env['DATA_DIR']}" in docker
    assert "--uid 10001 --user-group" in docker and 'ENTRYPOINT ["release-watch-entrypoint"]' in docker
    assert fly["deploy"]["release_command"] == "release-watch db upgrade"
    assert [c["path"] for c in fly["http_service"]["checks"]] == ["/healthz"]
    assert 'CMD ["release-watch", "serve"]' in docker
    memory = fly["vm"][0]["memory"]
    assert int(memory.removesuffix("gb")) * 1024 >= 415 * 2  # measured ~415 MB with two analysis workers


@pytest.mark.skipif(os.geteuid() != 0, reason="the entrypoint's hand-over runs as root, as in the container")
def test_entrypoint_gives_a_root_owned_volume_to_the_service_user() -> None:
    """A volume mounted by root (Fly.io's) becomes the service user's, and the command never runs as root."""
    with tempfile.TemporaryDirectory() as root:  # pytest's own tmp tree is closed to other users
        Path(root).chmod(0o755)
        _entrypoint_hands_over(Path(root) / "data")


def _entrypoint_hands_over(data: Path) -> None:
    (data / "cache").mkdir(parents=True)
    (data / "cache" / "old.db").write_bytes(b"")
    command = 'id -u; touch "$DATA_DIR/new.db"; stat -c %u "$DATA_DIR/cache/old.db"'
    result = subprocess.run([str(ROOT / "deploy" / "entrypoint.sh"), "sh", "-c", command], capture_output=True,
                            text=True, env={"PATH": os.environ["PATH"], "DATA_DIR": str(data)}, check=True)
    assert result.stdout.split() == ["10001", "10001"]
    assert (data / "new.db").stat().st_uid == data.stat().st_uid == 10001


def test_readme_documents_every_config_key_and_comment_command() -> None:
    from bot.findings.repo_config import PackageFilter, RepoConfig
    from bot.handlers.commands import COMMANDS

    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Repository configuration: `.github/release-watch.yml`", 1)[1].split("\n## ", 1)[0]
    keys = set(re.findall(r"^\| `([\w.]+)` \|", section, re.M))
    expected = {f"packages.{name}" for name in PackageFilter.model_fields} | (set(RepoConfig.model_fields) - {"packages"})
    assert keys == expected
    commands = readme.split("## Comment commands", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"`@release-watch (\w+)", commands)) == set(COMMANDS)
    assert "/openapi.json" in readme and "schema is at `/docs`" not in readme
