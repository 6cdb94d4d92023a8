"""Tables of projects: a header line whose cells are field labels and a title column,
each row below one project (its cells the project's fields); or the same table read out
by a PDF one cell per line."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from extract.components.section_rules import SectionRules
from extract.components.section_text import (
    MAX_TITLE_CHARS,
    TRAILING_PAGE,
    Heading,
    page_furniture,
    tidy_title,
)
from extract.components.spans import alternatives

_HEADER_UNIT = re.compile(
    r"(?P<label>[^(,]+?)\s*(?:\((?P<unit>[^)]*kr\.?|dkk)\)|,\s*(?P<unit2>[^,]*kr\.?|dkk))"
)


# what stands before "kr." in a table's unit: "t.", "1.000 ", "mio. " (``unit_factor``)
UNIT_MULTIPLIER = r"(?:t\.?[ \t]?|1\.000[ \t]|mio\.?[ \t]?)"
# the unit of a table's bare numbers in its caption: "Tabel 1. Bevillinger (t.kr.)"
# (or said in the lines above it: "Beløbene er angivet i 1.000 kr.")
_CAPTION_UNIT = re.compile(
    rf"\((?:i[ \t]+|beløb[ \t]+i[ \t]+)?({UNIT_MULTIPLIER}?kr\.?)\)"
    r"|(?:angivet|anført|opgjort|beløb(?:ene)?(?:[ \t]+er)?)[ \t]+i[ \t]+"
    rf"({UNIT_MULTIPLIER}kr\.?)"
)
# an amount cell: "2.350", "1,8", "2.640.000 kr.", "-"
_NUMBER_CELL = re.compile(
    r"(?:(?:kr\.|DKK)[ \t]*)?\d{1,3}(?:[.\xa0 ]\d{3})*(?:,\d+)?"
    r"(?:[ \t]*(?:kr\.?|mio\.(?:[ \t]*kr\.)?|DKK))?"
    r"|[-–—]"
)


def _row_parts(header, row: list[str], places, amount_columns: list[int], caption_factor):
    """A table row's heading (its title cell) and fields (its other cells' kinds and spans,
    of the amount columns only the first whose cell is no nought: an application turned down
    keeps the amount it asked for). ``places``: each cell's (line offset, value, line), and
    where it ends for a title wrapped onto the next line."""
    amount_column = next((i for i in amount_columns if re.search(r"[1-9]", row[i])), None)
    heading, fields = None, []
    for i, (kind, factor, _) in enumerate(header):
        offset, value, line, *wrapped_end = places[i]
        a = offset + len(line) - len(line.lstrip())
        b = wrapped_end[0] if wrapped_end else a + len(value)
        if kind == "title":
            heading = Heading(a, b, tidy_title(row[i]), True, None, offset)
        elif kind and (kind != "budget" or i == amount_column):
            fields.append((kind, a, b, factor or caption_factor))
    return heading, fields


def unit_factor(unit: str | None) -> int | None:
    """``kr.`` → 1, ``t.kr.`` / ``1.000 kr.`` → 1.000, ``mio. kr.`` → 1.000.000."""
    if unit is None:
        return None
    unit = "".join(unit.split()).lower()
    if unit.startswith(("mia", "milliard")):
        return 1_000_000_000
    if unit.startswith(("mio", "mill")):
        return 1_000_000
    if unit.startswith(("t.", "tkr", "tusind", "1.000")):
        return 1_000
    return 1


# the header of a column of amounts in a table read out one cell per line
_AMOUNT_HEADERS = frozenset(
    {"i alt", "total", "samlet", "ansøgt", "bevilget", "tildelt", "indstillet", "tilsagn"}
)


def _amount_priority(labels: list[str], kinds: list[str | None]) -> list[int]:
    """The order in which a table's amount columns give a project's amount: a total's
    ("I alt"), then a granted one's ("Bevilget"), then the others ("Ansøgt")."""
    budgets = [i for i, k in enumerate(kinds) if k == "budget"]
    total = [i for i in budgets if labels[i] in ("i alt", "total", "samlet")]
    granted = [i for i in budgets if re.match(r"bevilg|tilsagn|tildel|indstil", labels[i])]
    return total + granted + [i for i in budgets if i not in total + granted]


def _lower(text: str) -> str:
    """``text`` in lower case, each character for one (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _header_label(cell: str) -> str:
    """A header cell as a label: lower case, no marks, no plural ending in brackets
    ("Partner(e)" → "partner")."""
    return _PLURAL_MARK.sub("", cell.strip(" *:").lower())


_PLURAL_MARK = re.compile(r"\((?:e|er|r|n|ne)\)\Z")
# a grants table's column of who gets the money (in a form, "Modtager:" is the addressee)
_RECIPIENT_HEADERS = frozenset({"modtager", "bevillingsmodtager", "tilskudsmodtager"})


class TableReader:
    """Reads the project tables of a text with the labels of ``rules``."""

    def __init__(self, rules: SectionRules) -> None:
        self.rules = rules
        labels = alternatives(rules.fields, longest_first=True)
        # both read lower-cased text: a pattern of literal words in one case lets the regex
        # engine skip to their first letters, which it cannot do for (?i)
        self.title_word = re.compile(alternatives(sorted(rules.table_title_labels)))
        # a word a table header's other cells hold: a field label or a unit of money
        self.header_word = re.compile(rf"(?:{labels.lower()}|kr\.|dkk|i alt)")

    @staticmethod
    def _cells(line: str, offset: int, wide=None) -> list[tuple[int, int]]:
        """(start, end) of each cell of a table line: cells are split by ``|``, a tab or
        two or more spaces (``wide(i)``: the space at text offset ``i`` stands for several
        in the original, where the cleaning collapsed them)."""
        if line.count("|") >= 2:
            bounds = [(m.start(), m.end()) for m in re.finditer(r"[^|]+", line)]
        else:
            bounds = [(m.start(), m.end()) for m in re.finditer(r"\S(?:\S|[^\S\t\n](?=\S))*", line)]
            if wide is not None:
                split = []
                for a, b in bounds:
                    cut = a
                    for i in range(a, b):
                        if line[i] == " " and wide(offset + i):
                            split.append((cut, i))
                            cut = i + 1
                    split.append((cut, b))
                bounds = split
        cells = []
        for a, b in bounds:
            while a < b and line[a].isspace():
                a += 1
            while b > a and line[b - 1].isspace():
                b -= 1
            if a < b:
                cells.append((offset + a, offset + b))
        return cells

    def read(self, text: str, offsets=None):
        """Tables of projects: [(header line range, [(Heading, [(kind, start, end)])])].

        A header line has a title column (``Projekt``, ``Projektnavn`` …) and at least one
        other cell that is a field label (``Ansøger``, ``Samarbejdspartnere``, ``Tilsagn`` …);
        each row below, up to a blank line or a total (``I alt``), names one project, its
        cells read as the fields of their column.
        """
        wide = None
        if offsets is not None and offsets.original != text:

            def wide(i: int) -> bool:
                a, b = offsets.to_original(i, i + 1)
                return b - a >= 2 or "\t" in offsets.original[a:b]

        def column(i: int, line_offset: int) -> int:
            """Where ``i`` sits on its line in the original text (cleaning collapses spaces)."""
            if offsets is None or offsets.original == text:
                return i - line_offset
            at = offsets.to_original(i, i + 1)[0]
            return at - offsets.original.rfind("\n", 0, at) - 1

        found = []
        lines, offset = [], 0
        for line in text.split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        furniture = page_furniture(text)
        lowered = _lower(text)
        # only lines that hold a title label may be a header (one scan finds them)
        starts = [at for at, _ in lines]
        with_title = sorted(
            {bisect_right(starts, m.start()) - 1 for m in self.title_word.finditer(lowered)}
        )
        for index in with_title:
            offset, line = lines[index]
            if not self.header_word.search(line.lower()):
                continue  # no field column besides the title: no header (splitting is slow)
            cells = self._cells(line, offset, wide)
            if len(cells) < 2:
                continue
            # "Beløb (kr.)", "Tilskud, kr.", "Bevilling (t.kr.)": a label and the unit of
            # its column's bare numbers
            names, factors = [], []
            for a, b in cells:
                label = _header_label(text[a:b])
                m = _HEADER_UNIT.fullmatch(label)
                names.append(m["label"].strip() if m else label)
                factors.append(unit_factor(m["unit"] or m["unit2"]) if m else None)
            kinds = [
                "title"
                if n in self.rules.table_title_labels
                # a column whose header gives a unit of money holds amounts
                else self.rules.fields.get(n) or ("budget" if f is not None else None)
                for n, f in zip(names, factors, strict=True)
            ]
            if kinds.count("title") != 1 or sum(1 for k in kinds if k) < 2:
                continue
            starts = [column(a, offset) for a, _ in cells]
            title_col = starts[kinds.index("title")]
            rows = []
            page_break = False  # a blank line or a page's furniture after some rows
            for row_offset, row in lines[index + 1 :]:
                if not row.strip() or row_offset in furniture or TRAILING_PAGE.search(row):
                    page_break = bool(rows)
                    continue
                if set(row.strip()) <= set("|-:= +"):
                    continue
                row_cells = self._cells(row, row_offset, wide)
                if page_break:
                    # the table goes on after a page break only with rows of all its cells
                    if len(row_cells) != len(cells):
                        break
                    page_break = False
                first = text[row_cells[0][0] : row_cells[0][1]].lower() if row_cells else ""
                if re.match(r"(?:i alt|total|sum)\b", first):
                    break
                if len(row_cells) == len(cells):
                    at_columns = list(range(len(cells)))
                else:
                    at_columns = []
                    for a, _ in row_cells:
                        at = [i for i, st in enumerate(starts) if st <= column(a, row_offset) + 2]
                        at_columns.append(at[-1] if at else 0)
                if (
                    rows
                    and row_cells
                    and len(row_cells) < len(cells)
                    and column(row_cells[0][0], row_offset) > title_col + 2
                ):
                    # a cell running over two lines: the rest of the row above's cells
                    heading, fields = rows[-1]
                    for i, (_a, b) in zip(at_columns, row_cells, strict=True):
                        for n, field in enumerate(fields):
                            if field[0] == kinds[i] and field[3] == i:
                                fields[n] = (field[0], field[1], b, i, field[4])
                                break
                    rows[-1] = (replace(heading, section_end=row_offset + len(row)), fields)
                    continue
                if len(row_cells) < 2:
                    break
                heading, fields = None, []
                for i, (a, b) in zip(at_columns, row_cells, strict=True):
                    kind = kinds[i]
                    value = text[a:b].strip()
                    if kind == "title" and heading is None:
                        title = tidy_title(value)
                        if len(title) >= 3:
                            heading = Heading(
                                a, b, title, True, None, row_offset, row_offset + len(row)
                            )
                    elif kind and value not in ("-", "–", "—"):
                        fields.append((kind, a, b, i, factors[i]))
                if heading is not None:
                    rows.append((heading, fields))
            priority = _amount_priority(names, kinds)
            rows = [
                (h, [(k, a, b, f) for k, a, b, _, f in self._one_amount(text, fields, priority)])
                for h, fields in rows
            ]
            if rows:
                found.append(((offset, offset + len(line)), rows))
        return found + self._vertical_tables(text, lines, with_title)

    @staticmethod
    def _one_amount(text: str, fields: list, priority: list[int]) -> list:
        """A row's fields with one amount: that of the first amount column in ``priority``
        whose cell is no nought (the others are left out)."""
        amounts = {f[3]: f for f in fields if f[0] == "budget"}
        chosen = next(
            (
                i
                for i in priority
                if i in amounts and re.search(r"[1-9]", text[amounts[i][1] : amounts[i][2]])
            ),
            None,
        )
        return [f for f in fields if f[0] != "budget" or f[3] == chosen]

    def _header_cell(self, cell: str) -> tuple[str | None, int | None, str] | None:
        """(kind, unit factor, label) of a table header cell read out on a line of its own,
        or None if the line is no header cell: a field label, a year, "I alt", "Nr.",
        "Beløb (t.kr.)"."""
        lowered = _header_label(cell)
        m = _HEADER_UNIT.fullmatch(lowered)
        if m:
            label = m["label"].strip()
            return (
                self.rules.fields.get(label, "budget"),
                unit_factor(m["unit"] or m["unit2"]),
                label,
            )
        if lowered in self.rules.table_title_labels:
            return "title", None, lowered
        if lowered in self.rules.fields:
            return self.rules.fields[lowered], None, lowered
        if lowered in _AMOUNT_HEADERS:
            return "budget", None, lowered
        if lowered in _RECIPIENT_HEADERS:
            return "owner", None, lowered
        if re.fullmatch(r"(?:19|20)\d\d|nr\.?|#|løbenr\.?", lowered):
            return None, None, lowered  # a year's column (a part) or the rows' numbers
        return None

    @staticmethod
    def _row_fits(row: list[str], header, title_column: int) -> bool:
        """Whether ``row`` reads as a table row under ``header``: no total row, a number
        in each amount and year column, a title of a title's length."""
        if any(re.match(r"(?i)(?:i alt|total|sum)\b", v) for v in row[: title_column + 1]):
            return False
        return len(row[title_column]) <= MAX_TITLE_CHARS and all(
            _NUMBER_CELL.fullmatch(value)
            for value, (kind, _, _) in zip(row, header, strict=True)
            if kind == "budget" or kind is None
        )

    def _vertical_tables(self, text: str, lines: list[tuple[int, str]], with_title: list[int]):
        """Tables a PDF read out one cell per line: the header cells on lines of their own
        (one a title label, "Projekt"), then each row as as many lines, up to a total row;
        blank lines and a page's running header or footer between rows are skipped. Bare
        numbers take the unit of a caption above ("Tabel 1. Bevillinger (t.kr.)"); of
        several amount columns the total's, else the granted one's, is the project's (the
        next one where that cell is nought)."""
        found = []
        titles = self.rules.table_title_labels
        if not any(lines[i][1].strip().lower().strip(" *:") in titles for i in with_title):
            return found  # no title label on a line of its own: no such table
        furniture = page_furniture(text)
        kept = [
            (offset, line.strip(), line)
            for offset, line in lines
            # a footer "STAR · Bevillingsoversigt      Side 1 af 2" too
            if line.strip() and offset not in furniture and not TRAILING_PAGE.search(line)
        ]
        cells = [cell for _, cell, _ in kept]
        for index, cell in enumerate(cells):
            if cell.lower().strip(" *:") not in titles:
                continue
            start = index
            while start > 0 and len(cells[start - 1]) <= 40:
                kind = self._header_cell(cells[start - 1])
                if kind is None or kind[0] not in (None, "owner", "participants"):
                    break  # only the rows' numbers or who is behind stand before the title
                start -= 1
            header = []
            for other in cells[start:]:
                kind = self._header_cell(other) if len(other) <= 40 else None
                if kind is None:
                    break
                header.append(kind)
            width = len(header)
            if width < 3 or sum(1 for k, _, _ in header if k and k != "title") < 1:
                continue
            amount_columns = _amount_priority([h[2] for h in header], [h[0] for h in header])
            title_column = [k for k, _, _ in header].index("title")
            caption = " ".join(cells[max(0, start - 3) : start]).lower()
            unit = _CAPTION_UNIT.search(caption)
            caption_factor = unit_factor(unit[1] or unit[2]) if unit else None
            rows = []
            at = start + width
            while True:
                # the row's lines, one per column; a title cell may wrap onto a second line
                for wrapped in (0, 1):
                    lines_of = [at + i + (wrapped if i > title_column else 0) for i in range(width)]
                    if lines_of[-1] >= len(cells):
                        continue
                    row = [cells[j] for j in lines_of]
                    if wrapped:
                        row[title_column] += " " + cells[lines_of[title_column] + 1]
                    if self._row_fits(row, header, title_column):
                        break
                else:
                    break  # no row: the table ends
                places = [kept[j] for j in lines_of]
                if wrapped:  # (the title's second line ends its cell)
                    next_offset, next_value, next_line = kept[lines_of[title_column] + 1]
                    end = next_offset + len(next_line) - len(next_line.lstrip()) + len(next_value)
                    places[title_column] = (*places[title_column], end)
                heading, fields = _row_parts(header, row, places, amount_columns, caption_factor)
                heading = heading and replace(heading, line_start=kept[at][0])
                last_offset, _, last_line = kept[lines_of[-1]]
                if heading is not None and len(heading.title) >= 3:
                    end = last_offset + len(last_line)
                    rows.append((replace(heading, section_end=end), fields))
                at = lines_of[-1] + 1
            rows = rows or self._column_rows(
                kept, start + width, header, title_column, amount_columns, caption_factor
            )
            if rows:
                found.append(((kept[start][0], kept[start + width - 1][0]), rows))
        return found

    def _column_rows(
        self, kept, first: int, header, title_column: int, amount_columns, caption_factor
    ):
        """The rows of a table a PDF read out column by column: after the header the title
        column's cells, then the next column's, and so on ("Projekt\nParter\nPeriode\n
        Budget\nX\nY\nRegion …\n…\n2024-2026\n…\nkr. 1.100.000\n…"): as many rows as make
        every column's cells fit (the amounts numbers, the titles names)."""
        width = len(header)
        for count in range(2, 16):
            if first + width * count > len(kept):
                break
            columns = [[kept[first + c * count + r] for r in range(count)] for c in range(width)]
            rows = [[columns[c][r][1] for c in range(width)] for r in range(count)]
            if not all(self._row_fits(row, header, title_column) for row in rows):
                continue
            if any(_NUMBER_CELL.fullmatch(row[title_column]) for row in rows):
                continue
            found = []
            for r, row in enumerate(rows):
                places = [columns[c][r] for c in range(width)]
                heading, fields = _row_parts(header, row, places, amount_columns, caption_factor)
                if heading is not None and len(heading.title) >= 3:
                    # (its section is its title; its cells, wherever they stand, its fields)
                    cells = tuple((a, b) for _, a, b, _ in fields)
                    found.append((replace(heading, section_end=heading.end, cells=cells), fields))
            return found
        return []


# a breakdown read out column by column: its labels one per line, then the amounts' header
# ("Beløb, kr.", "Beløb i kr.", "Beløb (t.kr.)") and as many amounts, one per line
_AMOUNT_COLUMN_HEADER_WORDS = (
    r"(?:beløb|kroner|kr\.|dkk|budget)(?:[ \t]*(?:[,(]|[ \t]i)[ \t]*"
    rf"(?P<unit>{UNIT_MULTIPLIER}?kr\.?|dkk)\)?)?[ \t]*"
)
_AMOUNT_COLUMN_HEADER = re.compile(_AMOUNT_COLUMN_HEADER_WORDS, re.I)
_AMOUNT_COLUMN_HEADER_LINE = re.compile(rf"^{_AMOUNT_COLUMN_HEADER_WORDS}$", re.I | re.M)
_AMOUNT_LINE = re.compile(r"[ \t]*(?:\d{1,3}(?:[.\xa0 ]\d{3})+|\d+(?:,\d+)?)[ \t]*")
# the words of a total's label or header cell: "Samlet budget", "I alt", "Total"
TOTAL_WORDS = r"samlet(?:[ \t]+(?:budget|beløb|udgift))?|i[ \t]+alt|total|budget[ \t]+i[ \t]+alt"
_TOTAL_LABEL = re.compile(rf"(?i)[ \t]*(?:{TOTAL_WORDS})[ \t:]*")


def column_totals(text: str) -> list[tuple[int, int, int]]:
    """The total of each breakdown read out one cell per line, labels first ("Puljen …\\n
    Kommunen …\\nSamlet budget\\nBeløb, kr.\\n2.100.000\\n850.000\\n3.400.000"): where the amount
    in the total label's place stands, and the factor its header's unit gives."""
    found = []
    if not _AMOUNT_COLUMN_HEADER_LINE.search(text):
        return found  # (most texts hold no such header: no need to read them line by line)
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        header = _AMOUNT_COLUMN_HEADER.fullmatch(line)
        if header is None:
            continue
        count = 0
        while i + 1 + count < len(lines) and _AMOUNT_LINE.fullmatch(lines[i + 1 + count]):
            count += 1
        labels = lines[i - count : i] if 2 <= count <= i else []
        if not labels or any(
            not label.strip() or _AMOUNT_LINE.fullmatch(label) for label in labels
        ):
            continue
        for k, label in enumerate(labels):
            if _TOTAL_LABEL.fullmatch(label):
                at = starts[i + 1 + k]
                value = lines[i + 1 + k]
                factor = unit_factor(header["unit"])
                if factor is None and not re.search(r"\d[.\xa0 ]\d{3}", value):
                    continue  # a bare "3,4" under "Beløb": no unit to read it in
                start = at + len(value) - len(value.lstrip())
                found.append((start, at + len(value.rstrip()), factor or 1))
    return found
