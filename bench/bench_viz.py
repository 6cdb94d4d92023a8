"""How fast network pages open in headless Chromium, and how big they are.

    .venv/bin/python bench/bench_viz.py [--corpus DIR] [--repeat N] [--nodes 5000 ...]

Builds the corpus with the real pipeline (``kg build ../shared/corpus``) and draws it
with ``kg viz``; draws synthetic networks of the given sizes (organisations of all sectors,
projects, pools, people, in communities, with Danish names); then opens each page in
Debian's Chromium through Playwright and times navigation until the page says it has
settled (the browser's physics done, or the precomputed layout drawn).  Also times a search
on each page.  Targets (issue 7): the corpus page under 5 s, a 5,000-node page under 10 s.
Prints a Markdown table; pages and screenshots go to bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from bench.common import CORPUS  # noqa: E402
from viz.browser import launch, open_page, unavailable  # noqa: E402
from viz.network import ORG_KINDS, SECTORS  # noqa: E402
from viz.page import LAYOUT_THRESHOLD, write_page  # noqa: E402

DEFAULT_CORPUS = CORPUS  # ../shared/corpus beside the repository
OUT = ROOT / "bench" / "out"
TARGETS = {"corpus": 5.0, 5000: 10.0}
TOWNS = ["Århus", "Næstved", "Køge", "Ærø", "Præstø", "Sønderborg", "Tønder", "Ølstykke", "Vejle"]


def kg(*args: str) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_viz: kg {' '.join(args)} failed: {result.stderr.strip()}")
    return time.perf_counter() - start


def synthetic(n: int, seed: int = 1) -> nx.Graph:
    """A network shaped like ours: 60 % organisations, 30 % projects, 8 % people, 2 % pools."""
    rng = random.Random(seed)
    graph = nx.Graph()
    counts = {"org": int(n * 0.6), "proj": int(n * 0.3), "pool": max(1, n // 50)}
    counts["person"] = n - sum(counts.values())
    communities = max(1, n // 120)
    orgs: list[list[str]] = [[] for _ in range(communities)]

    def add(node: str, label: str, kind: str, sector: str = "") -> None:
        graph.add_node(
            node,
            label=label,
            labels=[label, label.upper()],
            kind=kind,
            sector=sector,
            region="Region Sjælland",
            documents=[f"dokument-{rng.randrange(50)}.txt"],
            evidence=[f"{label} deltager i et samarbejde om sundhed og ældrepleje."],
            mentioned=True,
        )

    def link(a: str, b: str, relation: str) -> None:
        graph.add_edge(
            a,
            b,
            relation=relation,
            relations=[relation],
            source=a,
            target=b,
            weight=1,
            lead=False,
            works=[],
            evidence=[],
            documents=[],
        )

    for i in range(counts["org"]):
        kind = rng.choice(ORG_KINDS)
        node = f"org{i}"
        add(node, f"{kind} {rng.choice(TOWNS)} {i}", kind, rng.choice(SECTORS))
        orgs[i % communities].append(node)
    pools = [f"pool{i}" for i in range(counts["pool"])]
    for pool in pools:
        add(pool, f"Pulje til sundhedsfremme {pool}", "FundingPool")
        link(pool, rng.choice(orgs[rng.randrange(communities)]), "administers")
    for i in range(counts["proj"]):
        node = f"proj{i}"
        add(node, f"Projekt {rng.choice(TOWNS)} {i}", "Project")
        home = orgs[rng.randrange(communities)]
        for org in rng.sample(home, k=min(len(home), rng.randint(2, 4))):
            link(org, node, "participates")
        if rng.random() < 0.05:  # a few projects reach into another community
            link(rng.choice(orgs[rng.randrange(communities)]), node, "participates")
        if rng.random() < 0.3:
            link(rng.choice(pools), node, "funds")
    for i in range(counts["person"]):
        node = f"person{i}"
        add(node, f"Søren Ærbø {i}", "Person")
        link(node, rng.choice(orgs[rng.randrange(communities)]), "member of")
    return graph


def measure(browser, page_path: Path, repeat: int, query: str) -> tuple[float, float, int]:
    """Median seconds to settle, median seconds for a search, nodes drawn."""
    settle, search = [], []
    drawn = 0
    for attempt in range(repeat):
        opened = open_page(browser, page_path, timeout_s=120)
        page = opened.page
        if opened.external or opened.errors:
            sys.exit(f"bench_viz: {page_path.name}: {opened.external or opened.errors}")
        settle.append(opened.seconds)
        drawn = page.evaluate("samspil.network.body.nodeIndices.length")
        search.append(
            page.evaluate(
                """q => { const t = performance.now(); samspil.search(q);
                          return (performance.now() - t) / 1000; }""",
                query,
            )
        )
        if attempt == 0:
            page.screenshot(path=str(OUT / f"{page_path.stem}.png"))
        page.close()
    return statistics.median(settle), statistics.median(search), drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--nodes", type=int, nargs="*", default=[LAYOUT_THRESHOLD, 5000])
    args = parser.parse_args()
    reason = unavailable()
    if reason:
        sys.exit(f"bench_viz: cannot open pages: {reason}")
    OUT.mkdir(parents=True, exist_ok=True)

    pages: list[tuple[str, Path, float, int, int, str]] = []  # name, path, python s, n, m, query
    if args.corpus.is_dir():
        graph = OUT / "corpus.ttl"
        build_s = kg("build", str(args.corpus), "--out", str(graph), "--no-validate")
        page = OUT / "viz-corpus.html"
        viz_s = kg("viz", "--graph", str(graph), "--out", str(page))
        from kg.store import load_graph_file
        from viz.network import network_from_store

        network = network_from_store(load_graph_file(graph))
        print(f"corpus built in {build_s:.1f} s; `kg viz` (whole process) {viz_s:.1f} s")
        pages.append(
            ("corpus", page, viz_s, network.number_of_nodes(), network.number_of_edges(), "sj")
        )
    else:
        print(f"bench_viz: no corpus at {args.corpus}; synthetic pages only")
    for n in args.nodes:
        network = synthetic(n)
        page = OUT / f"viz-synthetic-{n}.html"
        start = time.perf_counter()
        write_page(network, page)
        pages.append((n, page, time.perf_counter() - start, n, network.number_of_edges(), "ærø"))

    rows = []
    failed = False
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        for name, page, python_s, n, m, query in pages:
            settle, search, drawn = measure(browser, page, args.repeat, query)
            target = TARGETS.get(name)
            ok = target is None or settle < target
            failed |= not ok
            layout = "precomputed" if n > LAYOUT_THRESHOLD else "browser physics"
            rows.append(
                f"| {name} | {n} | {m} | {drawn} | {layout} | {page.stat().st_size / 1e6:.2f} "
                f"| {python_s:.2f} | {settle:.2f} | {search * 1000:.0f} | "
                f"{f'< {target:.0f} s ' if target else ''}{'ok' if ok else 'FAILED'} |"
            )
        browser.close()
    print()
    print(f"Network pages in headless Chromium (median of {args.repeat}; 2 shared cores)")
    print()
    print(
        "| page | nodes | edges | drawn | layout | MB | write s | open+settle s "
        "| search ms | target |"
    )
    print("|---|---:|---:|---:|---|---:|---:|---:|---:|---|")
    print("\n".join(rows))
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
