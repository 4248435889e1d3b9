"""The scorer on hand-made gold/prediction pairs; every expected number is worked out by hand."""

from __future__ import annotations

import re

import pytest

from parallax.eval.datasets import Document, Quote
from parallax.eval.score import PRF, Report, Tokens, align, jaccard, score, score_document, trimmed
from parallax.model import Article, Kind, Span


def find(text: str, s: str, n: int = 0) -> Span:
    starts = [m.start() for m in re.finditer(re.escape(s), text)]
    return Span.of(text, starts[n], starts[n] + len(s))


def quote(text: str, type: str, *content: str, speaker: str | None = None, cue: str | None = None,
          person: str | None = None, qid: str = "Q") -> Quote:
    return Quote(id=qid, type=Kind(type), content=tuple(find(text, c) for c in content),
                 speaker=(find(text, speaker),) if speaker else (), cue=(find(text, cue),) if cue else (),
                 person=person)


def doc(text: str, gold: list[Quote], language: str = "en", dataset: str = "t") -> Document:
    return Document(Article(id="d", text=text, content_hash="h", language=language), dataset, tuple(gold))


BRIDGE = "She said: “We will not close the bridge,” and left."
SPLIT = "“We will not close the bridge,” Berg said. “It stays open.”"


def test_score_prf_follows_spacy_shape():
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.fscore == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF().to_dict() == {"tp": 0, "fp": 0, "fn": 0, "p": 0.0, "r": 0.0, "f": 0.0}


def test_score_exact_needs_the_marks_overlap_does_not():
    gold = [quote(BRIDGE, "direct", "“We will not close the bridge,”")]
    pred = [quote(BRIDGE, "direct", "We will not close the bridge")]
    # gold tokens: “ We will not close the bridge , ” = 9; predicted 6 of them → Jaccard 6/9
    rows, _ = score_document(doc(BRIDGE, gold), pred)
    d = rows["direct"]
    assert (d.exact.tp, d.exact.fp, d.exact.fn) == (0, 1, 1)
    assert (d.overlap.tp, d.overlap.fp, d.overlap.fn) == (1, 0, 0)
    assert d.overlap.fscore == 1.0 and d.exact.fscore == 0.0


def test_score_exact_trims_white_space_only():
    gold = [quote(BRIDGE, "direct", "“We will not close the bridge,”")]
    padded = Quote("P", Kind.DIRECT, (find(BRIDGE, " “We will not close the bridge,” "),))
    assert trimmed(BRIDGE, padded.content) == trimmed(BRIDGE, gold[0].content)
    rows, _ = score_document(doc(BRIDGE, gold), [padded])
    assert rows["direct"].exact.tp == 1


def test_score_exact_joins_fragments_parted_by_white_space_only():
    text = "He said: “We stay.\n\nWe fight.” Then he left."
    gold = [Quote("G", Kind.DIRECT, (find(text, "“We stay."), find(text, "We fight.”")))]
    assert trimmed(text, gold[0].content) == ((9, 30),)
    rows, _ = score_document(doc(text, gold), [quote(text, "direct", "“We stay.\n\nWe fight.”")])
    assert rows["direct"].exact.tp == 1


@pytest.mark.parametrize("pred_fragments, exact, overlap", [
    # both fragments: exact
    (["“We will not close the bridge,”", "“It stays open.”"], 1, 1),
    # the extent with the frame "Berg said ." (3 tokens) inside: 15/18 overlap, not exact
    (["“We will not close the bridge,” Berg said. “It stays open.”"], 0, 1),
    # first fragment only: 9/15 = 0.6
    (["“We will not close the bridge,”"], 0, 1),
    # second fragment only: 6/15 = 0.4
    (["“It stays open.”"], 0, 0),
])
def test_score_discontinuous_gold_scores_fragments_gap_left_out(pred_fragments, exact, overlap):
    gold = [quote(SPLIT, "direct", "“We will not close the bridge,”", "“It stays open.”")]
    rows, _ = score_document(doc(SPLIT, gold), [quote(SPLIT, "direct", *pred_fragments)])
    assert rows["direct"].exact.tp == exact
    assert rows["direct"].overlap.tp == overlap


def test_score_jaccard_of_exactly_half_matches():
    text = "Residents said the council had ignored them for years."
    gold = [quote(text, "indirect", "the council had ignored")]
    tokens = Tokens(text)
    assert jaccard(tokens.of(gold[0].content), tokens.of([find(text, "had ignored")])) == 0.5
    rows, _ = score_document(doc(text, gold), [quote(text, "indirect", "had ignored")])
    assert rows["indirect"].overlap.tp == 1


def test_score_greedy_one_to_one():
    gold = [quote(BRIDGE, "direct", "“We will not close the bridge,”")]
    twice = [quote(BRIDGE, "direct", "“We will not close the bridge,”")] * 2
    rows, _ = score_document(doc(BRIDGE, gold), twice)
    d = rows["direct"]
    assert (d.exact.tp, d.exact.fp, d.exact.fn) == (1, 1, 0)
    assert d.exact.fscore == pytest.approx(2 / 3)
    # the better overlap wins the gold quote; the other one is a false positive
    partial = quote(BRIDGE, "direct", "We will not close the")  # 5/9
    whole = quote(BRIDGE, "direct", "We will not close the bridge,")  # 7/9
    al = align(BRIDGE, gold, [partial, whole])
    assert al.overlap == {1: 0}


ROWS_TEXT = ("Berg called the plan “a disaster for the town” and said the council had ignored residents. "
             "“Nobody asked us,” she told reporters. Traffic in the centre was heavy on Monday.")


def test_score_prediction_counts_in_the_row_of_the_gold_it_hits():
    gold = [quote(ROWS_TEXT, "mixed", "the plan “a disaster for the town”"),
            quote(ROWS_TEXT, "indirect", "the council had ignored residents"),
            quote(ROWS_TEXT, "direct", "“Nobody asked us,”")]
    pred = [quote(ROWS_TEXT, "indirect", "“Nobody asked us,”"),            # hits the direct one
            quote(ROWS_TEXT, "direct", "a disaster"),                       # 2/9 of the mixed one
            quote(ROWS_TEXT, "indirect", "Traffic in the centre was heavy on Monday")]  # hits nothing
    rows, _ = score_document(doc(ROWS_TEXT, gold), pred)
    assert (rows["direct"].gold, rows["direct"].predicted, rows["direct"].exact.tp) == (1, 1, 1)
    assert (rows["mixed"].predicted, rows["mixed"].exact.fp, rows["mixed"].exact.fn) == (1, 1, 1)
    assert (rows["indirect"].predicted, rows["indirect"].overlap.fp, rows["indirect"].overlap.fn) == (1, 1, 1)
    a = rows["all"]
    assert (a.gold, a.predicted, a.exact.tp, a.exact.fp, a.exact.fn) == (3, 3, 1, 2, 2)
    assert a.exact.precision == pytest.approx(1 / 3) and a.exact.recall == pytest.approx(1 / 3)


SPEAKER_TEXT = "“Nobody asked us,” said Mayor Anna Berg, and she left."


@pytest.mark.parametrize("speaker, cue, person, spk_ok, cue_ok, name_ok", [
    ("Berg", "said", None, 1, 1, 1),
    ("Mayor", None, None, 1, 0, 1),
    (None, "said", None, 0, 1, 0),
    ("Nobody", None, None, 0, 0, 0),           # a word inside the quote is not the speaker
    ("she", "said", "Anna Berg", 0, 1, 1),     # resolved name kept apart from the span
])
def test_score_speaker_and_cue_share_a_token(speaker, cue, person, spk_ok, cue_ok, name_ok):
    gold = [quote(SPEAKER_TEXT, "direct", "“Nobody asked us,”", speaker="Mayor Anna Berg", cue="said")]
    pred = [quote(SPEAKER_TEXT, "direct", "“Nobody asked us,”", speaker=speaker, cue=cue, person=person)]
    rows, _ = score_document(doc(SPEAKER_TEXT, gold), pred)
    d = rows["direct"]
    assert (d.speaker.correct, d.speaker.total) == (spk_ok, 1)
    assert (d.cue.correct, d.cue.total) == (cue_ok, 1)
    assert (d.name.correct, d.name.total) == (name_ok, 1)


def test_score_speaker_accuracy_counts_only_matched_quotes_with_a_gold_speaker():
    text = "“Nobody asked us,” she said. The plan, officials said, was “final”."
    gold = [quote(text, "direct", "“Nobody asked us,”", speaker="she", cue="said"),
            quote(text, "direct", "“final”", cue="said")]       # no speaker in gold
    pred = [quote(text, "direct", "“Nobody asked us,”", speaker="she"),
            quote(text, "direct", "“final”", speaker="officials")]
    rows, _ = score_document(doc(text, gold), pred)
    assert (rows["direct"].speaker.correct, rows["direct"].speaker.total) == (1, 1)
    assert rows["direct"].name.total == 0                      # "she" holds no capitalised word
    unmatched = score_document(doc(text, gold), [quote(text, "direct", "The plan", speaker="she")])[0]
    assert unmatched["direct"].speaker.total == 0


def test_score_empty_cases():
    text = "Nothing was said today."
    rows, tok = score_document(doc(text, []), [])
    assert all(r.exact.to_dict()["f"] == 0.0 and r.gold == r.predicted == 0 for r in rows.values())
    assert (tok.tp, tok.fp, tok.fn) == (0, 0, 0)
    rows, _ = score_document(doc(text, [quote(text, "indirect", "Nothing was said today")]), [])
    assert (rows["indirect"].overlap.fn, rows["indirect"].overlap.recall) == (1, 0.0)
    rows, _ = score_document(doc(text, []), [quote(text, "indirect", "Nothing was said today")])
    assert (rows["indirect"].exact.fp, rows["indirect"].exact.precision) == (1, 0.0)
    with pytest.raises(ValueError, match="no gold"):
        score_document(Document(Article(id="u", text=text, content_hash="h"), "t", None), [])


def test_score_content_tokens():
    gold = [quote(BRIDGE, "direct", "“We will not close the bridge,”")]  # 9 tokens
    pred = [quote(BRIDGE, "direct", "the bridge,” and left.")]           # the bridge , ” and left . = 7
    _, tok = score_document(doc(BRIDGE, gold), pred)
    assert (tok.tp, tok.fp, tok.fn) == (4, 3, 5)
    assert tok.fscore == pytest.approx(2 * (4 / 7) * (4 / 9) / (4 / 7 + 4 / 9))


def test_score_speech_subset_keeps_direct_and_speech_cues():
    text = ("Lindqvist believes the tax will pass. Her deputy said the vote was close. "
            "“We are ready,” the minister told reporters.")
    gold = [quote(text, "indirect", "the tax will pass", speaker="Lindqvist", cue="believes"),
            quote(text, "indirect", "the vote was close", speaker="Her deputy", cue="said"),
            quote(text, "direct", "“We are ready,”", speaker="the minister", cue="told")]
    pred = [quote(text, "indirect", "the tax will pass"), quote(text, "indirect", "the vote was close")]
    report = score([(doc(text, gold), pred)])
    speech = report.row("t", "en", "speech")
    assert (speech.gold, speech.predicted, speech.exact.tp, speech.exact.fp, speech.exact.fn) == (2, 1, 1, 0, 1)
    assert report.row("t", "en", "all").gold == 3
    ru = score([(doc("Он сказал, что устал.", [], language="ru"), [])])
    assert ("t", "ru", "speech") not in ru.rows


def test_score_report_sums_documents_and_prints_every_row():
    gold = [quote(BRIDGE, "direct", "“We will not close the bridge,”")]
    report = Report()
    report.add(doc(BRIDGE, gold), [quote(BRIDGE, "direct", "“We will not close the bridge,”")])
    report.add(doc(BRIDGE, gold), [])
    d = report.row("t", "en", "direct")
    assert (d.exact.tp, d.exact.fn, d.exact.recall) == (1, 1, 0.5)
    dicts = report.to_dicts()
    assert [r["type"] for r in dicts] == ["direct", "indirect", "mixed", "all", "tokens"]
    assert dicts[0]["documents"] == 2 and dicts[0]["exact"]["r"] == 0.5
    table = report.table()
    assert "direct" in table and ".500" in table


ROLE_TEXT = "«Так, це був його сигнал», – сказав глава ОВА."


@pytest.mark.parametrize("given, pred_person, ok", [
    ("Dmytro Zhyvytskyi", "Dmitriy Zhivitskiy", 1),   # another romanisation of the same person
    ("Dmytro Zhyvytskyi", "Dmytro Zhyvytskyy", 1),
    ("Dmytro Zhyvytskyi", "Dmytro Kuleba", 0),        # same forename, another person
    ("Dmytro Zhyvytskyi", None, 0),                   # a role left unresolved is no person
    ("Sumy Regional Military Administration", "ОВА", 1),  # a body kept as written matches its mention
    (None, "Dmytro Kuleba", None),                    # the annotator could not tell who: not scored
])
def test_score_name_against_the_annotated_person(given, pred_person, ok):
    g = quote(ROLE_TEXT, "direct", "«Так, це був його сигнал»", speaker="глава ОВА", cue="сказав", person=given)
    g = Quote(id=g.id, type=g.type, content=g.content, speaker=g.speaker, cue=g.cue, person=given,
              meta={"person_given": True})
    p = quote(ROLE_TEXT, "direct", "«Так, це був його сигнал»", speaker="глава ОВА", person=pred_person)
    rows, _ = score_document(doc(ROLE_TEXT, [g], language="uk"), [p])
    d = rows["direct"]
    assert (d.name.correct, d.name.total) == ((ok, 1) if ok is not None else (0, 0))


def test_score_name_keys_romanise_the_mention_as_its_language():
    """«Головнокомандувач ЗСУ Олександр Сирський» in Ukrainian news is the canonical "Oleksandr
    Syrskyi": read as Russian, the same letters give "Sirskiy" and a right resolution scored wrong."""
    from parallax.eval.score import _name_keys

    assert "syrsk" in _name_keys("Олександр Сирський", "uk") & _name_keys("Oleksandr Syrskyi", "uk")
    assert "svyry" in _name_keys("Прем’єр-міністерка Юлія Свириденко", "uk") & _name_keys("Yulia Svyrydenko", "uk")
    assert "syrsk" not in _name_keys("Сирський", "ru")
    # a Russian's canonical name against his Ukrainian spelling («Речник Кремля Дмитро Пєсков»)
    assert "dmitr" in _name_keys("Речник Кремля Дмитро Пєсков", "uk") & _name_keys("Dmitry Peskov", "uk")


def test_an_institution_is_named_by_its_mention_where_the_gold_gives_only_the_mention():
    """«У ДСНС повідомили, що …» (Ukrainian news). A corpus that annotates only the speaker mention cannot be
    matched by the institution's English canonical name (a translation, not a spelling): the resolved
    institution is read by its mention, as an unresolved speaker is; a person is still read by its name."""
    from parallax.eval.score import _name_ok

    text = "У ДСНС повідомили, що пожежу на складі ліквідовано."
    at = text.index("ДСНС")
    mention = (Span.of(text, at, at + len("ДСНС")),)
    content = (Span.of(text, text.index("пожежу"), len(text) - 1),)
    gold = Quote("g", Kind.INDIRECT, content, speaker=mention)
    body = Quote("p", Kind.INDIRECT, content, speaker=mention, person="State Emergency Service of Ukraine",
                 meta={"person_kind": "institution"})
    person = Quote("p", Kind.INDIRECT, content, speaker=mention, person="Ihor Klymenko", meta={"person_kind": "person"})
    assert _name_ok(text, gold, body, "uk") is True
    assert _name_ok(text, gold, person, "uk") is False
