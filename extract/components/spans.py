"""Helpers every component uses to publish its spans under its own ``doc.spans`` key."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from spacy.tokens import Doc, Span, SpanGroup

COMPONENT_ATTR = "component"
CONFIDENCE_ATTR = "confidence"
VALUES_ATTR = "values"  # per span: the value a reader gave it (an amount, a date range …)

# Span groups the statistical NER publishes (extract/components/ner_spans.py).
NER_ORG_KEY = "ner.org"
NER_PER_KEY = "ner.per"
PROJECT_MODEL_KEY = "project.model"  # names the project-name model tagged


def publish(doc: Doc, key: str, component: str, confidence: float, spans: Iterable[Span]) -> None:
    """Store ``spans`` as ``doc.spans[key]``, labelled with the component and its confidence."""
    group = SpanGroup(doc, name=key, spans=list(spans))
    group.attrs[COMPONENT_ATTR] = component
    group.attrs[CONFIDENCE_ATTR] = confidence
    doc.spans[key] = group


def doc_text(doc: Doc) -> str:
    """The Doc's text without rebuilding it from tokens (``doc.text`` joins every token)."""
    from extract.tokenizer import OFFSETS_KEY

    found = doc.user_data.get(OFFSETS_KEY)
    return found.text if found is not None else doc.text


class TextReader(Protocol):
    def find(self, text: str) -> Iterator[tuple[int, int, Any]]: ...


class ReaderComponent:
    """A component that publishes what a plain-text reader finds, each span with its value.

    Money and dates are read by regular expressions over the cleaned text; this turns
    their character spans into token spans under ``spans_key``.
    """

    label = ""

    def __init__(self, name: str, spans_key: str, confidence: float, reader: TextReader) -> None:
        self.name = name
        self.spans_key = spans_key
        self.confidence = confidence
        self.reader = reader

    def __call__(self, doc: Doc) -> Doc:
        spans, values = [], []
        for start, end, value in self.reader.find(doc_text(doc)):
            span = doc.char_span(start, end, label=self.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                values.append(value)
        publish(doc, self.spans_key, self.name, self.confidence, spans)
        doc.spans[self.spans_key].attrs[VALUES_ATTR] = values
        return doc


def alternatives(words: Iterable[str], longest_first: bool = False, any_space: bool = False) -> str:
    """A regex alternation of the literal ``words`` (longest first if asked, so a longer word
    wins over its own start; a space matching any white space if asked); one that never
    matches when there are none, so an empty word list in the data turns a rule off."""
    words = sorted(words, key=len, reverse=True) if longest_first else list(words)
    escaped = (re.escape(w) for w in words)
    if any_space:
        escaped = (w.replace(r"\ ", r"\s+") for w in escaped)
    return "|".join(escaped) or "(?!)"


def first_letters(words: Iterable[str]) -> str:
    """``(?=[…])`` over the words' first characters: put before an alternation of the
    words, it turns every other position away after one character test (about twice as
    fast a scan; Python's engine takes no skipping prefix from a lookahead, only from a
    leading literal or character set)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"
