"""Save a PNG screenshot of a geokg HTML network, as headless Chromium draws it.

Usage: python scripts/screenshot.py GRAPH_HTML OUT.png [--width 1400] [--height 860] [--select ID]

Chromium is found via $GEOKG_CHROMIUM or /usr/bin/chromium (no browser is downloaded). The page
is loaded from file:// with every non-file request blocked; --select opens the side panel of an
actor (by id) before the screenshot.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(html: Path, out: Path, *, width: int = 1400, height: int = 860,
               select: str | None = None, timeout_s: float = 120) -> None:
    """Open ``html`` in headless Chromium, wait for the graph to settle, save ``out``."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("GEOKG_CHROMIUM") or "/usr/bin/chromium"
    if not Path(executable).is_file():
        raise SystemExit(f"Chromium not found at {executable}: install it or set GEOKG_CHROMIUM")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
                ("file:", "data:", "blob:")) else r.abort())
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.__geokgReady", timeout=timeout_s * 1000)
            if select:
                page.evaluate("id => geokg.focusActor(id)", select)
                page.wait_for_timeout(600)
            page.wait_for_timeout(300)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="the HTML file written by geokg")
    parser.add_argument("out", type=Path, help="where to save the PNG")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--select", help="actor id whose details to show")
    args = parser.parse_args(argv)
    if not args.html.is_file():
        print(f"error: {args.html} does not exist; write it with `geokg build ... --html`",
              file=sys.stderr)
        return 2
    screenshot(args.html, args.out, width=args.width, height=args.height, select=args.select)
    print(args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
