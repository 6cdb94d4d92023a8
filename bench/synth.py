"""Synthetic Danish documents in the corpus registers, for scale benchmarks.

Random kommuner, regions and hospitals come from the reference data; people, projects
and amounts are invented from small word lists.  The same seed gives the same files.

    .venv/bin/python -m bench.synth OUT_DIR N [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from kg.model import OrgKind
from kg.refdata import load_reference

FIRST = [
    "Anne",
    "Mette",
    "Lars",
    "Søren",
    "Hanne",
    "Jens",
    "Karen",
    "Peter",
    "Louise",
    "Mads",
    "Camilla",
    "Rasmus",
    "Birgitte",
    "Henrik",
    "Sofie",
    "Thomas",
    "Ida",
    "Niels",
    "Line",
]
LAST = [
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Knudsen",
    "Mortensen",
    "Møller",
    "Holm",
]
TITLES = [
    "projektleder",
    "sundhedsfaglig konsulent",
    "afdelingssygeplejerske",
    "chefkonsulent",
    "centerchef",
    "udviklingskonsulent",
    "overlæge",
    "socialrådgiver",
]
THEMES = [
    "genoptræning",
    "udskrivning af ældre patienter",
    "mental sundhed hos unge",
    "rehabilitering",
    "tidlig opsporing",
    "forebyggelse af indlæggelser",
    "job og trivsel",
    "pårørendeinddragelse",
    "telemedicin",
    "misbrugsbehandling",
]
NAMES = [
    "Trygt hjem",
    "Sammen om sundhed",
    "Bedre overgange",
    "Styrket hverdag",
    "Nye veje",
    "Tæt på",
    "Fælles fodslag",
    "Hjem igen",
    "Stærkere sammen",
    "Lige adgang",
]
MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _kroner(rng: random.Random) -> str:
    value = rng.randrange(200, 9000) * 1000
    if value >= 1_000_000 and rng.random() < 0.5:
        return f"{value / 1_000_000:.1f}".replace(".", ",") + " mio. kr."
    return f"{value:,}".replace(",", ".") + " kr."


class Generator:
    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        reference = load_reference()
        self.kommuner = sorted(o.name for o in reference if o.kind is OrgKind.MUNICIPALITY)
        self.regions = sorted(o.name for o in reference if o.kind is OrgKind.REGION)
        self.hospitals = sorted(
            o.name for o in reference if o.kind is OrgKind.HOSPITAL and not o.successor
        )

    def catalogue_entry(self, n: int) -> str:
        rng = self.rng
        kommune, hospital, region = (
            rng.choice(self.kommuner),
            rng.choice(self.hospitals),
            rng.choice(self.regions),
        )
        title = f"{rng.choice(NAMES)} {n}"
        start = rng.randrange(2015, 2026)
        return (
            f"{title} – {kommune}\n\n"
            f"Formål\nProjektet skal styrke {rng.choice(THEMES)} for borgere i {kommune}. "
            f"{kommune} har ansvaret, og {hospital} bidrager med sygeplejersker.\n\n"
            f"Samarbejdspartnere\n{hospital}, {region}\n\n"
            f"Projektperiode\n1. {rng.choice(MONTHS)} {start} til 31. december {start + 2}\n\n"
            f"Budget\n{_kroner(rng)}\n\n"
            f"Kontaktoplysninger\n{_person(rng)}, {rng.choice(TITLES).capitalize()}, {kommune}, "
            f"mail{n}@example.dk\n"
        )

    def pool_allocation(self, n: int) -> str:
        rng = self.rng
        lines = [
            f"Udmøntning af puljen til {rng.choice(THEMES)} {n}\n",
            f"Sundhedsstyrelsen udmøntede {_kroner(rng)} til {rng.randrange(3, 6)} projekter.\n",
            "Projekt | Ansøger | Beløb",
        ]
        for i in range(rng.randrange(3, 6)):
            lines.append(
                f"{rng.choice(NAMES)} {n}.{i} | {rng.choice(self.kommuner)} | {_kroner(rng)}"
            )
        return "\n".join(lines) + "\n"

    def agenda_item(self, n: int) -> str:
        rng = self.rng
        a, b = rng.sample(self.kommuner, 2)
        region = rng.choice(self.regions)
        return (
            f"Punkt {n % 12 + 1}. Samarbejdsaftale om {rng.choice(THEMES)}\n\n"
            f"{a} og {b} har indgået en aftale med {region} om {rng.choice(THEMES)}. "
            f"Sagen forelægges af {rng.choice(TITLES)} {_person(rng)}, {a}.\n\n"
            f"Indstilling\nAdministrationen indstiller, at aftalen godkendes.\n\n"
            f"Beslutning\nGodkendt den {rng.randrange(1, 28)}. {rng.choice(MONTHS)} "
            f"{rng.randrange(2015, 2026)}.\n"
        )

    def document(self, n: int) -> str:
        make = (self.catalogue_entry, self.pool_allocation, self.agenda_item)[n % 3]
        return make(n)

    def write(self, folder: Path, count: int) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for n in range(count):
            path = folder / f"synth_{n:05}.txt"
            path.write_text(self.document(n), encoding="utf-8")
            paths.append(path)
        return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    Generator(args.seed).write(args.out, args.count)


if __name__ == "__main__":
    main()
