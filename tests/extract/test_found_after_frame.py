"""Issue 11 (found on real coverage): the rest of a framed quote's sentence that quotes the same
speaker again, German strong separable cues, Hungarian split-preverb frames. Sentences are from
real news reports of the Paris Ukraine conference (Feb 2024) and Orbán's Moscow visit (Jul 2024)."""

from __future__ import annotations

from .conftest import holding


def test_participle_after_frame_quotes_the_same_speaker_fr():
    text = ('"Mais en dynamique, rien ne doit être exclu. Nous ferons tout ce qu\'il faut pour que la Russie ne '
            'puisse pas gagner cette guerre", a affirmé Emmanuel Macron, disant "assumer" une "ambiguïté stratégique".')
    s = holding(text, "fr", "ambiguïté stratégique")
    assert s is not None and s.type.value == "mixed"
    assert s.content[0].text.startswith("disant") and s.speaker_name == "Emmanuel Macron"


def test_participle_after_a_role_with_its_complement_fr():
    text = ('"Mais en dynamique, rien ne doit être exclu", a ajouté le président de la République, '
            'assumant une "ambiguïté stratégique".')
    s = holding(text, "fr", "ambiguïté stratégique")
    assert s is not None and s.content[0].text.startswith("assumant")


def test_clause_after_frame_es():
    text = ('“Estamos todos de acuerdo en que no queremos entrar en guerra con el pueblo ruso”, señaló Macron, '
            'pero hay que “asegurar nuestra seguridad colectiva de hoy y de mañana”.')
    s = holding(text, "es", "asegurar nuestra seguridad")
    assert s is not None and s.type.value == "mixed" and s.speaker_name == "Macron"
    assert s.content[0].text.startswith("pero hay que")


def test_apposition_after_frame_is_no_statement():
    fr = '"La défaite de la Russie est indispensable", a insisté Macron, le "patron" de la France.'
    assert holding(fr, "fr", "patron") is None
    en = '"We are not at war with the Russian people," said Emmanuel Macron, the "host" of the conference.'
    assert holding(en, "en", "host") is None


def test_strong_separable_cue_de():
    text = ("Die Konferenz diente dazu, die weitere Hilfe für die Ukraine zu diskutieren. Macron hob hervor, "
            "dass Russlands Position sich verschärfe.")
    s = holding(text, "de", "Position sich verschärfe")
    assert s is not None and s.type.value == "indirect" and s.speaker_name == "Macron"


def test_split_preverb_frame_hu():
    text = ('Orbán Viktor a sajtótájékoztatón beszélt.\n\n"Nem érezzük magunkat biztonságban, látjuk a pusztítás és '
            'a szenvedés képeit" - állapította meg.')
    s = holding(text, "hu", "biztonságban")
    assert s is not None and s.type.value == "direct"


def test_gerund_subject_after_said_en():
    text = ("Macron’s comments came at the tail end of a summit in Paris. Macron said defeating Russia is "
            "“indispensable” to Europe’s security and stability.")
    s = holding(text, "en", "defeating Russia")
    assert s is not None and s.speaker_name == "Macron" and s.type.value == "mixed"
