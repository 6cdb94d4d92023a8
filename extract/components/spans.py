"""Helpers every component uses to publish its spans under its own ``doc.spans`` key."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, SpanGroup

COMPONENT_ATTR = "component"
CONFIDENCE_ATTR = "confidence"


def publish(doc: Doc, key: str, component: str, confidence: float, spans: Iterable[Span]) -> None:
    """Store ``spans`` as ``doc.spans[key]``, labelled with the component and its confidence."""
    group = SpanGroup(doc, name=key, spans=list(spans))
    group.attrs[COMPONENT_ATTR] = component
    group.attrs[CONFIDENCE_ATTR] = confidence
    doc.spans[key] = group
