"""What a run keeps of a statement (its day, its reading) lives for that run only (``parallax.memo``, issue 10):
a second run in the same process, on another store, gives what a fresh process gives, though the two stores
hold a statement of the same id whose article says another day."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np

from parallax.compare import contradictions as C
from parallax.compare.timing import statement_day
from parallax.memo import memo, one_run
from parallax.model import Article, Fact, Kind, Span, Statement

F03 = Fact("F03", "Liz Truss resigned as leader of the Conservative Party and as Prime Minister of the United Kingdom; "
           "she announced her resignation on 20 October 2022.", "2022-10-20", None,
           ("Liz Truss", "Conservative Party", "United Kingdom"))
# real: argumenti.ru, 18 October 2022 (her pledge); bzzz, 20 October 2022 (her resignation); the second
# store's copy of the resignation dates it "в понедельник" (Monday the 17th, before the pledge)
PLEDGE = "По словам Трасс, она останется на своем посту, «чтобы действовать в национальных интересах»."
RESIGNS = "Премьер-министр Великобритании Лиз Трасс уходит в отставку"
TODAY = RESIGNS + ", заявила она."
MONDAY = RESIGNS + ", заявила она в понедельник."


def _said(aid, text, content, cue, day):
    a = Article(id=aid, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(), outlet=f"{aid}.ru",
                language="ru", published=day, url=f"https://{aid}.ru/{aid}")
    i, j = text.index(content), text.index(cue)
    span = (Span.of(text, i, i + len(content)),)
    s = Statement(id=Statement.make_id(aid, span), article_id=aid, type=Kind.INDIRECT, content=span,
                  cue=(Span.of(text, j, j + len(cue)),), person_id="liz-truss", person_name="Liz Truss",
                  speaker_name="Лиз Трасс", language="ru")
    return a, s


class _Fixed:
    """Vectors by the words a text holds: the pledge and the resignation near the fact, anything else apart."""

    name, dim, same_claim, verbatim = "fixed-test", 3, 0.9, 0.95

    def embed(self, texts):
        e, unit = np.eye(3), lambda v: v / np.linalg.norm(v)
        return np.array([e[0] if "Truss resigned" in t else unit(0.82 * e[0] + 0.57 * e[1]) if "останется" in t
                         else unit(0.86 * e[0] + 0.3 * e[1] + 0.41 * e[2]) if "отставку" in t else e[2]
                         for t in texts], dtype=np.float32)


def _store(path: str, later_text: str):
    from parallax.store import open_store

    store = open_store(path)
    pieces = [_said("argumenti", PLEDGE, "она останется на своем посту", "По словам", "2022-10-18"),
              _said("bzzz", later_text, RESIGNS, "заявила", "2022-10-20")]
    store.add_articles([a for a, _s in pieces])
    for a, s in pieces:
        store.replace_statements(a.id, [s], "test")
    store.put_facts([F03])
    return store


def _flags(path: str, later_text: str) -> list[tuple[str, str]]:
    store = _store(path, later_text)
    C.run(store, embedder=_Fixed())
    got = sorted((c.rule, c.against_kind) for c in store.contradictions())
    store.close()
    return got


def test_a_second_run_in_one_process_reads_nothing_of_the_first(tmp_path):
    first = _flags(str(tmp_path / "monday.db"), MONDAY)
    second = _flags(str(tmp_path / "today.db"), TODAY)
    fresh = json.loads(subprocess.run([sys.executable, __file__, str(tmp_path / "fresh.db")], capture_output=True,
                                      text=True, check=True).stdout)
    assert second == [tuple(f) for f in fresh]
    # the resignation on the 20th reverses the pledge of the 18th; said on Monday the 17th, it came before it
    assert ("fact-sides", "statement") in second and ("fact-sides", "statement") not in first


def test_a_statements_day_is_its_own_articles_in_each_run():
    a, s = _said("bzzz", MONDAY, RESIGNS, "заявила", "2022-10-20")
    b, t = _said("bzzz", TODAY, RESIGNS, "заявила", "2022-10-20")
    assert s.id == t.id
    with one_run():
        assert statement_day(s, {"bzzz": a}) == "2022-10-17"
    with one_run():
        assert statement_day(t, {"bzzz": b}) == "2022-10-20"


def test_a_memo_lives_for_its_run_and_an_inner_block_is_part_of_it():
    assert memo("days") is None
    with one_run():
        memo("days")["x"] = 1
        with one_run():
            assert memo("days") == {"x": 1}
        seen = []
        t = threading.Thread(target=lambda: seen.append(memo("days")))
        t.start()
        t.join()
        assert seen == [None]  # another thread is outside the run: it keeps nothing
    assert memo("days") is None
    with one_run():
        assert memo("days") == {}


if __name__ == "__main__":  # a fresh process: the flags of the second store alone
    print(json.dumps(_flags(sys.argv[1], TODAY)))
