"""Named SPARQL queries: find them, read their headers, bind parameters, format results.

A query file in ``queries/`` starts with a header of comment lines::

    # title: Cross-sector partnerships
    # da: Hvilke organisationer fra forskellige sektorer deler projekter?
    # en: Which organisations from different sectors share projects?
    # param: org | string | required | the organisation's name (any label)

Parameters are bound as RDF terms through the engine's substitution mechanism,
never pasted into the query text, so a value stays a value whatever it contains.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from kg.resources import QUERIES_DIR

if TYPE_CHECKING:
    import pyoxigraph

PARAM_TYPES = ("string", "da", "iri", "integer", "decimal", "date")
FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query that cannot be run; ``str()`` is one line."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str
    default: str | None  # None: required
    description: str


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    text: str
    title: str = ""
    question_da: str = ""
    question_en: str = ""
    params: tuple[Param, ...] = ()
    path: Path | None = None

    @classmethod
    def parse(cls, name: str, text: str, path: Path | None = None) -> NamedQuery:
        header: dict[str, str] = {}
        params = []
        for line in text.splitlines():
            if not line.startswith("#"):
                if line.strip():
                    break
                continue
            key, _, value = line.lstrip("# ").partition(":")
            key, value = key.strip().lower(), value.strip()
            if key == "param":
                params.append(_parse_param(value, name))
            elif key in ("title", "da", "en"):
                header[key] = value
        return cls(
            name,
            text,
            header.get("title", ""),
            header.get("da", ""),
            header.get("en", ""),
            tuple(params),
            path,
        )


def _parse_param(spec: str, query: str) -> Param:
    parts = [part.strip() for part in spec.split("|")]
    if len(parts) != 4 or parts[1] not in PARAM_TYPES:
        raise QueryError(f"query {query}: bad param line {spec!r} (name | type | default | text)")
    name, kind, default, description = parts
    return Param(name, kind, None if default == "required" else default, description)


def bundled_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    return {
        path.stem: NamedQuery.parse(path.stem, path.read_text(encoding="utf-8"), path)
        for path in sorted(directory.glob("*.rq"))
    }


def resolve_query(query: str) -> NamedQuery:
    """A bundled query's name, a path to a .rq file, or inline SPARQL."""
    bundled = bundled_queries()
    if query in bundled:
        return bundled[query]
    path = Path(query)
    if path.suffix == ".rq":
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return NamedQuery.parse(path.stem, path.read_text(encoding="utf-8"), path)
    if re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", query, re.IGNORECASE):
        return NamedQuery.parse("inline", query)
    names = ", ".join(bundled) or "none"
    raise QueryError(f"unknown query {query!r} (bundled queries: {names})")


def parse_params(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param {pair!r}: write it as NAME=VALUE")
        values[name.strip()] = value
    return values


def bind(query: NamedQuery, values: dict[str, str]) -> dict[str, object]:
    """RDF terms for the query's parameters (pyoxigraph terms), by variable name."""
    import pyoxigraph as ox

    declared = {param.name: param for param in query.params}
    unknown = set(values) - declared.keys()
    if unknown and query.params:
        raise QueryError(
            f"query {query.name} has no parameter {sorted(unknown)[0]!r} "
            f"(it takes: {', '.join(declared) or 'none'})"
        )
    terms: dict[str, object] = {}
    for name, param in declared.items():
        raw = values.get(name, param.default)
        if raw is None:
            raise QueryError(f"query {query.name} needs --param {name}=… ({param.description})")
        terms[name] = _term(ox, param, raw, query.name)
    if not query.params:  # inline SPARQL: plain string literals
        terms.update({name: ox.Literal(raw) for name, raw in values.items()})
    return terms


def _term(ox, param: Param, raw: str, query: str):
    try:
        if param.type == "string":
            return ox.Literal(raw)
        if param.type == "da":
            return ox.Literal(raw, language="da")
        if param.type == "iri":
            return ox.NamedNode(raw)
        if param.type == "integer":
            return ox.Literal(str(int(raw)), datatype=ox.NamedNode(_XSD + "integer"))
        if param.type == "decimal":
            return ox.Literal(str(Decimal(raw)), datatype=ox.NamedNode(_XSD + "decimal"))
        if param.type == "date":
            return ox.Literal(
                date.fromisoformat(raw).isoformat(), datatype=ox.NamedNode(_XSD + "date")
            )
    except (ValueError, InvalidOperation) as exc:
        raise QueryError(
            f"query {query}: --param {param.name}={raw!r} is not a {param.type}"
        ) from exc
    raise QueryError(f"query {query}: unknown parameter type {param.type}")


_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class QueryResult:
    """Rows of a SELECT (terms as plain Python strings), a boolean, or Turtle text."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    raw_json: dict | None = None  # SPARQL 1.1 Query Results JSON
    boolean: bool | None = None
    turtle: str | None = None


def run_local(store: pyoxigraph.Store, query: NamedQuery, values: dict[str, str]) -> QueryResult:
    """Run on an Oxigraph store; the default graph is the union of all named graphs."""
    import pyoxigraph as ox

    substitutions = {ox.Variable(name): term for name, term in bind(query, values).items()}
    try:
        answer = store.query(
            query.text, use_default_graph_as_union=True, substitutions=substitutions
        )
    except SyntaxError as exc:
        raise QueryError(f"query {query.name}: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        graph = answer.serialize(format=ox.RdfFormat.TURTLE) or b""
        return QueryResult(turtle=graph.decode("utf-8"))
    variables = [v.value for v in answer.variables]
    raw = json.loads(answer.serialize(format=ox.QueryResultsFormat.JSON) or b"{}")
    rows = [
        [binding[v]["value"] if v in binding else None for v in variables]
        for binding in raw.get("results", {}).get("bindings", [])
    ]
    return QueryResult(variables, rows, raw)


def format_result(result: QueryResult, fmt: str) -> str:
    if result.turtle is not None:
        return result.turtle
    if result.boolean is not None:
        return (
            json.dumps({"head": {}, "boolean": result.boolean})
            if fmt == "json"
            else ("true" if result.boolean else "false")
        )
    if fmt == "json":
        return json.dumps(result.raw_json, ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([["" if cell is None else cell for cell in row] for row in result.rows])
        return buffer.getvalue().rstrip("\n")
    return _table(result)


def _table(result: QueryResult) -> str:
    cells = [[_short(cell) for cell in row] for row in result.rows]
    widths = [
        max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(result.variables)
    ]
    line = "  ".join(
        name.ljust(width) for name, width in zip(result.variables, widths, strict=True)
    )
    rule = "  ".join("-" * width for width in widths)
    body = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in cells
    ]
    count = f"({len(cells)} row{'s' if len(cells) != 1 else ''})"
    return "\n".join([line, rule, *body, count])


def _short(cell: str | None, limit: int = 60) -> str:
    if cell is None:
        return ""
    cell = " ".join(cell.split())
    return cell if len(cell) <= limit else cell[: limit - 1] + "…"
