"""The statistical NER inside the pipeline: it adds organisations the rules miss, only
where the sentence introduces a body, and leaves reference matches to the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractor import Extractor
from kg.model import SourceDocument


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _extract(extractor: Extractor, text: str):
    return extractor.extract(SourceDocument(Path("t.txt"), "t.txt", text, "0" * 64, "t"))


def test_the_pipeline_runs_the_shipped_ner(extractor: Extractor) -> None:
    assert "ner" in extractor.nlp.pipe_names
    assert extractor.nlp.pipe_names.index("ner") < extractor.nlp.pipe_names.index("org_merger")


def test_a_company_after_a_cue_is_added_with_provenance(extractor: Extractor) -> None:
    text = (
        "Borgerne får praktik hos Dansk Supermarked og Jysk, "
        "og Vejle Kommune følger forløbet."
    )
    extraction = _extract(extractor, text)
    by_name = {org.name: org for org in extraction.organisations}
    assert "Dansk Supermarked" in by_name
    mention = by_name["Dansk Supermarked"].mentions[0]
    assert (mention.extracted_by, text[mention.start : mention.end]) == (
        "ner",
        "Dansk Supermarked",
    )
    assert 0.5 < mention.confidence < 0.9  # the model's dev precision for ORG
    # the reference data, not the NER, speaks for a kommune
    assert by_name["Vejle Kommune"].mentions[0].extracted_by == "reference_orgs"


def test_headings_and_sentence_starts_are_not_taken_as_organisations(
    extractor: Extractor,
) -> None:
    text = "Rekruttering\n\nKompetenceudvikling Efteruddannelse\n\n• Styrke samarbejdet.\n"
    names = {org.name for org in _extract(extractor, text).organisations}
    assert names == set()
