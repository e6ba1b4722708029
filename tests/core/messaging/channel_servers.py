#!/usr/bin/env python3
"""Local mail and SMS gateway servers for tst_channels.

Usage: channel_servers.py OUTDIR

Starts, on free ports of 127.0.0.1:
  starttls  aiosmtpd that requires STARTTLS and AUTH (user "rapport", password
            "pässwort"), refuses recipients whose address starts with "refuse@" (550),
            and writes each message it accepts to OUTDIR/mail-N.eml plus a JSON summary
            made with Python's own e-mail parser (mail-N.json);
  tls       the same behind implicit TLS (SMTPS);
  cut       a plain SMTP server that accepts MAIL, RCPT and DATA, reads a little of the
            message and then drops the connection (it never accepts a message);
  stall     accepts connections and never says a word;
  http      an SMS gateway that records every request to OUTDIR/http.jsonl and answers
            by path: /ok 200, /created 201, /refused 200 with a Vonage-style refusal,
            /bad 400, /busy 429, /down 503, /cut closes the connection without answering;
  down      a port nothing listens on.
Prints one line "READY {json of the ports}" when all listen, and stops when its
standard input closes (so it never outlives the test).
"""

import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

OUT = sys.argv[1]
LOCK = threading.Lock()


def make_certificate():
    key = os.path.join(OUT, "key.pem")
    cert = os.path.join(OUT, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def summary(raw):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    out = {
        "from": str(message["From"]),
        "fromName": message["From"].addresses[0].display_name if message["From"] else "",
        "fromAddress": message["From"].addresses[0].addr_spec if message["From"] else "",
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "messageId": str(message["Message-ID"]),
        "date": str(message["Date"]),
        "contentType": message.get_content_type(),
        "defects": [repr(d) for d in message.defects],
        "parts": [],
    }
    for part in message.walk():
        out["defects"] += [repr(d) for d in part.defects]
        if part.is_multipart():
            out["parts"].append({"type": part.get_content_type()})
            continue
        out["parts"].append({
            "type": part.get_content_type(),
            "charset": part.get_content_charset() or "",
            "method": part.get_param("method") or "",
            "disposition": part.get_content_disposition() or "",
            "filename": part.get_filename() or "",
            "encoding": part.get("Content-Transfer-Encoding", ""),
            "content": part.get_payload(decode=True).decode("utf-8"),
        })
    return out


class MailHandler:
    def __init__(self, name):
        self.name = name

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refuse@"):
            return "550 5.1.1 <%s>: Recipient address rejected: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with LOCK:
            n = len([f for f in os.listdir(OUT) if f.endswith(".eml")]) + 1
            base = os.path.join(OUT, "mail-%d" % n)
            info = summary(envelope.original_content)
            info.update({"server": self.name, "mailFrom": envelope.mail_from, "rcptTos": envelope.rcpt_tos,
                         "authenticated": bool(session.authenticated)})
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump(info, f, ensure_ascii=False)
            with open(base + ".eml", "wb") as f:
                f.write(envelope.original_content)
        return "250 2.0.0 Ok: queued as RAP%d" % n


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == b"rapport"
          and auth_data.password == "pässwort".encode("utf-8"))
    return AuthResult(success=ok, handled=False)


async def cut_client(reader, writer):
    writer.write(b"220 cut.test ESMTP\r\n")
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line[:4].upper()
        if command in (b"EHLO", b"HELO"):
            writer.write(b"250 cut.test\r\n")
        elif command in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
            writer.write(b"250 OK\r\n")
        elif command == b"DATA":
            writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            await writer.drain()
            await reader.read(64)
            with LOCK, open(os.path.join(OUT, "cut.log"), "a") as f:
                f.write("data started, connection dropped\n")
            writer.transport.abort()
            return
        elif command == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"502 not here\r\n")
        await writer.drain()
    writer.close()


async def stall_client(reader, writer):
    await reader.read()
    writer.close()


class Gateway(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, code, body, content_type="application/json"):
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        record = {"method": self.command, "path": self.path,
                  "headers": {k.lower(): v for k, v in self.headers.items()},
                  "body": body.decode("utf-8", "replace"), "bodyHex": body.hex()}
        with LOCK, open(os.path.join(OUT, "http.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        path = self.path
        if path.startswith("/ok"):
            self.answer(200, '{"sid":"SM0123456789","status":"queued"}')
        elif path.startswith("/created"):
            self.answer(201, '{"id":"mb-42","recipients":{"totalCount":1}}')
        elif path.startswith("/refused"):
            self.answer(200, '{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}')
        elif path.startswith("/bad"):
            self.answer(400, '{"code":21211,"message":"The \'To\' number is not a valid phone number.","status":400}')
        elif path.startswith("/busy"):
            self.answer(429, "Too many requests, slow down", "text/plain")
        elif path.startswith("/down"):
            self.answer(503, "Service unavailable: " + "maintenance " * 30, "text/plain")
        elif path.startswith("/cut"):
            self.close_connection = True  # no answer at all
        else:
            self.answer(404, '{"message":"no such path"}')

    do_GET = do_POST = do_PUT = handle_any


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def main():
    context = make_certificate()
    loop = asyncio.get_running_loop()
    starttls = await loop.create_server(
        lambda: SMTP(MailHandler("starttls"), hostname="starttls.test", tls_context=context, require_starttls=True,
                     authenticator=authenticator, auth_required=True, auth_require_tls=True),
        "127.0.0.1", 0)
    implicit = await loop.create_server(
        lambda: SMTP(MailHandler("tls"), hostname="tls.test", authenticator=authenticator, auth_required=True,
                     auth_require_tls=False),
        "127.0.0.1", 0, ssl=context)
    cut = await asyncio.start_server(cut_client, "127.0.0.1", 0)
    stall = await asyncio.start_server(stall_client, "127.0.0.1", 0)
    http = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    http.daemon_threads = True
    threading.Thread(target=http.serve_forever, daemon=True).start()
    ports = {"starttls": starttls.sockets[0].getsockname()[1], "tls": implicit.sockets[0].getsockname()[1],
             "cut": cut.sockets[0].getsockname()[1], "stall": stall.sockets[0].getsockname()[1], "http": http.server_address[1], "down": free_port()}
    print("READY " + json.dumps(ports), flush=True)
    await loop.run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    asyncio.run(main())
