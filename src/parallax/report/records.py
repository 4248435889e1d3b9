"""JSON records of stored objects, exactly as ``parallax statements --json`` writes them.

The keys of INTERFACES.md never change; extra keys (speaker_name, spans, evidence, synthetic)
may be added, never renamed.
"""

from __future__ import annotations

from typing import Any

from ..model import Article, Contradiction, Fact, Statement


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
        "person_kind": s.person_kind,
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


def fact_record(f: Fact) -> dict[str, Any]:
    """One fact as ``parallax facts --json`` writes it (the import shape, plus its version)."""
    return {"id": f.id, "text": f.text, "date": f.date, "source_url": f.source_url,
            "entities": list(f.entities), "version": f.version, "language": f.language, "origin": f.origin}


def contradiction_record(c: Contradiction, statement: Statement, article: Article | None,
                         other: Statement | None = None, other_article: Article | None = None,
                         fact: Fact | None = None) -> dict[str, Any]:
    """One flag as ``parallax contradictions --json`` writes it (INTERFACES.md)."""
    if c.against_kind == "fact":
        against: dict[str, Any] = {"kind": "fact", "fact": c.against_id, "version": c.against_version,
                                   "text": fact.text if fact else None,
                                   "source_url": fact.source_url if fact else None,
                                   "date": fact.date if fact else None}
    else:
        against = {"kind": "statement", "statement": c.against_id,
                   "article_id": other.article_id if other else None,
                   "url": other_article.url if other_article else None,
                   "start": other.start if other else None, "end": other.end if other else None,
                   "published": other_article.published if other_article else None,
                   "content": other.text if other else None}
    return {"statement": c.statement_id, "article_id": statement.article_id, "url": article.url if article else None,
            "start": statement.start, "end": statement.end, "person": statement.person_name,
            "person_id": statement.person_id, "published": article.published if article else None,
            "against": against, "reason": c.reason, "score": c.score, "rule": c.rule,
            "content": statement.text, "outlet": article.outlet if article else None}


def contradiction_records(store, flags: list[Contradiction]) -> list[dict[str, Any]]:
    """Records of many flags, reading every statement and article once."""
    ids = sorted({c.statement_id for c in flags} | {c.against_id for c in flags if c.against_kind == "statement"})
    stmts = {s.id: s for s in store.statements(ids=ids)} if ids else {}
    aids = sorted({s.article_id for s in stmts.values()})
    arts = {a.id: a for a in store.articles(ids=aids)} if aids else {}
    facts = {(f.id, f.version): f for f in store.facts(history=True)} if flags else {}
    out = []
    for c in flags:
        s = stmts.get(c.statement_id)
        if s is None:
            continue
        o = stmts.get(c.against_id) if c.against_kind == "statement" else None
        out.append(contradiction_record(c, s, arts.get(s.article_id), o, arts.get(o.article_id) if o else None,
                                        facts.get((c.against_id, c.against_version))))
    return out


__all__ = ["contradiction_record", "contradiction_records", "fact_record", "statement_record"]
