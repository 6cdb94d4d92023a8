"""The extraction pipeline on short texts written for the tests: spans, types, values."""

from datetime import date
from decimal import Decimal

from extract.extractor import Extractor
from kg.model import OrgKind


def test_contact_line_person_title_and_unit(extractor: Extractor) -> None:
    text = "Kontakt\n\nKaren Holm, Udviklingskonsulent, Kultur og Fritid, Vejle Kommune, kh@x.dk\n"
    ex = extractor.extract_text(text)
    [person] = ex.people
    assert person.name == "Karen Holm"
    assert person.job_title == "Udviklingskonsulent"
    mention = person.mentions[0]
    assert text[mention.start : mention.end] == "Karen Holm"
    unit = next(o for o in ex.organisations if o.name == "Kultur og Fritid, Vejle Kommune")
    assert unit.kind is OrgKind.MUNICIPAL_UNIT
    assert ex.organisation(unit.parent).name == "Vejle Kommune"


def test_title_before_name_with_noise_offsets(extractor: Extractor) -> None:
    text = "Oplæg v/ Direktør Bent\u00a0Lund, Is-\nhøj Kommune."
    ex = extractor.extract_text(text)
    [person] = ex.people
    assert (person.name, person.job_title) == ("Bent Lund", "Direktør")
    mention = person.mentions[0]
    assert text[mention.start : mention.end] == "Bent\u00a0Lund"
    org = ex.organisation(person.organisation)
    assert org.name == "Ishøj Kommune"


def test_letter_heading_project_with_fields(extractor: Extractor) -> None:
    text = (
        "Projekt B: Forslag til projekt om fælles træning af ældre\n\n"
        "Deltagende enheder:\nHerlev Kommune og Gladsaxe Kommune\n\n"
        "Projektperiode:\n1. januar 2013 – 31. december 2014\n\n"
        "Ansøgt beløb:\nMio. kr.\n2013 2014 I alt\n1,2 0,8 2,0\n\n"
    )
    ex = extractor.extract_text(text)
    [project] = ex.projects
    assert project.title == "Fælles træning af ældre"
    assert {ex.organisation(k).name for k in project.participants} == {
        "Herlev Kommune",
        "Gladsaxe Kommune",
    }
    assert (project.start, project.end) == (date(2013, 1, 1), date(2014, 12, 31))
    assert project.amount is not None and project.amount.value == Decimal(2000000)


def test_catalogue_heading_owner_and_cued_amount(extractor: Extractor) -> None:
    text = (
        "Trygge skridt – Favrskov Kommune\n\n"
        "Indsatsen hjælper ældre. De samlede udgifter forventes at blive 450.000 kr.\n"
    )
    ex = extractor.extract_text(text)
    [project] = ex.projects
    assert project.title == "Trygge skridt"
    assert ex.organisation(project.owner).name == "Favrskov Kommune"
    assert project.amount.value == Decimal(450000)


def test_kommune_run_and_collaboration(extractor: Extractor) -> None:
    text = "Aftalen er indgået i samarbejde med Rødovre, Brøndby og Hvidovre.\n"
    ex = extractor.extract_text(text)
    names = {o.name for o in ex.organisations}
    assert {"Rødovre Kommune", "Brøndby Kommune", "Hvidovre Kommune"} <= names
    [collaboration] = ex.collaborations
    assert len(collaboration.participants) == 3
    assert "samarbejde med" in collaboration.evidence.sentence


def test_pool_with_amount_and_administrator(extractor: Extractor) -> None:
    text = "Sundhedsstyrelsen udmøntede den 30 mio. kr. puljen til lokale forsøg.\n"
    ex = extractor.extract_text(text)
    [pool] = ex.funding_pools
    assert pool.name == "30 mio. kr. puljen"
    assert pool.amount.value == Decimal(30000000)
    assert ex.organisation(pool.administered_by).name == "Sundhedsstyrelsen"
