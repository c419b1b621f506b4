#!/usr/bin/env python3
"""The Python side of the bench primes-three-ways (PrimesThreeWays): primes.py's 20 numbers checked one after the other,
in a ThreadPoolExecutor and in a ProcessPoolExecutor, with the same number of workers.

    python3 src/bench/python/primes_three_ways.py [WORKERS]
"""

import math
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from time import perf_counter

NUMBERS = [2, 142702110479723, 299593572317531, 3333333333333301, 3333333333333333,
           3333335652092209, 4444444444444423, 4444444444444444, 4444444488888889,
           5555553133149889, 5555555555555503, 5555555555555555, 6666666666666666,
           6666666666666719, 6666667141414921, 7777777536340681, 7777777777777753,
           7777777777777777, 9999999999999917, 9999999999999999]


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    root = math.isqrt(n)
    for i in range(3, root + 1, 2):
        if n % i == 0:
            return False
    return True


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    numbers = sorted(NUMBERS, reverse=True)
    t0 = perf_counter()
    sequential = [is_prime(n) for n in numbers]
    totals = {'sequential': perf_counter() - t0}
    for label, pool in ((f'{workers} threads', ThreadPoolExecutor), (f'{workers} processes', ProcessPoolExecutor)):
        t0 = perf_counter()
        with pool(workers) as executor:
            assert list(executor.map(is_prime, numbers)) == sequential
        totals[label] = perf_counter() - t0
    # the free-threaded build (PEP 703, 779) has no GIL: its threads race as Java's do, so the label says which
    build = '' if getattr(sys, '_is_gil_enabled', lambda: True)() else ' free-threaded'
    print(f'Python {sys.version.split()[0]}{build}, {sum(sequential)} primes')
    for label, total in totals.items():
        print(f'  {label:12} {total:6.2f}s  speed-up {totals["sequential"] / total:4.2f}x')


if __name__ == '__main__':
    main()
