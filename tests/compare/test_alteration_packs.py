"""The denial verbs and negation particles compare reads are pack data (``denial_stems.txt``,
``negation_particles.txt``; issue 11): each language's words still act."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.compare.alterations import denial_frame

from .test_alterations import version


@pytest.mark.parametrize("code, prefix, text, verb", [
    ("en", "Peskov denied that ", "Moscow had sent any troops to the border", "denied"),
    ("ru", "Песков опроверг, что ", "Москва направила войска к границе", "опроверг"),
    ("uk", "Кулеба заперечив, що ", "Україна причетна до вибуху на мосту", "заперечив"),
    ("pl", "Rzecznik zaprzeczył, że ", "Warszawa wysłała żołnierzy na granicę", "zaprzeczył"),
])
def test_a_denial_verb_of_any_pack_frames_the_content(code, prefix, text, verb):
    v = version(text, code, "x.com", type_="indirect", prefix=prefix)
    s, e = denial_frame(v)
    assert v.article.text[s:e] == verb


def test_no_denial_verb_no_frame():
    assert denial_frame(version("Moscow had sent troops", "en", "x.com", prefix="Peskov said that ")) is None


def test_negation_particles_of_the_packs():
    assert {"not", "не", "ні", "nie", "nicht", "ne", "non", "nem"} <= lang.every_pack("negation_particles")
