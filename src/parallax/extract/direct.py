"""Direct quotations: a marked span becomes a statement when a frame attributes it.

Frames (PEERS §2.3–2.6): after the quote (“…,” he said / «…», — заявил Лукашенко /
“…“, he explained), before it with a colon or comma (X said: “…” / Песков подчеркнул: «…»),
inside it (ru/uk «…, — сказал он. — …» is one statement in two fragments), split quotes
(“A,” he said, “B.” → one statement, two fragments), floating quotes right after an attributed
one (merged as a further fragment, as annotators do), transcript lines ("Лукашенко: …") and
dialogue dashes. Short or title-case spans with no frame are titles or scare quotes, never a
statement of their own; a quote inside a venue («Россия 1») is never one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lang import every_pack
from .draft import Context, Draft
from .speaker import Mention
from .quotes import Quote
from .reported import attributed

_LEAD = re.compile(r"[\s,.;!?…]*(?:[—–-]+\s*)?")
_TRANSCRIPT = re.compile(r"[ \t]*([A-ZА-ЯЁІЇЄҐ][\w’'\-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][\w’'\-.]+){0,2})\s*:\s+(\S.*\S)\s*$")


@lru_cache(maxsize=None)
def _dash_res(dashes: str, bare: bool, comma: bool = False) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The dialogue-line, inner-frame and resume patterns for a language's dashes; ``bare``:
    a dash alone (no comma) separates words and frame ("… wykluczyć – powiedział"); ``comma``: a
    comma alone does ("– Så enkelt är det, säger Kristersson.")."""
    d = re.escape(dashes)
    h = d + "-"  # an ASCII hyphen with spaces around it stands for a dash, after punctuation
    inner = rf"([,.!?…]?)\s+[{d}]\s+" if bare else rf"([,.!?…])\s+[{h}]\s+"
    if comma:
        inner = rf"(?:{inner}|([,!?])\s+(?=\w))"
    return (re.compile(rf"[ \t]*[{h}]\s+"), re.compile(inner), re.compile(rf"[.,:]\s+[{h}]\s+"))


def _pro_drop_frame(ctx: Context, cue, lim: int) -> bool:
    """A cue with no subject that closes its clause ("– podsumował.", "– dodała"): the speaker
    is understood from the verb, as in languages that drop subject pronouns."""
    toks = ctx.doc.tokens
    lang = ctx.doc.lang
    k = _skip_circumstance(ctx, cue.last + 1, lim)
    # nothing after the cue, or a preposition ("declaró el martes tras reunirse …"): no subject there
    return lang.pro_drop and (k >= lim or not toks[k].is_word or toks[k].text[:1].islower()
                              and toks[k].lower in lang.not_names and toks[k].lower not in lang.determiners)


def _skip_circumstance(ctx: Context, j: int, lim: int) -> int:
    """The first token from ``j`` past fillers, dates and "el martes" / "ce lundi"."""
    toks = ctx.doc.tokens
    lang = ctx.doc.lang
    months = lang.months()
    while j < lim and (toks[j].lower in lang.fillers or toks[j].text.isdigit() and len(toks[j].text) <= 4
                       or toks[j].lower in months or toks[j].lower in lang.determiners and j + 1 < lim
                       and (toks[j + 1].lower in lang.fillers or toks[j + 1].lower in months)):
        j += 1
    return j


def direct_statements(ctx: Context) -> list[Draft]:
    """Direct statements of the article, in text order."""
    doc = ctx.doc
    text = doc.text
    out: list[Draft] = []
    quotes = [q for q in doc.top_quotes if ctx.in_venue(q.start) is None]
    i = 0
    last: Draft | None = None
    while i < len(quotes):
        q = quotes[i]
        if _named_title(ctx, q):
            i += 1
            continue
        draft = _framed(ctx, q)
        if draft is None and doc.lang.subjunctive_reports:
            draft = _in_sentence(ctx, q)
        if draft is None:
            draft = _floating(ctx, q, last)
            if draft is None:
                i += 1
                continue
        # split and floating continuations: the next quote right after this one's frame
        j = i + 1
        tail_end = draft.frame[1] if draft.frame and draft.frame[0] >= q.end else q.end
        in_frame = tail_end > q.end  # still in the frame's sentence after the quote
        prev_q = q
        while j < len(quotes):
            nq = quotes[j]
            gap = text[tail_end:nq.start]
            lower_next = text[nq.inner_start:nq.inner_start + 1].islower()
            if re.sub(r"[\s,.;:—–-]", "", gap) and not (in_frame and _frame_rest(gap, lower_next)):
                break
            if gap.count("\n") > 2:
                break
            n_inner = text[nq.inner_start:nq.inner_end]
            if _title_like(n_inner, doc.lang.word_list("stopwords")) and _words(n_inner) < 8 and not (
                    "\n" not in gap and gap.rstrip()[-1:] in (".", "!", "?") and n_inner.rstrip()[-1:] in ("?", "!")):
                # (a question or exclamation opening the sentence after the frame is speech, however
                # short: “This is sophomoric,” Alicia Powe wrote on Young Conservatives. “Blacklisted?”)
                if in_frame and "\n" not in gap and not _SENT_STOP.search(gap.rstrip()):
                    # a show's title inside the frame (Christie said on ABC's "This Week with George
                    # Stephanopoulos." "B."): the frame's sentence goes on after it, and so may the
                    # statement
                    tail_end = nq.end
                    j += 1
                    continue
                break  # a show or book title after the frame (on CBS's “Face the Nation.”)
            if text[:nq.start].rstrip()[-1:].isalnum():
                break  # 'she said, adding that such talk "fans the flames"': a phrase in a new clause
            if "\n" in gap and ((nq.end - nq.start) < 20 or draft.speaker is None
                                  or doc.lang.paragraph_quotes and prev_q.closed and nq.closed):
                break  # a paragraph quoted whole after one closed: a statement of its own (floating)
            if _reported_again(ctx, draft, nq):
                break
            own_frame = _has_own_frame(ctx, nq)
            if not own_frame and _runs_on(ctx, nq):
                break  # “A,” Rubio said. “You can't even begin … to people” that …: a new sentence's partial quote
            if own_frame:
                own = _framed(ctx, nq, probe=True)
                # or the same speaker's frame goes on up to B ("“A,” said Sherman, speaking of
                # politicians, “and B”"), unless a colon brings B in as a new quotation
                same = own is not None and (own.cues == draft.cues or own.speaker is not None
                                            and draft.speaker is not None and own.speaker.start == draft.speaker.start
                                            and not text[:nq.start].rstrip().endswith(":"))
                if not same or own.type != "direct":
                    break  # “A,” he said, “B.”: B's frame is A's frame, so it is one statement
            draft.content.append((nq.start, nq.end))
            ctx.consumed_quotes.add(nq.start)
            in_frame = False
            tail_end = nq.end
            prev_q = nq
            j += 1
        ctx.consumed_quotes.add(q.start)
        out.append(draft)
        last = draft
        i = j
    out.extend(_transcript_lines(ctx))
    out.extend(_tail_named_lines(ctx, {d.start for d in out}))
    out.extend(_dash_lines(ctx))
    out.extend(_block_frames(ctx, out))
    out.extend(_dialogue_turns(ctx, out))
    out.extend(_speech_body(ctx, out))
    out.sort(key=lambda d: d.start)
    return out


def _speech_body(ctx: Context, taken: list[Draft]) -> list[Draft]:
    """A transcript's first-person body is its speaker's words (``_transcript_head``): each of its complete
    unquoted sentences that no statement covers is the speaker's direct statement."""
    doc = ctx.doc
    text = doc.text
    head = _transcript_head(ctx)
    if head is None:
        return []
    h1, spk = head
    spans = [(d.start, d.end) for d in taken]
    out = []
    for sent in doc.sentences:
        if sent.start < h1 or not text[sent.start:sent.end].rstrip().endswith((".", "!", "?", "…")):
            continue
        if _words(text[sent.start:sent.end]) < 5 or doc.in_quote(sent.start) \
                or any(a < sent.end and sent.start < b for a, b in spans):
            continue
        out.append(Draft("direct", [(sent.start, sent.end)], spk, spk.name, [], None, 0.6, None, None,
                         "speech-body"))
    return out


def _transcript_head(ctx: Context) -> tuple[int, Mention] | None:
    """Where a transcript's body starts and who speaks it: a heading that opens with one of the pack's
    ``speech_titles`` ("Statement by Prime Minister Viktor Orbán …") over a first-person body, or a paragraph
    closing on a colon that reports its speaker ("Here are excerpts of what he said in a pre-recorded interview
    …:") over a first-person paragraph that reports nobody. None otherwise."""
    doc = ctx.doc
    text = doc.text
    lang = doc.lang
    if len(doc.paragraphs) < 2:
        return None
    h0, h1 = doc.paragraphs[0]
    head = text[h0:h1].strip().lower()
    titles = lang.word_list("speech_titles")
    spk = next((m for m in ctx.mentions.items if h0 <= m.start < h1 and m.kind == "name" and m.person), None)
    if spk is not None and h1 - h0 <= 250 and any(head.startswith(t + " ") for t in titles) \
            and any(w.lower() in lang.narrators for w in re.findall(r"\w+", text[doc.paragraphs[1][0]:])):
        return doc.paragraphs[1][0], spk
    for k in range(len(doc.paragraphs) - 1):
        ps, pe = doc.paragraphs[k]
        if text[ps:pe].rstrip()[-1:] != ":" or not _first_person_paragraph(ctx, k + 1):
            continue
        a, b = doc.tok_at(max(ps, doc.sentence_bounds(pe - 1)[0])), doc.tok_at(pe)
        cue = next((ctx.cues[i] for i in range(a, b) if i in ctx.cues and ctx.cues[i].cls == "speech"), None)
        if cue is None:
            continue
        who = ctx.mentions.left_of(cue.first, a, ctx.venue_spans)
        if who is not None and who.kind in ("name", "pronoun") and who.text.lower() not in lang.narrators \
                and who.number == "sg":
            return doc.paragraphs[k + 1][0], who
    return None


def _first_person_paragraph(ctx: Context, k: int) -> bool:
    """Paragraph ``k`` speaks in the first person outside quotes, and none of its cues has another speaker
    ("As you know, … I was asked questions about my relationship with Monica Lewinsky" is the narrator's)."""
    doc = ctx.doc
    ps, pe = doc.paragraphs[k]
    words = [m for m in re.finditer(r"\w+", doc.text[ps:pe]) if not doc.in_quote(ps + m.start())]
    if not any(m.group().lower() in doc.lang.narrators for m in words):
        return False
    for i in range(doc.tok_at(ps), doc.tok_at(pe)):
        if i in ctx.cues:
            floor = doc.tok_at(doc.sentence_bounds(doc.tokens[i].start)[0])
            who = ctx.mentions.left_of(i, floor, ctx.venue_spans)
            if who is not None and who.text.lower() not in doc.lang.narrators:
                return False
    return True


def _frag_end(punct: int, text: str) -> int:
    """End of the words before an inner frame («Текст, — сказал он. — …»): the comma belongs
    to the frame, as Russian and Ukrainian annotators mark it; ! ? … stay with the words."""
    return punct if text[punct] == "," else punct + 1


def _reported_again(ctx: Context, draft: Draft, nq: Quote) -> bool:
    """A second cue between the frame's cue and the next quote, in the same sentence ("“…,” the
    candidate told CBS on Sunday, saying that people -- unnamed -- “are very threatened”", "…, adding
    that if the GOP loses …, “hanging onto the Senate would be a long shot”"): the next quote belongs
    to the clause that cue opens, a statement of its own, not a further fragment of this one."""
    if not draft.cues:
        return False
    doc = ctx.doc
    end_cue = max(e for _, e in draft.cues)
    seg = doc.text[end_cue:nq.start]
    if end_cue >= nq.start or "\n" in seg or _SENT_STOP.search(seg.rstrip()):
        return False
    toks = doc.tokens
    a, b = doc.tok_at(end_cue), doc.tok_at(nq.start)
    for k in range(a, b):
        cue = ctx.cues.get(k)
        if cue is None:
            continue
        rest = range(cue.last + 1, b)
        # the cue opens a clause ("adding that …") or introduces the quote itself ("adding, “…”",
        # "explaining he worked with Chrabaszcz …: “…”"); "said Sherman, speaking of politicians,
        # “and leave …”" only tells how he said it
        if not any(toks[m].is_word for m in rest) or toks[cue.last + 1].lower in doc.lang.complementisers \
                or seg.rstrip().endswith(":"):
            return True
    return False


def _frame_rest(gap: str, lower_next: bool = False) -> bool:
    """Whether the words between a frame and the next quote only finish the frame's sentence
    (“A,” said Tom Burke, who is coming from Grand Rapids, to organize a rally. “B.”), perhaps
    with one more sentence about the speaker: the next quote still continues the statement."""
    if "\n" in gap or any(c in gap for c in "“”„«»\"") or len(gap) > 300:
        return False
    g = gap.rstrip()
    if g.endswith(",") and not re.search(r"[.!?…]", g) and lower_next:
        return True  # “…,” said Sherman, speaking of politicians, “and leave …”: the sentence goes on
    if not g or g[-1] not in ".!?" or not gap[len(g):]:
        return False
    return len(_SENT_STOP.findall(g)) <= 2


_SENT_STOP = re.compile(r"[.!?](?=\s+[A-Z]|$)")


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _quoted_subject(ctx, q, sent_start: int, lead) -> bool:
    """A short quoted name (a capital in it) inside its sentence, the cue right after its closing
    mark with no comma or dash («Журналісти “УНІАН” поцікавилися думкою ветерана»): the quote is a
    name the sentence uses, not the words of whoever the verb is followed by (unlike «Di “incontro
    inaccettabile” parla la premier estone»)."""
    text = ctx.doc.text
    if lead is not None and lead.group().strip():
        return False
    inner = text[q.inner_start:q.inner_end]
    return _words(inner) <= 3 and any(c.isupper() for c in inner) and bool(re.search(r"\w", text[sent_start:q.start]))


def _named_title(ctx: Context, q: Quote) -> bool:
    """A title-case quote set off by a comma after a noun inside its sentence ("In his 2002 book,
    ''Make Your Kid a Millionaire,'' Mr. McKinley suggested …", "his morning tip sheet at Politico,
    ''Playbook,'' seven days a week"): the name of a work or a nickname in apposition, not words
    anyone says there, even with a frame after it. After a cue ("tweeted, “Thank you Indiana!”") or
    at a sentence start it may still be speech."""
    doc = ctx.doc
    if not doc.lang.title_case_headlines:
        return False
    text = doc.text
    inner = text[q.inner_start:q.inner_end]
    if not _title_like(inner) or _words(inner) > 7:
        return False
    b = doc.tok_at(q.start)
    if b < 2 or doc.tokens[b - 1].text != "," or doc.tokens[b - 2].sent != doc.tokens[b].sent:
        return False
    prev = doc.tokens[b - 2]
    return prev.is_word and prev.lower not in doc.lang.pronouns and ctx.cues.get(b - 2) is None \
        and not any(k in ctx.cues for k in range(max(0, b - 4), b - 1))


def _title_like(s: str, minor: frozenset[str] = frozenset()) -> bool:
    """Every word capitalised, a number, short, or one of ``minor`` (the function words a title
    leaves in lower case: "This Week with George Stephanopoulos")."""
    words = re.findall(r"\w+", s)
    return bool(words) and all(w[:1].isupper() or w.isdigit() or len(w) <= 3 or w in minor for w in words)


def _framed(ctx: Context, q: Quote, probe: bool = False) -> Draft | None:
    doc = ctx.doc
    text = doc.text
    toks = doc.tokens
    m = ctx.mentions
    inner = text[q.inner_start:q.inner_end]
    sent_start, sent_end = doc.sentence_bounds(q.start)
    para = doc.paragraphs[doc.para_of(q.start)]
    # ---- inside (ru/uk): «…, — сказал он. — …»
    if doc.lang.inner_frames:
        _, inner_frame, inner_resume = _dash_res(doc.lang.dashes, doc.lang.dash_frames)
        for fm in inner_frame.finditer(inner):
            fstart = q.inner_start + fm.end()
            a = doc.tok_at(fstart)
            lim = doc.tok_at(q.inner_end)
            cue = ctx.cue_in(a, min(a + 3, lim)) if _cue_or_mention_first(ctx, a, lim, inner_ok=True) else None
            if cue is None:
                continue
            spk = m.right_of(cue.last, lim) or _left_in(ctx, cue.first, a)
            if spk is None:
                continue
            rest = text[fstart:q.inner_end]
            rm = inner_resume.search(rest)
            frag1 = (q.start, _frag_end(q.inner_start + fm.start(1), text) if fm.group(1) else q.inner_start + fm.start())
            if rm:
                frag2 = (fstart + rm.end(), q.end)
                frame = (fstart, fstart + rm.start())
                content = [frag1, frag2]
            else:
                frame = (fstart, q.inner_end)
                content = [frag1]
            return _draft(ctx, content, spk, cue, frame, 0.9, "inner-frame")
    # ---- after: “…,” he said / », — заявил Лукашенко
    if q.end > para[1]:  # a quote over several paragraphs: its frame follows the last one
        para = doc.paragraphs[doc.para_of(q.end - 1)]
        sent_end = doc.sentence_bounds(q.end - 1)[1]
    elif (line := _frame_line_after(ctx, q, para)) is not None:
        para, sent_end = line, line[1]  # «…»,⏎— сказал перед показом режиссер.
    tail_limit = min(sent_end if sent_end > q.end else para[1], para[1])
    nxt = _next_quote_start(ctx, q)
    if nxt is not None and nxt < tail_limit:
        tail_limit = nxt
    if tail_limit < q.end:
        tail_limit = para[1]
    lead = _LEAD.match(text, q.end, tail_limit)
    a = doc.tok_at(lead.end() if lead else q.end)
    lim = doc.tok_at(tail_limit)
    if _closes_sentence(ctx, q, a) or _frames_next(ctx, q, a, lim):
        lim = a  # “… everywhere.” Greene added that …: a new sentence, no frame of this quote
    if a < lim and toks[a].start < tail_limit and toks[a].lower in doc.lang.so_frames:
        spk = m.right_of(a, lim) or _np_after(ctx, a + 1, lim)  # „…“, so der Sprecher.
        if spk is not None:
            frame = (toks[a].start, spk.end)
            return Draft("direct", [(q.start, q.end)], spk, None, [], None, 0.85, frame, None, "so")
    if a < lim and toks[a].start < tail_limit and not _quoted_subject(ctx, q, sent_start, lead):
        cue, spk = _frame_at(ctx, a, lim)
        if cue is not None and spk is None and doc.lang.verb_final:
            # Turkish/Hungarian: 'Orbán, "…" dedi': the subject stands before the quote
            spk = m.subject_of_sentence(doc.sent_of(q.start), doc.tok_at(sent_start), doc.tok_at(q.start),
                                        ctx.venue_spans)
            if spk is not None and ctx.doc.quote_at(spk.start) is not None:
                spk = None
        if cue is not None and spk is None and _pro_drop_frame(ctx, cue, lim) and not _inside_reported(ctx, q, sent_start):
            frame = (toks[a].start, toks[cue.last].end)
            return Draft("direct", [(q.start, q.end)], None, None, list(cue.spans), None, 0.7, frame, ctx.verb_gender(cue),
                         "after-pro-drop")
        if cue is not None and spk is not None and not _inside_reported(ctx, q, sent_start):
            end_tok = _frame_end(ctx, a, lim)
            frame = (toks[a].start, toks[end_tok - 1].end if end_tok > a else toks[a].end)
            lead_in = _lead_in(ctx, q, sent_start)
            if lead_in is not None and not probe:
                d = _draft(ctx, [(lead_in, q.end)], spk, cue, frame, 0.85, "after-mixed")
                d.type = "mixed"
                return d
            return _draft(ctx, [(q.start, q.end)], spk, cue, frame, 0.95, "after")
    # ---- before: X said: “…” / Как заявил X, «…»
    head_start = sent_start
    prev_q = _prev_quote_end(ctx, q)
    if prev_q is not None and prev_q > head_start:
        head_start = prev_q
    head = text[head_start:q.start]
    hs = head.rstrip()
    if not probe and hs and hs[-1:].isalpha():
        d = _cue_object(ctx, q, head_start, sent_end)
        if d is not None:
            return d
    if hs.endswith((":", ",", ":—", ": —", ", —", ",—")) or hs.endswith("—") and ":" in hs[-4:]:
        a = doc.tok_at(head_start)
        b = doc.tok_at(q.start)
        if 0 < b - a <= 25:
            for acc in ctx.according:
                if a <= acc.first < b and acc.kind in ("prep", "clause"):
                    spk = m.by_first.get(acc.last + 1) or m.right_of(acc.last, b)
                    if spk is None and acc.kind == "clause" and acc.cue_tok is not None:
                        spk = m.right_of(acc.cue_tok, b)
                    if spk is not None:
                        cue = ctx.cues.get(acc.cue_tok) if acc.cue_tok is not None else None
                        frame = (toks[acc.first].start, toks[b - 1].end)
                        return _draft(ctx, [(q.start, q.end)], spk, cue, frame, 0.9, "according-before")
            for k in range(b - 1, a - 1, -1):
                cue = ctx.cues.get(k)
                if cue is None:
                    continue
                spk = m.left_of(cue.first, a, ctx.venue_spans) or m.right_of(cue.last, b) \
                    or m.subject_of_sentence(toks[cue.first].sent, doc.tok_at(sent_start), cue.first, ctx.venue_spans)
                if spk is not None:
                    frame = (toks[a].start, toks[b - 1].end)
                    return _draft(ctx, [(q.start, q.end)], spk, cue, frame, 0.9, "before")
                break
        elif b - a > 25:
            # a long sentence whose last clause frames the quote ("Asked about …, Trump boasted, “…”"):
            # the cue among the last words, its subject in the clause before it
            for k in range(b - 1, b - 5, -1):
                cue = ctx.cues.get(k)
                if cue is None:
                    continue
                lo = max(a, cue.first - 8)
                spk = m.left_of(cue.first, lo, ctx.venue_spans) or m.right_of(cue.last, b)
                if spk is not None and (spk.start > cue.first or cue.first - spk.last_tok <= 2):
                    frame = (spk.start if spk.start < toks[cue.first].start else toks[cue.first].start, toks[b - 1].end)
                    return _draft(ctx, [(q.start, q.end)], spk, cue, frame, 0.85, "before")
                if cue.cls == "speech" and cue.last >= b - 2 and not probe:
                    # "…, while chanting, “Hands up, don't shoot.”": the sentence's subject speaks
                    spk = m.subject_of_sentence(toks[cue.first].sent, a, cue.first, ctx.venue_spans)
                    frame = (toks[cue.first].start, toks[b - 1].end)
                    return _draft(ctx, [(q.start, q.end)], spk, cue, frame, 0.7, "before-far")
                break
        if 0 < b - a <= 25:
            if not probe and (hs.endswith(":") or (b - 2 >= a and toks[b - 2].lower.endswith(("ing", "ed")))) \
                    and _words(inner) >= 1 and not _title_like(inner) or (hs.endswith(":") and _words(inner) >= 3):
                named = None
                if toks[b - 1].text == ":" and b - 2 >= a:
                    named = m.covering(toks[b - 2].start)
                    if named is None or named.end != toks[b - 2].end or named.kind != "name":
                        named = None
                # "Pollsters agree - Carl Bialik: “…”": the name right before the colon speaks
                spk = named or m.subject_of_sentence(toks[a].sent, a, b, ctx.venue_spans)
                frame = (toks[a].start, toks[b - 1].end)
                return Draft("direct", [(q.start, q.end)], spk, None, [], None, 0.6, frame, None, "colon")
    return None


def _cue_object(ctx: Context, q: Quote, head_start: int, sent_end: int) -> Draft | None:
    """A whole quoted sentence right after a speech cue, with no comma ("Paul Ryan (R-WI) said
    “anti-Semitic images, they’ve got no place in a presidential campaign.”"): the quote is the
    cue's direct statement when it ends the sentence and the cue's subject stands before it."""
    doc = ctx.doc
    text = doc.text
    toks = doc.tokens
    inner = text[q.inner_start:q.inner_end].rstrip()
    if not q.closed or _words(inner) < 4 or not inner.endswith((".", "?", "!")) or _title_like(inner) \
            or text[q.end:max(q.end, sent_end)].strip(" \t.,;!?…"):
        return None
    b = doc.tok_at(q.start)
    cue = ctx.cues.get(b - 1)
    if cue is None or cue.cls != "speech" or cue.first <= doc.tok_at(head_start):
        return None
    a = doc.tok_at(head_start)
    spk = ctx.mentions.left_of(cue.first, a, ctx.venue_spans) or _subject_phrase(ctx, a, cue.first)
    if spk is None:
        return None
    frame = (spk.start, toks[cue.last].end)
    return _draft(ctx, [(q.start, q.end)], spk, cue, frame, 0.8, "before-object")


def _subject_phrase(ctx: Context, a: int, cue_first: int):
    """ "Speaker of the House Rep. Paul Ryan (R-WI) said": the name nearest before the cue in its clause."""
    for mm in reversed(ctx.mentions.items):
        if mm.kind == "name" and mm.person is not False and a <= mm.first_tok and mm.last_tok < cue_first \
                and cue_first - mm.last_tok <= 6 and not any(ctx.doc.tokens[k].text in ",;:" for k in
                                                             range(mm.last_tok + 1, cue_first)):
            return mm
    return None


def _closes_sentence(ctx: Context, q: Quote, a: int) -> bool:
    """Whether the quote's words end with a full stop and a capitalised word follows it with
    nothing between ("… everywhere.” She called him …"): news puts a comma, not a full stop,
    before a frame that follows its quote, so what follows is a new sentence."""
    doc = ctx.doc
    text = doc.text
    inner = text[q.inner_start:q.inner_end].rstrip()
    if not q.closed or not inner.endswith(".") or inner.endswith("..") or a >= len(doc.tokens):
        return False
    t = doc.tokens[a]
    return not text[q.end:t.start].strip() and t.text[:1].isupper()


def _frames_next(ctx: Context, q: Quote, a: int, lim: int) -> bool:
    """Whether a capitalised frame after a question or exclamation leads into the next quote
    ("“… a good idea?” He answered, “I have no idea.”"): it frames that quote, not this one."""
    doc = ctx.doc
    text = doc.text
    inner = text[q.inner_start:q.inner_end].rstrip()
    if not inner.endswith(("?", "!")) or a >= lim or not doc.tokens[a].text[:1].isupper() \
            or text[q.end:doc.tokens[a].start].strip():
        return False
    nxt = _next_quote_start(ctx, q)
    if nxt is None or lim - a > 12 or doc.tok_at(nxt) != lim:
        return False
    toks = doc.tokens
    return toks[lim - 1].text in (",", ":") and not any(toks[k].text in ".!?;" for k in range(a, lim - 1))


def _frame_line_after(ctx: Context, q: Quote, para: tuple[int, int]) -> tuple[int, int] | None:
    """The next paragraph when it is a short dash line and the quote ends its own paragraph (a
    comma at most after it): the frame on a line of its own («…»,⏎— сказал режиссер.)."""
    doc = ctx.doc
    if not doc.lang.dash_dialogue or doc.text[q.end:para[1]].strip() not in ("", ","):
        return None
    k = doc.para_of(q.start) + 1
    if k >= len(doc.paragraphs):
        return None
    ps, pe = doc.paragraphs[k]
    dash_line = _dash_res(doc.lang.dashes, doc.lang.dash_frames)[0]
    if not dash_line.match(doc.text, ps, pe) or _words(doc.text[ps:pe]) > 12 or doc.quote_at(ps) is not None:
        return None
    return ps, pe


def _lead_in(ctx: Context, q: Quote, sent_start: int) -> int | None:
    """Start of an unquoted lead-in that the quote completes ("Teachers are “looking …,” he
    said"): the whole sentence is then one mixed statement. None when the quote opens the
    sentence or the lead-in is a frame of its own (a cue, a colon, a comma, a dash)."""
    doc = ctx.doc
    text = doc.text
    s = sent_start
    while s < q.start and (text[s].isspace() or text[s] in "—–-"):
        s += 1
    prefix = text[s:q.start].rstrip()
    if not prefix or not prefix[-1].isalnum() or _words(prefix) < 2 or "\n" in prefix:
        return None
    if doc.quote_at(s) is not None or any(o.start < q.start and o.end > s for o in doc.top_quotes if o is not q
                                          and o.end <= q.start):
        return None
    a, b = doc.tok_at(s), doc.tok_at(q.start)
    if any(k in ctx.cues for k in range(a, b)) or any(a <= x.first < b for x in ctx.according):
        return None
    return s


def _in_sentence(ctx: Context, q: Quote) -> Draft | None:
    """German: a quoted phrase in a sentence whose cue has a speaker ("Osterloh warnte vor einem
    „drohenden Abfluss“") is that speaker's direct statement, as German annotators mark it."""
    doc = ctx.doc
    m = ctx.mentions
    s0, s1 = doc.sentence_bounds(q.start)
    a, b = doc.tok_at(s0), doc.tok_at(s1)
    for k in range(a, b):
        cue = ctx.cues.get(k)
        if cue is None or cue.cls == "source" or doc.in_quote(doc.tokens[k].start):
            continue
        spk = m.left_of(cue.first, a, ctx.venue_spans) or m.right_of(cue.last, b) \
            or m.subject_of_sentence(doc.tokens[k].sent, a, cue.first, ctx.venue_spans)
        if spk is not None and not (q.start <= spk.start < q.end):
            return _draft(ctx, [(q.start, q.end)], spk, cue, (doc.tokens[a].start, q.start), 0.6, "in-sentence")
    return None


def _inside_reported(ctx: Context, q: Quote, sent_start: int) -> bool:
    """Whether the quote continues a reported clause begun before it ("Cruz said that there is
    “…,” adding …"): the earlier cue owns it, and what follows is no frame of it."""
    doc = ctx.doc
    prefix = doc.text[sent_start:q.start].rstrip()
    if not prefix or not prefix[-1].isalnum():
        return False
    a, b = doc.tok_at(sent_start), doc.tok_at(q.start)
    return any(k in ctx.cues and ctx.cues[k].cls != "source" for k in range(a, b))


def _runs_on(ctx: Context, q: Quote) -> bool:
    """Whether the narrator's sentence goes on right after the closing mark, with no punctuation
    between ("“You can't even begin that process until you prove to people” that border security is
    working, he said"): the quote is part of that sentence, not a further piece of a quoted
    statement (unlike "“…”, pronostique-t-il", whose comma opens a frame, or «"…" a, en …, déclaré»,
    one word of a frame split around its circumstance)."""
    text = ctx.doc.text
    inner = text[q.inner_start:q.inner_end].rstrip()
    return bool(inner) and inner[-1].isalnum() and _RUNS_ON.match(text, q.end) is not None


_RUNS_ON = re.compile(r"[ \t]+\w+[ \t]+\w")


def _has_own_frame(ctx: Context, q: Quote) -> bool:
    """Whether a quote is attributed on its own (a mention or cue right after it, or a frame)."""
    doc = ctx.doc
    lead = _LEAD.match(doc.text, q.end)
    a = doc.tok_at(lead.end() if lead else q.end)
    if a < len(doc.tokens) and not _closes_sentence(ctx, q, a) and doc.tokens[a].sent == doc.sent_of(q.end - 1) \
            and doc.para_of(doc.tokens[a].start) == doc.para_of(q.end - 1):
        if a in ctx.cues or a in ctx.mentions.by_first:
            return True
    return _framed(ctx, q) is not None


def _left_in(ctx: Context, cue_first: int, floor: int):
    return ctx.mentions.left_of(cue_first, floor, ctx.venue_spans)


def _cue_or_mention_first(ctx: Context, a: int, lim: int, inner_ok: bool = False) -> bool:
    return a < lim and (a in ctx.cues or a in ctx.mentions.by_first or inner_ok)


def _frame_at(ctx: Context, a: int, lim: int):
    """A cue with its speaker at the start of a tail: "he said", "said Smith", "— заявил он"."""
    m = ctx.mentions
    toks = ctx.doc.tokens
    fillers = ctx.doc.lang.fillers
    while a + 1 < lim and toks[a].lower in fillers and a not in ctx.cues and a not in m.by_first:
        a += 1  # an auxiliary or clitic before the cue or subject: "…», a-t-il déclaré", "…", ha detto
    cue = ctx.cues.get(a)
    if cue is not None:
        spk = _speaker_after(ctx, cue, lim)
        if spk is not None:
            return cue, spk
        return (cue, None) if ctx.doc.lang.verb_final or ctx.doc.lang.pro_drop else (None, None)
    for k in (a + 1, a + 2):
        # "— разгорячаясь спросил Пьер": an adverbial before an inverted cue, the name after it
        later = ctx.cues.get(k)
        if later is not None:
            if all(toks[x].is_word and toks[x].text[:1].islower() and toks[x].lower not in ctx.doc.lang.pronouns
                   for x in range(a, k)):
                spk = _speaker_after(ctx, later, lim)
                if spk is not None:
                    return later, spk
            break
    spk = m.by_first.get(a)
    if spk is None:
        return _np_before_cue(ctx, a, lim)
    k = spk.last_tok + 1
    if k < lim and toks[k].text == "(":
        j = k + 1  # "Rep. Gwen Moore (D-Wis.) said"
        while j < lim and toks[j].text != ")" and j - k <= 12:
            j += 1
        if j < lim and toks[j].text == ")":
            k = j + 1
    # "Smith, a spokesman for X, said"
    if k < lim and toks[k].text == ",":
        j = k + 1
        while j < lim and toks[j].text != "," and j - k < 14:
            j += 1
        if j < lim and toks[j].text == ",":
            k = j + 1
    while k < lim and toks[k].lower in ctx.doc.lang.fillers and not _cue_itself(ctx, k, lim):
        k += 1
    if k < lim and toks[k].lower in ("of", "from", "at") and k + 1 < lim:
        j = k + 1  # "Mr. Morgan of the Sierra Club said"
        while j < lim and j - k <= 6 and j not in ctx.cues and toks[j].text not in ",.;:":
            j += 1
        if j in ctx.cues:
            k = j
    cue = ctx.cues.get(k)
    if cue is not None:
        return cue, spk
    # "DoubleLine Capital portfolio manager Bonnie Baha said": the first name only opens a phrase
    # that ends with the speaker's name right before the cue
    cue, named = _np_before_cue(ctx, a, lim)
    if cue is not None and named is not None and (_next_to_cue(ctx, named, cue) if named.kind == "name"
                                                  else named.first_tok == a):
        return cue, named
    return None, None


def _next_to_cue(ctx: Context, named, cue) -> bool:
    """Whether a name stands right before its cue, a possessive or one more word aside
    ("Powell's office said", "Bennett shot back"), no function word between ("Коломойским с просьбой")."""
    toks = ctx.doc.tokens
    gap = range(named.last_tok + 1, cue.first)
    return len(gap) <= 2 and not any(toks[k].lower in ctx.doc.lang.not_names for k in gap)


def _cue_itself(ctx: Context, k: int, lim: int) -> bool:
    """A filler that is the cue here ("Clinton continued, …" vs "continued to say")."""
    toks = ctx.doc.tokens
    return k in ctx.cues and not (k + 1 < lim and (toks[k + 1].lower == "to" or k + 1 in ctx.cues))


#: words that open a noun phrase speaker ("another official", "their spokesman"): every pack's ``np_openers``
_NP_FIRST = every_pack("np_openers")
#: words that end a noun phrase speaker ("the official who …"): every pack's ``np_stops``
_NP_STOP = every_pack("np_stops")


def _speaker_after(ctx: Context, cue, lim: int):
    """The speaker after an inverted cue: a name, a narrator («спросил я»), or a noun phrase."""
    from .speaker import Mention

    j = cue.last + 1
    toks = ctx.doc.tokens
    if j < lim and toks[j].lower in ctx.doc.lang.narrators:
        return Mention(toks[j].start, toks[j].end, toks[j].text, "pronoun", None, None, True, "sg", j, j)
    return ctx.mentions.right_of(cue.last, lim) or _np_after(ctx, j, lim)


def _np_after(ctx: Context, j: int, lim: int):
    """A described speaker after an inverted cue ("…,” added another New Hampshire Democrat"):
    a determiner or capitalised word, then up to eight words, to the clause's end."""
    from .speaker import Mention

    toks = ctx.doc.tokens
    lang = ctx.doc.lang
    j = _skip_circumstance(ctx, j, lim)  # "a affirmé lundi 26 février le président", "declaró el martes"
    if lang.has_morphology:
        return slavic_np_after(ctx, j, lim)
    first = _NP_FIRST | lang.determiners
    if j < lim and (toks[j].lower in lang.titles or toks[j].lower in lang.role_nouns) and toks[j].text[:1].islower():
        named = ctx.mentions.by_first.get(j + 1)  # "сподели господин Орбан", "dijo el presidente Sánchez"
        if named is not None and named.kind == "name" and named.person is not False:
            return named
    if j >= lim or not toks[j].is_word or toks[j].lower in lang.not_names and toks[j].lower not in first:
        return None
    if toks[j].lower not in first and not toks[j].text[:1].isupper():
        return None
    # with articles of its own, a language's function words end the phrase ("le président lors d'une …")
    stop = _NP_STOP | (lang.not_names - first) if lang.determiners else _NP_STOP
    k = j
    while k + 1 < lim and k - j < 9 and (toks[k + 1].is_word or toks[k + 1].text in ("-", "’", "'")) \
            and toks[k + 1].lower not in stop:
        k += 1
    if k == j and toks[j].lower in first:
        return None
    if k + 1 < lim and toks[k + 1].text not in (",", ".", ";", "—", "–", "(", "!", "?", ":") \
            and toks[k + 1].lower not in stop:
        return None
    if k + 2 < lim and toks[k + 1].text == "," and lang.determiners:
        named = ctx.mentions.by_first.get(k + 2)  # "le président français, Emmanuel Macron"
        if named is not None and named.kind == "name" and named.person is not False and (
                named.last_tok + 1 >= lim or not toks[named.last_tok + 1].is_word):
            return named
    start, end = toks[j].start, toks[k].end
    inner = [mm for mm in ctx.mentions.items if start <= mm.start and mm.end <= end and mm.kind == "name"
             and mm.person]
    if inner:
        return inner[-1]
    plural = toks[k].lower.endswith("s") and not toks[k].lower.endswith("ss")
    return Mention(start, end, ctx.doc.text[start:end], "desc", None, None, True, "pl" if plural else "sg", j, k)


_SLAVIC_NP_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
#: prepositions of a document frame after a cue («говорится в сообщении»): every pack's ``frame_prepositions``
_SLAVIC_LOC = every_pack("frame_prepositions")
#: words that end the subject after a cue («— сказал продюсер в эфире …»): every pack's ``subject_stops``
_SLAVIC_STOP = every_pack("subject_stops")


def slavic_np_after(ctx: Context, j: int, lim: int):
    """The subject after a Russian/Ukrainian cue when it is no name ("— сказал продюсер
    картины", "— розповіла речниця обласної лікарні", "пишет «Коммерсантъ»"): a nominative
    noun phrase with its genitive modifiers, up to the clause's end; a document frame keeps its
    place ("— йдеться у зведенні Генштабу", "говорится в сообщении ведомства")."""
    from .speaker import Mention

    doc = ctx.doc
    toks = doc.tokens
    lang = doc.lang
    if j >= lim:
        return None
    q = doc.quote_at(toks[j].start)
    if q is not None and q.start == toks[j].start and q.inner_end - q.inner_start < 40:
        k = doc.tok_at(q.end)  # a quoted title after a verb of writing: пишет «Коммерсантъ»
        return Mention(q.start, q.end, doc.text[q.start:q.end], "org", doc.text[q.inner_start:q.inner_end],
                       None, False, "sg", j, max(j, k - 1))
    skipped = 0
    while j + 1 < lim and skipped < 2 and toks[j].is_word and toks[j].text[:1].islower() \
            and any(p.tag.POS in ("ADVB", "GRND") for p in lang._parse(toks[j].text)[:1]):
        j += 1  # "— сказал сверху женский голос": an adverb before the subject
        skipped += 1
    start_j = j
    doc_frame = toks[j].lower in _SLAVIC_LOC
    if doc_frame:
        j += 1
    if j >= lim or not toks[j].is_word:
        return None
    head = None
    k = j
    while k < lim and k - j < 8 and toks[k].is_word and (k == j or toks[k].lower not in _SLAVIC_STOP):
        parses = lang._parse(toks[k].text)
        pos = {p.tag.POS for p in parses[:3]}
        if head is None:
            if not pos & _SLAVIC_NP_POS and not toks[k].text[:1].isupper():
                return None
            if any(p.tag.POS == "NOUN" and (p.tag.case == "nomn" or doc_frame) for p in parses[:3]) \
                    or toks[k].text[:1].isupper():
                head = k
        k += 1
    if head is None:
        return None
    last = k - 1
    start, end = toks[start_j].start, toks[last].end
    inner = [mm for mm in ctx.mentions.items if start <= mm.start and mm.end <= end and mm.kind == "name"]
    if inner:
        return inner[-1]
    # a role of the pack, or any animate noun («сказав український суперважковик», «пригадує
    # волонтерка»): a person described, not a body
    tag = lang._parse(toks[head].text)[0].tag
    person = lang.lemma(toks[head].text) in lang.role_nouns or not toks[head].text[:1].isupper() \
        and tag.animacy == "anim" and not {"Surn", "Name", "Patr"} & tag.grammemes  # «– заявил путин»: a name
    return Mention(start, end, doc.text[start:end], "desc" if person else "org", None, None, person, "sg",
                   start_j, last)


def _np_before_cue(ctx: Context, a: int, lim: int):
    """“…,” the board said / “…,” psychotherapist Fran Sherman says: a short noun phrase, then
    the cue. The speaker is the name inside it when there is one, else the phrase."""
    from .speaker import Mention

    toks = ctx.doc.tokens
    lang = ctx.doc.lang
    first = toks[a] if a < lim else None
    if first is None or not first.is_word or (first.lower in lang.not_names and first.lower not in _NP_FIRST):
        return None, None
    k = a
    extra = 0  # "Senate Minority Leader Harry M. Reid (D-Nev.) said": a party and state aside
    aside: list[tuple[int, int]] = []
    while k < lim and k - a - extra <= 7 and k not in ctx.cues:
        t = toks[k]
        if t.text == "(" and k > a:
            j = k + 1
            while j < lim and j - k <= 6 and toks[j].text != ")":
                j += 1
            if j < lim and toks[j].text == ")":
                extra += j + 1 - k
                aside.append((toks[k].start, toks[j].end))
                k = j + 1
                continue
        if not (t.is_word or t.text in ("-", ".", "’", "'")) or t.lower in _NP_STOP or t.lower in lang.pronouns:
            return None, None
        k += 1
    cue = ctx.cues.get(k) if k < lim else None
    if cue is None or k == a:
        return None, None
    start, end = toks[a].start, toks[k - 1].end
    names = [mm for mm in ctx.mentions.items if start <= mm.start and mm.end <= end and mm.kind == "name"
             and not any(x <= mm.start < y for x, y in aside)]
    if names:
        return cue, names[-1]
    plural = toks[k - 1].lower.endswith("s") and not toks[k - 1].lower.endswith("ss")
    return cue, Mention(start, end, ctx.doc.text[start:end], "desc", None, None, True, "pl" if plural else "sg",
                        a, k - 1)


def _frame_end(ctx: Context, a: int, lim: int) -> int:
    toks = ctx.doc.tokens
    k = a
    titles = ctx.doc.lang.titles
    while k < lim and not (toks[k].text in (".", "!", "?", ":", ";") and not (
            toks[k].text == "." and k > a and (toks[k - 1].lower in titles or toks[k - 1].lower + "." in titles
                                               or (len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())
                                               or k + 1 < lim and toks[k + 1].text == ")"))) \
            and not (toks[k].text == "," and k + 1 < lim and toks[k + 1].text in "“„«\"‘'``"):
        k += 1
    return k


def _next_quote_start(ctx: Context, q: Quote) -> int | None:
    # Top-level quotes are disjoint and in text order: a binary search, not a scan per quote.
    k = bisect_left(ctx.doc._q_starts, q.end)
    return ctx.doc.top_quotes[k].start if k < len(ctx.doc.top_quotes) else None


def _prev_quote_end(ctx: Context, q: Quote) -> int | None:
    """End of the last top-level quote (outside a venue) that ends before ``q`` starts."""
    ends = getattr(ctx, "_free_quote_ends", None)
    if ends is None:  # computed once per article: disjoint quotes, so their ends ascend
        ends = [o.end for o in ctx.doc.top_quotes if ctx.in_venue(o.start) is None]
        ctx._free_quote_ends = ends
    k = bisect_right(ends, q.start)
    return ends[k - 1] if k else None


def _draft(ctx: Context, content, spk, cue, frame, conf, rule) -> Draft:
    vg = ctx.verb_gender(cue)
    if spk is not None:
        ctx.mentions.mark_speaker(spk, vg)
    return Draft("direct", list(content), spk, None, list(cue.spans) if cue else [], None, conf, frame, vg, rule)


def _floating(ctx: Context, q: Quote, last: Draft | None) -> Draft | None:
    """A full-sentence quote with no frame: inherits the previous speaker when adjacent."""
    doc = ctx.doc
    text = doc.text
    inner = text[q.inner_start:q.inner_end]
    if _words(inner) < 4 or (_title_like(inner) and _words(inner) < 8):
        return None
    sent_start, sent_end = doc.sentence_bounds(q.start)
    starts_sentence = not text[sent_start:q.start].strip(" \t\n—–-")
    ends_sentence = not text[q.end:sent_end].strip(" \t\n.,;!?…") or q.end >= sent_end
    if not (starts_sentence and (ends_sentence or not q.closed)):
        return None
    if last is not None and last.speaker is not None:
        gap_start = last.end
        between = text[gap_start:q.start]
        sents_between = doc.sent_of(q.start) - doc.sent_of(gap_start)
        named = [mm for mm in ctx.mentions.items if gap_start <= mm.start < q.start and mm.kind == "name"
                 and mm.person and mm.name != last.speaker_name]
        if sents_between <= 3 and not named and between.count("\n") <= 2:
            return Draft("direct", [(q.start, q.end)], last.speaker, last.speaker_name, [], None, 0.6,
                         None, last.verb_gender, "floating")
    return Draft("direct", [(q.start, q.end)], None, None, [], None, 0.4, None, None, "unattributed")


def _transcript_lines(ctx: Context) -> list[Draft]:
    """Interview transcripts: a paragraph "Лукашенко: …" is his direct statement."""
    doc = ctx.doc
    text = doc.text
    out = []
    headings = []
    for ps, pe in doc.paragraphs:
        m = _TRANSCRIPT.match(text, ps, pe)
        if not m or doc.in_quote(m.start(2)):
            continue
        a = doc.tok_at(ps + m.start(1) - m.start())
        mention = ctx.mentions.by_first.get(a)
        if mention is None or mention.kind != "name" or mention.end > ps + m.end(1) - m.start():
            continue
        if _words(m.group(2)) < 3 or not mention.person and not doc.lang.transcript_any_name:
            if not mention.person:
                continue
        if m.group(1).lower().replace("’", "'") in doc.lang.word_list("labels") or _name_list(m.group(2)):
            continue
        out.append(Draft("direct", [(m.start(2), m.end(2))], mention, None, [], None, 0.8, None, None,
                         "transcript"))
        if _heading_line(ctx, m.group(1), m.group(2), pe):
            headings.append(out[-1])
    if len({d.speaker.text for d in headings}) >= 2:
        dropped = {id(d) for d in headings}
        out = [d for d in out if id(d) not in dropped]
    return out


def _name_list(body: str) -> bool:
    """"Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a list of names after a label, not speech."""
    items = [i.strip() for i in re.split(r",|\band\b|;", body.rstrip(". ")) if i.strip()]
    named = [i for i in items if len(i.split()) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in i.split())]
    return len(items) >= 4 and len(named) >= 0.8 * len(items)


def _heading_line(ctx: Context, label: str, body: str, pe: int) -> bool:
    """"Rubio: Finish second." over a paragraph that tells of Rubio ("Florida Sen. Marco Rubio is
    following …"): a short heading that may sum up a section about the person. A transcript goes on
    with another turn or the speaker's own words, not with a report on him; one such line can still
    be a headline quote («Ігнат: Тривожний для них сигнал»), so only a series of them (two people or
    more) is dropped as section headings."""
    if _words(body) > 5:
        return False
    doc = ctx.doc
    k = doc.para_of(pe - 1) + 1
    if k >= len(doc.paragraphs):
        return False
    ns, ne = doc.paragraphs[k]
    nxt = doc.text[ns:ne]
    if _TRANSCRIPT.match(nxt) or doc.in_quote(ns + len(nxt) - len(nxt.lstrip())):
        return False
    return re.search(rf"\b{re.escape(label.split()[-1])}\b", nxt, re.IGNORECASE) is not None


_TAIL_NAME = re.compile(r"[ \t]*(\S.{15,}?)[,.!?…]?\s+[—–-]\s+(\S[^—–\n]{1,60}?)\s*$")


def _tail_named_lines(ctx: Context, taken: set[int]) -> list[Draft]:
    """Headlines that name their speaker after a dash ("Не виключено, що …, – Макрон"):
    the words before the dash are that person's statement."""
    doc = ctx.doc
    text = doc.text
    out = []
    for ps, pe in doc.paragraphs:
        m = _TAIL_NAME.match(text, ps, pe)
        if not m or doc.in_quote(m.start(1)) or ps + m.start(1) - m.start() in taken:
            continue
        a = doc.tok_at(m.start(2))
        mention = ctx.mentions.by_first.get(a)
        if mention is None or mention.kind != "name" or not mention.person or mention.end < m.end(2) \
                or _words(m.group(1)) < 4:
            continue
        start, end = m.start(1), m.end(1)
        while end > start and text[end - 1] in ",;":
            end -= 1
        ctx.mentions.mark_speaker(mention)
        out.append(Draft("direct", [(start, end)], mention, None, [], None, 0.7, (m.start(2), m.end(2)), None,
                         "headline-name"))
    return out


def _dash_lines(ctx: Context) -> list[Draft]:
    """Dialogue dashes: "— Текст, — сказал он. — Текст." (ru/uk news rarely, interviews often)."""
    doc = ctx.doc
    text = doc.text
    out = []
    if not doc.lang.dash_dialogue:
        return out
    dash_line, inner_frame, inner_resume = _dash_res(doc.lang.dashes, doc.lang.dash_frames,
                                                     doc.lang.dash_comma_frames)
    for ps, pe in doc.paragraphs:
        dm = dash_line.match(text, ps, pe)
        if not dm or doc.in_quote(dm.end()):
            continue
        body_start = dm.end()
        body = text[body_start:pe]
        for fm in inner_frame.finditer(body):
            fstart = body_start + fm.end()
            a, lim = doc.tok_at(fstart), doc.tok_at(pe)
            cue, spk = _frame_at(ctx, a, lim)
            if cue is None or spk is None and not _pro_drop_frame(ctx, cue, _clause_lim(ctx, cue, lim)):
                continue
            g = next((i for i in range(1, (fm.re.groups or 0) + 1) if fm.group(i)), None)
            end1 = _frag_end(body_start + fm.start(g), text) if g else body_start + fm.start()
            content = [(body_start, end1)]
            rest = text[fstart:pe]
            rm = inner_resume.search(rest)
            frame = (fstart, fstart + (rm.start() if rm else len(rest)))
            if rm:
                content.append((fstart + rm.end(), pe))
            if spk is None:
                out.append(Draft("direct", content, None, None, list(cue.spans), None, 0.7, frame,
                                 ctx.verb_gender(cue), "dash-pro-drop"))
            else:
                out.append(_draft(ctx, content, spk, cue, frame, 0.85, "dash"))
            break
    return out


def _clause_lim(ctx: Context, cue, lim: int) -> int:
    """The token after the cue's clause: the next full stop or dash in the paragraph."""
    toks = ctx.doc.tokens
    k = cue.last + 1
    while k < lim and toks[k].text not in (".", "!", "?", "—", "–", "-", ";"):
        k += 1
    return k


def _block_frames(ctx: Context, taken: list[Draft]) -> list[Draft]:
    """A frame on a line of its own after unmarked paragraphs ("…, хоч це тільки припущення,⏎– сказав
    речник командування."): the paragraphs before it are the speaker's words, back to a question, a
    heading or a line that is already a statement or holds a cue of its own (three at most)."""
    doc = ctx.doc
    text = doc.text
    out: list[Draft] = []
    if not doc.lang.dash_dialogue:
        return out
    dash_line = _dash_res(doc.lang.dashes, doc.lang.dash_frames)[0]
    paras = doc.paragraphs
    busy = _taken_paragraphs(ctx, taken)

    def free(k: int) -> bool:
        ps, pe = paras[k]
        return k not in busy and not any(doc.in_quote(p) for p in (ps, (ps + pe) // 2, pe - 1))

    for k in range(1, len(paras)):
        ps, pe = paras[k]
        dm = dash_line.match(text, ps, pe)
        if not dm or _words(text[ps:pe]) > 12 or not free(k - 1):
            continue
        a, lim = doc.tok_at(dm.end()), doc.tok_at(pe)
        cue, spk = _frame_at(ctx, a, lim)
        if cue is None or spk is None and not _pro_drop_frame(ctx, cue, _clause_lim(ctx, cue, lim)):
            continue
        last_s, last_e = paras[k - 1]
        if text[last_e - 1] not in ",.!…" or _words(text[last_s:last_e]) < 4:
            continue
        first = k - 1
        while first > 0 and k - first < 3:
            qs, qe = paras[first - 1]
            if text[qe - 1] not in ".!…" or not free(first - 1) or dash_line.match(text, qs, qe) \
                    or "?" in text[qs:qe] or attributed(ctx, qs, qe):
                break
            first -= 1
        end = last_e - 1 if text[last_e - 1] == "," else last_e
        frame = (dm.end(), pe)
        if spk is None:
            out.append(Draft("direct", [(paras[first][0], end)], None, None, list(cue.spans), None, 0.7, frame,
                             ctx.verb_gender(cue), "block-pro-drop"))
        else:
            out.append(_draft(ctx, [(paras[first][0], end)], spk, cue, frame, 0.75, "block"))
        busy.update(range(first, k))
    return out


def _taken_paragraphs(ctx: Context, taken: list[Draft]) -> set[int]:
    """Indexes of the paragraphs that hold some content of ``taken`` (bisection: linear work)."""
    doc = ctx.doc
    out: set[int] = set()
    for d in taken:
        for a, b in d.content:
            out.update(range(doc.para_of(a), doc.para_of(max(a, b - 1)) + 1))
    return out


_HEADER = re.compile(r"[ \t]*([^\W\d][^:\n]{1,150}?)\s*:\s*$")
_MARKS = frozenset("“”„«»\"")


def _dialogue_turns(ctx: Context, taken: list[Draft]) -> list[Draft]:
    """Dash paragraphs with no frame of their own: interview answers (the dash paragraph after a
    dash question, "– Ты обижаешься?⏎– Нет, конечно."), whose speaker the article-level pass
    finds, and the turns under a speaker's header line ("Зеленский:⏎- Послушайте, …"). A turn
    runs on over the unmarked paragraphs after it, up to the next dash paragraph."""
    doc = ctx.doc
    text = doc.text
    out: list[Draft] = []
    if not doc.lang.dash_dialogue:
        return out
    dash_line = _dash_res(doc.lang.dashes, doc.lang.dash_frames)[0]
    paras = doc.paragraphs
    dashed = [dash_line.match(text, ps, pe) for ps, pe in paras]
    busy = _taken_paragraphs(ctx, taken)

    def free(k: int) -> bool:
        return k not in busy and not doc.in_quote(paras[k][0])

    def question(k: int) -> bool:
        return dashed[k] is not None and text[paras[k][1] - 1] == "?"

    # a run of dash paragraphs (unmarked paragraphs may continue a turn) alternates question and
    # answer: the turns of the other parity than the questions ("…?") are answers
    answers: set[int] = set()
    k = 0
    while k < len(paras):
        if dashed[k] is None:
            k += 1
            continue
        run = []
        while k < len(paras) and (dashed[k] is not None or run and _HEADER.match(text, *paras[k]) is None
                                  and not any(c in _MARKS for c in text[paras[k][0]:paras[k][1]])):
            if dashed[k] is not None:
                run.append(k)
            k += 1
        parity = {i % 2 for i, r in enumerate(run) if question(r)}
        if len(run) >= 2 and len(parity) == 1:
            answers |= {r for i, r in enumerate(run) if i % 2 not in parity}

    header = None  # (mention) of the last "Name:" line, while its turns go on
    k = 0
    while k < len(paras):
        ps, pe = paras[k]
        hm = _HEADER.match(text, ps, pe) if dashed[k] is None else None
        if hm is not None:
            mention = ctx.mentions.by_first.get(doc.tok_at(ps + hm.start(1) - hm.start()))
            header = mention if mention is not None and mention.kind == "name" and mention.person else None
            k += 1
            continue
        if dashed[k] is None:
            header = None
            k += 1
            continue
        answer = k in answers
        if not (answer or header is not None and not question(k)) or not free(k):
            k += 1
            continue
        start, end = dashed[k].end(), pe
        j = k + 1
        while j < len(paras) and dashed[j] is None and free(j) and _HEADER.match(text, *paras[j]) is None \
                and text[paras[j][1] - 1] in ".!…;" and not any(c in _MARKS for c in text[paras[j][0]:paras[j][1]]):
            end = paras[j][1]
            j += 1
        while end > start and text[end - 1] in ";,.":
            end -= 1
        if _words(text[start:end]) >= 2:
            spk = header if header is not None and not answer else None
            if spk is not None:
                ctx.mentions.mark_speaker(spk)
            out.append(Draft("direct", [(start, end)], spk, None, [], None, 0.7 if spk else 0.6, None,
                             _first_person_gender(ctx, start, end), "header-turn" if spk else "interview"))
        k = j
    return out


def _first_person_gender(ctx: Context, start: int, end: int) -> str | None:
    """The speaker's gender as their own words show it: a past-tense verb right after a
    first-person pronoun («Я приїхала», «я сколько раз отказывала»), in ru/uk."""
    doc = ctx.doc
    lang = doc.lang
    toks = doc.tokens
    a, b = doc.tok_at(start), doc.tok_at(end)
    for k in range(a, b):
        if toks[k].lower in lang.narrators:
            for x in range(k + 1, min(k + 4, b)):
                g = lang.verb_gender(toks[x].text)
                if g in ("m", "f"):
                    return g
    return None


_APPOSITION_COMMA = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s*,\s*")


def trailing_partials(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The rest of a framed quote's sentence that quotes the same speaker again ('"…", a affirmé
    Emmanuel Macron, disant "assumer" une "ambiguïté stratégique".', '“…”, señaló Macron, pero hay
    que “asegurar …”.'): a mixed statement of that speaker. Only after a frame that follows its quote,
    only up to the sentence end, and only where no named person, cue or other statement stands in it."""
    doc, text, toks = ctx.doc, ctx.doc.text, ctx.doc.tokens
    taken = sorted((d.start, d.end) for d in drafts)
    out = []
    for d in drafts:
        if d.rule not in ("after", "after-mixed") or d.speaker is None or d.speaker.start < d.end:
            continue
        j = d.speaker.end
        lead = _APPOSITION_COMMA.match(text, j, min(len(text), j + 80))  # "le président de la République, …"
        if lead is None:
            continue
        start = lead.end()
        _, sent_end = doc.sentence_bounds(start)
        para_end = doc.paragraphs[doc.para_of(start)][1]
        end = min(sent_end, para_end)
        while end > start and (text[end - 1].isspace()):
            end -= 1
        if end - start < 12 or not text[start:start + 1].islower() or "\n" in text[start:end]:
            continue
        a, b = doc.tok_at(start), doc.tok_at(end)
        if a not in ctx.cues and (not doc.lang.determiners or toks[a].lower in doc.lang.determiners):
            continue  # a participle cue or a clause, never an apposition about the speaker ("…, the “czar” of …")
        quoted = [q for q in doc.top_quotes if start <= q.start and q.end <= end + 1]
        if not quoted or any(s < end and e > start for s, e in taken):
            continue
        people = ctx.mentions.by_first
        if any(k in people and people[k].person is not False for k in range(a, b)) \
                or any(k in ctx.cues for k in range(a + 1, b)):
            continue
        out.append(Draft("mixed", [(start, end)], d.speaker, d.speaker_name, [], None, 0.7, d.frame,
                         d.verb_gender, "after-rest"))
    return out
