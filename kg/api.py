"""The Python API for notebooks::

    import kg
    graph = kg.open("corpus.ttl")            # an RDF file, a store folder, a pyoxigraph.Store
    rows = graph.query("partners", org="Odense Kommune")   # a list of dicts
    rows.to_pandas()                          # a DataFrame, when pandas is installed
    pandas.DataFrame(rows)                    # the same: rows are a list of dicts

``kg.open("http://host:7878/query")`` queries a SPARQL endpoint instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.query import NamedQuery, QueryError, QueryResult, bundled_queries, resolve_query

if TYPE_CHECKING:
    import pandas
    import pyoxigraph

__all__ = ["Graph", "QueryError", "Rows", "open"]


class Rows(list):
    """A query's rows: a list of dicts (variable → Python value, None when unbound)."""

    def __init__(self, rows: list[dict[str, Any]], variables: list[str]) -> None:
        super().__init__(rows)
        self.variables = variables

    def to_pandas(self) -> pandas.DataFrame:
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError("to_pandas() needs pandas: pip install pandas") from exc
        return pd.DataFrame(list(self), columns=self.variables)


class Graph:
    """A graph to ask the bundled queries (or any SPARQL) of."""

    def __init__(self, store: pyoxigraph.Store | None = None, endpoint: str | None = None):
        self.store = store
        self.endpoint = endpoint

    def query(self, name_or_sparql: str, **params: Any) -> Rows:
        """Run a bundled query by name (or a .rq path, or SPARQL text) with its parameters.

        Parameter values may be str, int, float or date; they are bound as RDF terms.
        CONSTRUCT/DESCRIBE queries return no rows: use :meth:`turtle`.
        """
        result = self._run(name_or_sparql, params)
        if result.boolean is not None:
            return Rows([{"boolean": result.boolean}], ["boolean"])
        return Rows(result.records(), result.variables)

    def turtle(self, name_or_sparql: str, **params: Any) -> str:
        """The Turtle text a CONSTRUCT or DESCRIBE query answers."""
        return self._run(name_or_sparql, params).turtle or ""

    def _run(self, name_or_sparql: str, params: dict[str, Any]) -> QueryResult:
        named = resolve_query(name_or_sparql)
        values = {name: _text(value) for name, value in params.items()}
        if self.endpoint:
            from kg.remote import run_remote

            return run_remote(self.endpoint, named, values)
        from kg.query import run_local

        return run_local(self.store, named, values)

    @staticmethod
    def queries() -> dict[str, NamedQuery]:
        """The bundled queries by name (with title, questions and parameters)."""
        return bundled_queries()

    def __repr__(self) -> str:
        where = self.endpoint or (f"{len(self.store)} quads" if self.store is not None else "")
        return f"<kg.Graph {where}>"


def _text(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def open(source: str | Path | pyoxigraph.Store) -> Graph:
    """A graph from an RDF file, a store folder (``kg build`` without --out), a
    ``pyoxigraph.Store`` or a SPARQL endpoint URL (http:// or https://)."""
    import pyoxigraph

    from kg.store import StoreError, load_graph_file, open_store

    if isinstance(source, pyoxigraph.Store):
        return Graph(source)
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        return Graph(endpoint=source)
    path = Path(source)
    try:
        if path.is_dir():
            if (path / "current").exists():
                return Graph(open_store(path))
            return Graph(pyoxigraph.Store.read_only(str(path)))  # a bare Oxigraph folder
        return Graph(load_graph_file(path))
    except (StoreError, OSError) as exc:
        raise QueryError(str(exc)) from exc
