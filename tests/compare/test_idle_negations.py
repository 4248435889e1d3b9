"""Negators that negate no proposition (``compare.wording.idle_negations``, ``lang/<code>/abilities.txt``): a
negated ability ("I cannot deliver the mandate") and a negated dismissal ("We didn't lie") deny no event."""

from __future__ import annotations

import pytest

from parallax import lang as languages
from parallax.compare import antonyms
from parallax.compare import contradictions as C


@pytest.mark.parametrize("text, lang", [
    # real: Truss's resignation statement (20 October 2022)
    ("\"I recognise though, given the situation, I cannot deliver the mandate on which I was elected by the "
     "Conservative Party.", "en"),
    # real: Erdogan on the Saudi account of Khashoggi (October 2018)
    ("“The Saudi Consulate officials in Istanbul can’t get away with [simply] saying ‘he left the building.’", "en"),
    # real: Abedzadeh on the pilot of PS752 (hvylya.net, 10 January 2020)
    ("что пилот предпринимал попытки вернуть самолет в иранский аэропорт, однако не смог", "ru"),
    # real: Truss's resignation as a Russian outlet relayed it
    ("что пришла к власти в период «большой экономической и международной нестабильности» и не может "
     "оставаться на посту премьера и лидера Консервативной партии", "ru"),
    # real: Rabiei after Iran admitted the downing (13 January 2020)
    ("“We didn't lie.", "en"),
])
def test_a_negated_ability_or_dismissal_is_no_denial(text, lang):
    r = C.read(text, lang)
    assert not r.negative and not r.denial


@pytest.mark.parametrize("text, lang", [
    # a judgement of what happened stays a denial: "cannot have", «не может быть»
    ("Iran cannot have shot down the plane.", "en"),
    ("Этого не может быть, ракета не попадала в самолет.", "ru"),
    # real: the Iranian government's statement (10 January 2020): the dismissal, not negated, denies
    ("has published news pompously that two missiles hit the Ukrainian plane. This is a lie and nobody will "
     "claim responsibility of the big lie,”", "en"),
    # real: «Это ложь, и никто не возьмет на себя ответственность за большую ложь» (vz.ua, 10 January 2020)
    ("\"Это ложь, и никто не возьмет на себя ответственность за большую ложь\"", "ru"),
])
def test_a_judgement_of_fact_or_a_plain_dismissal_still_denies(text, lang):
    r = C.read(text, lang)
    assert r.negative


def test_a_negated_opposite_asserts_the_event():
    # «не может оставаться на посту»: she cannot stay, so she leaves; "I'm staying" stays the opposite
    ru = languages.get("ru")
    assert antonyms.opposed("и не может оставаться на посту премьера", ru) == {}
    assert antonyms.opposed("Я остаюсь в гонке", ru) == {"leave": "остаюсь"}
