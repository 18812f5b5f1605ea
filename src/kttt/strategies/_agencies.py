"""Strategies for agencies (*cơ quan*) and the names plans write for them."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from kttt.agencies import AgencyRegistry, resolve_agency
from kttt.model import Agency, AgencyKind

__all__ = ["agencies", "agency_names", "provinces"]

# Vietnamese letters, precomposed, plus digits: invented names stay stable
# under kttt.text.normalize, so the model's converters keep them as drawn.
_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
_LETTERS = _LOWER + _LOWER.upper() + "0123456789"
_SLUG = "abcdefghijklmnopqrstuvwxyz0123456789"


# The strategies below draw from lists of a hundred names or more.  They are
# composites so that their repr stays "agencies()": Hypothesis prints reprs,
# and warns (an error under this project's pytest settings) when a repr that
# lists every name grows past a few kilobytes.


@functools.cache
def _province_names() -> tuple[str, ...]:
    return tuple(p.name for p in AgencyRegistry.default().provinces)


@functools.cache
def _registry_names() -> tuple[str, ...]:
    return tuple(a.name for a in AgencyRegistry.default().agencies())


@functools.cache
def _alias_names() -> tuple[str, ...]:
    registry = AgencyRegistry.default()
    names = {name for agency in registry.agencies() for name in registry.names(agency)}
    return tuple(sorted(names, key=lambda n: (len(n), n)))


@st.composite
def provinces(draw: st.DrawFn) -> str:
    """Canonical province names (*tỉnh*) from the registry: ``Sơn La``, ``Bình Định``.

    >>> from hypothesis import find
    >>> find(provinces(), lambda p: True)
    'An Giang'
    """
    return draw(st.sampled_from(_province_names()))


def _province_key(name: str) -> str:
    province = AgencyRegistry.default().province(name)
    return province.key if province is not None else "x"


@st.composite
def _registered(draw: st.DrawFn) -> Agency:
    name = draw(st.sampled_from(_registry_names()))
    return resolve_agency(name, province=draw(st.none() | provinces()))


def _slugs() -> st.SearchStrategy[str]:
    part = st.text(alphabet=_SLUG, min_size=1, max_size=8)
    return st.lists(part, min_size=1, max_size=4).map("-".join)


@st.composite
def _invented(draw: st.DrawFn) -> Agency:
    words = draw(
        st.lists(
            st.text(alphabet=_LETTERS, min_size=1, max_size=8), min_size=1, max_size=6
        )
    )
    province = draw(st.none() | provinces())
    slug = draw(_slugs())
    kind = draw(st.sampled_from(AgencyKind))
    return Agency(
        key=f"{_province_key(province)}/{slug}" if province else slug,
        name=" ".join(words),
        kind=kind,
        is_group=kind is AgencyKind.NHOM,
        province=province,
        known=False,
    )


def agencies() -> st.SearchStrategy[Agency]:
    """Valid agencies: registry bodies first (with or without a province), then invented ones.

    >>> from hypothesis import find
    >>> find(agencies(), lambda a: a.is_group).is_group
    True

    Returns:
        A strategy for :class:`~kttt.model.Agency`.
    """
    return _registered() | _invented()


def _variants(name: str) -> st.SearchStrategy[str]:
    """The same name as other plans write it: case, tone style, dashes, "tỉnh"."""
    old_tones = {
        "òa": "oà",
        "óa": "oá",
        "ỏa": "oả",
        "õa": "oã",
        "ọa": "oạ",
        "ủy": "uỷ",
        "ùy": "uỳ",
    }

    def old_style(text: str) -> str:
        for new, old in old_tones.items():
            text = text.replace(new, old)
        return text

    return st.sampled_from(
        [
            name,
            name.upper(),
            name.lower(),
            old_style(name),
            name.replace(" - ", ", "),
            name.replace(" và ", " - "),
        ]
    )


@st.composite
def agency_names(draw: st.DrawFn) -> str:
    """Names of registry agencies as plans write them: aliases, case, tone style.

    Every value resolves to a known agency (see :func:`kttt.agencies.resolve_agency`).

    >>> from hypothesis import find
    >>> from kttt.agencies import resolve_agency
    >>> name = find(agency_names(), lambda n: n.startswith("Liên minh HTX"))
    >>> resolve_agency(name).name.startswith("Liên minh Hợp tác xã")
    True
    """
    return draw(_variants(draw(st.sampled_from(_alias_names()))))
