"""8. Browse: the web UI and JSON API over the store (extra ``[web]``).

``create_app(store_path, token=...)`` builds the FastAPI app; ``parallax serve`` runs it.
Reads: everything in the store. Writes: articles (upload) and people corrections, behind a token.
"""

from __future__ import annotations


def create_app(store_path: str, *, token: str | None = None):
    """The ASGI app (see ``parallax.web.app.create_app``); imported lazily, as FastAPI is an extra."""
    from .app import create_app as _create_app

    return _create_app(store_path, token=token)


__all__ = ["create_app"]
