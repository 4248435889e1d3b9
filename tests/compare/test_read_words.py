"""``contradictions.read`` asks its questions of each word once per language (``_Word``): a corpus
repeats its words, and the check reads every statement (issue 10, speed)."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.compare import contradictions as C

# real reported speech (BBC, Reuters, RIA, Ukrinform, 2024-10-23) with the frame before it
SENTENCES = [
    ("that Belarus had played any part in the full-scale invasion", "en", "denied "),
    ("Russia did not need North Korean troops, and perhaps it never will", "en", "said "),
    ("причастность Белоруссии к началу военной операции", "ru", "опроверг "),
    ("Это не были российские военные. Вы посмотрите, что там происходило?", "ru", "заявил: "),
    ("участь Білорусі у вторгненні", "uk", "заперечив "),
    ("що у Росії немає планів вторгнення на Україну", "uk", "заявив, "),
]


def _cold(code: str) -> None:
    lang.get(code).__dict__.pop("_read_words", None)


@pytest.mark.parametrize("text, code, frame", SENTENCES)
def test_read_words_a_warm_cache_reads_the_same(text, code, frame):
    _cold(code)
    cold = C.read(text, code, frame=frame)
    assert C.read(text, code, frame=frame) == cold
    assert C.read(text, code, frame=frame, rules=C.Rules(polarity_verbs=False)) == C.read(
        text, code, frame=frame, rules=C.Rules(polarity_verbs=False))


def test_read_words_a_known_word_is_not_looked_up_again(monkeypatch):
    text, code, frame = SENTENCES[1]
    first = C.read(text, code, frame=frame)
    lg = lang.get(code)
    calls = []
    monkeypatch.setattr(lg, "has_word", lambda *a: calls.append(a))
    assert C.read(text, code, frame=frame) == first
    assert calls == []


def test_read_words_are_per_language():
    # Czech "no" is "well" (no negator there); English "no" negates
    assert C.read("no plans to send troops", "en").negative is True
    assert C.read("no plány poslat vojáky", "cs").negative is False
    assert C.read("no plans to send troops", "en").negative is True
