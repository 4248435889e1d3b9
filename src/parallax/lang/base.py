"""The per-language interface: what each ``lang/<code>/`` module fills in.

A ``Language`` bundles the data the extractor needs (quotation-mark pairs, cue lexicons by
lemma, according-phrases, pronouns, role nouns, venue patterns) and a few methods that need
morphology (``lemma``, ``sentences``, ``verb_gender``, ``name_gender``, ``nominative``).
Subclasses override class attributes and methods; the generic ``xx`` language is this base
class itself, so any language code gets the universal rules (marks, dashes, capitalised names).

Lexicon files (``cue_verbs.txt``, ``cue_nouns.txt``, ``according.txt``) are read once per
process: one lemma (or a space-separated lemma sequence) per line, TAB, class; ``#`` comments.

Word lists may also be text files beside them (``complementisers.txt``, ``pronouns.txt`` with
gender and number columns, ``role_nouns.txt``, ``titles.txt``, ``org_nouns.txt``,
``not_names.txt``, ``fillers.txt``, ``determiners.txt``, ``generic_roles.txt``, ``indefinites.txt``, ``see_also.txt``);
they add to what ``words.py`` gives.

Speaker and name data: ``places.txt`` (countries, capitals and unions in their case forms: never a
person), ``oblique_endings.txt`` (name endings of cases that are never the subject: Polish Putinem),
and ``name_cases.txt`` (case ending → nominative endings, read by ``resolve/names.py``; a folder may
hold only this file, as ``sk/`` and ``lt/`` do).

Word knowledge for the later stages (compare, contradictions), each from a file of the pack
and empty where the pack has none (the generic ``xx``):

* ``negators()`` → frozenset of negation words ("not", «не», "nie"); ``negator_prefixes()``
  → word beginnings that negate («никак…», "żadn…"), from ``negators.txt`` lines ending in ``*``;
* ``hedges()`` → {word or phrase: class}, classes "even", "probably", "almost", "only",
  "for now", "more than" (``hedges.txt``);
* ``modals()`` → {word form: class}, classes "obligation", "possibility", "permission",
  "intention", "necessity" (``modals.txt``);
* ``number_words()`` → {word form: value} ("two" 2, «тысяч» 1000; ``numbers.txt``);
* ``months()`` → {name, abbreviation or inflected form: 1–12} (``months.txt``).

Keys are lower case; multi-word hedges keep their spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import ClassVar, Sequence

from ..model import Span

#: Words: letters/digits joined by apostrophes or hyphens (інтерв’ю, Belarus’ is split at the end).
WORD_RE = re.compile(r"\w+(?:[’'ʼ\-]\w+)*")
#: Tokens: PolNeAR's `` and '' marks, words (as WORD_RE), single punctuation marks.
TOKEN_RE = re.compile(r"``|''|\w+(?:[’'ʼ\-]\w+)*|[^\w\s]")
_SENT_END = re.compile(r"[.!?…]+[”“»\"’')\]]*(?=\s+[\"“«„‘(\[—–-]?\s*[\w])|\n\s*\n|\n")
_LOWER_NEXT = re.compile(r"\s+[^\W\d_A-ZА-ЯЁІЇЄҐ]")
_ABBREV_BEFORE_DOT = re.compile(
    r"(?<![\w])(?:[A-ZА-ЯЁІЇЄҐ]|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Jr|Sr|Inc|Co|Corp|Ltd|"
    r"U\.S|U\.K|U\.N|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|Rev|Mt|Ft|"
    r"г|гг|ул|им|т\.е|т\.д|т\.п|см|тыс|млн|млрд|руб|грн|р|стр|ст|ч|п|пп|янв|февр|апр|авг|сент|окт|нояб|дек|"
    r"січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|тис|млн|млрд|проф|акад|св|"
    r"bzw|ca|Nr|Abs|Dr|Hr|Fr|vgl|z\.B|u\.a|ds|tj|np|tzw|prof|dr|gen)$"
)


def read_lexicon(path: Path) -> list[list[str]]:
    """Rows of a TAB-separated lexicon file, comments and blank lines left out."""
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            rows.append([c.strip() for c in line.split("\t")])
    return rows


#: fields a language module's ``words.py`` fills, each from the same name in upper case
WORD_LISTS = ("complementisers", "pronouns", "role_nouns", "org_nouns", "titles", "not_names", "fillers",
              "venue_patterns", "determiners", "publish_verbs", "generic_roles", "narrators", "declines",
              "free_word_order", "plural_suffixes", "adverb_suffixes", "participle_suffixes", "function_words",
              "role_complements", "headline_case")

#: word-list files a pack may hold instead of (or besides) ``words.py``, one entry per line
_SET_FILES = ("complementisers", "role_nouns", "org_nouns", "not_names", "fillers", "determiners", "generic_roles",
              "indefinites", "see_also")


@lru_cache(maxsize=None)
def _months(code: str) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in _pack_file(code, "months") if len(r) > 1}


@lru_cache(maxsize=None)
def _weekdays(code: str) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in _pack_file(code, "weekdays") if len(r) > 1}


@lru_cache(maxsize=None)
def _pack_file(code: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of ``lang/<code>/<name>.txt`` (lower-cased), read once per process."""
    if not re.fullmatch(r"[a-z_]+", name):
        raise ValueError(f"bad word list name {name!r}")
    return tuple(tuple(c.lower() for c in row) for row in read_lexicon(Path(__file__).parent / code / f"{name}.txt"))


#: apostrophes and soft-sign marks a folded word drops (as ``resolve.names.fold``)
_STATE_MARKS = str.maketrans({c: None for c in "ʹʺ·'’ʼ`"})


@lru_cache(maxsize=None)
def _pack_table(code: str, name: str) -> dict[str, str]:
    """``word → class`` rows of a pack file (rows without a class left out), built once per process;
    callers read it, never change it."""
    return {r[0]: r[1] for r in _pack_file(code, name) if len(r) > 1}


class Language:
    """Generic language (code ``xx``): universal marks, dashes and capitalised-name rules.

    >>> from parallax import lang
    >>> lang.get("lv").code
    'xx'
    """

    code: ClassVar[str] = "xx"
    #: an adjective of a place, as written («российских», "Russian"): it names the country
    demonym_pattern: ClassVar[re.Pattern[str] | None] = None
    #: opener → the closers allowed for it (context decides for the ambiguous " and ').
    quote_pairs: ClassVar[dict[str, str]] = {
        "“": "”“\"", "”": "”", "„": "“”\"", "«": "»", "»": "«", "‘": "’‘'", "‚": "‘’",
        '"': '"“”', "'": "'’", "‹": "›", "›": "‹", "「": "」",
    }
    #: marks that never open a quote here (e.g. ” in English)
    dashes: ClassVar[str] = "—–"
    complementisers: ClassVar[frozenset[str]] = frozenset()
    pronouns: ClassVar[dict[str, tuple[str | None, str]]] = {}
    #: pronouns that never speak (first/second person), to reject "I said" inside quotes
    role_nouns: ClassVar[frozenset[str]] = frozenset()
    org_nouns: ClassVar[frozenset[str]] = frozenset()
    #: honorifics and titles before a name: word → gender (None = any)
    titles: ClassVar[dict[str, str | None]] = {}
    #: words that are capitalised but never a name on their own (sentence starts, months)
    not_names: ClassVar[frozenset[str]] = frozenset()
    #: compiled venue patterns: each has a group ``v`` (the venue span) and optional ``n`` (the name)
    venue_patterns: ClassVar[tuple[re.Pattern, ...]] = ()
    #: words allowed between a speaker and its cue ("has", "also", "уже")
    fillers: ClassVar[frozenset[str]] = frozenset()
    #: articles and determiners that open a described speaker ("the", "le", "el", "il")
    determiners: ClassVar[frozenset[str]] = frozenset()
    #: words that open an indefinite description ("a reporter", "un diplomate"): someone new
    indefinites: ClassVar[frozenset[str]] = frozenset()
    #: phrases that open a link to another article ("Read also:", «Читайте також»): no statement
    #: and no speaker in that paragraph
    see_also: ClassVar[frozenset[str]] = frozenset()
    #: --- behaviour switches, so that stages never ask for a language code ---
    #: reported content after a complementiser needs a comma before it ("заявил, что"), as in
    #: Slavic punctuation; False: any complementiser after the cue opens the content
    comma_before_complementiser: ClassVar[bool] = False
    #: dialogue-dash lines ("— Текст, — сказал он.") occur in this language's news
    dash_dialogue: ClassVar[bool] = True
    #: quotes with a frame inside the marks («…, — сказал он. — …») occur here
    inner_frames: ClassVar[bool] = True
    #: a speaker may stand right after its cue in any position ("powiedział premier Tusk",
    #: "dijo el presidente"); False restricts inversion to after a comma or dash (English)
    free_inversion: ClassVar[bool] = True
    #: headlines are written in title case ("Trump Says He Will Skip the Debate")
    title_case_headlines: ClassVar[bool] = False
    #: a transcript line "Name: text" counts even when the name is not known to be a person
    transcript_any_name: ClassVar[bool] = False
    #: the cue may follow the quote with the speaker after it, no comma ("…” – mondta Orbán",
    #: "… dedi"): the language puts verbs last
    verb_final: ClassVar[bool] = False
    #: a dash alone, with no comma, separates quoted words from their frame ("… wykluczyć –
    #: powiedział Macron", "… – mondta Orbán"), and a hyphen may stand for the dash
    dash_frames: ClassVar[bool] = False
    #: on a dialogue-dash line a comma alone separates the words from their frame ("– Så enkelt är
    #: det, säger Kristersson.": Scandinavian news writes direct speech so, with no quotation marks)
    dash_comma_frames: ClassVar[bool] = False
    #: punctuation marks direct speech without quotation marks: words before ", — said X" are the
    #: speaker's own, from the start of their paragraph («Заявление будет рассмотрено, — заявил он»)
    comma_dash_direct: ClassVar[bool] = False
    #: a role noun follows the name it belongs to ("Orbán Viktor miniszterelnök")
    role_after_name: ClassVar[bool] = False
    #: a paragraph quoted whole after a closed quote of the previous paragraph is a statement of its
    #: own (Russian/Ukrainian news annotation); False: it is a further fragment of the same one
    #: (PolNeAR's English convention)
    paragraph_quotes: ClassVar[bool] = False
    #: subject pronouns are dropped: a cue with no subject ("– podsumował.", "añadió.") still
    #: frames a statement, its speaker understood from the context
    pro_drop: ClassVar[bool] = False
    #: « » and ‹ › stand apart from the quoted words by a space (French « texte »)
    spaced_marks: ClassVar[bool] = False
    #: the tokeniser (a language may split clitics: French "a-t-il" → a - t - il)
    token_re: ClassVar[re.Pattern] = TOKEN_RE
    #: Russian/Ukrainian-style analyser behind ``_parse`` (part of speech, case): the stages use
    #: it for noun phrases after a cue and for verb forms
    has_morphology: ClassVar[bool] = False
    #: the optional spaCy backend has a parser for this language (English)
    has_parser: ClassVar[bool] = False
    #: the spaCy pipeline of the language (its lemmatiser scores the PolNeAR speech subset); None: none
    spacy_model: ClassVar[str | None] = None
    #: German-style reported speech: a subjunctive (Konjunktiv I) sentence continues a report,
    #: a quoted phrase in an attributed sentence is the speaker's, "„…“, so der Sprecher"
    subjunctive_reports: ClassVar[bool] = False
    #: words that, right after a quote, introduce its speaker without a verb ("so" in German)
    so_frames: ClassVar[frozenset[str]] = frozenset()
    #: the finite verb comes second: a fronted adverbial puts the subject after the cue
    #: ("Am Montag sagte der Minister"); these prepositions open such an adverbial
    fronting_preps: ClassVar[frozenset[str]] = frozenset()
    #: words right before a cue form that show it is a noun here ("the claim", "his call")
    noun_markers: ClassVar[frozenset[str]] = frozenset()
    #: a reported clause may end where the speaker's own participle frame resumes
    #: (", noting that …", "and warned …"): English word shapes
    participle_tails: ClassVar[bool] = False
    #: complements without a complementiser, by English word shapes: zero-that ("said the plan
    #: was"), "to" infinitives ("promised to go"), objects ("denied the report")
    bare_complements: ClassVar[bool] = False
    #: "о том, что" / "про те, що": a preposition and pronoun before the complementiser
    about_that: ClassVar[tuple[frozenset[str], frozenset[str]]] = (frozenset(), frozenset())
    #: elided complementisers that fuse with the next word (French qu'il, Italian ch'è)
    elided_complementisers: ClassVar[tuple[str, ...]] = ()
    #: cue lemmas with which a medium relays someone else's words ("writes", "пишет", "передає")
    publish_verbs: ClassVar[frozenset[str]] = frozenset()
    #: first-person pronouns: a narrator or interviewee speaking of himself ("I told him", «спросил я»)
    narrators: ClassVar[frozenset[str]] = frozenset()
    #: names and role nouns decline (ru/uk): roles match by lemma, names go to the nominative, a
    #: role's genitive complement may stand between it and the name («пресс-секретарь Кремля Песков»)
    declines: ClassVar[bool] = False
    #: the subject may stand away from its cue ("… заявил вчера в интервью Песков")
    free_word_order: ClassVar[bool] = False
    #: endings of plural role nouns ("officials"), adverbs ("quickly"), participles after a comma ("adding")
    plural_suffixes: ClassVar[tuple[str, ...]] = ()
    adverb_suffixes: ClassVar[tuple[str, ...]] = ()
    participle_suffixes: ClassVar[tuple[str, ...]] = ()
    #: words that end a speaker's lower-case modifiers after an inverted cue ("said in a statement")
    function_words: ClassVar[frozenset[str]] = frozenset()
    #: a genitive that belongs to the role before it («глава государства», «речник МЗС»)
    role_complements: ClassVar[frozenset[str]] = frozenset()
    #: headlines capitalise every word, verbs included ("Clinton Says …")
    headline_case: ClassVar[bool] = False
    #: role heads that refer back to the article's main figure ("the leader", «глава», «президент»)
    generic_roles: ClassVar[frozenset[str]] = frozenset()
    _lex_cache: ClassVar[dict] = {}
    #: the language's ``words.py``: its upper-case lists fill the fields of ``WORD_LISTS``
    words: ClassVar[object | None] = None

    def __init_subclass__(cls, **kwargs) -> None:
        """Compose a language from its ``words`` module (spaCy's ``Defaults`` from sibling files)."""
        super().__init_subclass__(**kwargs)
        words = cls.__dict__.get("words")
        for name in WORD_LISTS if words is not None else ():
            if hasattr(words, name.upper()):
                setattr(cls, name, getattr(words, name.upper()))

    def __init__(self) -> None:
        folder = Path(__file__).parent / self.code
        self.cue_verbs: dict[str, str] = {}
        self.cue_phrases: dict[tuple[str, ...], str] = {}
        self.separable: dict[str, str] = {}
        for row in read_lexicon(folder / "cue_verbs.txt"):
            lemma, cls = row[0].lower(), (row[1] if len(row) > 1 else "speech")
            if " " in lemma:
                self.cue_phrases[tuple(lemma.split())] = cls
            else:
                self.cue_verbs[lemma] = cls
            if len(row) > 2 and row[2]:
                self.separable[lemma] = row[2].lower()
        self.cue_nouns: dict[str, str] = {}
        for row in read_lexicon(folder / "cue_nouns.txt"):
            self.cue_nouns[row[0].lower()] = row[1] if len(row) > 1 else "speech"
        self.according: list[tuple[tuple[str, ...], str]] = []
        for row in read_lexicon(folder / "according.txt"):
            self.according.append((tuple(row[0].lower().split()), row[1] if len(row) > 1 else "prep"))
        # longest phrases first so "according to" wins over "according"
        self.according.sort(key=lambda r: -len(r[0]))
        self.closers = frozenset(c for cs in self.quote_pairs.values() for c in cs) | frozenset(
            {"''"} if "``" in self.quote_pairs or "''" in self.quote_pairs else set())
        for name in _SET_FILES:
            rows = _pack_file(self.code, name)
            if rows:
                setattr(self, name, frozenset(getattr(self, name)) | {r[0] for r in rows})
        rows = _pack_file(self.code, "pronouns")
        if rows:
            self.pronouns = {**self.pronouns, **{r[0]: (None if len(r) < 2 or r[1] in ("", "-") else r[1],
                                                        r[2] if len(r) > 2 else "sg") for r in rows}}
        rows = _pack_file(self.code, "titles")
        if rows:
            self.titles = {**self.titles, **{r[0]: (r[1] if len(r) > 1 and r[1] not in ("", "-") else None)
                                             for r in rows}}

    # ------------------------------------------------------------------ words for compare/
    def negators(self) -> frozenset[str]:
        """Negation words ("not", «не», "nie", "sem"); ``negators.txt``."""
        return frozenset(r[0] for r in _pack_file(self.code, "negators") if not r[0].endswith("*"))

    def negator_prefixes(self) -> tuple[str, ...]:
        """Word beginnings that negate («никак…», "żadn…"); ``negators.txt`` lines ending in ``*``."""
        return tuple(r[0][:-1] for r in _pack_file(self.code, "negators") if r[0].endswith("*"))

    def hedges(self) -> dict[str, str]:
        """Hedge or qualifier (word or phrase) → class: even, probably, almost, only, for now, more than."""
        return _pack_table(self.code, "hedges")

    def modals(self) -> dict[str, str]:
        """Modal verb form → class: obligation, possibility, permission, intention, necessity."""
        return _pack_table(self.code, "modals")

    def number_words(self) -> dict[str, int]:
        """Number word form → value ("two" 2, «тысяч» 1000, "milliárd" 10**9)."""
        return {r[0]: int(r[1]) for r in _pack_file(self.code, "numbers") if len(r) > 1}

    def months(self) -> dict[str, int]:
        """Month name, abbreviation or inflected form → month number 1–12."""
        return _months(self.code)

    def weekdays(self) -> dict[str, int]:
        """Weekday name or inflected form («пятницу», "piątek") → ISO weekday 1 (Monday) … 7 (Sunday)."""
        return _weekdays(self.code)

    def occasion_words(self) -> dict[str, str]:
        """Word or phrase → the kind of occasion it tells ("post", "interview", "press conference",
        "opening remarks", "speech"); ``occasion_words.txt``, lower case, a trailing ``*`` for any
        ending. Platform names ("X", "Telegram") are ``xx``'s, for every language, case kept
        (``platform_words``)."""
        return {} if self.code == "xx" else _pack_table(self.code, "occasion_words")

    @staticmethod
    def platform_words() -> dict[str, str]:
        """Names that tell the occasion in any language ("X", "Facebook*" → "post"), case kept."""
        return {r[0]: r[1] for r in read_lexicon(Path(__file__).parent / "xx" / "occasion_words.txt") if len(r) > 1}

    def is_complementiser(self, word: str) -> bool:
        """Whether ``word`` opens reported content ("that", "que", "qu'il", "że", "hogy")."""
        w = word.lower()
        return w in self.complementisers or bool(self.elided_complementisers) and w.replace("’", "'").startswith(
            self.elided_complementisers)

    # ------------------------------------------------------------------ search stems
    #: the Snowball algorithm for search stems ("russian", "english"); None: ``stem_endings.txt``
    #: of the pack, else lower case only
    snowball: ClassVar[str | None] = None

    def stem(self, word: str) -> str:
        """The search stem of ``word``: lower case, inflection stripped (войсками → войск).

        Always a prefix of the lower-cased word, so that a stem can be looked up as an index
        prefix; a stemmer that rewrites letters (Serbian Cyrillic → Latin) is cut back to the
        common beginning.
        """
        return _stem(self.code, self.snowball, word)

    # ------------------------------------------------------------------ morphology
    def lemma(self, word: str) -> str:
        """The dictionary form of ``word`` (lower case); the generic rule is lower-casing."""
        return word.lower()

    def lemmas(self, word: str) -> frozenset[str]:
        """Every plausible lemma of ``word`` (ambiguous forms give several)."""
        return frozenset((self.lemma(word),))

    def cue_class(self, word: str) -> str | None:
        """The cue class (speech, attitude, belief, source) when ``word`` is a cue verb form."""
        for lem in self.lemmas(word):
            cls = self.cue_verbs.get(lem)
            if cls:
                return cls
        return None

    def noun_class(self, word: str) -> str | None:
        for lem in self.lemmas(word):
            cls = self.cue_nouns.get(lem)
            if cls:
                return cls
        return None

    def verb_gender(self, word: str) -> str | None:
        """'m', 'f', 'n' or 'pl' for a past-tense verb form that shows gender (ru/uk), else None."""
        return None

    def is_role(self, word: str) -> bool:
        """Whether ``word`` is a role noun before a name ("president", "Bundespräsident")."""
        return word.lower() in self.role_nouns

    def name_gender(self, word: str) -> str | None:
        """'m' or 'f' when a forename or surname shows its gender, else None."""
        return None

    def is_oblique(self, word: str) -> bool:
        """Whether ``word`` is a case form that cannot be a subject (Путиным): by morphology where the
        language has it, else by the endings of the pack's ``oblique_endings.txt`` (Polish Putinem,
        Zełenskiego); False without either."""
        ends = _oblique_endings(self.code)
        return bool(ends) and len(word) >= 5 and word[:1].isupper() and word.lower().endswith(ends)

    def is_plural(self, word: str) -> bool:
        """Whether the likeliest reading of ``word`` is plural («журналістів»); False without morphology."""
        return False

    def only_plural(self, word: str) -> bool:
        """Whether every reading of ``word`` is plural («кореспонденти», not «голови», which is also
        a genitive singular); False without morphology."""
        return False

    def nominative(self, word: str) -> str:
        """A name word in its citation form (Лукашенка → Лукашенко); identity by default."""
        return word

    def is_name_word(self, word: str, sentence_initial: bool) -> bool:
        """A capitalised word that may be part of a person's or organisation's name."""
        if not word[:1].isupper() or word.lower() in self.not_names:
            return False
        if word.lower() in self.pronouns or word.lower() in self.narrators:
            return False
        return not sentence_initial or word.lower() not in self.fillers

    def place_of(self, stem: str, suffix: str) -> str | None:
        """The place a place adjective names, from its stem before the suffix («Сум» + «ск» → «сумы»), where the
        language's dictionary knows place names; None where it does not (the stem stands for the place)."""
        return None

    def is_place(self, word: str) -> bool:
        """Whether ``word`` is a country, capital or union as written in this language, in any
        listed case form (``places.txt``: Węgier, Moscou, Macaristan’ın): never a person's name."""
        places = _word_list(self.code, "places")
        w = word.lower().replace("'", "’")
        return bool(places) and (w in places or self.lemma(word) in places)

    def word_list(self, name: str) -> frozenset[str]:
        """A one-word-a-line list beside the language (``denial_verbs``, ``negators``, ``hedges``,
        ``modals``, ``dismissals``), lower case; empty when the language has none."""
        return _word_list(self.code, name)

    def table(self, name: str) -> dict[str, str]:
        """A ``word<TAB>value`` list beside the language (``addressees``: «журналистам» → «журналисты»),
        lower case; empty when the language has none."""
        return _pack_table(self.code, name)

    def rows(self, name: str) -> tuple[tuple[str, ...], ...]:
        """The TAB-separated rows of a list beside the language (``body_words``: stem, English, class), lower
        case; empty when the language has none."""
        return _pack_file(self.code, name)

    def is_future(self, word: str) -> bool:
        """Whether ``word`` is a future-tense verb form by morphology (ru/uk perfective «останется»)."""
        return False

    def is_past(self, word: str) -> bool:
        """Whether ``word`` is a past-tense verb form; False where the language has no rule for it."""
        return False

    def is_infinitive(self, word: str) -> bool:
        """Whether ``word`` is an infinitive by morphology («сказать», «сказати»); False where the language
        has none (English marks it with "to", ``abilities.txt``)."""
        return False

    def tells_past(self, words: Sequence[str]) -> bool:
        """Whether ``words`` hold a verb in the past tense (an account of what happened). Each word's
        answer is kept (a bounded cache, like ``has_word``'s): the contradiction check asks it of
        every word of every statement, and a morphological parse is costly."""
        cache = self.__dict__.setdefault("_past_cache", {})
        for w in words:
            past = cache.get(w)
            if past is None:
                if len(cache) > 200_000:
                    cache.clear()
                past = cache[w] = self.is_past(w)
            if past:
                return True
        return False

    def state_of(self, word: str) -> str | None:
        """The (lower-case English) state a word names, by the pack's ``states.txt``, then ``exonyms.txt``
        («України», «РФ», «Турецкий» → ukraine, russia, turkey); None where it names none. One reader for
        the owner of a body (``resolve.institutions``) and the state of a role («постпред США»). A people
        («Росіяни», «россиян») names none: in Ukrainian news the Russians are no owner of a bare «Генштаб»."""
        cache = self.__dict__.setdefault("_state_cache", {})
        if word in cache:
            return cache[word]
        states, exonyms = self.table("states"), self.table("exonyms")
        found = None
        if states or exonyms:
            w = word.lower().replace("’", "'").replace("ʼ", "'")
            lemmas = self.lemmas(word)
            forms = [w, unicodedata.normalize("NFKC", word).translate(_STATE_MARKS).casefold(), *sorted(lemmas)]
            if len(w) >= 5 and not lemmas - {w}:
                # a word the morphology does not know, cut to its stem; one it knows is read by its lemma:
                # «Росіяни» is «росіянин», the people, and names no state (whose body «Генштаб» would be)
                forms += [w[:-1], w[:-2]]
            found = next((states[f] for f in forms if f in states), None)
            if found is None and len(word) > 2:
                found = next((exonyms[f] for f in forms if f in exonyms), None)
        if len(cache) > 100_000:
            cache.clear()
        cache[word] = found
        return found

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is an adjective of a place («російських», "Russian"; ``demonym_pattern``)."""
        return bool(self.demonym_pattern and self.demonym_pattern.search(word))

    def has_word(self, word: str, name: str) -> str | None:
        """The entry of list ``name`` that ``word`` (or one of its lemmas) is, else None."""
        key = (word, name)
        try:  # the hot path (~70 calls per statement in coverage and contradictions): one lookup
            return self.__dict__["_has_word_cache"][key]
        except KeyError:
            pass
        cache = self.__dict__.setdefault("_has_word_cache", {})
        entries = self.word_list(name)
        found = None
        if entries:
            w = word.lower()
            found = w if w in entries else next((lem for lem in self._lemmas_cached(word) if lem in entries), None)
        if len(cache) > 400_000:
            cache.clear()
        cache[key] = found
        return found

    def _lemmas_cached(self, word: str) -> frozenset[str]:
        cache = self.__dict__.setdefault("_lemma_cache", {})
        if word not in cache:
            if len(cache) > 200_000:
                cache.clear()
            cache[word] = self.lemmas(word)
        return cache[word]

    # ------------------------------------------------------------------ sentences
    def sentences(self, text: str) -> list[Span]:
        """Sentence spans over ``text`` (a rule splitter; abbreviations and initials kept)."""
        return _rule_sentences(text)


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def _snowball(algorithm: str):
    try:
        import snowballstemmer
    except ImportError:  # the optional stemmer is missing: suffix lists and lower case still work
        return None
    try:
        return snowballstemmer.stemmer(algorithm)
    except KeyError:
        return None


@lru_cache(maxsize=None)
def _stem_endings(code: str) -> tuple[str, ...]:
    """``stem_endings.txt`` of a pack: inflection endings, longest first."""
    return tuple(sorted({r[0].lower() for r in _pack_file(code, "stem_endings")}, key=len, reverse=True))


#: shortest stem a suffix list may leave
MIN_STEM = 3


@lru_cache(maxsize=200_000)
def _stem(code: str, algorithm: str | None, word: str) -> str:
    w = word.lower().replace("’", "'").replace("ё", "е")
    stemmer = _snowball(algorithm) if algorithm else None
    if stemmer is not None:
        out = stemmer.stemWord(w)
        if not w.startswith(out):
            n = 0
            while n < min(len(w), len(out)) and w[n] == out[n]:
                n += 1
            out = w[:n] if n >= MIN_STEM else w
        return out or w
    for end in _stem_endings(code):
        if w.endswith(end) and len(w) - len(end) >= MIN_STEM:
            return w[: -len(end)]
    return w


@lru_cache(maxsize=None)
def _oblique_endings(code: str) -> tuple[str, ...]:
    return tuple(r[0] for r in _pack_file(code, "oblique_endings"))


@lru_cache(maxsize=None)
def _word_list(code: str, name: str) -> frozenset[str]:
    return frozenset(row[0] for row in _pack_file(code, name))


def _rule_sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group().strip() and "\n" not in m.group():
            before = text[start:m.start()]
            tail = re.search(r"(\S+)$", before)
            if tail and m.group().startswith(".") and _ABBREV_BEFORE_DOT.search(tail.group(1)):
                continue
            if m.group().startswith(".") and m.group().endswith(")") and _LOWER_NEXT.match(text, end):
                continue  # "Sen. David Perdue (R-Ga.) said …": an abbreviation closes the parenthesis
        seg_end = end
        while seg_end > start and text[seg_end - 1].isspace():
            seg_end -= 1
        s = start
        while s < seg_end and text[s].isspace():
            s += 1
        if s < seg_end:
            out.append(Span.of(text, s, seg_end))
        start = end
    s = start
    while s < len(text) and text[s].isspace():
        s += 1
    e = len(text)
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append(Span.of(text, s, e))
    return out


_MONTH_ABBR_MERGE = re.compile(
    r"(?:\b\d{1,2}\s+)?(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек|січ|лют|берез|квіт|трав|черв|"
    r"лип|серп|верес|жовт|листоп|груд|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ст|им|ул|г)\.$",
    re.IGNORECASE,
)


def razdel_sentences(text: str) -> list[Span]:
    """razdel's sentences, with splits after month abbreviations (``окт.|2024``) merged back."""
    import razdel

    out: list[Span] = []
    for para_start, para_end in _paragraphs(text):
        chunk = text[para_start:para_end]
        for s in razdel.sentenize(chunk):
            start, end = para_start + s.start, para_start + s.stop
            if out and _MONTH_ABBR_MERGE.search(out[-1].text) and text[start:start + 1].isdigit():
                prev = out.pop()
                start = prev.start
            for m in _GLUED_AFTER_QUOTE.finditer(text, start, end):
                out.append(Span.of(text, start, m.end()))
                start = m.end()
            out.append(Span.of(text, start, end))
    return out


#: a sentence that ends with a closing quotation mark and its stop, the next one glued on with no
#: space («… правду».2 ноября …, «… «Украина 24».«Когда …»): razdel keeps the two as one
_GLUED_AFTER_QUOTE = re.compile(r"(?<=[»”])[.!?…]+(?=[«„“]?[A-ZА-ЯЁІЇЄҐ0-9])")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > start and text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of ``text`` as (start, end); a newline ends a paragraph."""
    return _paragraphs(text)


@lru_cache(maxsize=4)
def morph(code: str):
    """The pymorphy3 analyser for ``ru`` or ``uk``, loaded once per process."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=code)
