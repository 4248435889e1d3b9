"""Statements split into their remarks (``align.parts``), on real reporting of Macron's 26 February
2024 press conference (the quotes are Macron's as the wires carried them)."""

from __future__ import annotations

from parallax.align import parts
from parallax.model import Kind, Span, Statement


def _quote(text: str, *pieces: str) -> Statement:
    spans = []
    for p in pieces:
        i = text.index(p)
        spans.append(Span.of(text, i, i + len(p)))
    content = tuple(spans)
    return Statement(id=Statement.make_id("a", content), article_id="a", type=Kind.DIRECT, content=content,
                     speaker_name="Emmanuel Macron", language="en")


def test_two_quoted_fragments_that_are_sentences_are_two_remarks():
    text = ("“There is no consensus today to send troops on the ground,” Macron said. “Nothing should be "
            "excluded. We will do whatever it takes to ensure that Russia cannot win this war.”")
    s = _quote(text, "There is no consensus today to send troops on the ground",
               "Nothing should be excluded. We will do whatever it takes to ensure that Russia cannot win this war.")
    got = [p.text for p in parts.split(s, text)]
    assert got == ["There is no consensus today to send troops on the ground", "Nothing should be excluded.",
                   "We will do whatever it takes to ensure that Russia cannot win this war."]
    assert len({p.id for p in parts.split(s, text)}) == 3
    assert [p.id for p in parts.split(s, text)] == [p.id for p in parts.split(s, text)]  # stable ids


def test_a_quote_broken_by_its_cue_stays_one_remark_when_its_halves_are_short():
    text = "“Nonsense,” Lukashenko said, “all of it.”"
    s = _quote(text, "Nonsense", "all of it.")
    assert parts.split(s, text) == [s]


def test_a_part_never_splits_again():
    text = ("“There is no consensus today to send troops on the ground. Nothing should be excluded,” Macron "
            "said.")
    s = _quote(text, "There is no consensus today to send troops on the ground. Nothing should be excluded")
    got = parts.split(s, text)
    assert len(got) == 2
    assert all(parts.split(p, text) == [p] for p in got)


def test_a_sentence_splits_at_its_clauses_in_any_language():
    """Outlets relay the two halves of "no consensus …, but nothing ruled out" as separate remarks."""
    text = ("“There is no consensus today to send forces on the ground in an official manner, but nothing "
            "should be ruled out,” Macron said.")
    s = _quote(text, "There is no consensus today to send forces on the ground in an official manner, but nothing "
                     "should be ruled out")
    assert [p.text for p in parts.split(s, text)] == [
        "There is no consensus today to send forces on the ground in an official manner,",
        "but nothing should be ruled out"]
    uk = ("«Я відчув, що позиції дуже далекі один від одного, що потрібно зробити багато кроків для встановлення "
          "миру, але перший важливий крок до діалогу вже зроблено», – додав угорський прем'єр.")
    s = _quote(uk, uk[1:uk.index("»")])
    got = parts.split(s, uk)
    assert [p.text[:20] for p in got] == ["Я відчув, що позиції", "що потрібно зробити ", "але перший важливий "]
    assert all(parts.split(p, uk) == [p] for p in got)


def test_a_short_clause_stays_with_its_neighbour():
    text = "“We discussed it, and there is no consensus today to send troops on the ground,” he said."
    s = _quote(text, "We discussed it, and there is no consensus today to send troops on the ground")
    assert parts.split(s, text) == [s]


def test_a_condition_and_its_consequence_stay_one_remark():
    """BelTA's «Если …, это будет шаг к эскалации конфликта» is one proposition; so is "If …, it would be …",
    and an apposition ("…, even Belarus, …") never stands alone."""
    ru = "«Если вооруженные силы любой страны окажутся на линии соприкосновения, это будет шаг к эскалации конфликта»"
    s = _quote(ru, ru[1:-1])
    s = Statement(id=s.id, article_id="a", type=Kind.DIRECT, content=s.content, speaker_name="Лукашенко", language="ru")
    assert parts.split(s, ru) == [s]
    en = ("“If the armed forces of any country, even Belarus, were on the conflict line, it would be a step towards "
          "the escalation of the conflict,” he said.")
    s = _quote(en, en[1:en.index(",”")])
    assert parts.split(s, en) == [s]
