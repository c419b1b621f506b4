"""Downloads flags on a ThreadPoolExecutor of -m threads, as Fluent Python's flags2_threadpool.py does,
with urllib instead of httpx so that the standard library is enough. The scale race runs it."""
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

from flags_common import ERROR, NOT_FOUND, OK, clock, parse_args, report, save


def download_one(base, output, cc):
    url = f'{base}/{cc.lower()}/{cc.lower()}.svg'
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            image = response.read()
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return NOT_FOUND
        raise
    save(output, cc, image)
    return OK


def main():
    args, codes = parse_args('flags on a ThreadPoolExecutor')
    t0 = clock()
    counter = Counter()
    with ThreadPoolExecutor(max_workers=args.max_req) as executor:
        futures = [executor.submit(download_one, args.server.rstrip('/'), args.output, cc) for cc in codes]
        for future in as_completed(futures):
            try:
                counter[future.result()] += 1
            except Exception:  # any failure of one flag is counted, as in flags2_threadpool.py
                counter[ERROR] += 1
    report(args, codes, counter, clock() - t0)


if __name__ == '__main__':
    main()
