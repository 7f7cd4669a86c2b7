"""Real-browser tests: Playwright driving Debian's Chromium against Django's live server.

`make test` skips them, saying so, only where no Chromium is found; under CI they must run."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between page actions are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_available():
    return Path(CHROMIUM).exists()


@pytest.fixture(scope="session")
def browser():
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests, but no Chromium at {CHROMIUM}.")
        pytest.skip(
            f"No Chromium at {CHROMIUM}: browser tests skipped (install Debian's "
            "chromium to run them)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def make_page(browser, live_server):
    contexts = []

    def make(javascript=True, width=1100):
        context = browser.new_context(
            java_script_enabled=javascript,
            accept_downloads=True,
            viewport={"width": width, "height": 900},
            base_url=live_server.url,
        )
        context.set_default_timeout(15000)
        contexts.append(context)
        page = context.new_page()
        page.console_errors = []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        return page

    yield make
    for context in contexts:
        context.close()


def axe_violations(page):
    """Serious and critical accessibility violations on the current page, by axe-core."""
    page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
