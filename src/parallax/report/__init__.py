"""Stage 7: read-only reports, records and exports."""
