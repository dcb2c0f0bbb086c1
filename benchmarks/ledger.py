"""A beancount ledger of a given number of lines: the peer of contract §8.

    python benchmarks/ledger.py OUT.beancount --lines 998 [--seed 60]

`bean-check` (beancount 3) on it is what `nhanluc check` and `status` on examples/demo are
compared with: a ledger as long as the demo's YAML, with a few accounts opened and transactions of
two postings each (4 lines with the blank one), as a small organisation's year of accounts looks.
The same seed gives the same bytes. beancount is never a dependency of nhanluc: run.py installs
it into benchmarks/.venv-peer.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

ACCOUNTS = (
    "Assets:Bank:Checking",
    "Assets:Cash",
    "Expenses:Training:Courses",
    "Expenses:Training:Travel",
    "Expenses:Office",
    "Income:Budget:Province",
    "Income:Budget:District",
)
PAYEES = ("Trường Cao đẳng nghề", "Sở Lao động", "Phòng Nội vụ", "UBND xã An Trường", "Kho bạc")


def ledger(lines: int, seed: int = 60) -> str:
    """Exactly `lines` lines of a valid ledger (at least 12)."""
    rng = random.Random(seed)
    out = ['option "title" "Nguồn nhân lực Càng Long"', 'option "operating_currency" "VND"', ""]
    opened = date(2021, 1, 1)
    out += [f"{opened} open {account} VND" for account in ACCOUNTS]
    out.append("")
    day = opened
    while len(out) + 4 <= lines:
        day += timedelta(days=rng.randint(0, 2))
        amount = rng.randint(1, 500) * 10_000
        spend = rng.choice([a for a in ACCOUNTS if a.startswith("Expenses")])
        source = rng.choice(("Assets:Bank:Checking", "Assets:Cash"))
        if rng.random() < 0.2:
            spend, source = source, rng.choice([a for a in ACCOUNTS if a.startswith("Income")])
        out += [
            f'{day} * "{rng.choice(PAYEES)}" "Chi số {len(out)}"',
            f"  {spend}  {amount} VND",
            f"  {source}",
            "",
        ]
    while len(out) < lines:
        out.append(f"; {len(out) + 1}")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lines", type=int, required=True)
    parser.add_argument("--seed", type=int, default=60)
    args = parser.parse_args()
    args.out.write_text(ledger(args.lines, args.seed), encoding="utf-8")


if __name__ == "__main__":
    main()
