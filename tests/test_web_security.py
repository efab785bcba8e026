"""Writes need a token of the right role; tokens are stored hashed; the dashboard's forms are
CSRF- and Origin-checked; document text and titles are escaped; security headers are set."""
from __future__ import annotations

import hashlib

from sqlalchemy import select

from accords.api.auth import create_token
from accords.store.auth_models import ApiToken
from test_store_support import cli, db_url  # noqa: F401
from test_web_support import web  # noqa: F401

WRITES = [("post", "/api/commitments/1/status", {"json": {"status": "fulfilled", "note": "done"}}),
          ("post", "/api/links/1/decision", {"json": {"accept": True}}),
          ("post", "/api/ingest/url", {"json": {"url": "http://127.0.0.1:9/x"}}),
          ("post", "/api/ingest/file", {"files": {"file": ("a.txt", b"text", "text/plain")}})]


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_every_write_is_401_without_a_token_and_403_with_a_weaker_role(web):
    client, store, _ = web
    editor = create_token(store, "editor", "Ed")
    for method, path, kwargs in WRITES:
        r = getattr(client, method)(path, **kwargs)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", path
        assert getattr(client, method)(path, headers=bearer("wrong"), **kwargs).status_code == 401
    for path in ("/api/ingest/url", "/api/ingest/file"):
        method, _, kwargs = next(w for w in WRITES if w[1] == path)
        r = getattr(client, method)(path, headers=bearer(editor), **kwargs)
        assert r.status_code == 403 and "admin" in r.json()["detail"]


def test_editor_status_change_reaches_tracking_or_says_it_is_absent(web):
    from accords.api import tracking

    client, store, ids = web
    editor = create_token(store, "editor", "Ed")
    cid = client.get("/api/commitments", params={"status": "overdue"}).json()["items"][0]["id"]
    r = client.post(f"/api/commitments/{cid}/status", headers=bearer(editor),
                    json={"status": "fulfilled", "note": "terminal opened"})
    if tracking.available():
        assert r.status_code == 200 and r.json()["status"] == "fulfilled"
        assert r.json()["audit"][-1]["who"] == "Ed"
    else:
        assert r.status_code == 503 and "not installed" in r.json()["detail"]
    assert client.post("/api/commitments/424242/status", headers=bearer(editor),
                       json={"status": "fulfilled"}).status_code == 404
    assert client.post(f"/api/commitments/{cid}/status", headers=bearer(editor),
                       json={"status": "overdue"}).status_code == 422  # derived, not settable


def test_admin_ingests_an_uploaded_file_once(web):
    client, store, _ = web
    admin = create_token(store, "admin", "Ada")
    text = ("Министр иностранных дел Узбекистана провёл переговоры с министром иностранных дел "
            "Таджикистана в Ташкенте. Стороны обсудили сотрудничество в энергетике.").encode()
    r = client.post("/api/ingest/file", headers=bearer(admin),
                    files={"file": ("uzb_tjk.txt", text, "text/plain")})
    assert r.status_code == 200 and r.json()["stored"] == 1 and r.json()["failed"] == []
    again = client.post("/api/ingest/file", headers=bearer(admin),
                        files={"file": ("uzb_tjk.txt", text, "text/plain")})
    assert again.json()["stored"] == 0 and again.json()["duplicates"] == 1
    assert client.get("/api/documents", params={"country": ["UZB", "TJK"]}).json()["total"] == 1
    bad = client.post("/api/ingest/file", headers=bearer(admin),
                      files={"file": ("evil.exe", b"MZ", "application/octet-stream")})
    assert bad.status_code == 415
    assert client.post("/api/ingest/url", headers=bearer(admin),
                       json={"url": "file:///etc/passwd"}).status_code == 422


def test_tokens_are_stored_hashed_and_the_cli_prints_one_once(web, db_url):
    client, store, _ = web
    res = cli("token", "create", "--role", "editor", "--name", "Olga", "--db", db_url)
    assert res.exit_code == 0
    token = res.stdout.strip().splitlines()[0]
    with store.engine.connect() as conn:
        rows = conn.execute(select(ApiToken.token_sha256, ApiToken.role, ApiToken.name)).all()
    assert (hashlib.sha256(token.encode()).hexdigest(), "editor", "Olga") in rows
    assert all(token not in r.token_sha256 for r in rows)
    assert client.post("/api/ingest/url", headers=bearer(token),
                       json={"url": "http://127.0.0.1:9/"}).status_code == 403
    bad = cli("token", "create", "--role", "root", "--db", db_url)
    assert bad.exit_code == 2 and "one of editor, admin" in bad.output
    listed = cli("token", "list", "--db", db_url)
    assert "Olga" in listed.output and token not in listed.output


def test_revoked_token_stops_working(web, db_url):
    client, store, _ = web
    admin = create_token(store, "admin", "Ada")
    with store.engine.connect() as conn:
        tid = conn.execute(select(ApiToken.id).where(ApiToken.name == "Ada")).scalar_one()
    assert cli("token", "revoke", str(tid), "--db", db_url).exit_code == 0
    assert client.post("/api/ingest/url", headers=bearer(admin),
                       json={"url": "http://127.0.0.1:9/"}).status_code == 401
    assert cli("token", "revoke", str(tid), "--db", db_url).exit_code == 2


def test_security_headers_on_pages_and_api(web):
    client, _, _ = web
    for path in ("/", "/api/documents", "/static/css/app.css", "/api/docs"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "same-origin"
    page = client.get("/").text
    assert "<script>" not in page and "https://" not in page.split("<footer>")[0]  # no inline script, no CDN


def login(client, token: str, origin: str | None = "http://testserver", csrf: str | None = None):
    client.get("/login")
    form = {"token": token, "csrf": csrf if csrf is not None else client.cookies.get("accords_csrf"),
            "next": "/commitments"}
    headers = {"Origin": origin} if origin else {}
    return client.post("/login", data=form, headers=headers, follow_redirects=False)


def test_login_needs_the_csrf_field_and_our_origin(web):
    client, store, _ = web
    token = create_token(store, "editor", "Ed")
    assert login(client, token, csrf="forged").status_code == 403
    assert login(client, token, origin="https://evil.example").status_code == 403
    assert login(client, token, origin=None).status_code == 403
    assert login(client, "not-a-token").status_code == 401
    ok = login(client, token)
    assert ok.status_code == 303 and ok.headers["location"] == "/commitments"
    cookie = next(c for c in ok.headers.get_list("set-cookie") if c.startswith("accords_token="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Ed (editor)" in client.get("/").text


def test_login_never_redirects_off_site(web):
    client, store, _ = web
    token = create_token(store, "editor")
    client.get("/login")
    r = client.post("/login", data={"token": token, "csrf": client.cookies.get("accords_csrf"),
                                    "next": "//evil.example/x"},
                    headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_status_form_needs_csrf_and_an_editor(web):
    client, store, _ = web
    cid = client.get("/api/commitments").json()["items"][0]["id"]
    client.get("/")
    form = {"status": "fulfilled", "note": "x", "csrf": client.cookies.get("accords_csrf")}
    origin = {"Origin": "http://testserver"}
    r = client.post(f"/commitments/{cid}/status", data=form, headers=origin, follow_redirects=False)
    assert r.status_code == 401  # signed out
    assert client.post(f"/commitments/{cid}/status", data={**form, "csrf": "x"}, headers=origin,
                       follow_redirects=False).status_code == 403


def test_document_text_title_and_url_are_escaped(web):
    client, _, ids = web
    page = client.get(f"/documents/{ids['xss']}").text
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b>Посол</b>" not in page and "&lt;b&gt;Посол&lt;/b&gt;" in page
    assert 'href="javascript:' not in page
