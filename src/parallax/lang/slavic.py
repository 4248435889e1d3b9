"""Morphology shared by Russian and Ukrainian: pymorphy3 lemmas, gender, nominative names.

Every lookup is cached per word form, since news text repeats the same few hundred forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Span
from .base import Language, morph, razdel_sentences

_NAME_TAGS = ("Name", "Surn", "Patr")
_GENDER = {"masc": "m", "femn": "f", "neut": "n", "plur": "pl"}
_CASE_ORDER = ("gent", "datv", "ablt", "accs", "loct", "voct")
#: a surname in -енко in a case form (Лукашенка, Шевченком, Ткаченкові): the
#: dictionaries treat these as indeclinable and mis-parse them, so the ending is undone by rule
ENKO_CASE = re.compile(r"(?i)(енк)(а|у|ом|ові|е|і)$")
#: an adjective of a place in Cyrillic («российских», «українських», «українською», «руска»), any case
CYRILLIC_DEMONYM = re.compile(r"(?i)[а-яіїєґ]{2,}(?:ськ|цьк|зьк|ск|цк)"
                              r"(?:ий|ого|ому|им|ім|ій|ої|ою|ую|у|а|е|і|их|ими|ие|ые|ая|ое|ой|ом|ых|ыми)$")


class Slavic(Language):
    """A Language whose morphology comes from pymorphy3 (``ru`` or ``uk`` dictionaries)."""

    quote_pairs = {"«": "»", "„": "“”\"", "“": "”", '"': '"', "‚": "‘", "‘": "’", "'": "'", "‹": "›"}
    has_morphology = True
    comma_before_complementiser = True
    comma_dash_direct = True
    paragraph_quotes = True
    about_that = (frozenset({"о", "про"}), frozenset({"том", "те"}))
    demonym_pattern = CYRILLIC_DEMONYM

    def __init__(self) -> None:
        super().__init__()
        self._parse = lru_cache(maxsize=200_000)(self._parse_uncached)

    def _parse_uncached(self, word: str):
        return morph(self.code).parse(word.replace("’", "'").replace("ʼ", "'"))

    def lemma(self, word: str) -> str:
        return self._parse(word)[0].normal_form

    def place_of(self, stem: str, suffix: str) -> str | None:
        """A place noun of the dictionary (``Geox``) the stem of a place adjective names: itself («Харьков»), with
        the suffix («Курск», «Донецк»), or with a nominative ending («Сумы», «Одесса»); the first one it knows in
        its own nominative (the stem «Доне» is a case form of the river Дон, no candidate)."""
        low = stem.lower()
        for cand in (low, low + suffix, low + "ы", low + "и", low + "а", low + low[-1:] + "а", low + "ь"):
            for p in self._parse(cand):
                if p.is_known and p.tag.POS == "NOUN" and "Geox" in p.tag.grammemes and p.normal_form == cand:
                    return p.normal_form
        return None

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset(p.normal_form for p in self._parse(word) if p.score > 0.01)

    def is_future(self, word: str) -> bool:
        parses = [p for p in self._parse(word) if p.score > 0.1]
        return bool(parses) and parses[0].tag.tense == "futr"

    def is_infinitive(self, word: str) -> bool:
        parses = [p for p in self._parse(word) if p.score > 0.1]
        # pymorphy-ru tags it INFN, the Ukrainian dictionary VERB with the grammeme "infn"
        return bool(parses) and (parses[0].tag.POS == "INFN" or "infn" in parses[0].tag.grammemes)

    def is_verb(self, word: str) -> bool:
        return any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTS") for p in self._parse(word))

    def is_past(self, word: str) -> bool:
        """A gendered singular past form, or a plural ending in «-ли» («нападала», «заявили»)."""
        return self.is_verb(word) and bool(self._past_gender(word) or word.lower().endswith(("ли", "лись", "лися")))

    def _past_gender(self, word: str) -> str | None:
        for p in self._parse(word):
            if p.tag.POS == "VERB" and "past" in p.tag.grammemes:
                for tag, g in _GENDER.items():
                    if tag in p.tag.grammemes:
                        return g
        return None

    def verb_gender(self, word: str) -> str | None:
        """The past form's gender or number; 'pl' also for a third person plural in the present or
        future («В пресс-службе считают», «у відомстві зазначають»: a body or people, never one man)."""
        found = self._past_gender(word)
        if found is None and any(p.tag.POS == "VERB" and {"plur", "3per"} <= p.tag.grammemes
                                 for p in self._parse(word)):
            return "pl"
        return found

    def _name_parse(self, word: str):
        for p in self._parse(word):
            if any(t in p.tag.grammemes for t in _NAME_TAGS):
                return p
        return None

    def name_gender(self, word: str) -> str | None:
        if ENKO_CASE.search(word) or word.lower().endswith("енко"):
            return None
        genders = set()
        for p in self._parse(word):
            if any(t in p.tag.grammemes for t in _NAME_TAGS) and "nomn" in p.tag.grammemes:
                genders |= {g for t, g in _GENDER.items() if t in p.tag.grammemes and g in "mf"}
        return genders.pop() if len(genders) == 1 else None

    def nominative(self, word: str) -> str:
        if ENKO_CASE.search(word):
            return ENKO_CASE.sub(lambda m: m.group(1) + "о", word)
        # one person speaks: plural readings (Силуанов as the genitive plural of «Силуан») are no case form of his name
        p = next((p for p in self._parse(word) if any(t in p.tag.grammemes for t in _NAME_TAGS)
                  and p.tag.number != "plur"), None)
        if p is None or "nomn" in p.tag.grammemes:
            return word
        if "Fixd" in p.tag.grammemes:
            return word
        inflected = p.inflect({"nomn"})
        if inflected is None:
            return word
        w = inflected.word
        return w[:1].upper() + w[1:] if word[:1].isupper() else w

    def nominative_name(self, words: list[str], hint: str | None = None, verb_gender: str | None = None) -> list[str]:
        """A whole name put in the nominative, its parts agreeing: the forename's case and
        gender decide how the surname reads (Владислава Волошина → Владислав Волошин, not the
        feminine nominative Волошина; Марии Захаровой → Мария Захарова). ``hint`` is a role word
        right before the name ("речника"): its case and gender settle an ambiguous forename.
        ``verb_gender``: the past-tense verb right after the name agrees with it as its subject
        («Евгения Медведева рассказала»): a name that reads as a nominative of that gender stays."""
        if verb_gender in ("m", "f") and all(
                any(p.tag.case == "nomn" and p.tag.number != "plur"
                    and p.tag.gender == {"m": "masc", "f": "femn"}[verb_gender]
                    for p in self._parse(w)) for w in words):
            return list(words)
        hinted = self._role_reading(hint) if hint else None
        case = gender = None
        for w in words:
            names = [p for p in self._parse(w) if "Name" in p.tag.grammemes and p.tag.number != "plur"]
            if not names:
                continue
            nomn = [p for p in names if p.tag.case == "nomn"]
            oblique = [p for p in names if p.tag.case != "nomn"]
            if hinted is not None:
                agree = [p for p in names if (p.tag.case, p.tag.gender) == hinted]
                if agree:
                    case, gender = hinted
                    break
            others = [x for x in words if x is not w]
            # pymorphy-ru ranks readings (Дмитрия: gent masc .78, nomn femn .02); uk ties them all,
            # so there the other words decide: Олександра Лукашенка / Зеленському have no nominative
            ranked = names[0].score > names[-1].score
            if nomn and (ranked and names[0].tag.case == "nomn" or not ranked and not any(
                    ENKO_CASE.search(x) or not any(p.tag.case == "nomn" for p in self._parse(x)) for x in others)):
                case, gender = "nomn", nomn[0].tag.gender
            elif oblique:  # the commonest frames first: за словами X (gent), X-у (datv), з X (ablt)
                best = oblique[0] if ranked else min(
                    oblique, key=lambda p: _CASE_ORDER.index(p.tag.case) if p.tag.case in _CASE_ORDER else 9)
                case, gender = best.tag.case, best.tag.gender
            break
        if case is None:
            return [self.nominative(w) for w in words]
        out = []
        for w in words:
            if ENKO_CASE.search(w):
                out.append(ENKO_CASE.sub(lambda m: m.group(1) + "о", w))
                continue
            if case == "nomn":  # Эльвира Набиуллина stays; a surname without a nominative reading is inflected
                ok = any(p.tag.case == "nomn" and p.tag.gender in (gender, None) for p in self._parse(w))
                out.append(w if ok else self.nominative(w))
                continue
            pick = None
            for p in self._parse(w):
                g = set(p.tag.grammemes)
                if p.tag.case == case and p.tag.number != "plur" and (gender is None or p.tag.gender in (gender, None)) \
                        and (g & set(_NAME_TAGS) or p.tag.POS == "NOUN"):
                    pick = p
                    break
            inflected = pick.inflect({"nomn"}) if pick is not None and "Fixd" not in pick.tag.grammemes else None
            if inflected is None:
                out.append(self.nominative(w))
                continue
            x = inflected.word
            out.append(x[:1].upper() + x[1:] if w[:1].isupper() else x)
        return out

    def _role_reading(self, word: str) -> tuple[str, str] | None:
        """Case and gender of a role noun ("речника" → gent masc), if one reading is a noun."""
        for p in self._parse(word):
            if p.tag.POS == "NOUN" and p.tag.case and p.tag.number != "plur":
                return p.tag.case, p.tag.gender
        return None

    def is_oblique(self, word: str) -> bool:
        """The likeliest reading is not nominative (Кремля, України): not a speaker's own name."""
        p = self._parse(word)[0]
        return p.tag.case is not None and p.tag.case != "nomn"

    def is_plural(self, word: str) -> bool:
        p = self._parse(word)
        return bool(p) and p[0].tag.number == "plur"

    def only_plural(self, word: str) -> bool:
        p = self._parse(word)
        return bool(p) and all(x.tag.number == "plur" for x in p)

    def is_person_word(self, word: str) -> bool:
        return self._name_parse(word) is not None

    def is_name_word(self, word: str, sentence_initial: bool) -> bool:
        if not word[:1].isupper() or word.lower() in self.not_names or word.lower() in self.pronouns \
                or word.lower() in self.narrators:
            return False  # «Я»: the narrator, never a name
        if not sentence_initial:
            return True
        parses = self._parse(word)
        if any(any(t in p.tag.grammemes for t in _NAME_TAGS + ("Geox", "Orgn")) for p in parses):
            return True
        return not morph(self.code).word_is_known(word.lower().replace("’", "'"))

    def sentences(self, text: str) -> list[Span]:
        return razdel_sentences(text)
