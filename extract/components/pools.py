"""Find funding pools, their amount and the body that administers them.

Pool names: compounds on ``-puljen`` (``Satspuljen``, ``X og Y-puljen``), proper
compounds (``Nærhedspuljen``, ``Region Nordjyllands nærhedspulje``), ``N mio. kr.
puljen``, ``puljen til …`` / ``Pulje til …`` up to the verb after it, and a name quoted
or capitalised after ``satspulje``, ``puljen`` or ``uddelingsprogram``.  A pool's amount
is its size: what its own clause says (``Puljens ramme: …``, ``…, der i år fordeler i alt
…``) or money set aside for it, never one project's grant out of it.  The
administering body is an organisation before an administering verb
(``Sundhedsstyrelsen udmøntede …``, ``Regionsrådet har afsat …``) in the pool's own
sentence, else in any sentence of the document that speaks of money or pools.

Published in ``doc.spans["pool"]``; group attrs ``names`` (canonical name), ``admins``
((org start, org end, sentence start, sentence end) or None) and ``values``.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from decimal import Decimal
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.money import MoneyReader
from extract.components.org_merger import ORGS_KEY
from extract.components.section_text import title_key
from extract.components.sections import HEADINGS_KEY, TITLES_ATTR
from extract.components.spans import (
    VALUES_ATTR,
    alternatives,
    doc_text,
    first_letters,
    publish,
)

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "relations.toml"
POOLS_KEY = "pool"
NAMES_ATTR = "names"
VALUE_SPANS_ATTR = "value_spans"  # (start, end) of each pool's stated size, or None
ADMIN_ATTR = "admins"
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


# ". " ends a sentence unless a lower-case word goes on after it: "32 mio. kr. fra puljen",
# "1. februar", "bl.a. med" are one sentence.
_FULL_STOP = re.compile(r"[.!?][ \n](?![a-zæøåéü])")
# A clause about a pool's size ends there too, and at a blank line, a list item or a
# colon closing a line ("fordelt således:\n- Projekt A: 2,35 mio. kr." gives no size).
_CLAUSE_END = re.compile(
    r"[.!?][ \n](?![a-zæøåéü])|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*–·▪»]|\d+[.)])[ \t])|:[ \t]*\n"
)
# after an amount: money for one project, no size of the pool ("bevilget 2,1 mio. kr. til
# projektet fra puljen", "500.000 kr. pr. projekt")
_FOR_PROJECT = re.compile(
    r"\s+(?:til\s+(?:projektet|et\s+(?:\w+)?projekt|det\s+fælles)|(?:pr\.|per)\s+(?:projekt|ansøg))"
)
# after a pool the money was paid out of: a named recipient ("… fra puljen til Fælles
# Ungeteam") makes it one grant
_TO_RECIPIENT = re.compile(r"\s+til\s+(?:projekt|et\s+\w*projekt|[A-ZÆØÅ\"“«])")
# between an amount and the pool it comes from: "9,6 mio. kr. fra puljen", "… fra fondens
# særlige pulje "
_FROM = re.compile(r"\s+fra(?![\wæøå])")
_FROM_POOL = re.compile(r"\s+fra\s+(?:[\wæøå-]+\s+){0,3}[\"“«]?")
# after an amount set aside: where it goes ("afsat 45 mio. kr. til puljen", "… til en pulje")
_TO_TARGET = re.compile(r"\s+(?:i\s+alt\s+)?til\s+(?:(?:en|den|det|denne)\s+)?")
_POOL_WORD = re.compile(r"(?i)pulje|uddelingsprogram")
# a pool referred back to: "Puljen", "Puljens ramme", "fra udviklingspuljen"
_ANAPHOR = re.compile(
    r"(?=[Pp]|[a-zæøå])(?<![\wæøå-])(?:[Pp]uljens?|[a-zæøå]{3,}puljens?)(?![\wæøå-])"
)
# the pool an amount was set aside for, referred back to or introduced
_TARGET_ANAPHOR = re.compile(r"(?:[Pp]uljen|[Pp]uljerne|denne\s+pulje|den(?=\s*[.,;!?\n]))\b")
_TARGET_INDEFINITE = re.compile(r"(?:[a-zæøå]+\s+){0,2}pulje(?![\wæøå])")  # "en (ny) pulje"
_GENITIVE_WORDS = re.compile(r"(?:[\wæøå-]+s\s+){0,3}")
# a year or period closing a pool's name: "Pulje til X 2025-2027"
_POOL_KEY_YEAR = re.compile(r"\s+\d{4}(?:\s?[–-]\s?\d{2,4})?\Z")
_WORD_EDGE = re.compile(r"^[^\wæøå]+|[^\wæøå]+$")


# a pool named for what it pays: "Puljen til styrket rehabilitering" (not when that is a project
# the text names: "fra § 18-puljen til X" is the money's way to X)
_POOL_PURPOSE = re.compile(r"(?i)\w*puljen?[ \t]+til[ \t]+(?P<purpose>.+)")


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, a space matching any white space."""
    return alternatives(words, longest_first=True, any_space=True)


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


def _windows(text: str) -> list[list[int]]:
    """Stretches of text around each pool word: every pool name and reference lies in
    one, so the name patterns need not scan the rest of a long document."""
    windows: list[list[int]] = []
    for m in _POOL_WORD.finditer(text):
        lo, hi = max(0, m.start() - 150), m.end() + 300
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return windows


def _clause_end(text: str, pos: int, limit: int = 400) -> int:
    """Where the clause going on at ``pos`` ends: what it says of a pool stops there."""
    found = _CLAUSE_END.search(text, pos, pos + limit)
    return found.start() if found else min(len(text), pos + limit)


def _clause_start(text: str, pos: int, limit: int = 300) -> int:
    """Where the clause holding ``pos`` opens: a verb before an amount counts from there."""
    start = max(0, pos - limit)
    for m in _CLAUSE_END.finditer(text, start, pos):
        start = m.end()
    return start


class PoolReader:
    def __init__(self, path: Path = DATA_PATH) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))["pools"]
        self.money = MoneyReader()
        verbs = alternatives(data["admin_verbs"], longest_first=True)
        self.admin_verb = re.compile(rf"(?i){first_letters(data['admin_verbs'])}\b(?:{verbs})\b")
        self.openers = frozenset(data["name_openers"])
        after = first_letters(data["named_after"]) + r"\b(?:" + "|".join(data["named_after"]) + ")"
        unquoted = _alternation(data["named_unquoted_after"])
        joiners = _alternation(data["name_joiners"])
        stops = _alternation(data["name_stops"])
        no_purpose = _alternation(data["no_purpose"])
        word = r"[A-ZÆØÅ][\wæøå-]*"
        # "50 mio. kr. puljen", "30 mio.-puljen"; no "… 1 mio. kr. Puljen" over a full stop
        mio_pool = (
            rf"(?=\d)(?P<name>(?P<num>{_NUMBER})\s?(?i:mio)\.?\s?(?i:kr)\.?\s?(?:-[Pp]|p)uljen)"
        )
        quoted = rf"(?i){after}\s*[\"“”«](?P<name>[^\"“”»\n]{{5,120}})[\"“”»]"
        hyphened = (
            r"(?=[A-ZÆØÅ])(?P<name>(?:[A-ZÆØÅ][\wæøå]*\s(?:og\s|i\s)?){0,3}"
            r"[A-ZÆØÅ][\wæøå]*-puljen)\b"
        )
        # "puljen til …", "Pulje til …", "Sundhedsstyrelsens pulje til …", "Udviklingspulje
        # for …": up to a verb, a relative word, punctuation, a page footer ("Side 1 af 2")
        # or a line that opens upper-case
        purpose = (
            r"(?=[A-ZÆØÅp])(?P<name>(?:(?<![\wæøå])[Pp]uljen|(?<![\wæøå])Pulje|(?<=s\s)pulje"
            r"|(?<![\wæøå-])[A-ZÆØÅ][a-zæøå]{2,}puljen?)\s(?:til|for|om)\s"
            rf"(?!(?:[\wæøå]+\s+){{0,3}}projekt|(?:{no_purpose})(?![\wæøå]))"
            r"[\wæøå](?:[\wæøå \t–-]|\n(?=[a-zæøå])){2,110}?)"
            rf"(?=\s+(?:og\s+)?(?:{stops})(?![\wæøå])|\s+til\s+(?:[\wæøå]+\s+){{0,2}}projekt"
            r"|\s+til\s+[A-ZÆØÅ]|\s+(?:på|om|med|af)\s+(?:i\s+alt\s+|op\s+til\s+)?(?:\d|kr\b|DKK)"
            r"|\s+i\s+(?:år|\d{4})(?![\wæøå])|[ \t]*[.,;:(\"“”»·]|\s[–-]\s|\s+Side\s+\d"
            r"|[ \t]*\n(?![a-zæøå])|[ \t]*\Z)"
        )
        # a proper compound: "Syddansk Samarbejdspulje", "Region Nordjyllands nærhedspulje"
        owned = (
            rf"(?=[A-ZÆØÅ])(?<![\wæøå-])(?P<name>(?:{word}[ \t]){{1,3}}(?![Ss]ats)"
            rf"[A-ZÆØÅ][a-zæøå]{{2,}}puljen?|(?:{word}[ \t]){{0,2}}{word}s[ \t](?!sats)"
            r"[a-zæøå]{3,}pulje)(?![\wæøå-])"
        )
        # one capitalised compound: "Nærhedspuljen", "Udviklingspuljen er på …"
        compound = r"(?=[A-ZÆØÅ])(?<![\wæøå-])(?P<name>[A-ZÆØÅ][a-zæøå]{2,}puljen?)(?![\wæøå-])"
        # a capitalised name after a pool noun: "puljen Sammenhæng i Sundhed, som …"
        unquoted_name = (
            rf"(?i:(?<![\wæøå])(?:{unquoted}))[ \t]+(?P<name>{word}"
            rf"(?:[ \t]+(?:(?:{joiners})[ \t]+)?{word})*)"
        )
        # (pattern, whether a name it finds must not overlap an organisation); a name
        # overlapping one found by an earlier pattern is dropped
        self.patterns = [
            (re.compile(mio_pool), False),
            (re.compile(quoted), False),
            (re.compile(hyphened), False),
            (re.compile(r"(?P<name>\b[Ss]atspuljen)\b"), False),
            (re.compile(purpose), True),
            (re.compile(owned), False),
            (re.compile(compound), False),
        ]
        self.unquoted_name = re.compile(unquoted_name)
        self.patterns.append((self.unquoted_name, True))
        self.size_cue = re.compile(rf"(?<![\wæøå])(?:{_alternation(data['size_cues'])})")
        self.cue_before = re.compile(
            rf"(?:(?<![\wæøå])(?:{_alternation(data['size_cues_before_amount'])}))\s*\Z"
        )
        distribution = _alternation(data["distribution_verbs"])
        self.distribution = re.compile(rf"(?<![\wæøå])(?:{distribution})(?![\wæøå])")
        self.passive_total = re.compile(
            rf"(?i)(?:(?<![\wæøå])i\s+alt\s+(?:{distribution})|(?:{distribution})\s+(?:der\s+)?i\s+alt)\s+\Z"
        )
        self.set_aside = re.compile(
            rf"(?i)(?<![\wæøå])(?:{_alternation(data['set_aside_verbs'])})(?![\wæøå])"
        )
        self.cue_after = re.compile(
            rf"\s+(?:{_alternation(data['size_cues_after_amount'])})(?![\wæøå])"
        )
        goes_on = _alternation(data["clause_goes_on"])
        self.other_subject = re.compile(rf",\s*(?:og|men|mens|så)\s+(?!(?:{goes_on})(?![\wæøå]))")
        self.not_size = re.compile(rf"(?<![\wæøå])(?:{_alternation(data['not_size_words'])})")
        self.relative = re.compile(
            rf"[\s\"”»]*,\s*(?:{_alternation(data['relative_words'])})(?![\wæøå])"
        )
        self.object_of = re.compile(
            rf"(?i)(?<![\wæøå])(?:{_alternation(data['prepositions'])})\s+"
            # (the pool's owner may stand before it: "af Region Syddanmarks Pulje for …", 'fra
            # Styrelsen for Arbejdsmarked og Rekrutterings "Pulje til …"')
            r"(?:(?:[\wæøå-]+s|den|det|de|en|et|denne|dette|særlige|nye|[\wæøå]*pulje|[\wæøå]*program"
            r"|(?-i:[A-ZÆØÅ][\wæøå-]*)|(?-i:for|og))\s+)*"
            r"[\"“«]?\s*\Z"
        )

    def find(self, text: str, orgs: list[tuple[int, int]], money=None):
        """Pools as (start, end, name, admin, size, size span); ``money`` is the document's
        (start, end, value) amounts, read here when not given. The size span is where the
        text states the size ((start, end) of the amount), or None."""
        windows = _windows(text)
        found = self._names(text, orgs, windows)
        for item in found:
            sent = sentence_bounds(text, item[0], item[1])
            item[3] = self._admin(text, sent, orgs)
        if found and any(item[3] is None for item in found):
            fallback = self._document_admin(text, orgs)
            for item in found:
                if item[3] is None:
                    item[3] = fallback
        for item in found:
            item.append(None)  # the size's span
        if found:
            money = self.money.find(text) if money is None else money
            self._sizes(text, found, money, windows)
        return [
            (s, e, n, a, Decimal(v) if v is not None else None, span)
            for s, e, n, a, v, span in found
        ]

    def _names(self, text: str, orgs: list[tuple[int, int]], windows) -> list[list]:
        found: list[list] = []
        for pattern, not_an_org in self.patterns:
            for m in (m for lo, hi in windows for m in pattern.finditer(text, lo, hi)):
                s, e = m.start("name"), m.end("name")
                words = m["name"].split()
                # "Fra Nærhedspuljen …": a word opening the sentence is no part of the name
                while len(words) > 1 and words[0] in self.openers:
                    s = text.index(words[1], s + len(words[0]))
                    words = words[1:]
                if any(s < fe and fs < e for fs, fe, *_ in found):
                    continue
                if not_an_org and any(s < oe and os_ < e for os_, oe in orgs):
                    continue
                if pattern is self.unquoted_name and (
                    len(m["name"]) < 4 or words[0] in self.openers
                ):
                    continue
                name = " ".join(words)
                name = name[:1].upper() + name[1:]
                value = None
                if "num" in m.groupdict() and m["num"]:
                    value = self.money.value(m["num"], "mio.")
                found.append([s, e, name, None, value])
        found.sort()
        self._same_pools(found)
        return found

    @staticmethod
    def _same_pools(found: list[list]) -> None:
        """One name for the ways a document writes one pool: "Udviklingspuljen" for the
        "Sundhedsklynge Nordsjællands udviklingspulje" it names elsewhere, "Puljen til X" for
        "Pulje til X 2025-2027" (a year or period is the round, not the pool)."""
        keys = [_POOL_KEY_YEAR.sub("", item[2].lower()).removeprefix("puljen ") for item in found]
        keys = [("pulje " + k if k.startswith(("til ", "for ", "om ")) else k) for k in keys]
        for i in range(len(found)):
            if " " not in keys[i]:
                stem = keys[i].removesuffix("n")
                owner = next(
                    (o for o, k in zip(found, keys, strict=True) if " " in k and k.endswith(stem)),
                    None,
                )
                if owner is not None:
                    keys[i] = keys[found.index(owner)]
                else:
                    keys[i] = stem
        chosen: dict[str, str] = {}
        for key, item in zip(keys, found, strict=True):
            name = chosen.get(key)
            if name is None or (_POOL_KEY_YEAR.search(name) and not _POOL_KEY_YEAR.search(item[2])):
                chosen[key] = item[2]
        for key, item in zip(keys, found, strict=True):
            item[2] = chosen[key]

    def _sizes(self, text: str, found: list[list], money: list, windows) -> None:
        """Each pool's size, from the best statement of it: what its own clause says
        (``Puljen har en samlet ramme på …``, ``…, der i år fordeler i alt …``) or money
        set aside for it (``afsatte 45 mio. kr. til puljen``) first, then money handed
        out from it to many (``udmøntede 32 mio. kr. fra puljen``, ``I alt fordeles …``).
        Money one project got or asked for (``tilsagn om 1,2 mio. kr. fra puljen``) is no
        size."""
        money = sorted(money)
        money_starts = [m[0] for m in money]
        starts = [item[0] for item in found]
        mentions = [(item[0], item[1], i) for i, item in enumerate(found)]
        for m in (m for lo, hi in windows for m in _ANAPHOR.finditer(text, lo, hi)):
            if not any(m.start() < item[1] and item[0] < m.end() for item in found):
                mentions.append((m.start(), m.end(), self._referent(starts, m.start())))
        mentions.sort()
        best: dict[int, tuple[int, int, Decimal]] = {
            i: (-1, item[0], item[4]) for i, item in enumerate(found) if item[4] is not None
        }

        def offer(index: int, rank: int, pos: int, value: Decimal) -> None:
            if index not in best or (rank, pos) < best[index][:2]:
                best[index] = (rank, pos, value)

        for s, e, ref in mentions:
            stated = self._stated(text, s, e, money, money_starts)
            if stated:
                offer(ref, *stated)
            handed = self._handed_out(text, s, e, money, money_starts)
            if handed:
                offer(ref, 1, *handed)
        mention_starts = [m[0] for m in mentions]
        for k, (ms, me, value) in enumerate(money):
            after_previous = money[k - 1][1] if k else 0
            target = _TO_TARGET.match(text, me)
            ref = self._target(text, target.end(), found, starts) if target else None
            if ref is not None:
                lo = max(after_previous, _clause_start(text, ms), ms - 100)
                if self.set_aside.search(text, lo, ms):
                    offer(ref, 0, ms, value)
                    continue
            if not _FROM.match(text, me) and self.passive_total.search(
                text, max(after_previous, ms - 40), ms
            ):
                j = bisect_left(mention_starts, ms) - 1
                if j >= 0 and ms - mentions[j][1] < 600:
                    offer(mentions[j][2], 1, ms, value)
        by_name: dict[str, tuple[int, int, Decimal]] = {}
        for i, size in best.items():
            key = found[i][2].lower()
            if key not in by_name or size[:2] < by_name[key][:2]:
                by_name[key] = size
        ends = {ms: me for ms, me, _ in money}
        for item in found:
            size = by_name.get(item[2].lower())
            item[4] = size[2] if size else None
            # where the amount stands ("50 mio. kr. puljen": in the pool's own name)
            item[5] = (size[1], ends[size[1]]) if size and size[1] in ends else None

    def _stated(self, text, s, e, money, money_starts):
        """(rank, position, amount) the pool's own clause states: ``Puljens ramme: …``,
        ``Udviklingspuljen er på …``, ``…, som i alt udmønter …`` (rank 1: handed out)."""
        k = bisect_left(money_starts, e)
        if k == len(money) or money[k][0] >= _clause_end(text, e):
            return None
        ms, me, value = money[k]
        between = text[e:ms]
        if len(between.split()) > 12 or _FOR_PROJECT.match(text, me):
            return None
        lowered = between.lower()
        if self.not_size.search(lowered) or self.other_subject.search(lowered):
            return None
        if (
            not self.relative.match(between)
            and "ramme" not in lowered
            and self.object_of.search(text, max(0, s - 80), s)
        ):
            return None  # "fra puljen er …": the pool is no subject
        if self.distribution.search(lowered):
            return (1, ms, value)
        if (
            self.size_cue.search(lowered)
            or self.cue_before.search(lowered)
            or self.cue_after.match(text, me)
        ):
            return (0, ms, value)
        return None

    def _handed_out(self, text, s, e, money, money_starts):
        """(position, amount) handed out of the pool to many just before it: ``udmøntede
        32 mio. kr. fra puljen``; not money granted to one recipient named after it."""
        k = bisect_left(money_starts, s) - 1
        if k < 0 or money[k][1] > s or not _FROM_POOL.fullmatch(text, money[k][1], s):
            return None
        ms = money[k][0]
        lo = max(money[k - 1][1] if k else 0, _clause_start(text, ms), ms - 80)
        if not self.distribution.search(text, lo, ms) or _TO_RECIPIENT.match(text, e):
            return None
        return (ms, money[k][2])

    def _target(self, text, t, found, starts):
        """The pool an amount is set aside for, from where its ``til`` points: a pool
        named there (after owner words), one referred to (``puljen``, ``den``, ``en
        pulje``), or a pool named elsewhere whose name is written there in lower case."""
        for i, item in enumerate(found):
            if t <= item[0] < t + 60 and _GENITIVE_WORDS.fullmatch(text, t, item[0]):
                return i
        if _TARGET_ANAPHOR.match(text, t):
            return self._referent(starts, t)
        if _TARGET_INDEFINITE.match(text, t):
            # "afsat 50 mio. kr. til en pulje": the pool named nearest
            return min(
                range(len(found)), key=lambda i: min(abs(found[i][0] - t), abs(found[i][1] - t))
            )
        words = text[t : t + 300].lower().split()
        for i, item in enumerate(found):
            name = item[2].lower().split()
            if len(name) >= 3 and [_WORD_EDGE.sub("", w) for w in words[: len(name)]] == name:
                return i
        return None

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

    @staticmethod
    def _referent(starts: list[int], pos: int) -> int:
        """The pool named last before ``pos``, else the first one after it."""
        return max(bisect_left(starts, pos) - 1, 0)


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
        money_group = doc.spans.get("money")
        money = None
        if money_group is not None:
            amounts = money_group.attrs.get(VALUES_ATTR, [])
            money = [
                (m.start_char, m.end_char, v) for m, v in zip(money_group, amounts, strict=True)
            ]
        headings = doc.spans.get(HEADINGS_KEY)
        projects = {title_key(t) for t in headings.attrs[TITLES_ATTR]} if headings else set()
        spans, names, admins, values, value_spans = [], [], [], [], []
        for s, e, name, admin, value, value_span in self.reader.find(doc_text(doc), orgs, money):
            purpose = _POOL_PURPOSE.match(name)
            if purpose and title_key(purpose["purpose"]) in projects:
                continue  # "240.000 kr. fra § 18-puljen til Våg med Omtanke": the project's way
            span = doc.char_span(s, e, label="POOL", alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            names.append(name)
            admins.append(admin)
            values.append(value)
            value_spans.append(value_span)
        publish(doc, POOLS_KEY, self.name, self.confidence, spans)
        group = doc.spans[POOLS_KEY]
        group.attrs[NAMES_ATTR] = names
        group.attrs[ADMIN_ATTR] = admins
        group.attrs[VALUES_ATTR] = values
        group.attrs[VALUE_SPANS_ATTR] = value_spans
        return doc
