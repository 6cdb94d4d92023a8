"""Turn files into ``SourceDocument``s: find them, decode them, pull text out of markup.

Every failure is an ``UnreadableDocument`` carrying one line that names the reason,
so a build can report the file and go on with the others.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.model import SourceDocument

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_TITLE = 200


class UnreadableDocument(Exception):
    """A file that cannot be read as a document; ``str()`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class Skipped:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def discover(inputs: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Yield readable candidate files under the inputs (folders recursively), sorted.

    A missing input or a file with an unsupported extension is yielded as ``Skipped``.
    """
    for given in inputs:
        if given.is_dir():
            found = sorted(
                p
                for p in given.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            yield from found
        elif given.is_file():
            if given.suffix.lower() in SUPPORTED_SUFFIXES:
                yield given
            else:
                yield Skipped(given, f"unsupported file type {given.suffix or '(none)'}")
        else:
            yield Skipped(given, "no such file or folder")


def read_document(path: Path) -> SourceDocument:
    """Read one file; raise ``UnreadableDocument`` with a one-line reason if it can't be."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UnreadableDocument("empty file")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text = _pdf_text(data)
    elif suffix == ".docx":
        text = _docx_text(data)
    else:
        text = decode_text(data)
        if suffix in (".html", ".htm"):
            text = html_text(text)
    if not text.strip():
        raise UnreadableDocument("no text in file")
    return SourceDocument(
        path=path,
        name=path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=_title(text, path),
    )


def decode_text(data: bytes) -> str:
    """Decode bytes of a text file: BOMs first, then UTF-8, then a detected legacy encoding.

    Danish files that are not UTF-8 are nearly always cp1252 or latin-1; charset-normalizer
    decides, and text that still looks binary is refused rather than guessed.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_8"]).best()
    if best is None:
        raise UnreadableDocument("binary content, not text")
    text = str(best)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 4096):
        raise UnreadableDocument("binary content, not text")
    return text


class _TextOfHtml(HTMLParser):
    """Collects visible text; block elements become line breaks."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "ul",
            "ol",
            "title",
        ]
    )
    _HIDDEN = frozenset({"script", "style", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", text).strip() + "\n"


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableDocument("encrypted PDF")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument(f"broken PDF: {exc}") from exc


def _docx_text(data: bytes) -> str:
    from zipfile import BadZipFile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(f"broken DOCX: {exc}") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _title(text: str, path: Path) -> str:
    for line in text.splitlines():
        line = " ".join(line.replace("\u00a0", " ").split())
        if len(line) >= 3:
            return line[:MAX_TITLE]
    return path.stem
