"""The regex helpers every reader builds its word patterns with."""

import re

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
