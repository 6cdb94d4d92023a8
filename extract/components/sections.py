"""Read how a document lays out its projects: headings, sections and labelled fields.

Block headings open a section that runs to the next block heading:

* a catalogue heading line ``Title – X Kommune`` (the right part is an organisation);
* ``Projekt A: Forslag til projekt om …`` (the title may wrap over lines; the
  prefixes in the data file are dropped);
* ``Projekt X Kommune: "Title"`` (owner before a quoted title).

Inline mentions name a project in running text: ``projektet «X»``, ``Projekt X Y``,
``X er et projekt``.  Fields are lines that start with a label from
``extract/data/sections.toml`` (``Deltagende enheder:``, ``Budget``, ``Varighed:`` …);
a field runs to the next label, heading or a length limit.

Published: ``doc.spans["project.heading"]`` (label BLOCK or INLINE; group attrs
``titles``, ``owners`` (char span of the owner text or None) and ``sections`` (char
range or None)) and ``doc.spans["project.field"]`` (label = field kind, the value).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.org_merger import ORGS_KEY
from extract.components.spans import doc_text, publish

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "sections.toml"
HEADINGS_KEY = "project.heading"
FIELDS_KEY = "project.field"
TITLES_ATTR = "titles"
OWNERS_ATTR = "owners"
SECTIONS_ATTR = "sections"
MAX_FIELD_CHARS = 700
MAX_TITLE_CHARS = 300
OPEN_QUOTES = "\"“”«»„'‘"
CLOSE_QUOTES = "\"”“»«'’"


@dataclass(frozen=True, slots=True)
class Heading:
    start: int  # of the title, in the cleaned text
    end: int
    title: str
    block: bool
    owner: tuple[int, int] | None = None
    line_start: int = 0


@dataclass(frozen=True, slots=True)
class SectionRules:
    fields: dict[str, str]  # label (lower case) → field kind
    stops: tuple[str, ...]
    heading_words: tuple[str, ...]
    drop_prefixes: tuple[str, ...]
    inline_words: tuple[str, ...]
    is_a: tuple[str, ...]
    amount_cues: tuple[str, ...]
    participant_cue: re.Pattern = re.compile("(?!)")
    member_cue: re.Pattern = re.compile("(?!)")
    named_after: tuple[str, ...] = ()
    not_title_words: frozenset[str] = frozenset()
    not_title_starts: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path = DATA_PATH) -> SectionRules:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        fields = {
            label.lower(): kind for kind, labels in data["fields"].items() for label in labels
        }
        h = data["headings"]
        return cls(
            fields,
            tuple(data["stop"]["labels"]),
            tuple(h["words"]),
            tuple(sorted(h["drop_prefixes"], key=len, reverse=True)),
            tuple(h["inline_words"]),
            tuple(h["is_a"]),
            tuple(data["amounts"]["cues"]),
            re.compile(
                r"(?i)(?<![\wæøå])(?:"
                + "|".join(re.escape(c) for c in data["participants"]["cues"])
                + r")(?![\wæøå])"
            ),
            re.compile(
                r"(?i)(?<![\wæøå])(?:"
                + "|".join(re.escape(c) for c in data["participants"]["member_cues"])
                + r")"
            ),
            tuple(h.get("named_after", ["Projekt", "Projektet"])),
            frozenset(h.get("not_title_words", [])),
            frozenset(h.get("not_title_starts", [])),
        )


def tidy_title(text: str) -> str:
    text = " ".join(text.split()).strip(" .,:;–-" + OPEN_QUOTES + CLOSE_QUOTES)
    return text


def org_spans_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.spans.get(ORGS_KEY, []) if s.start_char >= start and s.end_char <= end]


class SectionParser:
    def __init__(self, rules: SectionRules | None = None) -> None:
        self.rules = rules or SectionRules.load()
        labels = sorted(self.rules.fields, key=len, reverse=True)
        label_re = "|".join(re.escape(label) for label in labels)
        stop_re = "|".join(re.escape(label) for label in self.rules.stops)
        self.field_line = re.compile(rf"(?im)^[ \t•·\-]*(?P<label>{label_re})\b[ \t]*:?")
        self.any_label = re.compile(rf"(?m)^[ \t•·]*(?:{label_re}|{stop_re})\b", re.I)
        words = "|".join(self.rules.heading_words)
        self.letter_heading = re.compile(
            rf"(?m)^[ \t]*(?:{words})(?:\s+(?:[A-ZÆØÅ]|\d{{1,2}})(?:\.\d+)?\s*[:.)]|[ \t]*:)\s*"
            r"(?P<title>\S.*?)(?=\n\s*\n|\Z)",
            re.S,
        )
        self.quoted_heading = re.compile(
            rf"(?m)^[ \t]*Projekt\s+(?P<owner>[^\n{OPEN_QUOTES}:]{{2,80}}?)\s*:?\s*"
            rf"[{OPEN_QUOTES}]\s*(?P<title>[^{CLOSE_QUOTES}]{{3,{MAX_TITLE_CHARS}}}?)"
            rf"\s*[{CLOSE_QUOTES}]"
        )
        self.dash_heading = re.compile(
            r"(?m)^[ \t]*(?P<title>[A-ZÆØÅ0-9\"“”][^\n]{2,150}?)\s+[–-]\s+"
            r"(?P<owner>[A-ZÆØÅ][^\n–]{2,60}?)[ \t]*$"
        )
        inline = "|".join(self.rules.inline_words)
        self.inline_quoted = re.compile(
            rf"(?i)\b(?:{inline})\s+[{OPEN_QUOTES}](?P<title>[^{CLOSE_QUOTES}\n]{{3,120}})[{CLOSE_QUOTES}]"
        )
        named = "|".join(self.rules.named_after)
        self.inline_named = re.compile(
            rf"(?<![\wæøå])(?:{named})[ \t]+"
            r"(?P<title>[A-ZÆØÅ][\w-]+(?:[ \t]+[A-ZÆØÅ0-9][\w-]*){0,4})"
            r"(?P<tail>(?:[ \t]+[a-zæøå][\w-]*){0,5})(?P<after>[ \t]*[.,;:!?)\n]|$)?"
        )
        is_a = "|".join(self.rules.is_a)
        self.is_a = re.compile(
            rf"(?m)(?:^|(?<=[.!?]\s))[ \t]*(?P<title>[A-ZÆØÅ][^\n.!?]{{1,60}}?)"
            rf"\s+er\s+et\s+(?:[\w-]+\s+){{0,2}}?\w*(?:{is_a})\b"
        )

    # ------------------------------------------------------------------ headings
    def headings(self, doc: Doc) -> list[Heading]:
        text = doc_text(doc)
        found: list[Heading] = []
        for m in self.letter_heading.finditer(text):
            end = self._title_end(text, m.start("title"), m.end("title"))
            title = self._drop_prefix(tidy_title(text[m.start("title") : end]))
            if 3 <= len(title) <= MAX_TITLE_CHARS:
                found.append(Heading(m.start("title"), end, title, True, None, m.start()))
        for m in self.quoted_heading.finditer(text):
            title = tidy_title(m["title"])
            if len(title) >= 3:
                owner = (m.start("owner"), m.end("owner"))
                found.append(
                    Heading(m.start("title"), m.end("title"), title, True, owner, m.start())
                )
        for m in self.dash_heading.finditer(text):
            owner = self._org_part(doc, m.start("owner"), m.end("owner"))
            title = tidy_title(m["title"])
            if (
                owner
                and len(title.split()) <= 20
                and not title.endswith((",", ";"))
                and title.split()[0] not in self.rules.not_title_starts
            ):
                found.append(
                    Heading(m.start("title"), m.end("title"), title, True, owner, m.start())
                )
        found = self._dedupe(found)
        blocks = [(min(h.start, h.line_start), h.end) for h in found]
        for pattern in (self.inline_quoted, self.inline_named, self.is_a):
            for m in pattern.finditer(text):
                s, e = m.start("title"), m.end("title")
                if any(s < be and bs < e for bs, be in blocks):
                    continue
                if pattern is self.inline_named and self._tail_is_title(m):
                    e = m.end("tail")
                title = tidy_title(text[s:e])
                if (
                    len(title) >= 3
                    and not self._is_org(doc, s, e)
                    and title.split()[0]
                    not in ("Det", "Den", "Der", "Dette", "Denne", "Projektet", "Et", "En")
                ):
                    found.append(Heading(s, e, title, False))
        return sorted(self._dedupe(found), key=lambda h: h.start)

    def _title_end(self, text: str, start: int, end: int) -> int:
        """A wrapped title ends before the first line that opens with a field label."""
        newline = text.find("\n", start, end)
        while newline >= 0:
            if self.any_label.match(text, newline + 1):
                return newline
            newline = text.find("\n", newline + 1, end)
        return end

    def _tail_is_title(self, m: re.Match) -> bool:
        """``projektet Sammen med borgeren.``: lower-case words up to a stop end the name."""
        tail = m["tail"].split()
        return (
            bool(tail)
            and m["after"] is not None
            and len(m["title"].split()) == 1
            and not any(w.lower() in self.rules.not_title_words for w in tail)
        )

    def _drop_prefix(self, title: str) -> str:
        for prefix in self.rules.drop_prefixes:
            if title.lower().startswith(prefix.lower() + " "):
                rest = title[len(prefix) + 1 :]
                return rest[:1].upper() + rest[1:]
        return title

    @staticmethod
    def _org_part(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The owner part of a dash heading when an organisation covers most of it."""
        spans = org_spans_in(doc, start, end + 1)
        if spans and sum(len(s.text) for s in spans) >= 0.6 * (end - start):
            return spans[0].start_char, spans[-1].end_char
        return None

    @staticmethod
    def _is_org(doc: Doc, start: int, end: int) -> bool:
        """Organisations overlapping ``start:end`` cover most of it."""
        covered = sum(
            min(end, o.end_char) - max(start, o.start_char)
            for o in doc.spans.get(ORGS_KEY, [])
            if o.start_char < end and start < o.end_char
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
        labels = [m.start() for m in self.any_label.finditer(text)]
        found = []
        for m in self.field_line.finditer(text):
            kind = self.rules.fields[m["label"].lower()]
            start = m.end()
            later = [s for s in labels if s > m.start() + 1]
            end = min(later[0] if later else len(text), start + MAX_FIELD_CHARS)
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
        headings = self.parser.headings(doc)
        blocks = [h for h in headings if h.block]
        spans, titles, owners, sections = [], [], [], []
        for h in headings:
            span = doc.char_span(
                h.start, h.end, label="BLOCK" if h.block else "INLINE", alignment_mode="expand"
            )
            if span is None:
                continue
            spans.append(span)
            titles.append(h.title)
            owners.append(h.owner)
            if h.block:
                later = [b.line_start for b in blocks if b.line_start > h.line_start]
                sections.append((h.line_start, later[0] if later else len(doc_text(doc))))
            else:
                sections.append(None)
        publish(doc, HEADINGS_KEY, self.name, self.confidence, spans)
        group = doc.spans[HEADINGS_KEY]
        group.attrs[TITLES_ATTR] = titles
        group.attrs[OWNERS_ATTR] = owners
        group.attrs[SECTIONS_ATTR] = sections
        field_spans = []
        for kind, start, end in self.parser.fields(doc_text(doc)):
            span = doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is not None:
                field_spans.append(span)
        publish(doc, FIELDS_KEY, self.name, self.confidence, field_spans)
        return doc
