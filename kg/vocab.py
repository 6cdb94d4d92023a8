"""The one module that names RDF terms; ``sam:`` terms come from ``ontology/samspil.ttl``.

``SAM`` is a closed namespace built from the ontology file, so a misspelt term
fails at once instead of writing a triple nobody can query.  The organisation
kinds' classes and default sectors are read from the ontology's
``sam:goldType`` / ``sam:defaultSector`` annotations (schema as data).
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import ClosedNamespace

from kg.model import OrgKind, Sector
from kg.namespaces import PREFIXES as PREFIX_IRIS
from kg.resources import DEFAULT_BASE, ONTOLOGY_PATH

SAM_IRI = PREFIX_IRIS["sam"]
ONTOLOGY_IRI = "https://w3id.org/samspil/ontology"  # also the name of its graph in a build


class TermNamespace(Namespace):
    """A Namespace that makes each term once: rdflib's builds a new URIRef on every
    attribute access, which the graph writer does tens of thousands of times a build."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


ORG = TermNamespace(PREFIX_IRIS["org"])
SCHEMA = TermNamespace(PREFIX_IRIS["schema"])
OA = TermNamespace(PREFIX_IRIS["oa"])

__all__ = ["DEFAULT_BASE", "OA", "ORG", "PREFIXES", "SAM", "SCHEMA"]

PREFIXES: dict[str, Namespace] = {prefix: Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}


@cache
def ontology() -> Graph:
    """The parsed ontology (cached: parsed once per process)."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _sam_terms() -> list[str]:
    return sorted(
        {str(s)[len(SAM_IRI) :] for s in ontology().subjects() if str(s).startswith(SAM_IRI)} - {""}
    )


SAM = ClosedNamespace(SAM_IRI, _sam_terms())


@cache
def _kind_table() -> dict[OrgKind, tuple[URIRef, Sector | None]]:
    g = ontology()
    table: dict[OrgKind, tuple[URIRef, Sector | None]] = {}
    for cls, gold in g.subject_objects(SAM.goldType):
        sector = g.value(cls, SAM.defaultSector)
        table[OrgKind(str(gold))] = (
            URIRef(cls),
            Sector(str(sector)[len(SAM_IRI) :]) if sector is not None else None,
        )
    missing = set(OrgKind) - table.keys()
    if missing:
        raise RuntimeError(f"ontology lacks sam:goldType for {sorted(missing)}")
    return table


def org_class(kind: OrgKind) -> URIRef:
    """The most specific ontology class for an organisation kind."""
    return _kind_table()[kind][0]


def default_sector(kind: OrgKind) -> Sector | None:
    """The sector an organisation of this kind belongs to unless told otherwise."""
    return _kind_table()[kind][1]


def sector_iri(sector: Sector) -> URIRef:
    return SAM[sector.value]


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph
