"""parallax: track what public figures say in the news and how each outlet relays it.

Stages, in flow order: ``ingest`` → ``extract`` → ``resolve`` → ``store`` → ``align`` →
``compare`` → ``report`` / ``web``.
"""

from .errors import DecodeError, FormatError, InputError, ParallaxError, StoreError, TooLarge
from .model import (
    AddResult, Alteration, Article, Cell, Claim, Kind, Link, Occasion, Outlet, OutletKind, Person,
    Rejected, Role, Span, Statement, Status,
)
from .store import open_store

__version__ = "0.1.0"

__all__ = [
    "AddResult", "Alteration", "Article", "Cell", "Claim", "DecodeError", "FormatError",
    "InputError", "Kind", "Link", "Occasion", "Outlet", "OutletKind", "ParallaxError", "Person",
    "Rejected", "Role", "Span", "Statement", "Status", "StoreError", "TooLarge", "open_store",
    "__version__",
]
