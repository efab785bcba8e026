"""Bad input: each failure gets one clear line naming the input and the reason; the batch goes on."""
from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from accords import extract
from accords.ingest import InputError, SourceDoc, Unread, iter_documents
from accords.ingest.decode import DecodeError, decode_bytes

RU = "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Президентом Сербии Александром Вучичем."


def collect(paths):
    return list(iter_documents([str(p) for p in paths]))


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    [item] = collect([p])
    assert isinstance(item, InputError)
    assert "empty" in item.reason and str(p) in str(item)


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\t\n")
    [item] = collect([p])
    assert isinstance(item, InputError) and "empty" in item.reason


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [item] = collect([p])
    assert isinstance(item, InputError) and "binary" in item.reason


def test_cp1251_is_decoded_with_a_warning(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(RU.encode("cp1251"))
    [doc] = collect([p])
    assert isinstance(doc, SourceDoc)
    assert doc.text == RU
    assert any("cp1251" in w for w in doc.warnings)


def test_decode_prefers_utf8_and_strips_bom():
    assert decode_bytes("\ufeffтекст".encode("utf-8")) == ("текст", None)
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02abc")


def test_missing_file(tmp_path):
    [item] = collect([tmp_path / "nope.txt"])
    assert isinstance(item, InputError) and "no such file" in item.reason


def test_jsonl_bad_lines_do_not_stop_the_batch(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": RU, "date": "2026-01-05"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps(["a list"]),
        json.dumps({"id": "c", "text": 5}),
        json.dumps({"id": "d", "text": RU, "lang": "ru", "url": "https://example.org/d"}, ensure_ascii=False),
    ]), encoding="utf-8")
    items = collect([p])
    assert [type(i).__name__ for i in items] == ["SourceDoc", "InputError", "InputError", "InputError",
                                                 "InputError", "SourceDoc"]
    assert items[1].source.endswith("docs.jsonl:2") and "not JSON" in items[1].reason
    assert "no 'text'" in items[2].reason
    assert items[0].id == "a" and items[0].date == "2026-01-05"
    assert items[5].url == "https://example.org/d"


def test_large_jsonl_is_streamed(tmp_path):
    """A 200 MB JSONL file: the first documents come out without the file being read whole."""
    p = tmp_path / "big.jsonl"
    line = (json.dumps({"text": RU * 20}, ensure_ascii=False) + "\n").encode("utf-8")
    chunk = line * (4 * 1024 * 1024 // len(line) + 1)
    with p.open("wb") as fh:
        while fh.tell() < 200 * 1024 * 1024:
            fh.write(chunk)
    tracemalloc.start()
    it = iter_documents([str(p)])
    first = [next(it) for _ in range(5)]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert all(isinstance(d, SourceDoc) for d in first)
    assert peak < 20 * 1024 * 1024, f"peak {peak} bytes: the file was not streamed"


def test_html_file_through_trafilatura(tmp_path):
    body = "".join(f"<p>{RU} Стороны обсудили сотрудничество в области энергетики, абзац {i}.</p>" for i in range(4))
    p = tmp_path / "page.html"
    p.write_text(f"<html><head><title>Встреча президентов</title></head><body><nav>Меню</nav>"
                 f"<article><h1>Встреча президентов</h1>{body}</article></body></html>", encoding="utf-8")
    [doc] = collect([p])
    assert isinstance(doc, SourceDoc)
    assert "Токаев" in doc.text and "Меню" not in doc.text
    assert doc.title == "Встреча президентов"


def test_directory_is_walked_and_what_is_not_read_is_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    items = collect([tmp_path])
    docs = [d for d in items if isinstance(d, SourceDoc)]
    assert sorted(Path(d.source).name for d in docs) == ["a.txt", "b.txt"]
    [unread] = [d for d in items if isinstance(d, Unread)]
    assert unread.reason == "skipped: 1 binary file (ignored.bin)"


@pytest.mark.parametrize("lang", [None, "ru", "en"])
@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "—", "«»", "$", "1 2 3 4", "млн млрд трлн", "a" * 5000,
    "Москва" * 300, "—\n—\n— , — сказал", "Der Bundeskanzler traf heute den Präsidenten Frankreichs in Berlin.",
    "主席会见了哈萨克斯坦总统。", "\x00\x01", "Президент" + "\u200b" * 50, "😀 " * 100,
])
def test_no_text_crashes_the_extractor(text, lang):
    record = extract(text, lang=lang)
    assert record.schema_ == "accords.record/1"
    for c in record.countries:
        for s, e in c.mentions:
            assert 0 <= s < e <= len(text)


def test_other_language_is_detected_and_recorded():
    record = extract("Der Bundeskanzler traf heute in Berlin den Präsidenten von Frankreich. "
                     "Beide Seiten unterzeichneten ein Abkommen über Energie.")
    assert record.doc.lang == "de"


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "accords", *args], input=stdin, capture_output=True)


def test_cli_batch_with_a_bad_input(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(RU, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00binary")
    res = run_cli("extract", str(bad), str(good))
    assert res.returncode == 1
    lines = [json.loads(l) for l in res.stdout.decode().splitlines()]
    assert len(lines) == 1 and lines[0]["doc"]["source"] == str(good)
    err = [l for l in res.stderr.decode().splitlines() if l.strip()]
    assert len(err) == 1 and str(bad) in err[0] and "binary" in err[0]


def test_cli_stdin_and_out_file(tmp_path):
    out = tmp_path / "out.jsonl"
    res = run_cli("extract", "-", "--out", str(out), stdin=RU.encode("utf-8"))
    assert res.returncode == 0, res.stderr
    [rec] = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert rec["doc"]["source"] == "-" and rec["doc"]["lang"] == "ru"
    assert not (tmp_path / "out.jsonl.part").exists()


def test_cli_schema_is_json_schema():
    res = run_cli("schema")
    schema = json.loads(res.stdout)
    assert res.returncode == 0
    assert {"countries", "persons", "figures", "commitments"} <= set(schema["properties"])


def test_cli_error_line_prints_names_literally(tmp_path):
    odd = tmp_path / "[bold]red"
    odd.mkdir()
    bad = odd / "x.txt"
    bad.write_bytes(b"")
    res = run_cli("extract", str(bad))
    assert res.returncode == 1
    assert str(bad) in res.stderr.decode()


def test_a_failing_component_leaves_the_rest_of_the_record(monkeypatch):
    from accords import extractors

    def broken(doc, record):
        raise RuntimeError("boom")

    comps = [extractors.Component(c.name, broken, c.requires) if c.name == "sectors" else c
             for c in extractors.COMPONENTS]
    monkeypatch.setattr(extractors, "COMPONENTS", comps)
    record = extract(RU)
    assert record.sectors == []
    assert {c.code for c in record.countries} == {"KAZ", "SRB"}
    assert any(w.startswith("sectors failed: RuntimeError: boom") for w in record.warnings)
    assert record.doc.extractor == extractors.EXTRACTOR_VERSION


# -- JSONL fields and options are checked, each bad line is that line's error ---------------
def test_jsonl_fields_are_checked_line_by_line(tmp_path):
    good = {"id": "g1", "text": RU, "url": "https://x.example/1", "lang": "ru", "date": "2026-03-10"}
    lines = [good,
             {**good, "id": "b1", "lang": 5},
             {**good, "id": "b2", "date": "2026-13-45"},
             {**good, "id": "b3", "url": {"href": "https://x"}},
             {**good, "id": "b4", "lang": "xx"},
             {**good, "id": "b5", "title": ["a"]},
             {**good, "id": 7, "date": "2026-03-10T09:00:00+05:00", "lang": "EN"}]
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{broken\n",
                 encoding="utf-8")
    items = collect([p])
    errors = {str(i) for i in items if isinstance(i, InputError)}
    assert errors == {
        f"{p}:2: 'lang' must be a string, not int",
        f"{p}:3: 'date' '2026-13-45' is not a valid ISO date (YYYY-MM-DD)",
        f"{p}:4: 'url' must be a string, not dict",
        f"{p}:5: 'lang' 'xx' is not an ISO 639-1 language code (ru, en, kk, …)",
        f"{p}:6: 'title' must be a string, not list",
        f"{p}:8: not JSON (Expecting property name enclosed in double quotes)",
    }
    docs = [i for i in items if isinstance(i, SourceDoc)]
    assert [(d.id, d.lang) for d in docs] == [("g1", "ru"), ("7", "en")]


@pytest.mark.parametrize("args, message", [
    (["extract", "-", "--lang", "de"], "--lang 'de': not a language Accords can force; one of ru, en, kk"),
    (["search", "x", "--country", "ZZZ"], "--country 'ZZZ': not a known ISO 3166-1 alpha-3 state code"),
    (["export", "--country", "kz"], "--country 'kz': not a known ISO 3166-1 alpha-3 state code"),
    (["search", "x", "--limit", str(10 ** 20)], "'--limit': Input should be less than or equal to 100000"),
    (["search", "x", "--limit", "0"], "'--limit': Input should be greater than or equal to 1"),
])
def test_options_are_validated_with_one_clear_error(tmp_path, args, message):
    from test_store_support import cli

    db = str(tmp_path / "a.db")
    cli("db", "upgrade", "--db", db)
    res = cli(*args, *(["--db", db] if args[0] != "extract" else []))
    assert res.exit_code == 2
    assert message in " ".join(res.output.replace("│", " ").split())
    assert "Traceback" not in res.output


def test_lang_kk_and_lower_case_country_are_accepted(tmp_path):
    from test_store_support import cli

    db = str(tmp_path / "a.db")
    p = tmp_path / "a.txt"
    # a document given as Kazakh is read by the Kazakh path, so the text is Kazakh
    p.write_text("Қазақстан Президенті Қасым-Жомарт Тоқаев Астанада Сербия Президенті "
                 "Александр Вучичпен кездесті.", encoding="utf-8")
    assert cli("ingest", str(p), "--db", db, "-q", "--lang", "kk").exit_code == 0
    res = cli("search", "Тоқаев", "--country", "kaz", "--db", db, "--json")
    assert res.exit_code == 0 and '"KAZ"' in res.stdout
