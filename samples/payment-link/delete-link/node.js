// The server key stays on your server. Read it from your secret store in production.
const serverKey = "SB-Mid-server-YOUR_SERVER_KEY";
const auth = Buffer.from(`${serverKey}:`).toString("base64"); // HTTP Basic: base64(key + ":")

async function main() {
  const response = await fetch("https://api.sandbox.midtrans.com/v1/payment-links/ORDER-2026-0101", {
    method: "DELETE",
    headers: {
      Accept: "application/json",
      Authorization: `Basic ${auth}`,
    },
  });
  const result = await response.json();
  if (!response.ok) {
    // Payment Link errors arrive in error_messages
    console.error(response.status, result);
    return;
  }
  console.log(result.message);
}

main().catch((error) => console.error(error));
