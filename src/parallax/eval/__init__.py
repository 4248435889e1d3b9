"""Evaluation against annotated quotation corpora: read them, run the extractor, score.

``datasets`` reads the shared corpus format (and writes predictions in it); ``score`` computes
exact and overlap P/R/F1, speaker and cue accuracy per dataset, language and type, following
``../shared/data/README.md``. ``evaluate`` runs ``extract.statements`` over documents.
"""

from __future__ import annotations

from .datasets import Document, Quote, prediction_json, quote_from_statement, read, read_all
from .score import PRF, Report, Row, align, score, score_document
from .run import evaluate, predict

__all__ = ["PRF", "Document", "Quote", "Report", "Row", "align", "evaluate", "predict", "prediction_json",
           "quote_from_statement", "read", "read_all", "score", "score_document"]
