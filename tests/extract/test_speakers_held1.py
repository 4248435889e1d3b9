"""Speakers on the held-out Munich occasion (issue 11, branch held1), real sentences: a name set
off by commas after the role that speaks is the speaker («afirmó … el vicepresidente de Estados
Unidos, JD Vance, en …»); forenames written as two capitals ("JD Vance") are a person's, a title
abbreviation ("VP Vance") or a state's acronym ("US Army") is not; "que" after a comparative opens
no reported clause («una amenaza mayor que la agresión militar rusa»); an event's name («Conférence de
Munich», «Monachijskiej Konferencji Bezpieczeństwa») is never a person who speaks."""

from __future__ import annotations

from parallax.extract.doc import Doc
from parallax.extract.speaker import Mentions
from parallax.lang import get as get_language

from .conftest import found, one

# europapress/elespanol (v3-042), 14 Feb 2025: the whole lead sentence, as published
LEAD_ES = ("La libertad de expresión está \"en retroceso\" en Europa y supone una amenaza mayor que la agresión "
           "militar rusa, afirmó este viernes el vicepresidente de Estados Unidos, JD Vance, en la Conferencia "
           "de Seguridad de Múnich, en Alemania.")


def test_name_after_the_role_that_speaks_is_the_speaker():
    st = one(LEAD_ES, "es", "La libertad de expresión")
    assert st.speaker.text == "JD Vance"
    assert st.text.startswith("La libertad de expresión está \"en retroceso\" en Europa y supone una amenaza mayor")


def test_comparative_que_opens_no_reported_clause():
    assert not any(s.text.startswith("que la agresión") for s in found(LEAD_ES, "es"))


def test_name_after_a_role_before_a_colon_quote():
    # elconfidencial (v3-044): the chancellor answers; the US vice president is only named in his words
    text = ("El canciller alemán, Olaf Scholz, le respondió en redes sociales: «rechazo expresamente lo que dijo "
            "el vicepresidente estadounidense Vance. Desde la experiencia del nacionalsocialismo, los partidos "
            "democráticos en Alemania tienen un consenso común: el bloqueo a partidos de extrema derecha».")
    st = one(text, "es", "rechazo expresamente")
    assert st.speaker.text == "Olaf Scholz"


def _people(text: str, lang: str) -> dict[str, bool | None]:
    return {m.text: m.person for m in Mentions(Doc(text, get_language(lang))).items if m.kind == "name"}


def test_two_capitals_before_a_surname_are_forenames():
    # cnbc (v3-002) headline and key points
    people = _people("JD Vance speech: political censorship, mass migration\nKEY POINTS\n  • VP Vance declared at "
                     "the Munich Security Conference that attacks on free speech are the biggest security threat "
                     "to Europe and the world.", "en")
    assert people["JD Vance"] is True
    assert people.get("VP Vance") is not True
    assert _people("The US Army said the drills would go ahead.", "en").get("US Army") is False


def test_an_event_named_like_a_person_is_no_person():
    # v3-034 (fr), v3-024 (pl), v3-029 (de): the conference is where he spoke, never who spoke
    assert _people("Lors de la Conférence de Munich sur la sécurité, le vice-président des États-Unis, J.D. Vance, "
                   "a prononcé un discours qui a laissé l’assemblée sans voix.", "fr")["Conférence de Munich"] is False
    assert _people("Wiceprezydent USA J.D. Vance w swoim przemówieniu na Monachijskiej Konferencji Bezpieczeństwa "
                   "powiedział, że \"administracja Trumpa jest bardzo zaniepokojona kwestią europejskiego "
                   "bezpieczeństwa\".", "pl")["Monachijskiej Konferencji Bezpieczeństwa"] is False
    assert _people("Es ist der mit Abstand wichtigste Auftritt bei dieser Münchner Sicherheitskonferenz: Für 30 "
                   "Minuten stand J.D. Vance, der Stellvertreter von Donald Trump, heute auf der Bühne.",
                   "de")["Münchner Sicherheitskonferenz"] is False


def test_statements_after_the_conference_are_the_speakers():
    # v3-034 (lepoint.fr), the first paragraphs as published: the conference held every statement before
    text = ("Le vice-président américain J.D. Vance à Munich : La liberté d’expression est en danger en Europe\n"
            "Lors de la Conférence de Munich sur la sécurité, le vice-président des États-Unis, J.D. Vance, a "
            "prononcé un discours qui a laissé l’assemblée sans voix. Il n’a pas évoqué les menaces extérieures "
            "comme la Russie ou la Chine, mais s’est concentré sur ce qu’il considère comme une menace interne "
            "pour l’Europe : le recul des valeurs fondamentales et la restriction de la liberté d’expression.\n"
            "Vance a cité plusieurs exemples de restrictions à la liberté d’expression en Europe, tels que la "
            "condamnation d’un citoyen britannique pour avoir prié silencieusement à côté d’un centre d’avortement "
            "ou les menaces contre les réseaux sociaux en période de troubles civils. Il a également critiqué les "
            "commissaires européens qui avertissent les citoyens qu’ils ont l’intention de fermer les réseaux "
            "sociaux en cas de contenu haineux.")
    names = {s.speaker_name for s in found(text, "fr")}
    assert "Conférence de Munich" not in names and "J D Vance" in names
