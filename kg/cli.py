"""The ``kg`` command line (CONTRACT §1).

Heavy libraries (spaCy, rdflib, pyoxigraph) are imported inside the commands, so
``kg --help`` answers at once.  Every failure ends in one line on stderr and a
non-zero exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="kg",
    help=(
        "Samspil: build a knowledge graph of Danish cross-sector partnerships from documents, "
        "query it with SPARQL and explore it as a network.\n\n"
        "Examples:\n\n"
        "  kg build examples --out graph.ttl\n\n"
        "  kg query partners --graph graph.ttl --param org='Odense Kommune'\n\n"
        "  kg viz --graph graph.ttl --out network.html"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class State:
    verbose = False
    quiet = False


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the exit to raise."""
    typer.echo(f"kg: error: {' '.join(str(message).split())}", err=True)
    return typer.Exit(code)


def note(message: str) -> None:
    if not State.quiet:
        typer.echo(message, err=True)


@app.callback()
def main_options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Say more.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only results and errors.")
    ] = False,
) -> None:
    State.verbose, State.quiet = verbose, quiet


GraphOption = Annotated[
    Path | None, typer.Option("--graph", help="An RDF file (.ttl .trig .nt .nq .jsonld).")
]
StoreOption = Annotated[
    Path | None, typer.Option("--store", help="An embedded store folder [default: .samspil].")
]


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files and folders to read.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the graph here; the extension picks the format."),
    ] = None,
    store: StoreOption = None,
    base: Annotated[str, typer.Option("--base", help="Base IRI of instances.")] = (
        "https://w3id.org/samspil/id/"
    ),
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
) -> None:
    """Read documents, extract, resolve and write the graph.

    Folders are read recursively (.txt .md .html .pdf .docx).  Without --out the graph
    goes to the embedded store.  Example: kg build ../shared/corpus --out corpus.ttl
    """
    from kg.build import BuildError, BuildOptions
    from kg.build import build as run_build
    from kg.readers import SUPPORTED_SUFFIXES, discover
    from kg.store import StoreError

    planned = sum(1 for p in discover(inputs) if isinstance(p, Path))
    bar = _progress(planned)
    options = BuildOptions(
        out=out,
        store_dir=store,
        base=base,
        validate=not no_validate,
        jobs=jobs,
        on_document=(lambda _doc: bar.update(1)) if bar else None,
        on_skip=lambda item: typer.echo(f"kg: skipped {item}", err=True),
    )
    try:
        report = run_build(inputs, options)
    except (BuildError, StoreError, OSError) as exc:
        if isinstance(exc, OSError):  # e.g. the disk filled up while writing
            where = exc.filename or "the output"
            raise fail(f"cannot write {where}: {exc.strerror or exc}") from exc
        if planned == 0 and not isinstance(exc, StoreError):
            raise fail(
                f"no documents found in {', '.join(map(str, inputs))} "
                f"(looked for {' '.join(SUPPORTED_SUFFIXES)})"
            ) from exc
        raise fail(str(exc)) from exc
    finally:
        if bar:
            bar.render_finish()
    _summary(report)


def _progress(total: int):
    """A progress bar on stderr when there are more than a handful of documents."""
    if total <= 5 or State.quiet or not sys.stderr.isatty():
        return None
    import click

    bar = click.progressbar(length=total, label="reading", file=sys.stderr, show_pos=True)
    bar.render_progress()
    return bar


def _shacl_summary(lines: list[str]) -> str:
    errors = sum(1 for line in lines if line.startswith("Violation"))
    warnings = len(lines) - errors
    return f"{errors} SHACL violations" + (f", {warnings} warnings" if warnings else "")


def _summary(report) -> None:
    if State.quiet:
        return
    if report.unchanged:
        note(f"{report.output}: up to date ({report.documents} documents unchanged)")
        return
    entities = ", ".join(f"{n} {name}" for name, n in sorted(report.entities.items()))
    note(
        f"built {report.output}: {report.documents} documents ({report.extracted} extracted, "
        f"{report.reused} unchanged), {len(report.skipped)} skipped; "
        f"{entities}; {report.relations} relations; {report.triples} quads; "
        f"{_shacl_summary(report.violations)}; {report.seconds:.1f} s"
    )
    for item in report.skipped:
        note(f"  skipped {item}")
    shown = report.violations if State.verbose else report.violations[:10]
    for line in shown:
        note(f"  {line}")
    if len(shown) < len(report.violations):
        note(f"  … {len(report.violations) - len(shown)} more (use --verbose)")


def open_local(graph: Path | None, store: Path | None):
    from kg.store import DEFAULT_STORE, StoreError, load_graph_file, open_store

    if graph is not None and store is not None:
        raise fail("give --graph or --store, not both")
    try:
        return load_graph_file(graph) if graph is not None else open_store(store or DEFAULT_STORE)
    except (StoreError, OSError) as exc:
        raise fail(str(exc)) from exc


@app.command()
def validate(
    graph_file: Annotated[Path, typer.Argument(metavar="FILE", help="An RDF file.")],
) -> None:
    """Check a graph against ontology/shapes.ttl (SHACL); one line per violation."""
    from kg.validate import validate_file

    try:
        violations = validate_file(graph_file)
    except (ValueError, OSError) as exc:
        raise fail(str(exc)) from exc
    for violation in violations:
        typer.echo(str(violation))
    errors = sum(1 for v in violations if v.severity == "Violation")
    if errors:
        raise fail(f"{errors} SHACL violations in {graph_file}", code=1)
    if violations:
        note(f"{graph_file}: conforms, with {len(violations)} warnings")
        return
    note(f"{graph_file}: conforms")


@app.command()
def explain(
    label: Annotated[str, typer.Argument(help="Any label of the entity (case-insensitive).")],
    graph: GraphOption = None,
    store: StoreOption = None,
) -> None:
    """Show an entity's surface forms, documents and why each form was tied to it.

    Example: kg explain "Københavns Kommune" --graph corpus.ttl
    """
    from kg.explain import explain as run_explain

    explanations = run_explain(open_local(graph, store), label)
    if not explanations:
        raise fail(f"no entity labelled {label!r}")
    typer.echo("\n\n".join(e.render() for e in explanations))


@app.command()
def export(
    out: Annotated[
        Path, typer.Option("--out", help="File to write; the extension picks the format.")
    ],
    graph: GraphOption = None,
    store: StoreOption = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", help="ttl, trig, nt, nq, jsonld, gexf or graphml [default: from --out]."
        ),
    ] = None,
) -> None:
    """Export the graph: RDF (.ttl is the union, .trig keeps one graph per document) or a
    network for Gephi (.gexf, .graphml).

    Example: kg export --out corpus.trig
    """
    from kg.store import StoreError
    from kg.store import export as export_rdf

    suffix = f".{fmt.lstrip('.')}" if fmt else out.suffix.lower()
    source = open_local(graph, store)
    if suffix in (".gexf", ".graphml"):
        from viz.export import ExportError, write_network
        from viz.network import network_from_store

        try:
            write_network(network_from_store(source), out, suffix.lstrip("."))
        except (ExportError, OSError) as exc:
            raise fail(str(exc)) from exc
    else:
        from kg.store import StoreError
        from kg.store import export as export_rdf

        out = out if out.suffix.lower() == suffix else out.with_suffix(suffix)
        try:
            export_rdf(source, out)
        except (StoreError, OSError) as exc:
            raise fail(str(exc)) from exc
    note(f"wrote {out}")


@app.command("train-ner")
def train_ner(
    train: Annotated[Path | None, typer.Option(help="IOB2 training split.")] = None,
    dev: Annotated[Path | None, typer.Option(help="IOB2 dev split (model selection).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the pipeline.")] = None,
    config: Annotated[Path | None, typer.Option(help="spaCy training config.")] = None,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many steps.")] = None,
    limit: Annotated[int | None, typer.Option(help="Use only the first N sentences.")] = None,
) -> None:
    """Train the Danish NER (PER, ORG, LOC) on UNER Danish-DDT and report dev scores.

    Defaults: ../shared/data/uner_da_ddt, extract/ner/config.cfg, and the shipped model
    folder extract/models/da_ner.  Example: kg train-ner --out /tmp/ner --max-steps 2000
    """
    from extract.ner import train as training

    if train is not None and not train.is_file():
        raise fail(f"{train}: no such training file")
    arguments = {
        "train_path": train or training.DEFAULT_TRAIN,
        "dev_path": dev or training.DEFAULT_DEV,
        "output_dir": out or training.DEFAULT_OUTPUT,
        "config_path": config or training.DEFAULT_CONFIG,
        "max_steps": max_steps,
        "limit": limit,
    }
    for name in ("train_path", "dev_path", "config_path"):
        if not Path(arguments[name]).is_file():
            raise fail(f"{arguments[name]}: no such file")
    import contextlib

    with contextlib.redirect_stdout(sys.stderr):  # spaCy's training log is progress, not output
        try:
            scores = training.train_ner(**arguments)
        except RuntimeError as exc:  # a missing training extra, said in one line
            raise fail(str(exc)) from exc
    for label, score in scores.items():
        typer.echo(f"{label:6} P {score['p']:.3f}  R {score['r']:.3f}  F1 {score['f']:.3f}")
    note(f"wrote {arguments['output_dir']}")


@app.command("train-project-names")
def train_project_names(
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the pipeline.")] = None,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many steps.")] = None,
) -> None:
    """Train the project-name tagger on the gold project titles of bench/dev, bench/gold
    (texts from ../shared/corpus) and examples/gold, and report its selection scores.

    Default output: the shipped model folder extract/models/da_project_names.
    """
    import contextlib

    from extract.ner import project_names as training

    output = out or training.DEFAULT_OUTPUT
    with contextlib.redirect_stdout(sys.stderr):  # spaCy's training log is progress
        scores = training.train(output, max_steps=max_steps)
    typer.echo(f"PROJ   P {scores['p']:.3f}  R {scores['r']:.3f}  F1 {scores['f']:.3f}")
    note(f"wrote {output}")


# Commands of other parts register themselves on ``app`` when imported.
from kg import cli_query, cli_viz  # noqa: E402, F401


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="A gold JSON file or a folder of them (CONTRACT §4).")
    ],
    graph: Annotated[Path, typer.Option("--graph", help="The built graph (.ttl .trig .nt …).")],
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Score a graph against gold annotations: P/R/F1 per category per document.

    Example: kg eval --gold bench/gold --graph corpus.ttl
    """
    from kg.evaluate import evaluate, format_table, to_json

    if output_format not in ("table", "json"):
        raise fail(f"unknown format {output_format!r} (use table or json)")
    try:
        report = evaluate(gold, graph)
    except (ValueError, OSError) as exc:
        raise fail(str(exc)) from exc
    typer.echo(to_json(report) if output_format == "json" else format_table(report))


def main() -> None:
    app()
