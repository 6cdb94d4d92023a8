"""Assemble the extraction pipeline from ``extract/pipeline.cfg``.

The pipeline is ``spacy.blank("da")``'s tokenizer wrapped by the normaliser, then the
registered Samspil components in the order the config lists them.  Each component
writes its findings into a named ``doc.spans`` group; ``extract.assemble`` turns the
groups into an ``Extraction``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_CONFIG = Path(__file__).resolve().parent / "pipeline.cfg"


def build_pipeline(
    config_path: Path = DEFAULT_CONFIG, overrides: dict[str, Any] | None = None
) -> Language:
    from spacy import util

    import extract.components  # noqa: F401  (registers the factories)

    config = util.load_config(config_path, overrides=overrides or {}, interpolate=False)
    return util.load_model_from_config(config, auto_fill=True, validate=True)
