"""Benchmark name resolution with a 10,000-person registry: load time, mentions/s, peak RSS.

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_resolve.py [--people 10000] [--mentions 20000]

The registry is the bundled people plus synthetic ones (Latin and Cyrillic names built from
common given names and surname stems, marked ``synthetic``), so lookups face realistic
collisions. Mentions mix the evaluation cases with full names, bare surnames, initials and
inflected forms of synthetic people. Linking goes through ``resolve.link`` on articles of 20
statements, as the pipeline calls it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parallax.model import Article, Kind, Person, Span, Statement  # noqa: E402
from parallax.resolve import Registry, link  # noqa: E402
from parallax.resolve.registry import read_people_file, BUNDLED, _Meta  # noqa: E402

GIVEN_UK = "Олександр Андрій Василь Віктор Дмитро Іван Михайло Микола Олег Петро Сергій Тарас Юрій Ігор Богдан Роман".split()
GIVEN_RU = "Александр Андрей Василий Виктор Дмитрий Иван Михаил Николай Олег Пётр Сергей Юрий Игорь Борис Роман".split()
GIVEN_EN = "John Michael David James Robert Mark Peter Thomas Anna Maria Julia Emma Laura".split()
STEMS = ("Коваль Шевчен Бондар Ткач Кравч Олійн Мельн Савч Руден Гончар Лисен Марчен Кузьм Павл Петр "
         "Соколов Волков Лебедев Морозов Новиков Козлов Зайцев Орлов Белов Фролов").split()
SUFFIX_UK = ["енко", "ук", "ишин", "ський", "ич"]
EN_SURN = "Smith Miller Taylor Brown Walker Harris Clark Lewis Young Hall Allen King Wright Scott Green Baker".split()


def synthetic_people(n: int, rng: random.Random) -> list[tuple[Person, _Meta]]:
    out = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            name = f"{rng.choice(GIVEN_UK)} {rng.choice(STEMS)}{rng.choice(SUFFIX_UK)}{i}"
        elif kind == 1:
            name = f"{rng.choice(GIVEN_RU)} {rng.choice(STEMS)}ов{i}"
        else:
            name = f"{rng.choice(GIVEN_EN)} {rng.choice(EN_SURN)}{i}"
        name = "".join(ch for ch in name if not ch.isdigit()) + " " + _tag(i)
        p = Person(id=f"synthetic-{i}", name=name, aliases=(), source="synthetic")
        out.append((p, _Meta(names=((name, None),))))
    return out


def _tag(i: int) -> str:
    # A distinct, pronounceable third word keeps synthetic names unique without digits.
    syll = ["ba", "ko", "ri", "ne", "lu", "sa", "to", "vi", "de", "mo"]
    s = ""
    while True:
        s += syll[i % 10]
        i //= 10
        if not i:
            return s.capitalize() + "ko"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--mentions", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    bundled = read_people_file(BUNDLED)
    synth = synthetic_people(max(0, args.people - len(bundled)), rng)
    t0 = time.perf_counter()
    registry = Registry(list(bundled) + synth)
    load_s = time.perf_counter() - t0

    cases = [json.loads(l) for l in (ROOT / "tests/fixtures/resolve/cases.jsonl").read_text(
        encoding="utf-8").splitlines() if l.strip()]
    pool = [(c["mention"], c["lang"]) for c in cases]
    for p, _m in rng.sample(synth, min(2000, len(synth))):
        toks = p.name.split()
        pool += [(p.name, "uk"), (" ".join(toks[-2:]), "uk"), (toks[1], "uk"), (f"{toks[0][0]}. {toks[1]}", "uk")]
    mentions = [rng.choice(pool) for _ in range(args.mentions)]

    # Articles of 20 statements, as extract hands them to link().
    batches = []
    for b in range(0, len(mentions), 20):
        chunk = mentions[b:b + 20]
        text = " ".join(f"«Так», — сказав {m}." for m, _ in chunk)
        art = Article(id=f"bench-{b}", text=text, content_hash=str(b), language=chunk[0][1],
                      published="2024-10-23", synthetic=True)
        sts, pos = [], 0
        for m, _ in chunk:
            s = text.index(m, pos)
            c = text.index("Так", pos)
            pos = s + len(m)
            spans = (Span.of(text, c, c + 3),)
            sts.append(Statement(id=f"{art.id}-{s}", article_id=art.id, type=Kind.DIRECT, content=spans,
                                 speaker=Span.of(text, s, s + len(m)), speaker_name=m))
        batches.append((art, sts))

    runs = []
    for _rep in range(3):          # the first pass is cold (caches empty), the others warm
        t = time.perf_counter()
        linked = 0
        for art, sts in batches:
            out, _new = link(sts, art, registry)
            linked += sum(1 for s in out if s.person_id)
        runs.append(len(mentions) / (time.perf_counter() - t))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"registry: {len(registry)} people ({len(bundled)} bundled + {len(synth)} synthetic), "
          f"index keys {registry.index_size()}, built in {load_s:.2f} s")
    print(f"mentions: {len(mentions)} in {len(batches)} articles; linked {linked}")
    print(f"cold pass: {runs[0]:,.0f} mentions/s; warm passes: {statistics.mean(runs[1:]):,.0f} mentions/s")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
