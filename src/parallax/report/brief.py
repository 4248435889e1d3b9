"""An analyst's brief per occasion or per person, in Markdown or HTML; every sentence cited.

Reads: the store (occasions, claims, statements, coverage, articles, contradiction flags). Writes: text.
Depends on: ``compare.matrix`` (omission ranking, outlet kinds).

A brief is built as a list of ``Sentence(text, sources)``; rendering numbers the sources in
order of first use and appends the footnotes ``[n] outlet, “title”, URL, date`` (with
*synthetic* for synthetic articles). A sentence without sources is never emitted — the tests
check that every rendered sentence carries a footnote mark. Article text is untrusted: HTML
goes through Jinja2 with autoescaping, Markdown escapes its markup characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .. import settings
from ..errors import NotFound
from ..model import Status

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&])")
#: URL characters kept as they are in a Markdown autolink; everything else is percent-encoded,
#: so ``<``, ``>``, quotes, spaces and backslashes can never end the link or open raw HTML.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def md_text(text: str) -> str:
    """Untrusted text as inline Markdown: on one line, every markup character backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def md_url(url: str | None) -> str:
    """An http(s) URL as a CommonMark autolink ``<…>``, percent-encoded; anything else as nothing."""
    from urllib.parse import quote

    if not url or not re.match(r"https?://", url, re.I):
        return ""
    return f"<{quote(url, safe=_URL_SAFE)}>"


@dataclass(frozen=True)
class Sentence:
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    title: str
    sentences: tuple[Sentence, ...]


def _quote(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def occasion_sections(store, occasion_id: str, *, kinds=None, language: str = settings.BRIEF_LANGUAGE) -> list[Section]:
    """The sections of one occasion's brief: what was said, who relayed it, omissions, alterations.

    A claim is quoted from its primary source, else from a report in ``language`` (the brief's own),
    else from its first report."""
    from ..compare.matrix import outlet_kinds, rank_omissions

    occ = store.occasion(occasion_id)
    claims = store.claims(occasion_id=occasion_id)
    stmts = {s.id: s for s in store.statements(occasion_id=occasion_id)}
    arts = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in stmts.values()}))} if stmts else {}
    cells = store.coverage(occasion_id)
    kinds = kinds if kinds is not None else outlet_kinds(store)
    speaker = next((s.person_name or s.speaker_name for s in stmts.values() if s.person_name or s.speaker_name),
                   "The speaker")
    all_articles = tuple(sorted(arts))
    said: list[Sentence] = []
    if occ.primary_article_id:
        said.append(Sentence(f"{speaker} spoke at the occasion “{occ.label}”; a primary source is on record.",
                             (occ.primary_article_id,)))
    else:
        said.append(Sentence(f"{speaker} spoke at the occasion “{occ.label}”, reported by {len(arts)} article(s).",
                             all_articles))
    relayed: list[Sentence] = []
    for c in claims:
        members = [stmts[i] for i in c.statement_ids if i in stmts]
        if not members:
            continue
        rep = next((m for m in members if arts.get(m.article_id) and arts[m.article_id].primary),
                   next((m for m in members if m.language == language), members[0]))
        said.append(Sentence(f"{speaker} said: “{_quote(rep.text)}”.", (rep.article_id,)))
        by_status: dict[str, list[str]] = {}
        cited = []
        for cell in cells:
            if cell.claim_id == c.id and cell.status != Status.OMITTED:
                by_status.setdefault(cell.status.value, []).append(cell.outlet)
                if cell.article_id:
                    cited.append(cell.article_id)
        if cited:
            parts = "; ".join(f"{k}: {', '.join(sorted(v))}" for k, v in sorted(by_status.items()))
            relayed.append(Sentence(f"The claim “{_quote(c.label, 90)}” was relayed by {len(set(cited))} "
                                    f"article(s) ({parts}).", tuple(dict.fromkeys(cited))))
    omitted: list[Sentence] = []
    for om in rank_omissions(cells, kinds):
        c = next((x for x in claims if x.id == om.cell.claim_id), None)
        carriers = [cell.article_id for cell in cells
                    if cell.claim_id == om.cell.claim_id and cell.status != Status.OMITTED and cell.article_id]
        if c is None or not om.cell.article_id or not carriers:
            continue
        kind = om.outlet_kind.value if hasattr(om.outlet_kind, "value") else str(om.outlet_kind)
        omitted.append(Sentence(
            f"{om.cell.outlet} ({kind}) reported the occasion but left out “{_quote(c.label, 140)}”, "
            f"which {len(om.carried_by)} other outlet(s) carried.", (om.cell.article_id, carriers[0])))
    altered: list[Sentence] = []
    for cell in cells:
        for a in cell.alterations:
            if not cell.article_id:
                continue
            this_text = arts[cell.article_id].text[a.this[0]:a.this[1]] if cell.article_id in arts else ""
            other_art = arts.get(a.other_article_id)
            if other_art is None:
                try:
                    other_art = store.article(a.other_article_id)
                except NotFound:
                    continue
            other_text = other_art.text[a.other[0]:a.other[1]]
            altered.append(Sentence(
                f"{cell.outlet} altered the claim ({a.kind}: {a.note}): it has “{_quote(this_text, 140)}” where "
                f"{other_art.outlet or other_art.id} has “{_quote(other_text, 140)}”.",
                (cell.article_id, other_art.id)))
    sections = [Section("What was said", tuple(said)), Section("Who relayed what", tuple(relayed))]
    sections.append(Section("Omissions", tuple(omitted)))
    sections.append(Section("Alterations", tuple(altered)))
    sections.append(Section("Contradictions", tuple(contradiction_sentences(store, stmts))))
    return sections


def contradiction_sentences(store, stmts: dict) -> list[Sentence]:
    """One sentence per flag on these statements: the words, the reason, both sides cited (issue 12).

    A fact is cited by its id and source URL in the sentence (it is not an article); an earlier
    statement by its article, as a second footnote.
    """
    from .records import contradiction_records

    flags = [c for c in store.contradictions() if c.statement_id in stmts]
    out = []
    for r in contradiction_records(store, flags):
        who = r["person"] or "The speaker"
        a = r["against"]
        if a["kind"] == "fact":
            where = f" (fact {a['fact']}" + (f", {a['source_url']}" if a.get("source_url") else "") + ")"
            sources: tuple[str, ...] = (r["article_id"],)
        else:
            where = ""
            sources = tuple(dict.fromkeys(x for x in (r["article_id"], a.get("article_id")) if x))
        out.append(Sentence(f"{who}'s words “{_quote(r['content'], 160)}” are flagged: {r['reason']}{where}.",
                            sources))
    return out


def brief(store, *, occasion_id: str | None = None, person_id: str | None = None, since: str | None = None,
          fmt: str = "md") -> str:
    """The brief of one occasion, or of every occasion of one person (from ``since`` on)."""
    if occasion_id:
        occasions = [store.occasion(occasion_id)]
    elif person_id:
        occasions = [o for o in store.occasions(person_id=person_id) if not since or (o.date or "") >= since]
        if not occasions:
            raise NotFound(f"no occasions for person {person_id!r}" + (f" since {since}" if since else ""))
    else:
        raise ValueError("brief needs an occasion id or a person id")
    kinds = None
    blocks = [(o.label, occasion_sections(store, o.id, kinds=kinds)) for o in occasions]
    title = occasions[0].label if occasion_id else f"Brief: {len(occasions)} occasion(s) of {person_id}"
    return render(store, title, blocks, fmt)


def render(store, title: str, blocks: Sequence[tuple[str, Sequence[Section]]], fmt: str) -> str:
    """Number the sources in order of use and render Markdown or HTML with footnotes."""
    order: dict[str, int] = {}
    for _, sections in blocks:
        for sec in sections:
            for s in sec.sentences:
                for src in s.sources:
                    order.setdefault(src, len(order) + 1)
    notes = []
    for aid, n in sorted(order.items(), key=lambda t: t[1]):
        try:
            a = store.article(aid)
        except NotFound:
            continue
        notes.append({"n": n, "outlet": a.outlet or "unknown outlet", "title": a.title or "(untitled)",
                      "url": a.url if re.match(r"https?://", a.url or "") else "", "date": (a.published or "undated")[:10], "synthetic": a.synthetic})
    if fmt == "html":
        return _html(title, blocks, order, notes)
    if fmt != "md":
        raise ValueError(f"unknown brief format {fmt!r}; choose md or html")
    esc = md_text
    out = [f"# {esc(title)}", ""]
    for label, sections in blocks:
        if len(blocks) > 1:
            out += [f"## {esc(label)}", ""]
        for sec in sections:
            if not sec.sentences:
                continue
            out += [f"### {sec.title}", ""]
            for s in sec.sentences:
                marks = "".join(f"[^{order[x]}]" for x in s.sources)
                out.append(f"- {esc(s.text)} {marks}")
            out.append("")
    out += ["## Sources", ""]
    for n in notes:
        synth = " — *synthetic*" if n["synthetic"] else ""
        url = md_url(n["url"])
        out.append(f"[^{n['n']}]: {esc(n['outlet'])}, “{esc(n['title'])}”, {url or '(no URL)'}, "
                   f"{esc(n['date'])}{synth}")
    return "\n".join(out) + "\n"


_TEMPLATE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><h1>{{ title }}</h1>
{% for label, sections in blocks %}{% if blocks|length > 1 %}<h2>{{ label }}</h2>{% endif %}
{% for sec in sections %}{% if sec.sentences %}<h3>{{ sec.title }}</h3><ul>
{% for s in sec.sentences %}<li>{{ s.text }} {% for x in s.sources %}<sup><a href="#n{{ order[x] }}">[{{ order[x] }}]</a></sup>{% endfor %}</li>
{% endfor %}</ul>{% endif %}{% endfor %}{% endfor %}
<h2>Sources</h2><ol>
{% for n in notes %}<li id="n{{ n.n }}" value="{{ n.n }}">{{ n.outlet }}, “{{ n.title }}”, <a href="{{ n.url }}">{{ n.url }}</a>, {{ n.date }}{% if n.synthetic %} <em>(synthetic)</em>{% endif %}</li>
{% endfor %}</ol></body></html>
"""


def _html(title, blocks, order, notes) -> str:
    from jinja2 import Environment

    env = Environment(autoescape=True)
    return env.from_string(_TEMPLATE).render(title=title, blocks=blocks, order=order, notes=notes)


__all__ = ["Section", "Sentence", "brief", "contradiction_sentences", "occasion_sections", "render"]
