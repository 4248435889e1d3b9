"""A small, realistic world for the web tests: two occasions, six outlets, omissions, an alteration,
and one hostile article whose text, title, outlet and speaker carry HTML and script tags.

Every article here is marked synthetic (invented for tests, not real news).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import pytest

from parallax.model import (
    Alteration, Article, Cell, Claim, Kind, Occasion, Outlet, OutletKind, Person, Role, Span, Statement,
    Status, stable_id,
)
from parallax.store import open_store

LUKA = "p-lukashenko"
DOE = "p-doe"
DOE2 = "p-doe-2"
O_BBC = "occ-bbc-2024-10-23"
O_R1 = "occ-russia1-2024-10-23"
HOSTILE = "art-hostile"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
TOKEN = "test-token-123"

OUTLETS = [
    Outlet("bbc.com", "BBC News", "GB", "en", OutletKind.PUBLIC),
    Outlet("reuters.com", "Reuters", "GB", "en", OutletKind.AGENCY),
    Outlet("tass.ru", "TASS", "RU", "ru", OutletKind.STATE),
    Outlet("belta.by", "BelTA", "BY", "ru", OutletKind.STATE),
    Outlet("meduza.io", "Meduza", "LV", "ru", OutletKind.INDEPENDENT),
    Outlet("ukrinform.net", "Ukrinform", "UA", "uk", OutletKind.STATE),
    Outlet("evil.example", IMG + " Evil & Co", "", "en", OutletKind.OTHER),
]

# (id, outlet, language, published, title, text, statements)
# statement: (claim, occasion, type, content substrings, speaker substring, cue substring, person)
ARTICLES = [
    ("art-bbc", "bbc.com", "en", "2024-10-23T16:30:00+01:00",
     "Lukashenko tells BBC Belarus will not join war in Ukraine",
     "In an interview with the BBC, Alexander Lukashenko said Belarusian troops would not take part in the war. "
     "“If troops of any country, even Belarus, join the war, it will be an escalation,” he said. "
     "Mr Lukashenko called reports of North Korean soldiers fighting for Russia “stupid”.",
     [("B1", O_BBC, "direct", ["If troops of any country, even Belarus, join the war, it will be an escalation,"],
       "he", "said", LUKA),
      ("B2", O_BBC, "mixed", ["reports of North Korean soldiers fighting for Russia “stupid”"],
       "Mr Lukashenko", "called", LUKA)]),
    ("art-reuters", "reuters.com", "en", "2024-10-23T18:12:00+00:00",
     "Belarus's Lukashenko doubts North Korean deployment",
     "Lukashenko told the BBC that reports of North Korean troops in Russia were “stupid”. "
     "In a separate interview with Russia 1, Lukashenko said: “Russia does not need this. "
     "It has enough mobilisation resources.” He added: “The West will react at once.”",
     [("B2", O_BBC, "mixed", ["reports of North Korean troops in Russia were “stupid”"], "Lukashenko", "told",
       LUKA),
      ("R2", O_R1, "direct", ["Russia does not need this. It has enough mobilisation resources."],
       "Lukashenko", "said", LUKA),
      ("R1", O_R1, "direct", ["The West will react at once."], "He", "added", LUKA)]),
    ("art-tass", "tass.ru", "ru", "2024-10-23T18:55:00+03:00",
     "Лукашенко: Запад сразу отреагирует",
     "Президент Белоруссии Александр Лукашенко в интервью телеканалу «Россия 1» заявил: "
     "«Тогда Запад сразу отреагирует». По словам главы государства, это будет эскалация.",
     [("R1", O_R1, "direct", ["Тогда Запад сразу отреагирует"], "Александр Лукашенко", "заявил", LUKA)]),
    ("art-belta", "belta.by", "ru", "2024-10-23T17:20:00+03:00",
     "Лукашенко в интервью Би-би-си: белорусские военные не будут воевать",
     "Лукашенко в интервью Би-би-си заявил: «Если войска любой страны вступят в войну, это будет эскалация». "
     "Также Лукашенко сказал: «Запад сразу отреагирует».",
     [("B1", O_BBC, "direct", ["Если войска любой страны вступят в войну, это будет эскалация"],
       "Лукашенко", "заявил", LUKA),
      ("R1", O_R1, "direct", ["Запад сразу отреагирует"], "Лукашенко сказал"[:9], "сказал", LUKA)]),
    ("art-meduza", "meduza.io", "ru", "2024-10-24T09:30:00+03:00",
     "Лукашенко назвал «глупостью» сообщения о северокорейских военных",
     "Лукашенко в интервью Би-би-си назвал «глупостью» сообщения о северокорейских военных в России. "
     "«Если войска любой страны, даже Беларуси, вступят в войну, это будет эскалация», — сказал он. "
     "В интервью «России 1» Лукашенко заявил: «России это не надо».",
     [("B2", O_BBC, "mixed", ["«глупостью» сообщения о северокорейских военных в России"], "Лукашенко",
       "назвал", LUKA),
      ("B1", O_BBC, "direct", ["Если войска любой страны, даже Беларуси, вступят в войну, это будет эскалация"],
       "он", "сказал", LUKA),
      ("R2", O_R1, "direct", ["России это не надо"], "Лукашенко заявил"[:9], "заявил", LUKA)]),
    ("art-ukrinform", "ukrinform.net", "uk", "2024-10-24T10:05:00+03:00",
     "Лукашенко заявив, що білоруські війська не воюватимуть",
     "Олександр Лукашенко заявив в інтерв’ю BBC, що білоруські війська не братимуть участі у війні. "
     "„Росії це не потрібно“, — сказав він в інтерв’ю «Росія 1».",
     [("B1", O_BBC, "indirect", ["білоруські війська не братимуть участі у війні"], "Олександр Лукашенко",
       "заявив", LUKA),
      ("R2", O_R1, "direct", ["Росії це не потрібно"], "він", "сказав", LUKA)]),
    (HOSTILE, "evil.example", "en", "2024-10-24T12:00:00+00:00",
     f"{SCRIPT} \"quotes\" & ampersands",
     f"Spokeswoman Jane Doe said: “{SCRIPT} is not a quote & never was.” "
     f"The page also carried {IMG} and \"quotes\" & ampersands, and </article> to break out.",
     [(None, None, "direct", [f"{SCRIPT} is not a quote & never was."], "Jane Doe", "said", DOE)]),
]

CLAIMS = {
    "B1": (O_BBC, "Belarusian troops will not take part in the war; troops of any country, even Belarus, would mean escalation"),
    "B2": (O_BBC, "Reports of North Korean soldiers fighting for Russia are “stupid”"),
    "R1": (O_R1, "The West would react at once if third countries joined the war"),
    "R2": (O_R1, "Russia does not need North Korean troops; it has enough mobilisation resources"),
}

# (occasion, claim, outlet, status); the statement is looked up from ARTICLES.
COVERAGE = [
    (O_BBC, "B1", "bbc.com", "verbatim"), (O_BBC, "B2", "bbc.com", "verbatim"),
    (O_BBC, "B1", "reuters.com", "omitted"), (O_BBC, "B2", "reuters.com", "paraphrased"),
    (O_BBC, "B1", "belta.by", "altered"), (O_BBC, "B2", "belta.by", "omitted"),
    (O_BBC, "B1", "meduza.io", "verbatim"), (O_BBC, "B2", "meduza.io", "paraphrased"),
    (O_BBC, "B1", "ukrinform.net", "paraphrased"), (O_BBC, "B2", "ukrinform.net", "omitted"),
    (O_R1, "R1", "reuters.com", "verbatim"), (O_R1, "R2", "reuters.com", "verbatim"),
    (O_R1, "R1", "tass.ru", "verbatim"), (O_R1, "R2", "tass.ru", "omitted"),
    (O_R1, "R1", "belta.by", "verbatim"), (O_R1, "R2", "belta.by", "omitted"),
    (O_R1, "R1", "meduza.io", "omitted"), (O_R1, "R2", "meduza.io", "verbatim"),
    (O_R1, "R1", "ukrinform.net", "omitted"), (O_R1, "R2", "ukrinform.net", "paraphrased"),
]


@dataclass
class World:
    path: str
    articles: dict[str, Article]
    statements: dict[str, Statement]
    by_claim_outlet: dict[tuple[str, str], Statement]

    def span_of(self, article_id: str, needle: str) -> tuple[int, int]:
        text = self.articles[article_id].text
        start = text.index(needle)
        return start, start + len(needle)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


def build_world(path: str) -> World:
    """Write the world into a fresh store at ``path`` through the store's own write methods."""
    store = open_store(path)
    store.upsert_outlets(OUTLETS)
    store.upsert_people([
        Person(LUKA, "Alexander Lukashenko",
               ("Lukashenko", "Lukashenka", "Лукашенко", "Лукашенка", "Олександр Лукашенко", "Аляксандр Лукашэнка"),
               qid="Q7059", gender="m",
               roles=(Role("President of Belarus", "1994-07-20", None),)),
        Person(DOE, "Jane Doe", ("Jane Doe", SCRIPT), source="discovered"),
        Person(DOE2, "J. Doe", ("J. Doe",), source="discovered"),
    ])
    arts, stmts, by_co = {}, {}, {}
    for aid, outlet, lang, pub, title, text, found in ARTICLES:
        a = Article(id=aid, text=text, content_hash=stable_id(text), url=f"https://{outlet}/synthetic/{aid}",
                    title=title, outlet=outlet, language=lang, published=pub, synthetic=True)
        store.add_articles([a])
        arts[aid] = a
        batch = []
        for claim, occ, typ, contents, speaker, cue, pid in found:
            content = tuple(_span(text, c) for c in contents)
            spk = _span(text, speaker)
            s = Statement(id=Statement.make_id(aid, content), article_id=aid, type=Kind(typ), content=content,
                          speaker=spk, cue=(_span(text, cue),), speaker_name=speaker,
                          person_id=pid, person_name={LUKA: "Alexander Lukashenko", DOE: "Jane Doe"}[pid],
                          language=lang, claim_id=claim, occasion_id=occ,
                          venue_name="BBC" if occ == O_BBC else ("Russia 1" if occ == O_R1 else None))
            batch.append(s)
            stmts[s.id] = s
            if claim:
                by_co[(claim, outlet)] = s
        store.replace_statements(aid, batch, "test")
    store.upsert_occasions([
        Occasion(O_BBC, LUKA, "BBC", "2024-10-23", "Lukashenko's interview with the BBC", "art-bbc"),
        Occasion(O_R1, LUKA, "Russia 1", "2024-10-23", "Lukashenko's interview with Russia 1", None),
    ])
    store.upsert_claims([Claim(cid, LUKA, occ, label, "en") for cid, (occ, label) in CLAIMS.items()])
    article_of = {(occ, o): aid for aid, o, *_ in ARTICLES for occ in (O_BBC, O_R1)}
    for occ in (O_BBC, O_R1):
        cells = []
        for o_id, claim, outlet, status in COVERAGE:
            if o_id != occ:
                continue
            s = by_co.get((claim, outlet))
            alts = ()
            if status == "altered":
                this = s.content[0]
                other = _span(arts["art-meduza"].text, "даже Беларуси")
                alts = (Alteration("qualifier", (this.start, this.end), "art-meduza", (other.start, other.end),
                                   "drops the qualifier ‘даже Беларуси’ (even Belarus)"),)
            cells.append(Cell(occ, claim, outlet, s.article_id if s else article_of[(occ, outlet)],
                              Status(status), s.id if s else None, alts))
        store.replace_coverage(occ, cells)
    store.close()
    return World(path, arts, stmts, by_co)


@pytest.fixture(scope="session")
def world(tmp_path_factory) -> World:
    return build_world(str(tmp_path_factory.mktemp("web") / "world.db"))


@pytest.fixture
def client(world):
    """A TestClient over the world, with writes enabled by ``TOKEN``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette nudges towards httpx2; httpx is what we ship
        from fastapi.testclient import TestClient
    from parallax.web.app import create_app

    with TestClient(create_app(world.path, token=TOKEN)) as c:
        yield c
