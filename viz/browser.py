"""Open network pages in Debian's headless Chromium through Playwright (tests and benchmark).

Never downloads a browser: it drives ``/usr/bin/chromium`` (``tests/browser/install-chromium.sh``
installs it).  Every request the page makes is watched and anything that is not ``file:``,
``data:``, ``blob:`` or ``about:`` is aborted and recorded, so a page that would reach the
network fails loudly instead of quietly working online.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path(os.environ.get("SAMSPIL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def unavailable() -> str | None:
    """Why pages cannot be opened here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (run tests/browser/install-chromium.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@dataclass
class OpenedPage:
    page: Any
    seconds: float  # from navigation until the page says it has settled
    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_page(browser, path: Path, timeout_s: float = 60, viewport=(1400, 900)) -> OpenedPage:
    """Open ``path`` in a fresh page and wait until its network has settled."""
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    opened = OpenedPage(page, 0.0)

    def route(r):
        url = r.request.url
        if url.startswith(LOCAL_SCHEMES):
            r.continue_()
        else:
            opened.external.append(url)
            r.abort()

    def console(message):
        if message.type == "error":
            opened.errors.append(message.text)

    def dialog(d):
        opened.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda exc: opened.errors.append(f"page error: {exc}"))
    page.on("dialog", dialog)
    start = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
    page.wait_for_selector("body[data-settled=true]", state="attached", timeout=timeout_s * 1000)
    opened.seconds = time.perf_counter() - start
    return opened


def hover_node(page, node_id: str) -> str:
    """Move the mouse onto a node and return the text of the tooltip that appears."""
    page.evaluate(
        """id => { const n = samspil.network;
                   n.moveTo({position: n.getPosition(id), scale: 1.5, animation: false}); }""",
        node_id,
    )
    box = page.locator("#network").bounding_box()
    point = page.evaluate(
        "id => samspil.network.canvasToDOM(samspil.network.getPosition(id))", node_id
    )
    x, y = box["x"] + point["x"], box["y"] + point["y"]
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    return tooltip.inner_text()
