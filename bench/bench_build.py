"""Build benchmarks: the corpus by stage, incremental rebuilds, and scale on synthetic documents.

    .venv/bin/python -m bench.bench_build [--corpus DIR] [--sizes 10,100,1000,5000] [--repeat 3]

Prints Markdown tables.  Timings are medians of ``--repeat`` runs; peak memory is the
maximum resident set size of the build process (``kg build`` run as a child process).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import CORPUS, table

KG = [sys.executable, "-m", "kg"]


def run_kg(*args: str) -> tuple[float, float]:
    """Run ``kg`` once; (wall seconds, peak RSS in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen([*KG, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kg {' '.join(args)} failed: {process.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def corpus_stages(corpus: Path, repeat: int) -> list[list[str]]:
    """Extraction, graph building, writing and SHACL on the corpus, in one process."""
    import spacy

    from extract.extractor import Extractor
    from kg.graph import GraphWriter
    from kg.readers import read_document
    from kg.refdata import load_reference
    from kg.resolve import Resolution
    from kg.store import QuadSpool
    from kg.validate import validate_graph

    documents = [read_document(p) for p in sorted(corpus.glob("*.txt"))]
    blank = spacy.blank("da")
    tokens = sum(len(doc) for doc in blank.pipe(d.text for d in documents))
    extractor = Extractor()
    times: dict[str, list[float]] = {k: [] for k in ("blank", "extract", "graph", "write", "shacl")}
    for _ in range(repeat):
        t0 = time.perf_counter()
        list(blank.pipe(d.text for d in documents))
        t1 = time.perf_counter()
        extractions = list(extractor.extract_all(documents))
        t2 = time.perf_counter()
        reference = load_reference()
        resolution = Resolution(reference)
        resolution.resolve(extractions)
        writer = GraphWriter(resolution, reference)
        datasets = [writer.shared_dataset(), *map(writer.document_dataset, extractions)]
        t3 = time.perf_counter()
        with tempfile.TemporaryDirectory() as scratch:
            spool = QuadSpool(Path(scratch))
            for dataset in datasets:
                spool.add(dataset)
            spool.write_file(Path(scratch) / "corpus.trig")
        t4 = time.perf_counter()
        validate_graph(writer.dataset(extractions))
        t5 = time.perf_counter()
        for key, value in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            times[key].append(value)
    med = {key: statistics.median(values) for key, values in times.items()}

    def share(stage: str) -> str:
        return f"{med[stage] / med['extract']:.0%} of extraction"

    rows = [
        [
            "spacy.blank('da').pipe (the floor)",
            f"{med['blank']:.2f}",
            f"{tokens / med['blank']:,.0f}",
            "1.0x",
        ],
        [
            "extraction (whole pipeline)",
            f"{med['extract']:.2f}",
            f"{tokens / med['extract']:,.0f}",
            f"{med['extract'] / med['blank']:.1f}x the floor",
        ],
        ["resolution + graph building", f"{med['graph']:.2f}", "", share("graph")],
        ["writing (TriG through Oxigraph)", f"{med['write']:.2f}", "", share("write")],
        ["SHACL validation", f"{med['shacl']:.2f}", "", share("shacl")],
    ]
    print(f"corpus: {len(documents)} documents, {tokens:,} tokens", file=sys.stderr)
    return rows


def incremental(corpus: Path) -> list[list[str]]:
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        docs = Path(scratch) / "docs"
        shutil.copytree(corpus, docs)
        for path in docs.iterdir():
            path.chmod(0o644)
        store = str(Path(scratch) / "store")
        first, mem = run_kg("build", str(docs), "--store", store)
        rows.append(["first build into the store", f"{first:.2f}", f"{mem:,.0f}"])
        again, mem = run_kg("build", str(docs), "--store", store)
        rows.append(["rebuild, nothing changed", f"{again:.2f}", f"{mem:,.0f}"])
        victim = sorted(docs.glob("*.txt"))[0]
        victim.write_text(
            victim.read_text(encoding="utf-8") + "\nOdense Kommune.\n", encoding="utf-8"
        )
        changed, mem = run_kg("build", str(docs), "--store", store)
        rows.append(["rebuild, one document changed", f"{changed:.2f}", f"{mem:,.0f}"])
    return rows


def scale(sizes: list[int], repeat: int) -> list[list[str]]:
    from bench.synth import Generator

    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as scratch:
            docs = Path(scratch) / "docs"
            Generator(seed=size).write(docs, size)
            out = str(Path(scratch) / "out.trig")
            for jobs in (1, 2) if size >= 1000 else (1,):
                runs = [
                    run_kg("build", str(docs), "--out", out, "--no-validate", "--jobs", str(jobs))
                    for _ in range(repeat if size < 1000 else 1)
                ]
                seconds = statistics.median(r[0] for r in runs)
                memory = max(r[1] for r in runs)
                rows.append(
                    [
                        f"{size:,}",
                        str(jobs),
                        f"{seconds:.1f}",
                        f"{size / seconds:,.0f}",
                        f"{memory:,.0f}",
                    ]
                )
                print(
                    f"scale {size} jobs {jobs}: {seconds:.1f} s, {memory:.0f} MB", file=sys.stderr
                )
            if size <= 1000:
                seconds, memory = run_kg("build", str(docs), "--out", out)
                rows.append(
                    [
                        f"{size:,}",
                        "1 + SHACL",
                        f"{seconds:.1f}",
                        f"{size / seconds:,.0f}",
                        f"{memory:,.0f}",
                    ]
                )
    return rows


def startup(repeat: int) -> list[list[str]]:
    """`kg --help` must answer at once: heavy libraries are imported by the commands."""
    times = []
    for _ in range(max(repeat, 5)):
        started = time.perf_counter()
        subprocess.run([*KG, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return [["`kg --help` (fresh process)", f"{statistics.median(times):.2f}", "< 0.5"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="10,100,1000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    # Child processes first: Linux carries a parent's peak RSS into the children it forks,
    # so the in-process corpus stages (which load spaCy) must come after them.
    start_rows = startup(args.repeat)
    incremental_rows = incremental(args.corpus)
    scale_rows = scale([int(s) for s in args.sizes.split(",")], args.repeat)
    stage_rows = corpus_stages(args.corpus, args.repeat)
    print("### Start-up\n")
    print(table(["command", "seconds", "target"], start_rows))
    print("\n### Corpus build, by stage\n")
    print(table(["stage", "seconds", "tokens/s", "ratio"], stage_rows))
    print("\n### Incremental builds into the embedded store (whole `kg build` process)\n")
    print(table(["build", "seconds", "peak MB"], incremental_rows))
    print("\n### Scale: synthetic documents (`kg build DIR --out x.trig`)\n")
    print(table(["documents", "jobs", "seconds", "documents/s", "peak MB"], scale_rows))


if __name__ == "__main__":
    main()
