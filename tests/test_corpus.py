"""The development corpus (../shared/corpus) builds into a valid graph in which every
kommune the texts name in full is exactly one node carrying its region."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from extract.normalize import normalize
from kg.model import OrgKind
from kg.refdata import load_reference
from kg.validate import validate_file
from tests.conftest import REPO, run_kg

GOLD = REPO / "bench" / "gold"

KOMMUNE_NODES = """
PREFIX sam: <https://w3id.org/samspil/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?name (COUNT(DISTINCT ?org) AS ?nodes) (COUNT(DISTINCT ?region) AS ?regions) WHERE {
  ?org a sam:Municipality ; skos:prefLabel ?name ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?org sam:region ?region }
} GROUP BY ?name
"""


@pytest.fixture(scope="module")
def corpus_graph(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "corpus.trig"
    result = run_kg("build", str(corpus_dir), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_the_corpus_graph_conforms(corpus_graph: Path) -> None:
    assert [v for v in validate_file(corpus_graph) if v.severity == "Violation"] == []


def test_every_kommune_named_in_full_is_one_node_with_its_region(
    corpus_graph: Path, corpus_dir: Path
) -> None:
    store = ox.Store()
    store.load(path=str(corpus_graph))
    nodes = {
        row["name"].value: (int(row["nodes"].value), int(row["regions"].value))
        for row in store.query(KOMMUNE_NODES, use_default_graph_as_union=True)
    }
    kommuner = {org.name for org in load_reference() if org.kind is OrgKind.MUNICIPALITY}
    named = set()
    for gold_file in GOLD.glob("*.json"):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = normalize((corpus_dir / gold["document"]).read_text(encoding="utf-8")).text
        named |= {
            org["name"]
            for org in gold["organisations"]
            if org["name"] in kommuner and org["name"].casefold() in text.casefold()
        }
    assert len(named) >= 30  # the corpus names many kommuner in full
    assert {name: nodes.get(name) for name in named} == {name: (1, 1) for name in named}
