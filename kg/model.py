"""Typed records passed between the stages: document → extraction → graph.

Every stage takes and returns these dataclasses, never loose dicts, so that a
reader of any stage knows exactly what it receives.  Offsets are always
character offsets into ``SourceDocument.text`` (the text as read, before any
normalisation), which is what CONTRACT §3 asks mentions to point at.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path


class OrgKind(enum.StrEnum):
    """Kinds of organisation; the values are the gold-annotation type names (CONTRACT §4).

    The matching ontology class and default sector live in ``ontology/samspil.ttl``
    (``sam:goldType`` / ``sam:defaultSector``) and are read by ``kg.vocab``.
    """

    MUNICIPALITY = "Municipality"
    REGION = "Region"
    HOSPITAL = "Hospital"
    NATIONAL_AUTHORITY = "NationalAuthority"
    MUNICIPAL_UNIT = "MunicipalUnit"
    REGIONAL_UNIT = "RegionalUnit"
    ASSOCIATION = "Association"
    EDUCATION = "Education"
    COMPANY = "Company"
    POLITICAL = "Political"
    OTHER = "Other"


class Sector(enum.StrEnum):
    """The six sector concepts of ``sam:SectorScheme``; values are their local names."""

    MUNICIPAL = "MunicipalSector"
    REGIONAL = "RegionalSector"
    STATE = "StateSector"
    CIVIL_SOCIETY = "CivilSociety"
    PRIVATE = "PrivateSector"
    EDUCATION = "EducationSector"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A file as read: its original text and identity."""

    path: Path
    name: str  # file name, as stated in dcterms:source
    text: str  # decoded text; every offset in the system points into this string
    sha256: str  # of the file's bytes
    title: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in a document where an entity is named."""

    start: int
    end: int
    exact: str  # SourceDocument.text[start:end]
    extracted_by: str = "unknown"  # the pipeline component that found it
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a relation was read from, with its offsets in the document."""

    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class Organisation:
    """An organisation named in one document.

    ``key`` is unique within the document's extraction; other records refer to the
    organisation by it.  ``reference_id`` is set when the name matched the reference data.
    """

    key: str
    name: str
    kind: OrgKind
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    reference_id: str | None = None
    parent: str | None = None  # key of the organisation this is a unit of
    parent_evidence: Evidence | None = None


@dataclass(slots=True)
class Person:
    key: str
    name: str
    job_title: str | None = None
    organisation: str | None = None  # key of the organisation the person is a member of
    mentions: list[Mention] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in Danish kroner, with the text it was read from."""

    value: Decimal
    mention: Mention


@dataclass(slots=True)
class FundingPool:
    key: str
    name: str
    administered_by: str | None = None  # organisation key
    amount: Money | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class Project:
    key: str
    title: str
    owner: str | None = None  # organisation key of the lead organisation
    aliases: set[str] = field(default_factory=set)  # "SAMBA" of "SAMBA (…)"
    participants: list[str] = field(default_factory=list)  # organisation keys, owner included
    contacts: list[str] = field(default_factory=list)  # person keys
    funding_pool: str | None = None  # pool key
    amount: Money | None = None
    start: date | None = None
    end: date | None = None
    mentions: list[Mention] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass(slots=True)
class Collaboration:
    """A stated partnership, agreement or joint body that is not a project."""

    key: str
    label: str
    participants: list[str] = field(default_factory=list)  # organisation keys
    evidence: Evidence | None = None


@dataclass(slots=True)
class Extraction:
    """Everything read from one document."""

    document: SourceDocument
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    funding_pools: list[FundingPool] = field(default_factory=list)
    collaborations: list[Collaboration] = field(default_factory=list)

    def organisation(self, key: str) -> Organisation:
        for org in self.organisations:
            if org.key == key:
                return org
        raise KeyError(key)
