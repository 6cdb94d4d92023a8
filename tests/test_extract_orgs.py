"""Organisation finders on short texts written for the tests: abbreviations, acronyms,
``<head> for <name>`` bodies, suspended compounds over line breaks, kommune table rows."""

from extract.extractor import Extractor
from kg.model import OrgKind


def _by_name(ex, name: str):
    return next(o for o in ex.organisations if o.name == name)


def test_defined_abbreviation_is_an_alias_for_the_whole_document(extractor: Extractor) -> None:
    text = (
        "Landsforeningen for Ensomme Ældre (LEÆ) og Aalborg Kommune står bag. "
        "LEÆ har ansvaret for rekrutteringen."
    )
    ex = extractor.extract_text(text)
    org = _by_name(ex, "Landsforeningen for Ensomme Ældre")
    assert org.aliases == {"LEÆ"}
    quoted = sorted(text[m.start : m.end] for m in org.mentions)
    assert quoted == ["LEÆ", "LEÆ", "Landsforeningen for Ensomme Ældre"]
    assert not any(o.name == "LEÆ" for o in ex.organisations)


def test_acronym_before_its_long_form(extractor: Extractor) -> None:
    ex = extractor.extract_text("Projektet ledes af DSFX (Dansk Selskab for Xylofoner).")
    assert _by_name(ex, "Dansk Selskab for Xylofoner").aliases == {"DSFX"}


def test_generic_acronym_is_no_organisation(extractor: Extractor) -> None:
    names = _orgs(extractor, "Barnet går i SFO efter skole, og Vejle Kommune betaler.")
    assert names == {"Vejle Kommune": OrgKind.MUNICIPALITY}


def test_acronyms_used_as_organisations(extractor: Extractor) -> None:
    text = (
        "Deltagere er Region Nordjylland, QXR og ZZA. Vi mødte idrætsforeningen BKF.\n"
        "Borgere med ADHD og KOL deltager. QXR holder møde igen."
    )
    ex = extractor.extract_text(text)
    names = {o.name for o in ex.organisations}
    assert {"QXR", "ZZA", "BKF"} <= names
    assert not {"ADHD", "KOL"} & names
    assert len(_by_name(ex, "QXR").mentions) == 2
    assert _by_name(ex, "BKF").kind is OrgKind.OTHER


def test_acronym_in_a_participant_field(extractor: Extractor) -> None:
    ex = extractor.extract_text("Samarbejdspartnere: PXQ, sundhedsplejersker\n")
    assert "PXQ" in {o.name for o in ex.organisations}


def test_head_for_name_bodies_stop_before_the_next_name(extractor: Extractor) -> None:
    text = "Statens Institut for Folkesundhed og Landsorganisationen for Kvindekrisecentre."
    names = {o.name for o in extractor.extract_text(text).organisations}
    assert {
        "Statens Institut for Folkesundhed",
        "Landsorganisationen for Kvindekrisecentre",
    } <= names


def test_suspended_compound_over_a_line_break(extractor: Extractor) -> None:
    text = "Dorte Hansen, formand for Sundheds- og \nRehabiliteringsudvalget\n"
    org = _by_name(extractor.extract_text(text), "Sundheds- og Rehabiliteringsudvalget")
    assert org.kind is OrgKind.POLITICAL


def test_kommune_table_rows(extractor: Extractor) -> None:
    text = "Kommune Antal Andel\nAssens 700 61,1\n\nNyborg 450 3,8\nHelsingør 3 1,0\n"
    ex = extractor.extract_text(text)
    assert {o.name for o in ex.organisations} == {
        "Assens Kommune",
        "Nyborg Kommune",
        "Helsingør Kommune",
    }
    two_rows = "Assens 700 61,1\nNyborg 450 3,8\n\nLangt senere i teksten.\n"
    assert not extractor.extract_text(two_rows).organisations


def test_new_head_nouns(extractor: Extractor) -> None:
    text = "Forebyggelsescenter Vesterbro og Lungemedicinsk Afdeling samarbejder."
    ex = extractor.extract_text(text)
    assert _by_name(ex, "Forebyggelsescenter Vesterbro").kind is OrgKind.MUNICIPAL_UNIT
    assert _by_name(ex, "Lungemedicinsk Afdeling").kind is OrgKind.HOSPITAL


def test_project_word_is_no_part_of_a_unit(extractor: Extractor) -> None:
    ex = extractor.extract_text("Projekt QXR, Glostrup Kommune\n")
    unit = _by_name(ex, "QXR")
    assert ex.organisation(unit.parent).name == "Glostrup Kommune"


def test_member_list_of_a_joint_body_is_a_collaboration(extractor: Extractor) -> None:
    text = (
        "Arbejdsgruppen sammensættes af repræsentanter fra skoler og kommuner:\n\n"
        "Karen Holm, Uddannelseschef, SOSU Nord\n"
        "Jens Lund, Direktør, Aalborg Kommune\n"
        "Mette Berg, Konsulent, Region Nordjylland\n"
    )
    ex = extractor.extract_text(text)
    [collaboration] = ex.collaborations
    assert {ex.organisation(k).name for k in collaboration.participants} == {
        "SOSU Nord",
        "Aalborg Kommune",
        "Region Nordjylland",
    }
    quoted = text[collaboration.evidence.start : collaboration.evidence.end]
    assert "sammensættes af" in quoted


def test_people_list_without_a_joint_body_is_no_collaboration(extractor: Extractor) -> None:
    text = (
        "Tak for i dag.\n\n"
        "Karen Holm, Uddannelseschef, SOSU Nord\n"
        "Jens Lund, Direktør, Aalborg Kommune\n"
        "Mette Berg, Konsulent, Region Nordjylland\n"
    )
    assert extractor.extract_text(text).collaborations == []


def test_generic_units_in_a_wrapped_partner_field(extractor: Extractor) -> None:
    text = (
        "Bevægelse for alle – Skovby Kommune\n\n"
        "Samarbejdspartnere Internt: Familieafdelingen, Park og \n\n"
        "Natur, KBT, den lokale skole. Eksterne: Region Midtjylland m.fl.\n\n"
        "Deltagere\nLars Hansen (V)\nBo Ibsen\n\n"
        "Formål\nFlere skal bevæge sig.\n"
    )
    ex = extractor.extract_text(text)
    names = {o.name for o in ex.organisations}
    assert {"Park og Natur", "KBT", "Region Midtjylland"} <= names
    assert not names & {"Internt", "Eksterne", "Lars Hansen", "V", "Bo Ibsen"}
    unit = _by_name(ex, "Park og Natur")
    assert unit.kind == OrgKind.MUNICIPAL_UNIT
    assert [text[m.start : m.end] for m in unit.mentions] == ["Park og \n\nNatur"]
    project = ex.projects[0]
    keys = {o.key for o in ex.organisations if o.name in {"Park og Natur", "KBT"}}
    assert keys <= set(project.participants)


def test_norwegian_bodies(extractor: Extractor) -> None:
    text = (
        "Besøget gik til Helse Nordkyst RHF og Tromsdal fylke. Vi mødte Kardiologisk avdeling, "
        "Lungeavdelinga, Avdeling for rusmedisin og Strandvik sjukeheim."
    )
    ex = extractor.extract_text(text)
    kinds = {o.name: o.kind for o in ex.organisations}
    assert kinds["Helse Nordkyst RHF"] == OrgKind.HOSPITAL
    assert kinds["Tromsdal fylke"] == OrgKind.REGION
    assert kinds["Kardiologisk avdeling"] == OrgKind.HOSPITAL
    assert kinds["Lungeavdelinga"] == OrgKind.HOSPITAL
    assert kinds["Strandvik sjukeheim"] == OrgKind.MUNICIPAL_UNIT
    assert "Avdeling for rusmedisin" in kinds
    org = _by_name(ex, "Helse Nordkyst RHF")
    assert [text[m.start : m.end] for m in org.mentions] == ["Helse Nordkyst RHF"]


def test_generic_single_words_from_the_ner_give_way() -> None:
    import spacy
    from spacy.tokens import Span

    from extract.components.org_merger import ORGS_KEY, OrgMerger
    from extract.components.spans import NER_ORG_KEY, publish

    doc = spacy.blank("da")(
        "Center og Udvikling mødte Kvickly og sygehus i Tromsø . "
        "Kvalitet , Ældreområdet , Nærhospital , Hospitalets"
    )
    ner = [Span(doc, i, i + 1, label="Other") for i in (0, 2, 4, 6, 10, 12, 14, 16)]
    publish(doc, NER_ORG_KEY, "ner", 0.7, ner)
    OrgMerger("org_merger", [NER_ORG_KEY])(doc)
    assert [s.text for s in doc.spans[ORGS_KEY]] == ["Kvickly"]


def _orgs(extractor: Extractor, text: str) -> dict[str, OrgKind]:
    return {o.name: o.kind for o in extractor.extract_text(text).organisations}


def test_kommune_list_over_a_line_break_and_a_misspelt_name(extractor: Extractor) -> None:
    names = _orgs(extractor, "Vi arbejder i Guldborgssund og Lolland \nKommuner med sundhed.")
    assert {"Guldborgsund Kommune", "Lolland Kommune"} <= set(names)


def test_head_for_name_over_a_line_break_and_hyphenated_name(extractor: Extractor) -> None:
    text = "Oplæg ved leder i afd. for \nTrivselsliv\nog Center \n\nfor Bo-området (CFX).\n"
    names = _orgs(extractor, text)
    assert "afd. for Trivselsliv" in names
    assert "Center for Bo-området" in names


def test_genitive_parent_names_a_unit(extractor: Extractor) -> None:
    text = (
        "Vi mødte Gladsaxe Kommunes \nForebyggelsescenter "
        "og Herlev Hospitals Kliniske Forskningsenhed."
    )
    names = _orgs(extractor, text)
    assert names["Gladsaxe Kommunes Forebyggelsescenter"] is OrgKind.MUNICIPAL_UNIT
    assert "Herlev Hospitals Kliniske Forskningsenhed" in names
    assert "Herlev Hospital" in names  # the parent stays an organisation


def test_unit_in_a_kommune_stops_before_the_parent(extractor: Extractor) -> None:
    text = "Center for Rusbehandling i Aarhus Kommune og Hospitalsenheden i Horsens samarbejder."
    names = _orgs(extractor, text)
    assert {"Center for Rusbehandling", "Aarhus Kommune", "Hospitalsenheden i Horsens"} <= set(
        names
    )
    assert not any(n.startswith("Center for Rusbehandling i") for n in names)


def test_article_adjective_head_is_one_name(extractor: Extractor) -> None:
    text = (
        "Mødet i Det administrative Kontaktforum og det fælles IT-sekretariat. "
        "Den tidligere Styregruppe."
    )
    names = _orgs(extractor, text)
    assert names["Det administrative Kontaktforum"] is OrgKind.POLITICAL
    assert not any(n.startswith(("det fælles", "Den tidligere")) for n in names)


def test_coordinated_unit_in_a_parent(extractor: Extractor) -> None:
    text = (
        "Om projektet\nTrivsel og Bolig i Hvidovre Kommune står bag.\n"
        "Anne Hansen, konsulent i Social og Psykiatri, Region Midtjylland\n"
        "Borgere i Aarhus Kommune deltager."
    )
    names = _orgs(extractor, text)
    assert names["Trivsel og Bolig, Hvidovre Kommune"] is OrgKind.MUNICIPAL_UNIT
    assert names["Social og Psykiatri, Region Midtjylland"] is OrgKind.REGIONAL_UNIT
    assert not any(n.startswith("Borgere") for n in names)


def test_comma_list_inside_a_head_for_name(extractor: Extractor) -> None:
    text = (
        "Bevilget af Ministeriet for Børn, Kultur og Sociale Forhold. "
        "Center for Sundhed, Aarhus Kommune deltager."
    )
    names = _orgs(extractor, text)
    assert "Ministeriet for Børn, Kultur og Sociale Forhold" in names
    assert {"Center for Sundhed", "Aarhus Kommune"} <= set(names)  # unit, parent: no list


def test_lower_case_end_of_a_suspended_compound(extractor: Extractor) -> None:
    names = _orgs(extractor, "Et samarbejde med Kultur- og fritidsforvaltningen om idræt.")
    assert names["Kultur- og fritidsforvaltningen"] is OrgKind.MUNICIPAL_UNIT


def test_shop_and_centre_heads_and_article_unit(extractor: Extractor) -> None:
    text = "Vi besøgte Den Mobile Hjemmepleje, Vestby-/Østby Apotek og Hansen Centret. Nyt Center."
    names = _orgs(extractor, text)
    assert {"Den Mobile Hjemmepleje", "Vestby-/Østby Apotek", "Hansen Centret"} <= set(names)
    assert "Nyt Center" not in names


def test_who_from_reference_data(extractor: Extractor) -> None:
    assert "WHO" in _orgs(extractor, "Med afsæt i WHO’s brede sundhedsbegreb.")


def test_acronym_spelled_out_in_brackets(extractor: Extractor) -> None:
    text = "Ifølge DVUK (Den Vestlige Uddannelses- og Kursusstyrelse) og ADHD (Attention Deficit)."
    ex = extractor.extract_text(text)
    org = _by_name(ex, "Den Vestlige Uddannelses- og Kursusstyrelse")
    assert "DVUK" in org.aliases
    assert not any(o.name.startswith("Attention") for o in ex.organisations)


def test_an_acronym_spelled_out_without_a_bodys_head_word_names_no_body(
    extractor: Extractor,
) -> None:
    text = (
        "Orientering om status for HOPLA (Hurtig Opfølgning På Lungesyge i Amtet). "
        "HOPLA blev igangsat i 2024 sammen med PPR (Pædagogisk Psykologisk Rådgivning).\n"
    )
    ex = extractor.extract_text(text)
    # (not "Hurtig Opfølgning På Lungesyge i Amtet": a piece of work, no body)
    assert [o.name for o in ex.organisations] == ["Pædagogisk Psykologisk Rådgivning"]
    assert "PPR" in _by_name(ex, "Pædagogisk Psykologisk Rådgivning").aliases


def test_companies_from_the_reference_list(extractor: Extractor) -> None:
    ex = extractor.extract_text("Butikkerne Føtex og Rema 1000 samt Dansk Supermarked støtter.")
    names = {o.name: o for o in ex.organisations}
    assert {"Føtex", "Rema 1000", "Salling Group"} <= set(names)
    assert names["Salling Group"].aliases == {"Dansk Supermarked"}
    assert names["Føtex"].kind is OrgKind.COMPANY


def test_local_chapters_in_a_list(extractor: Extractor) -> None:
    text = "Partnere: Ældre Sagen i Viborg, Foreningen Xyz i Skive og Qwerty By i Lemvig."
    names = {o.name for o in extractor.extract_text(text).organisations}
    assert {"Ældre Sagen i Viborg", "Foreningen Xyz i Skive", "Qwerty By i Lemvig"} <= names
    # one "X i <place>" alone is no list: "Borgere i Viborg"
    ex = extractor.extract_text("Borgere i Viborg deltager.")
    assert not any(o.name.endswith("i Viborg") for o in ex.organisations)


def test_listed_kommuner_after_kommunerne_and_foreign_lists(extractor: Extractor) -> None:
    ex = extractor.extract_text("Et samarbejde med kommunerne Skive, Lemvig og Struer.")
    found = {o.name for o in ex.organisations if o.kind is OrgKind.MUNICIPALITY}
    assert {"Skive Kommune", "Lemvig Kommune", "Struer Kommune"} <= found
    ex = extractor.extract_text("Besøg i Fjordvik og Havøy kommuner i Norge.")
    foreign = {o.name: o for o in ex.organisations}
    assert {"Fjordvik", "Havøy"} <= set(foreign)
    assert foreign["Havøy"].kind is OrgKind.MUNICIPALITY
    assert foreign["Havøy"].reference_id is None
    # a single unknown place before "kommuner" is no list
    ex = extractor.extract_text("Uddannelsesinstitutioner, kommuner og regioner samarbejder.")
    assert not any(o.kind is OrgKind.MUNICIPALITY for o in ex.organisations)


def test_compass_word_alone_is_no_organisation(extractor: Extractor) -> None:
    ex = extractor.extract_text("Kommunerne i planlægningsområde SYD, og område NORD deltager.")
    assert not {"SYD", "NORD"} & {o.name for o in ex.organisations}


def test_nordic_public_bodies(extractor: Extractor) -> None:
    text = (
        "Mødet med Helse-  og Omsorgsdepartementet. Det norske Storting vedtog loven. "
        "Besøg på Nordvik DPS, i Borås kommun og på Sahlgrenska Universitetssjukhuset."
    )
    found = {o.name: o.kind for o in extractor.extract_text(text).organisations}
    assert found["Helse- og Omsorgsdepartementet"] is OrgKind.NATIONAL_AUTHORITY
    assert found["Storting"] is OrgKind.POLITICAL
    assert found["Nordvik DPS"] is OrgKind.HOSPITAL
    assert found["Borås kommun"] is OrgKind.MUNICIPALITY
    assert found["Sahlgrenska Universitetssjukhuset"] is OrgKind.HOSPITAL


def test_head_for_one_lower_case_field(extractor: Extractor) -> None:
    ex = extractor.extract_text("Med Dansk Selskab for xylofonsikkerhed og Region Hovedstaden.")
    names = {o.name for o in ex.organisations}
    assert "Dansk Selskab for xylofonsikkerhed" in names
    assert "Dansk Selskab" not in names


def test_lone_indefinite_compound_head_is_a_common_noun(extractor: Extractor) -> None:
    text = (
        "Borgeren kom på et Distriktshospital og talte i Borgerforum. "
        "Senere hjalp Hvidbjerg Universitetshospital og Sundhedsforvaltningen."
    )
    names = _orgs(extractor, text)
    assert "Distriktshospital" not in names
    assert "Borgerforum" not in names
    assert names["Hvidbjerg Universitetshospital"] == OrgKind.HOSPITAL
    assert names["Sundhedsforvaltningen"] == OrgKind.MUNICIPAL_UNIT


def test_plural_genitive_owner_opens_a_suspended_compound_name(extractor: Extractor) -> None:
    names = _orgs(extractor, "Aftalen med Lægernes Honorar- og Vagtnævn blev forlænget.")
    assert names["Lægernes Honorar- og Vagtnævn"] == OrgKind.NATIONAL_AUTHORITY
    assert "Lægernes Honorar-" not in names


def test_plural_genitive_and_a_capitalised_noun_make_a_name(extractor: Extractor) -> None:
    names = _orgs(
        extractor, "Vi mødtes i Kvindernes \n\nHus. Det var i Torvenes Klassiske Kvarter."
    )
    assert names == {"Kvindernes Hus": OrgKind.OTHER}
    assert _orgs(extractor, "Borgernes behov er i centrum.") == {}


def test_capitalised_adjective_names_an_indefinite_head(extractor: Extractor) -> None:
    names = _orgs(
        extractor, "Ring til Tværkommunalt Sundhedssekretariat. Et Sundhedssekretariat hjælper."
    )
    assert names == {"Tværkommunalt Sundhedssekretariat": OrgKind.MUNICIPAL_UNIT}


def test_county_institute_and_school_after_their_name(extractor: Extractor) -> None:
    names = _orgs(
        extractor, "Det tidligere Ribe Amt, Farmakologisk Institut og Hansens Skole i Kolding."
    )
    assert names["Ribe Amt"] == OrgKind.REGION
    assert names["Farmakologisk Institut"] == OrgKind.EDUCATION
    assert names["Hansens Skole"] == OrgKind.EDUCATION


def test_lower_case_group_name_as_a_heading_line(extractor: Extractor) -> None:
    text = (
        "Status.\n\nArbejdsgruppe for styrkelse af samarbejdet om uddannelse på \n"
        "social- og sundhedsområdet\n\nArbejdsgruppen mødes.\n"
        "Styregruppen for trivsel mødes hver måned og har drøftet sagen.\n"
    )
    names = _orgs(extractor, text)
    assert (
        names[
            "Arbejdsgruppe for styrkelse af samarbejdet om uddannelse på social- og sundhedsområdet"
        ]
        == OrgKind.POLITICAL
    )
    assert "Styregruppen for trivsel" in names  # prose, not a heading: the short name


def test_lower_case_unit_head_before_a_name(extractor: Extractor) -> None:
    orgs = _orgs(
        extractor,
        "Rådgivningen flytter ind på jobcenter Sønderbro Nord i år.\n\n"
        "Borgerne henvises fra kommunens rusmiddelcenter Lindehuset til kurset.",
    )
    assert orgs.get("jobcenter Sønderbro Nord") is OrgKind.MUNICIPAL_UNIT
    assert orgs.get("Lindehuset") is OrgKind.MUNICIPAL_UNIT


def test_university_named_by_its_town(extractor: Extractor) -> None:
    orgs = _orgs(extractor, "Studiet ledes af forskere ved Universitetet i Tromsø og andre.")
    assert orgs.get("Universitetet i Tromsø") is OrgKind.EDUCATION


def test_lower_case_group_name_goes_on_over_a_line(extractor: Extractor) -> None:
    orgs = _orgs(
        extractor,
        "Organisering\n\nAvdeling for faglig\nutvikling\nAvdelingsleder\nKari Hansen\n",
    )
    assert "Avdeling for faglig utvikling" in orgs
    assert "Avdeling for faglig" not in orgs


def test_slash_joined_places_of_one_unit(extractor: Extractor) -> None:
    orgs = _orgs(
        extractor, "Borgerne kan ringe til Rådgivningscenter Vejle/Horsens/Skive om hjælp."
    )
    assert orgs.get("Rådgivningscenter Vejle/Horsens/Skive") is OrgKind.MUNICIPAL_UNIT
    assert "Horsens Kommune" not in orgs


def test_an_associations_local_branch_is_named_by_its_place(extractor: Extractor) -> None:
    """ "Ældre Sagen Thisted", "DGI Østjylland": a national association and a place on its
    line name the local branch; a place that opens another name stays that name's."""
    text = (
        "Grupperne ledes af frivillige fra Ældre Sagen Thisted og DGI Østjylland sammen med "
        "Thisted Kommune. Hjerteforeningen Odense Kommune deltager også.\n"
    )
    names = {o.name for o in extractor.extract_text(text).organisations}
    assert {"Ældre Sagen Thisted", "DGI Østjylland", "Thisted Kommune"} <= names
    assert {"Hjerteforeningen", "Odense Kommune"} <= names
    assert "Ældre Sagen" not in names and "DGI" not in names


def test_a_police_district_is_a_national_authority_and_no_project(extractor: Extractor) -> None:
    text = (
        "Slagelse Kommune og Midt- og Vestsjællands Politi har fået 2,4 mio. kr. til projektet "
        '"Spørg om volden". Politiet henviser familier, når de har været ude til en anmeldelse.\n'
    )
    ex = extractor.extract_text(text)
    police = _by_name(ex, "Midt- og Vestsjællands Politi")
    assert police.kind is OrgKind.NATIONAL_AUTHORITY
    # (the project the two bodies got money for, the district one of its participants)
    assert [
        (p.title, p.amount.value, [ex.organisation(k).name for k in p.participants])
        for p in ex.projects
    ] == [("Spørg om volden", 2_400_000, ["Slagelse Kommune", "Midt- og Vestsjællands Politi"])]
