"""kg.validate: a valid hand-written graph passes; each kind of breakage yields exactly
the one readable violation line a user would need to fix it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.validate import SHAPES_PATH, Violation, validate_file, validate_graph

ID = "https://w3id.org/samspil/id/"

PREFIXES = """\
@base <https://w3id.org/samspil/id/> .
@prefix sam: <https://w3id.org/samspil/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
"""

REFERENCE = """\
<org/region-midtjylland> a org:Organization, sam:Region ;
    skos:prefLabel "Region Midtjylland"@da ;
    sam:sector sam:RegionalSector .

<org/horsens-kommune> a org:Organization, sam:Municipality ;
    skos:prefLabel "Horsens Kommune"@da ;
    skos:altLabel "Horsens"@da ;
    sam:sector sam:MunicipalSector ;
    dcterms:identifier "615" ;
    sam:region <org/region-midtjylland> .
"""

DOCUMENT = """\
<org/aarhus-universitet> a org:Organization, sam:EducationInstitution ;
    skos:prefLabel "Aarhus Universitet"@da ;
    sam:sector sam:EducationSector ;
    prov:wasDerivedFrom <doc/biofeedback> .

<org/sundhedsstyrelsen> a org:Organization, sam:NationalAuthority ;
    skos:prefLabel "Sundhedsstyrelsen"@da ;
    sam:sector sam:StateSector .

<person/jesper-ingberg> a foaf:Person ;
    foaf:name "Jesper Ingberg" ;
    schema:jobTitle "IKT konsulent" ;
    org:memberOf <org/horsens-kommune> .

<project/biofeedback> a schema:Project ;
    skos:prefLabel "Biofeedback"@da ;
    sam:participant <org/horsens-kommune>, <org/aarhus-universitet> ;
    sam:owner <org/horsens-kommune> ;
    sam:contact <person/jesper-ingberg> ;
    schema:startDate "2021-01-01"^^xsd:date ;
    sam:fundedBy <pool/velfaerdsteknologi> ;
    sam:amount <amount/biofeedback> ;
    prov:wasDerivedFrom <doc/biofeedback> .

<amount/biofeedback> a schema:MonetaryAmount ;
    schema:value "780000"^^xsd:decimal ;
    schema:currency "DKK" .

<pool/velfaerdsteknologi> a sam:FundingPool ;
    skos:prefLabel "Puljen til velfærdsteknologi"@da ;
    sam:administeredBy <org/sundhedsstyrelsen> ;
    sam:amount [ a schema:MonetaryAmount ; schema:value 72100000.0 ; schema:currency "DKK" ] .

<collaboration/horsens-au> a org:OrganizationalCollaboration ;
    sam:participant <org/horsens-kommune>, <org/aarhus-universitet> ;
    prov:wasDerivedFrom <doc/biofeedback> .

<doc/biofeedback> a sam:Document ;
    dcterms:title "Biofeedback i Horsens" ;
    dcterms:source "biofeedback.txt" ;
    sam:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .

<mention/m1> a oa:Annotation ;
    oa:hasBody <org/horsens-kommune> ;
    sam:extractedBy "gazetteer" ;
    sam:confidence 0.95 ;
    oa:hasTarget [
        a oa:SpecificResource ;
        oa:hasSource <doc/biofeedback> ;
        oa:hasSelector
            [ a oa:TextPositionSelector ;
              oa:start 10 ; oa:end 25 ] ,
            [ a oa:TextQuoteSelector ; oa:exact "Horsens Kommune" ]
    ] .

<evidence/e1> a sam:RelationEvidence ;
    rdf:subject <project/biofeedback> ;
    rdf:predicate sam:participant ;
    rdf:object <org/aarhus-universitet> ;
    sam:sentence "Horsens Kommune samarbejder med Aarhus Universitet."@da ;
    prov:wasDerivedFrom <doc/biofeedback> .
"""

VALID = PREFIXES + REFERENCE + DOCUMENT


def violations(turtle: str) -> list[str]:
    return [str(v) for v in validate_graph(Graph().parse(data=turtle, format="turtle"))]


def broken(old: str, new: str) -> str:
    assert VALID.count(old) == 1, f"variant anchor not unique: {old!r}"
    return VALID.replace(old, new)


def test_valid_graph_has_no_violations() -> None:
    assert violations(VALID) == []


BROKEN = {
    "two preflabels": (
        '"Horsens Kommune"@da ;',
        '"Horsens Kommune"@da, "Horsens Kommunes"@da ;',
        f"Violation: <{ID}org/horsens-kommune> skos:prefLabel: "
        "Every organisation needs exactly one Danish skos:prefLabel (found 2)",
    ),
    "english preflabel": (
        '"Sundhedsstyrelsen"@da',
        '"Danish Health Authority"@en',
        f"Violation: <{ID}org/sundhedsstyrelsen> skos:prefLabel: An organisation's "
        "skos:prefLabel must be a non-empty Danish (@da) literal "
        '(value "Danish Health Authority"@en)',
    ),
    "missing sector": (
        "    sam:sector sam:StateSector .",
        "    .",
        f"Violation: <{ID}org/sundhedsstyrelsen> sam:sector: "
        "Every organisation needs exactly one sam:sector (found 0)",
    ),
    "sector outside scheme": (
        "sam:sector sam:StateSector",
        "sam:sector sam:Region",
        f"Violation: <{ID}org/sundhedsstyrelsen> sam:sector: "
        "sam:sector must be one of the six concepts of sam:SectorScheme (value sam:Region)",
    ),
    "no specific class": (
        "a org:Organization, sam:NationalAuthority ;",
        "a org:Organization ;",
        f"Violation: <{ID}org/sundhedsstyrelsen> rdf:type: Every organisation needs its most "
        "specific class besides org:Organization (sam:Municipality, sam:Hospital, … or "
        "sam:Organisation when unknown)",
    ),
    "specific class only": (
        "a org:Organization, sam:Region ;",
        "a sam:Region ;",
        f"Violation: <{ID}org/region-midtjylland> rdf:type: A node of a Samspil organisation "
        "class must also be stated rdf:type org:Organization (graphs are materialised)",
    ),
    "municipality without region": (
        "    sam:region <org/region-midtjylland> .",
        "    .",
        f"Violation: <{ID}org/horsens-kommune>: "
        "Every Danish municipality (one with a kommunekode) needs exactly one sam:region",
    ),
    "amount as integer": (
        '"780000"^^xsd:decimal',
        "780000",
        f"Violation: <{ID}amount/biofeedback> schema:value: "
        'schema:value must be an xsd:decimal amount in kroner (value "780000"^^xsd:integer)',
    ),
    "negative amount": (
        '"780000"^^xsd:decimal',
        '"-5"^^xsd:decimal',
        f"Violation: <{ID}amount/biofeedback> schema:value: "
        'schema:value must not be negative (value "-5"^^xsd:decimal)',
    ),
    "currency EUR": (
        'schema:value 72100000.0 ; schema:currency "DKK"',
        'schema:value 72100000.0 ; schema:currency "EUR"',
        # the pool's amount is a blank node: shown as the path from the pool
        f"Violation: <{ID}pool/velfaerdsteknologi> sam:amount/schema:currency: "
        'schema:currency must be "DKK" (value "EUR")',
    ),
    "owner not participant": (
        "sam:owner <org/horsens-kommune>",
        "sam:owner <org/sundhedsstyrelsen>",
        f"Violation: <{ID}project/biofeedback> sam:owner: A project's sam:owner must also be "
        f"one of its sam:participant values (value <{ID}org/sundhedsstyrelsen>)",
    ),
    "project without document": (
        "    sam:amount <amount/biofeedback> ;\n    prov:wasDerivedFrom <doc/biofeedback> .",
        "    sam:amount <amount/biofeedback> .",
        f"Violation: <{ID}project/biofeedback> prov:wasDerivedFrom: Every project needs "
        "prov:wasDerivedFrom to the document(s) it was read from (found 0)",
    ),
    "start date as string": (
        '"2021-01-01"^^xsd:date',
        '"2021-01-01"',
        f"Violation: <{ID}project/biofeedback> schema:startDate: "
        'schema:startDate must be an xsd:date (value "2021-01-01")',
    ),
    "collaboration with one party": (
        "sam:participant <org/horsens-kommune>, <org/aarhus-universitet> ;\n    prov:",
        "sam:participant <org/horsens-kommune> ;\n    prov:",
        f"Violation: <{ID}collaboration/horsens-au> sam:participant: "
        "Every collaboration needs at least two sam:participant organisations (found 1)",
    ),
    "annotation end before start": (
        "oa:end 25",
        "oa:end 5",
        f"Violation: <{ID}mention/m1> oa:hasTarget/oa:hasSelector/oa:start: "
        "oa:end must be greater than oa:start (oa:start 10, oa:end 5)",
    ),
    "annotation empty span": (
        "oa:end 25",
        "oa:end 10",
        f"Violation: <{ID}mention/m1> oa:hasTarget/oa:hasSelector/oa:start: "
        "oa:end must be greater than oa:start (oa:start 10, oa:end 10)",
    ),
    "confidence above 1": (
        "sam:confidence 0.95",
        "sam:confidence 1.5",
        f"Violation: <{ID}mention/m1> sam:confidence: "
        'sam:confidence must be an xsd:decimal between 0 and 1 (value "1.5"^^xsd:decimal)',
    ),
    "missing quote selector": (
        ' ,\n            [ a oa:TextQuoteSelector ; oa:exact "Horsens Kommune" ]',
        "",
        f"Violation: <{ID}mention/m1> oa:hasTarget/oa:hasSelector: "
        "A mention's target needs exactly one oa:TextQuoteSelector",
    ),
    "sha256 not hex": (
        '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
        '"not-a-digest"',
        f"Violation: <{ID}doc/biofeedback> sam:sha256: "
        'sam:sha256 must be 64 lowercase hexadecimal characters (value "not-a-digest")',
    ),
    "evidence without sentence": (
        '    sam:sentence "Horsens Kommune samarbejder med Aarhus Universitet."@da ;\n',
        "",
        f"Violation: <{ID}evidence/e1> sam:sentence: "
        "A sam:RelationEvidence needs at least one sam:sentence (found 0)",
    ),
}


@pytest.mark.parametrize(("old", "new", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_variant_gives_exactly_one_violation(old: str, new: str, expected: str) -> None:
    assert violations(broken(old, new)) == [expected]


def test_violation_is_frozen_and_carries_raw_terms() -> None:
    digest = '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"'
    graph = Graph().parse(data=broken(digest, '"x"'), format="turtle")
    (v,) = validate_graph(graph)
    assert isinstance(v, Violation)
    assert v.focus_node == URIRef(f"{ID}doc/biofeedback")
    assert v.path == URIRef("https://w3id.org/samspil/ontology#sha256")
    assert v.severity == "Violation"
    assert v.shape == URIRef("https://w3id.org/samspil/shapes#DocumentShape")
    assert "\n" not in str(v)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.message = "changed"  # type: ignore[misc]


def test_dataset_is_validated_as_the_union_of_its_named_graphs() -> None:
    """The project (document graph) needs the municipality (reference graph) to be an
    org:Organization: validated graph by graph it would fail, as a union it passes."""
    trig = f"{PREFIXES}<graph/reference> {{\n{REFERENCE}}}\n<doc/biofeedback> {{\n{DOCUMENT}}}\n"
    ds = Dataset().parse(data=trig, format="trig")
    assert len(list(ds.graphs())) >= 2
    assert validate_graph(ds) == []
    broken_trig = trig.replace('"Horsens Kommune"@da ;', '"Horsens Kommune"@da, "Horsens"@da ;')
    assert [str(v) for v in validate_graph(Dataset().parse(data=broken_trig, format="trig"))] == [
        f"Violation: <{ID}org/horsens-kommune> skos:prefLabel: "
        "Every organisation needs exactly one Danish skos:prefLabel (found 2)"
    ]


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "trig"])
def test_validate_file_reads_every_output_format(tmp_path: Path, fmt: str) -> None:
    suffix = {"turtle": ".ttl", "nt": ".nt", "json-ld": ".jsonld", "trig": ".trig"}[fmt]
    graph = Graph().parse(data=VALID, format="turtle")
    path = tmp_path / f"graph{suffix}"
    if fmt == "trig":
        ds = Dataset()
        named = ds.graph(URIRef(f"{ID}doc/biofeedback"))
        for triple in graph:
            named.add(triple)
        ds.serialize(path, format="trig")
    else:
        graph.serialize(path, format=fmt)
    assert validate_file(path) == []


def test_validate_file_reports_violations(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(broken('"780000"^^xsd:decimal', "780000"), encoding="utf-8")
    assert [v.path for v in validate_file(path)] == [URIRef("https://schema.org/value")]


def test_invalid_turtle_raises_one_line_value_error_with_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(PREFIXES + '<org/x> skos:prefLabel "unterminated ;\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^cannot parse .*broken\.ttl: line 12: ") as info:
        validate_file(path)
    assert "\n" not in str(info.value)


def test_invalid_ntriples_reports_a_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.nt"
    path.write_text("<http://x/a> <http://x/b> <http://x/c> .\n<http://x/a> <http://x/b> .\n")
    with pytest.raises(ValueError, match=r"^cannot parse .*broken\.nt: line 2: "):
        validate_file(path)


def test_unknown_extension_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.xyz"
    path.write_text("")
    with pytest.raises(ValueError, match="cannot parse"):
        validate_file(path)


def test_shapes_path_points_into_the_ontology_folder() -> None:
    assert SHAPES_PATH.name == "shapes.ttl" and SHAPES_PATH.parent.name == "ontology"
    assert SHAPES_PATH.is_file()
