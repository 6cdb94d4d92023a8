"""Queries on a SPARQL 1.1 endpoint, and pushing a graph into a SPARQL server.

Parameters reach a remote endpoint as a ``VALUES`` block of RDF terms, each serialised
by pyoxigraph from the bound term (so quotes, braces and ``} ; DROP`` stay inside a
literal), placed first in the query's outer WHERE group.  The bundled queries use their
parameters only in that outer group, where a ``VALUES`` row and pyoxigraph's local
substitution mean the same thing; the tests check that every bundled query gives the
same rows both ways.

Pushing writes one named graph per document (plus the reference and ontology graphs)
with the SPARQL 1.1 Graph Store HTTP Protocol (``PUT``: a re-push replaces the graph) or,
without a graph store URL, with SPARQL Update (``DROP SILENT GRAPH`` + ``INSERT DATA``).
The bundled queries expect the server's default graph to be the union of its named graphs
(Oxigraph ``--union-default-graph``, Fuseki ``tdb2:unionDefaultGraph true``; GraphDB and
Virtuoso do so by default).
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.query import (
    LABELS,
    NamedQuery,
    QueryError,
    QueryResult,
    prepare,
    result_from_json,
    term_from_json,
)

if TYPE_CHECKING:
    import pyoxigraph

DEFAULT_TIMEOUT = 60.0
RETRIES = 1  # one more attempt after a time-out or an unreachable endpoint
RETRY_PAUSE = 1.0
UPDATE_BATCH = 20_000  # triples per INSERT DATA request


# ------------------------------------------------------------------------------- queries
def with_values(text: str, terms: dict[str, object]) -> str:
    """``text`` with a VALUES block of ``terms`` first in its outer WHERE group."""
    if not terms:
        return text
    position = outer_group_start(text)
    names = " ".join(f"?{name}" for name in terms)
    row = " ".join(str(term) for term in terms.values())  # N-Triples syntax, escaped
    return f"{text[:position]} VALUES ({names}) {{ ({row}) }}\n{text[position:]}"


def outer_group_start(text: str) -> int:
    """The offset just after the ``{`` that opens the query's outer WHERE group.

    Comments, strings and IRIs are skipped; a CONSTRUCT template is passed over.
    """
    construct = False
    form_seen = False
    depth = 0
    skipping_template = False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "\"'":
            i = _skip_string(text, i)
            continue
        if ch == "<":
            end = _iri_end(text, i)
            if end:
                i = end
                continue
        if ch.isalpha() and not form_seen:
            word = _word(text, i)
            upper = word.upper()
            if upper in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form_seen = True
                construct = upper == "CONSTRUCT"
            i += len(word)
            continue
        if ch == "{":
            if skipping_template:
                depth += 1
            elif construct and not text[:i].rstrip().upper().endswith("WHERE"):
                # CONSTRUCT { template } WHERE { … } (the short form CONSTRUCT WHERE { … } has none)
                skipping_template, construct, depth = True, False, 1
            else:
                return i + 1
        elif ch == "}" and skipping_template:
            depth -= 1
            skipping_template = depth > 0
        i += 1
    raise QueryError("cannot bind parameters: the query has no WHERE group")


def _word(text: str, i: int) -> str:
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == "_"):
        j += 1
    return text[i:j]


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        return len(text) if end < 0 else end + 3
    j = i + 1
    while j < len(text) and text[j] != quote:
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _iri_end(text: str, i: int) -> int | None:
    """The end of an IRI reference starting at ``i``, or None when ``<`` is an operator."""
    j = i + 1
    while j < len(text):
        ch = text[j]
        if ch == ">":
            return j + 1
        if ch in '<"{}|^`\\' or ord(ch) <= 0x20:
            return None
        j += 1
    return None


def run_remote(
    endpoint: str,
    named_query: NamedQuery,
    values: dict[str, str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = RETRIES,
) -> QueryResult:
    """Run a query on a SPARQL 1.1 endpoint through SPARQLWrapper."""
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    def lookup(label: str) -> list:
        found = run_remote(endpoint, LABELS, {"value": label}, timeout=timeout, retries=retries)
        return [
            term_from_json(binding["label"])
            for binding in (found.raw_json or {}).get("results", {}).get("bindings", [])
        ]

    prepared, terms = prepare(named_query, values, lookup)
    text = with_values(prepared.text, terms)
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setMethod(POST)
    wrapper.setTimeout(int(max(1, timeout)))
    wrapper.setQuery(text)
    graph_result = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if graph_result else JSON)

    def attempt():
        return wrapper.query().convert()

    try:
        answer = _with_retry(attempt, endpoint, timeout, retries)
    except SPARQLWrapperException as exc:
        _check_syntax(named_query, text)  # a malformed query: the parser's line and column
        raise QueryError(f"{endpoint}: {_one_line(exc)}") from exc
    if graph_result:
        return QueryResult(turtle=_graph_text(answer))
    if not isinstance(answer, dict):
        raise QueryError(f"{endpoint}: the endpoint did not answer with SPARQL results JSON")
    return result_from_json(answer, named_query)


def _check_syntax(named_query: NamedQuery, text: str) -> None:
    """Give a malformed query the local parser's message before it travels."""
    import pyoxigraph as ox

    try:
        ox.Store().query(text)
    except SyntaxError as exc:
        from kg.query import syntax_message

        raise QueryError(syntax_message(named_query, str(exc))) from exc
    except Exception:
        pass


def _graph_text(answer) -> str:
    if isinstance(answer, bytes):
        return answer.decode("utf-8")
    if isinstance(answer, str):
        return answer
    return answer.serialize(format="turtle")  # an rdflib Graph


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _with_retry(call: Callable, endpoint: str, timeout: float, retries: int):
    """``call()``, tried again after a time-out or a refused connection; then one clear error."""
    for attempt in range(retries + 1):
        try:
            return call()
        except urllib.error.HTTPError:
            raise
        except TimeoutError as exc:
            problem = f"no answer within {timeout:g} s"
            error = exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError | socket.timeout):
                problem = f"no answer within {timeout:g} s"
            else:
                problem = f"cannot reach the endpoint ({_one_line(exc.reason)})"
            error = exc
        except ConnectionError as exc:
            problem = f"cannot reach the endpoint ({_one_line(exc)})"
            error = exc
        if attempt < retries:
            time.sleep(RETRY_PAUSE)
    tries = f"{retries + 1} attempts" if retries else "1 attempt"
    raise QueryError(f"{endpoint}: {problem} ({tries})") from error


# ---------------------------------------------------------------------------------- push
@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    method: str = ""
    union_default: bool | None = None  # does the server's default graph see the pushed data?


def push(
    store: pyoxigraph.Store,
    endpoint: str | None = None,
    *,
    graph_store: str | None = None,
    update_endpoint: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = RETRIES,
    on_graph: Callable[[str, int], None] | None = None,
) -> PushReport:
    """Load every graph of ``store`` into a server, replacing graphs of the same name.

    With ``graph_store`` each graph is PUT there (SPARQL 1.1 Graph Store HTTP Protocol);
    otherwise SPARQL Update goes to ``update_endpoint`` (default: ``endpoint`` with a
    trailing ``/query`` turned into ``/update``, else ``endpoint`` itself).
    """
    import pyoxigraph as ox

    if not (graph_store or update_endpoint or endpoint):
        raise QueryError("push needs --endpoint, --graph-store or --update-endpoint")
    report = PushReport(method="graph store" if graph_store else "SPARQL Update")
    update_url = update_endpoint or (_update_url(endpoint) if endpoint else None)
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = sorted(
        store.named_graphs(), key=str
    )
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
        graphs.insert(0, ox.DefaultGraph())
    for graph in graphs:
        triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, graph)]
        if graph_store:
            _put_graph(graph_store, graph, triples, timeout, retries)
        else:
            _update_graph(update_url, graph, triples, timeout, retries)
        report.graphs += 1
        report.triples += len(triples)
        if on_graph:
            on_graph(
                "default graph" if isinstance(graph, ox.DefaultGraph) else graph.value, len(triples)
            )
    if endpoint:
        report.union_default = _sees_union(endpoint, timeout)
    return report


def _update_url(endpoint: str) -> str:
    return endpoint[: -len("/query")] + "/update" if endpoint.endswith("/query") else endpoint


def _ntriples(triples) -> bytes:
    import pyoxigraph as ox

    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def _put_graph(url: str, graph, triples, timeout: float, retries: int) -> None:
    import pyoxigraph as ox

    query = (
        "default"
        if isinstance(graph, ox.DefaultGraph)
        else urllib.parse.urlencode({"graph": graph.value})
    )
    target = f"{url}{'&' if '?' in url else '?'}{query}"
    request = urllib.request.Request(
        target,
        data=_ntriples(triples),
        method="PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    _send(request, url, timeout, retries)


def _update_graph(url: str, graph, triples, timeout: float, retries: int) -> None:
    import pyoxigraph as ox

    default = isinstance(graph, ox.DefaultGraph)
    drop = "DROP SILENT DEFAULT" if default else f"DROP SILENT GRAPH {graph}"
    # Blank nodes are local to one request: triples holding them travel together, first.
    triples = sorted(
        triples,
        key=lambda t: (
            not (isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode))
        ),
    )
    batches = [triples[i : i + UPDATE_BATCH] for i in range(0, len(triples), UPDATE_BATCH)] or [[]]
    for number, batch in enumerate(batches):
        body = _ntriples(batch).decode("utf-8")
        insert = (
            f"INSERT DATA {{ {body} }}"
            if default
            else f"INSERT DATA {{ GRAPH {graph} {{ {body} }} }}"
        )
        update = f"{drop} ;\n{insert}" if number == 0 else insert
        request = urllib.request.Request(
            url,
            data=update.encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )
        _send(request, url, timeout, retries)


def _send(request: urllib.request.Request, url: str, timeout: float, retries: int) -> None:
    def call():
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()

    try:
        _with_retry(call, url, timeout, retries)
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:300]
        raise QueryError(f"{url}: HTTP {exc.code} {exc.reason}: {_one_line(detail)}") from exc


def _sees_union(endpoint: str, timeout: float) -> bool | None:
    """Whether a query without GRAPH finds the pushed documents (None: cannot tell)."""
    data = urllib.parse.urlencode(
        {"query": "ASK { ?d a <https://w3id.org/samspil/ontology#Document> }"}
    ).encode()
    request = urllib.request.Request(
        endpoint,
        data=data,
        headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bool(json.loads(response.read()).get("boolean"))
    except (OSError, ValueError):
        return None
