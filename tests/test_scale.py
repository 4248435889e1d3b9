"""The Ray path (extra ``[scale]``): ``parallax run --ray`` gives the store an in-process run gives.

One local Ray (two CPUs) serves the module. Each comparison ingests the same articles into two
stores, runs ``parallax run`` and ``parallax run --ray`` as a user does, and compares what the
commands print as JSON (INTERFACES.md): statements with their people, claims and occasions,
coverage cells and contradictions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parallax import pipeline, resolve
from parallax.cli import cli
from parallax.model import Article

ray = pytest.importorskip("ray", reason="the [scale] extra (ray) is not installed")

DEMO = Path(__file__).resolve().parents[1] / "src" / "parallax" / "data" / "demo"
EVENTS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events_dev"


@pytest.fixture(scope="module")
def cluster():
    from parallax import scale

    with scale.connect(workers=2) as c:
        yield c


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _jsonl(text: str) -> list[dict]:
    return sorted((json.loads(line) for line in text.splitlines() if line.strip()),
                  key=lambda r: json.dumps(r, sort_keys=True))


def _snapshot(db: str) -> dict[str, list[dict]]:
    return {
        "statements": _jsonl(_invoke("statements", "--db", db, "--json")),
        "claims": _jsonl(_invoke("claims", "--db", db, "--json")),
        "occasions": _jsonl(_invoke("occasions", "--db", db, "--json")),
        "coverage": _jsonl(_invoke("coverage", "--db", db, "--json")),
        "contradictions": _jsonl(_invoke("contradictions", "--db", db, "--json")),
        "people": _jsonl(_invoke("people", "list", "--db", db, "--json")),
    }


def _both(tmp_path, articles: str, facts: str | None = None) -> tuple[dict, dict]:
    out = []
    for name, extra in (("local", ()), ("ray", ("--ray", "--workers", "2"))):
        db = str(tmp_path / f"{name}.db")
        _invoke("ingest", articles, "--db", db, "--silent")
        if facts:
            _invoke("facts", "import", facts, "--db", db)
        _invoke("run", "--db", db, "--silent", *extra)
        out.append(_snapshot(db))
    return out[0], out[1]


def _assert_same(local: dict, remote: dict) -> None:
    for part in local:
        assert remote[part] == local[part], part


def test_run_ray_matches_in_process_on_the_demo(cluster, tmp_path, monkeypatch):
    from parallax import scale

    # the demo is small: every embedding call and every block goes to the workers all the same
    monkeypatch.setattr(scale, "EMBED_SHARD", 8)
    monkeypatch.setattr(scale, "GROUP_REMOTE_MIN", 0)
    sent: list[str] = []
    submit, embed = scale.Cluster._submit, scale.RayEmbedder.embed
    monkeypatch.setattr(scale.Cluster, "_submit", lambda self, *a: sent.append("group") or submit(self, *a))
    monkeypatch.setattr(scale.RayEmbedder, "embed",
                        lambda self, texts: sent.extend(["embed"] * (len(texts) > 8)) or embed(self, texts))
    local, remote = _both(tmp_path, str(DEMO / "articles.jsonl"), str(DEMO / "facts.jsonl"))
    assert {"group", "embed"} <= set(sent)
    assert local["statements"] and local["claims"] and local["coverage"]
    assert any(s["person_id"] for s in local["statements"])
    _assert_same(local, remote)


@pytest.mark.slow
def test_run_ray_matches_in_process_on_an_events_dev_occasion(cluster, tmp_path):
    if not EVENTS.is_dir():
        pytest.skip("../shared/data/events_dev is not beside the checkout")
    occasion = sorted(p for p in EVENTS.iterdir() if (p / "articles.jsonl").is_file())[0]
    local, remote = _both(tmp_path, str(occasion / "articles.jsonl"))
    # the occasion's run discovers people, so later articles resolve against them (linked again)
    assert {s["person_id"] for s in local["statements"]} & {p["id"] for p in local["people"]}
    assert len(local["claims"]) > 20 and len(local["occasions"]) > 2
    _assert_same(local, remote)


def test_ray_workers_resolve_as_the_growing_registry_does(cluster, fresh_store):
    """A person discovered in one article resolves the bare surname in the next, on Ray as in process."""
    texts = [("Steve Rosenberg, a correspondent, said that the talks had stalled for weeks.", "en"),
             ("Rosenberg said the delegation would return to Moscow on Friday morning.", "en"),
             ("«Запад сразу отреагирует», — заявил Лукашенко в интервью телеканалу «Россия 1».", "ru")]
    articles = [Article(id=f"s{i}", text=t, content_hash=str(i), language=lang, synthetic=True)
                for i, (t, lang) in enumerate(texts)]
    fresh_store.add_articles(articles)
    got = []
    for article, outcome in cluster.process_articles(fresh_store, list(fresh_store.articles(pending=True))):
        assert outcome.error is None
        pipeline._store_people(fresh_store, list(outcome.people))
        got.append([(s.start, s.end, s.person_id) for s in outcome.statements])
    registry = resolve.Registry.load(None)
    alone = [[(s.start, s.end, s.person_id) for s in pipeline.process(a, registry)[0]] for a in articles]
    assert got[0] == alone[0] and got[2] == alone[2] and all(got)
    discovered = got[0][0][2]
    assert discovered and got[1][0][2] == discovered   # «Rosenberg» is the person found just before
    assert alone[1][0][2] != discovered                 # which the start registry alone does not know


def test_ray_embedder_gives_the_same_vectors(cluster):
    from parallax.align import get_embedder

    base = get_embedder("lexical")
    texts = [f"statement number {i} about the talks in Minsk" for i in range(150)]
    assert (cluster.embedder(base).embed(texts) == base.embed(texts)).all()


def test_run_ray_without_the_extra_says_how_to_install(monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError("No module named 'ray'")
        return real_import(name, *args, **kwargs)

    db = str(tmp_path / "x.db")
    from parallax.store import open_store

    open_store(db).close()  # an existing (empty) store: `run` refuses a missing one first
    monkeypatch.setattr(builtins, "__import__", no_ray)
    result = CliRunner().invoke(cli, ["run", "--db", db, "--ray", "--silent"])
    assert result.exit_code != 0
    assert "parallax[scale]" in result.output
