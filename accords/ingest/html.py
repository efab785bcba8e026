"""HTML pages to text and metadata through trafilatura."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PageText:
    text: str
    title: str | None
    date: str | None
    url: str | None
    lang: str | None


def html_to_text(html: str, url: str | None = None) -> PageText | None:
    """Main text and metadata of a page; None when the page has no main text."""
    import trafilatura
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True, config=cfg)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return PageText(text=text, title=data.get("title"), date=data.get("date"),
                    url=data.get("url") or url, lang=data.get("language"))
