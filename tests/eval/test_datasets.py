"""The corpus reader on a small fixture of our own sentences, and its errors naming file:line."""

from __future__ import annotations

import json

import pytest

from parallax.errors import FormatError, InputError
from parallax.eval.datasets import Quote, document, prediction_json, read, read_all
from parallax.model import Kind, Span


def test_datasets_read_fixture(fixtures):
    docs = list(read(fixtures / "eval" / "small.jsonl"))
    assert [d.id for d in docs] == ["en-1", "ru-1", "uk-1", "de-1", "de-2"]
    assert [d.language for d in docs] == ["en", "ru", "uk", "de", "de"]
    en = docs[0]
    assert en.dataset == "fixture" and not en.article.synthetic
    split = en.quotes[0]
    assert split.type is Kind.DIRECT
    assert [s.text for s in split.content] == ["“We will not close the bridge,”",
                                               "“It stays open until the repairs begin.”"]
    assert [s.text for s in split.speaker] == ["Berg"] and split.speaker[0].start == 86
    assert [s.text for s in docs[1].quotes[0].content] == ["завод «не будет закрыт» до конца года"]
    assert docs[2].quotes[0].cue[0].text == "За словами"
    assert docs[3].quotes == () and docs[3].annotated           # a negative: annotated, no quote
    assert docs[4].quotes is None and not docs[4].annotated     # no "quotes" field at all


def line(change: dict | None = None) -> dict:
    text = "Kowalski said the bridge stays open."
    obj = {"doc_id": "x", "language": "en", "text": text, "quotes": [
        {"id": "Q1", "type": "indirect", "content": "the bridge stays open", "content_start": 14,
         "content_end": 35, "speaker": "Kowalski", "speaker_start": 0, "speaker_end": 8,
         "cue": "said", "cue_start": 9, "cue_end": 13}]}
    obj["quotes"][0].update(change or {})
    return obj


@pytest.mark.parametrize("change, message", [
    ({"content_start": 13}, "content 'the bridge stays open' != text[13:35]"),
    ({"content_end": 99}, "outside the text"),
    ({"type": "quoted"}, "not one of direct, indirect, mixed"),
    ({"cue_start": None, "cue_end": None}, "cue 'said' has no offsets"),
    ({"content_spans": [[14, 24], [30, 40]]}, "outside [14, 35)"),
    ({"speaker_start": "0"}, "must be integers"),
])
def test_datasets_bad_quote_names_file_and_line(tmp_path, change, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line()) + "\n\n" + json.dumps(line(change)) + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as e:
        list(read(path))
    assert e.value.source == f"{path}:3"
    assert message in str(e.value)


@pytest.mark.parametrize("raw, message", [
    ("{not json", "not JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"doc_id": "a"}', "missing text"),
    ('{"text": "Hello"}', "missing doc_id"),
    ('{"doc_id": "a", "text": "Hi", "quotes": {}}', "quotes must be a list"),
])
def test_datasets_malformed_lines(tmp_path, raw, message):
    path = tmp_path / "polnear.dev.jsonl"
    path.write_text(raw + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match=message) as e:
        list(read(path))
    assert str(e.value).startswith(f"{path}:1")


def test_datasets_unreadable_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        list(read(tmp_path / "missing.jsonl"))
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"doc_id": "a", "text": "caf\xe9"}\n')
    with pytest.raises(FormatError, match="not UTF-8"):
        read_all([latin])


def test_datasets_dataset_name_defaults_to_file_stem(tmp_path):
    path = tmp_path / "mycorpus.dev.jsonl"
    path.write_text(json.dumps({"doc_id": 7, "text": "Plain text."}) + "\n", encoding="utf-8")
    (d,) = read(path)
    assert (d.dataset, d.id, d.language, d.quotes) == ("mycorpus", "7", None, None)


def test_datasets_prediction_round_trips_through_the_reader():
    text = "„Das bleibt so“, sagte Müller, „bis zum Sommer.“"
    src = document({"doc_id": "p", "dataset": "mine", "language": "de", "text": text})
    q = Quote("P1", Kind.DIRECT, (Span.of(text, 0, 15), Span.of(text, 31, 48)),
              speaker=(Span.of(text, 23, 29),), cue=(Span.of(text, 17, 22),), person="Anna Müller")
    out = prediction_json(src, [q])
    row = out["quotes"][0]
    assert row["content_spans"] == [[0, 15], [31, 48]]
    assert (row["content_start"], row["content_end"], row["speaker"], row["cue"], row["person"]) == (
        0, 48, "Müller", "sagte", "Anna Müller")
    assert "cue_spans" not in row
    back = document(json.loads(json.dumps(out, ensure_ascii=False)))
    assert back.quotes[0].content == q.content and back.quotes[0].speaker == q.speaker
    assert back.quotes[0].person == "Anna Müller"
