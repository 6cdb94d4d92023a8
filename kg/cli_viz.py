"""`kg viz`: the interactive network page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli import GraphOption, StoreOption, app, fail, note, open_local


@app.command()
def viz(
    out: Annotated[Path, typer.Option("--out", help="The HTML page to write.")],
    graph: GraphOption = None,
    store: StoreOption = None,
    focus: Annotated[str | None, typer.Option("--focus", help="Centre on this label.")] = None,
    depth: Annotated[int, typer.Option("--depth", help="Hops around --focus.")] = 2,
) -> None:
    """Write a self-contained interactive network page.

    Example: kg viz --graph g.ttl --out network.html
    """
    from viz.network import VizError, network_from_store
    from viz.page import write_page

    source = open_local(graph, store)
    try:
        network = network_from_store(source, focus=focus, depth=depth)
        write_page(network, out)
    except VizError as exc:
        raise fail(str(exc)) from exc
    note(f"wrote {out}: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges")
