"""The extraction stage: ``SourceDocument`` in, ``Extraction`` out."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.assemble import Assembler
from extract.pipeline import DEFAULT_CONFIG, build_pipeline
from kg.model import Extraction, SourceDocument
from kg.readers import text_document


class Extractor:
    """Builds the spaCy pipeline once and runs it over documents."""

    def __init__(self, config_path: Path = DEFAULT_CONFIG) -> None:
        self.nlp = build_pipeline(config_path)
        self.assemble = Assembler()
        # The pipeline's tables and network live as long as the process; a full garbage
        # collection would walk all of them (0.1 s each) again and again during
        # extraction.  Freezing moves what exists now out of the collector's sight.
        gc.collect()
        gc.freeze()

    def extract(self, document: SourceDocument) -> Extraction:
        return self.assemble(self.nlp(document.text), document)

    def extract_text(self, text: str, name: str = "text.txt") -> Extraction:
        """What the pipeline reads in ``text`` (a string, no file behind it)."""
        return self.extract(text_document(text, name))

    def extract_all(self, documents: Iterable[SourceDocument]) -> Iterator[Extraction]:
        pairs = ((document.text, document) for document in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=8):
            yield self.assemble(doc, document)
