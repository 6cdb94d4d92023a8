"""Samspil's spaCy components; importing this package registers their factories."""

from extract import tokenizer  # noqa: F401
from extract.components import org_merger, org_patterns, reference_orgs  # noqa: F401
