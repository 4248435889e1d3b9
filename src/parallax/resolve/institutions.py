"""Institutions as speakers: a body that speaks («ДСНС повідомила», "the Kremlin said") gets an identity.

An institution is no person. Its id lies in its own namespace (``body:``), it is never stored among
the people (``parallax people`` never lists it), never merged with one, and ``person_kind`` tells the
two apart. Its canonical name is English and is built by general rules from the language pack:

* ``bodies.txt``: well-known state bodies by abbreviation or one-word name («ДСНС», «Минюст», "Kremlin");
* ``body_words.txt``: the words of body names with their English and role in the name («міністерство»
  → Ministry, head; «обласна» → Regional, adjective; «пресслужба» → Press Service, the organ that speaks
  for the body it names: «пресслужба ДСНС» is the State Emergency Service itself);
* a place adjective before the head («Чернігівській ОВА» → Chernihiv Regional Military Administration);
* the state that owns it (``states.txt``, ``exonyms.txt``: «Минюст РФ» → Ministry of Justice of Russia),
  else, for a state body, the one state the article names (none where it names several: no identity);
* a quoted title («видання «Українська правда»») is the body's own name, romanised.

A mention with no body word (anonymous sources, «СМИ», "Rights groups"), a person described by a role
(«глава ОВА», "Kremlin spokesman") and a bare generic noun («адміністрації», «в сообщении») get no
institution of their own; the last one refers back to the body the article quoted before
(:func:`is_body_reference`, used by ``resolve.link``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang as languages
from ..model import INSTITUTION_PREFIX as PREFIX, Link, person_kind
from . import names as N

#: the score of an institution link: a body read from its name, as sure as a discovered person
SCORE = 0.6

_WORD = re.compile(r"[«“„\"]|[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_TITLE = re.compile(r"[«“„\"]([^«»“”„\"]{2,60})[»”“\"]")


def institution(mention: str, lang: str | None, owner: str | None = None) -> Link | None:
    """The institution a speaker mention names, or None (a person, a group, a source, a generic noun).

    Args:
        mention: the speaker mention as written («пресслужба ДСНС України», «Минюст РФ»).
        lang: the article's language code.
        owner: the state the article names first (English), for a state body named without one.
    """
    name = canonical_name(mention, lang, owner)
    if not name:
        return None
    return Link(PREFIX + N.slug(name), name, SCORE, "institution")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'")


def _title(text: str) -> str:
    """English title case (canonical names are English): small words («of», «the») stay lower case."""
    small = languages.get(languages.LINGUA_FRANCA).word_list("headline_small_words")
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(text.split()))


@lru_cache(maxsize=None)
def _place_adjective(code: str) -> re.Pattern[str] | None:
    """A place adjective of the pack (``place_adjectives.txt``: suffixes, then case endings), the place's stem
    as group 1."""
    rows = languages.get(code).rows("place_adjectives")
    parts = {kind: sorted((r[1] for r in rows if r[0] == kind and len(r) > 1), key=len, reverse=True)
             for kind in ("suffix", "ending")}
    if not parts["suffix"] or not parts["ending"]:
        return None
    return re.compile(r"^(\w{3,}?)(%s)(?:%s)$" % ("|".join(parts["suffix"]), "|".join(parts["ending"])), re.I)


@lru_cache(maxsize=None)
def _glossary(code: str) -> tuple[tuple[str, str, str], ...]:
    """(stem, English, class) rows of the pack's ``body_words.txt``, longest stem first."""
    rows = [(r[0], r[1], r[2]) for r in languages.get(code).rows("body_words") if len(r) > 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _gloss(word: str, code: str) -> tuple[str, str] | None:
    w = _norm(word)
    for stem, english, cls in _glossary(code):
        if w.startswith(stem) and len(w) - len(stem) <= 4:
            return _title(english), cls
    return None


def _glossary_word(word: str, code: str) -> bool:
    return any(_norm(word) == stem for stem, _e, _c in _glossary(code))


def _forms(word: str, lg) -> list[str]:
    w = _norm(word)
    out = [w, N.fold(word), *sorted(lg.lemmas(word))]
    if len(w) >= 5:
        out += [w[:-1], w[:-2]]
    return out


def _table_hit(word: str, lg, table: str) -> str | None:
    found = lg.table(table)
    return next((found[f] for f in _forms(word, lg) if f in found), None) if found else None


@lru_cache(maxsize=None)
def _owned(code: str) -> frozenset[str]:
    """The names of ``bodies.txt`` that need their state (third column ``owned``: «Минфин»)."""
    return frozenset(r[1] for r in languages.get(code).rows("bodies") if len(r) > 2 and r[2] == "owned")


def state_of(word: str, lang: str | None) -> str | None:
    """The English name of the state a word names («України», «РФ», «российский» → Ukraine, Russia)."""
    hit = languages.get(lang).state_of(word)
    return _title(hit) if hit else None


def _role(word: str, lg) -> bool:
    return lg.is_role(word) or any(lem in lg.role_nouns for lem in lg.lemmas(word))


def _item(word: str, lg, code: str) -> tuple[str, str] | None:
    """(class, English) of one word of a body's name: abbr, title, state, place, or a glossary class."""
    return _item_of(word, code)


@lru_cache(maxsize=100_000)
def _item_of(word: str, code: str) -> tuple[str, str] | None:
    """:func:`_item`, read once per word and language: ``named_before`` reads every word of 400 characters
    before each body reference, against the whole glossary."""
    lg = languages.get(code)
    if word[0] in "«“„\"":
        return None
    body = _table_hit(word, lg, "bodies")
    if body:
        return ("owned" if body in _owned(code) else "abbr"), _title(body)
    state = state_of(word, code)
    if state:
        return "state", state
    glossed = _gloss(word, code)
    if glossed:
        return glossed[1], glossed[0]
    if len(word) > 1 and word.isupper():
        return "acronym", N.latin_name(word, code).upper().replace("·", "")  # no state body we know: owned by no state
    national = _table_hit(word, lg, "national_adjectives") if word[:1].isupper() else None
    if national:
        return "adj", _title(national)  # «Русском музее»: the Russian Museum, not a place «Рус»
    place = _place_adjective(code)
    if word[:1].isupper() and place and (m := place.match(word)) and N.script(word) != "latn":
        # «Сумской» → Sumy, «Курской» → Kursk, where the dictionary knows the place; else the stem («Чернігів»)
        found = lg.place_of(m.group(1), m.group(2).lower())
        return "place", N.latin_name(found[:1].upper() + found[1:] if found else m.group(1), code)
    return None


@lru_cache(maxsize=50_000)
def canonical_name(mention: str, lang: str | None, owner: str | None = None) -> str | None:
    """The English name of the body a mention names, or None (see the module docstring); read once per mention,
    language and owner (``named_before`` asks it of every body word before each reference)."""
    lg = languages.get(lang)
    code = lg.code
    words = [w for w in _WORD.findall(mention) if w[0] not in "«“„\""]
    if any(N.fold(f) in lg.word_list("not_bodies") for w in words for f in _forms(w, lg)):
        return None  # «источники РБК», «СМИ»: anonymous sources and the media speak as no one body
    if len(words) == 1 and (medium := lg.table("media_abbreviations").get(N.fold(words[0]))):
        return medium.upper()  # «повідомляє ВВС»: the BBC; «ВВС России» is the Air Force (bodies.txt)
    title = _TITLE.search(mention)
    if title and _channel(words, lg):
        return None  # «Telegram-каналу «Харків Live»»: a channel relays news and speaks for no body
    if title and title.group(1)[:1].isupper():
        return N.latin_name(title.group(1).strip(), lang)  # «видання «Українська правда»»: the body's own name
    items: list[tuple[str, str]] = []
    holder = False
    proper = False  # a capitalised body word: «Національної суспільної телерадіокомпанії» names its body
    latin = N.script(mention) == "latn"
    for w in words:
        item = _item(w, lg, code)
        if item is not None and not (item[0] == "role" and not items):
            if latin and item[0] == "noun" and w.islower():
                return None  # "the Swiss company": a generic noun, no body's name
            if holder:
                return None  # «глава ОВА», «речниця ВАКС»: a person the body's name describes
            items.append(item)
            proper = proper or w[:1].isupper() and item[0] in ("noun", "ministry", "organ", "adj")
            continue
        if items:
            rest = words[words.index(w):]
            if _role(w, lg) or any(x[:1].isupper() and not state_of(x, lang) for x in rest):
                return None  # "Kremlin spokesman", «Міноборони Андрій Юсов»: a person the body describes
            break
        if not latin and w[:1].isupper() and not _role(w, lg):
            return None  # «Армстронга ESPN»: a person's name in the mention, no body speaking
        if _role(w, lg) and not lg.is_plural(w.lower()):
            holder = True  # «председатель Пенсионного фонда»; «посадовці з ОП» has a preposition between
        elif len(w) <= 2:
            holder = False
        if latin and w[:1].isupper() and w.lower() not in languages.get(languages.LINGUA_FRANCA).word_list("headline_small_words"):
            items.append(("name", w))
    if latin:
        return _latin_body(items)
    return _compose(items, owner, proper)


def _channel(words: list[str], lg) -> bool:
    """Whether a word of the mention is a channel or page of the pack (``channel_words.txt``), by itself or as the
    last part of a compound («Telegram-каналу»)."""
    channels = lg.word_list("channel_words")
    return bool(channels) and any(f in channels for w in words for part in {w, w.split("-")[-1]}
                                  for f in _forms(part, lg))


def _latin_body(items: list[tuple[str, str]]) -> str | None:
    """A body named in a Latin-script language: its capitalised words as written, around a body word."""
    if any(c == "abbr" for c, _ in items) and len(items) == 1:
        return items[0][1]
    if not any(c in ("noun", "ministry") for c, _ in items) or not any(c == "name" for c, _ in items):
        return None
    return " ".join(e if c == "name" else e for c, e in items)


def _compose(items: list[tuple[str, str]], owner: str | None, proper: bool = False) -> str | None:
    """English word order for a Slavic body name: places and adjectives, the head, "of" each complement,
    then "of" the state."""
    state = next((e for c, e in items if c == "state"), None)
    parts = [(c, e) for c, e in items if c != "state"]
    head_at = next((i for i, (c, _) in enumerate(parts) if c in ("noun", "ministry", "organ", "abbr", "owned", "acronym")), None)
    if head_at is None:
        return None
    before, head, after = parts[:head_at], parts[head_at], parts[head_at + 1:]
    if head[0] == "organ":
        bodies = [i for i, (c, _) in enumerate(after) if c in ("noun", "ministry", "abbr", "owned", "acronym")]
        if bodies:  # «пресслужба ДСНС»: the press office speaks for the body it names
            before, head, after = after[:bodies[0]], after[bodies[0]], after[bodies[0] + 1:]
    named = proper or any(c in ("abbr", "owned", "acronym", "place") for c, _ in [*before, head, *after]) or state is not None \
        or head[0] == "organ" and any(c == "role" for c, _ in after)
    if not named:
        return None  # «адміністрації», «пресс-службе», «музее»: the body the article quoted before
    name = " ".join(e for c, e in before if c in ("place", "adj", "noun", "ministry")) + " " + head[1]
    state_body = head[0] in ("owned", "ministry") or any(c == "role" for c, _ in after)
    pending: list[str] = []
    for c, e in after:
        if c == "adj":
            pending.append(e)
        elif c in ("noun", "ministry", "abbr", "owned", "acronym", "role", "field"):
            article = "" if c == "field" else "the "
            name += f" of {article}{' '.join([*pending, e])}"
            pending = []
            state_body = state_body or c == "owned"
    name = name.strip()
    state = state or (owner if state_body else None)
    if state_body and not state and not any(c == "abbr" and " of " in e for c, e in after):
        return None  # «Минобороны» in an article about two states: whose ministry is not said
    if state and not re.search(r"\bof (?:the )?" + re.escape(state) + r"\b", name):
        name += f" of {state}"
    return name


def is_body_reference(mention: str, lang: str | None) -> bool:
    """Whether a mention names a body only by a generic noun («адміністрації», «пресс-службе», «в музее»)
    or a document («у повідомленні», «в сообщении»): it refers back to the body quoted before."""
    lg = languages.get(lang)
    words = [w for w in _WORD.findall(mention) if w[0] not in "«“„\""]
    content = [w for w in words if len(w) > 2]
    if not content or len(content) > 2 or any(w[:1].isupper() and w != words[0] for w in content):
        return False
    code = lg.code
    if N.script(mention) == "latn" and any(not _glossary_word(w, code) for w in content):
        return False  # "The departments": a plural or a longer word is no reference to one body
    kinds = [(_gloss(w, code) or ("", ""))[1] for w in content]
    if all(k in ("noun", "ministry", "organ", "adj") for k in kinds) and any(k in ("noun", "ministry", "organ") for k in kinds):
        return True
    return len(content) == 1 and lg.noun_class(content[0]) is not None


def named_before(text: str, end: int, lang: str | None, owner: str | None = None, reach: int = 400) -> Link | None:
    """The body named last in the ``reach`` characters before ``end`` («Об этом сообщает пресс-служба
    премьера.» before «В пресс-службе добавили …»), for a generic noun or document that refers back to it
    when no statement before it was the body's; a body a role stands before («глава Минфина») is a person's."""
    lg = languages.get(lang)
    code = lg.code
    found = None
    for clause in re.split(r"[.!?;:\n«»“”\"()]", text[max(0, end - reach):end]):
        words = _WORD.findall(clause)
        for i, w in enumerate(words):
            item = _item(w, lg, code)
            if item is None or item[0] in ("adj", "role", "field", "state", "acronym") or i and _role(words[i - 1], lg):
                continue
            start = i
            while start and (prev := _item(words[start - 1], lg, code)) and prev[0] in ("adj", "place"):
                start -= 1
            link = institution(" ".join(words[start:i + 4]), lang, owner)
            if link is not None:
                found = link
    return found


def article_state(text: str, lang: str | None) -> str | None:
    """The one state an article names (the owner of a state body it names without one); None when it
    names none or several («Минобороны» in an article about Russia and Ukraine is nobody's). A state body it
    names by its own abbreviation names its state too: «Генштаб» in an article about «ЗСУ» and «Росіяни» is
    nobody's, not Russia's."""
    found = {state for w in re.findall(r"[^\W\d_]{2,}", text[:4000]) if w[:1].isupper()
             and (state := state_of(w, lang) or _body_state(w, lang))}
    return found.pop() if len(found) == 1 else None


def _body_state(word: str, lang: str | None) -> str | None:
    """The state in the English name of a state body an abbreviation names («ЗСУ» → Ukraine)."""
    lg = languages.get(lang)
    body = _table_hit(word, lg, "bodies") if word.isupper() else None
    state = body.rsplit(" of ", 1)[1] if body and " of " in body else None
    return _title(state) if state and state in _state_names(lg.code) else None


@lru_cache(maxsize=None)
def _state_names(code: str) -> frozenset[str]:
    """The (folded English) states the pack's ``states.txt`` names."""
    return frozenset((languages.get(code).table("states") or {}).values())


__all__ = ["PREFIX", "SCORE", "article_state", "canonical_name", "institution", "is_body_reference", "named_before",
           "person_kind", "state_of"]
