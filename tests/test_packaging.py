"""Issue 14: a plain ``pip install parallax`` (no extras) reads HTML."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.issue(14)
ROOT = Path(__file__).resolve().parents[1]


def _base_requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0].lower().replace("-", "_") for d in project["dependencies"]}


def test_the_html_cleaner_is_a_base_dependency():
    # trafilatura falls back to justext, which imports lxml.html.clean: a separate project since
    # lxml 5.2, so without it every page failed with an ImportError.
    assert "lxml_html_clean" in _base_requirements()
    import lxml.html.clean  # noqa: F401


def test_fuzzing_tools_are_in_the_dev_extra():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    dev = " ".join(extras["dev"])
    assert "hypothesis" in dev and "markdown-it-py" in dev


@pytest.mark.issue(13)
def test_make_test_installs_the_scale_extra_so_ci_runs_the_ray_path():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert extras["scale"] == ["ray[data]==2.60.0"]  # Ray Data carries the per-article work
    install = re.search(r"^install:.*\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    assert re.search(r"-e '\.\[[^\]]*\bscale\b[^\]]*\]'", install), install
