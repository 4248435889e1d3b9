"""The people registry: bundled public figures, the user's additions, and analyst corrections.

``Registry.load(store)`` reads ``data/people.jsonl`` (the bundled figures), any user files,
the people in the store (imported or discovered) and the store's corrections, and builds one
index from normalised keys (see ``names.py``) to people. ``registry.resolve(name, …)``
answers with a ``Link`` that names the rule that fired, or None.

Reads: ``data/people.jsonl``, user JSON Lines files, ``Store.people()``, ``Store.corrections()``.
Writes: nothing. Depends on: ``resolve.names`` (PyICU, pymorphy3), rapidfuzz.

Rules, strongest first (the ``Link.rule`` of the answer):

* ``correction`` — an analyst's alias or split says so;
* ``exact`` / ``alias`` — the mention is one of the person's listed names or aliases;
* ``translit`` / ``inflection`` — same name in another script, romanisation or case;
* ``initials`` — "A. Lukashenko", "О. Лукашенко": surname plus a matching initial;
* ``surname-context`` — a bare surname, matched to a person named elsewhere in the article;
* ``surname-unique`` — a bare surname that one person alone bears in the registry;
* ``surname-prominent`` — a bare surname shared by several people, one of whom news means by
  it (``"known_by_surname": true`` in the data, e.g. Lukashenko, not his son Viktor) and none
  of the others is named in the article;
* ``role-date`` — "the Belarusian president", resolved by who held the role on that date;
* ``role-context`` — "глава государства": a role held that day by a person the article names;
* ``fuzzy`` — a misspelt surname (rapidfuzz Jaro-Winkler ≥ 0.93) with an equivalent first name.

Weak cues never link: a first name alone, "Kim" alone, a surname whose gendered form differs
(Zelenska is not Zelensky), a full name whose first name contradicts (Viktor ≠ Alexander).
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from .. import lang as languages
from .. import settings
from ..errors import InputError
from ..model import Link, Person, Role, stable_id
from . import names as N

BUNDLED = settings.PACKAGE_DATA / "people.jsonl"

#: an English epithet after the name ("… of Moscow"), cut before the name is parsed
_EPITHET = re.compile(r"\s+of\s+.*$", re.I)

SCORES = {
    "correction": 1.0, "exact": 1.0, "alias": 0.98, "translit": 0.97, "inflection": 0.95,
    "initials": 0.92, "surname-context": 0.9, "surname-unique": 0.85, "surname-prominent": 0.8,
    "role-date": 0.85, "role-context": 0.8, "fuzzy": 0.75, "sound": 0.7,
}

#: Latin spellings of one sound, in order (a name romanised from Cyrillic against its own spelling:
#: «Лэнс» Lens / Lance, «Клинтон» Klinton / Clinton, «Хиллари» Khillari / Hillary)
_SOUNDS = ((r"kh", "h"), (r"ph", "f"), (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"w", "v"),
           (r"(?<=\w)e$", ""), (r"y$", "i"), (r"(?<=\w)[aeiouy]+(?=\w)", ""), (r"(\w)\1+", r"\1"))


def sound_key(name: str) -> tuple[str, ...]:
    """A name's words as they sound in Latin spelling, order-free: consonants, a final vowel kept (it
    tells Kowalski from Kowalska), English silent e and c/k/s/w spellings folded. «Лэнс Армстронг» and
    "Lance Armstrong" share ``("armstrng", "lns")``."""
    out = []
    for w in re.findall(r"[a-z]+", N.to_latin(name)):
        for pattern, repl in _SOUNDS:
            w = re.sub(pattern, repl, w)
        out.append(w)
    return tuple(sorted(out))

#: Descriptions with no country in them: they name a person only with the article's help (every pack's
#: ``role_phrases.txt``: phrase → role).
GENERIC_ROLES: Mapping[str, str] = languages.every_table("role_phrases")

#: articles a role description drops ("the president"): every pack's ``description_articles.txt``
_ARTICLES = languages.every_pack("description_articles")


@functools.lru_cache(maxsize=100_000)
def description_key(text: str, lang: str | None = None) -> str:
    """A role description reduced to lemmas: "президента Белоруссии" → "президент белоруссия"."""
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text)
    out = []
    for w in words:
        low = w.lower().replace("’", "'")
        if low in _ARTICLES:
            continue
        if low.endswith("'s"):
            low = low[:-2]
        if N.script(low) == "cyrl":
            low = re.sub(r"^(\w{2,4})-(?=\w{4})", r"\1", low)  # «віце-президент» = «віцепрезидент»
            an = N.own_dictionary(N.cyrillic_lang(low, lang))
            if an is not None:
                parses = an.parse(low)
                low = parses[0].normal_form if parses else low
        else:
            low = N.fold(low)
            if "-" in low:                      # "secretary-general" = "secretary general"
                out.extend(x for x in low.split("-") if x)
                continue
        out.append(low)
    return " ".join(out)


# Role descriptions in languages the bundled data does not spell out, generated from a role's
# title ("President of Ukraine" → "prezydent Ukrainy", "der ukrainische Präsident") by the patterns
# of each pack (``lang/<code>/role_descriptions.txt``, ``country_forms.txt``), so every holder of a
# listed role, bundled or the user's, is found by date in these languages too. Nominative forms
# only: a description is almost always the subject of "said".


@functools.lru_cache(maxsize=1)
def _role_patterns() -> tuple[tuple[str, tuple[tuple[str, ...], ...], dict[str, tuple[str, str]]], ...]:
    """Per pack with both files: (code, role_descriptions rows, country → (adjective, genitive))."""
    from ..lang.base import _pack_file

    out = []
    for path in sorted(Path(languages.__file__).parent.glob("*/role_descriptions.txt")):
        code = path.parent.name
        forms = {r[0]: ("" if r[1] == "-" else r[1], r[2]) for r in _pack_file(code, "country_forms") if len(r) > 2}
        out.append((code, tuple(r for r in _pack_file(code, "role_descriptions") if len(r) > 1), forms))
    return tuple(out)


def generated_descriptions(title: str) -> dict[str, tuple[str, ...]]:
    """Descriptions of a country role in the packs' languages (de, fr, pl, cs, ro, lt …), derived
    from its English title."""
    kind = _role_kind(title)
    m = re.search(r" of (.+)$", title)
    if not kind or not m:
        return {}
    if kind == "head_of_state" and not title.lower().startswith("president of"):
        return {}
    country = m.group(1).lower()
    out: dict[str, tuple[str, ...]] = {}
    for code, rows, forms in _role_patterns():
        if country not in forms:
            continue
        adj, gen = forms[country]
        descs = tuple(r[1].format(adj=adj, gen=gen) for r in rows
                      if r[0] == kind and (len(r) < 3 or r[2] == country) and (adj or "{adj}" not in r[1]))
        if descs:
            out[code] = descs
    return out


@functools.lru_cache(maxsize=1)
def _generic_roles() -> dict[str, str]:
    return {description_key(k): v for k, v in GENERIC_ROLES.items()}


def _role_kind(title: str) -> str | None:
    t = title.lower()
    if t.startswith(("vice president of", "vice-president of")):
        return "vice_head_of_state"
    if t.startswith(("president of", "supreme leader", "king of")) or t == "head of state":
        return "head_of_state"
    if t.startswith(("prime minister", "chancellor of", "premier of")):
        return "head_of_government"
    if t.startswith("foreign minister") or "foreign affairs" in t and "minister" in t:
        return "foreign_minister"
    if t.startswith(("defence minister", "defense minister", "minister of defence", "minister of defense")):
        return "defence_minister"
    return None


@dataclass(frozen=True, slots=True)
class _Meta:
    known_by_surname: bool = False
    family_first: bool = False
    names: tuple[tuple[str, str | None], ...] = ()  # (name, lang) pairs: listed, not aliases


def person_from_json(obj: dict[str, Any], source: str = "registry") -> tuple[Person, _Meta]:
    """One people.jsonl object → ``Person`` (every listed name becomes an alias) and its meta."""
    if not isinstance(obj, dict) or not obj.get("id") or not obj.get("name"):
        raise ValueError("each person needs at least 'id' and 'name'")
    listed: list[tuple[str, str | None]] = [(obj["name"], "en")]
    for lang, values in (obj.get("names") or {}).items():
        for v in values or ():
            listed.append((v, lang))
    aliases = [a for a in obj.get("aliases") or () if isinstance(a, str)]
    all_names = list(dict.fromkeys([n for n, _ in listed] + aliases))
    roles = tuple(
        Role(r["title"], r.get("start"), r.get("end"),
             {k: tuple(v) for k, v in (r.get("descriptions") or {}).items()})
        for r in obj.get("roles") or ()
    )
    person = Person(
        id=str(obj["id"]), name=obj["name"], aliases=tuple(a for a in all_names if a != obj["name"]),
        qid=obj.get("qid"), gender=obj.get("gender"), roles=roles, source=obj.get("source") or source,
    )
    meta = _Meta(bool(obj.get("known_by_surname")), bool(obj.get("family_first")), tuple(listed))
    return person, meta


@functools.lru_cache(maxsize=4)
def _read_jsonl(path: str, mtime: float) -> tuple[tuple[Person, _Meta], ...]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                out.append(person_from_json(json.loads(line), source="registry" if path == str(BUNDLED) else "user"))
            except (ValueError, KeyError, TypeError) as e:
                raise InputError(f"{path}:{lineno}", f"not a valid person: {e}") from e
    return tuple(out)


def read_people_file(path: str | Path) -> list[tuple[Person, _Meta]]:
    """People from a JSON Lines file in the ``people.jsonl`` format; bad lines raise ``InputError``."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such file")
    return list(_read_jsonl(str(p), p.stat().st_mtime))


class Registry:
    """Every known person, indexed for resolution.

    >>> reg = Registry.load()
    >>> reg.resolve("Лукашенком", lang="ru").name
    'Alexander Lukashenko'
    """

    def __init__(self, people: Iterable[tuple[Person, _Meta]] = (),
                 corrections: Sequence[tuple] = ()) -> None:
        self.people: dict[str, Person] = {}
        self._meta: dict[str, _Meta] = {}
        self._redirect: dict[str, str] = {}
        self._override: dict[str, str] = {}      # surface or name key → person (split, alias_add)
        self._speaker: dict[str, str] = {}       # statement id → person (an analyst's reassignment)
        self._surface: dict[str, set[str]] = {}
        self._listed_surface: dict[str, set[str]] = {}
        self._full: dict[str, set[str]] = {}
        self._surname: dict[str, set[str]] = {}
        self._initials: dict[str, set[str]] = {}
        self._first_keys: dict[str, set[str]] = {}
        self._roles: dict[str, list[tuple[str, str | None, str | None]]] = {}
        self._kinds: dict[str, list[tuple[str, str, str | None, str | None]]] = {}
        self._surname_choices: dict[str, list[str]] = {}
        self._ctx_cache: dict[tuple[str, str | None], str | None] = {}
        for person, meta in people:
            self.people[person.id] = person
            self._meta[person.id] = meta
        self._apply_corrections(corrections)
        for pid in list(self.people):
            if pid not in self._redirect:
                self._index(self.people[pid], self._meta.get(pid, _Meta()))
        for pid, target in self._redirect.items():
            if pid in self.people:
                self._index(self.people[pid], self._meta.get(pid, _Meta()), as_id=self.canonical(target))
        # Fuzzy candidates by first letter: a typo is rarely the first letter, and scanning
        # one bucket instead of every surname keeps a 10,000-person registry fast.
        for key in self._surname:
            self._surname_choices.setdefault(key[:1], []).append(key)

    # ------------------------------------------------------------ building
    @classmethod
    def load(cls, store=None, extra_files: Iterable[str | Path] = (), *, bundled: bool = True) -> "Registry":
        """The bundled people, plus ``extra_files``, plus the store's people and corrections.

        A store person with the id of a bundled one replaces it (the user's copy wins).
        """
        people: dict[str, tuple[Person, _Meta]] = {}
        if bundled:
            for pm in read_people_file(BUNDLED):
                people[pm[0].id] = pm
        for f in extra_files:
            for pm in read_people_file(f):
                people[pm[0].id] = pm
        corrections: list[tuple] = []
        if store is not None:
            for p in store.people():
                old = people.get(p.id)
                if old is not None and p.source == "registry":
                    continue
                meta = old[1] if old else _Meta()
                people[p.id] = (p, meta)
            corrections = list(store.corrections())
        return cls(people.values(), corrections)

    def canonical(self, person_id: str) -> str:
        """Follow merges: the id that ``person_id`` was folded into (itself if none)."""
        seen = set()
        while person_id in self._redirect and person_id not in seen:
            seen.add(person_id)
            person_id = self._redirect[person_id]
        return person_id

    def _apply_corrections(self, corrections: Sequence[tuple]) -> None:
        for _id, op, a, b, value in sorted(corrections, key=lambda r: r[0]):
            if op == "merge" and b and a != b:
                if self.canonical(a) != b:
                    self._redirect[b] = a
            elif op == "alias_add" and value:
                pid = self.canonical(a)
                p = self.people.get(pid)
                if p is not None and value not in p.aliases:
                    self.people[pid] = replace(p, aliases=p.aliases + (value,))
                self._override_name(value, pid)
            elif op == "split" and value:
                new_id = b or split_id(a, value)
                old = self.people.get(self.canonical(a))
                if old is not None and value in old.aliases:
                    self.people[old.id] = replace(old, aliases=tuple(x for x in old.aliases if x != value))
                if new_id not in self.people:
                    self.people[new_id] = Person(id=new_id, name=value, source="correction",
                                                 gender=None)
                    self._meta[new_id] = _Meta()
                self._override_name(value, new_id)
            elif op == "rename" and value:
                p = self.people.get(self.canonical(a))
                if p is not None and p.name != value:
                    aliases = tuple(x for x in dict.fromkeys((p.name, *p.aliases)) if x != value)
                    self.people[p.id] = replace(p, name=value, aliases=aliases)
            elif op == "speaker" and b:
                if b not in self.people and value:      # a person the correction created
                    self.people[b] = Person(id=b, name=value, source="correction")
                    self._meta[b] = _Meta()
                self._speaker[a] = b

    def speaker_of(self, statement_id: str) -> str | None:
        """The person an analyst gave this statement to (after merges), or None."""
        pid = self._speaker.get(statement_id)
        return self.canonical(pid) if pid and self.canonical(pid) in self.people else None

    def _override_name(self, value: str, pid: str) -> None:
        self._override[N.surface_key(value)] = pid
        parsed = N.parse_name(value)
        for k in N.name_keys(parsed.tokens):
            self._override["k:" + k] = pid

    def _add(self, index: dict[str, set[str]], key: str, pid: str) -> None:
        index.setdefault(key, set()).add(pid)

    def _index(self, person: Person, meta: _Meta, as_id: str | None = None) -> None:
        pid = as_id or person.id
        listed = {n for n, _ in meta.names} | {person.name}
        langs = dict(meta.names)
        for name in (person.name, *person.aliases):
            s = N.surface_key(name)
            if not s:
                continue
            self._add(self._surface, s, pid)
            if name in listed:
                self._add(self._listed_surface, s, pid)
            lang = langs.get(name)
            # "Patriarch Kirill of Moscow": the place in an epithet is not a surname.
            parsed = N.parse_name(_EPITHET.sub("", name), lang)
            toks = parsed.tokens
            if not toks:
                continue
            if len(toks) == 1:
                for k in N.token_keys(toks[0], lang, first=False):
                    self._add(self._surname, k, pid)
                continue
            for k in N.name_keys(toks, lang):
                self._add(self._full, k, pid)
            sur, given = (toks[0], toks[1:]) if meta.family_first else (toks[-1], toks[:-1])
            for k in N.token_keys(sur, lang, first=False):
                self._add(self._surname, k, pid)
            words = name.split()
            if not meta.family_first and len(words) >= 2 and "-" in words[-1]:
                # A double surname alone ("Kosiniak-Kamysz", "Львова-Белова") names the person.
                parts = N.parse_name(words[-1], lang).tokens
                if len(parts) >= 2:
                    for k in N.name_keys(parts, lang):
                        self._add(self._full, k, pid)
            if not meta.family_first:
                g = given[0]
                for k in N.token_keys(g, lang):
                    self._first_keys.setdefault(pid, set()).add(k)
                for sk in N.skeletons(N.to_latin(g, lang)):
                    self._initials.setdefault(pid, set()).add(sk[:1])
        for role in person.roles:
            kind = _role_kind(role.title)
            if kind:
                self._kinds.setdefault(kind, []).append((pid, kind, role.start, role.end))
            descriptions = dict(generated_descriptions(role.title))
            for lang, descs in role.descriptions.items():
                descriptions[lang] = tuple(descs) + descriptions.get(lang, ())
            for lang, descs in descriptions.items():
                for d in descs:
                    key = description_key(d, lang)
                    if key:
                        self._roles.setdefault(key, []).append((pid, role.start, role.end))

    # ------------------------------------------------------------ lookup
    def same_sound(self, person: Person) -> Person | None:
        """The one other person whose name sounds like ``person``'s in another script («Лэнс Армстронг»
        after "Lance Armstrong" was discovered): one man, not two. Full names only, never a surname."""
        if "_sounds" not in self.__dict__:
            self._sounds: dict[tuple[str, ...], set[str]] = {}
            for pid, p in self.people.items():
                key = sound_key(p.name)
                if len(key) >= 2:
                    self._sounds.setdefault(key, set()).add(self.canonical(pid))
        key = sound_key(person.name)
        found = self._sounds.get(key, set()) - {person.id} if len(key) >= 2 else set()
        written = {N.script(a) for a in (person.name, *person.aliases)}
        if len(found) != 1:
            return None
        other = self.people[next(iter(found))]
        return other if {N.script(a) for a in (other.name, *other.aliases)} != written else None

    def get(self, person_id: str) -> Person | None:
        """The person with this id (after merges), or None."""
        return self.people.get(self.canonical(person_id))

    def __len__(self) -> int:
        return len(self.people)

    def _link(self, pid: str, rule: str, score: float | None = None) -> Link:
        pid = self.canonical(pid)
        return Link(pid, self.people[pid].name, round(SCORES[rule] if score is None else score, 3), rule)

    def _one(self, ids: Iterable[str]) -> str | None:
        found = {self.canonical(i) for i in ids}
        return found.pop() if len(found) == 1 else None

    def resolve(self, name: str, *, lang: str | None = None, date: str | None = None,
                context_names: Sequence[str] = ()) -> Link | None:
        """The person a mention names, with the rule and score, or None when unsure.

        Args:
            name: the mention as written ("Лукашенком", "A. Lukashenko", "the Belarusian president").
            lang: the article's language, a hint for Cyrillic orthography and inflection.
            date: the article's date (ISO), for role descriptions.
            context_names: other names in the same article, to settle bare surnames and roles.
        """
        if not name or not name.strip() or len(name) > 200:
            return None
        surface = N.surface_key(name)
        if surface in self._override:
            return self._link(self._override[surface], "correction")
        ids = self._listed_surface.get(surface)
        if ids and (pid := self._one(ids)):
            return self._link(pid, "exact")
        ids = self._surface.get(surface)
        if ids and (pid := self._one(ids)):
            return self._link(pid, "alias")
        if ids:
            return None   # an alias two people share: refuse rather than guess
        role = self._resolve_role(name, lang, date, context_names)
        if role is not None:
            return role
        parsed = N.parse_name(name, lang)
        toks = parsed.tokens
        if not toks or any(not any(ch.isalpha() for ch in t) for t in toks):
            return None
        if len(toks) >= 2 and all(t.casefold() in N.NAME_PARTICLES for t in toks[:-1]):
            toks = toks[-1:]                    # "Le Pen", "von der Leyen": a surname alone
        if len(toks) >= 2:
            return self._resolve_full(toks, lang, name)
        return self._resolve_surname(toks[0], parsed.initials, lang, context_names, name)

    def _resolve_full(self, toks: tuple[str, ...], lang: str | None, name: str) -> Link | None:
        keys = N.name_keys(toks, lang)
        # The written words' own readings come first in each token's keys; any other key
        # that matches was reached through a case ending undone (Сергея Лаврова).
        plain = {" ".join(sorted(N.token_keys(t, lang)[0] for t in toks))}
        for k in keys:
            if "k:" + k in self._override:
                return self._link(self._override["k:" + k], "correction")
        for k in keys:
            ids = self._full.get(k)
            if ids:
                pid = self._one(ids)
                if pid is None:
                    return None
                inflected = k not in plain and N.script(name) == "cyrl"
                return self._link(pid, "inflection" if inflected else "translit")
        declined = self._resolve_declined(toks, lang)
        if declined is not None or any(self._full.get(k) for k in keys):
            return declined
        return self._fuzzy(toks, lang)

    def _resolve_declined(self, toks: tuple[str, ...], lang: str | None) -> Link | None:
        """A full name whose words carry case endings the dictionaries miss (Wołodymyra Zełenskiego)."""
        options = [(t, *N.declined_forms(t, lang)) for t in toks]
        if all(len(o) == 1 for o in options):
            return None
        found: set[str] = set()
        for combo in itertools.islice(itertools.product(*options), 64):
            if combo == toks:
                continue
            for k in N.name_keys(combo, lang):
                for pid in self._full.get(k, ()):
                    found.add(self.canonical(pid))
        pid = self._one(found)
        return self._link(pid, "inflection") if pid else None

    def _fuzzy(self, toks: tuple[str, ...], lang: str | None) -> Link | None:
        sur, given = toks[-1], toks[0]
        gkeys = set(N.token_keys(given, lang))
        found: dict[str, float] = {}
        for sk in N.token_keys(sur, lang, first=False):
            if len(sk) < 5:
                continue
            for choice, score, _ in process.extract(
                    sk, self._surname_choices.get(sk[:1], ()), scorer=JaroWinkler.normalized_similarity,
                    score_cutoff=0.93, limit=8):
                # One typo at most: Jaro-Winkler favours shared prefixes (Putin ~ Putinov).
                if Levenshtein.distance(sk, choice, score_cutoff=1) > 1:
                    continue
                for pid in self._surname[choice]:
                    pid = self.canonical(pid)
                    if gkeys & self._first_keys.get(pid, set()):
                        found[pid] = max(found.get(pid, 0.0), score)
        if len(found) == 1:
            pid, score = found.popitem()
            return self._link(pid, "fuzzy", 0.75 + 0.2 * (score - 0.93) / 0.07)
        return None

    def _context_people(self, context_names: Sequence[str], lang: str | None) -> set[str]:
        out = set()
        for c in context_names:
            key = (c, lang)
            if key not in self._ctx_cache:
                if len(self._ctx_cache) > 100_000:
                    self._ctx_cache.clear()
                self._ctx_cache[key] = self._context_person(c, lang)
            if self._ctx_cache[key]:
                out.add(self._ctx_cache[key])
        return out

    def _context_person(self, c: str, lang: str | None) -> str | None:
        """The person a name elsewhere in the article denotes, without using context itself."""
        parsed = N.parse_name(c, lang)
        link = None
        if len(parsed.tokens) >= 2:
            link = self._resolve_full(parsed.tokens, lang, c)
        elif len(parsed.tokens) == 1:
            s = N.surface_key(c)
            pid = self._one(self._listed_surface.get(s) or self._surface.get(s) or ())
            link = (self._link(pid, "exact") if pid else
                    self._resolve_surname(parsed.tokens[0], parsed.initials, lang, (), c))
        return link.person_id if link else None

    def _resolve_surname(self, token: str, initials: tuple[str, ...], lang: str | None,
                         context_names: Sequence[str], name: str) -> Link | None:
        if N.fold(token) in N.PRONOUNS or N.fold(token) in N.TITLE_WORDS:
            return None
        keys = N.token_keys(token, lang, first=False)
        # A first name alone ("Volodymyr", "Sergei") names nobody.
        if not keys or any(k.startswith("=") for k in N.token_keys(token, lang)):
            return None
        # Every reading counts: "Путина" is Putin's genitive and Lyudmila Putina's nominative;
        # the article's context or prominence decides below, never the order of readings.
        cands = {self.canonical(i) for k in keys for i in self._surname.get(k, ())}
        if not cands:
            # Case endings the dictionaries do not undo (Łukaszenki, Zelenského, Лукашэнкам).
            forms = [f for f in N.declined_forms(token, lang)
                     if not any(N.first_name_class(k) for k in N.skeletons(N.to_latin(f, lang)))]
            # The forms are nominatives already: no second dictionary pass, which would re-read
            # a feminine nominative as a masculine genitive (Медведевой → Медведева ↛ Медведев).
            cands = {self.canonical(i) for f in forms for k in N.skeletons(N.to_latin(f, lang))
                     for i in self._surname.get(k, ())}
        if N.script(token) == "cyrl" and token.lower().endswith(N.surname_endings(token, lang)):
            # «Захаров» is a man's nominative: never a woman's surname (Захарова)
            cands = {p for p in cands if p not in self.people or self.people[p].gender != "f"}
        if not cands:
            return None
        if initials:
            ini = {N.skeletons(i)[0][:1] for i in initials if i}
            match = {p for p in cands if ini & self._initials.get(p, set())}
            pid = self._one(match)
            return self._link(pid, "initials") if pid else None
        if context_names:
            ctx = self._context_people(context_names, lang) & cands
            if len(ctx) == 1:
                return self._link(ctx.pop(), "surname-context")
            if len(ctx) > 1:
                return None
        if len(cands) == 1:
            return self._link(next(iter(cands)), "surname-unique")
        prominent = {p for p in cands if self._meta.get(p, _Meta()).known_by_surname}
        if len(prominent) == 1:
            return self._link(prominent.pop(), "surname-prominent")
        return None

    @staticmethod
    def _active(start: str | None, end: str | None, date: str | None) -> bool:
        """Whether a role held from ``start`` to ``end`` (ISO, possibly partial) covers ``date``."""
        if date is None:
            return end is None
        d = date[:10]
        return (start is None or start <= d) and (end is None or d[: len(end)] <= end)

    def _resolve_role(self, name: str, lang: str | None, date: str | None,
                      context_names: Sequence[str]) -> Link | None:
        key = description_key(name, lang)
        if not key:
            return None
        hits = self._roles.get(key)
        if hits:
            active = {self.canonical(p) for p, s, e in hits if self._active(s, e, date)}
            if len(active) == 1:
                return self._link(active.pop(), "role-date")
            return None
        kind = _generic_roles().get(key)
        if kind and context_names:
            ctx = self._context_people(context_names, lang)
            holders = {self.canonical(p) for p, _k, s, e in self._kinds.get(kind, ())
                       if self.canonical(p) in ctx and self._active(s, e, date)}
            if len(holders) == 1:
                return self._link(holders.pop(), "role-context")
        return None

    # ------------------------------------------------------------ listing
    def search(self, query: str = "", limit: int | None = None) -> list[Person]:
        """People whose name or aliases contain ``query`` (folded), or resolve from it."""
        q = N.to_latin(query) if query else ""
        out = []
        for pid in sorted(self.people, key=lambda i: self.people[i].name):
            if pid in self._redirect:
                continue
            p = self.people[pid]
            if not q or any(q in N.to_latin(n) for n in (p.name, *p.aliases)):
                out.append(p)
        if query and not out:
            link = self.resolve(query)
            if link:
                out.append(self.people[link.person_id])
        return out[:limit] if limit else out

    def index_size(self) -> int:
        return len(self._full) + len(self._surname) + len(self._surface)


def split_id(person_id: str, alias: str) -> str:
    """The id of the person a wrongly attached alias becomes (stable across re-runs)."""
    return f"{N.slug(alias)}-{stable_id('split', person_id, N.surface_key(alias), length=6)}"


def _canonical_tokens(tokens: tuple[str, ...], lang: str | None) -> list[tuple[str, str]]:
    """Per word, the most normalised (shortest) key and the written form it came from."""
    out = []
    for i, t in enumerate(tokens):
        forms = N.lemmas(t, lang) if N.script(t) == "cyrl" else (t,)
        # a Russian word's nominative is Russian («Цекова» → «Цеков», never Ukrainian «Цеків»)
        forms = tuple(f for f in forms if not N.foreign_letters(f, t, lang)) or forms
        if N.script(t) == "cyrl" and t.lower().endswith(N.surname_endings(t, lang)):
            forms = (t.lower(),)  # a surname in -ов/-ев/-ин is its own nominative («Цеков», not «цек»)
        best = None
        # a given name first: its reading as a given name wins («Ігор» is Ihor, not «гра»)
        given = i == 0 and len(tokens) > 1 and any(
            N.first_name_class(sk) for f in forms for sk in N.skeletons(N.to_latin(f, lang)))
        for f in forms:
            # the form's own reading (token_keys would decline it again: «цекова» → «цеків»)
            for sk in N.skeletons(N.to_latin(f, lang)):
                k = N.first_name_class(sk) or sk
                if given and not k.startswith("="):
                    continue
                # shortest key; on a tie the form as written («Ткаченко», not «Ткаченка»)
                cand = (len(k.lstrip("=")), k, f != t.lower(), f)
                if best is None or cand < best:
                    best = cand
        if best is None:
            return []
        out.append((best[1], best[3]))
    return out


def _feminine_nominative(tokens: tuple[str, ...], lang: str | None) -> bool:
    """Cyrillic: the name as written is a woman's in the nominative (a feminine given name in
    its own citation form, a surname with no masculine ending): the shortest key, the masculine
    («Медведев», «Марченка»), is not her name. Extraction hands names over in the nominative already."""
    if len(tokens) < 2 or N.script(tokens[0]) != "cyrl":
        return False
    an = N.own_dictionary(N.cyrillic_lang(tokens[0], lang))
    if an is None:
        return False
    first = tokens[0].lower()
    fem = any("Name" in p.tag.grammemes and "femn" in p.tag.grammemes and p.tag.case == "nomn"
              and p.normal_form == first for p in an.parse(first))
    # a masculine surname ending after her given name means the words were not in the nominative
    return fem and not tokens[-1].lower().endswith(N.surname_endings(tokens[-1], lang, adjectival=True))


def discovered_person(name: str, lang: str | None = None) -> Person | None:
    """A new person for an unknown full name, with a stable id; None if it is not a full name.

    The id derives from the normalised full name (order-free, case endings undone), so the
    same unknown name in any article ("Стив Розенберг", "Стиву Розенбергу") gets one id and
    people merge across articles on the full name only, never on a surname.
    """
    parsed = N.parse_name(name, lang)
    if len(parsed.tokens) < 2 or len(parsed.tokens) > 5:
        return None
    t = parsed.tokens
    if len(t) >= 3 and N.is_forename(t[1], lang) and not N.is_forename(t[0], lang) \
            and not N._PATRONYMIC.search(t[-1]) and not N._PATRONYMIC.search(t[2]):
        # «Українець Олександр Усик», "Kremlchef Wladimir Putin": an epithet before a given name
        # and surname is no part of the name (a surname first comes with a patronymic)
        parsed = replace(parsed, tokens=t[1:])
    if any(N.fold(t) in N.ORG_WORDS or t.isupper() and len(t) > 1 for t in parsed.tokens):
        return None
    if len(parsed.tokens) > 1 and lang and _epithet(parsed.tokens[0], lang):
        parsed = replace(parsed, tokens=parsed.tokens[1:])  # "Außenbeauftragte Borrell": a role, a surname
        if len(parsed.tokens) < 2:
            return None
    if any(not_a_name(t, lang) for t in parsed.tokens):
        return None  # "Angaben Sprechers", "Europäischen Rates": common nouns, no person
    if len(parsed.tokens) >= 4 and sum(N.is_forename(t, lang) for t in parsed.tokens[::2]) >= 2:
        return None  # «Дональд Трамп Стів Віткофф»: two people, never one
    if any(N.looks_geo_or_org(t, lang) for t in parsed.tokens) or N.common_word(parsed.tokens[0], lang):
        return None  # «Патріот Україна», «Збройних Сил Україна», "Korei Północnej": no person
    if not all(t[:1].isupper() for t in parsed.tokens if len(t) > 3):
        return None
    if N.surface_key(" ".join(parsed.tokens)) in _outlet_keys():
        return None  # "Le Monde", "Reuters": a medium of the outlet registry, never a person
    from .. import lang as languages

    first = parsed.tokens[0].lower()
    if first in languages.get(lang).determiners and first not in N.NAME_PARTICLES:
        return None  # "Die Welt", "El País": an article opens a title, never a person's name
    canon = _canonical_tokens(parsed.tokens, lang)
    if not canon:
        return None
    key = " ".join(sorted(k for k, _ in canon))
    display = " ".join(f[:1].upper() + f[1:] for _, f in canon)
    if _feminine_nominative(parsed.tokens, lang):
        display = " ".join(parsed.tokens)  # «Евгения Медведева» is she, not «Евгений Медведев»
    pid = f"{N.slug(display)}-{stable_id('person', key, length=6)}"
    latin = N.latin_name(display, lang)
    # the canonical name in Latin letters; the original spelling stays as an alias
    aliases = tuple(a for a in dict.fromkeys((display, name.strip())) if a and a != latin)
    return Person(id=pid, name=latin, aliases=aliases, source="discovered")


@functools.lru_cache(maxsize=100_000)
def not_a_name(word: str, lang: str | None) -> bool:
    """A word of the language that is never part of a person's name, by the language's pack: a
    listed non-name or organisation noun, or a word with one of the pack's
    ``common_endings.txt`` (German capitalises every noun: -ung, -heit, -ischen, -ende …)."""
    if not lang:
        return False
    from .. import lang as languages
    from ..lang.base import _pack_file

    language = languages.get(lang)
    low = word.lower()
    if low in language.not_names or low in language.org_nouns:
        return True
    ends = tuple(r[0] for r in _pack_file(lang, "common_endings")) if _pack_exists(lang) else ()
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in ends)


def _epithet(word: str, lang: str) -> bool:
    """A role noun of the language standing before a name (Außenbeauftragte, Kremlchef)."""
    from .. import lang as languages

    return languages.get(lang).is_role(word) and not N.is_forename(word, lang)


def _pack_exists(lang: str) -> bool:
    return bool(re.fullmatch(r"[a-z]{2,3}", lang)) and (Path(__file__).parent.parent / "lang" / lang).is_dir()


@functools.lru_cache(maxsize=1)
def _outlet_keys() -> frozenset[str]:
    """The names of the bundled outlets, as surface keys."""
    from ..ingest.outlets import bundled

    return frozenset(N.surface_key(o.name) for o in bundled() if o.name)


def discovered_id(name: str, lang: str | None = None) -> str | None:
    """The id :func:`discovered_person` would give ``name`` (None if not a full name)."""
    p = discovered_person(name, lang)
    return p.id if p else None


__all__ = ["BUNDLED", "GENERIC_ROLES", "Registry", "SCORES", "description_key", "discovered_id",
           "discovered_person", "not_a_name",
           "person_from_json", "read_people_file", "split_id"]
