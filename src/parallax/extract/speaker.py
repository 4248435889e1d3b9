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

from ..lang import every_pack, every_table

from ..model import main_speaker
from .doc import Doc, Tok

_POSSESSIVE = re.compile(r"(?:[’']s|[’'])$")
#: lower-case words that join two capitalised words into one name ("Charles de Gaulle"): ``xx/name_particles.txt``
_PARTICLES = frozenset(w for w, how in every_table("name_particles").items() if how == "joins")
#: determiners before a role or a name ("the president", "his spokesman")
_DETERMINERS = every_pack("role_determiners")
_CLOSERS = frozenset("»”\"“")
#: coordinators between mentions and around a quoted name ("Putin and Lukashenko")
_COORD = every_pack("coordinators")
#: words that make a capitalised phrase an organisation, not a person ("Ministry", "Times")
_ORG_HINTS = every_pack("org_hints")
#: states' and bodies' acronyms in any pack ("US", "EU"): never a person's initials
_ACRONYMS = frozenset(every_table("acronyms"))
#: pronouns in the dative: the addressee of a cue, never its speaker («сказал ему»)
_OBJ_PRONOUNS = every_pack("object_pronouns")
#: prepositions inside a role's genitive complement ("постпред России при ООН")
_GEN_LINKS = every_pack("genitive_links")
#: prepositions before a sentence's first mention that make it no subject ("of Kyiv …")
_OBLIQUE_PREPOSITIONS = every_pack("oblique_prepositions")
#: endings of an adjective in a description before a role or a name ("Belarusian", «российский»), every
#: pack's ``adjective_endings.txt``
_ADJ_END = tuple(every_pack("adjective_endings"))
#: endings of an adjective of nationality ("Hungarian", "Mexican"): a phrase it closes, or (without ``last``
#: in ``demonym_endings.txt``) opens, is no person's name
_DEMONYM_LAST = tuple(every_pack("demonym_endings"))
_DEMONYM_FIRST = tuple(every_pack("demonym_endings") - every_table("demonym_endings").keys())


#: a photo or video credit around a name: "Name/Agency", "© Name", "Photo: Name", «Фото: Name»
_CREDIT_AFTER = re.compile(r"\s?/\s?[A-Z\w]")
_CREDIT_BEFORE = re.compile(r"(?:©|\b(?:[Pp]hoto|[Ff]oto|Фото|Photo credit|Bild)\s*:)\s*$")


def _abbreviation(lang, name_toks: list) -> bool:
    """Every word an upper-case abbreviation («ЗСУ», «ГУР МО»), or abbreviations with oblique
    nouns («Минфина РФ»): an institution's name, not a person's."""
    words = [t.text for t in name_toks if t.is_word]
    abbr = [w for w in words if len(w) > 1 and w.isupper()]
    return bool(abbr) and len(words) <= 4 and all(
        w in abbr or not lang.is_person_word(w) and lang.is_oblique(w) for w in words)


def _role_after(lang, toks: list, k: int, sent: int) -> int | None:
    """Where a role noun stands right after a name, one lower-case adjective allowed between
    ("Putyin orosz elnökkel"): the role as listed, or a listed role with a case suffix."""
    for r in (k, k + 1):
        if r >= len(toks) or toks[r].sent != sent or not toks[r].is_word or not toks[r].text[:1].islower():
            return None
        low = toks[r].lower
        if low in lang.role_nouns or lang.is_oblique(low) and any(
                low.startswith(x) for x in lang.role_nouns if len(x) >= 4):
            return r
    return None


def apposed_name(mentions: "Mentions", spk: "Mention | None", end_tok: int) -> "Mention | None":
    """The person's name set off by a comma right after a description that speaks ("afirmó el
    vicepresidente de Estados Unidos, JD Vance, en …"; its complement, up to five words, between):
    the name is the speaker, the description only introduces him. Otherwise ``spk`` as it was."""
    if spk is None or spk.kind not in ("desc", "org") and not (spk.kind == "name" and spk.person is False):
        return spk
    toks = mentions.doc.tokens
    j = spk.last_tok + 1
    while j < end_tok and j - spk.last_tok <= 5 and toks[j].is_word and toks[j].sent == toks[spk.last_tok].sent:
        j += 1
    if j + 1 >= end_tok or toks[j].text != ",":
        return spk
    m = mentions.by_first.get(j + 1)
    if m is None or m.kind != "name" or not (m.person or len((m.name or m.text).split()) >= 2
                                             and (m.person is None or spk.kind == "desc")):
        return spk  # a full name after a person's role, even one the name table doubts («JD Vance»)
    nxt = m.last_tok + 1
    if nxt < len(toks) and toks[nxt].sent == toks[m.last_tok].sent and toks[nxt].is_word:
        return spk  # "…, Juan dijo": a new clause, not an apposition
    return m


def _forename_initials(lang, name_toks: list) -> bool:
    """"JD Vance", "AJ Styles": two capitals written together for the forenames, then a surname;
    never a place or a state's acronym before a word ("US Army", "EU Commission" are bodies)."""
    if len(name_toks) != 2:
        return False
    first, last = name_toks[0].text, name_toks[1].text
    return len(first) == 2 and first.isalpha() and first.isupper() and len(last) > 2 and last[:1].isupper() \
        and last[1:].islower() and not lang.is_place(first) and first.lower() not in _ACRONYMS \
        and first.lower() not in lang.word_list("name_titles") and last.lower() not in _ORG_HINTS  # "VP Vance"


def _lone_letter(toks: list, i: int) -> bool:
    """A single letter with no full stop after it («в соцмережі Х Тихий»: the network X): no
    initial, so no name opens with it."""
    return len(toks[i].text) == 1 and not (i + 1 < len(toks) and toks[i + 1].text == ".")


def _all_places(lang, name_toks: list) -> bool:
    """Every word of a name is a place of the language's ``places.txt`` (Węgier, Moskwie)."""
    words = [t for t in name_toks if t.is_word]
    return bool(words) and all(lang.is_place(t.text) for t in words)


def _spells_out(abbrs: set[str], text: str) -> bool:
    """Whether ``text`` holds one of ``abbrs`` or the words it abbreviates, by their initials
    («ГУР» in «керівник Головного управління розвідки …», "MFA" in "Ministry of Foreign Affairs")."""
    words = re.findall(r"\w+", text)
    if abbrs & set(words):
        return True
    initials = "".join(w[0].upper() for w in words if len(w) > 2 or w[:1].isupper())
    pairs = {w[0] + x[0] for w, x in zip(words, words[1:]) if w[:1].isupper() and x[:1].isupper()}
    return any(a in initials if len(a) > 2 else a in pairs for a in abbrs)  # «ВР»: Верховной Рады


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
    #: genders shown by the verbs this name speaks with (заявил/заявила): they outvote a guess from the name
    votes: dict[str, int] = field(default_factory=dict)
    #: where mentions of this name stand as the speaker of a cue ("…, a déclaré Macron" twice: a person)
    spoke: set[int] = field(default_factory=set)


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
        # words written capitalised inside a sentence somewhere in the article are names there too
        # when they open a sentence or headline («Макрон не исключил …» ¶ «… Эммануэль Макрон»)
        inner_caps = {t.text for t in toks if t.is_word and t.text[:1].isupper() and not t.text.isupper()
                      and not self._is_sentence_initial(t)} if lang.has_morphology else set()
        if lang.declines:
            # «Усик також відзначив …» beside «перемога над Усиком»: a case form written capitalised
            # inside a sentence makes its stem a name where it opens one (a common noun there)
            inner_caps |= {t.text for t in toks if t.is_word and t.text[:1].isupper() and t.text not in inner_caps
                           and self._is_sentence_initial(t) and _case_form_of(t.text, inner_caps)}
        i = 0
        while i < n:
            t = toks[i]
            if not t.is_word or doc.in_quote(t.start) or doc.crosslinks and doc.in_crosslink(t.start):
                i += 1
                continue
            low = t.lower
            if low in lang.narrators:  # «Я - школьник - все же сказал»: the narrator speaks, named by nobody
                self._add(Mention(t.start, t.end, t.text, "pronoun", None, None, True, "sg", i, i))
                i += 1
                continue
            if low in lang.pronouns:
                g, num = lang.pronouns[low]
                self._add(Mention(t.start, t.end, t.text, "pronoun", None, g, True, num, i, i))
                i += 1
                continue
            if lang.pro_drop and t.text[:1].isupper() and lang.cue_class(t.text) is not None \
                    and self._is_sentence_initial(t):
                i += 1  # "Podkreślił, że …", "Añadió que …": a cue with its subject dropped, no name
                continue
            if t.text[:1].isupper() and not _lone_letter(toks, i) \
                    and (lang.is_name_word(t.text, self._is_sentence_initial(t))
                                         or t.lower in lang.titles
                                         or t.text in inner_caps and lang.is_name_word(t.text, False)):
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
                if sum(1 for k, x in enumerate(toks[i:j + 1], i) if x.is_word and not (
                        len(x.text) == 1 and k + 1 <= j and toks[k + 1].text == ".")) > 5 or self._dateline(i, j):
                    # "U.S. Vice President J.D. Vance": initials are no headline words
                    i = j + 1  # a title-case headline or a dateline ("PARIS (AP) —"), not a name
                    continue
                j = self._past_genitive(i, j)
                nxt_i = j + 1
                role_at = _role_after(lang, toks, nxt_i, t.sent) if lang.role_after_name else None
                if role_at is not None and not _all_places(lang, toks[i:j + 1]):
                    # "Orbán Viktor miniszterelnök", "Vlagyimir Putyin orosz elnökkel": the name, then
                    # its role, which carries the case (Hungarian order)
                    nxt_i = role_at
                    self._add_name(i, j)
                    m = self.items[-1] if self.items else None
                    if m is not None and m.first_tok == i and m.kind == "name":
                        self.by_last.pop(m.last_tok, None)
                        m.end, m.last_tok = toks[nxt_i].end, nxt_i
                        m.text = self.doc.text[m.start:m.end]
                        m.person = True if m.person is None else m.person
                        self.by_last[nxt_i] = m
                    i = nxt_i + 1
                    continue
                if nxt_i < n and toks[nxt_i].lower in lang.role_nouns and toks[nxt_i].text[:1].islower() \
                        and toks[nxt_i].sent == t.sent:
                    self._add_description(nxt_i, "desc", floor=i)  # "Ukrainian officials"
                    i = nxt_i + 1
                    continue
                self._add_name(i, j)
                i = j + 1
                continue
            role = self._role(t)
            if role and lang.declines and (any(
                    i + d < n and toks[i + d].text[:1].isupper() and toks[i + d].sent == t.sent
                    and all(toks[i + e].text[:1].islower() and toks[i + e].is_word for e in range(1, d))
                    and not (d == 2 and toks[i + 1].lower in _PHRASE_PREPOSITIONS and not (
                        i + 3 < n and toks[i + 3].text[:1].isupper() and toks[i + 3].sent == t.sent))
                    for d in (1, 2)) or self._role_of_name(i)):
                # "речниці МЗС Ірини Сибіги", "проректор університету Лев …", "посол в США Оксана
                # Маркарова": the name speaks; not "написал мэр в Telegram-канале": a place it wrote
                role = None
            if role:
                self._add_description(i, role)
            i += 1

    def _role_of_name(self, i: int) -> bool:
        """ru/uk: a role word whose lower-case genitive complement runs on to a full name
        («председатель украинского парламента Руслан Стефанчук», «міністр економічного розвитку,
        торгівлі та сільського господарства Тимофій Милованов»): the name speaks, not the role."""
        toks, lang = self.doc.tokens, self.lang
        n, k = len(toks), i + 1
        while k < n and k - i <= 12 and toks[k].sent == toks[i].sent and not self.doc.in_quote(toks[k].start):
            t = toks[k]
            if t.is_word and t.text[:1].isupper():
                if k > i + 1 and k + 1 < n and toks[k + 1].sent == t.sent and toks[k + 1].is_word \
                        and lang.is_person_word(t.text) and lang.is_person_word(toks[k + 1].text) \
                        and not lang.is_oblique(toks[k + 1].text):
                    return True
                if lang.is_oblique(t.text) and not lang.is_person_word(t.text):
                    k += 1  # «керівник Відділу взаємодії … Мінрегіонбуду Надія Петруняк»: a body's name
                    continue
                return False
            if t.text == "," or t.lower in _COORD or t.lower in _GEN_LINKS \
                    or t.is_word and t.text[:1].islower() and lang.is_oblique(t.text):
                k += 1
                continue
            return False
        return False

    def _dateline(self, i: int, j: int) -> bool:
        """Upper-case words opening a paragraph before "(Agency)", a comma or a dash: a dateline."""
        toks, doc = self.doc.tokens, self.doc
        if doc.para_of(toks[i].start) != doc.para_of(toks[i - 1].start if i else -1) or i == 0:
            if all(t.text.isupper() or not t.is_word for t in toks[i:j + 1]) and len(toks[i].text) > 2:
                return j + 1 < len(toks) and toks[j + 1].text in ("(", ",", "—", "–", "-")
        return False

    def _past_genitive(self, i: int, j: int) -> int:
        """ru/uk: the end of the person's name when a role word's genitive complement comes
        first ("губернатор Белгородской области Вячеслав Гладков", "уповноважений Верховної
        Ради з прав людини Дмитро Лубінець"): the capitalised run ``i..j`` opens with a genitive
        or an abbreviation, not a name, and a name follows within a few lower-case genitives or prepositions; else ``j``."""
        toks, lang = self.doc.tokens, self.lang
        if not lang.declines or i == 0 or toks[i - 1].sent != toks[i].sent \
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
        if any(low.endswith(suf) and low[:-len(suf)] in lang.role_nouns for suf in lang.plural_suffixes):
            return "desc"  # plural: candidates, spokesmen's peers
        if lang.declines and t.is_word and len(low) > 3:
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
                    or lang.is_role(low):
                cut = k
                g = lang.titles.get(low) or lang.titles.get(t.lower)
                gender = gender or g
            elif lang.declines and lang.lemma(t.text) in lang.role_nouns:
                cut = k
        name_toks = seq[cut + 1:]
        lower = [k for k, t in enumerate(name_toks) if t.is_word and t.text[:1].islower()
                 and lang.declines]
        if lower and lower[-1] + 1 < len(name_toks):
            name_toks = name_toks[lower[-1] + 1:]  # past a role's genitive complement (_past_genitive)
            cut = max(cut, 0)
        titled = cut >= 0 or lang.declines and i > 0 and toks[i - 1].sent == seq[0].sent \
            and lang.lemma(toks[i - 1].text) in lang.role_nouns
        if lang.declines and (any(lang.is_person_word(t.text) for t in name_toks) or titled and len(name_toks) > 1
                              and not lang.is_oblique(name_toks[-1].text)):  # «Президент Франции Макрон»
            while len(name_toks) > 1 and not lang.is_person_word(name_toks[0].text) and (
                    name_toks[0].text.isupper() or lang.is_oblique(name_toks[0].text)
                    or name_toks[0].text[:1].islower() or len(name_toks) > 2 and lang.is_oblique(name_toks[1].text)
                    and not lang.is_person_word(name_toks[1].text)):  # «Міноборони України Кирило Буданов»
                name_toks = name_toks[1:]  # "Кремля Дмитрий Песков", "МИД Мария Захарова"
                cut = max(cut, 0)
        start = seq[0].start
        if lang.declines and i > 0 and toks[i - 1].sent == seq[0].sent \
                and lang.lemma(toks[i - 1].text) in lang.role_nouns:
            start = toks[i - 1].start  # "Пресс-секретарь Кремля Дмитрий Песков"
            cut = max(cut, 0)
            k0 = i - 2
            own_adj = tuple(lang.word_list("adjective_endings"))
            while k0 >= 0 and toks[k0].sent == seq[0].sent and toks[k0].lower.endswith(own_adj):
                start = toks[k0].start
                k0 -= 1
        # a description before the name ("the Belarusian leader Lukashenko") widens the span
        if not lang.declines and not lang.role_after_name and i > 0 and toks[i - 1].lower in lang.role_nouns \
                and toks[i - 1].sent == seq[0].sent:
            cut = max(cut, 0)  # "Kremlin spokesman Dmitry Peskov": the role word is a title here
            start = toks[i - 1].start
            k0 = i - 2
            while k0 >= 0 and i - k0 <= 4 and toks[k0].sent == seq[0].sent and toks[k0].is_word and (
                    toks[k0].text[:1].isupper() or toks[k0].lower.endswith(_ADJ_END)) \
                    and toks[k0].lower not in _DETERMINERS and toks[k0].lower not in lang.not_names \
                    and lang.cue_class(toks[k0].text) is None:
                start = toks[k0].start
                k0 -= 1
            self._drop_from(start)
        k = i - 1 if start == seq[0].start else -1
        while cut >= 0 and k >= 0 and toks[k].is_word and not toks[k].text[:1].isupper() \
                and toks[k].lower not in _DETERMINERS and k >= i - 3 and toks[k].sent == seq[0].sent \
                and (toks[k].lower in lang.role_nouns or toks[k].lower.endswith(_ADJ_END)
                     and lang.cue_class(toks[k].text) is None):  # «каза премиерът Ванс»: a cue is no adjective
            start = toks[k].start
            k -= 1
        if k >= 0 and toks[k].lower in ("the",) and cut >= 0:
            start = toks[k].start
        last = seq[-1]
        end = last.end
        if cut >= 0 and _all_places(lang, name_toks):
            # "Premier Węgier", "le président de la France": a role and its country describe a person
            self._add(Mention(start, end, self.doc.text[start:end], "desc", None, gender, True, "sg", i, j))
            return
        while len(name_toks) > 1 and lang.is_place(name_toks[0].text):
            name_toks = name_toks[1:]  # "premier Francji Emmanuel Macron", "Moscou Vnukovo": the place goes
        if not name_toks:
            self._add(Mention(start, end, self.doc.text[start:end], "desc", None, gender, True, "sg", i, j))
            return
        if cut < 0 and len(name_toks) == 1 and len(name_toks[0].text) == 1:
            return  # a lone capital ("on X", "в X"): a platform or a variable, never a speaker
        name_toks = [t for t in name_toks if t.text != "." or len(name_toks) == 1]
        words = [_POSSESSIVE.sub("", t.text) if t is name_toks[-1] else t.text for t in name_toks]
        if lang.declines:
            hint = None  # "речника Сил оборони півдня Владислава Волошина": the role word's case decides
            for r in range(name_toks[0].i - 1, max(-1, name_toks[0].i - 6), -1):
                if toks[r].sent != name_toks[0].sent or not toks[r].is_word:
                    break
                if lang.lemma(toks[r].text) in lang.role_nouns:
                    hint = toks[r].text
                    break
            after = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].sent == name_toks[-1].sent else None
            words = lang.nominative_name(words, hint, lang.verb_gender(after.text) if after is not None else None)
        if name_toks[-1].text != _POSSESSIVE.sub("", name_toks[-1].text):
            end = name_toks[-1].start + len(_POSSESSIVE.sub("", name_toks[-1].text))
        name = " ".join(words)
        person = self._personhood(name_toks, cut >= 0)
        if lang.declines and j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].text[:1].islower() \
                and lang.lemma(toks[j + 1].text) in lang.word_list("place_nouns"):
            person = False  # «у селах Прилуцького району»: a place's adjective, not a surname
        if person is False and cut >= 0 and lang.declines and _abbreviation(lang, name_toks):
            # «голова ОВА», «очільник ГУР», «глава Минфина РФ»: a role and its institution, said of a person
            self._add(Mention(start, end, self.doc.text[start:end], "desc", None, gender, True, "sg", i, j))
            return
        if _CREDIT_AFTER.match(self.doc.text, end) or _CREDIT_BEFORE.search(self.doc.text, max(0, start - 12), start):
            person = False  # a photo credit ("Gonzalo Fuentes/Reuters", "© AFP"): nobody who speaks here
        for t, w in zip(name_toks, words):
            raw = _POSSESSIVE.sub("", t.text)
            # the nominative decides when the name was inflected: Владислава → Владислав, not Vladislava
            gender = gender or lang.name_gender(w if lang.declines and w != raw else raw)
        self._add(Mention(start, end, self.doc.text[start:end], "name", name, gender, person, "sg",
                          self.doc.tok_at(start), j))

    def _personhood(self, name_toks: list[Tok], titled: bool) -> bool | None:
        lang = self.lang
        if _all_places(lang, name_toks):
            return False  # "Avrupa Birliği", "Moskwie": places, never a person
        if lang.declines and _abbreviation(lang, name_toks):
            return False  # «ЗСУ», «НБУ», «ГУР МО», «Минфина РФ»: institutions, never persons
        if titled and lang.declines and not any(lang.is_person_word(t.text) for t in name_toks) \
                and all(lang.is_oblique(t.text) or t.text.isupper() and len(t.text) > 1 for t in name_toks) \
                and any(lang.is_oblique(t.text) for t in name_toks):
            return False  # "речника Сил …": a genitive noun after the role word, not its name
        if titled:
            return True
        if lang.declines:
            if any(lang.is_person_word(t.text) for t in name_toks):
                return True
            return None
        lows = [t.lower for t in name_toks]
        if any(w in _ORG_HINTS for w in lows):
            return False  # "Conférence de Munich", "Monachijskiej Konferencji Bezpieczeństwa": an event or a body
        if len(name_toks) > 2 and any(t.text in _PARTICLES for t in name_toks[1:-1]) \
                and not lang.name_gender(name_toks[0].text):
            return None  # "Einsatz von Bodentruppen", "Unterstützer der Ukraine": nouns, unless a forename opens it
        if any(t.text.isupper() and len(t.text) > 1 and not (
                k == 0 and _forename_initials(lang, name_toks)) for k, t in enumerate(name_toks)):
            return False
        if any(t.text[:1].isdigit() for t in name_toks):
            return False
        if lows[-1].endswith(_DEMONYM_LAST) and lows[-1] not in ("ian",):
            return False
        if len(lows) >= 2 and lows[0].endswith(_DEMONYM_FIRST) and not lang.name_gender(name_toks[0].text):
            return False  # "Hungarian Presidency", "European Pravda": a nationality opens it, no forename
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
        if i + 1 < len(toks) and toks[i + 1].lower in lang.role_complements:
            e = i + 1  # «глава государства», «речник МЗС»
        gender = lang.titles.get(t.lower) if lang.titles.get(t.lower) == "f" else None  # spokeswoman, речниця
        low = t.lower
        number = "pl" if any(low.endswith(suf) and not low.endswith("ss") for suf in lang.plural_suffixes) \
            or lang.only_plural(t.text) else "sg"  # «повідомляють наші кореспонденти»: no one person
        start, end = toks[s].start, toks[e].end
        self._add(Mention(start, end, self.doc.text[start:end], kind, None, gender, kind == "desc", number, s, e))

    # ------------------------------------------------------------ name table
    def _cluster(self) -> None:
        """Map each name to the earliest longest form that contains its words."""
        names = [m for m in self.items if m.kind == "name"]
        if self.lang.declines:
            # «Кирила Буданова» put in the nominative as «Кирил Буданов», while the article writes
            # «Кирило Буданов»: the form written in the nominative names them both
            written = {m.name.split()[-1]: m.name for m in names
                       if len(m.name.split()) >= 2 and m.text.endswith(m.name) and m.person is not False}
            for m in names:
                w = written.get(m.name.split()[-1]) if len(m.name.split()) >= 2 else None
                if w is not None and w != m.name and len(w.split()) == len(m.name.split()) and all(
                        a[:4].lower() == b[:4].lower() for a, b in zip(w.split(), m.name.split())):
                    m.name = w
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
            c.spoke.add(m.start)
            if c.person is None:
                c.person = True
            if verb_gender in ("m", "f"):
                c.votes[verb_gender] = c.votes.get(verb_gender, 0) + 1
                other = "f" if verb_gender == "m" else "m"
                if c.gender is None or c.votes[verb_gender] > c.votes.get(other, 0):
                    c.gender = verb_gender  # "Эммануэль … заявил": the verb knows better than the forename

    # ------------------------------------------------------------ lookups
    def left_of(self, tok_index: int, floor: int, skip: list[tuple[int, int]] = ()) -> Mention | None:
        """The subject mention ending right before token ``tok_index`` (fillers, venues and
        one comma-delimited aside skipped); ``floor`` is the first token it may use."""
        toks, lang = self.doc.tokens, self.lang
        j = tok_index - 1
        asides = 0
        free_order = lang.free_word_order
        while j >= floor:
            t = toks[j]
            if any(a <= t.start < b for a, b in skip):
                j -= 1
                continue
            if t.lower in lang.fillers or (lang.adverb_suffixes and t.lower.endswith(lang.adverb_suffixes)
                                           and t.is_word):
                j -= 1
                continue
            if t.text in _CLOSERS and (k := self._quoted_name_start(j, floor)) is not None:
                # «источники «РИА Новости» и «Интерфакса» сообщили»: a quoted name qualifies the subject,
                # unless the word it qualifies is in a case form («в интервью агентству "Интерфакс"»)
                if lang.declines and toks[k].is_word and lang.is_oblique(toks[k].text):
                    return None
                j = k
                continue
            m = self.by_last.get(j)
            if m is not None and m.kind == "desc" and lang.declines and m.first_tok > floor \
                    and any(x.is_word and lang.lemma(x.text) in lang.role_nouns for x in toks[
                        self.doc.tok_at(m.start):self.doc.tok_at(m.end - 1) + 1]) \
                    and all(lang.is_oblique(x.text) for x in toks[self.doc.tok_at(m.start):self.doc.tok_at(m.end - 1) + 1]
                            if x.is_word and lang.lemma(x.text) in lang.role_nouns) \
                    and not (m.first_tok >= 1 and toks[m.first_tok - 1].lower in _PHRASE_PREPOSITIONS):
                # «дал интервью российским пропагандистам и заявил», «поблагодарил российского президента
                # … и назвал»: an object; the sentence's subject speaks («В пресс-службе подчеркнули», a
                # body where it speaks, stays)
                return self.subject_of_sentence(t.sent, floor, self.doc.tok_at(m.start), skip)
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
                if k >= floor and toks[k].text == "," and (self.by_last.get(k - 1) or toks[k - 1].text in _CLOSERS and (
                        n := self._quoted_name_start(k - 1, floor)) is not None and self.by_last.get(n)
                        or free_order and j - k <= 3 and self._complement_ends(k - 1, floor)):
                    # «Другой источник «Газеты.Ru», знакомый с ситуацией, сказал»
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

    def _complement_ends(self, j: int, floor: int) -> bool:
        """Whether token ``j`` ends a role's lower-case complement of up to three words («Міністр енергетики,
        водночас, визнав»): a role's mention ends right before them, so a short phrase between commas after them
        is an aside."""
        toks = self.doc.tokens
        for i in range(j, max(floor, j - 3) - 1, -1):
            if not (toks[i].is_word and toks[i].text[:1].islower()) or self.lang.cue_class(toks[i].text):
                return False
            if (m := self.by_last.get(i - 1)) is not None:
                return m.kind == "desc" or self.unnamed_holder(m) or self._role(toks[m.first_tok]) == "desc"
        return False

    def _quoted_name_start(self, j: int, floor: int) -> int | None:
        """The token before a short capitalised quoted name closing at token ``j`` («РИА Новости»,
        "Interfax"), and before the coordinator and quoted name ahead of it («… и «Интерфакса»»);
        None when no such name closes there."""
        toks = self.doc.tokens
        q = self.doc.quote_at(toks[j].start)
        if q is None or q.end != toks[j].end:
            return None
        inner = self.doc.text[q.inner_start:q.inner_end]
        if not inner[:1].isupper() or len(inner.split()) > 4 or re.search(r"[.!?,;:](?:\s|$)", inner):
            return None
        k = self.doc.tok_at(q.start) - 1
        if k - 1 >= floor and toks[k].lower in _COORD and toks[k - 1].text in _CLOSERS:
            return self._quoted_name_start(k - 1, floor) or k
        return k if k >= floor else None

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
                    if prev not in _OBLIQUE_PREPOSITIONS:
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
        if m is not None and m.person is not True and lang.declines and j > tok_index + 1 \
                and toks[j - 1].lower in _PHRASE_PREPOSITIONS and m.last_tok + 1 < limit:
            # «— написал в Telegram зампредседателя Совбеза Дмитрий Медведев»: a platform or place after a
            # preposition is where it was said; the person named after it is the subject
            after = self.right_of(m.last_tok, limit)
            if after is not None and after.kind == "name" and after.person:
                m = after
        if (m is None or m.kind == "name" and m.person is False) and lang.declines \
                and self._role(toks[j]) == "desc" and self._role_of_name(j):
            # «сказав міністр економічного розвитку, торгівлі … Тимофій Милованов», «зазначила керівник
            # Відділу взаємодії … Мінрегіонбуду Надія Петруняк»: the name, not the role and its body
            found = next((self.by_first[k] for k in range(j + 1, min(limit, j + 14)) if k in self.by_first
                          and self.by_first[k] is not m and self.by_first[k].person), None)
            if found is None:  # a name that opens with the body's last word («Мінрегіонбуду Надія Петруняк»)
                found = next((mm for mm in self.items if mm is not m and mm.kind == "name" and mm.person
                              and toks[j].start < mm.start < toks[min(limit, j + 14) - 1].end), None)
            m = found or m
        if m is None and (lang.free_word_order
                          or lang.function_words and toks[j].lower not in lang.function_words):
            # "объясняет первый проректор ГУ-ВШЭ Лев Якобсон": lower-case modifiers before the name
            k = j
            while k < limit and k - j < 4 and toks[k].is_word and toks[k].text[:1].islower() \
                    and toks[k].text.lower() not in _COORD and toks[k].lower not in lang.function_words:
                k += 1
                m = self.by_first.get(k)
                if m is not None:
                    break
        if m is None and (lang.free_word_order or lang.declines) and toks[j].lower in _PHRASE_PREPOSITIONS:
            # "заявил после боя Усик", «сказал перед показом режиссер»: an adverbial phrase between
            # cue and subject; only a person, named in the subject form or described, can follow it
            k = j + 1
            while k < limit and k - j <= 3 and toks[k].is_word and toks[k].text[:1].islower() \
                    and toks[k].lower not in _COORD and toks[k].lower not in _PHRASE_PREPOSITIONS:
                k += 1
            c = self.by_first.get(k) if k > j + 1 and k < limit else None
            if c is not None and (c.kind == "name" and c.person or c.kind == "desc" and c.number != "pl") \
                    and is_subject_form(lang, self.doc, c):
                m = c
        return m

    def resolve(self, m: Mention, verb_gender: str | None = None, exclude: frozenset[str] = frozenset()) -> str | None:
        """The named mention ``m`` refers to: itself if named, else the nearest agreeing person
        (never one of ``exclude``)."""
        if m.kind == "name":
            return m.name
        if m.kind == "org":
            return None if m.text.lower() in ("it",) else self._org_name(m)
        if indefinite(m, self.lang) or m.text.lower() in self.lang.narrators:
            return None
        gender = m.gender
        if gender is None and verb_gender in ("m", "f"):
            gender = verb_gender
        if m.number == "pl" or (m.kind == "pronoun" and m.gender == "n"):
            return None
        fallback = None
        oblique = None
        if m.kind == "desc" and (same := self.described_before(m)) is not None:
            found = self.resolve(same, verb_gender, exclude)
            if found is not None:
                return found
        if m.kind == "desc":
            found = self.introduced_with(m, gender)
            if found is not None:
                return found
        for cand in self._before(m.start):
            if m.start - cand.start > 3000:
                break  # every later candidate is farther still: none can be taken (see below)
            if cand.start >= m.start or cand.kind != "name" or cand.name in exclude:
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
            if not is_subject_form(self.lang, self.doc, cand):
                oblique = oblique or cand.name  # "с Путиным": an object, the subject may be further back
                continue
            if gender and not cg:
                if fallback is None:
                    fallback = cand.name
                continue
            return cand.name
        return fallback or oblique or (self.introduced_after(m, gender) if m.kind == "desc" else None)

    def _description_key(self, m: Mention) -> tuple[str, ...] | None:
        """ru/uk: a description's role word (lemma) with the two words after it in its sentence,
        by their first four letters («очільника української розвідки» → очільник, укра, розв);
        ``None`` without a role word or a two-word complement."""
        lang = self.lang
        end = self.doc.sentence_bounds(m.start)[1]
        words = re.findall(r"\w[\w’'\-]*", self.doc.text[m.start:min(end, m.end + 80)])
        head = next((k for k, w in enumerate(words) if lang.lemma(w) in lang.role_nouns), None)
        if head is None or len(words) < head + 3:
            return None
        return (lang.lemma(words[head]), *(w.lower()[:4] for w in words[head + 1:head + 3]))

    def described_before(self, m: Mention) -> Mention | None:
        """ru/uk: an earlier description with the same role and complement («За словами очільника
        української розвідки» … «очільник української розвідки усміхнувся»): one description in
        one article is one person, however many others are named between the two."""
        if m.kind != "desc" or not self.lang.declines or m.number == "pl":
            return None
        key = self._description_key(m)
        if key is None:
            return None
        for cand in self._before(m.start):
            if m.start - cand.start > 3000:
                break
            if cand is not m and cand.kind == "desc" and cand.end <= m.start and cand.number != "pl" \
                    and self._description_key(cand) == key:
                return cand
        return None

    def introduced_after(self, m: Mention, gender: str | None) -> str | None:
        """ru/uk: the one person named later in the article with the description's specific role
        word, when nobody before it takes the description («— написал мэр в Telegram-канале» …
        «деятельность мэра Киева Виталия Кличко»): an excerpt or a lead may give the name only after
        the quote. Generic heads («глава», «президент») and plural descriptions never do."""
        lang = self.lang
        if not lang.declines or m.number == "pl":
            return None
        words = re.findall(r"\w[\w’'\-]*", m.text)
        heads = {lang.lemma(w) for w in words} & lang.role_nouns
        if not heads or heads & lang.generic_roles or any(lang.is_plural(w) for w in words):
            return None
        found = set()
        for mm in self.items:
            if mm.kind != "name" or not mm.person or mm.start <= m.end or mm.start - m.end > 3000:
                continue
            if any(lang.lemma(w) in heads for w in re.findall(r"\w[\w’'\-]*", self._with_role(mm))):
                cg = mm.gender or (self.cluster(mm.name).gender if self.cluster(mm.name) else None)
                if not (gender and cg and cg != gender):
                    found.add(mm.name)
        return found.pop() if len(found) == 1 else None

    def introduced_with(self, m: Mention, gender: str | None) -> str | None:
        """The person named with the description's own words before it ("French President
        Emmanuel Macron" … "the French leader"; «премьер-министр Венгрии Виктор Орбан» …
        «венгерский премьер»): words compared by their first four letters, roles left out."""
        lang = self.lang
        keys = {w.lower()[:4] for w in re.findall(r"\w[\w’'\-]*", m.text)
                if len(w) >= 5 and w.lower() not in _DETERMINERS and lang.lemma(w) not in lang.role_nouns
                and w.lower() not in lang.role_nouns}
        #: abbreviations («ГУР», "MFA") also match the initials of the words that spell them out
        abbrs = {w for w in re.findall(r"\w+", m.text) if 2 <= len(w) <= 6 and w.isupper() and w.isalpha()}
        if not keys and not abbrs:
            return None
        for cand in reversed(self.items):
            if cand.start >= m.start or m.start - cand.start > 3000:
                continue
            if cand.kind != "name" or not cand.person:
                continue
            # an abbreviation spelled out where the person was introduced («председатель ВР» …
            # «Глава Верховной Рады Дмитрий Разумков») names the body whatever the role word
            spelled = bool(abbrs) and _spells_out(abbrs, self._with_role(cand))
            if not spelled and not self.desc_fits(m, cand.name):
                continue
            cg = cand.gender or (self.cluster(cand.name).gender if self.cluster(cand.name) else None)
            if gender and cg and cg != gender:
                continue
            words = {w.lower()[:4] for w in re.findall(r"\w[\w’'\-]*", cand.text) if len(w) >= 5}
            if words & keys or spelled:
                return cand.name
        return None

    def _with_role(self, m: Mention) -> str:
        """A mention with the words before it in its sentence (up to 100 characters): the role
        it was introduced with («керівник Головного управління розвідки … Кирило Буданов»). Read once
        per mention while the mentions stand (``desc_fits``, ``introduced_*`` and ``state_clash`` ask it
        of every mention of a person, for every description)."""
        key = (m.start, m.end, m.text, id(self.items), len(self.items))
        memo = self.__dict__.setdefault("_with_role_memo", {})
        if key not in memo:
            memo[key] = self._with_role_uncached(m)
        return memo[key]

    def _with_role_uncached(self, m: Mention) -> str:
        lo = max(0, m.start - 100)
        for other in self._before(m.start):
            if other is not m and other.end <= m.start and other.kind == "name" and other.person:
                lo = max(lo, other.end)  # not another person's role ("PM Viktor Orbán and … Putin")
                break
        head = self.doc.text[lo:m.start]
        cut = max(head.rfind(c) for c in ".!?,;\n")
        return head[cut + 1:] + m.text

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
        if m.kind != "name" or m.person is not False or not self.lang.declines:
            return False
        first = re.match(r"[\w’'\-]+", m.text)
        return bool(first) and self.lang.lemma(first.group()) in self.lang.role_nouns

    def desc_fits(self, m: Mention, name: str | None) -> bool:
        """Whether a Russian/Ukrainian description may refer back to the person ``name``: a
        generic head ("глава государства", "президент", "лидер") may; a specific role
        ("науковець", "юрист", "омбудсман") only when a mention of that person carries it
        ("речник ГУР Андрій Юсов", «режиссеру ленты Ахтему Сеитаблаеву» … "речник", «режиссер»),
        else it brings in someone new."""
        if m.kind != "desc" or not self.lang.declines or name is None:
            return True
        # asked again for one description and person while the mentions stand (introduced_with, resolve)
        key = (m.start, m.end, m.text, name, id(self.items), len(self.items))
        memo = self.__dict__.setdefault("_desc_fits_memo", {})
        if key not in memo:
            memo[key] = self._desc_fits(m, name)
        return memo[key]

    def _desc_fits(self, m: Mention, name: str) -> bool:
        lang = self.lang
        if self.state_clash(m, name):
            return False
        heads = [lang.lemma(w) for w in re.findall(r"\w[\w’'\-]*", m.text)]
        heads = [h for h in heads if h in lang.role_nouns]
        if not heads or any(h in lang.generic_roles for h in heads):
            return True
        for mm in self.items:
            if mm.kind == "name" and mm.name == name:
                if any(lang.lemma(w) in heads for w in re.findall(r"\w[\w’'\-]*", self._with_role(mm))):
                    return True
        return False

    def state_clash(self, m: Mention, name: str | None) -> bool:
        """Whether a description names a state («Турецкий министр», «Постпред США», «Представитель
        Франции») while every mention of the person ``name`` that names a state with its role names
        another («Министр иностранных дел России Сергей Лавров»): the description is someone else."""
        if name is None or not (m.kind == "desc" or self.unnamed_holder(m)) or m.name == name:
            return False  # a state's own name («Украины») is no description of anyone
        own = self._states(m.text)
        if not own:
            return False
        theirs = [self._states(self._with_role(mm)) for mm in self.items if mm.kind == "name" and mm.name == name]
        theirs = [t for t in theirs if t]
        return bool(theirs) and not any(t & own for t in theirs)

    def _states(self, text: str) -> frozenset[str]:
        return frozenset(filter(None, (self.lang.state_of(w) for w in re.findall(r"[^\W\d_]{2,}", text))))

    def role_unclaimed(self, m: Mention) -> bool:
        """ru/uk: a description whose specific role word («міністр», «генерал») no person named
        in the article carries: it introduces nobody else, so it may refer to the main speaker."""
        if m.kind != "desc" or not self.lang.declines or m.number == "pl":
            return False
        lang = self.lang
        words = re.findall(r"\w[\w’'\-]*", m.text)
        heads = {lang.lemma(w) for w in words} & lang.role_nouns
        if not heads or any(lang.is_plural(w) for w in words if lang.lemma(w) in heads):
            return False  # «журналістів «УП»»: several people, none of them the main speaker
        return not any(mm.kind == "name" and mm.person and any(
            lang.lemma(w) in heads for w in re.findall(r"\w[\w’'\-]*", self._with_role(mm)))
            for mm in self.items)

    def has_role(self, name: str | None) -> bool:
        """Whether some mention of the person ``name`` carries a specific role word («речник ГУР
        Андрій Юсов»; generic heads such as «глава» do not count)."""
        lang = self.lang
        for mm in self.items:
            if mm.kind == "name" and mm.name == name:
                for w in re.findall(r"\w[\w’'\-]*", mm.text):
                    lem = lang.lemma(w) if lang.declines else w.lower()
                    if lem in lang.role_nouns and lem not in lang.generic_roles:
                        return True
        return False

    def _org_name(self, m: Mention) -> str | None:
        words = [w for w in re.findall(r"\w+", m.text) if w.lower() not in _DETERMINERS]
        caps = [w for w in words if w[:1].isupper()]
        return " ".join(caps) if caps else None




def _case_form_of(word: str, others: set[str]) -> bool:
    """Whether another word shares ``word``'s stem and differs only in a case ending of up to
    three letters (Усик / Усиком, Кулеба / Кулеби): the same name, declined."""
    if len(word) < 4:
        return False
    stem = word[:max(4, len(word) - 2)]
    return any(o != word and o.startswith(stem) and abs(len(o) - len(word)) <= 3
               and len(o) - len(stem) <= 3 for o in others)


def indefinite(m: Mention, lang) -> bool:
    """An indefinite description ("a reporter", "another Democrat") brings in someone new: it
    never refers back to a person named before (the pack's ``indefinites.txt``)."""
    first = m.text.split(None, 1)[0].lower() if m.kind == "desc" and m.text.strip() else ""
    return bool(first) and first in lang.indefinites


def _headline_verb(lang, word: str) -> bool:
    """A capitalised cue verb in a title-case headline ("Clinton Says …", "Trump Slams …")."""
    w = word.lower()
    return lang.headline_case and w.endswith(("s", "ed")) and not w.endswith("ss") and bool(lang.cue_class(word))


def _is_participle(lang, word: str) -> bool:
    """A participle opening a clause after a comma: "adding", отметив, наголосивши."""
    w = word.lower()
    if lang.participle_suffixes and w.endswith(lang.participle_suffixes):
        return True
    parse = getattr(lang, "_parse", None)  # languages with a morphological analyser
    return bool(lang.declines and parse) and any(p.tag.POS == "GRND" for p in parse(word))



# ---------------------------------------------------------------- speakers across the article
def is_subject_form(lang, doc: Doc, m: Mention, prepositions: bool = True) -> bool:
    """Whether a name mention can be a clause's subject: not a case form (Путиным, Путіним)
    and (with ``prepositions``) not the object of a preposition ("with Putin", «с Путиным»)."""
    if m.kind not in ("name", "org"):
        return True
    words = re.findall(r"\w[\w’'\-]*", m.text)
    # an organisation's head noun, or an abbreviation with its genitive («ДСНС України»), comes first
    head = words[0] if words and (m.kind == "org" or m.person is False and words[0].isupper()) \
        else words[-1] if words else ""
    if lang.declines and m.kind == "name" and m.name and len(m.name.split()) >= 2 and len(words) >= 2 \
            and all(a.lower() != b.lower() for a, b in zip(words[-2:], m.name.split()[-2:])):
        return False  # «на питання Дмитра Комарова» (→ Дмитро Комаров): both words in a case form
    if head and not head.isupper() and lang.is_oblique(head):  # a surname, an organisation's head noun
        person_word = getattr(lang, "is_person_word", None)
        if not (person_word and person_word(head) and head in (m.name or "").split()):
            return False  # Путиным (→ Путин), Украины; a surname in its citation form (Песков) stays
    if not prepositions:
        return True
    k = m.first_tok - 1
    toks = doc.tokens
    titles = lang.word_list("name_titles")
    while k >= 1 and m.first_tok - k <= 3 and toks[k].is_word and toks[k].lower in titles:
        k -= 1  # "comments from former EU Commissioner Thierry Breton": a title between
    if k >= 1 and toks[k].lower in _ARTICLES:
        k -= 1  # "auf der Plattform X", "in the Kremlin"
    return not (k >= 0 and toks[k].is_word and toks[k].lower in _PREPOSITIONS)


_ARTICLES = every_pack("articles")


#: prepositions before a mention: it is an object there, not the speaker ("in the Kremlin", «від Москви»)
_PREPOSITIONS = every_pack("mention_prepositions")

#: prepositions that open an adverbial phrase (place, time) between a cue and its subject
_PHRASE_PREPOSITIONS = _PREPOSITIONS | every_pack("phrase_prepositions")


def _cue_lemma(ctx, d) -> str | None:
    if not d.cues:
        return None
    c = ctx.cues.get(ctx.doc.tok_at(d.cues[0][0]))
    return c.lemma if c is not None else None


def relayed_by_medium(ctx, d) -> bool:
    """A statement a medium relays ("…, пишет Le Figaro", "Об этом сообщает РИА Новости"): the
    speaker is a name that is not known to be a person and the cue is a publishing verb."""
    sp = d.speaker
    if sp is None or sp.kind not in ("name", "org"):
        return False
    lem = _cue_lemma(ctx, d)
    if lem is None or lem not in ctx.doc.lang.publish_verbs:
        return False
    if sp.person is not True:
        return True
    # a name that may be a person's ("Le Monde") still relays when the sentence opens with a
    # person who speaks: "Президент Франції Еммануель Макрон стверджує …, повідомляє Le Monde"
    doc = ctx.doc
    s0 = doc.sentence_bounds(d.cues[0][0])[0]
    first = next((m for m in ctx.mentions.items if s0 <= m.start < d.cues[0][0]), None)
    return first is not None and first is not sp and first.kind == "name" and first.end <= sp.start \
        and sure_person(ctx.mentions, first.name) and ctx.cue_in(first.last_tok + 1, first.last_tok + 3) is not None


def _person_speaker(ctx, d) -> str | None:
    """The person name a statement is attributed to (outlets and organisations left out)."""
    if not d.speaker_name:
        return None
    if d.rule in ("carried", "relayed") or d.speaker is None:
        return d.speaker_name
    if d.speaker.person is False or d.speaker.kind == "org" or relayed_by_medium(ctx, d):
        return None
    if d.speaker.kind == "name" and not sure_person(ctx.mentions, d.speaker_name):
        return None  # "Conférence : «…»", «Варшава рассчитывает»: not shown to be a person
    return d.speaker_name


def _name_gender(ctx, name: str | None) -> str | None:
    c = ctx.mentions.cluster(name)
    return c.gender if c is not None else None


def attribute_across(ctx, drafts: list) -> None:
    """Speakers where news puts them when the statement's own sentence names nobody.

    In order: a medium relaying a named person's words gives the floor back to that person; an
    unattributed quote, or a pronoun or description left unresolved, takes the speaker of the
    previous attributed statement in its paragraph or the one before (the subject of the last
    attributed sentence), else of the next one in its paragraph, else the person a headline
    gives the floor to ("Orbán: …"), else the article's main speaker when one person holds
    most of the attributed statements. Gender must agree when both sides show it.
    """
    doc, mentions = ctx.doc, ctx.mentions
    lang = doc.lang
    # 1. a medium relaying a person: the person in the relayed sentence speaks
    for d in drafts:
        cited = None
        if d.speaker is not None and d.cues and _cue_lemma(ctx, d) in lang.publish_verbs:
            # «Про це повідомляє Українська правда з посиланням на … Олександра Корнієнка»
            cited = _cited_person(ctx, d.speaker.end, doc.sentence_bounds(d.cues[0][0])[1])
        if not relayed_by_medium(ctx, d):
            if cited is not None:
                d.speaker, d.speaker_name, d.rule = cited, cited.name, "relayed"
            continue
        s0 = doc.sentence_bounds(d.start)[0]
        s1 = doc.sentence_bounds(max(d.end - 1, d.start))[1]
        lo, hi = min(s0, d.cues[0][0]), max(s1, d.cues[0][1])
        who, span = None, None
        for o in drafts:
            if o is not d and o.start < hi and lo < o.end and _person_speaker(ctx, o):
                who = _person_speaker(ctx, o)
                break
        if who is None:
            for m in mentions.items:
                if lo <= m.start < hi and m.kind == "name" and m.person and is_subject_form(lang, doc, m) \
                        and not any(cs <= m.start < ce for cs, ce in d.content
                                    if doc.in_quote(m.start) or not _speaks_in(ctx, d, m)):
                    # «пишет The Times, Кличко и президент … находятся»: the relayed clause's own
                    # subject, who speaks of nothing, is no speaker
                    who, span = m.name, m  # «— передаёт ТАСС слова Доценко»: the person is the span
                    break
        if who is None and cited is not None:
            who, span = cited.name, cited
        if who is not None:
            d.speaker_name = who
            d.rule = "relayed"
            if span is not None:
                d.speaker = span
        elif _cue_lemma(ctx, d) not in lang.cue_verbs:
            # «…», – цитирует РИА Новости заявление президента: a verb that only relays (no cue of
            # its own, see ``cues``) never makes the medium the speaker; the quote is left unattributed
            d.speaker, d.speaker_name = None, None
    main = _main_person(ctx, [d.speaker_name for d in drafts if _person_speaker(ctx, d)])
    headline = _headline_speaker(ctx, drafts)
    author = _headline_person(ctx)

    def fits(d, name: str, loose: bool = False) -> bool:
        """Whether ``d`` may be given to ``name``; ``loose``: a specific role nobody named in the
        article carries («— сказав міністр», «відповів генерал») may refer to the main speaker."""
        if d.speaker is not None and d.speaker.text.lower() in lang.narrators:
            return True
        if d.verb_gender == "n":
            return False  # «издание … сообщало», «Видання також не виключило»: a neuter subject, no person
        g = None
        if d.speaker is not None and d.speaker.gender in ("m", "f"):
            g = d.speaker.gender
        elif d.verb_gender in ("m", "f"):
            g = d.verb_gender
        ng = _name_gender(ctx, name)
        if g and ng and g != ng:
            return False
        if d.speaker is not None and mentions.state_clash(d.speaker, name):
            return False  # «Турецкий министр» after «Министр иностранных дел России Сергей Лавров»
        if d.verb_gender == "pl" or d.speaker is not None and (d.speaker.number == "pl" or d.speaker.gender == "n"):
            return False  # «Російські посадовці … заперечують», «Українські аналітики нагадують»: several people
        if d.speaker is not None and generic_holder(lang, d.speaker):
            # «Глава Украины» refers back to a person introduced with the same country or body
            caps = [w for w in re.findall(r"\w[\w’'\-]*", d.speaker.text)[1:] if w[:1].isupper()]
            holders = {mm.name for mm in mentions.items if mm.kind == "name" and mm.person
                       and all(w in mm.text for w in caps)}
            return not caps or name in holders or not holders
        return d.speaker is None or d.speaker.kind != "desc" or (not indefinite(d.speaker, lang) and (
            mentions.desc_fits(d.speaker, name) or loose and mentions.role_unclaimed(d.speaker)
            and not mentions.has_role(name)  # «речник ГУР Андрій Юсов» … «підсумовує науковець»: someone new
            and (d.rule.startswith("according") or not any(lang.is_oblique(w) for w in d.speaker.text.split()[:1]))))

    for i, d in enumerate(drafts):
        narrator = d.speaker is not None and d.speaker.text.lower() in lang.narrators
        if d.speaker_name or (d.speaker is not None and not narrator and not generic_holder(lang, d.speaker)
                              and (d.verb_gender == "pl"
                                   or is_subject_form(lang, doc, d.speaker, prepositions=lang.declines)) and (
                d.speaker.kind in ("name", "org") or mentions.unnamed_holder(d.speaker))):
            continue
        if d.speaker is not None and d.rule.startswith("according") and mentions.unnamed_holder(d.speaker) \
                and not generic_holder(lang, d.speaker):
            continue  # «за словами речниці Держприкордонслужби»: a specific holder left unnamed is no one before
        para = doc.para_of(d.start)
        prev = next((p for p in reversed(drafts[:i]) if _person_speaker(ctx, p)), None)
        nxt = next((n for n in drafts[i + 1:] if _person_speaker(ctx, n)), None)
        choice = _named_after_quote(ctx, d) if d.speaker is None and d.type != "indirect" else None
        if d.speaker is None and _subject_before_cue(ctx, d):
            continue  # «Україна наполягає, що …»: its own subject, though not a person, speaks
        if choice:
            pass
        elif prev is not None and doc.para_of(prev.end) == para and fits(d, prev.speaker_name):
            choice = prev.speaker_name
        elif d.speaker is None and (follow := _subject_after(ctx, d)) is not None and fits(d, follow):
            choice = follow  # "«…». Так премьер-министр Венгрии Виктор Орбан начал встречу"
        elif nxt is not None and doc.para_of(nxt.start) == para and d.speaker is None \
                and fits(d, nxt.speaker_name):
            choice = nxt.speaker_name
        elif d.speaker is None and d.rule == "unattributed" and (before := _subject_before(ctx, d)) is not None \
                and before.kind == "desc":
            d.speaker, d.speaker_name = before, mentions.resolve(before)  # «Дідусь ветеран … сказав …»
            continue
        elif d.speaker is None and d.rule == "unattributed" and before is not None \
                and (prev is None or before.name != prev.speaker_name) and fits(d, before.name):
            choice = before.name  # the subject of the sentence before, who is no statement's speaker
        elif prev is not None and para - doc.para_of(prev.end) <= 2 and fits(d, prev.speaker_name) \
                and not _rival_between(ctx, _frame_end(prev), d.start, prev.speaker_name):
            choice = prev.speaker_name
        elif narrator and author:
            choice = author  # "Statement by Prime Minister Viktor Orbán …" ¶ "I told the President …"
        elif headline and fits(d, headline, loose=True):
            choice = headline
        elif main and fits(d, main, loose=True) and d.rule != "interview":
            choice = main
        elif d.rule == "interview" and (guest := _interviewee(ctx, drafts)) and fits(d, guest):
            choice = guest  # "Евгения Медведева рассказала …" ¶ "– Ты обижаешься?" ¶ "– Нет, конечно."
        if choice:
            d.speaker_name = choice
            d.rule = "carried"
            d.confidence = min(d.confidence, 0.6)
            if d.speaker is None or d.speaker.kind == "name" and d.speaker.name != choice \
                    and _object_of_preposition(doc, d.speaker):
                # the speaker span: the nearest mention of the person, before if any; a name that
                # is someone else («до Путіна звернувся»: the addressee) is no span of the speaker
                d.speaker = _nearest_mention(mentions, choice, d.start, d.end)
                if prev is not None and choice == prev.speaker_name and prev.speaker is not None \
                        and prev.end <= d.start and (d.speaker is None or d.speaker.end <= prev.speaker.end) \
                        and is_subject_form(lang, doc, prev.speaker):
                    d.speaker = prev.speaker  # the subject of the last attributed sentence


def _speaks_in(ctx, d, m: Mention) -> bool:
    """Whether a person named inside a relayed statement's words speaks there: a cue of its own
    (not the medium's) stands next to the name («заявил депутат … Николай Тищенко, пишет
    издание»), unlike the subject the medium reports on («писало, что Кличко … находятся»)."""
    own = {ctx.doc.tok_at(a) for a, _ in d.cues}
    return any(i not in own and ctx.cues.get(i) is not None
               for i in range(max(0, m.first_tok - 6), m.last_tok + 4))


def _cited_person(ctx, lo: int, hi: int) -> Mention | None:
    """The person a medium cites in ``[lo, hi)``: the first one named right after a source phrase
    of the pack with no slot («з посиланням на першого заступника спікера … Олександра Корнієнка»,
    «со ссылкой на …»), at most six words on, with no preposition or plural head before the name."""
    doc = ctx.doc
    for acc in ctx.according:
        if acc.kind != "prep" or not lo <= doc.tokens[acc.first].start < hi:
            continue
        after = doc.tokens[acc.last].end
        for m in ctx.mentions.items:
            if after <= m.start < min(hi, after + 120) and m.kind == "name" and m.person \
                    and sure_person(ctx.mentions, m.name):
                between = re.findall(r"\w[\w’'\-]*", doc.text[after:m.start])
                # «со ссылкой на источники в команде президента …»: sources near him, not him
                if len(between) <= 6 and not any(w.lower() in _PHRASE_PREPOSITIONS for w in between) \
                        and not (between and ctx.doc.lang.declines and ctx.doc.lang.is_plural(between[0])):
                    return m
                return None
    return None


def _nearest_mention(mentions: Mentions, name: str, start: int, end: int) -> Mention | None:
    """The mention of ``name`` nearest before ``start`` (a subject pronoun that refers to it
    counts: «Він готовий …» ¶ «"…"»), else the first after ``end``."""
    named = [m for m in mentions.items if m.kind == "name" and m.name == name]
    before = [m for m in named if m.end <= start]
    floor = before[-1].end if before else -1
    doc, lang = mentions.doc, mentions.lang
    for m in reversed(mentions.items):
        if m.end > start or m.end <= floor:
            continue
        if m.kind == "pronoun" and m.text.lower() in lang.pronouns and _opens_sentence(doc, m) and mentions.resolve(m) == name:
            return m
    after = [m for m in named if m.start >= end]
    return before[-1] if before else (after[0] if after else None)


def _object_of_preposition(doc: Doc, m: Mention) -> bool:
    """Whether a preposition governs the mention («до Путіна», "to Putin"): never the subject."""
    k = m.first_tok - 1
    return k >= 0 and doc.tokens[k].lower in _PREPOSITIONS


def _opens_sentence(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the first word of its sentence (a subject, not an object)."""
    s0 = doc.sentence_bounds(m.start)[0]
    return not re.sub(r"[\W_]", "", doc.text[s0:m.start])


def _interviewee(ctx, drafts: list) -> str | None:
    """Who answers an interview: the first person named as a subject in the article's opening
    (its first 600 characters, before the first answer), outside quoted text."""
    first = min((d.start for d in drafts if d.rule == "interview"), default=0)
    for m in ctx.mentions.items:
        if m.start > min(600, first):
            break
        if m.kind == "name" and m.person and not ctx.doc.in_quote(m.start) \
                and is_subject_form(ctx.doc.lang, ctx.doc, m):
            return m.name
    return None


def is_dateline(doc: Doc, m: Mention) -> bool:
    """An upper-case place opening a paragraph before "(Agency)" or a dash: "PARIS (AP) —"."""
    if not (m.text.isupper() and len(m.text) > 2):
        return False
    p0 = doc.paragraphs[doc.para_of(m.start)][0] if doc.paragraphs else 0
    return not doc.text[p0:m.start].strip() and doc.text[m.end:m.end + 4].lstrip()[:1] in ("(", "—", "–", "-", ",")


def is_label(ctx, m: Mention) -> bool:
    """A word and a colon opening a paragraph ("Details: The prime minister said …"): a label,
    unless the article shows it to be a person ("Orbán: …")."""
    doc = ctx.doc
    p0 = doc.paragraphs[doc.para_of(m.start)][0] if doc.paragraphs else 0
    return not doc.text[p0:m.start].strip() and doc.text[m.end:m.end + 2].lstrip()[:1] == ":" \
        and not sure_person(ctx.mentions, m.name or m.text)


def generic_holder(lang, m: Mention) -> bool:
    """A generic role of a country or body that refers back to its holder named before
    («Глава Украины», "the Belarusian leader"), not a new unnamed person."""
    words = [w for w in re.findall(r"[\w’'\-]+", m.text) if w.lower() not in lang.determiners]
    return m.kind in ("name", "desc") and m.person is not True and bool(words) \
        and lang.lemma(words[0]) in lang.generic_roles  # "A kormányfő", «Глава Украины»


def _frame_end(d) -> int:
    """Where a statement and its attribution (speaker, cue, frame) end."""
    ends = [d.end] + [e for _, e in d.cues]
    if d.frame:
        ends.append(d.frame[1])
    if d.speaker is not None:
        ends.append(d.speaker.end)
    return max(ends)


def _subject_after(ctx, d) -> str | None:
    """The person who opens the sentence right after a quote, in its paragraph (at most one word
    before the subject's mention)."""
    doc = ctx.doc
    if d.end >= len(doc.text):
        return None
    pos = d.end + len(re.match(r"[\s.!?…”“»\"']*", doc.text[d.end:d.end + 6]).group())
    if pos >= len(doc.text):
        return None
    s0, s1 = doc.sentence_bounds(pos)
    if s0 < pos - 1 or doc.para_of(s0) != doc.para_of(d.start) or "\n" in doc.text[d.end:s0]:
        return None
    for m in ctx.mentions.items:
        if s0 <= m.start < s1:
            if m.kind == "name" and sure_person(ctx.mentions, m.name) and len(doc.text[s0:m.start].split()) <= 1 \
                    and is_subject_form(doc.lang, doc, m):
                return m.name
            return None
    return None


def _subject_before(ctx, d) -> Mention | None:
    """The one person who speaks as the subject of the sentence right before an unattributed
    quote that ends its sentence: in its paragraph, or the last sentence of the paragraph before when the quote opens its
    own («Нагадаємо, колишній голова МЗС Дмитро Кулеба розповідав, … . «Ти розумієш, …»»)."""
    doc, lang = ctx.doc, ctx.doc.lang
    if re.search(r"\w", doc.text[d.end:doc.sentence_bounds(max(d.start, d.end - 1))[1]]):
        return None  # «"…", ha escrito en X»: the quote's sentence goes on with a frame of its own
    k = doc.tok_at(d.start) - 1
    toks = doc.tokens
    while k >= 0 and not toks[k].is_word and toks[k].text not in ".!?…":
        k -= 1
    if k < 0 or doc.para_of(toks[k].start) < doc.para_of(d.start) - 1:
        return None
    s0, s1 = doc.sentence_bounds(toks[k].start)
    if doc.para_of(toks[k].start) != doc.para_of(d.start) and doc.text[s1:d.start].strip(" \t\n\"'«»“”„") != "":
        return None
    found = None
    for m in ctx.mentions.items:
        if s0 <= m.start < s1 and m.kind == "name" and m.person and not doc.in_quote(m.start) \
                and is_subject_form(lang, doc, m) and not _object_of_preposition(doc, m):
            if found is not None and m.name != found.name:
                return None  # two people in the sentence: no telling who speaks
            found = found or m
    if found is None:
        # «Дідусь ветеран був дуже стислий …, але сказав дуже правдиві слова.»: a description of
        # one person opening the sentence, when nobody is named there
        first = next((m for m in ctx.mentions.items if s0 <= m.start < s1), None)
        if first is not None and first.kind == "desc" and first.number != "pl" and lang.declines \
                and not doc.text[s0:first.start].strip() and not lang.is_oblique(first.text.split()[-1]):
            found = first
    elif not sure_person(ctx.mentions, found.name):
        return None
    if found is None:
        return None
    first = doc.tok_at(found.end)
    if not any(t.is_word and lang.cue_class(t.text) in ("speech", "attitude")
               for t in toks[first:doc.tok_at(s1)] if not doc.in_quote(t.start)):
        return None
    return found


def _subject_before_cue(ctx, d) -> bool:
    """Whether the statement's own sentence opens with a capitalised subject that is no person
    (a country, a body: «Україна наполягає, що …»): it speaks, nobody is carried in."""
    doc = ctx.doc
    s0 = doc.sentence_bounds(d.start)[0]
    for m in ctx.mentions.items:
        if s0 <= m.start < d.start:
            return m.kind in ("name", "org") and not m.person and doc.text[s0:m.start].strip() == "" \
                and is_subject_form(doc.lang, doc, m, prepositions=doc.lang.declines) and not is_label(ctx, m)
    return False


_AFTER_QUOTE = re.compile(r"\s*(?:[,;]\s*|[,]?\s*[—–-]\s+)(?:[^\W\d][\w’'\-]*\.?\s+){1,4}$")


def _named_after_quote(ctx, d) -> str | None:
    """A person named right after a quote's comma or dash, past a few words (an inverted frame
    whose verb this language's lexicon may not know: «…», déclare Macron; „…“, vysvětlil Orbán)."""
    doc, mentions = ctx.doc, ctx.mentions
    end = d.end
    para_end = doc.paragraphs[doc.para_of(d.start)][1] if doc.paragraphs else len(doc.text)
    for m in mentions.items:
        if m.start < end or m.start > min(end + 60, para_end):
            continue
        if m.kind != "name" or m.person is False:
            return None
        gap = doc.text[end:m.start].lstrip("”“»«\"'’")
        if _AFTER_QUOTE.match(gap) and not any(ch in gap for ch in ".!?«»“”\"„"):
            return m.name
        return None
    return None


def _rival_between(ctx, lo: int, hi: int, name: str) -> bool:
    """Another person named as a subject between two statements (outside quotes)."""
    lang, doc = ctx.doc.lang, ctx.doc
    for m in ctx.mentions.items:
        if lo <= m.start < hi and m.kind == "name" and m.person and m.name != name \
                and is_subject_form(lang, doc, m):
            return True
    return False


def sure_person(mentions: Mentions, name: str | None) -> bool:
    """A name the article shows to be a person's: a full name, or one whose gender is known."""
    c = mentions.cluster(name)
    return c is not None and c.person is not False and (len(c.name.split()) >= 2 or c.gender in ("m", "f")
                                                        or len(c.spoke) >= 2)


def _main_person(ctx, speakers: list[str]) -> str | None:
    """The article's main speaker: the person who holds most of its attributed statements (at
    least two, 60 %); failing that, the person it names most (at least twice, half the mentions, no tie)."""
    mentions = ctx.mentions
    for names, share in (([n for n in speakers if sure_person(mentions, n)], 0.6),
                         ([m.name for m in mentions.items if m.kind == "name" and m.person
                           and sure_person(mentions, m.name) and is_subject_form(ctx.doc.lang, ctx.doc, m)], 0.5)):
        main = main_speaker(names, least=2, share=share)
        if main is not None:
            return main
    return None


def _headline_person(ctx) -> str | None:
    """The first person a short title line names: the author of a first-person text."""
    doc = ctx.doc
    if not doc.paragraphs or doc.paragraphs[0][1] - doc.paragraphs[0][0] > 200:
        return None
    h0, h1 = doc.paragraphs[0]
    return next((m.name for m in ctx.mentions.items if h0 <= m.start < h1 and m.kind == "name" and m.person
                 and sure_person(ctx.mentions, m.name)), None)


def _headline_speaker(ctx, drafts: list) -> str | None:
    """The person a headline gives the floor to: "Orbán: …", or the speaker of a statement
    in the first paragraph when it is a short title line."""
    doc = ctx.doc
    if not doc.paragraphs:
        return None
    h0, h1 = doc.paragraphs[0]
    if h1 - h0 > 200:
        return None
    for m in ctx.mentions.items:
        if h0 <= m.start < h1 and m.kind == "name" and sure_person(ctx.mentions, m.name) \
                and doc.text[m.end:m.end + 2].lstrip().startswith(":"):
            return m.name
    for d in drafts:
        if d.start < h1 and _person_speaker(ctx, d):
            return d.speaker_name
    return None
