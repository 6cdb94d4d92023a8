"""The normalising tokenizer: cleans PDF noise, then tokenizes as ``spacy.blank("da")`` does.

spaCy cannot change a Doc's text after tokenization, so cleaning happens here, at the
front door.  The map back to the original offsets travels in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import registry

from extract.normalize import NormalizedText, identity, normalize

OFFSETS_KEY = "samspil.normalized"


class NormalizingTokenizer:
    def __init__(self, base_tokenizer) -> None:
        self.base = base_tokenizer

    def __call__(self, text: str) -> Doc:
        cleaned = normalize(text)
        doc = self.base(cleaned.text)
        doc.user_data[OFFSETS_KEY] = cleaned
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # The pipeline is always built from its config, never saved; these keep spaCy's API whole.
    def to_bytes(self, **kwargs) -> bytes:
        return self.base.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> NormalizingTokenizer:
        self.base.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        self.base.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> NormalizingTokenizer:
        self.base.from_disk(path, **kwargs)
        return self


def normalized_text(doc: Doc) -> NormalizedText:
    """The offset map of a Doc made by this tokenizer (identity for any other Doc)."""
    found = doc.user_data.get(OFFSETS_KEY)
    return found if found is not None else identity(doc.text)


@registry.tokenizers("samspil.NormalizingTokenizer.v1")
def create_normalizing_tokenizer():
    default_factory = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp):
        return NormalizingTokenizer(default_factory(nlp))

    return make
