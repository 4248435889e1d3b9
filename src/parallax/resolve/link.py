"""Link statements to people: each speaker mention becomes a person id, with its evidence.

Reads: ``Statement.speaker_name`` (else the speaker span's text), ``Article.published`` and
``Article.language``. Writes: ``person_id``, ``person_name``, ``person_rule``,
``person_score`` on new ``Statement`` copies. Depends on: ``resolve.registry``.

A named speaker that matches nobody becomes a *discovered* person whose id derives from
the normalised full name, so the same unknown name in two articles gets one person. A
pronoun, a bare surname nobody bears, an organisation ("the Kremlin", "Rights groups") or an
anonymous source never becomes a person. A body that speaks («пресслужба ДСНС», «Минюст РФ»)
links to an *institution* (``resolve.institutions``: its own ``body:`` ids, never stored among
the people), and a generic noun or document after it («адміністрації», «у повідомленні») to the
body the article quoted last; anonymous sources and groups stay unlinked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..model import Article, Link, Person, Statement
from . import names as N
from .institutions import article_state, institution, is_body_reference, named_before, person_kind
from .registry import SCORES, Registry, discovered_person

DISCOVERED_SCORE = 0.6


def is_organisation(mention: str, lang: str | None = None) -> bool:
    """Whether a speaker mention names an organisation, a group or an anonymous source."""
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", mention)
    if not words:
        return True
    folded = [N.fold(w) for w in words]
    if any(w in N.ORG_WORDS for w in folded):
        return True
    letters = [w for w in words if len(w) > 1]
    return bool(letters) and all(w.isupper() for w in letters)


def _mentions(s: Statement) -> tuple[str, ...]:
    """The named mention first, then the speaker as written (a description may resolve by role)."""
    out = []
    if s.speaker_name and s.speaker_name.strip():
        out.append(s.speaker_name.strip())
    if s.speaker is not None and s.speaker.text.strip():
        out.append(s.speaker.text.strip())
    return tuple(dict.fromkeys(out))


def _mention(s: Statement) -> str | None:
    found = _mentions(s)
    return found[0] if found else None


def link(statements: Sequence[Statement], article: Article,
         registry: Registry) -> tuple[list[Statement], list[Person]]:
    """Fill the person fields of one article's statements.

    Args:
        statements: the article's statements, as extracted (``person_*`` may be empty).
        article: the article, for its date and language.
        registry: the loaded people registry.

    Returns:
        The statements with person fields set where a person was found (others unchanged,
        with their person fields cleared), and the new *discovered* people to store.
    """
    lang = article.language
    date = (article.published or "")[:10] or None
    mentions = [m for m in (_mention(s) for s in statements) if m]
    context = tuple(dict.fromkeys(m for m in mentions if N.script(m) != "other"))
    cache: dict[str, Link | Person | None] = {}
    new: dict[str, Person] = {}
    out: list[Statement] = []
    owner: list[str | None] = []  # the one state the article names, read once when a body needs it
    last_body: Link | None = None

    def state() -> str | None:
        if not owner:
            owner.append(article_state(f"{article.title or ''} {article.text}", lang))
        return owner[0]
    for s in statements:
        if (fixed := registry.speaker_of(s.id)) is not None:  # an analyst's reassignment wins (issue 15)
            out.append(replace(s, person_id=fixed, person_name=registry.people[fixed].name,
                               person_rule="correction", person_score=1.0))
            continue
        results = []
        for mention in _mentions(s):
            if mention not in cache:
                cache[mention] = _resolve(_headline_free(mention, lang, article.text), lang, date, context,
                                          registry, state, article.text)
            found = cache[mention]
            if not s.speaker_name and isinstance(found, Link) and found.rule == "inflection":
                continue  # «со ссылкой на источники в команде президента Владимира Зеленского»: a name
                # in a case form that extraction found to be no subject is no speaker
            results.append(found)
        # A known person from either mention beats a discovered one, which beats an institution.
        found = next((r for r in results if isinstance(r, Link) and person_kind(r.person_id) == "person"),
                     next((r for r in results if isinstance(r, Person)),
                          next((r for r in results if isinstance(r, Link)), None)))
        if found is None and any(is_body_reference(m, lang) for m in _mentions(s)):
            before = last_body or named_before(article.text, s.start, lang, state())
            if before is not None:
                found = Link(before.person_id, before.name, before.score, "body-reference")
        if isinstance(found, Link) and person_kind(found.person_id) == "institution":
            last_body = found
        if isinstance(found, Link):
            out.append(replace(s, person_id=found.person_id, person_name=found.name,
                               person_rule=found.rule, person_score=found.score))
        elif isinstance(found, Person):
            if found.id not in registry.people:
                new[found.id] = found
            out.append(replace(s, person_id=found.id, person_name=found.name,
                               person_rule="discovered", person_score=DISCOVERED_SCORE))
        else:
            out.append(replace(s, person_id=None, person_name=None, person_rule=None, person_score=None))
    return out, list(new.values())


#: rules too weak to make a person of an organisation-looking mention («ЗСУ» ≠ a surname)
_WEAK = frozenset({"surname-unique", "surname-prominent", "fuzzy"})


def _resolve(mention: str, lang: str | None, date: str | None, context: tuple[str, ...],
             registry: Registry, state=lambda: None, text: str = "") -> Link | Person | None:
    if N.fold(mention) in N.PRONOUNS:
        return None
    others = tuple(c for c in context if c != mention)
    org = is_organisation(mention, lang)
    found = registry.resolve(mention, lang=lang, date=date, context_names=others)
    if found is not None and (not org or found.rule not in _WEAK):
        return found  # «ЗСУ» is an organisation, not a surname that happens to match someone
    if org:
        name = _trailing_name(mention, lang)
        if name:  # «очільник ГУР Міноборони Кирило Буданов»: the person the bodies describe
            return _resolve(name, lang, date, context, registry, state)
        return institution(mention, lang, state())
    words = mention.split()
    if len(words) == 1 and found is None and text and (full := _full_name_in(mention, text, lang)):
        # «Бабенков» where the article wrote «В'ячеслава Бабенкова», "Lynch" after "Loretta Lynch": the one
        # full name the article gives with that surname
        return _resolve(full, lang, date, context, registry, state)
    if len(words) >= 3:
        # an epithet or role before a name ("Kremlchef Wladimir Putin", «Білорус Олександр
        # Лукашенко»), or two names run together («Дональд Трамп Стів Віткофф»): the longest
        # known name inside the mention, first from the end, then from the start
        parts = ([words[:k] for k in range(len(words) - 2, 1, -1)]   # a full name, then another
                 + [words[k:] for k in range(1, len(words) - 1)]        # an epithet, then the name
                 + [words[:-1]])
        for part in parts:
            sub = registry.resolve(" ".join(part), lang=lang, date=date, context_names=others)
            if sub is not None and sub.rule not in ("surname-unique", "surname-prominent", "fuzzy", "role-date",
                                                    "role-context"):
                return sub  # a role inside a longer one ("the vice president of …") is someone else
    if len(words) == 2 and _not_first_name(words[0], lang):
        # a place, an oblique case or a role before a surname ("W Kazachstanie Putin mówił",
        # "Der Außenbeauftragte Borrell erklärte"): the surname alone, never a two-word person
        sub = registry.resolve(words[1], lang=lang, date=date, context_names=others)
        return sub if sub is not None and sub.rule != "fuzzy" else institution(mention, lang, state())
    person = discovered_person(mention, lang)
    if person is None and len(words) >= 4:
        person = discovered_person(" ".join(words[:2]), lang)  # two unknown names run together: the first
    if person is None:
        return institution(mention, lang, state())
    known = registry.get(person.id)
    if known is not None:
        return Link(known.id, known.name, DISCOVERED_SCORE, "discovered")
    other = registry.same_sound(person)
    if other is not None:  # «Лэнс Армстронг» after "Lance Armstrong": one man in two scripts
        return Link(other.id, other.name, SCORES["sound"], "sound")
    return person


def _full_name_in(surname: str, text: str, lang: str | None) -> str | None:
    """The one full name (a given name, then this surname in any case form) the article writes; None
    when it writes none or two («Hillary Clinton» and «Bill Clinton»)."""
    from .registry import _canonical_tokens

    if len(surname) < 3 or not surname[:1].isupper() or _written_lower(surname, text):
        return None  # "Pollsters", "Department": the article writes it as a common word
    key = _canonical_tokens((surname,), lang)
    if not key:
        return None
    found: dict[str, str] = {}
    for m in re.finditer(rf"\b([^\W\d_][\w’'-]*)\s+({re.escape(surname[:3])}\w*)", text):
        first, last = m.group(1), m.group(2)
        if not first[:1].isupper() or first.isupper() or not _given_name(first, lang) \
                or _written_lower(first, text):
            continue  # "State Department": «state» is a common word of the article, no given name
        before = re.search(r"([^\W\d_][\w’'.-]*)\s*$", text[max(0, m.start() - 40):m.start()])
        if before and before.group(1)[:1].isupper() and not _title_or_role(before.group(1), lang):
            continue  # "New York Times", "Milwaukee Journal Sentinel": a longer name, no person's
        pair = _canonical_tokens((first, last), lang)
        if pair and _same_surname(pair[-1][0], key[0][0]):
            found.setdefault(N.fold(first), f"{first} {last}")
    return next(iter(found.values())) if len(found) == 1 else None


def _title_or_role(word: str, lang: str | None) -> bool:
    from .. import lang as languages

    lg = languages.get(lang)
    return word.lower().rstrip(".") in lg.titles or lg.is_role(word) or word.lower() in lg.word_list("stopwords")


def _written_lower(word: str, text: str) -> bool:
    """Whether the article also writes ``word`` (its stem, for a plural) in lower case: a common word."""
    stem = re.sub(r"[’'`]s$", "", word.lower())
    return bool(re.search(rf"(?<![\w’'-]){re.escape(stem)}", text))


def _same_surname(a: str, b: str) -> bool:
    """Two surname keys of one surname, one of them maybe still in a case form («бабенкова», «бабенков»)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3


def _given_name(word: str, lang: str | None) -> bool:
    """A word that can open a person's name: a listed or dictionary given name; in Latin script, any
    capitalised word that is no role, title, determiner, place or body ("Loretta", not "AG" or "The")."""
    from .. import lang as languages

    if N.is_forename(word, lang):
        return True
    lg = languages.get(lang)
    low = word.lower()
    return N.script(word) == "latn" and low not in lg.determiners and low not in lg.titles \
        and low not in lg.word_list("stopwords") \
        and not lg.is_role(word) and not _not_first_name(word, lang) and not is_organisation(word, lang)


def _headline_free(mention: str, lang: str | None, text: str) -> str:
    """The mention without the adverbs a title-case headline capitalised into it ("Clinton Angrily Denies
    Affair" → "Clinton"): a word with the language's adverb ending that the article also writes in lower
    case ("today angrily denied") is no name word; Kelly or Connolly, never written so, stay."""
    from .. import lang as languages

    suffixes = languages.get(lang).adverb_suffixes
    words = mention.split()
    if not suffixes or len(words) < 2:
        return mention
    kept = [w for w in words if not (w[:1].isupper() and w.lower().endswith(suffixes) and _written_lower(w, text))]
    return " ".join(kept) if kept else mention


def _trailing_name(mention: str, lang: str | None) -> str | None:
    """The capitalised words that end an organisation-looking mention, when two or more name no body:
    a person's name after the bodies that describe them («Міноборони Андрій Юсов»)."""
    words = mention.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not words[k - 1].isupper() \
            and not is_organisation(words[k - 1], lang) and not N.looks_geo_or_org(words[k - 1], lang):
        k -= 1
    return " ".join(words[k:]) if 2 <= len(words) - k < len(words) else None


def _not_first_name(word: str, lang: str | None) -> bool:
    """A word that cannot open a name: a place in any case form, or a role of the language."""
    from .registry import _epithet

    return N.looks_geo_or_org(word, lang) or bool(lang) and _epithet(word, lang)


__all__ = ["DISCOVERED_SCORE", "is_organisation", "link"]
