"""Benchmark every bundled query: the corpus graph and a synthetic 1,000,000-triple graph.

    .venv/bin/python -m bench.bench_queries [--corpus DIR] [--triples N] [--timeout S]

The corpus graph is built at run time (`kg build CORPUS --out …`).  The synthetic graph
has the exact shape kg/graph.py writes (documents as named graphs, organisations with
labels and sectors, units under kommuner, people, projects with participants, owners,
contacts, pools, amounts and dates, collaborations, relation evidence, mentions with
selectors) on top of the build's reference and ontology graphs, and is bulk-loaded into
an embedded on-disk Oxigraph store.  rdflib's in-memory Dataset answers the same queries
side by side (ratio = rdflib / Oxigraph).  Targets: < 100 ms per query on the corpus,
< 1 s on 1M triples (Oxigraph).

Each Oxigraph query runs in a child process with a time limit (a running Oxigraph query
cannot be interrupted); rdflib runs in this process under an alarm.  Times include the
resolution of name parameters (kg.query.prepare).  Markdown tables go to stdout, progress
to stderr; --json FILE writes the figures.
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

from bench.common import CORPUS, REPO, table
from kg.query import LABELS_QUERY, bundled_queries, prepare, run_local

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
            # names repeat now and then: the same person seen at two organisations
            emit(g, person, P["name"], lit(f"Person {people_seen % 6000}"))
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
def child(store_path: str, name: str, values_json: str, runs: int) -> None:
    """In a child process: open the store read-only, time one query, print JSON."""
    import pyoxigraph as ox

    started = time.perf_counter()
    store = ox.Store.read_only(store_path)
    open_ms = (time.perf_counter() - started) * 1000
    named = bundled_queries()[name]
    values = json.loads(values_json)
    times = []
    for _ in range(runs + 1):  # the first run is the cold one
        started = time.perf_counter()
        rows = len(run_local(store, named, values).rows)
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"rows": rows, "open_ms": open_ms, "cold_ms": times[0],
                      "ms": statistics.median(times[1:])}))  # fmt: skip


def oxigraph_ms(store_path: Path, name: str, values: dict, runs: int, timeout: float) -> dict:
    command = [sys.executable, "-m", "bench.bench_queries", "--child", str(store_path), name,
               json.dumps(values), str(runs)]  # fmt: skip
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=REPO, timeout=timeout + 5
        )
    except subprocess.TimeoutExpired:
        return {"rows": None, "open_ms": None, "cold_ms": None, "ms": None}
    if done.returncode != 0:
        sys.exit(f"{name} failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


class Timeout(Exception):
    pass


def rdflib_ms(dataset, named, values: dict[str, str], timeout: float) -> tuple[float | None, int]:
    """rdflib on the same query (names resolved the same way); None when over ``timeout``."""
    import pyoxigraph as ox
    from rdflib import Literal, URIRef, Variable

    def to_rdflib(term):
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        return Literal(
            term.value,
            lang=term.language,
            datatype=None if term.language else URIRef(term.datatype.value),
        )

    def lookup(text: str) -> list:
        found = dataset.query(LABELS_QUERY, initBindings={Variable("value"): Literal(text)})
        return [
            ox.Literal(str(row[0]), language=row[0].language)
            if row[0].language
            else ox.Literal(str(row[0]), datatype=ox.NamedNode(str(row[0].datatype)))
            if row[0].datatype
            else ox.Literal(str(row[0]))
            for row in found
        ]

    def handler(signum, frame):
        raise Timeout

    def call() -> int:
        prepared, terms = prepare(named, values, lookup)
        bindings = {Variable(name): to_rdflib(term) for name, term in terms.items()}
        return len(list(dataset.query(prepared.text, initBindings=bindings)))

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        started = time.perf_counter()
        rows = call()
        return (time.perf_counter() - started) * 1000, rows
    except Timeout:
        return None, 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def rdflib_dataset(nquads: bytes):
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    return dataset


def bench(label, store_path, dataset, params, runs, timeout, rdflib_timeout, only):
    results = {}
    for name, named in bundled_queries().items():
        if only and name not in only:
            continue
        values = params.get(name, {})
        ox_result = oxigraph_ms(store_path, name, values, runs, timeout)
        rl_ms, rl_rows = (None, 0)
        joins = name in JOIN_QUERIES and label == "1M"
        limit = JOIN_RDFLIB_TIMEOUT if joins else rdflib_timeout
        if dataset is not None:
            rl_ms, rl_rows = rdflib_ms(dataset, named, values, limit)
        results[name] = {**ox_result, "rdflib_ms": rl_ms, "rdflib_rows": rl_rows,
                         "rdflib_limit": limit}  # fmt: skip
        shown = "timeout" if ox_result["ms"] is None else f"{ox_result['ms']:.1f} ms"
        print(f"  {label} {name}: oxigraph {shown}, rdflib {fmt_ms(rl_ms, rdflib_timeout)}",
              file=sys.stderr, flush=True)  # fmt: skip
    return results


PARAMS_CORPUS = {
    "partners": {"org": "Odense Kommune"},
    "organisation-profile": {"org": "Odense Kommune"},
    "pool-projects": {"pool": "Satspuljen"},
    "evidence": {"a": "Odense Kommune", "b": "Odense Universitetshospital"},
    "mentions": {"entity": "Odense Kommune"},
    "projects-in-year": {"year": "2021"},
}
# join-heavy queries compared end to end (load or open, then answer) with rdflib
JOIN_QUERIES = ("partners", "most-connected", "cross-sector-partnerships")
JOIN_RDFLIB_TIMEOUT = 120.0  # s: rdflib gets longer on these, for a ratio rather than a bound

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
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="warm runs per query (median)")
    parser.add_argument("--timeout", type=float, default=20.0, help="Oxigraph limit, s")
    parser.add_argument("--rdflib-timeout", type=float, default=10.0)
    parser.add_argument("--no-rdflib-large", action="store_true", help="skip rdflib on 1M")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", nargs="*", help="only these queries")
    args = parser.parse_args()

    import pyoxigraph as ox

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        tmp_path = Path(tmp)
        corpus_file = build_corpus(args.corpus, tmp_path / "corpus.nq")
        corpus_store = ox.Store(str(tmp_path / "corpus-store"))
        corpus_store.bulk_load(path=str(corpus_file), format=ox.RdfFormat.N_QUADS)
        corpus_store.flush()
        corpus_quads = len(corpus_store)
        corpus_data = rdflib_dataset(corpus_file.read_bytes())
        corpus = bench("corpus", tmp_path / "corpus-store", corpus_data, PARAMS_CORPUS,
                       args.runs, args.timeout, args.rdflib_timeout, args.only)  # fmt: skip
        del corpus_data

        nquads, _count = synthetic_nquads(args.triples, corpus_store)
        del corpus_store
        started = time.perf_counter()
        store = ox.Store(str(tmp_path / "synthetic-store"))
        store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        store.optimize()
        ox_load = time.perf_counter() - started
        size = len(store)
        del store  # the children open it read-only
        print(f"oxigraph: {size} quads loaded in {ox_load:.1f} s", file=sys.stderr, flush=True)
        big_data, rl_load = None, None
        if not args.no_rdflib_large:
            started = time.perf_counter()
            big_data = rdflib_dataset(nquads)
            rl_load = time.perf_counter() - started
            print(f"rdflib: loaded in {rl_load:.1f} s", file=sys.stderr, flush=True)
        del nquads
        large = bench("1M", tmp_path / "synthetic-store", big_data, PARAMS_SYNTHETIC,
                      args.runs, args.timeout, args.rdflib_timeout, args.only)  # fmt: skip

    report(corpus, large, corpus_quads, size, ox_load, rl_load, args)
    if args.json:
        figures = {"corpus_quads": corpus_quads, "synthetic_quads": size,
                   "oxigraph_load_s": ox_load, "rdflib_load_s": rl_load,
                   "corpus": corpus, "synthetic": large}  # fmt: skip
        args.json.write_text(json.dumps(figures, indent=1))


def fmt_ms(value: float | None, timeout: float) -> str:
    return f"> {timeout:g} s" if value is None else f"{value:.1f}"


def ratio(rl: float | None, ox: float | None, timeout: float) -> str:
    if ox is None:
        return "—"
    if rl is None:
        return f"> {timeout * 1000 / max(ox, 0.01):.0f}×"
    return f"{rl / max(ox, 0.01):.0f}×"


def report(corpus, large, corpus_quads, size, ox_load, rl_load, args) -> None:
    limit = args.timeout
    for title, results, quads, target in (
        ("Corpus graph", corpus, corpus_quads, 100),
        ("Synthetic graph", large, size, 1000),
    ):
        rows = []
        for name, r in results.items():
            ox_ms = r["ms"]
            rows.append([
                f"`{name}`",
                fmt_ms(ox_ms, limit),
                fmt_ms(r["cold_ms"], limit),
                fmt_ms(r["rdflib_ms"], r["rdflib_limit"]),
                ratio(r["rdflib_ms"], ox_ms, r["rdflib_limit"]),
                "—" if r["rows"] is None else str(r["rows"]),
                "yes" if ox_ms is not None and ox_ms < target else "**no**",
            ])  # fmt: skip
        print(f"### {title}: {quads:,} quads (target < {target} ms)\n")
        head = ["query", "Oxigraph ms (median)", "Oxigraph cold ms", "rdflib ms",
                "rdflib / Oxigraph", "rows", f"< {target} ms"]  # fmt: skip
        print(table(head, rows))
        slowest = max((r["ms"] if r["ms"] is not None else float("inf")) for r in results.values())
        met = sum(1 for r in results.values() if r["ms"] is not None and r["ms"] < target)
        print(f"\n{met} of {len(results)} queries under {target} ms; slowest {slowest:.0f} ms.\n")
    if rl_load is not None:
        print("### Loading the synthetic graph\n")
        rows = [["Oxigraph (bulk load into an on-disk store + optimize)", f"{ox_load:.1f}"],
                ["rdflib Dataset (in memory, N-Quads parse)", f"{rl_load:.1f}"]]  # fmt: skip
        print(table(["store", "load s"], rows))
        print(
            "\nLoad + query, and (what `kg query --store` does after a build) open the built"
            " store in a new process + query, against rdflib parsing the graph + the same query:\n"
        )
        head = ["query", "Oxigraph bulk load + query s", "Oxigraph open + cold query s",
                "rdflib parse + query s", "vs load", "vs open"]  # fmt: skip
        rows = []
        for name in JOIN_QUERIES:
            r = large.get(name, {})
            if r.get("ms") is None:
                continue
            ox_total = ox_load + r["ms"] / 1000
            opened = (r["open_ms"] + r["cold_ms"]) / 1000
            over = r["rdflib_ms"] is None  # over its time limit: the figures are lower bounds
            query_s = r["rdflib_limit"] if over else r["rdflib_ms"] / 1000
            rl_total, mark = rl_load + query_s, "> " if over else ""
            rows.append([
                f"`{name}`", f"{ox_total:.1f}", f"{opened:.2f}", f"{mark}{rl_total:.1f}",
                f"{mark}{rl_total / ox_total:.0f}×", f"{mark}{rl_total / opened:.0f}×",
            ])  # fmt: skip
        print(table(head, rows))


if __name__ == "__main__":
    main()
