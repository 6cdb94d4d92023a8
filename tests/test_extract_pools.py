"""Funding pools and their size, on short texts written for the tests: the size a pool's
own clause states or money set aside for it, never the money one project got from it."""

from decimal import Decimal

import pytest

from extract.extractor import Extractor


def _pools(extractor: Extractor, text: str) -> dict[str, Decimal | None]:
    extraction = extractor.extract_text(text)
    return {p.name: p.amount.value if p.amount else None for p in extraction.funding_pools}


def test_a_pools_frame_after_its_heading(extractor: Extractor) -> None:
    text = (
        "Ansøgningsskema\n"
        "Pulje til bedre søvn hos ældre med demens 2026\n"
        "Udbudt af styrelsen · Puljens ramme: 12,0 mio. kr. · Frist 1. marts\n\n"
        "1. Projektets titel\nRolige nætter\n"
    )
    assert _pools(extractor, text) == {
        "Pulje til bedre søvn hos ældre med demens 2026": Decimal(12_000_000)
    }


def test_a_pool_referred_back_to_by_its_compound(extractor: Extractor) -> None:
    text = (
        "3. Status på Klynge Vestfyns udviklingspulje\n"
        "Udviklingspuljen er på 3,5 mio. kr. i 2026. Der er brugt 1,1 mio. kr. til "
        "et forsøg med natlige besøg.\n"
    )
    assert _pools(extractor, text) == {"Klynge Vestfyns udviklingspulje": Decimal(3_500_000)}


def test_a_relative_clause_gives_the_size_not_the_grant_before_it(extractor: Extractor) -> None:
    text = (
        "Regionen har bevilget 1,2 mio. kr. til projektet fra Puljen for bedre mad på "
        "plejecentre, der i år fordeler i alt 9 mio. kr.\n"
    )
    assert _pools(extractor, text) == {"Puljen for bedre mad på plejecentre": Decimal(9_000_000)}


def test_money_set_aside_for_the_pool(extractor: Extractor) -> None:
    text = (
        "Projektforslag – Pulje til tryg udskrivelse 2026-2027\n\n"
        "Regionsrådet har afsat 16 mio. kr. til Pulje til tryg udskrivelse, der skal "
        "styrke samarbejdet med kommunerne.\n"
    )
    # the heading's period is the round, not the pool: one pool
    assert _pools(extractor, text) == {"Pulje til tryg udskrivelse": Decimal(16_000_000)}


def test_money_set_aside_for_a_pool_referred_back_to(extractor: Extractor) -> None:
    text = (
        'Finansiering: Styrelsens pulje "Hjem i god tid"\n\n'
        "Styrelsen afsatte i 2024 i alt 27 mio. kr. til puljen og gav tilsagn til ni projekter.\n"
    )
    assert _pools(extractor, text) == {"Hjem i god tid": Decimal(27_000_000)}


def test_money_set_aside_for_a_pool_named_later_in_lower_case(extractor: Extractor) -> None:
    text = (
        "Med aftalen for 2025-2028 blev der afsat 25 mio. kr. til en bedre hverdag for "
        "ensomme ældre.\n\n"
        'Bilag: Opslag af satspulje "Bedre hverdag for ensomme ældre", 2025.\n'
    )
    assert _pools(extractor, text)["Bedre hverdag for ensomme ældre"] == Decimal(25_000_000)


def test_money_handed_out_is_the_size_only_where_none_is_stated(extractor: Extractor) -> None:
    handed = (
        "Styrelsen udmøntede 14 mio. kr. fra puljen til sund aldring. "
        "Pengene går til otte projekter.\n"
    )
    assert _pools(extractor, handed) == {"Puljen til sund aldring": Decimal(14_000_000)}
    stated = (
        'Fonden har uddelt 5,3 mio. kr. fra sin pulje "Unge i bevægelse" til fire projekter. '
        "Puljen havde en samlet ramme på 6 mio. kr.\n"
    )
    assert _pools(extractor, stated) == {"Unge i bevægelse": Decimal(6_000_000)}


def test_a_total_handed_out_in_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "Fonden har i år uddelt midler fra puljen Aktive Landsbyer, som støtter "
        "foreninger og kommuner. I alt fordeles 5,2 mio. kr. til seks projekter.\n"
    )
    assert _pools(extractor, text) == {"Aktive Landsbyer": Decimal(5_200_000)}


def test_a_name_ends_before_the_verb_that_sizes_it(extractor: Extractor) -> None:
    text = (
        "Fakta\n"
        "• Samlet budget: 2.400.000 kr.\n"
        "• Puljen til nære tilbud for unge forældre uddeler i alt 30 mio. kr. i 2026-2028\n"
    )
    assert _pools(extractor, text) == {
        "Puljen til nære tilbud for unge forældre": Decimal(30_000_000)
    }


def test_a_foundations_programme_named_without_quotes(extractor: Extractor) -> None:
    text = (
        "Bevillingen er givet under fondens uddelingsprogram Sunde Fællesskaber, der i 2026 "
        "uddeler i alt DKK 40 mio. til lokale partnerskaber.\n"
    )
    assert _pools(extractor, text) == {"Sunde Fællesskaber": Decimal(40_000_000)}


def test_proper_compound_names(extractor: Extractor) -> None:
    owned = "Region Nordjyllands hjemmepulje på i alt 9 mio. kr. blev oprettet i 2026.\n"
    assert _pools(extractor, owned) == {"Region Nordjyllands hjemmepulje": Decimal(9_000_000)}
    proper = (
        "To projekter fik støtte fra Vestjysk Samarbejdspulje, som regionsrådet har afsat "
        "11 mio. kr. til i perioden 2025-2027.\n"
    )
    assert _pools(extractor, proper) == {"Vestjysk Samarbejdspulje": Decimal(11_000_000)}


def test_a_list_item_gives_its_own_pools_size(extractor: Extractor) -> None:
    text = (
        "• Bevilling: 1,6 mio. kr. fra Hjemmepuljen\n"
        "• Hjemmepuljen blev oprettet i 2024 og har i 2026 i alt 9 mio. kr. til uddeling\n"
    )
    assert _pools(extractor, text) == {"Hjemmepuljen": Decimal(9_000_000)}


@pytest.mark.parametrize(
    "text",
    [
        "Styrelsen har den 2. maj givet tilsagn om 1.250.000 kr. fra Puljen til mad og "
        "motion for ældre. Projektets samlede budget er 1,6 mio. kr.\n",
        "Projektet fik 2,75 mio. kr. fra Puljen til mad og motion for ældre og løber til 2027.\n",
        "Tilskudsgiver: Styrelsen, Puljen til mad og motion for ældre\n"
        "Bevilling: 2 750 000 kr.\nSamlet budget: 3 100 000 kr.\n",
        "Tilskuddet fra Puljen til mad og motion for ældre er på 1,2 mio. kr.\n",
        "Regionsrådet bevilger i alt 3.300.000 kr. fra Puljen til mad og motion for ældre "
        "fordelt således:\n- Spis sammen: 1.800.000 kr.\n- Gå med: 1.500.000 kr.\n",
    ],
)
def test_one_projects_money_from_a_pool_is_not_its_size(extractor: Extractor, text: str) -> None:
    assert _pools(extractor, text) == {"Puljen til mad og motion for ældre": None}


def test_a_cap_per_project_is_not_the_size(extractor: Extractor) -> None:
    text = (
        "Puljens ramme pr. projekt er 1 mio. kr. Puljen til bedre genoptræning åbner i maj "
        "og har en ramme på 12 mio. kr., og der kan højst søges 800.000 kr. pr. projekt.\n"
    )
    # no "1 mio. kr. Puljen" over the full stop either
    assert _pools(extractor, text) == {"Puljen til bedre genoptræning": Decimal(12_000_000)}


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen har søgt Puljen til bedre genoptræning om 1,5 mio. kr. til forløbet.\n",
        "Styrelsen har fordelt 2 mio. kr. fra Puljen til bedre genoptræning til Herning Kommune.\n",
        "Puljen til bedre genoptræning modtog 41 ansøgninger om i alt 31 mio. kr.\n",
    ],
)
def test_a_name_ends_before_an_amount_or_a_recipient(extractor: Extractor, text: str) -> None:
    assert _pools(extractor, text) == {"Puljen til bedre genoptræning": None}


@pytest.mark.parametrize(
    "text",
    [
        "Finansiering:\n- Hjemmepuljen: 2,9 mio. kr.\n- Egenfinansiering: 0,6 mio. kr.\n",
        "Hjemmepuljen blev oprettet i 2024, og kommunen lægger i alt 2 mio. kr. oveni.\n",
    ],
)
def test_a_financing_row_or_another_subjects_money_is_not_the_size(
    extractor: Extractor, text: str
) -> None:
    assert _pools(extractor, text) == {"Hjemmepuljen": None}


def test_money_a_pool_has_for_handing_out(extractor: Extractor) -> None:
    text = (
        'Kommunen søger Region Sjællands "Pulje til sunde hjem", som i 2026 har 14 mio. kr. '
        "til fordeling.\n"
    )
    assert _pools(extractor, text) == {"Pulje til sunde hjem": Decimal(14_000_000)}


def test_a_page_footer_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = (
        "Puljen til sunde hjem 2026–2027\n\n"
        "Puljen har en ramme på 14 mio. kr.\n\n"
        "Styrelsen · Oversigt · Puljen til sunde hjem Side 1 af 2\n"
    )
    assert _pools(extractor, text) == {"Puljen til sunde hjem": Decimal(14_000_000)}


@pytest.mark.parametrize(
    "text",
    [
        "Puljen til aktiv aldring åbner i maj. I puljen er der afsat 30 mio. kr. for 2026.\n",
        "Med finansloven er der afsat 30 mio. kr. til en ny pulje. Puljen til aktiv aldring "
        "åbner i maj.\n",
        "Puljen til aktiv aldring åbner i maj. Af puljens samlede ramme på 30 mio. kr. er "
        "12 mio. kr. fordelt.\n",
    ],
)
def test_other_ways_to_put_money_into_a_pool(extractor: Extractor, text: str) -> None:
    assert _pools(extractor, text) == {"Puljen til aktiv aldring": Decimal(30_000_000)}


def test_a_pools_size_is_read_at_the_amount_and_no_project_takes_it(
    extractor: Extractor,
) -> None:
    text = (
        "Ansøgning til Puljen til nære sundhedstilbud\n\n"
        "Puljens ramme: 40 mio. kr.\n\n"
        "Projekttitel: Trygt hjem\nAnsøger: Odder Kommune\n"
    )
    extraction = extractor.extract_text(text)
    [pool] = extraction.funding_pools
    [project] = extraction.projects
    assert pool.amount.value == Decimal(40_000_000)
    assert text[pool.amount.mention.start : pool.amount.mention.end] == "40 mio. kr."
    assert project.amount is None


def test_a_pool_named_for_a_project_of_the_text_is_the_way_money_goes_to_it(
    extractor: Extractor,
) -> None:
    text = (
        "Foreningen har søgt om 150.000 kr. fra kommunens § 18-pulje til projektet "
        "Aftenværket.\n\nIndstilling\nDet indstilles, at foreningen bevilges 150.000 kr. fra "
        "§ 18-puljen til Aftenværket.\n"
    )
    extraction = extractor.extract_text(text)
    assert [(p.title, p.amount.value) for p in extraction.projects] == [
        ("Aftenværket", Decimal(150_000))
    ]
    assert [p.name for p in extraction.funding_pools] == []
