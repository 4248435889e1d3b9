"""The data model's shared rules."""

from __future__ import annotations

import pytest

from parallax.model import main_speaker


@pytest.mark.parametrize("speakers, least, share, main", [
    (["Macron", "Macron", "Scholz"], 1, 0.0, "Macron"),     # an article on Macron that quotes Scholz once
    (["Macron", "Scholz"], 1, 0.0, None),                    # a tie: no main speaker
    (["Orbán", "Putin", "Orbán", "Putin"], 2, 0.5, None),    # two leaders named alike: neither is the main one
    (["Orbán", "Orbán", "Putin"], 2, 0.6, "Orbán"),
    (["Orbán", "Putin", "Lavrov", "Orbán"], 2, 0.6, None),   # the most, but under 60 %
    (["Orbán"], 2, 0.0, None),                               # once is not enough where two are asked
    ({"p-orban"}, 1, 1.0, "p-orban"),                        # the one person all statements hold
    ({"p-orban", "p-putin"}, 1, 1.0, None),
    ([], 1, 0.0, None),
])
def test_main_speaker(speakers, least, share, main):
    assert main_speaker(speakers, least=least, share=share) == main
