"""Reading files: encodings, markup, and one clear reason for anything unreadable."""

import hashlib
from pathlib import Path

import pytest

from kg import readers
from kg.readers import (
    Skipped,
    UnreadableDocument,
    decode_text,
    discover,
    read_document,
    text_document,
)

DANISH = "Sundhedsstyrelsen udmøntede 2,5 mio. kr. til Ærø Kommune og Region Syddanmark.\n"


def test_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DANISH, encoding="utf-8")
    document = read_document(path)
    assert document.text == DANISH
    assert document.name == "a.txt"
    assert len(document.sha256) == 64
    assert document.title.startswith("Sundhedsstyrelsen udmøntede")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_danish_encodings_decode_right(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes((DANISH * 3).encode(encoding))
    text = read_document(path).text
    assert "Ærø Kommune" in text and "udmøntede" in text
    assert "Ã" not in text  # no UTF-8 mojibake


@pytest.mark.parametrize(
    "text",
    [
        "Køge ½\n",  # was refused as binary
        "sønderborg samarbejde har ikke møde køge ½\n",  # was read as ISO 8859-15: œ
        "og “x”\n",
        "er 20°\n",
        "Budget: 5 € pr. borger – se “bilag”\n",
    ],
)
def test_short_cp1252_is_not_guessed(text: str) -> None:
    assert decode_text(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"),
    ],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + DANISH.encode(codec))
    assert read_document(path).text == DANISH


def test_latin1_c1_controls_are_binary() -> None:
    with pytest.raises(UnreadableDocument, match="binary content"):
        decode_text(b"Odense \x81\x8d\x8f\x90\x9d" * 50)


def test_text_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 100)
    long = tmp_path / "long.html"
    long.write_text("<p>" + "Odense Kommune. " * 10 + "</p>", encoding="utf-8")
    with pytest.raises(
        UnreadableDocument, match=r"^too long: 160 characters of text \(limit 100\)"
    ):
        read_document(long)
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 401)  # more than 4 bytes a character allowed: refused unread
    with pytest.raises(UnreadableDocument, match=r"^too large: 401 bytes \(limit 400;"):
        read_document(big)


def test_discover_reports_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    found = list(discover([tmp_path]))
    assert found[0] == tmp_path / "a.txt"
    assert found[1] == Skipped(tmp_path / "gone.txt", found[1].reason)
    assert found[1].reason.startswith("broken symbolic link")


def test_html_text_and_entities(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(
        "<html><head><title>Nyhed</title><script>var x = '<Region>';</script></head>"
        "<body><h1>Jobcenter Holbæk &amp; Region Sjælland</h1><p>Et samarbejde.</p></body></html>",
        encoding="utf-8",
    )
    text = read_document(path).text
    assert "Jobcenter Holbæk & Region Sjælland" in text
    assert "var x" not in text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("junk.txt", bytes(range(256)) * 20, "binary content, not text"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "broken PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "broken DOCX"),
    ],
)
def test_unreadable_files_give_one_line(tmp_path: Path, name: str, content: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(reason)
    assert "\n" not in message


def test_discover_recurses_sorts_and_reports(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.html", "sub/skip.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = list(discover([tmp_path, tmp_path / "missing.txt", tmp_path / "sub" / "skip.csv"]))
    paths = [p for p in found if isinstance(p, Path)]
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == ["a.md", "b.txt", "sub/c.html"]
    skipped = [s for s in found if isinstance(s, Skipped)]
    assert [s.reason for s in skipped] == ["no such file or folder", "unsupported file type .csv"]


def test_a_document_made_from_a_string() -> None:
    doc = text_document("\n  Referat af mødet\nTekst.", "møde.txt")
    assert (doc.name, doc.title, doc.text) == (
        "møde.txt",
        "Referat af mødet",
        "\n  Referat af mødet\nTekst.",
    )
    assert doc.sha256 == hashlib.sha256("\n  Referat af mødet\nTekst.".encode()).hexdigest()
