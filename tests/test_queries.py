"""The bundled queries on a hand-written graph (tests/data/partnerships.trig), in the exact
shape kg/graph.py writes: every query with its full expected rows.  The facts are listed at
the top of the fixture file; the examples built by the real pipeline are tested in
test_queries_examples.py.  Also: parameter binding and injection, formats, error messages,
the CLI and the Python API."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.query import (
    QueryError,
    bundled_queries,
    format_result,
    resolve_query,
    run_local,
)
from kg.remote import outer_group_start, with_values

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "data" / "partnerships.trig"
ONTOLOGY = REPO / "ontology" / "samspil.ttl"
ONTOLOGY_GRAPH = "https://w3id.org/samspil/ontology"

# parameter values the fixture answers (shared with the remote tests)
FIXTURE_PARAMS: dict[str, dict[str, str]] = {
    "partners": {"org": "odense kommune"},
    "organisation-profile": {"org": "OUH"},
    "pool-projects": {"pool": "SATSPULJEN FOR PSYKISK SÅRBARE"},
    "evidence": {"a": "Odense", "b": "ouh"},
    "mentions": {"entity": "odense"},
    "projects-in-year": {"year": "2021"},
    "hierarchy": {"org": "Odense Kommune"},
    "people-by-organisation": {"org": "*"},
    "project-contacts": {"project": "*"},
    "organisations": {"text": "aarhus"},
}


def load_fixture() -> ox.Store:
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    store.load(
        path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH)
    )
    return store


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load_fixture()


@pytest.fixture(scope="module")
def fixture_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture with its ontology graph, as one TriG file (for the CLI)."""
    path = tmp_path_factory.mktemp("fixture") / "fixture.trig"
    load_fixture().dump(output=str(path), format=ox.RdfFormat.TRIG)
    return path


def rows(store: ox.Store, name: str, **values: str) -> list[tuple]:
    result = run_local(store, resolve_query(name), values)
    return [tuple(row) for row in result.rows]


def split(cell: str | None) -> set[str]:
    return set(cell.split(" | ")) if cell else set()


# ------------------------------------------------------------------------- the library
def test_every_query_has_a_full_header():
    queries = bundled_queries()
    assert len(queries) >= 16
    for name, query in queries.items():
        assert name == name.lower() and " " not in name and "_" not in name, name
        assert query.title and query.question_da and query.question_en, name
        for param in query.params:
            assert param.description, (name, param.name)
            if param.type == "label":  # resolved into a VALUES block, used in the query
                assert f"?{param.name} " in query.text.split("WHERE", 1)[1], (name, param.name)
                continue
            # SEP-0007 substitution (pyoxigraph) needs the variable in the projection
            assert f"?{param.name}" in query.text.split("WHERE", 1)[0], (name, param.name)
    assert queries["partners"].params[0].name == "org"


def test_every_query_reads_as_a_select_to_sparqlwrapper():
    # SPARQLWrapper guesses the query form from the text, and its comment stripping misses
    # every other line of a comment block: a word such as "dropped" there reads as DROP,
    # and the query is then sent as an update (HTTP 400 from the endpoint)
    wrapper_module = pytest.importorskip("SPARQLWrapper")
    for name, query in bundled_queries().items():
        wrapper = wrapper_module.SPARQLWrapper("http://localhost/query")
        wrapper.setQuery(query.text)
        assert wrapper.queryType == "SELECT", name


def test_cross_sector_partnerships(store):
    got = {
        (r[0], r[2]): (r[1], r[3], int(r[4]), split(r[5]))
        for r in rows(store, "cross-sector-partnerships")
    }
    assert got[("Aarhus Kommune", "Aarhus Universitetshospital")] == (
        "kommunal sektor",
        "regional sektor",
        2,
        {"Sammen om sundhed", "Sundhedsaftalen i Midtjylland"},
    )
    assert got[("Landsforeningen SIND", "Odense Kommune")] == (
        "civilsamfund",
        "kommunal sektor",
        1,
        {"Bedre overgange"},
    )
    assert got[("Center for Misbrug", "Socialområdet i Region Syddanmark")][2] == 1
    # same sector: never a pair; each pair once
    assert ("Odense Universitetshospital", "Region Syddanmark") not in got
    assert ("Odense Kommune", "Landsforeningen SIND") not in got
    assert len(got) == 10


def test_municipality_region_hospital(store):
    got = {r[0]: r[1:] for r in rows(store, "municipality-region-hospital")}
    assert got == {
        "Bedre overgange": (
            "projekt",
            "Odense Kommune",
            "Region Syddanmark",
            "Odense Universitetshospital",
        ),
        "Sammen om sundhed": (
            "projekt",
            "Aarhus Kommune",
            "Region Midtjylland",
            "Aarhus Universitetshospital",
        ),
        "Sundhedsaftalen i Midtjylland": (
            "samarbejde",
            "Aarhus Kommune",
            "Region Midtjylland",
            "Aarhus Universitetshospital",
        ),
    }  # "Psykiatri og misbrug" has a regional unit but no hospital


def test_partners_by_any_label_case_insensitive(store):
    expected = [
        ("Landsforeningen SIND", "forening", "Bedre overgange", "projekt", "ejer", "deltager"),
        (
            "Odense Universitetshospital",
            "hospital",
            "Bedre overgange",
            "projekt",
            "ejer",
            "deltager",
        ),
        ("Region Syddanmark", "region", "Bedre overgange", "projekt", "ejer", "deltager"),
    ]
    assert rows(store, "partners", org="odense kommune") == expected
    assert rows(store, "partners", org="ODENSE") == expected  # altLabel
    got = rows(store, "partners", org="OUH")
    assert ("Odense Kommune", "kommune", "Bedre overgange", "projekt", "deltager", "ejer") in got
    assert rows(store, "partners", org="Ingen Kommune") == []


def test_organisation_profile(store):
    got = rows(store, "organisation-profile", org="Odense Kommune")
    assert (
        "Odense Kommune",
        "projekt",
        "Bedre overgange",
        "ejer",
        "3380000",
        "2019-01-01",
        "2021-12-31",
        "Puljen til psykisk sårbare",
    ) in got
    assert (
        "Odense Kommune",
        "person",
        "Mette Hansen",
        "projektleder",
        None,
        None,
        None,
        None,
    ) in got
    assert (
        "Odense Kommune",
        "underenhed",
        "Social- og Arbejdsmarkedsforvaltningen",
        None,
        None,
        None,
        None,
        None,
    ) in got
    assert ("Odense Kommune", "region", "Region Syddanmark", None, None, None, None, None) in got
    documents = {r[2] for r in got if r[1] == "dokument"}
    assert documents == {"Status for satspuljeprojekter 2021", "Samarbejde i Midtjylland"}
    aspects = [r[1] for r in got]
    order = ["projekt", "samarbejde", "pulje", "person", "overordnet", "underenhed", "region"]
    assert aspects == sorted(aspects, key=[*order, "dokument"].index)
    pools = rows(store, "organisation-profile", org="sst")
    assert (
        "Sundhedsstyrelsen",
        "pulje",
        "Puljen til psykisk sårbare",
        "administrerer",
        "72100000",
        None,
        None,
        None,
    ) in pools


def test_funding_pools_count_each_project_once(store):
    assert rows(store, "funding-pools") == [
        ("Puljen til psykisk sårbare", "Sundhedsstyrelsen", "72100000", "2", "2", "4880000"),
        (
            "Pulje til nære sundhedstilbud",
            "Sundheds- og Ældreministeriet",
            None,
            "1",
            "1",
            "2000000",
        ),
    ]  # "Bedre overgange" states 3.380.000 kr. in two documents: counted once


def test_pool_projects(store):
    got = rows(store, "pool-projects", pool="Puljen til psykisk sårbare")
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in got] == [
        ("Bedre overgange", "Odense Kommune", "3380000", "2019-01-01", "2021-12-31"),
        ("Psykiatri og misbrug", "Svendborg Kommune", "1500000", "2020-03-01", "2022-02-28"),
    ]
    assert split(got[0][2]) == {
        "Odense Kommune",
        "Odense Universitetshospital",
        "Region Syddanmark",
        "Landsforeningen SIND",
    }
    assert rows(store, "pool-projects", pool="satspuljen for psykisk sårbare") == got  # altLabel


def test_money_by_region(store):
    got = {r[0]: r[1:] for r in rows(store, "money-by-region")}
    assert set(got) == {"Region Syddanmark", "Region Midtjylland"}  # the fixture's regions
    # Psykiatri og misbrug (Svendborg + Center for Misbrug under Odense) counts once
    assert got["Region Syddanmark"][:3] == ("2", "2", "4880000")
    assert split(got["Region Syddanmark"][3]) == {"Odense Kommune", "Svendborg Kommune"}
    assert got["Region Midtjylland"][:3] == ("2", "2", "2780000")
    assert split(got["Region Midtjylland"][3]) == {"Aarhus Kommune", "Horsens Kommune"}


def test_people_queries(store):
    assert rows(store, "people-by-organisation", org="odense") == [
        ("Odense Kommune", "Mette Hansen", "projektleder", "Bedre overgange")
    ]
    everyone = rows(store, "people-by-organisation")  # default *
    assert ("Horsens Kommune", "Jesper Ingberg", "IKT konsulent", "Biofeedback") in everyone
    assert ("Region Syddanmark", "Mette Hansen", "udviklingskonsulent", "") in [
        (*r[:3], r[3] or "") for r in everyone
    ]
    assert len(everyone) == 4
    assert rows(store, "project-contacts") == [
        ("Bedre overgange", "Mette Hansen", "projektleder", "Odense Kommune"),
        ("Biofeedback", "Jesper Ingberg", "IKT konsulent", "Horsens Kommune"),
        (
            "Psykiatri og misbrug",
            "Lars Nielsen",
            "psykiatrikonsulent",
            "Socialområdet i Region Syddanmark",
        ),
    ]
    assert rows(store, "project-contacts", project="BIOFEEDBACK") == [
        ("Biofeedback", "Jesper Ingberg", "IKT konsulent", "Horsens Kommune")
    ]
    several = rows(store, "people-in-several-organisations")
    assert [(r[0], r[1]) for r in several] == [("Mette Hansen", "2")]
    assert split(several[0][2]) == {"Odense Kommune", "Region Syddanmark"}


def test_hierarchy(store):
    assert rows(store, "hierarchy", org="odense kommune") == [
        (
            "Odense Kommune",
            "Social- og Arbejdsmarkedsforvaltningen",
            "kommunal enhed",
            "Odense Kommune",
            "1",
        ),
        (
            "Odense Kommune",
            "Center for Misbrug",
            "kommunal enhed",
            "Social- og Arbejdsmarkedsforvaltningen",
            "2",
        ),
    ]
    everything = rows(store, "hierarchy")  # default *: every kommune and region
    assert {(r[0], r[1]) for r in everything} == {
        ("Odense Kommune", "Social- og Arbejdsmarkedsforvaltningen"),
        ("Odense Kommune", "Center for Misbrug"),
        ("Region Syddanmark", "Odense Universitetshospital"),
        ("Region Syddanmark", "Socialområdet i Region Syddanmark"),
        ("Region Midtjylland", "Aarhus Universitetshospital"),
    }
    # a unit as the top works too
    assert [
        r[1] for r in rows(store, "hierarchy", org="Social- og Arbejdsmarkedsforvaltningen")
    ] == ["Center for Misbrug"]


def test_most_connected(store):
    got = rows(store, "most-connected")
    assert got[:4] == [
        ("Landsforeningen SIND", "civilsamfund", "3", "1", "0", "2"),
        ("Odense Kommune", "kommunal sektor", "3", "1", "0", "2"),
        ("Odense Universitetshospital", "regional sektor", "3", "1", "0", "3"),
        ("Region Syddanmark", "regional sektor", "3", "1", "0", "3"),
    ]
    by_name = {r[0]: r[2:] for r in got}
    assert by_name["Aarhus Kommune"] == ("2", "1", "1", "1")
    assert len(got) == 12


def test_evidence(store):
    assert rows(store, "evidence", a="Odense", b="ouh") == [
        (
            "Bedre overgange",
            "projekt",
            "Samarbejde i Midtjylland",
            "midt.md",
            "I Bedre overgange arbejder OUH og Odense Kommune tæt sammen.",
        ),
        (
            "Bedre overgange",
            "projekt",
            "Status for satspuljeprojekter 2021",
            "status.txt",
            "Odense Kommune leder projektet Bedre overgange sammen med OUH, Region Syddanmark "
            "og SIND.",
        ),
    ]
    direct = rows(
        store, "evidence", a="Center for Misbrug", b="Social- og Arbejdsmarkedsforvaltningen"
    )
    assert direct == [
        (
            "subOrganizationOf",
            "relation",
            "Status for satspuljeprojekter 2021",
            "status.txt",
            "Center for Misbrug hører under Social- og Arbejdsmarkedsforvaltningen.",
        ),
    ]
    # a shared collaboration without a sentence still names its document
    assert rows(store, "evidence", a="Region Midt", b="AUH") == [
        ("Sammen om sundhed", "projekt", "Pulje til nære sundhedstilbud", "naere.pdf", None),
        (
            "Sundhedsaftalen i Midtjylland",
            "samarbejde",
            "Samarbejde i Midtjylland",
            "midt.md",
            None,
        ),
    ]


def test_mentions(store):
    # the quotes in any order: SPARQL leaves the order of GROUP_CONCAT's items open
    assert [(*row[:5], split(row[5])) for row in rows(store, "mentions", entity="odense")] == [
        (
            "Odense Kommune",
            "organisation",
            "Status for satspuljeprojekter 2021",
            "status.txt",
            "2",
            {"Odense Kommune", "Odense"},
        ),
        (
            "Odense Kommune",
            "organisation",
            "Samarbejde i Midtjylland",
            "midt.md",
            "1",
            {"Odense Kommune"},
        ),
    ]
    people = rows(store, "mentions", entity="Mette Hansen")  # foaf:name; no mention nodes
    assert {(r[0], r[1], r[3], r[4]) for r in people} == {
        ("Mette Hansen", "person", "status.txt", "0"),
        ("Mette Hansen", "person", "midt.md", "0"),
    }
    projects = rows(store, "mentions", entity="bedre overgange")
    assert [(r[1], r[3], r[4]) for r in projects] == [
        ("projekt", "status.txt", "1"),
        ("projekt", "midt.md", "0"),
    ]


def test_projects_in_year(store):
    def titles(year):
        return [r[0] for r in rows(store, "projects-in-year", year=str(year))]

    assert titles(2018) == []
    assert titles(2019) == ["Bedre overgange"]
    assert titles(2021) == ["Bedre overgange", "Psykiatri og misbrug", "Biofeedback"]
    assert titles(2023) == ["Biofeedback", "Sammen om sundhed"]  # Biofeedback has no end
    assert rows(store, "projects-in-year", year="2022")[-1] == (
        "Sammen om sundhed",
        "2022-01-01",
        "2023-12-31",
        "Aarhus Kommune",
        "2000000",
    )


def test_organisations(store):
    got = rows(store, "organisations", text="aarhus")
    assert [r[0] for r in got] == [
        "Aarhus Kommune",
        "Aarhus Universitetshospital",
        "Aarhus Universitet",
    ]
    assert got[0][:5] == ("Aarhus Kommune", "kommune", "kommunal sektor", "Region Midtjylland", "2")
    assert split(got[0][5]) == {"Aarhus", "Århus", "Århus Kommune"}
    assert len(rows(store, "organisations")) == 15


# ---------------------------------------------------------------------------- binding
INJECTIONS = [
    'Odense Kommune"',
    "Odense Kommune' ",
    '"} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #',
    "x } ; DROP GRAPH <https://w3id.org/samspil/id/graph/reference> ; {",
    '\\u0022) || true || ("',
    '""" ) } UNION { ?o ?p ?label } #',
    "line\nbreak",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameter_values_stay_values(store, value):
    size = len(store)
    assert rows(store, "partners", org=value) == []
    assert rows(store, "mentions", entity=value) == []
    assert len(store) == size


@pytest.mark.parametrize("value", INJECTIONS)
def test_remote_values_block_escapes(value):
    """The VALUES block sent to an endpoint parses, and carries the value unchanged."""
    from kg.query import bind

    named = resolve_query("partners")
    text = with_values(named.text, bind(named, {"org": value}))
    assert list(load_fixture().query(text)) == []
    echo = with_values("SELECT ?org WHERE { }", {"org": ox.Literal(value)})
    assert [solution["org"].value for solution in ox.Store().query(echo)] == [value]


def test_values_block_goes_into_the_outer_where():
    text = (
        "PREFIX a: <http://x/#{>\n# a comment with { brace\n"
        'SELECT ?x (IF(?a < 3, "{", "}") AS ?y)\n'
        "WHERE { { SELECT ?x WHERE { ?x ?p ?o } } }"
    )
    position = outer_group_start(text)
    assert text[position - len("WHERE {") : position] == "WHERE {"
    construct = "CONSTRUCT { ?s <http://x/p> ?o } WHERE { ?s ?q ?o }"
    assert construct[: outer_group_start(construct)].endswith("WHERE {")
    short = "CONSTRUCT WHERE { ?s ?p ?o }"
    assert short[: outer_group_start(short)].endswith("WHERE {")


def test_typed_parameters(store):
    with pytest.raises(QueryError, match="not a integer"):
        rows(store, "projects-in-year", year="twenty")
    with pytest.raises(QueryError, match="needs --param year"):
        rows(store, "projects-in-year")
    with pytest.raises(QueryError, match="no parameter 'organisation'"):
        rows(store, "partners", organisation="x")


def test_malformed_query_gives_line_and_column(store):
    named = resolve_query("SELECT * WHERE {\n  ?s ?p \n}")
    with pytest.raises(QueryError) as info:
        run_local(store, named, {})
    message = str(info.value)
    assert "\n" not in message
    assert re.search(r"syntax error at line 3, column \d+: ", message), message


def test_inline_query_and_rq_file(store, tmp_path):
    named = resolve_query("ASK { ?s a <https://schema.org/Project> }")
    assert run_local(store, named, {}).boolean is True
    path = tmp_path / "mine.rq"
    path.write_text(
        "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name"
    )
    result = run_local(store, resolve_query(str(path)), {})
    assert result.rows[0] == ["Jesper Ingberg"]
    with pytest.raises(QueryError, match="unknown query"):
        resolve_query("no-such-query")


# ---------------------------------------------------------------------------- formats
def test_formats(store):
    result = run_local(store, resolve_query("money-by-region"), {})
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["region", "projects", "projectsWithAmount", "dkk", "kommuner"]
    assert set(table[1]) <= {"-", " "} and table[-1] == "(2 rows)"
    # aligned: every column starts at the same offset on every line
    start = table[0].index("projects")
    assert all(line[start - 2 : start] == "  " for line in table[1:-1])

    parsed = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert parsed[0] == ["region", "projects", "projectsWithAmount", "dkk", "kommuner"]
    assert parsed[1][:4] == ["Region Syddanmark", "2", "2", "4880000"]
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[1].split("\t")[:4] == ["Region Syddanmark", "2", "2", "4880000"]

    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["region", "projects", "projectsWithAmount", "dkk", "kommuner"]
    first = data["results"]["bindings"][0]
    assert first["dkk"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    assert first["region"] == {"type": "literal", "value": "Region Syddanmark"}


def test_table_aligns_danish_letters():
    from kg.query import QueryResult

    decomposed = "Ringko\u0308bing"  # o + combining diaeresis, as some PDFs write ø-like letters
    result = QueryResult(["navn", "n"], [["Ærø Kommune", "1"], ["Aa", "2"], [decomposed, "3"]])
    lines = format_result(result, "table").splitlines()
    columns = {line.rindex(str(n)) for n, line in enumerate(lines[2:5], start=1)}
    assert len(columns) == 1


def test_param_columns_are_not_in_results(store):
    result = run_local(store, resolve_query("partners"), {"org": "Odense Kommune"})
    assert "org" not in result.variables
    assert result.variables[0] == "partner"


def test_local_json_is_oxigraphs_own():
    """run_local builds the JSON from the solutions' terms: the same as Oxigraph writes it."""
    from kg.query import QueryResult, result_from_json

    local = ox.Store()
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    for value in (
        ox.Literal("plain"),
        ox.Literal("hej", language="da"),
        ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ox.BlankNode("b1"),
        s,
    ):
        local.add(ox.Quad(s, p, value))
    text = "SELECT ?s ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?o ?p ?none } } ORDER BY STR(?o)"
    named = resolve_query(text)
    answer = local.query(text).serialize(format=ox.QueryResultsFormat.JSON)
    expected = result_from_json(json.loads(answer))
    result = run_local(local, named, {})
    assert result.rows == expected.rows and result.variables == expected.variables
    assert result.raw_json == expected.raw_json
    assert result == QueryResult(expected.variables, expected.rows, expected.raw_json)
    assert 7 in [record["o"] for record in result.records()]
    objects = [binding["o"] for binding in result.raw_json["results"]["bindings"]]
    assert {"type": "bnode", "value": "b1"} in objects
    # parameters are still dropped from the rows and the JSON
    partners = run_local(local, resolve_query("partners"), {"org": "Odense Kommune"})
    assert partners.raw_json == {"head": {"vars": partners.variables}, "results": {"bindings": []}}


def test_construct_prints_turtle(store):
    named = resolve_query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "CONSTRUCT { ?o skos:prefLabel ?l } "
        "WHERE { ?o skos:altLabel 'SIND'@da ; skos:prefLabel ?l }"
    )
    text = format_result(run_local(store, named, {}), "table")
    assert "Landsforeningen SIND" in text and "skos:prefLabel" in text
    graph = ox.Store()
    graph.load(text.encode(), format=ox.RdfFormat.TURTLE)
    assert len(graph) == 1


# -------------------------------------------------------------------------------- CLI
def kg_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_query_queries_and_errors(fixture_file):
    listing = kg_cli("queries")
    assert listing.returncode == 0
    for name in bundled_queries():
        assert f"\n{name}" in f"\n{listing.stdout}"
    assert "--param org=<string>" in listing.stdout

    ok = kg_cli(
        "query", "partners", "--graph", str(fixture_file), "--param", "org=OUH", "--format", "csv"
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines()[0] == "partner,partnerType,work,kind,role,partnerRole"
    assert "Odense Kommune,kommune,Bedre overgange,projekt,deltager,ejer" in ok.stdout

    injected = kg_cli(
        "query",
        "partners",
        "--graph",
        str(fixture_file),
        "--param",
        'org=x" } ; DROP ALL ; SELECT * WHERE { "',
    )
    assert injected.returncode == 0 and "(0 rows)" in injected.stdout

    bad = kg_cli("query", "SELECT * WHERE { ?s ?p }", "--graph", str(fixture_file))
    assert bad.returncode != 0
    assert bad.stderr.count("\n") == 1 and "line 1, column" in bad.stderr

    unknown = kg_cli("query", "partners", "--graph", str(fixture_file), "--format", "xml")
    assert unknown.returncode != 0 and "unknown format" in unknown.stderr


def test_cli_unreachable_endpoint_is_one_line():
    result = kg_cli(
        "query",
        "partners",
        "--endpoint",
        "http://127.0.0.1:9/query",
        "--param",
        "org=x",
        "--timeout",
        "2",
    )
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1
    assert "cannot reach the endpoint" in result.stderr and "2 attempts" in result.stderr


# -------------------------------------------------------------------------------- API
def test_python_api(store, fixture_file):
    graph = kg.open(fixture_file)
    got = graph.query("projects-in-year", year=2021)
    assert got[0] == {
        "project": "Bedre overgange",
        "start": date(2019, 1, 1),
        "end": date(2021, 12, 31),
        "owner": "Odense Kommune",
        "dkk": 3380000,
    }
    assert got[2]["end"] is None
    assert kg.open(store).query("partners", org="SIND")[0]["partner"] == "Odense Kommune"
    assert kg.open(str(fixture_file)).query("ASK { ?s ?p ?o }") == [{"boolean": True}]
    with pytest.raises(QueryError):
        kg.open(fixture_file.with_suffix(".missing.ttl"))


def test_api_to_pandas(fixture_file):
    pd = pytest.importorskip("pandas")
    frame = kg.open(fixture_file).query("money-by-region").to_pandas()
    assert list(frame.columns) == ["region", "projects", "projectsWithAmount", "dkk", "kommuner"]
    assert frame["dkk"].sum() == 4880000 + 2780000
    assert isinstance(pd.DataFrame(kg.open(fixture_file).query("funding-pools")), pd.DataFrame)


def test_import_kg_stays_light():
    code = (
        "import sys, kg; "
        "print(sorted(m for m in ('pyoxigraph', 'rdflib', 'kg.api') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]"
