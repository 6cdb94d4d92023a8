"""Quads: an RDF dataset held as plain tuples of rdflib terms, and its N-Quads text.

The graph stage writes tens of thousands of triples that are only ever streamed to disk
and counted; rdflib's in-memory store indexes every one of them (about 10 µs a triple)
and its N-Quads serializer is as slow again.  :class:`Quads` keeps each named graph as
an insertion-ordered set of triples instead, writes N-Quads exactly as rdflib does, and
becomes an rdflib ``Dataset`` only where one is needed (SHACL validation).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, URIRef]


class NamedGraph:
    """The triples of one named graph; ``add`` and ``+=`` as on an rdflib ``Graph``."""

    __slots__ = ("identifier", "triples")

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self.triples: dict[Triple, None] = {}  # a set that keeps the order of writing

    def add(self, triple: Triple) -> None:
        self.triples[triple] = None

    def __iadd__(self, triples: Iterable[Triple]) -> NamedGraph:
        self.triples.update(dict.fromkeys(triples))
        return self

    def __len__(self) -> int:
        return len(self.triples)


class Quads:
    """Named graphs of triples, without duplicates (as in an rdflib ``Dataset``)."""

    def __init__(self) -> None:
        self.graphs: dict[URIRef, NamedGraph] = {}

    def graph(self, identifier: URIRef) -> NamedGraph:
        """The named graph ``identifier``, created on first use."""
        graph = self.graphs.get(identifier)
        if graph is None:
            graph = self.graphs[identifier] = NamedGraph(identifier)
        return graph

    def __iter__(self) -> Iterator[Quad]:
        for name, graph in self.graphs.items():
            for s, p, o in graph.triples:
                yield s, p, o, name

    def __len__(self) -> int:
        return sum(map(len, self.graphs.values()))

    def into(self, dataset: Dataset) -> Dataset:
        """Add every quad to an rdflib ``dataset`` and return it."""
        for name, graph in self.graphs.items():
            target = dataset.graph(name)
            for triple in graph.triples:
                target.add(triple)
        return dataset

    def nquads(self) -> bytes:
        """N-Quads, line for line what rdflib's ``nquads`` serializer writes (UTF-8)."""
        lines = []
        term = _TermText()
        for name, graph in self.graphs.items():
            g = "" if name == DATASET_DEFAULT_GRAPH_ID else term(name)
            for s, p, o in graph.triples:
                lines.append(f"{term(s)} {term(p)} {term(o)} {g} .\n")
        return "".join(lines).encode("utf-8", "replace")


class _TermText(dict):
    """N-Triples text of a term, remembered: IRIs and blank nodes recur line after line."""

    def __call__(self, node: Node) -> str:
        if isinstance(node, Literal):
            return _quoteLiteral(node)
        text = self.get(node)
        if text is None:
            text = self[node] = node.n3()  # refuses an IRI that N-Triples cannot carry
        return text
