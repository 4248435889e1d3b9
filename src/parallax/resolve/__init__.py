"""3. Resolve people: one identity across spellings, scripts, inflections and titles.

Reads: statements' speaker mentions, the bundled registry (``data/people.jsonl``), the
store's people and corrections. Writes: person links on statements; discovered people.
Depends on: ``model``, ``errors``, PyICU, pymorphy3, rapidfuzz.

>>> from parallax.resolve import Registry
>>> Registry.load().resolve("Лукашенкові", lang="uk").person_id
'alexander-lukashenko'
"""

from .corrections import add_alias, apply_corrections, merge, split
from .evaluate import evaluate
from .link import link
from .registry import Registry, discovered_person

__all__ = ["Registry", "add_alias", "apply_corrections", "discovered_person", "evaluate", "link",
           "merge", "split"]
