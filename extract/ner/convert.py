"""Convert UNER Danish-DDT IOB2 files into spaCy ``DocBin`` files.

Input format (one token a line, sentences separated by blank lines)::

    # sent_id = train-v2-0
    # text = På fredag har SID inviteret til reception ...
    1<TAB>På<TAB>O<TAB>O#O<TAB>s

Only the third column (the flat UNER label) is used; it holds PER, ORG and LOC.
The fourth column (DaN+ nested labels such as ``B-ORGpart#O`` or ``B-LOCderiv``) is
ignored, and any flat label outside :data:`KEEP_LABELS` is mapped to ``O``.
The tokens are pre-tokenised: Docs are built from the token list, with each token's
trailing whitespace recovered from the ``# text`` line where the tokens align with it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

KEEP_LABELS = ("PER", "ORG", "LOC")


@dataclass
class Sentence:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    text: str | None = None
    sent_id: str | None = None


def read_iob2(path: str | Path) -> Iterator[Sentence]:
    """Yield the sentences of an UNER IOB2 file."""
    sent = Sentence()
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sent.tokens:
                    yield sent
                sent = Sentence()
                continue
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key = key.strip()
                if key == "text":
                    sent.text = value[1:] if value.startswith(" ") else value
                elif key == "sent_id":
                    sent.sent_id = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise ValueError(f"{path}: malformed line {line!r}")
            sent.tokens.append(cols[1])
            sent.tags.append(normalise_tag(cols[2]))
    if sent.tokens:
        yield sent


def normalise_tag(tag: str) -> str:
    """Keep B-/I- tags of PER, ORG, LOC; map everything else (MISC, nested, derivs) to O."""
    tag = tag.strip()
    if tag in ("", "O", "_"):
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I") or label not in KEEP_LABELS:
        return "O"
    return f"{prefix}-{label}"


def repair_iob(tags: list[str]) -> list[str]:
    """Turn a stray I-X (after O or another type) into B-X, as IOB2 requires."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def align_spaces(tokens: list[str], text: str | None) -> list[bool]:
    """Trailing-whitespace flags for ``tokens``, recovered from the sentence text.

    Falls back to a space after every token (except the last) when the tokens cannot
    be found in order in ``text``.
    """
    default = [True] * len(tokens)
    if default:
        default[-1] = False
    if not text:
        return default
    spaces: list[bool] = []
    pos = 0
    for tok in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(tok, pos):
            return default
        pos += len(tok)
        spaces.append(pos < len(text) and text[pos].isspace())
    return spaces


def iob_to_biluo(tags: list[str]) -> list[str]:
    from spacy.training import iob_to_biluo as _iob_to_biluo

    return _iob_to_biluo(tags)


def sentence_to_doc(vocab, sent: Sentence):
    from spacy.tokens import Doc
    from spacy.training import biluo_tags_to_spans

    words = sent.tokens
    spaces = align_spaces(words, sent.text)
    doc = Doc(vocab, words=words, spaces=spaces)
    biluo = iob_to_biluo(repair_iob(sent.tags))
    doc.ents = biluo_tags_to_spans(doc, biluo)
    return doc


def docs_from_iob2(path: str | Path, nlp=None, limit: int | None = None) -> Iterator:
    """Yield spaCy Docs (one per sentence, gold entities set) for an IOB2 file."""
    import spacy

    if nlp is None:
        nlp = spacy.blank("da")
    for i, sent in enumerate(read_iob2(path)):
        if limit is not None and i >= limit:
            break
        yield sentence_to_doc(nlp.vocab, sent)


def docs_to_docbin(docs: Iterable, out_path: str | Path) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out_path)
    return n


def convert(in_path: str | Path, out_path: str | Path, limit: int | None = None, nlp=None) -> int:
    """Convert one IOB2 file into a ``.spacy`` DocBin; return the number of sentences."""
    return docs_to_docbin(docs_from_iob2(in_path, nlp=nlp, limit=limit), out_path)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    n = convert(args.input, args.output, limit=args.limit)
    print(f"wrote {n} docs to {args.output}")


if __name__ == "__main__":
    main()
