"""Group claims into the occasion they were made on: speaker + venue + date window.

Reads: claims with their member statements (``venue_name``, ``venue`` span) and the articles
(publication date, ``primary`` flag). Writes: nothing itself; returns ``Occasion`` objects and
the claim → occasion map for the store.
Depends on: ``align.embed.latin`` (venue names across scripts), rapidfuzz.

Rules, per speaker:

* A claim's venue is the vote of its reports that name one (a primary source's vote counts
  ten times); its day is the primary source's publication day, else its earliest report's.
* Claims with the same venue whose days lie within ``window_days`` of the occasion's anchor
  (the primary source's day, else the earliest) form one occasion. Venue names are matched
  across scripts and inflections: "BBC"/"Би-би-си"/"Бі-Бі-Сі", "Russia 1"/"Россия 1"/"Росії 1".
* Generic venue phrases ("reporters", "на брифинге") name no venue: outlets word one event
  differently, so they only give the occasion's kind.
* A claim whose reports name no venue joins the one occasion that its articles report for the
  same speaker in the window; failing that, the speaker's venue-less occasion of that window.
* Ids derive from (speaker, venue, anchor day), so re-running gives the same ids.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date as _date
from typing import Mapping, Sequence

from rapidfuzz import fuzz

from ..model import Article, Occasion, Statement, stable_id
from .embed import latin

#: venue spellings that transliteration alone does not bring together
_ALIASES = {
    "bbc": ("bbc", "bibisi", "bbc news", "bbcnews", "russkayasluzhbabbc", "bbcrusskayasluzhba"),
    "russia1": ("russia1", "rossia1", "rossii1", "rossiu1", "rossiei1", "rosia1", "rosii1", "rosiu1",
                "rossiya1", "rossiia1", "telekanalrossia1", "rossia", "pervyikanal"),
    "cnn": ("cnn", "sienen", "si-en-en"),
    "tass": ("tass", "tass.ru"),
}
_ALIAS_OF = {form: canon for canon, forms in _ALIASES.items() for form in forms}

_KINDS = (
    ("press conference", re.compile(r"press[- ]?conference|пресс-?конференц|прес-?конференц|konferencj|pressekonferenz", re.I)),
    ("briefing", re.compile(r"briefing|брифинг|брифінг", re.I)),
    ("interview", re.compile(r"interview|интервью|інтерв|wywiad", re.I)),
    ("speech", re.compile(r"speech|address|выступлени|речь|промов|виступ|przemówien|rede", re.I)),
)


#: venue phrases that name only the audience or the kind of event ("told reporters", "at a
#: briefing", "на пресс-конференции"): every outlet words them differently for one event, so
#: they say nothing about WHICH occasion it was and are not venue keys (the kind still labels it)
_GENERIC_VENUE = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its|foreign|local|western|russian|ukrainian|polish|"
    r"иностранн\w*|российск\w*|зарубіжн\w*|іноземн\w*|українськ\w*|"
    r"reporters?|journalists?|press|media|newsmen|correspondents?|conference|news|briefing|"
    r"statement|remarks|speech|address|pool|"
    r"журналист\w*|журналіст\w*|репортер\w*|корреспондент\w*|кореспондент\w*|"
    r"пресс-?конференц\w*|прес-?конференц\w*|брифинг\w*|брифінг\w*|пресс|прес|сми|змі|"
    r"dziennikarz\w*|reporter\w*|journalist\w*|pressekonferenz\w*|konferencj\w*|"
    r"[-–—,.\s])+)$", re.I)


def generic_venue(name: str | None) -> bool:
    """True for a venue phrase naming only an audience or event kind ("reporters", "брифинге")."""
    return bool(name and _GENERIC_VENUE.match(name.strip()))


def venue_key(name: str | None) -> str | None:
    """A script- and case-independent key for a named venue (``"Би-би-си"`` → ``"bbc"``).

    ``None`` for no venue and for generic ones ("reporters", "пресс-конференции"), see
    ``generic_venue``.
    """
    if not name or not name.strip() or generic_venue(name):
        return None
    flat = re.sub(r"[^a-z0-9]", "", latin(name))
    if not flat:
        return None
    return _ALIAS_OF.get(flat, flat)


_QUOTED = re.compile(r"[«“„\"]([^»”“\"]{2,40})[»”“\"]")
_AFTER_KIND = re.compile(r"(?i:interview|интервью|інтерв[’']ю|wywiad)\s+(?i:with\s+(?:the\s+)?|to\s+(?:the\s+)?|"
                         r"телеканалу\s+|телеканалові\s+|dla\s+)?([A-ZА-ЯІЇЄҐ][\w-]*(?:\s+\d+)?)")


def title_venue(title: str | None) -> str | None:
    """The venue key a headline names for an interview/briefing/speech, if it names one.

    A primary source (a transcript) often names its venue only in its headline ("Лукашенко в
    интервью «России 1»: фрагмент расшифровки"); its statements then carry no venue, and the
    headline is the evidence of where they were said. Only headlines with an occasion kind word
    count, and only a quoted name or the name right after "interview (with)".
    """
    if not title or occasion_kind([title]) is None:
        return None
    for rx in (_QUOTED, _AFTER_KIND):
        m = rx.search(title)
        if m:
            key = venue_key(m.group(1))
            if key:
                return key
    return None


def occasion_kind(texts: Sequence[str]) -> str | None:
    """"interview", "speech", "press conference" or "briefing" from venue phrases, if any says so."""
    for text in texts:
        for kind, rx in _KINDS:
            if rx.search(text or ""):
                return kind
    return None


def _venue_context(s: Statement, articles: Mapping[str, Article]) -> str:
    """The venue phrase with the words before it ("in an interview with the" + "BBC")."""
    a = articles.get(s.article_id)
    if a is None or s.venue is None:
        return s.venue.text if s.venue is not None else ""
    return a.text[max(0, s.venue.start - 40):s.venue.end]


def _iso(day: int | None) -> str | None:
    return _date.fromordinal(day).isoformat() if day is not None else None


def _merge_similar(keys: list[str]) -> dict[str, str]:
    """Map near-identical venue keys of one speaker onto one (inflected forms: rossii1/rossia1)."""
    canon: dict[str, str] = {}
    for k in sorted(set(keys), key=lambda x: (-keys.count(x), x)):
        for c in set(canon.values()):
            if len(k) > 3 and len(c) > 3 and fuzz.ratio(k, c) >= 85:
                canon[k] = c
                break
        else:
            canon[k] = k
    return canon


def occasions(members: Mapping[str, Sequence[Statement]], keys: Mapping[str, str],
              articles: Mapping[str, Article], days: Mapping[str, int | None], *,
              window_days: int = 2) -> tuple[list[Occasion], dict[str, str]]:
    """Occasions for the given claims and each claim's occasion id.

    Args:
        members: claim id → its statements.
        keys: claim id → speaker key (``align.claims.speaker_key``).
        articles: article id → article, for every member statement.
        days: statement id → ordinal publication day.
        window_days: how far from the anchor day a report may lie.
    """
    by_speaker: dict[str, list[str]] = {}
    for cid in sorted(members):
        by_speaker.setdefault(keys[cid], []).append(cid)

    result: list[Occasion] = []
    claim_occ: dict[str, str] = {}
    for key, cids in sorted(by_speaker.items()):
        info = {}
        raw_keys = []
        for cid in cids:
            votes: Counter = Counter()
            names: dict[str, Counter] = {}
            primary_days = []
            for s in members[cid]:
                a = articles.get(s.article_id)
                is_primary = bool(a and a.primary)
                vk = venue_key(s.venue_name)
                if vk:
                    votes[vk] += 10 if is_primary else 1
                    names.setdefault(vk, Counter())[s.venue_name] += 1
                    raw_keys.append(vk)
                if is_primary and days.get(s.id) is not None:
                    primary_days.append(days[s.id])
            member_days = [days[s.id] for s in members[cid] if days.get(s.id) is not None]
            info[cid] = (votes, names, min(primary_days) if primary_days else min(member_days, default=None),
                         bool(primary_days))
        canon = _merge_similar(raw_keys)

        # occasions with a venue: cluster each venue's claims by day around an anchor
        open_occ: list[dict] = []
        venue_claims: dict[str, list[str]] = {}
        loose: list[str] = []
        for cid in cids:
            votes = Counter()
            for k, n in info[cid][0].items():
                votes[canon.get(k, k)] += n
            if votes:
                v = max(sorted(votes), key=votes.get)
                venue_claims.setdefault(v, []).append(cid)
            else:
                loose.append(cid)
        for v, vc in sorted(venue_claims.items()):
            vc.sort(key=lambda c: (not info[c][3], info[c][2] if info[c][2] is not None else 0, c))
            clusters: list[dict] = []
            for cid in vc:
                d = info[cid][2]
                for cl in clusters:
                    if d is None or cl["anchor"] is None or abs(d - cl["anchor"]) <= window_days:
                        cl["claims"].append(cid)
                        break
                else:
                    clusters.append({"venue": v, "anchor": d, "claims": [cid]})
            open_occ.extend(clusters)

        # claims without a venue: the one occasion their articles report, else a venue-less one
        article_occ: dict[str, set[int]] = {}
        for i, cl in enumerate(open_occ):
            for cid in cl["claims"]:
                for s in members[cid]:
                    article_occ.setdefault(s.article_id, set()).add(i)
        loose_clusters: list[dict] = []
        for cid in sorted(loose, key=lambda c: (info[c][2] or 0, c)):
            d = info[cid][2]
            cand = set()
            for s in members[cid]:
                for i in article_occ.get(s.article_id, ()):
                    a = open_occ[i]["anchor"]
                    if d is None or a is None or abs(d - a) <= window_days:
                        cand.add(i)
            if len(cand) == 1:
                open_occ[cand.pop()]["claims"].append(cid)
                continue
            for cl in loose_clusters:
                if d is None or cl["anchor"] is None or abs(d - cl["anchor"]) <= window_days:
                    cl["claims"].append(cid)
                    break
            else:
                loose_clusters.append({"venue": None, "anchor": d, "claims": [cid]})

        for cl in open_occ + loose_clusters:
            stmts = [s for cid in cl["claims"] for s in members[cid]]
            anchor = _iso(cl["anchor"])
            oid = stable_id(key, cl["venue"] or "", anchor or "", prefix="o")
            display = None
            if cl["venue"]:
                names = Counter(s.venue_name for s in stmts
                                if s.venue_name and canon.get(venue_key(s.venue_name) or "", venue_key(s.venue_name)) == cl["venue"])
                latin_names = [n for n in names if n.isascii()]
                display = max(sorted(latin_names or names), key=names.get) if names else cl["venue"]
            kind = occasion_kind([_venue_context(s, articles) for s in stmts if s.venue is not None])
            who = Counter(s.person_name or s.speaker_name for s in stmts if s.person_name or s.speaker_name)
            speaker = max(sorted(who), key=who.get) if who else "unknown speaker"
            if display:
                label = f"{display} {kind or 'remarks'}, {anchor or 'undated'}"
            else:
                label = f"{speaker}: {kind or 'statements'}, {anchor or 'undated'}"
            primary = sorted({s.article_id for s in stmts
                              if articles.get(s.article_id) is not None and articles[s.article_id].primary})
            person_id = next((s.person_id for s in stmts if s.person_id), None)
            result.append(Occasion(id=oid, person_id=person_id, venue=display, date=anchor, label=label,
                                   primary_article_id=primary[0] if primary else None))
            for cid in cl["claims"]:
                claim_occ[cid] = oid
    return result, claim_occ


__all__ = ["generic_venue", "occasion_kind", "occasions", "venue_key"]
