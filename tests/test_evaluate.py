"""The scorer on a tiny hand-made gold file and Turtle graph."""

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate, format_table, name_key, titles_match, to_json

TTL = """
@prefix sam: <https://w3id.org/samspil/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://example.org/> .

:doc a sam:Document ; dcterms:source "a.txt" .
:vejle a org:Organization ; skos:prefLabel "Vejle Kommune"@da ;
    skos:altLabel "Vejle Kommunes"@da ; prov:wasDerivedFrom :doc .
:sst a org:Organization ; skos:prefLabel "Sundheds-styrelsen"@da ; prov:wasDerivedFrom :doc .
:noise a org:Organization ; skos:prefLabel "Sundhedsområdet"@da ; prov:wasDerivedFrom :doc .
:p1 a foaf:Person ; foaf:name "Karen M. Holm" ; prov:wasDerivedFrom :doc .
:p2 a foaf:Person ; foaf:name "Ib Berg" ; prov:wasDerivedFrom :doc .
:j1 a schema:Project ; skos:prefLabel "Trygge skridt for ældre"@da ; prov:wasDerivedFrom :doc ;
    sam:participant :vejle, :sst ; sam:amount :m1 .
:m1 schema:value "450000"^^xsd:decimal ; prov:wasDerivedFrom :doc .
"""

GOLD = {
    "document": "a.txt",
    "organisations": [
        {"name": "Vejle Kommune", "type": "Municipality", "aliases": ["Vejle"]},
        {"name": "Sundhedsstyrelsen", "type": "NationalAuthority", "aliases": []},
        {"name": "Region Syddanmark", "type": "Region", "aliases": []},
    ],
    "people": [{"name": "Karen Holm", "title": None, "organisation": None}],
    "projects": [
        {
            "title": "Trygge skridt for ældre borgere",
            "owner": "Vejle Kommune",
            "partners": ["Sundhedsstyrelsen", "Region Syddanmark"],
            "amount_dkk": 450000,
        }
    ],
    "collaborations": [],
}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "a.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    graph = tmp_path / "g.ttl"
    graph.write_text(TTL, encoding="utf-8")
    return gold, graph


def test_scores_per_category(files: tuple[Path, Path]) -> None:
    report = evaluate(*files)
    scores = report.documents[0].scores
    orgs = scores["organisations"]
    assert (orgs.gold, orgs.found, orgs.gold_matched, orgs.found_correct) == (3, 3, 2, 2)
    people = scores["people"]
    assert (people.precision, people.recall) == (0.5, 1.0)
    assert scores["projects"].f1 == 1.0
    assert scores["amounts"].recall == 1.0 and scores["amounts"].precision is None
    pairs = scores["pairs"]
    assert (pairs.gold, pairs.found, pairs.gold_matched, pairs.found_correct) == (3, 1, 1, 1)


def test_missing_document_scores_zero(tmp_path: Path, files: tuple[Path, Path]) -> None:
    gold = tmp_path / "b.json"
    gold.write_text(json.dumps(GOLD | {"document": "b.txt"}), encoding="utf-8")
    report = evaluate(gold, files[1])
    assert not report.documents[0].in_graph
    assert report.total["organisations"].recall == 0.0


def test_outputs(files: tuple[Path, Path]) -> None:
    report = evaluate(*files)
    assert "TOTAL (micro)" in format_table(report)
    assert json.loads(to_json(report))["total"]["projects"]["f1"] == 1.0


def test_keys() -> None:
    assert name_key("Københavns  Kommunes") == name_key("københavns kommune")
    assert name_key("Sundheds- og Ældreministeriet") == name_key("Sundheds og Ældreministeriet")
    assert titles_match("Sikker Sammenhæng", "Projekt Sikker Sammenhæng")
    assert not titles_match("Sikker Sammenhæng", "Tryg start i livet")


def test_a_project_matches_by_any_of_its_labels(tmp_path: Path, files: tuple[Path, Path]) -> None:
    """A gold writer may give the acronym alone where the graph's name spells it out: the
    project's altLabel matches, as an organisation's does."""
    gold_path, graph_path = files
    spelled = '"SAMBA (Sammenhængende Beskæftigelses- og Behandlingsforløb)"@da'
    project = GOLD["projects"][0] | {"title": "SAMBA"}
    gold_path.write_text(json.dumps(GOLD | {"projects": [project]}), encoding="utf-8")
    graph_path.write_text(TTL.replace('"Trygge skridt for ældre"@da', spelled), encoding="utf-8")
    assert evaluate(gold_path, graph_path).total["amounts"].gold_matched == 0
    graph_path.write_text(
        TTL.replace('"Trygge skridt for ældre"@da', f'{spelled} ; skos:altLabel "SAMBA"@da'),
        encoding="utf-8",
    )
    scores = evaluate(gold_path, graph_path).total
    assert (scores["projects"].f1, scores["amounts"].gold_matched) == (1.0, 1)
