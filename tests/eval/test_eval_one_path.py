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


def test_the_user_path_evaluations_start_from_a_fresh_store(tmp_path):
    """``eval.events`` and ``eval.planted`` run the user's path in a work folder: a store an earlier
    evaluation left there must not be read, or the figures are the earlier code's (ingest skips its known
    articles and ``run`` finds nothing pending)."""
    import json

    from parallax.eval.events import _parallax, fresh_store

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "lenta-1", "text": RU, "language": "ru", "outlet": "lenta.ru",
                               "published": "2024-05-28"}, ensure_ascii=False) + "\n", encoding="utf-8")
    old = fresh_store(tmp_path, "events.db")
    _parallax("ingest", str(src), "--db", old)
    _parallax("run", "--db", old)
    assert _parallax("statements", "--db", old, "--json").strip(), "the earlier store holds statements"
    db = fresh_store(tmp_path, "events.db")
    assert db == old and not (tmp_path / "events.db").exists() and not (tmp_path / "events.db.lock").exists()
