"""The REST API (FastAPI): read endpoints open to all, writes behind role tokens.

``accords.api.app.create_app(store)`` builds the application that also serves the
dashboard (:mod:`accords.web`).
"""
