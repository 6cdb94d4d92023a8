"""The statistical Danish NER as one more finder among the rules.

Runs the shipped model's ``tok2vec`` and ``ner`` (extract/models/da_ner) on the Doc
the normalising tokenizer made, and publishes its ORG spans as ``doc.spans["ner.org"]``
and its PER spans as ``doc.spans["ner.per"]``.  It decides nothing alone: the
organisation merger ranks reference data and patterns above it, and the people
finder takes a NER person only where its own name reading agrees.

The model was trained on edited news text; on PDF extractions it also tags headings,
bullets and capitalised sentence starts.  ``plausible_org`` keeps the spans Danish
spelling makes likely names: Danish writes common nouns in lower case, so a
capitalised word inside a sentence is a proper noun, while one at a sentence start or
alone on a line tells nothing.  Acronyms are left to the abbreviation finder, which
sees how the text defines or uses them.

The confidence of a span is the model's precision for that label on the dev split,
read from the model's meta (a calibrated stand-in: spaCy's greedy NER has no
per-entity probability).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.org_patterns import OrgPatterns
from extract.components.people import PeopleRules
from extract.components.spans import NER_ORG_KEY, NER_PER_KEY, publish
from kg.model import OrgKind


@Language.factory(
    "samspil_ner",
    default_config={"model": "shipped", "org_confidence": None, "per_confidence": None},
)
def make_ner(
    nlp: Language,
    name: str,
    model: str,
    org_confidence: float | None,
    per_confidence: float | None,
) -> NerFinder:
    return NerFinder(nlp, name, model, org_confidence, per_confidence)


class NerFinder:
    def __init__(
        self,
        nlp: Language,
        name: str,
        model: str,
        org_confidence: float | None,
        per_confidence: float | None,
    ) -> None:
        from extract.ner import MODEL_PATH, copy_norm_table, load_ner

        source = load_ner(MODEL_PATH if model == "shipped" else Path(model))
        copy_norm_table(source, nlp)  # the model embeds NORM, with its name lexicon in it
        self.name = name
        self.steps = [source.get_pipe(step) for step in ("tok2vec", "ner")]
        for label in source.get_pipe("ner").labels:  # its Docs live in our vocab now
            nlp.vocab.strings.add(label)
        precision = _dev_precision(source.meta)
        self.confidence = {
            "ORG": org_confidence if org_confidence is not None else precision.get("ORG", 0.6),
            "PER": per_confidence if per_confidence is not None else precision.get("PER", 0.8),
        }
        self.patterns = OrgPatterns.load()
        self.people = PeopleRules.load()
        self.stop_words = nlp.Defaults.stop_words

    def __call__(self, doc: Doc) -> Doc:
        saved = doc.ents
        for step in self.steps:
            doc = step(doc)
        orgs = [
            part
            for span in doc.ents
            if span.label_ == "ORG"
            for part in _split_coordination(span)
            if self.plausible_org(part)
        ]
        orgs = self.confirmed(orgs)
        people = [
            span
            for span in doc.ents
            if span.label_ == "PER" and len(span) >= 2 and not _starts_sentence(span)
        ]
        doc.ents = saved  # the finders' spans live in doc.spans; keep doc.ents as it was
        for span in orgs:
            span.label_ = self.kind(span.text).value
        publish(doc, NER_ORG_KEY, self.name, self.confidence["ORG"], orgs)
        publish(doc, NER_PER_KEY, self.name, self.confidence["PER"], people)
        return doc

    def plausible_org(self, span: Span) -> bool:
        text = span.text
        if "\n" in text or not text[0].isalpha() or any(c in text for c in "•@/\\"):
            return False
        words = text.split()
        if all(w.isupper() for w in words if w.isalpha()):
            return False  # an acronym: the abbreviation finder decides
        if any(self.people.is_title_word(w) for w in words):
            return False  # "Chefkonsulent", "Daglig Leder …": a title, not a body
        at_start = _starts_sentence(span)
        if at_start and (len(words) == 1 or words[0].lower() in self.stop_words):
            return False
        return not (len(words) == 1 and _alone_on_line(span))

    @staticmethod
    def confirmed(orgs: list[Span]) -> list[Span]:
        """Spans the sentence introduces as a body one works with (``hos``, ``fra``, ``og`` …).

        Measured on the corpus gold: without this gate the NER's organisations cost more
        precision than they add recall; with it organisation F1 holds and recall rises.
        """
        return [s for s in orgs if s.start and s.doc[s.start - 1].lower_ in ORG_CUES]

    def kind(self, name: str) -> OrgKind:
        """The kind a head noun tells (``…styrelsen`` → authority), else unknown."""
        last = name.split()[-1].lower() if name.split() else ""
        for ending, kind in self.patterns.endings:
            if last.endswith(ending):
                return kind
        return OrgKind.OTHER


# Words after which a capitalised name is a body one works with or for, not a topic.
ORG_CUES = frozenset({"hos", "fra", "ved", "med", "mellem", "af", "og", ","})


def _split_coordination(span: Span) -> list[Span]:
    """``Dansk Supermarked og Jysk`` → two spans: the model often joins a coordination."""
    parts, start = [], span.start
    for token in span[1:-1]:
        if token.lower_ in ("og", ",") and token.nbor(1).is_title and token.nbor(-1).is_title:
            parts.append(span.doc[start : token.i])
            start = token.i + 1
    parts.append(span.doc[start : span.end])
    return [part for part in parts if len(part)]


def _starts_sentence(span: Span) -> bool:
    if span.start == 0:
        return True
    before = span.doc[span.start - 1]
    return "\n" in before.text or before.text in {".", "!", "?", ":", "•", "-", "–", "*"}


def _alone_on_line(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return _starts_sentence(span) and (after is None or "\n" in after.text_with_ws)


def _dev_precision(meta: dict) -> dict[str, float]:
    per_type = (meta.get("performance") or {}).get("ents_per_type") or {}
    return {label: round(float(scores["p"]), 2) for label, scores in per_type.items()}
