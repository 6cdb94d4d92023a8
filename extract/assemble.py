"""Turn an annotated Doc into an ``Extraction`` with offsets into the original text.

Organisations come from ``doc.spans["orgs"]``; people from ``doc.spans["person"]``;
projects from the section parser's headings and fields, with amounts and dates from
the money and date finders; pools and collaborations from their own components.
Every span found in the cleaned text is mapped back with ``NormalizedText.to_original``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import lru_cache

from spacy.tokens import Doc, Span

from extract.components.collaborations import COLLAB_KEY
from extract.components.money import MoneyReader, parse_number
from extract.components.org_abbrevs import ALIAS_ATTR
from extract.components.org_merger import ORGS_KEY, SOURCES_ATTR
from extract.components.org_patterns import OrgPatterns
from extract.components.org_units import EXISTING_ATTR, PARENTS_ATTR, UNITS_KEY
from extract.components.people import ORGS_ATTR, TITLES_ATTR
from extract.components.pools import (
    ADMIN_ATTR,
    NAMES_ATTR,
    POOLS_KEY,
    VALUE_SPANS_ATTR,
    sentence_bounds,
)
from extract.components.project_tables import TOTAL_WORDS, UNIT_MULTIPLIER, unit_factor
from extract.components.section_rules import SectionRules
from extract.components.section_text import (
    CLOSE_QUOTES,
    DASH,
    NUMBER_CELL,
    OPEN_QUOTES,
    short_forms,
    title_key,
)
from extract.components.sections import (
    ACRONYMS_ATTR,
    CELLS_ATTR,
    FACTORS_ATTR,
    FIELDS_KEY,
    HEADINGS_KEY,
    ITEM_MARK,
    OWNERS_ATTR,
    SECTIONS_ATTR,
    TAGGED_ATTR,
)
from extract.components.spans import (
    COMPONENT_ATTR,
    CONFIDENCE_ATTR,
    PROJECT_MODEL_KEY,
    VALUES_ATTR,
    alternatives,
)
from extract.normalize import NormalizedText
from extract.tokenizer import normalized_text
from kg.model import (
    Collaboration,
    Evidence,
    Extraction,
    FundingPool,
    Mention,
    Money,
    Organisation,
    OrgKind,
    Person,
    Project,
    SourceDocument,
)
from kg.names import clean_name, match_key, strip_genitive
from kg.refdata import ReferenceData, load_reference

PARTICIPANT_FIELDS = frozenset({"participants", "owner"})
MAX_EVIDENCE = 300
MIN_MEMBERS = 3  # people in a member list
MEMBER_GAP = 250  # characters between two listed people
MAX_PLURAL = 6  # "kommunerne" means every kommune a document names when it names this few
MAX_NAMES_AT = 8  # project names that may start before one place and still hold it
MAIN_PROJECT_LINES = 600  # characters from the top in which a document names its own project
MEMBER_CUE_WINDOW = 400  # how far before the list its introduction may stand
# a table's unit in its header ("Mio. kr.", "(t.kr.)"), not an amount's ("2,4 mio. kr.")
# ("1.000 kr." only in brackets, "Budget (1.000 kr.)": elsewhere it is an amount)
_TABLE_UNIT = re.compile(
    r"(?i)(?:(?<![\d½][ \t])(?<![\d½])\b(?=[mt])|(?<=\()(?=1))(mio|mia|t|1\.000)\.?\s*kr\b"
)
# "Budget (kr.)", "Økonomi (t.kr.)", "(mio. kr.)": the unit of the bare numbers below
_KRONER_HEADER = re.compile(
    rf"(?i)\((?:i[ \t]+)?(?P<unit>{UNIT_MULTIPLIER}?(?:kr\.?|kroner|DKK))\)"
)
_DECIMAL_CELL = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,])")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_TOTAL_ROW_START = re.compile(
    # "Samlet budget |", "| I alt |"
    r"(?im)^[ \t]*(?:\|[ \t]*)?(?:i[ \t]*alt|total|samlet[ \t]+(?:budget|beløb|udgift))\b"
)
# lines that each hold one number, a row read out one cell per line
_CELL_LINES = re.compile(rf"(?:{NUMBER_CELL}(?:\n|\Z))+")
_KRONER_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)")  # "2.860.000"
# the same as a table's cell, its thousands grouped by dots or blanks: "1 882 000"
_GROUPED_NUMBER = r"(?<![\d.,])\d{1,3}(?:[.\u00a0 ]\d{3})+"
# a kroner amount below a billion whose thousands are grouped by blanks: "1 980 000"
_BLANK_GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3}){1,2}(?![\d.,])")
_BAR_CELL_NUMBER = re.compile(rf"{_GROUPED_NUMBER}(?=[ \t]*(?:\||$))")  # "| 1 882 000 |"
_LINE_CELL_NUMBER = re.compile(rf"(?m){_GROUPED_NUMBER}(?=[ \t]*$)")  # on a line of its own
# words by which a sentence speaks of the project itself
_SELF_WORDS = (
    r"projekt(?:et)?|prosjekt(?:et)?|samarbejdet|indsatsen|initiativet|partnerskabet"
    r"|programmet|forsøget"
)
_PROJECT_WORD = re.compile(rf"\b(?:{_SELF_WORDS}|projektets)\b")
# (and a funding programme's or fund's own: "Programmets samlede ramme: 150 mio. kr.")
_POOL_WORD = re.compile(r"puljen?\b|puljens\b|puljerne\b|satspulje|programmets\b|fondens\b")
# an amount given to something by name: "Heraf afsættes 300.000 kr. til X", "… til projektet «X»"
_TO_NAMED = re.compile(
    r"[ \t\n]+til[ \t\n]+(?:(?:projektet|indsatsen|initiativet|tilbuddet)[ \t\n]+)?"
    rf"[{OPEN_QUOTES}]?"
)
# an amount granted from a funder: "fået 850.000 kroner fra X", "med 1,2 mio. kr. fra puljen"
_FROM_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)?fra[ \t\n]+(?!og\b|med\b|\d)", re.I)
# a grant of an amount: "tilsagn om 145.000 kroner", "en bevilling på 2 mio. kr." (or the
# cost a pool covers: "Udgiften på 420.000 kr. dækkes af Udviklingspuljen")
_GRANT_OF = re.compile(
    r"(?i)(?:tilsagn(?:et)?|bevilling(?:en)?|tilskud(?:det)?|udgift(?:en)?)[ \t]+(?:om|på)[ \t]+\Z"
)
# a budget table's column of what is spent of it ("Bevilling  Forbrug", "Restbudget")
_SPENT_COLUMN = re.compile(r"(?i)(?<![\wæøå])(?:forbrug|forbrugt|restbudget)")
# an agenda item's "Økonomi", where a party's own share may stand
_ECONOMY_LABEL = re.compile(r"(?i)(?<![\wæøå])økonomi[ \t]*:?\s*\Z")
# money a pool or a body pays for the project with: "finansieret af X-puljen med 3,4 mio."
_FUNDED_WITH = re.compile(
    r"(?i)(?<![\wæøå])(?:finansieret|medfinansieret|støttet|betalt)[ \t]+af[ \t]+[^.;\n]{1,100}?"
    r"[ \t]+med[ \t]+\Z"
)
# a field's value on its label's line, an amount, then a paragraph break
_AMOUNT_LINE_THEN_PARAGRAPH = re.compile(r"[^\n]*\d[^\n]*\n[ \t]*\n")
# … or in a clause right after it: "de 900.000 kr., vi fik bevilget fra Den Regionale …"
# ("de 3,2 millioner kroner, vi har fået fra Novo Nordisk Fondens pulje")
_GRANTED_FROM_AFTER = re.compile(
    r"[^.;\n]{0,30}?(?<![\wæøå])(?:bevilget|fået|modtaget)[ \t]+fra[ \t]"
)
# an amount applied for: "ansøgt om 820.000 kr.", "Der søges om", "Ansøgt beløb: …"
_APPLIED_BEFORE = re.compile(
    r"(?i)(?<![\wæøå])(?:ansøgt|ansøgte|ansøger|ansøges|ansøge|søger|søges|søgt|søgte|søge|ansøgning)"
    r"(?![\wæøå])"
    # in the same sentence (not ended by ". Capital"), no grant said between
    r"(?:(?!\.\s+(?-i:[A-ZÆØÅ])|bevilg|tildel|indstil|fået\b|fik\b)[^;\n])*\Z"
)
# an amount granted: "bevilget 685.000 kr.", "fået tilsagn om …", recommended to a committee
# that grants it ("indstillet: 1.500 t.kr.") (in the same sentence)
_GRANTED_BEFORE = re.compile(
    r"(?i)(?<![\wæøå])(?:bevilg|tildel|tilsagn|indstil|fået|fik|modtag)[\wæøå]*"
    r"(?:(?!\.\s+(?-i:[A-ZÆØÅ]))[^;\n])*\Z"
)
# the amount applied for in brackets after the one granted: "720.000 kr. (ansøgt 900.000 kr.)"
_APPLIED_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?:ansøgt|søgt)(?:[ \t]+om)?[ \t]*:?[ \t]*", re.I)
# a year's amount: "300.000 kr. om året", "… årligt", "pr. år"
_YEARLY = r"(?:årligt|om[ \t]+året|pr\.[ \t]+år|hvert[ \t]+år)"
# words before an amount that state it as the project's total
_TOTAL_BEFORE = re.compile(
    r"(?i)(?:(?:samlet|samlede|total|totale)[ \t\n]+"
    r"[a-zæøå]*?(?:budget|udgifter|udgift|økonomi|ramme|beløb|pris|omkostninger|finansiering)"
    # (an abbreviation's stop: "inkl."; a line wrapped inside the sentence)
    r"(?:[^.;\n]|\.(?=\d)|(?<=nkl|skl|[ \t]ca)\.|\n(?![ \t]*\n))*"
    r"|(?:i[ \t]+alt|samlet)[ \t\n]+(?:koster|kostede|udgør|beløber[ \t]+sig[ \t]+til)[ \t\n]+"
    r"(?:(?:projektet|indsatsen|det)[ \t\n]+)?"  # "Samlet koster projektet 1,5 millioner"
    r"|(?:koster|kostede|udgør)[ \t\n]+(?:i[ \t]+alt|samlet)[ \t\n]+"
    # "Den samlede udvidelse koster DKK 8,1 mio.", "Samlet er projektet budgetteret til …"
    r"|(?:samlet|samlede)[ \t\n]+[a-zæøå]+[ \t\n]+(?:koster|kostede|udgør)[ \t\n]+"
    r"|(?:samlet|i[ \t]+alt)[ \t\n]+er[ \t\n]+[a-zæøå]+[ \t\n]+budgetteret[ \t\n]+til[ \t\n]+"
    r"|i[ \t]+alt[ \t]+(?:et[ \t]+)?budget[ \t]+på[ \t\n]+"
    r"|[a-zæøå]*budget(?:tet)?[ \t]+på[ \t]+i[ \t]+alt[ \t\n]+"  # "anlægsbudgettet på i alt"
    # "Udgiften til pilotordningen er opgjort til i alt 620.000 kr."
    r"|udgift(?:en|erne)?[^.;\n]{0,60}?(?:opgjort|anslået|beregnet)[ \t]+til[ \t]+i[ \t]+alt"
    r"[ \t\n]+"
    # "Samlet har projektet et budget på …"
    r"|samlet[ \t]+(?:[a-zæøå]+[ \t]+){1,3}?(?:et[ \t]+)?budget[ \t]+(?:på|er|udgør)[ \t\n]+"
    # the project's budget, said of the project itself: "Projektet har et budget på DKK 1,1
    # mio.", "Indsatsens budget er på 900.000 kr." (not a yearly one: "… på 300.000 kr. om året")
    rf"|(?:{_SELF_WORDS})[ \t\n]+har[ \t\n]+et[ \t\n]+budget[ \t\n]+på[ \t\n]+"
    rf"|(?:{_SELF_WORDS})s[ \t\n]+budget[ \t\n]+(?:er[ \t\n]+(?:på[ \t\n]+)?|udgør[ \t\n]+)"
    r")\Z"
)
# words before an amount that state it as a sum of parts, which a total stated in so many
# words beats: yearly amounts or shares ("780.000 kr. årligt, i alt 1,56 mio. kr.", "… 1,4
# mio. kr. i 2027, i alt 2,6 mio. kr.", "… med 425.000 kr. hver, i alt 850.000 kroner", "en
# årlig ramme på 450.000 kr., i alt 1,35 mio. kr.")
_SUM_BEFORE = re.compile(
    rf"(?i)(?:{_YEARLY}|årlige?|hver|(?:kr\.|kroner)[ \t]+i[ \t]+(?:19|20)\d\d)(?![\wæøå])"
    r"(?:[^.;\n]|(?<=kr|io)\.|\.(?=\d)){0,60}?[ \t]i[ \t]+alt[ \t\n]+\Z"
)
# an amount a sentence gives as the cost of a period of years: "Projektet koster 3,4 mio. kr.
# over tre år", "Driften koster 6,8 mio. kr. om året – 20,4 mio. kr. over tre år"
_COST_BEFORE = re.compile(rf"(?i)(?:koster|budget|{_YEARLY})(?![\wæøå])[^.;\n]*\Z")
_OVER_YEARS = re.compile(
    r"[ \t]+over[ \t]+(?:\d|to|tre|fire|fem|seks)[ \t]*(?:-[ \t]*)?(?:år|årig)(?![\wæøå])"
)
_YEARLY_AFTER = re.compile(rf"[ \t]+{_YEARLY}(?![\wæøå])")  # "300.000 kr. om året"
# a budget's total row, its one amount the last thing on the line: "I alt   3.640.000 kr."
_TOTAL_ROW = re.compile(r"(?i)(?:^|\n)[ \t]*(?:i[ \t]+alt|total)[ \t:]*\Z")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
# a sentence whose subject is several grants or projects: their sum is no one project's total
_SEVERAL = re.compile(
    r"(?:\A|\n)\s*(?:(?:De|Disse)\s+(?:[a-zæøå]+\s+){0,2}"
    r"(?:tilsagn|bevillinger|projekter|indsatser|midler)"
    r"|Bevillingerne|Tilsagnene|Projekterne|Indsatserne)(?![\wæøå])"
)
_TOTAL_AFTER = re.compile(r"[ \t]*i[ \t]+alt\b", re.I)  # an amount followed by "i alt"
# a relative clause, and a pool named as where money came from ("fra Puljen til X"): what
# decides whether a total after them is the pool's or the project's (``_pool_clause``)
_RELATIVE = re.compile(r",[ \t]+(?:som|der)(?![\wæøå])")
_FROM_POOL = re.compile(
    # (its owner's name may stand before it: 'fra Styrelsen for Arbejdsmarked og
    # Rekrutterings "Pulje til …"')
    r"(?<![\wæøå])fra[ \t]+(?:[\wæøå]+[ \t]+){0,6}?[\"“«]?[\wæøå]*pulje[\wæøå]*"
)
# an amount written in a sentence: what stands after it is another clause
_AMOUNT_IN_TEXT = re.compile(
    r"\d[\d.,]*[ \t]*(?:mio\.|mia\.|t\.?kr\.)?[ \t]*(?:kr\.|kroner|DKK)"
    r"|(?:kr\.|DKK)[ \t]*\d[\d.,]*(?:[ \t]*(?:mio\.|mia\.))?"  # "DKK 1,6 mio."
)
# a budget field's label that says it holds the total: "7. Samlet budget", "Budget i alt"
_TOTAL_LABEL = re.compile(
    r"(?i)(?:samlet|samlede|total)[ \t]+(?:budget|økonomi|beløb|finansiering)[ \t]*:?\s*\Z"
    r"|(?:budget|økonomi)[ \t]+i[ \t]+alt[ \t]*:?\s*\Z"
)
# budget fields' labels that say they hold the amount applied for ("Ansøgt beløb:") or the
# amount granted or recommended ("Indstillet:")
_APPLIED_LABEL = re.compile(r"(?i)(?<![\wæøå])(?:ansøgt|søgt)(?:[ \t]+beløb)?[ \t]*:?\s*\Z")
_GRANTED_LABEL = re.compile(
    r"(?i)(?<![\wæøå])(?:indstillet|bevilget|bevilling|tilsagn|tilskud)"
    r"(?:[ \t]+beløb)?[ \t]*:?\s*\Z"
)
# a full stop that ends a sentence, not an abbreviation's ("18 mio. kr., til projektet")
# (not an initial's: "A.P. Møller Fonden", "H.C. Andersen")
_SENTENCE_END = re.compile(
    r"(?<![ \t\n.(][A-ZÆØÅ])[.!?](?=[ \t]*\n|[ \t]+[A-ZÆØÅ\"“”«»„–-]|[ \t]*\Z)"
)
# what has been spent: never the project's amount ("Forbruget pr. 31. marts 2025 udgør …")
_SPENT = r"(?:forbrug|forbrugt|forbruget)\b[^;\n]{0,40}"
_SPENT_BEFORE = re.compile(rf"(?i)\b{_SPENT}$")
# an amount that is a part of the one before it ("heraf 860.000 kr.", "hvoraf 40 pct."), or
# what has been spent of it ("Forbrug pr. 30.06.2024: …")
_PART_BEFORE = re.compile(
    r"(?i)\b(?:(?:heraf|hvoraf|deraf|herunder|hvorunder)\b[^.;\n]*"
    rf"|{_SPENT}"
    # or what is left of a pool: "de resterende 300.000 kr. overføres …"
    r"|(?:resterende|restbeløbet|restmidlerne|restmidler)\b[^.;\n]{0,20})$"
)
PART_WINDOW = 50  # how far before an amount the words making it a part or spent may stand
# Definite nouns by which a text names its own hospital, kommune or region.
_DEFINITE = re.compile(
    r"(?<![\wæøå])(?P<kind>sygehuse|hospitale|kommune|regione)(?:ts|t|ns|n)(?![\wæøå])", re.I
)
_HOME_KINDS = {
    "sygehuse": re.compile(r"(?i)sygehus|hospital"),
    "hospitale": re.compile(r"(?i)sygehus|hospital"),
    "kommune": re.compile(r" Kommune$"),
    "regione": re.compile(r"^Region "),
}
# "de fire kommuner", "kommunerne", "regionerne": plural definite references
_PLURAL_DEFINITE = re.compile(
    r"(?i)(?<![\wæøå])(?:de[ \t\n]+(?P<count>to|tre|fire|fem|seks|syv|otte|ni|ti|\d{1,2})"
    r"[ \t\n]+)?(?P<kind>kommune|regione)(?P<suffix>rne|r)(?![\wæøå])"
)
_COUNT_WORDS = {
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
}
_FIELD_LINE = re.compile(r"\n(?=[ \t]*[A-ZÆØÅ][\w -]{1,40}:)")
_AFFILIATION = re.compile(r"[ \t]*\(([^()\n]{2,120})\)")  # "Name (Org og Org)"


# what may follow a heading on its line: its amount in brackets or after a dash
_HEADING_LINE_REST = re.compile(r"[ \t]*(?:(?:\(|[–-][ \t])[^\n]*)?")
# between the organisations of a run: "A, B og C", "A samt B"
_SUBJECT_JOINER = re.compile(r"(?:,[ \t]*|[ \t]+(?:og|samt)[ \t]+)")


def _starts_with_name(text: str, at: int, name: str) -> bool:
    """Whether ``name`` stands at ``at`` as a whole word or words."""
    end = at + len(name)
    return text.startswith(name, at) and not (end < len(text) and text[end].isalnum())


def _said_before(words: re.Pattern, text: str, at: int, floor: int = 0) -> bool:
    """Whether ``words`` end right before the amount at ``at`` (within ``PART_WINDOW``
    characters, not before ``floor``): "heraf", "Forbruget pr. … udgør"."""
    return bool(words.search(text, max(floor, at - PART_WINDOW), at))


def _applied(text: str, at: int) -> bool:
    """Whether the amount at ``at`` is one applied for ("ansøgt om", "Der søges om")."""
    return bool(_APPLIED_BEFORE.search(text, max(0, at - 160), at))


# what may stand before a name that has its line to itself: a short label ("Projekt 1: ",
# "Delprojekt B – ") or nothing
_LABEL_BEFORE_NAME = re.compile(
    rf"[ \t]*(?:[A-ZÆØÅ][\wæøå]*(?:[ \t]+[\wæøå]{{1,3}})?[ \t]*(?::|[ \t][–-])[ \t]*)?"
    rf"[{OPEN_QUOTES}]?"
)
# the price a thing was done for, before its amount: "gennemførte … for 2,1 mio. kr."
_PRICE_BEFORE = re.compile(r"(?<![\wæøå])for[ \t]+\Z")
# a short line of words without a stop, over a line opening with a capital: a heading
_HEADING_ABOVE = re.compile(r"\n[ \t]*[A-ZÆØÅ][^\n.,;:!?–-]{2,58}[a-zæøå][ \t]*\n[A-ZÆØÅ]\Z")


def _head_noun_forms(title: str) -> tuple[str, ...]:
    """The definite forms of a name's head noun, by which a text refers back to it:
    "sundhedshuset" of "Sundhedshus Nexø", "linjen" of "Linje 4 Syd" (a name of two words or
    more that opens with a capitalised noun)."""
    words = title.split()
    head = words[0].lower() if len(words) >= 2 else ""
    if not (len(head) >= 5 and head.isalpha() and words[0][1:].islower()):
        return ()
    return (head + "n", head + "t") if head.endswith("e") else (head + "en", head + "et")


@lru_cache(maxsize=4)
def _sentence_stops(text: str) -> list[int]:
    """Where the text's sentences end (the full stops of ``_SENTENCE_END``), in order."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def sentence_start_of(text: str, floor: int, at: int) -> int:
    """Where the sentence holding ``at`` starts (after a full stop that ends a sentence, not
    an abbreviation's as in "1,2 mio. kr. til", or a blank line), not before ``floor``; a
    full stop right before ``at`` ("ca. 1,2 mio. kr.") counts as one."""
    stops = _sentence_stops(text)
    i = bisect_left(stops, at) - 1
    last = stops[i] if i >= 0 else -1
    before = at
    while before > floor and text[before - 1] in " \t":
        before -= 1
    if before > floor and text[before - 1] in ".!?":
        last = max(last, before - 1)
    if last < floor:
        last = -1
    # (or a heading's line right above it: "Statslig pulje betaler en tredjedel\nProjektet har
    # et samlet budget på …")
    line = text.rfind("\n", floor, at)
    if line > 0 and _HEADING_ABOVE.search(text, max(floor, line - 64), line + 2):
        last = max(last, line)
    return max(last, text.rfind("\n\n", floor, at), floor)


# a line opening a list item: a decision's "- godkender, at …" is a clause of its own
_ITEM_LINE = re.compile(rf"\n[ \t]*(?:{ITEM_MARK}|\d{{1,2}}\.[ \t]+)")


def amount_clause(text: str, floor: int, end: int, start: int, stop: int) -> tuple[int, int, int]:
    """Where the sentence holding the amount at ``start:stop`` starts (not before ``floor``),
    where the list item holding it starts, and where that item ends (not after ``end``): a
    decision's "- godkender, at …" is a clause of its own, under the words that lead its
    list."""
    s_start = item_start = sentence_start_of(text, floor, start)
    # the sentence's end, not an abbreviation's full stop ("18 mio. kr., til …")
    # (which may be the amount's own: "… svarende til 1,2 mio. kr. Administrationen")
    full_stop = _SENTENCE_END.search(text, stop - 1)
    s_end = full_stop.start() if full_stop and full_stop.start() < end else end
    for item in _ITEM_LINE.finditer(text, s_start, s_end):
        if item.start() < start:
            item_start = item.end()
        else:
            s_end = item.start()
            break
    return s_start, item_start, s_end


# a table's header cell naming its total column: "Samlet budget", "I alt"
_TOTAL_HEADER_CELL = re.compile(TOTAL_WORDS, re.I)


def _total_column(table: str) -> int | None:
    """Which column of a table between bars its header names the total's: "| År | Samlet
    budget | Heraf søgt i puljen |" → 2 (the text before the first bar counts as one)."""
    for line in table.split("\n"):
        if "|" in line:
            cells = line.split("|")
            return next(
                (i for i, c in enumerate(cells) if _TOTAL_HEADER_CELL.fullmatch(c.strip())), None
            )
    return None


@lru_cache(maxsize=256)
def names_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for any of ``names`` as whole words (the longest first), none for none
    (kept: a project's spans mostly ask for the same names)."""
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\wæøå])(?:{alternatives})(?![\wæøå])")


def given_to_another(text: str, at: int, others: re.Pattern) -> bool:
    """Whether the amount ending at ``at`` is given to another of the document's projects by
    name (``others``): "… er 200.000 kr. til Sydfyns Videolæge samt …"."""
    to = _TO_NAMED.match(text, at)
    return bool(to) and others.match(text, to.end()) is not None


def names_another(clause: str, names, others: re.Pattern | None) -> bool:
    """Whether ``clause`` names another of the document's projects (``others``) and none of
    this one's ``names``: "X igangsættes med et samlet budget på 3,4 mio. kr." is X's total,
    not that of the project whose section it stands in."""
    if others is None:
        return False
    lower = clause.lower()
    if any(name.lower() in lower for name in names):
        return False
    # (a name of one word only inside the sentence: "Borgere …" opens many)
    return any(" " in m[0] or clause[: m.start()].strip() for m in others.finditer(clause))


def of_another(text: str, start: int, end: int, amount: Span, names, others) -> bool:
    """Whether the amount of the section ``start:end`` is another project's: its list item or
    sentence names another and not this one, or gives it "til" another by name."""
    if others is None:
        return False
    _, item_start, item_end = amount_clause(text, start, end, amount.start_char, amount.end_char)
    return names_another(text[item_start:item_end], names, others) or given_to_another(
        text, amount.end_char, others
    )


def line_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``, cut at lines that open a labelled field."""
    s, e = sentence_bounds(text, start, end)
    for m in _FIELD_LINE.finditer(text, s, e):
        if m.start() < start:
            s = m.end()
        elif m.start() >= end:
            e = m.start()
            break
    return s, e


def collaboration_label(extraction: Extraction, keys) -> str:
    """A name for a partnership the text states without naming it: its parties
    ("Samarbejde: Odense Kommune og OUH"); the sentence itself is kept as evidence."""
    names = [extraction.organisation(key).name for key in keys]
    shown = names[:3] + (["flere"] if len(names) > 3 else [])
    listed = ", ".join(shown[:-1]) + " og " + shown[-1] if len(shown) > 1 else shown[0]
    return f"Samarbejde: {listed}"


def person_key(name: str) -> str:
    words = name.casefold().split()
    return f"{words[0]} {words[-1]}" if words else ""


def longest_names(names: list[str]) -> dict[str, str]:
    """A name that opens a longer name of the same document is that person, cut short
    (a line break inside the name: "Mette Skovgaard / Iversen")."""
    words = {n: n.casefold().split() for n in dict.fromkeys(names)}
    found = {}
    for name, w in words.items():
        if len(w) < 2:
            continue
        longer = [m for m, v in words.items() if len(v) > len(w) and v[: len(w)] == w]
        if len(longer) == 1:
            found[name] = longer[0]
    return found


class Assembler:
    """Builds one document's ``Extraction`` from the spans the components published."""

    def __init__(
        self, reference: ReferenceData | None = None, patterns: OrgPatterns | None = None
    ) -> None:
        self.reference = reference or load_reference()
        self.patterns = patterns or OrgPatterns.load()
        self.rules = SectionRules.load()
        self.money = MoneyReader()
        owner_words = alternatives(
            label for label, kind in self.rules.fields.items() if kind == "owner"
        )
        # "X er projektejer", "X (tovholder)", "med X som projektansvarlig"
        self._owner_after = re.compile(
            rf"(?i)[ \t\n]+(?:er|som|bliver|var)[ \t\n]+(?:{owner_words})(?![\wæøå])"
        )

    def __call__(self, doc: Doc, document: SourceDocument) -> Extraction:
        offsets = normalized_text(doc)
        extraction = Extraction(document=document)
        org_at = self._organisations(doc, document, offsets, extraction)
        people_at = self._people(doc, document, offsets, extraction, org_at)
        pools = self._pools(doc, document, offsets, extraction, org_at)
        self._projects(doc, document, offsets, extraction, org_at, people_at, pools)
        self._collaborations(doc, offsets, extraction, org_at)
        self._member_lists(doc, offsets, extraction, org_at)
        return extraction

    # ------------------------------------------------------------ organisations
    def _organisations(self, doc, document, offsets, extraction) -> dict[tuple[int, int], str]:
        org_at: dict[tuple[int, int], str] = {}
        by_identity: dict[str, Organisation] = {}
        group = doc.spans.get(ORGS_KEY, [])
        origins = group.attrs.get(SOURCES_ATTR, []) if len(group) else []
        alias_of = group.attrs.get(ALIAS_ATTR, []) if len(group) else []
        rows = list(zip(group, origins, alias_of or [None] * len(group), strict=True))
        # abbreviations last: they join the organisation their long form made
        rows.sort(key=lambda row: row[2] is not None)
        for span, (component, confidence), long in rows:
            surface = clean_name(span.text)
            if not surface:
                continue
            if long is not None and tuple(long) in org_at:
                org = extraction.organisation(org_at[tuple(long)])
                org.aliases.add(surface)
                org_at[(span.start_char, span.end_char)] = org.key
                start, end = offsets.to_original(span.start_char, span.end_char)
                org.mentions.append(
                    Mention(start, end, document.text[start:end], component, float(confidence))
                )
                continue
            ref = self.reference.orgs.get(span.kb_id_) if span.kb_id_ else None
            name = ref.name if ref else self.canonical(span)
            identity = f"ref:{ref.id}" if ref else f"name:{match_key(name)}"
            org = by_identity.get(identity)
            if org is None:
                org = Organisation(
                    key=f"o{len(by_identity) + 1}",
                    name=name,
                    kind=ref.kind if ref else OrgKind(span.label_),
                    reference_id=ref.id if ref else None,
                )
                by_identity[identity] = org
                extraction.organisations.append(org)
            if surface != org.name:
                org.aliases.add(surface)
            org_at[(span.start_char, span.end_char)] = org.key
            start, end = offsets.to_original(span.start_char, span.end_char)
            org.mentions.append(
                Mention(start, end, document.text[start:end], component, float(confidence))
            )
        self._units(doc, document, offsets, extraction, org_at, by_identity)
        return org_at

    def _units(self, doc, document, offsets, extraction, org_at, by_identity) -> None:
        """Units of a named parent (``org_units``): a parent link, or a new ``Unit, Parent``."""
        group = doc.spans.get(UNITS_KEY)
        if group is None:
            return
        parents = group.attrs.get(PARENTS_ATTR, [])
        existing = group.attrs.get(EXISTING_ATTR, [])
        for span, parent_span, known in zip(group, parents, existing, strict=True):
            parent_key = org_at.get(tuple(parent_span))
            if parent_key is None:
                continue
            parent = extraction.organisation(parent_key)
            evidence = self._evidence(doc, offsets, span.start_char, parent_span[1])
            if known:
                key = org_at.get((span.start_char, span.end_char))
                if key and key != parent_key:
                    unit = extraction.organisation(key)
                    if unit.parent is None and unit.reference_id is None:
                        unit.parent, unit.parent_evidence = parent_key, evidence
                continue
            surface = clean_name(span.text)
            name = f"{surface}, {parent.name}"
            identity = f"name:{match_key(name)}"
            unit = by_identity.get(identity)
            if unit is None:
                unit = Organisation(
                    key=f"o{len(extraction.organisations) + 1}",
                    name=name,
                    kind=OrgKind(span.label_),
                    parent=parent_key,
                    parent_evidence=evidence,
                )
                by_identity[identity] = unit
                extraction.organisations.append(unit)
            unit.aliases.add(surface)
            org_at[(span.start_char, span.end_char)] = unit.key
            start, end = offsets.to_original(span.start_char, span.end_char)
            unit.mentions.append(
                Mention(start, end, document.text[start:end], "samspil_org_units", 0.75)
            )

    def canonical(self, span: Span) -> str:
        """The name without a genitive on its head: ``Socialstyrelsens`` → ``Socialstyrelsen``."""
        name = clean_name(span.text)
        last = name.split()[-1] if name else ""
        return strip_genitive(name) if self.patterns.is_genitive_head(last) else name

    # ------------------------------------------------------------------- people
    def _people(self, doc, document, offsets, extraction, org_at) -> dict[tuple[int, int], str]:
        people_at: dict[tuple[int, int], str] = {}
        group = doc.spans.get("person")
        if group is None:
            return people_at
        by_key: dict[str, Person] = {}
        titles = group.attrs.get(TITLES_ATTR, [None] * len(group))
        orgs = group.attrs.get(ORGS_ATTR, [None] * len(group))
        origin = (
            group.attrs.get(COMPONENT_ATTR, "samspil_people"),
            group.attrs.get(CONFIDENCE_ATTR, 0.85),
        )
        sources = group.attrs.get(SOURCES_ATTR, [origin] * len(group))
        longer = longest_names([clean_name(span.text) for span in group])
        for span, title, org_span, (component, confidence) in zip(
            group, titles, orgs, sources, strict=True
        ):
            name = clean_name(span.text)
            key = person_key(longer.get(name, name))
            person = by_key.get(key)
            if person is None:
                person = Person(key=f"p{len(by_key) + 1}", name=name)
                by_key[key] = person
                extraction.people.append(person)
            elif len(name) > len(person.name):
                person.name = name
            if title and not person.job_title:
                person.job_title = title
            if org_span and not person.organisation and tuple(org_span) in org_at:
                person.organisation = org_at[tuple(org_span)]
                person.evidence = self._evidence(doc, offsets, span.start_char, org_span[1])
            people_at[(span.start_char, span.end_char)] = person.key
            start, end = offsets.to_original(span.start_char, span.end_char)
            person.mentions.append(
                Mention(start, end, document.text[start:end], component, float(confidence))
            )
        return people_at

    # -------------------------------------------------------------------- pools
    def _pools(self, doc, document, offsets, extraction, org_at) -> list[FundingPool]:
        group = doc.spans.get(POOLS_KEY)
        if group is None:
            return []
        by_key: dict[str, FundingPool] = {}
        names = group.attrs.get(NAMES_ATTR, [])
        admins = group.attrs.get(ADMIN_ATTR, [])
        amounts = group.attrs.get(VALUES_ATTR, [])
        amount_spans = group.attrs.get(VALUE_SPANS_ATTR, [None] * len(amounts))
        for span, name, admin, amount, amount_span in zip(
            group, names, admins, amounts, amount_spans, strict=True
        ):
            key = match_key(name)
            pool = by_key.get(key)
            if pool is None:
                pool = FundingPool(key=f"f{len(by_key) + 1}", name=name)
                by_key[key] = pool
                extraction.funding_pools.append(pool)
            surface = clean_name(span.text)
            if surface != pool.name:
                pool.aliases.add(surface)
            if admin and not pool.administered_by and tuple(admin[:2]) in org_at:
                pool.administered_by = org_at[tuple(admin[:2])]
                pool.evidence = self._evidence(doc, offsets, admin[2], admin[3])
            start, end = offsets.to_original(span.start_char, span.end_char)
            mention = Mention(start, end, document.text[start:end], "samspil_pools", 0.8)
            pool.mentions.append(mention)
            if amount is not None and pool.amount is None:
                # the amount's own place in the text, so that no project takes it too
                if amount_span is not None:
                    a, b = offsets.to_original(*amount_span)
                    mention = Mention(a, b, document.text[a:b], "samspil_pools", 0.8)
                pool.amount = Money(Decimal(amount), mention)
        return extraction.funding_pools

    # ----------------------------------------------------------------- projects
    def _projects(self, doc, document, offsets, extraction, org_at, people_at, pools) -> None:
        group = doc.spans.get(HEADINGS_KEY)
        if group is None:
            return
        fields = list(doc.spans.get(FIELDS_KEY, []))
        field_factors = {
            (f.start_char, f.end_char): factor
            for f, factor in zip(
                fields,
                doc.spans[FIELDS_KEY].attrs.get(FACTORS_ATTR, []) if fields else [],
                strict=False,
            )
        }
        money = list(doc.spans.get("money", []))
        money_values = doc.spans["money"].attrs.get(VALUES_ATTR, []) if money else []
        dates = list(doc.spans.get("date", []))
        date_values = doc.spans["date"].attrs.get(VALUES_ATTR, []) if dates else []
        by_key: dict[str, Project] = {}
        # organisations named as a person's workplace ("Name, title, Org") are no participants
        people_group = doc.spans.get("person")
        not_participants = {
            tuple(o[:2])
            for o in (people_group.attrs.get(ORGS_ATTR, []) if people_group is not None else [])
            if o
        } | self._affiliations(offsets.text, org_at, people_at)
        # nor is a body read inside a project's name ('"Hjerteskolen Online"'), unless a
        # known one ("Faldfri i Gladsaxe")
        name_spans = sorted((h.start_char, h.end_char) for h in group)
        name_starts = [a for a, _ in name_spans]
        unknown = {o.key for o in extraction.organisations if o.reference_id is None}
        not_participants |= {
            pos
            for pos, key in org_at.items()
            if key in unknown
            and any(
                pos[1] <= b
                for _, b in name_spans[: bisect_right(name_starts, pos[0])][-MAX_NAMES_AT:]
            )
        }
        pool_money = {
            (m.start, m.end) for pool in pools if pool.amount for m in [pool.amount.mention]
        }
        bodies = self._bodies(extraction)
        stated_totals: set[str] = set()  # projects whose amount was stated as their total
        guessed_amounts: set[str] = set()  # projects whose amount's sentence did not name them
        shared_amounts: set[str] = set()  # projects whose amount a sentence gave "til" them
        titles = group.attrs["titles"]
        owners = group.attrs[OWNERS_ATTR]
        sections = group.attrs[SECTIONS_ATTR]
        acronyms = group.attrs.get(ACRONYMS_ATTR) or [None] * len(group)
        tagged = group.attrs.get(TAGGED_ATTR) or [False] * len(group)
        row_cells = group.attrs.get(CELLS_ATTR) or [()] * len(group)
        # who found each name: the rules, or the project-name model (its own confidence)
        model = doc.spans.get(PROJECT_MODEL_KEY)
        finders = {
            False: ("samspil_sections", 0.8),
            True: (model.attrs[COMPONENT_ATTR], model.attrs[CONFIDENCE_ATTR]) if model else None,
        }
        # the document's main project: the one its first lines name (a title, a lead)
        first = min(range(len(group)), key=lambda i: group[i].start_char, default=None)
        main_key = (
            title_key(titles[first])
            if first is not None and group[first].start_char < MAIN_PROJECT_LINES
            else None
        )
        # every name each project goes by, to tell its sentences from another's
        names_by_key: dict[str, set[str]] = {}
        for span, title in zip(group, titles, strict=True):
            names_by_key.setdefault(title_key(title), set()).update((title, span.text))
        several = len(names_by_key) > 1
        block_sections = [
            (*section, title_key(title))
            for span, title, section in zip(group, titles, sections, strict=True)
            if span.label_ == "BLOCK" and section is not None
        ]
        for span, title, owner_span, section, acronym, by_model, cells in zip(
            group, titles, owners, sections, acronyms, tagged, row_cells, strict=True
        ):
            key = title_key(title)
            if not key:
                continue
            project = by_key.get(key)
            if project is None:
                project = Project(key=f"j{len(by_key) + 1}", title=title)
                by_key[key] = project
                extraction.projects.append(project)
            start, end = offsets.to_original(span.start_char, span.end_char)
            project.mentions.append(
                Mention(start, end, document.text[start:end], *finders[by_model])
            )
            # the shorter names the title holds and the acronym the text gives it
            project.aliases |= short_forms(title) | ({acronym} if acronym else set())
            if section is None:
                continue
            s_start, s_end = section
            inline = span.label_ == "INLINE"
            if project.evidence is None or not inline:
                project.evidence = self._evidence(doc, offsets, span.start_char, span.end_char)
            if owner_span:
                # "Projekt A og B: «Title»": every organisation the heading names applies
                keys = self._orgs_in(org_at, owner_span[0], owner_span[1])
                if keys and project.owner is None:
                    project.owner = keys[0]
                for k in keys:
                    if k not in project.participants:
                        project.participants.append(k)
            # where the sentence naming the project starts, and where that paragraph ends
            naming_start = line_sentence(offsets.text, span.start_char, span.end_char)[0]
            paragraph_end = offsets.text.find("\n\n", span.end_char)
            paragraph_end = s_end if paragraph_end < 0 else min(s_end, paragraph_end)
            # a name in running text whose section starts before its sentence (the only
            # project, spoken of from the document's lead): its money is read from its own
            # sentence to its paragraph's end first, from the whole section when none is
            # found there
            money_windows = [(s_start, s_end)]
            if inline and s_start < naming_start:
                money_windows.insert(0, (naming_start, paragraph_end))
            # (and the short name before a dash: "PiP" of "PiP – Psykiatri i Praksis")
            short = DASH.split(title, maxsplit=1)[0]
            short = short if short != title and sum(c.isupper() for c in short) >= 2 else None
            # (and its head noun's definite form: "Sundhedshuset har et budget på …")
            names = (
                *(n for n in (title, span.text, acronym, short) if n),
                *_head_noun_forms(title),
            )
            lowered = [name.lower() for name in names]
            others = names_pattern(
                tuple(
                    sorted(
                        other
                        for other_key, other_names in names_by_key.items()
                        if other_key != key
                        for other in other_names
                        if not any(other.lower() in name for name in lowered)
                    )
                )
            )
            # a name in running text inside another project's section (an application's
            # pilot in its "Baggrund") reads a total in its own paragraph only: the
            # section's "Budget … I alt" is the section's project's
            nested = inline and any(
                b_start <= span.start_char < b_end and b_key != key
                for b_start, b_end, b_key in block_sections
            )
            total_windows = [(naming_start, paragraph_end)] if nested else money_windows
            if project.key not in stated_totals:
                # a total said in so many words beats a budget field's yearly parts and an
                # amount granted or applied for, wherever the project is named
                for window in total_windows:
                    total = self._stated_total(
                        offsets, document, *window, money, money_values, pool_money, names, others
                    )
                    if total is not None:
                        project.amount = total
                        stated_totals.add(project.key)
                        guessed_amounts.discard(project.key)
                        break
            # fields after a name in running text are the document's main project's, unless
            # they stand in the name's own paragraph or the name is its section's title
            # ("Punkt 58: Ansøgning om projekt X" over the item's budget table)
            titles_section = self._titles_section(
                offsets.text, s_start, span.start_char, span.end_char
            )
            field_end = (
                paragraph_end
                if inline and several and not titles_section and key != main_key
                else s_end
            )
            # a name in running text owns no field above its own sentence (a meeting's
            # "Deltagere:" list is no project's)
            field_start = max(s_start, naming_start) if inline else s_start
            in_section = [f for f in fields if field_start <= f.start_char < field_end]
            if cells:  # a table row read out column by column: its cells are its fields
                in_section = [f for f in fields if any(a <= f.start_char < b for a, b in cells)]
            # a field labelled as the total ("7. Samlet budget") before any other budget field
            # ("6. Ansøgt beløb"), one applied for after one granted ("Ansøgt: 3,9 mio. kr.
            # Indstillet: 3,2 mio. kr."): the first budget field read gives the amount
            budgets = [f for f in in_section if f.label_ == "budget"]
            granted = any(self._labelled(offsets.text, f, _GRANTED_LABEL) for f in budgets)
            in_section.sort(
                key=lambda f: (
                    not (f.label_ == "budget" and self._labelled(offsets.text, f, _TOTAL_LABEL)),
                    granted
                    and f.label_ == "budget"
                    and self._labelled(offsets.text, f, _APPLIED_LABEL),
                )
            )
            for f in in_section:
                if f.label_ in PARTICIPANT_FIELDS:
                    keys = self._orgs_in(org_at, f.start_char, f.end_char)
                    if f.label_ == "owner" and keys and project.owner is None:
                        project.owner = keys[0]
                    for k in keys:
                        if k not in project.participants:
                            project.participants.append(k)
                elif f.label_ == "contact":
                    for (ps, _pe), pkey in people_at.items():
                        if f.start_char <= ps < f.end_char and pkey not in project.contacts:
                            project.contacts.append(pkey)
                elif (
                    f.label_ == "budget"
                    # (a budget field beats an amount guessed from a sentence not naming it,
                    # or given to it in a share: "kommunen medfinansierer 850.000 kr. til X")
                    and (project.amount is None or project.key in guessed_amounts | shared_amounts)
                    # (an "Økonomi" paragraph about another of the item's projects, or
                    # about several: "De indstillede bevillinger udgør i alt …")
                    and not names_another(lead := f.text.split("\n\n", 1)[0], names, others)
                    and not _SEVERAL.search(lead)
                ):
                    amount = self._field_amount(doc, offsets, document, f, money, money_values)
                    factor = field_factors.get((f.start_char, f.end_char))
                    above = max(0, f.start_char - 600)
                    header = list(_KRONER_HEADER.finditer(offsets.text, above, f.start_char))
                    if amount is None and factor is None and header:
                        # a bare number under a "Budget (kr.)" or "Økonomi (t.kr.)" header
                        factor = unit_factor(header[-1]["unit"])
                    if amount is None and factor is not None:
                        # a bare number in a table column whose header gives the unit
                        # (parse_number reads "1 200 000" too: groups apart by spaces)
                        first_line = f.text.strip().split("\n")[0].rstrip(",-").strip()
                        value = parse_number(first_line)
                        if value is not None:
                            amount = self._money(
                                offsets, document, f.start_char, f.end_char, value * factor
                            )
                    if amount is None:
                        continue
                    project.amount = amount
                    guessed_amounts.discard(project.key)
                    shared_amounts.discard(project.key)
                    if self._labelled(offsets.text, f, _ECONOMY_LABEL):
                        # an agenda item's "Økonomi" may give a party's share ("Udgiften på
                        # 175.000 kr. …"): a larger amount a sentence gives the project by name
                        # ("PiP er finansieret af … med DKK 3,4 mio.") is the project's
                        named, of_project = self._cued_amount(
                            doc,
                            offsets,
                            document,
                            names,
                            s_start,
                            s_end,
                            money,
                            money_values,
                            pool_money,
                        )
                        if of_project and named is not None and named.value > amount.value:
                            project.amount = named
                    if self._labelled(offsets.text, f, _APPLIED_LABEL):
                        # a budget table's total beats the amount applied for ("Ansøgt
                        # beløb: 1.900 t.kr." and "5. Budget (t.kr.)" over "I alt … 2.450")
                        project.amount = self._table_total(
                            doc, offsets, document, budgets, amount, money, money_values
                        )
                elif f.label_ == "period" and project.start is None:
                    inside = [
                        (d, v)
                        for d, v in zip(dates, date_values, strict=True)
                        if f.start_char <= d.start_char < f.end_char
                    ]
                    # a period written on its label's line ends there ("Projektperiode: 1.
                    # oktober 2024 - 30. september 2026\nUdarbejdet …, juni 2025")
                    line_end = offsets.text.find("\n", f.start_char, f.end_char)
                    first_line = [v for d, v in inside if line_end < 0 or d.start_char < line_end]
                    inside = first_line or [v for _, v in inside]
                    if inside:
                        project.start = inside[0].first
                        if len(inside) > 1 or inside[0].first.year != inside[-1].last.year:
                            project.end = inside[-1].last
            after = s_start if inline else span.end_char
            # organisations inside the section's participant fields were read from the field
            in_fields = not_participants | {
                pos
                for f in in_section
                if f.label_ in PARTICIPANT_FIELDS
                for pos in org_at
                if f.start_char <= pos[0] < f.end_char
            }
            # the organisations before a project's name in the sentence naming it are its
            # subjects: "X og Y har fået 2 mio. kr. fra Z til projektet P" (Z pays: is_funder)
            # (under a heading, the organisations its paragraph opens with: "Sygehus
            # Sønderjylland, Haderslev Kommune og Tønder Kommune udvikler …")
            naming = (
                (naming_start, span.start_char)
                if inline
                else self._leading_subjects(offsets.text, org_at, span.end_char)
            )
            tied = self._tied_in_section(doc, org_at, s_start, s_end, after, in_fields, naming)
            tied += self._definite_references(offsets.text, bodies, s_start, s_end, after)
            for k in tied:
                if k not in project.participants:
                    project.participants.append(k)
            if project.amount is None or project.key in guessed_amounts:
                # given to it by name, where its section may not reach
                share = self._named_share(offsets, document, names, money, money_values)
                if share is not None:
                    project.amount = share
                    guessed_amounts.discard(project.key)
                    shared_amounts.add(project.key)
            if project.amount is None or project.key in guessed_amounts:
                # an amount whose sentence does not speak of the project yields to one, met
                # later, whose sentence does ("bevilger 3.600 t.kr. til team X")
                for window in money_windows:
                    amount, of_project = self._cued_amount(
                        doc,
                        offsets,
                        document,
                        names,
                        *window,
                        money,
                        money_values,
                        pool_money,
                        others,
                    )
                    if amount is not None:
                        break
                if project.amount is None or (amount is not None and of_project):
                    project.amount = amount
                    guessed_amounts.discard(project.key)
                    shared_amounts.discard(project.key)
                    if amount is not None and not of_project:
                        guessed_amounts.add(project.key)
            if project.start is None:
                self._cued_period(offsets, project, s_start, s_end, dates, date_values)
            if project.owner is None:
                project.owner = self._stated_owner(offsets.text, org_at, s_start, s_end)
            if project.owner and project.owner not in project.participants:
                project.participants.insert(0, project.owner)
            if len(pools) == 1 and project.funding_pool is None:
                project.funding_pool = pools[0].key

    def _stated_owner(self, text: str, org_at, start: int, end: int) -> str | None:
        """The organisation a project's text calls its owner: "X er projektejer", "med X
        som tovholder" (the words of the owner fields)."""
        for (o_start, o_end), key in sorted(org_at.items()):
            if start <= o_start < end and self._owner_after.match(text, o_end):
                return key
        return None

    @staticmethod
    def _affiliations(text: str, org_at, people_at) -> set[tuple[int, int]]:
        """Organisations in parentheses right after a person: "Name (SDU og OUH)"."""
        found: set[tuple[int, int]] = set()
        for _start, end in people_at:
            m = _AFFILIATION.match(text, end)
            if m:
                found.update(pos for pos in org_at if m.start(1) <= pos[0] < m.end(1))
        return found

    def _tied_in_section(
        self, doc, org_at, start: int, end: int, after: int, excluded=frozenset(), naming=None
    ) -> list[str]:
        """Organisations of a project's section whose sentence ties them to the project (or
        that stand in ``naming``, the part of a sentence before the project's name), unless
        named as paying for it or ``excluded`` (read elsewhere, or no participant)."""
        text = normalized_text(doc).text
        keys: list[str] = []
        seen: dict[tuple[int, int], bool] = {}
        for (o_start, o_end), key in sorted(org_at.items()):
            if not (after <= o_start and o_end <= end) or (o_start, o_end) in excluded:
                continue
            if key in keys or self.rules.is_funder(text, o_start, o_end):
                continue
            if naming and naming[0] <= o_start < naming[1]:
                keys.append(key)
                continue
            bounds = line_sentence(text, o_start, o_end)
            tied = seen.get(bounds)
            if tied is None:
                tied = bool(self.rules.participant_cue.search(text, bounds[0], bounds[1]))
                seen[bounds] = tied
            if tied:
                keys.append(key)
        return keys

    def _titles_section(self, text: str, section_start: int, at: int, end: int) -> bool:
        """Whether the name at ``at:end`` stands in its section's title line, an agenda
        item's ("Punkt 58: Ansøgning til TrygFonden om projekt X"), or is a line of its own,
        perhaps after a label ("Projekt 1: X")."""
        line_end = text.find("\n", section_start)
        if section_start <= at < line_end and self.rules.boundary.match(text, section_start):
            return True
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        return bool(
            _LABEL_BEFORE_NAME.fullmatch(text, line_start, at)
            and not text[end:line_end].strip(" \t" + CLOSE_QUOTES)
        )

    @staticmethod
    def _leading_subjects(text: str, org_at, heading_end: int) -> tuple[int, int] | None:
        """The run of organisations the line under a heading opens with ("A, B og C
        udvikler …"): the subjects of the paragraph about the heading's project."""
        line = text.find("\n", heading_end)
        if line < 0 or not _HEADING_LINE_REST.fullmatch(text, heading_end, line):
            return None  # a row of a table, its cells on the heading's line
        at = line + 1 + len(text[line + 1 :]) - len(text[line + 1 :].lstrip(" \t"))
        run_end = None
        for o_start, o_end in sorted(org_at):
            if o_start < at:
                continue
            if o_start != at:
                break
            run_end = o_end
            joiner = _SUBJECT_JOINER.match(text, o_end)
            at = joiner.end() if joiner else -1
        return (line + 1, run_end) if run_end is not None else None

    @staticmethod
    def _bodies(extraction: Extraction) -> dict[str, list[str]]:
        """The hospitals, kommuner and regions a document names (not their units), by the
        stem of the definite noun that refers to them ("sygehuset", "kommunen", "regionen")."""
        found: dict[str, list[str]] = {kind: [] for kind in _HOME_KINDS}
        for org in extraction.organisations:
            if "," in org.name or org.parent:
                continue
            for kind, head in _HOME_KINDS.items():
                if head.search(org.name) and org.key not in found[kind]:
                    found[kind].append(org.key)
        return found

    def _definite_references(self, text, bodies, start: int, end: int, after: int) -> list[str]:
        """Organisations a sentence of the section that ties parties to the project names by
        a definite noun: the document's one hospital, kommune or region ("sammen med
        sygehusets diætister", "i samarbejde med kommunen"), or all its kommuner (regions)
        ("mellem hospitalet og de fire kommuner", "sammen med kommunerne") when it names
        2-6 of them and as many as the text counts."""
        keys: list[str] = []
        for m in _DEFINITE.finditer(text, max(start, after), end):
            named = bodies.get(m["kind"].lower(), [])
            if len(named) != 1 or named[0] in keys:
                continue
            s, e = line_sentence(text, m.start(), m.end())
            if self.rules.participant_cue.search(text, s, e):
                keys.append(named[0])
        for m in _PLURAL_DEFINITE.finditer(text, max(start, after), end):
            count = m["count"]
            if m["suffix"] == "r" and not count:
                continue  # "andre kommuner": not the document's
            named = bodies[m["kind"].lower()]
            if count:
                count = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
            if (count and count != len(named)) or not 2 <= len(named) <= MAX_PLURAL:
                continue
            s, e = line_sentence(text, m.start(), m.end())
            if self.rules.participant_cue.search(text, s, e):
                keys.extend(k for k in named if k not in keys)
        return keys

    def _cued_period(self, offsets, project, start, end, dates, values) -> None:
        """The dates of the first sentence of the section that speaks of a period; a date
        after an end cue ("udløber 31. december 2025", "løber til …") is only the end, and
        the start may come from another sentence ("siden 1. april 2023")."""
        text = offsets.text
        for d, value in zip(dates, values, strict=True):
            if not start <= d.start_char < end:
                continue
            s, e = line_sentence(text, d.start_char, d.end_char)
            sentence = text[s:e].lower()
            if not any(cue in sentence for cue in self.rules.period_cues):
                continue
            if self._ends_period(text, s, d.start_char):
                project.end = project.end or value.last
            elif project.start is None:
                inside = [
                    v2
                    for d2, v2 in zip(dates, values, strict=True)
                    if s <= d2.start_char < e and not self._ends_period(text, s, d2.start_char)
                ]
                project.start = inside[0].first
                if len(inside) > 1 or inside[0].first.year != inside[-1].last.year:
                    project.end = project.end or inside[-1].last
            if project.start is not None and project.end is not None:
                return

    def _ends_period(self, text: str, sentence_start: int, at: int) -> bool:
        """Whether an end cue stands right before the date at ``at``."""
        return bool(self.rules.period_end.search(text, max(sentence_start, at - 30), at))

    @staticmethod
    def _orgs_in(org_at, start: int, end: int) -> list[str]:
        keys = [k for (s, e), k in sorted(org_at.items()) if start <= s and e <= end]
        return list(dict.fromkeys(keys))

    def _field_amount(self, doc, offsets, document, field, money, values) -> Money | None:
        text = field.text
        unit = _TABLE_UNIT.search(text)
        total = re.search(r"(?i)\bi\s*alt\b", text)
        if total and not unit and _DECIMAL_CELL.search(text[total.end() :]):
            # a yearly table without its unit: the unit of the document's last such table
            before = list(_TABLE_UNIT.finditer(offsets.text, 0, field.start_char))
            unit = before[-1] if before else None
        rows = list(_TOTAL_ROW_START.finditer(text))
        if rows and not unit:
            # a total row of whole kroner: "I alt   490.000   1.470.000   2.860.000"
            row_start = rows[-1].end()
            row = text[row_start : text.find("\n", row_start) % (len(text) + 1)]
            number = _BAR_CELL_NUMBER if "|" in row else _KRONER_NUMBER
            if not row.strip():  # a table read out one cell per line: the cells below
                cells = _CELL_LINES.match(text, row_start + len(row) + 1)
                row = text[row_start : cells.end()] if cells else row
                number = _LINE_CELL_NUMBER
            # (a row of cells between bars, or one cell per line, may group thousands with
            # blanks: "| 1 882 000", "1 780 000")
            kroner = list(number.finditer(row))
            if not kroner and number is _KRONER_NUMBER:
                # (a table set in columns may group thousands with blanks: "I alt   390 000
                # 980 000   1 980 000")
                kroner = list(_BLANK_GROUPED_NUMBER.finditer(row))
            if kroner and not _NUMBER.search(row, kroner[-1].end()):
                # (in a table of the budget beside what is spent of it, "Bevilling  Forbrug",
                # the total row's first amount is the budget's; in one whose header names a
                # total column, "| År | Samlet budget | Heraf søgt |", that column's)
                spent = _SPENT_COLUMN.search(text, 0, rows[-1].start())
                last = kroner[0] if spent else kroner[-1]
                if (column := _total_column(text[: rows[-1].start()])) is not None:
                    # (the row's cells from its line's start: "| I alt | 4.800.000 | …")
                    line_start = text.rfind("\n", 0, row_start) + 1
                    cells = text[line_start : row_start + len(row)].split("|")
                    at = sum(len(c) + 1 for c in cells[:column]) - (row_start - line_start)
                    last = next((k for k in kroner if k.start() >= at), last)
                s = field.start_char + row_start + last.start()
                e = field.start_char + row_start + last.end()
                return self._money(offsets, document, s, e, parse_number(last[0]))
        if unit and total:
            # the last total row's last number ("I alt  330  720  450  1.500"), else the last
            # number after the first "I alt" (a header's total column, the rows below it)
            if (
                rows
                and text[rows[-1].end() : text.find("\n", rows[-1].end()) % (len(text) + 1)].strip()
            ):
                after = rows[-1].end()
                stop = text.find("\n", after) % (len(text) + 1)
            else:
                after, stop = total.end(), len(text)
            numbers = [m for m in _NUMBER.finditer(text, after, stop)]
            numbers = [m for m in numbers if not re.fullmatch(r"(?:19|20)\d\d", m[0])]
            if numbers:
                last = numbers[-1]
                value = parse_number(last[0])
                factor = unit_factor(unit[0])
                if value is not None:
                    s = field.start_char + last.start()
                    e = field.start_char + last.end()
                    return self._money(offsets, document, s, e, value * factor)
        inside = [
            (m, v)
            for m, v in zip(money, values, strict=True)
            if field.start_char <= m.start_char < field.end_char
        ]
        inside = [
            (m, v) for m, v in inside if not _said_before(_SPENT_BEFORE, offsets.text, m.start_char)
        ]
        if not inside:
            return None
        # "1.240.000 kr. i alt …, heraf 860.000 kr. til løn": the amount stated as the total
        totals = [(m, v) for m, v in inside if _TOTAL_AFTER.match(offsets.text, m.end_char)]
        if totals:
            m, v = totals[0]
            return self._money(offsets, document, m.start_char, m.end_char, v)
        parts = [
            (m, v)
            for m, v in inside
            if _said_before(_PART_BEFORE, offsets.text, m.start_char, field.start_char)
        ]
        if len(parts) < len(inside):
            inside = [pair for pair in inside if pair not in parts]
        # "bevilget 685.000 kr. … I havde ansøgt om 820.000 kr.": what was granted, not asked
        granted = [
            (m, v)
            for m, v in inside
            if not _applied(offsets.text, m.start_char)
            and _GRANTED_BEFORE.search(offsets.text, max(0, m.start_char - 80), m.start_char)
        ]
        # "720.000 kr. (ansøgt 900.000 kr.)": the amount applied for, in brackets, yields
        inside = granted or [
            (m, v) for m, v in inside if not self._applied_beside_another(offsets.text, m, inside)
        ]
        first = _AMOUNT_LINE_THEN_PARAGRAPH.match(text)
        if first:
            # "Bevilling: 3.250.000 kr." and, a paragraph on, "… har i alt modtaget 41
            # ansøgninger … 63 mio. kr.": the amount on the label's line is the field's
            inside = [
                p for p in inside if p[0].start_char < field.start_char + first.end()
            ] or inside
        elif total:
            after = [(m, v) for m, v in inside if m.start_char >= field.start_char + total.start()]
            if after:
                inside = after
        m, v = max(inside, key=lambda pair: pair[1])
        return self._money(offsets, document, m.start_char, m.end_char, v)

    def _table_total(self, doc, offsets, document, budgets, applied, money, values) -> Money:
        """The total row of a budget table among ``budgets`` when it is more than the amount
        ``applied`` for (the part a total holds), else that amount."""
        for f in budgets:
            if _TOTAL_ROW_START.search(f.text) and not self._labelled(
                offsets.text, f, _APPLIED_LABEL
            ):
                total = self._field_amount(doc, offsets, document, f, money, values)
                if total is not None and total.value > applied.value:
                    return total
        return applied

    @staticmethod
    def _applied_beside_another(text: str, m, inside) -> bool:
        """The amount ``m`` is the one applied for, in brackets right after another of
        ``inside``: "720.000 kr. (ansøgt 900.000 kr.)"."""
        return any(
            o is not m and _APPLIED_IN_BRACKETS.fullmatch(text, o.end_char, m.start_char)
            for o, _ in inside
        )

    def _named_share(self, offsets, document, names, money, values) -> Money | None:
        """An amount the text gives the project by one of its ``names``, wherever it stands
        (outside the project's section too): "Heraf afsættes 300.000 kr. til Pårørendeskolen
        Sydvest" (not one applied for)."""
        text = offsets.text
        for m, v in zip(money, values, strict=True):
            to = _TO_NAMED.match(text, m.end_char)
            if (
                to
                and any(_starts_with_name(text, to.end(), name) for name in names)
                and not _applied(text, m.start_char)
            ):
                return self._money(offsets, document, m.start_char, m.end_char, v)
        return None

    def _stated_total(
        self, offsets, document, start, end, money, values, pool_money, names=(), others=None
    ) -> Money | None:
        """The first amount of the section stated as the project's total: "har et samlet
        budget på 4,6 mio. kr.", "Projektets samlede budget udgør …", "… 1,2 mio. kr. i alt";
        else the first stated as a sum of its years or shares ("… i alt 900.000 kr.", "… 20,4
        mio. kr. over tre år"); none whose sentence names one of the ``others`` projects and
        none of this one's ``names``."""
        text = offsets.text
        summed = None
        for m, v in zip(money, values, strict=True):
            if not start <= m.start_char < end:
                continue
            if offsets.to_original(m.start_char, m.end_char) in pool_money:
                continue
            if of_another(text, start, end, m, names, others):
                continue
            before = text[sentence_start_of(text, start, m.start_char) : m.start_char]
            total = (
                _TOTAL_BEFORE.search(before)
                or _TOTAL_AFTER.match(text, m.end_char)
                or (_TOTAL_ROW.search(before) and _LINE_END.match(text, m.end_char))
            )
            stated = (
                total
                or _SUM_BEFORE.search(before)
                or (_OVER_YEARS.match(text, m.end_char) and _COST_BEFORE.search(before))
            )
            if stated and not (
                _PART_BEFORE.search(before)
                or _YEARLY_AFTER.match(text, m.end_char)  # "… på 300.000 kr. om året"
                # a pool's own total ("Puljen har en samlet ramme på …"), not a project's
                # whose sentence named its pool before another amount ("støttet af puljen X
                # med 2.760.000 kr. og har et samlet budget på 3,4 mio. kr.")
                or _POOL_WORD.search(self._pool_clause(_AMOUNT_IN_TEXT.split(before)[-1]))
                or _SEVERAL.search(before)  # "De indstillede tilsagn udgør i alt …"
            ):
                if total:
                    return self._money(offsets, document, m.start_char, m.end_char, v)
                summed = summed or self._money(offsets, document, m.start_char, m.end_char, v)
        return summed

    def _cued_amount(
        self,
        doc,
        offsets,
        document,
        names,
        start,
        end,
        money,
        values,
        pool_money=frozenset(),
        others=None,
    ) -> tuple[Money | None, bool]:
        """The amount of the section whose sentence speaks of a total or a grant: first one
        that speaks of the project itself ("Projektet har fået bevilget …", or one of its
        ``names``: the title, the name as written where the section starts), then one applied
        for whose sentence names it ("har søgt … om 2,3 mio. kr. til projektet X"), else the
        first one whose sentence is not about a pool ("… afsatte 45 mio. kr. til puljen"); a
        year's amount ("… koster 1,9 mio. kr. om året") only when no other is found, and one
        applied for only when none of those is; none whose sentence names one of the
        ``others`` projects and not this one. With it, whether its sentence speaks of the
        project (never for an amount only applied for: what is found later may replace it)."""
        fallback = None
        yearly: tuple[Money, bool] | None = None
        applied: tuple[Money, bool] | None = None
        for m, v in zip(money, values, strict=True):
            if not start <= m.start_char < end:
                continue
            if offsets.to_original(m.start_char, m.end_char) in pool_money:
                continue
            if of_another(offsets.text, start, end, m, names, others):
                continue
            # (the words leading a list speak of each item: "Fakta: X\n– Budget: …")
            s_start, _, s_end = amount_clause(offsets.text, start, end, m.start_char, m.end_char)
            sentence = offsets.text[s_start:s_end].lower()
            of_project = bool(_PROJECT_WORD.search(sentence)) or any(
                name.lower() in sentence for name in names
            )
            if _said_before(_PART_BEFORE, offsets.text, m.start_char, start):
                continue  # "…, heraf 860.000 kr. til løn": a part of the amount before it
            if _applied(offsets.text, m.start_char):
                # an amount applied for counts only when nothing was granted to the project,
                # unless its sentence names the project and the granted one's does not
                if applied is None or (of_project and not applied[1]):
                    applied = (
                        self._money(offsets, document, m.start_char, m.end_char, v),
                        of_project,
                    )
                continue
            if _FROM_AFTER.match(offsets.text, m.end_char) and of_project:
                # "Projektet har fået 850.000 kroner fra X": a grant to the project, even
                # from a pool the sentence names
                return self._money(offsets, document, m.start_char, m.end_char, v), True
            # (money "fra" a giver is granted: "2,4 millioner kroner fra Region Sjællands
            # pulje skal …")
            if not (
                any(cue in sentence for cue in self.rules.amount_cues)
                or _FROM_AFTER.match(offsets.text, m.end_char)
                # (or what it was done for: "blev etableret for 3,8 mio. kr.")
                or _PRICE_BEFORE.search(offsets.text, max(0, m.start_char - 5), m.start_char)
            ):
                continue
            if _YEARLY_AFTER.match(offsets.text, m.end_char):
                if yearly is None or (of_project and not yearly[1]):
                    yearly = self._money(offsets, document, m.start_char, m.end_char, v), of_project
                continue
            if of_project:
                return self._money(offsets, document, m.start_char, m.end_char, v), True
            # money said to come from a pool is paid out of it ("et budget på 2,9 mio. kr.
            # fra udviklingspuljen"), not put into it
            if fallback is None and (
                not _POOL_WORD.search(sentence)
                or _FROM_AFTER.match(offsets.text, m.end_char)
                or _GRANTED_FROM_AFTER.match(offsets.text, m.end_char)
                # "har via sin pulje … givet tilsagn om 145.000 kroner": a grant out of it
                or _GRANT_OF.search(offsets.text, max(0, m.start_char - 30), m.start_char)
                # "X er finansieret af regionens Praksisudviklingspulje med DKK 3,4 mio."
                or _FUNDED_WITH.search(offsets.text, max(0, m.start_char - 120), m.start_char)
            ):
                fallback = self._money(offsets, document, m.start_char, m.end_char, v)
        if applied is not None and applied[1]:
            # (yet only applied for: a budget's total or a grant found later beats it)
            return applied[0], False
        if yearly is not None and (yearly[1] or fallback is None):
            return yearly
        return fallback or (applied[0] if applied else None), False

    @staticmethod
    def _pool_clause(clause: str) -> str:
        """The words before a total that may make it a pool's, in lower case: a pool the
        money came from is none ("DKK 1,6 mio. fra Puljen til X, og … det samlede budget
        på"), unless a relative clause speaks of it ("fra Puljen til X, som STAR udmøntede
        med en samlet ramme på")."""
        clause = clause.lower()
        return clause if _RELATIVE.search(clause) else _FROM_POOL.sub("", clause)

    @staticmethod
    def _labelled(text: str, field, label: re.Pattern) -> bool:
        """Whether the label before ``field``'s value is of the kind ``label`` matches."""
        return bool(label.search(text, max(0, field.start_char - 40), field.start_char))

    @staticmethod
    def _money(offsets, document, start, end, value) -> Money:
        s, e = offsets.to_original(start, end)
        mention = Mention(s, e, document.text[s:e], "samspil_money", 0.9)
        return Money(Decimal(value).quantize(Decimal(1)), mention)

    # ----------------------------------------------------------- collaborations
    def _collaborations(self, doc, offsets, extraction, org_at) -> None:
        group = doc.spans.get(COLLAB_KEY)
        if group is None:
            return
        projects = {p.key: p for p in extraction.projects}
        seen: set[tuple[str, ...]] = set()
        for span in group:
            keys = self._orgs_in(org_at, span.start_char, span.end_char)
            if len(keys) < 2:
                continue
            members = tuple(sorted(keys))
            if members in seen:
                continue
            seen.add(members)
            evidence = self._evidence(doc, offsets, span.start_char, span.end_char)
            extraction.collaborations.append(
                Collaboration(
                    key=f"c{len(extraction.collaborations) + 1}",
                    label=span.label_
                    if span.label_ not in ("", "COLLAB")
                    else collaboration_label(extraction, keys),
                    participants=list(keys),
                    evidence=evidence,
                )
            )
        del projects

    def _member_lists(self, doc, offsets, extraction, org_at) -> None:
        """A joint body's member list (people with their organisations) → one collaboration.

        A run of three or more people, each with an organisation, listed close together
        just after words that introduce a joint body's members (``Arbejdsgruppen
        sammensættes af …``, ``Følgende indgår i styregruppen``).
        """
        group = doc.spans.get("person")
        if group is None or not len(group):
            return
        text = offsets.text
        listed = [
            (span, org_at[tuple(o)])
            for span, o in zip(group, group.attrs.get(ORGS_ATTR, []), strict=True)
            if o and tuple(o) in org_at
        ]
        runs: list[list] = []
        for span, key in listed:
            if runs and span.start_char - runs[-1][-1][0].end_char <= MEMBER_GAP:
                runs[-1].append((span, key))
            else:
                runs.append([(span, key)])
        seen = {tuple(sorted(c.participants)) for c in extraction.collaborations}
        for run in runs:
            keys = list(dict.fromkeys(key for _, key in run))
            if len(run) < MIN_MEMBERS or len(keys) < 2:
                continue
            first = run[0][0].start_char
            cue = None
            for m in self.rules.member_cue.finditer(text, max(0, first - MEMBER_CUE_WINDOW), first):
                cue = m
            if cue is None or tuple(sorted(keys)) in seen:
                continue
            evidence = self._evidence(doc, offsets, cue.start(), cue.end())
            extraction.collaborations.append(
                Collaboration(
                    key=f"c{len(extraction.collaborations) + 1}",
                    label=collaboration_label(extraction, keys),
                    participants=keys,
                    evidence=evidence,
                )
            )

    @staticmethod
    def _evidence(doc: Doc, offsets: NormalizedText, start: int, end: int) -> Evidence:
        """The sentence (or line) around ``start:end``, as an ``Evidence`` in original offsets."""
        text = offsets.text
        s = max(
            i + 2 if i >= 0 else 0
            for i in (text.rfind(". ", 0, start), text.rfind("\n\n", 0, start))
        )
        s = max(s, start - MAX_EVIDENCE)
        e_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i >= 0]
        e = min([*e_candidates, len(text), end + MAX_EVIDENCE])
        if text[e : e + 1] == ".":
            e += 1
        o_start, o_end = offsets.to_original(s, max(e, s + 1))
        return Evidence(" ".join(text[s:e].split()), o_start, o_end)
