"""Named SPARQL queries: find them, read their headers, bind parameters, format results.

A query file in ``queries/`` starts with a header of comment lines::

    # title: Cross-sector partnerships
    # da: Hvilke organisationer fra forskellige sektorer deler projekter?
    # en: Which organisations from different sectors share projects?
    # param: org | string | required | the organisation's name (any label)

Parameters are bound as RDF terms through the engine's substitution mechanism,
never pasted into the query text, so a value stays a value whatever it contains.

A ``label`` parameter names an entity by any of its labels, ignoring case.  It is resolved
before the query runs: one small query finds the stored label literals equal to the value
case-insensitively, and those exact terms go into a ``VALUES`` block (serialised by
pyoxigraph, so escaped) at the start of the outer WHERE group.  The query then looks the
entity up through the label index instead of comparing ``LCASE`` of every label after its
joins (2.8 s against 7 ms on a 1,000,000-triple graph).  A line of the query ending in
``#if:NAME`` is kept only when the parameter NAME is given; ``#if:!NAME`` only when it is
``*`` (all), for parameters whose default is ``*``.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from kg.resources import QUERIES_DIR

if TYPE_CHECKING:
    import pyoxigraph

PARAM_TYPES = ("string", "label", "da", "iri", "integer", "decimal", "date")
FORMATS = ("table", "csv", "tsv", "json")
_XSD = "http://www.w3.org/2001/XMLSchema#"


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
        if param.type in ("string", "label"):
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


@dataclass
class QueryResult:
    """Rows of a SELECT (terms as plain Python strings), a boolean, or Turtle text."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    raw_json: dict | None = None  # SPARQL 1.1 Query Results JSON
    boolean: bool | None = None
    turtle: str | None = None

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of Python values: int, float, Decimal-free numbers, date, bool, str."""
        if self.raw_json is None:
            return []
        return [
            {name: python_value(binding.get(name)) for name in self.variables}
            for binding in self.raw_json.get("results", {}).get("bindings", [])
        ]


def _raw_json(result: QueryResult) -> dict | None:
    raw = result.__dict__.get("_raw_json")
    terms = result.__dict__.get("_terms")
    if raw is None and terms is not None:
        # a local SELECT result keeps its solutions' terms: iterating them is about 0.1 s
        # quicker on 25,000 rows than serialising them to JSON and parsing that, and most
        # callers only read the rows
        with _collector_paused():
            bindings = [
                {
                    name: term_to_json(term)
                    for name, term in zip(result.variables, row, strict=True)
                    if term is not None
                }
                for row in terms
            ]
        raw = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        result.__dict__["_raw_json"] = raw
        del result.__dict__["_terms"]
    return raw


def _set_raw_json(result: QueryResult, raw: dict | None) -> None:
    result.__dict__["_raw_json"] = raw
    result.__dict__.pop("_terms", None)


# a field of the dataclass (constructor, repr, ==) read and written through a property
QueryResult.raw_json = property(_raw_json, _set_raw_json)  # type: ignore[assignment]


def python_value(term: dict | None) -> object:
    """A JSON result term as a Python value (None when unbound)."""
    if term is None:
        return None
    value, datatype = term.get("value"), term.get("datatype", "")
    try:
        if datatype in _INTEGERS:
            return int(value)
        if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            number = float(value)
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if datatype == _XSD + "date":
            return date.fromisoformat(value)
        if datatype == _XSD + "boolean":
            return value in ("true", "1")
    except ValueError:
        return value
    return value


_INTEGERS = {
    _XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
    )
}


LABELS_QUERY = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?label ?value
WHERE {
  ?entity skos:prefLabel|skos:altLabel|foaf:name ?label .
  FILTER (isLITERAL(?label) && LCASE(STR(?label)) = LCASE(STR(?value)))
}"""
LABELS = NamedQuery(
    "labels", LABELS_QUERY, params=(Param("value", "string", None, "a name, any case"),)
)


def prepare(
    query: NamedQuery, values: dict[str, str], lookup
) -> tuple[NamedQuery, dict[str, object]]:
    """The query with its ``label`` parameters resolved, and the terms left to bind.

    ``lookup(text)`` gives the stored label literals equal to ``text`` ignoring case
    (see LABELS_QUERY).  Each given label parameter becomes a ``VALUES`` block of those
    literals (none: no rows); a ``*`` one (when its default is ``*``) means all, and the
    query's ``#if:`` lines choose its text for either case.
    """
    terms = bind(query, values)
    labels = [param for param in query.params if param.type == "label"]
    if not labels:
        return query, terms
    given = {}
    blocks = []
    for param in labels:
        term = terms.pop(param.name)
        given[param.name] = not (param.default == "*" and term.value == "*")
        if given[param.name]:
            found = sorted(set(lookup(term.value)), key=str)
            row = " ".join(str(literal) for literal in found)  # N-Triples syntax, escaped
            blocks.append(f"VALUES ?{param.name} {{ {row} }}")
    text = _select_lines(query.text, given)
    if blocks:
        from kg.remote import outer_group_start

        position = outer_group_start(text)
        text = f"{text[:position]} {' '.join(blocks)} {text[position:]}"
    return replace(query, text=text), terms


_IF = re.compile(r"#if:(!?)(\w+)\s*$")


def _select_lines(text: str, given: dict[str, bool]) -> str:
    lines = []
    for line in text.splitlines():
        match = _IF.search(line)
        if match and match.group(2) in given and given[match.group(2)] == bool(match.group(1)):
            line = ""  # an empty line: the parser's line numbers stay those of the file
        lines.append(line)
    return "\n".join(lines) + "\n"


def local_labels(store: pyoxigraph.Store):
    """A label lookup for :func:`prepare` on an Oxigraph store."""
    import pyoxigraph as ox

    def lookup(text: str) -> list:
        solutions = store.query(
            LABELS_QUERY,
            use_default_graph_as_union=True,
            substitutions={ox.Variable("value"): ox.Literal(text)},
        )
        return [solution["label"] for solution in solutions]

    return lookup


def run_local(store: pyoxigraph.Store, query: NamedQuery, values: dict[str, str]) -> QueryResult:
    """Run on an Oxigraph store; the default graph is the union of all named graphs."""
    import pyoxigraph as ox

    prepared, terms = prepare(query, values, local_labels(store))
    substitutions = {ox.Variable(name): term for name, term in terms.items()}
    try:
        answer = store.query(
            prepared.text, use_default_graph_as_union=True, substitutions=substitutions
        )
    except SyntaxError as exc:
        raise QueryError(syntax_message(query, str(exc))) from exc
    except (RuntimeError, ValueError, OSError) as exc:  # e.g. a parameter not projected
        raise QueryError(f"query {query.name}: {' '.join(str(exc).split())}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        graph = ox.serialize(answer, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
        return QueryResult(turtle=graph.decode("utf-8"))
    hidden = {param.name for param in query.params}
    names = [variable.value for variable in answer.variables]
    keep = [i for i, name in enumerate(names) if name not in hidden]
    with _collector_paused():
        if len(keep) == len(names):
            terms = [tuple(solution) for solution in answer]
        else:
            terms = [tuple(solution[i] for i in keep) for solution in answer]
        rows = [[None if term is None else term.value for term in row] for row in terms]
    result = QueryResult([names[i] for i in keep], rows)
    result.__dict__["_terms"] = terms  # raw_json is made from them when first read
    return result


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while a large result becomes dicts and lists.

    They hold no reference cycles, yet every few hundred new containers start a collection
    that walks all live objects: 25,000 rows of six terms took 0.22 s to convert with it
    and 0.08 s without.  Reference counting still frees everything; the collector is
    switched back on (if it was on) afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_XSD_STRING = _XSD + "string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def term_to_json(term) -> dict:
    """A pyoxigraph term as a SPARQL 1.1 Query Results JSON term (as Oxigraph writes it)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {  # an RDF-star triple term
        "type": "triple",
        "value": {
            "subject": term_to_json(term.subject),
            "predicate": term_to_json(term.predicate),
            "object": term_to_json(term.object),
        },
    }


def term_from_json(term: dict):
    """A pyoxigraph term from a SPARQL 1.1 Query Results JSON term."""
    import pyoxigraph as ox

    kind, value = term.get("type"), term.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in term:
        return ox.Literal(value, language=term["xml:lang"])
    if "datatype" in term:
        return ox.Literal(value, datatype=ox.NamedNode(term["datatype"]))
    return ox.Literal(value)


def syntax_message(query: NamedQuery, message: str) -> str:
    """The parser's message on one line, with its position as 'line L, column C'."""
    message = " ".join(message.split())
    match = re.match(r"error at (\d+):(\d+):?\s*(.*)", message)
    if match:
        line, column, rest = match.groups()
        message = f"line {line}, column {column}: {rest}"
    return f"query {query.name}: syntax error at {message}"


def result_from_json(raw: dict, query: NamedQuery | None = None) -> QueryResult:
    """A SELECT/ASK result from SPARQL 1.1 Query Results JSON.

    The variables that carry the query's parameters are dropped: a parameter is projected
    only because binding it requires it, and it would repeat the question in every row.
    """
    if "boolean" in raw:
        return QueryResult(boolean=bool(raw["boolean"]))
    hidden = {param.name for param in query.params} if query is not None else set()
    head = raw.get("head", {}).get("vars", [])
    variables = [v for v in head if v not in hidden]
    bindings = raw.get("results", {}).get("bindings", [])
    if hidden:  # a parameter may be bound in a row even when the head leaves it out
        bindings = [
            {name: term for name, term in binding.items() if name not in hidden}
            for binding in bindings
        ]
    raw = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    rows = [
        [term["value"] if (term := binding.get(v)) is not None else None for v in variables]
        for binding in bindings
    ]
    return QueryResult(variables, rows, raw)


PREFIXES = {
    "sam": "https://w3id.org/samspil/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


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
    # NFC: a letter written as base + combining mark (a + ring) takes one column, like å
    cell = unicodedata.normalize("NFC", " ".join(cell.split()))
    for prefix, namespace in PREFIXES.items():
        if cell.startswith(namespace) and " " not in cell:
            cell = f"{prefix}:{cell[len(namespace) :]}"
            break
    return cell if len(cell) <= limit else cell[: limit - 1] + "…"
