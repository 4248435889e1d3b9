"""Stage 2: statement extraction. ``statements(article)`` is the stage's one entry point.

Reads: one ``Article`` (its text and language).
Writes: nothing; returns ``Statement`` objects (``person_*`` left empty for resolution).
Depends on: ``lang`` (marks, cue lexicons, morphology); for English the spaCy parser when the
``spacy`` backend is chosen (the default; ``backends``); the rules need no model.

Method: quotation marks are paired on the raw text first (``quotes``); direct quotes need a
frame or adjacency (``direct``); reported and mixed speech come from cue lemmas and their
clauses (``reported``, and for English the dependency parse: ``parsed``); German adds
Konjunktiv continuations and quoted phrases (``german``); speakers are mentions resolved to
named people in the article (``speaker``); venues come from per-language patterns and carry over to the same speaker's
next statements about the same occasion (``venue``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import alternation, every_pack
from ..lang import get as get_language
from ..model import Article, Kind, Span, Statement
from .backends import DEFAULT, Options
from .direct import direct_statements, trailing_partials
from .doc import Doc
from .draft import Context, Draft
from .german import embedded_quotes, konjunktiv_continuations, so_frames
from .reported import reported_statements
from .speaker import apposed_name, attribute_across, indefinite, is_dateline, is_label, is_subject_form, relayed_by_medium

#: stored with each article's statements; bump when output changes
EXTRACTOR_VERSION = "extract-0.4"


def statements(article: Article, language: str | None = None, options: Options | None = None) -> list[Statement]:
    """Every direct, indirect and mixed statement in ``article``.

    Args:
        article: the article; its text is never modified.
        language: ISO 639-1 code; defaults to ``article.language``; unknown codes use ``xx``.
        options: an ``Options`` object (backend, confidence floor).

    Returns:
        Statements in text order, each with content fragments, speaker, cue and venue spans.
    """
    options = options or DEFAULT
    lang = get_language(language or article.language)
    text = article.text or ""
    if not text.strip():
        return []
    doc = Doc(text, lang)
    ctx = Context(doc)
    if options.backend == "spacy" and lang.has_parser and options.ner:
        _add_spacy_persons(ctx)
    drafts = direct_statements(ctx)
    used = {_cue_index(ctx, d) for d in drafts if d.cues and d.rule != "in-sentence"}
    parsed = None
    if options.backend == "spacy" and lang.has_parser:
        from .parsed import parse_cues

        parsed = parse_cues(ctx, used)
    reported = reported_statements(ctx, used, parsed)
    for r in reported:
        _close_cut_quote(ctx, r)
    drafts = _merge(drafts, reported)
    drafts = sorted(drafts + trailing_partials(ctx, drafts), key=lambda d: d.start)
    if doc.crosslinks:
        drafts = [d for d in drafts if not doc.in_crosslink(d.start)]  # "Read also: …": another article
    if lang.subjunctive_reports:
        drafts = sorted(drafts + so_frames(ctx, drafts), key=lambda d: d.start)
        drafts = drafts + embedded_quotes(ctx, drafts)
        drafts = sorted(drafts + konjunktiv_continuations(ctx, drafts), key=lambda d: d.start)
    for d in drafts:
        if d.type != "direct":
            _trim_dangling(text, d)
    _resolve(ctx, drafts)
    attribute_across(ctx, drafts)
    _assign_venues(ctx, drafts)
    out = []
    for d in drafts:
        if d.confidence < options.min_confidence:
            continue
        if not options.unattributed and d.speaker is None:
            continue
        out.append(_statement(article, lang.code, text, d))
    return out


#: coordinators that cannot end a reported clause (every pack's ``conjunctions.txt``): content cut
#: after one lost its second conjunct
_DANGLING = re.compile(r"[\s,;:—–-]+(?:" + alternation(every_pack("conjunctions")) + ")$")


def _trim_dangling(text: str, d: Draft) -> None:
    """End reported content before a trailing conjunction ("… soldiers and" → "… soldiers")."""
    s, e = max(d.content, key=lambda se: se[1])
    m = _DANGLING.search(text, s, e)
    if m is None or m.end() != e or m.start() - s < 3:
        return
    d.content[d.content.index((s, e))] = (s, m.start())


def _close_cut_quote(ctx: Context, d: Draft) -> None:
    """Reported content that is a quotation cut at a stop inside it (the parse ends the clause at a
    sentence stop between the marks: said, “It’s 3 a.m. … Who do you want answering the phone?”) is
    the whole quote, a direct statement. Content that only opens a partial quote ("that “if …") is
    left as parsed: running it on to the closing mark lowered the planted flag precision."""
    s, e = max(d.content, key=lambda se: se[1])
    q = ctx.doc.quote_at(e - 1)
    if q is None or not q.closed or q.start != s or len(d.content) != 1 or e >= q.end \
            or q.start in ctx.consumed_quotes:
        return
    d.content[0] = (s, q.end)
    d.type = "direct"


def _cue_index(ctx: Context, d: Draft) -> int:
    return ctx.doc.tok_at(d.cues[0][0])


#: Width of the position buckets ``_merge`` indexes drafts by.
_BUCKET = 1024


def _merge(direct: list[Draft], reported: list[Draft]) -> list[Draft]:
    """Direct statements win; a reported one inside a direct quote, or a repeat, is dropped.

    Drafts are indexed by position buckets, so each reported draft is checked against the
    drafts near it only (linear work on articles with thousands of statements).
    """
    out = list(direct)
    alive = [True] * len(out)
    buckets: dict[int, list[int]] = {}

    def index(i: int) -> None:
        d = out[i]
        for b in range(d.start // _BUCKET, d.end // _BUCKET + 1):
            buckets.setdefault(b, []).append(i)

    def near(s: int, e: int) -> list[int]:
        found = {i for b in range(s // _BUCKET, e // _BUCKET + 1) for i in buckets.get(b, ()) if alive[i]}
        return sorted(found)

    for i in range(len(out)):
        index(i)
    for r in sorted(reported, key=lambda d: d.rule.startswith("according")):
        rs, re_ = r.start, r.end
        clash = False
        for i in near(rs, re_):
            d = out[i]
            ds, de = d.start, d.end
            inter = min(re_, de) - max(rs, ds)
            if inter <= 0:
                continue
            if d.type == "direct" and (inter >= 0.6 * (re_ - rs)):
                clash = True
                break
            if d.type != "direct" and inter >= 0.8 * min(re_ - rs, de - ds):
                clash = True
                break
        if not clash:
            # a direct quote wholly inside this reported content is part of a mixed statement
            for i in near(rs, re_ + 1):
                d = out[i]
                if d.type == "direct" and d.rule in ("unattributed", "floating") \
                        and rs <= d.start and d.end <= re_ + 1:
                    alive[i] = False
            out.append(r)
            alive.append(True)
            index(len(out) - 1)
    kept = [d for d, ok in zip(out, alive) if ok]
    kept.sort(key=lambda d: d.start)
    return kept


def _resolve(ctx: Context, drafts: list[Draft]) -> None:
    """speaker_name for each draft: named as is, pronouns/descriptions resolved, floating inherit."""
    m = ctx.mentions
    prev: Draft | None = None
    for d in drafts:
        if d.speaker is not None and d.speaker_name is None:
            named = apposed_name(m, d.speaker, ctx.doc.tok_at(ctx.doc.sentence_bounds(d.speaker.start)[1]))
            if named is not d.speaker and not any(a <= named.start < b for a, b in d.content):
                d.speaker = named  # '"…", afirmó el presidente de Estados Unidos, Donald Trump.'
        if d.rule == "transcript" and d.speaker is not None and is_label(ctx, d.speaker):
            d.speaker = None  # "Details: …", "Source: …": a label, not a speaker's line
            continue
        if d.speaker is not None and d.cues and d.cues[0][0] > d.speaker.end \
                and (is_dateline(ctx.doc, d.speaker) or is_label(ctx, d.speaker)):
            # "PARIS (AP) — French President Emmanuel Macron said", "Details: The prime minister
            # said": the subject follows the dateline or the label
            d.speaker = m.left_of(ctx.doc.tok_at(d.cues[0][0]), ctx.doc.tok_at(d.speaker.end))
            if d.speaker is None:
                continue  # left to the article-level pass
        if d.speaker is not None and d.speaker.kind in ("name", "org") and d.cues \
                and not _genitive_holder(d) and d.verb_gender != "pl" \
                and not is_subject_form(ctx.doc.lang, ctx.doc, d.speaker,
                                        prepositions=ctx.doc.lang.declines or d.speaker.end <= d.cues[0][0]):
            # "Об этом … по поддержке Украины заявил президент Франции Эммануэль Макрон": the
            # genitive before the cue is no subject; the name after the cue is
            last = ctx.doc.tok_at(d.cues[-1][1]) - 1
            after = m.right_of(last, ctx.doc.tok_at(ctx.doc.sentence_bounds(d.cues[-1][0])[1]))
            first = ctx.doc.tok_at(d.cues[0][0])
            before = m.left_of(first, ctx.doc.tok_at(ctx.doc.sentence_bounds(d.cues[0][0])[0]))
            if before is not None and before.last_tok < first - 2:
                before = None  # only a subject right before its cue («Белорусская сторона указывала»)
            for cand in (after, before):
                if cand is not None and cand.kind == "name" and cand.person is not False \
                        and (cand.person or cand is after) and is_subject_form(ctx.doc.lang, ctx.doc, cand):
                    d.speaker = cand
                    d.speaker_name = None
                    break
        if d.speaker_name and d.speaker is not None and d.speaker.kind == "name" \
                and d.speaker_name == d.speaker.name and not _genitive_holder(d) \
                and d.verb_gender != "pl" and not is_subject_form(ctx.doc.lang, ctx.doc, d.speaker,
                                                                 prepositions=ctx.doc.lang.declines):
            d.speaker_name = None  # «… в Парижі»: a place in a case form, set upstream, is no subject
        if d.speaker_name is None and d.speaker is not None:
            if d.speaker.kind == "name" and d.speaker.person is not True and _opens_with_role(ctx, d.speaker):
                # "за словами французького лідера після прес-конференції в Парижі": a description
                d.speaker = replace(d.speaker, kind="desc", name=None, person=True)
            # «В Кремле заявили»: a plural verb lets a place or body in any case speak for itself
            subject = _genitive_holder(d) or d.verb_gender == "pl" or is_subject_form(
                ctx.doc.lang, ctx.doc, d.speaker, prepositions=ctx.doc.lang.declines)
            if not subject:
                d.speaker_name = None  # "… по поддержке Украины заявил X", «Киеву хотят»: no subject
            elif d.speaker.kind == "name":
                d.speaker_name = None if m.unnamed_holder(d.speaker) else d.speaker.name
            else:
                g0 = d.speaker.gender or (d.verb_gender if d.verb_gender in ("m", "f") else None)
                name = m.introduced_with(d.speaker, g0) if d.speaker.kind == "desc" and not indefinite(d.speaker, ctx.doc.lang) \
                    else None  # "the Hungarian prime minister": whoever was introduced as Hungarian
                if name:
                    d.speaker_name = name
                    prev = d
                    continue
                holder = prev is not None and prev.speaker is not None and m.unnamed_holder(prev.speaker) \
                    and d.speaker.kind == "pronoun" and ctx.doc.sent_of(d.start) - ctx.doc.sent_of(prev.end) <= 2
                if holder:
                    d.speaker_name = None  # "Постпред США ответил … По его мнению": still the unnamed envoy
                    prev = d
                    continue
                if prev is not None and prev.speaker_name and d.speaker.kind in ("pronoun", "desc") \
                        and not _relative_of_object(ctx, prev) \
                        and not (prev.speaker is not None and (prev.speaker.person is False
                                                               or relayed_by_medium(ctx, prev)
                                                               or d.speaker.kind == "desc" and not prev.speaker.person
                                                               and not _pack_role(ctx, d.speaker))) \
                        and not indefinite(d.speaker, ctx.doc.lang) and ctx.doc.sent_of(d.start) - ctx.doc.sent_of(prev.end) <= 3 \
                        and m.described_before(d.speaker) is None and not m.state_clash(d.speaker, prev.speaker_name) \
                        and (m.desc_fits(d.speaker, prev.speaker_name)
                             or ctx.doc.sent_of(d.start) - ctx.doc.sent_of(prev.end) <= 2 and prev.speaker is not None
                             and prev.speaker.kind in ("name", "pronoun") and not m.has_role(prev.speaker_name)):
                    # «… пояснил Силуанов. «…», — сказал министр»: a role right after the statement of a
                    # speaker named with no role of his own, nobody named between, is that speaker
                    pg = _gender_of(ctx, prev)
                    g = d.speaker.gender or (d.verb_gender if d.verb_gender in ("m", "f") else None)
                    if d.speaker.number != "pl" and d.verb_gender != "pl" and (g is None or pg is None or g == pg) \
                            and d.speaker.gender != "n":
                        name = prev.speaker_name
                        if not _no_other_person_between(ctx, prev, d, g):
                            name = None
                d.speaker_name = name or m.resolve(d.speaker, d.verb_gender)
                if d.speaker_name and not name and d.type == "direct" and d.speaker.kind == "pronoun" \
                        and _named_inside(ctx, d, d.speaker_name):
                    # «"… Дякую командувачу … Миколі Олещуку …" - написав він»: a speaker names
                    # himself "I"; the person the quote names is someone else
                    d.speaker_name = m.resolve(d.speaker, d.verb_gender, exclude=frozenset({d.speaker_name}))
        if d.rule == "floating" and prev is not None and d.speaker is prev.speaker:
            d.speaker_name = prev.speaker_name
        prev = d if d.speaker_name or (d.speaker is not None and m.unnamed_holder(d.speaker)) else prev


def _named_inside(ctx: Context, d: Draft, name: str) -> bool:
    """Whether the quoted words of ``d`` name the person ``name`` in full: every word of the name
    (two at least) is there, by its first four letters, in any case form."""
    words = re.findall(r"[^\W\d_]{2,}", name)
    if len(words) < 2:
        return False
    said = {w.lower()[:4] for s, e in d.content for w in re.findall(r"[^\W\d_]{2,}", ctx.doc.text[s:e])}
    return all(w.lower()[:4] in said for w in words)


def _genitive_holder(d: Draft) -> bool:
    """A speaker that may stand in a case form: an according-phrase («по словам министра») or the
    holder of a claim named as a cue's object («заявления Зеленского о том, что …»)."""
    return d.rule.startswith("according") or d.rule == "held-claim"


def _pack_role(ctx: Context, m) -> bool:
    """A description headed by a role of the pack («лидер Франции»), not only an animate noun
    («бизнесмен»): the latter never takes a previous speaker that is no person (a medium)."""
    lang = ctx.doc.lang
    return any(lang.lemma(w) in lang.role_nouns or w.lower() in lang.role_nouns
               for w in re.findall(r"[^\W\d][\w’'\-]*", m.text))


def _opens_with_role(ctx: Context, m) -> bool:
    """A speaker phrase whose first word is a lower-case role noun («лідера …», "the leader …")."""
    lang = ctx.doc.lang
    words = re.findall(r"[^\W\d][\w’'\-]*", m.text)[:2]
    return bool(words) and all(w[:1].islower() for w in words) and any(
        lang.lemma(w) in lang.role_nouns or w.lower() in lang.role_nouns for w in words)


def _gender_of(ctx: Context, d: Draft) -> str | None:
    c = ctx.mentions.cluster(d.speaker_name)
    if c is not None and c.gender:
        return c.gender
    if d.verb_gender in ("m", "f"):
        return d.verb_gender
    if d.speaker is not None and d.speaker.gender in ("m", "f"):
        return d.speaker.gender
    return None


def _relative_of_object(ctx: Context, prev: Draft) -> bool:
    """Whether ``prev`` is spoken in a relative clause ("…, who said") whose antecedent is no
    subject: "Vance was referring to comments from former EU Commissioner Thierry Breton, who said
    …" ¶ "«…», he added" is Vance's, the subject of the sentence, not Breton's (issue 11)."""
    sp = prev.speaker
    if sp is None or sp.text.lower() not in _CUE_RELATIVES:
        return False
    s0 = ctx.doc.sentence_bounds(sp.start)[0]
    names = [mm for mm in ctx.mentions.items if s0 <= mm.start < sp.start and mm.kind == "name" and mm.person]
    ante = next((mm for mm in reversed(names) if mm.name == prev.speaker_name), None)
    if ante is None:
        return False
    return not is_subject_form(ctx.doc.lang, ctx.doc, ante) or any(
        mm.start < ante.start and mm.name != ante.name and is_subject_form(ctx.doc.lang, ctx.doc, mm) for mm in names)


def _no_other_person_between(ctx: Context, prev: Draft, d: Draft, gender: str | None = None) -> bool:
    """Whether no rival person that could take the pronoun (same gender when known) is named
    between the previous statement and ``d``'s speaker."""
    lo = max(prev.end, prev.frame[1] if prev.frame else 0)  # names in prev's own frame do not compete
    # a name earlier in the pronoun's own sentence is its topic ("Putin, he insisted, …"), not a rival
    hi = min(d.speaker.start, ctx.doc.sentence_bounds(d.speaker.start)[0])
    for mm in ctx.mentions.items:
        if lo <= mm.start < hi and mm.kind == "name" and mm.person and mm.name != prev.speaker_name \
                and is_subject_form(ctx.doc.lang, ctx.doc, mm):
            if gender in ("m", "f") and _mention_gender(ctx, mm) not in (None, gender):
                continue
            return False
    return True


def _mention_gender(ctx: Context, mm) -> str | None:
    c = ctx.mentions.cluster(mm.name)
    return mm.gender or (c.gender if c is not None else None)


#: sentence openings that point back at the previous sentence's statement ("About this he said …"),
#: every pack's ``venue_pointers.txt``
_POINTERS = tuple(sorted(every_pack("venue_pointers")))

#: relative pronouns before a cue ("…, who said"), every pack's ``cue_relatives.txt``
_CUE_RELATIVES = every_pack("cue_relatives")


def _assign_venues(ctx: Context, drafts: list[Draft]) -> None:
    """A venue in the frame or the sentence of the cue; else carried from the same speaker's
    previous statement when it is close (same paragraph or the next 3 sentences)."""
    doc = ctx.doc
    last_by_speaker: dict[str, tuple[Draft, int]] = {}
    for d in drafts:
        anchor = d.cues[0][0] if d.cues else (d.frame[0] if d.frame else d.start)
        s0, s1 = doc.sentence_bounds(anchor)
        v = None
        if d.frame:
            v = ctx.venue_near(min(d.frame[0], s0), max(d.frame[1], s1))
        else:
            v = ctx.venue_near(s0, s1)
        if v is not None and any(cs <= v.start and v.end <= ce for cs, ce in d.content):
            v = None  # a venue named inside the quoted words is not where they were said
        if v is None and s1 < len(doc.text):
            # "… считает, что … . Об этом он заявил в интервью телеканалу «Россия 1»."
            n0, n1 = doc.sentence_bounds(min(len(doc.text) - 1, s1 + 1))
            if n0 >= s1 and doc.text[n0:n0 + 24].lower().lstrip().startswith(_POINTERS):
                v = ctx.venue_near(n0, n1)
        key = d.speaker_name or ""
        if v is None and key and key in last_by_speaker:
            pd, psent = last_by_speaker[key]
            if pd.venue is not None and doc.sent_of(d.start) - psent <= 3:
                v = pd.venue
        d.venue = v
        if key:
            last_by_speaker[key] = (d, doc.sent_of(d.end))


def _add_spacy_persons(ctx: Context) -> None:
    from .backends import person_spans

    doc = ctx.doc
    cand = set()
    for c in ctx.cues.values():
        cand.add(doc.tokens[c.first].sent)
    for q in doc.top_quotes:
        cand.add(doc.sent_of(q.start))
    sents = [(doc.sentences[i].start, doc.sentences[i].end) for i in sorted(cand) if i < len(doc.sentences)]
    spans = person_spans(doc.text, sents)
    ctx.mentions.add_persons(spans)


def _statement(article: Article, code: str, text: str, d: Draft) -> Statement:
    content = tuple(Span.of(text, s, e) for s, e in sorted(d.content))
    return Statement(
        id=Statement.make_id(article.id, content),
        article_id=article.id,
        type=Kind(d.type),
        content=content,
        speaker=Span.of(text, d.speaker.start, d.speaker.end) if d.speaker else None,
        cue=tuple(Span.of(text, s, e) for s, e in d.cues),
        venue=Span.of(text, d.venue.start, d.venue.end) if d.venue else None,
        venue_name=d.venue.name if d.venue else None,
        speaker_name=d.speaker_name,
        language=code,
        confidence=round(d.confidence, 3),
    )


__all__ = ["EXTRACTOR_VERSION", "Options", "statements"]
