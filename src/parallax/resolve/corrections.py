"""Analyst corrections (merge, split, alias), stored and re-applied to every statement.

Corrections live in the store (``Store.add_correction``) and are read back by
``Registry.load``, so they hold for articles processed later and for re-processed ones.
``apply_corrections`` re-links every stored statement with the corrected registry.

Reads: ``Store.people()``, ``Store.corrections()``, ``Store.statements()``, ``Store.article()``.
Writes: ``Store.update_links()``, ``Store.upsert_people()`` (people a split creates, new
discovered people). Depends on: ``resolve.registry``, ``resolve.link``.
"""

from __future__ import annotations

from collections import defaultdict

from ..errors import InputError, NotFound
from ..model import Person
from .link import link
from .registry import Registry, split_id

OPS = ("merge", "split", "alias_add")


def _person(registry: Registry, person_id: str) -> Person:
    p = registry.get(person_id)
    if p is None:
        raise NotFound(f"no person with id {person_id!r}; see `parallax people list`")
    return p


#: ``**who``: ``author`` and ``note`` of the correction (issue 15), stored with it.
def merge(store, into: str, other: str, **who) -> int:
    """Fold person ``other`` into ``into`` (both stay in the store; ``other`` redirects)."""
    reg = Registry.load(store)
    a, b = _person(reg, into), _person(reg, other)
    if a.id == b.id:
        raise InputError(f"{into} {other}", "these ids already name one person")
    store.add_correction("merge", a.id, b.id, **who)
    return apply_corrections(store)


def split(store, person_id: str, alias: str, **who) -> tuple[str, int]:
    """Detach a wrongly attached name: it becomes its own person. Returns (new id, re-linked)."""
    reg = Registry.load(store)
    p = _person(reg, person_id)
    if not alias.strip():
        raise InputError("--alias", "the name to split off is empty")
    new_id = split_id(p.id, alias)
    store.add_correction("split", p.id, new_id, alias, **who)
    store.upsert_people([Person(id=new_id, name=alias, source="correction")])
    return new_id, apply_corrections(store)


def add_alias(store, person_id: str, alias: str, **who) -> int:
    """Attach a name to a person (it then resolves to that person, rule ``correction``)."""
    reg = Registry.load(store)
    p = _person(reg, person_id)
    if not alias.strip():
        raise InputError("NAME", "the alias is empty")
    store.add_correction("alias_add", p.id, None, alias, **who)
    return apply_corrections(store)


def apply_corrections(store, registry: Registry | None = None) -> int:
    """Re-link every stored statement with the registry as corrected; returns how many changed."""
    reg = registry or Registry.load(store)
    by_article: dict[str, list] = defaultdict(list)
    for s in store.statements():
        by_article[s.article_id].append(s)
    changed, new_people = [], {}
    for article_id, stmts in by_article.items():
        linked, people = link(stmts, store.article(article_id), reg)
        for p in people:
            new_people[p.id] = p
        changed.extend(n for o, n in zip(stmts, linked)
                       if (o.person_id, o.person_rule, o.person_score, o.person_name)
                       != (n.person_id, n.person_rule, n.person_score, n.person_name))
    if new_people:
        store.upsert_people(new_people.values())
    return store.update_links(changed) if changed else 0


__all__ = ["OPS", "add_alias", "apply_corrections", "merge", "split"]
