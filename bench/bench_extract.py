"""Extraction speed against ``spacy.blank("da")`` on the same texts, in one run.

Usage: .venv/bin/python bench/bench_extract.py [CORPUS_DIR]   (target ratio ≤ 3x)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

from bench.common import CORPUS
from extract.extractor import Extractor
from kg.readers import read_document

DEFAULT_CORPUS = CORPUS  # ../shared/corpus beside the repository


def main(corpus: Path = DEFAULT_CORPUS) -> float:
    documents = [read_document(p) for p in sorted(corpus.glob("*.txt"))]
    texts = [d.text for d in documents]
    blank = spacy.blank("da")
    extractor = Extractor()
    list(blank.pipe(texts[:1]))  # warm both up
    list(extractor.extract_all(documents[:1]))

    started = time.perf_counter()
    list(blank.pipe(texts))
    blank_seconds = time.perf_counter() - started

    started = time.perf_counter()
    list(extractor.extract_all(documents))
    extract_seconds = time.perf_counter() - started

    # the rules alone: the statistical NER adds its own fixed cost, reported separately
    statistical = [n for n in ("ner",) if n in extractor.nlp.pipe_names]
    started = time.perf_counter()
    with extractor.nlp.select_pipes(disable=statistical):
        list(extractor.extract_all(documents))
    rules_seconds = time.perf_counter() - started

    ratio = extract_seconds / blank_seconds
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} documents, {chars} characters")
    print(f"spacy.blank('da').pipe: {blank_seconds:.3f} s")
    print(f"extraction:             {extract_seconds:.3f} s")
    print(f"ratio:                  {ratio:.2f}x (target ≤ 3x)")
    print(f"rules without the NER:  {rules_seconds:.3f} s, {rules_seconds / blank_seconds:.2f}x")
    return ratio


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
