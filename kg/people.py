"""When two person records are one person.

Within a document, records with the same first and last name are one person when
their organisations do not conflict (the same, or one unknown): ``Mette Søndergaard``
and ``Mette Refslund Søndergaard`` of one kommune are merged, the longest form wins.
Across documents, a person is identified by full name and organisation; a record with
no organisation joins the one person of that name if there is exactly one.  Two
people of one name in different organisations are never merged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.model import Person
from kg.names import slugify


def name_key(name: str) -> tuple[str, str]:
    """(first name, last name), case-folded: the part of a name that must agree."""
    words = name.casefold().replace(".", " ").split()
    return (words[0], words[-1]) if words else ("", "")


@dataclass
class _Group:
    key: tuple[str, str]
    org: URIRef | None
    members: list[Person] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max((p.name for p in self.members), key=lambda n: (len(n.split()), len(n), n))


class PersonResolver:
    def __init__(self, base: str) -> None:
        self.base = base
        # (first, last) → {organisation IRI or None → person IRI}
        self._known: dict[tuple[str, str], dict[URIRef | None, URIRef]] = defaultdict(dict)

    def assign(
        self, people: list[Person], org_iris: dict[str, URIRef]
    ) -> list[tuple[Person, URIRef]]:
        """The IRI of each person record of one document."""
        groups: list[_Group] = []
        for person in people:
            org = org_iris.get(person.organisation) if person.organisation else None
            key = name_key(person.name)
            group = next(
                (
                    g
                    for g in groups
                    if g.key == key and (g.org is None or org is None or g.org == org)
                ),
                None,
            )
            if group is None:
                group = _Group(key, org)
                groups.append(group)
            group.org = group.org or org
            group.members.append(person)
        assigned = []
        for group in groups:
            iri = self._iri(group)
            assigned.extend((person, iri) for person in group.members)
        return assigned

    def _iri(self, group: _Group) -> URIRef:
        known = self._known[group.key]
        if group.org is None and len(known) == 1:
            return next(iter(known.values()))
        if group.org in known:
            return known[group.org]
        suffix = "-" + str(group.org).rsplit("/", 1)[-1] if group.org else ""
        iri = URIRef(f"{self.base}person/{slugify(group.name)}{suffix}")
        known[group.org] = iri
        return iri
