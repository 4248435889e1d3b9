"""German speakers: capitalised date, measure and function words never stand as a speaker."""

from __future__ import annotations

import pytest

from parallax import lang
from parallax.extract import statements
from parallax.model import Article

#: (text, a word the speaker must contain, a word it must not contain)
SPEAKER_CASES = [
    ("Am Montag erklärte Innenministerin Petra Lange, die Regierung werde die Mittel für die Polizei erhöhen.",
     "Lange", "Montag"),
    ("Am Dienstagabend sagte Bürgermeister Jonas Brandt, die Stadt habe genug Notunterkünfte vorbereitet.",
     "Brandt", None),
    ("Im Vorfeld betonte Verbandschef Klaus Wegner, dass die Tarifrunde schwierig werde.",
     "Wegner", "Vorfeld"),
]


def _statements(text: str):
    return statements(Article(id="de1", text=text, content_hash="h", language="de"), "de")


@pytest.mark.parametrize("text,speaker,not_speaker", SPEAKER_CASES)
def test_german_speaker_skips_date_words(text, speaker, not_speaker):
    found = [s for s in _statements(text) if s.speaker is not None]
    assert found, text
    spk = found[0].speaker.text
    assert speaker in spk
    if not_speaker:
        assert not_speaker not in spk


@pytest.mark.parametrize("word,initial,expected", [
    ("Montag", False, False), ("Prozent", False, False), ("Vorfeld", True, False),
    ("Als", True, False), ("Zur", True, False), ("Demgegenüber", True, False),
    ("Lange", False, True), ("Regierung", False, True), ("Ministerium", False, True),
])
def test_german_is_name_word(word, initial, expected):
    assert lang.get("de").is_name_word(word, initial) is expected
