"""The extractor version follows what extraction depends on, so reextract knows what is outdated."""
from __future__ import annotations

import shutil

from accords import version


def test_version_names_the_package_and_a_digest():
    base, _, digest = version.EXTRACTOR_VERSION.partition("+")
    assert base == version.__version__
    assert len(digest) == 12 and int(digest, 16) >= 0
    assert version.extraction_digest() == digest


def test_digest_changes_with_a_lexicon_or_a_rule(tmp_path, monkeypatch):
    copy = tmp_path / "accords"
    shutil.copytree(version.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "PACKAGE", copy)
    before = version.extraction_digest()
    assert before == version.EXTRACTOR_VERSION.partition("+")[2]

    lexicon = copy / "data" / "sectors.ru.tsv"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    after_lexicon = version.extraction_digest()
    assert after_lexicon != before

    rule = next((copy / "extractors").rglob("*.py"))
    rule.write_text(rule.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert version.extraction_digest() not in (before, after_lexicon)


def test_digest_ignores_what_does_not_extract(tmp_path, monkeypatch):
    copy = tmp_path / "accords"
    shutil.copytree(version.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "PACKAGE", copy)
    before = version.extraction_digest()
    cli = copy / "cli" / "app.py"
    cli.write_text(cli.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert version.extraction_digest() == before
