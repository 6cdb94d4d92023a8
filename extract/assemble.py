"""Turn an annotated Doc into an ``Extraction`` with offsets into the original text."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.components.org_merger import ORGS_KEY, SOURCES_ATTR
from extract.components.org_patterns import OrgPatterns
from extract.tokenizer import normalized_text
from kg.model import Extraction, Mention, Organisation, OrgKind, SourceDocument
from kg.names import clean_name, match_key, strip_genitive
from kg.refdata import ReferenceData, load_reference


class Assembler:
    """Groups the kept organisation spans into one ``Organisation`` per entity."""

    def __init__(
        self, reference: ReferenceData | None = None, patterns: OrgPatterns | None = None
    ) -> None:
        self.reference = reference or load_reference()
        self.patterns = patterns or OrgPatterns.load()

    def __call__(self, doc: Doc, document: SourceDocument) -> Extraction:
        offsets = normalized_text(doc)
        extraction = Extraction(document=document)
        by_identity: dict[str, Organisation] = {}
        group = doc.spans.get(ORGS_KEY, [])
        origins = group.attrs.get(SOURCES_ATTR, []) if len(group) else []
        for span, (component, confidence) in zip(group, origins, strict=True):
            surface = clean_name(span.text)
            if not surface:
                continue
            ref = self.reference.orgs.get(span.kb_id_) if span.kb_id_ else None
            name = ref.name if ref else self.canonical(span)
            identity = f"ref:{ref.id}" if ref else f"name:{match_key(name)}"
            org = by_identity.get(identity)
            if org is None:
                org = Organisation(
                    key=f"o{len(by_identity) + 1}",
                    name=name,
                    kind=ref.kind if ref else OrgKind(span.label_),
                    reference_id=ref.id if ref else None,
                )
                by_identity[identity] = org
                extraction.organisations.append(org)
            if surface != org.name:
                org.aliases.add(surface)
            start, end = offsets.to_original(span.start_char, span.end_char)
            org.mentions.append(
                Mention(start, end, document.text[start:end], component, float(confidence))
            )
        return extraction

    def canonical(self, span: Span) -> str:
        """The name without a genitive on its head: ``Socialstyrelsens`` → ``Socialstyrelsen``."""
        name = clean_name(span.text)
        last = name.split()[-1] if name else ""
        return strip_genitive(name) if self.patterns.is_genitive_head(last) else name
