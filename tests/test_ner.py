"""Tests for the shipped Danish NER (extract/models/da_ner) and its training code."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from extract.ner import MODEL_PATH, add_ner, copy_norm_table, load_ner  # noqa: E402
from extract.ner.convert import align_spaces, normalise_tag, read_iob2, repair_iob  # noqa: E402
from extract.ner.train import DEFAULT_DEV, DEFAULT_TRAIN, train_ner  # noqa: E402

# text -> entities a good model must find; every other entity it finds must be in OPTIONAL.
SENTENCES = {
    "Borgmester Peter Rahbæk Juel fra Odense Kommune mødtes med Mette Frederiksen i København.": {
        ("Peter Rahbæk Juel", "PER"),
        ("Odense Kommune", "ORG"),
        ("Mette Frederiksen", "PER"),
        ("København", "LOC"),
    },
    "Lars Løkke Rasmussen besøgte Aalborg Kommune sammen med Dansk Industri.": {
        ("Lars Løkke Rasmussen", "PER"),
        ("Aalborg Kommune", "ORG"),
    },
    "Direktør Gitte Østergaard og rådmand Søren Windell fortalte om rehabilitering.": {
        ("Gitte Østergaard", "PER"),
        ("Søren Windell", "PER"),
    },
    "Aftalen mellem Region Syddanmark og Aarhus Universitet gælder forskning i Vejle.": {
        ("Region Syddanmark", "ORG"),
        ("Aarhus Universitet", "ORG"),
        ("Vejle", "LOC"),
    },
}


OPTIONAL = {("Dansk Industri", "ORG")}


def ents(doc) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents}


@pytest.fixture(scope="module")
def nlp():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return load_ner()


# --- the shipped model -------------------------------------------------------------------


def test_model_is_shipped_and_small():
    assert Path(__file__).resolve().parent.parent / "extract" / "models" / "da_ner" == MODEL_PATH
    files = [p for p in MODEL_PATH.rglob("*") if p.is_file()]
    assert (MODEL_PATH / "meta.json") in files and (MODEL_PATH / "config.cfg") in files
    assert sum(p.stat().st_size for p in files) <= 25 * 1024 * 1024
    assert not any(p.name in ("optimizer", "model-last") for p in MODEL_PATH.rglob("*"))


def test_loads_offline_and_is_cached(nlp):
    assert nlp.pipe_names == ["tok2vec", "ner", "name_rules"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert load_ner() is nlp


def test_meta_carries_licence_citations_and_scores(nlp):
    meta = json.loads((MODEL_PATH / "meta.json").read_text(encoding="utf-8"))
    assert meta == {**meta, **{k: nlp.meta[k] for k in ("license", "citations")}}
    assert meta["license"] == "CC BY-SA 4.0"
    text = json.dumps(meta, ensure_ascii=False)
    assert "UNER_Danish-DDT" in text and "DaN+" in text and "Danish-DDT" in text
    cites = " ".join(meta["citations"])
    assert "Mayhew" in cites and "Universal NER" in cites and "NAACL 2024" in cites
    assert "Plank" in cites and "DaN+" in cites and "COLING 2020" in cites
    scores = meta["dev_scores"]
    assert set(scores) >= {"micro", "PER", "ORG", "LOC"}
    assert 0.0 < scores["micro"]["f"] <= 1.0


def test_tokenizer_is_blank_danish(nlp):
    blank = spacy.blank("da")
    assert nlp.lang == "da"
    assert nlp.config["nlp"]["tokenizer"] == blank.config["nlp"]["tokenizer"]
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == blank.tokenizer.to_bytes(exclude=["vocab"])
    text = "Hr. Jensen bor i Kbh. og betalte 1.200 kr. d. 3. maj, jf. § 12, stk. 2 (KL's forslag)."
    assert [t.text for t in nlp(text)] == [t.text for t in blank(text)]


@pytest.mark.parametrize("text", sorted(SENTENCES))
def test_tags_danish_sentences(nlp, text):
    found = ents(nlp(text))
    assert SENTENCES[text] <= found
    assert found - SENTENCES[text] <= OPTIONAL


def test_components_can_be_sourced_into_blank_danish(nlp):
    target = spacy.blank("da")
    add_ner(target, rules=True)
    assert target.pipe_names == ["ner_tok2vec", "ner", "name_rules"]
    for text in SENTENCES:
        assert ents(target(text)) == ents(nlp(text))


def test_plain_spacy_sourcing_with_norm_table(nlp):
    target = spacy.blank("da")
    assert copy_norm_table(nlp, target) > 0
    target.add_pipe("tok2vec", source=nlp)
    target.add_pipe("ner", source=nlp)
    target.add_pipe("name_rules", source=nlp)
    for text in SENTENCES:
        assert ents(target(text)) == ents(nlp(text))


# --- name rules (extract/ner/rules.py) -----------------------------------------------


def _with_ents(nlp, text, spans):
    """``text`` tokenised by ``nlp``, with ``spans`` ((words, label), ...) as its entities,
    as if the statistical ner had predicted them; then the name rules run on it."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    out = []
    for words, label in spans:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        out.append(Span(doc, span.start, span.end, label=label))
    doc.ents = out
    return ents(nlp.get_pipe("name_rules")(doc))


def test_rules_add_a_person_from_a_known_first_name(nlp):
    text = "Sådan fortæller den 52-årige Gunnar Halvorsen om sin hverdag."
    assert _with_ents(nlp, text, []) == {("Gunnar Halvorsen", "PER")}
    # a first name before a capitalised common noun names a place or a body, not a person
    assert _with_ents(nlp, "Vi holdt frokost på Karen Blixens Plads i går.", []) == set()
    # the model's own spans win over a new person
    text = "Koncerten i Tivoli Gardens blev udsolgt."
    assert _with_ents(nlp, text, [("Tivoli Gardens", "LOC")]) == {("Tivoli Gardens", "LOC")}


def test_rules_extend_a_person_over_initials_and_first_names(nlp):
    text = "Brevet var underskrevet af P. K. Mortensen fra foreningen."
    assert _with_ents(nlp, text, [("K. Mortensen", "PER")]) == {("P. K. Mortensen", "PER")}
    text = "Til sidst talte Gunnar Halvorsen om budgettet."
    assert _with_ents(nlp, text, [("Halvorsen", "PER")]) == {("Gunnar Halvorsen", "PER")}


def test_rules_read_titles(nlp):
    text = "Fru Abildgaard kom for sent til mødet."
    assert _with_ents(nlp, text, [("Abildgaard", "ORG")]) == {("Abildgaard", "PER")}
    text = "Aftalen blev forhandlet af direktør Mette Kjærgaard i går."
    assert _with_ents(nlp, text, [("direktør Mette Kjærgaard", "PER")]) == {
        ("Mette Kjærgaard", "PER")
    }
    assert _with_ents(nlp, "Brevet gik til hr. Vestergaard.", []) == {("Vestergaard", "PER")}


def test_rules_leave_other_spans_alone(nlp):
    text = "Borgmesteren i Aalborg Kommune rejste til Grækenland med PLO."
    spans = [("Aalborg Kommune", "ORG"), ("Grækenland", "LOC"), ("PLO", "ORG")]
    assert _with_ents(nlp, text, spans) == {(w, label) for w, label in spans}


def test_rules_read_ages_and_verbs_of_saying(nlp):
    # "Tolstrup" and "Vaddum" are in no name list: the cue alone makes them a person
    text = "Ifølge den 61-årige Ingolf Tolstrup gik det godt."
    assert _with_ents(nlp, text, []) == {("Ingolf Tolstrup", "PER")}
    assert _with_ents(nlp, "– Vi er klar, siger Birk Vaddum.", []) == {("Birk Vaddum", "PER")}
    # a genitive before a lower-case noun is an organisation's or a place's
    assert _with_ents(nlp, "– Vi er klar, siger Københavns politidirektør.", []) == set()


def test_rules_read_hyphenated_first_names(nlp):
    text = "Brevet var skrevet af Anne-Mette Qvortrup fra foreningen."
    assert _with_ents(nlp, text, []) == {("Anne-Mette Qvortrup", "PER")}


def test_rules_make_a_person_of_an_organisation_ending_in_a_surname(nlp):
    text = "Derefter spillede Ulrik Jensen solo."
    assert _with_ents(nlp, text, [("Ulrik Jensen", "ORG")]) == {("Ulrik Jensen", "PER")}
    text = "Hun har konto i Salling Bank."
    assert _with_ents(nlp, text, [("Salling Bank", "ORG")]) == {("Salling Bank", "ORG")}


def test_rules_read_the_kind_a_name_is_of(nlp):
    text = "Hun læser ved Mount Holyoke College i USA."
    assert _with_ents(nlp, text, [("Holyoke College", "PER")]) == {("Holyoke College", "ORG")}
    text = "Oppositionspartiet Venstre og firmaet Hartmann protesterede."
    spans = [("Venstre", "PER"), ("Hartmann", "PER")]
    assert _with_ents(nlp, text, spans) == {("Venstre", "ORG"), ("Hartmann", "ORG")}
    text = "Turen gik til provinsen Alberta i Canada."
    assert _with_ents(nlp, text, [("Alberta", "PER")]) == {("Alberta", "LOC")}
    # a surname that is also a word ("Bank") is no institution
    text = "Målet blev scoret af Jesper Bank."
    assert _with_ents(nlp, text, [("Jesper Bank", "PER")]) == {("Jesper Bank", "PER")}


def test_rules_are_configurable_and_keep_their_lexicon(tmp_path):
    from extract.ner.rules import NameRules

    blank = spacy.blank("da")
    rules = blank.add_pipe("samspil_name_rules", config={"new_persons": False, "cues": False})
    assert isinstance(rules, NameRules) and not rules.new_persons and not rules.cues
    doc = rules(blank.make_doc("Sådan fortæller Gunnar Halvorsen om sin hverdag."))
    assert ents(doc) == set()
    rules.to_disk(tmp_path / "r")
    loaded = NameRules("copy", names={}, words=frozenset()).from_disk(tmp_path / "r")
    assert loaded.names == rules.names and loaded.words == rules.words
    assert "gunnar" not in loaded.words and "plads" in loaded.words


def test_meta_scores_are_those_of_the_whole_pipeline(nlp):
    meta = nlp.meta
    assert meta["performance"]["ents_f"] == meta["dev_scores"]["micro"]["f"]
    assert meta["performance"]["ents_per_type"]["PER"] == meta["dev_scores"]["PER"]
    assert meta["dev_scores_without_rules"]["micro"]["f"] <= meta["dev_scores"]["micro"]["f"]


# --- conversion --------------------------------------------------------------------------


def test_tag_normalisation():
    assert normalise_tag("B-PER") == "B-PER"
    assert normalise_tag("I-ORG") == "I-ORG"
    assert normalise_tag("B-MISC") == "O"
    assert normalise_tag("B-LOCderiv") == "O"
    assert normalise_tag("O") == "O"
    assert repair_iob(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_spaces_come_from_the_text_line():
    assert align_spaces(["Det", "er", "KL's", "ide", "."], "Det er KL's ide.") == [
        True,
        True,
        True,
        False,
        False,
    ]
    # tokens that do not match the text: a space after every token but the last
    assert align_spaces(["a", "b"], "x y") == [True, False]


def test_reads_iob2_with_comment_lines(tmp_path):
    f = tmp_path / "mini.iob2"
    f.write_text(
        "# sent_id = x-1\n# text = Mette Frederiksen besøgte SID-huset.\n"
        "1\tMette\tB-PER\tB-PER#O\ts\n2\tFrederiksen\tI-PER\tI-PER#O\ts\n"
        "3\tbesøgte\tO\tO#O\ts\n4\tSID-huset\tB-MISC\tB-ORGpart#O\ts\n5\t.\tO\tO#O\ts\n\n",
        encoding="utf-8",
    )
    (sent,) = list(read_iob2(f))
    assert sent.sent_id == "x-1"
    assert sent.text == "Mette Frederiksen besøgte SID-huset."
    assert sent.tags == ["B-PER", "I-PER", "O", "O", "O"]
    from extract.ner.convert import sentence_to_doc

    doc = sentence_to_doc(spacy.blank("da").vocab, sent)
    assert doc.text == sent.text
    assert ents(doc) == {("Mette Frederiksen", "PER")}


def test_lookups_reproduce_the_shipped_norm_table_and_can_add_names_tsv(nlp):
    pytest.importorskip("spacy_lookups_data")
    from extract.ner.lexicon import ner_lookups

    shipped = nlp.vocab.lookups.get_table("lexeme_norm")
    narrow = ner_lookups(variants=True, names="filtered").get_table("lexeme_norm")  # config's
    assert len(narrow) == len(shipped)
    for form in ("Jensen", "Jensens", "JENSEN", "Holland", "Odense", "Lentz", "Otte", "Aarup"):
        assert narrow.get(form) == shipped.get(form)
    table = ner_lookups(variants=True).get_table("lexeme_norm")  # gazetteer only (exp. 4/9)
    # names.tsv as class norms (experiment 10, not shipped): wider coverage, unioned classes
    wide = ner_lookups(variants=True, names=True).get_table("lexeme_norm")
    assert len(wide) > 4 * len(table)
    assert wide.get("Aarup") == "<efternavn>|<by>" and table.get("Aarup") == "<by>"
    assert wide.get("Bents") == "<fornavn>|<efternavn>"
    # filtered names.tsv (experiment 11, shipped): no Danish words, gazetteer places, short forms
    assert wide.get("Otte") == "<efternavn>" and narrow.get("Otte") != "<efternavn>"
    assert narrow.get("Aarup") == "<by>" and narrow.get("Al") != "<fornavn>"
    assert narrow.get("Lentz") == "<efternavn>" and narrow.get("Lentz") == wide.get("Lentz")
    with pytest.raises(ValueError):
        ner_lookups(names="all")


# --- training ----------------------------------------------------------------------------


@pytest.mark.skipif(
    not (DEFAULT_TRAIN.exists() and DEFAULT_DEV.exists()), reason="UNER Danish-DDT not present"
)
def test_training_runs_end_to_end_on_a_tiny_slice(tmp_path):
    t0 = time.perf_counter()
    out = tmp_path / "ner"
    scores = train_ner(DEFAULT_TRAIN, DEFAULT_DEV, out, max_steps=12, limit=200)
    assert time.perf_counter() - t0 < 60
    assert set(scores) == {"micro", "PER", "ORG", "LOC"}
    assert all(0.0 <= s[k] <= 1.0 for s in scores.values() for k in ("p", "r", "f"))
    trained = spacy.load(out)
    assert trained.pipe_names == ["tok2vec", "ner", "name_rules"]
    assert trained.meta["license"] == "CC BY-SA 4.0"
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))  # exact floats
    assert meta["dev_scores"] == scores
    assert trained.meta["dev_scores"]["micro"]["f"] == pytest.approx(scores["micro"]["f"])
    assert meta["performance"]["ents_f"] == scores["micro"]["f"]
    assert set(trained.meta["dev_scores_without_rules"]) == {"micro", "PER", "ORG", "LOC"}
    assert trained.meta["training"] == {"train_sentences": 200, "dev_sentences": 200}
