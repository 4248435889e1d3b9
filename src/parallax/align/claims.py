"""Who a statement is grouped under: the speaker key, and whether an attribution is weak.

Reads: statements (``person_id``, ``speaker_name``, the speaker mention). Writes: nothing.
Depends on: ``align.embed.latin`` (one key across scripts).

The grouping itself (occasions, then claims) is ``align.group``; these are the keys it blocks by.
"""

from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache

from .. import lang
from ..model import Kind, Statement
from .embed import latin

#: titles left out of a speaker key, romanised ("gospodin" for «господин»): every pack's ``key_titles.txt``
_TITLES = lang.every_pack("key_titles")


class Options:
    """Grouping options (keyword-only)."""

    __slots__ = ("window_days", "same_claim")

    def __init__(self, *, window_days: int = 2, same_claim: float | None = None) -> None:
        self.window_days = window_days
        #: the average-linkage threshold; ``None`` is ``align.group.SAME_CLAIM``
        self.same_claim = same_claim


def speaker_key(s: Statement) -> str | None:
    """The blocking key: the resolved person, else the speaker's name reduced to a surname stem.

    The name fallback transliterates to Latin and keeps six letters of the last word that is
    not a title, so "Mr Lukashenko", "Лукашенко" and "Lukashenka" share a key.
    """
    return key_for(s.person_id, s.speaker_name or (s.speaker.text if s.speaker else None))


def key_for(person_id: str | None, name: str | None) -> str | None:
    """``speaker_key`` from the raw fields (a person id, else a speaker name or mention)."""
    if person_id:
        return person_id
    if not name:
        return None
    toks = [t for t in re.findall(r"[a-z]+", latin(name)) if t not in _TITLES and t not in {"the"}]
    if not toks:
        return None
    return "name:" + _fold(toks[-1])[:6]


def weak_attribution(s: Statement) -> bool:
    """No resolved person, or a one-word capitalised mention that is not the person's name.

    "MOSCOW" (a dateline), "МГИМО" (the venue) or "Кремля" taken for the speaker are weak;
    pronouns and descriptions ("he", "the Belarusian leader") resolved by coreference are not.
    """
    return weak_mention(s.person_id, s.speaker.text if s.speaker else s.speaker_name, s.person_name)


def weak_mention(person_id: str | None, mention: str | None, person_name: str | None) -> bool:
    """``weak_attribution`` from the raw fields."""
    if not person_id:
        return True
    if not mention or not person_name:
        return False
    words = re.findall(r"\w[\w'’-]*", mention)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    stems = lambda x: {_fold(w)[:4] for w in re.findall(r"[a-z]+", latin(x)) if len(w) >= 3}
    return not (stems(mention) & stems(person_name))


#: words of an outlet registry entry that make it an institution that speaks for itself, not a medium
#: (every pack's ``institution_words.txt``, romanised)
_INSTITUTION = re.compile(r"\b(?:" + lang.alternation(lang.every_pack("institution_words")) + r")\b|\.gov\.", re.I)


@lru_cache(maxsize=1)
def _media_keys() -> frozenset[str]:
    """The news media of the bundled outlet registry (``data/outlets.csv``), as folded names:
    "Le Monde" → ``lemonde``, "AFP", "RIA Novosti"; a government site ("President of Ukraine",
    "Kremlin (President of Russia)") is an institution whose words are its own."""
    from ..ingest.outlets import bundled

    keys = set()
    for o in bundled():
        if not o.name or _INSTITUTION.search(f"{o.name} {o.domain}"):
            continue
        for name in (o.name, re.sub(r"\s*\(.*\)\s*$", "", o.name)):
            keys.add(re.sub(r"[^a-z0-9]", "", latin(name)))
    return frozenset(k for k in keys if len(k) >= 2)


def medium_mention(mention: str | None) -> bool:
    """The speaker mention names a news medium or a platform, not a person: "Le Monde" (…,
    повідомляє видання Le Monde), "AFP" (Jak podaje AFP, …), "Online-Portal X". A medium relays
    what someone said; the words are that someone's (``align.effective_keys``)."""
    if not mention or not mention.strip():
        return False
    if re.sub(r"[^a-z0-9]", "", latin(mention)) in _media_keys():
        return True
    from ..lang.base import Language

    last = mention.split()[-1]
    return any(last == w or w.endswith("*") and last.startswith(w[:-1]) for w in Language.platform_words())


_FOLDS = (("shch", "sc"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
          ("sz", "s"), ("cz", "c"), ("y", "i"), ("j", "i"), ("w", "v"), ("ck", "k"), ("x", "ks"))


def _fold(word: str) -> str:
    """Collapse English/German/Polish spellings of one Slavic sound (sh/sz/š → s, kh → h, y/j → i)."""
    for a, b in _FOLDS:
        word = word.replace(a, b)
    return word


_OPENERS = "“«„‚‘\"'"
_QUOTED = re.compile(r"[“«„‚\"]([^”»“\"]+)[”»“\"]")


def quoted_spans(s: Statement, text: str, *, opened_before: bool = False) -> list[tuple[int, int]]:
    """The article offsets of the statement's words inside quotation marks: all of a direct quote,
    a fragment that opens right after a quotation mark, and what a partial quote puts in marks
    ("… is not “ruled out” in the future" → "ruled out"); a mixed statement with no marks found is
    quoted whole. With ``opened_before`` (the alteration rules), a fragment that opens inside a
    quotation its line opened earlier is quoted up to its closing mark only ("… was taken today,”
    adding that he would carry on")."""
    if s.type == Kind.DIRECT:
        return [(f.start, f.end) for f in s.content]
    out = []
    for f in s.content:
        if (text[f.start - 1] if f.start > 0 else "") in _OPENERS:
            out.append((f.start, f.end))
            continue
        body, at = f.text, f.start
        if opened_before and _inside_quote(text[text.rfind("\n", 0, f.start) + 1:f.start]):
            m = re.search(r"[”»“\"]", body)
            cut = m.start() if m else len(body)
            out.append((f.start, f.start + cut))
            body, at = body[cut + 1:], f.start + cut + 1
        for m in _QUOTED.finditer(body):
            out.append((at + m.start(1), at + m.end(1)))
    if not out and s.type == Kind.MIXED:
        out = [(f.start, f.end) for f in s.content]
    return out


def _inside_quote(line: str) -> bool:
    """Whether a quotation opened in ``line`` (the text of a line up to some point) is still open
    there: more opening marks than closing ones (German „…“ pairs its „ with “), or an odd number
    of straight double quotes."""
    if "„" in line:
        opens, closes = line.count("„") + line.count("«"), line.count("“") + line.count("”") + line.count("»")
    else:
        opens, closes = line.count("“") + line.count("«"), line.count("”") + line.count("»")
    return opens > closes or line.count('"') % 2 == 1


def day(published: str | None) -> int | None:
    """Ordinal day of a publication date (``"2024-10-23T16:30+01:00"`` → its local date)."""
    if not published or len(published) < 10:
        return None
    try:
        return _date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


__all__ = ["Options", "day", "key_for", "medium_mention", "quoted_spans", "speaker_key", "weak_attribution", "weak_mention"]
