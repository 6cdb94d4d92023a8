"""Samspil's statistical Danish NER (PER, ORG, LOC), trained on UNER Danish-DDT.

- :data:`MODEL_PATH`: the shipped spaCy pipeline (``extract/models/da_ner``), a
  ``spacy.blank("da")`` tokenizer followed by ``tok2vec``, ``ner`` and ``name_rules``
  (:mod:`extract.ner.rules`; importing this package registers its factory, which
  ``spacy.load`` of the model needs).
- :func:`load_ner`: load it (cached; fully offline).
- :func:`common_words`: the Danish word forms its name rules carry.
- :func:`add_ner`: source its ``tok2vec`` + ``ner`` (and, with ``rules=True``, the
  ``name_rules``) into another ``spacy.blank("da")``-based pipeline, copying the vocab's
  ``lexeme_norm`` table (gazetteer features) along.
- :func:`extract.ner.train.train_ner`: retrain (``python -m extract.ner.train``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import rules as _rules  # (importing it registers the "samspil_name_rules" factory)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "da_ner"
NER_LABELS = ("PER", "ORG", "LOC")

__all__ = ["MODEL_PATH", "NER_LABELS", "add_ner", "common_words", "load_ner", "run_steps"]


@lru_cache(maxsize=4)
def _load(path: str, rules: bool) -> Language:
    import spacy
    from thinc.api import NumpyOps

    nlp = spacy.load(path, exclude=() if rules else ("name_rules",))
    # thinc multiplies matrices with BLIS by default; on the machines measured (AMD EPYC,
    # bench/RESULTS.md) NumPy's OpenBLAS does the same products three times as fast.
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for node in pipe.model.walk() if hasattr(pipe, "model") else ():
            node.ops = ops
    return nlp


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lower-case Danish word forms the shipped model carries (its name rules' table:
    spacy-lookups-data's lemma table minus listed names), to tell an ordinary word from a
    coined name: the loaded pipeline's own table (one read of ~50 MB, shared)."""
    return _rules.read_words(MODEL_PATH / "name_rules" / _rules.WORDS_FILE)


def run_steps(steps, docs: list[Doc]) -> list[Doc]:
    """``docs`` through a loaded model's ``steps`` (its tok2vec and ner pipes), in batches."""
    stream: Iterable[Doc] = docs
    for step in steps:
        stream = step.pipe(stream, batch_size=64)
    return list(stream)


def load_ner(path: str | Path = MODEL_PATH, rules: bool = True) -> Language:
    """Load the NER pipeline (cached per path; the same object is returned each time).
    ``rules=False`` leaves out the ``name_rules`` step, for a caller that uses only the
    network: building its Danish word table takes 1.5 s."""
    return _load(str(Path(path).resolve()), rules)


def copy_norm_table(source: Language, target: Language) -> int:
    """Give ``target``'s vocab the ``lexeme_norm`` entries of ``source`` (gazetteer norms).

    The NER's tok2vec embeds the ``NORM`` attribute, and the shipped vocab maps listed
    names, towns and countries to class norms. Without this table a sourced NER would see
    plain norms and lose accuracy. Existing lexemes of ``target`` are updated too.
    Returns the number of entries copied.
    """
    from spacy.lookups import Lookups, Table

    if not source.vocab.lookups.has_table("lexeme_norm"):
        return 0
    src_table = source.vocab.lookups.get_table("lexeme_norm")
    merged = Table(name="lexeme_norm")
    if target.vocab.lookups.has_table("lexeme_norm"):
        for key, value in target.vocab.lookups.get_table("lexeme_norm").items():
            merged[key] = value
    for key, value in src_table.items():  # keys are string hashes
        merged[key] = value
    lookups = Lookups()
    for name in target.vocab.lookups.tables:
        if name != "lexeme_norm":
            lookups.set_table(name, target.vocab.lookups.get_table(name))
    lookups.set_table("lexeme_norm", merged)
    target.vocab.lookups = lookups  # the setter installs the NORM getter for new lexemes
    for lex in target.vocab:  # and this fixes lexemes created before
        if lex.orth_ in src_table:
            lex.norm_ = src_table[lex.orth_]
    return len(src_table)


def add_ner(
    nlp: Language,
    path: str | Path = MODEL_PATH,
    tok2vec_name: str = "ner_tok2vec",
    ner_name: str = "ner",
    rules: bool = False,
    **add_pipe_kwargs,
) -> Language:
    """Source the shipped ``tok2vec`` + ``ner`` into ``nlp`` (e.g. a ``spacy.blank("da")``).

    The tok2vec is added under ``tok2vec_name`` and the ner's listener is re-pointed to it,
    so it cannot clash with a ``tok2vec`` that ``nlp`` may already have. Extra keyword
    arguments (``before=``, ``after=``, ...) go to the tok2vec's ``add_pipe``; the ner is
    placed right after it; with ``rules`` the shipped ``name_rules`` follow the ner.
    Returns ``nlp``.
    """
    source = load_ner(path, rules=rules)
    copy_norm_table(source, nlp)
    nlp.add_pipe("tok2vec", name=tok2vec_name, source=source, **add_pipe_kwargs)
    nlp.add_pipe("ner", name=ner_name, source=source, after=tok2vec_name)
    if rules and "name_rules" in source.pipe_names:
        nlp.add_pipe("name_rules", source=source, after=ner_name)
    return nlp
