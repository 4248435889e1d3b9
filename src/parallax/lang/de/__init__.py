"""German: „ “ » « ‚ ‘ marks, suffix-rule and strong-verb lemmas, V2 order ("Am Montag sagte er"), Konjunktiv reports; word lists in the files beside this one."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class German(StemLanguage):
    code = "de"
    snowball = "german"
    free_word_order = True  # the subject may stand away from its cue (Verb-second)
    quote_pairs = {"„": "“\"”", "»": "«", "«": "»", "‚": "‘", "“": "”", '"': '"', "'": "'", "‹": "›", "›": "‹"}
    infinitive_endings = ("eln", "ern", "en", "n")
    prefixes = ("ge",)
    dash_dialogue = False
    subjunctive_reports = True
    so_frames = frozenset({"so"})
    fronting_preps = frozenset("am im in an auf nach seit vor bei mit zu von laut über unter aus gegen für zur zum "
                               "vom beim ins".split())

    def is_role(self, word: str) -> bool:
        """German role nouns compound freely: Bundespräsident, Wettbewerbskommissarin."""
        w = word.lower()
        return w in self.role_nouns or any(w.endswith(r) for r in self.role_nouns if len(r) >= 6)

    def is_name_word(self, word: str, sentence_initial: bool) -> bool:
        """German capitalises every noun: a date, a measure or a source word ("Montag",
        "Prozent", "Interview") opens no name, so it never stands as a speaker."""
        if not super().is_name_word(word, sentence_initial):
            return False
        w = word.lower()
        return w not in COMMON_NOUNS
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?:im|in\s+einem)\s+(?:\w+\s+)?Interview\s+(?:mit\s+(?:der|dem|den)?\s*)?(?P<n>[A-ZÄÖÜ0-9][\w\-]*(?:\s+[A-ZÄÖÜ0-9][\w\-]*){0,3}))",
        r"(?P<v>gegenüber\s+(?:der|dem|den)?\s*(?P<n>[A-ZÄÖÜ0-9][\w\-]*(?:\s+[A-ZÄÖÜ0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:auf|bei)\s+einer\s+(?P<n>Pressekonferenz|Kundgebung|Sitzung))",
    ))

    def _lemma_uncached(self, word: str) -> str:
        w = word.lower()
        base = STRONG_FORMS.get(w)
        if base is None:
            for prefix in ("ge",):  # gesprochen, geschrieben
                if w.startswith(prefix) and w[len(prefix):] in STRONG_FORMS:
                    base = STRONG_FORMS[w[len(prefix):]]
        if base is not None:
            for lemma in (base,) + tuple(p + base for p in STRONG_PREFIXES):
                if lemma in self.cue_verbs and (w.startswith(lemma[: len(lemma) - len(base)])):
                    return lemma
            return base
        for p in set(STRONG_PREFIXES) | set(self.separable.values()):  # angekündigt → ankündigen, mitgeteilt
            if w.startswith(p + "ge") and len(w) - len(p) >= 6:
                lemma = super()._lemma_uncached(p + w[len(p) + 2:])
                if lemma in self.cue_verbs:
                    return lemma
        return super()._lemma_uncached(word)


#: capitalised nouns that news sentences put where a subject could stand: dates, measures, sources
COMMON_NOUNS = frozenset("""
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende januar februar märz april
mai juni juli august september oktober november dezember jahr jahre jahren jahres woche wochen tag tage tagen
tages abend morgen mittag nachmittag vormittag nacht uhr ende anfang beginn mitte zeitpunkt vorfeld
euro dollar prozent millionen milliarden interview worten wort ansicht auffassung einschätzung
""".split())


#: particles and inseparable prefixes that combine with a strong verb into a cue lemma
STRONG_PREFIXES = ("be", "ver", "wider", "ent", "er", "zu", "an", "aus", "ab", "vor", "zurück", "hervor", "ein")

#: German strong and mixed verbs: inflected forms (3rd person present/past, participle stem)
#: → infinitive, so that "sieht", "schrieb", "bestritt", "verwies" find their cue lemma; the
#: suffix rules cannot reach a changed stem vowel.
_STRONG = {
    "sehen": "sieht sah sahen sähe gesehen",
    "schreiben": "schrieb schrieben geschrieben schreibt",
    "sprechen": "spricht sprach sprachen gesprochen spräche",
    "streiten": "streitet stritt stritten gestritten",
    "weisen": "weist wies wiesen gewiesen",
    "geben": "gibt gab gaben gegeben gäbe",
    "heißen": "heißt hieß hießen geheißen",
    "raten": "rät riet rieten geraten",
    "fehlen": "fehlt",
    "empfehlen": "empfiehlt empfahl empfahlen empfohlen",
    "rufen": "ruft rief riefen gerufen",
    "schließen": "schließt schloss schlossen geschlossen",
    "halten": "hält hielt hielten gehalten",
    "nennen": "nennt nannte nannten genannt",
    "denken": "denkt dachte dachten gedacht",
    "bitten": "bittet bat baten gebeten",
    "schwören": "schwört schwor schworen geschworen",
    "lügen": "lügt log logen gelogen",
    "verbieten": "verbietet verbot verboten",
    "bieten": "bietet bot boten geboten",
    "schreien": "schreit schrie schrien geschrien",
    "tragen": "trägt trug trugen getragen",
    "werfen": "wirft warf warfen geworfen",
    "gestehen": "gesteht gestand gestanden",
    "stehen": "steht stand standen gestanden",
    "nehmen": "nimmt nahm nahmen genommen",
    "schlagen": "schlägt schlug schlugen geschlagen",
    "bringen": "bringt brachte brachten gebracht",
    "wissen": "weiß wusste wussten gewusst",
    "finden": "findet fand fanden gefunden",
    "treten": "tritt trat traten getreten",
    "lassen": "lässt ließ ließen gelassen",
    "heben": "hebt hob hoben gehoben",
}
STRONG_FORMS = {form: inf for inf, forms in _STRONG.items() for form in forms.split()}
for _inf, _forms in list(_STRONG.items()):
    for _p in STRONG_PREFIXES:  # bestritt → bestreiten, widersprach → widersprechen
        for _f in _forms.split():
            STRONG_FORMS.setdefault(_p + _f, _p + _inf)


LANGUAGE_CLASS = German
