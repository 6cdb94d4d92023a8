"""The collaboration network: reading it from RDF, shaping it, the page, stats and exports.

A small hand-written graph (organisations of four sectors, a project with an owner, a pool,
a person, a collaboration, evidence, a hostile label) keeps these tests fast and exact.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import load_graph_file
from viz.export import ExportError, write_network
from viz.network import (
    SHARED,
    VizError,
    collapse_projects,
    find_node,
    focus,
    fold,
    network_from_store,
    select,
)
from viz.page import page_data, render_page, script_json, write_page
from viz.stats import format_stats, network_stats

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"

GRAPH = f"""
@prefix sam: <https://w3id.org/samspil/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix id: <https://w3id.org/samspil/id/> .

id:doc1 a sam:Document ; dcterms:source "notat.txt" ; dcterms:title "Notat" .
id:doc2 a sam:Document ; dcterms:source "{HOSTILE}.txt" ; dcterms:title "{SCRIPT}" .

id:aarhus a org:Organization, sam:Municipality ; skos:prefLabel "Aarhus Kommune"@da ;
  skos:altLabel "Århus Kommune"@da, "Aarhus"@da ; sam:sector sam:MunicipalSector ;
  sam:region id:midt ; prov:wasDerivedFrom id:doc1 .
id:midt a org:Organization, sam:Region ; skos:prefLabel "Region Midtjylland"@da ;
  sam:sector sam:RegionalSector .
id:auh a org:Organization, sam:Hospital ; skos:prefLabel "Aarhus Universitetshospital"@da ;
  skos:altLabel "AUH"@da ; sam:sector sam:RegionalSector ; org:subOrganizationOf id:midt ;
  prov:wasDerivedFrom id:doc1 .
id:dsr a org:Organization, sam:Association ; skos:prefLabel "Ældre Sagen"@da ;
  sam:sector sam:CivilSociety ; prov:wasDerivedFrom id:doc1, id:doc2 .
id:sst a org:Organization, sam:NationalAuthority ; skos:prefLabel "Sundhedsstyrelsen"@da ;
  sam:sector sam:StateSector ; prov:wasDerivedFrom id:doc1 .
id:evil a org:Organization, sam:Organisation ; skos:prefLabel "{HOSTILE}"@da ;
  skos:altLabel "{SCRIPT}"@da ; sam:sector sam:PrivateSector ; prov:wasDerivedFrom id:doc2 .
id:unused a org:Organization, sam:Municipality ; skos:prefLabel "Læsø Kommune"@da ;
  sam:sector sam:MunicipalSector .

id:p1 a schema:Project ; skos:prefLabel "Løb dig glad"@da ;
  sam:participant id:aarhus, id:auh, id:dsr ; sam:owner id:aarhus ; sam:contact id:jens ;
  sam:fundedBy id:pool ; prov:wasDerivedFrom id:doc1 .
id:p2 a schema:Project ; skos:prefLabel "Sikker overgang"@da ;
  sam:participant id:aarhus, id:auh ; prov:wasDerivedFrom id:doc1 .
id:pool a sam:FundingPool ; skos:prefLabel "Pulje til ældre"@da ;
  sam:administeredBy id:sst ; prov:wasDerivedFrom id:doc1 .
id:jens a foaf:Person ; foaf:name "Jens Ølgaard" ; org:memberOf id:aarhus ;
  prov:wasDerivedFrom id:doc1 .
id:c1 a org:OrganizationalCollaboration ; skos:prefLabel "Partnerskab mod ensomhed"@da ;
  sam:participant id:dsr, id:evil ; prov:wasDerivedFrom id:doc2 .
id:ev1 a sam:RelationEvidence ; rdf:subject id:p1 ; rdf:predicate sam:participant ;
  rdf:object id:dsr ; sam:sentence "Ældre Sagen deltager i Løb dig glad."@da ;
  prov:wasDerivedFrom id:doc1 .
id:ev2 a sam:RelationEvidence ; rdf:subject id:c1 ; rdf:predicate sam:participant ;
  rdf:object id:evil ; sam:sentence "Vi skrev {SCRIPT} og {HOSTILE} i teksten."@da ;
  prov:wasDerivedFrom id:doc2 .
"""

IRI = "https://w3id.org/samspil/id/"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def network(graph_file) -> nx.Graph:
    return network_from_store(load_graph_file(graph_file))


# ----------------------------------------------------------------------- network
def test_nodes_are_what_documents_mention_and_their_ties(network):
    kinds = {node.removeprefix(IRI): data["kind"] for node, data in network.nodes(data=True)}
    assert kinds == {
        "aarhus": "Municipality",
        "midt": "Region",  # no document names it, but the hospital is part of it
        "auh": "Hospital",
        "dsr": "Association",
        "sst": "NationalAuthority",
        "evil": "Organisation",
        "p1": "Project",
        "p2": "Project",
        "pool": "FundingPool",
        "jens": "Person",
        "c1": "OrganizationalCollaboration",
    }
    assert network.nodes[IRI + "midt"]["mentioned"] is False
    assert network.nodes[IRI + "aarhus"]["mentioned"] is True


def test_node_attributes(network):
    aarhus = network.nodes[IRI + "aarhus"]
    assert aarhus["label"] == "Aarhus Kommune"
    assert set(aarhus["labels"]) == {"Aarhus Kommune", "Århus Kommune", "Aarhus"}
    assert aarhus["labels"][0] == "Aarhus Kommune"
    assert aarhus["sector"] == "MunicipalSector"
    assert aarhus["region"] == "Region Midtjylland"
    assert aarhus["documents"] == ["notat.txt"]
    assert network.nodes[IRI + "jens"]["label"] == "Jens Ølgaard"
    assert network.nodes[IRI + "dsr"]["evidence"] == ["Ældre Sagen deltager i Løb dig glad."]


def test_edges_read_in_the_relation_direction(network):
    def edge(a, b):
        return network.edges[IRI + a, IRI + b]

    assert edge("p1", "aarhus")["relation"] == "participates"
    assert edge("p1", "aarhus")["source"] == IRI + "aarhus"
    assert edge("p1", "aarhus")["lead"] is True
    assert edge("p1", "auh")["lead"] is False
    assert edge("pool", "p1")["relation"] == "funds"
    assert edge("pool", "p1")["source"] == IRI + "pool"
    assert edge("pool", "sst")["relation"] == "administers"
    assert edge("auh", "midt")["relation"] == "part of"
    assert edge("jens", "aarhus")["relation"] == "member of"
    assert edge("p1", "jens")["relation"] == "contact"
    assert edge("p1", "dsr")["evidence"] == ["Ældre Sagen deltager i Løb dig glad."]
    assert edge("p1", "dsr")["documents"] == ["notat.txt"]


def test_collapse_projects_weights_shared_work(network):
    collapsed = collapse_projects(network)
    assert not any(d["kind"] == "Project" for _, d in collapsed.nodes(data=True))
    shared = collapsed.edges[IRI + "aarhus", IRI + "auh"]
    assert shared["relation"] == SHARED
    assert shared["weight"] == 2
    assert sorted(shared["works"]) == ["Løb dig glad", "Sikker overgang"]
    assert collapsed.edges[IRI + "aarhus", IRI + "dsr"]["weight"] == 1
    assert collapsed.edges[IRI + "dsr", IRI + "evil"]["works"] == ["Partnerskab mod ensomhed"]
    assert collapsed.edges[IRI + "pool", IRI + "dsr"]["relation"] == "funds"
    assert network.has_node(IRI + "p1")  # the original is untouched


@pytest.mark.parametrize(
    "label", ["Aarhus Kommune", "århus kommune", "ÅRHUS KOMMUNE", "aarhus", IRI + "aarhus"]
)
def test_find_node_by_any_label(network, label):
    assert find_node(network, label) == IRI + "aarhus"


def test_find_node_suggests(network):
    with pytest.raises(VizError, match="did you mean 'Aarhus Kommune'"):
        find_node(network, "Aarhus Komune")


def test_fold_reads_aa_as_aa_letter():
    assert fold("  AARHUS  Kommune") == fold("århus kommune") == "århus kommune"
    assert fold("ÆLDRE SAGEN") == "ældre sagen"


def test_focus_depth(network):
    assert set(focus(network, "AUH", 0)) == {IRI + "auh"}
    one = set(focus(network, "AUH", 1))
    assert one == {IRI + n for n in ("auh", "midt", "p1", "p2")}
    with pytest.raises(VizError):
        focus(network, "AUH", -1)


def test_select_keeps_connecting_work(network):
    chosen = select(network, ["Aarhus Kommune", "Ældre Sagen", None, "no such thing"])
    assert set(chosen) == {IRI + "aarhus", IRI + "dsr", IRI + "p1"}
    by_iri = select(network, [IRI + "sst"])
    assert set(by_iri) == {IRI + "sst"}


# ------------------------------------------------------------------------- page
def test_page_is_self_contained(network, tmp_path):
    out = tmp_path / "page.html"
    info = write_page(network, out)
    text = out.read_text(encoding="utf-8")
    assert info.nodes == network.number_of_nodes()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.IGNORECASE)
    assert not re.search(r"url\(\s*[\"']?\s*(https?:)?//", text, re.IGNORECASE)
    assert "@import" not in text
    assert "sourceMappingURL" not in text
    assert not re.search(r"cdnjs|jsdelivr|unpkg|bootstrap", text)
    assert '<meta charset="utf-8">' in text
    assert "default-src 'none'" in text  # the page may not fetch anything


def test_page_never_carries_document_text_as_markup(network):
    text = render_page(network, title=f"Title {HOSTILE}")
    assert HOSTILE not in text
    assert SCRIPT not in text
    assert "onerror=alert" in text  # present, but only inside escaped JSON / text
    assert "Title &lt;img src=x onerror=alert(1)&gt;" in text
    data = _embedded(text)
    labels = {n["label"] for n in data["nodes"]}
    assert HOSTILE in labels  # the JSON decodes back to the exact text


def test_script_json_cannot_close_the_script():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def _embedded(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="samspil-data">(.*?)</script>', html)
    assert match
    return json.loads(match.group(1))


def test_page_data_matches_network(network):
    data = page_data(network)
    assert len(data["nodes"]) == network.number_of_nodes()
    assert len(data["edges"]) == network.number_of_edges()
    assert {s["key"] for s in data["sectors"]} == {
        "MunicipalSector",
        "RegionalSector",
        "CivilSociety",
        "StateSector",
        "PrivateSector",
        "",
    }
    assert {r["key"] for r in data["relations"]} >= {"participates", "funds", "part of"}
    assert not data["precomputed"]
    aarhus = next(n for n in data["nodes"] if n["label"] == "Aarhus Kommune")
    assert aarhus["deg"] == network.degree(IRI + "aarhus")
    assert "x" in aarhus and "y" in aarhus  # a starting layout, even for small pages


def test_page_in_danish(network):
    data = page_data(network, lang="da")
    assert data["ui"]["search"] == "Søg på et navn"
    assert any(s["name"] == "kommunal sektor" for s in data["sectors"])
    with pytest.raises(ValueError):
        page_data(network, lang="fr")


def test_big_network_gets_a_precomputed_layout():
    big = nx.powerlaw_cluster_graph(1200, 2, 0.2, seed=3)
    big.add_nodes_from(range(1200, 1300))  # some isolated nodes too
    network = nx.relabel_nodes(big, {n: f"n{n}" for n in big})
    for node in network:
        network.nodes[node].update(
            label=f"Node {node} æøå",
            labels=[f"Node {node} æøå"],
            kind="Municipality",
            sector="MunicipalSector",
            region="",
            documents=[],
            evidence=[],
        )
    for a, b in network.edges():
        network.edges[a, b].update(relation="participates", source=a, target=b)
    data = page_data(network)
    assert data["precomputed"]
    assert not data["edgeLabels"]
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(positions) == network.number_of_nodes()  # no two nodes on one spot


def test_empty_network_still_renders():
    text = render_page(nx.Graph())
    assert _embedded(text)["nodes"] == []


# ------------------------------------------------------------------------ stats
def test_stats(network):
    stats = network_stats(network, top=3)
    assert stats["nodes"] == network.number_of_nodes()
    assert stats["by_class"]["project"] == 2
    assert stats["by_sector"]["regional sector"] == 2
    assert stats["degree"][0]["label"] in ("Aarhus Kommune", "Løb dig glad")
    assert len(stats["betweenness"]) == 3
    assert stats["components"]["count"] == 1
    bridges = {b["label"]: b["sectors"] for b in stats["bridges"]}
    # Ældre Sagen (civil society) shares work with a municipality, a hospital and a
    # private organisation: its ties span four sectors, more than anyone else's.
    assert stats["bridges"][0]["label"] == "Ældre Sagen"
    assert len(bridges["Ældre Sagen"]) == 4
    assert stats["community_count"] >= 1
    assert network_stats(network, top=3) == stats  # seeded: the same every time
    text = format_stats(stats)
    assert "cross-sector bridges" in text and "Ældre Sagen" in text


def test_stats_of_empty_network():
    stats = network_stats(nx.Graph())
    assert stats["nodes"] == 0 and stats["communities"] == [] and stats["bridges"] == []
    assert "0 nodes" in format_stats(stats)


# ----------------------------------------------------------------------- export
@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_export_round_trips(network, tmp_path, fmt):
    out = tmp_path / f"network.{fmt}"
    write_network(network, out, fmt)
    back = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    aarhus = back.nodes[IRI + "aarhus"]
    assert aarhus["label"] == "Aarhus Kommune"
    assert "Århus Kommune" in aarhus["labels"]
    assert HOSTILE in {d["label"] for _, d in back.nodes(data=True)}


def test_export_refuses_unknown_format(network, tmp_path):
    with pytest.raises(ExportError, match="unknown network format"):
        write_network(network, tmp_path / "x.dot")


# -------------------------------------------------------------------------- CLI
runner = CliRunner()


def test_cli_viz_stats_export(graph_file, tmp_path):
    out = tmp_path / "n.html"
    result = runner.invoke(app, ["viz", "--graph", str(graph_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 100_000

    result = runner.invoke(
        app,
        ["viz", "--graph", str(graph_file), "--out", str(out), "--focus", "AUH", "--depth", "1"],
    )
    assert result.exit_code == 0, result.output
    assert len(_embedded(out.read_text(encoding="utf-8"))["nodes"]) == 4

    result = runner.invoke(app, ["stats", "--graph", str(graph_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["nodes"] == 11

    gexf = tmp_path / "n.gexf"
    result = runner.invoke(
        app,
        ["export-network", "--graph", str(graph_file), "--out", str(gexf), "--collapse-projects"],
    )
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(gexf).number_of_nodes() == 8  # 11 less 3 works


def test_cli_viz_query(graph_file, tmp_path):
    out = tmp_path / "q.html"
    query = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?o WHERE { ?o skos:prefLabel ?l FILTER(STRSTARTS(STR(?l), 'Aarhus')) }"
    )
    result = runner.invoke(
        app, ["viz", "--graph", str(graph_file), "--out", str(out), "--query", query]
    )
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in _embedded(out.read_text(encoding="utf-8"))["nodes"]}
    assert labels == {
        "Aarhus Kommune",
        "Aarhus Universitetshospital",
        "Sikker overgang",
        "Løb dig glad",
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Nowhere"], "no node labelled 'Nowhere'"),
        (["--query", "no-such-query"], "unknown query"),
        (["--lang", "fr"], "unknown language"),
    ],
)
def test_cli_viz_errors_are_one_line(graph_file, tmp_path, args, message):
    result = runner.invoke(
        app, ["viz", "--graph", str(graph_file), "--out", str(tmp_path / "x.html"), *args]
    )
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
