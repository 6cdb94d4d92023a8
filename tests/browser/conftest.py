"""Browser tests: Debian's Chromium driven by Playwright; skipped when it is missing here."""

from __future__ import annotations

import pytest

from viz.browser import launch, unavailable


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: needs /usr/bin/chromium and playwright")


@pytest.fixture(scope="session")
def browser():
    reason = unavailable()
    if reason:
        pytest.skip(f"browser test skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
