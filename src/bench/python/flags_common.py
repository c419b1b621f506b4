"""What both Python downloaders share: the command line and the report of the workbook's Java downloaders.

Standard library only, after Fluent Python's flags2_common.py, cut down to what the scale race needs:
  -e (every code AA..ZZ), -m N (requests in flight), -s URL (the server), -o DIR (where to save).
"""
import argparse
import string
import sys
import time
from pathlib import Path

OK, NOT_FOUND, ERROR = 'OK', 'NOT_FOUND', 'ERROR'


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('-e', '--every', action='store_true', help='every code from AA to ZZ')
    parser.add_argument('-m', '--max-req', type=int, default=30, help='most requests in flight at once')
    parser.add_argument('-s', '--server', required=True, help='base URL, such as http://127.0.0.1:8001/flags')
    parser.add_argument('-o', '--output', default='downloaded', help='where to save the flags')
    parser.add_argument('cc', nargs='*', help='country codes')
    args = parser.parse_args()
    if args.max_req < 1:
        parser.error(f'-m/--max-req must be at least 1, not {args.max_req}')
    if args.every:
        codes = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase]
    else:
        codes = sorted({cc.upper() for cc in args.cc}) or ['BR', 'CN', 'IN', 'US']
    Path(args.output).mkdir(parents=True, exist_ok=True)
    return args, codes


def save(output, cc, image):
    """Writes the flag whole or not at all: to a temporary name first, then renamed."""
    final = Path(output) / (cc.lower() + '.svg')
    part = final.with_suffix('.svg.part')
    part.write_bytes(image)
    part.replace(final)


def report(args, codes, counter, elapsed):
    print(f'Foreign site: {args.server}')
    print(f'Searching for {len(codes)} flags: from {codes[0]} to {codes[-1]}')
    print(f'{min(args.max_req, len(codes))} concurrent connections will be used.')
    print(f'{counter[OK]} flags downloaded.')
    if counter[NOT_FOUND]:
        print(f'{counter[NOT_FOUND]} not found.')
    if counter[ERROR]:
        print(f'{counter[ERROR]} errors.')
    print(f'Elapsed time: {elapsed:.2f}s')
    sys.stdout.flush()


def clock():
    return time.perf_counter()
