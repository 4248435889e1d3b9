"""Vice presidents: a role of its own in every pack, never read as the president (issue 11)."""

from __future__ import annotations

import pytest

from parallax import pipeline
from parallax.model import Article


@pytest.mark.issue(11)
@pytest.mark.parametrize("mention,lang", [
    ("the vice president of the United States", "en"),
    ("the US vice president", "en"),
    ("el vicepresidente de Estados Unidos", "es"),
    ("le vice-président des États-Unis", "fr"),
    ("il vicepresidente degli Stati Uniti", "it"),
    ("wiceprezydent USA", "pl"),
    ("US-Vizepräsident", "de"),
])
def test_vice_president_descriptions_by_date(registry, mention, lang):
    before = registry.resolve(mention, lang=lang, date="2024-06-01")
    after = registry.resolve(mention, lang=lang, date="2025-02-14")
    assert before is not None and before.person_id == "kamala-harris", (mention, before)
    assert after is not None and after.person_id == "jd-vance", (mention, after)


@pytest.mark.parametrize("mention", ["Віце-президент США", "віцепрезидент США", "віце-президента США"])
def test_vice_president_hyphen_is_one_word_in_cyrillic(registry, mention):
    link = registry.resolve(mention, lang="uk", date="2025-02-14")
    assert link is not None and link.person_id == "jd-vance", (mention, link)


def test_bare_vice_president_needs_the_article(registry):
    assert registry.resolve("el vicepresidente", lang="es", date="2025-02-14") is None
    link = registry.resolve("el vicepresidente", lang="es", date="2025-02-14", context_names=["James David Vance"])
    assert link is not None and (link.person_id, link.rule) == ("jd-vance", "role-context")


def _speakers(registry, text: str, lang: str) -> list[str | None]:
    art = Article(id="t", text=text, content_hash="t", language=lang, published="2025-02-14")
    statements, _ = pipeline.process(art, registry)
    return [s.person_id for s in statements]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text,lang", [
    # PAP, 14 Feb 2025: the role word, not the country after it, is the speaker
    ("\"Teraz te oświadczenia tak lekko wygłaszane są szokujące dla amerykańskich uszu\" - dodał "
     "wiceprezydent USA. (PAP)", "pl"),
    ("Віце-президент США заявив у Мюнхені, що \"Росія і Китай - не головні загрози для Європи\".", "uk"),
    ("El vicepresidente norteamericano, James David Vance, habló en la Conferencia de Seguridad de Munich. "
     "El vicepresidente norteamericano se dirige a los políticos europeos: \"no habrá libertad si ustedes "
     "tiene miedo a lo que digan sus ciudadanos\".", "es"),
])
def test_vice_president_speaks_in_real_sentences(registry, text, lang):
    assert "jd-vance" in _speakers(registry, text, lang)


def test_vice_president_of_a_country_is_not_its_president(registry):
    text = "\"Free speech is in retreat in Europe,\" said the vice president of the United States."
    assert _speakers(registry, text, "en") == ["jd-vance"]
