"""The embedded store: incremental builds, export, and a killed build leaves the old graph."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildOptions, build
from kg.store import current_store_path, export, open_store

DOC_A = "Odense Kommune og Region Syddanmark har indgået en aftale om sundhed.\n"
DOC_B = "Aarhus Kommune samarbejder med Aarhus Universitetshospital om genoptræning.\n"
DOC_C = "Sundhedsstyrelsen støtter Holbæk Kommune.\n"

DOCUMENTS = """
PREFIX sam: <https://w3id.org/samspil/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?source WHERE { GRAPH ?g { ?g a sam:Document ; dcterms:source ?source } }
ORDER BY ?source
"""


def _sources(store: ox.Store) -> list[str]:
    return [row["source"].value for row in store.query(DOCUMENTS)]


def _labels_of_graph(store: ox.Store, source: str) -> set[str]:
    """Names of the organisations one document's graph mentions."""
    query = """
    PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX oa: <http://www.w3.org/ns/oa#>
    PREFIX org: <http://www.w3.org/ns/org#>
    SELECT ?source ?label WHERE {
      GRAPH ?g { ?g dcterms:source ?source . ?mention oa:hasBody ?o }
      ?o a org:Organization ; skos:prefLabel ?label .
    }
    """
    rows = store.query(
        query,
        use_default_graph_as_union=True,
        substitutions={ox.Variable("source"): ox.Literal(source)},
    )
    return {row["label"].value for row in rows}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(DOC_A, encoding="utf-8")
    (folder / "b.txt").write_text(DOC_B, encoding="utf-8")
    return folder


def test_incremental_builds(tmp_path: Path, docs: Path) -> None:
    store_dir = tmp_path / "store"
    options = BuildOptions(store_dir=store_dir, validate=False)

    first = build([docs], options)
    assert (first.extracted, first.reused, first.unchanged) == (2, 0, False)
    assert _sources(open_store(store_dir)) == ["a.txt", "b.txt"]

    again = build([docs], options)
    assert again.unchanged and again.extracted == 0

    (docs / "b.txt").write_text(DOC_B.replace("Aarhus Universitetshospital", "Region Midtjylland"))
    changed = build([docs], options)
    assert (changed.extracted, changed.reused) == (1, 1)
    labels = _labels_of_graph(open_store(store_dir), "b.txt")
    assert "Region Midtjylland" in labels and "Aarhus Universitetshospital" not in labels

    (docs / "a.txt").unlink()
    (docs / "c.txt").write_text(DOC_C, encoding="utf-8")
    removed = build([docs], options)
    assert (removed.extracted, removed.reused) == (1, 1)
    assert _sources(open_store(store_dir)) == ["b.txt", "c.txt"]
    # only one store folder is kept, and the cache holds exactly the built documents
    assert len(list(store_dir.glob("store-*"))) == 1
    assert len(list((store_dir / "cache").rglob("*.pickle"))) == 2


def test_export_from_the_store(tmp_path: Path, docs: Path) -> None:
    store_dir = tmp_path / "store"
    build([docs], BuildOptions(store_dir=store_dir, validate=False))
    store = open_store(store_dir)
    export(store, tmp_path / "out.trig")
    export(store, tmp_path / "out.ttl")
    trig = ox.Store()
    trig.load(path=str(tmp_path / "out.trig"))
    assert _sources(trig) == ["a.txt", "b.txt"]
    union = ox.Store()
    union.load(path=str(tmp_path / "out.ttl"))
    assert len(union) == len(
        set(store.query("CONSTRUCT {?s ?p ?o} WHERE {?s ?p ?o}", use_default_graph_as_union=True))
    )


def test_a_killed_build_leaves_the_previous_graph(tmp_path: Path, docs: Path) -> None:
    store_dir = tmp_path / "store"
    build([docs], BuildOptions(store_dir=store_dir, validate=False))
    before = current_store_path(store_dir)

    # A second, bigger build: killed with SIGKILL the moment it starts writing its store.
    many = tmp_path / "many"
    many.mkdir()
    for i in range(300):
        (many / f"d{i:03}.txt").write_text(DOC_A + DOC_B * (i % 5 + 1), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(many), "--store", str(store_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if any(p != before for p in store_dir.glob("store-*")):
            break
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the build finished before it could be killed"

    assert current_store_path(store_dir) == before
    assert _sources(open_store(store_dir)) == ["a.txt", "b.txt"]
    # the next build clears the half-written folder and publishes normally
    build([docs], BuildOptions(store_dir=store_dir, validate=False))
    assert len(list(store_dir.glob("store-*"))) == 1


@pytest.mark.parametrize(("chunk_bytes", "files"), [(100, 3), (32 * 1024 * 1024, 1)])
def test_spool_is_cut_into_chunks_between_graphs(
    tmp_path: Path, chunk_bytes: int, files: int
) -> None:
    from rdflib import BNode, Literal, URIRef

    from kg.quads import Quads
    from kg.store import QuadSpool

    spool = QuadSpool(tmp_path / "spool", chunk_bytes=chunk_bytes)
    for n in range(3):
        quads = Quads()
        graph = quads.graph(URIRef(f"urn:doc:{n}"))
        node = BNode()  # a blank node shared by two quads of one graph stays one node
        graph.add((URIRef(f"urn:s:{n}"), URIRef("urn:p"), node))
        graph.add((node, URIRef("urn:label"), Literal(f"dokument {n} æøå")))
        spool.add(quads)
    # each graph's quads exceed 100 bytes: one file each; one file when they fit together
    # (loaded through an on-disk store, or in memory)
    assert len(spool.paths) == files
    out = tmp_path / "all.nq"
    spool.write_file(out)
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert len(store) == 6
    joined = store.query(
        "SELECT ?label WHERE { GRAPH <urn:doc:1> { <urn:s:1> <urn:p> ?b . ?b <urn:label> ?label } }"
    )
    assert [str(row["label"].value) for row in joined] == ["dokument 1 æøå"]
    spool.discard()
    assert not any((tmp_path / "spool").iterdir())


def test_quads_are_written_as_rdflib_writes_n_quads() -> None:
    from datetime import date
    from decimal import Decimal

    from rdflib import BNode, Dataset, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.quads import Quads

    quads = Quads()
    graph = quads.graph(URIRef("urn:doc:1"))
    s, p, node = URIRef("urn:s"), URIRef("urn:p"), BNode()
    objects = [
        Literal('citat "x" \\ sti\nlinje\rretur\ttab æøå'),
        Literal("Odense Kommune", lang="da"),
        Literal(42),
        Literal(Decimal("0.9")),
        Literal("1500000.50", datatype=XSD.decimal),
        Literal(date(2024, 1, 31)),
        Literal("2024-02-01", datatype=XSD.date),
        Literal(True),
        node,
        URIRef("urn:o"),
    ]
    for obj in objects:
        graph.add((s, p, obj))
    graph.add((s, p, Literal(42)))  # a triple stated twice is one quad, as in rdflib
    quads.graph(URIRef("urn:doc:2")).add((node, p, Literal("anden graf")))
    assert len(quads) == len(objects) + 1 == len(list(quads))
    ours = sorted(quads.nquads().decode("utf-8").splitlines())
    theirs = quads.into(Dataset()).serialize(format="nquads", encoding="utf-8")
    assert ours == sorted(line for line in theirs.decode("utf-8").splitlines() if line)
