"""Reference data: organisations that are generally true of Denmark (kg/reference/*.csv).

Loaded once per process.  See ``kg/reference/README.md`` for the file schema.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.model import OrgKind, Sector
from kg.resources import REFERENCE_DIR

FILES = (
    "regions.csv",
    "municipalities.csv",
    "hospitals.csv",
    "authorities.csv",
    "associations.csv",
    "companies.csv",
    "transport.csv",
)


@dataclass(frozen=True, slots=True)
class ReferenceOrg:
    id: str
    name: str
    kind: OrgKind
    sector: Sector | None  # None: the kind's default sector
    code: str | None
    region: str | None  # id of its region
    parent: str | None  # id of its parent organisation
    successor: str | None  # id of what it became part of
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    former_names: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Every written form except abbreviations, canonical name first."""
        return (self.name, *self.aliases, *self.former_names)


@dataclass(frozen=True, slots=True)
class ReferenceData:
    orgs: dict[str, ReferenceOrg]

    def __getitem__(self, org_id: str) -> ReferenceOrg:
        return self.orgs[org_id]

    def __iter__(self):
        return iter(self.orgs.values())

    def __len__(self) -> int:
        return len(self.orgs)

    @property
    def version(self) -> str:
        import hashlib

        digest = hashlib.sha256()
        for name in FILES:
            path = REFERENCE_DIR / name
            if path.exists():
                digest.update(path.read_bytes())
        return digest.hexdigest()[:12]


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _row_to_org(row: dict[str, str], source: Path) -> ReferenceOrg:
    try:
        return ReferenceOrg(
            id=row["id"].strip(),
            name=row["name"].strip(),
            kind=OrgKind(row["type"].strip()),
            sector=Sector(row["sector"].strip()) if (row.get("sector") or "").strip() else None,
            code=(row.get("code") or "").strip() or None,
            region=(row.get("region") or "").strip() or None,
            parent=(row.get("parent") or "").strip() or None,
            successor=(row.get("successor") or "").strip() or None,
            aliases=_split(row.get("aliases")),
            abbreviations=_split(row.get("abbreviations")),
            former_names=_split(row.get("former_names")),
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{source.name}: bad reference row {row.get('id')!r}: {exc}") from exc


@cache
def load_reference(directory: Path = REFERENCE_DIR) -> ReferenceData:
    orgs: dict[str, ReferenceOrg] = {}
    for name in FILES:
        path = directory / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                org = _row_to_org(row, path)
                if org.id in orgs:
                    raise ValueError(f"{path.name}: duplicate reference id {org.id}")
                orgs[org.id] = org
    return ReferenceData(orgs)
