"""A real SPARQL server: `oxigraph serve` (PyPI package oxigraph) on 127.0.0.1 at a free port.

`kg push` loads the examples (built by the real pipeline) and the hand-written fixture, and
every bundled query must return the same rows remotely as locally."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_queries import FIXTURE_PARAMS, load_fixture
from test_queries_examples import EXAMPLE_PARAMS

from kg.query import QueryError, bundled_queries, resolve_query, run_local
from kg.remote import push, run_remote
from kg.store import load_graph_file

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, location: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.query = f"{self.base}/query"
        self.update = f"{self.base}/update"
        self.store = f"{self.base}/store"
        self.process = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(location), "--union-default-graph",
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{self.query}?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"oxigraph serve did not start: {self.process.stderr.read()}")
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def count(self) -> int:
        named = resolve_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(run_remote(self.query, named, {}).rows[0][0])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(OXIGRAPH).exists():
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    running = Server(tmp_path_factory.mktemp("oxigraph-server"))
    yield running
    running.stop()


def normalised(result) -> list[tuple]:
    """Rows in a stable order, GROUP_CONCAT lists as sorted parts (their order is free)."""
    return sorted(
        tuple(
            " | ".join(sorted(cell.split(" | "))) if cell and " | " in cell else cell
            for cell in row
        )
        for row in result.rows
    )


def same_everywhere(local: ox.Store, endpoint: str, params: dict[str, dict[str, str]]) -> int:
    compared = 0
    for name, named in bundled_queries().items():
        values = params.get(name, {})
        here = run_local(local, named, values)
        there = run_remote(endpoint, named, values)
        assert there.variables == here.variables, name
        assert normalised(there) == normalised(here), name
        compared += len(here.rows)
    return compared


def test_examples_same_rows_remotely(server, examples_graph):
    local = load_graph_file(examples_graph)
    report = push(local, server.query, graph_store=server.store)
    assert report.graphs == len(list(local.named_graphs())) >= 11  # 9 documents + 2
    assert report.union_default is True
    assert server.count() == len(local)
    assert same_everywhere(local, server.query, EXAMPLE_PARAMS) > 50


def test_fixture_same_rows_remotely_after_update_push(server):
    """The same with SPARQL Update instead of the graph store, replacing what was there."""
    local = load_fixture()
    report = push(local, server.query, update_endpoint=server.update)
    assert report.method == "SPARQL Update"
    # the fixture's reference graph replaced the examples' one; their document graphs stay
    reference = resolve_query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/samspil/id/graph/reference> "
        "{ ?s ?p ?o } }"
    )
    assert run_remote(server.query, reference, {}).rows == [["71"]]
    # compare on a server holding exactly the fixture
    assert same_everywhere_fixture(server, local)


def same_everywhere_fixture(server, local: ox.Store) -> bool:
    clear = urllib.request.Request(
        server.update, data=b"CLEAR ALL", method="POST",
        headers={"Content-Type": "application/sparql-update"},
    )  # fmt: skip
    urllib.request.urlopen(clear, timeout=10).read()
    push(local, server.query, graph_store=server.store)
    assert server.count() == len(local)
    same_everywhere(local, server.query, FIXTURE_PARAMS)
    return True


def test_repush_replaces_a_documents_graph(server, tmp_path):
    local = load_fixture()
    push(local, server.query, graph_store=server.store)
    before = server.count()
    doc = ox.NamedNode("https://w3id.org/samspil/id/document/naere")
    dropped = list(local.quads_for_pattern(None, None, None, doc))[:5]
    for quad in dropped:
        local.remove(quad)
    push(local, server.query, graph_store=server.store)
    assert server.count() == before - 5
    push(local, server.query, update_endpoint=server.update)
    assert server.count() == before - 5


def test_cli_push_and_query(server, tmp_path):
    path = tmp_path / "fixture.trig"
    load_fixture().dump(output=str(path), format=ox.RdfFormat.TRIG)
    pushed = subprocess.run(
        [sys.executable, "-m", "kg", "push", "--endpoint", server.query,
         "--graph-store", server.store, "--graph", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert pushed.returncode == 0, pushed.stderr
    assert "pushed 5 graphs" in pushed.stderr
    answer = subprocess.run(
        [sys.executable, "-m", "kg", "query", "partners", "--endpoint", server.query,
         "--param", "org=Odense Kommune", "--format", "tsv"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.splitlines()[1].split("\t")[:3] == [
        "Landsforeningen SIND", "forening", "Bedre overgange",
    ]  # fmt: skip


def test_remote_injection_and_errors(server):
    push(load_fixture(), server.query, graph_store=server.store)
    size = server.count()
    for value in ('x" } ; DROP ALL ; SELECT * WHERE { "', "} ; CLEAR ALL ; {", "'\\'"):
        assert run_remote(server.query, resolve_query("partners"), {"org": value}).rows == []
    assert server.count() == size
    with pytest.raises(QueryError, match=r"syntax error at line 1, column \d+"):
        run_remote(server.query, resolve_query("SELECT * WHERE { ?s ?p }"), {})
    with pytest.raises(QueryError, match="cannot reach the endpoint"):
        run_remote(f"http://127.0.0.1:{free_port()}/query", resolve_query("partners"),
                   {"org": "x"}, retries=0)  # fmt: skip
    construct = resolve_query(
        "CONSTRUCT { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } WHERE "
        "{ ?o <http://www.w3.org/2004/02/skos/core#altLabel> ?org ; "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
    )
    turtle = run_remote(server.query, construct, {}).turtle
    assert "Landsforeningen SIND" in turtle


def test_remote_timeout_is_one_clear_line():
    """A server that accepts the connection but never answers."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}/query"
        started = time.monotonic()
        with pytest.raises(QueryError) as info:
            run_remote(endpoint, resolve_query("partners"), {"org": "x"}, timeout=1, retries=1)
        assert time.monotonic() - started < 10
    message = str(info.value)
    assert "\n" not in message and "no answer within 1 s (2 attempts)" in message
