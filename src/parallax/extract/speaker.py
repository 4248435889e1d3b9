"""Speakers: mentions in the article, and the named person each mention refers to.

Method (PEERS §2.7, after citron and flopo): a per-article table of capitalised name
sequences (titles stripped, Russian/Ukrainian names put in the nominative with pymorphy3);
a shorter form (surname, forename) maps to the earliest longest form that contains it.
Pronouns resolve to the nearest preceding person outside quoted text that agrees in gender
(English: titles and forename lists; ru/uk: pymorphy3 gender of the name and of the past-tense
cue verb, заявил/заявила); descriptions ("the Belarusian leader", "глава государства") to the
nearest preceding person; organisation nouns ("the Kremlin") are speakers in their own right.
No coreference model is used: none works offline (MODELS.md §8).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .doc import Doc, Tok

_POSSESSIVE = re.compile(r"(?:[’']s|[’'])$")
_PARTICLES = frozenset({"de", "van", "von", "der", "bin", "al", "la", "le", "di", "da", "ibn", "du"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})
_COORD = frozenset({"and", "but", "и", "а", "но", "і", "й", "та", "але", "und", "aber", "i", "oraz", "ale"})
_ORG_HINTS = frozenset("""
ministry house party institute news agency times post journal committee council office department
service union bank fund court police army corporation company inc group university school
association foundation commission network channel tv radio press street center centre states
kingdom republic nations union federation korea america city county river sea square
""".split())
_OBJ_PRONOUNS = frozenset({"ему", "ей", "им", "нам", "мне", "вам", "йому", "їй", "їм", "мені", "нам", "вам",
                           "ihm", "ihr", "mir", "uns", "mu", "jej", "im"})
#: English words that end a speaker's lower-case modifiers ("said former governor X" but not
#: "said in a statement X")
_EN_FUNCTION = frozenset("""in on at to of for with by from that this these those the a an and or but as
about after before during over under he she they it we i you who which his her their its there here
when while if because not no so another one some many several most other others each every both all any""".split())
#: prepositions inside a role's genitive complement ("постпред России при ООН")
_GEN_LINKS = frozenset({"при", "по", "с", "з", "із", "зі", "в", "у", "во", "на", "для", "of", "for"})
_ADJ_END = ("ий", "ый", "ой", "ій", "ая", "яя", "а", "ian", "ese", "ish", "ic", "an", "i")


@dataclass(slots=True)
class Mention:
    """A possible speaker: a name, pronoun, description or organisation, as written."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | desc | org
    name: str | None = None  # normalised name (names only), titles stripped
    gender: str | None = None
    person: bool | None = None
    number: str = "sg"
    first_tok: int = 0
    last_tok: int = 0
    key: str | None = None


@dataclass(slots=True)
class Cluster:
    name: str
    gender: str | None = None
    person: bool | None = None
    words: set[str] = field(default_factory=set)


class Mentions:
    """Every mention outside quoted text, indexed by token, plus the article's name table."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.items: list[Mention] = []
        self.by_last: dict[int, Mention] = {}
        self.by_first: dict[int, Mention] = {}
        self.clusters: list[Cluster] = []
        self._find()
        self._cluster()

    # ------------------------------------------------------------ finding mentions
    def _is_sentence_initial(self, t: Tok) -> bool:
        toks = self.doc.tokens
        k = t.i - 1
        while k >= 0 and not toks[k].is_word and toks[k].text in "“„«‘\"'—–-(``":
            k -= 1
        return k < 0 or toks[k].sent != t.sent or toks[k].text in ".!?:…"

    def _find(self) -> None:
        doc, lang = self.doc, self.lang
        toks = doc.tokens
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if not t.is_word or doc.in_quote(t.start):
                i += 1
                continue
            low = t.lower
            if low in lang.pronouns:
                g, num = lang.pronouns[low]
                self._add(Mention(t.start, t.end, t.text, "pronoun", None, g, True, num, i, i))
                i += 1
                continue
            if t.text[:1].isupper() and (lang.is_name_word(t.text, self._is_sentence_initial(t))
                                         or t.lower in lang.titles):
                j = i
                while j + 1 < n:
                    nx = toks[j + 1]
                    if nx.sent != t.sent or doc.in_quote(nx.start):
                        break
                    if nx.text[:1].isupper() and nx.is_word and nx.lower not in lang.not_names \
                            and nx.lower not in lang.pronouns and not _headline_verb(lang, nx.text):
                        j += 1
                    elif nx.lower in _PARTICLES and j + 2 < n and toks[j + 2].text[:1].isupper():
                        j += 1
                    elif nx.text == "." and len(toks[j].text) == 1 and toks[j].text.isupper() and j + 2 < n \
                            and toks[j + 2].text[:1].isupper():
                        j += 1  # initials: J. Smith
                    elif nx.text == "." and toks[j].lower in lang.titles and j + 2 < n \
                            and toks[j + 2].text[:1].isupper():
                        j += 1  # Mr. Obama
                    elif nx.text[:1].isdigit() and len(nx.text) <= 2 and j + 1 - i <= 2:
                        j += 1  # Russia 1, Channel 4
                    else:
                        break
                if sum(1 for x in toks[i:j + 1] if x.is_word) > 5:
                    i = j + 1  # a title-case headline, not a name
                    continue
                j = self._past_genitive(i, j)
                nxt_i = j + 1
                if nxt_i < n and toks[nxt_i].lower in lang.role_nouns and toks[nxt_i].text[:1].islower() \
                        and toks[nxt_i].sent == t.sent:
                    self._add_description(nxt_i, "desc", floor=i)  # "Ukrainian officials"
                    i = nxt_i + 1
                    continue
                self._add_name(i, j)
                i = j + 1
                continue
            role = self._role(t)
            if role and lang.code in ("ru", "uk") and any(
                    i + d < n and toks[i + d].text[:1].isupper() and toks[i + d].sent == t.sent
                    and all(toks[i + e].text[:1].islower() and toks[i + e].is_word for e in range(1, d))
                    for d in (1, 2)):
                role = None  # "речниці МЗС Ірини Сибіги", "проректор університету Лев …": the name speaks
            if role:
                self._add_description(i, role)
            i += 1

    def _past_genitive(self, i: int, j: int) -> int:
        """ru/uk: the end of the person's name when a role word's genitive complement comes
        first ("губернатор Белгородской области Вячеслав Гладков", "уповноважений Верховної
        Ради з прав людини Дмитро Лубінець"): the capitalised run ``i..j`` opens with a genitive
        or an abbreviation, not a name, and a name follows within a few lower-case genitives or prepositions; else ``j``."""
        toks, lang = self.doc.tokens, self.lang
        if lang.code not in ("ru", "uk") or i == 0 or toks[i - 1].sent != toks[i].sent \
                or lang.lemma(toks[i - 1].text) not in lang.role_nouns \
                or lang.is_person_word(toks[i].text) \
                or not (toks[i].text.isupper() or lang.is_oblique(toks[i].text)):
            return j
        n = len(toks)
        k = j + 1
        while k < n and k - j <= 6 and toks[k].sent == toks[i].sent and toks[k].is_word \
                and not self.doc.in_quote(toks[k].start):
            t = toks[k]
            if t.text[:1].isupper():
                if not lang.is_person_word(t.text):
                    k += 1
                    continue
                e = k
                while e + 1 < n and toks[e + 1].sent == t.sent and toks[e + 1].is_word \
                        and lang.is_person_word(toks[e + 1].text):
                    e += 1
                return e
            if t.lower in _GEN_LINKS or lang.is_oblique(t.text):
                k += 1
                continue
            break
        return j

    def _role(self, t: Tok) -> str | None:
        lang = self.lang
        low = t.lower
        if low in lang.role_nouns:
            return "desc"
        if low in lang.org_nouns:
            return "org"
        if lang.code == "en" and low.endswith("s") and (low[:-1] in lang.role_nouns or low[:-2] in lang.role_nouns):
            return "desc"  # plural: candidates, spokesmen's peers
        if lang.code in ("ru", "uk") and t.is_word and len(low) > 3:
            lem = lang.lemma(t.text)
            if lem in lang.role_nouns:
                return "desc"
            if lem in lang.org_nouns:
                return "org"
        return None

    def _drop_from(self, start: int) -> None:
        """Forget mentions that a wider one starting at ``start`` now covers."""
        while self.items and self.items[-1].end > start:
            m = self.items.pop()
            self.by_first.pop(m.first_tok, None)
            self.by_last.pop(m.last_tok, None)

    def _add(self, m: Mention) -> None:
        if m.first_tok in self.by_first or m.last_tok in self.by_last:
            return
        self.items.append(m)
        self.by_first[m.first_tok] = m
        self.by_last[m.last_tok] = m

    def _add_name(self, i: int, j: int) -> None:
        toks, lang = self.doc.tokens, self.lang
        seq = toks[i:j + 1]
        # strip titles and role words: the name is what follows the last of them
        cut = -1
        gender = None
        for k, t in enumerate(seq):
            if t.text == ".":
                continue
            low = t.lower.rstrip(".")
            if low in lang.titles or low in lang.role_nouns or t.lower in lang.titles \
                    or lang.code == "de" and lang.is_role(low):
                cut = k
                g = lang.titles.get(low) or lang.titles.get(t.lower)
                gender = gender or g
            elif lang.code in ("ru", "uk") and lang.lemma(t.text) in lang.role_nouns:
                cut = k
        name_toks = seq[cut + 1:]
        lower = [k for k, t in enumerate(name_toks) if t.is_word and t.text[:1].islower()
                 and lang.code in ("ru", "uk")]
        if lower and lower[-1] + 1 < len(name_toks):
            name_toks = name_toks[lower[-1] + 1:]  # past a role's genitive complement (_past_genitive)
            cut = max(cut, 0)
        if lang.code in ("ru", "uk") and any(lang.is_person_word(t.text) for t in name_toks):
            while len(name_toks) > 1 and not lang.is_person_word(name_toks[0].text) and (
                    name_toks[0].text.isupper() or lang.is_oblique(name_toks[0].text)
                    or name_toks[0].text[:1].islower()):
                name_toks = name_toks[1:]  # "Кремля Дмитрий Песков", "МИД Мария Захарова"
                cut = max(cut, 0)
        start = seq[0].start
        if lang.code in ("ru", "uk") and i > 0 and toks[i - 1].sent == seq[0].sent \
                and lang.lemma(toks[i - 1].text) in lang.role_nouns:
            start = toks[i - 1].start  # "Пресс-секретарь Кремля Дмитрий Песков"
            cut = max(cut, 0)
            k0 = i - 2
            while k0 >= 0 and toks[k0].sent == seq[0].sent and toks[k0].lower.endswith(_ADJ_END[:6]):
                start = toks[k0].start
                k0 -= 1
        # a description before the name ("the Belarusian leader Lukashenko") widens the span
        if lang.code not in ("ru", "uk") and i > 0 and toks[i - 1].lower in lang.role_nouns \
                and toks[i - 1].sent == seq[0].sent:
            cut = max(cut, 0)  # "Kremlin spokesman Dmitry Peskov": the role word is a title here
            start = toks[i - 1].start
            k0 = i - 2
            while k0 >= 0 and i - k0 <= 4 and toks[k0].sent == seq[0].sent and toks[k0].is_word and (
                    toks[k0].text[:1].isupper() or toks[k0].lower.endswith(_ADJ_END)) \
                    and toks[k0].lower not in _DETERMINERS and toks[k0].lower not in lang.not_names:
                start = toks[k0].start
                k0 -= 1
            self._drop_from(start)
        k = i - 1 if start == seq[0].start else -1
        while cut >= 0 and k >= 0 and toks[k].is_word and not toks[k].text[:1].isupper() \
                and toks[k].lower not in _DETERMINERS and k >= i - 3 and toks[k].sent == seq[0].sent \
                and (toks[k].lower in lang.role_nouns or toks[k].lower.endswith(_ADJ_END)):
            start = toks[k].start
            k -= 1
        if k >= 0 and toks[k].lower in ("the",) and cut >= 0:
            start = toks[k].start
        last = seq[-1]
        end = last.end
        if not name_toks:
            self._add(Mention(start, end, self.doc.text[start:end], "desc", None, gender, True, "sg", i, j))
            return
        name_toks = [t for t in name_toks if t.text != "." or len(name_toks) == 1]
        words = [_POSSESSIVE.sub("", t.text) if t is name_toks[-1] else t.text for t in name_toks]
        if lang.code in ("ru", "uk"):
            hint = None  # "речника Сил оборони півдня Владислава Волошина": the role word's case decides
            for r in range(name_toks[0].i - 1, max(-1, name_toks[0].i - 6), -1):
                if toks[r].sent != name_toks[0].sent or not toks[r].is_word:
                    break
                if lang.lemma(toks[r].text) in lang.role_nouns:
                    hint = toks[r].text
                    break
            words = lang.nominative_name(words, hint)
        if name_toks[-1].text != _POSSESSIVE.sub("", name_toks[-1].text):
            end = name_toks[-1].start + len(_POSSESSIVE.sub("", name_toks[-1].text))
        name = " ".join(words)
        person = self._personhood(name_toks, cut >= 0)
        for t, w in zip(name_toks, words):
            raw = _POSSESSIVE.sub("", t.text)
            # the nominative decides when the name was inflected: Владислава → Владислав, not Vladislava
            gender = gender or lang.name_gender(w if lang.code in ("ru", "uk") and w != raw else raw)
        self._add(Mention(start, end, self.doc.text[start:end], "name", name, gender, person, "sg",
                          self.doc.tok_at(start), j))

    def _personhood(self, name_toks: list[Tok], titled: bool) -> bool | None:
        lang = self.lang
        if titled and lang.code in ("ru", "uk") and not any(lang.is_person_word(t.text) for t in name_toks) \
                and all(lang.is_oblique(t.text) or t.text.isupper() and len(t.text) > 1 for t in name_toks) \
                and any(lang.is_oblique(t.text) for t in name_toks):
            return False  # "речника Сил …": a genitive noun after the role word, not its name
        if titled:
            return True
        if lang.code in ("ru", "uk"):
            if any(lang.is_person_word(t.text) for t in name_toks):
                return True
            return None
        lows = [t.lower for t in name_toks]
        if any(w in _ORG_HINTS for w in lows) or any(t.text.isupper() and len(t.text) > 1 for t in name_toks):
            return False
        if any(t.text[:1].isdigit() for t in name_toks):
            return False
        if lows[-1].endswith(("ian", "ese", "ish", "ean", "kan", "can")) and lows[-1] not in ("ian",):
            return False
        if lang.name_gender(name_toks[0].text):
            return True
        if len(name_toks) >= 2:
            return True
        return None

    def _add_description(self, i: int, kind: str, floor: int = -1) -> None:
        toks, lang = self.doc.tokens, self.lang
        t = toks[i]
        s = i
        k = i - 1
        while k >= 0 and (i - k <= 3 or k >= floor >= 0) and toks[k].is_word and toks[k].sent == t.sent \
                and not self.doc.in_quote(toks[k].start):
            low = toks[k].lower
            if low in _DETERMINERS:
                s = k
                break
            if low.endswith(_ADJ_END) or toks[k].text[:1].isupper() or low in lang.role_nouns \
                    or low in lang.org_nouns:
                if low in lang.fillers or low in lang.not_names or low in _COORD:
                    break
                s = k
                k -= 1
                continue
            break
        e = i
        if lang.code in ("ru", "uk") and i + 1 < len(toks) and toks[i + 1].lower in ("государства", "держави",
                                                                                     "кремля", "мид", "мзс"):
            e = i + 1
        gender = "f" if t.lower in ("spokeswoman", "chairwoman", "речниця", "представниця", "congresswoman") else None
        number = "pl" if lang.code == "en" and t.lower.endswith("s") and not t.lower.endswith("ss") else "sg"
        start, end = toks[s].start, toks[e].end
        self._add(Mention(start, end, self.doc.text[start:end], kind, None, gender, kind == "desc", number, s, e))

    # ------------------------------------------------------------ name table
    def _cluster(self) -> None:
        """Map each name to the earliest longest form that contains its words."""
        names = [m for m in self.items if m.kind == "name"]
        order = sorted(names, key=lambda m: (-len(m.name.split()), m.start))
        for m in order:
            words = {w.lower() for w in m.name.split()}
            target = None
            for c in self.clusters:
                if words <= c.words and c.person is not False and (m.person is not False or len(words) > 1):
                    target = c
                    break
            if target is None:
                target = Cluster(m.name, m.gender, m.person, set(words))
                self.clusters.append(target)
            else:
                target.gender = target.gender or m.gender
                if m.person is not None and target.person is None:
                    target.person = m.person
            m.key = target.name
        by_name = {c.name: c for c in self.clusters}
        for m in names:
            c = by_name[m.key]
            m.name = c.name
            m.gender = m.gender or c.gender
            if m.person is None:
                m.person = c.person

    def add_persons(self, spans: list[tuple[int, int]]) -> None:
        """Mark names that a NER model tagged PERSON (the spaCy backend) as persons."""
        for m in self.items:
            if m.kind == "name" and any(a < m.end and m.start < b for a, b in spans):
                m.person = True
                c = self.cluster(m.name)
                if c is not None:
                    c.person = True
        for m in self.items:
            if m.kind == "name" and m.person is None:
                c = self.cluster(m.name)
                m.person = c.person if c is not None else None

    def cluster(self, name: str | None) -> Cluster | None:
        for c in self.clusters:
            if c.name == name:
                return c
        return None

    def mark_speaker(self, m: Mention, verb_gender: str | None = None) -> None:
        """A name that speaks is a person; the cue's gender (заявила) tells its gender."""
        if m.kind != "name":
            return
        c = self.cluster(m.name)
        if c is not None:
            if c.person is None:
                c.person = True
            if verb_gender in ("m", "f") and c.gender is None:
                c.gender = verb_gender

    # ------------------------------------------------------------ lookups
    def left_of(self, tok_index: int, floor: int, skip: list[tuple[int, int]] = ()) -> Mention | None:
        """The subject mention ending right before token ``tok_index`` (fillers, venues and
        one comma-delimited aside skipped); ``floor`` is the first token it may use."""
        toks, lang = self.doc.tokens, self.lang
        j = tok_index - 1
        asides = 0
        free_order = lang.code in ("ru", "uk", "pl", "de")
        while j >= floor:
            t = toks[j]
            if any(a <= t.start < b for a, b in skip):
                j -= 1
                continue
            if t.lower in lang.fillers or (lang.code == "en" and t.lower.endswith("ly") and t.is_word):
                j -= 1
                continue
            m = self.by_last.get(j)
            if m is not None:
                return m
            if t.text == ")":
                k = j - 1
                while k >= floor and toks[k].text != "(" and j - k <= 12:
                    k -= 1
                if k >= floor and toks[k].text == "(":
                    j = k - 1  # "Sen. David Perdue (R-Ga.) said"
                    continue
            if t.text == "," and j == tok_index - 1 and _is_participle(lang, toks[tok_index].text):
                return self.subject_of_sentence(t.sent, floor, j, skip)
            if t.text == "," and asides == 0:
                k = j - 1
                while k >= floor and toks[k].text != "," and j - k <= 14:
                    k -= 1
                if k >= floor and toks[k].text == "," and self.by_last.get(k - 1):
                    asides += 1
                    j = k - 1
                    continue
                return None
            if t.lower in _COORD:
                return self.subject_of_sentence(t.sent, floor, j, skip)
            if free_order and t.is_word and not lang.cue_class(t.text):
                j -= 1
                if tok_index - j > 10:
                    return None
                continue
            return None
        return None

    def subject_of_sentence(self, sent: int, floor: int, before: int,
                            skip: list[tuple[int, int]] = ()) -> Mention | None:
        toks = self.doc.tokens
        j = max(floor, 0)
        while j < before:
            t = toks[j]
            if t.sent == sent and not any(a <= t.start < b for a, b in skip):
                m = self.by_first.get(j)
                if m is not None and m.person is not False:
                    prev = toks[j - 1].lower if j > 0 else ""
                    if prev not in ("of", "with", "to", "by", "about", "from", "for", "at", "in", "on"):
                        return m
            j += 1
        return None

    def right_of(self, tok_index: int, limit: int) -> Mention | None:
        """The mention right after a cue (inverted order: "said Smith", "заявил Лукашенко")."""
        toks, lang = self.doc.tokens, self.lang
        j = tok_index + 1
        while j < limit and j < len(toks) and (toks[j].lower in lang.fillers or toks[j].lower in _OBJ_PRONOUNS):
            j += 1
        if j >= limit:
            return None
        m = self.by_first.get(j)
        if m is None and (lang.code in ("ru", "uk", "de", "pl")
                          or lang.code == "en" and toks[j].lower not in _EN_FUNCTION):
            # "объясняет первый проректор ГУ-ВШЭ Лев Якобсон": lower-case modifiers before the name
            k = j
            while k < limit and k - j < 4 and toks[k].is_word and toks[k].text[:1].islower() \
                    and toks[k].text.lower() not in _COORD and toks[k].lower not in _EN_FUNCTION:
                k += 1
                m = self.by_first.get(k)
                if m is not None:
                    break
        return m

    def resolve(self, m: Mention, verb_gender: str | None = None) -> str | None:
        """The named mention ``m`` refers to: itself if named, else the nearest agreeing person."""
        if m.kind == "name":
            return m.name
        if m.kind == "org":
            return None if m.text.lower() in ("it",) else self._org_name(m)
        if indefinite(m):
            return None
        gender = m.gender
        if gender is None and verb_gender in ("m", "f"):
            gender = verb_gender
        if m.number == "pl" or (m.kind == "pronoun" and m.gender == "n"):
            return None
        fallback = None
        for cand in self._before(m.start):
            if m.start - cand.start > 3000:
                break  # every later candidate is farther still: none can be taken (see below)
            if cand.start >= m.start or cand.kind != "name":
                continue
            if self.unnamed_holder(cand) and m.kind == "pronoun" and m.start - cand.start < 600:
                return None  # "Постпред США ответил … По его мнению": the unnamed envoy, no one named
            if not cand.person:
                continue
            if not self.desc_fits(m, cand.name):
                continue
            if m.start - cand.start > 3000:
                break
            cg = cand.gender or (self.cluster(cand.name).gender if self.cluster(cand.name) else None)
            if gender and cg and cg != gender:
                continue
            if gender and not cg:
                if fallback is None:
                    fallback = cand.name
                continue
            return cand.name
        return fallback

    def covering(self, pos: int) -> Mention | None:
        """The first mention (in text order) with ``start <= pos < end``."""
        self._before(pos)  # refreshes the sorted starts
        if self._starts is None:
            return next((mm for mm in self.items if mm.start <= pos < mm.end), None)
        k = bisect_left(self._starts, pos + 1)
        for i in range(k - 1, -1, -1):  # mentions are disjoint after _drop_from: one step at most
            mm = self.items[i]
            if mm.start <= pos < mm.end:
                found = mm
                while i > 0 and self.items[i - 1].start <= pos < self.items[i - 1].end:
                    i -= 1
                    found = self.items[i]
                return found
            if mm.end <= pos:
                break
        return None

    def first_starting_in(self, a: int, b: int) -> Mention | None:
        """The first mention (in text order) that starts in ``[a, b)``."""
        self._before(a)
        if self._starts is None:
            return next((mm for mm in self.items if a <= mm.start < b), None)
        k = bisect_left(self._starts, a)
        return self.items[k] if k < len(self.items) and self.items[k].start < b else None

    def _before(self, pos: int):
        """Mentions starting before ``pos``, nearest first (a binary search, not a scan of the
        whole article per mention: linear work on articles with thousands of mentions)."""
        items = self.items
        key = (id(items), len(items), items[-1].start if items else None)
        if getattr(self, "_starts_key", None) != key:
            starts = [c.start for c in items]
            self._starts = starts if all(a <= b for a, b in zip(starts, starts[1:])) else None
            self._starts_key = key
        if self._starts is None:
            return reversed(items)
        k = bisect_left(self._starts, pos)
        return (items[i] for i in range(k - 1, -1, -1))

    def unnamed_holder(self, m: Mention) -> bool:
        """ru/uk: a role word whose only capitalised words are its genitive complement
        ("Представитель Франции", "речник Дніпропетровської ОВА"): an unnamed person, so the
        country or body must not become the speaker's name."""
        if m.kind != "name" or m.person is not False or self.lang.code not in ("ru", "uk"):
            return False
        first = re.match(r"[\w’'\-]+", m.text)
        return bool(first) and self.lang.lemma(first.group()) in self.lang.role_nouns

    def desc_fits(self, m: Mention, name: str | None) -> bool:
        """Whether a Russian/Ukrainian description may refer back to the person ``name``: a
        generic head ("глава государства", "президент", "лидер") may; a specific role
        ("науковець", "юрист", "омбудсман") only when a mention of that person carries it
        ("речник ГУР Андрій Юсов" … "речник"), else it brings in someone new."""
        if m.kind != "desc" or self.lang.code not in ("ru", "uk") or name is None:
            return True
        lang = self.lang
        heads = [lang.lemma(w) for w in re.findall(r"\w[\w’'\-]*", m.text)]
        heads = [h for h in heads if h in lang.role_nouns]
        if not heads or any(h in _GENERIC_ROLES for h in heads):
            return True
        for mm in self.items:
            if mm.kind == "name" and mm.name == name:
                if any(lang.lemma(w) in heads for w in re.findall(r"\w[\w’'\-]*", mm.text)):
                    return True
        return False

    def _org_name(self, m: Mention) -> str | None:
        words = [w for w in re.findall(r"\w+", m.text) if w.lower() not in _DETERMINERS]
        caps = [w for w in words if w[:1].isupper()]
        return " ".join(caps) if caps else None


#: description heads that refer back to the article's main figure without repeating a role
_GENERIC_ROLES = frozenset("""глава лидер лідер президент премьер прем’єр прем'єр премьер-министр прем’єр-міністр
диктатор политик політик канцлер очільник керівник руководитель""".split())
_INDEFINITE = ("a ", "an ", "another ", "one ", "some ", "other ", "ein ", "eine ", "einer ")


def indefinite(m: Mention) -> bool:
    """An indefinite description ("a reporter", "another Democrat") brings in someone new: it
    never refers back to a person named before."""
    return m.kind == "desc" and m.text.lower().startswith(_INDEFINITE)


def _headline_verb(lang, word: str) -> bool:
    """A capitalised cue verb in a title-case headline ("Clinton Says …", "Trump Slams …")."""
    w = word.lower()
    return lang.code == "en" and w.endswith(("s", "ed")) and not w.endswith("ss") and bool(lang.cue_class(word))


def _is_participle(lang, word: str) -> bool:
    """English -ing forms and ru/uk adverbial participles (отметив, наголосивши) after a comma."""
    w = word.lower()
    if lang.code == "en":
        return w.endswith("ing")
    if lang.code in ("ru", "uk"):
        return any(p.tag.POS == "GRND" for p in lang._parse(word)) or w.endswith(("вши", "вшись"))
    return False
