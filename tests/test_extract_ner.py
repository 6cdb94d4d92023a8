"""The statistical NER inside the pipeline: it adds organisations the rules miss, only
where the sentence introduces a body, and leaves reference matches to the rules."""

from __future__ import annotations

import pytest

from extract.extractor import Extractor


def test_the_pipeline_runs_the_shipped_ner(extractor: Extractor) -> None:
    assert "ner" in extractor.nlp.pipe_names
    assert extractor.nlp.pipe_names.index("ner") < extractor.nlp.pipe_names.index("org_merger")


def test_a_company_after_a_cue_is_added_with_provenance(extractor: Extractor) -> None:
    # an invented company: the reference data (kg/reference/companies.csv) must not know it
    text = "Borgerne får praktik hos Bakkedal Gruppen og Jysk, og Vejle Kommune følger forløbet."
    extraction = extractor.extract_text(text)
    by_name = {org.name: org for org in extraction.organisations}
    assert "Bakkedal Gruppen" in by_name
    mention = by_name["Bakkedal Gruppen"].mentions[0]
    assert (mention.extracted_by, text[mention.start : mention.end]) == (
        "ner",
        "Bakkedal Gruppen",
    )
    assert 0.5 < mention.confidence < 0.9  # the model's dev precision for ORG
    # the reference data, not the NER, speaks for a kommune
    assert by_name["Vejle Kommune"].mentions[0].extracted_by == "reference_orgs"


def test_headings_and_sentence_starts_are_not_taken_as_organisations(
    extractor: Extractor,
) -> None:
    text = "Rekruttering\n\nKompetenceudvikling Efteruddannelse\n\n• Styrke samarbejdet.\n"
    names = {org.name for org in extractor.extract_text(text).organisations}
    assert names == set()


# The component runs the model only on windows around candidates (scope = "candidates");
# scope = "all" is the whole-document run it must agree with.  Names are invented, so the
# reference data and patterns leave them to the NER.
_PREAMBLE = (
    "I de kommende år skal borgerne i højere grad have tilbud om træning i nærmiljøet, "
    "og medarbejderne skal have tid til at følge op på hvert forløb.\n"
    "Erfaringerne samles løbende i en kort rapport til udvalget.\n"
)


def _ner_spans(extractor: Extractor, text: str) -> tuple[list, list]:
    doc = extractor.nlp(text)
    orgs = [(s.start, s.end, s.text, s.label_) for s in doc.spans["ner.org"]]
    return orgs, [(s.start, s.end, s.text) for s in doc.spans["ner.per"]]


@pytest.fixture
def model_calls(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Token counts of the Docs each model run reads."""
    finder = extractor.nlp.get_pipe("ner")
    calls: list[int] = []
    run_model = finder.run_model

    def spy(docs):
        calls.extend(len(doc) for doc in docs)
        return run_model(docs)

    monkeypatch.setattr(finder, "run_model", spy)
    return calls


def test_windows_find_the_same_org_span_as_the_whole_doc(
    extractor: Extractor, model_calls: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    finder = extractor.nlp.get_pipe("ner")
    assert finder.scope == "candidates"  # the shipped config
    text = (
        _PREAMBLE * 3
        + "Kommunen har indgået en aftale om rådgivning, og forløbet evalueres af "
        + "Nordisk Analyseinstitut i foråret.\n"
        + _PREAMBLE * 2
        + "Der er indgået samarbejde med Fjordland Rådgivning om et nyt tilbud.\n"
        + _PREAMBLE
    )
    windowed = _ner_spans(extractor, text)
    n_tokens = len(extractor.nlp.make_doc(text))
    # two short windows, far less than the document
    assert len(model_calls) == 2 and sum(model_calls) < n_tokens / 4
    assert max(model_calls) <= finder.context[0] + 1 + finder.context[1]

    monkeypatch.setattr(finder, "scope", "all")
    model_calls.clear()
    whole = _ner_spans(extractor, text)
    assert model_calls == [n_tokens]
    names = [org[2] for org in windowed[0]]
    assert names == ["Nordisk Analyseinstitut", "Fjordland Rådgivning"]
    assert windowed[0] == whole[0]


def test_no_model_run_without_candidates(extractor: Extractor, model_calls: list[int]) -> None:
    # no capitalised word after a cue; the only one ("Vejle") is the reference data's
    text = _PREAMBLE + "Forløbet varer tolv uger og drives af Vejle Kommune.\n"
    orgs, people = _ner_spans(extractor, text)
    assert model_calls == []
    assert (orgs, people) == ([], [])
    assert "Vejle Kommune" in {o.name for o in extractor.extract_text(text).organisations}


def test_spans_of_a_reference_or_pattern_organisation_are_left_to_it(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Projektet drives af Vejle Kommune."
    assert _ner_spans(extractor, text)[0] == []
    # the whole-document run still publishes it (and the merger drops it)
    monkeypatch.setattr(extractor.nlp.get_pipe("ner"), "scope", "all")
    assert [org[2] for org in _ner_spans(extractor, text)[0]] == ["Vejle Kommune"]
    by_name = {o.name: o for o in extractor.extract_text(text).organisations}
    assert by_name["Vejle Kommune"].mentions[0].extracted_by == "reference_orgs"


def test_an_unknown_scope_is_refused(extractor: Extractor) -> None:
    from extract.components.ner_spans import NerFinder

    with pytest.raises(ValueError, match="scope"):
        NerFinder(extractor.nlp, "ner", "shipped", None, None, scope="everything")
