"""Resolution rules: what must merge, what must never merge, and stable IRIs.

Extractions are built by hand here, so each rule is tested without the NLP pipeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.matching import FuzzyGuard, org_key
from kg.model import Extraction, Mention, Organisation, OrgKind, Person, SourceDocument
from kg.refdata import load_reference
from kg.resolve import Resolution

ID = "https://w3id.org/samspil/id/"


def _iri(local: str) -> URIRef:
    return URIRef(ID + local)


def _doc(name: str) -> SourceDocument:
    return SourceDocument(Path(f"/docs/{name}"), name, "text", "0" * 64, name)


def _org(key: str, name: str, kind: OrgKind, ref: str | None = None) -> Organisation:
    return Organisation(key, name, kind, mentions=[Mention(0, 4, "text")], reference_id=ref)


def _resolve(*docs: list[Organisation], people: list[list[Person]] | None = None):
    extractions = [
        Extraction(_doc(f"d{i}.txt"), organisations=orgs, people=(people or [[]] * len(docs))[i])
        for i, orgs in enumerate(docs)
    ]
    resolution = Resolution(load_reference())
    resolution.resolve(extractions)
    return resolution, [resolution.for_document(e) for e in extractions]


@pytest.mark.parametrize(
    "surface",
    ["Københavns Kommune", "Københavns Kommunes", "københavns  kommune", "KØBENHAVNS KOMMUNE"],
)
def test_variants_of_a_reference_name_take_the_reference_iri(surface: str) -> None:
    resolution, [r] = _resolve([_org("o1", surface, OrgKind.MUNICIPALITY)])
    assert r.org("o1") == _iri("org/koebenhavns-kommune")
    assert resolution.names[r.org("o1")] == "Københavns Kommune"


def test_the_same_unknown_organisation_in_two_documents_is_one_node() -> None:
    _, [a, b] = _resolve(
        [_org("o1", "Sundhedscentret Nørrebro", OrgKind.MUNICIPAL_UNIT)],
        [_org("o1", "Sundhedscenter Nørrebro", OrgKind.MUNICIPAL_UNIT)],
    )
    assert a.org("o1") == b.org("o1") == _iri("org/sundhedscentret-noerrebro")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Regionshospitalet Randers", "Regionshospital Randers"),
        ("Socialforvaltningen", "Socialforvaltning"),
        ("Ældre- og Handicapforvaltningen", "Ældre- og  Handicapforvaltningens"),
    ],
)
def test_definite_and_genitive_forms_share_a_key(left: str, right: str) -> None:
    assert org_key(left) == org_key(right)


def test_typo_of_a_kommune_merges_by_guarded_fuzzy_match() -> None:
    _, [r] = _resolve([_org("o1", "Købehavn Kommune", OrgKind.MUNICIPALITY)])
    assert r.org("o1") == _iri("org/koebenhavns-kommune")
    assert r.notes["o1"].startswith("fuzzy match (89) to 'Københavns Kommune'")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Psykiatrisk Center Glostrup", "Psykiatrisk Center Ballerup"),
        ("Jobcenter Vejle", "Jobcenter Vejen"),
        ("Jobcenter Vallensbæk", "Vallensbæk Kommune"),
        ("Region Hovedstaden", "Region Hovedstadens Psykiatri"),
        ("Børne- og Ungdomsforvaltningen", "Børne- og Familieforvaltningen"),
        ("Sundhedscenter 1", "Sundhedscenter 2"),
    ],
)
def test_the_fuzzy_guard_refuses_different_organisations(left: str, right: str) -> None:
    assert FuzzyGuard().score(org_key(left), org_key(right)) is None


def test_a_unit_is_not_its_parent() -> None:
    _, [r] = _resolve(
        [
            _org("o1", "Vallensbæk Kommune", OrgKind.MUNICIPALITY),
            _org("o2", "Jobcenter Vallensbæk", OrgKind.MUNICIPAL_UNIT),
        ]
    )
    assert r.org("o1") == _iri("org/vallensbaek-kommune")
    assert r.org("o2") == _iri("org/jobcenter-vallensbaek")


def test_generic_units_are_one_per_parent_never_across_documents() -> None:
    def orgs(kommune: str) -> list[Organisation]:
        unit = _org("o2", "Socialforvaltningen", OrgKind.MUNICIPAL_UNIT)
        unit.parent = "o1"
        return [_org("o1", kommune, OrgKind.MUNICIPALITY), unit]

    _, [odense, aarhus, odense_again] = _resolve(
        orgs("Odense Kommune"), orgs("Aarhus Kommune"), orgs("Odense Kommune")
    )
    assert odense.org("o2") != aarhus.org("o2")
    assert odense.org("o2") == odense_again.org("o2")
    _, [a, b] = _resolve(
        [_org("o1", "Familieafdelingen", OrgKind.MUNICIPAL_UNIT)],
        [_org("o1", "Familieafdelingen", OrgKind.MUNICIPAL_UNIT)],
    )
    assert a.org("o1") != b.org("o1")


def _person(key: str, name: str, org: str | None) -> Person:
    return Person(key, name, organisation=org, mentions=[Mention(0, 4, "text")])


def test_middle_name_variant_in_one_organisation_is_one_person() -> None:
    orgs = [_org("o1", "Odense Kommune", OrgKind.MUNICIPALITY)]
    resolution, [r] = _resolve(
        orgs,
        people=[
            [
                _person("p1", "Mette Søndergaard", "o1"),
                _person("p2", "Mette Refslund Søndergaard", "o1"),
            ]
        ],
    )
    assert r.person("p1") == r.person("p2")
    assert resolution.names[r.person("p1")] == "Mette Refslund Søndergaard"


def test_same_name_in_conflicting_organisations_is_two_people() -> None:
    orgs = [
        _org("o1", "Odense Kommune", OrgKind.MUNICIPALITY),
        _org("o2", "Region Syddanmark", OrgKind.REGION),
    ]
    _, [r] = _resolve(
        orgs,
        people=[
            [_person("p1", "Mette Søndergaard", "o1"), _person("p2", "Mette Søndergaard", "o2")]
        ],
    )
    assert r.person("p1") != r.person("p2")


def test_a_person_without_organisation_joins_the_one_known_namesake() -> None:
    orgs = [_org("o1", "Odense Kommune", OrgKind.MUNICIPALITY)]
    _, [a, b] = _resolve(
        orgs,
        [],
        people=[
            [_person("p1", "Gitte Østergaard", "o1")],
            [_person("p1", "Gitte Østergaard", None)],
        ],
    )
    assert a.person("p1") == b.person("p1") == _iri("person/gitte-oestergaard-odense-kommune")


def test_iris_are_stable_across_resolutions() -> None:
    docs = (
        [_org("o1", "Sundhedsstyrelsen", OrgKind.NATIONAL_AUTHORITY)],
        [_org("o1", "Forebyggelsescenter Nørrebro", OrgKind.MUNICIPAL_UNIT)],
    )
    first = [r.orgs for r in _resolve(*docs)[1]]
    second = [r.orgs for r in _resolve(*docs)[1]]
    assert first == second
    assert first[0]["o1"] == _iri("org/sundhedsstyrelsen")


def test_a_project_title_in_two_documents_is_one_project_only_with_a_shared_partner() -> None:
    from kg.model import Project

    def extraction(name: str, kommune: str, ref: str) -> Extraction:
        org = _org("o1", kommune, OrgKind.MUNICIPALITY, ref)
        project = Project("j1", "Fælles Fodfæste", owner="o1", participants=["o1"])
        return Extraction(_doc(name), organisations=[org], projects=[project])

    holbaek = extraction("a.txt", "Holbæk Kommune", "holbaek-kommune")
    gladsaxe = extraction("b.txt", "Gladsaxe Kommune", "gladsaxe-kommune")
    holbaek_again = extraction("c.txt", "Holbæk Kommune", "holbaek-kommune")
    resolution = Resolution(load_reference())
    resolution.resolve([holbaek, gladsaxe, holbaek_again])
    iris = [resolution.for_document(e).project("j1") for e in (holbaek, gladsaxe, holbaek_again)]
    assert iris[0] == iris[2] != iris[1]
    assert str(iris[0]).endswith("project/faelles-fodfaeste")
