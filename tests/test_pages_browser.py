"""The pages in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's chromedriver.

Each page is loaded from the real app under uvicorn on 127.0.0.1, on seeded data. We assert what a person sees,
that the console stays clean, that no request leaves the machine, and that nothing overflows 375 px; a
screenshot per page and width goes to test-artifacts/screenshots/ (gitignored) for people to look at.
Skipped, with the reason, only when Chromium or chromedriver is not installed (`.ci/run` installs both).
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from sqlalchemy import Engine

from bot.config import Settings
from bot.web.app import create_app
from tests.pages_seed import seed_pages

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
WIDTHS = (1280, 375)
WERKZEUG_300_ROW = "//table[caption[starts-with(., 'Releases of werkzeug')]]//tr[td//a[text()='3.0.0']]"
PAGES = {  # path: words that must be visible
    "/": ["Recent breaking releases", "werkzeug 3.0.0", "Watched packages", "Open issues"],
    "/packages/werkzeug": ["Timeline", "breaks", "no finding", "Watched extensions × recent werkzeug releases",
                           "code that runs on the old release, fails on this one",
                           "(flask-login 0.6.3)", "fixed in 0.6.3", "werkzeug 3.0.0 breaks with flask-login 0.6.2 (fixed in flask-login 0.6.3)",
                           "werkzeug.wrappers.BaseResponse: deprecated in 2.3.0, removed in 3.1.0"],
    "/releases/werkzeug/3.0.0": ["werkzeug 3.0.0", "werkzeug.urls.url_decode", "octo-org/Public-App", "breaks",
                                 "Watched packages that depend on werkzeug", "flask_login/utils.py:14", "0.6.3"],
    "/repos/octo-org/public-app": ["Werkzeug>=1.0.1", "Werkzeug>=1.0.1,<3", "app/auth.py:3", "#12"],
    "/packages/flask-login": ["flask-login", "high risk", "<script>alert(1)</script>",
                              "flask-login 0.6.2 is broken by werkzeug 3.0.0 (fixed in flask-login 0.6.3)"],
    "/packages/%3Cscript%3Ealert(1)": ["400", "<script>alert(1)"],
    "/repos/octo-org/secret-app": ["404", "Private repositories are never shown on these pages"],
    "/docs": ["/status/releases/{package}/{version}", "/status/packages/{name}"],
}


SCRIPTED = {"/docs": ".opblock"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def base_url(settings: Settings, engine: Engine) -> Iterator[str]:
    """The real app under uvicorn in a thread, on seeded data."""
    seed_pages(engine)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, start_scheduler=False), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
                # belt and braces: any name but 127.0.0.1 fails to resolve, so nothing could leave the machine
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _requested_urls(driver: object) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):  # type: ignore[attr-defined]
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _screenshot(driver: object, name: str, width: int) -> Path:
    """A full-page screenshot at `width` CSS pixels (the page laid out at that width, as a phone would)."""
    height = driver.execute_script("return document.documentElement.scrollHeight")  # type: ignore[attr-defined]
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {  # type: ignore[attr-defined]
        "width": width, "height": min(int(height), 8000), "deviceScaleFactor": 1, "mobile": width < 600})
    path = ARTIFACTS / f"{name}-{width}.png"
    assert driver.save_screenshot(str(path)), path  # type: ignore[attr-defined]
    return path


@pytest.mark.backend("sqlite")  # one backend is enough for the browser: test_pages.py reads both
def test_pages_in_chromium(base_url: str, browser: object) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    host = urlsplit(base_url).netloc
    for path, words in PAGES.items():
        name = re.sub(r"[^A-Za-z0-9.-]+", "_", path.strip("/")) or "home"
        for width in WIDTHS:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {  # type: ignore[attr-defined]
                "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
            driver.get(base_url + path)  # type: ignore[attr-defined]
            if path in SCRIPTED:  # Swagger UI and ReDoc render the schema with their (local) scripts
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline and not driver.find_elements(By.CSS_SELECTOR, SCRIPTED[path]):  # type: ignore[attr-defined]
                    time.sleep(0.1)
            visible = driver.find_element(By.TAG_NAME, "body").text  # type: ignore[attr-defined]
            missing = [w for w in words if w not in visible]
            assert missing == [], f"{path} at {width}px does not show {missing}"
            if path == "/packages/werkzeug":  # the werkzeug 3.0.0 row, whichever way the table is laid out
                row = driver.find_element(By.XPATH, WERKZEUG_300_ROW)  # type: ignore[attr-defined]
                assert all(w in row.text for w in ("2023-10-03", "analysed", "2.3.0", "2 removed")), row.text
                assert "url_decode" not in row.text  # collapsed until asked for
                row.find_element(By.TAG_NAME, "summary").click()
                assert "werkzeug.urls.url_decode (function): removed in 3.0.0" in row.text, row.text
            if path not in SCRIPTED:
                assert driver.execute_script("return document.scripts.length") == 0, path  # type: ignore[attr-defined]
                overflow = driver.execute_script(  # type: ignore[attr-defined]
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                assert overflow <= 0, f"{path} overflows {width}px by {overflow}px"
            _screenshot(driver, name, width)
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"  # type: ignore[attr-defined]
                      and not ("status of 40" in e["message"] and e["message"].startswith(base_url + path))]
            assert errors == [], f"{path}: console errors {errors}"
            urls = _requested_urls(driver)
            assert base_url + path in urls, f"the performance log missed the page itself: {urls}"
            outside = [u for u in urls if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != host]
            assert outside == [], f"{path} requested {outside}"
    shots = sorted(p.name for p in ARTIFACTS.glob("*.png"))
    assert len(shots) >= len(PAGES) * len(WIDTHS) and all((ARTIFACTS / s).stat().st_size > 1000 for s in shots)
