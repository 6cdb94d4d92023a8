"""Units of a named parent: ``Handicap og Psykiatri, Ringkøbing-Skjern Kommune``.

A short capitalised phrase written just before ``, <kommune/region/hospital>`` on the
same line names a unit of that parent.  When the phrase is already an organisation
(``Ældre- og Handicapforvaltningen, Odense Kommune``) only the parent link is
recorded; otherwise the unit is a new organisation named ``Unit, Parent`` (the way
Danes write it when the unit's own name is generic), with ``Unit`` as an alias.

Published in ``doc.spans["org.unit"]`` (the unit phrase; label = unit kind) with group
attrs ``parents`` (char span of the parent organisation) and ``existing`` (whether the
phrase was already an organisation span).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.org_merger import ORGS_KEY
from extract.components.people import PeopleRules
from extract.components.spans import NER_ORG_KEY, doc_text, publish
from kg.model import OrgKind

UNITS_KEY = "org.unit"
PARENTS_ATTR = "parents"
EXISTING_ATTR = "existing"
MAX_UNIT_WORDS = 5
# Words that open a line before the unit without being part of it.
LEAD_WORDS = frozenset(
    {
        "I",
        "Hos",
        "Fra",
        "Ved",
        "Projekt",
        "Projektet",
        "Projektejer",
        "Tovholder",
        "Ansøger",
        "Kontakt",
    }
)
PARENT_KINDS = {
    OrgKind.MUNICIPALITY.value: OrgKind.MUNICIPAL_UNIT,
    OrgKind.REGION.value: OrgKind.REGIONAL_UNIT,
    OrgKind.HOSPITAL.value: OrgKind.HOSPITAL,
}
_CONNECTORS = {"og", "&", "for", "i", "-", "/"}
_UNIT = re.compile(
    r"(?m)(?:^|[,;:(]|v/|\n|(?P<lead>(?<=[ \t])i(?=[ \t])))[ \t]*"
    r"(?P<unit>[A-ZÆØÅ][^\n,;:()]{1,80}?)(?:,|(?P<tail>(?:[ \t]+|[ \t]*\n[ \t]*)i))[ \t]*\n?[ \t]*$"
)
# A unit read after "konsulent i …" or before "… i Aarhus Kommune" must look like a
# department's name: two names coordinated ("Sundhed og Omsorg", "Integration & Job").
_COORDINATED = re.compile(r"\S[ \t]+(?:og|&)[ \t]+[A-ZÆØÅ]")


@Language.factory("samspil_org_units", default_config={"confidence": 0.75})
def make_org_units(nlp: Language, name: str, confidence: float) -> OrgUnitFinder:
    return OrgUnitFinder(name, confidence)


class OrgUnitFinder:
    def __init__(self, name: str, confidence: float, rules: PeopleRules | None = None) -> None:
        self.name = name
        self.confidence = confidence
        self.people = rules or PeopleRules.load()

    def is_unit_phrase(self, phrase: str) -> bool:
        words = phrase.split()
        if not words or len(words) > MAX_UNIT_WORDS or any(c.isdigit() for c in phrase):
            return False
        if words[0] in self.people.first_names or "@" in phrase:
            return False
        if any(self.people.is_title_word(w) for w in words):
            return False
        return all(w[0].isupper() or w.lower() in _CONNECTORS or w.endswith("-") for w in words)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        orgs = list(doc.spans.get(ORGS_KEY, []))
        # A unit the NER alone found is read afresh here: "Unit, Parent" says more.
        by_ner = {(o.start_char, o.end_char) for o in doc.spans.get(NER_ORG_KEY, [])}
        spans, parents, existing = [], [], []
        for parent in orgs:
            kind = PARENT_KINDS.get(parent.label_)
            if kind is None:
                continue
            line_start = text.rfind("\n", 0, parent.start_char) + 1
            if text[line_start : parent.start_char].strip() == "i":  # "Omsorg \ni Aarhus"
                line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            m = _UNIT.search(text, line_start, parent.start_char)
            if not m:
                continue
            loose = m["lead"] is not None or m["tail"] is not None
            s, e = m.start("unit"), m.end("unit")
            first = m["unit"].split()[0]
            if first in LEAD_WORDS and len(m["unit"].split()) > 1:  # "Projekt ABC, X Kommune"
                s = text.index(m["unit"].split()[1], s + len(first))
            inner = [
                o
                for o in orgs
                if o.start_char >= s
                and o.end_char <= e
                and (o.start_char, o.end_char) not in by_ner
            ]
            if inner:
                unit = inner[-1]
                if unit.end_char < e - 1:
                    continue
                spans.append(unit)
                existing.append(True)
            elif self.is_unit_phrase(text[s:e]) and (not loose or _COORDINATED.search(text[s:e])):
                unit = doc.char_span(s, e, label=kind.value, alignment_mode="expand")
                if unit is None:
                    continue
                spans.append(unit)
                existing.append(False)
            else:
                continue
            parents.append((parent.start_char, parent.end_char))
        publish(doc, UNITS_KEY, self.name, self.confidence, spans)
        doc.spans[UNITS_KEY].attrs[PARENTS_ATTR] = parents
        doc.spans[UNITS_KEY].attrs[EXISTING_ATTR] = existing
        return doc
