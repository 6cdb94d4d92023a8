"""The trained project-name tagger: where it reads, what it publishes, and the projects it
adds that the rules do not find.  Texts are invented; each assertion was read off them."""

from __future__ import annotations

import pytest
import spacy

from extract.components.project_names import ProjectNameTagger
from extract.components.sections import HEADINGS_KEY, TITLES_ATTR
from extract.components.spans import PROJECT_MODEL_KEY, publish
from extract.extractor import Extractor
from extract.ner.project_names import paragraphs, title_forms, title_places
from kg.readers import text_document


def _projects(extraction) -> dict[str, int | None]:
    return {p.title: p.amount and int(p.amount.value) for p in extraction.projects}


@pytest.fixture(scope="module")
def tagger(extractor: Extractor) -> ProjectNameTagger:
    return extractor.nlp.get_pipe("project_names")


def test_the_tagger_runs_after_money_and_before_sections(extractor: Extractor) -> None:
    names = extractor.nlp.pipe_names
    assert names.index("money") < names.index("project_names") < names.index("sections")


# a høringssvar names a running project only in a sentence; its grant is in the next one
NETWORK = (
    "Vores forening står bag Pårørendenetværk Vestkysten, som vores forening driver sammen "
    "med Varde Kommune og Esbjerg Kommune. Netværket fik i 2024 tildelt 900.000 kr. fra en "
    "statslig pulje.\n"
)
# an agenda item's orientation: the name stands in running text, no cue word before it
ORIENTATION = (
    "Punkt 4. Orientering\n\nUdvalget orienteres om Fælles Faldforebyggelse Nordfyn. "
    "Indsatsen drives af Nordfyns Kommune og OUH og har et budget på 1,4 mio. kr. over to år.\n"
)


@pytest.mark.parametrize(
    ("text", "title", "amount"),
    [
        (NETWORK, "Pårørendenetværk Vestkysten", 900_000),
        (ORIENTATION, "Fælles Faldforebyggelse Nordfyn", 1_400_000),
    ],
)
def test_a_name_only_the_model_reads_becomes_a_project_with_its_amount(
    extractor: Extractor, text: str, title: str, amount: int
) -> None:
    doc = extractor.nlp(text)
    assert [s.text for s in doc.spans["project.model"]] == [title]
    extraction = extractor.extract_text(text)
    assert _projects(extraction) == {title: amount}
    # its provenance says the model found it, with the model's confidence
    mention = extraction.projects[0].mentions[0]
    assert (mention.exact, mention.extracted_by, mention.confidence) == (
        title,
        "project_names",
        0.7,
    )
    with extractor.nlp.select_pipes(disable=["project_names"]):
        assert _projects(extractor.extract_text(text)) == {}  # the rules alone miss it


def test_the_model_reads_only_before_and_around_money(
    extractor: Extractor, tagger: ProjectNameTagger
) -> None:
    text = "Baggrund\n\nDer er ingen penge her.\n\n" + NETWORK
    doc = extractor.nlp(text)
    (start, end), *others = tagger.windows(doc)
    # the money's paragraph from its start (within 60 tokens) to the text's end (within 8
    # tokens past the amount); not the paragraphs before it
    assert doc[start:end].text == NETWORK
    assert others == []
    assert tagger.windows(extractor.nlp("Ingen beløb i denne tekst, kun Odense Kommune.")) == []


def test_a_text_without_money_costs_the_model_nothing(tagger: ProjectNameTagger) -> None:
    before = tagger.tokens_run
    doc = tagger(spacy.blank("da")("Projektet Sund By er et samarbejde mellem to kommuner."))
    assert tagger.tokens_run == before
    assert list(doc.spans["project.model"]) == []


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Tidlig indsats mod overvægt hos", False),  # cut before its last word
        ("Sund By finansieres med 800.000 kr.", False),  # runs on into the money
        ("Sund By -", False),
        ("Sund By i Thy", True),
    ],
)
def test_a_name_cut_short_or_run_on_is_dropped(
    extractor: Extractor, tagger: ProjectNameTagger, text: str, whole: bool
) -> None:
    doc = extractor.nlp(text)
    assert tagger.whole_name(doc[:]) is whole


def test_training_marks_each_title_and_its_short_form() -> None:
    assert title_forms("SAMBA (Sammenhængende Beskæftigelse)") == [
        "SAMBA (Sammenhængende Beskæftigelse)",
        "SAMBA",
    ]
    assert title_forms("PiP – Psykiatri i Praksis") == ["PiP – Psykiatri i Praksis", "PiP"]
    text = "Projektet PiP – Psykiatri i\nPraksis begynder nu. PiP koster 1 mio. kr."
    assert [text[a:b] for a, b in title_places(text, ["PiP – Psykiatri i Praksis"])] == [
        "PiP – Psykiatri i\nPraksis",
        "PiP",
    ]
    assert [p for _, p in paragraphs("Et.\n\n  \nTo og\ntre.\n")] == ["Et.", "To og\ntre."]


def _doc_with_tagged(extractor: Extractor, text: str, tagged: list[str]):
    """The pipeline's Doc when the model has tagged ``tagged`` (put in place of the model's
    own spans, so the test does not hang on what it tags)."""
    doc = extractor.nlp.make_doc(text)
    for name, component in extractor.nlp.pipeline:
        if name == "project_names":
            spans = [doc.char_span(text.index(t), text.index(t) + len(t)) for t in tagged]
            publish(doc, PROJECT_MODEL_KEY, name, 0.7, spans)
            continue
        doc = component(doc)
    return doc


def _sections_with_tagged(extractor: Extractor, text: str, tagged: list[str]) -> list[str]:
    """The project titles ``sections`` reads when the model has tagged ``tagged``."""
    doc = _doc_with_tagged(extractor, text, tagged)
    return list(dict.fromkeys(doc.spans[HEADINGS_KEY].attrs[TITLES_ATTR]))


def test_a_name_tagged_later_in_a_paragraph_leaves_the_earlier_project_its_money(
    extractor: Extractor,
) -> None:
    text = (
        "Høringssvar\n\nErfaringerne viser, at det kan lade sig gøre. I Gladsaxe Kommune har "
        "projektet Jordemor i Sundhedsplejen siden 2024 haft to jordemødre ansat. Projektet "
        "har et budget på 1,4 mio. kr. og er finansieret af Sundhedsstyrelsen. Lignende "
        "erfaringer er gjort i Familiehuset Vest i Københavns Kommune, der har fået kr. 2,3 "
        "mio. fra Egmont Fonden.\n"
    )
    doc = _doc_with_tagged(extractor, text, ["Familiehuset Vest"])
    extraction = extractor.assemble(doc, text_document(text))
    assert _projects(extraction) == {
        "Jordemor i Sundhedsplejen": 1_400_000,
        "Familiehuset Vest": 2_300_000,
    }


@pytest.mark.parametrize(
    ("text", "tagged", "titles"),
    [
        # words cut through a body's name, a clause that holds bodies' names
        (
            "Sammen med Rebild Kommune gennemfører Mariagerfjord Kommune projektet TeLiV (Tele "
            "Lungerehabilitering i Vesthimmerland), som har modtaget 420.000 kr. fra "
            "Sundhedsstyrelsen.\n",
            ["Sammen med Rebild", "Mariagerfjord Kommune projektet"],
            ["TeLiV (Tele Lungerehabilitering i Vesthimmerland)"],
        ),
        # a heading the paragraph writes in lower case is a phrase, not a name
        (
            "Tilskud\n\nFælles digital træningsplan\nKernen er en fælles digital træningsplan "
            "for Assens Kommune og OUH. Projektet koster 0,4 mio. kr.\n",
            ["Fælles digital træningsplan"],
            [],
        ),
        # a name the rules found, with its subtitle or a part of it
        (
            "Pressemeddelelse\n\nJob i Balance – samarbejde med de praktiserende læger\n"
            'Aalborg Kommune og Rebild Kommune får 7,1 mio. kr. til "Job i Balance".\n',
            ["Job i Balance – samarbejde med de praktiserende læger", "Balance"],
            ["Job i Balance – samarbejde med de praktiserende læger"],
        ),
        # a tagged short name the text spells out once, after a dash
        (
            "Det vil et nyt forsøg ændre på. PLEJ – Plejehjem med Læge på Besøg – starter i "
            "marts. Med PLEJ får 40 beboere en fast læge for 2,2 mio. kr.\n",
            ["PLEJ"],
            ["PLEJ – Plejehjem med Læge på Besøg"],
        ),
        # and one it did not: a project
        (
            "Vores forening står bag Pårørendenetværk Vestkysten. Netværket fik 900.000 kr.\n",
            ["Pårørendenetværk Vestkysten"],
            ["Pårørendenetværk Vestkysten"],
        ),
        # a name only a pattern reads as a body may be the project the money builds; a body
        # the reference data knows is none
        (
            "Kommunen har afsat 3,8 mio. kr. til Sundhedshus Vesterø, som Region Nordjylland "
            "lejer sig ind i.\n",
            ["Sundhedshus Vesterø", "Region Nordjylland"],
            ["Sundhedshus Vesterø"],
        ),
    ],
)
def test_sections_take_only_the_tagged_names_that_may_be_new_projects(
    extractor: Extractor, text: str, tagged: list[str], titles: list[str]
) -> None:
    assert _sections_with_tagged(extractor, text, tagged) == titles
