"""Read the collaboration network out of a graph into networkx.

Nodes are organisations, projects, pools and collaborations; edges are the relations
between them.  Node attributes carry what the page shows (class, sector, region,
documents, labels) as plain text; the page escapes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    import pyoxigraph

NODES_QUERY = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sam: <https://w3id.org/samspil/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?node ?kind ?label ?sector ?region
       (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="|") AS ?alts)
       (GROUP_CONCAT(DISTINCT ?source; SEPARATOR="|") AS ?docs)
WHERE {
  ?node a ?kind ; skos:prefLabel ?label ; prov:wasDerivedFrom ?doc .
  VALUES ?kind { sam:Municipality sam:Region sam:Hospital sam:NationalAuthority
                 sam:MunicipalUnit sam:RegionalUnit sam:Association sam:EducationInstitution
                 sam:Company sam:PoliticalBody sam:Organisation schema:Project sam:FundingPool
                 org:OrganizationalCollaboration }
  ?doc dcterms:source ?source .
  OPTIONAL { ?node sam:sector ?sector }
  OPTIONAL { ?node sam:region/skos:prefLabel ?region }
  OPTIONAL { ?node skos:altLabel ?alt }
}
GROUP BY ?node ?kind ?label ?sector ?region
"""

EDGES_QUERY = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sam: <https://w3id.org/samspil/ontology#>
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { sam:participant sam:fundedBy sam:administeredBy org:subOrganizationOf }
  ?s ?p ?o .
}
"""

RELATION_NAMES = {
    "participant": "participates",
    "fundedBy": "funds",
    "administeredBy": "administers",
    "subOrganizationOf": "part of",
}


class VizError(Exception):
    """A network that cannot be drawn; ``str()`` is one line."""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def network_from_store(
    store: pyoxigraph.Store, focus: str | None = None, depth: int = 2
) -> nx.Graph:
    """The network of everything documents state, or the ego network around ``focus``."""
    graph = nx.Graph()
    for row in store.query(NODES_QUERY, use_default_graph_as_union=True):
        node = row["node"].value
        graph.add_node(
            node,
            label=row["label"].value,
            kind=_local(row["kind"].value),
            sector=_local(row["sector"].value) if row["sector"] else "",
            region=row["region"].value if row["region"] else "",
            aliases=[a for a in (row["alts"].value if row["alts"] else "").split("|") if a],
            documents=sorted(set(row["docs"].value.split("|"))),
        )
    for row in store.query(EDGES_QUERY, use_default_graph_as_union=True):
        source, target = row["s"].value, row["o"].value
        if source in graph and target in graph:
            graph.add_edge(source, target, relation=RELATION_NAMES[_local(row["p"].value)])
    if focus is None:
        return graph
    centre = find_node(graph, focus)
    return nx.ego_graph(graph, centre, radius=depth)


def find_node(graph: nx.Graph, label: str) -> str:
    wanted = label.casefold().strip()
    for node, data in graph.nodes(data=True):
        labels = [data.get("label", ""), *data.get("aliases", [])]
        if any(text.casefold() == wanted for text in labels):
            return node
    raise VizError(f"no node labelled {label!r} in the graph")
