"""Name normalisation: script, transliteration, inflection, first-name equivalents, titles.

Every spelling of a name is reduced to a set of *keys*: casefolded, transliterated to Latin
with ICU's BGN/PCGN rules of the orthography the packs' letters choose (``lang/script.py``),
diacritics folded, Russian/Ukrainian case endings undone with pymorphy3, transliteration
systems collapsed (``sz``/``sch``/``sh`` → ``s``, ``y``/``j``/``i`` → ``i``, ``w`` → ``v`` …)
and first names replaced by their equivalence class (Alexander, Aleksandr, Oleksandr,
Aliaksandr, Александр, Аляксандр → ``=alexander``). Two spellings of one name share a key;
the gendered forms of a surname (Зеленський/Зеленська, Zelensky/Zelenska) do not.

Reads: nothing. Writes: nothing. Depends on: PyICU, pymorphy3 (+ ru, uk dictionaries; one analyser
per dictionary, ``lang.base.morph``, shared with extraction), the packs' ``script.txt`` (``lang/script.py``).

Does not guess: a token that no rule explains keeps its own key, so an unknown name never
collapses onto a known one (weak cues are for ``rapidfuzz`` in ``registry.py``, which scores
them and refuses the ambiguous ones).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field

import icu

from ..lang import alternation, every_pack
from ..lang.base import morph
from ..lang.slavic import ENKO_CASE
from ..lang.script import candidates, cyrillic_orthography, orthography_of, telling_letters

# ---------------------------------------------------------------- script and translit

_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
#: Greek letters (monotonic and polytonic): names are romanised by BGN/PCGN, as Cyrillic ones
_GREEK = re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")
#: Greek spells a foreign b, d, g, j as μπ, ντ, γκ, τζ (Μπάιντεν, Ντόναλντ, Τούνμπεργκ, Τζο): read so before
#: BGN, which writes the Greek "mb", "nd", "ng", "tz"; a word-final μπ stays "mp" (Τραμπ → Tramp)
_GREEK_FOREIGN = (
    (re.compile(r"(?<=\w)μπ\b"), "mp"), (re.compile(r"(?<=\w)ΜΠ\b"), "MP"),
    (re.compile(r"Μπ|ΜΠ"), "B"), (re.compile("μπ"), "b"), (re.compile(r"Ντ|ΝΤ"), "D"), (re.compile("ντ"), "d"),
    (re.compile(r"Γκ|ΓΚ"), "G"), (re.compile("γκ"), "g"), (re.compile(r"Τζ|ΤΖ"), "Dzh"), (re.compile("τζ"), "dzh"),
)


def _greek_latin(text: str) -> str:
    for pattern, latin in _GREEK_FOREIGN:
        text = pattern.sub(latin, text)
    return _transliterator("Greek-Latin/BGN").transliterate(text)


def script(text: str) -> str:
    """``"cyrl"``, ``"latn"``, ``"mixed"`` or ``"other"`` for a piece of text."""
    cyr, lat = bool(_CYR.search(text)), bool(_LAT.search(text))
    if cyr and lat:
        return "mixed"
    return "cyrl" if cyr else "latn" if lat else "other"


def cyrillic_lang(text: str, lang: str | None = None) -> str:
    """Which Cyrillic orthography a word is in (``uk``, ``be``, ``ru``, ``bg``, ``sr`` …): the packs'
    letters first, then the hint (``lang/script.py``)."""
    return cyrillic_orthography(text, lang).code


def dictionary(word: str, lang: str | None = None):
    """The pymorphy3 analyser that reads a Cyrillic word's orthography, or None where there is none."""
    code = cyrillic_orthography(word, lang).dictionary
    return morph(code) if code else None


@functools.lru_cache(maxsize=None)
def own_dictionary(code: str):
    """The analyser of a language with its own dictionary (whose names it declines), else None."""
    from .. import lang as languages

    orth = orthography_of(code)
    return morph(orth.dictionary) if orth and orth.dictionary == code and languages.get(code).declines else None


def foreign_letters(form: str, word: str, lang: str | None = None) -> bool:
    """Whether a reading ``form`` of ``word`` has telling letters that neither the word's orthography
    nor the text's language writes: a Russian word's nominative is Russian («Цекова» → «Цеков», never
    the Ukrainian «Цеків»)."""
    allowed = set(cyrillic_orthography(word, lang).letters)
    own = orthography_of(lang)
    if own is not None:
        allowed |= own.letters
    return bool((set(form.lower()) & telling_letters()) - allowed)


@functools.lru_cache(maxsize=100_000)
def surname_endings(word: str, lang: str | None = None, *, adjectival: bool = False) -> tuple[str, ...]:
    """Masculine surname endings of every orthography a Cyrillic word may be in (its letters decide,
    not the hint: «Песков» in a Belarusian text is still a Russian surname): the possessive type
    (-ов, -ин: their own nominative), with ``adjectival`` also -ий/-ой."""
    out: list[str] = []
    for orth in candidates(word) or (cyrillic_orthography(word, lang),):
        out += orth.possessive_surname_endings + (orth.adjectival_surname_endings if adjectival else ())
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=None)
def _transliterator(name: str):
    return icu.Transliterator.createInstance(name)


_MARKS = str.maketrans({"ʹ": None, "ʺ": None, "·": None, "'": None, "’": None, "ʼ": None, "`": None,
                        "\u2019": None, "\u02bc": None})


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, diacritics folded to ASCII, apostrophes and soft-sign marks dropped."""
    s = unicodedata.normalize("NFKC", text).translate(_MARKS)
    s = _transliterator("Latin-ASCII").transliterate(s)
    return s.casefold()


@functools.lru_cache(maxsize=200_000)
def to_latin(text: str, lang: str | None = None) -> str:
    """Cyrillic or Greek → Latin (BGN/PCGN for the detected orthography), then :func:`fold`."""
    if _CYR.search(text):
        text = _transliterator(cyrillic_orthography(text, lang).romanisation).transliterate(text)
        text = _transliterator("Any-Latin").transliterate(text) if _CYR.search(text) else text
    if _GREEK.search(text):
        text = _greek_latin(text)
    return fold(text)


def latin_name(text: str, lang: str | None = None) -> str:
    """A name in Latin letters for display (BGN/PCGN from Cyrillic or Greek, case kept): «Стив Розенберг»
    → "Stiv Rozenberg"; Latin text is returned as it is."""
    if _GREEK.search(text) and not _CYR.search(text):
        out = re.sub(r"[ʹʺ’'·]", "", _greek_latin(text))
        return " ".join(w[:1].upper() + w[1:] for w in out.split())
    if not _CYR.search(text):
        return text
    out = _transliterator(cyrillic_orthography(text, lang).romanisation).transliterate(text)
    if _CYR.search(out):
        out = _transliterator("Any-Latin").transliterate(out)
    out = re.sub(r"[ʹʺ’'·]", "", out)
    return " ".join(w[:1].upper() + w[1:] for w in out.split())


# Spelling systems that write one Cyrillic sound differently (en, pl, de, fr, cs, ro …).
# Ordered: longer sequences first. Ambiguous ones (``ch``: ч in English, ш in French, х in
# German/Polish/Czech) expand to every reading.
_SEQ = [
    ("shch", "s"), ("szcz", "s"), ("stsch", "s"), ("sch", "s"), ("tsch", "c"), ("tch", "c"),
    ("cz", "c"), ("sh", "s"), ("sz", "s"), ("zh", "s"), ("zs", "s"), ("dzh", "dz"), ("dj", "dz"),
    ("kh", "h"), ("ks", "x"), ("ts", "c"), ("tz", "c"), ("ou", "u"), ("w", "v"), ("ph", "f"),
    ("q", "k"), ("ck", "k"), ("z", "s"), ("oe", "u"), ("sj", "s"),
]
_CH_READINGS = ("c", "s", "h")
_SEQ_RE = re.compile("|".join(re.escape(a) for a, _ in _SEQ) + "|ch")
_SEQ_MAP = dict(_SEQ)


@functools.lru_cache(maxsize=200_000)
def skeletons(word: str) -> tuple[str, ...]:
    """Spelling-system-free forms of one folded Latin word (several when ``ch`` is ambiguous)."""
    parts = []
    pos = 0
    for m in _SEQ_RE.finditer(word):
        parts.append((word[pos:m.start()],))
        parts.append(_CH_READINGS if m.group() == "ch" else (_SEQ_MAP[m.group()],))
        pos = m.end()
    parts.append((word[pos:],))
    out = []
    for combo in itertools.islice(itertools.product(*parts), 9):
        s = "".join(combo)
        s = s.replace("x", "ks").replace("y", "i").replace("j", "i")
        s = re.sub(r"(?<=[^aeiou])ie", "e", s)          # Pieskow, Siergiej (Polish ie = е)
        s = re.sub(r"^ie", "e", s)                       # Yevgeny / Jewgienij / Evgeny
        s = re.sub(r"(.)\1+", r"\1", s)                  # Zelenskyy, Illia, Rossiia
        s = re.sub(r"aia$", "a", s)                      # -skaya / -ska (one feminine form)
        s = re.sub(r"enka$", "enko", s)                  # Belarusian/Polish Lukashenka = Lukashenko
        s = re.sub(r"([a-z])i$", r"\1i", s)
        out.append(s)
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------- first names

#: Equivalent first names across languages and romanisations (first item names the class).
FIRST_NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("alexander", "aleksandr", "oleksandr", "alyaksandr", "aliaksandr", "aleksander", "alexandre",
     "alexandru", "aleksandar", "aleksandur", "alexandr", "oleksander", "olexandr", "aleksandras", "alessandro",
     "alaksandr", "aliaksandras", "aleksandrs"),
    ("alexei", "aleksei", "aleksey", "alexey", "oleksiy", "oleksii", "olexiy", "aliaksei", "alyaksey",
     "aleksiej", "alexej", "alexis", "oleksij"),
    ("vladimir", "volodymyr", "uladzimir", "wladimir", "wlodzimierz", "vladimer", "volodimir",
     "vladimiras", "uladzimer", "volodymyras", "vladimirs"),
    ("dmitry", "dmitri", "dmitrii", "dmitriy", "dmytro", "dzmitry", "dzmitri", "dmitrij", "dymitr",
     "dimitri", "dmitrijs", "dmitro"),
    ("sergei", "sergey", "serhiy", "serhii", "serhij", "siarhei", "siarhiej", "sergej", "sergiej",
     "serguei", "serghei", "sergii", "sergiy", "serge", "siergiej"),
    ("yevgeny", "evgeny", "evgeni", "yevgeniy", "yevhen", "yevhenii", "ievgen", "evgenij", "jewgienij",
     "eugene", "yauhen", "ieuhen", "evgenii", "jevgenij", "ievhen"),
    ("mikhail", "mykhailo", "mykhaylo", "michail", "mikhaylo", "mikhal", "michael", "mihail", "mychajlo",
     "michal"),
    ("nikolai", "nikolay", "mykola", "mikalai", "mikola", "nicolai", "nikolaj", "mikolaj", "nicolae"),
    ("andrei", "andrey", "andriy", "andrii", "andrij", "andrej", "andrzej", "andrew", "andreas", "andre"),
    ("yuri", "yury", "yuriy", "yurii", "iurii", "jurij", "juri", "yurij", "iury", "jerzy"),
    ("viktor", "victor", "wiktor"),
    ("pyotr", "petr", "petro", "piotr", "peter", "petras", "pavlo_never"),
    ("ivan", "iwan", "jan_never"),
    ("ilya", "illia", "illya", "ilia", "ilja", "ilija"),
    ("valery", "valeriy", "valerii", "walerij", "valeri", "valerij"),
    ("oleg", "oleh", "aleh", "olieg"),
    ("igor", "ihor", "ihar", "ihorr"),
    ("grigory", "grigori", "hryhoriy", "hryhorii", "ryhor", "grzegorz", "gregory", "grigorij"),
    ("georgy", "georgi", "georgiy", "heorhiy", "heorhii", "george", "dzhordzh", "jerzy_never", "georgij"),
    ("maria", "mariya", "mariia", "maryia", "marija", "mary", "marie"),
    ("yulia", "yuliya", "yuliia", "julia", "iulia", "yuliia", "julija", "ioulia", "julie_never"),
    ("elena", "olena", "alena", "yelena", "helena", "jelena", "hélène", "helene", "alyona", "alona"),
    ("svetlana", "sviatlana", "svitlana", "swietlana", "swiatlana", "svetlane"),
    ("tatiana", "tatyana", "tetiana", "tetyana", "tacciana", "tatjana", "tatsiana", "tatiana"),
    ("natalia", "natalya", "nataliya", "natallia", "natalja", "natalie"),
    ("anatoly", "anatoliy", "anatolii", "anatol", "anatolij"),
    ("kirill", "kyrylo", "kiryl", "cyril", "cyryl", "kirilo"),
    ("denis", "denys", "dzianis", "denys"),
    ("vitaly", "vitaliy", "vitalii", "vitali", "witalij", "vital"),
    ("vasily", "vasiliy", "vasyl", "vasil", "wasyl", "vasilii", "wassili", "vasilij"),
    ("irina", "iryna", "iryna", "irena_never"),
    ("olga", "olha", "volha", "olha", "olgha"),
    ("anna", "hanna", "ganna", "anna"),
    ("yekaterina", "ekaterina", "kateryna", "katsiaryna", "katarzyna", "catherine", "katerina",
     "jekaterina"),
    ("maxim", "maksim", "maksym", "maxime", "maksimilian_never", "maksymilian_never"),
    ("arseniy", "arseny", "arsenii", "arsenij"),
    ("pavel", "pavlo", "pauliuk_never", "paul", "pawel", "pavol"),
    ("gennady", "gennadiy", "hennadiy", "hennadii", "gennadij", "henadz"),
    ("konstantin", "kostiantyn", "kostyantyn", "kanstantsin", "konstanty", "constantin"),
    ("fyodor", "fedor", "fedir", "fiodor", "fiodar", "theodore_never"),
    ("yakov", "yakiv", "jakow", "jacob_never"),
    ("vadim", "vadym", "vadzim", "wadim"),
    ("vyacheslav", "viacheslav", "vjaceslav", "wiaczeslaw", "viachaslau", "viachaslav"),
    ("stepan", "stsiapan", "stefan_never"),
    ("boris", "borys", "barys"),
    ("ruslan", "ruslan"),
    ("roman", "raman"),
    ("leonid", "leanid"),
    ("mikheil", "mikheil"),
    ("daria", "darya", "daryna_never", "dariia"),
    ("lyudmila", "ludmila", "liudmyla", "lyudmyla", "ludmilla", "liudmila"),
    ("valentina", "valentyna", "walentyna"),
    ("kira", "kira"),
    ("zakhar", "zachar"),
    ("iosif", "yosyp", "josef_never"),
    ("ramzan", "ramsan"),
    ("nikita", "mykyta", "nikita"),
    ("timofey", "tymofiy", "tsimafei"),
    ("vladislav", "vladyslav", "uladzislau", "wladyslaw_never"),
    ("yaroslav", "yaroslau", "jaroslaw"),
    ("bogdan", "bohdan", "bagdan"),
    ("taras", "taras"),
    ("stanislav", "stanislaw", "stanislau"),
    ("marat", "marat"),
    ("rustem", "rustam"),
    ("kyrylo", "kyrylo"),
    ("veronika", "veranika"),
    ("emmanuel", "emmanuel", "emanuel", "emanyuel"),
    ("joseph", "dzhozef", "dzhozeph", "jozef", "josep_never", "joe_never"),
)


@functools.lru_cache(maxsize=1)
def _first_name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for group in FIRST_NAME_GROUPS:
        head = "=" + group[0]
        for variant in group:
            if variant.endswith("_never"):
                continue
            for sk in skeletons(fold(variant)):
                index.setdefault(sk, head)
    return index


def first_name_class(skeleton: str) -> str | None:
    """The equivalence class (``=alexander``) of a first-name skeleton, or None."""
    return _first_name_index().get(skeleton)


# ---------------------------------------------------------------- inflection

_NAME_TAGS = ("Surn", "Name", "Patr")
# The Russian dictionary treats -енко surnames as indeclinable and mis-parses their cases
# (Лукашенка → "лукашенок", see MODELS.md §2), so these endings are undone by rule
# (``lang.slavic.ENKO_CASE``, the rule extraction's nominatives use).


@functools.lru_cache(maxsize=200_000)
def lemmas(word: str, lang: str | None = None) -> tuple[str, ...]:
    """Nominative forms a Cyrillic name word may stand for, keeping its gender.

    ``Лукашенком`` → ``("лукашенко",)``; ``Зеленської`` → ``("зеленська", …)`` (never the
    masculine ``зеленський``); ``Пескова`` → ``("пескова", "песков")``. The word itself is
    always first, so a nominative name is never lost.
    """
    low = word.lower()
    out = [low]
    m = ENKO_CASE.search(low)
    if m and not low.endswith("енко"):
        out.append(low[: m.start(2)] + "о")
    orth = cyrillic_orthography(word, lang)
    analysers = [an] if (an := own_dictionary(orth.code)) is not None else []
    allowed = {o.code for o in candidates(word)}
    for other in orth.shares_names_with:
        # its dictionary too, where the text is in it or the word's letters allow it
        if (other == lang or other in allowed) and (an := own_dictionary(other)) is not None:
            analysers.append(an)
    for an in analysers:
        for p in an.parse(low):
            tag = p.tag
            is_name = any(t in tag for t in _NAME_TAGS)
            if not is_name and tag.POS not in ("ADJF", "NOUN"):
                continue
            if "femn" in tag and ("Surn" in tag or tag.POS == "ADJF"):
                # singular where the dictionary marks number (ru does, uk does not)
                f = p.inflect({"nomn", "femn"} | ({"sing"} if p.tag.number else set()))
                if f is not None:
                    out.append(f.word)
                continue
            if tag.POS == "ADJF" and "masc" not in tag:
                continue
            if not is_name and tag.POS == "NOUN":
                # Unknown surnames get a guessed noun parse (Кулебы → кулеба, Небензи → небензя).
                out.append(p.normal_form)
                continue
            if "Surn" in tag and p.normal_form.endswith("енок"):
                continue
            out.append(p.normal_form)
    return tuple(dict.fromkeys(out))


# Case endings of languages whose names decline (pymorphy3 covers Russian and Ukrainian
# dictionary words only): ``lang/<code>/name_cases.txt`` of each language, a folder that may hold
# nothing but this file (Slovak, Lithuanian). Each ending maps to the nominative endings it may
# come from, and only the gender of the written form is reachable (Zełenskiej → Zełenska, never
# Zełenski). Used on the query side only, and only when the written form itself matches nobody,
# so a nominative is never re-read as a case form.

#: a case ending after an apostrophe (Turkish Orban’ın, Putin’e; English Putin's): never part of a name
_APOSTROPHE_CASE = re.compile(r"(?<=\w)['’ʼ][a-zçğıöşüâîû]{1,6}$")


@functools.lru_cache(maxsize=None)
def name_cases(code: str | None) -> tuple[tuple[str, tuple[str, ...], re.Pattern | None], ...]:
    """The rows of ``lang/<code>/name_cases.txt``: (ending, nominative endings, stem condition)."""
    from ..lang.base import _pack_file

    if not code or not re.fullmatch(r"[a-z]{2,3}", code):
        return ()
    out = []
    for row in _pack_file(code, "name_cases"):
        if len(row) < 2:
            continue
        repls = tuple("" if r.strip() == "-" else r.strip() for r in row[1].split(","))
        out.append((row[0], repls, re.compile(row[2]) if len(row) > 2 and row[2] else None))
    return tuple(out)


#: pack files that make a language's names read differently from the generic rules
_NAME_FILES = ("name_cases.txt", "script.txt", "name_spellings.txt")


@functools.lru_cache(maxsize=1)
def name_languages() -> tuple[str, ...]:
    """Codes whose packs change how a name reads (case endings, a Cyrillic orthography, a
    romanisation of their own): a name of unknown language is tried as each of them."""
    from pathlib import Path

    from .. import lang as languages

    root = Path(languages.__file__).parent
    return tuple(sorted(p.name for p in root.iterdir() if any((p / f).is_file() for f in _NAME_FILES)))


@functools.lru_cache(maxsize=None)
def name_spellings(code: str | None) -> tuple[tuple[str, str], ...]:
    """The rows of ``lang/<code>/name_spellings.txt``: (letters as the language writes them in a
    romanised name, the common romanisation): French and Romanian ``j`` for ж."""
    from ..lang.base import _pack_file

    if not code or not re.fullmatch(r"[a-z]{2,3}", code):
        return ()
    return tuple((r[0], r[1]) for r in _pack_file(code, "name_spellings") if len(r) > 1)


@functools.lru_cache(maxsize=None)
def title_abbreviations(code: str | None) -> frozenset[str]:
    """``lang/<code>/title_abbreviations.txt``: honorifics that look like initials ("M.", "Mme")."""
    from ..lang.base import _pack_file

    if not code or not re.fullmatch(r"[a-z]{2,3}", code):
        return frozenset()
    return frozenset(r[0] for r in _pack_file(code, "title_abbreviations"))


@functools.lru_cache(maxsize=100_000)
def declined_forms(word: str, lang: str | None = None) -> tuple[str, ...]:
    """Nominative forms a declined name word may stand for, by case-ending rules (not the word).

    ``Zełenskiego`` (pl) → ``("zełenski",)``; ``Lukašenkem`` (cs) → ``("lukašenk", "lukašenko")``;
    ``Лукашэнкам`` (be) → ``("лукашэнка", "лукашэнк")``; ``Orbánnal`` (hu) → ``("orbán", …)``;
    ``Orban’ın`` (any) → ``("orban",)``. Also a vanishing vowel restored (Pavla → pavel) and a
    language's own romanisation read the common way (``name_spellings.txt``: French and Romanian
    ``j`` as ж, Zalujnîi, Zaloujny). Returns ``()`` for a language whose names do not decline.
    """
    low = word.lower()
    m = _APOSTROPHE_CASE.search(low)
    if m and m.start() >= 2:
        return (low[: m.start()],)
    if _CYR.search(low):
        code = cyrillic_lang(word, lang)
    else:
        code = lang
        spellings = name_spellings(lang)
        if any(a in low for a, _ in spellings):
            for a, b in spellings:
                low = low.replace(a, b)
            return (low,)
    table = name_cases(code)
    if not table:
        return ()
    out: list[str] = []
    for ending, repls, cond in table:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: len(low) - len(ending)]
            if cond is not None and not cond.search(stem):
                continue
            for r in repls:
                out.append(stem + r)
            # A vowel that drops in the oblique cases: Pavla → Pavel, Karla → Karel.
            if len(stem) >= 3 and stem[-1] == "l" and stem[-2] not in "aeiouyl":
                out.append(stem[:-1] + "e" + stem[-1])
    return tuple(f for f in dict.fromkeys(out) if f != low)


# ---------------------------------------------------------------- titles and noise

#: Words that precede a name without being part of it (lower case, folded): every pack's ``name_titles.txt``.
TITLE_WORDS = every_pack("name_titles")

#: Pronouns and empty speakers that never name a person (folded forms): every pack's ``name_pronouns.txt``.
PRONOUNS = every_pack("name_pronouns")

#: Words that mark an organisation, a group or an anonymous source rather than a person (``org_words.txt``).
ORG_WORDS = every_pack("org_words")


#: Platforms and media that stand next to a name in a sentence ("na Facebooku Orban napisał"; ``xx/platforms.txt``).
MEDIA_WORDS = every_pack("platforms")

#: Lower-case words that belong inside names ("von der Leyen", "bin Salman"; ``xx/name_particles.txt``).
NAME_PARTICLES = every_pack("name_particles")


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A mention split into what matters for matching.

    ``tokens`` are the name words (titles, descriptors and patronymics removed) as written;
    ``initials`` the folded first letters of abbreviated given names ("A." → "a").
    """

    text: str
    tokens: tuple[str, ...]
    initials: tuple[str, ...] = ()
    dropped: tuple[str, ...] = field(default=())


_TOKEN = re.compile(r"[^\s\-‐‑–—,;:()\[\]{}\"«»„“”‚‘’'`]+(?:['’ʼ][^\s\-,;:()«»„“”\"]+)?")
#: a patronymic's ending, in its script or romanised (every pack's ``patronymic_endings.txt``)
_PATRONYMIC = re.compile(r"(?i)(" + alternation(every_pack("patronymic_endings")) + r")$")
#: an initial ("A.", "Ol."), unless an abbreviation that is no initial ("Dr.", "Jr."; every pack's
#: ``not_initials.txt``)
_INITIAL = re.compile(r"^(?!(?i:" + alternation(every_pack("not_initials")) + r")\.)[^\W\d_]{1,2}\.$|^[^\W\d_]$")


#: Country and place words that precede a name in descriptions ("президента Білорусі …"; ``place_lemmas.txt``).
PLACE_LEMMAS = every_pack("place_lemmas")


@functools.lru_cache(maxsize=100_000)
def common_word(word: str, lang: str | None = None) -> bool:
    """A Cyrillic word the dictionary knows only as a common noun or adjective, never as a
    given name, surname or patronymic («Патріот», «Збройних», «Білорус», «Далі»); False elsewhere."""
    if not _CYR.search(word):
        return False
    an = dictionary(word, lang)
    if an is None:
        return False
    low = word.lower()
    if not an.word_is_known(low):
        return False
    parses = an.parse(low)
    if any(t in str(p.tag) for p in parses for t in _NAME_TAGS):
        return False
    # a noun or adjective, or a word that is never a noun («Далі», «Щоразу»: adverbs, conjunctions)
    return parses[0].tag.POS in ("NOUN", "ADJF", "ADJS", "PRTF") or all(
        p.tag.POS in _FUNCTION_POS for p in parses)


_FUNCTION_POS = frozenset({"ADVB", "CONJ", "PREP", "PRCL", "NPRO", "INTJ", "PRED", "COMP"})


@functools.lru_cache(maxsize=100_000)
def is_forename(word: str, lang: str | None = None) -> bool:
    """A given name: listed in the forename groups, or (Cyrillic) tagged Name by the dictionary."""
    sk = skeletons(fold(word))
    if sk and first_name_class(sk[0]) is not None:
        return True
    an = dictionary(word, lang) if _CYR.search(word) else None
    if an is None:
        return False
    return any("Name" in str(p.tag) for p in an.parse(word.lower())[:2])


@functools.lru_cache(maxsize=1)
def _place_skeletons() -> frozenset[str]:
    """Spelling-free forms of the place names, so that a place in another romanisation is found
    (Polish Kazachstan = Kazakhstan)."""
    return frozenset(sk for p in PLACE_LEMMAS for sk in skeletons(to_latin(p)) if len(sk) >= 5)


def looks_geo_or_org(word: str, lang: str | None = None) -> bool:
    """A place, organisation or abbreviation (Україна, Korei, МЗС), never part of a person's name."""
    return _looks_geo_or_org(word, lang)


@functools.lru_cache(maxsize=100_000)
def _looks_geo_or_org(word: str, lang: str | None) -> bool:
    if fold(word) in PLACE_LEMMAS or fold(word) in MEDIA_WORDS:
        return True
    if lang:
        from .. import lang as languages

        if languages.get(lang).is_place(word):
            return True  # the language's places.txt: Moscou, Węgier, Macaristan’ın
    if any(fold(f) in MEDIA_WORDS or fold(f) in PLACE_LEMMAS or set(skeletons(fold(f))) & _place_skeletons()
           for f in declined_forms(word, lang)):
        return True  # "na Facebooku", "w Moskwie", "w Kazachstanie": a case form of a platform or place
    if not _CYR.search(word):
        return False
    an = dictionary(word, lang)
    if an is None:
        return False
    parses = an.parse(word.lower())[:3]
    if any(p.normal_form in PLACE_LEMMAS for p in parses):
        return True
    return bool(parses) and all(
        ("Geox" in str(p.tag) or "Orgn" in str(p.tag) or "Abbr" in str(p.tag)) for p in parses)


@functools.lru_cache(maxsize=100_000)
def parse_name(text: str, lang: str | None = None) -> ParsedName:
    """Split a mention into name tokens and initials, dropping titles and descriptors.

    ``"Belarusian President Alexander Lukashenko"`` → tokens ``("Alexander", "Lukashenko")``;
    ``"президента Білорусі О. Лукашенка"`` → tokens ``("Лукашенка",)``, initials ``("o",)``.
    Only leading titles, lower-case words and place names go; a capitalised word that no
    rule explains is kept (it may be a given name).
    """
    raw = [m.group() for m in _TOKEN.finditer(text)]
    words: list[str] = []
    for w in raw:
        # "О.Лукашенко", "A.Lukashenko": split a glued initial.
        m = re.match(r"^([^\W\d_]\.)([^\W\d_]{2,}.*)$", w)
        if m:
            words.extend([m.group(1), m.group(2)])
        else:
            words.append(w.strip("."))  if not _INITIAL.match(w) else words.append(w)
    words = [re.sub(r"['’]s$", "", w) for w in words if w]
    words = [w for w in words if w]
    dropped: list[str] = []
    # Strip leading descriptors: lower-case words, known titles, place names (Білорусі).
    while len(words) > 1:
        w = words[0]
        low = fold(w).strip(".")
        nxt = words[1]
        # A capitalised word before a lower-case one opens a description ("Wagner chief …",
        # "Білоруський диктатор …"), except before a name particle ("Ursula von der Leyen").
        opens_description = nxt[:1].islower() and nxt.lower() not in NAME_PARTICLES
        if (w[:1].islower() or low in TITLE_WORDS or w.lower() in TITLE_WORDS
                or w.lower() in title_abbreviations(lang)
                or opens_description or _looks_geo_or_org(w, lang)):
            dropped.append(words.pop(0))
            continue
        break
    # Patronymics go; lower-case particles inside a name ("de", "von", "van") stay out of the key.
    initials: list[str] = []
    tokens: list[str] = []
    # One patronymic goes (the first after the given name): "Роман Аркадьевич Абрамович"
    # keeps the surname Абрамович, "Лукашенко Александр Григорьевич" drops the last word.
    full = [w for w in words if not _INITIAL.match(w)]
    patronymic = next((i for i, w in enumerate(words) if i > 0 and len(full) > 2
                       and not _INITIAL.match(w) and _PATRONYMIC.search(w)), None)
    for i, w in enumerate(words):
        if _INITIAL.match(w) and len(words) > 1:
            initials.append(to_latin(w.rstrip("."), lang)[:1])
            continue
        if i == patronymic:
            dropped.append(w)
            continue
        tokens.append(w)
    return ParsedName(text=text, tokens=tuple(tokens), initials=tuple(initials), dropped=tuple(dropped))


# ---------------------------------------------------------------- keys

@functools.lru_cache(maxsize=200_000)
def token_keys(token: str, lang: str | None = None, *, first: bool = True) -> tuple[str, ...]:
    """Keys of one name word: every nominative reading, transliterated and skeletonised.

    With ``first`` a skeleton that is a known first name becomes its class (``=alexander``).
    """
    forms = lemmas(token, lang) if _CYR.search(token) else (token,)
    keys: list[str] = []
    for f in forms:
        for sk in skeletons(to_latin(f, lang)):
            cls = first_name_class(sk) if first else None
            keys.append(cls or sk)
    return tuple(dict.fromkeys(k for k in keys if k))


def surface_key(text: str) -> str:
    """The exact-match key: casefolded, whitespace collapsed, quotes and dots dropped."""
    s = unicodedata.normalize("NFKC", text).casefold().translate(_MARKS)
    s = re.sub(r"[.\"«»„“”]", "", s)
    return re.sub(r"[\s\-‐‑–—]+", " ", s).strip()


def name_keys(tokens: tuple[str, ...], lang: str | None = None, limit: int = 32) -> list[str]:
    """Order-free keys of a multi-word name: one per combination of its words' readings."""
    per = [token_keys(t, lang) for t in tokens]
    if not per or any(not p for p in per):
        return []
    out = []
    for combo in itertools.islice(itertools.product(*per), limit):
        out.append(" ".join(sorted(combo)))
    return list(dict.fromkeys(out))


def slug(text: str) -> str:
    """A readable id fragment: ``"Steve Rosenberg"`` → ``"steve-rosenberg"``."""
    s = re.sub(r"[^a-z0-9]+", "-", to_latin(text)).strip("-")
    return s[:60] or "person"


__all__ = [
    "FIRST_NAME_GROUPS", "ORG_WORDS", "PRONOUNS", "ParsedName", "TITLE_WORDS", "cyrillic_lang",
    "declined_forms", "name_cases",
    "first_name_class", "fold", "lemmas", "morph", "name_keys", "parse_name", "script", "skeletons",
    "slug", "surface_key", "to_latin", "token_keys",
]
