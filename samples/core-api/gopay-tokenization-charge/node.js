const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "gopay",
    transaction_details: {
      order_id: "ORDER-2026-1102",
      gross_amount: 150000,
    },
    item_details: [
      {
        id: "PLAN-PRO-1M",
        name: "Pro plan, 1 month",
        price: 150000,
        quantity: 1,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    gopay: {
      account_id: "6fb4f968-146f-4783-b5ff-9657717b7658",
      payment_option_token: "eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==",
      callback_url: "https://shop.example.com/gopay/finish",
    },
  })
  .then((charge) => {
    // Decide on status_code in the response body.
    if (charge.status_code === "200") {
      // Paid at once, no PIN needed.
      console.log(charge.transaction_status); // "settlement"
    } else if (charge.status_code === "201") {
      // The customer confirms with their GoPay PIN first.
      const actions = Object.fromEntries(charge.actions.map((a) => [a.name, a.url]));
      console.log(actions["verification-link-url"]); // browser or WebView
      console.log(actions["verification-link-app"]); // phone with the GoPay app
    } else if (charge.status_code === "202") {
      // Denied, for example "Insufficient Balance". A denied charge has no actions.
      console.log(charge.transaction_status, charge.channel_response_message ?? "");
    }
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
