"""Prints the cell-by-cell median of several runs' markdown tables (the same table, printed once per run).

Usage: python3 bench/median-tables.py RUN1.md RUN2.md …

Each file holds one table. A cell whose text, numbers aside, is the same in every run gets the
median of each of its numbers, written with as many decimals as the most precise run wrote;
any other cell is taken from the first run.
"""
import re
import statistics
import sys

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def table(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.startswith("|")]


def median_cell(cells):
    if len({NUMBER.sub("#", cell) for cell in cells}) != 1:
        return cells[0]
    columns = zip(*(NUMBER.findall(cell) for cell in cells))
    medians = []
    for values in columns:
        decimals = max(len(value.partition(".")[2]) for value in values)
        medians.append(f"{statistics.median(float(value) for value in values):.{decimals}f}")
    replacements = iter(medians)
    return NUMBER.sub(lambda _: next(replacements), cells[0])


def main(paths):
    tables = [table(path) for path in paths]
    if len({len(t) for t in tables}) != 1:
        sys.exit("median-tables: the runs printed tables of different lengths")
    print("\n".join(tables[0][:2]))
    for rows in zip(*(t[2:] for t in tables)):
        cells = zip(*(row.split("|") for row in rows))
        print("|".join(median_cell(list(column)) for column in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
