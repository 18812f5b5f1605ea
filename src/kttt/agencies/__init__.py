"""The registry of agencies (*cơ quan*): canonical names, aliases, abbreviations, groups.

Plans name the same body in many ways (*Liên minh HTX tỉnh*, *Liên minh Hợp
tác xã tỉnh*; *Sở Lao động - Thương binh và Xã hội*, *Sở LĐ-TB&XH*) and
name collectives (*các sở, ban, ngành*) as if they were one body.  This
module maps every such name to one :class:`~kttt.model.Agency` with a stable
key, using the registry bundled as ``kttt/data/agencies.json``.

A provincial body's key includes its province when one is known
(``son-la/so-noi-vu``); :func:`matches` lets a query without a province find
the body in every province.  Unknown names are never an error: they become
agencies of their own with ``known=False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kttt.agencies._registry import AgencyRegistry, Province

if TYPE_CHECKING:
    from kttt.model import Agency

__all__ = [
    "AgencyRegistry",
    "Province",
    "covers",
    "find_agencies",
    "matches",
    "resolve_agency",
    "resolve_province",
    "split_agencies",
]


def resolve_agency(name: str, *, province: str | None = None) -> Agency:
    """Resolve a name as written to its agency (*cơ quan*); never raises.

    Titles before the body (*Giám đốc*, *Chủ tịch*, *Thủ trưởng*) are taken
    off and kept in :attr:`~kttt.model.Agency.title`; a province written
    after the name (*tỉnh Sơn La*, *Sơn La*) wins over *province*.  A name not
    in the registry becomes an agency of its own: its key is the slug of the
    folded name, under the province when there is one, and ``known`` is
    false.

    >>> a = resolve_agency("Liên minh HTX tỉnh", province="Sơn La")
    >>> a.key, a.name
    ('son-la/lien-minh-hop-tac-xa', 'Liên minh Hợp tác xã tỉnh')
    >>> resolve_agency("Tỉnh đoàn Sơn La").key
    'son-la/tinh-doan'
    >>> g = resolve_agency("Thủ trưởng các Sở, ban, ngành")
    >>> g.name, g.is_group, g.title
    ('Các sở, ban, ngành', True, 'Thủ trưởng')
    >>> u = resolve_agency("Trung tâm Khuyến nông", province="Bình Định")
    >>> u.key, u.known
    ('binh-dinh/trung-tam-khuyen-nong', False)

    Args:
        name: The name as written: a table cell, a heading, a recipient.
        province: The province of the document, in any spelling
            (``"tỉnh Sơn La"``, ``"SƠN LA"``); ignored for national bodies.
    """
    return AgencyRegistry.default().resolve(name, province=province)


def find_agencies(
    text: str, *, province: str | None = None
) -> list[tuple[Agency, tuple[int, int]]]:
    """Find the agencies named in running text, with their spans; never raises.

    Only bodies in the registry are found, except in a list opened by a
    shared head (*các Sở: Kế hoạch và Đầu tư, Công Thương*), where each item
    is one body even when unknown.  Spans index *text* as given and cover
    the body's name, not the title before it; the title is on the agency.

    >>> found = find_agencies(
    ...     "Giám đốc các Sở: Kế hoạch và Đầu tư, Nông nghiệp và Phát triển"
    ...     " nông thôn, Công Thương; Chủ tịch Liên minh Hợp tác xã tỉnh"
    ... )
    >>> [(a.name, a.title) for a, _ in found]  # doctest: +NORMALIZE_WHITESPACE
    [('Sở Kế hoạch và Đầu tư', 'Giám đốc'),
     ('Sở Nông nghiệp và Phát triển nông thôn', 'Giám đốc'),
     ('Sở Công Thương', 'Giám đốc'),
     ('Liên minh Hợp tác xã tỉnh', 'Chủ tịch')]
    >>> text = "báo cáo gửi Sở KH&ĐT"
    >>> [text[s:e] for _, (s, e) in find_agencies(text)]
    ['Sở KH&ĐT']
    """
    return AgencyRegistry.default().find(text, province=province)


def split_agencies(cell: str, *, province: str | None = None) -> tuple[Agency, ...]:
    """Split a list of agencies (a *cơ quan phối hợp* cell) into agencies; never raises.

    Names may be separated by commas, semicolons, *và* or line breaks; a
    comma inside a name (*Sở Lao động, Thương binh và Xã hội*) or a
    collective (*Các sở, ban, ngành, UBND các huyện, thành phố*) does not
    split it.  Pieces the registry does not know become unknown agencies.
    Each agency appears once, in the order written.

    >>> [a.name for a in split_agencies("Sở Lao động, Thương binh và Xã hội")]
    ['Sở Lao động - Thương binh và Xã hội']
    >>> [a.key for a in split_agencies("Các sở, ban, ngành, UBND các huyện, thành phố")]
    ['cac-so-ban-nganh-ubnd-cap-huyen']
    >>> [a.name for a in split_agencies("Sở Tài chính và Hội Nông dân tỉnh")]
    ['Sở Tài chính', 'Hội Nông dân tỉnh']
    """
    return AgencyRegistry.default().split(cell, province=province)


def matches(query: str, agency: Agency) -> bool:
    """Whether *query* names *agency*: by key, canonical name or any alias.

    Matching ignores accents, case and punctuation.  A query without a
    province matches the body in every province; one with a province (a
    qualified key, or *tỉnh Sơn La* in the name) only there.

    >>> noi_vu = resolve_agency("Sở Nội vụ", province="Sơn La")
    >>> matches("so noi vu", noi_vu), matches("son-la/so-noi-vu", noi_vu)
    (True, True)
    >>> matches("Sở Nội vụ tỉnh Bình Định", noi_vu)
    False
    """
    return AgencyRegistry.default().matches(query, agency)


def covers(group: Agency, agency: Agency) -> bool:
    """Whether a group agency (*các sở, ban, ngành*) includes *agency*.

    Every agency covers itself; a body that is not a group covers nothing
    else.  A group covers the bodies of its kind in its province, and the
    smaller groups inside it.

    >>> group = resolve_agency("Các sở, ban, ngành, UBND các huyện, thành phố")
    >>> covers(group, resolve_agency("Sở Tài chính"))
    True
    >>> covers(group, resolve_agency("UBND các huyện, thị xã, thành phố"))
    True
    >>> covers(group, resolve_agency("Bộ Tài chính"))
    False
    """
    return AgencyRegistry.default().covers(group, agency)


def resolve_province(text: str) -> Province | None:
    """The province (*tỉnh*) that *text* names, in any spelling, or ``None``.

    >>> resolve_province("TỈNH SƠN LA").name
    'Sơn La'
    >>> resolve_province("tỉnh Bình Định").merged_into
    'Gia Lai'
    >>> resolve_province("Sở Nội vụ") is None
    True
    """
    return AgencyRegistry.default().province(text)
