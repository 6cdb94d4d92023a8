"""``kg explain``: an entity's surface forms, documents, and why each form was tied to it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.namespaces import SPARQL_PREFIXES

if TYPE_CHECKING:
    import pyoxigraph


FIND = (
    SPARQL_PREFIXES
    + """
# Bound variables must be projected: Oxigraph substitutes only projected variables.
SELECT DISTINCT ?wanted ?entity ?name ?class ?code WHERE {
  ?entity skos:prefLabel|skos:altLabel|foaf:name ?label .
  FILTER (LCASE(STR(?label)) = LCASE(STR(?wanted)))
  ?entity skos:prefLabel|foaf:name ?name .
  OPTIONAL { ?entity rdf:type ?class . FILTER (STRSTARTS(STR(?class), STR(sam:))) }
  OPTIONAL { ?entity dcterms:identifier ?code }
}
"""
)

MENTIONS = (
    SPARQL_PREFIXES
    + """
SELECT ?entity ?exact ?source ?start ?component ?confidence ?reason WHERE {
  ?mention oa:hasBody ?entity ; oa:hasTarget ?target ; sam:extractedBy ?component ;
           sam:confidence ?confidence .
  OPTIONAL { ?mention sam:resolvedBy ?reason }
  ?target oa:hasSource/dcterms:source ?source ; oa:hasSelector ?position, ?quote .
  ?position oa:start ?start . ?quote oa:exact ?exact .
}
ORDER BY ?source ?start
"""
)

EVIDENCE = (
    SPARQL_PREFIXES
    + """
SELECT ?entity ?predicate ?other ?otherName ?sentence ?source WHERE {
  { ?evidence rdf:subject ?entity ; rdf:object ?other }
  UNION { ?evidence rdf:object ?entity ; rdf:subject ?other }
  ?evidence rdf:predicate ?predicate ; sam:sentence ?sentence ;
            <http://www.w3.org/ns/prov#wasDerivedFrom>/dcterms:source ?source .
  OPTIONAL { ?other skos:prefLabel|foaf:name ?otherName }
}
ORDER BY ?source ?predicate
"""
)


@dataclass
class SurfaceForm:
    text: str
    reason: str
    components: set[str] = field(default_factory=set)
    places: list[str] = field(default_factory=list)  # "file.txt:1234"


@dataclass
class Explanation:
    iri: str
    name: str
    classes: list[str]
    code: str | None
    forms: list[SurfaceForm]
    documents: list[str]
    relations: list[str]  # "participant → Odense Kommune (doc): sentence"

    def render(self) -> str:
        lines = [f"{self.name}  <{self.iri}>"]
        lines.append(
            f"  class: {', '.join(self.classes) or '-'}"
            + (f"; code {self.code}" if self.code else "")
        )
        lines.append(f"  documents ({len(self.documents)}): {', '.join(self.documents) or '-'}")
        lines.append(f"  surface forms ({len(self.forms)}):")
        for form in self.forms:
            where = ", ".join(form.places[:5]) + (" …" if len(form.places) > 5 else "")
            lines.append(
                f"    {form.text!r} ×{len(form.places)}: {form.reason} "
                f"[found by {', '.join(sorted(form.components))}] at {where}"
            )
        if self.relations:
            lines.append(f"  relations with evidence ({len(self.relations)}):")
            lines.extend(f"    {line}" for line in self.relations)
        return "\n".join(lines)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def explain(store: pyoxigraph.Store, label: str) -> list[Explanation]:
    """Every entity one of whose labels is ``label`` (case-insensitive)."""
    import pyoxigraph as ox

    def run(query: str, **terms):
        substitutions = {ox.Variable(k): v for k, v in terms.items()}
        return store.query(query, use_default_graph_as_union=True, substitutions=substitutions)

    found: dict[str, dict] = {}
    for row in run(FIND, wanted=ox.Literal(label)):
        entry = found.setdefault(
            row["entity"].value,
            {"name": row["name"].value, "classes": set(), "code": None},
        )
        if row["class"]:
            entry["classes"].add(_local(row["class"].value))
        if row["code"]:
            entry["code"] = row["code"].value
    explanations = []
    for iri, entry in found.items():
        forms: dict[str, SurfaceForm] = {}
        documents: dict[str, None] = {}
        for row in run(MENTIONS, entity=ox.NamedNode(iri)):
            text = " ".join(row["exact"].value.split())
            reason = row["reason"].value if row["reason"] else "-"
            form = forms.setdefault(text, SurfaceForm(text, reason))
            form.components.add(row["component"].value)
            form.places.append(f"{row['source'].value}:{row['start'].value}")
            documents[row["source"].value] = None
        relations = []
        by_text: dict[str, list[str]] = defaultdict(list)
        for row in run(EVIDENCE, entity=ox.NamedNode(iri)):
            other = row["otherName"].value if row["otherName"] else row["other"].value
            sentence = " ".join(row["sentence"].value.split())
            by_text[f"{_local(row['predicate'].value)} ~ {other}"].append(
                f"({row['source'].value}) {sentence[:160]}"
            )
        for head, sentences in by_text.items():
            relations.append(f"{head}: {sentences[0]}")
        explanations.append(
            Explanation(
                iri,
                entry["name"],
                sorted(entry["classes"]),
                entry["code"],
                sorted(forms.values(), key=lambda f: (-len(f.places), f.text)),
                list(documents),
                relations,
            )
        )
    return explanations
