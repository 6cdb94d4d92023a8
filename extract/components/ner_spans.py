"""The statistical Danish NER as one more finder among the rules.

Runs the shipped model's ``tok2vec`` and ``ner`` (extract/models/da_ner) on the Doc
the normalising tokenizer made (by default only on windows of it: see ``scope``
below), and publishes its ORG spans as ``doc.spans["ner.org"]``
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

Where the model runs (``scope``).  Over whole documents the model cost ~5x the rest of
the pipeline put together (issue #3), yet few of its answers can be used: an ORG span
is kept only right after a cue word (``confirmed``), and one that overlaps a reference
or pattern organisation loses to it in the merger.  So by default
(``scope = "candidates"``) the model reads only short windows around *candidates*:
capitalised tokens right after a word in ``ORG_CUES`` that no span under
``covered_keys`` holds and that can start a span ``plausible_org`` keeps (``candidate``:
no title word, no acronym standing alone).  A window takes ``context_before`` tokens
before the candidate and ``context_after`` after it; overlapping windows merge, and
each becomes a small Doc (same words, spaces and token norms) that goes through the
model in batches, its entities mapped back to the document's token offsets.  Windows
are counted in tokens, not cut at line or sentence ends, because the whole-document
model reads across a PDF's wrapped lines.  Its tok2vec (4 maxout CNN layers of window
1) sees 4 tokens either side and the greedy transition NER decides from the current
token, the one before it and the open entity's first token, so 4 tokens before a
candidate (the tok2vec's reach; 6 gave the same graphs on the corpus, examples, bench/dev
and holdout) and 8 after (exact vectors for spans of up to 4 tokens, the longest the model
tags on the corpus) give it the same view of a candidate as the whole document.  An
entity touching a window's cut edge is dropped (it may be truncated).  Measured on the
corpus, holdout and examples: the same ORG spans outside reference/pattern
organisations as ``"all"``, the model reading about 3% of the tokens.

In the candidate scope ``ner.org`` holds no span that overlaps a reference or pattern
organisation (``publish``), so it means "what the NER adds"; with ``"all"`` such
spans stay, as before, and ``org_units`` then reads a reference organisation the NER
also tagged as one "the NER alone found", making ``Unit, Parent`` organisations of
them: 10 on the corpus, all wrong (``Frederiksberg Kommune, Brøndby Kommune``), 3 on
the examples, duplicates of organisations already found (F1 unchanged either way).

PER spans: the people finder ignores them (``accept_ner = false``); ``org_fields``
still uses them to keep a person's name out of a participant field's items.  Such an
item follows a comma, itself a cue, so its name lies in a window; the candidate scope
publishes the persons its windows hold, no others (corpus, holdout and examples: no
organisation or person changed by the persons it no longer sees).  ``scope = "all"``
runs the model on every token, as before, and publishes all its persons.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extract.components.org_patterns import OrgPatterns
from extract.components.people import PeopleRules
from extract.components.spans import NER_ORG_KEY, NER_PER_KEY, publish
from extract.ner import run_steps
from kg.model import OrgKind

DEFAULT_COVERED = ("org.reference", "org.pattern.list", "org.pattern", "org.reference.place")
SCOPES = ("candidates", "all")


@Language.factory(
    "samspil_ner",
    default_config={
        "model": "shipped",
        "org_confidence": None,
        "per_confidence": None,
        "scope": "candidates",
        "context_before": 3,
        "context_after": 5,
        "covered_keys": list(DEFAULT_COVERED),
    },
)
def make_ner(
    nlp: Language,
    name: str,
    model: str,
    org_confidence: float | None,
    per_confidence: float | None,
    scope: str,
    context_before: int,
    context_after: int,
    covered_keys: list[str],
) -> NerFinder:
    return NerFinder(
        nlp,
        name,
        model,
        org_confidence,
        per_confidence,
        scope=scope,
        context_before=context_before,
        context_after=context_after,
        covered_keys=covered_keys,
    )


class NerFinder:
    def __init__(
        self,
        nlp: Language,
        name: str,
        model: str,
        org_confidence: float | None,
        per_confidence: float | None,
        *,
        scope: str = "candidates",
        context_before: int = 3,
        context_after: int = 5,
        covered_keys: Iterable[str] = DEFAULT_COVERED,
    ) -> None:
        from extract.ner import MODEL_PATH, copy_norm_table, load_ner

        if scope not in SCOPES:
            raise ValueError(f"ner scope must be one of {SCOPES}, not {scope!r}")
        # tok2vec and ner only: the shipped name_rules are not used here
        source = load_ner(MODEL_PATH if model == "shipped" else Path(model), rules=False)
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
        self.scope = scope
        self.context = (context_before, context_after)
        self.covered_keys = tuple(covered_keys)
        self.cue_ids = np.array([nlp.vocab.strings.add(w) for w in ORG_CUES], dtype="uint64")
        self.tokens_run = 0  # tokens the model has read, for benchmarks and tests

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            if self.scope == "all":
                found, held = self.run_all(batch), [None] * len(batch)
            else:
                held = [self.covered(doc) for doc in batch]
                found = self.run_windows(batch, held)
            for doc, ents, covered in zip(batch, found, held, strict=True):
                self.publish(doc, ents, covered)
                yield doc

    def run_all(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """The model over whole Docs; their ``doc.ents`` are left as they were."""
        saved = [doc.ents for doc in docs]
        ran = self.run_model(docs)
        found = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ran]
        for doc, ents in zip(docs, saved, strict=True):
            doc.ents = ents  # the finders' spans live in doc.spans; keep doc.ents as it was
        return found

    def run_windows(
        self, docs: list[Doc], covered: list[np.ndarray]
    ) -> list[list[tuple[int, int, str]]]:
        """The model over the candidate windows of ``docs``, entities in Doc offsets."""
        windows = [
            (i, a, b)
            for i, (doc, held) in enumerate(zip(docs, covered, strict=True))
            for a, b in self.windows(doc, held)
        ]
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        if not windows:
            return found
        norms = {i: docs[i].to_array([NORM]) for i in {i for i, _, _ in windows}}
        subs = []
        for i, a, b in windows:
            tokens = docs[i][a:b]
            sub = Doc(
                docs[i].vocab,
                words=[t.text for t in tokens],
                spaces=[bool(t.whitespace_) for t in tokens],
            )
            sub.from_array([NORM], norms[i][a:b])  # token norms, as the whole Doc has them
            subs.append(sub)
        for (i, a, b), sub in zip(windows, self.run_model(subs), strict=True):
            n = len(docs[i])
            found[i].extend(
                (a + e.start, a + e.end, e.label_)
                for e in sub.ents
                # an entity at a cut edge may be truncated: the window does not see past it
                if (e.start > 0 or a == 0) and (e.end < len(sub) or b == n)
            )
        return found

    def run_model(self, docs: list[Doc]) -> list[Doc]:
        self.tokens_run += sum(len(doc) for doc in docs)
        return run_steps(self.steps, docs)

    def covered(self, doc: Doc) -> np.ndarray:
        """Per token: does a reference or pattern organisation (``covered_keys``) hold it?"""
        held = np.zeros(len(doc), dtype=bool)
        for key in self.covered_keys:
            for span in doc.spans.get(key, []):
                held[span.start : span.end] = True
        return held

    def windows(self, doc: Doc, covered: np.ndarray | None = None) -> list[tuple[int, int]]:
        """Merged token ranges around the candidates: tokens after a cue word that no
        reference or pattern organisation holds and that pass ``candidate``."""
        n = len(doc)
        if n < 2:
            return []
        lower = doc.to_array(LOWER)
        after_cue = np.flatnonzero(np.isin(lower[:-1], self.cue_ids)) + 1
        if not len(after_cue):
            return []
        if covered is None:
            covered = self.covered(doc)
        before, after = self.context
        merged: list[tuple[int, int]] = []
        for i in after_cue.tolist():
            if covered[i] or not self.candidate(doc, i):
                continue
            a, b = max(0, i - before), min(n, i + after)
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return merged

    def candidate(self, doc: Doc, i: int) -> bool:
        """A capitalised word that can start a span ``plausible_org`` keeps: not a title
        (``Projektleder``), and an acronym only before another capitalised word (acronyms
        alone are left to the abbreviation finder).  After a cue a span never starts a
        sentence, so ``plausible_org``'s other rules cannot be told before the model runs."""
        token = doc[i]
        if not token.text[:1].isupper() or self.people.is_title_word(token.text):
            return False
        if not token.is_upper:
            return True
        after = doc[i + 1] if i + 1 < len(doc) else None
        return after is not None and after.text[:1].isupper()

    def publish(
        self, doc: Doc, ents: list[tuple[int, int, str]], covered: np.ndarray | None = None
    ) -> None:
        """``covered`` (candidate scope): drop ORG parts that overlap a reference or
        pattern organisation; they would lose to it in the merger anyway, and a window
        sees only some of them, so publishing those would make ``ner.org`` depend on
        where the windows fall."""
        entities = [Span(doc, start, end, label=label) for start, end, label in ents]
        orgs = [
            part
            for span in entities
            if span.label_ == "ORG"
            for part in _split_coordination(span)
            if self.plausible_org(part)
            and (covered is None or not covered[part.start : part.end].any())
        ]
        orgs = self.confirmed(orgs)
        people = [
            span
            for span in entities
            if span.label_ == "PER" and len(span) >= 2 and not _starts_sentence(span)
        ]
        for span in orgs:
            span.label_ = self.kind(span.text).value
        publish(doc, NER_ORG_KEY, self.name, self.confidence["ORG"], orgs)
        publish(doc, NER_PER_KEY, self.name, self.confidence["PER"], people)

    def plausible_org(self, span: Span) -> bool:
        text = span.text
        if "\n" in text or not text[0].isalpha() or any(c in text for c in "•@/\\"):
            return False
        words = text.split()
        if all(w.isupper() for w in words if w.isalpha()):
            return False  # an acronym: the abbreviation finder decides
        if any(self.people.is_title_word(w) for w in words):
            return False  # "Chefkonsulent", "Daglig Leder …": a title, not a body
        # One word alone names no body often enough: with the model of experiment 11 the
        # NER's one-word organisations took corpus precision from .91 to .88 for +.01 recall.
        return len(words) > 1 and not (
            _starts_sentence(span) and words[0].lower() in self.stop_words
        )

    @staticmethod
    def confirmed(orgs: list[Span]) -> list[Span]:
        """Spans the sentence introduces as a body one works with (``hos``, ``fra``, ``og`` …).

        Measured on the corpus gold: without this gate the NER's organisations cost more
        precision than they add recall; with it organisation F1 holds and recall rises.
        """
        return [
            s
            for s in orgs
            if s.start
            and s.doc[s.start - 1].lower_ in ORG_CUES
            # "Job og Trivsel Vestegnen": one word opening a line or a sentence, then "og",
            # is a title's first conjunct, not a body coordinated with this one
            and not (
                s.doc[s.start - 1].lower_ in ("og", ",")
                and s.start >= 2
                and _starts_sentence(s.doc[s.start - 2 : s.start - 1])
            )
        ]

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


def _dev_precision(meta: dict) -> dict[str, float]:
    per_type = (meta.get("performance") or {}).get("ents_per_type") or {}
    return {label: round(float(scores["p"]), 2) for label, scores in per_type.items()}
