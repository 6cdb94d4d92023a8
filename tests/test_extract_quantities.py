"""Money and dates: Danish number forms, multipliers, date forms and periods."""

from datetime import date
from decimal import Decimal

import pytest

from extract.components.dates import DateReader
from extract.components.money import MoneyReader, parse_number


@pytest.mark.parametrize(
    ("text", "exact", "value"),
    [
        ("Prisen er 780.000 kr. i alt", "780.000 kr.", Decimal(780000)),
        ("der blev afsat 72,1 mio. kr. til", "72,1 mio. kr.", Decimal(72100000)),
        ("en ramme på 1,5 mia. kr.", "1,5 mia. kr.", Decimal(1500000000)),
        ("tilskud på kr. 45.000 om året", "kr. 45.000", Decimal(45000)),
        ("den nye 20 mio. pulje", "20 mio.", Decimal(20000000)),
        ("et tilskud på kr 400.000 i alt", "kr 400.000", Decimal(400000)),
        ("fonden gav to millioner kroner til", "to millioner kroner", Decimal(2000000)),
        ("hele halvanden mio. kr. i år", "halvanden mio. kr.", Decimal(1500000)),
        ("kun en halv million kr. tilbage", "en halv million kr.", Decimal(500000)),
        ("Busen får en halv million fra fonden", "en halv million", Decimal(500000)),
        ("fik 2,4 millioner til projektet", "2,4 millioner", Decimal(2400000)),
        ("den største bid, 4,2 millioner, til Aarhus Kommune", "4,2 millioner", Decimal(4200000)),
        # a currency word before a number is that number's, not the year's before it
        ("bevilgede i december 2023 DKK 1,6 mio. fra", "DKK 1,6 mio.", Decimal(1600000)),
        # the same where a table's cells stand one per line ("kr." after its full stop, with
        # a no-break space and a space)
        ("2025–2026\nkr.\u00a0 1.120.000\nJobmakker", "kr.\u00a0 1.120.000", Decimal(1120000)),
        # a PDF's no-break space for the last group of a dot-grouped number
        ("Projektet modtog 1.475\u00a0000 kr. fra", "1.475\u00a0000 kr.", Decimal(1475000)),
    ],
)
def test_money_values_and_spans(text: str, exact: str, value: Decimal) -> None:
    [(start, end, found)] = MoneyReader().find(text)
    assert text[start:end] == exact
    assert found == value


def test_parse_number_danish_separators() -> None:
    assert parse_number("295.783") == Decimal(295783)
    assert parse_number("3,38") == Decimal("3.38")
    assert parse_number("1.500,5") == Decimal("1500.5")


def test_dates_and_periods() -> None:
    text = "Fra 1. marts 2011 til 15.06.2013, evalueret juni 2014 og drevet 2015-2017."
    found = DateReader().find(text)
    assert [text[s:e] for s, e, _ in found] == [
        "1. marts 2011",
        "15.06.2013",
        "juni 2014",
        "2015-2017",
    ]
    values = [v for *_, v in found]
    assert values[0].first == date(2011, 3, 1)
    assert values[1].first == date(2013, 6, 15)
    assert (values[2].first, values[2].last) == (date(2014, 6, 1), date(2014, 6, 30))
    assert (values[3].first, values[3].last) == (date(2015, 1, 1), date(2017, 12, 31))


def test_sentence_goes_on_after_an_abbreviation_before_a_lower_case_word() -> None:
    from extract.components.pools import sentence_bounds

    text = "Før. SST gav 32 mio. kr. fra puljen den 1. februar. Næste sætning."
    s, e = sentence_bounds(text, text.index("puljen"), text.index("puljen") + 6)
    assert text[s:e] == "SST gav 32 mio. kr. fra puljen den 1. februar"


def test_sentence_ends_at_a_full_stop_before_a_line_break() -> None:
    from extract.components.pools import sentence_bounds

    text = "Fristen er 1. november.\nKan du sende budgettet? Tak."
    s, e = sentence_bounds(text, text.index("Kan"), text.index("Kan") + 3)
    assert text[s:e] == "Kan du sende budgettet"


@pytest.mark.parametrize(
    ("text", "exact", "value"),
    [
        (
            "Bevilling: 1\u00a0450\u00a0000\u00a0kr. Periode: 2024",
            "1\u00a0450\u00a0000\u00a0kr.",
            Decimal(1450000),
        ),
        ("med 600 000 kr. fra regionen", "600 000 kr.", Decimal(600000)),
        ("i alt 12 300 kroner", "12 300 kroner", Decimal(12300)),
    ],
)
def test_money_with_space_grouped_thousands(text: str, exact: str, value: Decimal) -> None:
    [(start, end, found)] = MoneyReader().find(text)
    assert text[start:end] == exact
    assert found == value


def test_last_group_of_an_unread_spaced_number_is_no_amount() -> None:
    # "2023 450 000": a year before the number; "000 kr." alone must not read as 0 kr.
    assert all(v != 0 for _, _, v in MoneyReader().find("i 2023 450 000 kr. i alt"))


@pytest.mark.parametrize(
    ("text", "exact", "value"),
    [
        ("en bevilling på ½ mio. kr. fra fonden", "½ mio. kr.", Decimal(500000)),
        ("i alt 2½ mio. kr. over to år", "2½ mio. kr.", Decimal(2500000)),
        ("egenfinansiering på 1.500 t.kr. i alt", "1.500 t.kr.", Decimal(1500000)),
        ("budgettet er 300 tkr. årligt", "300 tkr.", Decimal(300000)),
        ("et budget på kr. 850.000,- i alt", "kr. 850.000", Decimal(850000)),
        ("Budget: DKK 1,2 mio.", "DKK 1,2 mio.", Decimal(1200000)),
    ],
)
def test_money_halves_thousands_and_currency_first(text: str, exact: str, value: Decimal) -> None:
    [(start, end, found)] = MoneyReader().find(text)
    assert text[start:end] == exact
    assert found == value


def test_number_words_need_a_multiplier_and_a_currency() -> None:
    assert MoneyReader().find("to millioner borgere og tre kroner") == []
    assert MoneyReader().find("2,4 millioner indbyggere i alt") == []


def test_thousands_written_before_the_number() -> None:
    found = MoneyReader().find("budgettet er tkr. 750, og regionen giver TKR 20.")
    assert [value for _, _, value in found] == [Decimal(750_000), Decimal(20_000)]
