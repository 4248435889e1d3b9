"""Shared fixtures: fresh stores, the fixtures folder, the shared corpora when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def fresh_store():
    from parallax.store import open_store

    store = open_store(":memory:")
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory):
    """The demo store, built once per session by ``parallax demo``: ``(path, stderr of the build)``."""
    from click.testing import CliRunner

    from parallax.cli import cli

    db = str(tmp_path_factory.mktemp("demo-store") / "demo.db")
    result = CliRunner().invoke(cli, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    return db, result.stderr
