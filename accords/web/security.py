"""Security headers on every response, and the CSRF token of a browser session.

The Content-Security-Policy allows scripts and styles from this server only (no inline
script, no CDN), no framing, and forms that post back here only. Each browser gets a random
CSRF token in an HttpOnly, SameSite=Strict cookie; every dashboard form carries it in a
hidden field and :func:`check_form` compares the two and the request's Origin.
"""
from __future__ import annotations

import secrets
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

CSRF_COOKIE = "accords_csrf"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def secure_cookie(request: Request) -> bool:
    return request.url.scheme == "https"


class SecurityMiddleware:
    """Pure ASGI (no body buffering): gives each request its CSRF token (a new browser gets
    the cookie) and adds the security headers to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        token = request.cookies.get(CSRF_COOKIE)
        fresh = not token or len(token) > 100
        scope.setdefault("state", {})["csrf"] = secrets.token_urlsafe(32) if fresh else token
        extra = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
        if fresh:
            cookie = SimpleCookie()
            cookie[CSRF_COOKIE] = scope["state"]["csrf"]
            morsel = cookie[CSRF_COOKIE]
            morsel.update({"httponly": True, "samesite": "strict", "path": "/",
                           "secure": secure_cookie(request)})
            extra.append((b"set-cookie", morsel.OutputString().encode()))

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in extra if k not in have or k == b"set-cookie"]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def same_origin(request: Request) -> bool:
    """The POST comes from a page of this server (Origin, else Referer, must match Host)."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    return parts.netloc == request.headers.get("host") and parts.scheme in ("http", "https")


def check_form(request: Request, csrf_field: str | None) -> None:
    """403 unless the form's CSRF field matches the cookie and the Origin is ours."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not csrf_field or not secrets.compare_digest(cookie, csrf_field):
        raise HTTPException(403, "the form's CSRF token is missing or stale; reload the page")
    if not same_origin(request):
        raise HTTPException(403, "the form was not posted from this site (Origin check)")
