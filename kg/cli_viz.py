"""`kg viz`, `kg stats`, `kg export-network`: the collaboration network."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kg.cli import GraphOption, StoreOption, app, fail, note, open_local

CollapseOption = Annotated[
    bool,
    typer.Option(
        "--collapse-projects",
        help="Draw projects and collaborations as organisation–organisation edges "
        "weighted by how many they share.",
    ),
]
FocusOption = Annotated[
    str | None, typer.Option("--focus", help="Centre on the node with this name (any label).")
]
DepthOption = Annotated[int, typer.Option("--depth", help="Hops around --focus.", min=0)]
QueryOption = Annotated[
    str | None,
    typer.Option(
        "--query", help="Draw what a query's rows name (bundled name, .rq file or SPARQL)."
    ),
]
ParamOption = Annotated[list[str] | None, typer.Option("--param", help="NAME=VALUE for --query.")]


def load_network(
    graph: Path | None,
    store: Path | None,
    *,
    collapse: bool = False,
    focus: str | None = None,
    depth: int = 2,
    query: str | None = None,
    params: list[str] | None = None,
):
    """The network the options ask for; exits with a one-line reason when it can't."""
    from viz.network import VizError, collapse_projects, network_from_store, select
    from viz.network import focus as ego

    source = open_local(graph, store)
    try:
        network = network_from_store(source)
        if query:
            network = select(network, _query_values(source, query, params or []))
            if network.number_of_nodes() == 0:
                raise VizError(f"query {query!r}: no row names a node of the network")
        if collapse:
            network = collapse_projects(network)
        if focus is not None:
            network = ego(network, focus, depth)
    except VizError as exc:
        raise fail(str(exc)) from exc
    return network


def _query_values(source, query: str, params: list[str]) -> list[str | None]:
    from kg.query import QueryError, parse_params, resolve_query, run_local

    try:
        result = run_local(source, resolve_query(query), parse_params(params))
    except QueryError as exc:
        raise fail(str(exc)) from exc
    if result.rows is None or not result.variables:
        raise fail(f"query {query!r} is not a SELECT query; --query draws the rows it names")
    return [cell for row in result.rows for cell in row]


@app.command()
def viz(
    out: Annotated[Path, typer.Option("--out", help="The HTML page to write.")],
    graph: GraphOption = None,
    store: StoreOption = None,
    focus: FocusOption = None,
    depth: DepthOption = 2,
    collapse_projects: CollapseOption = False,
    query: QueryOption = None,
    param: ParamOption = None,
    title: Annotated[str, typer.Option("--title", help="The page's heading.")] = "Samspil",
    lang: Annotated[str, typer.Option("--lang", help="Interface language: en or da.")] = "en",
) -> None:
    """Write a self-contained interactive network page (works offline, no CDN).

    Examples: kg viz --graph g.ttl --out network.html;
    kg viz --graph g.ttl --focus 'Odense Kommune' --depth 2 --out odense.html;
    kg viz --graph g.ttl --query cross-sector-partnerships --collapse-projects --out x.html
    """
    from viz.page import UI, write_page

    if lang not in UI:
        raise fail(f"unknown language {lang!r} (use {', '.join(UI)})")
    if out.suffix.lower() not in (".html", ".htm"):
        raise fail(f"{out}: the page must be an .html file")
    network = load_network(
        graph,
        store,
        collapse=collapse_projects,
        focus=focus,
        depth=depth,
        query=query,
        params=param,
    )
    try:
        info = write_page(network, out, title=title, lang=lang)
    except OSError as exc:
        raise fail(f"{out}: {exc.strerror or exc}") from exc
    layout = "precomputed layout" if info.precomputed else "browser layout"
    note(
        f"wrote {out}: {info.nodes} nodes, {info.edges} edges, {layout}, {info.bytes / 1e6:.1f} MB"
    )


@app.command()
def stats(
    graph: GraphOption = None,
    store: StoreOption = None,
    top: Annotated[int, typer.Option("--top", help="How many to list per measure.", min=1)] = 10,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    collapse_projects: CollapseOption = False,
    focus: FocusOption = None,
    depth: DepthOption = 2,
    lang: Annotated[str, typer.Option("--lang", help="Class and sector names: en or da.")] = "en",
) -> None:
    """Network measures: counts, centrality, communities, cross-sector bridges, components.

    Example: kg stats --graph g.ttl --top 5 --format json
    """
    from viz.stats import format_stats, network_stats

    if fmt not in ("table", "json"):
        raise fail(f"unknown format {fmt!r} (use table, json)")
    if lang not in ("en", "da"):
        raise fail(f"unknown language {lang!r} (use en, da)")
    network = load_network(graph, store, collapse=collapse_projects, focus=focus, depth=depth)
    result = network_stats(network, top=top, lang=lang)
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_stats(result))


@app.command("export-network")
def export_network(
    out: Annotated[Path, typer.Option("--out", help="The file to write.")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="gexf or graphml [default: from --out's extension]."),
    ] = None,
    graph: GraphOption = None,
    store: StoreOption = None,
    collapse_projects: CollapseOption = False,
    focus: FocusOption = None,
    depth: DepthOption = 2,
) -> None:
    """Write the network as GEXF or GraphML for Gephi, yEd or Cytoscape.

    Example: kg export-network --graph g.ttl --format gexf --out network.gexf
    """
    from viz.export import ExportError, write_network

    network = load_network(graph, store, collapse=collapse_projects, focus=focus, depth=depth)
    try:
        write_network(network, out, fmt)
    except ExportError as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"{out}: {exc.strerror or exc}") from exc
    note(f"wrote {out}: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges")
