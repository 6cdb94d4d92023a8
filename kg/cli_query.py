"""`kg query`, `kg queries`: run named SPARQL queries locally or on an endpoint."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli import GraphOption, StoreOption, app, fail, open_local


@app.command()
def query(
    query_text: Annotated[
        str, typer.Argument(metavar="QUERY", help="Bundled query name, .rq file or inline SPARQL.")
    ],
    graph: GraphOption = None,
    store: StoreOption = None,
    endpoint: Annotated[
        str | None, typer.Option("--endpoint", help="A SPARQL 1.1 endpoint URL.")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="NAME=VALUE, bound as an RDF term.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query.  Example: kg query partners --graph g.ttl --param org='Odense Kommune'"""
    from kg.query import FORMATS, QueryError, format_result, parse_params, resolve_query, run_local

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    try:
        named = resolve_query(query_text)
        values = parse_params(param or [])
        if endpoint:
            from kg.remote import run_remote

            result = run_remote(endpoint, named, values)
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
            f"{p.name}=<{p.type}>" + ("" if p.default is None else f" (default {p.default})")
            for p in named.params
        )
        typer.echo(f"{name}  {params}".rstrip())
        typer.echo(f"    {named.title}: {named.question_en}")
