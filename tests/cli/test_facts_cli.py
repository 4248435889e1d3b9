"""``parallax facts`` / ``contradictions`` / ``record``: the INTERFACES.md shapes, exit codes, path:LINE errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from parallax.cli import cli
from parallax.model import Contradiction, Fact

LINES = [
    json.dumps({"id": "F01", "text": "Russia launched a full-scale invasion of Ukraine on 24 February 2022.",
                "date": "2022-02-24", "source_url": "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine",
                "entities": ["Russia", "Ukraine"]}),
    "{not json",
    json.dumps({"id": "F02", "text": ""}),
    json.dumps({"id": "F03", "text": "Russia annexed Crimea on 18 March 2014.", "date": "18.03.2014"}),
    json.dumps({"id": "F04", "text": "Russia annexed Crimea on 18 March 2014.", "date": "2014-03-18",
                "source_url": "https://en.wikipedia.org/wiki/Annexation_of_Crimea_by_the_Russian_Federation",
                "entities": ["Russia", "Crimea"]}),
]


def test_facts_import_reports_bad_lines_and_imports_the_rest(tmp_path, db_path):
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["facts", "import", str(path), "--db", db_path])
    assert r.exit_code == 1
    assert f"{path}:2: not JSON" in r.stderr
    assert f"{path}:3: 'text' is missing or empty" in r.stderr
    assert f"{path}:4: 'date'" in r.stderr
    listed = CliRunner().invoke(cli, ["facts", "--db", db_path, "--json"])
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["F01", "F04"]
    assert {k: rows[0][k] for k in ("id", "text", "date", "source_url", "entities")} == json.loads(LINES[0])


def test_facts_reimport_of_a_known_id_updates_it(tmp_path, db_path):
    path = tmp_path / "facts.jsonl"
    path.write_text(LINES[0] + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["facts", "import", str(path), "--db", db_path]).exit_code == 0
    edited = {**json.loads(LINES[0]), "entities": ["Russia", "Ukraine", "Belarus"]}
    path.write_text(json.dumps(edited) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["facts", "import", str(path), "--db", db_path])
    assert r.exit_code == 0 and "1 updated" in r.stderr
    rows = [json.loads(x) for x in CliRunner().invoke(cli, ["facts", "--db", db_path, "--json"]).stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["entities"] == ["Russia", "Ukraine", "Belarus"] and rows[0]["version"] == 2
    hist = CliRunner().invoke(cli, ["facts", "--db", db_path, "--json", "--history"]).stdout.splitlines()
    assert len(hist) == 2


def test_facts_add_then_export_keeps_every_version(tmp_path, db_path):
    run = CliRunner().invoke
    assert run(cli, ["facts", "add", "F1", "Belarus took part in the invasion", "--entity", "Belarus",
                     "--db", db_path]).exit_code == 0
    assert run(cli, ["facts", "add", "F1", "Belarus took part in the invasion of Ukraine", "--entity", "Belarus",
                     "--date", "2022-02-24", "--db", db_path]).exit_code == 0
    assert run(cli, ["facts", "add", "F1", "Belarus took part in Russia's invasion of Ukraine",
                     "--db", db_path]).exit_code == 0
    last = json.loads(run(cli, ["facts", "--db", db_path, "--json"]).stdout)
    assert last["version"] == 3 and last["date"] == "2022-02-24" and last["entities"] == ["Belarus"]
    out = tmp_path / "facts.jsonl"
    assert run(cli, ["export", "facts", "--db", db_path, "--format", "jsonl", "-o", str(out)]).exit_code == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["version"]) for r in rows] == [("F1", 1), ("F1", 2), ("F1", 3)]
    bad = run(cli, ["facts", "add", "F2", "x", "--date", "yesterday", "--db", db_path])
    assert bad.exit_code == 2


def test_contradictions_json_has_the_interfaces_shape(fresh_store, db_path):
    from parallax.store import open_store
    from tests.compare.test_contradictions import SEED, _article, _statement

    store = open_store(db_path)
    seed = _article("seed", SEED, "2024-10-23")
    store.add_articles([seed])
    st = _statement(seed, "Belarus’ involvement in the invasion", "deny")
    store.replace_statements("seed", [st], "t")
    store.put_facts([Fact("F02", "Belarus took part in the invasion.", "2022-02-24", None, ("Belarus",))])
    store.replace_contradictions([Contradiction(st.id, "fact", "F02", "denies it where fact F02 records it", 0.91,
                                                "denial", 1)])
    store.close()
    r = CliRunner().invoke(cli, ["contradictions", "--db", db_path, "--json"])
    assert r.exit_code == 0
    (row,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert {k: row[k] for k in ("statement", "article_id", "url", "start", "end", "person", "person_id",
                                "published", "reason", "score")} == {
        "statement": st.id, "article_id": "seed", "url": "https://bbc.com/seed", "start": st.start, "end": st.end,
        "person": "Alexander Lukashenko", "person_id": "alexander-lukashenko", "published": "2024-10-23",
        "reason": "denies it where fact F02 records it", "score": 0.91}
    assert row["against"]["kind"] == "fact" and row["against"]["fact"] == "F02"
    assert CliRunner().invoke(cli, ["contradictions", "--db", db_path, "--json", "--since", "2024-11-01"]).stdout == ""
    assert CliRunner().invoke(cli, ["contradictions", "--db", db_path, "--json", "--person", "nobody"]).stdout == ""
