#!/usr/bin/env python3
"""A plain SMTP server (no TLS, no AUTH) for rapportctl's dispatch tests.

Usage: plain_smtp.py CHANNEL_SERVERS_PY OUTDIR

It serves with channel_servers.py's own mail handler, so every accepted message is
written as OUTDIR/mail-N.eml with its summary in OUTDIR/mail-N.json, exactly as for
tst_channels. rapportctl cannot be told to trust a self-signed certificate, which the
STARTTLS server of channel_servers.py needs, hence this plain one. Prints one line
"READY {"smtp": port}" when it listens and stops when its standard input closes.
"""

import asyncio
import importlib.util
import json
import sys

script, out = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("channel_servers", script)
servers = importlib.util.module_from_spec(spec)
sys.argv = [script, out]  # channel_servers.py reads its output folder from argv
spec.loader.exec_module(servers)

from aiosmtpd.smtp import SMTP  # noqa: E402


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(servers.MailHandler("plain"), hostname="plain.test"),
                                      "127.0.0.1", 0)
    print("READY " + json.dumps({"smtp": server.sockets[0].getsockname()[1]}), flush=True)
    await loop.run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    asyncio.run(main())
