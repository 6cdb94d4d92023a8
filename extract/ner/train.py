"""Train Samspil's Danish NER (PER, ORG, LOC) on UNER Danish-DDT.

    python -m extract.ner.train [--train PATH] [--dev PATH] [--output DIR] [--config CFG]
                                [--max-steps N] [--limit N]

Converts the IOB2 splits to DocBins, trains with spaCy's training loop (train split for
training, dev split for model selection), evaluates the best checkpoint on dev, records
source, licence, citations and dev scores in its meta.json and writes the pipeline to
``output_dir`` (training-only files stripped).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import lexicon  # noqa: F401  (registers "samspil.ner_lookups.v1" for the config)
from . import rules as _rules  # noqa: F401  (registers the "samspil_name_rules" factory)
from .convert import convert

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG = PACKAGE_DIR / "config.cfg"
REPO_ROOT = PACKAGE_DIR.parent.parent
# shared/ sits beside the work tree (and beside CI's clone); override with SAMSPIL_NER_DATA.
DATA_DIR = Path(
    os.environ.get("SAMSPIL_NER_DATA", REPO_ROOT.parent / "shared" / "data" / "uner_da_ddt")
)
DEFAULT_TRAIN = DATA_DIR / "da_ddt-ud-train.iob2"
DEFAULT_DEV = DATA_DIR / "da_ddt-ud-dev.iob2"
DEFAULT_OUTPUT = PACKAGE_DIR.parent / "models" / "da_ner"
LABELS = ("PER", "ORG", "LOC")
# Post-NER name rules added to every packaged pipeline (extract/ner/rules.py).
RULES_FACTORY, RULES_NAME = "samspil_name_rules", "name_rules"

LICENSE = "CC BY-SA 4.0"
CITATIONS = [
    "Stephen Mayhew, Terra Blevins, Shuheng Liu, Marek Šuppa, Hila Gonen, Joseph Marvin "
    "Imperial, Börje F. Karlsson, Peiqin Lin, Nikola Ljubešić, LJ Miranda, Barbara Plank, "
    'Arij Riabi, Yuval Pinter. "Universal NER: A Gold-Standard Multilingual Named Entity '
    'Recognition Benchmark". NAACL 2024.',
    'Barbara Plank, Kristian Nørgaard Jensen, Rob van der Goot. "DaN+: Danish Nested Named '
    'Entities and Lexical Normalization". COLING 2020.',
]
SOURCES = [
    {
        "name": "UniversalNER/UNER_Danish-DDT (train split; dev split for model selection)",
        "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
        "license": LICENSE,
        "author": "Mayhew et al. (Universal NER)",
    },
    {
        "name": "DaN+ annotations of UD Danish-DDT",
        "url": "https://github.com/bplank/DaNplus",
        "license": LICENSE,
        "author": "Plank, Jensen, van der Goot",
    },
    {
        "name": "UD Danish-DDT (Danish Dependency Treebank)",
        "url": "https://github.com/UniversalDependencies/UD_Danish-DDT",
        "license": LICENSE,
        "author": "Johannsen, Martínez Alonso, Plank; Kromann et al.",
    },
]
# Files spaCy writes next to a checkpoint that loading does not need.
TRAINING_ONLY = ("optimizer", "training", "model-last")


def _scores(raw: dict[str, Any]) -> dict[str, Any]:
    """Reduce spaCy's scorer output to micro P/R/F plus per-type P/R/F (rounded)."""

    def r(x: float | None) -> float:
        return round(float(x or 0.0), 4)

    out: dict[str, Any] = {
        "micro": {"p": r(raw.get("ents_p")), "r": r(raw.get("ents_r")), "f": r(raw.get("ents_f"))}
    }
    per_type = raw.get("ents_per_type") or {}
    for label in LABELS:
        s = per_type.get(label, {})
        out[label] = {"p": r(s.get("p")), "r": r(s.get("r")), "f": r(s.get("f"))}
    return out


def evaluate(nlp, dev_docbin: str | Path) -> dict[str, Any]:
    """Score ``nlp`` on a DocBin of gold docs (raw text re-tokenised by the pipeline)."""
    from spacy.training import Corpus

    examples = list(Corpus(str(dev_docbin))(nlp))
    return _scores(nlp.evaluate(examples))


def _performance(scores: dict[str, Any]) -> dict[str, Any]:
    """``scores`` in spaCy's meta ``performance`` layout (ents_p/r/f, ents_per_type)."""
    return {
        "ents_p": scores["micro"]["p"],
        "ents_r": scores["micro"]["r"],
        "ents_f": scores["micro"]["f"],
        "ents_per_type": {label: dict(scores[label]) for label in LABELS},
    }


def _write_meta(
    model_dir: Path,
    scores: dict[str, Any],
    n_train: int | None,
    n_dev: int | None,
    scores_without_rules: dict[str, Any] | None = None,
) -> None:
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "samspil_ner",
            "version": "0.1.0",
            "description": (
                "Danish named-entity recogniser (PER, ORG, LOC) for Samspil: hash-embedding "
                "CNN tok2vec + transition-based NER, trained with spaCy on UNER Danish-DDT."
            ),
            "author": "Samspil",
            "license": LICENSE,
            "sources": SOURCES,
            "data_source": (
                "UniversalNER/UNER_Danish-DDT (commit 983c4cd), the Universal NER conversion of "
                "the DaN+ annotations of UD Danish-DDT"
            ),
            "citations": CITATIONS,
            "training": {
                **meta.get("training", {}),
                **{
                    k: v
                    for k, v in (("train_sentences", n_train), ("dev_sentences", n_dev))
                    if v is not None
                },
            },
            "dev_scores": scores,
            "performance": _performance(scores),
        }
    )
    if scores_without_rules is not None:
        # tok2vec + ner alone (what a pipeline that sources only those two steps gets)
        meta["dev_scores_without_rules"] = scores_without_rules
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def train_ner(
    train_path: str | Path = DEFAULT_TRAIN,
    dev_path: str | Path = DEFAULT_DEV,
    output_dir: str | Path = DEFAULT_OUTPUT,
    config_path: str | Path = DEFAULT_CONFIG,
    max_steps: int | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Train the NER and write the best pipeline (by dev F1) to ``output_dir``.

    ``max_steps`` overrides ``training.max_steps`` of the config; ``limit`` keeps only the
    first ``limit`` sentences of each split (for quick runs). Returns the dev scores of the
    written pipeline: ``{"micro": {"p", "r", "f"}, "PER": {...}, "ORG": {...}, "LOC": {...}}``.
    """
    import spacy
    from spacy.cli.train import train as spacy_train

    output_dir = Path(output_dir)
    with tempfile.TemporaryDirectory(prefix="samspil-ner-") as tmp:
        work = Path(tmp)
        train_db, dev_db = work / "train.spacy", work / "dev.spacy"
        n_train = convert(train_path, train_db, limit=limit)
        n_dev = convert(dev_path, dev_db, limit=limit)
        overrides: dict[str, Any] = {"paths.train": str(train_db), "paths.dev": str(dev_db)}
        if max_steps is not None:
            overrides["training.max_steps"] = int(max_steps)
            cfg = spacy.util.load_config(config_path)
            eval_freq = int(cfg["training"]["eval_frequency"])
            if max_steps < 2 * eval_freq:
                overrides["training.eval_frequency"] = max(1, int(max_steps) // 2)
        spacy_train(Path(config_path), work / "out", use_gpu=-1, overrides=overrides)
        return package_model(work / "out" / "model-best", output_dir, dev_db, n_train, n_dev)


def package_model(
    best_dir: str | Path,
    output_dir: str | Path,
    dev_docbin: str | Path,
    n_train: int | None = None,
    n_dev: int | None = None,
) -> dict[str, Any]:
    """Add the name rules to a trained checkpoint, evaluate it on dev and write it, with
    full meta, to ``output_dir``. Returns the dev scores of the written pipeline."""
    import spacy

    best_dir, output_dir = Path(best_dir), Path(output_dir)
    nlp = spacy.load(best_dir)
    if RULES_NAME in nlp.pipe_names:  # a shipped pipeline: its rules are rebuilt from the code
        nlp.remove_pipe(RULES_NAME)
    without_rules = evaluate(nlp, dev_docbin)
    add_rules(nlp)
    scores = evaluate(nlp, dev_docbin)
    with tempfile.TemporaryDirectory(prefix="samspil-ner-pkg-") as tmp:
        staged = Path(tmp) / "model"
        nlp.to_disk(staged)
        replace_pipeline(staged, output_dir)
    _write_meta(output_dir, scores, n_train, n_dev, without_rules)
    return scores


def replace_pipeline(source: Path, output_dir: Path) -> None:
    """Put the pipeline folder ``source`` at ``output_dir`` (replacing what is there),
    without the files only training needs."""
    if output_dir.exists():
        shutil.rmtree(output_dir)
    shutil.copytree(source, output_dir, ignore=shutil.ignore_patterns(*TRAINING_ONLY))


def add_rules(nlp, **config: Any):
    """Append the ``samspil_name_rules`` component (if absent) after the ``ner``."""
    if RULES_NAME not in nlp.pipe_names:
        nlp.add_pipe(RULES_FACTORY, name=RULES_NAME, after="ner", config=config)
    return nlp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the Samspil Danish NER on UNER Danish-DDT.")
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument(
        "--from-model",
        type=Path,
        default=None,
        help="no training: rebuild this trained pipeline's name rules from the code, "
        "evaluate on --dev and write it to --output (may be the same folder)",
    )
    args = ap.parse_args(argv)
    if args.from_model is not None:
        with tempfile.TemporaryDirectory(prefix="samspil-ner-dev-") as tmp:
            dev_db = Path(tmp) / "dev.spacy"
            convert(args.dev, dev_db)
            scores = package_model(args.from_model, args.output, dev_db)
    else:
        scores = train_ner(
            args.train, args.dev, args.output, args.config, args.max_steps, args.limit
        )
    json.dump(scores, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
