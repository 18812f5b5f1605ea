"""Read document numbers in every grammar Vietnamese documents use, and print them."""

from __future__ import annotations

import kttt

SAMPLES = ["2699/QĐ-UBND", "98/2018/NĐ-CP", "52-KH/TU", "253/SKHĐT-KTN", "82/BCĐKTTT"]


def main() -> None:
    """Print each number's parts."""
    for text in SAMPLES:
        number = kttt.DocumentNumber.parse(text)
        kind = number.kind.value if number.kind else "-"
        print(f"{text:16} kind={kind:12} issuer={number.issuer:10} year={number.year}")


if __name__ == "__main__":
    main()
