"""``parallax ingest`` and ``parallax outlets``: exit codes, JSON lines, summary, near-duplicate links."""

from __future__ import annotations

import json

from click.testing import CliRunner

from parallax.cli import cli
from parallax.store import open_store

WIRE = (
    "Belarusian President Alexander Lukashenko said on Wednesday that Belarusian troops would not take "
    "part in the war against Ukraine, as this would lead to an escalation of the conflict and the "
    "potential intervention of NATO. He expressed doubt about reports that Russia plans to bring North "
    "Korean troops to the front, noting that such a move is not in Russia's interests. He also said "
    "that Putin will never put pressure on other countries to join the war in Ukraine. Lukashenko "
    "denied that Belarus was involved in the invasion, which began partly from Belarusian territory, "
    "and said Russian troops stationed near the border had returned home after exercises. He added "
    "that he had not been in contact with Putin at the time and that no message came from Moscow."
)


def _run(*args):
    return CliRunner().invoke(cli, ["ingest", *map(str, args)])


def test_cli_ingest_ok_then_noop(fixtures, db_path, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("---\nsynthetic: true\n---\nЛукашенко заявил, что войска не пойдут.", encoding="utf-8")
    first = _run(src, "--db", db_path, "--json")
    assert first.exit_code == 0, first.output
    [row] = [json.loads(line) for line in first.stdout.splitlines()]
    assert row["status"] == "added" and row["source"] == str(src) and row["reason"] is None
    assert "ingested 1, duplicates 0, near-duplicates linked 0, rejected 0" in first.stderr
    again = _run(src, "--db", db_path, "--json")
    assert again.exit_code == 0
    assert json.loads(again.stdout)["status"] == "duplicate"
    assert "ingested 0, duplicates 1" in again.stderr
    assert open_store(db_path).count_articles() == 1


def test_cli_ingest_rejects_exit_1_and_keeps_the_rest(fixtures, db_path):
    result = _run(fixtures / "ingest" / "wire.jsonl", fixtures / "ingest" / "broken-feed.xml",
                  "--field", "text=body", "--field", "published=date", "--db", db_path, "--json")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["added", "added", "rejected", "rejected", "added", "rejected"]
    assert "rejected 3" in result.stderr
    assert f"{fixtures / 'ingest' / 'wire.jsonl'}:3: malformed JSON" in result.stderr
    assert f"{fixtures / 'ingest' / 'broken-feed.xml'}: malformed XML feed" in result.stderr
    assert open_store(db_path).count_articles() == 3


def test_cli_ingest_usage_errors_exit_2(db_path, fixtures):
    assert _run("--db", db_path).exit_code == 2  # no paths
    assert _run(fixtures / "ingest", "--field", "nonsense", "--db", db_path).exit_code == 2
    assert _run(fixtures / "ingest", "--format", "pdf", "--db", db_path).exit_code == 2


def test_cli_ingest_links_near_duplicates_across_outlets(tmp_path, db_path):
    rows = [
        {"id": "wire", "text": WIRE, "url": "https://apnews.com/article/synthetic-1", "synthetic": True},
        {"id": "copy", "text": "KYIV (Synthetic) - Belarus will stay out of the war, its leader said. "
                               + WIRE.split(". ", 1)[1], "url": "https://kyivindependent.com/synthetic-1",
         "synthetic": True},
        {"id": "other", "text": "The European Central Bank left interest rates unchanged on Thursday, "
                                "saying inflation was moving towards target while growth stayed weak.",
         "url": "https://reuters.com/markets/synthetic-2", "synthetic": True},
    ]
    (tmp_path / "first.jsonl").write_text(json.dumps(rows[0]) + "\n" + json.dumps(rows[2]) + "\n")
    (tmp_path / "second.jsonl").write_text(json.dumps(rows[1]) + "\n")
    assert _run(tmp_path / "first.jsonl", "--db", db_path).exit_code == 0
    result = _run(tmp_path / "second.jsonl", "--db", db_path)  # a later run: compared with stored ones
    assert result.exit_code == 0 and "near-duplicates linked 1" in result.stderr
    store = open_store(db_path)
    assert [o for o, _ in store.near_duplicates("copy")] == ["wire"]
    assert store.near_duplicates("other") == []
    assert store.count_articles() == 3  # linked, never dropped


def test_cli_outlets_list_add_import(db_path, tmp_path):
    runner = CliRunner()
    listed = runner.invoke(cli, ["outlets", "--db", db_path, "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert listed.exit_code == 0 and len(rows) >= 70
    assert {"domain": "tass.ru", "name": "TASS", "country": "RU", "language": "ru", "kind": "state",
            "source": "bundled"} in rows
    added = runner.invoke(cli, ["outlets", "add", "https://www.rtvi.com/", "--name", "RTVI", "--kind",
                                "independent", "--country", "us", "--db", db_path])
    assert added.exit_code == 0, added.output
    assert runner.invoke(cli, ["outlets", "add", "not a domain", "--name", "X", "--db", db_path]).exit_code == 2
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text("domain,name,country,language,kind\ntass.ru,TASS (relabelled),RU,ru,agency\n")
    assert runner.invoke(cli, ["outlets", "import", str(csv_path), "--db", db_path]).exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("domain,name,kind\nx.org,X,tabloid\n")
    refused = runner.invoke(cli, ["outlets", "import", str(bad), "--db", db_path])
    assert refused.exit_code == 1 and f"{bad}:2" in refused.output
    rows = {r["domain"]: r for r in map(json.loads, runner.invoke(
        cli, ["outlets", "--db", db_path, "--json"]).stdout.splitlines())}
    assert rows["rtvi.com"]["source"] == "user" and rows["rtvi.com"]["country"] == "US"
    assert (rows["tass.ru"]["kind"], rows["tass.ru"]["source"]) == ("agency", "user")
    assert "x.org" not in rows


def test_cli_user_outlet_is_used_at_ingest(tmp_path, db_path):
    CliRunner().invoke(cli, ["outlets", "add", "rtvi.com", "--name", "RTVI", "--db", db_path])
    src = tmp_path / "a.txt"
    src.write_text("---\nurl: https://news.rtvi.com/x\nsynthetic: true\n---\nText.", encoding="utf-8")
    assert _run(src, "--db", db_path).exit_code == 0
    [a] = list(open_store(db_path).articles())
    assert a.outlet == "rtvi.com"


def test_cli_exact_copy_at_another_outlet_is_stored_and_linked(tmp_path, db_path):
    rows = [
        {"text": WIRE, "url": "https://apnews.com/article/synthetic-1", "synthetic": True},
        {"text": WIRE, "url": "https://kyivindependent.com/synthetic-1", "synthetic": True},  # wire copy
        {"text": WIRE, "url": "https://apnews.com/article/synthetic-1-amp", "synthetic": True},  # same outlet
        {"text": WIRE, "synthetic": True},  # no URL, no outlet: nothing tells it apart
    ]
    src = tmp_path / "copies.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = _run(src, "--db", db_path, "--json")
    assert result.exit_code == 0, result.output
    statuses = [json.loads(line)["status"] for line in result.stdout.splitlines()]
    assert statuses == ["added", "added", "duplicate", "duplicate"]
    assert "ingested 2, duplicates 2, near-duplicates linked 1" in result.stderr
    store = open_store(db_path)
    ap, kyiv = (a.id for a in sorted(store.articles(), key=lambda a: a.outlet))
    assert [a.outlet for a in store.articles(ids=[ap, kyiv])] == ["apnews.com", "kyivindependent.com"]
    assert store.near_duplicates(kyiv) == [(ap, 1.0)]
    again = _run(src, "--db", db_path)  # the whole file once more: a no-op
    assert again.exit_code == 0 and "ingested 0, duplicates 4, near-duplicates linked 0" in again.stderr
    assert store.count_articles() == 2
