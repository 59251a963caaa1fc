// Preloaded with `node -r` by tests/test_checkout.py into the Express checkout app
// (samples/snap/checkout-app/server.js): nock takes every request to a Midtrans host
// and forwards it to the test's fake Midtrans on 127.0.0.1 (FAKE_MIDTRANS), naming
// the host it was meant for in X-Midtrans-Host. No request can leave the machine.
"use strict";

const http = require("node:http");
const nock = require("nock");

const FAKE = new URL(process.env.FAKE_MIDTRANS);
nock.disableNetConnect();
nock.enableNetConnect(FAKE.host);

function forward(method, host, uri, body) {
  const payload = body === undefined || body === "" ? null : typeof body === "string" ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(uri, FAKE), {
      method,
      headers: { ...this.req.headers, host: FAKE.host, "x-midtrans-host": host },
    }, (res) => {
      let data = "";
      res.on("data", (chunk) => (data += chunk));
      res.on("end", () => resolve([res.statusCode, data, { "content-type": "application/json" }]));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

for (const host of ["app.sandbox.midtrans.com", "api.sandbox.midtrans.com"]) {
  for (const method of ["get", "post", "put", "patch", "delete"]) {
    nock(`https://${host}`)
      .persist()
      [method](() => true)
      .reply(function (uri, body) {
        return forward.call(this, method.toUpperCase(), host, uri, body);
      });
  }
}
