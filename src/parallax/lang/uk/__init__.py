"""Ukrainian: « » „ “ marks, dialogue dashes, pymorphy3-uk morphology, pronouns, roles, venues."""

from __future__ import annotations

from ..slavic import Slavic
from . import words

#: adverbial participles (дієприслівники) and the finite form that carries their verb's lemma:
#: past «додавши» → «додав», present «заявляючи» → «заявляють»
_GERUND_STEMS = (("вши", "в"), ("ши", ""), ("учи", "уть"), ("ючи", "ють"), ("ачи", "ать"), ("ячи", "ять"))


class Ukrainian(Slavic):
    code = "uk"
    words = words

    def _gerund_lemmas(self, word: str) -> frozenset[str]:
        """The verb of an adverbial participle: pymorphy3-uk lemmatises «додавши» to itself, so
        «…, — заявив Путін, додавши, що …» would have no cue verb."""
        w = word.lower()
        parses = self._parse(word)
        if not parses or parses[0].tag.POS != "GRND" or parses[0].normal_form != w.replace("’", "'"):
            return frozenset()
        for end, finite in _GERUND_STEMS:
            if w.endswith(end) and len(w) > len(end) + 2:
                verbs = frozenset(p.normal_form for p in self._parse(w[:-len(end)] + finite)
                                  if p.tag.POS == "VERB" and p.score > 0.01)
                if verbs:
                    return verbs
        return frozenset()

    def lemmas(self, word: str) -> frozenset[str]:
        return super().lemmas(word) | self._gerund_lemmas(word)


LANGUAGE_CLASS = Ukrainian
