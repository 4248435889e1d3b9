"""Stage 6: compare how outlets relayed each occasion (matrix, alterations) and track a speaker's record.

Reads: claims, occasions, statements and articles through ``Store``. Writes: coverage cells
(via ``align.run`` / ``align.refresh_coverage``). Depends on: ``align``.
"""

from .alterations import detect
from .matrix import matrix, outlet_kinds, rank_omissions
from .record import record

__all__ = ["detect", "matrix", "outlet_kinds", "rank_omissions", "record"]
