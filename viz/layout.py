"""A layout for networks too big for the browser's physics (computed once, in Python).

networkx's spring layout is quadratic in memory without scipy, so a big network is laid
out community by community: Louvain communities (seeded) are each laid out with a spring
layout, packed as discs around their centres from a spring layout of the community graph,
and pushed apart until no two discs overlap.  5,000 nodes take a second or two.
"""

from __future__ import annotations

import math

import networkx as nx

SPACING = 60.0  # pixels between neighbouring nodes, roughly
SMALL = 300  # communities up to this size get one spring layout


def precompute_layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in page pixels for every node of ``graph``."""
    if graph.number_of_nodes() == 0:
        return {}
    isolates = sorted((n for n in graph if graph.degree(n) == 0), key=str)
    linked = graph.subgraph(n for n in graph if graph.degree(n) > 0)
    positions = _layout(linked, seed) if linked.number_of_nodes() else {}
    if isolates:  # a tidy block of unconnected nodes below the rest
        bottom = max((y for _, y in positions.values()), default=0.0) + 2 * SPACING
        left = min((x for x, _ in positions.values()), default=0.0)
        side = max(1, math.ceil(math.sqrt(len(isolates))))
        for i, node in enumerate(isolates):
            positions[node] = (left + (i % side) * SPACING, bottom + (i // side) * SPACING)
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in positions.items()}


def _layout(graph: nx.Graph, seed: int, depth: int = 0) -> dict:
    n = graph.number_of_nodes()
    if n <= SMALL or depth > 3:
        return _spring(graph, seed)
    communities = sorted(
        (sorted(c) for c in nx.community.louvain_communities(graph, seed=seed, resolution=1.0)),
        key=lambda c: (-len(c), c[0]),
    )
    if len(communities) == 1:
        return _spring(graph, seed) if n <= 2 * SMALL else _grid(graph)
    member = {node: i for i, c in enumerate(communities) for node in c}
    meta = nx.Graph()
    meta.add_nodes_from(range(len(communities)))
    for a, b in graph.edges():
        ca, cb = member[a], member[b]
        if ca != cb:
            weight = meta.get_edge_data(ca, cb, {"weight": 0})["weight"]
            meta.add_edge(ca, cb, weight=weight + 1)
    radii = [_radius(len(c)) for c in communities]
    if len(communities) <= 400:
        centres = _spring(meta, seed, scale=1.0)
    else:  # a grid in [-1, 1]: packing that many discs is not worth the time
        half = SPACING * math.sqrt(len(communities)) / 2
        centres = {k: (x / half, y / half) for k, (x, y) in _grid(meta).items()}
    spread = sum(radii) / math.sqrt(len(communities))
    points = [[centres[i][0] * spread * 2, centres[i][1] * spread * 2] for i in meta]
    if len(points) <= 400:
        _separate(points, radii)
    positions = {}
    for i, community in enumerate(communities):
        sub = _layout(graph.subgraph(community), seed, depth + 1)
        cx, cy = points[i]
        for node, (x, y) in sub.items():
            positions[node] = (cx + x, cy + y)
    return positions


def _radius(size: int) -> float:
    return SPACING * (0.6 + math.sqrt(size) * 0.7)


def _spring(graph: nx.Graph, seed: int, scale: float | None = None) -> dict:
    n = graph.number_of_nodes()
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    pos = nx.spring_layout(graph, seed=seed, iterations=50, weight="weight")
    factor = _radius(n) if scale is None else scale
    return {node: (float(x) * factor, float(y) * factor) for node, (x, y) in pos.items()}


def _grid(graph: nx.Graph) -> dict:
    nodes = sorted(graph, key=str)
    side = math.ceil(math.sqrt(len(nodes)))
    return {
        node: ((i % side - side / 2) * SPACING, (i // side - side / 2) * SPACING)
        for i, node in enumerate(nodes)
    }


def _separate(points: list[list[float]], radii: list[float], rounds: int = 60) -> None:
    """Push overlapping discs apart (in place); a few hundred discs at most in practice."""
    count = len(points)
    for _ in range(rounds):
        moved = False
        for i in range(count):
            for j in range(i + 1, count):
                dx = points[j][0] - points[i][0]
                dy = points[j][1] - points[i][1]
                dist = math.hypot(dx, dy)
                need = radii[i] + radii[j]
                if dist >= need:
                    continue
                if dist < 1e-6:
                    angle = (i * 2.399963) % (2 * math.pi)  # golden angle: no tie stays a tie
                    dx, dy, dist = math.cos(angle), math.sin(angle), 1.0
                push = (need - dist) / 2 + 0.5
                ux, uy = dx / dist, dy / dist
                points[i][0] -= ux * push
                points[i][1] -= uy * push
                points[j][0] += ux * push
                points[j][1] += uy * push
                moved = True
        if not moved:
            return
