"""Abbreviations and acronyms that name organisations.

Two mechanisms, run after ``org_merger`` on the settled organisations:

* a definition ``Landsforeningen for Ensomme (LFE)`` (or ``LFE (Landsforeningen for
  Ensomme)``) makes the short form an alias of the organisation for the whole document:
  every later (and earlier) ``LFE`` is a mention of it;
* an undefined acronym is an organisation when the text uses it as one: coordinated
  with an organisation (``Region Nordjylland, ABC og Aalborg Kommune``), named by a
  lower-case head noun (``idrætsforeningen ABC``), or as an item of a participant
  field (``Samarbejdspartnere: ABC, Aalborg Kommune``).  Then every occurrence of it
  in the document is one.

Acronyms that are generally no organisation (``ADHD``, ``KOL``, ``IT``) are listed in
``extract/data/org_patterns.toml`` under ``[acronyms] not_orgs``.  The spans are added
to ``doc.spans["orgs"]``; the group attr ``alias_of`` holds, per span, the char span of
the organisation it abbreviates (or None).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from extract.components.org_merger import ORGS_KEY, SOURCES_ATTR
from extract.components.org_patterns import PATTERNS_PATH, patterns_data
from extract.components.section_rules import SectionRules
from extract.components.spans import alternatives, doc_text
from kg.model import OrgKind

ALIAS_ATTR = "alias_of"
ACRONYM = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ0-9&]{1,8}")
_SEPARATORS = frozenset({",", "og", "samt", "/", "&", "eller", ";"})


def is_acronym(word: str) -> bool:
    return bool(ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def _tokens_among(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose text ``keep`` accepts, testing each distinct word once."""
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    kept = [orth for orth in np.unique(orths).tolist() if keep(strings[orth])]
    return np.flatnonzero(np.isin(orths, kept)).tolist() if kept else []


class AcronymRules:
    def __init__(self, path: Path = PATTERNS_PATH) -> None:
        data = patterns_data(path).get("acronyms", {})
        self.not_orgs = frozenset(data.get("not_orgs", []))
        self.head_endings = tuple(data.get("head_endings", []))
        self.work_nouns = frozenset(data.get("work_nouns", []))
        self.body_heads = tuple(data.get("body_heads", []))
        self.field_labels = tuple(data.get("field_labels", []))
        labels = alternatives(self.field_labels)
        self.field_line = re.compile(rf"(?im)^[ \t•·\-]*(?:{labels})\b[ \t]*:?(?P<value>[^\n]*)")
        # a clause saying who runs it after the brackets makes the acronym a piece of work:
        # "IPS (Individuelt Planlagt job med Støtte), som Jobcenter Gladsaxe driver …"
        verbs = alternatives(SectionRules.load().work_verbs)
        self.run_by = re.compile(
            rf",[ \t]+(?:som|hvor)[ \t][^.!?\n]{{0,120}}?(?<![\wæøå])(?:{verbs})(?![\wæøå])"
        )


@Language.factory(
    "samspil_org_abbrevs", default_config={"definition_confidence": 0.9, "confidence": 0.7}
)
def make_org_abbrevs(
    nlp: Language, name: str, definition_confidence: float, confidence: float
) -> OrgAbbreviations:
    return OrgAbbreviations(name, definition_confidence, confidence)


class OrgAbbreviations:
    def __init__(
        self,
        name: str,
        definition_confidence: float,
        confidence: float,
        rules: AcronymRules | None = None,
    ) -> None:
        self.name = name
        self.definition_confidence = definition_confidence
        self.confidence = confidence
        self.rules = rules or AcronymRules()

    def acronyms(self, doc: Doc) -> list[int]:
        """Indices of the tokens that look like an organisation's acronym.  Each distinct
        word is tested once, then looked up by its id: no Token objects are made."""
        not_orgs = self.rules.not_orgs
        return _tokens_among(
            doc,
            lambda word: word[:2].isupper() and is_acronym(word) and word not in not_orgs,
        )

    def __call__(self, doc: Doc) -> Doc:
        group = doc.spans.get(ORGS_KEY)
        orgs = list(group) if group is not None else []
        origins = list(group.attrs.get(SOURCES_ATTR, [])) if group is not None else []
        taken = {i for span in orgs for i in range(span.start, span.end)}
        acronyms = self.acronyms(doc)
        # "DUKH (Den Uvildige … Handicapområdet)"
        for span in self._spelled_out(doc, acronyms, taken):
            orgs.append(span)
            origins.append((self.name, self.definition_confidence))
            taken.update(range(span.start, span.end))
        order = sorted(range(len(orgs)), key=lambda k: orgs[k].start)
        orgs, origins = [orgs[k] for k in order], [origins[k] for k in order]
        # short form → (char span of the long form or None, kind, confidence)
        known: dict[str, tuple[tuple[int, int] | None, str, float]] = {}
        for span in orgs:
            short = self._defined_after(doc, span)
            if short and short not in known:
                known[short] = ((span.start_char, span.end_char), span.label_, 1.0)
        for short, long in self._defined_before(doc, orgs):
            known.setdefault(short, ((long.start_char, long.end_char), long.label_, 1.0))
        for i in self._used_as_org(doc, acronyms, orgs, taken):
            known.setdefault(doc[i].text, (None, OrgKind.OTHER.value, 0.0))
        if not known:
            if group is not None:
                group.attrs[ALIAS_ATTR] = [None] * len(orgs)
            return doc
        added = []
        for i in _tokens_among(doc, known.__contains__):
            if i in taken:
                continue
            long, kind, _ = known[doc[i].text]
            confidence = self.definition_confidence if long else self.confidence
            span = Span(doc, i, i + 1, label=kind)
            added.append((span, (self.name, confidence), long))
        rows = [(span, origin, None) for span, origin in zip(orgs, origins, strict=True)]
        rows = sorted(rows + added, key=lambda row: row[0].start)
        merged = SpanGroup(doc, name=ORGS_KEY, spans=[row[0] for row in rows])
        merged.attrs[SOURCES_ATTR] = [row[1] for row in rows]
        merged.attrs[ALIAS_ATTR] = [row[2] for row in rows]
        doc.spans[ORGS_KEY] = merged
        return doc

    def _spelled_out(self, doc: Doc, acronyms: list[int], taken: set[int]) -> list[Span]:
        """``ABCD (Alfa Beta … Delta)``: a bracketed phrase whose capitalised words spell
        the acronym before it is that acronym's organisation."""
        found = []
        for i in acronyms:
            token = doc[i]
            if not (i + 2 < len(doc) and doc[i + 1].text == "("):
                continue
            if i and doc[i - 1].lower_ in self.rules.work_nouns:
                continue  # "projektet FAST (Fleksibel Akut …)": a project's name
            close = next(
                (k for k in range(i + 2, min(len(doc), i + 14)) if doc[k].text == ")"), None
            )
            if close is None or close - i < 3 or not taken.isdisjoint(range(i + 2, close)):
                continue
            if self.rules.run_by.match(doc_text(doc), doc[close].idx + 1):
                continue
            words = [t.text for t in doc[i + 2 : close] if t.is_alpha or "-" in t.text]
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if (
                initials == token.text
                and words
                and words[0][:1].isupper()
                # a body's name has a body's head word; "Kronisk Rehabilitering Af Flere i
                # Tide" names a piece of work
                and any(w.lower().endswith(self.rules.body_heads) for w in words)
            ):
                found.append(Span(doc, i + 2, close, label=OrgKind.OTHER.value))
        return found

    def _defined_after(self, doc: Doc, span: Span) -> str | None:
        """``Long Name (ABC)``: the acronym in brackets right after an organisation."""
        i = span.end
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            word = doc[i + 1].text
            if is_acronym(word) and word not in self.rules.not_orgs:
                return word
        return None

    def _defined_before(self, doc: Doc, orgs: list[Span]):
        """``ABC (Long Name)``: an organisation alone in brackets after an acronym."""
        for span in orgs:
            if span.start < 2 or span.end >= len(doc):
                continue
            if doc[span.start - 1].text == "(" and doc[span.end].text == ")":
                word = doc[span.start - 2].text
                if is_acronym(word) and word not in self.rules.not_orgs:
                    yield word, span

    def _used_as_org(
        self, doc: Doc, acronyms: list[int], orgs: list[Span], taken: set[int]
    ) -> list[int]:
        starts = {span.start for span in orgs}
        ends = {span.end for span in orgs}
        found: list[int] = []
        candidates = [i for i in acronyms if i not in taken]
        while True:  # a found acronym is an organisation its neighbours may be coordinated with
            new = self._coordinated(doc, candidates, starts, ends)
            if not new:
                break
            found += new
            candidates = [i for i in candidates if i not in new]
            starts.update(new)
            ends.update(i + 1 for i in new)
        text = doc_text(doc)
        for m in self.rules.field_line.finditer(text):
            for item in re.finditer(r"[^,;]+", m["value"]):
                word = item[0].strip().removesuffix(".")
                words = word.split()
                if len(words) == 1 and is_acronym(word) and word not in self.rules.not_orgs:
                    s = m.start("value") + item.start() + item[0].index(word)
                    span = doc.char_span(s, s + len(word))
                    if span is not None and len(span) == 1 and span.start not in taken:
                        found.append(span.start)
        return found

    def _coordinated(self, doc: Doc, candidates: list[int], starts, ends) -> list[int]:
        found = []
        for i in candidates:
            before = i - 1
            while before >= 0 and doc[before].is_space:
                before -= 1
            after = i + 1
            while after < len(doc) and doc[after].is_space:
                after += 1
            # coordinated with an organisation: "Org, ABC og …" / "… ABC og Org"
            after_org = before >= 1 and doc[before].lower_ in _SEPARATORS and before in ends
            before_org = (
                after + 1 < len(doc)
                and doc[after].lower_ in _SEPARATORS
                and self._next_start(doc, after + 1) in starts
            )
            named = before >= 0 and doc[before].lower_.endswith(self.rules.head_endings)
            if after_org or before_org or named:
                found.append(i)
        return found

    @staticmethod
    def _next_start(doc: Doc, i: int) -> int:
        while i < len(doc) and doc[i].is_space:
            i += 1
        return i
