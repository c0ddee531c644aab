/* geokg interactive network.
 *
 * Reads the graph from the JSON block with id "geokg-data" and draws it with
 * vis-network. Every piece of data (names, sentences, titles, outlets, urls) is untrusted: it is
 * only ever put into the page with textContent / text nodes, never as HTML, and only http(s)
 * urls become links. window.geokg exposes the network and its data sets (used by the tests).
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("geokg-data").textContent);
  performance.mark("geokg:parsed");
  var STYLE = DATA.style;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var LARGE = DATA.large;

  // ---------------------------------------------------------------- small DOM helpers
  function $(id) { return document.getElementById(id); }

  /* Create an element; attrs keys are literals of this file, children are nodes or text. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        if (key === "class") node.className = attrs[key];
        else if (key === "text") node.textContent = attrs[key];
        else node.setAttribute(key, attrs[key]);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      var parsed = new URL(url);
      return (parsed.protocol === "http:" || parsed.protocol === "https:") ? parsed.href : null;
    } catch (err) {
      return null;
    }
  }

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function relLabel(rel) { return rel.replace(/_/g, " "); }

  // ---------------------------------------------------------------- data and styling
  var nodeById = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  var edgesByNode = new Map();
  var edgesByPair = new Map();
  DATA.nodes.forEach(function (n) { edgesByNode.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesByNode.get(e.from).push(e);
    edgesByNode.get(e.to).push(e);
    var pair = pairKey(e.from, e.to);
    if (!edgesByPair.has(pair)) edgesByPair.set(pair, []);
    edgesByPair.get(pair).push(e);
  });

  function actorName(id) { return nodeById.has(id) ? nodeById.get(id).label : id; }
  function pairKey(a, b) { return a < b ? a + "\u0000" + b : b + "\u0000" + a; }

  function typeStyle(type) { return STYLE.types[type] || STYLE.types.other; }
  function regionStyle(region) { return STYLE.regions[region] || STYLE.regions.other; }
  function quadStyle(qc) { return STYLE.quad_classes[qc] || STYLE.quad_classes.structural; }
  function nodeColor(n) {
    return n.type === "state" ? regionStyle(n.region).color : typeStyle(n.type).color;
  }
  function edgeWidth(count) { return Math.min(12, 1 + 1.8 * Math.log2(Math.max(1, count))); }

  function shade(hex, amount) {
    var v = parseInt(hex.slice(1), 16);
    var r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
    function f(c) { return Math.max(0, Math.min(255, Math.round(c + (amount < 0 ? c : 255 - c) * amount))); }
    return "#" + ((1 << 24) + (f(r) << 16) + (f(g) << 8) + f(b)).toString(16).slice(1);
  }

  /* Shape and colours live in one vis "group" per actor type (and region for states), so each
     node carries only id, label, position, group and value: large graphs build much faster. */
  function groupOf(n) { return n.type === "state" ? "state:" + (n.region || "other") : "type:" + n.type; }
  function visGroups() {
    var groups = {};
    DATA.nodes.forEach(function (n) {
      var key = groupOf(n);
      if (groups[key]) return;
      var color = nodeColor(n);
      groups[key] = {
        shape: typeStyle(n.type).shape,
        color: {
          background: color, border: shade(color, -0.35),
          highlight: { background: shade(color, 0.25), border: "#1d2733" },
          hover: { background: shade(color, 0.15), border: "#1d2733" }
        }
      };
    });
    return groups;
  }

  function visNode(n) {
    return { id: n.id, label: n.label, x: n.x, y: n.y, group: groupOf(n), value: n.ev || 0 };
  }

  /* Node size (and label size) grows with the square root of its evidence: 8px for none, the
     44px maximum from about 70 sentences on, the same in every graph. */
  function sizeScale(min, max, total, value) {
    return Math.min(1, 4.2 * Math.sqrt(Math.max(0, value)) / 36);
  }

  function visEdge(e) {
    var siblings = edgesByPair.get(pairKey(e.from, e.to));
    var edge = { id: e.id, from: e.from, to: e.to, width: edgeWidth(e.stories || e.count), color: quadStyle(e.qc).color };
    if (!e.stated) edge.dashes = [6, 5];
    if (e.sym) edge.arrows = { to: { enabled: false } };  // directed edges use the global option
    if (siblings.length > 1 && !LARGE) {
      var i = siblings.indexOf(e);
      var sameWay = e.from < e.to;
      var bend = 0.12 + 0.14 * Math.floor(i / 2);
      edge.smooth = { enabled: true, type: (i % 2 === 0) === sameWay ? "curvedCW" : "curvedCCW", roundness: bend };
    }
    if (DATA.edges.length <= 120) edge.label = relLabel(e.rel);
    return edge;
  }

  // ---------------------------------------------------------------- filters
  var relationsPresent = [];
  var quadsPresent = [];
  var relCounts = {};
  DATA.edges.forEach(function (e) {
    if (!(e.rel in relCounts)) { relCounts[e.rel] = 0; relationsPresent.push(e.rel); }
    relCounts[e.rel] += 1;
    if (quadsPresent.indexOf(e.qc) < 0) quadsPresent.push(e.qc);
  });
  var QUAD_ORDER = Object.keys(STYLE.quad_classes);
  quadsPresent.sort(function (a, b) { return QUAD_ORDER.indexOf(a) - QUAD_ORDER.indexOf(b); });
  var typesPresent = [];
  var typeCounts = {};
  DATA.nodes.forEach(function (n) {
    if (!(n.type in typeCounts)) { typeCounts[n.type] = 0; typesPresent.push(n.type); }
    typeCounts[n.type] += 1;
  });
  var TYPE_ORDER = Object.keys(STYLE.types);
  typesPresent.sort(function (a, b) { return TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b); });
  var maxCount = DATA.edges.reduce(function (m, e) { return Math.max(m, e.count); }, 1);
  var lastMonth = Math.max(0, DATA.months.length - 1);

  var filters = defaultFilters();
  function defaultFilters() {
    return {
      rels: new Set(relationsPresent), types: new Set(typesPresent), minEvidence: 1,
      from: 0, to: lastMonth, unstated: true
    };
  }
  function datesNarrowed() { return filters.from > 0 || filters.to < lastMonth; }
  function edgeFiltersActive() {
    return filters.rels.size < relationsPresent.length || filters.minEvidence > 1 ||
      datesNarrowed() || !filters.unstated;
  }
  function countInRange(e) {
    if (!datesNarrowed()) return e.count;
    var total = 0;
    for (var i = 0; i < e.m.length; i++) {
      if (e.m[i][0] >= filters.from && e.m[i][0] <= filters.to) total += e.m[i][1];
    }
    return total;
  }

  var visibleNodes = new Set();
  var visibleEdges = new Set();
  function computeVisibility() {
    visibleEdges = new Set();
    var degree = new Map();
    DATA.edges.forEach(function (e) {
      if (!filters.rels.has(e.rel) || (!e.stated && !filters.unstated)) return;
      if (!filters.types.has(nodeById.get(e.from).type) || !filters.types.has(nodeById.get(e.to).type)) return;
      if (countInRange(e) < filters.minEvidence) return;
      visibleEdges.add(e.id);
      degree.set(e.from, (degree.get(e.from) || 0) + 1);
      degree.set(e.to, (degree.get(e.to) || 0) + 1);
    });
    var isolatedOk = !edgeFiltersActive();
    visibleNodes = new Set();
    DATA.nodes.forEach(function (n) {
      if (!filters.types.has(n.type)) return;
      if (degree.get(n.id) || (isolatedOk && edgesByNode.get(n.id).length === 0)) visibleNodes.add(n.id);
    });
  }

  // ---------------------------------------------------------------- the network
  buildLegend();
  var nodes = new vis.DataSet(DATA.nodes.map(visNode));
  var edges = new vis.DataSet(DATA.edges.map(visEdge));
  performance.mark("geokg:datasets");
  computeVisibility();
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  var physicsOn = !!DATA.physics && DATA.nodes.length > 1;
  var LABEL_FACE = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
  function toggle(button, target, on) {
    target.classList.toggle("collapsed", !on);
    button.setAttribute("aria-expanded", on ? "true" : "false");
  }
  /* The filters sidebar and the legend fold away; small windows and notebook frames start with
     them folded, so the network gets the room. */
  var sidebar = document.querySelector(".sidebar");
  toggle($("sidebar-toggle"), sidebar, window.innerWidth >= 1400);
  toggle($("legend-toggle"), $("legend"), window.innerHeight >= 800 && window.innerWidth >= 1000);
  var container = $("network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: {
      enabled: physicsOn,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, springConstant: 0.06, avoidOverlap: 0.4 },
      // vis-network's fit measures every label: a large graph is fitted from positions instead
      stabilization: { enabled: true, iterations: 200, updateInterval: 50, fit: !LARGE }
    },
    interaction: {
      hover: !LARGE || DATA.nodes.length <= 8000, tooltipDelay: 120, multiselect: false,
      hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE, navigationButtons: false, keyboard: false
    },
    groups: visGroups(),
    nodes: {
      borderWidth: 1.5, borderWidthSelected: 3,
      font: { size: 15, face: LABEL_FACE, color: "#1d2733", strokeWidth: 4, strokeColor: "#ffffff" },
      // label sizes are set per node by layoutLabels(): at least MIN_LABEL_PX on screen
      scaling: { min: 8, max: 44, customScalingFunction: sizeScale, label: { enabled: false } }
    },
    edges: {
      selectionWidth: 2, hoverWidth: 1.5, smooth: false,
      color: { inherit: false, opacity: 0.85 },
      font: { size: 11, color: "#4a5663", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      arrows: { to: { enabled: !LARGE, scaleFactor: 0.55 } }
    }
  });

  // Arrow heads are most of the drawing time of a large graph and invisible when zoomed out:
  // there, draw them only once the view is zoomed in far enough to see them.
  var arrowsOn = !LARGE;
  function updateArrows() {
    var want = !LARGE || network.getScale() >= 0.4;
    if (want === arrowsOn) return;
    arrowsOn = want;
    network.setOptions({ edges: { arrows: { to: { enabled: want, scaleFactor: 0.55 } } } });
  }
  network.on("zoom", updateArrows);
  network.on("animationFinished", updateArrows);

  // ---------------------------------------------------------------- readable labels
  /* Every drawn label is at least MIN_LABEL_PX high on screen, at any zoom. Where two labels
     would overlap, the actor with less evidence gives up its label (the selected actor never
     does); zooming in brings labels back, and hovering any actor names it. */
  var MIN_LABEL_PX = 12;
  var LABEL_PAD = 3;  // screen pixels kept free around a label
  var measure = document.createElement("canvas").getContext("2d");
  var labelState = new Map();  // node id -> [font size, shown]
  function nodeSize(n) { return 8 + 36 * sizeScale(0, 0, 0, n.ev || 0); }
  function fontSize(n, scale) {
    var natural = 14 + 8 * sizeScale(0, 0, 0, n.ev || 0);  // canvas units, like node sizes
    return Math.min(Math.max(natural, MIN_LABEL_PX / scale), 40 / scale + natural);
  }
  /* The screen box of a label below its actor (as vis-network draws it), or above it. */
  function labelBox(n, p, fs, scale, above) {
    measure.font = fs + "px " + LABEL_FACE;
    var w = measure.measureText(n.label).width * scale, h = fs * 1.3 * scale;
    var r = nodeSize(n) * scale;
    var c = network.canvasToDOM({ x: p.x, y: p.y });
    var top = above ? c.y - r - 2 - h : c.y + r;
    return { x0: c.x - w / 2 - LABEL_PAD, x1: c.x + w / 2 + LABEL_PAD, y0: top - LABEL_PAD,
             y1: top + h + LABEL_PAD + (above ? 0 : 0.5 * fs * scale + 4) };
  }
  /* vis-network draws a label's top at y + size + fs/2 + 4 (canvas units): the shift that puts
     its bottom just above the node instead. */
  function aboveShift(n, fs) { return -(2 * nodeSize(n) + 1.8 * fs + 6); }
  function layoutLabels() {
    var ids = nodesView.getIds();
    if (!ids.length) return;
    var scale = network.getScale();
    var pos = network.getPositions(ids);
    var selected = new Set(network.getSelectedNodes());
    var order = ids.map(function (id) { return nodeById.get(id); });
    order.sort(function (a, b) {
      return (selected.has(b.id) - selected.has(a.id)) || (b.ev - a.ev) ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });
    var cell = 96, grid = new Map(), updates = [];
    function cells(box, add) {
      var hit = false;
      for (var gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
        for (var gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) {
          var key = gx + ":" + gy, list = grid.get(key);
          if (add) { if (!list) grid.set(key, list = []); list.push(box); continue; }
          if (list && list.some(function (o) {
            return box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1;
          })) hit = true;
        }
      }
      return hit;
    }
    var w = container.clientWidth, h = container.clientHeight;
    order.forEach(function (n) {
      var fs = Math.round(fontSize(n, scale) * 100) / 100;
      var place = null;  // 0: below the actor, 1: above it, null: no label
      for (var k = 0; k < 2 && place === null; k++) {
        var box = labelBox(n, pos[n.id], fs, scale, k === 1);
        var onScreen = box.x1 > 0 && box.x0 < w && box.y1 > 0 && box.y0 < h;
        if (!onScreen) { place = 0; break; }
        if (!cells(box, false)) { cells(box, true); place = k; }
      }
      var shift = place === 1 ? Math.round(aboveShift(n, fs) * 100) / 100 : 0;
      var was = labelState.get(n.id);
      if (!was || was[0] !== fs || was[1] !== place || was[2] !== shift) {
        labelState.set(n.id, [fs, place, shift]);
        updates.push({ id: n.id, label: place === null ? "" : n.label,
                       font: { size: fs, vadjust: shift } });
      }
    });
    if (updates.length) nodes.update(updates);
  }
  var labelsQueued = false;
  function layoutLabelsSoon() {
    if (labelsQueued) return;
    labelsQueued = true;
    requestAnimationFrame(function () { labelsQueued = false; layoutLabels(); });
  }
  network.on("zoom", layoutLabelsSoon);
  network.on("dragEnd", layoutLabelsSoon);
  network.on("animationFinished", layoutLabelsSoon);
  network.on("resize", layoutLabelsSoon);
  network.on("selectNode", layoutLabelsSoon);
  /* Fit: every visible actor inside the canvas, which ends above the legend. */
  function fitView(animate) {
    if (LARGE) quickFit();
    else network.fit(animate ? { animation: { duration: 400 } } : undefined);
    layoutLabelsSoon();
  }

  performance.mark("geokg:network");
  /* Zoom to show every visible actor, from node centres alone (no label measuring). */
  function quickFit() {
    var ids = nodesView.getIds();
    if (!ids.length) return;
    var pos = network.getPositions(ids);
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var p = pos[id];
      x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    });
    var pad = 40;  // screen pixels around the drawing
    var scale = Math.min((container.clientWidth - 2 * pad) / (x1 - x0 + 1),
      (container.clientHeight - 2 * pad) / (y1 - y0 + 1));
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.max(0.005, Math.min(1.5, scale)) });
    updateArrows();
  }
  if (LARGE) quickFit();

  window.__geokgReady = null;
  network.once("afterDrawing", function () {
    var first = performance.now();
    window.__geokgFirstFrame = first;
    if (!physicsOn) { layoutLabels(); window.__geokgReady = first; }
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    physicsOn = false;
    updatePhysicsButton();
    network.fit();
    layoutLabels();
    window.__geokgReady = performance.now();
  });

  window.geokg = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    data: DATA, filters: filters, focusActor: focusActor, showEdge: showEdge,
    layoutLabels: layoutLabels, minLabelPx: MIN_LABEL_PX
  };

  // ---------------------------------------------------------------- header, counts, notice
  $("title").textContent = DATA.title;
  if (DATA.notice) { $("notice").textContent = DATA.notice; $("notice").hidden = false; }
  function updateCounts() {
    $("counts").textContent = plural(nodesView.length, "actor") + " \u00b7 " +
      plural(edgesView.length, "relation") + " shown";
    var empty = $("empty");
    if (DATA.nodes.length === 0) {
      empty.textContent = "This graph has no actors yet. Add news articles to the store and draw it again.";
      empty.hidden = false;
    } else if (nodesView.length === 0) {
      empty.textContent = "No actor matches the current filters.";
      empty.hidden = false;
    } else {
      empty.hidden = true;
    }
  }

  function applyFilters() {
    computeVisibility();
    nodesView.refresh();
    edgesView.refresh();
    updateCounts();
    layoutLabelsSoon();
  }

  // ---------------------------------------------------------------- filter controls
  function checkbox(id, checked, onChange) {
    var box = el("input", { type: "checkbox", id: id });
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    return box;
  }

  var relBoxes = {};
  var quadBoxes = {};
  function buildRelationFilters() {
    var host = $("relation-filters");
    clear(host);
    quadsPresent.forEach(function (qc) {
      var rels = relationsPresent.filter(function (r) { return quadOf(r) === qc; }).sort();
      var total = rels.reduce(function (s, r) { return s + relCounts[r]; }, 0);
      var qbox = checkbox("qc-" + qc, true, function (on) {
        rels.forEach(function (r) {
          if (on) filters.rels.add(r); else filters.rels.delete(r);
          relBoxes[r].checked = on;
        });
        syncQuad(qc);
        applyFilters();
      });
      quadBoxes[qc] = { box: qbox, rels: rels };
      var children = el("div", { class: "children" });
      rels.forEach(function (r) {
        var box = checkbox("rel-" + r, true, function (on) {
          if (on) filters.rels.add(r); else filters.rels.delete(r);
          syncQuad(qc);
          applyFilters();
        });
        relBoxes[r] = box;
        var desc = (DATA.relations[r] || {}).description || "";
        children.append(el("label", { class: "check", title: desc }, box, relLabel(r),
          el("span", { class: "n", text: relCounts[r].toLocaleString("en") })));
      });
      host.append(el("div", { class: "group" },
        el("label", { class: "check" }, qbox,
          el("span", { class: "swatch", style: "background:" + quadStyle(qc).color }),
          quadStyle(qc).label, el("span", { class: "n", text: total.toLocaleString("en") })),
        children));
    });
  }
  function quadOf(rel) {
    var edge = DATA.edges.find(function (e) { return e.rel === rel; });
    return edge ? edge.qc : "structural";
  }
  function syncQuad(qc) {
    var q = quadBoxes[qc];
    var on = q.rels.filter(function (r) { return filters.rels.has(r); }).length;
    q.box.checked = on === q.rels.length;
    q.box.indeterminate = on > 0 && on < q.rels.length;
  }

  var typeBoxes = {};
  function buildTypeFilters() {
    var host = $("type-filters");
    clear(host);
    typesPresent.forEach(function (t) {
      var box = checkbox("type-" + t, true, function (on) {
        if (on) filters.types.add(t); else filters.types.delete(t);
        applyFilters();
      });
      typeBoxes[t] = box;
      host.append(el("label", { class: "check" }, box, shapeIcon(t, nodeColorForType(t)), typeStyle(t).label,
        el("span", { class: "n", text: typeCounts[t].toLocaleString("en") })));
    });
  }
  function nodeColorForType(t) { return t === "state" ? typeStyle("state").color : typeStyle(t).color; }

  /* Sliders fire while dragged: on a large graph, filter once the hand rests. */
  var filterTimer = null;
  function applyFiltersSoon() {
    if (!LARGE) { applyFilters(); return; }
    clearTimeout(filterTimer);
    filterTimer = setTimeout(applyFilters, 250);
  }

  // minimum evidence slider positions: 1, 2, 3 ... then coarser steps up to the largest count
  var evidenceSteps = [1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750,
    1000, 2000, 5000, 10000, 20000, 50000].filter(function (v) { return v < maxCount; });
  evidenceSteps.push(maxCount);

  function setupRanges() {
    var min = $("min-evidence");
    min.max = String(evidenceSteps.length - 1);
    min.value = "0";
    min.disabled = maxCount <= 1;
    min.addEventListener("input", function () {
      filters.minEvidence = evidenceSteps[Number(min.value)];
      $("min-evidence-value").textContent = String(filters.minEvidence);
      applyFiltersSoon();
    });
    var from = $("date-from"), to = $("date-to");
    if (DATA.months.length < 2) {
      $("dates").hidden = true;
    }
    from.max = to.max = String(lastMonth);
    from.value = "0";
    to.value = String(lastMonth);
    function onDates(which) {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (which === "from") to.value = String(a); else from.value = String(b); }
      filters.from = Number(from.value);
      filters.to = Number(to.value);
      showDates();
      applyFiltersSoon();
    }
    from.addEventListener("input", function () { onDates("from"); });
    to.addEventListener("input", function () { onDates("to"); });
    showDates();
    var hasUnstated = DATA.edges.some(function (e) { return !e.stated; });
    $("unstated-row").hidden = !hasUnstated;
    $("unstated").addEventListener("change", function () {
      filters.unstated = $("unstated").checked;
      applyFilters();
    });
    $("reset").addEventListener("click", resetFilters);
  }
  function showDates() {
    $("date-from-value").textContent = DATA.months[filters.from] || "";
    $("date-to-value").textContent = DATA.months[filters.to] || "";
  }
  function resetFilters() {
    filters = defaultFilters();
    window.geokg.filters = filters;
    Object.keys(relBoxes).forEach(function (r) { relBoxes[r].checked = true; });
    Object.keys(quadBoxes).forEach(syncQuad);
    Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].checked = true; });
    $("min-evidence").value = "0";
    $("min-evidence-value").textContent = "1";
    $("date-from").value = "0";
    $("date-to").value = String(lastMonth);
    $("unstated").checked = true;
    showDates();
    applyFilters();
  }

  // ---------------------------------------------------------------- legend
  function shapeIcon(type, color) {
    var icon = svg("svg", { width: "16", height: "16", viewBox: "0 0 16 16", "aria-hidden": "true" });
    var shape = typeStyle(type).shape;
    var attrs = { fill: color, stroke: shade(color, -0.35), "stroke-width": "1.2" };
    var node;
    if (shape === "square") node = svg("rect", { x: "2.5", y: "2.5", width: "11", height: "11" });
    else if (shape === "triangle") node = svg("polygon", { points: "8,2 14.5,14 1.5,14" });
    else if (shape === "diamond") node = svg("polygon", { points: "8,1.5 14.5,8 8,14.5 1.5,8" });
    else node = svg("circle", { cx: "8", cy: "8", r: "6" });
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    icon.append(node);
    return icon;
  }
  function lineIcon(color, width, dashed, arrow) {
    var icon = svg("svg", { width: "30", height: "12", viewBox: "0 0 30 12", "aria-hidden": "true" });
    var line = svg("line", { x1: "1", y1: "6", x2: arrow ? "22" : "29", y2: "6", stroke: color, "stroke-width": String(width) });
    if (dashed) line.setAttribute("stroke-dasharray", "4 3");
    icon.append(line);
    if (arrow) icon.append(svg("polygon", { points: "21,1.5 29,6 21,10.5", fill: color }));
    return icon;
  }
  function buildLegend() {
    var host = $("legend-items");
    clear(host);
    function group(title) {
      var col = el("div", { class: "col" }, el("span", { class: "sub", text: title }));
      host.append(col);
      return col;
    }
    function item(col, icon, text) { col.append(el("span", { class: "item" }, icon, el("span", { text: text }))); }
    var regionsPresent = [];
    DATA.nodes.forEach(function (n) {
      if (n.type === "state" && regionsPresent.indexOf(n.region) < 0) regionsPresent.push(n.region);
    });
    var regionOrder = Object.keys(STYLE.regions);
    regionsPresent.sort(function (a, b) { return regionOrder.indexOf(a) - regionOrder.indexOf(b); });
    if (regionsPresent.length) {
      var states = group("States by region");
      regionsPresent.forEach(function (r) { item(states, shapeIcon("state", regionStyle(r).color), regionStyle(r).label); });
    }
    var actors = group("Other actors");
    TYPE_ORDER.filter(function (t) { return t !== "state" && t !== "other"; }).forEach(function (t) {
      item(actors, shapeIcon(t, typeStyle(t).color), typeStyle(t).label);
    });
    var relations = group("Relations");
    QUAD_ORDER.forEach(function (qc) { item(relations, lineIcon(quadStyle(qc).color, 3, false, false), quadStyle(qc).label); });
    var lines = group("Reading");
    item(lines, lineIcon("#5f6b7a", 2, false, true), "directed");
    item(lines, lineIcon("#5f6b7a", 2, false, false), "symmetric");
    if (DATA.show_unstated) item(lines, lineIcon("#5f6b7a", 2, true, false), "unstated (negated or hedged)");
    item(lines, lineIcon("#5f6b7a", 5, false, false), "line width and node size: sentences of evidence");
    fitLegend();
  }
  /* Keep the canvas above the legend strip, whatever its height. */
  function fitLegend() {
    var wrap = $("network-wrap");
    wrap.style.setProperty("--legend-height", $("legend").offsetHeight + "px");
  }
  if (window.ResizeObserver) new ResizeObserver(fitLegend).observe($("legend"));

  // ---------------------------------------------------------------- tooltip
  var tooltip = $("tooltip");
  function showTooltip(content, pointer) {
    clear(tooltip);
    content.forEach(function (c) { tooltip.append(c); });
    tooltip.hidden = false;
    var wrap = $("network-wrap").getBoundingClientRect();
    var x = pointer.x + 14, y = pointer.y + 14;
    if (x + tooltip.offsetWidth > wrap.width) x = Math.max(0, pointer.x - tooltip.offsetWidth - 10);
    if (y + tooltip.offsetHeight > wrap.height) y = Math.max(0, pointer.y - tooltip.offsetHeight - 10);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  function span(a, b) {
    if (!a && !b) return "no dates";
    return a === b || !b ? a : (a || "?") + " \u2013 " + b;
  }
  network.on("hoverNode", function (params) {
    var n = nodeById.get(params.node);
    if (!n) return;
    var rels = edgesByNode.get(n.id).filter(function (e) { return visibleEdges.has(e.id); }).length;
    showTooltip([
      el("strong", { text: n.label }),
      el("div", { class: "dim", text: typeStyle(n.type).label + (n.country ? " \u00b7 for " + actorName(n.country) : "") }),
      el("div", { text: plural(n.ev, "sentence") + " of evidence \u00b7 " + plural(rels, "relation") + " shown" })
    ], params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    var e = edgeById.get(params.edge);
    if (!e) return;
    showTooltip([
      el("strong", { text: nodeById.get(e.from).label + (e.sym ? " \u2194 " : " \u2192 ") + nodeById.get(e.to).label }),
      el("div", { text: relLabel(e.rel) + " \u00b7 " + quadStyle(e.qc).label + (e.stated ? "" : " \u00b7 unstated") }),
      el("div", { text: plural(e.count, "sentence") + " in " + plural(e.docs, "document") }),
      el("div", { class: "dim", text: span(e.first, e.last) })
    ], params.pointer.DOM);
  });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // ---------------------------------------------------------------- side panel
  var panel = $("panel"), body = $("panel-body");
  function openPanel(children) {
    clear(body);
    children.forEach(function (c) { if (c) body.append(c); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function closePanel() { panel.hidden = true; network.unselectAll(); }
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target !== search && !panel.hidden) closePanel();
  });

  function relChip(e) {
    var chip = el("span", { class: "rel", text: relLabel(e.rel) });
    chip.style.background = quadStyle(e.qc).color;
    return chip;
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var touching = edgesByNode.get(id).slice().sort(function (a, b) { return b.count - a.count; });
    var list = el("ul", { class: "links" });
    touching.slice(0, 200).forEach(function (e) {
      var other = nodeById.get(e.from === id ? e.to : e.from);
      var arrow = e.sym ? "\u2194" : (e.from === id ? "\u2192" : "\u2190");
      var button = el("button", { type: "button" }, relChip(e), " " + arrow + " " + other.label + " ",
        el("span", { class: "tag", text: String(e.count) }),
        e.stated ? null : el("span", { class: "tag warn", text: "unstated" }),
        visibleEdges.has(e.id) ? null : el("span", { class: "tag", text: "filtered out" }));
      button.addEventListener("click", function () { selectEdge(e.id); });
      list.append(el("li", null, button));
    });
    var hidden = visibleNodes.has(id) ? null :
      el("p", { class: "meta", text: "This actor is hidden by the current filters." });
    openPanel([
      el("h2", { text: n.label }),
      el("p", { class: "meta", text: [typeStyle(n.type).label, n.type === "state" ? regionStyle(n.region).label : null,
        n.country ? "for " + actorName(n.country) : null,
        "id " + n.id].filter(Boolean).join(" \u00b7 ") }),
      n.aliases.length ? el("p", { class: "meta", text: "Also: " + n.aliases.join(", ") }) : null,
      el("p", { class: "meta", text: plural(n.ev, "sentence") + " of evidence" }),
      hidden,
      el("h3", { text: "Timeline" }),
      timeline(touching),
      el("h3", { text: plural(touching.length, "relation") }),
      list,
      touching.length > 200 ? el("p", { class: "meta", text: "Showing the 200 with the most evidence." }) : null
    ]);
  }

  function markedSentence(sentence, marks) {
    var quote = el("blockquote");
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > sentence.length || m[0] >= m[1]) return;
      quote.append(document.createTextNode(sentence.slice(at, m[0])));
      quote.append(el("mark", { text: sentence.slice(m[0], m[1]) }));
      at = m[1];
    });
    quote.append(document.createTextNode(sentence.slice(at)));
    return quote;
  }

  function evidenceItem(ev) {
    var doc = DATA.docs[ev[0]] || [null, null, null, null];
    var title = doc[0], outlet = doc[1], url = safeUrl(doc[2]), date = doc[3];
    var source = el("div", { class: "source" });
    var bits = [date, outlet].filter(Boolean).join(" \u00b7 ");
    if (bits) source.append(bits + (title || url ? " \u00b7 " : ""));
    if (url) {
      var link = el("a", { target: "_blank", rel: "noopener noreferrer nofollow", text: title || "source" });
      link.href = url;
      source.append(link);
    } else if (title) {
      source.append(title);
    }
    if (ev[4]) source.append(el("span", { class: "tag warn", text: "negated" }));
    if (ev[3] && ev[3] !== "asserted") source.append(el("span", { class: "tag", text: ev[3] }));
    return el("li", null, markedSentence(ev[1], ev[2]), source);
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    var a = nodeById.get(e.from), b = nodeById.get(e.to);
    var items = el("ul", { class: "evidence" });
    e.ev.forEach(function (ev) { items.append(evidenceItem(ev)); });
    var facts = [plural(e.count, "sentence") + " in " + plural(e.docs, "document") +
      (e.stories && e.stories < e.docs ? " (" + e.stories.toLocaleString("en") + (e.stories === 1 ? " distinct story" : " distinct stories") + ")" : ""), span(e.first, e.last)];
    if (e.conf !== null && e.conf !== undefined) facts.push("mean confidence " + e.conf.toFixed(2));
    var fromButton = el("button", { type: "button", class: "link", text: a.label });
    fromButton.addEventListener("click", function () { focusActor(a.id); });
    var toButton = el("button", { type: "button", class: "link", text: b.label });
    toButton.addEventListener("click", function () { focusActor(b.id); });
    openPanel([
      el("h2", null, fromButton, e.sym ? " \u2194 " : " \u2192 ", toButton),
      el("p", null, relChip(e), " ", el("span", { class: "meta", text: quadStyle(e.qc).label }),
        e.stated ? null : el("span", { class: "tag warn", text: "unstated: negated or hedged" })),
      el("p", { class: "meta", text: ((DATA.relations[e.rel] || {}).description || "") }),
      el("p", { class: "meta", text: facts.join(" \u00b7 ") }),
      e.outlets.length ? el("p", { class: "meta", text: "Outlets: " + e.outlets.join(", ") }) : null,
      el("h3", { text: "Timeline of " + a.label + " and " + b.label }),
      timeline(edgesByPair.get(pairKey(e.from, e.to)) || []),
      el("h3", { text: "Evidence" }),
      items,
      e.ev.length < e.count ? el("p", { class: "meta", text: "Showing the " + e.ev.length + " most recent of " + plural(e.count, "sentence") + "." }) : null
    ]);
  }

  /* Evidence per month of some relations (a pair's, an actor's): cooperation up, conflict down. */
  function timeline(relations) {
    var coop = {}, conf = {};
    relations.forEach(function (e) {
      var polarity = quadStyle(e.qc).polarity;
      if (!polarity) return;
      var bucket = polarity === "cooperation" ? coop : conf;
      e.m.forEach(function (mc) { bucket[mc[0]] = (bucket[mc[0]] || 0) + mc[1]; });
    });
    var months = Object.keys(coop).concat(Object.keys(conf)).map(Number);
    if (!months.length) return el("p", { class: "meta", text: "No dated cooperation or conflict evidence." });
    var lo = Math.min.apply(null, months), hi = Math.max.apply(null, months);
    var n = hi - lo + 1, width = 340, height = 110, mid = 52, pad = 4;
    var peak = 1;
    for (var m = lo; m <= hi; m++) peak = Math.max(peak, coop[m] || 0, conf[m] || 0);
    var bar = Math.max(2, Math.min(24, (width - 2 * pad) / n - 2));
    var chart = svg("svg", { class: "timeline", width: String(width), height: String(height), viewBox: "0 0 " + width + " " + height, role: "img" });
    var label = svg("title", {});
    label.textContent = "Evidence per month: cooperation above the line, conflict below";
    chart.append(label);
    chart.append(svg("line", { x1: "0", x2: String(width), y1: String(mid), y2: String(mid), stroke: "#c5ccd4" }));
    for (var i = 0; i < n; i++) {
      var x = pad + i * ((width - 2 * pad) / n);
      var up = coop[lo + i] || 0, down = conf[lo + i] || 0;
      var group = svg("g", {});
      var tip = svg("title", {});
      tip.textContent = DATA.months[lo + i] + ": " + up + " cooperation, " + down + " conflict";
      group.append(tip);
      group.append(svg("rect", { x: String(x), y: "2", width: String(bar), height: String(height - 22), fill: "transparent" }));
      if (up) group.append(svg("rect", { x: String(x), y: String(mid - 44 * up / peak), width: String(bar), height: String(44 * up / peak), fill: STYLE.quad_classes.material_cooperation.color }));
      if (down) group.append(svg("rect", { x: String(x), y: String(mid), width: String(bar), height: String(44 * down / peak), fill: STYLE.quad_classes.material_conflict.color }));
      chart.append(group);
    }
    var up = svg("text", { x: String(width - pad), y: "11", "text-anchor": "end" });
    up.textContent = "cooperation \u2191";
    var down = svg("text", { x: String(width - pad), y: String(height - 18), "text-anchor": "end" });
    down.textContent = "conflict \u2193";
    chart.append(up, down);
    var first = svg("text", { x: String(pad), y: String(height - 4) });
    first.textContent = DATA.months[lo];
    chart.append(first);
    if (hi > lo) {
      var last = svg("text", { x: String(width - pad), y: String(height - 4), "text-anchor": "end" });
      last.textContent = DATA.months[hi];
      chart.append(last);
    }
    return chart;
  }

  function selectEdge(id) {
    if (visibleEdges.has(id)) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showEdge(id);
  }

  function focusActor(id) {
    if (!nodeById.has(id)) return;
    showNode(id);
    if (!visibleNodes.has(id)) return;
    network.selectNodes([id]);
    // the side panel narrows the canvas: let it resize before centring the actor
    requestAnimationFrame(function () {
      network.redraw();
      // in narrow windows the panel floats over the canvas: centre the actor in what is left
      var covered = getComputedStyle(panel).position === "absolute" ? panel.offsetWidth : 0;
      network.focus(id, {
        scale: Math.max(1.1, network.getScale()), offset: { x: -covered / 2, y: 0 },
        // a large graph redraws too slowly to animate: jump
        animation: LARGE ? false : { duration: 450, easingFunction: "easeInOutQuad" }
      });
      updateArrows();
    });
  }

  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else panel.hidden = true;
  });

  // ---------------------------------------------------------------- search
  var searchIndex = DATA.nodes.map(function (n) {
    return { id: n.id, keys: [n.label, n.id].concat(n.aliases).map(fold) };
  });
  var search = $("search"), suggestions = $("suggestions");
  var current = [];
  var active = 0;
  function findActors(query) {
    var q = fold(query.trim());
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < searchIndex.length; i++) {
      var best = 3;
      searchIndex[i].keys.forEach(function (k) {
        if (k === q) best = 0;
        else if (best > 1 && k.indexOf(q) === 0) best = 1;
        else if (best > 2 && k.indexOf(q) > 0) best = 2;
      });
      if (best < 3) hits.push([best, searchIndex[i].id]);
    }
    hits.sort(function (x, y) { return x[0] - y[0] || nodeById.get(y[1]).ev - nodeById.get(x[1]).ev; });
    return hits.slice(0, 12).map(function (h) { return h[1]; });
  }
  function renderSuggestions() {
    clear(suggestions);
    current.forEach(function (id, i) {
      var n = nodeById.get(id);
      var li = el("li", { role: "option", "aria-selected": i === active ? "true" : "false" },
        el("span", { text: n.label }), el("span", { class: "kind", text: typeStyle(n.type).label }));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(id); });
      suggestions.append(li);
    });
    if (!current.length && search.value.trim()) suggestions.append(el("li", { class: "kind", text: "No actor found" }));
    suggestions.hidden = !search.value.trim();
  }
  function choose(id) {
    suggestions.hidden = true;
    search.value = nodeById.get(id).label;
    focusActor(id);
  }
  search.addEventListener("input", function () { current = findActors(search.value); active = 0; renderSuggestions(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!current.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : current.length - 1)) % current.length;
      renderSuggestions();
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (current.length) choose(current[active]);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      suggestions.hidden = true;
    }
  });
  search.addEventListener("blur", function () { suggestions.hidden = true; });

  // ---------------------------------------------------------------- buttons
  var PHYSICS_MAX_NODES = 3000;  // above, live physics would freeze the page
  function updatePhysicsButton() {
    var button = $("physics");
    button.textContent = "Physics: " + (physicsOn ? "on" : "off");
    button.setAttribute("aria-pressed", physicsOn ? "true" : "false");
    if (DATA.nodes.length > PHYSICS_MAX_NODES) {
      button.disabled = true;
      button.title = "Physics is available up to " + PHYSICS_MAX_NODES.toLocaleString("en") +
        " actors; this layout was computed in advance";
    }
  }
  $("physics").addEventListener("click", function () {
    physicsOn = !physicsOn;
    network.setOptions({ physics: { enabled: physicsOn, stabilization: { enabled: false } } });
    updatePhysicsButton();
  });
  $("fit").addEventListener("click", function () { fitView(true); });
  $("sidebar-toggle").addEventListener("click", function () {
    toggle($("sidebar-toggle"), sidebar, sidebar.classList.contains("collapsed"));
    requestAnimationFrame(function () { network.redraw(); fitView(false); });
  });
  $("legend-toggle").addEventListener("click", function () {
    var legend = $("legend");
    toggle($("legend-toggle"), legend, legend.classList.contains("collapsed"));
    fitLegend();
    requestAnimationFrame(function () { network.redraw(); fitView(false); });
  });
  $("export").addEventListener("click", function () {
    var source = container.querySelector("canvas");
    if (!source) return;
    var canvas = document.createElement("canvas");
    canvas.width = source.width;
    canvas.height = source.height;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(source, 0, 0);
    var name = (DATA.title || "geokg").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "geokg";
    var link = el("a", { download: name + ".png" });
    link.href = canvas.toDataURL("image/png");
    document.body.append(link);
    link.click();
    link.remove();
  });

  buildRelationFilters();
  buildTypeFilters();
  setupRanges();
  updatePhysicsButton();
  updateCounts();
})();
