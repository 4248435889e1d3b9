"""Reported speech from a dependency parse (English, spaCy backend).

Reads: the analysed article (``Context``): its cues outside quotes and their sentences.
Writes: nothing; returns a draft (or an explicit ``None``) per cue token of each parsed sentence.
Depends on: ``backends.parse_spans`` (en_core_web_sm tagger + parser, loaded once per process).

Cascade (PEERS §2.9): only sentences holding a cue not already used by a direct quote are
parsed, batched. The parse decides for those cues, and so also rejects the lexical rules'
false positives (adverbial clauses, relative "that", "wrote a letter"):

* ``ccomp`` of the cue → content, the clause subtree INCLUDING its complementiser, as
  annotators mark it ("said that …"); before the cue it is a trailing frame ("…, he said").
* cue as ``parataxis`` of the content's verb → the rest of that clause, in fragments
  ("The plan, he said, would fail").
* ``xcomp`` of belief/attitude/intent cues ("denied having …", "promised to …"); ``dobj`` of
  attitude and object cues ("denied the report"); ``prep``+``pobj`` of topic cues
  ("complained about …", "commented on …").
* speaker = ``nsubj``/``nsubjpass`` subtree without relative clauses or appositions, wherever
  it stands ("said Tim Hess, a developer"); a cue with no subject of its own (conjunct,
  participle "…, telling reporters that …", infinitive) takes its governing verb's subject.
"""

from __future__ import annotations

from dataclasses import replace

from ..lang import every_pack
from .cues import Cue
from .draft import Context, Draft
from .speaker import Mention

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_SPEAKER_DROP = frozenset({"relcl", "appos", "acl", "punct", "cc", "advcl"})
_VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "parataxis", "pcomp", "acl", "csubj"})
_VERB_KIDS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "ccomp", "dobj", "neg", "xcomp", "dative"})
_NOMINAL_DEPS = frozenset({"amod", "compound", "nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos"})
_PRONOUNS = every_pack("parse_pronouns")


def _verbish(t) -> bool:
    """Whether a token acts as a verb in the parse (the tagger is off, for speed)."""
    if t.dep_ in _NOMINAL_DEPS:
        return False
    return t.dep_ in _VERB_DEPS or any(c.dep_ in _VERB_KIDS for c in t.children)
_WH = every_pack("parse_relatives")
_INF_OK = every_pack("parse_infinitive_cues")
_OBJ_OK = every_pack("parse_object_cues")
_TOPIC_PREPS = every_pack("topic_prepositions")
_TOPIC_CUES = every_pack("topic_cues")


#: the parse shows that a cue frames nothing (a noun, a relative clause read as a complement)
REJECT = Draft("indirect", [(0, 0)], rule="parse-reject")


def parse_cues(ctx: Context, used: set[int]) -> dict[int, Draft | None]:
    """For each cue token index in a parsed sentence: its draft, ``REJECT`` when the parse shows
    it frames no reported content, or ``None`` when the parse found nothing either way."""
    from .backends import parse_spans

    doc = ctx.doc
    toks = doc.tokens
    spans: dict[tuple[int, int], list[int]] = {}
    for idx, cue in ctx.cues.items():
        if idx in used or cue.cls == "source":
            continue
        spans.setdefault(doc.sentence_bounds(toks[idx].start), []).append(idx)
    for acc in ctx.according:
        if toks[acc.first].lower == "according" and acc.kind == "prep":
            spans.setdefault(doc.sentence_bounds(toks[acc.first].start), []).append(acc.first)
    order = sorted(spans)
    out: dict[int, Draft | None] = {}
    for (s0, _), sdoc in zip(order, parse_spans(doc.text, order)):
        by_start = {s0 + t.idx: t for t in sdoc}
        for idx in spans[(s0, _)]:
            t = by_start.get(toks[idx].start)
            if idx not in ctx.cues:
                out[idx] = _according(ctx, t, s0) if t is not None else None
                continue
            cue = ctx.cues[idx]
            out[idx] = _draft(ctx, cue, t, s0) if t is not None else None
    return out


def _according(ctx: Context, t, s0: int) -> Draft | None:
    """"X …, according to Y": the clause "according" modifies, less the phrase; Y speaks."""
    if t.dep_ != "prep" or t.head is t:
        return None
    to = [c for c in t.children if c.lower_ == "to"]
    src = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
    head = t.head
    while head.dep_ in ("prep", "pobj", "amod", "npadvmod") and head.head is not head and head.head.i != head.i:
        head = head.head
    toks = _subtree_without(head, drop_tokens={x.i for x in t.subtree})
    toks = [x for x in toks if not (x.dep_ == "cc" and x.head is head) and x.dep_ != "mark"]
    frags = [(a, b) for a, b in (_widen(ctx, a, b) for a, b in _fragments(toks, s0)) if b - a >= 2]
    frags = [f for f in frags if len(ctx.doc.text[f[0]:f[1]].split()) >= 1]
    if not frags or sum(len(ctx.doc.text[a:b].split()) for a, b in frags) < 3:
        return None
    spk = _speaker(ctx, src[0], s0) if src else None
    lo, hi = s0 + t.idx, s0 + (to[0].idx + len(to[0].text) if to else t.idx + len(t.text))
    return Draft("indirect", frags, spk, None, [(lo, hi)], None, 0.8, (lo, hi), None, "parse-according")


def _span(tokens, s0: int) -> tuple[int, int]:
    a = min(t.idx for t in tokens)
    b = max(t.idx + len(t.text) for t in tokens)
    return s0 + a, s0 + b


def _subtree_without(head, drop_deps=frozenset(), drop_tokens=frozenset()):
    keep = []
    skip = set(drop_tokens)
    for c in head.children:
        if c.dep_ in drop_deps:
            skip.update(x.i for x in c.subtree)
    for x in head.subtree:
        if x.i not in skip:
            keep.append(x)
    return keep


def _subject(v):
    """The subject token of verb ``v`` or of the verb it hangs from (conjuncts, participles)."""
    seen = 0
    while v is not None and seen < 4:
        for c in v.children:
            if c.dep_ in _SUBJ:
                return c
        # "Yellen is likely to stress that …": an adjective complement leads to its verb's subject
        if v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acomp") and v.head is not v and _verbish(v.head):
            if v.dep_ == "advcl" and not v.lower_.endswith("ing"):
                return None
            if v.dep_ == "ccomp":
                return None
            v = v.head
            seen += 1
            continue
        h = v.head
        if v.dep_ == "acl" and h is not v and (v.lower_.endswith("ing") and h.dep_ in _SUBJ or h.dep_ == "ROOT"
                                              and not any(c.dep_ in _SUBJ for c in h.children)):
            # "Erin Brockovich, …, saying …", "Two analysts, …, found in 2014 that …" (the verb misread
            # as the noun's modifier): the subject or sentence noun the participle hangs from speaks
            return h
        return None
    return None


def _draft(ctx: Context, cue: Cue, t, s0: int) -> Draft | None:
    if not _verbish(t):
        return REJECT
    doc = ctx.doc
    lemma = cue.lemma.split()[0]
    content: list[tuple[int, int]] = []
    rule = ""
    ccomp = [c for c in t.children if c.dep_ == "ccomp" and c.i != t.i]
    if not ccomp:  # "Macron said defeating Russia is …": a gerund subject parsed as the cue's xcomp
        ccomp = [c for c in t.children if c.dep_ == "xcomp" and c.i == t.i + 1 and c.lower_.endswith("ing")
                 and any(k.dep_ == "ccomp" and k.i > c.i for k in c.children)]
    subj = [c for c in t.children if c.dep_ in _SUBJ]
    relative = bool(ccomp) and t.dep_ == "relcl" and t.left_edge.lower_ in _WH and bool(subj) \
        and subj[0].lower_ not in _WH
    if ccomp and not relative and ccomp[0].left_edge.lower_ in ("that", "which") \
            and ccomp[0].left_edge.dep_ != "mark":
        return REJECT  # "a coup … that would elevate X": a relative clause parsed as a complement
    if ccomp and t.dep_ == "relcl" and t.left_edge.lower_ in _WH and subj and subj[0].lower_ not in _WH \
            and ccomp[0].i > t.i:
        # "the vote, which she has said was a mistake": the whole relative clause is the content
        content = [_span(list(t.subtree), s0)]
        rule = "parse-relative"
    elif ccomp:
        c = ccomp[0]
        if c.i < t.i and _clause_follows(t):
            return None  # "In an interview aired Monday, he said Russia …": a misparse; rules decide
        content = [_span(list(c.subtree), s0)]
        rule = "parse-ccomp" if c.i > t.i else "parse-trailing"
    elif t.dep_ == "parataxis" and _verbish(t.head) and t.head.i > t.i - 40:
        toks = _subtree_without(t.head, drop_tokens={x.i for x in t.subtree})
        toks = [x for x in toks if not (x.dep_ == "punct" and x.head is t.head and x.i > t.head.i
                                        and x.i == max(y.i for y in toks))]
        content = _fragments(toks, s0)
        rule = "parse-parataxis"
    if not content and lemma in _NAMING:
        content = _naming(ctx, t, s0)
        rule = "parse-naming" if content else rule
    if not content:
        for c in t.children:
            if c.dep_ == "xcomp" and (lemma in _INF_OK or cue.cls in ("belief", "attitude")) and c.i > t.i:
                content = [_span(list(c.subtree), s0)]
                rule = "parse-xcomp"
                break
            if c.dep_ in ("dobj", "oprd", "attr", "xcomp", "prep") and c.i > t.i and _is_quote(ctx, c, s0):
                content = [_span(list(c.subtree), s0)]  # 'the report found "no evidence …"'
                rule = "parse-quoted"
                break
            if c.dep_ == "intj" and c.i > t.i and lemma == "say":
                content = [_span([c], s0)]  # "the candidate said no"
                rule = "parse-dobj"
                break
            if c.dep_ == "dobj" and c.i > t.i and (lemma in _OBJ_OK or cue.cls == "attitude" or " " in cue.lemma
                                                   or lemma == "say" or (lemma == "tell" and _told_thing(c))):
                content = [_span(list(c.subtree), s0)]
                rule = "parse-dobj"
                break
            if c.dep_ == "prep" and c.i > t.i and c.lower_ in _TOPIC_PREPS and lemma in _TOPIC_CUES:
                objs = [x for x in c.children if x.dep_ in ("pobj", "pcomp")]
                if objs:
                    content = [_span(list(objs[0].subtree), s0)]
                    rule = "parse-topic"
                    break
    if not content:
        if any(c.dep_ == "dobj" and c.i > t.i for c in t.children):
            return REJECT  # "wrote a letter congratulating …": a plain object, no reported clause
        return None
    content = [_widen(ctx, a, b) for a, b in content]
    content = [(a, b) for a, b in content if b - a >= 2]
    if not content or sum(len(doc.text[a:b].split()) for a, b in content) < 2:
        return None
    spk_tok = _subject(t)
    spk = _speaker(ctx, spk_tok, s0) if spk_tok is not None else _opening_phrase(ctx, t, s0)
    if spk is not None and rule != "parse-relative" and any(a <= spk.start < b for a, b in content):
        spk = None
    if spk is None and rule in ("parse-dobj", "parse-topic", "parse-xcomp", "parse-naming"):
        return None
    vg = ctx.verb_gender(cue)
    if spk is not None:
        ctx.mentions.mark_speaker(spk, vg)
    lo = min([a for a, _ in content] + [doc.tokens[cue.first].start] + ([spk.start] if spk else []))
    hi = max([b for _, b in content] + [doc.tokens[cue.last].end] + ([spk.end] if spk else []))
    conf = 0.85 if rule in ("parse-ccomp", "parse-trailing", "parse-parataxis") else 0.65
    return Draft("indirect", content, spk, None, list(cue.spans), None, conf, (lo, hi), vg, rule)


_OPENERS = every_pack("clause_openers")


def _opening_phrase(ctx: Context, t, s0: int) -> Mention | None:
    """The words that open the sentence before a main cue the parser left without a subject
    ("About 4 in 10 say …", "Republican activists clamoring to block Trump say …"): the phrase,
    when it is short, unpunctuated and no adverbial or clause opener, is the speaker."""
    if t.dep_ != "ROOT":
        return None
    toks = list(t.sent)[: t.i - t.sent.start]
    while toks and (toks[0].dep_ in ("cc", "punct") or toks[0].lower_ in ("but", "and", "yet")):
        toks = toks[1:]
    if not toks or len(toks) > 12 or toks[0].lower_ in _OPENERS or toks[0].lower_ in _PRONOUNS:
        return None
    if any(x.is_punct and x.text not in "-’'" or x.is_digit and len(toks) == 1 for x in toks):
        return None
    if not any(x.is_alpha and not x.is_stop or x.like_num for x in toks):
        return None
    a, b = _span(toks, s0)
    text = ctx.doc.text
    found = ctx.mentions.first_starting_in(a, b)
    if found is not None and found.kind == "name" and found.end == b:
        return replace(found, start=a, end=b, text=text[a:b])
    low = toks[-1].lower_
    number = "pl" if low.endswith("s") and not low.endswith(("ss", "us", "is")) or len(toks) > 1 and \
        toks[-2].lower_ == "in" else "sg"
    return Mention(a, b, text[a:b], "desc", None, None, True, number, 0, 0)


_NAMING = every_pack("naming_cues")


def _naming(ctx: Context, t, s0: int) -> list[tuple[int, int]]:
    """"calling him “a total stiff”", "described Mexican immigrants as rapists": the object
    and what it is called, as one span; "called for X" / "called on X to …" take the rest."""
    kids = [c for c in t.children if c.i > t.i]
    obj = [c for c in kids if c.dep_ == "dobj"]
    pred = [c for c in kids if c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "acomp")
            or (c.dep_ == "prep" and c.lower_ == "as")]
    if obj and pred:
        toks = list(obj[0].subtree) + [x for p in pred for x in p.subtree]
        return [_span(toks, s0)]
    if pred and not obj:
        return [_span(list(pred[0].subtree), s0)]  # "what Gilbert called “a perception problem”"
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("for", "on") and t.lemma_ in ("call", "") or (
                c.dep_ == "prep" and c.lower_ in ("for", "on") and t.lower_.startswith("call")):
            rest = [x for x in kids if x.i >= c.i and x.dep_ not in ("punct", "cc", "conj")]
            toks = [x for r in rest for x in r.subtree if x.i != c.i]
            if toks:
                return [_span(toks, s0)]
    return []


def _clause_follows(t) -> bool:
    """Whether words that could be a clause follow the cue directly (no comma, no end)."""
    if any(c.dep_ in _SUBJ and c.i > t.i for c in t.children):
        return False  # "…, said Tim Hess, a developer": the subject, not a clause
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    rest = [x for x in t.doc[t.i + 1:] if not x.is_punct]
    return nxt is not None and not nxt.is_punct and len(rest) >= 4 \
        and nxt.lower_ not in _NOT_CLAUSE_STARTS


#: words after a cue that open no reported clause ("said on Monday"): every pack's ``not_clause_starts``
_NOT_CLAUSE_STARTS = every_pack("not_clause_starts")


def _is_quote(ctx: Context, c, s0: int) -> bool:
    """Whether the subtree of ``c`` is one quotation, marks aside."""
    a, b = _span(list(c.subtree), s0)
    a, b = _widen(ctx, a, b)
    q = ctx.doc.quote_at(a)
    return q is not None and q.start == a and q.end >= b - 1 and b >= q.end - 1


_TOLD_DETERMINERS = every_pack("told_determiners")
#: audiences of a cue ("told reporters"): every pack's ``audiences``
_AUDIENCES = every_pack("audiences")


def _told_thing(obj) -> bool:
    """"told a joke", "tells the story of …" (what is told), not "told reporters" (to whom)."""
    return any(c.dep_ == "det" and c.lower_ in _TOLD_DETERMINERS for c in obj.children) \
        and obj.lower_ not in _AUDIENCES


def _fragments(tokens, s0: int) -> list[tuple[int, int]]:
    tokens = sorted(tokens, key=lambda x: x.i)
    out: list[list] = []
    for x in tokens:
        if out and x.i == out[-1][-1].i + 1:
            out[-1].append(x)
        else:
            out.append([x])
    frags = []
    for run in out:
        while run and run[0].is_punct and run[0].text not in "“\"‘'``":
            run = run[1:]
        while run and run[-1].is_punct and run[-1].text not in "”\"’'":
            run = run[:-1]
        if run:
            frags.append(_span(run, s0))
    return frags


def _widen(ctx: Context, a: int, b: int) -> tuple[int, int]:
    """Trim edge punctuation and take in a quotation mark the content opens or closes."""
    text = ctx.doc.text
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:—–-"):
        b -= 1
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    for q in ctx.doc.top_quotes:
        if q.start >= b:
            break
        if q.start < a <= q.inner_start:
            a = q.start
        if a <= q.start < b < q.end and q.end - b <= 3:
            b = q.end
    return a, b


def _speaker(ctx: Context, tok, s0: int) -> Mention | None:
    """The subject as a mention: its full span (no relative clause or apposition), with the
    article's mention inside it for the name, gender and resolution."""
    m = ctx.mentions
    head = tok
    toks = _subtree_without(tok, _SPEAKER_DROP)
    if tok.lower_ in _WH and tok.head.dep_ == "relcl":
        head = tok.head.head  # "Trump, who said that …": the relative pronoun speaks for its noun
    a, b = _span(toks, s0)
    text = ctx.doc.text
    while b > a and text[b - 1] in ",;:—–- ":
        b -= 1
    hpos = s0 + head.idx
    found = m.covering(hpos)  # binary searches: linear work on long articles
    if found is None and head is tok:
        found = m.first_starting_in(a, b)
    if found is not None:
        return replace(found, start=a, end=b, text=text[a:b])
    low = tok.lower_
    if low in ctx.doc.lang.pronouns:
        g, num = ctx.doc.lang.pronouns[low]
        return Mention(a, b, text[a:b], "pronoun", None, g, True, num, 0, 0)
    if low in _PRONOUNS:
        return Mention(a, b, text[a:b], "pronoun", None, None, None, "pl", 0, 0)
    kind = "org" if tok.text[:1].isupper() and tok.i > tok.sent.start else "desc"
    number = "pl" if low.endswith("s") and not low.endswith(("ss", "us", "is")) else "sg"
    return Mention(a, b, text[a:b], kind, None, None, kind == "desc", number, 0, 0)
