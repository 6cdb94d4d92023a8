"""Find amounts in kroner: ``780.000 kr.``, ``72,1 mio. kr.``, ``1,5 mia. kr.``, ``kr. 500.000``,
``to millioner kroner``.

Danish numbers use ``.`` for thousands and ``,`` for decimals.  Each span's value (a
``Decimal`` in kroner) travels in the group's ``values`` attribute, index for index.
Bare numbers in ``Mio. kr.`` tables are read by the section parser, which knows the unit.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path

from spacy.language import Language

from extract.components.spans import ReaderComponent

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "quantities.toml"


def parse_number(text: str) -> Decimal | None:
    """``295.783`` → 295783, ``72,1`` → 72.1, ``3,38`` → 3.38, ``1.500,5`` → 1500.5,
    ``½`` → 0.5, ``2½`` → 2.5."""
    text = text.strip()
    # a group after a dot-grouped number is a group too: "2.350 000" (PDF noise)
    text = re.sub(r"[ \u00a0]", "." if "." in text else "", text)
    if text.endswith("½"):
        whole = parse_number(text[:-1]) if text[:-1] else Decimal(0)
        return None if whole is None or whole % 1 else whole + Decimal("0.5")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+(?:,\d+)?", text):
        text = text.replace(",", ".")
    elif not re.fullmatch(r"\d+(?:\.\d{1,2})?", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


class MoneyReader:
    """Compiles the money expression from the data file; ``find`` returns (start, end, value)."""

    def __init__(self, path: Path = DATA_PATH) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))["money"]
        self.factors: dict[str, int] = {}
        for entry in data["multipliers"]:
            for word in entry["words"]:
                self.factors[word.rstrip(".").lower()] = entry["factor"]
        words = sorted(
            {re.escape(w) for e in data["multipliers"] for w in e["words"]}, key=len, reverse=True
        )
        currency = sorted((re.escape(c) for c in data["currency"]), key=len, reverse=True)
        # PDFs and forms group thousands with a (no-break) space: "1 450 000 kr."; a
        # number already preceded by "<digit> " is no group start (a year before an amount).
        number = (
            r"(?<!\d\s)\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?(?![\d.,]\d)"
            r"|\d{1,3}(?:\.\d{3})+(?:[ \u00a0]\d{3})*(?:,\d+)?|\d*½|\d+(?:,\d+)?"
        )
        mult = "|".join(words)
        cur = "|".join(currency)
        # (a currency word before another number is that number's: "december 2023 DKK 1,6
        # mio." is no 2023 kroner)
        self.after = re.compile(
            rf"(?=[\d½])(?<![\d.,])(?P<num>{number})\s?(?:(?P<mult>{mult})\s?)?(?:{cur})"
            r"(?![\wæøå])(?!\.?[ \t\u00a0]{0,2}\d)",
            re.IGNORECASE,
        )
        self.before = re.compile(
            # (a no-break space and a space may stand between: "kr.\u00a0 1.120.000")
            rf"(?=[kd])(?<![\wæøå])(?:kr\.?|DKK)(?:[ \t\u00a0]{{1,2}}|\n)?"
            rf"(?P<num>{number})(?:\s?(?P<mult>{mult}))?(?![\d\wæøå])",
            re.IGNORECASE,
        )
        # "to millioner kroner", "en halv mio. kr.": the multiplier found first, the number
        # word looked up before it
        self.spelled = {w: Decimal(str(v)) for w, v in data.get("spelled", {}).items()}
        big = sorted(
            {re.escape(w) for e in data["multipliers"] if e["factor"] >= 10**6 for w in e["words"]},
            key=len,
            reverse=True,
        )
        # the currency may go unsaid where the money comes from or goes to: "en halv
        # million fra fonden", "2,4 millioner til projektet"
        self.spelled_mult = re.compile(
            rf"(?=[m])(?<![\wæøå])(?P<mult>{'|'.join(big)})"
            rf"(?:\s?(?:{cur})(?![\wæøå])|(?=\s+(?:fra|til)\b))",
            re.I,
        )
        self.bare_big = re.compile(
            # (or set apart by a comma: "den største bid, 4,2 millioner, til Aarhus Kommune")
            rf"(?=[\d½])(?<![\d.,])(?P<num>{number})\s(?P<mult>{'|'.join(big)})"
            r"(?=,?\s+(?:fra|til)\b)",
            re.I,
        )
        spelled_words = "|".join(
            sorted((re.escape(w) for w in self.spelled), key=len, reverse=True)
        )
        self.spelled_number = re.compile(rf"(?i)(?<![\wæøå])(?P<word>{spelled_words})\s+\Z")
        # "50 mio. puljen": a multiplier with no currency word.  Each expression opens with a
        # lookahead for its first character, so the scan turns other characters away fast.
        self.bare = re.compile(
            rf"(?=[\d½])(?<![\d.,])(?P<num>{number})\s(?P<mult>mio\.|mia\.)", re.I
        )
        # "1.500 t.kr.": a unit that is both multiplier and currency.
        self.thousands = re.compile(
            rf"(?=[\d½])(?<![\d.,])(?P<num>{number})\s?(?P<mult>t\.\s?kr|tkr)\.?(?![\wæøå])", re.I
        )
        # "tkr. 750": the same unit before the number
        self.thousands_before = re.compile(
            rf"(?=[t])(?<![\wæøå])(?P<mult>t\.\s?kr|tkr)\.?\s?(?P<num>{number})(?![\d\wæøå])", re.I
        )

    def value(self, number: str, multiplier: str | None) -> Decimal | None:
        base = parse_number(number)
        if base is None:
            return None
        factor = self.factors.get((multiplier or "").replace(" ", "").rstrip(".").lower(), 1)
        return (base * factor).quantize(Decimal(1)) if factor > 1 else base

    @staticmethod
    def group_tail(text: str, start: int, number: str) -> bool:
        """``000`` in "2023 450 000 kr.": the last group of a spaced number not read whole."""
        return (
            len(number) == 3
            and number.isdigit()
            and start >= 2
            and text[start - 2].isdigit()
            and text[start - 1] in " \u00a0"
        )

    def find(self, text: str) -> list[tuple[int, int, Decimal]]:
        found: list[tuple[int, int, Decimal]] = []
        taken: list[tuple[int, int]] = []
        for pattern in (
            self.after,
            self.before,
            self.thousands,
            self.thousands_before,
            self.bare,
            self.bare_big,
        ):
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if self.group_tail(text, m.start("num"), m["num"]):
                    continue
                value = self.value(m["num"], m["mult"])
                if value is not None:
                    found.append((m.start(), m.end(), value))
                    taken.append((m.start(), m.end()))
        for m in self.spelled_mult.finditer(text):
            word = self.spelled_number.search(text, max(0, m.start() - 12), m.start())
            if word is None or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            factor = self.factors[m["mult"].rstrip(".").lower()]
            value = (self.spelled[word["word"].lower()] * factor).quantize(Decimal(1))
            found.append((word.start(), m.end(), value))
        return sorted(found)


@Language.factory("samspil_money", default_config={"spans_key": "money", "confidence": 0.95})
def make_money(nlp: Language, name: str, spans_key: str, confidence: float) -> MoneyFinder:
    return MoneyFinder(name, spans_key, confidence)


class MoneyFinder(ReaderComponent):
    label = "MONEY"

    def __init__(self, name: str, spans_key: str, confidence: float) -> None:
        super().__init__(name, spans_key, confidence, MoneyReader())
