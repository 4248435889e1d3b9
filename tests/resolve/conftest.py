"""The bundled registry, loaded once for the resolve tests (about 2 s)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def registry():
    from parallax.resolve import Registry

    return Registry.load()
