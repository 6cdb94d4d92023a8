"""Organisations named as items of a participant field, however generic their names.

A catalogue lists a project's partners as ``Samarbejdspartnere: Sundhedscentret,
Kultur og Fritid, SSP. Eksterne: …``.  Inside such a field every capitalised item is
an organisation (often a unit of the owning kommune whose name says nothing on its
own), so no head noun is needed.  The field may wrap over several lines; items are
separated by commas, semicolons and sentence ends; an item followed by a colon is a
sub-label (``Eksterne:``) and is skipped, as is any item that already holds an
organisation, a person's first name, digits or lower-case words other than
connectors.

Runs after ``sections`` (it reads the field spans) and ``people`` (no person's
name is taken) and adds its spans to
``doc.spans["orgs"]`` with alias ``None``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from extract.components.org_abbrevs import ALIAS_ATTR
from extract.components.org_merger import ORGS_KEY, SOURCES_ATTR
from extract.components.people import PeopleRules
from extract.components.sections import FIELDS_KEY
from extract.components.spans import NER_PER_KEY, doc_text
from kg.model import OrgKind

PERSONS_KEY = "person"
FIELD_KINDS = frozenset({"participants", "owner"})
MAX_ITEM_WORDS = 5
_CONNECTORS = frozenset({"og", "&", "for", "i", "-", "/", "til", "med"})
# An item: text up to a comma, semicolon, colon, bracket or sentence end.
_ITEM = re.compile(r"[^,;:()\[\]]+?(?=\s*(?:[,;:()\[\]]|\.(?:\s|$)|$))", re.S)
_PARTY = re.compile(r"[ \t]*\([A-ZÆØÅ]{1,2}\)")
_TRAILING = re.compile(r"(?:\s+(?:m\.fl|mfl|m\.v|mv|osv|etc)\.?)$", re.I)
# Words that name no organisation even when capitalised at an item's start.
NOT_ITEMS = frozenset(
    {
        "Internt", "Interne", "Eksternt", "Eksterne", "Andre", "Øvrige", "Lokale", "Kommunale",
        "Regionale", "Private", "Frivillige", "Borgere", "Borgerne", "Pårørende", "Ingen", "Alle",
        "Der", "Det", "Den", "De", "Se", "Evt", "Fx", "Bl", "Herunder", "Samt", "Projektet",
        "Målgruppen", "Medarbejdere", "Ledere", "Forældre", "Elever", "Brugere",
    }
)  # fmt: skip


@Language.factory("samspil_org_fields", default_config={"confidence": 0.7})
def make_org_fields(nlp: Language, name: str, confidence: float) -> OrgFieldItems:
    return OrgFieldItems(name, confidence)


class OrgFieldItems:
    weak_source = "ner"

    def __init__(self, name: str, confidence: float, rules: PeopleRules | None = None) -> None:
        self.name = name
        self.confidence = confidence
        self.people = rules or PeopleRules.load()

    def is_item(self, words: list[str]) -> bool:
        if not words or len(words) > MAX_ITEM_WORDS or words[0] in NOT_ITEMS:
            return False
        if not words[0][0].isupper() or words[-1].lower() in _CONNECTORS:
            return False
        if words[0] in self.people.first_names or any(self.people.is_title_word(w) for w in words):
            return False
        for w in words:
            if any(c.isdigit() for c in w) or "@" in w or "." in w.rstrip("."):
                return False
            if not (w[0].isupper() or w.lower() in _CONNECTORS or w.endswith("-")):
                return False
        return True

    def items(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Char spans of the capitalised items of one field value."""
        found = []
        for m in _ITEM.finditer(text, start, end):
            s, e = m.start(), m.end()
            item = m[0]
            s += len(item) - len(item.lstrip())
            trail = _TRAILING.search(text, s, e)
            if trail:
                e = trail.start()
            e = s + len(text[s:e].rstrip(" \t\n."))
            if e <= s:
                continue
            if text[e:end].lstrip(" \t").startswith(":"):  # a sub-label "Eksterne:"
                continue
            if text[max(start, s - 1) : s] == "(" or e - s < 2:  # "(F)": a party letter
                continue
            if _PARTY.match(text, e, end):  # "Name Surname (A)": a politician
                continue
            if self.is_item(text[s:e].split()):
                found.append((s, e))
        return found

    def __call__(self, doc: Doc) -> Doc:
        fields = [f for f in doc.spans.get(FIELDS_KEY, []) if f.label_ in FIELD_KINDS]
        if not fields:
            return doc
        text = doc_text(doc)
        group = doc.spans.get(ORGS_KEY)
        orgs = list(group) if group is not None else []
        origins = list(group.attrs.get(SOURCES_ATTR, [])) if group is not None else []
        aliases = list(group.attrs.get(ALIAS_ATTR, [])) if group is not None else []
        aliases = aliases or [None] * len(orgs)
        # the statistical NER's spans give way to a whole item that holds them
        weak = {i for i, (comp, _) in enumerate(origins) if comp == self.weak_source}
        taken = {
            t for i, span in enumerate(orgs) if i not in weak for t in range(span.start, span.end)
        }
        for key in (PERSONS_KEY, NER_PER_KEY):
            taken.update(i for span in doc.spans.get(key, []) for i in range(span.start, span.end))
        added = []
        for field in fields:
            for s, e in self.items(text, field.start_char, field.end_char):
                span = doc.char_span(s, e, label=OrgKind.MUNICIPAL_UNIT.value)
                if span is None or not taken.isdisjoint(range(span.start, span.end)):
                    continue
                taken.update(range(span.start, span.end))
                added.append(span)
        if not added:
            return doc
        rows = [
            row
            for i, row in enumerate(zip(orgs, origins, aliases, strict=True))
            if i not in weak or all(row[0].end <= a.start or a.end <= row[0].start for a in added)
        ]
        rows += [(span, (self.name, self.confidence), None) for span in added]
        rows.sort(key=lambda row: row[0].start)
        merged = SpanGroup(doc, name=ORGS_KEY, spans=[row[0] for row in rows])
        merged.attrs[SOURCES_ATTR] = [row[1] for row in rows]
        merged.attrs[ALIAS_ATTR] = [row[2] for row in rows]
        doc.spans[ORGS_KEY] = merged
        return doc
