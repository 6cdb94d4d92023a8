"""When two organisation names denote one organisation, and when they must not.

Rules, in order (each is pinned down by tests/test_resolution.py):

1. Same match key: case, spacing, hyphen variants, a trailing genitive s
   (``Københavns Kommunes`` = ``københavns kommune``).
2. Same key after folding Danish definite forms of head nouns
   (``Regionshospitalet Randers`` = ``Regionshospital Randers``,
   ``Sundhedscentret Nørrebro`` = ``Sundhedscenter Nørrebro``).
3. Fuzzy, for typos only, behind a guard: same kind, same number of words, all words
   equal but one, that one at least ``min_word_length`` letters on both sides with a
   rapidfuzz ratio of at least ``min_score``, and the same digits
   (``Sundhedsstyrrelsen`` = ``Sundhedsstyrelsen``, ``Købehavn Kommune`` = ``Københavns
   Kommune``; ``Psykiatrisk Center Glostrup`` ≠ ``Psykiatrisk Center Ballerup``,
   ``Jobcenter Vejle`` ≠ ``Jobcenter Vejen``).

A unit is never merged with its parent: their keys differ in the unit's head noun
(``Jobcenter Vallensbæk`` ≠ ``Vallensbæk Kommune``), and no rule ignores a word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg.model import OrgKind
from kg.names import match_key
from kg.refdata import ReferenceData

# Definite (and genitive-definite) forms of head nouns → the indefinite form.
DEFINITE_FORMS = {
    "hospitalet": "hospital",
    "sygehuset": "sygehus",
    "centret": "center",
    "centeret": "center",
    "forvaltningen": "forvaltning",
    "afdelingen": "afdeling",
    "udvalget": "udvalg",
    "rådet": "råd",
    "universitetet": "universitet",
    "sekretariatet": "sekretariat",
    "foreningen": "forening",
    "klinikken": "klinik",
    "skolen": "skole",
}
_DEFINITE = re.compile(r"(" + "|".join(sorted(DEFINITE_FORMS, key=len, reverse=True)) + r")\b")


def org_key(name: str) -> str:
    """Match key with definite forms of head nouns folded, also inside compounds."""
    return _DEFINITE.sub(lambda m: DEFINITE_FORMS[m.group(1)], match_key(name))


@dataclass(frozen=True, slots=True)
class FuzzyGuard:
    min_score: float = 88.0
    min_word_length: int = 5

    def score(self, a: str, b: str) -> float | None:
        """How alike two keys are, if the guard lets them be compared at all; else None."""
        words_a, words_b = a.split(), b.split()
        if len(words_a) != len(words_b) or re.findall(r"\d+", a) != re.findall(r"\d+", b):
            return None
        differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
        if len(differing) != 1:
            return None
        x, y = differing[0]
        if min(len(x), len(y)) < self.min_word_length:
            return None
        score = fuzz.ratio(x, y)
        return score if score >= self.min_score else None


@dataclass(frozen=True, slots=True)
class Match:
    key: str  # the cluster key (or reference id) the name joins
    reason: str


@dataclass
class OrgMatcher:
    """Finds the reference organisation or earlier cluster a name belongs to."""

    reference: ReferenceData
    guard: FuzzyGuard = field(default_factory=FuzzyGuard)
    _reference_keys: dict[str, str] = field(default_factory=dict, init=False)
    _reference_by_kind: dict[OrgKind, dict[str, str]] = field(
        default_factory=lambda: defaultdict(dict), init=False
    )
    _clusters: dict[tuple[OrgKind, str], dict[str, str]] = field(
        default_factory=lambda: defaultdict(dict), init=False
    )

    def __post_init__(self) -> None:
        for ref in self.reference:
            for form in (*ref.names, *ref.abbreviations):
                key = org_key(form)
                self._reference_keys.setdefault(key, ref.id)
                if form in ref.names:
                    self._reference_by_kind[ref.kind].setdefault(key, ref.id)

    def reference_for(self, name: str, kind: OrgKind) -> Match | None:
        """The reference organisation ``name`` denotes, by key or guarded fuzzy match."""
        key = org_key(name)
        if key in self._reference_keys:
            return Match(self._reference_keys[key], "name")
        best = self._fuzzy(key, self._reference_by_kind.get(kind, {}))
        if best:
            ref_key, score = best
            ref_id = self._reference_by_kind[kind][ref_key]
            return Match(ref_id, f"fuzzy match ({score:.0f}) to '{self.reference[ref_id].name}'")
        return None

    def cluster_for(self, name: str, kind: OrgKind) -> Match:
        """The cluster of non-reference organisations ``name`` joins (a new one if none)."""
        key = org_key(name)
        bucket = self._clusters[(kind, str(len(key.split())))]
        if key in bucket:
            return Match(bucket[key], "name")
        best = self._fuzzy(key, bucket)
        if best:
            other, score = best
            bucket[key] = bucket[other]
            return Match(bucket[other], f"fuzzy match ({score:.0f}) to a name of the same kind")
        bucket[key] = key
        return Match(key, "name")

    def _fuzzy(self, key: str, candidates: dict[str, str]) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for other in candidates:
            score = self.guard.score(key, other)
            if score is not None and (best is None or score > best[1]):
                best = (other, score)
        return best
