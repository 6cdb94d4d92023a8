"""Settle overlapping organisation spans from all finders into ``doc.spans["orgs"]``.

Sources are listed in priority order in the config: reference data first, then
patterns, then the statistical NER.  A span is kept unless it overlaps one from a
higher-priority source (or a longer one from the same source).
"""

from __future__ import annotations

from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from extract.components.spans import COMPONENT_ATTR, CONFIDENCE_ATTR, NER_ORG_KEY

# Endings of Danish abstract nouns ("Udvikling", "Kommunikation", "Sundhed", "Ledelse"):
# one such word alone is a topic, not an organisation's name.
ABSTRACT_ENDINGS = ("ing", "tion", "hed", "else", "isme", "itet")
# Compass words ("Syd", "NORD", "Nordvest"): parts of districts, never a body alone.
DIRECTIONS = frozenset(
    ["nord", "syd", "øst", "vest", "nordøst", "nordvest", "sydøst", "sydvest", "midt", "center"]
)

ORGS_KEY = "orgs"
# Spans that win over every configured source: a unit named with its parent in the
# genitive ("Gladsaxe Kommunes Forebyggelsescenter") holds a reference name inside it.
# A local chapter ("Røde Kors i Skanderborg") holds its association's name inside it.
FIRST_SOURCES = ("org.pattern.genitive", "org.pattern.chapter")
GENITIVE_SOURCE = "org.pattern.genitive"
SOURCES_ATTR = "sources"  # per kept span: (component, confidence)


@Language.factory("samspil_org_merger", default_config={"sources": ["org.reference"]})
def make_org_merger(nlp: Language, name: str, sources: list[str]) -> OrgMerger:
    return OrgMerger(name, sources)


class OrgMerger:
    def __init__(self, name: str, sources: list[str]) -> None:
        self.name = name
        self.sources = [*FIRST_SOURCES, *(s for s in sources if s not in FIRST_SOURCES)]

    @cached_property
    def patterns(self):
        from extract.components.org_patterns import OrgPatterns

        return OrgPatterns.load()

    @cached_property
    def head_words(self) -> frozenset[str]:
        words = {w.lower() for h in self.patterns.head_words for w in h.split()}
        return frozenset(words | {w + suffix for w in words for suffix in ("en", "et", "s")})

    def generic(self, span) -> bool:
        """A statistical span of one word that names no one: a bare head noun
        (``Center``, ``Regionen``), a lower-case word, an abstract noun (``Udvikling``)
        or a compass word (``Syd``, ``NORD``)."""
        if len(span) != 1:
            return False
        word = span.text
        lower = word.lower()
        return (
            not word[:1].isupper()
            or lower in self.head_words
            or lower in DIRECTIONS
            or self.patterns.is_bare_common_noun(word)
            or lower.endswith(self.patterns.not_endings)  # "Sundhedsområdet": a field
            or (lower.endswith("s") and lower[:-1] in self.head_words)  # "Hospitalets"
            or (word[1:].islower() and lower.endswith(ABSTRACT_ENDINGS))
        )

    def __call__(self, doc: Doc) -> Doc:
        candidates = []
        for rank, key in enumerate(self.sources):
            group = doc.spans.get(key)
            if group is None:
                continue
            origin = (group.attrs.get(COMPONENT_ATTR, key), group.attrs.get(CONFIDENCE_ATTR, 1.0))
            candidates.extend(
                (rank, -len(span), span.start, span, origin)
                for span in group
                if key != NER_ORG_KEY or not self.generic(span)
            )
        candidates.sort(key=lambda c: c[:3])
        taken: set[int] = set()
        kept = []
        named_after: list = []  # kept units named after their parent in the genitive
        for rank, _, _, span, origin in candidates:
            tokens = range(span.start, span.end)
            if taken.isdisjoint(tokens):
                taken.update(tokens)
                kept.append((span, origin))
                if self.sources[rank] == GENITIVE_SOURCE:
                    named_after.append(span)
            elif any(  # the parent at the head of such a unit is an organisation too
                span.start == unit.start and span.end < unit.end for unit in named_after
            ) and not any(span.start == k.start and span.end == k.end for k, _ in kept):
                kept.append((span, origin))
        kept.sort(key=lambda pair: pair[0].start)
        group = SpanGroup(doc, name=ORGS_KEY, spans=[span for span, _ in kept])
        group.attrs[SOURCES_ATTR] = [origin for _, origin in kept]
        doc.spans[ORGS_KEY] = group
        return doc
