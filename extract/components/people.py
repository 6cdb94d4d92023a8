"""Find people, their job titles and the organisation they belong to.

A run of two to four capitalised words (initials allowed: ``Tor B. Aasen``) is a
personal name when its context says so:

* a job title stands before it (``v/ Direktør Gitte Østergaard``,
  ``kommunaldirektør Steinar Nesse``, ``Borgmester Name (S)``) or on the line above
  (organisation charts);
* a trigger stands before it (``v/``, ``Vor ref.:``, ``Kontaktperson:``);
* it opens a contact line ``Name, Title, Unit, Kommune, mail@x.dk``; the title is
  every comma part up to the first part that is no title (titles may hold commas);
* its first word is a common first name (``extract/data/first_names.txt``).

Titles are words ending in a title stem from ``extract/data/people.toml``.  The
organisation is the first organisation span after the name on its line (the most
specific one a contact line gives), else on the next line.  Published in
``doc.spans["person"]`` with group attrs ``titles`` and ``orgs`` (char span or None).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.org_merger import ORGS_KEY, SOURCES_ATTR
from extract.components.spans import (
    COMPONENT_ATTR,
    CONFIDENCE_ATTR,
    NER_PER_KEY,
    alternatives,
    doc_text,
    publish,
)
from extract.tokenizer import OFFSETS_KEY

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TITLES_ATTR = "titles"
ORGS_ATTR = "orgs"
_LOWER = "a-zæøåéèüöäáí"
_WORD = rf"[A-ZÆØÅ][{_LOWER}]+(?:-[A-ZÆØÅ][{_LOWER}]+)?"
_NAME = re.compile(rf"(?<![\w.]){_WORD}(?:[ \t]+(?:{_WORD}|[A-ZÆØÅ]\.)){{1,4}}(?![\w])")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
# a field label: "Projektleder:", "Faglig sparring:"
_LABEL = re.compile(r"[A-ZÆØÅ][\w.]*(?:[ \t]+[\w.]+){0,2}[ \t]*:")


@dataclass(frozen=True, slots=True)
class FoundPerson:
    start: int
    end: int
    title: str | None
    org: tuple[int, int] | None
    by_ner: bool = False  # accepted only because the statistical NER read a person here


@dataclass(frozen=True, slots=True)
class PeopleRules:
    title_endings: tuple[str, ...]
    modifiers: frozenset[str]
    triggers: tuple[str, ...]
    stop: frozenset[str]
    first_names: frozenset[str]
    rosters: tuple[str, ...] = ()
    greetings: tuple[str, ...] = ()

    @classmethod
    @cache  # read once per process: the rules are shared, never changed after loading
    def load(cls, directory: Path = DATA_DIR) -> PeopleRules:
        data = tomllib.loads((directory / "people.toml").read_text(encoding="utf-8"))
        names = (directory / "first_names.txt").read_text(encoding="utf-8").splitlines()
        return cls(
            tuple(data["titles"]["endings"]),
            frozenset(m.lower() for m in data["titles"]["modifiers"]),
            tuple(data["titles"]["triggers"]),
            frozenset(data["stop"]["words"]),
            frozenset(n.strip() for n in names if n.strip() and not n.startswith("#"))
            | frozenset(data.get("names", {}).get("first", [])),
            tuple(data["titles"].get("rosters", [])),
            tuple(data["titles"].get("greetings", [])),
        )

    def is_title_word(self, word: str) -> bool:
        w = word.lower().strip(".,:;()")
        endings = self.title_endings
        return (
            w.endswith(endings)
            or (w.endswith("er") and w[:-2].endswith(endings))
            or (w.endswith("e") and w[:-1].endswith(endings))
        )


def _within_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``start:end`` lies within one of ``spans``, by bisection: of the
    spans that start at or before ``start``, the one reaching furthest must reach ``end``."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def within(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and reach[i] >= end

    return within


class PeopleReader:
    def __init__(self, rules: PeopleRules | None = None) -> None:
        self.rules = rules or PeopleRules.load()

    def find(
        self,
        text: str,
        orgs: list[tuple[int, int]],
        ner_people: list[tuple[int, int]] = (),
        wide=None,
    ) -> list[FoundPerson]:
        """``wide(i)``: the space at ``i`` stands for a column gap (several spaces or a tab
        in the original): two names side by side in a signature table are two people."""
        found: list[FoundPerson] = []
        self._rosters = self._roster_regions(text)
        self._in_org = _within_any(orgs)
        pos = 0
        while m := _NAME.search(text, pos):
            pos = m.end()
            all_words = [
                (w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\S+", m[0])
            ]
            groups, cut = [], 0
            for i in range(1, len(all_words)):
                gap = text[all_words[i - 1][1] : all_words[i][0]]
                if "\t" in gap or "  " in gap or (wide and wide(all_words[i - 1][1])):
                    groups.append(all_words[cut:i])
                    cut = i
            if cut:
                # the next column's name is read again from its start, at its full length
                pos = all_words[cut][0]
            else:
                groups.append(all_words)
            for words in groups:
                person = self._candidate(text, words, orgs, ner_people)
                if person:
                    found.append(person)
        return found

    def _roster_regions(self, text: str) -> list[tuple[int, int]]:
        """``Deltagere:`` / ``Afbud:`` …: from the label to the next blank line, every
        item (a line, or a part after a comma or semicolon) may open with a name."""
        if not self.rules.rosters:
            return []
        label = alternatives(self.rules.rosters)
        regions = []
        for m in re.finditer(rf"(?im)^[ \t]*(?:{label})", text):
            blank = re.compile(r"\n[ \t]*\n").search(text, m.end())
            regions.append((m.end(), blank.start() if blank else len(text)))
        return regions

    def _in_roster(self, start: int) -> bool:
        return any(s <= start < e for s, e in getattr(self, "_rosters", ()))

    def _candidate(self, text, words, orgs, ner_people) -> FoundPerson | None:
        title_words: list[tuple[int, int]] = []
        # words an organisation covers open no name ("konsulent i Hjerteforeningen Mette …")
        while words and self._in_org(*words[0]):
            words = words[1:]
        # leading title words belong to the title ("Direktør Gitte Østergaard")
        while words and (self.rules.is_title_word(text[slice(*words[0])])):
            title_words.append(words.pop(0))
        while words and text[slice(*words[0])] in self.rules.stop:
            words.pop(0)
            title_words = []
        for i, (s, e) in enumerate(words):
            if text[s:e] in self.rules.stop or self.rules.is_title_word(text[s:e]):
                words = words[:i]
                break
        while words and text[slice(*words[-1])].endswith("."):
            words.pop()  # a name ends in a full word, not an initial
        if len(words) < 2:
            return None
        start, end = words[0][0], words[-1][1]
        first_name = text[slice(*words[0])] in self.rules.first_names
        for s, e in orgs:
            if s < end and start < e:
                # a surname that is also a town ("Anna Vinther Kolding") is no organisation
                inside = start < s and e <= end and " " not in text[s:e]
                if not (first_name and inside):
                    return None
        return self._judge(text, start, end, title_words, orgs, ner_people)

    def _judge(self, text, start, end, title_words, orgs, ner_people=()) -> FoundPerson | None:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:start]
        after = text[end:line_end]
        first = text[start:end].split()[0]
        title = self._title_before(text, line_start, start, title_words)
        accepted = title is not None
        if not accepted and any(before.rstrip().endswith(t) for t in self.rules.triggers):
            accepted = True
        lead = before.strip(" \t•·-*")
        item_start = self._in_roster(start) and (
            not lead or lead.endswith((",", ";", ":")) or _LABEL.fullmatch(lead)
        )
        if item_start:
            accepted = True
        # "Projektleder: Name, title, Unit": a field label may open a contact line
        contact = (not lead or item_start or _LABEL.fullmatch(lead)) and after.startswith(",")
        if contact:
            parts = [p.strip() for p in after[1:].split(",")]
            title_parts = []
            for part in parts:
                if not part or _EMAIL.search(part):
                    break
                words = part.split()
                if any(self.rules.is_title_word(w) for w in words) or "." in part:
                    title_parts.append(part)
                else:
                    break
            if title_parts:
                title = ", ".join(title_parts)
            accepted = accepted or bool(title_parts) or first in self.rules.first_names
            accepted = accepted or bool(_EMAIL.search(after))
        if not accepted and first in self.rules.first_names:
            accepted = True
        if not accepted and after.lstrip().startswith("("):
            # "Name (Organisation)": the parenthesis holds an organisation span
            close = text.find(")", end, line_end)
            accepted = close > 0 and any(end < s and e <= close for s, e in orgs)
        if not lead and not after.strip():
            # a name alone on its line, a title alone on the next: a signature block
            below = self._next_line(text, line_end)
            if below and self._is_title_line(below):
                title = title or below
                accepted = True
            previous = self._previous_line(text, line_start)
            if previous and previous.rstrip(",").lower() in self.rules.greetings:
                accepted = True
        if not accepted:
            previous = self._previous_line(text, line_start)
            if (
                previous
                and not self._names_above(text, line_start)
                and len(previous.split()) <= 4
                and not before.strip()
                and self.rules.is_title_word(previous.split()[-1])
                and all(
                    w.islower() or w.lower() in self.rules.modifiers or self.rules.is_title_word(w)
                    for w in previous.split()
                )
            ):
                title, accepted = previous.strip(), True
        by_ner = False
        if not accepted and any(s <= start and end <= e for s, e in ner_people):
            accepted = by_ner = True  # the NER reads the same words as a person
        if not accepted:
            return None
        org = next(((s, e) for s, e in orgs if s >= end and e <= line_end), None)
        if org is None:
            nxt = text.find("\n", line_end + 1)
            nxt = len(text) if nxt < 0 else nxt
            org = next(((s, e) for s, e in orgs if s > line_end and e <= nxt), None)
        return FoundPerson(start, end, title, org, by_ner)

    def _title_before(self, text, line_start, start, title_words) -> str | None:
        """The job title written just before the name, with its modifiers."""
        if title_words:
            t_start, t_end = title_words[0][0], title_words[-1][1]
        else:
            m = re.search(r"(\S+)[ \t]+$", text[line_start:start])
            if not m or not self.rules.is_title_word(m[1]):
                return None
            t_start, t_end = line_start + m.start(1), line_start + m.end(1)
        head = text[line_start:t_start]
        # "Social- og Sundhedsdirektør", "Konstitueret direktør"
        m = re.search(r"(\S+-[ \t]+og[ \t]+)$", head)
        if m:
            t_start -= len(m[1])
            head = text[line_start:t_start]
        m = re.search(r"(\S+)[ \t]+$", head)
        if m and m[1].lower() in self.rules.modifiers:
            t_start = line_start + m.start(1)
        return " ".join(text[t_start:t_end].split())

    def _names_above(self, text: str, line_start: int) -> bool:
        """A signature block ``Name / Title / Unit``: the line above the title line is a
        personal name, so the line under the title is the unit, no second name."""
        title_start = text.rfind("\n", 0, line_start - 1) + 1
        above = self._previous_line(text, title_start)
        if not above or not _NAME.fullmatch(above):
            return False
        return above.split()[0] in self.rules.first_names

    def _is_title_line(self, line: str) -> bool:
        """``Fuldmægtig``, ``Formand for Social- og Sundhedsudvalget``: a title word
        first (after modifiers), at most eight words."""
        words = line.split()
        if not words or len(words) > 8 or _EMAIL.search(line):
            return False
        while len(words) > 1 and words[0].lower() in self.rules.modifiers:
            words = words[1:]
        return self.rules.is_title_word(words[0].rstrip(","))

    @staticmethod
    def _next_line(text: str, line_end: int) -> str | None:
        if line_end >= len(text):
            return None
        nxt = text.find("\n", line_end + 1)
        line = text[line_end + 1 : len(text) if nxt < 0 else nxt].strip()
        return line or None

    @staticmethod
    def _previous_line(text: str, line_start: int) -> str | None:
        if line_start < 2:
            return None
        prev_end = line_start - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end].strip()
        return line or None


def column_gaps(doc: Doc, text: str):
    """``wide(i)``: the space at ``i`` of the cleaned text was several spaces or a tab."""
    offsets = doc.user_data.get(OFFSETS_KEY)
    if offsets is None or offsets.original == text:
        return None

    def wide(i: int) -> bool:
        a, b = offsets.to_original(i, i + 1)
        return b - a >= 2 or "\t" in offsets.original[a:b]

    return wide


@Language.factory(
    "samspil_people",
    default_config={"spans_key": "person", "confidence": 0.85, "accept_ner": False},
)
def make_people(
    nlp: Language, name: str, spans_key: str, confidence: float, accept_ner: bool
) -> PeopleFinder:
    return PeopleFinder(name, spans_key, confidence, accept_ner)


class PeopleFinder:
    """``accept_ner``: take a name the rules doubt when the statistical NER reads a person
    there.  Off by default: on the corpus gold it added no person and cost precision."""

    def __init__(
        self, name: str, spans_key: str, confidence: float, accept_ner: bool = False
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.confidence = confidence
        self.accept_ner = accept_ner
        self.reader = PeopleReader()

    def __call__(self, doc: Doc) -> Doc:
        orgs = [(s.start_char, s.end_char) for s in doc.spans.get(ORGS_KEY, [])]
        ner_group = doc.spans.get(NER_PER_KEY) if self.accept_ner else None
        ner_people = [(s.start_char, s.end_char) for s in ner_group] if ner_group else []
        ner_origin = (
            (ner_group.attrs.get(COMPONENT_ATTR), ner_group.attrs.get(CONFIDENCE_ATTR))
            if ner_group
            else None
        )
        spans, titles, org_spans, sources = [], [], [], []
        text = doc_text(doc)
        for person in self.reader.find(text, orgs, ner_people, column_gaps(doc, text)):
            span = doc.char_span(person.start, person.end, label="PER", alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            titles.append(person.title)
            org_spans.append(person.org)
            sources.append(ner_origin if person.by_ner else (self.name, self.confidence))
        publish(doc, self.spans_key, self.name, self.confidence, spans)
        doc.spans[self.spans_key].attrs[TITLES_ATTR] = titles
        doc.spans[self.spans_key].attrs[ORGS_ATTR] = org_spans
        doc.spans[self.spans_key].attrs[SOURCES_ATTR] = sources
        return doc
