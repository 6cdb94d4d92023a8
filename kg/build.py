"""The main job: files in → extraction → resolution → RDF → file or embedded store.

Builds into the store are incremental: each document's extraction is cached under
its content hash, so only new or changed documents are extracted; resolution and
the graph are then redone from all per-document results, and the new store replaces
the old one atomically.  A rebuild whose inputs are unchanged returns at once.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cache import ExtractionCache, Manifest, file_sha256, pipeline_fingerprint
from kg.model import Extraction, SourceDocument
from kg.readers import Skipped, UnreadableDocument, discover, read_document
from kg.resources import DEFAULT_BASE

if TYPE_CHECKING:
    from kg.quads import Quads


class BuildError(Exception):
    """A build that cannot produce a graph; ``str()`` is one line."""


@dataclass
class BuildReport:
    """What a build did, for the summary the CLI prints."""

    documents: int = 0
    extracted: int = 0  # documents run through the extractor this time
    reused: int = 0  # documents whose cached extraction was reused
    unchanged: bool = False  # nothing to do: the store already holds these inputs
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)  # class → count
    relations: int = 0
    triples: int = 0  # quads written, over all named graphs
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0
    output: str = ""


@dataclass
class BuildOptions:
    out: Path | None = None  # write this file; None: the embedded store
    store_dir: Path | None = None
    base: str = DEFAULT_BASE
    validate: bool = True
    jobs: int = 1  # extraction processes
    on_document: Callable[[SourceDocument], None] | None = None
    on_skip: Callable[[Skipped], None] | None = None


def build(inputs: list[Path], options: BuildOptions | None = None) -> BuildReport:
    """Build the graph of ``inputs`` as ``options`` say; see the module docstring."""
    from kg.store import DEFAULT_STORE, file_format

    options = options or BuildOptions()
    started = time.perf_counter()
    report = BuildReport()
    if options.out is not None:
        file_format(options.out)  # fail on an unknown extension before doing any work
    store_dir = options.store_dir or DEFAULT_STORE

    paths: list[Path] = []
    for found in discover(inputs):
        if isinstance(found, Skipped):
            _skip(report, options, found)
        else:
            paths.append(found)
    hashes = {}
    for path in paths:
        try:
            hashes[path] = file_sha256(path)
        except OSError as exc:
            _skip(report, options, Skipped(path, f"cannot read: {exc.strerror or exc}"))

    fingerprint = pipeline_fingerprint()
    manifest = Manifest({str(p): h for p, h in hashes.items()}, fingerprint, options.base)
    manifest_path = store_dir / "manifest.json"
    cache = ExtractionCache(store_dir / "cache", fingerprint) if options.out is None else None
    if cache is not None and Manifest.load(manifest_path) == manifest and _has_store(store_dir):
        from kg.store import remove_stale_stores

        remove_stale_stores(store_dir)  # what a killed build may have left
        report.unchanged, report.documents = True, len(hashes)
        report.output = str(store_dir)
        report.seconds = time.perf_counter() - started
        return report

    _check_writable(options.out.parent if options.out is not None else store_dir)
    extractions = _extract(hashes, cache, report, options)
    if not extractions:
        raise BuildError("no readable documents in the input")
    _write(extractions, options, store_dir, report)
    if cache is not None:
        built = {str(e.document.path): e.document.sha256 for e in extractions}
        Manifest(built, fingerprint, options.base).save(manifest_path)
        cache.prune(set(built.values()))
    report.seconds = time.perf_counter() - started
    return report


def _skip(report: BuildReport, options: BuildOptions, skipped: Skipped) -> None:
    report.skipped.append(skipped)
    if options.on_skip:
        options.on_skip(skipped)


def _check_writable(folder: Path) -> None:
    """Fail in one line before any extraction when the output folder cannot be written."""
    import tempfile

    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # the folder will be created under its nearest existing parent
    try:
        if not probe.is_dir():
            raise NotADirectoryError(20, "not a folder", str(probe))
        tempfile.TemporaryFile(dir=probe).close()
    except OSError as exc:
        raise BuildError(
            f"{folder}: cannot write the output there ({exc.strerror or exc}: {probe})"
        ) from exc


def _has_store(store_dir: Path) -> bool:
    from kg.store import CURRENT

    return (store_dir / CURRENT).exists()


def _extract(
    hashes: dict[Path, str],
    cache: ExtractionCache | None,
    report: BuildReport,
    options: BuildOptions,
) -> list[Extraction]:
    """Cached extractions where the bytes are known, fresh ones for the rest, in input order.

    Extractions keep no document text (mentions carry their quotes), so a build holds
    only the records, never the documents.
    """
    results: dict[Path, Extraction] = {}
    to_read: list[Path] = []
    for path, sha in hashes.items():
        cached = cache.get(sha, path) if cache else None
        if cached is not None:
            results[path] = cached
            report.reused += 1
            if options.on_document:
                options.on_document(cached.document)
        else:
            to_read.append(path)
    for found in _extract_files(to_read, options.jobs):
        if isinstance(found, Skipped):
            _skip(report, options, found)
            continue
        found.document = replace(found.document, text="")
        results[found.document.path] = found
        report.extracted += 1
        if cache:
            cache.put(found)
        if options.on_document:
            options.on_document(found.document)
    ordered = [results[path] for path in hashes if path in results]
    report.documents = len(ordered)
    return ordered


def _extract_files(paths: list[Path], jobs: int) -> Iterator[Extraction | Skipped]:
    """Read and extract ``paths`` in order, in this process or in ``jobs`` worker processes."""
    if not paths:
        return
    if jobs <= 1 or len(paths) < 2 * jobs:
        yield from _worker_extract(paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunks = [paths[i : i + 16] for i in range(0, len(paths), 16)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for results in pool.map(_extract_chunk, chunks):
            yield from results


_EXTRACTOR = None  # one per process, built on first use


def _worker_extract(paths: list[Path]) -> Iterator[Extraction | Skipped]:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from extract.extractor import Extractor

        _EXTRACTOR = Extractor()
    skipped: list[Skipped] = []

    def readable() -> Iterator[SourceDocument]:
        for path in paths:
            try:
                yield read_document(path)
            except UnreadableDocument as exc:
                skipped.append(Skipped(path, str(exc)))

    for extraction in _EXTRACTOR.extract_all(readable()):
        yield from skipped
        skipped.clear()
        yield extraction
    yield from skipped


def _extract_chunk(paths: list[Path]) -> list[Extraction | Skipped]:
    """Worker-process entry point: texts are dropped before the records travel back."""
    out = []
    for found in _worker_extract(paths):
        if isinstance(found, Extraction):
            found.document = replace(found.document, text="")
        out.append(found)
    return out


VALIDATION_BATCH = 200  # documents validated together with the reference graph


def _write(
    extractions: list[Extraction], options: BuildOptions, store_dir: Path, report: BuildReport
) -> None:
    """Resolve, then write graph after graph through a spool on disk; validate in batches."""
    from kg.graph import GraphWriter
    from kg.refdata import load_reference
    from kg.resolve import Resolution
    from kg.store import QuadSpool

    reference = load_reference()
    resolution = Resolution(reference, options.base)
    resolution.resolve(extractions)
    writer = GraphWriter(resolution, reference)
    shared = writer.shared_dataset()
    counter = _Counter(resolution.reference_graph)
    spool = QuadSpool(options.out.parent if options.out else store_dir)
    try:
        spool.add(shared)
        counter.add(shared)
        batch = []
        for extraction in extractions:
            graph = writer.document_dataset(extraction)
            spool.add(graph)
            counter.add(graph)
            batch.append(graph)
            if len(batch) == VALIDATION_BATCH:
                _validate(shared, batch, options, report)
                batch = []
        if batch or not extractions:
            _validate(shared, batch, options, report)
        if options.out is not None:
            spool.write_file(options.out)
            report.output = str(options.out)
        else:
            spool.publish_store(store_dir)
            report.output = str(store_dir)
    finally:
        spool.discard()
    counter.report(report)


def _validate(
    shared: Quads, batch: list[Quads], options: BuildOptions, report: BuildReport
) -> None:
    """SHACL on a batch of document graphs together with the reference data they point at."""
    if not options.validate:
        return
    from rdflib import Dataset

    from kg.validate import validate_graph

    data = Dataset()
    for quads in (shared, *batch):
        quads.into(data)
    seen = set(report.violations)
    report.violations.extend(line for line in map(str, validate_graph(data)) if line not in seen)


class _Counter:
    """Entities by class and relations the documents state (reference data not counted)."""

    def __init__(self, reference_graph) -> None:
        from rdflib.namespace import FOAF

        from kg.vocab import ORG, SAM, SCHEMA

        self.reference_graph = reference_graph
        self.classes = {
            ORG.Organization: "Organisation",
            FOAF.Person: "Person",
            SCHEMA.Project: "Project",
            SAM.FundingPool: "FundingPool",
            ORG.OrganizationalCollaboration: "Collaboration",
            SAM.Document: "Document",
        }
        self.relations = {
            SAM.participant,
            SAM.owner,
            SAM.contact,
            SAM.fundedBy,
            SAM.administeredBy,
            ORG.memberOf,
            ORG.subOrganizationOf,
        }
        self.typed: set[tuple] = set()
        self.related: set[tuple] = set()
        self.triples = 0

    def add(self, quads: Quads) -> None:
        from rdflib.namespace import RDF

        for s, p, o, g in quads:
            self.triples += 1
            if g == self.reference_graph:
                continue
            if p == RDF.type and o in self.classes:
                self.typed.add((s, o))
            elif p in self.relations:
                self.related.add((s, p, o))

    def report(self, report: BuildReport) -> None:
        for _, cls in self.typed:
            report.entities[self.classes[cls]] += 1
        report.relations = len(self.related)
        report.triples = self.triples
