"""Opens negograph's exports of one corpus with NetworkX, as an analyst would, and checks
that what arrives is the graph negograph built.

Usage: check_networkx.py GRAPH.json GRAPH.graphml GRAPH.gexf
Works with NetworkX 2.8 (Debian 12) and 3.x. Exit 0 when every check passes.
"""
import json
import re
import sys
from collections import defaultdict

import networkx as nx

json_path, graphml_path, gexf_path = sys.argv[1:4]
major = int(nx.__version__.split(".")[0])
print("networkx", nx.__version__, "on python", sys.version.split()[0])

# --- node-link JSON: node_link_graph with the edge list under "edges" ---
data = json.load(open(json_path, encoding="utf-8"))
if major >= 3:
    G = nx.node_link_graph(data, edges="edges")
else:
    G = nx.node_link_graph(data, link="edges")
assert G.is_directed() and G.is_multigraph()
assert G.number_of_nodes() == len(data["nodes"]) > 0
assert G.number_of_edges() == len(data["edges"]) > 0
assert G.graph["generator"].startswith("negograph"), G.graph
for u, v, key, attrs in G.edges(keys=True, data=True):
    assert key == attrs.get("key", key)
    if attrs["relation"] == "position":
        assert G.nodes[u]["type"] == "actor" and G.nodes[v]["type"] == "issue", (u, v)
        assert key == "position:" + attrs["stance"]
        assert attrs["weight"] >= 1 and attrs["evidence"], (u, v, key)
    for ev in attrs["evidence"]:
        assert ev["text"] and ev["start"] < ev["end"], ev

# What the folded formats must show, per (source, target) pair.
support = defaultdict(int)
oppose = defaultdict(int)
pairs = set()
for e in data["edges"]:
    pair = (e["source"], e["target"])
    pairs.add(pair)
    if e["relation"] == "position":
        (support if e["stance"] == "support" else oppose)[pair] += e["weight"]

# --- GraphML: one edge per pair, typed attributes, colours ---
H = nx.read_graphml(graphml_path)
assert H.is_directed() and not H.is_multigraph(), "GraphML must hold one edge per pair"
assert H.number_of_nodes() == G.number_of_nodes()
assert H.number_of_edges() == len(pairs), (H.number_of_edges(), len(pairs))
assert H.graph["generator"] == G.graph["generator"]
assert json.loads(H.graph["documents"]) and H.graph["document_count"] == len(data["graph"]["documents"])
hex_color = re.compile(r"^#[0-9A-F]{6}$")
for node, attrs in H.nodes(data=True):
    assert attrs["label"] and attrs["type"] in ("actor", "issue"), (node, attrs)
    assert hex_color.match(attrs["color"]), attrs
    assert "id" not in attrs
for u, v, attrs in H.edges(data=True):
    assert isinstance(attrs["weight"], float) and attrs["weight"] >= 1, attrs
    assert hex_color.match(attrs["color"]), attrs
    if attrs["relation"] == "position":
        s, o = support[(u, v)], oppose[(u, v)]
        assert (attrs["support_count"], attrs["oppose_count"]) == (s, o), (u, v, attrs)
        want = "mixed" if s and o else "support" if s else "oppose"
        assert attrs["stance"] == want, (u, v, attrs)
        assert attrs["evidence_text"], attrs
    for value in attrs.values():
        assert value != "null" and value != "", attrs
colours = {attrs["color"] for _, _, attrs in H.edges(data=True)}
assert len(colours) >= 2, colours  # support and oppose edges stand apart

# --- GEXF 1.3: viz colours and sizes, parallel edges kept apart by kind ---
if "1.3" not in nx.readwrite.gexf.GEXF.versions:
    # NetworkX 2.8 predates GEXF 1.3; its reader needs only the namespaces.
    nx.readwrite.gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
X = nx.read_gexf(gexf_path, version="1.3")
assert X.is_directed()
assert X.number_of_nodes() == G.number_of_nodes()
assert X.number_of_edges() == G.number_of_edges(), (X.number_of_edges(), G.number_of_edges())
sizes = {}
for node, attrs in X.nodes(data=True):
    viz = attrs["viz"]
    assert set(viz["color"]) >= {"r", "g", "b"} and viz["size"] >= 10, attrs
    sizes[node] = (viz["size"], attrs["positions"])
actors = [n for n, a in X.nodes(data=True) if a["type"] == "actor"]
ranked = sorted(actors, key=lambda n: sizes[n][1])
assert sizes[ranked[-1]][0] > sizes[ranked[0]][0] or sizes[ranked[-1]][1] == sizes[ranked[0]][1]
busiest = max(actors, key=lambda n: sizes[n][1])
print("ok: %d nodes, %d edges; %d GraphML pairs; largest actor %s (%d position sentences)"
      % (G.number_of_nodes(), G.number_of_edges(), H.number_of_edges(), busiest, sizes[busiest][1]))
