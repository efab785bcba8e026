"""Every source an analyst has: PDF, DOCX, ODT, UTF-16/32 text, feed files, folders, URLs.
The files are made here (fpdf2, python-docx, zipfile); the type is decided by the bytes."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from accords.ingest import InputError, SourceDoc, Unread, iter_documents
from accords.ingest.sniff import sniff
from accords.ingest.sources import headline
from accords.pipeline import extract_documents
from test_store_support import cli, db_url  # noqa: F401

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_a29354363e8b3bf8.txt"
FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
         Path("/usr/share/fonts/dejavu/DejaVuSans.ttf")]
EN = ["Kazakhstan and Serbia agree on energy cooperation",
      "The foreign ministers of Kazakhstan and Serbia met in Astana to discuss oil supplies.",
      "They signed a memorandum on renewable energy and agreed to meet again in Belgrade."]
RU = ["Казахстан и Сербия договорились о сотрудничестве",
      "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Президентом Сербии "
      "Александром Вучичем.",
      "Стороны обсудили поставки нефти и строительство солнечных электростанций."]


def unicode_font() -> Path:
    for p in FONTS:
        if p.exists():
            return p
    pytest.skip("no DejaVuSans.ttf (Debian: fonts-dejavu-core) to render Cyrillic into a PDF")


def make_pdf(pages: list[list[str]], title: str | None = None, font: Path | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if font:
        pdf.add_font("body", "", str(font))
        pdf.set_font("body", size=11)
    else:
        pdf.set_font("helvetica", size=11)
    for paragraphs in pages:
        pdf.add_page()
        for para in paragraphs:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(paragraphs: list[str], title: str | None = None, table: list[str] = ()) -> bytes:
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    for para in paragraphs:
        d.add_paragraph(para)
    if table:
        t = d.add_table(rows=1, cols=len(table))
        for cell, value in zip(t.rows[0].cells, table):
            cell.text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_odt(paragraphs: list[str], title: str | None = None) -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    body = "".join(f"<text:p>{p.replace('  ', ' <text:s/>')}</text:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
                                  f"<office:body><office:text>{body}</office:text></office:body>"
                                  "</office:document-content>")
        meta = f"<dc:title>{title}</dc:title>" if title else ""
        z.writestr("meta.xml", f'<?xml version="1.0"?><office:document-meta {ns}><office:meta>'
                               f"{meta}</office:meta></office:document-meta>")
    return buf.getvalue()


def read(path: Path) -> list:
    return list(iter_documents([str(path)]))


def one_doc(path: Path) -> SourceDoc:
    [doc] = read(path)
    assert isinstance(doc, SourceDoc), doc
    return doc


# -- PDF ------------------------------------------------------------------------------------
def test_pdf_text_title_and_page_offsets(tmp_path):
    p = tmp_path / "release.pdf"
    p.write_bytes(make_pdf([EN[:2], EN[2:]], title="Energy talks"))
    doc = one_doc(p)
    assert doc.title == "Energy talks"
    assert doc.pages == [0, doc.text.index("They signed")]
    assert doc.text.startswith(EN[0]) and "Belgrade" in doc.text
    [item] = list(extract_documents([str(p)]))
    assert item.record.doc.pages == doc.pages
    assert {c.code for c in item.record.countries} == {"KAZ", "SRB"}


def test_pdf_in_cyrillic_and_headline_title(tmp_path):
    p = tmp_path / "ru.pdf"
    p.write_bytes(make_pdf([RU], font=unicode_font()))
    doc = one_doc(p)
    assert "Александром Вучичем" in doc.text
    assert doc.title == RU[0]          # no metadata title: the headline line


def test_pdf_without_text_layer_is_one_clear_error(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")     # a "scan": marks, no text
    p = tmp_path / "scan.pdf"
    p.write_bytes(bytes(pdf.output()))
    [err] = read(p)
    assert isinstance(err, InputError)
    assert str(err) == f"{p}: PDF without a text layer (1 page of images or scans; OCR it first)"


def test_broken_pdf_is_that_files_error(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    [err] = read(p)
    assert isinstance(err, InputError) and str(p) in str(err)
    assert "PDF" in err.reason and "%PDF" not in err.reason


# -- DOCX and ODT ---------------------------------------------------------------------------
def test_docx_paragraphs_tables_and_core_title(tmp_path):
    p = tmp_path / "note.docx"
    p.write_bytes(make_docx(RU, title="Переговоры", table=["Астана", "Белград"]))
    doc = one_doc(p)
    assert doc.title == "Переговоры"
    assert doc.text.split("\n")[:3] == RU
    assert "Астана\nБелград" in doc.text


def test_odt_text_spaces_and_title(tmp_path):
    p = tmp_path / "note.odt"
    p.write_bytes(make_odt(["First  line", EN[1]], title="ODT title"))
    doc = one_doc(p)
    assert doc.text == "First  line\n" + EN[1]
    assert doc.title == "ODT title"


def test_office_without_title_takes_the_headline(tmp_path):
    p = tmp_path / "x.docx"
    p.write_bytes(make_docx(EN))
    assert one_doc(p).title == EN[0]


def test_zip_bomb_member_is_refused(tmp_path, monkeypatch):
    from accords.ingest import office

    monkeypatch.setattr(office, "MAX_XML_BYTES", 1000)
    p = tmp_path / "big.docx"
    p.write_bytes(make_docx(EN * 20))
    [err] = read(p)
    assert isinstance(err, InputError) and "too large" in err.reason


# -- the type comes from the bytes ----------------------------------------------------------
def test_type_is_sniffed_not_taken_from_the_name(tmp_path):
    (tmp_path / "a.txt").write_bytes(make_pdf([EN]))
    (tmp_path / "b.bin").write_bytes(make_docx(EN))
    (tmp_path / "c.dat").write_bytes(make_odt(EN))
    (tmp_path / "d.txt").write_bytes(b"<!DOCTYPE html><html><head><title>T</title></head><body><article>"
                                     + "".join(f"<p>{p}</p>" for p in EN).encode() + b"</article></body></html>")
    for name in ("a.txt", "b.bin", "c.dat"):
        doc = one_doc(tmp_path / name)
        assert "Astana" in doc.text and "%PDF" not in doc.text and "PK" not in doc.text[:2]
    assert "<p>" not in one_doc(tmp_path / "d.txt").text
    assert sniff(b"\x89PNG\r\n\x1a\n", ".txt") == "image"
    assert sniff(b'<?xml version="1.0"?><rss version="2.0">', ".txt") == "feed"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_with_a_byte_order_mark(tmp_path, encoding):
    import codecs

    text = "\n".join(RU)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    p = tmp_path / "u.txt"
    p.write_bytes(data)
    doc = one_doc(p)
    assert doc.text == text and doc.warnings == []
    assert doc.title == RU[0]


def test_headline_rules():
    assert headline("Kazakhstan and Serbia sign a deal\nBody text.") == "Kazakhstan and Serbia sign a deal"
    assert headline("The ministers met in Astana.\nMore text.") is None      # a sentence
    assert headline("Only one line without more") is None                    # the whole text
    assert headline("x" * 200 + "\nBody") is None                             # too long
    assert headline("2026-03-10\nBody") is None                               # no letters


# -- feed files -----------------------------------------------------------------------------
RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>MFA</title>
<item><title>Talks in Astana</title><link>https://mfa.example/1</link>
<pubDate>Tue, 10 Mar 2026 09:00:00 +0500</pubDate><description><![CDATA[<p>{0}</p>]]></description></item>
<item><title>Empty</title><link>https://mfa.example/2</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>Hungary</title><id>urn:1</id><link href="https://mfa.example/3"/>
<updated>2026-03-14T08:00:00Z</updated><content type="html">&lt;p&gt;{0}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_files_give_one_document_per_item(tmp_path):
    (tmp_path / "news.xml").write_text(RSS.format(EN[1]), encoding="utf-8")
    (tmp_path / "atom.txt").write_text(ATOM.format(EN[2]), encoding="utf-8")
    doc, err = read(tmp_path / "news.xml")
    assert (doc.title, doc.url, doc.date) == ("Talks in Astana", "https://mfa.example/1", "2026-03-10")
    assert doc.text == EN[1] and doc.source == f"{tmp_path / 'news.xml'}#1"
    assert isinstance(err, InputError) and err.reason == "feed item without text"
    [atom] = read(tmp_path / "atom.txt")
    assert (atom.title, atom.url, atom.date, atom.text) == ("Hungary", "https://mfa.example/3",
                                                            "2026-03-14", EN[2])


def test_json_feed_file(tmp_path):
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "MFA", "items": [
        {"id": "a1", "url": "https://mfa.example/a1", "title": "Astana talks",
         "content_text": EN[1], "date_published": "2026-03-10T09:00:00+05:00"},
        {"id": "a2", "url": "https://mfa.example/a2", "title": "Nothing"}]}
    p = tmp_path / "feed.json"
    p.write_text(json.dumps(feed, indent=2), encoding="utf-8")
    doc, err = read(p)
    assert (doc.id, doc.title, doc.url, doc.date, doc.text) == (
        "a1", "Astana talks", "https://mfa.example/a1", "2026-03-10", EN[1])
    assert isinstance(err, InputError) and err.source.endswith("#2")


# -- folders --------------------------------------------------------------------------------
def test_folder_reads_every_kind_and_reports_the_rest(tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf([EN]))
    (tmp_path / "b.docx").write_bytes(make_docx(EN))
    (tmp_path / "c.txt").write_text("\n".join(EN), encoding="utf-8")
    for n in ("x.png", "y.png", "z.png", "w.png"):
        (tmp_path / n).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50))
    items = read(tmp_path)
    docs = [i for i in items if isinstance(i, SourceDoc)]
    assert sorted(Path(d.source).name for d in docs) == ["a.pdf", "b.docx", "c.txt"]
    notes = sorted(i.reason for i in items if isinstance(i, Unread))
    assert notes == ["skipped: 1 legacy Office file (.doc/.xls/.ppt) (old.doc)",
                     "skipped: 4 images (w.png, x.png, y.png, …)"]


def test_folder_with_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    res = cli("extract", str(tmp_path))
    assert res.exit_code == 1
    assert f"{tmp_path}: no readable documents in this folder (skipped: 1 image (logo.png))" \
        in " ".join(res.output.split())
    empty = tmp_path / "empty"
    empty.mkdir()
    res = cli("extract", str(empty))
    assert res.exit_code == 1 and "it is empty" in res.output


def test_cli_extract_folder_prints_the_skip_line_and_records(tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf([EN]))
    (tmp_path / "pic.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(50))
    res = cli("extract", str(tmp_path))
    assert res.exit_code == 0, res.output
    [line] = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert line["doc"]["pages"] == [0]
    assert "skipped: 1 image (pic.jpg)" in res.output


# -- the seed as PDF and DOCX ---------------------------------------------------------------
def facts(record) -> tuple:
    codes = sorted(c.code for c in record.countries)
    figures = sorted((f.value, f.currency) for f in record.figures)
    return codes, figures


@pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is absent (../shared/seeds)")
def test_seed_as_pdf_and_docx_gives_the_facts_of_the_text(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    paragraphs = text.split("\n")
    (tmp_path / "seed.txt").write_text(text, encoding="utf-8")
    (tmp_path / "seed.pdf").write_bytes(make_pdf([paragraphs[:4], paragraphs[4:]], font=unicode_font()))
    (tmp_path / "seed.docx").write_bytes(make_docx(paragraphs))
    got = {Path(i.source).suffix: i for i in extract_documents(
        [str(tmp_path / n) for n in ("seed.txt", "seed.pdf", "seed.docx")])}
    for suffix, item in got.items():
        assert item.error is None, item.error
        codes, figures = facts(item.record)
        assert codes == ["KAZ", "SRB"], suffix
        assert (107_700_000.0, "USD") in figures, suffix
    assert facts(got[".pdf"].record) == facts(got[".txt"].record)
    assert facts(got[".docx"].record) == facts(got[".txt"].record)
    pages, pdf_text = got[".pdf"].record.doc.pages, got[".pdf"].doc.text
    second = next(p for p in paragraphs[4:] if p.strip()).split()
    assert len(pages) >= 2 and pdf_text[pages[1]:].split()[:5] == second[:5]


def test_stored_pdf_keeps_its_page_offsets_through_reextract(tmp_path, db_url):
    from accords.store import open_store
    from test_store_support import rows

    p = tmp_path / "release.pdf"
    p.write_bytes(make_pdf([EN[:2], EN[2:]]))
    assert cli("ingest", str(p), "--db", db_url, "-q").exit_code == 0
    assert cli("reextract", "--all", "--db", db_url, "-q").exit_code == 0
    [row] = rows(open_store(db_url), "SELECT record FROM documents")
    record = row["record"] if isinstance(row["record"], dict) else json.loads(row["record"])
    assert record["doc"]["pages"][0] == 0 and len(record["doc"]["pages"]) == 2
