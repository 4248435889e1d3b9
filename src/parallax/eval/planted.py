"""Planted changes: coverage verdicts scored on real articles with known edits.

Reads: an occasion folder of ``../shared/data/events_dev`` (``articles.jsonl`` + the hand-annotated
``statements.json``) at run time; no article text is stored in the repository.
Writes: ``planted.jsonl`` (originals, planted copies, control copies), ``key.json`` (the answer
key) and a store under ``workdir``.
Depends on: the ``parallax`` command (``ingest`` → ``run`` → ``coverage --json`` and
``statements --json``, as a user runs them) through ``eval.events._parallax``.

A seeded subset of articles is kept as is; into COPIES of some of them one change is planted per
copy (new id, url and outlet ``planted-<n>.example``, ``synthetic: true``): an omission (the
sentences carrying one widely reported remark deleted), negation added or dropped, a number or a
date changed, a hedge dropped or added, a modal shift, the words given to another person, a named
party swapped, words put inside the quotation marks. Control copies (``control-<n>.example``)
re-publish an article unchanged. ``score`` maps each plant to its coverage cell (the planted
outlet's cell whose claim holds the statement overlapping the planted span, or, in the fair scoring,
any claim that stands for the planted remark) and measures what the issue asks: omissions found,
alterations found with the right kind, flag precision on planted copies (fair: omitted cells the
annotation confirms on the copy's text are right too), and the share of control cells flagged. A
plant no reader could see (``visible``) is scored apart; the strict figures are kept beside the fair.

The rewrite tables below are test-data generators (a few surface forms per language), not
language knowledge the pipeline uses.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

from .events import _parallax, fresh_store

#: Kinds planted, in report order; ``modal`` has no kind of its own in the coverage JSON, so a
#: ``qualifier`` verdict counts as the right kind for it.
KINDS = ("omission", "negation", "number", "date", "qualifier", "modal", "speaker", "addressee",
         "added_words")
RIGHT_KIND = {k: {k} for k in KINDS} | {"modal": {"modal", "qualifier"}}
FLAGS = {"altered", "omitted"}


@dataclass(frozen=True, slots=True)
class Plant:
    """One planted change (or control) in one copy of a real article."""

    kind: str            # one of KINDS, or "control"
    variant: str         # e.g. "negation dropped", "should -> can"
    copy_id: str
    outlet: str
    source_id: str       # the original article
    language: str
    statement_id: str    # the annotated statement the change hits ("" for controls)
    span: tuple[int, int]  # the changed mention in the copy (in the original for omissions)
    source_span: tuple[int, int]  # the same mention in the original
    before: str
    after: str
    #: omissions: the remark's mentions in the kept originals, (article id, start, end), to find its
    #: claim when the original's own statement was not extracted
    elsewhere: tuple[tuple[str, int, int], ...] = ()


# --- rewrite tables (generators of test data) -------------------------------------------------

_W = r"(?<!\w)"
_E = r"(?!\w)"


def _rx(words: str) -> re.Pattern:
    return re.compile(_W + r"(" + words + r")" + _E, re.I)


NEG_DROP = {
    "en": [(r"\b(can|will|must|should|do|does|did|is|are|was|would)\s+not\s", r"\1 "), (r"\bcannot\b", "can"),
           (r"\bnever\s", "")],
    "ru": [(_W + r"не\s", "")], "uk": [(_W + r"не\s", "")], "pl": [(_W + r"nie\s", "")],
    "de": [(_W + r"nicht\s", "")],
    "fr": [(_W + r"(ne|n')\s?(\w+) pas\b", r"\2")],
}
_AUX = {
    "en": "can|will|must|should|is|are|was",
    "ru": "может|будет|должен|должна|должно|должны|могут|будут",
    "uk": "може|буде|повинен|повинна|повинні|мають|має|можуть|будуть",
    "pl": "może|będzie|musi|powinien|powinna|mogą|będą",
    "de": "ist|wird|kann|muss|soll",
    "fr": "peut|doit|est|sera|peuvent|doivent|sont",
}
NEG_ADD = {
    "en": [(_rx(_AUX["en"]), r"\1 not")],
    "ru": [(_rx(_AUX["ru"]), r"не \1")], "uk": [(_rx(_AUX["uk"]), r"не \1")],
    "pl": [(_rx(_AUX["pl"]), r"nie \1")], "de": [(_rx(_AUX["de"]), r"\1 nicht")],
    "fr": [(_rx(_AUX["fr"]), r"ne \1 pas")],
}
#: a mention with any of these is "negative": negation is dropped there, never added (no double negation)
NEGATORS = {"en": r"\b(not|never|no|cannot|nothing|nobody|none|neither|nor)\b|n't",
            "ru": _W + r"(не|ни|нет|никогда|ничто|ничего|никто|нельзя)" + _E,
            "uk": _W + r"(не|ні|ніколи|ніщо|нічого|ніхто|не можна)" + _E, "pl": _W + r"(nie|nigdy|nic|nikt)" + _E,
            "de": r"\b(nicht|nichts|kein\w*|nie|niemand)\b", "fr": r"\b(ne|n'|pas|jamais|rien|personne)\b"}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
HEDGE_DROP = {
    "en": r"even|only|almost|probably|apparently|perhaps|for now",
    "ru": r"даже|только|почти|вероятно|пока",
    "uk": r"навіть|лише|тільки|майже|ймовірно|поки що",
    "pl": r"nawet|tylko|prawie|prawdopodobnie",
    "de": r"sogar|nur|fast|wahrscheinlich|vorerst",
    "fr": r"même|seulement|presque|probablement",
}
HEDGE_ADD = {"en": (r"\1 apparently", "apparently"), "ru": (r"даже \1", "даже"), "uk": (r"навіть \1", "навіть"),
             "pl": (r"nawet \1", "nawet"), "de": (r"\1 sogar", "sogar"), "fr": (r"\1 même", "même")}
MODALS = {
    "en": {"should": "can", "must": "may", "can": "should", "cannot": "should not"},
    "ru": {"должен": "может", "должна": "может", "должно": "может", "должны": "могут", "может": "должно",
           "могут": "должны"},
    "uk": {"повинен": "може", "повинна": "може", "повинні": "можуть", "має": "може", "може": "має"},
    "pl": {"musi": "może", "powinien": "może", "powinna": "może", "może": "musi", "mogą": "muszą"},
    "de": {"muss": "kann", "soll": "kann", "kann": "muss", "müssen": "können", "können": "müssen"},
    "fr": {"doit": "peut", "peut": "doit", "doivent": "peuvent", "peuvent": "doivent"},
}
#: named parties swapped (stem → stem, endings kept): addressee
PARTIES = {
    "en": {"Russia": "Belgium", "Ukraine": "Moldova", "Hungary": "Austria", "France": "Italy",
           "Moscow": "Brussels", "Kyiv": "Chisinau"},
    "ru": {"Росси": "Бельги", "Украин": "Молдов", "Венгри": "Австри", "Франци": "Итали"},
    "uk": {"Росі": "Бельгі", "Україн": "Молдов", "Угорщин": "Словаччин", "Франці": "Італі"},
    "pl": {"Rosj": "Belgi", "Węgr": "Czech", "Francj": "Hiszpani"},
    "de": {"Russland": "Belgien", "Ukraine": "Moldau", "Ungarn": "Österreich", "Frankreich": "Italien"},
    "fr": {"Russie": "Belgique", "Ukraine": "Moldavie", "Hongrie": "Autriche"},
}
#: words put inside the quotation marks: the first-person pronoun replaced by a party ("we" →
#: "France"), else an inserted phrase
PRONOUN_TO_PARTY = {"en": ("we", "Belgium"), "ru": ("мы", "Бельгия"), "uk": ("ми", "Бельгія"),
                    "pl": ("my", "Belgia"), "de": ("wir", "Belgien"), "fr": ("nous", "la Belgique")}
INSERTED = {"en": "without the slightest doubt", "ru": "без малейшего сомнения", "uk": "без найменшого сумніву",
            "pl": "bez najmniejszej wątpliwości", "de": "ohne den geringsten Zweifel",
            "fr": "sans le moindre doute"}
#: who the words are given to (speaker swap): (full name, surname) per script
OTHER_PERSON = {"Latn": ("Olaf Scholz", "Scholz"), "ru": ("Олаф Шольц", "Шольц"), "uk": ("Олаф Шольц", "Шольц")}
_QUOTES = "\"“”«»„"


# --- planting ---------------------------------------------------------------------------------

Edit = tuple[str, tuple[int, int], str]  # new text, new mention span, variant


def _sub_in(text: str, span: tuple[int, int], rx: re.Pattern, repl: str | Callable, variant: str) -> Edit | None:
    """Replace the first match of ``rx`` inside ``span``; the span follows the edit."""
    s, e = span
    m = rx.search(text, s, e)
    if not m or m.end() > e:
        return None
    new = m.expand(repl) if isinstance(repl, str) else repl(m)
    delta = len(new) - (m.end() - m.start())
    return text[:m.start()] + new + text[m.end():], (s, e + delta), variant


def _negation(text, span, lang, rng):
    body = text[span[0]:span[1]]
    if re.search(NEGATORS.get(lang, r"$^"), body, re.I):
        for pat, repl in NEG_DROP.get(lang, []):
            if (r := _sub_in(text, span, re.compile(pat, re.I), repl, "negation dropped")):
                return r
        return None
    for rx, repl in NEG_ADD.get(lang, []):
        if (r := _sub_in(text, span, rx, repl, "negation added")):
            return r
    return None


def _number(text, span, lang, rng):
    def bump(m):
        n = int(m.group())
        return str(n * 3 if n < 10 else n + 17)
    rx = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)(?!\s*(?:" + MONTHS.get(lang, "x").replace(" ", "|") + r"))",
                    re.I)
    return _sub_in(text, span, rx, bump, "number changed")


def _date(text, span, lang, rng):
    names = MONTHS.get(lang, "").split()
    if names:
        rx = re.compile(_W + "(" + "|".join(names) + ")" + _E, re.I)
        m = rx.search(text, *span)
        if m and m.end() <= span[1]:
            i = [n.lower() for n in names].index(m.group(1).lower())
            return _sub_in(text, span, rx, lambda mm: names[(i + 1) % 12], "month changed")
    return _sub_in(text, span, re.compile(r"\b20[0-4]\d\b"), lambda m: str(int(m.group()) - 1), "year changed")


def _qualifier(text, span, lang, rng):
    if lang not in HEDGE_DROP:
        return None
    rx = re.compile(_W + "(?:" + HEDGE_DROP[lang] + r")\s", re.I)
    if (r := _sub_in(text, span, rx, "", "hedge dropped")):
        return r
    repl, word = HEDGE_ADD[lang]
    return _sub_in(text, span, _rx(_AUX[lang]), repl, f"hedge added ({word})")


def _modal(text, span, lang, rng):
    table = MODALS.get(lang)
    if not table:
        return None
    rx = _rx("|".join(sorted(table, key=len, reverse=True)))

    def swap(m):
        w = m.group(1)
        new = table[w.lower()]
        return new[:1].upper() + new[1:] if w[:1].isupper() else new
    m = rx.search(text, *span)
    if not m or m.end() > span[1]:
        return None
    return _sub_in(text, span, rx, swap, f"{m.group(1).lower()} -> {table[m.group(1).lower()]}")


def _addressee(text, span, lang, rng):
    table = PARTIES.get(lang)
    if not table:
        return None
    rx = re.compile(_W + "(" + "|".join(table) + ")")
    m = rx.search(text, *span)
    if not m or m.end() > span[1]:
        return None
    return _sub_in(text, span, rx, lambda mm: table[mm.group(1)], f"{m.group(1)} -> {table[m.group(1)]}")


def _added_words(text, span, lang, rng):
    body = text[span[0]:span[1]]
    if lang not in INSERTED or not any(q in body for q in _QUOTES):
        return None
    pron, party = PRONOUN_TO_PARTY[lang]
    first_q = span[0] + min(body.index(q) for q in _QUOTES if q in body)
    inside = (first_q, span[1])
    rx = re.compile(_W + "(" + pron + ")" + _E, re.I)
    if (r := _sub_in(text, inside, rx, lambda m: party if m.group(1).islower() else party[:1].upper() + party[1:],
                     f"'{pron}' -> '{party}' inside the quote")):
        return r[0], (span[0], r[1][1]), r[2]
    m = re.compile(r"[" + _QUOTES + r"]\s*(?=\w)").search(text, first_q, span[1])
    if not m or m.end() >= span[1]:
        return None
    at = m.end()
    ins = INSERTED[lang][:1].upper() + INSERTED[lang][1:] + ", "
    return text[:at] + ins + text[at:], (span[0], span[1] + len(ins)), f"inserted inside the quote: {INSERTED[lang]}"


def _speaker(text, span, lang, rng, names: list[str]):
    """The sentences of the mention: the speaker's name forms (endings kept) → another person.

    Only the sentences the mention overlaps change: renaming the whole paragraph gave its other
    remarks to the other person too, true changes that the scorer counted against the verdicts.
    A mention whose sentences do not name the speaker ("he said") takes no plant.
    """
    s, e = span
    ss = [(a, b) for a, b in _sentences(text) if a < e and s < b]
    if not ss:
        return None
    ps, pe = min(s, ss[0][0]), max(e, ss[-1][1])
    para = text[ps:pe]
    full, surname = OTHER_PERSON.get(lang, OTHER_PERSON["Latn"])
    forms = sorted({n for n in names if n}, key=len, reverse=True)
    rx = re.compile(_W + "(" + "|".join(re.escape(n) for n in forms) + ")")
    if not rx.search(para):
        return None

    def repl(m):
        w = m.group(1)
        return full if " " in w else surname
    new_para, n = rx.subn(repl, para)
    # keep the mention's span: count the change before and inside it
    before = rx.subn(repl, text[ps:s])[0]
    inside = rx.subn(repl, text[s:e])[0]
    return text[:ps] + new_para + text[pe:], (ps + len(before), ps + len(before) + len(inside)), \
        f"words given to {full}"


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?…]+[" + _QUOTES + r"’)]*(?=\s)|$)", text,
                                                       re.M)]


def _omit(text: str, spans: list[tuple[int, int]]) -> str | None:
    """Delete every sentence that overlaps one of ``spans``."""
    cut = [(a, b) for a, b in _sentences(text) if any(a < e and s < b for s, e in spans)]
    if not cut:
        return None
    out, last = [], 0
    for a, b in cut:
        out.append(text[last:a])
        last = b
    out.append(text[last:])
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]{2,}", " ", "".join(out))).strip()


REWRITES: dict[str, Callable] = {"negation": _negation, "number": _number, "date": _date,
                                 "qualifier": _qualifier, "modal": _modal, "addressee": _addressee,
                                 "added_words": _added_words}


# --- the planted corpus -----------------------------------------------------------------------

def load(folder: Path) -> tuple[list[dict], dict[str, Any]]:
    """The articles and the annotation (first event) of one occasion folder."""
    arts = [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    gold = json.loads((folder / "statements.json").read_text(encoding="utf-8"))["events"][0]
    return arts, gold


def _name_forms(gold: dict[str, Any]) -> list[str]:
    v = gold.get("speaker_name_variants") or {}
    return [n for k in ("full_name_forms", "surname_forms", "inflected_forms") for n in v.get(k, [])
            if not n.lower().startswith(("mr ", "m. ", "pm ", "господин"))]


def build(folders: list[Path], *, seed: int = 7, originals: int = 30, per_kind: int = 4, controls: int = 3,
          top: int = 8) -> tuple[list[dict], list[Plant]]:
    """Originals (seeded subset), planted copies and controls; returns (articles, answer key)."""
    articles: list[dict] = []
    key: list[Plant] = []
    n = 0
    for folder in folders:
        arts, gold = load(folder)
        by_id = {a["id"]: a for a in arts}
        mentions = {x["article_id"]: x["mentions"] for x in gold["articles"]}
        speaker_of = {s["id"]: s["speaker"] for s in gold["statements"]}
        main = Counter(speaker_of.values()).most_common(1)[0][0]
        width = Counter(sid for ms in mentions.values() for sid in sorted({m["statement_id"] for m in ms}))
        # ties broken by id, not by set order: the subset must not depend on PYTHONHASHSEED
        wide = {sid for sid, _ in sorted(width.items(), key=lambda x: (-x[1], x[0]))[:top]
                if speaker_of.get(sid) == main}
        mains = {sid for sid, who in speaker_of.items() if who == main}
        rich = sorted(a for a, ms in mentions.items() if a in by_id
                      and len({m["statement_id"] for m in ms if m["statement_id"] in wide}) >= 2)
        # one random stream per occasion and per kind: changing one rewrite leaves the other picks alone
        rng = random.Random(f"{seed}/{folder.name}")
        chosen = sorted(rng.sample(rich, min(originals, len(rich))))
        articles += [by_id[a] for a in chosen]

        def located(aid, uncertain=False, pool=wide):
            text = by_id[aid]["text"]
            for m in mentions[aid]:
                if m["statement_id"] in pool and (uncertain or not m.get("uncertain")):
                    at = text.find(m["span"])
                    if at >= 0:
                        yield m, (at, at + len(m["span"]))

        def copy(src: dict, text: str, outlet: str, cid: str) -> dict:
            c = {k: v for k, v in src.items() if k not in ("copy_of", "translation_of", "derived_from")}
            return c | {"id": cid, "url": f"https://{outlet}/{src['id']}", "outlet": outlet, "text": text,
                        "synthetic": True}

        for kind in KINDS:
            rng = random.Random(f"{seed}/{folder.name}/{kind}")
            cands = []
            for aid in chosen:
                lang = by_id[aid]["language"]
                if kind == "omission":
                    sids = Counter(m["statement_id"] for m, _ in located(aid))
                    for sid in sorted(sids):
                        others = {m["statement_id"] for m in mentions[aid]} - {sid}
                        if others and width[sid] >= 3:
                            cands.append((aid, sid, None))
                    continue
                # dates are rare inside remarks: any remark of the main speaker may take one
                for m, span in located(aid, pool=mains if kind == "date" else wide):
                    text = by_id[aid]["text"]
                    if kind == "speaker":
                        mine = speaker_of[m["statement_id"]] == main
                        r = _speaker(text, span, lang, rng, _name_forms(gold)) if mine else None
                    else:
                        r = REWRITES[kind](text, span, lang, rng)
                    if r and r[0] != text:
                        cands.append((aid, m["statement_id"], (span, r)))
            rng.shuffle(cands)
            picked, langs, used = [], set(), set()
            for c in sorted(cands, key=lambda c: (by_id[c[0]]["language"] in langs, c[0] in used)):
                if len(picked) == per_kind:
                    break
                if (c[0], c[1]) in {(p[0], p[1]) for p in picked}:
                    continue
                picked.append(c)
                langs.add(by_id[c[0]]["language"])
                used.add(c[0])
            for aid, sid, found in picked:
                n += 1
                src = by_id[aid]
                outlet, cid = f"planted-{n}.example", f"planted-{n}"
                if kind == "omission":
                    # every mention of the remark goes, the uncertain ones too
                    spans = [sp for m, sp in located(aid, uncertain=True) if m["statement_id"] == sid]
                    # a quote the article repeats goes at each place (``located`` finds the first only)
                    spans += [(x.start(), x.end()) for m in mentions[aid] if m["statement_id"] == sid and m["span"]
                              for x in re.finditer(re.escape(m["span"]), src["text"])]
                    spans = sorted(set(spans))
                    text = _omit(src["text"], spans)
                    if not text:
                        continue
                    span, before, after, variant = spans[0], src["text"][slice(*spans[0])], "", "sentences deleted"
                else:
                    span0, (text, span, variant) = found
                    before, after = src["text"][slice(*span0)], text[slice(*span)]
                articles.append(copy(src, text, outlet, cid))
                span0 = spans[0] if kind == "omission" else span0
                elsewhere = tuple((a, *sp) for a in chosen if a != aid for m, sp in located(a)
                                  if m["statement_id"] == sid) if kind == "omission" else ()
                key.append(Plant(kind, variant, cid, outlet, aid, src["language"], sid, tuple(span), tuple(span0),
                                 before, after, elsewhere))
        rng = random.Random(f"{seed}/{folder.name}/control")
        for aid in sorted(rng.sample(chosen, min(controls, len(chosen)))):
            n += 1
            src = by_id[aid]
            outlet, cid = f"control-{n}.example", f"control-{n}"
            # an exact duplicate is refused at ingest: the control differs by a trailing line only
            articles.append(copy(src, src["text"] + "\n\nRepublished.", outlet, cid))
            key.append(Plant("control", "unchanged", cid, outlet, aid, src["language"], "", (0, 0), (0, 0), "", ""))
    return articles, key


# --- running and scoring ----------------------------------------------------------------------

def run(articles: list[dict], workdir: Path) -> tuple[list[dict], list[dict]]:
    """The user's path on a fresh store: ingest → run → coverage --json, statements --json."""
    src, db = workdir / "planted.jsonl", fresh_store(workdir, "planted.db")
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    _parallax("ingest", str(src), "--db", db)
    _parallax("run", "--db", db)
    cells = [json.loads(x) for x in _parallax("coverage", "--db", db, "--json").splitlines() if x.strip()]
    stmts = [json.loads(x) for x in _parallax("statements", "--db", db, "--json").splitlines() if x.strip()]
    return cells, stmts


def _overlap(st: dict, span: tuple[int, int]) -> bool:
    return st["start"] < span[1] and span[0] < st["end"]


def _annotation(folders: list[Path]) -> tuple[dict[str, str], dict[str, list[tuple[str, int, int]]], dict[str, list[dict]]]:
    """Original texts, their located mentions ``(statement, start, end)`` and the raw mentions."""
    texts, mentions, raw = {}, defaultdict(list), {}
    for folder in folders:
        arts, gold = load(folder)
        texts.update({a["id"]: a["text"] for a in arts})
        for a in gold["articles"]:
            raw[a["article_id"]] = a["mentions"]
            for m in a["mentions"]:
                i = texts.get(a["article_id"], "").find(m["span"])
                if i >= 0:
                    mentions[a["article_id"]].append((m["statement_id"], i, i + len(m["span"])))
    return texts, mentions, raw


def remarks(folders: list[Path], key: list[Plant], stmts: list[dict]) -> dict[str, str]:
    """Claim → the annotated statement (remark) most of its reports in originals and controls stand for."""
    _, mentions, _ = _annotation(folders)
    source = {p.copy_id: p.source_id for p in key}
    controls = {p.copy_id for p in key if p.kind == "control"}
    votes: dict[str, Counter] = defaultdict(Counter)
    for st in stmts:
        aid = st["article_id"]
        if not st.get("claim") or (aid in source and aid not in controls):
            continue  # a planted copy's offsets are not the original's
        for sid, a, b in mentions.get(source.get(aid, aid), ()):
            if a < st["end"] and st["start"] < b:
                votes[st["claim"]][sid] += 1
    return {c: max(sorted(v), key=v.get) for c, v in votes.items() if v}


def confirmed_omissions(folders: list[Path], key: list[Plant], cells: list[dict], stmts: list[dict],
                        copies: dict[str, str] | None = None) -> set[tuple[str, str]]:
    """The omitted cells of copies, ``(outlet, claim)``, that the hand annotation confirms.

    The copy's text mentions nowhere the annotated statement the claim stands for (``remarks``):
    with ``copies`` (copy id → its text) a mention counts when its words are still in the copy (an
    omission plant deleted them; an alteration plant keeps its own remark), else the original's
    mentions count. Such a flag is true: the original's own omission, or what the plant removed.
    """
    texts, mentions, raw = _annotation(folders)
    remark_of = remarks(folders, key, stmts)
    source = {p.copy_id: p.source_id for p in key}
    planted = {p.copy_id: p for p in key}

    def mentioned(copy_id: str) -> set[str]:
        src = source[copy_id]
        if copies is None or copy_id not in copies:
            return {m[0] for m in mentions.get(src, ())}
        p, text = planted[copy_id], copies[copy_id]
        out = {m["statement_id"] for m in raw.get(src, ()) if m["span"] and m["span"] in text}
        return out | ({p.statement_id} if p.kind not in ("omission", "control") else set())
    out = set()
    for c in cells:
        if c["status"] == "omitted" and c["article_id"] in source and c["claim"] in remark_of:
            if remark_of[c["claim"]] not in mentioned(c["article_id"]):
                out.add((c["outlet"], c["claim"]))
    return out


_WORDS = re.compile(r"\w+")


def visible(p: Plant, texts: dict[str, str], mentions: dict[str, list[tuple[str, int, int]]]) -> bool:
    """Whether a reader could see the planted change against the other outlets.

    A change is traceless when another outlet's report of the same remark, in the copy's language,
    already reads as the plant does: most words of the changed mention (so the same language), every
    word the plant put in and none it took out ("can -> should" where other wires wrote "should"). An omission or a
    speaker swap always leaves a trace.
    """
    if p.kind in ("omission", "speaker", "control"):
        return True
    before, after = Counter(_WORDS.findall(p.before.lower())), Counter(_WORDS.findall(p.after.lower()))
    added, removed = set(after - before), set(before - after)
    if not added and not removed:
        return True
    for aid, ms in mentions.items():
        if aid == p.source_id or aid not in texts:
            continue
        for sid, a, b in ms:
            if sid != p.statement_id:
                continue
            words = set(_WORDS.findall(texts[aid][a:b].lower()))
            if added <= words and not removed & words and len(set(after) & words) >= 0.6 * len(set(after)):
                return False
    return True


def _edited(p: Plant) -> tuple[int, int] | None:
    """The characters of the copy that the plant changed (the planted span less the words before and
    after the edit that it kept); ``None`` for an omission or a control."""
    if p.kind in ("omission", "control") or not p.after:
        return None
    a, b = p.before, p.after
    head = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    tail = 0
    while tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    return p.span[0] + head, max(p.span[0] + head + 1, p.span[0] + len(b) - tail)


def score(key: list[Plant], cells: list[dict], stmts: list[dict],
          confirmed: set[tuple[str, str]] | None = None, remark_of: dict[str, str] | None = None,
          seen: dict[str, bool] | None = None) -> dict[str, Any]:
    """Each plant's verdict and the four figures (overall and per kind).

    Strict (``*_strict``): a plant is found only on the claim of the statement at its span, and a flag
    is right only when it is that cell. Fair (the headline): the plant's cell may be any claim that
    stands for the planted remark (``remark_of``: claim → annotated statement, ``remarks``; grouping
    splits one remark into several claims), flags are right when they are the plant's, altered cells
    whose evidence is the words the plant changed (``_edited``: a title changed in a speaker mention
    that frames two remarks), or omitted cells the annotation confirms on the copy's text
    (``confirmed``, ``confirmed_omissions``), and plants no reader could see (``seen``: copy id →
    ``visible``) are scored apart.
    """
    confirmed, remark_of, seen = confirmed or set(), remark_of or {}, seen or {}
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for c in cells:
        by_outlet[c["outlet"]].append(c)
    st_by_outlet: dict[str, list[dict]] = defaultdict(list)
    for s in stmts:
        st_by_outlet[s["outlet"]].append(s)
    rows, flags, matched, inherited, ctrl_cells, ctrl_flags, ctrl_own = [], 0, 0, 0, 0, 0, 0
    matched_strict = 0
    flags_true, ctrl_true = 0, 0
    outlet_of = {s["article_id"]: s["outlet"] for s in stmts}
    status = {(c["outlet"], c["claim"]): c["status"] for c in cells}
    cell_of = {(c["outlet"], c["claim"]): c for c in cells}
    for p in key:
        mine = by_outlet.get(p.outlet, [])
        if p.kind == "control":
            ctrl_cells += len(mine)
            flagged = [c for c in mine if c["status"] in FLAGS]
            ctrl_flags += len(flagged)
            ctrl_true += sum((c["outlet"], c["claim"]) in confirmed for c in flagged)
            # flags the original does not have: the control's own
            ctrl_own += sum(status.get((outlet_of.get(p.source_id), c["claim"])) != c["status"] for c in flagged)
            continue
        # the remark's claim(s): of the copy's statement at the planted span, and of the original's
        # statement at the same mention (a swapped speaker's words may form a claim of their own,
        # while the cell that should say so is the remark's)
        here = [] if p.kind == "omission" else \
            [s for s in st_by_outlet.get(p.outlet, []) if s.get("claim") and _overlap(s, p.span)]
        there = [s for s in stmts if s["article_id"] == p.source_id and s.get("claim")
                 and _overlap(s, p.source_span)]
        strict = {s["claim"] for s in [*here, *there]}
        if not strict and p.elsewhere:  # the claim most other reports of the remark went to
            votes = Counter(s["claim"] for a, b, e in p.elsewhere for s in stmts
                            if s["article_id"] == a and s.get("claim") and _overlap(s, (b, e)))
            strict = {votes.most_common(1)[0][0]} if votes else set()
        orig = outlet_of.get(p.source_id)

        def own(c: dict) -> bool:
            """Not a flag the original has too (same status, same kinds) on that claim."""
            o = cell_of.get((orig, c["claim"]))
            return o is None or o["status"] != c["status"] or \
                {a["kind"] for a in o["alterations"]} != {a["kind"] for a in c["alterations"]}
        # every claim that stands for the remark, when the copy's flag there is its own
        remark = {c for c, sid in remark_of.items() if sid == p.statement_id}
        target = strict | {c["claim"] for c in mine if c["claim"] in remark and own(c)}

        def verdict(claims: set[str]) -> tuple[bool, bool, list[dict], list[dict]]:
            hits = [c for c in mine if c["claim"] in claims]
            if p.kind == "omission":
                good = [c for c in hits if c["status"] == "omitted"]
                return bool(good), bool(good), good, hits
            good = [c for c in hits if c["status"] == "altered"]
            return bool(good), any(a["kind"] in RIGHT_KIND[p.kind] for c in good for a in c["alterations"]), \
                good, hits
        found, right, good, hits = verdict(target)
        found_strict, right_strict, good_strict, _ = verdict(strict)
        scorable = bool(target) and bool(hits)
        my_flags = [c for c in mine if c["status"] in FLAGS]
        flags += len(my_flags)
        if p.kind == "speaker":
            # the renamed sentence may carry other remarks: their words are given to the other person too
            other = {surname for _, surname in OTHER_PERSON.values()}
            renamed = {s["id"] for s in st_by_outlet.get(p.outlet, [])
                       if any(o in (s.get("person") or s.get("speaker_name") or "") for o in other)}
            good = good + [c for c in my_flags if c not in good and c.get("statement_id") in renamed
                           and c["status"] == "altered" and any(a["kind"] == "speaker" for a in c["alterations"])]
        # a flag whose evidence is the very words the plant changed saw the plant, on whichever claim:
        # a speaker's title changed in a mention that frames two remarks changes both
        edit = _edited(p)
        if edit is not None:
            good = good + [c for c in my_flags if c not in good and c["status"] == "altered"
                           and any(a["this"][0] < edit[1] and edit[0] < a["this"][1] for a in c["alterations"])]
        matched += sum(c in good for c in my_flags)
        matched_strict += sum(c in good_strict for c in my_flags)
        flags_true += sum(c not in good and (c["outlet"], c["claim"]) in confirmed for c in my_flags)
        # a flag the original has on the same claim is the real text's, not the plant's
        inherited += sum(c not in good and status.get((outlet_of.get(p.source_id), c["claim"])) == c["status"]
                         for c in my_flags)
        rows.append({**asdict(p), "span": list(p.span), "target_claims": sorted(target), "found": found,
                     "right_kind": right, "found_strict": found_strict,
                     "right_kind_strict": right_strict, "visible": seen.get(p.copy_id, True), "scorable": scorable, "flags": len(my_flags),
                     "flag_kinds": sorted({a["kind"] for c in my_flags for a in c["alterations"]}
                                          | {"omitted" for c in my_flags if c["status"] == "omitted"}),
                     "cell_statuses": sorted({c["status"] for c in hits}),
                     "why_missed": "" if found else ("no statement at the span" if not target
                                                     else "no cell of the copy for its claim" if not hits
                                                     else "cell " + "/".join(sorted({c["status"] for c in hits})))})
    per_kind = {}
    for k in KINDS:
        rs = [r for r in rows if r["kind"] == k]
        per_kind[k] = {"planted": len(rs), "found": sum(r["found"] for r in rs),
                       "right_kind": sum(r["right_kind"] for r in rs), "scorable": sum(r["scorable"] for r in rs),
                       "visible": sum(r["visible"] for r in rs),
                       "right_kind_strict": sum(r["right_kind_strict"] for r in rs)}
    om = [r for r in rows if r["kind"] == "omission"]
    alt = [r for r in rows if r["kind"] != "omission"]
    seen_alt = [r for r in alt if r["visible"]]
    return {
        "omissions_found": sum(r["found"] for r in om) / max(1, len(om)),
        "omissions_found_strict": sum(r["found_strict"] for r in om) / max(1, len(om)),
        "alterations_found": sum(r["found"] for r in alt) / max(1, len(alt)),
        "alterations_right_kind": sum(r["right_kind"] for r in alt) / max(1, len(alt)),
        "alterations_right_kind_strict": sum(r["right_kind_strict"] for r in alt) / max(1, len(alt)),
        "alterations_right_kind_visible": sum(r["right_kind"] for r in seen_alt) / max(1, len(seen_alt)),
        "alterations_visible": len(seen_alt), "alterations": len(alt),
        "omissions_found_scorable": _share(om, "found"),
        "alterations_found_scorable": _share(alt, "found"),
        "alterations_right_kind_scorable": _share(alt, "right_kind"),
        "flag_precision": (matched + flags_true) / flags if flags else 1.0,
        "flag_precision_strict": matched_strict / flags if flags else 1.0,
        "flag_precision_own": matched / (flags - inherited) if flags > inherited else 1.0,
        "flag_precision_confirmed": (matched + flags_true) / flags if flags else 1.0,
        "flags": flags, "flags_matched": matched, "flags_matched_strict": matched_strict,
        "flags_inherited": inherited, "flags_confirmed": flags_true,
        "controls_flagged_unconfirmed": (ctrl_flags - ctrl_true) / ctrl_cells if ctrl_cells else 0.0,
        "control_flags_confirmed": ctrl_true,
        "controls_flagged": ctrl_flags / ctrl_cells if ctrl_cells else 0.0,
        "control_cells": ctrl_cells, "control_flags": ctrl_flags, "control_flags_not_in_original": ctrl_own,
        "per_kind": per_kind, "plants": rows,
    }


def _share(rows: list[dict], field: str) -> float:
    """Share of the scorable rows (a statement with a cell at the planted span) that have ``field``."""
    rs = [r for r in rows if r["scorable"]]
    return sum(r[field] for r in rs) / len(rs) if rs else 0.0


def rescore(folders: list[Path], key: list[Plant], articles: list[dict], cells: list[dict],
            stmts: list[dict]) -> dict[str, Any]:
    """``score`` with the annotation: remarks of claims, omissions confirmed on each copy's text,
    and which plants a reader could see."""
    texts = {a["id"]: a["text"] for a in articles}
    copies = {p.copy_id: texts[p.copy_id] for p in key if p.copy_id in texts}
    _, mentions, _ = _annotation(folders)
    corpus = {a["id"]: a["text"] for a in articles if a["id"] not in copies}
    seen = {p.copy_id: visible(p, corpus, {a: ms for a, ms in mentions.items() if a in corpus}) for p in key}
    return score(key, cells, stmts, confirmed_omissions(folders, key, cells, stmts, copies),
                 remarks(folders, key, stmts), seen)


def evaluate(events_dir: str | Path, workdir: str | Path, *, occasions: list[str] | None = None,
             **kw: Any) -> dict[str, Any]:
    """Build the planted corpus from ``events_dir``'s occasion folders, run parallax, score."""
    events_dir, workdir = Path(events_dir), Path(workdir)
    folders = sorted(f for f in events_dir.iterdir() if (f / "statements.json").is_file()
                     and (not occasions or f.name in occasions))
    articles, key = build(folders, **kw)
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "key.json").write_text(json.dumps([asdict(p) for p in key], ensure_ascii=False, indent=1),
                                      encoding="utf-8")
    cells, stmts = run(articles, workdir)
    result = rescore(folders, key, articles, cells, stmts)
    result["articles"] = len(articles)
    return result


def table(result: dict[str, Any]) -> str:
    """The figures as Markdown: overall, then per kind (fair scoring first, the strict one beside it)."""
    g = result.get
    lines = ["| measure | value |", "|---|---|",
             f"| omissions found | {result['omissions_found']:.2f} (strict {g('omissions_found_strict', 0):.2f}) |",
             f"| alterations found | {result['alterations_found']:.2f} |",
             f"| alterations found with the right kind | {result['alterations_right_kind']:.2f} "
             f"(strict {g('alterations_right_kind_strict', 0):.2f}) |",
             f"| the same, plants a reader could see | {g('alterations_right_kind_visible', 0):.2f} "
             f"({g('alterations_visible', 0)} of {g('alterations', 0)} plants) |",
             f"| omissions found, where the remark was extracted and has a cell | "
             f"{result['omissions_found_scorable']:.2f} |",
             f"| alterations found, where extracted and has a cell | {result['alterations_found_scorable']:.2f} |",
             f"| the same with the right kind | {result['alterations_right_kind_scorable']:.2f} |",
             f"| flag precision on planted copies (the plant's cells and omissions the annotation confirms) | "
             f"{result['flag_precision']:.2f} "
             f"({result['flags_matched'] + g('flags_confirmed', 0)} / {result['flags']}) |",
             f"| the same, strict (the cell of the statement at the planted span only) | "
             f"{g('flag_precision_strict', 0):.2f} ({g('flags_matched_strict', 0)} / {result['flags']}) |",
             f"| the plant's cells, leaving out flags the original has too | {result['flag_precision_own']:.2f} "
             f"({result['flags_matched']} / {result['flags'] - result['flags_inherited']}) |",
             f"| control cells flagged | {result['controls_flagged']:.3f} "
             f"({result['control_flags']} / {result['control_cells']}) |",
             f"| control cells flagged, less omissions the annotation confirms | "
             f"{g('controls_flagged_unconfirmed', 0):.3f} "
             f"({result['control_flags'] - g('control_flags_confirmed', 0)} / {result['control_cells']}) |",
             f"| control flags the original does not have | {result['control_flags_not_in_original']} |",
             "", "| kind | planted | visible | scorable | found | right kind | right kind (strict) |",
             "|---|---|---|---|---|---|---|"]
    for k, r in result["per_kind"].items():
        lines.append(f"| {k} | {r['planted']} | {r.get('visible', r['planted'])} | {r['scorable']} | {r['found']} "
                     f"| {r['right_kind']} | {r.get('right_kind_strict', r['right_kind'])} |")
    return "\n".join(lines)


def details(result: dict[str, Any]) -> str:
    """One line per plant: found, right kind, the copy's flags, why a miss was missed."""
    return "\n".join(f"{r['kind']:<12} {r['language']} {r['statement_id']:<6} {r['copy_id']:<12} "
                     f"found={r['found']!s:<5} kind={r['right_kind']!s:<5} {'' if r.get('visible', True) else '(traceless) '}"
                     f"flags={r['flag_kinds']} "
                     f"{r['variant']}{'; missed: ' + r['why_missed'] if r['why_missed'] else ''}"
                     for r in result["plants"])


if __name__ == "__main__":  # python -m parallax.eval.planted EVENTS_DIR WORKDIR [PER_KIND [ORIGINALS [SEED]]]
    res = evaluate(sys.argv[1], sys.argv[2], **dict(zip(("per_kind", "originals", "seed"), map(int, sys.argv[3:6]))))
    print(table(res))
    print(details(res))
