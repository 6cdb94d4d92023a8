"""Text helpers the section and table readers share: a project heading found in a
document, a title's tidy form, and a PDF's page furniture (page numbers, running headers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPEN_QUOTES = "\"“”«»„'‘"
CLOSE_QUOTES = "\"”“»«'’"
# a line's one cell holding a number, as a table read out cell by cell has: "40.000", "0 kr."
# (its thousands may be grouped by blanks: "1 780 000")
NUMBER_CELL = r"[ \t]*(?:\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d[\d.,]*)[ \t]*(?:kr\.?)?[ \t]*"

# between the parts of "Title – Owner" or "Org – Dagsorden"
DASH = re.compile(r"\s[–-]\s")

MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Heading:
    start: int  # of the title, in the cleaned text
    end: int
    title: str
    block: bool
    owner: tuple[int, int] | None = None
    line_start: int = 0
    section_end: int | None = None  # a table row's section ends with its row
    budget: tuple[int, int] | None = None  # an amount written on the heading line itself
    acronym: str | None = None  # "Long Title (ACR)": the short name the text may use later
    again: bool = False  # a plain later (or earlier) mention of a name found elsewhere
    # an item heading that names its topic, not surely a project: it yields to a project
    # named in its own section ("Punkt 7. Fælles akutcenter – …\nProjektet "X" …")
    topic: bool = False
    listed: bool = False  # a numbered entry among others ("2) Title" over its fields)
    # the document's own title ("SAMARBEJDSAFTALE om X", a form's "Projektets titel: X"):
    # where the text names it again it is spoken of beyond the agreement's clauses ("§ 4
    # Økonomi"); a form's fields above it are its
    cover: bool = False
    tagged: bool = False  # found by the project-name model, not by the rules
    # a table row read out column by column: where its cells stand (its fields are these)
    cells: tuple[tuple[int, int], ...] = ()


def tidy_title(text: str) -> str:
    """The title without spacing, quotes, edge punctuation and a page number a running
    header puts after it ("SAMKLANG      Side 1 af 2"); a quoted name with a description
    after a dash is the name alone ('"Tidlig Hjælp" – fælles indsats for unge')."""
    text = " ".join(TRAILING_PAGE.sub("", text).split())
    if quoted := _QUOTED_BEFORE_DASH.match(text):
        text = quoted["name"]
    return text.strip(" .,:;–-" + OPEN_QUOTES + CLOSE_QUOTES)


def short_forms(title: str) -> set[str]:
    """The shorter names a title holds, by which a text or a reader may name the project:
    "SAMBA" of "SAMBA (Sammenhængende …)", "Løft i tide" of "Løft i tide – et fælles
    faldberedskab"."""
    forms = set()
    if bracketed := _BEFORE_BRACKETS.fullmatch(title):
        forms.add(bracketed.group(1))
    head = DASH.split(title, maxsplit=1)
    if len(head) == 2:
        forms.add(head[0])
    return {f for f in forms if len(f) > 1 and f != title}


_BEFORE_BRACKETS = re.compile(r"(.+?)\s*\([^()]*\)")


_QUOTED_BEFORE_DASH = re.compile(
    rf"[{OPEN_QUOTES}]?(?P<name>[^{OPEN_QUOTES}{CLOSE_QUOTES}]{{2,}}?)[{CLOSE_QUOTES}] [–-] \S"
)


TRAILING_PAGE = re.compile(r"(?i)(?:\s+side\s+|(?<!side)\s+)\d{1,3}\s*(?:af|/)\s*\d{1,3}\s*\Z")


PAGE_NUMBER = re.compile(r"(?im)^[ \t]*(?:side[ \t]+)?\d{1,3}[ \t]*(?:af|/)[ \t]*\d{1,3}[ \t]*$")


@lru_cache(maxsize=2)
def page_furniture(text: str) -> frozenset[int]:
    """Starts of "Side 2 af 3" lines and of the lines a PDF repeats next to them (running
    headers and footers), and of a header line repeated three times or more without page
    numbers ("Samarbejdsaftale · SÆM · Viborg – Skive"): a field's value does not run over
    a page break, a running header names no project, and a page break ends no section."""
    has_pages = bool(PAGE_NUMBER.search(text))
    if not has_pages and "·" not in text:
        return frozenset()
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line.strip()))
        offset += len(line) + 1
    counts: dict[str, int] = {}
    for _, key in lines:
        counts[key] = counts.get(key, 0) + 1
    # (a header's parts set apart by middle dots; a table's repeated labels are none)
    found = {at for at, key in lines if counts[key] >= 3 and len(key) >= 15 and "·" in key}
    if not has_pages:
        return frozenset(found)
    pages = {i for i, (at, _) in enumerate(lines) if PAGE_NUMBER.match(text, at)}
    found |= {lines[i][0] for i in pages}
    for i in pages:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            at, key = lines[j]
            # (and the rule line a page ends with: "______" over "Side 1 af 2")
            if (len(key) >= 10 and counts[key] > 1) or _RULE_LINE.fullmatch(key):
                found.add(at)
    return frozenset(found)


_RULE_LINE = re.compile(r"[-=_*·]{3,}")


def title_key(title: str) -> str:
    """A title's words in lower case: the same project however its name is punctuated."""
    return " ".join(re.findall(r"\w+", title.casefold()))
