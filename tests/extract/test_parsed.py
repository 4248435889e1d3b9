"""Parse-assisted extraction (English, spaCy backend) and the constructions added with it.

Cases as data, real-style news sentences written for these tests. Every case runs with the
default options; the parse-only cases also run on the rule backend to show it still works
without spaCy (never crashing, and keeping what the rules find).
"""

from __future__ import annotations

import pytest

from parallax.extract import Options, statements
from parallax.extract.backends import DEFAULT, parse_spans
from parallax.model import Article, Kind

SPACY = Options(backend="spacy")
RULES = Options(backend="rules")


def run(text: str, lang: str, options: Options | None = None):
    return statements(Article(id="t1", text=text, content_hash="h", language=lang), options=options)


def find(text: str, lang: str, content: str, options: Options | None = None):
    """The statement whose fragments, joined by " … ", equal ``content``."""
    found = run(text, lang, options)
    for s in found:
        if " … ".join(f.text for f in s.content) == content:
            return s
    raise AssertionError(f"no statement {content!r} in {[[f.text for f in s.content] for s in found]}")


# (text, content fragments joined by " … ", type, speaker as written (a substring), speaker_name)
PARSED = [
    # ccomp with the complementiser kept, as annotators mark it
    ("Mook explained to other top advisers that the plan would work.",
     "that the plan would work", "indirect", "Mook", "Mook"),
    # post-posed speaker with an apposition and a relative clause left out of the span
    ("The market was calm, said Tim Hess, a real estate developer in Virginia, who owns three malls.",
     "The market was calm", "indirect", "Tim Hess", "Tim Hess"),
    # mid-sentence frame: the clause around it in two fragments
    ("The plan, he said, would fail without new money.",
     "The plan … would fail without new money", "indirect", "he", None),
    # participial cue takes the subject of the verb it hangs from
    ("Senator Jane Collins left the room, telling reporters that the vote would wait until Monday.",
     "that the vote would wait until Monday", "indirect", "Jane Collins", "Jane Collins"),
    # naming verbs: object and what it is called
    ("The governor called the proposal “a dangerous gimmick” on Tuesday.",
     "the proposal “a dangerous gimmick”", "mixed", "The governor", None),
    # attitude cue with an object
    ("Senator Maria Lopez rejected the budget deal.",
     "the budget deal", "indirect", "Maria Lopez", "Maria Lopez"),
    # "according to" after the clause, with an apposition after the source
    ("Nearly 60 percent of the donations, totaling $70 million, came from women, according to Crowdpac, "
     "a fundraising website.",
     "Nearly 60 percent of the donations, totaling $70 million, came from women", "indirect", "Crowdpac",
     "Crowdpac"),
    # a cue inside a relative clause: the whole relative clause is the content
    ("Her vote on the war, which she has repeatedly said was a mistake, hurt her in Iowa.",
     "which she has repeatedly said was a mistake", "indirect", "she", None),
    # a quotation as the object of a non-speech cue: a direct statement
    ('A 2014 House committee report found "no evidence that there was a stand down order."',
     '"no evidence that there was a stand down order."', "direct", "report", None),
]

# sentences with a cue lemma that report nothing: the parse must reject them
PARSED_NEGATIVES = [
    "Senator Kelly Ayotte wrote a letter congratulating the organizers of the fair.",
    "When Mr. Netanyahu came to Washington in May, he felt blindsided by the plan.",
    "Mr. Ryan laughed when the reporters arrived.",
]


@pytest.mark.parametrize("text,content,typ,speaker,name", PARSED, ids=[f"parsed{i}" for i in range(len(PARSED))])
def test_parsed_constructions(text, content, typ, speaker, name):
    s = find(text, "en", content, SPACY)
    assert s.type == Kind(typ)
    assert s.speaker is not None and speaker in s.speaker.text
    assert "who owns" not in s.speaker.text and ", a real" not in s.speaker.text
    if name is not None:
        assert s.speaker_name == name
    for f in s.content:
        assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text", PARSED_NEGATIVES, ids=[f"neg{i}" for i in range(len(PARSED_NEGATIVES))])
def test_parsed_rejects_non_statements(text):
    assert [s for s in run(text, "en", SPACY) if s.type != Kind.DIRECT] == []


@pytest.mark.parametrize("text,content,typ,speaker,name", PARSED, ids=[f"rules{i}" for i in range(len(PARSED))])
def test_parsed_rule_backend_still_works_without_the_parse(text, content, typ, speaker, name):
    found = run(text, "en", RULES)
    for s in found:
        for f in s.content:
            assert text[f.start:f.end] == f.text
    # the rule path keeps its own that-clause rule
    if content.startswith("that "):
        assert any(content in s.text for s in found)


def test_parsed_relative_that_is_no_complement():
    text = "The coalition feared a coup at the convention in July that would elevate Mr. Ryan."
    assert not any(s.text.startswith("that would") for s in run(text, "en", SPACY))


def test_parsed_default_backend_is_the_parse_for_english():
    assert DEFAULT.backend == "spacy"
    assert DEFAULT.ner is False


def test_parsed_parse_spans_offsets_are_relative_to_each_span():
    text = "Intro. He said that it rained."
    docs = parse_spans(text, [(7, len(text))])
    assert len(docs) == 1 and docs[0].text == "He said that it rained."


# direct quotes: split quotes, speakers, lead-ins (any backend)
DIRECT = [
    # “A,” X said. “B.”  — a title with a dot in the frame must not end it
    ("en", '"There is an insular atmosphere here," Ms. McCaskill said. "People defer to you all day."',
     '"There is an insular atmosphere here," … "People defer to you all day."', "direct", "Ms. McCaskill"),
    # “A,” he said, “B.” — the second quote's frame is the first one's
    ("en", "“The way I see it,” he said, “nobody questioned his service.”",
     "“The way I see it,” … “nobody questioned his service.”", "direct", "he"),
    # NYT ''…'' marks with the frame between fragments
    ("en", "''This is a crucial period,'' Mr. Corker said. ''If nothing moves by June, we walk away.''",
     "''This is a crucial period,'' … ''If nothing moves by June, we walk away.''", "direct", "Mr. Corker"),
    # post-posed description as the speaker
    ("en", "“It is hers to lose at this point,” added another New Hampshire Democrat.",
     "“It is hers to lose at this point,”", "direct", "another New Hampshire Democrat"),
    # an unquoted lead-in that the quote completes: one mixed statement
    ("en", "Teachers are “looking to see who is on the ticket,” he said.",
     "Teachers are “looking to see who is on the ticket,”", "mixed", "he"),
    # Russian with ASCII quotes and a hyphen for the dash, a role noun as the speaker
    ("ru", '"Обычно мы так не делаем, но здесь дело политическое", - сказал ему следователь.',
     '"Обычно мы так не делаем, но здесь дело политическое"', "direct", "следователь"),
    # modifiers before the name in an inverted frame, nested ASCII quotes
    ("ru", '"Речь идет не о "стрельбе по площадям", а о качестве работы", - объясняет первый проректор '
           'университета Лев Якобсон.',
     '"Речь идет не о "стрельбе по площадям", а о качестве работы"', "direct", "Лев Якобсон"),
    ("uk", '"Ми не знали, що міст уже закрили", - розповів слідчий.',
     '"Ми не знали, що міст уже закрили"', "direct", "слідчий"),
    # German: „…“, so X
    ("de", "„Die Lage an der Grenze ist angespannt“, so der Sprecher des Innenministeriums.",
     "„Die Lage an der Grenze ist angespannt“", "direct", "Sprecher"),
    # German: a quoted phrase in a sentence whose cue has a speaker
    ("de", "Gewerkschaftschef Bernd Osterloh kritisierte den Plan als „Angriff gegen die Belegschaft“.",
     "„Angriff gegen die Belegschaft“", "direct", "Bernd Osterloh"),
]


@pytest.mark.parametrize("lang,text,content,typ,speaker", DIRECT, ids=[f"{c[0]}-direct{i}" for i, c in enumerate(DIRECT)])
@pytest.mark.parametrize("options", [None, RULES], ids=["default", "rules"])
def test_parsed_direct_constructions(lang, text, content, typ, speaker, options):
    s = find(text, lang, content, options)
    assert s.type == Kind(typ)
    assert s.speaker is not None and speaker in s.speaker.text


# reported speech the lexical rules find in ru/uk (any backend)
SLAVIC = [
    # the content is the sentence before "Об этом заявил X"
    ("ru", "Белорусские военные не будут участвовать в боевых действиях. Об этом заявил министр обороны "
           "Виктор Хренин.",
     "Белорусские военные не будут участвовать в боевых действиях", "indirect", "Виктор Хренин"),
    ("uk", "Київ отримає нову партію систем ППО до кінця місяця. Про це заявив міністр оборони Рустем Умєров.",
     "Київ отримає нову партію систем ППО до кінця місяця", "indirect", "Рустем Умєров"),
    # a naming cue with one quoted word as its object
    ("ru", "Сообщения о переброске войск Лукашенко назвал «глупостью».", "«глупостью»", "direct", "Лукашенко"),
    ("uk", "Повідомлення про переговори речник Кремля назвав «вигадкою».", "«вигадкою»", "direct", "речник"),
    # a denial cue with a plain object
    ("uk", "Крім того, Лукашенко вкотре заперечив причетність Білорусі до вторгнення.",
     "причетність Білорусі до вторгнення", "indirect", "Лукашенко"),
]


@pytest.mark.parametrize("lang,text,content,typ,speaker", SLAVIC, ids=[f"{c[0]}-slavic{i}" for i, c in enumerate(SLAVIC)])
def test_parsed_slavic_constructions(lang, text, content, typ, speaker):
    s = find(text, lang, content)
    assert s.type == Kind(typ)
    assert s.speaker is not None and speaker in s.speaker.text


def test_parsed_separate_utterances_stay_apart():
    text = ("“We will win this state,” Smith said at the rally.\n\n"
            "Across town, the mood was different. “Nobody here believes it,” Jones said.")
    found = [s for s in run(text, "en") if s.type == Kind.DIRECT]
    assert len(found) == 2
    assert {s.speaker_name for s in found} == {"Smith", "Jones"}


def test_parsed_show_title_after_the_frame_is_no_continuation():
    text = '"We must step away from the broad brush," he said on "State of the Union."'
    found = [s for s in run(text, "en") if s.type == Kind.DIRECT]
    assert [[f.text for f in s.content] for s in found] == [['"We must step away from the broad brush,"']]


def test_parsed_post_posed_description_with_a_modifier():
    text = ('"You are going to see a massive ad spend," said one Republican involved in the planning. '
            '"Fundraising is not a problem."')
    s = find(text, "en", '"You are going to see a massive ad spend," … "Fundraising is not a problem."')
    assert s.speaker is not None and s.speaker.text.startswith("one Republican")


def test_parsed_title_case_headline_cue_and_name():
    text = "Clinton Says Trump Is Unfit To Serve\n\nHillary Clinton spoke in Ohio on Monday."
    s = find(text, "en", "Trump Is Unfit To Serve")
    assert [c.text for c in s.cue] == ["Says"]
    assert s.speaker_name == "Hillary Clinton"


def test_parsed_quote_inside_reported_clause_belongs_to_the_earlier_cue():
    text = ("Senator Ted Cruz said that there is “only one strong conservative who can win this race,” "
            "adding that it explains why Donald Trump attacks him.")
    found = run(text, "en")
    assert not any(s.speaker_name == "Donald Trump" for s in found)
    s = [s for s in found if "only one strong conservative" in s.text][0]
    assert s.type == Kind.MIXED and s.speaker_name == "Ted Cruz"


def test_parsed_german_konjunktiv_continues_the_previous_speaker():
    text = ("Komiteechef Thorbjørn Jagland sagte, der Preis solle die Verhandlungen stärken. "
            "Das Komitee habe schon immer versucht, offene Prozesse zu fördern.")
    s = find(text, "de", "Das Komitee habe schon immer versucht, offene Prozesse zu fördern.")
    assert s.type == Kind.INDIRECT
    assert "Jagland" in (s.speaker_name or "")


def test_parsed_german_indicative_sentence_is_not_a_continuation():
    text = ("Komiteechef Thorbjørn Jagland sagte, der Preis solle die Verhandlungen stärken. "
            "Das Komitee hat seinen Sitz in Oslo.")
    assert not any("Sitz in Oslo" in s.text for s in run(text, "de"))


def test_parsed_german_separable_cue_and_inverted_subject():
    text = "Am Montag teilte die Polizei mit, dass der Täter gefasst wurde."
    s = find(text, "de", "dass der Täter gefasst wurde")
    assert [c.text for c in s.cue] == ["teilte", "mit"]
    assert s.speaker is not None and "Polizei" in s.speaker.text


def test_parsed_german_quote_inside_reported_speech_is_also_direct():
    text = "Die Anwältin gab an, dass ihre Mandantin „große Angst hatte“."
    found = run(text, "de")
    assert any(s.type == Kind.DIRECT and s.text == "„große Angst hatte“" for s in found)
