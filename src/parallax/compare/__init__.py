"""Stage 6: compare how outlets relayed each occasion (matrix, alterations) and check contradictions.

Reads: claims, occasions, statements and articles through ``Store``. Writes: coverage cells
(``compare.coverage.run``). Depends on: ``align`` (the grouping and its vectors).
"""

from .alterations import detect
from .coverage import run
from .matrix import matrix, outlet_kinds, rank_omissions

__all__ = ["detect", "matrix", "outlet_kinds", "rank_omissions", "run"]
