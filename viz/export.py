"""Write the network for Gephi and friends: GEXF (with colours, sizes, shapes) or GraphML.

Both formats take scalar attributes only, so lists become " | "-joined text.  GEXF also
carries the page's sector colours and degree sizes (``viz:`` attributes) so Gephi opens
the network looking like the page.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import networkx as nx

FORMATS = ("gexf", "graphml")
SEPARATOR = " | "


class ExportError(Exception):
    """A network that cannot be written; ``str()`` is one line."""


def _flat(value):
    if isinstance(value, (list, tuple, set)):
        return SEPARATOR.join(str(v) for v in value)
    if value is None:
        return ""
    return value


def flat_network(network: nx.Graph, fmt: str) -> nx.Graph:
    """A copy with scalar attributes only (and ``viz`` styling for GEXF)."""
    from viz.page import KIND_STYLES, SECTOR_COLOURS

    flat = nx.Graph()
    for node, data in network.nodes(data=True):
        attrs = {key: _flat(value) for key, value in data.items()}
        attrs["degree"] = network.degree(node)
        if fmt == "gexf":
            fill = KIND_STYLES.get(data.get("kind", ""), ("dot", False, None))[2]
            colour = fill or SECTOR_COLOURS.get(data.get("sector", ""), "#9e9e9e")
            r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
            attrs["viz"] = {
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "size": float(8 + 4 * network.degree(node) ** 0.5),
            }
        flat.add_node(node, **attrs)
    for a, b, data in network.edges(data=True):
        attrs = {key: _flat(value) for key, value in data.items()}
        attrs["weight"] = float(data.get("weight", 1))
        flat.add_edge(a, b, **attrs)
    return flat


def write_network(network: nx.Graph, path: Path, fmt: str | None = None) -> None:
    """Write ``network`` to ``path`` as GEXF or GraphML (from ``fmt`` or the extension)."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown network format {fmt!r} (use {', '.join(FORMATS)})")
    flat = flat_network(network, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        if fmt == "gexf":
            nx.write_gexf(flat, tmp, encoding="utf-8", version="1.2draft")
        else:
            nx.write_graphml(flat, tmp, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
