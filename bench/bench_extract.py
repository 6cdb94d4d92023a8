"""Extraction speed against ``spacy.blank("da")`` on the same texts, in one run.

Usage: .venv/bin/python -m bench.bench_extract [CORPUS_DIR] [REPEATS]   (target ratio ≤ 3x)

Each timing is the best of REPEATS (default 3) rounds, the three runs of a round taken
one after the other, so load from other processes on a shared machine skews them less.
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


def _seconds(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(corpus: Path = DEFAULT_CORPUS, repeats: int = 3) -> float:
    documents = [read_document(p) for p in sorted(corpus.glob("*.txt"))]
    texts = [d.text for d in documents]
    blank = spacy.blank("da")
    extractor = Extractor()
    list(blank.pipe(texts[:1]))  # warm both up
    list(extractor.extract_all(documents[:1]))
    # the rules alone: the statistical NER adds its own cost, reported separately
    statistical = [n for n in ("ner", "project_names") if n in extractor.nlp.pipe_names]
    models = [extractor.nlp.get_pipe(n) for n in statistical]

    def rules() -> None:
        with extractor.nlp.select_pipes(disable=statistical):
            list(extractor.extract_all(documents))

    blank_s, extract_s, rules_s = [], [], []
    for _ in range(repeats):
        blank_s.append(_seconds(lambda: list(blank.pipe(texts))))
        for model in models:
            model.tokens_run = 0
        extract_s.append(_seconds(lambda: list(extractor.extract_all(documents))))
        rules_s.append(_seconds(rules))
    blank_seconds, extract_seconds, rules_seconds = min(blank_s), min(extract_s), min(rules_s)

    ratio = extract_seconds / blank_seconds
    chars = sum(len(t) for t in texts)
    tokens = sum(len(doc) for doc in blank.pipe(texts))
    print(f"{len(texts)} documents, {chars} characters, {tokens} tokens; best of {repeats}")
    print(f"spacy.blank('da').pipe: {blank_seconds:.3f} s")
    print(f"extraction:             {extract_seconds:.3f} s")
    print(f"ratio:                  {ratio:.2f}x (target ≤ 3x)")
    print(f"rules without the models: {rules_seconds:.3f} s, {rules_seconds / blank_seconds:.2f}x")
    if models:
        model_seconds = extract_seconds - rules_seconds
        read = ", ".join(f"{n} {m.tokens_run}" for n, m in zip(statistical, models, strict=True))
        print(
            f"models ({' + '.join(statistical)}): {model_seconds:.3f} s, "
            f"{model_seconds / blank_seconds:.2f}x; tokens read: {read}"
        )
    return ratio


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else DEFAULT_CORPUS, int(args[1]) if len(args) > 1 else 3)
