"""CPU-bound work with a thread per number, against the same loop without threads.

Run: python3 src/bench/python/gil.py
On CPython's default build, which has the GIL, both take about as long: only the thread that holds the
global interpreter lock runs Python code. On the free-threaded build of 3.13 and later (PEP 703; PEP 779
made it supported in 3.14), the threads run at once and the second time drops.
"""
import math
import sys
import time
from threading import Thread

NUMBERS = [142702110479723, 299593572317531, 142702110479723, 299593572317531]


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
    t0 = time.perf_counter()
    for n in NUMBERS:
        is_prime(n)
    sequential = time.perf_counter() - t0

    t0 = time.perf_counter()
    threads = [Thread(target=is_prime, args=(n,)) for n in NUMBERS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - t0
    gil = getattr(sys, '_is_gil_enabled', lambda: True)()  # 3.13+; older builds always have the GIL
    print(f'Python {sys.version.split()[0]} (GIL {"on" if gil else "off"}): sequential {sequential:.2f}s, '
          f'thread per number {threaded:.2f}s ({sequential / threaded:.1f}x)')


if __name__ == '__main__':
    main()
