// The server key stays on your server. Read it from your secret store in production.
const serverKey = "SB-Mid-server-YOUR_SERVER_KEY";
const subscriptionId = "5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45";

// midtrans-client has no cancel method, so call the endpoint directly (Node.js 18+).
fetch(`https://api.sandbox.midtrans.com/v1/subscriptions/${subscriptionId}/cancel`, {
  method: "POST",
  headers: {
    Accept: "application/json",
    Authorization: "Basic " + Buffer.from(serverKey + ":").toString("base64"),
  },
})
  .then(async (response) => {
    const result = await response.json();
    if (!response.ok) {
      // 404: "Subscription doesn't exist."; 500: retry later.
      throw new Error(`${response.status}: ${JSON.stringify(result)}`);
    }
    // No scheduled charge and no pending retry runs after this.
    console.log(result.status_message);
  })
  .catch((error) => {
    console.error(error.message);
  });
