"""Samspil's spaCy components; importing this package registers their factories."""

from extract import tokenizer  # noqa: F401
from extract.components import (  # noqa: F401
    collaborations,
    dates,
    money,
    ner_spans,
    org_abbrevs,
    org_fields,
    org_merger,
    org_patterns,
    org_units,
    people,
    pools,
    project_names,
    reference_orgs,
    sections,
)
