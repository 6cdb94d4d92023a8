"""Score a built graph against gold annotations (CONTRACT §4).

Pure scoring: reads gold JSON and an RDF file, never runs the extractor (no spaCy
here), so the numbers say what the graph holds, not what the code meant.

How each category matches, per document (the graph entities of a document are those
``prov:wasDerivedFrom`` it; the document is found by ``dcterms:source`` = gold
``document``):

* organisations: a graph organisation matches a gold one when one of its labels
  (prefLabel or altLabel) equals one of the gold name and aliases under
  ``name_key`` (case, spacing, hyphen variants, a trailing genitive s ignored);
* people: first and last word of the name, case-folded;
* projects: a graph project matches a gold one when one of its labels (prefLabel or
  altLabel: "SAMBA" beside "SAMBA (Sammenhængende …)", as for organisations) matches the
  gold title loosely: after ``title_tokens`` (case-folded words, punctuation dropped)
  either rapidfuzz ``token_sort_ratio`` ≥ 80, or the smaller token set lies inside the
  larger and covers at least half of it;
* project amounts (recall only): the ``sam:amount`` value of a graph project matching
  a gold project equals its ``amount_dkk``;
* collaboration pairs: two organisations sharing a project or collaboration through
  ``sam:participant`` (gold: owner + partners of each project, and the organisations
  of each collaboration); a graph pair is right when both ends match gold
  organisations and that pair of gold organisations is a gold pair.

Recall counts gold entries matched by some graph entity; precision counts graph
entities that match some gold entry (every other one is wrong).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import ClassVar

from rapidfuzz import fuzz

from kg.names import match_key

CATEGORIES = ("organisations", "people", "projects", "amounts", "pairs")
TITLE_RATIO = 80
TITLE_COVERAGE = 0.5


# ------------------------------------------------------------------ matching keys
def name_key(name: str) -> str:
    """Organisation names compare under this key: case, spacing, hyphens, a genitive s ignored."""
    return "".join(match_key(name).replace("-", "").split())


def person_key(name: str) -> tuple[str, str]:
    words = [w for w in re.split(r"[\s,]+", name.casefold()) if w]
    return (words[0], words[-1]) if words else ("", "")


def title_tokens(title: str) -> list[str]:
    return re.findall(r"\w+", title.casefold())


def titles_match(a: str, b: str) -> bool:
    ta, tb = title_tokens(a), title_tokens(b)
    if not ta or not tb:
        return False
    if fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)) >= TITLE_RATIO:
        return True
    small, large = sorted((set(ta), set(tb)), key=len)
    return small <= large and len(small) >= TITLE_COVERAGE * len(large)


# ------------------------------------------------------------------------ gold
@dataclass(frozen=True, slots=True)
class GoldOrg:
    name: str
    names: frozenset[str]  # name keys of the name and every alias


@dataclass(frozen=True, slots=True)
class GoldProject:
    title: str
    amount: int | None
    organisations: tuple[str, ...]  # owner + partners, as written in the gold


@dataclass(slots=True)
class GoldDocument:
    document: str
    organisations: list[GoldOrg]
    people: list[str]
    projects: list[GoldProject]
    groups: list[tuple[str, ...]]  # organisation names that work together

    @classmethod
    def load(cls, path: Path) -> GoldDocument:
        data = json.loads(path.read_text(encoding="utf-8"))
        orgs = [
            GoldOrg(o["name"], frozenset(name_key(n) for n in [o["name"], *o.get("aliases", [])]))
            for o in data.get("organisations", [])
        ]
        projects = [
            GoldProject(
                p["title"],
                p.get("amount_dkk"),
                tuple(x for x in [p.get("owner"), *p.get("partners", [])] if x),
            )
            for p in data.get("projects", [])
        ]
        groups = [p.organisations for p in projects]
        groups += [tuple(c.get("organisations", [])) for c in data.get("collaborations", [])]
        return cls(
            data["document"],
            orgs,
            [p["name"] for p in data.get("people", [])],
            projects,
            groups,
        )

    def org_index(self, name: str) -> int | None:
        """Which gold organisation a name (as written in a gold relation) denotes."""
        key = name_key(name)
        for i, org in enumerate(self.organisations):
            if key in org.names:
                return i
        return None

    def pairs(self) -> set[frozenset[str]]:
        """Gold collaboration pairs, as pairs of canonical gold names."""
        found: set[frozenset[str]] = set()
        for group in self.groups:
            canon = []
            for name in group:
                index = self.org_index(name)
                canon.append(self.organisations[index].name if index is not None else name)
            found.update(frozenset(p) for p in combinations(dict.fromkeys(canon), 2))
        return found


def load_gold(path: Path) -> list[GoldDocument]:
    """One gold file, or every ``*.json`` in a folder."""
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise ValueError(f"{path}: no gold *.json files")
    elif path.is_file():
        files = [path]
    else:
        raise ValueError(f"{path}: no such gold file or folder")
    try:
        return [GoldDocument.load(f) for f in files]
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"bad gold file: {exc}") from exc


# ----------------------------------------------------------------------- graph
@dataclass(slots=True)
class GraphOrg:
    iri: str
    labels: frozenset[str]  # name keys


@dataclass(slots=True)
class GraphProject:
    iri: str
    title: str
    amounts: set[Decimal] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)  # its altLabels

    def matches(self, gold_title: str) -> bool:
        return any(titles_match(label, gold_title) for label in self.labels | {self.title})


@dataclass(slots=True)
class GraphDocument:
    organisations: list[GraphOrg]
    people: list[str]
    projects: list[GraphProject]
    groups: list[set[str]]  # participant IRIs of each project and collaboration


_PREFIXES = """
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX sam: <https://w3id.org/samspil/ontology#>
"""


class GraphReader:
    """Reads the per-document facts the scorer needs from an RDF file (union of graphs)."""

    FORMATS: ClassVar[dict[str, str]] = {
        ".ttl": "TURTLE",
        ".nt": "N_TRIPLES",
        ".trig": "TRIG",
        ".nq": "N_QUADS",
    }

    def __init__(self, path: Path) -> None:
        import pyoxigraph

        if not path.is_file():
            raise ValueError(f"{path}: no such graph file")
        suffix = path.suffix.lower()
        if suffix == ".jsonld":
            fmt = pyoxigraph.RdfFormat.JSON_LD
        elif suffix in self.FORMATS:
            fmt = getattr(pyoxigraph.RdfFormat, self.FORMATS[suffix])
        else:
            raise ValueError(f"{path}: unknown graph format (use .ttl .nt .trig .nq .jsonld)")
        self.store = pyoxigraph.Store()
        try:
            self.store.load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise ValueError(f"{path}: not valid RDF: {exc}") from exc

    def _rows(self, query: str, **bindings: str) -> Iterable[tuple[str, ...]]:
        for name, value in bindings.items():
            query = query.replace(f"?{name}_", value)
        results = self.store.query(_PREFIXES + query, use_default_graph_as_union=True)
        for solution in results:
            yield tuple(term.value if term is not None else "" for term in solution)

    def document(self, source: str) -> GraphDocument | None:
        literal = json.dumps(source)
        docs = [row[0] for row in self._rows(f"SELECT ?d WHERE {{ ?d dcterms:source {literal} }}")]
        if not docs:
            return None
        doc = f"<{docs[0]}>"
        labels: dict[str, set[str]] = {}
        for iri, label in self._rows(
            "SELECT ?o ?l WHERE { ?o a org:Organization ; prov:wasDerivedFrom ?doc_ . "
            "{ ?o skos:prefLabel ?l } UNION { ?o skos:altLabel ?l } }",
            doc=doc,
        ):
            labels.setdefault(iri, set()).add(name_key(label))
        people = [
            name
            for _, name in self._rows(
                "SELECT DISTINCT ?p ?n WHERE { ?p a foaf:Person ; prov:wasDerivedFrom ?doc_ ; "
                "foaf:name ?n }",
                doc=doc,
            )
        ]
        projects: dict[str, GraphProject] = {}
        for iri, title, value in self._rows(
            "SELECT ?p ?t ?v WHERE { ?p a schema:Project ; prov:wasDerivedFrom ?doc_ ; "
            "skos:prefLabel ?t . OPTIONAL { ?p sam:amount ?a . ?a schema:value ?v ; "
            "prov:wasDerivedFrom ?doc_ } }",
            doc=doc,
        ):
            project = projects.setdefault(iri, GraphProject(iri, title))
            if value:
                project.amounts.add(Decimal(value))
        for iri, label in self._rows(
            "SELECT ?p ?l WHERE { ?p a schema:Project ; prov:wasDerivedFrom ?doc_ ; "
            "skos:altLabel ?l }",
            doc=doc,
        ):
            projects[iri].labels.add(label)
        groups: dict[str, set[str]] = {}
        for group, member in self._rows(
            "SELECT ?g ?o WHERE { ?g sam:participant ?o ; prov:wasDerivedFrom ?doc_ . "
            "{ ?g a schema:Project } UNION { ?g a org:OrganizationalCollaboration } }",
            doc=doc,
        ):
            groups.setdefault(group, set()).add(member)
        return GraphDocument(
            [GraphOrg(iri, frozenset(keys)) for iri, keys in labels.items()],
            people,
            list(projects.values()),
            list(groups.values()),
        )


# --------------------------------------------------------------------- scoring
@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one category in one document (or summed over documents)."""

    gold: int = 0  # gold entries
    found: int = 0  # graph entities (0 for recall-only categories)
    gold_matched: int = 0
    found_correct: int = 0
    recall_only: bool = False

    def __add__(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.found + other.found,
            self.gold_matched + other.gold_matched,
            self.found_correct + other.found_correct,
            self.recall_only and other.recall_only,
        )

    @property
    def precision(self) -> float | None:
        if self.recall_only:
            return None
        return self.found_correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class DocumentScore:
    document: str
    scores: dict[str, Score]
    in_graph: bool = True


@dataclass(slots=True)
class Report:
    documents: list[DocumentScore]

    @property
    def total(self) -> dict[str, Score]:
        totals = {c: Score(recall_only=c == "amounts") for c in CATEGORIES}
        for doc in self.documents:
            for category, score in doc.scores.items():
                totals[category] = totals[category] + score
        return totals


def score_document(gold: GoldDocument, graph: GraphDocument | None) -> DocumentScore:
    if graph is None:
        graph = GraphDocument([], [], [], [])
        in_graph = False
    else:
        in_graph = True
    scores: dict[str, Score] = {}

    # organisations: which gold entries each graph organisation matches
    org_matches = {
        org.iri: {i for i, g in enumerate(gold.organisations) if org.labels & g.names}
        for org in graph.organisations
    }
    matched_gold = set().union(*org_matches.values()) if org_matches else set()
    scores["organisations"] = Score(
        len(gold.organisations),
        len(graph.organisations),
        len(matched_gold),
        sum(1 for m in org_matches.values() if m),
    )

    gold_people = {person_key(p) for p in gold.people}
    graph_people = [person_key(p) for p in graph.people]
    found_people = set(graph_people)
    scores["people"] = Score(
        len(gold.people),
        len(graph_people),
        sum(1 for p in gold.people if person_key(p) in found_people),
        sum(1 for p in graph_people if p in gold_people),
    )

    project_matches = {
        p.iri: [i for i, g in enumerate(gold.projects) if p.matches(g.title)]
        for p in graph.projects
    }
    matched_projects = {i for m in project_matches.values() for i in m}
    scores["projects"] = Score(
        len(gold.projects),
        len(graph.projects),
        len(matched_projects),
        sum(1 for m in project_matches.values() if m),
    )

    with_amount = [i for i, g in enumerate(gold.projects) if g.amount is not None]
    amount_hits = 0
    for i in with_amount:
        expected = Decimal(gold.projects[i].amount)
        if any(i in project_matches[p.iri] and expected in p.amounts for p in graph.projects):
            amount_hits += 1
    scores["amounts"] = Score(len(with_amount), 0, amount_hits, 0, recall_only=True)

    gold_pairs = gold.pairs()
    graph_pairs: set[frozenset[str]] = set()
    for group in graph.groups:
        graph_pairs.update(frozenset(p) for p in combinations(sorted(group), 2))
    correct = 0
    hit: set[frozenset[str]] = set()
    for pair in graph_pairs:
        a, b = tuple(pair)
        options = {
            frozenset((gold.organisations[x].name, gold.organisations[y].name))
            for x in org_matches.get(a, ())
            for y in org_matches.get(b, ())
            if x != y
        }
        good = options & gold_pairs
        if good:
            correct += 1
            hit.update(good)
    scores["pairs"] = Score(len(gold_pairs), len(graph_pairs), len(hit), correct)
    return DocumentScore(gold.document, scores, in_graph)


def evaluate(gold_path: Path, graph_path: Path) -> Report:
    """Score every gold document against the graph file."""
    golds = load_gold(gold_path)
    reader = GraphReader(graph_path)
    return Report([score_document(g, reader.document(g.document)) for g in golds])


# -------------------------------------------------------------------- printing
def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def format_table(report: Report) -> str:
    header = (
        f"{'document':<28} {'category':<14} {'gold':>5} {'graph':>5} {'P':>5} {'R':>5} {'F1':>5}"
    )
    lines = [header, "-" * len(header)]
    rows = [(d.document + ("" if d.in_graph else " (absent)"), d.scores) for d in report.documents]
    rows.append(("TOTAL (micro)", report.total))
    for name, scores in rows:
        for category in CATEGORIES:
            s = scores[category]
            found = "" if s.recall_only else str(s.found)
            lines.append(
                f"{name[:28]:<28} {category:<14} {s.gold:>5} {found:>5} "
                f"{_fmt(s.precision):>5} {_fmt(s.recall):>5} {_fmt(s.f1):>5}"
            )
            name = ""
    return "\n".join(lines)


def to_json(report: Report) -> str:
    def block(scores: dict[str, Score]) -> dict:
        return {
            c: {
                "gold": s.gold,
                "graph": None if s.recall_only else s.found,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
            }
            for c, s in scores.items()
        }

    return json.dumps(
        {
            "documents": {
                d.document: {"in_graph": d.in_graph, **block(d.scores)} for d in report.documents
            },
            "total": block(report.total),
        },
        ensure_ascii=False,
        indent=2,
    )
