"""``parallax serve``: the web UI and JSON API over a store (uvicorn), or one request with ``--get``."""

from __future__ import annotations

import sys

import click

from . import echo as _echo
from . import cli, db_option, handle_errors, open_db


@cli.command(name="serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; keep 127.0.0.1 unless a proxy guards it.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--token", envvar="PARALLAX_TOKEN", default=None,
              help="Bearer token that writes (ingest, people merge/split) need; or set PARALLAX_TOKEN. "
                   "Without one, writes are refused.")
@click.option("--get", "get_path", metavar="PATH", default=None,
              help="Print the response to one GET of PATH (e.g. /api/home) and exit; no server starts.")
@handle_errors
def serve(db: str, host: str, port: int, token: str | None, get_path: str | None) -> None:
    """Serve the web UI and JSON API; OpenAPI schema at /openapi.json.

    \b
    Example:
        parallax serve --db demo.db --port 8000
        PARALLAX_TOKEN=s3cret parallax serve --db news.db
        parallax serve --db demo.db --get /api/occasions
    """
    try:
        from ..web.app import create_app
    except ImportError as e:
        raise click.ClickException(
            f"the web extra is not installed ({e.name} is missing); install it with: pip install 'parallax[web]'")
    open_db(db)  # a mistyped --db is refused, naming it, rather than served as an empty store
    app = create_app(db, token=token)
    if get_path is not None:
        if not get_path.startswith("/"):
            raise click.UsageError(f"--get {get_path!r}: the path must start with /")
        try:
            from fastapi.testclient import TestClient
        except ImportError as e:
            raise click.ClickException(f"--get needs httpx ({e}); install it with: pip install httpx")
        with TestClient(app) as client:
            response = client.get(get_path)
        sys.stdout.write(response.text)
        if not response.text.endswith("\n"):
            sys.stdout.write("\n")
        if response.status_code >= 400:
            raise click.ClickException(f"GET {get_path} answered {response.status_code}")
        return
    import uvicorn

    from ..store import redact

    _echo(f"parallax: serving {redact(db)} on http://{host}:{port}/ (writes "
               f"{'need the token' if token else 'disabled: no --token'}); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
