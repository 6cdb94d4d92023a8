"""Projects named in running text, programme items, and yearly budget tables without a unit,
on short texts written for the tests."""

from decimal import Decimal

import pytest

from extract.components.project_tables import column_totals
from extract.extractor import Extractor


def _names(extraction, keys) -> set[str]:
    """The names of the organisations with ``keys``, as a set."""
    return {extraction.organisation(k).name for k in keys}


def _titles_and_amounts(extractor: Extractor, text: str) -> list[tuple]:
    """(title, amount or None) of each project the text names, in the order read."""
    return _project_amounts(extractor.extract_text(text))


def _by_the_rules(extractor: Extractor, text: str) -> list[tuple]:
    """``_titles_and_amounts`` without the project-name model: what a rule alone reads,
    where the model would tag the same name."""
    with extractor.nlp.select_pipes(disable=["project_names"]):
        return _titles_and_amounts(extractor, text)


def _project_amounts(extraction) -> list[tuple]:
    """(title, amount or None) of each project of an extraction, in the order read."""
    return [(p.title, p.amount.value if p.amount else None) for p in extraction.projects]


def _participants(extraction, project) -> list[str]:
    """The names of the project's participants, in the order read."""
    return [extraction.organisation(k).name for k in project.participants]


def test_lower_case_cue_and_a_name_with_lower_case_words(extractor: Extractor) -> None:
    text = "Byrådet hørte om projektet Trygt hjem fra sygehuset. Det blev godt modtaget.\n"
    [project] = extractor.extract_text(text).projects
    assert project.title == "Trygt hjem fra sygehuset"
    mention = project.mentions[0]
    assert text[mention.start : mention.end] == "Trygt hjem fra sygehuset"


def test_name_stops_before_a_verb(extractor: Extractor) -> None:
    text = "Skolerne deltager i indsatsen Sunde Skoleveje har givet gode resultater.\n"
    assert [p.title for p in extractor.extract_text(text).projects] == ["Sunde Skoleveje"]


def test_is_a_partnership_with_a_compound_noun(extractor: Extractor) -> None:
    text = "Madglad er et tværkommunalt partnerskabsprojekt om mad i skolen.\n"
    assert [p.title for p in extractor.extract_text(text).projects] == ["Madglad"]


def test_project_cue_before_an_organisation_is_no_project(extractor: Extractor) -> None:
    text = 'Projekt Statens Institut for Folkesundhed\n\n"Tryg i eget hjem"\n'
    assert [p.title for p in extractor.extract_text(text).projects] == ["Tryg i eget hjem"]


def test_programme_items_are_no_projects(extractor: Extractor) -> None:
    text = "Oplæg om rygestop - Gladsaxe Kommune\n\nFrokost - Gladsaxe Kommune\n"
    assert extractor.extract_text(text).projects == []


def test_yearly_table_takes_the_unit_of_the_last_table(extractor: Extractor) -> None:
    text = (
        "Projekt A: Fælles akutteam\n\nAnsøgt beløb:\nMio. kr.\n2013 I alt\n0,5 0,5\n\n"
        "Projekt B: Hjemmetræning efter udskrivning\n\nAnsøgt beløb:\n2013 2014 I alt\n"
        "0,2 0,8 1,0\n\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert projects["Hjemmetræning efter udskrivning"].amount.value == Decimal(1_000_000)
    amount = projects["Hjemmetræning efter udskrivning"].amount.mention
    assert text[amount.start : amount.end] == "1,0"


def test_section_sentences_that_tie_organisations_to_the_project(extractor: Extractor) -> None:
    text = (
        "Projekt A: Bedre overgange for ældre\n\n"
        "Projektperiode:\n2013-2014\n\n"
        "Indsatsen gennemføres i samarbejde med Herlev Hospital. "
        "Erfaringer fra Aarhus Kommune viser god effekt.\n"
    )
    ex = extractor.extract_text(text)
    [project] = ex.projects
    assert _names(ex, project.participants) == {"Herlev Hospital"}


def test_letter_heading_title_ends_before_its_fields(extractor: Extractor) -> None:
    text = (
        "Projekt A: Fælles nattevagt på Sydfyn\n"
        "Deltagere: Svendborg Kommune og Faaborg-Midtfyn Kommune\n"
        "Ansøgt beløb: 1,5 mio. kr.\n\n"
        "Projekt: Tryg udskrivning af ældre\nPeriode: 2024-2025\n"
    )
    ex = extractor.extract_text(text)
    projects = {p.title: p for p in ex.projects}
    assert set(projects) == {"Fælles nattevagt på Sydfyn", "Tryg udskrivning af ældre"}
    first = projects["Fælles nattevagt på Sydfyn"]
    assert first.amount.value == Decimal(1_500_000)
    assert _names(ex, first.participants) == {
        "Svendborg Kommune",
        "Faaborg-Midtfyn Kommune",
    }


def test_quoted_name_after_hedder(extractor: Extractor) -> None:
    text = "Det første projekt under aftalen hedder »Gå med naboen«.\n"
    assert [p.title for p in extractor.extract_text(text).projects] == ["Gå med naboen"]


def test_table_of_projects_gives_owner_partners_and_amount(extractor: Extractor) -> None:
    text = (
        "Følgende projekter får støtte:\n\n"
        "Projekt              Ansøger            Samarbejdspartnere    Tilsagn\n"
        "Bedre mad hjemme     Vejle Kommune      Kolding Kommune       1.200.000 kr.\n"
        "Aktiv i naturen      Aarhus Kommune     -                     800.000 kr.\n"
        "I alt                                                         2.000.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    projects = {p.title: p for p in extraction.projects}
    assert set(projects) == {"Bedre mad hjemme", "Aktiv i naturen"}
    food = projects["Bedre mad hjemme"]
    assert food.amount.value == Decimal(1_200_000)
    names = _participants(extraction, food)
    assert names == ["Vejle Kommune", "Kolding Kommune"]
    assert projects["Aktiv i naturen"].amount.value == Decimal(800_000)


def test_project_in_running_text_gets_partners_amount_and_start(extractor: Extractor) -> None:
    text = (
        "Nyt tilbud til ældre\n\n"
        "Vejle Kommune starter i samarbejde med Kolding Kommune projektet Gå Med. "
        "Projektet starter 1. maj 2024 og finansieres med 500.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Gå Med"
    assert _names(extraction, project.participants) == {
        "Vejle Kommune",
        "Kolding Kommune",
    }
    assert project.amount.value == Decimal(500_000)
    assert str(project.start) == "2024-05-01"


def test_quoted_heading_after_several_owners_over_lines(extractor: Extractor) -> None:
    text = (
        "Projekt Vejle Kommune, for en gruppe bestående af: Kolding Kommune\n\n"
        "og Fredericia Kommune.\n\n"
        '"Sund hverdag for alle"\n\nVarighed: 01.01.2020-31.12.2021\n'
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sund hverdag for alle"
    assert _participants(extraction, project) == [
        "Vejle Kommune",
        "Kolding Kommune",
        "Fredericia Kommune",
    ]


def test_the_pool_amount_is_not_the_projects(extractor: Extractor) -> None:
    text = (
        "Projekt: Trygt hjem\nProjektejer: Vejle Kommune\n\n"
        "Sundhedsstyrelsen afsatte i alt 40 mio. kr. til puljen og gav tilsagn til 9 projekter.\n\n"
        "Projektet har fået bevilget 2,4 mio. kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(2_400_000)


def test_markdown_item_and_news_header(extractor: Extractor) -> None:
    text = (
        "Nyheder – Vejle Kommune\n\n## 2. Forslag: Fælles akutteam\n\n"
        "Vejle Kommune er projektejer. Budgettet er 3,2 mio. kr. for perioden 2024-2025.\n\n"
        "## 3. Eventuelt\n\nKolding Kommune deltager i næste møde.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Fælles akutteam"
    assert project.amount.value == Decimal(3_200_000)
    assert (project.start.year, project.end.year) == (2024, 2025)
    assert _participants(extraction, project) == ["Vejle Kommune"]


def test_ampersand_joins_a_title(extractor: Extractor) -> None:
    text = "Jobcentret starter projektet Job & Trivsel i marts.\n"
    assert [p.title for p in extractor.extract_text(text).projects] == ["Job & Trivsel"]


def test_any_label_line_ends_a_participant_field(extractor: Extractor) -> None:
    text = (
        "Projekt: Trygt hjem\nProjektejer: Vejle Kommune\n"
        "Samarbejdspartnere: Kolding Kommune\nFinansiering: Sundhedsstyrelsens pulje\n"
        "Varighed: 01.05.2022-30.04.2024\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == [
        "Vejle Kommune",
        "Kolding Kommune",
    ]
    assert (str(project.start), str(project.end)) == ("2022-05-01", "2024-04-30")


def test_emphasised_title_with_a_which_clause_of_work(extractor: Extractor) -> None:
    text = (
        "Lederen gav en status på *Sund start*, som Vejle Kommune driver sammen med "
        "Kolding Kommune. Rapporten *Årets tal*, som blev udsendt i maj, blev drøftet.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sund start"
    assert _names(extraction, project.participants) == {
        "Vejle Kommune",
        "Kolding Kommune",
    }


def test_grant_list_items_with_parties_and_amount(extractor: Extractor) -> None:
    text = (
        "Disse projekter får tilskud:\n\n"
        "• Sund start – Vejle Kommune og Kolding Kommune: 2,5\u00a0mio.\u00a0kr.\n"
        "• Gå med hjem – Horsens Kommune, Hedensted Kommune og Aarhus Universitetshospital:\n"
        "  1,2 mio. kr.\n"
    )
    extraction = extractor.extract_text(text)
    found = {p.title: p for p in extraction.projects}
    assert set(found) == {"Sund start", "Gå med hjem"}
    assert found["Sund start"].amount.value == Decimal(2_500_000)
    assert found["Gå med hjem"].amount.value == Decimal(1_200_000)
    assert _names(extraction, found["Gå med hjem"].participants) == {
        "Horsens Kommune",
        "Hedensted Kommune",
        "Aarhus Universitetshospital",
    }


def test_run_in_paragraph_heading_names_a_project(extractor: Extractor) -> None:
    text = (
        "Året i korte træk\n\n"
        "Tryg nat. Sammen med Vejle Kommune har sygehuset oprettet en natlig rådgivning.\n"
        "Projektet har fået bevilget 900.000 kr.\n\n"
        "Tak for i år. Vi ses i Vejle Kommune.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Tryg nat"
    assert project.amount.value == Decimal(900_000)
    assert _names(extraction, project.participants) == {"Vejle Kommune"}


def test_project_sentence_wrapped_over_lines_and_a_rule_line_ends_it(
    extractor: Extractor,
) -> None:
    text = (
        "Siden 1. maj 2023 har Vejle Kommune og Kolding Kommune\n"
        'afprøvet projektet "Hjem i tide", hvor borgerne får besøg.\n\n'
        "-----------------------------\n\n"
        "Horsens Kommune samarbejder med Hedensted Kommune om noget andet.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Hjem i tide"
    assert _names(extraction, project.participants) == {"Vejle Kommune", "Kolding Kommune"}


def test_quoted_name_wins_over_is_a_sentence(extractor: Extractor) -> None:
    text = (
        'Indsatsen hedder "Trygt hjem" og er et samarbejde mellem Vejle Kommune og '
        "Kolding Kommune.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Trygt hjem"


def test_budget_field_takes_the_total_not_its_part(extractor: Extractor) -> None:
    text = (
        "Projekt: Trygt hjem\nProjektejer: Vejle Kommune\n"
        "Budget: Vi søger 1.240.000 kr. i alt for 2025-2026, heraf 860.000 kr. til løn.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_240_000)


def test_pool_administered_by_a_body_with_its_abbreviation(extractor: Extractor) -> None:
    text = (
        "Sundhedsstyrelsen (SST) udmøntede i dag 32 mio. kr. fra puljen til styrket\n"
        "genoptræning og rehabilitering. Pengene går til syv projekter.\n"
    )
    extraction = extractor.extract_text(text)
    [pool] = extraction.funding_pools
    assert pool.name == "Puljen til styrket genoptræning og rehabilitering"
    assert pool.amount.value == Decimal(32_000_000)
    assert extraction.organisation(pool.administered_by).name == "Sundhedsstyrelsen"


def test_pool_size_is_not_the_money_paid_out_of_it(extractor: Extractor) -> None:
    # the paid-out 4,5 mio. kr. is the pool's amount only where no size is stated; here
    # the next sentence speaks of the pool again and gives its size
    text = (
        "Socialstyrelsen fordelte 4,5 mio. kr. fra puljen til aktive fællesskaber blandt\n"
        "ensomme ældre. Puljen blev oprettet i 2024, og der er i alt afsat 6 mio. kr. til den.\n"
    )
    [pool] = extractor.extract_text(text).funding_pools
    assert pool.name == "Puljen til aktive fællesskaber blandt ensomme ældre"
    assert pool.amount.value == Decimal(6_000_000)


def test_signature_blocks_give_people_not_units(extractor: Extractor) -> None:
    text = (
        "Med venlig hilsen\n\n"
        "Henrik Bay Mortensen\nSpecialkonsulent\nKoncern Plan, Udvikling og Kvalitet\n"
        "Region Sjælland\n\n"
        "For Vejle Kommune          For Kolding Kommune\n"
        "Mette Rask Sørensen        Jens Peder Kirk\n"
        "Direktør                   Kommunaldirektør\n\n"
        "Redaktør Anna Vinther Kolding, avk@rn.dk\n"
    )
    people = {p.name for p in extractor.extract_text(text).people}
    assert people == {
        "Henrik Bay Mortensen",
        "Mette Rask Sørensen",
        "Jens Peder Kirk",
        "Anna Vinther Kolding",
    }


def test_definite_noun_names_the_documents_own_hospital(extractor: Extractor) -> None:
    text = (
        "Vejle Sygehus – årsberetning\n\n"
        "Mad nok. Vejle Kommune og Kolding Kommune har sammen med sygehusets diætister "
        "udviklet et forløb for ældre.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _names(extraction, project.participants) == {
        "Vejle Kommune",
        "Kolding Kommune",
        "Vejle Sygehus",
    }


def test_wrapped_lower_case_label_word_and_a_question_end_no_field(extractor: Extractor) -> None:
    text = (
        'Vejle Kommune og Kolding Kommune afprøver projektet "Tæt på", hvor en sygeplejerske\n'
        "deltager. 64 patienter har fået besøg.\n\n"
        "Hej. Fristen hos Region Syddanmark er 1. november.\n"
        "Kan du sende, hvem der står bag projektet?\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _names(extraction, project.participants) == {"Vejle Kommune", "Kolding Kommune"}


def test_status_table_written_as_prose(extractor: Extractor) -> None:
    text = (
        "Projekt 1: Hurtigt hjem efter operation. Parter: Esbjerg Kommune og Sydvestjysk "
        "Sygehus. Bevilling: 1\u00a0200\u00a0000 kr. Periode: 01.03.2024–28.02.2026. "
        "Status: grøn.\n\n"
        "Projekt 2: Lunger i balance. Parter: Varde Kommune og Sydvestjysk Sygehus. "
        "Bevilling: kr. 700.000. Status: gul.\n"
    )
    extraction = extractor.extract_text(text)
    found = {p.title: p for p in extraction.projects}
    assert set(found) == {"Hurtigt hjem efter operation", "Lunger i balance"}
    first = found["Hurtigt hjem efter operation"]
    assert first.amount.value == Decimal(1200000)
    assert _names(extraction, first.participants) == {"Esbjerg Kommune", "Sydvestjysk Sygehus"}
    assert found["Lunger i balance"].amount.value == Decimal(700000)


def test_application_form_title_field(extractor: Extractor) -> None:
    text = (
        "Ansøgningsskema\n\n"
        "Projektets titel:   Stærke skuldre\n"
        "Ansøger:            Vejle Kommune\n"
        "Partnere:           Fredericia Kommune\n"
        "Ansøgt beløb:       kr. 950.000\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Stærke skuldre"
    assert extraction.organisation(project.owner).name == "Vejle Kommune"
    assert project.amount.value == Decimal(950000)


def test_heading_line_over_a_paragraph_that_ties_organisations(extractor: Extractor) -> None:
    text = (
        "Kommunen vil fremhæve to indsatser.\n\n"
        "Akutteam Nord\n"
        "Hjørring Kommune har siden 1. maj 2023 drevet et akutteam i samarbejde med "
        "Aalborg Universitetshospital. Teamet er finansieret med 1,1 mio. kr. årligt.\n\n"
        "Afsluttende bemærkninger\n"
        "Hjørring Kommune deltager gerne i det videre arbejde med Region Nordjylland.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Akutteam Nord"
    assert project.amount.value == Decimal(1100000)


def test_grant_from_a_funder_in_the_projects_sentence(extractor: Extractor) -> None:
    text = (
        "Aarhus Kommune driver projektet Sund Nabo sammen med Region Midtjylland. "
        "Projektet har fået 640.000 kroner fra Region Midtjyllands pulje til lighed.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(640000)


# ------------------------------------------------------------------ people (issue #3)
def _people(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {p.name: p.job_title for p in extractor.extract_text(text).people}


def test_roster_items_after_a_label_are_people(extractor: Extractor) -> None:
    text = (
        "Referat\n\nDeltagere:\nDitte Bjerregaard (Region Midtjylland)\n\n"
        "Afbud: Asger Kragh Nielsen (Skanderborg Kommune), Kirstine Leth, fysioterapeut, "
        "Hospitalsenheden Horsens\n\n1. Godkendelse af dagsorden\n"
    )
    people = _people(extractor, text)
    assert "Ditte Bjerregaard" in people
    assert "Asger Kragh Nielsen" in people
    assert people.get("Kirstine Leth") == "fysioterapeut"


def test_field_label_opens_a_contact_line(extractor: Extractor) -> None:
    text = "Faglig sparring: Villads Brøndum, overlæge, Regionshospitalet Randers\n"
    assert _people(extractor, text).get("Villads Brøndum") == "overlæge"


def test_signature_block_name_over_title_line(extractor: Extractor) -> None:
    text = (
        "Tak for svaret.\n\nMed venlig hilsen\n\nJulie Kjærsgaard Poulsen\nFuldmægtig\n"
        "Sundhedsstyrelsen\n\nChristian Dahl Bruun\nFormand for Social- og Sundhedsudvalget\n"
    )
    people = _people(extractor, text)
    assert people.get("Julie Kjærsgaard Poulsen") == "Fuldmægtig"
    assert people.get("Christian Dahl Bruun") == "Formand for Social- og Sundhedsudvalget"


def test_name_after_an_organisation_and_cut_by_a_line_break(extractor: Extractor) -> None:
    text = (
        "Det oplyser konsulent i Hjerteforeningen Mette Skovgaard Iversen.\n\n"
        "Det er vigtigt, siger Mette Skovgaard\nIversen.\n"
    )
    assert list(_people(extractor, text)) == ["Mette Skovgaard Iversen"]


def test_inline_title_keeps_a_small_word_between_capitalised_words(extractor: Extractor) -> None:
    text = (
        "Aalborg Kommune går sammen med Hjerteforeningen om projektet Hjertesvigt i Hjemmet. "
        "Projektet har fået 1,8 mio. kr.\n\nVi henviser til projektet Nærvær i Næstved Kommune.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert "Hjertesvigt i Hjemmet" in projects
    assert projects["Hjertesvigt i Hjemmet"].amount.value == Decimal(1800000)
    assert "Nærvær i Næstved Kommune" not in projects


def test_table_amount_column_gives_the_unit_and_a_cell_may_wrap(extractor: Extractor) -> None:
    text = (
        "Bevilgede projekter:\n\n"
        "Projekt              Ansøger              Tilskud (t.kr.)\n"
        "Bedre mad hjemme     Vejle Kommune                  1.200\n"
        "Aktiv i naturen      Region Midtjylland               800\n"
        "                     og Aarhus Kommune\n"
        "Trygge nætter        Horsens Kommune                  450\n"
        "I alt                                               2.450\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Bedre mad hjemme", "Aktiv i naturen", "Trygge nætter"}
    assert projects["Bedre mad hjemme"].amount.value == Decimal(1_200_000)
    assert projects["Aktiv i naturen"].amount.value == Decimal(800_000)
    assert projects["Trygge nætter"].amount.value == Decimal(450_000)


def test_sub_project_named_in_running_text(extractor: Extractor) -> None:
    text = (
        "Delprojektet Glade Fødder har fået en bevilling på ½ mio. kr. fra en fond.\n\n"
        "Delprojektet Sund Mave gennemføres med Vejle Kommune. Budget: DKK 1,2 mio.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert projects["Glade Fødder"].amount.value == Decimal(500_000)
    assert projects["Sund Mave"].amount.value == Decimal(1_200_000)


def test_compound_project_nouns_name_projects(extractor: Extractor) -> None:
    text = (
        'Lemvig Kommune deltager i samarbejdsprojektet "Stærke Familier". '
        "Struer Kommune leder pilotprojektet Tidlig Kontakt.\n"
    )
    titles = [p.title for p in extractor.extract_text(text).projects]
    assert titles == ["Stærke Familier", "Tidlig Kontakt"]


def test_appositive_project_name(extractor: Extractor) -> None:
    text = (
        "Lemvig Kommune starter et nyt pilotprojekt, Trygt Ophold, der skal hjælpe ældre. "
        "Det varer et år.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Trygt Ophold"


def test_the_naming_sentence_gives_participants_but_not_the_funder(extractor: Extractor) -> None:
    text = (
        "Herning Kommune og Hospitalsenheden Vest har fået 1,2 mio. kr. fra Sundhedsstyrelsen "
        "til projektet Tryg Hverdag. Arbejdet begynder til foråret.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == ["Herning Kommune", "Hospitalsenheden Vest"]
    assert project.amount.value == Decimal(1_200_000)


def test_a_funder_named_by_its_grant_is_no_participant(extractor: Extractor) -> None:
    text = (
        "TrygFonden har netop bevilget 900.000 kr. til projektet Sikker Sommer, som Varde "
        "Kommune gennemfører i samarbejde med Sydvestjysk Sygehus.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == ["Varde Kommune", "Sydvestjysk Sygehus"]


def test_an_affiliation_in_parentheses_is_no_participant(extractor: Extractor) -> None:
    text = (
        "Lektor Mette Holm Krogh (Aarhus Universitet og Region Midtjylland) fremlagde "
        "resultater fra *Gå Sammen*, som Skive Kommune driver.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == ["Skive Kommune"]


def test_a_document_title_names_its_project_and_the_document_is_its_scope(
    extractor: Extractor,
) -> None:
    text = (
        "Referat af styregruppemøde – Fælles Start Vest\n\n"
        "Til stede: projektlederen og de to chefer.\n\n"
        "1. Økonomi\nProjektet har en samlet bevilling på 1.300.000 kr.\n\n"
        "2. Evaluering\nEvalueringen er i gang.\n\n"
        "3. Samarbejde\nIkast-Brande Kommune samarbejder med Regionshospitalet Gødstrup om "
        "den fælles visitation.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Fælles Start Vest"
    assert project.amount.value == Decimal(1_300_000)
    assert _participants(extraction, project) == [
        "Ikast-Brande Kommune",
        "Regionshospitalet Gødstrup",
    ]


def test_a_fact_box_heading_names_a_project(extractor: Extractor) -> None:
    text = "Fakta om TRAPPEN\n- Partnere: Norddjurs Kommune og Syddjurs Kommune\n"
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "TRAPPEN"
    assert _participants(extraction, project) == ["Norddjurs Kommune", "Syddjurs Kommune"]


def test_a_label_line_before_a_bulleted_list_is_no_project(extractor: Extractor) -> None:
    text = "Parterne i aftalen er:\n- Fanø Kommune\n- Esbjerg Kommune\n"
    assert extractor.extract_text(text).projects == []


def test_the_amount_granted_wins_over_the_amount_applied_for(extractor: Extractor) -> None:
    text = (
        "Bevilling til projektet »Sunde Lunger Vest«\n\n"
        "Fondens bestyrelse har bevilget DKK 540.000 til projektet »Sunde Lunger Vest«. "
        "I havde ansøgt om 700.000 kr. Beløbet udbetales i to rater.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(540_000)


def test_an_amount_applied_for_counts_when_nothing_was_granted(extractor: Extractor) -> None:
    text = "Tønder Kommune søger om 450.000 kr. til projektet Grøn Hverdag.\n"
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(450_000)


def test_a_name_said_again_carries_the_amount_of_its_paragraph(extractor: Extractor) -> None:
    text = (
        "Vordingborg Kommune og Næstved Sygehus går sammen om KLAR (Kronisk Lunge-Aftale "
        "i Regionen). Region Sjælland støtter projektet med 1,1 mio. kr.\n\n"
        "Fakta om KLAR\n- Partnere: Vordingborg Kommune og Næstved Sygehus\n"
    )
    [project] = extractor.extract_text(text).projects
    # named as its writers name it, the acronym with its words ("FAST (Fleksibel …)")
    assert project.title == "KLAR (Kronisk Lunge-Aftale i Regionen)"
    assert project.amount.value == Decimal(1_100_000)


def test_a_short_name_and_its_full_name_are_one_project(extractor: Extractor) -> None:
    text = (
        'Ansøgning om støtte til projektet "Aktiv Hjemme – Vesthimmerland"\n\n'
        "Aktiv Hjemme skal give ældre træning i eget hjem.\n"
    )
    titles = [p.title for p in extractor.extract_text(text).projects]
    assert titles == ["Aktiv Hjemme – Vesthimmerland"]


def test_a_field_stops_at_a_page_break_with_its_running_header(extractor: Extractor) -> None:
    text = (
        "Projekt: Gode Overgange\n"
        "Partnere: Rebild Kommune og Mariagerfjord Kommune\n\n"
        "Side 1 af 2\n\nAnsøgning til TrygFonden · Gode Overgange\n\n"
        "Forløbet evalueres løbende.\n\n"
        "Side 2 af 2\n\nAnsøgning til TrygFonden · Gode Overgange\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == ["Rebild Kommune", "Mariagerfjord Kommune"]


def test_enumerated_items_name_projects_and_an_allocation_list_gives_amounts(
    extractor: Extractor,
) -> None:
    text = (
        "Følgende projekter indstilles:\n\n"
        '1) "Sikker Medicin Vest". Skive Kommune og Regionshospitalet Viborg samarbejder om '
        "medicingennemgang ved udskrivelse.\n\n"
        "2) Rehabilitering af kræftpatienter i Thy (REKT). Projektet er et samarbejde mellem "
        "Thisted Kommune og Regionshospital Nordjylland.\n\n"
        "Beslutning\nRegionsrådet bevilger midlerne fordelt således:\n"
        "- Sikker Medicin Vest: 1.200.000 kr.\n"
        "- REKT: 800.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    found = {p.title: p for p in extraction.projects}
    assert sorted(found) == ["Rehabilitering af kræftpatienter i Thy", "Sikker Medicin Vest"]
    assert found["Sikker Medicin Vest"].amount.value == Decimal(1_200_000)
    assert found["Rehabilitering af kræftpatienter i Thy"].amount.value == Decimal(800_000)
    assert _participants(extraction, found["Rehabilitering af kræftpatienter i Thy"]) == [
        "Thisted Kommune",
        "Regionshospital Nordjylland",
    ]


def test_a_part_of_an_amount_applied_for_is_not_the_projects(extractor: Extractor) -> None:
    text = (
        "Vi søger støtte til projektet Frisk Luft.\n\n"
        "Vi søger 1.100.000 kr. i alt for 2026-2027, heraf 700.000 kr. til løn.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_100_000)


def test_a_name_in_apposition_with_its_kind(extractor: Extractor) -> None:
    text = (
        "Et godt eksempel er Sund Ryg i Thy, et tværsektorielt samarbejde mellem Thisted "
        "Kommune og Regionshospital Nordjylland.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sund Ryg i Thy"
    assert _participants(extraction, project) == ["Thisted Kommune", "Regionshospital Nordjylland"]


def test_a_stated_total_beats_a_budget_fields_yearly_parts(extractor: Extractor) -> None:
    text = (
        "Sag 12. Medfinansiering af projekt Tryg Start Nord\n\n"
        "Projektet løber i tre år og har et samlet budget på 3,3 mio. kr.\n\n"
        "Økonomi\nKommunens andel afholdes med 110.000 kr. i 2025 og 120.000 kr. i 2026.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(3_300_000)


def test_a_document_kind_alone_is_no_title(extractor: Extractor) -> None:
    text = "Referat – Byrådet\n\nByrådet godkendte dagsordenen.\n"
    assert extractor.extract_text(text).projects == []


def test_a_project_description_names_its_project_on_the_line_after_its_kind(
    extractor: Extractor,
) -> None:
    text = (
        "Projektbeskrivelse\nAktiv Hverdag Syd 2025-2027\n\n1. Økonomi\n"
        "Projektets samlede budget er 2,2 mio. kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Aktiv Hverdag Syd"
    assert project.amount.value == Decimal(2_200_000)


def test_minutes_name_no_project_on_the_line_after_their_kind(extractor: Extractor) -> None:
    text = "Referat\nÆldre- og Sundhedsudvalget\n\nUdvalget drøftede budgettet.\n"
    assert extractor.extract_text(text).projects == []


def test_a_plus_sign_ends_a_name(extractor: Extractor) -> None:
    text = "Kommunen har fået 300.000 kr. til projektet Sammen 65+. Det starter i maj.\n"
    [project] = extractor.extract_text(text).projects
    assert project.title == "Sammen 65+"


def test_a_project_known_by_what_it_does(extractor: Extractor) -> None:
    text = (
        "Desuden har Ballerup Kommune sammen med Herlev og Gentofte Hospital afprøvet "
        "projektet om fælles træning for borgere med hjertesvigt. Kommunen finansierer selv "
        "projektet med i alt kr. 640.000.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Fælles træning for borgere med hjertesvigt"
    assert project.amount.value == Decimal(640_000)
    assert _participants(extraction, project) == [
        "Ballerup Kommune",
        "Herlev og Gentofte Hospital",
    ]


def test_an_acronym_said_later_carries_the_amount_and_the_next_project_its_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "Akut Ældreteam Vestegnen (AÆV) er et samarbejde mellem Albertslund Kommune og "
        "Hvidovre Hospital. AÆV er finansieret med 2,1 mio. kr. fra regionens pulje.\n\n"
        "Desuden har Albertslund Kommune sammen med Psykiatrisk Center Glostrup afprøvet "
        "projektet om fælles udskrivning for borgere med svær psykisk sygdom.\n"
    )
    extraction = extractor.extract_text(text)
    first = extraction.projects[0]
    assert first.title == "Akut Ældreteam Vestegnen"
    assert first.amount.value == Decimal(2_100_000)
    assert _participants(extraction, first) == ["Albertslund Kommune", "Hvidovre Hospital"]


def test_a_stated_total_said_after_a_grant_is_the_projects_amount(extractor: Extractor) -> None:
    text = (
        'Regionen har givet tilsagn om 900.000 kr. til projektet "Trygge Mødre".\n\n'
        "Økonomi\nProjektets samlede budget udgør kr. 1.400.000,-. Projektet "
        '"Trygge Mødre" løber i to år.\n'
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_400_000)


def test_a_headline_subject_that_gets_money_is_a_project(extractor: Extractor) -> None:
    text = (
        "Lægebåd Syd får to millioner kroner fra TrygFonden\n\n"
        "Ærø Kommune og OUH Svendborg Sygehus vil sejle lægen ud til øerne.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Lægebåd Syd"
    assert project.amount.value == Decimal(2_000_000)


def test_an_organisation_in_a_headline_is_no_project(extractor: Extractor) -> None:
    text = "Region Sjælland får 40 mio. kr. til nye sengepladser\n\nPengene kommer fra staten.\n"
    assert extractor.extract_text(text).projects == []


def test_a_paragraph_opening_with_a_project_as_its_subject(extractor: Extractor) -> None:
    text = (
        "Status for projekterne.\n\n"
        "Sund Start – Kalundborg er det største af de to projekter. Kalundborg Kommune "
        "samarbejder med Holbæk Sygehus om hjemmebesøg. Projektet har fået kr. 1.300.000.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sund Start – Kalundborg"
    assert project.amount.value == Decimal(1_300_000)
    assert _participants(extraction, project) == ["Kalundborg Kommune", "Holbæk Sygehus"]


def test_an_organisation_or_a_time_as_subject_is_no_project(extractor: Extractor) -> None:
    text = (
        "Status.\n\nFra 2024 er der etableret et samarbejde med Region Sjælland.\n\n"
        "Sorø og Ringsted Kommuner er partnere i projektet.\n"
    )
    assert extractor.extract_text(text).projects == []


def test_a_form_with_numbered_sections_and_values_on_the_next_line(extractor: Extractor) -> None:
    text = (
        "Ansøgningsskema\n\n1. Ansøger\nAnsøgende organisation: Ringsted Kommune\n\n"
        "2. Projektets titel\nBedre Hjem i Ringsted (BHR)\n\n"
        "3. Samarbejdspartnere\nSjællands Universitetshospital\n\n"
        "4. Projektperiode\n01.03.2026-28.02.2028\n\n"
        "5. Budget\nSamlet budget: 2 400 000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Bedre Hjem i Ringsted"
    assert project.amount.value == Decimal(2_400_000)
    assert (project.start.isoformat(), project.end.isoformat()) == ("2026-03-01", "2028-02-28")
    assert "Sjællands Universitetshospital" in _participants(extraction, project)


def test_an_amount_in_prose_is_no_table_unit(extractor: Extractor) -> None:
    text = (
        "Projekt: Trygt Ophold\n\n3. Økonomi\nProjektet har fået bevilget 1,8 mio. kr. "
        "Budgettet:\n2025   900.000 kr.\n2026   900.000 kr.\nI alt  1.800.000 kr.\n\n"
        "Et mindreforbrug på 12.000 kr. overføres.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_800_000)


def test_a_described_project_said_earlier_carries_its_stated_total(extractor: Extractor) -> None:
    text = (
        "Punkt 9. Medfinansiering af fælles sårteam med Tårnby Kommune\n\n"
        "Dragør Kommune og Tårnby Kommune foreslår et fælles sårteam. Teamets samlede budget "
        "udgør 960.000 kr. Heraf betaler Dragør Kommune 480.000 kr.\n\n"
        "Indstilling\n1. at Dragør Kommune deltager i forsøget med et fælles sårteam sammen "
        "med Tårnby Kommune.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Fælles sårteam"
    assert project.amount.value == Decimal(960_000)


def test_a_described_trial_with_a_cue_but_no_known_organisation(extractor: Extractor) -> None:
    text = (
        "- Forsøget med faste tandlæger på plejecentre, som kommunen gennemfører i samarbejde "
        "med de lokale klinikker, er finansieret med 400.000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Faste tandlæger på plejecentre"
    assert project.amount.value == Decimal(400_000)


def test_a_heading_line_over_a_paragraph_that_names_a_year(extractor: Extractor) -> None:
    text = (
        "Vores bemærkninger.\n\n"
        "Tidlig opsporing i hjemmeplejen\n"
        "Sammen med Psykiatrien Region Sjælland har kommunen udviklet et kursus for "
        "hjemmeplejen. Kurset er udbudt siden 2024.\n\n"
        "Afsluttende bemærkninger\nVi ser frem til samarbejdet.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Tidlig opsporing i hjemmeplejen"
    assert _participants(extraction, project) == ["Psykiatrien Region Sjælland"]


def test_list_items_opening_with_quoted_names(extractor: Extractor) -> None:
    text = (
        "Erfaringer fra igangværende samarbejder\n"
        "Kommunen deltager i to projekter med regionen, som vi vil bygge videre på:\n\n"
        '• "Trygt Videre" er et samarbejde mellem Slagelse Sygehus og Sorø Kommune. '
        "Projektet har modtaget 1,9 mio. kr.\n\n"
        '• I "Hjemmerehab Vest" tilbyder kommunen, sammen med Slagelse Sygehus, '
        "genoptræning via video. Projektet er støttet med 800 000 kr.\n"
    )
    found = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert found == {"Trygt Videre": Decimal(1_900_000), "Hjemmerehab Vest": Decimal(800_000)}


def test_a_period_on_its_labels_line_ends_there(extractor: Extractor) -> None:
    text = (
        "MIDTVEJSRAPPORT\nSund Mad på Ærø\n\nProjektejer: Ærø Kommune\n"
        "Projektperiode: 1. marts 2025 - 28. februar 2027\n"
        "Udarbejdet af projektlederen, juni 2026\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Sund Mad på Ærø"
    assert (project.start.isoformat(), project.end.isoformat()) == ("2025-03-01", "2027-02-28")


def test_plural_references_to_the_kommuner_a_document_names(extractor: Extractor) -> None:
    text = (
        "Lægerne i Hillerød, Fredensborg og Allerød Kommuner kan tilkalde teamet.\n\n"
        "Projektet Akut Hjemme er et samarbejde mellem Nordsjællands Hospital og de tre "
        "kommuner.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == [
        "Nordsjællands Hospital",
        "Hillerød Kommune",
        "Fredensborg Kommune",
        "Allerød Kommune",
    ]
    # a count that does not fit names nobody
    extraction = extractor.extract_text(text.replace("de tre", "de fem"))
    assert _participants(extraction, extraction.projects[0]) == ["Nordsjællands Hospital"]


def test_catalogue_entries_a_name_over_its_field_lines(extractor: Extractor) -> None:
    text = (
        "Projektkatalog 2026\n\n"
        "Sund Skolemad på Ærø\nProjektejer: Ærø Kommune\nPartnere: UC SYD\n"
        "Budget: 640.000 kr.\nPeriode: 2025-2026\n\n"
        "Fakta om projektet\nProjektejer: Ærø Kommune\n\n"
        "1. Stamoplysninger\nAnsøger: Ærø Kommune\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sund Skolemad på Ærø"
    assert project.amount.value == Decimal(640_000)
    assert _participants(extraction, project) == ["Ærø Kommune", "UC SYD"]


def test_a_name_given_after_navnet_and_no_title_from_a_verb_heading(extractor: Extractor) -> None:
    text = (
        "TrygFonden giver 1,2 millioner kroner til et nyt projekt.\n\n"
        "Lægerne i Hørsholm Kommune og Nordsjællands Hospital vil samarbejde tættere. "
        'Projektet har fået navnet "Læge på Linjen" og koster i alt 1,5 millioner kroner.\n\n'
        "Skal give ro i hjemmet\n"
        "Hørsholm Kommune går sammen med Nordsjællands Hospital om projektet fra 2026.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Læge på Linjen"
    assert project.amount.value == Decimal(1_500_000)


def test_a_quoted_name_followed_by_a_work_verb(extractor: Extractor) -> None:
    text = (
        '"Fælles Vej for Unge" gennemføres af Egedal Kommune i samarbejde med Psykiatrisk '
        "Center Ballerup. Projektet har et samlet budget på 2,2 mio. kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Fælles Vej for Unge"
    assert project.amount.value == Decimal(2_200_000)


def test_the_only_project_of_a_news_item_takes_the_money_of_its_lead(extractor: Extractor) -> None:
    text = (
        "Ny hjælp til ældre i Vesthimmerland\n\n"
        "Vesthimmerlands Kommune og Regionshospital Nordjylland får 1,3 mio. kr. fra regionen "
        "til at lære hjemmeplejen at opdage sygdom tidligt.\n\n"
        "Hjemmeplejen får undervisning af hospitalets sygeplejersker, og borgerne får besøg "
        'oftere. Samarbejdet har fået navnet "Tidligt Tegn" og løber i to år.\n'
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Tidligt Tegn"
    assert project.amount.value == Decimal(1_300_000)


def test_a_run_in_name_with_a_colon_and_an_inverted_participant_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "Vi vil fremhæve to samarbejder.\n\n"
        "Sårklinik Mols: Siden 2024 har Norddjurs Kommune og Region Midtjylland drevet en "
        "fælles sårklinik. Etableringen kostede 520.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sårklinik Mols"
    assert project.amount.value == Decimal(520_000)
    assert _participants(extraction, project) == ["Norddjurs Kommune", "Region Midtjylland"]


def test_a_numbered_reports_title_line_keeps_its_subtitle(extractor: Extractor) -> None:
    """A report's title line is the project's title as written, subtitle and all (most
    independent gold writers name it so)."""
    text = (
        "Statusrapport nr. 3\n\n"
        "Job i Vest – beskæftigelsesindsats for unge med angst\n\n"
        "Projektets samlede budget er 4 400 000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Job i Vest – beskæftigelsesindsats for unge med angst"
    assert project.amount.value == Decimal(4_400_000)


def test_a_total_said_as_i_alt_koster_and_no_project_from_a_documents_title(
    extractor: Extractor,
) -> None:
    text = (
        "Ansøgning til Sundhedsstyrelsen\nPulje til forebyggelse 2025-2027\n\n"
        "Fonden har bevilget 900.000 kroner til projektet Stærke Hjerter, der i alt koster "
        "1,4 millioner kroner.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Stærke Hjerter"
    assert project.amount.value == Decimal(1_400_000)


def test_list_items_naming_projects_with_a_clause_and_agenda_items(extractor: Extractor) -> None:
    text = (
        "Konkret drejer det sig om:\n\n"
        "- TeleLunge Thy, hvor borgere med KOL følges hjemme. Projektet har modtaget "
        "650 000 kr.\n\n"
        "- Region Nordjylland, som driver akutberedskabet.\n\n"
        "3. Status: Akutfunktion Mors\n"
        "Morsø Kommune og Regionshospital Nordjylland har etableret en akutfunktion. "
        "Projektets samlede budget er 2,1 mio. kr.\n"
    )
    found = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert found == {"TeleLunge Thy": Decimal(650_000), "Akutfunktion Mors": Decimal(2_100_000)}


def test_an_overview_of_numbered_entries_with_field_lines(extractor: Extractor) -> None:
    text = (
        "Oversigt over projekter\n\n"
        "1. Sammen om Sårene\nFormål: Fælles sårbehandling\nPartnere: Bispebjerg Hospital\n"
        "Budget: 1,6 mio. kr.\nStatus: I drift i to bydele\n\n"
        "2. Trygge Overgange\nFormål: Opfølgning efter udskrivelse\n"
        "Partnere: Amager Hospital\nBudget: 900.000 kr.\nStatus: Afsluttet\n"
    )
    found = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert found == {"Sammen om Sårene": Decimal(1_600_000), "Trygge Overgange": Decimal(900_000)}


def test_a_budget_table_whose_rows_start_with_label_words(extractor: Extractor) -> None:
    text = (
        "Projekttitel: Hjem med Ro\n\n6. Budget\n"
        "Løn, koordinator                    640 000 kr.\n"
        "Evaluering                          120 000 kr.\n"
        "I alt                               760 000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(760_000)


def test_a_total_said_as_i_alt_et_budget_paa(extractor: Extractor) -> None:
    text = (
        'Forsøget har fået navnet "Læge på Linjen". TrygFonden har givet 1,1 millioner kroner, '
        "og projektet har i alt et budget på 1,6 millioner kroner.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_600_000)


def test_quoted_names_in_a_participant_sentence_and_grants_to_a_named_recipient(
    extractor: Extractor,
) -> None:
    text = (
        'Siden 2024 har Amager Hospital og Tårnby Kommune sammen drevet "Geriatri Hjemme", '
        "hvor et team besøger ældre. Projektet er finansieret med 1,9 mio. kr.\n\n"
        "Styrelsen har bevilget 2.400.000 kr. til Fælles Ungeteam Amager fra puljen "
        '"Tidlig hjælp til unge", som i alt udmønter 60 mio. kr.\n'
    )
    found = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert found == {
        "Geriatri Hjemme": Decimal(1_900_000),
        "Fælles Ungeteam Amager": Decimal(2_400_000),
    }


def test_a_bare_total_under_a_kroner_header_and_no_title_from_an_agenda_number(
    extractor: Extractor,
) -> None:
    text = (
        "Projektets titel: Styrk dig Fyn\n\n8. Budget (kr.)\n"
        "Personale                      900.000\n"
        "Samlet budget                1.240.000\n\n"
        "Punkt 6. Deltagelse i et projekt sammen med Odense Universitetshospital\n"
        "Udvalget godkender deltagelsen.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Styrk dig Fyn"
    assert project.amount.value == Decimal(1_240_000)


def test_a_title_field_ends_before_the_next_label_line(extractor: Extractor) -> None:
    text = (
        "Statusrapport nr. 1\n\n"
        "Projekt: Fælles nattevagt for borgere med demens\n"
        "Tilskudsmodtager: Vejle Kommune\n"
        "Tilskudsgiver: Sundhedsstyrelsen\n"
        "J.nr.: 12-345\n\n"
        "Projektet drives sammen med Sygehus Lillebælt. Samlet budget: 1.250.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Fælles nattevagt for borgere med demens"
    assert extraction.organisation(project.owner).name == "Vejle Kommune"
    assert project.amount.value == Decimal(1_250_000)


def test_numbered_agenda_items_whose_paragraph_refers_back_to_them(
    extractor: Extractor,
) -> None:
    text = (
        "Punkt 1. Godkendelse af dagsorden (Beslutning)\n\n"
        "Punkt 2. Ryg ud sammen – status efter første år (Orientering)\n"
        "Projektet gennemføres af Kolding Kommune og Sygehus Lillebælt og har modtaget "
        "800.000 kr. fra regionens pulje. Kolding Kommune er projektejer.\n\n"
        "Punkt 3. Afrapportering: Mad til ældre Haderslev\n"
        "Projektet blev gennemført af Haderslev Kommune i samarbejde med UC SYD og kostede "
        "i alt 450.000 kr.\n\n"
        "Punkt 4. Kort om projekterne\nProjektet er nævnt ovenfor.\n"
    )
    extraction = extractor.extract_text(text)
    projects = {p.title: p for p in extraction.projects}
    assert set(projects) == {"Ryg ud sammen", "Mad til ældre Haderslev"}
    smoking = projects["Ryg ud sammen"]
    assert smoking.amount.value == Decimal(800_000)
    assert extraction.organisation(smoking.owner).name == "Kolding Kommune"
    assert _names(extraction, smoking.participants) == {"Kolding Kommune", "Sygehus Lillebælt"}
    assert projects["Mad til ældre Haderslev"].amount.value == Decimal(450_000)


def test_money_asked_of_a_pool_is_the_projects_not_the_pools(extractor: Extractor) -> None:
    text = (
        "Ikast-Brande Kommune vil sammen med Regionshospitalet Gødstrup søge "
        'Sundhedsstyrelsens pulje "Styrket rehabilitering" om 640.000 kr. til projektet '
        '"Træning tæt på".\n'
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    [pool] = extraction.funding_pools
    assert project.title == "Træning tæt på"
    assert project.amount.value == Decimal(640_000)
    assert pool.amount is None


def test_a_budget_from_a_pool_and_an_end_said_alone(extractor: Extractor) -> None:
    text = (
        "3. Status: Akutteam Sydvest\n"
        "Projektet er et samarbejde mellem Esbjerg Kommune og Sydvestjysk Sygehus. "
        "Det har et budget på 1,7 mio. kr. fra udviklingspuljen. "
        "Bevillingen udløber 30. juni 2026.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_700_000)
    assert project.start is None
    assert str(project.end) == "2026-06-30"


def test_a_period_said_with_siden_and_frem_til(extractor: Extractor) -> None:
    text = (
        "Hjerterask i Ribe\n"
        "Esbjerg Kommune og Sydvestjysk Sygehus har siden 1. marts 2024 samarbejdet om at "
        "finde borgere med hjertesvigt. Projektet har et samlet budget på 2 mio. kr. frem til "
        "28. februar 2027.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Hjerterask i Ribe"
    assert (str(project.start), str(project.end)) == ("2024-03-01", "2027-02-28")
    assert project.amount.value == Decimal(2_000_000)


def test_a_total_price_spelled_out(extractor: Extractor) -> None:
    text = (
        'Fanø Kommune og Region Syddanmark har kaldt projektet "Lægen på skærmen". '
        "TrygFonden giver 1,5 millioner kroner, og den samlede pris bliver to millioner "
        "kroner.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Lægen på skærmen"
    assert project.amount.value == Decimal(2_000_000)


def test_agenda_items_numbered_with_ad(extractor: Extractor) -> None:
    text = (
        "Ad 1. Godkendelse af referat\nGodkendt.\n\n"
        "Ad 2. Sammen om hjertet – status efter første halvår\n"
        "Siden 1. marts 2024 har Holstebro Kommune og Struer Kommune sammen med Gødstrup "
        "Hospital fulgt borgere med hjertesvigt.\n\n"
        "Projektet fik tilsagn om 1,1 mio. kr. og løber til 31. marts 2026.\n\n"
        "Ad 3. Forslag: Ung-Bro – brobygning for unge i krise\n"
        "Holstebro Kommune foreslår et forløb sammen med Psykiatrien i Region Midtjylland. "
        "Forslaget har en ramme på 400.000 kr.\n\n"
        "Ad 4. Akutpladser i kommunerne\n"
        "Kommunerne har brugt 2 mio. kr. på akutpladser sammen med Gødstrup Hospital.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Sammen om hjertet", "Ung-Bro – brobygning for unge i krise"}
    heart = projects["Sammen om hjertet"]
    assert heart.amount.value == Decimal(1_100_000)
    assert (str(heart.start), str(heart.end)) == ("2024-03-01", "2026-03-31")
    assert projects["Ung-Bro – brobygning for unge i krise"].amount.value == Decimal(400_000)


def test_an_agenda_topic_yields_to_the_project_it_names(extractor: Extractor) -> None:
    text = (
        "Punkt 7. Fælles sundhedshus i Skive – frigivelse af anlægsbevilling\n\n"
        "Skive Kommune og Regionshospital Nordjylland vil samle deres tilbud. "
        'Projektet "Sundt sammen Skive" blev godkendt i april.\n\n'
        "Projektet koster i alt 4,2 mio. kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Sundt sammen Skive"
    assert project.amount.value == Decimal(4_200_000)


def test_a_long_title_under_a_report_kind_and_a_quoted_name_in_apposition(
    extractor: Extractor,
) -> None:
    report = (
        "SLUTRAPPORT\n\n"
        "TONEART: Sang og samvær for ældre med demens og deres pårørende i to kommuner\n\n"
        "Bevilget beløb: 1.300.000 kr.\nProjektejer: Vejle Kommune\n"
    )
    [project] = extractor.extract_text(report).projects
    assert project.title == (
        "TONEART: Sang og samvær for ældre med demens og deres pårørende i to kommuner"
    )
    assert project.amount.value == Decimal(1_300_000)
    news = (
        'Hospitalets andet samarbejdsprojekt med Slagelse Kommune, "Hjemme med ilt", er '
        "blevet forlænget. Det har fået 2,2 mio. kr. fra regionen.\n"
    )
    [project] = extractor.extract_text(news).projects
    assert project.title == "Hjemme med ilt"


def test_a_name_with_commas_after_a_cue_in_apposition(extractor: Extractor) -> None:
    text = (
        "Kommunen deltager i indsatsen Mad, motion og mod, et samarbejde med Favrskov "
        "Kommune. Indsatsen har et budget på 760.000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Mad, motion og mod"
    assert project.amount.value == Decimal(760_000)


def test_an_applied_total_beats_a_budget_line_and_a_funder_after_an_amount(
    extractor: Extractor,
) -> None:
    application = (
        "Projekttitel: Tryg i job\nAnsøger: Lolland Kommune\n\n"
        "Budget (kr.)\nLøn 900.000\nEvaluering 200.000\n\n"
        "Der ansøges i alt om 1.100.000 kr. Evalueringsposten på 200.000 kr. dækker "
        "UC Absalons bidrag.\n"
    )
    [project] = extractor.extract_text(application).projects
    assert project.amount.value == Decimal(1_100_000)
    grant = (
        "Jobcenter Holbæk har fået tilsagn om kr. 640.000 fra Styrelsen for Arbejdsmarked "
        "og Rekruttering til indsatsen Job med ro på, der gennemføres i samarbejde med "
        "Professionshøjskolen Absalon.\n"
    )
    extraction = extractor.extract_text(grant)
    [project] = extraction.projects
    assert project.title == "Job med ro på"
    assert project.amount.value == Decimal(640_000)
    assert "Styrelsen for Arbejdsmarked og Rekruttering" not in _names(
        extraction, project.participants
    )


def test_a_title_coordinating_two_words_is_no_organisation(extractor: Extractor) -> None:
    text = (
        "SLUTRAPPORT\nBolig og Trivsel Nordvest – samlet indsats for hjemløse\n\n"
        "Bolig og Trivsel Nordvest er gennemført af Aalborg Kommune i samarbejde med "
        "Psykiatrien i Region Nordjylland. Projektet har haft et samlet budget på 2 mio. kr., "
        "hvoraf 1,5 mio. kr. kom fra Puljen til boligsociale indsatser.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Bolig og Trivsel Nordvest – samlet indsats for hjemløse"
    assert project.amount.value == Decimal(2_000_000)
    assert "Trivsel Nordvest" not in {o.name for o in extraction.organisations}
    [pool] = extraction.funding_pools
    assert pool.amount is None  # the project's budget is no size of the pool


def test_a_budgets_total_row_is_the_projects_total(extractor: Extractor) -> None:
    text = (
        "Projekttitel: Rask hjem\nAnsøgt beløb: 900.000 kr.\n\n"
        "Budget\nLøn                 700.000\nDrift               300.000\n"
        "Egenfinansiering    250.000\nI alt             1.250.000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_250_000)
    amount = project.amount.mention
    assert text[amount.start : amount.end] == "1.250.000 kr."


def test_a_name_up_to_its_clause_and_a_name_fronted_before_its_verb(
    extractor: Extractor,
) -> None:
    wrapped = (
        "Det er kernen i projektet Ro på hjem\ni Vesthimmerland, som Vesthimmerlands Kommune "
        "driver med Aalborg Universitetshospital. Projektet har fået 640.000 kr.\n"
    )
    [project] = extractor.extract_text(wrapped).projects
    assert project.title == "Ro på hjem i Vesthimmerland"
    assert project.amount.value == Decimal(640_000)
    fronted = (
        "I projektet Hjem med ro arbejder Rødovre Kommune sammen med Hvidovre Hospital. "
        "Projektet har et budget på 1,1 mio. kr.\n"
    )
    extraction = extractor.extract_text(fronted)
    [project] = extraction.projects
    assert project.title == "Hjem med ro"
    assert _names(extraction, project.participants) == {"Rødovre Kommune", "Hvidovre Hospital"}


def test_a_grant_list_of_recipients_and_quoted_names_with_field_lines(
    extractor: Extractor,
) -> None:
    text = (
        "Følgende har fået tilskud:\n\n"
        '» Vejle Kommune: "Ét team – én plan"\n'
        "   Partner: Sygehus Lillebælt\n   Tilskud: kr. 2.400.000\n   Periode: 2025–2026\n\n"
        '» Kolding Kommune: "Ro på"\n'
        "   Partnere: Psykiatrien i Region Syddanmark og Kræftens Bekæmpelse\n"
        "   Tilskud: kr. 1.300.000\n"
    )
    extraction = extractor.extract_text(text)
    projects = {p.title: p for p in extraction.projects}
    assert set(projects) == {"Ét team – én plan", "Ro på"}
    team = projects["Ét team – én plan"]
    assert team.amount.value == Decimal(2_400_000)
    assert extraction.organisation(team.owner).name == "Vejle Kommune"
    assert _names(extraction, team.participants) == {"Vejle Kommune", "Sygehus Lillebælt"}
    assert projects["Ro på"].amount.value == Decimal(1_300_000)


def test_a_table_read_out_one_cell_per_line(extractor: Extractor) -> None:
    text = (
        "Tabel 2. Bevillinger (t.kr.)\nProjekt\nAnsøger\n2025\n2026\nI alt\n"
        "Akut hjælp i Thy\nThisted Kommune\n1.200\n1.300\n2.500\n"
        "Søvn for unge\nRegionspsykiatrien Vest\n400\n450\n850\n"
        "I alt\n1.600\n1.750\n3.350\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Akut hjælp i Thy", "Søvn for unge"}
    assert projects["Akut hjælp i Thy"].amount.value == Decimal(2_500_000)
    assert projects["Søvn for unge"].amount.value == Decimal(850_000)
    amount = projects["Søvn for unge"].amount.mention
    assert text[amount.start : amount.end] == "850"


def test_quoted_and_emphasised_names_on_their_own_line_and_after_hedder(
    extractor: Extractor,
) -> None:
    grants = (
        "Årets bevillinger\n\n»Sammen om søvnen«\nProfessionshøjskolen Absalon får 650.000 kr. "
        "til et projekt sammen med Slagelse Kommune.\n"
    )
    [project] = extractor.extract_text(grants).projects
    assert (project.title, project.amount.value) == ("Sammen om søvnen", Decimal(650_000))
    emphasised = (
        "Ordningen hedder *Børn i trygge hænder* og er et samarbejde mellem Aabenraa Kommune "
        "og Sygehus Sønderjylland. TrygFonden har støttet projektet med 1,8 mio. kr.\n"
    )
    [project] = extractor.extract_text(emphasised).projects
    assert (project.title, project.amount.value) == ("Børn i trygge hænder", Decimal(1_800_000))
    called = (
        "Projektet hedder StepHome – Rehabilitation at Home og har fået DKK 2,2 mio. fra "
        "VELUX FONDEN.\n"
    )
    [project] = extractor.extract_text(called).projects
    assert project.title == "StepHome – Rehabilitation at Home"
    assert project.amount.value == Decimal(2_200_000)


def test_an_applications_title_line_and_a_running_footer_with_a_page_number(
    extractor: Extractor,
) -> None:
    text = (
        "Ansøgning til Helsefonden\n\n"
        "Trygge fødder – tidlig opsporing af fodsår i Vesthimmerland\n\n"
        "Ansøger: Vesthimmerlands Kommune\n\nDer søges om i alt 1.250.000 kr.\n\n"
        "Ansøgning · Trygge fødder                                   Side 1 af 2\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Trygge fødder – tidlig opsporing af fodsår i Vesthimmerland"
    assert project.amount.value == Decimal(1_250_000)


def test_a_numbered_section_named_like_a_project_referred_back_to_later(
    extractor: Extractor,
) -> None:
    text = (
        "4.1 Ryggen i Fokus (RiF)\n"
        "Sygehus Sønderjylland er projektejer på RiF sammen med Tønder Kommune. "
        "Projektet har et budget på 2,75 mio. kr.\n\n"
        "4.2 Samspil mellem aktører\n"
        "Parterne mødes hver måned. Projektet har fået ros for samarbejdet.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.amount.value) == ("Ryggen i Fokus", Decimal(2_750_000))


def test_agenda_kinds_with_a_dash_a_preposition_and_a_prefix(extractor: Extractor) -> None:
    text = (
        "Punkt 9 – Orientering: Tilsagn til Spis med Naboen\n"
        "Sundhedsstyrelsen har givet tilsagn om 920.000 kr. Midlerne går til Spis med Naboen, "
        "som kommunen gennemfører i samarbejde med Ældre Sagen.\n\n"
        "Punkt 10. Orientering om Sårklinik Vest\n"
        "Sårklinik Vest drives i fællesskab af Regionshospitalet Gødstrup og Herning Kommune.\n\n"
        "Punkt 11. Orientering om budgettet\nTaget til efterretning.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Spis med Naboen", "Sårklinik Vest"}
    assert projects["Spis med Naboen"].amount.value == Decimal(920_000)


def test_names_before_who_runs_them_in_capitals_and_in_a_mail_subject(
    extractor: Extractor,
) -> None:
    runs = (
        "Vi bruger allerede jeres lokaler til Røgfri Hverdag, som Ikast-Brande Kommune driver "
        "sammen med Herning Kommune. Kræftens Bekæmpelse har givet 400.000 kr. til det forløb.\n"
    )
    [project] = extractor.extract_text(runs).projects
    assert (project.title, project.amount.value) == ("Røgfri Hverdag", Decimal(400_000))
    capitals = (
        "I dag har vi indgået et partnerskab med Sygehus Lillebælt om GÅ VIDERE.\n\n"
        "Gå videre kører i to år og har et samlet budget på 1,2 mio. kr.\n"
    )
    [project] = extractor.extract_text(capitals).projects
    assert (project.title, project.amount.value) == ("GÅ VIDERE", Decimal(1_200_000))
    mail = (
        "Emne: SV: JobBroen – tilsagn og fordeling\n\nHej Mette\n\nSTAR har givet tilsagn "
        "til JobBroen på 1.450.000 kr. Herning Kommune deltager.\n"
    )
    [project] = extractor.extract_text(mail).projects
    assert (project.title, project.amount.value) == ("JobBroen", Decimal(1_450_000))


def test_sums_of_yearly_amounts_and_a_quoted_sentence(extractor: Extractor) -> None:
    text = (
        "Punkt 4. Forlængelse af samarbejdet om Job i Fokus\n"
        "Jobcenter Vordingborg og Psykiatrien Region Sjælland har drevet indsatsen Job i Fokus "
        "siden 2023. Udgiften udgør 780.000 kr. årligt, i alt 1,56 mio. kr. for hele perioden.\n"
        'Et medlem ønskede ført til protokol: "Vi støtter formålet, men regionen bør betale."\n\n'
        'Projektet har fået navnet "Læge på skærm" og koster i alt 2,8 millioner kroner.\n'
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Job i Fokus", "Læge på skærm"}
    assert projects["Job i Fokus"].amount.value == Decimal(1_560_000)
    assert projects["Læge på skærm"].amount.value == Decimal(2_800_000)


def test_heading_lines_with_their_amount_after_a_dash(extractor: Extractor) -> None:
    text = (
        "De to projekter er:\n\n"
        "Fællesskab i Køge - 2,8 mio. kr.\n"
        "Køge Kommune etablerer sammen med Professionshøjskolen Absalon et gruppeforløb.\n\n"
        "Unge på vej - Vesthimmerland - 3,1 mio. kr.\n"
        "Vesthimmerlands Kommune og Psykiatrien i Region Nordjylland etablerer en rådgivning.\n\n"
        "Kl. 20.10 - 1.000 kr.\nMødet sluttede.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Fællesskab i Køge", "Unge på vej"}
    assert projects["Fællesskab i Køge"].amount.value == Decimal(2_800_000)
    assert projects["Unge på vej"].amount.value == Decimal(3_100_000)


def test_list_items_saying_what_a_name_is_and_a_name_before_hvilket(
    extractor: Extractor,
) -> None:
    text = (
        "Indsatser\n\n\uf0b7 Havebi er et projekt, hvor beboerne holder bier sammen med "
        "Lolland Kommune.\n\n• Madmod er et samarbejde med Fødevarebanken om morgenmad.\n\n"
        "Modellen bruges også i projektet I trygge hænder, hvilket de fleste kommuner kender.\n"
    )
    titles = {p.title for p in extractor.extract_text(text).projects}
    assert titles == {"Havebi", "Madmod", "I trygge hænder"}


def test_a_name_before_its_verb_and_an_owner_list_over_two_lines(extractor: Extractor) -> None:
    text = (
        "Barn i trivsel – Horsens Kommune, Odder Kommune, Skanderborg Kommune og "
        "Hedensted Kommune\n\nProjekt Barn i trivsel har udviklet et forløb for gravide.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Barn i trivsel"
    assert _names(extraction, project.participants) == {
        "Horsens Kommune",
        "Odder Kommune",
        "Skanderborg Kommune",
        "Hedensted Kommune",
    }


def test_a_cell_per_line_table_with_numbers_a_page_break_and_granted_amounts(
    extractor: Extractor,
) -> None:
    text = (
        "Oversigt over bevillinger (beløb i t.kr.)\n\nNr.\nProjekt\nAnsøger\nAnsøgt\nBevilget\n"
        "1\nJob i Syd\nJobcenter Aabenraa\n4.780\n4.250\n\n"
        "STAR · Bevillingsoversigt                       Side 1 af 2\n\n"
        "2\nRecovery i job\nRegion Hovedstadens Psykiatri\n5.200\n4.600\n"
        "I alt\n9.980\n8.850\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Job i Syd", "Recovery i job"}
    assert projects["Job i Syd"].amount.value == Decimal(4_250_000)
    assert projects["Recovery i job"].amount.value == Decimal(4_600_000)


def test_a_fact_box_a_name_after_a_colon_and_money_given_to_a_quoted_name(
    extractor: Extractor,
) -> None:
    text = (
        "To kommuner og en patientforening slår sig sammen om et nyt tilbud: Hjertebussen.\n\n"
        "FAKTA: Hjertebussen\nBudget: 1 mio. kr.\n\nFAKTA: Andre steder i landet\nIngen.\n\n"
        'Klyngepuljen har bevilget 850.000 kr. til "Fald på tværs", som kører til 2026. '
        'Bevillingen kommer fra fondens program "Fremtidens pleje".\n'
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Hjertebussen", "Fald på tværs"}
    assert projects["Hjertebussen"].amount.value == Decimal(1_000_000)
    assert projects["Fald på tværs"].amount.value == Decimal(850_000)


def test_a_numbered_sections_acronym_and_who_leads_it(extractor: Extractor) -> None:
    text = (
        "4.1 Ryggen i Fokus (RiF)\n"
        "Sygehus Sønderjylland er projektejer på RiF sammen med Aabenraa Kommune. "
        "Projektet har et budget på 2,75 mio. kr.\n\n"
        "4.2 Hjerneskade\nI Nordjylland står Aalborg Kommune i spidsen for HjemTræn, hvor "
        "Rebild Kommune samarbejder med Aalborg Universitetshospital. Indsatsen har fået 2,1 "
        "millioner kroner.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {"Ryggen i Fokus", "HjemTræn"}
    assert projects["Ryggen i Fokus"].amount.value == Decimal(2_750_000)
    assert projects["HjemTræn"].amount.value == Decimal(2_100_000)


def test_names_after_a_verb_of_starting_and_ordinal_appositions(extractor: Extractor) -> None:
    speech = (
        'Derfor har Holbæk Sygehus og Kalundborg Kommune sammen skabt "Lægen på besøg". '
        "Projektet drives af Holbæk Sygehus, og regionen har sat 3 millioner kroner af til "
        "det.\n\nSammen med Professionshøjskolen Absalon har vi etableret Klinisk Campus Vest. "
        "Campus har fået 4,2 mio. kr.\n\nDet er skabt \u201dnede fra og op\u201d.\n"
    )
    titles = {p.title: p.amount and p.amount.value for p in extractor.extract_text(speech).projects}
    assert titles == {
        "Lægen på besøg": Decimal(3_000_000),
        "Klinisk Campus Vest": Decimal(4_200_000),
    }
    release = (
        "Aftalen sætter to indsatser i gang.\n\n"
        "Den første, Home First Fyn, skal hjælpe ældre. Indsatsen har et budget på 7,2 mio. kr.\n\n"
        'Den anden indsats, "Åben Dør Fyn", er for unge og har et budget på 3 millioner kroner.\n'
    )
    titles = {
        p.title: p.amount and p.amount.value for p in extractor.extract_text(release).projects
    }
    assert titles == {"Home First Fyn": Decimal(7_200_000), "Åben Dør Fyn": Decimal(3_000_000)}


def test_an_agenda_items_name_used_again_in_its_text(extractor: Extractor) -> None:
    text = (
        "Ad 1) Godkendelse af dagsorden\nGodkendt.\n\n"
        "Ad 2) Lægedækning i Vendsyssel – Lægehus Vendsyssel Nord\n"
        "Regionen orienterede om Lægehus Vendsyssel Nord, en regionsklinik i Sæby, som Region "
        "Nordjylland driver med Frederikshavn Kommune. Budgettet er DKK 2,1 mio.\n\n"
        "Ad 3) DiaVest – fælles forløb for borgere med diabetes\n"
        "Steno Diabetes Center Nordjylland finansierer DiaVest med 4,6 mio. kr.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert set(projects) == {
        "Lægehus Vendsyssel Nord",
        "DiaVest – fælles forløb for borgere med diabetes",
    }
    assert projects["Lægehus Vendsyssel Nord"].amount.value == Decimal(2_100_000)


def test_a_subtitle_line_a_memos_matter_and_a_total_row_in_kroner(extractor: Extractor) -> None:
    description = (
        "PROJEKTBESKRIVELSE\n\nDiaSkole Syd\n– et trygt skoleliv for børn med diabetes\n\n"
        "Budget (kr.)\n\nPost          2025      2026      I alt\n"
        "Løn         400.000   500.000   900.000\nI alt       400.000   500.000   900.000\n\n"
        "Der søges således 700.000 kr. fra puljen.\n"
    )
    [project] = extractor.extract_text(description).projects
    assert project.title == "DiaSkole Syd – et trygt skoleliv for børn med diabetes"
    assert project.amount.value == Decimal(900_000)
    memo = (
        "STATUSNOTAT\n\nVedr.: Én Dør – én vej ind for unge med selvskade\n\n"
        "Én Dør er et samarbejde mellem Esbjerg Kommune og Sydvestjysk Sygehus med et budget "
        "på 3,3 mio. kr.\n"
    )
    [project] = extractor.extract_text(memo).projects
    assert project.title == "Én Dør – én vej ind for unge med selvskade"
    assert project.amount.value == Decimal(3_300_000)


def test_owner_dash_title_lines_over_paragraphs(extractor: Extractor) -> None:
    text = (
        "Fire projekter har fået tilsagn.\n\n"
        "Esbjerg Kommune – Én dør\nRusmiddelcenter Esbjerg og Psykiatrien i Region Syddanmark "
        "etablerer en fælles visitation. Tilskud: 2.780.000 kr.\n\n"
        "Randers Kommune – Dobbeltsporet\nRanders Kommune og Regionspsykiatrien Randers samler "
        "behandlingen. Tilskud: kr. 3,1 mio.\n"
    )
    extraction = extractor.extract_text(text)
    projects = {p.title: p for p in extraction.projects}
    assert set(projects) == {"Én dør", "Dobbeltsporet"}
    assert projects["Dobbeltsporet"].amount.value == Decimal(3_100_000)
    assert extraction.organisation(projects["Én dør"].owner).name == "Esbjerg Kommune"


def test_a_recommended_column_a_refusal_and_the_sum_of_several_grants(
    extractor: Extractor,
) -> None:
    text = (
        "Oversigt over ansøgninger (beløb i 1.000 kr.)\n\nProjekt\nAnsøger\nAnsøgt\nIndstillet\n"
        "KOL på tværs\nRegionshospital Nordjylland\n1.800\n1.800\n"
        "Digital sårvurdering\nBrønderslev Kommune\n900\n0\nI alt\n2.700\n1.800\n\n"
        "KOL på tværs\nRegionshospital Nordjylland samarbejder med Frederikshavn Kommune.\n\n"
        "Økonomi\nDe indstillede tilsagn udgør i alt 1,8 mio. kr.\n"
    )
    projects = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert projects == {
        "KOL på tværs": Decimal(1_800_000),
        "Digital sårvurdering": Decimal(900_000),
    }


def test_a_running_header_naming_the_project_and_a_working_title(extractor: Extractor) -> None:
    report = (
        "Familiespor Vejle – slutevaluering                    Marts 2025\n\n"
        "1. Sammenfatning\nProjektet har haft et samlet budget på 6,4 mio. kr.\n"
    )
    [project] = extractor.extract_text(report).projects
    assert (project.title, project.amount.value) == ("Familiespor Vejle", Decimal(6_400_000))
    minutes = (
        'I forløbet, der har fået arbejdstitlen "Smerter og job", mødes Viborg Kommune og '
        "Regionshospitalet Viborg. Forløbet har et budget på 1,9 mio. kr.\n"
    )
    [project] = extractor.extract_text(minutes).projects
    assert (project.title, project.amount.value) == ("Smerter og job", Decimal(1_900_000))


def test_numbered_lines_with_an_owner_a_clause_and_a_name_cut_short(
    extractor: Extractor,
) -> None:
    intranet = (
        "Tre samarbejder\n\n1) Akutlæge på video – Horsens Kommune\n"
        "Horsens Kommune og Regionshospitalet Horsens har fået 780.000 kr. til Akutlæge på "
        "video.\n"
    )
    extraction = extractor.extract_text(intranet)
    [project] = extraction.projects
    assert project.title == "Akutlæge på video"
    assert extraction.organisation(project.owner).name == "Horsens Kommune"
    agreement = (
        'SAMARBEJDSAFTALE\n\nom projektet "Fælles smerteteam Skive"\n\n'
        "§ 1. Formål\nFormålet med projektet Fælles smerteteam Skive er ét samlet forløb.\n\n"
        "§ 4. Økonomi\nProjektets samlede budget er 3.000.000 kr.\n\n"
        "§ 5. Delprojekt: Smerteskolen digital\nDelprojektets budget er 240.000 kr.\n"
    )
    projects = {p.title: p.amount.value for p in extractor.extract_text(agreement).projects}
    assert projects == {
        "Fælles smerteteam Skive": Decimal(3_000_000),
        "Smerteskolen digital": Decimal(240_000),
    }


def test_numbered_entries_over_field_lines_and_an_agenda_prefix(extractor: Extractor) -> None:
    report = (
        "4. Uddelinger i 2024\n\n"
        "4.2 UngJob – IPS for unge med psykisk sårbarhed\nAnsøger: Jobcenter Holstebro\n"
        "Bevilling: 2,2 mio. kr.\n\n"
        "4.3 Demensvenlig by – Tønder\nAnsøger: Alzheimerforeningen\nBevilling: DKK 780.000\n"
    )
    projects = {p.title: p.amount.value for p in extractor.extract_text(report).projects}
    assert projects == {
        "UngJob – IPS for unge med psykisk sårbarhed": Decimal(2_200_000),
        "Demensvenlig by – Tønder": Decimal(780_000),
    }
    agenda = (
        "7. Videreførelse af TværVej – fælles opfølgning efter udskrivelse\n\n"
        "TværVej blev sat i gang i 2023 som et samarbejde mellem Faaborg-Midtfyn Kommune og "
        "OUH Svendborg Sygehus. Projektet er finansieret med 2,85 mio. kr.\n"
    )
    [project] = extractor.extract_text(agenda).projects
    assert project.title == "TværVej – fælles opfølgning efter udskrivelse"
    assert project.amount.value == Decimal(2_850_000)


def test_a_name_and_akronym_field_and_a_name_before_a_parenthesis(extractor: Extractor) -> None:
    application = (
        "1. Projektets navn og akronym\nTELEBRIDGE – telepsykiatri over Østersøen\n\n"
        "2. Leadpartner\nBornholms Regionskommune\n"
    )
    [project] = extractor.extract_text(application).projects
    assert project.title == "TELEBRIDGE – telepsykiatri over Østersøen"
    answer = (
        "Ikast-Brande Kommune har i projektet Genoptræning uden kø (2023–2024) samarbejdet med "
        "Regionshospitalet Gødstrup. Projektet fik 1,1 mio. kr.\n"
    )
    [project] = extractor.extract_text(answer).projects
    assert (project.title, project.amount.value) == ("Genoptræning uden kø", Decimal(1_100_000))


def test_slides_an_agreement_on_the_line_below_and_a_name_with_a_clause(
    extractor: Extractor,
) -> None:
    slides = (
        "Slide 1\nSundhedssamarbejde i Midt\n\nSlide 3\nProjekt 1: Akut på video – Viborg/Skive\n"
        "• Projektejer: Regionshospitalet Viborg\n• Budget: 2,9 mio. kr. (2024–2026)\n\n"
        "Slide 5\nProjekt 3: UngeSpor Midt\n• Jobcenter Viborg i front\n"
        "• DKK 780.000 fra Viborg Kommunes Ungepulje\n"
    )
    projects = {p.title: p.amount.value for p in extractor.extract_text(slides).projects}
    assert projects == {
        "Akut på video – Viborg/Skive": Decimal(2_900_000),
        "UngeSpor Midt": Decimal(780_000),
    }
    agreement = (
        "SAMARBEJDS- OG DRIFTSAFTALE\nom Tværsektorielt Akutteam Syd (TAT Syd)\n\n"
        "Den samlede driftsudgift for aftaleperioden udgør 7.920.000 kr., svarende til "
        "2.640.000 kr. pr. år.\n"
    )
    [project] = extractor.extract_text(agreement).projects
    assert project.title == "Tværsektorielt Akutteam Syd"
    assert project.amount.value == Decimal(7_920_000)
    article = (
        "Psykiatrisk Akutteam Øst, som teamet officielt hedder, er et forsøg mellem "
        "Regionspsykiatrien Gødstrup og Herning Kommune. Det koster i alt 8,2 mio. kr.\n"
    )
    [project] = extractor.extract_text(article).projects
    assert project.title == "Psykiatrisk Akutteam Øst"


def test_a_cell_per_line_table_with_kroner_in_its_cells_and_a_wrapped_title(
    extractor: Extractor,
) -> None:
    text = (
        "Følgende projekter har fået tilsagn:\n\nProjekt\nAnsøger\nTilsagn\n"
        "Sundhed på dansk\nEsbjerg Kommune\n2.640.000 kr.\n"
        "Tænder til alle – tandpleje for socialt\nudsatte\nSvendborg Kommune\n995.000 kr.\n"
        "I alt\n3.635.000 kr.\n"
    )
    projects = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert projects == {
        "Sundhed på dansk": Decimal(2_640_000),
        "Tænder til alle – tandpleje for socialt udsatte": Decimal(995_000),
    }


def test_quoted_names_that_wrap_get_money_or_open_and_a_mail_asking_for_support(
    extractor: Extractor,
) -> None:
    texts = {
        'Et eksempel er projektet "Fælles Vej – udgående team for unge med\ndebuterende '
        'psykose", som har fået 6,2 mio. kr.\n': (
            "Fælles Vej – udgående team for unge med debuterende psykose",
            Decimal(6_200_000),
        ),
        'Fra 1. marts åbner "Ung Linje Falster", hvor unge kan få samtaler. Tilbuddet har '
        "fået 2,1 mio. kr.\n": ("Ung Linje Falster", Decimal(2_100_000)),
        '"Palliation på tværs" har fået kr. 640.000,- fra Region Midtjyllands pulje.\n': (
            "Palliation på tværs",
            Decimal(640_000),
        ),
        "Emne: Ansøgning om støtte til Café Mindes – pårørendecafé for yngre med demens\n\n"
        "Vi søger om støtte til Café Mindes. Det samlede budget er 212.500 kr.\n": (
            "Café Mindes",
            Decimal(212_500),
        ),
    }
    for text, expected in texts.items():
        [project] = extractor.extract_text(text).projects
        assert (project.title, project.amount.value) == expected


def test_an_agreement_about_a_team_named_on_the_line_below(extractor: Extractor) -> None:
    text = (
        "AFTALE OM FÆLLES FINANSIERING\naf Fælles Udredningsteam Fyn (FUF)\n\n"
        "Indgået mellem Region Syddanmark og Odense Kommune\n\n"
        "§ 3. Økonomi\nDe samlede udgifter til FUF udgør 14.400.000 kr. i perioden.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.amount.value) == (
        "Fælles Udredningsteam Fyn",
        Decimal(14_400_000),
    )


def test_a_quoted_name_in_apposition_an_agenda_items_quoted_name_and_a_trailing_verb(
    extractor: Extractor,
) -> None:
    texts = {
        "Region Sjælland og Næstved Kommune får 1,9 mio. kr. til en mobil enhed, »PsykBilen«, "
        "der kører ud til borgere.\n": ("PsykBilen", Decimal(1_900_000)),
        "2. KOL-indsatsen »Fælles front mod hoste«\nProjektet har et budget på 2,34 mio. kr.\n": (
            "Fælles front mod hoste",
            Decimal(2_340_000),
        ),
        "Det hul skal et nyt projekt med navnet Broen til Arbejdet lukke. Projektet har fået "
        "2,9 mio. kr.\n": ("Broen til Arbejdet", Decimal(2_900_000)),
    }
    for text, expected in texts.items():
        [project] = extractor.extract_text(text).projects
        assert (project.title, project.amount.value) == expected
    database = 'oprettelse af "Kontaktlisten", som er en database med projekter.\n'
    assert extractor.extract_text(database).projects == []


def test_an_acronym_spelled_out_after_a_project_noun_names_the_project(
    extractor: Extractor,
) -> None:
    """ "projekt FAST (Fleksibel Akut Sygepleje på Tværs)" is a project named by both forms,
    not an organisation spelled out; the acronym alone later is the same project."""
    text = (
        "Det er kernen i det nye projekt LUKA (Lokal Udgående Klinisk Akutpleje), som "
        "Holbæk Sygehus står i spidsen for.\n\nMed Kalundborg Kommunes medfinansiering har "
        "LUKA et samlet budget på 6,2 mio. kr.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "LUKA (Lokal Udgående Klinisk Akutpleje)"
    assert project.amount.value == Decimal(6_200_000)
    assert "LUKA" not in {o.name for o in extraction.organisations}
    assert "Lokal Udgående Klinisk Akutpleje" not in {o.name for o in extraction.organisations}


def test_a_quoted_name_before_a_dash_is_the_name_alone_and_a_running_header_no_project(
    extractor: Extractor,
) -> None:
    """'"X" – description' in an agenda item: the quoted part is the name; a running header
    "Region – Dagsorden – Udvalget <date>" names no project."""
    text = (
        "Region Midtjylland – Dagsorden – Praksisplanudvalget 3. april 2025\nSide 2 af 5\n\n"
        'Punkt 4. Godkendelse af ansøgning: "Rask i Ryggen" – fælles forløb for borgere '
        "med lændesmerter\n\nSagsfremstilling\nSilkeborg Kommune søger sammen med "
        "Regionshospitalet Silkeborg om 900 t.kr. til projektet.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Rask i Ryggen", Decimal(900_000))]


def test_numbered_sections_with_a_run_in_title_referred_back_to(extractor: Extractor) -> None:
    text = (
        "§ 3 Projekter\n3.1 Parterne igangsætter to projekter.\n\n"
        "3.2 Sikker medicin ved udskrivelse. Projektet ejes af Bispebjerg Hospital og "
        "gennemføres sammen med Københavns Kommune. Der er bevilget 1,4 mio. kr. fra "
        "puljen.\n\n"
        "3.3 Digital genoptræning efter knæoperation. Projektet ejes af Frederiksberg Kommune.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Sikker medicin ved udskrivelse", Decimal(1_400_000)),
        ("Digital genoptræning efter knæoperation", None),
    ]


def test_a_cover_page_with_the_preposition_on_its_own_line(extractor: Extractor) -> None:
    text = (
        "SAMARBEJDSAFTALE\n\nom\n\nSydjysk Sundhedsteknologisk Testcenter (SST)\n\nmellem\n\n"
        "Esbjerg Kommune\nRegion Syddanmark\n\n§ 5 Økonomi\nDen samlede økonomi for SST "
        "udgør 2,4 mio. kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.title == "Sydjysk Sundhedsteknologisk Testcenter"
    assert project.amount.value == Decimal(2_400_000)


def test_a_headline_opening_with_a_quoted_name_of_a_project(extractor: Extractor) -> None:
    text = (
        '"Tryg Tablet" skal få ensomme ældre på nettet\n\nVejle Kommune vil nå de ældre.\n\n'
        "Projektet er udviklet af Vejle Kommune sammen med Ældre Sagen, og det har fået "
        "600.000 kroner fra en fond.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.amount.value) == ("Tryg Tablet", Decimal(600_000))
    quote = '"Vi skal lytte mere" siger borgmesteren\n\nBorgmesteren talte om ældreområdet.\n'
    assert extractor.extract_text(quote).projects == []


def test_what_the_text_calls_a_project_is_one_even_with_a_units_name(
    extractor: Extractor,
) -> None:
    """ "projektet Sundhedshus Vest": a unit's head word, but the text calls it a project; a
    reference organisation after "projektet" still is no project."""
    text = (
        "Kommunen arbejder sammen med Region Sjælland på projektet Sundhedshus Vest, hvor "
        "kommunale tilbud samles under ét tag.\n"
    )
    assert [p.title for p in extractor.extract_text(text).projects] == ["Sundhedshus Vest"]
    text = "Kommunen deltager i projektet Region Sjælland, hvor tilbud samles.\n"
    assert extractor.extract_text(text).projects == []


def test_a_paragraph_opening_with_a_name_its_owner_runs(extractor: Extractor) -> None:
    text = (
        "Indledning\n\nGod Start Hjemme ejes af Norddjurs Kommune og gennemføres sammen med "
        "Regionshospitalet Randers i perioden 2024-2026.\n\n"
        "God Start Hjemme har fået bevilget 1.400.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert (project.title, project.amount.value) == ("God Start Hjemme", Decimal(1_400_000))
    assert _participants(extraction, project) == ["Norddjurs Kommune", "Regionshospitalet Randers"]
    text = "Den Gamle By drives af Aarhus Kommune.\n\nHjemmeplejen ejes af Favrskov Kommune.\n"
    assert extractor.extract_text(text).projects == []


def test_a_budget_read_out_one_cell_per_line_totals_in_its_last_row(
    extractor: Extractor,
) -> None:
    """The total row's cells stand on the lines below "I alt": its last one is the budget,
    not the co-financing stated under the table."""
    text = (
        "2. Projektets titel\nFælles Frokost\n\n6. Budget\nBudgetpost\n2025\n2026\nI alt\n"
        "Løn, projektleder\n240.000\n245.000\n485.000\nEvaluering (SDU)\n60.000\n75.000\n135.000\n"
        "I alt\n300.000\n320.000\n620.000\n\n"
        "Heraf egenfinansiering fra Tønder Kommune: 100.000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(620_000)
    assert text[project.amount.mention.start : project.amount.mention.end] == "620.000"


def test_newsletter_headings_named_again_in_their_text(extractor: Extractor) -> None:
    """A heading's name the item uses again inside a sentence is the project's name (the
    news after its dash is not); a heading opening with an acronym the item spells out is
    named by both forms."""
    text = (
        "Kort nyt fra afdelingen\n\nTryg udskrivelse – nu også i Ballerup\nSom de fleste ved, "
        "har vi siden marts kørt Tryg udskrivelse sammen med Herlev Kommune og Gladsaxe "
        "Kommune. Fra 1. november er Ballerup Kommune også med.\n\n"
        "SOV på alle afsnit\nArbejdet med SOV (Systematisk Opsporing af Vægttab) er nu rullet "
        "ud. Projektet er støttet med 450.000 kr. og gennemføres sammen med Københavns "
        "Universitet.\n\nKantinen\nKantinen holder lukket i uge 42.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Tryg udskrivelse", None),
        ("SOV (Systematisk Opsporing af Vægttab)", Decimal(450_000)),
    ]


def test_a_topic_line_heading_yields_to_the_project_its_paragraph_names(
    extractor: Extractor,
) -> None:
    text = (
        "Høringssvar\n\nBørn og unge\nI Trekantområdet har Vejle Kommune og Kolding Kommune "
        "siden januar 2024 samarbejdet med Psykiatrien i Region Syddanmark om projektet "
        '"Ung i ro". Projektet har fået 1,1 mio. kr.\n\nAfsluttende bemærkninger\nVi ser frem '
        "til et godt samarbejde.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Ung i ro", Decimal(1_100_000))]


def test_an_agenda_items_full_title_stays_where_its_text_uses_the_short_name(
    extractor: Extractor,
) -> None:
    """ "5. Deltagelse i NATKAM – Natligt …" whose text says "projektet NATKAM": one project
    under the item's full title; a kind of item with the body asked ("Ansøgning til STAR om")
    is no part of it."""
    text = (
        "5. Deltagelse i VAGTKAM – Virtuelt aftentilsyn i hjemmeplejen\n\nSagsfremstilling\n"
        "Skive Kommune har fået tilsagn om 1,6 mio. kr. til projektet VAGTKAM. Projektet "
        "afprøver skærmbaseret tilsyn.\n\n"
        "6. Ansøgning til STAR om JOBRO – Jobrettet Indsats for Borgere med Rusmiddelproblemer"
        "\n\nSagsfremstilling\nForvaltningen foreslår, at Viborg Kommune søger puljen til "
        "projektet JOBRO. Projektet gennemføres i samarbejde med Hospitalsenhed Midt. Der søges "
        "1,5 mio. kr.\n\n7. Eventuelt\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("VAGTKAM – Virtuelt aftentilsyn i hjemmeplejen", Decimal(1_600_000)),
        ("JOBRO – Jobrettet Indsats for Borgere med Rusmiddelproblemer", Decimal(1_500_000)),
    ]


def test_a_subtitle_a_sentence_gives_the_name_once_and_an_acronym_opening_its_words(
    extractor: Extractor,
) -> None:
    text = (
        "Med projektet HjerteRo – telemedicinsk opfølgning efter hjerteoperation får 400 "
        "patienter en tablet. Projektet har fået 8,4 mio. kr. fra Region Hovedstaden.\n\n"
        "Kommunen har sammen med Roskilde Sygehus gennemført projektet SAMLE (Sammenhængende "
        "forløb for ældre patienter), som har fået 2,3 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("HjerteRo – telemedicinsk opfølgning efter hjerteoperation", Decimal(8_400_000)),
        ("SAMLE (Sammenhængende forløb for ældre patienter)", Decimal(2_300_000)),
    ]


def test_a_press_release_heading_named_again_in_quotes(extractor: Extractor) -> None:
    text = (
        "Pressemeddelelse\n\nJob i Balance – samarbejde med de praktiserende læger\n"
        'I Nordjylland får Aalborg Kommune og Rebild Kommune 7,1 mio. kr. til "Job i Balance" '
        "med Aalborg Kommune som projektejer. Her arbejder de to jobcentre sammen med "
        "Psykiatrien i Region Nordjylland.\n"
    )
    # (the heading line's subtitle is part of its full name)
    assert _titles_and_amounts(extractor, text) == [
        ("Job i Balance – samarbejde med de praktiserende læger", Decimal(7_100_000))
    ]


def test_a_pipe_table_goes_on_after_a_page_break(extractor: Extractor) -> None:
    text = (
        "Bevillingsoversigt\n\nNr. | Projekt | Ansøger | Samarbejdspartnere | Bevilget, kr.\n"
        "1 | Mit hjerte, min hverdag | Hjerteforeningen | Bispebjerg og Frederiksberg Hospital "
        "| 1.250.000\n\nFonden · Bevillingsoversigt                    Side 2 af 2\n\n"
        "2 | Smertefri skolegang | Gigtforeningen | Aarhus Kommune | 2.150.000\n"
        "I alt | | | | 3 400 000\n\nBemærkninger\nUdbetaling sker i rater.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Mit hjerte, min hverdag", Decimal(1_250_000)),
        ("Smertefri skolegang", Decimal(2_150_000)),
    ]


def test_a_name_that_bodies_have_run_and_its_spelled_out_acronym(extractor: Extractor) -> None:
    text = (
        "Vi kan fortælle om HIBA (Hjemmebehandling med intravenøs behandling), som Horsens "
        "Kommune har kørt sammen med Regionshospitalet Horsens siden 1. februar 2024. "
        "Projektet har fået 640.000 kr. fra regionens pulje.\n\n"
        "Jeg supplerer med et par slides om Tryg Udskrivelse, som Hedensted Kommune og "
        "Regionshospitalet Horsens har kørt siden foråret 2023 med et budget på DKK 1,25 mio.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("HIBA (Hjemmebehandling med intravenøs behandling)", Decimal(640_000)),
        ("Tryg Udskrivelse", Decimal(1_250_000)),
    ]


def test_list_items_opening_with_a_name_and_a_colon(extractor: Extractor) -> None:
    """ "• DemensNet Fyn: Odense Kommune etablerer sammen med …": the item's name; a field
    label in a list is none (the name after it is), nor is a quote after a dash."""
    text = (
        "Eksempler på projekter\n\n"
        "• Projektets navn: Læring i hjemmet. Odense Kommune samarbejder med UCL om det.\n"
        "• DemensNet Sydfyn: Svendborg Kommune etablerer sammen med Faaborg-Midtfyn Kommune "
        "og Alzheimerforeningen et netværk af demenskoordinatorer. Projektet modtager "
        "3,1 mio. kr.\n\n"
        "- Sundhedsplejerskerne kender familierne. Når de arbejder sammen med Tårnby Kommune, "
        "får vi én plan, siger Louise Hjorth.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Læring i hjemmet", None),
        ("DemensNet Sydfyn", Decimal(3_100_000)),
    ]


def test_a_grants_table_read_out_one_cell_per_line_with_its_recipients_first(
    extractor: Extractor,
) -> None:
    text = (
        "Oversigt over bevillinger\n\nModtager\nProjekt\nBevilget beløb\n"
        "Aalborg Kommune\nNatcafé Vesterbro – længere åbent om vinteren\n450.000 kr.\n"
        "Jammerbugt Kommune\nMadfællesskaber i Jammerbugt\n380.000 kr.\nI alt\n\n830.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    rows = [
        (p.title, extraction.organisation(p.owner).name, p.amount.value)
        for p in extraction.projects
    ]
    assert rows == [
        (
            "Natcafé Vesterbro – længere åbent om vinteren",
            "Aalborg Kommune",
            Decimal(450_000),
        ),
        ("Madfællesskaber i Jammerbugt", "Jammerbugt Kommune", Decimal(380_000)),
    ]


def test_a_budget_table_whose_rows_open_with_field_words_keeps_its_total(
    extractor: Extractor,
) -> None:
    """ "Bevilling fra STAR  1.600.000 …" is a row of the budget table, no field of its own:
    the table's total row is the project's budget."""
    text = (
        "Midtvejsevaluering\n\nJob og Ro – IPS for borgere med angst\n\n1. Indledning\n"
        "Herning Kommune har siden 2023 gennemført projektet i samarbejde med "
        "Regionspsykiatrien Vest.\n\n2. Økonomi\nTabel 1. Budget for projektperioden (kr.)\n\n"
        "Finansiering                 2023         2024          I alt\n"
        "Bevilling fra STAR      1.600.000    2.400.000    4.000.000\n"
        "Egenfinansiering          200.000      300.000      500.000\n"
        "I alt                   1.800.000    2.700.000    4.500.000\n\n"
        "Forbruget udgør 2.512.300 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(4_500_000)


def test_a_quoted_name_in_apposition_to_an_indsats(extractor: Extractor) -> None:
    text = (
        'I 2023 fik Randers Kommune 850.000 kroner fra Sundhedsstyrelsen til "Røgfri Skoletid", '
        "en indsats mod snus på ungdomsuddannelserne, som Tradium også var med i.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Røgfri Skoletid", Decimal(850_000))]


def test_news_headings_name_their_subject_before_the_verb(extractor: Extractor) -> None:
    text = (
        "Kære alle\n\nFremtidens Skånejob er i hus!\nVi har fået svar fra STAR, og vores "
        "ansøgning om DKK 2,5 mio. er imødekommet. Projektet starter 1. oktober, og vi skal i "
        "samarbejde med Erhvervshus Midtjylland finde nye job.\n\n"
        "Rygbroen forlænges\nDet gode samarbejde med Regionshospitalet Silkeborg fortsætter. "
        "Rygbroen – tidlig kontakt til sygemeldte med rygsmerter blev i foråret evalueret, og "
        "indsatsen videreføres til udgangen af 2025.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Fremtidens Skånejob", Decimal(2_500_000)),
        ("Rygbroen – tidlig kontakt til sygemeldte med rygsmerter", None),
    ]


def test_a_table_in_thousands_totals_in_its_last_row_not_in_the_text_below(
    extractor: Extractor,
) -> None:
    text = (
        'Punkt 3. Fælles udviklingsprojekt: "Fælles Spor Nord"\n\nSagsfremstilling\n'
        "Psykiatrien i Region Nordjylland og Aalborg Kommune har udarbejdet et fælles "
        "projektforslag.\n\nProjektet løber fra 1. august 2024 til 31. juli 2026.\n\n"
        "Økonomi\nBudget (t.kr.)            2024    2025    I alt\n"
        "Personale                  250     600      850\n"
        "Evaluering                   0      60       60\n"
        "I alt                      250     660      910\n\n"
        "Finansieringen deles mellem regionen og de 11 nordjyske kommuner.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(910_000)
    assert text[project.amount.mention.start : project.amount.mention.end] == "910"


def test_a_list_items_project_has_the_items_partners_only(extractor: Extractor) -> None:
    text = (
        "Eksempler på projekter\n\n"
        "• DemensNet Sydfyn: Svendborg Kommune etablerer sammen med Faaborg-Midtfyn Kommune et "
        "netværk af demenskoordinatorer. Projektet modtager 3,1 mio. kr.\n\n"
        "Evaluering\nSundhedsstyrelsen har indgået aftale med Nationalt Videnscenter for Demens "
        "om at følge projekterne.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert _participants(extraction, project) == ["Svendborg Kommune", "Faaborg-Midtfyn Kommune"]


def test_an_agenda_item_calling_its_quoted_name_a_project_reads_its_budget_table(
    extractor: Extractor,
) -> None:
    """'Pkt. 34 Medfinansiering af projekt "X"' names its project in the item's heading: the
    item's budget table is its amount, not the co-financing its decision approves."""
    text = (
        'Pkt. 34  Medfinansiering af projekt "Tryg efter udskrivelse"\n\nSagsfremstilling\n'
        "Nykøbing F. Sygehus har sammen med Guldborgsund Kommune udarbejdet en ansøgning.\n\n"
        "Projektejer: Nykøbing F. Sygehus\n\nØkonomi (kr.)\n"
        "                          2025        2026        I alt\n"
        "Puljemidler (ansøgt)   500.000   1.200.000    1.700.000\n"
        "Guldborgsund Kommune    70.000     180.000      250.000\n"
        "I alt                  570.000   1.380.000    1.950.000\n\n"
        "Indstilling\nDirektionen indstiller, at medfinansiering på 250.000 kr. godkendes.\n\n"
        'Pkt. 35  Orientering om bevilling til "Ung i eget hjem"\n\nSagsfremstilling\n'
        "Social- og Boligstyrelsen har givet tilsagn om kr. 1.180.000 til projektet.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert projects["Tryg efter udskrivelse"].amount.value == Decimal(1_950_000)


def test_a_table_header_with_a_plural_in_brackets(extractor: Extractor) -> None:
    text = (
        "Bevillinger\n\nProjekt\nAnsøger\nPartner(e)\nBevilget, kr.\n"
        "Dans dig stærk\nParkinsonforeningen\nSygehus Lillebælt\n275.000\n"
        "Digitale pårørendecaféer\nAlzheimerforeningen\nKolding Kommune\n380.000\nI alt\n655.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Dans dig stærk", Decimal(275_000)),
        ("Digitale pårørendecaféer", Decimal(380_000)),
    ]


def test_the_amount_recommended_to_a_committee_beats_the_amount_applied_for(
    extractor: Extractor,
) -> None:
    text = (
        "3. Beslutning: Fordeling af puljen\n\nSagsfremstilling\nSekretariatet indstiller to "
        "projekter:\n\n"
        'a) "Én dør for unge"\nAnsøger: Odense Kommune\nPartnere: Nyborg Kommune\n'
        "Ansøgt: 1.800 t.kr. – indstillet: 1.500 t.kr.\nPeriode: 2025–2027\n\n"
        'b) "Demens på Sydfyn"\nAnsøger: Svendborg Kommune\nPartnere: Faaborg-Midtfyn Kommune\n'
        "Ansøgt og indstillet: 1.200 t.kr.\nPeriode: 2025–2027\n\n"
        "Restbeløbet på 5,3 mio. kr. udbydes i 2. runde.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Én dør for unge", Decimal(1_500_000)),
        ("Demens på Sydfyn", Decimal(1_200_000)),
    ]


def test_an_agenda_naming_an_acronym_the_text_spells_out_and_its_own_items(
    extractor: Extractor,
) -> None:
    text = (
        "REFERAT\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n\n"
        "2. Orientering: Status på LUNGSYD\nSagsfremstilling\nLUNGSYD (Lunge-Opsporing i "
        "Sønderjylland og Omegn) blev startet 1. marts 2024. Projektet ledes af Sygehus "
        "Sønderjylland i samarbejde med Aabenraa Kommune. Det har et samlet budget på "
        "DKK 2,5 mio.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("LUNGSYD (Lunge-Opsporing i Sønderjylland og Omegn)", Decimal(2_500_000))
    ]


def test_a_report_about_a_project_with_a_units_name_under_its_title_line(
    extractor: Extractor,
) -> None:
    """ "Plejecenter Nord – …": a unit's head word, but the text calls it a collaboration and
    its title line gives it a subtitle; a running title "X – slutevaluering" gives none."""
    text = (
        "Midtvejsevaluering – Plejecenter Nord                        Side 1 af 3\n\n"
        "Plejecenter Nord – geriatrisk rådgivning direkte på plejecentret\n"
        "Midtvejsevaluering, oktober 2024\n\n1. Resumé\nPlejecenter Nord er et samarbejde "
        "mellem Roskilde Kommune, Lejre Kommune og Sjællands Universitetshospital. Projektet "
        "har et samlet budget på 2,6 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Plejecenter Nord – geriatrisk rådgivning direkte på plejecentret", Decimal(2_600_000))
    ]


def test_an_item_about_a_grant_to_a_project_its_text_names_with_a_subtitle(
    extractor: Extractor,
) -> None:
    """ "Pkt. 35 Orientering om bevilling til X": the item names X after a lower-case case
    word; its text's '"X – subtitle"' is the same project, granted what the text says
    before naming it (the sum applied for comes after)."""
    text = (
        "Pkt. 34  Status på Akutteam Falster\n\nSagsfremstilling\nProjektet kører videre.\n\n"
        "Pkt. 35  Orientering om bevilling til Bo Selv\nSagsnr.: 24/11902\n\nSagsfremstilling\n"
        "Social- og Boligstyrelsen har givet tilsagn om kr. 1.180.000 fra puljen til projektet "
        '"Bo Selv – botræning for unge med handicap". Der var søgt om kr. 1.450.000.\n\n'
        "Projektet forankres i Center for Handicap og gennemføres i samarbejde med "
        "Professionshøjskolen Absalon.\n"
    )
    projects = {p.title: p for p in extractor.extract_text(text).projects}
    assert projects["Bo Selv – botræning for unge med handicap"].amount.value == Decimal(1_180_000)


def test_a_run_in_budget_label_holds_its_lines_value_only(extractor: Extractor) -> None:
    text = (
        'Ugens nyt\n\nNyt akutsamarbejde\nFra 1. maj er Fredericia Kommune med i "Hjem i ro" '
        "sammen med Middelfart Kommune. Projektet ledes af Sygehus Lillebælt. Budget: "
        "2.250.000 kr. over to år.\n\nSamtalegrupper\nSundhedsplejen har sammen med Børns "
        'Vilkår fået 300.000 kroner fra TrygFonden til "Snak om det". Grupperne starter snart.\n'
    )
    projects = {p.title: p.amount.value for p in extractor.extract_text(text).projects}
    assert projects == {"Hjem i ro": Decimal(2_250_000), "Snak om det": Decimal(300_000)}


def test_stk_clauses_naming_a_project_referred_back_to_later_in_the_paragraph(
    extractor: Extractor,
) -> None:
    text = (
        "§ 2 Projekter omfattet af aftalen\nStk. 1. ViGo – Virtuel genoptræning efter hoftebrud. "
        "Ortopædkirurgisk Afdeling udvikler i samarbejde med Hillerød Kommune et forløb. "
        "Projektet har et budget på DKK 2,5 mio.\n\nStk. 2. Fælles data i Nordsjælland. "
        "Københavns Universitet etablerer sammen med Helsingør Kommune et datagrundlag. "
        "Projektets økonomi udgør kr. 1.200.000.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("ViGo – Virtuel genoptræning efter hoftebrud", Decimal(2_500_000)),
        ("Fælles data i Nordsjælland", Decimal(1_200_000)),
    ]


def test_money_received_from_a_funder_for_a_named_project(extractor: Extractor) -> None:
    """'har modtaget 750.000 kroner fra Nordea-fonden til "Leg i ventetiden"': the name after
    "til"; a pool's own name ("fra Puljen til Nære Sundhedstilbud") is none."""
    text = (
        'Børne- og Ungeafdelingen har modtaget 750.000 kroner fra Nordea-fonden til "Leg i '
        'ventetiden", hvor frivillige skaber leg for børn.\n\n'
        "Cykling Uden Alder har fået 275.000 kroner fra Velux Fonden til Cykelvenner 2025.\n\n"
        "Varde Kommune har fået 850.000 kr. fra Region Syddanmarks Pulje til Nære "
        "Sundhedstilbud.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Leg i ventetiden", Decimal(750_000)),
        ("Cykelvenner 2025", Decimal(275_000)),
    ]


def test_a_news_heading_whose_subject_its_text_uses_as_a_name(extractor: Extractor) -> None:
    text = (
        "Ugens nyhedsbrev\n\nHjem i tide er i gang\nSiden den 1. september har Akutafdelingen "
        "og Herning Kommune afprøvet Hjem i tide, hvor ældre patienter får besøg af en "
        "kommunal sygeplejerske samme aften.\n"
    )
    assert [p.title for p in extractor.extract_text(text).projects] == ["Hjem i tide"]


def test_a_forms_headings_in_capitals_are_no_projects(extractor: Extractor) -> None:
    text = (
        "ANSØGNINGSSKEMA\n\n1. ANSØGER\nOrganisation: Brabrand Boligforening\n\n"
        "2. PROJEKTETS TITEL\nHaver i Gellerup\n\n"
        "3. KORT PROJEKTBESKRIVELSE (maks. 1.500 tegn)\nProjektet omdanner græsplæner til "
        "køkkenhaver sammen med Aarhus Kommune.\n\n"
        "4. BUDGET (kr.)\nPost | 2024 | 2025 | I alt\nLøn | 260.000 | 270.000 | 530.000\n"
        "I alt | 260.000 | 270.000 | 530.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Haver i Gellerup", Decimal(530_000))]


def test_a_name_before_a_colon_is_its_full_titles_and_spending_is_no_amount(
    extractor: Extractor,
) -> None:
    """ "UNG-TRYG: Unge Trygt i Dagligdagen" is one project with "UNG-TRYG"; a running header
    "Midtvejsevaluering UNG-TRYG · DEFACTUM" names none; what was spent is not its amount."""
    text = (
        "Midtvejsevaluering\nUNG-TRYG: Unge Trygt i Dagligdagen\n\n"
        "UNG-TRYG er et samarbejde mellem Skanderborg Kommune og Favrskov Kommune. Projektet "
        "har et samlet budget på 3,9 mio. kr.\n\nMidtvejsevaluering UNG-TRYG · DEFACTUM\n\n"
        'UNG-TRYG bygger på pilotprojektet "Modige unge", som PPR gennemførte i 2021.\n\n'
        "Forbrug pr. 30.06.2024: 1.812.400 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("UNG-TRYG: Unge Trygt i Dagligdagen", Decimal(3_900_000)),
        ("Modige unge", None),
    ]


def test_a_one_word_name_opening_a_paragraph_ends_the_paragraph_before_it(
    extractor: Extractor,
) -> None:
    """ "Svømmesikker: …" names "Svømmesikker – svømning for nye børn" again (its table row):
    the paragraph before it, about another project, ends there."""
    text = (
        "Projekt\nAnsøger\nPartnere\nBevilget\n"
        "Natteravne i Silkeborg\nNatteravnene\nSilkeborg Kommune\n415.000 kr.\n"
        "Svømmesikker – svømning for nye børn\nKøbenhavns Kommune\nDansk Svømmeunion\n"
        "890.000 kr.\n\nOm projekterne\n\n"
        "Natteravne i Silkeborg: Natteravnene etablerer ruter omkring skolerne sammen med "
        "Silkeborg Kommune.\n\n"
        "Svømmesikker: Børne- og Ungdomsforvaltningen tilbyder i samarbejde med Dansk "
        "Svømmeunion ekstra svømmeundervisning.\n"
    )
    extraction = extractor.extract_text(text)
    projects = {p.title: p for p in extraction.projects}
    assert _participants(extraction, projects["Natteravne i Silkeborg"]) == [
        "Natteravnene",
        "Silkeborg Kommune",
    ]


def test_bare_amounts_grouped_by_spaces_under_a_kroner_header(extractor: Extractor) -> None:
    text = (
        "Oversigt over bevillinger\n\nProjekt\nAnsøger\nPartnere\nBevilget (kr.)\n"
        "Sund Start i Thy\nThisted Kommune\nAalborg Universitetshospital\n1 200 000\n"
        "Sorgrum for unge\nAalborg Kommune\nAalborg Universitetshospital\n780 000\n"
        "I alt\n1 980 000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Sund Start i Thy", Decimal(1_200_000)),
        ("Sorgrum for unge", Decimal(780_000)),
    ]


def test_a_subtitle_before_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "Livline Nord bygger videre på pilotprojektet Stop op – unge i krise, som Aalborg "
        "Kommune stod i spidsen for i samarbejde med Psykiatrien, og som blev støttet med "
        "420.000 kr. fra Psykiatrifonden.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Livline Nord", None),  # the project that builds on the pilot
        ("Stop op – unge i krise", Decimal(420_000)),
    ]


def test_a_fact_box_about_the_initials_a_name_was_given(extractor: Extractor) -> None:
    text = (
        "Det sker i projektet Akut Behandling Hjemme (ABH), som Nordsjællands Hospital driver "
        "sammen med Hillerød Kommune.\n\nI ABH vurderer en akutlæge patienten over video.\n\n"
        "Fakta om ABH\n• Periode: 1. november 2024 – 31. oktober 2027\n"
        "• Økonomi: DKK 6,8 mio. fra Region Hovedstaden\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Akut Behandling Hjemme", Decimal(6_800_000))]


def test_an_agreements_cover_page_naming_its_project_on_the_line_below(
    extractor: Extractor,
) -> None:
    text = (
        'SAMARBEJDSAFTALE\n\nom projektet\n"Ung Sundhed Viborg – tidlig hjælp til unge"\n\n'
        "Aftalen er indgået mellem Viborg Kommune og Regionspsykiatrien Midt.\n\n"
        "§ 5. Økonomi\n\nProjektets samlede budget er 3,75 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Ung Sundhed Viborg – tidlig hjælp til unge", Decimal(3_750_000))
    ]


def test_a_name_in_lower_case_up_to_a_clause_and_money_a_body_got_for_a_name(
    extractor: Extractor,
) -> None:
    text = (
        "Fra 1. maj går vi i gang med projektet Tidlig opsporing i hjemmeplejen sammen med "
        "Næstved Sygehus.\n\nSidste år fik kommunen og Det Sociale Netværk 600.000 kroner fra "
        'Socialstyrelsen til "Fællesskab Først", hvor unge mødes med en mentor.\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Tidlig opsporing i hjemmeplejen", None),
        ("Fællesskab Først", Decimal(600_000)),
    ]


def test_a_running_headers_columns_are_no_part_of_its_title(extractor: Extractor) -> None:
    text = (
        "Midtvejsevaluering – Vej til hverdagen                        Syddansk Universitet\n\n"
        "Vej til hverdagen – tidlig rehabilitering efter apopleksi\n\n1. Resumé\n"
        '"Vej til hverdagen" er et projekt, som Svendborg Kommune driver i samarbejde med OUH '
        "Svendborg Sygehus. Projektet har et samlet budget på 4,2 mio. kr.\n\n"
        "Midtvejsevaluering – Vej til hverdagen                        Syddansk Universitet\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Vej til hverdagen – tidlig rehabilitering efter apopleksi", Decimal(4_200_000))
    ]


def test_a_name_given_after_its_description_takes_the_paragraphs_money(
    extractor: Extractor,
) -> None:
    text = (
        "Et særligt fund angår de pårørende. Grupperne drives af Hjernesagen i samarbejde med "
        "Svendborg Kommune og er finansieret med 180.000 kr. fra kommunens pulje. "
        'Delprojektet, der har fået navnet "Pårørende med", har samlet 34 pårørende.\n'
    )
    assert _titles_and_amounts(extractor, text) == [("Pårørende med", Decimal(180_000))]


def test_a_granted_amount_beside_the_amount_applied_for_in_a_cell(
    extractor: Extractor,
) -> None:
    text = (
        "Projekt | Ansøger | Bevilget\n"
        "Ro i maven – gruppeforløb for unge | Næstved Kommune | 720.000 kr. (ansøgt 900.000 kr.)\n"
        "HjerteStart Syd | Hjerteforeningen | 950.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Ro i maven – gruppeforløb for unge", Decimal(720_000)),
        ("HjerteStart Syd", Decimal(950_000)),
    ]


def test_a_name_a_body_takes_part_in_that_another_owns(extractor: Extractor) -> None:
    text = (
        "Siden 2024 har Odense Kommune deltaget i Akutnetværk Østfyn, hvor Kerteminde Kommune "
        "er projektejer, og hvor også Nyborg Kommune deltager.\n\n"
        "Jobcenter Aabenraa har sammen med UC SYD skabt Sporskifte, hvor sygemeldte får en plan.\n"
    )
    extraction = extractor.extract_text(text)
    assert [p.title for p in extraction.projects] == ["Akutnetværk Østfyn", "Sporskifte"]
    assert _participants(extraction, extraction.projects[0]) == [
        "Odense Kommune",
        "Kerteminde Kommune",
        "Nyborg Kommune",
    ]


def test_a_stated_total_financing_beats_the_amount_applied_for(extractor: Extractor) -> None:
    text = (
        "2. Projektets titel\nFælles fodfæste\n\n8. Finansiering\n"
        "Ansøgt fra puljen:                  950\u00a0000 kr.\n"
        "Egenfinansiering, Faxe Kommune:     250\u00a0000 kr.\n"
        "Samlet finansiering:              1\u00a0200\u00a0000 kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_200_000)


def test_a_name_the_partners_call_it_in_quotes(extractor: Extractor) -> None:
    text = (
        "Det hul skal et nyt projekt med navnet Broen til Dagen lukke. TrygFonden har givet 2,9 "
        "millioner kroner.\n\nSamarbejdet, som de to kommuner kalder »Færgeruten«, koster i alt "
        "620.000 kroner i 2025 og 2026.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Broen til Dagen", Decimal(2_900_000)),
        ("Færgeruten", Decimal(620_000)),
    ]


def test_units_names_a_text_calls_projects(extractor: Extractor) -> None:
    text = (
        "Delprojektet Pårørendeskolen gennemføres med Alzheimerforeningen og har et budget på "
        "850.000 kr.\n\nKommunen vil fremhæve:\n"
        "- Sygeplejeklinikken i Lemvig, som kommunen driver i samarbejde med Regionshospitalet "
        "Gødstrup. Projektet har et samlet budget på 1,9 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Pårørendeskolen", Decimal(850_000)),
        ("Sygeplejeklinikken i Lemvig", Decimal(1_900_000)),
    ]


def test_an_agreement_about_a_unit_named_project(extractor: Extractor) -> None:
    text = (
        "SAMARBEJDSAFTALE\nom Ungdommens Sundhedshus Køge 2025-2027\n\nParter: Køge Kommune og "
        "Sjællands Universitetshospital.\n\nØkonomi\nDet samlede budget er 3 mio. kr.\n"
    )
    projects = extractor.extract_text(text).projects
    assert [(p.title, p.amount.value) for p in projects] == [
        ("Ungdommens Sundhedshus Køge", Decimal(3_000_000))
    ]
    assert (
        extractor.extract_text("Referat – Byrådet\n\nMødet blev holdt i rådhuset.\n").projects == []
    )


def test_a_name_in_apposition_to_a_project_noun(extractor: Extractor) -> None:
    text = (
        "I partnerskabets første projekt, Diabetesvenner Falster, bliver frivillige koblet med "
        "en borger. Projektet har fået 5,6 mio. kr. fra Novo Nordisk Fonden.\n\n"
        "Det mindre projekt, Job efter krisen, ledes af Jobcenter Ikast-Brande og er finansieret "
        "med halvanden million kroner fra kommunens pulje.\n\n"
        "Projektet, Odense Kommune, Region Syddanmark og OUH, er med.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Diabetesvenner Falster", Decimal(5_600_000)),
        ("Job efter krisen", Decimal(1_500_000)),
    ]


def test_a_numbered_entrys_text_starts_at_its_own_line(extractor: Extractor) -> None:
    """ "1) Samtalerum": a list's entry may be named by one word (a form's "1. Stamoplysninger"
    is no name), and each entry keeps its own money."""
    text = (
        "Uddeling\n\n1) Samtalerum\nAnsvarlig: Region Hovedstadens Psykiatri\n"
        "Bevilling: 3.400.000 DKK\n\n2) Ung med angst\nAnsvarlig: Aalborg Universitet\n"
        "Bevilling: 2.100.000 DKK\n"
    )
    projects = extractor.extract_text(text).projects
    assert [(p.title, p.amount.value) for p in projects] == [
        ("Samtalerum", Decimal(3_400_000)),
        ("Ung med angst", Decimal(2_100_000)),
    ]
    form = "1. Stamoplysninger\nAnsøger: Ærø Kommune\nBevilling: 300.000 kr.\n"
    assert extractor.extract_text(form).projects == []


def test_a_name_a_body_tries_out_with_a_clause_about_it(extractor: Extractor) -> None:
    text = (
        "Gladsaxe Kommune og Herlev og Gentofte Hospital afprøver parallelt KOL-skolen Digital, "
        "hvor patientundervisningen flyttes til video. Region Hovedstaden driver Gentofte "
        "Hospital, som ligger i Hellerup.\n"
    )
    assert [p.title for p in extractor.extract_text(text).projects] == ["KOL-skolen Digital"]


def test_money_bodies_have_put_into_the_project(extractor: Extractor) -> None:
    text = (
        "Forsøget hedder Akut ved kysten, og det er Læsø Kommune, der står i spidsen for det. "
        "Region Nordjylland og Læsø Kommune har sammen lagt 3,9 millioner kroner i forsøget, der "
        "løber til 2026.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.amount.value) == ("Akut ved kysten", Decimal(3_900_000))


def test_a_grants_sentence_runs_past_the_full_stops_of_abbreviations(
    extractor: Extractor,
) -> None:
    """ "… 2.340.000 kr. fra puljen, som i alt rummer 18 mio. kr., til projektet": one sentence,
    whose grant to the project is the first amount, not the pool's size."""
    text = (
        "2. KOL-indsatsen »Fælles front mod KOL«\nHospitalet er projektejer, og Hillerød Kommune "
        "deltager.\nRegion Hovedstaden har bevilget 2.340.000 kr. fra Regionens Klyngepulje "
        "2025, som i alt rummer 18 mio. kr., til projektet, der løber til 2027.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(2_340_000)


def test_a_field_labelled_as_the_total_budget_beats_the_amount_applied_for(
    extractor: Extractor,
) -> None:
    text = (
        "2. Projektets titel\nKom trygt hjem\n\n6. Ansøgt beløb\n1.236.500 kr.\n\n"
        "7. Samlet budget\n1.486.500 kr. (heraf egenfinansiering 250.000 kr.)\n\n8. Formål\n"
        "Færre genindlæggelser.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(1_486_500)


def test_an_expense_stated_for_a_project(extractor: Extractor) -> None:
    text = (
        "3. Kompetenceløft Nord\n\nSagsfremstilling\nUCN tilbyder kommunerne et forløb. "
        "Udgiften er 2,55 mio. kr. over tre år, svarende til 850.000 kr. årligt.\n\n"
        "Indstilling\nDet indstilles, at kommunerne tilslutter sig Kompetenceløft Nord.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert project.amount.value == Decimal(2_550_000)


def test_an_agenda_item_ends_at_the_next_item_whatever_that_is_about(
    extractor: Extractor,
) -> None:
    """A project reported on under one item takes no partners or money from the next item,
    even when that item (a pool's share-out) names no project of its own."""
    text = (
        "Referat\n\n"
        "2. Orientering: Status på Hjemmeilt\n"
        "Hjemmeilt blev startet 1. februar 2024. Projektet ledes af Regionshospitalet Viborg i "
        "samarbejde med Skive og Viborg kommuner. Budgettet er 1,8 mio. kr.\n\n"
        "Beslutning: Taget til efterretning.\n\n"
        "3. Beslutning: Fordeling af Nærhedspuljen\n"
        "Sekretariatet indstiller to ansøgninger:\n\n"
        'a) "Sammen om ro"\n'
        "Ansøger: Silkeborg Kommune\n"
        "Partnere: Favrskov Kommune\n"
        "Ansøgt: 900.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    report, applied = extraction.projects
    assert (report.title, report.amount.value) == ("Hjemmeilt", Decimal("1800000"))
    assert _names(extraction, report.participants) == {
        "Regionshospitalet Viborg",
        "Skive Kommune",
        "Viborg Kommune",
    }
    assert (applied.title, applied.amount.value) == ("Sammen om ro", Decimal("900000"))
    assert _names(extraction, applied.participants) == {"Silkeborg Kommune", "Favrskov Kommune"}


def test_grant_list_items_with_their_amount_after_the_quoted_title(
    extractor: Extractor,
) -> None:
    text = (
        "Disse projekter har fået tilsagn:\n\n"
        '• Aabenraa Kommune: "Unge på vej" (1,9 mio. kr.)\n'
        "Jobcenter Aabenraa tilbyder unge en fast mentor.\n\n"
        '• Holbæk Kommune: "Fast grund", 850.000 kr.\n'
        "Kommunen samarbejder med Holbæk Sygehus om unge i behandling.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Unge på vej", Decimal("1900000")),
        ("Fast grund", Decimal("850000")),
    ]


def test_a_word_that_refers_back_is_no_name(extractor: Extractor) -> None:
    text = (
        "Forløbet er et samarbejde mellem Tønder Kommune og Ældre Sagen. "
        "Teamet er et samarbejde mellem Herning Kommune og Regionshospitalet Gødstrup. "
        "Holdet er et samarbejde mellem Aabenraa Kommune og DGI Sønderjylland.\n\n"
        "2024\nVejle Kommune og Lungeforeningen samarbejder om projektet.\n"
    )
    assert extractor.extract_text(text).projects == []


def test_a_team_named_in_running_text(extractor: Extractor) -> None:
    text = (
        "I januar kørte team Trygt Ophold for borgere over 80 sin første tur. Teamet er et "
        "samarbejde mellem Ringsted Kommune og Slagelse Sygehus og koster 900.000 kr. "
        "det første år.\n\n"
        "Kommunen og psykiatrien har siden 2022 drevet det fælles udgående team Ro på i Syd for "
        "borgere med angst. Teamet er finansieret med i alt kr. 1.300.000.\n\n"
        "Opgaven forankres i Team Sundhed og Beskæftigelse, Jobcenter Ringsted.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Trygt Ophold", Decimal("900000")),
        ("Ro på i Syd", Decimal("1300000")),
    ]


def test_an_agenda_item_continuing_a_project_for_some_years(extractor: Extractor) -> None:
    text = (
        "Punkt 12. Videreførelse af Snak og Gå 2025-2026\n\n"
        "Sagsfremstilling\n"
        "Tilbuddet drives af Sundhedscenter Faxe. Administrationen foreslår, at det videreføres "
        "med i alt 300.000 kr. fra Sundhedspuljen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Snak og Gå", Decimal("300000"))]


def test_a_subtitle_ends_before_a_reflexive_verb_or_at_the_full_stop(
    extractor: Extractor,
) -> None:
    reflexive = (
        "Projektet Trinvis – genoptræning i eget hjem henvender sig til borgere over 70 år. "
        "Budgettet er 1,1 mio. kr.\n"
    )
    stop = (
        "Teamet har søgt 300.000 kr. til projektet Stille Stunder – rolige nætter for borgere "
        "med demens. Projektet afprøver lys og lyd.\n"
    )
    clause = "Det vil projektet Data Nord – fælles viden om skrøbelighed rette op på.\n"
    assert _titles_and_amounts(extractor, reflexive) == [
        ("Trinvis – genoptræning i eget hjem", Decimal("1100000"))
    ]
    assert _titles_and_amounts(extractor, stop) == [
        ("Stille Stunder – rolige nætter for borgere med demens", Decimal("300000"))
    ]
    assert [p.title for p in extractor.extract_text(clause).projects] == ["Data Nord"]


def test_a_name_a_body_has_run_with_a_clause_about_it(extractor: Extractor) -> None:
    text = (
        "Siden 2021 har Frivilligcenter Skive drevet det sociale tilbud Kaffeklubben, hvor "
        "ensomme ældre mødes hver uge.\n\n"
        "Siden 2023 har Skive Kommune og Regionshospitalet Viborg drevet Akutlæge Skive, hvor "
        "en læge vurderer borgere over video.\n"
    )
    assert [p.title for p in extractor.extract_text(text).projects] == [
        "Kaffeklubben",
        "Akutlæge Skive",
    ]


def test_an_acronym_spelled_out_in_an_apposition(extractor: Extractor) -> None:
    granted = (
        "Fonden har bevilget 4,2 mio. kr. til SAMLE (Samlet Indsats for Ældre), et treårigt "
        "samarbejde mellem Holstebro Kommune og Regionshospitalet Gødstrup.\n"
    )
    second = (
        "Det andet projekt, TVÆRS (Tidlig Vurdering af Ældre i Region og Sygehus), er "
        "udarbejdet af Hvidovre Hospital. Projektet har et samlet budget på 2,1 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, granted) == [
        ("SAMLE (Samlet Indsats for Ældre)", Decimal("4200000"))
    ]
    assert _titles_and_amounts(extractor, second) == [
        ("TVÆRS (Tidlig Vurdering af Ældre i Region og Sygehus)", Decimal("2100000"))
    ]


def test_a_running_header_by_a_page_number_names_no_project(extractor: Extractor) -> None:
    text = (
        "2. Projektets titel\nHusro – aflastning for pårørende\n\n"
        "Side 1 af 2\n\nAnsøgning – Husro · Ringsted Kommune\n\n"
        "7. Budget\nSamlet budget: 640.000 kr.\n\n"
        "Side 2 af 2\n\nAnsøgning – Husro · Ringsted Kommune\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Husro – aflastning for pårørende", Decimal("640000"))
    ]


def test_a_grant_naming_the_project_beats_an_amount_beside_it(extractor: Extractor) -> None:
    """An amount whose sentence does not name the project (the partners' own share, ending
    with "kr." before the next sentence) yields to the grant an item names it by."""
    text = (
        "Punkt 4. Bevilling fra Nærhedspuljen\n\n"
        "Sagsfremstilling\n"
        "Vordingborg Kommune har sammen med Næstved Sygehus udviklet team Hjem i Tide for ældre "
        "medicinske patienter. Kommunen stiller personale til rådighed svarende til ca. 0,8 "
        "mio. kr. Administrationen foreslår en bevilling på 900 t.kr. i 2025 og 1.100 t.kr. "
        "i 2026.\n\n"
        "Indstilling\n"
        "- Regionsrådet bevilger 2.000 t.kr. til team Hjem i Tide.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Hjem i Tide", Decimal("2000000"))]


def test_yearly_parts_of_an_amount_applied_for_are_applied_for_too(
    extractor: Extractor,
) -> None:
    text = (
        "Projektet Ryk Ud skal hjælpe unge i job.\n\n"
        "Der søges om i alt 1.500.000 kr., fordelt med 500.000 kr. i 2025, 600.000 kr. i 2026 "
        "og 400.000 kr. i 2027.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Ryk Ud", Decimal("1500000"))]


def test_projects_over_paragraphs_with_amounts_applied_for_and_recommended(
    extractor: Extractor,
) -> None:
    """Each name on a line over its paragraph; the amount recommended beats the amount
    applied for; a body called "Projekt X" by its kind ("foreningen Projekt X") is none."""
    text = (
        "Administrationen anbefaler tilskud til følgende projekter:\n\n"
        "Ung Linje Vest\n"
        "Psykiatrisk Center Glostrup etablerer sammen med Albertslund Kommune en telefonlinje "
        "for unge i krise. Ansøgt: 2,4 mio. kr. Indstillet: 2,0 mio. kr.\n\n"
        "Gadeteamet – psykiatri på gaden\n"
        "Psykiatrisk Center Amager vil i samarbejde med foreningen Projekt Gadeliv opsøge "
        "hjemløse unge. Ansøgt: 1,5 mio. kr. Indstillet: 1,5 mio. kr.\n\n"
        "SAM – Skole, Arbejde og Mestring\n"
        "Dragør Kommune står for projektet, som gennemføres sammen med Tårnby Kommune. "
        "Ansøgt: 1,9 mio. kr. Indstillet: 1,6 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Ung Linje Vest", Decimal("2000000")),
        ("Gadeteamet – psykiatri på gaden", Decimal("1500000")),
        ("SAM – Skole, Arbejde og Mestring", Decimal("1600000")),
    ]


def test_an_agreement_about_running_a_project_and_a_sub_project_in_one_clause(
    extractor: Extractor,
) -> None:
    text = (
        "SAMARBEJDSAFTALE\n"
        "om drift og udvikling af Recoverycaféen Østjylland 2026-2027\n\n"
        "Aftalen er indgået mellem Horsens Kommune og Hedensted Kommune.\n\n"
        "§ 2 Parternes roller\n"
        'Horsens Kommune gennemfører delprojektet "Mentor til Mentor", som uddanner '
        "frivillige.\n\n"
        "§ 3 Økonomi\n"
        'Det samlede budget for aftaleperioden udgør 2,2 mio. kr. Delprojektet "Mentor til '
        'Mentor" finansieres særskilt med 300.000 kr.\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Recoverycaféen Østjylland", Decimal("2200000")),
        ("Mentor til Mentor", Decimal("300000")),
    ]


def test_a_headline_whose_subject_the_article_names_again(extractor: Extractor) -> None:
    text = (
        "Rolig Havn skal hjælpe unge i krise om natten\n\n"
        "Holstebro Kommune og Regionspsykiatrien Gødstrup åbner et fælles tilbud.\n\n"
        "TrygFonden har bevilget 2,1 mio. kroner, så den samlede økonomi er 2,6 mio. kroner.\n\n"
        "Rolig Havn holder åbent fra kl. 18 til 24.\n\n"
        "Tilbuddet bygger på natcaféen Natlys, som Holstebro Kommune drev fra 2020 til 2022 "
        "med 0,8 mio. kroner fra Socialstyrelsen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Rolig Havn", Decimal("2600000")),
        ("Natlys", Decimal("800000")),
    ]


def test_an_acronym_spelled_out_after_a_dash(extractor: Extractor) -> None:
    text = (
        "Nyt fra psykiatrien\n\n"
        "BUSK er i gang\n"
        "I maj startede det første team i BUSK – Børn og Unge i Sikker Kontakt. Teamet er "
        "forankret i Børne- og Ungdomspsykiatrien og arbejder sammen med Aarhus Kommune. "
        "Regionen har afsat 1,3 mio. kr. til projektet.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("BUSK – Børn og Unge i Sikker Kontakt", Decimal("1300000"))
    ]


def test_an_event_about_a_project_is_named_by_the_project(extractor: Extractor) -> None:
    text = (
        "Temadag om Fælles Spor Djursland\n"
        "Fælles Spor Djursland, hvor Psykiatrisk Afdeling Randers samarbejder med Norddjurs "
        "Kommune, har siden 2024 kørt med 700.000 kr. fra Region Midtjylland.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Fælles Spor Djursland", Decimal("700000"))]


def test_a_report_title_naming_two_projects(extractor: Extractor) -> None:
    text = (
        "Midtvejsevaluering\n\n"
        "TRYG – Tryghed for familier med syge børn\n"
        "og Lektiebroen\n\n"
        "Udarbejdet for Regionshospitalet Horsens og Horsens Kommune\n\n"
        "TRYG er et projekt mellem Regionshospitalet Horsens og Horsens Kommune med et samlet "
        "budget på 2,2 mio. kr.\n\n"
        "Lektiebroen drives af Horsens Kommune. Lektiebroen er finansieret med 400.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TRYG – Tryghed for familier med syge børn", Decimal("2200000")),
        ("Lektiebroen", Decimal("400000")),
    ]


def test_an_amount_applied_for_before_the_name_in_its_sentence(extractor: Extractor) -> None:
    text = (
        "Siden 2023 har Gladsaxe Kommune og Psykiatrisk Center Ballerup drevet projektet "
        '"Samme Dør" med 900.000 kr. fra regionen.\n\n'
        "Gladsaxe Kommune har desuden i samarbejde med Psykiatrisk Center Ballerup søgt om "
        'kr. 1.700.000 til projektet "Job på Vej". Projektet skal give borgere IPS.\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Samme Dør", Decimal("900000")),
        ("Job på Vej", Decimal("1700000")),
    ]


def test_a_total_beats_a_grant_from_a_pool_in_the_same_sentence(extractor: Extractor) -> None:
    text = (
        "Statusrapport\n\nTRÆNHJEM\n\n"
        "TRÆNHJEM blev igangsat i 2024. Projektet er støttet af Sundhedsstyrelsens pulje for "
        "rehabilitering med 1.900.000 kr. og har et samlet budget på 2,5 mio. kr. inkl. "
        "kommunal medfinansiering.\n\n"
        "4. Delindsatsen Mad og Mod\nFra 2025 er en ernæringsindsats koblet på projektet. I "
        "Mad og Mod får borgere med lav vægt et besøg af en diætist fra Køkken Holstebro. "
        "Indsatsen har et budget på 120.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TRÆNHJEM", Decimal("2500000")),
        ("Mad og Mod", Decimal("120000")),
    ]


def test_a_name_between_dashes_after_what_a_trial_did(extractor: Extractor) -> None:
    text = (
        "Ligeledes viste forsøget med mobil ultralyd på plejecentre – ULTRA – som Holbæk "
        "Sygehus gennemførte i 2024 med kr. 520.000 fra Region Sjællands Innovationspulje, at "
        "mange indlæggelser kunne undgås.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("ULTRA", Decimal("520000"))]


def test_a_first_name_in_apposition_is_no_project(extractor: Extractor) -> None:
    text = (
        "Det er unge som Jonas, et nyt projekt i byen skal hjælpe. Fonden har bevilget "
        "600.000 kroner til Kirkens Korshær i Vejle.\n"
    )
    assert [p.title for p in extractor.extract_text(text).projects] == []


def test_a_form_marking_required_fields_with_an_asterisk(extractor: Extractor) -> None:
    text = (
        "ANSØGNINGSSKEMA\n\n"
        "1.1 Organisation*: Alzheimerforeningen\n\n"
        "2.1 Projekttitel*: Demenscafé Møn – fællesskab for mennesker med demens\n"
        "2.3 Projektperiode*: 01.03.2025 – 28.02.2027\n\n"
        "7. Budget\nAnsøgt beløb*: 640.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Demenscafé Møn – fællesskab for mennesker med demens", Decimal("640000"))
    ]


def test_names_in_running_text_with_long_titles_and_dashed_appositions(
    extractor: Extractor,
) -> None:
    owned = (
        "Fredensborg Kommune har siden 2023 deltaget i MOVE – Medicinsk Opfølgning Ved "
        "Ensomme ældre i eget hjem, som Nordsjællands Hospital er projektejer på. Projektet "
        "har modtaget 1,8 mio. kr. fra Sundhedsstyrelsen.\n"
    )
    dashed = (
        "Socialstyrelsen sætter nu gang i Unge i Fællesskab (UiF) – et treårigt "
        "udviklingsprojekt, der gennemføres i Vejle Kommune og Kolding Kommune. Projektet er "
        "finansieret med DKK 6,2 mio.\n"
    )
    assert _titles_and_amounts(extractor, owned) == [
        ("MOVE – Medicinsk Opfølgning Ved Ensomme ældre i eget hjem", Decimal("1800000"))
    ]
    assert _titles_and_amounts(extractor, dashed) == [("Unge i Fællesskab", Decimal("6200000"))]


def test_an_agenda_case_whose_title_stands_on_the_next_line(extractor: Extractor) -> None:
    text = (
        "Sag nr. 4\n"
        "Akutteam Syd – fælles akutfunktion mellem Næstved Sygehus og to kommuner\n\n"
        "Sagsfremstilling\n"
        "Næstved Sygehus, Næstved Kommune og Faxe Kommune ønsker at etablere et fælles "
        "akutteam. Projektets samlede budget er opgjort til 3.100 t.kr.\n\n"
        "Sag nr. 5\nEventuelt\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        (
            "Akutteam Syd – fælles akutfunktion mellem Næstved Sygehus og to kommuner",
            Decimal("3100000"),
        )
    ]


def test_pools_and_programmes_named_as_money_sources_are_no_projects(
    extractor: Extractor,
) -> None:
    text = (
        'Punkt 9 – Orientering om tilsagn til "Røgfri Mors"\n\n'
        "Sundhedsafdelingen har sammen med Kræftens Bekæmpelse søgt og fået 180.000 kr. fra "
        'Kræftens Bekæmpelses "Lokalpulje til røgfri skoler". Morsø Kommune er projektejer.\n\n'
        "Punkt 10 – Orientering om Stærk Hofte\n\n"
        "Projektets samlede budget udgør DKK 2,9 mio. VELUX FONDEN har bevilget DKK 2,0 mio. "
        'fra programmet "Aktive ældre".\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Røgfri Mors", Decimal("180000")),
        ("Stærk Hofte", Decimal("2900000")),
    ]


def test_a_report_due_on_a_project_names_it(extractor: Extractor) -> None:
    text = (
        "Hej alle\n\n"
        'Husk, at slutrapporten for "Trygge Trin" skal sendes til Region Hovedstaden senest '
        "31/3 – det var en betingelse for de 250.000 kr. fra regionens pulje.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Trygge Trin", Decimal("250000"))]


def test_a_later_project_takes_the_money_of_its_own_sentence_not_the_lead(
    extractor: Extractor,
) -> None:
    """The lead's money is the headline project's (a coined one-word name); the later
    project's money stands in the sentence naming it."""
    text = (
        "Sundhedsbussen skal finde de skjulte patienter\n\n"
        "Bag projektet står Steno Diabetes Center Aarhus, som har fået 3,1 millioner kroner "
        "fra Novo Nordisk Fonden.\n\n"
        "Skive Kommune fik sidste år sammen med DGI Midt 600.000 kroner fra regionens "
        'forebyggelsespulje til projektet "Motion med diabetes", hvor idrætsforeninger har '
        "oprettet hold.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Sundhedsbussen", Decimal("3100000")),
        ("Motion med diabetes", Decimal("600000")),
    ]


def test_an_acronym_named_by_the_words_it_stands_for(extractor: Extractor) -> None:
    cued = (
        "Herlev Hospital og Gladsaxe Kommune går sammen om et Fælles Ældre Akutteam (FÆA). "
        "Projektet har et budget på 3,2 mio. kr.\n\n"
        "I FÆA arbejder geriatere og sygeplejersker side om side.\n"
    )
    fact_box = (
        "Holbæk Kommune og Holbæk Sygehus har i flere år arbejdet med Tidlig Indsats for Unge "
        "(TIU) på ungdomsuddannelserne.\n\n"
        "Fakta om TIU\n- Bevilling: 1,1 mio. kr. fra Sundhedsstyrelsen\n"
        "- Parter: Holbæk Kommune og Holbæk Sygehus\n"
    )
    assert _titles_and_amounts(extractor, cued) == [("Fælles Ældre Akutteam", Decimal("3200000"))]
    assert _titles_and_amounts(extractor, fact_box) == [
        ("Tidlig Indsats for Unge (TIU)", Decimal("1100000"))
    ]


def test_an_agreement_with_a_running_header_and_a_sub_agreement(extractor: Extractor) -> None:
    header = "Samarbejdsaftale · TRÆK · Randers – Favrskov"
    text = (
        f"{header}\n\n"
        "SAMARBEJDSAFTALE\nom projektet\nTræning Efter Kræft (TRÆK)\n\n"
        "mellem Randers Kommune og Favrskov Kommune\n\n"
        "§ 3 Økonomi\nProjektets samlede budget udgør 2,6 mio. kr.\n\n"
        f"{header}\n\n"
        "§ 4 Delaftale om Digital Træningsdagbog (DTD)\n"
        "Delaftalen har et budget på kr. 300.000, som afholdes af Favrskov Kommune.\n\n"
        f"{header}\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Træning Efter Kræft", Decimal("2600000")),
        ("Digital Træningsdagbog", Decimal("300000")),
    ]


def test_support_given_to_a_quoted_name_in_a_headline_and_money_sought_for_a_name(
    extractor: Extractor,
) -> None:
    text = (
        'Millionstøtte til "Spisevenner": Frivillige skal spise med ensomme ældre\n\n'
        "KALUNDBORG: Velliv Foreningen har bevilget 1,2 millioner kroner til forsøget.\n\n"
        "Ældre Sagen Kalundborg har desuden søgt TrygFonden om 300.000 kroner til Gå Sammen "
        "Kalundborg, hvor frivillige går faste ture med ældre.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Spisevenner", Decimal("1200000")),
        ("Gå Sammen Kalundborg", Decimal("300000")),
    ]


def test_a_grants_table_read_out_cell_by_cell_with_one_partner_column(
    extractor: Extractor,
) -> None:
    text = (
        "Oversigt over bevillinger\n\n"
        "Projekt\nAnsøger\nSamarbejdspartner\nBevilget\n"
        "Vejviser – mentorer for unge\nKFUM's Sociale Arbejde\nViborg Kommune\n325.000 kr.\n"
        "Jobbro Salling\nSkive Kommune\nErhvervshus Midtjylland\n410.000 kr.\n"
        "I alt\n735.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Vejviser – mentorer for unge", Decimal("325000")),
        ("Jobbro Salling", Decimal("410000")),
    ]


def test_names_given_run_or_agreed_on_in_running_text(extractor: Extractor) -> None:
    given = (
        "Kommunen bygger fire skæve boliger, og resten af anlægsbudgettet på i alt 2,8 "
        "millioner kroner betaler kommunen og boligforeningen.\n\n"
        "Projektet hedder Et Sted ved Åen, og kommunen driver det sammen med Kirkens Korshær.\n"
    )
    run = (
        "For det første har kommunen siden 2022 drevet Fælles Akutteam Vejle sammen med "
        "Psykiatrisk Afdeling Vejle. Projektet har en samlet økonomi på 1,4 mio. kr.\n\n"
        "For det andet har kommunen været partner i Recovery-skolen Vejle, som Psykiatrien i "
        "Region Syddanmark har gennemført. Skolen blev støttet med kr. 300.000.\n"
    )
    agreed = (
        "I sidste uge skrev Center for Hjemløse under på en aftale med Jobcenter Aarhus om "
        "Småjob Aarhus, hvor borgere kan tage korte opgaver. Velliv Foreningen støtter med "
        "700.000 kr.\n\n"
        "Forsøget går under navnet Sygepleje på Herberget og koster 450.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, given) == [("Et Sted ved Åen", Decimal("2800000"))]
    assert _titles_and_amounts(extractor, run) == [
        ("Fælles Akutteam Vejle", Decimal("1400000")),
        ("Recovery-skolen Vejle", Decimal("300000")),
    ]
    assert _titles_and_amounts(extractor, agreed) == [
        ("Småjob Aarhus", Decimal("700000")),
        ("Sygepleje på Herberget", Decimal("450000")),
    ]


def test_a_meeting_item_of_its_own_is_no_project(extractor: Extractor) -> None:
    text = "Punkt 1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n"
    assert extractor.extract_text(text).projects == []


def test_names_after_a_phase_a_title_or_with_a_version(extractor: Extractor) -> None:
    text = (
        "KL og Danske Regioner har afsluttet første fase af DATA-AKUT – fælles data for "
        "akutfunktioner. Arbejdet er finansieret med 8 mio. kr.\n\n"
        'Et andet projekt har titlen "Hjerte i Hjemmet – rehabilitering tæt på". Budgettet er '
        "2,1 mio. kr.\n\n"
        "Erfaringerne videreføres i projektet BOSTØT 2.0 – skalering til Vestjylland, som "
        "Socialstyrelsen har støttet med 1,3 mio. kr.\n\n"
        "Aarhus Kommune og Samsø Kommune har fået kr. 250.000 fra Sundhedsstyrelsen. Pengene "
        "går til projektet Demensvenlige Havne, hvor butikker klædes på.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("DATA-AKUT – fælles data for akutfunktioner", Decimal("8000000")),
        ("Hjerte i Hjemmet – rehabilitering tæt på", Decimal("2100000")),
        ("BOSTØT 2.0 – skalering til Vestjylland", Decimal("1300000")),
        ("Demensvenlige Havne", Decimal("250000")),
    ]


def test_a_report_section_on_a_sub_project_quoted_in_its_text(extractor: Extractor) -> None:
    text = (
        "MIDTVEJSEVALUERING\nSPROG – Sprogstart for de 0-3-årige\n\n"
        "1. Baggrund\nSPROG er et samarbejde mellem Kolding Kommune og Sygehus Lillebælt. "
        "Det samlede budget inkl. kommunens egenfinansiering udgør 4,1 mio. kr.\n\n"
        "2. Forbrug ved midtvejs\nProjektets forbrug er 1,6 mio. kr.\n\n"
        "4. Delprojektet Snakkeklubben\nSom en del af SPROG har PPR i Kolding Kommune startet "
        'gruppeforløbet "Snakkeklubben". Snakkeklubben finansieres af kommunen med 200.000 '
        "kroner.\n\n"
        "5. Anbefalinger\nForløbet bør fortsætte.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("SPROG – Sprogstart for de 0-3-årige", Decimal("4100000")),
        ("Snakkeklubben", Decimal("200000")),
    ]


def test_a_second_example_named_in_a_hearing_answer(extractor: Extractor) -> None:
    """Each example a text gives is its own project, with its own partners."""
    text = (
        'I Viborg har Viborg Kommune og Regionshospitalet Viborg afprøvet "Fælles Plan" for '
        "voksne med handicap. Projektet kostede 1,2 mio. kr.\n\n"
        "Et andet eksempel er Tæt på hjemmet – forløb for børn med handicap, hvor "
        "Aarhus Universitetshospital sammen med Aarhus Kommune har udviklet fælles forløb.\n"
    )
    extraction = extractor.extract_text(text)
    first, second = extraction.projects
    assert (first.title, second.title) == (
        "Fælles Plan",
        "Tæt på hjemmet – forløb for børn med handicap",
    )
    assert _names(extraction, first.participants) == {
        "Viborg Kommune",
        "Regionshospitalet Viborg",
    }
    assert _names(extraction, second.participants) == {
        "Aarhus Universitetshospital",
        "Aarhus Kommune",
    }


def test_names_spelled_by_their_acronym_listed_with_news_or_learned_from(
    extractor: Extractor,
) -> None:
    acronym = (
        "De fire kommuner driver sammen med Sygehus Sønderjylland projektet Tidlig "
        "opsporing af skrøbelighed i Sønderjylland (TOSS) i perioden 2024-2026. TOSS har et "
        "samlet budget på 1.750.000 kr.\n"
    )
    listed = (
        "Kort nyt\n\n"
        "• Pårørendelinjen Vejle er kommet godt fra start. Telefonlinjen, som Vejle Kommune "
        "driver sammen med Alzheimerforeningen, har fået 300.000 kr. fra TrygFonden.\n"
    )
    learned = (
        "Det nye tilbud bygger videre på erfaringerne fra VR-Hjerte, hvor Sydvestjysk Sygehus og "
        "Esbjerg Kommune i 2023-2024 tilbød borgere genoptræning med VR-briller. VR-Hjerte "
        "fik 520.000 kroner fra regionens pulje.\n"
    )
    speech = "- Mennesker med KOL skal ikke være kastebolde, siger formanden for udvalget.\n"
    assert _titles_and_amounts(extractor, acronym) == [
        ("Tidlig opsporing af skrøbelighed i Sønderjylland", Decimal("1750000"))
    ]
    assert _titles_and_amounts(extractor, listed) == [("Pårørendelinjen Vejle", Decimal("300000"))]
    assert _titles_and_amounts(extractor, learned) == [("VR-Hjerte", Decimal("520000"))]
    assert extractor.extract_text(speech).projects == []


def test_a_table_of_projects_with_other_partners_and_a_budget_column(
    extractor: Extractor,
) -> None:
    text = (
        "Bilag 1 – Fælles projekter\n\n"
        "Projekt\nProjektejer\nØvrige deltagende parter\nPeriode\nBudget (kr.)\n"
        "Ung med astma\nOdense Universitetshospital\nOdense Kommune\n2025–2027\n1.800.000\n"
        "Fælles plejeplan\nNyborg Kommune\nKerteminde Kommune\n2025–2026\n950.000\n"
        "I alt\n\n\n\n2.750.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Ung med astma", Decimal("1800000")),
        ("Fælles plejeplan", Decimal("950000")),
    ]


def test_money_in_words_granted_before_its_name_and_a_kind_before_a_name(
    extractor: Extractor,
) -> None:
    total = (
        'Nu kan unge få nøglen til en lejlighed gennem projektet "Første Nøgle".\n\n'
        "Første Nøgle får 1,4 millioner kroner fra Bikubenfonden, mens kommunen selv lægger "
        "600.000 kroner. Samlet har projektet et budget på to millioner kroner.\n"
    )
    granted = (
        'Roskilde Kommune får kr. 1.950.000 til "Trin for trin – unge med angst i job". '
        "Projektet drives i samarbejde med Lejre Kommune.\n"
    )
    kind = (
        "2. Indsatsen Sommerjob\n"
        "Fritidsjobindsatsen Sommerjob drives af boligforeningen i samarbejde med Jobcenter "
        "Ishøj. Indsatsen har en økonomisk ramme på 420.000 kr.\n"
    )
    initial = (
        "Modellen bygger på erfaringerne fra Trygt Hjem Sorø, som Nykøbing F. Sygehus "
        "gennemførte sammen med Sorø Kommune i 2021–2023.\n"
    )
    assert _titles_and_amounts(extractor, total) == [("Første Nøgle", Decimal("2000000"))]
    assert _titles_and_amounts(extractor, granted) == [
        ("Trin for trin – unge med angst i job", Decimal("1950000"))
    ]
    assert _titles_and_amounts(extractor, kind) == [("Sommerjob", Decimal("420000"))]
    assert [t for t, _ in _titles_and_amounts(extractor, initial)] == ["Trygt Hjem Sorø"]


def test_a_total_after_money_from_a_pool_and_an_agreement_named_in_its_title(
    extractor: Extractor,
) -> None:
    pool = (
        "Punkt 4. Orientering om TELEKO\n\n"
        "TELEKO blev sat i gang i 2024. Regionsrådet bevilgede i december 2023 DKK 1,2 mio. "
        "fra Puljen til tværsektorielle løsninger, og de to kommuner finansierer resten af det "
        "samlede budget på DKK 2,0 mio.\n\n"
        "Punkt 5. Eventuelt\n"
    )
    agreement = (
        "SAMARBEJDSAFTALE\nom fælles opfølgning af borgere med KOL – projekt Lungerum\n\n"
        "§ 1. Formål\nProjektet Lungerum etablerer en lungeklinik i et sundhedshus.\n\n"
        "§ 4. Økonomi\nProjektets samlede økonomi udgør 2,2 mio. kr.\n\n"
        "§ 5. Andre projekter\nSideløbende viderefører kommunen projektet Lungefit, hvor "
        "frivillige leder træningshold.\n"
    )
    assert _titles_and_amounts(extractor, pool) == [("TELEKO", Decimal("2000000"))]
    assert _titles_and_amounts(extractor, agreement) == [
        ("Lungerum", Decimal("2200000")),
        ("Lungefit", None),
    ]


def test_paragraphs_opening_with_a_name_and_its_subtitle(extractor: Extractor) -> None:
    text = (
        "De tre projekter er:\n\n"
        '"Spørg lægen - rådgivning til hjemmeplejen i Vestjylland". Regionshospitalet Gødstrup '
        "opretter i samarbejde med Herning Kommune en telefonlinje. Projektet får 1,9 mio. kr.\n\n"
        "ROSA - Rolig opfølgning af skrøbelige ældre. Hospitalsenhed Midt samarbejder med "
        "Viborg Kommune om en fælles model. Projektet får 1,2 mio. kr.\n\n"
        "Ældre i trivsel - tidlig hjælp via egen læge. Regionshospitalet Randers og Randers "
        "Kommune afprøver et fælles forløb. Projektet får 0,9 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Spørg lægen - rådgivning til hjemmeplejen i Vestjylland", Decimal("1900000")),
        ("ROSA - Rolig opfølgning af skrøbelige ældre", Decimal("1200000")),
        ("Ældre i trivsel - tidlig hjælp via egen læge", Decimal("900000")),
    ]


def test_a_lettered_item_with_a_long_title_runs_to_the_next_letter(extractor: Extractor) -> None:
    text = (
        "Sagsfremstilling\n\n"
        "a) DIAS – Digital Indsats for Ældre med Sukkersyge i Sygehus og Almen praksis\n"
        "DIAS er udviklet af Sygehus Lillebælt i samarbejde med Kolding Kommune og Vejle "
        "Kommune. Projektet skal afprøve en fælles model.\n\n"
        "Projektet løber fra 2025 til 2027. Det samlede budget er på DKK 2,7 mio.\n\n"
        "b) Ung i Bevægelse – idræt og trivsel for unge i Vejle\n"
        "Ung i Bevægelse drives af Vejle Kommune sammen med DGI Sydøstjylland. Der søges om "
        "800.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        (
            "DIAS – Digital Indsats for Ældre med Sukkersyge i Sygehus og Almen praksis",
            Decimal("2700000"),
        ),
        ("Ung i Bevægelse – idræt og trivsel for unge i Vejle", Decimal("800000")),
    ]


def test_a_grant_entry_whose_applicant_line_has_a_dash(extractor: Extractor) -> None:
    text = (
        "Nr. 1\n"
        "Projekt: Pårørende i Fokus\n"
        "Ansøger: Bedre Psykiatri - Landsforeningen for pårørende\n"
        "Partnere: Odense Kommune\n"
        "Ansøgt: 540.000 kr.\n"
        "Bevilget: 500.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Pårørende i Fokus", Decimal("500000"))]


def test_paragraphs_and_items_opening_with_a_name_and_who_runs_it(extractor: Extractor) -> None:
    text = (
        "Mange ældre, som Faxe Kommune besøger sammen med Ældre Sagen, bor alene.\n\n"
        "Kommunen vil fremhæve tre projekter:\n\n"
        "TRYKKO (Tryg Kommunikation i Overgange), som Faxe Kommune og Sjællands "
        "Universitetshospital gennemførte fra 2021 til 2023 med 1,4 mio. kr. fra "
        "Sundhedsstyrelsen. Projektet halverede antallet af fejl i udskrivelsesbreve.\n\n"
        "Mad med venner, hvor Faxe Kommune sammen med Ældre Sagen afprøver fællesspisning for "
        "enlige ældre. Kommunen finansierer projektet med i alt kr. 260.000.\n\n"
        "Også TOBI (Tidlig Opsporing af Børn i Institutioner), som Faxe Kommune driver i "
        "samarbejde med Region Sjælland, har vist gode resultater.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value if p.amount else None) for p in extraction.projects] == [
        ("TRYKKO (Tryg Kommunikation i Overgange)", Decimal("1400000")),
        ("Mad med venner", Decimal("260000")),
        ("TOBI (Tidlig Opsporing af Børn i Institutioner)", None),
    ]
    trykko, meals, tobi = extraction.projects
    assert set(_participants(extraction, trykko)) == {
        "Faxe Kommune",
        "Sjællands Universitetshospital",
    }
    assert set(_participants(extraction, meals)) == {"Faxe Kommune", "Ældre Sagen"}
    assert set(_participants(extraction, tobi)) == {"Faxe Kommune", "Region Sjælland"}
    # the words an acronym run by a body stands for name no body
    names = {o.name for o in extraction.organisations}
    assert "Tidlig Opsporing af Børn i Institutioner" not in names
    assert "TOBI" not in names


def test_an_amount_given_to_a_project_by_name_outside_its_clause(extractor: Extractor) -> None:
    text = (
        "SAMARBEJDSAFTALE\n\n"
        "§ 1 Indsatser\n\n"
        "Aftalen omfatter:\n"
        "a) fælles undervisning af personalet,\n"
        "b) Pårørendecaféen Vest, som Alzheimerforeningen driver i samarbejde med "
        "Frivilligcenter Holbæk.\n\n"
        "§ 2 Økonomi\n\n"
        "Holbæk Kommune og Region Sjælland bidrager hver med 200.000 kr. årligt i 2025-2027. "
        "Heraf afsættes 150.000 kr. til Pårørendecaféen Vest.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Pårørendecaféen Vest", Decimal("150000"))]


def test_short_names_with_their_words_after_a_dash_or_in_brackets(extractor: Extractor) -> None:
    texts = [
        # a mixed-case acronym whose capitals its words' capitals spell
        "Sammen med Rebild Kommune gennemfører Mariagerfjord Kommune projektet TeLiV (Tele "
        "Lungerehabilitering i Vesthimmerland), som har modtaget 420.000 kr. fra "
        "Sundhedsstyrelsen.\n",
        # an acronym made of syllables: its letters stand in its words in order
        "Vejle Kommune og Sygehus Lillebælt går nu sammen om TELKO – Telemedicinsk "
        "Lungeopfølgning i Kommunen. Trygfonden støtter projektet TELKO med DKK 1,5 mio. "
        "Projektet har et samlet budget på 2,2 mio. kr.\n",
        # a subtitle opening with a short noun, up to the sentence's verb
        "Projektet Ny Start – job med mentor for borgere i misbrugsbehandling gennemføres af "
        "Jobcenter Horsens i samarbejde med Region Midtjylland. Budgettet er 3,4 mio. kr.\n",
    ]
    assert [_titles_and_amounts(extractor, text) for text in texts] == [
        [("TeLiV (Tele Lungerehabilitering i Vesthimmerland)", Decimal("420000"))],
        [("TELKO – Telemedicinsk Lungeopfølgning i Kommunen", Decimal("2200000"))],
        [("Ny Start – job med mentor for borgere i misbrugsbehandling", Decimal("3400000"))],
    ]


def test_a_news_headline_under_a_kicker_names_its_project(extractor: Extractor) -> None:
    texts = [
        # a name before the headline's colon, the news after it
        "NYHEDER · HOLSTEBRO\nTirsdag 4. marts 2025\n\n"
        "Sammen på Banen: Nu kan ældre med hjertesvigt træne i hallen\n\n"
        "Holstebro Kommune og Regionshospitalet Gødstrup har fået 1,3 mio. kr. fra Hjerte"
        "foreningen til et fælles projekt. Projektet starter til april.\n",
        # a quoted name after a colon, a verb after it; "kalder projektet" gives no name
        "LOKALT | 2. juni 2025\n\n"
        'Sygeplejersken rykker ud: "Hjem i Tide" skal forebygge genindlæggelser\n\n'
        "Bag projektet står Kolding Kommune og Sygehus Lillebælt, og TrygFonden har bevilget "
        '1,1 millioner kroner til det. Borgmesteren kalder projektet "et vigtigt skridt '
        'for de ældre".\n',
    ]
    assert [_titles_and_amounts(extractor, text) for text in texts] == [
        [("Sammen på Banen", Decimal("1300000"))],
        [("Hjem i Tide", Decimal("1100000"))],
    ]


def test_an_agenda_item_named_by_a_hyphenated_acronym_its_text_uses(
    extractor: Extractor,
) -> None:
    text = (
        "Punkt 3. Godkendelse af fælles projekt om hjemmebehandling af lungebetændelse "
        "(HAL-Syd)\n\n"
        "Resumé\n"
        "Administrationen anbefaler, at udvalget godkender projektet Hjemmebehandling af "
        "Lungebetændelse i Sydjylland (HAL-Syd). Projektet er et samarbejde mellem Sygehus "
        "Sønderjylland og Tønder Kommune.\n\n"
        "Sagsfremstilling\n"
        "HAL-Syd skal afprøve intravenøs behandling i eget hjem.\n\n"
        "Budget (t.kr.)       2025     2026     I alt\n"
        "Region Syddanmark     400      500       900\n"
        "Tønder Kommune       200      300       500\n"
        "I alt                600      800     1.400\n\n"
        'Punkt 4. Orientering om "Trygt Hjem" – frivillige ved udskrivelse\n\n'
        "Sagsfremstilling\n"
        "Tønder Kommune har fået 300.000 kr. fra TrygFonden til projektet.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Hjemmebehandling af Lungebetændelse i Sydjylland", Decimal("1400000")),
        ("Trygt Hjem", Decimal("300000")),
    ]


def test_an_item_on_a_topic_whose_money_goes_to_a_named_project_is_its_item(
    extractor: Extractor,
) -> None:
    text = (
        "5. Bevilling til fælles indsats for borgere med kroniske smerter\n\n"
        "Forslag\n"
        "Det indstilles, at der fra Sundhedspuljen bevilges 600 t.kr. til projektet "
        '"Smertefri Hverdag – fælles forløb i Sydvestjylland".\n\n'
        "Sagsfremstilling\n"
        "Projektet er udviklet af Sydvestjysk Sygehus og Esbjerg Kommune. Projektets samlede "
        "budget fremgår af tabellen:\n\n"
        "Budget (t.kr.)          2025     2026     I alt\n"
        "Forløbskoordinator       300      300       600\n"
        "Holdtræning              250      350       600\n"
        "I alt                    550      650     1.200\n\n"
        "6. Orientering om Akutteam Vest\n\n"
        "Sagsfremstilling\n"
        "Sundhedsstyrelsen har givet tilsagn om 2,4 mio. kr. til projektet Akutteam Vest.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Smertefri Hverdag – fælles forløb i Sydvestjylland", Decimal("1200000")),
        ("Akutteam Vest", Decimal("2400000")),
    ]


def test_a_forms_numbered_description_section_is_no_project(extractor: Extractor) -> None:
    text = (
        "ANSØGNINGSSKEMA\n\n"
        "1. Ansøger\n"
        "Ansøgende organisation: Ringsted Kommune\n\n"
        "2. Projektets titel\n"
        "TeleTræning – genoptræning via video i eget hjem\n\n"
        "3. Kort projektbeskrivelse (maks. 2.000 anslag)\n"
        "Borgere efter hofteoperation træner hjemme med en fysioterapeut på video.\n\n"
        "Projektet bygger på en afprøvning i 2023 med 20 borgere.\n\n"
        "4. Budget (kr.)\n"
        "Projektledelse 300.000\n"
        "Udstyr 200.000\n"
        "I alt 500.000\n\n"
        "5. Finansiering\n"
        "Ansøgt beløb fra puljen: kr. 400.000\n"
        "Samlet finansiering: kr. 500.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TeleTræning – genoptræning via video i eget hjem", Decimal("500000"))
    ]


def test_what_is_spent_so_far_is_no_projects_amount(extractor: Extractor) -> None:
    text = (
        "MIDTVEJSEVALUERING\n\n"
        "Tryg Udskrivning – frivillige følger ældre hjem\n\n"
        "1. Baggrund\n\n"
        "Tryg Udskrivning er et samarbejde mellem Vordingborg Kommune og Nykøbing F. "
        "Sygehus. Projektet er finansieret med en samlet bevilling på 640\u00a0000 kr.\n\n"
        "2. Økonomi\n\n"
        "Forbruget pr. 30. april 2025 udgør 251\u00a0000 kr., svarende til 39 pct. af "
        "bevillingen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Tryg Udskrivning – frivillige følger ældre hjem", Decimal("640000"))
    ]


def test_a_budget_part_of_a_form_headed_del_n(extractor: Extractor) -> None:
    text = (
        "ANSØGNINGSSKEMA\n\n"
        "DEL 2: PROJEKTET\n\n"
        "2.1 Projektets titel:\n"
        "Dans for Livet (DfL)\n\n"
        "DEL 3: BUDGET\n\n"
        "Udgiftspost                    2025       2026       I alt\n"
        "Danseinstruktør             120.000    150.000    270.000\n"
        "Evaluering                        0     60.000     60.000\n"
        "I alt                       120.000    210.000    330.000\n\n"
        "3.2 Ansøgt beløb fra puljen: 280.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Dans for Livet (DfL)", Decimal("330000"))]


def test_a_name_going_on_over_som_where_the_text_uses_it_whole_again(
    extractor: Extractor,
) -> None:
    text = (
        "Otte ledige skal prøve kræfter med fiskeriet, når projektet Båden som Base går i "
        "gang 1. marts. TrygFonden har bevilget 400.000 kroner til projektet.\n\n"
        "Båden som Base bygger på erfaringer fra Skagen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Båden som Base", Decimal("400000"))]
    # once only, "som" opens a clause: the name is the words before it
    once = "Projektet Sund Start som Hjørring Kommune driver, har fået 300.000 kr.\n"
    assert [t for t, _ in _titles_and_amounts(extractor, once)] == ["Sund Start"]


def test_a_subtitle_line_under_a_quoted_title_joins_it(extractor: Extractor) -> None:
    text = (
        "SAMARBEJDSAFTALE\n\n"
        'om projektet "Trygt Videre"\n'
        "– fælles opfølgning efter indlæggelse i Vejle og Fredericia\n\n"
        "§ 1. Parter\n"
        "Aftalen er indgået mellem Vejle Kommune, Fredericia Kommune og Sygehus Lillebælt.\n\n"
        "§ 2. Økonomi\n"
        "Projektets samlede budget er 2.100.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        (
            "Trygt Videre – fælles opfølgning efter indlæggelse i Vejle og Fredericia",
            Decimal("2100000"),
        )
    ]


def test_a_grant_table_gives_the_granted_column_not_the_applied_one(
    extractor: Extractor,
) -> None:
    text = (
        "Bevilgede projekter\n\n"
        "Projekt | Tovholder | Samarbejdspartnere | Ansøgt (kr.) | Bevilget (kr.)\n"
        "Medicin Hjem | Favrskov Kommune | Favrskov Apotek | 540.000 | 410.000\n"
        "Akut i Eget Hjem | Syddjurs Kommune | Regionshospitalet Randers | 700.000 | 0\n"
        "I alt | | | 1.240.000 | 410.000\n"
    )
    # (a project turned down keeps the amount it asked for)
    assert _titles_and_amounts(extractor, text) == [
        ("Medicin Hjem", Decimal("410000")),
        ("Akut i Eget Hjem", Decimal("700000")),
    ]


def test_a_recipient_a_dash_a_quoted_name_and_its_amount_after_a_colon(
    extractor: Extractor,
) -> None:
    text = (
        "DE TRE PROJEKTER\n\n"
        'Vejle Kommune – "Første Nøgle": 5,2 mio. kr.\n'
        "Vejle Kommune etablerer et bostøtteteam sammen med Sygehus Lillebælt.\n\n"
        'Næstved Kommune – "Hjem igen – støtte efter CTI-metoden": 4,1 mio. kr.\n'
        "Næstved Kommune tilbyder intensiv støtte til borgere, der flytter i egen bolig.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Første Nøgle", Decimal("5200000")),
        ("Hjem igen – støtte efter CTI-metoden", Decimal("4100000")),
    ]


def test_lettered_entries_with_fields_and_a_proposed_amount(extractor: Extractor) -> None:
    text = (
        "Sag 3 – Orientering: Status for Trivselsspor – tidlig hjælp til unge i Nordjylland\n\n"
        "Resumé\n"
        "Trivselsspor blev igangsat i 2024 som et samarbejde mellem Psykiatrien i Region "
        "Nordjylland og Hjørring Kommune. Projektet er finansieret af Region Nordjyllands Pulje "
        "for Nære Tilbud med i alt 2.400 t.kr. for perioden 2024–2026.\n\n"
        "Sag 4 – Beslutning: Fordeling af Forebyggelsesrammen 2026\n\n"
        "Sagsfremstilling\n"
        "Der foreslås tilskud til:\n\n"
        "a) Røgfri Lærlinge\n"
        "Ansøger: Aalborg Kommune i samarbejde med AMU Nordjylland.\n"
        "Forslag: 700 t.kr.\n\n"
        "b) Stærke Forældre\n"
        "Ansøger: Thisted Kommune i samarbejde med Sundhedsplejen.\n"
        "Forslag: 450 t.kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Trivselsspor – tidlig hjælp til unge i Nordjylland", Decimal("2400000")),
        ("Røgfri Lærlinge", Decimal("700000")),
        ("Stærke Forældre", Decimal("450000")),
    ]


def test_numbered_sections_of_an_evaluation_each_on_one_project(extractor: Extractor) -> None:
    text = (
        "MIDTVEJSEVALUERING\n\n"
        "1. Indledning\n"
        "Evalueringen omfatter to projekter:\n"
        '• "Hjemme igen – opfølgning efter udskrivelse" (herefter Hjemme igen)\n'
        "• Motionsskolen Lolland\n\n"
        "2. Hjemme igen\n"
        "Projektet ejes af Nykøbing F. Sygehus og gennemføres med Lolland Kommune.\n"
        "Økonomi: Projektet har et samlet budget på 1.800.000 kr.\n\n"
        "3. Motionsskolen Lolland\n"
        "Lolland Kommune står for projektet i samarbejde med DGI Storstrøm.\n"
        "Økonomi: Projektets samlede budget er 640.000 kr.\n\n"
        "4. Samlet vurdering\n"
        "Begge projekter er godt på vej, men Hjemme igen bør styrke rekrutteringen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Hjemme igen – opfølgning efter udskrivelse", Decimal("1800000")),
        ("Motionsskolen Lolland", Decimal("640000")),
    ]


def test_an_agenda_item_of_a_kind_with_a_long_subtitled_title(extractor: Extractor) -> None:
    text = (
        "Punkt 4. Godkendelse af fælles projekt: Tryg i Egen Krop – fysisk træning for "
        "borgere med svær psykisk sygdom i botilbud og hjemmevejledning\n\n"
        "Sagsfremstilling\n"
        "Psykiatrisk Center Amager og Tårnby Kommune vil afprøve fælles træningshold.\n\n"
        "Budget (t.kr.)     2025     2026     I alt\n"
        "I alt               800      900     1.700\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        (
            "Tryg i Egen Krop – fysisk træning for borgere med svær psykisk sygdom i botilbud "
            "og hjemmevejledning",
            Decimal("1700000"),
        )
    ]


def test_names_in_apposition_to_our_project_worked_on_together_or_run(
    extractor: Extractor,
) -> None:
    texts = [
        "Kort nyt fra afdelingen.\n\n"
        "SukkerMod, vores fællesprojekt med Steno Diabetes Center Odense og Odense Kommune om "
        "støtte til unge med diabetes, har nu en samlet bevilling på 2,6 mio. kr.\n",
        "Sygehus Sønderjylland har tidligere samarbejdet med SIND om Pårørendecafé Aabenraa, "
        "som fra 2021 til 2023 gav pårørende et fast mødested. Caféen blev støttet med "
        "180.000 kr. fra TrygFonden.\n",
        "Siden 2023 har vi sammen med Aabenraa Kommune drevet Mødestedet i Rødekro, hvor "
        "pårørende mødes hver uge. Mødestedet er støttet med 220.000 kr. fra regionen.\n",
    ]
    assert [_titles_and_amounts(extractor, text) for text in texts] == [
        [("SukkerMod", Decimal("2600000"))],
        [("Pårørendecafé Aabenraa", Decimal("180000"))],
        [("Mødestedet i Rødekro", Decimal("220000"))],
    ]


def test_a_table_read_cell_by_cell_whose_unit_the_text_above_states(
    extractor: Extractor,
) -> None:
    text = (
        "Følgende to projekter har fået tilsagn. Beløbene er angivet i 1.000 kr. og dækker\n"
        "hele perioden.\n\n"
        "Ansøger\nProjekt\nAnsøgt\nBevilget\n"
        "Vejle Kommune\nNye Spor\n2.950\n2.400\n"
        "Viborg Kommune\nDobbelt Op\n1.900\n1.500\n"
        "I alt\n4.850\n3.900\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Nye Spor", Decimal("2400000")),
        ("Dobbelt Op", Decimal("1500000")),
    ]


def test_an_agenda_topic_ending_in_the_acronym_its_text_uses(extractor: Extractor) -> None:
    text = (
        "Punkt 4. Medfinansiering af FALKO 2024-2026\n\n"
        "Sagsfremstilling\n"
        "Sygehus Sønderjylland har inviteret Aabenraa Kommune til at indgå i FALKO. I FALKO "
        "gennemføres en fælles faldudredning. Kommunens andel er 600.000 kr., og projektets "
        "samlede budget er 1,8 mio. kr.\n\n"
        "Punkt 5. Orientering om Sund Start\n\n"
        "Sagsfremstilling\n"
        "Sund Start har fået 400.000 kr. fra TrygFonden.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("FALKO", Decimal("1800000")),
        ("Sund Start", Decimal("400000")),
    ]


def test_an_agreement_whose_cover_names_its_project_on_the_next_line(
    extractor: Extractor,
) -> None:
    text = (
        "SAMARBEJDSAFTALE\n"
        "Akut Hjem Vest 2025-2026\n\n"
        "§ 1. Parter\n"
        "Aftalen er indgået mellem Lemvig Kommune og Regionshospitalet Gødstrup.\n\n"
        "§ 4. Økonomi\n"
        "Projektets samlede budget er 1.300.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Akut Hjem Vest", Decimal("1300000"))]


def test_a_mail_subject_with_a_case_kind_names_the_project_its_money_is_granted_to(
    extractor: Extractor,
) -> None:
    text = (
        "Fra: Lise Holm <liho@vejle.dk>\n"
        "Emne: SV: TrygTræn Vejle – status og restbudget 2025\n\n"
        "Hej Ole\n\n"
        "Vi har pr. 31/12 brugt 410.000 kr. af de 750.000 kr., vi fik bevilget fra Den "
        "Regionale Udviklingspulje. Resten bruger vi i foråret.\n\n"
        "Venlig hilsen\nLise\n"
    )
    assert _titles_and_amounts(extractor, text) == [("TrygTræn Vejle", Decimal("750000"))]


def test_a_form_section_heading_over_its_title_field(extractor: Extractor) -> None:
    text = (
        "ANSØGNINGSSKEMA\n\n"
        "2. PROJEKT\n"
        "Projekttitel: Sammen om Hverdagen - netværk for pårørende til borgere med demens\n"
        "Kort titel: Sammen om Hverdagen\n"
        "Ansøgt beløb: 600.000 kr.\n"
        "Samlet budget: 820.000 kr.\n\n"
        "3. SAMARBEJDSPARTNERE\n"
        "- Holbæk Kommune\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        (
            "Sammen om Hverdagen - netværk for pårørende til borgere med demens",
            Decimal("820000"),
        )
    ]


def test_a_body_over_its_committee_is_no_project_and_an_item_title_sheds_its_case_kind(
    extractor: Extractor,
) -> None:
    text = (
        "Region Syddanmark - Sundhedskoordinationsudvalget\n"
        "Dagsorden til mødet den 2. juni 2025\n\n"
        "Punkt 5\n"
        "HjerneVej – brobygning efter erhvervet hjerneskade. Status og anbefaling om "
        "forlængelse\n\n"
        "Sagsfremstilling\n"
        "HjerneVej blev igangsat i 2024 som et samarbejde mellem Sygehus Lillebælt og Kolding "
        "Kommune. Det samlede budget udgør DKK 3,2 mio.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("HjerneVej – brobygning efter erhvervet hjerneskade", Decimal("3200000"))
    ]


def test_a_grant_out_of_a_pool_is_the_projects_money(extractor: Extractor) -> None:
    text = (
        '5. Orientering om holdforløbet "Stærk efter kræft"\n\n'
        "Sagsfremstilling\n"
        'Sundhedscenter Tønder har siden 2023 kørt "Stærk efter kræft" i samarbejde med '
        'Kræftens Bekæmpelse. Kræftens Bekæmpelse har via sin pulje "Rehabilitering i '
        'nærmiljøet" givet tilsagn om 160.000 kroner til frivilligkoordinering.\n'
    )
    assert _titles_and_amounts(extractor, text) == [("Stærk efter kræft", Decimal("160000"))]


def test_what_is_left_of_a_pool_is_no_projects_amount(extractor: Extractor) -> None:
    text = (
        "Indstilling\n"
        "at der bevilges midler til projektet Lindring Nord og til projektet Hospice Hjemme "
        "Mors som anført i bilag 1, og\n"
        "at de resterende 300.000 kr. overføres til puljens næste ansøgningsrunde.\n\n"
        "Bilag 1. Bevillinger fra puljen (t.kr.)\n"
        "Projekt\n2024\n2025\nI alt\n"
        "Lindring Nord\n900\n1.100\n2.000\n"
        "Hospice Hjemme Mors\n500\n700\n1.200\n"
        "I alt\n1.400\n1.800\n3.200\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Lindring Nord", Decimal("2000000")),
        ("Hospice Hjemme Mors", Decimal("1200000")),
    ]


def test_a_budget_table_between_bars_whose_total_row_is_samlet_budget(
    extractor: Extractor,
) -> None:
    text = (
        "Projekttitel: Tryg Nat\n\n"
        "8. Budget (kr.)\n"
        "Post | 2025 | 2026 | I alt\n"
        "Projektleder | 210\u00a0000 | 250\u00a0000 | 460\u00a0000\n"
        "Evaluering | 0 | 90\u00a0000 | 90\u00a0000\n"
        "Samlet budget | 210\u00a0000 | 340\u00a0000 | 550\u00a0000\n\n"
        "Heraf egenfinansiering: 110\u00a0000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Tryg Nat", Decimal("550000"))]


def test_one_long_word_a_body_has_tried_with_a_clause_about_it(extractor: Extractor) -> None:
    text = (
        "Siden 2023 har Faxe Kommune og Holbæk Sygehus afprøvet Faxemodellen, hvor en "
        "kommunal koordinator møder patienten på sygehuset. Modellen har kostet 900.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Faxemodellen", Decimal("900000"))]


def test_the_grant_a_footnote_states_out_of_a_pool(extractor: Extractor) -> None:
    text = (
        "Projektet hedder TRÆK - træning efter kræft i almen praksis - og skal afprøve en fast "
        "samtale hos egen læge. Projektet er finansieret af Kræftens Bekæmpelse¹.\n\n"
        "¹ Bevillingen på DKK 2,2 mio. er givet fra Kræftens Bekæmpelses pulje "
        '"Rehabilitering og senfølger".\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TRÆK - træning efter kræft i almen praksis", Decimal("2200000"))
    ]


def test_a_total_after_a_grant_from_an_authoritys_named_pool(extractor: Extractor) -> None:
    text = (
        "MIDTVEJSEVALUERING\n\nJob efter Hjerneskade\n\n"
        "Job efter Hjerneskade har til formål at få flere tilbage i arbejde. Projektet har fået "
        '4,2 mio. kr. fra Styrelsen for Arbejdsmarked og Rekrutterings "Pulje til '
        'beskæftigelsesrettet rehabilitering" og har et samlet budget på 5.300.000 kr.\n'
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in extraction.projects] == [
        ("Job efter Hjerneskade", Decimal("5300000"))
    ]
    # the total is the project's, not the pool's size
    assert [(pool.name, pool.amount) for pool in extraction.funding_pools] == [
        ("Pulje til beskæftigelsesrettet rehabilitering", None)
    ]


def test_a_headline_project_is_spoken_of_to_the_next_project_and_a_total_after_koster(
    extractor: Extractor,
) -> None:
    lead = (
        "Ældre på mange piller bliver ofte indlagt, fordi medicinen ikke passer sammen. "
        "Farmaceuten gennemgår derfor alle præparater sammen med borgeren og egen læge. "
    )
    text = (
        '"Pille-Tjek": Apotek og læger skal holde ældre ude af akutmodtagelsen\n\n'
        "Vejle Kommune, Vejle Sygehus og et apotek går sammen om at gennemgå medicinen hos "
        "ældre. 900.000 kroner fra Apotekerfonden sikrer projektet de næste to år.\n\n"
        + (lead * 8 + "\n\n")
        * 2
        + "Samlet koster projektet 1,3 millioner kroner. Vejle Kommune lægger selv resten.\n\n"
        "I nabokommunen kører projektet Sikker Medicin Fredericia, som ikke har fået midler.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Pille-Tjek", Decimal("1300000")),
        ("Sikker Medicin Fredericia", None),
    ]


def test_an_agendas_list_of_items_gives_way_to_the_items_themselves(
    extractor: Extractor,
) -> None:
    text = (
        "Dagsorden\n"
        '3. Medfinansiering af ansøgning: "Stærk i Hverdagen"\n'
        '4. Orientering om bevilling til Jobcenter Køge: "Job efter Blodprop"\n\n'
        '3. Medfinansiering af ansøgning: "Stærk i Hverdagen"\n\n'
        "Sagsfremstilling\n"
        "Projektets samlede budget er 2,2 mio. kr.\n\n"
        '4. Orientering om bevilling til Jobcenter Køge: "Job efter Blodprop"\n\n'
        "Sagsfremstilling\n"
        "Jobcenter Køge har fået tilsagn om 640.000 kr. fra STAR til projektet.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Stærk i Hverdagen", Decimal("2200000")),
        ("Job efter Blodprop", Decimal("640000")),
    ]


def test_a_row_label_read_out_cell_by_cell_ends_no_budget_field(extractor: Extractor) -> None:
    text = (
        "Projekttitel: Åbent Hus Taastrup\n\n"
        "6. Budget (kr.)\n"
        "Budgetpost\n2025\n2026\nI alt\n"
        "Løn\n200.000\n400.000\n600.000\n"
        "Evaluering\n0\n50.000\n50.000\n"
        "I alt\n200.000\n450.000\n650.000\n\n"
        "Ansøgt beløb fra puljen: kr. 500.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Åbent Hus Taastrup", Decimal("650000"))]


def test_a_bare_total_under_a_header_in_thousands(extractor: Extractor) -> None:
    text = (
        "Punkt 4. Ansøgning: Trygt Hjem Fyn\n\n"
        "Sagsfremstilling\n"
        "Projektet drives af Psykiatrien i Region Syddanmark.\n\n"
        "Økonomi (t.kr.)\n"
        "2025: 800\n2026: 1.100\n"
        "Tilskud fra puljen i alt: 1.900\n"
        "Regional medfinansiering (personaletimer): 400\n"
        "Samlet budget: 2.300\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Trygt Hjem Fyn", Decimal("2300000"))]


def test_a_headline_opening_with_a_coined_word_names_its_project(extractor: Extractor) -> None:
    # a word no Danish dictionary holds, before a verb or a colon, in an article about a
    # project that gives money: the article's project
    bus = (
        "Sundhedsbilen skal møde borgerne på torvet\n\n"
        "Lemvig Kommune og Hospitalsenheden Vest sender en ombygget varevogn rundt til "
        "landsbyerne. Bag projektet står kommunens sundhedscenter, og Region Midtjylland "
        "har givet 1,6 mio. kr. til de første to år.\n"
    )
    café = (
        "Strikkesnak: Ældre mødes over garn og kaffe\n\n"
        "Ældre Sagen Tønder og Tønder Kommune har fået 420.000 kroner fra Velliv Foreningen "
        "til projektet, der holder åbent hver onsdag.\n"
    )
    assert _titles_and_amounts(extractor, bus) == [("Sundhedsbilen", Decimal("1600000"))]
    assert _titles_and_amounts(extractor, café) == [("Strikkesnak", Decimal("420000"))]


def test_a_headline_opening_with_an_ordinary_word_names_no_project(extractor: Extractor) -> None:
    # a dictionary word, a plural of people, an abstract noun, a word the text uses in
    # lower case: the headline's topic, not a name
    body = (
        "\n\nLemvig Kommune og Hospitalsenheden Vest har sammen fået 1,6 mio. kr. fra "
        "Region Midtjylland til projektet, og vognen kører allerede.\n"
    )
    for headline in (
        "Aftalen skal give borgerne hjælp tættere på",
        "Lungepatienter skal møde sygeplejersken på torvet",
        "Lungerehabilitering rykker ud i landsbyerne",
        "Vognen skal møde borgerne på torvet",
    ):
        assert _titles_and_amounts(extractor, headline + body) == [], headline


def test_a_heading_line_with_its_amount_in_brackets(extractor: Extractor) -> None:
    text = (
        "Puljen har fordelt sine midler. De to projekter er:\n\n"
        "Digital sårambulatorium (1,2 mio. kr.)\n"
        "Vejle Kommune og Vejle Sygehus udbreder sårvurdering via video til hjemmeplejen i "
        "hele kommunen.\n\n"
        "Træning i eget hjem (850.000 kr.)\n"
        "Kolding Kommune og Sygehus Lillebælt udvikler et fælles forløb efter udskrivning.\n"
    )
    x = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in x.projects] == [
        ("Digital sårambulatorium", Decimal("1200000")),
        ("Træning i eget hjem", Decimal("850000")),
    ]
    # the organisations the paragraph under each heading opens with take part in it
    assert _participants(x, x.projects[0]) == ["Vejle Kommune", "Vejle Sygehus"]
    assert _participants(x, x.projects[1]) == ["Kolding Kommune", "Sygehus Lillebælt"]


def test_a_heading_whose_paragraph_refers_back_to_it_as_the_project(
    extractor: Extractor,
) -> None:
    text = (
        "Tre projekter får støtte:\n\n"
        "Tryg Fødsel Fyn\n"
        "Odense Universitetshospital, Nyborg Kommune og Kerteminde Kommune udvikler en "
        "fælles plan for gravide. Projektet modtager 1,9 mio. kr.\n\n"
        "Fælles digital træningsplan\n"
        "Kernen er en fælles digital træningsplan for Assens Kommune og OUH. Projektet "
        "koster 0,4 mio. kr.\n\n"
        "Pengene er på plads\n"
        "Nyborg Kommune har sikret driften. Projektet fortsætter til 2027.\n"
    )
    x = extractor.extract_text(text)
    # a phrase the paragraph uses in lower case, an ordinary word: no project's name
    assert [(p.title, p.amount.value) for p in x.projects] == [
        ("Tryg Fødsel Fyn", Decimal("1900000"))
    ]
    assert _participants(x, x.projects[0]) == [
        "Odense Universitetshospital",
        "Nyborg Kommune",
        "Kerteminde Kommune",
    ]


def test_a_news_subheading_is_no_project_and_leaves_the_money_to_the_article_s(
    extractor: Extractor,
) -> None:
    text = (
        "Psykologer rykker ud på skolerne\n\n"
        'Esbjerg Kommune og Psykiatrien i Region Syddanmark starter projektet "Ro i Klassen" '
        "på tre skoler.\n\n"
        "Betalt af fælles pulje\n"
        "Projektet koster i alt 1,1 mio. kr. Esbjerg Kommune og Region Syddanmark betaler i "
        "fællesskab.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Ro i Klassen", Decimal("1100000"))]


def test_a_name_after_af_before_a_clause_about_who_runs_it(extractor: Extractor) -> None:
    text = (
        "Viborg Kommune understreger betydningen af Tidlig Hjælp Viborg, som "
        "Familieafdelingen siden 2023 har drevet sammen med Regionshospitalet Viborg. "
        "Indsatsen er finansieret med 1,3 mio. kr. fra Sundhedsstyrelsen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Tidlig Hjælp Viborg", Decimal("1300000"))]


def test_a_paragraph_opening_with_a_quoted_name_and_its_place(extractor: Extractor) -> None:
    text = (
        "Foreningen har været partner i to projekter:\n\n"
        '"Gåvenner" i Assens. Projektet er udviklet af Assens Kommune sammen med '
        "Dansk Folkehjælp og har modtaget 320.000 kr. fra Region Syddanmark.\n\n"
        '"Unge med gigt i job og uddannelse". Projektet er et samarbejde mellem '
        "Gigtforeningen, Odense Universitetshospital og Odense Kommune og har et samlet "
        "budget på 1,1 mio. kr.\n\n"
        '"Vi er glade for samarbejdet." Det siger formand for Gigtforeningen, som sammen med '
        "Odense Kommune står bag.\n"
    )
    x = extractor.extract_text(text)
    assert _project_amounts(x) == [
        ("Gåvenner", Decimal("320000")),
        ("Unge med gigt i job og uddannelse", Decimal("1100000")),
    ]
    # who developed or works together on each (the region paid, it takes no part)
    assert _participants(x, x.projects[0]) == ["Assens Kommune", "Dansk Folkehjælp"]
    assert _participants(x, x.projects[1]) == [
        "Gigtforeningen",
        "Odense Universitetshospital",
        "Odense Kommune",
    ]


def test_a_heading_line_with_an_ordinal_in_its_name(extractor: Extractor) -> None:
    text = (
        "Følgende projekter får støtte:\n\n"
        "Ro i timen – mindfulness for 8. klasser i Skive\n"
        "Skive Kommune udvikler i samarbejde med Ventilen Danmark et forløb for eleverne.\n"
        "Bevilling: kr. 300.000\n"
    )
    x = extractor.extract_text(text)
    assert _project_amounts(x) == [
        ("Ro i timen – mindfulness for 8. klasser i Skive", Decimal("300000"))
    ]
    assert _participants(x, x.projects[0]) == ["Skive Kommune", "Ventilen Danmark"]


def test_a_one_word_name_s_lower_case_words_may_end_in_a_place(extractor: Extractor) -> None:
    text = (
        "Holbæk Kommune har afsat 600.000 kr. til pilotprojektet Ryg og arbejde i Holbæk, "
        "som Jobcenter Holbæk ønsker at afprøve sammen med Holbæk Sygehus.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Ryg og arbejde i Holbæk", Decimal("600000"))]


def test_money_for_a_project_introduced_before_its_name(extractor: Extractor) -> None:
    text = (
        "Ringsted Kommune har fået 640.000 kroner fra TrygFonden til et nyt projekt, hvor "
        "frivillige skal besøge ensomme ældre.\n\n"
        'Derfor starter kommunen projektet "Kaffe på Trappen" sammen med Ældre Sagen '
        "Ringsted.\n\n"
        'Senere følger "Gåhold for alle" sammen med DGI Midt- og Vestsjælland.\n'
    )
    x = extractor.extract_text(text)
    assert _project_amounts(x) == [
        ("Kaffe på Trappen", Decimal("640000")),
        ("Gåhold for alle", None),
    ]
    # "kommunen" starts it with the association
    assert sorted(_participants(x, x.projects[0])) == ["Ringsted Kommune", "Ældre Sagen Ringsted"]


def test_an_application_sentence_before_the_project_it_concerns(extractor: Extractor) -> None:
    text = (
        "Administrationen har indsendt en ansøgning på 420.000 kroner til Sundhedsstyrelsen. "
        "Ansøgningen vedrører projektet Trygt hjem med KOL, som gennemføres sammen med "
        "Lungeforeningen.\n\n"
        "Projektet Sund Start i Ringe fortsætter som hidtil sammen med Faaborg-Midtfyn "
        "Kommune.\n"
    )
    x = extractor.extract_text(text)
    assert _project_amounts(x) == [
        ("Trygt hjem med KOL", Decimal("420000")),
        ("Sund Start i Ringe", None),
    ]
    # the authority is applied to, it takes no part
    assert _participants(x, x.projects[0]) == ["Lungeforeningen"]
    assert _participants(x, x.projects[1]) == ["Faaborg-Midtfyn Kommune"]


def test_a_pilot_named_in_an_application_s_background_keeps_its_own_money(
    extractor: Extractor,
) -> None:
    text = (
        "Ansøgning til TrygFonden\n\n"
        "Trygt hjem – en sammenhængende udskrivning i Vestjylland\n\n"
        "Ansøger: Herning Kommune\n"
        "Partnere: Regionshospitalet Gødstrup\n\n"
        "1. Baggrund\n"
        'Projektet bygger på pilotprojektet "Hjem i tide", som Herning Kommune og '
        "Regionshospitalet Gødstrup gennemførte i 2023 med en bevilling på kr. 300.000 fra "
        "Region Midtjylland.\n\n"
        "2. Budget\n"
        "Løn: DKK 1,2 mio.\n"
        "Evaluering: DKK 0,3 mio.\n"
        "Samlet budget: DKK 1,5 mio.\n"
    )
    amounts = dict(_titles_and_amounts(extractor, text))
    assert amounts["Hjem i tide"] == Decimal("300000")
    assert amounts["Trygt hjem – en sammenhængende udskrivning i Vestjylland"] == Decimal("1500000")


def test_an_agenda_item_titled_by_a_project_owns_its_budget_table(extractor: Extractor) -> None:
    text = (
        "Punkt 12: Ansøgning til Helsefonden om projekt Trygt Forældreskab Aabenraa\n\n"
        "Sagsfremstilling\n"
        "Forløbet ledes af sundhedsplejen i samarbejde med Sygehus Sønderjylland.\n\n"
        "Budget (kr.)\n"
        "                      2025       2026      I alt\n"
        "Løn                 300.000    310.000    610.000\n"
        "Evaluering                0     90.000     90.000\n"
        "I alt               300.000    400.000    700.000\n\n"
        "Der søges 500.000 kr. fra Helsefonden. Kommunens egenfinansiering på 200.000 kr. "
        "afholdes inden for budgettet.\n\n"
        'Punkt 13: Medfinansiering af "Sammen om fødslen"\n\n'
        "Sagsfremstilling\n"
        "Aabenraa Kommune deltager sammen med Sygehus Sønderjylland. Projektets samlede "
        "budget er 1,1 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Trygt Forældreskab Aabenraa", Decimal("700000")),
        ("Sammen om fødslen", Decimal("1100000")),
    ]


def test_a_partnership_introduced_with_its_money_before_its_first_project_is_named(
    extractor: Extractor,
) -> None:
    text = (
        "Gigtforeningen, Vejle Kommune og Sygehus Lillebælt indgår et treårigt partnerskab "
        "om slidgigt. Med en bevilling på 2,2 mio. kroner fra TrygFonden skal 40 frivillige "
        "uddannes.\n\n"
        "I partnerskabets første projekt, Stærke Knæ Vejle, træner borgerne sammen med "
        "frivillige fra Gigtforeningen.\n\n"
        "Stærke Knæ Vejle\n"
        "Sideløbende tester Vejle Kommune og Sygehus Lillebælt projektet "
        '"Gå-hjem-møder", som har fået 150.000 kr. fra kommunen.\n'
    )
    x = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in x.projects] == [
        ("Stærke Knæ Vejle", Decimal("2200000")),
        ("Gå-hjem-møder", Decimal("150000")),
    ]
    # the fund that pays is no participant; the bodies that test the second project are
    first, second = (_participants(x, p) for p in x.projects)
    assert {"Vejle Kommune", "Gigtforeningen"} <= set(first) and "TrygFonden" not in first
    assert second == ["Vejle Kommune", "Sygehus Lillebælt"]


def test_a_fund_that_supports_a_project_is_no_participant(extractor: Extractor) -> None:
    text = (
        'Velux Fonden støtter projektet "Sammen på Fyn" med 1,2 mio. kr. Projektet er et '
        "samarbejde mellem Odense Kommune og Odense Universitetshospital.\n"
    )
    x = extractor.extract_text(text)
    [project] = x.projects
    assert _participants(x, project) == ["Odense Kommune", "Odense Universitetshospital"]


def test_an_acronym_its_brackets_spell_out_in_a_sentence_with_money(extractor: Extractor) -> None:
    text = (
        "Samtidig får SPIRE (Samarbejde om Psykisk sundhed I Region Sjælland) 1,4 mio. kr. "
        "fra puljen. Netværket ledes af Psykiatrien Region Sjælland i samarbejde med "
        "Næstved Kommune.\n"
    )
    x = extractor.extract_text(text)
    [project] = x.projects
    assert (project.title, project.amount.value) == (
        "SPIRE (Samarbejde om Psykisk sundhed I Region Sjælland)",
        Decimal("1400000"),
    )
    assert _participants(x, project) == ["Psykiatrien Region Sjælland", "Næstved Kommune"]


def test_a_headline_opening_with_an_organisation_s_abbreviation_names_no_project(
    extractor: Extractor,
) -> None:
    text = (
        "VISO rykker ud til familierne i Thy\n\n"
        "Den Nationale Videns- og Specialrådgivningsorganisation (VISO) starter et nyt "
        'projekt. I projektet "Rådgivning i hjemmet" besøger VISO familierne sammen med '
        "Thisted Kommune. Projektet har et budget på 2,1 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Rådgivning i hjemmet", Decimal("2100000"))]


def test_a_name_with_a_subtitle_in_apposition_to_its_kind(extractor: Extractor) -> None:
    text = (
        "Besøget er en del af HJEM-AKUT – akutte forløb i eget hjem, et forskningsprojekt, som "
        "Holbæk Sygehus driver sammen med Holbæk Kommune. TrygFonden har bevilget 3,3 mio. kr. "
        "til projektet.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("HJEM-AKUT – akutte forløb i eget hjem", Decimal("3300000"))
    ]


def test_a_team_the_parties_have_run_with_a_clause_after_it(extractor: Extractor) -> None:
    text = (
        "Her har sygehuset sammen med Faxe Kommune siden 2024 kørt Akutteam Faxe Syd, der "
        "rykker ud til ældre borgere.\n\n"
        "Projektet har fået 1,9 mio. kr. fra Sundhedsstyrelsen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Akutteam Faxe Syd", Decimal("1900000"))]


def test_grant_list_lines_with_a_sentence_after_the_amount(extractor: Extractor) -> None:
    text = (
        "De største bevillinger:\n\n"
        'Vejle Kommune: "Familier i Bevægelse", 3,1 mio. kr. Partnere: Sygehus Lillebælt.\n\n'
        'Hvidovre Kommune: "Sund Start Hvidovre", 1,9 mio. kr. Partner: Hvidovre Hospital.\n\n'
        "Kommunerne skal evaluere projekterne efter en model, som Sundhedsstyrelsen udvikler "
        "sammen med KL.\n"
    )
    x = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in x.projects] == [
        ("Familier i Bevægelse", Decimal("3100000")),
        ("Sund Start Hvidovre", Decimal("1900000")),
    ]
    # a line's project is spoken of to its paragraph's end, not in the text after the list
    assert _participants(x, x.projects[0]) == ["Vejle Kommune", "Sygehus Lillebælt"]
    assert _participants(x, x.projects[1]) == ["Hvidovre Kommune", "Hvidovre Hospital"]


def test_money_granted_to_a_name_after_a_long_list_of_recipients(extractor: Extractor) -> None:
    text = (
        "Endelig får Nykøbing Falster Sygehus og Guldborgsund Kommune 1,2 mio. kr. til "
        "Video Falster, hvor konsultationerne foregår over video.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Video Falster", Decimal("1200000"))]


def test_a_sentence_case_name_the_parties_developed_before_a_clause(extractor: Extractor) -> None:
    text = (
        "Holbæk Sygehus har sammen med Holbæk Kommune udviklet Palliativ hjemmepleje, hvor "
        "patienterne behandles i eget hjem. Projektet er finansieret med 1,1 mio. kr.\n"
    )
    x = extractor.extract_text(text)
    assert _project_amounts(x) == [("Palliativ hjemmepleje", Decimal("1100000"))]
    assert _participants(x, x.projects[0]) == ["Holbæk Sygehus", "Holbæk Kommune"]


def test_a_headline_naming_its_kind_before_the_name_and_money_in_quotes(
    extractor: Extractor,
) -> None:
    text = (
        "Nyt projekt: Tryg hjemme med KOL\n\n"
        "Lungeforeningen og Gentofte Hospital vil bringe hjælpen hjem.\n\n"
        "»Med de 1,4 millioner kroner, vi har fået fra TrygFondens pulje, kan vi ansætte en "
        "sygeplejerske,« siger projektlederen.\n\n"
        'Idéen er ikke ny. Gentofte Kommune afprøvede i 2023 projektet "Ro på lungerne".\n\n'
        "»Vi gav 300.000 kroner fra vores pulje til projektet,« siger formanden.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Tryg hjemme med KOL", Decimal("1400000")),
        ("Ro på lungerne", Decimal("300000")),
    ]


def test_money_from_a_giver_before_the_sentence_that_names_the_project(
    extractor: Extractor,
) -> None:
    text = (
        "1,6 millioner kroner fra Region Syddanmarks pulje skal de næste to år give borgerne "
        'en vej hjem. Projektet har fået navnet "Hjem til haven".\n\n'
        "Esbjerg Kommune lægger 200.000 kroner oven i, og Sydvestjysk Sygehus deltager.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Hjem til haven", Decimal("1600000"))]


def test_an_agenda_item_s_title_ends_before_its_kind_of_case_and_its_cost_is_paid_by_a_pool(
    extractor: Extractor,
) -> None:
    text = (
        "7. Budgetopfølgning – orientering\n\n"
        "Sagsfremstilling\n"
        "Forvaltningen orienterer om forbruget.\n\n"
        "8. Sprog i Børnehøjde – samarbejdsaftale med Høreforeningen\n\n"
        "Sagsfremstilling\n"
        "Dagtilbudsafdelingen har sammen med Høreforeningen udviklet Sprog i Børnehøjde, et "
        "redskab til pædagoger.\n\n"
        "Udgiften på 310.000 kr. dækkes af Udviklingspuljen for dagtilbud, som udgør 1,2 mio. "
        "kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Sprog i Børnehøjde", Decimal("310000"))]


def test_grant_list_headings_over_paragraphs_that_open_with_the_bodies_and_a_budget_field(
    extractor: Extractor,
) -> None:
    text = (
        "DE TO PROJEKTER\n\n"
        "Frivillige førstehjælpere på Ærø\n"
        "Ærø Kommune og Dansk Førstehjælpsråd uddanner frivillige i otte landsbyer.\n"
        "Bevilling: 1.450.000 kr.\n\n"
        "Sikkert hjem fra akutmodtagelsen\n"
        "Odense Universitetshospital samarbejder med Odense Kommune om opfølgende opkald.\n"
        "Bevilling: 2.100.000 kr.\n\n"
        "Fonden har i alt modtaget 38 ansøgninger med et samlet ansøgt beløb på 51 mio. kr.\n"
    )
    x = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in x.projects] == [
        ("Frivillige førstehjælpere på Ærø", Decimal("1450000")),
        ("Sikkert hjem fra akutmodtagelsen", Decimal("2100000")),
    ]
    # the bodies each paragraph opens with run its project
    assert _participants(x, x.projects[0]) == ["Ærø Kommune", "Dansk Førstehjælpsråd"]
    assert _participants(x, x.projects[1]) == ["Odense Universitetshospital", "Odense Kommune"]


def test_a_news_subheading_whose_subject_is_an_ordinary_word_names_no_project(
    extractor: Extractor,
) -> None:
    text = (
        "Projekt Trygge Rammer: Vejle får 1,2 millioner til familier\n\n"
        "TrygFonden har bevilget 1,2 millioner kroner til projektet, som kommunens "
        "familiebehandlere driver sammen med ADHD-foreningen.\n\n"
        "Sygehuset er med\n"
        "Børneafdelingen på Sygehus Lillebælt er partner i projektet og henviser familierne.\n\n"
        "Projektet koster i alt 1,6 millioner kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Projekt Trygge Rammer", Decimal("1600000"))]


def test_an_application_s_title_with_a_subtitle_after_a_colon(extractor: Extractor) -> None:
    text = (
        "Projektbeskrivelse\n"
        "Ansøgning til Nordea-fonden\n\n"
        "Ud på vandet: Kajak som læringsrum for elever med autisme\n\n"
        "Ansøger: Skovvangskolen, Aarhus Kommune\n"
        "Samarbejdspartnere: Dansk Kano og Kajak Forbund\n"
        "Ansøgt beløb: 900.000 kr.\n\n"
        "FAKTA: Ud på vandet\n"
        "Periode: 2025-2026\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Ud på vandet: Kajak som læringsrum for elever med autisme", Decimal("900000"))
    ]


def test_a_quoted_headline_name_before_a_colon_and_money_given_to_the_trial_before_its_name(
    extractor: Extractor,
) -> None:
    headline = (
        '"Lunger Hjemme": Tablet skal holde KOL-patienter ude af hospitalet\n\n'
        "Hvidovre Hospital og Brøndby Kommune følger borgerne hjemmefra. Forsøget har et "
        "samlet budget på 2,6 millioner kroner.\n"
    )
    lead = (
        "Region Midtjylland afsætter 9,5 millioner kroner til forsøget over tre år.\n\n"
        "Med projektet Video Læge Vest skal borgere i Lemvig Kommune kunne se en læge på video.\n\n"
        'Det bygger på projektet "Læge på Skærm", som Struer Kommune gennemførte.\n'
    )
    assert _titles_and_amounts(extractor, headline) == [("Lunger Hjemme", Decimal("2600000"))]
    assert _titles_and_amounts(extractor, lead) == [
        ("Video Læge Vest", Decimal("9500000")),
        ("Læge på Skærm", None),
    ]


def test_a_name_opening_with_an_article_after_projektet(extractor: Extractor) -> None:
    text = (
        "I Odense gennemførte Odense Kommune og ti apoteker i 2023 projektet Den Trygge "
        "Medicinsamtale. Projektet blev støttet med 1,1 mio. kr. af Apotekerfonden.\n\n"
        "Projektet MedicinHjælp 80+ er et samarbejde mellem Svendborg Kommune og OUH. "
        "Budgettet er på 400.000 kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Den Trygge Medicinsamtale", Decimal("1100000")),
        ("MedicinHjælp 80+", Decimal("400000")),
    ]


def test_a_cost_stated_in_all_before_one_party_s_share(extractor: Extractor) -> None:
    text = (
        "Aarhus Kommune og Favrskov Kommune ønsker at etablere en fælles telefonlinje. "
        "Ordningen går under navnet Hurtig Hjælp.\n\n"
        "Udgiften til pilotordningen er opgjort til i alt 480.000 kr. for 2025-2026 og deles "
        "ligeligt. Aarhus Kommunes andel på 240.000 kr. finansieres inden for rammen.\n\n"
        "Direktøren indstiller, at udvalget godkender deltagelse i Hurtig Hjælp med en "
        "kommunal udgift på 240.000 kr.\n\n"
        'Samtidig fortsætter projektet "Sikker Medicin", som Favrskov Kommune driver.\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Hurtig Hjælp", Decimal("480000")),
        ("Sikker Medicin", None),
    ]


def test_a_grant_list_of_bullet_lines_each_over_its_parties_and_grant(
    extractor: Extractor,
) -> None:
    text = (
        "Styrelsen har givet tilsagn til disse projekter:\n\n"
        "• Sammen om hjertet i Vesthimmerland\n"
        "Vesthimmerlands Kommune (projektejer) i samarbejde med Aalborg Universitetshospital. "
        "Projektet samler hjerterehabiliteringen ét sted.\n"
        "Tilskud: 1,8 mio. kr. Periode: 2025–2026.\n\n"
        "• Den trygge udskrivelse – fælles tjekliste for sygehus og hjemmepleje\n"
        "Horsens Kommune er projektejer, og Regionshospitalet Horsens er partner. Projektet "
        "afprøver en fælles tjekliste.\n"
        "Tilskud: 950.000 kr. Periode: 2025–2027.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value if p.amount else None) for p in extraction.projects] == [
        ("Sammen om hjertet i Vesthimmerland", Decimal("1800000")),
        (
            "Den trygge udskrivelse – fælles tjekliste for sygehus og hjemmepleje",
            Decimal("950000"),
        ),
    ]
    first, second = extraction.projects
    assert _participants(extraction, first) == [
        "Vesthimmerlands Kommune",
        "Aalborg Universitetshospital",
    ]
    assert _participants(extraction, second) == ["Horsens Kommune", "Regionshospitalet Horsens"]


def test_a_news_subheading_about_money_names_no_project_but_may_end_with_one(
    extractor: Extractor,
) -> None:
    refused = (
        "Gode Nætter: Søvnskole skal hjælpe ældre i Kerteminde\n\n"
        "Kerteminde Kommune og Odense Universitetshospital tilbyder ældre et søvnforløb.\n\n"
        "Millioner fra staten\n"
        "Projektet får 1,2 mio. kr. fra Sundhedsstyrelsen, og det samlede budget er på "
        "1,5 mio. kr.\n"
    )
    named = (
        "Nyt fra Sundhed og Omsorg\n\n"
        "Penge til aftenbesøg i Stille Stunder\n"
        "Vi har fået besked om, at Stille Stunder får 640.000 kr. fra Helsefonden, så "
        "Assens Kommune og Hospice Fyn kan fortsætte aftenbesøgene.\n"
    )
    assert _titles_and_amounts(extractor, refused) == [("Gode Nætter", Decimal("1500000"))]
    assert _titles_and_amounts(extractor, named) == [("Stille Stunder", Decimal("640000"))]


def test_a_council_item_numbered_past_99_hearing_a_proposal_names_its_project(
    extractor: Extractor,
) -> None:
    text = (
        "Sag nr. 212 · Høring over forslag om Fælles Mobilt Lungeteam (FML)\n\n"
        "Sagsfremstilling\n"
        "Sjællands Universitetshospital foreslår et fælles mobilt lungeteam, som Køge Kommune "
        "og Stevns Kommune deltager i. Det samlede budget er 3,2 mio. kr.\n\n"
        "Erfaringerne fra projektet Åndedræt Hjemme, som kommunen gennemførte med et budget "
        "på 400.000 kr., viser, at hjemmebesøg virker.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Fælles Mobilt Lungeteam", Decimal("3200000")),
        ("Åndedræt Hjemme", Decimal("400000")),
    ]


def test_shares_of_each_payer_before_their_sum(extractor: Extractor) -> None:
    text = (
        'Projektet "Hjem med hjælpemidler" blev betalt af Region Sjælland og Slagelse '
        "Kommune med 300.000 kr. hver, i alt 600.000 kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Hjem med hjælpemidler", Decimal("600000"))]


def test_grant_lines_with_the_owner_in_brackets_before_the_amount(extractor: Extractor) -> None:
    text = (
        "Fonden fordeler midlerne sådan:\n\n"
        "Ung i Job (Ikast-Brande Kommune) – 2,1 mio. kr.\n"
        "Ikast-Brande Kommune og Regionspsykiatrien Gødstrup samarbejder om et forløb for "
        "unge. Projektperiode: 2025-2027.\n\n"
        "Ro på – trivsel for unge i Lemvig (Lemvig Kommune) – 1.650.000 kr.\n"
        "Lemvig Kommune og headspace Danmark åbner et rådgivningstilbud. Kommunen havde søgt "
        "om 2 mio. kr.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in extraction.projects] == [
        ("Ung i Job", Decimal("2100000")),
        ("Ro på – trivsel for unge i Lemvig", Decimal("1650000")),
    ]
    assert [extraction.organisation(p.owner).name for p in extraction.projects] == [
        "Ikast-Brande Kommune",
        "Lemvig Kommune",
    ]


def test_a_headline_name_before_a_colon_and_an_amount(extractor: Extractor) -> None:
    text = (
        "Ungeløft: 3,5 millioner skal hjælpe unge med ADHD i job\n\n"
        "Randers Kommune og Regionshospitalet Randers går sammen. Velux Fonden har bevilget "
        "3,5 mio. kroner til et treårigt projekt, og det samlede budget er 4,2 mio. kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Ungeløft", Decimal("4200000"))]


def test_a_form_title_with_a_subtitle_line_and_a_budget_table_beside_the_sum_applied_for(
    extractor: Extractor,
) -> None:
    text = (
        "PROJEKTBESKRIVELSE\n"
        "Ansøgning til Helsefonden\n\n"
        "Fælles fodfæste\n"
        "Et forløb for unge med gigt mellem skole og sygehus\n\n"
        "Ansøger: Silkeborg Kommune\n"
        "Partnere: Regionshospitalet Silkeborg\n"
        "Ansøgt beløb: 800 t.kr.\n\n"
        "1. Baggrund\n"
        "Mange unge med gigt mister kontakten til skolen.\n\n"
        "2. Budget (t.kr.)\n"
        "Post                2025   2026   I alt\n"
        "Sygeplejerske        300    300     600\n"
        "Evaluering           100    200     300\n"
        "I alt                400    500     900\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Fælles fodfæste", Decimal("900000"))]


def test_a_quoted_name_in_an_agenda_item_spans_the_name_only(extractor: Extractor) -> None:
    text = (
        'Pkt. 4 Orientering om tilsagn til "Sund Start" – forløb for nyblevne forældre\n\n'
        "Sundhedsstyrelsen har givet tilsagn om 450.000 kr. til projektet, som Vejen "
        "Kommune gennemfører.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert project.title == "Sund Start"
    assert {m.exact for m in project.mentions} == {"Sund Start"}
    assert project.amount.value == Decimal("450000")


def test_a_quoted_headline_name_over_an_article_that_gives_money_without_saying_project(
    extractor: Extractor,
) -> None:
    text = (
        "»Lyset i Havnen«: Ti små boliger skal give hjemløse et sted at bo\n\n"
        "Esbjerg Kommune og Psykiatrien i Region Syddanmark står bag byggeriet. "
        "Mandag gav byrådet grønt lys til byggeriet, som er et samarbejde mellem kommunen og "
        "en boligforening.\n\n"
        "Byggeriet koster 7,2 millioner kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Lyset i Havnen", Decimal("7200000"))]


def test_a_line_heading_with_its_short_name_in_brackets_used_below(extractor: Extractor) -> None:
    text = (
        "Høringssvar til Region Nordjylland\n\n"
        "Rusmiddelteam på Sengeafsnittet (RiS)\n"
        "Sammen med Hjørring Kommune har Frederikshavn Kommune siden 2023 drevet RiS, hvor "
        "kommunens rådgivere kommer fast på afsnittet. Projektet er finansieret med "
        "1.250.000 kr. fra Sundhedsstyrelsen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Rusmiddelteam på Sengeafsnittet", Decimal("1250000"))
    ]


def test_a_quoted_name_after_samarbejdet_and_a_name_the_text_shortens(
    extractor: Extractor,
) -> None:
    quoted = (
        'I samarbejdet "Nabo til Natten" samler Kirkens Korshær og Odense Kommune erfaringer '
        "fra natcaféerne. Arbejdet er støttet med 420.000 kr. fra Bikubenfonden.\n"
    )
    shortened = (
        "Det er tanken bag Det Fælles Akutte Børneteam, forkortet FAB, som Gentofte Kommune "
        "og Herlev Hospital etablerer fra 1. marts.\n\n"
        "Helsefonden har bevilget 2,2 mio. kr. til projektet, der har et samlet budget på "
        "3 mio. kr.\n\n"
        "FAB skal rykke ud til børn med feber og vejrtrækningsbesvær.\n"
    )
    assert _titles_and_amounts(extractor, quoted) == [("Nabo til Natten", Decimal("420000"))]
    assert _titles_and_amounts(extractor, shortened) == [
        ("Det Fælles Akutte Børneteam", Decimal("3000000"))
    ]


def test_one_word_with_its_amount_in_brackets_over_the_bodies_that_run_it(
    extractor: Extractor,
) -> None:
    text = (
        "Fonden støtter tre projekter:\n\n"
        "Havnehuset (1.450.000 kr.)\n"
        "Kirkens Korshær og Aarhus Kommune åbner et værested for unge ved havnen.\n\n"
        "Varmestuen (800.000 kr.)\n"
        "Blå Kors Danmark og Randers Kommune udvider åbningstiden.\n"
    )
    x = extractor.extract_text(text)
    assert _project_amounts(x) == [
        ("Havnehuset", Decimal("1450000")),
        ("Varmestuen", Decimal("800000")),
    ]
    assert _participants(x, x.projects[0]) == ["Kirkens Korshær", "Aarhus Kommune"]
    assert _participants(x, x.projects[1]) == ["Blå Kors Danmark", "Randers Kommune"]


def test_council_items_past_99_with_a_kind_after_or_before_a_dash_and_a_table_in_1000_kr(
    extractor: Extractor,
) -> None:
    text = (
        "Byrådet\nReferat\n\n"
        "118. TRIVE - ansøgning til pulje om børns mentale sundhed\n\n"
        "Sagsfremstilling\n"
        "Thisted Kommune har sammen med Morsø Kommune udarbejdet en ansøgning. TRIVE "
        "(Tryghed, Relationer og Inklusion i Vores Elevmiljøer) skal etablere teams på "
        "skolerne.\n\n"
        "Økonomi\n"
        "Budget (1.000 kr.)\n"
        "Post           2025    2026    I alt\n"
        "Løn             600     700    1.300\n"
        "I alt           600     700    1.300\n\n"
        "119. Anlægsbevilling - Sundhedshuset Hanstholm - fælles indgang for borgere\n\n"
        "Sagsfremstilling\n"
        "Thisted Kommune og Region Nordjylland samler lægevagt og sygepleje i ét hus. "
        "Ombygningen er beregnet til kr. 900.000.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TRIVE (Tryghed, Relationer og Inklusion i Vores Elevmiljøer)", Decimal("1300000")),
        ("Sundhedshuset Hanstholm - fælles indgang for borgere", Decimal("900000")),
    ]


def test_an_acronym_heading_before_its_words_keeps_them_when_the_text_uses_the_acronym(
    extractor: Extractor,
) -> None:
    text = (
        "De tre projekter\n\n"
        "MOD – Mestring, Opfølgning og Deltagelse\n"
        "Dansk Handicap Forbund og Vejle Kommune modtager 1,4 mio. kr. til MOD. Projektet "
        "skal hjælpe unge med handicap i job.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("MOD – Mestring, Opfølgning og Deltagelse", Decimal("1400000"))
    ]


def test_a_name_after_a_verb_of_work_in_apposition_to_its_kind(extractor: Extractor) -> None:
    text = (
        "Sammen med Dansk Flygtningehjælp har Sønderborg Kommune siden 2024 gennemført "
        "Sprog i svangreomsorgen, et tilbud om fødselsforberedelse på flere sprog. Indsatsen "
        "er finansieret med i alt 520.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Sprog i svangreomsorgen", Decimal("520000"))]


def test_a_long_sentence_before_is_a_collaboration_is_no_name(extractor: Extractor) -> None:
    text = (
        "Tirsdag aften gav politikerne i Viborg Kommune grønt lys til byggeriet, som er et "
        "samarbejde mellem kommunen og Region Midtjylland. Byggeriet koster 5 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == []


def test_a_quoted_name_with_its_years_in_brackets_before_a_clause_of_work(
    extractor: Extractor,
) -> None:
    text = (
        'Vi bygger på erfaringerne fra "Sundhedsskolen Vest" (2021–2023), som Varde Kommune '
        "gennemførte sammen med Sydvestjysk Sygehus med 250.000 kr. fra Trygfonden.\n"
    )
    extraction = extractor.extract_text(text)
    [project] = extraction.projects
    assert (project.title, project.amount.value) == ("Sundhedsskolen Vest", Decimal("250000"))
    assert _participants(extraction, project) == ["Varde Kommune", "Sydvestjysk Sygehus"]


def test_a_form_s_applicant_above_its_one_title_field_is_the_project_s(
    extractor: Extractor,
) -> None:
    text = (
        "ANSØGNINGSSKEMA\n\n"
        "1. Ansøger\n"
        "Ansøgende organisation: Kolding Kommune\n\n"
        "2. Projektets titel\n"
        "Trygt hjem fra Kolding Sygehus\n\n"
        "3. Beskrivelse\n"
        'Projektet bygger på "Hjem med plan" (2022), som Kolding Kommune gennemførte med '
        "Sygehus Lillebælt med 200.000 kr. fra Helsefonden.\n\n"
        "4. Budget\n"
        "Ansøgt beløb: 1.200.000 kr.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in extraction.projects] == [
        ("Trygt hjem fra Kolding Sygehus", Decimal("1200000")),
        ("Hjem med plan", Decimal("200000")),
    ]
    assert extraction.organisation(extraction.projects[0].owner).name == "Kolding Kommune"


def test_council_items_extending_or_cofinancing_a_project_and_the_protocol_header(
    extractor: Extractor,
) -> None:
    text = (
        "FAVRSKOV KOMMUNE\n"
        "Beslutningsprotokol – Socialudvalget\n"
        "Mødedato 04.03.2025\n\n"
        "21. Medfinansiering af ROBUST – Robuste Unge i Favrskov\n\n"
        "Sagsfremstilling\n"
        "Favrskov Kommune og Regionspsykiatrien Randers har fået tilsagn om 900.000 kr. til "
        "projektet.\n\n"
        "Økonomi\n"
        "Samlet budget: kr. 1.400.000\n\n"
        "22. Forlængelse af Hjerneskadenetværk Østjylland\n\n"
        "Sagsfremstilling\n"
        "Samarbejdsaftalen om Hjerneskadenetværk Østjylland mellem Favrskov Kommune og Syddjurs "
        "Kommune forlænges. Den samlede ramme udgør 600.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("ROBUST – Robuste Unge i Favrskov", Decimal("1400000")),
        ("Hjerneskadenetværk Østjylland", Decimal("600000")),
    ]


def test_a_news_subheading_that_counts_things_is_no_name(extractor: Extractor) -> None:
    text = (
        "'Tryg Nat': Hospicets sygeplejersker kører ud om natten\n\n"
        "Hospice Fyn får 700.000 kroner fra Helsefonden.\n\n"
        "Tre parter om opgaven\n"
        "Projektet er et samarbejde mellem hospicet, Odense Kommune og Nyborg Kommune. Projektet "
        "koster i alt 950.000 kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Tryg Nat", Decimal("950000"))]


def test_an_initial_s_full_stop_ends_no_sentence(extractor: Extractor) -> None:
    text = (
        "I projektet Åben Have har Hospice Sjælland sammen med Roskilde Kommune afprøvet "
        "dagtilbud. Projektet er støttet af A.P. Møller Fonden med 1,7 mio. kr. Evalueringen "
        "viser mindre ensomhed.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Åben Have", Decimal("1700000"))]


def test_money_given_to_an_acronym_and_its_words_or_to_a_name_in_apposition(
    extractor: Extractor,
) -> None:
    text = (
        "I Horsens får kommunen 1.750.000 kr. til TRYK – Tryghed Efter Kræft i Horsens – som "
        "gennemføres med Regionshospitalet Horsens.\n\n"
        "I Nordjylland har Thisted Kommune fået 800.000 kr. til Fjord og fællesskab efter "
        "kræft, et tilbud om sejlture for borgere med senfølger.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TRYK – Tryghed Efter Kræft i Horsens", Decimal("1750000")),
        ("Fjord og fællesskab efter kræft", Decimal("800000")),
    ]


def test_agenda_items_granting_from_a_pool_or_quoting_the_name_after_a_dash(
    extractor: Extractor,
) -> None:
    text = (
        'Punkt 4. Medfinansiering af ansøgning – "Bevæg dig fri – træning efter kræft"\n\n'
        "Sagsfremstilling\n"
        "Med projektet vil forvaltningen i samarbejde med Aarhus Universitetshospital afprøve "
        "en model for træning.\n\n"
        "Økonomi\n"
        "Projektets samlede budget udgør 2,2 mio. kr.\n\n"
        "Punkt 5. Bevilling fra udviklingspuljen til Sorgcafé for efterladte\n\n"
        "Sagsfremstilling\n"
        "Kræftens Bekæmpelse har søgt om 90.000 kr. til en sorgcafé.\n\n"
        "Indstilling\n"
        "Forvaltningen indstiller, at udvalget bevilger 90.000 kr. til projektet.\n\n"
        "Punkt 6. Bevilling fra Puljen til Nære Tilbud 2025\n\n"
        "Sagsfremstilling\n"
        "Regionsrådet har afsat 5 mio. kr. til puljen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Bevæg dig fri – træning efter kræft", Decimal("2200000")),
        ("Sorgcafé for efterladte", Decimal("90000")),
    ]


def test_run_in_names_with_small_words_or_an_acronym_spelled_out_vouched_by_their_paragraph(
    extractor: Extractor,
) -> None:
    text = (
        "Høringssvar\n\n"
        "Akut på Mors. Morsø Kommune og Regionshospital Nordjylland arbejder i dette projekt med "
        "fælles triage. Projektet har et budget på DKK 1,2 mio.\n\n"
        "Akut Samsø – én dør til akut hjælp. Her har Samsø Kommune og Aarhus "
        "Universitetshospital samlet akutfunktionen. Projektet har modtaget 2,4 mio. kr. fra "
        "Sundhedsstyrelsen.\n\n"
        "KLIMED (Klinisk Medicinering på plejecentre). Projektet løber til 2026 i et samarbejde "
        "mellem Herlev og Gentofte Hospital og Gladsaxe Kommune og har et samlet budget på "
        "DKK 1,8 mio.\n\n"
        '"Vores frivillige kender byen. Med projektet får de en fast ramme," siger Lis Holm, '
        "Ældre Sagen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Akut på Mors", Decimal("1200000")),
        ("Akut Samsø – én dør til akut hjælp", Decimal("2400000")),
        ("KLIMED (Klinisk Medicinering på plejecentre)", Decimal("1800000")),
    ]


def test_a_fact_box_belongs_to_the_project_the_text_names_most(extractor: Extractor) -> None:
    text = (
        "Region Syddanmark og tre kommuner går sammen om projektet AKUT FYN, som skal hjælpe "
        "ældre i eget hjem. Det samlede budget for AKUT FYN er på 2,8 mio. kr.\n\n"
        "Med AKUT FYN flytter vi hjælpen hjem, siger formanden.\n\n"
        'AKUT FYN bygger videre på projektet "Trygt hjem", hvor Nyborg Kommune og OUH '
        "samarbejdede om hjemmebesøg. Det projekt blev gennemført for 400.000 kr.\n\n"
        "FAKTA\n"
        "Samlet budget: 2,8 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("AKUT FYN", Decimal("2800000")),
        ("Trygt hjem", Decimal("400000")),
    ]


def test_a_cover_line_named_by_the_acronym_the_text_goes_on_to_use(extractor: Extractor) -> None:
    text = (
        "Projektbeskrivelse\n"
        "Ansøgning til Velux Fonden\n\n"
        "SUS – Sund Ungdom i Skive\n\n"
        "Skive, den 2. maj 2025\n\n"
        "1. Ansøger og partnere\n"
        "Skive Kommune er projektejer, og Regionshospital Nordjylland er partner.\n\n"
        "2. Baggrund\n"
        "SUS bygger på erfaringer fra kommunens ungeindsats.\n\n"
        "Parter og organisering\n"
        "Skive Kommune er projektejer. Projektet ledes af en styregruppe.\n\n"
        "3. Budget\n"
        "Samlet budget: 1.900 t.kr.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in extraction.projects] == [
        ("SUS – Sund Ungdom i Skive", Decimal("1900000"))
    ]
    assert extraction.organisation(extraction.projects[0].owner).name == "Skive Kommune"


def test_names_given_by_a_clause_a_quoted_grant_line_or_a_headline_in_sentence_case(
    extractor: Extractor,
) -> None:
    clause = (
        "Lemvig og Struer kommuner etablerer et fælles team. Demensteam Vestjylland, som "
        "projektet hedder, består af to sygeplejersker. Projektet koster 1,1 mio. kr.\n"
    )
    grant_lines = (
        "Styrelsen har givet tilsagn til:\n\n"
        '• "Sammen efter skaden" – Herning Kommune og Hammel Neurocenter. Tilsagn: 2.300.000 '
        "kr.\n"
    )
    headline = (
        "Dagens Medicin\n\n"
        "Apoteker på plejehjem: Farmaceuter rykker ud i Skive\n\n"
        "Fra nytår skal farmaceuter fra Hospitalsenhed Midt arbejde på plejecentre i Skive "
        "Kommune. Projektet koster 1,6 millioner kroner over to år.\n"
    )
    assert _titles_and_amounts(extractor, clause) == [
        ("Demensteam Vestjylland", Decimal("1100000"))
    ]
    assert _titles_and_amounts(extractor, grant_lines) == [
        ("Sammen efter skaden", Decimal("2300000"))
    ]
    assert _titles_and_amounts(extractor, headline) == [
        ("Apoteker på plejehjem", Decimal("1600000"))
    ]


def test_quoted_speech_after_projektet_is_no_name(extractor: Extractor) -> None:
    text = (
        'Overlægen forventer, at projektet "kan forkorte ventetiden markant". Projektet '
        "DemensSpor har et samlet budget på 2 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("DemensSpor", Decimal("2000000"))]


def test_form_titles_with_a_subtitle_using_label_words_a_bare_titel_field_and_section_names(
    extractor: Extractor,
) -> None:
    numbered = (
        "Styrelsen – Ansøgningsskema\n\n"
        "1. Ansøger\nSkive Kommune\n\n"
        "2. Projektets titel\n"
        "NatRo – sensorer og kompetenceudvikling i natplejen\n\n"
        "3. Budget\nSamlet budget: 1.200.000 kr.\n"
    )
    bare = (
        "PROJEKTBESKRIVELSE\n\n"
        "Titel: Læring i hverdagen – demensomsorg i Lyngby\n\n"
        "Design og metode\n"
        "Projektet gennemføres af Lyngby-Taarbæk Kommune og Københavns Universitet.\n\n"
        "Budget\nDet samlede budget udgør 2,2 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, numbered) == [
        ("NatRo – sensorer og kompetenceudvikling i natplejen", Decimal("1200000"))
    ]
    assert _titles_and_amounts(extractor, bare) == [
        ("Læring i hverdagen – demensomsorg i Lyngby", Decimal("2200000"))
    ]


def test_an_ordinary_word_before_er_et_samarbejde_refers_back(extractor: Extractor) -> None:
    text = (
        "I Kolding er et nyt træningslab indviet.\n\n"
        "Værkstedet er et samarbejde mellem Kolding Kommune og SOSU Syd, og det har kostet "
        "600.000 kroner.\n"
    )
    assert _titles_and_amounts(extractor, text) == []


def test_a_name_given_on_the_next_line_before_its_spelling_out(extractor: Extractor) -> None:
    text = (
        "Hospitalet og Professionshøjskolen Absalon etablerer en fælles enhed. Enheden får navnet\n"
        "FORSK (Fælles Organisering af Sygeplejeforskning) og skal styrke forskningen.\n\n"
        "FORSK har et samlet budget på DKK 2,1 mio. over tre år.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in extraction.projects] == [
        ("FORSK (Fælles Organisering af Sygeplejeforskning)", Decimal("2100000"))
    ]


def test_an_agreement_item_about_a_quoted_name_and_a_grant_list_evaluation(
    extractor: Extractor,
) -> None:
    item = (
        'Punkt 9. Partnerskabsaftale om "Fremtidens Sygeplejersker i Thy"\n\n'
        "Sagsbeskrivelse\n"
        "Thisted Kommune og UCN har udarbejdet en partnerskabsaftale.\n\n"
        "Økonomi\n"
        "Partnerskabet har et samlet budget på 900 t.kr.\n"
    )
    grants = (
        "Følgende projekter får støtte:\n\n"
        "Evaluering af akutteam i Skive\n"
        "VIVE evaluerer i samarbejde med Skive Kommune kommunens akutteam.\n"
        "Bevilling: 1,2 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, item) == [
        ("Fremtidens Sygeplejersker i Thy", Decimal("900000"))
    ]
    assert _titles_and_amounts(extractor, grants) == [("Akutteam i Skive", Decimal("1200000"))]


def test_a_total_stated_over_a_wrapped_line(extractor: Extractor) -> None:
    text = (
        'Punkt 5. Medfinansiering af projektet "Robotter i plejen"\n\n'
        "Beslutningstema\n"
        "Udvalget skal tage stilling til, om kommunen skal medfinansiere projektet med "
        "300.000 kr.\n\n"
        "Sagsfremstilling\n"
        "Projektet løber fra 2025 til 2027 og har et samlet budget\n"
        "på 1.900.000 kr. Ud over puljemidlerne finansieres det af kommunen.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Robotter i plejen", Decimal("1900000"))]


def test_a_form_s_own_name_and_a_budget_read_out_cell_by_cell_with_blank_groups(
    extractor: Extractor,
) -> None:
    text = (
        "Sundhedsstyrelsen – Ansøgningsskema\n"
        "Puljen til forebyggelse af ensomhed\n\n"
        "1. Ansøger\nAnsøgende organisation: Ishøj Kommune\n\n"
        "2. Projektets titel\nFællesskab i Ishøj\n\n"
        "Sundhedsstyrelsen – Ansøgningsskema                Side 2 af 2\n\n"
        "3. Budget (kr.)\nPost\n2025\n2026\nI alt\n"
        "Koordinator\n100 000\n200 000\n300 000\n"
        "Egenfinansiering (medarbejdertimer)\n50 000\n50 000\n100 000\n"
        "I alt\n150 000\n250 000\n400 000\n\n"
        "Ansøgt beløb fra puljen: 300.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Fællesskab i Ishøj", Decimal("400000"))]


def test_a_total_row_beside_what_is_spent_gives_the_budget(extractor: Extractor) -> None:
    text = (
        "Midtvejsevaluering\n\nHjem med Hjælp\n\n"
        "3. Økonomi\n"
        "Post\nBevilling\nForbrug\n"
        "Løn\n600 000\n250 000\n"
        "I alt\n600 000\n250 000\n\n"
        "Projektet gennemføres af Holbæk Kommune og Holbæk Sygehus.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Hjem med Hjælp", Decimal("600000"))]


def test_a_council_item_s_share_yields_to_the_grant_named_by_the_short_name(
    extractor: Extractor,
) -> None:
    text = (
        "Pkt. 7   Deltagelse i SiP – Sygepleje i Praksis\n\n"
        "Sagsfremstilling\n"
        "Nordsjællands Hospital har inviteret Gribskov Kommune til at deltage. SiP er "
        "finansieret af Region Hovedstadens Praksisudviklingspulje med DKK 2,6 mio. i perioden "
        "2025–2027.\n\n"
        "Økonomi\n"
        "Udgiften på 150.000 kr. årligt afholdes inden for udvalgets ramme.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("SiP – Sygepleje i Praksis", Decimal("2600000"))
    ]


def test_a_name_with_its_acronym_in_brackets_used_later_with_money(extractor: Extractor) -> None:
    text = (
        "Psykiatrien Region Sjælland etablerer sammen med Næstved Kommune Ældrepsykiatrisk "
        "Team Sydsjælland (ÆTS), der rykker ud til borgere over 65 år. Pædagogisk Psykologisk "
        "Rådgivning (PPR) deltager også.\n\n"
        "ÆTS har et samlet budget på 3.200 t.kr. PPR bidrager med 200 t.kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Ældrepsykiatrisk Team Sydsjælland", Decimal("3200000"))
    ]


def test_a_spelled_out_acronym_whose_money_the_next_sentence_gives_and_a_method_that_is_none(
    extractor: Extractor,
) -> None:
    spelled = (
        "Hospitalet har sammen med Esbjerg Kommune udviklet TOVIG (Tidlig Opsporing af Vold i "
        "Graviditeten), hvor jordemødre spørger til vold. TrygFonden har støttet projektet med "
        "750.000 kr.\n"
    )
    method = (
        "Indsatsen er inspireret af IPS (Individuelt Planlagt job med Støtte). Projektet har et "
        "samlet budget på 2 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, spelled) == [
        ("TOVIG (Tidlig Opsporing af Vold i Graviditeten)", Decimal("750000"))
    ]
    assert _titles_and_amounts(extractor, method) == []


def test_a_sentence_about_building_on_a_pilot_project_is_no_name(extractor: Extractor) -> None:
    text = (
        'Projektet "Luft til Alle" har fået 2 mio. kr.\n\n'
        "Luft til Alle bygger videre på pilotprojektet LungeKlub Viborg, som Viborg Kommune og "
        "Regionshospitalet Viborg gennemførte i 2023. Pilotprojektet blev finansieret med "
        "300.000 kr. af Viborg Kommune.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Luft til Alle", Decimal("2000000")),
        ("LungeKlub Viborg", Decimal("300000")),
    ]


def test_an_agreement_item_s_quoted_name_before_its_subtitle(extractor: Extractor) -> None:
    text = (
        '14. Samarbejdsaftale om "Bevæg Dig Stærk" – træning for kræftramte i foreninger\n\n'
        "Sagsfremstilling\n"
        "Viborg Kommune og DGI har udarbejdet en samarbejdsaftale. Det samlede budget er "
        "1,3 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Bevæg Dig Stærk", Decimal("1300000"))]


def test_a_one_word_grant_item_and_a_coined_cover_name_before_a_colon(
    extractor: Extractor,
) -> None:
    grants = (
        "Fonden støtter disse projekter:\n\n"
        "Lungecafé\n"
        "Vejle Kommune og Lungeforeningen åbner caféer på bibliotekerne. Bevilling: 640.000 kr. "
        "Projektperiode: 2025.\n\n"
        "Finansiering\n"
        "Vejle Kommune dækker resten af udgifterne. Bevilling: 100.000 kr.\n"
    )
    cover = (
        "Projektbeskrivelse\n"
        'Ansøgning til Novo Nordisk Fonden, programmet "Sundhed i Fællesskab"\n\n'
        "LungeVen: frivillige mentorer for lungepatienter\n\n"
        "Hovedansøger\nAarhus Universitetshospital\n\n"
        "LungeVen kobler nyudskrevne patienter med frivillige. Det samlede budget er 2,4 mio. "
        "kr.\n"
    )
    assert _titles_and_amounts(extractor, grants) == [("Lungecafé", Decimal("640000"))]
    assert _titles_and_amounts(extractor, cover) == [
        ("LungeVen: frivillige mentorer for lungepatienter", Decimal("2400000"))
    ]


def test_an_item_with_a_share_after_the_dash_and_a_listed_name_with_a_clause_and_money(
    extractor: Extractor,
) -> None:
    item = (
        "7. Sundhedsbussen Vestjylland – kommunal medfinansiering 2025-2027\n\n"
        "Sagsfremstilling\n"
        "Region Midtjylland og Lemvig Kommune har forberedt en mobil sundhedsenhed.\n\n"
        "Projektet har et samlet budget på 3,2 mio. kr. for perioden 2025-2027.\n"
    )
    listed = (
        "Gode erfaringer findes allerede:\n"
        "- Lægebussen i Thy, hvor Thisted Kommune og Region Nordjylland sender læger ud i "
        "landsbyerne, har kostet 1,9 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, item) == [
        ("Sundhedsbussen Vestjylland", Decimal("3200000"))
    ]
    assert _titles_and_amounts(extractor, listed) == [("Lægebussen i Thy", Decimal("1900000"))]


def test_a_project_s_short_names_are_its_aliases(extractor: Extractor) -> None:
    """The name before a subtitle or a spelled-out acronym is the project's too: a reader
    (and a gold writer) may name it so."""
    texts = [
        "Projektet TeLiV (Tele Lungerehabilitering i Vesthimmerland) har modtaget 420.000 kr. "
        "fra Sundhedsstyrelsen.\n",
        'Rebild Kommune søger 2,2 mio. kr. til projektet "Løft i tide – et fælles '
        'faldberedskab for ældre".\n',
    ]
    found = [
        [(p.title, sorted(p.aliases)) for p in extractor.extract_text(t).projects] for t in texts
    ]
    assert found == [
        [("TeLiV (Tele Lungerehabilitering i Vesthimmerland)", ["TeLiV"])],
        [("Løft i tide – et fælles faldberedskab for ældre", ["Løft i tide"])],
    ]


def test_a_paragraph_referring_back_after_a_long_article_gives_the_amount(
    extractor: Extractor,
) -> None:
    """Ten paragraphs about the project (over 1,500 characters), then "Projektet har et
    samlet budget …": the project's still, until the next one is named."""
    lead = (
        "Et nyt faldteam rykker ud, når en ældre borger er faldet og ikke selv kan komme op. "
        "Teamet har kørt siden foråret, og de første tal er gode.\n\n"
    )
    filler = (
        "Borgerne ringer til vagtcentralen, og en sygeplejerske vurderer ved opkaldet, om "
        "der er tegn på brud eller akut sygdom. Er der ikke det, kører teamet ud.\n\n"
    )
    text = (
        "Færre ældre skal vente på gulvet\n\n"
        + lead * 3
        + 'Projektet hedder "Rejs Dig Hals" og er et samarbejde mellem Aalborg Kommune og '
        "Aalborg Universitetshospital.\n\n"
        + filler
        * 10
        + "Projektet har et samlet budget på 1,64 mio. kr., hvoraf en fond har bevilget "
        "1.250.000 kr.\n\n"
        'Regionen har også søgt 2,3 mio. kr. til "Faldklinik Nord".\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Rejs Dig Hals", Decimal(1_640_000)),
        ("Faldklinik Nord", Decimal(2_300_000)),
    ]


def test_a_heading_line_giving_the_short_name_speaks_of_the_project(
    extractor: Extractor,
) -> None:
    """An agenda item grants money to "HjemSam – Hjemmebehandling i Samarbejde" in its
    recommendation and describes it under the heading "HjemSam", where its total stands."""
    text = (
        "INDSTILLING\n\n"
        "1. at der bevilges 2 mio. kr. fra puljen til projektet HjemSam – Hjemmebehandling i "
        "Samarbejde med Herlev og Gentofte Hospital som projektejer,\n"
        "2. at der bevilges 1,2 mio. kr. fra samme pulje til projektet Medicin på Tværs med "
        "Bispebjerg og Frederiksberg Hospital som projektejer.\n\n"
        "SAGSFREMSTILLING\n\n"
        "HjemSam\n"
        "Herlev og Gentofte Hospital har sammen med Gladsaxe Kommune udviklet en model for "
        "behandling i eget hjem. Det samlede budget er 3,1 mio. kr., hvoraf kommunen bidrager "
        "med 1,1 mio. kr.\n\n"
        "Medicin på Tværs\n"
        "Hospitalet og Frederiksberg Kommune deler medicinoplysninger ved udskrivelse.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("HjemSam – Hjemmebehandling i Samarbejde", Decimal(3_100_000)),
        ("Medicin på Tværs", Decimal(1_200_000)),
    ]


def test_the_lines_of_a_cost_breakdown_are_no_projects(extractor: Extractor) -> None:
    """ "Label – amount" lines under "Udgifterne fordeler sig …" are what the money buys, not
    grants headed over paragraphs; a grant heading over its paragraph still is a project."""
    text = (
        "Trygt Op – et fælles faldberedskab\n\n"
        "Ansøgt beløb: 1.200 t.kr.\n\n"
        "Rebild Kommune og Mariagerfjord Kommune vil sende et fælles faldteam ud.\n\n"
        "Budget\n"
        "Udgifterne fordeler sig således (t.kr.):\n"
        "Løn til faldteam, 2 x 0,8 årsværk – 1.240\n"
        "Løftepuder og hjælpemidler – 180\n"
        "Evaluering – 200\n"
        "Samlet budget – 1.620\n"
    )
    assert [p.title for p in extractor.extract_text(text).projects] == [
        "Trygt Op – et fælles faldberedskab"
    ]
    grants = (
        "Tilskud i 2025\n\n"
        "Fællesskab i Ringsted - 2,8 mio. kr.\n"
        "Ringsted Kommune udvikler sammen med Region Sjælland et tilbud til ensomme ældre.\n"
    )
    assert _titles_and_amounts(extractor, grants) == [("Fællesskab i Ringsted", Decimal(2_800_000))]


def test_a_name_in_apposition_ending_its_sentence_before_a_back_reference(
    extractor: Extractor,
) -> None:
    text = (
        "I klyngen har vi siden 2024 haft et fælles projekt, Træningsbroen Sydøst. Projektet "
        "har et samlet budget på 2,3 mio. kr.\n"
    )
    expected = [("Træningsbroen Sydøst", Decimal(2_300_000))]
    assert _by_the_rules(extractor, text) == _titles_and_amounts(extractor, text) == expected
    # a body in the same place is none
    body = "Vi samarbejder om et projekt, Sundhedsstyrelsen. Projektet har 2 mio. kr.\n"
    assert _by_the_rules(extractor, body) == _titles_and_amounts(extractor, body) == []


def test_a_name_a_consultation_answer_singles_out(extractor: Extractor) -> None:
    """Høringssvar "fremhæve" the projects they want kept: the name after it is one."""
    text = (
        "Vi vil gerne fremhæve Hofteholdet Nord som et eksempel på, at samarbejdet kan lykkes. "
        "Projektet ledes af Aalborg Universitetshospital. Projektet har et samlet budget på "
        "2,75 mio. kr.\n"
    )
    expected = [("Hofteholdet Nord", Decimal(2_750_000))]
    assert _by_the_rules(extractor, text) == _titles_and_amounts(extractor, text) == expected
    # a body singled out is none
    body = "Vi vil gerne fremhæve Region Midtjylland for samarbejdet om 2 mio. kr.\n"
    assert _by_the_rules(extractor, body) == _titles_and_amounts(extractor, body) == []


def test_a_name_given_with_its_subtitle_between_dashes_ends_at_the_second_dash(
    extractor: Extractor,
) -> None:
    text = (
        "Teamet, der internt går under navnet MAP – Mobilt Akutteam i Psykiatrien – består af "
        "en sygeplejerske og en socialrådgiver. Projektet har fået 8,1 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("MAP – Mobilt Akutteam i Psykiatrien", Decimal(8_100_000))
    ]


@pytest.mark.parametrize(
    ("text", "title", "alias"),
    [
        # brackets spelling the short name with its letters in order, not only its capitals
        (
            "Regionsrådet bevilger 640 t.kr. til projektet KoLO (Kommunal Lungeopfølgning). "
            "Projektet drives af Dragør Kommune.\n",
            "KoLO (Kommunal Lungeopfølgning)",
            "KoLO",
        ),
        # a hyphened short name
        (
            "Det er tanken bag projektet TRYG-K (Tryg Kræftrehabilitering i Kolding), som Kolding "
            "Kommune står i spidsen for. Projektet har fået 900.000 kr. fra Region Syddanmark.\n",
            "TRYG-K (Tryg Kræftrehabilitering i Kolding)",
            "TRYG-K",
        ),
        # words after a dash up to the closing dash, the short name's letters in them in order
        (
            "Vejle Kommune og Vejle Sygehus går sammen om projektet PLEJ – Plejehjem med Læge "
            "på Besøg – som starter 1. marts 2026. Projektet har et budget på 2,2 mio. kr.\n",
            "PLEJ – Plejehjem med Læge på Besøg",
            "PLEJ",
        ),
        # a Danish letter the short name writes as a plain one ("Mødrenes": O)
        (
            "Kolding Kommune og Sygehus Lillebælt går sammen om projektet MOD – Mødrenes Dag – "
            "som starter 1. maj 2026. Projektet har et budget på 1,1 mio. kr.\n",
            "MOD – Mødrenes Dag",
            "MOD",
        ),
        # a sentence going on after the words: up to the last capitalised one of them
        (
            "Sundhedsstyrelsen har støttet projektet DIKA – Diabetes i Kommunale Akuttilbud i "
            "samarbejde med Steno Diabetes Center Odense og Diabetesforeningen. Projektet fik "
            "2,1 mio. kr.\n",
            "DIKA – Diabetes i Kommunale Akuttilbud",
            "DIKA",
        ),
    ],
)
def test_a_short_name_spelled_out_once_is_named_in_full(
    extractor: Extractor, text: str, title: str, alias: str
) -> None:
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.aliases) == (title, {alias})


def test_a_line_of_its_own_gives_a_name_its_lower_case_subtitle(extractor: Extractor) -> None:
    text = (
        "Ansøgte projekter\n\n"
        "Broen hjem - fra sengeafsnit til egen bolig\n"
        "Psykiatrisk Center Amager og Tårnby Kommune ansætter to medarbejdere.\n\n"
        'Udvalget bevilger 1,8 mio. kr. til "Broen hjem".\n\n'
        "Ringsted – status efter første år\nOrienteringen tages til efterretning.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.aliases, project.amount.value) == (
        "Broen hjem – fra sengeafsnit til egen bolig",
        {"Broen hjem"},
        Decimal(1_800_000),
    )


@pytest.mark.parametrize(
    ("text", "title", "aliases", "amount"),
    [
        # the short name the text says it will use is the project's
        (
            "Odense Kommune og OUH har indgået aftale om et fælles køkken. Projektet hedder "
            '"Fælles Mad Fyn", i daglig tale FMF, og løber fra 1. maj 2026.\n\n'
            "FMF har et samlet budget på 4,2 mio. kr.\n",
            "Fælles Mad Fyn",
            {"FMF"},
            4_200_000,
        ),
        # a short name in brackets after the quoted name, its letters in the name in order
        (
            'Mødereferat\n\nStyregruppemøde i projektet "Vejen fra dom til job" (VEJ)\n\n'
            "VEJ er et samarbejde mellem Aalborg Kommune og Kriminalforsorgen. VEJ har et "
            "budget på DKK 2,5 mio.\n",
            "Vejen fra dom til job",
            {"VEJ"},
            2_500_000,
        ),
        # a short name in brackets between the name and its subtitle
        (
            'Referat\n\nProjekt "Tjek Tæt På (TTP) – lavtærskeltest for unge"\n\n'
            "TTP er et samarbejde mellem Region Sjælland og Roskilde Kommune. TTP har et budget "
            "på 4.150.000 kr.\n",
            "Tjek Tæt På – lavtærskeltest for unge",
            {"Tjek Tæt På", "TTP"},
            4_150_000,
        ),
        # words after the dash that list, up to the sentence's end
        (
            "Velux Fonden har bevilget DKK 6,1 mio. til forskningsprojektet SYN80 – Synstab, "
            "balance og trivsel efter 80. Projektet gennemføres af Odense Universitetshospital.\n",
            "SYN80 – Synstab, balance og trivsel efter 80",
            {"SYN80"},
            6_100_000,
        ),
        # a line heading naming the project after the word, its subtitle to the line's end
        (
            "Mødereferat\n\nStyregruppen for projekt KLARSYN – synsrehabilitering for ældre på "
            "Fyn\nMøde nr. 3\n\nKLARSYN er et samarbejde mellem Faaborg-Midtfyn Kommune og OUH. "
            "Projektets samlede budget er 2.960.000 kr.\n",
            "KLARSYN – synsrehabilitering for ældre på Fyn",
            {"KLARSYN"},
            2_960_000,
        ),
    ],
)
def test_one_project_under_its_full_name_and_the_short_names_the_text_gives_it(
    extractor: Extractor, text: str, title: str, aliases: set[str], amount: int
) -> None:
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.aliases, project.amount.value) == (
        title,
        aliases,
        Decimal(amount),
    )


def test_a_budget_table_with_thousands_grouped_by_blanks_gives_its_total_over_the_applied(
    extractor: Extractor,
) -> None:
    text = (
        "Ansøgning – Tjek Ung Gentofte – Gentofte Kommune\n\n1. Projekttitel\n"
        "Tjek Ung Gentofte – test for klamydia blandt unge\n\n2. Ansøgt beløb\n"
        "kr. 1.250.000,-\n\n3. Samarbejdspartnere\n- Herlev og Gentofte Hospital\n"
        "- AIDS-Fondet\n\n4. Budget (kr.)\n\n"
        "Post                               2026      2027      I alt\n"
        "Projektleder (0,5 årsværk)       150 000   360 000   510 000\n"
        "Testkits                          80 000   200 000   280 000\n"
        "Evaluering                        60 000   910 000   970 000\n"
        "I alt                            290 000 1 470 000 1 760 000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Tjek Ung Gentofte – test for klamydia blandt unge", Decimal(1_760_000))
    ]


def test_the_budget_a_sentence_gives_the_project_itself_is_its_total(
    extractor: Extractor,
) -> None:
    text = (
        "Høringssvar\n\n2. Erfaringer fra projektet Synsvejen\nSorø og Ringsted Kommuner har "
        'siden 2025 samarbejdet i projektet "Synsvejen" med Sorø Kommune som projektejer. '
        "Projektet har et budget på DKK 1,3 mio. og er finansieret af Social- og "
        "Boligstyrelsen.\n\n3. Økonomi og takster\nKommunen køber årligt ydelser for ca. 2,9 "
        "mio. kr. på området.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Synsvejen", Decimal(1_300_000))]
    # (a year's budget is none: the total comes from the budget field)
    text = (
        'Projektet "Synsvejen" drives af Sorø Kommune og Region Sjælland. Projektet har et '
        "budget på 300.000 kr. om året.\n\nØkonomi\nSamlet budget for 2026-2028: 900.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Synsvejen", Decimal(900_000))]


def test_a_page_break_and_its_running_header_end_no_project_and_name_none(
    extractor: Extractor,
) -> None:
    header = (
        "HOLBÆK KOMMUNE                                          PRESSEMEDDELELSE\n"
        "Kanalstræde 2 · 4300 Holbæk                                3. juni 2025\n"
    )
    page_break = "_" * 70 + "\n" + " " * 64 + "Side {} af 2\n" + header
    text = (
        header + "\nNy indsats skal hjælpe unge i nattelivet\n\n"
        'Holbæk Kommune og Ungdommens Røde Kors går sammen om projektet "Nat med Omsorg". '
        "TrygFonden støtter projektet med kr. 700.000.\n\n"
        "Frivillige fra Ungdommens Røde Kors bliver uddannet til at hjælpe unge, og de "
        "fortæller om\n" + page_break.format(1) + "\nderes erfaringer på skolerne.\n\n"
        "Økonomi og periode\nProjektets samlede budget er kr. 1.000.000, hvoraf TrygFonden "
        "bidrager med kr. 700.000 og Holbæk Kommune med kr. 300.000.\n" + page_break.format(2)
    )
    assert _titles_and_amounts(extractor, text) == [("Nat med Omsorg", Decimal(1_000_000))]


def test_a_news_subheading_that_is_a_sentence_names_no_project(extractor: Extractor) -> None:
    text = (
        "Nyhed\n\nHøretest på hjul skal nå ældre i landsbyerne\n\n"
        "Esbjerg Kommune og Sydvestjysk Sygehus sender fra 1. marts 2026 en bus med høretest "
        'ud i landsbyerne. Projektet "Høretest på hjul" skal nå de ældre, der ikke selv kommer '
        "til undersøgelse.\n\nTrygFonden betaler størstedelen\nProjektet har et samlet budget "
        "på 2,4 mio. kr., hvoraf TrygFonden betaler 1,9 mio. kr. Projektet løber i to år, "
        "hvorefter det skal evalueres.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Høretest på hjul", Decimal(2_400_000))]


def test_a_means_before_a_clause_about_who_runs_it_is_no_project(extractor: Extractor) -> None:
    text = (
        "Hjørring Kommune og Region Nordjylland uddanner frivillige akuthjælpere i projektet "
        '"Hjælp i Vendsyssel". De frivillige alarmeres af AMK-vagtcentralen i Aalborg via '
        "Hjerteløber-ordningen, som TrygFonden driver i samarbejde med regionerne.\n\n"
        "De frivillige får et kursus i førstehjælp.\n\n"
        "Projektet har et samlet budget på kr. 2.100.000.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Hjælp i Vendsyssel", Decimal(2_100_000))]


@pytest.mark.parametrize(
    ("text", "title", "amount"),
    [
        (
            'Region Sjælland udvider projektet "Mobilt Akutteam Syd" til tre nye kommuner. Den '
            "samlede udvidelse koster DKK 8,1 mio. over tre år, hvoraf DKK 6,3 mio. kommer fra "
            "en statslig pulje.\n",
            "Mobilt Akutteam Syd",
            8_100_000,
        ),
        (
            'TrygFonden giver 3.200.000 kr. til projektet "Tegn 112", som Danske Døves '
            "Landsforbund står bag. Samlet er projektet budgetteret til 4,4 mio. kr., idet "
            "Rigspolitiet selv betaler resten.\n",
            "Tegn 112",
            4_400_000,
        ),
    ],
)
def test_more_ways_of_stating_a_total(
    extractor: Extractor, text: str, title: str, amount: int
) -> None:
    assert _titles_and_amounts(extractor, text) == [(title, Decimal(amount))]


def test_an_om_heading_of_a_form_names_no_project(extractor: Extractor) -> None:
    text = (
        "Til TrygFonden\nAnsøgning om støtte fra TrygFondens pulje til tryghed i familier\n\n"
        'Projektbeskrivelse: "Trygge Skridt" – forløb for gravide med angst\n\n'
        "Om ansøgeren\nAnsøgningen indsendes af Skive Kommune, Sundhedsplejen, som er "
        "projektejer.\n\nFormål\nTrygge Skridt skal give gravide med angst et gruppeforløb på "
        "otte gange.\n\nØkonomi\nDet samlede budget udgør kr. 1.640.000. Der ansøges TrygFonden "
        "om kr. 1.200.000.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Trygge Skridt", Decimal(1_640_000))]


def test_an_item_heading_opening_with_the_name_its_text_uses_is_one_project(
    extractor: Extractor,
) -> None:
    text = (
        "Referat af møde i sundhedsklyngen\n\n5. Orientering: Fælles Vej for unge i mistrivsel\n"
        "Gribskov Kommune og Halsnæs Kommune har fået tilsagn om 1,2 mio. kr. fra "
        'Sundhedsstyrelsens pulje. Projektet "Fælles Vej" løber i 2025-2026 med Gribskov '
        "Kommune som tovholder.\nBeslutning: Taget til orientering.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, project.aliases, project.amount.value) == (
        "Fælles Vej for unge i mistrivsel",
        {"Fælles Vej"},
        Decimal(1_200_000),
    )


def test_a_table_read_out_column_by_column_gives_each_row_its_cells(
    extractor: Extractor,
) -> None:
    text = (
        "Høringssvar fra Region Midtjylland\n\nErfaringer fra igangværende samarbejdsprojekter\n"
        "Regionen har gode erfaringer med tværsektorielle projekter:\n\n"
        "Projekt\nParter\nPeriode\nBudget\nFælles medicinlister\nHygiejne i hjemmeplejen\n"
        "Region Midtjylland, PLO-Midtjylland\nRanders Kommune og Regionshospitalet Randers\n"
        "2024-2026\n2025-2027\nkr. 1.300.000\nDKK 2,6 mio.\n\n"
        "Vi ser frem til det videre arbejde.\n"
    )
    extraction = extractor.extract_text(text)
    assert [
        (p.title, p.amount.value, sorted(_names(extraction, p.participants)))
        for p in extraction.projects
    ] == [
        (
            "Fælles medicinlister",
            Decimal(1_300_000),
            ["PLO-Midtjylland", "Region Midtjylland"],
        ),
        (
            "Hygiejne i hjemmeplejen",
            Decimal(2_600_000),
            ["Randers Kommune", "Regionshospitalet Randers"],
        ),
    ]


def test_an_item_on_a_case_about_a_short_name_its_text_uses_is_that_project(
    extractor: Extractor,
) -> None:
    text = (
        "SKIVE KOMMUNE\nByrådet\nReferat fra mødet tirsdag den 4. marts 2025\n\nSag nr. 12\n"
        "Godkendelse af samarbejdsaftale om TiDS – Tidlig Demensopsporing i Skive\n"
        "Sagsnr.: 29.30.00-A00-1184-25\n\nResumé\nRegion Midtjylland og Skive Kommune ønsker at "
        "etablere en fælles funktion for tidlig opsporing af demens.\n\nSagsfremstilling\n"
        "TiDS bemandes med to demenskoordinatorer. Hospitalsenhed Midt er projektejer.\n\n"
        'Sideløbende gennemfører Skive Kommune projektet "Demensvenner i Skive", hvor 40 '
        "frivillige uddannes. Projektet er finansieret med 120.000 kr. fra en statslig pulje."
        "\n\nØkonomi\nDen samlede udgift til TiDS er 2.400 t.kr. for perioden 2025-2027.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("TiDS – Tidlig Demensopsporing i Skive", Decimal(2_400_000)),
        ("Demensvenner i Skive", Decimal(120_000)),
    ]


def test_a_fact_box_on_a_topic_the_text_writes_in_lower_case_names_no_project(
    extractor: Extractor,
) -> None:
    text = (
        'Nyhed\n\nAalborg Universitetshospital og Aalborg Kommune starter projektet "Tal om '
        'det", som skal få flere til at tage stilling til organdonation. Projektet har fået '
        "400.000 kroner fra TrygFonden.\n\nFakta: Organdonation\n- Alle over 18 år kan "
        "registrere sig i Organdonorregistret.\n- Organdonation drøftes ofte først på "
        "hospitalet.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Tal om det", Decimal(400_000))]


def test_money_a_body_extends_a_named_offer_with_is_its_amount(extractor: Extractor) -> None:
    text = (
        "Ny genoptræning efter hoftebrud\n\n"
        'TrygFonden støtter projektet "Rask Hjem" med 2,6 millioner kroner.\n\n'
        "Faldtræning til alle\n\nSamtidig udvider Skive Kommune sit faldforebyggende holdtilbud "
        '"Stå Sikkert" med 400.000 kroner i 2025. Borgere med hoftebrud får plads på holdene.\n'
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Rask Hjem", Decimal(2_600_000)),
        ("Stå Sikkert", Decimal(400_000)),
    ]


def test_an_item_named_with_a_hyphen_subtitle_keeps_its_table_over_its_name_in_the_text(
    extractor: Extractor,
) -> None:
    text = (
        "SKIVE KOMMUNE\nByrådet - Beslutningsprotokol\n\nPunkt 7  LungeNær - lokal "
        "lungerehabilitering i samarbejde med Regionshospital Nordvestjylland\nÅben sag.\n\n"
        "Resumé\nSkive Kommune har fået tilsagn om 700.000 kr. fra Region Midtjyllands "
        "Nærhedspulje til projektet LungeNær. Bevillingen er betinget af kommunal "
        "medfinansiering.\n\nØkonomi (t.kr.)\n"
        "                      2024    2025    I alt\n"
        "Nærhedspuljen          300     400      700\n"
        "Skive Kommune          200     300      500\n"
        "I alt                  500     700    1.200\n\n"
        "Punkt 8 Familier i Form - videreførelse i drift\nFamilier i Form er et tilbud til "
        "børnefamilier, som kommunen har drevet siden 2022 for 1,2 mio. kr.\n"
    )
    [lunge, family] = extractor.extract_text(text).projects
    assert (lunge.title, lunge.aliases, lunge.amount.value) == (
        "LungeNær - lokal lungerehabilitering i samarbejde med Regionshospital Nordvestjylland",
        {"LungeNær"},
        Decimal(1_200_000),
    )
    # ("drevet siden 2022 for 1,2 mio. kr.": what the offer was run for)
    assert (family.title, family.amount.value) == ("Familier i Form", Decimal(1_200_000))


def test_a_form_label_line_names_no_project(extractor: Extractor) -> None:
    text = (
        "Ansøgning til TrygFonden, pulje til tryghed for ældre, ansøgningsrunde efterår 2026\n\n"
        "Ansøgende organisation: Ældre Sagen Roskilde\nProjektansvarlig: Lone Friis, "
        "udviklingskonsulent, Ældre Sagen Roskilde\nAnsøgt beløb: 960.000 kr.\n"
        "Projektperiode: 1. januar 2027 – 31. december 2027\n\n1. Projektets titel\n"
        "Trygt i Tandlægestolen\n\n2. Beskrivelse\nÆldre Sagen Roskilde vil sammen med "
        "Roskilde Kommune gøre det trygt for ældre med demens at gå til tandlæge.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Trygt i Tandlægestolen", Decimal(960_000))]


def test_a_news_subheading_opening_how_or_where_from_names_no_project(
    extractor: Extractor,
) -> None:
    text = (
        "Nyhed\n\nSundhedsplejen får ny brobygger\n\nKøbenhavns Kommune og Rigshospitalet "
        "starter Broen til Hjem, som skal hjælpe sårbare familier. Projektet har fået 2,5 mio. "
        "kr. fra Helsefonden.\n\nInspiration fra Hvidovre\nModellen er inspireret af Plan for "
        "Hjem, som Hvidovre Hospital og Hvidovre Kommune har kørt siden 2023 med 1,1 mio. kr. "
        "fra Sundhedsstyrelsen.\n\nSådan er Broen til Hjem skruet sammen\n· Målgruppe: familier "
        "fulgt i Familieambulatoriet, Rigshospitalet\n· Første besøg: på barselsafsnittet før "
        "udskrivelse\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Broen til Hjem", Decimal(2_500_000)),
        ("Plan for Hjem", Decimal(1_100_000)),
    ]


def test_a_letterhead_naming_an_association_and_its_branch_names_no_project(
    extractor: Extractor,
) -> None:
    text = (
        "Landsforeningen Autisme – Kreds Nordjylland\nADHD-foreningen\n\nAalborg Kommune\n"
        "Børne- og Ungeudvalget\n\nHøringssvar om skolepolitikken\n\nVi har gode erfaringer "
        'med projektet "Trygt i Skolen", som har fået kr. 450.000 fra TrygFonden.\n'
    )
    assert _titles_and_amounts(extractor, text) == [("Trygt i Skolen", Decimal(450_000))]


def test_an_acronym_with_a_place_after_it_shortens_the_name_before_the_same_place(
    extractor: Extractor,
) -> None:
    """ "Geriatrisk Udgående Team Tønder (GUT Tønder)": the place ends both; the name is the
    project's, the acronym its short name, in running text and over a grant table's row."""
    running = (
        "Referat\n\nPunkt 3\n\nSygehus Sønderjylland og Tønder Kommune opretter et Geriatrisk "
        "Udgående Team Tønder (GUT Tønder) for ældre borgere.\n\nØkonomi\n\nGUT Tønder har et "
        "budget på 2,1 mio. kr.\n"
    )
    table = (
        "Regionsrådet\n\nAnsøgninger\n\nMobilt Lungeteam Thy (MLT Thy)\nRegionshospital "
        "Nordjylland og Thisted Kommune vil følge borgere med KOL i eget hjem efter "
        "udskrivelse.\n\nSmertenetværk Vendsyssel\nFrederikshavn Kommune og Sygehus Vendsyssel "
        "samler tilbuddene til borgere med kroniske smerter.\n\nØkonomi\n\nProjekt\nAnsøger\n"
        "Bevilling (t.kr.)\n\nMLT Thy\nSmertenetværk Vendsyssel\n\nThisted Kommune\n"
        "Frederikshavn Kommune\n\n1.300\n950\n\nI alt 2.250\n"
    )
    found = [
        [(p.title, sorted(p.aliases), p.amount.value) for p in extractor.extract_text(t).projects]
        for t in (running, table)
    ]
    assert found == [
        [("Geriatrisk Udgående Team Tønder", ["GUT Tønder"], Decimal(2_100_000))],
        [
            ("Mobilt Lungeteam Thy (MLT Thy)", ["Mobilt Lungeteam Thy"], Decimal(1_300_000)),
            ("Smertenetværk Vendsyssel", [], Decimal(950_000)),
        ],
    ]


@pytest.mark.parametrize(
    ("text", "title", "amount"),
    [
        (
            # a sum of yearly shares, then the total stated in so many words
            'Aalborg Kommune og Region Nordjylland driver sammen projektet "Trygt Tilbage". '
            "Kommunen betaler 300.000 kr. om året i 2026 og 2027, i alt 600.000 kr., og "
            "regionen 400.000 kr. Projektets samlede budget er derfor 1 mio. kr.\n",
            "Trygt Tilbage",
            1_000_000,
        ),
        (
            # the sum of a period's years after the grant: the cost of the whole period
            'Jobcenter Randers har fået 1,8 mio. kr. fra en statslig pulje til projektet "Ny '
            'Start". Projektet koster 2,7 mio. kr. over tre år, og kommunen betaler resten.\n',
            "Ny Start",
            2_700_000,
        ),
        (
            'Regionsrådet har besluttet at afprøve "Lægebil Nord". Driften koster 4,2 mio. kr. '
            "om året – 12,6 mio. kr. over tre år – og betales af regionen.\n",
            "Lægebil Nord",
            12_600_000,
        ),
        (
            # yearly amounts summed in all, no total said otherwise
            'Vejle Kommune søger midler til projektet "Mad med Mod". Udgiften er opgjort til '
            "250.000 kr. i 2026 og 350.000 kr. i 2027, i alt 600.000 kr. Kommunen har fået "
            "tilsagn om 200.000 kr. fra en fond.\n",
            "Mad med Mod",
            600_000,
        ),
        (
            # a year's running cost yields to the amount granted
            'Region Sjælland forlænger projektet "Bussen til Sygehuset" med en ny bevilling.\n\n'
            "Bussen koster 1 mio. kr. om året at drive. Regionen har bevilget 3 mio. kr., så "
            "bussen kører frem til udgangen af 2028.\n",
            "Bussen til Sygehuset",
            3_000_000,
        ),
    ],
)
def test_a_total_stated_in_so_many_words_beats_sums_of_years_and_a_year_s_cost(
    extractor: Extractor, text: str, title: str, amount: int
) -> None:
    assert _titles_and_amounts(extractor, text) == [(title, Decimal(amount))]


def test_a_grant_over_years_of_another_body_s_part_is_no_total(extractor: Extractor) -> None:
    """ "… finansierer det med 1,1 mio. kr. over to år" is a share, not the project's cost."""
    text = (
        'Projektet "Læge på Video" har fået 650.000 kr. fra regionens pulje. Hedensted Kommune '
        "leder projektet og finansierer det med 1,1 mio. kr. over to år.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Læge på Video", Decimal(650_000))]


@pytest.mark.parametrize(
    "text",
    [
        # a field's label run in before its value
        'Esbjerg Kommune og TrygFonden starter projektet "Hjerteløbere Vest".\n\n'
        "Samlet budget: DKK 1,9 mio.\nTrygFonden støtter projektet med 1,2 mio. kr., og "
        "kommunen betaler resten.\n",
        # a body with a role in the project, as a paragraph's subject
        'Gentofte Kommune og Herlev og Gentofte Hospital samarbejder om "Hjerteløbere Vest".'
        "\n\nStrandvejens Bibliotek er tovholder på projektet, som har et samlet budget på 1,9 "
        "mio. kr.\n",
        'Gentofte Kommune samarbejder med Herlev og Gentofte Hospital om "Hjerteløbere Vest".'
        "\n\nNordvand Forsyning er projektejer, og projektet er et samarbejde mellem kommunen "
        "og hospitalet. Det samlede budget er 1,9 mio. kr.\n",
        # a body in a clause whose object is the project
        'Projektet "Hjerteløbere Vest" har et samlet budget på 1,9 mio. kr.\n\n– Vi glæder os, '
        "siger driftschef Jens Holm fra Vestbus, som leder projektet.\n",
        # a news subheading that is a sentence, its verb the third word
        'Region Syddanmark åbner "Hjerteløbere Vest" i Esbjerg Kommune.\n\nStatslig pulje '
        "betaler halvdelen\nProjektet har et samlet budget på 1,9 mio. kr., og Sundhedsstyrelsen "
        "giver halvdelen.\n",
        # an application's section heading on the project's contents
        "Ansøgning\n\nProjektets navn: Hjerteløbere Vest\n\nBaggrund\nEsbjerg Kommune har for få "
        "hjerteløbere.\n\nProjektets indhold\nEsbjerg Kommune og Syddansk Universitet uddanner "
        "frivillige sammen med TrygFonden i hele kommunen.\n\nBudget\nI alt 1.900.000 kr.\n",
    ],
)
def test_labels_bodies_with_a_role_and_news_subheadings_name_no_project(
    extractor: Extractor, text: str
) -> None:
    assert _titles_and_amounts(extractor, text) == [("Hjerteløbere Vest", Decimal(1_900_000))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a one-word name with a capital inside, run in before a colon
            "To pilotprojekter er i gang:\n\nBoneFit: Ortopædkirurgi, Odense Universitetshospital,"
            " er projektejer og udvikler sammen med Syddansk Universitet nye skinner. "
            "Pilotprojektet har et budget på 1,4 mio. kr.\n",
            [("BoneFit", 1_400_000)],
        ),
        (
            # a name of capitalised words opening a sentence inside a paragraph, with a clause
            # on who runs it
            "Holstebro har et nyt hospital. Living Lab Holstebro, som Holstebro Kommune driver "
            "sammen med VIA University College, fik i 2026 bevilget 900.000 kr. fra regionen.\n",
            [("Living Lab Holstebro", 900_000)],
        ),
        (
            # a subtitle between dashes in running text
            "Styregruppemøde i projektet LungeVagt\n\n"
            "LungeVagt – hjælp om natten til borgere med KOL – har Aalborg Universitetshospital "
            "som projektejer. Projektets samlede budget er 2,3 mio. kr.\n",
            [("LungeVagt – hjælp om natten til borgere med KOL", 2_300_000)],
        ),
        (
            # a grant list: owners joined by "i samarbejde med", a short name in brackets
            "Puljen fordeles sådan:\n\n"
            '• Aalborg Kommune: "Digital Medicin i Hjemmet" (DiMH) – 1,6 mio. kr.\n'
            "• Region Nordjylland i samarbejde med Thisted og Morsø Kommuner: "
            '"Sårvagt Nord – sår set på afstand" – 2,9 mio. kr.\n',
            [
                ("Digital Medicin i Hjemmet", 1_600_000),
                ("Sårvagt Nord – sår set på afstand", 2_900_000),
            ],
        ),
        (
            # a quoted name that a body extends, after another project
            'Under navnet "Efter tabet" starter Slagelse Kommune samtalegrupper. Projektet har '
            "fået 480.000 kr. fra en pulje.\n\nPsykiatrien Region Sjælland har samtidig fået "
            'penge til at udvide "Hjem efter krisen". I projektet får patienter, der er indlagt '
            "på Slagelse Sygehus, besøg af en sygeplejerske. Projektet gennemføres i samarbejde "
            "med Slagelse Sygehus.\n\nMed budgetaftalen for 2026 får projektet 500.000 kr. "
            "årligt i 2026-2028, i alt 1,5 mio. kr.\n",
            [("Efter tabet", 480_000), ("Hjem efter krisen", 1_500_000)],
        ),
        (
            # an agenda item on a new sub-project, its name quoted
            'Referat\n\n3. Nyt delprojekt: "Natlinje Syd" – telefon om aftenen\n\nNæstved Kommune '
            'søger 650.000 kr. fra TrygFondens pulje "Tryg i krisen" til en forsøgsperiode.\n',
            [("Natlinje Syd", 650_000)],
        ),
        (
            # a name after a definite compound naming a course
            "Som en del af indsatsen udbyder Professionshøjskolen Absalon uddannelsesforløbet "
            "Træner i Klubben for frivillige. Forløbet finansieres med 400.000 kr. fra "
            "Slots- og Kulturstyrelsen.\n",
            [("Træner i Klubben", 400_000)],
        ),
    ],
)
def test_more_ways_a_project_is_named(
    extractor: Extractor, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _titles_and_amounts(extractor, text) == [(t, Decimal(a)) for t, a in expected]


def test_a_subheading_naming_a_pool_is_not_the_sentence_of_the_total_below_it(
    extractor: Extractor,
) -> None:
    """A heading's line ends its sentence: "Pulje betaler en tredjedel" above "Projektet har
    et samlet budget på …" does not make the total a pool's."""
    text = (
        'Fra august kører "Sygehusbussen Vest" mellem Holstebro og Regionshospitalet Gødstrup. '
        "Projektet har fået 1,2 mio. kr. fra staten.\n\nStatslig pulje betaler en tredjedel\n"
        "Projektet har et samlet budget på 3,6 mio. kr., og Holstebro Kommune betaler resten.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Sygehusbussen Vest", Decimal(3_600_000))]


@pytest.mark.parametrize(
    "text",
    [
        # a company with a coined name among the partners, named again in the text
        "Ansøgning\n\nProjekttitel: Trygt Hjem Syd\nPartnere: Vejle Kommune; StepWise Sensors ApS"
        "\nBudget: 1.200.000 kr.\n\nVejle Kommune og virksomheden StepWise Sensors ApS udvikler "
        "sensorer. StepWise Sensors ApS leverer sensorer og software for 400.000 kr.\n",
        # a form's lettered sections, under a running header naming the pool in capitals
        "TRYGHEDS-PULJEN 2026 – ANSØGNING                         Region Syddanmark\n\n"
        "A. Puljen\nPulje: Region Syddanmarks Tryghedspulje\nSamlet ramme: 5 mio. kr.\n\n"
        "B. Ansøger\nHovedansøger: Vejle Kommune\nKontaktperson: Lise Holm\nSamarbejdspartnere:"
        " Sygehus Lillebælt og Fredericia Kommune\n\nC. Projekt\nProjekttitel: Trygt Hjem Syd\n"
        "Vejle Kommune vil teste sensorer i hjemmeplejen sammen med Sygehus Lillebælt.\n\n"
        "TRYGHEDS-PULJEN 2026 – ANSØGNING                         Region Syddanmark\nSide 2 af "
        "2\n\nD. Budget\nI alt: 1.200.000 kr.\n",
    ],
)
def test_a_company_a_lettered_section_and_a_pool_s_header_name_no_project(
    extractor: Extractor, text: str
) -> None:
    assert _titles_and_amounts(extractor, text) == [("Trygt Hjem Syd", Decimal(1_200_000))]


def test_a_programme_money_comes_through_names_no_project(extractor: Extractor) -> None:
    text = (
        "Referat\n\nPunkt 4\n\nLone Berg orienterede om, at Innovationsfonden via programmet "
        'Grand Solutions har bevilget DKK 12,4 mio. til projektet "DataMidt". Projektets samlede '
        "budget er 17,9 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("DataMidt", Decimal(17_900_000))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a housing area's plan (boligsocial helhedsplan) named by its form's label, its
            # budget spoken of as the plan's; a part of it with its own amount
            'Ansøgning til Landsbyggefonden\n\nHelhedsplan: "Fremtidens Vestparken" – '
            "boligsocial helhedsplan 2026-2029\nBoligorganisation: Vestbo\n\nVestbo og Holbæk "
            'Kommune har indgået en samarbejdsaftale om helhedsplanen.\n\nDelindsats: "Sund '
            'Vestparken"\nUnder indsatsområdet sundhed gennemføres delindsatsen "Sund Vestparken",'
            " som Vestbo driver i samarbejde med Holbæk Sygehus. Delindsatsen koster 400.000 kr."
            "\n\nHelhedsplanens samlede budget er på 12,8 mio. kr. Der ansøges om kr. 9.600.000,- "
            "fra Landsbyggefonden.\n",
            [("Fremtidens Vestparken", 12_800_000), ("Sund Vestparken", 400_000)],
        ),
        (
            # a foundation programme's frame on the form is no project's total
            "Novo Nordisk Fonden · Beredskabsprogrammet 2026\nProgrammets samlede ramme: 150 mio."
            " kr. over fem år\n\nProjekttitel: KLAR – Klinisk beredskab i akutmodtagelser\n"
            "Ansøger: Rigshospitalet\nAnsøgt beløb: DKK 6,3 mio.\nSamlet budget: 7,9 mio. kr.\n",
            [("KLAR – Klinisk beredskab i akutmodtagelser", 7_900_000)],
        ),
        (
            # a yearly frame summed in all
            'I projektet "Spis Sammen" spiser frivillige med ensomme ældre. Projektet har en '
            "årlig ramme på 450.000 kr., i alt 1,35 mio. kr. for 2025-2027.\n",
            [("Spis Sammen", 1_350_000)],
        ),
    ],
)
def test_a_housing_plan_a_programme_s_frame_and_a_yearly_frame(
    extractor: Extractor, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _titles_and_amounts(extractor, text) == [(t, Decimal(a)) for t, a in expected]


def test_an_investment_is_an_amount_cue(extractor: Extractor) -> None:
    text = (
        'Referat\n\n3. Delprojekt: "Varme fra Køling"\nOdense Universitetshospital og Fjernvarme '
        "Fyn har indgået aftale om at levere overskudsvarme til fjernvarmenettet. Investeringen "
        "er opgjort til 6,2 mio. kr., hvoraf Fjernvarme Fyn betaler 2,5 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Varme fra Køling", Decimal(6_200_000))]


def test_a_name_s_head_noun_in_its_definite_form_refers_back_to_it(extractor: Extractor) -> None:
    """ "Sundhedshuset har et budget på …" speaks of "Sundhedshus Vestby"."""
    text = (
        'Siden 2024 har Civica og Svendborg Kommune samarbejdet om "Vestby i Fællesskab".\n\n'
        'Som en del af samarbejdet åbnede vi i 2025 "Sundhedshus Vestby", et samarbejde mellem '
        "Civica, Svendborg Kommune og OUH Svendborg Sygehus. Sundhedshuset har et budget på 3,2 "
        "mio. kr., hvoraf Region Syddanmark via Puljen til nære sundhedstilbud har bevilget 2,0 "
        "mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Vestby i Fællesskab", None),
        ("Sundhedshus Vestby", Decimal(3_200_000)),
    ]


def test_the_price_a_project_was_done_for_is_its_amount(extractor: Extractor) -> None:
    text = (
        'Digital Klinik Nord bygger videre på erfaringerne fra "Læge på Skærm", som Thisted '
        "Kommune og Region Nordjylland gennemførte fra 2021 til 2023 for 1,7 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Digital Klinik Nord", None),
        ("Læge på Skærm", Decimal(1_700_000)),
    ]


def test_the_words_a_short_name_is_said_to_shorten_name_it_in_full(extractor: Extractor) -> None:
    text = (
        "Punkt 4. Orientering om VAKS\n\nUdvalget orienteres om VAKS, som Sygehus Lillebælt "
        "driver sammen med Vejle Kommune. Navnet er en forkortelse for Virtuel Akutbehandling i "
        "Kommunalt Samarbejde. VAKS har et samlet budget på 2,5 mio. kr.\n"
    )
    [project] = extractor.extract_text(text).projects
    assert (project.title, sorted(project.aliases), project.amount.value) == (
        "VAKS (Virtuel Akutbehandling i Kommunalt Samarbejde)",
        ["VAKS"],
        Decimal(2_500_000),
    )


def test_an_age_group_after_for_is_no_part_of_a_name(extractor: Extractor) -> None:
    text = (
        "Indstilling\n\nat forvaltningen indgår en aftale med Psykiatrisk Center København om "
        "forsøget Fælles Ungespor for 18-24-årige med rusmiddelbrug. Forsøget har et samlet "
        "budget på 4,4 mio. kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Fælles Ungespor", Decimal(4_400_000))]


def test_an_amount_whose_sentence_names_another_project_is_not_this_ones(
    extractor: Extractor,
) -> None:
    # the decision's list names each project in its own item; the second project's section
    # runs to the item's end, over the first one's total
    text = (
        'Punkt 7. Projekterne "Tryg Nattelinje" og "Medicin i Hjemmet" – igangsættelse\n\n'
        "1) Tryg Nattelinje\nEn fast telefonlinje til sygeplejersker om natten.\n\n"
        "Budget\n  2025      1,2 mio. kr.\n  2026      1,6 mio. kr.\n  I alt     2,8 mio. kr.\n\n"
        "2) Medicin i Hjemmet\nHver borger i et palliativt forløb får en boks med medicin i "
        "hjemmet. Forvaltningen søger 300.000 kroner hos en privat fond.\n\n"
        "Økonomi\nDen kommunale andel af Tryg Nattelinje på 600.000 kr. afholdes inden for "
        "rammen.\n\n"
        "Indstilling\nForvaltningen indstiller, at udvalget\n"
        "- godkender, at Tryg Nattelinje igangsættes med et samlet budget på 2,8 mio. kr.,\n"
        "- godkender den kommunale andel på 600.000 kr.,\n"
        "- tager til efterretning, at der søges 300.000 kroner til Medicin i Hjemmet.\n"
    )
    assert sorted(_titles_and_amounts(extractor, text)) == [
        ("Medicin i Hjemmet", Decimal(300_000)),
        ("Tryg Nattelinje", Decimal(2_800_000)),
    ]


def test_an_amount_applied_for_by_name_beats_a_yearly_cost_said_of_nothing(
    extractor: Extractor,
) -> None:
    text = (
        "Høringssvar om den palliative indsats\n\n"
        "1. Hjælp til øerne\nSiden foråret har kommunen drevet projektet Sygepleje på Bogø "
        "sammen med sygehuset. Projektet har et samlet budget på 900.000 kr.\n\n"
        "2. Lindring tæt på hjemmet\nVordingborg Kommune har søgt Region Sjælland om 1,8 "
        "millioner kroner til projektet "
        "Lindring i Nærmiljøet, som skal give borgere på Møn en palliativ stue tæt på "
        "hjemmet.\n\n"
        "3. Økonomien i planen\nSamlet set vil planens tiltag koste kommunerne mindst "
        "650.000 kr. om året, hvilket bør drøftes i det videre arbejde.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Sygepleje på Bogø", Decimal(900_000)),
        ("Lindring i Nærmiljøet", Decimal(1_800_000)),
    ]


def test_over_and_mod_join_the_words_of_a_name(extractor: Extractor) -> None:
    text = (
        "Siden foråret har Fanø Kommune drevet projektet Sygepleje over Sundet sammen med "
        "Esbjerg Kommune. Projektet har et samlet budget på 900.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Sygepleje over Sundet", Decimal(900_000))]


def test_a_lead_naming_two_projects_leaves_the_text_after_it_to_the_first(
    extractor: Extractor,
) -> None:
    # the second is taken up under its own heading further on, with its own total
    text = (
        "Punkt 4. Hjemmehospice og frivillige vågere\n\nResumé\nUdvalget skal tage stilling "
        "til medfinansiering af projektet Hospice i Hjemmet og til en ansøgning fra en "
        "forening om midler til projektet Vågekæden Vest.\n\n"
        "Sagsfremstilling\nEt hospice vil med kommunen og sygehuset sende sygeplejersker ud "
        "til borgere i eget hjem.\n\n"
        "Projektets samlede budget er 3,6 mio. kr. for perioden 2025-2027.\n\n"
        "Vågekæden Vest\nFrivillige våger hos døende borgere uden pårørende. Projektets samlede "
        "budget er 280.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Hospice i Hjemmet", Decimal(3_600_000)),
        ("Vågekæden Vest", Decimal(280_000)),
    ]


def test_the_paragraphs_under_a_heading_line_are_its_own_up_to_the_next_heading(
    extractor: Extractor,
) -> None:
    # the key figures stand a paragraph below the name; a heading about the projects in the
    # plural names none of them
    text = (
        "Sag nr. 8 – Status på fælles velfærdsprojekter i Vestjylland\n\n"
        "Sagsfremstilling\nKommunen deltager i to projekter med sygehuset.\n\n"
        "Digital Hjemmesygepleje\nProjektet forbinder hjemmesygeplejersker i Lemvig Kommune "
        "med læger på Regionshospitalet Gødstrup via video.\n\n"
        "Nøgletal:\n• Samlet budget: 1,6 mio. kr.\n• Kommunal andel: 300.000 kr.\n\n"
        "Hjertet Hjemme\nHjertet Hjemme er et forløb for borgere med hjertesvigt, som måler "
        "blodtryk hjemme. Projektet søgte 2.000.000 kr. og fik bevilget 1.250.000 kr.\n\n"
        "Økonomi\nKommunens udgift er 300.000 kr. til Digital Hjemmesygepleje samt "
        "personaletid til Hjertet Hjemme.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Digital Hjemmesygepleje", Decimal(1_600_000)),
        ("Hjertet Hjemme", Decimal(1_250_000)),
    ]


def test_a_budget_table_row_beats_an_amount_a_sentence_not_naming_the_project_gives(
    extractor: Extractor,
) -> None:
    text = (
        "Tilsagn fra puljen\n\n"
        "Sammen om Sindet\nPsykiatrisk Center Glostrup etablerer sammen med Albertslund "
        "Kommune faste konsultationer i lægehusene. Lægehusene lægger selv 400.000 kr. i "
        "lokaler.\n\n"
        "Ro på Udskrivelsen\nPsykiatrisk Center Amager og Tårnby Kommune ansætter to "
        "brobyggere.\n\n"
        "Fordeling (kr.)\n\nProjekt\n2025\n2026\nI alt\n"
        "Sammen om Sindet\n1.100.000\n1.100.000\n2.200.000\n"
        "Ro på Udskrivelsen\n800.000\n800.000\n1.600.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Sammen om Sindet", Decimal(2_200_000)),
        ("Ro på Udskrivelsen", Decimal(1_600_000)),
    ]


def test_a_breakdown_read_out_one_cell_per_line_gives_its_total(
    extractor: Extractor,
) -> None:
    # labels first, then the amounts in the same order; the municipality's share "til" the
    # project further down is a part of it
    text = (
        "Sagsfremstilling\nProjekt 1: Hjertesvigt Hjemme\nVejle Kommune vil sammen med "
        "Vejle Sygehus følge borgere med hjertesvigt i hjemmet. Budgettet fremgår nedenfor.\n\n"
        "Finansiering\nPuljen til nære sundhedstilbud (ansøgt)\nVejle Kommune\n"
        "Samlet budget\nBeløb, kr.\n1.900.000\n600.000\n2.500.000\n\n"
        "Projekt 2: Akutvideo\nAkutsygeplejersker i Vejle Kommune skal kunne tale med en "
        "læge på video. Projektet har et samlet budget på 480.000 kr.\n\n"
        "Økonomi\nOpnås tilsagn, skal kommunen medfinansiere 600.000 kr. til Hjertesvigt "
        "Hjemme.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Hjertesvigt Hjemme", Decimal(2_500_000)),
        ("Akutvideo", Decimal(480_000)),
    ]


def test_column_totals_read_the_total_in_its_labels_place() -> None:
    text = (
        "A\nB\nI alt\nBeløb (t.kr.)\n1.200\n300\n1.500\n\nC\nD\nBeløb\n2,5\n1,0\n\n"
        "Budgetpost\nLøn\nSamlet budget\nHeraf søgt\nBeløb i kr.\n800.000\n950.000\n600.000\n"
    )
    found = [(text[start:end], factor) for start, end, factor in column_totals(text)]
    assert found == [("1.500", 1000), ("950.000", 1)]


def test_a_budget_field_summing_several_grants_is_no_projects(extractor: Extractor) -> None:
    text = (
        "INDSTILLING\nAdministrationen indstiller,\n\n"
        'at der bevilges 1.500.000 kr. til projektet "Smerteskolen Syd",\n\n'
        'at ansøgningen fra Esbjerg Kommune om 700.000 kr. til "Gå-Gruppen Vest" ikke '
        "imødekommes.\n\nSAGSFREMSTILLING\n"
        "Ad 1) Smerteskolen Syd\nOdense Universitetshospital vil sammen med Nyborg Kommune "
        "undervise borgere med smerter.\n\n"
        "Ad 2) Gå-Gruppen Vest\nEsbjerg Kommune har sammen med Gigtforeningen søgt 700.000 kr. "
        "til et tilbud om gåture for borgere med smerter.\n\n"
        "Økonomi\nDe indstillede bevillinger udgør i alt 2.900.000 kr. og afholdes inden for "
        "puljens ramme.\n\nBESLUTNING\nAnbefales.\n"
    )
    assert sorted(_titles_and_amounts(extractor, text)) == [
        ("Gå-Gruppen Vest", Decimal(700_000)),
        ("Smerteskolen Syd", Decimal(1_500_000)),
    ]


def test_a_forms_numbered_parts_are_no_projects_and_its_project_owns_them_all(
    extractor: Extractor,
) -> None:
    text = (
        "Region Midtjylland\nPulje til nære akuttilbud 2026\nANSØGNINGSSKEMA\n\n"
        "DEL 1 – ANSØGER\nAnsøgende organisation: Skive Kommune\n"
        "Projektleder: Mette Lund, konsulent\n\n"
        "DEL 2 – PROJEKTET\nProjektets titel: Førstehjælp i Fjorden\n\n"
        "Kort beskrivelse:\nFørstehjælp i Fjorden skal uddanne frivillige i landsbyerne.\n\n"
        "DEL 3 – BAGGRUND\nDer er langt til nærmeste ambulance i kommunens vestlige del.\n\n"
        "DEL 4 – BUDGET\n\n| Periode | Beløb |\n|---|---|\n| 2026 | 400.000 kr. |\n"
        "| 2027 | 350.000 kr. |\n| Samlet budget | 750.000 kr. |\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Førstehjælp i Fjorden", Decimal(750_000))]


def test_a_meeting_body_after_referat_is_no_project(extractor: Extractor) -> None:
    text = (
        "REFERAT – ÆLDREUDVALGET\n\nMødedato: 4. marts 2026\n\n"
        "4. Tryghedsopkald om natten\n\n"
        'Projektet "Natteopkaldet" skal ringe til ensomme ældre om aftenen. Det samlede '
        "budget er på 520.000 kr.\n"
    )
    assert _titles_and_amounts(extractor, text) == [("Natteopkaldet", Decimal(520_000))]


def test_one_word_heading_its_body_introduces_after_a_noun(extractor: Extractor) -> None:
    # the numbered heading after the second part ends its text: the decision that names the
    # first project again is not the second's
    text = (
        'Punkt 5. Ansøgning om projektet "Hjem til Tiden" og videreførelse af '
        "værestedet Gadeuglen\n\n1. Sagsfremstilling\n"
        "Hjem til Tiden\nProjektet skal hjælpe 30 borgere fra herberg i egen bolig. Aarhus "
        "Kommune er projektejer.\n\n"
        "Budget (kr.)\n| År | Samlet budget | Heraf søgt | Egenfinansiering |\n"
        "|---|---|---|---|\n| 2026 | 1.000.000 | 700.000 | 300.000 |\n"
        "| 2027 | 1.400.000 | 1.000.000 | 400.000 |\n"
        "| I alt | 2.400.000 | 1.700.000 | 700.000 |\n\n"
        "Gadeuglen\nVærestedet Gadeuglen har siden 2021 haft åbent om natten for borgere "
        "i hjemløshed.\n\n"
        "Det foreslås, at Gadeuglen videreføres i 2026 og 2027 med 500.000 kroner årligt, "
        "i alt 1 mio. kr.\n\n"
        "3. Indstilling\nForvaltningen indstiller, at udvalget godkender ansøgningen om Hjem "
        "til Tiden.\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Hjem til Tiden", Decimal(2_400_000)),
        ("Gadeuglen", Decimal(1_000_000)),
    ]


def test_the_documents_own_project_takes_its_budget_table_over_the_amount_applied_for(
    extractor: Extractor,
) -> None:
    # named in running text, in the lead and again far below; the pilot before it had its
    # own total
    text = (
        'Ansøgning til Sundhedspuljen – projekt "Medicin med Omtanke"\n\n'
        'Randers Kommune ansøger hermed puljen om 900.000 kr. til projektet "Medicin med '
        'Omtanke".\n\nBaggrund\nI 2023 gennemførte kommunen projektet "Pilleæsken", som '
        "havde et samlet budget på 300.000 kr.\n\n"
        'Det er erfaringerne herfra, "Medicin med Omtanke" bygger videre på.\n\n'
        "Budget\nPost                        Beløb (kr.)\nFarmaceut                     "
        "800.000\nEvaluering                    150.000\nSamlet budget               "
        "950.000\n"
    )
    assert _titles_and_amounts(extractor, text) == [
        ("Medicin med Omtanke", Decimal(950_000)),
        ("Pilleæsken", Decimal(300_000)),
    ]
