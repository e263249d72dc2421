"""Start to first answer: polls a server that was just started until it answers, and prints how long after the process
started (`started`, seconds since the epoch, taken just before it was launched) the first 200 of `{ __typename }`
came, then that of the directory page asked right after it, each with the CPU time the process had used by then
(which a busy machine stretches far less than the elapsed time).
    python3 tests/load/first_answer.py STARTED PID BASE_URL PAGE_BODY_FILE"""
import http.client
import json
import os
import sys
import time
import urllib.parse

started, pid, base, page_file = float(sys.argv[1]), sys.argv[2], urllib.parse.urlsplit(sys.argv[3]), sys.argv[4]
page = open(page_file, "rb").read()


def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ask(method, path, body=None):
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    try:
        connection.request(method, path, body, {"Content-Type": "application/json"} if body else {})
        response = connection.getresponse()
        text = response.read()
        return response.status == 200 and "errors" not in json.loads(text)
    finally:
        connection.close()


deadline = time.time() + 120
while True:
    try:
        if ask("GET", "/graphql?query=%7B__typename%7D"):
            break
    except OSError:
        pass
    if time.time() > deadline:
        sys.exit("no answer to { __typename } within 120 s")
    time.sleep(0.01)
floor, floor_cpu = time.time() - started, cpu()
if not ask("POST", "/graphql", page):
    sys.exit("the directory page did not answer 200 without errors")
print(f"Start to first answer on an existing database: {{ __typename }} {floor:.2f} s (server CPU {floor_cpu:.2f} s), "
      f"directory page {time.time() - started:.2f} s (CPU {cpu():.2f} s; asked right after)")
