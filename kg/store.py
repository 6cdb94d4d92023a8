"""Where graphs live: RDF files by extension, and the embedded Oxigraph store.

Writes are all-or-nothing.  A file is written beside its target and moved into place;
the store is built in a fresh folder and published by atomically repointing the
``current`` link, so a build that fails or is killed leaves the previous graph whole.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph
    from rdflib import Dataset

DEFAULT_STORE = Path(".samspil")
CURRENT = "current"

# extension → (rdflib serializer, keeps named graphs)
FILE_FORMATS: dict[str, tuple[str, bool]] = {
    ".ttl": ("turtle", False),
    ".nt": ("nt", False),
    ".trig": ("trig", True),
    ".nq": ("nquads", True),
    ".jsonld": ("json-ld", True),
}


class StoreError(Exception):
    """A store or graph file that cannot be used; ``str()`` is one line."""


def file_format(path: Path) -> tuple[str, bool]:
    try:
        return FILE_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FILE_FORMATS)
        raise StoreError(f"{path}: unknown graph format {path.suffix!r} (use {known})") from None


def write_file(dataset: Dataset, path: Path) -> None:
    """Serialise ``dataset`` to ``path`` in the format its extension names, atomically."""
    from rdflib import Graph

    from kg.vocab import bind_prefixes

    fmt, keeps_graphs = file_format(path)
    if keeps_graphs:
        source = dataset
    else:
        source = bind_prefixes(Graph())
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            source.add((s, p, o))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        source.serialize(destination=tmp, format=fmt, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_store(dataset: Dataset, root: Path = DEFAULT_STORE) -> Path:
    """Load ``dataset`` into a new Oxigraph store under ``root`` and make it current."""
    import pyoxigraph

    root.mkdir(parents=True, exist_ok=True)
    target = root / f"store-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    data = dataset.serialize(format="nquads", encoding="utf-8")
    store = pyoxigraph.Store(str(target))
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    _publish(root, target)
    return target


def _publish(root: Path, target: Path) -> None:
    """Point ``root/current`` at ``target`` atomically, then drop older stores."""
    link = root / CURRENT
    tmp_link = root / f".{CURRENT}.{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(target.name)
    os.replace(tmp_link, link)
    for old in root.glob("store-*"):
        if old.name != target.name:
            shutil.rmtree(old, ignore_errors=True)


def current_store_path(root: Path = DEFAULT_STORE) -> Path:
    link = root / CURRENT
    if not link.exists():
        raise StoreError(f"{root}: no graph has been built here yet (run `kg build INPUT`)")
    return link.resolve()


def open_store(root: Path = DEFAULT_STORE) -> pyoxigraph.Store:
    """Open the current store read-only, so a running build can't be disturbed."""
    import pyoxigraph

    return pyoxigraph.Store.read_only(str(current_store_path(root)))


def load_graph_file(path: Path) -> pyoxigraph.Store:
    """An in-memory Oxigraph store holding an RDF file (for querying it)."""
    import pyoxigraph

    if not path.is_file():
        raise StoreError(f"{path}: no such graph file")
    formats = {
        ".ttl": pyoxigraph.RdfFormat.TURTLE,
        ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
        ".trig": pyoxigraph.RdfFormat.TRIG,
        ".nq": pyoxigraph.RdfFormat.N_QUADS,
        ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
    }
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        file_format(path)  # raises the one-line error naming the known formats
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise StoreError(f"{path}: not valid RDF: {exc}") from exc
    return store
