"""Rendering a dashboard page: Jinja2 with autoescaping, the language, the signed-in writer."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..api.auth import TOKEN_COOKIE, Identity, lookup
from .i18n import LANG_COOKIE, LANGS, country_name, pick_lang, translator

TEMPLATES = Path(__file__).with_name("templates")
ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)


def web_url(url: str | None) -> str | None:
    """A stored URL as a link only when it is http(s): never ``javascript:`` or ``data:``."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def doc_label(doc: dict) -> str:
    """What a document is called on a page: its title, else its file or page name, else its id."""
    if doc.get("title"):
        return doc["title"]
    source = (doc.get("source") or "").rstrip("/")
    return source.rsplit("/", 1)[-1] or f"#{doc.get('id')}"


ENV.filters["web_url"] = web_url
ENV.filters["doc_label"] = doc_label


def identity(request: Request) -> Identity | None:
    """Who the browser's token cookie belongs to (None when signed out)."""
    return lookup(request.app.state.store, request.cookies.get(TOKEN_COOKIE))


def url_with(request: Request, **changes) -> str:
    """This page's URL with some query parameters replaced (None removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, str(v)) for k, v in changes.items() if v is not None]
    return request.url.path + ("?" + urlencode(params) if params else "")


def render(request: Request, template: str, json_url: str | None, status_code: int = 200,
           **context) -> HTMLResponse:
    lang = pick_lang(request)
    html = ENV.get_template(template).render(
        request=request, lang=lang, langs=LANGS, t=translator(lang), json_url=json_url,
        csrf=getattr(request.state, "csrf", ""), me=identity(request),
        cname=lambda code: country_name(code, lang),
        url_with=lambda **kw: url_with(request, **kw), **context)
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, samesite="lax", max_age=365 * 86400, path="/")
    return response


def api_url(path: str, request: Request, keep: tuple[str, ...] = ()) -> str:
    """The JSON twin of a page: its /api/ endpoint with the page's own filters."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k in keep and v]
    return path + ("?" + urlencode(params) if params else "")
