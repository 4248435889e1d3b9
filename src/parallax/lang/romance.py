"""Shared rules of the Romance packs (fr, es, it, pt): stem lemmas over listed verb endings.

Regular verbs match their lexicon infinitive by stem plus one of the language's inflectional
endings (déclar+é, afirm+ó, dichiar+ato, afirm+ou); irregular forms are listed in the pack's
``cue_verbs.txt``. Auxiliaries ("a", "ha", "tem") are fillers between speaker and participle.
"""

from __future__ import annotations

from .stems import StemLanguage


class Romance(StemLanguage):
    """A Romance language: suffix-stem lemmas, SVO order, free subject inversion after a cue."""

    max_cut = 6
    comma_before_complementiser = False
    dash_dialogue = False
    inner_frames = False
    pro_drop = True
