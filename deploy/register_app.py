"""Write `register.html`: a form that registers the release-watch GitHub App from deploy/github-app-manifest.json.

GitHub's manifest flow: the form POSTs the manifest to github.com, you confirm, GitHub redirects to the manifest's
`redirect_url` with `?code=...`, and `POST /app-manifests/{code}/conversions` (within an hour) returns the App id,
private key and webhook secret. Stdlib only; nothing is sent anywhere by this script.

Run: python3 deploy/register_app.py --base-url https://YOUR-APP.fly.dev [--org YOUR-ORG] [--name release-watch-you]
"""

from __future__ import annotations

import argparse
import html
import json
import secrets
from pathlib import Path

MANIFEST = Path(__file__).with_name("github-app-manifest.json")


def manifest_for(base_url: str, name: str | None) -> dict[str, object]:
    """The manifest with the webhook (`/webhook`) and redirect pointed at `base_url`."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    base = base_url.rstrip("/")
    manifest["hook_attributes"] = {**manifest["hook_attributes"], "url": f"{base}/webhook"}
    manifest["redirect_url"] = f"{base}/"
    manifest["url"] = base
    if name:
        manifest["name"] = name
    return manifest


def form(manifest: dict[str, object], org: str | None) -> str:
    """An HTML page with one button that starts the manifest flow (for a user account, or for `org`)."""
    target = f"https://github.com/organizations/{org}/settings/apps/new" if org else "https://github.com/settings/apps/new"
    state = secrets.token_urlsafe(16)
    return (f'<form action="{target}?state={state}" method="post">\n'
            f'  <input type="hidden" name="manifest" value="{html.escape(json.dumps(manifest))}">\n'
            f'  <button type="submit">Create the {html.escape(str(manifest["name"]))} GitHub App</button>\n</form>\n'
            f"<!-- state={state}: GitHub sends it back on the redirect; check that it matches -->\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True, help="Where the App is served, e.g. https://release-watch.fly.dev")
    parser.add_argument("--org", help="Register the App for this organization instead of your user account.")
    parser.add_argument("--name", help="App name (must be unique on GitHub).")
    args = parser.parse_args()
    Path("register.html").write_text(form(manifest_for(args.base_url, args.name), args.org), encoding="utf-8")
    print("open register.html in a browser and press the button")


if __name__ == "__main__":
    main()
