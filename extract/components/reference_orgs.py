"""Find organisations from the reference data under every surface form.

Multi-word names match case-insensitively, with their Danish genitives
(``Københavns Kommunes``, ``Region Midtjyllands``).  One-word names and
abbreviations match case-sensitively (``Rigshospitalet``, ``OUH``).  A kommune's or
region's bare place name (``Odense``) is only an organisation in context: when the
document also names that organisation in full, or in a coordinated list the
``org_patterns`` component reads.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.org_patterns import patterns_data
from extract.components.spans import publish
from kg.model import OrgKind
from kg.names import genitive
from kg.refdata import ReferenceData, load_reference

PLACE_KINDS = frozenset({OrgKind.MUNICIPALITY, OrgKind.REGION})
REFERENCE_KEY = "org.reference"  # where the reference organisations' spans are published


@Language.factory(
    "samspil_reference_orgs",
    default_config={"spans_key": REFERENCE_KEY, "confidence": 1.0, "place_confidence": 0.8},
)
def make_reference_orgs(
    nlp: Language, name: str, spans_key: str, confidence: float, place_confidence: float
) -> ReferenceOrgMatcher:
    return ReferenceOrgMatcher(nlp, name, spans_key, confidence, place_confidence)


class ReferenceOrgMatcher:
    def __init__(
        self,
        nlp: Language,
        name: str,
        spans_key: str,
        confidence: float,
        place_confidence: float,
        reference: ReferenceData | None = None,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.confidence = confidence
        self.place_confidence = place_confidence
        self.reference = reference or load_reference()
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab)
        self.places = PhraseMatcher(nlp.vocab)
        make = nlp.tokenizer
        for org in self.reference:
            full, single = [], []
            for form in org.names:
                for variant in (form, genitive(form)):
                    (full if " " in variant or "-" in variant else single).append(variant)
            if full:
                self.names.add(org.id, [make(text) for text in full])
            if single and org.kind in PLACE_KINDS:
                self.places.add(org.id, [make(text) for text in single])
            elif single:
                self.exact.add(org.id, [make(text) for text in single])
            if org.abbreviations:
                self.exact.add(org.id, [make(text) for text in org.abbreviations])
        branches = patterns_data().get("branches", {})
        self.branch_kinds = frozenset(branches.get("kinds", []))
        self.landsdele = PhraseMatcher(nlp.vocab)
        self.landsdele.add("place", [make(text) for text in branches.get("places", [])])

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab.strings
        found = [
            Span(doc, start, end, label=self.reference[vocab[key]].kind.value, kb_id=vocab[key])
            for key, start, end in (*self.names(doc), *self.exact(doc))
        ]
        named = {span.kb_id_ for span in found}
        places = [
            Span(doc, start, end, label=self.reference[vocab[key]].kind.value, kb_id=vocab[key])
            for key, start, end in self.places(doc)
            if vocab[key] in named
        ]
        full = self._branches(doc, filter_spans(found))
        taken = {i for span in full for i in range(span.start, span.end)}
        publish(doc, self.spans_key, self.name, self.confidence, full)
        publish(
            doc,
            self.spans_key + ".place",
            self.name,
            self.place_confidence,
            [span for span in places if span.start not in taken],
        )
        return doc

    def _branches(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An association followed on its line by a place is its local branch, an
        organisation of its own: "Ældre Sagen Thisted", "DGI Østjylland" (unless the place
        opens another organisation's name: "Hjerteforeningen Odense Kommune")."""
        places = {start: end for _, start, end in (*self.places(doc), *self.landsdele(doc))}
        starts = {span.start for span in spans}
        branched = []
        for span in spans:
            end = places.get(span.end)
            if (
                end is not None
                and span.label_ in self.branch_kinds
                and span.end not in starts
                and doc[span.end - 1].whitespace_ == " "
            ):
                span = Span(doc, span.start, end, label=span.label_)
            branched.append(span)
        return branched
