"""Name rules that run after the statistical NER: ``samspil_name_rules``.

Why: the CNN tags most names but, on its dev split, misses or cuts persons whose parts
the pipeline already *knows*: a listed first name followed by a capitalised word left
untagged or cut (``Morrison`` for ``<first name> Morrison``), initials before a surname
(``K. J. Philipsen`` tagged as ``J. Philipsen``), a name after an honorific
(``Fru Baumann`` tagged ORG). These are facts of Danish spelling plus a name lexicon, not
something a model trained on 4,400 sentences must learn: on the *train* split's gold,
a listed first name followed by a capitalised word is a person's name 96% of the time
(571 of 597), and a single capital with a full stop before a capitalised word 26 of 27.

The rules only use what the pipeline already carries: the class norms that
:mod:`extract.ner.lexicon` puts in the vocab's ``lexeme_norm`` table (``<fornavn>``,
``<efternavn>``, ``<by>``, ``<land>``), Danish capitalisation (common nouns are lower case),
a wider name list (``data/names.tsv``, Faker and Mimesis), Danish word forms (the lemma
table of spacy-lookups-data) and a short list of Danish honorifics and titles. No dev
sentence went into them.

Each rule can be switched off in the ``[components.name_rules]`` block of the config:

- ``initials``: extend a PER span left over initials (``K.``, ``H.C.``).
- ``first_names``: extend a PER span left over a listed first name, right over a listed
  surname.
- ``new_persons``: tag an untagged run of capitalised words that starts with a listed first
  name (possibly after initials) as PER, unless a later word is a Danish common word
  (``Karen Blixens Plads``) or the run overlaps a span of the model (the model wins).
- ``titles``: a capitalised word or run right after an honorific (``hr.``, ``fru``, ...) or a
  job title (``direktør``, ``borgmester``, ...) is a person; the title itself is never part
  of a PER span.
- ``acronyms`` (off): an all-capital single-word PER span that is no listed name (``IFPI``)
  becomes ORG. Off because on the train split it also turns all-capital names (photo
  credits, headlines) into ORG.
- ``cues``: an untagged capitalised run right after an age (``den 42-årige``) or a verb of
  saying (``siger``, ``fortæller`` …) is a person, unless its last word is a genitive
  before a lower-case noun (``siger Københavns politidirektør``). On the train split's
  gold: after an age 11 of 11 such runs are persons, after these verbs 109 of 111.
- ``surname_orgs``: a model ORG span of two or three capitalised words, none a Danish
  common word, whose last word is a listed surname (``Frits Morrison``) is a person; on the
  train split's gold, spans of that shape are persons 404 of 413 times (the rest are
  ``… Bank``, ``… Finans``, ``Club …``: ``ORG_WORDS`` keeps those organisations).

- ``kinds``: a PER span that ends in an institution's head word (``… University``,
  ``… Hospital``) or follows a noun of an organisation's kind (``oppositionspartiet
  Labour``) is an organisation; after a noun of a place's kind (``provinsen Nova Scotia``)
  a place. On the train split's gold such entities are never persons but twice (``Jesper
  Bank``: ``bank`` is therefore no head word here; ``nationalistpartiet Sinn Fein``).

A hyphenated first name counts as a first name when its first part is one
(``Paul-Loup``, ``Anne-Mette``: on the train split's gold always inside a person's name).

Measured on the dev split (tok2vec + ner alone → with the rules): micro F1 0.762 → 0.768,
PER F1 0.840 → 0.850 with the first four (experiment 9); for the shipped model and all rules
see ``extract/models/NER_MODEL.md``. On the train split's gold, applied to untagged text with
no model, the new-person rule is right 641 of 659 times and the title rule 61 of 62.

The component is saved with the pipeline (``extract/models/da_ner``), so ``spacy.load``
applies it once this module is imported (``import extract.ner`` does it).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .lexicon import CLASS_NORMS, NAMES_PATH

FIRST, LAST, TOWN, COUNTRY = (CLASS_NORMS[c] for c in ("first", "last", "town", "country"))

# Honorifics and titles that stand right before a person's name in Danish text.
TITLES = frozenset(
    [
        "hr",
        "hr.",
        "herr",
        "fru",
        "frk",
        "frk.",
        "frøken",
        "dr",
        "dr.",
        "dr.phil.",
        "dr.med.",
        "prof",
        "prof.",
        "professor",
        "lektor",
        "adjunkt",
        "docent",
        "direktør",
        "borgmester",
        "rådmand",
        "minister",
        "statsminister",
        "udenrigsminister",
        "finansminister",
        "justitsminister",
        "formand",
        "næstformand",
        "forfatter",
        "kaptajn",
        "general",
        "oberst",
        "major",
        "pastor",
        "biskop",
        "præsident",
        "kronprins",
        "prins",
        "prinsesse",
        "dronning",
        "kong",
        "dommer",
        "advokat",
        "overlæge",
        "redaktør",
        "chefredaktør",
        "træner",
        "landstræner",
    ]
)
INITIAL = re.compile(r"^(?:[A-ZÆØÅ]\.){1,3}$")
# Words of company and club names that are also listed surnames ("Salling Bank", "Club
# Brugge"): a span with one of them stays an organisation.
ORG_WORDS = frozenset(
    [
        "bank",
        "finans",
        "holding",
        "invest",
        "kapital",
        "group",
        "gruppen",
        "fond",
        "fonden",
        "forsikring",
        "kredit",
        "club",
        "fc",
        "ab",
        "company",
        "brugge",
    ]
)
# The last word of an institution's name: a PER span ending in one names the institution.
INSTITUTION_HEADS = frozenset(
    [
        "university",
        "universitet",
        "universitetet",
        "college",
        "institute",
        "institut",
        "hospital",
        "sygehus",
        "skole",
        "school",
        "kirke",
        "church",
        "museum",
        "hotel",
        "teater",
        "teatret",
        "klinik",
        "fond",
        "fonden",
    ]
)
# Nouns that name the kind of what follows them: "oppositionspartiet Labour" (ORG),
# "provinsen Nova Scotia" (LOC); a word ending in one counts ("nationalistpartiet").
ORG_KIND_ENDINGS = (
    "partiet",
    "firmaet",
    "selskabet",
    "koncernen",
    "avisen",
    "klubben",
    "foreningen",
    "virksomheden",
    "dagbladet",
    "banken",
    "forlaget",
    "organisationen",
    "fabrikken",
    "kæden",
)
PLACE_KIND_WORDS = frozenset(
    [
        "byen",
        "provins",
        "provinsen",
        "øen",
        "landet",
        "delstaten",
        "bydelen",
        "landsbyen",
        "hovedstaden",
        "floden",
        "sognet",
    ]
)
AGE = re.compile(r"^\d{1,3}-årige?$")  # "den 42-årige Frits Hansen"
# Verbs of saying after which news text names the speaker: "…, siger Lise Holm."
SAYING = frozenset(
    [
        "siger",
        "sagde",
        "fortæller",
        "fortalte",
        "forklarer",
        "forklarede",
        "mener",
        "mente",
        "understreger",
        "tilføjer",
        "påpeger",
        "oplyser",
        "svarer",
        "konstaterer",
        "vurderer",
    ]
)


WORDS_FILE = "words.txt.gz"  # the Danish word table, in the name rules' folder


def read_words(path: str | Path) -> frozenset[str]:
    """A word table written by :meth:`NameRules.to_disk`: one lower-case form per line.
    Read once per file version: the loaded pipeline and ``common_words`` share it (~50 MB)."""
    path = Path(path).resolve()
    return _read_words(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _read_words(path: Path, version: int) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(fh.read().split())


def read_names(path: str | Path = NAMES_PATH) -> dict[str, frozenset[str]]:
    """``names.tsv`` as ``{form: {"<fornavn>", "<efternavn>"}}``."""
    out: dict[str, frozenset[str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, _, classes = line.partition("\t")
            out[form] = frozenset(CLASS_NORMS[c] for c in classes.split(","))
    return out


def danish_words(names: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """Lower-case Danish word forms (spacy-lookups-data's lemma table, its keys and lemmas)
    that are not listed names: a capitalised one inside a run is a common noun
    (``Teatret``, ``Plads``), so the run names a place or a body, not a person."""
    from .lexicon import _danish_lookup

    try:
        table = _danish_lookup("lemma_lookup")
    except ImportError:  # spacy-lookups-data is a training dependency
        return frozenset()
    listed = {form.lower() for form in names or ()}
    forms = {w.lower() for pair in table.items() for w in pair}
    return frozenset(w for w in forms if w.isalpha() and w not in listed)


def _is_initial(token: Token) -> bool:
    return bool(INITIAL.match(token.text))


def _is_cap_word(token: Token) -> bool:
    """A capitalised word (``Hansen``, ``Bech-Nielsen``), not all capitals, not ``K.``."""
    text = token.text
    return len(text) > 1 and text[0].isupper() and text[0].isalpha() and not text.isupper()


class NameRules:
    """Post-NER span rules; see the module docstring for what each flag does and why."""

    def __init__(
        self,
        name: str,
        initials: bool = True,
        first_names: bool = True,
        new_persons: bool = True,
        titles: bool = True,
        acronyms: bool = False,
        max_run: int = 4,
        names: dict[str, frozenset[str]] | None = None,
        words: frozenset[str] | None = None,
        cues: bool = True,
        surname_orgs: bool = True,
        kinds: bool = True,
    ) -> None:
        self.name = name
        self.initials = initials
        self.first_names = first_names
        self.new_persons = new_persons
        self.titles = titles
        self.acronyms = acronyms
        self.cues = cues
        self.surname_orgs = surname_orgs
        self.kinds = kinds
        self.max_run = max_run
        self.names = read_names() if names is None else names
        self.words = danish_words(self.names) if words is None else words

    # -- lexicon -----------------------------------------------------------------------

    def classes(self, token: Token) -> frozenset[str]:
        """Lexicon classes of a word: the vocab's class norm, else ``names.tsv`` (genitive
        ``-s``/``'`` stripped)."""
        norm = token.norm_
        if norm.startswith("<"):
            return frozenset(norm.split("|"))
        text = token.text
        found = self.names.get(text)
        if found is None and len(text) > 3 and text[-1] in "s'":
            found = self.names.get(text[:-1])
        return found or frozenset()

    def is_first_name(self, token: Token) -> bool:
        classes = self.classes(token)
        if _is_cap_word(token) and FIRST in classes and not classes & {TOWN, COUNTRY}:
            return True
        first, _, second = token.text.partition("-")  # "Anne-Mette", "Paul-Loup"
        return (
            second[:1].isupper()
            and second.isalpha()
            and FIRST in self.names.get(first, frozenset())
        )

    def is_surname(self, token: Token) -> bool:
        classes = self.classes(token)
        return _is_cap_word(token) and LAST in classes and not classes & {TOWN, COUNTRY}

    def is_common_word(self, token: Token) -> bool:
        return token.lower_ in self.words and not self.classes(token)

    # -- pipeline ----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        if self.titles:
            ents = self._titles(doc, ents)
        if self.surname_orgs:
            ents = [self._surname_org(e) for e in ents]
        if self.kinds:
            ents = [self._kind(e) for e in ents]
        if self.cues:
            ents = self._cued_persons(doc, ents)
        if self.new_persons:
            ents = self._new_persons(doc, ents)
        if self.initials or self.first_names:
            ents = [self._extend(doc, e, ents) if e.label_ == "PER" else e for e in ents]
        if self.acronyms:
            ents = [self._acronym(e) for e in ents]
        doc.ents = filter_spans(ents)
        return doc

    def _run(self, doc: Doc, i: int) -> int:
        """End of the run of initials and capitalised words from ``i`` (ends on a word)."""
        end = i
        while end < len(doc) and end - i < self.max_run:
            if not (_is_cap_word(doc[end]) or _is_initial(doc[end])):
                break
            end += 1
        while end > i and _is_initial(doc[end - 1]):
            end -= 1
        return end

    def _extend(self, doc: Doc, span: Span, ents: list[Span]) -> Span:
        taken = {t.i for e in ents if e is not span for t in e}
        start, end = span.start, span.end
        while start > 0 and start - 1 not in taken:
            prev = doc[start - 1]
            if (self.initials and _is_initial(prev)) or (
                self.first_names and self.is_first_name(prev)
            ):
                start -= 1
            else:
                break
        while self.first_names and end < len(doc) and end not in taken:
            if not self.is_surname(doc[end]):
                break
            end += 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label_)

    def _new_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        ent_at = {t.i: e for e in ents for t in e}
        out = list(ents)
        i = 0
        while i < len(doc):
            if i > 0 and _is_cap_word(doc[i - 1]):  # inside a longer capitalised run
                i += 1
                continue
            j = i
            while j < len(doc) and _is_initial(doc[j]):
                j += 1
            end = self._run(doc, i)
            if (
                j < len(doc)
                and end >= j + 2
                and self.is_first_name(doc[j])
                and not any(self.is_common_word(doc[k]) for k in range(j + 1, end))
            ):
                if end < len(doc) and _is_cap_word(doc[end]):
                    i = end  # a longer run than max_run: a title, not a name
                    continue
                if not any(k in ent_at for k in range(i, end)):  # the model's spans win
                    out.append(Span(doc, i, end, label="PER"))
                    i = end
                    continue
            i += 1
        return out

    def _titles(self, doc: Doc, ents: list[Span]) -> list[Span]:
        title_at = {t.i for t in doc if t.lower_ in TITLES}
        out: list[Span] = []
        for e in ents:  # the title is not part of the name
            if e.label_ == "PER" and e.start in title_at and len(e) > 1:
                e = Span(doc, e.start + 1, e.end, label="PER")
            out.append(e)
        for i in sorted(title_at):
            nxt = i + 1
            if nxt >= len(doc) or not (_is_cap_word(doc[nxt]) or _is_initial(doc[nxt])):
                continue
            end = self._run(doc, nxt)
            if end <= nxt:
                continue
            inside = [e for e in out if e.start < end and e.end > nxt]
            if not inside:
                out.append(Span(doc, nxt, end, label="PER"))
            elif len(inside) == 1 and inside[0].label_ != "PER" and inside[0].start == nxt:
                ent = inside[0]
                out.remove(ent)
                out.append(Span(doc, nxt, max(end, ent.end), label="PER"))
        return out

    def _surname_org(self, span: Span) -> Span:
        if (
            span.label_ == "ORG"
            and 2 <= len(span) <= 3
            and all(_is_cap_word(t) and not self.is_common_word(t) for t in span)
            and not any(t.lower_ in ORG_WORDS for t in span)
            and self.is_surname(span[-1])
        ):
            return Span(span.doc, span.start, span.end, label="PER")
        return span

    @staticmethod
    def _kind(span: Span) -> Span:
        if span.label_ != "PER":
            return span
        before = span.doc[span.start - 1].lower_ if span.start else ""
        if span[-1].lower_ in INSTITUTION_HEADS or before.endswith(ORG_KIND_ENDINGS):
            return Span(span.doc, span.start, span.end, label="ORG")
        if before in PLACE_KIND_WORDS:
            return Span(span.doc, span.start, span.end, label="LOC")
        return span

    def _cued_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        taken = {t.i for e in ents for t in e}
        out = list(ents)
        for token in doc[:-1]:
            if not (AGE.match(token.text) or token.lower_ in SAYING):
                continue
            start = token.i + 1
            if not _is_cap_word(doc[start]) or self.is_common_word(doc[start]):
                continue
            end = self._run(doc, start)
            if end <= start or any(k in taken for k in range(start, end)):
                continue
            if doc[end - 1].text.endswith("s") and end < len(doc) and doc[end].is_lower:
                continue  # "siger Københavns politidirektør"
            out.append(Span(doc, start, end, label="PER"))
            taken.update(range(start, end))
        return out

    def _acronym(self, span: Span) -> Span:
        token = span[0]
        if (
            len(span) == 1
            and span.label_ == "PER"
            and token.is_upper
            and token.is_alpha
            and len(token) >= 2
            and not self.classes(token)
            and not self.names.get(token.text.title())
        ):
            return Span(span.doc, span.start, span.end, label="ORG")
        return span

    # -- serialisation: the lexicon travels with the pipeline ---------------------------

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = [
            f"{form}\t{','.join(sorted(_CLASS_KEYS[c] for c in classes))}"
            for form, classes in sorted(self.names.items())
        ]
        (path / "names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        data = ("\n".join(sorted(self.words)) + "\n").encode("utf-8")
        # mtime=0: the same words give the same bytes (a rebuilt model shows no binary diff)
        (path / WORDS_FILE).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> NameRules:
        names_file = Path(path) / "names.tsv"
        if names_file.exists():
            self.names = read_names(names_file)
        words_file = Path(path) / WORDS_FILE
        if words_file.exists():
            self.words = read_words(words_file)
        return self


_CLASS_KEYS = {v: k for k, v in CLASS_NORMS.items()}


@Language.factory(
    "samspil_name_rules",
    default_config={
        "initials": True,
        "first_names": True,
        "new_persons": True,
        "titles": True,
        "acronyms": False,
        "max_run": 4,
        "cues": True,
        "surname_orgs": True,
        "kinds": True,
    },
)
def make_name_rules(
    nlp: Language,
    name: str,
    initials: bool,
    first_names: bool,
    new_persons: bool,
    titles: bool,
    acronyms: bool,
    max_run: int,
    cues: bool,
    surname_orgs: bool,
    kinds: bool,
) -> NameRules:
    return NameRules(
        name,
        initials,
        first_names,
        new_persons,
        titles,
        acronyms,
        max_run,
        cues=cues,
        surname_orgs=surname_orgs,
        kinds=kinds,
    )
