"""Find organisations by how Danish names are built, and split coordinated lists.

Three mechanisms, all driven by ``extract/data/org_patterns.toml``:

* head noun after a name (``Hvidovre Hospital``) or before it (``Jobcenter Holbæk``);
* one capitalised compound whose ending is the head (``Socialstyrelsen``), extended
  left over suspended compounds (``Ældre- og Handicapforvaltningen``);
* coordinated kommune lists (``Glostrup, Albertslund og Ishøj/Vallensbæk kommuner``,
  ``Holstebro og Herning Kommuner``): one kommune each, looked up in the reference data.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.spans import alternatives, doc_text, first_letters, publish
from kg.model import OrgKind
from kg.names import match_key
from kg.refdata import ReferenceData, load_reference

PATTERNS_PATH = Path(__file__).resolve().parent.parent / "data" / "org_patterns.toml"


@lru_cache(maxsize=4)
def patterns_data(path: Path = PATTERNS_PATH) -> dict:
    """org_patterns.toml as read once per process (three components take tables of it)."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


MAX_NAME_TOKENS = 4
LIST_SEPARATORS = frozenset({",", "og", "/", "samt", "eller", "&"})
MIN_PLACE_LIST = 3
MAX_ROW_GAP = 3  # line breaks between two rows of one table
LIST_HEADS = frozenset({"kommuner", "kommuners", "kommune", "kommunes"})
# "kommunerne Fjell, Sund og Askøy" (Danish, Norwegian, Swedish): a list of kommuner after it.
LIST_LEADS = frozenset({"kommunerne", "kommunene", "kommunane", "kommunerna"})
PLURAL_HEADS = frozenset({"kommuner", "kommuners"})
MAX_CHAPTER_WORDS = 3  # "Sund By i Horsens": the association's name before "i <place>"
# Endings of unit names that are no head noun of their own ("Forebyggelsescenter").
UNIT_ENDINGS = (
    "center",
    "centre",
    "enhed",
    "enheden",
    "afdeling",
    "sekretariat",
    "klinik",
    "stab",
    "hjemmepleje",
    "hjemmeplejen",
)
# Parents a unit may be named after in the genitive ("Gladsaxe Kommunes …").
GENITIVE_PARENTS = ("kommune", "hospital", "sygehus", "universitet", "universitetshospital")
# Adjectives after an article that make no name ("det nye Jobcenter").
ARTICLES = frozenset({"det", "den", "de"})
# A definite head noun may take the place it serves: "Hospitalsenheden i Horsens".
DEFINITE_ENDINGS = ("en", "et")
NOT_NAME_ADJECTIVES = frozenset(
    [
        "nye",
        "samme",
        "hele",
        "gamle",
        "store",
        "lille",
        "første",
        "eneste",
        "daværende",
        "nuværende",
        "lokale",
        "kommunale",
        "regionale",
        "enkelte",
        "øvrige",
        "pågældende",
        "nævnte",
        "relevante",
        "fælles",
        "andre",
        "nationale",
    ]
)
# Plural definite genitives ("Regionernes", "Kommunernes", "Lægernes") that open a name.
PLURAL_GENITIVES = ("ernes", "enes")
# Adjective endings that may open a name before a head ("Fælleskommunalt", "Regionalt",
# "Klinisk"): neuter -t and -isk adjectives.
NAME_ADJECTIVE_ENDINGS = ("alt", "ligt", "isk", "iskt")
ADJECTIVE_ENDINGS = ("sk", "skt", "ig", "igt", "lige", "ske")
_PLURAL_GENITIVE = re.compile(
    r"(?<![\w.-])[A-ZÆØÅ][a-zæøå]+(?:ernes|enes)[ \t]*(?:\n[ \t]*){0,2}"
    r"(?P<noun>[A-ZÆØÅ][a-zæøå]{2,})\b"
)
# A lower-case group name written as a heading line: its words, the prepositions that may
# end a wrapped line, punctuation that shows the line is prose.
MAX_HEADING_WORDS = 16
HEADING_LINKS = frozenset({"på", "i", "for", "af", "til", "om", "med", "og", "inden", "mellem"})
_NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*[a-zæøå][^\n]*")
_HEADING_STOP = re.compile(r"[.,:;()!?]")
MAX_FUZZY_PLACE = 1  # edits allowed when a listed kommune name is misspelt
FUZZY_PLACE_RATIO = 90
# "Universitetet i Bergen", "Høgskolen i Oslo": a school named by the town it is in
SEAT_SCHOOLS = frozenset(
    {"universitetet", "højskolen", "høgskolen", "högskolan", "professionshøjskolen"}
)
MAX_CONTINUED_WORDS = 4  # a lower-case name going on alone on the next line


def _hashes(words) -> np.ndarray:
    return np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)


def _where(column: np.ndarray, hashes: np.ndarray) -> list[int]:
    """Indices whose attribute hash is one of ``hashes``: candidates found in C, not by
    making a Token for every word (each finder's own test then runs on a few tokens)."""
    return np.flatnonzero(np.isin(column, hashes)).tolist()


def _titled(token: Token) -> bool:
    """``Odense``, and hyphenated words that start a name: ``Bo-området``, ``Ringkøbing-Skjern``."""
    text = token.text
    if token.is_title:
        return True
    head, _, rest = text.partition("-")
    return bool(rest) and head[:1].isupper() and head[1:].islower() and rest[:1].isalpha()


def _camel(token: Token) -> bool:
    """``StepWise``, ``WoundVision``: a company's coined word, a capital inside it."""
    text = token.text
    return (
        text[:1].isupper()
        and text.isalpha()
        and any(c.isupper() for c in text[1:])
        and any(c.islower() for c in text)
    )


def _skip_space(doc: Doc, i: int, step: int) -> int:
    """The first index from ``i`` in direction ``step`` that is no whitespace token."""
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return i


def _words_at(doc: Doc, i: int, count: int) -> list[int]:
    """Indices of up to ``count`` non-whitespace tokens from ``i`` on."""
    found = []
    while len(found) < count:
        i = _skip_space(doc, i, 1)
        if i >= len(doc):
            break
        found.append(i)
        i += 1
    return found


@dataclass(frozen=True, slots=True)
class HeadRule:
    """Head words, the kind they make, how long the name beside them may be."""

    heads: tuple[str, ...]
    kind: OrgKind
    name_words: int
    inner: tuple[str, ...]
    any_case: bool = False  # the name may be written in lower case


@dataclass(frozen=True, slots=True)
class OrgPatterns:
    after: tuple[HeadRule, ...]  # head noun after the name
    before: tuple[HeadRule, ...]  # head noun before the name
    endings: tuple[tuple[str, OrgKind], ...]  # compound endings, longest first
    words: dict[str, OrgKind]  # whole words that are names of a kind ("Regionsrådet")
    stop: frozenset[str]
    not_endings: tuple[str, ...] = ()
    not_lower: tuple[str, ...] = ()  # lower-case words no name is made of (verbs, particles)
    bare_indefinite: tuple[str, ...] = ()  # a lone compound ending so is a common noun

    @classmethod
    def load(cls, path: Path = PATTERNS_PATH) -> OrgPatterns:
        data = patterns_data(path)

        def rules(entries: list[dict], name_words: int) -> tuple[HeadRule, ...]:
            return tuple(
                HeadRule(
                    tuple(e["words"]),
                    OrgKind(e["kind"]),
                    e.get("name_words", name_words),
                    tuple(e.get("inner", ["-"])),
                    e.get("any_case", False),
                )
                for e in entries
            )

        endings = sorted(
            ((end, OrgKind(e["kind"])) for e in data["ending"] for end in e["endings"]),
            key=lambda pair: -len(pair[0]),
        )
        words = {w: OrgKind(e["kind"]) for e in data["ending"] for w in e.get("words", [])}
        return cls(
            rules(data["after"], 2),
            rules(data["before"], 1),
            tuple(endings),
            words,
            frozenset(data["stop"]["words"]),
            tuple(data.get("not_endings", {}).get("endings", [])),
            tuple(data["stop"].get("lower", [])),
            tuple(data.get("bare_indefinite", {}).get("endings", [])),
        )

    def is_bare_common_noun(self, word: str) -> bool:
        """``Regionshospital``, ``Kontaktforum``: one compound in the indefinite form of a
        head noun, a common noun when no name stands beside it."""
        lower = word.lower()
        return any(
            lower.endswith(end) and len(lower) > len(end) + 2 for end in self.bare_indefinite
        )

    @property
    def head_words(self) -> frozenset[str]:
        return frozenset(h for rule in (*self.after, *self.before) for h in rule.heads)

    def is_genitive_head(self, word: str) -> bool:
        """``Kommunes``, ``Socialstyrelsens``: a head noun with the genitive s."""
        base = word.lower()[:-1] if word.lower().endswith("s") else ""
        heads = {h.lower() for rule in self.after for h in rule.heads}
        return bool(base) and (base in heads or any(base.endswith(end) for end, _ in self.endings))


@Language.factory(
    "samspil_org_patterns",
    default_config={"spans_key": "org.pattern", "confidence": 0.85, "list_confidence": 0.95},
)
def make_org_patterns(
    nlp: Language, name: str, spans_key: str, confidence: float, list_confidence: float
) -> OrgPatternMatcher:
    return OrgPatternMatcher(nlp, name, spans_key, confidence, list_confidence)


class OrgPatternMatcher:
    def __init__(
        self,
        nlp: Language,
        name: str,
        spans_key: str,
        confidence: float,
        list_confidence: float,
        patterns: OrgPatterns | None = None,
        reference: ReferenceData | None = None,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.confidence = confidence
        self.list_confidence = list_confidence
        self.patterns = patterns or OrgPatterns.load()
        self._ending_kinds: dict[str, OrgKind | None] = {}  # word → the kind its ending tells
        self._ending_ranks: dict[str, int] = {}  # ending or its genitive → its place in the list
        for rank, (ending, _kind) in enumerate(self.patterns.endings):
            for form in (ending, ending + "s"):
                self._ending_ranks.setdefault(form, rank)
        self._longest_ending = max(map(len, self._ending_ranks), default=0)
        reference = reference or load_reference()
        self.kommuner = {
            match_key(text): org
            for org in reference
            if org.kind is OrgKind.MUNICIPALITY
            for form in org.names
            for text in (form, form + " Kommune")
        }
        places = sorted(
            {
                form
                for org in reference
                if org.kind is OrgKind.MUNICIPALITY
                for form in org.names
                if " " not in form.strip() and "kommune" not in form.lower()
            },
            key=len,
            reverse=True,
        )
        place = alternatives(places)
        sep = r"[ \t]*(?:,|/|\bog\b|\bsamt\b)[ \t]*"
        # three or more bare kommune names in a row: "Horsens, Hedensted, Vejle og Kolding"
        starts = first_letters(places)
        self.place_list = re.compile(
            rf"{starts}(?<![\w-])(?:{place})(?:{sep}(?:{place})){{{MIN_PLACE_LIST - 1},}}(?![\w-])"
        )
        self.place_name = re.compile(rf"{starts}(?<![\w-])(?:{place})(?![\w-])")
        # a table row led by a bare kommune name: "Assens 700 428 61,1"
        self.place_row = re.compile(rf"(?m)^[ \t]*(?P<name>{place})s?[ \t]+[\d(.,%-]")
        self.genitive_parents = frozenset(GENITIVE_PARENTS)
        self.first_head_words = frozenset(h.split()[0] for h in self.patterns.head_words)
        self.not_name = frozenset(self.patterns.stop | self.patterns.head_words)
        self.not_lower = frozenset(
            [*(w.lower() for w in self.patterns.stop), *self.patterns.not_lower]
        )
        # head noun after the name: its lower-case forms → rule
        self.after_heads: dict[str, HeadRule] = {}
        for rule in self.patterns.after:
            for h in rule.heads:
                for form in (h.lower(), h.lower() + "s"):
                    self.after_heads.setdefault(form, rule)
        # head noun before the name: its first word → (head words, rule), longest first
        self.before_heads: dict[str, list[tuple[tuple[str, ...], HeadRule]]] = {}
        for rule in self.patterns.before:
            for h in rule.heads:
                words = tuple(h.split())
                self.before_heads.setdefault(words[0], []).append((words, rule))
        for options in self.before_heads.values():
            options.sort(key=lambda option: -len(option[0]))
        self.after_head_hashes = _hashes(self.after_heads)
        self.before_head_hashes = _hashes(self.before_heads)
        self.genitive_parent_hashes = _hashes(p + "s" for p in self.genitive_parents)
        self.article_hashes = _hashes(ARTICLES)
        self.i_hashes = _hashes(["i"])
        self.list_head_hashes = _hashes(LIST_HEADS)
        self.list_lead_hashes = _hashes(LIST_LEADS)
        self.compound_word_hashes = _hashes(self.patterns.words)
        # unit heads written in lower case before a capitalised name: "jobcenter Bazar Vest"
        self.lower_heads = {
            h.lower(): rule
            for rule in self.patterns.before
            if rule.kind is OrgKind.MUNICIPAL_UNIT and not rule.any_case
            for h in rule.heads
            if " " not in h and not h.isupper()
        }
        self.lower_head_hashes = _hashes(self.lower_heads)
        self.seat_school_hashes = _hashes(SEAT_SCHOOLS)

    def _name_token(self, token: Token, any_case: bool) -> bool:
        if any_case:
            return token.is_alpha and len(token) >= 4 and token.lower_ not in self.not_lower
        return _titled(token) and len(token) >= 2 and token.text not in self.not_name

    def _head_spans(self, doc: Doc) -> list[Span]:
        """Names beside a head noun, each extended greedily over the rule's name words."""
        found = []
        n = len(doc)
        orth, lower = self._columns[:, 0], self._columns[:, 1]
        candidates = sorted(
            set(_where(lower, self.after_head_hashes)) | set(_where(orth, self.before_head_hashes))
        )
        for i in _where(orth, self.lower_head_hashes):
            span = self._lower_head_name(doc, i)
            if span is not None:
                found.append(span)
        for i in _where(lower, self.seat_school_hashes):
            span = self._seat_school(doc, i)
            if span is not None:
                found.append(span)
        for i in candidates:
            token = doc[i]
            rule = self.after_heads.get(token.lower_)
            first = i - 1
            # (a company's name may hold coined words: "StepWise Sensors ApS")
            coined = rule is not None and rule.kind is OrgKind.COMPANY
            if (
                rule is not None
                and first >= 0
                and (self._name_token(doc[first], False) or (coined and _camel(doc[first])))
                and not self.patterns.is_genitive_head(doc[first].text)
            ):
                start, words = first, 1
                while words < rule.name_words:
                    j = start - 1
                    if j >= 0 and doc[j].lower_ in rule.inner:
                        j -= 1
                    # "Frederiksberg Hospitals Koordinerende Forskningsenhed": a genitive
                    # head noun names the parent, not this name
                    if (
                        j < 0
                        or not (self._name_token(doc[j], False) or (coined and _camel(doc[j])))
                        or self.patterns.is_genitive_head(doc[j].text)
                    ):
                        break
                    start, words = j, words + 1
                found.append(Span(doc, start, i + 1, label=rule.kind.value))
            for head, rule in self.before_heads.get(token.text, ()):
                positions = _words_at(doc, i, len(head) + 1)
                if len(positions) <= len(head) or any(
                    doc[x].text != w for x, w in zip(positions, head, strict=False)
                ):
                    continue
                k = positions[len(head)]
                if (
                    not rule.any_case
                    and len(head) == 1
                    and head[0].endswith(DEFINITE_ENDINGS)
                    and doc[k].lower_ == "i"
                    and self._is_bare_place(doc, _skip_space(doc, k + 1, 1))
                ):  # "Hospitalsenheden i Horsens"
                    end = _skip_space(doc, k + 1, 1) + 1
                    found.append(Span(doc, i, end, label=rule.kind.value))
                    break
                if rule.any_case and head[-1] == "for":
                    heading = self._heading_name(doc, token, rule.kind.value)
                    if heading is not None:
                        found.append(heading)
                        break
                if not self._name_token(doc[k], rule.any_case):
                    if head[-1] == "for" and self._lower_field(doc, k):
                        # "Dansk Selskab for patientsikkerhed og …": one lower-case field
                        found.append(Span(doc, i, k + 1, label=rule.kind.value))
                        break
                    continue
                end, words = k + 1, 1
                while words < rule.name_words:  # within the name, no line breaks
                    j = end
                    listed = self._listed_names(doc, j, rule)
                    if listed:  # "Ministeriet for Børn, Ligestilling og Sociale Forhold"
                        end = listed
                        break
                    if j < n and doc[j].lower_ in rule.inner:
                        if doc[j].lower_ == "i" and self._is_parent_place(doc, j + 1):
                            break  # "Center for X i Aarhus Kommune": X's parent follows
                        j += 1
                    if j >= n or not self._name_token(doc[j], rule.any_case):
                        break
                    end, words = j + 1, words + 1
                if rule.any_case and head[-1] == "for":
                    end = self._continued_line(doc, end)
                elif not rule.any_case:  # "Rådgivningscenter Kolding/Odense/Esbjerg"
                    while (
                        end + 1 < n
                        and doc[end].text == "/"
                        and _titled(doc[end + 1])
                        and doc[end + 1].text not in self.not_name
                    ):
                        end += 2
                kind = rule.kind
                tail = self.after_heads.get(doc[end].lower_) if end < n else None
                if (
                    tail is not None
                    and tail.kind in (OrgKind.HOSPITAL, OrgKind.COMPANY)
                    and tail.name_words > 1
                    and not rule.any_case
                ):  # "Helse Vest RHF", "Fonden Xyz A/S"
                    end, kind = end + 1, tail.kind
                found.append(self._cut_at_next_name(Span(doc, i, end, label=kind.value)))
                break
        return found

    @staticmethod
    def _next_on_line(doc: Doc, i: int) -> int | None:
        """The next word after token ``i`` if no line break comes between them."""
        j = i + 1
        while j < len(doc) and doc[j].is_space:
            if "\n" in doc[j].text:
                return None
            j += 1
        return j if j < len(doc) else None

    def _lower_head_name(self, doc: Doc, i: int) -> Span | None:
        """``jobcenter Bazar Vest``, ``misbrugscenter Brydehuset``: a unit head in lower case
        before a capitalised name of one or two words; a one-word definite name
        (``Brydehuset``) is the name alone, the head only says what it is."""
        rule = self.lower_heads[doc[i].text]
        k = self._next_on_line(doc, i)
        if k is None or not self._name_token(doc[k], False) or self._is_place(doc[k]):
            return None
        end = k + 1
        nxt = self._next_on_line(doc, k)
        if (
            nxt is not None
            and self._name_token(doc[nxt], False)
            and not self._starts_name(doc[nxt])
        ):
            end = nxt + 1
        if end == k + 1 and doc[k].lower_.endswith(DEFINITE_ENDINGS) and len(doc[k]) > 5:
            return Span(doc, k, end, label=rule.kind.value)
        return Span(doc, i, end, label=rule.kind.value)

    def _seat_school(self, doc: Doc, i: int) -> Span | None:
        """``Universitetet i Bergen``: a university or college named by its town."""
        if not doc[i].is_title:
            return None
        k = self._next_on_line(doc, i)
        if k is None or doc[k].lower_ != "i":
            return None
        place = self._next_on_line(doc, k)
        if place is None or not self._name_token(doc[place], False):
            return None
        return Span(doc, i, place + 1, label=OrgKind.EDUCATION.value)

    def _continued_line(self, doc: Doc, end: int) -> int:
        """``Avdeling for internasjonalt / samarbeid``: a lower-case group name whose line
        ends goes on over a next line that holds only a few lower-case words (and a line
        break, or the end, after them); else ``end`` as it is."""
        if end >= len(doc) or not doc[end].is_space or doc[end].text.count("\n") != 1:
            return end
        j, words = end + 1, 0
        while j < len(doc) and "\n" not in doc[j].text:
            token = doc[j]
            if not token.is_space:
                if not (token.is_alpha and token.is_lower) or (
                    token.lower_ in self.not_lower and token.lower_ != "og"
                ):
                    return end
                words += 1
                last = j
            j += 1
        if not 1 <= words <= MAX_CONTINUED_WORDS or doc[last].lower_ == "og":
            return end
        return last + 1

    def _heading_name(self, doc: Doc, token: Token, label: str) -> Span | None:
        """``Arbejdsgruppe for kommunikation af strategi for … på \nsocial- og
        sundhedsområdet``: a lower-case group name alone on its line (a heading) is the
        whole line; a line ending in a preposition goes on to the next one."""
        text = doc_text(doc)
        start = token.idx
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            return None
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = text[start:end].split()
        if words and words[-1] in HEADING_LINKS:
            nxt = _NEXT_LINE.match(text, end)
            if nxt is None:
                return None
            end = nxt.end()
            words = text[start:end].split()
        if not 4 <= len(words) <= MAX_HEADING_WORDS or _HEADING_STOP.search(text, start, end):
            return None
        rest = words[2:]
        if not all(w.islower() or (w.endswith("-") and w[:-1].islower()) for w in rest):
            return None
        if any(w in self.not_lower and w not in HEADING_LINKS for w in rest):
            return None
        return doc.char_span(start, end, label=label, alignment_mode="contract")

    def _lower_field(self, doc: Doc, k: int) -> bool:
        """A single lower-case noun after ``<head> for`` that ends the name: punctuation, a
        line break or ``og``/``samt`` + a capitalised word follows."""
        word = doc[k]
        if not (word.is_lower and word.is_alpha and len(word) >= 6):
            return False
        if word.lower_ in self.not_lower:
            return False
        nxt = k + 1
        if nxt >= len(doc) or doc[nxt].is_space or doc[nxt].is_punct:
            return True
        after = _skip_space(doc, nxt + 1, 1)
        return doc[nxt].lower_ in ("og", "samt") and after < len(doc) and _titled(doc[after])

    def _listed_names(self, doc: Doc, j: int, rule: HeadRule) -> int | None:
        """Where a comma list of capitalised words closed by ``og`` + words ends, if the
        tokens from ``j`` on are one (``, Sprog og Integration``); else None."""
        if rule.any_case or rule.name_words < 3 or j >= len(doc) or doc[j].text != ",":
            return None
        i, n = j, len(doc)
        while i < n and doc[i].text == ",":
            if i + 1 >= n or not self._name_token(doc[i + 1], False):
                return None
            i += 2
        if i + 1 >= n or doc[i].lower_ != "og" or not self._name_token(doc[i + 1], False):
            return None
        i += 2
        if i < n and self._name_token(doc[i], False):  # "og Sociale Forhold"
            i += 1
        return i

    def _is_place(self, token: Token) -> bool:
        return token.is_title and match_key(token.text + " Kommune") in self.kommuner

    def _is_bare_place(self, doc: Doc, i: int) -> bool:
        """A kommune's place name not followed by ``Kommune`` (``i Horsens.``)."""
        if i >= len(doc) or not self._is_place(doc[i]):
            return False
        j = _skip_space(doc, i + 1, 1)
        return j >= len(doc) or doc[j].lower_ not in LIST_HEADS

    def _is_parent_place(self, doc: Doc, i: int) -> bool:
        """``Aarhus Kommune``, ``Region Midtjylland`` or a bare place after ``i``."""
        i = _skip_space(doc, i, 1)
        if i >= len(doc):
            return False
        return doc[i].text == "Region" or self._is_place(doc[i])

    def _genitive_units(self, doc: Doc) -> list[Span]:
        """``Gladsaxe Kommunes Forebyggelsescenter``, ``Frederiksberg Hospitals Koordinerende
        Forskningsenhed``: a unit named after its parent in the genitive, one name as a whole."""
        found = []
        n = len(doc)
        for i in _where(self._columns[:, 1], self.genitive_parent_hashes):
            token = doc[i]
            word = token.lower_
            if not (token.is_title and word.endswith("s") and word[:-1] in self.genitive_parents):
                continue
            start = _skip_space(doc, token.i - 1, -1)
            if start < 0 or not self._name_token(doc[start], False):
                continue
            j = _skip_space(doc, token.i + 1, 1)
            end = None
            for _ in range(2):  # the unit: an optional adjective, then its head
                if j >= n or not _titled(doc[j]) or doc[j].text in self.patterns.stop:
                    break
                kind = self._unit_kind(doc[j])
                if kind is not None:
                    end = j + 1
                    break
                j = _skip_space(doc, j + 1, 1)
            # "Hvidovre Kommunes Center for Handicap": the unit's own name goes on
            if end is not None and (end >= n or doc[end].lower_ not in ("for", "-")):
                found.append(Span(doc, start, end, label=kind.value))
        return found

    def _unit_kind(self, token: Token) -> OrgKind | None:
        word = token.lower_
        rule = self.after_heads.get(word)
        if rule is not None:
            return rule.kind
        kind = self._ending_kind(token)
        if kind is not None:
            return kind
        if word.endswith(UNIT_ENDINGS) and not word.endswith(self.patterns.not_endings):
            return OrgKind.MUNICIPAL_UNIT
        return None

    def __call__(self, doc: Doc) -> Doc:
        self._columns = doc.to_array([ORTH, LOWER])
        spans = self._head_spans(doc)
        spans.extend(self._compounds(doc))
        spans.extend(self._article_names(doc))
        spans.extend(self._plural_genitive_names(doc))
        publish(doc, self.spans_key, self.name, self.confidence, filter_spans(spans))
        publish(
            doc,
            self.spans_key + ".genitive",
            self.name,
            self.confidence,
            filter_spans(self._genitive_units(doc)),
        )
        publish(
            doc,
            self.spans_key + ".chapter",
            self.name,
            self.confidence,
            filter_spans(self._chapters(doc)),
        )
        publish(
            doc,
            self.spans_key + ".list",
            self.name,
            self.list_confidence,
            self._kommune_lists(doc) + self._place_lists(doc) + self._table_rows(doc),
        )
        return doc

    def _cut_at_next_name(self, span: Span) -> Span:
        """``Institut for Sundhed og Landsforeningen …``: a name ends before ``og`` + a head,
        or before ``og`` + a capitalised word when the name so far ends in lower case."""
        doc = span.doc
        for i in range(span.start + 2, span.end - 1):
            if doc[i].lower_ in ("og", "samt") and (
                self._starts_name(doc[i + 1])
                # "Avdeling for rusmedisin og Strandvik …": lower case, then a capital
                or (doc[i - 1].is_lower and doc[i + 1].is_title)
            ):
                return Span(doc, span.start, i, label=span.label_)
        return span

    def _starts_name(self, token: Token) -> bool:
        return token.is_title and (
            token.text in self.first_head_words
            or token.text in self.patterns.words
            or self._ending_kind(token) is not None
        )

    def _suspended_head(self, doc: Doc, i: int) -> bool:
        """``Beskæftigelses- og integrationsforvaltningen``: a lower-case compound that ends
        a suspended compound whose first part is capitalised."""
        j = _skip_space(doc, i - 1, -1)
        k = _skip_space(doc, j - 1, -1)
        return (
            k >= 0
            and doc[j].lower_ in ("og", "eller")
            and doc[k].text.endswith("-")
            and doc[k].text[:1].isupper()
        )

    def _compounds(self, doc: Doc) -> list[Span]:
        found = []
        for i in self._compound_candidates(doc):
            token = doc[i]
            if token.text in self.patterns.stop:
                continue
            if not token.is_title and not (
                token.is_lower and self._ending_kind(token) and self._suspended_head(doc, token.i)
            ):
                continue
            kind = self.patterns.words.get(token.text) or self._ending_kind(token)
            if kind is None:
                continue
            start = token.i
            # "Sundheds- og Ældreministeriet": take in suspended compounds on the left
            while True:  # line breaks may stand between the parts
                j = start - 1
                while j >= 0 and doc[j].is_space:
                    j -= 1
                k = j - 1
                while k >= 0 and doc[k].is_space:
                    k -= 1
                if k < 0 or doc[j].lower_ not in ("og", "eller") or not doc[k].text.endswith("-"):
                    break
                start = k
            if start == token.i and self.patterns.is_bare_common_noun(token.text):
                # "et Regionshospital": no name, unless a capitalised adjective names it
                # ("Fælleskommunalt Sundhedssekretariat")
                j = _skip_space(doc, start - 1, -1)
                if not (
                    j >= 0
                    and doc[j].is_title
                    and doc[j].lower_.endswith(NAME_ADJECTIVE_ENDINGS)
                    and doc[j].text not in self.patterns.stop
                ):
                    continue
                start = j
            if start < token.i:
                # "Regionernes Lønnings- og Takstnævn": a plural genitive before it is the owner
                j = _skip_space(doc, start - 1, -1)
                if j >= 0 and doc[j].is_title and doc[j].lower_.endswith(PLURAL_GENITIVES):
                    start = j
            found.append(Span(doc, start, token.i + 1, label=kind.value))
        return found

    def _plural_genitive_names(self, doc: Doc) -> list[Span]:
        """``Mændenes Hjem``, ``Lægernes Hus``: a capitalised plural definite genitive and a
        capitalised noun make a name (a sentence start capitalises one word, not two); the
        noun may stand on the next line."""
        found = []
        for m in _PLURAL_GENITIVE.finditer(doc_text(doc)):
            noun = m["noun"]
            if noun in self.patterns.stop or noun.lower() in self.not_lower:
                continue
            if noun.endswith(ADJECTIVE_ENDINGS):  # "Vikenes Medisinsk …": a place, then a title
                continue
            span = doc.char_span(m.start(), m.end(), label=OrgKind.OTHER.value)
            if span is not None:
                found.append(span)
        return found

    def _article_names(self, doc: Doc) -> list[Span]:
        """``Det administrative Kontaktforum``, ``De Hjemløses Tandklinik``: an article, one
        adjective or genitive, then a unit's head noun make one name."""
        found = []
        for i in _where(self._columns[:, 1], self.article_hashes):
            token = doc[i]
            if token.lower_ not in ARTICLES:
                continue
            words = _words_at(doc, token.i + 1, 2)
            if len(words) < 2 or words[1] != words[0] + 1:
                continue
            adjective, head = doc[words[0]], doc[words[1]]
            if (
                not adjective.is_alpha
                or not adjective.lower_.endswith(("e", "es"))
                or adjective.lower_ in NOT_NAME_ADJECTIVES
                or adjective.lower_.endswith("ere")  # "den tidligere Følgegruppe"
                or adjective.lower_ in self.not_lower
                or not head.text[:1].isupper()
                or head.text in self.patterns.stop
            ):
                continue
            kind = self._unit_kind(head)
            if kind is not None:
                found.append(Span(doc, token.i, head.i + 1, label=kind.value))
        return found

    def _compound_candidates(self, doc: Doc) -> list[int]:
        """Tokens a compound name may end on: a listed word, or a word whose ending tells a kind."""
        orth, lower = self._columns[:, 0], self._columns[:, 1]
        strings, kinds = doc.vocab.strings, self._ending_kinds
        endings = []
        for h in np.unique(lower).tolist():
            word = strings[h]
            if word not in kinds:
                kinds[word] = self._word_ending_kind(word)
            if kinds[word] is not None:
                endings.append(h)
        by_ending = _where(lower, np.array(endings, dtype=np.uint64))
        return sorted(set(_where(orth, self.compound_word_hashes)) | set(by_ending))

    def _ending_kind(self, token: Token) -> OrgKind | None:
        word = token.lower_
        try:
            return self._ending_kinds[word]
        except KeyError:  # a word seen first: asked tens of thousands of times per document
            kind = self._ending_kinds[word] = self._word_ending_kind(word)
            return kind

    def _word_ending_kind(self, word: str) -> OrgKind | None:
        """The kind of the first listed ending (or its genitive) that ``word`` ends on,
        three letters or more after the word's start: one lookup per suffix length."""
        if word.endswith(self.patterns.not_endings):
            return None
        best = None
        for length in range(1, min(len(word) - 3, self._longest_ending) + 1):
            hit = self._ending_ranks.get(word[-length:])
            if hit is not None and (best is None or hit < best):
                best = hit
        return None if best is None else self.patterns.endings[best][1]

    def _place_lists(self, doc: Doc) -> list[Span]:
        """Each kommune of a run of three or more bare kommune names."""
        found = []
        for run in self.place_list.finditer(doc_text(doc)):
            first = doc.char_span(run.start(), run.end(), alignment_mode="expand")
            before = _skip_space(doc, first.start - 1, -1) if first is not None else -1
            if before >= 0 and (
                doc[before].text in self.before_heads or doc[before].text in self.lower_heads
            ):  # "Rådgivningscenter Kolding/Odense/Esbjerg": one unit's places
                continue
            for m in self.place_name.finditer(doc_text(doc), run.start(), run.end()):
                org = self.kommuner.get(match_key(m[0] + " Kommune"))
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if org is not None and span is not None:
                    found.append(
                        Span(doc, span.start, span.end, label="Municipality", kb_id=org.id)
                    )
        return found

    def _table_rows(self, doc: Doc) -> list[Span]:
        """Kommuner leading the rows of a table: three or more rows close together."""
        text = doc_text(doc)
        rows = list(self.place_row.finditer(text))
        runs: list[list[re.Match]] = []
        for m in rows:
            if runs and text.count("\n", runs[-1][-1].end(), m.start()) <= MAX_ROW_GAP:
                runs[-1].append(m)
            else:
                runs.append([m])
        found = []
        for run in runs:
            if len(run) < MIN_PLACE_LIST:
                continue
            for m in run:
                org = self.kommuner.get(match_key(m["name"] + " Kommune"))
                span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="strict")
                if org is not None and span is not None:
                    found.append(
                        Span(doc, span.start, span.end, label="Municipality", kb_id=org.id)
                    )
        return found

    def _kommune_lists(self, doc: Doc) -> list[Span]:
        """Each name of a list ending in ``kommuner`` (or a single ``X kommune``).  A list of
        places none of which is a Danish kommune (``Fjell, Sund og Askøy kommuner``) names
        foreign municipalities: no reference id, so no region."""
        found = []
        lower = self._columns[:, 1]
        for k in _where(lower, self.list_head_hashes):
            head = doc[k]
            if head.lower_ not in LIST_HEADS or head.i == 0:
                continue
            items: list[tuple[int, object]] = []
            i = _skip_space(doc, head.i - 1, -1)
            while i >= 0:
                token = doc[i]
                if self._place_word(token):
                    items.append((i, self._kommune(token.text)))
                elif token.lower_ not in LIST_SEPARATORS:
                    break
                i = _skip_space(doc, i - 1, -1)
            if i >= 0 and _titled(doc[i]) and items and items[-1][0] == i + 1:
                items.pop()  # "Region Nordjylland og X kommuner": the list starts later
            foreign = (
                head.lower_ in PLURAL_HEADS
                and len(items) >= 2
                and items[0][0] == _skip_space(doc, head.i - 1, -1)
            )
            found.extend(self._list_spans(doc, items, foreign))
        for k in _where(lower, self.list_lead_hashes):  # "kommunerne Fjell, Sund og Askøy"
            lead = doc[k]
            if lead.lower_ not in LIST_LEADS:
                continue
            items = []
            i = _skip_space(doc, lead.i + 1, 1)
            if i < len(doc) and doc[i].text in (":", ","):
                i = _skip_space(doc, i + 1, 1)
            while i < len(doc):
                token = doc[i]
                if self._place_word(token):
                    nxt = _skip_space(doc, i + 1, 1)
                    if nxt < len(doc) and _titled(doc[nxt]):
                        break  # "kommunerne Region Syd…": no list of one-word places
                    items.append((i, self._kommune(token.text)))
                elif token.lower_ not in LIST_SEPARATORS or not items:
                    break
                i = _skip_space(doc, i + 1, 1)
            if len(items) >= 2:
                found.extend(self._list_spans(doc, items, True))
        return found

    def _place_word(self, token: Token) -> bool:
        return (
            _titled(token)
            and (token.is_alpha or "-" in token.text)
            and token.text not in self.not_name
            and token.lower_ not in LIST_HEADS
            and token.lower_ not in LIST_LEADS
        )

    def _list_spans(
        self, doc: Doc, items: list[tuple[int, object]], foreign_ok: bool = False
    ) -> list[Span]:
        """Listed Danish kommuner up to the first unknown place; all of them when none is
        Danish and the list may be foreign."""
        if not any(org is not None for _, org in items):
            if not foreign_ok:
                return []
            return [Span(doc, i, i + 1, label=OrgKind.MUNICIPALITY.value) for i, _ in items]
        spans = []
        for i, org in items:
            if org is None:
                break
            spans.append(Span(doc, i, i + 1, label=OrgKind.MUNICIPALITY.value, kb_id=org.id))
        return spans

    def _chapters(self, doc: Doc) -> list[Span]:
        """Local chapters in a list: ``Home-Start i Hedensted, Røde Kors i Skanderborg og
        Sund By i Horsens``: two or more coordinated ``<Name> i <kommune>`` make one
        organisation each (the association's branch in that place)."""
        items: list[tuple[int, int]] = []
        for i in _where(self._columns[:, 1], self.i_hashes):
            token = doc[i]
            if token.lower_ != "i" or token.i == 0:
                continue
            place = _skip_space(doc, token.i + 1, 1)
            if place >= len(doc) or not self._is_bare_place(doc, place):
                continue
            start, words = token.i, 0
            while start - 1 >= 0 and words < MAX_CHAPTER_WORDS:
                prev = doc[start - 1]
                if not _titled(prev) or prev.text in self.patterns.stop:
                    break
                start, words = start - 1, words + 1
            before = _skip_space(doc, start - 1, -1)
            if words and (
                before < 0 or doc[before].lower_ in LIST_SEPARATORS or doc[before].text == ":"
            ):
                items.append((start, place + 1))
        found = []
        for k, (start, end) in enumerate(items):
            linked = any(
                self._separated(doc, a_end, b_start)
                for a_end, b_start in (
                    (end, items[k + 1][0]) if k + 1 < len(items) else (0, 0),
                    (items[k - 1][1], start) if k else (0, 0),
                )
                if b_start
            )
            if linked:
                found.append(Span(doc, start, end, label=OrgKind.ASSOCIATION.value))
        return found

    @staticmethod
    def _separated(doc: Doc, end: int, start: int) -> bool:
        """Only a list separator (and whitespace) between two items."""
        between = [t for t in doc[end:start] if not t.is_space]
        return len(between) == 1 and between[0].lower_ in LIST_SEPARATORS

    def _kommune(self, place: str):
        """The kommune a listed place name denotes, forgiving one slip of the pen
        (``Guldborgssund`` for Guldborgsund) in names of six letters or more."""
        org = self.kommuner.get(match_key(place + " Kommune"))
        if org is not None or len(place) < 6:
            return org
        from rapidfuzz.distance import Levenshtein

        key = match_key(place + " Kommune")
        close = [
            ref
            for other, ref in self.kommuner.items()
            if other[:1] == key[:1]
            and Levenshtein.distance(other, key, score_cutoff=MAX_FUZZY_PLACE) <= MAX_FUZZY_PLACE
        ]
        return close[0] if len({ref.id for ref in close}) == 1 else None
