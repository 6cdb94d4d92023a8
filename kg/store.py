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

    from kg.quads import Quads

DEFAULT_STORE = Path(".samspil")
CURRENT = "current"

# extension → (Oxigraph format name, keeps named graphs); Turtle and N-Triples are the union
FILE_FORMATS: dict[str, tuple[str, bool]] = {
    ".ttl": ("TURTLE", False),
    ".nt": ("N_TRIPLES", False),
    ".trig": ("TRIG", True),
    ".nq": ("N_QUADS", True),
    ".jsonld": ("JSON_LD", True),
}


class StoreError(Exception):
    """A store or graph file that cannot be used; ``str()`` is one line."""


def file_format(path: Path) -> tuple[str, bool]:
    try:
        return FILE_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(FILE_FORMATS)
        raise StoreError(f"{path}: unknown graph format {path.suffix!r} (use {known})") from None


def export(store: pyoxigraph.Store, path: Path) -> None:
    """Write the store to ``path`` in the format its extension names, atomically.

    Formats with named graphs keep one graph per document; Turtle and N-Triples get the
    union of all graphs (CONTRACT §3).
    """
    import pyoxigraph

    from kg.namespaces import PREFIXES

    name, keeps_graphs = file_format(path)
    fmt = getattr(pyoxigraph.RdfFormat, name)
    prefixes = PREFIXES
    if not keeps_graphs:
        union = pyoxigraph.Store()
        triples = store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        union.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
        store = union
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        if keeps_graphs:
            store.dump(tmp, format=fmt, prefixes=prefixes if name == "TRIG" else None)
        else:
            store.dump(
                tmp,
                format=fmt,
                from_graph=pyoxigraph.DefaultGraph(),
                prefixes=prefixes if name == "TURTLE" else None,
            )
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class QuadSpool:
    """N-Quads spooled to disk as a build writes graph after graph, so memory stays flat.

    ``publish_store`` bulk-loads the spool into a new store and makes it current;
    ``write_file`` loads it into a temporary store (in memory when the spool is one
    chunk, on disk otherwise) and exports it.  The spool is
    cut into files of about ``chunk_bytes`` (between graphs, so a blank node never spans
    two): Oxigraph's bulk loader holds all it is given in memory, and one call per chunk
    keeps a 1,000,000-quad load at 140 MB instead of 940 MB (and no slower).
    """

    def __init__(self, directory: Path, chunk_bytes: int = 32 * 1024 * 1024) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory, self.chunk_bytes = directory, chunk_bytes
        self.paths: list[Path] = []
        self._handle = None
        self._written = 0

    def add(self, dataset: Quads | Dataset) -> None:
        """Spool the quads of ``dataset`` (kg.quads.Quads, or an rdflib ``Dataset``)."""
        if self._handle is None or self._written >= self.chunk_bytes:
            self._next_chunk()
        if hasattr(dataset, "nquads"):
            data = dataset.nquads()
        else:
            data = dataset.serialize(format="nquads", encoding="utf-8")
        self._handle.write(data)
        self._written += len(data)

    def _next_chunk(self) -> None:
        self.close()
        fd, name = tempfile.mkstemp(prefix=".spool-", suffix=".nq", dir=self.directory)
        self.paths.append(Path(name))
        self._handle = os.fdopen(fd, "wb")
        self._written = 0

    def close(self) -> None:
        if self._handle is not None and not self._handle.closed:
            self._handle.close()

    def discard(self) -> None:
        self.close()
        for path in self.paths:
            path.unlink(missing_ok=True)

    def _load(self, store: pyoxigraph.Store) -> pyoxigraph.Store:
        import pyoxigraph

        self.close()
        for path in self.paths:
            store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS)
        store.flush()
        return store

    def publish_store(self, root: Path) -> Path:
        import pyoxigraph

        target = _new_store_folder(root)
        store = self._load(pyoxigraph.Store(str(target)))
        del store
        _publish(root, target)
        return target

    def write_file(self, path: Path) -> None:
        import pyoxigraph

        if len(self.paths) <= 1:
            # One chunk: an in-memory store costs no more memory than bulk-loading the
            # chunk does, and loads and exports it twice as fast as one on disk.
            export(self._load(pyoxigraph.Store()), path)
            return
        with tempfile.TemporaryDirectory(prefix=".samspil-", dir=path.parent) as scratch:
            store = self._load(pyoxigraph.Store(scratch))
            export(store, path)
            del store


def _new_store_folder(root: Path) -> Path:
    """A fresh folder every time, even for two builds within a second in one process."""
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"store-{time.strftime('%Y%m%dT%H%M%S')}-", dir=root))


def _publish(root: Path, target: Path) -> None:
    """Point ``root/current`` at ``target`` atomically, then drop older stores."""
    link = root / CURRENT
    tmp_link = root / f".{CURRENT}.{os.getpid()}"
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(target.name)
    os.replace(tmp_link, link)
    remove_stale_stores(root)


def remove_stale_stores(root: Path) -> None:
    """Delete store folders other than the current one (left by replaced or killed builds)."""
    link = root / CURRENT
    current = link.resolve().name if link.exists() else None
    for old in root.glob("store-*"):
        if old.name != current:
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
