"""Resolution: decide which records are the same entity and give each entity its IRI.

Within a document the extractor already merged surface forms of one organisation.
Across documents, records meet on stable IRIs: a reference organisation keeps its
reference IRI; any other entity's IRI is the slug of its canonical name (plus its
organisation for people), so the same entity gets the same IRI on every build and
machine.  One canonical name is chosen per IRI, so the union graph has exactly one
``skos:prefLabel`` per entity.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.matching import Match, OrgMatcher, org_key
from kg.model import Extraction, Mention, Organisation, OrgKind, Sector, SourceDocument
from kg.names import clean_name, genitive, match_key, slugify, strip_genitive
from kg.people import PersonResolver
from kg.refdata import ReferenceData, ReferenceOrg
from kg.vocab import DEFAULT_BASE, default_sector

MAX_SLUG = 80

# Sector of a political body or an organisation of unknown kind, read from its name
# when no parent says it: general Danish word stems, most specific first.
_SECTOR_HINTS: tuple[tuple[str, Sector], ...] = (
    ("folketing", Sector.STATE),
    ("minister", Sector.STATE),
    ("styrelse", Sector.STATE),
    ("region", Sector.REGIONAL),
    ("hospital", Sector.REGIONAL),
    ("sygehus", Sector.REGIONAL),
    ("psykiatri", Sector.REGIONAL),
    ("kommun", Sector.MUNICIPAL),
    ("byråd", Sector.MUNICIPAL),
    ("borgerrepræsentation", Sector.MUNICIPAL),
    ("kkr", Sector.MUNICIPAL),
    ("forening", Sector.CIVIL_SOCIETY),
    ("fond", Sector.CIVIL_SOCIETY),
    ("a/s", Sector.PRIVATE),
    ("aps", Sector.PRIVATE),
)


def _slug(text: str) -> str:
    slug = slugify(text)
    if len(slug) <= MAX_SLUG:
        return slug
    return slug[:MAX_SLUG].rstrip("-") + "-" + hashlib.sha1(slug.encode()).hexdigest()[:8]


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:12]


def guess_sector(name: str, kind: OrgKind) -> Sector:
    """The sector of an organisation whose kind has no default, read from its name."""
    lowered = name.casefold()
    for stem, sector in _SECTOR_HINTS:
        if stem in lowered:
            return sector
    # A political body with no telling name is most often a municipal council or committee.
    return Sector.MUNICIPAL if kind is OrgKind.POLITICAL else Sector.CIVIL_SOCIETY


GENERIC_KINDS = frozenset({OrgKind.MUNICIPAL_UNIT, OrgKind.REGIONAL_UNIT, OrgKind.POLITICAL})


def is_generic_unit(name: str, kind: OrgKind) -> bool:
    """A unit named only by what it does (``Socialforvaltningen``, ``Sundhedsudvalget``):
    one word, so many kommuner have one; it is only unique under its parent."""
    return kind in GENERIC_KINDS and len(clean_name(name).split()) == 1


def merge_reason(
    surface: str, canonical: str, ref: ReferenceOrg | None = None, note: str | None = None
) -> str:
    """Why a surface form was tied to the entity named ``canonical`` (for ``kg explain``).

    ``note`` is the resolver's own reason when it merged by a guarded fuzzy match.
    """
    text = clean_name(surface)
    if text == canonical:
        return "canonical name"
    if note:
        return note
    if ref is not None:
        for forms, what in (
            (ref.abbreviations, "abbreviation"),
            (ref.former_names, "former name"),
            (ref.aliases, "alias"),
        ):
            if text in forms:
                return f"{what} of '{canonical}' in the reference data"
    if text in (genitive(canonical), canonical + "s") or strip_genitive(text) == canonical:
        return f"genitive of '{canonical}'"
    if match_key(text) == match_key(canonical):
        return f"same name as '{canonical}' up to case, spacing and hyphens"
    if ref is not None and match_key(text) in {match_key(f) for f in ref.names}:
        return f"form of '{canonical}' in the reference data (case, spacing or genitive)"
    return f"read as '{canonical}' in context"


@dataclass
class DocumentResolution:
    """The IRIs of one document's records, by their document-local keys."""

    resolution: Resolution
    orgs: dict[str, URIRef] = field(default_factory=dict)
    people: dict[str, URIRef] = field(default_factory=dict)
    pools: dict[str, URIRef] = field(default_factory=dict)
    projects: dict[str, URIRef] = field(default_factory=dict)
    collaborations: dict[str, URIRef] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # org key → why it was merged (fuzzy)

    def org(self, key: str) -> URIRef:
        return self.orgs[key]

    def person(self, key: str) -> URIRef:
        return self.people[key]

    def pool(self, key: str) -> URIRef:
        return self.pools[key]

    def project(self, key: str) -> URIRef:
        return self.projects[key]

    def collaboration(self, key: str) -> URIRef:
        return self.collaborations[key]

    def name(self, iri: URIRef) -> str:
        return self.resolution.names[iri]


class Resolution:
    """IRIs and canonical names for every entity of a build."""

    def __init__(self, reference: ReferenceData, base: str = DEFAULT_BASE) -> None:
        self.reference = reference
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.reference_graph = URIRef(self.base + "graph/reference")
        self.names: dict[URIRef, str] = {}
        self.kinds: dict[URIRef, OrgKind] = {}  # of organisations outside the reference data
        self.sectors: dict[URIRef, Sector] = {}
        self._documents: dict[str, DocumentResolution] = {}
        self._doc_iris: dict[str, URIRef] = {}
        self.matcher = OrgMatcher(reference)
        self.people = PersonResolver(self.base)
        self._cluster_iris: dict[str, URIRef] = {}
        # per project title: the projects so far, each with the organisations taking part
        self._projects: dict[str, list[tuple[URIRef, set[URIRef]]]] = {}

    # ------------------------------------------------------------------ IRIs
    def reference_iri(self, ref_id: str) -> URIRef:
        return URIRef(f"{self.base}org/{ref_id}")

    def document_iri(self, document: SourceDocument) -> URIRef:
        return self._doc_iris[str(document.path)]

    def local_name(self, iri: URIRef) -> str:
        return str(iri).rsplit("/", 1)[-1]

    def mention_iri(self, doc: URIRef, entity: URIRef, mention: Mention) -> URIRef:
        return URIRef(f"{doc}/mention/{mention.start}-{mention.end}-{_digest(str(entity))}")

    def evidence_iri(self, doc: URIRef, subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
        return URIRef(f"{doc}/evidence/{_digest(str(subject), str(predicate), str(obj))}")

    def reference_of(self, iri: URIRef) -> ReferenceOrg | None:
        return self.reference.orgs.get(self.local_name(iri)) if self.is_reference(iri) else None

    def sector_of(self, iri: URIRef) -> Sector:
        return self.sectors[iri]

    def for_document(self, extraction: Extraction) -> DocumentResolution:
        return self._documents[str(extraction.document.path)]

    # ------------------------------------------------------------ resolution
    def resolve(self, extractions: Iterable[Extraction]) -> list[Extraction]:
        """Assign IRIs to every record of every extraction; returns the extractions."""
        extractions = list(extractions)
        self._assign_documents(extractions)
        candidates: dict[URIRef, Counter[str]] = defaultdict(Counter)
        for extraction in extractions:
            self._resolve_document(extraction, candidates)
        for iri, counts in candidates.items():
            if iri not in self.names:
                self.names[iri] = min(counts, key=lambda name: (-counts[name], name))
        self._assign_sectors(extractions)
        return extractions

    def _assign_documents(self, extractions: list[Extraction]) -> None:
        by_name: dict[str, list[SourceDocument]] = defaultdict(list)
        for extraction in extractions:
            by_name[_slug(extraction.document.name)].append(extraction.document)
        for slug, documents in by_name.items():
            for document in documents:
                local = slug if len(documents) == 1 else f"{slug}-{_digest(str(document.path))}"
                self._doc_iris[str(document.path)] = URIRef(f"{self.base}document/{local}")

    def _resolve_document(
        self, extraction: Extraction, candidates: dict[URIRef, Counter[str]]
    ) -> None:
        r = DocumentResolution(self)
        doc_iri = self.document_iri(extraction.document)
        # Named organisations first: a generic unit's IRI is scoped by its parent's.
        ordered = sorted(extraction.organisations, key=lambda o: is_generic_unit(o.name, o.kind))
        for org in ordered:
            if is_generic_unit(org.name, org.kind):
                scope = r.orgs.get(org.parent or "", doc_iri)
                iri, note = self._scoped_iri(org, scope), None
            else:
                iri, note = self._org_iri(org)
            if not self.is_reference(iri):
                candidates[iri][org.name] += 1
            r.orgs[org.key] = iri
            if note:
                r.notes[org.key] = note
        for person, iri in self.people.assign(extraction.people, r.orgs):
            candidates[iri][person.name] += 1
            r.people[person.key] = iri
        for pool in extraction.funding_pools:
            iri = URIRef(f"{self.base}pool/{_slug(pool.name)}")
            candidates[iri][pool.name] += 1
            r.pools[pool.key] = iri
        for project in extraction.projects:
            orgs = {r.orgs[k] for k in [project.owner, *project.participants] if k in r.orgs}
            iri = self._project_iri(project.title, orgs, doc_iri)
            candidates[iri][project.title] += 1
            r.projects[project.key] = iri
        doc_slug = self.local_name(self.document_iri(extraction.document))
        for collaboration in extraction.collaborations:
            members = sorted(str(r.orgs[key]) for key in collaboration.participants)
            iri = URIRef(
                f"{self.base}collaboration/{doc_slug}-{_digest(collaboration.label, *members)}"
            )
            r.collaborations[collaboration.key] = iri
        self._documents[str(extraction.document.path)] = r

    def _project_iri(self, title: str, orgs: set[URIRef], doc_iri: URIRef) -> URIRef:
        """One node per project: documents naming the same title are about one project when
        they share an organisation taking part (or one names none); "Fælles Fodfæste" in
        Holbæk and in Gladsaxe are two."""
        slug = _slug(title)
        seen = self._projects.setdefault(slug, [])
        for iri, members in seen:
            if not orgs or not members or orgs & members:
                members |= orgs
                return iri
        local = slug if not seen else f"{slug}-{_digest(str(doc_iri))[:6]}"
        iri = URIRef(f"{self.base}project/{local}")
        seen.append((iri, set(orgs)))
        return iri

    def _scoped_iri(self, org: Organisation, scope: URIRef) -> URIRef:
        """A generic unit (``Socialforvaltningen``) is one node per parent, or per document."""
        key = f"{org_key(org.name)}@{scope}"
        new_iri = URIRef(f"{self.base}org/{_slug(org.name)}-{_digest(str(scope))[:6]}")
        return self._cluster_iris.setdefault(key, new_iri)

    def _org_iri(self, org: Organisation) -> tuple[URIRef, str | None]:
        """The IRI of an extracted organisation and, for a fuzzy merge, the reason."""
        if org.reference_id:
            iri = self.reference_iri(org.reference_id)
            self.names[iri] = self.reference[org.reference_id].name
            return iri, None
        match = self.matcher.reference_for(org.name, org.kind)
        if match is None and _slug(org.name) in self.reference.orgs:
            match = Match(_slug(org.name), "name")  # its slug would take a reference IRI
        if match is not None:
            iri = self.reference_iri(match.key)
            self.names[iri] = self.reference[match.key].name
            return iri, match.reason if match.reason.startswith("fuzzy") else None
        cluster = self.matcher.cluster_for(org.name, org.kind)
        iri = self._cluster_iris.setdefault(
            cluster.key, URIRef(f"{self.base}org/{_slug(org.name)}")
        )
        return iri, cluster.reason if cluster.reason.startswith("fuzzy") else None

    def is_reference(self, iri: URIRef) -> bool:
        return self.local_name(iri) in self.reference.orgs and iri == self.reference_iri(
            self.local_name(iri)
        )

    def _assign_sectors(self, extractions: list[Extraction]) -> None:
        """Kind (by majority) and sector of each organisation outside the reference data."""
        parents: dict[URIRef, URIRef] = {}
        votes: dict[URIRef, Counter[OrgKind]] = defaultdict(Counter)
        for extraction in extractions:
            r = self.for_document(extraction)
            for org in extraction.organisations:
                iri = r.orgs[org.key]
                if self.is_reference(iri):
                    continue
                votes[iri][org.kind] += 1
                if org.parent:
                    parents.setdefault(iri, r.orgs[org.parent])
        self.kinds = {iri: min(c, key=lambda k: (-c[k], k.value)) for iri, c in votes.items()}
        for iri, kind in self.kinds.items():
            parent = parents.get(iri)
            parent_sector = self._known_sector(parent, self.kinds) if parent else None
            self.sectors[iri] = (
                default_sector(kind) or parent_sector or guess_sector(self.names[iri], kind)
            )

    def _known_sector(self, iri: URIRef, kinds: dict[URIRef, OrgKind]) -> Sector | None:
        ref_id = self.local_name(iri)
        if iri == self.reference_iri(ref_id) and ref_id in self.reference.orgs:
            ref = self.reference[ref_id]
            return ref.sector or default_sector(ref.kind)
        kind = kinds.get(iri)
        return default_sector(kind) if kind else None
