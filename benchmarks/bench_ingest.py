"""Ingest throughput and peak memory: generated plain-text articles and HTML pages → a temp SQLite.

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_ingest.py [--text 8000] [--html 2000] [--seed 1]

Generates ``--text`` plain-text articles of about 600 words (en, ru, uk, de, pl, with front
matter and a URL) and ``--html`` news pages (nav, cookie banner, footer around the article),
2 % of them near-duplicate copies under another outlet's URL, writes them to a temp folder,
then runs the ``parallax ingest`` command on each folder into one fresh SQLite file and
prints articles/s for each, plus peak RSS. Language identification is part of it (no language
is given); the lingua detectors (Latin and Cyrillic) are built once before timing (their load
time is printed).
Everything is marked synthetic.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

WORDS = {
    "en": ("president said troops would not take part in the war because escalation conflict country "
           "government minister interview reporters week border forces army officials statement told "
           "security talks sanctions economy election parliament people region city attack defence "
           "military support allies agreement leader meeting national foreign policy report news state "
           "according public weapons peace plan future history decision power law court question answer "
           "world europe capital budget energy gas oil prices market trade bank money").split(),
    "ru": ("президент заявил войска не будут участвовать в войне потому что эскалация конфликта страна "
           "правительство министр интервью журналистам неделе граница силы армия чиновники заявление "
           "сказал безопасность переговоры санкции экономика выборы парламент люди регион город атака "
           "оборона военные поддержка союзники соглашение лидер встреча национальной внешней политики "
           "доклад новости государство публично оружие мир план будущее история решение власть закон "
           "суд вопрос ответ мире европе столица бюджет энергия газ нефть цены рынок торговля").split(),
    "uk": ("президент заявив війська не братимуть участі у війні тому що ескалація конфлікту країна "
           "уряд міністр інтерв’ю журналістам тижні кордон сили армія посадовці заява сказав безпека "
           "переговори санкції економіка вибори парламент люди регіон місто атака оборона військові "
           "підтримка союзники угода лідер зустріч національної зовнішньої політики доповідь новини "
           "держава публічно зброя мир план майбутнє історія рішення влада закон суд питання відповідь "
           "світі європі столиця бюджет енергія газ нафта ціни ринок торгівля їхні є").split(),
    "de": ("präsident sagte truppen würden nicht am krieg teilnehmen weil eskalation konflikt land "
           "regierung minister interview journalisten woche grenze streitkräfte armee beamte erklärung "
           "sicherheit gespräche sanktionen wirtschaft wahl parlament menschen region stadt angriff "
           "verteidigung militär unterstützung verbündete abkommen führer treffen nationale außenpolitik "
           "bericht nachrichten staat öffentlich waffen frieden plan zukunft geschichte entscheidung").split(),
    "pl": ("prezydent powiedział wojska nie wezmą udziału w wojnie ponieważ eskalacja konfliktu kraj "
           "rząd minister wywiad dziennikarzom tygodniu granica siły armia urzędnicy oświadczenie "
           "bezpieczeństwo rozmowy sankcje gospodarka wybory parlament ludzie region miasto atak "
           "obrona wojsko wsparcie sojusznicy porozumienie przywódca spotkanie narodowej polityki "
           "raport wiadomości państwo publicznie broń pokój plan przyszłość historia decyzja").split(),
}
OUTLETS = {"en": ["bbc.com", "reuters.com", "apnews.com", "theguardian.com"], "ru": ["tass.ru", "meduza.io", "ria.ru"],
           "uk": ["pravda.com.ua", "unian.ua", "suspilne.media"], "de": ["dw.com", "spiegel.de"],
           "pl": ["pap.pl", "wyborcza.pl"]}
LANGS = list(WORDS)


def _article(rng: random.Random, lang: str, words: int = 600) -> str:
    vocab = WORDS[lang]
    sentences, n = [], 0
    while n < words:
        k = rng.randint(8, 22)
        s = " ".join(rng.choice(vocab) for _ in range(k))
        if rng.random() < 0.2:
            s = f"{s.split(' ', 3)[0]} {s.split(' ', 3)[1]}: «{s}»" if lang in ("ru", "uk") else f'{s}, he said "{s}"'
        sentences.append(s[0].upper() + s[1:] + ".")
        n += k
    paras = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paras)


def _copy(rng: random.Random, text: str) -> str:
    """A syndicated copy: new first sentence, one word changed further on."""
    rest = text.split(". ", 1)[-1]
    words = rest.split(" ")
    words[len(words) // 2] = "reportedly"
    return "Syndicated lead sentence written by the relaying outlet. " + " ".join(words)


def generate(folder: Path, n_text: int, n_html: int, seed: int) -> None:
    rng = random.Random(seed)
    (folder / "text").mkdir(parents=True)
    (folder / "html").mkdir(parents=True)
    last = ""
    for i in range(n_text):
        lang = LANGS[i % len(LANGS)]
        body = _copy(rng, last) if i and rng.random() < 0.02 else _article(rng, lang)
        last = body
        outlet = rng.choice(OUTLETS[lang])
        (folder / "text" / f"{i:05d}.txt").write_text(
            f"---\nurl: https://www.{outlet}/synthetic/bench-{i}\ntitle: Synthetic benchmark article {i}\n"
            f"published: 2024-10-{1 + i % 28:02d}\nsynthetic: true\n---\n{body}\n", encoding="utf-8")
    for i in range(n_html):
        lang = LANGS[i % len(LANGS)]
        body = _article(rng, lang)
        outlet = rng.choice(OUTLETS[lang])
        paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
        (folder / "html" / f"{i:05d}.html").write_text(
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="parallax:synthetic" content="true"><title>Synthetic page {i}</title>'
            f'<link rel="canonical" href="https://www.{outlet}/synthetic/page-{i}">'
            f'<meta property="article:published_time" content="2024-10-{1 + i % 28:02d}"></head><body>'
            f'<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
            f'<li><a href="/subscribe">Subscribe</a></li></ul></nav>'
            f'<div class="cookies">We use cookies. Accept?</div></header>'
            f"<main><article><h1>Synthetic page {i}</h1>\n{paras}</article>"
            f'<aside><h2>Most read</h2><ul><li><a href="/a">Other story</a></li></ul></aside></main>'
            f"<footer><p>© 2024 Synthetic. All rights reserved.</p></footer></body></html>", encoding="utf-8")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(folder: Path, db: Path, label: str, count: int) -> float:
    from parallax.cli import cli

    start = time.perf_counter()
    try:
        cli.main(["ingest", str(folder), "--db", str(db), "-s"], standalone_mode=False)
    except SystemExit as e:  # exit 1 when something was rejected
        if e.code:
            print(f"{label}: some inputs were rejected (exit {e.code})", file=sys.stderr)
    elapsed = time.perf_counter() - start
    rate = count / elapsed
    print(f"{label:5} {count:6d} articles in {elapsed:7.1f} s = {rate:7.1f} articles/s   "
          f"peak RSS so far {peak_rss_mb():6.0f} MB")
    return rate


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=int, default=8000, help="plain-text articles (default 8000)")
    parser.add_argument("--html", type=int, default=2000, help="HTML pages (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="parallax-bench-"))
    try:
        t = time.perf_counter()
        generate(tmp / "in", args.text, args.html, args.seed)
        print(f"generated {args.text} text + {args.html} HTML in {time.perf_counter() - t:.1f} s under {tmp}")
        t = time.perf_counter()
        from parallax.ingest import langid
        langid.detect("Warm up the detector for Latin-script text.")
        langid.detect("Лукашенко заявил, что это глупость.")  # and the one for Cyrillic text
        print(f"lingua detectors built and first calls in {time.perf_counter() - t:.1f} s (not timed below)")
        db = tmp / "bench.db"
        text_rate = run(tmp / "in" / "text", db, "text", args.text)
        html_rate = run(tmp / "in" / "html", db, "html", args.html)
        from parallax.store import open_store
        store = open_store(str(db))
        linked = sum(len(store.near_duplicates(i)) for i in store.article_ids()) // 2
        print(f"stored {store.count_articles()} articles, {linked} near-duplicate links; "
              f"db {db.stat().st_size / 1e6:.0f} MB; peak RSS {peak_rss_mb():.0f} MB")
        print(f"targets: text >= 500/s {'OK' if text_rate >= 500 else 'MISSED'}; "
              f"html >= 100/s {'OK' if html_rate >= 100 else 'MISSED'}")
        store.close()
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
