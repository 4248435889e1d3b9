"""Throughput and peak memory of per-article extraction (``extract.statements``, then
``pipeline.process`` when it exists) on 600-word articles, in one process.

Articles: real PolNeAR dev articles of 450–800 words from ``../shared/data`` (English), and
generated Russian and Ukrainian articles of about 600 words assembled from news-style
sentences written for this benchmark (marked ``synthetic``). Each language is warmed up,
then timed in batches; the mean articles/s is printed with a 95 % interval over batches.
Peak RSS is the process's maximum resident set (``getrusage``), models included.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_extract.py [--batches 10] [--batch-size 20]

Targets (issue 3): ≥ 20 articles/s on 600-word articles, ≤ 1.5 GB peak.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from parallax.model import Article  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

RU = [
    "Президент Белоруссии Александр Лукашенко заявил, что Минск не намерен участвовать в конфликте.",
    "«Мы не собираемся никуда вводить войска, это исключено», — сказал он журналистам в среду.",
    "По словам главы государства, армия республики занимается только охраной границы.",
    "Пресс-секретарь Кремля Дмитрий Песков отметил, что переговоры пока не дали результата.",
    "«Контакты продолжаются на уровне экспертов, но говорить о прорыве рано», — добавил Песков.",
    "Как сообщило министерство обороны, учения пройдут в Гродненской и Брестской областях.",
    "Министр иностранных дел Сергей Лавров в интервью телеканалу «Россия 1» назвал эти обвинения «абсурдными».",
    "Он подчеркнул: «Никаких решений за спиной союзников приниматься не будет».",
    "Эксперты полагают, что экономическая ситуация в регионе останется сложной до конца года.",
    "Губернатор области сообщил, что восстановление моста займет не меньше трех месяцев.",
    "«Работы идут круглосуточно, и мы делаем все, чтобы жители не пострадали», — пояснил он.",
    "Депутат Госдумы выразил сомнение в том, что законопроект будет принят в весеннюю сессию.",
    "В Кремле отказались комментировать сообщения о возможной отставке министра.",
    "Накануне агентство ТАСС со ссылкой на источник сообщило о подготовке новой встречи.",
    "Лукашенко также отметил, что Белоруссия «никогда не была и не будет агрессором».",
    "Глава МИД напомнил, что предыдущий раунд консультаций прошел в Женеве в октябре.",
    "Цены на продукты в Москве за месяц выросли на 1,2 процента, следует из данных Росстата.",
    "«Это не наша война», — заявил Лукашенко корреспонденту Би-би-си Стиву Розенбергу.",
]
UK = [
    "Президент України Володимир Зеленський заявив, що Київ не погодиться на заморожування конфлікту.",
    "«Ми не віддамо жодного метра нашої землі», — наголосив він під час пресконференції у четвер.",
    "За словами міністра оборони, нові системи протиповітряної оборони вже прибули до країни.",
    "Речник Повітряних сил Юрій Ігнат повідомив, що вночі було збито дванадцять безпілотників.",
    "«Ситуація на сході залишається складною, але контрольованою», — додав Ігнат в ефірі телемарафону.",
    "Як повідомило Міністерство закордонних справ, консультації з партнерами триватимуть і наступного тижня.",
    "Голова Офісу президента в інтерв'ю BBC назвав ці заяви «відвертою маніпуляцією».",
    "Він підкреслив: «Жодних рішень про Україну без України не буде».",
    "Економісти вважають, що інфляція до кінця року сповільниться до восьми відсотків.",
    "Мер Харкова Ігор Терехов повідомив, що відновлення теплопостачання займе кілька днів.",
    "«Комунальники працюють цілодобово, щоб люди не залишилися без тепла», — пояснив він.",
    "Народний депутат висловив сумнів, що законопроєкт ухвалять до літніх канікул.",
    "У Міністерстві енергетики відмовилися коментувати інформацію про можливі відключення.",
    "Напередодні агентство Укрінформ із посиланням на джерело повідомило про підготовку нової зустрічі.",
    "Зеленський також зазначив, що Україна «ніколи не погодиться на капітуляцію».",
    "Міністр закордонних справ нагадав, що попередній раунд переговорів відбувся у Стамбулі.",
    "Ціни на продукти за місяць зросли на півтора відсотка, свідчать дані Держстату.",
    "«Це війна за наше існування», — сказав Зеленський журналістам у Вашингтоні.",
]
EN = [
    "President Alexander Lukashenko said on Wednesday that Minsk had no plans to join the conflict.",
    "“We are not going to send troops anywhere, that is out of the question,” he told reporters.",
    "According to the defence ministry, the exercises will take place near the western border.",
    "Kremlin spokesman Dmitry Peskov noted that the talks had not yet produced a result.",
    "“Contacts continue at the level of experts, but it is too early to speak of a breakthrough,” Peskov added.",
    "The foreign minister called the accusations “absurd” in an interview with the BBC.",
    "He stressed: “No decision will be taken behind the backs of our allies.”",
    "Economists believe the situation in the region will remain difficult until the end of the year.",
    "The governor said repairs to the bridge would take at least three months.",
    "Food prices in the capital rose by 1.2 percent over the month, official data showed.",
]


def generated(lang: str, sentences: list[str], n: int, words: int = 600) -> list[Article]:
    """``n`` synthetic articles of about ``words`` words, paragraphs of 2–4 shuffled sentences."""
    rnd = random.Random(f"bench-{lang}")
    out = []
    for i in range(n):
        paras, count = [], 0
        while count < words:
            para = " ".join(rnd.sample(sentences, rnd.randint(2, 4)))
            paras.append(para)
            count += len(para.split())
        text = "\n\n".join(paras)
        h = hashlib.sha1(text.encode()).hexdigest()
        out.append(Article(id=f"bench-{lang}-{i}", text=text, content_hash=h, language=lang, synthetic=True))
    return out


def real_english(n: int) -> list[Article]:
    path = DATA / "polnear.dev.jsonl"
    if not path.is_file():
        print(f"no {path}: English articles are generated instead", file=sys.stderr)
        return generated("en", EN, n)
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if 450 <= len(d["text"].split()) <= 800:
                out.append(Article(id=d["doc_id"], text=d["text"], content_hash=d["doc_id"], language="en"))
            if len(out) == n:
                break
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(name: str, fn, articles: list[Article], batches: int, size: int, warmup: int) -> dict:
    for a in articles[:warmup]:
        fn(a)
    rates, wrates = [], []
    pool = articles[warmup:] or articles
    for b in range(batches):
        batch = [pool[(b * size + i) % len(pool)] for i in range(size)]
        words = sum(len(a.text.split()) for a in batch)
        t0 = time.perf_counter()
        for a in batch:
            fn(a)
        dt = time.perf_counter() - t0
        rates.append(size / dt)
        wrates.append(words / dt)
    mean = statistics.mean(rates)
    ci = 1.96 * statistics.stdev(rates) / len(rates) ** 0.5 if len(rates) > 1 else 0.0
    return {"stage": name, "articles_s": mean, "ci95": ci, "words_s": statistics.mean(wrates),
            "words_per_article": statistics.mean(len(a.text.split()) for a in pool), "batches": batches,
            "batch_size": size, "peak_rss_mb": rss_mb()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=int, default=10)
    ap.add_argument("--batch-size", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--languages", default="en,ru,uk")
    ap.add_argument("--json", action="store_true", help="one JSON line per result on stdout")
    args = ap.parse_args(argv)

    from parallax import extract

    stages = [("extract.statements", lambda a: extract.statements(a, language=a.language))]
    try:
        from parallax import pipeline

        if hasattr(pipeline, "process"):
            stages.append(("pipeline.process", _process_fn(pipeline)))
    except ImportError:
        pass

    n = args.warmup + args.batches * args.batch_size
    corpora = {"en": real_english, "ru": lambda k: generated("ru", RU, k), "uk": lambda k: generated("uk", UK, k)}
    print(f"start RSS {rss_mb():.0f} MB; {os.cpu_count()} cores, OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}; "
          f"warm-up {args.warmup} articles, then {args.batches} batches of {args.batch_size}")
    for lang in args.languages.split(","):
        articles = corpora[lang](n)
        for name, fn in stages:
            r = timed(name, fn, articles, args.batches, args.batch_size, args.warmup)
            r["language"] = lang
            if args.json:
                print(json.dumps(r))
            else:
                print(f"{lang}  {name:<20} {r['articles_s']:6.1f} articles/s (95% CI ±{r['ci95']:.1f})  "
                      f"{r['words_s']:8,.0f} words/s  ({r['words_per_article']:.0f} words/article)  "
                      f"peak RSS {r['peak_rss_mb']:,.0f} MB")
    print(f"peak RSS {rss_mb():,.0f} MB (targets: >= 20 articles/s, <= 1,536 MB)")
    return 0


def _process_fn(pipeline):
    """``pipeline.process`` with the bundled people registry when one loads without a store."""
    registry = None
    try:
        from parallax import resolve
        from parallax.store import open_store

        registry = resolve.Registry.load(open_store(":memory:"))
    except Exception as e:  # noqa: BLE001 — the benchmark still times extraction + process without links
        print(f"pipeline.process runs without a registry ({type(e).__name__}: {e})", file=sys.stderr)
    return lambda a: pipeline.process(a, registry)


if __name__ == "__main__":
    sys.exit(main())
