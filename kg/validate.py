"""Check a Samspil graph against ``ontology/shapes.ttl`` (SHACL, CONTRACT §3).

Each problem comes back as a :class:`Violation` whose ``str`` is one line a
person can act on, e.g.::

    Violation: <https://w3id.org/samspil/id/org/x> skos:prefLabel: Every organisation needs
    exactly one Danish skos:prefLabel (found 2)

rdflib and pySHACL are imported here only, so the CLI can load this module lazily.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from kg.namespaces import PREFIXES

# ontology/ is installed beside kg/ by both editable and wheel installs.
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"

# CONTRACT §2 prefixes: always used for display, whatever the data graph binds.
STANDARD_PREFIXES = PREFIXES

PARSERS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}

_CARDINALITY = {SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent}


@dataclass(frozen=True)
class Violation:
    """One failed constraint.  ``focus_node``/``path``/``shape`` are the raw RDF terms;
    ``where`` is their prefixed, human-readable rendering (computed once, since
    rendering needs the data graph's prefixes and, for blank nodes, its triples)."""

    focus_node: Node
    path: Node | None
    message: str
    severity: str  # "Violation", "Warning" or "Info" (local name of sh:resultSeverity)
    shape: Node | None
    where: str = field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.severity}: {self.where or self.focus_node.n3()}: {self.message}"


@cache
def _shapes() -> Graph:
    """The shapes graph, parsed once per process."""
    return Graph().parse(SHAPES_PATH, format="turtle")


def _union(data: Graph | Dataset) -> Graph:
    """One graph holding every triple: pySHACL would validate named graphs one by
    one, but a project in one document may point at an organisation stated in the
    reference-data graph, so constraints must see the union."""
    if not data.context_aware:  # a plain Graph (Dataset and ConjunctiveGraph are aware)
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    for prefix, ns in data.namespaces():
        union.bind(prefix, ns)
    return union


def _namespace_manager(data: Graph) -> NamespaceManager:
    nm = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, ns in STANDARD_PREFIXES.items():
        nm.bind(prefix, ns)
    for prefix, ns in data.namespaces():
        if prefix and str(ns) not in STANDARD_PREFIXES.values():
            nm.bind(prefix, ns, override=False, replace=False)
    return nm


def _render(term: Node, nm: NamespaceManager) -> str:
    if isinstance(term, URIRef | Literal):
        return term.n3(nm)
    return term.n3()


def _where(node: Node, path: Node | None, data: Graph, nm: NamespaceManager) -> str:
    """Render focus node and path as ``<node> path``.  A blank node is shown as the
    path from the nearest IRI that reaches it (``<mention> oa:hasTarget/oa:hasSelector``):
    a bare ``_:b12`` tells a reader nothing."""
    chain: list[str] = []
    seen = {node}
    while isinstance(node, BNode) and len(chain) < 4:
        parents = sorted(
            ((s, p) for s, p in data.subject_predicates(node) if s not in seen),
            key=lambda sp: (isinstance(sp[0], BNode), str(sp[0]), str(sp[1])),
        )
        if not parents:
            break
        node, pred = parents[0]
        seen.add(node)
        chain.insert(0, _render(pred, nm))
    if path is not None:
        chain.append(_render(path, nm))
    return " ".join([_render(node, nm), "/".join(chain)] if chain else [_render(node, nm)])


def _message(report: Graph, result: Node) -> str:
    messages = sorted(
        report.objects(result, SH.resultMessage),
        key=lambda m: (getattr(m, "language", None) not in (None, "en"), str(m)),
    )
    return " ".join(str(messages[0]).split()) if messages else "constraint not met"


def _detail(report: Graph, result: Node, data: Graph, nm: NamespaceManager) -> str:
    """What was found, so the reader need not look it up: the count for a cardinality
    failure, both sides for a comparison (``sh:lessThan``), else the offending value."""
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    component = report.value(result, SH.sourceConstraintComponent)
    if component in _CARDINALITY and isinstance(path, URIRef):
        return f" (found {len(set(data.objects(focus, path)))})"
    other = _shapes().value(report.value(result, SH.sourceShape), SH.lessThan)
    if component == SH.LessThanConstraintComponent and isinstance(other, URIRef):
        others = ", ".join(sorted(str(o) for o in data.objects(focus, other)))
        return f" ({_render(path, nm)} {value}, {_render(other, nm)} {others})"
    if value is not None and value != focus:
        return f" (value {_render(value, nm)})"
    return ""


def validate_graph(data: Graph | Dataset) -> list[Violation]:
    """Validate a materialised graph; return its violations sorted by line (empty if valid).

    Inference is off because CONTRACT §3 requires graphs to state every type, and
    no ontology graph is passed because the shapes never need subclass reasoning.
    ``advanced=True`` enables the SPARQL constraint (a project's owner is a participant).
    """
    import pyshacl

    graph = _union(data)
    _, report, _ = pyshacl.validate(
        graph, shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=True
    )
    nm = _namespace_manager(graph)
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        shape = report.value(result, SH.sourceShape)
        message = f"{_message(report, result)}{_detail(report, result, graph, nm)}"
        if isinstance(shape, BNode):  # anonymous property shape: name its node shape
            shape = _shapes().value(predicate=SH.property, object=shape) or shape
        where = _where(focus, path, graph, nm)
        severity = str(report.value(result, SH.resultSeverity)).rpartition("#")[2]
        violations.append(Violation(focus, path, message, severity, shape, where))
    return sorted(violations, key=str)


def validate_file(path: str | Path) -> list[Violation]:
    """Parse an RDF file by its extension (.ttl .trig .nt .nq .jsonld) and validate it.

    Raises ``ValueError("cannot parse FILE: …")`` on one line when the file is not
    valid RDF, so the CLI can print it as the one-line reason it owes the user.
    """
    path = Path(path)
    fmt = PARSERS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot parse {path}: unknown RDF extension {path.suffix!r}")
    data: Graph = Dataset() if fmt in ("trig", "nquads") else Graph()
    try:
        data.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise ValueError(f"cannot parse {path}: {_reason(exc, path, fmt)}") from exc
    return validate_graph(data)


def _reason(exc: Exception, path: Path, fmt: str) -> str:
    """One line saying what is wrong and where.  rdflib's Turtle/TriG error spans
    several lines of context; its N-Triples error has no line number, so the file is
    re-read with the Turtle parser (N-Triples is a subset of Turtle) to find one."""
    from rdflib.plugins.parsers.notation3 import BadSyntax

    if fmt == "nt" and not isinstance(exc, BadSyntax):
        try:
            Graph().parse(path, format="turtle")
        except BadSyntax as turtle_exc:
            exc = turtle_exc
        except Exception:
            pass
    if isinstance(exc, BadSyntax):
        return f"line {exc.lines + 1}: {getattr(exc, '_why', 'bad syntax')}"
    return " ".join(str(exc).split()) or type(exc).__name__
