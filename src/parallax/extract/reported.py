"""Reported (indirect) and mixed speech: a cue, its speaker and its clause.

Constructions (PEERS §2.4): cue + complementiser ("said that", "заявил, что", "наголосив,
що", "sagte, dass"); cue + colon; English zero-that ("said the plan was"); infinitive and
object complements of attitude cues ("denied …", "expressed doubt about …"); a frame after or
inside the content ("The plan failed, he said." / "The plan, he said, failed."); according-
phrases ("according to X, …", "по словам X", "за словами X", "как заявил X", "X zufolge").
Content runs from after the complementiser to the sentence end or the next clause-level
boundary (an according-phrase or a trailing frame). Content holding a quoted part is mixed.
Does not use a parser: Ukrainian has none offline, and the lexical rules are faster.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import every_pack
from .cues import According, Cue, perfect_auxiliary
from .parsed import REJECT
from .draft import Context, Draft
from .speaker import apposed_name

#: prepositions after an object cue that open an adjunct, not the object ("denied on Monday …")
_PREP_SKIP = every_pack("adjunct_prepositions")
#: coordinators before a second cue of the same speaker ("… and warned that …")
_COORD = every_pack("clause_coordinators")
#: relative pronouns before a cue after a comma ("…, who said")
_CUE_RELATIVES = every_pack("cue_relatives")
#: «Об этом заявил …», «Про це заявив …»: a preposition and a pronoun that point back at the sentence before
_BACK_PREPOSITIONS = every_pack("back_prepositions")
_BACK_PRONOUNS = every_pack("back_pronouns")


def reported_statements(ctx: Context, used_cues: set[int],
                        parsed: dict[int, Draft | None] | None = None) -> list[Draft]:
    """Reported and mixed statements from every cue not already framing a direct quote.

    ``parsed`` (English with a parse, see ``parsed``) gives a draft, ``REJECT`` (the parse shows
    the cue frames nothing: a noun, a relative clause) or ``None``; the lexical rules handle
    every cue the parse found nothing for.
    """
    out: list[Draft] = []
    parsed = parsed or {}
    doc = ctx.doc
    for acc in ctx.according:
        if acc.cue_tok is not None:
            used_cues.add(acc.cue_tok)
    for idx in sorted(ctx.cues):
        if idx in used_cues:
            continue
        cue = ctx.cues[idx]
        if any(a.first <= idx <= a.last for a in ctx.according):
            continue
        if cue.cls == "source":
            continue
        d = parsed.get(idx)
        if d is REJECT:
            continue
        if d is None:
            d = _from_cue(ctx, cue)  # the parse found no frame: the lexical rules still may
        if d is not None:
            out.append(d)
    for acc in ctx.according:
        d = parsed.get(acc.first) or _according(ctx, acc)
        if d is not None:
            out.append(d)
    owners: dict[int, Draft] = {}
    for d in out:
        p = _trim_tail(ctx, d)
        if p is not None:
            owners[ctx.doc.tokens[p].start] = d
    extra: list[Draft] = []
    for d in out:
        owner = owners.get(d.cues[0][0]) if d.cues else None
        if owner is not None and owner.speaker is not None:
            d.speaker, d.verb_gender = owner.speaker, owner.verb_gender  # ", telling the BBC that …"
        d.type = "mixed" if _has_quote(ctx, d) else "indirect"
        if d.rule == "dash-frame" and d.type == "indirect":
            d.type = "direct"  # "- Zrobimy wszystko - mówił Macron": dash-introduced words are quoted speech
        if d.type == "mixed" and len(d.content) == 1:
            q = ctx.doc.quote_at(d.start)
            after_colon = _quote_after_colon(ctx, d)
            if q is not None and q.start == d.start and q.end >= d.end:
                d.type = "direct"  # the whole content is one quotation ('found "no evidence …"')
            elif after_colon is not None:
                # 'Sembler responded in a text message: "Trump will be the nominee."': the words
                # before the colon frame the quotation, which is the statement
                d.content = [(after_colon.start, after_colon.end)]
                d.type = "direct"
            elif qs := _quoted_clauses(ctx, d):
                # «заявив, що "…" і що "…"»: each quotation is a statement, as annotators mark it
                d.content = [(qs[0].start, qs[0].end)]
                d.type = "direct"
                extra.extend(replace(d, content=[(q.start, q.end)], cues=list(d.cues)) for q in qs[1:])
    return sorted(out + extra, key=lambda d: d.start) if extra else out


def _quote_after_colon(ctx: Context, d: Draft):
    """The quotation that ends a single-fragment content after a colon (and nothing else), else None."""
    text = ctx.doc.text
    s, e = d.content[0]
    for q in ctx.doc.top_quotes:
        if q.start >= e:
            break
        if s < q.start and q.end >= e - 1 and q.closed:
            head = text[s:q.start].rstrip()
            return q if head.endswith(":") and not text[q.end:max(q.end, e)].strip(" .,;") else None
    return None


#: conjunctions between two quoted clauses of one report («… "…" і що "…"»): every pack's ``clause_links``
_CLAUSE_LINKS = every_pack("clause_links")


def _quoted_clauses(ctx: Context, d: Draft) -> list:
    """The quotations that a reported clause consists of, complementisers and conjunctions aside
    («повідомило, що "Буданов був поранений …" і що "ракета …"»), in languages whose annotators
    mark them direct; else []."""
    doc = ctx.doc
    lang = doc.lang
    if not lang.has_morphology:
        return []
    s, e = d.content[0]
    toks = doc.tokens_in(s, e)
    out = []
    k = 0
    while k < len(toks):
        if out and toks[k].lower in _CLAUSE_LINKS or toks[k].text == ",":
            k += 1
        if k < len(toks) and toks[k].lower in lang.complementisers:
            k += 1
        elif not out:
            return []
        q = doc.quote_at(toks[k].start) if k < len(toks) else None
        if q is None or q.start != toks[k].start or not q.closed:
            return []
        out.append(q)
        while k < len(toks) and toks[k].start < q.end:
            k += 1
        if not doc.text[q.end:max(e, q.end)].strip(" \t\n.,;!?…"):
            return out
    return []


def _perfect_subject(ctx: Context, aux: int, participle: int, floor: int):
    """The subject of a perfect whose participle is the cue: the mention right before the
    auxiliary ("Macron hat …") or, after a fronted adverbial, right after it ("In Paris hat
    Frankreichs Präsident Emmanuel Macron (46) am Montag … angekündigt"). Only a person: a
    capitalised German noun there ("Die Regierung hatte die Pläne …") is no known speaker."""
    toks = ctx.doc.tokens
    spk = ctx.mentions.left_of(aux, floor, ctx.venue_spans)
    if spk is not None and spk.first_tok > 0 and toks[spk.first_tok - 1].lower in ctx.doc.lang.fronting_preps:
        spk = None
    spk = spk or ctx.mentions.right_of(aux, min(participle, aux + 8))
    return spk if spk is not None and spk.person is True else None


def _trim_tail(ctx: Context, d: Draft) -> int | None:
    """End the last fragment where the speaker's own clause resumes, as annotators do: a
    participle frame (", noting that …": its own statement, same speaker) or a coordinated verb
    of the speaker ("… and warned …"). Returns the participle's token index, if that is the cut."""
    doc = ctx.doc
    if not doc.lang.participle_tails or not d.content or d.rule.startswith("according"):
        return None
    s, e = d.content[-1]
    toks = doc.tokens_in(s, e)
    text = doc.text
    cut = participle = None
    for k, t in enumerate(toks[1:-1], start=1):
        if doc.in_quote(t.start):
            continue
        prev, nxt = toks[k - 1], toks[k + 1]
        if t.text == "," and nxt.i in ctx.cues and nxt.lower.endswith("ing") and ctx.cues[nxt.i].cls != "source":
            cut, participle = t.start, nxt.i  # ", noting that …", ", adding …": the same speaker
        elif t.lower == "and" and nxt.i in ctx.cues and ctx.cues[nxt.i].cls != "source" and prev.text != "," \
                and (nxt.lower.endswith("ed") or nxt.lower in _EN_PAST_CUES):
            cut = t.start  # "said the plan failed and warned that …"
        if cut is not None:
            break
    if cut is None:
        return None
    while cut > s and (text[cut - 1].isspace() or text[cut - 1] in ",;—–-"):
        cut -= 1
    if cut - s < 10:
        return None
    d.content[-1] = (s, cut)
    return participle


#: irregular past tenses of cues ("said the plan failed and warned …"), beside the "-ed" ones
_EN_PAST_CUES = every_pack("past_cues")


def _held_claim(ctx: Context, k: int, content_tok: int):
    """The holder and cue of a claim named as the cue verb's object, its genitive right after it
    («опроверг заявления Зеленского о том, что …», «комментировать утверждения источников Reuters
    о том, что …»): the clause is the holder's claim, not the verb's subject's. None elsewhere."""
    toks, lang = ctx.doc.tokens, ctx.doc.lang
    if k + 1 >= content_tok or not toks[k].is_word or lang.noun_class(toks[k].text) != "source":
        return None
    m = ctx.mentions.by_first.get(k + 1)
    if m is None or m.kind not in ("name", "desc") or m.last_tok >= content_tok:
        return None
    t = toks[k]
    return m, Cue(k, k, "source", lang.lemma(t.text), ((t.start, t.end),))


def _has_quote(ctx: Context, d: Draft) -> bool:
    for q in ctx.doc.top_quotes:
        for s, e in d.content:
            if s <= q.start and q.end <= e + 1 and _words(ctx.doc.text[q.inner_start:q.inner_end]) > 0:
                return True
    return False


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _clause_end(ctx: Context, start_tok: int, sent_end: int, stop_at_comma: bool = False) -> int:
    """Character end of the content starting at token ``start_tok``: the sentence end, or the
    comma before a trailing frame / according-phrase."""
    doc = ctx.doc
    toks = doc.tokens
    text = doc.text
    end_tok = doc.tok_at(sent_end)
    k = start_tok
    while k < end_tok:
        t = toks[k]
        if t.text in (";",) and not doc.in_quote(t.start):
            break
        if t.lower in _COORD and k > start_tok and not doc.in_quote(t.start):
            nxt = k + 1
            while nxt < end_tok and toks[nxt].lower in doc.lang.fillers:
                nxt += 1
            if nxt in ctx.cues:
                break
        if t.text in (",", "—", "–") and not doc.in_quote(t.start):
            if stop_at_comma:
                break
            nxt = k + 1
            while nxt < end_tok and toks[nxt].text in ("—", "–", ","):
                nxt += 1
            if any(a.first == nxt for a in ctx.according):
                break
            if nxt in ctx.cues:
                break
            m = ctx.mentions.by_first.get(nxt)
            if m is not None:
                j = m.last_tok + 1
                while j < end_tok and toks[j].lower in doc.lang.fillers:
                    j += 1
                if j in ctx.cues:
                    break
        k += 1
    if k >= end_tok:
        e = sent_end
    else:
        e = toks[k].start
    while e > toks[start_tok].start and (text[e - 1].isspace() or text[e - 1] in ".,;:—–-"):
        e -= 1
    return e


def _span_ok(ctx: Context, s: int, e: int) -> bool:
    return e - s >= 3 and _words(ctx.doc.text[s:e]) >= 2


def _from_cue(ctx: Context, cue: Cue) -> Draft | None:
    doc = ctx.doc
    toks = doc.tokens
    text = doc.text
    lang = doc.lang
    t = toks[cue.first]
    sent_start, sent_end = doc.sentence_bounds(t.start)
    end_tok = doc.tok_at(sent_end)
    floor = doc.tok_at(sent_start)
    m = ctx.mentions
    vg = ctx.verb_gender(cue)
    # speaker: before the cue, or right after it (inverted)
    aux = perfect_auxiliary(doc, cue.first)
    # "Macron hat … angekündigt": the perfect's subject stands by its auxiliary
    spk = m.left_of(cue.first, floor, ctx.venue_spans) if aux is None else _perfect_subject(ctx, aux, cue.first, floor)
    inverted = False
    pointer = _pointer_opening(ctx, floor, cue.first)
    if spk is not None and spk.first_tok > 0 and toks[spk.first_tok - 1].lower in lang.fronting_preps:
        spk = None  # "Am Montag teilte …": a fronted adverbial, the subject follows the verb
    if spk is not None and lang.declines and spk.kind == "name" and spk.person and spk.first_tok > floor \
            and lang.is_oblique(toks[spk.first_tok].text):
        # «Армстронг во время интервью с … Опрой Уинфри признался»: a name in a case form is an object, the
        # sentence's subject before it speaks
        alt = m.subject_of_sentence(t.sent, floor, spk.first_tok, ctx.venue_spans)
        if alt is not None and alt.person and alt.last_tok < spk.first_tok \
                and not lang.is_oblique(toks[alt.last_tok].text):
            spk = alt
    if spk is None:
        spk = _apposed_subject(ctx, cue.first, floor)
    if spk is None and lang.fronting_preps:
        spk = m.right_of(cue.first, max(cue.last, min(end_tok, cue.first + 4)))
    if spk is None:
        r = m.right_of(cue.last, end_tok)
        if r is None and lang.has_morphology and cue.first > floor and toks[cue.first - 1].text in ",—–":
            from .direct import slavic_np_after

            r = slavic_np_after(ctx, cue.last + 1, end_tok)  # "…, припустив омбудсман."
        if r is None and not lang.has_morphology and (lang.free_inversion and _after_comma(ctx, cue.first, floor)
                                                      or pointer):
            from .direct import _np_after

            r = _np_after(ctx, cue.last + 1, end_tok)  # "…, a affirmé lundi le président français"
        if r is not None and (lang.free_inversion or cue.first == floor or toks[cue.first - 1].text in ",—–\"”’'"
                              or pointer):  # "Lo ha affermato il presidente francese"
            spk, inverted = apposed_name(m, r, end_tok), True
    relative = cue.first > 0 and toks[cue.first - 1].lower in _CUE_RELATIVES and cue.first - 2 >= 0 \
        and toks[cue.first - 2].text == ","
    k = (spk.last_tok + 1) if inverted and spk is not None else cue.last + 1
    content_tok = None
    rule = ""
    # complementiser or colon within a short window
    j = k
    while j < end_tok and j - k <= 10:
        tj = toks[j]
        if doc.in_quote(tj.start) and tj.text not in "«“„\"'‘":
            break
        elided = lang.elided_complementisers and j + 1 < end_tok and toks[j + 1].text in "'’" \
            and toks[j + 1].start == tj.end and lang.is_complementiser(tj.text + "'")  # qu'"il n'y a …"
        if (elided or lang.is_complementiser(tj.text)) and (not lang.comma_before_complementiser
                                                           or (j > 0 and toks[j - 1].text == ",")) \
                and not (j > k and toks[j - 1].lower in lang.word_list("comparatives")):  # "mayor que …": a comparison
            content_tok, rule = j, "that"  # annotators include the complementiser in the content
            break
        if tj.lower in lang.about_that[0] and j + 3 < end_tok and toks[j + 1].lower in lang.about_that[1] \
                and toks[j + 3].lower in lang.complementisers:
            content_tok, rule = j + 3, "that"
            break
        if tj.text == ":":
            content_tok, rule = j + 1, "colon"
            break
        if lang.subjunctive_reports and tj.text == "," and j == k and (_konjunktiv_clause(ctx, j + 1, end_tok) or (
                j + 1 < end_tok and toks[j + 1].is_word and toks[j + 1].lower not in lang.word_list("not_clause_openers")
                and cue.cls in ("speech", "belief"))):
            content_tok, rule = j + 1, "that"  # "sagte, der Preis solle …": reported without dass
            break
        if tj.text in ".!?;":
            break
        if j in ctx.cues and j != cue.first:
            break
        j += 1
    if content_tok is None and k + 1 < end_tok and toks[k + 1].is_word \
            and toks[k].lower in lang.table("preposition_cues").get(cue.lemma, "").split():
        content_tok, rule = k + 1, "object"  # "admitted to doping", «признался в употреблении допинга»
    if content_tok is None and lang.bare_complements and k < end_tok:
        nt = toks[k]
        if nt.lower == "to" and (cue.lemma in lang.word_list("infinitive_cues") or cue.cls in ("belief", "attitude")):
            content_tok, rule = k, "infinitive"
        elif cue.lemma in lang.word_list("zero_that_cues") and (nt.lower in lang.word_list("subject_openers")
                                                               or (nt.text[:1].isupper() and nt.is_word)
                                             or nt.text[:1].isdigit()):
            if nt.lower not in ("that",) and end_tok - k >= 4:
                content_tok, rule = k, "zero-that"
        elif (cue.cls == "attitude" or cue.lemma in lang.word_list("object_cues")) and nt.is_word \
                and nt.lower not in _PREP_SKIP:
            content_tok, rule = k, "object"
        elif cue.lemma == "express" or " " in cue.lemma:
            content_tok, rule = k, "object"
    if content_tok is None and lang.determiners and not lang.bare_complements and spk is not None and k < end_tok \
            and cue.cls == "attitude" and toks[k].lower in lang.determiners:
        content_tok, rule = k, "object"  # "no descarta el envío de tropas", "n'a pas exclu la possibilité"
    if rule == "that" and lang.declines and (held := _held_claim(ctx, k, content_tok)) is not None:
        # «не стал комментировать утверждения источников Reuters о том, что …»: the genitive holder
        # speaks, as in an according-phrase
        spk, cue = held
        vg, rule = None, "held-claim"
    if lang.has_morphology and cue.lemma in _SLAVIC_NAMING and _relative_before(ctx, cue.first, floor):
        return None  # "які військові називають «тихою війною»": a term in use, not someone's statement
    if content_tok is None and lang.has_morphology and k < end_tok and (
            cue.cls == "attitude" and (toks[k].is_word or toks[k].text in "«„“\"")
            or cue.lemma in lang.word_list("object_cues") and toks[k].is_word):
        content_tok, rule = k, "object"  # "назвал «глупостью»", "заперечив причетність …"
    if content_tok is None and lang.has_morphology and k < end_tok and spk is not None \
            and cue.cls in ("speech", "attitude", "belief"):
        content_tok, rule = _slavic_complement(ctx, cue, k, end_tok)
    if content_tok is None and spk is not None and cue.first > floor and (
            lang.has_morphology and cue.first > floor + 1 and toks[floor].lower in _BACK_PREPOSITIONS
            and toks[floor + 1].lower in _BACK_PRONOUNS
            or pointer):
        prev = _previous_sentence(ctx, floor)
        if prev is not None:  # "… . Об этом заявил Лукашенко." / "Про це заявив …"
            frame = (toks[floor].start, toks[min(end_tok, spk.last_tok + 1) - 1].end)
            spk = _named_subject_in(ctx, prev, spk) or _according_pronoun(ctx, prev, spk) or spk
            return _make(ctx, [prev], spk, cue, frame, vg, 0.75, "about-this")
    if content_tok is not None and content_tok < end_tok:
        s = toks[content_tok].start
        e = _clause_end(ctx, content_tok, sent_end, stop_at_comma=relative or (
            rule == "object" and bool(lang.determiners) and not lang.bare_complements))
        if rule == "zero-that" and e - s < 15:
            return None
        quoted = doc.quote_at(s) is not None and doc.quote_at(s).start == s
        if not _span_ok(ctx, s, e) and not (quoted and rule == "object" and _words(text[s:e]) >= 1):
            return None  # one quoted word is enough for a naming cue ("назвал «глупостью»")
        if spk is None and rule in ("zero-that", "object", "infinitive"):
            return None
        frame = (toks[floor].start, s)
        return _make(ctx, [(s, e)], spk, cue, frame, vg, 0.85 if rule in ("that", "colon", "held-claim")
                     else 0.6, rule)
    if content_tok is None and lang.verb_final and spk is None:
        d = _verb_final(ctx, cue, floor, end_tok, vg)
        if d is not None:
            return d
    # trailing frame: "The plan failed, he said." / "…, — заявил Лукашенко."
    frame_last = max(cue.last, spk.last_tok) if spk is not None else cue.last
    rest = [x for x in toks[frame_last + 1:end_tok] if x.is_word]
    tail_ok = len(rest) <= 4 or (frame_last + 1 < end_tok and toks[frame_last + 1].text == ",") \
        or lang.dash_frames and cue.first > floor and toks[cue.first - 1].text in ("—", "–", "-") \
        or _venue_tail(ctx, frame_last + 1, end_tok)
    dropped = spk is None and lang.pro_drop and not rest  # "…, dodał." / "… – podsumowała."
    if (spk is not None or dropped) and cue.first > floor and tail_ok \
            and (cue.cls == "speech" or cue.cls == "belief" and not rest):
        first_frame_tok = min(cue.first, spk.first_tok) if spk is not None else cue.first
        before = first_frame_tok - 1
        while before > floor and toks[before].lower in lang.fillers and toks[before].is_word:
            before -= 1  # "…, a affirmé Emmanuel Macron": an auxiliary before the cue
        first_frame_tok = before + 1
        while before >= floor and toks[before].text in ("—", "–", "-"):
            before -= 1
        if before >= floor and toks[before].text != "," and before < first_frame_tok - 1 and lang.dash_frames:
            before += 1  # "… wykluczyć – powiedział Macron": the dash alone ends the words
        if before >= floor and toks[before].text in (",", "—", "–", "-") and not doc.in_quote(toks[before].start):
            s = toks[floor].start
            while s < toks[before].start and text[s] in "—–- \t\"“«„":
                s += 1
            if lang.dash_frames and toks[before].text in ("—", "–", "-"):
                s = _dash_opening(ctx, s)
            comma_dash = lang.comma_dash_direct and toks[before].text == "," \
                and toks[before + 1].text in ("—", "–", "-") and toks[before + 1].start < toks[first_frame_tok].start \
                and text[toks[before].start - 1] not in _MARKS  # «…игроков", - заявил»: a quote opened elsewhere
            if comma_dash:
                s = speech_opening(ctx, s)
            e = toks[before].start
            while e > s and text[e - 1].isspace():
                e -= 1
            after_frame = _after_frame(ctx, frame_last + 1, end_tok)
            content = [(s, e)]
            if after_frame is not None:
                content.append((after_frame, _clause_end(ctx, doc.tok_at(after_frame), sent_end)))
            if all(_span_ok(ctx, a, b) for a, b in content) and not doc.in_quote(s):
                frame = (toks[first_frame_tok].start, toks[frame_last].end)
                dashed = lang.dash_frames and toks[before].text in ("—", "–", "-") or comma_dash
                return _make(ctx, content, spk, cue, frame, vg, 0.7, "dash-frame" if dashed else "trailing-frame")
    if lang.subjunctive_reports and spk is not None and cue.cls in _DE_SENTENCE_CLASSES:
        # a perfect's content starts after its frame ("Macron hat | den Einsatz … ausgeschlossen.")
        start = toks[max(aux, spk.last_tok) + 1].start if aux is not None else sent_start
        return _german_sentence(ctx, cue, spk, start, sent_end, vg)
    return None


_DE_SENTENCE_CLASSES = frozenset({"speech", "attitude"})


_DASH_OPEN = re.compile(r"(?:^|(?<=[.!?…])\s+)[—–-]\s+(?=\w)")


def _dash_opening(ctx: Context, s: int) -> int:
    """Where dash-introduced speech begins ("- A. B. C - powiedział X."): a dash opening a
    sentence earlier in the same paragraph, with no quotation mark or frame between; else ``s``."""
    doc = ctx.doc
    text = doc.text
    ps, _ = doc.paragraphs[doc.para_of(s)]
    chunk = text[ps:s]
    last = None
    for m in _DASH_OPEN.finditer(chunk):
        last = m
    if last is None or len(re.findall(r"[.!?…](?=\s)", chunk[last.end():])) > 4 \
            or any(c in chunk[last.end():] for c in "“”„«»\""):
        return s
    a, b = doc.tok_at(ps + last.end()), doc.tok_at(s)
    if any(k in ctx.cues and doc.tokens[k - 1].text in (",", "—", "–", "-") for k in range(a + 1, b)):
        return s  # another frame ("…, dodał") between: its words are not this speaker's
    return ps + last.end()


def speech_opening(ctx: Context, s: int, paragraphs: int = 3) -> int:
    """Where unmarked direct speech that ends at a frame begins («…, — заявил он.», "…,⏎– сказав
    він."): the start of its paragraph when nothing there is quoted or framed, then back over up
    to ``paragraphs`` - 1 earlier paragraphs that end a sentence, quote nothing and hold no cue;
    a dialogue line («- Самая сложная задача …») is taken without its dash and ends the walk."""
    doc = ctx.doc
    text = doc.text
    k = doc.para_of(s)
    ps, _ = doc.paragraphs[k]
    if ps > s or ps < s and not _unmarked(ctx, ps, s):
        return s
    start = ps
    while k > 0 and paragraphs > 1:
        qs, qe = doc.paragraphs[k - 1]
        dash = _DASH_LINE.match(text, qs, qe)
        if text[qe - 1] not in ".!…" or not _unmarked(ctx, qs, qe, cues=not dash):
            break
        start = dash.end() if dash else qs
        if dash:
            break
        k -= 1
        paragraphs -= 1
    return start


_DASH_LINE = re.compile(r"[ \t]*[—–-]\s+")
_MARKS = frozenset("“”„«»\"")


def _unmarked(ctx: Context, a: int, b: int, cues: bool = True) -> bool:
    """No quotation mark or question in ``text[a:b]``, nor (``cues``) an attribution of its own."""
    doc = ctx.doc
    chunk = doc.text[a:b]
    if any(c in _MARKS for c in chunk) or "?" in chunk:
        return False
    return not cues or not attributed(ctx, a, b)


def attributed(ctx: Context, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` reports someone: a cue and a named person, third-person pronoun,
    description or body («Він зазначив, що …», "Ігнат наголосив"); a cue alone («Як би ворог
    не хотів») is the speaker's own word."""
    doc = ctx.doc
    lo, hi = doc.tok_at(a), doc.tok_at(b)
    if not any(k in ctx.cues for k in range(lo, hi)):
        return False
    m = ctx.mentions.first_starting_in(a, b)
    while m is not None and m.start < b:
        if m.kind != "pronoun" or m.text.lower() not in doc.lang.narrators and m.number == "sg" \
                and m.gender in ("m", "f"):
            if m.kind != "name" or m.person is not False:
                return True
        m = ctx.mentions.first_starting_in(m.start + 1, b)
    return False


def _apposed_subject(ctx: Context, i: int, floor: int):
    """"El presidente francés, Emmanuel Macron, no descarta …": a name set off by commas
    right before the cue (fillers between) is the subject."""
    toks = ctx.doc.tokens
    j = i - 1
    while j > floor and toks[j].lower in ctx.doc.lang.fillers and toks[j].is_word:
        j -= 1
    if j <= floor or toks[j].text != ",":
        return None
    m = ctx.mentions.by_last.get(j - 1)
    if m is None or m.kind != "name" or m.person is False or m.first_tok - 1 <= floor \
            or toks[m.first_tok - 1].text != ",":
        return None
    return m


def _after_comma(ctx: Context, i: int, floor: int) -> bool:
    """Whether token ``i`` (a cue) opens a clause after a comma or dash, fillers skipped."""
    toks = ctx.doc.tokens
    j = i - 1
    while j > floor and toks[j].lower in ctx.doc.lang.fillers and toks[j].is_word:
        j -= 1
    return j >= floor and toks[j].text in (",", "—", "–")


def _verb_final(ctx: Context, cue: Cue, floor: int, end_tok: int, vg) -> Draft | None:
    """A verb-last sentence ("Orbán, barışın önemli olduğunu söyledi."): the cue closes the
    sentence, the subject opens it before a comma, and what lies between is the content."""
    doc = ctx.doc
    toks = doc.tokens
    if any(x.is_word for x in toks[cue.last + 1:end_tok]) or cue.cls == "source":
        return None
    a = floor
    while a < cue.first and not toks[a].is_word:
        a += 1
    spk = ctx.mentions.by_first.get(a)
    s_tok = a
    if spk is not None and spk.last_tok + 1 < cue.first and toks[spk.last_tok + 1].text == ",":
        s_tok = spk.last_tok + 2
    elif spk is not None:
        spk = None
    e_tok = cue.first - 1
    while e_tok > s_tok and (toks[e_tok].lower in doc.lang.fillers or not toks[e_tok].is_word
                             and toks[e_tok].text not in "”\"»’"):
        e_tok -= 1
    if e_tok <= s_tok:
        return None
    s, e = toks[s_tok].start, toks[e_tok].end
    if not _span_ok(ctx, s, e) or _words(doc.text[s:e]) < 3:
        return None
    frame = (toks[cue.first].start, toks[cue.last].end)
    return _make(ctx, [(s, e)], spk, cue, frame, vg, 0.7, "verb-final")


def _german_sentence(ctx: Context, cue: Cue, spk, sent_start: int, sent_end: int, vg) -> Draft | None:
    """German speech reported as a whole sentence ("Außerdem forderte er ein Lösegeld.",
    "Kritiker fürchten Interessenskonflikte."): a cue with a subject and a noun-phrase object
    and no clause; German annotators mark the sentence, its full stop included."""
    doc = ctx.doc
    text = doc.text
    s, e = sent_start, sent_end
    while s < e and (text[s].isspace() or text[s] in "—–-"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if doc.in_quote(s) or any(q.start < e and s < q.end for q in doc.top_quotes) or e - s > 300:
        return None
    if _words(text[s:e]) < 4 or text[e - 1:e] not in ".!":
        return None
    return _make(ctx, [(s, e)], spk, cue, (s, e), vg, 0.5, "sentence-de")


#: verbs of naming: "which the military call «a quiet war»" is a term in use, not a statement
_SLAVIC_NAMING = every_pack("naming_verbs")
#: relative and comparative words that open a clause («которые», «як»)
_SLAVIC_RELATIVE = every_pack("clause_relatives")


def _relative_before(ctx: Context, i: int, floor: int) -> bool:
    """Whether a relative or comparative word opens the clause of token ``i`` within 3 words."""
    toks = ctx.doc.tokens
    for j in range(i - 1, max(floor, i - 4) - 1, -1):
        if toks[j].text in ",.;:":
            break
        if toks[j].lower in _SLAVIC_RELATIVE:
            return True
    return False


_SLAVIC_ABOUT = every_pack("about_prepositions")


def _slavic_complement(ctx: Context, cue: Cue, k: int, end_tok: int) -> tuple[int | None, str]:
    """Russian/Ukrainian reported content without что/що (PEERS §2.4, lexical): a про/о phrase
    ("повідомив про 143 бойові зіткнення"), an infinitive ("пообещал провести", "пригрозила
    заблокувати") or an object with an infinitive ("закликав мешканців не ігнорувати …")."""
    toks = ctx.doc.tokens
    lang = ctx.doc.lang
    t = toks[k]
    if t.lower in _SLAVIC_ABOUT and k + 1 < end_tok and toks[k + 1].is_word and cue.cls == "speech":
        return k, "about"
    def infinitive(word: str) -> bool:
        return any(p.tag.POS == "INFN" or "infn" in p.tag.grammemes for p in lang._parse(word)[:2])

    for i in range(k, min(end_tok, k + 4)):
        x = toks[i]
        if x.text in "«„“\"" and i > k:
            j = i + 2 if i + 2 < end_tok and toks[i + 1].lower in ("не", "ні") else i + 1
            if j < end_tok and toks[j].is_word and infinitive(toks[j].text):
                return k, "infinitive"  # "закликав європейців «виготовляти більше»": the infinitive quoted
        if not x.is_word or ctx.doc.in_quote(x.start):
            break
        if x.lower in ("не", "ні"):
            continue
        if infinitive(x.text):
            return k, "infinitive"
        if i > k and not any(p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF") and p.tag.case in ("accs", "datv", "gent")
                             for p in lang._parse(x.text)[:3]):
            break
        if i == k and not any(p.tag.POS in ("NOUN", "NPRO", "ADJF") for p in lang._parse(x.text)[:3]):
            break
    return None, ""


def _named_subject_in(ctx: Context, span: tuple[int, int], spk):
    """The person a pronoun in "Про це він заявив" refers to, when the sentence it points back to
    names them as its subject ("Президент Володимир Зеленський передбачає, що …"): annotators give
    that subject as the speaker. None when the pointer's subject is no pronoun or disagrees."""
    if spk.kind != "pronoun":
        return None
    from .speaker import is_subject_form

    doc = ctx.doc
    a, b = doc.tok_at(span[0]), doc.tok_at(span[1])
    cand = ctx.mentions.subject_of_sentence(doc.tokens[a].sent, a, b, ctx.venue_spans)
    if cand is None or cand.kind != "name" or not cand.person or doc.in_quote(cand.start) \
            or not is_subject_form(doc.lang, doc, cand):
        return None
    if spk.gender in ("m", "f") and cand.gender in ("m", "f") and cand.gender != spk.gender:
        return None
    return cand


def _according_pronoun(ctx: Context, span: tuple[int, int], spk):
    """The pronoun of an according-phrase that opens the sentence "Об этом он заявил" points back
    to («По его словам, речь шла …»): that sentence's own attribution, as annotators mark it."""
    if spk.kind != "pronoun":
        return None
    toks, a = ctx.doc.tokens, ctx.doc.tok_at(span[0])
    for phrase, kind in ctx.doc.lang.according:
        seq = toks[a:a + len(phrase)]
        if kind != "prep" or "*" not in phrase or len(seq) < len(phrase) \
                or any(p != "*" and p != t.lower for p, t in zip(phrase, seq)):
            continue
        i = a + phrase.index("*")
        g = _possessive(ctx.doc.lang, toks[i].lower)
        if g is not None and g[1] == spk.number and (g[0] is None or spk.gender is None or g[0] == spk.gender):
            from .speaker import Mention

            return Mention(toks[i].start, toks[i].end, toks[i].text, "pronoun", None, g[0], True, g[1], i, i)
    return None


def _previous_sentence(ctx: Context, floor: int) -> tuple[int, int] | None:
    """The sentence before token ``floor`` in its paragraph, trimmed; at a paragraph start, the
    short paragraph before; else None."""
    doc = ctx.doc
    if floor == 0:
        return None
    prev_tok = doc.tokens[floor - 1]
    s0, s1 = doc.sentence_bounds(prev_tok.start)
    text = doc.text
    if doc.para_of(s0) != doc.para_of(doc.tokens[floor].start):
        # «Про це повідомив …» opening a paragraph: the paragraph before is what was said, when
        # it is a short plain one (no quotation, no more than three sentences)
        pi = doc.para_of(doc.tokens[floor].start)
        if pi == 0 or text[doc.paragraphs[pi][0]:doc.tokens[floor].start].strip():
            return None
        s0, s1 = doc.paragraphs[pi - 1]
        a, b = doc.tok_at(s0), doc.tok_at(s1)
        if any(q.start < s1 and q.end > s0 for q in doc.top_quotes) or b <= a \
                or doc.tokens[b - 1].sent - doc.tokens[a].sent > 2 or text[s0:s1].rstrip()[-1:] not in ".!?…":
            return None
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    while s1 > s0 and (text[s1 - 1].isspace() or text[s1 - 1] in ".!?…"):
        s1 -= 1
    if _words(text[s0:s1]) < 3:
        return None
    return s0, s1


def _konjunktiv_clause(ctx: Context, a: int, end_tok: int) -> bool:
    from .german import _K1

    return any(ctx.doc.tokens[i].lower in _K1 for i in range(a, min(end_tok, a + 12)))


def _pointer_opening(ctx: Context, floor: int, cue_tok: int) -> bool:
    """Whether the sentence opens with one of the pack's pointers back to the sentence before
    (``pointers.txt``: Italian "Lo ha affermato il presidente …"), only fillers between it and
    the cue."""
    doc = ctx.doc
    toks = doc.tokens
    for words in doc.lang.word_list("pointers"):
        ws = words.split()
        j = floor + len(ws)
        if j > cue_tok or [t.lower for t in toks[floor:j]] != ws:
            continue
        while j < cue_tok and toks[j].lower in doc.lang.fillers:
            j += 1
        if j == cue_tok:
            return True
    return False


def _venue_tail(ctx: Context, k: int, end_tok: int) -> bool:
    """Whether the words after a trailing frame are where it was said ("…, заявил Орбан на
    пресс-конференции по итогам переговоров …"): a venue opens them, and no cue or quotation
    follows in the sentence."""
    doc = ctx.doc
    if k >= end_tok or not any(a <= doc.tokens[k].start < b for a, b in ctx.venue_spans):
        return False
    return not any(j in ctx.cues or doc.in_quote(doc.tokens[j].start) for j in range(k, end_tok))


def _after_frame(ctx: Context, k: int, end_tok: int) -> int | None:
    """Start of the content resuming after a mid-sentence frame ("The plan, he said, failed")."""
    toks = ctx.doc.tokens
    while k < end_tok and toks[k].lower in ctx.doc.lang.fillers:
        k += 1
    if k + 1 < end_tok and toks[k].text == "," and toks[k + 1].is_word:
        return toks[k + 1].start
    return None


def _according(ctx: Context, acc: According) -> Draft | None:
    d = _according_draft(ctx, acc)
    if d is not None and not d.cues and ctx.doc.lang.has_morphology and acc.kind == "prep":
        toks = ctx.doc.tokens
        d.cues = [(toks[acc.first].start, toks[acc.last].end)]  # "за словами", "по его словам"
    return d


def _possessive(lang, word: str) -> tuple[str | None, str] | None:
    """(gender or None, number) of a possessive pronoun that names a source («по его словам»), from
    the pack's ``possessives.txt``; None for any other word."""
    g = lang.table("possessives").get(word)
    if g is None:
        return None
    gender, number = g.split()
    return None if gender == "-" else gender, number


def _slavic_source(ctx: Context, acc: According, src: int, stop: int):
    """The source of "по словам X" / "за даними X" as annotators mark it: a possessive in the
    phrase ("по его словам": a pronoun, resolved later) or the whole genitive phrase up to the
    comma ("за словами речника Сил оборони півдня Владислава Волошина"), named by the person
    inside it when there is one."""
    from .speaker import Mention

    doc = ctx.doc
    toks = doc.tokens
    text = doc.text
    for i in range(acc.first + 1, acc.last):
        g = _possessive(ctx.doc.lang, toks[i].lower)
        if g is not None:
            t = toks[i]
            return Mention(t.start, t.end, t.text, "pronoun", None, g[0], True, g[1], i, i)
    if stop <= src or stop - src > 10 or not toks[src].is_word:
        return None
    a, b = toks[src].start, toks[stop - 1].end
    names = [mm for mm in ctx.mentions.items if a <= mm.start and mm.end <= b and mm.kind == "name"]
    people = [mm for mm in names if mm.person]
    inner = (people or names or [None])[-1]
    if inner is not None:
        return replace(inner, start=a, end=b, text=text[a:b], first_tok=src, last_tok=stop - 1)
    person = doc.lang.lemma(toks[src].text) in doc.lang.role_nouns  # "речника …", not "издания"
    kind = "desc" if person else "org"
    return Mention(a, b, text[a:b], kind, None, None, person, "sg", src, stop - 1)


def _according_draft(ctx: Context, acc: According) -> Draft | None:
    doc = ctx.doc
    toks = doc.tokens
    text = doc.text
    t = toks[acc.first]
    sent_start, sent_end = doc.sentence_bounds(t.start)
    floor, end_tok = doc.tok_at(sent_start), doc.tok_at(sent_end)
    m = ctx.mentions
    if acc.kind == "post":
        spk = m.by_last.get(acc.first - 1)
        src_first = spk.first_tok if spk else acc.first
        k = acc.last + 1
        if k < end_tok and toks[k].text == ",":
            k += 1
        s = toks[k].start if k < end_tok else None
        if s is None:
            return None
        e = _clause_end(ctx, k, sent_end)
        frame = (toks[src_first].start, toks[acc.last].end)
        return _make(ctx, [(s, e)], spk, None, frame, None, 0.8, "according-post") if _span_ok(ctx, s, e) else None
    src = acc.last + 1
    if acc.kind == "clause" and acc.cue_tok is not None:
        src = acc.cue_tok + 1
    spk = m.by_first.get(src)
    if spk is None:
        k = src
        while k < end_tok and (toks[k].lower in doc.lang.fillers or toks[k].lower in doc.lang.determiners):
            k += 1  # "según el presidente"
        spk = m.by_first.get(k)
    cue = ctx.cues.get(acc.cue_tok) if acc.cue_tok is not None else None
    vg = ctx.verb_gender(cue)
    if doc.lang.subjunctive_reports and acc.kind == "prep":
        d = _german_according(ctx, acc, spk, floor, end_tok, sent_end)
        if d is not None:
            return d
    # the source phrase runs to the next comma
    k = src
    while k < end_tok and toks[k].text not in (",", ":", "—"):
        k += 1
    if doc.lang.has_morphology and acc.kind == "prep":
        spk = _slavic_source(ctx, acc, src, k) or spk
    if acc.first > floor and _prefix_is_content(ctx, floor, acc.first):
        # "…, according to X." — content before the phrase; "…, according to X, …" — around it
        c0 = floor
        if k < end_tok - 2 and toks[k].text == ",":
            for b in range(acc.first - 2, floor - 1, -1):
                if toks[b].text == "," or toks[b].lower in doc.lang.complementisers:
                    c0 = b + 1
                    break
            s = toks[c0].start
            e = toks[acc.first - 1].start
            e2 = _clause_end(ctx, k + 1, sent_end)
            frame = (toks[acc.first].start, toks[k].end)
            if e > s and _span_ok(ctx, toks[k + 1].start, e2):
                return _make(ctx, [(s, e), (toks[k + 1].start, e2)], spk, cue, frame, vg, 0.75, "according-mid")
        s = toks[c0].start
        e = toks[acc.first - 1].start if toks[acc.first - 1].text == "," else toks[acc.first].start
        while e > s and text[e - 1].isspace():
            e -= 1
        frame = (toks[acc.first].start, toks[min(k, end_tok) - 1].end)
        if _span_ok(ctx, s, e) and not (doc.in_quote(s) and doc.quote_at(s).end >= e):
            return _make(ctx, [(s, e)], spk, cue, frame, vg, 0.8, "according-after")
        return None
    if k >= end_tok and spk is not None and spk.kind == "name" and spk.first_tok <= src + 1 \
            and spk.last_tok + 2 < end_tok and toks[spk.last_tok + 1].is_word:
        k = spk.last_tok  # "По думите на Денков ротацията ще е успешна": no comma after the source
    if k >= end_tok:
        return None
    s_tok = k + 1
    if s_tok >= end_tok:
        return None
    s = toks[s_tok].start
    q = doc.quote_at(s)
    if q is not None and q.start == s and q.end >= sent_end - 2:
        return None  # a direct quote after the phrase: the direct pass owns it
    e = _clause_end(ctx, s_tok, sent_end)
    frame = (toks[acc.first].start, toks[k].start)
    return _make(ctx, [(s, e)], spk, cue, frame, vg, 0.8, "according") if _span_ok(ctx, s, e) else None


#: lower-case words inside a German noun phrase (articles, possessives, "von"), from ``np_words.txt``
_DE_NP_LOWER = every_pack("np_words")
#: endings of a declined word before the noun of such a phrase ("der russischen Regierung"), ``np_endings.txt``
_DE_NP_ENDINGS = tuple(every_pack("np_endings"))


def _german_according(ctx: Context, acc, spk, floor: int, end_tok: int, sent_end: int) -> Draft | None:
    """"Laut X erfolgte …", "Nach Angaben der Polizei kamen sie …", "… haben nach eigenen Angaben
    …": German puts the finite verb right after the source, with no comma. The source is a
    noun phrase (articles, adjectives, capitalised nouns); the content is the rest of the
    sentence, and the words before the phrase when it stands inside the clause."""
    from .speaker import Mention

    doc = ctx.doc
    toks = doc.tokens
    text = doc.text
    k = acc.last + 1
    last_noun = None
    while k < end_tok and k - acc.last <= 10:
        t = toks[k]
        if not t.is_word:
            if t.text in ("(", ")", "-", "–") or t.text == "," and last_noun is None:
                k += 1
                continue
            break
        if t.text[:1].isupper() or t.text[:1].isdigit():
            last_noun = k
        elif t.lower in _DE_NP_LOWER or t.lower.endswith(_DE_NP_ENDINGS) and k + 1 < end_tok \
                and toks[k + 1].text[:1].isupper() and toks[k + 1].is_word:
            pass
        else:
            break
        k += 1
    own = doc.tokens[acc.last - 1].lower == "eigenen"
    if last_noun is None and not own:
        if acc.last == acc.first:
            return None
        last_noun = acc.last  # "Nach Polizeiangaben kamen …": the phrase names its source
    if own:
        last_noun = acc.last  # "nach eigenen Angaben": the sentence's subject is the source
    after = last_noun + 1
    if after < end_tok and toks[after].text == ",":
        return None  # "Laut X, …": the comma rules handle it
    if after >= end_tok or not toks[after].is_word:
        return None
    if own:
        spk = ctx.mentions.subject_of_sentence(toks[floor].sent, floor, acc.first, ctx.venue_spans)
    else:
        # the source as annotators mark it: all after the preposition ("Angaben der Polizei")
        a, b = toks[acc.first + 1].start, toks[last_noun].end
        if spk is not None and a <= spk.start < b:
            spk = replace(spk, start=a, end=b, text=text[a:b])
        else:
            spk = Mention(a, b, text[a:b], "org", None, None, None, "sg", acc.first + 1, last_noun)
    content = []
    if acc.first > floor and not any(toks[i].text in (",", ":") for i in range(floor, acc.first)):
        s0 = toks[floor].start
        while s0 < toks[acc.first].start and (text[s0].isspace() or text[s0] in "—–-"):
            s0 += 1
        e0 = toks[acc.first - 1].end
        if e0 > s0:
            content.append((s0, e0))
    s = toks[after].start
    e = _clause_end(ctx, after, sent_end)
    if not _span_ok(ctx, s, e):
        return None
    content.append((s, e))
    frame = (toks[acc.first].start, toks[last_noun].end)
    d = _make(ctx, content, spk, None, frame, None, 0.75, "according-de")
    d.cues = [(toks[acc.first].start, toks[acc.first].end)]  # "laut", "nach"
    return d


def _prefix_is_content(ctx: Context, floor: int, first: int) -> bool:
    toks = ctx.doc.tokens
    return first - floor >= 3 and toks[first - 1].text == ","


def _make(ctx: Context, content, spk, cue, frame, vg, conf, rule) -> Draft:
    if spk is not None:
        ctx.mentions.mark_speaker(spk, vg)
    return Draft("indirect", list(content), spk, None, list(cue.spans) if cue else [], None, conf, frame, vg, rule)
