"""Render a network as one self-contained HTML page with pyvis (scripts inline)."""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

SECTOR_COLOURS = {
    "MunicipalSector": "#2b83ba",
    "RegionalSector": "#d7191c",
    "StateSector": "#5e3c99",
    "CivilSociety": "#1a9641",
    "PrivateSector": "#fdae61",
    "EducationSector": "#e66101",
    "": "#999999",
}
KIND_SHAPES = {
    "Project": "box",
    "FundingPool": "diamond",
    "OrganizationalCollaboration": "triangle",
}


def _tooltip(data: dict) -> str:
    """Plain-text tooltip; every value escaped so document text cannot become markup."""
    lines = [
        data.get("label", ""),
        f"class: {data.get('kind', '')}",
        f"sector: {data.get('sector', '')}",
    ]
    if data.get("region"):
        lines.append(f"region: {data['region']}")
    if data.get("documents"):
        lines.append("documents: " + ", ".join(data["documents"]))
    return html.escape("\n".join(lines))


def write_page(network: nx.Graph, out: Path) -> None:
    from pyvis.network import Network

    page = Network(height="800px", width="100%", cdn_resources="in_line", notebook=False)
    for node, data in network.nodes(data=True):
        page.add_node(
            node,
            label=data.get("label", node),
            title=_tooltip(data),
            color=SECTOR_COLOURS.get(data.get("sector", ""), "#999999"),
            shape=KIND_SHAPES.get(data.get("kind", ""), "dot"),
            size=10 + 3 * network.degree(node),
        )
    for source, target, data in network.edges(data=True):
        page.add_edge(source, target, title=html.escape(data.get("relation", "")))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page.generate_html(), encoding="utf-8")
