#!/usr/bin/env python3
"""The Python side of the bench worker-startup (WorkerStartup): what a ProcessPoolExecutor costs.

    python3 src/bench/python/worker_startup.py [ROUNDS]

Prints the median and best of ROUNDS runs of:
  * a new ProcessPoolExecutor(1) to its first result (spawn and fork start methods),
  * a new ProcessPoolExecutor(2) until each of its workers has answered once,
  * 1,000 trivial tasks through a new ProcessPoolExecutor(2), from creation to the last result,
  * 1,000 trivial tasks through a warm one, whose workers have run 20,000 before.
"""

import multiprocessing
import os
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from time import perf_counter


def square(n: int) -> int:
    return n * n


def first_result(context: str, workers: int = 1) -> float:
    t0 = perf_counter()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(context)) as executor:
        executor.submit(square, 7).result()
        elapsed = perf_counter() - t0
    return elapsed * 1000


_barrier = None


def _keep(barrier) -> None:
    global _barrier
    _barrier = barrier


def pid_after_both_arrive() -> int:
    _barrier.wait(timeout=60)  # one task per worker: neither returns before the other has started
    return os.getpid()


def both_first_results(context: str) -> float:
    ctx = multiprocessing.get_context(context)
    barrier = ctx.Barrier(2)  # made before the clock, as Java's pool options are
    t0 = perf_counter()
    with ProcessPoolExecutor(2, mp_context=ctx, initializer=_keep, initargs=(barrier,)) as executor:
        pids = {f.result() for f in [executor.submit(pid_after_both_arrive) for _ in range(2)]}
        elapsed = perf_counter() - t0
    assert len(pids) == 2, 'one worker answered both tasks'
    return elapsed * 1000


def thousand_tasks(context: str) -> float:
    t0 = perf_counter()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(context)) as executor:
        futures = [executor.submit(square, n) for n in range(1000)]
        for future in futures:
            future.result()
        elapsed = perf_counter() - t0
    return elapsed * 1000


def thousand_tasks_warm(executor: ProcessPoolExecutor) -> float:
    t0 = perf_counter()
    futures = [executor.submit(square, n) for n in range(1000)]
    for future in futures:
        future.result()
    return (perf_counter() - t0) * 1000


def report(label: str, times: list[float]) -> None:
    print(f'  {label:42} median {statistics.median(times):6.1f} ms, best {min(times):6.1f} ms')


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    print(f'Python {sys.version.split()[0]}')
    print(f'First result from a new pool of 1 worker ({rounds} rounds):')
    for context in ('spawn', 'fork'):
        report(context, [first_result(context) for _ in range(rounds)])
    print(f'First results from a new pool of 2 workers, one task each ({rounds} rounds):')
    for context in ('spawn', 'fork'):
        report(context, [both_first_results(context) for _ in range(rounds)])
    print(f'1,000 trivial tasks through a new pool of 2 workers ({rounds} rounds):')
    for context in ('spawn', 'fork'):
        report(context, [thousand_tasks(context) for _ in range(rounds)])
    print(f'1,000 trivial tasks through a warm pool of 2 workers ({rounds} rounds):')
    for context in ('spawn', 'fork'):
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(context)) as executor:
            for _ in range(20):
                thousand_tasks_warm(executor)
            report(context, [thousand_tasks_warm(executor) for _ in range(rounds)])


if __name__ == '__main__':
    main()
