"""Downloads flags with asyncio, at most -m requests in flight under an asyncio.Semaphore, as Fluent
Python's flags2_asyncio.py does; HTTP/1.1 by hand on asyncio streams, so that the standard library is
enough (no httpx, no aiohttp). The scale race runs it."""
import asyncio
from collections import Counter
from urllib.parse import urlsplit

from flags_common import ERROR, NOT_FOUND, OK, clock, parse_args, report, save


async def get(host, port, path):
    """One GET on a connection of its own; returns (status, body)."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f'GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n'.encode('ascii'))
        await writer.drain()
        head = await reader.readuntil(b'\r\n\r\n')
        lines = head.decode('latin-1').split('\r\n')
        status = int(lines[0].split()[1])
        length = next((int(line.split(':', 1)[1]) for line in lines[1:]
                       if line.lower().startswith('content-length:')), None)
        body = await (reader.readexactly(length) if length is not None else reader.read())
        return status, body
    finally:
        writer.close()


async def download_one(semaphore, base, output, cc):
    parts = urlsplit(base)
    path = f'{parts.path.rstrip("/")}/{cc.lower()}/{cc.lower()}.svg'
    async with semaphore:
        status, image = await asyncio.wait_for(get(parts.hostname, parts.port or 80, path), 10)
    if status == 404:
        return NOT_FOUND
    if status != 200:
        raise OSError(f'HTTP error {status}')
    save(output, cc, image)
    return OK


async def download_many(args, codes):
    semaphore = asyncio.Semaphore(args.max_req)
    counter = Counter()
    tasks = [download_one(semaphore, args.server, args.output, cc) for cc in codes]
    for coro in asyncio.as_completed(tasks):
        try:
            counter[await coro] += 1
        except Exception:
            counter[ERROR] += 1
    return counter


def main():
    args, codes = parse_args('flags with asyncio')
    t0 = clock()
    counter = asyncio.run(download_many(args, codes))
    report(args, codes, counter, clock() - t0)


if __name__ == '__main__':
    main()
