"""Render a network as one self-contained HTML page.

The page is our own Jinja2 template (``viz/templates/network.html``) around vis-network,
the drawing library pyvis ships: its JavaScript and CSS are copied into the page, so the
page makes no request to any other host (pyvis's own template, even in ``in_line`` mode,
still loads Bootstrap and tom-select from CDNs, and its filter menus hide every node and
garble non-ASCII names).  Legend, search and filters are small scripts in the template.

Text from documents never becomes markup: the network travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the
page builds tooltips, legend and search results with ``textContent``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx

from viz.layout import precompute_layout
from viz.network import ORG_KINDS, RELATION_ORDER, SECTORS, SHARED, vocabulary_labels

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS_VERSION = "9.1.2"
LAYOUT_THRESHOLD = 1000  # above this many nodes: precomputed layout, physics off
EDGE_LABEL_LIMIT = 1000  # above this many edges: no edge labels (tooltips keep them)

SECTOR_COLOURS = {
    "MunicipalSector": "#2b83ba",
    "RegionalSector": "#d7191c",
    "StateSector": "#5e3c99",
    "CivilSociety": "#1a9641",
    "PrivateSector": "#f28e2b",
    "EducationSector": "#b8860b",
    "": "#9e9e9e",
}
# shape, dashed border, fill (None: the sector's colour)
KIND_STYLES: dict[str, tuple[str, bool, str | None]] = {
    "Municipality": ("dot", False, None),
    "Organisation": ("dot", True, None),
    "Region": ("hexagon", False, None),
    "PoliticalBody": ("hexagon", True, None),
    "Hospital": ("square", False, None),
    "NationalAuthority": ("star", False, None),
    "MunicipalUnit": ("triangleDown", False, None),
    "RegionalUnit": ("triangleDown", True, None),
    "Association": ("triangle", False, None),
    "EducationInstitution": ("diamond", False, None),
    "Company": ("diamond", True, None),
    "Project": ("box", False, "#fff2b3"),
    "FundingPool": ("database", False, "#c7e9c0"),
    "OrganizationalCollaboration": ("ellipse", False, "#d6e4f5"),
    "Person": ("dot", False, "#f0b6cf"),
}
RELATION_STYLES: dict[str, tuple[str, bool]] = {  # colour, dashed
    "participates": ("#3b6fb6", False),
    SHARED: ("#e07b00", False),
    "funds": ("#2e9e44", False),
    "administers": ("#17a2b8", True),
    "member of": ("#8e44ad", False),
    "part of": ("#777777", True),
    "contact": ("#c2185b", True),
}
RELATION_NAMES = {
    "da": {
        "participates": "deltager i",
        SHARED: "fælles projekter",
        "funds": "finansierer",
        "administers": "administrerer",
        "member of": "ansat i",
        "part of": "del af",
        "contact": "kontakt for",
    },
    "en": {name: name for name in RELATION_STYLES},
}
UI = {
    "en": {
        "search": "Search any name",
        "searchHint": "Find a node by any of its names",
        "sectors": "Sector",
        "classes": "Class",
        "relations": "Relation",
        "all": "all",
        "none": "none",
        "shown": "{shown} of {total} nodes shown",
        "noMatch": "No name matches",
        "class": "class",
        "sector": "sector",
        "region": "region",
        "aka": "also",
        "documents": "documents",
        "evidence": "evidence",
        "relation": "relation",
        "projects": "shared",
        "lead": "lead",
        "referenceOnly": "reference data (no document names it)",
        "empty": "The network is empty: the graph holds no organisations, projects or people "
        "that documents mention.",
        "layout": "Layout precomputed ({n} nodes): physics off",
        "fit": "Show all",
    },
    "da": {
        "search": "Søg på et navn",
        "searchHint": "Find en knude på et hvilket som helst af dens navne",
        "sectors": "Sektor",
        "classes": "Klasse",
        "relations": "Relation",
        "all": "alle",
        "none": "ingen",
        "shown": "{shown} af {total} knuder vises",
        "noMatch": "Intet navn passer",
        "class": "klasse",
        "sector": "sektor",
        "region": "region",
        "aka": "også",
        "documents": "dokumenter",
        "evidence": "belæg",
        "relation": "relation",
        "projects": "fælles",
        "lead": "projektejer",
        "referenceOnly": "referencedata (intet dokument nævner den)",
        "empty": "Netværket er tomt: grafen har ingen organisationer, projekter eller personer, "
        "som dokumenterne nævner.",
        "layout": "Layout beregnet på forhånd ({n} knuder): fysik slået fra",
        "fit": "Vis alt",
    },
}
STABILIZE = 150  # physics iterations a small page runs from the networkx layout
MAX_EVIDENCE = 3
MAX_TEXT = 400


@dataclass(frozen=True)
class PageInfo:
    path: Path
    nodes: int
    edges: int
    precomputed: bool
    bytes: int


def page_data(network: nx.Graph, lang: str = "en", layout_threshold: int = LAYOUT_THRESHOLD):
    """The JSON the page script draws: nodes, edges, styles and interface text."""
    if lang not in UI:
        raise ValueError(f"unknown language {lang!r} (use {', '.join(UI)})")
    names = vocabulary_labels()[lang]
    # Every page starts from a networkx layout; small ones then let the browser's physics
    # tidy it for a moment, big ones keep it as it is.
    positions = precompute_layout(network)
    precomputed = network.number_of_nodes() > layout_threshold
    nodes = []
    for node, data in network.nodes(data=True):
        item = {
            "id": node,
            "label": data["label"],
            "labels": data["labels"],
            "kind": data["kind"],
            "sector": data["sector"],
            "region": data["region"],
            "docs": data["documents"],
            "ev": [_clip(s) for s in data["evidence"][:MAX_EVIDENCE]],
            "deg": network.degree(node),
        }
        if not data.get("mentioned", True):
            item["ref"] = 1
        if positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    edges = []
    for i, (a, b, data) in enumerate(network.edges(data=True)):
        edges.append(
            {
                "id": i,
                "from": data.get("source", a),
                "to": data.get("target", b),
                "rel": data["relation"],
                "rels": data.get("relations", [data["relation"]]),
                "w": data.get("weight", 1),
                "lead": bool(data.get("lead")),
                "works": data.get("works", [])[:20],
                "docs": data.get("documents", []),
                "ev": [_clip(s) for s in data.get("evidence", [])[:MAX_EVIDENCE]],
            }
        )
    kinds_present = {n["kind"] for n in nodes}
    sectors_present = {n["sector"] for n in nodes}
    relations_present = {e["rel"] for e in edges}
    order = [*ORG_KINDS, "Project", "FundingPool", "OrganizationalCollaboration", "Person"]
    return {
        "lang": lang,
        "ui": UI[lang],
        "nodes": nodes,
        "edges": edges,
        "precomputed": precomputed,
        "stabilize": STABILIZE,
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
        "sectors": [
            {"key": s, "name": names.get(s, s) if s else names[""], "colour": SECTOR_COLOURS[s]}
            for s in [*SECTORS, ""]
            if s in sectors_present
        ],
        "kinds": [
            {
                "key": k,
                "name": names.get(k, k),
                "shape": KIND_STYLES[k][0],
                "dashed": KIND_STYLES[k][1],
                "fill": KIND_STYLES[k][2],
            }
            for k in order
            if k in kinds_present
        ],
        "relations": [
            {
                "key": r,
                "name": RELATION_NAMES[lang][r],
                "colour": RELATION_STYLES[r][0],
                "dashed": RELATION_STYLES[r][1],
            }
            for r in [SHARED, *RELATION_ORDER]
            if r in relations_present
        ],
    }


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def script_json(value) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' left to end it early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's script and style from the installed pyvis, ready to inline."""
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    # No source-map fetches from developer tools, nothing that could end the element early.
    script = re.sub(r"//[#@] sourceMappingURL=\S+", "", script)
    style = re.sub(r"/\*[#@] sourceMappingURL=\S+\s*\*/", "", style)
    if re.search(r"</script", script, re.IGNORECASE) or re.search(r"</style", style, re.I):
        raise RuntimeError("vis-network assets contain a closing tag; cannot inline them")
    return script, style


@cache
def _template():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )
    return env.get_template("network.html")


def render_page(
    network: nx.Graph,
    title: str = "Samspil",
    lang: str = "en",
    layout_threshold: int = LAYOUT_THRESHOLD,
) -> str:
    data = page_data(network, lang=lang, layout_threshold=layout_threshold)
    script, style = vis_assets()
    return _template().render(
        title=title,
        lang=lang,
        ui=UI[lang],
        data_json=script_json(data),
        vis_script=script,
        vis_style=style,
    )


def write_page(
    network: nx.Graph,
    out: Path,
    title: str = "Samspil",
    lang: str = "en",
    layout_threshold: int = LAYOUT_THRESHOLD,
) -> PageInfo:
    text = render_page(network, title=title, lang=lang, layout_threshold=layout_threshold)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return PageInfo(
        out,
        network.number_of_nodes(),
        network.number_of_edges(),
        network.number_of_nodes() > layout_threshold,
        len(text.encode("utf-8")),
    )
