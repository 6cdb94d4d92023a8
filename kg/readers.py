"""Turn files into ``SourceDocument``s: find them, decode them, pull text out of markup.

Every failure is an ``UnreadableDocument`` carrying one line that names the reason,
so a build can report the file and go on with the others.
"""

from __future__ import annotations

import hashlib
import html
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.model import SourceDocument

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_TITLE = 200
# Limits (README, "Limits").  Extraction runs at roughly 10,000 characters a second and
# holds about 1 GB per million characters of one document, and spaCy refuses longer
# texts by default, so a document's text is capped at a million characters.  A plain
# text file is refused by its size alone when it must hold more (UTF-8 has at most 4
# bytes a character), without reading it; any file over MAX_FILE_BYTES likewise.
MAX_TEXT_CHARS = 1_000_000
MAX_FILE_BYTES = 64 * 1024 * 1024
_PLAIN_SUFFIXES = (".txt", ".md")


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

    A missing input, a file with an unsupported extension or a broken symbolic link (its
    file gone) is yielded as ``Skipped``.
    """
    for given in inputs:
        if given.is_dir():
            candidates = (p for p in given.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
            for path in sorted(candidates):
                if path.is_file():
                    yield path
                elif path.is_symlink() and not path.exists():
                    yield Skipped(path, "broken symbolic link: the file it points to is gone")
        elif given.is_file():
            if given.suffix.lower() in SUPPORTED_SUFFIXES:
                yield given
            else:
                yield Skipped(given, f"unsupported file type {given.suffix or '(none)'}")
        else:
            yield Skipped(given, "no such file or folder")


def read_document(path: Path) -> SourceDocument:
    """Read one file; raise ``UnreadableDocument`` with a one-line reason if it can't be."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = 4 * MAX_TEXT_CHARS if suffix in _PLAIN_SUFFIXES else MAX_FILE_BYTES
        if size > limit:
            raise UnreadableDocument(
                f"too large: {size:,} bytes (limit {limit:,}; "
                f"a document may hold at most {MAX_TEXT_CHARS:,} characters), split it"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UnreadableDocument("empty file")
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
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableDocument(
            f"too long: {len(text):,} characters of text (limit {MAX_TEXT_CHARS:,}), split it"
        )
    return SourceDocument(
        path=path,
        name=path.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=_title(text, path),
    )


def text_document(text: str, name: str = "text.txt") -> SourceDocument:
    """A document made from a string (no file behind it), named ``name``."""
    path = Path(name)
    return SourceDocument(
        path=path,
        name=path.name,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=_title(text, path),
    )


def decode_text(data: bytes) -> str:
    """Decode bytes of a text file: BOMs first, then UTF-8, then Windows-1252.

    Danish files that are not UTF-8 are nearly always cp1252 or latin-1, which agree on
    every printable latin-1 character (æøå included); cp1252 adds – “ ” € in 0x80–0x9F,
    where latin-1 has only control codes.  So cp1252 is chosen whenever it decodes, rather
    than guessed: detectors misjudge short texts with few non-ASCII bytes (½ read as
    ISO 8859-15 œ, a three-word note refused).  Bytes cp1252 leaves undefined go to
    charset-normalizer; text that still looks binary is refused rather than guessed.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableDocument(f"not valid {codec} after its byte-order mark") from exc
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15"]).best()
        if best is None:
            raise UnreadableDocument("binary content, not text") from None
        text = str(best)
    if _looks_binary(text):
        raise UnreadableDocument("binary content, not text")
    return text


# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _looks_binary(text: str) -> bool:
    """More than 1 % control characters (C0 other than layout, DEL, C1) in the first 4 KiB."""
    head = text[:4096]
    controls = sum(
        1 for ch in head if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) <= 0x9F
    )
    return controls > 0.01 * len(head)


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

    # pypdf logs what it repairs ("EOF marker not found") as warnings: they would add
    # lines to the one line a build prints per file, so they are silenced here.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise UnreadableDocument("encrypted PDF: needs a password")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise UnreadableDocument(f"broken PDF: {_one_line(exc)}") from exc
    finally:
        pypdf_log.setLevel(level)


def _opens_without_password(reader) -> bool:
    """Many PDFs are encrypted only against printing or copying: an empty password opens them."""
    from pypdf.errors import DependencyError

    try:
        return bool(reader.decrypt(""))
    except DependencyError as exc:
        raise UnreadableDocument(f"encrypted PDF: {_one_line(exc)}") from exc


def _docx_text(data: bytes) -> str:
    from zipfile import BadZipFile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(f"broken DOCX: {_one_line(exc)}") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _title(text: str, path: Path) -> str:
    for line in text.splitlines():
        line = " ".join(line.replace("\u00a0", " ").split())
        if len(line) >= 3:
            return line[:MAX_TITLE]
    return path.stem
