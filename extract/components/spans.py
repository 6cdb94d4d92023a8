"""Helpers every component uses to publish its spans under its own ``doc.spans`` key."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, SpanGroup

COMPONENT_ATTR = "component"
CONFIDENCE_ATTR = "confidence"

# Span groups the statistical NER publishes (extract/components/ner_spans.py).
NER_ORG_KEY = "ner.org"
NER_PER_KEY = "ner.per"


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
