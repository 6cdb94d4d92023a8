"""A trained tagger of project names, read where a document speaks of money.

The rules of ``sections`` find a project by how the text introduces it (a heading, a
field, "projektet X", a quoted name).  On documents written unlike the ones they were
built on, a project is often named in no such frame: a building's name at the head of a
paragraph that gives its cost, a name opening the sentence about its grant.  The model
(``extract/models/da_project_names``, trained by :mod:`extract.ner.project_names` on the
gold project titles of the development documents) has learned what such names look like
from a few thousand examples instead.

It runs only on windows of the text before and around each amount of money (the
``money`` component's spans): the money's paragraph, at most ``context_before`` tokens
before the amount and ``context_after`` after it.  A project whose amount the text gives
is named there, and the model reads a small part of a document (on the corpus one token
in ninety).
Each window becomes a small Doc in the model's own vocabulary, so the model sees the
token norms it was trained with, whatever norm table the pipeline's vocabulary carries.

It publishes ``doc.spans["project.model"]``; ``sections`` decides which of them become
projects (names the rules did not find, not organisations).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from extract.components.spans import PROJECT_MODEL_KEY, doc_text, publish
from extract.ner import load_ner, run_steps

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "da_project_names"


@Language.factory(
    "samspil_project_names",
    default_config={
        "model": "shipped",
        "confidence": 0.7,
        "context_before": 60,
        "context_after": 8,
        "max_tokens": 16,
    },
)
def make_project_names(
    nlp: Language,
    name: str,
    model: str,
    confidence: float,
    context_before: int,
    context_after: int,
    max_tokens: int,
) -> ProjectNameTagger:
    return ProjectNameTagger(
        name,
        MODEL_PATH if model == "shipped" else Path(model),
        confidence,
        context_before,
        context_after,
        max_tokens,
    )


class ProjectNameTagger:
    def __init__(
        self,
        name: str,
        model: Path,
        confidence: float,
        context_before: int,
        context_after: int,
        max_tokens: int,
    ) -> None:

        source = load_ner(model, rules=False)
        self.name = name
        self.vocab = source.vocab
        self.steps = [source.get_pipe(step) for step in ("tok2vec", "ner")]
        self.confidence = confidence
        self.context = (context_before, context_after)
        self.stop_words = STOP_WORDS | {"hos", "mod"}  # (spaCy's list lacks these two)
        self.max_tokens = max_tokens
        self.tokens_run = 0  # tokens the model has read, for benchmarks and tests

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            windows = [(doc, a, b) for doc in batch for a, b in self.windows(doc)]
            found: dict[int, list[tuple[int, int]]] = {id(doc): [] for doc in batch}
            subs = [
                Doc(
                    self.vocab,
                    words=[t.text for t in doc[a:b]],
                    spaces=[bool(t.whitespace_) for t in doc[a:b]],
                )
                for doc, a, b in windows
            ]
            for (doc, a, b), sub in zip(windows, self.run_model(subs), strict=True):
                found[id(doc)].extend(
                    (a + e.start, a + e.end)
                    for e in sub.ents
                    # a name at a window's cut edge may be truncated
                    if (e.start > 0 or a == 0 or doc[a - 1].is_space)
                    and (e.end < len(sub) or b == len(doc) or doc[b].is_space)
                )
            for doc in batch:
                spans = [doc[a:b] for a, b in sorted(found[id(doc)])]
                spans = [span for span in spans if self.whole_name(span)]
                publish(doc, PROJECT_MODEL_KEY, self.name, self.confidence, spans)
                yield doc

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Merged token ranges before and around each amount, inside its paragraph."""
        text = doc_text(doc)
        before, after = self.context
        ranges = []
        for money in doc.spans.get("money", []):
            paragraph = text.rfind("\n\n", 0, money.start_char)
            start = money.start - before
            if paragraph >= 0:
                opening = doc.char_span(paragraph, paragraph + 2, alignment_mode="expand")
                start = max(start, opening.end if opening is not None else 0)
            ranges.append((max(0, start), min(len(doc), money.end + after)))
        merged: list[tuple[int, int]] = []
        for a, b in sorted(ranges):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return merged

    def whole_name(self, span) -> bool:
        """Not cut short ("Tidlig indsats mod overvægt hos") nor run on into the sentence
        about the money ("X finansieres af Region Y med 800 t.kr."), nor longer than a
        name is."""
        last = span[-1]
        return (
            len(span) <= self.max_tokens
            and last.lower_ not in self.stop_words
            and not last.text.endswith(("-", "–"))
            and not any(
                span.start < m.end and m.start < span.end for m in span.doc.spans.get("money", [])
            )
        )

    def run_model(self, docs: list[Doc]) -> list[Doc]:
        self.tokens_run += sum(len(doc) for doc in docs)
        return run_steps(self.steps, docs)
