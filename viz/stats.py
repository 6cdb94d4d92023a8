"""Network measures for `kg stats`: who is central, who bridges sectors, what hangs together.

Counts, centrality and components are measured on the network as drawn (organisations,
people, projects, pools, collaborations).  Communities and cross-sector bridges are measured
among organisations only, tied by shared projects and collaborations (weighted by how many),
hierarchy and common funding pools.  Louvain is seeded, so the output is stable.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from viz.network import SECTORS, is_org, org_network, vocabulary_labels

SEED = 42
EXACT_BETWEENNESS = 1500  # above this many nodes, betweenness is estimated from samples
SAMPLES = 300


def network_stats(network: nx.Graph, top: int = 10, lang: str = "en") -> dict[str, Any]:
    names = vocabulary_labels()[lang]

    def describe(node: str, value: float | int | None = None) -> dict[str, Any]:
        data = network.nodes[node]
        item = {
            "label": data["label"],
            "iri": node,
            "class": names.get(data["kind"], data["kind"]),
            "sector": names.get(data["sector"], data["sector"]) if data["sector"] else "",
        }
        if value is not None:
            item["value"] = round(value, 4) if isinstance(value, float) else value
        return item

    def ranked(scores: dict[str, float]) -> list[str]:
        return sorted(scores, key=lambda n: (-scores[n], network.nodes[n]["label"], n))[:top]

    n = network.number_of_nodes()
    by_class = Counter(names.get(d["kind"], d["kind"]) for _, d in network.nodes(data=True))
    by_sector = Counter(
        names.get(d["sector"], d["sector"]) if d["sector"] else names[""]
        for _, d in network.nodes(data=True)
        if is_org(d)
    )
    by_relation = Counter(d["relation"] for _, _, d in network.edges(data=True))

    degree = dict(network.degree())
    if n > EXACT_BETWEENNESS:
        betweenness = nx.betweenness_centrality(network, k=SAMPLES, seed=SEED)
        betweenness_note = f"estimated from {SAMPLES} sampled sources"
    else:
        betweenness = nx.betweenness_centrality(network) if n else {}
        betweenness_note = "exact"

    components = sorted(nx.connected_components(network), key=lambda c: (-len(c), min(c)))
    orgs = org_network(network)
    communities = _communities(orgs, names)

    return {
        "nodes": n,
        "edges": network.number_of_edges(),
        "by_class": dict(by_class.most_common()),
        "by_sector": dict(by_sector.most_common()),
        "by_relation": dict(by_relation.most_common()),
        "degree": [describe(node, degree[node]) for node in ranked(degree)],
        "betweenness": [describe(node, betweenness[node]) for node in ranked(betweenness)],
        "betweenness_method": betweenness_note,
        "communities": communities[:top],
        "community_count": len(communities),
        "bridges": [
            {**describe(node), "sectors": sectors, "partners": partners}
            for node, sectors, partners in _bridges(orgs, names)[:top]
        ],
        "components": {
            "count": len(components),
            "sizes": [len(c) for c in components[:top]],
            "isolated": sum(1 for c in components if len(c) == 1),
            "largest": [network.nodes[x]["label"] for x in _top_members(network, components[0])]
            if components
            else [],
        },
    }


def _top_members(graph: nx.Graph, members, count: int = 5) -> list[str]:
    return sorted(members, key=lambda m: (-graph.degree(m), graph.nodes[m]["label"]))[:count]


def _communities(orgs: nx.Graph, names: dict[str, str]) -> list[dict[str, Any]]:
    if orgs.number_of_edges() == 0:
        return []
    linked = orgs.subgraph(n for n in orgs if orgs.degree(n) > 0)
    found = nx.community.louvain_communities(linked, weight="weight", seed=SEED)
    found = sorted(found, key=lambda c: (-len(c), min(c)))
    result = []
    for i, members in enumerate(found, 1):
        sectors = Counter(
            names.get(orgs.nodes[m]["sector"], orgs.nodes[m]["sector"]) or names[""]
            for m in members
        )
        result.append(
            {
                "community": i,
                "size": len(members),
                "sectors": dict(sectors.most_common()),
                "central": [orgs.nodes[m]["label"] for m in _top_members(orgs, members)],
            }
        )
    return result


def _bridges(orgs: nx.Graph, names: dict[str, str]) -> list[tuple[str, list[str], int]]:
    """Organisations whose ties reach the most sectors (their own included), most first."""
    rows = []
    for node, data in orgs.nodes(data=True):
        partners = list(orgs[node])
        sectors = {orgs.nodes[m]["sector"] for m in partners} | {data["sector"]}
        sectors.discard("")
        if len(sectors) < 2:
            continue
        ordered = [names.get(s, s) for s in SECTORS if s in sectors]
        rows.append((node, ordered, len(partners)))
    rows.sort(key=lambda r: (-len(r[1]), -r[2], orgs.nodes[r[0]]["label"], r[0]))
    return rows


# ------------------------------------------------------------------------ printing
def format_stats(stats: dict[str, Any]) -> str:
    out: list[str] = [f"network: {stats['nodes']} nodes, {stats['edges']} edges"]

    def table(title: str, header: list[str], rows: list[list[Any]]) -> None:
        out.append("")
        out.append(title)
        if not rows:
            out.append("  (none)")
            return
        cells = [[str(c) for c in row] for row in rows]
        widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
        out.append("  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
        out.append("  " + "  ".join("-" * w for w in widths))
        for row in cells:
            out.append("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))

    table("nodes by class", ["class", "count"], [[k, v] for k, v in stats["by_class"].items()])
    table(
        "organisations by sector",
        ["sector", "count"],
        [[k, v] for k, v in stats["by_sector"].items()],
    )
    table("edges by relation", ["relation", "count"], list(stats["by_relation"].items()))
    for key, title in (("degree", "degree"), ("betweenness", "betweenness centrality")):
        if key == "betweenness":
            title += f" ({stats['betweenness_method']})"
        table(
            f"top {len(stats[key])} by {title}",
            ["#", key, "name", "class", "sector"],
            [
                [i, _number(r["value"]), r["label"], r["class"], r["sector"]]
                for i, r in enumerate(stats[key], 1)
            ],
        )
    table(
        f"communities among organisations (Louvain, {stats['community_count']} in all)",
        ["#", "size", "sectors", "most connected"],
        [
            [
                c["community"],
                c["size"],
                ", ".join(f"{k} {v}" for k, v in c["sectors"].items()),
                "; ".join(c["central"]),
            ]
            for c in stats["communities"]
        ],
    )
    table(
        "cross-sector bridges (organisations whose ties span most sectors)",
        ["#", "sectors", "partners", "name", "spans"],
        [
            [i, len(r["sectors"]), r["partners"], r["label"], ", ".join(r["sectors"])]
            for i, r in enumerate(stats["bridges"], 1)
        ],
    )
    comp = stats["components"]
    out.append("")
    out.append(
        f"connected components: {comp['count']} ({comp['isolated']} single nodes); "
        f"largest sizes: {', '.join(map(str, comp['sizes']))}"
    )
    if comp["largest"]:
        out.append(f"  largest holds: {'; '.join(comp['largest'])}")
    return "\n".join(_clip_line(line.rstrip()) for line in out)


def _number(value: float | int) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _clip_line(line: str, limit: int = 160) -> str:
    return line if len(line) <= limit else line[: limit - 1] + "…"
