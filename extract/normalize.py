"""Clean PDF-extraction noise while keeping a map back to the original offsets.

The extractor works on the cleaned text; every span it finds is mapped back with
``NormalizedText.to_original`` so that mentions point into the document as read.

What is cleaned: no-break and other odd spaces, runs of blanks, soft hyphens,
Unicode hyphens (U+2010/U+2011), words broken across lines (``Is-\\nhøj`` →
``Ishøj``, ``pro‐\\njekter`` → ``projekter``), while real hyphens stay
(``Ringkøbing-\\nSkjern`` → ``Ringkøbing-Skjern``, ``Sundheds-\\nog`` keeps its
hyphen because a suspended compound is followed by a conjunction).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Blanks that stand for one space.  Replacing them first keeps every offset and spares the
# scan of _NOISE one match per no-break space (a PDF extraction holds tens of thousands).
_ONE_SPACE = "\t\u00a0\u2007\u2009\u202f\u200b\ufeff"
_BLANK = " "  # every odd blank is a plain space by the time _NOISE runs
_HYPHEN = "[-\u2010\u2011\u00ad]"
_LETTER = r"[^\W\d_]"
# Words that follow a suspended compound ("Sundheds- og Ældreministeriet"): keep the hyphen.
_CONJUNCTIONS = r"(?:og|eller|samt|til|som|men)\b"

_NOISE = re.compile(
    # every kind of noise starts at a hyphen, a blank or a line break
    r"(?=[-\u2010\u2011\u00ad\n ])(?:"
    # a word broken across a line end, continuing in lower case: join without hyphen
    rf"(?P<join>(?<={_LETTER}){_HYPHEN}{_BLANK}*\n(?:{_BLANK}*\n)*{_BLANK}*(?={_LETTER})(?!{_CONJUNCTIONS})(?=[a-zæøåäöüé]))"
    # a hyphenated name broken after its hyphen ("Ringkøbing-\nSkjern"): keep the hyphen
    rf"|(?P<keep>(?<={_LETTER})[-\u2010\u2011]{_BLANK}*\n{_BLANK}*(?=[A-ZÆØÅ]))"
    r"|(?P<soft>\u00ad)"
    r"|(?P<hyphen>[\u2010\u2011])"
    # blanks at a line end or start vanish; three or more line breaks become two
    rf"|(?P<eol>{_BLANK}+(?=\n)|(?<=\n){_BLANK}+)"
    rf"|(?P<lines>\n(?:{_BLANK}*\n){{2,}})"
    rf"|(?P<blank>{_BLANK}{{2,}}))"
)

_REPLACEMENT = {
    "join": "",
    "keep": "-",
    "soft": "",
    "hyphen": "-",
    "eol": "",
    "lines": "\n\n",
    "blank": " ",
}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Cleaned text plus the segments that map it back to the original.

    ``segments`` holds ``(clean_start, orig_start, orig_end, identity)`` sorted by
    ``clean_start``; an identity segment maps character for character, a replaced one
    maps as a whole onto ``orig_start:orig_end``.
    """

    text: str
    original: str
    segments: tuple[tuple[int, int, int, bool], ...]
    starts: tuple[int, ...]  # the segments' clean_start, for bisection

    def _segment(self, clean_offset: int) -> tuple[int, int, int, bool]:
        index = max(0, bisect_right(self.starts, clean_offset) - 1)
        return self.segments[index]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the cleaned text to the original text."""
        if end <= start:
            raise ValueError(f"empty span {start}:{end}")
        s_clean, s_orig, _, s_identity = self._segment(start)
        orig_start = s_orig + (start - s_clean) if s_identity else s_orig
        e_clean, e_orig, e_end, e_identity = self._segment(end - 1)
        orig_end = e_orig + (end - 1 - e_clean) + 1 if e_identity else e_end
        return orig_start, orig_end


def normalize(original: str) -> NormalizedText:
    """Clean ``original`` and remember where every cleaned character came from."""
    spaced = original
    for blank in _ONE_SPACE:
        if blank in spaced:
            spaced = spaced.replace(blank, " ")
    pieces: list[str] = []
    segments: list[tuple[int, int, int, bool]] = []
    clean_len = 0
    last = 0
    for match in _NOISE.finditer(spaced):
        if match.start() > last:
            segments.append((clean_len, last, match.start(), True))
            pieces.append(spaced[last : match.start()])
            clean_len += match.start() - last
        replacement = _REPLACEMENT[match.lastgroup or "blank"]
        if replacement:
            segments.append((clean_len, match.start(), match.end(), False))
            pieces.append(replacement)
            clean_len += len(replacement)
        last = match.end()
    if last < len(original) or not segments:
        segments.append((clean_len, last, len(original), True))
        pieces.append(spaced[last:])
    return NormalizedText(
        "".join(pieces), original, tuple(segments), tuple(seg[0] for seg in segments)
    )


def identity(text: str) -> NormalizedText:
    """A map for text that needed no cleaning."""
    return NormalizedText(text, text, ((0, 0, len(text), True),), (0,))
