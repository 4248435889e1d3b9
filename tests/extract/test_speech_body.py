"""A transcript titled "Statement by X …": its first-person body is X's words (issue 11, speak3)."""

from __future__ import annotations

from parallax.extract import statements
from parallax.model import Article

# the opening of a real government transcript (abouthungary.hu, 5 July 2024)
TRANSCRIPT = (
    "Statement by Prime Minister Viktor Orbán following his meeting with Vladimir Vladimirovich Putin, "
    "President of Russia\n\n5 July 2024, Moscow\n\nLadies and Gentlemen, Honourable President,\n\n"
    "Today I had my fourteenth meeting with the President of Russia. The most important thing for "
    "Europe is peace. I told the President that Europe needs peace.")


def run(text: str):
    return statements(Article(id="t1", text=text, content_hash="h", language="en"))


def test_first_person_body_of_a_titled_statement_is_the_speakers():
    found = run(TRANSCRIPT)
    today = [s for s in found if s.text.startswith("Today I had")]
    assert today and today[0].speaker_name == "Viktor Orbán" and today[0].type.value == "direct"
    assert any("most important thing" in s.text for s in found)
    assert not any("Ladies and Gentlemen" in s.text or "5 July" in s.text for s in found)


def test_an_ordinary_article_body_is_not_a_transcript():
    text = ("Orbán meets Putin in Moscow\n\nHungarian Prime Minister Viktor Orbán met Vladimir Putin on "
            "Friday. The talks lasted two hours. I was told the meeting was long.")
    assert not any(s.text.startswith("The talks lasted") for s in run(text))
