"""The regex helpers every reader builds its word patterns with."""

import re

from extract.components.sections import at_dashed_lines, dashed_line_starts
from extract.components.spans import alternatives, first_letters


def test_alternatives_escape_words_and_put_the_longest_first_when_asked() -> None:
    words = ["Region", "Region Midtjylland", "a.m.b.a."]
    assert re.fullmatch(alternatives(words), "a.m.b.a.")
    assert not re.fullmatch(alternatives(words), "axmxbxa.")  # "." is literal
    # in the given order the shorter word wins; longest first the whole name does
    assert re.match(alternatives(words), "Region Midtjylland").group() == "Region"
    assert re.match(alternatives(words, longest_first=True), "Region Midtjylland").group() == (
        "Region Midtjylland"
    )


def test_alternatives_space_may_match_any_white_space() -> None:
    pattern = alternatives(["i alt"], any_space=True)
    assert re.fullmatch(pattern, "i\n  alt")
    assert not re.fullmatch(alternatives(["i alt"]), "i\n  alt")


def test_no_words_never_match() -> None:
    assert re.search(rf"(?:{alternatives([])})", "any text at all") is None
    assert re.search(rf"x|(?:{alternatives([])})", "a x") is not None


def test_first_letters_lookahead_covers_each_words_first_character() -> None:
    guard = first_letters(["Aarhus", "Odense", "aalborg"])
    assert guard == "(?=[AOa])"
    assert re.match(guard + "Odense", "Odense") and not re.match(guard + "x", "x")


def test_dashed_line_starts_hold_the_dash_line_and_the_two_above() -> None:
    """A "title – owner" line pattern is tried only where a spaced dash stands on its line or
    opens one of the two lines below it; hyphens inside words count for nothing."""
    text = "Indledning\nHjemmetræning\n\n– Odense Kommune\nRingkøbing-Skjern\nÉn dør - Esbjerg"
    starts = dashed_line_starts(text)
    lines = {text[s : text.find("\n", s)] if "\n" in text[s:] else text[s:] for s in starts}
    assert lines == {
        "Hjemmetræning",
        "",
        "– Odense Kommune",
        "Ringkøbing-Skjern",
        "Én dør - Esbjerg",
    }


def test_at_dashed_lines_finds_what_a_scan_finds() -> None:
    pattern = re.compile(r"(?m)^(?P<title>[^\n]+?)\s+–[ \t]+(?P<owner>[^\n]+)$")
    text = (
        "Om os\n\nDiaSkole Vest\n– Herning Kommune\nOg så - videre\nHjerteliv – Region Midtjylland"
    )
    assert [m.span() for m in at_dashed_lines(pattern, text)] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert [m["title"] for m in at_dashed_lines(pattern, text)] == ["DiaSkole Vest", "Hjerteliv"]
