"""Settle overlapping organisation spans from all finders into ``doc.spans["orgs"]``.

Sources are listed in priority order in the config: reference data first, then
patterns, then the statistical NER.  A span is kept unless it overlaps one from a
higher-priority source (or a longer one from the same source).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from extract.components.spans import COMPONENT_ATTR, CONFIDENCE_ATTR

ORGS_KEY = "orgs"
SOURCES_ATTR = "sources"  # per kept span: (component, confidence)


@Language.factory("samspil_org_merger", default_config={"sources": ["org.reference"]})
def make_org_merger(nlp: Language, name: str, sources: list[str]) -> OrgMerger:
    return OrgMerger(name, sources)


class OrgMerger:
    def __init__(self, name: str, sources: list[str]) -> None:
        self.name = name
        self.sources = list(sources)

    def __call__(self, doc: Doc) -> Doc:
        candidates = []
        for rank, key in enumerate(self.sources):
            group = doc.spans.get(key)
            if group is None:
                continue
            origin = (group.attrs.get(COMPONENT_ATTR, key), group.attrs.get(CONFIDENCE_ATTR, 1.0))
            candidates.extend((rank, -len(span), span.start, span, origin) for span in group)
        candidates.sort(key=lambda c: c[:3])
        taken: set[int] = set()
        kept = []
        for *_, span, origin in candidates:
            tokens = range(span.start, span.end)
            if taken.isdisjoint(tokens):
                taken.update(tokens)
                kept.append((span, origin))
        kept.sort(key=lambda pair: pair[0].start)
        group = SpanGroup(doc, name=ORGS_KEY, spans=[span for span, _ in kept])
        group.attrs[SOURCES_ATTR] = [origin for _, origin in kept]
        doc.spans[ORGS_KEY] = group
        return doc
