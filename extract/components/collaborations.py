"""Find sentences that state a collaboration: ``i samarbejde med``, ``samarbejde mellem X og Y``,
``X og Y har indgået aftale``, partnerships and joint working groups.

Each sentence holding a cue from ``extract/data/relations.toml`` becomes a span in
``doc.spans["collaboration"]``; the assembler keeps those naming two or more
organisations and makes them ``Collaboration`` records with the sentence as evidence.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.pools import sentence_bounds
from extract.components.spans import alternatives, doc_text, first_letters, publish

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "relations.toml"
COLLAB_KEY = "collaboration"


class CollaborationReader:
    def __init__(self, path: Path = DATA_PATH) -> None:
        cues = tomllib.loads(path.read_text(encoding="utf-8"))["collaborations"]["cues"]
        cue = alternatives(cues, longest_first=True)
        self.cue = re.compile(rf"(?i){first_letters(cues)}(?<![\wæøå])(?:{cue})(?![\wæøå])")

    def find(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for m in self.cue.finditer(text):
            s, e = sentence_bounds(text, m.start(), m.end())
            if found and s < found[-1][1]:
                continue
            found.append((s, e))
        return found


@Language.factory(
    "samspil_collaborations", default_config={"spans_key": COLLAB_KEY, "confidence": 0.7}
)
def make_collaborations(
    nlp: Language, name: str, spans_key: str, confidence: float
) -> CollaborationFinder:
    return CollaborationFinder(name, spans_key, confidence)


class CollaborationFinder:
    def __init__(self, name: str, spans_key: str, confidence: float) -> None:
        self.name = name
        self.spans_key = spans_key
        self.confidence = confidence
        self.reader = CollaborationReader()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for s, e in self.reader.find(doc_text(doc)):
            span = doc.char_span(s, e, label="COLLAB", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        publish(doc, self.spans_key, self.name, self.confidence, spans)
        return doc
