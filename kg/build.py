"""The main job: files in → extraction → resolution → RDF → file or embedded store.

Builds into the store are incremental: each document's extraction is cached under
its content hash, so only new or changed documents are extracted; resolution and
the graph are then redone from all per-document results, and the new store replaces
the old one atomically.  A rebuild whose inputs are unchanged returns at once.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.cache import ExtractionCache, Manifest, file_sha256, pipeline_fingerprint
from kg.model import Extraction, SourceDocument
from kg.readers import Skipped, UnreadableDocument, discover, read_document
from kg.resources import DEFAULT_BASE


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
    triples: int = 0
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0
    output: str = ""


@dataclass
class BuildOptions:
    out: Path | None = None  # write this file; None: the embedded store
    store_dir: Path | None = None
    base: str = DEFAULT_BASE
    validate: bool = True
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


def _has_store(store_dir: Path) -> bool:
    from kg.store import CURRENT

    return (store_dir / CURRENT).exists()


def _extract(
    hashes: dict[Path, str],
    cache: ExtractionCache | None,
    report: BuildReport,
    options: BuildOptions,
) -> list[Extraction]:
    """Cached extractions where the bytes are known, fresh ones for the rest, in input order."""
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
    if to_read:
        from extract.extractor import Extractor

        def readable():
            for path in to_read:
                try:
                    yield read_document(path)
                except UnreadableDocument as exc:
                    _skip(report, options, Skipped(path, str(exc)))

        for extraction in Extractor().extract_all(readable()):
            results[extraction.document.path] = extraction
            report.extracted += 1
            if cache:
                cache.put(extraction)
            if options.on_document:
                options.on_document(extraction.document)
    ordered = [results[path] for path in hashes if path in results]
    report.documents = len(ordered)
    return ordered


def _write(
    extractions: list[Extraction], options: BuildOptions, store_dir: Path, report: BuildReport
) -> None:
    from kg.graph import GraphWriter
    from kg.refdata import load_reference
    from kg.resolve import Resolution
    from kg.store import write_file, write_store

    reference = load_reference()
    resolution = Resolution(reference, options.base)
    resolution.resolve(extractions)
    dataset = GraphWriter(resolution, reference).dataset(extractions)
    _count(dataset, resolution.reference_graph, report)
    if options.validate:
        from kg.validate import validate_graph

        report.violations = [str(v) for v in validate_graph(dataset)]
    if options.out is not None:
        write_file(dataset, options.out)
        report.output = str(options.out)
    else:
        write_store(dataset, store_dir)
        report.output = str(store_dir)


def _count(dataset, reference_graph, report: BuildReport) -> None:
    """Entities by class and relations stated by the documents (reference data not counted)."""
    from rdflib.namespace import FOAF, RDF

    from kg.vocab import ORG, SAM, SCHEMA

    classes = {
        ORG.Organization: "Organisation",
        FOAF.Person: "Person",
        SCHEMA.Project: "Project",
        SAM.FundingPool: "FundingPool",
        ORG.OrganizationalCollaboration: "Collaboration",
        SAM.Document: "Document",
    }
    relations = {
        SAM.participant,
        SAM.owner,
        SAM.contact,
        SAM.fundedBy,
        SAM.administeredBy,
        ORG.memberOf,
        ORG.subOrganizationOf,
    }
    extracted: set[tuple] = set()
    everything: set[tuple] = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        everything.add((s, p, o))
        if getattr(g, "identifier", g) != reference_graph:
            extracted.add((s, p, o))
    for _, p, o in extracted:
        if p == RDF.type and o in classes:
            report.entities[classes[o]] += 1
        elif p in relations:
            report.relations += 1
    report.triples = len(everything)
