"""Name forms: slugs for IRIs and match keys that ignore what Danes vary in writing.

A match key folds case, spacing, hyphen variants and a trailing genitive ``s``, the
same variation CONTRACT §4's scoring ignores, so that ``Københavns Kommunes`` and
``københavns  kommune`` meet.
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
_HYPHENS = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212-]")


def ascii_fold(text: str) -> str:
    """``text`` in lower case with æ, ø, å written as Danes write them without: ae, oe, aa."""
    return text.translate(_TRANSLIT).lower()


def slugify(name: str) -> str:
    """ASCII slug for IRIs: ``Københavns Kommune`` → ``koebenhavns-kommune``."""
    text = unicodedata.normalize("NFKD", ascii_fold(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def clean_name(text: str) -> str:
    """A surface form as it should be shown: single spaces, plain hyphens, no edge punctuation."""
    text = _HYPHENS.sub("-", text.replace("\u00ad", ""))
    if "\n" in text:  # a quote across a line break: "Køben-\nhavn", "Ringkøbing-\nSkjern"
        text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?!(?:og|eller|samt|til)\b)(?=[a-zæøå])", "", text)
        text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=[A-ZÆØÅ])", "-", text)
    return " ".join(text.split()).strip(" ,.;:()[]\"'«»“”")


def strip_genitive(name: str) -> str:
    """``Københavns Kommunes`` → ``Københavns Kommune`` (only the last word's genitive s)."""
    if len(name) > 3 and name.endswith("s") and not name.endswith(("ss", "us", "is")):
        return name[:-1]
    return name


def match_key(name: str) -> str:
    """Key under which two spellings of one name compare equal."""
    text = _HYPHENS.sub("-", clean_name(name)).casefold()
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"(?<=\w)'s\b", "", text)
    words = text.split()
    if words and words[-1].endswith("s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def genitive(name: str) -> str:
    """Danish genitive of a name: ``Odense Kommune`` → ``Odense Kommunes``; ``Region Midtjylland`` →
    ``Region Midtjyllands``; names ending in s, x or z take an apostrophe."""
    if name.endswith(("s", "x", "z")):
        return name + "'"
    return name + "s"
