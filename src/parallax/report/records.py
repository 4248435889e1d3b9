"""JSON records of stored objects, exactly as ``parallax statements --json`` writes them.

The keys of INTERFACES.md never change; extra keys (speaker_name, spans, evidence, synthetic)
may be added, never renamed.
"""

from __future__ import annotations

from typing import Any

from ..model import Article, Statement


def statement_record(statement: Statement, article: Article | None) -> dict[str, Any]:
    """One statement as the JSON object of ``parallax statements --json``."""
    s = statement
    a = article
    return {
        "id": s.id,
        "article_id": s.article_id,
        "url": a.url if a else None,
        "outlet": a.outlet if a else None,
        "language": s.language or (a.language if a else None),
        "published": a.published if a else None,
        "type": s.type.value,
        "start": s.start,
        "end": s.end,
        "content": s.text,
        "fragments": [f.as_list() for f in s.content],
        "speaker": s.speaker.text if s.speaker else None,
        "speaker_start": s.speaker.start if s.speaker else None,
        "speaker_end": s.speaker.end if s.speaker else None,
        "cue": " ".join(c.text for c in s.cue) if s.cue else None,
        "person": s.person_name,
        "person_id": s.person_id,
        "venue": s.venue_name,
        "claim": s.claim_id,
        "occasion": s.occasion_id,
        "speaker_name": s.speaker_name,
        "venue_text": s.venue.text if s.venue else None,
        "venue_start": s.venue.start if s.venue else None,
        "venue_end": s.venue.end if s.venue else None,
        "cue_spans": [c.as_list() for c in s.cue],
        "person_rule": s.person_rule,
        "person_score": s.person_score,
        "confidence": s.confidence,
        "synthetic": bool(a.synthetic) if a else False,
    }


__all__ = ["statement_record"]
