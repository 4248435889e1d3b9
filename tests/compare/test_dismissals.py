"""Denials without a denial verb (``lang/<code>/dismissals.txt``): calling a proposition impossible, illogical or
untenable denies it ("impossible that a missile hit", «назвали несостоятельной версию»); "impossible to say"
judges an action and denies nothing (``abilities.txt``, ``Language.is_infinitive``)."""

from __future__ import annotations

import hashlib

import pytest

from parallax.compare import contradictions as C
from parallax.model import Article, Kind, Span, Statement


@pytest.mark.parametrize("text, lang, word", [
    # real: Abedzadeh, 9-10 January 2020 (Press TV via kogonuso.com; tvzvezda.ru; hvylya.net)
    ("that \"from a scientific viewpoint\" it's \"impossible that a missile hit the Ukrainian plane.\"", "en",
     "impossible"),
    ("«С научной точки зрения невозможно, чтобы ракета сбила украинский самолет. Эти слухи нелогичны»", "ru",
     "невозможно"),
    ("«С научной точки зрения невозможно, чтобы ракета попала в украинский самолет, и такие слухи нелогичны»", "ru",
     "невозможно"),
])
def test_calling_a_proposition_impossible_denies_it(text, lang, word):
    r = C.read(text, lang)
    assert r.negative and r.denial == word


def test_calling_a_version_untenable_in_the_frame_denies_it():
    # real: tvzvezda.ru, 9 January 2020 (heldout2 S022)
    text = ("В иранской организации гражданской авиации в четверг назвали несостоятельной версию о том, что "
            "потерпевший крушение под Тегераном украинский авиалайнер был сбит ракетой.")
    a = Article(id="zv", text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet="tvzvezda.ru",
                language="ru", published="2020-01-09", url="https://tvzvezda.ru/zv")
    content = "что потерпевший крушение под Тегераном украинский авиалайнер был сбит ракетой"
    i, j = text.index(content), text.index("назвали")
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id(a.id, span), article_id=a.id, type=Kind.INDIRECT, content=span,
                  cue=(Span.of(text, j, j + len("назвали")),), person_id="iran", person_name="Iran",
                  speaker_name="Iran", language="ru")
    r = C.reading_of(s, a)
    assert r.negative and r.denial == "несостоятельный"


@pytest.mark.parametrize("text, lang", [
    # real: Zelensky, 17 November 2022 (myc, heldout1): no claim whose rocket it was
    ("that until the completion of the investigation into the tragedy in Poland, it is impossible to say for 100% "
     "whose rocket fell in a Polish village on November 15", "en"),
    ("It's not impossible that a missile hit the plane.", "en"),
])
def test_impossible_to_say_or_not_impossible_denies_nothing(text, lang):
    r = C.read(text, lang)
    assert not r.denial and not r.negative


def test_the_infinitive_by_morphology():
    from parallax import lang as languages

    assert languages.get("ru").is_infinitive("сказать") and not languages.get("ru").is_infinitive("сбила")
    assert languages.get("uk").is_infinitive("сказати")
    assert C.read("невозможно сказать, чья ракета упала в Польше", "ru").denial is None
