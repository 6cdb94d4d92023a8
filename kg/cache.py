"""Per-document extraction cache and the manifest of the last build, for incremental builds.

An extraction is cached under the document's content hash and the pipeline's
fingerprint (config, data files, reference data, model, package version), so a
document is re-extracted only when its bytes or the extractor changed.  The
manifest records what the current store was built from; a rebuild whose inputs
match it does nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kg.model import Extraction
from kg.resources import PACKAGE_ROOT, REFERENCE_DIR

# What the extractor's output depends on besides the document itself.
_PIPELINE_INPUTS = (
    PACKAGE_ROOT / "extract",
    REFERENCE_DIR,
)
_SUFFIXES = {".py", ".cfg", ".toml", ".csv", ".json", ".txt", ".bin", ".spacy", ""}


def pipeline_fingerprint() -> str:
    """A hash of everything that shapes an extraction, so stale cache entries are never used."""
    digest = hashlib.sha256()
    try:
        digest.update(version("samspil").encode())
    except PackageNotFoundError:
        digest.update(b"unknown")
    for root in _PIPELINE_INPUTS:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True, slots=True)
class ExtractionCache:
    directory: Path
    fingerprint: str

    def _path(self, sha256: str) -> Path:
        return self.directory / self.fingerprint / f"{sha256}.pickle"

    def get(self, sha256: str, path: Path) -> Extraction | None:
        """The cached extraction of these bytes, re-pointed at ``path`` (files may move)."""
        entry = self._path(sha256)
        if not entry.is_file():
            return None
        try:
            extraction: Extraction = pickle.loads(entry.read_bytes())
            if not isinstance(extraction, Extraction):
                raise TypeError("not an extraction")
        except Exception:  # damaged bytes raise nearly anything (ValueError, MemoryError …)
            with contextlib.suppress(OSError):
                entry.unlink(missing_ok=True)  # a damaged or outdated entry is simply redone
            return None
        if extraction.document.path != path:
            extraction.document = replace(extraction.document, path=path, name=path.name)
        return extraction

    def put(self, extraction: Extraction) -> None:
        """Keep an extraction; the cache only saves time, so a failed write is let go."""
        with contextlib.suppress(OSError):
            _atomic_write(self._path(extraction.document.sha256), pickle.dumps(extraction))

    def prune(self, keep: set[str]) -> None:
        """Drop entries of other pipeline versions and of documents no longer built."""
        import shutil

        if not self.directory.is_dir():
            return
        for child in self.directory.iterdir():
            if child.is_dir() and child.name != self.fingerprint:
                shutil.rmtree(child, ignore_errors=True)
        for entry in (self.directory / self.fingerprint).glob("*.pickle"):
            if entry.stem not in keep:
                entry.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a store was built from: files with their hashes, pipeline, base IRI."""

    files: dict[str, str]
    fingerprint: str
    base: str

    @classmethod
    def load(cls, path: Path) -> Manifest | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["files"], data["fingerprint"], data["base"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, path: Path) -> None:
        data = {"files": self.files, "fingerprint": self.fingerprint, "base": self.base}
        _atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode())
