"""Find funding pools, their amount and the body that administers them.

Pool names: compounds on ``-puljen`` (``Satspuljen``, ``X og Y-puljen``),
``N mio. kr. puljen``, ``puljen til …`` and a quoted name after ``satspulje``.  The
administering body is an organisation before an administering verb
(``Sundhedsstyrelsen udmøntede …``, ``Regionsrådet har afsat …``) in the pool's own
sentence, else in any sentence of the document that speaks of money or pools.

Published in ``doc.spans["pool"]``; group attrs ``names`` (canonical name), ``admins``
((org start, org end, sentence start, sentence end) or None) and ``values``.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.money import MoneyReader
from extract.components.org_merger import ORGS_KEY
from extract.components.spans import VALUES_ATTR, doc_text, first_letters, publish

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "relations.toml"
POOLS_KEY = "pool"
NAMES_ATTR = "names"
ADMIN_ATTR = "admins"
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


# ". " ends a sentence unless a lower-case word goes on after it: "32 mio. kr. fra puljen",
# "1. februar", "bl.a. med" are one sentence.
# after an amount: money taken out of a pool ("9,6 mio. kr. fra puljen", "… fra den")
_PAID_OUT = re.compile(r"\s*(?:fra|af)\s+(?:[Pp]uljen|den|[A-ZÆØÅ][\wæøå]*-puljen)\b")
# after an amount: money for one project, no size of the pool ("bevilget 2,1 mio. kr. til
# projektet fra puljen"); so is money asked of a pool for a named one ("søge puljen om
# 1,9 mio. kr. til X")
_FOR_PROJECT = re.compile(r"\s+til\s+(?:projektet|et\s+(?:\w+)?projekt|det\s+fælles)")
_ASKED_FOR = re.compile(r"\s+til\s+(?:[A-ZÆØÅ\"“«])")
# a sentence about one project's money ("Projektet har haft et samlet budget på …, hvoraf
# … fra puljen"): no size of the pool
_OF_A_PROJECT = re.compile(r"(?<![\wæøå])(?:projektet|projektets|indsatsen|indsatsens)(?![\wæøå])")
_ASKED = re.compile(r"(?<![\wæøå])om\s+\Z")
_FULL_STOP = re.compile(r"[.!?][ \n](?![a-zæøåéü])")


def _stop_before(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens after its ``. `` (-1 if none)."""
    found = -1
    for m in _FULL_STOP.finditer(text, max(0, start - 2000), start):
        if m.end() <= start:
            found = m.start()
    return found


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (bounded by ``. `` before no lower-case word, or a blank line) around
    ``start:end``."""
    before = (_stop_before(text, start), text.rfind("\n\n", 0, start))
    s = max(i + 2 if i >= 0 else 0 for i in before)
    after = _FULL_STOP.search(text, end)
    stops = [i for i in (after.start() if after else -1, text.find("\n\n", end)) if i >= 0]
    e = min([*stops, len(text)])
    return s, max(e, end)


class PoolReader:
    def __init__(self, path: Path = DATA_PATH) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))["pools"]
        self.money = MoneyReader()
        verbs = "|".join(re.escape(v) for v in sorted(data["admin_verbs"], key=len, reverse=True))
        self.admin_verb = re.compile(rf"(?i){first_letters(data['admin_verbs'])}\b(?:{verbs})\b")
        self.amount_cues = tuple(data["amount_cues"])
        after = first_letters(data["named_after"]) + r"\b(?:" + "|".join(data["named_after"]) + ")"
        self.patterns = [
            re.compile(rf"(?=\d)(?P<name>(?P<num>{_NUMBER})\s?mio\.?\s?kr\.?\s?-?puljen)", re.I),
            re.compile(rf"(?i){after}\s*[\"“”«](?P<name>[^\"“”»\n]{{5,120}})[\"“”»]"),
            re.compile(
                r"(?=[A-ZÆØÅ])(?P<name>(?:[A-ZÆØÅ][\wæøå]*\s(?:og\s|i\s)?){0,3}[A-ZÆØÅ][\wæøå]*-puljen)\b"
            ),
            re.compile(r"(?P<name>\b[Ss]atspuljen)\b"),
            re.compile(
                r"\b(?P<name>[Pp]uljen\s(?:til|for|om)\s[a-zæøå]"
                r"(?:[\wæøå \t-]|\n(?=[a-zæøå])){3,60}?)"
                r"(?=[.,;:(]|\n(?![a-zæøå])|$)"
            ),
        ]

    def find(self, text: str, orgs: list[tuple[int, int]]):
        found = []
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                s, e = m.start("name"), m.end("name")
                if any(s < fe and fs < e for fs, fe, *_ in found):
                    continue
                name = " ".join(m["name"].split())
                name = name[:1].upper() + name[1:]
                value = None
                if "num" in m.groupdict() and m["num"]:
                    value = self.money.value(m["num"], "mio.")
                found.append([s, e, name, None, value])
        for item in found:
            s, e = item[0], item[1]
            sent = sentence_bounds(text, s, e)
            item[3] = self._admin(text, sent, orgs)
            if item[4] is None:
                item[4] = self._size(text, sent)
        if found and any(item[3] is None for item in found):
            fallback = self._document_admin(text, orgs)
            for item in found:
                if item[3] is None:
                    item[3] = fallback
        return [(s, e, n, a, Decimal(v) if v is not None else None) for s, e, n, a, v in found]

    def _size(self, text: str, sent: tuple[int, int]) -> Decimal | None:
        """The pool's amount: in its own sentence, else in the next one if that speaks of
        the pool again (``Puljen blev oprettet … i alt afsat 12 mio. kr. til den``).
        Money paid out of the pool (``udmøntede 9,6 mio. kr. fra puljen``) is its amount
        only where no size is stated."""
        following = sentence_bounds(text, sent[1] + 1, sent[1] + 1) if sent[1] < len(text) else None
        paid_out = None
        for bounds in (sent, following):
            if bounds is None:
                break
            sentence = text[bounds[0] : bounds[1]]
            lowered = sentence.lower()
            if bounds is following and "pulje" not in lowered:
                break
            if not any(c in lowered for c in self.amount_cues) or _OF_A_PROJECT.search(lowered):
                continue
            for start, end, value in self.money.find(sentence):
                if _FOR_PROJECT.match(sentence, end) or (
                    _ASKED.search(sentence[max(0, start - 6) : start])
                    and _ASKED_FOR.match(sentence, end)
                ):
                    continue
                if not _PAID_OUT.match(sentence, end):
                    return value
                paid_out = paid_out if paid_out is not None else value
        return paid_out

    def _admin(self, text, sent, orgs):
        sentence = text[sent[0] : sent[1]]
        verb = self.admin_verb.search(sentence)
        if not verb:
            return None
        vpos = sent[0] + verb.start()
        before = sorted((s, e) for s, e in orgs if sent[0] <= s and e <= vpos)
        if not before:
            return None
        s, e = before[-1]
        # "Sundhedsstyrelsen (SST) udmøntede": the body, not the abbreviation it defines
        if len(before) > 1 and re.fullmatch(r"[ \t]*\(", text[before[-2][1] : s]):
            s, e = before[-2]
        return (s, e, sent[0], sent[1])

    def _document_admin(self, text, orgs):
        for verb in self.admin_verb.finditer(text):
            sent = sentence_bounds(text, verb.start(), verb.end())
            sentence = text[sent[0] : sent[1]].lower()
            if "pulje" in sentence or "mio. kr" in sentence or "midler" in sentence:
                admin = self._admin(text, sent, orgs)
                if admin:
                    return admin
        return None


@Language.factory("samspil_pools", default_config={"confidence": 0.8})
def make_pools(nlp: Language, name: str, confidence: float) -> PoolFinder:
    return PoolFinder(name, confidence)


class PoolFinder:
    def __init__(self, name: str, confidence: float) -> None:
        self.name = name
        self.confidence = confidence
        self.reader = PoolReader()

    def __call__(self, doc: Doc) -> Doc:
        orgs = [(s.start_char, s.end_char) for s in doc.spans.get(ORGS_KEY, [])]
        spans, names, admins, values = [], [], [], []
        for s, e, name, admin, value in self.reader.find(doc_text(doc), orgs):
            span = doc.char_span(s, e, label="POOL", alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            names.append(name)
            admins.append(admin)
            values.append(value)
        publish(doc, POOLS_KEY, self.name, self.confidence, spans)
        group = doc.spans[POOLS_KEY]
        group.attrs[NAMES_ATTR] = names
        group.attrs[ADMIN_ATTR] = admins
        group.attrs[VALUES_ATTR] = values
        return doc
