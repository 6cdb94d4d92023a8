"""The main job: files in → extraction → resolution → RDF → file or store."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Extraction, SourceDocument
from kg.readers import Skipped, UnreadableDocument, discover, read_document
from kg.vocab import DEFAULT_BASE


@dataclass
class BuildReport:
    """What a build did, for the summary the CLI prints."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)  # class local name → count
    relations: int = 0
    triples: int = 0
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0
    output: str = ""


def read_all(
    inputs: Iterable[Path], report: BuildReport, on_skip: Callable[[Skipped], None] | None = None
) -> Iterator[SourceDocument]:
    """Yield readable documents; each unreadable one is recorded in ``report`` and skipped."""
    for found in discover(inputs):
        if isinstance(found, Skipped):
            skipped = found
        else:
            try:
                yield read_document(found)
                continue
            except UnreadableDocument as exc:
                skipped = Skipped(found, str(exc))
        report.skipped.append(skipped)
        if on_skip:
            on_skip(skipped)


def build(
    inputs: list[Path],
    *,
    out: Path | None = None,
    store_dir: Path | None = None,
    base: str = DEFAULT_BASE,
    validate: bool = True,
    on_document: Callable[[SourceDocument], None] | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
) -> BuildReport:
    """Build the graph of ``inputs``; write it to ``out`` or else to the store in ``store_dir``."""
    from extract.extractor import Extractor
    from kg.graph import GraphWriter
    from kg.refdata import load_reference
    from kg.resolve import Resolution
    from kg.store import DEFAULT_STORE, file_format, write_file, write_store

    started = time.perf_counter()
    if out is not None:
        file_format(out)  # fail on an unknown extension before doing any work
    report = BuildReport()
    documents = read_all(inputs, report, on_skip)
    extractor = Extractor()
    extractions: list[Extraction] = []
    for extraction in extractor.extract_all(documents):
        extractions.append(extraction)
        if on_document:
            on_document(extraction.document)
    report.documents = len(extractions)
    if not extractions:
        raise BuildError("no readable documents in the input")

    reference = load_reference()
    resolution = Resolution(reference, base)
    resolution.resolve(extractions)
    dataset = GraphWriter(resolution, reference).dataset(extractions)
    _count(dataset, resolution.reference_graph, report)
    if validate:
        from kg.validate import validate_graph

        report.violations = [str(v) for v in validate_graph(dataset)]
    if out is not None:
        write_file(dataset, out)
        report.output = str(out)
    else:
        report.output = str(write_store(dataset, store_dir or DEFAULT_STORE))
    report.seconds = time.perf_counter() - started
    return report


class BuildError(Exception):
    """A build that cannot produce a graph; ``str()`` is one line."""


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
