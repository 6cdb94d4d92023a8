"""Train the project-name tagger (``extract/models/da_project_names``) on gold titles.

    python -m extract.ner.project_names [--output DIR] [--max-steps N]

Training data are the development documents with gold annotations (CONTRACT §4): the
hand-written ``bench/dev`` set, the corpus gold ``bench/gold`` (texts read from
``../shared/corpus``) and ``examples/gold``; never ``bench/holdout`` nor the measure-only
``bench/check*`` sets.  Each document is normalised as the extraction pipeline does it,
cut into paragraphs, and every place its text writes a gold project title (or the title's
short form before " (" or " – ") becomes a ``PROJ`` entity; a tenth of the ``bench/dev``
documents, chosen by a hash of the file name, is kept for model selection and scores.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.components.section_text import short_forms
from extract.ner.train import replace_pipeline

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent.parent
DEFAULT_CONFIG = PACKAGE_DIR / "project_names.cfg"
DEFAULT_OUTPUT = PACKAGE_DIR.parent / "models" / "da_project_names"
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"
GOLD_DIRS = tuple(REPO_ROOT / d for d in ("bench/dev", "bench/gold", "examples/gold"))
SELECTION_DIR = "dev"  # the gold folder whose tenth is kept for model selection
LABEL = "PROJ"


def title_forms(title: str) -> list[str]:
    """A title and the short forms a text uses for it, longest first: "SAMBA (…)" is
    also "SAMBA", "PiP – Psykiatri i Praksis" also "PiP"."""
    return sorted({title, *short_forms(title)}, key=len, reverse=True)


def title_places(text: str, titles: list[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes one of the titles (any spacing between words), the longest
    first where two overlap."""
    found = []
    for title in titles:
        for form in title_forms(title):
            words = r"\s+".join(re.escape(w) for w in form.split())
            found += [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){words}(?!\w)", text)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if not any(start < b and a < end for a, b in kept):
            kept.append((start, end))
    return sorted(kept)


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for each blank-line separated block with text in it."""
    for m in re.finditer(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*\Z)", text, re.S):
        yield m.start(), m.group()


def gold_documents(gold_dirs=GOLD_DIRS) -> Iterator[tuple[Path, Path]]:
    """(text, gold) of every annotated document whose text is at hand."""
    for gold_dir in map(Path, gold_dirs):
        for gold in sorted(gold_dir.glob("*.json")):
            name = json.loads(gold.read_text(encoding="utf-8"))["document"]
            for text in (gold_dir / name, CORPUS_DIR / name, gold_dir.parent / name):
                if text.exists():
                    yield text, gold
                    break


def for_selection(text: Path) -> bool:
    return text.parent.name == SELECTION_DIR and zlib.crc32(text.name.encode()) % 10 == 0


def training_docs(nlp, text_path: Path, gold_path: Path):
    """The paragraphs of one document as Docs with their ``PROJ`` entities."""
    from extract.normalize import normalize

    text = normalize(text_path.read_text(encoding="utf-8")).text
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    places = title_places(text, [p["title"] for p in gold.get("projects", [])])
    for offset, paragraph in paragraphs(text):
        doc = nlp.make_doc(paragraph)
        spans = (
            doc.char_span(a - offset, b - offset, label=LABEL)
            for a, b in places
            if offset <= a and b <= offset + len(paragraph)
        )
        doc.ents = [span for span in spans if span is not None]  # (None: not on token edges)
        yield doc


def build_docbins(work: Path, gold_dirs=GOLD_DIRS) -> tuple[Path, Path, dict[str, int]]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("da")
    train, dev = DocBin(), DocBin()
    counts = {"train_documents": 0, "dev_documents": 0}
    for text, gold in gold_documents(gold_dirs):
        selection = for_selection(text)
        counts["dev_documents" if selection else "train_documents"] += 1
        for doc in training_docs(nlp, text, gold):
            (dev if selection else train).add(doc)
    paths = work / "train.spacy", work / "dev.spacy"
    train.to_disk(paths[0])
    dev.to_disk(paths[1])
    return *paths, counts


def train(
    output_dir: Path = DEFAULT_OUTPUT, config: Path = DEFAULT_CONFIG, max_steps: int | None = None
) -> dict[str, Any]:
    """Train, keep the checkpoint best on the selection documents, write it with its
    scores to ``output_dir``; returns the scores."""
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.training import Corpus

    with tempfile.TemporaryDirectory(prefix="samspil-projects-") as tmp:
        work = Path(tmp)
        train_db, dev_db, counts = build_docbins(work)
        overrides: dict[str, Any] = {"paths.train": str(train_db), "paths.dev": str(dev_db)}
        if max_steps is not None:
            overrides["training.max_steps"] = max_steps
            overrides["training.eval_frequency"] = max(1, min(200, max_steps // 2))
        spacy_train(config, work / "out", use_gpu=-1, overrides=overrides)
        nlp = spacy.load(work / "out" / "model-best")
        raw = nlp.evaluate(list(Corpus(str(dev_db))(nlp)))
        scores = {k: round(float(raw[f"ents_{k}"] or 0), 4) for k in ("p", "r", "f")}
        replace_pipeline(work / "out" / "model-best", output_dir)
    meta_path = output_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="samspil_project_names",
        description="Danish project-name tagger (PROJ) for Samspil, trained on gold titles.",
        author="Samspil",
        license="MIT",  # trained on Samspil's own annotations
        training={**meta.get("training", {}), **counts},
        dev_scores=scores,
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train Samspil's project-name tagger.")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--max-steps", type=int, default=None)
    args = ap.parse_args(argv)
    json.dump(train(args.output, args.config, args.max_steps), sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
