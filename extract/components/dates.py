"""Find Danish dates: ``1. oktober 2012``, ``01.05.2009``, ``oktober 2012``, ``2009-2012``.

Each span's value is a ``DateValue``: the first and the last day it can mean, so that
``oktober 2012`` can open (1 Oct) or close (31 Oct) a period and ``2009-2012`` is both.
Values travel in the group's ``values`` attribute, index for index.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language

from extract.components.spans import ReaderComponent, first_letters

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "quantities.toml"
YEARS = r"(?:19[5-9]\d|20\d\d)"


@dataclass(frozen=True, slots=True)
class DateValue:
    first: date
    last: date


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


class DateReader:
    def __init__(self, path: Path = DATA_PATH) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))["dates"]
        self.months = {m: i + 1 for i, m in enumerate(data["months"])}
        for i, m in enumerate(data["short_months"]):
            self.months.setdefault(m, min(i + 1, 12) if m != "sept" else 9)
        self.months["dec"] = 12
        names = "|".join(sorted(self.months, key=len, reverse=True))
        month = first_letters(self.months)  # a lookahead: other positions fail at once
        self.patterns = [
            ("dmy", re.compile(rf"(?=\d)(?<!\d)(\d{{1,2}})\.\s?({names})\.?\s+({YEARS})\b", re.I)),
            (
                "numeric",
                re.compile(rf"(?=\d)(?<![\d.])(\d{{1,2}})[./-](\d{{1,2}})[./-]({YEARS})\b"),
            ),
            ("my", re.compile(rf"{month}(?<![\wæøå])({names})\.?\s+({YEARS})\b", re.I)),
            (
                "years",
                re.compile(rf"(?=\d)(?<![\d.,/])({YEARS})\s?[-–]\s?({YEARS}|\d\d)(?!\d|[.,]\d)"),
            ),
        ]

    def _value(self, kind: str, m: re.Match) -> DateValue | None:
        if kind == "dmy":
            day = _safe(int(m[3]), self.months[m[2].lower()], int(m[1]))
            return DateValue(day, day) if day else None
        if kind == "numeric":
            day = _safe(int(m[3]), int(m[2]), int(m[1]))
            return DateValue(day, day) if day else None
        if kind == "my":
            year, month = int(m[2]), self.months[m[1].lower()]
            return DateValue(date(year, month, 1), _month_end(year, month))
        first = int(m[1])
        last = int(m[2]) if len(m[2]) == 4 else first // 100 * 100 + int(m[2])
        if not first < last <= first + 30:
            return None
        return DateValue(date(first, 1, 1), date(last, 12, 31))

    def find(self, text: str) -> list[tuple[int, int, DateValue]]:
        found: list[tuple[int, int, DateValue]] = []
        for kind, pattern in self.patterns:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e, _ in found):
                    continue
                value = self._value(kind, m)
                if value is not None:
                    found.append((m.start(), m.end(), value))
        return sorted(found, key=lambda item: item[0])


@Language.factory("samspil_dates", default_config={"spans_key": "date", "confidence": 0.95})
def make_dates(nlp: Language, name: str, spans_key: str, confidence: float) -> DateFinder:
    return DateFinder(name, spans_key, confidence)


class DateFinder(ReaderComponent):
    label = "DATE"

    def __init__(self, name: str, spans_key: str, confidence: float) -> None:
        super().__init__(name, spans_key, confidence, DateReader())
