// A webhook receiver on 127.0.0.1 that verifies each delivery with the `standardwebhooks` npm
// package, for tests/contract/webhooks_standardwebhooks.py.
//
// Usage: node webhook_receiver.js   (with NODE_PATH naming the node_modules folder that
// contains standardwebhooks)
//
// Protocol, one JSON object per line:
//   stdout, once at start:     {"port": 43210}
//   stdin, any time:           {"secrets": ["whsec_...", ...]}   the secrets to verify with
//   stdout, per delivery:      {"id": "evt_...", "verified": [true, ...], "tampered_rejected": true,
//                               "signatures": 2, "body": "..."}
// Each secret is verified on its own, so during a rotation both signatures are checked. The
// tampered check verifies the body with one byte appended, which must fail. The receiver
// responds 204 and exits when stdin closes.

"use strict";

const http = require("node:http");
const readline = require("node:readline");
const { Webhook } = require("standardwebhooks");

let secrets = [];

function verifies(secret, body, headers) {
  try {
    new Webhook(secret).verify(body, headers);
    return true;
  } catch (error) {
    process.stderr.write(`verification failed: ${error.message}\n`);
    return false;
  }
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    const tampered = Buffer.concat([body, Buffer.from(" ")]);
    const report = {
      id: request.headers["webhook-id"] || "",
      verified: secrets.map((secret) => verifies(secret, body, request.headers)),
      tampered_rejected: secrets.every((secret) => {
        try {
          new Webhook(secret).verify(tampered, request.headers);
          return false;
        } catch {
          return true;
        }
      }),
      signatures: (request.headers["webhook-signature"] || "").split(" ").length,
      same_header:
        request.headers["webhook-signature"] === request.headers["x-globemeet-signature"],
      body: body.toString("utf8"),
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    response.writeHead(204);
    response.end();
  });
});

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (line.trim()) {
    secrets = JSON.parse(line).secrets;
  }
});
process.stdin.on("end", () => server.close(() => process.exit(0)));

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
