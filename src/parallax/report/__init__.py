"""Stage 7: read-only reports: statement records (the INTERFACES JSON), briefs and exports.

Reads: statements, claims, occasions, coverage and articles through ``Store``.
Writes: nothing to the store; briefs (Markdown, HTML) and exports (CSV, JSON Lines, Parquet)
to files. Depends on: ``align`` and ``compare`` having run.
"""
