"""A fake OpenAI-compatible chat completions server on 127.0.0.1 for the LLM backend tests."""

import json
from http.server import BaseHTTPRequestHandler


class FakeLLM(BaseHTTPRequestHandler):
    reply: object = None
    status = 200
    requests: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append((self.path, body))
        if self.status != 200:
            self.send_response(self.status)
            self.end_headers()
            return
        content = self.reply if isinstance(self.reply, str) else json.dumps(self.reply)
        payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload.encode())

    def log_message(self, *args):
        pass
