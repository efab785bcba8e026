"""The web application: the REST API under /api/, its OpenAPI docs, and the dashboard.

``create_app(store)`` is what ``accords serve`` runs under uvicorn and what tests drive
through FastAPI's TestClient.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.staticfiles import StaticFiles

from ..store.writer import Writer
from . import routes_read, routes_write

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
DESCRIPTION = """Evidence-linked records of relations between states.

Reading is open. Writes need `Authorization: Bearer TOKEN` (make one with
`accords token create --role editor|admin`): 401 without a token, 403 with a role that is
not enough. Lists are pages: `limit` (1–200) and `offset`."""


def create_app(store: Writer) -> FastAPI:
    from ..web import forms, pages
    from ..web.render import render
    from ..web.security import SecurityMiddleware

    app = FastAPI(title="Accords", version=_version(), description=DESCRIPTION,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = store
    app.add_middleware(SecurityMiddleware)
    app.include_router(routes_read.router)
    app.include_router(routes_write.router)
    app.include_router(pages.router)
    app.include_router(forms.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs(request: Request):
        return render(request, "api_docs.html", "/api/openapi.json")

    @app.exception_handler(HTTPException)
    async def html_errors(request: Request, exc: HTTPException):
        """The API answers errors as JSON; the dashboard as a page in the reader's language."""
        if request.url.path.startswith("/api/"):
            return await http_exception_handler(request, exc)
        return render(request, "error.html", None, status_code=exc.status_code,
                      code=exc.status_code, detail=exc.detail)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("accords")
    except PackageNotFoundError:
        return "0"
