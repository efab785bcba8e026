"""The dashboard's forms (POST): sign in and out, set a commitment's status, decide a link.

Every form is checked for CSRF (hidden field = cookie, and Origin) before anything else;
writes then need the signed-in token's role, exactly like the API's Bearer token.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from ..api.auth import TOKEN_COOKIE, check_role, lookup
from ..api.params import Id
from ..api.routes_write import change_status, decide
from ..api.schemas import LinkDecision, StatusChange
from .render import identity, render
from .security import check_form, secure_cookie

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(max_length=200)]
TOKEN_DAYS = 30


def _local(path: str | None) -> str:
    """Only paths of this site are followed after signing in (no open redirect)."""
    if path and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return "/"


@router.get("/login")
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", None, next=_local(next), failed=False)


@router.post("/login")
def login(request: Request, csrf: Csrf, token: Annotated[str, Form(max_length=200)],
          next: Annotated[str, Form(max_length=500)] = "/"):
    check_form(request, csrf)
    if lookup(request.app.state.store, token.strip()) is None:
        return render(request, "login.html", None, status_code=401, next=_local(next), failed=True)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(TOKEN_COOKIE, token.strip(), httponly=True, samesite="strict",
                        secure=secure_cookie(request), max_age=TOKEN_DAYS * 86400, path="/")
    return response


@router.post("/logout")
def logout(request: Request, csrf: Csrf):
    check_form(request, csrf)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(TOKEN_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.post("/commitments/{commitment_id}/status")
def set_status(request: Request, commitment_id: Id, csrf: Csrf,
               status: Annotated[str, Form(max_length=32)],
               note: Annotated[str, Form(max_length=2000)] = ""):
    check_form(request, csrf)
    who = check_role(identity(request), "editor")
    try:
        change = StatusChange(status=status, note=note)
    except ValueError:
        raise HTTPException(422, f"status {status!r}: not a status one can set")
    change_status(request.app.state.store, commitment_id, change, who)
    return RedirectResponse(f"/commitments/{commitment_id}?saved=1", status_code=303)


@router.post("/links/{link_id}/decision")
def decide_link(request: Request, link_id: Id, csrf: Csrf,
                decision: Annotated[str, Form(pattern="^(accept|reject)$")],
                back: Annotated[int, Form(ge=1)],
                note: Annotated[str, Form(max_length=2000)] = ""):
    check_form(request, csrf)
    who = check_role(identity(request), "editor")
    decide(request.app.state.store, link_id,
           LinkDecision(accept=decision == "accept", note=note), who)
    return RedirectResponse(f"/commitments/{back}?saved=1", status_code=303)
