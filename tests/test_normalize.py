"""The normaliser cleans PDF noise and maps every cleaned span back to the original."""

import pytest

from extract.normalize import identity, normalize


def _original_of(text: str, word: str) -> str:
    cleaned = normalize(text)
    start = cleaned.text.index(word)
    s, e = cleaned.to_original(start, start + len(word))
    return text[s:e]


@pytest.mark.parametrize(
    ("raw", "word", "quoted"),
    [
        ("Is-\nhøj Kommune", "Ishøj", "Is-\nhøj"),
        ("innovationspro\u2010\njekter", "innovationsprojekter", "innovationspro\u2010\njekter"),
        ("kvali-\n\ntet", "kvalitet", "kvali-\n\ntet"),
        ("Fæl\u00adles", "Fælles", "Fæl\u00adles"),
        ("Ringkøbing-\nSkjern", "Ringkøbing-Skjern", "Ringkøbing-\nSkjern"),
        ("780.000\u00a0kr.", "780.000 kr.", "780.000\u00a0kr."),
    ],
)
def test_cleans_and_maps_back(raw: str, word: str, quoted: str) -> None:
    assert word in normalize(raw).text
    assert _original_of(raw, word) == quoted


def test_suspended_compound_keeps_its_hyphen() -> None:
    assert normalize("Sundheds-\nog Ældreministeriet").text == "Sundheds-\nog Ældreministeriet"
    assert normalize("Social- og Indenrigsministeriet").text == "Social- og Indenrigsministeriet"


def test_blank_runs_and_line_ends() -> None:
    cleaned = normalize("Region   Syddanmark   \n\n\n\nOdense\u2010Kommune")
    assert cleaned.text == "Region Syddanmark\n\nOdense-Kommune"


def test_odd_blanks_become_one_space_each() -> None:
    """A tab, no-break or zero-width space is one space; runs of any of them are one, and a
    blank before a line end vanishes, even where it is a no-break space."""
    raw = "Odense\tKommune\u00a0og\u200bRegion\u00a0\u2009 Syddanmark\u00a0\nslut"
    cleaned = normalize(raw)
    assert cleaned.text == "Odense Kommune og Region Syddanmark\nslut"
    start = cleaned.text.index("Kommune og Region")
    s, e = cleaned.to_original(start, start + len("Kommune og Region"))
    assert raw[s:e] == "Kommune\u00a0og\u200bRegion"


def test_offsets_survive_a_long_noisy_text() -> None:
    raw = ("Samarbej-\nde mellem Odense\u00a0Kommune og   Region Syddanmark.  \n" * 50).strip()
    cleaned = normalize(raw)
    position = 0
    for _ in range(50):
        position = cleaned.text.index("Region Syddanmark", position) + 1
        s, e = cleaned.to_original(position - 1, position - 1 + len("Region Syddanmark"))
        assert raw[s:e] == "Region Syddanmark"


def test_identity_map() -> None:
    text = "Odense Kommune"
    assert identity(text).to_original(7, 14) == (7, 14)


def test_empty_span_is_refused() -> None:
    with pytest.raises(ValueError):
        normalize("abc").to_original(1, 1)
