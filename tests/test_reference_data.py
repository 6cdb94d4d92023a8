"""Checks of the reference data in kg/reference/*.csv.

Uses only csv and pathlib, so it does not depend on the rest of the code base.
"""

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.conftest import CONTRACT_ORG_TYPES, CONTRACT_SECTORS

REF = Path(__file__).resolve().parent.parent / "kg" / "reference"
FILES = sorted(path.name for path in REF.glob("*.csv"))  # every file, none left unchecked
HEADER = [
    "id",
    "name",
    "type",
    "sector",
    "code",
    "region",
    "parent",
    "successor",
    "aliases",
    "abbreviations",
    "former_names",
]
TYPES = set(CONTRACT_ORG_TYPES)
SECTORS = set(CONTRACT_SECTORS)
MULTI = ("aliases", "abbreviations", "former_names")
REGION_CODES = {
    "region-hovedstaden": "1084",
    "region-sjaelland": "1085",
    "region-syddanmark": "1083",
    "region-midtjylland": "1082",
    "region-nordjylland": "1081",
}


def slug(name: str) -> str:
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def read(fname: str) -> list[dict]:
    with open(REF / fname, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict]]:
    return {f: read(f) for f in FILES}


@pytest.fixture(scope="module")
def rows(data) -> list[dict]:
    return [r for f in FILES for r in data[f]]


@pytest.fixture(scope="module")
def by_id(rows) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="module")
def kommuner(data) -> dict[str, dict]:
    return {r["name"]: r for r in data["municipalities.csv"]}


# ------------------------------------------------------------------ format


@pytest.mark.parametrize("fname", FILES)
def test_header_and_cells(fname):
    text = (REF / fname).read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(HEADER)
    with open(REF / fname, encoding="utf-8", newline="") as fh:
        lines = list(csv.reader(fh))
    assert all(len(line) == len(HEADER) for line in lines), fname
    for r in read(fname):
        for col in HEADER:
            assert r[col] == r[col].strip(), (fname, r["id"], col)
        for col in MULTI:
            parts = split(r[col])
            assert all(p and p == p.strip() for p in parts), (r["id"], col)
            assert len(parts) == len(set(parts)), (r["id"], col)
            assert r["name"] not in parts, (r["id"], col)


def test_readme_exists():
    readme = (REF / "README.md").read_text(encoding="utf-8")
    assert "never" in readme.lower() and "corpus" in readme.lower()


# ------------------------------------------------------------------ ids, types, references


def test_ids_unique_across_files(rows):
    dupes = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert not dupes


def test_ids_follow_slug_rule(rows):
    for r in rows:
        assert r["id"] == slug(r["name"]), r["name"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"]), r["id"]


def test_types_and_sectors_valid(rows):
    for r in rows:
        assert r["type"] in TYPES, r["id"]
        assert r["sector"] == "" or r["sector"] in SECTORS, r["id"]
        if r["type"] in ("Political", "Other"):
            assert r["sector"], f"{r['id']}: type without default sector needs one"


def test_references_resolve(rows, by_id):
    for r in rows:
        if r["region"]:
            assert r["region"] in REGION_CODES, (r["id"], r["region"])
        for col in ("parent", "successor"):
            if r[col]:
                assert r[col] in by_id, (r["id"], col, r[col])
                assert r[col] != r["id"], (r["id"], col)


def test_parent_and_successor_chains_end(by_id):
    for col in ("parent", "successor"):
        for start in by_id:
            seen, cur = set(), start
            while by_id[cur][col]:
                assert cur not in seen, f"cycle in {col} from {start}"
                seen.add(cur)
                cur = by_id[cur][col]


# ------------------------------------------------------------------ regions and kommuner


def test_five_regions(data):
    regions = {r["id"]: r for r in data["regions.csv"]}
    assert {i: r["code"] for i, r in regions.items()} == REGION_CODES
    assert all(r["type"] == "Region" for r in regions.values())
    assert regions["region-hovedstaden"]["name"] == "Region Hovedstaden"
    assert regions["region-sjaelland"]["name"] == "Region Sjælland"


def test_98_kommuner(data):
    rows = data["municipalities.csv"]
    assert len(rows) == 98
    assert all(r["type"] == "Municipality" for r in rows)
    codes = [r["code"] for r in rows]
    assert len(set(codes)) == 98
    for c in codes:
        assert re.fullmatch(r"[1-9][0-9]{2}", c), c
        assert 101 <= int(c) <= 860
    assert all(r["region"] in REGION_CODES for r in rows)
    assert "411" not in codes  # Christiansø is not a kommune
    assert not any("Christiansø" in r["name"] for r in rows)


def test_kommuner_per_region(data):
    per_region = Counter(r["region"] for r in data["municipalities.csv"])
    assert per_region == {
        "region-hovedstaden": 29,
        "region-sjaelland": 17,
        "region-syddanmark": 22,
        "region-midtjylland": 19,
        "region-nordjylland": 11,
    }


@pytest.mark.parametrize(
    "name,code,region",
    [
        ("Københavns Kommune", "101", "region-hovedstaden"),
        ("Frederiksberg Kommune", "147", "region-hovedstaden"),
        ("Høje-Taastrup Kommune", "169", "region-hovedstaden"),
        ("Lyngby-Taarbæk Kommune", "173", "region-hovedstaden"),
        ("Ishøj Kommune", "183", "region-hovedstaden"),
        ("Tårnby Kommune", "185", "region-hovedstaden"),
        ("Vallensbæk Kommune", "187", "region-hovedstaden"),
        ("Halsnæs Kommune", "260", "region-hovedstaden"),
        ("Bornholms Regionskommune", "400", "region-hovedstaden"),
        ("Roskilde Kommune", "265", "region-sjaelland"),
        ("Guldborgsund Kommune", "376", "region-sjaelland"),
        ("Odense Kommune", "461", "region-syddanmark"),
        ("Nordfyns Kommune", "480", "region-syddanmark"),
        ("Ærø Kommune", "492", "region-syddanmark"),
        ("Fanø Kommune", "563", "region-syddanmark"),
        ("Aabenraa Kommune", "580", "region-syddanmark"),
        ("Vejle Kommune", "630", "region-syddanmark"),
        ("Horsens Kommune", "615", "region-midtjylland"),
        ("Samsø Kommune", "741", "region-midtjylland"),
        ("Aarhus Kommune", "751", "region-midtjylland"),
        ("Ringkøbing-Skjern Kommune", "760", "region-midtjylland"),
        ("Hedensted Kommune", "766", "region-midtjylland"),
        ("Morsø Kommune", "773", "region-nordjylland"),
        ("Vesthimmerlands Kommune", "820", "region-nordjylland"),
        ("Læsø Kommune", "825", "region-nordjylland"),
        ("Aalborg Kommune", "851", "region-nordjylland"),
        ("Hjørring Kommune", "860", "region-nordjylland"),
    ],
)
def test_kommune_spot_checks(kommuner, name, code, region):
    assert kommuner[name]["code"] == code
    assert kommuner[name]["region"] == region


def test_kommune_aliases(kommuner):
    assert "Odense" in split(kommuner["Odense Kommune"]["aliases"])
    kbh = split(kommuner["Københavns Kommune"]["aliases"])
    assert "København" in kbh and "Kbh. Kommune" in kbh
    aarhus = kommuner["Aarhus Kommune"]
    assert "Århus Kommune" in split(aarhus["aliases"]) + split(aarhus["former_names"])
    assert "Frederiksværk-Hundested Kommune" in split(kommuner["Halsnæs Kommune"]["former_names"])


# ------------------------------------------------------------------ hospitals

HISTORICAL = {
    "Glostrup Hospital": "rigshospitalet",
    "Amager Hospital": "amager-og-hvidovre-hospital",
    "Hvidovre Hospital": "amager-og-hvidovre-hospital",
    "Herlev Hospital": "herlev-og-gentofte-hospital",
    "Gentofte Hospital": "herlev-og-gentofte-hospital",
    "Bispebjerg Hospital": "bispebjerg-og-frederiksberg-hospital",
    "Frederiksberg Hospital": "bispebjerg-og-frederiksberg-hospital",
    "Hillerød Hospital": "nordsjaellands-hospital",
    "Svendborg Sygehus": "odense-universitetshospital",
    "Hospitalsenheden Vest": "regionshospitalet-goedstrup",
    "Psykiatrisk Center Hvidovre": "psykiatrisk-center-glostrup",
    "Psykiatrisk Center Gentofte": "psykiatrisk-center-ballerup",
}

CURRENT = [
    "Rigshospitalet",
    "Amager og Hvidovre Hospital",
    "Herlev og Gentofte Hospital",
    "Bispebjerg og Frederiksberg Hospital",
    "Nordsjællands Hospital",
    "Bornholms Hospital",
    "Region Hovedstadens Psykiatri",
    "Sjællands Universitetshospital",
    "Holbæk Sygehus",
    "Næstved, Slagelse og Ringsted Sygehuse",
    "Psykiatrien Region Sjælland",
    "Odense Universitetshospital",
    "Sygehus Lillebælt",
    "Sygehus Sønderjylland",
    "Sydvestjysk Sygehus",
    "Psykiatrien i Region Syddanmark",
    "Aarhus Universitetshospital",
    "Regionshospitalet Randers",
    "Regionshospitalet Horsens",
    "Hospitalsenhed Midt",
    "Regionshospitalet Gødstrup",
    "Aarhus Universitetshospital Psykiatrien",
    "Aalborg Universitetshospital",
    "Regionshospital Nordjylland",
    "Psykiatrien i Region Nordjylland",
    "Psykiatrisk Center København",
    "Psykiatrisk Center Glostrup",
    "Psykiatrisk Center Ballerup",
    "Psykiatrisk Center Amager",
    "Psykiatrisk Center Nordsjælland",
    "Psykiatrisk Center Sct. Hans",
    "Psykiatrisk Center Bornholm",
    "Børne- og Ungdomspsykiatrisk Center",
]


@pytest.fixture(scope="module")
def hospitals(data) -> dict[str, dict]:
    return {r["name"]: r for r in data["hospitals.csv"]}


def test_hospitals_have_region_and_parent(data):
    for r in data["hospitals.csv"]:
        assert r["type"] == "Hospital", r["id"]
        assert r["region"] in REGION_CODES, r["id"]
        assert r["parent"], r["id"]


@pytest.mark.parametrize("name,successor", sorted(HISTORICAL.items()))
def test_historical_hospitals(hospitals, name, successor):
    assert hospitals[name]["successor"] == successor


@pytest.mark.parametrize("name", CURRENT)
def test_current_hospitals(hospitals, name):
    assert not hospitals[name]["successor"], name


def test_psychiatry_hierarchy(hospitals, by_id):
    rhp = hospitals["Region Hovedstadens Psykiatri"]
    assert rhp["parent"] == "region-hovedstaden"
    for r in hospitals.values():
        if r["name"].startswith("Psykiatrisk Center") and r["region"] == "region-hovedstaden":
            assert r["parent"] == "region-hovedstadens-psykiatri", r["name"]
    # every hospital's parent chain ends at its own region
    for r in hospitals.values():
        cur = r
        while cur["parent"] and cur["type"] != "Region":
            cur = by_id[cur["parent"]]
        assert cur["id"] == r["region"], r["name"]


# ------------------------------------------------------------------ abbreviations and names


@pytest.mark.parametrize(
    "abbr,target",
    [
        ("OUH", "odense-universitetshospital"),
        ("AUH", "aarhus-universitetshospital"),
        ("AAUH", "aalborg-universitetshospital"),
        ("RH", "rigshospitalet"),
        ("HVH", "hvidovre-hospital"),
        ("BBH", "bispebjerg-hospital"),
        ("HEH", "herlev-hospital"),
        ("GEH", "gentofte-hospital"),
        ("GLO", "glostrup-hospital"),
        ("NOH", "nordsjaellands-hospital"),
        ("SUH", "sjaellands-universitetshospital"),
        ("SLB", "sygehus-lillebaelt"),
        ("RHN", "regionshospital-nordjylland"),
        ("RHP", "region-hovedstadens-psykiatri"),
        ("SST", "sundhedsstyrelsen"),
        ("STAR", "styrelsen-for-arbejdsmarked-og-rekruttering"),
        ("SDU", "syddansk-universitet"),
        ("KP", "koebenhavns-professionshoejskole"),
    ],
)
def test_abbreviation_targets(rows, abbr, target):
    owners = [r["id"] for r in rows if abbr in split(r["abbreviations"])]
    assert owners == [target]


def test_no_abbreviation_used_twice(rows):
    seen = Counter(a.casefold() for r in rows for a in split(r["abbreviations"]))
    assert not [a for a, n in seen.items() if n > 1]


def test_no_surface_form_names_two_organisations(rows):
    owners = defaultdict(set)
    for r in rows:
        for form in [r["name"], *[f for c in MULTI for f in split(r[c])]]:
            owners[" ".join(form.casefold().split())].add(r["id"])
    clashes = {f: ids for f, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_associations(data, by_id):
    assert by_id["kl"]["sector"] == "MunicipalSector"
    assert "Kommunernes Landsforening" in split(by_id["kl"]["aliases"])
    assert by_id["danske-regioner"]["sector"] == "RegionalSector"
    kkr = [r for r in data["associations.csv"] if r["name"].startswith("KKR ")]
    assert len(kkr) == 5
    for r in kkr:
        assert r["type"] == "Political" and r["parent"] == "kl"
        assert r["sector"] == "MunicipalSector"
        assert r["region"] == "region-" + slug(r["name"][4:])
    assert (
        by_id["professionshoejskolen-metropol"]["successor"] == "koebenhavns-professionshoejskole"
    )
    assert by_id["koebenhavns-universitet"]["type"] == "Education"


def test_authorities(by_id):
    assert by_id["sundhedsstyrelsen"]["parent"] == "indenrigs-og-sundhedsministeriet"
    assert by_id["statsforvaltningen"]["successor"] == "familieretshuset"
    assert by_id["socialstyrelsen"]["successor"] == "social-og-boligstyrelsen"
    assert by_id["sundheds-og-aeldreministeriet"]["successor"] == "indenrigs-og-sundhedsministeriet"
    # the twelve police districts, each under Rigspolitiet
    districts = [r for r in by_id.values() if r["name"].endswith(" Politi")]
    assert len(districts) == 12
    assert {r["parent"] for r in districts} == {"rigspolitiet"}
    for r in by_id.values():
        if r["type"] == "NationalAuthority":
            assert r["sector"] in ("", "StateSector"), r["id"]


def test_companies_are_companies_with_known_parents(data, by_id):
    rows = data["companies.csv"]
    assert 80 <= len(rows) <= 150
    assert {r["type"] for r in rows} == {"Company"}
    for r in rows:
        assert not r["parent"] or by_id[r["parent"]]["type"] == "Company"
    names = {r["name"] for r in rows}
    assert {"Salling Group", "Coop Danmark", "Rema 1000", "Novo Nordisk", "KMD"} <= names
    # brand names that are ordinary Danish words never stand alone
    forms = {f for r in rows for f in (r["name"], *r["aliases"].split("|")) if f}
    assert not forms & {"Netto", "Fakta", "Tryg", "Irma", "Normal", "Power", "Jysk"}


def test_transport_companies(data, by_id):
    """The five trafikselskaber: public, each in its region but Movia (two regions)."""
    rows = data["transport.csv"]
    assert {r["name"] for r in rows} == {
        "Movia",
        "Midttrafik",
        "Sydtrafik",
        "FynBus",
        "Nordjyllands Trafikselskab",
    }
    assert {(r["type"], r["sector"]) for r in rows} == {("Other", "RegionalSector")}
    assert by_id["midttrafik"]["region"] == "region-midtjylland"
    assert by_id["movia"]["region"] == ""
