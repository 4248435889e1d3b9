"""German reported speech that has no cue of its own, and quoted words inside reported speech.

Reads: the analysed article and the drafts found so far (direct, reported).
Writes: nothing; returns further drafts.
Depends on: nothing beyond ``Context``.

* Konjunktiv I carries reported speech on without a cue: after "Der Sprecher sagte, …",
  the next sentence "Das Komitee habe immer versucht, …" is still his. Such a sentence, close
  after an attributed statement with no other statement between, is an indirect statement of
  the same speaker (the whole sentence, its full stop included, as German annotators mark it).
* Quoted words inside reported speech ("Sie gab an, dass ihre Mandantin „große Angst hatte“")
  are also the speaker's own words: each such quote is a direct statement too.
"""

from __future__ import annotations

import re

from ..lang import every_pack
from .draft import Context, Draft

#: unambiguous 3rd-person Konjunktiv I forms (indicative would be "ist", "hat", "kann", …): every pack's
#: ``konjunktiv.txt``
_K1 = every_pack("konjunktiv")
_NOT_K1_BEFORE = frozenset({"ich", "Ich"})
_WORD = re.compile(r"\w+")


def konjunktiv_continuations(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Cue-less Konjunktiv I sentences right after an attributed statement."""
    doc = ctx.doc
    text = doc.text
    covered = sorted((d.start, d.end) for d in drafts)
    out: list[Draft] = []
    by_end = sorted((d for d in drafts if d.speaker is not None), key=lambda d: d.end)
    for si, sent in enumerate(doc.sentences):
        s, e = sent.start, sent.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s < 10 or doc.in_quote(s) or any(a < e and s < b for a, b in covered):
            continue
        a, b = doc.tok_at(s), doc.tok_at(e)
        if any(k in ctx.cues for k in range(a, b)):
            continue  # a sentence with a cue of its own is reported through that cue
        words = _WORD.findall(text[s:e])
        if len(words) < 4 or not any(w in _K1 and (k == 0 or words[k - 1] not in _NOT_K1_BEFORE)
                                     for k, w in enumerate(words)):
            continue
        prev = None
        for d in by_end + out:
            if d.end <= s and (prev is None or d.end > prev.end):
                prev = d
        if prev is None or prev.speaker is None or si - doc.sent_of(prev.end) > 2:
            continue
        if doc.para_of(prev.end) != doc.para_of(s) and si - doc.sent_of(prev.end) > 1:
            continue
        out.append(Draft("indirect", [(s, e)], prev.speaker, prev.speaker_name, [], None, 0.55, None,
                         prev.verb_gender, "konjunktiv"))
    return out


def so_frames(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A sentence closed by "…, so <speaker>." (the language's ``so_frames``: "Eine russische
    Niederlage sei nötig …, so der französische Präsident") reports that speaker's words."""
    doc = ctx.doc
    text, toks = doc.text, doc.tokens
    covered = [(d.start, d.end) for d in drafts if d.type != "direct"]  # a quote in it stays direct too
    out: list[Draft] = []
    for sent in doc.sentences:
        s, e = sent.start, sent.end
        while s < e and text[s].isspace():
            s += 1
        if e - s < 20 or doc.in_quote(s) or doc.quote_at(s) is not None or any(a < e and s < b for a, b in covered):
            continue  # „…“, so Macron: the direct rule's
        a, b = doc.tok_at(s), doc.tok_at(e)
        for k in range(b - 2, a + 3, -1):
            if toks[k].lower in doc.lang.so_frames and toks[k - 1].text == "," and not doc.in_quote(toks[k].start):
                spk = ctx.mentions.right_of(k, b)
                rest = text[spk.end:e].strip() if spk is not None else "x"
                if spk is not None and rest in ("", ".", "!") and spk.kind in ("name", "desc", "pronoun"):
                    kind = "mixed" if any(s <= q.start and q.end <= toks[k - 1].start for q in doc.top_quotes) \
                        else "indirect"
                    out.append(Draft(kind, [(s, toks[k - 1].start)], spk, None, [], None, 0.7,
                                     (toks[k].start, spk.end), None, "so"))
                break
    return out


def embedded_quotes(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A direct statement for each quoted phrase inside a reported one (same speaker and cue)."""
    doc = ctx.doc
    out: list[Draft] = []
    direct = {(d.start, d.end) for d in drafts if d.type == "direct"}
    for d in drafts:
        if d.type != "mixed" or d.speaker is None:
            continue
        for q in doc.top_quotes:
            if (q.start, q.end) in direct or not any(a <= q.start and q.end <= b + 1 for a, b in d.content):
                continue
            if len(_WORD.findall(text_of(ctx, q))) < 1:
                continue
            out.append(Draft("direct", [(q.start, q.end)], d.speaker, d.speaker_name, list(d.cues), None,
                             0.6, d.frame, d.verb_gender, "embedded"))
    return out


def text_of(ctx: Context, q) -> str:
    return ctx.doc.text[q.inner_start:q.inner_end]
