"""The words and labels by which Danish documents lay out projects, read from
``extract/data/sections.toml`` (the one place they are kept)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.components.spans import alternatives

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "sections.toml"


@dataclass(slots=True)
class SectionRules:
    fields: dict[str, str]  # label (lower case) → field kind
    stops: tuple[str, ...]
    heading_words: tuple[str, ...]
    drop_prefixes: tuple[str, ...]
    inline_words: tuple[str, ...]
    is_a: tuple[str, ...]
    amount_cues: tuple[str, ...]
    participant_cue: re.Pattern = re.compile("(?!)")
    member_cue: re.Pattern = re.compile("(?!)")
    named_after: tuple[str, ...] = ()
    not_title_words: frozenset[str] = frozenset()
    not_title_starts: frozenset[str] = frozenset()
    table_title_labels: frozenset[str] = frozenset()
    boundary: re.Pattern = re.compile("(?!)")
    period_cues: tuple[str, ...] = ()
    work_verbs: tuple[str, ...] = ()
    title_fields: tuple[str, ...] = ()
    document_kinds: tuple[str, ...] = ()
    project_document_kinds: tuple[str, ...] = ()
    section_words: frozenset[str] = frozenset()
    agenda_kinds: tuple[str, ...] = ()
    back_references: tuple[str, ...] = ()
    boundary_words: tuple[str, ...] = ()
    never_first: frozenset[str] = frozenset()
    header_kinds: frozenset[str] = frozenset()
    period_end: re.Pattern = re.compile("(?!)")
    funder_before: re.Pattern = re.compile("(?!)")
    funder_after: re.Pattern = re.compile("(?!)")
    naming_verbs: tuple[str, ...] = ()
    start_verbs: tuple[str, ...] = ()
    grant_verbs: tuple[str, ...] = ()
    colon_kinds: tuple[str, ...] = ()
    ordinals: tuple[str, ...] = ()
    about_nouns: tuple[str, ...] = ()
    owned_verbs: tuple[str, ...] = ()
    headline_verbs: tuple[str, ...] = ()
    descriptor_kinds: tuple[str, ...] = ()
    generic_endings: tuple[str, ...] = ()
    sentence_adverbs: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()

    def fields_of(self, kind: str) -> list[str]:
        """The field labels of one kind ("owner": "Projektejer", "Tovholder" …)."""
        return [label for label, k in self.fields.items() if k == kind]

    @classmethod
    @cache  # read once per process: the rules are shared, never changed after loading
    def load(cls, path: Path = DATA_PATH) -> SectionRules:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        fields = {
            label.lower(): kind for kind, labels in data["fields"].items() for label in labels
        }
        h = data["headings"]
        rules = cls(
            fields,
            tuple(data["stop"]["labels"]),
            tuple(h["words"]),
            tuple(sorted(h["drop_prefixes"], key=len, reverse=True)),
            tuple(h["inline_words"]),
            tuple(h["is_a"]),
            tuple(data["amounts"]["cues"]),
            re.compile(
                r"(?i)(?<![\wæøå])(?:"
                + alternatives(data["participants"]["cues"])
                + r")(?![\wæøå])"
            ),
            re.compile(
                r"(?i)(?<![\wæøå])(?:" + alternatives(data["participants"]["member_cues"]) + r")"
            ),
            tuple(h.get("named_after", ["Projekt", "Projektet"])),
            frozenset(h.get("not_title_words", [])),
            frozenset(h.get("not_title_starts", [])),
            frozenset(w.lower() for w in data.get("tables", {}).get("title_labels", [])),
            re.compile(
                r"(?m)^[ \t]*(?:#{1,6}[ \t]|(?:"
                + alternatives(data.get("boundaries", {}).get("words", []))
                + r")[ \t]*\d{1,3}\b"
                # a rule line (----, ====, ____) or a heading line in capitals
                + r"|[-=_*·]{3,}[ \t]*$|[A-ZÆØÅÉ]{2,}(?:[ \t]+[A-ZÆØÅ0-9–&-]+)+[ \t]*$)"
            ),
            tuple(data.get("periods", {}).get("cues", [])),
            tuple(h.get("work_verbs", [])),
        )
        rules.title_fields = tuple(sorted(h.get("title_fields", []), key=len, reverse=True))
        rules.document_kinds = tuple(sorted(h.get("document_kinds", []), key=len, reverse=True))
        rules.project_document_kinds = tuple(h.get("project_document_kinds", []))
        rules.section_words = frozenset(h.get("section_words", []))
        rules.agenda_kinds = tuple(h.get("agenda_kinds", []))
        for name in (
            "naming_verbs",
            "start_verbs",
            "grant_verbs",
            "colon_kinds",
            "ordinals",
            "owned_verbs",
            "headline_verbs",
            "descriptor_kinds",
            "generic_endings",
            "sentence_adverbs",
            "determiners",
        ):
            setattr(rules, name, tuple(h.get(name, [])))
        rules.about_nouns = tuple(
            form for noun in h.get("about_nouns", []) for form in (noun, noun.capitalize())
        )
        end_cues = data.get("periods", {}).get("end_cues", [])
        if end_cues:
            rules.period_end = re.compile(
                rf"(?i)(?<![\wæøå])(?:{alternatives(end_cues)})(?:[ \t\n]+(?:den|med))?[ \t\n]+\Z"
            )
        rules.back_references = tuple(h.get("back_references", []))
        rules.boundary_words = tuple(data.get("boundaries", {}).get("words", []))
        rules.never_first = frozenset(
            w.casefold() for w in (*h.get("never_first", []), *rules.back_references)
        )
        rules.header_kinds = frozenset(w.casefold() for w in h.get("header_kinds", []))
        before = data["participants"].get("funder_before", [])
        # an adverb may stand before or inside the cue: "X har netop bevilget", "X nu yder"
        adverb = r"(?:[ \t\n]+(?:nu|netop|også|derfor|i dag|samtidig))?[ \t\n]+"
        after = "|".join(
            adverb.join(re.escape(w) for w in c.split())
            for c in data["participants"].get("funder_after", [])
        )
        if before:  # the cue, perhaps one word ("hermed", "den"), then the organisation
            rules.funder_before = re.compile(
                rf"(?i)(?:(?<![\wæøå])(?:{alternatives(before)})(?:[ \t\n]+[\wæøå]+)?"
                # or an amount right before: "tilsagn om kr. 640.000 fra X"
                r"|\d[ \t]+fra)[ \t\n]+\Z"
            )
        if after:  # the organisation (perhaps in the genitive), then the cue
            rules.funder_after = re.compile(rf"(?i)s?{adverb}(?:{after})(?![\wæøå])")
        return rules

    def is_funder(self, text: str, start: int, end: int) -> bool:
        """Whether the organisation at ``text[start:end]`` is named as paying, not taking
        part: "2 mio. kr. fra X", "ansøger hermed X om", "X har bevilget", "Xs pulje"."""
        return bool(
            self.funder_before.search(text[max(0, start - 40) : start])
            or self.funder_after.match(text, end)
        )
