"""`kg query`, `kg queries`, `kg push`: named SPARQL queries, locally or on a SPARQL server."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli import GraphOption, StoreOption, app, fail, note, open_local

TimeoutOption = Annotated[
    float, typer.Option("--timeout", help="Seconds to wait for a SPARQL server (one retry).")
]


@app.command()
def query(
    query_text: Annotated[
        str, typer.Argument(metavar="QUERY", help="Bundled query name, .rq file or inline SPARQL.")
    ],
    graph: GraphOption = None,
    store: StoreOption = None,
    endpoint: Annotated[
        str | None, typer.Option("--endpoint", help="A SPARQL 1.1 query endpoint URL.")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="NAME=VALUE, bound as an RDF term.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
    timeout: TimeoutOption = 60.0,
) -> None:
    """Run a SPARQL query: a bundled one (see `kg queries`), a .rq file or inline SPARQL.

    Example: kg query partners --graph g.ttl --param org='Odense Kommune'
    CONSTRUCT and DESCRIBE queries print Turtle.
    """
    from kg.query import FORMATS, QueryError, format_result, parse_params, resolve_query, run_local

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if endpoint and (graph or store):
        raise fail("give --endpoint or a local --graph/--store, not both")
    try:
        named = resolve_query(query_text)
        values = parse_params(param or [])
        if endpoint:
            from kg.remote import run_remote

            result = run_remote(endpoint, named, values, timeout=timeout)
        else:
            result = run_local(open_local(graph, store), named, values)
    except QueryError as exc:
        raise fail(str(exc)) from exc
    typer.echo(format_result(result, fmt))


@app.command("queries")
def list_queries() -> None:
    """List the bundled queries with their questions and parameters."""
    from kg.query import bundled_queries

    for name, named in bundled_queries().items():
        params = " ".join(
            f"--param {p.name}=<{'string' if p.type == 'label' else p.type}>"
            + ("" if p.default is None else f" (default {p.default})")
            for p in named.params
        )
        typer.echo(f"{name}  {params}".rstrip())
        typer.echo(f"    {named.title}")
        typer.echo(f"    da: {named.question_da}")
        typer.echo(f"    en: {named.question_en}")
        for p in named.params:
            typer.echo(f"    {p.name}: {p.description}")


@app.command()
def push(
    endpoint: Annotated[
        str | None,
        typer.Option("--endpoint", help="The server's SPARQL query endpoint URL."),
    ] = None,
    graph_store: Annotated[
        str | None,
        typer.Option(
            "--graph-store", help="Its SPARQL 1.1 Graph Store endpoint (PUT one graph at a time)."
        ),
    ] = None,
    update_endpoint: Annotated[
        str | None,
        typer.Option(
            "--update-endpoint",
            help="Its SPARQL Update endpoint [default: --endpoint with /query → /update].",
        ),
    ] = None,
    graph: GraphOption = None,
    store: StoreOption = None,
    timeout: TimeoutOption = 300.0,
) -> None:
    """Load the graph into a SPARQL server: one named graph per document, plus the
    reference and ontology graphs; a re-push replaces each graph.

    Example: kg push --endpoint http://localhost:7878/query --graph-store
    http://localhost:7878/store --graph corpus.trig
    """
    from kg.query import QueryError
    from kg.remote import push as run_push

    if not (endpoint or graph_store or update_endpoint):
        raise fail("give --endpoint URL (and --graph-store URL or --update-endpoint URL)")
    source = open_local(graph, store)
    try:
        report = run_push(
            source,
            endpoint,
            graph_store=graph_store,
            update_endpoint=update_endpoint,
            timeout=timeout,
            on_graph=lambda name, n: note(f"  {name}: {n} triples"),
        )
    except QueryError as exc:
        raise fail(str(exc)) from exc
    note(f"pushed {report.graphs} graphs, {report.triples} triples ({report.method})")
    if report.union_default is False:
        note(
            "warning: a query without GRAPH finds no documents on this server: make its default "
            "graph the union of its named graphs (Oxigraph: serve --union-default-graph; Fuseki: "
            "tdb2:unionDefaultGraph true) or the bundled queries will answer nothing"
        )
