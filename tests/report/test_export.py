"""Exports round-trip: what is written reads back equal, in every format, for every table."""

from __future__ import annotations

import pytest

from parallax.errors import InputError
from parallax.report.export import FORMATS, TABLES, read, rows, write
from parallax.store import open_store


def _norm(value):
    return "" if value is None else str(value)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_export_round_trips(aligned_db, tmp_path, table, fmt):
    store = open_store(aligned_db)
    if table in ("facts", "contradictions") and not store.facts():
        from parallax.model import Contradiction, Fact

        store.put_facts([Fact("F1", "Belarus took part in the invasion.", "2022-02-24", None, ("Belarus",))])
        store.put_facts([Fact("F1", "Belarus took part in the invasion of Ukraine.", "2022-02-24",
                              "https://en.wikipedia.org/wiki/Belarus", ("Belarus", "Ukraine"))])
        s = store.statements()[0]
        store.replace_contradictions([Contradiction(s.id, "fact", "F1", "denies it", 0.9, "denial", 2)])
    if table == "corrections" and not store.correction_log():
        store.add_correction("merge", "p-a", "p-b", author="anna", note="one man, two spellings")
        store.add_correction("verdict", "o|c|tass.ru", "paraphrased", None, note="carried in para 4")
    data = rows(store, table)
    assert data, table
    path = tmp_path / f"{table}.{fmt}"
    assert write(data, path, fmt) == len(data)
    back = read(path, fmt)
    assert len(back) == len(data)
    for want, got in zip(data, back):
        assert set(want) == set(got)
        for k, v in want.items():
            if isinstance(v, (list, dict)):
                assert got[k] == v, k
            elif fmt == "csv":  # CSV has no types: compare the text
                assert _norm(got[k]) == _norm(v), k
            else:
                assert got[k] == v, k


def test_export_coverage_rows_follow_the_interface(aligned_db):
    data = rows(open_store(aligned_db), "coverage")
    assert {"occasion", "claim", "outlet", "article_id", "url", "status", "alterations"} <= set(data[0])
    altered = [r for r in data if r["status"] == "altered"]
    assert altered and all(r["alterations"] for r in altered)
    a = altered[0]["alterations"][0]
    assert set(a) == {"kind", "this", "other_article_id", "other", "note"} and len(a["this"]) == 2


def test_export_refuses_an_unknown_table_and_format(aligned_db, tmp_path):
    with pytest.raises(InputError, match="statements, claims, occasions, coverage"):
        rows(open_store(aligned_db), "people")
    with pytest.raises(InputError, match="csv, jsonl, parquet"):
        write([{"a": 1}], tmp_path / "x", "xlsx")
