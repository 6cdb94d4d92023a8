"""`make bench`: run every benchmark and rewrite bench/RESULTS.md.

Each benchmark is a module printing Markdown on stdout; this runner adds the machine,
the versions and the command, and keeps the sections in a fixed order.  A benchmark
that fails is reported in its section, and the others still run.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from importlib.metadata import version

from bench.common import REPO

BENCHMARKS = [
    ("Build: corpus stages, incremental rebuilds, scale", "bench.bench_build", []),
    ("Extraction against the blank pipeline", "bench.bench_extract", []),
    ("Danish NER throughput", "bench.bench_ner", []),
    ("SPARQL queries: Oxigraph against rdflib", "bench.bench_queries", []),
    ("Network pages in headless Chromium", "bench.bench_viz", []),
]


def machine() -> str:
    cpus = os.cpu_count()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    packages = ", ".join(
        f"{name} {version(name)}"
        for name in ("spacy", "rdflib", "pyoxigraph", "pyshacl", "networkx", "pyvis")
    )
    return (
        f"- machine: {platform.machine()}, {cpus} cores, {memory:.0f} GiB, "
        f"{platform.system()} {platform.release()}\n"
        f"- Python {platform.python_version()}; {packages}\n"
        f"- run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, `make bench`"
    )


def previous_sections(path) -> dict[str, str]:
    """The sections of an existing RESULTS.md, by title, to keep what is not rerun."""
    if not path.exists():
        return {}
    sections = {}
    for chunk in path.read_text(encoding="utf-8").split("\n## ")[1:]:
        title, _, body = chunk.partition("\n")
        sections[title.strip()] = f"## {title.strip()}\n{body.rstrip()}\n"
    return sections


def main() -> None:
    """Run every benchmark, or only those named (``bench_build`` …), keeping the others."""
    only = set(sys.argv[1:])
    results = REPO / "bench" / "RESULTS.md"
    kept = previous_sections(results) if only else {}
    sections = []
    for title, module, args in BENCHMARKS:
        if only and module.rsplit(".", 1)[-1] not in only:
            if title in kept:
                sections.append(kept[title])
            continue
        print(f"running {module} …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=REPO
        )
        seconds = time.perf_counter() - started
        body = result.stdout.strip() or "(no output)"
        if result.returncode != 0:
            tail = "\n".join(result.stderr.strip().splitlines()[-5:])
            body += f"\n\n**Failed** (exit {result.returncode}):\n\n```\n{tail}\n```"
        command = f"`.venv/bin/python -m {module} {' '.join(args)}`".replace(" `", "`")
        sections.append(f"## {title}\n\n{command} — {seconds:.0f} s\n\n{body}\n")
    text = (
        "# Benchmark results\n\n"
        "Rewritten by `make bench` (bench/run.py). Medians of several runs unless a table says\n"
        "otherwise; 2 shared cores, so figures move by ±20% between runs.\n\n"
        f"{machine()}\n\n" + "\n".join(sections)
    )
    results.write_text(text, encoding="utf-8")
    print(f"wrote {results}", file=sys.stderr)


if __name__ == "__main__":
    main()
