"""Tests for kttt.text: normalize, fold, offset maps, dates, number words."""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt import ParseError
from kttt.text import (
    fold,
    normalize,
    normalize_line,
    normalize_with_map,
    parse_date,
    parse_number_words,
    squash,
)

# Text that looks like documents: Vietnamese letters in both tone styles,
# decomposed marks, look-alikes, odd spaces and punctuation.
_VIET = st.text(
    alphabet=st.sampled_from(
        [
            *"aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐÐðqQhHkKtT ,.-/:;0123456789\n\t",
            "\u0300",
            "\u0301",
            "\u0309",
            "\u0303",
            "\u0323",
            "\u00a0",
            "\u200b",
            "\u2013",
        ]
    )
)
_ANY = st.text() | _VIET


class TestNormalize:
    """normalize()."""

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            ("Uỷ ban", "Ủy ban"),
            ("hoà", "hòa"),
            ("khoá", "khóa"),
            ("thuỷ", "thủy"),
            ("xoè", "xòe"),
            ("CỘNG HOÀ", "CỘNG HÒA"),
            ("Tỉnh uỷ", "Tỉnh ủy"),
            ("khoẻ", "khỏe"),
        ],
    )
    def test_old_tone_placement_becomes_canonical(self, old: str, new: str) -> None:
        """Open oa/oe/uy syllables take the tone on their first vowel."""
        assert normalize(old) == new

    @pytest.mark.parametrize(
        "word",
        [
            "quý",
            "Quỳnh",
            "hoàn",
            "toán",
            "ngoài",
            "thuyền",
            "hòa",
            "hoặc",
            "của",
            "quyết",
        ],
    )
    def test_other_syllables_are_left_alone(self, word: str) -> None:
        """Syllables where the two styles agree are not touched."""
        assert normalize(word) == word

    def test_lookalike_eth_becomes_d_with_stroke(self) -> None:
        """Scanned text uses U+00D0 for Đ; it must match as Đ."""
        assert normalize("QÐ-UBND") == "QĐ-UBND"

    def test_odd_spaces_become_plain(self) -> None:
        """No-break and zero-width spaces do not survive."""
        assert normalize("Sở\u00a0Nội\u200bvụ") == "Sở Nộivụ"

    def test_nfd_input_is_composed(self) -> None:
        """Decomposed input comes out NFC."""
        assert normalize(unicodedata.normalize("NFD", "Quyết định")) == "Quyết định"

    def test_hyphen_lookalikes_become_hyphens_and_dashes_stay(self) -> None:
        """Minus and hyphen variants fold to '-', the en dash is kept."""
        assert normalize("2021\u22122025 \u2013 x") == "2021-2025 \u2013 x"

    @given(_ANY)
    def test_idempotent(self, text: str) -> None:
        """Normalizing twice changes nothing more."""
        once = normalize(text)
        assert normalize(once) == once

    @given(_ANY)
    def test_output_is_nfc(self, text: str) -> None:
        """The canonical form is NFC."""
        out = normalize(text)
        assert unicodedata.normalize("NFC", out) == out


class TestFold:
    """fold()."""

    def test_punctuation_variants_fold_together(self) -> None:
        """Hyphen and comma spellings of one name give one key."""
        assert fold("Sở Lao động - Thương binh và Xã hội") == fold(
            "Sở Lao động, Thương binh và Xã hội"
        )

    def test_accents_and_case_fold_away(self) -> None:
        """Đắk Lắk and Dak Lak match."""
        assert fold("Đắk Lắk") == fold("Dak Lak") == "dak lak"

    def test_tone_styles_fold_together(self) -> None:
        """Old and new tone placement give one key."""
        assert fold("Tỉnh uỷ") == fold("TỈNH ỦY")

    @given(_ANY)
    def test_fold_ignores_normalization(self, text: str) -> None:
        """fold(normalize(x)) == fold(x)."""
        assert fold(normalize(text)) == fold(text)

    @given(st.text(alphabet=st.characters(max_codepoint=127)))
    def test_ascii_takes_the_same_path_as_other_text(self, text: str) -> None:
        """The shortcut for ASCII agrees with folding the text beside a letter."""
        assert fold(text + " ấ") == " ".join([*fold(text).split(), "a"])

    @given(_ANY)
    def test_fold_is_ascii_words(self, text: str) -> None:
        """Keys hold only lower-case ASCII letters, digits and single spaces."""
        key = fold(text)
        assert key == " ".join(key.split())
        assert all(c.isascii() and (c.isalnum() or c == " ") for c in key)
        assert key == key.lower()


class TestOffsetMap:
    """normalize_with_map()."""

    def test_decomposed_marks_map_back(self) -> None:
        """A span over NFC text covers the NFD letters it came from."""
        original = unicodedata.normalize("NFD", "Số: 2699/QĐ-UBND")
        clean, where = normalize_with_map(original)
        start = clean.index("2699")

        span = where.span((start, start + 4))

        assert original[span[0] : span[1]] == "2699"

    @given(_ANY)
    def test_first_item_is_normalize(self, text: str) -> None:
        """The normalized text is exactly normalize(text)."""
        assert normalize_with_map(text)[0] == normalize(text)

    @given(_ANY, st.data())
    def test_mapped_spans_slice_matching_text(
        self, text: str, data: st.DataObject
    ) -> None:
        """An original slice found through the map normalizes to the same letters."""
        clean, where = normalize_with_map(text)
        start = data.draw(st.integers(0, len(clean)))
        end = data.draw(st.integers(start, len(clean)))

        a, b = where.span((start, end))

        assert 0 <= a <= b <= len(text)
        # The map widens a span to whole source clusters (a letter and its
        # marks), so the original slice holds the normalized one.  fold()
        # drops marks, so a tone moved across the edge (hoà -> hòa) does not
        # matter; spaces go because fold() turns edge punctuation into them.
        assert fold(clean[start:end]).replace(" ", "") in fold(text[a:b]).replace(
            " ", ""
        )


class TestParseDate:
    """parse_date()."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ngày 04 tháng 12 năm 2020", date(2020, 12, 4)),
            ("04/12/2020", date(2020, 12, 4)),
            ("4-12-2020", date(2020, 12, 4)),
            ("16/6/ 2022", date(2022, 6, 16)),
            ("ngày 22 tháng 02 năm 2023", date(2023, 2, 22)),
            ("25/9/2020", date(2020, 9, 25)),
            ("Ngày 1 tháng 1 năm 2021", date(2021, 1, 1)),
            ("ngày 03/11/2020", date(2020, 11, 3)),
        ],
    )
    def test_forms(self, text: str, expected: date) -> None:
        """Every written form gives the day-first date."""
        assert parse_date(text) == expected

    def test_impossible_day_says_what_is_wrong(self) -> None:
        """31/2/2021 does not exist, and the message says so."""
        with pytest.raises(ParseError) as info:
            parse_date("31/2/2021")

        assert str(info.value) == (
            "2/2021 has no day 31 (line 1, column 1)\n    31/2/2021\n    ^^^^^^^^^"
        )

    def test_month_out_of_range(self) -> None:
        """Month 13 is reported as such."""
        with pytest.raises(ParseError, match="month 13 is not between 1 and 12"):
            parse_date("1/13/2021")

    def test_not_a_date(self) -> None:
        """Text that is no date names an example of one."""
        with pytest.raises(ParseError, match="expected a date such as"):
            parse_date("Quý I/2021")

    def test_unicode_digits_are_not_digits(self) -> None:
        """Arabic-Indic digits are not read as a date."""
        with pytest.raises(ParseError):
            parse_date("\u0661/\u0661/\u0662\u0660\u0662\u0660")

    @given(st.dates(min_value=date(1900, 1, 1)))
    def test_round_trip_numeric(self, day: date) -> None:
        """d/m/yyyy reads back as the same date."""
        assert parse_date(f"{day.day}/{day.month}/{day.year}") == day

    @given(st.text())
    def test_fuzz(self, text: str) -> None:
        """Any string either parses or raises ParseError."""
        with contextlib.suppress(ParseError):
            parse_date(text)


class TestNumberWords:
    """parse_number_words()."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("năm", 5),
            ("thứ năm", 5),
            ("mười", 10),
            ("mười lăm", 15),
            ("hai mươi", 20),
            ("hai mươi mốt", 21),
            ("ba mươi tư", 34),
            ("chín", 9),
        ],
    )
    def test_values(self, text: str, value: int) -> None:
        """Cardinal and ordinal words read as numbers."""
        assert parse_number_words(text) == value

    @pytest.mark.parametrize("text", ["", "lăm", "mươi", "mười mười", "một trăm"])
    def test_rejects(self, text: str) -> None:
        """Fragments that are not numbers raise ParseError."""
        with pytest.raises(ParseError):
            parse_number_words(text)

    @given(st.text())
    def test_fuzz(self, text: str) -> None:
        """Any string either parses or raises ParseError."""
        with contextlib.suppress(ParseError):
            parse_number_words(text)


class TestSquash:
    """squash()."""

    @given(_ANY)
    def test_same_as_split_and_join(self, text: str) -> None:
        """squash(t) is exactly ' '.join(t.split()) for any text."""
        assert squash(text) == " ".join(text.split())

    def test_unicode_spaces_are_squashed(self) -> None:
        """No-break, line-separator and ideographic spaces count as spaces."""
        assert squash("a\u00a0\u2028b\u3000 c") == "a b c"


class TestNormalizeLine:
    """normalize_line()."""

    @given(_ANY | st.builds(normalize, _ANY))
    def test_same_as_normalize_then_squash(self, text: str) -> None:
        """The quick check never passes text that normalizing or squashing would change."""
        assert normalize_line(text) == squash(normalize(text))

    def test_every_split_space_is_untidy(self) -> None:
        """The pattern knows every character str.split() splits on."""
        spaces = [chr(c) for c in range(0x3001) if chr(c).isspace() and c != 0x20]
        assert [c for c in spaces if normalize_line(f"ấ{c}b") == f"ấ{c}b"] == []
