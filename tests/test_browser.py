"""The HTML network in real headless Chromium: offline, interactive and safe.

Skips when Chromium or Playwright is missing, unless GEOKG_REQUIRE_BROWSER=1 (CI), which makes
that a failure. Chromium is found via $GEOKG_CHROMIUM or /usr/bin/chromium; no browser is ever
downloaded.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from test_html import HOSTILE, add_relation, make_graph, sample_graph

from geokg.html import render_html

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ALLOWED = ("file:", "data:", "blob:", "about:")


def _chromium() -> str | None:
    candidate = os.environ.get("GEOKG_CHROMIUM") or "/usr/bin/chromium"
    found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
    return found


def _unavailable(reason: str) -> None:
    if os.environ.get("GEOKG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (GEOKG_REQUIRE_BROWSER=1 requires the browser tests to run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = _chromium()
    if executable is None:
        _unavailable("Chromium not found: install it or set GEOKG_CHROMIUM to its path")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install playwright")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=ARGS)
        yield instance
        instance.close()


class Session:
    """A page on a generated HTML file, recording requests, errors and CSP violations."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.__geokgReady", timeout=30_000)

    def _route(self, route) -> None:
        if route.request.url.startswith(ALLOWED):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> tuple[int, int]:
        return tuple(self.js("[geokg.nodesView.length, geokg.edgesView.length]"))

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Page coordinates of a node's centre."""
        box = self.page.locator("#network").bounding_box()
        x, y = self.js("""id => { const p = geokg.network.getPositions([id])[id];
                                  const d = geokg.network.canvasToDOM(p); return [d.x, d.y]; }""",
                       node_id)
        return box["x"] + x, box["y"] + y

    def edge_point(self, a: str, b: str) -> tuple[float, float]:
        (ax, ay), (bx, by) = self.node_point(a), self.node_point(b)
        return (ax + bx) / 2, (ay + by) / 2

    def close(self) -> None:
        self.page.close()

    def assert_offline_and_clean(self) -> None:
        assert not self.blocked, f"network requests: {self.blocked}"
        assert all(u.startswith(ALLOWED) for u in self.requests), self.requests
        assert not self.errors, self.errors


@pytest.fixture()
def open_page(browser, tmp_path):
    sessions = []

    def opener(graph, **kw) -> Session:
        path = tmp_path / f"graph{len(sessions)}.html"
        render_html(graph, path, **kw)
        session = Session(browser, path)
        sessions.append(session)
        return session

    yield opener
    for s in sessions:
        s.close()


def test_loads_offline_with_all_nodes_and_edges(open_page):
    s = open_page(sample_graph(), show_unstated=True)
    assert s.js("[geokg.nodes.length, geokg.edges.length]") == [7, 9]
    assert s.counts() == (7, 9)
    assert s.page.locator("#counts").inner_text() == "7 actors \u00b7 9 relations shown"
    assert s.js("geokg.edges.get().filter(e => e.dashes).length") == 1
    arrows = s.js("Object.values(geokg.network.body.edges).map(e => e.options.arrows.to.enabled)")
    assert sorted(arrows) == [False] * 2 + [True] * 7  # ally and tension are symmetric
    assert s.page.locator("#unstated-row").is_visible()
    legend = s.page.locator("#legend").inner_text()
    for words in ("Europe", "Organisation", "Person", "Material conflict", "unstated"):
        assert words in legend
    s.assert_offline_and_clean()


def test_search_by_alias_focuses_the_actor(open_page):
    s = open_page(sample_graph())
    assert not s.page.locator("#unstated-row").is_visible()  # no unstated relation drawn
    s.page.fill("#search", "ankar")
    assert s.page.locator("#suggestions li").first.inner_text().startswith("Turkiye")
    s.page.press("#search", "Enter")
    assert s.js("geokg.network.getSelectedNodes()") == ["TUR"]
    assert s.page.locator("#panel h2").inner_text() == "Turkiye"
    assert "Turkey, Ankara" in s.page.locator("#panel").inner_text()
    s.page.fill("#search", "zzz")
    assert s.page.locator("#suggestions").inner_text() == "No actor found"
    s.assert_offline_and_clean()


def test_filters_change_what_is_visible(open_page):
    s = open_page(sample_graph())
    assert s.counts() == (7, 8)
    s.page.uncheck("#qc-structural")  # member_of and leader_of go, and with them NATO, Erdogan
    assert s.counts() == (5, 6)
    assert s.page.locator("#counts").inner_text() == "5 actors \u00b7 6 relations shown"
    s.page.check("#qc-structural")
    s.page.uncheck("#rel-assault")  # Ukraine only had the assault
    assert s.counts() == (6, 7)
    s.page.check("#rel-assault")
    s.page.uncheck("#type-person")
    assert s.counts() == (6, 7)
    s.page.click("#reset")
    # minimum evidence: only the 7-sentence assault and the 2-sentence tension pass 2
    s.page.focus("#min-evidence")
    s.page.keyboard.press("ArrowRight")
    assert s.counts() == (3, 2)
    s.page.click("#reset")
    # date range: from 2025-05 on, the January-April-only relations drop
    s.page.focus("#date-from")
    for _ in range(4):
        s.page.keyboard.press("ArrowRight")
    assert s.page.locator("#date-from-value").inner_text() == "2025-05"
    visible = set(s.js("geokg.edgesView.get().map(e => geokg.data.edges[e.id].rel)"))
    assert "cooperate" not in visible and "accuse" not in visible and "assault" in visible
    s.assert_offline_and_clean()


def _pair_graph():
    g = make_graph({"RUS": ("Russia", "state", []), "UKR": ("Ukraine", "state", []),
                    "USA": ("United States", "state", [])})
    add_relation(g, "RUS", "assault", "UKR", [
        ("On Monday Russia launched a massive drone attack on Kyiv.", "attack", "2025-07-05"),
        ("Russia shelled Kharkiv again.", "shelled", "2025-06-01"),
    ])
    add_relation(g, "USA", "aid", "UKR",
                 [("Washington will send air defences.", "send", "2025-07-14")])
    return g


def test_clicking_an_edge_shows_its_evidence(open_page):
    s = open_page(_pair_graph(), layout="force")
    s.page.mouse.click(*s.edge_point("RUS", "UKR"))
    panel = s.page.locator("#panel")
    panel.wait_for(state="visible")
    assert "Russia \u2192 Ukraine" in panel.locator("h2").inner_text()
    quotes = panel.locator(".evidence blockquote")
    assert quotes.count() == 2
    assert quotes.first.inner_text() == "On Monday Russia launched a massive drone attack on Kyiv."
    assert quotes.first.locator("mark").inner_text() == "attack"
    link = panel.locator(".evidence a").first
    assert link.get_attribute("href") == "https://www.arabnews.com/node/1"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    assert "2025-07-05 \u00b7 Arab News" in panel.locator(".evidence .source").first.inner_text()
    assert panel.locator("svg.timeline rect[fill]").count() >= 2  # the pair's monthly bars
    s.page.mouse.click(*s.node_point("USA"))
    assert panel.locator("h2").inner_text() == "United States"
    s.assert_offline_and_clean()


def test_hostile_article_executes_nothing(open_page):
    g = make_graph({"AAA": (HOSTILE, "state", [HOSTILE]), "BBB": ("Russia", "state", [])})
    add_relation(g, "AAA", "accuse", "BBB",
                 [(f"Officials said {HOSTILE} today.", HOSTILE, "2025-07-01")],
                 outlet=HOSTILE, title=HOSTILE, url="javascript:window.__pwned=1")
    s = open_page(g, title=HOSTILE, layout="force")
    page = s.page
    assert page.title() == HOSTILE
    assert page.locator("#title").inner_text() == HOSTILE
    page.mouse.move(*s.node_point("AAA"))
    page.wait_for_timeout(300)
    assert page.locator("#tooltip").inner_text().startswith(HOSTILE)
    page.mouse.move(*s.edge_point("AAA", "BBB"))
    page.wait_for_timeout(300)
    page.mouse.click(*s.node_point("AAA"))
    assert page.locator("#panel h2").inner_text() == HOSTILE
    page.mouse.click(*s.edge_point("AAA", "BBB"))
    panel = page.locator("#panel")
    assert f"Officials said {HOSTILE} today." in panel.inner_text()
    assert panel.locator(".evidence a").count() == 0  # javascript: url is not a link
    page.fill("#search", "<img")
    page.press("#search", "Enter")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    s.assert_offline_and_clean()


def test_export_png_and_screenshot(open_page, tmp_path):
    s = open_page(sample_graph(), show_unstated=True)
    with s.page.expect_download() as info:
        s.page.click("#export")
    png = tmp_path / "export.png"
    info.value.save_as(png)
    assert info.value.suggested_filename == "geokg.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000
    shot = tmp_path / "screenshot.png"
    s.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    s.page.click("#physics")
    assert s.page.locator("#physics").get_attribute("aria-pressed") == "true"
    s.assert_offline_and_clean()


def test_large_graph_draws_fast_and_says_what_it_left_out(open_page):
    rng = np.random.default_rng(5)
    n = 3000
    g = make_graph({f"N{i}": (f"Actor {i}", "state" if i % 3 else "person", []) for i in range(n)})
    for a, b in rng.integers(0, n, size=(6000, 2)):
        if a != b and not g.has_edge(f"N{a}", f"N{b}"):
            add_relation(g, f"N{a}", "consult", f"N{b}", [("They met.", "met", "2025-03-01")],
                         url=None)
    s = open_page(g, max_nodes=2000)
    ready = s.js("window.__geokgReady")
    assert ready < 15_000, f"first frame after {ready:.0f} ms"
    assert s.js("geokg.nodes.length") == 2000
    assert s.page.locator("#notice").inner_text().startswith(
        "Showing 2,000 of 3,000 actors with the most evidence")
    directed = ("() => Object.values(geokg.network.body.edges)"
                ".some(e => e.options.arrows.to.enabled)")
    assert not s.js(directed)  # zoomed out on a large graph: no arrow heads, faster frames
    s.page.fill("#search", "Actor 1")
    assert s.page.locator("#suggestions li").count() > 0
    s.page.press("#search", "Enter")
    s.page.wait_for_function(directed, timeout=5_000)  # zoomed in on the actor: arrows back
    s.assert_offline_and_clean()


def test_empty_graph_says_so_and_escape_closes_the_panel(open_page):
    import networkx as nx

    empty = open_page(nx.MultiDiGraph())
    assert empty.counts() == (0, 0)
    assert "no actors yet" in empty.page.locator("#empty").inner_text()
    empty.assert_offline_and_clean()
    s = open_page(sample_graph())
    assert not s.page.locator("#empty").is_visible()
    s.js("geokg.focusActor('RUS')")
    assert s.page.locator("#panel").is_visible()
    s.page.keyboard.press("Escape")
    assert not s.page.locator("#panel").is_visible()
    s.page.uncheck("#type-state")
    s.page.uncheck("#type-organisation")
    assert s.page.locator("#empty").inner_text() == "No actor matches the current filters."


# -- readable at first sight: the demo graph at common screen sizes --------------------------------

ROOT = Path(__file__).resolve().parents[1]
LABELS = """() => {
  const net = geokg.network, scale = net.getScale(), shown = new Set(geokg.nodesView.getIds());
  const out = [];
  for (const [id, node] of Object.entries(net.body.nodes)) {
    if (!shown.has(id) || !node.options.label) continue;
    const s = node.labelModule.size, v = node.labelModule.fontOptions.vadjust || 0;
    const a = net.canvasToDOM({x: s.left, y: s.top + v});  // vadjust moves the drawn text
    const b = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height + v});
    out.push({id, px: node.labelModule.fontOptions.size * scale, x0: a.x, y0: a.y, x1: b.x, y1: b.y});
  }
  return out;
}"""
NODE_BOXES = """() => {
  const net = geokg.network, scale = net.getScale(), rect = document.getElementById('network')
    .getBoundingClientRect();
  return geokg.nodesView.getIds().map(id => {
    const n = net.body.nodes[id], p = net.canvasToDOM({x: n.x, y: n.y}), r = n.shape.height / 2 * scale;
    return {id, x0: rect.left + p.x - r, x1: rect.left + p.x + r, y0: rect.top + p.y - r,
            y1: rect.top + p.y + r};
  });
}"""


@pytest.fixture(scope="module")
def demo_html(tmp_path_factory):
    """The HTML of the bundled demo articles, as `make demo` writes it."""
    import subprocess
    import sys

    tmp = tmp_path_factory.mktemp("demo")
    geokg = Path(sys.executable).parent / "geokg"
    subprocess.run([str(geokg), "build", str(ROOT / "data" / "samples"), "--db", str(tmp / "d.db"),
                    "--html", str(tmp / "demo.html"), "-q"], check=True, capture_output=True)
    return tmp / "demo.html"


def _overlaps(boxes):
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x0"] < b["x1"] - 1 and b["x0"] < a["x1"] - 1 and a["y0"] < b["y1"] - 1 \
                    and b["y0"] < a["y1"] - 1:
                found.append((a["id"], b["id"]))
    return found


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_demo_labels_are_legible_and_do_not_overlap(browser, demo_html, size):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    try:
        page.goto(demo_html.as_uri())
        page.wait_for_function("window.__geokgReady", timeout=60_000)
        page.wait_for_timeout(300)
        labels = page.evaluate(LABELS)
        total = page.evaluate("geokg.nodesView.length")
        assert total >= 60
        assert min(label["px"] for label in labels) >= 11.5, "labels too small to read"
        assert _overlaps(labels) == []
        assert len(labels) >= total // 2  # most actors are named at first sight
        # the actors with the most evidence keep their label (two of the ten may collide)
        top = page.evaluate("geokg.data.nodes.slice().sort((a, b) => b.ev - a.ev)"
                            ".slice(0, 10).map(n => n.id)")
        assert len(set(top) & {label["id"] for label in labels}) >= 8
        # zooming out keeps the size and drops labels instead of shrinking them
        page.evaluate("geokg.network.moveTo({scale: geokg.network.getScale() / 3})")
        page.evaluate("geokg.layoutLabels()")
        page.wait_for_timeout(200)
        zoomed = page.evaluate(LABELS)
        assert zoomed and min(label["px"] for label in zoomed) >= 11.5
        assert _overlaps(zoomed) == [] and len(zoomed) < len(labels)
    finally:
        page.close()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (960, 720)])
def test_fit_leaves_no_actor_under_the_legend(browser, demo_html, size):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    try:
        page.goto(demo_html.as_uri())
        page.wait_for_function("window.__geokgReady", timeout=60_000)
        for _ in range(2):  # with the legend as it starts, then unfolded or folded
            page.click("#fit")
            page.wait_for_timeout(700)
            legend = page.locator("#legend").bounding_box()
            canvas = page.locator("#network").bounding_box()
            for box in page.evaluate(NODE_BOXES):
                assert box["y1"] <= legend["y"] + 1, f"{box['id']} is under the legend"
                assert canvas["x"] - 1 <= box["x0"] and box["x1"] <= canvas["x"] + canvas["width"] + 1
                assert canvas["y"] - 1 <= box["y0"]
            page.click("#legend-toggle")
    finally:
        page.close()


def test_legend_and_filters_fold_away(browser, demo_html):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto(demo_html.as_uri())
        page.wait_for_function("window.__geokgReady", timeout=60_000)
        # a small screen starts with the legend and the filters folded: the network gets the room
        assert page.locator("#legend-toggle").get_attribute("aria-expanded") == "false"
        assert not page.locator("#legend-items").is_visible()
        assert not page.locator("#sidebar").is_visible()
        width = page.locator("#network").bounding_box()["width"]
        assert width >= 1270
        page.click("#sidebar-toggle")
        assert page.locator("#sidebar").is_visible()
        assert page.locator("#sidebar-toggle").get_attribute("aria-expanded") == "true"
        assert page.locator("#network").bounding_box()["width"] < width - 200
        page.click("#sidebar-toggle")
        assert not page.locator("#sidebar").is_visible()
        page.click("#legend-toggle")
        assert page.locator("#legend-items").is_visible()
        assert "Material conflict" in page.locator("#legend").inner_text()
    finally:
        page.close()


def test_notebook_frame_is_readable(browser, demo_html, tmp_path):
    from geokg.html import notebook_html
    from geokg.store import Store

    store = Store(demo_html.parent / "d.db")
    frame = notebook_html(store.to_networkx())
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body style='width:980px'>{frame}</body></html>",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(host.as_uri())
        inner = page.frames[1]
        inner.wait_for_function("window.__geokgReady", timeout=60_000)
        inner.wait_for_timeout(300)
        labels = inner.evaluate(LABELS)
        assert labels and min(label["px"] for label in labels) >= 11.5
        assert _overlaps(labels) == []
        assert not inner.locator("#sidebar").is_visible()  # the frame is narrow: filters folded
    finally:
        page.close()
