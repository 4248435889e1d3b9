"""``parallax eval`` end to end on the fixture (lives here, not in tests/cli/, as this area owns it)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from parallax.cli import cli
from parallax.eval.datasets import read


def test_eval_cli_bad_line_exits_1_naming_file_and_line(tmp_path, fixtures):
    bad = tmp_path / "bad.jsonl"
    good = (fixtures / "eval" / "small.jsonl").read_text(encoding="utf-8")
    bad.write_text(good + '{"doc_id": "z", "text": "abc", "quotes": [{"type": "direct"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(bad), "--json"])
    assert result.exit_code == 1
    assert f"{bad}:6" in result.output and "no content offsets" in result.output


def test_eval_cli_usage_errors_exit_2():
    assert CliRunner().invoke(cli, ["eval"]).exit_code == 2
    assert CliRunner().invoke(cli, ["eval", "x.jsonl", "--limit", "0"]).exit_code == 2


def test_eval_cli_scores_and_writes_predictions(tmp_path, fixtures):
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(cli, ["eval", str(fixtures / "eval" / "small.jsonl"), "--json", "-s",
                                      "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by = {(r["language"], r["type"]): r for r in rows}
    # gold counts come from the fixture, whatever the extractor finds
    assert by[("en", "direct")]["gold"] == 1 and by[("en", "indirect")]["gold"] == 1
    assert by[("ru", "all")]["gold"] == 2 and by[("uk", "all")]["gold"] == 1 and by[("de", "all")]["gold"] == 0
    assert ("en", "speech") in by and ("en", "tokens") in by
    # “We will not close the bridge,” Berg said. “It stays open …” is found
    assert by[("en", "direct")]["overlap"]["tp"] == 1
    # every document is in the predictions, also the unannotated one, and they read back
    docs = list(read(out))
    assert [d.id for d in docs] == ["en-1", "ru-1", "uk-1", "de-1", "de-2"]
    assert all(d.annotated for d in docs)
    raw = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for d in raw:
        for q in d["quotes"]:
            assert d["text"][q["content_start"]:q["content_end"]] == q["content"]
            assert {"type", "speaker", "cue", "person"} <= set(q)


def test_eval_cli_language_filter_and_limit(fixtures):
    result = CliRunner().invoke(cli, ["eval", str(fixtures / "eval" / "small.jsonl"), "--json", "-s",
                                      "--language", "uk"])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["language"] for line in result.stdout.splitlines()} == {"uk"}
    result = CliRunner().invoke(cli, ["eval", str(fixtures / "eval" / "small.jsonl"), "--language", "fr"])
    assert result.exit_code == 1 and "no documents" in result.output
