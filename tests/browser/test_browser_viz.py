"""The network page in a real browser: drawn, searchable, filterable, offline, escaped.

Runs Debian's Chromium headless through Playwright.  Skipped with a reason when
/usr/bin/chromium is missing locally; CI installs it (tests/browser/install-chromium.sh).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.store import load_graph_file
from viz.browser import hover_node, open_page
from viz.network import fold, is_org, network_from_store

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
BENCH_OUT = REPO / "bench" / "out"
HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"


def kg(*args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr


def clean(opened) -> None:
    assert opened.external == [], f"requests left the machine: {opened.external}"
    assert opened.errors == [], f"console errors: {opened.errors}"
    assert opened.dialogs == [], f"dialogs fired: {opened.dialogs}"


def screenshot(page, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / name))
    BENCH_OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp_path / name, BENCH_OUT / name)


@pytest.fixture(scope="module")
def examples_page(examples_graph, tmp_path_factory) -> tuple[Path, nx.Graph]:
    page = tmp_path_factory.mktemp("page") / "examples.html"
    kg("viz", "--graph", str(examples_graph), "--out", str(page))
    return page, network_from_store(load_graph_file(examples_graph))


def visible(page) -> int:
    return page.evaluate("samspil.visibleNodes()")


def test_examples_page(browser, examples_page, tmp_path):
    path, network = examples_page
    assert network.number_of_nodes() > 10, "the examples should give a real network"
    opened = open_page(browser, path)
    page = opened.page
    try:
        total = network.number_of_nodes()
        # Drawn: the page's DataSet and the network's own node index both hold every node.
        assert page.evaluate("samspil.nodes.length") == total
        assert page.evaluate("samspil.network.body.nodeIndices.length") == total
        assert page.evaluate("samspil.edges.length") == network.number_of_edges()
        assert visible(page) == total
        assert page.evaluate("document.characterSet") == "UTF-8"

        # Search by a name with a Danish letter, typed in capitals: exactly the matches and
        # their neighbours stay visible, and the list shows the name spelt right.
        label = next(
            d["label"]
            for _, d in sorted(network.nodes(data=True), key=lambda x: -network.degree(x[0]))
            if any(ch in d["label"].lower() for ch in "æøå")
        )
        word = next(w for w in label.split() if any(ch in w.lower() for ch in "æøå"))
        page.locator("#search").fill(word.upper())
        wanted = fold(word)
        hits = {
            n for n, d in network.nodes(data=True) if any(wanted in fold(x) for x in d["labels"])
        }
        expected = hits | {m for n in hits for m in network[n]}
        assert visible(page) == len(expected) < total
        listed = page.locator("#results li").all_inner_texts()
        assert any(text.startswith(label) for text in listed), listed
        screenshot(page, tmp_path, "examples-search.png")

        page.keyboard.press("Escape")
        assert visible(page) == total

        # Filter: untick the biggest sector; exactly its organisations disappear.
        sectors = [d["sector"] for _, d in network.nodes(data=True) if is_org(d)]
        sector = max(set(sectors), key=sectors.count)
        page.locator(f'#sectors input[value="{sector}"]').uncheck()
        assert visible(page) == total - sectors.count(sector)
        page.locator('button[data-none="kind"]').click()
        assert visible(page) == 0
        page.locator('button[data-all="kind"]').click()
        page.locator('button[data-all="sector"]').click()
        assert visible(page) == total

        screenshot(page, tmp_path, "examples.png")
        clean(opened)
    finally:
        page.close()


HOSTILE_GRAPH = f"""
@prefix sam: <https://w3id.org/samspil/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix id: <https://w3id.org/samspil/id/> .
id:doc a sam:Document ; dcterms:source "{HOSTILE}.txt" .
id:evil a org:Organization, sam:Association ; skos:prefLabel "{HOSTILE}"@da ;
  skos:altLabel "{SCRIPT}"@da ; sam:sector sam:CivilSociety ; prov:wasDerivedFrom id:doc .
id:odense a org:Organization, sam:Municipality ; skos:prefLabel "Odense Kommune"@da ;
  sam:sector sam:MunicipalSector ; prov:wasDerivedFrom id:doc .
id:p a schema:Project ; skos:prefLabel "Projekt {SCRIPT}"@da ;
  sam:participant id:evil, id:odense ; prov:wasDerivedFrom id:doc .
id:ev a sam:RelationEvidence ; rdf:subject id:p ; rdf:predicate sam:participant ;
  rdf:object id:evil ; sam:sentence "Sætning med {HOSTILE} og {SCRIPT}."@da ;
  prov:wasDerivedFrom id:doc .
"""


def _assert_inert(opened) -> None:
    page = opened.page
    page.wait_for_timeout(300)  # give an injected handler the chance to fire
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3  # ours only
    assert page.evaluate("window.__pwned === undefined")
    clean(opened)


def test_hostile_labels_show_as_text(browser, tmp_path):
    graph = tmp_path / "hostile.ttl"
    graph.write_text(HOSTILE_GRAPH, encoding="utf-8")
    path = tmp_path / "hostile.html"
    kg("viz", "--graph", str(graph), "--out", str(path), "--title", f"Samspil {HOSTILE}")
    opened = open_page(browser, path)
    page = opened.page
    try:
        assert HOSTILE in page.title()
        tip = hover_node(page, "https://w3id.org/samspil/id/evil")
        assert HOSTILE in tip and f"{HOSTILE}.txt" in tip and SCRIPT in tip
        tip = hover_node(page, "https://w3id.org/samspil/id/p")
        assert SCRIPT in tip
        page.locator("#search").fill("onerror")
        assert HOSTILE in page.locator("#results").inner_text()
        page.locator("#search").fill("alert(2)")
        assert SCRIPT in page.locator("#results").inner_text()
        screenshot(page, tmp_path, "hostile.png")
        _assert_inert(opened)
    finally:
        page.close()


def test_hostile_document_through_the_pipeline(browser, tmp_path):
    """A document whose file name and text carry markup, built with the real pipeline."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / f"{HOSTILE}.txt").write_text(
        "Samarbejde om sundhed\n\n"
        "Odense Kommune og Region Syddanmark samarbejder med Ældre Sagen om projektet "
        f"Sund aldring. {HOSTILE} {SCRIPT}\n",
        encoding="utf-8",
    )
    graph = tmp_path / "hostile.ttl"
    kg("build", str(docs), "--out", str(graph), "--no-validate")
    path = tmp_path / "hostile-doc.html"
    kg("viz", "--graph", str(graph), "--out", str(path))
    network = network_from_store(load_graph_file(graph))
    assert HOSTILE not in path.read_text(encoding="utf-8")
    opened = open_page(browser, path)
    page = opened.page
    try:
        named = [n for n, d in network.nodes(data=True) if f"{HOSTILE}.txt" in d["documents"]]
        assert named, "the build should name some organisation from the document"
        tip = hover_node(page, named[0])
        assert f"{HOSTILE}.txt" in tip
        _assert_inert(opened)
    finally:
        page.close()
