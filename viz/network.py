"""Read the collaboration network out of a graph into networkx.

Nodes are what the documents mention: organisations, people, projects, funding pools and
collaborations, plus the organisations they are directly tied to (a hospital's region, say,
even when no document names the region).  Edges are the relations between them, one edge per
pair of nodes.  Every attribute is plain text or a list of plain text; the page and the
exports escape it for their own formats.

Node attributes: ``label`` (canonical name), ``labels`` (every name, canonical first),
``kind`` (the most specific class's local name), ``sector`` (local name or ""), ``region``,
``documents`` (file names), ``evidence`` (sentences), ``mentioned`` (a document names it).
Edge attributes: ``relation`` (the main one), ``relations``, ``source``/``target`` (the
direction the relation reads in: "A participates in P"), ``weight``, ``evidence``
(sentences), ``documents``, ``works`` (titles of shared projects once collapsed).
"""

from __future__ import annotations

import difflib
import itertools
import unicodedata
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

import networkx as nx

from kg.model import OrgKind, Sector
from kg.namespaces import PREFIXES as PREFIX_IRIS
from kg.namespaces import SPARQL_PREFIXES
from kg.vocab import org_class

if TYPE_CHECKING:
    import pyoxigraph

SAM = PREFIX_IRIS["sam"]
ORG = PREFIX_IRIS["org"]
SCHEMA = PREFIX_IRIS["schema"]
FOAF = PREFIX_IRIS["foaf"]
SKOS = PREFIX_IRIS["skos"]
PREFIXES = SPARQL_PREFIXES

# The organisation classes of the ontology (kg.vocab reads them from ontology/samspil.ttl),
# most specific first: a node's kind is the first of its classes in this list.
ORG_KINDS = tuple(str(org_class(kind)).removeprefix(SAM) for kind in OrgKind)
WORK_KINDS = ("Project", "OrganizationalCollaboration")
KIND_IRIS = {
    **{kind: SAM + kind for kind in ORG_KINDS},
    "Project": SCHEMA + "Project",
    "FundingPool": SAM + "FundingPool",
    "OrganizationalCollaboration": ORG + "OrganizationalCollaboration",
    "Person": FOAF + "Person",
}
KINDS = (*ORG_KINDS, "Project", "FundingPool", "OrganizationalCollaboration", "Person")
SECTORS = tuple(sector.value for sector in Sector)

# predicate local name → (relation shown, does the relation read against the triple?)
# "P sam:participant A" reads "A participates in P", so it is reversed.
RELATIONS = {
    "participant": ("participates", True),
    "fundedBy": ("funds", True),
    "administeredBy": ("administers", True),
    "subOrganizationOf": ("part of", False),
    "memberOf": ("member of", False),
    "contact": ("contact", True),
}
RELATION_ORDER = ("participates", "funds", "administers", "member of", "part of", "contact")
SHARED = "shared projects"

_KIND_VALUES = " ".join(f"<{iri}>" for iri in KIND_IRIS.values())
TYPES_QUERY = (
    PREFIXES
    + f"""
SELECT ?node ?kind WHERE {{
  VALUES ?kind {{ {_KIND_VALUES} }}
  ?node a ?kind .
}}"""
)

LABELS_QUERY = (
    PREFIXES
    + """
SELECT ?node ?p ?label WHERE {
  VALUES ?p { skos:prefLabel skos:altLabel foaf:name }
  ?node ?p ?label .
}"""
)

FACTS_QUERY = (
    PREFIXES
    + """
SELECT ?node ?sector ?region WHERE {
  { ?node sam:sector ?sector } UNION { ?node sam:region/skos:prefLabel ?region }
}"""
)

DOCUMENTS_QUERY = (
    PREFIXES
    + """
SELECT ?node ?source WHERE {
  ?node prov:wasDerivedFrom ?doc .
  ?doc dcterms:source ?source .
}"""
)

EDGES_QUERY = (
    PREFIXES
    + """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { sam:participant sam:fundedBy sam:administeredBy org:subOrganizationOf
              org:memberOf sam:contact sam:owner }
  ?s ?p ?o .
}"""
)

EVIDENCE_QUERY = (
    PREFIXES
    + """
SELECT ?s ?p ?o ?sentence ?source WHERE {
  ?e a sam:RelationEvidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     sam:sentence ?sentence .
  OPTIONAL { ?e prov:wasDerivedFrom/dcterms:source ?source }
}"""
)


class VizError(Exception):
    """A network that cannot be drawn; ``str()`` is one line."""


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def fold(text: str) -> str:
    """How names are compared: NFC, case-folded, spaces squeezed, "aa" read as "å"."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.replace("aa", "å").split())


# ------------------------------------------------------------------ vocabulary labels
@cache
def vocabulary_labels() -> dict[str, dict[str, str]]:
    """Class, sector and relation names in Danish and English, read from the ontology."""
    import pyoxigraph

    from kg.resources import ONTOLOGY_PATH

    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY_PATH), format=pyoxigraph.RdfFormat.TURTLE)
    names: dict[str, dict[str, str]] = {"da": {}, "en": {}}
    query = PREFIXES + "SELECT ?t ?l WHERE { { ?t skos:prefLabel ?l } UNION { ?t rdfs:label ?l } }"
    for row in store.query(query):
        lang = row["l"].language
        if lang in names:
            names[lang].setdefault(local(row["t"].value), row["l"].value)
    extra = {
        "da": {
            "Project": "projekt",
            "OrganizationalCollaboration": "samarbejde",
            "Person": "person",
            "": "ingen sektor",
        },
        "en": {
            "Project": "project",
            "OrganizationalCollaboration": "collaboration",
            "Person": "person",
            "": "no sector",
        },
    }
    for lang, table in extra.items():
        for key, value in table.items():
            names[lang].setdefault(key, value)
    return names


# ------------------------------------------------------------------------ reading
def network_from_store(store: pyoxigraph.Store) -> nx.Graph:
    """The network of everything the documents state, read from an Oxigraph store."""

    def rows(query: str):
        return store.query(query, use_default_graph_as_union=True)

    kinds: dict[str, str] = {}
    kind_rank = {KIND_IRIS[kind]: i for i, kind in enumerate(KINDS)}
    for row in rows(TYPES_QUERY):
        node, kind = row["node"].value, row["kind"].value
        if node not in kinds or kind_rank[kind] < kind_rank[KIND_IRIS[kinds[node]]]:
            kinds[node] = KINDS[kind_rank[kind]]

    documents: dict[str, set[str]] = defaultdict(set)
    for row in rows(DOCUMENTS_QUERY):
        if row["node"].value in kinds:
            documents[row["node"].value].add(row["source"].value)

    edges: dict[tuple[str, str], dict] = {}
    for row in rows(EDGES_QUERY):
        s, p, o = row["s"].value, local(row["p"].value), row["o"].value
        if s not in kinds or o not in kinds or p == "owner":
            continue
        relation, reverse = RELATIONS[p]
        source, target = (o, s) if reverse else (s, o)
        _add_relation(edges, source, target, relation)
    for row in rows(EDGES_QUERY):  # owners: mark the participation as the lead's
        if local(row["p"].value) == "owner":
            edge = edges.get(_pair(row["s"].value, row["o"].value))
            if edge is not None:
                edge["lead"] = True

    evidence: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in rows(EVIDENCE_QUERY):
        source = row["source"].value if row["source"] else ""
        item = (" ".join(row["sentence"].value.split()), source)
        key = _pair(row["s"].value, row["o"].value)
        if item not in evidence[key]:
            evidence[key].append(item)

    # The network: what documents mention, and the organisations tied to it.
    keep = set(documents)
    for source, target in edges:
        if source in documents or target in documents:
            keep.update((source, target))
    keep = {node for node in keep if kinds[node] != "Person" or node in documents}

    names: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in rows(LABELS_QUERY):
        node = row["node"].value
        if node in keep:
            term = row["label"]
            prop = local(row["p"].value)
            rank = 0 if prop == "prefLabel" and term.language == "da" else 1
            rank = 3 if prop == "altLabel" else (2 if prop == "name" else rank)
            names[node].append((rank, term.value))
    facts: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows(FACTS_QUERY):
        node = row["node"].value
        if node in keep:
            if row["sector"]:
                facts[node]["sector"] = local(row["sector"].value)
            if row["region"]:
                facts[node]["region"] = row["region"].value

    graph = nx.Graph()
    for node in sorted(keep):
        found = list(dict.fromkeys(text for _, text in sorted(names[node]))) or [local(node)]
        graph.add_node(
            node,
            label=found[0],
            labels=found,
            kind=kinds[node],
            sector=facts[node].get("sector", ""),
            region=facts[node].get("region", ""),
            documents=sorted(documents.get(node, ())),
            evidence=[],
            mentioned=node in documents,
        )
    for (a, b), data in sorted(edges.items()):
        if a not in keep or b not in keep:
            continue
        found = evidence.get(_pair(a, b), [])
        graph.add_edge(
            a,
            b,
            **data,
            evidence=[sentence for sentence, _ in found],
            documents=sorted({doc for _, doc in found if doc}),
        )
        for node in (a, b):
            for sentence, _ in found:
                if sentence not in graph.nodes[node]["evidence"]:
                    graph.nodes[node]["evidence"].append(sentence)
    return graph


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _add_relation(edges: dict, source: str, target: str, relation: str) -> None:
    key = _pair(source, target)
    edge = edges.get(key)
    if edge is None:
        edges[key] = {
            "relation": relation,
            "relations": [relation],
            "source": source,
            "target": target,
            "weight": 1,
            "lead": False,
            "works": [],
        }
    elif relation not in edge["relations"]:
        edge["relations"].append(relation)
        edge["relations"].sort(key=RELATION_ORDER.index)
        if edge["relations"][0] == relation:
            edge.update(relation=relation, source=source, target=target)


# ------------------------------------------------------------------------ shaping
def is_org(data: dict) -> bool:
    return data.get("kind") in ORG_KINDS


def collapse_projects(graph: nx.Graph) -> nx.Graph:
    """Projects and collaborations become organisation–organisation edges.

    Each pair of organisations that share work gets one edge weighted by how many projects
    or collaborations they share; a pool that funded a project is tied to its participants.
    """
    result = graph.copy()
    works = [n for n, d in graph.nodes(data=True) if d["kind"] in WORK_KINDS]
    for work in works:
        title = graph.nodes[work]["label"]
        orgs = sorted(m for m in graph[work] if is_org(graph.nodes[m]))
        pools = sorted(m for m in graph[work] if graph.nodes[m]["kind"] == "FundingPool")
        evidence = graph.nodes[work]["evidence"]
        for a, b in itertools.combinations(orgs, 2):
            if result.has_edge(a, b):
                edge = result.edges[a, b]
                if SHARED not in edge["relations"]:
                    edge["relations"].insert(0, SHARED)
                    edge.update(relation=SHARED, weight=0, works=[])
                edge["weight"] += 1
                edge["works"].append(title)
            else:
                result.add_edge(
                    a,
                    b,
                    relation=SHARED,
                    relations=[SHARED],
                    source=a,
                    target=b,
                    weight=1,
                    lead=False,
                    works=[title],
                    evidence=list(evidence[:3]),
                    documents=list(graph.nodes[work]["documents"]),
                )
        for pool, org in itertools.product(pools, orgs):
            if not result.has_edge(pool, org):
                result.add_edge(
                    pool,
                    org,
                    relation="funds",
                    relations=["funds"],
                    source=pool,
                    target=org,
                    weight=1,
                    lead=False,
                    works=[title],
                    evidence=[],
                    documents=[],
                )
            elif result.edges[pool, org]["relation"] == "funds":
                result.edges[pool, org]["works"].append(title)
    result.remove_nodes_from(works)
    return result


def org_network(graph: nx.Graph) -> nx.Graph:
    """Only the organisations, tied by shared work, hierarchy and common pools."""
    collapsed = collapse_projects(graph)
    return collapsed.subgraph(n for n, d in collapsed.nodes(data=True) if is_org(d)).copy()


def find_node(graph: nx.Graph, label: str) -> str:
    """The node one of whose labels (or IRI) is ``label``; canonical names win ties."""
    if label in graph:
        return label
    wanted = fold(label)
    hits = [n for n, d in graph.nodes(data=True) if fold(d["label"]) == wanted]
    hits = hits or [
        n for n, d in graph.nodes(data=True) if any(fold(x) == wanted for x in d["labels"])
    ]
    if hits:
        return max(hits, key=lambda n: (graph.degree(n), n))
    names = {fold(x): d["label"] for _, d in graph.nodes(data=True) for x in d["labels"]}
    close = difflib.get_close_matches(wanted, list(names), n=6, cutoff=0.6)
    close = list(dict.fromkeys(names[c] for c in close))[:3]
    hint = f" (did you mean {', '.join(map(repr, close))}?)" if close else ""
    raise VizError(f"no node labelled {label!r} in the network{hint}")


def focus(graph: nx.Graph, label: str, depth: int) -> nx.Graph:
    """The ego network: everything within ``depth`` hops of the node labelled ``label``."""
    if depth < 0:
        raise VizError(f"--depth must be 0 or more, not {depth}")
    return nx.ego_graph(graph, find_node(graph, label), radius=depth).copy()


def select(graph: nx.Graph, values: list[str | None]) -> nx.Graph:
    """The part of the network a query's result names (cells that are IRIs or labels).

    Projects, pools and collaborations tying two chosen nodes are kept so that the chosen
    organisations are drawn with what connects them.
    """
    by_label: dict[str, list[str]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        for text in data["labels"]:
            by_label[fold(text)].append(node)
    chosen: set[str] = set()
    for value in values:
        if not value:
            continue
        if value in graph:
            chosen.add(value)
        else:
            chosen.update(by_label.get(fold(value), ()))
    connectors = {
        node
        for node, data in graph.nodes(data=True)
        if node not in chosen and not is_org(data) and len(chosen & set(graph[node])) >= 2
    }
    return graph.subgraph(chosen | connectors).copy()
