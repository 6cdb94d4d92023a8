"""Benchmark every bundled query: the corpus graph and a synthetic 1,000,000-triple graph.

    .venv/bin/python bench/bench_queries.py [--corpus DIR] [--triples N] [--rdflib-timeout S]

The corpus graph is built at run time (`kg build CORPUS --out …`).  The synthetic graph
has the exact shape kg/graph.py writes (documents as named graphs, organisations with
labels and sectors, units under kommuner, people, projects with participants, owners,
contacts, pools, amounts and dates, collaborations, relation evidence, mentions with
selectors) on top of the build's reference and ontology graphs, and is bulk-loaded into
an embedded on-disk Oxigraph store.  rdflib's in-memory Dataset answers the same queries
side by side (ratio = rdflib / Oxigraph).  Targets: < 100 ms per query on the corpus,
< 1 s on 1M triples (Oxigraph).  Prints a table; --json FILE writes the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.query import bind, bundled_queries, run_local  # noqa: E402

ID = "https://w3id.org/samspil/id/"
SAM = "https://w3id.org/samspil/ontology#"
REFERENCE_GRAPH = f"<{ID}graph/reference>"
ONTOLOGY_GRAPH = "<https://w3id.org/samspil/ontology>"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
P = {
    "type": RDF_TYPE,
    "subject": "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>",
    "predicate": "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate>",
    "object": "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object>",
    "pref": "<http://www.w3.org/2004/02/skos/core#prefLabel>",
    "alt": "<http://www.w3.org/2004/02/skos/core#altLabel>",
    "sector": f"<{SAM}sector>",
    "sub": "<http://www.w3.org/ns/org#subOrganizationOf>",
    "member": "<http://www.w3.org/ns/org#memberOf>",
    "name": "<http://xmlns.com/foaf/0.1/name>",
    "job": "<https://schema.org/jobTitle>",
    "participant": f"<{SAM}participant>",
    "owner": f"<{SAM}owner>",
    "contact": f"<{SAM}contact>",
    "fundedBy": f"<{SAM}fundedBy>",
    "administeredBy": f"<{SAM}administeredBy>",
    "amount": f"<{SAM}amount>",
    "value": "<https://schema.org/value>",
    "currency": "<https://schema.org/currency>",
    "start": "<https://schema.org/startDate>",
    "end": "<https://schema.org/endDate>",
    "derived": "<http://www.w3.org/ns/prov#wasDerivedFrom>",
    "sentence": f"<{SAM}sentence>",
    "title": "<http://purl.org/dc/terms/title>",
    "source": "<http://purl.org/dc/terms/source>",
    "sha": f"<{SAM}sha256>",
    "body": "<http://www.w3.org/ns/oa#hasBody>",
    "target": "<http://www.w3.org/ns/oa#hasTarget>",
    "hasSource": "<http://www.w3.org/ns/oa#hasSource>",
    "selector": "<http://www.w3.org/ns/oa#hasSelector>",
    "oaStart": "<http://www.w3.org/ns/oa#start>",
    "oaEnd": "<http://www.w3.org/ns/oa#end>",
    "exact": "<http://www.w3.org/ns/oa#exact>",
    "extractedBy": f"<{SAM}extractedBy>",
    "confidence": f"<{SAM}confidence>",
}
C = {
    "org": "<http://www.w3.org/ns/org#Organization>",
    "collab": "<http://www.w3.org/ns/org#OrganizationalCollaboration>",
    "person": "<http://xmlns.com/foaf/0.1/Person>",
    "project": "<https://schema.org/Project>",
    "pool": f"<{SAM}FundingPool>",
    "scheme": "<https://schema.org/FundingScheme>",
    "money": "<https://schema.org/MonetaryAmount>",
    "doc": f"<{SAM}Document>",
    "foafdoc": "<http://xmlns.com/foaf/0.1/Document>",
    "entity": "<http://www.w3.org/ns/prov#Entity>",
    "evidence": f"<{SAM}RelationEvidence>",
    "annotation": "<http://www.w3.org/ns/oa#Annotation>",
    "position": "<http://www.w3.org/ns/oa#TextPositionSelector>",
    "quote": "<http://www.w3.org/ns/oa#TextQuoteSelector>",
}
XSD = "http://www.w3.org/2001/XMLSchema#"
KINDS = [
    ("MunicipalUnit", "MunicipalSector"),
    ("Association", "CivilSociety"),
    ("Company", "PrivateSector"),
    ("EducationInstitution", "EducationSector"),
    ("RegionalUnit", "RegionalSector"),
    ("NationalAuthority", "StateSector"),
]


def lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if lang:
        return f'"{escaped}"@{lang}'
    if datatype:
        return f'"{escaped}"^^<{XSD}{datatype}>'
    return f'"{escaped}"'


# ------------------------------------------------------------------------------ graphs
def build_corpus(corpus: Path, out: Path) -> Path:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "-q",
            "build",
            str(corpus),
            "--out",
            str(out),
            "--no-validate",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if result.returncode != 0:
        sys.exit(f"kg build failed: {result.stderr.strip()}")
    print(f"built the corpus graph in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return out


def reference_quads(corpus_store) -> tuple[list[str], list[str], dict[str, str]]:
    """The corpus build's reference and ontology graphs as N-Quads lines, and kommuner."""
    import pyoxigraph as ox

    lines = []
    for graph in (REFERENCE_GRAPH, ONTOLOGY_GRAPH):
        node = ox.NamedNode(graph[1:-1])
        for quad in corpus_store.quads_for_pattern(None, None, None, node):
            lines.append(f"{quad.subject} {quad.predicate} {quad.object} {graph} .")
    kommuner = {}
    for row in corpus_store.query(
        f"SELECT ?k ?l WHERE {{ GRAPH {REFERENCE_GRAPH} {{ ?k a <{SAM}Municipality> ; "
        f"<{SAM}region> ?r ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }} }}"
    ):
        kommuner[str(row["k"])] = row["l"].value
    hospitals = [
        str(row["h"])
        for row in corpus_store.query(
            f"SELECT ?h WHERE {{ GRAPH {REFERENCE_GRAPH} {{ ?h a <{SAM}Hospital> }} }}"
        )
    ]
    regions = [
        str(row["r"])
        for row in corpus_store.query(
            f"SELECT ?r WHERE {{ GRAPH {REFERENCE_GRAPH} {{ ?r a <{SAM}Region> }} }}"
        )
    ]
    return lines, hospitals + regions, kommuner


def synthetic_nquads(target: int, corpus_store, seed: int = 7) -> tuple[bytes, int]:
    """At least ``target`` quads in the shape kg/graph.py writes."""
    rng = random.Random(seed)
    lines, regional, kommuner = reference_quads(corpus_store)
    kommune_iris = sorted(kommuner)
    n_orgs, n_pools = 20_000, 200
    orgs = [f"<{ID}org/synthetic-{i}>" for i in range(n_orgs)]
    org_names = [f"Organisation {i}" for i in range(n_orgs)]
    pools = [f"<{ID}pool/pulje-{i}>" for i in range(n_pools)]
    defined: set[int] = set()
    defined_pools: set[int] = set()
    people_seen = 0
    d = 0
    count = len(lines)

    def emit(graph: str, s: str, p: str, o: str) -> None:
        nonlocal count
        lines.append(f"{s} {p} {o} {graph} .")
        count += 1

    def mention(graph: str, doc: str, entity: str, exact: str, k: int) -> None:
        node = f"<{doc[1:-1]}/mention/{k}>"
        target, position, quote = (f"<{node[1:-1]}/{x}>" for x in ("target", "position", "quote"))
        emit(graph, node, P["type"], C["annotation"])
        emit(graph, node, P["body"], entity)
        emit(graph, node, P["extractedBy"], lit("pattern"))
        emit(graph, node, P["confidence"], lit("0.9", datatype="decimal"))
        emit(graph, node, P["target"], target)
        emit(graph, target, P["hasSource"], doc)
        emit(graph, target, P["selector"], position)
        emit(graph, target, P["selector"], quote)
        emit(graph, position, P["type"], C["position"])
        emit(graph, position, P["oaStart"], lit(str(k * 10), datatype="nonNegativeInteger"))
        emit(graph, position, P["oaEnd"], lit(str(k * 10 + 8), datatype="nonNegativeInteger"))
        emit(graph, quote, P["type"], C["quote"])
        emit(graph, quote, P["exact"], lit(exact))

    def evidence(graph, doc, s, p, o, k) -> None:
        node = f"<{doc[1:-1]}/evidence/{k}>"
        emit(graph, node, P["type"], C["evidence"])
        emit(graph, node, P["subject"], s)
        emit(graph, node, P["predicate"], p)
        emit(graph, node, P["object"], o)
        emit(graph, node, P["sentence"], lit(f"Sætning {k} om samarbejdet.", "da"))
        emit(graph, node, P["derived"], doc)

    while count < target:
        doc = f"<{ID}document/doc-{d}>"
        g = doc
        emit(g, doc, P["type"], C["doc"])
        emit(g, doc, P["type"], C["foafdoc"])
        emit(g, doc, P["type"], C["entity"])
        emit(g, doc, P["title"], lit(f"Dokument {d}"))
        emit(g, doc, P["source"], lit(f"doc-{d}.txt"))
        emit(g, doc, P["sha"], lit(f"{d:064x}"))
        k = 0
        # organisations: two kommuner, one regional, five others
        present = [*rng.sample(kommune_iris, 2), rng.choice(regional)]
        for i in rng.sample(range(n_orgs), 5):
            org = orgs[i]
            if i not in defined:
                defined.add(i)
                cls, sector = KINDS[i % len(KINDS)]
                emit(g, org, P["type"], C["org"])
                emit(g, org, P["type"], f"<{SAM}{cls}>")
                emit(g, org, P["pref"], lit(org_names[i], "da"))
                emit(g, org, P["alt"], lit(f"Org{i}", "da"))
                emit(g, org, P["sector"], f"<{SAM}{sector}>")
                if cls == "MunicipalUnit":
                    parent = kommune_iris[i % len(kommune_iris)]
                    if i % 12 == 0 and i >= 12:  # a unit under a unit
                        parent = orgs[i - 6]
                    emit(g, org, P["sub"], parent)
            present.append(org)
        for org in present:
            emit(g, org, P["derived"], doc)
            for _ in range(2):
                k += 1
                mention(g, doc, org, "navn", k)
        # people
        people = []
        for j in range(3):
            people_seen += 1
            org = rng.choice(present)
            person = f"<{ID}person/person-{people_seen % 30000}-{org[1:-1].rsplit('/', 1)[1]}>"
            emit(g, person, P["type"], C["person"])
            emit(g, person, P["name"], lit(f"Person {people_seen % 30000}"))
            emit(g, person, P["job"], lit(["projektleder", "konsulent", "chef"][j], "da"))
            emit(g, person, P["member"], org)
            emit(g, person, P["derived"], doc)
            people.append(person)
        # a pool
        pool_i = d % n_pools
        pool = pools[pool_i]
        if pool_i not in defined_pools:
            defined_pools.add(pool_i)
            emit(g, pool, P["type"], C["pool"])
            emit(g, pool, P["type"], C["scheme"])
            emit(g, pool, P["pref"], lit(f"Pulje {pool_i}", "da"))
            emit(g, pool, P["administeredBy"], present[-1])
            money = f"<{pool[1:-1]}/amount/doc-{d}>"
            emit(g, pool, P["amount"], money)
            emit(g, money, P["type"], C["money"])
            emit(
                g, money, P["value"], lit(str(rng.randrange(10, 500) * 100_000), datatype="decimal")
            )
            emit(g, money, P["currency"], lit("DKK"))
            emit(g, pool, P["derived"], doc)
        # two projects, one collaboration
        for j in range(2):
            project = f"<{ID}project/projekt-{d}-{j}>"
            members = rng.sample(present, 4)
            emit(g, project, P["type"], C["project"])
            emit(g, project, P["pref"], lit(f"Projekt {d}-{j}", "da"))
            for member in members:
                emit(g, project, P["participant"], member)
                k += 1
                evidence(g, doc, project, P["participant"], member, k)
            emit(g, project, P["owner"], members[0])
            emit(g, project, P["contact"], people[j])
            emit(g, project, P["fundedBy"], pool)
            money = f"<{project[1:-1]}/amount/doc-{d}>"
            emit(g, project, P["amount"], money)
            emit(g, money, P["type"], C["money"])
            emit(g, money, P["value"], lit(str(rng.randrange(1, 90) * 50_000), datatype="decimal"))
            emit(g, money, P["currency"], lit("DKK"))
            year = 2015 + rng.randrange(10)
            emit(g, project, P["start"], lit(f"{year}-0{1 + j * 4}-01", datatype="date"))
            emit(g, project, P["end"], lit(f"{year + 2}-12-31", datatype="date"))
            emit(g, project, P["derived"], doc)
            k += 1
            mention(g, doc, project, f"Projekt {d}-{j}", k)
        collaboration = f"<{ID}collaboration/doc-{d}-c>"
        emit(g, collaboration, P["type"], C["collab"])
        emit(g, collaboration, P["pref"], lit(f"Samarbejde {d}", "da"))
        for member in present[:3]:
            emit(g, collaboration, P["participant"], member)
        emit(g, collaboration, P["derived"], doc)
        d += 1
    return ("\n".join(lines) + "\n").encode("utf-8"), count


# ----------------------------------------------------------------------------- timing
def median_ms(call, runs: int) -> float:
    call()  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class Timeout(Exception):
    pass


def rdflib_ms(dataset, named, values: dict[str, str], timeout: float) -> float | None:
    """rdflib on the same query and parameter terms; None when over ``timeout`` seconds."""
    from rdflib import Literal, URIRef, Variable

    bindings = {}
    for name, term in bind(named, values).items():
        if hasattr(term, "datatype"):
            bindings[Variable(name)] = Literal(
                term.value,
                lang=term.language,
                datatype=None if term.language else URIRef(term.datatype.value),
            )
        else:
            bindings[Variable(name)] = URIRef(term.value)

    def handler(signum, frame):
        raise Timeout

    def call():
        list(dataset.query(named.text, initBindings=bindings))

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        started = time.perf_counter()
        call()
        first = (time.perf_counter() - started) * 1000
        if first * 3 < timeout * 1000:
            return median_ms(call, 2)
        return first
    except Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def rdflib_dataset(nquads: bytes):
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    return dataset


ONLY: list[str] | None = None


def bench(label: str, store, dataset, params, target_ms: float, runs: int, timeout: float):
    results = {}
    for name, named in bundled_queries().items():
        if ONLY and name not in ONLY:
            continue
        values = params.get(name, {})
        count = len(run_local(store, named, values).rows)
        ox_ms = median_ms(lambda named=named, values=values: run_local(store, named, values), runs)
        rl_ms = rdflib_ms(dataset, named, values, timeout) if dataset is not None else None
        results[name] = {"rows": count, "oxigraph_ms": ox_ms, "rdflib_ms": rl_ms}
        print(f"  {label} {name}: {ox_ms:.1f} ms", file=sys.stderr)
    return results


PARAMS_CORPUS = {
    "partners": {"org": "Odense Kommune"},
    "organisation-profile": {"org": "Odense Kommune"},
    "pool-projects": {"pool": "Satspuljen"},
    "evidence": {"a": "Odense Kommune", "b": "Odense Universitetshospital"},
    "mentions": {"entity": "Odense Kommune"},
    "projects-in-year": {"year": "2021"},
}
PARAMS_SYNTHETIC = {
    "partners": {"org": "Odense Kommune"},
    "organisation-profile": {"org": "odense kommune"},
    "pool-projects": {"pool": "Pulje 3"},
    "evidence": {"a": "Odense Kommune", "b": "Svendborg Kommune"},
    "mentions": {"entity": "Svendborg"},
    "projects-in-year": {"year": "2021"},
    "hierarchy": {"org": "Odense Kommune"},
    "people-by-organisation": {"org": "Odense Kommune"},
    "project-contacts": {"project": "Projekt 12-1"},
    "organisations": {"text": "odense"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-timeout", type=float, default=30.0)
    parser.add_argument("--no-rdflib-large", action="store_true", help="skip rdflib on 1M")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", nargs="*", help="only these queries")
    parser.add_argument("--synthetic-only", action="store_true", help="skip the corpus")
    args = parser.parse_args()
    global ONLY
    ONLY = args.only

    import pyoxigraph as ox

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        tmp_path = Path(tmp)
        corpus_file = build_corpus(args.corpus, tmp_path / "corpus.nq")
        corpus_store = ox.Store()
        corpus_store.load(path=str(corpus_file), format=ox.RdfFormat.N_QUADS)
        corpus_data = None if args.synthetic_only else rdflib_dataset(corpus_file.read_bytes())
        corpus = {}
        if not args.synthetic_only:
            corpus = bench("corpus", corpus_store, corpus_data, PARAMS_CORPUS, 100, args.runs,
                           args.rdflib_timeout)  # fmt: skip

        started = time.perf_counter()
        nquads, _count = synthetic_nquads(args.triples, corpus_store)
        store = ox.Store(str(tmp_path / "synthetic-store"))
        store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        store.optimize()
        print(f"synthetic store: {len(store)} quads in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)  # fmt: skip
        big_data = None
        if not args.no_rdflib_large:
            started = time.perf_counter()
            big_data = rdflib_dataset(nquads)
            print(f"rdflib loaded it in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        large = bench("1M", store, big_data, PARAMS_SYNTHETIC, 1000, max(1, args.runs - 2),
                      args.rdflib_timeout)  # fmt: skip
        size = len(store)

    print_table(corpus, large, len(corpus_store), size, args.rdflib_timeout)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "corpus_quads": len(corpus_store),
                    "synthetic_quads": size,
                    "corpus": corpus,
                    "synthetic": large,
                },
                indent=1,
            )
        )


def fmt_ms(value: float | None, timeout: float) -> str:
    return f">{timeout:g} s" if value is None else f"{value:.1f}"


def ratio(rl: float | None, ox: float) -> str:
    return "—" if rl is None else f"{rl / max(ox, 0.01):.0f}×"


def print_table(corpus, large, corpus_quads, large_quads, timeout) -> None:
    head = (
        f"query | corpus ({corpus_quads} quads) oxigraph ms | rdflib ms | ratio | rows | "
        f"synthetic ({large_quads} quads) oxigraph ms | rdflib ms | ratio | rows"
    )
    print(head)
    print("|".join("---" for _ in head.split("|")))
    worst_small = worst_large = 0.0
    for name in large:
        c, s = corpus.get(name, large[name]), large[name]
        worst_small = max(worst_small, c["oxigraph_ms"])
        worst_large = max(worst_large, s["oxigraph_ms"])
        print(
            f"{name} | {c['oxigraph_ms']:.1f} | {fmt_ms(c['rdflib_ms'], timeout)} | "
            f"{ratio(c['rdflib_ms'], c['oxigraph_ms'])} | {c['rows']} | "
            f"{s['oxigraph_ms']:.1f} | {fmt_ms(s['rdflib_ms'], timeout)} | "
            f"{ratio(s['rdflib_ms'], s['oxigraph_ms'])} | {s['rows']}"
        )
    print(
        f"\nslowest: {worst_small:.1f} ms on the corpus (target < 100 ms: "
        f"{'met' if worst_small < 100 else 'MISSED'}), {worst_large:.1f} ms on "
        f"{large_quads} quads (target < 1000 ms: {'met' if worst_large < 1000 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
