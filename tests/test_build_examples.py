"""Building the bundled examples: the organisations the texts name, with class, sector,
region and code; SHACL conformance; and identical graphs from two builds."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.validate import validate_file
from tests.conftest import EXAMPLES, run_kg

SAM = "https://w3id.org/samspil/ontology#"
ID = "https://w3id.org/samspil/id/"

ORG_FACTS = """
PREFIX sam: <https://w3id.org/samspil/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?wanted ?org ?class ?sector ?region ?code
       (GROUP_CONCAT(DISTINCT ?source; SEPARATOR="|") AS ?sources) WHERE {
  ?org a org:Organization, ?class ; skos:prefLabel ?name ; sam:sector ?sector ;
       prov:wasDerivedFrom/dcterms:source ?source .
  FILTER (?class != org:Organization)
  OPTIONAL { ?org sam:region/skos:prefLabel ?region }
  OPTIONAL { ?org dcterms:identifier ?code }
  FILTER (STR(?name) = STR(?wanted))
} GROUP BY ?org ?class ?sector ?region ?code ?wanted
"""


@pytest.fixture(scope="module")
def store(examples_graph: Path) -> ox.Store:
    loaded = ox.Store()
    loaded.load(path=str(examples_graph))
    return loaded


def _facts(store: ox.Store, name: str) -> list[dict[str, str | None]]:
    rows = store.query(
        ORG_FACTS,
        use_default_graph_as_union=True,
        substitutions={ox.Variable("wanted"): ox.Literal(name)},
    )
    return [
        {
            key: (row[key].value if row[key] is not None else None)
            for key in ("org", "class", "sector", "region", "code", "sources")
        }
        for row in rows
    ]


# (name as the texts give it, class, sector, region, kommunekode, a file that names it)
# — each checked by reading the example texts; region and code are facts of Denmark.
EXPECTED = [
    ("Odense Kommune", "Municipality", "MunicipalSector", "Region Syddanmark", "461", "01_"),
    ("Nyborg Kommune", "Municipality", "MunicipalSector", "Region Syddanmark", "450", "01_"),
    (
        "Ringkøbing-Skjern Kommune",
        "Municipality",
        "MunicipalSector",
        "Region Midtjylland",
        "760",
        "02_",
    ),
    ("Holbæk Kommune", "Municipality", "MunicipalSector", "Region Sjælland", "316", "07_"),
    ("Hvidovre Kommune", "Municipality", "MunicipalSector", "Region Hovedstaden", "167", "06_"),
    ("Odense Universitetshospital", "Hospital", "RegionalSector", "Region Syddanmark", None, "01_"),
    (
        "Aarhus Universitetshospital",
        "Hospital",
        "RegionalSector",
        "Region Midtjylland",
        None,
        "02_",
    ),
    ("Hvidovre Hospital", "Hospital", "RegionalSector", "Region Hovedstaden", None, "06_"),
    ("Region Syddanmark", "Region", "RegionalSector", None, "1083", "01_"),
    ("Region Sjælland", "Region", "RegionalSector", None, "1085", "07_"),
    ("Sundhedsstyrelsen", "NationalAuthority", "StateSector", None, None, "04_"),
    ("Ældre Sagen", "Association", "CivilSociety", None, None, "06_"),
    ("Syddansk Universitet", "EducationInstitution", "EducationSector", None, None, "03_"),
    ("Jobcenter Holbæk", "MunicipalUnit", "MunicipalSector", None, None, "08_"),
]


@pytest.mark.parametrize(("name", "cls", "sector", "region", "code", "source"), EXPECTED)
def test_examples_yield_the_organisations_the_texts_name(
    store: ox.Store,
    name: str,
    cls: str,
    sector: str,
    region: str | None,
    code: str | None,
    source: str,
) -> None:
    found = _facts(store, name)
    assert len(found) == 1, f"{name}: {found}"
    fact = found[0]
    assert fact["class"] == SAM + cls
    assert fact["sector"] == SAM + sector
    assert fact["region"] == region
    assert fact["code"] == code
    assert any(s.startswith(source) for s in fact["sources"].split("|"))


def test_genitives_short_forms_and_abbreviations_are_one_node(store: ox.Store) -> None:
    # "Odense Kommunes" (03), "Odense" beside kommune words (03), "OUH" (01): one node each
    labels = """
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT ?text ?org WHERE {
      ?org skos:prefLabel|skos:altLabel ?label . FILTER (STR(?label) = ?text)
    }
    """
    for text, iri in [
        ("OUH", ID + "org/odense-universitetshospital"),
        ("AUH", ID + "org/aarhus-universitetshospital"),
        ("Ringkøbing-Skjern Kommunes", ID + "org/ringkoebing-skjern-kommune"),
    ]:
        rows = store.query(
            labels,
            use_default_graph_as_union=True,
            substitutions={ox.Variable("text"): ox.Literal(text)},
        )
        assert {row["org"].value for row in rows} == {iri}, text


def test_the_examples_graph_conforms_to_the_shapes(examples_graph: Path) -> None:
    violations = [v for v in validate_file(examples_graph) if v.severity == "Violation"]
    assert violations == []


def test_two_builds_give_identical_graphs(tmp_path: Path) -> None:
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    for out in (first, second):
        result = run_kg("build", str(EXAMPLES), "--out", str(out), "--no-validate")
        assert result.returncode == 0, result.stderr

    def data(path: Path) -> list[str]:
        """The quads outside the ontology's graph (copied from a file, with OWL lists)."""
        ontology = "<https://w3id.org/samspil/ontology> ."
        lines = path.read_text(encoding="utf-8").splitlines()
        return sorted(line for line in lines if not line.endswith(ontology))

    lines = data(first)
    assert len(lines) > 1000
    assert lines == data(second)
    assert not any("_:" in line for line in lines)  # no blank nodes: every IRI is stable


def test_explain_shows_forms_documents_and_why(examples_graph: Path) -> None:
    result = run_kg("explain", "ouh", "--graph", str(examples_graph))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        "Odense Universitetshospital  <" + ID + "org/odense-universitetshospital>"
    )
    assert "01_dagsorden_sundhedskoordinationsudvalg.txt" in lines[2]
    abbreviation = next(line for line in lines if line.strip().startswith("'OUH'"))
    assert "abbreviation of 'Odense Universitetshospital' in the reference data" in abbreviation
    assert "found by reference_orgs" in abbreviation


def test_explain_of_an_unknown_label(examples_graph: Path) -> None:
    result = run_kg("explain", "Ingen Sådan Organisation", "--graph", str(examples_graph))
    assert result.returncode != 0
    assert result.stderr.strip() == "kg: error: no entity labelled 'Ingen Sådan Organisation'"


def test_a_project_keeps_the_short_name_its_title_holds(store: ox.Store) -> None:
    # 05: "Sikker overgang – fra psykiatrisk indlæggelse til eget hjem"
    query = """
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX schema: <https://schema.org/>
    SELECT ?alt WHERE {
      ?p a schema:Project ;
         skos:prefLabel "Sikker overgang – fra psykiatrisk indlæggelse til eget hjem"@da ;
         skos:altLabel ?alt }
    """
    rows = store.query(query, use_default_graph_as_union=True)
    assert [row["alt"].value for row in rows] == ["Sikker overgang"]
