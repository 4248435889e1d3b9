"""The coverage matrix of one occasion: claims × outlets → verbatim / paraphrased / altered / omitted.

Reads: the occasion's claims and their versions (``compare.alterations.Version``), outlet kinds.
Writes: nothing; returns ``model.Cell`` rows for ``Store.replace_coverage``.
Depends on: ``compare.alterations``.

Definitions (docs/_parts/align-evaluation.md):

* **altered** — some report of the claim by the outlet has an alteration (``alterations.detect``), or
  the outlet gives the claim's words to someone else (``swapped``) while more voices give them to
  the claim's speaker than to that one.
* **verbatim** — otherwise, the outlet quotes the claim (a direct or mixed statement): the words
  are inside quotation marks and agree with every other version on negation, numbers, dates,
  hedges, parties and wording. Across languages a quote is verbatim when it is a faithful
  translation by that test; we do not require identical words.
* **paraphrased** — otherwise: reported speech only.
* **omitted** — the outlet reported the occasion (has a statement in one of its claims), nothing
  in its coverage carries this claim, and at least ``min_carriers`` independent voices (``voices``:
  copies, translations and rewrites of one text count once) that give it to its speaker carried it.
  An outlet whose article is a copy of a text carrying the claim is judged on that text's words
  (``cut``: no passage of its article holds them; the text carries it when a report of it is grouped
  there, or when a passage of another outlet's copy holds a same-language report's words, a sentence
  extraction did not take); any other outlet only for a claim that
  ``MIN_SHARE`` of the voices carried and that none of its reports may express (``carried``). The
  cell names the outlet's article that covered the occasion. A claim carried by a single voice is not
  expected of the others, so its empty cells are left out.

Omissions rank (``rank_omissions``) by outlet kind (state media first, then agencies, public,
independent, other), then by how many outlets carried the claim, then by outlet name: a state
outlet leaving out what seven others carried is more telling than an outlet of unknown kind
leaving out what eight carried (often a passing mention that extraction read as a report).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from ..model import Alteration, Article, Cell, Claim, OutletKind, Status
from ..align.embed import latin
from .alterations import Version, detect, link_twins, stem

KIND_RANK = {OutletKind.STATE: 0, OutletKind.STATE_ALIGNED: 0.5, OutletKind.AGENCY: 1, OutletKind.PUBLIC: 2,
             OutletKind.INDEPENDENT: 3, OutletKind.THINK_TANK: 4, OutletKind.OTHER: 5, OutletKind.UNKNOWN: 5,
             OutletKind.AGGREGATOR: 6}


def outlet_of(version: Version) -> str:
    return version.outlet


def majority(values: Sequence[str | None]) -> str | None:
    c = Counter(v for v in values if v)
    return max(sorted(c), key=c.get) if c else None


def matrix(occasion_id: str, claims: Sequence[Claim], versions: Mapping[str, Sequence[Version]], *,
           min_carriers: int = 2, venue_of=None,
           elsewhere: Mapping[str, Sequence[Version]] | None = None,
           family: Mapping[str, str] | None = None, copies: Mapping[str, str] | None = None,
           copy_texts: Mapping[str, str] | None = None,
           outside_copies: Mapping[str, Article] | None = None,
           cut_vectors: Mapping[str, np.ndarray] | None = None) -> list[Cell]:
    """Cells of one occasion's matrix.

    Args:
        occasion_id: the occasion.
        claims: its claims.
        versions: claim id → every report of it (statement + article + outlet + vector).
        min_carriers: how many independent outlets (``voices``: syndicated copies count once, the
            primary source is one of them) must carry a claim before its absence is an omission.
        venue_of: ``Statement → venue key`` (defaults to ``align.occasions.venue_key`` of ``venue_name``).
        elsewhere: outlet → its statements in the occasion's articles that are not in the occasion:
            attributed to someone else, the claim's words given to another speaker make the cell
            altered (``speaker``), not omitted; attributed to the claim's speaker (a report that
            grouping put in another of his occasions), they may carry the claim (``carried``).
        copy_texts: article id → text of the copies (``copies``) of the occasion's articles that have no
            report in it: a copy whose sentence went to another occasion makes its text no sure
            carrier (``regrouped``).
        outside_copies: article id → those copies themselves. A copy whose outlet reports nothing of
            the occasion (its one report of it was cut, or grouping put its other reports elsewhere) still
            re-published a text that reported it: it is judged on that text's words (``cut``) like any copy.
        cut_vectors: outlet → vectors of the sentences of the text it copied that its article lacks
            (``coverage.cut_texts``): one that reports this claim (``CARRIED_COSINE`` from a version,
            and this claim the closest) was cut, even where extraction took no statement from it.
    """
    from ..align.occasions import venue_key

    venue_of = venue_of or (lambda s: venue_key(s.venue_name))
    reporting: dict[str, Counter] = {}
    published: dict[str, str] = {}
    for cid in versions:
        for v in versions[cid]:
            reporting.setdefault(v.outlet, Counter())[v.article.id] += 1
            published[v.article.id] = v.article.published or ""
    article_of = {o: sorted(c, key=lambda a: (-c[a], published[a], a))[0] for o, c in reporting.items()}
    by_outlet: dict[str, list[Version]] = {}
    article_text: dict[str, str] = {}
    for cid in versions:
        for v in versions[cid]:
            by_outlet.setdefault(v.outlet, []).append(v)
            if v.article.id == article_of[v.outlet]:
                article_text[v.outlet] = v.article.text

    # the same sentence in copies of one text is linked wherever grouping put it (``link_twins``): a copy
    # is judged against its source's sentence, with the versions of the remark both claims hold
    link_twins([*(v for cid in versions for v in versions[cid]), *(e for es in (elsewhere or {}).values() for e in es)])
    claim_of = {id(v): cid for cid in versions for v in versions[cid]}

    def remark(v: Version, vs: Sequence[Version]) -> list[Version]:
        """The versions of ``v``'s remark outside its claim: its twins in other claims or occasions, and
        the other members of the claims those twins sit in."""
        seen, out = {id(x) for x in vs}, []
        for t in v.twins or ():
            for x in (t, *versions.get(claim_of.get(id(t), ""), ())):
                if id(x) not in seen and x.outlet != v.outlet:
                    seen.add(id(x))
                    out.append(x)
        return out

    near, nearest = nearest_claims(versions, CARRIED_RANK, 1)
    closest = _closest_claims([e for es in (elsewhere or {}).values() for e in es], versions)
    cut_claims: dict[str, set[str]] = {}  # outlet → the claims a sentence it cut reports
    claim_vectors = {cid: np.asarray([v.vector for v in versions[cid] if v.vector is not None], dtype=np.float32)
                     for cid in sorted(versions) if any(v.vector is not None for v in versions[cid])}
    for o, vecs in (cut_vectors or {}).items():
        for u in vecs:
            best = {cid: float((m @ u).max()) for cid, m in claim_vectors.items()}
            if best and max(best.values()) >= CARRIED_COSINE:
                cut_claims.setdefault(o, set()).add(max(sorted(best), key=best.get))
    n_voices = len(voices([v for cid in versions for v in versions[cid]], family))

    article_stems: dict[str, tuple[set[str], list[set[str]]]] = {}
    outside_passages: dict[str, list[set[str]]] = {}

    def stems_of(outlet: str) -> tuple[set[str], list[set[str]]]:
        """The stems of the outlet's article, whole and passage by passage, read once."""
        if outlet not in article_stems:
            text = article_text.get(outlet) or ""
            article_stems[outlet] = (_stems(text), passages(text))
        return article_stems[outlet]

    def copy_of(article_id: str) -> str:
        return (copies or {}).get(article_id, article_id)

    def regrouped(v: Version, in_claim: set[str]) -> bool:
        """Whether another outlet's copy of ``v``'s text holds its words but has no report in the
        claim: grouping put the same sentence of one text in two claims, so ``v`` is no sure carrier."""
        ws = _stems(v.statement.text)
        if len(ws) < 3:
            return False
        for other in sorted(reporting):
            a = article_of[other]
            if a in in_claim or a == v.article.id or copy_of(a) != copy_of(v.article.id):
                continue
            if any(len(ws & q) / len(ws) >= CARRIED_WORDS for q in stems_of(other)[1]):
                return True
        for a in sorted(copy_texts or {}):
            if a not in in_claim and a != v.article.id and copy_of(a) == copy_of(v.article.id):
                if a not in outside_passages:
                    outside_passages[a] = passages(copy_texts[a])
                if any(len(ws & q) / len(ws) >= CARRIED_WORDS for q in outside_passages[a]):
                    return True
        return False

    def held_by_copies(outlet: str, vs: Sequence[Version]) -> list[tuple[Version, list[set[str]]]]:
        """The claim's same-language reports whose words a passage of other outlets' copies of this
        outlet's text holds (with such a copy's passages): the text carries the remark in a sentence
        extraction did not take. Most of those copies must hold it: one copy against the others
        cannot tell whether this outlet cut the words or that copy put them in."""
        mine = copy_of(article_of[outlet])
        language = by_outlet[outlet][0].language
        same = [v for v in vs if v.language == language]
        if not same:
            return []
        copies_ = [other for other in sorted(reporting) if other != outlet and copy_of(article_of[other]) == mine]
        out: list[tuple[Version, list[set[str]]]] = []
        for v in same:
            ws = _stems(v.statement.text)
            if len(ws) < 3:
                continue
            holders = [stems_of(o)[1] for o in copies_
                       if any(len(ws & q) / len(ws) >= CARRIED_WORDS for q in stems_of(o)[1])]
            if holders and len(holders) * 2 > len(copies_):
                out.append((v, holders[0]))
        return out

    def kept(outlet: str, vs: Sequence[Version]) -> bool:
        """Whether another outlet's copy of this outlet's text carries the claim through a report of
        its own (``carried``: grouping put it with a neighbouring claim of the remark) whose words a
        passage of this outlet's article keeps: the same sentence, read otherwise here (a copy that
        gave the paragraph to someone else, so its report joined another speaker's occasion)."""
        mine, language = copy_of(article_of[outlet]), by_outlet[outlet][0].language
        parts = stems_of(outlet)[1]
        for other in sorted(reporting):
            if other == outlet or copy_of(article_of[other]) != mine:
                continue
            for r in by_outlet[other]:
                ws = _stems(r.statement.text)
                if r.language == language and len(ws) >= 3 and carried(vs, [r], set(), near) \
                        and any(len(ws & q) / len(ws) >= CARRIED_WORDS for q in parts):
                    return True
        return False

    # copies of the occasion's texts by outlets that report nothing of it, one article per outlet
    silent: list[Article] = []
    for a in sorted((outside_copies or {}).values(), key=lambda a: (a.published or "", a.id)):
        if (a.outlet or a.id) not in reporting and all((a.outlet or a.id) != (b.outlet or b.id) for b in silent):
            silent.append(a)
    silent_passages: dict[str, list[set[str]]] = {}

    def cut_from(a: Article, vs: Sequence[Version]) -> bool:
        """Whether the silent copy ``a`` cut the claim from the text it copied: the claim's reports in
        copies of that text (same language) have their words in no passage of ``a``."""
        held = [(v, passages(v.article.text)) for v in vs
                if copy_of(v.article.id) == copy_of(a.id) and v.language == a.language]
        if not held:
            return False
        if a.id not in silent_passages:
            silent_passages[a.id] = passages(a.text)
        return cut(held, (), silent_passages[a.id], nearest)

    cells: list[Cell] = []
    for claim in claims:
        vs = list(versions.get(claim.id, ()))
        if not vs:
            continue
        speaker = majority([v.speaker_key for v in _one_per_outlet(vs)])
        venue = majority([venue_of(v.statement) for v in vs])
        # carried by the voices that give the remark to its speaker: a report of the
        # same matter without the speaker ("troops have been sent") carries no remark of his
        in_claim = {v.article.id for v in vs}
        carriers = len(voices([v for v in vs if (not speaker or v.speaker_key == speaker)
                               and not regrouped(v, in_claim)], family))
        # outlets that give the claim's words to someone else, and how many voices give them to each
        # (an outlet that carries the claim too: only where its article gives the claim's very words to
        # someone else in another place)
        swaps = {o: sw for o in sorted(reporting)
                 if (sw := given_away(vs, (elsewhere or {}).get(o, ()), speaker)
                     or swapped(vs, [e for e in (elsewhere or {}).get(o, ()) if closest.get(id(e), claim.id) == claim.id],
                                speaker, beside=[v for v in vs if v.outlet == o])) is not None}
        rivals = Counter()
        for key in {sw.speaker_key for sw in swaps.values()}:
            rivals[key] = len(voices([sw for sw in swaps.values() if sw.speaker_key == key], family))
        for outlet in sorted(reporting):
            mine = [v for v in vs if v.outlet == outlet]
            if not mine:
                swap = swaps.get(outlet)
                if swap is not None:
                    # the words given to someone else are a changed speaker only where more voices give
                    # them to the claim's speaker: else the claim is the odd one (a swapped copy's words
                    # formed a claim of their own, and every faithful outlet would be "altered")
                    if carriers > rivals[swap.speaker_key]:
                        cells.append(Cell(occasion_id, claim.id, outlet, swap.article.id, Status.ALTERED,
                                          swap.statement.id, (swap_alteration(swap, vs),)))
                    continue
                if carriers < min_carriers:
                    continue
                whole, parts = stems_of(outlet)
                siblings = [v for v in vs if copy_of(v.article.id) == copy_of(article_of[outlet])
                            and v.language == by_outlet[outlet][0].language]
                held = [(v, passages(v.article.text)) for v in siblings] or held_by_copies(outlet, vs)
                if held:  # a copy of the outlet's own text carries it: was it cut?
                    gone = cut(held, by_outlet[outlet], parts, nearest)
                else:
                    # its reports of the speaker that grouping put in another occasion count too
                    also = [e for e in (elsewhere or {}).get(outlet, ()) if speaker and e.speaker_key == speaker]
                    gone = carriers >= MIN_SHARE * n_voices and not carried(vs, by_outlet[outlet], whole, near,
                                                                            elsewhere=also) \
                        and not kept(outlet, vs)
                if not gone and claim.id in cut_claims.get(outlet, ()):
                    gone = not any(claim.id in nearest.get(v.statement.id, ()) for v in by_outlet[outlet])
                if gone:
                    cells.append(Cell(occasion_id, claim.id, outlet, article_of[outlet], Status.OMITTED))
                continue
            others = [v for v in vs if v.outlet != outlet]
            found: list = []
            altered_stmt = None
            for v in mine:
                if v.article.primary:
                    continue  # the primary source is the reference, never the altered side
                rest = [x for cid in versions if cid != claim.id for x in versions[cid]] if v.twins else ()
                alts = detect(v, [*others, *remark(v, vs)], claim_speaker=speaker, claim_venue=venue, remark=rest)
                if alts and altered_stmt is None:
                    altered_stmt = v
                found.extend(alts)
            swap = swaps.get(outlet)
            if swap is not None and carriers > rivals[swap.speaker_key] and not any(a.kind == "speaker" for a in found):
                # the claim's words given to someone else in another place of the outlet's article
                found.append(swap_alteration(swap, vs))
                altered_stmt = altered_stmt or swap
            quoted = [v for v in mine if v.quoted]
            if found:
                status, rep = Status.ALTERED, altered_stmt
            elif quoted:
                status, rep = Status.VERBATIM, quoted[0]
            else:
                status, rep = Status.PARAPHRASED, mine[0]
            cells.append(Cell(occasion_id, claim.id, outlet, rep.article.id, status, rep.statement.id,
                              tuple(dict.fromkeys(found))))
        if carriers >= min_carriers:
            cells.extend(Cell(occasion_id, claim.id, a.outlet or a.id, a.id, Status.OMITTED)
                         for a in silent if cut_from(a, vs) or claim.id in cut_claims.get(a.outlet or a.id, ()))
    return cells


#: raw multilingual cosine at which an outlet's own report may carry a claim (E5 on real coverage: one
#: remark across languages 0.79–0.91, other remarks of the same event 0.82–0.89; docs/evaluation.md)
CARRIED_COSINE = 0.88
#: raw cosine at which an outlet's report grouped in another occasion of the speaker carries a claim: a
#: close translation (seed-7 planted store: the same remark en/es 0.912; other remarks of the event
#: 0.894, 0.882, which the occasion's own reports may reach through ``CARRIED_RANK`` only)
ELSEWHERE_COSINE = 0.9
#: share of a same-language report's content words that, found in an article, mean it carries the claim
CARRIED_WORDS = 0.6
#: an omission needs the claim carried by at least this share of the independent voices (``voices``)
#: that reported the occasion: leaving out what nearly half carried is news, leaving out one of many
#: side remarks is not. Measured on events_dev (omitted cells judged against the annotation): 0.4 gives
#: 13 true / 5 false, 0.45 13 / 1, 0.5 1 / 0. A copy that cut a remark of its own text needs no share.
MIN_SHARE = 0.45
#: a claim among this many nearest to one of an outlet's reports may be carried by it (grouping can
#: put a report of one remark with a neighbouring remark; measured on events_dev: 2 spares 3 of the
#: 5 false omissions and 2 of 12 true ones). A copy's cut (``cut``) is judged on words, with 1.
CARRIED_RANK = 2
#: a copy whose best passage holds this much less of a report's words than the text it copied cut
#: the sentence that carried them
CUT_MARGIN = 0.25
_WORD = re.compile(r"\w{4,}")


def voices(vs: Sequence[Version], family: Mapping[str, str] | None = None) -> set[str]:
    """Independent carriers of a claim: outlets, with copies and translations of one text (a
    near-duplicate link, or ``copy_of`` / ``translation_of`` / ``derived_from`` in the article's
    metadata; ``family`` when given) counted once."""
    roots: set[str] = set()
    out: set[str] = set()
    for v in sorted(vs, key=lambda v: (v.article.published or "", v.article.id)):
        meta = v.article.meta or {}
        root = (v.article.duplicate_of or meta.get("copy_of") or meta.get("translation_of")
                or meta.get("derived_from") or v.article.id)
        if family is not None:
            root = family.get(v.article.id, root)
        if root in roots or v.article.id in roots or v.outlet in out:
            roots.add(v.article.id)
            continue
        roots.update({root, v.article.id})
        out.add(v.outlet)
    return out


#: raw cosine (or same-language word share) at which another speaker's statement holds the claim's words
SWAP_COSINE = 0.93
SWAP_WORDS = 0.7


def swapped(claim_versions: Sequence[Version], theirs: Sequence[Version], speaker: str | None, *,
            beside: Sequence[Version] = ()) -> Version | None:
    """The outlet's statement that gives this claim's words to someone else, if there is one.

    ``beside``: the outlet's own reports of the claim. When it has some, only a quotation of the
    claim's words themselves counts (same language, ``SWAP_WORDS``), not a vector's closeness
    (another person answering in similar words), and not a second reading of one of those reports'
    spans (two speakers on one span). Words that name the claim's speaker ("Premier Węgier Viktor
    Orban przybył …") are about him, not his words given to someone else.
    """
    names = {_stems(n.split()[-1]).pop() for c in claim_versions if c.speaker_key == speaker
             and (n := c.statement.person_name or c.statement.speaker_name or "") and _stems(n.split()[-1])}
    for v in theirs:
        if v.speaker_key is None or v.speaker_key == speaker or (beside and not v.quoted):
            continue
        if names & _stems(v.statement.text):
            continue
        if any(b.article.id == v.article.id and b.statement.start < v.statement.end
               and v.statement.start < b.statement.end for b in beside):
            continue
        for c in claim_versions:
            close = not beside and v.vector is not None and c.vector is not None \
                and float(np.dot(v.vector, c.vector)) >= SWAP_COSINE
            if not close and v.language == c.language:
                a, b = _stems(v.statement.text), _stems(c.statement.text)
                close = len(a) >= 3 and len(b) >= 3 and len(a & b) / len(a | b) >= SWAP_WORDS
            if close:
                return v
    return None


def given_away(claim_versions: Sequence[Version], theirs: Sequence[Version], speaker: str | None) -> Version | None:
    """The outlet's statement, outside the occasion, that gives someone else the very sentence that a
    copy of its text gives the claim's speaker in this claim (its ``twins``), naming someone else in the
    place where the copy names the speaker: the outlet renamed who said it, whichever occasion grouping
    then put the sentence in. The same mention read as two people, or two mentions at two places
    (extraction around an edit), is no renaming."""
    if not speaker:
        return None
    members = {id(c) for c in claim_versions if c.speaker_key == speaker}

    def mention(x: Version) -> tuple[str, int] | None:
        """The speaker mention's words, and where it stands: its distance from the content."""
        sp, st = x.statement.speaker, x.statement
        if sp is None or sp.end <= sp.start:
            return None
        return x.article.text[sp.start:sp.end].casefold(), st.start - sp.end if sp.end <= st.start else sp.start - st.end

    def renamed(v: Version, t: Version) -> bool:
        """Another name in the same place of the same sentence."""
        a, b = mention(v), mention(t)
        return a is not None and b is not None and a[1] == b[1] and a[0] != b[0]

    return next((v for v in theirs if v.speaker_key is not None and v.speaker_key != speaker
                 and any(id(t) in members and renamed(v, t) for t in v.twins or ())), None)


def _claim_vectors(versions: Mapping[str, Sequence[Version]]) -> tuple[list[str], list[np.ndarray]]:
    """The occasion's claims that have embedded reports, in id order, and each one's report vectors."""
    ids, mats = [], []
    for cid in sorted(versions):
        vecs = [v.vector for v in versions[cid] if v.vector is not None]
        if vecs:
            ids.append(cid)
            mats.append(np.asarray(vecs, dtype=np.float32))
    return ids, mats


def _closest_claims(vs: Sequence[Version], versions: Mapping[str, Sequence[Version]]) -> dict[int, str]:
    """``id(v)`` → the claim of the occasion whose reports are closest to ``v`` (raw cosine). Another
    person's words are one claim's words given to him, not each claim's on the same matter: Peskov's
    "sending troops to Ukraine would not be in the West's interest" is 0.93 from three of Macron's remarks."""
    ids, mats = _claim_vectors(versions)
    out: dict[int, str] = {}
    for v in vs:
        if v.vector is not None and mats:
            out[id(v)] = ids[int(np.argmax([float((m @ v.vector).max()) for m in mats]))]
    return out


def swap_alteration(v: Version, claim_versions: Sequence[Version]) -> Alteration:
    ref = max(claim_versions, key=lambda c: float(np.dot(v.vector, c.vector))
              if v.vector is not None and c.vector is not None else 0.0)
    who = v.statement.person_name or v.statement.speaker_name or "someone else"
    said = ref.statement.person_name or ref.statement.speaker_name or "the speaker"
    sp, rsp = v.statement.speaker, ref.statement.speaker
    return Alteration("speaker", tuple(sp.as_list() if sp else [v.statement.start, v.statement.end]),
                      ref.statement.article_id,
                      tuple(rsp.as_list() if rsp else [ref.statement.start, ref.statement.end]),
                      f"the words are given to {who}; other reports give them to {said}")


def nearest_claims(versions: Mapping[str, Sequence[Version]], *ks: int) -> list[dict[str, set[str]]]:
    """For each ``k`` of ``ks``: statement id → the ``k`` claims of the occasion whose reports are
    closest to it (its own included). The cosines are computed once for every ``k``."""
    ids, mats = _claim_vectors(versions)
    out: list[dict[str, set[str]]] = [{} for _ in ks]
    for cid in versions:
        for v in versions[cid]:
            if v.vector is None:
                continue
            best = [float((m @ v.vector).max()) for m in mats]
            order = np.argsort(best)[::-1]
            for k, found in zip(ks, out):
                found[v.statement.id] = {ids[i] for i in order[:k]} | {cid}
    return out


def carried(claim_versions: Sequence[Version], own: Sequence[Version], have: set[str],
            near: Mapping[str, set[str]] | None = None, *, elsewhere: Sequence[Version] = ()) -> bool:
    """Whether an outlet's coverage carries the claim although no statement of it was grouped there.

    Omitted means omitted: an outlet is not charged with leaving out a remark that one of its own
    reports may express — the claim is among the ``CARRIED_RANK`` claims nearest to that report
    (grouping can split one remark, and then each part must not charge the outlets of the other), or
    within ``CARRIED_COSINE`` of one version — or whose words its article holds (``have``: the
    article's transliterated stems, so Russian and Ukrainian meet; a sentence extraction did not
    take as a statement still counts). ``elsewhere``: the outlet's reports of the claim's speaker that
    grouping put in another occasion ("You cannot make peace from a comfortable armchair in
    Brussels" apart from its translations); not grouped here, one must be a close translation of a
    version (``ELSEWHERE_COSINE``).
    """
    claim_id = next((c.statement.claim_id for c in claim_versions if c.statement.claim_id), None)
    for v in own:
        if near is not None and claim_id in near.get(v.statement.id, ()):
            return True
        for c in claim_versions:
            if v.vector is not None and c.vector is not None and float(np.dot(v.vector, c.vector)) >= CARRIED_COSINE:
                return True
    for v in elsewhere:
        if v.vector is not None and any(c.vector is not None and float(np.dot(v.vector, c.vector)) >= ELSEWHERE_COSINE
                                        for c in claim_versions):
            return True
    if have:
        for c in claim_versions:
            ws = _stems(c.statement.text)
            if len(ws) >= 3 and len(ws & have) / len(ws) >= CARRIED_WORDS:
                return True
    return False


def cut(siblings: Sequence[Version | tuple[Version, Sequence[set[str]]]], own: Sequence[Version],
        parts: Sequence[set[str]], near: Mapping[str, set[str]] | None = None) -> bool:
    """Whether an outlet cut a claim from the text it copied.

    ``siblings`` are the claim's reports in copies of the outlet's own article (near-duplicates,
    ``copy_of``; same language): the exact words it would carry, each optionally with the passages
    of the copy that holds it. It cut them when no passage of its article (``parts``, two sentences)
    holds most of any sibling's words, or holds clearly fewer of them (``CUT_MARGIN``) than the
    copy's best passage (a short report whose topic words — send, troops — recur in other
    sentences: the sentence that carried it is gone), and none of its own reports has the claim
    nearest (``near``: the claims nearest to each report). An independent article is judged by
    ``carried``, which spares it on any sign of the remark; a copy is judged on its source's words.
    """
    pairs = [s if isinstance(s, tuple) else (s, None) for s in siblings]
    claim_id = next((c.statement.claim_id for c, _ in pairs if c.statement.claim_id), None)
    if near is not None and any(claim_id in near.get(v.statement.id, ()) for v in own):
        return False
    for c, theirs in pairs:
        ws = _stems(c.statement.text)
        if len(ws) < 3:
            return False
        mine = max((len(ws & p) / len(ws) for p in parts), default=0.0)
        source = max((len(ws & p) / len(ws) for p in theirs or ()), default=0.0)
        if mine >= CARRIED_WORDS and mine + CUT_MARGIN > source:
            return False
    return True


def _stems(text: str) -> set[str]:
    """The stems (``alterations.stem``) of the words of four letters or more of ``text``."""
    return {stem(w) for w in _WORD.findall(latin(text).lower())}


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def passages(text: str) -> list[set[str]]:
    """The stems of each passage of two consecutive sentences of ``text``.

    A claim's words must stand together in one passage of the article to carry it: the topic
    words of a report (troops, Ukraine, Western) are spread over every article about it, so the
    article's words as a whole would "carry" a remark that a copy cut.
    """
    sentences = [_stems(x) for x in _SENTENCE_END.split(text) if x.strip()]
    if len(sentences) < 2:
        return sentences
    return [a | b for a, b in zip(sentences, sentences[1:])]


def _one_per_outlet(vs: Sequence[Version]) -> list[Version]:
    seen, out = set(), []
    for v in vs:
        if v.outlet not in seen:
            seen.add(v.outlet)
            out.append(v)
    return out


#: one legend for every place a matrix is shown (CLI, web, exports, briefs): status → (mark, meaning)
LEGEND: dict[str, tuple[str, str]] = {
    "verbatim": ("V", "quoted in quotation marks, in words that agree with the other reports"),
    "paraphrased": ("P", "reported in the outlet's own words, meaning unchanged"),
    "altered": ("A", "carried with a change of meaning (negation, number, date, qualifier, speaker, addressee, "
                     "added words)"),
    "omitted": ("-", "the outlet reported the occasion but carried nothing of this remark, which at least two "
                     "independent outlets and nearly half of those reporting it carried, or which the text it "
                     "copied carries"),
    "": (".", "no verdict: the outlet did not carry the remark, and the remark was not carried widely enough "
              "to expect it there"),
}


def legend_line() -> str:
    """The legend as one line of text."""
    return "  ".join(f"{mark} {status or 'no verdict'}" for status, (mark, _) in LEGEND.items())


def explain(cell: Cell, carriers: int | None = None) -> str:
    """Why a cell has its verdict, in one sentence (the evidence page, ``coverage --json``'s ``reason``)."""
    if cell.status == Status.OMITTED:
        n = f"{carriers} other outlet{'s' if carriers != 1 else ''}" if carriers else "other outlets"
        return (f"{cell.outlet} reported this occasion but nothing in its article carries this remark, "
                f"which {n} carried.")
    if cell.status == Status.ALTERED:
        notes = "; ".join(f"{a.kind}: {a.note}" if a.note else a.kind for a in cell.alterations) or "a change"
        return f"{cell.outlet} carried this remark with a change of meaning ({notes})."
    if cell.status == Status.VERBATIM:
        return f"{cell.outlet} quoted this remark, in words that agree with the other reports."
    return f"{cell.outlet} reported this remark in its own words, and nothing in them changes its meaning."


@dataclass(frozen=True)
class Omission:
    """A ranked omission: who left the claim out, and who carried it (for citing both versions)."""

    cell: Cell
    carried_by: tuple[str, ...]
    outlet_kind: OutletKind
    score: float


def rank_omissions(cells: Sequence[Cell], kinds: Mapping[str, OutletKind] | None = None) -> list[Omission]:
    """Omissions, most telling first: state media first, then widely carried claims."""
    kinds = kinds or {}
    carried: dict[tuple[str, str], list[str]] = {}
    for c in cells:
        if c.status != Status.OMITTED:
            carried.setdefault((c.occasion_id, c.claim_id), []).append(c.outlet)
    out = []
    for c in cells:
        if c.status == Status.OMITTED:
            by = tuple(sorted(carried.get((c.occasion_id, c.claim_id), [])))
            kind = kinds.get(c.outlet, OutletKind.OTHER)
            out.append(Omission(c, by, kind, len(by) + (5 - KIND_RANK[kind]) / 10))
    out.sort(key=lambda o: (KIND_RANK[o.outlet_kind], -len(o.carried_by), o.cell.outlet, o.cell.claim_id))
    return out


def outlet_kinds(store=None) -> dict[str, OutletKind]:
    """Outlet kinds: the bundled registry (``parallax.ingest.outlets``) overlaid with the user's edits."""
    kinds: dict[str, OutletKind] = {}
    try:
        from ..ingest import outlets as registry  # written by the ingest stage; optional here
    except Exception:  # noqa: BLE001 - an unfinished or missing registry means "kind unknown"
        registry = None
    if registry is not None:
        for name in ("all_outlets", "outlets", "load", "registry"):
            fn = getattr(registry, name, None)
            if callable(fn):
                try:
                    for o in fn():
                        kinds[o.domain] = o.kind
                    break
                except Exception:  # noqa: BLE001
                    continue
    if store is not None:
        for o in store.outlets():
            kinds[o.domain] = o.kind
    return kinds


__all__ = ["KIND_RANK", "LEGEND", "Omission", "carried", "cut", "passages", "explain", "legend_line", "matrix", "outlet_kinds",
           "rank_omissions", "swapped", "voices"]
