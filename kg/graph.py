"""The graph stage: resolved extractions → RDF per CONTRACT §3.

What one document yields goes into the named graph whose name is the document's IRI;
the reference data goes into its own named graph.  Entity IRIs come from
``kg.resolve.Resolution`` so that the same entity gets the same IRI everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, SKOS, XSD

from kg.model import Evidence, Extraction, Mention, Money, OrgKind, Sector
from kg.quads import NamedGraph, Quads
from kg.refdata import ReferenceData, ReferenceOrg
from kg.resolve import Resolution, guess_sector, merge_reason
from kg.vocab import (
    OA,
    ONTOLOGY_IRI,
    ORG,
    SAM,
    SCHEMA,
    bind_prefixes,
    default_sector,
    ontology,
    org_class,
    sector_iri,
)

DA = "da"


def _label(text: str) -> Literal:
    return Literal(text, lang=DA)


class GraphWriter:
    """Writes triples for one resolution; one instance per build."""

    def __init__(self, resolution: Resolution, reference: ReferenceData) -> None:
        self.resolution = resolution
        self.reference = reference

    # ------------------------------------------------------------------ datasets
    def dataset(self, extractions: Iterable[Extraction]) -> Dataset:
        """Everything in one rdflib dataset (small builds and tests); builds stream instead."""
        dataset = self.shared_dataset().into(bind_prefixes(Dataset()))
        for extraction in extractions:
            self.document_dataset(extraction).into(dataset)
        return dataset

    def shared_dataset(self) -> Quads:
        """The graphs every build carries: the ontology and the reference data."""
        quads = Quads()
        # The ontology travels with the data so that queries can show class and sector labels.
        quads.graph(URIRef(ONTOLOGY_IRI)).__iadd__(ontology())
        self.write_reference(quads.graph(self.resolution.reference_graph))
        return quads

    def document_dataset(self, extraction: Extraction) -> Quads:
        """One document's named graph, alone."""
        quads = Quads()
        iri = self.resolution.document_iri(extraction.document)
        self.write_document(quads.graph(iri), extraction)
        return quads

    # ---------------------------------------------------------------- reference
    def write_reference(self, graph: NamedGraph) -> None:
        for ref in self.reference:
            self._reference_org(graph, ref)

    def _reference_org(self, graph: NamedGraph, ref: ReferenceOrg) -> None:
        iri = self.resolution.reference_iri(ref.id)
        sector = ref.sector or default_sector(ref.kind) or guess_sector(ref.name, ref.kind)
        self._org_core(graph, iri, ref.kind, ref.name, sector)
        for alt in (*ref.aliases, *ref.abbreviations, *ref.former_names):
            graph.add((iri, SKOS.altLabel, _label(alt)))
        if ref.code:
            graph.add((iri, DCTERMS.identifier, Literal(ref.code)))
        if ref.region:
            region = self.resolution.reference_iri(ref.region)
            graph.add((iri, SAM.region, region))
            if ref.kind in (OrgKind.HOSPITAL, OrgKind.REGIONAL_UNIT) and not ref.parent:
                graph.add((iri, ORG.subOrganizationOf, region))
        if ref.parent:
            graph.add((iri, ORG.subOrganizationOf, self.resolution.reference_iri(ref.parent)))
        if ref.successor:
            graph.add((iri, DCTERMS.isReplacedBy, self.resolution.reference_iri(ref.successor)))

    @staticmethod
    def _org_core(graph: NamedGraph, iri: URIRef, kind: OrgKind, name: str, sector: Sector) -> None:
        graph.add((iri, RDF.type, ORG.Organization))
        graph.add((iri, RDF.type, org_class(kind)))
        graph.add((iri, SKOS.prefLabel, _label(name)))
        graph.add((iri, SAM.sector, sector_iri(sector)))

    # ----------------------------------------------------------------- document
    def write_document(self, graph: NamedGraph, extraction: Extraction) -> None:
        document = extraction.document
        doc = self.resolution.document_iri(document)
        graph.add((doc, RDF.type, SAM.Document))
        graph.add((doc, RDF.type, FOAF.Document))
        graph.add((doc, RDF.type, PROV.Entity))
        graph.add((doc, DCTERMS.title, Literal(document.title)))
        graph.add((doc, DCTERMS.source, Literal(document.name)))
        graph.add((doc, SAM.sha256, Literal(document.sha256)))
        r = self.resolution.for_document(extraction)

        for org in extraction.organisations:
            iri = r.org(org.key)
            if not self.resolution.is_reference(iri):
                kind = self.resolution.kinds[iri]
                self._org_core(graph, iri, kind, r.name(iri), self.resolution.sector_of(iri))
            self._alt_labels(graph, iri, org.aliases | {org.name}, r.name(iri))
            graph.add((iri, PROV.wasDerivedFrom, doc))
            ref = self.resolution.reference_of(iri)
            if org.parent:
                self._relation(
                    graph, doc, iri, ORG.subOrganizationOf, r.org(org.parent), org.parent_evidence
                )
            self._mentions(graph, doc, iri, org.mentions, r.name(iri), ref, r.notes.get(org.key))

        for person in extraction.people:
            iri = r.person(person.key)
            graph.add((iri, RDF.type, FOAF.Person))
            graph.add((iri, FOAF.name, Literal(r.name(iri))))
            if person.job_title:
                graph.add((iri, SCHEMA.jobTitle, Literal(person.job_title, lang=DA)))
            if person.organisation:
                self._relation(
                    graph, doc, iri, ORG.memberOf, r.org(person.organisation), person.evidence
                )
            graph.add((iri, PROV.wasDerivedFrom, doc))
            self._mentions(graph, doc, iri, person.mentions, r.name(iri))

        for pool in extraction.funding_pools:
            iri = r.pool(pool.key)
            graph.add((iri, RDF.type, SAM.FundingPool))
            graph.add((iri, RDF.type, SCHEMA.FundingScheme))
            graph.add((iri, SKOS.prefLabel, _label(r.name(iri))))
            self._alt_labels(graph, iri, pool.aliases | {pool.name}, r.name(iri))
            if pool.administered_by:
                self._relation(
                    graph, doc, iri, SAM.administeredBy, r.org(pool.administered_by), pool.evidence
                )
            if pool.amount:
                self._money(graph, doc, iri, pool.amount)
            graph.add((iri, PROV.wasDerivedFrom, doc))
            self._mentions(graph, doc, iri, pool.mentions, r.name(iri))

        for project in extraction.projects:
            iri = r.project(project.key)
            graph.add((iri, RDF.type, SCHEMA.Project))
            graph.add((iri, SKOS.prefLabel, _label(r.name(iri))))
            self._alt_labels(graph, iri, project.aliases | {project.title}, r.name(iri))
            participants = dict.fromkeys([project.owner] if project.owner else []) | dict.fromkeys(
                project.participants
            )
            for key in participants:
                self._relation(graph, doc, iri, SAM.participant, r.org(key), project.evidence)
            if project.owner:
                graph.add((iri, SAM.owner, r.org(project.owner)))
            for key in project.contacts:
                graph.add((iri, SAM.contact, r.person(key)))
            if project.funding_pool:
                self._relation(
                    graph, doc, iri, SAM.fundedBy, r.pool(project.funding_pool), project.evidence
                )
            if project.amount:
                self._money(graph, doc, iri, project.amount)
            if project.start:
                graph.add((iri, SCHEMA.startDate, Literal(project.start, datatype=XSD.date)))
            if project.end:
                graph.add((iri, SCHEMA.endDate, Literal(project.end, datatype=XSD.date)))
            graph.add((iri, PROV.wasDerivedFrom, doc))
            self._mentions(graph, doc, iri, project.mentions, r.name(iri))

        for collaboration in extraction.collaborations:
            iri = r.collaboration(collaboration.key)
            graph.add((iri, RDF.type, ORG.OrganizationalCollaboration))
            graph.add((iri, SKOS.prefLabel, _label(collaboration.label)))
            for key in dict.fromkeys(collaboration.participants):
                self._relation(graph, doc, iri, SAM.participant, r.org(key), collaboration.evidence)
            graph.add((iri, PROV.wasDerivedFrom, doc))

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _alt_labels(graph: NamedGraph, iri: URIRef, names: set[str], preferred: str) -> None:
        """Every surface form but the canonical name as ``skos:altLabel`` (CONTRACT §3)."""
        for name in sorted(names - {preferred}):
            graph.add((iri, SKOS.altLabel, _label(name)))

    def _relation(
        self,
        graph: NamedGraph,
        doc: URIRef,
        subject: URIRef,
        predicate: URIRef,
        obj: URIRef,
        evidence: Evidence | None,
    ) -> None:
        """State a relation and, when its sentence is known, a ``sam:RelationEvidence`` for it."""
        graph.add((subject, predicate, obj))
        if evidence is None:
            return
        node = self.resolution.evidence_iri(doc, subject, predicate, obj)
        graph.add((node, RDF.type, SAM.RelationEvidence))
        graph.add((node, RDF.subject, subject))
        graph.add((node, RDF.predicate, predicate))
        graph.add((node, RDF.object, obj))
        graph.add((node, SAM.sentence, _label(evidence.sentence)))
        graph.add((node, PROV.wasDerivedFrom, doc))
        graph.add(
            (
                node,
                OA.hasTarget,
                self._target(graph, node, doc, evidence.start, evidence.end, evidence.sentence),
            )
        )

    def _mentions(
        self,
        graph: NamedGraph,
        doc: URIRef,
        entity: URIRef,
        mentions: Iterable[Mention],
        name: str | None = None,
        ref: ReferenceOrg | None = None,
        note: str | None = None,
    ) -> None:
        """One ``oa:Annotation`` per mention; with ``name``, also why it was tied to the entity."""
        for mention in mentions:
            node = self.resolution.mention_iri(doc, entity, mention)
            graph.add((node, RDF.type, OA.Annotation))
            graph.add((node, OA.hasBody, entity))
            graph.add((node, SAM.extractedBy, Literal(mention.extracted_by)))
            graph.add((node, SAM.confidence, Literal(Decimal(str(round(mention.confidence, 3))))))
            target = self._target(graph, node, doc, mention.start, mention.end, mention.exact)
            graph.add((node, OA.hasTarget, target))
            if name is not None:
                reason = merge_reason(mention.exact, name, ref, note)
                graph.add((node, SAM.resolvedBy, Literal(reason)))

    @staticmethod
    def _target(
        graph: NamedGraph, node: URIRef, doc: URIRef, start: int, end: int, exact: str
    ) -> URIRef:
        target = URIRef(f"{node}/target")
        position = URIRef(f"{node}/position")
        quote = URIRef(f"{node}/quote")
        graph.add((target, OA.hasSource, doc))
        graph.add((target, OA.hasSelector, position))
        graph.add((target, OA.hasSelector, quote))
        graph.add((position, RDF.type, OA.TextPositionSelector))
        graph.add((position, OA.start, Literal(start)))
        graph.add((position, OA.end, Literal(end)))
        graph.add((quote, RDF.type, OA.TextQuoteSelector))
        graph.add((quote, OA.exact, Literal(exact)))
        return target

    def _money(self, graph: NamedGraph, doc: URIRef, owner: URIRef, money: Money) -> None:
        node = URIRef(f"{owner}/amount/{self.resolution.local_name(doc)}")
        graph.add((owner, SAM.amount, node))
        graph.add((node, RDF.type, SCHEMA.MonetaryAmount))
        graph.add((node, SCHEMA.value, Literal(money.value, datatype=XSD.decimal)))
        graph.add((node, SCHEMA.currency, Literal("DKK")))
        graph.add((node, PROV.wasDerivedFrom, doc))
        self._mentions(graph, doc, node, [money.mention])
