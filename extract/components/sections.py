"""Read how a document lays out its projects: headings, sections and labelled fields.

Block headings open a section that runs to the next block heading: catalogue lines
``Title – X Kommune`` and ``X Kommune – Title``, ``Projekt A: Forslag til projekt om …``,
numbered agenda items and sections (``Punkt 2. Title (Orientering)``, ``Ad 3) Forslag:
Title``, ``§ 5. Delprojekt: Title``, ``4.1 Title (ACR)``), document and report titles
(``SLUTRAPPORT\nTitle\n– subtitle``, ``Title – slutevaluering``), form title fields, grant
lists and lines with an amount, table rows (``project_tables.py``).

Names in running text: quoted or emphasised after a cue (``projektet «X»``, ``hedder X``,
``bevilget 850.000 kr. til "X"``), after a cue word up to a clause (``indsatsen X, som``),
in apposition (``Den første, X, …``, ``X, et samarbejde mellem``), a paragraph's subject
(``X er et projekt``), and later re-mentions of a name found.  Fields are lines that start
with a label from ``extract/data/sections.toml`` (``Deltagende enheder:``, ``Budget``,
``Varighed:`` …); a field runs to the next label, heading or a length limit.

Published: ``doc.spans["project.heading"]`` (label BLOCK or INLINE; group attrs
``titles``, ``owners`` (char span of the owner text or None), ``acronyms`` and ``sections``
(char range or None)) and ``doc.spans["project.field"]`` (label = field kind, the value).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain, pairwise

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.org_abbrevs import AcronymRules
from extract.components.org_merger import ORGS_KEY
from extract.components.people import PeopleRules
from extract.components.project_tables import TableReader, column_totals
from extract.components.reference_orgs import REFERENCE_KEY
from extract.components.section_rules import SectionRules
from extract.components.section_text import (
    CLOSE_QUOTES,
    DASH,
    MAX_TITLE_CHARS,
    NUMBER_CELL,
    OPEN_QUOTES,
    PAGE_NUMBER,
    TRAILING_PAGE,
    Heading,
    page_furniture,
    short_forms,
    tidy_title,
)
from extract.components.spans import (
    NER_ORG_KEY,
    NER_PER_KEY,
    PROJECT_MODEL_KEY,
    alternatives,
    doc_text,
    first_letters,
    publish,
)
from extract.ner import common_words
from extract.tokenizer import OFFSETS_KEY
from kg.names import ascii_fold

HEADINGS_KEY = "project.heading"
FIELDS_KEY = "project.field"
TITLES_ATTR = "titles"
OWNERS_ATTR = "owners"
ACRONYMS_ATTR = "acronyms"  # per heading: the project's short name ("TAN"), or None
TAGGED_ATTR = "tagged"  # per heading: whether the project-name model found it
CELLS_ATTR = "cells"  # per heading: its table row's cells read apart from it, or ()
SECTIONS_ATTR = "sections"
FACTORS_ATTR = "factors"  # per field: the unit of a table column's bare numbers, or None
MAX_FIELD_CHARS = 700
DATE_LIKE = re.compile(r"\d{1,2}\.\s*(?:\d{1,2}\.|[a-zæøå]+\s+\d{4})|\b\d{4}\b")
# Any other "Label:" opening a line ends the field before it ("Finansiering: …").
GENERIC_LABEL = re.compile(
    r"(?m)^[ \t•·*\-]*[A-ZÆØÅÉ][\wæøå]*(?:[ \t][\wæøå]+){0,2}[ \t]*\*?:[ \t]"
)
# (not an initial's: "A.P. Møller Fonden", "H.C. Andersen")
_SENTENCE_END = re.compile(r"(?<![ \t\n.(][A-ZÆØÅ])[.!?](?=\s+[A-ZÆØÅ\d–-]|\s*\n[ \t]*\n|\s*\Z)")
HEAD_CHARS, HEAD_LINES = 400, 6  # a document's first lines, where its title stands
# right after a kind of offer ("tilbud", "team", "forløb"), where one word may be a name
_AFTER_KIND = r"(?<=tilbud[ \t])|(?<=team[ \t])|(?<=forløb[ \t])"
# a body's kind before a name: "foreningen Projekt UDENFOR" names the body, not a project
_BODY_NOUN_BEFORE = re.compile(
    r"(?i)(?<![\wæøå])(?:foreningen|organisationen|fonden|selskabet|virksomheden)[ \t]+\Z"
)
# a title line's second project on the next line: "FAMKO – …\nog Skolebroen"
_AND_TITLE_LINE = re.compile(
    r"[ \t]*\n[ \t]*og[ \t]+(?P<title>[A-ZÆØÅÉ][^\n]{2,80}?)[ \t]*(?=\n|\Z)"
)
# a name between dashes after what it is: "mobil røntgen på plejecentre – MOBIX –"
_NAME_IN_DASHES = re.compile(
    r"[ \t][–-][ \t]+(?P<name>[A-ZÆØÅÉ][\wæøå-]*(?:[ \t]+[A-ZÆØÅÉ0-9][\wæøå-]*)*)[ \t]*[–-]?\Z"
)
_PART_OF = re.compile(r"(?<![\wæøå])del[ \t]+af[ \t]+\Z")
# a project introduced before it is named: "et treårigt projekt", "en ny indsats"
_INTRODUCED = re.compile(
    r"(?i)(?<![\wæøå])(?:et|en)[ \t]+(?:[\wæøå-]+[ \t]+){0,2}?"
    r"(?:projekt|tilbud|indsats|initiativ|forsøg|partnerskab|samarbejde)(?![\wæøå])"
    # or that the money is given to it before it is named: "… 17,5 millioner kroner til
    # forsøget over tre år. … Med projektet X …"
    r"|(?<![\wæøå])til[ \t]+(?:projektet|forsøget|indsatsen|initiativet|tilbuddet)(?![\wæøå])"
)
# an acronym with words in brackets after it ("ANKER (Autismenetværk for …)")
_SPELLED_ACRONYM = re.compile(r"(?P<title>[A-ZÆØÅ]{3,10})(?=[ \t]+\([A-ZÆØÅÉ][^()\n]{3,100}\))")
# capitalised words, small ones between, after the first: "Det Tværsektorielle Udgående Team"
_WORDS_AFTER = r"(?:[ \t]+(?:[A-ZÆØÅ][\wæøå-]+|i|og|for|på|til|med|af|om)){1,7}"
_SHORT_NAME = r"[A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,9}"  # "TUT", "ÆUT", "PiP"
_PLACE_AFTER = r"(?:[ \t][A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)?"  # "GUT Vestfyn"
# a name the text says it shortens: "Det Tværsektorielle Udgående Team, forkortet TUT,"
_ABBREVIATED = re.compile(
    rf"(?P<title>(?:(?:Det|Den|De)[ \t]+)?[A-ZÆØÅ][\wæøå-]+{_WORDS_AFTER}?)"
    rf",?[ \t]+(?:forkortet|kaldet)[ \t]+(?P<acronym>{_SHORT_NAME})(?![\wæøå])"
)
# the same with the acronym in brackets after the name: "Udgående Team Vestsjælland (ÆUT)",
# "Geriatrisk Udgående Team Vestfyn (GUT Vestfyn)"
_NAMED_ACRONYM = re.compile(
    rf"(?P<title>[A-ZÆØÅ][\wæøå-]+{_WORDS_AFTER})[ \t]+\((?P<acronym>{_SHORT_NAME}{_PLACE_AFTER})\)"
)
_ACRONYM_IN_BRACKETS = re.compile(rf"\({_SHORT_NAME}{_PLACE_AFTER}\)")
_ABBREVIATION_WORDS = re.compile(r"(?<![\wæøå])(?:forkortet|kaldet)[ \t]")
# a heading on a line of its own over a paragraph, after a blank line
_HEADING_LINE = re.compile(r"\n[ \t]*\n[ \t]*[^\s.!?][^\n.!?]{2,100}\n(?=[ \t]*\S)")
# words that open a sentence about the money the sentence before it stated
_MONEY_BACK = re.compile(
    r"(?:Pengene|Beløbet|Midlerne|Bevillingen|Tilskuddet|Støtten|Tilsagnet|Ansøgningen|Donationen)\b"
)
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_ITEM = re.compile(r"(?m)^[ \t]*[a-h]\)[ \t]")  # "b) Title": a lettered item
_CLAUSE = re.compile(r"(?m)^[ \t]*§[ \t]*\d")  # an agreement's clause: "§ 3 Økonomi"
_UNIT_PLACE = re.compile(r"(?<![\wæøå])(?:i|fra|hos|under)[ \t]+\Z")  # "ansat i Team X"
_TRAILING_YEARS = re.compile(r"[ \t]+(?:19|20)\d\d(?:[ \t]*[–-][ \t]*(?:19|20)?\d\d)?[ \t]*\Z")
_NUMBER_OF_ITEM = re.compile(r"\d{1,2}(?:\.\d{1,2})*")
_NEXT_PARAGRAPH = re.compile(r"\s*\n[ \t]*\n\s*")  # from a paragraph's end to the next's text
MAX_INLINE_SCOPE = 1500  # characters after a project named in running text that may speak of it
# the end of a compound project noun: "pilotprojektet", "samarbejdsprojekt", "forskningsprosjektet"
# (and a definite compound of a course or programme: "uddannelsesforløbet X",
# "træningsprogrammet X"; not "dagtilbuddet X": a place)
COMPOUND_PROJECT = (
    r"(?<=[a-zæøå])(?:pros?jekt(?:et)?|(?<=[a-zæøå]{3})(?:forløbet|programmet))"
    r"(?![\wæøå])"
)
# Words that keep a paragraph's opening words from being a run-in heading ("Tak for i går."):
# a speaker (the only ones before a subtitle's dash: "Unge i trivsel - tidlig hjælp …"), or a
# preposition
RUN_IN_PRONOUNS = frozenset(["jeg", "vi", "du", "han", "hun", "man", "tak"])
_PREPOSITIONS = frozenset(
    {
        "i",
        "på",
        "til",
        "af",
        "for",
        "fra",
        "om",
        "ved",
        "med",
        "mod",
        "efter",
        "før",
        "under",
        "over",
        "hos",
    }
)
RUN_IN_STOP = RUN_IN_PRONOUNS | _PREPOSITIONS
# a place ending a name's lower-case words ("Job og sygdom i Roskilde"), then a stop
_TAIL_PLACE = re.compile(r"[ \t]+[A-ZÆØÅ][\w-]+(?=[ \t]*[.,;:!?()\n–]|\Z)")
_SMALL_WORD = re.compile(
    r"[ \t]+(?:&|i|og|for|på|til|med|af|om|over|mod|uden)[ \t]+(?=[A-ZÆØÅ0-9])"
)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after ``. `` (not before a lower-case word),
    going back over line breaks while a line opens with a lower-case word (a wrapped
    sentence), never past a blank line."""
    line = text.rfind("\n", 0, at) + 1
    while line > 0 and re.match(r"[ \t]*[a-zæøå]", text[line:at]):
        previous = text.rfind("\n", 0, line - 1) + 1
        if not text[previous : line - 1].strip():
            break
        line = previous
    stops = [m.end() for m in re.finditer(r"\. (?![a-zæøåéü\d])", text[line:at])]
    return line + stops[-1] if stops else line


# before a pattern whose match opens with blanks and a capital: other positions fail at once
LINE_START = "(?=[ \\tA-ZÆØÅÉ])"


# a name, not a topic: a capitalised word after the first, CamelCase, an acronym
_NAME_LIKE = re.compile(r"\s[A-ZÆØÅÉ0-9]|\w[a-zæøå][A-ZÆØÅ]|\b[A-ZÆØÅ]{2,}\b")
_WORD_CHAR = re.compile(r"\w")
_VERB_AFTER_NAME = re.compile(r"(?<![\wæøå])[A-ZÆØÅ][\wæøå-]*(?P<verb>[ \t]+[a-zæøå]+)\Z")
# a clause about a quoted name that says what it does, not what kind of thing it is
# ('»PsykBussen«, der kører ud', not '"Kontaktbasen", som er en database')
_CLAUSE_AFTER = re.compile(r",[ \t]+(?:der|som|hvor)[ \t](?!er[ \t]+e[nt][ \t])")
# a pool or its share-out: "Puljen til …", "Fordeling af Forebyggelsesrammen 2026"
_POOL_IN_TITLE = re.compile(r"(?i)pulje|rammen?\b")
# the programme or pool money comes through or from, before its name: "via programmet X"
_FUNDING_MEANS_BEFORE = re.compile(
    r"(?i)(?<![\wæøå])(?:via|gennem|fra)[ \t]+(?:[\wæøå]+s[ \t]+)?"
    r"(?:programmet|puljen|ordningen|fonden)[ \t]+\Z"
)
# (a subtitle may follow it after a dash: 'Samarbejdsaftale om "Stærk Sammen" – træning …')
_QUOTED_END = re.compile(
    rf"\s[{OPEN_QUOTES}]([^{CLOSE_QUOTES}\n]{{3,120}})[{CLOSE_QUOTES}](?:[ \t]+[–-][ \t]+[^\n]+)?\Z"
)
_QUOTED_START = re.compile(rf"[{OPEN_QUOTES}]([^{CLOSE_QUOTES}\n]{{3,120}})[{CLOSE_QUOTES}]\s+\S")
_RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:som|der|hvor)(?:[ \t][^,]*)?,?\Z")
_BULLET_LINE = re.compile(r"[ \t]*[•·*\-–\uf0b7][ \t]+")
# a title's last part after a dash ("… – Horsens Kommune": perhaps its owner)
_LAST_DASH_PART = re.compile(r"[ \t]+[–-][ \t]+([^–\n]+?)[ \t]*\Z")
# "1) ", "2. ", "4.3 ", "a) "
_ITEM_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-z]\))[ \t]+(?=\S)")
# before an ordinal: an article or a genitive ("partnerskabets første projekt, X,")
_ARTICLE_BEFORE = re.compile(r"(?<![\wæøå])(?:[Dd]e[nt]|E[nt]|[\wæøå]{3,}s)[ \t]+\Z")
# a short name: "RiC", "ALEA", "SAMDIA"
_ACRONYM = re.compile(
    r"[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,8}[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,4}(?:-[A-ZÆØÅ][A-Za-zæøå]{0,8})?"
)  # ("TOD-Nord": a place after a hyphen)
# finite verbs: a "name" holding one is a clause
_CLAUSE_WORDS = frozenset({"sammen", "som", "der", "hvor", "samt", "blandt"})
_VERBS = frozenset(
    {"er", "var", "har", "havde", "blev", "bliver", "skal", "kan", "vil", "kunne", "skulle"}
    | {"ville", "får", "fik"}
)
# a name may open with an article before its adjective ("Den gode overgang", "Et godt liv")
# or with "Sammen om"; a sentence opens with the same words ("Det er …", "Sammen med …")
_NAME_OPENING = re.compile(
    r"(?:(?:Den|Det|De)[ \t]+[a-zæøå]+e|(?:En|Et)[ \t]+[a-zæøå]+|Sammen[ \t]+om)[ \t]"
)
# words for money itself: a heading holding one is news of money, no name ("Tre millioner
# fra staten", "Millionstøtte til …", "Penge til flere pladser")
_MONEY_TALK = re.compile(r"(?<![\w-])(?:\w*millio\w*|\w*milliard\w*|kroner|penge\w*)(?![\w-])")
# a count of things in the plural opens a news subheading: "Fire parter om opgaven", "120
# borgere har deltaget"
_COUNTED = re.compile(
    r"(?:To|Tre|Fire|Fem|Seks|Syv|Otte|Ni|Ti|Elleve|Tolv|Tyve|\d+)[ \t]+[a-zæøå]+(?:er|e)\b"
)
# a line of its own between blank lines (or at the top): where a cover page names its subject
_COVER_LINE = re.compile(
    r"(?m)(?:(?<=\n\n)|\A)[ \t]*(?P<title>[A-ZÆØÅÉ][^\n.!?:]{2,40}(?::[ \t][^\n.!?:]{2,80})?)"
    r"[ \t]*\n[ \t]*\n"
)
# a coined word with a capital inside: "HjerteVen", "TeknoLab"
_COINED = re.compile(r"[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ][a-zæøå]+")
# what joins the parts of a heading that names two sections: "Baggrund og formål"
_JOINED = re.compile(r",|[ \t]+(?:og|&)[ \t]+")
# a form's own name ("Sundhedsstyrelsen – Ansøgningsskema"), no project's
_FORM_NAMES = frozenset({"ansøgningsskema", "ansøgningsformular", "skema"})
# words saying that a named thing is a method or model the work follows, no project
_METHOD = re.compile(
    r"(?i)(?<![\wæøå])(?:metode\w*|model(?:len)?|tilgang(?:en)?|inspireret)(?![\wæøå])"
)
# a fact box's first line: "FAKTA", "Fakta om projektet", "FAKTA OM X"
_FACT_BOX_LINE = re.compile(
    r"(?m)^[ \t]*(?:FAKTA|Fakta)(?:[ \t]+(?i:om)[ \t][^\n]*)?[ \t]*:?[ \t]*$"
)
# the item kinds whose subject is a piece of work, never a body: "Forlængelse af X"
_WORK_KINDS = frozenset({"Forlængelse", "Videreførelse", "Evaluering", "Midtvejsstatus"})
# a heading that names a project only by its kind: "Om projektet", "Fakta om partnerskabet"
_GENERIC_END = re.compile(r"\b(?:projektet|partnerskabet|samarbejdet|indsatsen|initiativet)$")
# 'puljen "X"', 'fondens program "X"' name a pool
_POOL_BEFORE = re.compile(
    r"(?i)(?:pulje(?:n|ns)?|(?:fondens|styrelsens|regionens|ministeriets)[ \t]+program(?:met)?"
    # ("Ansøgning til Novo Nordisk Fonden, programmet "X"")
    r"|fond(?:en)?,?[ \t]+program(?:met)?"
    # money given from a programme: 'bevilget DKK 2,5 mio. fra programmet "Aktive ældre"'
    r"|(?<![\wæøå])fra[ \t]+(?:programmet|ordningen|satsningen))"
    r"[ \t]*\Z"
)
_PROJECT_NOUN = re.compile(r"(?i)\bprojekt(?:et)?\b")
# a paragraph's first line that heads it: short, capitalised (perhaps numbered), no sentence
# or label ending it, over a line that opens with a capital ("Gode nyheder: penge til X\nVores
# ansøgning …", "3. Indstilling\nForvaltningen indstiller …")
_HEADING_LINE_OVER_TEXT = re.compile(
    r"(?:(?<=\n\n)|\A)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?[A-ZÆØÅÉ][^\n]{1,68}(?<![.,;:])"
    r"[ \t]*\n(?=[ \t]*[A-ZÆØÅÉ])"
)
# a word's full stop: the end of a sentence ("… i hjemmet." but not "Nr. 4")
_WORD_THEN_STOP = re.compile(r"[a-zæøå]{2}\.(?=\s|\Z)")
# a numbered part of a document: "DEL 1 – ANSØGER", "Bilag 2", "Afsnit B"
_DOCUMENT_PART = re.compile(
    r"(?i)(?:del|afsnit|kapitel|bilag|sektion)[ \t]+(?:\d{1,2}|[ivx]{1,4}|[a-h])(?![\wæøå])"
)
# a body that meets, ending a document's title: "Referat – Socialudvalget", "… Regionsrådet"
_MEETING_BODY = re.compile(
    # (not "området": "Recoveryskolen Trekantområdet")
    r"(?i)(?:udvalg|udvalget|(?<!m)rådet|bestyrelsen|styregruppen|forum|forummet)[ \t]*\Z"
)
# projects in the plural, a compound too: a heading about several ("Status på
# telemedicinske samarbejdsprojekter")
_PROJECTS = re.compile(r"(?i)projekter(?:ne)?(?![\wæøå])")
# a verb's present tense (or a plural noun: which it is, the first word tells): "følger"
_PRESENT_TENSE = re.compile(r"[a-zæøå]{2,}er")
_PREPOSITIONS_IN_ER = frozenset({"efter", "under", "over", "omkring"})
# the word inside a line heading, before a capitalised name: "Styregruppen for projekt X"
_PROJECT_WORD_BEFORE = re.compile(r"(?<=[ \t])projekt(?:et)?[ \t]+(?=[A-ZÆØÅ0-9\"“”«»„])")
# a project noun, a few words about it and a comma right before a quoted name
_APPOSED_TO_PROJECT = re.compile(
    rf"(?i)(?:{COMPOUND_PROJECT}|(?<![\wæøå])(?:projekt(?:et)?|indsats(?:en)?|tilbud(?:det)?))"
    rf"[^.!?\n{OPEN_QUOTES}]{{0,80}},[ \t]+\Z"
)


def _clause_start(title: str, pattern: re.Pattern) -> int:
    """Where ``pattern`` (searched in ``title``) starts the part that is no name, or the
    title's length when it does not match."""
    found = pattern.search(title)
    return found.start() if found else len(title)


def _before_verb(title: str) -> int:
    """Where a name given after "navnet" ends: before a verb after its last capitalised
    word ("Broen til Hverdagen lukke"), if a word stands before that one; at the dash that
    closes its subtitle ("MAP – Mobilt Akutteam i Psykiatrien – består af …")."""
    dashes = list(DASH.finditer(title))
    if len(dashes) >= 2 and title[dashes[1].end() : dashes[1].end() + 1].islower():
        return dashes[1].start()
    verb = _VERB_AFTER_NAME.search(title)
    if verb and len(title[: verb.start("verb")].split()) > 1:
        return verb.start("verb")
    return len(title)


def _overlaps(spans, start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` ((start, end) pairs)."""
    return any(start < e and s < end for s, e in spans)


def doc_has_money(doc: Doc, start: int, end: int) -> bool:
    """Whether an amount starts in ``start:end`` (the starts read once per run)."""
    starts = doc.user_data.get(_MONEY_STARTS)
    if starts is None:
        starts = sorted(m.start_char for m in doc.spans.get("money", []))
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def line_bounds(text: str, at: int, end: int | None = None) -> tuple[int, int]:
    """The sentence around ``at`` (or ``at:end``): from its start to the next sentence end."""
    stop = _SENTENCE_END.search(text, at if end is None else end)
    return sentence_start(text, at), stop.start() + 1 if stop else len(text)


# an amount that ends a list line, its unit and currency optional: "4,2 mio. kr.", "kr. 850.000"
LINE_AMOUNT = (
    r"(?:kr\.|DKK)?[ \t]*\d[\d.,]*[ \t]*(?:mio\.?|mia\.?|t\.?kr\.?)?[ \t]*(?:kr\.?|kroner|DKK)?"
)
BULLET = r"[ \t]*[•·*\-–][ \t]+"  # a list item's mark: "•", "·", "*", "-", "–"
JOINERS = "i|og|for|på|til|med|af|om|over|mod"  # small words inside a name ("Sundhed på Gaden")
_JOINER_WORDS = frozenset(JOINERS.split("|"))
# the words that join bodies named together: "X i samarbejde med Y og Z"
_JOINING_WORDS = _JOINER_WORDS | {"samarbejde", "sammen", "samt", ","}
# a quoted title where it stands, on one line: 'Delprojekt: "Varme fra Køling"'
_QUOTED_LINE_START = re.compile(rf"[{OPEN_QUOTES}][^\n{CLOSE_QUOTES}]+[{CLOSE_QUOTES}]")
# where a sentence opens after another inside a paragraph: "… kommune. Living Lab …"
_SENTENCE_OPENING = re.compile(r"(?<=[a-zæøå\d][.!?] )(?=[A-ZÆØÅ])")

# a line giving a label and an amount after a dash: "Evaluering – 200", "Drift - 1,2 mio. kr."
_AMOUNT_ROW = re.compile(rf"[ \t]*[^\n]{{2,100}}?[ \t]+[–-][ \t]+(?:{LINE_AMOUNT})[ \t]*")
# a line that opens a cost breakdown: "Budget", "Udgifterne fordeler sig således (t.kr.):"
_COST_INTRO = re.compile(r"(?i)(?<![\wæøå])(?:udgift|omkostning|budget|økonomi)|fordeler sig")


def name_words(least: int, most: int, first: str = "*", joiners: str = JOINERS) -> str:
    """A regex for a name of capitalised words: "Akutteam Nord", "Naboskab 65+", "Sundhed på
    Gaden" (``least``..``most`` words after the first, which has 1+ or 2+ letters by
    ``first``)."""
    return (
        rf"[A-ZÆØÅÉ][\w-]{first}(?:[ \t]+(?:(?:{joiners})[ \t]+)?"
        # (not a currency: "projektet X med DKK 2,5 mio.")
        # (nor, after a joiner, an age group: "Fælles Ungespor for 18-24-årige")
        rf"(?!DKK(?![\w-]))(?!(?<=[ \t]for[ \t])\d)[A-ZÆØÅÉ0-9][\w-]*(?:(?<=\d)\.\d+)?\+?)"
        rf"{{{least},{most}}}"  # "2.0"
    )


# (a compound too: "… bygger videre på pilotprojektet X, som …")
_PROJECT_WORD_INSIDE = re.compile(
    r"(?<![\wæøå])(?:[a-zæøå]*projekt|[a-zæøå]*projektet|indsatsen)(?![\wæøå])"
)
# "projektet X", "pilotprojektet X": the text itself calls what follows a project
_CALLED_PROJECT = re.compile(r"(?i)(?<![\wæøå])(?:pilot|del|udviklings)?projekt(?:et)?[ \t]+\Z")
# the project as a preposition's object after "X er …" ("X er tovholder på projektet"), or a
# role right after it ("X er projektejer, og projektet …"): X is a body
_ROLE_IN_PROJECT = re.compile(
    r"(?<![\wæøå])(?:på|i|for|bag|ved)[ \t]+projektet\Z"
    r"|\A[^\n]*?[ \t]er[ \t]+(?:projektejer|tovholder|(?:projekt)?ansvarlig|partner|ejer|vært)"
    r"(?![\wæøå])"
)
# a clause whose object is the project: "fra Midttrafik, som leder projektet" (a body)
_PROJECT_OBJECT = re.compile(r"[ \t]+(?:projektet|indsatsen|initiativet|forsøget)(?![\wæøå])")
_ABOUT = re.compile(r"(?i)(?<![\wæøå])om(?![\wæøå])")
# a name followed by a lower-case description after a dash
_DESCRIBED_TITLE = re.compile(r"(?P<name>[A-ZÆØÅÉ][^–]*?\S)\s+[–-]\s+[a-zæøåé]")
# a title's subtitle on the line below it, opened by a dash
_SUBTITLE_LINE = re.compile(r"\n[ \t]*[–-][ \t]+(?P<sub>[a-zæøå][^\n]{3,100}?)[ \t]*(?=\n|\Z)")
# an acronym, or one with a place after it: "TAN", "TUT Nord", "GUT Vestfyn"
_ACRONYM_NAME = rf"[A-ZÆØÅÉ]{{2,10}}{_PLACE_AFTER}"
# "Long Title (ACR)", "Team Nord (TUT Nord)"
_TITLE_ACRONYM = re.compile(
    rf"(?P<title>.*\S)\s+\((?P<acronym>{_ACRONYM_NAME})\)"
    r"(?P<subtitle>[ \t]+[–-][ \t]+\S.*)?"  # "Test Tæt På (TTP) – lavtærskeltest for hiv"
)


# "FAST (Fleksibel Akut Sygepleje på Tværs)": an acronym's spelling-out in brackets after it
_SPELLED_OUT = re.compile(r"[ \t]*\((?P<long>[A-ZÆØÅÉ][^()\n]{3,100}?)\)")
# the same inside a pattern, between a name and what the sentence says of it
_SPELLED_OUT_ASIDE = r"(?:[ \t]+\([A-ZÆØÅÉ][^()\n]{2,100}?\))?"


def _capitals(words) -> str:
    """The initials of the capitalised ``words``: "Akut Hjemmebehandling Nordsjælland" -> "AHN"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _upper(text: str) -> str:
    """The capital letters of ``text``: "TOD-Nord" -> "TODN"."""
    return "".join(c for c in text if c.isupper())


def _lower_letters(text: str) -> str:
    """The letters of ``text`` in lower case: "HAL-Syd" -> "halsyd"."""
    return re.sub(r"[^a-zæøå]", "", text.lower())


def _in_order(letters: str, text: str) -> bool:
    """Whether ``letters`` stand in ``text`` in order (others between them)."""
    rest = iter(text)
    return all(c in rest for c in letters)


def _short_name(title: str) -> bool:
    """A one-word short name of two capitals or more: "FAST", "DiGH", "TeleKOL", and one
    with a hyphened part: "FÆLLES-D", "ASK-netværket"."""
    return (
        2 <= len(title) <= 14
        and title.replace("-", "").isalpha()
        and title[0] != "-" != title[-1]
        and sum(c.isupper() for c in title) >= 2
    )


def _reads_as_sentence(words: list[str]) -> bool:
    """Whether a short heading's words read as a sentence: its verb the second word
    ("Nabokommuner følger med", "TrygFonden betaler størstedelen"; not "Sunde rødder"), or
    the third after a lower-case noun ("Statslig pulje betaler en tredjedel"; not "Sikkert
    hjem efter FAM")."""
    if not 2 <= len(words) <= 6 or words[0].endswith("e"):
        return False
    if _PRESENT_TENSE.fullmatch(words[1]):
        return True
    return (
        len(words) >= 3
        and words[1].islower()
        and _PRESENT_TENSE.fullmatch(words[2]) is not None
        and words[2] not in _PREPOSITIONS_IN_ER
    )


def _stands_for(short: str, words: list[str]) -> bool:
    """Whether the short name ``short`` abbreviates ``words``: their capitals spell its
    capitals ("FAST" of "Fleksibel Akut Sygepleje på Tværs"), or they open with its first
    letter and hold its letters in order ("ViDO" of "Virtuel Diabetesopfølgning", "SAMSTOP"
    of "Sammenhængende Rygestop på tværs af sektorer"); its capitals alone may stand in
    them where its hyphened tail is a word ("ASK-netværket" of "Autisme, Selvskade og
    Kompleksitet")."""
    words = [w.strip(",.;:") for w in words if w.strip(",.;:")]
    capitals = _upper(short)
    if len(capitals) < 2 or not words or len(words) > 8:
        return False
    if _capitals(words).upper() == capitals:
        return True
    # (Danish letters as a short name in capitals may write them: "SOVE-UNG" of "Søvn og
    # mental sundhed hos unge", "TEMA" of "… Medicinske Ældre")
    spelled = ascii_fold(" ".join(words))
    return ascii_fold(words[0])[0] == ascii_fold(short)[0] and (
        _in_order(ascii_fold(_lower_letters(short)), spelled)
        or ("-" in short and len(capitals) >= 3 and _in_order(ascii_fold(capitals), spelled))
    )


def _spelled_out(text: str, h: Heading) -> Heading:
    """An acronym title whose capitalised words follow it in brackets is named by both,
    as its writers name it ("FAST (Fleksibel Akut Sygepleje på Tværs)", "DiGH (Digital
    Genoptræning i Himmerland)"); the acronym stays its short name."""
    if not _short_name(h.title):
        return h
    m = _SPELLED_OUT.match(text, h.end)
    words = m["long"].split() if m else []
    # (or it opens as its words do: "SAMLET (Sammenhængende forløb …)")
    if not _stands_for(h.title, words) and not (
        h.title.isupper() and len(words) >= 3 and words[0][0] == h.title[0]
    ):
        return h
    return replace(h, end=m.end(), title=f"{h.title} ({m['long']})", acronym=h.title)


def _spelled_at(text: str, at: int, acronym: str) -> Heading:
    """``_spelled_out`` for the acronym standing at ``at``: its heading, with its spelled-out
    words when brackets after it give them."""
    return _spelled_out(text, Heading(at, at + len(acronym), acronym, False))


def _spelled_after_dash(text: str, title: str) -> str | None:
    """The words an acronym stands for after a dash where the text names it so: "TOPUng –
    Tidlig Opsporing af Psykose hos Unge imod …" gives "Tidlig Opsporing af Psykose hos
    Unge"; "KRAFT – Kræftrehabilitering Aalborg med Fysisk Træning – starter …" the words up
    to the closing dash (or the sentence's end)."""
    capitals = _upper(title)
    if len(capitals) < 2 or " " in title:
        return None
    for m in re.finditer(rf"(?<![\wæøå]){re.escape(title)}[ \t]+[–-][ \t]+(?=[A-ZÆØÅ])", text):
        words: list[str] = []
        before_comma: list[str] = []  # "HØR70 – Høretab, kognition og trivsel efter 70."
        initials = ""
        for word in text[m.end() : m.end() + 150].split("\n", 1)[0].split():
            if word in ("–", "-") or (before_comma and word in _CLAUSE_OPENERS):
                break
            words.append(word)
            initials += word[0] if word[0].isupper() else ""
            if initials == capitals:
                return " ".join(words).rstrip(",.;:")
            if word[-1] in ".;:":
                break
            if word[-1] == ",":
                before_comma = before_comma or list(words)
            if not capitals.startswith(initials[:1]):
                break
        for spelled in (words, before_comma):
            if spelled and _stands_for(title, spelled):
                return " ".join(spelled).rstrip(",.;:")
        # or, in a sentence going on, its words up to the last capitalised one whose
        # capitals stand in its own in order: "DIAM – Demens i Akutmodtagelsen i samarbejde
        # med Rigshospitalet" gives "Demens i Akutmodtagelsen"
        for end in range(min(len(words), 8), 0, -1):
            spelled = [w.rstrip(",.;:") for w in words[:end]]
            if (
                spelled[-1][:1].isupper()
                and _in_order(_capitals(spelled), capitals)
                and _stands_for(title, spelled)
            ):
                return " ".join(spelled)
    return None


# words that open a clause after a comma, no part of a name's list ("X, som …")
_CLAUSE_OPENERS = frozenset(
    {"som", "der", "hvor", "hvis", "når", "men", "fordi", "mens", "hvilket"}
)


# the words a short name stands for, said so: "Navnet er en forkortelse for Virtuel
# Indlæggelse i Kommunalt Samarbejde."
_ABBREVIATION_OF = re.compile(
    r"(?i:forkortelse(?:n)?[ \t]+(?:for|af)|står[ \t]+for)[ \t]+[\"“«]?"
    r"(?P<long>[A-ZÆØÅ][^.;:\n\"”»()]{3,100}?)[\"”»]?(?=[.;:,\n]|[ \t]+\(|\Z)"
)


def _abbreviation_said(text: str, short: str) -> str | None:
    """The words the text says ``short`` shortens, where they stand for it: "VIKS" and "…
    er en forkortelse for Virtuel Indlæggelse i Kommunalt Samarbejde"."""
    if "forkortelse" not in text and "står for" not in text:
        return None
    for m in _ABBREVIATION_OF.finditer(text):
        if _stands_for(short, m["long"].split()):
            return m["long"]
    return None


def _defined_before(text: str, acronym: str) -> str | None:
    """The words an acronym stands for where the text defines it: "et Tværsektorielt
    Geriatrisk Akutteam (TGA)", "Mobilt Lungeteam Lolland-Falster (MLLF)", "Tværsektoriel
    Medicingennemgang (TMG)" (the capitals of the words spell the acronym's start, its other
    letters stand inside them)."""
    at = text.find(f"({acronym})")
    if at < 0:
        return None
    words = text[text.rfind("\n", 0, at) + 1 : at].split()[-10:]
    # (an acronym with a place after it stands for the words before the same place:
    # "Geriatrisk Udgående Team Vestfyn (GUT Vestfyn)")
    acronym, _, place = acronym.partition(" ")
    if place:
        if words[-len(place.split()) :] != place.split():
            return None
        words = words[: -len(place.split())]
    loose = None
    for k in range(1, len(words) + 1):
        suffix = words[-k:]
        if not suffix[0][:1].isupper():
            continue
        parts = [p for w in suffix for p in w.split("-") if p]
        initials = _capitals(parts)
        if initials == acronym:
            return " ".join([*suffix, place]).rstrip()
        rest = acronym[len(initials) :].lower()
        inside = " ".join(suffix).lower()
        if (
            loose is None
            and len(initials) >= 2
            and acronym.startswith(initials)
            and re.search(".*".join(map(re.escape, rest)), inside)
        ):
            loose = " ".join([*suffix, place]).rstrip()
        if len(initials) > len(acronym):
            break
    return loose


_SPELLED_BY_ACRONYM = re.compile(
    r"(?P<words>[A-ZÆØÅÉ][\w-]*(?:[ \t]+[\wæøå-]+){1,7}?)[ \t]+\((?P<acronym>[A-ZÆØÅ]{2,8})\)"
)


def _initials(words: str) -> str:
    """The capitalised initials of ``words``' content words (small joining words skipped):
    "Fælles demenskoordinering i Sønderjylland" -> "FDS"."""
    return "".join(w[0].upper() for w in words.split() if w not in _JOINER_WORDS)


def _opens_with_org(doc: Doc, text: str, at: int) -> bool:
    """An organisation's name opens the text at ``at`` (after blanks)."""
    start = at + len(text[at : at + 20]) - len(text[at : at + 20].lstrip())
    return any(o_start == start for o_start, _ in org_offsets(doc))


def _used_as_short_name(text: str, name: str, start: int, end: int) -> bool:
    """``name`` stands in ``start:end`` as a word of its own."""
    return bool(re.search(rf"(?<![\wæøå-]){re.escape(name)}(?![\wæøå-])", text[start:end]))


def _used_as_name(text: str, name: str, start: int, end: int) -> bool:
    """``name`` (two words or more) stands again in ``start:end`` inside a sentence, as
    written: capitalised where a common phrase would not be ("kørt Hjem med ro sammen med")."""
    if len(name.split()) < 2:
        return False
    at = text.find(name, start, end)
    while at >= 0:
        before = text[max(start, at - 3) : at].rstrip(OPEN_QUOTES)  # 'til "X" med …' too
        if before.endswith(" ") and before[-2:-1] not in ".!?:\n":
            return True
        at = text.find(name, at + 1, end)
    return False


def _named_after_noun(text: str, name: str, start: int) -> bool:
    """Whether the sentence opening at ``start`` names ``name`` right after a definite noun,
    as a name is introduced: "Gadeteamet Nattravnen har siden 2022 …"."""
    stop = _SENTENCE_END.search(text, start)
    sentence = text[start : stop.start() if stop else len(text)]
    return bool(
        re.search(
            rf"(?<![\wæøå])[A-ZÆØÅa-zæøå][a-zæøå]{{2,}}(?:et|en)[ \t]+{re.escape(name)}"
            rf"(?![\wæøå])",
            sentence,
        )
    )


def _name_at_end(text: str, title: str, start: int, end: int) -> str | None:
    """The last words of ``title``, from a capitalised one on, that ``start:end`` uses as a
    name: "Tryg i Egen Bolig" of "Penge til sundhed i Tryg i Egen Bolig"."""
    for word in re.finditer(r"(?<=[ \t])[A-ZÆØÅÉ]\S*", title):
        if _used_as_name(text, title[word.start() :], start, end):
            return title[word.start() :]
    return None


# words that end a subtitle written into a sentence: the sentence's verb
_SUBTITLE_END = (
    r"(?:er|var|har|havde|blev|bliver|skal|kan|vil|får|fik|løber|starter|startede|giver"
    r"|tilbyder|sikrer|hjælper|gennemføres|afprøves|drives|ledes|er blevet)"
)


def _subtitle_in_text(text: str, title: str, report: bool = False) -> str | None:
    """The lower-case subtitle a sentence gives ``title`` once, between a dash and the
    sentence's verb: "TeleKOL Nord – telemedicinsk hjemmemonitorering af borgere med KOL
    blev igangsat …", or (in a ``report``) a title line of its own does (its first word a
    content word of four letters or more)."""
    if " – " in title or " - " in title or not title[:1].isupper():
        return None
    # (cleaned text has one space between words: a fast test first, and where to look)
    found = [i for i in (text.find(f"{title} –"), text.find(f"{title} -")) if i >= 0]
    if not found:
        return None
    name = re.escape(title)
    m = re.compile(
        rf"(?<![\wæøå]){name}[ \t]+[–-][ \t]+"
        rf"(?P<sub>[a-zæøå]{{3,}}[^\n.,;:!?–()\"”»]{{3,100}}?)"
        # up to the sentence's verb (a reflexive one: "retter sig mod"), or a clause about
        # it ("X – unge i krise, som …"), or the sentence's end
        rf"(?:[ \t]+(?:{_SUBTITLE_END}|[a-zæøå]+[ \t]+sig)(?![\wæøå])"
        r"|,[ \t]+(?:som|der|hvor)[ \t]|\.(?=\s|\Z)"
        # or a closing dash: "RespiSense – tidlig opsporing af … – har X som projektejer"
        r"|[ \t]+–[ \t]"
        # or the quote it stands in: '"Tættere på – telemedicinsk opfølgning …" (herefter …'
        rf"|(?=[{CLOSE_QUOTES}]))"
    ).search(text, min(found))
    if m is None and report:  # or a report's title line: "Plejecenter Plus – geriatrisk …"
        m = re.search(
            rf"(?m)^[ \t]*{name}[ \t]+[–-][ \t]+(?P<sub>[a-zæøå]{{4,}}[^\n.;:!?–()]{{3,100}}?)"
            r"[ \t]*$",
            text[:HEAD_CHARS],
        )
    if m is None or m["sub"].split()[0] in _NOT_SUBTITLE_START:
        return None
    if m.group().endswith(".") and m["sub"].split()[-1] in _STRANDED:
        return None  # "Det vil projektet X – data om … ændre på.": a clause, no subtitle
    return " ".join(m["sub"].split())


_NUMBERED_TITLE = re.compile(r"[ \t]*\d{1,2}\.[ \t]+\S[^:]*\Z")  # "7. Bevilling " (no colon)
_AMOUNT_TITLE = re.compile(rf"{LINE_AMOUNT}\.?")  # "1.500 t.kr", "2,4 mio. kr."
# a small word and capitalised words after a name: " som Vendepunkt"
_NAME_GOES_ON = re.compile(r" (?:som|ved|uden|under) [A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ][\wæøå-]+)*")
_TOPIC_OF_ACRONYM = re.compile(r"[a-zæøå][ \t]+(?:af|til|om|for|i)[ \t]+(?P<name>[A-ZÆØÅ]{3,10})\Z")
_LOWER_ARTICLE = re.compile(r"(?:en|et|den|det|de)[ \t]")  # "et vigtigt skridt …"
_NOT_SUBTITLE_START = frozenset(
    {"også", "derfor", "altså", "måske", "blandt", "igen"}
    # (a subtitle may open with a short noun, "job med støtte …", never with these)
    | {"som", "der", "har", "kan", "vil", "var", "men", "det", "den", "end", "hos", "nok", "dog"}
    | {"for", "med", "til", "fra", "alt", "nye", "nyt", "sin", "sit", "får", "fik", "ved"}
)
# a preposition or particle that ends a sentence ends a clause, never a subtitle
_STRANDED = frozenset({"på", "til", "med", "om", "af", "for", "i", "ud", "op", "ind", "fra"})


# a line holding one number, no year (a column's header): "40.000"
_NUMBER_CELL_LINE = re.compile(rf"(?![ \t]*(?:19|20)\d\d[ \t]*\n){NUMBER_CELL}\n")
# a line that ends in three numbers or more with only blanks between: a table's row
_ROW_OF_NUMBERS = re.compile(r"(?:[ \t]+\d[\d.,]*){3,}[ \t]*$", re.M)


def _table_row(text: str, at: int) -> bool:
    """The line at ``at`` is a table's row whose first cell reads like a field label
    ("Bevilling fra STAR 1.600.000 2.400.000 4.000.000"): no field opens there."""
    end = text.find("\n", at)
    end = end if end >= 0 else len(text)
    # (or a row of cells between bars: "Samlet budget | 775 000 | 910 000 | 1 685 000", or
    # one read out cell by cell, its numbers on the lines below: "Evaluering\n0\n40.000")
    return (
        bool(_ROW_OF_NUMBERS.search(text, at, end))
        or text.count("|", at, end) >= 2
        or bool(_NUMBER_CELL_LINE.match(text, end + 1))
    )


_ACRONYM_AFTER = re.compile(
    rf"[{CLOSE_QUOTES}]?[ \t]*\((?P<acronym>[A-ZÆØÅ]{{2,10}}(?:-[A-ZÆØÅ][a-zæøå]{{0,10}})?)\)"
)
# the short name a text says it will use: '"Fælles Vask Østjylland", i daglig tale FVØ,',
# "Fælles Udredningsteam Sønderjylland (herefter FUS)", "…, forkortet TUT,"
_SHORT_NAME_SAID = re.compile(
    rf"[{CLOSE_QUOTES}]?(?:,[ \t]+|[ \t]+\()(?:i[ \t]+daglig[ \t]+tale|herefter|forkortet)[ \t]+"
    r"(?P<acronym>[A-ZÆØÅ][A-ZÆØÅa-zæøå]{1,9})(?=[),.;:\s])"
)


def _acronym_after(text: str, h: Heading) -> Heading:
    """A name followed by its initials in brackets ("Akut Hjemmebehandling Nordsjælland
    (AHN)", "Tidlig Opsporing af Demens i Nordjylland (TOD-Nord)", '"Broen fra dom til
    hverdag" (BRO)') is known by them too: "Fakta om AHN" is the same project; so is one
    the text says it calls it ("herefter FUS", "i daglig tale FVØ")."""
    if h.acronym:
        return h
    if said := _SHORT_NAME_SAID.match(text, h.end):
        # (a short name of two capitals or more, not a word: "(herefter Hospitalet)")
        return replace(h, acronym=said["acronym"]) if len(_upper(said["acronym"])) >= 2 else h
    m = _ACRONYM_AFTER.match(text, h.end)
    if not m:
        return h
    acronym = m["acronym"]
    capitals = _upper(acronym)
    # its initials, or (a hyphened one: "HAL-Syd") its letters in the name in order
    spelled = (
        _capitals(h.title.split()) == capitals
        or (
            "-" in acronym
            and acronym[0] == h.title[0]
            and _in_order(_lower_letters(acronym), h.title.lower())
        )
        or _stands_for(acronym, h.title.split())
    )
    return replace(h, acronym=acronym) if spelled else h


def _column_end(doc: Doc, start: int, end: int) -> int:
    """Where ``start:end`` of the cleaned text meets a column gap of the original (a tab or
    a run of blanks the cleaning made one space), else ``end``."""
    offsets = doc.user_data.get(OFFSETS_KEY)
    if offsets is None or offsets.original == offsets.text:
        return end
    text = offsets.text
    at = text.find(" ", start, end)
    while at >= 0:
        a, b = offsets.to_original(at, at + 1)
        if b - a >= 3 or "\t" in offsets.original[a:b]:
            return at
        at = text.find(" ", at + 1, end)
    return end


def _split_acronym(h: Heading) -> Heading:
    """ "Tværsektorielt Akutteam Nordsjælland (TAN)": the name, and TAN as its short name
    (a subtitle after it stays: "Test Tæt På (TTP) – lavtærskeltest" is "Test Tæt På –
    lavtærskeltest")."""
    m = _TITLE_ACRONYM.fullmatch(h.title)
    if m is None:
        return h
    return replace(h, title=m["title"] + (m["subtitle"] or ""), acronym=m["acronym"])


_ORG_OFFSETS = "samspil.sections.org_offsets"  # user_data key, set while the parser runs
_MONEY_STARTS = "samspil.sections.money_starts"  # the same for the amounts' starts


_PARAGRAPH_BREAK = re.compile(r"\n\n+")
# a paragraph of one line: the text's first or one after a blank line, with a blank line or
# the end after it
_HEAD_PARAGRAPH = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?P<line>\S[^\n]*?)[ \t]*(?=\n\s*\n|\Z)")


@lru_cache(maxsize=2)
def paragraph_starts(text: str) -> list[int]:
    """Where the text's paragraphs start (its start and after each blank line)."""
    return [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]


_LIST_ITEM = re.compile(rf"(?m)^{BULLET}")  # where the list-item patterns can match
ITEM_MARK = r"(?:[•·*\uf0b7\-–]|[a-h1-9]\))[ \t]+"  # a list or lettered item: "- ", "c) "
_ITEM_LINE = re.compile(rf"(?m)^[ \t]*{ITEM_MARK}")


@lru_cache(maxsize=8)
def match_starts(pattern: re.Pattern, text: str) -> list[int]:
    """Where ``pattern`` matches in ``text`` (read once per text): the places a pattern
    that can only match there is tried (``at_lines``)."""
    return [m.start() for m in pattern.finditer(text)]


# a dash with a blank on each side ("Titel – Ejer", a line ending "Titel -" or one opening
# "– Ejer"): a character set first, so the engine skips to the dashes
_SPACED_DASH = re.compile(r"[–-](?:(?<=[ \t][–-])\s|(?<=\s–)[ \t])")


@lru_cache(maxsize=2)
def dashed_line_starts(text: str) -> list[int]:
    """Starts of the lines a "title – owner" pattern can match from: a line that holds a
    spaced dash, or one of the two above it (the dash may open the line after a title, and
    cleaned text has at most one blank line in a row)."""
    starts: set[int] = set()
    for m in _SPACED_DASH.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        for _ in range(3):
            starts.add(line)
            if line == 0:
                break
            line = text.rfind("\n", 0, line - 1) + 1
    return sorted(starts)


def at_dashed_lines(pattern: re.Pattern, text: str):
    """``pattern``'s matches, for a line pattern that holds a spaced dash within two lines of
    its start, as ``finditer`` would find them."""
    return at_lines(pattern, text, dashed_line_starts(text))


def at_paragraphs(pattern: re.Pattern, text: str):
    """``pattern``'s matches that start a paragraph, as ``finditer`` would find them, for
    a pattern that can match nowhere else: trying only there is faster than a scan."""
    return at_lines(pattern, text, paragraph_starts(text))


# the words every match of the "X er et projekt" and "X, et samarbejde" patterns holds
_IS_A_WORDS = re.compile(r"\ser\s+et\s")
_WHICH_WORDS = re.compile(r",[ \t]+(?:som|hvor)[ \t]")
_APPOSITION_WORDS = re.compile(r"(?:,|[ \t]–)[ \t]+(?:e[tn]|vores|deres|jeres)[ \t]")


def around(pattern: re.Pattern, text: str, words: re.Pattern, before: int, after: int):
    """``pattern``'s matches, for a pattern each match of which holds ``words`` with at
    most ``before`` characters before them and ``after`` from them to its end: the text is
    read only around the few places the words stand, as ``finditer`` would find them."""
    windows: list[list[int]] = []
    for m in words.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.start() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    last = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, max(lo, last), hi):
            last = m.end()
            yield m


def at_lines(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern``'s matches at ``starts`` (the only places it can match), as ``finditer``
    would find them."""
    last = -1
    for start in starts:
        if start < last:
            continue
        m = pattern.match(text, start)
        if m:
            last = m.end()
            yield m


def at_top(text: str, at: int) -> bool:
    """Whether ``at`` is in the document's first lines (where a grant letter's, an
    agreement's, a steering group's minutes' title stands)."""
    head = text[:at]
    return len(head) <= HEAD_CHARS and head.count("\n") <= HEAD_LINES


def _item_number(m: re.Match) -> tuple[int, ...]:
    """A numbered item's number ("3.2" -> (3, 2))."""
    number = _NUMBER_OF_ITEM.search(m.group())
    return tuple(int(n) for n in number.group().split("."))


def _next_sibling(items: list[re.Match], index: int) -> int | None:
    """Where the next item at the same depth starts ("3. Beslutning: …" after "2. Orientering:
    …", not "2.1 …"): an agenda item's text ends there, whatever that item is about."""
    number = _item_number(items[index])
    for m in items[index + 1 :]:
        other = _item_number(m)
        if len(other) == len(number) and other > number:
            return m.start()
    return None


def org_offsets(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the organisations found: read once per run (a SpanGroup makes a new
    Span object on every iteration)."""
    cached = doc.user_data.get(_ORG_OFFSETS)
    if cached is not None:
        return cached
    return [(o.start_char, o.end_char) for o in doc.spans.get(ORGS_KEY, [])]


def org_spans_in(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the organisations inside ``start:end``."""
    return [(s, e) for s, e in org_offsets(doc) if s >= start and e <= end]


class SectionParser:
    def __init__(self, rules: SectionRules | None = None) -> None:
        self.rules = rules or SectionRules.load()
        # a person's first name alone is no project ("unge som Mikkel, et nyt projekt …")
        self.first_names = PeopleRules.load().first_names
        # the head words of bodies' names ("… Center", "… Rådgivning", "… Forening")
        self.body_heads = AcronymRules().body_heads
        self.table_reader = TableReader(self.rules)
        labels = sorted(self.rules.fields, key=len, reverse=True)
        label_re = alternatives(labels)
        stop_re = alternatives(self.rules.stops)
        # a form's section number may stand before its label: "3. Samarbejdspartnere"
        # (or a part's: "DEL 3: BUDGET")
        number = r"(?:\d{1,2}\.(?:\d{1,2}\.?)?[ \t]+|(?i:del|afsnit)[ \t]+\d{1,2}[:.][ \t]+)?"
        # (a form may mark a field it requires with an asterisk: "Projekttitel*:")
        self.field_line = re.compile(rf"(?im)^[ \t•·\-]*{number}(?P<label>{label_re})\b[ \t]*\*?:?")
        # a label ends the field before it; a stop label only with a colon or alone on its
        # line (not a table row "Evaluering   150 000 kr.")
        self.any_label = re.compile(
            rf"(?m)^[ \t•·]*{number}(?:(?:{label_re})\b|(?:{stop_re})\b(?=[ \t]*(?::|$)))", re.I
        )
        # a table written as prose: "Title. Parter: A og B. Bevilling: 1,2 mio. kr. Status: …"
        # (a capitalised label with a colon right after a sentence's end)
        cap = alternatives(x[:1].upper() + x[1:] for x in [*labels, *self.rules.stops])
        self.run_in_label = re.compile(rf"(?<=[.;])[ \t]+(?P<label>{cap})[ \t]*:[ \t]")
        words = "|".join(self.rules.heading_words)
        # "Projekt 1: ", "Projekt A. ", "Delprojekt: " before a title
        heading_word = rf"(?:{words})(?:\s+(?:[A-ZÆØÅÉ]|\d{{1,2}})(?:\.\d+)?\s*[:.)]|[ \t]*:)\s*"
        self.heading_word = re.compile(heading_word)
        self.letter_heading = re.compile(
            rf"(?m)^[ \t]*(?:\#{{1,6}}[ \t]*)?(?:\d{{1,2}}\.[ \t]*)?{heading_word}"
            r"(?P<title>\S.*?)(?=\n\s*\n|\Z)",
            re.S,
        )
        self.quoted_heading = re.compile(
            rf"(?m)^[ \t]*Projekt[ \t]+(?P<owner>[^\n{OPEN_QUOTES}:]{{2,150}}?"
            rf"(?:[:\n][^{OPEN_QUOTES}]{{2,300}}?)?)\s*:?\s*"
            rf"[{OPEN_QUOTES}]\s*(?P<title>[^{CLOSE_QUOTES}]{{3,{MAX_TITLE_CHARS}}}?)"
            rf"\s*[{CLOSE_QUOTES}]"
        )
        # a list of grants: '» Haderslev Kommune: "Broen til behandling"' (the recipient
        # before the colon, its fields on the lines below; its amount may end the line:
        # '• Gentofte Kommune: "Første Skridt" (2,6 mio. kr.)')
        self.owned_quote = re.compile(
            rf"(?m)^(?:{BULLET}|[ \t]*[»›>][ \t]+)?(?P<owner>[A-ZÆØÅ][^\n:{OPEN_QUOTES}]{{2,120}}?)"
            rf"[ \t]*:[ \t]*[{OPEN_QUOTES}](?P<title>[A-ZÆØÅÉ0-9][^\n{CLOSE_QUOTES}]{{2,120}})"
            # (its short name in brackets after it: '"Digital Medicinhåndtering" (DiMeH) – 1,6
            # mio. kr.')
            rf"[{CLOSE_QUOTES}](?:[ \t]+\((?P<acronym>[A-ZÆØÅ][\wæøå-]{{1,15}})\))?"
            r"(?:[ \t]*[(,:–-][ \t]*"
            rf"(?P<amount>(?=(?:kr\.|DKK|\d)){LINE_AMOUNT})\)?"
            # (a sentence about it may follow: '…, 3,1 mio. kr. Partnere: Sygehus Lillebælt.')
            r"(?:[ \t]+[A-ZÆØÅ][^\n]*)?)?[ \t]*$"
        )
        # the other way round, a paragraph under it: "Esbjerg Kommune – Én dør\nRusmiddel…"
        self.owner_dash = re.compile(
            r"(?m)^[ \t]*(?P<owner>[A-ZÆØÅÉ][^\n–:]{2,80}?)[ \t]+[–-][ \t]+"
            # (a quoted name, its amount after a colon: 'Esbjerg Kommune – "Trappen Op": 9,4
            # mio. kr.')
            rf"(?:[{OPEN_QUOTES}](?P<quoted>[A-ZÆØÅÉ0-9][^\n{CLOSE_QUOTES}]{{1,100}})[{CLOSE_QUOTES}]"
            rf"[ \t]*:[ \t]*(?P<amount>{LINE_AMOUNT})"
            rf"|(?P<title>[A-ZÆØÅÉ{OPEN_QUOTES}][^\n]{{1,100}}?))[ \t]*\n(?=[ \t]*[A-ZÆØÅÉ])"
        )
        self.dash_heading = re.compile(
            # the dash ends the title's line or (an en dash) opens the owner's line
            r"(?m)^[ \t]*(?P<title>[A-ZÆØÅ0-9\"“”][^\n]{2,150}?)(?:[ \t]+[–-]\s+|\s+–[ \t]+)"
            r"(?P<owner>[A-ZÆØÅÉ][^\n–]{2,150}?)[ \t]*$"
        )
        title_fields = alternatives(self.rules.title_fields)
        self.title_field = re.compile(
            rf"(?im)^[ \t]*(?:\d{{1,2}}\.\d?[ \t]*)?(?:{title_fields})"
            # the value after a colon, or alone on the next line ("2. Projektets titel\nX"; not
            # a field line: "2. PROJEKT\nProjekttitel: X")
            rf"(?:[ \t]*\*?:[ \t]*|[ \t]*:?[ \t]*\n[ \t]*(?!(?:{title_fields}|{label_re})[ \t]*:))"
            r"(?P<title>\S[^\n]{2,150}?)[ \t]*$"
        )
        # a form's head may name it in a bare "Titel:" field (elsewhere a person's title)
        self.head_title_field = re.compile(
            r"(?m)^[ \t]*Titel[ \t]*:[ \t]*(?P<title>\S[^\n]{2,150}?)[ \t]*$"
        )
        inline = "|".join(self.rules.inline_words)
        # a quoted or emphasised name: «X», "X", *X*, **X** (found from the quote, which is
        # rare, back to a cue word before it: 'projektet "X"', 'kaldet «X»')
        self.quoted = re.compile(
            # (the name may wrap once: '"Fælles Front – udgående team for unge med\ndebuterende
            # psykose"')
            rf"(?:[{OPEN_QUOTES}]|\*{{1,2}}(?=[^\s*]))"
            rf"(?P<title>[^{CLOSE_QUOTES}*\n]{{3,120}}(?:\n[^{CLOSE_QUOTES}*\n]{{1,80}})?)"
            rf"(?:[{CLOSE_QUOTES}]|(?<=[^\s*])\*{{1,2}})"
        )
        # the words before a quoted name: a cue word, or money given to it ("bevilget
        # 850.000 kr. til "X"")
        self.quote_cue = re.compile(
            rf"(?i)(?:\b(?:{inline})|{COMPOUND_PROJECT}|(?:kr\.|kroner|mio\.|DKK)\s+til"
            # ('Millionstøtte til "Madvenner"': support given to it; 'I samarbejdet "X"
            # indsamler …': a joint undertaking so named)
            r"|(?:støtte|tilskud|millioner|midler)\s+til|\b(?:samarbejdet|partnerskabet)"
            # ('penge til at udvide "Hjem efter akutten"', 'forlænger "OUH Shuttle Sydfyn"':
            # what goes on is a piece of work)
            r"|\b(?:udvide|videreføre|forlænge)[rs]?)\s+\Z"
        )
        named = "|".join(self.rules.named_after)
        self.inline_named = re.compile(
            rf"{first_letters(self.rules.named_after)}(?:(?<![\wæøå])(?:{named})|{COMPOUND_PROJECT})"
            # "et nyt pilotprojekt, Trygt Ophold, der …": a name between commas
            rf"(?:,(?=[ \t]+[A-ZÆØÅÉ][^,.\n]{{2,80}},[ \t]+(?:der|som|hvor|om)\b))?[ \t]+"
            # (an article before two capitalised words or more: "går sammen om et Fælles
            # Ældre Akutteam (FÆA)")
            r"(?:e[nt][ \t]+(?=[A-ZÆØÅÉ][\w-]+[ \t]+[A-ZÆØÅÉ]))?"
            rf"(?P<title>{name_words(0, 4, first='+', joiners=JOINERS + '|&|uden')})"
            r"(?P<tail>(?:[ \t]+[a-zæøå][\w-]*){0,5})(?P<after>[ \t]*[.,;:!?()\n–]|$)?"
        )
        # where a name may follow a cue word: the patterns that start with one are tried
        # only there, instead of each scanning the whole text
        self.cue_scan = re.compile(
            rf"{first_letters(self.rules.named_after)}(?:(?<![\wæøå])(?:{named})(?![\wæøå])"
            rf"|{COMPOUND_PROJECT})"
        )
        verbs = alternatives(self.rules.work_verbs)
        self.quoted_which = re.compile(
            rf"(?P<q>[*_{OPEN_QUOTES}])(?P<title>[A-ZÆØÅÉ][^*_{CLOSE_QUOTES}\n]{{2,100}}?)"
            # '"X", som to kommuner driver', or the verb right after it: '"X" gennemføres af'
            # (its years in brackets between: '"X" (2022–2023), som kommunen gennemførte')
            rf"[*_{CLOSE_QUOTES}](?:[ \t]+\([^()\n]{{2,30}}\))?,?\s+(?:som\s[^.!?\n]{{0,120}}?)?"
            rf"(?<![\wæøå])(?:{verbs})(?![\wæøå])"
        )
        # a grant list item: "• Title – Org og Org: 4,2 mio. kr." (the amount may wrap)
        self.grant_line = re.compile(
            rf"(?m)^{BULLET}(?P<title>[A-ZÆØÅ0-9][^\n–:]{{2,100}}?)[ \t]+[–-][ \t]+"
            r"(?P<owner>[A-ZÆØÅÉ][^\n:]{2,150}?)[ \t]*:[ \t]*(?:\n[ \t]*)?"
            rf"(?P<amount>{LINE_AMOUNT})[ \t]*$"
        )
        # a heading line with its amount after a dash, a paragraph under it: "Fællesskab i
        # Ringsted - 2,8 mio. kr.\nRingsted Kommune udvikler …"
        # (its owner in brackets before the dash, the title then perhaps with a subtitle:
        # "Tæt På – trivsel for unge i Tønder (Tønder Kommune) – 4,55 mio. kr.")
        self.amount_heading = re.compile(
            r"(?m)^[ \t]*(?P<title>[A-ZÆØÅÉ](?:(?![ \t][–-][ \t])[^\n:]){2,100}?"
            r"|[A-ZÆØÅÉ][^\n:()]{2,100}?(?=[ \t]+\([^()\n]{2,80}\)[ \t]+[–-][ \t]))"
            r"(?:[ \t]+\((?P<owner>[^()\n]{2,80})\))?[ \t]+[–-][ \t]+"
            rf"(?P<amount>(?=(?:kr\.|DKK|\d))(?:{LINE_AMOUNT}))[ \t]*\n(?=[ \t]*[A-ZÆØÅÉ])"
        )
        # or in brackets after it, opening a paragraph: "Medicinrobotter på Bornholm (1,9
        # mio. kr.)\nBornholms Regionskommune og Bornholms Hospital udbreder …"
        self.bracket_amount_heading = re.compile(
            r"[ \t]*(?P<title>[A-ZÆØÅÉ][^\n:()]{2,100}?)[ \t]+\("
            rf"(?P<amount>(?=(?:kr\.|DKK|\d))(?:{LINE_AMOUNT}))\)[ \t]*\n(?=[ \t]*[A-ZÆØÅÉ])"
        )
        # a line of an allocation list: "- Name: 1.850.000 kr." (the name a known project's)
        self.allocation_line = re.compile(
            rf"{BULLET}(?P<name>[^:\n]{{2,100}}?)[ \t]*:[ \t]*"
            rf"(?P<amount>{LINE_AMOUNT})[ \t]*$",
            re.M,
        )
        # the same as a line of its own, the amount after a comma and in kroner:
        # "Madmod - Tønder Kommune og UC SYD, 1.350.000 kr."
        self.grant_row = re.compile(
            r"(?m)^[ \t]*(?P<title>[A-ZÆØÅ0-9][^\n–:,]{2,100}?)[ \t]+[–-][ \t]+"
            r"(?P<owner>[A-ZÆØÅÉ][^\n:]{2,150}?)[ \t]*,[ \t]*"
            r"(?P<amount>(?:kr\.|DKK)[ \t]*\d[\d.,]*(?:[ \t]*(?:mio\.|mia\.))?"
            r"|\d[\d.,]*[ \t]*(?:mio\.|mia\.|t\.?kr\.)?[ \t]*(?:kr\.?|kroner|DKK))[ \t]*$"
        )
        # a run-in heading opening a paragraph: "Akutteam Varde. Sammen med Varde Kommune …"
        run_in_title = (
            rf"[{OPEN_QUOTES}]?(?P<title>[A-ZÆØÅÉ][\wæøå-]*(?:[ \t]+[\wæøå&-]+){{1,5}}"
            # (or a name and its subtitle after a dash: "DELTA - Delt behandling af angst og
            # depression. Psykiatrisk Center Glostrup samarbejder …", perhaps in quotes)
            r"|[A-ZÆØÅÉ][\wæøå-]*(?:[ \t]+[\wæøå&-]+){0,3}[ \t]+[–-](?:[ \t]+[\wæøå&-]+){1,9}"
            # (or an acronym and its words in brackets: "SAMMED (Sammenhængende Medicinering på
            # plejecentre). Projektet blev …")
            r"|[A-ZÆØÅ]{2,}[\wæøå-]*[ \t]+\([A-ZÆØÅÉ][^()\n]{3,80}\)"
            # (or one word with a capital inside, before a colon: "OrthoPrint: Ortopædkirurgi,
            # Aarhus Universitetshospital, er projektejer …")
            r"|[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅ][\wæøå-]*(?=:))"
            # "Akutteam Varde. Sammen med …" or "Akutberedskab Djursland: Sammen med …"
            rf"[{CLOSE_QUOTES}]?[.:][ \t]+(?=[A-ZÆØÅÉ])"
        )
        self.run_in = re.compile(
            rf"(?=[ \tA-ZÆØÅÉ{OPEN_QUOTES}])(?:(?<=\n\n)|\A)[ \t]*"
            + run_in_title
            + r"(?P<body>(?:[^\n]|\n(?![ \t]*\n)){20,})"
        )
        # or that opens with a quoted name of any length, perhaps its place after it:
        # '"Diabetesmakkere" i Vordingborg. Projektet er udviklet af …'
        self.quoted_run_in = re.compile(
            rf"(?=[ \t{OPEN_QUOTES}])(?:(?<=\n\n)|\A)[ \t]*[{OPEN_QUOTES}]"
            rf"(?P<title>[A-ZÆØÅÉ0-9][^\n{CLOSE_QUOTES}]{{1,100}}?)[{CLOSE_QUOTES}]"
            r"(?:[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][\w-]+)?[.:][ \t]+(?=[A-ZÆØÅÉ])"
            r"(?P<body>(?:[^\n]|\n(?![ \t]*\n)){20,})"
        )
        # the same in a list, the item's line its body: "• DemensNet Fyn: Odense Kommune
        # etablerer sammen med …" (not after a dash, which in news marks speech)
        self.run_in_item = re.compile(
            r"[ \t]*[•·*\uf0b7][ \t]+" + run_in_title + r"(?P<body>[^\n]{20,})"
        )
        # an enumerated item opening with a project's name: '1) "Title". Body …',
        # "2) Long Title (ACR). Projektet er …", "3) Projektet Title. Body …"
        self.enumerated = re.compile(
            rf"(?m)^[ \t]*(?:\d{{1,2}}|[a-z])\)[ \t]+(?:Projektet[ \t]+)?[{OPEN_QUOTES}]?"
            rf"(?P<title>[A-ZÆØÅÉ][^\n.{CLOSE_QUOTES}()]{{2,100}}?)[{CLOSE_QUOTES}]?"
            r"(?:[ \t]+\((?P<acronym>[A-ZÆØÅÉ]{2,10})\))?\.[ \t]+(?=[A-ZÆØÅÉ])"
            r"(?P<body>(?:[^\n]|\n(?![ \t]*\n)){20,})"
        )
        # a heading line of its own over a paragraph (no blank line between):
        # "Akutsygepleje Øst\nKommunen har sammen med hospitalet …"
        self.line_heading = re.compile(
            # (after "a) ", or a bullet: "• X\nThisted Kommune (projektejer) …\nTilskud: …")
            r"(?=[ \tA-ZÆØÅÉa-z•·*])(?:(?<=\n\n)|\A)[ \t]*"
            r"(?:(?P<letter>[a-h]\)[ \t]+)|[•·*][ \t]+)?"
            # (commas may stand between its words, in a subtitle: read below; a long title
            # has one: "TOPAS – Tidlig Opsporing af Problematisk Alkoholforbrug i …")
            # (an ordinal may stand in it: "Ro på – søvn og nærvær for 7. klasser i Thy")
            r"(?P<title>[A-ZÆØÅÉ][\wæøå-]*"
            r"(?:,?[ \t]+(?:\d{1,2}\.(?=[ \t]+[a-zæøå])|[\wæøå&–-]+)){0,13})"
            # (its short name in brackets after it: "Misbrugsbehandling i Psykiatrien (MiP)")
            r"(?:[ \t]+\((?P<acronym>[A-ZÆØÅ][\wæøå-]{1,15})\))?"
            r"!?[ \t]*\n(?=[ \t]*[A-ZÆØÅÉ])(?P<body>(?:[^\n]|\n(?![ \t]*\n)){40,})"
        )
        # the verb of a news heading: "Jobbroen forlænges" (the name is the part before it)
        headline_verbs = alternatives(self.rules.headline_verbs)
        self.headline_verb = re.compile(rf"[ \t]+(?:{headline_verbs})(?![\wæøå])")
        # a quoted name alone on a line over a paragraph: '»Demensvenlig Lolland«\nLolland
        # Kommune modtager …'
        self.quoted_line = re.compile(
            rf"(?m)^[ \t]*[{OPEN_QUOTES}*_](?P<title>[A-ZÆØÅÉ0-9][^\n{CLOSE_QUOTES}*_]{{2,120}})"
            rf"[{CLOSE_QUOTES}*_][ \t]*\n(?P<body>(?:[^\n]|\n(?![ \t]*\n)){{20,}})"
        )
        # a document about one project says so in its title line: "Referat af
        # styregruppemøde – Title", "Statusrapport for projekt Title", "Fakta om Title",
        # "Projektbeskrivelse\nTitle 2025-2027" (the years are no part of the name)
        self.document_kinds = {k.casefold() for k in self.rules.document_kinds}
        self._item_kinds = frozenset(
            (*self.rules.agenda_kinds, *self.rules.descriptor_kinds, *self.rules.document_kinds)
        )
        # a report about a project, which its first lines say it is ("Midtvejsevaluering")
        self._report_kind = re.compile(
            rf"(?i)(?<![\wæøå])(?:{alternatives(self.rules.project_document_kinds)})"
        )
        kinds = alternatives(self.rules.document_kinds)
        # only a document that describes a project has its name alone on the next line
        about = alternatives(self.rules.project_document_kinds)
        name = (
            # ('om projektet\n"X"': the name may stand on the next line)
            # (not a field's line: "Fakta om projektet\nProjektejer: X")
            rf"(?:(?i:projektet|projekt)(?:[ \t]*:)?(?:[ \t]+|[ \t]*\n[ \t]*"
            rf"(?=[{OPEN_QUOTES}]|[A-ZÆØÅÉ](?![^\n:]{{0,40}}:))))?"
            # ("om drift og udvikling af X": what the document does with it)
            r"(?:(?:[a-zæøå]+[ \t]+){1,3}af[ \t]+(?=[A-ZÆØÅÉ]))?"
            rf"[{OPEN_QUOTES}]?"
            r"(?P<title>[A-ZÆØÅÉ][^\n]{2,160}?)"
            rf"[{CLOSE_QUOTES}]?(?:[ \t]+(?P<years>(?:19|20)\d\d[ \t]*[–-][ \t]*(?:19|20)?\d\d))?"
            r"[ \t]*$"
        )
        self.document_title = re.compile(
            # ("SAMARBEJDS- OG DRIFTSAFTALE\nom X": a coordinated kind, the title below it)
            rf"(?m)^[ \t]*(?i:[\wæøå]+-[ \t]+og[ \t]+)?(?i:{kinds})(?:[ \t]+[\wæøå.]+){{0,3}}?"
            # a dash (not a word's own hyphen: "UNG-MOD") or a preposition; not a colon
            # ("Status: I drift" is a field)
            rf"(?:[ \t]+[–-][ \t]*|[ \t]*–[ \t]*|[ \t]+(?:for|om|vedr\.|vedrørende)[ \t]+"
            # or on the line below: "AFTALE OM FÆLLES FINANSIERING\naf X (FUS)", or a cover
            # page's lines apart: "SAMARBEJDSAFTALE\n\nom\n\nX\n\nmellem"
            rf"|[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:for|om|af|vedr\.|vedrørende)"
            rf"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*))"
            rf"{name}"
        )
        # the other way round: "Familiespor Kolding – slutevaluering" (often a running header)
        self.titled_document = re.compile(
            rf"(?m)^[ \t]*(?P<title>[A-ZÆØÅÉ][^\n–]{{2,80}}?)[ \t]+[–-][ \t]+"
            rf"(?i:{about})(?![\wæøå])"
        )
        self.project_document_title = re.compile(
            rf"(?m)^[ \t]*(?i:{about})(?:[ \t]+(?:nr\.?[ \t]*)?\d{{1,2}})?"  # "Statusrapport nr. 2"
            rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*{name}"
        )
        is_a = "|".join(self.rules.is_a)
        self.is_a = re.compile(
            # (perhaps a list item: "• Bybi er et projekt, hvor …")
            rf"(?m)(?=[ \t•·\uf0b7\-–*A-ZÆØÅÉ])(?:^|(?<=[.!?]\s))[ \t]*(?:[•·\uf0b7\-–*][ \t]+)?"
            rf"(?P<title>[A-ZÆØÅÉ][^\n.!?]{{1,90}}?)\s+er\s+et\s+(?:[\w-]+\s+){{0,2}}?\w*(?:{is_a})\b"
        )
        # (the headline patterns are tried where a news item's headline stands: see
        # ``_headline_starts``)
        # a quoted name the headline opens with or gives after a colon: '"Digitale Naboer"
        # skal få ældre på nettet', 'Psykologen flytter ind: "Åben Dør" skal fange …'
        self.quoted_headline = re.compile(
            rf"\s*(?:[^\n{OPEN_QUOTES}:]{{3,80}}:[ \t]+)?"
            rf"[{OPEN_QUOTES}](?P<title>[A-ZÆØÅÉ0-9][^\n{CLOSE_QUOTES}]{{2,80}}?)"
            # (the news after it, or after a colon: '"KOL Hjemme": Tablet og iltmåler skal …')
            rf"[{CLOSE_QUOTES}](?:[ \t]+[a-zæøå]|:[ \t]+[A-ZÆØÅÉ])"
        )
        # a news headline whose subject gets money: "Sundhedsbus Nord får en halv million
        # fra Nordea-fonden"
        self.headline = re.compile(
            rf"\s*(?P<title>{name_words(1, 4)})[ \t]+(?:får|fik|modtager|har fået|henter)[ \t]"
            r"(?P<rest>[^\n]*)"
        )
        # or whose subject the article names again: "Åben Dør skal fange borgere i krise"
        # and, further down, "Åben Dør får åbent alle hverdage"
        self.headline_subject = re.compile(
            rf"\s*(?P<title>{name_words(1, 4)})[ \t]+(?:{headline_verbs})[ \t][^\n]*"
        )
        # or that names it before a colon, the news after it: "Virtuel Sengestue: Nu kan du
        # være indlagt i din egen dagligstue" ("Fremtidsspor: 4,8 millioner skal …")
        # (a name may be written in sentence case: "Farmaceut på stuegang: Kliniske …")
        self.headline_colon = re.compile(
            rf"\s*(?P<title>{name_words(1, 4)}"
            r"|[A-ZÆØÅÉ][\wæøå-]+(?:[ \t]+[a-zæøå][\wæøå-]*){1,3})"
            r":[ \t]+[A-ZÆØÅÉ0-9][^\n]*[^.\n][ \t]*$",
            re.M,
        )
        # or that names its kind before a colon, the name after it: "Ny indsats: Palliation
        # til mennesker med svær sclerose"
        self.kind_headline = re.compile(
            rf"\s*(?:Ny|Nyt|Nye)[ \t]+(?:{alternatives(self.rules.is_a)})[ \t]*:[ \t]+"
            r"(?P<title>[A-ZÆØÅÉ][^\n.!?:]{2,100}?)[ \t]*$",
            re.M,
        )
        # or a name of one word, before a verb or a colon: "Diabetesbussen skal finde …",
        # "Madmod: Enlige mænd lærer at lave mad" (trusted only on ``_one_word_headline``)
        self.headline_word = re.compile(
            rf"\s*(?P<title>[A-ZÆØÅÉ][\w-]{{3,}})"
            rf"(?:[ \t]+(?:{headline_verbs})[ \t]|:[ \t]+[A-ZÆØÅÉ0-9])(?P<rest>[^\n]*)"
        )
        # a project known by what it does: "afprøvet projektet om fælles udskrivnings-
        # koordinatorer for borgere med svær psykisk sygdom." (definite: one project); the
        # name is what follows the noun and its preposition
        self.described = re.compile(
            # "projektet" may end a compound ("pilotprojektet om …")
            r"(?=[pPfF])(?:projektet[ \t]+om|(?<![\wæøå])forsøget[ \t]+med)[ \t]+"
            r"(?:(?:et|en|den|det|de)[ \t]+)?(?P<title>[a-zæøå][^.,;:!?\n()]{5,140}?)"
            r"(?=[ \t]*[.,;:!?\n(]|[ \t]+(?:der|som|hvor|sammen med|i samarbejde med)[ \t])",
            re.I,
        )
        # a catalogue entry: a name on a line of its own, its field lines right under it
        # (or, in a document's first lines, after one blank line: an application's title)
        # ("Tele-KOL Samsø\nProjektejer: Samsø Kommune\nBudget: 2,1 mio. kr.")
        self.field_block = re.compile(
            # (a form's lettered section: "B. Ansøger")
            rf"(?:(?<=\n\n)|\A)[ \t]*"
            rf"(?P<number>(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]?|[a-h]\)|[A-H]\.)[ \t]+)?"
            # (its subtitle may follow a colon: "Ud i naturen: Friluftsliv som læringsrum …")
            rf"(?P<title>[A-ZÆØÅÉ][^\n:]{{2,100}}?(?::[ \t]+[A-ZÆØÅÉ][^\n:]{{2,100}}?)?)"
            r"(?<![.!?])"  # (no sentence: "X og Y starter projektet Z.\n\nBudget: …")
            # (in a form's head a subtitle line may stand under it: "Tilbage på sporet\nEt
            # tværsektorielt forløb for …\n\nAnsøger: …")
            rf"[ \t]*\n(?P<sub>[ \t]*[A-ZÆØÅÉ][^\n:]{{2,120}}(?<!\.)[ \t]*\n)?(?P<gap>[ \t]*\n)?"
            rf"(?=[ \t•·\-]*(?i:{label_re}|{stop_re})[ \t]*:)"
        )
        # a list item that opens with a name and a clause about it: "- TeleKOL Vest, hvor
        # borgere med KOL …", "- Sygeplejeklinikken i Struer, som kommunen driver …"
        # (or with news of it: "• Demenslinjen Kolding er kommet godt fra start. Telefonlinjen,
        # som Kolding Kommune driver sammen med …")
        # (that one not after a dash, which in news marks speech: "- Mennesker med KOL skal …")
        self.named_item = re.compile(
            rf"(?m)^{BULLET}(?P<title>{name_words(0, 5)})(?P<clause>,[ \t]+(?:som|hvor|der)\b"
            rf"|(?=[ \t]+(?:{alternatives(self.rules.headline_verbs)})[ \t]))"
            r"(?P<body>[^\n]{10,})"
        )
        # a numbered agenda item or section heading: "3. Status: Akutfunktion Halsnæs",
        # "Punkt 2. Ansøgning til X's pulje: Title – subtitle", "Ad 2. Title – status
        # (Orientering)"; the item's kind may stand before a colon, its kind of case in
        # parentheses after it
        # numbered like agenda items, or as an agreement's clauses ("§ 5. Delprojekt: X")
        numbering = alternatives((*self.rules.boundary_words, "§"))
        # a line that opens with a number, a letter item or an agenda word
        self.numbered_line = re.compile(rf"(?m)^[ \t]*(?:\d|[a-z]\)|{numbering})")
        kinds_of_item = alternatives(self.rules.agenda_kinds)
        # a title's prefix that names the case, not the project ("Bevilling til", "Status på")
        self._drop_words = (
            "(?i:" + alternatives(self.rules.drop_prefixes, longest_first=True) + r")(?=[ \t])"
        )
        self.numbered_item = re.compile(
            rf"(?m)^[ \t]*(?:(?P<word>{numbering})[ \t]*(?:nr\.[ \t]*)?)?"
            # (a council's items run past 99: "Sag nr. 143", "112. X")
            r"(?(word)\d{1,3}|(?:\d{3}(?=[.)])|\d{1,2}))(?:\.\d{1,2})*"
            # (after an agenda word the title may stand on the next line: "Sag nr. 7\nX")
            r"(?:[.)]|[ \t]+[–·-])?(?(word)(?:[ \t]+|[ \t]*:?[ \t]*\n[ \t]*)|[ \t]+)"
            # (or before a dash: "113. Anlægsbevilling - Familiens Hus Hjørring")
            # (a new one so called: "3. Nyt delprojekt: \"Kriselinje Syd\" – …")
            rf"(?:(?P<kind>(?:(?:Ny|Nyt|Nye)[ \t]+(?i:{kinds_of_item})|{kinds_of_item})(?![\wæøå]))"
            r"(?:(?:[ \t]+[^\n:]{0,60}?)?[ \t]*:|[ \t]+[–-])[ \t]*"
            # "Orientering om Sårklinik Midt": the kind, a preposition, a name
            # ("Ansøgning til STAR om SIBR": the body asked may stand between)
            # ("Bevilling fra udviklingspuljen til X": the giver may stand between)
            rf"|(?P<kind_of>(?:{kinds_of_item}))(?:[ \t]+til[ \t]+{name_words(0, 3)})?"
            # (not a named pool's "til": "Bevilling fra Puljen til Nære Sundhedstilbud")
            r"(?:[ \t]+fra[ \t]+(?:[\wæøå-]+[ \t]+){0,3}?[\wæøå-]+(?<!Pulje)(?<!Puljen)"
            r"(?=[ \t]+til[ \t]))?"
            r"[ \t]+(?:om|af|vedr\.|vedrørende|for|over|til)"
            # (or, in lower case, a prefix the title drops: "Orientering om bevilling til X")
            r"[ \t]+"
            rf"(?=[A-ZÆØÅÉ{OPEN_QUOTES}]|{self._drop_words}))?"
            rf"(?P<title>[A-ZÆØÅÉ{OPEN_QUOTES}][^\n]{{2,140}}?|(?:{self._drop_words})[^\n]{{2,140}}?)"
            r"[ \t]*(?:\((?P<aside>[^()\n]*)\))?[ \t]*$"
        )
        # a kind of case after a dash or comma ends the title: "Title – status efter første
        # år", "Title, forlængelse 2025-2026"
        self.item_descriptor = re.compile(
            # (or after a full stop: "X – …. Status og anbefaling om forlængelse")
            rf"(?i)(?:(?:[ \t]+[–-]|,|\.)[ \t]+"
            rf"(?:{alternatives((*self.rules.agenda_kinds, *self.rules.descriptor_kinds))})"
            # (a party's share after a dash: "Sundhedsbussen X – kommunal medfinansiering")
            r"|[ \t]+[–-][ \t]+(?:kommunal[ \t]+)?medfinansiering)"
            r"(?![\wæøå]).*\Z"
        )
        # the item's text refers back to it: "Projektet gennemføres af …", "… . Projektets
        # budget er …"
        back = alternatives(self.rules.back_references)
        self.back_reference = re.compile(
            rf"(?m)(?:^|(?<=[.!?] ))[ \t]*(?:{back})(?:s)?(?![\wæøå-])"
        )
        # a run-in title, the text going on after it on the same line: "4.2 Hjemmemonitorering
        # af gravide. Projektet ejes af …"
        # (after "Stk." or "§" too, and referred back to later in its paragraph: "Stk. 1.
        # ViGo – Virtuel genoptræning. Ortopædkirurgisk Afdeling … Projektet har …")
        self.run_in_line = re.compile(rf"(?m)^[ \t]*(?:\d|Stk\.|{numbering})")
        self.numbered_run_in = re.compile(
            rf"(?m)^[ \t]*(?:(?:Stk\.|{numbering})[ \t]*)?\d{{1,2}}(?:\.\d{{1,2}})*[.)]?[ \t]+"
            r"(?P<title>[A-ZÆØÅÉ][^\n.:;!?()]{2,100}?)\.[ \t]+"
            rf"(?=(?:[^\n]*?[.!?][ \t]+)?(?:{back})(?:s)?(?![\wæøå-]))"
        )
        self._section_labels = {w.lower() for w in (*self.rules.stops, *self.rules.fields)}
        self._stop_prefixes = tuple(w.lower() for w in self.rules.stops)  # "Evaluering af …"
        self._labels = self._section_labels | {w.lower() for w in self.rules.title_fields}
        # a list item that opens with a quoted name and speaks of work with partners:
        # '• "Sammen hjem" er et samarbejde mellem …', '• I "TeleRehab" tilbyder kommunen …'
        self.quoted_item = re.compile(
            rf"(?m)^{BULLET}(?:[\wæøå]+[ \t]+){{0,2}}?[{OPEN_QUOTES}]"
            rf"(?P<title>[A-ZÆØÅ0-9][^{CLOSE_QUOTES}\n]{{1,100}})[{CLOSE_QUOTES}](?P<body>[^\n]{{10,}})"
        )
        # a grant to a named recipient: "har bevilget 3.412.000 kr. til Fælles Ungeteam
        # Vestegnen"
        # (or received, from a funder: 'har modtaget 750.000 kroner fra Nordea-fonden til
        # "Leg i ventetiden"', the name then in quotes)
        self.granted_to = re.compile(
            rf"(?:{alternatives(self.rules.grant_verbs)})[ \t]+"
            # (the currency before or after the number: "får kr. 2.850.000 til")
            r"[^\n]{0,90}?(?:kr\.|kroner|DKK|mio\.)(?:[ \t]*\d[\d.,]*)?"
            r"(?:[ \t]+fra[ \t]+[^\n.]{1,60}?)?"
            r"(?<![Pp]ulje)(?<![Pp]uljen)[ \t]+til[ \t]+"  # not "fra Puljen til X": its name
            rf"(?:[{OPEN_QUOTES}](?=[A-ZÆØÅÉ][^{CLOSE_QUOTES}\n]{{2,80}}[{CLOSE_QUOTES}]))?"
            rf"(?P<title>{name_words(1, 5)}"
            rf"|(?<=[{OPEN_QUOTES}])[A-ZÆØÅÉ][^{CLOSE_QUOTES}\n]{{2,80}}"
            # an acronym and its words between dashes: "til SAMKRÆFT – Sammenhængende … – som"
            r"|[A-ZÆØÅ]{3,}[ \t]+–[ \t]+[A-ZÆØÅÉ][^–\n]{2,80}?(?=[ \t]+–)"
            # words in apposition to their kind: "til Natur og fællesskab efter kræft, et tilbud"
            rf"|[A-ZÆØÅÉ][\wæøå-]*(?:[ \t]+[\wæøå-]+){{1,6}}"
            rf"(?=,[ \t]+e[nt][ \t]+(?:[\w-]+[ \t]+){{0,2}}?[\w-]*(?:{'|'.join(self.rules.is_a)})"
            r"(?![\wæøå])))"
        )
        # a paragraph that opens with a project's name as the subject of a sentence about
        # it: "Sundhed på Gaden – Holbæk er det mindste af de tre projekter."
        self.subject = re.compile(
            LINE_START
            + rf"(?:(?<=\n\n)|\A)[ \t]*(?P<title>{name_words(1, 7, joiners=JOINERS + '|–|-')})"
            r"[ \t]+er[ \t]"
            r"[^.!?\n]{0,120}?(?<![\wæøå])(?:[\wæøå]*projekt(?:et|er|erne)?|samarbejde)(?![\wæøå])"
        )
        # a paragraph that opens with a name its owner runs: "Træning Tæt På ejes af Favrskov
        # Kommune og …" (an organisation must follow the verb)
        owned = alternatives(self.rules.owned_verbs, longest_first=True)
        self.owned_subject = re.compile(
            LINE_START
            + r"(?:(?<=\n\n)|\A)[ \t]*(?:(?:Del|Pilot)?[Pp]rojektet[ \t]+)?"
            + rf"(?P<title>{name_words(1, 6)})[ \t]+(?:{owned})[ \t]+(?=[A-ZÆØÅ])"
        )
        # a name with its kind in apposition: "… er Fodklinik på Hjul, et tværsektorielt
        # samarbejde mellem …"
        # (or after a dash: "Fællesskab i Fokus (FiF) – et fireårigt udviklingsprojekt")
        kind_after = (
            # (or whose it is: "DiaMind, vores fællesprojekt med …")
            rf"(?:,|[ \t]+–)[ \t]+(?:et|en|vores|deres|jeres)[ \t]+(?:[\w-]+\s+){{0,2}}?[\w-]*"
            rf"(?:{is_a})(?![\wæøå])"
        )
        self.apposition = re.compile(
            rf"(?<=\s)[{OPEN_QUOTES}]?(?P<title>{name_words(0, 4, first='+')}"
            # (its subtitle after a dash: "MULTI-AKUT – Multisygdom og akutte forløb på tværs,
            # et forskningsprojekt, som …")
            r"(?:[ \t]+–[ \t]+[\wæøåÆØÅ][^,.!?\n()–]{2,80}?)?)"
            rf"[{CLOSE_QUOTES}]?"
            + _SPELLED_OUT_ASIDE  # "TRIN (Tidlig Rehabilitering …), et fireårigt samarbejde"
            + kind_after
        )
        # the same after a cue word, the name free up to the comma: "indsatsen Mad, medicin
        # og mobilitet, et samarbejde med …"
        self.named_apposition = re.compile(
            rf"(?<![\wæøå])(?:{named})[ \t]+(?P<title>[A-ZÆØÅÉ][^.!?\n()]{{2,80}}?)"
            # (an aside in brackets after it: its acronym, its years)
            rf"(?:[ \t]+\([^()\n]{{2,100}}\))?{kind_after}"
        )
        # or after a verb of work on it: "har … gennemført Fødsel uden grænser, et tilbud om …"
        self.worked_apposition = re.compile(
            rf"(?<![\wæøå])(?:{verbs})[ \t]+"
            rf"(?P<title>[A-ZÆØÅÉ][^.,!?\n()]{{2,80}}?)(?:[ \t]+\([^()\n]{{2,100}}\))?{kind_after}"
        )

        # a name after a cue word, up to the clause about it (and over a line break):
        # "projektet Trygt hjem\ni Thy og Mors, som to kommuner …"
        self.named_clause = re.compile(
            rf"(?<![\wæøå])(?:{named})[ \t]+(?P<title>[A-ZÆØÅÉ][^.,;:!?\n()]{{2,80}}?"
            r"(?:\n(?=[a-zæøå])[^.,;:!?\n()]{1,60}?)?),[ \t]+(?:som|der|hvor|hvilket)(?![\wæøå])"
        )
        # a name after a preposition and before the clause about who runs it: "lokalerne til
        # Røgfri Start, som Ikast-Brande Kommunes sundhedscenter driver sammen med …"
        self.which_runs = re.compile(
            # not "i": "i Hanstholm, som"; a definite noun may name its kind: "natcaféen X, som
            # Herning Kommune drev"
            # ("erfaringerne fra VR-Lunge, hvor OUH og Svendborg Kommune tilbød …")
            # ("betydningen af Fælles Indgang, som forvaltningen har drevet")
            r"(?:til|om|på|med|ved|fra|af|partner[ \t]+i|(?<![\wæøå])[a-zæøåé]{3,}(?:en|et))[ \t]+"
            # (its acronym spelled out may stand between: "om HIVA (Hjemmebehandling …), som")
            r"(?P<title>[A-ZÆØÅÉ][^.,;:!?\n()]{2,60}?)(?:[ \t]+\([^()\n]{3,80}\))?,"
            # (an initial's full stop is no sentence's end: "som Nykøbing F. Sygehus gennemførte")
            rf"[ \t]+(?:som|hvor)[ \t](?:[^.!?\n]|(?<=[ \t][A-ZÆØÅ])\.){{0,120}}?"
            rf"(?<![\wæøå])(?:{verbs})(?![\wæøå])"
        )
        # a paragraph or list item that opens with a name (in sentence case too) and a clause
        # about who runs it: "Demensvenlig indlæggelse, hvor Nordsjællands Hospital sammen med
        # … afprøver …", "c) Pårørendeskolen Sydvest, som Alzheimerforeningen er ansvarlig for
        # i samarbejde med …" (its acronym's words may stand between, in brackets)
        self.opening_which = re.compile(
            rf"[ \t]*(?:{ITEM_MARK})?"
            rf"(?:(?:{alternatives(self.rules.sentence_adverbs)})[ \t]+)?"
            r"(?P<title>[A-ZÆØÅÉ][\w-]*(?:[ \t]+[\wæøå&-]+){0,5}?)(?:[ \t]+\([^()\n]{3,100}\))?"
            rf",[ \t]+(?:som|hvor)[ \t](?P<clause>(?:[^.!?\n]|(?<=[ \t][A-ZÆØÅ])\.){{0,160}}?"
            rf"(?<![\wæøå])(?:{verbs}|sammen med|i samarbejde med)(?![\wæøå]))"
        )
        # a name that a body tries out or runs, with a clause about it: "… afprøver parallelt
        # KOL-skolen Online, hvor patientundervisningen flyttes …", "har sammen drevet
        # Akutteam Lolland-Falster, hvor …", "drevet det forebyggende tilbud X, hvor …"
        self.runs_named = re.compile(
            # (a first letter looked at first: the text is read fast where none stands)
            r"(?=[adgkteu])(?<![\wæøå])(?:afprøv(?:er|ede|et)|drive[rt]|drevet|gennemfør(?:er|t)"
            r"|kør(?:er|t)"
            r"|test(?:er|et)|udvikl(?:er|et)|etabler(?:er|et))"
            r"(?:[ \t]+(?:nu|også|parallelt|desuden))?[ \t]+"
            # (after its kind one word may name it)
            r"(?:(?:det|den|et|en)(?:[ \t]+[a-zæøå]+){0,2}[ \t]+(?:tilbud|team|forløb)[ \t]+)?"
            rf"(?P<title>(?:{_AFTER_KIND}){name_words(0, 4)}|{name_words(1, 4)}"
            # (one long word with a clause about it: "afprøvet Kalundborgmodellen, hvor …",
            # or in sentence case: "udviklet Palliativ hjemmeinfusion, hvor patienter …")
            r"|[A-ZÆØÅ][a-zæøå-]{7,}(?=,[ \t]+(?:hvor|som)[ \t])"
            r"|[A-ZÆØÅ][a-zæøå-]{3,}(?:[ \t]+[a-zæøå][a-zæøå-]*){1,3}(?=,[ \t]+(?:hvor|som)[ \t]))"
            # (or who ran it with whom: "drevet Fælles Akutteam X sammen med …")
            r"(?:,[ \t]+(?:hvor|som|der)[ \t]|[ \t]+(?:sammen med|i samarbejde med)[ \t])"
        )
        # a team's name: capitalised words (small words between them) before what the team
        # is for or does: "team Tryg Retur for borgere over 75", "udgående team Dobbelt op i
        # Vest for borgere med …"
        self.team_named = re.compile(
            r"(?=[Tt])(?<![\wæøå])[Tt]eam(?:et)?[ \t]+"
            r"(?P<title>[A-ZÆØÅÉ][\w-]*"
            r"(?:[ \t]+(?:[a-zæøå]{1,4}[ \t]+){0,2}[A-ZÆØÅÉ0-9][\w-]*){1,5})"
            r"(?=[ \t]+[a-zæøå]|[ \t]*[.,;:!?)\n]|\Z)"
        )
        # what an agreement is about, with a clause about it: "skrev under på en aftale med Hus
        # Forbi og Jobcenter København om Gadejob, hvor borgere …"
        self.agreed_on = re.compile(
            r"(?=[asp])(?<![\wæøå])(?:aftale|samarbejde|partnerskab)(?:n|en|et|t)?"
            r"[ \t][^.\n]{0,80}?"
            rf"(?<=[ \t])om[ \t]+(?P<title>{name_words(0, 4, first='+')}),"
            r"[ \t]+(?:hvor|som|der)[ \t]"
        )
        # a name a body takes part in, another owning it: "har Odense Kommune deltaget i
        # Akutnetværk Nordøstfyn, hvor Kerteminde Kommune er projektejer"
        owner_words = alternatives(self.rules.fields_of("owner"))
        self.takes_part_in = re.compile(
            r"(?:deltager|deltaget|deltage|indgår|indgået)[ \t]+i[ \t]+"
            r"(?P<title>[A-ZÆØÅÉ][^.,;:!?\n()]{2,100}?),[ \t]+(?:hvor|som)[ \t][^.!?\n]{0,80}?"
            rf"(?i:{owner_words})(?![\wæøå])"
        )
        # a name in capitals that a partnership is about: "et nyt partnerskab med X og Y om
        # TRÆN VIDERE"
        self.capitals_about = re.compile(
            rf"(?:{alternatives(self.rules.about_nouns)})"
            r"[^.!?\n]{0,150}?[ \t]om[ \t]+"
            r"(?P<title>[A-ZÆØÅ]{2,}(?:[ \t]+[A-ZÆØÅ0-9]{2,}){0,4})(?![\wæøå-])"
        )
        # an e-mail's or a memo's subject naming a project the text speaks of again: "Emne:
        # SV: JobKompasset – tilsagn fra STAR" (the name; what follows is the mail's news),
        # "Vedr.: Fælles Indgang – én vej ind for unge" (a memo's matter: the whole title)
        self.mail_subject = re.compile(
            r"(?m)^[ \t]*(?:Emne|Subject|(?P<matter>Vedr\.|Vedrørende))[ \t]*:[ \t]*"
            r"(?:(?:SV|VS|Re|RE|Fw|FW|Fwd)[ \t]*:[ \t]*)*"
            r"(?P<title>[A-ZÆØÅÉ][^\n]{2,120}?)[ \t]*$"
        )
        # a name right after a verb of starting something: "har vi etableret Klinisk Campus
        # Syd.", "åbnet Natlys – et tilbud, hvor …"
        started = rf"(?:{alternatives(self.rules.start_verbs)})[ \t]+"
        self.started = re.compile(
            rf"{started}(?P<title>{name_words(0, 4, first='+')})(?=[ \t]*(?:[.,]|[–-][ \t]))"
        )
        # … or quoted: 'har sammen skabt "Lægen kommer"'
        self.started_quoted = re.compile(
            rf"{started}[{OPEN_QUOTES}](?P<title>[A-ZÆØÅÉ][^{CLOSE_QUOTES}\n]{{2,80}})[{CLOSE_QUOTES}]"
        )
        # the first, second … of several named in apposition: "Den første, Home First
        # Nordsjælland, skal …", 'Den anden indsats, "Åben Dør", er for unge …'
        self.ordinal_apposition = re.compile(
            rf"(?:{alternatives(self.rules.ordinals)})(?:[ \t]+[a-zæøå]+)?,[ \t]+"
            rf"[{OPEN_QUOTES}]?(?P<title>[A-ZÆØÅÉ][^,.\n(){CLOSE_QUOTES}]{{2,60}}?)[{CLOSE_QUOTES}]?"
            + _SPELLED_OUT_ASIDE  # "Det andet projekt, KOMPAS (Koordineret …), er …"
            + ","
        )
        # a project noun and the name in apposition: "I partnerskabets første projekt,
        # Diabetesvenner Lolland-Falster, bliver …", "Det mindre projekt, Job efter krisen,
        # ledes af …"; or ending the sentence before one that refers back to it: "… haft et
        # fælles projekt, Genoptræningsalliancen Sydøst. Projektet har …"
        self.project_apposition = re.compile(
            r"(?<![\wæøå])(?:[\wæøå]*projekt|indsats|initiativ)(?:et|en)?,[ \t]+"
            rf"[{OPEN_QUOTES}]?(?P<title>[A-ZÆØÅÉ][^,.;:!?\n{CLOSE_QUOTES}]{{2,60}})"
            rf"[{CLOSE_QUOTES}]?(?:,[ \t]+(?=[a-zæøå])|\.[ \t]+(?=(?:{back})(?:s)?(?![\wæøå-])))"
        )
        # a name after a kind of work and a colon, ending its sentence: "… om et nyt tilbud:
        # Lungebussen."; a fact box's title: "FAKTA: Lungebussen"
        colon_name = r"[ \t]*:[ \t]+(?P<title>[A-ZÆØÅÉ][^.,;:!?\n]{1,60}?)[ \t]*(?:[.!]|$)"
        self.colon_name = re.compile(
            rf"(?:{alternatives(self.rules.colon_kinds)})(?:et|en|det)?" + colon_name,
            re.M,
        )
        self.fact_box = re.compile(r"(?m)^[ \t]*(?i:fakta)" + colon_name)
        # a name given in so many words, up to the clause after it: "Projektet hedder HomeStep
        # – Early Rehabilitation After Hip Fracture og har fået …"
        # words that give a name in so many words ("har fået navnet", "hedder")
        naming = alternatives(self.rules.naming_verbs)
        self.naming_word = re.compile(rf"(?i)(?<![\wæøå])(?:{naming})(?![\wæøå])")
        # or before a clause that says it is the name: "Demensteam Thy-Mors, som projektet
        # hedder, består af …"
        self.name_clause = re.compile(
            rf"(?P<title>{name_words(1, 5, joiners=JOINERS + '|–|-')}),[ \t]+som[ \t]+"
            rf"(?i:{back})[ \t]+(?:{naming})(?![\wæøå])"
        )
        self.called = re.compile(
            # (the name may wrap to the next line, and have its spelling-out in brackets
            # after it: "får navnet\nFUSE (Fælles Udvikling af …)")
            rf"(?:{naming})(?:[ \t]+|[ \t]*\n[ \t]*)[{OPEN_QUOTES}]?"
            rf"(?P<title>[A-ZÆØÅÉ][^.,;:!?\n(){CLOSE_QUOTES}]{{2,100}}?)[{CLOSE_QUOTES}]?"
            r"(?=[ \t]+og[ \t]+(?:er|har|skal|blev|bliver|kører|løber|drives|ledes|koster|kostede"
            r"|får|fik|giver|tilbyder|omfatter|varer|starter)(?![\wæøå])"
            r"|[ \t]*[.,;:!?\n]|[ \t]*\Z|[ \t]+\()"
        )
        # a name fronted with "I" and the verb before the subject: "I projektet Tryg efter
        # udskrivelse arbejder Ballerup Kommune sammen med …" (the subject an organisation)
        self.fronted = re.compile(
            rf"(?=I)(?<![\wæøå])I[ \t]+(?:{named})[ \t]+"
            r"(?P<title>[A-ZÆØÅÉ][\wæøå-]*(?:[ \t]+[\wæøå-]+){0,6}?)[ \t]+[a-zæøå]+[ \t]+"
            r"(?P<subject>[A-ZÆØÅÉ])"
        )

    # ------------------------------------------------------------------ headings
    def headings(self, doc: Doc, tables=None) -> list[Heading]:
        """Every project heading and name of the document; ``tables`` as from ``tables()``."""
        text = doc_text(doc)
        if tables is None:
            tables = self.tables(text, doc.user_data.get(OFFSETS_KEY))
        found, blocks = self._block_headings(doc, text, tables)
        found += self._paragraph_headings(doc, text, blocks)
        found += self._names_in_running_text(doc, text, blocks)
        found = self._longest_names(text, found)
        org_names = {text[a:b] for a, b in org_offsets(doc)}
        furniture = page_furniture(text)
        found = [self._without_back_reference(h) for h in found]
        found = [h for h in found if self._may_name(text, h, org_names, furniture)]
        if any(h.cover for h in found):
            # a form that names its project in a title field: the form's own name beside its
            # issuer ("Sundhedsstyrelsen – Ansøgningsskema", a running header too) is none
            found = [
                h
                for h in found
                if not any(p.casefold() in _FORM_NAMES for p in DASH.split(h.title))
            ]
        found = self._dedupe(found)
        found = [self._topic_named(text, h, found) for h in found]
        found = [
            h
            for h in found
            if not h.topic
            or not any(
                h.line_start < o.start < h.section_end
                # its own acronym: "4.1 Ryggen i Centrum (RiC)"
                and f"({o.title})" not in text[h.line_start : text.find("\n", h.start)]
                # its own name with or without the subtitle: "5. NATKAM – Natligt …" and
                # "… NATKAM", "Orientering om bevilling til X" and '"X – botræning …"'
                and not (DASH.search(h.title) and o.title == DASH.split(h.title, maxsplit=1)[0])
                and not o.title.startswith(f"{h.title} – ")
                # its own name, by the acronym the item gives: "… (TOD-Nord)" and "projektet
                # Tidlig Opsporing af Demens i Nordjylland (TOD-Nord)"
                and not (h.acronym and text.startswith(f" ({h.acronym})", o.end))
                and not o.topic
                # the project the item's project is part of: "Som en del af TOPU har PPR …"
                and not _PART_OF.search(text, max(0, o.start - 10), o.start)
                for o in found
            )
        ]
        found = self._full_titles(
            text, [_acronym_after(text, _spelled_out(text, _split_acronym(h))) for h in found]
        )
        tagged = [
            h
            for h in self._model_names(doc, text, found)
            if self._may_name(text, h, org_names, furniture)
        ]
        # (a tagged short name the text spells out once is known by its full name too)
        found += self._full_titles(text, tagged, context=found)
        return sorted(found + self._named_again(text, found), key=lambda h: h.start)

    def _may_name(
        self, text: str, h: Heading, org_names: set[str], furniture: frozenset[int]
    ) -> bool:
        """Whether ``h``'s title may name a project at all."""
        return bool(
            not PAGE_NUMBER.fullmatch(h.title)  # "Side 2 af 3"
            and not _AMOUNT_TITLE.fullmatch(h.title)  # "Forslag: 1.500 t.kr.": no name
            and _LETTER.search(h.title)  # not a year or a number alone ("2024")
            # not a field's line ("Ansøger: Bedre Psykiatri - Landsforeningen for pårørende")
            # nor a fact box's heading ("FAKTA: KRAFT")
            and not self._labelled_title(h.title)
            # a running header by a page number: "Ansøgning – Title · X Kommune"
            and text.rfind("\n", 0, h.start) + 1 not in furniture
            and h.title.split()[0].casefold() not in self.rules.never_first  # "Ansøgning til X"
            and h.title not in self.first_names
            # "Lokalpulje til …": a pool; anywhere in a header in capitals ("LIVING LAB-PULJEN
            # 2026 – ANSØGNING")
            and not _POOL_IN_TITLE.search(h.title if h.title.isupper() else h.title.split()[0])
            # a running header's "X Kommune    Side 1 af 2"
            and not (h.title in org_names and TRAILING_PAGE.search(text, h.start, h.end))
        )

    def _labelled_title(self, title: str) -> bool:
        """The part of ``title`` before a colon is a field's label or a word no title
        opens with: "Ansøger: X", "FAKTA: KRAFT" (not "Ud i naturen: Friluftsliv …")."""
        label, colon, _ = title.partition(":")
        label = label.strip().lower()
        return bool(colon) and (
            label in self._labels
            or label == "titel"  # a form's bare "Titel: X" (its value is read as X)
            or label.capitalize() in self.rules.not_title_starts
        )

    def _cover_lines(self, doc: Doc, text: str) -> list[Heading]:
        """A name on a line of its own in a document's first lines, whose short name the text
        goes on to use ("UHU – Unge med Hjerneskade i Uddannelse" over "… UHU bygger videre
        på …"): the document's project, as a cover page names it."""
        found = []
        for m in _COVER_LINE.finditer(text, 0, HEAD_CHARS):
            s, e = m.span("title")
            title = tidy_title(m["title"])
            # (its short name before a dash or a colon: an acronym, or a coined word with a
            # capital inside, "HjerteVen: frivillige mentorer …")
            short = re.split(r"\s[–-]\s|:\s", title, maxsplit=1)[0]
            if (
                len(title.split()) <= 12
                and ((short.isupper() and _ACRONYM.fullmatch(short)) or _COINED.fullmatch(short))
                # (not a headline's news after a colon: "SAMBA: … skal få 400 unge videre")
                and not (":" in title and self.headline_verb.search(title.partition(":")[2]))
                and _used_as_short_name(text, short, m.end(), len(text))
                and not DATE_LIKE.search(title)
                and not self._is_org(doc, s, e)
                and not self._generic_heading(title, one_word=True)
            ):
                found.append(Heading(s, e, title, True, None, m.start(), cover=True))
        return found

    @staticmethod
    def _topic_named(text: str, h: Heading, found: list[Heading]) -> Heading:
        """A numbered item on a topic in lower case ("7. Bevilling til tværsektorielt
        rehabiliteringsprojekt for …") whose text names one project, as the one its money
        is given to ('bevilges 1.500 t.kr. til projektet "Sammen om Hjernen"'), is that
        project's item: its text and tables are the project's."""
        if not (h.topic and text[h.start : h.start + 1].islower()) or h.section_end is None:
            return h
        inside = {
            o.title
            for o in found
            if o is not h and h.line_start < o.start < h.section_end and not o.topic
        }
        if len(inside) != 1:
            return h
        [title] = inside
        given = re.search(
            rf"(?:kr\.|kroner|DKK|mio\.)[ \t]+til[ \t]+(?:projektet[ \t]+)?[{OPEN_QUOTES}]?"
            + re.escape(title.split(" – ")[0]),
            text[h.line_start : h.section_end],
        )
        return replace(h, title=title, topic=False) if given else h

    def _block_headings(self, doc: Doc, text: str, tables) -> tuple[list[Heading], list]:
        """Headings that open a block (letter and numbered headings, form title fields,
        "Projekt X: «Title»", grant lines, "Title – Owner", table rows), and the spans those
        blocks and the tables' header lines cover."""
        found: list[Heading] = []
        for m in self.letter_heading.finditer(text):
            end = self._title_end(text, m.start("title"), m.end("title"))
            # a title wrapped onto lines that hold a sentence is its first line, over its text
            # ("Projekt 1: X\nVejle Kommune vil … i hjemmet.")
            first_line_end = text.find("\n", m.start("title"), end)
            if (
                first_line_end > 0
                and text[first_line_end + 1 : first_line_end + 2].isupper()
                and _WORD_THEN_STOP.search(text, first_line_end, end)
            ):
                end = first_line_end
            title = self._drop_prefix(tidy_title(text[m.start("title") : end]))
            if 3 <= len(title) <= MAX_TITLE_CHARS:
                found.append(Heading(m.start("title"), end, title, True, None, m.start()))
        found.extend(self._cover_lines(doc, text))
        for m in chain(
            self.document_title.finditer(text),
            self.project_document_title.finditer(text),
            at_dashed_lines(self.titled_document, text),
        ):
            s, e = m.span("title")
            # a running header's columns: "Midtvejsevaluering – X      Syddansk Universitet"
            e = _column_end(doc, s, e)
            title = tidy_title(text[s:e])
            subtitle = _SUBTITLE_LINE.match(text, m.end())
            # (a subtitle on its own title line stays: "Mad med mening – ernæringsindsats …";
            # one under a quoted title joins it: 'om projektet "X"\n– sammenhængende …')
            if subtitle:  # "DiaSkole Vest\n– et trygt skoleliv for …": one title
                title, e = f"{title} – {tidy_title(subtitle['sub'])}", subtitle.end("sub")
            words = title.split()
            if (
                len(words) <= 18
                and not title.endswith((",", ";", ":"))
                and not self._generic_heading(title, one_word=True)  # "… – SAMMENFATNING"
                and words[0] not in self.rules.not_title_starts
                # the document's subject, even where only the NER read it as a body, or a
                # unit's head word in what an agreement is about ("Samarbejdsaftale om
                # Ungdommens Sundhedshus Næstved"; not "Referat – Byrådet")
                and not self._is_org(
                    doc, s, e, named=True, called_project=bool(_ABOUT.search(text, m.start(), s))
                )
                and not DATE_LIKE.search(title)
                and not self._labelled_title(title)  # "PROJEKTBESKRIVELSE\n\nTitel: X"
                and not _MEETING_BODY.search(title)  # "REFERAT – SOCIALUDVALGET"
            ):
                cover = m.re is self.document_title and at_top(text, m.start())
                found.append(Heading(s, e, title, True, None, m.start(), cover=cover))
                # a second project the title goes on to name: "X – …\nog Skolebroen"
                second = _AND_TITLE_LINE.match(text, e)
                if second and not self._is_org(doc, *second.span("title")):
                    s2, e2 = second.span("title")
                    # (what the text says of it stands where it names it again)
                    title2 = tidy_title(second["title"])
                    found.append(Heading(s2, e2, title2, True, None, s2, section_end=e2))
        title_fields = [
            *self.title_field.finditer(text),
            *self.head_title_field.finditer(text, 0, HEAD_CHARS),
        ]
        for m in title_fields:
            title = tidy_title(m["title"])
            # not a table's header read out one cell per line ("Projekt\nAnsøger\n…")
            # (a form's one title field names what the whole form is about: its cover)
            if len(title) >= 3 and not self._generic_heading(title, one_word=True):
                cover = len(title_fields) == 1
                found.append(
                    Heading(
                        m.start("title"), m.end("title"), title, True, None, m.start(), cover=cover
                    )
                )
        for m in self.quoted_heading.finditer(text):
            title = tidy_title(m["title"])
            owner_text = m["owner"]
            if "\n" in owner_text or ":" in owner_text:
                # an owner over several lines (or with a list after a colon): only when an
                # organisation opens it and the quoted title starts its own line
                line = text.rfind("\n", 0, m.start("title") - 1)
                if text[line + 1 : m.start("title") - 1].strip() or not org_spans_in(
                    doc, m.start("owner"), m.start("owner") + len(owner_text.split("\n")[0])
                ):
                    continue
            if len(title) >= 3:
                owner = (m.start("owner"), m.end("owner"))
                found.append(
                    Heading(m.start("title"), m.end("title"), title, True, owner, m.start())
                )
        table_rows = {h.line_start for _, rows in tables for h, _ in rows}
        for m in chain(
            at_dashed_lines(self.amount_heading, text),
            at_paragraphs(self.bracket_amount_heading, text),
        ):
            if m.start() in table_rows:
                continue  # a table's row, read by its columns
            s, e = m.span("title")
            title = tidy_title(m["title"])
            if (
                len(title.split()) <= 12
                and re.search(r"[^\W\d_]{3}", title)  # words, not "Kl. 20.10"
                and re.search(r"\d", m["amount"])
                and not self._is_org(doc, s, e)
                and not DATE_LIKE.search(title)
                and not self._cost_line(text, m.start())
                # one word may name it over a paragraph that opens with the bodies that run
                # it: "Trappen (3.600.000 kr.)\nDansk Røde Kors og Frederiksberg Kommune …"
                and not self._generic_heading(title, one_word=_opens_with_org(doc, text, m.end()))
            ):
                owner = m.groupdict().get("owner") and self._org_part(doc, *m.span("owner"))
                found.append(
                    Heading(s, e, title, True, owner or None, m.start(), budget=m.span("amount"))
                )
        for m in chain(
            at_lines(self.grant_line, text, match_starts(_LIST_ITEM, text)),
            at_dashed_lines(self.grant_row, text),
        ):
            owner = self._org_part(doc, m.start("owner"), m.end("owner"))
            title = tidy_title(m["title"])
            if owner and len(title) >= 3 and not self._is_org(doc, *m.span("title")):
                found.append(
                    Heading(
                        m.start("title"),
                        m.end("title"),
                        title,
                        True,
                        owner,
                        m.start(),
                        budget=m.span("amount"),
                    )
                )
        subjects = list(self.mail_subject.finditer(text))
        for m in subjects[:1]:
            subject = self._drop_prefix(m["title"])  # "Ansøgning om støtte til X – …"
            described = _DESCRIBED_TITLE.match(subject)
            name = tidy_title(described["name"] if described else subject)
            mentions = text.count(name) - sum(name in other["title"] for other in subjects)
            # (or once, its kind of case after a dash: "Emne: MedBro Skive – status og …")
            if (
                len(name.split()) <= 6
                and _NAME_LIKE.search(name)
                and (mentions >= 1 or self.item_descriptor.search(subject))
            ):
                title = tidy_title(subject) if m["matter"] else name
                s = m.start("title") + max(0, m["title"].find(title[1:]) - 1)
                found.append(Heading(s, s + len(title), title, True, None, m.start()))
        for m in self.owned_quote.finditer(text):
            owner = self._org_part(doc, *m.span("owner"))
            if owner:
                s, e = m.span("title")
                budget = m.span("amount") if m["amount"] else None
                # a line of a grant list with its amount speaks of it to its paragraph's end
                # ('Vejle Kommune: "Title", 3,1 mio. kr. Partnere: …'), not of the text after
                end = text.find("\n\n", m.end())
                section_end = (len(text) if end < 0 else end) if budget else None
                found.append(
                    Heading(
                        s,
                        e,
                        tidy_title(m["title"]),
                        True,
                        owner,
                        m.start(),
                        budget=budget,
                        section_end=section_end,
                        acronym=m["acronym"],
                    )
                )
        for m in at_dashed_lines(self.owner_dash, text):
            owner = self._org_part(doc, *m.span("owner"))
            name = "quoted" if m["quoted"] else "title"
            s, e = m.span(name)
            title = tidy_title(m[name])
            budget = m.span("amount") if m["amount"] else None
            if (
                owner
                and owner[0] == m.start("owner")
                and len(title.split()) <= 12
                and not self._is_org(doc, s, e)
                and not DATE_LIKE.search(title)
                # one word may name it here ("Randers Kommune – Dobbeltsporet")
                and not self._generic_heading(title, one_word=True)
            ):
                found.append(Heading(s, e, title, True, owner, m.start(), budget=budget))
        for m in at_dashed_lines(self.dash_heading, text):
            owner = self._org_part(doc, m.start("owner"), m.end("owner"))
            title = tidy_title(m["title"])
            # "1) Akutlæge på skærmen – Horsens Kommune", "Projekt 1: Akut på tværs – Viborg"
            number = _ITEM_NUMBER.match(title) or self.heading_word.match(title)
            if number:
                title = title[number.end() :]
            if (
                owner
                and len(title.split()) <= 20
                and not m["title"].rstrip().endswith((",", ";", ":"))
                # nor a running header: "Region X – Dagsorden – Udvalget 22. maj 2024"
                and not any(part.casefold() in self.document_kinds for part in DASH.split(title))
                and not self.any_label.match(text, m.start("owner"))
                and title.split()[0] not in self.rules.not_title_starts
                # a body over its committee: "Region Sjælland - Sundhedskoordinationsudvalget"
                and not self._is_org(doc, m.end("title") - len(title), m.end("title"))
            ):
                s, e = m.span("title")
                found.append(Heading(e - len(title), e, title, True, owner, m.start()))
        found += self._numbered_items(doc, text)
        table_lines: list[tuple[int, int]] = []
        for header, rows in tables:
            table_lines.append(header)
            found.extend(h for h, _ in rows)
        found = self._dedupe(found)
        blocks = [(min(h.start, h.line_start), h.end) for h in found] + table_lines
        return found, blocks

    def _numbered_items(self, doc: Doc, text: str) -> list[Heading]:
        """Numbered agenda items and sections that name one project: with an item kind
        before a colon ("3. Status: X") always; else when the item's text refers back to
        it ("Projektet …") and names no project of its own."""
        found: list[Heading] = []
        items = list(at_lines(self.numbered_item, text, match_starts(self.numbered_line, text)))
        for index, m in enumerate(items):
            if any(later[0] == m[0] for later in items[index + 1 :]):
                continue  # an agenda's list of items: the item itself comes later
            s = m.start("title")
            raw = self.item_descriptor.sub("", m["title"]).rstrip()
            owner = _LAST_DASH_PART.search(raw)
            if owner and self._is_org(doc, s + owner.start(1), s + owner.end(1)):
                raw = raw[: owner.start()]  # "1) Akutlæge på skærmen – Horsens Kommune"
            raw = _TRAILING_YEARS.sub("", raw)  # "Videreførelse af X 2024-2025": its period
            title = self._drop_prefix(tidy_title(raw))  # "Tilsagn til X"
            quoted = _QUOTED_START.match(title) or _QUOTED_END.search(raw)
            if quoted:  # 'Deltagelse i projektet "Lungeliv" og …', 'KOL-indsatsen »X«': the name
                title = quoted[1]
            e = s + len(raw)
            s += max(0, raw.find(title[1:]) - 1)  # the title's own span (first letter upcased)
            if quoted:  # not the quote's end nor what follows it ('"Eget Sted" – boliger …')
                e = s + len(title)
            opens_on_project = self._opens_on_project(text, m.end())
            if (
                not title
                # (a title after an item's kind and colon may carry a long subtitle)
                or len(title.split()) > (18 if m["kind"] else 12)
                or re.search(r"[.!?:]\s|[?:]$", title)  # a sentence, a question, a field
                or _POOL_IN_TITLE.search(title)  # "Fordeling af puljen": a pool's share-out
                or m["title"].endswith(("-", ","))  # a sentence wrapped over lines
                # "§ 5. Delprojekt: Smerteskolen online": so labelled, no body's name; nor one
                # whose text opens calling it a project ("3. Diabetesskolen Bornholm\n… står
                # for projektet …"), unless a known body; what an item extends or evaluates
                # ("Forlængelse af X") is a piece of work, whatever the NER alone read
                or (
                    m["kind"] not in ("Projekt", "Delprojekt")
                    and self._is_org(
                        doc,
                        s,
                        e,
                        named=m["kind_of"] in _WORK_KINDS,
                        called_project=opens_on_project,
                    )
                )
                or DATE_LIKE.search(title)
                # a form's section: "5. Kort projektbeskrivelse (maks. 2.000 anslag)"
                or title.split()[-1].casefold() in self.document_kinds
                or title.split()[-1].casefold() in self._labels
            ):
                continue
            # "(RiC)" after the title: the short name the text may use for it
            aside = m["aside"] if m["aside"] and _ACRONYM.fullmatch(m["aside"]) else None
            # 'Medfinansiering af projekt "X"': the item calls the quoted name a project; or
            # the quoted name follows its case after a dash ('Medfinansiering af ansøgning –
            # "X"')
            before_quote = raw[: max(0, raw.find(title))].rstrip(OPEN_QUOTES)
            # ('Partnerskabsaftale om "X"': what an agreement is about)
            called = quoted is not None and bool(
                _CALLED_PROJECT.search(before_quote)
                or re.search(
                    r"\s[–-]\s*\Z|(?i:aftale|partnerskab|samarbejde)\w*\s+om\s*\Z", before_quote
                )
            )
            body_end = items[index + 1].start() if index + 1 < len(items) else len(text)
            body_end = self.scope_end(text, m.end(), min(body_end, m.end() + 1500))
            if m["kind"] or called or (m["kind_of"] and not self._generic_heading(title)):
                # a topic in lower case ("Ansøgning om projekt om genoptræning efter
                # hoftebrud") yields to a project its text names; a name after the prefix
                # does not ("Høring over forslag om Fælles Udgående Geriatrisk Team")
                topic = text[s : s + 1].islower()
                found.append(
                    Heading(
                        s,
                        e,
                        title,
                        True,
                        None,
                        m.start(),
                        section_end=body_end if topic else _next_sibling(items, index),
                        acronym=aside,
                        topic=topic,
                    )
                )
                continue
            again = self._named_in_body(text, title, m.end(), body_end)
            back = self.back_reference.search(text, m.end(), body_end)
            if again is not None and not self._is_org(
                doc, e - len(again), e, called_project=opens_on_project
            ):
                # "Ad 3) DiaNord – fælles forløb …" and "… finansierer DiaNord": the item's
                # title; "Ad 2) Lægedækning i Thy – Lægehus Thy Nord": the name after a topic
                name, start = again, (s if again == title else e - len(again))
            elif (
                back
                and (
                    not self._generic_heading(title)
                    # a name ending in a small word, used as one elsewhere ("2. Tættere på"
                    # and "… anbefaler, at Tættere på i …"), is no wrapped title
                    or (
                        title.split()[-1] in _JOINER_WORDS
                        and (
                            _used_as_name(text, title, 0, s)
                            or _used_as_name(text, title, e, len(text))
                        )
                    )
                )
                # referred back to inside a paragraph, not at its start: the heading must
                # look like a name ("Ryggen i Centrum", "MedicinMakker"), not a section topic
                and (text[back.start() - 1] == "\n" or _NAME_LIKE.search(title))
            ):
                name, start = title, s
            elif opens_on_project and _NAME_LIKE.search(title) and not self._generic_heading(title):
                # "3. Diabetesskolen Bornholm\nBornholms Regionskommune står for projektet …"
                name, start = title, s
            elif aside and _used_as_short_name(text, aside, m.end(), body_end):
                # "Punkt 4. Godkendelse af fælles projekt om … (TOD-Nord)" and, in its text,
                # "TOD-Nord skal afprøve …": the item is that project's
                name, start, e = aside, m.start("aside"), m.end("aside")
            elif (at := self._short_name_before_dash(text, title, m.end(), body_end)) is not None:
                # "Sag nr. 211\nGodkendelse af samarbejdsaftale om PaFF – Palliativ …" and
                # "PaFF bemandes med …": the item is PaFF's, named with its words
                # (its own name, no topic: what else its text names does not take its place;
                # its text runs to the next item, as long as the text uses the name)
                name = title[at:]
                item_end = items[index + 1].start() if index + 1 < len(items) else len(text)
                item_end = self.scope_end(text, m.end(), item_end)
                found.append(Heading(e - len(name), e, name, True, None, m.start(), item_end))
                continue
            else:
                continue
            found.append(
                Heading(
                    start,
                    e,
                    name,
                    True,
                    None,
                    m.start(),
                    section_end=body_end,
                    acronym=aside,
                    topic=True,
                )
            )
        return found + self._run_in_items(doc, text)

    @staticmethod
    def _short_name_before_dash(text: str, title: str, start: int, end: int) -> int | None:
        """Where in ``title`` the short name stands that ends its words before its dash ("…
        om PaFF – Palliativ Fremskudt Funktion"), if ``start:end`` uses it as a name."""
        dash = DASH.search(title)
        words = title[: dash.start()].split() if dash else []
        if words and _short_name(words[-1]) and _used_as_short_name(text, words[-1], start, end):
            return title.rfind(words[-1], 0, dash.start())
        return None

    def _opens_on_project(self, text: str, at: int) -> bool:
        """Whether the first sentence after ``at`` (a heading line's end) calls what the
        heading names a project: "Projektet ejes af …", "X står for projektet …"."""
        body = at + 1  # the heading's text starts on the next line, no numbered one
        if text[at : at + 1] != "\n" or self.numbered_line.match(text, body):
            return False
        stop = _SENTENCE_END.search(text, body)
        return bool(_PROJECT_NOUN.search(text, body, stop.start() if stop else len(text)))

    def _run_in_items(self, doc: Doc, text: str) -> list[Heading]:
        """Numbered sections whose title runs in, the text referring back to it right after
        ("4.2 Hjemmemonitorering af gravide. Projektet ejes af …"): their text is the
        paragraph."""
        found = []
        for m in at_lines(self.numbered_run_in, text, match_starts(self.run_in_line, text)):
            s, e = m.span("title")
            title = tidy_title(m["title"])
            if (
                len(title.split()) <= 12
                and not self._generic_heading(title)
                and not self._is_org(doc, s, e)
                and not DATE_LIKE.search(title)
            ):
                paragraph_end = text.find("\n\n", m.end())
                section_end = self.scope_end(
                    text, m.end(), paragraph_end if paragraph_end >= 0 else len(text)
                )
                found.append(Heading(s, e, title, True, None, m.start(), section_end=section_end))
        return found

    @staticmethod
    def _acronym_spelled_in_body(text: str, h: Heading, start: int, end: int) -> Heading:
        """A heading opening with an acronym its text spells out ("TOD på alle afsnit" over
        "Arbejdet med TOD (Tidlig Opsporing af Delir) …") is about that project."""
        acronym = h.title.split()[0]
        if len(h.title.split()) < 2 or not (acronym.isupper() and acronym.isalpha()):
            return h
        at = text.find(f"{acronym} (", start, end)
        if at < 0:
            return h
        spelled = _spelled_out(text, replace(h, title=acronym, end=at + len(acronym)))
        if spelled.acronym is None:
            return h
        return replace(h, end=h.start + len(acronym), title=spelled.title, acronym=acronym)

    def _named_in_body(self, text: str, title: str, start: int, end: int) -> str | None:
        """The name a numbered item's text uses again: its first part before a dash (then
        the whole title is the name), or its last part after a topic."""
        parts = re.split(r"\s+[–-]\s+", title)
        for i, part in ((0, parts[0]), (len(parts) - 1, parts[-1])):
            # (one word is a name where the text quotes it: 'gruppeforløbet "Forældrestærk"')
            quoted = re.compile(rf"[{OPEN_QUOTES}]{re.escape(part)}[{CLOSE_QUOTES}]")
            if (
                (len(part) >= 4 or _ACRONYM.fullmatch(part))  # ("PiP – Psykiatri i Praksis")
                and (
                    quoted.search(text, start, end)
                    or (_NAME_LIKE.search(part) and not self._generic_heading(part))
                )
                and text.find(part, start, end) >= 0
            ):
                return title if i == 0 else part
        # or the acronym a topic ends in: "Medfinansiering af MEDSAM" and "I MEDSAM …"
        last = _TOPIC_OF_ACRONYM.search(title)
        if last and _used_as_short_name(text, last["name"], start, end):
            return last["name"]
        return None

    def _generic_heading(self, title: str, one_word: bool = False) -> bool:
        """A heading that names a part of a document or meeting, no project: "Kort om
        projektet", "Godkendelse af dagsorden", "Samarbejde og organisering", "Økonomi"
        (and, unless ``one_word`` names may be one plain word, any one plain word)."""
        words = title.split()
        # (a subtitle after a dash may use such words: "NatSans – sensorbaseret tilsyn og
        # kompetenceudvikling i natplejen")
        lowered = DASH.split(title, maxsplit=1)[0].lower()
        return (
            (not one_word and len(words) < 2 and words[0].isalpha() and words[0][1:].islower())
            # (or the projects in the plural, or a numbered part of the document)
            or bool(
                _PROJECT_NOUN.search(title)
                or _PROJECTS.search(lowered)
                or _DOCUMENT_PART.match(title)
            )
            or words[0] in self.rules.not_title_starts
            or words[0].lower() in self.document_kinds
            or words[0] in self.rules.agenda_kinds
            or words[-1] in _JOINER_WORDS  # "Sund mad og sunde madvaner for" (wrapped)
            or any(w in self._section_labels for w in lowered.split())
            or any(w in self.rules.section_words for w in lowered.split())
            # a form's heading in capitals: "KORT PROJEKTBESKRIVELSE"
            or (title.isupper() and any(w in self.document_kinds for w in lowered.split()))
        )

    def _paragraph_headings(self, doc: Doc, text: str, blocks) -> list[Heading]:
        """Names that open a paragraph or a list item, or stand on a line over one (run-in
        and line headings, enumerated items, a headline, catalogue entries), and projects
        known by what they do."""
        found: list[Heading] = []
        enumerated = at_lines(self.enumerated, text, match_starts(self.numbered_line, text))
        run_in_items = at_lines(self.run_in_item, text, match_starts(_LIST_ITEM, text))
        quoted_run_in = at_paragraphs(self.quoted_run_in, text)
        for m in chain(at_paragraphs(self.run_in, text), quoted_run_in, run_in_items, enumerated):
            s, e = m.span("title")
            body = m["body"]
            words = m["title"].split()
            # quotes make a name of any words, but not of a quoted sentence ('"Vi er klar."')
            quoted = m.re is self.quoted_run_in
            if quoted and (m["title"].rstrip()[-1:] in ".!?," or len(words) > 12):
                continue
            # a name with a subtitle may hold small words anywhere ("Unge i trivsel - tidlig
            # hjælp via egen læge"); a sentence's pronouns are read before any dash
            subtitled = m.re is not self.enumerated and bool(
                DASH.search(m["title"]) or _SPELLED_OUT.search(m["title"])
            )
            head = _SPELLED_OUT.split(DASH.split(m["title"], maxsplit=1)[0], maxsplit=1)[0].split()
            # a paragraph that calls it a project beside the bodies vouches for a name
            # ("Akut Bornholm – én indgang …. Her har X og Y … Projektet har modtaget …"), and
            # one that opens with the bodies for a name with small words ("Akut i Vendsyssel.
            # Hjørring Kommune og … arbejder i dette projekt …")
            called = m.re is self.run_in and bool(_PROJECT_NOUN.search(body))
            vouched = called and _opens_with_org(doc, text, m.start("body"))
            if (
                _overlaps(blocks, s, e)
                or any(w.lower() in self.rules.not_title_words for w in words)
                # an enumerated item's name may hold prepositions ("Hjælp til Pårørende")
                or (
                    m.re is not self.enumerated
                    and any(
                        w.lower()
                        in (RUN_IN_PRONOUNS if subtitled or quoted or vouched else RUN_IN_STOP)
                        for w in head
                    )
                )
                or (subtitled and not quoted and len(head) > 4)
                or (m.re is not self.enumerated and words[-1].isdigit())  # "Ad 4.", "Fase 2."
                or words[0] in self.rules.not_title_starts
                or words[0] in self.rules.determiners  # '"Vores frivillige kender …'
                or self._is_org(doc, s, e)
                or (
                    m.re is not self.enumerated
                    and not called
                    and not self.rules.participant_cue.search(body)
                )
                # "• Projektets navn: X", "Samlet budget: DKK 2,5 mio.": a field's label
                or m["title"].lower() in self._labels
                or not org_spans_in(doc, m.start("body"), m.end("body"))
            ):
                continue
            acronym = m.groupdict().get("acronym")
            # a list item speaks of its project to the item's end, no further
            item = m.re is self.run_in_item
            found.append(
                Heading(
                    s,
                    e,
                    tidy_title(m["title"]),
                    False,
                    line_start=m.start() if item else 0,
                    section_end=m.end() if item else None,
                    acronym=acronym,
                )
            )
        # (where each heading line stands, project or not: the text under one runs to the
        # next)
        heading_lines = [m.start() for m in at_paragraphs(_HEADING_LINE_OVER_TEXT, text)]
        for m in at_paragraphs(self.line_heading, text):
            s, e = m.span("title")
            words = m["title"].split()
            lowered = m["title"].lower()
            # "Hjem med ro – nu også i Gladsaxe" over "… kørt Hjem med ro sammen med …": the
            # text uses the name as a name, inside a sentence; the news after the dash is none
            name = DASH.split(m["title"], maxsplit=1)[0].strip()
            verb = self.headline_verb.search(name)
            if verb:  # "Hjem til tiden er i gang": the subject, not the news
                name = name[: verb.start()]
            if _MONEY_TALK.search(lowered):
                # news of money ("Tre millioner fra staten") names no project, unless it ends
                # with a name its paragraph uses: "Penge til sundhed i Tryg i Egen Bolig"
                named = _name_at_end(text, m["title"], m.start("body"), m.end("body"))
                if named and not _overlaps(blocks, s, e):
                    found.append(
                        Heading(
                            e - len(named),
                            e,
                            named,
                            True,
                            None,
                            m.start(),
                            section_end=m.end(),
                            topic=True,
                        )
                    )
                continue
            acronym = m["acronym"] if m["acronym"] and _ACRONYM.fullmatch(m["acronym"]) else None
            grant_item = _opens_with_org(doc, text, m.start("body")) and self._budget_field_in(
                doc, text, m.start("body"), m.end("body")
            )
            # (or its short name, in brackets after it or in capitals before a dash: "KLAR –
            # Kronisk syge børns …" over "… modtager 2,75 mio. kr. til KLAR.")
            short = acronym or (name if _ACRONYM.fullmatch(name) and name.isupper() else None)
            # (one word its body introduces after a noun: "Gadeteamet Nattravnen har …")
            introduced = len(words) == 1 and _named_after_noun(text, name, m.start("body"))
            used = introduced or _used_as_name(text, name, m.start("body"), m.end("body"))
            used_short = bool(
                short and _used_as_short_name(text, short, m.start("body"), m.end("body"))
            )
            comma, dash = m["title"].find(","), DASH.search(m["title"])
            if (
                _overlaps(blocks, s, e)
                or (len(words) > 10 and dash is None)
                # a comma only in a subtitle ("UPJ – Unge, Psykiatri og Job"), not in a
                # sentence or before an owner ("Projekter, som …", "X, Esbjerg Kommune")
                or (comma >= 0 and (dash is None or dash.start() > comma))
                or words[0] in self.rules.not_title_starts
                or words[-1].casefold() in self.rules.header_kinds  # a running header
                # "Skal give ro i hjemmet" (but "Den gode overgang", "Sammen om KOL")
                or (
                    words[0].lower() in self.rules.not_title_words
                    and not _NAME_OPENING.match(m["title"])
                )
                # a news subheading whose subject is an ordinary word: "Hospitalet er med"
                # (not an acronym: "SPOT fortsætter i 2026")
                or (
                    verb
                    and " " not in name
                    and not name.isupper()
                    and name.lower() in common_words()
                )
                # or a sentence the body never uses as a name
                or (verb is None and _reads_as_sentence(words) and not used)
                or lowered in self.rules.fields
                or any(w in self.rules.section_words for w in lowered.split())
                or _COUNTED.match(m["title"])  # "Fire parter om opgaven": news, no name
                # a form's section joining two labels: "Parter og organisering"
                or all(p.strip() in self._section_labels for p in _JOINED.split(lowered))
                # (a grant list's "Evaluering af X" or one word, "KOL-Kaffe", over the body
                # that does it and its grant is a name)
                or (
                    (len(words) == 1 or lowered.startswith(self._stop_prefixes))
                    and not grant_item
                    and not introduced
                )
                # (one ordinary word names a section: "Finansiering")
                or (len(words) == 1 and lowered in common_words())
                or self.any_label.match(text, m.start("body"))
                or GENERIC_LABEL.match(text, m.start("body"))
                or self._is_org(doc, s, e)
                or len(m["body"].split("\n", 1)[0].split()) < 4  # a signature block's lines
                # the body ties an organisation to it, or uses its name as a name (or refers
                # back to it: "Projektet modtager 2,4 mio. kr.") beside one
                or not (
                    self._tied_org(doc, text, m.start("body"), m.start("body") + 400)
                    or (
                        (
                            used
                            or used_short
                            or self._referred_back(text, name, m.start("body"), m.end("body"))
                        )
                        and org_spans_in(doc, m.start("body"), m.end("body"))
                    )
                    # or a grant list's item: its paragraph opens with the bodies that run
                    # it and gives its money in a field ("Lolland Kommune og … uddanner
                    # …\nBevilling: 2.950.000 kr.")
                    or grant_item
                    # or introduces it by a noun: "Gadeteamet Nattravnen har …"
                    or introduced
                )
                or not (
                    used
                    or used_short
                    or self._speaks_of_project(doc, m.start("body"), m.end("body"))
                )
            ):
                continue
            if used or verb:  # (not an acronym's words after a dash: its spelling-out)
                e = s + len(name)
            title = tidy_title(text[s:e])
            if (shorter := self._drop_prefix(title)) != title:  # "Temadag om X": X
                s += len(title) - len(shorter)
                title = shorter
            # "Styregruppen for projekt X – …": the name after the word
            if (cue := _PROJECT_WORD_BEFORE.search(DASH.split(title, maxsplit=1)[0])) is not None:
                s += cue.end()
                title = tidy_title(title[cue.end() :])
            # a topic ("Børn og unge") yields to a project its paragraph names; the
            # paragraphs after it speak of it up to the next heading line ("Sydfyns
            # Videolæge\nProjektet kobler …\n\nNøgletal:\n• Samlet budget: …")
            # (or to a fact box: the facts of the project the text is about)
            later = heading_lines[bisect_right(heading_lines, m.start()) :]
            section_end = self.scope_end(text, m.end(), later[0]) if later else m.end()
            if box := _FACT_BOX_LINE.search(text, m.end(), section_end):
                section_end = box.start()
            if m["letter"]:  # "a) X" over its text: the item runs to "b) …"
                later = _LETTER_ITEM.search(text, m.end())
                section_end = later.start() if later else self.scope_end(text, m.end(), len(text))
            heading = Heading(
                s,
                e,
                title,
                True,
                None,
                m.start(),
                section_end=section_end,
                acronym=acronym,
                topic=True,
            )
            found.append(self._acronym_spelled_in_body(text, heading, m.start("body"), m.end()))
        for m in self.quoted_line.finditer(text):
            s, e = m.span("title")
            if m["title"].rstrip()[-1:] in ".!?:" or len(m["title"].split()) > 12:
                continue  # a quoted sentence, no name
            if not _overlaps(blocks, s, e) and (
                self._tied_org(doc, text, m.start("body"), m.end("body"))
                or doc_has_money(doc, m.start("body"), m.end("body"))
            ):
                found.append(Heading(s, e, tidy_title(m["title"]), True, None, m.start()))
        for at in self._headline_starts(text):
            found.extend(self._headline_names(doc, text, at, blocks))
        for m in self.described.finditer(text):
            s, e = m.span("title")
            words = m["title"].split()
            if (
                2 <= len(words) <= 14
                and not _overlaps(blocks, s, e)
                and (
                    org_spans_in(doc, *line_bounds(text, s))
                    or self.rules.participant_cue.search(text, *line_bounds(text, s))
                )
            ):
                named = _NAME_IN_DASHES.search(m["title"])
                if named:  # "forsøget med mobil røntgen på plejecentre – MOBIX – som …"
                    s, e = s + named.start("name"), s + named.end("name")
                    found.append(Heading(s, e, named["name"], False))
                    continue
                # the description is the name ("Fælles akutteam"); said elsewhere as written
                # ("et fælles akutteam") it is a mention too
                title = tidy_title(m["title"])
                found.append(Heading(s, e, title[:1].upper() + title[1:], False, acronym=title))
        for m in at_paragraphs(self.field_block, text):
            s, e = m.span("title")
            title = tidy_title(m["title"])
            words = title.split()
            lowered = title.lower()
            if (
                len(words) <= 16
                and not ((m["gap"] or m["sub"]) and m.start() > HEAD_CHARS)
                # a form's "1. Stamoplysninger" (a list's "1) Samtalerummet" is a name)
                and not (m["number"] and len(words) < 2 and not m["number"].strip().endswith(")"))
                and not _overlaps(blocks, s, e)
                and lowered not in self.rules.fields
                and words[0] not in self.rules.not_title_starts  # "Punkt 1. Godkendelse af …"
                and not lowered.startswith(self._stop_prefixes)
                and lowered not in self.document_kinds
                and words[0].lower() not in self.document_kinds  # "Fakta om projektet"
                and not _GENERIC_END.search(lowered)
                and not any(w in self.rules.section_words for w in lowered.split())
                and not self._is_org(doc, s, e)
                and not DATE_LIKE.search(title)
                and not _DOCUMENT_PART.match(title)  # a form's "DEL 1 – ANSØGER"
                # a meeting's own item: "1. Godkendelse af dagsorden\nBeslutning: Godkendt."
                and not (m["number"] and words[0] in self.rules.agenda_kinds)
            ):
                listed = bool(m["number"])  # "2) Ung med angst\nAnsvarlig: …": one of a list
                found.append(Heading(s, e, title, True, None, m.start(), listed=listed))
        # list items opening with a name ("- X, hvor …") or a quoted name ('• "X" er …')
        # whose line speaks of work with partners or of a project
        items = match_starts(_LIST_ITEM, text)
        for m in chain(
            at_lines(self.named_item, text, items), at_lines(self.quoted_item, text, items)
        ):
            s, e = m.span("title")
            # (a unit's name its item calls a project is one: "- Sygeplejeklinikken i Struer,
            # som kommunen driver … Projektet har …")
            called = bool(self.back_reference.search(m["body"]))
            if m.re is self.named_item and (
                len(m["title"].split()) < 2
                or self._is_org(doc, s, e, called_project=called)
                or (not m["clause"] and text[m.start() : s].strip()[:1] in "-–")
            ):
                continue
            # (a quoted name, or one with a clause about it, over the bodies and the money it
            # got: '• "X" – Viborg Kommune og Hammel Neurocenter. Tilsagn: 4.200.000 kr.', "- X,
            # hvor Vesthimmerlands Kommune og … har sendt læger ud, har kostet 2,8 mio. kr.")
            if not _overlaps(blocks, s, e) and (
                self.rules.participant_cue.search(m["body"])
                or _PROJECT_NOUN.search(m["body"])
                or (
                    (m.re is self.quoted_item or m.groupdict().get("clause"))
                    and doc_has_money(doc, m.start("body"), m.end("body"))
                    and org_spans_in(doc, m.start("body"), m.end("body"))
                )
            ):
                found.append(Heading(s, e, tidy_title(m["title"]), False))
        return found

    @staticmethod
    def _headline_starts(text: str) -> list[int]:
        """Where a news item's headline may stand: the text's start, and the first line of
        its own (a blank line before and after it) among the first lines that is no
        kicker in capitals ("LOKALT · SVENDBORG"), dateline or byline."""
        starts = [0]
        for m in _HEAD_PARAGRAPH.finditer(text, 0, HEAD_CHARS):
            line = m["line"]
            # (the text's first line is tried already: an outlet's name, "Dagens Medicin",
            # may stand over the headline)
            if (
                line.isupper()
                or DATE_LIKE.search(line)
                or line.startswith("Af ")
                or m.start("line") == 0
            ):
                continue
            if len(line.split()) >= 3 and m.start("line") > 0 and not line.endswith("."):
                starts.append(m.start("line"))
            break
        return starts

    def _headline_names(self, doc: Doc, text: str, at: int, blocks) -> list[Heading]:
        """The project a news headline at ``at`` names, by the headline patterns."""
        found = []

        def add(m: re.Match) -> None:
            s, e = m.span("title")
            if m["title"].split()[0] in self.rules.not_title_starts or DATE_LIKE.search(m["title"]):
                return  # "Punkt 5: Godkendelse af …": an agenda item, no headline
            if not _overlaps(blocks, s, e) and not self._is_org(doc, s, e):
                found.append(Heading(s, e, tidy_title(m["title"]), False))

        m = self.headline.match(text, at)
        if (
            m
            and not m["rest"].rstrip().endswith(".")  # a headline, not a sentence
            and m["title"].split()[0] not in self.rules.named_after
            and doc_has_money(doc, m.start("rest"), m.end("rest"))
        ):
            add(m)
        m = self.headline_subject.match(text, at)
        if (
            m
            and m["title"].split()[0] not in self.rules.named_after
            and text.find(m["title"], m.end()) >= 0
        ):
            add(m)
        # a quoted name, or a name before a colon, when the article speaks of a project
        # ("Projektet er udviklet af …", "Bag projektet står …") and of money
        # (quotes make a name of words that are no sentence: '»Huse på Kanten«: Seks skæve
        # huse …' over an article that gives money, whatever it calls the thing)
        for m in (self.quoted_headline.match(text, at), self.headline_colon.match(text, at)):
            if (
                m
                and len(m["title"].split()) <= 8
                and not any(w in self.rules.not_title_words for w in m["title"].split())
                # "Ny indsats: X" names its kind before the colon, the name after it
                and not self.kind_headline.match(text, at)
                and (
                    self._speaks_of_named_project(doc, text, m)
                    or (
                        m.re is self.quoted_headline
                        and not any(
                            w.lower() in self.rules.not_title_words | RUN_IN_PRONOUNS
                            for w in m["title"].split()
                        )
                        and doc_has_money(doc, m.end(), len(text))
                    )
                )
            ):
                add(m)
        m = self.headline_word.match(text, at)
        if m and self._one_word_headline(doc, text, m):
            add(m)
        m = self.kind_headline.match(text, at)
        # (a name, not news: "Nyt projekt: Kommunen vil hjælpe flere unge")
        if m and not self.headline_verb.search(m["title"]) and len(m["title"].split()) <= 10:
            add(m)
        return found

    def _budget_field_in(self, doc: Doc, text: str, start: int, end: int) -> bool:
        """A line of ``start:end`` is a budget field with money: "Bevilling: 2.950.000 kr."
        (or one after a sentence on its line: "… med samme sygdom. Bevilling: 780.000 kr.")."""
        for m in self.run_in_label.finditer(text, start, end):
            if self.rules.fields.get(m["label"].lower()) == "budget" and doc_has_money(
                doc, m.end(), min(end, m.end() + 40)
            ):
                return True
        for m in self.field_line.finditer(text, start, end):
            line_end = text.find("\n", m.end(), end)
            if self.rules.fields.get(m["label"].lower()) == "budget" and doc_has_money(
                doc, m.end(), end if line_end < 0 else line_end
            ):
                return True
        return False

    def _referred_back(self, text: str, name: str, start: int, end: int) -> bool:
        """Whether the paragraph ``start:end`` under the heading ``name`` refers back to it
        as a project ("Projektet modtager 2,4 mio. kr."), the heading being a name: no
        phrase the paragraph uses in lower case ("Fælles digital træningsplan" over "… er
        en fælles digital træningsplan"), no ordinary word ("Pengene er på plads"), no
        heading in capitals ("ØKONOMISKE KONSEKVENSER")."""
        words = name.split()
        return bool(
            self.back_reference.search(text, start, end)
            and name.lower() not in text[start:end]
            and not (len(words) == 1 and name.lower() in common_words())
            and not (len(words) > 1 and name.isupper())
        )

    def _speaks_of_named_project(self, doc: Doc, text: str, m: re.Match) -> bool:
        """After the headline ``m`` the article refers back to a project ("Projektet er
        udviklet af …") or speaks of one and of money ("Bag projektet står …")."""
        return bool(
            self.back_reference.search(text, m.end())
            or (_PROJECT_NOUN.search(text, m.end()) and doc_has_money(doc, m.end(), len(text)))
        )

    def _one_word_headline(self, doc: Doc, text: str, m: re.Match) -> bool:
        """Whether a headline's one first word names its project: no common word (none the
        text uses in lower case, "Trappen" beside "op ad trappen"; no stop word, "Nu skal
        …"), no person or organisation, a headline rather than a sentence, and an article
        that speaks of the project and gives money."""
        word = m["title"]
        s, e = m.span("title")
        return (
            word.lower() not in STOP_WORDS
            # no ordinary word ("Aftalen", "Hjertepatienter") and none of its shape: a plural
            # or an abstract noun ("Kræftpatienter", "Hjerterehabilitering")
            and not word.lower().endswith(self.rules.generic_endings)
            and word.lower() not in common_words()
            and word not in self.rules.named_after
            and word not in self.rules.determiners
            and not m["rest"].rstrip().endswith(".")
            and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is None
            and not any(p.start_char < e and s < p.end_char for p in doc.spans.get(NER_PER_KEY, []))
            # no name the text gives an organisation ("VISO rykker …" over "… (VISO)")
            and not any(text[o_start:o_end] == word for o_start, o_end in org_offsets(doc))
            and self._speaks_of_named_project(doc, text, m)
            and doc_has_money(doc, m.end(), len(text))
        )

    def _names_in_running_text(self, doc: Doc, text: str, blocks) -> list[Heading]:
        """Names in running text: quoted after a cue word, after "projektet", "X er et
        projekt", in apposition, a paragraph's subject."""
        found: list[Heading] = []
        quoted_after_cue = (
            m
            for m in self.quoted.finditer(text)
            # "**Sted:**": a label in bold; '"Vi støtter formålet."': a quoted sentence
            if m["title"].rstrip()[-1:] not in ":.!?"
            # 'kalder projektet "et vigtigt skridt …"': a quoted description, no name, nor
            # quoted speech ('projektet "kan forkorte ventetiden …"')
            and not _LOWER_ARTICLE.match(m["title"])
            and not (
                m["title"][:1].islower()
                and any(w in self.rules.not_title_words for w in m["title"].split())
            )
            # 'fondens program "X"': a pool's name
            and not _POOL_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and (
                self.quote_cue.search(text, max(0, m.start() - 40), m.start())
                # or in apposition to a project noun: 'samarbejdsprojekt med X, "Z", er …',
                # or to any noun before a clause about it: 'en mobil enhed, »PsykBussen«, der'
                or (
                    m["title"][:1].isupper()
                    and (
                        _APPOSED_TO_PROJECT.search(text, max(0, m.start() - 100), m.start())
                        or (
                            text[max(0, m.start() - 2) : m.start()] == ", "
                            and _CLAUSE_AFTER.match(text, m.end())
                        )
                    )
                )
                # or in a sentence that ties parties to it: 'har X og Y sammen drevet "Z"'
                or (
                    m["title"][:1].isupper()
                    and self.rules.participant_cue.search(text, *line_bounds(text, m.start()))
                )
            )
        )
        cues = [m.start() for m in self.cue_scan.finditer(text)]
        # paragraphs and list items ("- X", "c) X"): where a name may open a clause about it
        opening_starts = sorted(
            {*paragraph_starts(text), *match_starts(_ITEM_LINE, text)} - {len(text)}
        )

        def at_cues(pattern: re.Pattern, before: int = 0):
            """``pattern``'s matches at the cue words (``before``: at an "I" that many
            characters before the cue at most)."""
            for pos in cues:
                at = text.rfind("I", max(0, pos - before), pos) if before else pos
                m = pattern.match(text, at) if at >= 0 else None
                if m:
                    yield m

        # each pattern's matches (read only where it can match), what refuses one and where
        # its name ends (the end of the title group unless said)
        inline = (
            (quoted_after_cue, None, None),
            (self.granted_to.finditer(text), self._inside_word, None),
            (self.quoted_which.finditer(text), self._quote_in_word, None),
            (
                at_cues(self.inline_named),
                # a body named so: "foreningen Projekt UDENFOR"
                lambda m: bool(_BODY_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())),
                lambda m: self._inline_name_end(doc, m),
            ),
            (
                around(self.is_a, text, _IS_A_WORDS, 120, 150),
                # 'Indsatsen hedder "X" og er et samarbejde': the quoted name is the name
                lambda m: (
                    any(q in m["title"] for q in OPEN_QUOTES + "*")
                    or self._no_antecedent_name(m["title"])
                    # "X er projektejer, og projektet er et samarbejde": a clause
                    or bool(_PROJECT_WORD_INSIDE.search(m["title"]))
                ),
                # "X, som teamet officielt hedder, er et forsøg": the name before the clause
                lambda m: m.start("title") + _clause_start(m["title"], _RELATIVE_CLAUSE),
            ),
            (
                around(self.apposition, text, _APPOSITION_WORDS, 100, 150),
                None,
                None,
            ),
            (at_cues(self.named_apposition), None, None),
            (around(self.name_clause, text, _WHICH_WORDS, 80, 60), self._inside_word, None),
            (around(self.worked_apposition, text, _APPOSITION_WORDS, 120, 100), None, None),
            (at_cues(self.named_clause), self._a_clause, None),
            (
                self.called.finditer(text),
                self._inside_word,
                lambda m: m.start("title") + _before_verb(m["title"]),
            ),
            # "FAKTA: Andre steder i landet": a name is used again
            (
                self.colon_name.finditer(text),
                lambda m: self._inside_word(m) or text.count(m["title"]) < 2,
                None,
            ),
            (
                self.fact_box.finditer(text),
                # (a topic the text writes in lower case too is no name: "Fakta: Organdonation"
                # over "… om organdonation …")
                lambda m: (
                    text.count(m["title"]) < 2
                    or (m["title"] != m["title"].lower() and m["title"].lower() in text)
                ),
                None,
            ),
            (
                # (read only around ", som" and ", hvor": the name ends before them)
                around(self.which_runs, text, _WHICH_WORDS, 200, 150),
                # "til X er godt, som": a clause; "med Y gennemført projektet X, som": the name
                # is the cue's
                lambda m: (
                    self._inside_word(m)
                    or any(w in _VERBS for w in m["title"].split())
                    or bool(_PROJECT_WORD_INSIDE.search(m["title"]))
                    or self._a_clause(m)  # "X beskrives som ”at …, hvor": a sentence
                    or any(q in m["title"] for q in OPEN_QUOTES)
                    # "alarmeres af vagtcentralen via Hjerteløber-ordningen, som …": a means
                    or " via " in m["title"]
                    # "fra Midttrafik, som leder projektet": a body
                    or bool(_PROJECT_OBJECT.match(text, m.end()))
                    # before "hvor" a name of capitalised words only ("fra VR-Lunge, hvor"),
                    # not a clause ("sammen med UC SYD skabt Sporskifte, hvor")
                    or (
                        ", hvor" in m.group()
                        and any(
                            w[0].islower() and w not in _JOINER_WORDS for w in m["title"].split()
                        )
                    )
                ),
                None,
            ),
            (
                at_lines(self.opening_which, text, opening_starts),
                # a sentence ("Mange ældre, som …") opens it, or no body is in the clause (a
                # known body as its name is refused below, where it counts as called)
                lambda m: (
                    any(w in _VERBS or w in _CLAUSE_WORDS for w in m["title"].split())
                    or m["title"].split()[0] in self.rules.determiners
                    or not org_spans_in(doc, m.start("clause"), m.end())
                    # "Udvalget orienteres om VAKS, som …": a sentence about the acronym
                    or _TOPIC_OF_ACRONYM.search(m["title"])
                ),
                None,
            ),
            (
                # the same inside a paragraph, after a sentence's end, for a name of capitalised
                # words: "… kommune. Living Lab Gødstrup, som Herning og Holstebro Kommuner
                # driver sammen med …"
                at_lines(self.opening_which, text, match_starts(_SENTENCE_OPENING, text)),
                lambda m: (
                    len(m["title"].split()) < 2
                    or any(
                        not w[0].isupper() and w not in _JOINER_WORDS for w in m["title"].split()
                    )
                    or not org_spans_in(doc, m.start("clause"), m.end())
                ),
                None,
            ),
            (self.capitals_about.finditer(text), None, None),
            (self.takes_part_in.finditer(text), self._inside_word, None),
            (self.runs_named.finditer(text), None, None),
            (self.agreed_on.finditer(text), None, None),
            (
                self.team_named.finditer(text),
                # a unit: "forankres i Team Sundhed og Job, Jobcenter Viborg"
                lambda m: (
                    self._inside_word(m)
                    or bool(_UNIT_PLACE.search(text, max(0, m.start() - 6), m.start()))
                    or any(o == m.end() + 2 for o, _ in org_offsets(doc))
                ),
                None,
            ),
            *(
                (p.finditer(text), self._inside_word, None)
                for p in (self.started, self.started_quoted)
            ),
            (self.project_apposition.finditer(text), self._inside_word, None),
            (
                self.ordinal_apposition.finditer(text),
                # "Den første, …": the article before the ordinal
                lambda m: not _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()),
                None,
            ),
            (
                at_cues(self.fronted, before=4),
                # the subject after the verb is an organisation
                lambda m: (
                    self._a_clause(m)
                    or not any(o == m.start("subject") for o, _ in org_offsets(doc))
                ),
                None,
            ),
            (
                at_paragraphs(self.owned_subject, text),
                # an organisation or a time as subject, or no organisation after the verb
                lambda m: (
                    any(o == m.start("title") for o, _ in org_offsets(doc))
                    or not any(o == m.end() for o, _ in org_offsets(doc))
                    or DATE_LIKE.search(m["title"])
                ),
                None,
            ),
            (
                at_paragraphs(self.subject, text),
                # an organisation or a time as subject: "København og …", "Fra 2011"; one
                # with a role in the project: "X er tovholder på projektet"
                lambda m: (
                    any(o == m.start("title") for o, _ in org_offsets(doc))
                    or DATE_LIKE.search(m["title"])
                    or _ROLE_IN_PROJECT.search(m.group())
                ),
                None,
            ),
        )
        for matches, refused, name_end in (
            *inline,
            self._spelled_acronyms(doc, text),
            self._abbreviated_names(doc, text),
            self._acronym_defined_names(doc, text),
        ):
            for m in matches:
                s, e = m.start("title"), m.end("title")
                if (refused and refused(m)) or _overlaps(blocks, s, e):
                    continue
                if name_end:
                    e = name_end(m)
                title = tidy_title(text[s:e])
                # "projektet X", "X er et samarbejde mellem …": the text calls X a project
                called = (
                    bool(_CALLED_PROJECT.search(text, max(0, s - 30), s))
                    or m.re
                    in (
                        self.is_a,
                        self.apposition,
                        self.name_clause,
                        self.worked_apposition,
                        self.quoted_which,  # '"X", som Y gennemførte': a piece of work
                        self.ordinal_apposition,  # "Det andet projekt, KOMPAS (…), er …"
                        self.project_apposition,
                        self.opening_which,  # a body runs it: only a known body is one
                    )
                    or (
                        # "har drevet Pårørendeskolen i Helsingør, hvor …" (not "afprøver Jobcenter
                        # Aalborg i samarbejde med …": there the body is the subject)
                        m.re is self.runs_named and text[e : e + 1] == ","
                    )
                )
                if (
                    len(title) >= 3
                    # a name the text gives a project, even where the NER alone read a body
                    # (or, after "projektet", a unit's name: "projektet Sundhedshus Odsherred")
                    and not self._is_org(doc, s, e, named=True, called_project=called)
                    # (a name given in so many words may open with one: "hedder Et Hjem ved
                    # Havnen", "Det Tværsektorielle Udgående Team, forkortet TUT")
                    and (
                        m.re in (self.called, _ABBREVIATED, _NAMED_ACRONYM)
                        or title.split()[0]
                        not in ("Det", "Den", "Der", "Dette", "Denne", "Projektet", "Et", "En")
                        # (after "projektet" an article opens a name of capitalised words:
                        # "projektet Den Gode Medicinsamtale")
                        or (called and len(title.split()) > 2 and title.split()[1][:1].isupper())
                    )
                ):
                    found.append(Heading(s, e, title, False, acronym=m.groupdict().get("acronym")))
        return found

    def _spelled_acronyms(self, doc: Doc, text: str):
        """An acronym its brackets spell out, in a sentence that gives money: "Samtidig får
        ANKER (Autismenetværk for Kommunal Ekspertise og Rådgivning) 1,8 mio. kr." (as a
        pattern entry of ``_names_in_running_text``)."""

        def refused(m: re.Match) -> bool:
            return (
                self._inside_word(m)
                or not _spelled_at(text, m.start("title"), m["title"]).acronym
                # a method or model the work follows: "Metoden er inspireret af IPS (…)",
                # "IPS (…) er en evidensbaseret metode"
                or bool(_METHOD.search(text, *line_bounds(text, m.start())))
                or not self._money_told_of(doc, text, m["title"], m.start())
            )

        return _SPELLED_ACRONYM.finditer(text), refused, None

    def _money_told_of(self, doc: Doc, text: str, acronym: str, at: int) -> bool:
        """Whether the sentence at ``at`` gives money, or the next one refers back to the
        project with money ("… udviklet TOVAG (…), hvor … TrygFonden har støttet projektet
        med 950.000 kr."), or a later sentence gives the acronym money ("ÆUT har et samlet
        budget på …")."""
        start, end = line_bounds(text, at)
        if doc_has_money(doc, start, end):
            return True
        following = line_bounds(text, end + len(text[end:]) - len(text[end:].lstrip()))
        if _PROJECT_NOUN.search(text, *following) and doc_has_money(doc, *following):
            return True
        at = text.find(acronym, end)
        while at >= 0:
            if _used_as_short_name(
                text, acronym, max(0, at - 1), at + len(acronym) + 1
            ) and doc_has_money(doc, *line_bounds(text, at)):
                return True
            at = text.find(acronym, at + 1)
        return False

    def _abbreviated_names(self, doc: Doc, text: str):
        """A name of capitalised words the text shortens ("Det Tværsektorielle Udgående
        Team, forkortet TUT, som …") and goes on to call by the short name, in a text that
        gives money after it (as a pattern entry of ``_names_in_running_text``)."""

        def refused(m: re.Match) -> bool:
            return (
                not _ACRONYM.fullmatch(m["acronym"])
                or self._inside_word(m)
                or not _used_as_short_name(text, m["acronym"], m.end(), len(text))
                or not doc_has_money(doc, m.end(), len(text))
            )

        return around(_ABBREVIATED, text, _ABBREVIATION_WORDS, 120, 30), refused, None

    def _acronym_defined_names(self, doc: Doc, text: str):
        """A name of capitalised words with its acronym in brackets that the text goes on
        to use in a sentence that gives money ("… etablerer sammen med … Ældrepsykiatrisk
        Udgående Team Vestsjælland (ÆUT), der …" and "ÆUT har et samlet budget på …"); the
        name starts at the word the acronym's first letter opens (as a pattern entry of
        ``_names_in_running_text``)."""

        def matches():
            for m in around(_NAMED_ACRONYM, text, _ACRONYM_IN_BRACKETS, 120, 20):
                first = m["acronym"][0]
                words = list(re.finditer(r"\S+", m["title"]))
                at = next((w.start() for w in words if w[0][0] == first), None)
                if at is None:
                    continue
                trimmed = _NAMED_ACRONYM.match(text, m.start("title") + at)
                if trimmed and trimmed.end() == m.end() and len(trimmed["title"].split()) >= 2:
                    yield trimmed

        def refused(m: re.Match) -> bool:
            s, e = m.span("title")
            # (the place an acronym also names is no body: "Team Tønder (GUT Tønder)")
            acronym, _, place = m["acronym"].partition(" ")
            if place and m["title"].endswith(" " + place):
                e -= len(place) + 1
            return (
                not _ACRONYM.fullmatch(acronym)
                # no body's name ("Steno Diabetes Center Aarhus (SDCA)", "Pædagogisk
                # Psykologisk Rådgivning (PPR)"), read as one or built like one
                or any(o_start < e and s < o_end for o_start, o_end in org_offsets(doc))
                or any(w.lower().endswith(self.body_heads) for w in m["title"].split())
                # the acronym given money later: "ÆUT har et samlet budget på 4.500 t.kr."
                or not self._money_told_of(doc, text, m["acronym"], m.end())
            )

        return matches(), refused, None

    def _without_back_reference(self, h: Heading) -> Heading:
        """ "Indsatsen Første Job" (a heading naming its kind first) is "Første Job"."""
        first, _, rest = h.title.partition(" ")
        if first in self.rules.back_references and rest[:1].isupper():
            return replace(h, start=h.start + len(first) + 1, title=rest)
        return h

    @staticmethod
    def _inside_word(m: re.Match) -> bool:
        """A pattern written literal-first matched inside a word ("efternavnet")."""
        return m.start() > 0 and bool(_WORD_CHAR.match(m.string, m.start() - 1))

    @staticmethod
    def _quote_in_word(m: re.Match) -> bool:
        """The quote mark opens no name but stands in a word."""
        return m.start() > 0 and not m.string[m.start() - 1].isspace()

    @staticmethod
    def _no_antecedent_name(title: str) -> bool:
        """Whether the words before "er et samarbejde" are a sentence, not a name: over
        eight words, a long clause before ", som" that ends in a common noun ("Mandag gav
        byrådet grønt lys til byggeriet, som er et samarbejde"), or one ordinary word in
        its definite form that refers back ("Laboratoriet er et samarbejde mellem …")."""
        cut = _clause_start(title, _RELATIVE_CLAUSE)
        words = title[:cut].split()
        return (
            len(words) > 8
            or (cut < len(title) and len(words) > 4 and words[-1].islower())
            or (
                len(words) == 1
                and words[0].lower().endswith(("et", "en", "ene", "erne"))  # definite
                and words[0].lower() in common_words()
            )
        )

    def _a_clause(self, m: re.Match) -> bool:
        """ "projektet X har …, som": a clause, no name."""
        return any(w.lower() in self.rules.not_title_words for w in m["title"].split())

    def _inline_name_end(self, doc: Doc, m: re.Match) -> int:
        """A name after a cue word ends before a small word that leads to an organisation
        ("Åndehullet i Næstved Kommune"), or takes the lower-case words after it that belong
        to it ("Projekt Barn på vej har")."""
        end = self._before_org_tail(doc, m.string, m.start("title"), m.end("title"))
        if end != m.end("title"):
            return end
        # the words up to the acronym they spell: "Fælles demenskoordinering i Sønderjylland
        # (FDS)"
        spelled = _SPELLED_BY_ACRONYM.match(m.string, m.start("title"))
        if spelled and _initials(spelled["words"]) == spelled["acronym"]:
            return m.start("title") + len(spelled["words"])
        return end + self._tail_in_title(m)

    def _named_again(self, text: str, found: list[Heading]) -> list[Heading]:
        """Later plain mentions of a project's distinctive name or acronym ("Fakta om SAMDIA"
        and, in the text, "… går sammen om SAMDIA. Regionen støtter projektet med 3 mio.
        kr."): each speaks of the project like a name in running text does. A mention that
        opens an allocation line ("- HALV: 1.850.000 kr.") carries that line's amount."""
        names = {h.title: h.title for h in found}
        acronyms = {h.title: h.acronym for h in found if h.acronym}
        names.update({acronym: title for title, acronym in acronyms.items()})
        # the name before a title's dash: "Druknesikker" of "Druknesikker – svømmeundervisning"
        heads = {DASH.split(t, maxsplit=1)[0]: t for t in list(names) if DASH.search(t)}
        for head, title in heads.items():
            names.setdefault(head, title)
        # (one word is distinct enough where the document's title lines name it: a report
        # on "FAMKO … og Skolebroen" speaks of "Skolebroen")
        titled = {h.title for h in found if h.block and at_top(text, h.start)}
        distinct = [
            n
            for n in names
            if len(n.split()) >= 2 or (n.isupper() and len(n) >= 3) or (n in titled and len(n) >= 4)
        ]
        # a one-word head only where it opens a line before a colon ("Druknesikker: …") or
        # stands alone on its line, a heading over the project's paragraphs ("VidSam")
        run_in = [h for h in heads if len(h.split()) == 1 and h not in distinct]
        if not distinct and not run_in:
            return []
        # one pass, longest name first: a shorter name inside a longer one is no mention
        pattern = re.compile(
            "(?<![\\wæøå])(?:"
            + alternatives(distinct, longest_first=True)
            + ")(?![\\wæøå])"
            + (f"|(?m:^(?:{alternatives(run_in)})(?=:[ \\t]|[ \\t]*\\n))" if run_in else "")
        )
        taken = [(min(h.start, h.line_start) if h.block else h.start, h.end) for h in found]
        again: list[Heading] = []
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            line = self.allocation_line.match(text, text.rfind("\n", 0, m.start()) + 1)
            budget = line.span("amount") if line and line.start("name") == m.start() else None
            again.append(
                Heading(
                    m.start(),
                    m.end(),
                    names[m[0]],
                    False,
                    budget=budget,
                    acronym=acronyms.get(names[m[0]]),
                    again=True,
                )
            )
        return again

    @staticmethod
    def _cost_line(text: str, at: int) -> bool:
        """Whether the line at ``at`` is a line of a cost breakdown: it and the lines of the
        same shape above it ("Løn til faldteam – 1.240") stand under a line that speaks of
        costs or a budget ("Udgifterne fordeler sig således (t.kr.):")."""
        start = text.rfind("\n", 0, at) + 1
        while start > 0:
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above : start - 1]
            if not _AMOUNT_ROW.fullmatch(line):
                return bool(_COST_INTRO.search(line))
            start = above
        return False

    def _model_names(self, doc: Doc, text: str, found: list[Heading]) -> list[Heading]:
        """Names the project-name model tagged by an amount (``project.model``) that the
        rules did not read: not a name found already, nor a part of one, nor one with a
        subtitle; not an organisation, nor a clause holding one or cut through one ("Sammen
        med Rebild Kommune gennemfører …"); no phrase the text also writes in lower case
        ("Fælles digital træningsplan" over "… en fælles digital træningsplan")."""
        known = {n.casefold() for h in found for n in (h.title, h.acronym) if n}
        # (as after "projektet X", only a known body counts: a name a pattern alone read as a
        # body, "Sundhedshus Nexø", may be the project the money builds)
        orgs = [(o.start_char, o.end_char) for o in doc.spans.get(REFERENCE_KEY, [])]
        taken = [(h.start, h.end) for h in found]
        names = []
        for span in doc.spans.get(PROJECT_MODEL_KEY, []):
            title = tidy_title(span.text)
            start, end = span.start_char, span.end_char
            if (
                # (a part of a name found: "Sikker Kontakt" of "BUSK – … i Sikker Kontakt";
                # one found with a subtitle: "Job i Balance – samarbejde med …")
                any(title.casefold() in k for k in known)
                or any(f.casefold() in known for f in short_forms(title))
                or _overlaps(taken, start, end)
                or self._is_org(doc, start, end, called_project=True)
                # (a body's full name, not a town's: "TeleKOL Randers" is a name)
                or any(start <= a and b <= end and " " in text[a:b] for a, b in orgs)
                # (cut through a body's name: "Sammen med Rebild" of "… Rebild Kommune"; a part
                # of one: "StepWise Sensors" of "StepWise Sensors ApS")
                or any(a < start < b or a < end < b for a, b in orgs)
                or any(
                    a <= start and end <= b and (a, b) != (start, end) for a, b in org_offsets(doc)
                )
                or (title != title.lower() and title.lower() in text)
                # a programme money comes through: "via programmet Grand Solutions har bevilget"
                or _FUNDING_MEANS_BEFORE.search(text, max(0, start - 40), start)
            ):
                continue
            known.add(title.casefold())
            # (a name opening its line heads it; one inside a sentence starts no line: the
            # sentence naming it is its project's)
            line_start = text.rfind("\n", 0, span.start_char) + 1
            line_start = 0 if text[line_start : span.start_char].strip() else line_start
            names.append(
                Heading(
                    span.start_char, span.end_char, title, False, line_start=line_start, tagged=True
                )
            )
        return names

    @staticmethod
    def _longest_names(text: str, found: list[Heading]) -> list[Heading]:
        """A name cut short where the text goes on with a longer name found elsewhere
        ("projektet Fælles smerteindsats Silkeborg er" read as "Fælles", and the quoted
        "Fælles smerteindsats Silkeborg") is that name."""
        titles = sorted({h.title for h in found}, key=len, reverse=True)
        longer = []
        for h in found:
            for title in titles:
                if (
                    len(title) > len(h.title)
                    and title.startswith(h.title + " ")
                    and text.startswith(title, h.start)
                ):
                    h = replace(h, end=h.start + len(title), title=title)
                    break
            else:
                # "projektet Havnen som Vendepunkt går i gang" read as "Havnen": the name goes
                # on over a small word where the text uses the whole again
                more = _NAME_GOES_ON.match(text, h.end)
                if more and text.count(text[h.start : more.end()]) >= 2:
                    h = replace(h, end=more.end(), title=f"{h.title}{more.group()}")
            longer.append(h)
        return longer

    def _full_titles(
        self, text: str, found: list[Heading], context: Sequence[Heading] = ()
    ) -> list[Heading]:
        """One title per project: "Stærk Hjemme" where the text also says "Stærk Hjemme –
        Lolland-Falster" is the same project, under its full name; so is an acronym a heading
        defines ("Ryggen i Centrum (RiC)") where the text names the project by it, and a name
        the text gives its subtitle once ("HjerteHjem – telemedicinsk opfølgning efter
        hjerteoperation får …"). ``context``: headings whose titles were made full already,
        which may give the full names of ``found``'s."""
        every = self._named_shorter_below([*context, *found])
        found = every[len(context) :]
        full = {h.acronym: h.title for h in every if h.acronym and h.acronym != h.title}
        for title in {h.title for h in every}:
            # the name before a subtitle's dash or colon ("UNG-MOD: Unge Med Overskud …")
            for head in (re.split(r"\s+[–-]\s+", title, maxsplit=1)[0], title.split(": ")[0]):
                if head != title:
                    full.setdefault(head, title)
        report = bool(self._report_kind.search(text[:HEAD_CHARS]))
        for title in {h.title for h in found} - set(full):
            sub = self._subtitle_on_line(text, title) or _subtitle_in_text(text, title, report)
            if sub and sub.split()[0].casefold() not in self.document_kinds:
                full[title] = f"{title} – {sub}"
            elif long := _spelled_after_dash(text, title):
                full[title] = f"{title} – {long}"  # "TOPUng – Tidlig Opsporing af Psykose …"
            elif re.fullmatch(_ACRONYM_NAME, title) and (long := _defined_before(text, title)):
                full[title] = f"{long} ({title})"  # "et Tværsektorielt Geriatrisk Akutteam (TGA)"
            elif _short_name(title) and (long := _abbreviation_said(text, title)):
                full[title] = f"{title} ({long})"  # "Navnet er en forkortelse for …"
            elif (
                _short_name(title)
                and (at := text.find(f"{title} (")) >= 0
                and (spelled := _spelled_at(text, at, title)).acronym
            ):
                # "Status på TOPKOL" and "TOPKOL (Tidlig Opsporing og …) blev startet"
                full[title] = spelled.title
        return [replace(h, title=full[h.title]) if h.title in full else h for h in found]

    @staticmethod
    def _named_shorter_below(found: list[Heading]) -> list[Heading]:
        """A heading whose title opens with the name the text goes on to use for it ("5.
        Orientering: Én indgang for børn og unge i mistrivsel" over 'Projektet "Én indgang"
        løber …', no other name between) is known by that name too: one project."""
        ordered = sorted(found, key=lambda h: h.start)
        shorter: dict[int, str] = {}
        for h, o in pairwise(ordered):
            if h.block and not h.acronym and h.title.startswith(o.title + " "):
                shorter[id(h)] = o.title
        return [replace(h, acronym=shorter[id(h)]) if id(h) in shorter else h for h in found]

    def _subtitle_on_line(self, text: str, title: str) -> str | None:
        """The lower-case subtitle after a dash to the end of the line a name opens, or of one
        where it follows the word "projekt": "Brobyggerne - fra sengeafsnit til egen bolig",
        '"Ét forløb" – koordineret indsats for …' (no kind of agenda item: "X – status efter
        første år")."""
        line = re.compile(
            # (or after the word "projekt": "Styregruppen for projekt X – synsrehabilitering …")
            rf"(?:[^\n]*?(?<![\wæøå])[Pp]rojekt(?:et)?[ \t]+)?"
            rf"[ \t]*[{OPEN_QUOTES}]?{re.escape(title)}[{CLOSE_QUOTES}]?[ \t]+[–-][ \t]+"
            r"(?P<sub>[a-zæøå]{3,}[^\n.;:!?–()]{3,100}?)[ \t]*$",
            re.M,
        )
        # (only the lines that hold the name are read: a pattern tried at every line of a
        # long text for every name would cost more than all the rest)
        at = text.find(title)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            m = line.match(text, start)
            if m is not None:
                if m["sub"].split()[0].capitalize() in self._item_kinds:
                    return None
                return " ".join(m["sub"].split())
            end = text.find("\n", at)
            at = text.find(title, end) if end >= 0 else -1
        return None

    # -------------------------------------------------------------------- tables
    def tables(self, text: str, offsets=None):
        """The document's tables of projects (``TableReader.read``)."""
        return self.table_reader.read(text, offsets)

    def scope_start(self, text: str, at: int) -> int:
        """Where the section holding ``at`` starts: the last section boundary before it."""
        last = 0
        furniture = page_furniture(text)
        for m in self.rules.boundary.finditer(text, 0, at):
            if m.start() not in furniture:
                last = m.start()
        return last

    def scope_end(self, text: str, start: int, limit: int) -> int:
        """Where the text about something that starts at ``start`` ends: the next section
        boundary (a Markdown heading, a numbered agenda item; not a page break's rule line
        or running header) or ``limit``."""
        furniture = page_furniture(text)
        for m in self.rules.boundary.finditer(text, start + 1, limit):
            if m.start() not in furniture:
                return m.start()
        return limit

    def _title_end(self, text: str, start: int, end: int) -> int:
        """A wrapped title ends before the first line that opens with a field label (known
        or any "Word: value" line) or a list item, or at the sentence end before a run-in
        label ("Title. Parter: …"); a quoted title with its own line
        ('Delprojekt: "X"\nOdense Universitetshospital og …')."""
        if _QUOTED_LINE_START.match(text, start) and "\n" in text[start:end]:
            end = text.find("\n", start)
        m = self.run_in_label.search(text, start, end)
        if m:
            end = m.start() - 1
        newline = text.find("\n", start, end)
        while newline >= 0:
            if (
                self.any_label.match(text, newline + 1)
                or GENERIC_LABEL.match(text, newline + 1)
                or _BULLET_LINE.match(text, newline + 1)  # "• Projektejer …" under the title
            ):
                return newline
            newline = text.find("\n", newline + 1, end)
        return end

    @staticmethod
    def _before_org_tail(doc: Doc, text: str, start: int, end: int) -> int:
        """``Hjertesvigt i Hjemmet`` is one title, ``Åndehullet i Næstved Kommune`` ends
        before the small word that leads to an organisation."""
        for m in _SMALL_WORD.finditer(text, start, end):
            if any(o.start_char == m.end() for o in doc.spans.get(ORGS_KEY, [])):
                return m.start()
        return end

    def _tail_in_title(self, m: re.Match) -> int:
        """How many characters of the lower-case words after a one-word name belong to it:
        all up to a stop ("projektet Sammen med borgeren."), or those before a verb
        ("Projekt Barn på vej har udviklet …")."""
        if len(m["title"].split()) != 1 or not m["tail"].strip():
            return 0
        kept = 0
        for word in re.finditer(r"[ \t]+(\S+)", m["tail"]):
            if word[1].lower() in self.rules.not_title_words:
                # a verb or a clause ends the name ("… i hjemmeplejen sammen med X")
                return kept if word[1].lower() in _VERBS | _CLAUSE_WORDS else 0
            kept = word.end()
        if m["after"] is not None:
            return kept
        # the lower-case words may end in a place: "pilotprojektet Job og sygdom i Roskilde,
        # som …"
        if m["tail"].split()[-1] in ("i", "på"):
            place = _TAIL_PLACE.match(m.string, m.end("tail"))
            if place:
                return kept + len(place[0])
        return 0

    def _drop_prefix(self, title: str) -> str:
        for prefix in self.rules.drop_prefixes:
            if title.lower().startswith(prefix.lower() + " "):
                rest = title[len(prefix) + 1 :]
                return rest[:1].upper() + rest[1:]
        return title

    @staticmethod
    def _org_part(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The owner part of a dash heading when organisations cover most of it, the words
        that join them aside ("Region Nordjylland i samarbejde med Thisted og Morsø
        Kommuner")."""
        spans = org_spans_in(doc, start, end + 1)
        if not spans:
            return None
        text = doc_text(doc)
        between = " ".join(text[a:b] for (_, a), (b, _) in pairwise(spans)).replace(",", " , ")
        joining = sum(len(w) + 1 for w in between.split() if w in _JOINING_WORDS)
        if sum(e - s for s, e in spans) + joining >= 0.6 * (end - start):
            return spans[0][0], spans[-1][1]
        return None

    def _tied_org(self, doc: Doc, text: str, start: int, end: int) -> bool:
        """An organisation of ``start:end`` whose sentence ties it to the work (a cue)."""
        return any(
            self.rules.participant_cue.search(text, *line_bounds(text, org_start, org_end))
            for org_start, org_end in org_spans_in(doc, start, end)[:4]
        )

    @staticmethod
    def _speaks_of_project(doc: Doc, start: int, end: int) -> bool:
        """A paragraph about a project states an amount, a date, a year or the word itself."""
        if re.search(r"(?i)\bprojekt|\b(?:19|20)\d\d\b", doc_text(doc)[start:end]):
            return True
        return any(
            start <= sp.start_char < end
            for key in ("money", "date")
            for sp in doc.spans.get(key, [])
        )

    @staticmethod
    def _is_org(
        doc: Doc, start: int, end: int, named: bool = False, called_project: bool = False
    ) -> bool:
        """Organisations overlapping ``start:end`` cover most of it (``named``: a cue names
        it as a project, so a name only the NER read as a body does not count;
        ``called_project``: the text says "projektet X", so only a known body does)."""
        if called_project:
            offsets = [(o.start_char, o.end_char) for o in doc.spans.get(REFERENCE_KEY, [])]
        else:
            offsets = org_offsets(doc)
        ner_only = (
            {(o.start_char, o.end_char) for o in doc.spans.get(NER_ORG_KEY, [])} if named else ()
        )
        covered = sum(
            min(end, o_end) - max(start, o_start)
            for o_start, o_end in offsets
            if o_start < end and start < o_end and (o_start, o_end) not in ner_only
        )
        return covered >= 0.6 * (end - start)

    @staticmethod
    def _dedupe(headings: list[Heading]) -> list[Heading]:
        kept: list[Heading] = []
        for h in sorted(headings, key=lambda h: (not h.block, h.start, -(h.end - h.start))):
            if not any(h.start < k.end and k.start < h.end for k in kept):
                kept.append(h)
        return kept

    # -------------------------------------------------------------------- fields
    def fields(self, text: str) -> list[tuple[str, int, int]]:
        """(kind, value start, value end) of each labelled field."""
        run_ins = list(self.run_in_label.finditer(text))
        labels = sorted(
            {m.start() for m in self.any_label.finditer(text) if not _table_row(text, m.start())}
            | {m.start() for m in GENERIC_LABEL.finditer(text)}
            | {m.start("label") for m in run_ins}
            | page_furniture(text)
        )

        def next_label(after: int) -> int:
            """Where the first label after ``after`` stands (the text's end if none)."""
            i = bisect_right(labels, after)
            return labels[i] if i < len(labels) else len(text)

        found = []
        for m in run_ins:
            kind = self.rules.fields.get(m["label"].lower())
            if kind is None:
                continue  # a stop label: it only ends the field before it
            start = m.end()
            line_end = text.find("\n", start)  # a label inside a paragraph: its line's value
            end = min(
                next_label(m.start("label") + 1),
                start + MAX_FIELD_CHARS,
                line_end if line_end >= 0 else len(text),
            )
            value = text[start:end].rstrip()
            if value.endswith("."):
                value = value[:-1]
            lead = len(value) - len(value.lstrip())
            if value.strip():
                found.append((kind, start + lead, start + len(value)))
        for m in self.field_line.finditer(text):
            if m["label"][0].islower() and not m[0].endswith(":"):
                continue  # "deltager. 64 patienter …": a wrapped sentence, no field
            if _table_row(text, m.start()):
                continue  # "Bevilling fra STAR  1.600.000  2.400.000  4.000.000": a row
            if _NUMBERED_TITLE.match(m[0]) and text.startswith("til ", m.end()):
                # "7. Bevilling til tværsektorielt projekt …": an item's title ("7. Budget og
                # finansiering" is a form's field)
                continue
            kind = self.rules.fields[m["label"].lower()]
            start = m.end()
            end = min(next_label(m.start() + 1), start + MAX_FIELD_CHARS)
            value = text[start:end]
            lead = len(value) - len(value.lstrip())
            if value.strip():
                found.append((kind, start + lead, start + len(value.rstrip())))
        return found


@Language.factory("samspil_sections", default_config={"confidence": 0.8})
def make_sections(nlp: Language, name: str, confidence: float) -> SectionFinder:
    return SectionFinder(name, confidence)


class SectionFinder:
    def __init__(self, name: str, confidence: float) -> None:
        self.name = name
        self.confidence = confidence
        self.parser = SectionParser()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        tables = self.parser.tables(text, doc.user_data.get(OFFSETS_KEY))
        doc.user_data[_ORG_OFFSETS] = org_offsets(doc)
        doc.user_data[_MONEY_STARTS] = sorted(m.start_char for m in doc.spans.get("money", []))
        try:
            headings = self.parser.headings(doc, tables)
        finally:
            del doc.user_data[_ORG_OFFSETS]
            del doc.user_data[_MONEY_STARTS]
        blocks = [h for h in headings if h.block]
        named = Counter(h.title.casefold() for h in headings)  # how often each is named
        # the sections of headings and list items, read once: the inline scopes end with them
        own_sections = {
            id(h): self._block_scope(text, h, blocks, headings)
            for h in headings
            if h.block or h.section_end is not None
        }
        block_sections = [own_sections[id(h)] for h in blocks]
        spans, titles, owners, acronyms, sections, again, tagged, row_cells = ([] for _ in range(8))
        for index, h in enumerate(headings):
            span = doc.char_span(
                h.start, h.end, label="BLOCK" if h.block else "INLINE", alignment_mode="expand"
            )
            if span is None:
                continue
            spans.append(span)
            titles.append(h.title)
            owners.append(h.owner)
            acronyms.append(h.acronym)
            again.append(h.again)
            tagged.append(h.tagged)
            row_cells.append(h.cells)
            if id(h) in own_sections:
                sections.append(own_sections[id(h)])
            else:
                sections.append(
                    self._inline_scope(doc, text, headings, index, block_sections, named)
                )
        bounded = headings and headings[0].section_end is not None and not headings[0].block
        if sections and len({h.title.casefold() for h in headings}) == 1 and not bounded:
            # the only project the document names: the document speaks of it from the section
            # that names it (from the top when it is named in the first lines) up to the next
            # section boundary, however far ("## 3. Eventuelt"); its lead may state the money
            first = headings[0]
            # (a numbered entry's text starts at its own line: what stands above it is another
            # entry's, perhaps one the rules did not read as a project)
            if first.listed:
                start = sections[0][0]
            elif at_top(text, first.start):
                start = 0
            else:
                start = self.parser.scope_start(text, first.start)
            # (a form whose title field names it is about it in all its parts: "DEL 4 –
            # BUDGET" too)
            cover = any(h.cover for h in headings)
            sections[0] = (
                min(start, sections[0][0]),
                len(text) if cover else self.parser.scope_end(text, first.end, len(text)),
            )
        # the places that name a project first, its plain re-mentions after them: what a
        # project's amount and fields are is read from its own naming places first
        order = sorted(range(len(spans)), key=lambda i: again[i])
        spans, titles, owners, acronyms, sections, tagged, row_cells = (
            [seq[i] for i in order]
            for seq in (spans, titles, owners, acronyms, sections, tagged, row_cells)
        )
        publish(doc, HEADINGS_KEY, self.name, self.confidence, spans)
        group = doc.spans[HEADINGS_KEY]
        group.attrs[TITLES_ATTR] = titles
        group.attrs[OWNERS_ATTR] = owners
        group.attrs[ACRONYMS_ATTR] = acronyms
        group.attrs[SECTIONS_ATTR] = sections
        group.attrs[TAGGED_ATTR] = tagged
        group.attrs[CELLS_ATTR] = row_cells
        field_spans = []
        cells = [f for _, rows in tables for _, row in rows for f in row]
        cells += [("budget", *h.budget, None) for h in headings if h.budget]
        # (a breakdown's total, read out one cell per line, is the amount its column gives)
        totals = column_totals(text)
        cells += [("budget", *total) for total in totals]
        # a table's rows are read by its columns: a label among its header cells read out
        # one per line ("Tilsagn\nSundhed på eget sprog\n…") opens no field over them
        row_spans = [(h.line_start, h.section_end) for _, rows in tables for h, _ in rows]
        labelled = [
            (*f, None)
            for f in self.parser.fields(text)
            if not any(a <= f[1] < b for a, b in row_spans)
            and not (f[0] == "budget" and any(f[1] <= t[0] < f[2] for t in totals))
        ]
        factors = []
        for kind, start, end, factor in labelled + cells:
            span = doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is not None:
                field_spans.append(span)
                factors.append(factor)
        publish(doc, FIELDS_KEY, self.name, self.confidence, field_spans)
        doc.spans[FIELDS_KEY].attrs[FACTORS_ATTR] = factors
        return doc

    def _block_scope(
        self, text: str, h: Heading, blocks: list[Heading], headings: list[Heading]
    ) -> tuple[int, int]:
        """What the text says under a heading or list item: its own section's end (an agenda
        item's, a table row's, a list item's), else up to the next heading or section
        boundary."""
        if h.section_end is not None:
            return h.line_start, h.section_end
        later = [b.line_start for b in blocks if b.line_start > h.line_start]
        end = later[0] if later else len(text)
        # a form's fields above its title field ("1. Ansøger" over "2. Projektets titel")
        # are the project's, when no other project is named above it
        first = h.cover and not any(o.start < h.line_start for o in headings)
        return 0 if first else h.line_start, self.parser.scope_end(text, h.line_start, end)

    def _introduction(self, doc: Doc, text: str, before: int) -> int:
        """Where, in the section that names a project at ``before``, a paragraph with money
        introduced an unnamed one ("… til et treårigt projekt", "indgår et fireårigt
        partnerskab … Med en bevilling på 5,6 mio. kroner"), else ``before``."""
        for m in _INTRODUCED.finditer(text, self.parser.scope_start(text, before), before):
            heading = _HEADING_LINE.search(text, m.end())
            if heading and heading.start() < before:
                continue  # another item's text: "Røgfri Operation – husk henvisningen\n…"
            start = sentence_start(text, m.start())
            end = text.find("\n\n", m.end(), before)
            if doc_has_money(doc, start, before if end < 0 else end):
                return start
        return before

    def _inline_scope(
        self,
        doc: Doc,
        text: str,
        headings: list[Heading],
        index: int,
        block_sections: list[tuple[int, int]],
        named: Counter[str],
    ) -> tuple[int, int]:
        """What the text says about a project named in running text: from the start of the
        sentence naming it to the next heading, the next project named, a section boundary,
        the end of the agenda item or section it stands in, or a few paragraphs on."""
        h = headings[index]
        start = sentence_start(text, h.start)
        if _MONEY_BACK.match(text, start):
            # "… fået kr. 400.000 fra X. Pengene går til projektet Y": the money is the
            # sentence's before
            start = sentence_start(text, max(0, start - 2))
        elif self.parser.naming_word.search(text, start, h.start):
            # 'Delprojektet, der har fået navnet "X"': the sentences before it in its
            # paragraph described X already
            earlier = [o.end for o in headings[:index] if o.end <= start]
            start = max(text.rfind("\n\n", 0, start) + 2, *earlier, 0)
        elif all(o.start >= h.start for o in headings):
            # the first project the text names may have been introduced, with its money,
            # before its name: "… har fået 850.000 kroner til et treårigt projekt, hvor …"
            start = self._introduction(doc, text, start)
        # (a name in the document's first lines, a headline's, is spoken of up to the next)
        limit = len(text) if at_top(text, h.start) else min(len(text), h.end + MAX_INLINE_SCOPE)
        # a lead naming two projects ("… medfinansiering af projektet A og en ansøgning til
        # projektet B"), the second the heading of a section further on: the text after the
        # lead is the first's, up to the second's section
        lead_end = line_bounds(text, h.start, h.end)[1]
        title = h.title.casefold()

        def taken_up_later(o: Heading) -> bool:
            return o.start < lead_end and any(
                x.title.casefold() == o.title.casefold()
                and x.start > lead_end
                and (x.block or not text[text.rfind("\n", 0, x.start) + 1 : x.start].strip())
                for x in headings
            )

        if taken_up_later(h) and any(
            start <= o.start < h.start and o.title.casefold() != title for o in headings
        ):
            limit = lead_end
        for other in headings[index + 1 :]:
            if other.title.casefold() != title and not taken_up_later(other):
                # the sentence naming the next project is that project's
                limit = min(limit, other.line_start or sentence_start(text, other.start))
                break
        for section_start, section_end in block_sections:
            if section_start <= h.start < section_end:
                limit = min(limit, section_end)
        # the agreement's next clause, unless the agreement is about this project (its cover
        # or its title lines, before the first blank line, name it)
        clause = _CLAUSE.search(text, h.end, limit)
        if clause:
            title_lines_end = text.find("\n\n")
            if not any(
                (o.cover or o.start < title_lines_end) and o.title == h.title for o in headings
            ):
                limit = clause.start()
        # a fact box holds the facts of the project the text is about, the one it names most
        # (``named``: how often each title is named): another one's scope stops there ("…
        # bygger videre på projektet X …" over "FAKTA\nSamlet budget: …")
        if named.most_common(1)[0][1] > named[h.title.casefold()]:
            box = _FACT_BOX_LINE.search(text, h.end, limit)
            limit = box.start() if box else limit
        limit = max(limit, h.end)
        end = self.parser.scope_end(text, h.end, limit)
        if end == h.end + MAX_INLINE_SCOPE:
            cut = text.rfind("\n\n", h.end, end)
            end = cut if cut > 0 else end
            # a paragraph after that which refers back to it ("Projektet har et samlet
            # budget på …") still speaks of it, up to the next project named
            following = [o.line_start or o.start for o in headings if o.start > h.end]
            end = self._referred_on(text, end, min(following, default=len(text)))
        return start, end

    def _referred_on(self, text: str, end: int, bound: int) -> int:
        """``end`` moved to the end of the last paragraph after it that opens by referring
        back to the project ("Projektet …"), before ``bound`` and any section boundary."""
        bound = self.parser.scope_end(text, end, bound)
        at = end
        while (opening := _NEXT_PARAGRAPH.match(text, at)) and opening.end() < bound:
            paragraph_end = text.find("\n\n", opening.end(), bound)
            at = bound if paragraph_end < 0 else paragraph_end
            if self.parser.back_reference.match(text, opening.end()):
                end = at
        return end
