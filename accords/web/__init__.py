"""The dashboard: server-rendered pages (Jinja2, htmx), Russian and English, served by the
same application as the API; every script and stylesheet ships in ``static/``."""
