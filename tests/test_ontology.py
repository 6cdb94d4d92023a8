"""The ontology defines, labels and documents every term CONTRACT §3 names, and the
SHACL shapes agree with it (they spell out class lists so they need no inference)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from tests.conftest import CONTRACT_ORG_TYPES, CONTRACT_SECTORS

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "samspil.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

SAM = Namespace("https://w3id.org/samspil/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
ONTOLOGY_IRI = URIRef("https://w3id.org/samspil/ontology")

# CONTRACT §3, organisation row: class -> §4 gold type name.
ORG_CLASSES = {
    "Municipality": "Municipality",
    "Region": "Region",
    "Hospital": "Hospital",
    "NationalAuthority": "NationalAuthority",
    "MunicipalUnit": "MunicipalUnit",
    "RegionalUnit": "RegionalUnit",
    "Association": "Association",
    "EducationInstitution": "Education",
    "Company": "Company",
    "PoliticalBody": "Political",
    "Organisation": "Other",
}
GOLD_TYPES = list(CONTRACT_ORG_TYPES)
SECTORS = list(CONTRACT_SECTORS)
DEFAULT_SECTORS = {
    "Municipality": "MunicipalSector",
    "MunicipalUnit": "MunicipalSector",
    "Region": "RegionalSector",
    "RegionalUnit": "RegionalSector",
    "Hospital": "RegionalSector",
    "NationalAuthority": "StateSector",
    "Association": "CivilSociety",
    "EducationInstitution": "EducationSector",
    "Company": "PrivateSector",
    "PoliticalBody": None,
    "Organisation": None,
}
OTHER_CLASSES = ["FundingPool", "Document", "RelationEvidence"]
OBJECT_PROPERTIES = [
    "sector",
    "region",
    "participant",
    "owner",
    "contact",
    "administeredBy",
    "fundedBy",
    "amount",
]
DATATYPE_PROPERTIES = ["sha256", "extractedBy", "confidence", "sentence", "resolvedBy"]
ANNOTATION_PROPERTIES = ["goldType", "defaultSector"]
CONTRACT_TERMS = [
    *ORG_CLASSES,
    *OTHER_CLASSES,
    "SectorScheme",
    *SECTORS,
    *OBJECT_PROPERTIES,
    *DATATYPE_PROPERTIES,
    *ANNOTATION_PROPERTIES,
]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def sam_subjects(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(str(SAM))}


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for p in (OWL.versionInfo, URIRef("http://purl.org/dc/terms/license")):
        assert onto.value(ONTOLOGY_IRI, p) is not None
    for p in ("title", "description"):
        langs = {
            o.language for o in onto.objects(ONTOLOGY_IRI, URIRef(f"http://purl.org/dc/terms/{p}"))
        }
        assert {"da", "en"} <= langs


@pytest.mark.parametrize("name", CONTRACT_TERMS)
def test_contract_term_defined(onto: Graph, name: str) -> None:
    term = SAM[name]
    assert onto.value(term, RDF.type) is not None, f"sam:{name} has no rdf:type"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto


def test_no_sam_terms_beyond_the_list(onto: Graph) -> None:
    assert sam_subjects(onto) == {SAM[n] for n in CONTRACT_TERMS}


def test_every_used_sam_term_is_defined(onto: Graph, shapes: Graph) -> None:
    defined = sam_subjects(onto)
    for g in (onto, shapes):
        used = {
            t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(SAM))
        }
        assert used <= defined, f"undefined sam: terms used: {sorted(used - defined)}"


def test_term_kinds(onto: Graph) -> None:
    for n in [*ORG_CLASSES, *OTHER_CLASSES]:
        assert (SAM[n], RDF.type, OWL.Class) in onto
    for n in OBJECT_PROPERTIES:
        assert (SAM[n], RDF.type, OWL.ObjectProperty) in onto
    for n in DATATYPE_PROPERTIES:
        assert (SAM[n], RDF.type, OWL.DatatypeProperty) in onto
    for n in ANNOTATION_PROPERTIES:
        assert (SAM[n], RDF.type, OWL.AnnotationProperty) in onto


@pytest.mark.parametrize("name", list(ORG_CLASSES))
def test_org_class(onto: Graph, name: str) -> None:
    cls = SAM[name]
    assert (cls, RDFS.subClassOf, ORG.Organization) in onto
    assert list(onto.objects(cls, SAM.goldType)) == [Literal(ORG_CLASSES[name])]
    default = DEFAULT_SECTORS[name]
    assert onto.value(cls, SAM.defaultSector) == (SAM[default] if default else None)


def test_gold_types_each_exactly_once(onto: Graph) -> None:
    gold = sorted(str(o) for o in onto.objects(None, SAM.goldType))
    assert gold == sorted(GOLD_TYPES)


def test_other_class_parents(onto: Graph) -> None:
    parents = lambda c: set(onto.objects(SAM[c], RDFS.subClassOf))  # noqa: E731
    assert parents("FundingPool") == {URIRef("https://schema.org/FundingScheme")}
    assert parents("Document") == {
        URIRef("http://xmlns.com/foaf/0.1/Document"),
        URIRef("http://www.w3.org/ns/prov#Entity"),
    }
    assert parents("RelationEvidence") == {
        RDF.Statement,
        URIRef("http://www.w3.org/ns/prov#Entity"),
    }


def test_every_sam_term_labelled_and_commented_in_danish_and_english(onto: Graph) -> None:
    for term in sam_subjects(onto):
        for prop in (RDFS.label, RDFS.comment):
            langs = sorted(o.language for o in onto.objects(term, prop))
            assert langs == ["da", "en"], f"{term} {prop}: {langs}"
            assert all(str(o).strip() for o in onto.objects(term, prop))


@pytest.mark.parametrize("name", OBJECT_PROPERTIES)
def test_object_property_has_domain_and_range(onto: Graph, name: str) -> None:
    assert onto.value(SAM[name], RDFS.domain) is not None
    assert onto.value(SAM[name], RDFS.range) is not None


def test_union_domains(onto: Graph) -> None:
    def union(prop: URIRef) -> set:
        domain = onto.value(prop, RDFS.domain)
        return set(Collection(onto, onto.value(domain, OWL.unionOf)))

    schema_project = URIRef("https://schema.org/Project")
    assert union(SAM.participant) == {schema_project, ORG.OrganizationalCollaboration}
    assert union(SAM.amount) == {schema_project, SAM.FundingPool}


def test_sector_scheme(onto: Graph) -> None:
    assert (SAM.SectorScheme, RDF.type, SKOS.ConceptScheme) in onto
    concepts = set(onto.subjects(SKOS.inScheme, SAM.SectorScheme))
    assert concepts == {SAM[s] for s in SECTORS}
    assert set(onto.objects(SAM.SectorScheme, SKOS.hasTopConcept)) == concepts
    for c in concepts:
        assert (c, RDF.type, SKOS.Concept) in onto
        assert sorted(o.language for o in onto.objects(c, SKOS.prefLabel)) == ["da", "en"]
        assert sorted(o.language for o in onto.objects(c, SKOS.definition)) == ["da", "en"]


def test_reused_terms_not_redefined(onto: Graph) -> None:
    """Reused terms are declared and explained, but their domains/ranges are left alone."""
    for s in onto.subjects(SKOS.scopeNote, None):
        assert not str(s).startswith(str(SAM))
        assert onto.value(s, RDFS.domain) is None and onto.value(s, RDFS.range) is None


def _in_list(shapes: Graph, owner) -> set:
    return set(Collection(shapes, shapes.value(owner, SH["in"])))


def test_shapes_class_list_matches_ontology(onto: Graph, shapes: Graph) -> None:
    org_classes = set(onto.subjects(SAM.goldType, None))
    qualified = set(shapes.objects(None, SH.qualifiedValueShape))
    lists = [_in_list(shapes, q) for q in qualified if shapes.value(q, SH["in"]) is not None]
    assert lists == [org_classes]
    materialised = URIRef("https://w3id.org/samspil/shapes#MaterialisedOrganisationShape")
    assert set(shapes.objects(materialised, SH.targetClass)) == org_classes


def test_shapes_sector_list_matches_scheme(onto: Graph, shapes: Graph) -> None:
    sector_shapes = [
        ps for ps in shapes.subjects(SH.path, SAM.sector) if shapes.value(ps, SH["in"])
    ]
    assert len(sector_shapes) == 1
    assert _in_list(shapes, sector_shapes[0]) == set(onto.subjects(SKOS.inScheme, SAM.SectorScheme))


def test_every_constraint_has_an_english_message(shapes: Graph) -> None:
    constrained = set(shapes.objects(None, SH.property)) | set(shapes.objects(None, SH.sparql))
    assert constrained
    for node in constrained:
        assert shapes.value(node, SH.message) is not None, node
