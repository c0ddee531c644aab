"""The HTML network without a browser: self-containment, escaping, data embedding, caps, layout.

``make_graph``/``add_relation`` build graphs in the Store -> networkx contract of
docs/architecture.md; tests/test_browser.py reuses them.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re
from typing import Any

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geokg.errors import UsageError
from geokg.html import (
    _json_for_script,
    _trigger_spans,
    build_payload,
    circular_layout,
    force_layout,
    notebook_html,
    render_html,
    show,
)
from geokg.models import Relation

HOSTILE = '<img src=x onerror=window.__pwned=1></script><script>window.__pwned=1</script>'
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*(?:["']|&quot;|&#x27;)?\s*(?:https?:)?//""", re.I)
DATA_BLOCK = re.compile(r'<script id="geokg-data" type="application/json">(.*?)</script>', re.S)


# ------------------------------------------------------------------ graph builders (contract)


def make_graph(actors: dict[str, tuple[str, str, list[str]]]) -> nx.MultiDiGraph:
    """A graph with ``actors`` = {id: (name, type, aliases)} and no edges yet."""
    graph = nx.MultiDiGraph()
    for actor_id, (name, kind, aliases) in actors.items():
        graph.add_node(actor_id, name=name, type=kind, country=None, aliases=list(aliases),
                       evidence=0)
    return graph


def add_relation(
    graph: nx.MultiDiGraph,
    source: str,
    relation: str,
    target: str,
    sentences: list[tuple[str, str, str | None]],
    *,
    stated: bool = True,
    outlet: str = "Arab News",
    url: str | None = "https://www.arabnews.com/node/1",
    title: str = "How Turkiye views Azerbaijan-Russia tensions",
) -> None:
    """Add one merged edge; ``sentences`` = [(sentence, trigger, ISO date or None)]."""
    rel = Relation(relation)
    if rel.symmetric and target < source:
        source, target = target, source
    evidence = [
        {"doc_id": f"doc{i}", "sentence": s, "start": 100 * i, "end": 100 * i + len(s),
         "date": d, "outlet": outlet, "url": url, "title": title, "trigger": t,
         "negated": not stated, "modality": "asserted" if stated else "possible",
         "confidence": 0.9}
        for i, (s, t, d) in enumerate(sentences)
    ]
    dates = sorted(d for _s, _t, d in sentences if d)
    graph.add_edge(
        source, target, key=relation if stated else f"{relation}:unstated",
        relation=relation, symmetric=rel.symmetric, quad_class=rel.quad_class.value,
        score=rel.score, stated=stated, count=len(evidence), documents=len(evidence),
        outlets=[outlet], first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None, mean_confidence=0.9, evidence=evidence,
    )
    for node in (source, target):
        graph.nodes[node]["evidence"] += len(evidence)


def sample_graph() -> nx.MultiDiGraph:
    """Seven actors, eight stated relations and one unstated one."""
    g = make_graph({
        "TUR": ("Turkiye", "state", ["Turkey", "Ankara"]),
        "AZE": ("Azerbaijan", "state", ["Baku"]),
        "RUS": ("Russia", "state", ["Moscow", "the Kremlin"]),
        "UKR": ("Ukraine", "state", ["Kyiv"]),
        "NATO": ("NATO", "organisation", []),
        "person:recep-tayyip-erdogan": ("Recep Tayyip Erdogan", "person", ["Erdogan"]),
        "group:hamas": ("Hamas", "group", []),
    })
    add_relation(g, "AZE", "tension", "RUS", [
        ("Relations between Azerbaijan and Russia have entered a new phase of tension.", "tension",
         "2025-05-02"),
        ("The tensions between Russia and Azerbaijan have peaked recently.", "tensions",
         "2025-07-09"),
    ])
    add_relation(g, "TUR", "ally", "AZE",
                 [("Turkiye, a close ally of Azerbaijan, walks a fine line.", "close ally",
                   "2025-07-11")])
    add_relation(g, "TUR", "member_of", "NATO",
                 [("Turkiye has long been a NATO member.", "member", "2025-07-11")])
    add_relation(g, "TUR", "request", "RUS",
                 [("Turkiye has urged restraint from both sides.", "urged", "2025-07-11")])
    add_relation(g, "RUS", "assault", "UKR", [
        ("Russia launched a massive drone attack on Kyiv.", "attack", f"2025-0{m}-05")
        for m in range(1, 8)
    ])
    add_relation(g, "person:recep-tayyip-erdogan", "leader_of", "TUR",
                 [("Turkish President Recep Tayyip Erdogan spoke.", "President", "2025-07-11")])
    add_relation(g, "TUR", "cooperate", "RUS",
                 [("Turkiye buys Russian gas through TurkStream.", "buys", "2025-02-01")])
    add_relation(g, "RUS", "accuse", "group:hamas",
                 [("Moscow criticised Hamas over the hostages.", "criticised", None)])
    add_relation(g, "TUR", "sanction", "RUS",
                 [("Turkiye is unlikely to join sanctions on Russia.", "sanctions", "2025-07-11")],
                 stated=False)
    return g


def page_data(page: str) -> dict[str, Any]:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


# ------------------------------------------------------------------ self-contained and safe


def test_page_is_self_contained_and_locked_down(tmp_path):
    out = tmp_path / "sub" / "g.html"
    page = render_html(sample_graph(), out, title="Demo")
    assert out.read_text(encoding="utf-8") == page
    assert page.startswith("<!DOCTYPE html>")
    assert not EXTERNAL.search(page)
    external = r"<script[^>]+src|<link\b|@import|<iframe|url\(\s*['\"]?https?:"
    assert not re.search(external, page, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    # the CSP allows exactly our inline scripts, by hash
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2 and "vis-network" in scripts[0] and "geokg-data" in scripts[1]
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_hostile_text_stays_inside_the_json_block():
    g = make_graph({"TUR": (HOSTILE, "state", [HOSTILE, "x\u2028y"]),
                    "RUS": ("Russia\u2029", "state", [])})
    add_relation(g, "TUR", "accuse", "RUS",
                 [(f"Ankara said {HOSTILE} & more.", HOSTILE, "2025-07-01")],
                 outlet=HOSTILE, title=HOSTILE, url="javascript:window.__pwned=1")
    page = render_html(g, title=HOSTILE)
    benign = render_html(sample_graph()).lower()
    assert page.lower().count("<script") == benign.count("<script")
    assert page.lower().count("</script") == benign.count("</script") == 3
    assert HOSTILE not in page and "<img src=x" not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert f"<title>{html_lib.escape(HOSTILE)}</title>" in page
    data = page_data(page)
    node = {n["id"]: n for n in data["nodes"]}["TUR"]
    assert node["label"] == HOSTILE and node["aliases"] == [HOSTILE, "x\u2028y"]
    assert data["title"] == HOSTILE
    edge = data["edges"][0]
    assert edge["ev"][0][1] == f"Ankara said {HOSTILE} & more."
    title, outlet, url, date = data["docs"][edge["ev"][0][0]]
    assert (title, outlet, url, date) == (HOSTILE, HOSTILE, None, "2025-07-01")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_survives_the_json_block_and_cannot_end_it(text):
    embedded = _json_for_script({"name": text, "aliases": [text + "</script>", "<!--" + text]})
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert "\u2028" not in embedded and "\u2029" not in embedded
    assert json.loads(embedded) == {"name": text, "aliases": [text + "</script>", "<!--" + text]}


@pytest.mark.parametrize("url, kept", [
    ("https://www.arabnews.com/node/1", True),
    ("http://example.org/a?b=1", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("//evil.example/x", False),
    ("https://exa mple.org", False),
    (None, False),
])
def test_only_http_urls_become_links(url, kept):
    g = make_graph({"A": ("A", "state", []), "B": ("B", "state", [])})
    add_relation(g, "A", "consult", "B", [("A met B.", "met", "2025-01-01")], url=url)
    data = build_payload(g)
    assert data["docs"][0][2] == (url if kept else None)


# ------------------------------------------------------------------ what the page shows


def test_payload_follows_the_graph():
    data = build_payload(sample_graph())
    assert len(data["nodes"]) == 7 and len(data["edges"]) == 8  # unstated hidden by default
    edges = {(e["from"], e["rel"], e["to"]): e for e in data["edges"]}
    tension = edges[("AZE", "tension", "RUS")]
    assert tension["sym"] is True and tension["qc"] == "verbal_conflict" and tension["count"] == 2
    assert (tension["first"], tension["last"]) == ("2025-05-02", "2025-07-09")
    assert edges[("RUS", "assault", "UKR")]["sym"] is False
    assert edges[("RUS", "accuse", "group:hamas")]["undated"] == 1
    # months cover every dated sentence; edges refer to them by index
    assert data["months"] == [f"2025-0{m}" for m in range(1, 8)]
    assault = edges[("RUS", "assault", "UKR")]
    assert [data["months"][i] for i, _c in assault["m"]] == data["months"]
    # evidence: most recent first, trigger marked
    sentence, marks = tension["ev"][0][1], tension["ev"][0][2]
    assert sentence.startswith("The tensions") and [sentence[a:b] for a, b in marks] == ["tensions"]
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["TUR"]["region"] == "europe" and nodes["RUS"]["region"] == "russia_central_asia"
    assert "region" not in nodes["NATO"] and nodes["TUR"]["aliases"] == ["Turkey", "Ankara"]
    assert all(np.isfinite([n["x"], n["y"]]).all() for n in data["nodes"])


def test_unstated_relations_only_on_request():
    hidden = build_payload(sample_graph())
    assert all(e["stated"] for e in hidden["edges"])
    shown = build_payload(sample_graph(), show_unstated=True)
    unstated = [e for e in shown["edges"] if not e["stated"]]
    assert [(e["from"], e["rel"], e["to"]) for e in unstated] == [("TUR", "sanction", "RUS")]
    assert shown["show_unstated"] is True


def test_above_max_nodes_keeps_most_evidence_and_says_so():
    g = make_graph({f"S{i}": (f"State {i}", "state", []) for i in range(6)})
    for i in range(5):
        add_relation(g, f"S{i}", "consult", f"S{i + 1}",
                     [("They met.", "met", "2025-01-01")] * (i + 1))
    data = build_payload(g, max_nodes=3)
    # evidence: S0 1, S1 3, S2 5, S3 7, S4 9, S5 5 -> S4, S3, then S2 (tie with S5, by id)
    assert {n["id"] for n in data["nodes"]} == {"S4", "S3", "S2"}
    assert {(e["from"], e["to"]) for e in data["edges"]} == {("S2", "S3"), ("S3", "S4")}
    assert data["notice"].startswith("Showing 3 of 6 actors with the most evidence")
    assert build_payload(g)["notice"] is None


def test_evidence_per_edge_is_capped_so_the_page_stays_small():
    g = make_graph({"A": ("A", "state", []), "B": ("B", "state", [])})
    add_relation(g, "A", "assault", "B",
                 [(f"A shelled B, day {i} " + "x" * 200, "shelled", f"2024-{1 + i % 12:02d}-01")
                  for i in range(5000)])
    page = render_html(g)
    edge = page_data(page)["edges"][0]
    assert edge["count"] == 5000 and len(edge["ev"]) == 20
    assert sum(c for _m, c in edge["m"]) == 5000  # the timeline still counts everything
    small = render_html(sample_graph())
    assert len(page) - len(small) < 60_000


def test_long_text_is_cut():
    g = make_graph({"A": ("N" * 5000, "state", []), "B": ("B", "state", [])})
    add_relation(g, "A", "consult", "B", [("word " * 1000, "word", None)])
    data = build_payload(g)
    assert len(data["nodes"][0]["label"]) == 200 and data["nodes"][0]["label"].endswith("\u2026")
    assert len(data["edges"][0]["ev"][0][1]) == 1000


@pytest.mark.parametrize("sentence, trigger, trigger_start, start, expected", [
    ("Russia attacked Ukraine.", "attacked", 107, 100, ["attacked"]),  # document offsets
    ("Russia attacked Ukraine.", "attacked", 3, 100, ["attacked"]),  # bad offsets: search
    ("They signed a deal, a real deal.", "signed", None, 0, ["signed"]),
    ("Ankara SIGNED the accord.", "signed", None, 0, ["SIGNED"]),
    ("Baku reached an agreement with Yerevan.", "reached agreement", None, 0,
     ["reached", "agreement"]),  # words found apart
    ("The attacker attacked.", "attacked", None, 0, ["attacked"]),  # whole words only
    ("No trigger here.", "sanctions", None, 0, []),
    ("No trigger given.", None, None, 0, []),
])
def test_trigger_spans(sentence, trigger, trigger_start, start, expected):
    spans = _trigger_spans(sentence, trigger, trigger_start, start)
    assert [sentence[a:b] for a, b in spans] == expected


def test_trigger_spans_count_utf16_units_like_javascript():
    sentence = "\U0001f1f9\U0001f1f7 Turkiye condemned the strike."
    (a, b), = _trigger_spans(sentence, "condemned", None, 0)
    units = sentence.encode("utf-16-le")
    assert units[2 * a:2 * b].decode("utf-16-le") == "condemned"


def test_bad_attribute_values_do_not_crash():
    g = nx.MultiDiGraph()
    g.add_node("A", name=None, type=None, aliases=5, evidence="lots")
    g.add_node(7)
    g.add_edge("A", 7, key="weird", relation=None, count="many", evidence=["not a dict", {
        "sentence": None, "date": "yesterday", "confidence": float("nan"), "url": 3}],
        first_date="2025-13-45", mean_confidence=float("inf"))
    g.add_edge("A", "A", key="consult", relation="consult")  # self loops are dropped
    data = page_data(render_html(g))
    assert [n["label"] for n in data["nodes"]] == ["A", "7"]
    edge, = data["edges"]
    assert edge["rel"] == "weird" and edge["first"] is None and edge["conf"] is None
    assert render_html(nx.MultiDiGraph()).startswith("<!DOCTYPE html>")


def test_node_ids_that_print_alike_stay_distinct():
    g = nx.MultiDiGraph()
    g.add_edge(7, "7", key="consult", relation="consult", count=1)
    data = build_payload(g)
    assert [n["id"] for n in data["nodes"]] == ["7", "7#2"]
    assert (data["edges"][0]["from"], data["edges"][0]["to"]) == ("7", "7#2")


def test_plain_digraph_is_accepted():
    g = nx.DiGraph()
    g.add_edge("A", "B", relation="aid", count=2)
    edge, = build_payload(g)["edges"]
    assert (edge["rel"], edge["qc"], edge["sym"], edge["count"]) == (
        "aid", "material_cooperation", False, 2)


@pytest.mark.parametrize("kwargs, message", [
    ({"layout": "spring"}, "unknown layout"),
    ({"max_nodes": 0}, "max_nodes"),
    ({"max_nodes": "10"}, "max_nodes"),
    ({"max_edges": 0}, "max_edges"),
    ({"max_edges": True}, "max_edges"),
])
def test_bad_arguments_raise_usage_errors(kwargs, message):
    with pytest.raises(UsageError, match=message):
        render_html(sample_graph(), **kwargs)


def test_bad_graph_and_unwritable_path_raise_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="networkx graph"):
        render_html([("A", "B")])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UsageError, match="writable"):
        render_html(sample_graph(), blocker / "g.html")


def test_output_is_deterministic():
    assert render_html(sample_graph()) == render_html(sample_graph())


# ------------------------------------------------------------------ layout


def test_force_layout_is_spread_and_keeps_neighbours_close():
    rng = np.random.default_rng(3)
    n = 5000
    pairs = np.stack([rng.integers(0, n, 15000), rng.integers(0, n, 15000)], axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    pos = force_layout(n, pairs)  # its speed is measured by benchmarks/html_bench.py
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    # not collapsed: few nodes share a spot
    assert len(np.unique(pos.round(0), axis=0)) > 0.95 * n


def test_small_force_layout_puts_linked_nodes_closer_than_unlinked():
    # two triangles joined by nothing: within-triangle distances are the short ones
    pairs = np.array([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)])
    pos = force_layout(6, pairs)
    d = np.linalg.norm(pos[:, None] - pos[None], axis=2)
    within = max(d[0, 1], d[1, 2], d[0, 2], d[3, 4], d[4, 5], d[3, 5])
    between = min(d[i, j] for i in range(3) for j in range(3, 6))
    assert within < between


def test_circular_layout_separates_components():
    pos = circular_layout(5, np.array([(0, 1), (1, 2), (3, 4)]))
    assert pos.shape == (5, 2) and len(np.unique(pos.round(1), axis=0)) == 5
    assert build_payload(sample_graph(), layout="circular")["physics"] is False


def test_physics_only_for_small_graphs_in_auto():
    assert build_payload(sample_graph())["physics"] is True
    assert build_payload(sample_graph(), layout="force")["physics"] is False
    assert build_payload(sample_graph(), layout="physics")["physics"] is True


# ------------------------------------------------------------------ notebooks


def test_notebook_html_is_an_inline_iframe_without_network_access():
    frame = notebook_html(sample_graph(), title="nb")
    assert frame.startswith("<iframe") and frame.endswith("</iframe>")
    assert not EXTERNAL.search(frame)
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame).group(1)
    assert html_lib.unescape(srcdoc) == render_html(sample_graph(), title="nb")
    assert "allow-same-origin" not in frame


def test_show_displays_the_iframe(monkeypatch):
    import IPython.display

    import geokg.html

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    monkeypatch.setattr(geokg.html, "_in_notebook", lambda: True)
    assert show(sample_graph(), title="nb") is None
    assert len(shown) == 1 and "<iframe" in shown[0].data and "srcdoc" in shown[0].data


def test_show_outside_a_notebook_writes_the_page_and_says_where(tmp_path, capsys, monkeypatch):
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj: pytest.fail("displayed"))
    path = show(sample_graph(), tmp_path / "g.html", title="nb")  # pytest runs no kernel
    said = capsys.readouterr().out
    assert path == tmp_path / "g.html" and path.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert str(path.resolve()) in said and "open it in a web browser" in said
    assert "IPython.core.display" not in said
