"""The registry of agencies and the resolver built on it.

Every name is reduced to a tuple of fold keys (``Sở KH&ĐT`` → ``so ke hoach
dau tu``): words are folded, *và* is dropped and abbreviations are expanded.
Resolution is then a dictionary lookup on that tuple, after titles before
the name and a province after it are taken off.  Scanning running text walks
a trie of the same tuples.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, Self, TypeAlias

from attrs import evolve, frozen

from kttt.agencies._tokens import COLON, HARD, LIST, SOFT, Token, fold_word, tokenize
from kttt.model import Agency, AgencyKind
from kttt.text import fold, normalize, normalize_line, normalize_with_map

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["AgencyRegistry", "Province"]

_KEY: Final = re.compile(r"[a-z0-9]+(?:[-/][a-z0-9]+)*")
_BULLET: Final = re.compile(r"^(?:[-+*•·\u2013\u2014>]+|[0-9]{1,2}[.)]|[a-zđ]\))\s*")
_TRAILING: Final = re.compile(r"[\s;,.:/]+$")
_PAREN: Final = re.compile(r"\s*\(([^()]*)\)$")
# The term of a Party committee: "Ban Chấp hành Trung ương Đảng khóa XIII".
_TERM: Final = re.compile(r"\s+khóa\s+[IVXLC]+$", re.IGNORECASE)
_SPLIT: Final = re.compile(r"[,;\n+]|\bvà\b", re.IGNORECASE)
_END: Final = ""  # trie terminal: no fold key is empty
_TITLE_WORD: Final = re.compile(r"[^\W_]+|&")
_CACHE_SIZE: Final = 65_536
_MAX_SLUG: Final = 80
# A list item after "các Sở:" is a few words at most; an unknown one is cut
# here so that a missing separator cannot swallow a sentence.
_MAX_ITEM_WORDS: Final = 8
# The words a canonical provincial name uses for the province itself; a
# centrally run city says "Thành phố" and "Thành ủy" instead.
_CITY_NAME: Final = re.compile(r"\bTỉnh ủy\b|\btỉnh\b")


def _after_level(words: _Words) -> bool:
    """Whether *words* end with a lower level: "huyện", "quận", "thị xã" (not "hợp tác xã")."""
    last = words[-1]
    return last in {"huyen", "quan", "phuong"} or (
        last == "xa" and (len(words) == 1 or words[-2] in {"thi", "cac", "xa"})
    )


def _city_word(m: re.Match[str]) -> str:
    return "Thành ủy" if m.group() == "Tỉnh ủy" else "Thành phố"


_Words: TypeAlias = tuple[str, ...]
_Trie: TypeAlias = dict[str, Any]


@frozen
class Province:
    """A province or centrally run city (*tỉnh, thành phố trực thuộc trung ương*).

    *merged_into* names the province it became part of on 1 July 2025
    (Nghị quyết 202/2025/QH15); it is its own name when it kept it.

    >>> p = AgencyRegistry.default().province("TỈNH SƠN LA")
    >>> p.name, p.key
    ('Sơn La', 'son-la')
    """

    name: str
    kind: str = "tỉnh"
    """``"tỉnh"`` or ``"thành phố"``."""
    merged_into: str | None = None

    @property
    def key(self) -> str:
        """The slug used in agency keys: ``son-la``."""
        return _slug(self.name)


@frozen
class _Entry:
    key: str
    name: str
    kind: AgencyKind
    provincial: bool
    is_group: bool
    abbreviation: str | None
    tags: frozenset[str]
    covers: frozenset[str]
    capitalized: bool
    firsts: frozenset[str]
    """First words of its names as written, lower-cased: *sở*, not *số*."""


@frozen
class _Hit:
    """A body found in text: the entry, its province and the token range."""

    agency: Agency
    first: int
    last: int
    start: int
    end: int
    lead: int | None = None
    """Where a shared head (*các Sở:*) that the hit accounts for begins."""


@frozen
class _Title:
    text: str
    surface: tuple[str, ...]
    folded: _Words
    fold_ok: bool
    """Unambiguous without accents: *giám đốc*, but not *trưởng* (*Trường*)."""


def _slug(text: str) -> str:
    slug = "-".join(fold(text).split())
    if not slug:
        return "x" + hashlib.sha1(normalize(text).encode()).hexdigest()[:10]  # noqa: S324
    if len(slug) > _MAX_SLUG:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:8]  # noqa: S324
        slug = slug[:64].rstrip("-") + "-" + digest
    return slug


def _is_capitals(surface: str) -> bool:
    """Written in plain capitals: ``TU`` (Tỉnh ủy), not ``Tư`` or ``TƯ``."""
    return surface.isascii() and surface.isupper()


def _base(key: str) -> str:
    return key.rpartition("/")[2]


def _insert(trie: _Trie, words: _Words, value: object) -> None:
    node = trie
    for word in words:
        node = node.setdefault(word, {})
    node.setdefault(_END, []).append(value)


class AgencyRegistry:
    """Canonical agencies (*cơ quan*) with their aliases, abbreviations and groups.

    :meth:`default` is the registry bundled as ``kttt/data/agencies.json``,
    loaded once; the module-level functions of :mod:`kttt.agencies` use it.

    >>> reg = AgencyRegistry.default()
    >>> reg.resolve("Liên minh HTX tỉnh") == reg.resolve("Liên minh Hợp tác xã tỉnh")
    True

    Args:
        data: The parsed JSON document (see the guide for its fields).

    Raises:
        ValueError: two different agencies share a name, or a field is invalid.
    """

    _default: AgencyRegistry | None = None

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._abbr: _Trie = {}
        for item in data.get("abbreviations", ()):
            long = self._plain_words(item["long"])
            for short in item["short"]:
                _insert(
                    self._abbr,
                    self._plain_words(short),
                    (long, bool(item.get("upper_only"))),
                )
        self._provinces: dict[_Words, Province] = {}
        self._province_list: list[Province] = []
        for item in data.get("provinces", ()):
            province = Province(
                item["name"], item.get("kind", "tỉnh"), item.get("merged_into")
            )
            self._province_list.append(province)
            for form in (item["name"], *item.get("aliases", ())):
                self._provinces[self._words(form)] = province
        self._province_len = max((len(w) for w in self._provinces), default=0)
        self._tails = sorted(
            (self._words(t) for t in data.get("group_tails", ())), key=len, reverse=True
        )
        self._heads: dict[str, str] = {
            fold(k): v for k, v in data.get("list_heads", {}).items()
        }
        self._fillers = {fold(f) for f in data.get("fillers", ())}
        self._remarks = tuple(data.get("remarks", ()))
        self._head_kinds = sorted(
            (
                (self._words(k), AgencyKind(v))
                for k, v in data.get("head_kinds", {}).items()
            ),
            key=lambda kv: len(kv[0]),
            reverse=True,
        )
        self._kind_tags: dict[AgencyKind, frozenset[str]] = {
            AgencyKind(k): frozenset(v) for k, v in data.get("kind_tags", {}).items()
        }
        self._level_tags: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in data.get("level_tags", {}).items()
        }
        self._levels = {*self._level_tags, "cap"}
        self._entries: dict[str, _Entry] = {}
        self._names: dict[str, tuple[str, ...]] = {}
        self._full: dict[_Words, _Entry] = {}
        self._base: dict[_Words, _Entry] = {}
        self._scan: _Trie = {}
        self._load_agencies(data.get("agencies", ()))
        self._titles = self._load_titles(data.get("titles", ()))
        self._title_tail = re.compile(
            r"(?:^|[\s,;:(])("
            + "|".join(
                r"\s+".join(map(re.escape, t.text.split())) for t in self._titles
            )
            + r")\s*$"
        )
        self._cache: dict[tuple[str, str | None], Agency] = {}
        # Agencies built from entries, by key, province and title: few and reused.
        self._made: dict[tuple[str, str | None, str | None], Agency] = {}

    # --- loading -----------------------------------------------------------

    def _load_agencies(self, items: Iterable[Mapping[str, Any]]) -> None:
        scan_forms: dict[str, list[_Words]] = {}
        pending_compose: list[tuple[_Entry, Sequence[str]]] = []
        for item in items:
            names = [item["name"], *item.get("aliases", ())]
            if item.get("abbreviation"):
                names.append(item["abbreviation"])
            entry = _Entry(
                key=item["key"],
                name=normalize(item["name"]),
                kind=AgencyKind(item["kind"]),
                provincial=item.get("scope", "province") == "province",
                is_group=bool(item.get("group")),
                abbreviation=item.get("abbreviation"),
                tags=frozenset(item.get("tags", ())),
                covers=frozenset(item.get("covers", ())),
                capitalized=bool(item.get("capitalized")),
                firsts=frozenset(normalize(n).lower().split()[0] for n in names),
            )
            if not _KEY.fullmatch(entry.key) or "/" in entry.key:
                msg = f"agency key {entry.key!r} is not a slug such as 'so-noi-vu'"
                raise ValueError(msg)
            if entry.key in self._entries:
                msg = f"agency key {entry.key!r} is used twice"
                raise ValueError(msg)
            self._entries[entry.key] = entry
            scan_forms[entry.key] = [self._words(n) for n in names]
            self._names[entry.key] = tuple(
                dict.fromkeys([*names, *item.get("loose", ())])
            )
            for words in scan_forms[entry.key]:
                self._add_full(words, entry)
            for name in item.get("loose", ()):
                self._add_full(self._words(name), entry)
            if item.get("compose"):
                pending_compose.append((entry, item["compose"]))
        for entry, parts in pending_compose:
            combined = [
                tuple(itertools.chain.from_iterable(p))
                for p in itertools.product(*(scan_forms[k] for k in parts))
            ]
            scan_forms[entry.key].extend(combined)
            for words in combined:
                self._add_full(words, entry)
        for key, forms in scan_forms.items():
            entry = self._entries[key]
            for words in forms:
                if entry.provincial and len(words) > 1 and words[-1] == "tinh":
                    self._add_base(words[:-1], entry)
                    _insert(self._scan, words[:-1], (entry, True))
                else:
                    _insert(self._scan, words, (entry, False))

    def _add_full(self, words: _Words, entry: _Entry) -> None:
        other = self._full.setdefault(words, entry)
        if other is not entry:
            msg = f"{' '.join(words)!r} names both {other.key!r} and {entry.key!r}"
            raise ValueError(msg)

    def _add_base(self, words: _Words, entry: _Entry) -> None:
        # A national body written the same way wins: "Ngân hàng Nhà nước"
        # alone is the State Bank, "Ngân hàng Nhà nước tỉnh" its branch.
        if words in self._full:
            return
        other = self._base.setdefault(words, entry)
        if other is not entry:
            msg = f"{' '.join(words)!r} names both {other.key!r} and {entry.key!r}"
            raise ValueError(msg)

    def _load_titles(self, titles: Iterable[str]) -> list[_Title]:
        out: list[_Title] = []
        prefixes = {w[:n] for w in self._full for n in range(1, len(w) + 1)}
        for title in titles:
            text = normalize(title).lower()
            surface = tuple(_TITLE_WORD.findall(text))
            folded = tuple(fold(title).split())
            out.append(_Title(text, surface, folded, fold_ok=folded not in prefixes))
        out.sort(key=lambda t: len(t.surface), reverse=True)
        self._title_len = len(out[0].surface) if out else 0
        return out

    @classmethod
    def default(cls) -> Self:
        """The registry bundled with kttt, loaded on first use.

        >>> AgencyRegistry.default() is AgencyRegistry.default()
        True
        """
        if cls._default is None:
            text = (
                files("kttt.data").joinpath("agencies.json").read_text(encoding="utf-8")
            )
            cls._default = cls(json.loads(text))
        return cls._default  # type: ignore[return-value]

    # --- words ---------------------------------------------------------------

    def _plain_words(self, text: str) -> _Words:
        return tuple(t.word for t in tokenize(normalize(text)))

    def _words(self, text: str) -> _Words:
        clean = normalize(text)
        return tuple(t.word for t in self._expand(clean, tokenize(clean)))

    def _expand(self, clean: str, tokens: list[Token]) -> list[Token]:
        """Replace abbreviations (``HTX``, ``NN&PTNT``) by the words they stand for."""
        out: list[Token] = []
        i = 0
        n = len(tokens)
        while i < n:
            node = self._abbr
            best: tuple[int, _Words] | None = None
            j = i
            while j < n and (j == i or tokens[j].sep < COLON):
                child = node.get(tokens[j].word)
                if child is None:
                    break
                node = child
                j += 1
                for long, upper_only in node.get(_END, ()):
                    if not upper_only or all(
                        _is_capitals(clean[t.start : t.end]) for t in tokens[i:j]
                    ):
                        best = (j, long)
            if best is None:
                out.append(tokens[i])
                i += 1
                continue
            j, long = best
            first, last = tokens[i], tokens[j - 1]
            for k, word in enumerate(long):
                sep = first.sep if k == 0 else 0
                out.append(
                    Token(word, first.start, last.end, sep, expanded=True, inner=k > 0)
                )
            i = j
        return out

    # --- provinces -------------------------------------------------------------

    def province(self, text: str) -> Province | None:
        """The province *text* names, or ``None``: ``tỉnh Sơn La`` → Sơn La.

        >>> AgencyRegistry.default().province("TP. Hồ Chí Minh").name
        'Hồ Chí Minh'
        """
        words = self._words(text)
        for prefix in (("tinh",), ("thanh", "pho"), ("tp",), ("thu", "do")):
            if words[: len(prefix)] == prefix and len(words) > len(prefix):
                words = words[len(prefix) :]
                break
        return self._provinces.get(words)

    @property
    def provinces(self) -> tuple[Province, ...]:
        """Every province in the registry, in alphabetical order of fold key.

        >>> len(AgencyRegistry.default().provinces)
        63
        """
        return tuple(sorted(self._province_list, key=lambda p: fold(p.name)))

    def _province_name(self, province: str | None) -> str | None:
        if province is None:
            return None
        known = self.province(province)
        if known is not None:
            return known.name
        cleaned = normalize_line(province)
        return cleaned if fold(cleaned) else None

    def _province_at(
        self, tokens: Sequence[Token], j: int
    ) -> tuple[Province, int] | None:
        """A province named by the tokens from *j*, and where it ends."""
        for size in range(min(self._province_len, len(tokens) - j), 0, -1):
            if any(t.sep > SOFT for t in tokens[j + 1 : j + size]):
                continue
            found = self._provinces.get(tuple(t.word for t in tokens[j : j + size]))
            if found is not None:
                return found, j + size
        return None

    def _split_province(self, words: _Words) -> tuple[Province | None, _Words]:
        """Take a trailing ``tỉnh Sơn La`` / ``Sơn La`` / ``tỉnh`` off *words*."""
        for size in range(min(self._province_len, len(words) - 1), 0, -1):
            found = self._provinces.get(words[-size:])
            if found is None:
                continue
            rest = words[:-size]
            for marker in (("tinh",), ("thanh", "pho"), ("tp",)):
                if len(rest) > len(marker) and rest[-len(marker) :] == marker:
                    rest = rest[: -len(marker)]
                    break
            return found, rest
        if len(words) > 1 and words[-1] == "tinh":
            return None, words[:-1]
        return None, words

    # --- resolution ------------------------------------------------------------

    def _strip(self, clean: str) -> tuple[str, str | None]:
        """Take bullets, remarks such as ``(b/c)`` and leading titles off a name."""
        body = clean
        while True:
            before = body
            body = _BULLET.sub("", body)
            body = _TRAILING.sub("", body)
            body = _TERM.sub("", body)
            m = _PAREN.search(body)
            if m and m.start() > 0 and fold(m.group(1)).startswith(self._remarks):
                body = body[: m.start()]
            if body == before:
                break
        titles: list[str] = []
        # A title is taken off only when the words with it are not a body's
        # name: "Thường trực HĐND tỉnh" is the HĐND, but "Ban Thường vụ Tỉnh
        # ủy" and "Thường trực Tỉnh ủy" are bodies of their own.
        while (cut := self._title_end(body)) is not None and not self._is_name(body):
            titles.append(body[:cut].strip(" :,"))
            body = body[cut:].lstrip(" :,")
        return body, " ".join(titles) or None

    def _is_name(self, body: str) -> bool:
        """Whether *body*, as it stands, is a name in the registry."""
        words = tuple(t.word for t in self._expand(body, tokenize(body)))
        return self._lookup(words)[0] is not None

    def _title_end(self, body: str) -> int | None:
        """Where a leading title of *body* ends, if a name follows it."""
        words = list(itertools.islice(_TITLE_WORD.finditer(body), self._title_len + 1))
        lowered = [w.group().lower() for w in words]
        folded = ["".join(fold_word(w)) for w in lowered]
        for title in self._titles:
            size = len(title.surface)
            if len(words) <= size:
                continue
            if tuple(lowered[:size]) != title.surface and not (
                title.fold_ok and tuple(folded[:size]) == title.folded
            ):
                continue
            end = words[size - 1].end()
            # "TT&TT" is an abbreviation, not the title TT (thường trực).
            if end < len(body) and not body[end].isspace() and body[end] not in ":,":
                continue
            return end
        return None

    def resolve(self, name: str, *, province: str | None = None) -> Agency:
        """Resolve one name to its agency; see :func:`kttt.agencies.resolve_agency`.

        >>> AgencyRegistry.default().resolve("Sở Công thương", province="Sơn La").key
        'son-la/so-cong-thuong'
        """
        cache_key = (name, province)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._resolve(name, province)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[cache_key] = found
        return found

    def _resolve(self, name: str, province: str | None) -> Agency:
        clean = normalize_line(name)
        body, title = self._strip(clean)
        given = self._province_name(province)
        words = tuple(t.word for t in self._expand(body, tokenize(body)))
        entry, named = self._lookup(words)
        if entry is not None:
            return self._agency(entry, named.name if named else given, title)
        return self._unknown(body or clean or "?", words, named, given, title)

    def _lookup(self, words: _Words) -> tuple[_Entry | None, Province | None]:
        if not words:
            return None, None
        entry = self._full.get(words)
        if entry is not None:
            return entry, None
        named, rest = self._split_province(words)
        if rest != words:
            entry = (
                self._full.get((*rest, "tinh"))
                or self._base.get(rest)
                or self._full.get(rest)
            )
            if entry is not None and entry.provincial:
                return entry, named
            if named is not None:
                entry = self._city_lookup(rest)[0]
                if entry is not None:
                    return entry, named
        entry = self._base.get(words)
        if entry is not None:
            return entry, None
        for tail in self._tails:
            if len(words) > len(tail) and words[-len(tail) :] == tail:
                entry, named = self._lookup(words[: -len(tail)])
                if entry is not None and entry.is_group:
                    return entry, named
        return self._city_lookup(words)

    def _city_lookup(self, words: _Words) -> tuple[_Entry | None, Province | None]:
        """A centrally run city's body, named as the city writes it.

        Hà Nội and Hồ Chí Minh City write *Thành phố* where a province writes
        *tỉnh* (``Liên minh HTX Thành phố``, ``UBND Thành phố``) and
        *Thành ủy* for *Tỉnh ủy*: the same provincial bodies.  "thành phố"
        after a lower level (``các huyện, thị xã, thành phố``) is a level,
        not the city.
        """
        if len(words) > 1 and words[-2:] == ("thanh", "uy"):
            swapped = (*words[:-2], "tinh", "uy")
        elif (
            len(words) > 2  # noqa: PLR2004
            and words[-2:] == ("thanh", "pho")
            and not _after_level(words[:-2])
        ):
            swapped = (*words[:-2], "tinh")
        else:
            return None, None
        entry, named = self._lookup(swapped)
        if entry is None or not entry.provincial:
            return None, None
        return entry, named

    def _agency(self, entry: _Entry, province: str | None, title: str | None) -> Agency:
        province = province if entry.provincial else None
        memo_key = (entry.key, province, title)
        found = self._made.get(memo_key)
        if found is None:
            found = self._made[memo_key] = self._make(entry, province, title)
        return found

    def _make(self, entry: _Entry, province: str | None, title: str | None) -> Agency:
        name = entry.name
        found = self.province(province) if province is not None else None
        if found is not None and found.kind != "tỉnh":
            # A city's bodies: "Ủy ban nhân dân Thành phố", "Thành ủy".
            name = _CITY_NAME.sub(_city_word, name)
        return Agency(
            key=f"{_slug(province)}/{entry.key}" if province else entry.key,
            name=name,
            kind=entry.kind,
            is_group=entry.is_group,
            province=province,
            abbreviation=entry.abbreviation,
            title=title,
        )

    def _infer_kind(self, words: _Words) -> AgencyKind:
        for head, kind in self._head_kinds:
            if words[: len(head)] == head:
                return kind
        return AgencyKind.KHAC

    def _unknown(
        self,
        name: str,
        words: _Words,
        named: Province | None,
        given: str | None,
        title: str | None,
    ) -> Agency:
        kind = self._infer_kind(words)
        named_in_text, rest = self._split_province(words)
        province = (
            named_in_text.name if named_in_text else (named.name if named else given)
        )
        if kind in {AgencyKind.BO, AgencyKind.CHINH_PHU}:
            province = None
        slug = "-".join(rest) if rest else _slug(name)
        if len(slug) > _MAX_SLUG:
            slug = _slug(slug)
        return Agency(
            key=f"{_slug(province)}/{slug}" if province else slug,
            name=name,
            kind=kind,
            is_group=kind is AgencyKind.NHOM,
            province=province,
            known=False,
            title=title,
        )

    # --- scanning ----------------------------------------------------------------

    def _match(
        self,
        clean: str,
        tokens: Sequence[Token],
        i: int,
        province: str | None,
        head: _Words = (),
        *,
        relaxed: bool = False,
    ) -> _Hit | None:
        """The longest known body starting at token *i* (after *head* words)."""
        node: _Trie | None = self._scan
        for word in head:
            node = node.get(word) if node is not None else None
        if node is None:
            return None
        ends: list[tuple[int, list[tuple[_Entry, bool]]]] = []
        j = i
        while j < len(tokens) and (j == i or tokens[j].sep < COLON):
            node = node.get(tokens[j].word)
            if node is None:
                break
            j += 1
            if _END in node:
                ends.append((j, node[_END]))
        for end, candidates in reversed(ends):
            hit = self._accept(
                clean, tokens, (i, end), candidates, province=province, relaxed=relaxed
            )
            if hit is not None:
                return hit
        return None

    def _accept(
        self,
        clean: str,
        tokens: Sequence[Token],
        span: tuple[int, int],
        candidates: list[tuple[_Entry, bool]],
        *,
        province: str | None,
        relaxed: bool,
    ) -> _Hit | None:
        i, end = span
        after, named = self._locality(tokens, end)
        first = tokens[i]
        surface = clean[first.start : first.end]
        written = "" if first.expanded else surface.lower()
        cap = surface[:1].isupper()
        # An abbreviation names its body even without "tỉnh" ("UBMTTQ"),
        # unless a lower level follows ("UBND huyện Mộc Châu").
        abbreviated = first.expanded and not self._lower_level(tokens, end)
        for entry, needs_locality in sorted(
            candidates, key=lambda c: not c[0].provincial
        ):
            if not relaxed and (
                (entry.capitalized and not cap)
                or (written and not written.isascii() and written not in entry.firsts)
            ):
                continue
            if entry.provincial and (named is not None or after > end):
                stop = self._group_tail(tokens, after) if entry.is_group else after
                where = named.name if named else province
            elif needs_locality and not relaxed and not abbreviated:
                continue
            else:
                stop = self._group_tail(tokens, end) if entry.is_group else end
                where = province
            agency = self._agency(entry, where, None)
            return _Hit(agency, i, stop, tokens[i].start, tokens[stop - 1].end)
        return None

    def _lower_level(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether a lower level of government is named at *j*: *huyện*, *các xã*."""
        if j < len(tokens) and tokens[j].sep <= SOFT and tokens[j].word == "cac":
            j += 1
        return (
            j < len(tokens) and tokens[j].sep <= SOFT and tokens[j].word in self._levels
        )

    def _locality(self, tokens: Sequence[Token], j: int) -> tuple[int, Province | None]:
        """Step over ``tỉnh``, ``tỉnh Sơn La`` or ``Sơn La`` after a name."""
        if j >= len(tokens) or tokens[j].sep > SOFT:
            return j, None
        if tokens[j].word == "tinh":
            if j + 1 < len(tokens) and tokens[j + 1].sep <= SOFT:
                found = self._province_at(tokens, j + 1)
                if found is not None:
                    return found[1], found[0]
            return j + 1, None
        found = self._province_at(tokens, j)
        if found is not None:
            return found[1], found[0]
        return j, None

    def _group_tail(self, tokens: Sequence[Token], j: int) -> int:
        """Step over ``liên quan``, ``thuộc tỉnh`` and the like after a group."""
        for tail in self._tails:
            size = len(tail)
            window = tokens[j : j + size]
            if (
                len(window) == size
                and window[0].sep <= SOFT
                and all(t.sep <= SOFT for t in window[1:])
                and tuple(t.word for t in window) == tail
            ):
                return j + size
        return j

    def _distribute(
        self, clean: str, tokens: Sequence[Token], i: int, province: str | None
    ) -> tuple[list[_Hit], int] | None:
        """Read ``các Sở: Tài chính, Nội vụ`` as one body per item."""
        head_token = tokens[i + 1]
        head = (head_token.word,)
        surface = self._heads[head_token.word]
        j = i + 2
        if j >= len(tokens) or tokens[j].sep in {LIST, HARD}:
            return None
        colon = tokens[j].sep == COLON
        hits: list[_Hit] = []
        known = 0
        while j < len(tokens):
            hit = self._match(clean, tokens, j, province, head, relaxed=True)
            if hit is None:
                if self._match(clean, tokens, j, province) is not None:
                    break
                k = j + 1
                while (
                    k < len(tokens) and tokens[k].sep < LIST and k - j < _MAX_ITEM_WORDS
                ):
                    k += 1
                item = clean[tokens[j].start : tokens[k - 1].end]
                agency = self.resolve(f"{surface} {item}", province=province)
                hit = _Hit(agency, j, k, tokens[j].start, tokens[k - 1].end)
            else:
                known += 1
            hits.append(hit)
            j = hit.last
            if j >= len(tokens) or tokens[j].sep != LIST:
                break
        if known == 0 or (not colon and known < len(hits)):
            return None
        return hits, j

    def _scan_tokens(
        self, clean: str, tokens: Sequence[Token], province: str | None
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if (
                token.word == "cac"
                and i + 1 < len(tokens)
                and tokens[i + 1].word in self._heads
                and tokens[i + 1].sep < COLON
            ):
                found = self._distribute(clean, tokens, i, province)
                if found is not None:
                    title = self._title_before(clean, token.start)
                    first, *rest = found[0]
                    hits.append(evolve(self._titled(first, title), lead=token.start))
                    hits.extend(self._titled(h, title) for h in rest)
                    i = found[1]
                    continue
            hit = None if token.inner else self._match(clean, tokens, i, province)
            if hit is None:
                i += 1
                continue
            hits.append(self._titled(hit, self._title_before(clean, hit.start)))
            i = hit.last
        return hits

    def _title_before(self, clean: str, start: int) -> str | None:
        m = self._title_tail.search(clean[max(0, start - 48) : start].lower())
        if m is None:
            return None
        # The match is on a lower-cased copy of the same length; keep the case.
        length = len(m.group(1))
        offset = start - (len(clean[max(0, start - 48) : start]) - m.start(1))
        return clean[offset : offset + length]

    @staticmethod
    def _titled(hit: _Hit, title: str | None) -> _Hit:
        if title is None:
            return hit
        return evolve(hit, agency=evolve(hit.agency, title=title))

    def find(
        self, text: str, *, province: str | None = None
    ) -> list[tuple[Agency, tuple[int, int]]]:
        """Find agencies in running text; see :func:`kttt.agencies.find_agencies`.

        >>> [a.name for a, _ in AgencyRegistry.default().find("gửi Sở Tài chính")]
        ['Sở Tài chính']
        """
        clean = normalize(text)
        tokens = self._expand(clean, tokenize(clean))
        given = self._province_name(province)
        hits = self._scan_tokens(clean, tokens, given)
        if len(clean) == len(text) and unicodedata.is_normalized("NFC", text):
            # Normalizing NFC text only swaps letters one for one.
            return [(hit.agency, (hit.start, hit.end)) for hit in hits]
        # Normalizing changed the text (NFD, zero-width characters): map the
        # spans back.  Most documents arrive in NFC and skip this.
        _, where = normalize_with_map(text)
        return [(hit.agency, where.span((hit.start, hit.end))) for hit in hits]

    def split(self, cell: str, *, province: str | None = None) -> tuple[Agency, ...]:
        """Split a list of agencies; see :func:`kttt.agencies.split_agencies`.

        >>> [a.name for a in AgencyRegistry.default().split("Sở Tài chính; Sở Nội vụ")]
        ['Sở Tài chính', 'Sở Nội vụ']
        """
        clean = normalize_line(cell)
        tokens = self._expand(clean, tokenize(clean))
        given = self._province_name(province)
        hits = self._scan_tokens(clean, tokens, given)
        found: list[tuple[int, Agency]] = []
        pos = 0
        for hit in [*hits, None]:
            stop = (
                len(clean)
                if hit is None
                else hit.start
                if hit.lead is None
                else hit.lead
            )
            pieces = list(_SPLIT.split(clean[pos:stop]))
            for piece in pieces[:-1]:
                self._leftover(piece, given, pos, found)
            last = pieces[-1] if pieces else ""
            if hit is not None and re.search(
                r"\b(?:thuộc|trực thuộc|của)\s*$", last, re.IGNORECASE
            ):
                # "Trung tâm Khuyến nông thuộc Sở Nông nghiệp ...": one body.
                start = stop - len(last)
                whole = clean[start : hit.end]
                found.append((start, self.resolve(whole, province=province)))
                pos = hit.end
                continue
            self._leftover(last, given, pos, found)
            if hit is not None:
                found.append((hit.start, hit.agency))
                pos = hit.end
        unique: list[Agency] = []
        for _, agency in sorted(found, key=lambda f: f[0]):
            if agency not in unique:
                unique.append(agency)
        return tuple(unique)

    def _leftover(
        self,
        piece: str,
        province: str | None,
        pos: int,
        found: list[tuple[int, Agency]],
    ) -> None:
        """Resolve a piece of a list that the scanner did not recognise."""
        text = piece.strip(" .:-\u2013\u2014/()[]*")
        key = fold(text)
        if not key or key in self._fillers or self._is_title(text):
            return
        found.append((pos, self.resolve(text, province=province)))

    def _is_title(self, text: str) -> bool:
        words = tuple(_TITLE_WORD.findall(normalize(text).lower()))
        folded = tuple(fold(text).split())
        return any(
            words == t.surface or (t.fold_ok and folded == t.folded)
            for t in self._titles
        )

    # --- comparison -------------------------------------------------------------

    def matches(self, query: str, agency: Agency) -> bool:
        """Whether *query* names *agency*; see :func:`kttt.agencies.matches`.

        >>> reg = AgencyRegistry.default()
        >>> reg.matches("so noi vu", reg.resolve("Sở Nội vụ", province="Sơn La"))
        True
        """
        q = query.strip()
        if _KEY.fullmatch(q) and q in {agency.key, _base(agency.key)}:
            return True
        resolved = self.resolve(q)
        if _base(resolved.key) != _base(agency.key):
            return False
        return resolved.province is None or (
            agency.province is not None
            and fold(resolved.province) == fold(agency.province)
        )

    def _covers_of(self, agency: Agency) -> frozenset[str]:
        entry = self._entries.get(_base(agency.key)) if agency.known else None
        return entry.covers if entry is not None else frozenset()

    def _tags_of(self, agency: Agency) -> frozenset[str]:
        entry = self._entries.get(_base(agency.key)) if agency.known else None
        if entry is not None:
            return entry.tags
        tags = self._kind_tags.get(agency.kind, frozenset())
        if agency.kind is AgencyKind.UBND:
            words = self._words(agency.name)
            level = words[4] if len(words) > 4 else ""  # noqa: PLR2004
            tags |= self._level_tags.get(level, frozenset())
        return tags

    def covers(self, group: Agency, agency: Agency) -> bool:
        """Whether *group* includes *agency*; see :func:`kttt.agencies.covers`.

        >>> reg = AgencyRegistry.default()
        >>> reg.covers(reg.resolve("các sở, ban, ngành"), reg.resolve("Sở Y tế"))
        True
        """
        if group == agency:
            return True
        if not group.is_group:
            return False
        if (
            group.province is not None
            and agency.province is not None
            and fold(group.province) != fold(agency.province)
        ):
            return False
        covered = self._covers_of(group)
        if agency.is_group:
            inner = self._covers_of(agency)
            return bool(inner) and inner <= covered
        return bool(self._tags_of(agency) & covered)

    # --- listing -------------------------------------------------------------------

    def agencies(self, *, province: str | None = None) -> tuple[Agency, ...]:
        """Every agency in the registry, provincial ones qualified by *province*.

        >>> len(AgencyRegistry.default().agencies()) > 100
        True
        """
        given = self._province_name(province)
        return tuple(self._agency(e, given, None) for e in self._entries.values())

    def names(self, agency: Agency) -> tuple[str, ...]:
        """The canonical name and every alias the registry knows for *agency*.

        >>> reg = AgencyRegistry.default()
        >>> "Liên minh HTX tỉnh" in reg.names(reg.resolve("Liên minh Hợp tác xã tỉnh"))
        True
        """
        return self._names.get(_base(agency.key), ()) if agency.known else ()
