"""``parallax eval`` runs the code ``parallax run`` runs: extraction, then resolution against the
people registry, so predictions carry the canonical person (issue 11, part 4)."""

from __future__ import annotations

from parallax import pipeline, resolve
from parallax.eval.datasets import document, prediction_json
from parallax.eval.run import evaluate

# lenta.ru, 28 May 2024 (real news text, shortened)
RU = ("Президент Белоруссии Александр Лукашенко заявил, что не считает себя агрессором. "
      "«Я не хочу никакой войны», — заявил Лукашенко на форуме медийного сообщества Белоруссии в Могилеве.")


def test_eval_predictions_carry_the_registry_person_like_run():
    doc = document({"doc_id": "lenta-1", "text": RU, "language": "ru", "quotes": []})
    written = []
    evaluate([doc], write=lambda d, qs: written.append(prediction_json(d, qs)))
    quotes = written[0]["quotes"]
    assert quotes, "the extractor found nothing"
    assert {q["person"] for q in quotes} == {"Alexander Lukashenko"}
    assert {q["person_id"] for q in quotes} == {"alexander-lukashenko"}
    # exactly what the pipeline gives `parallax run`
    linked, _ = pipeline.process(doc.article, resolve.Registry.load())
    assert [(s.person_id, s.person_name) for s in linked] == [(q["person_id"], q["person"]) for q in quotes]


def test_a_latin_canonical_person_matches_an_inflected_cyrillic_mention():
    from parallax.eval.score import _name_keys

    assert _name_keys("Vladimir Putin") & _name_keys("Путина")
    assert _name_keys("Volodymyr Zelensky") & _name_keys("Зеленского")
    assert not _name_keys("Vladimir Putin") & _name_keys("Лукашенко")
