"""Contradictions: a statement whose speaker asserts the opposite of a recorded fact or of his own earlier words.

Reads: statements, articles, facts and cached vectors (through ``Store``).
Writes: contradiction flags and the record of what was checked (``Store.replace_contradictions``).
Depends on: ``align.embed`` (multilingual E5, or the lexical fallback), ``lang`` word lists
(``negators``, ``denial_verbs``, ``dismissals``, ``hedges``, ``modals``, ``bounds``, ``months``,
``future``, ``reportatives``, ``question_verbs``, ``exclusions``, ``anaphors``, ``relatives``, ``cataphors``,
``locals``, ``counterfactuals``, ``exclusives``,
``first_plural``, ``first_singular``, ``antonyms``, ``intents``, ``exonyms``, ``abilities``, ``recalls``,
``own_acts``, ``accusations``), the roles of the bundled people
(``speaker_countries``) and ``Language.is_future`` (pymorphy tense for ru/uk).

No NLI model installs offline, so this retrieves and then decides by rule (issue 12):

1. *Retrieve*: the facts a statement names (an entity of the fact, matched on a consonant
   skeleton of the Latin transliteration so ``Belarus`` / ``Беларуси`` / ``Білорусі`` meet, or
   the speaker himself) whose cosine to the statement's content is at least ``Rules.fact_sim``
   and within ``Rules.fact_margin`` of the closest; for the record, the same speaker's
   statements of earlier days at ``Rules.earlier_sim`` (a translation: ``earlier_sim_across``).
2. *Decide* on the speaker's words only (the content span, the cue and the few words between
   them; never the rest of the outlet's sentence), sentence by sentence: opposite polarity (a
   negator, a denial verb such as deny / «опроверг» / «заперечив», a word such as "fake" or
   «инсценировка»), or an incompatible number or year. A question, a hedge ("maybe", "if"), a
   modal of opinion ("should") or a negated cue ("did not deny") is not an assertion. A denial
   verb suffices; a bare negator or a "fake" naming one of the fact's entities needs a closer
   match (``weak_sim``). Tense: before a fact's date only a promise ("will not") can contradict
   it; after it, a promise speaks of later.

3. *Alternative accounts*: a plain statement that makes another of the analyst's actors the doer
   of the event of the fact closest to it ("the hospital was hit by a Ukrainian air-defence
   missile" against "… hit by a Russian Kh-101") contradicts it by incompatible entities.
4. *One scale*: a fact few statements are near (MH17) is lifted to the median fact's level
   (``hub_offsets``), and a statement naming a rare entity (Kramatorsk) is read only against the
   facts naming it.
5. *Record*: besides opposite polarity at a close cosine, a statement reverses the same speaker's
   earlier one when they take opposite sides of one fact at least a week apart (one denies it;
   the other asserts it in its own words or admits it); or when a plain account of the event of a
   fact he had denied (a candidate of the fact, naming one of its entities as the denial does)
   follows the denial at a cosine of the topic's level (``reversal_sim``): the same proposition, so
   the fact is the account's closest, both name one of its rarer entities (not only Russia), and the
   account tells what happened (a past tense) or announces the speaker's own act; an admission
   ("признал") also reverses an earlier flat negation of its fact that no rule flagged.
6. *Acronyms* name what they stand for (``lang/<code>/acronyms.txt``: «КНДР», «РФ», "DPRK").
7. *Who spoke*: a direct quote extracted with no speaker (or only "Russian") is the words of the one
   person its headline names, else of the article's one resolved speaker (``inherit_speakers``).
8. *What a short denial refers to*: "There are no such plans" (``anaphors.txt``) is read on the
   topic of the sentence before it and the rest of its own (``referent_context``); its polarity
   stays its own. A verb ruling something out ("excludes", «исключает», ``exclusions.txt``) denies;
   negated ("does not exclude") it leaves the matter open.
9. *A negated past naming the agent* ("Russia did not attack Ukraine") denies the closest fact whose
   agent and entities it names, at the cosine of its topic (``past_denial_sim``).
10. *A sentence cut at a comma* while still open (a relative clause, «того,») is read whole for what
   it is about (``continuation_contexts``); *the place's own people* ("local self-defence forces")
   are another doer of a fact's event (``locals.txt``); so is whom a negated past obligation blames
   ("the Ukrainian leader should have never started the war", ``blamed``).
11. *A negated intention* ("is not planning | an attack") negates its object; *"only"* in a plain
   account of the closest fact's event denies the rest of it ("aimed only at military objects").
12. *An official's "we"* in a plain statement names the state his role is of ("Our military personnel
   stood behind …", said by the President of Russia, names Russia).
13. *A short first-person denial naming nothing* ("I'm not leaving", «Я никуда не ухожу»: ``own_denial``)
   is read on its headline's topic, as the speaker's own course (a promise), against the closest fact; a
   denial by a verb naming nothing the facts name is read on the sentence before it when that names a
   rarer entity. The record takes the side such a reading gives.
14. *Antonyms* (``antonyms.txt``, ``compare.antonyms``): "I'm staying in the race" negates "withdrew";
   the fact's doer naming its event ("for me to stand down") asserts it. Ruling something out is a
   promise; a future in a relative clause is none; a negation over a word of intent ("not a deliberate
   strike", ``intents.txt``) is a hedge; a country's Cyrillic name names the English one (``exonyms.txt``).
15. *Negations of no proposition* (``compare.wording``): a negated ability ("I cannot deliver the mandate",
   ``abilities.txt``), a negated dismissal ("We didn't lie"), "impossible to say", a denial recalled in the
   pluperfect ("had previously denied", ``recalls.txt``), what one was told ("was assured", ``no_claims.txt``)
   and a denial of one's own part ("denies that he advised …", ``own_acts.txt``) deny no fact; "impossible that
   …" (``dismissals``) does. A bare negation tied to a fact only by its speaker needs ``weak_sim``.
16. *Pledges* (``compare.pledges``): "no intention of stepping down", «я намерена остаться», said before the fact
   by a person it names, break against the fact's event at the retrieval floor.
17. *A change of side across the fact's day* (``compare.timing.across``): a pledge, then the act it ruled out
   ("I am resigning" a day later), needs no week between them when the fact's day falls between the two; an
   admission ("признал" the day after a denial) says itself that the speaker changed side.
18. *A denied report named by a bare noun* the sentence before does not tell (``compare.reports``): «называет
   обвинения беспочвенными» is read on the headline's or lead's telling with a word of its root («обвиняется в
   использовании допинга»); an accusation never retold ("these baseless allegations", ``accusations.txt``) on
   the headline and lead. An admitting cue ends the denials its frame names ("admitted after weeks of denials").
19. *A sound state against a failure* (``antonyms.STATES``): "FTX is fine" says how things stand when said, so it
   is read against a fact of failure ("bankruptcy") from the first day the fact's text names (``timing.fact_start``).
20. *An event's side reversed in the record* (``antonyms.sides``, ``Rules.predicate_sim``): the speaker's earlier
   words negate an event ("not a quitter", «Я залишаюся на території України», «никогда не принимал допинг») and his
   later words name it un-negated ("I am resigning", «Я вынужден был покинуть Украину»): the predicate, not the
   sentence, is compared, by its event label shared across languages. Not a state or a kind ("soldiers"), nor a
   negation "for now". A
   denial of an event, then the speaker's announcement of another act of his own, is no ``reversal``.

Each flag carries its rule and a one-sentence reason that quotes both sides. What each part
adds is measured by ``ABLATION`` (``parallax contradictions-eval --ablation``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import numpy as np

from .. import lang as languages
from . import antonyms
from .pledges import pledge
from .reports import lead, told_report
from .timing import across, days_between as _days_between, fact_start, statement_day as _day
from .wording import exonyms as _exonyms, idle_negations, main_words as _main_words, modal_phrase, own_act, own_denial, recalled
from ..align.embed import Embedder, latin
from ..lang.base import WORD_RE, _pack_file, _pack_table
from ..memo import memo, one_run
from ..model import Article, Contradiction, Fact, Statement, main_speaker


@dataclass(frozen=True, slots=True)
class Rules:
    """Which parts decide, for the ablation (``embedder_only`` flags every retrieved pair)."""

    embedder_only: bool = False
    negation: bool = True
    polarity_verbs: bool = True
    numbers: bool = True
    hedges: bool = True
    #: cosine (E5, compressed scale: unrelated ≈ 0.78, one topic ≈ 0.83–0.88) at which a statement
    #: with a denial verb or dismissal ("denied that …", "called … fake") is about a fact / earlier words
    denial_sim: float = 0.79
    #: a bare negator or a number is weaker evidence ("troops will not fight" is near many facts
    #: about troops), so it needs a closer match
    negation_sim: float = 0.815
    #: a negator or a dismissal word naming one of the fact's entities only needs this close a match
    weak_sim: float = 0.84
    #: retrieval floor: below it a pair is never considered (and the embedder-only baseline flags above it)
    fact_sim: float = 0.78
    #: a statement is read against every fact within this margin of the one it is closest to
    fact_margin: float = 0.04
    #: two statements of one speaker on one topic score 0.88–0.92 whatever their polarity, so the
    #: record needs a closer match than a fact does; a translation scores ≈ 0.05 lower
    earlier_sim: float = 0.92
    earlier_sim_across: float = 0.87
    #: two statements on opposite sides of one fact must still be this close to each other. Off by
    #: default (2.0): a plain statement near a fact does not assert it ("Russian troops went back
    #: after the exercises" is 0.88 from "Belarus took part in the invasion", while Putin's real
    #: admission about Crimea is 0.82 from its fact); ``ABLATION`` measures it at 0.84
    bridge_sim: float = 0.80
    #: an admission ("admitted that …") of a fact the speaker had denied needs only
    #: this much in common with the denial: the cue says which side it takes
    admission_sim: float = 0.75
    #: a plain account of an event (a candidate fact of its time) and the same speaker's earlier denial
    #: of it reverse each other from this cosine between the two on (the topic level)
    reversal_sim: float = 0.83
    #: … and from this one when the two share only an entity most facts name (Russia). Off (2.0): such
    #: pairs share a topic, not a proposition ("Russia always strikes military targets" after "Russia
    #: will attack no one"); 0.85 flagged more of those than of reversals
    reversal_common_sim: float = 2.0
    #: the account must be about the denied fact's event: that fact within this cosine of the closest
    #: fact of its time (same proposition, not only the same topic)
    reversal_margin: float = 0.01
    #: … and tell what happened (a verb in the past), or announce the speaker's own act of the fact
    reversal_past: bool = True
    #: a plain statement asserts the fact it is closest to from this cosine on
    assert_sim: float = 0.80
    #: a plain statement that makes another actor the doer of a fact's event (an alternative account)
    #: contradicts the fact closest to it from this cosine on, whether or not it names the fact's entities
    alternative_sim: float = 0.84
    alternative_unnamed_sim: float = 0.86
    #: cosines to a fact less its hubness (``hub_offsets``), from a sample of this many statements
    hubness: bool = True
    hub_sample: int = 2000
    hub_lift_only: bool = True
    #: days between two statements before a change of side on a fact counts as a reversal
    min_gap_days: int = 7
    #: … or none when the fact's day falls between them (``across``): the event, not the reporting, changed
    across_fact_date: bool = True
    #: an admission reverses an earlier denial of another day, however few days apart ("признал" the day after)
    admissions_any_day: bool = True
    #: the fact's doer naming its event ("що подає у відставку") asserts it among any of its candidate facts
    event_named_any: bool = True
    #: a cue that admits before any denial word of its frame admits ("admitted after weeks of denials that")
    admitting_cues: bool = True
    #: a denied report named by a bare noun the sentence before does not tell ("denied all the accusations") is
    #: what the headline or lead told with a word of its root (``compare.reports``); a dismissal pointing back among
    #: a statement's first words ("This is a lie and …") answers the sentence before
    told_reports: bool = True
    #: a negation "for now" ("not yet", «поки не покинув», the hedges' class): how things stood the day it was said,
    #: no denial of a fact dated that day or later
    for_now: bool = True
    #: a plain statement of a fact's own subject asserts it from this cosine on, naming nothing
    assert_own_sim: float = 0.84
    #: a denial verb below this cosine also needs the statement to be about the fact's entities only
    #: ("dismissed reports that North Korean troops were deployed to Russia" is not about Belarus)
    denial_strong_sim: float = 0.82
    #: a statement naming a rare entity of the facts (Kramatorsk) is read only against the facts naming it
    specific: bool = True
    #: a negated past that names a fact's agent and what it acted on ("Russia did not attack Ukraine")
    #: denies the closest such fact of its time from this cosine on (2.0: off)
    past_denial_sim: float = 0.79
    #: a direct quote with no speaker is the words of the article's main speaker (``inherit_speakers``)
    inherit: bool = True
    #: a short denial that refers back ("There are no such plans") is read on its context's topic
    referents: bool = True
    #: an admission reverses an earlier flat negation of the fact closest to it, flagged against it or not
    negated_side: bool = True
    #: opposite polarity across languages needs a name both statements give
    across_names: bool = True
    #: a plain statement that restates a fact this closely ("he had founded the Wagner Group … in 2014")
    #: takes its side as firmly as an admission: read against an earlier flat negation of it (2.0: off)
    restate_sim: float = 0.90
    #: the reports of one utterance (its claim) take the side on a fact that one of them takes
    claim_sides: bool = True
    #: relative similarity: two statements of one speaker with opposite polarity that name a thing in
    #: common and are each other's nearest such statement contradict from this cosine on (2.0: off)
    mutual_sim: float = 2.0
    #: a flat negation by a fact's own doer (the speaker is its agent) denies the closest fact
    #: of its time from this cosine on, as a denial verb does (2.0: off), when that fact stands out: no other
    #: fact within ``own_negation_margin`` of it (the statement is about it, not about its topic)
    own_negation_sim: float = 0.79
    own_negation_margin: float = 0.02
    #: an account of what happened (a past tense) asserts every fact of its topic it names the doer and
    #: entities of, not only the closest
    accounts_assert_all: bool = True
    #: a statement cut at a comma is read on its sentence's whole words (``continuation_contexts``)
    continuations: bool = True
    #: the place's own people ("local self-defence forces", ``locals.txt``) are another doer
    locals_as_doers: bool = True
    #: … and an account naming the fact's rare entity with the place's own people as the doer is about
    #: its event from this cosine on
    locals_sim: float = 0.80
    #: whom a negated past obligation blames ("should have never started") is its doer (``blamed``)
    blame: bool = True
    #: a negated cue of intention ("is not planning an attack") negates the content
    negated_intentions: bool = True
    #: a plain account restricting the closest fact's event with "only" (``exclusives.txt``) denies the rest
    #: of it from this cosine on (2.0: off)
    exclusive_sim: float = 0.84
    #: an official's "we" / "our" names the state his role is of (``speaker_countries``)
    we_speak_for: bool = True
    #: a short first-person denial naming nothing ("I'm not leaving") is read on its headline's topic and
    #: speaks of the speaker's own course (``own_denial``)
    own_denials: bool = True
    #: a plain statement asserting the opposite of a fact's event ("I'm staying in the race" against "withdrew",
    #: ``antonyms.txt``) negates it
    antonyms: bool = True
    #: a denial naming nothing the facts name is read on the sentence before it (``_unnamed_denial``)
    unnamed_denials: bool = True
    #: a promise by a person the fact names against its event ("I will not resign", «я намерена остаться»),
    #: made before its date, is read at the retrieval floor (``compare.pledges``)
    pledges: bool = True
    #: a speaker's later words taking the other side of an event his earlier words took ("will not quit", then
    #: "will step down"; «Я никогда не принимал допинг», then «применил допинг»: ``antonyms.sides``, labels shared
    #: across languages) reverse them from this cosine between the two on (2.0: off); any earlier day
    predicate_sim: float = 0.80
    #: … in both directions: an earlier act later negated ("asked to send troops", then "I did not ask") too
    predicate_both: bool = False
    #: a denial naming an event, then the speaker's announcement of his own act (no past): the act must be that
    #: event for the pair to be a reversal (``reversal``)
    predicate_accounts: bool = True


#: contra12's rules (and contra14's), off
_C12 = dict(across_fact_date=False, told_reports=False, admitting_cues=False, event_named_any=False,
            admissions_any_day=False, for_now=False)
_LATEST = dict(**_C12, continuations=False, locals_as_doers=False, blame=False, accounts_assert_all=False,
               negated_intentions=False, exclusive_sim=2.0, we_speak_for=False, own_denials=False, antonyms=False,
               unnamed_denials=False, pledges=False)
_AFTER = dict(own_denials=False, antonyms=False, unnamed_denials=False, pledges=False, **_C12)
_NEXT = dict(restate_sim=2.0, claim_sides=False, own_negation_sim=2.0, **_LATEST)
_NEW = dict(past_denial_sim=2.0, inherit=False, referents=False, negated_side=False, across_names=False, **_NEXT)
_OLD = dict(admission_sim=2.0, alternative_sim=2.0, bridge_sim=2.0, hubness=False, specific=False, reversal_sim=2.0,
            **_NEW)
ABLATION = {
    "embedder only": Rules(embedder_only=True, hubness=False, specific=False, **_NEW),
    "+ negation": Rules(polarity_verbs=False, numbers=False, hedges=False, **_OLD),
    "+ polarity verbs": Rules(numbers=False, hedges=False, **_OLD),
    "+ numbers/dates": Rules(hedges=False, **_OLD),
    "+ hedges/questions, tense": Rules(**_OLD),
    "+ admissions": Rules(**{**_OLD, "admission_sim": Rules().admission_sim}),
    "+ alternative accounts": Rules(bridge_sim=2.0, hubness=False, specific=False, reversal_sim=2.0, **_NEW),
    "+ facts on one scale, rare entities": Rules(bridge_sim=2.0, reversal_sim=2.0, **_NEW),
    "+ sides of a fact": Rules(reversal_sim=2.0, **_NEW),
    "+ denial then account (contra2: any shared entity)": Rules(reversal_common_sim=0.85, reversal_margin=1.0,
                                                                reversal_past=False, **_NEW),
    "+ denial then account of the same fact": Rules(**_NEW),
    "+ negated past naming the agent": Rules(inherit=False, referents=False, negated_side=False, across_names=False,
                                             **_NEXT),
    "+ quotes inherit the headline's speaker": Rules(referents=False, negated_side=False, across_names=False,
                                                     **_NEXT),
    "+ short denials read on what they refer to": Rules(negated_side=False, across_names=False, **_NEXT),
    "+ admissions against unflagged negations": Rules(across_names=False, **_NEXT),
    "+ a name in common across languages": Rules(**_NEXT),
    "+ reports of one utterance take one side": Rules(restate_sim=2.0, own_negation_sim=2.0, **_LATEST),
    "+ restatements of a fact against flat negations": Rules(own_negation_sim=2.0, **_LATEST),
    "+ a flat negation of the speaker's own act": Rules(**_LATEST),
    "+ a sentence cut at a comma read whole, local doers, blame": Rules(**{**_LATEST, "continuations": True,
                                                                            "locals_as_doers": True, "blame": True}),
    "+ an account asserts each fact of its topic": Rules(negated_intentions=False, exclusive_sim=2.0,
                                                         we_speak_for=False, **_AFTER),
    "+ a negated intention negates its object": Rules(exclusive_sim=2.0, we_speak_for=False, **_AFTER),
    "+ “only” restricts an event": Rules(we_speak_for=False, **_AFTER),
    "+ an official's “we” is his state": Rules(**_AFTER),
    "+ a short first-person denial read on its headline": Rules(antonyms=False, unnamed_denials=False, pledges=False,
                                                                **_C12),
    "+ antonyms (stay / withdraw)": Rules(unnamed_denials=False, pledges=False, **_C12),
    "+ a denial naming nothing read on the sentence before": Rules(pledges=False, **_C12),
    "+ pledges against a later act": Rules(**_C12),
    "+ a change of side across the fact's day": Rules(**{**_C12, "across_fact_date": True}),
    "+ the doer naming the fact's event, any candidate": Rules(told_reports=False, admitting_cues=False,
                                                               admissions_any_day=False, for_now=False),
    "+ an admitting cue ends its frame's denials": Rules(told_reports=False, admissions_any_day=False, for_now=False),
    "+ an admission reverses a denial of any earlier day": Rules(told_reports=False, for_now=False),
    "+ reports named by a noun, dismissals pointing back": Rules(for_now=False),
    "+ a negation “for now” holds on its day": Rules(predicate_sim=2.0, predicate_accounts=False),
    "+ an event's side reversed in the record (predicates, default)": Rules(),
}

_NUMBER = re.compile(r"(?<![\w.,\-])(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_MULTIPLIERS = (("thousand", 1e3), ("тыс", 1e3), ("тис", 1e3), ("million", 1e6), ("млн", 1e6),
                ("миллион", 1e6), ("мільйон", 1e6), ("billion", 1e9), ("млрд", 1e9), ("миллиард", 1e9),
                ("мільярд", 1e9))
_VOWELS = set("aeiouy'")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a piece of text asserts, as far as the rules see it."""

    negative: bool
    negators: tuple[str, ...] = ()
    denial: str | None = None
    hedge: str | None = None
    numbers: tuple[float, ...] = ()
    years: tuple[int, ...] = ()
    names: frozenset[str] = frozenset()
    skeletons: frozenset[str] = frozenset()
    #: speaks of the future or of an intention ("will not", "не будет", "не воюватимуть")
    future: bool = False
    #: the denial is a verb ("denied", «опроверг»), not only a word calling something false ("stupid")
    denial_verb: bool = False
    #: the cue admits or confirms ("admitted that", «признал», «визнав»)
    admission: str | None = None
    #: skeletons of the names it mentions (not sentence-initial capitals)
    proper: frozenset[str] = frozenset()
    #: a negated past ("did not attack", «не нападала»): it speaks of what happened, even beside a promise
    past_negated: bool = False
    #: a modal of possibility or obligation ("could have", «можно»): not an account of what happened
    modal: str | None = None
    #: skeletons of adjectives of place («российские», «українського», "Ukrainian")
    adjectives: frozenset[str] = frozenset()
    #: skeletons of the words but lower-case Latin ones, and those lower-case Latin words ("back")
    spellings: frozenset[str] = frozenset()
    latin_lower: frozenset[str] = frozenset()
    #: a verb in the past tense ("acted", «действовали»): it gives an account of what happened
    past: bool = False
    #: (skeleton, first vowel's class) of its names and adjectives of place: a short skeleton is
    #: shared by unrelated names ("Rishi" and "Russia" are both ``rs``), their vowels tell them apart
    vowels: frozenset[tuple[str, str]] = frozenset()
    #: its words are only the object of a negated intention ("is not planning | an attack on Ukraine"):
    #: too few to tell one fact of their topic from another, so it is read against the closest only
    closest_only: bool = False
    #: (skeleton, first vowel's class) of its lower-case words in other scripts: «крушение» (krsn, back) is
    #: not Kherson (krsn, front), «херсон» is
    spelled_vowels: frozenset[tuple[str, str]] = frozenset()


_SPELLING = (("ph", "f"), ("ch", "c"), ("kh", "k"), ("sh", "s"), ("zh", "z"), ("th", "t"), ("c", "k"),
             ("q", "k"), ("w", "v"), ("x", "ks"))


#: hedge classes (``lang/<code>/hedges.txt``) that make a statement no flat assertion, and modal
#: classes (``modals.txt``) that make it a judgement ("should never have started")
SOFT_HEDGES = frozenset({"probably"})
JUDGING_MODALS = frozenset({"obligation", "necessity"})


def softener(lg, word: str) -> str | None:
    """The word (or its lemma) when it keeps a statement from being a flat assertion or denial:
    an uncertainty hedge ("perhaps", «возможно»), a judging modal ("should"), or one of the words
    the pack lists for this check without a class ("might", "unless", "whether")."""
    cache = lg.__dict__.setdefault("_softener_cache", {})
    if word not in cache:
        if len(cache) > 200_000:
            cache.clear()
        cache[word] = _softener(lg, word)
    return cache[word]


def _softener(lg, word: str) -> str | None:
    hedges, modals = lg.hedges(), lg.modals()
    classified = set(hedges) | set(modals)
    if lg.has_word(word, "reportatives"):
        return None  # «якобы», "allegedly": the reporter keeps his distance; the speaker still asserts it
    for form in (word.lower(), *lg._lemmas_cached(word)):
        if hedges.get(form) in SOFT_HEDGES or modals.get(form) in JUDGING_MODALS:
            return form
        if form not in classified and (form in lg.word_list("hedges") or form in lg.word_list("modals")):
            return form
    return None


def for_now(text: str, lg) -> str | None:
    """The words of the hedges' class "for now" in ``text`` ("not yet", "so far", «пока», «поки що»): what it
    says holds up to the day it was said."""
    hedges = lg.hedges()
    words = [w.lower() for w in WORD_RE.findall(text)]
    return next((k for n in (1, 2, 3) for i in range(len(words) - n + 1)
                 if hedges.get(k := " ".join(words[i:i + n])) == "for now"), None)


def _excludes(words: Sequence[str], ws: Sequence["_Word"], i: int) -> str | None:
    """The entry of ``exclusions.txt`` that ``words[i]`` begins: a verb ("excludes", «исключает») or a
    verb and its particle ("ruled out": the lemma, then the particle as written)."""
    w = ws[i]
    if found := w.lists[_EXCLUSION]:
        return found
    if w.phrasal and i + 1 < len(words):
        return w.phrasal.get(words[i + 1].lower())
    return None


@lru_cache(maxsize=None)
def _phrasal_exclusions(code: str) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(row[0].split()) for row in _pack_file(code, "exclusions") if len(row[0].split()) == 2)


def _negated_doubts(ws: Sequence["_Word"]) -> set[int]:
    """Indices of the doubt words (``lang/<code>/doubts.txt``) with a negator among the two words before
    them, and of those negators: "I have no doubt that", «не сомневаюсь», «не сумніваюся» assert
    with certainty, so the doubt is no hedge and its negator negates nothing of the content."""
    out: set[int] = set()
    for i, w in enumerate(ws):
        if w.lists[_DOUBT]:
            negs = [j for j in range(max(0, i - 2), i) if ws[j].negator]
            if negs:
                out.update((i, *negs))
    return out


@lru_cache(maxsize=None)
def _no_claim_patterns(code: str) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """``lang/<code>/no_claims.txt`` as one pattern: each line is the beginnings of consecutive
    words ("no information", «не располага информаци»); and the first word of each line, one of
    which a match holds (a sentence without any is not searched)."""
    rows = [row[0].split() for row in _pack_file(code, "no_claims") if row and row[0].strip()]
    alts = ["(?<!\\w)" + "\\W+".join(re.escape(w) + "\\w*" for w in words) for words in rows]
    return (re.compile("|".join(alts)) if alts else None), tuple(sorted({words[0] for words in rows}))


def no_claim(text: str, lg) -> str | None:
    """The words by which the speaker says he does not know or cannot tell ("we cannot say exactly",
    «не располагает информацией», «не маю інформації», "it did not occur to me"): no assertion
    either way, so no denial of the event."""
    pattern, firsts = _no_claim_patterns(lg.code)
    if pattern is None:
        return None
    lower = re.sub(r"\bcan(?:[’']t| not)\b", "cannot", text.lower())
    lower = re.sub(r"n[’']t\b", " not", lower)
    if not any(w in lower for w in firsts):
        return None
    m = pattern.search(lower)
    return m.group(0) if m else None


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """Consonants of the Latin transliteration, doubles collapsed (``Беларуси`` → ``blrs``,
    ``Crimea`` and ``Крым`` → ``krm``, ``Україні`` → ``ukrn``)."""
    lat = latin(word)
    for a, b in _SPELLING:
        lat = lat.replace(a, b)
    out = []
    for i, ch in enumerate(lat):
        # an initial vowel stays: "Ukraine" is not "Korean"
        if ch.isalpha() and (ch not in _VOWELS or not out and i == 0) and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)[:4]


_FRONT, _BACK = frozenset("iey"), frozenset("aou")


@lru_cache(maxsize=200_000)
def vowel_class(word: str) -> str:
    """"front" or "back": the class of the first vowel after the first consonant of the Latin
    transliteration (Russia, «России», «российских» back; Rishi front), "" when there is none. Front
    and back survive transliteration («Росія» rosiia / Russia), the exact vowel does not."""
    lat = latin(word).lower()
    start = next((i for i, ch in enumerate(lat) if ch.isalpha() and ch not in _VOWELS), None)
    if start is None:
        return ""
    v = next((ch for ch in lat[start + 1:] if ch in _FRONT or ch in _BACK), "")
    return "front" if v in _FRONT else "back" if v in _BACK else ""


#: a name's skeleton this short is matched only with the same vowel class ("Rishi" is not Russia)
SHORT_SKELETON = 2


def _skel_match(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return n >= 2 and a[:n] == b[:n]


def _same_name(a: str, b: str) -> bool:
    """Two names share their last word's skeleton ("Vladimir Putin" / "Putin")."""
    # a double surname's last part: "Sam Bankman-Fried" is "Sam Bankman Fried" in the registry
    wa, wb = WORD_RE.findall(a.replace("-", " ")), WORD_RE.findall(b.replace("-", " "))
    return bool(wa and wb) and skeleton(wa[-1]) == skeleton(wb[-1]) != ""


@lru_cache(maxsize=None)
def _month_stems(language: str | None) -> tuple[str, ...]:
    stems = set(languages.get(language).word_list("months")) | set(
        languages.get(languages.LINGUA_FRANCA).word_list("months"))
    return tuple(sorted(stems, key=len, reverse=True))


def numbers(text: str, language: str | None = "en") -> tuple[tuple[float, ...], tuple[int, ...]]:
    """(quantities, years) written in ``text``; years are 1900–2100 without a multiplier, and a day
    beside a month name ("8 April", "April 8", "8 квітня") is part of a date, not a quantity."""
    months = _month_stems(language)
    lg = languages.get(language)
    nums, years = [], []
    for m in _NUMBER.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"[ ,\u00a0\u202f]", "", raw) if re.search(r"\d[ ,\u00a0\u202f]\d{3}", raw) else raw
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        after = text[m.end():m.end() + 12].lower().lstrip()
        before = text[max(0, m.start() - 12):m.start()].lower().rstrip()
        before_word = WORD_RE.findall(before)[-1] if WORD_RE.findall(before) else ""
        if value <= 31 and (after.startswith(months) or before_word.startswith(months)) and (
                len(after) > 2 or len(before_word) > 2):
            continue
        mult = next((k for w, k in _MULTIPLIERS if after.startswith(w)), None)
        if before_word and lg.has_word(before_word, "bounds"):
            continue  # "more than 50" is a bound, and bounds do not conflict
        if mult is None and 1900 <= value <= 2100 and value.is_integer():
            years.append(int(value))
            continue
        nums.append(value * (mult or 1))
    return tuple(nums), tuple(years)


def _future_word(t: str, lg) -> bool:
    """``t`` speaks of what is to come: a future form, or an intention ("want", «хотеть», «намерен»)."""
    suffixes = tuple(w[1:] for w in lg.word_list("future") if w.startswith("-"))
    return bool(lg.has_word(t, "future") or (suffixes and t.lower().endswith(suffixes))
                or lg.is_future(t) or any(lg.modals().get(f) == "intention" for f in (t.lower(), *lg._lemmas_cached(t))))


_ACCOUNT_MODALS = frozenset({"possibility", "obligation", "necessity"})


def _modal_word(w: str, lg) -> str | None:
    """``w`` or its lemma when it is a modal of possibility or obligation (``modals.txt``)."""
    modals = lg.modals()
    for form in (w.lower(), *lg._lemmas_cached(w)):
        if modals.get(form) in _ACCOUNT_MODALS:
            return form
    return None


def _past_negated(words: Sequence[str], ws: Sequence["_Word"], lg) -> bool:
    """A negator with a past-tense verb right beside it ("did not", "never attacked", «не нападала»)."""
    for i, w in enumerate(words):
        if ws[i].negator:
            if w.lower().endswith(("n't", "n’t")) and lg.is_past(w.lower()[:-3].rstrip("n")):
                return True
            if any(ws[j].past for j in range(max(0, i - 1), min(len(words), i + 3)) if words[j] is not w):
                return True
    return False


#: the word lists ``read`` looks a word up in (``_Word.lists``, in this order)
_LISTS = ("denial_verbs", "dismissals", "question_verbs", "admission_verbs", "exclusions", "refusals", "doubts",
          "intents", "feelings")
_DENIAL, _DISMISSAL, _QUESTION, _ADMISSION, _EXCLUSION, _REFUSAL, _DOUBT, _INTENT, _FEELING = range(len(_LISTS))


@dataclass(frozen=True, slots=True)
class _Word:
    """What ``read`` asks of one word as written, answered once per language: a corpus repeats its
    words, and a statement asked some thirty questions of each of its words, each one a call."""

    #: ``has_word`` of each list of ``_LISTS``
    lists: tuple
    #: a negator ("not", «не») or a contraction of one ("didn't")
    negator: bool
    #: the next word (lower case) → the two-word exclusion this word begins with it ("ruled" + "out")
    phrasal: Mapping[str, str]
    #: the word is or begins an exclusion (``_excludes``)
    excluding: bool
    softener: str | None
    future: bool
    modal: str | None
    past: bool
    skeleton: str
    vowel: str
    #: ``Language.is_name_word`` inside a sentence and at its start
    name_inner: bool
    name_initial: bool
    demonym: bool


def _word(lg, w: str) -> _Word:
    """``w``'s ``_Word`` in ``lg`` (a bounded cache on the language, like ``has_word``'s)."""
    cache = lg.__dict__.setdefault("_read_words", {})
    if len(cache) > 200_000:
        cache.clear()
    lower = w.lower()
    phrasal: dict[str, str] = {}
    for head, particle in _phrasal_exclusions(lg.code):
        if lower == head or head in lg._lemmas_cached(w):
            phrasal.setdefault(particle, f"{head} {particle}")
    out = cache[w] = _Word(
        tuple(lg.has_word(w, name) for name in _LISTS),
        bool(lg.has_word(w, "negators") or lower.endswith(("n't", "n’t"))), phrasal,
        bool(lg.has_word(w, "exclusions") or phrasal), softener(lg, w),
        _future_word(w, lg), _modal_word(w, lg), lg.is_past(w), skeleton(w), vowel_class(w),
        lg.is_name_word(w, False), lg.is_name_word(w, True), lg.is_demonym(w))
    return out


def _admits_first(ws: Sequence[_Word]) -> bool:
    """The frame's first verb of admission or denial admits ("admitted after weeks of denials that", «признал,
    несмотря на опровержения»): the denial words after it name what the admission ends, not the speaker's claim."""
    first = next((x for x in ws if x.lists[_ADMISSION] or x.lists[_DENIAL] or x.lists[_DISMISSAL]), None)
    return bool(first and first.lists[_ADMISSION])


def _words(lg, words: Sequence[str]) -> list[_Word]:
    """The ``_Word`` of each of ``words``."""
    known = lg.__dict__.get("_read_words")
    if known is None:
        return [_word(lg, w) for w in words]
    get = known.get
    return [get(w) or _word(lg, w) for w in words]


def read(text: str, language: str | None, *, frame: str = "", question: bool = False,
         negated_cue: bool = False, rules: Rules = Rules()) -> Reading:
    """Read the polarity, hedges, numbers and names of ``text`` (the speaker's words).

    Args:
        text: the content span.
        language: its ISO code; word lists come from ``lang/<code>/``.
        frame: the cue and the words between it and the content ("denied that"): a denial there
            counts, anything else of the outlet's sentence is never read.
        question: the content was asked, not asserted (a ``?`` closes it).
        negated_cue: a negator stands right before the cue ("did not deny").
    """
    lg = languages.get(language)
    toks = WORD_RE.findall(text)

    def negators(words: Sequence[str], ws: Sequence[_Word], idle: set[int]) -> list[str]:
        if not rules.negation:
            return []
        certain = _negated_doubts(ws) | idle if rules.hedges else set()
        return [w.lower() for i, w in enumerate(words) if i not in certain and ws[i].negator]

    def exclusion(words: Sequence[str], ws: Sequence[_Word], ex: Sequence[int], negated: bool) -> str | None:
        """A verb ruling something out ("excludes that", «исключает», "ruled out"), not negated (or, with
        ``negated``, negated or refused within three words: "does not exclude", "nothing can be ruled
        out", "declined to rule out" leave it open). ``ex``: the indices of the words that can begin one."""
        return next((d for i in ex if (d := _excludes(words, ws, i))
                     and any(x.negator or x.lists[_REFUSAL] for x in ws[max(0, i - 3):i]) == negated), None)

    def denial_in(words: Sequence[str], ws: Sequence[_Word], ex: Sequence[int], lists: tuple[int, ...]) -> str | None:
        if not rules.polarity_verbs:
            return None
        found = next((d for x in ws for k in lists if (d := x.lists[k])), None)
        if found is None and _DENIAL in lists:
            found = exclusion(words, ws, ex, False)
        return found

    def hedge_in(sentence: str, words: Sequence[str], ws: Sequence[_Word], ex: Sequence[int]) -> str | None:
        if not rules.hedges:
            return None
        if sentence.rstrip().rstrip("»”\"'’").endswith("?"):
            return "?"
        if rules.polarity_verbs and (h := exclusion(words, ws, ex, True)):
            return h  # "we do not exclude that …": a possibility, not a denial
        if h := no_claim(sentence, lg):
            return h
        certain = _negated_doubts(ws)
        return next((h for i, x in enumerate(ws) if i not in certain and (h := x.softener)
                     and not modal_phrase(words, i, lg)), None)

    # the frame's verb ("denied that …", «заперечив») covers all the content; a negated one ("did
    # not deny") asserts nothing
    frame_words = WORD_RE.findall(frame)
    frame_ws = _words(lg, frame_words)
    framed = (frame_words, frame_ws, [i for i, x in enumerate(frame_ws) if x.excluding])
    if rules.hedges and denial_in(*framed, (_QUESTION,)):
        question = True  # "was asked how Russia could say …", «спросил, …»: a question put to someone
    denial = denial_in(*framed, (_DENIAL, _DISMISSAL))
    if denial and negated_cue:
        denial = None
    if denial and rules.admitting_cues and _admits_first(frame_ws):
        denial = None  # "admitted after weeks of denials that …": the cue admits; the denials are what it ends
    denial_verb = bool(denial and denial_in(*framed, (_DENIAL,)))
    admission = None if negated_cue else denial_in(*framed, (_ADMISSION,))
    negs: list[str] = []
    hedge = None
    # each sentence of the content is read on its own: a question or a hedge in one sentence does not
    # take back a flat denial in the next («Вы посмотрите …? Это не были российские военные.»)
    parts = [p for p in re.split(r"(?<=[.!?…])\s+", text) if p.strip()] or [text]
    readings = []
    part_words = []
    for part in parts:
        words = WORD_RE.findall(part)
        ws = _words(lg, words)
        part_words.append((words, ws))
        ex = [i for i, x in enumerate(ws) if x.excluding]
        idle = idle_negations(words, lg, [x.negator for x in ws], [bool(x.lists[_DISMISSAL]) for x in ws],
                              [bool(x.lists[_FEELING]) for x in ws]) if rules.hedges else set()
        if idle:  # "we didn't lie": the dismissal under an idle negation is no denial
            kept = [i for i in range(len(words)) if i not in idle]
            kw, kws = [words[i] for i in kept], [ws[i] for i in kept]
            dismissal = denial_in(kw, kws, [j for j, x in enumerate(kws) if x.excluding], (_DENIAL, _DISMISSAL))
        else:
            dismissal = denial_in(words, ws, ex, (_DENIAL, _DISMISSAL))
        verb = denial_in(words, ws, ex, (_DENIAL,))
        if admission and rules.admitting_cues:
            # "admitted that he lied", «признал, что … оправдал ложь»: the lie is what he admits, no denial
            dismissal = verb = None
        readings.append((negators(words, ws, idle), dismissal, verb, hedge_in(part, words, ws, ex)))
    if question and readings:
        n, d, v, _h = readings[-1]
        readings[-1] = (n, d, v, "?")
    flat = [r for r in readings if (r[0] or r[1]) and not r[3]]
    hedged = [r for r in readings if (r[0] or r[1]) and r[3]]
    if flat:
        negs = [w for r in flat for w in r[0]]
        denial = denial or next((r[1] for r in flat if r[1]), None)
        denial_verb = denial_verb or any(r[2] for r in flat)
    elif hedged and not denial:
        negs = [w for r in hedged for w in r[0]]
        denial = next((r[1] for r in hedged if r[1]), None)
        hedge = hedged[0][3]
    elif not denial:
        # a plain statement is hedged when all its sentences are: a question after a plain sentence
        # («… мы вынуждены начать работу по возврату Крыма. Что было дальше?») takes nothing back
        hedge = readings[0][3] if readings and all(r[3] for r in readings) else None
    elif question:
        hedge = "?"
    if rules.hedges and negated_cue:
        hedge = "not said"  # "did not deny / confirm X": the speaker asserted nothing
    if rules.hedges and negs and not denial and not hedge:
        # a negation of intent ("was not a deliberate strike", «не була навмисним ударом», ``intents.txt``)
        # denies the purpose, not the event
        hedge = next((w.lower() for w, x in zip(toks, _words(lg, toks)) if x.lists[_INTENT]), None)
    # ruling something out ("ruled out quitting the race") speaks of what may yet come, as a promise does;
    # not what it rules out of the past ("excludes that there were attacks")
    ruled_out = bool(denial) and rules.polarity_verbs and not lg.tells_past(toks) and bool(
        exclusion(*framed, False) or any(exclusion(words, ws, [i for i, x in enumerate(ws) if x.excluding], False)
                                         for words, ws in part_words))
    # any negator negates, and so does a denial: Slavic negative concord ("никогда не"), two clauses
    # with "not" each, and "rejected the claims, saying it had no …" are not double negations
    flips = 1 if (negs or denial) else 0
    nums, years = numbers(text, language) if rules.numbers else ((), ())
    # an acronym names what it stands for (``lang/<code>/acronyms.txt``: «КНДР» North Korea, «РФ» Russia)
    acronyms = _acronyms(toks, lg.code)
    spelled = frozenset(k for t in acronyms for w in WORD_RE.findall(acronyms[t]) if len(w) > 2 and (k := skeleton(w)))
    # a country's name in this language names the English one its consonants differ from («Польщі», Poland)
    exonyms = _exonyms(toks, lg)
    spelled |= frozenset(k for t in exonyms for w in WORD_RE.findall(exonyms[t]) if len(w) > 2 and (k := skeleton(w)))
    tws = list(zip(toks, _words(lg, toks)))
    names = frozenset(x.skeleton for t, x in tws if t[:1].isupper() and len(t) > 2 and t not in acronyms)
    names |= spelled
    # a three-letter acronym is a name too ("FTX", «МАУ»)
    skels = frozenset(x.skeleton for t, x in tws
                      if len(t) > 3 or len(t) == 3 and t.isupper() and t.isascii() and t not in acronyms) | spelled
    proper = frozenset(x.skeleton for words, ws in part_words for j, (w, x) in enumerate(zip(words, ws))
                       if len(w) > 2 and w not in acronyms and (x.name_initial if j == 0 else x.name_inner)) - {""}
    proper |= spelled
    vowels = frozenset((x.skeleton, x.vowel) for t, x in tws if (len(t) > 2 and t[:1].isupper() or x.demonym)
                       and x.skeleton and x.vowel)
    return Reading(flips % 2 == 1, tuple(negs), denial, hedge, nums, years, names - {""}, skels - {""},
                   any(x.future for x in _words(lg, _main_words(text, lg))) or ruled_out, denial_verb,
                   admission if not (negs or denial) else None, proper,
                   bool(negs) and _past_negated(toks, [x for _t, x in tws], lg),
                   next((x.modal for _t, x in tws if x.modal), None),
                   frozenset(x.skeleton for _t, x in tws if x.demonym) - {""},
                   (frozenset(x.skeleton for t, x in tws if len(t) > 3 and not (t.isascii() and t[:1].islower()))
                    | spelled) - {""},
                   frozenset(t for t in toks if len(t) > 3 and t.isascii() and t[:1].islower()),
                   lg.tells_past(toks), vowels=vowels,
                   spelled_vowels=frozenset((k, c) for t in toks if len(t) > 3 and not t.isascii() and t[:1].islower()
                                            if (k := skeleton(t)) and (c := vowel_class(t))))


def _acronyms(tokens: Sequence[str], code: str) -> dict[str, str]:
    """The upper-case acronyms among ``tokens`` that the language pack spells out ("DPRK" → north korea)."""
    table = {**_pack_table(languages.LINGUA_FRANCA, "acronyms"), **_pack_table(code, "acronyms")}
    return {t: table[t.lower()] for t in tokens if len(t) >= 2 and t.isupper() and t.lower() in table}


@lru_cache(maxsize=10_000)
def _entity_skeletons(entity: str) -> tuple[str, ...]:
    return tuple(k for w in WORD_RE.findall(entity) if len(w) > 2 and (k := skeleton(w)))


#: the consonants a place name's endings and derivations begin with ("Crimean", «Крымский», «Київського»,
#: «Донецком»): a word going on from a name's skeleton with another one is another word ("Kremlin" is not Crimea)
_ENDING_CONSONANTS = frozenset("nskcvmjzgh")


def _stem_of(word: str, name: str) -> bool:
    """The skeleton ``word`` is the skeleton ``name`` or goes on with an ending's consonants."""
    return word.startswith(name) and all(c in _ENDING_CONSONANTS for c in word[len(name):])


def _shares(entities: Iterable[str], reading: Reading) -> list[str]:
    """The entities (each one or more words) that ``reading`` mentions."""
    found = []
    for e in entities:
        ws = _entity_skeletons(e)
        if any(s[:len(w)] == w[:len(s)] and min(len(s), len(w)) >= 2 for w in ws for s in reading.skeletons):
            found.append(e)
    return found


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x.is_integer() else f"{x:g}"


def _conflict(a: Sequence[float], b: Sequence[float], tolerance: float = 0.1) -> bool:
    """Both give numbers and none of one is within ``tolerance`` of one of the other."""
    if not a or not b:
        return False
    return not any(abs(x - y) <= tolerance * max(abs(x), abs(y), 1) for x in a for y in b)


def decide(st: Reading, other: Reading, sim: float, *, threshold: float, shared: bool | int,
           rules: Rules) -> tuple[str, float] | None:
    """The rule that flags the pair (negation, denial, number, date) and its score, or None.

    ``shared`` is how many of the fact's entities the statement names (True for a pair of
    statements). A denial verb is strong evidence on its own; a bare negator or a word like
    "stupid" is weak, so it needs two shared entities or a close match (``weak_sim``): "Russia
    did not need North Korean troops" shares only "Russia" with "Belarus took part in Russia's
    invasion of Ukraine".
    """
    if sim < threshold or not shared:
        return None
    if rules.embedder_only:
        return "similar", sim
    # a hedge inside a denied report belongs to the report ("called reports that troops could join … stupid")
    if (st.hedge and (st.hedge == "?" or not st.denial)) or other.hedge:
        return None
    if st.negative != other.negative:
        weak_ok = shared is True or shared >= 2 or sim >= rules.weak_sim
        if st.denial and st.denial_verb and sim >= max(threshold, rules.denial_sim) and (
                weak_ok or sim >= rules.denial_strong_sim):
            return "denial", sim
        if st.denial and weak_ok and sim >= max(threshold, rules.denial_sim):
            return "denial", sim
        if weak_ok and sim >= max(threshold, rules.negation_sim):
            return "negation", sim
        return None
    if rules.numbers and sim >= rules.negation_sim and not st.negative:
        if _conflict(st.numbers, other.numbers):
            return "number", sim
        if st.years and other.years and not set(st.years) & set(other.years):
            return "date", sim
    return None


def _reason(rule: str, st: Reading, other: Reading, other_text: str, against: str) -> str:
    if rule == "denial":
        return f"denies it (“{st.denial}”) where {against} records “{_short(other_text)}”"
    if rule == "negation":
        says = "negates it" if st.negative else "asserts it"
        return f"{says} where {against} says the opposite: “{_short(other_text)}”"
    if rule == "number":
        return (f"gives {', '.join(_fmt(x) for x in st.numbers)} where {against} records "
                f"{', '.join(_fmt(x) for x in other.numbers)}: “{_short(other_text)}”")
    if rule == "date":
        return (f"puts it in {', '.join(map(str, st.years))} where {against} records "
                f"{', '.join(map(str, other.years))}: “{_short(other_text)}”")
    return f"is close in meaning to {against}: “{_short(other_text)}”"


#: words after the content, up to the sentence's end, that still belong to its frame ("… as groundless")
CLOSING_WORDS = 3


def _frame(s: Statement, article: Article | None) -> tuple[str, bool, bool]:
    """The cue plus the words between it and the content (≤ 60 chars), whether a ``?`` closes the
    content, and whether a negator stands in the two words before the cue ("did not deny")."""
    text = article.text if article else ""
    frame = " ".join(c.text for c in s.cue)
    negated = False
    if s.cue and text:
        cue_end = max(c.end for c in s.cue)
        if cue_end <= s.start and s.start - cue_end <= 60:
            frame += " " + text[cue_end:s.start]
        cue_start = min(c.start for c in s.cue)
        lg = languages.get(s.language or article.language)
        # only the words before the cue that are not the speaker's own (the content may end there)
        lo = max(cue_start - 30, s.end if s.end <= cue_start else 0)
        # a quote closed between them and the cue («… не существует», – подчеркнул) keeps them the speaker's
        gap = text[lo:cue_start] if lo < cue_start else ""
        gap = gap[max(gap.rfind(q) for q in "»”\"") + 1:]
        before = WORD_RE.findall(gap)[-2:]
        negated = any(lg.has_word(w, "negators") or w.lower().endswith(("n't", "n’t")) for w in before)
    question = "?" in text[s.end:s.end + 3] if text else False
    if text and s.cue and max(c.end for c in s.cue) <= s.start:
        # a few words closing the sentence after the content judge it with the cue ("slammed the
        # suggestion as groundless", «назвал эти сообщения беспочвенными»)
        tail = re.match(r"[^.!?\n«»“”\"]{0,40}(?=[.!?\n]|$)", text[s.end:])
        if tail and 0 < len(WORD_RE.findall(tail.group())) <= CLOSING_WORDS:
            frame += " " + tail.group().strip()
    return frame, question, negated


def speaker_countries(store=None) -> dict[str, tuple[tuple[str, str | None, str | None], ...]]:
    """Person id → (the place a role is "of", its start, its end) for the people of the bundled registry
    and the store: "President of Russia" → Russia, "Press Secretary of the President of Russia" → Russia."""
    from ..resolve.registry import BUNDLED, read_people_file

    people = {p.id: p for p, _m in read_people_file(BUNDLED)}
    if store is not None:
        people.update({p.id: p for p in store.people()})
    out = {}
    for pid, p in people.items():
        spans = tuple((m.group(1).strip(), r.start, r.end) for r in p.roles
                      if (m := re.search(r".*\bof (?:the )?([A-Z][\w'’ -]+)$", r.title or "")))
        if spans:
            out[pid] = spans
    return out


def _speaks_for(s: Statement, article: Article | None, countries) -> str | None:
    """The place the speaker's role at the time is "of", when his words say "we" or "our" («наши
    военнослужащие», "Our military personnel"): an official's "we" is his state."""
    spans = countries.get(s.person_id or "") if countries else None
    if not spans:
        return None
    lg = languages.get(s.language or (article.language if article else None))
    if not any(lg.has_word(w, "first_plural") for w in WORD_RE.findall(s.text)):
        return None
    day = ((article.published if article else None) or "")[:10]
    held = [c for c, start, end in spans if not day or ((start or "") <= day and (not end or day <= end))]
    return held[0] if len(set(held)) == 1 else None


def _negated_we(s: Statement) -> bool:
    """A negator right before "we" / "our" ("it was not our rocket", «это не мы», «не наша ракета»):
    the denial is of the speaker's side as the doer, so his "we" is his state even in a denial."""
    lg = languages.get(s.language)
    words = WORD_RE.findall(s.text)
    return any(lg.has_word(w, "first_plural") and (lg.has_word(words[i - 1], "negators")
                                                   or words[i - 1].lower().endswith(("n't", "n’t")))
               for i, w in enumerate(words) if i)


def reading_of(s: Statement, article: Article | None, rules: Rules = Rules(), countries=None) -> Reading:
    r = _reading_of(s, article, rules)
    # only in an account of what happened ("Our military personnel stood behind …"): in a denial, "we"
    # is as often the speaker's side of a debate («Мы по-прежнему настаиваем: мы не совершаем …»)
    place = _speaks_for(s, article, countries) if (
        rules.we_speak_for and not r.future and (not r.negative and not r.denial or _negated_we(s))) else None
    if place:
        ks = frozenset(k for w in WORD_RE.findall(place) if len(w) > 2 and (k := skeleton(w)))
        r = replace(r, names=r.names | ks, proper=r.proper | ks, skeletons=r.skeletons | ks)
    return r


def _reading_of(s: Statement, article: Article | None, rules: Rules = Rules()) -> Reading:
    """``_read_statement``, kept for the run (``memo.one_run``): a run reads one statement in several checks
    (unnamed denials, continuations, facts, the speaker's record)."""
    readings = memo("readings")
    if readings is None:
        return _read_statement(s, article, rules)
    key = (s.id, s.content, s.cue, s.language, article and (article.id, article.language, hash(article.text)), rules)
    r = readings.get(key)
    if r is None:
        r = readings[key] = _read_statement(s, article, rules)
    return r


def _read_statement(s: Statement, article: Article | None, rules: Rules) -> Reading:
    frame, question, negated = _frame(s, article)
    language = s.language or (article.language if article else None)
    lg = languages.get(language)
    if negated and rules.negated_intentions and rules.negation and any(
            lg.has_word(w, "future") for c in s.cue for w in WORD_RE.findall(c.text)):
        # a negated cue of intention ("Russia is not planning an attack on Ukraine") negates what is
        # intended, where a negated cue of saying ("did not confirm") asserts nothing
        r = read(s.text, language, frame=frame, question=question, rules=rules)
        return replace(r, negative=not r.negative, negators=(*r.negators, "not"), future=True, admission=None,
                       closest_only=True)
    r = read(s.text, language, frame=frame, question=question, negated_cue=negated, rules=rules)
    if rules.hedges and r.denial_verb and s.cue and article and (
            had := recalled(article.text, min(c.start for c in s.cue), lg)):
        r = replace(r, denial=None, denial_verb=False, hedge=had)
    return r


def _unbodied(s: Statement) -> Statement:
    """A statement as the checks read it: an institution's words (``person_kind``) keep no identity, as
    before institutions were resolved; their record and main-speaker roles are left for later."""
    return replace(s, person_id=None, person_name=None) if s.person_kind == "institution" else s


def speaker_key(s: Statement) -> str | None:
    """Whose record a statement belongs to: the resolved person, else the named speaker's surname."""
    if s.person_id:
        return s.person_id
    words = WORD_RE.findall(s.speaker_name or "")
    return f"name:{skeleton(words[-1])}" if words and words[-1][:1].isupper() else None


_OPEN_QUOTES = "\"«“„‘'‹"


def _quoted(s: Statement, article: Article | None) -> bool:
    """The statement is a direct quote: its words open with a quotation mark, one stands right before
    them, or they continue a quotation opened earlier in the paragraph and not yet closed
    («В Минобороны, связи с которым у меня отсутствуют, я не могу …»)."""
    if s.text.lstrip()[:1] in _OPEN_QUOTES:
        return True
    if not article:
        return False
    before = article.text[max(0, s.start - 300):s.start]
    before = before[before.rfind("\n") + 1:]
    if any(c in _OPEN_QUOTES for c in before[-2:]):
        return True
    return (before.rfind("«") > before.rfind("»") or before.rfind("“") > before.rfind("”")
            or before.count('"') % 2 == 1)


def _demonym(name: str, language: str | None) -> bool:
    """A speaker found as one adjective of place ("Russian", «російський»): a word of the outlet's
    sentence, not who spoke."""
    words = WORD_RE.findall(name)
    return len(words) == 1 and languages.get(language).is_demonym(words[0])


def inherit_speakers(statements: Sequence[Statement], articles: Mapping[str, Article]) -> list[Statement]:
    """The statements, with a direct quote that has no speaker (or only an adjective of place) given
    the article's main speaker:
    the one known person its headline names («Пригожин: Я не могу …»), else the one person the
    article's other statements were resolved to. Only for checking: the store keeps what extraction
    found. A reported clause without quotes (the report he dismissed) inherits nobody."""
    known: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    by_article: dict[str, set[str]] = {}
    for s in statements:
        if s.person_id and s.person_name:
            words = WORD_RE.findall(s.person_name)
            k = skeleton(words[-1]) if words else ""
            if len(k) >= 3:
                if known.get(k, (s.person_id,))[0] != s.person_id:
                    ambiguous.add(k)
                known[k] = (s.person_id, s.person_name)
            by_article.setdefault(s.article_id, set()).add(s.person_id)
    names = {pid: name for pid, name in known.values()}
    out = []
    for s in statements:
        a = articles.get(s.article_id)
        if s.person_id or (s.speaker_name and not _demonym(s.speaker_name, s.language)) or a is None or not _quoted(s, a):
            out.append(s)
            continue
        titled = {known[k] for w in WORD_RE.findall(a.title or "") if w[:1].isupper()
                  and (k := skeleton(w)) in known and k not in ambiguous}
        pid = main_speaker({p for p, _n in titled} or by_article.get(s.article_id, set()), share=1.0)
        if pid is not None:
            s = replace(s, person_id=pid, person_name=names.get(pid) or dict(titled).get(pid))
        out.append(s)
    return out


#: a denial of at most this many words that refers back ("There are no such plans") takes its topic from the context
REFERRING_WORDS = 8
#: a dismissal answering what was said before stands among this many first words with a word pointing back
ANSWER_WORDS = 4
#: … and a denial whose words are only a noun of speech ("the suggestion", «эти сообщения»)
NAMED_REPORT_WORDS = 3


def referent_context(s: Statement, article: Article | None, *, own: bool = True, unnamed: bool = False,
                     reports: bool = True) -> str | None:
    """The sentence before a short denial that refers back to it, with the denial's own sentence
    ("… invasion plans? “There are no such plans,” he said"; «Нет, этого в планах нет», — сказал
    Песков, отвечая на вопрос о мобилизации), else None. With ``unnamed`` (the caller found that the
    denial names none of the facts' entities, and its speaker is none of them: "He denied that more
    drones had been supplied since the invasion"), any denial is read so. Its topic, not its polarity, is read there:
    the denial is the speaker's words; what they refer to is named by the question or the outlet."""
    if article is None or not article.text:
        return None
    lg = languages.get(s.language or article.language)
    words = WORD_RE.findall(s.text)
    if not words:
        return None
    # a denial of a report named by a bare noun ("slammed the suggestion as groundless"): what it
    # denies is the report the outlet told before
    bare = len(words) <= NAMED_REPORT_WORDS and any(lg.noun_class(w) for w in words) and bool(
        read(s.text, s.language or article.language, frame=_frame(s, article)[0]).denial)
    # a quote that opens with one word calling something false ("“Nonsense. Knowing his character, …”")
    # answers what was said before it
    first = WORD_RE.findall(re.split(r"(?<=[.!?…])\s+", s.text.strip(), maxsplit=1)[0])
    answer = len(first) == 1 and len(words) > 1 and bool(lg.has_word(first[0], "dismissals"))
    if reports and not answer:
        # … or with a word pointing back and a dismissal among its first words: "This is a lie and nobody will
        # claim responsibility", «Это ложь, и никто не возьмет …», «Це брехня»
        # naming nothing of its own («Такой же фейк и в Буче» names its place)
        head = words[:ANSWER_WORDS]
        answer = any(lg.has_word(w, "anaphors") for w in head) and any(
            lg.has_word(w, "dismissals") for w in head) and not (
            (own_words := read(s.text, s.language or article.language)).proper or own_words.adjectives)
    own = own and not (bare or answer) and own_denial(s.text, lg) and bool(article.title)
    if not (bare or answer or own or unnamed):
        if len(words) > REFERRING_WORDS or not any(lg.has_word(w, "anaphors") for w in words):
            return None
        if not any(lg.has_word(w, "negators") or w.lower().endswith(("n't", "n’t")) for w in words):
            return None
    sents = lg.sentences(article.text)
    i = next((k for k, x in enumerate(sents) if x.start <= s.start < x.end), None)
    if i is None:
        return None
    prev = article.title if own else sents[i - 1].text if i > 0 else (article.title or "")
    if bare:
        # the report is what the outlet said of the same noun before: "denied suggestions that Russia
        # is planning to invade Ukraine, after …" → "that Russia is planning to invade Ukraine"
        nouns = {lem for w in words if lg.noun_class(w) for lem in lg.lemmas(w)}
        told = f"{prev} {article.text[sents[i].start:s.start]}"
        said = [m for m in WORD_RE.finditer(told) if lg.lemmas(m.group()) & nouns]
        clause = re.split(r"[,.;:!?]", told[said[-1].end():], maxsplit=1)[0] if said else ""
        if len(WORD_RE.findall(clause)) >= 3:
            return clause.strip()[:MAX_CONTEXT]
        # not in the sentence before: the headline or the lead told it («обвиняется в использовании допинга»)
        if not reports:
            return None
        nouns = [w for w in words if lg.noun_class(w)]
        # an accusation the outlet never retold ("these baseless allegations") is what its story reports
        return told_report(nouns, f"{article.title or ''}\n{article.text[:s.start]}", lg) or (lead(
            article.title, article.text[:s.start], lg) if any(lg.has_word(w, "accusations") for w in nouns) else None)
    return f"{prev} {sents[i].text}"[:MAX_CONTEXT]


MAX_CONTEXT = 1000


def _unnamed_denial(s: Statement, article: Article | None, facts: Sequence[Fact], rules: Rules) -> bool:
    """A denial by a verb ("denied that …", no hedge or modal) that names no entity of any fact, nor any
    other name, by a speaker who is no fact's entity: only its context says what it denies. A bare
    negator is left alone ("We will not back down" names nothing because it denies nothing of theirs)."""
    r = _reading_of(s, article, rules)
    if not r.denial or r.hedge or r.modal or r.proper or r.adjectives:
        return False
    speaker = s.person_name or s.speaker_name or ""
    return not any(_names(e, r) or speaker and _same_name(e, speaker) for f in facts for e in f.entities)


def _open_at_comma(text: str, lg) -> bool:
    """The words stop at a comma with their sentence still open: after a clause a relative pronoun
    opens («что ракета, которой … был сбит малайзийский Boeing,») or on a word pointing forward
    («… докази того,», «про те,»), per ``relatives.txt`` and ``cataphors.txt``."""
    body = text.rstrip()
    if not body.endswith(","):
        return False
    clauses = body[:-1].split(",")
    words = WORD_RE.findall(clauses[-1])
    if not words:
        return False
    return bool(lg.has_word(words[-1], "cataphors")) or (
        len(clauses) > 1 and any(lg.has_word(w, "relatives") for w in words[:2]))


def continuation_contexts(statements: Sequence[Statement]) -> dict[str, str]:
    """Statement id → its words joined with the next statement of the same cue, for a statement
    whose words stop at a comma where extraction cut one sentence in two and its sentence is still
    open (``_open_at_comma``): «… надали слідству вичерпні докази того,» + «що Боїнг був збитий з
    українського Бука»; «что ракета, которой … был сбит малайзийский Boeing,» + «якобы была на
    вооружении в украинской военной части». What the sentence is about is read on the whole (its
    names and vector); the polarity stays the statement's own. A full clause cut at a comma
    («Резервисты и срочники не будут участвовать …,») keeps its own words: joined, the next clause's
    topic would pull it to other facts."""
    by_cue: dict[tuple, list[Statement]] = {}
    for s in statements:
        if s.cue and s.content:
            by_cue.setdefault((s.article_id, tuple((c.start, c.end) for c in s.cue)), []).append(s)
    out: dict[str, str] = {}
    for group in by_cue.values():
        group.sort(key=lambda x: x.start)
        for s, n in zip(group, group[1:]):
            if 0 <= n.start - s.end <= 3 and _open_at_comma(s.text, languages.get(s.language)):
                out[s.id] = f"{s.text.rstrip()} {n.text}"[:MAX_CONTEXT]
    return out


def context_vectors(contexts: Mapping[str, str], embedder: Embedder, store=None) -> dict[str, np.ndarray]:
    """Vectors of the referring denials' contexts by statement id, cached under ``ctx:<id>``."""
    from ..align.embed import from_bytes, to_bytes

    # keyed by the text too: one statement's context may change with the rules or a re-extraction
    keys = {sid: f"ctx:{sid}:{hashlib.sha1(contexts[sid].encode()).hexdigest()[:12]}" for sid in contexts}
    cached = ({k: from_bytes(v) for k, v in store.embeddings(list(keys.values()), embedder.name).items()}
              if store is not None and contexts else {})
    missing = [sid for sid in contexts if keys[sid] not in cached]
    if missing:
        vecs = embedder.embed([contexts[sid] for sid in missing])
        cached.update({keys[sid]: v for sid, v in zip(missing, vecs)})
        if store is not None:
            store.put_embeddings((keys[sid], embedder.name, to_bytes(v)) for sid, v in zip(missing, vecs))
    return {sid: cached[keys[sid]] for sid in contexts}


def hub_offsets(fact_vectors: Mapping[str, np.ndarray], reference: Sequence[np.ndarray], *,
                minimum: int = 50, lift_only: bool = True) -> dict[str, float]:
    """How much closer each fact is to statements in general than the median fact is (its
    "hubness"): a fact about troops and Ukraine sits near every remark on the war, one about MH17
    near few. Subtracted from a cosine, it puts all facts on one scale; empty with fewer than
    ``minimum`` reference statements (a single fact, or a small store, keeps raw cosines)."""
    if len(reference) < minimum or len(fact_vectors) < 2:
        return {}
    ids = sorted(fact_vectors)
    hub = (np.stack(reference) @ np.stack([fact_vectors[i] for i in ids]).T).mean(axis=0)
    mid = float(np.median(hub))
    return {i: min(0.0, float(h) - mid) if lift_only else float(h) - mid for i, h in zip(ids, hub)}


def _sim(s: Statement, f: Fact, vectors, fact_vectors, offsets: Mapping[str, float] | None) -> float:
    return float(np.dot(vectors[s.id], fact_vectors[f.id])) - ((offsets or {}).get(f.id, 0.0))


def _candidates(s: Statement, r: Reading, facts: Sequence[Fact], vectors, fact_vectors,
                rules: Rules, offsets: Mapping[str, float] | None = None) -> list[tuple[float, Fact, int]]:
    """The facts a statement is about: those whose entities it names (or whose entity is its
    speaker), within ``fact_margin`` of the closest one, best first."""
    speaker = s.person_name or s.speaker_name or ""
    cands = []
    for f in facts:
        if f.id not in fact_vectors:
            continue
        named = {*_shares(f.entities, r), *(e for e in f.entities if speaker and _same_name(e, speaker))}
        if f.entities and not named:
            continue
        cands.append((_sim(s, f, vectors, fact_vectors, offsets), f, len(named) if f.entities else 2))
    if not cands:
        return []
    if rules.specific:
        keep = _specific(r, facts)
        cands = [c for c in cands if keep is None or c[1].id in keep] or cands
    top = max(c[0] for c in cands)
    return [c for c in sorted(cands, key=lambda c: -c[0]) if c[0] >= top - rules.fact_margin]


def _names(entity: str, r: Reading) -> bool:
    """The statement names ``entity`` outright: as a name or an adjective of place that begins with
    it («украинских» for Ukraine), or a common word that spells all of it ("course" is not Kherson)."""
    ws = _entity_skeletons(entity)
    if any(len(w) <= SHORT_SKELETON for w in ws):
        classes = {w: vowel_class(x) for x in WORD_RE.findall(entity) if len(x) > 2 and (w := skeleton(x))}

        def vowel_ok(p: str, w: str) -> bool:
            if len(w) > SHORT_SKELETON or not classes.get(w):
                return True
            seen = {c for k, c in r.vowels if k == p}
            return not seen or classes[w] in seen
    else:
        def vowel_ok(p: str, w: str) -> bool:
            return True
    def spelled_ok(k: str) -> bool:  # the lower-case word's first vowel is the name's kind: «крушение» is no Kherson
        seen = {c for kk, c in r.spelled_vowels if kk == k}
        own = vowel_class(entity)
        return not seen or not own or own in seen

    # a lower-case word spelling all of a one-word name («росії» in outlets that write it so); a
    # word of a longer name may be a common noun ("Group" is not «групи» of the Wagner Group)
    # English writes names with a capital: its lower-case word must spell the name's first letters
    # ("back" is not Bucha), while «росії» spells Russia in another script
    return any(_stem_of(p, w) and len(w) >= 2 and vowel_ok(p, w) for p in (*r.proper, *r.adjectives) for w in ws) or (
        len(ws) == 1 and any(k == ws[0] and len(k) >= 2 and vowel_ok(k, k) and spelled_ok(k) for k in r.spellings)
        or len(ws) == 1 and any(
            skeleton(w) == ws[0] and w.startswith(latin(entity).lower()[:4]) for w in r.latin_lower))


def _longest(named: Iterable[str]) -> list[str]:
    """The named entities less those another one's longer name contains: "Kramatorsk" (krmt) also
    reads as Crimea (krm), "Crimean" (krm) as Korea (kr); the longer name wins."""
    named = list(named)
    return [e for e in named if not any(
        k2 != k and k2.startswith(k) for k in _entity_skeletons(e) for o in named if o != e
        for k2 in _entity_skeletons(o))]


def _specific(r: Reading, facts: Sequence[Fact]) -> set[str] | None:
    """The facts that share with the statement one of the rarer entities it names (in at most a
    quarter of four or more facts: Kramatorsk, not Russia), or None when it names none: "the Russian armed
    forces had no missions in Kramatorsk" is about the strike on Kramatorsk, not about Crimea."""
    if len(facts) < 4:
        return None  # with a few facts every entity is rare: rarity says nothing
    df: dict[str, int] = {}
    for f in facts:
        for e in set(f.entities):
            df[e] = df.get(e, 0) + 1
    named = set(_longest(e for e in df if _names(e, r)))
    rare = {e for e in named if df[e] <= max(1, len(facts) // 4)}
    if not rare:
        return None
    return {f.id for f in facts if rare & set(f.entities)}


@lru_cache(maxsize=10_000)
def _agent(text: str, entities: tuple[str, ...],
           language: str | None = "en") -> tuple[str | None, frozenset[str], frozenset[str]]:
    """(the entity the fact says did it, the entities its sentence names, those it names as the place
    of the event). The agent is the one after
    a passive "by" ("was hit by a Russian missile"), else the first one named outside a
    prepositional phrase ("Russian forces killed civilians in Bucha")."""
    toks = WORD_RE.findall(text)
    first: dict[str, int] = {}
    for e in entities:
        ws = _entity_skeletons(e)
        for i, t in enumerate(toks):
            k = skeleton(t)
            if len(t) > 2 and any(_skel_match(k, w) for w in ws):
                first[e] = i
                break
    lower = [t.lower() for t in toks]
    lg = languages.get(language)
    by = max((i for i, t in enumerate(lower) if t in lg.word_list("agent_markers")), default=-1)
    # a place the event happened in ("over eastern Ukraine", "in Bucha")
    prepositions, locatives = lg.word_list("prepositions"), lg.word_list("locatives")
    places = frozenset(e for e, i in first.items() if set(lower[max(0, i - 2):i]) & locatives)
    # the doer after "by" even when its name came before as an attribute ("killed inside the Saudi consulate …
    # by a team of Saudi agents")
    after_by = sorted((i, e) for e in first if by >= 0 for i in [next(
        (j for j, t in enumerate(toks) if j > by and len(t) > 2 and any(
            _skel_match(skeleton(t), w) for w in _entity_skeletons(e))), -1)] if i > by)
    if after_by:
        return after_by[0][1], frozenset(first), places - {after_by[0][1]}
    free = sorted((i, e) for e, i in first.items() if i == 0 or lower[i - 1] not in prepositions)
    return (free[0][1] if free else None), frozenset(first), places


def alternative_agent(r: Reading, f: Fact, actors: Iterable[str]) -> str | None:
    """An actor the statement makes the doer of the fact's event in place of the fact's agent: it
    names one of the analyst's ``actors`` that the fact's sentence does not involve, and not the
    fact's agent ("the hospital was hit by a Ukrainian air-defence missile" against "… hit by a
    Russian Kh-101"). None when the fact names no agent."""
    agent, named, places = _agent(f.text, tuple(f.entities), f.language)
    if agent is None or _shares((agent,), r):
        return None
    # an actor whose name is part of one the fact names is its attribute, not a doer: "the Ukrainian plane" is
    # "Ukraine International Airlines flight PS752"
    within = {e for e in actors for o in f.entities if o != e and set(_entity_skeletons(e)) < set(_entity_skeletons(o))}
    found = next((e for e in _longest(sorted(e for e in actors if _names(e, r)))
                  if e not in named and e != agent and e not in within), None)
    # the fact's place is the doer only as an adjective: "a Ukrainian Buk", not "in Bucha"
    return found or next((e for e in sorted(places) if any(
        _stem_of(a, w) and len(w) >= 2 for a in r.adjectives for w in _entity_skeletons(e))), None)


def _fact_skeletons(f: Fact, s: Statement) -> list[str]:
    """Skeletons of the fact's entities and of the speaker's name (names that are not "other")."""
    words = [w for e in f.entities for w in WORD_RE.findall(e)]
    words += WORD_RE.findall(s.person_name or s.speaker_name or "")
    return [k for w in words if len(w) > 2 and (k := skeleton(w))]


def against_facts(statements: Sequence[Statement], articles: Mapping[str, Article], facts: Sequence[Fact],
                  vectors: Mapping[str, np.ndarray], fact_vectors: Mapping[str, np.ndarray], *,
                  rules: Rules = Rules(), tick=None, offsets: Mapping[str, float] | None = None,
                  contexts: Mapping[str, str] | None = None, countries=None) -> list[Contradiction]:
    """Flags of ``statements`` against the facts they are about (``tick(1)`` after each statement).

    ``contexts``: a short denial that refers back ("There are no such plans") names what its context
    names (``referent_context``); its vector in ``vectors`` is then the context's.

    A statement is read against every fact within ``fact_margin`` of the closest one among those
    it names (a denial of one event is close to every fact on its topic, and the closest is not
    always the one denied); a number or a year only against the closest. A statement made before
    the fact's date contradicts it only as a promise ("will not", «не будет»): "no recognition so
    far" was true when said.
    """
    out: list[Contradiction] = []
    if not facts:
        return out
    # a fact records what happened: it is read as an assertion whatever its wording ("did not leave … and
    # took part"), so only its numbers, years and names are read from it
    fact_reads = {f.id: replace(read(f.text, f.language, rules=rules), negative=False, hedge=None) for f in facts}
    # the analyst's actors and places; a person is no alternative to a state ("Putin withdrew the troops")
    persons = {s.person_name for s in statements if s.person_name}
    actors = sorted({e for f in facts for e in f.entities} - {e for f in facts for e in f.entities
                                                               if any(_same_name(e, p) for p in persons)})
    answers = _answered_no(statements, articles) if rules.hedges else {}
    fact_events = ({f.id: antonyms.fact_events(f.text, languages.get(f.language)) for f in facts}
                   if rules.antonyms else {})
    # a fact naming both sides ("which killed more than 50 civilians, was carried out by Russian forces"): no opposite
    fact_opposites = {f.id: frozenset(antonyms.opposed(f.text, languages.get(f.language))) for f in facts}
    for s in statements:
        if tick is not None:
            tick(1)
        if s.id not in vectors:
            continue
        r = reading_of(s, articles.get(s.article_id), rules, countries)
        timed_by_context = False
        if contexts and s.id in contexts:
            c = read(contexts[s.id], s.language, rules=rules)
            r = replace(r, names=r.names | c.names, skeletons=r.skeletons | c.skeletons, proper=r.proper | c.proper,
                        adjectives=r.adjectives | c.adjectives, vowels=r.vowels | c.vowels)
            if rules.own_denials and own_denial(s.text, languages.get(s.language)):
                # the speaker's own course in the present ("I'm not leaving", «Я не ухожу») is what he will
                # do; the headline names its topic, not which of the topic's facts: the closest only
                r = replace(r, future=r.future or not (r.past or r.past_negated), closest_only=True)
            elif len(WORD_RE.findall(s.text)) <= NAMED_REPORT_WORDS:
                # words with no verb ("the suggestion") take the time of what they refer to, a plan
                # ("is planning to invade") or what happened
                r = replace(r, future=c.future, past=c.past, past_negated=c.past_negated)
                timed_by_context = True
        if s.id in answers and r.hedge == "?" and not r.negative:
            # "Were these Russian soldiers? No, …": the speaker answers his own question, denying it
            r = replace(r, negative=True, negators=(answers[s.id],), hedge=None, future=False)
        day = _day(s, articles)
        flagged: set[str] = set()
        rare = _specific(r, facts) if rules.specific else None
        past_used = own_used = False
        speaker = s.person_name or s.speaker_name or ""
        cands = _candidates(s, r, facts, vectors, fact_vectors, rules, offsets)
        plain = r
        opposite = (antonyms.opposed(s.text, languages.get(s.language))
                    if rules.antonyms and not rules.embedder_only and not (r.negative or r.denial) else {})
        if opposite:
            # "Russian military officers said they were civilians" names both sides: no opposite
            opposite = {k: w for k, w in opposite.items()
                        if k not in antonyms.fact_events(s.text, languages.get(s.language))}
        for i, (sim, f, named) in enumerate(cands):
            r, state = plain, False
            if hit := sorted(k for k in opposite.keys() & fact_events.get(f.id, frozenset())
                             - fact_opposites.get(f.id, frozenset()) if not (k in antonyms.STATES and plain.past)):
                # a state is claimed in the present ("FTX is fine"); in a past account ("removed his “assets are
                # fine” thread") the word is quoted, not claimed
                # "I'm staying in the race" against "… withdrew from the race": the opposite of its event, read
                # as a negation of it; staying speaks of what is to come, and of the closest fact only
                state = hit[0] in antonyms.STATES
                r = replace(plain, negative=True, negators=(opposite[hit[0]],), closest_only=True,
                            future=False if state else plain.future or not plain.past)
            if (rules.pledges and not rules.embedder_only and sim >= rules.fact_sim and speaker
                    and (not day or not f.date or day < f.date[:10])
                    and any(_same_name(e, speaker) for e in f.entities) and (word := pledge(
                        s.text, languages.get(s.language), negative=plain.negative, future=plain.future,
                        hedged=bool(plain.hedge or plain.denial), fact_events=fact_events.get(f.id, frozenset())))):
                # "I will not resign" by the one the fact records resigning, before it: the event word ties it
                # to the fact
                flagged.add(f.id)
                out.append(Contradiction(s.id, "fact", f.id, f"pledged against it (“{word}”) before fact {f.id} "
                                         f"records “{_short(f.text)}”", round(sim, 3), "pledge", f.version))
                continue
            if not rules.embedder_only and day and f.date:
                # the statement must speak of the fact's time: before it, only a promise can break it
                # ("no mobilisation will follow"); after it, a promise speaks of later ("our troops
                # will not take part" is not a denial of a 2022 invasion)
                before = day < (fact_start(f) if hit and state else f.date[:10])
                if before and not r.future and (r.past or r.past_negated or r.denial) and (
                        first := min(fact_reads[f.id].years, default=None)) and f"{first}-12-31" < day:
                    # a fact recording an earlier event too ("fined in April 2022 for … a gathering on 19 June
                    # 2020"): a denial or an account of the past made between the two speaks of the earlier one
                    before = False
                # after the fact, a negated past or a word calling it false ("staged", «фейк») speaks
                # of what happened, whatever else the statement promises
                # (a report of a plan that it calls false speaks of the plan)
                if before != r.future and not (not before and (r.past_negated or r.denial and not (
                        timed_by_context and r.future))):
                    continue
            if rules.for_now and r.negative and day and f.date and day <= f.date[:10] and for_now(
                    s.text, languages.get(s.language)):
                continue  # "has not yet left Ukraine", said the day the fact records him leaving: true when said
            # one shared entity is enough evidence when the statement names nothing else: "Russia did
            # not need North Korean troops" is about North Korea, not "Belarus took part in the invasion"
            if r.denial_verb and speaker and own_act(s.text, languages.get(s.language)) and not any(
                    _same_name(e, speaker) for e in f.entities):
                continue  # "denies that he advised Khashoggi to go to the consulate": his own part, not the killing
            others = [p for p in r.proper if not any(_skel_match(p, e) for e in _fact_skeletons(f, s))]
            # naming the fact's rare entity (Bucha, Kramatorsk) says what it is about as well as two
            # common ones do, whatever other names it has («инсценировку в Буче под Киевом»)
            strong = not others or named >= 2 or (rare is not None and f.id in rare)
            if named < 2 and not _shares(f.entities, r):
                # only its speaker is the fact's: a bare negation naming nothing ("following the status quo was
                # simply not an option", said by the minister the fact dismisses) needs a close match
                strong = False
            got = decide(r, fact_reads[f.id], sim, threshold=rules.fact_sim,
                         shared=2 if strong and named < 2 else named, rules=rules)
            # a number or a year is read against the closest fact only, and one naming two of its
            # entities: "the missile was made in 1986" is no date of the 2014 downing
            if got and got[0] in ("number", "date") and (i > 0 or named < 2):
                got = None
            if got and r.closest_only and i > 0:
                got = None
            if (not got and not past_used and rules.past_denial_sim <= sim and r.past_negated and r.negative
                    and not r.hedge and not r.modal and not (day and f.date and day < f.date[:10])
                    and _asserts(r, f, facts)):
                # "Russia did not attack Ukraine": a negated past naming the fact's agent and what it
                # did it to denies the event, at the cosine of its topic (the first such fact only)
                got, past_used = ("negation", sim), True
            if (not got and not own_used and rules.own_negation_sim <= sim and r.negative and not r.hedge
                    and not r.modal and speaker and _same_name(_agent(f.text, tuple(f.entities), f.language)[0] or "", speaker)
                    and all(o is f or sim - o_sim >= rules.own_negation_margin for o_sim, o, _n in cands)):
                # a speaker's flat negation of the closest fact about himself ("the PMC, which does not
                # exist", said by its founder): his own words on his own act
                got = ("negation", sim)
            if not rules.embedder_only:
                own_used = True  # only the closest fact of its time
            if got:
                rule, score = got
                flagged.add(f.id)
                out.append(Contradiction(s.id, "fact", f.id,
                                         _reason(rule, r, fact_reads[f.id], f.text, f"fact {f.id}"),
                                         round(score, 3), rule, f.version))
        if rules.exclusive_sim <= 1 and not flagged and not rules.embedder_only:
            got_x = _exclusive(s, r, day, cands)
            if got_x is not None and got_x[0] >= rules.exclusive_sim:
                sim, f, word = got_x
                flagged.add(f.id)
                out.append(Contradiction(s.id, "fact", f.id,
                                         f"restricts it to what it names (“{word}”) where fact {f.id} records "
                                         f"“{_short(f.text)}”", round(sim, 3), "exclusive", f.version))
        r = plain
        alt = _alternative(s, r, day, facts, vectors, fact_vectors, actors, rules, offsets)
        if alt and alt[1].id not in flagged:
            sim, f, who, agent = alt
            out.append(Contradiction(s.id, "fact", f.id,
                                     f"makes {who} the doer where fact {f.id} records {agent}: “{_short(f.text)}”",
                                     round(sim, 3), "alternative", f.version))
    return out


def _exclusive(s: Statement, r: Reading, day: str, cands) -> tuple[float, Fact, str] | None:
    """(cosine, fact, the particle) when a plain account of the event of the closest fact of its time,
    naming the fact's doer, restricts it with an exclusive particle ("the night attack of Russia on
    Kyiv was aimed only at military objects", ``exclusives.txt``): it denies the rest of what the fact
    records (residential buildings hit)."""
    if r.negative or r.hedge or r.modal or r.future or r.admission:
        return None
    lg = languages.get(s.language)
    word = next((w for w in WORD_RE.findall(s.text) if lg.has_word(w, "exclusives")), None)
    if word is None:
        return None
    for sim, f, _n in cands:
        if day and f.date and day < f.date[:10]:
            continue
        agent = _agent(f.text, tuple(f.entities), f.language)[0]
        # what it restricts the event to is not what the fact records ("located exclusively on Russian
        # territory" agrees with "sent to Russia")
        rest = read(s.text[s.text.find(word) + len(word):], s.language)
        if any(_names(e, rest) for e in f.entities):
            return None
        return (sim, f, word) if agent and _names(agent, r) else None
    return None


def _asserts(r: Reading, f: Fact, facts: Sequence[Fact]) -> bool:
    """A plain statement close to ``f`` asserts it when its own words name the fact's agent, two of
    its entities, and its rarest one if it has one: "Russian servicemen acted in Crimea" asserts
    "Russian servicemen … seized Crimea"; "Russian strikes hit military targets in Ukraine" asserts
    nothing about Kramatorsk."""
    agent = _agent(f.text, tuple(f.entities), f.language)[0]
    named = {e for e in f.entities if _names(e, r)}
    if len(named) < 2 or (agent is not None and agent not in named):
        return False
    df = {e: sum(e in g.entities for g in facts) for e in f.entities}
    rare = {e for e, n in df.items() if n <= max(1, len(facts) // 4)}
    return not rare or bool(rare & named)


def _answered_no(statements: Sequence[Statement], articles: Mapping[str, Article]) -> dict[str, str]:
    """Questions the same speaker answers at once with a bare "No" («Нет», «Ні»): statement id → the word."""
    by_article: dict[str, list[Statement]] = {}
    for s in statements:
        by_article.setdefault(s.article_id, []).append(s)
    out: dict[str, str] = {}
    for aid, group in by_article.items():
        a = articles.get(aid)
        if a is None:
            continue
        group.sort(key=lambda x: x.start)
        for q, n in zip(group, group[1:]):
            between = a.text[q.end:n.start]
            words = WORD_RE.findall(n.text)
            if (speaker_key(q) != speaker_key(n) or len(between) > 6 or not words
                    or not q.text.rstrip().rstrip("»”\"'’").endswith("?")):
                continue
            lg = languages.get(n.language or a.language)
            if lg.has_word(words[0], "negators") and re.match(r"\W*\w+\s*[,.!—–-]", n.text):
                out[q.id] = words[0].lower()
    return out


def _alternative(s: Statement, r: Reading, day: str, facts: Sequence[Fact], vectors, fact_vectors,
                 actors: Sequence[str], rules: Rules,
                 offsets: Mapping[str, float] | None = None) -> tuple[float, Fact, str, str] | None:
    """(cosine, fact, the other actor, the fact's agent) when the statement is a plain account of the
    event of the fact closest to it (of those of its time) with another actor as its doer."""
    subject = blamed(s.text, s.language) if rules.blame else None
    blame = read(subject, s.language, rules=rules) if subject else None
    if blame is not None:
        # "X should have never started it": an account of what happened with X as its doer
        r = replace(r, negative=False, hedge=None, modal=None, future=False, past=True)
    if (rules.embedder_only or not rules.negation or r.negative or r.hedge or r.future
            or r.admission or r.modal or rules.alternative_sim > 1):
        return None
    keep = _specific(r, facts) if rules.specific else None
    ranked = sorted(((_sim(s, f, vectors, fact_vectors, offsets), f) for f in facts
                     if f.id in fact_vectors and (keep is None or f.id in keep)
                     # whom it blames is a party to the event: a fact naming none of its names is another one
                     and (blame is None or _shares(f.entities, r))),
                    key=lambda c: -c[0])
    for sim, f in ranked:
        if day and f.date and day < f.date[:10]:
            continue  # an account of an event that had not happened yet is not one of it
        # naming none of the fact's entities, it must be closer to be an account of its event
        # … except the place's own people named with its rare entity (Crimea: read only against the
        # facts naming it), an account of that event at the topic's level
        only_locals = sim < (rules.alternative_sim if _shares(f.entities, r) else rules.alternative_unnamed_sim)
        if only_locals and not (keep is not None and f.id in keep and sim >= rules.locals_sim):
            return None
        agent = _agent(f.text, tuple(f.entities), f.language)[0]
        speaker = s.person_name or s.speaker_name or ""
        if agent and speaker and _same_name(agent, speaker):
            return None  # he speaks of what he did himself ("I created Wagner in 2014")
        who = None if only_locals else alternative_agent(r, f, actors)
        if blame is not None:
            # the one blamed is the doer, though the fact name him as what it was done to (Ukraine)
            who = None if only_locals or _shares((agent,), blame) else next(
                (e for e in _longest(sorted(e for e in actors if _names(e, blame))) if e != agent), None)
        if who is None and agent and rules.locals_as_doers and not _shares((agent,), r):
            # "the armed men … are «local self-defence forces»": the place's own people in place of
            # the fact's (foreign) doer, named by no entity of the analyst's (``locals.txt``)
            lg = languages.get(s.language)
            who = next((f"“{w}” (the place's own people)" for w in WORD_RE.findall(s.text)
                        if lg.has_word(w, "locals")), None)
        return (sim, f, who, agent) if who and agent else None
    return None


def blamed(text: str, language: str | None) -> str | None:
    """The words before a negated past obligation ("the Ukrainian leader “should have never started”
    the war", «ему не следовало начинать»; ``counterfactuals.txt``): its subject, whom the speaker
    blames for what happened and so presents as its doer. None without one, or with no subject
    ("it should never have started" names nobody: an opinion, not an account)."""
    lg = languages.get(language)
    toks = list(WORD_RE.finditer(text.replace("’", "'")))
    words = [t.group().lower() for t in toks]
    for phrase in lg.word_list("counterfactuals"):
        ph = WORD_RE.findall(phrase.replace("’", "'"))
        at = next((i for i in range(1, len(words) - len(ph) + 1) if words[i:i + len(ph)] == ph), None)
        if at is not None:
            return text[:toks[at].start()].strip(" \"'“”«»„")
    return None


def _same_entities(f: Fact, later: Reading, earlier: Reading, speaker: str, common: frozenset[str]) -> bool | None:
    """Whether both statements name one of the fact's entities outright (its subject being their speaker
    counts as named by both): True when it is a rarer one, False when only ``common`` ones (Russia,
    named by most facts), None when they share none."""
    if any(speaker and _same_name(e, speaker) for e in f.entities):
        return True
    both = {e for e in f.entities if _names(e, later) and _names(e, earlier)}
    return bool(both - common) if both else None


def _account_of(f: Fact, clauses: Sequence[Reading], speaker: str) -> bool:
    """The clauses of one utterance give an account of the fact's event: they tell what happened (a
    past tense) and name its agent ("решительно … действовали российские военные"), or the speaker
    announces his own act of it ("Only people in the military reserve will be drafted"). "I support
    Russia" tells nothing; "Ukraine planned to attack Belarus" names another doer."""
    if any(speaker and _same_name(e, speaker) for e in f.entities) and any(r.future or r.past for r in clauses):
        return True
    agent = _agent(f.text, tuple(f.entities), f.language)[0]
    return any(r.past for r in clauses) and (agent is None or any(_names(agent, r) for r in clauses))


def _counted(groups, tick):
    """The groups, calling ``tick(len(group))`` once each group's loop body is done."""
    for g in groups:
        yield g
        if tick is not None:
            tick(len(g))


def against_earlier(statements: Sequence[Statement], articles: Mapping[str, Article],
                    vectors: Mapping[str, np.ndarray], *, facts: Sequence[Fact] = (),
                    fact_vectors: Mapping[str, np.ndarray] | None = None, only: set[str] | None = None,
                    rules: Rules = Rules(), tick=None,
                    offsets: Mapping[str, float] | None = None, countries=None,
                    contexts: Mapping[str, str] | None = None,
                    context_vectors: Mapping[str, np.ndarray] | None = None) -> list[Contradiction]:
    """Flags of each statement against the same speaker's words published on an earlier day
    (``tick(n)`` after each speaker's record of ``n`` statements). ``contexts`` and their
    ``context_vectors`` (``referent_context``) say which fact a short denial takes a side on, as in
    ``against_facts``.

    Two ways: the two statements are close (``earlier_sim``; a translation scores lower, so
    ``earlier_sim_across``) with opposite polarity; or both are about one recorded fact and take
    opposite sides of it (one denies it, the other asserts it: "these were not Russian soldiers",
    then "our military stood behind the self-defence forces"), which finds reversals worded too
    differently for their cosine to show; or a denial of a fact, then a plain account of its event
    naming the same key entity (``reversal``: one flag per earlier utterance). ``only``: pairs with at
    least one of these statements.
    """
    reads = {s.id: reading_of(s, articles.get(s.article_id), rules, countries) for s in statements if s.id in vectors}
    # the clauses of one utterance (one cue: "За спиной сил самообороны Крыма корректно, но … действовали
    # российские военные") tell what happened together: a past tense in one is the other's too
    utterances: dict[tuple, list[str]] = {}
    for s in statements:
        if s.id in reads and s.cue:
            utterances.setdefault((s.article_id, s.cue[0].start), []).append(s.id)
    #: clauses of an utterance that denies in another clause («я никакого отношения не имею к ЧВК …
    #: Поэтому ответить на ваши вопросы я могу …»): no plain account of the event
    denying_utterance: set[str] = set()
    #: the clauses of each statement's utterance (itself included)
    clauses: dict[str, list[str]] = {}
    for ids in utterances.values():
        for i in ids:
            clauses[i] = ids
        if len(ids) > 1 and any(reads[i].past for i in ids):
            for i in ids:
                reads[i] = replace(reads[i], past=True)
        if len(ids) > 1 and any(reads[i].negative for i in ids):
            denying_utterance.update(ids)
    fact_reads = {f.id: replace(read(f.text, f.language, rules=rules), negative=False, hedge=None) for f in facts}
    events = {f.id: antonyms.fact_events(f.text, languages.get(f.language)) for f in facts} if rules.antonyms else {}
    # sides taken on a fact: a flag against it denies it; a plain assertion among the statement's
    # candidate facts (``assert_sim``) asserts it
    stance: dict[str, dict[str, tuple[bool, float]]] = {}
    admitted: dict[str, dict[str, float]] = {}
    #: every fact a statement denies, and the facts a plain statement speaks of once they happened
    denied: dict[str, set[str]] = {}
    topical: dict[str, set[str]] = {}
    #: the fact a flat negation not flagged against any fact is about (``negated_side``)
    negated: dict[str, set[str]] = {}
    #: the facts a plain statement restates (``restate_sim``)
    restated: dict[str, set[str]] = {}
    if facts and fact_vectors and not rules.embedder_only:
        # a denial is read against several facts of its topic; its side is taken on the closest one only
        for c in against_facts(statements, articles, facts, {**vectors, **(context_vectors or {})}, fact_vectors,
                               rules=rules, offsets=offsets, countries=countries, contexts=contexts):
            if c.rule != "alternative":
                denied.setdefault(c.statement_id, set()).add(c.against_id)
            if c.score > max((v[1] for v in stance.get(c.statement_id, {}).values()), default=0):
                stance[c.statement_id] = {c.against_id: (True, c.score)}
        for s in statements:
            r = reads.get(s.id)
            if r is None or r.hedge or s.id in stance:
                continue
            if r.negative:
                if rules.negated_side and not r.modal:
                    # a flat negation takes the denying side of the closest fact of its time that it
                    # names (or whose subject is its speaker): only an admission is read against it
                    spk = s.person_name or s.speaker_name or ""
                    day = _day(s, articles)
                    for sim, f, _n in _candidates(s, r, facts, vectors, fact_vectors, rules, offsets):
                        if day and f.date and (day < f.date[:10]) != r.future:
                            continue
                        if sim >= rules.fact_sim and any(_names(e, r) or spk and _same_name(e, spk)
                                                         for e in f.entities):
                            negated.setdefault(s.id, set()).add(f.id)
                        break
                continue
            if r.admission:
                # "admitted that …": the speaker takes the fact's side, whatever the cosine of the pair
                # (only the fact it is closest to: the candidates within the margin are on its topic)
                cands = _candidates(s, r, facts, vectors, fact_vectors, rules, offsets)
                if cands and cands[0][0] >= rules.fact_sim:
                    admitted.setdefault(s.id, {})[cands[0][1].id] = cands[0][0]
                continue
            day = _day(s, articles)
            if r.modal:
                continue  # "could", "should": not an account of what happened
            if rules.reversal_sim <= 1:
                # it must name one of the fact's entities outright (or be its subject speaking): words
                # that only resemble them ("границах") do not put it on the fact
                speaker = s.person_name or s.speaker_name or ""
                # and be an account of that fact's event, not of another on its topic: the fact must be
                # (within ``reversal_margin`` of) the closest of its time ("Russia always strikes military
                # targets" is closer to a strike than to the invasion its speaker had denied)
                timely = [(sim_, f) for sim_, f, _n in _candidates(s, r, facts, vectors, fact_vectors, rules, offsets)
                          if not (day and f.date and day < f.date[:10])]
                topical[s.id] = {f.id for sim_, f in timely if sim_ >= timely[0][0] - rules.reversal_margin and any(
                                     _names(e, r) or speaker and _same_name(e, speaker) for e in f.entities)}
            # a plain statement asserts a fact of its topic when it names the fact's agent and another of
            # its entities: "Russian servicemen acted in Crimea" asserts "Russian servicemen … seized
            # Crimea"; "Russia always strikes military targets" asserts no fact
            closest = True
            for sim, f, _named in _candidates(s, r, facts, vectors, fact_vectors, rules, offsets):
                if day and f.date and (day < f.date[:10]) != r.future:
                    continue
                # a fact about the speaker himself (Putin and the mobilisation he decreed): his own
                # plain words close to it assert it ("The decree on partial mobilisation has been signed")
                own = any(_same_name(e, s.person_name or s.speaker_name or "") for e in f.entities)
                # … or naming its event in so many words ("for me to stand down", «про зняття своєї кандидатури»
                # against "withdrew", ``antonyms.txt``): at the retrieval floor
                said = own and rules.antonyms and sim >= rules.fact_sim and bool(
                    events.get(f.id, frozenset()) & antonyms.fact_events(s.text, languages.get(s.language)))
                # naming the fact's own event ties it to that fact, as a pledge's word does: not only the closest
                if closest and (sim >= rules.assert_sim and _asserts(r, f, facts)
                                or own and sim >= rules.assert_own_sim) or said and (closest or rules.event_named_any):
                    stance.setdefault(s.id, {})[f.id] = (False, sim)
                    if sim >= rules.restate_sim and not r.future:
                        restated.setdefault(s.id, set()).add(f.id)
                elif not closest and sim >= rules.assert_sim and r.past and not r.future and _asserts(r, f, facts):
                    # an account of what happened (a past tense) asserts each fact of its topic whose doer
                    # and entities it names ("в Крыму действовали российские вооруженные силы": the
                    # seizure of Crimea as well as its annexation, the closer)
                    stance.setdefault(s.id, {})[f.id] = (False, sim)
                if not rules.accounts_assert_all:
                    break  # only the closest fact of its time
                closest = False
    if rules.claim_sides:
        # one remark relayed by several outlets takes one side: a report that took none takes the side its
        # utterance's other reports (of the same speaker) agree on
        by_claim: dict[tuple, list[str]] = {}
        for s in statements:
            if s.claim_id and s.id in reads:
                by_claim.setdefault((s.claim_id, speaker_key(s)), []).append(s.id)
        for ids in by_claim.values():
            sides: dict[str, set[bool]] = {}
            for i in ids:
                for fid, (neg, _sim) in stance.get(i, {}).items():
                    sides.setdefault(fid, set()).add(neg)
            agreed = {fid: next(iter(v)) for fid, v in sides.items() if len(v) == 1}
            for i in ids:
                if agreed and i not in stance and not reads[i].hedge and not reads[i].modal:
                    stance[i] = {fid: (neg, 0.0) for fid, neg in agreed.items()
                                 if neg == reads[i].negative}
    fact_by_id = {f.id: f for f in facts}
    counts: dict[str, int] = {}
    for f in facts:
        for e in set(f.entities):
            counts[e] = counts.get(e, 0) + 1
    common = frozenset(e for e, n in counts.items() if len(facts) >= 4 and n > len(facts) // 2)
    by_person: dict[str, list[Statement]] = {}
    for s in statements:
        key = speaker_key(s)
        if key and s.id in reads:
            by_person.setdefault(key, []).append(s)

    out: list[Contradiction] = []
    reversals: dict[tuple[str, str], Contradiction] = {}
    topic = dict(context_vectors or {})
    floor_min = min(rules.earlier_sim, rules.earlier_sim_across, rules.bridge_sim, rules.admission_sim,
                    rules.reversal_sim, rules.predicate_sim)
    #: the side each plain statement takes on the events it names (``antonyms.sides``): its predicate
    #: a state ("FTX is fine") may change without anyone going back on his words, a kind ("soldiers") is no one's
    #: act, and a negation "for now" («поки не покинув») promises nothing: none has a predicate here
    predicates = {s.id: p for s in statements
                  if s.id in reads and rules.predicate_sim <= 1 and rules.antonyms and not rules.embedder_only
                  and not (reads[s.id].hedge or reads[s.id].modal)
                  and (p := {k: v for k, v in antonyms.sides(s.text, languages.get(s.language)).items()
                             if k not in antonyms.STATES | antonyms.KINDS})
                  and not for_now(s.text, languages.get(s.language))}
    unkeyed = len(statements) - sum(len(v) for v in by_person.values())
    if tick is not None and unkeyed:
        tick(unkeyed)
    for stmts in _counted(by_person.values(), tick):
        # cosines of the whole record at once; only pairs above the lowest floor and of an earlier
        # day are read (the day as its rank among the record's days; no day: -1, never earlier)
        sims = np.stack([vectors[s.id] for s in stmts]) @ np.stack([vectors[s.id] for s in stmts]).T
        days = [_day(s, articles) for s in stmts]
        rank = {d: k for k, d in enumerate(sorted(set(days) - {""}))}
        ranks = np.array([rank.get(d, -1) for d in days])
        nearest: dict[int, int] = {}
        if rules.mutual_sim <= 1 and not rules.embedder_only:
            # each statement's nearest of the speaker's other-day statements of the opposite polarity
            # naming a thing in common (plain, no hedge or modal)
            plain = [not (reads[s.id].hedge or reads[s.id].modal) for s in stmts]
            for i, a in enumerate(stmts):
                ra = reads[a.id]
                best = max(((float(sims[i, j]), j) for j, b in enumerate(stmts)
                            if plain[i] and plain[j] and days[i] != days[j] and reads[b.id].negative != ra.negative
                            and any(_skel_match(x, y) for x in ra.names for y in reads[b.id].names)),
                           default=None)
                if best:
                    nearest[i] = best[1]
        # a pair flags only by a rule of the later statement's sides on the facts, or by ``decide`` (opposite
        # polarity, or numbers or years on both sides), or as mutual nearest: the others are not read
        rd = [reads[s.id] for s in stmts]
        negative = np.array([r.negative for r in rd], dtype=bool)
        counted = np.array([bool(r.numbers) for r in rd], dtype=bool)
        dated = np.array([bool(r.years) for r in rd], dtype=bool)
        for i, later in enumerate(stmts):
            d1 = days[i]
            if not d1:
                continue
            pairs = (sims[i] >= floor_min) & (ranks >= 0) & (ranks < rank[d1])
            if not (rules.embedder_only or admitted.get(later.id) or restated.get(later.id) or stance.get(later.id)
                    or topical.get(later.id) or predicates.get(later.id)):
                read_ = (negative != negative[i]) | (counted & counted[i]) | (dated & dated[i])
                if i in nearest:
                    read_[nearest[i]] = True
                pairs &= read_
            for j in np.flatnonzero(pairs):
                earlier = stmts[j]
                if only is not None and later.id not in only and earlier.id not in only:
                    continue
                d0 = days[j]
                if later.claim_id and later.claim_id == earlier.claim_id:
                    continue
                r1, r0 = reads[later.id], reads[earlier.id]
                same_lang = (later.language or "") == (earlier.language or "")
                # across languages the cosine is lower and the bar with it: the pair must name one thing in
                # common ("the fact that their uniforms were unmarked" names nothing)
                shared = (not (r1.names and r0.names) and (same_lang or not rules.across_names)) or any(
                    _skel_match(a, b) for a in r1.names for b in r0.names)
                sim = float(sims[i, j])
                floor = rules.earlier_sim if same_lang else rules.earlier_sim_across
                got, via = None, None
                # a change of side on a fact takes time: reports of one interview spread over a few days
                apart = _days_between(d0, d1) >= rules.min_gap_days
                # an admission says itself that the speaker changed side: a day apart suffices
                if sim >= rules.admission_sim and (apart or rules.admissions_any_day):
                    # an admission of what the speaker had denied (the reverse, a denial after an
                    # admission, paired remarks on different facts too often to be kept)
                    for fid in admitted.get(later.id, {}):
                        # an unflagged negation needs the same proposition: an admission of what
                        # happened, both naming one of the fact's rarer entities (or the speaker its subject)
                        if stance.get(earlier.id, {}).get(fid, (False,))[0] or (
                                fid in negated.get(earlier.id, ()) and not r1.future and _same_entities(
                                    fact_by_id[fid], r1, r0, later.person_name or later.speaker_name or "",
                                    common) is True):
                            got, via = ("admission", round(sim, 3)), fid
                            break
                    # a restatement of a fact, against an earlier denial or flat negation of it
                    for fid in sorted(restated.get(later.id, ())) if not got else ():
                        if stance.get(earlier.id, {}).get(fid, (False,))[0] or (
                                fid in negated.get(earlier.id, ()) and _same_entities(
                                    fact_by_id[fid], r1, r0, later.person_name or later.speaker_name or "",
                                    common) is True):
                            got, via = ("fact-sides", round(sim, 3)), fid
                            break
                if not got:
                    got = decide(r1, r0, sim, threshold=floor, shared=shared, rules=rules)
                if not got and sim >= rules.mutual_sim and apart and nearest.get(i) == j and nearest.get(j) == i:
                    got = ("negation", round(sim, 3))
                # a short denial read on its context (``referent_context``) is that close to the other side
                side_sim = max(sim, float(np.dot(topic.get(later.id, vectors[later.id]),
                                                 topic.get(earlier.id, vectors[earlier.id])))) if topic else sim
                if not got and side_sim >= rules.bridge_sim:
                    for fid, (neg1, s1) in stance.get(later.id, {}).items():
                        neg0 = stance.get(earlier.id, {}).get(fid)
                        if neg0 is not None and neg0[0] != neg1 and (apart or rules.across_fact_date and across(
                                d0, d1, fact_by_id.get(fid))):
                            got, via = ("fact-sides", round(side_sim, 3)), fid
                            break
                if not got and sim >= rules.reversal_sim and apart and not (
                        rules.reversal_past and later.id in denying_utterance):
                    # a denial, then a plain account of the same event once it happened: "these were
                    # not Russian soldiers", later "our military stood behind the self-defence forces"
                    # sharing only an entity most facts name (Russia) asks for a closer pair
                    # the account tells what happened (a past tense), or the speaker announces his own act
                    # of the fact ("Only people in the military reserve will be drafted"); "I support Russia"
                    # and "I can answer as well about the Thrice-Nine Kingdom" are neither
                    spk = later.person_name or later.speaker_name or ""
                    both = sorted(f for f in denied.get(earlier.id, set()) & topical.get(later.id, set())
                                  if (rare := _same_entities(fact_by_id[f], r1, r0, spk, common)) is not None
                                  and (rare or sim >= rules.reversal_common_sim)
                                  and (not rules.reversal_past or _account_of(
                                      fact_by_id[f], [reads[k] for k in clauses.get(later.id, [later.id])], spk)))
                    # an announcement of another act than the one the denial names (a promise to return, after
                    # "speculations of his resignation") is no account of it: its predicate must be the denied one
                    if both and rules.predicate_accounts and predicates.get(earlier.id) and not r1.past and not (
                            set(predicates[earlier.id]) & set(predicates.get(later.id, {}))):
                        both = []
                    if both:
                        got, via = ("reversal", round(sim, 3)), both[0]
                if not got and sim >= rules.predicate_sim:
                    # the same event, the other side: a commitment or a denial reversed («не намерен покидать
                    # пост», then "I am leaving the post")
                    p1, p0 = predicates.get(later.id, {}), predicates.get(earlier.id, {})
                    turned = sorted(k for k, side in p1.items() if k in p0 and p0[k] != side
                                    and (side or rules.predicate_both))
                    if turned:
                        got, via_event = ("predicate", round(sim, 3)), turned[0]
                if not got:
                    continue
                rule, score = got
                a0 = articles.get(earlier.article_id)
                where = f"the speaker's statement of {d0}" + (f" ({a0.outlet})" if a0 and a0.outlet else "")
                if rule == "predicate":
                    reason = (f"{'does' if p1[via_event] else 'does not'} “{via_event}”, reversing {where}: "
                              f"“{_short(earlier.text)}”")
                elif rule == "admission":
                    reason = (f"admits (“{r1.admission}”) what fact {via} records and {where} denied: "
                              f"“{_short(earlier.text)}”")
                elif via:
                    side = "denies" if r1.negative else "asserts"
                    reason = (f"{side} what fact {via} records, taking the other side from {where}: "
                              f"“{_short(earlier.text)}”")
                else:
                    reason = _reason(rule, r1, r0, earlier.text, where)
                flag = Contradiction(later.id, "statement", earlier.id, reason, round(score, 3), rule)
                if rule == "reversal":
                    # one flag per earlier utterance (several outlets relay one remark: its claim), the closest report
                    key = (later.id, earlier.claim_id or earlier.id)
                    if key not in reversals or reversals[key].score < flag.score:
                        reversals[key] = flag
                else:
                    out.append(flag)
    return out + list(reversals.values())


@dataclass
class CheckSummary:
    statements: int = 0
    facts: int = 0
    flags: int = 0

    def __str__(self) -> str:
        return (f"checked {self.statements} new statements and {self.facts} new facts for contradictions: "
                f"{self.flags} flags")


def fact_vectors(facts: Sequence[Fact], embedder: Embedder, store=None) -> dict[str, np.ndarray]:
    """Unit vectors of the facts' texts by fact id, cached in the store's embeddings under
    ``fact:<id>:<version>`` when a store is given (a fact's text changes only with its version)."""
    from ..align.embed import from_bytes, to_bytes

    keys = {f.id: f"fact:{f.id}:{f.version}" for f in facts}
    cached = ({k: from_bytes(v) for k, v in store.embeddings(list(keys.values()), embedder.name).items()}
              if store is not None and facts else {})
    missing = [f for f in facts if keys[f.id] not in cached]
    if missing:
        vecs = embedder.embed([f.text for f in missing])
        cached.update({keys[f.id]: v for f, v in zip(missing, vecs)})
        if store is not None:
            store.put_embeddings((keys[f.id], embedder.name, to_bytes(v)) for f, v in zip(missing, vecs))
    return {f.id: cached[keys[f.id]] for f in facts}


def run(store, *, embedder: Embedder | None = None, full: bool = False, rules: Rules = Rules(),
        progress=None) -> CheckSummary:
    """Check what is new since the last run: new statements against the facts and their speaker's
    record; when a fact is new or edited, every statement against the facts. ``full`` rechecks all.

    ``progress(done, total)`` counts the work in statements: each one's vector, then each one
    checked against the facts and against the speaker's record. Readings and days are kept for the
    run (``memo.one_run``; the pipeline's run when it is inside one)."""
    with one_run():
        return _run(store, embedder=embedder, full=full, rules=rules, progress=progress)


def _run(store, *, embedder: Embedder | None, full: bool, rules: Rules, progress) -> CheckSummary:
    from ..align import get_embedder, vectors_for

    if full:
        store.forget_checks()
    done = store.checked()
    facts = store.facts()
    # a statement whose speaker was not found is still someone's words: it is checked against the
    # facts (its flag names no person), though it has no record to be checked against
    statements = [_unbodied(s) for s in store.statements()]
    bare = sorted({s.article_id for s in statements if not s.person_id and (
        not s.speaker_name or _demonym(s.speaker_name, s.language))})
    if bare and rules.inherit:
        statements = inherit_speakers(statements, {a.id: a for a in store.articles(ids=bare)})
    new_ids = {s.id for s in statements if f"s:{s.id}" not in done}
    fact_keys = {f"f:{f.id}:{f.version}" for f in facts}
    facts_changed = bool(fact_keys - done)  # an edit is a new version, so a new key
    summary = CheckSummary(len(new_ids), len(fact_keys - done))
    if not new_ids and not facts_changed:
        return summary
    embedder = embedder or get_embedder("auto")
    persons = {speaker_key(s) for s in statements if s.id in new_ids} - {None}
    fact_scope = statements if facts_changed else [s for s in statements if s.id in new_ids]
    # a new or edited fact can join two statements of one speaker ("fact-sides"), so it rechecks every record
    record_scope = statements if facts_changed else [s for s in statements if speaker_key(s) in persons]
    scope = {s.id: s for s in [*fact_scope, *record_scope]}
    articles = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in scope.values()}))}
    # the work counted is statements checked (their vectors are align's, cached): against the
    # facts one by one, then each speaker's record
    work, checked = len(fact_scope) + len(record_scope), 0

    def tick(n: int) -> None:
        nonlocal checked
        checked += n
        progress(min(checked, work), work)

    tick = tick if progress is not None else None
    vectors = vectors_for(store, list(scope.values()), embedder) if scope else {}
    fvecs = fact_vectors(facts, embedder, store)
    offsets = {}
    if rules.hubness and not rules.embedder_only and len(facts) > 1:
        # a stride sample of the store's statements puts the facts on one scale (``hub_offsets``)
        sample = statements[::max(1, len(statements) // rules.hub_sample)][:rules.hub_sample]
        ref = {**vectors, **vectors_for(store, [s for s in sample if s.id not in vectors], embedder)}
        offsets = hub_offsets(fvecs, [ref[s.id] for s in sample if s.id in ref], lift_only=rules.hub_lift_only)
    by_id = {s.id: s for s in fact_scope}
    contexts = {s.id: c for s in scope.values() if rules.referents and not rules.embedder_only
                and (c := referent_context(s, articles.get(s.article_id), own=rules.own_denials,
                                                reports=rules.told_reports))}
    unnamed: dict[str, str] = {}
    if rules.unnamed_denials and not rules.embedder_only:
        # a denial naming nothing the facts name is read on the outlet's sentence before it ("He denied that
        # more drones had been supplied since the invasion")
        # only when that sentence names a rarer entity of the facts (Iran, not Russia): a generic denial
        # ("any attacks on civilian targets") is near every strike the facts record
        unnamed = {s.id: c for s in scope.values() if s.id not in contexts and _unnamed_denial(
            s, articles.get(s.article_id), facts, rules) and (c := referent_context(
                s, articles.get(s.article_id), own=False, unnamed=True)) and _specific(read(c, s.language), facts)}
    if rules.continuations and not rules.embedder_only:
        # only a plain head: a denial's topic is what it denies, and the next clause's names would
        # spread it to other facts («… устроили инсценировку … после того,» + «как … вышли российские …»)
        plain = {sid: c for sid, c in continuation_contexts(fact_scope).items()
                 if not (r := reading_of(by_id[sid], articles.get(by_id[sid].article_id), rules)).negative
                 and not r.denial}
        contexts = {**plain, **contexts}
    contexts = {**unnamed, **contexts}
    ctx_vecs = context_vectors(contexts, embedder, store) if contexts else {}
    fact_vecs = {**vectors, **ctx_vecs}
    countries = speaker_countries(store) if rules.we_speak_for and not rules.embedder_only else None
    flags = against_facts(fact_scope, articles, facts, fact_vecs, fvecs, rules=rules, tick=tick, offsets=offsets,
                          contexts=contexts, countries=countries)
    only = None if facts_changed else new_ids
    flags += against_earlier(record_scope, articles, vectors, facts=facts, fact_vectors=fvecs, only=only,
                             rules=rules, tick=tick, offsets=offsets, countries=countries,
                             contexts=contexts, context_vectors=ctx_vecs)
    if tick is not None and checked < work:
        progress(work, work)
    fact_ids = {s.id for s in fact_scope}
    record_ids = {s.id for s in record_scope}
    keep = [c for c in store.contradictions()
            if not (c.against_kind == "fact" and c.statement_id in fact_ids)
            and not (c.against_kind == "statement" and (
                c.statement_id in new_ids or c.against_id in new_ids if only is not None
                else c.statement_id in record_ids))]
    everything = [*keep, *flags]
    with store.transaction():
        store.replace_contradictions(everything, statement_ids=sorted({c.statement_id for c in store.contradictions()}))
        store.mark_checked([*(f"s:{i}" for i in new_ids), *(fact_keys - done)])
    summary.flags = len(flags)
    return summary


__all__ = ["ABLATION", "CheckSummary", "Reading", "Rules", "against_earlier", "against_facts", "decide", "numbers", "read", "reading_of",
           "run", "skeleton"]
