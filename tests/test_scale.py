"""The Ray path (extra ``[scale]``) maps the same per-article work as the in-process pipeline."""

from __future__ import annotations

import pytest

from parallax import pipeline, resolve
from parallax.model import Article

ray = pytest.importorskip("ray", reason="the [scale] extra (ray) is not installed")

TEXTS = [
    "Lukashenko told the BBC that Belarusian troops would not take part in the war.",
    "«Запад сразу отреагирует», — заявил Лукашенко в интервью телеканалу «Россия 1».",
    "Зеленський наголосив, що Україна не погодиться на заморожування війни.",
]


def test_scale_matches_in_process_pipeline():
    from parallax.scale import process_corpus

    articles = [Article(id=f"s{i}", text=t, content_hash=str(i), language=lang, synthetic=True)
                for i, (t, lang) in enumerate(zip(TEXTS, ("en", "ru", "uk")))]
    registry = resolve.Registry.load(None)
    local = {a.id: [(s.start, s.end, s.person_id) for s in pipeline.process(a, registry)[0]] for a in articles}
    try:
        remote = {a.id: [(s.start, s.end, s.person_id) for s in stmts]
                  for a, stmts, _people in process_corpus(articles, workers=1, chunk_size=2)}
    finally:
        ray.shutdown()
    assert remote == local
    assert all(local.values())
